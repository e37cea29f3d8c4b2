"""MATLAB normrnd, lognrnd, unifrnd, exprnd, randg, gamrnd, mvnrnd, cholcov
(compat.matlab.random_variates): each draw against its definition over rand/randn of
the same stream (those are golden-backed: matlab/rand, matlab/randn), MATLAB's size
and domain rules, classes, inputs left alone, the gamma generator's moments, and a
live Octave run of cholcov on random matrices. The MATLAB numbers themselves are the
printed values of the golden suite matlab/random_variates."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _seeded(seed, f, *args, **kwargs):
    matlab.rng(seed)
    return f(*args, **kwargs)


def test_definitions_over_rand_and_randn():
    mu = np.array([[1.0, -2, 3], [0, 5, 6]])
    sigma = np.array([[0.5, 2, 1], [3, 0.1, 1]])
    z = _seeded(11, matlab.randn, 2, 3)
    u = _seeded(11, matlab.rand, 2, 3)
    np.testing.assert_array_equal(_seeded(11, matlab.normrnd, mu, sigma), z * sigma + mu)
    np.testing.assert_array_equal(_seeded(11, matlab.lognrnd, mu, sigma),
                                  np.exp(z * sigma + mu))
    b = mu + sigma
    np.testing.assert_array_equal(_seeded(11, matlab.unifrnd, mu, b), mu + (b - mu) * u)
    np.testing.assert_array_equal(_seeded(11, matlab.exprnd, sigma), -sigma * np.log(u))
    # scalar parameters with size arguments, every size grammar
    zs = _seeded(5, matlab.randn, 3, 4)
    for sizes in ((3, 4), ([3, 4],), (np.array([3, 4]),)):
        np.testing.assert_array_equal(_seeded(5, matlab.normrnd, 2, 3, *sizes), zs * 3 + 2)
    # normrnd(mu, sigma, n) is n-by-n
    assert _seeded(5, matlab.normrnd, 0, 1, 3).shape == (3, 3)


def test_gamrnd_is_randg_scaled_and_fills_column_major():
    a = np.array([[1.0, 2.5], [4.0, 0.7]])
    g = _seeded(3, matlab.randg, a)
    np.testing.assert_array_equal(_seeded(3, matlab.gamrnd, a, 2.0), g * 2.0)
    # column-major: the elements are drawn in MATLAB's storage order
    flat = _seeded(3, matlab.randg, a.reshape(1, -1, order="F"))
    np.testing.assert_array_equal(flat.reshape(2, 2, order="F"), g)
    assert np.ndim(matlab.randg()) == 0


@pytest.mark.parametrize("shape_a", [0.3, 1.0, 2.5, 9.0])
def test_gamma_moments(shape_a):
    # 40000 draws: the sample mean is within 6 standard errors of a (var a/n)
    r = _seeded(2024, matlab.randg, shape_a, 1, 40000)
    assert np.all(r > 0)
    assert abs(r.mean() - shape_a) < 6 * np.sqrt(shape_a / r.size)
    assert abs(r.var() / shape_a - 1) < 0.05


def test_domains_give_nan_and_edges():
    assert np.isnan(matlab.normrnd(0, -1))
    assert np.isnan(matlab.lognrnd(0, -1))
    assert np.isnan(matlab.unifrnd(2, 1))
    assert np.isnan(matlab.exprnd(-1))
    assert np.isnan(matlab.gamrnd(-1, 1)) and np.isnan(matlab.gamrnd(2, -1))
    assert matlab.gamrnd(0, 3) == 0
    assert matlab.normrnd(4, 0) == 4
    # an invalid parameter still uses its number (drawn for the whole output first)
    a = _seeded(9, matlab.normrnd, np.array([[0.0, 0.0, 0.0]]), np.array([[1.0, -1, 1]]))
    z = _seeded(9, matlab.randn, 1, 3)
    assert np.isnan(a[0, 1]) and a[0, 2] == z[0, 2]


def test_size_rules_and_messages():
    with pytest.raises(CompatValueError, match="Size information is inconsistent."):
        matlab.normrnd(np.zeros((1, 2)), 1, [2, 3])
    with pytest.raises(CompatValueError, match="Requires non-scalar arguments to match"):
        matlab.unifrnd(np.zeros((1, 2)), np.ones((1, 3)))
    assert matlab.normrnd(np.zeros((2, 3)), 1, 2, 3).shape == (2, 3)
    assert matlab.exprnd(np.ones(4)).shape == (4,)      # 1-D in, 1-D out


def test_classes_and_inputs_left_alone():
    mu = np.array([[1.0, 2.0]], dtype=">f8")
    mu.setflags(write=False)
    before = mu.copy()
    r = _seeded(1, matlab.normrnd, mu, 1)
    assert r.dtype == np.float64 and np.array_equal(mu, before)
    assert _seeded(1, matlab.normrnd, np.float32(0), 1).dtype == np.float32
    assert _seeded(1, matlab.gamrnd, np.float32(2), 1, 2, 2).dtype == np.float32


def test_mvnrnd_forms():
    S = np.array([[2.0, 0.6], [0.6, 1.0]])
    mu = np.array([[1.0, -1.0]])
    T = matlab.cholcov(S)
    z = _seeded(4, matlab.randn, 6, 2)
    r, T2 = _seeded(4, matlab.mvnrnd, mu, S, 6, nargout=2)
    np.testing.assert_allclose(r, z @ T + mu, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(T2, T)
    # a row of variances is a diagonal covariance
    d = np.array([[4.0, 0.25]])
    np.testing.assert_allclose(_seeded(4, matlab.mvnrnd, mu, d, 6), z * [2.0, 0.5] + mu,
                               rtol=0, atol=1e-15)
    # one dimension: Sigma is the variance (mvnrnd(0, 4) is normrnd(0, 2))
    np.testing.assert_array_equal(_seeded(4, matlab.mvnrnd, 0, 4, 5),
                                  _seeded(4, matlab.normrnd, 0, 2, 5, 1))
    # a semi-definite Sigma draws rank(Sigma) normals per row
    v = np.array([[1.0], [2.0], [-1.0]])
    P = v @ v.T
    r = _seeded(8, matlab.mvnrnd, np.zeros((1, 3)), P, 4)
    np.testing.assert_allclose(r, _seeded(8, matlab.randn, 4, 1) @ matlab.cholcov(P),
                               rtol=0, atol=1e-15)
    # one covariance per row (d-by-d-by-n)
    pages = np.stack([S, 2 * S, 3 * S], axis=2)
    r = _seeded(6, matlab.mvnrnd, mu, pages)
    z = _seeded(6, matlab.randn, 3, 2)
    for i in range(3):
        np.testing.assert_allclose(r[i], z[i] @ matlab.cholcov(pages[:, :, i]) + mu[0],
                                   rtol=0, atol=1e-14)
    with pytest.raises(CompatValueError, match="positive semi-definite"):
        matlab.mvnrnd(mu, np.array([[1.0, 2.0], [2.0, 1.0]]), 3)
    with pytest.raises(CompatValueError, match="square matrix"):
        matlab.mvnrnd(mu, np.eye(3), 3)


def test_cholcov_outputs():
    rng = np.random.default_rng(77)
    G = rng.standard_normal((5, 3))
    P = G @ G.T                              # rank 3, positive semi-definite
    T, p = matlab.cholcov(P, nargout=2)
    assert T.shape == (3, 5) and p == 0
    np.testing.assert_allclose(T.T @ T, P, rtol=0, atol=1e-12)
    biggest = np.argmax(np.abs(T), axis=1)
    assert np.all(T[np.arange(3), biggest] > 0)
    Q = P - 0.5 * np.eye(5)
    T, p = matlab.cholcov(Q, nargout=2)
    assert T.shape == (0, 0) and p == np.sum(np.linalg.eigvalsh(Q) < 0) >= 2
    T, p = matlab.cholcov(np.array([[1.0, 2], [0, 1]]), nargout=2)
    assert T.size == 0 and np.isnan(p)


@pytest.mark.octave
def test_cholcov_against_octave_random():
    rng = np.random.default_rng(91)
    G = rng.standard_normal((4, 4))
    A = G @ G.T + 0.1 * np.eye(4)            # definite
    H = rng.standard_normal((5, 2))
    B = H @ H.T                              # rank 2, distinct eigenvalues
    C = A - 3 * np.eye(4)                    # indefinite (most likely)
    statements = ("[ta, pa] = cholcov(A); [tb, pb] = cholcov(B); [tc, pc] = cholcov(C); "
                  "[td, pd] = cholcov(B, 0);")
    names = ["ta", "pa", "tb", "pb", "tc", "pc", "td", "pd"]
    got = run_octave([(statements, dict(A=A, B=B, C=C), names)],
                     setup="warning('off', 'Octave:shadowed-function'); "
                           "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    mine = {}
    for key, (m, f) in {"a": (A, 1), "b": (B, 1), "c": (C, 1), "d": (B, 0)}.items():
        mine["t" + key], mine["p" + key] = matlab.cholcov(m, f, nargout=2)
    for name in names:
        # Cholesky and eigenvectors by different LAPACK drivers: ~1e-15 of the norm
        np.testing.assert_allclose(np.asarray(mine[name], float).reshape(np.shape(got[name])),
                                   got[name], rtol=0, atol=1e-12, err_msg=name)
