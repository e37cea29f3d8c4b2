"""Bit counts of integers: the first set bit and the number of set bits of each element
(the core of IDL's BIT_FFS and BIT_POPULATION), over the two's-complement bits of the
element's own type."""

from __future__ import annotations

import numpy as np

__all__ = ["first_set_bit", "population"]


def _unsigned(a: np.ndarray) -> np.ndarray:
    """The elements' bits as unsigned integers of the same width (two's complement)."""
    return a.view(np.dtype(f"u{a.dtype.itemsize}")) if a.dtype.kind == "i" else a


def population(a: np.ndarray) -> np.ndarray:
    """Number of set bits of each element (int32).

    Examples
    --------
    >>> population(np.array([0, 7, -1], np.int16)).tolist()
    [0, 3, 16]
    """
    u = _unsigned(np.array(a))          # a contiguous copy, 0-d kept
    count = np.zeros(u.shape, np.int32)
    for shift in range(8 * u.dtype.itemsize):
        count += ((u >> np.array(shift, u.dtype)) & np.array(1, u.dtype)).astype(np.int32)
    return count


def first_set_bit(a: np.ndarray) -> np.ndarray:
    """1-based index of the least significant set bit of each element, 0 for 0 (int32).

    Examples
    --------
    >>> first_set_bit(np.array([0, 1, 12, 1024, -32768], np.int32)).tolist()
    [0, 1, 3, 11, 16]
    """
    u = _unsigned(np.array(a))          # a contiguous copy, 0-d kept
    lowest = u & (~u + np.array(1, u.dtype))          # the lowest set bit alone
    out = np.zeros(u.shape, np.int32)
    nonzero = lowest != 0
    out[nonzero] = population(lowest[nonzero] - np.array(1, u.dtype)) + 1
    return out
