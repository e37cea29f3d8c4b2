"""Peak finding with MATLAB's rules: local maxima, prominence, widths, the selections.

The core of ``matlab.findpeaks`` (Signal Processing Toolbox). Python-shaped: 0-based
sample indices, keyword-only options, a :class:`PeakSet` result. The rules, as MATLAB
documents them (``findpeaks`` reference page: "Prominence", "Width", the name-value
arguments) and as its behaviour pins them down:

* **Peak**: a sample larger than both neighbours, or ``+Inf``. Runs of equal values are
  one sample (a flat peak is reported at its first index); NaN is a border: a sample next
  to a NaN (or a ``+Inf``) is never a finite peak, and the signal's end points never are.
* **Prominence**: from the peak, a horizontal line runs left and right until it meets a
  sample *higher* than the peak (an equal one does not stop it), a NaN/``+Inf`` border or
  the end of the signal; the lower of the two sides' minima is discarded, the higher one
  is the *base*; prominence = peak - base. ``+Inf`` peaks have base 0 (prominence Inf).
* **Width**: the reference line sits at half prominence (``'halfprom'``: ``(peak +
  base)/2``) or at half height (``'halfheight'``: ``peak/2``; peaks at or below 0 are
  dropped). From the peak the signal is walked left and right until it falls to the
  line, the crossing found by linear interpolation between the two samples around it;
  the walk never passes the peak's *saddle* -- the lowest sample before the nearest peak
  at least as high (for ``'halfheight'``: nor the saddle between the peak and its
  neighbouring selected peak) -- and stops at the saddle's x when it gets there first.
* **Selections**, in MATLAB's order: ``MinPeakHeight`` (height > value; finite peaks),
  ``Threshold`` (peak - the larger neighbour >= value), ``MinPeakProminence`` (>=),
  ``MinPeakWidth``/``MaxPeakWidth`` (inclusive), ``MinPeakDistance`` (from the highest
  peak down, every peak within +/- distance of a kept one is dropped; equal heights in
  order of position), then ``SortStr`` and ``NPeaks``.

The prominence walk keeps a stack of the peaks met so far with the lowest valley below
each (amortised linear time); the widths walk from each peak to its crossings.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["PeakSet", "local_maxima", "find_peaks"]


@dataclass
class PeakSet:
    """Selected peaks: 0-based ``index`` (in output order), their ``prominence`` and
    the x-coordinates of the width crossings, ``left`` and ``right`` (``None`` when the
    extents were not needed)."""

    index: np.ndarray
    prominence: np.ndarray | None = None
    left: np.ndarray | None = None
    right: np.ndarray | None = None


def local_maxima(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Finite local maxima and the inflection points of ``y`` (``+Inf`` already NaN).

    Runs of equal values count as their first sample; NaN neighbours border. Returns
    0-based indices ``(peaks, inflections)``: the inflections are every sample where
    the direction of the collapsed signal changes (rising to falling, falling to
    rising, to or from NaN), the signal's finite end samples included; every peak is
    one of them.
    """
    ext = np.concatenate(([np.nan], y, [np.nan]))
    finite = ~np.isnan(ext)
    keep = np.empty(ext.size, dtype=bool)
    keep[0] = True
    keep[1:] = (ext[:-1] != ext[1:]) & (finite[:-1] | finite[1:])
    kept = np.flatnonzero(keep)
    with np.errstate(invalid="ignore"):
        slope = np.sign(np.diff(ext[kept]))
        peaks = kept[1 + np.flatnonzero(np.diff(slope) < 0)] - 1
    turns = kept[1 + np.flatnonzero(slope[:-1] != slope[1:])] - 1
    return peaks, turns


