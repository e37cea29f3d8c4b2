"""Repeating the elements of an array along its axes (MATLAB's ``repelem``).

:func:`repeat_elements` is the Python-shaped core: one count, or one count per index,
for each axis, applied with ``numpy.repeat`` (vectorised; the array is never copied
element by element). The MATLAB argument grammar (vector form, orientation, cells, char)
is in :mod:`compat.matlab.repetition`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["repeat_elements", "repetition_counts"]


def repetition_counts(value, length: int) -> np.ndarray | int:
    """``value`` as an int count (a scalar) or an int64 vector of ``length`` counts.

    Raises ``ValueError`` (unbound, worded for the caller) for counts that are not
    non-negative whole numbers, or a vector of another length; the caller adds the
    routine's words.
    """
    r = np.asarray(value)
    if r.dtype.kind not in "iuf":
        raise TypeError("replication factors must be real numbers")
    if r.dtype.kind == "f" and not np.all(np.isfinite(r) & (r == np.round(r))):
        raise ValueError("replication factors must be whole numbers")
    if np.any(r < 0):
        raise ValueError("replication factors must be non-negative")
    if r.size == 1:
        return int(r.reshape(()))
    if r.ndim > 2 or (r.ndim == 2 and 1 not in r.shape):
        raise ValueError("replication factors must be scalars or vectors")
    if r.size != length:
        raise IndexError(r.size)
    return r.reshape(-1).astype(np.int64)


def repeat_elements(a: np.ndarray, counts: Sequence) -> np.ndarray:
    """``a`` with every index ``i`` of axis ``k`` repeated ``counts[k]`` times (an int)
    or ``counts[k][i]`` times (a vector of ``a.shape[k]`` counts).

    ``len(counts)`` may exceed ``a.ndim``: new trailing axes of length 1 are added
    first (MATLAB's trailing singleton dimensions). Axes beyond ``len(counts)`` are
    kept. The result is a new array of ``a``'s dtype.

    Examples
    --------
    >>> import numpy as np
    >>> repeat_elements(np.array([[1, 2], [3, 4]]), [2, [1, 3]])
    array([[1, 2, 2, 2],
           [1, 2, 2, 2],
           [3, 4, 4, 4],
           [3, 4, 4, 4]])
    """
    out = np.asarray(a)
    if len(counts) > out.ndim:
        out = out.reshape(out.shape + (1,) * (len(counts) - out.ndim))
    for axis, n in enumerate(counts):
        if isinstance(n, (int, np.integer)) and n == 1:
            continue
        out = np.repeat(out, n, axis=axis)
    return out if out is not a else out.copy()
