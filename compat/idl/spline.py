"""IDL ``SPLINE``: interpolation by a cubic spline under tension."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import check_numeric, tension_spline_core
from compat._core.legacy import idl_routine

__all__ = ["spline"]


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
        ``"SPLINE: ..."`` for complex, string or boolean input.

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
    name = "spline"
    xa = check_numeric(name, x, "X", allow_complex=False).reshape(-1)
    ya = check_numeric(name, y, "Y", allow_complex=False).reshape(-1)
    ta = check_numeric(name, t, "T", allow_complex=False)
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
        sv = np.asarray(sigma)
        if isinstance(sigma, (str, bytes)) or sv.size != 1 or sv.dtype.kind not in "iuf":
            raise CompatTypeError("Sigma must be a real numeric scalar")
        s = max(float(sv.reshape(())), 0.001)
        if not dbl:
            s = float(np.float32(s))
    out = tension_spline_core(xa.astype(np.float64), ya.astype(np.float64),
                              ta.astype(np.float64), s)
    out = np.asarray(out).astype(np.float64 if dbl else np.float32)
    return out[()] if out.ndim == 0 or out.size == 1 and ta.ndim == 0 else out
