"""The argument readers of MATLAB's ODE solvers (private to the ODE family).

What :mod:`compat.matlab.ode` (ode45, ode23, odeset, odeget) and
:mod:`compat.matlab.ode_stiff` (ode23s, ode15s) read the same way: odeset structures
and MATLAB's property-name matching, the options the Python-shaped core takes
(:class:`compat._core.ode.OdeOptions`), tspan, y0, odefun and its extra arguments, and
the solvers' call forms for their docstrings.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import on_off_word, prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import matlab_array
from compat._core.ode import OdeOptions
from compat._core.struct import MatlabStruct

__all__ = ["ODE_OPTION_NAMES", "bind", "call_forms", "column", "get_option",
           "initial_values", "make_options", "on_off", "options_argument",
           "positive_scalar", "read_tspan", "resolve_name", "solver_options"]

# Every property name odeset knows, in MATLAB's spelling (MATLAB's odeset documentation,
# "Options" table, R2023b).
ODE_OPTION_NAMES = (
    "AbsTol", "BDF", "Events", "InitialSlope", "InitialStep", "Jacobian", "JConstant",
    "JPattern", "Mass", "MassSingular", "MaxOrder", "MaxStep",
    "MStateDependence", "MvPattern", "NonNegative", "NormControl", "OutputFcn",
    "OutputSel", "Refine", "RelTol", "Stats", "Vectorized",
)


def call_forms(name: str) -> str:
    """The MATLAB call forms of the ODE solver ``name`` and their Python spellings, the
    arrows aligned (a fragment of the solvers' docstrings, here and in
    :mod:`compat.matlab.ode_stiff`)."""
    forms = ((f"[t,y] = {name}(odefun,tspan,y0)", f"t, y = {name}(odefun, tspan, y0)"),
             (f"[t,y] = {name}(odefun,tspan,y0,options)",
              f"t, y = {name}(odefun, tspan, y0, opts)"),
             (f"[t,y,te,ye,ie] = {name}(odefun,tspan,y0,options)",
              f"{name}(..., opts, nargout=5)"),
             (f"sol = {name}(...)", f"sol = {name}(..., nargout=1)"))
    rows = ["MATLAB call forms::", ""]
    for matlab, python in forms:
        if len(matlab) >= 44:
            rows += [f"    {matlab}", f"    {'':44}->  {python}"]
        else:
            rows.append(f"    {matlab:44}->  {python}")
    return "\n".join(rows)


# ------------------------------------------------------------------ odeset structures
def get_option(options, name):
    """Value of an odeset property (None when unset or empty)."""
    if options is None:
        return None
    if isinstance(options, dict):
        value = options.get(name)
    else:
        value = getattr(options, name, None)
        if value is None:
            try:
                value = options[name]
            except (KeyError, TypeError, IndexError):
                value = None
    if value is None:
        return None
    if isinstance(value, (list, tuple)) and len(value) == 0:
        return None
    if isinstance(value, np.ndarray) and value.size == 0 and value.dtype.kind != "U":
        return None
    if isinstance(value, str) and value == "":
        return None
    return value


def resolve_name(name) -> str:
    """MATLAB's odeset name matching: case-insensitive, unique prefixes, exact wins."""
    if not isinstance(name, str):
        raise CompatTypeError(f"Expected a property name (a string), got {name!r}.")
    matches = prefix_matches(name, ODE_OPTION_NAMES) if name else []
    if not matches:
        raise CompatValueError(f"Unrecognized property name '{name}'. See ODESET for "
                               f"possibilities.")
    if len(matches) > 1:
        raise CompatValueError(f"Ambiguous property name '{name}' ({', '.join(matches)}).")
    return matches[0]


