"""The geometry of MATLAB's reductions over numpy axes: lines to reduce, and results in
MATLAB's sizes.

Used by the cores of the reductions (:mod:`~compat._core.sums`,
:mod:`~compat._core.extrema`, :mod:`~compat._core.statistics`,
:mod:`~compat._core.percentiles`) and of the calculus family
(:mod:`~compat._core.calculus`). Axes are numpy axes and may lie beyond the array's
dimensions: MATLAB arrays have trailing singleton dimensions there, so reducing along
one returns the data unchanged (converted to the result class).

:func:`to_lines` moves the reduced axes last and flattens them in MATLAB's
column-major order (the first reduced dimension fastest), which matters only for index
outputs (``[M, I] = max(A, [], 'all')`` returns a linear index). :func:`from_lines`
puts a result back: an N-D input keeps its number of dimensions (the reduced
dimensions get size 1, as MATLAB); a 1-D input is a MATLAB vector whose only axis is
dim 1, so reducing it gives a numpy scalar, the 1-D analogue of MATLAB's 1x1 result.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

__all__ = ["to_lines", "from_lines", "finish_shape"]


def to_lines(A: np.ndarray, axes: Sequence[int]):
    """Move the reduced ``axes`` last and flatten them in MATLAB (column-major) order.

    Returns ``(lines, kept_shape, full_shape)``: ``lines`` has shape
    ``kept_shape + (K,)``; ``full_shape`` is ``A.shape`` padded with the trailing
    singleton dimensions that ``axes`` refers to.
    """
    nd = max([A.ndim] + [a + 1 for a in axes])
    full = tuple(A.shape) + (1,) * (nd - A.ndim)
    B = A.reshape(full)
    keep = [a for a in range(nd) if a not in axes]
    order = keep + sorted(axes, reverse=True)  # first reduced dim fastest
    B = np.transpose(B, order)
    kept_shape = tuple(full[a] for a in keep)
    K = int(np.prod([full[a] for a in axes], dtype=np.int64))
    return B.reshape(kept_shape + (K,)), kept_shape, full


def from_lines(R, axes: Sequence[int], full_shape: tuple, ndim_in: int, *, length: int = 1):
    """Inverse of :func:`to_lines` for a result with ``length`` values per line.

    The values go along the first reduced axis (the other reduced axes get size 1). A
    1-D input reduced along its only axis to one value gives a numpy scalar.
    """
    nd = len(full_shape)
    axes = sorted(axes)
    keep = [a for a in range(nd) if a not in axes]
    kept_shape = tuple(full_shape[a] for a in keep)
    R = np.asarray(R).reshape(kept_shape + (length,) + (1,) * (len(axes) - 1))
    order = keep + axes  # current position -> original axis
    res = np.transpose(R, np.argsort(order))
    return finish_shape(res, ndim_in)


def finish_shape(res, ndim_in: int):
    """MATLAB's size rules for a result: trailing singleton dimensions beyond the
    second are dropped (``sum(ones(4,2,3), 3)`` is 4x2); a 1-D input stays 1-D and a
    1-D input reduced to one value gives a numpy scalar."""
    res = np.asarray(res)
    keep_min = 2 if ndim_in >= 2 else 1
    nd = res.ndim
    while nd > keep_min and res.shape[nd - 1] == 1:
        nd -= 1
    res = res.reshape(res.shape[:nd])
    if ndim_in <= 1 and res.shape in ((1,), ()):
        return res.reshape(())[()]
    return res
