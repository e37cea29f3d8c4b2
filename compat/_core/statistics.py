"""Medians, modes, variances and standard deviations over MATLAB's dimensions: the core
of MATLAB's ``median``, ``mode``, ``var`` and ``std``.

Python-shaped: numpy axes (resolved from MATLAB's ``dim``/``vecdim``/``'all'`` by
:mod:`compat.matlab.reductions`) and parsed options; results in MATLAB's classes and
sizes (:mod:`compat._core.reduction_axes`). Means are in :mod:`compat._core.sums`
with the sums they are computed from; percentiles in :mod:`compat._core.percentiles`.
"""

from __future__ import annotations

import warnings
from typing import Sequence

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.libm import cabs
from compat._core.matlab_types import result_class
from compat._core.reduction_axes import from_lines, to_lines
from compat._core.sums import Outtype

__all__ = ["median", "mode", "variance"]


def median(a: np.ndarray, axes: Sequence[int], *, omitnan: bool = False,
           outtype: Outtype = "default"):
    """MATLAB's median over ``axes``: an even count averages the two middle values
    (integer classes round that mean half away from zero into the class); NaN makes
    the median NaN unless ``omitnan``; no elements give NaN. 'default' and 'native'
    keep single, integer and logical classes (logical: true when the median is >= 0.5,
    i.e. MATLAB's mean of two middle logicals, ``a | b``; no elements: false);
    'double' gives double."""
    lines, kept, full = to_lines(a, axes)
    kind = a.dtype.kind
    if kind == "c":
        raise CompatTypeError("complex input is not supported by compat's median")
    work = np.float32 if a.dtype == np.float32 and outtype != "double" else np.float64
    x = lines.astype(work if kind == "f" else np.float64)
    if x.shape[-1] == 0:
        med = np.full(x.shape[:-1], np.nan)
    elif kind == "f":
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            med = np.nanmedian(x, axis=-1) if omitnan else np.median(x, axis=-1)
        # an odd count's median is the middle element itself (numpy averages it with
        # itself, which turns -0 into +0; MATLAB and Octave return -0)
        s = np.sort(x, axis=-1)
        n = (~np.isnan(s)).sum(axis=-1) if omitnan else np.full(s.shape[:-1], s.shape[-1])
        middle = np.take_along_axis(s, ((np.maximum(n, 1) - 1) // 2)[..., None], -1)[..., 0]
        med = np.where((n % 2 == 1) & ~np.isnan(med), middle, med)
    else:
        med = np.median(x, axis=-1)
    if outtype == "double":
        res = med.astype(np.float64)
    elif kind in "iu":
        res = _integer_median(lines, a.dtype)
    elif kind == "b":
        # MATLAB's median.m keeps logical: its mean of the two middle values is a | b
        res = med >= 0.5
    else:
        res = med.astype(work)
    return from_lines(res, axes, full, a.ndim)


def _integer_median(lines: np.ndarray, dtype) -> np.ndarray:
    """Median of integer lines  in their class, exactly: the middle
    element, or the mean of the two middle ones rounded half away from zero (exact
    integers: int64/uint64 beyond 2^53 are not rounded through double)."""
    s = np.sort(lines, axis=-1)
    k = s.shape[-1]
    if k == 0:
        return np.zeros(s.shape[:-1], dtype=dtype)     # NaN converted to the class
    low, high = s[..., (k - 1) // 2], s[..., k // 2]
    if k % 2:
        return low.astype(dtype)
    out = np.empty(low.shape, dtype=dtype)
    for index, (p, q) in enumerate(zip(low.ravel().tolist(), high.ravel().tolist())):
        t = p + q                      # Python ints: no overflow
        out.flat[index] = t // 2 if t % 2 == 0 else ((t + 1) // 2 if t > 0 else (t - 1) // 2)
    return out


def mode(a: np.ndarray, axes: Sequence[int], *, values: bool = False):
    """``(M, F, C)``: MATLAB's most frequent value over ``axes`` (the smallest of equally
    frequent ones, in MATLAB's sort order; NaN ignored; no value: NaN, or 0 for
    integer and logical data), its frequency ``F`` (double) and, with ``values``, ``C``:
    per output element the column of every value that occurs ``F`` times (a numpy
    object array standing for MATLAB's cell array; None without ``values``)."""
    lines, kept, full = to_lines(a, axes)
    K = lines.shape[-1]
    x = lines
    if x.dtype.kind == "c":
        order = np.lexsort((np.angle(x), cabs(x)), axis=-1)   # C's hypot
        s = np.take_along_axis(x, order, axis=-1)
        valid = ~np.isnan(s)
        # NaN last
        o2 = np.argsort(~valid, axis=-1, kind="stable")
        s = np.take_along_axis(s, o2, axis=-1)
        valid = np.take_along_axis(valid, o2, axis=-1)
    else:
        s = np.sort(x, axis=-1)
        valid = ~np.isnan(s) if s.dtype.kind == "f" else np.ones(s.shape, bool)
    if K == 0:
        count = np.zeros(s.shape, dtype=np.int64)
    else:
        start = np.ones(s.shape, bool)
        start[..., 1:] = s[..., 1:] != s[..., :-1]
        pos = np.broadcast_to(np.arange(K), s.shape)
        runstart = np.maximum.accumulate(np.where(start, pos, 0), axis=-1)
        count = np.where(valid, pos - runstart + 1, 0)
    F = count.max(axis=-1) if K else np.zeros(s.shape[:-1], np.int64)
    first = np.argmax(count == F[..., None], axis=-1) if K else np.zeros(F.shape, int)
    if K:
        vals = np.take_along_axis(s, first[..., None], axis=-1)[..., 0]
    else:
        vals = np.zeros(F.shape, dtype=s.dtype)
    nothing = F == 0
    if a.dtype.kind in "fc":
        vals = np.where(nothing, np.nan, vals).astype(a.dtype)
    elif a.dtype.kind == "b":
        vals = np.where(nothing, 0, vals).astype(bool)
    else:
        vals = np.where(nothing, 0, vals).astype(a.dtype)
    M = from_lines(vals, axes, full, a.ndim)
    Fo = from_lines(F.astype(np.float64), axes, full, a.ndim)
    if not values:
        return M, Fo, None
    flat_s = s.reshape(-1, K) if K else s.reshape(-1, 0)
    flat_c = count.reshape(-1, K) if K else count.reshape(-1, 0)
    flat_F = F.reshape(-1)
    cells = np.empty(flat_F.shape, dtype=object)
    # one small gather per output element (the cell array itself is per element)
    for j in range(flat_F.size):
        if flat_F[j] == 0:
            cells[j] = np.zeros((0, 1), dtype=a.dtype if a.dtype.kind != "b" else float)
        else:
            ends = flat_c[j] == flat_F[j]
            cells[j] = flat_s[j][ends].reshape(-1, 1).astype(a.dtype)
    C = from_lines(cells.reshape(F.shape), axes, full, a.ndim)
    if not isinstance(C, np.ndarray):
        c = np.empty((), dtype=object)
        c[()] = C
        C = c
    return M, Fo, C


def variance(a: np.ndarray, axes: Sequence[int], *, weights: np.ndarray | None = None,
             normalization: int = 0, omitnan: bool = False, sqrt: bool = False):
    """``(V, mu)``: MATLAB's variance over ``axes`` (``sqrt``: the standard deviation)
    and the mean it used. ``normalization`` 0 divides by ``N - 1`` (by ``N`` when
    ``N = 1``), 1 by ``N``; ``weights`` (one per element along the one axis) give the
    weighted variance about the weighted mean. ``omitnan`` drops NaN values and their
    weights; no elements give NaN. Single stays single; complex data give a real
    variance about a complex mean."""
    work = result_class(a)
    rwork = np.float32 if work in (np.float32, np.complex64) else np.float64
    lines, kept, full = to_lines(a.astype(work, copy=False), axes)
    K = lines.shape[-1]
    if weights is not None and weights.size != K:
        raise CompatValueError(f"weight vector length {weights.size} must equal the size "
                               f"{K} of the operating dimension")
    x = lines
    valid = ~np.isnan(x) if omitnan else np.ones(x.shape, bool)
    wt = np.broadcast_to(weights if weights is not None else np.ones(K), x.shape)
    wt = np.where(valid, wt, 0.0)
    xz = np.where(valid, x, 0)
    sw = wt.sum(axis=-1)
    n = valid.sum(axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        mu = (wt * xz).sum(axis=-1) / sw
        dev = np.where(valid, x - mu[..., None], 0)
        ss = (wt * (dev.real ** 2 + dev.imag ** 2 if x.dtype.kind == "c" else dev ** 2)
              ).sum(axis=-1)
        if weights is not None or normalization == 1:
            v = ss / sw
        else:
            v = ss / np.where(n > 1, n - 1, n)
    v = np.where(n == 0, np.nan, v)
    if weights is not None:
        v = np.where(sw == 0, np.nan, v)
    v = v.astype(rwork)
    if sqrt:
        v = np.sqrt(v)
    mu = np.where(n == 0, np.nan, mu).astype(work)
    return from_lines(v, axes, full, a.ndim), from_lines(mu, axes, full, a.ndim)
