"""How MATLAB's optimisation functions read their options: ``optimset`` structures (the
option names without a toolbox, the Optimization Toolbox's legacy names, name matching
-- case-insensitive, unique prefixes -- and what counts as "not given") and
``optimoptions`` objects (:class:`OptimOptions`, the current names), with MATLAB's table
"Current and Legacy Option Names" between the two. Shared by
:mod:`compat.matlab.optimization`, :mod:`compat.matlab.least_squares`,
:mod:`compat.matlab.nonlinear_least_squares`, :mod:`compat.matlab.smooth_minimization`.
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core.args import by_value, is_omitted, on_off_word, prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["OPTION_NAMES", "TOOLBOX_OPTION_NAMES", "CURRENT_NAMES", "is_empty",
           "option_name", "output_functions", "positive_option", "as_options",
           "current_options", "OptimOptions", "SOLVER_DEFAULTS", "SolverSettings", "bounds",
           "EXITS", "exit_message", "report_exit"]

#: the options of MATLAB's optimset without a toolbox, in MATLAB's order
OPTION_NAMES = ("Display", "FunValCheck", "MaxFunEvals", "MaxIter", "OutputFcn",
                "PlotFcns", "TolFun", "TolX")

#: legacy (optimset) names of the Optimization Toolbox options compat's solvers read
#: (LargeScale is accepted and ignored, as current MATLAB ignores it)
TOOLBOX_OPTION_NAMES = ("Algorithm", "DerivativeCheck", "FinDiffRelStep", "FinDiffType",
                        "GradConstr", "GradObj", "HessFcn", "HessMult", "HessPattern",
                        "Hessian", "HessUpdate", "InitDamping", "Jacobian", "LargeScale",
                        "MaxPCGIter",
                        "ObjectiveLimit", "PrecondBandWidth", "ScaleProblem", "TolCon",
                        "TolPCG", "TypicalX", "UseParallel")

#: MATLAB's "Current and Legacy Option Names": current name -> legacy (optimset) name.
#: SpecifyObjectiveGradient is GradObj for fminunc/fmincon and Jacobian for the
#: least-squares solvers; FunctionTolerance and OptimalityTolerance are both TolFun.
CURRENT_NAMES = {
    "Algorithm": "Algorithm", "CheckGradients": "DerivativeCheck",
    "ConstraintTolerance": "TolCon", "Display": "Display",
    "FiniteDifferenceStepSize": "FinDiffRelStep", "FiniteDifferenceType": "FinDiffType",
    "FunctionTolerance": "TolFun", "FunValCheck": "FunValCheck",
    "HessianApproximation": "HessUpdate", "HessianFcn": "Hessian",
    "HessianMultiplyFcn": "HessMult", "HessPattern": "HessPattern",
    "InitDamping": "InitDamping", "MaxPCGIter": "MaxPCGIter",
    "PrecondBandWidth": "PrecondBandWidth", "SubproblemAlgorithm": "SubproblemAlgorithm",
    "TolPCG": "TolPCG",
    "MaxFunctionEvaluations": "MaxFunEvals", "MaxIterations": "MaxIter",
    "ObjectiveLimit": "ObjectiveLimit", "OptimalityTolerance": "TolFun",
    "OutputFcn": "OutputFcn", "PlotFcn": "PlotFcns", "ScaleProblem": "ScaleProblem",
    "SpecifyConstraintGradient": "GradConstr", "SpecifyObjectiveGradient": "GradObj",
    "StepTolerance": "TolX", "TypicalX": "TypicalX", "UseParallel": "UseParallel",
}
_LEGACY_NAMES = OPTION_NAMES + TOOLBOX_OPTION_NAMES


def is_empty(value) -> bool:
    return value is None or is_omitted(value) or (isinstance(value, str) and value == "")


def output_functions(output) -> list:
    """The OutputFcn option as a list of callables (empty when not given)."""
    if is_empty(output) or (isinstance(output, (list, tuple)) and not output):
        return []
    if callable(output):
        return [by_value(output)]            # x and optimValues by value, as MATLAB
    if isinstance(output, (list, tuple)) and all(callable(f) for f in output):
        return [by_value(f) for f in output]
    raise CompatTypeError("OutputFcn must be a function handle (callable) or a list of "
                          "them")


def positive_option(value, name: str, period: bool = True) -> float:
    """A real positive scalar option as a float, else MATLAB's "Invalid value for OPTIONS
    parameter" error (fminsearch, fzero and fminbnd's message ends without a period)."""
    arr = np.asarray(value)
    if arr.size != 1 or arr.dtype.kind not in "biuf" or not float(arr) > 0:
        raise CompatValueError(f"Invalid value for OPTIONS parameter {name}: must be a "
                               f"real positive scalar{'.' if period else ''}")
    return float(arr)


