"""Principal component analysis as MATLAB's Statistics and Machine Learning Toolbox
computes it (``pca``, ``pcacov``, ``pcares``).

``pca`` (MATLAB's pca.m, its documented steps):

* the degrees of freedom ``DOF = max(0, n - centered - rows with NaN)`` ('complete'
  rows; 'all' refuses NaN; 'pairwise' counts the largest number of rows without NaN in
  any pair of columns);
* ``mu``: the weighted mean of every column over its non-NaN values (all rows, also
  those the analysis later drops), zeros when not centred;
* 'svd': the centred complete rows scaled by ``sqrt(weights)`` (rows) and
  ``sqrt(variable weights)`` (columns), ``X = U S V'`` (economy size), ``coeff = V``
  unscaled by ``sqrt(variable weights)``, ``score = U S`` unscaled by ``sqrt(weights)``,
  ``latent = s^2 / DOF``; rows with NaN get NaN scores back;
* 'eig': the eigen-decomposition of the weighted covariance ``x' x / (n - centered)``
  (complete or pairwise rows), eigenvalues in descending order, ``score = x / coeff'``;
* economy size when ``DOF < p`` (or zero-padded latent/score when not economy);
  Hotelling's ``tsquared`` over the components whose variance exceeds
  ``max(DOF, p) * eps(latent(1))``, computed before ``NumComponents`` truncates coeff and
  score (latent and explained stay whole);
* the sign convention: each column of ``coeff`` (and ``score``) multiplied by the sign of
  its largest-magnitude element (the first such element on ties).

``pcacov``: the SVD of the covariance matrix, ``latent`` its singular values, the same
sign convention. ``pcares``: residuals of the centred data after projecting on the
first ``ndim`` right singular vectors (and the reconstruction, mean added back).

``sklearn.decomposition.PCA`` has another sign rule (``svd_flip`` on U), no NaN rows,
weights or T-squared; ``numpy.linalg.svd`` alone leaves the signs to LAPACK.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["PCAResult", "pca", "pca_of_covariance", "pca_residuals"]


@dataclass
class PCAResult:
    """``coeff``, ``score``, ``latent`` (column), ``tsquared`` (column), ``explained``
    (column) and ``mu`` (row) of one analysis."""

    coeff: np.ndarray
    score: np.ndarray
    latent: np.ndarray
    tsquared: np.ndarray
    explained: np.ndarray
    mu: np.ndarray


def _sign_convention(coeff: np.ndarray) -> np.ndarray:
    """The sign of each column's largest-magnitude element (first on ties), 1 for an
    empty column set."""
    if coeff.size == 0:
        return np.ones(coeff.shape[1])
    rows = np.argmax(np.abs(coeff), axis=0)
    signs = np.sign(coeff[rows, np.arange(coeff.shape[1])])
    return signs


def _weighted_nanmean(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    ok = ~np.isnan(x)
    ww = np.where(ok, w[:, None], 0.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        return (np.where(ok, x, 0.0) * ww).sum(axis=0) / ww.sum(axis=0)


def _tsquared(score: np.ndarray, latent: np.ndarray, dof: int, p: int) -> np.ndarray:
    if score.size == 0:
        return np.zeros((score.shape[0], 0))
    if dof > 1:
        q = int(np.sum(latent > max(dof, p) * np.spacing(latent[0])))
    else:
        q = 0
    standard = score[:, :q] / np.sqrt(latent[:q])
    return np.sum(standard ** 2, axis=1)


def _covariance(x: np.ndarray, rows: str, centered: bool) -> np.ndarray:
    d = int(centered)
    nan = np.isnan(x)
    n, p = x.shape
    if not nan.any():
        return x.T @ x / (n - d)
    if rows == "complete":
        keep = x[~nan.any(axis=1)]
        return keep.T @ keep / max(0, keep.shape[0] - d)
    c = np.zeros((p, p))
    for i in range(p):          # p(p+1)/2 masked products: pairwise rows differ per pair
        for j in range(i + 1):
            good = ~(nan[:, i] | nan[:, j])
            c[i, j] = x[good, i] @ x[good, j] / max(0, int(good.sum()) - d)
    return c + np.tril(c, -1).T


def pca(x: np.ndarray, *, algorithm: str = "svd", centered: bool = True,
        economy: bool = True, num_components: int | None = None, rows: str = "complete",
        weights: np.ndarray | None = None,
        variable_weights: np.ndarray | None = None) -> PCAResult:
    """MATLAB's ``pca`` of the float64 ``n``-by-``p`` matrix ``x`` (see the module)."""
    n, p = x.shape
    w = np.ones(n) if weights is None else weights
    vw = np.ones(p) if variable_weights is None else variable_weights
    k = p if num_components is None else num_components
    nan = np.isnan(x)
    was_nan = nan.any(axis=1)
    if rows == "pairwise":
        algorithm = "eig"
        not_nan = (~nan).astype(float)
        pairs = (not_nan.T @ not_nan) * (1 - np.eye(p))
        dof = int(pairs.max()) - int(centered)
    elif rows == "complete":
        dof = max(0, n - int(centered) - int(was_nan.sum()))
    else:
        dof = max(0, n - int(centered))
    mu = _weighted_nanmean(x, w) if centered else np.zeros(p)
    xc = x - mu if centered else x.copy()
    if algorithm == "eig":
        scaled = xc * np.sqrt(w)[:, None] * np.sqrt(vw)
        values, vectors = np.linalg.eigh(_covariance(scaled, rows, centered))
        order = np.argsort(-values, kind="stable")
        latent, coeff = values[order], vectors[:, order] / np.sqrt(vw)[:, None]
        if dof < p:
            if economy:
                coeff, latent = coeff[:, :dof], latent[:dof]
            else:
                latent = np.concatenate([latent[:dof], np.zeros(p - dof)])
        if np.any(latent < 0):
            raise ValueError("The covariance matrix is not positive semi-definite.")
        # score = x / coeff' (a NaN row stays in its row); MATLAB's pca.m passes n,
        # not DOF, to the T-squared rank threshold on this path
        score = xc @ np.linalg.pinv(coeff.T)
        tsq = _tsquared(score, latent, n, p)
    else:
        good = ~was_nan
        sub = xc[good] * np.sqrt(w[good])[:, None] * np.sqrt(vw)
        u, s, vt = np.linalg.svd(sub, full_matrices=not economy and sub.shape[0] < p)
        coeff = vt.T / np.sqrt(vw)[:, None]
        u = u[:, :s.size] / np.sqrt(w[good])[:, None]
        score_good = u * s
        with np.errstate(divide="ignore", invalid="ignore"):
            latent = s ** 2 / dof
        tsq_good = _tsquared(score_good, latent, dof, p)
        score = np.full((n, score_good.shape[1]), np.nan)
        score[good] = score_good
        tsq = np.full(n, np.nan)
        tsq[good] = tsq_good
        if dof < p:
            if economy:
                coeff, score, latent = coeff[:, :dof], score[:, :dof], latent[:dof]
            else:
                # svd(x, 0) gives U with fewer columns than p: MATLAB zero-fills
                # score(:, DOF+1:p) (every row) and latent(DOF+1:p)
                score = np.concatenate([score[:, :dof], np.zeros((n, p - dof))], axis=1)
                latent = np.concatenate([latent[:dof], np.zeros(p - dof)])
    explained = 100 * latent / np.sum(latent)
    if k < dof:
        coeff, score = coeff[:, :k], score[:, :k]
    signs = _sign_convention(coeff)
    return PCAResult(coeff * signs, score * signs, latent, tsq, explained, mu)


def pca_of_covariance(v: np.ndarray):
    """MATLAB's ``pcacov``: ``(coeff, latent, explained)`` from the SVD of ``v``."""
    u, s, _ = np.linalg.svd(v)
    coeff = u * _sign_convention(u)
    return coeff, s, 100 * s / np.sum(s)


def pca_residuals(x: np.ndarray, ndim: int):
    """MATLAB's ``pcares``: ``(residuals, reconstructed)`` keeping ``ndim`` components
    of the column-centred ``x``."""
    mean = x.mean(axis=0)
    centred = x - mean
    _, _, vt = np.linalg.svd(centred, full_matrices=False)
    loadings = vt[:ndim].T
    reconstructed = centred @ loadings @ loadings.T
    return centred - reconstructed, reconstructed + mean
