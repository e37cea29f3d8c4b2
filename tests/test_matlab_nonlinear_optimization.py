"""MATLAB nonlinear optimisation: lsqnonlin, lsqcurvefit, fminunc, fmincon, nlinfit and
optimoptions (compat.matlab.nonlinear_least_squares, smooth_minimization,
nonlinear_regression, optimization).

compat's solvers are MATLAB's algorithms (or, for fmincon, an SQP method), not MATLAB's
code step for step, so the tests compare minimisers to the solvers' tolerances (stated
per test): against exact solutions, scipy run to tight tolerances, MATLAB's printed
examples and, in the differential test, live Octave with the optim package.
"""

from __future__ import annotations

import numpy as np
import pytest
from scipy import optimize

from compat import matlab
from compat.matlab.nonlinear_least_squares import LsqnonlinResult
from oracles import run_octave

OFF = {"Display": "off"}
XDATA = np.array([0.9, 1.5, 13.8, 19.8, 24.1, 28.2, 35.2, 60.3, 74.6, 81.3])
YDATA = np.array([455.2, 428.6, 124.1, 67.3, 43.2, 28.1, 13.1, -0.4, -1.3, -1.5])
K = np.arange(1, 11)


def jennrich(x):
    return 2 + 2 * K - np.exp(K * x[0]) - np.exp(K * x[1])


def rosenbrock(x):
    return 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2


def exponential(x, xdata):
    return x[0] * np.exp(x[1] * xdata)


# ------------------------------------------------------------------------ optimoptions
def test_optimoptions_maps_legacy_names_and_keeps_defaults():
    opts = matlab.optimoptions('lsqnonlin', 'TolX', 1e-9, 'TolFun', 1e-10, 'Jacobian', 'on',
                               'MaxFunEvals', 50)
    assert dict(opts) == {"StepTolerance": 1e-9, "FunctionTolerance": 1e-10,
                          "OptimalityTolerance": 1e-10, "SpecifyObjectiveGradient": True,
                          "MaxFunctionEvaluations": 50}
    assert opts.MaxIterations == 400 and opts.Algorithm == "trust-region-reflective"
    assert opts.MaxFunctionEvaluations == 50 and opts.SolverName == "lsqnonlin"
    opts.Display = 'iter'
    assert opts["Display"] == "iter"
    again = matlab.optimoptions(opts, 'MaxIterations', 7)
    assert again.MaxIterations == 7 and again.StepTolerance == 1e-9
    assert matlab.optimoptions(matlab.fminunc).Algorithm == "quasi-newton"
    assert matlab.optimoptions('fmincon').StepTolerance == 1e-10


def test_optimoptions_is_usable_where_optimset_structs_are():
    # fminsearch reads StepTolerance as TolX and FunctionTolerance as TolFun
    opts = matlab.optimoptions('fminunc', 'StepTolerance', 1e-10,
                               'FunctionTolerance', 1e-10, 'Display', 'off')
    with_set = matlab.fminsearch(rosenbrock, [-1.2, 1.0],
                                 matlab.optimset('TolX', 1e-10, 'TolFun', 1e-10,
                                                 'Display', 'off'))
    with_obj = matlab.fminsearch(rosenbrock, [-1.2, 1.0], opts)
    np.testing.assert_array_equal(with_set, with_obj)
    # an optimset structure converts into optimoptions (options the solver lacks dropped)
    converted = matlab.optimoptions('lsqnonlin', matlab.optimset('TolX', 1e-7))
    assert dict(converted) == {"StepTolerance": 1e-7}
    assert matlab.optimget(matlab.optimset('Jacobian', 'on'), 'Jacobian') == 'on'


@pytest.mark.parametrize("call, kind, message", [
    (lambda: matlab.optimoptions('lsqnonlin', 'Bogus', 1), ValueError,
     r"^optimoptions: 'Bogus' is not an option for LSQNONLIN"),
    (lambda: matlab.optimoptions('fminsearch'), ValueError,
     r"^optimoptions: Invalid solver specified"),
    (lambda: matlab.optimoptions('fminunc', 'Display'), ValueError,
     r"^optimoptions: Arguments must occur in name-value pairs"),
])
def test_optimoptions_errors(call, kind, message):
    with pytest.raises(kind, match=message):
        call()