def option_name(name) -> str:
    if not isinstance(name, str):
        raise CompatTypeError(f"expected a parameter name (text), got {name!r}")
    key = name.lower()
    exact = [n for n in _LEGACY_NAMES if n.lower() == key]
    if exact:
        return exact[0]
    current = [legacy for n, legacy in CURRENT_NAMES.items() if n.lower() == key]
    if current:
        return current[0]
    # a prefix is read among MATLAB's own options first (as without a toolbox), then
    # among the Optimization Toolbox's legacy names
    candidates = prefix_matches(name, OPTION_NAMES) or \
        prefix_matches(name, TOOLBOX_OPTION_NAMES)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise CompatValueError(f"Unrecognized parameter name '{name}'. Please see the "
                               "optimset reference page in the documentation for a list "
                               "of acceptable option parameters.")
    raise CompatValueError(f"Ambiguous parameter name '{name}' ({', '.join(candidates)}).")


def as_options(value) -> dict:
    if is_empty(value):
        return {}
    if isinstance(value, dict):
        return dict(value)
    raise CompatTypeError(f"options must be a structure from optimset, got "
                          f"{type(value).__name__}")


# ------------------------------------------------------------------ current names
_COMMON = {"Display": "final", "FiniteDifferenceStepSize": "sqrt(eps)",
           "FiniteDifferenceType": "forward", "FunValCheck": "off", "OutputFcn": [],
           "PlotFcn": [], "SpecifyObjectiveGradient": False, "CheckGradients": False,
           "TypicalX": "ones(numberOfVariables,1)", "UseParallel": False}
_LEAST_SQUARES = {"Algorithm": "trust-region-reflective", **_COMMON,
                  "FunctionTolerance": 1e-6, "InitDamping": 0.01,
                  "MaxFunctionEvaluations": "100*numberOfVariables",
                  "MaxIterations": 400, "OptimalityTolerance": 1e-6,
                  "ScaleProblem": "none", "StepTolerance": 1e-6}
#: the defaults MATLAB documents for each solver optimoptions knows, by current name
#: (the least-squares solvers' MaxFunctionEvaluations is 200*numberOfVariables for
#: 'levenberg-marquardt'; fmincon's StepTolerance 1e-10 and MaxFunctionEvaluations 3000
#: are the 'interior-point' ones)
SOLVER_DEFAULTS = {
    "lsqnonlin": _LEAST_SQUARES,
    "lsqcurvefit": _LEAST_SQUARES,
    "fsolve": {"Algorithm": "trust-region-dogleg", **_COMMON,
               "FunctionTolerance": 1e-6,
               "MaxFunctionEvaluations": "100*numberOfVariables",
               "MaxIterations": 400, "OptimalityTolerance": 1e-6,
               "StepTolerance": 1e-6},
    "fminunc": {"Algorithm": "quasi-newton", **_COMMON, "FunctionTolerance": 1e-6,
                "HessianApproximation": "bfgs", "HessianFcn": [],
                "HessianMultiplyFcn": [], "HessPattern": "sparse(ones(numberOfVariables))",
                "MaxFunctionEvaluations": "100*numberOfVariables", "MaxIterations": 400,
                "MaxPCGIter": "max(1,floor(numberOfVariables/2))",
                "ObjectiveLimit": -1e20, "OptimalityTolerance": 1e-6,
                "PrecondBandWidth": 0, "StepTolerance": 1e-6,
                "SubproblemAlgorithm": "cg", "TolPCG": 0.1},
    "fmincon": {"Algorithm": "interior-point", **_COMMON, "ConstraintTolerance": 1e-6,
                "MaxFunctionEvaluations": 3000, "MaxIterations": 1000,
                "ObjectiveLimit": -1e20, "OptimalityTolerance": 1e-6,
                "SpecifyConstraintGradient": False, "StepTolerance": 1e-10},
    "quadprog": {"Algorithm": "interior-point-convex", "ConstraintTolerance": 1e-8,
                 "Display": "final", "MaxIterations": 200, "OptimalityTolerance": 1e-8,
                 "StepTolerance": 1e-12},
    "lsqlin": {"Algorithm": "interior-point", "ConstraintTolerance": 1e-8,
               "Display": "final", "MaxIterations": 200, "OptimalityTolerance": 1e-8,
               "StepTolerance": 1e-12},
    "linprog": {"Algorithm": "dual-simplex", "ConstraintTolerance": 1e-4,
                "Display": "final",
                "MaxIterations": "10*(numberOfEqualities+numberOfInequalities+"
                                 "numberOfVariables)",
                "OptimalityTolerance": 1e-7},
}

