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
dimension (:mod:`compat._core.histograms`); and the edges of each dimension
(:func:`pair_edges`), chosen as MATLAB's ``histcounts2`` chooses them (facts from
MathWorks' ``histcounts2.m``, R2024, and the histogram2 documentation):

* the data that choose a dimension's edges are the values of the pairs finite in both
  coordinates (an integer class: all values); with ``XBinLimits`` the values within
  them (and within ``YBinLimits`` when given), the limits being the first and last
  edges;
* ``NumBins``: MATLAB's bin picker for that many bins of ``range/nbins``, or
  ``linspace(lo, hi, nbins+1)`` between hard limits;
* ``BinWidth``: edges at multiples of the width covering the data, at most 1024 bins
  per dimension (more: the width ``range/1024`` when ``min`` is a multiple of it, else
  ``range/1023``); between hard limits ``lo:w:hi`` (MATLAB's colon, ``w`` at least
  ``range/1024``) with ``hi`` appended when the colon stops short;
* 'BinMethod' ('auto', 'scott', 'fd', 'integers'; histcounts2 has no 'sturges' or
  'sqrt'): 'auto' is the integer rule for integer-valued data with a range of at most
  50 (within ``flintmax/2``), else Scott's rule; Scott's bivariate width is
  ``3.5*std(x)*numel(x)^(-1/4)`` and Freedman-Diaconis' ``2*max(iqr, range/10)*
  numel(x)^(-1/4)`` (the power differs from the 1-D rules), both rounded to a nice
  width by the bin picker; the integer rule is histcounts' with 1024 bins at most.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import histograms
from compat._core.errors import CompatValueError
from compat._core.grids import float_colon, linspace

__all__ = ["hist_bins", "hist_counts", "histcounts2", "pair_edges", "PAIR_METHODS",
           "PAIR_MAXBINS"]

PAIR_METHODS = ("auto", "scott", "fd", "integers")
PAIR_MAXBINS = 1024      # per dimension (histogram2 documentation, 2^10)


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
    area = np.diff(xedges)[:, None] * np.diff(yedges)[None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        counts = histograms.normalized(counts, normalization, x.size, area, _cumsum2)
    return counts, bx, by


def _cumsum2(counts: np.ndarray) -> np.ndarray:
    """Sums over both dimensions, along x first (histcounts2's 'cumcount'/'cdf')."""
    return np.cumsum(np.cumsum(counts, axis=0), axis=1)


def _pair_data(v, other, limits, other_limits, integer_class):
    """(data choosing the edges, lo, hi): MATLAB's selection for one dimension."""
    if limits is None:
        data = v if integer_class else v[np.isfinite(v) & np.isfinite(other)]
        if data.size == 0:
            return data, None, None
        return data, float(data.min()), float(data.max())
    lo, hi = limits
    with np.errstate(invalid="ignore"):
        keep = (v >= lo) & (v <= hi)
        if other_limits is not None:
            keep &= (other >= other_limits[0]) & (other <= other_limits[1])
    return v[keep], float(lo), float(hi)


def _width_edges(lo, hi, width, hard):
    """Edges of a given bin width (MATLAB's histcounts2 'BinWidth')."""
    if lo is None:
        return np.array([0.0, width])
    span = hi - lo
    if hard:
        w = max(width, span / PAIR_MAXBINS)
        edges = float_colon(np.float64(lo), np.float64(w), np.float64(hi), np.float64)
        if edges[-1] < hi or edges.size == 1:
            edges = np.append(edges, hi)
        return edges
    left = width * math.floor(lo / width)
    n = max(1, math.ceil((hi - left) / width))
    if n > PAIR_MAXBINS:
        if math.fmod(lo * PAIR_MAXBINS, span) == 0:
            width, left = span / PAIR_MAXBINS, lo
        else:
            width = span / (PAIR_MAXBINS - 1)
            left = width * math.floor(lo / width)
        n = PAIR_MAXBINS
    edges = left + np.arange(n + 1) * width
    if edges[-1] < hi:
        edges[-1] = hi
    return edges


def _rule_edges(method, data, lo, hi, hard, integer_class):
    """Edges of a 'BinMethod' rule for one dimension of histcounts2."""
    if method == "auto":
        integral = data.size and (integer_class or bool(np.all(data == np.round(data))))
        method = "integers" if integral and hi - lo <= 50 and hi <= 2.0 ** 52 and \
            lo >= -2.0 ** 52 else "scott"
    dmin = float(data.min()) if data.size else None
    dmax = float(data.max()) if data.size else None
    if method == "integers":
        if lo is not None and (hi > 2.0 ** 52 or lo < -2.0 ** 52):
            raise CompatValueError("Input data must be within the range of consecutive "
                                   "integers (-flintmax/2 to flintmax/2) for the "
                                   "'integers' BinMethod.")
        if dmin is None:
            if not hard:
                return np.array([-0.5, 0.5])
            inner = np.arange(math.ceil(lo) + 0.5, math.floor(hi) - 0.5 + 0.25)
            return np.concatenate(([lo], inner, [hi]))
        return histograms.integer_edges(dmin, dmax, not integer_class,
                                        (lo, hi) if hard else None, PAIR_MAXBINS)
    n = data.size
    if method == "scott":
        with np.errstate(over="ignore", invalid="ignore"):  # +-realmax: std is Inf
            std = float(np.std(data, ddof=1)) if n > 1 else (0.0 if n == 1 else np.nan)
        raw = 3.5 * std / n ** 0.25 if n else np.nan
    else:  # fd
        if n > 1:
            xs = np.sort(data)
            iq = histograms.matlab_prctile(xs, 75) - histograms.matlab_prctile(xs, 25)
            raw = 2 * max(iq, (dmax - dmin) / 10) * n ** -0.25
        else:
            raw = 1.0
    if hard:
        return histograms.binpicker_limits(dmin, dmax, lo, hi, raw)
    return histograms.binpicker(lo, hi, None, raw)


def pair_edges(v: np.ndarray, other: np.ndarray, *, limits=None, other_limits=None,
               nbins: int | None = None, width: float | None = None,
               method: str = "auto", integer_class: bool = False) -> np.ndarray:
    """The edges of one dimension of MATLAB's ``histcounts2`` for the float64 data ``v``
    (paired with ``other``): from ``nbins``, a bin ``width`` or the rule ``method``,
    within the hard ``limits`` when given (see the module docstring)."""
    data, lo, hi = _pair_data(v, other, limits, other_limits, integer_class)
    hard = limits is not None
    if nbins is not None:
        if hard:
            return linspace(np.float64(lo), np.float64(hi), float(nbins + 1), np.float64)
        raw = (hi - lo) / nbins if lo is not None else 1.0
        return histograms.binpicker(lo, hi, nbins, raw)
    if width is not None:
        return _width_edges(lo, hi, width, hard)
    if lo is None:       # no data: the integer rule's one bin, else the picker's [0 1]
        return np.array([-0.5, 0.5]) if method == "integers" else \
            histograms.binpicker(None, None, None, 1.0)
    return _rule_edges(method, data, lo, hi, hard, integer_class)
