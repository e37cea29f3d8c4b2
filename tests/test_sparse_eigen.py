"""MATLAB's eigs, svds, normest, condest, spalloc: orderings, output grammar, the ARPACK
path for large problems, the estimators' guarantees, bad input."""

import numpy as np
import pytest
import scipy.sparse as sp

from compat import matlab
from compat._core.sparse_eigen import select_order


def _laplacian(m):
    t = sp.diags([-np.ones(m - 1), 2 * np.ones(m), -np.ones(m - 1)], [-1, 0, 1])
    return sp.csc_matrix(sp.kron(sp.eye(m), t) + sp.kron(t, sp.eye(m)))


def _laplacian_eigenvalues(m):
    mu = 2 - 2 * np.cos(np.arange(1, m + 1) * np.pi / (m + 1))
    return (mu[:, None] + mu[None, :]).ravel()


@pytest.mark.parametrize("sigma, expected", [
    ("largestabs", [-9.0, 7.0, 5.0]), ("lm", [-9.0, 7.0, 5.0]),
    ("smallestabs", [1.0, -2.0, 3.0]), ("sm", [1.0, -2.0, 3.0]),
    ("largestreal", [7.0, 5.0, 3.0]), ("la", [7.0, 5.0, 3.0]), ("lr", [7.0, 5.0, 3.0]),
    ("smallestreal", [-9.0, -2.0, 1.0]), ("sa", [-9.0, -2.0, 1.0]),
    ("bothendsreal", [-9.0, 5.0, 7.0]), ("be", [-9.0, 5.0, 7.0]),
    (2.6, [3.0, 1.0, 5.0]),
])
def test_eigs_selects_and_sorts_by_sigma(sigma, expected):
    a = np.diag([1.0, -2.0, 3.0, 5.0, 7.0, -9.0])
    np.testing.assert_array_equal(matlab.eigs(a, 3, sigma), np.array(expected)[:, None])


def test_select_order_both_ends_even_and_odd():
    v = np.arange(10.0)
    assert list(v[select_order(v, 4, "bothendsreal")]) == [0, 1, 8, 9]
    assert list(v[select_order(v, 5, "bothendsreal")]) == [0, 1, 7, 8, 9]


def test_eigs_outputs_and_vectors():
    a = np.diag(np.arange(1.0, 9.0)) + np.diag(np.ones(7), 1) + np.diag(np.ones(7), -1)
    v, d, flag = matlab.eigs(a, 3, nargout=3)
    assert v.shape == (8, 3) and d.shape == (3, 3) and flag == 0
    np.testing.assert_allclose(a @ v, v @ d, atol=1e-12)
    np.testing.assert_allclose(np.linalg.norm(v, axis=0), 1.0)
    assert matlab.eigs(a).shape == (6, 1)
    np.testing.assert_array_equal(np.diag(d)[:, None], matlab.eigs(a, 3))


def test_eigs_nonsymmetric_complex_pairs():
    a = np.array([[0.0, -2.0, 0.0], [2.0, 0.0, 0.0], [0.0, 0.0, 1.0]])
    d = matlab.eigs(a, 2)
    np.testing.assert_allclose(d.ravel(), [2j, -2j], atol=1e-14)
    assert matlab.eigs(a, 1, 'sm').dtype.kind == "f"  # all selected ones real: real
    np.testing.assert_allclose(matlab.eigs(a, 2, 'sm').ravel(), [1, 2j], atol=1e-14)


def test_eigs_large_sparse_uses_arpack_and_agrees():
    s = _laplacian(25)  # n = 625 > 500: ARPACK
    exact = np.sort(_laplacian_eigenvalues(25))
    np.testing.assert_allclose(matlab.eigs(s, 4, 'smallestabs').ravel(), exact[:4],
                               rtol=1e-10)
    np.testing.assert_allclose(matlab.eigs(s, 3).ravel(), exact[::-1][:3], rtol=1e-10)
    np.testing.assert_allclose(matlab.eigs(s, 2, 3.3).ravel(),
                               exact[np.argsort(np.abs(exact - 3.3), kind="stable")][:2],
                               rtol=1e-10)


def test_eigs_function_handles():
    a = np.diag(np.arange(1.0, 13.0))
    got = matlab.eigs(lambda x: a @ x, 12, 2, 'largestreal', 'IsFunctionSymmetric', True)
    np.testing.assert_allclose(got.ravel(), [12.0, 11.0])
    got = matlab.eigs(lambda x: np.linalg.solve(a - 5.2 * np.eye(12), x), 12, 2, 5.2)
    np.testing.assert_allclose(got.ravel(), [5.0, 6.0])
    s = _laplacian(24)  # n = 576: the handle goes to ARPACK
    exact = np.sort(_laplacian_eigenvalues(24))
    got = matlab.eigs(lambda x: s @ x, 576, 2, 'largestabs', {'issym': True, 'tol': 1e-12})
    np.testing.assert_allclose(got.ravel(), exact[::-1][:2], rtol=1e-9)


