"""Pairwise distances between observations (rows), MATLAB's ``pdist``/``pdist2`` metrics.

Every metric works on two row sets ``X`` (m-by-n) and ``Y`` (k-by-n) and returns the
m-by-k matrix of distances; ``pdist`` takes the pairs ``i < j`` of one set in MATLAB's
order. Sums over the coordinates run left to right (numpy's pairwise summation is not
used), as a loop over the columns does, so short rows give the same bits as a plain
sequential sum.
"""

from __future__ import annotations

import numpy as np

__all__ = ["METRICS", "pairwise", "pair_indices", "square_to_vector", "vector_to_square",
           "economy_r"]

#: MATLAB's metric names (lower case)
METRICS = ("euclidean", "squaredeuclidean", "seuclidean", "fasteuclidean",
           "fastsquaredeuclidean", "fastseuclidean", "mahalanobis", "cityblock",
           "minkowski", "chebychev", "cosine", "correlation", "spearman", "hamming",
           "jaccard")


def _columnwise(f, x: np.ndarray, y: np.ndarray, dtype) -> np.ndarray:
    """sum over the columns of f(x[:, c], y[:, c]) as an m-by-k array, column by
    column (a loop over the n coordinates, each step vectorised over all pairs)."""
    total = np.zeros((x.shape[0], y.shape[0]), dtype=dtype)
    for c in range(x.shape[1]):
        total += f(x[:, c][:, None], y[:, c][None, :])
    return total


def _ranks(rows: np.ndarray) -> np.ndarray:
    """Ranks of each row's values (ties get their average rank), as tiedrank."""
    out = np.empty(rows.shape, dtype=np.float64)
    for i, row in enumerate(rows):
        order = np.argsort(row, kind="stable")
        ranks = np.empty(row.size, dtype=np.float64)
        ranks[order] = np.arange(1, row.size + 1)
        values = row[order]
        start = 0
        while start < row.size:
            stop = start
            while stop + 1 < row.size and values[stop + 1] == values[start]:
                stop += 1
            if stop > start:
                ranks[order[start:stop + 1]] = (start + stop + 2) / 2.0
            start = stop + 1
        out[i] = ranks
    return out


