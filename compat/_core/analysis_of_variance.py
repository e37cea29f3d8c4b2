"""One-way analysis of variance and the Kruskal-Wallis test as MATLAB's anova1.m and
kruskalwallis.m compute them (one shared computation), with tiedrank.

* The data are centred on their mean (anova1) or replaced by their tied ranks
  (kruskalwallis); group means ``xm``; with a grouping variable the grand mean is the
  mean of all centred values, the column degrees of freedom the number of non-empty
  groups minus 1, ``RSS = dot(n_j, (xm_j - gm)^2)``; for a matrix (one group per
  column, no NaN) the grand mean is the mean of the column means and ``RSS = r (xm -
  gm)(xm - gm)'``; ``TSS = (x - gm)'(x - gm)``, ``SSE = TSS - RSS``.
* anova1: ``F = (RSS/df1)/(SSE/df2)`` and ``p`` the F distribution's upper tail; a
  constant sample gives NaN, a perfect fit ``F = Inf``, ``p = 0``.
* kruskalwallis: ``H = 12 RSS / (N (N+1))`` divided by ``1 - sum(t^3 - t)/(N^3 - N)``
  for ties, ``p`` the chi-square upper tail with ``df1`` degrees of freedom.
* tiedrank: ranks with ties averaged, and ``sum(t^3 - t)/2`` over the tie groups.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["tied_rank", "one_way"]


def tied_rank(x: np.ndarray) -> tuple[np.ndarray, float]:
    """Ranks of the 1-D ``x`` (NaN keeps NaN), ties averaged, and the tie adjustment."""
    out = np.full(x.shape, np.nan)
    ok = ~np.isnan(x)
    v = x[ok]
    order = np.argsort(v, kind="stable")
    sv = v[order]
    ranks = np.arange(1, v.size + 1, dtype=np.float64)
    adj = 0.0
    start = 0
    for end in np.append(np.flatnonzero(np.diff(sv) != 0) + 1, v.size):
        t = end - start
        if t > 1:
            ranks[start:end] = (start + 1 + end) / 2
            adj += (t ** 3 - t) / 2
        start = end
    r = np.empty(v.size)
    r[order] = ranks
    out[ok] = r
    return out, adj


def one_way(x: np.ndarray, groups: np.ndarray | None, k: int, *, ranks: bool,
            shape: tuple[int, int] | None = None) -> dict:
    """The anova1/kruskalwallis quantities. ``x`` 1-D (NaN already removed) with
    0-based ``groups`` in ``0..k-1``, or ``groups`` None and ``shape = (r, c)`` for the
    column-major matrix form."""
    mu = 0.0
    if ranks:
        xr, tieadj = tied_rank(x)
    else:
        mu = np.mean(x)
        xr, tieadj = x - mu, 0.0
    if groups is not None:
        counts = np.bincount(groups, minlength=k).astype(np.float64)
        xm = np.array([np.mean(xr[groups == j]) if counts[j] else 0.0 for j in range(k)])
        gm = np.mean(xr)
        df1 = int(np.count_nonzero(counts)) - 1
        df2 = x.size - df1 - 1
        xc = np.where(counts == 0, 0.0, xm - gm)
        rss = float(np.dot(counts, xc ** 2))
    else:
        r, c = shape
        cols = xr.reshape(c, r)                      # column-major: one row per column
        counts = np.full(c, float(r))
        xm = cols.mean(axis=1)
        gm = np.mean(xm)
        df1, df2 = c - 1, c * (r - 1)
        rss = float(r * np.dot(xm - gm, xm - gm))
    dev = xr - gm
    tss = float(np.dot(dev, dev))
    sse = tss - rss
    mse = sse / df2 if df2 > 0 else float("nan")
    n = x.size
    if not ranks:
        if sse != 0:
            f = (rss / df1) / mse
            p = float(sp.fdtrc(df1, df2, f)) if np.isfinite(f) else 0.0
        elif rss == 0:
            f = p = float("nan")
        else:
            f, p = float("inf"), 0.0
    else:
        f = (12 * rss) / (n * (n + 1))
        if tieadj > 0:
            f = f / (1 - 2 * tieadj / (n ** 3 - n))
        p = float(sp.chdtrc(df1, f))
    return {"rss": rss, "sse": sse, "tss": tss, "df1": df1, "df2": df2, "mse": mse,
            "f": float(f), "p": p, "means": xm, "counts": counts, "mu": mu,
            "tieadj": tieadj}
