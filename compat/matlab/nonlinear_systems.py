"""MATLAB's ``fsolve``: a root of a system of nonlinear equations.

The legacy layer over :mod:`compat._core.nonlinear_systems` (Powell's dogleg trust
region): it reads MATLAB's argument grammar (a function handle as a Python callable,
``x0`` of any shape, an ``optimset`` structure or ``optimoptions('fsolve', ...)``
object read by :class:`compat.matlab._options.SolverSettings`, the ``problem``
structure, extra arguments passed on to the function), prints MATLAB's exit message
for the ``Display`` setting and builds MATLAB's five outputs.
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core import nonlinear_least_squares as lsq
from compat._core import nonlinear_systems as core
from compat._core.args import by_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import EXITS, SolverSettings, exit_message, report_exit

__all__ = ["fsolve"]

_ALGORITHMS = ("trust-region-dogleg",)

_SOLVED = ("Equation solved.\n\nfsolve completed because the vector of function values "
           "is near zero\nas measured by the value of the function tolerance, and\nthe "
           "problem appears regular as measured by the gradient.\n")
_NOT_ZERO = ("No solution found.\n\nfsolve stopped because the problem appears regular as "
             "measured by the gradient,\nbut the vector of function values is not near "
             "zero as measured by the\nvalue of the function tolerance.\n")
#: stop reason of the core (and whether sum(F.^2) is near zero) -> exitflag, message
_MESSAGES = {
    **EXITS,
    ("solved", True): (1.0, _SOLVED),
    ("step", True): (2.0, "Equation solved, solver stalled.\n\nfsolve stopped because the "
                          "relative size of the current step is less than the\nvalue of "
                          "the step size tolerance and the vector of function values\nis "
                          "near zero as measured by the value of the function tolerance.\n"),
    ("solved", False): (-2.0, _NOT_ZERO),
    ("step", False): (-2.0, "No solution found.\n\nfsolve stopped because the relative size "
                            "of the current step is less than the\nvalue of the step size "
                            "tolerance, but the vector of function values is not\nnear zero "
                            "as measured by the value of the function tolerance.\n"),
    "radius": (-3.0, "No solution found.\n\nfsolve stopped because the trust-region radius "
                     "became too small.\n"),
}


class FsolveResult(Result):
    """``[x, fval, exitflag, output, jacobian] = fsolve(...)``."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.ndarray
    exitflag: np.float64
    output: MatlabStruct
    jacobian: np.ndarray


def _values(value, label):
    arr = np.asarray(value)
    if arr.dtype.kind == "c":
        raise CompatValueError(f"{label} must return real values; fsolve cannot continue "
                               "with complex values.")
    if arr.dtype.kind not in "biuf":
        raise CompatTypeError(f"{label} must return numeric values, got {arr.dtype}")
    return arr.astype(np.float64)