# ------------------------------------------------------------------ lsqnonlin / curvefit
def test_lsqnonlin_documented_examples():
    opts = matlab.optimoptions('lsqnonlin', **OFF)
    x, resnorm = matlab.lsqnonlin(jennrich, [0.3, 0.4], [], [], opts, nargout=2)
    assert " ".join(f"{v:.4f}" for v in x) == "0.2578 0.2578"   # MATLAB: 0.2578 0.2578
    assert f"{resnorm:.4f}" == "124.3622"
    x = matlab.lsqnonlin(lambda x: x[0] * np.exp(x[1] * XDATA) - YDATA, [100, -1], [], [],
                         opts)
    assert " ".join(f"{v:.4f}" for v in x) == "498.8309 -0.1013"


def test_lsqnonlin_outputs_and_shapes(capsys):
    r = matlab.lsqnonlin(lambda x: x[0] * np.exp(x[1] * XDATA) - YDATA,
                         np.array([[100.0], [-1.0]]), nargout=7)
    assert isinstance(r, LsqnonlinResult)
    assert r.x.shape == (2, 1) and r.residual.shape == (10,)
    assert r.jacobian.shape == (10, 2)
    np.testing.assert_allclose(r.resnorm, r.residual @ r.residual, rtol=1e-14)
    assert r.exitflag in (1.0, 2.0, 3.0)
    assert r.output.algorithm == "trust-region-reflective"
    assert r.output.funcCount >= 3 * r.output.iterations      # forward differences counted
    assert r.lambda_.lower.shape == (2, 1) and not r.lambda_.lower.any()
    # the Jacobian at x: d/dx1 = exp(x2*t), d/dx2 = x1*t*exp(x2*t)
    x1, x2 = r.x.ravel()
    exact = np.column_stack([np.exp(x2 * XDATA), x1 * XDATA * np.exp(x2 * XDATA)])
    np.testing.assert_allclose(r.jacobian, exact, rtol=1e-6, atol=1e-6)
    printed = capsys.readouterr().out                      # Display 'final' by default
    assert "Local minimum" in printed and "<stopping criteria details>" in printed


def test_lsqnonlin_bounds_multipliers_and_fixed_variables():
    fun = lambda x: x[0] * np.exp(x[1] * XDATA) - YDATA  # noqa: E731
    opts = matlab.optimoptions('lsqnonlin', **OFF)
    r = matlab.lsqnonlin(fun, [100, -1], [0, -2], [400, 0], opts, nargout=6)
    assert r.x[0] == pytest.approx(400) and r.lambda_.upper[0] > 0
    assert r.lambda_.lower[0] == 0 and r.lambda_.upper[1] == 0
    # the bounded minimum over x2 alone
    best = optimize.minimize_scalar(lambda b: np.sum((400 * np.exp(b * XDATA) - YDATA) ** 2),
                                    bracket=(-0.2, -0.05), tol=1e-12)
    assert abs(r.x[1] - best.x) < 3.4e-5                    # FunctionTolerance's reach
    # lb == ub fixes a variable; the other is fitted
    x = matlab.lsqnonlin(fun, [100, -1], [-np.inf, -0.1], [np.inf, -0.1], opts)
    assert x[1] == -0.1
    a = np.exp(-0.1 * XDATA)
    assert x[0] == pytest.approx(a @ YDATA / (a @ a), rel=1e-6)


def test_lsqnonlin_infeasible_bounds():
    x, resnorm, residual, exitflag = matlab.lsqnonlin(
        lambda x: x - 1, [0.0, 0.0], [1, 1], [0, 2], matlab.optimset('Display', 'off'),
        nargout=4)
    np.testing.assert_array_equal(x, [0, 0])
    assert resnorm.size == 0 and residual.size == 0 and exitflag == -2


