"""MATLAB's vector, phase and coordinate functions: ``cross``, ``dot``, ``angle``,
``unwrap``, ``cart2pol``, ``pol2cart``, ``cart2sph``, ``sph2cart``.

The legacy layer of the family: each function reads MATLAB's argument grammar (``dim``,
``tol``, ``[]``, ``nargout``), MATLAB's vector and size rules, and calls the core
:mod:`compat._core.geometry`. Integer and logical inputs compute in double; single stays
single.
"""

from __future__ import annotations

import numpy as np

from compat._core import geometry as core
from compat._core.args import check_nargout, first_nonsingleton, is_omitted, matlab_dim
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, matlab_array
from compat._core.results import Result

__all__ = ["cross", "dot", "angle", "unwrap", "cart2pol", "pol2cart", "cart2sph",
           "sph2cart", "Cart2polResult", "Pol2cartResult", "Cart2sphResult",
           "Sph2cartResult"]


class Cart2polResult(Result):
    """``[theta, rho, z] = cart2pol(x, y, z)``."""

    request_style = "nargout"
    theta: np.ndarray
    rho: np.ndarray
    z: np.ndarray


class Pol2cartResult(Result):
    """``[x, y, z] = pol2cart(theta, rho, z)``."""

    request_style = "nargout"
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray


class Cart2sphResult(Result):
    """``[azimuth, elevation, r] = cart2sph(x, y, z)``."""

    request_style = "nargout"
    azimuth: np.ndarray
    elevation: np.ndarray
    r: np.ndarray


class Sph2cartResult(Result):
    """``[x, y, z] = sph2cart(azimuth, elevation, r)``."""

    request_style = "nargout"
    x: np.ndarray
    y: np.ndarray
    z: np.ndarray


_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/geometry).""",
    coordinates="""
        Parameters
        ----------
        {{names}} : array_like
            Arrays of the same size or compatible sizes (MATLAB's implicit expansion,
            numpy broadcasting); integer and logical data compute in double, single
            stays single. {{more}}
        nargout : {1, 2, 3}
            The default ``nargout`` is {{n}}, not MATLAB's 1: a Python caller always
            needs the coordinates together (``{{unpack}}``); ``nargout=1`` gives the
            first alone.""",
    more="",
)


def _float(x, name: str) -> np.ndarray:
    return matlab_array(x, name, to_float=True)


def _pair(A, B):
    """Both operands in MATLAB's common float class (single wins; complex stays)."""
    a, b = _float(A, "A"), _float(B, "B")
    real = float_class(a, b)

    def cast(x):
        if x.dtype.kind == "c":
            return x.astype(np.complex64 if real == np.float32 else np.complex128,
                            copy=False)
        return x.astype(real, copy=False)
    return cast(a), cast(b)


def _is_vector(a: np.ndarray) -> bool:
    return a.ndim == 1 or (a.ndim == 2 and 1 in a.shape)


def _dim(dim, a: np.ndarray) -> int | None:
    if dim is None or is_omitted(dim):
        return None
    return matlab_dim(None, dim, a.ndim)


