"""Kolmogorov-Smirnov tests as MATLAB's Statistics Toolbox computes them (kstest,
kstest2).

One sample (kstest.m): the sample's empirical cdf at its distinct values (cdfcalc:
``(0:n)/n`` with ties merged), compared with the hypothesised cdf just before and at
each jump; the statistic ``max|S - F|`` (two-sided), ``max(S - F)`` ('larger') or
``max(F - S)`` ('smaller'). The two-sided p-value is exact (Marsaglia, Tsang and Wang
2003: with ``d = (k - h)/n``, the ``m = 2k - 1`` matrix ``T`` of ``1/i!`` terms corrected
in its first column and last row, scaled by its largest eigenvalue and raised to the
``n``-th power, ``p = 1 - n!/n^n lmax^n T^n(k, k)``) unless ``s = n d^2`` is in the far
tail (``s > 7.24``, or ``s > 3.76`` with ``n > 99``), where ``2 exp(-(2.000071 +
0.331/sqrt n + 1.409/n) s)``; the one-sided p-value is the Birnbaum-Tingey sum. The
critical value interpolates Miller's (1956) table for ``n <= 20`` with a not-a-knot
spline and uses Miller's approximation above, NaN outside its alpha range.

Two samples (kstest2.m): both empirical cdfs on the pooled sorted values; the
asymptotic p-value with ``lambda = max((sqrt(ne) + 0.12 + 0.11/sqrt(ne)) D, 0)``,
``ne = n1 n2/(n1 + n2)``: ``exp(-2 lambda^2)`` one-sided, ``2 sum_{j=1}^{101}
(-1)^(j-1) exp(-2 lambda^2 j^2)`` two-sided (clipped to [0, 1]).

``scipy.stats.kstest`` chooses its own exact/asymptotic method and ``ks_2samp``
defaults to the exact distribution for small samples: other p-values.
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special as sp
from scipy.interpolate import CubicSpline

from compat._core.libm import cabs

__all__ = ["empirical_steps", "one_sample", "two_sample", "critical_value"]

# Miller (1956), exact critical values of D_n, n = 1..20, at the one-sided levels
# 0.005, 0.01, 0.025, 0.05, 0.10 (the table MATLAB's kstest interpolates)
_LEVELS = np.array([0.005, 0.01, 0.025, 0.05, 0.10])
_MILLER = np.array([
    [0.99500, 0.99000, 0.97500, 0.95000, 0.90000],
    [0.92929, 0.90000, 0.84189, 0.77639, 0.68377],
    [0.82900, 0.78456, 0.70760, 0.63604, 0.56481],
    [0.73424, 0.68887, 0.62394, 0.56522, 0.49265],
    [0.66853, 0.62718, 0.56328, 0.50945, 0.44698],
    [0.61661, 0.57741, 0.51926, 0.46799, 0.41037],
    [0.57581, 0.53844, 0.48342, 0.43607, 0.38148],
    [0.54179, 0.50654, 0.45427, 0.40962, 0.35831],
    [0.51332, 0.47960, 0.43001, 0.38746, 0.33910],
    [0.48893, 0.45662, 0.40925, 0.36866, 0.32260],
    [0.46770, 0.43670, 0.39122, 0.35242, 0.30829],
    [0.44905, 0.41918, 0.37543, 0.33815, 0.29577],
    [0.43247, 0.40362, 0.36143, 0.32549, 0.28470],
    [0.41762, 0.38970, 0.34890, 0.31417, 0.27481],
    [0.40420, 0.37713, 0.33760, 0.30397, 0.26588],
    [0.39201, 0.36571, 0.32733, 0.29472, 0.25778],
    [0.38086, 0.35528, 0.31796, 0.28627, 0.25039],
    [0.37062, 0.34569, 0.30936, 0.27851, 0.24360],
    [0.36117, 0.33685, 0.30143, 0.27136, 0.23735],
    [0.35241, 0.32866, 0.29408, 0.26473, 0.23156]])


def empirical_steps(x: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(values, cdf)``: the distinct sorted values and the empirical cdf with a
    leading 0 (cdfcalc's ``yCDF``), NaN removed."""
    x = np.sort(x[~np.isnan(x)])
    n = x.size
    y = np.arange(1, n + 1) / n
    last = np.append(np.diff(x) > 0, True)
    return x[last], np.concatenate([[0.0], y[last]])


