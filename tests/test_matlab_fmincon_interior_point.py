"""fmincon's default 'interior-point' algorithm: the barrier method MATLAB documents
(compat._core.barrier_interior_point) on the reference page's problems; the printed
solutions are golden cases in reference_outputs/matlab/fmincon_interior_point."""

import numpy as np
import pytest

from compat import matlab


def rosen(x):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


OFF = matlab.optimoptions("fmincon", "Display", "off")


def test_default_algorithm_is_the_barrier_method_and_converges():
    x, fval, flag, out = matlab.fmincon(rosen, [0, 0], [], [], [], [], [], [], lambda x: (
        x[0] ** 2 + x[1] ** 2 - 1, []), OFF, nargout=4)
    assert out.algorithm == "interior-point"
    assert out.cgiterations == 0
    assert flag == 1                       # the page prints 'Local minimum found ...'
    # the minimiser (0.78641515, 0.61769831), f 0.0456748087; a barrier method stops
    # with the constraint's slack s at the complementarity tolerance (s*lambda ~ 1e-6)
    assert np.allclose(x, [0.78641515, 0.61769831], atol=2e-5)
    assert 0 <= fval - 0.0456748087 <= 1e-5
    assert out.constrviolation <= 1e-6 and out.firstorderopt <= 1e-6 * 2


def test_multipliers_satisfy_the_kkt_conditions():
    r = matlab.fmincon(rosen, [-1, 2], [1, 2], 1, [2, 1], 1, [], [], None, OFF, nargout=7)
    x, lam = r.x.reshape(-1), r.lambda_
    g = np.array([-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]),
                  200 * (x[1] - x[0] ** 2)])
    residual = g + np.array([1, 2]) * lam.ineqlin[0, 0] + np.array([2, 1]) * lam.eqlin[0, 0]
    assert np.max(np.abs(residual)) < 1e-4
    assert lam.ineqlin[0, 0] >= 0


def test_bounds_are_honoured_at_every_iterate():
    seen = []

    def record(x, values, state):
        seen.append(np.array(x, dtype=float))
        return False
    opts = matlab.optimoptions("fmincon", "Display", "off", "OutputFcn", record)
    fun = lambda x: 1 + x[0] / (1 + x[1]) - 3 * x[0] * x[1] + x[1] * (1 + x[0])
    # a start on the bounds is moved into the interior, as MATLAB's interior-point does
    x, fval, flag = matlab.fmincon(fun, [0, 2], [], [], [], [], [0, 0], [1, 2], None, opts,
                                   nargout=3)
    assert flag == 1
    assert np.allclose(x, [1, 2], atol=1e-5)
    assert fval == pytest.approx(-2 / 3, abs=1e-5)
    inner = np.array(seen)
    assert np.all(inner > [0, 0]) and np.all(inner < [1, 2])


def test_sqp_is_still_slsqp():
    out = matlab.fmincon(rosen, [-1, 2], [1, 2], 1, [], [], [], [], None,
                         matlab.optimoptions("fmincon", "Display", "off", "Algorithm",
                                             "sqp"), nargout=4).output
    assert out.algorithm == "sqp (SLSQP)"


def test_iteration_limit_gives_exitflag_0():
    opts = matlab.optimoptions("fmincon", "Display", "off", "MaxIterations", 3)
    flag = matlab.fmincon(rosen, [-1, 2], [1, 2], 1, [], [], [], [], None, opts,
                          nargout=3).exitflag
    assert flag == 0


def test_counts_against_a_printed_matlab_run():
    # MATLAB Answers 809465 prints, for this unconstrained problem with the default
    # interior-point algorithm: iterations 2, funcCount 15, stepsize 2.9075,
    # firstorderopt 3.9890e-08.  compat's barrier method is not MATLAB's step for step
    # (unpublished barrier/merit constants): it reaches the same point in a similar
    # number of iterations; the counts are measured, not required to be equal.
    fun = lambda b: float(np.sum((np.array([1, 2, 3, 4]) - b) ** 2))
    x, _, flag, out = matlab.fmincon(fun, [np.pi / 2] * 4, [], [], [], [], [], [], None,
                                     OFF, nargout=4)
    assert flag == 1
    assert np.allclose(x, [1, 2, 3, 4], atol=1e-6)
    assert out.iterations <= 5 and out.funcCount <= 40
