"""MATLAB's ODE family: ``ode45``, ``ode23``, ``odeset``, ``odeget`` and ``deval``.

The legacy layer: it reads MATLAB's argument grammar (odefun and its extra arguments,
tspan, y0, odeset structures and their name matching, odeset properties as keywords,
the ``inputs=`` extension, nargout) into the Python-shaped core
(:class:`compat._core.ode.OdeOptions`, :func:`compat._core.ode.solve`), and returns
MATLAB's outputs: ``t, y, te, ye, ie`` or the solution structure that ``deval``
evaluates. The core is split by job: pairs (:mod:`compat._core.ode_tableaux`), stepping
and error control (:mod:`compat._core.ode`), events (:mod:`compat._core.ode_events`),
dense output (:mod:`compat._core.ode_dense`), sampled inputs
(:mod:`compat._core.sampled_inputs`).
"""

from __future__ import annotations

import dataclasses

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.interpolation import parse_method
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single, matlab_array
from compat._core.ode import solve, wrap_rhs
from compat._core.ode_dense import evaluate_steps
from compat._core.ode_ndf import evaluate_ndf
from compat._core.ode_rosenbrock import evaluate_rosenbrock
from compat._core.ode_tableaux import BOGACKI_SHAMPINE, DORMAND_PRINCE, PAIRS
from compat._core.results import Result
from compat._core.sampled_inputs import INPUT_METHODS, SampledInputs
from compat._core.struct import MatlabStruct
from compat.matlab._ode_args import (ODE_OPTION_NAMES, bind, call_forms, column,
                                     get_option, initial_values, make_options,
                                     options_argument, read_tspan, resolve_name,
                                     solver_options)

__all__ = ["ode45", "ode23", "odeset", "odeget", "deval", "ODE_OPTION_NAMES", "OdeResult",
           "DevalResult"]

class OdeResult(Result):
    """``[t, y, te, ye, ie] = ode45(...)`` (or ode23): output times, solutions, event
    times, solutions and indices, as many as requested (2 by default)."""

    request_style = "nargout"
    t: np.ndarray
    y: np.ndarray
    te: np.ndarray
    ye: np.ndarray
    ie: np.ndarray


class DevalResult(Result):
    """``[sxint, spxint] = deval(...)``: the solution and its derivative."""

    request_style = "nargout"
    sxint: np.ndarray
    spxint: np.ndarray


_DOCS = Fragments(
    solver_properties="""
        RelTol (1e-3), AbsTol (1e-6, scalar or per component), NormControl ('off'),
        MaxStep (``0.1*|tfinal - t0|``), InitialStep (chosen from ``f(t0, y0)``),
        Refine (4 for ode45, 1 for ode23), Events, NonNegative, OutputFcn, OutputSel,
        Stats ('off').""",
)


def _documented(function):
    """The family's fragments, ``{{name}}`` the function's name."""
    docs = _DOCS(name=function.__name__, call_forms=call_forms(function.__name__))
    function.__doc__ = docs.render(function.__doc__)
    return function