# ---------------------------------------------------------------------------- cross
@matlab_function("cross")
@_DOCS.named()
def cross(A, B, dim=None):
    """Cross product, as MATLAB's ``cross``.

    MATLAB call forms::

        C = cross(A, B)         ->  cross(A, B)
        C = cross(A, B, dim)    ->  cross(A, B, 2)

    Parameters
    ----------
    A, B : array_like
        Two 3-element vectors (any orientation), or arrays of the same size with a
        dimension of length 3.
    dim : int, optional
        MATLAB dimension (1-based) of length 3 along which to take the products;
        default the first dimension of length 3.

    Returns
    -------
    ndarray
        For vectors, a row when either input is a row vector, else a column (1-D for
        two 1-D inputs); otherwise the size of ``A``.

    Notes
    -----
    ``np.cross`` works along the **last** axis (MATLAB: the first dimension of length
    3, i.e. down the columns of a 3-by-N matrix) and accepts 2-vectors.

    The orientation rule for a row and a column vector is MATLAB's ``cross.m``
    (either input a row gives a row); GNU Octave 7.3 returns a column there, with a
    warning, and is not used as a golden for that case.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cross
    >>> cross([1, 2, 3], [4, 5, 6])
    array([-3.,  6., -3.])
    >>> cross([[1, 0], [0, 1], [0, 0]], [[0, 0], [1, 0], [0, 1]])   # down the columns
    array([[0., 1.],
           [0., 0.],
           [1., 0.]])
    """
    a, b = _pair(A, B)
    axis = _dim(dim, a)
    if axis is None and _is_vector(a) and _is_vector(b) and a.size == 3 and b.size == 3 \
            and a.shape != b.shape:
        row = (a.ndim == 2 and a.shape[0] == 1) or (b.ndim == 2 and b.shape[0] == 1)
        out = core.cross(a.reshape(3), b.reshape(3), 0)
        if a.ndim == 1 and b.ndim == 1:
            return out
        return out.reshape((1, 3) if row else (3, 1))
    if a.shape != b.shape:
        raise CompatValueError("A and B must be of the same size.")
    if axis is None:
        threes = [i for i, n in enumerate(a.shape) if n == 3]
        if not threes:
            raise CompatValueError("A and B must have at least one dimension of "
                                   "length 3.")
        axis = threes[0]
    if axis >= a.ndim or a.shape[axis] != 3:
        raise CompatValueError("A and B must be of length 3 in the dimension in which "
                               "the cross product is taken.")
    return core.cross(a, b, axis)


# ------------------------------------------------------------------------------ dot
@matlab_function("dot")
@_DOCS.named()
def dot(A, B, dim=None):
    """Dot product, as MATLAB's ``dot``.

    MATLAB call forms::

        C = dot(A, B)         ->  dot(A, B)
        C = dot(A, B, dim)    ->  dot(A, B, 2)

    Parameters
    ----------
    A, B : array_like
        Two vectors of the same length (any orientations), or arrays of the same
        size. Complex ``A`` is conjugated: ``dot(A, B) = sum(conj(A).*B)``.
    dim : int, optional
        MATLAB dimension (1-based); default the first non-singleton dimension.

    Returns
    -------
    ndarray or scalar
        A scalar for two vectors; otherwise the size of ``A`` with ``dim`` reduced to
        1 (column sums of a matrix give a row).

    Notes
    -----
    ``np.dot`` of two matrices is the **matrix product**; MATLAB's ``dot`` is the
    column-wise sum of products (``np.vdot`` flattens and conjugates, ``np.dot`` of
    complex vectors does not conjugate).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import dot
    >>> dot([1, 2, 3], [4, 5, 6])
    np.float64(32.0)
    >>> dot([[1, 2], [3, 4]], [[5, 6], [7, 8]])       # column by column
    array([[26., 44.]])
    >>> dot([1j, 2], [1j, 2])                          # conj(A)
    np.complex128(5+0j)
    """
    a, b = _pair(A, B)
    axis = _dim(dim, a)
    if axis is None and _is_vector(a) and _is_vector(b):
        if a.size != b.size:
            raise CompatValueError("A and B must be the same size.")
        return core.dot(a.ravel(), b.ravel(), 0)[0]
    if a.shape != b.shape:
        raise CompatValueError("A and B must be the same size.")
    if axis is None:
        axis = first_nonsingleton(a.shape) - 1
    if axis >= a.ndim:
        return np.conj(a) * b
    return core.dot(a, b, axis)


# ---------------------------------------------------------------------------- angle
@matlab_function("angle")
@_DOCS.named()
def angle(z):
    """Phase angle, as MATLAB's ``angle``: ``atan2(imag(z), real(z))`` in
    ``[-pi, pi]``.

    MATLAB call form::

        theta = angle(z)   ->  angle(z)

    Parameters
    ----------
    z : array_like
        Real or complex; integer and logical data compute in double.

    Returns
    -------
    ndarray
        Radians, the size of ``z``; single for single input. ``angle(-1)`` is pi,
        ``angle(complex(-1, -0))`` is -pi (the sign of a zero imaginary part counts,
        as in ``atan2``).

    Notes
    -----
    ``np.angle`` agrees; the function exists so that ported code reads the same.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import angle
    >>> angle([1 + 1j, -1, 1j])
    array([0.78539816, 3.14159265, 1.57079633])
    """
    a = _float(z, "z")
    out = np.arctan2(a.imag, a.real) if a.dtype.kind == "c" else \
        np.arctan2(np.zeros_like(a), a)
    return out