def make_options(args, kwargs) -> MatlabStruct:
    """odeset(oldopts, newopts, 'name', value, ..., Name=value): a MatlabStruct."""
    out = MatlabStruct({n: np.zeros((0, 0)) for n in ODE_OPTION_NAMES})
    given = {}
    args = list(args)
    i = 0
    while i < len(args) and not isinstance(args[i], str):   # leading option structures
        old = args[i]
        if old is None or (isinstance(old, (list, tuple)) and len(old) == 0) or \
                (isinstance(old, np.ndarray) and old.size == 0):
            i += 1
            continue
        if not isinstance(old, dict) and not hasattr(old, "__dict__"):
            raise CompatTypeError(f"Expected argument {i + 1} to be a string property name "
                                  f"or an options structure, got {type(old).__name__}.")
        items = old.items() if isinstance(old, dict) else vars(old).items()
        for key, value in items:
            canonical = resolve_name(key)
            if get_option({canonical: value}, canonical) is not None:
                given[canonical] = value
        i += 1
    rest = args[i:]
    if len(rest) % 2:
        raise CompatValueError(f"Arguments must occur in name-value pairs; {rest[-1]!r} has "
                               f"no value.")
    pairs = list(zip(rest[::2], rest[1::2])) + list(kwargs.items())
    for key, value in pairs:
        if not isinstance(key, str):
            raise CompatTypeError(f"Expected a string property name, got {key!r}.")
        given[resolve_name(key)] = value
    for key, value in given.items():
        # arrays are copied: MATLAB structs hold values, not references to the caller's data
        out[key] = value.copy() if isinstance(value, np.ndarray) else value
    return out


def positive_scalar(name, value) -> float:
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise CompatTypeError(f"{name} must be a positive scalar, got {value!r}") from None
    if arr.size != 1 or not np.isfinite(arr).all() or arr.ravel()[0] <= 0:
        raise CompatValueError(f"{name} must be a positive finite scalar, got {value!r}")
    return float(arr.ravel()[0])


def on_off(name, value, default=False) -> bool:
    if value is None:
        return default
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    switch = on_off_word(value)
    if switch is None:
        raise CompatValueError(f"{name} must be 'on' or 'off', got {value!r}")
    return switch


def solver_options(options, neq: int, solver: str) -> OdeOptions:
    """The solver's :class:`OdeOptions` from an odeset structure (or dict, or None)."""
    known = {n.lower() for n in ODE_OPTION_NAMES}
    if options is not None and isinstance(options, dict):
        for key in options:
            if not isinstance(key, str) or key.lower() not in known:
                raise CompatValueError(f"Unrecognized property name '{key}' in the "
                                       f"options. See ODESET for possibilities.")
    rtol = get_option(options, "RelTol")
    rtol = 1e-3 if rtol is None else positive_scalar("RelTol", rtol)
    atol = get_option(options, "AbsTol")
    if atol is None:
        atol = np.array([1e-6])
    else:
        try:
            atol = np.asarray(atol, dtype=float).ravel()
        except (TypeError, ValueError):
            raise CompatTypeError(f"AbsTol must be a positive scalar or vector, got "
                                  f"{atol!r}") from None
        if atol.size not in (1, neq) or not np.all(np.isfinite(atol)) or np.any(atol <= 0):
            raise CompatValueError(f"AbsTol must be a positive scalar or a vector of "
                                   f"length {neq} (numel(y0)), got {atol!r}")
    normcontrol = on_off("NormControl", get_option(options, "NormControl"))
    if normcontrol and atol.size != 1:
        raise CompatValueError("AbsTol must be a scalar when NormControl is 'on'")
    maxstep = get_option(options, "MaxStep")
    if maxstep is not None:
        maxstep = positive_scalar("MaxStep", maxstep)
    htry = get_option(options, "InitialStep")
    if htry is not None:
        htry = positive_scalar("InitialStep", htry)
    refine = get_option(options, "Refine")
    if refine is not None:
        r = np.asarray(refine, dtype=float).ravel()
        if r.size != 1 or not np.isfinite(r[0]) or r[0] != int(r[0]):
            raise CompatValueError(f"Refine must be a positive integer, got {refine!r}")
        refine = max(1, int(r[0]))
    events = get_option(options, "Events")
    if events is not None and not callable(events):
        raise CompatTypeError("Events must be a function (t, y) -> (value, isterminal, "
                              "direction)")
    nonneg = get_option(options, "NonNegative")
    if nonneg is not None:
        nonneg = np.asarray(nonneg).ravel()
        if nonneg.dtype == bool:
            nonneg = np.flatnonzero(nonneg) + 1
        if nonneg.size and (np.any(nonneg != np.round(nonneg)) or nonneg.min() < 1 or
                            nonneg.max() > neq):
            raise CompatValueError(f"NonNegative must hold 1-based indices of y0 (1 to "
                                   f"{neq}), got {nonneg!r}")
        nonneg = nonneg.astype(int) - 1 if nonneg.size else None
        if nonneg is not None and normcontrol and solver not in ("ode45", "ode23"):
            raise CompatValueError("NonNegative is not supported with NormControl 'on' by "
                                   "compat")
    outputfcn = get_option(options, "OutputFcn")
    if outputfcn is not None and not callable(outputfcn):
        raise CompatTypeError("OutputFcn must be a function (t, y, flag)")
    outputsel = get_option(options, "OutputSel")
    if outputsel is not None:
        outputsel = np.asarray(outputsel).ravel().astype(int) - 1
        if outputsel.size and (outputsel.min() < 0 or outputsel.max() >= neq):
            raise CompatValueError(f"OutputSel must hold 1-based indices of y0 (1 to {neq})")
    stats = on_off("Stats", get_option(options, "Stats"))
    if get_option(options, "Mass") is not None:
        raise CompatValueError(f"the Mass option is not supported by compat's {solver} "
                               f"(solve M\\f(t,y) in odefun instead)")
    return OdeOptions(rtol=rtol, atol=atol, normcontrol=normcontrol, max_step=maxstep,
                      initial_step=htry, refine=refine, events=events, nonnegative=nonneg,
                      output_fcn=outputfcn, output_sel=outputsel, stats=stats)