def test_eigs_generalized():
    a = np.diag([2.0, 6.0, 12.0, 20.0])
    b = np.diag([1.0, 2.0, 3.0, 4.0])
    np.testing.assert_allclose(matlab.eigs(a, b, 2).ravel(), [5.0, 4.0])


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.eigs(np.eye(4), 5), "eigs: Number of eigenvalues requested, k,"),
    (lambda: matlab.eigs(np.ones((3, 4))), "eigs: A must be a square matrix"),
    (lambda: matlab.eigs(np.eye(4), 2, 'biggest'), "eigs: Invalid value for sigma"),
    (lambda: matlab.eigs(np.eye(4), 2, 'lm', 'Tolerancia', 1), "eigs: Invalid option name"),
    (lambda: matlab.eigs(np.array([[1.0, np.nan], [0.0, 1.0]])), "eigs: Input matrix A must not"),
    (lambda: matlab.eigs(lambda x: x), "eigs: eigs\\(Afun, n"),
    (lambda: matlab.svds(lambda x: x, 2), "svds: svds\\(Afun"),
    (lambda: matlab.normest(np.array([[np.inf]])), "normest: S must not contain"),
    (lambda: matlab.condest(np.ones((2, 3))), "condest: Matrix must be square"),
    (lambda: matlab.spalloc(-1, 2, 3), "spalloc: m must be a nonnegative integer"),
])
def test_bad_input(call, message):
    with pytest.raises((ValueError, TypeError), match=message):
        call()


def test_svds_orders_and_triplets():
    rng = np.random.default_rng(3)
    a = rng.standard_normal((9, 6))
    s_all = np.linalg.svd(a, compute_uv=False)
    np.testing.assert_allclose(matlab.svds(a, 3).ravel(), s_all[:3])
    np.testing.assert_allclose(matlab.svds(a, 2, 'smallest').ravel(), s_all[-2:])
    u, s, v, flag = matlab.svds(a, 2, nargout=4)
    np.testing.assert_allclose(a @ v, u @ s, atol=1e-12)
    assert flag == 0 and matlab.svds(a, 10).shape == (6, 1)
    big = _laplacian(24)  # min(m, n) = 576: scipy's svds
    np.testing.assert_allclose(matlab.svds(big, 2).ravel(),
                               np.sort(_laplacian_eigenvalues(24))[::-1][:2], rtol=1e-8)


def test_normest_follows_matlabs_iteration():
    a = np.array([[1.0, 2.0], [3.0, 4.0]])
    nrm, cnt = matlab.normest(a, nargout=2)
    assert cnt == 3
    assert abs(nrm - np.linalg.norm(a, 2)) <= 1e-6 * nrm
    magic = np.array([[17, 24, 1, 8, 15], [23, 5, 7, 14, 16], [4, 6, 13, 20, 22],
                      [10, 12, 19, 21, 3], [11, 18, 25, 2, 9]], dtype=float)
    # the start sum(abs(S))' is the Perron vector: exact after one step, stop at the second
    assert matlab.normest(magic, 1e-10, nargout=2) == (65.0, 2.0)
    assert matlab.normest(np.zeros((3, 3)), nargout=2) == (0.0, 0.0)
    assert matlab.normest(sp.csc_matrix(a)) == nrm


def test_condest_is_a_lower_bound_and_usually_exact():
    rng = np.random.default_rng(17)
    exact_count = 0
    for _ in range(60):
        n = int(rng.integers(5, 30))
        a = rng.standard_normal((n, n))
        exact = np.linalg.cond(a, 1)
        c, v = matlab.condest(a, nargout=2)
        assert c <= exact * (1 + 1e-10)
        assert c >= exact / 3  # well inside the estimator's observed behaviour
        exact_count += abs(c - exact) <= 1e-9 * exact
        # v: norm(A*v, 1) == norm(A, 1)*norm(v, 1)/c, norm(v, inf) == 1
        assert np.abs(v).max() == pytest.approx(1.0)
        assert np.abs(a @ v).sum() == pytest.approx(
            np.abs(a).sum(axis=0).max() * np.abs(v).sum() / c, rel=1e-9)
    assert exact_count >= 50
    assert matlab.condest(np.array([[1.0, 2.0], [2.0, 4.0]])) == np.inf
    small = np.array([[4.0, 1.0], [2.0, 3.0]])
    assert matlab.condest(sp.csc_matrix(small)) == pytest.approx(np.linalg.cond(small, 1))


def test_spalloc():
    s = matlab.spalloc(3, 4, 5)
    assert sp.issparse(s) and s.shape == (3, 4) and s.nnz == 0 and s.dtype == np.float64
