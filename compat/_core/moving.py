"""Moving-window statistics: the core of MATLAB's ``movmean``, ``movsum``, ``movmedian``,
``movmax``, ``movmin``, ``movstd``, ``movvar`` and ``movprod``.

One entry point, :func:`moving`, computes a statistic along one axis of an N-D array
from Python-shaped arguments (a window, an axis, ``omitnan``, ``endpoints``, sample
points); MATLAB's argument grammar is parsed by :mod:`compat.matlab.moving`.

Windows
-------
Every output point ``i`` has a window ``[lo_i, hi_i)`` of input indices along the
working dimension:

* ``k`` scalar: the sample points ``t_j`` (default ``1, 2, ..., n``) with
  ``t_i - k/2 <= t_j < t_i + k/2``. For the default sample points and an integer ``k``
  this is ``kb = floor(k/2)`` points back and ``kf = ceil(k/2) - 1`` forward: odd ``k``
  centred, even ``k`` "centred about the current and previous elements" as MATLAB's
  documentation says (``k = 4``: 2 back, 1 forward).
* ``[kb kf]``: the closed interval ``t_i - kb <= t_j <= t_i + kf`` (``kb`` points back
  and ``kf`` forward for integers and the default sample points).

MATLAB documents the window as "the time interval between t(i)-1.5 and t(i)+1.5" for
``k = 3``, without saying which ends belong to it; the half-open rule above is the only
one under which ``SamplePoints = 1:n`` reproduces the index windows for even ``k``
(a closed interval would put ``k + 1`` points in the window). This is a decision of
compat, stated in every docstring.

Endpoints: ``'shrink'`` computes over the existing points of the window; ``'discard'``
returns only the points whose whole window exists (``n - kb - kf`` of them);
``'fill'`` and a numeric value substitute that value (NaN for ``'fill'``) for the
missing elements, which then take part in the statistic like data ("Substitute
nonexisting elements with ...", MATLAB documentation). With non-uniform sample points
MATLAB only allows ``'shrink'``; with uniform ones the window is translated into
``[kb kf]`` index offsets.

Algorithms
----------
Sums, products, maxima/minima and (count, mean, M2) moments are reduced over each
window by a **dyadic decomposition**: level ``j`` holds the reduction of the ``2**j``
consecutive elements starting at each position (built pairwise from level ``j-1``),
and a window of length ``L`` is the combination of one level-``j`` block for each bit
``j`` set in ``L``, left to right. Cost ``O(n log k)``; no subtraction is ever made,
so

* a sum's rounding error is that of a pairwise summation of the window's own
  elements, at most about ``2 log2(k) eps sum|x_i|`` over the window, independent of
  ``n`` and of values outside the window. A running total (``cumsum`` differences, or
  the running sum of differences IDL's SMOOTH uses) has an error that grows with
  ``n`` and is ruined by one huge value anywhere earlier in the line;
* Inf and NaN only reach the windows that contain them (``Inf - Inf`` never occurs
  across windows), so no special casing is needed for IEEE semantics;
* variances use Chan, Golub & LeVeque's pairwise update of (count, mean, M2)
  ("Algorithms for computing the sample variance", Am. Stat. 37, 1983): the numerically
  stable two-pass quality, not the cancellation-prone ``sum(x^2) - n mean^2``.

Median absolute deviations (movmad) gather each window and take ``median(|w - median(w)|)``
(``O(n k)``). Medians use :func:`scipy.ndimage.median_filter` / ``rank_filter`` (SciPy's 1-D path is
``O(n log k)``) on the full windows of each line, and an explicit gather plus
``numpy.nanmedian`` for the windows that are cut short or hold NaN.

Sources: MATLAB documentation of movmean, movsum, movmedian, movmax, movmin, movstd,
movvar, movprod, movmad (call forms, window placement, endpoints, nanflag defaults, printed
examples). Integer/logical result classes follow the behaviour recorded by an
independent MATLAB re-implementation checked against MATLAB R2025b (see the module
docstrings of compat.matlab.movsum etc.).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import scipy.ndimage

from typing import Literal

from compat._core.errors import CompatValueError

__all__ = ["moving", "window_bounds", "dyadic_reduce", "STATISTICS", "Statistic",
           "Endpoints"]

Statistic = Literal["sum", "mean", "prod", "max", "min", "median", "var", "std",
                    "mad"]
Endpoints = Literal["shrink", "discard", "fill"]
STATISTICS: tuple[Statistic, ...] = ("sum", "mean", "prod", "max", "min", "median", "var",
                                     "std", "mad")
_CHUNK = 1 << 22  # elements per gathered block (32 MiB of float64)


# --------------------------------------------------------------------------- windows
def window_bounds(window, n, samplepoints=None):
    """Index windows ``[lo, hi)`` (int64 arrays of length n) for each point.

    ``window`` is ``("scalar", k)`` or ``("pair", kb, kf)``; ``samplepoints`` a sorted
    float64 vector of length ``n`` (default ``0, 1, ..., n-1``).
    """
    if samplepoints is None:
        kb, kf = _index_offsets(window)
        i = np.arange(n, dtype=np.int64)
        return np.maximum(i - kb, 0), np.minimum(i + kf + 1, n)
    t = samplepoints
    if window[0] == "scalar":
        half = window[1] / 2.0
        lo = np.searchsorted(t, t - half, side="left")
        hi = np.searchsorted(t, t + half, side="left")
    else:
        lo = np.searchsorted(t, t - window[1], side="left")
        hi = np.searchsorted(t, t + window[2], side="right")
    return lo.astype(np.int64), hi.astype(np.int64)


def _index_offsets(window):
    """(kb, kf) integer offsets for the default sample points."""
    if window[0] == "scalar":
        k = window[1]
        return int(math.floor(k / 2.0)), int(math.ceil(k / 2.0)) - 1
    return int(math.floor(window[1])), int(math.floor(window[2]))


# --------------------------------------------------------------------------- reductions
def dyadic_reduce(x, lo, length, op):
    """Reduce ``x[..., lo:lo+length]`` for every window with an associative ``op``.

    ``x`` is an array, or a tuple of arrays reduced together (the moments of a
    variance), whose last axis is the working one; ``lo``/``length`` are int64 arrays
    with ``length >= 1``. Level ``j`` holds the reductions of ``2**j`` consecutive
    elements; each window combines one level-``j`` block per bit set in its length,
    left to right, without any subtraction (see the module docstring).
    """
    maxlen = int(length.max()) if length.size else 0
    levels = [x]
    h = 1
    while 2 * h <= maxlen:
        prev = levels[-1]
        levels.append(op(_slice(prev, None, -h), _slice(prev, h, None)))
        h *= 2
    if length.size and length[0] == length[-1] and lo[-1] - lo[0] == lo.size - 1 \
            and np.all(length == length[0]):
        # fixed windows at consecutive starts: every piece is a slice, no gather
        L, start, count = int(length[0]), int(lo[0]), lo.size
        result = None
        for j in range(len(levels) - 1, -1, -1):
            if (L >> j) & 1:
                piece = _slice(levels[j], start, start + count)
                result = piece if result is None else op(result, piece)
                start += 1 << j
        return result
    result = None
    has = None  # which windows already hold a piece (None: all of them)
    pos = lo.copy()
    for j in range(len(levels) - 1, -1, -1):
        sel = np.flatnonzero((length >> j) & 1)
        if sel.size == 0:
            continue
        if sel.size == length.size and (result is None or has is None):
            piece = _take(levels[j], pos)
            result = piece if result is None else op(result, piece)
            pos += 1 << j
            continue
        if result is None:
            result = _zeros(levels[0], length.size)
            has = np.zeros(length.size, bool)
        elif has is None:
            has = np.ones(length.size, bool)
        piece = _take(levels[j], pos[sel])
        combined = op(_take(result, sel), piece)
        keep = has[sel]
        _put(result, sel, _where(keep, combined, piece))
        has[sel] = True
        pos[sel] += 1 << j
    return result


def _slice(v, start, stop):
    if isinstance(v, tuple):
        return tuple(c[..., start:stop] for c in v)
    return v[..., start:stop]


def _take(v, idx):
    if isinstance(v, tuple):
        return tuple(np.take(c, idx, axis=-1) for c in v)
    return np.take(v, idx, axis=-1)


def _zeros(x, n):
    if isinstance(x, tuple):
        return tuple(np.zeros(c.shape[:-1] + (n,), c.dtype) for c in x)
    return np.zeros(x.shape[:-1] + (n,), x.dtype)


def _where(mask, a, b):
    if isinstance(a, tuple):
        return tuple(np.where(mask, p, q) for p, q in zip(a, b))
    return np.where(mask, a, b)


def _put(result, sel, values):
    if isinstance(result, tuple):
        for c, v in zip(result, values):
            c[..., sel] = v
    else:
        result[..., sel] = values


def _moments_op(a, b):
    na, ma, qa = a
    nb, mb, qb = b
    n = na + nb
    with np.errstate(invalid="ignore", divide="ignore"):
        frac = np.where(n > 0, nb / np.where(n > 0, n, 1), 0.0)
    delta = mb - ma
    mean = ma + delta * frac
    q = qa + qb + (delta.real ** 2 + delta.imag ** 2 if np.iscomplexobj(delta)
                   else delta * delta) * na * frac
    return n, mean, q


# --------------------------------------------------------------------------- medians
def _median_full(P, W, starts):
    """Median of the full windows ``P[..., s:s+W]`` for s in ``starts`` (finite data)."""
    m, N = P.shape
    out = np.empty((m, starts.size), np.float64)
    if starts.size == 0:
        return out
    if W <= 32 or m > N:
        for r0 in range(0, m, max(1, _CHUNK // max(N * W, 1))):
            rows = slice(r0, r0 + max(1, _CHUNK // max(N * W, 1)))
            view = np.lib.stride_tricks.sliding_window_view(P[rows], W, axis=-1)
            step = max(1, _CHUNK // max(W * view.shape[0], 1))
            for c0 in range(0, starts.size, step):
                s = starts[c0:c0 + step]
                out[rows, c0:c0 + step] = np.median(view[:, s, :], axis=-1)
        return out
    # long lines: SciPy's 1-D rank filters (O(N log W) per line). A loop over the
    # lines is needed because the fast path only applies to 1-D input (an N-D call
    # with axes= is an order of magnitude slower, measured on SciPy 1.17).
    centre = W // 2
    for r in range(m):
        line = P[r]
        if W % 2:
            f = scipy.ndimage.median_filter(line, size=W, mode="nearest")
        else:
            a = scipy.ndimage.rank_filter(line, W // 2 - 1, size=W, mode="nearest")
            b = scipy.ndimage.rank_filter(line, W // 2, size=W, mode="nearest")
            f = a + (b - a) / 2.0
        out[r] = f[starts + centre]
    return out


def _gather(P, lo, hi, reduce):
    """``reduce(w)`` of every window ``P[..., lo:hi]``, NaN entries ignored by ``reduce``.

    The windows are gathered in blocks of at most ``_CHUNK`` elements into ``w``, a
    (lines, windows, longest window) float copy in which the positions past each
    window's end hold NaN; ``reduce`` maps it to (lines, windows) along the last axis
    (a window of NaN only may give NaN: that warning is silenced)."""
    m = P.shape[0]
    out = np.empty((m, lo.size), np.float64)
    if lo.size == 0:
        return out
    W = int((hi - lo).max())
    step = max(1, _CHUNK // max(W * m, 1))
    ar = np.arange(W)
    for c0 in range(0, lo.size, step):
        l, h = lo[c0:c0 + step], hi[c0:c0 + step]
        idx = l[:, None] + ar[None, :]
        absent = idx >= h[:, None]
        vals = P[:, np.minimum(idx, P.shape[1] - 1)]
        vals[:, absent] = np.nan
        with np.errstate(all="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN windows -> NaN
            out[:, c0:c0 + step] = reduce(vals)
    return out


def _nanmedian(w):
    """The median of each window (last axis), NaN ignored."""
    return np.nanmedian(w, axis=-1)


def _nanmad(w):
    """The median absolute deviation ``median(|w - median(w)|)`` of each window (last
    axis), NaN ignored (MATLAB's movmad)."""
    centre = np.nanmedian(w, axis=-1, keepdims=True)
    return np.nanmedian(np.abs(w - centre), axis=-1)


# --------------------------------------------------------------------------- core
def _count(mask, lo, hi):
    """Number of True entries of ``mask`` (m, N) in each window, exact (int64)."""
    c = np.zeros(mask.shape[:-1] + (mask.shape[-1] + 1,), np.int64)
    np.cumsum(mask, axis=-1, out=c[..., 1:])
    return np.take(c, hi, axis=-1) - np.take(c, lo, axis=-1)


def _identity(stat, dtype, omit):
    if stat in ("sum", "mean"):
        return 0
    if stat == "prod":
        return 1
    if dtype.kind == "f":
        if omit:  # fmax/fmin ignore NaN, and an all-NaN window stays NaN
            return np.nan
        return -np.inf if stat == "max" else np.inf
    if dtype == np.uint8 or dtype.kind == "b":
        info = np.iinfo(np.uint8)
    else:
        info = np.iinfo(dtype)
    return info.min if stat == "max" else info.max


def _compute(stat, P, lo, hi, omit, w, pad=None):
    """The statistic over windows ``P[:, lo:hi]`` of a 2-D float/complex/int array.

    ``pad = (kb, kf)`` says the windows are the index windows ``[i-kb, i+kf]`` cut at
    the array ends ('shrink'); the reductions then run over fixed-length windows of
    the array extended by identity elements (0 for sums, 1 for products, -Inf/+Inf
    or the integer limits for max/min, an empty moment for variances), which avoids
    the per-window bookkeeping of variable lengths on the hot path.
    """
    length = hi - lo
    if pad is not None and stat not in ("median", "mad") and P.shape[-1] and \
            not np.all(length == length[0]):
        kb, kf = pad
        W = kb + kf + 1
        starts = np.arange(P.shape[-1], dtype=np.int64)
        if stat in ("var", "std"):
            return _compute(stat, P, starts, starts + W, omit, w,
                            pad=("moments", kb, kf))
        Q = np.pad(P, ((0, 0), (kb, kf)), constant_values=_identity(stat, P.dtype, omit))
        if stat != "mean":
            return _compute(stat, Q, starts, starts + W, omit, w)
        # mean: the divisor is the number of existing (non-omitted) elements
        nan = np.isnan(P) if (omit and P.dtype.kind in "fc") else None
        s = _compute("sum", Q, starts, starts + W, omit, w)
        n = length[None, :] - (_count(nan, lo, hi) if nan is not None else 0)
        with np.errstate(invalid="ignore", divide="ignore"):
            return s / n
    kind = P.dtype.kind
    if stat == "mad":
        # median absolute deviation, median(|x - median(x)|), window by window
        # (gathered in blocks; NaN marks the positions outside a shrunk window)
        out = _gather(P, lo, hi, _nanmad)
        if not omit:
            nan = np.isnan(P)
            if nan.any():
                out[_count(nan, lo, hi) > 0] = np.nan
        return out
    if stat in ("max", "min"):
        if kind == "f":
            op = (np.fmax if stat == "max" else np.fmin) if omit else \
                (np.maximum if stat == "max" else np.minimum)
        else:
            op = np.maximum if stat == "max" else np.minimum
        return dyadic_reduce(P, lo, length, op)
    if stat == "median":
        nan = np.isnan(P)
        anynan = bool(nan.any())
        W = int(length.max()) if length.size else 0
        full = length == W
        out = np.empty((P.shape[0], lo.size), np.float64)
        fi = np.flatnonzero(full)
        # full windows: fast rank filters on NaN-free data (windows holding a NaN
        # are recomputed or set to NaN below, so the 0 put there never shows)
        out[:, fi] = _median_full(np.where(nan, 0.0, P) if anynan else P, W, lo[fi])
        need = np.broadcast_to(~full, out.shape)
        if anynan:
            nn = _count(nan, lo, hi)
            if omit:
                need = need | (nn > 0)
        cols = np.flatnonzero(need.any(axis=0))
        if cols.size:
            g = _gather(P, lo[cols], hi[cols], _nanmedian)
            out[:, cols] = np.where(need[:, cols], g, out[:, cols])
        if anynan and not omit:
            out[nn > 0] = np.nan
        return out
    if stat in ("sum", "mean"):
        nan = np.isnan(P) if kind in "fc" else None
        if omit and nan is not None and nan.any():
            Q = np.where(nan, 0, P)
            s = dyadic_reduce(Q, lo, length, np.add)
            n = length[None, :] - _count(nan, lo, hi)
        else:
            s = dyadic_reduce(P, lo, length, np.add)
            n = length[None, :]
        if stat == "sum":
            return s
        with np.errstate(invalid="ignore", divide="ignore"):
            return s / n
    if stat == "prod":
        if omit and kind in "fc":
            P = np.where(np.isnan(P), 1, P)
        with np.errstate(invalid="ignore", over="ignore"):
            return dyadic_reduce(P, lo, length, np.multiply)
    if stat in ("var", "std"):
        nan = np.isnan(P)
        inf = np.isinf(P)
        cnt = (~nan).astype(np.float64) if omit else np.ones(P.shape, np.float64)
        mean = np.where(nan | inf, 0, P) if omit else np.where(inf, 0, P)
        q = np.zeros(P.shape, np.float64)
        if pad is not None and pad[0] == "moments":
            widths = ((0, 0), (pad[1], pad[2]))
            cnt, mean, q = (np.pad(c, widths) for c in (cnt, mean, q))
            nan, inf = (np.pad(c, widths) for c in (nan, inf))
        with np.errstate(invalid="ignore"):
            n, _, M2 = dyadic_reduce((cnt, mean, q), lo, length, _moments_op)
        with np.errstate(invalid="ignore", divide="ignore"):
            if w == 1:
                v = M2 / n
            else:
                v = np.where(n > 1, M2 / np.maximum(n - 1, 1), 0.0)
        v = np.where(n == 0, np.nan, v)
        if inf.any():
            v[_count(inf, lo, hi) > 0] = np.nan
        if not omit and nan.any():
            v[_count(nan, lo, hi) > 0] = np.nan
        v = np.maximum(v, 0.0)
        return np.sqrt(v) if stat == "std" else v
    raise AssertionError(stat)


def _result_dtype(stat, dtype):
    kind = dtype.kind
    single = dtype in (np.float32, np.complex64)
    if stat in ("max", "min"):
        return dtype
    if stat == "median":
        if kind in "iu":
            return dtype
        return np.dtype(np.float32) if single else np.dtype(np.float64)
    if stat in ("var", "std"):
        return np.dtype(np.float32) if single else np.dtype(np.float64)
    if kind == "c":
        return np.dtype(np.complex64) if single else np.dtype(np.complex128)
    return np.dtype(np.float32) if single else np.dtype(np.float64)


def _cast(stat, values, dtype):
    kind = dtype.kind
    if kind in "iu":
        info = np.iinfo(dtype)
        if stat == "median":  # MATLAB rounds an integer median half away from zero
            values = np.where(values >= 0, np.floor(values + 0.5), np.ceil(values - 0.5))
        values = np.nan_to_num(values, nan=0.0)
        return np.clip(values, info.min, info.max).astype(dtype)
    if kind == "b":
        return values.astype(bool) if values.dtype != bool else values
    return values.astype(dtype, copy=False)


def moving(a: np.ndarray, window: float | tuple[float, float], *, statistic: Statistic,
           axis: int, omitnan: bool, endpoints: Endpoints | float = "shrink",
           sample_points: np.ndarray | None = None, normalization: int = 0) -> np.ndarray:
    """The moving ``statistic`` of ``a`` along ``axis`` (the core of MATLAB's ``mov*``).

    Parameters
    ----------
    a : ndarray
        Numeric or bool data (``axis < a.ndim``).
    window : float or (float, float)
        ``k`` (a window of ``k`` sample-point units, see the module docstring) or
        ``(kb, kf)`` (that many units back and forward).
    statistic : one of :data:`STATISTICS`
    axis : int
        The working axis (numpy's).
    omitnan : bool
        Leave NaN out of every window.
    endpoints : 'shrink', 'discard', 'fill' or a number
        What happens where the window extends past the ends (module docstring).
    sample_points : ndarray, optional
        Increasing finite float64 positions along ``axis`` (default ``0, 1, ...``).
    normalization : {0, 1}
        For 'var'/'std': divide by ``N - 1`` (0) or ``N`` (1).

    Returns
    -------
    ndarray of ``a``'s shape (``kb + kf`` shorter along ``axis`` for 'discard'),
    never a view of ``a``.
    """
    # Inf - Inf, 0 * Inf, 0 / 0 and overflow give MATLAB's IEEE results silently
    with np.errstate(invalid="ignore", over="ignore", divide="ignore"):
        return _moving(a, _window_spec(window), statistic, axis, omitnan, endpoints,
                       sample_points, normalization)


def _window_spec(window):
    if isinstance(window, tuple):
        return ("pair", float(window[0]), float(window[1]))
    return ("scalar", float(window))


def _endpoint_mode(endpoints):
    if isinstance(endpoints, str):
        return endpoints, (np.nan if endpoints == "fill" else None)
    return "value", float(endpoints)


def _moving(a, window, stat, axis, omit, endpoints, sp, w):
    mode, cval = _endpoint_mode(endpoints)
    n = a.shape[axis]
    # working layout: (lines, n), float64 (or the native type for integer max/min)
    moved = np.moveaxis(a, axis, -1)
    lead = moved.shape[:-1]
    X = moved.reshape(int(np.prod(lead)), n)
    out_dtype = _result_dtype(stat, a.dtype)
    native = stat in ("max", "min") and a.dtype.kind in "biu" and mode in ("shrink",
                                                                            "discard")
    if native:
        P = X.astype(np.uint8 if a.dtype.kind == "b" else a.dtype, copy=True)
    elif a.dtype.kind == "c":
        P = X.astype(np.complex128, copy=False)
    else:
        P = X.astype(np.float64, copy=False)  # never modified in place

    uniform = True
    if sp is not None and n > 2:
        d = np.diff(sp)
        uniform = bool(np.all(np.abs(d - d[0]) <= 4 * np.finfo(float).eps *
                              np.max(np.abs(sp[[0, -1]]))))
    if sp is not None and mode != "shrink" and not uniform:
        raise CompatValueError("Endpoints must be 'shrink' when the SamplePoints are not "
                               "uniformly spaced")

    if n == 0:
        out_n = 0
        values = np.zeros((X.shape[0], 0))
    elif mode == "shrink":
        lo, hi = window_bounds(window, n, sp)
        pad = _index_offsets(window) if sp is None else None
        values = _compute(stat, P, lo, hi, omit, w, pad=pad)
        out_n = n
    else:
        if sp is None:
            kb, kf = _index_offsets(window)
        else:
            lo, hi = window_bounds(window, n, sp)
            idx = np.arange(n)
            kb, kf = int((idx - lo).max()), int((hi - 1 - idx).max())
        W = kb + kf + 1
        if mode == "discard":
            out_n = max(n - kb - kf, 0)
            starts = np.arange(out_n, dtype=np.int64)
            Q = P
        else:
            out_n = n
            starts = np.arange(n, dtype=np.int64)
            fill = cval
            if a.dtype.kind in "biu" and np.isnan(fill) and stat in ("max", "min"):
                fill = -np.inf if stat == "max" else np.inf
            pad = ((0, 0), (kb, kf))
            Q = np.pad(P.astype(np.result_type(P.dtype, np.float64)), pad,
                       constant_values=fill)
        values = _compute(stat, Q, starts, starts + W, omit, w) if out_n else \
            np.zeros((X.shape[0], 0))

    values = np.asarray(values)
    res = _cast(stat, values, out_dtype)
    res = res.reshape(lead + (out_n,))
    res = np.moveaxis(res, -1, axis)
    if np.shares_memory(res, a):  # k = 1 reduces to the input itself: never a view
        res = res.copy()
    return res
