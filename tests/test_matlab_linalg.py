"""MATLAB dense linear algebra (compat.matlab.linalg): unit tests, warnings, bad input,
and differential tests against live Octave on random systems of every structure.

Tolerances of the differential tests: the LU path (general square systems, ``lu``) runs
in LAPACK's reference operation order and is compared **bit for bit** with Octave (which
runs reference BLAS); everything computed by an OpenBLAS LAPACK call is compared with the
backward-error bound of its algorithm, ``c * n * eps * cond`` relative (stated per test).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

import compat
from compat import matlab
from compat._core import linalg as core
from oracles import run_octave

EPS = np.finfo(float).eps


def _caught(function, *args, **kwargs):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        result = function(*args, **kwargs)
    return result, [w for w in caught if issubclass(w.category, compat.MatlabWarning)]


# ----------------------------------------------------------------------------- warnings
def test_singular_warning_and_matlab_answer():
    x, caught = _caught(matlab.mldivide, np.array([[1.0, 0], [0, 0]]), np.array([[1.0], [1]]))
    np.testing.assert_array_equal(x, [[1.0], [np.inf]])
    assert len(caught) == 1 and caught[0].category is compat.SingularMatrixWarning
    assert str(caught[0].message) == "Matrix is singular to working precision."
    assert caught[0].message.identifier == "MATLAB:singularMatrix"


def test_exactly_singular_lu_gives_nan_as_matlab():
    a = np.array([[-1.0, 0, 0], [1, 1, -1], [0, -1, 1]])
    x, caught = _caught(matlab.mldivide, a, np.array([-1.0, 0, 1]))
    assert np.isnan(x).all() and caught[0].category is compat.SingularMatrixWarning


def test_nearly_singular_warning_prints_rcond_as_matlab():
    magic4 = np.array([[16.0, 2, 3, 13], [5, 11, 10, 8], [9, 7, 6, 12], [4, 14, 15, 1]])
    x, caught = _caught(matlab.mldivide, magic4, np.full((4, 1), 34.0))
    assert caught[0].category is compat.NearlySingularMatrixWarning
    assert str(caught[0].message) == ("Matrix is close to singular or badly scaled. Results "
                                      "may be inaccurate. RCOND =  1.306145e-17.")
    assert caught[0].message.rcond == pytest.approx(1.306145e-17, rel=1e-6)
    # MATLAB's current documentation prints exactly this answer
    np.testing.assert_allclose(x.ravel(), [1.5, 2.5, -0.5, 0.5], atol=1e-12)


def test_rank_deficient_warning_as_matlab_documents():
    x, caught = _caught(matlab.mrdivide, np.array([[1.0, 2]]),
                        np.array([[1.0, 0], [2, 0], [1, 0]]))
    np.testing.assert_array_equal(x, [[0, 0.5, 0]])
    assert caught[0].category is compat.RankDeficientWarning
    assert str(caught[0].message) == "Rank deficient, rank = 1, tol =  1.332268e-15."
    assert caught[0].message.rank == 1


def test_full_rank_underdetermined_has_no_warning_and_is_basic():
    x, caught = _caught(matlab.mldivide, np.array([[1.0, 2, 0], [0, 4, 3]]), [8, 18])
    assert not caught
    np.testing.assert_allclose(x, [0, 4, 2 / 3], atol=1e-15)


def test_inv_singular_is_inf_with_warning():
    y, caught = _caught(matlab.inv, np.array([[1.0, 2], [2, 4]]))
    assert np.isposinf(y).all() and caught[0].category is compat.SingularMatrixWarning


def test_warnings_point_at_the_caller():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        matlab.inv(np.zeros((2, 2)))
    assert caught[0].filename == __file__


# ---------------------------------------------------------------- solver choice
@pytest.mark.parametrize("build,solver", [
    (lambda a: np.diag(np.diag(a)), "diagonal"),
    (np.triu, "upper"),
    (np.tril, "lower"),
    (lambda a: np.triu(a)[[2, 0, 4, 1, 3]], "permuted upper"),
    (lambda a: np.tril(a)[[3, 1, 0, 4, 2]], "permuted lower"),
    (lambda a: a @ a.T + 5 * np.eye(5), "cholesky"),
    (lambda a: a + a.T, "ldl"),
    (lambda a: a, "lu"),
    (lambda a: a[:, :3], "qr"),
])
def test_structure_picks_matlabs_solver(build, solver):
    a = build(np.random.default_rng(3).normal(size=(5, 5)))
    b = np.random.default_rng(4).normal(size=(a.shape[0], 2))
    x, report = core.structured_solve(a, b)
    assert report.solver == solver
    if solver != "qr":
        np.testing.assert_allclose(a @ x, b, atol=1e-9)


def test_positive_diagonal_but_indefinite_falls_back_to_ldl():
    a = np.array([[1.0, 3, 0], [3, 1, 2], [0, 2, 5]])
    x, report = core.structured_solve(a, np.eye(3))
    assert report.solver == "ldl"
    np.testing.assert_allclose(a @ x, np.eye(3), atol=1e-12)


def test_basic_solution_has_at_most_rank_nonzeros():
    rng = np.random.default_rng(5)
    a = rng.normal(size=(8, 3)) @ rng.normal(size=(3, 6))       # rank 3, 8x6
    b = rng.normal(size=(8, 2))
    x, caught = _caught(matlab.mldivide, a, b)
    assert caught[0].message.rank == 3
    assert (np.count_nonzero(x, axis=0) <= 3).all()
    # a least-squares solution: the residual is orthogonal to the range of A
    np.testing.assert_allclose(a.T @ (a @ x - b), 0, atol=1e-9)


# ---------------------------------------------------------------- shapes and classes
def test_vectors_scalars_and_classes():
    a = np.array([[2.0, 1], [1, 3]])
    assert matlab.mldivide(a, [1.0, 2.0]).shape == (2,)
    assert matlab.mrdivide([1.0, 2.0], a).shape == (2,)
    np.testing.assert_array_equal(matlab.mldivide(2, np.array([4.0, 6.0])), [2.0, 3.0])
    assert np.isinf(matlab.mldivide(0.0, 1.0))
    assert matlab.mldivide(np.int8(4), np.array([9], dtype=np.int8)).dtype == np.int8
    single = a.astype(np.float32)
    for out in (matlab.mldivide(single, [1.0, 2.0]), matlab.inv(single), matlab.det(single),
                matlab.eig(single), matlab.svd(single), matlab.pinv(single),
                matlab.expm(single), matlab.chol(single), matlab.norm(single)):
        assert np.asarray(out).dtype == np.float32
    z = matlab.mldivide(a, np.array([1.0 + 1j, 2.0]))
    assert z.dtype == np.complex128
    np.testing.assert_allclose(a @ z, [1 + 1j, 2])


def test_empty_matrices():
    assert matlab.inv(np.zeros((0, 0))).shape == (0, 0)
    assert matlab.det(np.zeros((0, 0))) == 1
    assert matlab.mldivide(np.zeros((0, 3)), np.zeros((0, 2))).shape == (3, 2)
    assert matlab.norm(np.zeros((0, 0))) == 0
    assert matlab.rank(np.zeros((0, 3))) == 0
    assert matlab.pinv(np.zeros((2, 0))).shape == (0, 2)
    assert np.isinf(matlab.rcond(np.zeros((0, 0))))


# ---------------------------------------------------------------- bad input
@pytest.mark.parametrize("call,error,message", [
    (lambda: matlab.mldivide(np.eye(3), np.ones((2, 1))), ValueError,
     r"^mldivide: Matrix dimensions must agree \(A is 3x3, B is 2x1\)"),
    (lambda: matlab.mrdivide(np.ones((1, 2)), np.eye(3)), ValueError,
     r"^mrdivide: Matrix dimensions must agree"),
    (lambda: matlab.mldivide(np.eye(2, dtype=np.int32), np.ones(2)), TypeError,
     r"^mldivide: A must be double or single, not int32"),
    (lambda: matlab.inv(np.ones((2, 3))), ValueError, r"^inv: Matrix must be square"),
    (lambda: matlab.det(np.ones((2, 2, 2))), ValueError, r"^det: A must be a 2-D matrix"),
    (lambda: matlab.inv("ab"), TypeError, r"^inv: A must be numeric or logical, not text"),
    (lambda: matlab.inv(np.array([[True]])), TypeError, r"^inv: A must be double or single, "
                                                         r"not logical"),
    (lambda: matlab.eig(np.ones((2, 3))), ValueError, r"^eig: Matrix must be square"),
    (lambda: matlab.chol(np.array([[1.0, 2], [2, 1]])), ValueError,
     r"^chol: Matrix must be positive definite\.$"),
    (lambda: matlab.chol(np.eye(2), "sideways"), ValueError, r"^chol: triangle must be"),
    (lambda: matlab.norm(np.eye(3), 3), ValueError,
     r"^norm: The only matrix norms available are 1, 2, Inf, and 'fro'\.$"),
    (lambda: matlab.norm(np.ones(3), -1), ValueError, r"^norm: norm type must be positive"),
    (lambda: matlab.norm(np.ones(3), "nuc"), ValueError, r"^norm: norm type must be"),
    (lambda: matlab.svd(np.array([[1.0, np.nan]])), ValueError,
     r"^svd: Input to SVD must not contain NaN or Inf\.$"),
    (lambda: matlab.cond(np.ones((2, 3)), 1), ValueError, r"^cond: A is rectangular"),
    (lambda: matlab.svd(np.eye(2), nargout=2), ValueError, r"^svd: svd returns one or three"),
    (lambda: matlab.eig(np.array([[1.0, 2], [0, 1]]), 'nobalance', nargout=2), ValueError,
     r"^eig: 'nobalance' is not supported"),
    (lambda: matlab.lu(np.eye(2), "rows"), ValueError, r"^lu: outputForm must be"),
    (lambda: matlab.qr(np.eye(2), 1), ValueError, r"^qr: the second argument must be 0"),
    (lambda: matlab.trace(np.ones((2, 3))), ValueError, r"^trace: Matrix must be square"),
    (lambda: matlab.null(np.eye(2), "q"), ValueError, r"^null: option must be 'r'"),
    (lambda: matlab.pinv(np.eye(2), "x"), ValueError, r"^pinv: tol must be a real"),
])
def test_bad_input_messages(call, error, message):
    with pytest.raises(error, match=message):
        call()


def test_nan_and_inf_propagate_where_matlab_computes():
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert np.isnan(matlab.mldivide(np.array([[np.nan, 1], [2, 3]]), [1.0, 2])).all()
        assert np.isnan(matlab.rcond(np.array([[np.nan, 1], [2, 3]])))
    assert np.isnan(matlab.norm(np.array([1.0, np.nan])))
    assert np.isinf(matlab.norm(np.array([[1.0, np.inf], [0, 1]]), "fro"))


# ---------------------------------------------------------------- individual routines
def test_null_rational_basis():
    a = np.array([[1.0, 2, 3, 4], [2, 4, 7, 9]])
    z = matlab.null(a, "r")
    np.testing.assert_allclose(a @ z, 0, atol=1e-12)
    np.testing.assert_array_equal(z[[1, 3]], np.eye(2))      # the free variables


def test_norms_of_vectors_and_matrices():
    v = np.array([[3.0, -4.0]])
    assert matlab.norm(v) == 5 and matlab.norm(v, 1) == 7 and matlab.norm(v, np.inf) == 4
    assert matlab.norm(v, -np.inf) == 3 and matlab.norm(v, "fro") == 5
    assert matlab.norm(v, 3) == pytest.approx((27 + 64) ** (1 / 3), rel=1e-15)
    assert matlab.norm(np.array([1e300, 1e300]), 2) == pytest.approx(np.sqrt(2) * 1e300)
    assert matlab.norm(np.array([1e300, 1e300]), 4) == pytest.approx(2 ** 0.25 * 1e300)
    m = np.array([[1.0, -2], [3, 4]])
    assert matlab.norm(m, 1) == 6 and matlab.norm(m, np.inf) == 7
    assert matlab.norm(m, "inf") == 7


def test_eig_real_and_complex_rules():
    e = matlab.eig(np.array([[2.0, 0], [0, 1]]))
    assert e.dtype == np.float64 and e.shape == (2, 1)
    e = matlab.eig(np.array([[0.0, 1], [-1, 0]]))
    assert e.dtype == np.complex128 and e[0, 0].imag > 0     # LAPACK's pair order
    v, d = matlab.eig(np.array([[2.0, 1], [1, 2]]), nargout=2)
    np.testing.assert_allclose(np.diag(d), [1, 3])           # symmetric: ascending
    d_matrix = matlab.eig(np.array([[2.0, 1], [1, 2]]), "matrix")
    assert d_matrix.shape == (2, 2)


def test_eig_generalised_infinite_eigenvalue():
    e = matlab.eig(np.array([[1.0, 0], [0, 1]]), np.array([[1.0, 0], [0, 0]]))
    assert np.isinf(e).sum() == 1 and np.isclose(e[np.isfinite(e)], 1).all()


def test_chol_failure_reports_p_and_leading_factor():
    r, p = matlab.chol(np.array([[4.0, 2, 1], [2, 1, 3], [1, 3, 9]]), nargout=2)
    assert p == 2.0 and r.shape == (1, 1) and r[0, 0] == 2


def test_lu_forms_reconstruct():
    a = np.random.default_rng(7).normal(size=(5, 3))
    l, u, p = matlab.lu(a, nargout=3)
    np.testing.assert_allclose(p @ a, l @ u, atol=1e-14)
    l2, u2 = matlab.lu(a, nargout=2)
    np.testing.assert_allclose(a, l2 @ u2, atol=1e-14)
    y = matlab.lu(np.eye(3) * 2)
    np.testing.assert_array_equal(y, np.eye(3) * 2)


def test_qr_forms_reconstruct():
    a = np.random.default_rng(8).normal(size=(5, 3))
    q, r, p = matlab.qr(a, nargout=3)
    np.testing.assert_allclose(a @ p, q @ r, atol=1e-13)
    q, r, e = matlab.qr(a, "econ", "vector", nargout=3)
    assert q.shape == (5, 3) and r.shape == (3, 3) and e.shape == (1, 3)
    np.testing.assert_allclose(a[:, e.astype(int).ravel() - 1], q @ r, atol=1e-13)
    q, r = matlab.qr(a.T, nargout=2)
    assert q.shape == (3, 3) and r.shape == (3, 5)


def test_pinv_and_rank_tolerances():
    a = np.diag([1.0, 1e-20])
    assert matlab.rank(a) == 1
    assert matlab.rank(a, 1e-30) == 2
    np.testing.assert_array_equal(matlab.pinv(a), np.diag([1.0, 0.0]))


def test_large_systems_use_lapack_and_agree():
    rng = np.random.default_rng(9)
    n = core.REFERENCE_ORDER_LIMIT + 20
    a = rng.normal(size=(n, n))
    b = rng.normal(size=(n, 2))
    x = matlab.mldivide(a, b)
    np.testing.assert_allclose(a @ x, b, atol=1e-8)
    reference = core.lu_factor(a, reference=True)
    fast = core.lu_factor(a, reference=False)
    np.testing.assert_array_equal(reference.perm, fast.perm)
    np.testing.assert_allclose(reference.lu, fast.lu, atol=1e-10)


# ---------------------------------------------------------------- differential (Octave)
def _rng_systems(seed):
    rng = np.random.default_rng(seed)
    for n in (1, 2, 3, 5, 8, 13, 21, 34, 60):
        yield n, rng.normal(size=(n, n)), rng.normal(size=(n, 3))


@pytest.mark.octave
def test_lu_path_is_bit_identical_to_octave():
    cases, expected = [], []
    for n, a, b in _rng_systems(11):
        cases.append(("x = A \\ B; [L, U, P] = lu(A); d = det(A);", {"A": a, "B": b},
                      ["x", "L", "U", "P", "d"]))
        expected.append((a, b))
    for (a, b), got in zip(expected, run_octave(cases)):
        np.testing.assert_array_equal(matlab.mldivide(a, b), got["x"])
        l, u, p = matlab.lu(a, nargout=3)
        np.testing.assert_array_equal(l, got["L"])
        np.testing.assert_array_equal(u, got["U"])
        np.testing.assert_array_equal(p, got["P"])
        # det: the same diagonal, Octave multiplies with a separate exponent: a few ulps
        assert matlab.det(a) == pytest.approx(got["d"].item(), rel=64 * EPS)


@pytest.mark.octave
def test_triangular_and_single_are_bit_identical_to_octave():
    cases, inputs = [], []
    for n, a, b in _rng_systems(12):
        t = np.triu(a) + n * np.eye(n)
        s = a.astype(np.float32)
        cases.append(("x = T \\ B; y = T' \\ B; z = S \\ single(B);",
                      {"T": t, "B": b, "S": s}, ["x", "y", "z"]))
        inputs.append((t, b, s))
    for (t, b, s), got in zip(inputs, run_octave(cases)):
        np.testing.assert_array_equal(matlab.mldivide(t, b), got["x"])
        np.testing.assert_array_equal(matlab.mldivide(t.T, b), got["y"])
        np.testing.assert_array_equal(matlab.mldivide(s, b.astype(np.float32)), got["z"])


@pytest.mark.octave
def test_factorisations_against_octave_within_backward_error():
    """Cholesky, least squares, inverse, SVD, symmetric eig, QR: OpenBLAS LAPACK vs
    Octave's reference LAPACK -- both backward stable, so the results agree to
    ``c * n * eps * cond`` (``cond^2`` for least-squares residual terms)."""
    cases, inputs = [], []
    for n, a, b in _rng_systems(13):
        spd = a @ a.T + n * np.eye(n)
        spd = (spd + spd.T) / 2
        tall = np.vstack([a, a[: max(1, n // 2)] * 0.5 + 1])
        cases.append(("x = S \\ B; y = T \\ [B; B(1:size(T,1)-size(B,1), :)]; Ai = inv(A);"
                      " s = svd(A); e = eig(S); [Q, R] = qr(T, 0); R = R .* sign(diag(R));"
                      " c = rcond(A); pv = pinv(T);",
                      {"S": spd, "B": b, "T": tall, "A": a},
                      ["x", "y", "Ai", "s", "e", "R", "c", "pv"]))
        inputs.append((spd, b, tall, a))
    for (spd, b, tall, a), got in zip(inputs, run_octave(cases)):
        n = a.shape[0]
        k_spd = np.linalg.cond(spd)
        k_a = np.linalg.cond(a)
        k_t = np.linalg.cond(tall)
        x = matlab.mldivide(spd, b)
        np.testing.assert_allclose(x, got["x"], rtol=0,
                                   atol=10 * n * EPS * k_spd * np.abs(x).max())
        rhs = np.vstack([b, b[: tall.shape[0] - n]])
        y = matlab.mldivide(tall, rhs)
        np.testing.assert_allclose(y, got["y"], rtol=0,
                                   atol=10 * n * EPS * k_t ** 2 * max(1, np.abs(y).max()))
        inv = matlab.inv(a)
        np.testing.assert_allclose(inv, got["Ai"], rtol=0,
                                   atol=10 * n * EPS * k_a * np.abs(inv).max())
        s = matlab.svd(a)
        np.testing.assert_allclose(s, got["s"], rtol=0, atol=10 * n * EPS * s.max())
        e = matlab.eig(spd)
        np.testing.assert_allclose(e, got["e"], rtol=0, atol=10 * n * EPS * e.max())
        q, r = matlab.qr(tall, 0, nargout=2)
        r = r * np.sign(np.diag(r))[:, None]
        np.testing.assert_allclose(r, got["R"], rtol=0, atol=10 * n * EPS * np.abs(r).max())
        assert matlab.rcond(a) == pytest.approx(got["c"].item(), rel=1e-6)
        pv = matlab.pinv(tall)
        np.testing.assert_allclose(pv, got["pv"], rtol=0,
                                   atol=10 * n * EPS * k_t * np.abs(pv).max())


@pytest.mark.octave
def test_nearly_singular_decision_agrees_with_octave():
    """MATLAB and Octave warn when rcond < eps: compat's decision (same LU, xGECON)
    agrees with Octave's rcond on matrices across the threshold."""
    rng = np.random.default_rng(14)
    cases, mats = [], []
    for k in range(12):
        u, _ = np.linalg.qr(rng.normal(size=(6, 6)))
        v, _ = np.linalg.qr(rng.normal(size=(6, 6)))
        a = u @ np.diag(np.logspace(0, -13 - k * 0.4, 6)) @ v.T
        cases.append(("c = rcond(A);", {"A": a}, ["c"]))
        mats.append(a)
    for a, got in zip(mats, run_octave(cases)):
        _, caught = _caught(matlab.mldivide, a, np.ones(6))
        octave_warns = got["c"].item() < EPS
        if abs(np.log10(got["c"].item() / EPS)) > 0.05:   # not at the threshold itself
            assert bool(caught) == octave_warns


