"""Optional compiled kernel for IDL's running sums (``compat[fast]``: numba).

IDL's TOTAL adds left to right, one element after another, and compat reproduces that
order bit for bit with :func:`numpy.cumsum` (:mod:`compat._core.running_sums`), which is
exact but writes the whole running total to memory: 4-10x slower than GDL's loop on
10^7 floats. This module compiles the same loop with numba when numba is installed, so
large sums run at the speed of the legacy loop. The kernel adds in the accumulator's
own type (numba without ``fastmath`` never reassociates or widens a floating-point sum),
so its result equals the :func:`numpy.cumsum` fallback bit for bit; the tests check
this on random shapes, axes and dtypes.

The same holds for MOMENT's residual sums (one pass instead of five) and for the
running window sums of SMOOTH and the moving-window family
(:func:`compat._core.windows.running_sum`: ``s[k] = s[k-1] + (x[k+w-1] - x[k-1])`` in
float64), which numpy computes through a full array of differences and an accumulate.

numba is imported the first time a sum of at least :data:`MIN_ELEMENTS` elements is
asked for, never on ``import compat``; set the environment variable ``COMPAT_NUMBA=0``
to use the numpy fallback always.
"""

from __future__ import annotations

import os

import numpy as np

__all__ = ["MIN_ELEMENTS", "running_sum_kernel", "sum_along", "residual_sums_along",
           "window_sums_along"]

#: below this many elements the numpy fallback is as fast and costs no compilation
MIN_ELEMENTS = 1 << 16

_KERNELS = None         # None: not tried yet; False: unavailable; else the compiled kernels


def _sum_middle_axis(a3, out):
    """``out[p, q] = a3[p, 0, q] + a3[p, 1, q] + ...`` added left to right.

    ``a3`` has shape ``(P, N, Q)`` with ``N >= 1`` and the accumulator's dtype. With
    ``Q == 1`` the sum is one dependent chain (a scalar loop); otherwise the inner loop
    runs over independent columns, each still added in order of ``i``.
    """
    n_pre, n_sum, n_post = a3.shape
    for p in range(n_pre):
        if n_post == 1:
            s = a3[p, 0, 0]
            for i in range(1, n_sum):
                s += a3[p, i, 0]
            out[p, 0] = s
        else:
            for q in range(n_post):
                out[p, q] = a3[p, 0, q]
            for i in range(1, n_sum):
                for q in range(n_post):
                    out[p, q] += a3[p, i, q]


def _residual_sums(a3, centre, zero, skip, out):
    """MOMENT's five running sums of ``r = a3[p, :, q] - centre[p, q]`` in one pass.

    ``out[k, p, q]`` receives the left-to-right sums of ``r``, ``r*r``, ``|r|``,
    ``r*(r*r)`` and ``(r*r)*(r*r)``, each term rounded in the accumulator's type exactly
    as the numpy expressions ``resid * r2`` etc. round it; with ``skip`` a term that is
    not finite counts as ``zero`` (IDL's /NAN), term by term. Each sum starts from its
    first term, as :func:`numpy.cumsum` does.
    """
    n_pre, n_sum, n_post = a3.shape
    z = zero[0]
    for p in range(n_pre):
        if n_post == 1:
            c = centre[p, 0]
            s0 = s1 = s2 = s3 = s4 = z
            for i in range(n_sum):
                r = a3[p, i, 0] - c
                r2 = r * r
                t0, t1, t2, t3, t4 = r, r2, abs(r), r * r2, r2 * r2
                if skip:
                    t0 = t0 if np.isfinite(t0) else z
                    t1 = t1 if np.isfinite(t1) else z
                    t2 = t2 if np.isfinite(t2) else z
                    t3 = t3 if np.isfinite(t3) else z
                    t4 = t4 if np.isfinite(t4) else z
                if i == 0:
                    s0, s1, s2, s3, s4 = t0, t1, t2, t3, t4
                else:
                    s0 += t0
                    s1 += t1
                    s2 += t2
                    s3 += t3
                    s4 += t4
            out[0, p, 0] = s0
            out[1, p, 0] = s1
            out[2, p, 0] = s2
            out[3, p, 0] = s3
            out[4, p, 0] = s4
        else:
            for i in range(n_sum):
                for q in range(n_post):
                    r = a3[p, i, q] - centre[p, q]
                    r2 = r * r
                    t0, t1, t2, t3, t4 = r, r2, abs(r), r * r2, r2 * r2
                    if skip:
                        t0 = t0 if np.isfinite(t0) else z
                        t1 = t1 if np.isfinite(t1) else z
                        t2 = t2 if np.isfinite(t2) else z
                        t3 = t3 if np.isfinite(t3) else z
                        t4 = t4 if np.isfinite(t4) else z
                    if i == 0:
                        out[0, p, q] = t0
                        out[1, p, q] = t1
                        out[2, p, q] = t2
                        out[3, p, q] = t3
                        out[4, p, q] = t4
                    else:
                        out[0, p, q] += t0
                        out[1, p, q] += t1
                        out[2, p, q] += t2
                        out[3, p, q] += t3
                        out[4, p, q] += t4