# ------------------------------------------------------------------ the solvers
def _ode(pair, odefun, tspan, y0, options, args, nargout, inputs, input_method,
         input_restart, odeset_options):
    """The whole ode45/ode23 call: MATLAB's arguments, restarts, output shaping."""
    options = options_argument(odefun, options, odeset_options)
    tpoints, t_one_d = read_tspan(tspan)
    y0a = initial_values(y0)
    single = is_single(y0a)
    work = np.complex128 if y0a.dtype.kind == "c" else np.float64
    y = np.array(y0a, dtype=work).reshape(-1)          # a copy: the caller's y0 is safe
    neq = y.size
    eps = float(np.finfo(np.float32).eps) if single else float(np.finfo(float).eps)
    t0, tfinal = float(tpoints[0]), float(tpoints[-1])
    sampled = None
    if inputs is None:
        if input_method is not None or input_restart is not None:
            raise CompatTypeError("input_method/input_restart need inputs=(ts, U)")
    elif isinstance(inputs, SampledInputs):
        sampled = inputs
    elif isinstance(inputs, (tuple, list)) and len(inputs) in (2, 3) and \
            (len(inputs) == 2 or isinstance(inputs[2], str)):
        method = inputs[2] if len(inputs) == 3 else input_method
        sampled = SampledInputs(inputs[0], inputs[1],
                                parse_method("linear" if method is None else method,
                                             allowed=INPUT_METHODS), input_restart)
    else:
        raise CompatTypeError("inputs must be (ts, U) or (ts, U, method)")
    if sampled is not None:
        sampled.check_span(t0, tfinal)
    settings = solver_options(options, neq, pair.name)
    if settings.events is not None:
        settings = dataclasses.replace(settings, events=bind(settings.events, args=args))
    dt = np.dtype(work)
    if sampled is None:
        segments = [(t0, tfinal, wrap_rhs(bind(odefun, args=args), neq, dt,
                                          settings.nonnegative))]
    else:
        cuts = [t0] + sampled.restart_times(t0, tfinal) + [tfinal]
        segments = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            u = sampled.fixed(a, b) if sampled.restart else sampled.cursor(a)
            segments.append((a, b, wrap_rhs(bind(odefun, u, args=args), neq, dt,
                                            settings.nonnegative)))
    sol = solve(pair, segments, y, settings, eps=eps, tspan_points=tpoints,
                output_sol=(nargout == 1))
    out_dtype = (np.complex64 if work is np.complex128 else np.float32) if single \
        else work
    if nargout == 1:
        s = MatlabStruct()
        s.solver = pair.name
        s.extdata = MatlabStruct(odefun=odefun, options=options, varargin=list(args))
        s.x = sol.x.reshape(1, -1)
        s.y = sol.xy.astype(out_dtype)
        s.stats = MatlabStruct(nsteps=np.float64(sol.stats["nsteps"]),
                               nfailed=np.float64(sol.stats["nfailed"]),
                               nfevals=np.float64(sol.stats["nfevals"]))
        s.idata = MatlabStruct(f3d=sol.f3d)
        if get_option(options, "Events") is not None:
            s.xe = sol.te.reshape(1, -1)
            s.ye = sol.ye.T.astype(out_dtype)
            s.ie = sol.ie.reshape(1, -1)
        return s
    # sol.y is the solver's fresh array: no second copy when it has the class already
    return OdeResult.first(nargout, column(sol.t, t_one_d),
                           sol.y.astype(out_dtype, copy=False),
                           column(sol.te, t_one_d), sol.ye.astype(out_dtype),
                           column(sol.ie, t_one_d))


