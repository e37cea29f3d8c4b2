"""MATLAB schur, rsf2csf, cdf2rdf, hess, balance, qz: the definitions, MATLAB's printed
examples, class rules, errors, and a live differential test against Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

EPS = np.finfo(float).eps
RNG = np.random.default_rng(20261205)


def _random(n, *, complex_=False, dtype=np.float64):
    a = RNG.standard_normal((n, n))
    if complex_:
        a = a + 1j * RNG.standard_normal((n, n))
    return a.astype(dtype if not complex_ else np.complex128)


def _unitary_error(u):
    return np.abs(u.conj().T @ u - np.eye(u.shape[0])).max()


def _backward(residual, a):
    return np.linalg.norm(residual, 2) / max(np.linalg.norm(a, 2), 1)


# ----------------------------------------------------------------------------- schur
@pytest.mark.parametrize("n", [1, 2, 5, 12])
def test_real_schur_definition(n):
    a = _random(n)
    u, t = matlab.schur(a, nargout=2)
    assert u.dtype == t.dtype == np.float64
    assert _backward(u @ t @ u.T - a, a) < 50 * n * EPS
    assert _unitary_error(u) < 50 * n * EPS
    assert np.all(np.tril(t, -2) == 0)
    # every 2x2 block is standardised: equal diagonal, off-diagonals of opposite sign
    sub = np.flatnonzero(np.diagonal(t, -1))
    for k in sub:
        assert t[k, k] == t[k + 1, k + 1]
        assert t[k, k + 1] * t[k + 1, k] < 0
    assert np.all(np.diff(sub) > 1)  # blocks never overlap
    expected = np.sort_complex(np.linalg.eigvals(a))
    got = np.sort_complex(np.concatenate([np.linalg.eigvals(t[k:k + 2, k:k + 2]) if k in sub
                                          else [t[k, k]] for k in range(n)
                                          if k - 1 not in sub]))
    np.testing.assert_allclose(got, expected, atol=1e-10)


def test_complex_schur_and_modes():
    a = _random(6, complex_=True)
    u, t = matlab.schur(a, nargout=2)
    assert t.dtype == np.complex128
    assert np.all(np.tril(t, -1) == 0)
    assert _backward(u @ t @ u.conj().T - a, a) < 300 * EPS
    # a complex A ignores the mode
    np.testing.assert_array_equal(matlab.schur(a, 'real'), t)
    # 'complex' on a real A: triangular, complex only when needed
    r = _random(7)
    uc, tc = matlab.schur(r, 'COMPLEX', nargout=2)
    assert tc.dtype == np.complex128 and np.all(np.tril(tc, -1) == 0)
    assert _backward(uc @ tc @ uc.conj().T - r, r) < 300 * EPS
    sym = r + r.T
    assert matlab.schur(sym, 'complex').dtype == np.float64


def test_schur_printed_examples():
    """MATLAB's pages: schur of the eigenvalue test matrix and the complex form of
    [3 1 1; 0 2 0; -2 1 1] (values transcribed from the documentation)."""
    h = np.array([[-149.0, -50, -154], [537, 180, 546], [-27, -9, -25]])
    np.testing.assert_allclose(matlab.schur(h), [[1, -7.1119, 815.8706], [0, 2, 55.0236],
                                                  [0, 0, 3]], atol=5e-5)
    t2 = matlab.schur(np.array([[3.0, 1, 1], [0, 2, 0], [-2, 1, 1]]), 'complex')
    np.testing.assert_allclose(t2[:2], [[2 + 1j, 2.2361, -0.3035 - 0.4911j],
                                        [0, 2 - 1j, 1.2858 + 0.1159j]], atol=1e-4)


def test_schur_single_and_classes():
    a = _random(5).astype(np.float32)
    u, t = matlab.schur(a, nargout=2)
    assert u.dtype == t.dtype == np.float32
    assert _backward(u.astype(float) @ t @ u.T - a, a) < 1e-5
    assert matlab.schur(a.astype(np.complex64)).dtype == np.complex64
    assert matlab.schur(a, 'complex').dtype in (np.float32, np.complex64)


def test_schur_errors_and_edges():
    with pytest.raises(ValueError, match=r"^schur: Input to SCHUR must not contain NaN or Inf\."):
        matlab.schur(np.array([[1.0, np.nan], [2, 3]]))
    with pytest.raises(ValueError, match=r"^schur: Input to SCHUR must not contain NaN"):
        matlab.schur(np.array([[1.0, np.inf], [2, 3]]))
    with pytest.raises(ValueError, match=r"^schur: Matrix must be square"):
        matlab.schur(np.ones((2, 3)))
    with pytest.raises(TypeError, match=r"^schur: A must be double or single, not int8"):
        matlab.schur(np.ones((2, 2), np.int8))
    with pytest.raises(TypeError, match=r"^schur: A must be double or single, not logical"):
        matlab.schur(np.ones((2, 2), bool))
    with pytest.raises(ValueError, match=r"^schur: schur mode must be 'real' or 'complex'"):
        matlab.schur(np.eye(2), 'upper')
    with pytest.raises(ValueError, match="nargout"):
        matlab.schur(np.eye(2), nargout=3)
    assert matlab.schur(np.zeros((0, 0))).shape == (0, 0)
    assert matlab.schur(5.0).tolist() == [[5.0]]


def test_inputs_are_not_modified():
    a = _random(5)
    b = _random(5)
    a0, b0 = a.copy(), b.copy()
    a.flags.writeable = False
    b.flags.writeable = False
    matlab.schur(a, 'complex', nargout=2)
    matlab.hess(a, b, nargout=4)
    matlab.hess(a, nargout=2)
    matlab.balance(a, nargout=3)
    matlab.qz(a, b, nargout=6)
    u, t = matlab.schur(a, nargout=2)
    u0, t0 = u.copy(), t.copy()
    matlab.rsf2csf(u, t)
    np.testing.assert_array_equal(u, u0)
    np.testing.assert_array_equal(t, t0)
    np.testing.assert_array_equal(a, a0)
    np.testing.assert_array_equal(b, b0)
    big_endian = a.astype(">f8")
    np.testing.assert_array_equal(matlab.schur(big_endian), matlab.schur(a))


# --------------------------------------------------------------------------- rsf2csf
def test_rsf2csf_documented_example():
    """MATLAB's rsf2csf page prints Unew(:,2:3) for this X (transcribed)."""
    x = np.array([[1.0, 1, 1, 3], [1, 2, 1, 1], [1, 1, 3, 1], [-2, 1, 1, 4]])
    u, t = matlab.schur(x, nargout=2)
    unew, tnew = matlab.rsf2csf(u, t)
    np.testing.assert_allclose(unew[:, 1:3], [[-0.2756 - 0.4411j, 0.2133 + 0.5699j],
                                              [-0.1012 + 0.2163j, -0.1046 + 0.2093j],
                                              [0.1842 + 0.3860j, -0.1867 - 0.3808j],
                                              [0.2635 - 0.6481j, 0.3134 - 0.5448j]], atol=1e-4)
    assert np.all(np.tril(tnew, -1) == 0)
    assert _backward(unew @ tnew @ unew.conj().T - x, x) < 100 * EPS
    assert tnew[1, 1].imag > 0 and tnew[2, 2] == np.conj(tnew[1, 1]) or \
        abs(tnew[2, 2] - np.conj(tnew[1, 1])) < 1e-12
    assert matlab.rsf2csf(u, t, nargout=1).shape == (4, 4)