def _window_sums(x3, width, out):
    """Running window sums in float64 along the middle axis of ``x3`` ``(P, N, Q)``.

    ``out[p, 0, q]`` is ``x3[p, 0, q] + ... + x3[p, width-1, q]`` added left to right and
    ``out[p, k, q] = out[p, k-1, q] + (x3[p, k+width-1, q] - x3[p, k-1, q])``, every
    element converted to float64 first (exact for float32) -- the recurrence of
    :func:`compat._core.windows.running_sum`, operation for operation.
    """
    n_pre, n, n_post = x3.shape
    n_out = n - width + 1
    for p in range(n_pre):
        if n_post == 1:
            s = np.float64(x3[p, 0, 0])
            for j in range(1, width):
                s += np.float64(x3[p, j, 0])
            out[p, 0, 0] = s
            for k in range(1, n_out):
                s = s + (np.float64(x3[p, k + width - 1, 0]) - np.float64(x3[p, k - 1, 0]))
                out[p, k, 0] = s
        else:
            for q in range(n_post):
                out[p, 0, q] = np.float64(x3[p, 0, q])
            for j in range(1, width):
                for q in range(n_post):
                    out[p, 0, q] += np.float64(x3[p, j, q])
            for k in range(1, n_out):
                for q in range(n_post):
                    out[p, k, q] = out[p, k - 1, q] + (np.float64(x3[p, k + width - 1, q])
                                                       - np.float64(x3[p, k - 1, q]))


def _window_sums_carry(x3, width, carry, out):
    """:func:`_window_sums` continuing a running total computed elsewhere (a block of
    a chunked array, :mod:`compat._core.lazy_boxes`): ``carry[p, q]`` is the previous
    window's sum and ``x3`` starts with the element that leaves the window, so
    ``out[p, k, q] = out[p, k-1, q] + (x3[p, k+width, q] - x3[p, k, q])`` from
    ``out[p, -1, q] = carry[p, q]`` -- :func:`compat._core.windows.running_sum` with a
    carry, operation for operation."""
    n_pre, n, n_post = x3.shape
    n_out = n - width
    if n_post == 1:
        # lines along the last axis: four lines' chains of additions interleaved (each
        # line's operations in its own order, so the same bits as one line at a time),
        # which the processor overlaps instead of waiting on one addition after another
        p = 0
        while p + 4 <= n_pre:
            s0 = carry[p, 0]
            s1 = carry[p + 1, 0]
            s2 = carry[p + 2, 0]
            s3 = carry[p + 3, 0]
            for k in range(n_out):
                s0 = s0 + (np.float64(x3[p, k + width, 0]) - np.float64(x3[p, k, 0]))
                s1 = s1 + (np.float64(x3[p + 1, k + width, 0])
                           - np.float64(x3[p + 1, k, 0]))
                s2 = s2 + (np.float64(x3[p + 2, k + width, 0])
                           - np.float64(x3[p + 2, k, 0]))
                s3 = s3 + (np.float64(x3[p + 3, k + width, 0])
                           - np.float64(x3[p + 3, k, 0]))
                out[p, k, 0] = s0
                out[p + 1, k, 0] = s1
                out[p + 2, k, 0] = s2
                out[p + 3, k, 0] = s3
            p += 4
        while p < n_pre:
            s = carry[p, 0]
            for k in range(n_out):
                s = s + (np.float64(x3[p, k + width, 0]) - np.float64(x3[p, k, 0]))
                out[p, k, 0] = s
            p += 1
        return
    for p in range(n_pre):
        for q in range(n_post):
            out[p, 0, q] = carry[p, q] + (np.float64(x3[p, width, q])
                                          - np.float64(x3[p, 0, q]))
        for k in range(1, n_out):
            for q in range(n_post):
                out[p, k, q] = out[p, k - 1, q] + (np.float64(x3[p, k + width, q])
                                                   - np.float64(x3[p, k, q]))


