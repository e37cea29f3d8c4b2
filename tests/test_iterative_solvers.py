"""MATLAB's pcg and bicgstab: MATLAB's bookkeeping, messages, argument grammar, and a
differential run against live GNU Octave (same recurrence: same iteration counts)."""

import numpy as np
import pytest
import scipy.sparse as sp

from compat import matlab
from compat._core.krylov import conjugate_gradients
from tests.oracles import run_octave_calls


def _spd(n, shift, seed):
    rng = np.random.default_rng(seed)
    r = rng.integers(-3, 4, size=(n, n)).astype(float)
    return r.T @ r + shift * np.eye(n), rng.integers(-5, 6, size=(n, 1)).astype(float)


def test_pcg_converges_and_counts():
    a, b = _spd(25, 150, 1)
    x, flag, relres, it, resvec = matlab.pcg(a, b, 1e-10, 100, nargout=5)
    assert flag == 0 and 0 < it < 25
    assert resvec.shape == (int(it) + 1, 1)
    # MATLAB's relres is the true residual's
    assert relres == pytest.approx(np.linalg.norm(b - a @ x) / np.linalg.norm(b), rel=1e-12)
    assert relres <= 1e-10
    np.testing.assert_allclose(x, np.linalg.solve(a, b), rtol=1e-8)


def test_pcg_one_dimensional_b_gives_one_dimensional_x():
    a, b = _spd(10, 100, 2)
    x = matlab.pcg(a, b.ravel(), 1e-10, 50, nargout=2)[0]
    assert x.shape == (10,)
    assert matlab.pcg(a, b, 1e-10, 50, nargout=2)[0].shape == (10, 1)


def test_pcg_messages(capsys):
    a = np.diag([2.0, 3.0, 4.0]) + 0.5
    b = a.sum(axis=1)
    matlab.pcg(a, b, 1e-10, 2)
    assert capsys.readouterr().out == (
        "pcg stopped at iteration 2 without converging to the desired tolerance 1e-10\n"
        "because the maximum number of iterations was reached.\n"
        "The iterate returned (number 2) has relative residual 0.021.\n")
    matlab.pcg(a, b)
    assert capsys.readouterr().out.startswith("pcg converged at iteration 3 to a solution "
                                              "with relative residual ")
    matlab.pcg(a, np.zeros(3))
    assert "all zero solution without iterating" in capsys.readouterr().out
    matlab.pcg(a, b, nargout=2)  # a requested flag silences the message
    assert capsys.readouterr().out == ""


def test_pcg_returns_the_first_minimal_residual_iterate():
    # an indefinite matrix: CG's residuals go up and down; flag 4 at the breakdown
    a = np.diag([1.0, -2.0, 3.0, 4.0, 5.0])
    b = np.ones((5, 1))
    x, flag, relres, it, resvec = matlab.pcg(a, b, 1e-8, 10, nargout=5)
    assert flag == 4
    k = int(np.argmin(resvec))
    assert it == k
    assert relres == pytest.approx(np.linalg.norm(b - a @ x) / np.linalg.norm(b))


def test_pcg_maxit_reached_minimal_residual_not_last():
    a, b = _spd(30, 3, 3)
    outcome = conjugate_gradients(lambda v: a @ v, b.ravel(), tol=1e-12, maxit=12)
    assert outcome.flag == 1
    best = int(np.argmin(outcome.resvec))
    assert outcome.iter == best


def test_pcg_singular_preconditioner_flag_2():
    a, b = _spd(8, 50, 4)
    m = np.diag(np.r_[np.ones(7), 0.0])
    x, flag, relres, it, resvec = matlab.pcg(a, b, 1e-8, 20, m, nargout=5)
    assert (flag, relres, it) == (2, 1, 0)
    assert resvec.shape == (1, 1) and not np.any(x)
    # a sparse singular one too
    assert matlab.pcg(a, b, 1e-8, 20, sp.csc_matrix(m), nargout=2)[1] == 2


def test_pcg_preconditioner_forms_agree():
    a, b = _spd(20, 80, 5)
    low = np.linalg.cholesky(np.diag(np.diag(a)) + np.diag(np.diag(a, -1), -1)
                             + np.diag(np.diag(a, 1), 1))
    dense = matlab.pcg(a, b, 1e-12, 60, low, low.T, nargout=4)
    sparse = matlab.pcg(sp.csc_matrix(a), b, 1e-12, 60, sp.csc_matrix(low),
                        sp.csc_matrix(low.T), nargout=4)
    handle = matlab.pcg(lambda v: a @ v, b, 1e-12, 60,
                        lambda v: np.linalg.solve(low, v), lambda v: np.linalg.solve(low.T, v),
                        nargout=4)
    for other in (sparse, handle):
        assert other[1:] == pytest.approx(dense[1:], rel=1e-6)
        np.testing.assert_allclose(other[0], dense[0], rtol=1e-10)


