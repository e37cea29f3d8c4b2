"""Counting and listing choices and orderings (Python-shaped core of MATLAB's
``nchoosek``, ``perms`` and ``factorial``).

Indices are 0-based; the legacy layer applies them to the caller's values and gives the
results MATLAB's classes.
"""

from __future__ import annotations

import itertools
import math

import numpy as np

__all__ = ["binomial", "combination_indices", "permutation_indices", "factorials"]


def binomial(n: int, k: int) -> int:
    """The exact binomial coefficient ``n choose k`` (0 when k > n)."""
    return math.comb(n, k)


def combination_indices(n: int, k: int) -> np.ndarray:
    """Every ``k``-subset of ``range(n)`` as a row, rows in lexicographic order
    (``(comb(n, k), k)``; ``(1, 0)`` for k = 0 and ``(0, k)`` for k > n)."""
    count = math.comb(n, k) if k <= n else 0
    out = np.fromiter(itertools.chain.from_iterable(itertools.combinations(range(n), k)),
                      dtype=np.intp, count=count * k)
    return out.reshape(count, k)


def permutation_indices(n: int) -> np.ndarray:
    """Every ordering of ``range(n)`` as a row, in reverse lexicographic order
    (``(n!, n)``; ``(1, 0)`` for n = 0): the last permutation of
    ``itertools.permutations`` first."""
    count = math.factorial(n)
    out = np.fromiter(itertools.chain.from_iterable(itertools.permutations(range(n))),
                      dtype=np.intp, count=count * n)
    return out.reshape(count, n)[::-1]


def factorials(largest: int) -> np.ndarray:
    """``0!, 1!, ..., largest!`` in float64, each the rounded product of the previous
    one and the next integer (``cumprod([1 1:largest])``); Inf from 171! on."""
    with np.errstate(over="ignore"):
        return np.cumprod(np.r_[1.0, np.arange(1.0, largest + 1)])