@matlab_function("fsolve", nargout=5)
def fsolve(fun, x0=None, options=None, *args, nargout=1):
    """Solve a system of nonlinear equations ``F(x) = 0``, as MATLAB's ``fsolve``.

    MATLAB call forms::

        x = fsolve(fun, x0)                    ->  x = fsolve(fun, x0)
        x = fsolve(fun, x0, options)           ->  fsolve(fun, x0, optimset('Display', 'off'))
        x = fsolve(problem)                    ->  fsolve({'objective': f, 'x0': x0,
                                                           'options': opts})
        [x, fval, exitflag, output, jacobian] = fsolve(___)
                                               ->  fsolve(fun, x0, opts, nargout=5)
        x = fsolve(fun, x0, options, p1, p2)   ->  fsolve(fun, x0, opts, p1, p2)
                                                   (fun(x, p1, p2): MATLAB's old form)

    ``fun(x)`` gets ``x`` in ``x0``'s shape (a copy: MATLAB passes by value) and
    returns the array ``F``; with ``SpecifyObjectiveGradient`` (legacy ``Jacobian
    'on'``) it returns ``(F, J)``, J numel(F)-by-numel(x). ``options`` is an
    ``optimset`` structure or an ``optimoptions('fsolve', ...)`` object.

    The algorithm is MATLAB's default, 'trust-region-dogleg' (Powell's dogleg method,
    :mod:`compat._core.nonlinear_systems`): the Gauss-Newton step ``-J\\F`` inside the
    trust region, else the dogleg path through the Cauchy step. MATLAB's defaults:
    FunctionTolerance, StepTolerance and OptimalityTolerance 1e-6, MaxIterations 400,
    MaxFunctionEvaluations ``100*numberOfVariables``, Display 'final'. Without
    SpecifyObjectiveGradient the Jacobian is MATLAB's forward difference (steps
    ``sqrt(eps)*sign'(x)*max(|x|, TypicalX)``; FiniteDifferenceType 'central' and
    FiniteDifferenceStepSize as documented), counted in ``funcCount``. A system with
    more or fewer equations than unknowns is solved in the least-squares sense (MATLAB
    switches such systems to 'levenberg-marquardt'). The algorithms 'trust-region' and
    'levenberg-marquardt' are not implemented (an error says so).

    The solve is not MATLAB's code step for step: ``x`` agrees with MATLAB's (and GNU
    Octave's, whose fsolve is another dogleg implementation) to the tolerances, while
    ``iterations``, ``funcCount`` and the exact exit message may differ. ``exitflag``
    follows MATLAB's table: 1 solved (first-order optimality ``norm(J'*F, Inf)`` below
    OptimalityTolerance and ``sum(F.^2)`` at most ``sqrt(FunctionTolerance)``), 2 the
    step below StepTolerance with F near zero (3, MATLAB's change of the residual below
    FunctionTolerance, belongs to its other algorithms), 0 MaxIterations or MaxFunctionEvaluations, -1 an
    OutputFcn stopped it, -2 stopped where F is not near zero (a local minimum of
    ``sum(F.^2)``: ``fsolve(@(x) x^2 + 1, 10)``), -3 the trust region became too small.

    Differences from the naive call: ``scipy.optimize.fsolve`` is MINPACK's hybrd
    (another Powell hybrid method) with ``xtol=1.49e-8``, returns ``x`` flattened to
    1-D and no exitflag in MATLAB's coding; ``scipy.optimize.root(method='hybr')`` the
    same. Here ``x`` keeps ``x0``'s shape, ``fval`` F's shape.

    Sources: MathWorks' fsolve reference page (call forms, outputs, the exitflag table,
    the options and defaults), its "Equation Solving Algorithms" page (the dogleg
    method) and the MATLAB Answers thread 1997373 (MATLAB R2022b printing the -2 exit
    message for ``fsolve(@(x) x^2+1, 10)``); M. J. D. Powell (1970); Nocedal and Wright,
    *Numerical Optimization*, 2nd ed., Algorithm 4.1 and section 11.2. Checked against
    GNU Octave 7.3's fsolve (golden suite matlab/fsolve).

    Parameters
    ----------
    fun : callable or dict
        ``F = fun(x, *args)``; or the problem structure (``objective``, ``x0``,
        ``options``).
    x0 : scalar or array_like
        Start point (real, finite, not empty); its shape is ``x``'s.
    options : optimset structure, optimoptions object or None
    *args
        Passed on to ``fun`` after ``x``.
    nargout : int, default 1

    Returns
    -------
    x : ndarray or float
        The solution, in ``x0``'s shape.
    fval : ndarray (``nargout >= 2``)
        ``F(x)``, in the shape ``fun`` returns.
    exitflag : float (``nargout >= 3``)
    output : MatlabStruct (``nargout >= 4``)
        ``iterations``, ``funcCount``, ``algorithm``, ``firstorderopt``, ``message``.
    jacobian : ndarray (``nargout == 5``)
        The Jacobian at ``x`` (numel(F)-by-numel(x)).

    Raises
    ------
    CompatValueError
        No ``x0``, an empty or non-finite ``x0``, F undefined at ``x0``, complex F,
        a bad option.
    CompatTypeError
        ``fun`` not callable.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> def root2d(x):
    ...     return [np.exp(-np.exp(-(x[0] + x[1]))) - x[1] * (1 + x[0] ** 2),
    ...             x[0] * np.cos(x[1]) + x[1] * np.sin(x[0]) - 0.5]
    >>> opts = matlab.optimset('Display', 'off')
    >>> x = matlab.fsolve(root2d, [0.0, 0.0], opts)
    >>> np.round(x, 4)
    array([0.3532, 0.6061])
    >>> x, fval, exitflag = matlab.fsolve(lambda x: x ** 3 - 8, 1.0, opts, nargout=3)
    >>> round(float(x), 10), exitflag
    (2.0, np.float64(1.0))
    """
    if x0 is None and isinstance(fun, dict):
        fun, x0, options = (fun.get(k) for k in ("objective", "x0", "options"))
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    if x0 is None:
        raise CompatValueError("Not enough input arguments: a start point x0 is needed.")
    fun = by_value(fun)                  # MATLAB passes x by value
    x0a = matlab_array(x0, "x0", complex_ok=False, to_float=True)
    if x0a.size == 0:
        raise CompatValueError("x0 must not be empty.")
    if not np.all(np.isfinite(x0a)):
        raise CompatValueError("x0 must be finite.")
    shape, n = x0a.shape, x0a.size
    settings = SolverSettings("fsolve", options, n, _ALGORITHMS)
    out_shape = []
    gradients = {}

    def residual(x):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            value = fun(x.reshape(shape)[()] if not shape else x.reshape(shape), *args)
        if settings.gradient:
            if not isinstance(value, tuple) or len(value) < 2:
                raise CompatValueError("With SpecifyObjectiveGradient the function must "
                                       "return F and its Jacobian J (a tuple).")
            value, jac = value[0], value[1]
            gradients.clear()
            gradients[x.tobytes()] = _values(jac, "The Jacobian").reshape(-1, n)
        arr = _values(value, "FUN")
        if not out_shape:
            out_shape.append(arr.shape)
        return arr.reshape(-1)

    counted = lsq.CountedFunction(residual)
    start = x0a.reshape(-1).astype(np.float64)
    f0 = counted(start)
    if not np.all(np.isfinite(f0)):
        raise CompatValueError("Objective function is returning undefined values at "
                               "initial point. FSOLVE cannot continue.")

    def jacobian(x, fx):
        if settings.gradient:
            counted(x)
            jac = gradients.get(x.tobytes())
            if jac is None or jac.shape[0] != fx.size:
                raise CompatValueError(f"The Jacobian must be {fx.size}-by-{n}.")
            return jac
        return lsq.finite_difference_jacobian(
            counted, x, fx, step_factor=settings.step_factor,
            typical_x=settings.typical_x, central=settings.central)

    callback = _callback(settings, shape, counted) if (
        settings.display == "iter" or settings.output_fcns) else None
    found = core.dogleg_solve(
        counted, jacobian, start, function_tolerance=settings.function_tolerance,
        step_tolerance=settings.step_tolerance,
        optimality_tolerance=settings.optimality_tolerance,
        max_iterations=settings.max_iterations, max_evaluations=settings.max_evaluations,
        count=lambda: counted.count, callback=callback)
    key = found.reason if found.reason in ("maxiter", "maxfun", "stopped", "radius") \
        else (found.reason, found.near_zero)
    flag, message = exit_message(_MESSAGES, "fsolve", key, settings)
    if settings.output_fcns:
        fx = found.fx
        final = MatlabStruct(iteration=float(found.iterations),
                             funccount=float(counted.count), fval=fx.copy(),
                             firstorderopt=found.first_order_optimality,
                             stepsize=found.step_size)
        settings.call_output_fcns(found.x.reshape(shape), lambda: final, "done")
    report_exit(settings, flag, message)
    output = MatlabStruct(iterations=float(found.iterations),
                          funcCount=float(counted.count), algorithm="trust-region-dogleg",
                          firstorderopt=np.float64(found.first_order_optimality),
                          message=message)
    x = found.x.reshape(shape)
    x = x[()] if x.ndim == 0 else x
    fval = found.fx.reshape(out_shape[0])
    fval = fval[()] if fval.ndim == 0 else fval
    return FsolveResult.first(nargout, x, fval, np.float64(flag), output, found.jacobian)


def _callback(settings, shape, counted):
    """Display 'iter' lines (iteration, function evaluations, ``sum(F.^2)``, norm of
    the step, first-order optimality) and OutputFcn calls at each iteration."""
    if settings.display == "iter":
        sys.stdout.write("\n                                         Norm of      First-order "
                         "\n Iteration  Func-count     f(x)          step          "
                         "optimality\n")
    previous = []

    def call(iteration, x, fx, jac):
        step = float(np.linalg.norm(x - previous[-1])) if previous else None
        previous[:] = [x.copy()]
        optimality = float(np.max(np.abs(jac.T @ fx), initial=0.0))
        value = float(fx @ fx)
        if settings.display == "iter":
            shown = "" if step is None else f"{step:13.6g}"
            sys.stdout.write(f"{iteration:6d} {counted.count:10d} {value:16.6g} "
                             f"{shown:>13s} {optimality:14.3g}\n")
        return settings.call_output_fcns(
            x.reshape(shape), lambda: MatlabStruct(
                iteration=float(iteration), funccount=float(counted.count),
                fval=fx.copy(), firstorderopt=optimality,
                stepsize=np.zeros((0, 0)) if step is None else step),
            "init" if iteration == 0 else "iter")
    return call