def test_lsqcurvefit_algorithms_and_user_jacobian_agree():
    with np.errstate(over="ignore"):
        exact = optimize.least_squares(lambda x: exponential(x, XDATA) - YDATA, [100, -1],
                                       xtol=1e-15, ftol=1e-15, gtol=1e-15).x
    for algorithm in ("trust-region-reflective", "levenberg-marquardt"):
        opts = matlab.optimoptions('lsqcurvefit', 'Algorithm', algorithm, **OFF)
        r = matlab.lsqcurvefit(exponential, [100, -1], XDATA, YDATA, [], [], opts,
                               nargout=5)
        np.testing.assert_allclose(r.x, exact, rtol=1e-5)   # FunctionTolerance 1e-6
        assert r.output.algorithm == algorithm

    opts = matlab.optimoptions('lsqcurvefit', 'Algorithm', 'levenberg-marquardt',
                               'ScaleProblem', 'jacobian', **OFF)
    np.testing.assert_allclose(matlab.lsqcurvefit(exponential, [100, -1], XDATA, YDATA,
                                                  [], [], opts), exact, rtol=1e-5)

    def with_jacobian(x, xdata):
        e = np.exp(x[1] * xdata)
        return x[0] * e, np.column_stack([e, x[0] * xdata * e])
    opts = matlab.optimoptions('lsqcurvefit', 'SpecifyObjectiveGradient', True, **OFF)
    r = matlab.lsqcurvefit(with_jacobian, [100, -1], XDATA, YDATA, [], [], opts, nargout=5)
    np.testing.assert_allclose(r.x, exact, rtol=1e-5)
    # the Jacobian costs no evaluations: at most one per iteration plus the start
    assert r.output.funcCount <= 2 * r.output.iterations + 2


def test_lsqcurvefit_random_differential_against_scipy():
    rng = np.random.default_rng(1717)
    for _ in range(5):
        truth = np.array([rng.uniform(1, 5), rng.uniform(0.5, 2), rng.uniform(0.5, 1.5)])
        t = np.sort(rng.uniform(0, 6, 40))
        model = lambda p, t: p[0] * np.exp(-p[1] * t) + p[2]  # noqa: E731
        y = model(truth, t) + 0.02 * rng.standard_normal(t.size)
        exact = optimize.least_squares(lambda p: model(p, t) - y, [1, 1, 0], xtol=1e-15,
                                       ftol=1e-15, gtol=1e-15).x
        opts = matlab.optimset('TolFun', 1e-12, 'TolX', 1e-12, 'Display', 'off')
        got = matlab.lsqcurvefit(model, [1, 1, 0], t, y, [], [], opts)
        np.testing.assert_allclose(got, exact, rtol=1e-7)    # tolerances 1e-12


@pytest.mark.parametrize("call, kind, message", [
    (lambda: matlab.lsqnonlin(lambda x: x, []), ValueError,
     r"^lsqnonlin: x0 must not be empty"),
    (lambda: matlab.lsqnonlin(lambda x: x, [np.nan]), ValueError,
     r"^lsqnonlin: x0 must be finite"),
    (lambda: matlab.lsqnonlin(3, [1.0]), TypeError, r"^lsqnonlin: FUN must be a function"),
    (lambda: matlab.lsqnonlin(lambda x: x + 1j, [1.0]), ValueError,
     r"^lsqnonlin: FUN must return real values"),
    (lambda: matlab.lsqnonlin(lambda x: np.log(x - 2), [1.0]), ValueError,
     r"^lsqnonlin: Objective function is returning undefined values at initial point"),
    (lambda: matlab.lsqnonlin(lambda x: x, [1.0, 2.0], [0, 0, 0]), ValueError,
     r"^lsqnonlin: lb must be empty or have 2 elements"),
    (lambda: matlab.lsqnonlin(lambda x: x, [1.0], [], [],
                              matlab.optimset('Algorithm', 'dogleg')), ValueError,
     r"^lsqnonlin: Invalid value for OPTIONS parameter Algorithm"),
    (lambda: matlab.lsqcurvefit(exponential, [1, 1], XDATA, YDATA[:5]), ValueError,
     r"^lsqcurvefit: Function value and YDATA sizes are not equal"),
])
def test_least_squares_errors(call, kind, message):
    with pytest.raises(kind, match=message):
        call()


# --------------------------------------------------------------------------- fminunc
def objfun(x):
    return np.exp(x[0]) * (4 * x[0] ** 2 + 2 * x[1] ** 2 + 4 * x[0] * x[1] + 2 * x[1] + 1)


def test_fminunc_documented_example_and_outputs():
    r = matlab.fminunc(objfun, [-1, 1], matlab.optimoptions('fminunc', **OFF), nargout=6)
    assert " ".join(f"{v:.4f}" for v in r.x) == "0.5000 -1.0000"  # MATLAB's printed x
    assert r.exitflag == 1 and r.fval < 1e-12
    assert r.output.algorithm == "quasi-newton"
    assert r.output.firstorderopt <= 1e-6 * max(1.0, np.abs(r.grad).max() or 1.0) * 10
    np.testing.assert_allclose(r.grad, 0, atol=1e-6)
    # the Hessian at (0.5, -1): f = e^x1 * q(x), q = 0 and grad q = 0 there
    e = np.exp(0.5)
    np.testing.assert_allclose(r.hessian, e * np.array([[8.0, 4.0], [4.0, 4.0]]),
                               rtol=1e-4)


