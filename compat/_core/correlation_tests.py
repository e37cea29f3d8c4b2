"""Linear and rank correlation matrices with their p-values, as MATLAB's ``corr``
(Statistics and Machine Learning Toolbox) computes them.

The rules, established from MATLAB's corr reference page and the documented algorithm
of its implementation (corr.m, R2010 to R2019: the same p-value rules in both), stated
here in our own words:

* **Pearson**: the columns centred by ``sum/n``, ``rho = x0'y0 / (|x0| |y0|)``; the p-value
  from Student's t with ``n - 2`` degrees of freedom of ``t = rho sqrt((n-2)/(1-rho^2))``.
* **Kendall's tau-b**: ``K = sum_{k<l} sign(x_k - x_l) sign(y_k - y_l)`` on the ranks,
  ``tau = K / sqrt((n2 - Tx)(n2 - Ty))`` with ``n2 = n(n-1)/2`` and ``T = sum t(t-1)/2``
  over the tie groups. p-values: without ties and ``n < 50`` the exact permutation
  distribution of K (the Mahonian numbers, by repeated convolution); with ties and
  ``n < 10`` the exact distribution over all ``n!`` permutations of the midranks;
  otherwise the normal approximation with a continuity correction of 1 and K's
  variance with the tie corrections (Kendall 1970).
* **Spearman's rho**: the Pearson correlation of the midranks (without p-values, or
  without ties); with ties and p-values ``rho = (E[D] - D) / (sqrt(n-1) sd(D))`` from
  ``D = sum (rank x - rank y)^2`` and its tie-corrected mean and deviation.
  p-values: ``n < 10`` the exact permutation distribution of D (over the midranks when
  there are ties); otherwise without ties the Edgeworth series of Best & Roberts
  (Applied Statistics algorithm AS 89) with a continuity correction, with ties the t
  approximation of the coefficient. Whether "ties" holds is decided over all the
  columns at once unless rows are removed pairwise (then pair by pair).
* **Tails**: 'right' is ``P(stat >= observed)`` (positive correlation), 'left'
  ``P(stat <= observed)``, 'both' twice the smaller of the two capped at 1 (MATLAB's
  page: "doubling the more significant of the two one-tailed p-values").
* **corr(X)**: the lower triangle is computed and reflected; the diagonal holds the
  sign of the diagonal coefficient (1, or NaN for a column with NaN or a constant
  column), and its p-values are 1 (or NaN). Off-diagonal coefficients are limited to
  [-1, 1].
* **Rows**: 'all' keeps NaN (a column with NaN gives NaN), 'complete' drops every row
  with a NaN, 'pairwise' drops rows per column pair (only when NaN are present).
  Fewer than 2 rows give NaN everywhere.

Everything is computed in double; the legacy layer rounds to single where MATLAB's
result class is single.
"""

from __future__ import annotations

import functools
import itertools
import math

import numpy as np
from scipy import stats

from compat._core import distribution_functions as dist
from compat._core import normal_distribution as normal

__all__ = ["correlation_matrix", "tied_ranks", "as89_upper"]


# ------------------------------------------------------------------ ranks and ties
def tied_ranks(column: np.ndarray):
    """Midranks of a column (NaN stay NaN and are not counted) and the tie sums:
    ``(ranks, spearman_adj, (kendall_adj1, kendall_adj2, kendall_adj3))`` with
    ``spearman_adj = sum(t^3 - t)/2``, ``adj1 = sum t(t-1)/2``, ``adj2 = sum
    t(t-1)(t-2)`` and ``adj3 = sum t(t-1)(2t+5)`` over the tie groups of size t."""
    ranks = np.full(column.shape, np.nan)
    ok = ~np.isnan(column)
    values = column[ok]
    ranks[ok] = stats.rankdata(values, method="average")
    _, counts = np.unique(values, return_counts=True)
    t = counts[counts > 1].astype(np.float64)
    spearman = float(np.sum(t ** 3 - t) / 2)
    kendall = (float(np.sum(t * (t - 1)) / 2), float(np.sum(t * (t - 1) * (t - 2))),
               float(np.sum(t * (t - 1) * (2 * t + 5))))
    return ranks, spearman, kendall


