"""The impulse-invariant map of an analog filter to a digital one (MATLAB's
``impinvar``): the digital impulse response is ``T*h(nT)``, ``h`` the analog one.

MATLAB's documentation describes the partial-fraction route (residues ``r`` of
``b/a``, poles ``p`` mapped to ``exp(p/fs)``, the transfer function rebuilt from
``r/fs`` and those poles). compat computes the same filter without the residues:
the digital denominator is ``poly(exp(p*T))``, and since ``h(nT) = C*expm(A*T)^n*B``
for any realisation ``(A, B, C)`` of ``b/a``, the numerator is the first ``N``
coefficients of ``az * T*h(nT)`` (``N`` poles). Repeated poles need no tolerance this
way (MATLAB's ``tol`` only decides which poles it treats as repeated).
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

from compat._core.errors import CompatValueError
from compat._core.filter_design import tf2ss

__all__ = ["impulse_invariant"]


def impulse_invariant(b: np.ndarray, a: np.ndarray, fs: float):
    """``(bz, az)`` in powers of ``z^-1`` for the analog ``b(s)/a(s)`` (descending
    powers), sample rate ``fs``."""
    b = np.trim_zeros(np.asarray(b, float), "f")
    a = np.trim_zeros(np.asarray(a, float), "f")
    if a.size == 0:
        raise CompatValueError("The denominator must not be all zero.")
    if b.size == 0:
        b = np.zeros(1)
    if b.size >= a.size:
        raise CompatValueError("The numerator's order must be less than the "
                               "denominator's (a strictly proper analog filter).")
    T = 1.0 / fs
    n = a.size - 1
    A, B, C, _ = tf2ss(np.r_[np.zeros(a.size - b.size), b] / a[0], a / a[0])
    step = scipy.linalg.expm(A * T)
    state = B[:, 0].astype(float)
    h = np.empty(n)
    for k in range(n):  # n samples of the analog impulse response
        h[k] = float(C[0] @ state)
        state = step @ state
    az = np.poly(np.exp(np.roots(a) * T))
    az = az.real if np.all(np.abs(az.imag) <= 1e-12 * np.abs(az).max()) else az
    bz = T * np.convolve(az, h)[:n]
    return bz, az