@matlab_function("ode45", nargout=5)
@_documented
def ode45(odefun, tspan, y0, options=None, *args, nargout=2, inputs=None,
          input_method=None, input_restart=None, **odeset_options):
    """Solve non-stiff ODEs with a medium-order method, as MATLAB's ``ode45``.

    {{call_forms}}
        [t,y] = ode45(odefun,tspan,y0,options,p1,p2)  (extra arguments to odefun)
                                                    ->  ode45(odefun, tspan, y0, opts, p1, p2)

    ``odefun(t, y)`` is called like MATLAB's: ``t`` a float, ``y`` a 1-D array of
    ``numel(y0)`` values; it returns ``numel(y0)`` derivatives (a list, a 1-D array, a
    column, or a scalar for a scalar problem).

    The default ``nargout`` is 2, not MATLAB's expression default of 1: in Python the
    result is always unpacked (``t, y = ode45(...)``), and MATLAB itself returns the
    solution structure only when exactly one output is requested; ask for it with
    ``nargout=1``.

    Parameters
    ----------
    odefun : callable
        ``odefun(t, y, *args)`` (with ``inputs``: ``odefun(t, y, u, *args)``).
    tspan : array_like
        ``[t0 tfinal]``: every step is returned, plus ``Refine - 1`` points
        interpolated inside each step (Refine is 4 by default). More than two
        elements: the solution at exactly those times (interpolated with the method's
        continuous extension; the steps are the same as for ``[t0 tfinal]``). A
        decreasing tspan integrates backwards. Strictly monotonic, finite.
    y0 : array_like
        Initial values, a vector (complex allowed; single gives single results).
    options : struct from :func:`compat.matlab.odeset`, dict, or None/[]
        {{solver_properties}}
        Options for the stiff solvers (Jacobian, BDF, ...) are ignored, as ode45 does;
        Mass is not supported (an error).
    *args
        Extra arguments passed on to ``odefun`` and the Events function (MATLAB's
        deprecated but working ``ode45(odefun, tspan, y0, options, p1, p2, ...)``).
    nargout : {2, 1, 3, 4, 5}
        2: ``(t, y)``; 1: the solution structure (for :func:`compat.matlab.deval`);
        3-5: ``(t, y, te, ye, ie)`` truncated.
    inputs : (ts, U) or (ts, U, method), optional
        compat extension, not in MATLAB: sampled inputs for a model driven by
        measurements. ``U`` holds one input per column (``len(ts)`` rows; a vector for
        one input). They are interpolated exactly as ``interp1(ts, U, t, method)``
        would (method 'linear' by default; 'previous' for a zero-order hold, 'next',
        'nearest', 'pchip', 'makima', 'spline') and passed to ``odefun(t, y, u)`` (a
        float for one input, a 1-D array for several). The lookup keeps a cursor on
        the current piece (amortised O(1) per call, no argument checks), and for
        'linear' and the step methods the integration is restarted at every sample
        time inside tspan, where the input has a kink or a jump, so that no step
        straddles one (see Notes).
    input_method : str, optional
        The interpolation method when ``inputs`` is ``(ts, U)``.
    input_restart : bool, optional
        Restart at the sample times (default: on for 'linear', 'previous', 'next',
        'nearest'; off for the cubic methods, which are smooth).
    **odeset_options
        compat extension: odeset properties as keywords (``RelTol=1e-6`` or
        ``reltol=1e-6``), merged over ``options``.

    Returns
    -------
    t : ndarray
        Output times, a column (``(n, 1)``) as MATLAB returns it; 1-D when ``tspan``
        was given 1-D (a Python list or 1-D array), following compat's rule that a 1-D
        MATLAB vector gives a 1-D result.
    y : ndarray
        ``numel(t) x numel(y0)``: row ``k`` is the solution at ``t[k]``.
    te, ye, ie : ndarray
        Event times (like ``t``), the solutions there (rows) and which event function
        fired (1-based, as MATLAB returns it, as float like MATLAB's double).
    sol : MatlabStruct (nargout=1)
        Fields ``solver``, ``extdata``, ``x`` (1 x steps+1, every step),
        ``y`` (numel(y0) x steps+1), ``stats`` (nsteps, nfailed, nfevals),
        ``idata.f3d`` (the stages of every step) and, with Events, ``xe``, ``ye``,
        ``ie``.

    Raises
    ------
    ValueError
        ``"ode45: ..."`` for a tspan with fewer than 2 elements, equal ends, not
        strictly monotonic or non-finite values; an empty, non-vector or non-finite y0;
        an odefun returning the wrong number of values; bad option values; unknown
        option names (MATLAB's "Unrecognized property name").
    TypeError
        ``"ode45: ..."`` for a non-callable odefun, non-numeric inputs.

    Warns
    -----
    IntegrationTolNotMetWarning
        MATLAB's "Failure at t=... Unable to meet integration tolerances": the
        integration stops and the points computed so far are returned.

    Notes
    -----
    Differences from the naive SciPy call,
    ``scipy.integrate.solve_ivp(f, (t0, tf), y0, method='RK45')``: the same
    Dormand-Prince pair, but SciPy uses another error norm (RMS of
    ``err/(atol + rtol*max(|y|,|ynew|))``, not MATLAB's max norm of
    ``err/max(|y|,|ynew|,AbsTol/RelTol)`` against RelTol), another initial step (Hairer's
    algorithm with an extra function evaluation), another step-size update (a safety
    factor 0.9 and limits 0.2/10, MATLAB uses 0.8 in ``1.25*(err/rtol)^(1/5)`` and the
    limits 0.1 on failure and 5 on success) and another interpolant (Dormand-Prince's,
    MATLAB uses Shampine's), and has no MaxStep of ``0.1*span`` by default. So it takes
    different steps and returns different numbers than MATLAB; its defaults are also
    rtol 1e-3 but atol 1e-6 in another role, and it returns ``y`` transposed
    (``numel(y0) x n``) with no Refine points. ``scipy.integrate.odeint`` calls LSODA
    with ``func(y, t)`` in the other argument order, which is why a MATLAB right-hand
    side ported as written fails there.

    The step sequence is MATLAB's (see :mod:`compat._core.ode` for every rule and its
    source). Checked against a MATLAB R2019a print-out (MATLAB Answers 480688:
    ``ode45(@(t,x) -2*x+t, [0 10], 0)`` with Stats on prints 14 successful steps,
    2 failed attempts, 97 function evaluations, and returns 57 points): compat takes
    the same steps. GNU Octave's ode45 has its own step control (31 steps, no failures
    on that problem), so Octave agrees with MATLAB only to the accuracy of the solution.

    Sampled inputs: MATLAB's idiom ``ode45(@(t,y) f(t, y, interp1(ts, U, t)), ...)``
    works as written with :func:`compat.matlab.interp1`. The ``inputs=`` form is
    faster and, with restarts, more accurate: on user story 3 (a linear model driven by
    two inputs sampled once a second) at the default tolerances the MATLAB form is off
    by 8e-3 at t = 3 (the steps straddle the kinks of the interpolated inputs), the
    ``inputs=`` form by 1e-8, against the exact solution 6.02390213.

    Sources: MATLAB documentation of ode45, odeset, deval and "ODE Event Location";
    L. F. Shampine and M. W. Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput.
    18(1), 1997; J. R. Dormand and P. J. Prince, J. Comput. Appl. Math. 6, 1980;
    L. F. Shampine, "Some practical Runge-Kutta formulas", Math. Comp. 46, 1986.

    Examples
    --------
    User story 3, the MATLAB form as written:

    >>> import numpy as np
    >>> from compat import matlab
    >>> c1, c2, c3 = -0.3, 1.4, -0.5
    >>> ts = [0, 1, 2, 3]; mt = [3, 7, 4, 2]; nt = [5, 1, 9, 3]
    >>> t, y = matlab.ode45(lambda t, y: c1*(c2*matlab.interp1(ts, mt, t) - y)
    ...                     - c3*matlab.interp1(ts, nt, t), [0, 1, 2, 3], 2)
    >>> t
    array([0., 1., 2., 3.])
    >>> y.round(4)
    array([[2.    ],
           [2.1134],
           [2.9197],
           [6.0319]])

    The same model with the inputs passed to the solver (restarts at the samples):

    >>> U = np.column_stack([mt, nt])
    >>> t, y = matlab.ode45(lambda t, y, u: c1*(c2*u[0] - y) - c3*u[1],
    ...                     [0, 1, 2, 3], 2, inputs=(ts, U))
    >>> y.ravel().round(6)          # exact: 2, 2.107129, 2.912779, 6.023902
    array([2.      , 2.107129, 2.912779, 6.023902])

    Events: a ball thrown up, stopping when it lands:

    >>> def ground(t, y):
    ...     return y[0], 1, -1          # value, isterminal, direction
    >>> opts = matlab.odeset('Events', ground)
    >>> t, y, te, ye, ie = matlab.ode45(lambda t, y: [y[1], -9.81], [0, 10], [0, 20],
    ...                                 opts, nargout=5)
    >>> round(float(te[0]), 6), ie
    (4.077472, array([1.]))
    """
    return _ode(DORMAND_PRINCE, odefun, tspan, y0, options, args, nargout, inputs,
                input_method, input_restart, odeset_options)