def test_rsf2csf_random_and_classes():
    for n in (3, 8):
        a = _random(n)
        u, t = matlab.schur(a, nargout=2)
        un, tn = matlab.rsf2csf(u, t)
        assert un.dtype == np.complex128
        assert _backward(un @ tn @ un.conj().T - a, a) < 100 * n * EPS
        assert _unitary_error(un) < 100 * n * EPS
    us, ts = matlab.schur(_random(4).astype(np.float32), nargout=2)
    assert matlab.rsf2csf(us, ts)[1].dtype == np.complex64
    with pytest.raises(ValueError, match=r"^rsf2csf: U and T must be square matrices of "):
        matlab.rsf2csf(np.eye(2), np.eye(3))
    with pytest.raises(ValueError, match=r"^rsf2csf: U and T must be real"):
        matlab.rsf2csf(np.eye(2), np.eye(2) * 1j)


# --------------------------------------------------------------------------- cdf2rdf
def test_cdf2rdf_documented_example():
    """MATLAB's cdf2rdf page (values transcribed): the sqrt(2) scaling and blocks."""
    x = np.array([[1.0, 1, 1, 1, 1], [0, 4, 5, 1, 1], [0, -5, 4, 1, 1], [0, 0, 2, 3, 1],
                  [0, 0, -3, -2, 1]])
    v, d = matlab.eig(x, nargout=2)
    vnew, dnew = matlab.cdf2rdf(v, d)
    assert vnew.dtype == dnew.dtype == np.float64
    np.testing.assert_allclose(vnew[:, 1:3], [[0.0253, 0.1911], [-0.0184, 0.8789],
                                              [-0.8999, 0], [-0.1478, 0.2951],
                                              [0.1634, -0.4946]], atol=1e-4)
    np.testing.assert_allclose(dnew[1:3, 1:3], [[3.8801, 5.1046], [-5.1046, 3.8801]],
                               atol=1e-4)
    np.testing.assert_allclose(x @ vnew, vnew @ dnew, atol=1e-12)