def _kernels():
    """The compiled kernels, or ``None`` when numba is missing or ``COMPAT_NUMBA=0``."""
    global _KERNELS
    if _KERNELS is None:
        if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
            return None
        try:
            import numba
        except ImportError:
            _KERNELS = False
        else:
            jit = numba.njit(nogil=True, cache=False)
            _KERNELS = {"sum": jit(_sum_middle_axis), "residuals": jit(_residual_sums),
                        "windows": jit(_window_sums),
                        "windows_carry": jit(_window_sums_carry)}
    return _KERNELS or None


def running_sum_kernel():
    """The compiled running-sum kernel, or ``None`` without numba (or ``COMPAT_NUMBA=0``)."""
    kernels = _kernels()
    return kernels["sum"] if kernels else None


def _as_three_axes(a: np.ndarray, axis: int, dtype) -> np.ndarray:
    """``a`` in ``dtype`` as ``(before, along, after)`` (a view where the layout allows)."""
    shape = a.shape
    return np.asarray(a, dtype=dtype).reshape(
        int(np.prod(shape[:axis], dtype=np.int64)), shape[axis],
        int(np.prod(shape[axis + 1:], dtype=np.int64)))


def residual_sums_along(x: np.ndarray, centre: np.ndarray, axis: int, dtype,
                        skip_missing: bool) -> tuple | None:
    """MOMENT's sums of ``r``, ``r*r``, ``|r|``, ``r*r*r``, ``r*r*r*r`` (``r = x - centre``)
    over ``axis`` by the compiled kernel, each as its numpy expression rounds it, or
    ``None`` (use the numpy fallback) when the kernel is unavailable or ``x`` is small.
    """
    dtype = np.dtype(dtype)
    if x.size < MIN_ELEMENTS or dtype.kind != "f":
        return None
    kernels = _kernels()
    if kernels is None:
        return None
    a3 = _as_three_axes(x, axis, dtype)
    c2 = np.asarray(centre, dtype=dtype).reshape(a3.shape[0], a3.shape[2])
    out = np.empty((5, a3.shape[0], a3.shape[2]), dtype=dtype)
    kernels["residuals"](a3, c2, np.zeros(1, dtype), bool(skip_missing), out)
    shape = x.shape[:axis] + x.shape[axis + 1:]
    return tuple(out[k].reshape(shape) for k in range(5))


def sum_along(a: np.ndarray, axis: int, dtype) -> np.ndarray | None:
    """IDL's left-to-right sum of ``a`` over ``axis`` in ``dtype`` by the compiled
    kernel, or ``None`` (use the fallback) when the kernel is unavailable or ``a`` is small.

    ``a.shape[axis]`` must be at least 1.
    """
    dtype = np.dtype(dtype)
    if a.size < MIN_ELEMENTS or dtype.kind not in "fc":
        return None
    kernel = running_sum_kernel()
    if kernel is None:
        return None
    a3 = _as_three_axes(a, axis, dtype)
    out = np.empty((a3.shape[0], a3.shape[2]), dtype=dtype)
    kernel(a3, out)
    return out.reshape(a.shape[:axis] + a.shape[axis + 1:])


def window_sums_along(x: np.ndarray, width: int, axis: int,
                      carry: np.ndarray | None = None,
                      out: np.ndarray | None = None) -> np.ndarray | None:
    """Float64 running window sums of ``width`` along ``axis`` (the 'valid' part) by the
    compiled kernel, or ``None`` (use the numpy fallback) when the kernel is unavailable,
    ``x`` is small or not float32/float64. ``carry`` (float64, ``x``'s shape with length
    1 along ``axis``) continues a running total as
    :func:`compat._core.windows.running_sum` does: ``x`` then starts with the element
    that leaves the window and the result has ``width`` elements fewer than ``x``.
    ``out``: a C-contiguous float64 array of the result's shape to write into."""
    if x.size < MIN_ELEMENTS or x.dtype not in (np.float32, np.float64):
        return None
    kernels = _kernels()
    if kernels is None:
        return None
    x3 = _as_three_axes(x, axis, x.dtype)
    length = x3.shape[1] - width + (0 if carry is not None else 1)
    shape = x.shape[:axis] + (length,) + x.shape[axis + 1:]
    if out is None:
        out = np.empty(shape, dtype=np.float64)
    elif out.shape != shape or out.dtype != np.float64 or not out.flags.c_contiguous:
        raise ValueError("out must be a C-contiguous float64 array of the result's shape")
    out3 = out.reshape(x3.shape[0], length, x3.shape[2])   # a view: contiguous
    if carry is not None:
        c2 = np.ascontiguousarray(carry, dtype=np.float64).reshape(x3.shape[0],
                                                                   x3.shape[2])
        kernels["windows_carry"](x3, int(width), c2, out3)
    else:
        kernels["windows"](x3, int(width), out3)
    return out
