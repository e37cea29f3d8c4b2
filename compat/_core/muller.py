"""Muller's method for a root of a scalar function (Python-shaped core of IDL's FX_ROOT).

Muller (1956), as in Press et al., *Numerical Recipes in C*, 2nd ed., section 9.5: the
parabola through the last three iterates, its root nearer to the newest iterate (the
denominator ``B +- sqrt(B^2 - 4AC)`` of larger magnitude), in complex arithmetic so that
real starting points can reach complex roots.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

__all__ = ["muller"]


def muller(func: Callable, x: np.ndarray, *, tol: float, itmax: int, stop_on_value: bool,
           dtype: np.dtype) -> np.generic:
    """The root reached from the three starting points ``x`` (complex ``dtype``).

    Iterates until ``|x_new - x_prev| < tol`` (``stop_on_value`` False) or
    ``|func(x_new)| < tol`` (True), or ``itmax`` iterations; returns the last iterate.
    """
    one = dtype.type
    x0, x1, x2 = (one(v) for v in x)

    def f(v):
        return one(np.asarray(func(v)).reshape(-1)[0])

    f0, f1, f2 = f(x0), f(x1), f(x2)
    for _ in range(itmax):
        q = (x2 - x1) / (x1 - x0)
        q1 = one(1) + q
        a = q * f2 - q * q1 * f1 + q * q * f0
        b = (one(2) * q + one(1)) * f2 - q1 * q1 * f1 + q * q * f0
        c = q1 * f2
        disc = np.sqrt(b * b - one(4) * a * c)
        d_plus, d_minus = b + disc, b - disc
        den = d_plus if abs(d_plus) >= abs(d_minus) else d_minus
        x3 = x2 - (x2 - x1) * (one(2) * c / den)
        f3 = f(x3)
        x0, x1, x2 = x1, x2, x3
        f0, f1, f2 = f1, f2, f3
        if stop_on_value:
            if abs(f2) < tol:
                break
        elif abs(x2 - x1) < tol:
            break
    return x2
