"""Real n-th roots: the core of MATLAB's ``nthroot``.

MATLAB computes ``nthroot(x, n)`` as the real root ``s*|x|^(1/n)`` (``s`` the sign of
``x``, +1 for zero) and then takes **one Newton step** on ``y^n = x`` wherever ``x`` is
non-zero, ``|x| < 1/eps`` of the result class and ``n`` finite, "to correct numerical
errors (since, e.g., 64^(1/3) is not exactly 4)" (MATLAB's nthroot.m, R2010-R2024, and
its reference page). The step makes the roots of perfect powers exact:
``64**(1/3)`` is ``3.9999999999999996`` and the step returns 4; ``nthroot(-27, 3)`` is
exactly -3 (MATLAB's documentation prints ``ans = -3``). GNU Octave 7.3 takes a
different route (``cbrt`` for n = 3 without a step, another correction formula for other
``n``), so its results can differ in the last bit: Octave's ``nthroot(27, 3)`` is
``3.0000000000000004``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["real_nth_root", "odd_integer"]


def odd_integer(n: np.ndarray) -> np.ndarray:
    """Where ``n`` is an odd integer, as MATLAB's ``mod(n, 2) == 1`` (negative odd
    integers included; NaN and Inf are not)."""
    with np.errstate(invalid="ignore"):
        return np.mod(n, 2) == 1


def real_nth_root(x: np.ndarray, n: np.ndarray) -> np.ndarray:
    """The real ``n``-th roots of ``x`` (broadcast arrays of one float dtype), with
    MATLAB's Newton correction. The caller has checked that a negative ``x`` has an
    odd integer ``n``."""
    dtype = x.dtype
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        sign = np.sign(x) + (x == 0)
        y = sign * np.abs(x) ** (np.asarray(1, dtype) / n)
        step = (x != 0) & (np.abs(x) < 1 / np.finfo(dtype).eps) & np.isfinite(n)
        if np.any(step):
            newton = y - (y ** n - x) / (n * y ** (n - 1))
            y = np.where(step, newton, y)
    return np.asarray(y, dtype=dtype)
