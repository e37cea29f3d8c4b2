"""MATLAB's nonlinear least squares: ``lsqnonlin`` and ``lsqcurvefit``.

The legacy layer over :mod:`compat._core.nonlinear_least_squares`: it reads MATLAB's
argument grammar (function handles as Python callables, ``x0`` of any shape, ``[]`` for
absent bounds, an ``optimset`` structure or ``optimoptions`` object read by
:class:`compat.matlab._options.SolverSettings`, the ``problem`` structure), prints
MATLAB's exit messages for each ``Display`` setting and builds MATLAB's outputs.
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core import nonlinear_least_squares as core
from compat._core.args import by_value
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import EXITS, SolverSettings, bounds, exit_message, report_exit

__all__ = ["lsqnonlin", "lsqcurvefit"]

_ALGORITHMS = ("trust-region-reflective", "levenberg-marquardt")


class LsqnonlinResult(Result):
    """``[x, resnorm, residual, exitflag, output, lambda, jacobian] = lsqnonlin(...)``
    (and ``lsqcurvefit``; ``lambda_``: ``lambda`` is a Python keyword)."""

    request_style = "nargout"
    x: np.ndarray
    resnorm: np.float64
    residual: np.ndarray
    exitflag: np.float64
    output: MatlabStruct
    lambda_: MatlabStruct
    jacobian: np.ndarray


_DOCS = Fragments(
    common="""The algorithms are MATLAB's two: 'trust-region-reflective' (the default; Coleman
and Li's method, here run by scipy's ``least_squares(method='trf')``, which implements
the same method) and 'levenberg-marquardt' (MATLAB's documented iteration: ``(J'J +
lambda*I) d = -J'F``, lambda from InitDamping 0.01, divided by 10 after a successful
step, multiplied by 10 after a failed one; ``lambda*diag(J'J)`` with ScaleProblem
'jacobian'; steps projected onto the bounds). MATLAB's
defaults: FunctionTolerance, StepTolerance and OptimalityTolerance 1e-6, MaxIterations
400, MaxFunctionEvaluations ``100*numberOfVariables`` (``200*numberOfVariables`` for
Levenberg-Marquardt), Display 'final'. Without SpecifyObjectiveGradient the Jacobian is
MATLAB's forward difference (steps ``sqrt(eps)*sign'(x)*max(|x|, TypicalX)``, turned
inward at a bound; FiniteDifferenceType 'central' and FiniteDifferenceStepSize as MATLAB
documents them); ``funcCount`` counts those evaluations too, as MATLAB does.

