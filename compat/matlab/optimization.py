"""MATLAB's optimisation functions: ``fminsearch``, ``fzero``, ``fminbnd``, ``optimset``,
``optimget``.

The legacy layer of the family over :mod:`compat._core.optimization`: it reads MATLAB's
argument grammar (function handles as Python callables, ``x0`` of any shape, the options
structure of ``optimset``, extra arguments passed on to the function, the ``problem``
structure), prints what MATLAB prints for each ``Display`` setting, calls ``OutputFcn``
with MATLAB's ``optimValues`` and builds MATLAB's ``exitflag`` and ``output``.
"""

from __future__ import annotations

import math
import sys

import numpy as np

from compat._core import optimization as core
from compat._core.args import by_value, on_off_word
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat.matlab._options import OPTION_NAMES, as_options as _as_options
from compat.matlab._options import SOLVER_DEFAULTS, OptimOptions
from compat.matlab._options import is_empty as _is_empty
from compat.matlab._options import option_name as _match
from compat.matlab._options import output_functions, positive_option
from compat._core.struct import MatlabStruct

__all__ = ["fminsearch", "fzero", "fminbnd", "optimset", "optimget", "optimoptions"]

_DEFAULTS = {
    "fminsearch": {"Display": "notify", "FunValCheck": "off",
                   "MaxFunEvals": "200*numberofvariables",
                   "MaxIter": "200*numberofvariables", "TolFun": 1e-4, "TolX": 1e-4},
    "fzero": {"Display": "notify", "FunValCheck": "off", "TolX": float(np.finfo(float).eps)},
    "fminbnd": {"Display": "notify", "FunValCheck": "off", "MaxFunEvals": 500,
                "MaxIter": 500, "TolX": 1e-4},
    "lsqnonneg": {"Display": "notify", "TolX": "10*eps*norm(C,1)*length(C)"},
}

_DOCS = Fragments(
    options="""options : MatlabStruct or dict, optional
    From :func:`optimset` (``[]``/None for the defaults). Display ('notify' default:
    print only when not converged; 'off'/'none', 'iter', 'final'), FunValCheck ('on':
    stop with an error on a complex, Inf or NaN value), OutputFcn (a callable ``stop =
    f(x, optimValues, state)``, or a list of them; ``state`` is 'init', 'iter', 'done';
    returning True stops with exitflag -1), and the tolerances and limits below.""",
    display="""MATLAB prints its messages on the standard output (``Display``); so does compat,
with MATLAB's text.""",
)


def _empty():
    return np.zeros((0, 0))


@matlab_function("optimset")
def optimset(*args, **kwargs):
    """Create or modify an optimisation options structure, as MATLAB's ``optimset``.

    MATLAB call forms::

        options = optimset('Name', value, ...)        ->  optimset('TolX', 1e-8)
        options = optimset(oldopts, 'Name', value)    ->  optimset(opts, 'Display', 'iter')
        options = optimset(oldopts, newopts)          ->  optimset(opts, other)
        options = optimset                            ->  optimset()  (every field [])
        options = optimset('fminsearch')              ->  the solver's defaults

    Names are matched as MATLAB's optimset documents: case ignored, and any leading part
    that names one option is enough (``'tolx'``, ``'Disp'``). The structure has MATLAB's
    options without a toolbox, in MATLAB's order (Display, FunValCheck, MaxFunEvals,
    MaxIter, OutputFcn, PlotFcns, TolFun, TolX), ``[]`` (an empty 0x0 array) where unset;
    a later empty value does not override an earlier one. ``Name=value`` keywords are
    taken too.

    Examples
    --------
    >>> from compat import matlab
    >>> opts = matlab.optimset('tolx', 1e-8, 'Disp', 'off')
    >>> opts.TolX, opts.Display
    (1e-08, 'off')
    >>> matlab.optimset('fminsearch').MaxIter
    '200*numberofvariables'
    """
    values = {name: _empty() for name in OPTION_NAMES}
    rest = list(args)
    if len(rest) == 1 and isinstance(rest[0], str) and not kwargs:
        solver = rest[0].lower()
        if solver in _DEFAULTS:
            values.update(_DEFAULTS[solver])
            return MatlabStruct(values)
    while rest and isinstance(rest[0], dict):
        for name, value in rest.pop(0).items():
            if not _is_empty(value):
                values[_match(name)] = value
    if rest and isinstance(rest[0], dict):
        raise CompatValueError("option structures must come before the name-value pairs")
    if len(rest) % 2:
        raise CompatValueError(f"Arguments must occur in name-value pairs ('{rest[-1]}' "
                               "has no value).")
    pairs = list(zip(rest[::2], rest[1::2])) + list(kwargs.items())
    for name, value in pairs:
        values[_match(name)] = value
    return MatlabStruct(values)