# ------------------------------------------------------------------------- linsolve
def test_linsolve_methods_without_options():
    rng = np.random.default_rng(41)
    a = rng.standard_normal((7, 7))
    b = rng.standard_normal((7, 2))
    # square: LU, the same factorisation and substitutions as mldivide's LU branch
    assert np.array_equal(matlab.linsolve(a, b), matlab.mldivide(a, b))
    # no structure detection: an upper triangular A still goes through LU (x agrees to
    # rounding with the substitution mldivide picks)
    u = np.triu(a) + 5 * np.eye(7)
    assert np.allclose(matlab.linsolve(u, b), np.linalg.solve(u, b), rtol=1e-12)
    # rectangular: the basic least-squares solution, mldivide's
    tall = rng.standard_normal((9, 3))
    rhs = rng.standard_normal((9, 2))
    assert np.array_equal(matlab.linsolve(tall, rhs), matlab.mldivide(tall, rhs))
    x = matlab.linsolve(np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]),
                        np.array([[2.0], [5], [7], [8]]), nargout=2)
    assert x.r == 2 and x.X[1, 0] == 0  # basic solution of a rank-2 system


def test_linsolve_options_read_only_the_declared_triangle_and_transpose():
    a = np.array([[2.0, 1, 1], [7, 4, 2], [9, 9, 8]])
    b = np.array([[4.0], [6], [8]])
    # UT: the strictly lower part is never read; back substitution by hand
    x = matlab.linsolve(a, np.array([[5.0], [8], [8]]), {"UT": True})
    assert x.ravel().tolist() == [1.25, 1.5, 1.0]
    # LT: forward substitution of tril(a)
    x = matlab.linsolve(a, b, {"lt": 1})
    assert np.allclose(np.tril(a) @ x, b, rtol=0, atol=1e-15)
    # TRANSA: A' x = b (conjugate transpose for complex A)
    c = np.array([[2.0 + 1j, 1], [0.5j, 3]])
    d = np.array([1.0, 2.0 - 1j])
    x = matlab.linsolve(c, d, {"TRANSA": True})
    assert np.allclose(c.conj().T @ x, d, atol=1e-15)
    x = matlab.linsolve(a, b, {"UT": True, "TRANSA": True})
    assert np.allclose(np.triu(a).T @ x, b, atol=1e-14)
    # SYM + POSDEF: Cholesky of the upper triangle (the lower one is not read)
    s = np.array([[4.0, 2, 0], [2, 5, 1], [0, 1, 3]])
    garbage = s + np.tril(np.full((3, 3), 100.0), -1)
    assert np.allclose(matlab.linsolve(garbage, b, {"SYM": True, "POSDEF": True}),
                       np.linalg.solve(s, b), rtol=1e-13)
    assert np.allclose(matlab.linsolve(garbage, b, {"SYM": True}), np.linalg.solve(s, b),
                       rtol=1e-13)
    # RECT on a square A: the QR solution
    assert np.allclose(matlab.linsolve(s, b, {"RECT": True}), np.linalg.solve(s, b),
                       rtol=1e-13)


