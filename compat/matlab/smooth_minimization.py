"""MATLAB's gradient-based minimisation: ``fminunc`` and ``fmincon`` (basic forms).

The legacy layer over :mod:`compat._core.smooth_minimization`: MATLAB's argument grammar
(function handles as Python callables, ``x0`` of any shape, ``[]`` for absent
constraints, ``optimoptions``/``optimset`` options read by
:class:`compat.matlab._options.SolverSettings`, the ``problem`` structure), MATLAB's
finite-difference gradients, exit messages and outputs.
"""

from __future__ import annotations

import sys

import numpy as np
from scipy import sparse

from compat._core import barrier_interior_point as barrier
from compat._core import smooth_minimization as core
from compat._core import subspace_trust_region as subspace
from compat._core.errors import issue_warning
from compat._core.args import by_value
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.nonlinear_least_squares import CountedFunction, finite_difference_jacobian
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import (EXITS, SolverSettings, bounds, exit_message, is_empty,
                                    report_exit)

__all__ = ["fminunc", "fmincon"]


class FminuncResult(Result):
    """``[x, fval, exitflag, output, grad, hessian] = fminunc(...)``."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct
    grad: np.ndarray
    hessian: np.ndarray


class FminconResult(Result):
    """``[x, fval, exitflag, output, lambda, grad, hessian] = fmincon(...)``
    (``lambda_``: ``lambda`` is a Python keyword)."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct
    lambda_: MatlabStruct
    grad: np.ndarray
    hessian: np.ndarray


_FMINUNC = {
    **EXITS,
    "linesearch": (5.0, "Local minimum possible.\n\n{name} stopped because it cannot "
                        "decrease the objective function\nalong the current search "
                        "direction.\n"),
    "limit": (-3.0, "Problem appears unbounded.\n\n{name} stopped because the objective "
                    "function value is less than\nthe value of the objective function "
                    "limit.\n"),
    # the trust-region algorithm's exit flag 3 (fminunc's exitflag table: "Change in the
    # objective function value was less than the FunctionTolerance tolerance"); the
    # text follows MATLAB's least-squares solvers' flag-3 message
    "function": (3.0, "Local minimum possible.\n\n{name} stopped because the final change "
                      "in function value relative to \nits initial value is less than the "
                      "value of the function tolerance.\n"),
}
_FMINCON = {
    "gradient": (1.0, "Local minimum found that satisfies the constraints.\n\nOptimization "
                      "completed because the objective function is non-decreasing in \n"
                      "feasible directions, to within the value of the optimality "
                      "tolerance,\nand constraints are satisfied to within the value of "
                      "the constraint tolerance.\n"),
    "step": (2.0, "Local minimum possible. Constraints satisfied.\n\nfmincon stopped "
                  "because the size of the current step is less than\nthe value of the "
                  "step size tolerance and constraints are \nsatisfied to within the "
                  "value of the constraint tolerance.\n"),
    "maxiter": EXITS["maxiter"], "maxfun": EXITS["maxfun"], "stopped": EXITS["stopped"],
    "infeasible": (-2.0, "Converged to an infeasible point.\n\nfmincon stopped because "
                         "the size of the current step is less than\nthe value of the step "
                         "size tolerance but constraints are not\nsatisfied to within the "
                         "value of the constraint tolerance.\n"),
}


def _final_hessian(value, derivative, found, settings):
    """The Hessian output of fminunc and fmincon: finite differences at the solution
    (of the gradient, exact with SpecifyObjectiveGradient)."""
    return core.finite_difference_hessian(value, derivative, found.x, found.gradient,
                                          settings.typical_x,
                                          exact_gradient=settings.gradient)


def _start(x0):
    x0a = matlab_array(x0, "x0", complex_ok=False, to_float=True)
    if x0a.size == 0:
        raise CompatValueError("x0 must not be empty.")
    if not np.all(np.isfinite(x0a)):
        raise CompatValueError("x0 must be finite.")
    return x0a


def _scalar_objective(name, fun, args, shape, settings):
    """``value(x)`` and ``derivative(x, fx)`` of the user's objective on flat ``x``:
    the gradient is the user's (SpecifyObjectiveGradient) or MATLAB's finite
    difference; every evaluation counted."""
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    fun = by_value(fun)              # MATLAB passes x by value: x.reshape is our x's view
    grads = {}

    def raw(x):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            value = fun(x.reshape(shape), *args)
        if settings.gradient:
            if not isinstance(value, tuple) or len(value) < 2:
                raise CompatValueError("With SpecifyObjectiveGradient the objective must "
                                       "return its value and gradient (a tuple).")
            value, grad = value[0], value[1]
            grads.clear()
            grads[x.tobytes()] = np.asarray(grad, dtype=np.float64).reshape(-1)
        arr = np.asarray(value)
        if arr.size != 1:
            raise CompatValueError(f"Objective function must return a scalar value "
                                   f"(it returned {arr.size} values).")
        if arr.dtype.kind == "c":
            raise CompatValueError(f"Objective function must return real values; {name} "
                                   "cannot continue with complex values.")
        return np.array([float(arr.reshape(-1)[0])])

    counted = CountedFunction(raw)

    def value(x):
        return float(counted(np.asarray(x, dtype=np.float64))[0])

    def derivative(x, fx=None):
        x = np.asarray(x, dtype=np.float64)
        if settings.gradient:
            counted(x)
            return grads[x.tobytes()].copy()
        f0 = counted(x) if fx is None else np.array([fx])
        return finite_difference_jacobian(counted, x, f0, step_factor=settings.step_factor,
                                          typical_x=settings.typical_x,
                                          central=settings.central)[0]
    return value, derivative, counted


