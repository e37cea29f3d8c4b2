"""MATLAB's bicg, cgs (compat.matlab.krylov_methods): MATLAB's flags, returned iterate
and argument grammar. The iterates against GNU Octave are in the golden suite
reference_outputs/matlab/krylov_methods."""

import numpy as np
import pytest

from compat import matlab


def _system(seed, n=30, shift=40.0):
    rng = np.random.default_rng(seed)
    A = rng.integers(-3, 4, (n, n)).astype(float) + shift * np.eye(n)
    b = rng.integers(-5, 6, (n, 1)).astype(float)
    return A, b


@pytest.mark.parametrize("name", ["bicg", "cgs", "qmr", "tfqmr"])
def test_converged_solution_meets_matlabs_rule(name):
    # flag 0 means norm(b - A*x) <= tol*norm(b) on the true residual, whatever the draw
    A, b = _system(2024)
    x, flag, relres, it, resvec = getattr(matlab, name)(A, b, 1e-10, 200, nargout=5)
    assert flag == 0 and x.shape == (30, 1)
    true = np.linalg.norm(b - A @ x) / np.linalg.norm(b)
    assert relres == pytest.approx(true, rel=1e-12, abs=0)
    assert relres <= 1e-10
    # tfqmr: a residual per half step, iter the half step halved and rounded down
    rows = (2 * int(it) + 1, 2 * int(it) + 2) if name == "tfqmr" else (int(it) + 1,)
    assert resvec.shape[0] in rows and resvec.shape[1] == 1
    assert resvec[0, 0] == np.linalg.norm(b)
    # the solution to the accuracy the tolerance gives: |x - x*| <= cond(A)*tol*|x*|
    exact = np.linalg.solve(A, b)
    assert np.linalg.norm(x - exact) <= np.linalg.cond(A) * 1e-10 * np.linalg.norm(exact)


def test_bicg_breaks_down_only_on_zero_or_infinite_scalars():
    # Octave 7.3 flags 4 when |rho| grows (the divergent golden); MATLAB iterates on
    A, b = _system(7)
    x, flag, relres, it = matlab.bicg(A, b, 1e-10, 100, nargout=4)
    assert flag == 0 and relres <= 1e-10
    # a true breakdown: rho = rt'*r = 0 at once (b orthogonal to itself is impossible,
    # so take the 2x2 rotation where p'*A'*... gives pt'*A*p = 0)
    R = np.array([[0.0, 1.0], [-1.0, 0.0]])
    x, flag, relres, it = matlab.bicg(R, np.array([1.0, 0.0]), 1e-10, 5, nargout=4)
    assert flag == 4 and it == 0 and relres == 1.0
    np.testing.assert_array_equal(x, [0.0, 0.0])


def test_bicg_function_handle_gets_matlabs_tflag():
    A, b = _system(11, n=8, shift=10.0)
    seen = []

    def afun(x, tflag):
        seen.append(tflag)
        assert x.shape == (8, 1)
        return (A if tflag == 'notransp' else A.T) @ x
    got = matlab.bicg(afun, b, 1e-12, 50, nargout=4)
    want = matlab.bicg(A, b, 1e-12, 50, nargout=4)
    assert set(seen) == {'notransp', 'transp'}
    assert got.flag == want.flag == 0 and got.iter == want.iter
    np.testing.assert_allclose(got.x, want.x, rtol=1e-12, atol=1e-14)


def test_maxit_returns_minimal_residual_iterate_and_prints_matlabs_message(capsys):
    A, b = _system(3)
    x = matlab.cgs(A, b, 1e-12, 2)
    out = capsys.readouterr().out
    assert out.startswith("cgs stopped at iteration 2 without converging to the desired "
                          "tolerance 1e-12\nbecause the maximum number of iterations was "
                          "reached.\nThe iterate returned (number ")
    x, flag, relres, it, resvec = matlab.cgs(A, b, 1e-12, 2, nargout=5)
    assert flag == 1 and resvec.shape == (3, 1)
    # the iterate returned has the smallest true residual among those computed
    assert relres <= 1.0


@pytest.mark.parametrize("name", ["bicg", "cgs", "qmr", "tfqmr"])
def test_singular_preconditioner_gives_flag_2(name):
    A, b = _system(5, n=6, shift=10.0)
    M = np.diag([1.0, 1.0, 0.0, 1.0, 1.0, 1.0])
    x, flag, relres, it, resvec = getattr(matlab, name)(A, b, 1e-10, 20, M, nargout=5)
    assert flag == 2 and it == 0 and relres == 1.0
    np.testing.assert_array_equal(resvec, [[np.linalg.norm(b)]])