#: legacy name -> the current names it sets (TolFun sets both tolerances it stood for)
_FROM_LEGACY: dict[str, tuple[str, ...]] = {}
for _current, _legacy in CURRENT_NAMES.items():
    _FROM_LEGACY[_legacy] = _FROM_LEGACY.get(_legacy, ()) + (_current,)
_FROM_LEGACY["Jacobian"] = ("SpecifyObjectiveGradient",)
# fmincon's interior-point Hessian function had its own optimset name; LargeScale chose
# the algorithm before 'Algorithm' existed and sets nothing now (MATLAB ignores it)
_FROM_LEGACY["HessFcn"] = ("HessianFcn",)
_SWITCHES = ("SpecifyObjectiveGradient", "SpecifyConstraintGradient", "CheckGradients",
             "UseParallel")


def _switch(value):
    """'on'/'off' (optimset's spelling) or a logical -> bool."""
    if isinstance(value, str):
        switch = on_off_word(value)
        if switch is None:
            raise CompatValueError(f"Invalid value '{value}': expected true/false "
                                   "('on'/'off')")
        return switch
    return bool(value)


def _current_names(name: str) -> tuple[str, ...]:
    """The current option names a given name (current or legacy) sets."""
    if not isinstance(name, str):
        raise CompatTypeError(f"expected an option name (text), got {name!r}")
    for current in CURRENT_NAMES:
        if current.lower() == name.lower():
            return (current,)
    return _FROM_LEGACY.get(option_name(name), ())


def current_options(value) -> dict:
    """The options an ``optimset`` structure or ``optimoptions`` object sets, by their
    current names (``TolFun`` -> FunctionTolerance and OptimalityTolerance, ``Jacobian``
    / ``GradObj`` 'on' -> SpecifyObjectiveGradient True, ...); unset ([]) options left
    out. Names neither current nor legacy raise MATLAB's error."""
    found: dict = {}
    later: dict = {}
    for name, item in as_options(value).items():
        if is_empty(item):
            continue
        names = _current_names(name)
        for current in names:
            # an explicit current name wins over the legacy name that also sets it
            target = found if len(names) == 1 else later
            target[current] = _switch(item) if current in _SWITCHES else item
    return {**later, **found}


class OptimOptions(MatlabStruct):
    """What ``optimoptions`` returns: the options a solver reads, by their current names.

    The dict holds the options that were set (so it is usable wherever an ``optimset``
    structure is, legacy solvers reading the legacy names through
    :func:`option_name`); reading an unset option as an attribute gives the solver's
    default (``optimoptions('lsqnonlin').MaxIterations`` is 400), as MATLAB's object
    shows it. Setting an option by attribute or item (``opts.Display = 'iter'``) takes
    the current or the legacy name.
    """

    def __init__(self, solver: str, defaults: dict, values=()):
        super().__init__()
        object.__setattr__(self, "_solver", solver)
        object.__setattr__(self, "_defaults", dict(defaults))
        for name, value in dict(values).items():
            self[name] = value

    @property
    def SolverName(self) -> str:  # noqa: N802 - MATLAB's property name
        return self._solver

    def __setitem__(self, name, value):
        try:
            names = [n for n in _current_names(name) if n in self._defaults]
        except CompatValueError:
            names = []
        if not names:
            raise CompatValueError(f"'{name}' is not an option for {self._solver.upper()}.")
        for current in names:
            dict.__setitem__(self, current,
                             _switch(value) if current in _SWITCHES else value)

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if name in self:
            return self[name]
        if name in self._defaults:
            return self._defaults[name]
        raise AttributeError(f"'{name}' is not an option for {self._solver.upper()}")

    def copy(self) -> "OptimOptions":
        return OptimOptions(self._solver, self._defaults, dict(self))

    def __reduce__(self):
        return OptimOptions, (self._solver, self._defaults, dict(self))

    def __repr__(self) -> str:
        width = max(len(n) for n in self._defaults)
        lines = [f"  {self._solver} options:", "", "   Set properties:"]
        lines += [f"   {n:>{width}}: {self[n]!r}" for n in self] or ["    No options set."]
        lines += ["", "   Default properties:"]
        lines += [f"   {n:>{width}}: {v!r}" for n, v in self._defaults.items()
                  if n not in self]
        return "\n".join(lines)

    __str__ = __repr__