@matlab_function("fminunc", nargout=6)
def fminunc(fun, x0=None, options=None, *args, nargout=1):
    """Unconstrained minimisation of a smooth function, as MATLAB's ``fminunc``
    ('quasi-newton', its default algorithm, and 'trust-region').

    MATLAB call forms::

        x = fminunc(fun, x0)                       ->  x = fminunc(fun, x0)
        x = fminunc(fun, x0, options)              ->  fminunc(fun, x0, opts)
        x = fminunc(problem)                       ->  fminunc({'objective': f, 'x0': x0,
                                                                'solver': 'fminunc'})
        [x, fval, exitflag, output, grad, hessian] = fminunc(___)
                                                   ->  fminunc(fun, x0, nargout=6)

    The BFGS quasi-Newton method MATLAB documents ("fminunc quasi-newton Algorithm"):
    the inverse Hessian approximation starts at the identity, scaled after the first
    step; steps from a line search meeting the strong Wolfe conditions; the gradient is
    the user's (SpecifyObjectiveGradient: ``fun`` returns ``(f, g)``) or MATLAB's forward
    difference (``sqrt(eps)*sign'(x)*max(|x|, TypicalX)`` steps). MATLAB's defaults:
    OptimalityTolerance and StepTolerance 1e-6, MaxIterations 400,
    MaxFunctionEvaluations ``100*numberOfVariables``, Display 'final'. It stops when
    ``norm(grad, inf) <= OptimalityTolerance*max(1, norm(grad(x0), inf))`` (exitflag 1),
    when a step is below ``StepTolerance*(1 + norm(x))`` (2), when no step decreases
    ``f`` (5), at the limits (0), or below ObjectiveLimit (-3). The 'trust-region'
    algorithm without SpecifyObjectiveGradient falls back to 'quasi-newton' with MATLAB's
    warning "Gradient must be provided for trust-region algorithm; using quasi-newton
    algorithm instead." (MATLAB documents this fallback).

    **'trust-region'** (with SpecifyObjectiveGradient) is the subspace trust-region
    Newton method MATLAB documents ("Trust-Region Methods for Nonlinear Minimization";
    :mod:`compat._core.subspace_trust_region`): the quadratic model minimised within the
    trust region on the two-dimensional subspace of the gradient and a preconditioned
    conjugate gradient direction (an approximate Newton step, or a direction of negative
    curvature). The Hessian is the objective's third output (HessianFcn 'objective',
    legacy Hessian 'on': ``fun`` returns ``(f, g, H)``, ``H`` dense or scipy.sparse),
    products ``W = hmfun(Hinfo, Y)`` (HessianMultiplyFcn: ``fun`` returns ``(f, g,
    Hinfo)``, ``Y`` is n-by-k; PCG is then unpreconditioned), or forward differences of
    the gradient, column groups of HessPattern differenced together (default: dense,
    ``n`` gradient evaluations, not counted in funcCount, as MATLAB's printed runs
    show). Options and
    defaults: MaxPCGIter ``max(1, floor(n/2))``, TolPCG 0.1, PrecondBandWidth 0
    (diagonal; Inf or SubproblemAlgorithm 'factorization': a complete Cholesky factor),
    OptimalityTolerance and StepTolerance 1e-6 (absolute, MATLAB's "Tolerance Details"),
    FunctionTolerance 1e-6 (relative: an interior, well-predicted step changing ``f`` by
    less than ``FunctionTolerance*(1 + |f|)`` gives exitflag 3), MaxIterations 400,
    MaxFunctionEvaluations ``100*n``. Exit flags 1 (``norm(g, inf) <
    OptimalityTolerance``), 2, 3, 0, -1. Each trial point is one iteration and one
    evaluation. MATLAB does not publish its radius rules: compat uses the textbook ones
    and a first radius of 10, with which it reproduces the iterations, funcCount and
    cgiterations of MATLAB's printed n = 1000 examples (and fval 7.4738e-17 / stepsize
    0.0046 of the HessPattern one to the printed digits); other runs agree with MATLAB
    to the solver's tolerance, not step for step.

    Returns
    -------
    x : ndarray
        Shaped like ``x0``.
    fval : float (``nargout >= 2``)
    exitflag : float (``nargout >= 3``)
    output : MatlabStruct (``nargout >= 4``)
        ``iterations``, ``funcCount`` (finite-difference evaluations included, as in
        MATLAB), ``stepsize``, ``lssteplength``, ``firstorderopt`` (``norm(grad, inf)``),
        ``algorithm`` ('quasi-newton'), ``message``; for 'trust-region': ``iterations``,
        ``funcCount``, ``stepsize``, ``cgiterations``, ``firstorderopt``, ``algorithm``
        ('trust-region'), ``message`` (MATLAB's fields and order).
    grad : ndarray (``nargout >= 5``)
        The gradient at ``x`` (the one the last test used), shaped like ``x0``.
    hessian : ndarray (``nargout == 6``)
        numel(x)-by-numel(x): central second differences of ``fun`` at ``x`` (forward
        differences of the gradient with SpecifyObjectiveGradient). MATLAB returns its
        own approximation of the Hessian; both approximate the same matrix.
        'trust-region': as MATLAB documents ("Hessian Output"), the Hessian of the
        next-to-last iterate (the one the last step used): the objective's (dense or
        scipy.sparse as returned), the Hinfo of HessianMultiplyFcn, or the
        finite-difference one (scipy.sparse with HessPattern).

    Notes
    -----
    It is not MATLAB's code step for step: ``x`` agrees with MATLAB's to the solver's
    tolerance (and to the printed digits of MATLAB's documentation example), while
    ``iterations`` and ``funcCount`` may differ. ``scipy.optimize.minimize(method='BFGS')``
    is the same method with an absolute gradient test (``gtol=1e-5``), no step test and
    no evaluation limit; it returns a result object. For 'trust-region',
    ``scipy.optimize.minimize(method='trust-krylov')`` solves the trust-region problem in
    a growing Krylov space (not a two-dimensional one), with another radius policy and
    an absolute gradient test only. GNU Octave's fminunc is a dogleg trust-region method
    on a BFGS Hessian with other tolerances (1e-7), whatever the Algorithm option.

    Sources: MATLAB documentation of ``fminunc`` (syntax, options, outputs, exit flags),
    "Unconstrained Nonlinear Optimization Algorithms", "Tolerance Details", "Hessian
    Output", the examples "Minimization with Gradient and Hessian" (and "... Sparsity
    Pattern"); Nocedal & Wright, *Numerical Optimization* (2006), ch. 3, 4 and 6; Branch,
    Coleman & Li, SIAM J. Sci. Comput. 21 (1999) 1-23.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> fun = lambda x: np.exp(x[0]) * (4 * x[0] ** 2 + 2 * x[1] ** 2 + 4 * x[0] * x[1]
    ...                                 + 2 * x[1] + 1)
    >>> x, fval = matlab.fminunc(fun, [-1, 1], matlab.optimoptions('fminunc',
    ...                          'Display', 'off'), nargout=2)
    >>> x.round(4)                                      # MATLAB: 0.5000 -1.0000
    array([ 0.5, -1. ])
    >>> def rosenbrockwithgrad(x):                      # MATLAB's "Supply Gradient"
    ...     return (100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2,
    ...             np.array([-400 * (x[1] - x[0] ** 2) * x[0] - 2 * (1 - x[0]),
    ...                       200 * (x[1] - x[0] ** 2)]))
    >>> opts = matlab.optimoptions('fminunc', 'Algorithm', 'trust-region',
    ...                            'SpecifyObjectiveGradient', True, 'Display', 'off')
    >>> x, fval, exitflag = matlab.fminunc(rosenbrockwithgrad, [-1, 2], opts, nargout=3)
    >>> x.round(4), exitflag                            # MATLAB: 1.0000 1.0000
    (array([1., 1.]), np.float64(1.0))
    """
    if isinstance(fun, dict) and x0 is None:
        fun, x0, options = fun.get("objective"), fun.get("x0"), fun.get("options")
    if x0 is None:
        raise CompatValueError("fminunc needs a start point x0.")
    x0a = _start(x0)
    shape, n = x0a.shape, x0a.size
    settings = SolverSettings("fminunc", options, n, ("quasi-newton", "trust-region"))
    if settings.algorithm == "trust-region" and not settings.gradient:
        # MATLAB's documented fallback (fminunc reference page, option Algorithm: "The
        # 'trust-region' algorithm requires you to provide the gradient ..., or else fminunc
        # uses the 'quasi-newton' algorithm"), with its warning; R2013 printed "...; using
        # line-search algorithm instead." (MATLAB Answers 76912); MATLAB R2015 prints this
        # text, "...; using quasi-newton algorithm instead. > In fminunc (line 397)", in a
        # session print-out kept in a public optimisation-course repository's README
        # (homework que1.m, found through the code search of this project's tools).
        issue_warning(MatlabWarning("Gradient must be provided for trust-region algorithm; "
                                    "using quasi-newton algorithm instead."))
        settings.algorithm = "quasi-newton"
    if settings.algorithm == "trust-region":
        return _fminunc_trust_region(fun, x0a, args, settings, nargout)
    value, derivative, counted = _scalar_objective("fminunc", fun, args, shape, settings)
    start = x0a.reshape(-1).astype(np.float64)
    f0 = value(start)
    if not np.isfinite(f0):
        raise CompatValueError("Objective function is undefined at initial point. fminunc "
                               "cannot continue.")
    if settings.output_fcns or settings.display == "iter":
        if settings.display == "iter":
            sys.stdout.write("                                                        "
                             "First-order \n Iteration  Func-count       f(x)        "
                             "Step-size       optimality\n")

        def callback(iteration, x, fx, g):
            if settings.display == "iter":
                sys.stdout.write(f"{iteration:6d} {counted.count:11d} {fx:16.6g}"
                                 f"{'':16s}{float(np.max(np.abs(g))):14.3g}\n")
            return settings.call_output_fcns(
                x.reshape(shape), lambda: MatlabStruct(
                    iteration=float(iteration), funccount=float(counted.count), fval=fx,
                    gradient=g.reshape(shape).copy()), "init" if iteration == 0 else "iter")
    else:
        callback = None
    found = core.quasi_newton(value, derivative, start,
                              optimality_tolerance=settings.optimality_tolerance,
                              step_tolerance=settings.step_tolerance,
                              max_iterations=settings.max_iterations,
                              max_evaluations=settings.max_evaluations,
                              objective_limit=settings.objective_limit,
                              count=lambda: counted.count, callback=callback)
    flag, message = exit_message(_FMINUNC, "fminunc", found.reason, settings)
    settings.call_output_fcns(                  # MATLAB's last call, with state 'done'
        found.x.reshape(shape), lambda: MatlabStruct(
            iteration=float(found.iterations), funccount=float(counted.count),
            fval=found.fval, gradient=found.gradient.reshape(shape).copy()), "done")
    report_exit(settings, flag, message)
    output = MatlabStruct(iterations=float(found.iterations),
                          funcCount=float(counted.count),
                          stepsize=np.float64(found.step_size),
                          lssteplength=np.float64(found.line_search_step),
                          firstorderopt=np.float64(found.first_order_optimality),
                          algorithm="quasi-newton", message=message)
    hessian = _final_hessian(value, derivative, found, settings) if nargout >= 6 else None
    return FminuncResult.first(nargout, found.x.reshape(shape), np.float64(found.fval),
                               np.float64(flag), output, found.gradient.reshape(shape),
                               hessian)


