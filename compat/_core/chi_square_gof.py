"""The chi-square goodness-of-fit test as MATLAB's chi2gof computes it (its steps as
GNU Octave's statistics package 1.5.3 reproduces chi2gof.m; the options on MATLAB's
reference page).

* Bins: ``nbins`` (default 10, or the length of 'Expected') equal-width bins from
  ``min(x)`` to ``max(x)`` (a constant sample widened to ``lo - floor(nbins/2) - 0.5``
  .. ``hi + ceil(nbins/2) - 0.5``, an empty one 0..1), the last edge set to ``max(x)``;
  or bin centres (edges halfway between, the last width repeated); or explicit edges.
  Computed edges are moved up by ``eps(edge)`` and the first and last bins extended to
  -Inf/+Inf when counting, so every value falls in a bin; explicit edges count values
  in ``[e_k, e_k+1)``, the last bin closed, values outside dropped. Observed counts are
  sums of the frequencies.
* Expected counts: given, or ``sum(O) diff([0, F(interior edges), 1])`` for the
  hypothesised cdf ``F`` (default: a normal with the sample's weighted mean and
  ``sqrt(sum((x f - mu)^2)/(sum f - 1))``, two estimated parameters).
* Pooling: while a tail bin or its neighbour has an expected count below EMin (default
  5), the smaller tail bin is merged into its neighbour (the edges between dropped).
* ``chi2stat = sum((O - E)^2 / E)``, ``df = nbins - 1 - nparams``; ``p`` the chi-square
  upper tail (NaN with ``df = 0`` when ``df <= 0``), ``h = p <= alpha``.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["bin_counts", "pool_bins", "chi_square_test"]


def bin_counts(x: np.ndarray, freq: np.ndarray, *, nbins=None, ctrs=None, edges=None
               ) -> tuple[np.ndarray, np.ndarray]:
    """``(observed, edges)`` of chi2gof's binning."""
    if edges is not None:
        e = np.asarray(edges, dtype=np.float64).reshape(-1)
        k = e.size - 1
        idx = np.searchsorted(e, x, side="right") - 1      # e[i] <= x < e[i+1]
        idx[x == e[-1]] = k - 1
        keep = (x >= e[0]) & (x <= e[-1]) & (idx >= 0) & (idx < k)
    else:
        if ctrs is not None:
            c = np.asarray(ctrs, dtype=np.float64).reshape(-1)
            w = np.diff(c)
            w = np.append(w, w[-1])
            e = np.concatenate([[c[0] - w[0] / 2], c + w / 2])
        else:
            lo, hi = (float(np.min(x)), float(np.max(x))) if x.size else (0.0, 1.0)
            if lo == hi:
                lo, hi = lo - nbins // 2 - 0.5, hi + -(-nbins // 2) - 0.5
            width = (hi - lo) / nbins
            e = lo + width * np.arange(nbins + 1)
            e[-1] = hi
        e = e + np.spacing(np.abs(e))
        k = e.size - 1
        inner = e[1:-1]
        idx = np.searchsorted(inner, x, side="right")          # -Inf .. inner .. Inf
        keep = np.isfinite(x) | (x == -np.inf)
    observed = np.bincount(idx[keep], weights=freq[keep], minlength=k)[:k]
    return observed.astype(np.float64), e


def pool_bins(expected: np.ndarray, observed: np.ndarray, edges: np.ndarray,
              emin: float):
    """Merge tail bins with expected counts below ``emin`` into their neighbours."""
    e, o = expected.astype(np.float64).copy(), observed.astype(np.float64).copy()
    i, j = 0, e.size - 1
    while i < j - 1 and (e[i] < emin or e[i + 1] < emin or e[j] < emin or
                         e[j - 1] < emin):
        if e[i] < e[j]:
            e[i + 1] += e[i]
            o[i + 1] += o[i]
            i += 1
        else:
            e[j - 1] += e[j]
            o[j - 1] += o[j]
            j -= 1
    kept_edges = np.concatenate([edges[:1], edges[i + 1:j + 1], edges[-1:]])
    return e[i:j + 1], o[i:j + 1], kept_edges


def chi_square_test(observed: np.ndarray, expected: np.ndarray, nparams: int,
                    alpha: float) -> dict:
    """The statistic, degrees of freedom, ``p`` and ``h`` of pooled bins."""
    with np.errstate(divide="ignore", invalid="ignore"):
        stat = float(np.sum((observed - expected) ** 2 / expected))
    df = expected.size - 1 - nparams
    if df > 0:
        p = float(sp.chdtrc(df, stat))
    else:
        df, p = 0, float("nan")
    return {"chi2stat": stat, "df": df, "p": p, "h": bool(p <= alpha)}