@matlab_function("ode23", nargout=5)
@_documented
def ode23(odefun, tspan, y0, options=None, *args, nargout=2, inputs=None,
          input_method=None, input_restart=None, **odeset_options):
    """Solve non-stiff ODEs with a low-order method, as MATLAB's ``ode23``.

    {{call_forms}}

    Every argument, output and compat extension (``inputs=`` for sampled inputs,
    odeset properties as keywords, default ``nargout=2`` because a Python caller always
    unpacks ``t, y``) is as for :func:`compat.matlab.ode45`; only the method differs:

    * the Bogacki-Shampine 3(2) pair with FSAL (3 new function evaluations per step),
      local extrapolation, error weights ``[-5/72, 1/12, 1/9, -1/8]``;
    * ``pow = 1/3`` in the initial step and the step-size updates, and the first
      failed attempt shrinks the step by at most a factor 0.5 (ode45: 0.1);
    * Refine defaults to 1 (every step, no interpolated points);
    * the continuous extension (for tspan output, Refine, events and deval) is the
      cubic Hermite interpolant through both ends of the step (MATLAB's ntrp23).

    Notes
    -----
    The naive SciPy call, ``scipy.integrate.solve_ivp(f, (t0, tf), y0, method='RK23')``,
    uses the same pair but SciPy's RMS error norm, initial step and step-size rule
    (safety 0.9, limits 0.2 and 10) instead of MATLAB's, so it takes other steps;
    see :func:`compat.matlab.ode45`.

    Sources: MATLAB documentation of ode23; P. Bogacki and L. F. Shampine, "A 3(2) pair
    of Runge-Kutta formulas", Appl. Math. Lett. 2, 1989; Shampine & Reichelt, "The
    MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1), 1997.

    Examples
    --------
    MATLAB's deval documentation: ``y' = t^2`` on [0, 3] (ode23 is exact for a cubic):

    >>> from compat import matlab
    >>> sol = matlab.ode23(lambda t, y: t**2, [0, 3], 0, nargout=1)
    >>> y, yp = matlab.deval(sol, [0, 0.5, 1, 1.5, 2, 2.5, 3], nargout=2)
    >>> y.round(4)
    array([[0.    , 0.0417, 0.3333, 1.125 , 2.6667, 5.2083, 9.    ]])
    >>> yp.round(4)
    array([[0.  , 0.25, 1.  , 2.25, 4.  , 6.25, 9.  ]])
    """
    return _ode(BOGACKI_SHAMPINE, odefun, tspan, y0, options, args, nargout, inputs,
                input_method, input_restart, odeset_options)


