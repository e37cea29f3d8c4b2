"""The Wilcoxon rank sum and signed rank tests as MATLAB's ``ranksum`` and
``signrank`` compute them.

The statistic is the sum ``w`` of the mid-ranks (ties share the mean rank) of the
smaller sample (``x`` when the sizes are equal) in the pooled data. The exact
p-values come from the permutation distribution of that sum -- every choice of
``ns`` of the ``N`` pooled mid-ranks equally likely -- which MATLAB enumerates
(``nchoosek``) or walks with a network algorithm; here it is counted by dynamic
programming over the doubled (integer) mid-ranks, the same distribution. ``'both'``
doubles the smaller tail (capped at 1); ``'right'``/``'left'`` read the tail of the
statistic for ``x``. The normal approximation uses ``mean = ns (N + 1) / 2``,
``var = nx ny ((N + 1) - sum(t^3 - t) / (N (N - 1))) / 12`` (``t`` the tie-group
sizes) and a continuity correction of 1/2 toward the mean.

``signrank``: differences ``x - y`` within ``eps(x) + eps(y)`` of zero are dropped
(exactly zero for one sample), the absolute differences are mid-ranked (values within
the sum of their two tolerances tie), ``w`` is the rank sum of the positive
differences; exact (``n <= 15`` by default) from the distribution of the sum of a random
subset of the ranks (each sign equally likely), ``'both'`` doubling the smaller tail;
otherwise ``z = (w - n(n+1)/4) / sqrt((n(n+1)(2n+1) - sum(t^3 - t)/2) / 24)``, without a
continuity correction for ``'both'`` and with 1/2 toward the mean for one tail.

``signtest`` (the sign test, no ranks): differences exactly zero or NaN dropped, ``n``
left, ``npos``/``nneg`` the positive/negative counts; exact (``n < 100`` by default) from
the binomial(n, 1/2) distribution -- ``'both'`` ``min(1, 2 binocdf(min(npos, nneg)))``,
``'right'`` ``binocdf(nneg)``, ``'left'`` ``binocdf(npos)`` -- otherwise ``z = (npos -
nneg - c)/sqrt(n)`` with the continuity correction ``c = sign(npos - nneg)`` for
``'both'`` (p = ``2 Phi(-|z|)``), ``+1`` for ``'right'`` (p = ``Phi(-z)``) and ``-1`` for
``'left'`` (p = ``Phi(z)``): a count changes ``npos - nneg`` by 2, so half a step is 1.

``scipy.stats.mannwhitneyu`` reports U rather than the rank sum, and its default
method choice and tie handling differ; ``scipy.stats.wilcoxon`` drops zeros the same
way but corrects continuity differently.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import normal_distribution as normal

__all__ = ["mid_ranks", "rank_sum_test", "signed_rank_test", "sign_test"]


def mid_ranks(values: np.ndarray, tolerance: np.ndarray | None = None
              ) -> tuple[np.ndarray, float]:
    """MATLAB's ``tiedrank``: 1-based ranks with ties at their mean, and the tie
    adjustment ``sum(t^3 - t) / 2``. With ``tolerance``, neighbours in sorted order that
    differ by no more than the sum of their tolerances tie."""
    order = np.argsort(values, kind="stable")
    sorted_values = values[order]
    ranks = np.empty(values.size, dtype=np.float64)
    if tolerance is None:
        new_group = sorted_values[1:] != sorted_values[:-1]
    else:
        tol = tolerance[order]
        new_group = np.diff(sorted_values) > tol[1:] + tol[:-1]
    starts = np.flatnonzero(np.r_[True, new_group])
    ends = np.r_[starts[1:], values.size]
    mean_rank = (starts + ends + 1) / 2.0
    ranks[order] = np.repeat(mean_rank, ends - starts)
    t = (ends - starts).astype(np.float64)
    return ranks, float(np.sum(t ** 3 - t) / 2)


def _sum_distribution(doubled: np.ndarray, k: int) -> np.ndarray:
    """Counts of every sum of ``k`` of the integers ``doubled`` (index = sum)."""
    total = int(doubled.sum())
    counts = np.zeros((k + 1, total + 1))
    counts[0, 0] = 1.0
    for r in doubled:                   # one pass per pooled value: the knapsack
        r = int(r)                      # recurrence has no vector form over values
        counts[1:, r:] = counts[1:, r:] + counts[:-1, :total + 1 - r]
    return counts[k]


def rank_sum_test(x: np.ndarray, y: np.ndarray, *, method: str | None, tail: str):
    """``(p, ranksum of x, zval or None)`` of MATLAB's ranksum for the NaN-free
    samples ``x`` and ``y``; ``method`` 'exact', 'approximate' or None (MATLAB's
    default choice), ``tail`` 'both', 'right' or 'left'."""
    nx, ny = x.size, y.size
    ns = min(nx, ny)
    same_order = nx <= ny
    small, large = (x, y) if same_order else (y, x)
    if method is None:
        method = "exact" if ns < 10 and nx + ny < 20 else "approximate"
    ranks, tieadj = mid_ranks(np.concatenate([small, large]))
    w = float(ranks[:ns].sum())
    stat = w if same_order else float(ranks[ns:].sum())
    if method == "exact":
        doubled = np.rint(2 * ranks).astype(np.int64)
        counts = _sum_distribution(doubled, ns)
        total = counts.sum()
        w2 = int(round(2 * w))
        below = counts[:w2].sum() / total
        at = counts[w2] / total
        above = counts[w2 + 1:].sum() / total
        lo, hi = below + at, above + at
        if tail == "both":
            p = min(2 * min(lo, hi), 1.0)
        elif (tail == "right") == same_order:
            p = hi
        else:
            p = lo
        return p, stat, None
    n = nx + ny
    mean = ns * (n + 1) / 2
    ties = 2 * tieadj / (n * (n - 1))
    sd = math.sqrt(nx * ny * ((n + 1) - ties) / 12)
    wc = w - mean
    if tail == "both":
        z = (wc - 0.5 * np.sign(wc)) / sd
        z = z if same_order else -z
        p = 2 * normal.standard_cdf(-abs(z))
    elif tail == "right":
        z = (wc - 0.5) / sd if same_order else -(wc + 0.5) / sd
        p = normal.standard_cdf(-z)
    else:
        z = (wc + 0.5) / sd if same_order else -(wc - 0.5) / sd
        p = normal.standard_cdf(z)
    return float(p), stat, float(z)


def _normal_p(z: float, tail: str) -> float:
    """normcdf's p-value of the standard score ``z`` for ``tail`` (MATLAB's ranksum,
    signrank and signtest: ``2*normcdf(-abs(z))``, ``normcdf(-z)``, ``normcdf(z)``)."""
    if tail == "both":
        return 2 * float(normal.standard_cdf(-abs(z)))
    return float(normal.standard_cdf(-z if tail == "right" else z))


def signed_rank_test(d: np.ndarray, tolerance: np.ndarray, *, method: str | None,
                     tail: str):
    """``(p, w, zval or None)`` of MATLAB's signrank for the NaN-free differences ``d``
    (``tolerance`` their zero/tie tolerances); ``w`` the rank sum of the positive
    differences. No differences left: ``(1.0, 0.0, None)``."""
    keep = np.abs(d) > tolerance
    d, tolerance = d[keep], tolerance[keep]
    n = d.size
    if n == 0:
        return 1.0, 0.0, None
    if method is None:
        method = "exact" if n <= 15 else "approximate"
    ranks, tieadj = mid_ranks(np.abs(d), tolerance)
    w = float(ranks[d > 0].sum())
    top = n * (n + 1) / 2
    if method == "approximate":
        sd = math.sqrt((n * (n + 1) * (2 * n + 1) - tieadj) / 24)
        shift = {"both": 0.0, "right": 0.5, "left": -0.5}[tail]
        z = (w - n * (n + 1) / 4 - shift) / sd
        p = _normal_p(z, tail)
        return float(p), w, float(z)
    doubled = np.rint(2 * ranks).astype(np.int64)
    total = int(doubled.sum())
    counts = np.zeros(total + 1)
    counts[0] = 1.0
    for r in doubled:                   # subset sums: each rank in or out
        counts[r:] = counts[r:] + counts[:total + 1 - r]
    probs = counts / 2.0 ** n
    w2 = int(round(2 * w))
    lower, upper = probs[:w2 + 1].sum(), probs[w2:].sum()
    if tail == "both":
        # MATLAB folds w into the lower half and doubles that tail
        p = min(1.0, 2 * (lower if w <= top - w else upper))
    elif tail == "right":
        p = upper
    else:
        p = lower
    return float(p), w, None


def sign_test(d: np.ndarray, *, method: str | None, tail: str):
    """``(p, npos, zval or NaN)`` of MATLAB's signtest for the differences ``d`` (zeros
    and NaNs are dropped here). No differences left: ``(1.0, 0, NaN)``."""
    from compat._core.distribution_functions import bino_cdf
    d = d[~np.isnan(d) & (d != 0)]
    n = d.size
    if n == 0:
        return 1.0, 0, math.nan
    npos = int(np.count_nonzero(d > 0))
    nneg = n - npos
    if method is None:
        method = "exact" if n < 100 else "approximate"
    if method == "exact":
        def cdf(k):
            return float(bino_cdf(np.float64(k), np.float64(n), np.float64(0.5)))
        p = {"both": lambda: min(1.0, 2 * cdf(min(npos, nneg))),
             "right": lambda: cdf(nneg), "left": lambda: cdf(npos)}[tail]()
        return p, npos, math.nan
    diff = npos - nneg
    correction = {"both": float(np.sign(diff)), "right": 1.0, "left": -1.0}[tail]
    z = (diff - correction) / math.sqrt(n)
    p = _normal_p(z, tail)
    return float(p), npos, float(z)
