"""MATLAB optimisation (compat.matlab.optimization): MATLAB's algorithms step for step,
their displays, options and outputs; differential tests against live Octave.

Octave's fminsearch (nmsmax) and fzero (Alefeld-Potra-Shi) are other algorithms, so the
differential tests compare minimisers and zeros to the solvers' tolerances (stated per
test), not iterates; MATLAB's own iterates are checked against its printed output.
"""

from __future__ import annotations

import re

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def rosenbrock(x):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


def humps(x):
    return 1 / ((x - 0.3) ** 2 + 0.01) + 1 / ((x - 0.9) ** 2 + 0.04) - 6


# ------------------------------------------------------------------------ fminsearch
def test_fminsearch_reproduces_matlabs_documented_run():
    x, fval, exitflag, output = matlab.fminsearch(rosenbrock, np.array([-1.2, 1.0]),
                                                  nargout=4)
    assert f"{fval:.5e}" == "8.17766e-10"          # MATLAB's plot title: 8.17766e-10
    np.testing.assert_allclose(x, [1.0, 1.0], atol=5e-5)
    assert exitflag == 1
    assert (output.iterations, output.funcCount) == (85, 159)
    assert output.algorithm == "Nelder-Mead simplex direct search"
    assert output.message.startswith("Optimization terminated:\n the current x satisfies "
                                     "the termination criteria using OPTIONS.TolX of "
                                     "1.000000e-04")


def test_fminsearch_initial_simplex_and_shape():
    seen = []

    def f(x):
        seen.append(np.array(x))
        return float(np.sum((x - 1) ** 2))

    x = matlab.fminsearch(f, np.array([[2.0], [0.0]]), matlab.optimset('MaxIter', 1))
    assert seen[0].shape == (2, 1) and x.shape == (2, 1)
    np.testing.assert_array_equal(seen[1].ravel(), [2.1, 0.0])          # +5%
    np.testing.assert_array_equal(seen[2].ravel(), [2.0, 0.00025])      # zero component


def test_fminsearch_display_and_limits(capsys):
    matlab.fminsearch(rosenbrock, [-1.2, 1.0], matlab.optimset('Display', 'iter',
                                                               'MaxIter', 3))
    text = capsys.readouterr().out
    lines = text.splitlines()
    assert lines[1] == " Iteration   Func-count     min f(x)         Procedure"
    assert lines[2] == "     0            1             24.2         "
    assert lines[3] == "     1            3            20.05         initial simplex"
    assert "Exiting: Maximum number of iterations has been exceeded" in text
    x, fval, flag, out = matlab.fminsearch(rosenbrock, [-1.2, 1.0],
                                           matlab.optimset('MaxFunEvals', 10), nargout=4)
    assert flag == 0 and out.funcCount >= 10
    assert "increase MaxFunEvals option" in capsys.readouterr().out   # 'notify' prints
    matlab.fminsearch(rosenbrock, [-1.2, 1.0], matlab.optimset('MaxIter', 3,
                                                               'Display', 'off'))
    assert capsys.readouterr().out == ""


def test_fminsearch_output_function_and_extra_arguments():
    states = []

    def watch(x, values, state):
        states.append((state, values.iteration))
        return values.iteration >= 4

    x, fval, flag, out = matlab.fminsearch(rosenbrock, [-1.2, 1.0],
                                           matlab.optimset('OutputFcn', watch), nargout=4)
    assert flag == -1 and out.iterations == 4
    assert states[0] == ("init", 0.0) and states[-1][0] == "done"
    shifted = matlab.fminsearch(lambda x, a: (x[0] - a) ** 2, [0.0], [], 5.0)
    assert abs(shifted[0] - 5) < 1e-3
    problem = {"objective": rosenbrock, "x0": np.array([-1.2, 1.0]), "solver": "fminsearch"}
    np.testing.assert_array_equal(matlab.fminsearch(problem),
                                  matlab.fminsearch(rosenbrock, np.array([-1.2, 1.0])))