def test_cdf2rdf_rule_and_errors():
    v = np.array([[1, 1 + 2j, 1 - 2j], [0, 3j, -3j], [2, 1, 1]])
    d = np.diag([5, 1 + 1j, 1 - 1j])
    vnew, dnew = matlab.cdf2rdf(v, d)
    r2 = np.sqrt(2)
    np.testing.assert_array_equal(vnew, [[1, r2, 2 * r2], [0, 0, 3 * r2], [2, r2, 0]])
    np.testing.assert_array_equal(dnew, [[5, 0, 0], [0, 1, 1], [0, -1, 1]])
    single = matlab.cdf2rdf(v.astype(np.complex64), d.astype(np.complex64))
    assert single[0].dtype == single[1].dtype == np.float32
    with pytest.raises(ValueError, match=r"^cdf2rdf: D must be a diagonal matrix"):
        matlab.cdf2rdf(v, d + np.eye(3, k=1))
    with pytest.raises(ValueError, match=r"^cdf2rdf: the complex eigenvalues of D must "):
        matlab.cdf2rdf(v, np.diag([1 + 1j, 5, 1 - 1j]))


# ------------------------------------------------------------------------------ hess
@pytest.mark.parametrize("complex_", [False, True])
def test_hess_definition(complex_):
    a = _random(7, complex_=complex_)
    p, h = matlab.hess(a, nargout=2)
    assert h.dtype == a.dtype
    assert np.all(np.tril(h, -2) == 0)
    assert _backward(p @ h @ p.conj().T - a, a) < 100 * EPS
    assert _unitary_error(p) < 100 * EPS
    np.testing.assert_array_equal(matlab.hess(a), h)
    sym = a + a.conj().T
    hs = matlab.hess(sym)
    assert np.abs(np.triu(hs, 2)).max() < 1e-12 * np.abs(sym).max()  # tridiagonal


def test_hess_printed_example():
    h = np.array([[-149.0, -50, -154], [537, 180, 546], [-27, -9, -25]])
    np.testing.assert_allclose(matlab.hess(h), [[-149, 42.2037, -156.3165],
                                                [-537.6783, 152.5511, -554.9272],
                                                [0, 0.0728, 2.4489]], atol=5e-5)


@pytest.mark.parametrize("complex_", [False, True])
def test_hess_pencil_definition(complex_):
    n = 6
    a, b = _random(n, complex_=complex_), _random(n, complex_=complex_)
    aa, bb, q, z = matlab.hess(a, b, nargout=4)
    assert np.all(np.tril(aa, -2) == 0) and np.all(np.tril(bb, -1) == 0)
    assert _backward(q @ a @ z - aa, a) < 200 * EPS
    assert _backward(q @ b @ z - bb, b) < 200 * EPS
    assert _unitary_error(q) < 200 * EPS and _unitary_error(z) < 200 * EPS
    np.testing.assert_array_equal(z[:, 0], np.eye(n)[:, 0])
    # the generalized eigenvalues are kept
    lam = np.sort_complex(np.linalg.eigvals(np.linalg.solve(b, a)))
    lam2 = np.sort_complex(np.linalg.eigvals(np.linalg.solve(bb, aa)))
    np.testing.assert_allclose(lam2, lam, rtol=1e-8)


