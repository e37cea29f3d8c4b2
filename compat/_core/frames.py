"""Framing a signal into columns: the core of MATLAB's ``buffer``.

A signal ``x`` of length ``L`` becomes the columns of an ``n``-row matrix:

* overlap ``0 <= p < n``: column ``k`` (0-based) holds samples ``k (n - p) ..
  k (n - p) + n - 1`` of ``[init; x]``, where ``init`` is the ``p`` samples preceding
  ``x(1)`` (zeros by default, or the caller's), so every column repeats the last ``p``
  samples of the one before; there are ``ceil(L / (n - p))`` columns (each sample of x
  starts a column's new part once). With 'nodelay' there is no ``init``: column 0 starts
  at ``x(1)`` and there are as many columns as needed to reach ``x(L)``;
* underlap ``p < 0``: ``-p`` samples are skipped between columns, the first column
  starting after ``offset`` skipped samples; ``ceil((L - offset) / (n - p))`` columns.

The last column is zero-padded. When the remainder is asked for, only full columns are
kept: the samples of a partial last column that are not repeats of the previous column
are returned as the remainder ``z``, and the state for a following call -- the last
``p`` samples of the last column (overlap), or the number of samples still to skip
(underlap) -- as ``opt`` (MathWorks' buffer reference page, its continuous-buffering
example).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["frames"]


def frames(x: np.ndarray, n: int, p: int = 0, init=None, nodelay: bool = False,
           offset: int = 0, remainder: bool = False):
    """(y, z, opt): see the module docstring. ``x`` is 1-D."""
    L = x.size
    dtype = x.dtype
    if p >= 0:
        step = n - p
        if nodelay:
            data = x
            m = 0 if L == 0 else (1 if L <= n else 1 + math.ceil((L - n) / step))
        else:
            pre = np.zeros(p, dtype) if init is None else np.asarray(init, dtype)
            data = np.concatenate([pre, x])
            m = math.ceil(L / step)
        starts = [k * step for k in range(m)]
        head = p
    else:
        step = n - p
        data = x
        m = math.ceil((L - offset) / step) if L > offset else 0
        starts = [offset + k * step for k in range(m)]
        head = 0
    avail = data.size
    y = np.zeros((n, m), dtype)
    for k, s in enumerate(starts):
        chunk = data[s:s + n]
        y[:chunk.size, k] = chunk
    if not remainder:
        return y, None, None
    z = np.zeros(0, dtype)
    if m and starts[-1] + n > avail:
        s = starts[-1]
        first = 0 if (p >= 0 and nodelay and m == 1) else head
        z = data[s + first:avail].copy()
        y = y[:, :-1]
        starts = starts[:-1]
    if p >= 0:
        if y.shape[1]:
            opt = y[n - p:, -1].copy()
        else:
            opt = (np.zeros(p, dtype) if init is None else np.asarray(init, dtype)) \
                if not nodelay else data[:0]
        return y, z, opt
    if starts:
        end = starts[-1] + n
        nxt = end + (-p)
        opt = 0 if z.size else max(nxt - avail, 0)
    else:
        opt = offset if not z.size else 0
        if not z.size:
            opt = max(offset - avail, 0)
    return y, z, opt