# ------------------------------------------------------------------ odeset, odeget, deval
@matlab_function("odeset")
@_documented
def odeset(*args, **kwargs):
    """Create or modify an ODE options structure, as MATLAB's ``odeset``.

    MATLAB call forms::

        options = odeset('name1',value1,...)        ->  odeset('RelTol', 1e-6, 'AbsTol', 1e-9)
        options = odeset(oldopts,'name1',value1,...)  ->  odeset(opts, 'MaxStep', 0.1)
        options = odeset(oldopts,newopts)           ->  odeset(opts, newopts)
        options = odeset                            ->  odeset()  (every field empty)

    Names are matched as MATLAB does: case-insensitively, and any leading part that
    names one property only is enough (``'reltol'``, ``'Rel'``, ``'abs'``); a name
    that is exactly a property wins over longer ones (``'Mass'`` is not ambiguous with
    ``'MassSingular'``); an ambiguous prefix (``'M'``) or an unknown name is an error.
    compat also takes ``Name=value`` keywords (same matching).

    Returns
    -------
    MatlabStruct
        Every odeset property as a field (MATLAB's order), ``[]`` (an empty 0x0 array)
        where unset. Later arguments override earlier ones; an unset (empty) field of
        a later structure does not override.

    Properties the compat solvers (ode45, ode23) use, with their defaults:
    {{solver_properties}}
    The others (BDF, InitialSlope, Jacobian, JConstant, JPattern, Mass, MassSingular,
    MaxOrder, MStateDependence, MvPattern, Vectorized) are accepted and stored
    for MATLAB's stiff solvers (compat's :func:`compat.matlab.ode23s` reads Jacobian,
    JConstant, Mass and MassSingular); ode45/ode23 ignore them as MATLAB's do, except
    Mass, which they refuse. Values are not checked here (as in
    MATLAB, the solver checks them).

    Raises
    ------
    ValueError
        ``"odeset: Unrecognized property name 'foo'. See ODESET for possibilities."``,
        ``"odeset: Ambiguous property name 'M' (Mass, MassSingular, ...)."``, or a name
        without a value.

    Notes
    -----
    The naive Python equivalent, a dict of keyword arguments to
    ``scipy.integrate.solve_ivp`` (``rtol=``, ``atol=``, ``max_step=``,
    ``first_step=``, ``events=``), has other names, no prefix matching, and events as
    functions with ``.terminal``/``.direction`` attributes instead of MATLAB's
    ``[value, isterminal, direction]`` outputs.

    Source: MATLAB documentation of odeset (property names, prefix matching, merging
    of structures).

    Examples
    --------
    >>> from compat.matlab import odeset, odeget
    >>> opts = odeset('reltol', 1e-6, 'Abs', 1e-9)
    >>> odeget(opts, 'RelTol'), odeget(opts, 'AbsTol')
    (1e-06, 1e-09)
    >>> odeget(odeset(opts, 'RelTol', 1e-4), 'RelTol')
    0.0001
    >>> odeset('M', 1)
    Traceback (most recent call last):
    ...
    compat.CompatValueError: odeset: Ambiguous property name 'M' (Mass, MassSingular, MaxOrder, MaxStep, MStateDependence, MvPattern).
    """
    return make_options(args, kwargs)


