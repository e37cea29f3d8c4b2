"""IDL ``INTERPOL``: interpolate a vector on a regular or irregular grid (linear,
quadratic, least-squares quadratic or 4-point spline), extrapolating from the end
intervals."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import check_numeric, idl_float_type, value_locate
from compat._core.legacy import idl_routine

__all__ = ["interpol"]

# IDL's interpol.pro takes differences of unsigned and byte data in a signed type
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
        ``"INTERPOL: ..."`` for strings, booleans, non-numeric input.

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
    compat raises instead of returning garbage. GDL 1.0.1 drops the imaginary part of
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
    name = "interpol"
    vv = check_numeric(name, v, "V").reshape(-1)
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
        xx = check_numeric(name, x, "X", allow_complex=False).reshape(-1)
        xo_arr = check_numeric(name, xout, "XOUT", allow_complex=False)
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
        work = idl_float_type(vv, xq)
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
    work = idl_float_type(vv, xgrid if xgrid is not None else np.float32(0), xo)

    if lsquadratic:
        s = np.clip(s, 1, m - 3)
        s0 = s - 1
        rows = s0[:, None] + np.arange(4)
        x4 = (s0[:, None] + np.arange(4)).astype(np.float64) if regular else \
            xgrid[rows].astype(np.float64)
        wk = np.complex128 if vv.dtype.kind == "c" else np.float64
        res = _ls2(x4, vv[rows].astype(wk), xo.astype(np.float64))
        rtype = idl_float_type(vv)
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
        rtype = idl_float_type(vv)
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
