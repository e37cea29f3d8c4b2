"""IDL ``SPL_INTERP``: evaluate the cubic spline prepared by SPL_INIT."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_interpolation import check_numeric, spl_interp_core
from compat._core.legacy import idl_routine

__all__ = ["spl_interp"]


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
        ``"SPL_INTERP: ..."`` for complex, string or boolean input.

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
    name = "spl_interp"
    xa = check_numeric(name, x, "X", allow_complex=False).reshape(-1)
    ya = check_numeric(name, y, "Y", allow_complex=False).reshape(-1)
    y2a = check_numeric(name, y2, "Y2", allow_complex=False).reshape(-1)
    xq = check_numeric(name, x2, "X2", allow_complex=False)
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