@pytest.mark.parametrize("call,error,message", [
    (lambda: matlab.fminsearch("sin", 3), TypeError, r"^fminsearch: FUN must be a "
                                                     r"function handle"),
    (lambda: matlab.fminsearch(lambda x: x, [1.0, 2.0]), ValueError,
     r"^fminsearch: FUN must return a scalar value"),
    (lambda: matlab.fminsearch(lambda x: np.nan, [1.0], matlab.optimset('FunValCheck', 'on')),
     ValueError, r"^fminsearch: User function returned NaN"),
    (lambda: matlab.fminsearch(rosenbrock, [1.0, 1.0], matlab.optimset('Display', 'loud')),
     ValueError, r"^fminsearch: Invalid value for OPTIONS parameter Display"),
    (lambda: matlab.fminsearch(rosenbrock, []), ValueError, r"^fminsearch: x0 must not be "),
    (lambda: matlab.fminsearch(rosenbrock, [1.0, 1.0], matlab.optimset('MaxIter', 'many')),
     ValueError, r"^fminsearch: Option 'MaxIter' must be an integer value"),
    (lambda: matlab.optimset('Tol', 1), ValueError, r"^optimset: Ambiguous parameter name "
                                                   r"'Tol' \(TolFun, TolX\)\.$"),
    (lambda: matlab.optimset('Speed', 1), ValueError, r"^optimset: Unrecognized parameter "
                                                     r"name 'Speed'"),
    (lambda: matlab.optimset('TolX'), ValueError, r"^optimset: Arguments must occur in "
                                                 r"name-value pairs"),
    (lambda: matlab.fzero(lambda x: x ** 2 + 1, [0, 2]), ValueError,
     r"^fzero: The function values at the interval endpoints must differ in sign\.$"),
    (lambda: matlab.fzero(np.sin, [1, 2, 3]), ValueError, r"^fzero: Second argument must be "
                                                         r"a scalar or vector of length 2"),
    (lambda: matlab.fminbnd(np.sin, [0, 1], 2), ValueError, r"^fminbnd: The bounds x1 and x2 "
                                                           r"must be scalars"),
])
def test_bad_input(call, error, message):
    with pytest.raises(error, match=message):
        call()


# ------------------------------------------------------------------------------ fzero
# MATLAB's 'Roots of Scalar Functions' page: fzero(@humps, [-1 1], optimset('Display',
# 'iter')) prints these rows (func count, x, f(x), procedure)
_HUMPS_PRINTED = """
2 -1 -5.13779 initial
3 -0.513876 -4.02235 interpolation
4 -0.513876 -4.02235 bisection
5 -0.473635 -3.83767 interpolation
6 -0.115287 0.414441 bisection
7 -0.115287 0.414441 interpolation
8 -0.132562 -0.0226907 interpolation
9 -0.131666 -0.0011492 interpolation
10 -0.131618 1.88371e-07 interpolation
"""


def test_fzero_display_reproduces_matlabs_printed_iterations(capsys):
    x = matlab.fzero(humps, [-1, 1], matlab.optimset('Display', 'iter'))
    rows = [line.split() for line in capsys.readouterr().out.splitlines()
            if re.match(r"^\s+\d+\s", line)]
    for printed, got in zip(_HUMPS_PRINTED.split("\n")[1:-1], rows):
        want = printed.split()
        assert got[0] == want[0] and got[3] == want[3]
        np.testing.assert_allclose(float(got[1]), float(want[1]), rtol=5e-6, atol=0)
        np.testing.assert_allclose(float(got[2]), float(want[2]), rtol=5e-6, atol=0)
    assert round(float(x), 4) == -0.1316


def test_fzero_outputs_and_exit_flags(capsys):
    x, fval, flag, out = matlab.fzero(lambda x: np.exp(-np.exp(-x)) - x, [0, 1], nargout=4)
    assert flag == 1 and out.message == "Zero found in the interval [0, 1]"
    assert out.algorithm == "bisection, interpolation" and out.intervaliterations == 0
    x, fval, flag, out = matlab.fzero(np.sin, 3, nargout=4)
    assert out.intervaliterations == 3 and abs(x - np.pi) < 1e-15
    x, fval, flag, out = matlab.fzero(lambda x: x ** 2 + 1, 1.0, nargout=4)
    assert np.isnan(x) and flag == -3
    assert "aborting search for an interval" in capsys.readouterr().out
    x, fval, flag = matlab.fzero(lambda x: 1 / x, [-1, 2], nargout=3)
    assert flag == -5 and abs(x) < 1e-10                   # a pole, not a zero
    assert matlab.fzero(lambda x: x - 1, 1.0) == 1.0        # f(x0) = 0: no search


# ----------------------------------------------------------------------------- fminbnd
def test_fminbnd_outputs():
    x, fval, flag, out = matlab.fminbnd(np.sin, 0, 2 * np.pi, nargout=4)
    assert round(float(x), 4) == 4.7124 and flag == 1
    assert out.algorithm == "golden section search, parabolic interpolation"
    assert (out.iterations, out.funcCount) == (8, 9)
    x, fval, flag = matlab.fminbnd(np.sin, 3, 1, nargout=3)
    assert np.isnan(x) and flag == -2
    x, fval, flag = matlab.fminbnd(np.sin, 0, 2 * np.pi, matlab.optimset('MaxFunEvals', 3,
                                                                         'Display', 'off'),
                                   nargout=3)
    assert flag == 0