@matlab_function("odeget")
def odeget(options, name, default=None):
    """Value of one ODE option, as MATLAB's ``odeget``.

    MATLAB call forms::

        v = odeget(options,'name')          ->  odeget(opts, 'RelTol')
        v = odeget(options,'name',default)  ->  odeget(opts, 'RelTol', 1e-3)

    ``name`` is matched as :func:`compat.matlab.odeset` matches it (case-insensitive,
    unique prefixes). An unset (empty) property gives ``default`` (``None`` standing
    for MATLAB's ``[]`` when no default is given). ``options`` may be an odeset
    structure, a dict with MATLAB's property names, or ``None``/``[]``.

    Source: MATLAB documentation of odeget.

    Examples
    --------
    >>> from compat.matlab import odeset, odeget
    >>> odeget(odeset('MaxStep', 0.5), 'maxstep')
    0.5
    >>> odeget(odeset(), 'RelTol', 1e-3)
    0.001
    """
    canonical = resolve_name(name)
    if options is not None and not isinstance(options, dict) and \
            not hasattr(options, "__dict__"):
        if hasattr(options, "__len__") and len(options) == 0:
            options = None
        else:
            raise CompatTypeError(f"options must be a structure made by odeset, got "
                                  f"{type(options).__name__}")
    if isinstance(options, dict):
        options = {resolve_name(k) if isinstance(k, str) else k: v for k, v in options.items()}
    value = get_option(options, canonical)
    return default if value is None else value