def test_hess_errors_and_single():
    assert matlab.hess(_random(4).astype(np.float32)).dtype == np.float32
    assert matlab.hess(_random(4).astype(np.float32), _random(4), nargout=4)[0].dtype == \
        np.float32
    with pytest.raises(ValueError, match=r"^hess: Input to HESS must not contain NaN or Inf"):
        matlab.hess(np.array([[1.0, np.nan], [0, 1]]))
    with pytest.raises(ValueError, match=r"^hess: Matrix must be square"):
        matlab.hess(np.ones((3, 2)))
    with pytest.raises(ValueError, match=r"^hess: A and B must be square matrices of the same"):
        matlab.hess(np.eye(2), np.eye(3), nargout=4)
    with pytest.raises(ValueError, match=r"^hess: hess\(A\) returns one or two outputs"):
        matlab.hess(np.eye(2), nargout=3)


# --------------------------------------------------------------------------- balance
def test_balance_definitions():
    d = np.diag(2.0 ** np.arange(-10, 11, 5))
    a = d @ _random(5) @ np.linalg.inv(d)
    t, b = matlab.balance(a, nargout=2)
    s, p, b2 = matlab.balance(a, nargout=3)
    np.testing.assert_array_equal(b, b2)
    np.testing.assert_array_equal(matlab.balance(a), b)
    # B = T\A*T exactly: T is a permuted diagonal of powers of two
    np.testing.assert_array_equal(np.linalg.solve(t, a @ t), b)
    exponents = np.log2(s)
    np.testing.assert_array_equal(exponents, np.round(exponents))
    # MATLAB's page: T(:,P) = diag(S), B(P,P) = diag(1./S)*A*diag(S)
    idx = p.ravel().astype(int) - 1
    np.testing.assert_array_equal(t[:, idx], np.diag(s.ravel()))
    np.testing.assert_array_equal(b[np.ix_(idx, idx)], np.diag(1 / s.ravel()) @ a @ np.diag(s.ravel()))
    assert s.shape == p.shape == (5, 1) and p.dtype == np.float64
    # balancing equalises: the largest row/column norm ratio shrinks
    ratio = lambda m: max(np.linalg.norm(m, 1, axis=0) / np.linalg.norm(m, 1, axis=1))
    assert ratio(b) < ratio(a)


def test_balance_printed_example_and_permutation():
    a = np.array([[1, 100, 10000], [.01, 1, 100], [.0001, .01, 1]])
    t, b = matlab.balance(a, nargout=2)
    np.testing.assert_allclose(b, [[1, 1.5625, 1.2207], [0.64, 1, 0.7813], [0.8192, 1.28, 1]],
                               atol=5e-5)
    np.testing.assert_array_equal(np.diag(t), [512, 8, 0.0625])
    ap = np.array([[1.0, 0, 0, 0], [2, 3, 0, 4], [5, 6, 7, 8], [9, 0, 0, 10]])
    s, p, b = matlab.balance(ap, nargout=3)
    assert p.ravel().tolist() == [4, 2, 1, 3]
    idx = p.ravel().astype(int) - 1
    np.testing.assert_array_equal(b[np.ix_(idx, idx)], ap)  # B(P,P) = A when S = 1
    tn, bn = matlab.balance(ap, 'noperm', nargout=2)
    np.testing.assert_array_equal(tn, np.diag(np.diag(tn)))  # scaled, never permuted
    np.testing.assert_array_equal(bn, np.linalg.solve(tn, ap @ tn))
    sym = _random(4)
    sym = sym + sym.T
    np.testing.assert_array_equal(matlab.balance(sym), sym)


def test_balance_classes_and_errors():
    t, b = matlab.balance(_random(4).astype(np.float32), nargout=2)
    assert t.dtype == b.dtype == np.float32
    tc, bc = matlab.balance(_random(4, complex_=True), nargout=2)
    assert tc.dtype == np.float64 and bc.dtype == np.complex128
    with pytest.raises(ValueError, match=r"^balance: the option must be 'noperm'"):
        matlab.balance(np.eye(2), 'nothing')
    with pytest.raises(ValueError, match=r"^balance: Input to BALANCE must not contain NaN"):
        matlab.balance(np.array([[np.nan, 1], [1, 1]]))
    with pytest.raises(TypeError, match=r"^balance: A must be double or single"):
        matlab.balance(np.eye(2, dtype=np.int32))


