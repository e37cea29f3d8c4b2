"""MATLAB princomp (compat.matlab.principal_components): routed to pca as MATLAB's
princomp.m routes it -- checked against pca's own outputs and against the covariance's
eigen-decomposition computed with numpy here."""

from __future__ import annotations

import numpy as np

from compat import matlab

RNG = np.random.default_rng(7710)


def test_components_are_the_covariance_eigenvectors():
    x = RNG.normal(size=(20, 3)) @ np.diag([3.0, 2.0, 0.5])
    coeff, score, latent, tsq = matlab.princomp(x, nargout=4)
    values, vectors = np.linalg.eigh(np.cov(x, rowvar=False))
    order = np.argsort(values)[::-1]
    np.testing.assert_allclose(latent.ravel(), values[order], rtol=1e-12)
    for k in range(3):
        v = vectors[:, order[k]]
        v = v * np.sign(v[np.argmax(np.abs(v))])          # largest element positive
        np.testing.assert_allclose(coeff[:, k], v, atol=1e-12)
    np.testing.assert_allclose(score, (x - x.mean(axis=0)) @ coeff, atol=1e-12)
    # Hotelling's T^2 over all components
    np.testing.assert_allclose(tsq.ravel(), np.sum(score ** 2 / latent.ravel(), axis=1),
                               rtol=1e-10)


def test_routes_and_sizes():
    w = RNG.normal(size=(3, 5))
    assert np.array_equal(matlab.princomp(w, nargout=2)[0],
                          matlab.pca(w, "Algorithm", "svd", "Economy", False, nargout=2)[0])
    coeff, score, latent = matlab.princomp(w, "econ", nargout=3)
    assert coeff.shape == (5, 2) and score.shape == (3, 2) and latent.shape == (2, 1)
    coeff, score, latent = matlab.princomp(w, nargout=3)
    assert coeff.shape == (5, 5) and score.shape == (3, 5) and latent.shape == (5, 1)
    assert np.all(latent[2:] == 0) and np.all(score[:, 2:] == 0)
    # 0 (MATLAB's other flag) keeps the full size; one output uses 'eig'
    assert matlab.princomp(w, 0).shape == (5, 5)
    np.testing.assert_allclose(matlab.princomp(w)[:, :2], coeff[:, :2], atol=1e-12)
