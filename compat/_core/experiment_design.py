"""Designs of experiments (MATLAB's ``fullfact``, ``ff2n``): the treatments of a full factorial
design as a matrix, one row per treatment and one column per factor.

Python-shaped: :func:`full_factorial` takes the numbers of levels as a sequence of
positive ints and a dtype and returns the design. The MATLAB argument rules (a vector,
its class, the error texts) live in :mod:`compat.matlab.experiment_design`.
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np

__all__ = ["full_factorial", "two_level_factorial"]


def full_factorial(levels: Sequence[int], dtype=np.float64) -> np.ndarray:
    """Every combination of the factor levels ``1..levels[k]``, the first factor
    varying fastest (the row order of MATLAB's fullfact).

    Row ``r`` (0-based) holds, for factor ``k``, ``(r // prod(levels[:k])) %
    levels[k] + 1``: the mixed-radix digits of ``r`` with the first factor as the
    least significant digit. The result has ``prod(levels)`` rows and ``len(levels)``
    columns; a level count of 1 gives a constant column of ones.
    """
    counts = np.asarray([int(v) for v in levels], dtype=np.int64)
    if np.any(counts < 1):
        raise ValueError("level counts must be positive integers")
    runs = int(np.prod(counts, dtype=object)) if counts.size else 1
    if counts.size == 0:
        return np.zeros((1, 0), dtype=dtype)
    strides = np.concatenate([[1], np.cumprod(counts[:-1])])
    rows = np.arange(runs, dtype=np.int64)[:, None]
    return ((rows // strides[None, :]) % counts[None, :] + 1).astype(dtype)


def two_level_factorial(n: int, dtype=np.float64) -> np.ndarray:
    """The ``2**n`` treatments of ``n`` two-level factors coded 0 and 1, the *last*
    factor varying fastest (the row order of MATLAB's ff2n).

    Row ``r`` (0-based) is the binary expansion of ``r`` with the first factor as the
    most significant bit: ``(r >> (n - 1 - k)) & 1`` for factor ``k``. ``n = 0``
    gives one empty treatment (a 1-by-0 matrix).
    """
    n = int(n)
    if n < 0:
        raise ValueError("the number of factors must be a nonnegative integer")
    rows = np.arange(2 ** n, dtype=np.int64)[:, None]
    shifts = np.arange(n - 1, -1, -1, dtype=np.int64)[None, :]
    return ((rows >> shifts) & 1).astype(dtype)