# -------------------------------------------------------------------------------- qz
@pytest.mark.parametrize("mode", ["real", "complex", None])
def test_qz_definition_real_pencil(mode):
    n = 7
    a, b = _random(n), _random(n)
    args = (a, b) if mode is None else (a, b, mode)
    aa, bb, q, z, v, w = matlab.qz(*args, nargout=6)
    assert _backward(q @ a @ z - aa, a) < 300 * EPS
    assert _backward(q @ b @ z - bb, b) < 300 * EPS
    assert _unitary_error(q) < 300 * EPS and _unitary_error(z) < 300 * EPS
    assert np.all(np.tril(bb, -1) == 0)
    if mode == "real":
        assert aa.dtype == np.float64 and np.all(np.tril(aa, -2) == 0)
    else:
        assert np.all(np.tril(aa, -1) == 0)
        alpha, beta = np.diag(aa), np.diag(bb)
        np.testing.assert_allclose(a @ v @ np.diag(beta), b @ v @ np.diag(alpha), atol=1e-11)
        np.testing.assert_allclose(np.diag(beta) @ w.conj().T @ a,
                                   np.diag(alpha) @ w.conj().T @ b, atol=1e-11)
        assert np.all(beta.imag == 0) and np.all(beta.real >= 0)
    largest = np.max(np.abs(v.real) + np.abs(v.imag), axis=0)
    np.testing.assert_allclose(largest, 1, rtol=1e-12)


def test_qz_printed_examples_and_complex():
    """MATLAB's qz page (values transcribed): the 2x2 example with V and W."""
    aa, bb, q, z, v, w = matlab.qz(np.array([[10.0, -7], [-3, 2]]),
                                   np.array([[7.0, 3], [12, 9]]), nargout=6)
    np.testing.assert_allclose(aa, [[11.9600, -4.3532], [0, -0.0836]], atol=5e-5)
    np.testing.assert_allclose(q, [[-0.9597, 0.2811], [0.2811, 0.9597]], atol=5e-5)
    np.testing.assert_allclose(v, [[-0.7031, 0.6960], [1, 1]], atol=5e-5)
    np.testing.assert_allclose(w, [[-1, 0.2929], [0.4537, 1]], atol=5e-5)
    a, b = _random(5, complex_=True), _random(5, complex_=True)
    aa, bb, q, z = matlab.qz(a, b)
    assert aa.dtype == np.complex128 and np.all(np.tril(aa, -1) == 0)
    assert _backward(q @ a @ z - aa, a) < 300 * EPS


def test_qz_classes_and_errors():
    a32 = _random(4).astype(np.float32)
    out = matlab.qz(a32, _random(4), 'real')
    assert all(x.dtype == np.float32 for x in out)
    assert matlab.qz(np.eye(2), 2 * np.eye(2), nargout=1).tolist() == [[1, 0], [0, 1]]
    with pytest.raises(ValueError, match=r"^qz: A and B must be square matrices of the same"):
        matlab.qz(np.eye(2), np.eye(3))
    with pytest.raises(ValueError, match=r"^qz: Input to QZ must not contain NaN or Inf"):
        matlab.qz(np.eye(2), np.array([[1.0, np.inf], [0, 1]]))
    with pytest.raises(ValueError, match=r"^qz: qz mode must be 'real' or 'complex'"):
        matlab.qz(np.eye(2), np.eye(2), 'upper')
    aa, bb, q, z = matlab.qz(np.zeros((0, 0)), np.zeros((0, 0)))
    assert aa.shape == (0, 0)


# -------------------------------------------------------------------------- ordschur
def _eigs_of_leading(t, k):
    return np.sort_complex(np.linalg.eigvals(t[:k, :k]))