def test_fminunc_random_quadratics_against_exact_minimiser():
    rng = np.random.default_rng(1718)
    for n in (2, 3, 5):
        q = rng.standard_normal((n, n))
        a = q @ q.T + n * np.eye(n)
        b = rng.standard_normal(n)
        x = matlab.fminunc(lambda x: 0.5 * x @ a @ x - b @ x, np.zeros(n),
                           matlab.optimoptions('fminunc', **OFF))
        # gradient a*x - b below 1e-6*max(1, |b|_inf): x within that / lambda_min
        lam = np.linalg.eigvalsh(a)[0]
        exact = np.linalg.solve(a, b)
        assert np.abs(x - exact).max() <= 1e-6 * max(1, np.abs(b).max()) / lam * 10


def test_fminunc_gradient_option_and_limits():
    def with_gradient(x):
        return rosenbrock(x), np.array([-400 * x[0] * (x[1] - x[0] ** 2) - 2 * (1 - x[0]),
                                        200 * (x[1] - x[0] ** 2)])
    opts = matlab.optimoptions('fminunc', 'SpecifyObjectiveGradient', True,
                               'OptimalityTolerance', 1e-10, **OFF)
    x = matlab.fminunc(with_gradient, [-1.2, 1], opts)
    np.testing.assert_allclose(x, [1, 1], atol=1e-8)
    states = []
    opts = matlab.optimoptions('fminunc', 'MaxIterations', 3, 'OutputFcn',
                               lambda x, v, state: states.append(state), **OFF)
    x, fval, exitflag, output = matlab.fminunc(rosenbrock, [-1.2, 1], opts, nargout=4)
    assert exitflag == 0 and output.iterations == 3
    assert states == ["init", "iter", "iter", "iter", "done"]
    with pytest.raises(ValueError, match=r"^fminunc: Objective function must return a "
                                         r"scalar"):
        matlab.fminunc(lambda x: x, [1.0, 2.0])


# --------------------------------------------------------------------------- fmincon
def test_fmincon_documented_nonlinear_example_and_multipliers():
    def confun(x):
        return [1.5 + x[0] * x[1] - x[0] - x[1], -x[0] * x[1] - 10], []
    opts = matlab.optimoptions('fmincon', 'Algorithm', 'sqp', **OFF)
    r = matlab.fmincon(objfun, [-1, 1], [], [], [], [], [], [], confun, opts, nargout=5)
    assert " ".join(f"{v:.4f}" for v in r.x) == "-9.5474 1.0474"   # MATLAB's printed x
    assert f"{r.fval:.4f}" == "0.0236" and r.exitflag == 1
    # KKT: grad f + J_c' * lambda = 0 with lambda >= 0
    x = r.x
    eps = 1e-7
    grad = np.array([(objfun(x + eps * e) - objfun(x - eps * e)) / (2 * eps)
                     for e in np.eye(2)])
    jac_c = np.array([[x[1] - 1, x[0] - 1], [-x[1], -x[0]]])
    np.testing.assert_allclose(grad + jac_c.T @ r.lambda_.ineqnonlin.ravel(), 0, atol=1e-5)
    assert np.all(r.lambda_.ineqnonlin >= 0)