# --------------------------------------------------------------------------- unwrap
@matlab_function("unwrap")
@_DOCS.named()
def unwrap(P, tol=None, dim=None):
    """Shift phase angles to remove jumps of pi or more, as MATLAB's ``unwrap``.

    MATLAB call forms::

        Q = unwrap(P)              ->  unwrap(P)
        Q = unwrap(P, tol)         ->  unwrap(P, 4)
        Q = unwrap(P, [], dim)     ->  unwrap(P, [], 2)

    Parameters
    ----------
    P : array_like
        Phases in radians (double or single).
    tol : float, optional
        Jump threshold; ``[]``/None is pi, and a value below pi counts as pi.
    dim : int, optional
        MATLAB dimension (1-based); default the first non-singleton dimension.

    Returns
    -------
    ndarray
        The size and class of ``P``: each jump ``dp`` between neighbours with
        ``|dp| >= tol`` is replaced by its value modulo ``2*pi`` in ``[-pi, pi]``, and
        the corrections accumulate along ``dim``. A NaN makes the rest of its vector
        NaN.

    Notes
    -----
    ``np.unwrap`` works along the **last** axis by default (MATLAB: down the columns),
    uses ``discont`` with a different meaning below pi, and computes the correction
    with ``np.mod``; MATLAB's correction is ``mod(dp + pi, 2*pi) - pi - dp`` with
    MATLAB's ``mod`` (``a - floor(a/m)*m``), kept here bit for bit. GNU Octave 7.3
    subtracts ``round(|dp|/(2*pi))*2*pi`` instead: the same multiple of ``2*pi``,
    different in the last bits.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import unwrap
    >>> unwrap([0, 3, 6.5, 0.2, -3])
    array([0.        , 3.        , 0.21681469, 0.2       , 3.28318531])
    """
    p = _float(P, "P")
    if p.dtype.kind == "c":
        raise CompatValueError("P must be real (phase angles in radians).")
    t = np.pi if tol is None or is_omitted(tol) else tol
    tv = np.asarray(t)
    if tv.size != 1 or tv.dtype.kind not in "iuf":
        raise CompatValueError(f"tol must be a real scalar, got {tol!r}")
    axis = _dim(dim, p)
    if axis is None:
        axis = first_nonsingleton(p.shape) - 1
    if p.ndim == 0 or axis >= p.ndim:
        return p.copy()
    return core.unwrap(p, axis, float(tv.reshape(())))


# ---------------------------------------------------------------------- coordinates
def _coords(names, values):
    arrays = [_float(v, n) for v, n in zip(values, names)]
    for a, n in zip(arrays, names):
        if a.dtype.kind == "c":
            raise CompatValueError(f"{n} must be real.")
    real = float_class(*arrays)
    arrays = [a.astype(real, copy=False) for a in arrays]
    try:
        np.broadcast_shapes(*[a.shape for a in arrays])
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    return arrays


def _converted(convert, result, nargout, names, values, z=None):
    """The coordinate conversions' shared body: ``nargout`` checked, the coordinates
    checked and brought to one class, ``convert`` applied; a cylindrical ``z``
    (cart2pol, pol2cart) passes through, broadcast to the size of the others."""
    if z is not None:
        names, values = names + ("z",), values + (z,)
    check_nargout(nargout, len(values), message="nargout must be from 1 to {maximum}, got "
                  "{nargout!r}")
    xs = _coords(names, values)
    if z is None:
        outs = list(convert(*xs))
    else:
        shape = np.broadcast_shapes(*[a.shape for a in xs])
        outs = [*convert(xs[0], xs[1]), np.broadcast_to(xs[2], shape).copy()]
    return result.first(nargout, *outs) if nargout > 1 else outs[0]