@pytest.mark.parametrize("name", ["bicg", "cgs", "qmr", "tfqmr"])
def test_bad_arguments(name):
    f = getattr(matlab, name)
    with pytest.raises(ValueError, match=f"^{name}: Right hand side must be a column vector "
                                         "of length 3 to match the coefficient matrix."):
        f(np.eye(3), np.ones(4))
    with pytest.raises(ValueError, match=f"^{name}: Matrix must be square."):
        f(np.ones((3, 2)), np.ones(3))
    with pytest.raises(ValueError, match=f"^{name}: Right hand side must not contain NaN"):
        f(np.eye(2), [1.0, np.nan])
    with pytest.raises(ValueError, match=f"^{name}: Preconditioner must be a square matrix "
                                         "of size 2"):
        f(np.eye(2), [1.0, 2.0], [], [], np.eye(3))
    with pytest.raises(ValueError, match=f"^{name}: Initial guess must be a column vector"):
        f(np.eye(2), [1.0, 2.0], [], [], [], [], np.ones(3))
    # inputs are not written to; a big-endian read-only b works
    b = np.array([1.0, 2.0], dtype=">f8")
    b.flags.writeable = False
    x = f(np.diag([2.0, 4.0]), b, 1e-12, 5, nargout=1)
    np.testing.assert_allclose(x, [0.5, 0.5], rtol=1e-14)


# ------------------------------------------------------------------ minres, lsqr
def test_minres_hand_worked_indefinite_2x2():
    # b = [1, 1], A = diag(1, -1): A*b is orthogonal to b, so the first MINRES iterate
    # (the best multiple of b) is 0 with residual sqrt(2); the second step spans R^2
    x, flag, relres, it, resvec = matlab.minres(np.diag([1.0, -1.0]), np.array([1.0, 1.0]),
                                                1e-12, 5, nargout=5)
    np.testing.assert_allclose(x, [1.0, -1.0], rtol=0, atol=4 * np.finfo(float).eps)
    assert flag == 0 and it == 2 and relres <= 1e-12
    np.testing.assert_allclose(resvec[:2, 0], [np.sqrt(2), np.sqrt(2)], rtol=1e-15)
    assert resvec.shape == (3, 1) and resvec[2, 0] <= 1e-15


def test_minres_against_scipy_on_indefinite_systems():
    import scipy.sparse.linalg as spla
    rng = np.random.default_rng(4242)
    Q = rng.standard_normal((40, 40))
    A = Q + Q.T                       # symmetric indefinite
    b = rng.standard_normal((40, 1))
    x, flag, relres, it, resvec = matlab.minres(A, b, 1e-10, 400, nargout=5)
    assert flag == 0 and x.shape == (40, 1)
    true = np.linalg.norm(b - A @ x) / np.linalg.norm(b)
    assert relres == pytest.approx(true, rel=1e-12) and relres <= 1e-10
    assert resvec.shape == (int(it) + 1, 1)
    reference = spla.minres(A, b.ravel(), rtol=1e-13, maxiter=2000)[0]
    # both within their residual bound of the exact solution: |dx| <= cond(A)*|r|/|A|
    bound = np.linalg.cond(A) * 1e-10 * np.linalg.norm(b) / np.linalg.norm(A, 2)
    assert np.linalg.norm(x.ravel() - np.linalg.solve(A, b).ravel()) <= bound
    assert np.linalg.norm(reference - np.linalg.solve(A, b).ravel()) <= bound
    # a positive definite preconditioner: converged and confirmed on the true residual
    M = np.diag(np.abs(np.diag(A)) + 1.0)
    x, flag, relres = matlab.minres(A, b, 1e-10, 400, M, nargout=3)
    assert flag == 0 and np.linalg.norm(b - A @ x) <= 1e-10 * np.linalg.norm(b)


def test_minres_flags(capsys):
    # M not positive definite: flag 5 before any step
    x, flag, relres, it, resvec = matlab.minres(np.eye(3), np.ones(3), 1e-6, 5, -np.eye(3),
                                                nargout=5)
    assert (flag, relres, it) == (5, 1.0, 0)
    np.testing.assert_array_equal(x, np.zeros(3))
    matlab.minres(np.eye(3), np.ones(3), 1e-6, 5, -np.eye(3))
    assert "not symmetric positive definite" in capsys.readouterr().out
    # singular preconditioner: flag 2
    assert matlab.minres(np.eye(3), np.ones(3), 1e-6, 5, np.diag([1.0, 0.0, 1.0]),
                         nargout=2).flag == 2
    # zero right-hand side
    x, flag, relres, it, resvec = matlab.minres(np.eye(3), np.zeros(3), nargout=5)
    assert (flag, relres, it) == (0, 0.0, 0) and resvec.shape == (1, 1)


def test_lsqr_hand_worked_least_squares():
    # A = [1; 1], b = [1; 3]: x = 2 after one step, residual [-1, 1]; the next step's
    # least-squares test (A'*r = 0) stops with iter 1
    x, flag, relres, it, resvec, lsvec = matlab.lsqr(np.array([[1.0], [1.0]]),
                                                     np.array([1.0, 3.0]), 1e-12, 5,
                                                     nargout=6)
    np.testing.assert_allclose(x, [2.0], rtol=1e-15)
    assert flag == 0 and it == 1
    assert relres == pytest.approx(np.sqrt(2 / 10), rel=1e-15)
    np.testing.assert_allclose(resvec[:, 0], [np.sqrt(10), np.sqrt(2)], rtol=1e-15)
    # lsvec(1) = norm(A'*b)/sqrt(alpha1^2 + beta2^2) = 4/sqrt(2)
    assert lsvec[0, 0] == pytest.approx(2 * np.sqrt(2), rel=1e-15)


