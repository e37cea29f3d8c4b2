"""MATLAB's stiff ODE solvers: ``ode23s``.

The legacy layer beside :mod:`compat.matlab.ode` (whose odeset structures, option
reading, tspan/y0 checks and output shapes it shares): it reads MATLAB's argument
grammar and the stiff solvers' options (Jacobian, JConstant, Mass) into the
Python-shaped core :func:`compat._core.ode_rosenbrock.solve_rosenbrock` and returns
MATLAB's outputs, ``t, y, te, ye, ie`` or the solution structure that
:func:`compat.matlab.deval` evaluates.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single, matlab_array
from compat._core.ode import wrap_rhs
from compat._core.ode_rosenbrock import RosenbrockOptions, solve_rosenbrock
from compat._core.struct import MatlabStruct
from compat.matlab.ode import (ODE_OPTION_NAMES, OdeResult, _bind, _column, _get,
                               _on_off, _options_argument, _solver_options, _tspan)

__all__ = ["ode23s"]


def _without(options, names):
    """The options as a dict with MATLAB's names, ``names`` removed (so that the
    non-stiff option reader, which refuses Mass, reads the rest)."""
    if options is None:
        return None
    items = options.items() if isinstance(options, dict) else vars(options).items()
    return {k: v for k, v in items if k not in names}


def _stiff_options(options, neq, solver):
    """The Jacobian, JConstant and constant Mass of an odeset structure."""
    jac = _get(options, "Jacobian")
    if jac is not None and not callable(jac):
        try:
            jac = np.asarray(jac, dtype=float)
        except (TypeError, ValueError):
            raise CompatTypeError("Jacobian must be a matrix or a function J(t, y)") \
                from None
        if jac.shape != (neq, neq) and not (jac.size == 1 and neq == 1):
            raise CompatValueError(f"Jacobian must be a {neq}x{neq} matrix (numel(y0) "
                                   f"square), got shape {jac.shape}")
        jac = jac.reshape(neq, neq)
    jconstant = _on_off("JConstant", _get(options, "JConstant")) or \
        (jac is not None and not callable(jac))
    mass = _get(options, "Mass")
    if mass is not None:
        if callable(mass):
            raise CompatValueError(f"{solver} accepts only constant mass matrices (MATLAB's "
                                   f"'MATLAB:{solver}:NonConstantMassMatrix')")
        mass = np.asarray(mass, dtype=float)
        if mass.size == 1 and neq == 1:
            mass = mass.reshape(1, 1)
        if mass.shape != (neq, neq):
            raise CompatValueError(f"Mass must be a {neq}x{neq} matrix, got shape "
                                   f"{mass.shape}")
        singular = _get(options, "MassSingular")
        if isinstance(singular, str) and singular.lower() == "yes":
            raise CompatValueError(f"{solver} cannot solve problems with a singular mass "
                                   f"matrix (MassSingular 'yes'); MATLAB's ode15s/ode23t "
                                   f"solve DAEs")
    return RosenbrockOptions(jacobian=jac, jconstant=jconstant, mass=mass)


@matlab_function("ode23s", nargout=5)
def ode23s(odefun, tspan, y0, options=None, *args, nargout=2, **odeset_options):
    """Solve stiff ODEs with a low-order method, as MATLAB's ``ode23s``.

    MATLAB call forms::

        [t,y] = ode23s(odefun,tspan,y0)             ->  t, y = ode23s(odefun, tspan, y0)
        [t,y] = ode23s(odefun,tspan,y0,options)     ->  t, y = ode23s(odefun, tspan, y0, opts)
        [t,y,te,ye,ie] = ode23s(odefun,tspan,y0,options)
                                                    ->  ode23s(..., opts, nargout=5)
        sol = ode23s(...)                           ->  sol = ode23s(..., nargout=1)

    Arguments, outputs, extra arguments, ``nargout`` (2 by default, 1 for the solution
    structure that :func:`compat.matlab.deval` evaluates) and odeset properties as
    keywords are as for :func:`compat.matlab.ode45`. Options read: RelTol, AbsTol,
    NormControl, MaxStep, InitialStep, Refine (default 1), Events, OutputFcn,
    OutputSel, Stats (six lines: steps, failed attempts, function evaluations, partial
    derivatives, LU decompositions, solutions of linear systems), and the stiff ones:

    * ``Jacobian``: a constant matrix or a function ``J(t, y)`` returning ``dF/dy``;
      without it the Jacobian is formed by finite differences as MATLAB's numjac does
      (``numel(y0)`` function evaluations per step, counted in the statistics);
    * ``JConstant`` 'on': the Jacobian is formed once;
    * ``Mass``: a constant nonsingular matrix, solving ``M y' = f(t, y)`` (a function
      ``M(t)`` or ``M(t, y)`` and MassSingular 'yes' are errors, as in MATLAB's ode23s).

    NonNegative is ignored with MATLAB's warning in MATLAB; compat refuses it. Complex
    problems are refused (split them into real and imaginary parts).

    Returns
    -------
    t, y, te, ye, ie : ndarray
        As for :func:`compat.matlab.ode45`.
    sol : MatlabStruct (nargout=1)
        ``solver`` ('ode23s'), ``extdata``, ``x``, ``y``, ``stats`` (nsteps, nfailed,
        nfevals, npds, ndecomps, nsolves), ``idata.f3d`` (compat's layout: the stages
        ``k1``, ``k2`` of every step, ``numel(y0) x 2 x numel(x)``), and with Events
        ``xe``, ``ye``, ``ie``.

    Raises
    ------
    ValueError
        As :func:`compat.matlab.ode45`, and for a Jacobian or Mass of the wrong shape,
        a non-constant Mass, MassSingular 'yes', NonNegative, complex y0.

    Warns
    -----
    IntegrationTolNotMetWarning
        MATLAB's "Failure at t=... Unable to meet integration tolerances".

    Notes
    -----
    The method is the modified Rosenbrock (2,3) pair of Shampine and Reichelt (1997)
    with its free interpolant; every rule of the step control is listed in
    :mod:`compat._core.ode_rosenbrock` with its source. The naive SciPy calls differ:
    ``scipy.integrate.solve_ivp(f, (t0, tf), y0, method='Radau')`` or ``'BDF'`` are
    other methods (an implicit Runge-Kutta method of order 5 and variable-order BDFs)
    with SciPy's RMS error norm, so they take other steps and return other numbers;
    SciPy has no Rosenbrock method, no mass matrix and returns ``y`` transposed.

    GNU Octave 7.3's ode23s implements the same pair but with Octave's own initial
    step (a Hairer-type estimate) and step-size rules, so its steps differ from
    MATLAB's (and compat's); they agree to the accuracy of the solution.

    Sources: MATLAB documentation of ode23s and odeset; L. F. Shampine and M. W.
    Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1), 1997.

    Examples
    --------
    A stiff scalar problem, ``y' = -100 (y - cos t)``:

    >>> import numpy as np
    >>> from compat import matlab
    >>> t, y = matlab.ode23s(lambda t, y: -100*(y - np.cos(t)), [0, 1], 0)
    >>> round(float(y[-1, 0]), 4)
    0.5487

    van der Pol with mu = 1000 (MATLAB's vdp1000 example) and its Jacobian:

    >>> def vdp1000(t, y):
    ...     return [y[1], 1000*(1 - y[0]**2)*y[1] - y[0]]
    >>> def jac(t, y):
    ...     return [[0, 1], [-2000*y[0]*y[1] - 1, 1000*(1 - y[0]**2)]]
    >>> sol = matlab.ode23s(vdp1000, [0, 3000], [2, 0], Jacobian=jac, nargout=1)
    >>> round(float(sol.y[0, -1]), 2)
    -1.51
    """
    options = _options_argument(odefun, options, odeset_options)
    if isinstance(options, dict):
        known = {n.lower() for n in ODE_OPTION_NAMES}
        for key in options:
            if not isinstance(key, str) or key.lower() not in known:
                raise CompatValueError(f"Unrecognized property name '{key}' in the "
                                       f"options. See ODESET for possibilities.")
    tpoints, t_one_d = _tspan(tspan)
    y0a = matlab_array(y0, "y0")
    if y0a.size == 0:
        raise CompatValueError("y0 must not be empty")
    if y0a.ndim > 2 or (y0a.ndim == 2 and min(y0a.shape) > 1):
        raise CompatValueError(f"y0 must be a vector, got shape {y0a.shape}")
    if y0a.dtype.kind == "c":
        raise CompatValueError("complex y0 is not supported by compat's ode23s (split "
                               "the problem into real and imaginary parts)")
    if not np.all(np.isfinite(y0a)):
        raise CompatValueError("y0 must be finite (no NaN or Inf)")
    single = is_single(y0a)
    y = np.array(y0a, dtype=np.float64).reshape(-1)
    neq = y.size
    eps = float(np.finfo(np.float32).eps) if single else float(np.finfo(float).eps)
    stiff = _stiff_options(options, neq, "ode23s")
    if _get(options, "NonNegative") is not None:
        raise CompatValueError("NonNegative is not supported by ode23s (MATLAB ignores "
                               "it with a warning)")
    settings = _solver_options(_without(options, ("Mass",)), neq, "ode23s")
    if settings.events is not None:
        settings = dataclasses.replace(settings, events=_bind(settings.events, args=args))
    if stiff.jacobian is not None and callable(stiff.jacobian) and args:
        stiff = dataclasses.replace(stiff, jacobian=_bind(stiff.jacobian, args=args))
    rhs = wrap_rhs(_bind(odefun, args=args), neq, np.dtype(np.float64), None)
    sol = solve_rosenbrock(rhs, float(tpoints[0]), float(tpoints[-1]), y, settings, stiff,
                           eps=eps, tspan_points=tpoints, output_sol=(nargout == 1))
    out_dtype = np.float32 if single else np.float64
    if nargout == 1:
        s = MatlabStruct()
        s.solver = "ode23s"
        s.extdata = MatlabStruct(odefun=odefun, options=options, varargin=list(args))
        s.x = sol.x.reshape(1, -1)
        s.y = sol.xy.astype(out_dtype)
        s.stats = MatlabStruct({k: np.float64(v) for k, v in sol.stats.items()})
        s.idata = MatlabStruct(f3d=sol.f3d)
        if _get(options, "Events") is not None:
            s.xe = sol.te.reshape(1, -1)
            s.ye = sol.ye.T.astype(out_dtype)
            s.ie = sol.ie.reshape(1, -1)
        return s
    return OdeResult.first(nargout, _column(sol.t, t_one_d), sol.y.astype(out_dtype),
                           _column(sol.te, t_one_d), sol.ye.astype(out_dtype),
                           _column(sol.ie, t_one_d))