def _bases(values: list, is_peak: list, wanted: list) -> tuple[list, list]:
    """One side's walk: for each wanted peak (in walk order), the position (in the walk)
    of the lowest sample between it and the nearest *higher* peak or border (its base)
    and of the lowest before the nearest peak *at least as high* (its saddle).

    The walk visits the inflections from the peak's side outwards; a NaN resets it.
    Among equal minima the one met last (nearest the peak) is kept.
    """
    st_peak: list = []
    st_val: list = []
    st_pos: list = []
    v = np.nan
    iv = 0
    base: list = []
    saddle: list = []
    for t, value in enumerate(values):
        if not is_peak[t]:
            v, iv = value, t
            if value != value:           # NaN: a border, start over
                st_peak.clear()
                st_val.clear()
                st_pos.clear()
            else:
                while st_val and st_val[-1] > value:
                    st_peak.pop()
                    st_val.pop()
                    st_pos.pop()
            continue
        p = value
        while st_peak and st_peak[-1] < p:
            if st_val[-1] < v:
                v, iv = st_val[-1], st_pos[-1]
            st_peak.pop()
            st_val.pop()
            st_pos.pop()
        isv = iv
        while st_peak and st_peak[-1] <= p:
            if st_val[-1] < v:
                v, iv = st_val[-1], st_pos[-1]
            st_peak.pop()
            st_val.pop()
            st_pos.pop()
        st_peak.append(p)
        st_val.append(v)
        st_pos.append(iv)
        if wanted[t]:
            base.append(iv)
            saddle.append(isv)
    return base, saddle


def _prominence_bases(y_finite, turns, peaks, selected):
    """Left/right base and saddle sample indices of the ``selected`` peaks."""
    values = y_finite[turns].tolist()
    is_peak = np.isin(turns, peaks)
    wanted = np.isin(turns, selected)
    lb, ls = _bases(values, is_peak.tolist(), wanted.tolist())
    rb, rs = _bases(values[::-1], is_peak[::-1].tolist(), wanted[::-1].tolist())
    m = len(values) - 1
    left_base = turns[np.asarray(lb, dtype=np.intp)]
    left_saddle = turns[np.asarray(ls, dtype=np.intp)]
    right_base = turns[m - np.asarray(rb[::-1], dtype=np.intp)]
    right_saddle = turns[m - np.asarray(rs[::-1], dtype=np.intp)]
    return left_base, right_base, left_saddle, right_saddle


def _crossing(xa, xb, ya, yb, peak, base):
    """x where the line at (peak + base)/2 crosses between (xa, ya) and (xb, yb); a
    ``-Inf`` sample or base takes the limit (MATLAB's rule)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        xc = xa + (xb - xa) * (0.5 * (peak + base) - ya) / (yb - ya)
    if xc != xc:
        xc = 0.5 * (xa + xb) if np.isinf(base) else xb
    return xc


def _widths(y, x, peaks, base, lo, hi):
    """The x-coordinates where each peak's reference line meets the signal, walking
    no further than sample ``lo`` on the left and ``hi`` on the right."""
    yl = y.tolist()
    xl = x.tolist()
    left = np.empty(peaks.size)
    right = np.empty(peaks.size)
    for k, (i, b, a, c) in enumerate(zip(peaks.tolist(), base.tolist(), lo.tolist(),
                                         hi.tolist())):
        p = yl[i]
        ref = (p + b) / 2
        j = i
        while j >= a and yl[j] > ref:
            j -= 1
        left[k] = xl[a] if j < a else _crossing(xl[j], xl[j + 1], yl[j], yl[j + 1], p, b)
        j = i
        while j <= c and yl[j] > ref:
            j += 1
        right[k] = xl[c] if j > c else _crossing(xl[j], xl[j - 1], yl[j], yl[j - 1], p, b)
    return left, right


def _separated(heights, locations, distance):
    """Positions (into the peak list) kept by MATLAB's greedy MinPeakDistance rule."""
    order = np.argsort(-heights, kind="stable")
    loc_sorted = locations  # the peak list is in increasing location order
    deleted = np.zeros(heights.size, dtype=bool)
    lo = np.searchsorted(loc_sorted, locations - distance, side="left")
    hi = np.searchsorted(loc_sorted, locations + distance, side="right")
    for k in order.tolist():
        if deleted[k]:
            continue
        deleted[lo[k]:hi[k]] = True
        deleted[k] = False
    return np.flatnonzero(~deleted)


def _join(peaks: np.ndarray, infinite: np.ndarray) -> np.ndarray:
    """The sorted union of two sorted index sets (``peaks`` alone when there is no +Inf
    sample: np.union1d hashes a million indices for nothing)."""
    return np.union1d(peaks, infinite) if infinite.size else peaks


