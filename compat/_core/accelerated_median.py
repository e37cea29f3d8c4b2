"""Optional compiled 3 x 3 and 5 x 5 median filter of float images (``compat[fast]``:
numba), IDL MEDIAN's hot path for FLOAT and DOUBLE data.

The numpy path (:func:`compat.idl.smoothing._filter`) copies every window into a buffer
and sorts it (NaN last), then takes the element at position ``count // 2``, ``count``
the window's number of non-NaN values. This module selects the same element without
sorting: each float becomes an integer key that orders like it (the bits read as a
signed integer, the bits below the sign flipped for negative numbers;
:func:`compat.idl.smoothing._float_keys`), and the pruned Batcher selection network of
:mod:`compat._core.selection` picks the key at position ``n // 2`` of the ``n`` window
keys, vectorised over a block of columns in compiled loops. IDL's NaN rule (missing
data: the median of the other values) becomes a fixed-position selection: of a
window's ``m`` NaNs, the first ``m // 2`` (in window order) get the lowest key and the
others the highest, so position ``n // 2`` of the window is position
``(n - m) // 2 = count // 2`` of its non-NaN values; a window of NaNs only gives NaN.

The selected key is the order statistic itself, and two floats with the same key have
the same bits, so the result equals the sort's bit for bit whenever the sorted
sequence is unique -- always, except that a sort orders -0.0 and 0.0 as equal: arrays
holding -0.0 (and /EVEN with NaN, which needs a second middle value) keep the numpy
path. Every output point is computed by one thread from its own window, so the result
does not depend on the number of threads.

Source: K. E. Batcher, "Sorting networks and their applications", AFIPS 1968; the
integer keys are the usual radix-sort map of IEEE 754 values (the ordering of the
encodings, IEEE 754-2008 section 3.4). Like :mod:`compat._core.accelerated_boxes`,
numba is imported only when an array of at least
:data:`~compat._core.accelerated_sums.MIN_ELEMENTS` elements asks for it;
``COMPAT_NUMBA=0`` (or a missing numba) selects the numpy path.
"""

from __future__ import annotations

import functools

import numpy as np

from compat._core import accelerated_boxes, accelerated_sums
from compat._core.selection import median_network

__all__ = ["median_filter_2d"]

_BLOCK = 64          # columns selected together (the wires of a block stay in cache)
_COMPILED = None     # None: not tried yet; False: unavailable; else the kernel


def _gather(keys, has_nan, width, r, c0, nb, low, high, wires, m, need):
    """The window keys of output points ``(r, c0 .. c0 + nb - 1)`` into ``wires[0 ..
    width**2 - 1]``; with ``has_nan``, NaN points (key ``high``, which no other value
    has) counted into ``m`` and the first ``m // 2`` of each window replaced by ``low``.
    All in the keys' integer type, so the loops over ``j`` vectorise."""
    if has_nan:
        for j in range(nb):
            m[j] = 0
        for dy in range(width):
            row = keys[r + dy]
            for dx in range(width):
                for j in range(nb):
                    m[j] += row[c0 + dx + j] == high
        for j in range(nb):
            need[j] = m[j] >> 1
    i = 0
    for dy in range(width):
        row = keys[r + dy]
        for dx in range(width):
            w = wires[i]
            if has_nan:
                for j in range(nb):
                    v = row[c0 + dx + j]
                    t = need[j] if v == high else 0
                    t = t if t < 1 else 1         # 1: this NaN counts as low
                    w[j] = low if t > 0 else v
                    need[j] -= t
            else:
                for j in range(nb):
                    w[j] = row[c0 + dx + j]
            i += 1


def _select(op_min, op_out, op_a, op_b, nb, wires):
    """The network's compare-exchanges over the first ``nb`` columns of the wires."""
    for k in range(op_out.shape[0]):
        a = wires[op_a[k]]
        b = wires[op_b[k]]
        d = wires[op_out[k]]
        if op_min[k]:
            for j in range(nb):
                d[j] = a[j] if a[j] < b[j] else b[j]
        else:
            for j in range(nb):
                d[j] = b[j] if a[j] < b[j] else a[j]