@matlab_function("optimget")
def optimget(options, name, default=None):
    """Read one option of an optimset structure, as MATLAB's ``optimget``.

    MATLAB call forms::

        val = optimget(options, 'Name')               ->  optimget(opts, 'TolX')
        val = optimget(options, 'Name', default)      ->  optimget(opts, 'TolX', 1e-4)

    The name is matched as :func:`optimset` matches it; an unset ([]) option gives
    ``default`` ([] when not given).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.optimget(matlab.optimset('TolX', 1e-6), 'tolx')
    1e-06
    >>> matlab.optimget(matlab.optimset(), 'TolFun', 1e-4)
    0.0001
    """
    opts = _as_options(options)
    key = _match(name)
    value = None
    for field, v in opts.items():
        if isinstance(field, str) and field.lower() == key.lower():
            value = v
    if _is_empty(value):
        return _empty() if default is None else default
    return value


@matlab_function("optimoptions")
def optimoptions(solver, *args, **kwargs):
    """Create or modify the options of an Optimization Toolbox solver, as MATLAB's
    ``optimoptions``.

    MATLAB call forms::

        options = optimoptions(SolverName)            ->  optimoptions('lsqnonlin')
        options = optimoptions(@solver, 'Name', v)    ->  optimoptions(matlab.fminunc,
                                                                       'Display', 'off')
        options = optimoptions(oldoptions, 'Name', v) ->  optimoptions(opts, 'TolX', 1e-8)
        options = optimoptions(SolverName, oldoptions)  (an optimset structure or another
                                                        solver's options: the options the
                                                        new solver has are copied)
        options.Display = 'iter'                      ->  options.Display = 'iter'

    The solvers are lsqnonlin, lsqcurvefit, fminunc, fmincon and fsolve. Names are the current
    ones (StepTolerance, MaxIterations, SpecifyObjectiveGradient...) or the legacy
    ``optimset`` ones, mapped as MATLAB's table "Current and Legacy Option Names" maps
    them (TolX -> StepTolerance, TolFun -> FunctionTolerance and OptimalityTolerance,
    MaxFunEvals -> MaxFunctionEvaluations, GradObj/Jacobian 'on' ->
    SpecifyObjectiveGradient true...), case ignored; a name the solver does not have is
    an error. The result is a dict of the options set, by their current names, so it
    can be passed wherever an ``optimset`` structure is (``fminsearch`` reads
    StepTolerance as TolX); reading an unset option as an attribute gives the solver's
    default.

    Examples
    --------
    >>> from compat import matlab
    >>> opts = matlab.optimoptions('lsqnonlin', 'Algorithm', 'levenberg-marquardt',
    ...                            'TolX', 1e-8)
    >>> opts.StepTolerance, opts.MaxIterations, opts.SolverName
    (1e-08, 400, 'lsqnonlin')
    >>> dict(matlab.optimoptions('fminunc', 'GradObj', 'on'))
    {'SpecifyObjectiveGradient': True}
    """
    rest = list(args)
    if isinstance(solver, OptimOptions):
        name, values = solver.SolverName, dict(solver)
    else:
        name = getattr(solver, "__legacy_name__", None) or getattr(solver, "__name__",
                                                                   solver)
        if not isinstance(name, str) or name.lower() not in SOLVER_DEFAULTS:
            raise CompatValueError(f"Invalid solver specified: {solver!r}. optimoptions "
                                   f"knows {', '.join(SOLVER_DEFAULTS)} (the other solvers "
                                   "take optimset structures).")
        name, values = name.lower(), {}
        if rest and isinstance(rest[0], dict):
            defaults = SOLVER_DEFAULTS[name]
            source = rest.pop(0)
            items = source.items() if isinstance(source, OptimOptions) else \
                ((k, v) for k, v in source.items() if not _is_empty(v))
            for key, value in items:
                trial = OptimOptions(name, defaults)
                try:
                    trial[key] = value
                except CompatValueError:
                    continue                    # an option this solver does not have
                values.update(trial)
    if len(rest) % 2:
        raise CompatValueError(f"Arguments must occur in name-value pairs ('{rest[-1]}' "
                               "has no value).")
    result = OptimOptions(name, SOLVER_DEFAULTS[name], values)
    for key, value in list(zip(rest[::2], rest[1::2])) + list(kwargs.items()):
        result[key] = value
    return result


