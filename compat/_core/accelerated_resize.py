"""Optional compiled passes of MATLAB's ``imresize`` (``compat[fast]``: numba).

:func:`compat._core.image_resize.resize` forms each output of a pass as whole-array
numpy steps: one gather of the first candidate times its weight, then for every
further candidate a gather, a product and an addition into the running sum, then the
rounding into the image's class. :func:`resize_pass` does the same arithmetic for one
output element at a time in a compiled loop -- ``acc = x[c0] * w0``, ``acc = acc +
x[ck] * wk`` in candidate order, in float64 (numba neither reassociates nor contracts
these without ``fastmath``), then for integer classes ``trunc(acc + copysign(0.5,
acc))`` clipped to the class's range (NaN to 0), else the cast -- so the result is the
numpy path's bit for bit, without the temporaries. Tasks are output rows (a pass down
the columns) or input rows (a pass along them); each task writes its own rows, so the
result does not depend on the number of threads (:data:`accelerated_boxes.THREADS`).

Measured with Octave 7.3's imresize in the same run (bench/bench_matlab_image_resize.py,
2 shared cores, best of 3): 1024^2 uint8 x0.5 bicubic 1.55x Octave's time on the numpy
path, 0.14x compiled; x2 bicubic 1.59x -> 0.13x; 700x900 double x1.7 bilinear 1.01x
-> 0.21x.

Nothing here imports numba before an image of at least
:data:`~compat._core.accelerated_sums.MIN_ELEMENTS` elements asks for it;
``COMPAT_NUMBA=0`` (or a missing numba) selects the numpy path.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import accelerated_boxes, accelerated_sums

__all__ = ["resize_pass"]

_COMPILED = None


def _store(acc, integer, lo, hi):
    """The numpy path's ``clip(trunc(acc + copysign(0.5, acc)), lo, hi)``, NaN -> 0."""
    if integer:
        if acc != acc:
            return 0.0
        v = acc + math.copysign(0.5, acc)
        if v >= hi:
            return hi
        if v <= lo:
            return lo
        return float(int(v))          # |v| below the class's range: exact truncation
    return acc


def _down_columns(first, stop, x, w, idx, out, integer, lo, hi):
    """Outputs rows first..stop-1 of a pass along axis 0 (x: n_in x m)."""
    m = x.shape[1]
    p = w.shape[1]
    acc = np.empty(m)
    for i in range(first, stop):
        w0 = w[i, 0]
        r0 = idx[i, 0]
        for j in range(m):
            acc[j] = np.float64(x[r0, j]) * w0
        for k in range(1, p):
            wk = w[i, k]
            rk = idx[i, k]
            for j in range(m):
                acc[j] = acc[j] + np.float64(x[rk, j]) * wk
        for j in range(m):
            out[i, j] = _store_c(acc[j], integer, lo, hi)


def _along_rows(first, stop, x, w, idx, out, integer, lo, hi):
    """Input rows first..stop-1 of a pass along axis 1 (x: r x n_in x c)."""
    n_out = w.shape[0]
    p = w.shape[1]
    c = x.shape[2]
    for i in range(first, stop):
        for o in range(n_out):
            for q in range(c):
                acc = np.float64(x[i, idx[o, 0], q]) * w[o, 0]
                for k in range(1, p):
                    acc = acc + np.float64(x[i, idx[o, k], q]) * w[o, k]
                out[i, o, q] = _store_c(acc, integer, lo, hi)


def _compiled():
    global _COMPILED, _store_c
    if _COMPILED is None:
        if accelerated_sums._kernels() is None:
            _COMPILED = False
        else:
            import numba
            _store_c = numba.njit(nogil=True, cache=True, inline="always")(_store)
            jit = numba.njit(nogil=True, cache=True)
            _COMPILED = (jit(_down_columns), jit(_along_rows))
    return _COMPILED or None


_store_c = _store


def resize_pass(a: np.ndarray, axis: int, weights: np.ndarray, idx: np.ndarray,
                dtype: np.dtype) -> np.ndarray | None:
    """One pass of the resize along ``axis`` (0 or 1) into ``dtype``, or ``None`` when
    the compiled path is not used (small image, no numba, ``COMPAT_NUMBA=0``)."""
    if a.size < accelerated_sums.MIN_ELEMENTS:
        return None
    kernels = _compiled()
    if kernels is None:
        return None
    down, along = kernels
    x = np.ascontiguousarray(a)
    integer = dtype.kind in "iu"
    lo, hi = ((float(np.iinfo(dtype).min), float(np.iinfo(dtype).max)) if integer
              else (0.0, 0.0))
    w = np.ascontiguousarray(weights, dtype=np.float64)
    ix = np.ascontiguousarray(idx, dtype=np.int64)
    if axis == 0:
        x2 = x.reshape(x.shape[0], -1)
        out = np.empty((w.shape[0], x2.shape[1]), dtype=dtype)
        accelerated_boxes.parallel(down, out.shape[0], x2, w, ix, out, integer, lo, hi)
        return out.reshape((w.shape[0],) + x.shape[1:])
    x3 = x.reshape(x.shape[0], x.shape[1], -1)
    out = np.empty((x3.shape[0], w.shape[0], x3.shape[2]), dtype=dtype)
    accelerated_boxes.parallel(along, x3.shape[0], x3, w, ix, out, integer, lo, hi)
    return out.reshape((x.shape[0], w.shape[0]) + x.shape[2:])
