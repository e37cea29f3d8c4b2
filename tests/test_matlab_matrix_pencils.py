"""MATLAB polyeig and ordeig: the definitions, the reference pages' printed examples,
condition numbers against an independent evaluation of Dedieu and Tisseur's formula,
classes, errors, and a live differential test against Octave."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from compat import matlab
from oracles import run_octave

EPS = np.finfo(float).eps
M = np.diag([3.0, 1, 3, 1])
C = np.array([[0.4, 0, -0.3, 0], [0, 0, 0, 0], [-0.3, 0, 0.5, -0.2], [0, 0, -0.2, 0.2]])
K = np.array([[-7.0, 2, 4, 0], [2, -4, 2, 0], [4, 2, -9, 3], [0, 0, 3, -3]])
# the polyeig reference page, [X,e,s] = polyeig(K,C,M): e, and |X| (signs vary between
# the page's own versions)
PAGE_E = [-2.4498, -2.1536, -1.6248, 2.2279, 2.0364, 1.4752, 0.3353, -0.3466]
PAGE_ABS_X = np.abs(np.array([
    [0.1828, 0.3421, 0.3989, 0.0621, 0.3890, -0.4143, -0.4575, 0.4563],
    [0.3530, -0.9296, 0.3330, -0.8571, -0.6366, -0.2717, -0.4981, 0.4985],
    [-0.5360, -0.0456, -0.1724, 0.3509, -0.3423, 0.1666, -0.5106, 0.5107],
    [0.7448, 0.1295, -0.8368, -0.3720, 0.5712, 0.8525, -0.5309, 0.5315]]))


def _coeffs(rng, n, p, complex_=False, dtype=np.float64):
    out = []
    for _ in range(p + 1):
        a = rng.standard_normal((n, n))
        if complex_:
            a = a + 1j * rng.standard_normal((n, n))
        out.append(a.astype(dtype) if not complex_ else a)
    return out


def _p_at(coeffs, lam):
    return sum(lam ** k * a for k, a in enumerate(coeffs))


# --------------------------------------------------------------------------- polyeig
def test_polyeig_page_example():
    X, e, s = matlab.polyeig(K, C, M, nargout=3)
    assert e.shape == (8, 1) and X.shape == (4, 8) and s.shape == (8, 1)
    np.testing.assert_allclose(e.ravel(), PAGE_E, atol=5e-5)       # the printed order
    np.testing.assert_allclose(np.abs(X), PAGE_ABS_X, atol=5e-5)
    np.testing.assert_allclose(np.linalg.norm(X, axis=0), 1, rtol=4 * EPS)
    for j in range(8):   # the page: (M*lambda^2 + C*lambda + K)*x is about 1e-13
        assert np.linalg.norm((M * e[j, 0] ** 2 + C * e[j, 0] + K) @ X[:, j]) < 1e-13
    np.testing.assert_array_equal(matlab.polyeig(K, C, M), e)
    X2, e2 = matlab.polyeig(K, C, M, nargout=2)
    np.testing.assert_array_equal(X2, X)


@pytest.mark.parametrize("n, p, complex_", [(3, 2, False), (4, 2, True), (3, 3, False),
                                           (2, 4, True), (1, 3, False)])
def test_polyeig_definition(n, p, complex_):
    rng = np.random.default_rng(14100 + 10 * n + p)
    coeffs = _coeffs(rng, n, p, complex_)
    X, e, s = matlab.polyeig(*coeffs, nargout=3)
    assert X.shape == (n, n * p) and e.shape == (n * p, 1)
    scale = sum(np.linalg.norm(a, 2) * (1 + abs(lam)) ** p
                for a, lam in zip(coeffs, [np.max(np.abs(e))] * (p + 1)))
    for j in range(n * p):
        lam, x = e[j, 0], X[:, j]
        assert abs(np.linalg.norm(x) - 1) < 8 * EPS
        assert np.linalg.norm(_p_at(coeffs, lam) @ x) < 1e3 * EPS * scale
    # the eigenvalues are the roots of det(P(lambda)) = 0 (a monic scalar check: the
    # eigenvalues of the block companion matrix of Ap^-1 P, computed independently)
    lead = np.linalg.inv(coeffs[-1])
    comp = np.zeros((n * p, n * p), dtype=np.result_type(*coeffs))
    comp[:-n, n:] = np.eye(n * (p - 1))
    for k in range(p):
        comp[-n:, k * n:(k + 1) * n] = -lead @ coeffs[k]
    ref = np.linalg.eigvals(comp)
    rows, cols = linear_sum_assignment(np.abs(e.ravel()[:, None] - ref[None, :]))
    # each side moves an eigenvalue by about s * (relative backward error) * (1+|lambda|^2)
    # (s homogeneous: a chordal bound); forming Ap^-1 multiplies the companion route's
    # backward error by cond(Ap)
    tol = 1e3 * n * p * EPS * np.linalg.cond(coeffs[-1]) * s.ravel()[rows] * \
        (1 + np.abs(ref[cols]) ** 2)
    assert np.all(np.abs(e.ravel()[rows] - ref[cols]) <= tol)


def _independent_condition(coeffs, lam):
    """Dedieu-Tisseur's homogeneous condition number from scratch: x and y the right and
    left null vectors of P(lambda) by SVD, the derivatives of sum a^k b^(p-k) A_k."""
    p = len(coeffs) - 1
    a, b = (1.0, 0.0) if np.isinf(lam) else (lam, 1.0)
    pm = sum(a ** k * b ** (p - k) * c for k, c in enumerate(coeffs))
    u, _, vh = np.linalg.svd(pm)
    x, y = vh[-1].conj(), u[:, -1]
    da = sum(k * a ** (k - 1) * b ** (p - k) * c for k, c in enumerate(coeffs) if k > 0)
    db = sum((p - k) * a ** k * b ** (p - k - 1) * c for k, c in enumerate(coeffs) if k < p)
    nu = np.array([abs(a) ** k * abs(b) ** (p - k) * np.linalg.norm(c, "fro")
                   for k, c in enumerate(coeffs)])
    return np.linalg.norm(nu) / abs(y.conj() @ (np.conj(b) * da - np.conj(a) * db) @ x)


@pytest.mark.parametrize("complex_", [False, True])
def test_polyeig_condition_numbers_definition(complex_):
    rng = np.random.default_rng(14200 + complex_)
    for n, p in [(3, 2), (2, 3)]:
        coeffs = _coeffs(rng, n, p, complex_)
        X, e, s = matlab.polyeig(*coeffs, nargout=3)
        ref = [_independent_condition(coeffs, lam) for lam in e.ravel()]
        # s is computed from the eigenvector data; both evaluations are accurate to
        # about s * n*p*eps relative (the null vectors move by that much)
        np.testing.assert_allclose(s.ravel(), ref, rtol=1e-6)
        assert np.all(s > 0)


def test_polyeig_infinite_eigenvalue_and_trailing_branch():
    rng = np.random.default_rng(14300)
    a0, a1 = rng.standard_normal((3, 3)), rng.standard_normal((3, 3))
    a2 = np.array([[1.0, 2, 0], [2, 4, 0], [0, 0, 1]])      # singular leading coefficient
    X, e, s = matlab.polyeig(a0, a1, a2, nargout=3)
    # QZ gives the infinite eigenvalue as alpha/beta with beta exactly 0 or a rounding
    # residue of a few eps: Inf, or a huge finite value (COMPAT_RESEED_SHIFT=21613:
    # 8.0e14; 186 of 5000 seeds); over those 5000 seeds it was Inf or >= 2.9e12 and the
    # finite eigenvalues of these O(1) coefficients <= 1.7e4, so 1e8 separates them
    inf = ~np.isfinite(e.ravel()) | (np.abs(e.ravel()) > 1e8)
    assert inf.sum() == 1
    j = int(np.flatnonzero(inf)[0])
    assert np.linalg.norm(a2 @ X[:, j]) < 1e-12                  # an eigenvector of A2
    # rcond(A2) = 0 < rcond(A0): the left eigenvectors come from the A0 branch
    ref = [_independent_condition([a0, a1, a2], lam) for lam in e.ravel()]
    np.testing.assert_allclose(s.ravel(), ref, rtol=1e-6)


def test_polyeig_special_cases():
    rng = np.random.default_rng(14400)
    a, b = rng.standard_normal((5, 5)), rng.standard_normal((5, 5))
    e0 = matlab.polyeig(a)                          # p = 0: eig(A, eye(n))
    np.testing.assert_array_equal(e0, matlab.eig(a, np.eye(5)))
    e1 = matlab.polyeig(a, b)                       # p = 1: eig(A, -B)
    np.testing.assert_array_equal(e1, matlab.eig(a, -b))
    V, e = matlab.polyeig(a, b, nargout=2)          # eig's vectors as they are
    V2, D2 = matlab.eig(a, -b, nargout=2)
    np.testing.assert_array_equal(V, V2)
    np.testing.assert_array_equal(e.ravel(), np.diag(D2))
    roots = matlab.polyeig(6.0, -5.0, 1.0)          # scalars: roots([1 -5 6])
    np.testing.assert_allclose(np.sort(roots.ravel()), [2.0, 3.0], rtol=4 * EPS)


def test_polyeig_classes_layouts_and_no_mutation():
    rng = np.random.default_rng(14500)
    coeffs = _coeffs(rng, 3, 2)
    copies = [c.copy() for c in coeffs]
    ref = matlab.polyeig(*coeffs, nargout=3)
    odd = [np.asfortranarray(coeffs[0]), coeffs[1].astype(">f8"), coeffs[2].copy()]
    odd[2].setflags(write=False)
    got = matlab.polyeig(*odd, nargout=3)
    for r, g in zip(ref, got):
        np.testing.assert_array_equal(r, g)
    for c, cc in zip(coeffs, copies):
        np.testing.assert_array_equal(c, cc)
    single = matlab.polyeig(coeffs[0].astype(np.float32), coeffs[1], coeffs[2], nargout=3)
    assert single[0].dtype in (np.float32, np.complex64)
    assert single[1].dtype in (np.float32, np.complex64)
    assert single[2].dtype == np.float32
    assert matlab.polyeig(K, C, M).dtype == np.float64          # real eigenvalues: real


def test_polyeig_errors():
    a = np.eye(3)
    with pytest.raises(ValueError, match="Must provide at least two matrices"):
        matlab.polyeig(a, a, nargout=3)
    with pytest.raises(ValueError, match="Must provide at least two matrices"):
        matlab.polyeig(a, nargout=3)
    z = np.zeros((3, 3))
    with pytest.raises(ValueError, match="Either the leading or the trailing coefficient"):
        matlab.polyeig(z, a, z, nargout=3)
    with pytest.raises(ValueError, match="same size"):
        matlab.polyeig(a, np.eye(2))
    with pytest.raises(ValueError, match="Matrix must be square"):
        matlab.polyeig(np.ones((2, 3)), np.ones((2, 3)))
    with pytest.raises(ValueError, match="NaN or Inf"):
        matlab.polyeig(np.full((2, 2), np.nan), np.eye(2))
    with pytest.raises(TypeError):
        matlab.polyeig(np.eye(2, dtype=np.int32), np.eye(2))
    with pytest.raises(ValueError):
        matlab.polyeig()


# ---------------------------------------------------------------------------- ordeig
def test_ordeig_page_examples():
    e = matlab.ordeig(np.diag([1.0, -1, 3, -5, 2]))
    assert e.dtype == np.float64 and e.shape == (5, 1)
    np.testing.assert_array_equal(e.ravel(), [1, -1, 3, -5, 2])
    # the ordqz page: e = ordeig(AA,BB) of qz(magic(5), hilb(5)) prints
    # 1.0e+06 * [2.8871 -0.0257 -0.0009 0.0005 0.0000]
    e = matlab.ordeig(*matlab.qz(matlab.magic(5), matlab.hilb(5), nargout=2)).ravel()
    np.testing.assert_allclose(e, np.array([2.8871, -0.0257, -0.0009, 0.0005, 0.0]) * 1e6,
                               atol=50)


def test_ordeig_blocks_in_diagonal_order():
    t = np.array([[5.0, 1, 2, 3], [0, 1, 2, 4], [0, -3, 1, 5], [0, 0, 0, -2]])
    e = matlab.ordeig(t).ravel()
    root = np.sqrt(6.0)
    np.testing.assert_allclose(e, [5, 1 + 1j * root, 1 - 1j * root, -2], rtol=4 * EPS)
    rng = np.random.default_rng(14600)
    a = rng.standard_normal((7, 7))
    u, tt = matlab.schur(a, nargout=2)
    e = matlab.ordeig(tt).ravel()
    # each 1x1 block is its diagonal entry; each 2x2 block's pair is its eigenvalues,
    # positive imaginary part first
    k = 0
    while k < 7:
        if k < 6 and tt[k + 1, k] != 0:
            pair = np.linalg.eigvals(tt[k:k + 2, k:k + 2])
            assert e[k].imag > 0 and e[k + 1] == np.conj(e[k])      # an exact pair
            assert e[k].real == tt[k, k] == tt[k + 1, k + 1]       # standardised block
            got, ref, _ = _match(e[k:k + 2], pair)
            np.testing.assert_allclose(got, ref, rtol=16 * EPS)
            k += 2
        else:
            assert e[k] == tt[k, k]
            k += 1
    # ordschur's select vector is over ordeig(T): selecting e's first pair moves it
    b = rng.standard_normal((6, 6))
    aa, bb = matlab.qz(a[:6, :6], b, 'real', nargout=2)
    e = matlab.ordeig(aa, bb).ravel()
    ref = np.linalg.eigvals(np.linalg.solve(bb, aa))
    rows, cols = linear_sum_assignment(np.abs(e[:, None] - ref[None, :]))
    np.testing.assert_allclose(e[rows], ref[cols], rtol=1e-10)


def test_ordeig_general_pair_infinite_and_complex():
    t = np.array([[1.0, 2, 3, 4], [-2, 1, 5, 6], [0, 0, 3, 7], [0, 0, 0, -1]])
    b = np.array([[2.0, 1, 1, 1], [0, 3, 1, 1], [0, 0, 1, 2], [0, 0, 0, 4]])
    e = matlab.ordeig(t, b).ravel()
    # det([1 2; -2 1] - lambda*[2 1; 0 3]) = 6 lambda^2 - 7 lambda + 5
    disc = np.sqrt(complex(49 - 120))
    np.testing.assert_allclose(e, [(7 + disc) / 12, (7 - disc) / 12, 3, -0.25], rtol=8 * EPS)
    e = matlab.ordeig(np.array([[2.0, 1], [0, -3]]), np.array([[0.0, 1], [0, 1]])).ravel()
    assert e[0] == np.inf and e[1] == -3
    z = np.triu(np.array([[1 + 1j, 2], [0, 3 - 2j]]))
    np.testing.assert_array_equal(matlab.ordeig(z).ravel(), [1 + 1j, 3 - 2j])
    s = matlab.ordeig(np.diag(np.array([1, 2], dtype=np.float32)))
    assert s.dtype == np.float32


def test_ordeig_errors_and_layouts():
    rng = np.random.default_rng(14700)
    a = rng.standard_normal((4, 4))
    with pytest.raises(ValueError, match="ordeig: T must be quasi-triangular"):
        matlab.ordeig(a)
    with pytest.raises(ValueError, match="ordeig: T must be quasi-triangular"):
        matlab.ordeig(np.triu(a) + np.diag([1.0, 1, 1], -1))    # adjacent subdiagonals
    with pytest.raises(ValueError, match="ordeig: AA and BB must be the same size"):
        matlab.ordeig(np.eye(3), np.eye(2))
    with pytest.raises(ValueError, match="BB must be upper triangular"):
        matlab.ordeig(np.eye(3), np.tril(np.ones((3, 3))))
    with pytest.raises(ValueError, match="Matrix must be square"):
        matlab.ordeig(np.ones((2, 3)))
    t = np.triu(a)
    ref = matlab.ordeig(t)
    view = np.asfortranarray(t).astype(">f8")
    view.setflags(write=False)
    np.testing.assert_array_equal(matlab.ordeig(view), ref)
    np.testing.assert_array_equal(ref.ravel(), np.diag(t))


# -------------------------------------------------------------------------- octave
def _match(mine, ref):
    rows, cols = linear_sum_assignment(np.abs(mine[:, None] - ref[None, :]))
    return mine[rows], ref[cols], rows


@pytest.mark.octave
def test_against_octave_on_random_problems():
    """Eigenvalues as multisets (Octave linearises otherwise, so QZ's order may differ),
    each within 200*n*p*eps*s*(1+|lambda|^2): s is compat's homogeneous condition number,
    which bounds the chordal distance an eigenvalue moves per unit of relative backward
    error, and both QZ runs are backward stable on their own linearisation (n*p*eps each).
    Eigenvectors of the real eigenvalues compared after dividing by the largest entry.
    ordeig on Octave's own Schur and QZ forms: Octave's formula and compat's agree to a
    few eps on LAPACK's standardised blocks."""
    rng = np.random.default_rng(14800)
    cases, problems = [], []
    for n, p, cplx in [(3, 2, False), (4, 2, True), (2, 3, False), (3, 3, True), (5, 2, False)]:
        coeffs = _coeffs(rng, n, p, cplx)
        names = [f"A{k}" for k in range(p + 1)]
        cases.append((f"[X, e] = polyeig({', '.join(names)}); T = schur(A0); "
                      f"[AA, BB] = qz(real(A0), real(A1)); ET = ordeig(T); EQ = ordeig(AA, BB);",
                      dict(zip(names, coeffs)), ["X", "e", "T", "AA", "BB", "ET", "EQ"]))
        problems.append(coeffs)
    for coeffs, got in zip(problems, run_octave(cases)):
        n, p = coeffs[0].shape[0], len(coeffs) - 1
        X, e, s = matlab.polyeig(*coeffs, nargout=3)
        mine, ref, rows = _match(e.ravel(), np.asarray(got["e"]).ravel())
        tol = 200 * n * p * EPS * s.ravel()[rows] * (1 + np.abs(mine) ** 2)
        assert np.all(np.abs(mine - ref) <= tol), (mine, ref, tol)
        real = np.flatnonzero(e.ravel().imag == 0) if e.dtype.kind == "c" else \
            np.arange(e.size)
        for j in real:
            k = int(np.argmin(np.abs(np.asarray(got["e"]).ravel() - e[j, 0])))
            x, xo = X[:, j], np.asarray(got["X"])[:, k]
            x, xo = x / x[np.argmax(np.abs(x))], xo / xo[np.argmax(np.abs(xo))]
            np.testing.assert_allclose(x, xo, atol=1e6 * EPS * s[j, 0])
        np.testing.assert_allclose(matlab.ordeig(got["T"]).ravel(),
                                   np.asarray(got["ET"]).ravel(), rtol=16 * EPS, atol=16 * EPS)
        np.testing.assert_allclose(matlab.ordeig(got["AA"], got["BB"]).ravel(),
                                   np.asarray(got["EQ"]).ravel(), rtol=1e-12, atol=1e-13)


# ------------------------------------------------------------------------------ gsvd
A5 = np.arange(1.0, 16).reshape(3, 5).T          # reshape(1:15,5,3)
B3 = np.array([[8.0, 1, 6], [3, 5, 7], [4, 9, 2]])  # magic(3)


def _check_gsvd(a, b, u, v, x, c, s, tol):
    m, p = a.shape
    q = x.shape[1]
    assert np.linalg.norm(a - u @ c @ x.conj().T, 2) <= tol * max(np.linalg.norm(a, 2), 1)
    assert np.linalg.norm(b - v @ s @ x.conj().T, 2) <= tol * max(np.linalg.norm(b, 2), 1)
    np.testing.assert_allclose(c.T @ c + s.T @ s, np.eye(q), atol=tol)
    np.testing.assert_allclose(u.conj().T @ u, np.eye(u.shape[1]), atol=tol)
    np.testing.assert_allclose(v.conj().T @ v, np.eye(v.shape[1]), atol=tol)
    assert c.dtype.kind == s.dtype.kind == "f" and np.all(c >= 0) and np.all(s >= 0)
    # S's nonzeros on its main diagonal, C's on diag(C, max(0, q-m))
    assert np.all(s[~np.eye(*s.shape, dtype=bool)] == 0)
    assert np.all(c[~np.eye(*c.shape, k=max(0, q - c.shape[0]), dtype=bool)] == 0)


def test_gsvd_page_example():
    U, V, X, C, S = matlab.gsvd(A5, B3, nargout=5)
    assert (U.shape, V.shape, X.shape, C.shape, S.shape) == ((5, 5), (3, 3), (3, 3),
                                                              (5, 3), (3, 3))
    d = np.sign(X[0])                  # the current page prints X(1,:) negative
    np.testing.assert_allclose(X * d, -np.array([[-2.8284, -9.3761, -6.9346],
                                                 [5.6569, -8.3071, -18.3301],
                                                 [-2.8284, -7.2381, -29.7256]]), atol=5e-5)
    np.testing.assert_allclose(np.diag(C), [0, 0.3155, 0.9807], atol=5e-5)
    np.testing.assert_allclose(np.diag(S), [1, 0.9489, 0.1957], atol=5e-5)
    np.testing.assert_allclose(V * d, -np.array([[-0.7071, -0.6946, 0.1325], [0, -0.1874, -0.9823],
                                                 [0.7071, -0.6946, 0.1325]]), atol=5e-5)
    _check_gsvd(A5, B3, U, V, X, C, S, 1e-13)
    sigma = matlab.gsvd(A5, B3)
    np.testing.assert_allclose(sigma.ravel(), [0, 0.3325, 5.0123], atol=5e-5)
    # the page: sigma is svd(A/B) in the opposite order; gsvd(B, A) the reciprocals
    np.testing.assert_allclose(sigma.ravel(), matlab.svd(matlab.mrdivide(A5, B3)).ravel()[::-1],
                               rtol=1e-12, atol=1e-13)
    Ue, Ve, Xe, Ce, Se = matlab.gsvd(A5, B3, 0, nargout=5)
    assert Ue.shape == (5, 3) and Ce.shape == (3, 3)
    np.testing.assert_allclose(Xe, X, atol=1e-12)
    for flag in ("econ", "E", "eco", "ECON"):
        np.testing.assert_allclose(matlab.gsvd(A5, B3, flag, nargout=5)[3], Ce, atol=1e-14)


@pytest.mark.parametrize("m, n, p", [(5, 3, 3), (3, 5, 3), (2, 2, 4), (3, 2, 4), (2, 3, 4),
                                     (1, 1, 2), (4, 4, 4), (6, 2, 3), (2, 6, 3), (1, 3, 3),
                                     (3, 1, 3), (5, 5, 2), (2, 1, 4)])
@pytest.mark.parametrize("complex_", [False, True])
def test_gsvd_definition(m, n, p, complex_):
    rng = np.random.default_rng(14900 + 100 * m + 10 * n + p)
    a, b = rng.standard_normal((m, p)), rng.standard_normal((n, p))
    if complex_:
        a = a + 1j * rng.standard_normal((m, p))
        b = b + 1j * rng.standard_normal((n, p))
    for flag in (None, 0):
        U, V, X, C, S = matlab.gsvd(a, b, flag, nargout=5)
        q = min(m + n, p)                    # random pairs: [A; B] has full rank
        assert X.shape == (p, q)
        if flag is None:
            assert U.shape == (m, m) and V.shape == (n, n)
        else:
            assert U.shape == (m, min(m, p)) and V.shape == (n, min(n, p))
        _check_gsvd(a, b, U, V, X, C, S, 1e-12)
        sigma = matlab.gsvd(a, b, flag).ravel()
        assert sigma.size == q and np.all(np.diff(sigma[np.isfinite(sigma)]) >= 0)
        assert np.all(np.isinf(sigma[np.flatnonzero(~np.isfinite(sigma))]))
        # sigma is sqrt(diag(C'*C)./diag(S'*S)) (the page's definition)
        with np.errstate(divide="ignore"):
            ref = np.sqrt(np.diag(C.T @ C) / np.diag(S.T @ S))
        finite = np.isfinite(ref)
        np.testing.assert_allclose(sigma[finite], ref[finite], rtol=1e-10, atol=1e-14)
        assert np.all(np.isinf(sigma[~finite]))


def test_gsvd_square_b_is_svd_of_quotient_and_classes():
    rng = np.random.default_rng(15000)
    a, b = rng.standard_normal((4, 4)), rng.standard_normal((4, 4)) + 4 * np.eye(4)
    np.testing.assert_allclose(matlab.gsvd(a, b).ravel(),
                               np.sort(np.linalg.svd(a @ np.linalg.inv(b), compute_uv=False)),
                               rtol=1e-10)
    np.testing.assert_allclose(matlab.gsvd(b, a).ravel(), 1 / matlab.gsvd(a, b).ravel()[::-1],
                               rtol=1e-10)
    single = matlab.gsvd(a.astype(np.float32), b, nargout=5)
    assert all(o.dtype == np.float32 for o in single)
    assert matlab.gsvd(a.astype(np.float32), b).dtype == np.float32
    copies = a.copy(), b.copy()
    ro = np.asfortranarray(a).astype(">f8")
    ro.setflags(write=False)
    for r, g in zip(matlab.gsvd(a, b, nargout=5), matlab.gsvd(ro, b, nargout=5)):
        np.testing.assert_array_equal(r, g)
    np.testing.assert_array_equal(a, copies[0])
    np.testing.assert_array_equal(b, copies[1])


def test_gsvd_errors():
    with pytest.raises(ValueError, match="gsvd: A and B must have the same number of columns"):
        matlab.gsvd(np.ones((3, 2)), np.ones((3, 3)))
    for flag in ("full", "econo", 1, [0, 0]):
        with pytest.raises(ValueError, match='must be 0 or "econ"'):
            matlab.gsvd(A5, B3, flag, nargout=5)
    with pytest.raises(ValueError, match="Input to SVD must not contain NaN or Inf"):
        matlab.gsvd(np.full((2, 2), np.inf), np.eye(2))
    with pytest.raises(TypeError):
        matlab.gsvd(np.eye(2, dtype=np.int8), np.eye(2))


@pytest.mark.octave
def test_gsvd_against_octave_on_random_pairs():
    """sigma directly (both ascending); for tall pairs the factors after Octave's pairs
    are put in ascending c./s order (Octave's xGGSVD3 has its own order), columns of
    U, V, X signed by X's largest entry: two backward-stable algorithms, so the values
    agree to eps times the pair's conditioning (random normal pairs: below 1e4)."""
    rng = np.random.default_rng(15100)
    shapes = [(6, 4, 3), (4, 6, 3), (5, 5, 5), (2, 3, 4), (3, 5, 5), (7, 3, 2)]
    cases, pairs = [], []
    for m, n, p in shapes:
        a, b = rng.standard_normal((m, p)), rng.standard_normal((n, p))
        cases.append(("sigma = gsvd(A, B); [U, V, X, C, S] = gsvd(A, B);",
                      {"A": a, "B": b}, ["sigma", "U", "V", "X", "C", "S"]))
        pairs.append((a, b))
    for (a, b), got in zip(pairs, run_octave(cases)):
        m, p = a.shape
        n = b.shape[0]
        sigma = matlab.gsvd(a, b).ravel()
        ref = np.asarray(got["sigma"]).ravel()
        fin = np.isfinite(ref)
        assert np.array_equal(np.isfinite(sigma), fin)
        np.testing.assert_allclose(sigma[fin], ref[fin], rtol=1e-9, atol=1e-10)
        if m >= p and n >= p:
            U, V, X, C, S = matlab.gsvd(a, b, nargout=5)
            co, so = np.diag(got["C"])[:p], np.diag(got["S"])[:p]
            order = np.argsort(co / so)
            xo = np.asarray(got["X"])[:, order]
            vo = np.asarray(got["V"])[:, :p][:, order]
            np.testing.assert_allclose(np.diag(C), co[order], atol=1e-10)
            np.testing.assert_allclose(np.diag(S), so[order], atol=1e-10)
            d = np.sign(X[np.argmax(np.abs(X), axis=0), np.arange(p)])
            do = np.sign(xo[np.argmax(np.abs(xo), axis=0), np.arange(p)])
            np.testing.assert_allclose(X * d, xo * do, rtol=1e-8, atol=1e-9)
            np.testing.assert_allclose(V[:, :p] * d, vo * do, atol=1e-9)


# ----------------------------------------------------------------------------- ordqz
def _qz_pair(seed, n=6, complex_=False):
    rng = np.random.default_rng(seed)
    a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
    if complex_:
        a = a + 1j * rng.standard_normal((n, n))
    return a, b, matlab.qz(a, b, 'complex' if complex_ else 'real')


def _assert_reordered(a, b, out, lead):
    """QS*A*ZS = AAS, QS*B*ZS = BBS, unitary factors, the Schur structure, and the
    eigenvalues ``lead`` (as a multiset) in the leading block."""
    aas, bbs, qs, zs = out
    n = a.shape[0]
    scale = max(np.linalg.norm(a, 2), np.linalg.norm(b, 2))
    assert np.linalg.norm(qs @ a @ zs - aas, 2) < 100 * n * EPS * scale
    assert np.linalg.norm(qs @ b @ zs - bbs, 2) < 100 * n * EPS * scale
    np.testing.assert_allclose(qs @ qs.conj().T, np.eye(n), atol=100 * n * EPS)
    np.testing.assert_allclose(zs.conj().T @ zs, np.eye(n), atol=100 * n * EPS)
    assert np.all(np.tril(bbs, -1) == 0)
    e = matlab.ordeig(aas, bbs).ravel().astype(complex)
    got, ref, _ = _match(e[:len(lead)], np.asarray(lead, complex))
    np.testing.assert_allclose(got, ref, rtol=1e-9, atol=1e-12)


def test_ordqz_page_example():
    AA, BB, Q, Z = matlab.qz(matlab.magic(5), matlab.hilb(5))
    AAS, BBS, QS, ZS = matlab.ordqz(AA, BB, Q, Z, 'rhp')
    np.testing.assert_allclose(np.diag(AAS), [14.5272, 21.7128, 60.3083, -18.2081, -14.6375],
                               atol=5e-5)
    np.testing.assert_allclose(QS[0], [-0.1743, -0.1099, -0.0789, -0.4690, 0.8552], atol=5e-5)
    np.testing.assert_allclose(BBS[2:, 2:], [[1.3820, 0.6325, 0.2807], [0, 0.0007, -0.0137],
                                             [0, 0, 0.0171]], atol=5e-5)
    e = matlab.ordeig(AAS, BBS).ravel()
    assert np.all(e[:3] > 0) and np.all(e[3:] < 0)


@pytest.mark.parametrize("complex_", [False, True])
def test_ordqz_select_and_keywords(complex_):
    a, b, (AA, BB, Q, Z) = _qz_pair(15200 + complex_, complex_=complex_)
    e = matlab.ordeig(AA, BB).ravel().astype(complex)
    select = np.arange(6) % 2 == 1
    if not complex_:      # a selected half of a 2x2 block selects the block (the Tips)
        for k in np.flatnonzero(np.diagonal(AA, -1)):
            select[k] = select[k + 1] = select[k] or select[k + 1]
    out = matlab.ordqz(AA, BB, Q, Z, select)
    _assert_reordered(a, b, out, e[select])
    # both groups keep their relative order
    after = matlab.ordeig(out[0], out[1]).ravel().astype(complex)
    np.testing.assert_allclose(after[select.sum():], e[~select], rtol=1e-8)
    for key, region in (("lhp", e.real < 0), ("rhp", e.real >= 0), ("udi", np.abs(e) < 1),
                        ("udo", np.abs(e) >= 1)):
        _assert_reordered(a, b, matlab.ordqz(AA, BB, Q, Z, key.upper()), e[region])
    # Q = [] and Z = [] give the incremental transformation of (AA, BB)
    aas, bbs, qs, zs = matlab.ordqz(AA, BB, [], [], select)
    np.testing.assert_allclose(qs @ AA @ zs, aas, atol=1e-12)
    np.testing.assert_allclose(qs @ Q, out[2], atol=1e-12)


def test_ordqz_clusters_and_classes():
    a, b, (AA, BB, Q, Z) = _qz_pair(15300)
    e = matlab.ordeig(AA, BB).ravel().astype(complex)
    labels = np.array([1, 3, 2, 3, 1, 2], float)
    for k in np.flatnonzero(np.diagonal(AA, -1)):
        labels[k] = labels[k + 1] = max(labels[k], labels[k + 1])
    out = matlab.ordqz(AA, BB, Q, Z, [1, 3, 2, 3, 1, 2])
    after = matlab.ordeig(out[0], out[1]).ravel().astype(complex)
    # the clusters in descending order, each keeping its eigenvalues' relative order
    expected = np.concatenate([e[labels == c] for c in sorted(set(labels), reverse=True)])
    got, ref, _ = _match(after, expected)
    np.testing.assert_allclose(got, ref, rtol=1e-8)
    start = 0
    for c in sorted(set(labels), reverse=True):
        size = int(np.sum(labels == c))
        g, r, _ = _match(after[start:start + size], e[labels == c])
        np.testing.assert_allclose(g, r, rtol=1e-8)
        start += size
    single = matlab.ordqz(*(x.astype(np.float32) for x in (AA, BB, Q, Z)), 'lhp')
    assert all(x.dtype == np.float32 for x in single)
    copies = [x.copy() for x in (AA, BB, Q, Z)]
    ro = AA.astype(">f8")
    ro.setflags(write=False)
    for r, g in zip(matlab.ordqz(AA, BB, Q, Z, 'udi'), matlab.ordqz(ro, BB, Q, Z, 'udi')):
        np.testing.assert_array_equal(r, g)
    for x, c in zip((AA, BB, Q, Z), copies):
        np.testing.assert_array_equal(x, c)


def test_ordqz_errors():
    a, b, (AA, BB, Q, Z) = _qz_pair(15400)
    with pytest.raises(ValueError, match="ordqz: AA must be quasi-triangular"):
        matlab.ordqz(a, BB, Q, Z, 'lhp')
    with pytest.raises(ValueError, match="ordqz: BB must be upper triangular"):
        matlab.ordqz(AA, b, Q, Z, 'lhp')
    with pytest.raises(ValueError, match="same size"):
        matlab.ordqz(AA, BB, np.eye(3), Z, 'lhp')
    with pytest.raises(ValueError, match="unknown keyword 'left'"):
        matlab.ordqz(AA, BB, Q, Z, 'left')
    with pytest.raises(ValueError, match="one element per eigenvalue"):
        matlab.ordqz(AA, BB, Q, Z, [True, False])
    with pytest.raises(ValueError, match="must not contain NaN"):
        matlab.ordqz(AA, BB, np.full((6, 6), np.nan), Z, 'lhp')


@pytest.mark.octave
def test_ordqz_against_octave():
    """One ordqz call on Octave's own qz output with a random select: the reordered
    eigenvalues (real parts and |imaginary parts| in order; see the suite for Octave's
    ordeig within a block) and the deflating subspace's projector, which are unique."""
    rng = np.random.default_rng(15500)
    cases, sels = [], []
    for n in (4, 6, 8):
        a, b = rng.standard_normal((n, n)), rng.standard_normal((n, n))
        sel = rng.random(n) < 0.5
        cases.append(("[AA, BB, Q, Z] = qz(A, B); [AAS, BBS, QS, ZS] = ordqz(AA, BB, Q, Z, "
                      "logical(sel));", {"A": a, "B": b, "sel": sel.astype(float)},
                      ["AA", "BB", "Q", "Z", "AAS", "BBS", "QS", "ZS"]))
        sels.append(sel)
    for sel, got in zip(sels, run_octave(cases)):
        aa = np.asarray(got["AA"])
        for k in np.flatnonzero(np.diagonal(aa, -1)):
            sel[k] = sel[k + 1] = sel[k] or sel[k + 1]
        aas, bbs, qs, zs = matlab.ordqz(got["AA"], got["BB"], got["Q"], got["Z"], sel)
        e = matlab.ordeig(aas, bbs).ravel().astype(complex)
        eo = matlab.ordeig(got["AAS"], got["BBS"]).ravel().astype(complex)
        np.testing.assert_allclose(e.real, eo.real, rtol=1e-9, atol=1e-11)
        np.testing.assert_allclose(np.abs(e.imag), np.abs(eo.imag), rtol=1e-9, atol=1e-11)
        k = int(sel.sum())
        zo = np.asarray(got["ZS"])
        np.testing.assert_allclose(zs[:, :k] @ zs[:, :k].T, zo[:, :k] @ zo[:, :k].T,
                                   atol=1e-10)