# ---------------------------------------------------------------- shared option reading
class _Settings:
    def __init__(self, function: str, options, n: int | None = None):
        merged = dict(_DEFAULTS[function])
        for name, value in _as_options(options).items():
            if not _is_empty(value):
                merged[_match(name)] = value
        self.function = function
        display = merged.get("Display", "notify")
        if not isinstance(display, str) or display.lower() not in (
                "off", "none", "iter", "iter-detailed", "notify", "notify-detailed",
                "final", "final-detailed"):
            raise CompatValueError(f"Invalid value for OPTIONS parameter Display: "
                                   f"{display!r}")
        self.display = display.lower().replace("-detailed", "")
        if self.display == "none":
            self.display = "off"
        self.tol_x = self._positive(merged.get("TolX"), "TolX")
        self.tol_fun = self._positive(merged.get("TolFun", 1e-4), "TolFun")
        self.max_fun = self._limit(merged.get("MaxFunEvals", math.inf), "MaxFunEvals", n)
        self.max_iter = self._limit(merged.get("MaxIter", math.inf), "MaxIter", n)
        self.fun_val_check = on_off_word(merged.get("FunValCheck", "off"))
        if self.fun_val_check is None:
            raise CompatValueError("Invalid value for OPTIONS parameter FunValCheck: must "
                                   "be 'on' or 'off'")
        self.output_fcns = output_functions(merged.get("OutputFcn"))

    @staticmethod
    def _positive(value, name):
        return positive_option(value, name, period=False)

    @staticmethod
    def _limit(value, name, n):
        if isinstance(value, str):
            if n is not None and value.lower().replace(" ", "") == "200*numberofvariables":
                return 200 * n
            raise CompatValueError(f"Option '{name}' must be an integer value if not the "
                                   "default.")
        return positive_option(value, name, period=False)


def _objective(function: str, fun, extra, settings, shape_scalar=False):
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable)")
    fun = by_value(fun)                  # MATLAB passes x by value
    label = function.upper()

    def call(x):
        if isinstance(x, float):
            x = np.float64(x)            # IEEE overflow to Inf, as in MATLAB
        with np.errstate(over="ignore", divide="ignore", invalid="ignore"):
            value = fun(x, *extra)
        arr = np.asarray(value)
        if arr.size != 1:
            raise CompatValueError(f"FUN must return a scalar value (it returned "
                                   f"{arr.size} values).")
        if settings.fun_val_check:
            scalar = arr.reshape(-1)[0]
            if np.iscomplexobj(arr) and scalar.imag != 0:
                raise CompatValueError(f"User function returned a complex value when "
                                       f"evaluated; {label} cannot continue.")
            if np.isnan(scalar):
                raise CompatValueError(f"User function returned NaN when evaluated; "
                                       f"{label} cannot continue.")
            if np.isinf(scalar):
                raise CompatValueError(f"User function returned Inf or -Inf when "
                                       f"evaluated; {label} cannot continue.")
        if arr.dtype.kind == "c":
            raise CompatValueError(f"FUN must return a real value; {label} cannot "
                                   "continue with complex values.")
        return float(arr.reshape(-1)[0])
    return call


