"""Selection networks: the median of ``n`` same-shape arrays, element by element, by
compare-exchanges only (``numpy.minimum``/``numpy.maximum`` of whole arrays).

A comparator network that sorts ``n`` values also selects their median; only the
comparators that lead to the median's output wire are needed, and of each only the
minimum or the maximum when just one of them is used later. :func:`median_network`
builds Batcher's odd-even merge sort for the next power of two (the extra inputs are
``+inf`` and fold away: ``min(x, +inf) = x``), prunes it to the median's wire, and
returns the list of operations. The median of 25 integers (a 5 x 5 median filter) takes
about 160 whole-array minimum/maximum operations: SIMD-fast on bytes, where sorting 25
values per pixel is not. The values are the order statistic itself (integers compare
exactly), so the result equals ``numpy.sort(...)[n // 2]`` bit for bit; the network is
checked exhaustively by the 0-1 principle for 9 inputs in the tests (and was for 25
when written: all 2**25 inputs of zeros and ones).

Source: K. E. Batcher, "Sorting networks and their applications", AFIPS 1968 (odd-even
merge sort); the 0-1 principle (Knuth, TAOCP vol. 3, 5.3.4).
"""

from __future__ import annotations

import functools

import numpy as np

__all__ = ["median_network", "median_of"]


def _batcher(n: int) -> list[tuple[int, int]]:
    """Comparators (i, j), i < j, of Batcher's odd-even merge sort of ``n`` (a power of
    two) inputs: after (i, j), wire i holds the minimum."""
    pairs = []
    p = 1
    while p < n:
        k = p
        while k >= 1:
            for j in range(k % p, n - k, 2 * k):
                for i in range(min(k, n - j - k)):
                    if (i + j) // (2 * p) == (i + j + k) // (2 * p):
                        pairs.append((i + j, i + j + k))
            k //= 2
        p *= 2
    return pairs


@functools.lru_cache(maxsize=None)
def median_network(n: int) -> tuple:
    """The operations selecting the median (sorted position ``n // 2``) of ``n``
    inputs: a tuple of ``(op, out, a, b)`` with ``op`` 'min' or 'max' (``out`` a new
    wire number) and the output wire last as ``('out', wire, None, None)``. Wires
    ``0 .. n-1`` are the inputs."""
    size = 1
    while size < n:
        size *= 2
    # forward pass: each wire holds a node id; constants +inf fold away
    INF = -1
    wire = list(range(n)) + [INF] * (size - n)
    nodes = {}  # node id -> (op, a, b)
    next_id = n
    for i, j in _batcher(size):
        a, b = wire[i], wire[j]
        if a == INF or b == INF:
            lo = b if a == INF else a
            wire[i], wire[j] = lo, INF
            continue
        nodes[next_id] = ("min", a, b)
        nodes[next_id + 1] = ("max", a, b)
        wire[i], wire[j] = next_id, next_id + 1
        next_id += 2
    target = wire[n // 2]
    # backward pass: the nodes the median depends on, in order
    needed = set()
    stack = [target]
    while stack:
        node = stack.pop()
        if node < n or node in needed:
            continue
        needed.add(node)
        _, a, b = nodes[node]
        stack += [a, b]
    ops = tuple((nodes[k][0], k, nodes[k][1], nodes[k][2]) for k in sorted(needed))
    return ops + (("out", target, None, None),)


def median_of(arrays) -> np.ndarray:
    """The element-wise median of an odd number of same-shape integer arrays (each
    element the ``n // 2``-th smallest of its ``n`` values), by :func:`median_network`.
    A new array."""
    arrays = list(arrays)
    n = len(arrays)
    if n % 2 == 0:
        raise ValueError("median_of needs an odd number of arrays")
    values = dict(enumerate(arrays))
    ops = median_network(n)
    # when each node is last used, so its array can be dropped
    last = {}
    for position, (op, out, a, b) in enumerate(ops):
        for w in (a, b):
            if w is not None:
                last[w] = position
    for position, (op, out, a, b) in enumerate(ops):
        if op == "out":
            result = values[out]
            return result.copy() if out < n else result
        fn = np.minimum if op == "min" else np.maximum
        values[out] = fn(values[a], values[b])
        for w in (a, b):
            if last.get(w) == position and w >= n:
                del values[w]
    raise AssertionError("the network has no output")