@matlab_function("deval", nargout=2)
def deval(sol, xint, idx=None, *, nargout=1):
    """Evaluate a differential equation solution structure, as MATLAB's ``deval``.

    MATLAB call forms::

        sxint = deval(sol,xint)            ->  deval(sol, xint)
        sxint = deval(xint,sol)            ->  deval(xint, sol)
        sxint = deval(sol,xint,idx)        ->  deval(sol, xint, [1, 3])
        [sxint,spxint] = deval(...)        ->  deval(sol, xint, nargout=2)

    Parameters
    ----------
    sol : MatlabStruct
        A solution structure from ``ode45``/``ode23``/``ode23s``/``ode15s`` with
        ``nargout=1``.
    xint : array_like
        Points inside ``[sol.x(1), sol.x(end)]`` (either end included).
    idx : array_like, optional
        1-based indices of the solution components to return (MATLAB's).
    nargout : {1, 2}
        2 also returns the derivative of the interpolant.

    Returns
    -------
    sxint : ndarray
        ``numel(idx) x numel(xint)`` (MATLAB's layout: one column per point; note
        that this is the transpose of ode45's ``y``). At a point that is a step end
        the stored step value is returned exactly.
    spxint : ndarray
        The derivative of the continuous extension there (nargout=2).

    Raises
    ------
    ValueError
        ``"deval: Attempting to evaluate the solution outside the interval ..."``,
        bad ``idx``; ``TypeError`` for something that is not a solution structure.

    Notes
    -----
    The step of each point is the one whose interval ``(x(j-1), x(j)]`` holds it and
    the value is the solver's continuous extension on that step (ntrp45 for ode45,
    ntrp23 for ode23, ntrp23s for ode23s, ntrp15s for ode15s), as MATLAB's deval does.
    The naive SciPy equivalent, ``solve_ivp(..., dense_output=True).sol(x)``, uses
    SciPy's own interpolant (for RK45 Dormand-Prince's, not Shampine's that MATLAB uses)
    on SciPy's steps.

    Source: MATLAB documentation of deval.

    Examples
    --------
    The example of MATLAB's deval documentation (values printed there):

    >>> from compat import matlab
    >>> import numpy as np
    >>> sol = matlab.ode23(lambda t, y: t**2, [0, 3], 0, nargout=1)
    >>> y, yp = matlab.deval(sol, np.linspace(0, 3, 7), nargout=2)
    >>> y.round(4)
    array([[0.    , 0.0417, 0.3333, 1.125 , 2.6667, 5.2083, 9.    ]])
    """
    if not isinstance(sol, dict) and isinstance(xint, dict):
        sol, xint = xint, sol
    try:
        solver = sol["solver"]
        x = np.asarray(sol["x"], dtype=float).ravel()
        ys = np.asarray(sol["y"])
        if solver == "ode15s":
            kvec = np.asarray(sol["idata"]["kvec"], dtype=float).ravel()
            dif3d = np.asarray(sol["idata"]["dif3d"], dtype=float)
            nonneg = np.asarray(sol["idata"]["idxNonNegative"]).ravel().astype(int) - 1
        else:
            f3d = np.asarray(sol["idata"]["f3d"])
    except (KeyError, TypeError, IndexError):
        raise CompatTypeError("sol must be a solution structure returned by ode45 or ode23 "
                              "(called with nargout=1)") from None
    if solver not in PAIRS and solver not in ("ode23s", "ode15s"):
        raise CompatValueError(f"solutions of {solver!r} are not supported (ode45, ode23, "
                               f"ode23s, ode15s)")
    neq = ys.shape[0]
    xq = matlab_array(xint, "xint", complex_ok=False).astype(float).ravel()
    if not np.all(np.isfinite(xq)):
        raise CompatValueError("xint must be finite")
    if idx is None:
        rows = np.arange(neq)
    else:
        rows = np.asarray(idx).ravel()
        if rows.size == 0 or np.any(rows != np.round(rows)) or rows.min() < 1 or \
                rows.max() > neq:
            raise CompatValueError(f"idx must hold 1-based indices of the solution "
                                   f"components (1 to {neq})")
        rows = rows.astype(int) - 1
    lo, hi = min(x[0], x[-1]), max(x[0], x[-1])
    if xq.size and (xq.min() < lo or xq.max() > hi):
        raise CompatValueError(f"Attempting to evaluate the solution outside the interval "
                               f"[{x[0]:e}, {x[-1]:e}] where it is defined.")
    if solver == "ode15s":
        out, dout = evaluate_ndf(x, ys.astype(float), kvec, dif3d, xq,
                                 nonneg=nonneg if nonneg.size else None)
        out, dout = out.astype(ys.dtype), dout.astype(ys.dtype)
    elif solver == "ode23s":
        out, dout = evaluate_rosenbrock(x, ys.astype(float), f3d[:, 0, :], f3d[:, 1, :], xq)
        out, dout = out.astype(ys.dtype), dout.astype(ys.dtype)
    else:
        out, dout = evaluate_steps(PAIRS[solver], x, ys, f3d, xq)
    return DevalResult.first(nargout, out[rows], dout[rows])
