"""IDL's running sums: TOTAL's left-to-right loop and its /NAN rule, shared by the IDL
reductions (:mod:`compat.idl.statistics`, :mod:`~compat.idl.moments`), NORM
(:mod:`compat.idl.linalg`) and the Numerical Recipes quadratures
(:mod:`compat._core.romberg`), whose ``sum += f(x)`` loops add in the same order.
"""

from __future__ import annotations

import numpy as np

from compat._core.accelerated_sums import sum_along

__all__ = ["missing_to_zero", "sequential_sum"]


def missing_to_zero(a: np.ndarray) -> np.ndarray:
    """IDL's /NAN for sums: NaN and Infinity (either part of a complex) count as 0."""
    if a.dtype.kind in "fc":
        return np.where(np.isfinite(a), a, a.dtype.type(0))
    return a


def sequential_sum(a: np.ndarray, axis, dtype, cumulative: bool = False) -> np.ndarray:
    """Sum ``a`` left to right in ``dtype``, as IDL's TOTAL loop does.

    ``numpy.sum`` adds float arrays pairwise, which rounds differently (and more
    accurately) than IDL's running total: ``TOTAL(REPLICATE(1.0, 2e7))`` is 16777216 in
    IDL (the float running total stops growing at 2**24) but 2e7 with ``numpy.sum``.
    ``numpy.cumsum`` is defined as the running total, so its last element is IDL's sum
    bit for bit. ``axis`` None sums the flattened array in C (IDL) order.

    Integer sums wrap modulo 2**bits whatever the order, so :func:`numpy.sum` gives the
    running total's bits directly. Large float sums run in the compiled loop of
    :mod:`compat._core.accelerated_sums` when numba is installed (``compat[fast]``),
    bit for bit equal to the :func:`numpy.cumsum` fallback.
    """
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    dtype = np.dtype(dtype)
    if not cumulative:
        if a.shape[axis] == 0:
            return np.zeros(a.shape[:axis] + a.shape[axis + 1:], dtype=dtype)
        if dtype.kind in "iu":
            return np.sum(a, axis=axis, dtype=dtype)
        fast = sum_along(a, axis, dtype)
        if fast is not None:
            return fast
    c = np.cumsum(a, axis=axis, dtype=dtype)
    if cumulative:
        return c
    return np.take(c, -1, axis=axis)
