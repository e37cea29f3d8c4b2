"""IDL's ordinary differential equation steppers: RK4, over
:mod:`compat._core.ode_steps`."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.legacy import idl_routine
from compat._core.ode_steps import runge_kutta4_step

__all__ = ["rk4"]


@idl_routine("RK4")
def rk4(y, dydx, x, h, derivs, *, double=False):
    """One fourth-order Runge-Kutta step, as IDL's ``RK4``.

    IDL call form::

        Result = RK4(Y, Dydx, X, H, Derivs [, /DOUBLE])

    Python::

        compat.idl.rk4(y, dydx, x, h, derivs, *, double=False)

    Parameters
    ----------
    y : array_like
        The dependent variables at ``x`` (a vector; a scalar is one variable).
    dydx : array_like
        Their derivatives at ``x`` (as many values as ``y``), usually
        ``derivs(x, y)``.
    x, h : scalar
        The independent variable and the step.
    derivs : callable
        IDL's Derivs, the name of a user function ``Result = Derivs(X, Y)``: in Python
        the function itself, called as ``derivs(x, y)`` and returning the derivatives
        (as many as ``y``). A string raises ``TypeError`` (pass the Python function).
    double : bool
        /DOUBLE: compute in double precision. Without it the computation is in DOUBLE
        when any of Y, Dydx, X, H is DOUBLE, else in FLOAT.

    Returns
    -------
    ndarray
        ``y`` at ``x + h``, of ``y``'s shape.

    Raises
    ------
    ValueError
        ``"RK4: ..."`` when Dydx or the function's result does not have Y's number of
        elements, or X or H is not a scalar.

    Notes
    -----
    IDL Reference Guide, RK4 ("uses the fourth-order Runge-Kutta method", after
    Numerical Recipes, section 16.1): compat follows ``rk4`` operation for operation in
    the working precision, so results are bit-identical to GDL 1.0.1's RK4 in FLOAT and
    DOUBLE on the golden suite ``idl/odes``; the user function's own precision counts
    (IDL's ``0.3`` literal is a FLOAT: write ``np.float32(0.3)`` in the Python port).

    Differences from ``scipy.integrate.solve_ivp(..., method='RK45')`` or
    ``RK45``'s single step: those are adaptive embedded (Dormand-Prince) methods with
    ``f(t, y)`` argument order and float64 arithmetic; RK4 is one fixed step of the
    classical method, with IDL's ``Derivs(X, Y)`` order.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import rk4
    >>> f = lambda x, y: -y
    >>> y0 = np.array([1.0])
    >>> rk4(y0, f(0.0, y0), 0.0, 0.1, f)  # exp(-0.1) = 0.904837418...
    array([0.9048375])
    """
    if isinstance(derivs, (str, bytes)) or not callable(derivs):
        raise CompatTypeError("Derivs must be a Python function f(x, y) (IDL's "
                              f"function name {derivs!r} cannot be called).")
    ya = idl_array(y, "Y", complex_ok=False)
    da = idl_array(dydx, "Dydx", complex_ok=False)
    xa = idl_array(x, "X", complex_ok=False)
    ha = idl_array(h, "H", complex_ok=False)
    for name, v in (("X", xa), ("H", ha)):
        if v.size != 1:
            raise CompatValueError(f"{name} must be a scalar, got {v.size} elements.")
    if da.size != ya.size:
        raise CompatValueError(f"Dydx must have as many elements as Y ({da.size} "
                               f"instead of {ya.size}).")
    dtype = float_type(promote(ya.dtype, da.dtype, xa.dtype, ha.dtype), double)
    shape = ya.shape
    n = ya.size

    def checked(xv, yv):
        out = np.asarray(derivs(xv, yv.reshape(shape)))
        if out.size != n:
            raise CompatValueError(f"Derivs returned {out.size} values for {n} "
                                   "variables.")
        return out.reshape(-1)

    out = runge_kutta4_step(ya.reshape(-1), da.reshape(-1), xa.reshape(-1)[0],
                            ha.reshape(-1)[0], checked, np.dtype(dtype))
    return out.reshape(shape)
