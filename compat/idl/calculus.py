"""IDL's numerical calculus: DERIV (three-point Lagrange derivative) and INT_TABULATED
(five-point Newton-Cotes)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_interpolation import spl_init_core, spl_interp_core
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["deriv", "int_tabulated"]


# ------------------------------------------------------------------------------- DERIV

def _vector(name, value):
    """A real vector argument of DERIV (IDL reads N_ELEMENTS, any shape)."""
    return idl_array(value, name, complex_ok=False, empty_ok=True).reshape(-1)


@idl_routine("DERIV")
def deriv(x, y=None):
    """Numerical derivative by three-point Lagrangian interpolation, as IDL's ``DERIV``.

    IDL call forms::

        Result = DERIV([X,] Y)

    Python::

        compat.idl.deriv(y)          # unit spacing
        compat.idl.deriv(x, y)       # irregular abscissae

    Parameters
    ----------
    x : array_like
        With one argument: the data ``Y`` (unit spacing). With two: the abscissae,
        strictly distinct (any order; not sorted).
    y : array_like, optional
        The data, same number of elements as ``x``.

    Returns
    -------
    ndarray, shape (n,)
        float64 when any argument is float64, else float32 (IDL's FLOAT arithmetic); a
        list of Python floats is DOUBLE (``deriv([1., 3., 2., 5.])`` is float64), of
        Python ints INT (float32 result). Interior points: the derivative at ``x[i]`` of the parabola through points
        ``i-1, i, i+1``; end points: the derivative of the parabola through the first
        (last) three points at the end point. One-argument form:
        ``(y[i+1] - y[i-1]) / 2``, ends ``(-3 y0 + 4 y1 - y2) / 2`` and
        ``(3 y[n-1] - 4 y[n-2] + y[n-3]) / 2``.

    Raises
    ------
    ValueError
        ``"DERIV: ..."`` for fewer than 3 points or X and Y of different sizes.
    TypeError
        ``"DERIV: ..."`` for strings, complex or non-IDL dtypes (IDL's "Complex
        expression not allowed in this context: Y.").

    Notes
    -----
    Source: IDL Reference Guide, DERIV ("Perform numerical differentiation using
    3-point, Lagrangian interpolation"; the one-argument form assumes unit spacing) and
    the three-point Lagrange derivative formulas (e.g. Hildebrand, *Introduction to
    Numerical Analysis*, 1974, sec. 3.5). With x, for neighbours ``x0, x1, x2`` and
    ``x01 = x0 - x1``, ``x02 = x0 - x2``, ``x12 = x1 - x2``, the centre derivative is
    ``y0 x12/(x01 x02) + y1 (1/x12 - 1/x01) - y2 x01/(x02 x12)``. Equal neighbouring
    abscissae give Inf/NaN, as in IDL.

    Differences from ``numpy.gradient(y, x)``: numpy's second-order formula for uneven
    spacing is the same interior parabola, but its *ends* are first-order one-sided
    differences unless ``edge_order=2``, and numpy returns float64 for float32 data.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.deriv(np.array([0., 1, 4, 9, 16], np.float32))
    array([0., 2., 4., 6., 8.], dtype=float32)
    """
    if y is None:
        yv = _vector("Y", x)
        xv = None
    else:
        xv = _vector("X", x)
        yv = _vector("Y", y)
        if xv.size != yv.size:
            raise CompatValueError(f"X and Y must have the same number of elements "
                            f"({xv.size} and {yv.size})")
    n = yv.size
    if n < 3:
        raise CompatValueError(f"Parameters must have at least 3 points (got {n})")
    wide = yv.dtype == np.float64 or (xv is not None and xv.dtype == np.float64)
    ft = np.float64 if wide else np.float32
    yf = yv.astype(ft)
    if xv is None:
        d = np.empty(n, ft)
        d[1:-1] = (yf[2:] - yf[:-2]) / ft(2)
        d[0] = (ft(-3) * yf[0] + ft(4) * yf[1] - yf[2]) / ft(2)
        d[-1] = (ft(3) * yf[-1] - ft(4) * yf[-2] + yf[-3]) / ft(2)
        return d
    xf = xv.astype(ft)
    with np.errstate(divide="ignore", invalid="ignore"):
        x0, x1, x2 = xf[:-2], xf[1:-1], xf[2:]
        x01, x02, x12 = x0 - x1, x0 - x2, x1 - x2
        d = np.empty(n, ft)
        d[1:-1] = (yf[:-2] * (x12 / (x01 * x02)) + yf[1:-1] * (ft(1) / x12 - ft(1) / x01)
                   - yf[2:] * (x01 / (x02 * x12)))
        a01, a02, a12 = x01[0], x02[0], x12[0]
        d[0] = (yf[0] * (a01 + a02) / (a01 * a02) - yf[1] * a02 / (a01 * a12)
                + yf[2] * a01 / (a02 * a12))
        b01, b02, b12 = x01[-1], x02[-1], x12[-1]
        d[-1] = (-yf[-3] * b12 / (b01 * b02) + yf[-2] * b02 / (b01 * b12)
                 - yf[-1] * (b02 + b12) / (b02 * b12))
    return d


# ----------------------------------------------------------------------- INT_TABULATED
@idl_routine("INT_TABULATED")
def int_tabulated(x, f, *, sort=False, double=None):
    """Integral of tabulated data over ``[min(x), max(x)]``, as IDL's ``INT_TABULATED``.

    IDL call form::

        Result = INT_TABULATED(X, F [, /DOUBLE] [, /SORT])

    Python::

        compat.idl.int_tabulated(x, f, *, sort=False, double=None)

    Parameters
    ----------
    x, f : array_like
        Abscissae (distinct; ascending unless ``sort``) and values, same number of
        elements (at least 2).
    sort : bool
        IDL's /SORT: sort the pairs by ``x`` first. IDL sorts the caller's X and F in
        place; compat never modifies its inputs.
    double : bool, optional
        IDL's /DOUBLE: float64 result. Not given: float64 when ``x`` or ``f`` is float64,
        else float32.

    Returns
    -------
    numpy scalar (float32 or float64)

    Raises
    ------
    ValueError
        ``"INT_TABULATED: ..."`` for fewer than 2 points, different lengths, duplicate
        X values (IDL stops with a message), or unsorted X without ``sort``.
    TypeError
        ``"INT_TABULATED: ..."`` for strings, complex or non-IDL dtypes.

    Notes
    -----
    Algorithm (IDL Reference Guide, INT_TABULATED: "five-point Newton-Cotes integration
    formula"; the resampling as in IDL's library int_tabulated.pro): the number of
    segments ``n - 1`` is raised to the next multiple of 4; the natural cubic spline
    through the data (SPL_INIT/SPL_INTERP) is sampled at that many equal steps
    ``h = (max(x) - min(x)) / segments``; Boole's rule
    ``2h/45 (7 z0 + 32 z1 + 12 z2 + 32 z3 + 7 z4)`` is summed over each group of four
    steps. The spline and sum are computed in float64 and the result is rounded to the
    result type once (IDL computes in double internally when /DOUBLE, else it also
    calls the spline in double for accuracy; digits may differ at rounding level).
    The documentation's example prints 1.6232 for its 11-point table.

    GDL 1.0.1 has no INT_TABULATED (``% Function not found: INT_TABULATED``).

    Differences from ``scipy.integrate.simpson(f, x=x)``: Simpson's rule on the raw
    (uneven) samples gives 1.6036-like values in IDL's example where IDL gives 1.6232;
    IDL integrates the interpolating spline resampled on an even grid with Boole's
    rule. ``numpy.trapezoid`` gives 1.5648 there.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([0.0, .12, .22, .32, .36, .40, .44, .54, .64, .70, .80], np.float32)
    >>> f = np.array([0.200000, 1.30973, 1.30524, 1.74339, 2.07490, 2.45600,
    ...               2.84299, 3.50730, 3.18194, 2.36302, 0.231964], np.float32)
    >>> round(float(idl.int_tabulated(x, f)), 4)
    1.6232
    """
    xv = idl_array(x, "X", complex_ok=False, empty_ok=True).reshape(-1)
    fv = idl_array(f, "F", complex_ok=False, empty_ok=True).reshape(-1)
    if xv.size != fv.size:
        raise CompatValueError(f"X and F must have the same number of elements "
                        f"({xv.size} and {fv.size})")
    if xv.size < 2:
        raise CompatValueError("X and F must have at least 2 elements")
    if double is None:
        wide = np.float64 in (xv.dtype, fv.dtype)
    else:
        wide = bool(double)
    out = np.float64 if wide else np.float32
    xd = xv.astype(np.float64)
    fd = fv.astype(np.float64)
    if sort:
        order = np.argsort(xd, kind="stable")
        xd, fd = xd[order], fd[order]
    dx = np.diff(xd)
    if np.any(dx == 0):
        raise CompatValueError("X values must be unique (duplicate X values detected)")
    if np.any(dx < 0):
        raise CompatValueError("X must be in ascending order; set sort=True")
    segments = xd.size - 1
    if segments % 4:
        segments += 4 - segments % 4
    xmin, xmax = xd[0], xd[-1]
    h = (xmax - xmin) / segments
    grid = xmin + h * np.arange(segments + 1)
    z = spl_interp_core(xd, fd, spl_init_core(xd, fd), grid)
    k = np.arange(0, segments, 4)
    total = np.sum(2.0 * h * (7.0 * (z[k] + z[k + 4]) + 32.0 * (z[k + 1] + z[k + 3])
                              + 12.0 * z[k + 2]) / 45.0)
    return out(total)
