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
    inf = np.isinf(e.ravel())
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
