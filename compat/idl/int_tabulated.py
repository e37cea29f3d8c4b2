"""IDL ``INT_TABULATED``: five-point Newton-Cotes (Boole) on a spline-resampled grid."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import spl_init_core, spl_interp_core
from compat._core.idl_numeric import idl_operand
from compat._core.legacy import idl_routine

__all__ = ["int_tabulated"]

_R = "INT_TABULATED"


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
    xv = idl_operand(_R, "X", x).reshape(-1)
    fv = idl_operand(_R, "F", f).reshape(-1)
    for name, v in (("X", xv), ("F", fv)):
        if v.dtype.kind == "c":
            raise CompatTypeError(f"{name} must be real")
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