def _linear(a, b, name, n):
    if is_empty(a) or np.asarray(a).size == 0:
        return None
    am = matlab_array(a, name, complex_ok=False, to_float=True)
    am = am.reshape(1, -1) if am.ndim == 1 else am
    bv = matlab_array(b, name.replace("A", "b"), complex_ok=False,
                      to_float=True).reshape(-1)
    if am.shape[1] != n:
        raise CompatValueError(f"{name} must have {n} columns (one per element of x0).")
    if bv.size != am.shape[0]:
        raise CompatValueError(f"The number of rows in {name} must be the same as the "
                               f"length of {name.replace('A', 'b')}.")
    return am, bv


@matlab_function("fmincon", nargout=7)
def fmincon(fun, x0=None, A=None, b=None, Aeq=None, beq=None, lb=None, ub=None,
            nonlcon=None, options=None, *args, nargout=1):
    """Constrained minimisation of a smooth function, as MATLAB's ``fmincon`` (basic
    form: results to the solver's tolerance; MATLAB's interior-point barrier method by
    default, SQP for 'sqp').

    MATLAB call forms::

        x = fmincon(fun, x0, A, b)                 ->  fmincon(fun, x0, A, b)
        x = fmincon(fun, x0, A, b, Aeq, beq)
        x = fmincon(fun, x0, A, b, Aeq, beq, lb, ub)
        x = fmincon(fun, x0, A, b, Aeq, beq, lb, ub, nonlcon)
        x = fmincon(fun, x0, A, b, Aeq, beq, lb, ub, nonlcon, options)
        x = fmincon(problem)                       ->  fmincon({'objective': f, ...})
        [x, fval, exitflag, output, lambda, grad, hessian] = fmincon(___)
                                                   ->  fmincon(..., nargout=7)

    Minimises ``fun(x)`` subject to ``A*x <= b``, ``Aeq*x = beq``, ``lb <= x <= ub``,
    ``c(x) <= 0`` and ``ceq(x) = 0`` where ``c, ceq = nonlcon(x)`` (``[]`` for an absent
    constraint). **Algorithm** 'interior-point' (MATLAB's default): the barrier method
    MATLAB documents (:mod:`compat._core.barrier_interior_point`: slacks and a log
    barrier from InitBarrierParam 0.1, decreased monotonically; bounds honoured at every
    iterate, a start on or outside a bound moved inside; the direct primal-dual Newton
    step with a damped-BFGS Hessian of the Lagrangian; a backtracking line search on
    the l2 merit function). MATLAB's unpublished constants (barrier reduction, merit
    update, fraction to the boundary) are compat's, and MATLAB's fallback CG step is a
    regularised direct step, so iterates and counts differ from MATLAB's while ``x``,
    ``fval`` and ``lambda`` agree to the tolerances (OptimalityTolerance and
    ConstraintTolerance 1e-6). 'sqp', 'sqp-legacy' and 'active-set' run Kraft's
    sequential least-squares quadratic programming (SLSQP, scipy's implementation), an
    SQP method like MATLAB's 'sqp'; ``output.algorithm`` says which ran
    ('interior-point' or 'sqp (SLSQP)'). The gradient is the user's
    (SpecifyObjectiveGradient) or MATLAB's forward difference;
    SpecifyConstraintGradient: ``nonlcon`` returns ``(c, ceq, gc, gceq)`` with MATLAB's
    layout (one column per constraint).

    Returns
    -------
    x, fval, exitflag, output, lambda, grad, hessian
        exitflag 1 (first-order optimality and feasibility reached), 2 (stopped on a
        step below StepTolerance; feasible), 0 (MaxIterations, MaxFunctionEvaluations), -1 (an OutputFcn asked to stop;
        it is called with 'init', at each iteration and with 'done'), -2 (no feasible
        point within ConstraintTolerance); output ``iterations``, ``funcCount``,
        ``constrviolation``, ``stepsize``, ``algorithm``, ``firstorderopt`` (the
        infinity norm of the Lagrangian's gradient; with the complementarity for
        'interior-point'), ``cgiterations`` ('interior-point': 0, no CG step is
        taken), ``message``; lambda ``eqlin``,
        ``eqnonlin``, ``ineqlin``, ``lower``, ``upper``, ``ineqnonlin`` (MATLAB's signs:
        ``>= 0`` for inequalities and bounds); grad the objective's gradient; hessian
        finite differences at ``x`` as ``fminunc``'s (MATLAB returns its algorithm's
        own approximation).

    Notes
    -----
    ``scipy.optimize.minimize(method='SLSQP')`` takes constraints as ``g(x) >= 0``
    dictionaries (MATLAB: ``c(x) <= 0``) and a change-in-``f`` tolerance (1e-6; compat
    passes OptimalityTolerance squared, so the first-order optimality reaches about
    OptimalityTolerance).

    Sources: MATLAB documentation of ``fmincon`` (syntax, constraint forms, options,
    outputs, exit flags, the ``lambda`` fields) and "fmincon Interior Point Algorithm";
    Byrd, Gilbert and Nocedal, Math. Prog. 89 (2000); Waltz, Morales, Nocedal and Orban,
    Math. Prog. 107 (2006); Kraft, DFVLR-FB 88-28 (1988).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> fun = lambda x: 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2
    >>> opts = matlab.optimoptions('fmincon', 'Display', 'off')
    >>> x = matlab.fmincon(fun, [-1, 2], [1, 2], 1, [], [], [], [], None, opts)
    >>> x.round(4)                                   # MATLAB: 0.5022 0.2489
    array([0.5022, 0.2489])
    """
    if isinstance(fun, dict) and x0 is None:
        problem = fun
        fun, x0 = problem.get("objective"), problem.get("x0")
        A, b, Aeq, beq = (problem.get(k) for k in ("Aineq", "bineq", "Aeq", "beq"))
        lb, ub, nonlcon, options = (problem.get(k) for k in ("lb", "ub", "nonlcon",
                                                             "options"))
    if x0 is None:
        raise CompatValueError("fmincon needs a start point x0.")
    x0a = _start(x0)
    shape, n = x0a.shape, x0a.size
    settings = SolverSettings("fmincon", options, n, ("interior-point", "sqp",
                                                      "sqp-legacy", "active-set",
                                                      "trust-region-reflective"))
    value, derivative, counted = _scalar_objective("fmincon", fun, args, shape, settings)
    lower, upper = bounds(lb, "lb", n), bounds(ub, "ub", n)
    column = (n,) if x0a.ndim <= 1 else (n, 1)
    inequality = _linear(A, b, "A", n)
    equality = _linear(Aeq, beq, "Aeq", n)
    if np.any(lower > upper):
        raise CompatValueError("Exiting due to infeasibility: at least one lower bound "
                               "exceeds the corresponding upper bound.")
    inequalities, equalities = [], []
    sizes = {}
    if inequality is not None:
        am, bv = inequality
        inequalities.append((lambda x: am @ x - bv, lambda x: am))
    if equality is not None:
        am_eq, bv_eq = equality
        equalities.append((lambda x: am_eq @ x - bv_eq, lambda x: am_eq))
    if nonlcon is not None and not is_empty(nonlcon):
        if not callable(nonlcon):
            raise CompatTypeError("NONLCON must be a function handle (a Python callable).")
        nonlcon = by_value(nonlcon)
        memo = {}

        def constraint(x):
            key = x.tobytes()
            if key not in memo:
                memo.clear()
                result = nonlcon(x.reshape(shape), *args)
                if not isinstance(result, (tuple, list)) or len(result) < 2:
                    raise CompatValueError("NONLCON must return [c, ceq] (a tuple).")
                memo[key] = [np.asarray([] if is_empty(r) else r, dtype=np.float64)
                             for r in result]
            return memo[key]
        probe = constraint(x0a.reshape(-1).astype(np.float64))
        sizes["c"], sizes["ceq"] = probe[0].size, probe[1].size
        grad_c = (lambda x: constraint(x)[2].reshape(n, -1).T) if \
            settings.values.get("SpecifyConstraintGradient") else None
        grad_ceq = (lambda x: constraint(x)[3].reshape(n, -1).T) if \
            settings.values.get("SpecifyConstraintGradient") else None
        if sizes["c"]:
            inequalities.append((lambda x: constraint(x)[0].reshape(-1), grad_c))
        if sizes["ceq"]:
            equalities.append((lambda x: constraint(x)[1].reshape(-1), grad_ceq))
    start = np.clip(x0a.reshape(-1).astype(np.float64), lower, upper)

    def calls(iteration, x, state="iter"):
        return settings.call_output_fcns(
            x.reshape(shape), lambda: MatlabStruct(
                iteration=float(iteration), funccount=float(counted.count), fval=value(x)),
            state)
    interior = settings.algorithm == "interior-point"
    if interior:
        start = barrier.interior_start(start, lower, upper)
    if settings.output_fcns:
        calls(0, start, "init")
    if interior:
        found = barrier.minimize_result(barrier.barrier_interior_point(
            barrier.BarrierProblem(value, derivative, lower, upper, inequalities,
                                   equalities), start,
            optimality_tolerance=settings.optimality_tolerance,
            constraint_tolerance=settings.constraint_tolerance,
            step_tolerance=settings.step_tolerance,
            max_iterations=settings.max_iterations,
            max_evaluations=settings.max_evaluations, count=lambda: counted.count,
            init_barrier=float(settings.values.get("InitBarrierParam", 0.1)),
            callback=calls if settings.output_fcns else None), counted.count)
    else:
        found = core.sequential_quadratic(
            value, lambda x: derivative(x), start, lower=lower, upper=upper,
            inequalities=inequalities, equalities=equalities,
            optimality_tolerance=settings.optimality_tolerance,
            max_iterations=settings.max_iterations, count=lambda: counted.count,
            callback=calls if settings.output_fcns else None)
    reason = found.reason
    if reason in ("stopped", "maxiter", "maxfun"):
        pass
    elif found.constraint_violation > settings.constraint_tolerance:
        reason = "infeasible"
    elif reason == "step" and found.first_order_optimality <= \
            settings.optimality_tolerance * max(1.0, float(np.max(np.abs(
                derivative(start)), initial=0.0))):
        reason = "gradient"
    flag, message = exit_message(_FMINCON, "fmincon", reason, settings)
    if settings.output_fcns:
        calls(found.iterations, found.x, "done")
    report_exit(settings, flag, message)
    output = MatlabStruct(iterations=float(found.iterations),
                          funcCount=float(counted.count),
                          constrviolation=np.float64(found.constraint_violation),
                          stepsize=np.float64(found.step_size),
                          algorithm="interior-point" if interior else "sqp (SLSQP)",
                          firstorderopt=np.float64(found.first_order_optimality),
                          **({"cgiterations": 0.0} if interior else {}), message=message)
    multipliers = found.multipliers
    n_eq_lin = equality[0].shape[0] if equality is not None else 0
    n_eq_non = sizes.get("ceq", 0)
    n_in_lin = inequality[0].shape[0] if inequality is not None else 0
    eqlin = multipliers[:n_eq_lin]
    eqnonlin = multipliers[n_eq_lin:n_eq_lin + n_eq_non]
    rest = multipliers[n_eq_lin + n_eq_non:]
    low, high = found.bound_multipliers
    lam = MatlabStruct(eqlin=eqlin.reshape(-1, 1), eqnonlin=eqnonlin.reshape(-1, 1),
                       ineqlin=rest[:n_in_lin].reshape(-1, 1),
                       lower=low.reshape(column), upper=high.reshape(column),
                       ineqnonlin=rest[n_in_lin:].reshape(-1, 1))
    hessian = _final_hessian(value, derivative, found, settings) if nargout >= 7 else None
    return FminconResult.first(nargout, found.x.reshape(shape), np.float64(found.fval),
                               np.float64(flag), output, lam,
                               found.gradient.reshape(shape), hessian)


