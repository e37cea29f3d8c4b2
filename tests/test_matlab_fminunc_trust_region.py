"""MATLAB fminunc 'trust-region' with the gradient (compat.matlab.smooth_minimization over
compat._core.subspace_trust_region).

MATLAB's step rules are not published, so minimisers are compared to the solver's
tolerance: against exact solutions, scipy's trust-region methods run to tight tolerances
(random convex quadratics and Rosenbrock-like problems), MATLAB's printed documentation
examples (the golden suite matlab/fminunc_trust_region holds them) and the documented
option semantics (Hessian sources, PCG limits, exit tests, outputs).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
from scipy import optimize, sparse

from compat import matlab
from compat._core import subspace_trust_region as core

#: the change-in-f and step tests off, so that the gradient test decides
TIGHT = ("FunctionTolerance", 1e-30, "StepTolerance", 1e-30)
TR = ("Algorithm", "trust-region", "SpecifyObjectiveGradient", True, "Display", "off")


def options(*pairs):
    return matlab.optimoptions("fminunc", *TR, *pairs)


def rosenbrock(x):
    x = np.asarray(x, dtype=float).reshape(-1)
    f = np.sum(100 * (x[1:] - x[:-1] ** 2) ** 2 + (1 - x[:-1]) ** 2)
    g = np.zeros_like(x)
    g[:-1] = -400 * (x[1:] - x[:-1] ** 2) * x[:-1] - 2 * (1 - x[:-1])
    g[1:] += 200 * (x[1:] - x[:-1] ** 2)
    return f, g


def rosenbrock_hessian(x):
    x = np.asarray(x, dtype=float).reshape(-1)
    d = np.zeros_like(x)
    d[:-1] = 1200 * x[:-1] ** 2 - 400 * x[1:] + 2
    d[1:] += 200
    off = -400 * x[:-1]
    return sparse.diags([off, d, off], [-1, 0, 1], format="csr")


def test_documented_example_counts_and_outputs():
    # MATLAB's "Supply Gradient" example: x = 1.0000 1.0000, "Local minimum found."
    r = matlab.fminunc(rosenbrock, [-1, 2], options(), nargout=6)
    assert " ".join(f"{v:.4f}" for v in r.x) == "1.0000 1.0000"
    assert r.exitflag == 1 and r.output.algorithm == "trust-region"
    assert list(r.output) == ["iterations", "funcCount", "stepsize", "cgiterations",
                              "firstorderopt", "algorithm", "message"]
    # one evaluation of f and g per trial point (plus x0); the absolute optimality test
    assert r.output.funcCount == r.output.iterations + 1
    assert r.output.firstorderopt == np.abs(r.grad).max() < 1e-6
    assert r.output.message.startswith("Local minimum found.")
    # the Hessian output: finite differences of the gradient at the next-to-last iterate
    np.testing.assert_allclose(r.hessian, rosenbrock_hessian(r.x).toarray(), rtol=1e-3)


@pytest.mark.parametrize("seed", range(6))
def test_random_convex_quadratics_against_exact_minimiser_and_scipy(seed):
    rng = np.random.default_rng(1790 + seed)
    n = int(rng.integers(2, 9))
    q = rng.standard_normal((n, n))
    a = q @ q.T + 0.5 * np.eye(n)
    b = rng.standard_normal(n) * 5
    exact = np.linalg.solve(a, b)
    # written around the minimiser so that f* = 0: near it f decreases by about
    # |g|^2/lambda per step, which rounding would hide against a large |f*|
    fun = lambda x: (0.5 * (x - exact) @ a @ (x - exact), a @ (x - exact))   # noqa: E731
    x, fval, flag, output = matlab.fminunc(fun, np.zeros(n),
                                           options("OptimalityTolerance", 1e-7, *TIGHT),
                                           nargout=4)
    # a gradient g puts x within |g|_2/lambda_min <= sqrt(n)*|g|_inf/lambda_min of it
    lam = np.linalg.eigvalsh(a)[0]
    assert flag == 1 and output.firstorderopt < 1e-7
    assert np.abs(x - exact).max() <= 1e-7 * np.sqrt(n) / lam
    ref = optimize.minimize(lambda x: fun(x)[0], np.zeros(n), jac=lambda x: fun(x)[1],
                            hess=lambda x: a, method="trust-exact", options={"gtol": 1e-7})
    np.testing.assert_allclose(x, ref.x, atol=2e-7 * np.sqrt(n) / lam)
    # with the Hessian from the objective, the same minimiser
    x2 = matlab.fminunc(lambda x: (*fun(x), a), np.zeros(n),
                        options("HessianFcn", "objective", "OptimalityTolerance", 1e-7,
                                *TIGHT))
    assert np.abs(x2 - exact).max() <= 1e-7 * np.sqrt(n) / lam


@pytest.mark.filterwarnings("ignore::RuntimeWarning")      # scipy's trust-krylov's own
@pytest.mark.parametrize("n", [2, 3, 4])
def test_rosenbrock_against_scipy_trust_krylov(n):
    # MaxPCGIter n lets PCG reach the Newton step (the default floor(n/2) PCG iterations
    # crawl along the curved valley: a 2-D subspace of g and a preconditioned g); from
    # this start n >= 4 also has a second local minimum near x1 = -1, which n = 4 avoids
    x0 = np.resize([-1.2, 1.0], n)
    x, fval, flag, output = matlab.fminunc(
        lambda x: (*rosenbrock(x), rosenbrock_hessian(x)), x0,
        options("HessianFcn", "objective", "OptimalityTolerance", 1e-9, "MaxPCGIter", n,
                *TIGHT), nargout=4)
    ref = optimize.minimize(lambda x: rosenbrock(x)[0], x0, jac=lambda x: rosenbrock(x)[1],
                            hess=lambda x: rosenbrock_hessian(x).toarray(),
                            method="trust-krylov", options={"gtol": 1e-10})
    # both at the minimiser (1, ..., 1): the smallest Hessian eigenvalue there is about
    # 0.4 (n = 2) or more, so |g| < 1e-9 gives |x - 1| < 1e-8
    np.testing.assert_allclose(x, ref.x, atol=1e-7)
    np.testing.assert_allclose(x, 1, atol=1e-7)
    assert flag == 1 and output.firstorderopt < 1e-9


def test_complete_preconditioner_takes_the_newton_step():
    # PrecondBandWidth Inf: the preconditioner is the Cholesky factor of the Hessian, the
    # first PCG iteration the Newton step (the golden case fminunc_tr_quadratic)
    a = np.array([[4.0, 1, 0], [1, 3, 1], [0, 1, 2]])
    b = np.array([1.0, -2, 3])
    x, fval, flag, output = matlab.fminunc(
        lambda x: (0.5 * x @ a @ x - b @ x, a @ x - b), np.zeros(3),
        {"Algorithm": "trust-region", "GradObj": "on", "PrecondBandWidth": np.inf,
         "Display": "off"}, nargout=4)
    np.testing.assert_allclose(x, [2 / 3, -5 / 3, 7 / 3], atol=1e-14)
    assert flag == 1 and output.iterations == 1 and output.cgiterations == 1


def test_hessian_sources_agree():
    x0 = np.array([-1.2, 1.0, 0.5])
    common = ("OptimalityTolerance", 1e-9, "MaxPCGIter", 3, *TIGHT)
    exact = matlab.fminunc(lambda x: (*rosenbrock(x), rosenbrock_hessian(x)), x0,
                           options("HessianFcn", "objective", *common), nargout=4)
    dense = matlab.fminunc(rosenbrock, x0, options(*common), nargout=4)
    pattern = sparse.diags([np.ones(2), np.ones(3), np.ones(2)], [-1, 0, 1])
    banded = matlab.fminunc(rosenbrock, x0, options("HessPattern", pattern, *common),
                            nargout=4)
    shapes = set()

    def hmfun(hinfo, y):
        shapes.add(y.shape)
        return hinfo @ y
    product = matlab.fminunc(lambda x: (*rosenbrock(x), rosenbrock_hessian(x)), x0,
                             options("HessianMultiplyFcn", hmfun, *common), nargout=6)
    # Y is always n-by-k (a PCG direction: k = 1; the subspace basis: k = 2)
    assert shapes <= {(3, 1), (3, 2)} and (3, 1) in shapes
    for r in (exact, dense, banded, product):
        np.testing.assert_allclose(r.x, 1, atol=1e-7)
        assert r.exitflag == 1
    # finite differences are not counted in funcCount (MATLAB's HessPattern example)
    assert dense.output.funcCount == dense.output.iterations + 1
    assert banded.output.funcCount == banded.output.iterations + 1
    # HessianMultiplyFcn: the hessian output is the objective's Hinfo
    assert sparse.issparse(product.hessian)


def test_column_groups_and_sparse_finite_differences():
    n = 9
    pattern = sparse.diags([np.ones(n - 1), np.ones(n), np.ones(n - 1)], [-1, 0, 1])
    groups = core.column_groups(pattern)
    assert groups.max() + 1 == 3                      # a tridiagonal pattern: 3 colours
    x = np.linspace(-1, 1, n)
    g = rosenbrock(x)[1]
    steps = 1e-7 * np.maximum(np.abs(x), 1)
    h = core.finite_difference_hessian(lambda z: rosenbrock(z)[1], x, g, steps, pattern,
                                       groups)
    np.testing.assert_allclose(h.toarray(), rosenbrock_hessian(x).toarray(), atol=1e-4)


def test_two_dimensional_subproblem():
    rng = np.random.default_rng(17)
    for _ in range(200):
        h = rng.standard_normal((2, 2))
        h = h + h.T
        c = rng.standard_normal(2)
        radius = float(rng.uniform(0.1, 3))
        y = core.solve_two_dimensional(h, c, radius)
        model = lambda z: c @ z + 0.5 * z @ h @ z                  # noqa: E731
        assert np.linalg.norm(y) <= radius * (1 + 1e-10)
        # no point on a fine grid of the disc does better
        t = np.linspace(0, 2 * np.pi, 721)
        r = np.linspace(0, radius, 60)[:, None]
        grid = np.stack([r * np.cos(t), r * np.sin(t)], axis=-1).reshape(-1, 2)
        best = np.min(grid @ c + 0.5 * np.einsum("ij,jk,ik->i", grid, h, grid))
        assert model(y) <= best + 1e-9
    # the hard case: c orthogonal to the eigenvector of the negative eigenvalue
    y = core.solve_two_dimensional(np.diag([-1.0, 2.0]), np.array([0.0, 1.0]), 2.0)
    assert abs(np.linalg.norm(y) - 2.0) < 1e-12 and abs(y[0]) > 1.0


def test_indefinite_start_uses_negative_curvature():
    # f = x1^4/4 - x1^2/2 + x2^2/2 from a saddle-ish start: the Hessian at x0 is
    # indefinite; the method leaves along negative curvature to a minimiser (+-1, 0)
    fun = lambda x: (x[0] ** 4 / 4 - x[0] ** 2 / 2 + x[1] ** 2 / 2,           # noqa: E731
                     np.array([x[0] ** 3 - x[0], x[1]]),
                     np.array([[3 * x[0] ** 2 - 1, 0.0], [0.0, 1.0]]))
    x, fval, flag = matlab.fminunc(fun, [0.1, 1.0], options("HessianFcn", "objective"),
                                   nargout=3)
    np.testing.assert_allclose(np.abs(x), [1, 0], atol=1e-6)
    assert flag == 1 and fval == pytest.approx(-0.25)


def test_stopping_tests_limits_output_function_and_display(capsys):
    # MaxIterations
    r = matlab.fminunc(rosenbrock, [-1.2, 1], options("MaxIterations", 3), nargout=4)
    assert r.exitflag == 0 and r.output.iterations == 3
    assert "options.MaxIterations = 3.000000e+00" in r.output.message
    # FunctionTolerance (relative, documented): a large one stops on the change in f
    r = matlab.fminunc(rosenbrock, [-1.2, 1], options("FunctionTolerance", 1e-2),
                       nargout=4)
    assert r.exitflag == 3 and "final change in function value" in r.output.message
    # StepTolerance (absolute)
    r = matlab.fminunc(rosenbrock, [-1.2, 1], options("StepTolerance", 10.0,
                                                      "FunctionTolerance", 1e-30),
                       nargout=4)
    assert r.exitflag == 2
    # a start already optimal: no iteration, the Hessian at x0
    r = matlab.fminunc(rosenbrock, [1, 1], options(), nargout=6)
    assert r.output.iterations == 0 and r.exitflag == 1 and r.hessian.shape == (2, 2)
    # output functions: init, iter..., done; stopping gives exitflag -1
    states, values = [], []

    def outfun(x, v, state):
        states.append(state)
        values.append(v)
        return v.iteration >= 2
    r = matlab.fminunc(rosenbrock, [-1.2, 1], options("OutputFcn", outfun), nargout=4)
    assert r.exitflag == -1 and states == ["init", "iter", "iter", "done"]
    assert {"trustregionradius", "cgiterations", "firstorderopt", "ratio"} <= set(values[1])
    capsys.readouterr()
    matlab.fminunc(rosenbrock, [-1.2, 1],
                   matlab.optimoptions("fminunc", *TR[:4], "Display", "iter"))
    out = capsys.readouterr().out
    assert "CG-iterations" in out and "Local minimum" in out


def test_legacy_option_names_and_pcg_options():
    fun = lambda x: (*rosenbrock(x), rosenbrock_hessian(x))                    # noqa: E731
    legacy = matlab.optimset("Algorithm", "trust-region", "GradObj", "on", "Hessian", "on",
                             "Display", "off", "TolPCG", 0.01, "MaxPCGIter", 2,
                             "PrecondBandWidth", 1)
    current = options("HessianFcn", "objective", "TolPCG", 0.01, "MaxPCGIter", 2,
                      "PrecondBandWidth", 1)
    a = matlab.fminunc(fun, [-1.2, 1, 0.5], legacy, nargout=4)
    b = matlab.fminunc(fun, [-1.2, 1, 0.5], current, nargout=4)
    np.testing.assert_array_equal(a.x, b.x)
    assert a.output.cgiterations == b.output.cgiterations
    factor = matlab.fminunc(fun, [-1.2, 1, 0.5],
                            options("HessianFcn", "objective", "OptimalityTolerance",
                                    1e-9, "SubproblemAlgorithm", "factorization", *TIGHT),
                            nargout=4)
    np.testing.assert_allclose(factor.x, 1, atol=1e-8)
    assert matlab.optimoptions("fminunc").TolPCG == 0.1
    assert matlab.optimoptions("fminunc").MaxPCGIter == "max(1,floor(numberOfVariables/2))"


@pytest.mark.parametrize("fun, opts, message", [
    (lambda x: rosenbrock(x), ("HessianFcn", "objective"),
     r"^fminunc: With the trust-region algorithm the objective must return its value, "
     r"gradient and Hessian"),
    (lambda x: (*rosenbrock(x), np.eye(3)), ("HessianFcn", "objective"),
     r"^fminunc: The Hessian the objective returns must be 2-by-2"),
    (lambda x: (rosenbrock(x)[0], np.zeros(3)), (),
     r"^fminunc: The gradient must have 2 elements"),
    (lambda x: (np.inf, np.zeros(2)), (),
     r"^fminunc: Objective function is undefined at initial point"),
    (lambda x: rosenbrock(x), ("HessianFcn", "bogus"),
     r"^fminunc: Invalid value for OPTIONS parameter HessianFcn"),
    (lambda x: rosenbrock(x), ("HessPattern", np.ones((3, 3))),
     r"^fminunc: HessPattern must be 2-by-2"),
    (lambda x: rosenbrock(x), ("HessianFcn", "objective", "HessianMultiplyFcn",
                               lambda h, y: y),
     r"^fminunc: HessianMultiplyFcn requires HessianFcn to be \[\]"),
])
def test_errors(fun, opts, message):
    with pytest.raises(ValueError, match=message):
        matlab.fminunc(fun, [-1.2, 1], options(*opts))


def test_quasi_newton_keeps_ignoring_the_hessian_options():
    # the Hessian options belong to the trust-region algorithm; the default quasi-newton
    # run is unchanged by them
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        a = matlab.fminunc(rosenbrock, [-1.2, 1], matlab.optimoptions(
            "fminunc", "SpecifyObjectiveGradient", True, "Display", "off"), nargout=4)
        b = matlab.fminunc(rosenbrock, [-1.2, 1], matlab.optimoptions(
            "fminunc", "SpecifyObjectiveGradient", True, "Display", "off", "TolPCG", 0.5),
            nargout=4)
    np.testing.assert_array_equal(a.x, b.x)
    assert a.output.algorithm == "quasi-newton"


@pytest.mark.octave
def test_random_convex_problems_against_live_octave(tmp_path):
    """Random strongly convex quadratic-plus-quartic problems with their gradients through
    Octave's fminunc (a BFGS dogleg, another method) in one run: both reach the known
    minimiser c to the solvers' tolerances."""
    from oracles import run_octave
    (tmp_path / "qq_grad.m").write_text(
        "function [f, g] = qq_grad(x, A, c)\n"
        "  d = x(:) - c(:);\n"
        "  f = d'*A*d/2 + sum(d.^4)/4;\n"
        "  if nargout > 1\n    g = A*d + d.^3;\n  end\nend\n")
    rng = np.random.default_rng(1791)
    cases, mine, centres = [], [], []
    for _ in range(5):
        n = int(rng.integers(2, 7))
        q = rng.standard_normal((n, n))
        a = q @ q.T / n + 0.5 * np.eye(n)
        c = rng.uniform(-2, 2, n)
        cases.append(("o = optimset('GradObj', 'on', 'TolFun', 1e-12, 'TolX', 1e-12, "
                      "'Display', 'off'); x = fminunc(@(x) qq_grad(x, A, c), "
                      "zeros(size(c)), o);", {"A": a, "c": c.reshape(-1, 1)}, ["x"]))

        def fun(x, a=a, c=c):
            d = x - c
            return 0.5 * d @ a @ d + np.sum(d ** 4) / 4, a @ d + d ** 3
        mine.append(matlab.fminunc(fun, np.zeros(n), options("OptimalityTolerance", 1e-10,
                                                             *TIGHT)))
        centres.append(c)
    results = run_octave(cases, setup=f"addpath('{tmp_path}');")
    for x, c, got in zip(mine, centres, results):
        # a gradient below 1e-10, Hessian eigenvalues above 0.5: within 2e-10*sqrt(n)
        np.testing.assert_allclose(x, c, atol=1e-9)
        # Octave stops on its TolFun 1e-12 (relative gradient) or TolX 1e-12: within
        # 1e-10 of compat in these runs; 1e-8 leaves room for its other path
        np.testing.assert_allclose(got["x"].ravel(), x, atol=1e-8)