# ------------------------------------------------------------------ solver settings
_DISPLAYS = ("off", "none", "iter", "iter-detailed", "notify", "notify-detailed", "final",
             "final-detailed", "testing")


class SolverSettings:
    """The options of one Optimization Toolbox solver call, resolved: the solver's
    defaults (:data:`SOLVER_DEFAULTS`) overridden by an ``optimset`` structure or an
    ``optimoptions`` object (:func:`current_options`), with the text defaults
    ('100*numberOfVariables', 'sqrt(eps)', 'ones(numberOfVariables,1)') evaluated for
    ``n`` variables. Attributes: ``algorithm``, ``display`` ('off', 'iter', 'notify',
    'final'), ``function_tolerance``, ``step_tolerance``, ``optimality_tolerance``,
    ``constraint_tolerance``, ``max_iterations``, ``max_evaluations``, ``step_factor``,
    ``central``, ``typical_x``, ``gradient`` (SpecifyObjectiveGradient),
    ``damping``, ``output_fcns``, ``values`` (every current option)."""

    def __init__(self, solver: str, options, n: int, algorithms: tuple[str, ...]):
        values = dict(SOLVER_DEFAULTS[solver])
        values.update(current_options(options))
        self.values = values
        algorithm = values["Algorithm"]
        if not isinstance(algorithm, str) or algorithm.lower() not in algorithms:
            raise CompatValueError(f"Invalid value for OPTIONS parameter Algorithm: must be "
                                   f"{', '.join(repr(a) for a in algorithms)}.")
        self.algorithm = algorithm.lower()
        display = values["Display"]
        if not isinstance(display, str) or display.lower() not in _DISPLAYS:
            raise CompatValueError(f"Invalid value for OPTIONS parameter Display: "
                                   f"{display!r}")
        self.display = {"none": "off", "testing": "off"}.get(
            display.lower().replace("-detailed", ""), display.lower().replace("-detailed",
                                                                              ""))
        self.function_tolerance = self._positive(values.get("FunctionTolerance", 1e-6),
                                                 "FunctionTolerance")
        self.step_tolerance = self._positive(values["StepTolerance"], "StepTolerance")
        self.optimality_tolerance = self._positive(values["OptimalityTolerance"],
                                                   "OptimalityTolerance")
        self.constraint_tolerance = self._positive(values.get("ConstraintTolerance", 1e-6),
                                                   "ConstraintTolerance")
        self.max_iterations = self._count(values["MaxIterations"], "MaxIterations", n)
        evaluations = values["MaxFunctionEvaluations"]
        if solver in ("lsqnonlin", "lsqcurvefit") and self.algorithm == \
                "levenberg-marquardt" and evaluations == "100*numberOfVariables":
            evaluations = "200*numberOfVariables"
        self.max_evaluations = self._count(evaluations, "MaxFunctionEvaluations", n)
        kind = values["FiniteDifferenceType"]
        if not isinstance(kind, str) or kind.lower() not in ("forward", "central"):
            raise CompatValueError("Invalid value for OPTIONS parameter "
                                   "FiniteDifferenceType: must be 'forward' or 'central'.")
        self.central = kind.lower() == "central"
        step = values["FiniteDifferenceStepSize"]
        if isinstance(step, str):
            step = np.finfo(float).eps ** (1 / 3 if self.central else 1 / 2)
        self.step_factor = self._vector(step, "FiniteDifferenceStepSize", n)
        typical = values["TypicalX"]
        self.typical_x = np.ones(n) if isinstance(typical, str) else \
            np.abs(self._vector(typical, "TypicalX", n, positive=False))
        self.gradient = bool(values["SpecifyObjectiveGradient"])
        self.damping = self._positive(values.get("InitDamping", 0.01), "InitDamping")
        self.objective_limit = float(values.get("ObjectiveLimit", -1e20))
        self.output_fcns = output_functions(values.get("OutputFcn"))

    def call_output_fcns(self, x, values, state) -> bool:
        """Call every OutputFcn as MATLAB does, ``stop = f(x, optimValues, state)``: each
        gets its own copy of ``x`` and the optimValues structure ``values()`` makes;
        True when any of them asks to stop (all are called)."""
        stop = False
        for output_fcn in self.output_fcns:
            stop = bool(output_fcn(x.copy(), values(), state)) or stop
        return stop

    _positive = staticmethod(positive_option)

    @staticmethod
    def _count(value, name, n) -> int:
        if isinstance(value, str):
            text = value.lower().replace(" ", "")
            for factor in ("100", "200"):
                if text == f"{factor}*numberofvariables":
                    return int(factor) * n
            raise CompatValueError(f"Option '{name}' must be an integer value if not the "
                                   "default.")
        arr = np.asarray(value)
        if arr.size != 1 or arr.dtype.kind not in "biuf" or not float(arr) >= 0:
            raise CompatValueError(f"Invalid value for OPTIONS parameter {name}: must be a "
                                   "real non-negative integer.")
        return int(min(float(arr), 2 ** 62))

    @staticmethod
    def _vector(value, name, n, positive=True) -> np.ndarray:
        arr = np.asarray(value, dtype=np.float64).reshape(-1)
        if arr.size == 1:
            arr = np.full(n, arr[0])
        if arr.size != n or not np.all(np.isfinite(arr)) or (positive and np.any(arr <= 0)):
            raise CompatValueError(f"Invalid value for OPTIONS parameter {name}: must be a "
                                   f"{'positive ' if positive else ''}scalar or a vector "
                                   f"of {n} elements.")
        return arr


