"""Regression design matrices (MATLAB's ``x2fx`` and ``dummyvar``): polynomial terms of
continuous predictors and indicator (dummy) columns of categorical ones.

Python-shaped: the predictors as an (m, n) float array, the model as an integer
(terms, n) matrix of powers, categorical columns as 0-based indices. The legacy layer is
:mod:`compat.matlab.linear_regression`. The rules are those of MathWorks' x2fx.m help
and reference page (term order; "Dummy variables are computed under the assumption that
possible categorical levels are completely enumerated by the unique values"; one
indicator for each level but the last).
"""

from __future__ import annotations

import numpy as np

__all__ = ["named_model", "design_matrix", "dummy_columns"]


def named_model(kind: str, n: int, categorical) -> np.ndarray:
    """The power matrix of a named model for ``n`` predictors: a constant row, the
    linear rows, for 'interaction'/'quadratic' the pairwise products in order (1,2),
    (1,3), ..., (1,n), (2,3), ..., (n-1,n), for 'quadratic'/'purequadratic' the squares
    of the continuous predictors (categorical ones have none)."""
    rows = [np.zeros(n, dtype=np.int64)] + list(np.eye(n, dtype=np.int64))
    if kind in ("interaction", "quadratic"):
        for i in range(n):
            for j in range(i + 1, n):
                term = np.zeros(n, dtype=np.int64)
                term[[i, j]] = 1
                rows.append(term)
    if kind in ("quadratic", "purequadratic"):
        rows.extend(2 * np.eye(n, dtype=np.int64)[k] for k in range(n)
                    if k not in set(categorical))
    return np.array(rows, dtype=np.int64).reshape(-1, n)


def design_matrix(x: np.ndarray, model: np.ndarray, categorical, levels=None,
                  dtype=np.float64) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """``(D, termstart, termend)`` of x2fx for the (m, n) predictors ``x``.

    Each row of ``model`` is a term: the product of the continuous columns raised to
    their powers, times, when it involves categorical columns, indicator columns for
    every combination of their levels but the last of each (levels numbered from 1:
    the sorted unique values, or the given ``levels`` counts with values 1..L), the
    first categorical column varying fastest. ``termstart``/``termend`` are the 1-based
    first and last columns of each term.
    """
    m, n = x.shape
    x = np.array(x, dtype=np.float64)
    categorical = list(categorical)
    is_cat = np.zeros(n, dtype=bool)
    is_cat[categorical] = True
    df = np.ones(n, dtype=np.int64)
    for k, c in enumerate(categorical):
        if levels is None:
            values, codes = np.unique(x[:, c], return_inverse=True)
            df[c] = values.size - 1
            x[:, c] = codes.reshape(-1) + 1
        else:
            df[c] = int(levels[k]) - 1
    term_df = np.prod(np.maximum(1, (model > 0) * df[None, :]), axis=1)
    term_end = np.cumsum(term_df)
    term_start = term_end - term_df + 1
    d = np.zeros((m, int(term_end[-1]) if term_end.size else 0), dtype=dtype)
    for t, powers in enumerate(model):
        cols = slice(int(term_start[t]) - 1, int(term_end[t]))
        part = np.ones(m)
        continuous = np.flatnonzero((powers > 0) & ~is_cat)
        for c in continuous:
            part = part * (x[:, c] if powers[c] == 1 else x[:, c] ** powers[c])
        cats = np.flatnonzero((powers > 0) & is_cat)
        if cats.size:
            block = np.zeros((m, int(term_df[t])))
            keep = x[:, cats[0]] <= df[cats[0]]
            column = x[:, cats[0]].copy()
            radix = 1
            for prev, c in zip(cats[:-1], cats[1:]):
                radix *= df[prev]
                keep &= x[:, c] <= df[c]
                column = column + radix * (x[:, c] - 1)
            rows = np.flatnonzero(keep)
            block[rows, column[keep].astype(np.int64) - 1] = part[keep]
            d[:, cols] = block
        else:
            d[:, cols] = part[:, None]
    return d, term_start.reshape(-1, 1).astype(np.float64), \
        term_end.reshape(-1, 1).astype(np.float64)


def dummy_columns(groups: np.ndarray, dtype=np.float64) -> np.ndarray:
    """MATLAB's dummyvar of the (m, n) positive integer group numbers: for each column
    j, ``max(groups[:, j])`` indicator columns (levels 1..max, absent levels as zero
    columns), the columns' blocks side by side."""
    m, n = groups.shape
    widths = groups.max(axis=0).astype(np.int64) if m else np.zeros(n, dtype=np.int64)
    starts = np.concatenate([[0], np.cumsum(widths)[:-1]]).astype(np.int64)
    d = np.zeros((m, int(widths.sum())), dtype=dtype)
    rows = np.repeat(np.arange(m), n)
    cols = (starts[None, :] + groups.astype(np.int64) - 1).reshape(-1)
    d[rows, cols] = 1
    return d