def _say(text: str) -> None:
    sys.stdout.write(text)


# --------------------------------------------------------------------------- fminsearch
class FminsearchResult(Result):
    """``[x, fval, exitflag, output] = fminsearch(...)``."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct


_HEADER = "\n Iteration   Func-count     min f(x)         Procedure\n"


def _g(value: float) -> str:
    """MATLAB's %12.6g."""
    return f"{value:12.6g}"


@matlab_function("fminsearch", nargout=4)
@_DOCS.fill
def fminsearch(fun, x0=None, options=None, *args, nargout=1):
    """Unconstrained minimisation by the Nelder-Mead simplex, as MATLAB's ``fminsearch``
    -- the same iterates, function-evaluation counts and stopping point.

    MATLAB call forms::

        x = fminsearch(fun, x0)                    ->  x = fminsearch(fun, x0)
        x = fminsearch(fun, x0, options)           ->  fminsearch(fun, x0, optimset(...))
        x = fminsearch(problem)                    ->  fminsearch({'objective': f,
                                                                   'x0': x0,
                                                                   'solver': 'fminsearch'})
        [x, fval, exitflag, output] = fminsearch(___)
                                                   ->  fminsearch(fun, x0, nargout=4)
        x = fminsearch(fun, x0, options, p1, p2)   ->  fun(x, p1, p2) (old extra arguments)

    MATLAB's algorithm ("fminsearch Algorithm"; Lagarias et al. 1998) step for step: the
    initial simplex is ``x0`` and ``x0`` with each component in turn increased by 5%
    (0.00025 for a zero component); each iteration reflects the worst vertex through the
    centroid of the others (coefficient 1), expands (2) when the reflection is the best
    point so far, contracts outside or inside (0.5) when it is not better than the
    second worst, and shrinks toward the best vertex (0.5) when the contraction fails;
    the vertices are then sorted by value (stable). The search stops when both
    ``max|f(v_i) - f(v_1)| <= max(TolFun, 10*eps(f(v_1)))`` and ``max|v_i - v_1| <=
    max(TolX, 10*eps(max(v_1)))``, or at MaxIter iterations or MaxFunEvals evaluations
    (checked before each iteration, so the last one may exceed it). Defaults: TolX and
    TolFun 1e-4, MaxIter and MaxFunEvals ``200*numel(x0)``.

    Parameters
    ----------
    fun : callable
        ``fun(x)`` (or ``fun(x, *args)``) returning a real scalar; ``x`` has ``x0``'s
        shape.
    x0 : array_like
        Start point, any shape.
    {{options}}

    Returns
    -------
    x : ndarray
        The best vertex, shaped like ``x0``.
    fval : float (``nargout >= 2``)
    exitflag : float (``nargout >= 3``)
        1 converged, 0 MaxIter or MaxFunEvals reached, -1 stopped by an OutputFcn.
    output : MatlabStruct (``nargout == 4``)
        ``iterations``, ``funcCount``, ``algorithm`` ('Nelder-Mead simplex direct
        search'), ``message``.

    Notes
    -----
    {{display}} ``scipy.optimize.minimize(method='Nelder-Mead')`` builds its initial
    simplex differently (5% steps but 0.00025 only for exact zeros is the same; the
    stopping rule, the absolute/relative tolerances ``xatol``/``fatol`` and the shrink
    bookkeeping differ), so it stops at another point after another number of
    evaluations. GNU Octave's fminsearch is Higham's ``nmsmax`` (another simplex and
    stopping rule): it also stops elsewhere.

    Sources: MATLAB documentation "fminsearch Algorithm" and ``fminsearch`` (options,
    outputs, messages); Lagarias, Reeds, Wright and Wright, SIAM J. Optim. 9 (1998).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> fun = lambda x: 100 * (x[1] - x[0] ** 2) ** 2 + (1 - x[0]) ** 2
    >>> x, fval = matlab.fminsearch(fun, np.array([-1.2, 1.0]), nargout=2)
    >>> x.round(4), f"{fval:.5e}"        # MATLAB's documentation: fval 8.17766e-10
    (array([1., 1.]), '8.17766e-10')
    """
    if isinstance(fun, dict) and x0 is None:
        problem = fun
        fun = problem.get("objective")
        x0 = problem.get("x0")
        options = problem.get("options")
    if x0 is None:
        raise CompatValueError("fminsearch needs a start point x0")
    x0a = matlab_array(x0, "x0", complex_ok=False, to_float=True)
    if x0a.size == 0:
        raise CompatValueError("x0 must not be empty")
    if not np.all(np.isfinite(x0a)):
        raise CompatValueError("x0 must be finite")
    n = x0a.size
    settings = _Settings("fminsearch", options, n)
    f = _objective("fminsearch", fun, args, settings)
    shape = x0a.shape
    stopped = False

    def callback(state, step, x):
        nonlocal stopped
        if settings.display == "iter" and state != "done":
            if step.iteration == 0:
                _say(_HEADER)
            _say(f" {step.iteration:5.0f}        {step.func_count:5.0f}     "
                 f"{_g(step.value)}         {step.procedure}\n")
        stop = False
        if settings.output_fcns:
            values = MatlabStruct(iteration=float(step.iteration),
                                  funccount=float(step.func_count),
                                  fval=float(step.value), procedure=step.procedure)
            for output_fcn in settings.output_fcns:
                answer = output_fcn(np.asarray(x).reshape(shape).copy(), values, state)
                stop = stop or bool(answer)
        if stop and state != "done":
            stopped = True
            return True
        return False

    try:
        result = core.nelder_mead(f, x0a.astype(np.float64), tol_x=settings.tol_x,
                                  tol_fun=settings.tol_fun,
                                  max_iter=int(min(settings.max_iter, 2 ** 62)),
                                  max_fun_evals=int(min(settings.max_fun, 2 ** 62)),
                                  callback=callback)
    except core._ObjectiveError as error:
        raise CompatValueError(str(error)) from None
    x = result.x.reshape(shape)
    if result.reason == "stopped" or stopped:
        exitflag, message = -1.0, "Optimization terminated prematurely by user.\n"
    elif result.reason == "maxfun":
        exitflag = 0.0
        message = ("Exiting: Maximum number of function evaluations has been exceeded\n"
                   "         - increase MaxFunEvals option.\n"
                   f"         Current function value: {result.fval:f} \n")
    elif result.reason == "maxiter":
        exitflag = 0.0
        message = ("Exiting: Maximum number of iterations has been exceeded\n"
                   "         - increase MaxIter option.\n"
                   f"         Current function value: {result.fval:f} \n")
    else:
        exitflag = 1.0
        message = ("Optimization terminated:\n the current x satisfies the termination "
                   f"criteria using OPTIONS.TolX of {settings.tol_x:e} \n and F(X) "
                   "satisfies the convergence criteria using OPTIONS.TolFun of "
                   f"{settings.tol_fun:e} \n")
    if settings.display in ("iter", "final") or (settings.display == "notify" and
                                                 exitflag == 0):
        _say("\n" + message if exitflag == 1 else message)
    output = MatlabStruct(iterations=float(result.iterations),
                          funcCount=float(result.func_count),
                          algorithm="Nelder-Mead simplex direct search", message=message)
    return FminsearchResult.first(nargout, x, np.float64(result.fval), np.float64(exitflag),
                                  output)


