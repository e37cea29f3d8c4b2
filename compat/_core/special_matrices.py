"""Structured matrices built from vectors: the core of MATLAB's ``toeplitz``,
``hankel`` and ``vander``; and block-diagonal matrices (``blkdiag``).

Python-shaped: 1-D vectors in, 2-D arrays out; the legacy layer
(:mod:`compat.matlab.special_matrices`) reads MATLAB's grammar, classes and conflict
warnings.
"""

from __future__ import annotations

import numpy as np

__all__ = ["toeplitz", "hankel", "vander", "block_diagonal", "triangle"]


def toeplitz(c: np.ndarray, r: np.ndarray) -> np.ndarray:
    """``T(i, j) = c(i - j + 1)`` on and below the diagonal, ``r(j - i + 1)`` above it
    (``c[0]`` is the diagonal)."""
    m, n = c.size, r.size
    values = np.concatenate([r[:0:-1], c])          # r(n) ... r(2), c(1) ... c(m)
    i = np.arange(m)[:, None]
    j = np.arange(n)[None, :]
    return values[(n - 1) + i - j]


def hankel(c: np.ndarray, r: np.ndarray) -> np.ndarray:
    """``H(i, j) = c(i + j - 1)`` where ``i + j - 1 <= m``, else ``r(i + j - m)``
    (``c[-1]`` is the anti-diagonal)."""
    m, n = c.size, r.size
    values = np.concatenate([c, r[1:]])
    i = np.arange(m)[:, None]
    j = np.arange(n)[None, :]
    return values[i + j]


def vander(v: np.ndarray) -> np.ndarray:
    """``A(i, j) = v(i)^(n - j)``, built as MATLAB's ``vander.m`` does: the last column
    ones, each column to its left the one to its right times ``v`` (repeated products,
    not ``pow``: the same roundings as MATLAB)."""
    n = v.size
    out = np.ones((n, n), dtype=np.result_type(v.dtype, np.float64)
                  if v.dtype.kind in "biu" else v.dtype)
    for j in range(n - 2, -1, -1):
        out[:, j] = v * out[:, j + 1]
    return out


def block_diagonal(blocks, dtype) -> np.ndarray:
    """The matrices ``blocks`` (2-D, already of ``dtype``) down the diagonal of a
    zero matrix of ``dtype``: block ``k`` starts at the row and column after the
    blocks before it (empty blocks still take their rows or columns)."""
    rows = [b.shape[0] for b in blocks]
    cols = [b.shape[1] for b in blocks]
    out = np.zeros((sum(rows), sum(cols)), dtype=dtype)
    r = c = 0
    for b, m, n in zip(blocks, rows, cols):
        out[r:r + m, c:c + n] = b
        r, c = r + m, c + n
    return out


def triangle(a: np.ndarray, k: int, upper: bool) -> np.ndarray:
    """The upper (``j - i >= k``) or lower (``j - i <= k``) triangle of the matrix
    ``a``, the rest zero, same dtype (a new array)."""
    i = np.arange(a.shape[0])[:, None]
    j = np.arange(a.shape[1])[None, :]
    keep = (j - i >= k) if upper else (j - i <= k)
    return np.where(keep, a, np.zeros((), dtype=a.dtype))