@pytest.mark.filterwarnings("ignore:delta_grad == 0.0")
def test_fmincon_random_differential_against_scipy():
    rng = np.random.default_rng(1719)
    for _ in range(4):
        c = rng.uniform(-2, 2, 3)
        a = rng.uniform(0.5, 1.5, (2, 3))
        b = rng.uniform(0.2, 1.0, 2)
        fun = lambda x, c=c: float(np.sum((x - c) ** 2) + 0.1 * np.sum(x ** 4))  # noqa
        exact = optimize.minimize(fun, np.zeros(3), method="trust-constr",
                                  constraints=[optimize.LinearConstraint(a, -np.inf, b)],
                                  bounds=optimize.Bounds(-1, 1),
                                  options={"gtol": 1e-12, "xtol": 1e-14}).x
        got = matlab.fmincon(fun, np.zeros(3), a, b, [], [], -np.ones(3), np.ones(3), None,
                             matlab.optimoptions('fmincon', **OFF))
        # The interior-point contract, not x to a fixed atol: an active bound is approached
        # only to the barrier's offset mu/lambda (COMPAT_RESEED_SHIFT=2718: x3 = 0.999995
        # against the bound 1, x moved 1e-5). Feasible within ConstraintTolerance 1e-6; the
        # objective within the duality gap m*mu of the optimum, m = 8 constraints and mu
        # at OptimalityTolerance 1e-6; and since the Hessian is at least 2I (strong
        # convexity), |x - x*|^2 <= f(x) - f(x*), so x within sqrt of that gap.
        assert np.all(a @ got <= b + 1e-6) and np.all(np.abs(got) <= 1 + 1e-6)
        gap = fun(got) - fun(exact)
        assert gap <= 8e-6, gap
        assert np.linalg.norm(got - exact) <= np.sqrt(8e-6) + 1e-9


def test_fmincon_output_function_stops():
    states = []

    def watch(x, values, state):
        states.append((state, values.iteration))
        return values.iteration >= 2
    opts = matlab.optimoptions('fmincon', 'OutputFcn', watch, **OFF)
    x, fval, exitflag, output = matlab.fmincon(rosenbrock, [0.0, 0.0], [1, 2], 1, [], [],
                                               [], [], None, opts, nargout=4)
    assert exitflag == -1 and output.iterations == 2
    assert states == [("init", 0.0), ("iter", 1.0), ("iter", 2.0), ("done", 2.0)]


def test_fmincon_equality_lambda_sign_and_errors():
    opts = matlab.optimoptions('fmincon', **OFF)
    # min x1^2 + x2^2 s.t. x1 + x2 = 1: x = (0.5, 0.5); grad f + Aeq' * lambda = 0
    r = matlab.fmincon(lambda x: x @ x, [0.0, 0.0], [], [], [1, 1], 1, [], [], None, opts,
                       nargout=5)
    np.testing.assert_allclose(r.x, [0.5, 0.5], atol=1e-7)
    assert r.lambda_.eqlin.item() == pytest.approx(-1.0, abs=1e-6)
    with pytest.raises(ValueError, match=r"^fmincon: A must have 2 columns"):
        matlab.fmincon(lambda x: x @ x, [0.0, 0.0], [1, 1, 1], 1)
    with pytest.raises(TypeError, match=r"^fmincon: NONLCON must be a function"):
        matlab.fmincon(lambda x: x @ x, [0.0, 0.0], [], [], [], [], [], [], 3)


# --------------------------------------------------------------------------- nlinfit
def test_nlinfit_reproduces_a_printed_matlab_session():
    X = np.arange(1.0, 11.0)
    Y = np.array([0, 4, 8, 17, 29, 34, 54, 62, 80, 99.0])
    r = matlab.nlinfit(X, Y, lambda b, x: b[0] * x ** b[1], [1, 2], nargout=6)
    # MATLAB printed (format long) beta = 1.203177103441870 1.913267782105321 and
    # R(1:2) = -1.203177103441870 -0.531902426953979: compat runs MATLAB's iteration
    np.testing.assert_allclose(r.beta, [1.203177103441870, 1.913267782105321], rtol=1e-9)
    np.testing.assert_allclose(r.R[:2, 0], [-1.203177103441870, -0.531902426953979],
                               rtol=1e-8)
    assert r.beta.shape == (2,) and r.R.shape == (10, 1) and r.J.shape == (10, 2)
    mse = float(r.R[:, 0] @ r.R[:, 0]) / 8
    assert r.MSE == pytest.approx(mse, rel=1e-12)
    np.testing.assert_allclose(r.CovB, np.linalg.inv(r.J.T @ r.J) * mse, rtol=1e-10)
    assert r.ErrorModelInfo.ErrorModel == "constant"
    assert r.ErrorModelInfo.ErrorParameters == pytest.approx(np.sqrt(mse))


HOUGEN_X = np.array([[470, 300, 10], [285, 80, 10], [470, 300, 120], [470, 80, 120],
                     [470, 80, 10], [100, 190, 10], [100, 80, 65], [470, 190, 65],
                     [100, 300, 54], [100, 300, 120], [100, 80, 120], [285, 300, 10],
                     [285, 190, 120]], float)