def test_lsqr_against_numpy_least_squares():
    rng = np.random.default_rng(77)
    A = rng.standard_normal((50, 8))
    b = rng.standard_normal((50, 1))
    x, flag, relres, it = matlab.lsqr(A, b, 1e-10, 100, nargout=4)
    exact = np.linalg.lstsq(A, b, rcond=None)[0]
    assert flag == 0 and it <= 8 + 2
    # the least-squares test bounds the normal-equation residual: |A'r| <= tol*|A|_F*|r|
    r = b - A @ x
    assert np.linalg.norm(A.T @ r) <= 1e-10 * np.linalg.norm(A) * np.linalg.norm(r) * 10
    assert np.linalg.norm(x - exact) <= np.linalg.cond(A) ** 2 * 1e-9 * np.linalg.norm(exact)
    assert relres == pytest.approx(np.linalg.norm(r) / np.linalg.norm(b), rel=1e-8)
    # a function handle afun(x, tflag) and a sparse matrix give the same iterates
    import scipy.sparse as sp
    seen = set()

    def afun(v, tflag):
        seen.add(tflag)
        return (A if tflag == 'notransp' else A.T) @ v
    got = matlab.lsqr(afun, b, 1e-10, 100, nargout=4)
    assert seen == {'notransp', 'transp'} and got.iter == it
    np.testing.assert_allclose(got.x, x, rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(matlab.lsqr(sp.csr_matrix(A), b, 1e-10, 100), x,
                               rtol=1e-12, atol=1e-14)


def test_lsqr_consistent_preconditioned_and_bad_sizes():
    rng = np.random.default_rng(99)
    A = rng.standard_normal((12, 12)) + 12 * np.eye(12)
    b = A.sum(axis=1)
    x, flag, relres = matlab.lsqr(A, b, 1e-10, 100, np.diag(np.diag(A)), nargout=3)
    assert flag == 0 and np.linalg.norm(b - A @ x) <= 1e-9 * np.linalg.norm(b)
    with pytest.raises(ValueError, match="^lsqr: Right hand side must be a column vector of "
                                         "length 12"):
        matlab.lsqr(A, np.ones(5))
    with pytest.raises(ValueError, match="^lsqr: Initial guess must be a column vector"):
        matlab.lsqr(A, b, [], [], [], [], np.ones(3))
    with pytest.raises(ValueError, match="^minres: Matrix must be square."):
        matlab.minres(np.ones((3, 2)), np.ones(3))


def test_qmr_returns_the_minimal_residual_iterate_at_maxit():
    # MATLAB's documented rule (Octave 7.3 returns the last iterate: the divergent
    # golden): the iterate returned has the smallest true residual of those resvec lists
    A, b = _system(1234)
    x, flag, relres, it, resvec = matlab.qmr(A, b, 1e-12, 6, nargout=5)
    assert flag == 1 and resvec.shape == (7, 1)
    true = np.linalg.norm(b - A @ x) / np.linalg.norm(b)
    assert relres == pytest.approx(true, rel=1e-12)
    k = int(it)
    # resvec holds the recursive residuals; the minimal one (to rounding) is at iter
    assert resvec[k, 0] <= resvec[1:, 0].min() * (1 + 1e-10)


def test_qmr_function_handle_matches_matrix():
    A, b = _system(8, n=10, shift=12.0)
    got = matlab.qmr(lambda x, t: (A if t == 'notransp' else A.T) @ x, b, 1e-12, 40,
                     nargout=4)
    want = matlab.qmr(A, b, 1e-12, 40, nargout=4)
    assert got.flag == want.flag == 0 and got.iter == want.iter
    np.testing.assert_allclose(got.x, want.x, rtol=1e-12, atol=1e-14)


def test_tfqmr_half_steps():
    # resvec has a residual per half step, iter is the half step halved and rounded down
    A, b = _system(31)
    x, flag, relres, it, resvec = matlab.tfqmr(A, b, 1e-12, 3, nargout=5)
    assert flag == 1 and resvec.shape == (7, 1) and it in (0, 1, 2, 3)
    assert relres == pytest.approx(np.linalg.norm(b - A @ x) / np.linalg.norm(b), rel=1e-12)
    x, flag, relres, it, resvec = matlab.tfqmr(A, b, 1e-10, 100, nargout=5)
    assert flag == 0 and resvec.shape[0] in (2 * int(it) + 1, 2 * int(it) + 2)
    assert resvec[-1, 0] == pytest.approx(np.linalg.norm(b - A @ x), rel=1e-12)