# ----------------------------------------------------------------------------- optimset
def test_optimset_and_optimget():
    opts = matlab.optimset('TolX', 1e-6)
    assert list(opts) == ["Display", "FunValCheck", "MaxFunEvals", "MaxIter", "OutputFcn",
                          "PlotFcns", "TolFun", "TolX"]
    assert opts.TolFun.shape == (0, 0)
    merged = matlab.optimset(opts, matlab.optimset('Display', 'off'))
    assert merged.TolX == 1e-6 and merged.Display == "off"
    assert matlab.optimset(merged, 'disp', 'iter').Display == "iter"
    assert matlab.optimset(TolFun=1e-3).TolFun == 1e-3
    assert matlab.optimget(opts, 'maxiter', 7) == 7
    assert matlab.optimget(opts, 'MaxIter').shape == (0, 0)
    assert matlab.optimset('fzero').TolX == np.finfo(float).eps
    assert matlab.optimset('fminbnd').MaxFunEvals == 500


# -------------------------------------------------------------------- against Octave
@pytest.mark.octave
def test_against_octave_to_solver_tolerance():
    rng = np.random.default_rng(21)
    cases, mine = [], []
    for k in range(6):
        roots = np.sort(rng.uniform(-3, 3, 3))
        while np.diff(roots).min() < 0.2:
            # fzero's contract: a bracket whose ends differ in sign. [r - 0.1, r + 0.1]
            # holds the middle root alone (a sign change) only when the others are more
            # than 0.1 away; 0.2 keeps them off the ends too, so the end values are not
            # rounding noise. Two roots inside (same signs) are refused by MATLAB too.
            roots = np.sort(rng.uniform(-3, 3, 3))
        p = np.poly(roots)
        lo, hi = roots[1] - 0.1, roots[1] + 0.1
        centre = rng.uniform(-2, 2, 3)
        scale = rng.uniform(1, 4, 3)
        a, b = rng.uniform(0.5, 2.5, 2)
        cases.append((
            "z = fzero(@(x) polyval(p, x), [lo hi]); "
            "m = fminbnd(@(x) (x - a)^2 * b + cos(x), -5, 5); "
            "q = fminsearch(@(x) sum(s(:) .* (x(:) - c(:)).^2), zeros(1, 3));",
            {"p": p.reshape(1, -1), "lo": lo, "hi": hi, "a": a, "b": b,
             "s": scale.reshape(1, -1), "c": centre.reshape(1, -1)}, ["z", "m", "q"]))
        mine.append((
            matlab.fzero(lambda x, p=p: np.polyval(p, x), [lo, hi]),
            matlab.fminbnd(lambda x, a=a, b=b: (x - a) ** 2 * b + np.cos(x), -5, 5),
            matlab.fminsearch(lambda x, s=scale, c=centre: float(np.sum(s * (x - c) ** 2)),
                              np.zeros(3)),
            roots[1], centre, p))
    eps = np.finfo(float).eps
    for (z, m, q, root, centre, p), got in zip(mine, run_octave(cases)):
        # fzero: each returns the end of a bracket narrower than 2*toler, toler =
        # 2*eps*max(|x|, 1), around a sign change of the *computed* polyval. Horner's
        # rule is exact to within gamma_6*sum(|p_i|*|x|^i) (Higham, Accuracy and
        # Stability, 5.1; gamma_6 = 6u/(1 - 6u), u = eps/2), so near the root the
        # computed values can change sign anywhere within that bound over |p'(root)|
        # of it (wide when two roots are close: 1.2e-12 for roots 2.19, 2.62, 2.97),
        # and MATLAB's Dekker-Brent (compat) and Octave's Alefeld-Potra-Shi iterations
        # may stop at different sign changes there: within 4*toler + 2*band.
        u = eps / 2
        band = 6 * u / (1 - 6 * u) * np.polyval(np.abs(p), abs(root)) / \
            abs(np.polyval(np.polyder(p), root))
        assert abs(z - got["z"].item()) <= 8 * eps * max(abs(root), 1) + 2 * band
        # fminbnd: both stop within 2*tol1 = 2*(sqrt(eps)*|x| + 1e-4/3) of the minimiser
        assert abs(m - got["m"].item()) <= 2 * (1.5e-8 * 5 + 1e-4 / 3) * 2
        # fminsearch on a separable quadratic bowl: both within ~TolX of the centre
        np.testing.assert_allclose(q, got["q"].ravel(), atol=5e-4)
        np.testing.assert_allclose(q, centre, atol=5e-4)


def test_optimset_accepts_hessfcn_and_largescale():
    """optimset('HessFcn', ...) is fmincon's legacy name of HessianFcn; 'LargeScale'
    (3 files of the sampled corpora pass it) is accepted and ignored, as MATLAB now
    ignores it."""
    from compat.matlab import optimset
    from compat.matlab._options import current_options
    o = optimset("HessFcn", "bfgs", "largescale", "off")
    assert o["HessFcn"] == "bfgs" and o["LargeScale"] == "off"
    assert current_options(o) == {"HessianFcn": "bfgs"}
