"""Summary statistics by group (MATLAB's ``grpstats`` for a numeric matrix).

Python-shaped: the data as a (rows, cols) array, the groups as 1-based group numbers
(NaN: the row belongs to no group) with their count; every statistic is computed per
group and column on the column's non-NaN values, as MathWorks' grpstats.m applies its
statistics (each column with its NaNs removed; the whole group matrix only when no
value is NaN, which gives the same numbers for the built-in statistics). The legacy
layer is :mod:`compat.matlab.group_statistics`.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from compat._core.distribution_functions import t_inv

__all__ = ["KEYWORDS", "combine_groups", "group_statistic"]

#: grpstats' statistic keywords ('gname' is the group names, not computed here)
KEYWORDS = ("mean", "sem", "std", "var", "min", "max", "range", "numel", "meanci",
            "predci", "median")


def combine_groups(indices: list[np.ndarray]) -> tuple[np.ndarray, np.ndarray]:
    """Several grouping variables' group numbers (1-based, NaN missing) combined as
    MATLAB's mgrp2idx: a row with any missing number belongs to no group; the groups
    are the observed combinations in ascending order of the first variable's number,
    then the second's, ... Returns ``(g, combos)``: the combined 1-based numbers (NaN
    missing) and the (ngroups, nvars) 1-based numbers of each combination."""
    table = np.column_stack([np.asarray(i, dtype=np.float64).reshape(-1) for i in indices])
    ok = ~np.isnan(table).any(axis=1)
    combos, inverse = np.unique(table[ok], axis=0, return_inverse=True)
    g = np.full(table.shape[0], np.nan)
    g[ok] = inverse.reshape(-1) + 1
    return g, combos.astype(np.int64)


def _column_values(y: np.ndarray, name: str, alpha: float) -> np.ndarray:
    """One statistic of the non-NaN values ``y`` (1-D float64): its values as a 1-D
    array (one value, or two for the intervals)."""
    n = y.size
    if name == "numel":
        return np.array([float(n)])
    if name in ("min", "max", "range", "median"):
        if n == 0:
            return np.array([np.nan])
        value = {"min": y.min, "max": y.max, "median": lambda: np.median(y),
                 "range": lambda: y.max() - y.min()}[name]()
        return np.array([value])
    mean = y.sum() / n if n else np.nan
    if name == "mean":
        return np.array([mean])
    if n > 1:
        var = np.sum((y - mean) ** 2) / (n - 1)
    else:
        var = 0.0 if n == 1 else np.nan
    if name == "var":
        return np.array([var])
    std = np.sqrt(var)
    if name == "std":
        return np.array([std])
    if name == "sem":
        return np.array([std / np.sqrt(n) if n else np.nan])
    spread = std / np.sqrt(n) if name == "meanci" else std * np.sqrt(1 + 1 / n) if n else np.nan
    half = spread * -t_inv(np.array(alpha / 2), np.array(float(max(0, n - 1))))[()]
    return np.array([mean - half, mean + half])


def group_statistic(x: np.ndarray, g: np.ndarray, ngroups: int, stat,
                    *, alpha: float = 0.05) -> np.ndarray:
    """``stat`` (a keyword of :data:`KEYWORDS`, or a callable) of the (rows, cols)
    float data ``x`` by the 1-based groups ``g``: an array (ngroups, cols, nvals),
    nvals being the number of values the statistic gives (2 for 'meanci'/'predci').

    A callable is called as grpstats.m calls a function: on a group's whole
    (n, cols) matrix when ``cols > 1`` and no value of ``x`` is NaN, provided it
    returns ``cols`` columns (an (nvals, cols) array), else on each column's non-NaN
    values as an (n, 1) column, returning nvals values.
    """
    rows, cols = x.shape
    members = [np.flatnonzero(g == k + 1) for k in range(ngroups)]
    if isinstance(stat, str):
        out = np.full((ngroups, cols, 2 if stat in ("meanci", "predci") else 1), np.nan)
        for k, idx in enumerate(members):
            block = x[idx]
            for c in range(cols):
                y = block[:, c]
                out[k, c] = _column_values(y[~np.isnan(y)], stat, alpha)
        return out
    return _callable_statistic(x, members, stat)


def _callable_statistic(x: np.ndarray, members, fn: Callable) -> np.ndarray:
    cols = x.shape[1]
    whole = cols != 1 and not np.isnan(x).any()
    if whole and members:
        try:
            first = np.atleast_2d(np.asarray(fn(x[members[0]]), dtype=np.float64))
            whole = first.shape[1] == cols
        except Exception:  # noqa: BLE001 - grpstats.m falls back to columns likewise
            whole = False
    results = []
    for idx in members:
        if whole:
            t = np.atleast_2d(np.asarray(fn(x[idx]), dtype=np.float64))
            results.append(t.T)                                   # (cols, nvals)
        else:
            per = []
            for c in range(cols):
                y = x[idx, c]
                t = np.asarray(fn(y[~np.isnan(y)].reshape(-1, 1)), dtype=np.float64)
                per.append(t.reshape(-1))
            results.append(np.array(per))
    sizes = {r.shape for r in results}
    if len(sizes) > 1:
        raise ValueError("the function returned results of different sizes for the groups")
    if not results:
        return np.zeros((0, cols, 1))
    return np.stack(results)