def pairwise(x: np.ndarray, y: np.ndarray, metric, *, parameter=None,
             dtype=np.float64) -> np.ndarray:
    """The m-by-k distances between the rows of ``x`` and of ``y`` (both already in
    the computation type ``dtype``).

    ``metric`` is one of :data:`METRICS` or a callable ``f(xi, Y)`` (one row of ``x``
    as a 1-by-n array, all of ``y``) returning k distances. ``parameter``: the
    exponent of 'minkowski' (default 2), the scales of 'seuclidean' (default: the
    standard deviations of ``x``'s columns, NaN omitted), the covariance of
    'mahalanobis' (default: ``x``'s, rows with NaN omitted).
    """
    if callable(metric):
        out = np.empty((x.shape[0], y.shape[0]), dtype=dtype)
        for i in range(x.shape[0]):
            out[i] = np.asarray(metric(x[i:i + 1], y), dtype=dtype).reshape(-1)
        return out
    with np.errstate(invalid="ignore", divide="ignore"):
        if metric in ("euclidean", "squaredeuclidean"):
            s = _columnwise(lambda a, b: (a - b) * (a - b), x, y, dtype)
            return np.sqrt(s) if metric == "euclidean" else s
        if metric in ("fasteuclidean", "fastsquaredeuclidean"):
            # the documented faster algorithm: |x|^2 + |y|^2 - 2 x.y (less accurate)
            s = (np.sum(x * x, axis=1)[:, None] + np.sum(y * y, axis=1)[None, :]
                 - 2 * (x @ y.T))
            s = np.maximum(s, 0)
            return np.sqrt(s) if metric == "fasteuclidean" else s
        if metric in ("seuclidean", "fastseuclidean"):
            scale = np.asarray(parameter, dtype=dtype).reshape(-1)
            w = 1 / (scale * scale)
            return np.sqrt(_weighted(x, y, w, dtype))
        if metric == "mahalanobis":
            inverse = np.linalg.inv(np.asarray(parameter, dtype=np.float64))
            out = np.empty((x.shape[0], y.shape[0]), dtype=dtype)
            for i in range(x.shape[0]):
                d = (x[i][None, :] - y).astype(np.float64)
                out[i] = np.sqrt(np.einsum("ij,jk,ik->i", d, inverse, d))
            return out
        if metric == "cityblock":
            return _columnwise(lambda a, b: np.abs(a - b), x, y, dtype)
        if metric == "minkowski":
            p = dtype.type(2 if parameter is None else parameter)
            if np.isinf(p):
                return _chebychev(x, y, dtype)
            return _columnwise(lambda a, b: np.abs(a - b) ** p, x, y, dtype) ** (1 / p)
        if metric == "chebychev":
            return _chebychev(x, y, dtype)
        if metric == "cosine":
            nx = np.sqrt(np.sum(x * x, axis=1))
            ny = np.sqrt(np.sum(y * y, axis=1))
            return 1 - _columnwise(np.multiply, x, y, dtype) / (nx[:, None] * ny[None, :])
        if metric in ("correlation", "spearman"):
            if metric == "spearman":
                x, y = _ranks(x).astype(dtype), _ranks(y).astype(dtype)
            xc = x - np.mean(x, axis=1, keepdims=True)
            yc = y - np.mean(y, axis=1, keepdims=True)
            nx = np.sqrt(np.sum(xc * xc, axis=1))
            ny = np.sqrt(np.sum(yc * yc, axis=1))
            return 1 - _columnwise(np.multiply, xc, yc, dtype) / (nx[:, None] * ny[None, :])
        if metric == "hamming":
            differ = _columnwise(lambda a, b: (a != b).astype(dtype), x, y, dtype)
            out = differ / x.shape[1]
            nan_rows = np.isnan(x).any(axis=1)[:, None] | np.isnan(y).any(axis=1)[None, :]
            return np.where(nan_rows, np.nan, out)
        if metric == "jaccard":
            nonzero = _columnwise(lambda a, b: ((a != 0) | (b != 0)).astype(dtype), x, y, dtype)
            differ = _columnwise(lambda a, b: (((a != b) & ((a != 0) | (b != 0)))
                                               .astype(dtype)), x, y, dtype)
            out = np.where(nonzero == 0, 0, differ / np.where(nonzero == 0, 1, nonzero))
            nan_rows = np.isnan(x).any(axis=1)[:, None] | np.isnan(y).any(axis=1)[None, :]
            return np.where(nan_rows, np.nan, out)
    raise ValueError(f"unknown metric {metric!r}")


def _weighted(x, y, w, dtype):
    total = np.zeros((x.shape[0], y.shape[0]), dtype=dtype)
    for c in range(x.shape[1]):
        d = x[:, c][:, None] - y[:, c][None, :]
        total += d * d * w[c]
    return total


def _chebychev(x, y, dtype):
    out = np.full((x.shape[0], y.shape[0]), -np.inf, dtype=dtype)
    nan = np.zeros(out.shape, dtype=bool)
    for c in range(x.shape[1]):
        d = np.abs(x[:, c][:, None] - y[:, c][None, :])
        nan |= np.isnan(d)
        out = np.maximum(out, np.where(np.isnan(d), -np.inf, d))
    return np.where(nan, np.nan, out)


def pair_indices(m: int) -> tuple[np.ndarray, np.ndarray]:
    """The pairs (i, j), i < j, of m observations in pdist's order: (0,1), (0,2), ...,
    (0,m-1), (1,2), ..."""
    i, j = np.triu_indices(m, k=1)
    return i, j


def vector_to_square(d: np.ndarray, m: int) -> np.ndarray:
    """squareform of a pdist vector: the symmetric m-by-m matrix, zero diagonal."""
    out = np.zeros((m, m), dtype=d.dtype)
    i, j = pair_indices(m)
    out[i, j] = d
    out[j, i] = d
    return out


def square_to_vector(z: np.ndarray) -> np.ndarray:
    """squareform of a distance matrix: its entries below the diagonal, taken in
    pdist's pair order (column by column of the lower triangle)."""
    i, j = pair_indices(z.shape[0])
    return z[j, i]


def economy_r(c: np.ndarray) -> np.ndarray:
    """The upper-triangular factor of the economy QR factorisation of ``c`` (LAPACK's
    xGEQRF, as MATLAB's ``qr(c, 0)``), in the class of ``c``."""
    import scipy.linalg

    return scipy.linalg.qr(c, mode="economic", check_finite=False)[1]