def test_pcg_tolerance_warnings():
    a, b = _spd(6, 40, 6)
    with pytest.warns(Warning, match="Input tol is bigger than 1"):
        matlab.pcg(a, b, 2, nargout=2)
    with pytest.warns(Warning, match="Input tol is smaller than eps"):
        matlab.pcg(a, b, 0, nargout=2)


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.pcg(np.eye(3), np.ones(4)), "pcg: Right hand side must be a column vector of length 3"),
    (lambda: matlab.pcg(np.ones((3, 2)), np.ones(3)), "pcg: Matrix must be square"),
    (lambda: matlab.pcg(np.eye(3), np.ones((3, 2))), "pcg: Right hand side must be a column vector"),
    (lambda: matlab.pcg(np.eye(3), np.ones(3), 1e-6, 5, np.eye(2)),
     "pcg: Preconditioner must be a square matrix of size 3"),
    (lambda: matlab.pcg(np.eye(3), np.ones(3), 1e-6, 5, [], [], np.ones(2)),
     "pcg: Initial guess must be a column vector of length 3"),
    (lambda: matlab.bicgstab(np.eye(3), [1.0, np.nan, 2.0]), "bicgstab: Right hand side must not"),
    (lambda: matlab.pcg(np.eye(3), np.ones(3), nargout=6), "pcg: nargout"),
    (lambda: matlab.pcg(np.eye(3), np.ones(3), 1e-6, np.inf), "pcg: maxit must be a finite"),
])
def test_bad_input(call, message):
    with pytest.raises((ValueError, TypeError), match=message.replace("(", r"\(")):
        call()


def test_bicgstab_half_iterations():
    a = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    x, flag, relres, it, resvec = matlab.bicgstab(a, a.sum(axis=1), 1e-12, 10, nargout=5)
    assert (flag, it) == (0, 2.5)
    assert resvec.shape == (2 * 2.5 + 1, 1)
    np.testing.assert_allclose(x, 1.0)


def test_caller_arrays_untouched():
    a, b = _spd(10, 60, 7)
    a0, b0, x0 = a.copy(), b.copy(), np.ones((10, 1))
    matlab.pcg(a, b, 1e-8, 30, [], [], x0, nargout=2)
    assert np.array_equal(a, a0) and np.array_equal(b, b0) and np.all(x0 == 1)


def test_gmres_iterations_and_messages(capsys):
    a = np.diag([4.0, 5.0, 6.0, 7.0, 8.0, 9.0]) + np.diag(np.ones(5), 1) + \
        np.diag(2 * np.ones(5), -1)
    b = np.arange(1.0, 7.0)
    x, flag, relres, it, resvec = matlab.gmres(a, b, [], 1e-10, nargout=5)
    assert flag == 0 and it.shape == (1, 2) and it[0, 0] == 1
    assert resvec.shape == (int(it[0, 1]) + 1, 1)
    np.testing.assert_allclose(x, np.linalg.solve(a, b), rtol=1e-9)
    x, flag, relres, it, resvec = matlab.gmres(a, b, 2, 1e-14, 3, nargout=5)
    assert flag == 1 and tuple(it[0]) == (3, 2) and resvec.shape == (7, 1)
    # GMRES residuals never increase within a cycle
    assert np.all(np.diff(resvec.ravel()) <= 1e-12)
    matlab.gmres(a, b, 2, 1e-14, 3)
    out = capsys.readouterr().out
    assert out.startswith("gmres stopped at outer iteration 3 (inner iteration 2) without "
                          "converging to the desired tolerance 1e-14\n")
    assert "The iterate returned (number 3(2)) has relative residual" in out
    with pytest.raises(ValueError, match="gmres: compat's gmres solves real systems"):
        matlab.gmres(a + 1j, b)


@pytest.mark.octave
def test_differential_against_octave():
    """Random SPD and nonsymmetric systems of several sizes and conditionings, sparse and
    dense, with and without a Jacobi preconditioner, in one Octave run: flags and
    iteration counts exact (the same recurrence), x to the solver's rounding."""
    rng = np.random.default_rng(1717)
    cases, ours = [], []
    for n, shift, precondition, sparse in [(12, 100, False, False), (40, 300, False, True),
                                           (40, 60, True, True), (60, 500, True, False),
                                           (25, 10, False, False)]:
        r = rng.integers(-2, 3, size=(n, n)).astype(float)
        a = r.T @ r + shift * np.eye(n) + np.diag(rng.integers(0, 20, size=n).astype(float))
        b = rng.integers(-4, 5, size=(n, 1)).astype(float)
        for solver in ("pcg", "bicgstab", "gmres"):
            aa = a if solver == "pcg" else a + np.triu(np.ones((n, n)), 1)
            mm = np.diag(np.diag(aa))
            lead = "8, " if solver == "gmres" else ""
            call = f"{solver}({'sparse(A)' if sparse else 'A'}, b, {lead}1e-9, 30" + \
                   (", M)" if precondition else ")")
            cases.append((call, {"A": aa, "b": b, "M": mm}, 4))
            args = (sp.csc_matrix(aa) if sparse else aa, b) + \
                ((8,) if solver == "gmres" else ()) + (1e-9, 30) + \
                ((mm,) if precondition else ())
            ours.append(getattr(matlab, solver)(*args, nargout=4))
    results = run_octave_calls(cases)
    for (call, _, _), got, want in zip(cases, ours, results):
        assert not isinstance(want, Exception), (call, want)
        assert float(got[1]) == np.ravel(want[1])[0], call
        np.testing.assert_array_equal(np.ravel(got[3]), np.ravel(want[3]), err_msg=call)
        np.testing.assert_allclose(got[0], want[0], rtol=1e-8, atol=1e-12, err_msg=call)
