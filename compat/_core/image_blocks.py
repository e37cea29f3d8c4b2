"""Image blocks as columns and back (MATLAB's ``im2col`` and ``col2im``), in MATLAB's
column-major layout: an ``m``-by-``n`` block becomes one column read down its columns,
and the blocks are taken down the image first, then across.

* sliding: every ``m``-by-``n`` neighbourhood that fits (no padding),
  ``(M - m + 1) * (N - n + 1)`` columns ordered by the block's top-left corner;
* distinct: the image padded at the bottom and right to whole blocks (with ``pad``:
  0, or 1 for a double indexed image) and cut into non-overlapping blocks.

``col2im`` inverts the distinct layout (the padding cropped) and reshapes a sliding
row to ``(M - m + 1)``-by-``(N - n + 1)``. numpy's ``sliding_window_view`` gives the
windows in row-major order and does not pad; the transposes here restore MATLAB's
order.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

__all__ = ["sliding_columns", "distinct_columns", "distinct_image", "sliding_image"]


def sliding_columns(a: np.ndarray, m: int, n: int) -> np.ndarray:
    """``(m*n, (M-m+1)*(N-n+1))``: every m-by-n window of the 2-D ``a`` as a column."""
    windows = sliding_window_view(a, (m, n))            # (M-m+1, N-n+1, m, n)
    # column order: window (i, j) at index i + j*(M-m+1); contents (r, c) at r + c*m
    return np.ascontiguousarray(
        windows.transpose(3, 2, 1, 0).reshape(m * n, -1))


def distinct_columns(a: np.ndarray, m: int, n: int, pad) -> np.ndarray:
    """``(m*n, blocks)``: the 2-D ``a`` padded with ``pad`` to whole blocks, each block
    a column, blocks down the image first."""
    M, N = a.shape
    mm, nn = -(-M // m) * m, -(-N // n) * n
    if (mm, nn) == (M, N):
        padded = a                                      # whole blocks: no copy
    else:
        padded = np.full((mm, nn), pad, dtype=a.dtype)
        padded[:M, :N] = a
    blocks = padded.reshape(mm // m, m, nn // n, n)     # (bi, r, bj, c)
    return np.ascontiguousarray(blocks.transpose(3, 1, 2, 0).reshape(m * n, -1))


def distinct_image(b: np.ndarray, m: int, n: int, M: int, N: int) -> np.ndarray:
    """The M-by-N image whose distinct m-by-n blocks are the columns of ``b`` (the
    padding to whole blocks cropped)."""
    bi, bj = -(-M // m), -(-N // n)
    blocks = b.reshape(n, m, bj, bi).transpose(3, 1, 2, 0)   # (bi, r, bj, c)
    return np.ascontiguousarray(blocks.reshape(bi * m, bj * n)[:M, :N])


def sliding_image(b: np.ndarray, m: int, n: int, M: int, N: int) -> np.ndarray:
    """The ``(M-m+1)``-by-``(N-n+1)`` array of a sliding row ``b``, column-major."""
    return np.ascontiguousarray(b.reshape(N - n + 1, M - m + 1).T)
