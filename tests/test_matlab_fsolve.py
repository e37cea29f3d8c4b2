"""MATLAB fsolve (compat/matlab/nonlinear_systems.py over compat/_core/nonlinear_systems.py):
the reference page's examples, exit flags and messages, options, call forms, bad input;
random systems with known roots."""

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError

OFF = matlab.optimset("Display", "off")


def root2d(x):
    return [np.exp(-np.exp(-(x[0] + x[1]))) - x[1] * (1 + x[0] ** 2),
            x[0] * np.cos(x[1]) + x[1] * np.sin(x[0]) - 0.5]


def test_documentation_root2d_prints_the_exit_message(capsys):
    x = matlab.fsolve(root2d, [0.0, 0.0])
    assert np.allclose(x, [0.3532, 0.6061], atol=5e-5)     # MATLAB's printed digits
    out = capsys.readouterr().out
    # the message MATLAB prints (reference page and 'Solve Nonlinear System of Polynomials')
    assert out.startswith("\nEquation solved.\n\nfsolve completed because the vector of "
                          "function values is near zero\nas measured by the value of the "
                          "function tolerance, and\nthe problem appears regular as "
                          "measured by the gradient.\n")


def test_documentation_matrix_equation_keeps_the_shape():
    x, fval, flag = matlab.fsolve(lambda x: x @ x @ x - np.array([[1.0, 2.0], [3.0, 4.0]]),
                                  np.ones((2, 2)), OFF, nargout=3)
    assert x.shape == (2, 2) and fval.shape == (2, 2) and flag == 1
    assert np.allclose(x, [[-0.1291, 0.8602], [1.2903, 1.1612]], atol=5e-5)


def test_no_root_gives_minus_two():
    x, fval, flag, output = matlab.fsolve(lambda x: x ** 2 + 1, 10.0, OFF, nargout=4)
    assert flag == -2
    assert abs(x) < 5e-7                       # gradient 4x(x^2+1) below 1e-6 ... 2e-6
    assert output.message.startswith("No solution found.")
    assert set(output) == {"iterations", "funcCount", "algorithm", "firstorderopt", "message"}


def test_supplied_jacobian_and_extra_arguments():
    def circle_line(x, radius):
        f = np.array([x[0] ** 2 + x[1] ** 2 - radius ** 2, x[0] - x[1]])
        return f, np.array([[2 * x[0], 2 * x[1]], [1.0, -1.0]])
    opts = matlab.optimset("Display", "off", "Jacobian", "on")
    x, fval, flag, output, jac = matlab.fsolve(circle_line, [1.0, 0.5], opts, 3.0, nargout=5)
    root = 3 / np.sqrt(2)
    assert flag == 1 and np.allclose(x, [root, root], atol=1e-9)
    assert np.allclose(jac, [[2 * root, 2 * root], [1, -1]], atol=1e-8)
    # with the Jacobian supplied there are no finite-difference evaluations
    assert output.funcCount <= output.iterations + 2


def test_problem_structure_and_optimoptions():
    opts = matlab.optimoptions("fsolve", "Display", "off", "FunctionTolerance", 1e-10)
    x = matlab.fsolve({"objective": lambda x: x ** 3 - 27.0, "x0": 1.0, "options": opts})
    assert abs(x - 3.0) < 1e-9


def test_limits_and_output_function():
    x, fval, flag = matlab.fsolve(root2d, [0.0, 0.0], matlab.optimset(OFF, "MaxIter", 1),
                                  nargout=3)
    assert flag == 0
    x, fval, flag = matlab.fsolve(root2d, [0.0, 0.0], matlab.optimset(OFF, "MaxFunEvals", 4),
                                  nargout=3)
    assert flag == 0
    seen = []

    def stop_at_two(x, values, state):
        seen.append(state)
        return values["iteration"] >= 2
    x, fval, flag = matlab.fsolve(root2d, [0.0, 0.0],
                                  matlab.optimset(OFF, "OutputFcn", stop_at_two), nargout=3)
    assert flag == -1 and seen[0] == "init" and seen[-1] == "done"


def test_display_iter(capsys):
    matlab.fsolve(root2d, [0.0, 0.0], matlab.optimset("Display", "iter"))
    out = capsys.readouterr().out
    assert " Iteration  Func-count" in out and "Equation solved." in out


def test_inputs_are_not_modified_and_x_is_passed_by_value():
    x0 = np.array([0.0, 0.0])
    x0.setflags(write=False)

    def writes(x):
        f = np.array(root2d(x))
        x[0] = 1e9                       # MATLAB passes a copy: the solver never sees this
        return f
    x = matlab.fsolve(writes, x0, OFF)
    assert np.allclose(x, [0.3532, 0.6061], atol=5e-5)
    assert np.array_equal(x0, [0.0, 0.0])
    big = np.array([0.0, 0.0], dtype=">f8")
    assert np.allclose(matlab.fsolve(root2d, big, OFF), x, atol=1e-12)


def test_bad_input():
    with pytest.raises(CompatTypeError, match="^fsolve: FUN must be a function handle"):
        matlab.fsolve(3.0, 1.0)
    with pytest.raises(CompatValueError, match="^fsolve: "):
        matlab.fsolve(lambda x: x)
    with pytest.raises(CompatValueError, match="x0 must not be empty"):
        matlab.fsolve(lambda x: x, [])
    with pytest.raises(CompatValueError, match="x0 must be finite"):
        matlab.fsolve(lambda x: x, [1.0, np.nan])
    with pytest.raises(CompatValueError, match="undefined values at initial point"):
        matlab.fsolve(lambda x: np.log(x) - 1, -1.0, OFF)
    with pytest.raises(CompatValueError, match="must return real values"):
        matlab.fsolve(lambda x: x + 1j, 1.0, OFF)
    with pytest.raises(CompatValueError, match="Algorithm"):
        matlab.fsolve(lambda x: x, 1.0, matlab.optimoptions("fsolve", "Algorithm",
                                                            "levenberg-marquardt"))
    with pytest.raises(CompatValueError, match="Jacobian J"):
        matlab.fsolve(lambda x: x - 1, 1.0, matlab.optimset(OFF, "Jacobian", "on"))


def test_random_systems_with_known_roots():
    # F(x) = A (x - r) + 0.1 (x - r)^3 has the root r; A diagonally dominant (its
    # smallest singular value s >= n/2 for entries in [-1/2, 1/2]), so at the stop
    # (||J'F||_inf <= 1e-6, J near A) ||x - r|| <= sqrt(n) 1e-6 / s^2 (tenfold margin)
    rng = np.random.default_rng(17404)
    for k in range(60):
        n = int(rng.integers(1, 8))
        a = rng.uniform(-0.5, 0.5, (n, n)) + n * np.eye(n)
        r = rng.normal(size=n) * 3
        x0 = r + rng.normal(size=n)
        x, fval, flag = matlab.fsolve(lambda x: a @ (x - r) + 0.1 * (x - r) ** 3, x0, OFF,
                                      nargout=3)
        s = np.linalg.svd(a, compute_uv=False)[-1]
        assert flag in (1, 2), (k, flag)
        assert np.linalg.norm(x - r) <= 10 * np.sqrt(n) * 1e-6 / s ** 2, (k, x - r)
