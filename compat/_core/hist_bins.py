"""MATLAB's legacy ``hist`` bins and the bivariate counts of ``histcounts2``.

``hist`` (MATLAB's documented algorithm, ``hist.m``): with ``n`` bins the range
``[min, max]`` of the non-NaN data is cut into ``n`` equal parts (a constant range is
widened to ``n`` unit bins around the value) and the centres are the middles; with given
centres the edges are the midpoints between neighbours, the outer ones stretched to the
data. Every edge is moved up by ``eps(edge)`` so that a bin holds ``(left, right]``
(a value on an edge counts in the bin below it), and everything below the first or
above the last edge counts in the first or last bin.

``histcounts2``: the counts of the pairs ``(x(k), y(k))`` in the rectangles of two edge
vectors, each bin ``[left, right)`` and the last one closed, as ``histcounts`` in each
dimension (:mod:`compat._core.histograms`).
"""

from __future__ import annotations

import numpy as np

from compat._core import histograms

__all__ = ["hist_bins", "hist_counts", "histcounts2"]


def hist_bins(y: np.ndarray, nbins: int | None = None,
              centers: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """``(centers, edges)``: the bin centres and the ``n + 1`` edges ``xx`` of MATLAB's
    ``hist`` for the float64 data ``y`` (all of it; NaN ignored)."""
    finite = y[~np.isnan(y)]
    lo = float(finite.min()) if finite.size else np.nan
    hi = float(finite.max()) if finite.size else np.nan
    if centers is None:
        n = int(nbins)
        if lo == hi:
            lo = lo - np.floor(n / 2) - 0.5
            hi = hi + np.ceil(n / 2) - 0.5
        width = (hi - lo) / n
        xx = lo + width * np.arange(n + 1)
        xx[-1] = hi
        return xx[:-1] + width / 2, xx
    c = np.array(centers, dtype=np.float64).ravel()  # a copy: returned to the caller
    width = np.append(np.diff(c), 0.0)
    xx = np.concatenate([[c[0] - width[0] / 2], c + width / 2])
    xx[0] = min(xx[0], lo) if not np.isnan(lo) else xx[0]
    xx[-1] = max(xx[-1], hi) if not np.isnan(hi) else xx[-1]
    return c, xx


def hist_counts(y: np.ndarray, xx: np.ndarray) -> np.ndarray:
    """Counts of each column of the 2-D ``y`` in the bins of MATLAB's ``hist`` edges
    ``xx`` (``(left, right]``, the outer bins open to -Inf/Inf): ``(n, ncols)``."""
    bins = xx + np.spacing(np.abs(xx))
    edges = np.concatenate([[-np.inf], bins])
    counts, _ = histograms.histc(y, edges, axis=0)
    counts[1] += counts[0]
    counts[-2] += counts[-1]
    return counts[1:-1]


def histcounts2(x: np.ndarray, y: np.ndarray, xedges: np.ndarray, yedges: np.ndarray,
                normalization: str = "count"):
    """``(N, binx, biny)``: counts of the pairs in the rectangles (``N[i, j]``: x in bin
    ``i``, y in bin ``j``), normalised as MATLAB's ``Normalization``; the 1-based bins of
    each pair (0 where it is outside either range or NaN: then it is in no bin)."""
    bx = histograms.edge_bins(x, xedges)
    by = histograms.edge_bins(y, yedges)
    nx, ny = xedges.size - 1, yedges.size - 1
    bx = np.where(bx == xedges.size, nx, bx)
    by = np.where(by == yedges.size, ny, by)
    inside = (bx > 0) & (by > 0)
    bx, by = np.where(inside, bx, 0), np.where(inside, by, 0)
    lin = (bx[inside] - 1) + nx * (by[inside] - 1)
    counts = np.bincount(lin, minlength=nx * ny).astype(np.float64).reshape(ny, nx).T
    total = x.size
    area = np.diff(xedges)[:, None] * np.diff(yedges)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        if normalization == "probability":
            counts = counts / total
        elif normalization == "countdensity":
            counts = counts / area
        elif normalization == "pdf":
            counts = counts / total / area
        elif normalization == "cumcount":
            counts = np.cumsum(np.cumsum(counts, axis=0), axis=1)
        elif normalization == "cdf":
            counts = np.cumsum(np.cumsum(counts / total, axis=0), axis=1)
    return counts, bx, by