Both algorithms stop at a local minimum to the solver's tolerances; they are not
MATLAB's code step for step, so ``x`` agrees with MATLAB's to the tolerances (and to
every printed digit of MATLAB's documentation examples), while ``iterations``,
``funcCount`` and which test stopped the solve (``exitflag`` 1, 2 or 3) may differ.""",
    outputs="""Returns
-------
x : ndarray
    Shaped like ``x0``.
resnorm : float (``nargout >= 2``)
    ``sum(F(x).^2)``.
residual : ndarray (``nargout >= 3``)
    ``F(x)``, shaped as the function returns it.
exitflag : float (``nargout >= 4``)
    1 first-order optimality below OptimalityTolerance, 2 step below StepTolerance, 3
    change of the sum of squares below FunctionTolerance, 0 MaxIterations or
    MaxFunctionEvaluations reached, -1 stopped by an OutputFcn, -2 a lower bound above
    its upper bound (``x = x0``, ``resnorm`` and ``residual`` empty).
output : MatlabStruct (``nargout >= 5``)
    ``firstorderopt``, ``iterations``, ``funcCount``, ``cgiterations`` (0; trust
    region only), ``algorithm``, ``stepsize``, ``message``.
lambda : MatlabStruct (``nargout >= 6``)
    ``lower``, ``upper``: the Lagrange multipliers of the bounds (the gradient ``J'F``
    where a bound is active, else 0).
jacobian : ndarray (``nargout == 7``)
    The Jacobian at ``x`` (numel(F)-by-numel(x); dense, where MATLAB's
    trust-region-reflective returns it as a sparse matrix).""",
)

_MESSAGES = {
    **EXITS,
    "function": (3.0, "Local minimum possible.\n\n{name} stopped because the final change "
                      "in the sum of squares relative to \nits initial value is less than "
                      "the value of the function tolerance.\n"),
}
_INFEASIBLE = ("Exiting due to infeasibility: at least one lower bound exceeds the "
               "corresponding upper bound.")


def _values(value, name, label):
    arr = np.asarray(value)
    if arr.dtype.kind == "c":
        raise CompatValueError(f"{label} must return real values; {name} cannot "
                               "continue with complex values.")
    if arr.dtype.kind not in "biuf":
        raise CompatTypeError(f"{label} must return numeric values, got {arr.dtype}")
    return arr.astype(np.float64)


def _solve(name, evaluate, x0, lb, ub, options, nargout, target=None):
    """The shared body of lsqnonlin and lsqcurvefit; ``evaluate(x)`` returns F (and J
    with SpecifyObjectiveGradient) for ``x`` in ``x0``'s shape."""
    x0a = matlab_array(x0, "x0", complex_ok=False, to_float=True)
    if x0a.size == 0:
        raise CompatValueError("x0 must not be empty.")
    if not np.all(np.isfinite(x0a)):
        raise CompatValueError("x0 must be finite.")
    shape, n = x0a.shape, x0a.size
    settings = SolverSettings(name, options, n, _ALGORITHMS)
    lower, upper = bounds(lb, "lb", n), bounds(ub, "ub", n)
    column = (n,) if x0a.ndim <= 1 else (n, 1)
    if np.any(lower > upper):
        if settings.display != "off":
            sys.stdout.write(f"\n{_INFEASIBLE}\n")
        output = MatlabStruct(iterations=0.0, funcCount=0.0, algorithm=settings.algorithm,
                              message=_INFEASIBLE)
        empty = np.zeros((0, 0))
        return LsqnonlinResult.first(nargout, x0a.copy(), empty, empty, np.float64(-2),
                                     output, MatlabStruct(lower=np.zeros(column),
                                                          upper=np.zeros(column)), empty)
    start = np.clip(x0a.reshape(-1).astype(np.float64), lower, upper)
    fixed = lower == upper
    free = ~fixed
    out_shape = []
    gradients = {}

    def full(xf):
        x = start.copy()
        x[free] = xf
        return x

    def residual(xf):
        x = full(xf)
        value = evaluate(x.reshape(shape))
        if settings.gradient:
            if not isinstance(value, tuple) or len(value) < 2:
                raise CompatValueError("With SpecifyObjectiveGradient the function must "
                                       "return F and its Jacobian J (a tuple).")
            value, jac = value[0], value[1]
            gradients.clear()          # the Jacobian at the last evaluated point only
            gradients[xf.tobytes()] = _values(jac, name, "The Jacobian").reshape(-1, n)
        arr = _values(value, name, "FUN")
        if target is not None:
            if arr.shape != target.shape and arr.size == target.size and \
                    arr.squeeze().shape == target.squeeze().shape:
                arr = arr.reshape(target.shape)
            if arr.shape != target.shape:
                raise CompatValueError("Function value and YDATA sizes are not equal.")
            arr = arr - target
        if not out_shape:
            out_shape.append(arr.shape)
        return arr.reshape(-1)

    counted = core.CountedFunction(residual)
    free_start = start[free]
    f0 = counted(free_start)
    if not np.all(np.isfinite(f0)):
        raise CompatValueError(f"Objective function is returning undefined values at "
                               f"initial point. {name} cannot continue.")

    def jacobian(xf, fx):
        if settings.gradient:
            counted(xf)
            jac = gradients.get(xf.tobytes())
            if jac is None or jac.shape[0] != fx.size:
                raise CompatValueError(f"The Jacobian must be {fx.size}-by-{n}.")
            return jac[:, free]
        return core.finite_difference_jacobian(
            counted, xf, fx, step_factor=settings.step_factor[free],
            typical_x=settings.typical_x[free], lower=lower[free], upper=upper[free],
            central=settings.central)

    callback = _callback(settings, full, shape, counted) if (
        settings.display == "iter" or settings.output_fcns) else None
    solver = core.trust_region_reflective if settings.algorithm == _ALGORITHMS[0] else \
        core.levenberg_marquardt
    scaling = settings.values.get("ScaleProblem", "none")
    if not isinstance(scaling, str) or scaling.lower() not in ("none", "jacobian"):
        raise CompatValueError("Invalid value for OPTIONS parameter ScaleProblem: must be "
                               "'none' or 'jacobian'.")
    extra = {"damping": settings.damping,
             "scale_by_jacobian": scaling.lower() == "jacobian"} \
        if solver is core.levenberg_marquardt else {}
    if free.any():
        with np.errstate(over="ignore", invalid="ignore"):   # trial points may overflow
            found = solver(counted, jacobian, free_start, lower[free], upper[free],
                           function_tolerance=settings.function_tolerance,
                           step_tolerance=settings.step_tolerance,
                           optimality_tolerance=settings.optimality_tolerance,
                           max_iterations=settings.max_iterations,
                           max_evaluations=settings.max_evaluations, callback=callback,
                           **extra)
    else:                                   # every variable fixed by its bounds
        found = core.LeastSquaresResult(free_start, f0, np.zeros((f0.size, 0)), 0,
                                        counted.count, "step", 0.0, 0.0,
                                        settings.algorithm)
    x = full(found.x)
    fx = counted(found.x)
    jac_full = np.zeros((fx.size, n))
    jac_full[:, free] = found.jacobian
    if fixed.any() and nargout >= 6:
        if settings.gradient:
            counted(found.x)
            jac_full = gradients.get(found.x.tobytes(), jac_full)
        else:
            jac_full = core.finite_difference_jacobian(
                lambda z: residual(z[free]), x, fx, step_factor=settings.step_factor,
                typical_x=settings.typical_x, central=settings.central)
    flag, message = exit_message(_MESSAGES, name, found.reason, settings)
    if settings.output_fcns:               # MATLAB's last call, with state 'done'
        final = MatlabStruct(iteration=float(found.iterations),
                             funccount=float(counted.count), resnorm=float(fx @ fx),
                             residual=fx.copy(), gradient=found.jacobian.T @ fx,
                             firstorderopt=found.first_order_optimality,
                             stepsize=found.step_size)
        settings.call_output_fcns(x.reshape(shape), lambda: final, "done")
    report_exit(settings, flag, message)
    output = MatlabStruct(firstorderopt=np.float64(found.first_order_optimality),
                          iterations=float(found.iterations),
                          funcCount=float(counted.count))
    if settings.algorithm == _ALGORITHMS[0]:
        output["cgiterations"] = 0.0
    output.update(algorithm=settings.algorithm, stepsize=np.float64(found.step_size),
                  message=message)
    low, high = core.bound_multipliers(x, jac_full.T @ fx, lower, upper)
    multipliers = MatlabStruct(lower=low.reshape(column), upper=high.reshape(column))
    return LsqnonlinResult.first(nargout, x.reshape(shape), np.float64(fx @ fx),
                                 fx.reshape(out_shape[0]), np.float64(flag), output,
                                 multipliers, jac_full)


def _callback(settings, full, shape, counted):
    """Display 'iter' lines (MATLAB's columns: iteration, function evaluations, sum of
    squares, norm of the step, first-order optimality ``norm(J'*F, inf)``) and OutputFcn
    calls (``optimValues``: iteration, funccount, resnorm, residual, gradient,
    firstorderopt, stepsize) at each iteration."""
    if settings.display == "iter":
        sys.stdout.write("\n                                         Norm of      First-order "
                         "\n Iteration  Func-count     f(x)          step          "
                         "optimality\n")
    previous = []

    def call(iteration, xf, fx, jac):
        x = full(xf)
        step = float(np.linalg.norm(xf - previous[-1])) if previous else None
        previous[:] = [xf.copy()]
        gradient = jac.T @ fx
        optimality = float(np.max(np.abs(gradient), initial=0.0))
        resnorm = float(fx @ fx)
        if settings.display == "iter":
            shown = "" if step is None else f"{step:13.6g}"
            sys.stdout.write(f"{iteration:6d} {counted.count:10d} {resnorm:16.6g} "
                             f"{shown:>13s} {optimality:14.3g}\n")
        return settings.call_output_fcns(
            x.reshape(shape), lambda: MatlabStruct(
                iteration=float(iteration), funccount=float(counted.count),
                resnorm=resnorm, residual=fx.copy(), gradient=gradient.copy(),
                firstorderopt=optimality,
                stepsize=np.zeros((0, 0)) if step is None else step),
            "init" if iteration == 0 else "iter")
    return call


def _problem(fun, keys):
    if isinstance(fun, dict):
        return [fun.get(k) for k in keys]
    return None


@matlab_function("lsqnonlin", nargout=7)
@_DOCS.fill
def lsqnonlin(fun, x0=None, lb=None, ub=None, options=None, *args, nargout=1):
    """Nonlinear least squares with bounds, as MATLAB's ``lsqnonlin``: the ``x`` that
    minimises ``sum(fun(x).^2)`` subject to ``lb <= x <= ub``.

    MATLAB call forms::

        x = lsqnonlin(fun, x0)                     ->  x = lsqnonlin(fun, x0)
        x = lsqnonlin(fun, x0, lb, ub)             ->  lsqnonlin(fun, x0, lb, ub)
        x = lsqnonlin(fun, x0, lb, ub, options)    ->  lsqnonlin(fun, x0, [], [], opts)
        x = lsqnonlin(problem)                     ->  lsqnonlin({'objective': f,
                                                                  'x0': x0, ...})
        [x, resnorm, residual, exitflag, output, lambda, jacobian] = lsqnonlin(___)
                                                   ->  lsqnonlin(fun, x0, nargout=7)

    ``fun(x)`` returns the vector (or array) ``F`` whose squares are summed, not the
    sum; with ``SpecifyObjectiveGradient`` (legacy ``Jacobian 'on'``) it returns
    ``(F, J)``. ``options`` is an ``optimoptions('lsqnonlin', ...)`` object or an
    ``optimset`` structure; extra positional arguments after it are passed on to
    ``fun`` (MATLAB's old form).

    {{common}}

    {{outputs}}

    Notes
    -----
    ``scipy.optimize.least_squares(fun, x0)`` is the same trust-region-reflective
    method, but with its own tolerances (1e-8), evaluation limit and finite-difference
    steps, and it returns a result object instead of MATLAB's outputs; MATLAB's fixed
    variables (``lb(i) == ub(i)``) and infeasible-bound exit it refuses. MATLAB prints
    its exit message (Display 'final' by default); so does compat, with MATLAB's text.

    Sources: MATLAB documentation of ``lsqnonlin`` (syntax, options and defaults,
    outputs, exit flags), "Least-Squares (Model Fitting) Algorithms" and "Current and
    Legacy Option Names"; Coleman & Li (1996).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> k = np.arange(1, 11)
    >>> fun = lambda x: 2 + 2 * k - np.exp(k * x[0]) - np.exp(k * x[1])
    >>> opts = matlab.optimoptions('lsqnonlin', 'Display', 'off')
    >>> x, resnorm = matlab.lsqnonlin(fun, [0.3, 0.4], [], [], opts, nargout=2)
    >>> x.round(4), round(float(resnorm), 4)     # MATLAB: 0.2578 0.2578, 124.3622
    (array([0.2578, 0.2578]), 124.3622)
    """
    problem = _problem(fun, ("objective", "x0", "lb", "ub", "options")) \
        if x0 is None else None
    if problem is not None:
        fun, x0, lb, ub, options = problem
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    if x0 is None:
        raise CompatValueError("lsqnonlin needs a start point x0.")
    fun = by_value(fun)                  # MATLAB passes x by value

    def evaluate(x):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return fun(x, *args)
    return _solve("lsqnonlin", evaluate, x0, lb, ub, options, nargout)


@matlab_function("lsqcurvefit", nargout=7)
@_DOCS.fill
def lsqcurvefit(fun, x0=None, xdata=None, ydata=None, lb=None, ub=None, options=None,
                *args, nargout=1):
    """Nonlinear curve fitting in the least-squares sense, as MATLAB's ``lsqcurvefit``:
    the ``x`` that minimises ``sum((fun(x, xdata) - ydata).^2)`` subject to
    ``lb <= x <= ub``.

    MATLAB call forms::

        x = lsqcurvefit(fun, x0, xdata, ydata)     ->  lsqcurvefit(fun, x0, xd, yd)
        x = lsqcurvefit(fun, x0, xdata, ydata, lb, ub)
        x = lsqcurvefit(fun, x0, xdata, ydata, lb, ub, options)
        x = lsqcurvefit(problem)                   ->  lsqcurvefit({'objective': f, ...})
        [x, resnorm, residual, exitflag, output, lambda, jacobian] = lsqcurvefit(___)
                                                   ->  lsqcurvefit(..., nargout=7)

    ``fun(x, xdata)`` returns an array the size of ``ydata`` (with
    ``SpecifyObjectiveGradient``, ``(F, J)``); ``xdata`` is passed to it unchanged (any
    type). It is ``lsqnonlin`` of ``fun(x, xdata) - ydata``, as MATLAB documents:
    ``residual = fun(x, xdata) - ydata``.

    {{common}}

    {{outputs}}

    Notes
    -----
    ``scipy.optimize.curve_fit(f, xdata, ydata, p0)`` calls ``f(xdata, *p)`` (the
    argument order and the parameters spread), uses Levenberg-Marquardt (MINPACK) without
    bounds and the trust-region-reflective method with them, with its own tolerances,
    and returns the covariance instead of MATLAB's outputs.

    Sources: MATLAB documentation of ``lsqcurvefit`` (syntax, outputs, the example
    "Simple Exponential Fit": ``x = 498.8309 -0.1013``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> xdata = np.array([0.9, 1.5, 13.8, 19.8, 24.1, 28.2, 35.2, 60.3, 74.6, 81.3])
    >>> ydata = np.array([455.2, 428.6, 124.1, 67.3, 43.2, 28.1, 13.1, -0.4, -1.3, -1.5])
    >>> fun = lambda x, xdata: x[0] * np.exp(x[1] * xdata)
    >>> opts = matlab.optimoptions('lsqcurvefit', 'Display', 'off')
    >>> x, resnorm = matlab.lsqcurvefit(fun, [100, -1], xdata, ydata, [], [], opts,
    ...                                 nargout=2)
    >>> [f"{v:.4f}" for v in x], f"{resnorm:.4f}"   # MATLAB: 498.8309 -0.1013
    (['498.8309', '-0.1013'], '9.5049')
    """
    problem = _problem(fun, ("objective", "x0", "xdata", "ydata", "lb", "ub", "options")) \
        if x0 is None else None
    if problem is not None:
        fun, x0, xdata, ydata, lb, ub, options = problem
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    if x0 is None or ydata is None:
        raise CompatValueError("lsqcurvefit needs x0, xdata and ydata.")
    fun = by_value(fun)                  # x and xdata by value, as MATLAB
    target = matlab_array(ydata, "ydata", complex_ok=False, to_float=True)

    def evaluate(x):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            return fun(x, xdata, *args)
    return _solve("lsqcurvefit", evaluate, x0, lb, ub, options, nargout, target=target)
