"""MATLAB quadprog, lsqlin and linprog (goldens: reference_outputs/matlab/
quadratic_programming). Here: the exit flags and messages, the KKT conditions with
MATLAB's multiplier signs on random programs, argument forms, inputs left alone, and a
live Octave differential test of quadprog and lsqlin (optim's active-set solvers)."""

import numpy as np
import pytest

from compat import MatlabWarning, matlab
from oracles import run_octave_calls

OFF = matlab.optimset("Display", "off")


def _random_qp(rng, n, m):
    M = rng.normal(size=(n, n))
    return (M @ M.T + 0.1 * np.eye(n), rng.normal(size=n), rng.normal(size=(m, n)),
            rng.uniform(0.1, 1, m), -rng.uniform(0.2, 1, n), rng.uniform(0.2, 1, n))


def test_quadprog_kkt_with_matlab_signs():
    """H*x + f + A'*ineqlin + Aeq'*eqlin - lower + upper = 0, multipliers >= 0 and
    complementary, on random convex programs."""
    rng = np.random.default_rng(1)
    for _ in range(20):
        H, f, A, b, lb, ub = _random_qp(rng, 5, 4)
        Aeq, beq = rng.normal(size=(1, 5)), np.array([0.1])
        x, fval, flag, out, lam = matlab.quadprog(H, f, A, b, Aeq, beq, lb, ub, [], OFF,
                                                  nargout=5)
        assert flag == 1
        grad = H @ x + f + A.T @ lam.ineqlin[:, 0] + Aeq.T @ lam.eqlin[:, 0] \
            - lam.lower[:, 0] + lam.upper[:, 0]
        assert np.abs(grad).max() < 1e-9
        assert lam.ineqlin.min() >= 0 and lam.lower.min() >= 0 and lam.upper.min() >= 0
        assert np.abs(lam.ineqlin[:, 0] * (A @ x - b)).max() < 1e-9
        assert np.all(A @ x <= b + 1e-9) and np.all(x >= lb - 1e-12)
        assert fval == pytest.approx(0.5 * x @ H @ x + f @ x, abs=1e-12)
        assert out.algorithm == "interior-point-convex"


def test_quadprog_exit_flags_and_messages(capsys):
    x, fval, flag = matlab.quadprog(np.eye(2), [1, 1], [[1, 0], [-1, 0]], [-1, -1],
                                    nargout=3)
    assert flag == -2
    assert "No feasible solution found" in capsys.readouterr().out
    x, fval, flag = matlab.quadprog(np.array([[1.0, 0], [0, -1]]), [0, 0], [], [], [], [],
                                    [], [], [], OFF, nargout=3)
    assert flag == -6
    matlab.quadprog(np.eye(2), [1, 1])
    assert "Minimum found that satisfies the constraints." in capsys.readouterr().out


def test_quadprog_symmetrises_h_with_matlab_warning():
    with pytest.warns(MatlabWarning, match=r"Resetting H=\(H\+H'\)/2"):
        x = matlab.quadprog(np.array([[2.0, 1], [0, 2]]), [-1, -1], [], [], [], [], [],
                            [], [], OFF)
    np.testing.assert_allclose(x, np.linalg.solve([[2, 0.5], [0.5, 2]], [1, 1]),
                               atol=1e-12)


def test_quadprog_problem_structure_and_shapes():
    problem = {"H": np.eye(2), "f": np.array([[-1.0], [-2.0]]), "Aineq": [1, 1],
               "bineq": 1.0, "options": OFF, "solver": "quadprog"}
    x = matlab.quadprog(problem)
    assert x.shape == (2, 1)
    np.testing.assert_allclose(x[:, 0], [0, 1], atol=1e-12)
    with pytest.raises(ValueError, match="lower bound exceeds"):
        matlab.quadprog(np.eye(2), [0, 0], [], [], [], [], [1, 1], [0, 0], [], OFF)


