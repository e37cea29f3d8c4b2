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
* two_way (anova2, balanced): ``m = rows/reps`` row groups of ``reps`` rows, ``c``
  columns; grand mean ``gm``; ``SSC = rows sum_j (colmean_j - gm)^2``, ``SSR = reps c
  sum_i (rowmean_i - gm)^2``, ``SST = sum (x - gm)^2``; with replicates ``SSE`` the
  squares about the cell means, ``SSI = SST - SSC - SSR - SSE`` on ``(m-1)(c-1)``
  degrees of freedom and ``SSE`` on ``rows c - m c``; without, ``SSE = SST - SSC - SSR``
  on ``(m-1)(c-1)``. Each F is its mean square over ``MSE``, ``p`` the F upper tail.
* friedman: each block of ``reps`` rows ranked together (tied ranks), two_way on the
  ranks; ``chi = SSC / sigma^2`` with ``sigma^2 = c reps (reps c + 1)/12 -
  sum(t^3 - t)/(12 m (reps c - 1))`` (the second term only with ties), ``p`` the
  chi-square upper tail on ``c - 1`` degrees of freedom.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["tied_rank", "one_way", "two_way", "friedman_test"]


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


def _f_tail(ms, mse, df1, df2):
    """``(F, p)``: the ratio and its F upper tail (``p`` 0 at ``F = Inf``, NaN at NaN)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        f = np.float64(ms) / np.float64(mse)
    if np.isnan(f):
        return float(f), float("nan")
    return float(f), float(sp.fdtrc(df1, df2, f)) if np.isfinite(f) else 0.0


def two_way(x: np.ndarray, reps: int) -> dict:
    """Balanced two-way ANOVA of the 2-D ``x`` (rows a multiple of ``reps``)."""
    rows, c = x.shape
    m = rows // reps
    gm = np.mean(x)
    colmeans = x.mean(axis=0)
    blocks = x.reshape(m, reps, c)
    rowmeans = blocks.mean(axis=(1, 2))
    ssc = float(rows * np.sum((colmeans - gm) ** 2))
    ssr = float(reps * c * np.sum((rowmeans - gm) ** 2))
    dev = (x - gm).ravel()
    sst = float(np.dot(dev, dev))
    dfc, dfr = c - 1, m - 1
    if reps > 1:
        within = blocks - blocks.mean(axis=1, keepdims=True)
        sse = float(np.sum(within ** 2))
        dfe = rows * c - m * c
        ssi, dfi = sst - ssc - ssr - sse, dfr * dfc
    else:
        sse, dfe = sst - ssc - ssr, dfr * dfc
        ssi, dfi = 0.0, 0
    with np.errstate(divide="ignore", invalid="ignore"):
        mse = np.float64(sse) / dfe if dfe else float("nan")
        msc = np.float64(ssc) / dfc if dfc else float("nan")
        msr = np.float64(ssr) / dfr if dfr else float("nan")
        msi = np.float64(ssi) / dfi if dfi else float("nan")
    fc, pc = _f_tail(msc, mse, dfc, dfe)
    fr, pr = _f_tail(msr, mse, dfr, dfe)
    fi, pi = _f_tail(msi, mse, dfi, dfe) if reps > 1 else (float("nan"), float("nan"))
    return {"ssc": ssc, "ssr": ssr, "ssi": ssi, "sse": sse, "sst": sst,
            "dfc": dfc, "dfr": dfr, "dfi": dfi, "dfe": dfe, "dft": rows * c - 1,
            "msc": float(msc), "msr": float(msr), "msi": float(msi), "mse": float(mse),
            "fc": fc, "fr": fr, "fi": fi, "pc": pc, "pr": pr, "pi": pi,
            "colmeans": colmeans, "rowmeans": rowmeans, "coln": rows, "rown": reps * c}


def friedman_test(x: np.ndarray, reps: int) -> dict:
    """Friedman's test on the 2-D ``x``: the ranks, two_way on them, the statistic."""
    rows, c = x.shape
    m = rows // reps
    ranks = np.empty_like(x, dtype=np.float64)
    ties = 0.0
    for i in range(m):
        block = x[i * reps:(i + 1) * reps]
        r, adj = tied_rank(block.ravel(order="F"))
        ranks[i * reps:(i + 1) * reps] = r.reshape(block.shape, order="F")
        ties += 2 * adj
    res = two_way(ranks, reps)
    sigmasq = c * reps * (reps * c + 1) / 12
    if ties > 0:
        sigmasq -= ties / (12 * m * (reps * c - 1))
    chi = res["ssc"] / sigmasq if res["ssc"] > 0 else res["ssc"]
    res.update(chi=float(chi), p=float(sp.chdtrc(c - 1, chi)), sigmasq=float(sigmasq),
               meanranks=ranks.mean(axis=0), blocks=m, ranks=ranks)
    return res