def find_peaks(y: np.ndarray, x: np.ndarray, *, min_height=-np.inf, min_prominence=0.0,
               threshold=0.0, min_width=0.0, max_width=np.inf, min_distance=0.0,
               width_reference="halfprom", sort="none", npeaks=None,
               extents=False) -> tuple[PeakSet, bool]:
    """MATLAB's peak selection on a 1-D float signal ``y`` at increasing ``x``.

    Returns ``(PeakSet, emptied_by_height)``; the flag is True when ``min_height``
    removed every finite peak (MATLAB warns then, except for ``'halfheight'``).
    ``extents=True`` computes prominences and widths even when no option needs them.
    """
    halfheight = width_reference == "halfheight"
    if halfheight:
        min_height = max(min_height, 0.0)
    infinite = np.flatnonzero(np.isposinf(y))
    y_finite = y.copy() if infinite.size else y
    if infinite.size:
        y_finite[infinite] = np.nan
    finite_peaks, turns = local_maxima(y_finite)
    emptied = False
    peaks = finite_peaks
    if peaks.size:
        peaks = peaks[y[peaks] > min_height]
        emptied = peaks.size == 0
    if peaks.size:
        neighbour = np.maximum(y[peaks - 1], y[peaks + 1])
        peaks = peaks[y[peaks] - neighbour >= threshold]
    need = (min_width > 0 or max_width < np.inf or min_prominence > 0 or extents)
    prominence = left = right = None
    if need:
        if peaks.size:
            lb, rb, ls, rs = _prominence_bases(y_finite, turns, finite_peaks, peaks)
            base = np.fmax(y_finite[lb], y_finite[rb])
            keep = y_finite[peaks] - base >= min_prominence
            peaks, base, ls, rs = peaks[keep], base[keep], ls[keep], rs[keep]
        else:
            base = ls = rs = np.zeros(0, dtype=np.intp)
        if peaks.size and halfheight:
            lo = np.concatenate((ls[:1], np.maximum(ls[1:], rs[:-1])))
            hi = np.concatenate((np.minimum(rs[:-1], ls[1:]), rs[-1:]))
            lo = np.where(lo > peaks, ls, lo)
            hi = np.where(hi < peaks, rs, hi)
            wl, wr = _widths(y_finite, x, peaks, np.zeros(peaks.size), lo, hi)
        elif peaks.size:
            wl, wr = _widths(y_finite, x, peaks, base, ls, rs)
        else:
            wl = wr = np.zeros(0)
        # the +Inf peaks join: base 0, borders halfway to their neighbours
        all_peaks = _join(peaks, infinite)
        fin = np.isin(all_peaks, peaks) if infinite.size else np.ones(peaks.size, bool)
        prominence = np.empty(all_peaks.size)
        left = np.empty(all_peaks.size)
        right = np.empty(all_peaks.size)
        prominence[fin] = y[peaks] - base
        left[fin] = wl
        right[fin] = wr
        if infinite.size:
            xl = x[np.maximum(infinite - 1, 0)]
            xr = x[np.minimum(infinite + 1, x.size - 1)]
            prominence[~fin] = np.inf
            left[~fin] = 0.5 * (x[infinite] + xl)
            right[~fin] = 0.5 * (x[infinite] + xr)
        peaks = all_peaks
        if all_peaks.size and (min_width > 0 or max_width < np.inf):
            w = right - left
            keep = (min_width <= w) & (w <= max_width)
            peaks, prominence, left, right = (peaks[keep], prominence[keep], left[keep],
                                              right[keep])
    else:
        peaks = _join(peaks, infinite)
    order = np.arange(peaks.size)
    if peaks.size and min_distance > 0:
        order = _separated(y[peaks], x[peaks], min_distance)
    if order.size and sort != "none":
        heights = y[peaks[order]]
        s = np.argsort(heights if sort == "ascend" else -heights, kind="stable")
        order = order[s]
    if npeaks is not None:
        order = order[:npeaks]
    result = PeakSet(peaks[order])
    if need:
        result.prominence = prominence[order]
        result.left = left[order]
        result.right = right[order]
    return result, emptied