@pytest.mark.parametrize("complex_", [False, True])
def test_ordschur_select_moves_the_cluster(complex_):
    n = 8
    a = _random(n, complex_=complex_)
    u, t = matlab.schur(a, nargout=2)
    select = np.zeros(n, bool)
    select[[2, 5, 7]] = True
    us, ts = matlab.ordschur(u, t, select)
    assert _backward(us @ ts @ us.conj().T - a, a) < 200 * EPS
    assert _unitary_error(us) < 200 * EPS
    if complex_:
        assert np.all(np.tril(ts, -1) == 0)
        np.testing.assert_allclose(np.diag(ts)[:3], np.diag(t)[[2, 5, 7]], atol=1e-10)
        # the unselected keep their relative order too
        np.testing.assert_allclose(np.diag(ts)[3:], np.diag(t)[[0, 1, 3, 4, 6]], atol=1e-10)
    else:
        assert np.all(np.tril(ts, -2) == 0)
        # a selected half of a 2x2 block brings the whole block
        blocks = set(np.flatnonzero(np.diagonal(t, -1)).tolist())
        chosen = {2, 5, 7} | {k + 1 for k in blocks if k in (2, 5, 7)} | \
            {k for k in blocks if k + 1 in (2, 5, 7)}
        expected = np.sort_complex(np.diag(t)[sorted(chosen)]) if not blocks else \
            np.sort_complex(np.concatenate([np.linalg.eigvals(t[k:k + 2, k:k + 2])
                                            if k in blocks else [t[k, k]]
                                            for k in sorted(chosen) if k - 1 not in blocks]))
        np.testing.assert_allclose(_eigs_of_leading(ts, len(chosen)), expected, atol=1e-9)


def test_ordschur_real_blocks_keywords_and_clusters():
    a = np.array([[1.0, -3, 0, 0], [3, 1, 0, 0], [0, 0, -2, 0], [0, 0, 0, 0.5]])
    q, _ = np.linalg.qr(_random(4))
    x = q @ a @ q.T
    u, t = matlab.schur(x, nargout=2)
    e = np.round(np.sort_complex(np.linalg.eigvals(x)), 8)
    assert set(e.tolist()) == {-2, 0.5, 1 - 3j, 1 + 3j}
    # 'lhp': -2 first; 'udi': 0.5 first; 'rhp' (>= 0) and 'udo' (>= 1) take the pair
    for keyword, leading in (("lhp", [-2]), ("udi", [0.5]), ("rhp", [0.5, 1 - 3j, 1 + 3j]),
                             ("udo", [-2, 1 - 3j, 1 + 3j])):
        us, ts = matlab.ordschur(u, t, keyword)
        np.testing.assert_allclose(_eigs_of_leading(ts, len(leading)),
                                   np.sort_complex(np.array(leading, complex)), atol=1e-10)
        assert _backward(us @ ts @ us.T - x, x) < 100 * EPS
    # clusters: the highest label first; selecting half of a 2x2 block moves the block
    position = {round(float(v.real), 6): k for k, v in enumerate(np.diag(t))}
    labels = np.ones(4)
    labels[position[-2.0]] = 3
    labels[position[0.5]] = 2
    us, ts = matlab.ordschur(u, t, labels)
    np.testing.assert_allclose(np.diag(ts)[:2], [-2, 0.5], atol=1e-10)
    pair = int(np.flatnonzero(np.diagonal(t, -1))[0])
    half = np.zeros(4, bool)
    half[pair + 1] = True
    us, ts = matlab.ordschur(u, t, half)
    np.testing.assert_allclose(_eigs_of_leading(ts, 2), [1 - 3j, 1 + 3j], atol=1e-10)


def test_ordschur_errors_and_classes():
    u, t = matlab.schur(_random(4).astype(np.float32), nargout=2)
    us, ts = matlab.ordschur(u, t, np.array([False, False, True, True]))
    assert us.dtype == ts.dtype == np.float32
    with pytest.raises(ValueError, match=r"^ordschur: unknown keyword 'left'"):
        matlab.ordschur(u, t, 'left')
    with pytest.raises(ValueError, match=r"^ordschur: select must be a vector with one "):
        matlab.ordschur(u, t, np.array([True, False]))
    with pytest.raises(ValueError, match=r"^ordschur: T must be in Schur form"):
        matlab.ordschur(np.eye(3), np.ones((3, 3)), np.array([True, False, True]))
    with pytest.raises(ValueError, match=r"^ordschur: Input to ORDSCHUR must not contain"):
        matlab.ordschur(np.eye(2), np.array([[1.0, np.nan], [0, 1]]), 'lhp')


