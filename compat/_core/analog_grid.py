"""MATLAB's automatic frequency grid of ``freqs`` (the auto-ranging of Bode plots):
a logarithmic base range from the poles and zeros, refined around lightly damped ones,
then resampled to the requested count.

Sources (facts, not code): MATLAB's documentation of ``freqs`` (``[h, w] = freqs(b, a)``
picks 200 frequencies, ``freqs(b, a, n)`` picks ``n``, chosen from the poles and zeros);
MATLAB's freqs.m and its freqint (J. N. Little, A. Grace; Signal Processing Toolbox)
for the rules: the decades from the poles and zeros (zeros beyond 1e5 ignored, pure
integrators shifted by 1), the extra points per oscillatory pole or zero, and the
log-linear resampling to ``n`` points.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.half_away import round_half_away

__all__ = ["auto_frequencies"]


def _round(v: float) -> int:
    """MATLAB's round (half away from zero) as a Python int."""
    return int(round_half_away(v))


def _logspace(a: float, b: float, n) -> np.ndarray:
    n = int(math.floor(n))
    if n < 1:
        return np.zeros(0)
    if n == 1:
        return np.array([10.0 ** b])
    return 10.0 ** (a + np.arange(n) * (b - a) / (n - 1))


def _base_grid(num: np.ndarray, den: np.ndarray, npts: int) -> np.ndarray:
    ep = np.roots(den) if den.size > 1 else np.zeros(0)
    tz = np.roots(num) if num.size > 1 else np.zeros(0)
    if ep.size == 0:
        ep = np.array([-1000.0 + 0j])
    ep = ep.astype(complex)
    tz = tz.astype(complex)
    ez = np.concatenate([ep[ep.imag >= 0], tz[(np.abs(tz) < 1e5) & (tz.imag >= 0)]])
    integ = (np.abs(ez) < 1e-10).astype(float)
    high = _round(math.log10(np.max(3 * np.abs(ez.real + integ) + 1.5 * ez.imag)) + 0.5)
    low = _round(math.log10(0.1 * np.min(np.abs(ez.real + integ) + 2 * ez.imag)) - 0.5)
    diffzp = ep.size - tz.size
    extra = 10 if np.sum(np.abs(tz.imag) < np.abs(tz.real)) > 0 else 0
    w = _logspace(low, high, npts + diffzp + extra)
    ez = ez[ez.imag > np.abs(ez.real)]
    if ez.size:
        f = w
        npts2 = 2 + 8 / math.ceil(abs((diffzp + np.finfo(float).eps) / 10))
        order = np.argsort(-np.abs(ez.real), kind="stable")
        z = np.zeros(0)
        for i in order:
            re, im = abs(ez[i].real), ez[i].imag
            r1 = max(0.8 * im - 3 * re, 10.0 ** low)
            r2 = 1.2 * im + 4 * re
            z = z[(z > r2) | (z < r1)]
            f = f[(f > r2) | (f < r1)]
            count = np.sum((w <= r2) & (w >= r1)) + npts2
            z = np.concatenate([z, _logspace(math.log10(r1), math.log10(r2), count)])
        w = np.sort(np.concatenate([f, z]))
    return w


def auto_frequencies(num: np.ndarray, den: np.ndarray, n: int) -> np.ndarray:
    """``n`` frequencies (rad/s) for the analog filter ``num/den`` (descending powers of
    s): the base grid, its log10 linearly interpolated at ``n`` evenly spaced positions
    along its index."""
    base = _base_grid(np.asarray(num, float), np.asarray(den, float), n)
    m = base.size
    if n == 1:
        xi = np.array([1.0])
    else:
        xi = 1 + np.arange(n) * (m - 1) / (n - 1)
    return 10.0 ** np.interp(xi, np.arange(1, m + 1), np.log10(base))
