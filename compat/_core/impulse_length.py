"""How many samples of an impulse response to show: MATLAB's ``impzlength`` rule, used by
``impz`` and ``stepz`` when no length is given.

Source: MATLAB documentation of ``impzlength`` ("Algorithms"): a FIR filter gives
``length(b)``; otherwise the poles are the roots of ``a``; an unstable filter runs until
the term of its largest pole has grown 10^6 times; a stable one until the term of its
largest-magnitude pole has decayed to ``tol`` (5e-5) times its start. The rounding is
down: the documentation's printed lengths (93 for ``b = 1, a = [1 -0.9]``, 80 for
``ellip(4, 1, 60, 0.4)``) are ``floor(log(tol)/log(max|p|))`` (93.996 and 80.68).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["impulse_length", "DEFAULT_TOL"]

DEFAULT_TOL = 5e-5
_UNIT = 1e-4  # poles within this distance of the unit circle are marginal


def impulse_length(b: np.ndarray, a: np.ndarray, tol: float = DEFAULT_TOL) -> int:
    """Number of samples ``impz(b, a)`` returns (``b``, ``a`` in powers of ``z^-1``)."""
    a = np.trim_zeros(np.asarray(a), "b")
    if a.size <= 1:
        return int(np.asarray(b).size)
    poles = np.roots(a)
    poles = poles[poles != 0]
    if poles.size == 0:
        return int(max(np.asarray(b).size, a.size))
    mags = np.abs(poles)
    top = float(mags.max())
    if top > 1 + _UNIT:  # unstable: the largest pole's term grows 10^6 times
        return int(math.floor(6 / math.log10(top)))
    damped = mags[mags < 1 - _UNIT]
    marginal = poles[mags >= 1 - _UNIT]
    length = 0
    if damped.size:
        length = int(math.floor(math.log(tol) / math.log(float(damped.max()))))
    if marginal.size:
        angles = np.abs(np.angle(marginal))
        if np.any(angles < 1e-12):
            raise CompatValueError("The filter has a pole at z = 1 (an integrator): its "
                                   "impulse response does not decay; give the number of "
                                   "samples n.")
        # five periods of the slowest oscillation on the unit circle
        length = max(length, int(math.ceil(5 * 2 * math.pi / float(angles.min()))))
    return max(length, 1)
