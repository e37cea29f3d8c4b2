"""Quantiles with MATLAB's 'exact' method: the core of ``prctile`` and ``quantile``.

The sorted non-NaN values of each slice sit at cumulative probabilities
``(i - 0.5)/n``; other probabilities are linearly interpolated; below ``0.5/n`` and
above ``(n - 0.5)/n`` the result clamps to the minimum and maximum (Hyndman & Fan's
definition 5, numpy's ``method='hazen'``). Python-shaped: probabilities in [0, 1] and
numpy axes (resolved from MATLAB's grammar by :mod:`compat.matlab.percentiles`).
"""

from __future__ import annotations

import warnings
from typing import Sequence

import numpy as np

from compat._core.reduction_axes import from_lines, to_lines

__all__ = ["quantiles"]


def quantiles(a: np.ndarray, q: np.ndarray, axes: Sequence[int], *, column: bool = False):
    """The quantiles ``q`` (a 1-D array of probabilities) of ``a`` over ``axes``, in the
    class of ``a``: the first reduced dimension holds ``numel(q)`` values (a 1-D input
    gives 1-D, a numpy scalar for one probability); ``column``: MATLAB's 'all' form, a
    ``numel(q)``-by-1 column. All-NaN or empty slices give NaN."""
    lines, kept, full = to_lines(a, axes)
    if lines.shape[-1] == 0:
        res = np.full(kept + (q.size,), np.nan, dtype=a.dtype)
    else:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)
            r = np.nanquantile(lines.astype(np.float64), q, axis=-1, method="hazen")
        res = np.moveaxis(np.asarray(r).reshape((q.size,) + kept), 0, -1).astype(a.dtype)
    if column:
        return res.reshape(q.size, 1)
    out = from_lines(res, axes, full, a.ndim, length=q.size)
    if a.ndim <= 1 and np.ndim(out) == 1 and q.size == 1:
        return out[0]
    return out
