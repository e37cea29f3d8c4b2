"""Single steps of ODE integrators as IDL's routines take them (Python-shaped cores).

* :func:`runge_kutta4_step` -- IDL's ``RK4``: one classical fourth-order Runge-Kutta
  step in Numerical Recipes' arrangement (Press et al., *Numerical Recipes in C*,
  2nd ed., section 16.1, ``rk4``), in the working precision of the arguments.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = ["runge_kutta4_step"]


def runge_kutta4_step(y: np.ndarray, dydx: np.ndarray, x, h,
                      derivs: Callable[[object, np.ndarray], np.ndarray],
                      dtype: np.dtype) -> np.ndarray:
    """``y(x + h)`` from ``y(x)`` and ``dydx = derivs(x, y)`` by one RK4 step.

    The operations are Numerical Recipes' in its order: two midpoint slopes (the second
    evaluated at the first's estimate), the end slope at ``y + h * dym`` after
    ``dym`` has been replaced by the sum of the midpoint slopes, and
    ``y + h/6 * (dydx + dyt + 2 * dym)``, every operation rounded to ``dtype`` (float32
    arithmetic stays float32). ``derivs`` is called three times.
    """
    one = dtype.type
    x = one(x)
    h = one(h)
    y = y.astype(dtype, copy=False)
    dydx = dydx.astype(dtype, copy=False)
    hh = h * one(0.5)
    h6 = h / one(6)
    xh = x + hh

    def slope(xv, yv):
        return np.asarray(derivs(xv, yv)).astype(dtype, copy=False)

    dyt = slope(xh, y + hh * dydx)
    dym = slope(xh, y + hh * dyt)
    yt = y + h * dym
    dym = dym + dyt
    dyt = slope(x + h, yt)
    return y + h6 * (dydx + dyt + one(2) * dym)
