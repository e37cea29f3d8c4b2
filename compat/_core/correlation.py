"""Covariance and correlation of the columns of a matrix: the core of MATLAB's ``cov``
and ``corrcoef``.

The data arrive as a 2-D float array whose columns are the variables and whose rows are
the observations. Python-shaped: keyword options (``ddof``, ``rows``, ``alpha``); the
legacy layer (:mod:`compat.matlab.correlation`) reads MATLAB's grammar.

The formulas are MATLAB's (reference pages of ``cov`` and ``corrcoef``): the covariance
``xc' * xc / (m - 1)`` of the centred columns ``xc = x - mean(x)``; the correlation
``R = C ./ (d * d')`` with ``d = sqrt(diag(C))``, values beyond +-1 from rounding put
back on +-1 and a diagonal of exactly (the sign of) 1; the p-values of the t statistic
``R .* sqrt((n - 2) ./ (1 - R.^2))`` with ``n - 2`` degrees of freedom; the bounds
``tanh(atanh(R) -+ norminv(1 - alpha/2) / sqrt(n - 3))`` (Fisher's z).
"""

from __future__ import annotations

import numpy as np
from scipy import special, stats

__all__ = ["covariance", "pairwise_covariance", "pairwise_correlation", "correlation",
           "p_values", "bounds", "nan_covariance"]


def covariance(x: np.ndarray, *, ddof: int = 1) -> np.ndarray:
    """The covariance matrix of the columns of ``x`` (rows: observations), normalised
    by ``m - ddof`` (by ``m`` when ``m == 1``, as MATLAB)."""
    m = x.shape[0]
    xc = x - np.sum(x, axis=0) / m
    denom = m - ddof if m > 1 else m
    c = (np.conj(xc).T @ xc) / denom
    return c


def pairwise_covariance(x: np.ndarray, *, ddof: int = 1):
    """``(C, N)``: the covariance of each pair of columns over the rows where both are
    not NaN, and that number of rows (MATLAB's 'partialrows' / corrcoef 'pairwise')."""
    n = x.shape[1]
    c = np.empty((n, n), dtype=np.result_type(x.dtype, np.float64)
                 if x.dtype.kind != "c" else x.dtype)
    counts = np.empty((n, n))
    ok = ~np.isnan(x)
    for i in range(n):
        for j in range(i, n):
            rows = ok[:, i] & ok[:, j]
            pair = x[rows][:, [i, j]]
            counts[i, j] = counts[j, i] = pair.shape[0]
            if pair.shape[0] == 0:
                c[i, j] = c[j, i] = np.nan
                continue
            cij = covariance(pair, ddof=ddof)
            c[i, j], c[j, i] = cij[0, 1], cij[1, 0]
            if i == j:
                c[i, i] = cij[0, 0]
    return c, counts


def pairwise_correlation(x: np.ndarray):
    """``(R, N)``: each pair of columns correlated over the rows where both are not NaN
    (their own variances from those rows too), and that number of rows."""
    n = x.shape[1]
    r = np.empty((n, n), dtype=x.dtype)
    counts = np.empty((n, n))
    ok = ~np.isnan(x)
    for i in range(n):
        for j in range(i, n):
            rows = ok[:, i] & ok[:, j]
            counts[i, j] = counts[j, i] = rows.sum()
            rij = correlation(covariance(x[rows][:, [i, j]])) if rows.any() else \
                np.full((2, 2), np.nan)
            r[i, j], r[j, i] = rij[0, 1], rij[1, 0]
            if i == j:
                r[i, i] = rij[0, 0]
    return r, counts


def correlation(c: np.ndarray) -> np.ndarray:
    """Correlation coefficients from the covariance matrix ``c``."""
    d = np.sqrt(np.real(np.diag(c)))
    with np.errstate(invalid="ignore", divide="ignore"):
        r = c / d[:, None] / d[None, :]
        big = np.abs(r) > 1
        r = np.where(big, r / np.where(big, np.abs(r), 1), r)
    diag = np.real(np.diag(r))
    r[np.diag_indices_from(r)] = np.sign(diag)
    return r


def p_values(r: np.ndarray, n) -> np.ndarray:
    """Two-sided p-values of the correlations ``r`` on ``n`` observations (an array of
    the same shape for pairwise counts); 1 on the diagonal."""
    n = np.broadcast_to(np.asarray(n, dtype=np.float64), r.shape)
    dfe = n - 2
    rr = np.real(r)
    with np.errstate(invalid="ignore", divide="ignore"):
        t = rr * np.sqrt(dfe / ((1 - rr) * (1 + rr)))
        p = 2 * stats.t.cdf(-np.abs(t), dfe)
    p = np.where(dfe > 0, p, np.nan)
    p[np.diag_indices_from(p)] = np.where(np.isnan(np.diag(rr)), np.nan, 1.0)
    return p


def bounds(r: np.ndarray, n, alpha: float):
    """``(lower, upper)`` confidence bounds at level ``1 - alpha`` (NaN for ``n <=
    3``)."""
    n = np.broadcast_to(np.asarray(n, dtype=np.float64), r.shape)
    rr = np.real(r)
    with np.errstate(invalid="ignore", divide="ignore"):
        z = 0.5 * np.log((1 + rr) / (1 - rr))
        zalpha = np.where(n > 3, -special.erfinv(alpha - 1) * np.sqrt(2)
                          / np.sqrt(np.where(n > 3, n - 3, 1)), np.nan)
        return np.tanh(z - zalpha), np.tanh(z + zalpha)


def _complete_covariance(x: np.ndarray, mle: bool) -> np.ndarray:
    """nancov's covariance of NaN-free rows: zeros for one row (either normalisation),
    NaN without rows."""
    m, n = x.shape
    if m == 1:
        return np.zeros((n, n), dtype=x.dtype)
    denom = m if mle else max(0, m - 1)
    if denom == 0:
        return np.full((n, n), np.nan, dtype=x.dtype)
    xc = x - np.sum(x, axis=0) / m
    return (xc.T @ xc) / denom


def nan_covariance(x: np.ndarray, *, mle: bool = False, pairwise: bool = False) -> np.ndarray:
    """MATLAB's nancov of the columns of the real 2-D ``x``: rows with any NaN removed
    ('complete'), or each pair over the rows where both columns are not NaN ('pairwise':
    a variance from the column's own values, NaN with no value -- or one value and the
    n - 1 normalisation; a covariance from at least two rows, else NaN)."""
    m, n = x.shape
    nan = np.isnan(x)
    if not pairwise or not nan.any():
        return _complete_covariance(x[~nan.any(axis=1)], mle)
    c = np.zeros((n, n), dtype=x.dtype)
    filled = np.where(nan, 0, x)
    size = np.sum(~nan, axis=0)
    mean = np.sum(filled, axis=0) / np.maximum(1, size)
    mean[size == 0] = np.nan
    centred = np.where(nan, 0, filled - mean)
    var = np.sum(centred ** 2, axis=0)
    denom = size if mle else np.maximum(0, size - 1)
    var = np.where(denom > 1, var / np.where(denom > 1, denom, 1), var)
    var[denom == 0] = np.nan
    c[np.diag_indices(n)] = var
    for j in range(1, n):
        for k in range(j):
            rows = ~(nan[:, j] | nan[:, k])
            if rows.sum() <= 1:
                c[j, k] = np.nan
            else:
                c[j, k] = _complete_covariance(x[rows][:, [j, k]], mle)[0, 1]
            c[k, j] = c[j, k]
    return c
