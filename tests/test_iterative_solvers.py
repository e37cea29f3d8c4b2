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
    # the forward error is A^-1 r: bounded norm-wise by |A^-1| |r|, not entry by entry
    # (COMPAT_RESEED_SHIFT=29: an entry of 1.8e-5 is 2e-8 of itself off, 4e-13 absolute)
    bound = np.linalg.norm(np.linalg.inv(a), 2) * np.linalg.norm(b - a @ x)
    assert np.linalg.norm(x - np.linalg.solve(a, b)) <= 1.01 * bound + 1e-14


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
    x = np.ravel(dense[0])
    for other in (sparse, handle):
        # the forms round differently (matrix-vector products in another order), which
        # moves the late residuals (see test_differential_against_octave); near tol the
        # stopping iteration can move by one (COMPAT_RESEED_SHIFT=109: 20 dense, 21
        # sparse): then both relres meet tol, and x is judged by the residual bound
        assert other[1] == dense[1] == 0 and max(other[2], dense[2]) <= 1e-12
        if other[3] == dense[3]:
            assert other[2] == pytest.approx(dense[2], rel=1e-3)
        else:
            assert abs(other[3] - dense[3]) == 1
        xo = np.ravel(other[0])
        r, ro = (np.linalg.norm(b.ravel() - a @ v) for v in (x, xo))
        bound = np.linalg.norm(np.linalg.inv(a), 2) * (r + ro)
        assert np.linalg.norm(x - xo) <= 1.01 * bound + 1e-15


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
    iteration counts exact (the same recurrence) unless the stopping iteration is decided
    by rounding (see below), x to the solver's rounding."""
    rng = np.random.default_rng(1717)
    wiggle = np.random.default_rng(1718)    # its own stream: the systems stay rng's
    eps = np.finfo(float).eps
    cases, ours, spreads, systems = [], [], [], []
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

            def solve(m):
                args = (sp.csc_matrix(m) if sparse else m, b) + \
                    ((8,) if solver == "gmres" else ()) + (1e-9, 30) + \
                    ((mm,) if precondition else ())
                return getattr(matlab, solver)(*args, nargout=5)
            ours.append(solve(aa))
            # How far rounding alone moves the residual history: the same system with A's
            # entries moved by up to n roundings (symmetric for pcg) -- a matrix-vector or
            # dot product of length n computed in another order has a backward error of up
            # to n*eps per entry (Higham, Accuracy and Stability of Numerical Algorithms,
            # sec. 3.1), so another implementation's rounding is a perturbation of this
            # size. Late in a Krylov run it grows by orders of magnitude
            # (COMPAT_RESEED_SHIFT=31415, pcg on the n=25 SPD system, cond 13: relres at
            # iteration 23 is 1.5e-9 here, 7.3e-10 in Octave, 2.0e-10 in an 80-bit run of
            # the same recurrence, 2.4e-10 with A so perturbed; tol 1e-9; shift 99991:
            # 3.8e-10 here, 1.004e-9 in Octave, 3.8e-10..8.9e-10 perturbed), so the
            # step that first meets tol can move by one. spread[j]: the largest
            # |log(relres_j perturbed / relres_j)| over 8 such runs.
            rv = np.ravel(ours[-1][4])
            logs = []
            for _ in range(8):
                e = aa * (1 + n * eps * wiggle.uniform(-1, 1, aa.shape))
                pv = np.ravel(solve((e + e.T) / 2 if solver == "pcg" else e)[4])
                k = min(pv.size, rv.size)
                logs.append(np.abs(np.log(pv[:k] / rv[:k])))
            k = min(v.size for v in logs)
            spreads.append((rv / rv[0], np.max([v[:k] for v in logs], axis=0)))
            systems.append((aa, b))
    results = run_octave_calls(cases)

    def step(call, it):   # the resvec index of an iteration count
        it = np.ravel(it)
        return int(round((it[0] - 1) * 8 + it[1] if call.startswith("gmres") else
                         2 * it[0] if call.startswith("bicgstab") else it[0]))
    for (call, _, _), got, want, (relres, spread), (aa, b) in zip(cases, ours, results,
                                                                  spreads, systems):
        assert not isinstance(want, Exception), (call, want)
        assert float(got[1]) == np.ravel(want[1])[0], call
        mine, theirs = step(call, got[3]), step(call, want[3])
        if mine != theirs:
            # the first step where the runs decide differently is open to rounding: tol
            # within 4 spreads of compat's relres there (8 samples of the perturbation do
            # not reach its worst case: 99991 needs 1.4). The run that goes on stops when
            # its residual next meets tol, which may be steps later (bicgstab's residual
            # is not monotone; COMPAT_RESEED_SHIFT=107: compat stops at 16 with 8.1e-10,
            # Octave's 1.7e-9 there, 5.7e-9 at 16.5, 4.6e-10 at 17)
            j = min(mine, theirs)
            assert j < spread.size, (call, got[3], want[3])
            assert abs(np.log(1e-9 / relres[j])) <= 4 * spread[j], \
                (call, relres[j], spread[j])
        # x: the solvers promise a residual, not digits (COMPAT_RESEED_SHIFT=11: an entry
        # of 1.2e-3 in a solution of norm 0.2 differs by 1.4e-11 from Octave's, 1.2e-8 of
        # itself): compat's true residual is no worse than Octave's (up to 2x), and
        # x - x_octave = A^-1 (r_octave - r) exactly, so |x - x_octave| is bounded by
        # |A^-1| (|r| + |r_octave|)
        x, xo = np.ravel(got[0]), np.ravel(want[0])
        r, ro = (np.linalg.norm(b.ravel() - aa @ v) for v in (x, xo))
        assert r <= 2 * max(ro, 1e-9 * np.linalg.norm(b)), (call, r, ro)
        bound = np.linalg.norm(np.linalg.inv(aa), 2) * (r + ro)
        assert np.linalg.norm(x - xo) <= 1.01 * bound + 1e-14, call