# ------------------------------------------------- shared by the Optimization Toolbox solvers
def bounds(value, name, n):
    """lb/ub as MATLAB reads them: [] for none, else one value per variable."""
    if is_empty(value) or (np.asarray(value).size == 0):
        return np.full(n, -np.inf if name == "lb" else np.inf)
    arr = matlab_array(value, name, complex_ok=False, to_float=True).reshape(-1)
    if arr.size != n:
        raise CompatValueError(f"{name} must be empty or have {n} elements (one per "
                               f"element of x0), got {arr.size}.")
    if np.any(np.isnan(arr)):
        raise CompatValueError(f"{name} must not contain NaN.")
    return arr.astype(np.float64)


#: the exit messages fminunc, lsqnonlin and lsqcurvefit share (MATLAB's texts, ``{name}``
#: the solver's): stop reason of the core -> (exitflag, message); fmincon takes the
#: last three
EXITS = {
    "gradient": (1.0, "Local minimum found.\n\nOptimization completed because the size of "
                      "the gradient is less than\nthe value of the optimality tolerance.\n"),
    "step": (2.0, "Local minimum possible.\n\n{name} stopped because the size of the "
                  "current step is less than\nthe value of the step size tolerance.\n"),
    "maxiter": (0.0, "Solver stopped prematurely.\n\n{name} stopped because it exceeded "
                     "the iteration limit,\noptions.MaxIterations = {iters:e}.\n"),
    "maxfun": (0.0, "Solver stopped prematurely.\n\n{name} stopped because it exceeded "
                    "the function evaluation limit,\noptions.MaxFunctionEvaluations = "
                    "{evals:e}.\n"),
    "stopped": (-1.0, "Solver stopped prematurely.\n\n{name} stopped by an output function "
                      "or plot function.\n"),
}


def exit_message(table, name, reason, settings):
    """MATLAB's exitflag and exit message for a stop ``reason`` of a solver's core:
    ``table`` maps reasons to ``(exitflag, text)``, the text formatted with the solver's
    ``name`` and its iteration and evaluation limits."""
    flag, text = table[reason]
    return flag, text.format(name=name, iters=float(settings.max_iterations),
                             evals=float(settings.max_evaluations))


def report_exit(settings, flag, message):
    """Print the exit message as MATLAB's Display setting asks."""
    if settings.display in ("final", "iter") or (settings.display == "notify"
                                                 and flag <= 0):
        sys.stdout.write(f"\n{message}\n<stopping criteria details>\n\n")
