"""IDL's geometric image transforms: ``DIST`` (the frequency-distance array),
``POLY_2D`` (polynomial warping), ``POLYWARP`` (its coefficients from control points)
and ``ROT`` (rotation and magnification through POLY_2D), over
:mod:`compat._core.idl_warping`.

Layout: an IDL image ``[nx, ny]`` is numpy ``(ny, nx)`` (readsav layout); x is the
column, y the row. Coefficient arrays ``P``/``Q``/``Kx``/``Ky`` are IDL's ``[N+1,
N+1]`` arrays, numpy ``(N+1, N+1)`` whose element ``[j, i]`` (IDL ``P[i, j]``) weighs
``x^j * y^i``; a flat vector of ``(N+1)^2`` elements in IDL's order is accepted too.
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_warping as core
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["dist", "poly_2d", "polywarp", "rot"]


def _dimension(value, name: str):
    """A dimension argument: its first element (``n[0]`` as dist.pro takes it)."""
    v = idl_array(value, name, complex_ok=False)
    v = v.reshape(-1)[0]
    if not np.isfinite(v):
        raise CompatValueError(f"{name} must be a finite number.")
    if np.trunc(v) <= 0:
        raise CompatValueError("Array dimensions must be greater than 0.")
    return v


@idl_routine("DIST")
def dist(n, m=None):
    """The array of each element's distance from the nearest corner, as IDL's ``DIST``
    (the frequency of each element of an FFT, for frequency-domain filters).

    IDL call forms::

        Result = DIST(N)        ->  idl.dist(n)         ; N x N
        Result = DIST(N, M)     ->  idl.dist(n, m)      ; N columns, M rows

    Parameters
    ----------
    n : int
        Number of columns (an array: its first element, as IDL's dist.pro).
    m : int, optional
        Number of rows (default ``n``).

    Returns
    -------
    numpy.ndarray
        FLOAT, numpy shape ``(m, n)`` (IDL ``[n, m]``): element ``[j, i]`` is
        ``SQRT(F(i)^2 + G(j)^2)``, ``F(i) = MIN(i, n - i)``, ``G(j) = MIN(j, m - j)``.

    Notes
    -----
    The arithmetic is IDL 8.0's ``dist.pro`` in single precision: FLOAT squares of the
    column distances plus the FLOAT square of the row distance, square-rooted in FLOAT
    (bit for bit; the naive ``numpy.hypot`` of float64 distances rounded to float32
    agrees except where a sum passes 2^24). ``numpy.fft.fftfreq`` gives signed
    frequencies; DIST gives their magnitudes, so ``DIST(n)`` is
    ``numpy.hypot(*numpy.meshgrid(abs(fftfreq(n)*n), abs(fftfreq(n)*n)))`` for
    ``n`` even. Source: IDL Reference Guide, DIST; IDL 8.0's dist.pro; checked against
    GDL 1.0.1 (reference_outputs/idl/warping).

    Examples
    --------
    >>> from compat import idl
    >>> idl.dist(4, 3)
    array([[0.       , 1.       , 2.       , 1.       ],
           [1.       , 1.4142135, 2.236068 , 1.4142135],
           [1.       , 1.4142135, 2.236068 , 1.4142135]], dtype=float32)
    """
    n1 = _dimension(n, "N")
    m1 = n1 if m is None else _dimension(m, "M")
    return core.dist(n1, m1)


# ---------------------------------------------------------------------------- POLY_2D
def _coefficients(value, name: str) -> np.ndarray:
    c = idl_array(value, name, complex_ok=False).reshape(-1)
    if core.coefficient_degree(c.size) is None:
        raise CompatValueError("Value of Polynomial degree is out of allowed range.")
    return c


@idl_routine("POLY_2D")
def poly_2d(array, p, q, interp=0, dimx=None, dimy=None, *, cubic=None, missing=None):
    """Polynomial warping of an image, as IDL's ``POLY_2D``.

    IDL call forms::

        Result = POLY_2D(Array, P, Q [, Interp [, Dimx, Dimy]] [, CUBIC={-1 to 0}]
                         [, MISSING=value])
                 ->  idl.poly_2d(array, p, q, interp=0, dimx=None, dimy=None,
                                 cubic=None, missing=None)

    The output pixel at column x, row y is the input at ``x' = SUM P[i,j] x^j y^i``,
    ``y' = SUM Q[i,j] x^j y^i`` (IDL indices; numpy ``p[j, i]`` of a 2-D coefficient
    array, or element ``i + j*(N+1)`` of a vector).

    Parameters
    ----------
    array : array_like
        2-D image, numpy ``(ny, nx)``; any numeric type.
    p, q : array_like
        ``(N+1)^2`` coefficients each (POLYWARP's Kx, Ky).
    interp : int
        0 nearest neighbour (the pixel ``FIX(x'), FIX(y')``), 1 bilinear, 2 cubic
        convolution.
    dimx, dimy : int, optional
        Output columns and rows (default the input's).
    cubic : float, optional
        CUBIC: a value in [-1, 0) selects cubic convolution with that parameter (a
        positive value means -1; interp=2 alone also means -1); 0 has no effect.
    missing : number, optional
        MISSING: the value of output pixels whose source is outside the array; without
        it they take the nearest edge pixel.

    Returns
    -------
    numpy.ndarray
        ``(dimy, dimx)`` of ``array``'s type (interpolated integers truncate, as IDL's
        type conversion).

    Notes
    -----
    Not ``scipy.ndimage.map_coordinates(array, [y', x'], order=0)``, which rounds to the
    nearest pixel (IDL truncates) and treats edges by its own modes. A point is outside
    the array when ``FIX(x')`` or ``FIX(y')`` is (so ``x' = -0.5`` samples column 0);
    interpolation clamps the neighbours at the edges. Bilinear and cubic values are
    computed in DOUBLE and stored once in the result type. GDL 1.0.1 interpolates only
    between the second and the next-to-last rows and columns (the outer ring of its
    output is the nearest neighbour) and its cubic convolution does not reproduce a
    linear ramp, which any cubic-convolution kernel does: where IDL's documented
    transform and GDL disagree, compat follows the documentation (recorded as divergent
    in reference_outputs/idl/warping). Sources: IDL Reference Guide, POLY_2D and
    INTERPOLATE (the cubic kernel); comp.lang.idl-pvwave, "poly_2d bug" (truncating
    nearest neighbour, bilinear values at pixel corners).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.arange(12, dtype=np.float32).reshape(3, 4)
    >>> idl.poly_2d(a, [0.5, 0, 1, 0], [0, 1, 0, 0], 1)    # shift left by half a pixel
    array([[ 0.5,  1.5,  2.5,  3. ],
           [ 4.5,  5.5,  6.5,  7. ],
           [ 8.5,  9.5, 10.5, 11. ]], dtype=float32)
    """
    a = idl_array(array, "Array")
    if a.ndim != 2:
        raise CompatValueError(f"Array must have 2 dimensions: {a.ndim} given.")
    if a.dtype.kind in "US":
        raise CompatTypeError("String expression not allowed in this context: Array.")
    pc = _coefficients(p, "P")
    qc = _coefficients(q, "Q")
    method = int(np.asarray(interp).reshape(-1)[0]) if interp is not None else 0
    parameter = None
    if cubic is not None and float(np.asarray(cubic).reshape(-1)[0]) != 0:
        parameter = float(np.asarray(cubic).reshape(-1)[0])
        if parameter > 0:
            parameter = -1.0
        method = 2
    elif method >= 2:
        method = 2
    elif method < 0:
        method = 0
    shape = None
    if dimx is not None or dimy is not None:
        if dimx is None or dimy is None:
            raise CompatValueError("Dimx and Dimy must both be given.")
        cols = int(np.trunc(np.asarray(dimx).reshape(-1)[0]))
        rows = int(np.trunc(np.asarray(dimy).reshape(-1)[0]))
        if cols <= 0 or rows <= 0:
            raise CompatValueError("Array dimensions must be greater than 0.")
        shape = (rows, cols)
    if missing is not None:
        missing = idl_array(missing, "MISSING", scalar=True)
    return core.poly_2d(a, pc, qc, interp=method, shape=shape, cubic=parameter,
                        missing=missing)


# --------------------------------------------------------------------------- POLYWARP
class PolywarpResult(Result):
    """POLYWARP's output arguments Kx, Ky, and its STATUS keyword when requested."""

    kx: np.ndarray
    ky: np.ndarray
    status: np.int32


class _PolywarpPair(Result):
    kx: np.ndarray
    ky: np.ndarray


@idl_routine("POLYWARP", output_arguments=("kx", "ky"))
def polywarp(xi, yi, xo, yo, degree, *, kx=True, ky=True, double=None, status=False):
    """The polynomial coefficients mapping output coordinates to input coordinates,
    fitted to control points by least squares, as IDL's ``POLYWARP`` procedure.

    IDL call forms::

        POLYWARP, Xi, Yi, Xo, Yo, Degree, Kx, Ky [, /DOUBLE] [, STATUS=s]
                 ->  kx, ky = idl.polywarp(xi, yi, xo, yo, degree)
                 ->  kx, ky, s = idl.polywarp(xi, yi, xo, yo, degree, status=True)

    ``Xi = SUM Kx[i,j] Xo^j Yo^i`` and ``Yi = SUM Ky[i,j] Xo^j Yo^i``: pass Kx, Ky to
    :func:`poly_2d` as P, Q to warp an image whose points (Xi, Yi) should land on
    (Xo, Yo).

    Parameters
    ----------
    xi, yi, xo, yo : array_like
        Control points (same number of elements, at least ``(degree+1)^2``).
    degree : int
        Degree N of the polynomials.
    kx, ky : bool
        Accepted for the IDL output arguments (always returned).
    double : bool, optional
        /DOUBLE: DOUBLE coefficients; DOUBLE=0 asks for FLOAT even from DOUBLE points;
        default DOUBLE when any point array is DOUBLE.
    status : bool
        Request STATUS: INVERT's status of the normal matrix (0 success, 1 singular,
        2 small pivot). Without it a non-zero status prints IDL's message as a
        :class:`compat.CompatWarning` ("Singular matrix detected." or "Warning: Invert
        detected a small pivot element.").

    Returns
    -------
    PolywarpResult(kx, ky[, status])
        Kx, Ky numpy ``(N+1, N+1)`` (element ``[j, i]`` weighs ``Xo^j Yo^i``), FLOAT
        unless DOUBLE.

    Notes
    -----
    IDL 8.0's polywarp.pro solves the normal equations: ``INVERT(U^T U, /DOUBLE)``
    times ``U^T`` times the coordinates, in DOUBLE, with U the design matrix whose column
    ``j*(N+1)+i`` is ``Xo^j Yo^i``; compat does the same products (LAPACK's inverse), so
    the coefficients agree with IDL's to the rounding of the normal equations (their
    condition number times 1e-16; ``numpy.linalg.lstsq`` on U, better conditioned,
    differs by as much for ill-conditioned point sets). Source: IDL Reference Guide,
    POLYWARP; IDL 8.0's polywarp.pro; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> kx, ky = idl.polywarp([24, 35, 102, 92], [81, 24, 25, 92],
    ...                       [61, 62, 143, 133], [89, 34, 38, 105], 1)
    >>> kx.round(4)
    array([[-5.3784e+00, -3.2090e-01],
           [ 7.5150e-01,  2.2000e-03]], dtype=float32)
    """
    points = [idl_array(v, name, complex_ok=False).reshape(-1)
              for v, name in ((xi, "Xi"), (yi, "Yi"), (xo, "Xo"), (yo, "Yo"))]
    m = points[0].size
    if any(v.size != m for v in points):
        raise CompatValueError("Inconsistent number of elements.")
    deg = idl_array(degree, "Degree", complex_ok=False, scalar=True)
    n = int(np.trunc(deg))
    if n < 0:
        raise CompatValueError("Degree must be non-negative.")
    if (n + 1) ** 2 > m:
        raise CompatValueError("# of points must be ge (degree+1)^2.")
    if double is None:
        as_double = any(v.dtype == np.float64 for v in points)
    else:
        as_double = bool(double)
    data = [v.astype(np.float64) for v in points]
    cx, cy, report = core.polywarp(data[0], data[1], data[2], data[3], n)
    code = 1 if report.singular else (2 if report.rcond < np.finfo(np.float64).eps else 0)
    if code and not status:
        legacy_warn("Singular matrix detected." if code == 1 else
                    "Warning: Invert detected a small pivot element.")
    dtype = np.float64 if as_double else np.float32
    out_x = cx.astype(dtype).reshape(n + 1, n + 1)
    out_y = cy.astype(dtype).reshape(n + 1, n + 1)
    if status:
        return PolywarpResult(kx=out_x, ky=out_y, status=np.int32(code))
    return _PolywarpPair(kx=out_x, ky=out_y)


# -------------------------------------------------------------------------------- ROT
@idl_routine("ROT")
def rot(a, angle, mag=None, x0=None, y0=None, *, interp=False, missing=None,
        pivot=False, cubic=None):
    """Rotate (clockwise, in degrees), magnify and translate an image, as IDL's ``ROT``.

    IDL call forms::

        Result = ROT(A, Angle [, Mag, X0, Y0] [, /INTERP] [, CUBIC=value{-1 to 0}]
                     [, MISSING=value] [, /PIVOT])
                 ->  idl.rot(a, angle, mag=None, x0=None, y0=None, interp=False,
                             cubic=None, missing=None, pivot=False)

    Parameters
    ----------
    a : array_like
        2-D image, numpy ``(ny, nx)``.
    angle : float
        Clockwise rotation in degrees (as the image is displayed by IDL, row 0 at the
        bottom).
    mag : float, optional
        Magnification (1).
    x0, y0 : float, optional
        The input point moved to the centre of the output (default the centre,
        ``(nx-1)/2., (ny-1)/2.``); with ``pivot=True`` it stays in place instead.
    interp : bool
        /INTERP: bilinear interpolation (default nearest neighbour).
    cubic : float, optional
        CUBIC: cubic convolution (see :func:`poly_2d`).
    missing : number, optional
        MISSING: the value of pixels that map outside the image (default the nearest
        edge pixel).
    pivot : bool
        /PIVOT: rotate about (x0, y0).

    Returns
    -------
    numpy.ndarray
        Same shape and type as ``a``.

    Notes
    -----
    IDL 8.0's rot.pro: POLY_2D with the degree-1 coefficients it computes in DOUBLE
    from ``theta = (-angle mod 360) * !DPI/180``; :func:`poly_2d` documents the
    sampling (nearest neighbour truncates). ``scipy.ndimage.rotate`` turns the other
    way about the other centre convention and rounds to the nearest pixel. X0 and Y0
    are used only when both are given (rot.pro centres the image when fewer than five
    arguments are passed). Source: IDL Reference Guide, ROT; IDL 8.0's rot.pro.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.arange(9, dtype=np.float32).reshape(3, 3)
    >>> idl.rot(a, 90)      # clockwise as displayed (row 0 at the bottom)
    array([[2., 5., 8.],
           [1., 4., 7.],
           [0., 3., 6.]], dtype=float32)
    """
    image = idl_array(a, "A")
    if image.ndim != 2:
        raise CompatValueError("Image must be 2 dimensional.")
    scale = 1.0 if mag is None else idl_array(mag, "Mag", complex_ok=False, scalar=True)
    if x0 is not None and y0 is None:
        x0 = None                       # rot.pro: fewer than 5 arguments -> the centre
    if x0 is not None:
        x0 = idl_array(x0, "X0", complex_ok=False, scalar=True)
        y0 = idl_array(y0, "Y0", complex_ok=False, scalar=True)
    theta = idl_array(angle, "Angle", complex_ok=False, scalar=True)
    cx, cy = core.rot_coefficients(image.shape[1], image.shape[0], theta, scale,
                                   x0, y0, bool(pivot))
    return poly_2d.__wrapped__(image, cx, cy, 1 if interp else 0,
                               cubic=0 if cubic is None else cubic, missing=missing)