@matlab_function("cart2pol", nargout=3)
@_DOCS.named(n="2", unpack="theta, rho = cart2pol(x, y)", names="x, y, z")
def cart2pol(x, y, z=None, *, nargout=2):
    """Cartesian to polar (or cylindrical) coordinates, as MATLAB's ``cart2pol``.

    MATLAB call forms::

        [theta, rho] = cart2pol(x, y)         ->  theta, rho = cart2pol(x, y)
        [theta, rho, z] = cart2pol(x, y, z)   ->  cart2pol(x, y, z, nargout=3)

    {{coordinates}}

    Returns
    -------
    theta : ndarray
        ``atan2(y, x)``, radians in ``[-pi, pi]``.
    rho : ndarray
        ``hypot(x, y)``.
    z : ndarray
        ``z`` unchanged (broadcast). A :class:`Cart2polResult`.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cart2pol
    >>> theta, rho = cart2pol([1, 0, -2], [1, 2, 0])
    >>> theta, rho
    (array([0.78539816, 1.57079633, 3.14159265]), array([1.41421356, 2.        , 2.        ]))
    """
    return _converted(core.cart2pol, Cart2polResult, nargout, ("x", "y"), (x, y), z)


@matlab_function("pol2cart", nargout=3)
@_DOCS.named(n="2", unpack="x, y = pol2cart(theta, rho)", names="theta, rho, z")
def pol2cart(theta, rho, z=None, *, nargout=2):
    """Polar (or cylindrical) to Cartesian coordinates, as MATLAB's ``pol2cart``.

    MATLAB call forms::

        [x, y] = pol2cart(theta, rho)         ->  x, y = pol2cart(theta, rho)
        [x, y, z] = pol2cart(theta, rho, z)   ->  pol2cart(theta, rho, z, nargout=3)

    {{coordinates}}

    Returns
    -------
    x, y, z : ndarray
        ``rho.*cos(theta)``, ``rho.*sin(theta)``, ``z``. A :class:`Pol2cartResult`.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import pol2cart
    >>> import numpy as np
    >>> x, y = pol2cart(np.pi / 2, 2.0)
    >>> float(x), float(y)
    (1.2246467991473532e-16, 2.0)
    """
    return _converted(core.pol2cart, Pol2cartResult, nargout, ("theta", "rho"),
                      (theta, rho), z)


@matlab_function("cart2sph", nargout=3)
@_DOCS.named(n="3", unpack="az, el, r = cart2sph(x, y, z)", names="x, y, z")
def cart2sph(x, y, z, *, nargout=3):
    """Cartesian to spherical coordinates, as MATLAB's ``cart2sph``.

    MATLAB call form::

        [azimuth, elevation, r] = cart2sph(x, y, z)  ->  az, el, r = cart2sph(x, y, z)

    {{coordinates}}

    Returns
    -------
    azimuth, elevation, r : ndarray
        ``atan2(y, x)``, ``atan2(z, hypot(x, y))`` (radians from the x-y plane, not
        from the z axis as in physics) and ``hypot(hypot(x, y), z)``. A
        :class:`Cart2sphResult`.

    Notes
    -----
    GNU Octave 7.3 computes ``sqrt(x.^2 + y.^2)`` where MATLAB's ``cart2sph.m`` uses
    ``hypot``: the two differ in the last bit (and overflow differently beyond 1e154).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cart2sph
    >>> az, el, r = cart2sph(1, 1, 1)
    >>> float(az), float(el), float(r)
    (0.7853981633974483, 0.6154797086703873, 1.7320508075688774)
    """
    return _converted(core.cart2sph, Cart2sphResult, nargout, ("x", "y", "z"), (x, y, z))


@matlab_function("sph2cart", nargout=3)
@_DOCS.named(n="3", unpack="x, y, z = sph2cart(az, el, r)", names="azimuth, elevation, r",
             more="Elevation is measured from the x-y plane.")
def sph2cart(azimuth, elevation, r, *, nargout=3):
    """Spherical to Cartesian coordinates, as MATLAB's ``sph2cart``.

    MATLAB call form::

        [x, y, z] = sph2cart(azimuth, elevation, r)  ->  x, y, z = sph2cart(az, el, r)

    {{coordinates}}

    Returns
    -------
    x, y, z : ndarray
        ``r.*cos(elevation).*cos(azimuth)``, ``r.*cos(elevation).*sin(azimuth)``,
        ``r.*sin(elevation)``. A :class:`Sph2cartResult`.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import sph2cart
    >>> x, y, z = sph2cart(0.0, 0.0, 2.0)
    >>> float(x), float(y), float(z)
    (2.0, 0.0, 0.0)
    """
    return _converted(core.sph2cart, Sph2cartResult, nargout,
                      ("azimuth", "elevation", "r"), (azimuth, elevation, r))