def test_inputs_left_alone_and_byte_orders():
    H = np.array([[2.0, 0.5], [0.5, 1.0]], dtype=">f8")
    H.flags.writeable = False
    f = np.array([-1.0, 1.0])
    x = matlab.quadprog(H, f, [], [], [], [], [], [], [], OFF)
    np.testing.assert_allclose(x, np.linalg.solve(H.astype(float), -f), atol=1e-12)
    assert H[0, 1] == 0.5


def test_lsqlin_unconstrained_is_least_squares():
    rng = np.random.default_rng(3)
    C, d = rng.normal(size=(9, 4)), rng.normal(size=9)
    x, resnorm, residual = matlab.lsqlin(C, d, [], [], [], [], [], [], [], OFF, nargout=3)
    np.testing.assert_allclose(x, np.linalg.lstsq(C, d, rcond=None)[0], atol=1e-12)
    np.testing.assert_allclose(residual, C @ x - d, atol=1e-14)
    assert resnorm == pytest.approx(residual @ residual)


def test_linprog_exit_flags_and_multipliers(capsys):
    x, fval, flag = matlab.linprog([1, 1], [[1, 0], [-1, 0]], [-1, -1], nargout=3)
    assert flag == -2 and "No feasible solution found" in capsys.readouterr().out
    x, fval, flag = matlab.linprog([-1, 0], [[0, 1]], [1], [], [], [], [], OFF, nargout=3)
    assert flag == -3
    f = np.array([-1.0, -1 / 3])
    A = np.array([[1, 1], [1, 1 / 4], [1, -1], [-1 / 4, -1], [-1, -1], [-1, 1]])
    b = np.array([2, 1, 2, 1, -1, 2])
    x, fval, flag, out, lam = matlab.linprog(f, A, b, [[1, 1 / 4]], 0.5, [-1, -0.5],
                                             [1.5, 1.25], OFF, nargout=5)
    grad = f + A.T @ lam.ineqlin[:, 0] + np.array([1, 1 / 4]) * lam.eqlin[0, 0] \
        - lam.lower[:, 0] + lam.upper[:, 0]
    assert np.abs(grad).max() < 1e-12 and flag == 1
    assert out.algorithm == "dual-simplex"
    np.testing.assert_allclose(x, [0.1875, 1.25], atol=1e-12)


@pytest.mark.octave
def test_quadprog_and_lsqlin_against_octave():
    rng = np.random.default_rng(11)
    qps = [_random_qp(rng, n, 3) for n in (3, 4, 5, 6, 7, 8)]
    cases = [("quadprog(H, f, A, b, [], [], lb, ub, [], optimset('Display', 'off'))",
              {"H": H, "f": f.reshape(-1, 1), "A": A, "b": b.reshape(-1, 1),
               "lb": lb.reshape(-1, 1), "ub": ub.reshape(-1, 1)}, 2)
             for H, f, A, b, lb, ub in qps]
    lsq = [(rng.normal(size=(10, n)), rng.normal(size=10), rng.uniform(0.05, 0.3, n))
           for n in (2, 3, 4, 5)]
    cases += [("lsqlin(C, d, [], [], [], [], zeros(size(u)), u, [], "
               "optimset('Display', 'off'))", {"C": C, "d": d.reshape(-1, 1),
                                               "u": u.reshape(-1, 1)}, 2)
              for C, d, u in lsq]
    results = run_octave_calls(cases, setup="warning('off', 'all'); pkg load optim")
    for (H, f, A, b, lb, ub), result in zip(qps, results[:len(qps)]):
        assert not isinstance(result, Exception), result
        x, fval = matlab.quadprog(H, f.reshape(-1, 1), A, b, [], [], lb, ub, [], OFF,
                                  nargout=2)
        np.testing.assert_allclose(x, result[0], atol=1e-9)
        assert float(fval) == pytest.approx(float(np.ravel(result[1])[0]), abs=1e-9)
    for (C, d, u), result in zip(lsq, results[len(qps):]):
        assert not isinstance(result, Exception), result
        x = matlab.lsqlin(C, d.reshape(-1, 1), [], [], [], [], np.zeros(u.size), u, [], OFF)
        np.testing.assert_allclose(x, result[0], atol=1e-9)
