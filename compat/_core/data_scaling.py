"""Rescaling and normalisation as MATLAB defines them (``rescale``, ``normalize``).

* ``rescale``: ``l + (A - inmin) ./ (inmax - inmin) .* (u - l)`` with the input range
  defaulting to the array's minimum and maximum (NaN ignored); a constant array maps to
  ``l``; with an explicit input range, values outside it map to ``l`` or ``u``.
* ``normalize`` along one axis, NaN ignored in the statistics: ``N = (A - C) ./ S`` with
  C and S by method -- 'zscore' (mean and std, n - 1; 'robust': median and the median
  absolute deviation), 'norm' (C = 0, S the vector p-norm), 'scale' (C = 0; S the std,
  the MAD, the first element, the IQR or a given value), 'range' (to [a, b]: S = (max -
  min) / (b - a), C = min - a S), 'center' (S = 1; C the mean, the median or a given
  value), 'medianiqr' (median and IQR); 'center' and 'scale' combine.

``sklearn.preprocessing`` scalers use the population standard deviation (n) and never
the median absolute deviation unscaled; ``scipy.stats.zscore`` uses ddof=0 by default.
"""

from __future__ import annotations

import numpy as np

__all__ = ["rescale", "center_scale"]


def rescale(a: np.ndarray, low, high, inmin, inmax) -> np.ndarray:
    """``a`` mapped from ``[inmin, inmax]`` (None: a's NaN-free extremes) onto ``[low,
    high]``; explicit ranges clip."""
    clip = inmin is not None or inmax is not None
    lo = np.nanmin(a) if inmin is None else inmin
    hi = np.nanmax(a) if inmax is None else inmax
    span = np.where(np.asarray(hi - lo) == 0, 1.0, hi - lo)
    out = low + (a - lo) / span * (high - low)
    if clip:
        out = np.where(a < lo, low, np.where(a > hi, high, out))
    return out


def _mad(a, axis):
    med = np.nanmedian(a, axis=axis, keepdims=True)
    return np.nanmedian(np.abs(a - med), axis=axis, keepdims=True)


def _iqr(a, axis, percentile):
    return percentile(a, 75, axis) - percentile(a, 25, axis)


def center_scale(a: np.ndarray, axis: int, method: str, arg, center, scale,
                 percentile) -> tuple[np.ndarray, np.ndarray]:
    """``(C, S)`` of normalize along ``axis`` (kept with length 1). ``method`` is one of
    'zscore', 'norm', 'scale', 'range', 'center', 'medianiqr', 'centerscale' (then
    ``center``/``scale`` are the two types); ``percentile(a, q, axis)`` is MATLAB's
    prctile (for the IQR)."""
    def mean():
        return np.nanmean(a, axis=axis, keepdims=True)

    def std():
        return np.nanstd(a, axis=axis, ddof=1, keepdims=True)

    def median():
        return np.nanmedian(a, axis=axis, keepdims=True)

    one = np.ones_like(mean())
    zero = np.zeros_like(one)

    def centre_of(kind):
        if kind is None:
            return zero
        if not isinstance(kind, str):
            return np.asarray(kind, dtype=np.float64)
        return mean() if kind == "mean" else median()

    def scale_of(kind):
        if kind is None:
            return one
        if not isinstance(kind, str):
            return np.asarray(kind, dtype=np.float64)
        if kind == "std":
            return std()
        if kind == "mad":
            return _mad(a, axis)
        if kind == "iqr":
            return _iqr(a, axis, percentile)
        return np.take(a, [0], axis=axis)               # 'first'

    if method == "zscore":
        if arg == "robust":
            return median(), _mad(a, axis)
        return mean(), std()
    if method == "norm":
        p = float(arg)
        x = np.where(np.isnan(a), 0.0, np.abs(a))
        if np.isinf(p):
            s = np.max(x, axis=axis, keepdims=True)
        else:
            s = np.sum(x ** p, axis=axis, keepdims=True) ** (1.0 / p)
        return zero, s
    if method == "range":
        lo_t, hi_t = arg
        lo = np.nanmin(a, axis=axis, keepdims=True)
        hi = np.nanmax(a, axis=axis, keepdims=True)
        s = (hi - lo) / (hi_t - lo_t)
        return lo - lo_t * s, s
    if method == "medianiqr":
        return median(), _iqr(a, axis, percentile)
    return centre_of(center), scale_of(scale)
