"""Frequency tables and the empirical distribution function: the Python-shaped core of
MATLAB's ``tabulate``, ``crosstab`` and ``ecdf`` (Statistics and Machine Learning
Toolbox), computed as MathWorks' tabulate.m, crosstab.m and ecdf.m compute them.

* :func:`level_counts`: the counts of 1-based level numbers ``1..k`` (NaN: no level)
  and their percentages ``100*counts/total`` -- tabulate.m's ``hist(y, 1:k)`` on
  integer data, where every bin holds exactly one level.
* :func:`cross_counts`: the table of counts of the rows of an ``n x m`` matrix of
  0-based level numbers (crosstab.m's ``accumarray(M, 1)`` padded to the numbers of
  levels).
* :func:`independence_test`: crosstab.m's Pearson chi-square statistic for the
  independence of the table's dimensions. Dimensions of one level are dropped first;
  the expected counts are ``n`` times the marginal fractions, built by crosstab.m's
  loop, which runs once per *input* over the remaining dimensions (turning the arrays
  one dimension at a time, MATLAB's ``shiftdim``), so that with three or more inputs
  of which one has a single level some margins enter twice -- MATLAB's values are kept.
  ``df = prod(sz) - (1 + sum(sz - 1))``, ``p`` the chi-square upper tail. Fewer than two
  dimensions of two or more levels: NaN and NaN.
* :func:`product_limit`: ecdf.m's estimates: data sorted, ties merged, the number of
  deaths ``D`` (uncensored frequency) and at risk ``N`` at each distinct value, only
  values with deaths kept; the Kaplan-Meier survivor ``S = cumprod(1 - D/N)`` (cdf ``1
  - S``) or the Nelson-Aalen cumulative hazard ``cumsum(D/N)``; Greenwood's standard
  error ``S sqrt(cumsum(D/(N(N-D))))`` (NaN at a last point where every item at risk
  dies) or ``sqrt(cumsum(D/N^2))`` for the hazard; bounds ``F -/+ z se`` clipped to
  [0, 1] (the hazard's upper bound unclipped), NaN where the error is NaN.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["level_counts", "cross_counts", "independence_test", "product_limit"]


def level_counts(index: np.ndarray, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Counts (float64) of the level numbers ``1..k`` in ``index`` (NaN ignored) and the
    percentages of their total."""
    ok = ~np.isnan(index)
    counts = np.bincount(index[ok].astype(np.int64) - 1, minlength=k)[:k].astype(np.float64)
    total = counts.sum()
    with np.errstate(invalid="ignore", divide="ignore"):
        percents = 100 * counts / total
    return counts, percents


def cross_counts(levels: np.ndarray, sizes: tuple[int, ...]) -> np.ndarray:
    """The ``sizes``-shaped table of counts of the rows of the 0-based ``levels``
    (``n x len(sizes)`` integers)."""
    table = np.zeros(sizes, dtype=np.float64)
    if levels.shape[0]:
        np.add.at(table, tuple(levels[:, j] for j in range(levels.shape[1])), 1.0)
    return table


def independence_test(table: np.ndarray, n: int, inputs: int
                      ) -> tuple[float, float, float]:
    """``(chi2, p, df)`` of crosstab.m for a table of ``n`` counts made from ``inputs``
    grouping variables (``table.shape`` holds one entry per input)."""
    sizes = [s for s in table.shape if s > 1]
    if len(sizes) < 2:
        return float("nan"), float("nan"), float("nan")
    t = table.reshape(sizes, order="F")
    expected = np.full(sizes, float(n))
    for _ in range(inputs):
        margin = t.reshape(t.shape[0], -1, order="F").sum(axis=1) / n
        expected = expected * margin.reshape((-1,) + (1,) * (t.ndim - 1))
        expected = np.moveaxis(expected, 0, -1)      # MATLAB's shiftdim(A, 1)
        t = np.moveaxis(t, 0, -1)
    with np.errstate(invalid="ignore", divide="ignore"):
        terms = (t - expected) ** 2 / expected
    chi2 = float(np.sum(terms.ravel(order="F")))
    df = float(np.prod(sizes) - (1 + sum(s - 1 for s in sizes)))
    p = float(sp.gammaincc(df / 2, chi2 / 2)) if not np.isnan(chi2) else float("nan")
    return chi2, p, df


def product_limit(x: np.ndarray, cens: np.ndarray, freq: np.ndarray, *, function: str,
                  alpha: float, bounds: bool) -> dict:
    """ecdf.m's estimate from the data ``x`` (1-D, NaN already removed, float32 or
    float64), right-censoring flags ``cens`` (0/1) and positive frequencies ``freq`` (of
    ``x``'s class). ``function``: 'cdf', 'survivor' or 'chf'. Returns the distinct
    values with deaths ``x``, the function values there ``f``, ``D`` and ``N``, and with
    ``bounds`` the lower and upper bounds ``lo``, ``up`` (all of ``x``'s class)."""
    dtype = x.dtype
    order = np.argsort(x, kind="stable")
    x, cens, freq = x[order], cens[order], freq[order]
    total_cum = np.cumsum(freq, dtype=dtype)
    observed_cum = np.cumsum(freq * (cens == 0).astype(dtype), dtype=dtype)
    keep = np.append(np.diff(x) != 0, True)          # the last of each run of ties
    x, total_cum, observed_cum = x[keep], total_cum[keep], observed_cum[keep]
    total = total_cum[-1]
    deaths = np.diff(observed_cum, prepend=dtype.type(0)).astype(dtype)
    at_risk = (total - np.concatenate(([dtype.type(0)], total_cum[:-1]))).astype(dtype)
    died = deaths > 0
    x, deaths, at_risk = x[died], deaths[died], at_risk[died]
    one = dtype.type(1)
    if function in ("cdf", "survivor"):
        s = np.cumprod(one - deaths / at_risk, dtype=dtype)
        f = one - s if function == "cdf" else s
    else:
        s = None
        f = np.cumsum(deaths / at_risk, dtype=dtype)
    out = {"x": x, "f": f, "D": deaths, "N": at_risk}
    if not bounds:
        return out
    if s is not None:
        se = np.full(deaths.shape, np.nan, dtype=dtype)
        m = deaths.size
        if m and at_risk[-1] == deaths[-1]:
            m -= 1
        d, r = deaths[:m], at_risk[:m]
        se[:m] = s[:m] * np.sqrt(np.cumsum(d / (r * (r - d)), dtype=dtype))
    else:
        se = np.sqrt(np.cumsum(deaths / (at_risk * at_risk), dtype=dtype))
    z = np.sqrt(2) * sp.erfcinv(2 * (alpha / 2))     # -norminv(alpha/2), norminv.m's form
    half = (dtype.type(z) * se).astype(dtype)
    with np.errstate(invalid="ignore"):
        lo = np.maximum(dtype.type(0), f - half)
        up = np.minimum(one, f + half) if s is not None else f + half
    lo[np.isnan(half)] = np.nan
    up[np.isnan(half)] = np.nan
    out["lo"], out["up"] = lo.astype(dtype), up.astype(dtype)
    return out