HOUGEN_Y = np.array([8.55, 3.79, 4.82, 0.02, 2.75, 14.39, 2.54, 4.35, 13.0, 8.5, 0.05, 11.32,
                     3.13])


def hougen(b, x):
    b = np.ravel(b)
    return (b[0] * x[:, 1] - x[:, 2] / b[4]) / (1 + b[1] * x[:, 0] + b[2] * x[:, 1]
                                               + b[3] * x[:, 2])


def test_nlinfit_documented_hougen_fits_and_matlabs_jacobian():
    beta0 = np.array([[1], [0.05], [0.02], [0.1], [2]])
    beta = matlab.nlinfit(HOUGEN_X, HOUGEN_Y, hougen, beta0)
    assert beta.shape == (5, 1)
    assert [f"{v:.4f}" for v in beta.ravel()] == ["1.2526", "0.0628", "0.0400", "0.1124",
                                                  "1.1914"]
    w = np.array([8, 2, 1, 6, 12, 9, 12, 10, 10, 12, 2, 10, 8.0])
    beta, R, J, CovB = matlab.nlinfit(HOUGEN_X, HOUGEN_Y, hougen, beta0, 'Weights', w,
                                      nargout=4)
    assert [f"{v:.4f}" for v in beta.ravel()] == ["2.2068", "0.1077", "0.0766", "0.1818",
                                                  "0.6516"]
    # MATLAB prints sqrt(diag(CovB)) starting 2.5721: CovB from the Jacobian of the
    # last iteration (the one at the final beta would give 2.5720)
    assert f"{np.sqrt(CovB[0, 0]):.4f}" == "2.5721"
    final = np.sqrt(w)[:, None] * np.column_stack([
        (hougen(beta.ravel() + d, HOUGEN_X) - hougen(beta.ravel(), HOUGEN_X)) / d[k]
        for k, d in enumerate(np.diag(np.finfo(float).eps ** (1 / 3) * beta.ravel()))])
    assert not np.allclose(J, final, rtol=1e-9) and np.allclose(J, final, rtol=1e-3)


def test_nlinfit_weights_missing_data_and_unsupported_options():
    rng = np.random.default_rng(1720)
    x = rng.uniform(0, 3, 30)
    y = 2 * np.exp(-1.3 * x) + 0.01 * rng.standard_normal(30)
    w = rng.uniform(0.5, 2, 30)
    model = lambda b, x: b[0] * np.exp(-b[1] * x)  # noqa: E731
    exact = optimize.least_squares(lambda b: np.sqrt(w) * (y - model(b, x)), [1, 1],
                                   xtol=1e-15, ftol=1e-15, gtol=1e-15).x
    got = matlab.nlinfit(x, y, model, [1, 1], [], 'Weights', w)
    np.testing.assert_allclose(got, exact, rtol=1e-6)        # TolX/TolFun 1e-8
    y_missing = y.copy()
    y_missing[3] = np.nan
    beta, R = matlab.nlinfit(x, y_missing, model, [1, 1], nargout=2)
    assert np.isnan(R[3, 0]) and np.isfinite(np.delete(R, 3)).all()
    keep = np.arange(30) != 3
    np.testing.assert_allclose(beta, matlab.nlinfit(x[keep], y[keep], model, [1, 1]),
                               rtol=1e-12)
    with pytest.raises(ValueError, match=r"^nlinfit: robust fitting"):
        matlab.nlinfit(x, y, model, [1, 1], {'RobustWgtFun': 'bisquare'})
    with pytest.raises(ValueError, match=r"^nlinfit: ErrorModel 'proportional' is not"):
        matlab.nlinfit(x, y, model, [1, 1], [], 'ErrorModel', 'proportional')
    with pytest.raises(ValueError, match=r"^nlinfit: MODELFUN should return a vector"):
        matlab.nlinfit(x, y, lambda b, x: b[0] * x[:5], [1, 1])
    with pytest.warns(matlab_warning(), match="Iteration limit exceeded"):
        matlab.nlinfit(x, y, model, [1, 1], {'MaxIter': 1})


def matlab_warning():
    from compat._core.errors import CompatWarning
    return CompatWarning