def test_linsolve_warnings_and_second_output():
    h = 1.0 / (np.arange(1, 13)[:, None] + np.arange(12)[None, :])  # hilb(12)
    with pytest.warns(compat.NearlySingularMatrixWarning,
                      match=r"^Matrix is close to singular or badly scaled\. Results may be "
                      r"inaccurate\. RCOND = "):
        matlab.linsolve(h, np.ones(12))
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        x, r = matlab.linsolve(h, np.ones(12), nargout=2)
    assert 0 < r < np.finfo(float).eps and r == matlab.rcond(h)
    with pytest.warns(compat.RankDeficientWarning, match=r"^Rank deficient, rank = 2, tol = "):
        matlab.linsolve(np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 9], [10, 11, 12]]),
                        np.ones((4, 1)))
    with pytest.warns(compat.SingularMatrixWarning):
        matlab.linsolve(np.array([[1.0, 2], [2, 4]]), np.ones(2))
    # single stays single, r too
    x, r = matlab.linsolve(np.eye(2, dtype=np.float32), np.ones(2, np.float32), nargout=2)
    assert x.dtype == np.float32 and r.dtype == np.float32 and r == 1


def test_linsolve_bad_input():
    a = np.eye(3)
    with pytest.raises(compat.CompatValueError, match=r"^linsolve: Unknown field 'UPPER'"):
        matlab.linsolve(a, np.ones(3), {"UPPER": True})
    with pytest.raises(compat.CompatValueError,
                       match=r"^linsolve: Invalid combination of fields in opts: LT, UT\."):
        matlab.linsolve(a, np.ones(3), {"LT": True, "UT": True})
    with pytest.raises(compat.CompatValueError, match=r"^linsolve: Invalid combination"):
        matlab.linsolve(a, np.ones(3), {"POSDEF": True})
    with pytest.raises(compat.CompatValueError, match=r"^linsolve: Matrix dimensions must "
                       r"agree \(A is 3x3, B is 2x1\)\."):
        matlab.linsolve(a, np.ones(2))
    with pytest.raises(compat.CompatTypeError, match=r"^linsolve: opts must be a struct"):
        matlab.linsolve(a, np.ones(3), "UT")
    with pytest.raises(compat.CompatTypeError, match=r"^linsolve: A must be double or single"):
        matlab.linsolve(np.eye(3, dtype=np.int8), np.ones(3))
    ro = np.array([[2.0, 1], [1, 3]])
    ro.flags.writeable = False
    rb = np.array([1.0, 2.0])
    rb.flags.writeable = False
    matlab.linsolve(ro, rb, {"SYM": True, "POSDEF": True})
    assert ro.tolist() == [[2.0, 1], [1, 3]] and rb.tolist() == [1.0, 2.0]


