"""Optional compiled kernel for IDL's running sums (``compat[fast]``: numba).

IDL's TOTAL adds left to right, one element after another, and compat reproduces that
order bit for bit with :func:`numpy.cumsum` (:mod:`compat._core.running_sums`), which is
exact but writes the whole running total to memory: 4-10x slower than GDL's loop on
10^7 floats. This module compiles the same loop with numba when numba is installed, so
large sums run at the speed of the legacy loop. The kernel adds in the accumulator's
own type (numba without ``fastmath`` never reassociates or widens a floating-point sum),
so its result equals the :func:`numpy.cumsum` fallback bit for bit; the tests check
this on random shapes, axes and dtypes.

numba is imported the first time a sum of at least :data:`MIN_ELEMENTS` elements is
asked for, never on ``import compat``; set the environment variable ``COMPAT_NUMBA=0``
to use the numpy fallback always.
"""

from __future__ import annotations

import os

import numpy as np

__all__ = ["MIN_ELEMENTS", "running_sum_kernel", "sum_along"]

#: below this many elements the numpy fallback is as fast and costs no compilation
MIN_ELEMENTS = 1 << 16

_KERNEL = None          # None: not tried yet; False: unavailable; else the compiled kernel


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


def running_sum_kernel():
    """The compiled kernel, or ``None`` when numba is missing or ``COMPAT_NUMBA=0``."""
    global _KERNEL
    if _KERNEL is None:
        if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
            return None
        try:
            import numba
        except ImportError:
            _KERNEL = False
        else:
            _KERNEL = numba.njit(nogil=True, cache=False)(_sum_middle_axis)
    return _KERNEL or None


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
    shape = a.shape
    a3 = np.asarray(a, dtype=dtype).reshape(
        int(np.prod(shape[:axis], dtype=np.int64)), shape[axis],
        int(np.prod(shape[axis + 1:], dtype=np.int64)))
    out = np.empty((a3.shape[0], a3.shape[2]), dtype=dtype)
    kernel(a3, out)
    return out.reshape(shape[:axis] + shape[axis + 1:])
