"""Bivariate histogram counts as MATLAB's ``hist3`` bins them (Statistics and Machine
Learning Toolbox).

Python-shaped: ``x`` is an ``(n, 2)`` float array; the bins of each column are given by
a number of equal bins spanning the data, by bin centres, or by edges; the result is the
``(nbins[0], nbins[1])`` count matrix and the bin centres. The rules are those of
MathWorks' hist3.m (facts from a public copy, Copyright 1993-2004, and its help text):

- a number of bins: ``edges = min + width*(0:n)`` with ``width = (max - min)/n``
  (``min == max``: the range ``[x - floor(n/2) - 0.5, x + ceil(n/2) - 0.5]``), centres
  ``edges(1:n) + width/2``, and the outer bins open -- values below the second edge
  count in the first bin, values from the last interior edge up in the last;
- centres ``c``: edges halfway between neighbouring centres (the outer ones half a
  spacing outside), the outer bins open as above;
- edges ``e``: ``e(i) <= x < e(i+1)``, a value equal to ``e(end)`` in a last bin of its
  own, values outside not counted (``-Inf``/``Inf`` edges take everything); the centres
  reported are the ones for which the edges are midpoints when such exist
  (``c(1) = e(1) + de(1)/2``, ``c(j) = 2 e(j) - c(j-1)``), else the midpoints, plus one
  past the last edge;
- rows holding a NaN are not counted.
"""

from __future__ import annotations

import numpy as np

from compat._core.histograms import edge_bins

__all__ = ["hist3"]


def _auto(column: np.ndarray, n: int):
    lo, hi = float(column.min()), float(column.max())
    if lo == hi:
        lo, hi = lo - np.floor(n / 2) - 0.5, hi + np.ceil(n / 2) - 0.5
    width = (hi - lo) / n
    edges = lo + width * np.arange(n + 1)
    centres = edges[:n] + width / 2
    return np.concatenate(([-np.inf], edges[1:-1], [np.inf])), centres


def _from_centres(c: np.ndarray):
    dc = np.diff(c)
    if c.size < 2:
        raise ValueError("two or more centres are needed in each dimension")
    edges = np.concatenate(([c[0]], c)) + np.concatenate(([-dc[0]], dc, [dc[-1]])) / 2
    return np.concatenate(([-np.inf], edges[1:-1], [np.inf]))


def _edge_centres(e: np.ndarray):
    """The centres hist3 reports for given edges (and whether it had to fall back)."""
    de = np.diff(e)
    c = np.empty(de.size)
    c[0] = e[0] + de[0] / 2
    for j in range(1, c.size):                 # a recurrence: each centre mirrors the
        c[j] = 2 * e[j] - c[j - 1]             # previous one in the edge between them
    consistent = not (np.any(c <= e[:-1])
                      or abs(c[-1] - (e[-1] - de[-1] / 2)) > 1000 * np.spacing(de[-1]))
    if not consistent:
        c = e[:-1] + de / 2
    return np.concatenate((c, [e[-1] + de[-1] / 2])), consistent


def hist3(x: np.ndarray, *, nbins=None, centres=None, edges=None):
    """``(counts, (centres_1, centres_2), consistent)``; exactly one of ``nbins`` (two
    ints), ``centres`` or ``edges`` (two 1-D arrays each) is given. ``consistent`` is
    False when given edges have no centres of which they are the midpoints."""
    if nbins is not None:
        sizes = [int(nbins[0]), int(nbins[1])]
    elif centres is not None:
        sizes = [len(centres[0]), len(centres[1])]
    else:
        sizes = [len(edges[0]), len(edges[1])]
    if x.shape[0] == 0:
        out = [np.arange(1, s + 1, dtype=np.float64) for s in sizes] if nbins is not None \
            else [np.asarray(c, dtype=np.float64) for c in (centres or edges)]
        return np.zeros(sizes), tuple(out), True
    bins, reported, consistent = [], [], True
    for i in range(2):
        column = x[:, i]
        finite = column[~np.isnan(column)]
        if nbins is not None:
            if finite.size and not np.all(np.isfinite(finite)):
                raise ValueError("infinite data")
            hist_edges, c = _auto(finite if finite.size else np.zeros(1), sizes[i])
        elif centres is not None:
            c = np.asarray(centres[i], dtype=np.float64)
            hist_edges = _from_centres(c)
        else:
            hist_edges = np.asarray(edges[i], dtype=np.float64)
            c, ok = _edge_centres(hist_edges)
            consistent = consistent and ok
        b = edge_bins(column, hist_edges)
        bins.append(np.minimum(b, sizes[i]))
        reported.append(c)
    keep = (bins[0] > 0) & (bins[1] > 0)
    counts = np.zeros(sizes)
    np.add.at(counts, (bins[0][keep] - 1, bins[1][keep] - 1), 1)
    return counts, tuple(reported), consistent