# ------------------------------------------------------------------------------ fzero
class FzeroResult(Result):
    """``[x, fval, exitflag, output] = fzero(...)``."""

    request_style = "nargout"
    x: np.float64
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct


@matlab_function("fzero", nargout=4)
@_DOCS.fill
def fzero(fun, x0=None, options=None, *args, nargout=1):
    """A zero of a function of one variable, as MATLAB's ``fzero``.

    MATLAB call forms::

        x = fzero(fun, x0)                         ->  x = fzero(fun, 3)
        x = fzero(fun, [a b])                      ->  x = fzero(fun, [1, 2])
        x = fzero(fun, x0, options)                ->  fzero(fun, x0, optimset('TolX', 1e-3))
        [x, fval, exitflag, output] = fzero(___)   ->  fzero(fun, x0, nargout=4)

    MATLAB's algorithm: from a scalar ``x0`` it first looks for a sign change, trying
    ``x0 - dx`` then ``x0 + dx`` with ``dx = x0/50`` (1/50 for ``x0 = 0``) growing by
    sqrt(2) each time; from an interval the function values at its ends must differ in
    sign. Then the Dekker-Brent iteration (bisection, secant or inverse quadratic
    interpolation, each interpolation accepted only inside the bracket's safe range),
    until the bracket is within ``2*TolX*max(|b|, 1)`` (TolX = eps by default).

    Parameters
    ----------
    fun : callable
        ``fun(x)`` (or ``fun(x, *args)``) of a real scalar, returning a real scalar.
    x0 : scalar or 2-element interval
    {{options}}

    Returns
    -------
    x : float
        The zero (NaN when no sign change was found).
    fval : float (``nargout >= 2``)
    exitflag : float (``nargout >= 3``)
        1 converged; -3 NaN or Inf met while searching for an interval; -5 possibly a
        singular point (|fval| grew beyond the bracket's values); -6 no sign change found.
    output : MatlabStruct (``nargout == 4``)
        ``intervaliterations``, ``iterations``, ``funcCount``, ``algorithm``
        ('bisection, interpolation'), ``message``.

    Raises
    ------
    ValueError
        "The function values at the interval endpoints must differ in sign."

    Notes
    -----
    {{display}} ``scipy.optimize.brentq`` needs the bracket (no search from a point) and
    uses other tolerances (``xtol=2e-12``, ``rtol=8.9e-16``), so the last digits of
    the zero differ. GNU Octave's fzero is another bracketing method (Alefeld, Potra and
    Shi): the same zero to its tolerance, other iteration counts.

    Sources: MATLAB documentation of ``fzero`` ("The algorithm, created by T. Dekker, uses
    a combination of bisection, secant, and inverse quadratic interpolation methods";
    Forsythe, Malcolm and Moler, *Computer Methods for Mathematical Computations*;
    exitflag values, output fields).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> round(float(matlab.fzero(np.sin, 3)), 4)        # MATLAB documentation: 3.1416
    3.1416
    >>> round(float(matlab.fzero(np.cos, [1, 2])), 4)   # 1.5708
    1.5708
    """
    if isinstance(fun, dict) and x0 is None:
        problem = fun
        fun = problem.get("objective")
        x0 = problem.get("x0")
        options = problem.get("options")
    settings = _Settings("fzero", options)
    f = _objective("fzero", fun, args, settings)
    x0a = matlab_array(x0, "x0", complex_ok=False, to_float=True).reshape(-1)
    if x0a.size not in (1, 2):
        raise CompatValueError("Second argument must be a scalar or vector of length 2.")
    if not np.all(np.isfinite(x0a)):
        raise CompatValueError("Second argument must be finite.")
    if x0a.size == 2:
        fa, fb = f(float(x0a[0])), f(float(x0a[1]))
        if not (math.isfinite(fa) and math.isfinite(fb)):
            raise CompatValueError("Function values at interval endpoints must be finite "
                                   "and real.")
        if (fa > 0) == (fb > 0) and fa != 0 and fb != 0:
            raise CompatValueError("The function values at the interval endpoints must "
                                   "differ in sign.")
    try:
        result = core.brent_zero(f, x0a, tol_x=settings.tol_x,
                                 max_fun_evals=settings.max_fun, max_iter=settings.max_iter)
    except core._ObjectiveError as error:
        raise CompatValueError(str(error)) from None
    a, b = result.bracket
    if settings.display == "iter":
        _fzero_iterations(x0a, result)
    if result.reason == "converged":
        exitflag = 1.0
        message = f"Zero found in the interval [{_short_g(min(a, b))}, {_short_g(max(a, b))}]"
    elif result.reason == "singular":
        exitflag = -5.0
        message = ("Current point x may be near a singular point. The interval "
                   f"[{_short_g(min(a, b))}, {_short_g(max(a, b))}] reduced to the requested "
                   "tolerance and the function changes sign in the interval,\nbut f(x) "
                   "increased in magnitude as the interval reduced.")
    elif result.reason in ("interval not found", "nonfinite start"):
        exitflag = -3.0
        message = ("Exiting fzero: aborting search for an interval containing a sign "
                   "change\n    because NaN or Inf function value encountered during "
                   "search.")
    elif result.reason in ("maxfun", "maxiter"):
        exitflag = 0.0
        message = ("Exiting fzero: aborting search for an interval containing a sign "
                   "change\n    because maximum function evaluations reached."
                   if result.iterations == 0 else
                   "Maximum number of function evaluations reached.")
    else:
        exitflag = -6.0
        message = "fzero did not detect a sign change."
    if settings.display in ("iter", "final") or (settings.display == "notify" and
                                                 exitflag != 1):
        _say(f"\n{message}\n")
    output = MatlabStruct(intervaliterations=float(result.interval_iterations),
                          iterations=float(result.iterations),
                          funcCount=float(result.func_count),
                          algorithm="bisection, interpolation", message=message)
    return FzeroResult.first(nargout, np.float64(result.x), np.float64(result.fval),
                             np.float64(exitflag), output)