def _two_sided_p(n: int, d: float) -> float:
    s = n * d ** 2
    if s > 7.24 or (s > 3.76 and n > 99):
        return 2 * math.exp(-(2.000071 + .331 / math.sqrt(n) + 1.409 / n) * s)
    k = math.ceil(d * n)
    h = k - d * n
    m = 2 * k - 1
    if m > 1:
        i = np.arange(1, m + 1, dtype=np.float64)
        c = 1 / sp.gamma(i + 1)
        t = np.zeros((m, m))
        for row in range(m):                       # toeplitz(c, [1 1 0 ... 0])
            for col in range(m):
                t[row, col] = c[row - col] if row >= col else (1.0 if col == row + 1
                                                               else 0.0)
        t[:, 0] = t[:, 0] - h ** i / sp.gamma(i + 1)
        t[m - 1, :] = t[:, 0][::-1]
        t[m - 1, 0] = (1 - 2 * h ** m + max(0.0, 2 * h - 1) ** m) / sp.gamma(m + 1)
        ev = np.linalg.eigvals(t)
        lmax = ev[np.lexsort((np.angle(ev), cabs(ev)))[-1]]   # MATLAB's max
        lmax = float(lmax.real) if lmax.imag == 0 else lmax
        t = np.linalg.matrix_power(t / lmax, n)
    else:
        t = np.array([[(1 - 2 * h ** m + max(0.0, 2 * h - 1) ** m) / sp.gamma(m + 1)]])
        lmax = 1.0
    return float(np.real(1 - np.exp(sp.gammaln(n + 1) + n * np.log(lmax)
                                    - n * math.log(n)) * t[k - 1, k - 1]))


def _one_sided_p(n: int, d: float) -> float:
    t = n * d
    k = np.arange(math.ceil(t), n + 1, dtype=np.float64)
    with np.errstate(divide="ignore", invalid="ignore"):
        terms = np.exp(math.log(t) - n * math.log(n) + sp.gammaln(n + 1) - sp.gammaln(k + 1)
                       - sp.gammaln(n - k + 1) + k * np.log(k - t)
                       + (n - k - 1) * np.log(t + n - k))
    return float(np.cumsum(terms)[-1]) if terms.size else 0.0


def one_sample(x: np.ndarray, null_cdf, tail: int) -> tuple[float, float, int]:
    """``(statistic, p, n)`` of kstest; ``null_cdf(values)`` gives the hypothesised cdf
    at the sample's distinct values."""
    values, s = empirical_steps(x)
    n = int(np.count_nonzero(~np.isnan(x)))
    f = null_cdf(values)
    if tail == 0:
        delta = np.abs(np.concatenate([s[:-1] - f, s[1:] - f]))
    elif tail == -1:
        delta = np.concatenate([f - s[:-1], f - s[1:]])
    else:
        delta = np.concatenate([s[:-1] - f, s[1:] - f])
    d = float(np.max(delta))
    p = _two_sided_p(n, d) if tail == 0 else _one_sided_p(n, d)
    return d, p, n


def critical_value(n: int, alpha: float, tail: int) -> float:
    a1 = alpha / 2 if tail == 0 else alpha
    if not (0.005 <= a1 <= 0.10):
        return float("nan")
    if n <= 20:
        return float(CubicSpline(_LEVELS, _MILLER[n - 1], bc_type="not-a-knot")(a1))
    a = (0.09037 * (-math.log10(a1)) ** 1.5 + 0.01515 * math.log10(a1) ** 2
         - 0.08467 * a1 - 0.11143)
    asym = math.sqrt(-0.5 * math.log(a1) / n)
    return min(asym - 0.16693 / n - a / n ** 1.5, 1 - a1)


def two_sample(x1: np.ndarray, x2: np.ndarray, tail: int) -> tuple[float, float]:
    """``(statistic, p)`` of kstest2 (asymptotic p-value)."""
    x1, x2 = x1[~np.isnan(x1)], x2[~np.isnan(x2)]
    edges = np.concatenate([[-np.inf], np.sort(np.concatenate([x1, x2])), [np.inf]])
    # histc counts: bin i holds edges[i] <= v < edges[i+1]; the last bin v == edges[-1]
    c1 = np.cumsum(np.bincount(np.searchsorted(edges, x1, side="right") - 1,
                               minlength=edges.size)) / x1.size
    c2 = np.cumsum(np.bincount(np.searchsorted(edges, x2, side="right") - 1,
                               minlength=edges.size)) / x2.size
    s1, s2 = c1[:-1], c2[:-1]
    delta = np.abs(s1 - s2) if tail == 0 else (s2 - s1 if tail == -1 else s1 - s2)
    d = float(np.max(delta))
    n1, n2 = x1.size, x2.size
    ne = n1 * n2 / (n1 + n2)
    lam = max((math.sqrt(ne) + 0.12 + 0.11 / math.sqrt(ne)) * d, 0.0)
    if tail != 0:
        return d, math.exp(-2 * lam * lam)
    j = np.arange(1, 102, dtype=np.float64)
    terms = (-1.0) ** (j - 1) * np.exp(-2 * lam * lam * j ** 2)
    p = 2 * float(np.cumsum(terms)[-1])
    return d, min(max(p, 0.0), 1.0)