# ------------------------------------------------------------ fminunc 'trust-region'
def _trust_region_options(settings, n):
    """fminunc's trust-region options (fminunc reference page, "trust-region Algorithm"
    options): whether the objective returns the Hessian (HessianFcn 'objective'; legacy
    Hessian 'on'), the HessianMultiplyFcn, the HessPattern (None: dense), MaxPCGIter,
    TolPCG, and the preconditioner's bandwidth (PrecondBandWidth; Inf for
    SubproblemAlgorithm 'factorization')."""
    values = settings.values
    hessian_fcn = values.get("HessianFcn", [])
    if is_empty(hessian_fcn) or hessian_fcn is False or (isinstance(hessian_fcn, str)
                                                         and hessian_fcn.lower() == "off"):
        user_hessian = False
    elif hessian_fcn is True or (isinstance(hessian_fcn, str) and hessian_fcn.lower() in
                                 ("objective", "on", "user-supplied")):
        user_hessian = True
    else:
        raise CompatValueError("Invalid value for OPTIONS parameter HessianFcn: must be "
                               "[] or 'objective'.")
    multiply = values.get("HessianMultiplyFcn", [])
    multiply = None if is_empty(multiply) else multiply
    if multiply is not None and not callable(multiply):
        raise CompatTypeError("HessianMultiplyFcn must be a function handle (a Python "
                              "callable).")
    multiply = by_value(multiply)
    if multiply is not None and user_hessian:
        raise CompatValueError("HessianMultiplyFcn requires HessianFcn to be [] (the "
                               "objective's third output is then the Hinfo of "
                               "HessianMultiplyFcn).")
    pattern = values.get("HessPattern")
    if isinstance(pattern, str) or is_empty(pattern):
        pattern = None
    else:
        pattern = sparse.csc_matrix(sparse.csc_matrix(pattern) != 0, dtype=np.float64)
        if pattern.shape != (n, n):
            raise CompatValueError(f"HessPattern must be {n}-by-{n} (numberOfVariables "
                                   "squared).")
        pattern = sparse.csc_matrix((abs(pattern) + abs(pattern.T) + sparse.eye(n)) != 0,
                                    dtype=np.float64)
    iterations = values.get("MaxPCGIter", "max(1,floor(numberOfVariables/2))")
    if isinstance(iterations, str):
        if iterations.replace(" ", "").lower() != "max(1,floor(numberofvariables/2))":
            raise CompatValueError("Option 'MaxPCGIter' must be an integer value if not "
                                   "the default.")
        iterations = max(1, n // 2)
    else:
        iterations = SolverSettings._count(iterations, "MaxPCGIter", n)
    tolerance = settings._positive(values.get("TolPCG", 0.1), "TolPCG")
    bandwidth = np.asarray(values.get("PrecondBandWidth", 0), dtype=np.float64)
    if bandwidth.size != 1 or not float(bandwidth) >= 0:
        raise CompatValueError("Invalid value for OPTIONS parameter PrecondBandWidth: must "
                               "be a non-negative integer or Inf.")
    bandwidth = float(bandwidth)
    subproblem = values.get("SubproblemAlgorithm", "cg")
    if not isinstance(subproblem, str) or subproblem.lower() not in ("cg",
                                                                     "factorization"):
        raise CompatValueError("Invalid value for OPTIONS parameter SubproblemAlgorithm: "
                               "must be 'cg' or 'factorization'.")
    if subproblem.lower() == "factorization":
        bandwidth = np.inf
    return user_hessian, multiply, pattern, iterations, tolerance, bandwidth


def _fminunc_trust_region(fun, x0a, args, settings, nargout):
    """fminunc with Algorithm 'trust-region' and SpecifyObjectiveGradient (see
    :func:`fminunc` and :mod:`compat._core.subspace_trust_region`)."""
    shape, n = x0a.shape, x0a.size
    user_hessian, multiply, pattern, pcg_iterations, pcg_tolerance, bandwidth = \
        _trust_region_options(settings, n)
    outputs = 3 if (user_hessian or multiply is not None) else 2
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    fun = by_value(fun)
    evaluations = [0]

    def call(x):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            result = fun(x.reshape(shape), *args)
        if not isinstance(result, tuple) or len(result) < outputs:
            what = ("value, gradient and Hessian" if user_hessian else
                    "value, gradient and Hinfo" if multiply is not None else
                    "value and gradient")
            raise CompatValueError(f"With the trust-region algorithm the objective must "
                                   f"return its {what} (a tuple).")
        value = np.asarray(result[0])
        if value.size != 1:
            raise CompatValueError(f"Objective function must return a scalar value (it "
                                   f"returned {value.size} values).")
        if value.dtype.kind == "c":
            raise CompatValueError("Objective function must return real values; fminunc "
                                   "cannot continue with complex values.")
        gradient = np.asarray(result[1], dtype=np.float64).reshape(-1)
        if gradient.size != n:
            raise CompatValueError(f"The gradient must have {n} elements (one per "
                                   f"element of x0), got {gradient.size}.")
        return float(value.reshape(-1)[0]), gradient, (result[2] if outputs == 3 else None)

    def evaluate(x):
        evaluations[0] += 1
        return call(x)

    groups = subspace.column_groups(pattern) if pattern is not None else None

    def hessian_at(x, g, extra):
        if user_hessian:
            matrix = extra if sparse.issparse(extra) else \
                np.asarray(extra, dtype=np.float64)
            if matrix.shape != (n, n):
                got = "-by-".join(map(str, matrix.shape))
                raise CompatValueError(f"The Hessian the objective returns must be "
                                       f"{n}-by-{n}, got {got}.")
            return subspace.HessianOperator(matrix)
        if multiply is not None:
            return subspace.HessianOperator(
                product=lambda v: np.asarray(multiply(extra, v), dtype=np.float64),
                returned=extra)
        # MATLAB's finite differences: the step size factor times sign'(x) (1 at 0)
        # times max(|x|, TypicalX); the gradient evaluations are not counted in
        # funcCount (MATLAB's HessPattern example: 7 iterations, funcCount 8)
        steps = settings.step_factor * np.where(x >= 0, 1.0, -1.0) * \
            np.maximum(np.abs(x), settings.typical_x)
        return subspace.HessianOperator(subspace.finite_difference_hessian(
            lambda z: call(z)[1], x, g, steps, pattern, groups))

    start = x0a.reshape(-1).astype(np.float64)
    f0 = None

    def first_evaluation(x):
        nonlocal f0
        value, gradient, extra = evaluate(x)
        if f0 is None:
            f0 = value
            if not np.isfinite(value):
                raise CompatValueError("Objective function is undefined at initial point. "
                                       "fminunc cannot continue.")
        return value, gradient, extra

    if settings.display == "iter":
        sys.stdout.write("                                Norm of      First-order \n"
                         " Iteration        f(x)          step          optimality   "
                         "CG-iterations\n")

    def callback(state):
        g = state["gradient"]
        if settings.display == "iter":
            optimality = float(np.max(np.abs(g), initial=0.0))
            if state["iteration"] == 0:
                sys.stdout.write(f"{0:6d} {state['fval']:16.6g}{'':29s}"
                                 f"{optimality:12.3g}\n")
            else:
                sys.stdout.write(f"{state['iteration']:6d} {state['fval']:16.6g} "
                                 f"{state['step']:13.6g} {optimality:14.3g}"
                                 f"{state['cg_iterations']:14d}\n")
        return settings.call_output_fcns(
            state["x"].reshape(shape), lambda: MatlabStruct(
                iteration=float(state["iteration"]), funccount=float(evaluations[0]),
                fval=state["fval"], gradient=g.reshape(shape).copy(),
                firstorderopt=float(np.max(np.abs(g), initial=0.0)),
                cgiterations=float(state["cg_iterations"]),
                positivedefinite=float(state["positive_definite"]),
                ratio=float(state["ratio"]), stepsize=float(state["step"]),
                trustregionradius=float(state["radius"])),
            "init" if state["iteration"] == 0 else "iter")

    found = subspace.subspace_trust_region(
        first_evaluation, hessian_at, start,
        optimality_tolerance=settings.optimality_tolerance,
        function_tolerance=settings.function_tolerance,
        step_tolerance=settings.step_tolerance, max_iterations=settings.max_iterations,
        max_evaluations=settings.max_evaluations, max_pcg_iterations=pcg_iterations,
        pcg_tolerance=pcg_tolerance, bandwidth=bandwidth, count=lambda: evaluations[0],
        callback=callback if (settings.output_fcns or settings.display == "iter")
        else None)
    flag, message = exit_message(_FMINUNC, "fminunc", found.reason, settings)
    settings.call_output_fcns(
        found.x.reshape(shape), lambda: MatlabStruct(
            iteration=float(found.iterations), funccount=float(evaluations[0]),
            fval=found.fval, gradient=found.gradient.reshape(shape).copy(),
            firstorderopt=found.first_order_optimality,
            cgiterations=float(found.cg_iterations)), "done")
    report_exit(settings, flag, message)
    output = MatlabStruct(iterations=float(found.iterations),
                          funcCount=float(evaluations[0]),
                          stepsize=np.float64(found.step_size),
                          cgiterations=float(found.cg_iterations),
                          firstorderopt=np.float64(found.first_order_optimality),
                          algorithm="trust-region", message=message)
    hessian = None
    if nargout >= 6:
        operator = found.hessian
        if operator is None:         # stopped at x0: the Hessian there
            _f, _g, extra = call(found.x)
            operator = hessian_at(found.x, found.gradient, extra)
        hessian = operator.matrix
    return FminuncResult.first(nargout, found.x.reshape(shape), np.float64(found.fval),
                               np.float64(flag), output, found.gradient.reshape(shape),
                               hessian)