# -------------------------------------------------------------------- against Octave
@pytest.mark.octave
def test_against_octave_optim_to_solver_tolerance():
    """Random well-conditioned fits through Octave's optim package (other algorithms):
    the minimisers agree to the solvers' tolerances (tightened to 1e-12 here)."""
    rng = np.random.default_rng(1721)
    cases, mine = [], []
    for _ in range(4):
        t = np.sort(rng.uniform(0, 4, 25))
        truth = [rng.uniform(1, 3), rng.uniform(0.5, 1.5)]
        y = truth[0] * np.exp(-truth[1] * t) + 0.02 * rng.standard_normal(t.size)
        centre = rng.uniform(-1, 1, 2)
        cases.append((
            "o = optimset('TolFun', 1e-12, 'TolX', 1e-12, 'Display', 'off'); "
            "p = lsqcurvefit(@(p, t) p(1)*exp(-p(2)*t), [1 1], t, y, [], [], o); "
            "b = nlinfit(t(:), y(:), @(b, t) b(1)*exp(-b(2)*t), [1; 1], "
            "statset('TolFun', 1e-12)); "
            "m = fminunc(@(x) sum((x - c).^2) + 0.5*sum((x - c).^4), [0 0], o);",
            {"t": t.reshape(1, -1), "y": y.reshape(1, -1), "c": centre.reshape(1, -1)},
            ["p", "b", "m"]))
        opts = matlab.optimset('TolFun', 1e-12, 'TolX', 1e-12, 'Display', 'off')
        mine.append((
            matlab.lsqcurvefit(lambda p, t: p[0] * np.exp(-p[1] * t), [1, 1], t, y, [], [],
                               opts),
            matlab.nlinfit(t, y, lambda b, t: b[0] * np.exp(-b[1] * t), [1, 1],
                           {'TolFun': 1e-12, 'TolX': 1e-12}),
            matlab.fminunc(lambda x, c=centre: np.sum((x - c) ** 2)
                           + 0.5 * np.sum((x - c) ** 4), [0, 0], opts)))
    for (p, b, m), got in zip(mine, run_octave(cases, setup="pkg load optim")):
        np.testing.assert_allclose(p, got["p"].ravel(), rtol=1e-7)
        np.testing.assert_allclose(b, got["b"].ravel(), rtol=1e-7)
        np.testing.assert_allclose(m, got["m"].ravel(), atol=1e-6)


# ----------------------------------------------------- displays, output functions, limits
def test_iterative_display_output_function_and_limits(capsys):
    seen = []

    def watch(x, values, state):
        seen.append((state, values.iteration, values.funccount, values.resnorm))
        return values.iteration >= 2
    opts = matlab.optimoptions('lsqnonlin', 'Display', 'iter', 'OutputFcn', watch)
    x, resnorm, residual, exitflag, output = matlab.lsqnonlin(jennrich, [0.3, 0.4], [], [],
                                                              opts, nargout=5)
    assert exitflag == -1 and output.iterations == 2
    assert [s[:2] for s in seen] == [("init", 0.0), ("iter", 1.0), ("iter", 2.0),
                                     ("done", 2.0)]
    assert seen[0][2] == 3.0                 # F(x0) and two forward differences
    assert seen[-1][3] == pytest.approx(resnorm)
    shown = capsys.readouterr().out
    assert " Iteration  Func-count     f(x)" in shown
    assert "lsqnonlin stopped by an output function" in shown
    for algorithm in ("trust-region-reflective", "levenberg-marquardt"):
        opts = matlab.optimoptions('lsqnonlin', 'Algorithm', algorithm,
                                   'MaxFunctionEvaluations', 10, **OFF)
        *_, exitflag, output = matlab.lsqnonlin(jennrich, [0.3, 0.4], [], [], opts,
                                                nargout=5)
        assert exitflag == 0 and "function evaluation limit" in output.message
        assert 10 <= output.funcCount <= 13         # checked once per iteration
    # Display 'notify' prints only when not converged
    matlab.lsqnonlin(jennrich, [0.3, 0.4], [], [], matlab.optimset('Display', 'notify'))
    assert capsys.readouterr().out == ""