def _kendall_k(xr: np.ndarray, yr: np.ndarray) -> float:
    """``sum_{k<l} sign(x_k - x_l) sign(y_k - y_l)``, in blocks of rows."""
    n = xr.size
    total = 0.0
    block = max(1, 2_000_000 // max(n, 1))
    for start in range(0, n - 1, block):
        stop = min(n - 1, start + block)
        rows = np.arange(start, stop)
        sx = np.sign(xr[rows, None] - xr[None, :])
        sy = np.sign(yr[rows, None] - yr[None, :])
        upper = np.arange(n)[None, :] > rows[:, None]
        total += float(np.sum((sx * sy)[upper]))
    return total


# ------------------------------------------------------------- tail probabilities
def _reverse_cumsum(freq: np.ndarray, total: float) -> np.ndarray:
    """``P(stat >= bin)`` counts: the total minus the counts below each bin."""
    out = np.full(freq.shape, total)
    out[1:] = total - np.cumsum(freq[:-1])
    return out


def _tail_table(freq: np.ndarray, total: float, tail: str, *, right_is_upper: bool):
    """Tail probabilities for every bin of a discrete null distribution."""
    lower = np.cumsum(freq)                    # counts at or below the bin
    upper = _reverse_cumsum(freq, total)       # counts at or above the bin
    if tail == "b":
        return np.minimum(2 * np.minimum(lower, upper) / total, 1.0)
    if (tail == "r") == right_is_upper:
        return upper / total
    return lower / total


@functools.lru_cache(maxsize=None)
def _permutations(n: int) -> np.ndarray:
    return np.array(list(itertools.permutations(range(n))), dtype=np.int8)


@functools.lru_cache(maxsize=None)
def _mahonian(n: int) -> np.ndarray:
    """Counts of K over the n! orderings without ties, at K = -n2..n2 (odd offsets 0),
    by the convolution recursion, in double."""
    freq = np.array([1.0, 1.0])
    for i in range(3, n + 1):
        freq = np.convolve(freq, np.ones(i))
    n2 = n * (n - 1) // 2
    out = np.zeros(2 * n2 + 1)
    out[::2] = freq
    return out


def _kendall_p(tail: str, k: np.ndarray, std_k, n: int, ranks=None) -> np.ndarray:
    k = np.asarray(k, dtype=np.float64)
    if ranks is None:
        exact = n < 50
    else:
        k = np.where(np.asarray(std_k) == 0, np.nan, k)
        exact = n < 10
    n2 = n * (n - 1) // 2
    if exact:
        total = float(math.factorial(n))
        if ranks is None:
            freq = _mahonian(n) if n >= 2 else np.array([1.0])
        else:
            xr, yr = ranks
            perms = _permutations(n)
            sign_y = np.sign(yr[:, None] - yr[None, :])   # looked up per position pair
            kp = np.zeros(perms.shape[0])
            for a in range(n - 1):
                for b in range(a + 1, n):
                    sx = np.sign(xr[a] - xr[b])
                    if sx:
                        kp += sx * sign_y[perms[:, a], perms[:, b]]
            freq = np.bincount(np.rint(kp + n2).astype(np.int64),
                               minlength=2 * n2 + 1).astype(np.float64)
        table = _tail_table(freq, total, tail, right_is_upper=True)
        p = np.full(k.shape, np.nan)
        ok = ~np.isnan(k)
        p[ok] = table[np.rint(k[ok] + n2).astype(np.int64)]
        return p
    with np.errstate(all="ignore"):
        if tail == "b":
            p = 2 * _normcdf(-(np.abs(k) - 1) / std_k)
            return np.where(p > 1, 1.0, p)
        if tail == "r":
            return _normcdf(-(k - 1) / std_k)
        return _normcdf((k + 1) / std_k)


def _normcdf(z):
    return normal.standard_cdf(z)


def as89_upper(d, n: int, n3: float):
    """Best & Roberts' Edgeworth series (AS 89) for the upper tail probability of
    Spearman's D without ties, with the continuity correction ``D - 1``; clipped to
    [0, 1], NaN kept."""
    c = (0.2274, 0.2531, 0.1745, 0.0758, 0.1033, 0.3932, 0.0879, 0.0151, 0.0072,
         0.0831, 0.0131, 0.00046)
    with np.errstate(all="ignore"):
        x = (2 * (np.asarray(d, dtype=np.float64) - 1) / n3 - 1) * math.sqrt(n - 1)
        y = x * x
        inner = c[8] - c[9] / n + y * (c[10] - c[11] * y) / n
        inner = c[6] + c[7] / n - y * inner
        inner = -c[3] + (c[4] + c[5] / n) / n - y * inner / n
        u = x * (c[0] + (c[1] + c[2] / n) / n + y * inner) / n
        p = u / np.exp(0.5 * y) + normal.standard_cdf(x, upper=True)
    p = np.where(p > 1, 1.0, p)
    return np.where(p < 0, 0.0, p)


def _spearman_p(tail: str, d, mean_d, std_d, n: int, ranks=None) -> np.ndarray:
    d = np.asarray(d, dtype=np.float64)
    if ranks is not None:
        d = np.where(np.asarray(std_d) == 0, np.nan, d)
    if n < 10:
        total = float(math.factorial(n))
        if ranks is None:
            base = np.arange(1, n + 1, dtype=np.float64)
            xr, yr = base, base
        else:
            xr, yr = ranks
        dp = np.sum((xr[None, :] - yr[_permutations(n)]) ** 2, axis=1)
        n3 = (n ** 3 - n) / 3
        freq = np.bincount(np.rint(2 * dp).astype(np.int64),
                           minlength=int(round(2 * n3)) + 1).astype(np.float64)
        # a small D is a large rho: 'right' is the lower tail of D
        table = _tail_table(freq, total, tail, right_is_upper=False)
        p = np.full(d.shape, np.nan)
        ok = ~np.isnan(d)
        p[ok] = table[np.rint(2 * d[ok]).astype(np.int64)]
        return p
    if ranks is None:
        n3 = (n ** 3 - n) / 3
        if tail == "b":
            p = 2 * as89_upper(np.maximum(d, n3 - d), n, n3)
            return np.where(p > 1, 1.0, p)
        if tail == "r":
            return as89_upper(n3 - d, n, n3)
        return as89_upper(d, n, n3)
    with np.errstate(all="ignore"):
        r = (mean_d - d) / (math.sqrt(n - 1) * std_d)
        t = np.inf * np.sign(r)
        ok = np.abs(r) < 1
        t = np.where(ok, r * np.sqrt((n - 2) / (1 - r ** 2)), t)
    return _t_tail(tail, t, n - 2)


def _t_tail(tail: str, t, dof):
    dof = np.broadcast_to(np.asarray(dof, dtype=np.float64), np.shape(t))
    if tail == "b":
        return 2 * dist.t_cdf(-np.abs(t), dof)
    if tail == "r":
        return dist.t_cdf(-t, dof)
    return dist.t_cdf(t, dof)


def _pearson_p(tail: str, rho, n):
    with np.errstate(all="ignore"):
        t = rho * np.sqrt((n - 2) / (1 - rho ** 2))
        return _t_tail(tail, t, np.asarray(n, dtype=np.float64) - 2)


# --------------------------------------------------------------------- the matrix
def _clip(coef: np.ndarray) -> np.ndarray:
    with np.errstate(invalid="ignore"):
        big = np.abs(coef) > 1
    return np.where(big, np.sign(coef), coef)


def _reflected(m: np.ndarray, diag: np.ndarray) -> np.ndarray:
    """The strictly lower triangle of ``m`` mirrored above it, ``diag`` on the diagonal."""
    lower = np.tril(m, -1)
    out = lower + lower.T
    out[np.diag_indices_from(out)] = diag
    return out


def _finish_xx(coef, pval, want_p):
    """corr(X): reflect the lower triangle, sign on the diagonal, p = sign too."""
    diag = np.sign(np.diag(coef))
    return _reflected(coef, diag), (_reflected(pval, diag) if want_p else pval)


def _mirrored_pairs(coef, pval, xx: bool, want_p: bool):
    """corr(X) from its computed lower triangle (rank correlations): the coefficients
    mirrored (diagonal as computed), the p-values (zero above) mirrored with the
    coefficients' signs on the diagonal; corr(X, Y) unchanged."""
    if xx:
        coef = np.tril(coef) + np.tril(coef, -1).T
        if want_p:
            pval = pval + pval.T
            pval[np.diag_indices_from(pval)] = np.sign(np.diag(coef))
    return coef, (pval if want_p else None)


def _pearson(x, y, xx: bool, rows: str, tail: str, want_p: bool):
    n, p1 = x.shape
    p2 = y.shape[1]
    nan_x, nan_y = np.isnan(x), np.isnan(y)
    pairwise = rows == "p" and (nan_x.any() or nan_y.any())
    with np.errstate(all="ignore"):
        if pairwise:
            coef = np.zeros((p1, p2))
            counts = np.zeros((p1, p2))
            for i in range(p1):
                for j in (range(i) if xx else range(p2)):
                    ok = ~(nan_x[:, i] | nan_y[:, j])
                    m = ok.sum()
                    counts[i, j] = m
                    x0 = x[ok, i] - x[ok, i].sum() / m
                    y0 = y[ok, j] - y[ok, j].sum() / m
                    coef[i, j] = (x0 @ y0) / (np.linalg.norm(x0) * np.linalg.norm(y0))
                if xx:
                    ok = ~nan_x[:, i]
                    m = ok.sum()
                    counts[i, i] = m
                    x0 = x[ok, i] - np.mean(x[ok, i])
                    coef[i, i] = (x0 @ x0) / np.linalg.norm(x0) ** 2
            n_used = counts
        else:
            xc = x - x.sum(axis=0) / n
            if xx:
                coef = xc.T @ xc
                d = np.sqrt(np.diag(coef))
                coef = coef / d[:, None] / d[None, :]
            else:
                yc = y - y.sum(axis=0) / n
                coef = xc.T @ yc
                dx = np.sqrt(np.sum(np.abs(xc) ** 2, axis=0))
                dy = np.sqrt(np.sum(np.abs(yc) ** 2, axis=0))
                coef = coef / dx[:, None] / dy[None, :]
            n_used = np.full((p1, p2), float(n))
    coef = _clip(coef)
    pval = _pearson_p(tail, coef, n_used) if want_p else None
    if xx:
        if pairwise:
            coef, pval = _finish_xx(coef, pval, want_p)
        else:
            coef[np.diag_indices_from(coef)] = np.sign(np.diag(coef))
            if want_p:
                pval = _reflected(pval, np.sign(np.diag(coef)))
    return coef, pval


def _kendall(x, y, xx: bool, rows: str, tail: str, want_p: bool):
    n, p1 = x.shape
    p2 = y.shape[1]
    nan_x, nan_y = np.isnan(x), np.isnan(y)
    pairwise = rows == "p" and (nan_x.any() or nan_y.any())
    if not pairwise:
        if rows == "a":
            nancol = nan_x.any(axis=0)[:, None] | nan_y.any(axis=0)[None, :]
        else:
            nancol = np.zeros((p1, p2), dtype=bool)
        xranks = [tied_ranks(x[:, i]) for i in range(p1)]
        yranks = xranks if xx else [tied_ranks(y[:, j]) for j in range(p2)]
    coef = np.zeros((p1, p2))
    pval = np.zeros((p1, p2))
    kstat = np.zeros((p1, p2))
    need = np.tril(np.ones((p1, p2), dtype=bool), -1) if xx else np.ones((p1, p2), bool)
    for i in range(p1):
        for j in (range(i + 1) if xx else range(p2)):
            if pairwise:
                ok = ~(nan_x[:, i] | nan_y[:, j])
                m = int(ok.sum())
                removed = m < n
                xr, _, xadj = tied_ranks(x[ok, i])
                yr, _, yadj = tied_ranks(y[ok, j])
            else:
                if nancol[i, j]:
                    coef[i, j] = np.nan
                    pval[i, j] = np.nan
                    need[i, j] = False
                    continue
                m = n
                xr, _, xadj = xranks[i]
                yr, _, yadj = yranks[j]
                removed = False
            n2 = m * (m - 1) / 2
            ties = xadj[0] > 0 or yadj[0] > 0
            k = _kendall_k(xr, yr)
            with np.errstate(all="ignore"):
                coef[i, j] = k / math.sqrt((n2 - xadj[0]) * (n2 - yadj[0])) \
                    if (n2 - xadj[0]) * (n2 - yadj[0]) > 0 else np.nan
            if xx and i == j:
                if not ties:
                    coef[i, i] = np.sign(coef[i, i])
            elif want_p:
                if ties:
                    if xadj[0] == n2 or yadj[0] == n2:
                        std_k = 0.0
                    else:
                        std_k = math.sqrt(n2 * (2 * m + 5) / 9 + xadj[0] * yadj[0] / n2
                                          + xadj[1] * yadj[1] / (18 * n2 * (m - 2))
                                          - (xadj[2] + yadj[2]) / 18)
                    pval[i, j] = _kendall_p(tail, np.array([k]), std_k, m, (xr, yr))[0]
                    need[i, j] = False
                elif removed:
                    std_k = math.sqrt(n2 * (2 * m + 5) / 9)
                    pval[i, j] = _kendall_p(tail, np.array([k]), std_k, m)[0]
                    need[i, j] = False
                else:
                    kstat[i, j] = k
    coef = _clip(coef)
    if want_p and need.any():
        n2 = n * (n - 1) / 2
        pval[need] = _kendall_p(tail, kstat[need], math.sqrt(n2 * (2 * n + 5) / 9), n)
    return _mirrored_pairs(coef, pval, xx, want_p)


def _spearman_pair(xr, yr, xadj, yadj, m):
    """(D, E[D], sd(D), rho) of one column pair with the tie corrections."""
    n3 = (m + 1) * m * (m - 1) / 3
    d = float(np.sum((xr - yr) ** 2))
    mean_d = (n3 - (xadj + yadj) / 3) / 2
    n3half = (m + 1) * m * (m - 1) / 2
    if xadj == n3half or yadj == n3half:
        std_d = 0.0
    else:
        std_d = math.sqrt((n3 / 2 - xadj / 3) * (n3 / 2 - yadj / 3) / (m - 1))
    with np.errstate(all="ignore"):
        rho = (mean_d - d) / (np.sqrt(m - 1) * np.float64(std_d))
    return d, mean_d, std_d, rho


def _spearman(x, y, xx: bool, rows: str, tail: str, want_p: bool):
    n, p1 = x.shape
    p2 = y.shape[1]
    nan_x, nan_y = np.isnan(x), np.isnan(y)
    pairwise = rows == "p" and (nan_x.any() or nan_y.any())
    if pairwise:
        coef = np.zeros((p1, p2))
        pval = np.zeros((p1, p2))
        dstat = np.zeros((p1, p2))
        need = np.tril(np.ones((p1, p2), bool), -1) if xx else np.ones((p1, p2), bool)
        for i in range(p1):
            for j in (range(i + 1) if xx else range(p2)):
                ok = ~(nan_x[:, i] | nan_y[:, j])
                m = int(ok.sum())
                removed = m < n
                xr, xadj, _ = tied_ranks(x[ok, i])
                yr, yadj, _ = tied_ranks(y[ok, j])
                ties = xadj > 0 or yadj > 0
                d, mean_d, std_d, rho = _spearman_pair(xr, yr, xadj, yadj, m)
                coef[i, j] = rho
                if xx and i == j:
                    coef[i, i] = np.sign(rho)
                elif want_p:
                    if removed or ties:
                        pval[i, j] = _spearman_p(tail, np.array([d]), mean_d, std_d, m,
                                                 (xr, yr))[0]
                        need[i, j] = False
                    else:
                        dstat[i, j] = d
        coef = _clip(coef)
        if want_p and need.any():
            n3 = (n + 1) * n * (n - 1) / 3
            pval[need] = _spearman_p(tail, dstat[need], n3 / 2,
                                     n3 / (2 * math.sqrt(n - 1)), n)
        return _mirrored_pairs(coef, pval, xx, want_p)

    xinfo = [tied_ranks(x[:, i]) for i in range(p1)]
    yinfo = xinfo if xx else [tied_ranks(y[:, j]) for j in range(p2)]
    xrank = np.column_stack([r for r, _, _ in xinfo]) if p1 else np.zeros((n, 0))
    yrank = np.column_stack([r for r, _, _ in yinfo]) if p2 else np.zeros((n, 0))
    xadj = np.array([a for _, a, _ in xinfo])
    yadj = np.array([a for _, a, _ in yinfo])
    ties = bool(np.any(xadj > 0) or np.any(yadj > 0))
    n3 = (n + 1) * n * (n - 1) / 3
    if not want_p or not ties:
        coef, _ = _pearson(xrank, yrank, xx, rows, tail, False)
        if not want_p:
            return coef, None
        mean_d = n3 / 2
        std_d = n3 / (2 * math.sqrt(n - 1))
        with np.errstate(invalid="ignore"):
            d = mean_d - np.round(coef * (math.sqrt(n - 1) * std_d))
        if xx:
            pval = np.zeros((p1, p1))
            low = np.tril(np.ones((p1, p1), bool), -1)
            pval[low] = _spearman_p(tail, d[low], mean_d, std_d, n)
            pval = pval + pval.T
            pval[np.diag_indices_from(pval)] = np.sign(np.diag(coef))
        else:
            pval = _spearman_p(tail, d, mean_d, std_d, n)
        return coef, pval
    coef = np.zeros((p1, p2))
    pval = np.zeros((p1, p2))
    for i in range(p1):
        for j in (range(i + 1) if xx else range(p2)):
            d, mean_d, std_d, rho = _spearman_pair(xrank[:, i], yrank[:, j], xadj[i],
                                                   yadj[j], n)
            coef[i, j] = rho
            if not (xx and i == j):        # the diagonal's p-value is set below
                pval[i, j] = _spearman_p(tail, np.array([d]), mean_d, std_d, n,
                                         (xrank[:, i], yrank[:, j]))[0]
    coef = _clip(coef)
    if xx:
        coef = np.tril(coef) + np.tril(coef, -1).T
        pval = pval + np.tril(pval, -1).T
        pval[np.diag_indices_from(pval)] = np.sign(np.diag(coef))
    return coef, pval


_TYPES = {"p": _pearson, "k": _kendall, "s": _spearman}


def correlation_matrix(x: np.ndarray, y: np.ndarray | None, *, kind: str = "p",
                       rows: str = "a", tail: str = "b", p_values: bool = False):
    """MATLAB's ``corr``: ``(rho, pval)`` of the columns of ``x`` (n x p1) with those
    of ``y`` (n x p2; None for corr(X)). ``kind`` 'p'/'k'/'s', ``rows`` 'a'/'c'/'p',
    ``tail`` 'b'/'r'/'l'; ``pval`` is None unless ``p_values``. Double precision."""
    xx = y is None
    x = np.asarray(x, dtype=np.float64)
    y = x if xx else np.asarray(y, dtype=np.float64)
    n = x.shape[0]
    if rows == "c":
        ok = ~np.isnan(x).any(axis=1)
        if not xx:
            ok &= ~np.isnan(y).any(axis=1)
        x = x[ok]
        y = x if xx else y[ok]
        n = x.shape[0]
    p1, p2 = x.shape[1], y.shape[1]
    if n < 2:
        nan = np.full((p1, p2), np.nan)
        return nan, (nan.copy() if p_values else None)
    return _TYPES[kind](x, y, xx, rows, tail, p_values)
