"""IDL's interpolation: INTERPOL, INTERPOLATE, SPLINE, SPL_INIT and SPL_INTERP (the core in
:mod:`compat._core.idl_interpolation`)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import (interpolate_core, spl_init_core,
                                            spl_interp_core, tension_spline_core, to_type,
                                            value_locate)
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["interpol", "interpolate", "spline", "spl_init", "spl_interp"]


# ---------------------------------------------------------------------------- INTERPOL
_SIGNED_DIFF = {np.dtype(np.uint8): np.int16, np.dtype(np.uint16): np.int32,
                np.dtype(np.uint32): np.int64, np.dtype(np.uint64): np.int64}


def _regular_xout(m: int, n_out: int) -> np.ndarray:
    """FINDGEN(nOut) * ((m-1.0) / ((nOut-1.0) > 1.0)), in single precision."""
    step = np.float32(m - 1.0) / np.float32(max(n_out - 1.0, 1.0))
    return (np.arange(n_out, dtype=np.float32) * np.float32(step)).astype(np.float32)


def _diff(v_hi: np.ndarray, v_lo: np.ndarray) -> np.ndarray:
    signed = _SIGNED_DIFF.get(v_hi.dtype)
    if signed is not None:
        return v_hi.astype(signed) - v_lo.astype(signed)
    return v_hi - v_lo  # IDL arithmetic in the type (INT/LONG wrap like numpy's)


def _four_point_spline(x4, v4, xq, work):
    """Natural cubic spline through 4 points per query (SPL_INIT + SPL_INTERP), vectorised:
    the 2x2 system for the interior second derivatives is solved in closed form."""
    h0, h1, h2 = (x4[:, 1] - x4[:, 0]), (x4[:, 2] - x4[:, 1]), (x4[:, 3] - x4[:, 2])
    s0 = (v4[:, 1] - v4[:, 0]) / h0
    s1 = (v4[:, 2] - v4[:, 1]) / h1
    s2 = (v4[:, 3] - v4[:, 2]) / h2
    # rows: (h0+h1)/3 M1 + h1/6 M2 = s1 - s0 ; h1/6 M1 + (h1+h2)/3 M2 = s2 - s1
    a11, a12 = (h0 + h1) / 3.0, h1 / 6.0
    a21, a22 = h1 / 6.0, (h1 + h2) / 3.0
    r1, r2 = s1 - s0, s2 - s1
    det = a11 * a22 - a12 * a21
    m1 = (r1 * a22 - a12 * r2) / det
    m2 = (a11 * r2 - a21 * r1) / det
    y2 = np.stack([np.zeros_like(m1), m1, m2, np.zeros_like(m1)], axis=1)
    # SPL_INTERP's bisection on the 4 knots (Numerical Recipes SPLINT)
    right1 = x4[:, 1] > xq
    right2 = x4[:, 2] > xq
    klo = np.where(right1, 0, np.where(right2, 1, 2))
    rows = np.arange(xq.size)
    xlo, xhi = x4[rows, klo], x4[rows, klo + 1]
    h = xhi - xlo
    a = (xhi - xq) / h
    b = (xq - xlo) / h
    return (a * v4[rows, klo] + b * v4[rows, klo + 1] +
            ((a ** 3 - a) * y2[rows, klo] + (b ** 3 - b) * y2[rows, klo + 1]) * (h * h) / 6.0
            ).astype(work)


def _ls2(x4, v4, xq):
    """interpol.pro's LS2FIT: least-squares parabola through 4 points, normal equations
    stored in single precision (FLTARR), evaluated at xq."""
    x = x4 - x4[:, :1]
    n = np.full(x.shape[0], 4.0)
    s1, s2, s3, s4 = (x.sum(1), (x ** 2).sum(1), (x ** 3).sum(1), (x ** 4).sum(1))
    b = np.stack([v4.sum(1), (v4 * x).sum(1), (v4 * x ** 2).sum(1)], axis=1)
    corr = np.stack([np.stack([n, s1, s2], 1), np.stack([s1, s2, s3], 1),
                     np.stack([s2, s3, s4], 1)], axis=1)
    if np.iscomplexobj(b):
        b = b.astype(np.complex64).astype(np.complex128)
    else:
        b = b.astype(np.float32).astype(np.float64)
    corr = corr.astype(np.float32).astype(np.float64)
    c = np.linalg.solve(corr, b[..., None])[..., 0]
    c = c.astype(np.complex64 if np.iscomplexobj(c) else np.float32)
    xm0 = xq - x4[:, 0]
    return c[:, 0] + c[:, 1] * xm0 + c[:, 2] * xm0 ** 2


@idl_routine("INTERPOL")
def interpol(v, x, xout=None, *, spline=False, quadratic=False, lsquadratic=False,
             nan=False):
    """Interpolate a vector, as IDL's ``INTERPOL`` (lib/interpol.pro) does.

    IDL call forms::

        Result = INTERPOL(V, N [, /LSQUADRATIC] [, /QUADRATIC] [, /SPLINE] [, /NAN])
        Result = INTERPOL(V, X, XOUT [, /LSQUADRATIC] [, /QUADRATIC] [, /SPLINE] [, /NAN])

    Python::

        compat.idl.interpol(v, n)                           # regular grid
        compat.idl.interpol(v, x, xout, *, spline=False, quadratic=False,
                            lsquadratic=False, nan=False)

    Parameters
    ----------
    v : array_like
        The values (any numeric type; treated as a vector of all its elements).
    x : array_like or int
        With ``xout``: the abscissae of ``v`` (same number of elements), monotonic
        increasing or decreasing. Without ``xout``: the number N of output points of a
        regular grid, which spans v's index range (point i at i*(m-1)/(N-1)).
    xout : array_like, optional
        Where to interpolate; any order; the result has its shape. Points outside
        x's range are extrapolated from the end intervals (linear: "the closest two
        endpoints of (X,V) are linearly extrapolated").
    quadratic : bool
        Parabola through the 3 points around each interval (x[i-1], x[i], x[i+1]).
    lsquadratic : bool
        Least-squares parabola through the 4 points x[i-1]..x[i+2].
    spline : bool
        Natural cubic spline through the 4 points x[i-1]..x[i+2] (SPL_INIT/SPL_INTERP).
        When several method keywords are set, IDL's order of precedence applies:
        LSQUADRATIC, then QUADRATIC, then SPLINE.
    nan : bool
        IDL's ``/NAN``: drop the points where V (or X) is NaN before interpolating (a
        regular grid becomes irregular on the remaining indices). Infinities are kept.

    Returns
    -------
    ndarray
        FLOAT (float32) unless an input is DOUBLE (-> float64) or complex (-> complex64,
        complex128 with double input), following IDL's arithmetic on V, X and XOUT.
        For /SPLINE and /LSQUADRATIC the result has V's floating type (float32 for
        integer or float V), as interpol.pro stores them in an array of that type.
        A scalar XOUT gives a numpy scalar.

    Raises
    ------
    ValueError
        ``"INTERPOL: V and X arrays must have same # of elements"``; fewer than 2
        points (3 for /QUADRATIC, 4 for /SPLINE and /LSQUADRATIC); X not monotonic;
        N < 1.
    TypeError
        ``"INTERPOL: ..."`` for strings and non-numeric input (bool is BYTE).

    Notes
    -----
    ``numpy.interp(xout, x, v)`` differs in three ways that matter when porting: it holds
    the end values constant outside x's range where IDL extrapolates linearly, it
    requires increasing x (IDL accepts decreasing), and it always returns float64. The
    regular-grid form has no numpy equivalent: IDL computes the grid positions in single
    precision (``FINDGEN(N)*((m-1.0)/(N-1.0))``) and compat does the same float32
    operations, so the results agree bit for bit with IDL/GDL.

    Behaviour and arithmetic follow IDL's lib/interpol.pro (IDL 8.0), the IDL
    Reference Guide (INTERPOL) and its VALUE_LOCATE-based interval search (interval
    clipped to the ends, which gives the extrapolation). Decisions where IDL's code and
    its documentation disagree: the documentation says the result is floating point;
    interpol.pro 8.0 would return an integer for all-integer V, X and XOUT (integer
    arithmetic), and for /SPLINE with integer V an integer array; compat returns FLOAT
    (as GDL 1.0.1 does). X must be monotonic (IDL's requirement, unchecked by IDL):
    compat raises instead of returning garbage. A decreasing X works with /QUADRATIC and
    /LSQUADRATIC as without them (VALUE_LOCATE finds u's interval in either direction;
    GDL 1.0.1 returns garbage for all three: suite idl/interpol, ``decreasing_x*``,
    recorded divergent); with /SPLINE the 4 points go to SPL_INIT/SPL_INTERP as
    interpol.pro passes them, and SPL_INTERP's interval search (Numerical Recipes'
    SPLINT bisection, reproduced here) assumes increasing values, so reverse V and X
    first for a spline through decreasing X. GDL 1.0.1 drops the imaginary part of
    complex V; compat keeps it (IDL reference: "If the input vector is ... complex, the
    result is ... complex").

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import interpol
    >>> interpol(np.float32([1, 2, 5]), np.float32([0, 1, 2]), np.float32([-1, 0.5, 3]))
    array([0. , 1.5, 8. ], dtype=float32)
    >>> interpol([1., 2., 5.], [0, 1, 2], [-1, 0.5, 3])   # Python floats are DOUBLE
    array([0. , 1.5, 8. ])
    >>> interpol(np.array([0., 10., 20.], dtype=np.float32), 5)
    array([ 0.,  5., 10., 15., 20.], dtype=float32)
    """
    vv = idl_array(v, "V", empty_ok=True).reshape(-1)
    regular = xout is None
    if regular:
        if isinstance(x, (str, bytes, bool)) or np.ndim(x) != 0:
            raise CompatTypeError("N (the number of output points) must be a scalar")
        nv = np.asarray(x)
        if nv.dtype.kind not in "iuf" or not np.isfinite(nv):
            raise CompatTypeError(f"N must be a finite number, got {x!r}")
        n_out = int(np.trunc(nv))  # LONG(N)
        if n_out < 1:
            raise CompatValueError(f"N must be at least 1, got {n_out}")
        xx = None
        xo = None
        out_shape = (n_out,)
    else:
        xx = idl_array(x, "X", complex_ok=False, empty_ok=True).reshape(-1)
        xo_arr = idl_array(xout, "XOUT", complex_ok=False, empty_ok=True)
        out_shape = xo_arr.shape
        xo = xo_arr.reshape(-1)
        if xx.size != vv.size:
            raise CompatValueError("V and X arrays must have same # of elements "
                            f"({vv.size} and {xx.size})")
    m = vv.size
    if nan:
        isnan = np.isnan(vv) if vv.dtype.kind in "fc" else np.zeros(m, bool)
        if not regular and xx.dtype.kind == "f":
            isnan = isnan | np.isnan(xx)
        good = np.flatnonzero(~isnan)
        if 0 < good.size < m:
            vv = vv[good]
            if regular:
                regular = False
                xx = np.arange(m, dtype=np.int32)  # LINDGEN(m)
                xo = _regular_xout(m, n_out)
            xx = xx[good]
            m = vv.size
    need = 4 if (lsquadratic or spline) else 3 if quadratic else 2
    if m < need:
        which = ("/LSQUADRATIC" if lsquadratic else "/SPLINE" if spline else
                 "/QUADRATIC" if quadratic else "linear interpolation")
        raise CompatValueError(f"{which} needs at least {need} points, V has {m}")
    if not regular and m > 1:
        d = np.diff(xx.astype(np.float64))
        if not (np.all(d >= 0) or np.all(d <= 0)):
            raise CompatValueError("X must be monotonic (increasing or decreasing)")

    if regular and not (lsquadratic or quadratic or spline):
        # the simple regular case, in interpol.pro's own arithmetic
        xq = _regular_xout(m, n_out)
        xi = xq.astype(np.int64)
        diff = _diff(vv[1:], vv[:-1])
        work = float_type(promote(vv.dtype, xq.dtype))
        frac = (xq - xi.astype(np.float32)).astype(np.float32)
        di = np.minimum(xi, m - 2)  # IDL clips out-of-range array subscripts
        out = vv[np.minimum(xi, m - 1)].astype(work) + (frac.astype(work) * diff[di].astype(work))
        return out.astype(work).reshape(out_shape)

    if regular:
        xo = _regular_xout(m, n_out)
        s = xo.astype(np.int64)
        xgrid = None
    else:
        s = np.clip(value_locate(xx, xo), 0, m - 2)
        xgrid = xx
    work = float_type(promote(vv.dtype, xo.dtype, *(() if xgrid is None else (xgrid.dtype,))))

    if lsquadratic:
        s = np.clip(s, 1, m - 3)
        s0 = s - 1
        rows = s0[:, None] + np.arange(4)
        x4 = (s0[:, None] + np.arange(4)).astype(np.float64) if regular else \
            xgrid[rows].astype(np.float64)
        wk = np.complex128 if vv.dtype.kind == "c" else np.float64
        res = _ls2(x4, vv[rows].astype(wk), xo.astype(np.float64))
        rtype = float_type(vv.dtype)
        out = res.astype(rtype)
    elif quadratic:
        s = np.clip(s, 1, m - 2)
        if regular:
            x1 = s.astype(np.float32)
            x0 = (x1 - np.float32(1)).astype(np.float32)
            x2 = (x1 + np.float32(1)).astype(np.float32)
        else:
            x1, x0, x2 = xgrid[s], xgrid[s - 1], xgrid[s + 1]
        q = xo.astype(work)
        x0, x1, x2 = x0.astype(work), x1.astype(work), x2.astype(work)
        out = (vv[s - 1].astype(work) * (q - x1) * (q - x2) / ((x0 - x1) * (x0 - x2)) +
               vv[s].astype(work) * (q - x0) * (q - x2) / ((x1 - x0) * (x1 - x2)) +
               vv[s + 1].astype(work) * (q - x0) * (q - x1) / ((x2 - x0) * (x2 - x1)))
    elif spline:
        s = np.clip(s, 1, m - 3)
        s0 = s - 1
        rows = s0[:, None] + np.arange(4)
        x4 = rows.astype(np.float64) if regular else xgrid[rows].astype(np.float64)
        wk = np.complex128 if vv.dtype.kind == "c" else np.float64
        rtype = float_type(vv.dtype)
        out = _four_point_spline(x4, vv[rows].astype(wk), xo.astype(np.float64), rtype)
    else:
        diff = _diff(vv[s + 1], vv[s]).astype(work, copy=False)
        q = xo.astype(work, copy=False)
        xs = xgrid[s].astype(work, copy=False)
        out = q - xs
        out *= diff
        out /= xgrid[s + 1].astype(work, copy=False) - xs
        out += vv[s].astype(work, copy=False)  # in place: same operations, same order
    out = np.asarray(out)
    out = out.reshape(out_shape)
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------------------- INTERPOLATE
_DOUBLE_COORDS = (np.int32, np.uint32, np.int64, np.uint64, np.complex128)


@idl_routine("INTERPOLATE")
def interpolate(p, x, y=None, z=None, *, cubic=None, grid=False, missing=None,
                double=False):
    """Interpolate ``p`` at fractional (0-based) subscripts, as IDL's ``INTERPOLATE``.

    IDL call forms::

        Result = INTERPOLATE(P, X [, Y [, Z]] [, CUBIC=value{-1 to 0}] [, /DOUBLE]
                             [, /GRID] [, MISSING=value])

    Python::

        compat.idl.interpolate(p, x, y=None, z=None, *, cubic=None, grid=False,
                               missing=None, double=False)

    Parameters
    ----------
    p : array_like
        Data in ``scipy.io.readsav`` layout. With M location arguments the interpolation
        runs over p's M *rightmost IDL* dimensions, i.e. numpy's first M axes: X indexes
        numpy axis M-1 (IDL's column subscript for a 2-D array), Y axis M-2, Z axis M-3.
        Further numpy axes (IDL's leading dimensions) are carried along ("P can be an
        array of any dimension"). Any numeric type; strings are rejected.
    x, y, z : array_like
        Fractional subscripts. Without ``grid`` they must have the same number of
        elements and the result takes X's shape; with ``grid`` they are flattened and
        the result has numpy shape ``(len(z), len(y), len(x))`` (IDL ``[nx, ny, nz]``).
    cubic : float or bool, optional
        Cubic convolution (1-D and 2-D only) with parameter ``a`` = ``cubic`` when it is
        in [-1, 0); ``True`` or a positive value gives IDL's default a = -1. IDL
        recommends -0.5. Neighbours beyond an edge take the edge value.
    grid : bool
        IDL's ``/GRID``: interpolate on the grid X x Y (x Z).
    missing : scalar, optional
        Value for locations outside the array. Without it locations are clamped to the
        nearest edge ("set from the value of the last column", IDL reference). For 1-D
        arrays IDL counts 0 <= x < n as inside (locations in [n-1, n) return the last
        element); for 2-D and 3-D arrays the inside is 0 <= x <= n-1 (the IDL
        reference example prints -1 for x = 3.1 on a 4x4 array).
    double : bool
        IDL's ``/DOUBLE``: use the locations in double precision. Otherwise they are
        converted to single precision first (as GDL does for BYTE, INT, UINT, FLOAT and
        DOUBLE data; LONG, ULONG, LONG64, ULONG64 and DCOMPLEX data keep double
        locations). The interpolation itself is always done in double precision (IDL
        reference, DOUBLE keyword).

    Returns
    -------
    ndarray (or a numpy scalar for a scalar X)
        The same type as ``p`` (IDL reference: "The returned array has the same type as
        P"); integer results are truncated toward zero, as IDL converts floats to
        integers.

    Raises
    ------
    ValueError
        ``"INTERPOLATE: ..."`` if p has fewer dimensions than location arguments, the
        locations differ in length without ``grid``, ``cubic`` is below -1, cubic is
        asked for 3-D interpolation, or Y is skipped while Z is given.
    TypeError
        ``"INTERPOLATE: ..."`` for strings and non-numeric input (bool is BYTE).

    Notes
    -----
    The naive ``scipy.ndimage.map_coordinates(p, [y, x], order=1)`` takes the
    coordinates in numpy order, returns float for integer data, and by default pads
    with 0 (``mode='constant'``) where IDL clamps to the edge; its ``order=3`` is a
    B-spline, not IDL's cubic convolution; and it has no notion of IDL's half-open
    valid range for 1-D MISSING. Sources: IDL Reference Guide, INTERPOLATE (examples
    with printed output are in tests/test_idl_interp.py and the golden suite); cubic
    kernel: S. K. Park and R. A. Schowengerdt, "Image reconstruction by parametric cubic
    convolution", CVGIP 23 (1983). GDL 1.0.1 agrees on every case tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import interpolate, findgen
    >>> p = findgen(4, 4)
    >>> interpolate(p, [.5, 1.5, 2.5], [.5, 1.5, 2.5], grid=True)
    array([[ 2.5,  3.5,  4.5],
           [ 6.5,  7.5,  8.5],
           [10.5, 11.5, 12.5]], dtype=float32)
    >>> interpolate(p, [.5, 1.5, 2.5, 3.1], [.5, 1.5, 2.5, 2])
    array([ 2.5,  7.5, 12.5, 11. ], dtype=float32)
    >>> interpolate(p, [.5, 1.5, 2.5, 3.1], [.5, 1.5, 2.5, 2], missing=-1)
    array([ 2.5,  7.5, 12.5, -1. ], dtype=float32)
    """
    a = idl_array(p, "P", empty_ok=True)
    if y is None and z is not None:
        raise CompatValueError("Z given without Y: give X, Y and Z")
    locs = [v for v in (x, y, z) if v is not None]
    m = len(locs)
    if a.ndim < m:
        raise CompatValueError("Number of parameters must agree with dimensions of "
                        f"argument (P has {a.ndim} dimension{'s' if a.ndim != 1 else ''}, "
                        f"{m} location arguments)")
    if a.size == 0:
        raise CompatValueError("P is empty")
    coord_type = np.float64 if (double or a.dtype.type in _DOUBLE_COORDS) else np.float32
    coords = []
    for label, v in zip("XYZ", locs):
        c = idl_array(v, label, complex_ok=False, empty_ok=True)
        coords.append(c.astype(coord_type).astype(np.float64))
    if not grid and m > 1:
        sizes = {c.size for c in coords}
        if len(sizes) != 1:
            raise CompatValueError("Coordinate arrays must have same length if Grid not set")
        coords = [c.reshape(coords[0].shape) for c in coords]
    if grid and m > 1:
        coords = [c.reshape(-1) for c in coords]
    gamma = None
    if cubic is not None and cubic is not False:
        g = float(idl_array(cubic, "CUBIC", complex_ok=False, scalar=True))
        if g != 0:
            if m == 3:
                raise CompatValueError("CUBIC interpolation is available for 1-D and 2-D "
                                "arrays only")
            if g > 0:
                g = -1.0  # /CUBIC: IDL's default parameter
            if g < -1:
                raise CompatValueError(f"CUBIC must be in the range -1 to 0, got {g}")
            gamma = g
    if missing is not None:
        mv = idl_array(missing, "MISSING", scalar=True)
        missing = complex(mv) if a.dtype.kind == "c" else float(np.real(mv))
    values = interpolate_core(a, coords, grid=grid and m > 1, cubic=gamma,
                              missing=missing)
    out = to_type(values, a.dtype)
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------------------------ SPLINE
@idl_routine("SPLINE")
def spline(x, y, t, sigma=None, *, double=None):
    """Interpolate (x, y) at ``t`` with IDL's spline under tension (``SPLINE``).

    IDL call forms::

        Result = SPLINE(X, Y, T [, Sigma] [, /DOUBLE])

    Python::

        compat.idl.spline(x, y, t, sigma=None, *, double=None)

    Parameters
    ----------
    x : array_like
        Abscissae, monotonically increasing, at least 3 points.
    y : array_like
        Ordinates (the shorter of X and Y sets the number of points, as in IDL).
    t : array_like
        Where to interpolate. IDL requires T increasing: its interval search scans T in
        order and never goes back, so for unsorted T later points may be evaluated on a
        later interval's curve (reproduced as IDL does it).
    sigma : float, optional
        Tension, default 1.0; values below 0.001 are raised to 0.001. Near 0 the curve is
        a cubic spline, large values tend to a polyline ("like a polynomial
        interpolation" in IDL's words).
    double : bool, optional
        IDL's ``/DOUBLE``; by default double when X, Y or T is DOUBLE.

    Returns
    -------
    ndarray (numpy scalar for a single point)
        float32 or float64 (see ``double``).

    Raises
    ------
    ValueError
        ``"SPLINE: X and Y must be arrays of 3 or more elements."``; X not strictly
        increasing.
    TypeError
        ``"SPLINE: ..."`` for complex, string or other non-numeric input.

    Notes
    -----
    This is *not* a plain cubic spline and not ``scipy.interpolate.CubicSpline``: IDL's
    SPLINE (lib/spline.pro, after W. W. Jones's 1976 routine, Cline's "curve fitting
    with splines under tension") uses hyperbolic functions with tension
    ``sigma*(n-1)/(x[n-1]-x[0])`` and end slopes from the parabola through the 3 end
    points. Points beyond the ends use the end intervals' curves. compat follows IDL
    8.0's spline.pro formula by formula (float64 throughout, tridiagonal system solved
    as a banded system), including its use of the first interval's diagonal term in the
    last row (which differs from Cline's algorithm for unevenly spaced X).

    GDL 1.0.1 replaces SPLINE by a natural cubic spline (SPL_INIT/SPL_INTERP) and
    ignores Sigma, so its results differ from IDL's (recorded in the golden suite).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import spline
    >>> x = np.array([2., 3., 4.], dtype=np.float32)
    >>> r = spline(x, (x - 3) ** 2, np.array([2., 2.5, 3., 3.5, 4.], dtype=np.float32))
    >>> r.dtype, r[[0, 2, 4]]
    (dtype('float32'), array([1., 0., 1.], dtype=float32))
    """
    xa = idl_array(x, "X", complex_ok=False, empty_ok=True).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False, empty_ok=True).reshape(-1)
    ta = idl_array(t, "T", complex_ok=False, empty_ok=True)
    n = min(xa.size, ya.size)
    if n <= 2:
        raise CompatValueError("X and Y must be arrays of 3 or more elements.")
    xa, ya = xa[:n], ya[:n]
    if not np.all(np.diff(xa.astype(np.float64)) > 0):
        raise CompatValueError("X must be strictly monotonically increasing")
    dbl = double if double is not None else any(
        a.dtype == np.float64 for a in (xa, ya, ta))
    if sigma is None:
        s = 1.0
    else:
        sv = idl_array(sigma, "Sigma", complex_ok=False, scalar=True)
        s = max(float(sv), 0.001)
        if not dbl:
            s = float(np.float32(s))
    out = tension_spline_core(xa.astype(np.float64), ya.astype(np.float64),
                              ta.astype(np.float64), s)
    out = np.asarray(out).astype(np.float64 if dbl else np.float32)
    return out[()] if out.ndim == 0 or out.size == 1 and ta.ndim == 0 else out


# ---------------------------------------------------------------------------- SPL_INIT
def _derivative(value, label):
    """An end derivative (YP0, YPN_1) as a float, None when not given."""
    if value is None:
        return None
    return float(idl_array(value, label, complex_ok=False, scalar=True))


@idl_routine("SPL_INIT")
def spl_init(x, y, yp0=None, ypn_1=None, *, double=False):
    """Second derivatives of the cubic spline through (x, y), as IDL's ``SPL_INIT``.

    IDL call forms::

        Result = SPL_INIT(X, Y [, YP0=value] [, YPN_1=value] [, /DOUBLE])

    Python::

        compat.idl.spl_init(x, y, yp0=None, ypn_1=None, *, double=False)

    Parameters
    ----------
    x : array_like
        Abscissae, monotonically increasing (at least 2 points; all elements used).
    y : array_like
        Ordinates, same number of elements.
    yp0, ypn_1 : float, optional
        First derivative of the spline at x[0] / x[n-1]. When omitted that end is
        "natural" (second derivative 0).
    double : bool
        IDL's ``/DOUBLE``: return DOUBLE.

    Returns
    -------
    ndarray, 1-D
        The spline's second derivative at every x, for :func:`compat.idl.spl_interp`.
        float32 (FLOAT) unless ``double`` or X or Y is DOUBLE (then float64).

    Raises
    ------
    ValueError
        ``"SPL_INIT: ..."`` for fewer than 2 points, X and Y of different lengths,
        X not strictly increasing.
    TypeError
        ``"SPL_INIT: ..."`` for complex, string or other non-numeric input.

    Notes
    -----
    The spline is Numerical Recipes' SPLINE (Press et al., 2nd ed., sect. 3.3), which
    IDL's reference cites for SPL_INIT: natural unless YP0/YPN_1 are given. scipy's
    ``CubicSpline(x, y, bc_type='natural')`` is the same spline, but the default
    ``bc_type='not-a-knot'`` is a different one, and scipy returns coefficients, not
    the second derivatives that SPL_INTERP expects. compat solves the tridiagonal system
    in float64 (LAPACK banded solver) and rounds once: float32 results are the correctly
    rounded second derivatives, IDL/GDL's single-precision recurrence can differ by a
    few float32 ulps.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import spl_init
    >>> x = np.arange(5, dtype=np.float32)
    >>> spl_init(x, x ** 3, yp0=0.0, ypn_1=48.0)
    array([ 0.,  6., 12., 18., 24.], dtype=float32)
    """
    xa = idl_array(x, "X", complex_ok=False, empty_ok=True).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False, empty_ok=True).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must have the same number of elements "
                        f"({xa.size} and {ya.size})")
    if xa.size < 2:
        raise CompatValueError("X and Y must have at least 2 elements")
    if not np.all(np.diff(xa.astype(np.float64)) > 0):
        raise CompatValueError("X must be strictly monotonically increasing")
    d0 = _derivative(yp0, "YP0")
    dn = _derivative(ypn_1, "YPN_1")
    dbl = double or xa.dtype == np.float64 or ya.dtype == np.float64
    y2 = spl_init_core(xa.astype(np.float64), ya.astype(np.float64), d0, dn)
    return y2.astype(np.float64 if dbl else np.float32)


# -------------------------------------------------------------------------- SPL_INTERP
@idl_routine("SPL_INTERP")
def spl_interp(x, y, y2, x2, *, double=False):
    """Cubic-spline interpolates at ``x2``, as IDL's ``SPL_INTERP``.

    IDL call forms::

        Result = SPL_INTERP(X, Y, Y2, X2 [, /DOUBLE])

    Python::

        compat.idl.spl_interp(x, y, y2, x2, *, double=False)

    Parameters
    ----------
    x, y : array_like
        The knots given to :func:`compat.idl.spl_init` (x increasing).
    y2 : array_like
        SPL_INIT's second derivatives.
    x2 : array_like
        Where to evaluate; any order; values outside [x[0], x[n-1]] are extrapolated
        with the end interval's cubic (Numerical Recipes SPLINT, which IDL follows).
    double : bool
        IDL's ``/DOUBLE``.

    Returns
    -------
    ndarray (numpy scalar for scalar ``x2``)
        float32 unless ``double`` or any argument is DOUBLE (GDL 1.0.1:
        ``spl_interp(x, y, y2, 1.5d)`` is DOUBLE).

    Raises
    ------
    ValueError
        ``"SPL_INTERP: ..."`` for X, Y, Y2 of different lengths or fewer than 2 points.
    TypeError
        ``"SPL_INTERP: ..."`` for complex, string or other non-numeric input.

    Notes
    -----
    The interval of each x2 is found by SPLINT's bisection (klo with x[klo] <= x2 <
    x[klo+1], clipped to the end intervals); the value is
    ``a*y[klo] + b*y[khi] + ((a^3-a)*y2[klo] + (b^3-b)*y2[khi])*h^2/6``. Computed in
    float64 and rounded once. ``scipy.interpolate.CubicSpline`` needs no y2 but
    extrapolates the same way only with the matching ``bc_type``. Sources: IDL Reference
    Guide, SPL_INTERP; W. H. Press et al., Numerical Recipes, sect. 3.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import spl_init, spl_interp
    >>> x = np.arange(5, dtype=np.float32)
    >>> y = x ** 3
    >>> spl_interp(x, y, spl_init(x, y, yp0=0.0, ypn_1=48.0), np.float32([0.5, 2.5]))
    array([ 0.125, 15.625], dtype=float32)
    """
    xa = idl_array(x, "X", complex_ok=False, empty_ok=True).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False, empty_ok=True).reshape(-1)
    y2a = idl_array(y2, "Y2", complex_ok=False, empty_ok=True).reshape(-1)
    xq = idl_array(x2, "X2", complex_ok=False, empty_ok=True)
    if not (xa.size == ya.size == y2a.size):
        raise CompatValueError(f"X, Y and Y2 must have the same number of elements "
                        f"({xa.size}, {ya.size}, {y2a.size})")
    if xa.size < 2:
        raise CompatValueError("X, Y and Y2 must have at least 2 elements")
    dbl = double or any(a.dtype == np.float64 for a in (xa, ya, y2a, xq))
    out = spl_interp_core(xa.astype(np.float64), ya.astype(np.float64),
                          y2a.astype(np.float64), xq.astype(np.float64))
    out = np.asarray(out).astype(np.float64 if dbl else np.float32)
    return out[()] if out.ndim == 0 else out