def test_problem_structures():
    problem = {"objective": lambda x, xd: exponential(x, xd), "x0": [100, -1],
               "xdata": XDATA, "ydata": YDATA, "solver": "lsqcurvefit",
               "options": matlab.optimoptions('lsqcurvefit', **OFF)}
    x = matlab.lsqcurvefit(problem)
    assert " ".join(f"{v:.4f}" for v in x) == "498.8309 -0.1013"
    x = matlab.fminunc({"objective": objfun, "x0": [-1, 1], "solver": "fminunc",
                        "options": matlab.optimoptions('fminunc', **OFF)})
    np.testing.assert_allclose(x, [0.5, -1], atol=1e-6)
    x = matlab.fmincon({"objective": lambda x: x @ x, "x0": [0.0, 0.0], "Aeq": [1, 1],
                        "beq": 1, "solver": "fmincon",
                        "options": matlab.optimoptions('fmincon', **OFF)})
    np.testing.assert_allclose(x, [0.5, 0.5], atol=1e-7)


# --------------------------------------------------------------------------- statset
def test_statset_builds_and_merges_and_feeds_nlinfit():
    blank = matlab.statset()
    assert list(blank)[:3] == ["Display", "MaxFunEvals", "MaxIter"]
    assert all(v.size == 0 for v in blank.values())
    opts = matlab.statset('nlinfit')
    assert (opts.TolFun, opts.TolX, opts.MaxIter, opts.Robust) == (1e-8, 1e-8, 100, "off")
    assert opts.DerivStep == np.finfo(float).eps ** (1 / 3)
    merged = matlab.statset(opts, matlab.statset('TolX', 1e-3), 'maxit', 7)
    assert (merged.TolX, merged.MaxIter, merged.TolFun) == (1e-3, 7, 1e-8)
    X = np.arange(1.0, 11.0)
    Y = np.array([0, 4, 8, 17, 29, 34, 54, 62, 80, 99.0])
    f = lambda b, x: b[0] * x ** b[1]  # noqa: E731
    np.testing.assert_array_equal(matlab.nlinfit(X, Y, f, [1, 2], opts),
                                  matlab.nlinfit(X, Y, f, [1, 2]))
    robust = matlab.statset('nlinfit')
    robust.RobustWgtFun = 'bisquare'
    with pytest.raises(ValueError, match=r"^nlinfit: robust fitting"):
        matlab.nlinfit(X, Y, f, [1, 2], robust)
    with pytest.raises(ValueError, match=r"^statset: Invalid parameter name: Bogus"):
        matlab.statset('Bogus', 1)
    with pytest.raises(ValueError, match=r"^statset: Ambiguous parameter name: Tol "):
        matlab.statset('Tol', 1)
    with pytest.raises(ValueError, match=r"^statset: No default options available"):
        matlab.statset('kmeans')


def test_fminunc_trust_region_without_gradient_falls_back_with_matlabs_warning():
    # MATLAB's fminunc page: 'trust-region' needs the gradient, "or else fminunc uses the
    # 'quasi-newton' algorithm", warning "Gradient must be provided for trust-region ..."
    import warnings
    from compat._core.errors import MatlabWarning
    fun = lambda x: 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2
    tr = matlab.optimoptions("fminunc", "Algorithm", "trust-region", "Display", "off")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        x, fval, flag, output = matlab.fminunc(fun, [-1.9, 2], tr, nargout=4)
    texts = [str(w.message) for w in caught if isinstance(w.message, MatlabWarning)]
    assert texts == ["Gradient must be provided for trust-region algorithm; using "
                     "quasi-newton algorithm instead."]
    assert output.algorithm == "quasi-newton" and flag == 1
    qn = matlab.fminunc(fun, [-1.9, 2], matlab.optimoptions("fminunc", "Display", "off"),
                        nargout=4)
    np.testing.assert_array_equal(x, qn[0])
    assert output.funcCount == qn[3].funcCount
    with_gradient = matlab.optimoptions("fminunc", "Algorithm", "trust-region",
                                        "SpecifyObjectiveGradient", True, "Display", "off")
    # with the gradient the trust-region algorithm itself runs, without a warning
    with warnings.catch_warnings():
        warnings.simplefilter("error", MatlabWarning)
        r = matlab.fminunc(lambda x: (fun(x), np.array([
            -400 * (x[1] - x[0] ** 2) * x[0] - 2 * (1 - x[0]), 200 * (x[1] - x[0] ** 2)])),
            [-1.9, 2], with_gradient, nargout=4)
    assert r.output.algorithm == "trust-region" and r.exitflag == 1
    np.testing.assert_allclose(r.x, [1, 1], atol=1e-6)