@pytest.mark.octave
def test_linsolve_against_octave():
    from oracles import run_octave_calls
    rng = np.random.default_rng(43)
    cases, ours = [], []
    for n in (2, 5, 11, 30):
        a = rng.standard_normal((n, n)) + n * np.eye(n)
        b = rng.standard_normal((n, 3))
        for octave_opts, opts in (("", None), (", struct('UT', true)", {"UT": True}),
                                  (", struct('LT', true)", {"LT": True}),
                                  (", struct('TRANSA', true)", {"TRANSA": True}),
                                  (", struct('UT', true, 'TRANSA', true)",
                                   {"UT": True, "TRANSA": True})):
            cases.append((f"linsolve(A, B{octave_opts})", {"A": a, "B": b}, 1))
            ours.append((a, b, opts))
        tall = rng.standard_normal((n + 4, n))
        cases.append(("linsolve(A, B)", {"A": tall, "B": rng.standard_normal((n + 4, 2))}, 1))
        ours.append((tall, cases[-1][1]["B"], None))
    results = run_octave_calls(cases)
    assert not any(isinstance(r, Exception) for r in results), results
    for (a, b, opts), (want,) in zip(ours, results):
        got = matlab.linsolve(a, b, opts)
        # triangular and LU solves of well-conditioned systems in another operation
        # order; QR least squares of full-rank tall systems: a few roundings x cond
        assert np.allclose(got, want, rtol=1e-11, atol=1e-13), (opts, a.shape)


def test_eig_pencil_divides_each_part_by_a_real_beta():
    # For a real pencil the QZ algorithm gives alphar, alphai and a real beta; the
    # eigenvalue is alphar/beta + i*alphai/beta, each part one correctly rounded division
    # (MATLAB's complex ./ real; GNU Octave 7.3's eig divides the parts too). numpy's
    # complex division multiplies by 1/beta instead and differs in the last bit for about
    # a quarter of the values. Expected: LAPACK's dggev called here, divided here.
    import scipy.linalg.lapack as lapack
    rng = np.random.default_rng(5150)
    checked = 0
    for _ in range(30):
        n = int(rng.integers(2, 7))
        A, B = rng.normal(size=(n, n)), rng.normal(size=(n, n))
        ar, ai, beta, *_, info = lapack.dggev(A, B, compute_vl=0, compute_vr=0)
        assert info == 0
        want = ar / beta + 1j * (ai / beta)
        got = np.asarray(matlab.eig(A, B)).astype(complex).ravel()
        np.testing.assert_array_equal(got.real, want.real)
        np.testing.assert_array_equal(got.imag, want.imag)
        checked += n
    assert checked > 60
