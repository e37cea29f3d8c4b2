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


@pytest.mark.parametrize("name", ["bicg", "cgs"])
def test_converged_solution_meets_matlabs_rule(name):
    # flag 0 means norm(b - A*x) <= tol*norm(b) on the true residual, whatever the draw
    A, b = _system(2024)
    x, flag, relres, it, resvec = getattr(matlab, name)(A, b, 1e-10, 200, nargout=5)
    assert flag == 0 and x.shape == (30, 1)
    true = np.linalg.norm(b - A @ x) / np.linalg.norm(b)
    assert relres == pytest.approx(true, rel=1e-12, abs=0)
    assert relres <= 1e-10
    assert resvec.shape == (int(it) + 1, 1) and resvec[0, 0] == np.linalg.norm(b)
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


@pytest.mark.parametrize("name", ["bicg", "cgs"])
def test_singular_preconditioner_gives_flag_2(name):
    A, b = _system(5, n=6, shift=10.0)
    M = np.diag([1.0, 1.0, 0.0, 1.0, 1.0, 1.0])
    x, flag, relres, it, resvec = getattr(matlab, name)(A, b, 1e-10, 20, M, nargout=5)
    assert flag == 2 and it == 0 and relres == 1.0
    np.testing.assert_array_equal(resvec, [[np.linalg.norm(b)]])


@pytest.mark.parametrize("name", ["bicg", "cgs"])
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
