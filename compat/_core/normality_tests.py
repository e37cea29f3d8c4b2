"""The Jarque-Bera statistic as MATLAB's jbtest defines it, with the chi-square limit.

``JB = n/6 (s^2 + (k - 3)^2/4)`` with the sample skewness ``s = m3 / m2^(3/2)`` and
kurtosis ``k = m4 / m2^2`` from the biased central moments ``m_r = mean((x - mean
x)^r)`` (MATLAB's jbtest page; skewness and kurtosis with their default flag 1). Under
normality ``JB`` tends to a chi-square with two degrees of freedom: upper tail
``exp(-JB/2)`` and critical value ``-2 log(alpha)``. MATLAB's own p-value and critical
value for ``n <= 2000`` interpolate a Monte-Carlo table it does not publish; callers say
so.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["jarque_bera", "chi2_limit"]


def jarque_bera(x: np.ndarray) -> float:
    """``JB`` of the 1-D ``x`` (NaN already removed)."""
    d = x - np.mean(x)
    m2 = np.mean(d * d)
    m3 = np.mean(d * d * d)
    m4 = np.mean((d * d) * (d * d))
    with np.errstate(divide="ignore", invalid="ignore"):
        s = m3 / m2 ** 1.5
        k = m4 / (m2 * m2)
    return float(x.size / 6 * (s * s + (k - 3) ** 2 / 4))


def chi2_limit(jb: float, alpha: float) -> tuple[float, float]:
    """``(p, critval)`` from the chi-square(2) limit."""
    return math.exp(-jb / 2) if not math.isnan(jb) else float("nan"), -2 * math.log(alpha)