def _rows(first, stop, keys, has_nan, width, op_min, op_out, op_a, op_b, target,
          n_wires, low, high, nan_key, block, res):
    """Output rows ``first .. stop - 1``: ``res[r, c]`` is the key at position
    ``n // 2`` of the window ``keys[r:r + width, c:c + width]`` (NaN points carry the
    highest key; with ``has_nan`` the first ``m // 2`` of a window's ``m`` NaNs count
    as ``low``, and a window of NaNs gives ``nan_key``)."""
    n_cols = res.shape[1]
    n_win = width * width
    wires = np.empty((n_wires, block), keys.dtype)
    m = np.zeros(block, keys.dtype)
    need = np.zeros(block, keys.dtype)
    for r in range(first, stop):
        for c0 in range(0, n_cols, block):
            nb = min(block, n_cols - c0)
            _gather(keys, has_nan, width, r, c0, nb, low, high, wires, m, need)
            _select(op_min, op_out, op_a, op_b, nb, wires)
            out = wires[target]
            if has_nan:
                for j in range(nb):
                    res[r, c0 + j] = nan_key if m[j] == n_win else out[j]
            else:
                for j in range(nb):
                    res[r, c0 + j] = out[j]


def _compiled():
    """The compiled row kernel (``nogil``), or ``None`` without numba or with
    ``COMPAT_NUMBA=0`` (the switch of :mod:`compat._core.accelerated_sums`)."""
    global _COMPILED
    if accelerated_sums._kernels() is None:
        return None
    if _COMPILED is None:
        import numba
        jit = numba.njit(nogil=True, cache=True)
        names = dict(globals())
        # the row kernel sees the compiled versions of the helpers it calls
        for fn in (_gather, _select, _rows):
            names[fn.__name__] = jit(type(fn)(fn.__code__, names, fn.__name__))
        _COMPILED = names["_rows"]
    return _COMPILED


@functools.lru_cache(maxsize=None)
def _program(n: int):
    """:func:`median_network` of ``n`` inputs as arrays with dense wire numbers:
    ``(is_min, out, a, b, target, n_wires)``."""
    ops = median_network(n)
    index = {w: w for w in range(n)}
    is_min, out, a, b = [], [], [], []
    for op, wire, x, y in ops[:-1]:
        index[wire] = len(index)
        is_min.append(op == "min")
        out.append(index[wire])
        a.append(index[x])
        b.append(index[y])
    target = index[ops[-1][1]]
    return (np.array(is_min, np.bool_), np.array(out, np.int64), np.array(a, np.int64),
            np.array(b, np.int64), target, len(index))


def median_filter_2d(c: np.ndarray, width: int, keys_of, *, force: bool = False):
    """The window medians of a 2-D float32/float64 array ``c`` (IDL MEDIAN's interior,
    ``(rows - 2*(width//2), cols - 2*(width//2))``, in ``c``'s dtype), or ``None`` when
    the compiled path does not apply: numba missing or disabled, fewer than
    ``MIN_ELEMENTS`` elements unless ``force``, a width other than 3 or 5, or -0.0 in
    the data. ``keys_of`` is :func:`compat.idl.smoothing._float_keys`. The values are
    those of sorting each window (NaN last) and taking position ``count // 2``."""
    if c.ndim != 2 or c.dtype not in (np.float32, np.float64) or width not in (3, 5):
        return None
    if (c.size < accelerated_sums.MIN_ELEMENTS and not force) or min(c.shape) < width:
        return None
    kernel = _compiled()
    if kernel is None:
        return None
    x = np.array(c, dtype=c.dtype.newbyteorder("="), order="C", copy=True)
    if bool(np.any(np.signbit(x) & (x == 0))):
        return None
    nan = np.isnan(x)
    has_nan = bool(nan.any())
    keys, decode = keys_of(x)          # in place on the copy
    info = np.iinfo(keys.dtype)
    keys[nan] = info.max
    nan_key = np.array(np.nan, x.dtype).view(keys.dtype)[()]
    is_min, op_out, op_a, op_b, target, n_wires = _program(width * width)
    h = width // 2
    res = np.empty((x.shape[0] - 2 * h, x.shape[1] - 2 * h), keys.dtype)
    accelerated_boxes.parallel(kernel, res.shape[0], keys, has_nan, width, is_min, op_out,
                               op_a, op_b, target, n_wires, keys.dtype.type(info.min),
                               keys.dtype.type(info.max), nan_key, _BLOCK, res)
    return decode(res)
