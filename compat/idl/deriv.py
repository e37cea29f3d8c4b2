"""IDL ``DERIV``: derivative by three-point Lagrangian interpolation."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_numeric import idl_operand
from compat._core.legacy import idl_routine

__all__ = ["deriv"]

_R = "DERIV"


def _vector(name, value):
    a = idl_operand(_R, name, value)
    if a.dtype.kind == "c":
        raise CompatTypeError(f"{name} must be real")
    return a.reshape(-1)


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
        float64 when any argument is float64, else float32 (IDL's FLOAT arithmetic).
        Interior points: the derivative at ``x[i]`` of the parabola through points
        ``i-1, i, i+1``; end points: the derivative of the parabola through the first
        (last) three points at the end point. One-argument form:
        ``(y[i+1] - y[i-1]) / 2``, ends ``(-3 y0 + 4 y1 - y2) / 2`` and
        ``(3 y[n-1] - 4 y[n-2] + y[n-3]) / 2``.

    Raises
    ------
    ValueError
        ``"DERIV: ..."`` for fewer than 3 points or X and Y of different sizes.
    TypeError
        ``"DERIV: ..."`` for strings, complex or non-IDL dtypes.

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
