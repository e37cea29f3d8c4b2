"""IDL's running sums: TOTAL's left-to-right loop and its /NAN rule, shared by the IDL
reductions (:mod:`compat.idl.statistics`, :mod:`~compat.idl.moments`), NORM
(:mod:`compat.idl.linalg`) and the Numerical Recipes quadratures
(:mod:`compat._core.romberg`), whose ``sum += f(x)`` loops add in the same order.
"""

from __future__ import annotations

import numpy as np

from compat._core.accelerated_sums import residual_sums_along, sum_along

__all__ = ["missing_to_zero", "residual_sums", "sequential_sum"]


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


def residual_sums(x: np.ndarray, centre: np.ndarray, axis: int, dtype, *,
                  skip_missing: bool = False, maxpower: int = 4,
                  absolute: bool = True) -> tuple:
    """MOMENT's running sums of the residuals ``r = x - centre`` over ``axis``.

    Returns ``(sum r, sum r*r, sum |r|, sum r*(r*r), sum (r*r)*(r*r))``, each term
    rounded in ``dtype`` and added left to right (:func:`sequential_sum`); with
    ``skip_missing`` (IDL's /NAN) a term that is not finite counts as 0, term by term.
    ``centre`` has the shape of ``x`` without ``axis``. Sums above ``maxpower`` and,
    without ``absolute``, the sum of ``|r|`` are ``None`` in the numpy fallback (the
    compiled kernel of :mod:`compat._core.accelerated_sums` computes all five in one pass).
    """
    fast = residual_sums_along(x, centre, axis, dtype, skip_missing)
    if fast is not None:
        return fast

    def tot(v):
        return sequential_sum(missing_to_zero(v) if skip_missing else v, axis, dtype)

    resid = x - np.expand_dims(centre, axis)
    r2 = resid * resid
    return (tot(resid), tot(r2), tot(np.abs(resid)) if absolute else None,
            tot(resid * r2) if maxpower >= 3 else None,
            tot(r2 * r2) if maxpower >= 4 else None)