def _short_g(value: float) -> str:
    return f"{value:g}"


def _fzero_iterations(x0, result) -> None:
    """MATLAB's Display 'iter' of fzero: the interval search, then the zero search."""
    if x0.size == 1:
        _say(f"\nSearch for an interval around {_short_g(x0[0])} containing a sign "
             "change:\n")
        _say(" Func-count    a          f(a)             b          f(b)        "
             "Procedure\n")
        for k, (kind, count, a, fa, b, fb) in enumerate(result.steps[:1 + result.
                                                                      interval_iterations * 2]):
            if not isinstance(kind, str) or kind not in ("initial", "search"):
                break
            label = "initial interval" if kind == "initial" else "search"
            _say(f"{count:5.0f}   {a:13.6g} {fa:13.6g} {b:13.6g} {fb:13.6g}   {label}\n")
        lo, hi = result.bracket
        _say(f"\nSearch for a zero in the interval [{_short_g(min(lo, hi))}, "
             f"{_short_g(max(lo, hi))}]:\n")
    _say(" Func-count    x          f(x)             Procedure\n")
    for count, b, fb, procedure in result.display:
        _say(f"{count:5.0f}   {b:13.6g} {fb:13.6g}        {procedure}\n")


# ----------------------------------------------------------------------------- fminbnd
class FminbndResult(Result):
    """``[x, fval, exitflag, output] = fminbnd(...)``."""

    request_style = "nargout"
    x: np.float64
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct


@matlab_function("fminbnd", nargout=4)
@_DOCS.fill
def fminbnd(fun, x1=None, x2=None, options=None, *args, nargout=1):
    """The minimum of a function of one variable on an interval, as MATLAB's
    ``fminbnd``.

    MATLAB call forms::

        x = fminbnd(fun, x1, x2)                   ->  x = fminbnd(fun, 0, 2 * np.pi)
        x = fminbnd(fun, x1, x2, options)          ->  fminbnd(fun, a, b, optimset(...))
        [x, fval, exitflag, output] = fminbnd(___) ->  fminbnd(fun, a, b, nargout=4)

    MATLAB's algorithm: golden-section search with parabolic interpolation (Brent;
    Forsythe, Malcolm and Moler's FMIN), starting at ``x1 + (3 - sqrt(5))/2*(x2 - x1)``,
    never evaluating closer than ``tol1 = sqrt(eps)*|x| + TolX/3`` to the current best
    point, stopping when the bracket ``[a, b]`` satisfies ``|x - (a+b)/2| <= 2*tol1 -
    (b-a)/2``. Defaults: TolX 1e-4, MaxFunEvals and MaxIter 500. The end points are
    never evaluated.

    Parameters
    ----------
    fun : callable
        ``fun(x)`` (or ``fun(x, *args)``) returning a real scalar.
    x1, x2 : float
        The interval (``x1 <= x2``).
    {{options}}

    Returns
    -------
    x, fval, exitflag, output
        exitflag 1 converged, 0 MaxIter/MaxFunEvals reached, -2 ``x1 > x2`` (x and fval
        NaN); output ``iterations``, ``funcCount``, ``algorithm`` ('golden section
        search, parabolic interpolation'), ``message``.

    Notes
    -----
    {{display}} ``scipy.optimize.minimize_scalar(method='bounded')`` is the same Brent
    algorithm with ``xatol=1e-5`` by default (MATLAB: TolX 1e-4), so it takes more
    steps and stops at another point.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> round(float(matlab.fminbnd(np.sin, 0, 2 * np.pi)), 4)   # MATLAB docs: 4.7124
    4.7124
    """
    settings = _Settings("fminbnd", options)
    f = _objective("fminbnd", fun, args, settings)
    bounds = []
    for value, name in ((x1, "x1"), (x2, "x2")):
        arr = matlab_array(value, name, complex_ok=False, to_float=True)
        if arr.size != 1:
            raise CompatValueError("The bounds x1 and x2 must be scalars.")
        bounds.append(float(arr.reshape(-1)[0]))
    a, b = bounds
    if a > b:
        message = ("Exiting due to infeasibility: lower bound exceeds the corresponding "
                   "upper bound.")
        if settings.display != "off":
            _say(f"\n{message}\n")
        output = MatlabStruct(iterations=0.0, funcCount=0.0,
                              algorithm="golden section search, parabolic interpolation",
                              message=message)
        return FminbndResult.first(nargout, np.float64(np.nan), np.float64(np.nan),
                                   np.float64(-2), output)
    try:
        result = core.brent_minimize(f, a, b, tol_x=settings.tol_x,
                                     max_fun_evals=settings.max_fun,
                                     max_iter=settings.max_iter)
    except core._ObjectiveError as error:
        raise CompatValueError(str(error)) from None
    if result.reason == "converged":
        exitflag = 1.0
        message = ("Optimization terminated:\n the current x satisfies the termination "
                   f"criteria using OPTIONS.TolX of {settings.tol_x:e} \n")
    elif result.reason == "maxfun":
        exitflag = 0.0
        message = ("Exiting: Maximum number of function evaluations has been exceeded\n"
                   "         - increase MaxFunEvals option.\n"
                   f"         Current function value: {result.fval:f} \n")
    else:
        exitflag = 0.0
        message = ("Exiting: Maximum number of iterations has been exceeded\n"
                   "         - increase MaxIter option.\n"
                   f"         Current function value: {result.fval:f} \n")
    if settings.display in ("iter", "final") or (settings.display == "notify" and
                                                 exitflag != 1):
        _say("\n" + message)
    output = MatlabStruct(iterations=float(result.iterations),
                          funcCount=float(result.func_count),
                          algorithm="golden section search, parabolic interpolation",
                          message=message)
    return FminbndResult.first(nargout, np.float64(result.x), np.float64(result.fval),
                               np.float64(exitflag), output)
