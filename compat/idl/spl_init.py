"""IDL ``SPL_INIT``: second derivatives of the interpolating cubic spline."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import check_numeric, spl_init_core
from compat._core.legacy import idl_routine

__all__ = ["spl_init"]


def _derivative(name, value, label):
    if value is None:
        return None
    v = np.asarray(value)
    if isinstance(value, (str, bytes)) or v.size != 1 or v.dtype.kind not in "iuf":
        raise CompatTypeError(f"{label} must be a real numeric scalar")
    return float(v.reshape(()))


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
        ``"SPL_INIT: ..."`` for complex, string or boolean input.

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
    name = "spl_init"
    xa = check_numeric(name, x, "X", allow_complex=False).reshape(-1)
    ya = check_numeric(name, y, "Y", allow_complex=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must have the same number of elements "
                        f"({xa.size} and {ya.size})")
    if xa.size < 2:
        raise CompatValueError("X and Y must have at least 2 elements")
    if not np.all(np.diff(xa.astype(np.float64)) > 0):
        raise CompatValueError("X must be strictly monotonically increasing")
    d0 = _derivative(name, yp0, "YP0")
    dn = _derivative(name, ypn_1, "YPN_1")
    dbl = double or xa.dtype == np.float64 or ya.dtype == np.float64
    y2 = spl_init_core(xa.astype(np.float64), ya.astype(np.float64), d0, dn)
    return y2.astype(np.float64 if dbl else np.float32)