# ------------------------------------------------------------------ tspan, y0, odefun
def read_tspan(tspan) -> tuple[np.ndarray, bool]:
    """Validate tspan; returns (1-D float array, was 1-D)."""
    arr = matlab_array(tspan, "tspan", complex_ok=False)
    flat = arr.astype(float).ravel()
    if arr.ndim > 2 or (arr.ndim == 2 and min(arr.shape) > 1):
        raise CompatValueError(f"tspan must be a vector, got shape {arr.shape}")
    if flat.size < 2:
        raise CompatValueError(f"tspan must have at least two elements, [t0 tfinal] (got "
                               f"{flat.size})")
    if not np.all(np.isfinite(flat)):
        raise CompatValueError("tspan must be finite (no NaN or Inf)")
    if flat[0] == flat[-1]:
        raise CompatValueError("The last entry in tspan must be different from the first "
                               "entry.")
    d = np.diff(flat) * np.sign(flat[-1] - flat[0])
    if np.any(d <= 0):
        raise CompatValueError("The entries in tspan must strictly increase or decrease.")
    return flat, arr.ndim < 2


def column(values, one_d):
    values = np.asarray(values, dtype=float)
    return values if one_d else values.reshape(-1, 1)


def bind(function, *before, args=()):
    """``function(t, y, *before, *args)`` as a function of ``(t, y)`` (itself when there
    is nothing to bind, so the driver's hot path calls the user's function directly)."""
    if not before and not args:
        return function
    if not before:
        return lambda t, y: function(t, y, *args)
    u, = before
    return lambda t, y: function(t, y, u(t), *args)


def options_argument(odefun, options, odeset_options):
    """``odefun`` checked; the options argument as one odeset structure (or None)."""
    if not callable(odefun):
        raise CompatTypeError(f"odefun must be a function f(t, y), got "
                              f"{type(odefun).__name__}")
    if odeset_options:
        options = make_options([options], odeset_options)
    elif options is not None and not isinstance(options, dict) and \
            not hasattr(options, "__dict__"):
        if not (isinstance(options, (list, tuple, np.ndarray)) and len(options) == 0):
            raise CompatTypeError(f"options must be a structure made by odeset (or []), "
                                  f"got {type(options).__name__}")
        options = None
    elif isinstance(options, (list, tuple)) and len(options) == 0:
        options = None
    return options


def initial_values(y0, real_solver=None):
    """y0 as a MATLAB array, checked: not empty, a vector, finite; complex values are
    refused when ``real_solver`` names a solver that integrates real problems only."""
    y0a = matlab_array(y0, "y0")
    if y0a.size == 0:
        raise CompatValueError("y0 must not be empty")
    if y0a.ndim > 2 or (y0a.ndim == 2 and min(y0a.shape) > 1):
        raise CompatValueError(f"y0 must be a vector, got shape {y0a.shape}")
    if real_solver is not None and y0a.dtype.kind == "c":
        raise CompatValueError(f"complex y0 is not supported by compat's {real_solver} "
                               f"(split the problem into real and imaginary parts)")
    if not np.all(np.isfinite(y0a)):
        raise CompatValueError("y0 must be finite (no NaN or Inf)")
    return y0a