# -------------------------------------------------------------------------- octave
def _assert_same_schur(u, t, u_ref, t_ref, tol):
    """The real Schur form is unique only up to an orthogonal D that is block-diagonal
    on T's blocks: +-1 on a 1x1 block, and on a standardised 2x2 block of a complex pair
    a rotation (LAPACK's dlanv2 can land on the form or on its 90-degree turn, and two
    LAPACK builds -- scipy's OpenBLAS and Octave's reference LAPACK -- do differ on some
    matrices). Equal factors pass directly; otherwise U_ref = U*D and T_ref = D'*T*D
    with such a D."""
    if np.allclose(u, u_ref, atol=tol, rtol=1e-9) and \
            np.allclose(t, t_ref, atol=tol, rtol=1e-9):
        return
    d = u.T @ u_ref
    n = t.shape[0]
    block = _blocks(t, tol)
    assert np.all(np.abs(d[~block]) < tol * 10), "U differs beyond T's blocks"
    np.testing.assert_allclose(d.T @ d, np.eye(n), atol=tol, rtol=1e-9)
    np.testing.assert_allclose(d.T @ t @ d, t_ref, atol=tol * 10, rtol=1e-9)


def _blocks(t, tol):
    n = t.shape[0]
    block = np.zeros((n, n), dtype=bool)
    i = 0
    while i < n:
        size = 2 if i + 1 < n and abs(t[i + 1, i]) > tol else 1
        block[i:i + size, i:i + size] = True
        i += size
    return block


def _assert_same_qz(mine, ref, tol):
    """(AA, BB, Q, Z) of the real generalized Schur form, unique up to orthogonal E, F
    block-diagonal on AA's blocks (Q_ref = E*Q, Z_ref = Z*F, AA_ref = E*AA*F, BB_ref =
    E*BB*F): sign flips and 2x2-block rotations that LAPACK builds choose differently."""
    aa, bb, q, z = mine
    aa_r, bb_r, q_r, z_r = ref
    if all(np.allclose(m, r, atol=tol, rtol=1e-9) for m, r in zip(mine, ref)):
        return
    e, f = q_r @ q.T, z.T @ z_r
    block = _blocks(aa, tol)
    assert np.all(np.abs(e[~block]) < tol * 10) and np.all(np.abs(f[~block]) < tol * 10)
    np.testing.assert_allclose(e @ aa @ f, aa_r, atol=tol * 10, rtol=1e-9)
    np.testing.assert_allclose(e @ bb @ f, bb_r, atol=tol * 10, rtol=1e-9)


@pytest.mark.octave
def test_against_octave_on_random_matrices():
    """Real schur, hess, balance, real-mode qz, ordschur: the factors themselves, since LAPACK
    fixes them (OpenBLAS vs Octave's reference LAPACK: a backward-stable difference of
    n*eps*norm/separation)."""
    cases, inputs = [], []
    for n in (3, 6, 9):
        a, b = _random(n), _random(n)
        d = np.diag(2.0 ** RNG.integers(-8, 9, n))
        scaled = d @ a @ np.linalg.inv(d)
        sel = np.arange(n) % 3 == 1
        cases.append(("[U, T] = schur(A); [P, H] = hess(A); [Tb, Bb] = balance(S);"
                      " [AA, BB, Q, Z] = qz(A, B); [US, TS] = ordschur(U, T, logical(sel));",
                      {"A": a, "B": b, "S": scaled, "sel": sel.astype(float)},
                      ["U", "T", "P", "H", "Tb", "Bb", "AA", "BB", "Q", "Z", "US", "TS"]))
        inputs.append((a, b, scaled, sel))
    for (a, b, scaled, sel), got in zip(inputs, run_octave(cases)):
        n = a.shape[0]
        tol = 1e-9
        u, t = matlab.schur(a, nargout=2)
        _assert_same_schur(u, t, got["U"], got["T"], tol)
        p, h = matlab.hess(a, nargout=2)
        np.testing.assert_allclose(p, got["P"], atol=tol)
        np.testing.assert_allclose(h, got["H"], atol=tol)
        tb, bb_ = matlab.balance(scaled, nargout=2)
        np.testing.assert_array_equal(tb, got["Tb"])
        np.testing.assert_array_equal(bb_, got["Bb"])
        aa, bb, q, z = matlab.qz(a, b, 'real')
        _assert_same_qz((aa, bb, q, z), tuple(got[k] for k in ("AA", "BB", "Q", "Z")),
                        tol * n)
        us, ts = matlab.ordschur(got["U"], got["T"], sel)   # on Octave's own U, T
        np.testing.assert_allclose(us, got["US"], atol=tol * n)
        np.testing.assert_allclose(ts, got["TS"], atol=tol * n)
