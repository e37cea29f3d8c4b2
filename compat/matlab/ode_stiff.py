"""MATLAB's stiff ODE solvers: ``ode23s`` and ``ode15s``.

The legacy layer beside :mod:`compat.matlab.ode` (whose odeset structures, option
reading, tspan/y0 checks and output shapes it shares): it reads MATLAB's argument
grammar and the stiff solvers' options (Jacobian, JConstant, Mass, and ode15s's
MaxOrder, BDF) into the Python-shaped cores
:func:`compat._core.ode_rosenbrock.solve_rosenbrock` and
:func:`compat._core.ode_ndf.solve_ndf` and returns MATLAB's outputs, ``t, y, te, ye,
ie`` or the solution structure that :func:`compat.matlab.deval` evaluates.
"""

from __future__ import annotations

import dataclasses

import numpy as np

from compat._core.errors import issue_warning
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single
from compat._core.ode import wrap_rhs
from compat._core.ode_jacobian import pattern_matrix, vectorized_rhs
from compat._core.ode_ndf import NdfOptions, solve_ndf
from compat._core.ode_rosenbrock import RosenbrockOptions, solve_rosenbrock
from compat._core.struct import MatlabStruct
from compat.matlab._ode_args import (ODE_OPTION_NAMES, bind, call_forms, column,
                                     get_option, initial_values, on_off,
                                     options_argument, read_tspan, solver_options)
from compat.matlab.ode import OdeResult

__all__ = ["ode23s", "ode15s"]

_EPS = float(np.finfo(float).eps)


def _without(options, names):
    """The options as a dict with MATLAB's names, ``names`` removed (so that the
    non-stiff option reader, which refuses Mass, reads the rest)."""
    if options is None:
        return None
    items = options.items() if isinstance(options, dict) else vars(options).items()
    return {k: v for k, v in items if k not in names}


def _stiff_options(options, neq, solver):
    """The Jacobian, JConstant and Mass (a matrix; a function for ode15s) of an odeset
    structure."""
    jac = get_option(options, "Jacobian")
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
    jconstant = on_off("JConstant", get_option(options, "JConstant")) or \
        (jac is not None and not callable(jac))
    mass = get_option(options, "Mass")
    if mass is not None and callable(mass):
        if solver == "ode23s":
            raise CompatValueError(f"{solver} accepts only constant mass matrices (MATLAB's "
                                   f"'MATLAB:{solver}:NonConstantMassMatrix')")
    elif mass is not None:
        mass = np.asarray(mass, dtype=float)
        if mass.size == 1 and neq == 1:
            mass = mass.reshape(1, 1)
        if mass.shape != (neq, neq):
            raise CompatValueError(f"Mass must be a {neq}x{neq} matrix, got shape "
                                   f"{mass.shape}")
        singular = get_option(options, "MassSingular")
        if solver == "ode23s" and isinstance(singular, str) and singular.lower() == "yes":
            raise CompatValueError(f"{solver} cannot solve problems with a singular "
                                   f"mass matrix (MassSingular 'yes'); MATLAB's "
                                   f"ode15s/ode23t solve DAEs")
        if not mass.any():
            raise CompatValueError("The mass matrix must have some non-zero entries.")
    jpattern = get_option(options, "JPattern")
    if jpattern is not None and jac is None:
        # MATLAB's odejacobian reads JPattern only for the finite-difference Jacobian
        jpattern = pattern_matrix(jpattern, (neq, neq), "JPattern")
    else:
        jpattern = None
    return RosenbrockOptions(jacobian=jac, jconstant=jconstant, mass=mass,
                             jpattern=jpattern)


# what ode23s's and ode15s's docstrings share (and their call forms, as ode45's)
_DOCS = Fragments(
    options_read="""
        Arguments, outputs, extra arguments, ``nargout`` (2 by default, 1 for the solution
        structure that :func:`compat.matlab.deval` evaluates) and odeset properties as
        keywords are as for :func:`compat.matlab.ode45`. Options read: RelTol, AbsTol,
        NormControl, MaxStep, InitialStep, Refine (default 1), Events, OutputFcn,
        OutputSel, Stats (six lines: steps, failed attempts, function evaluations, partial
        derivatives, LU decompositions, solutions of linear systems)""",
    jacobian="""
        * ``Jacobian``: a constant matrix or a function ``J(t, y)`` returning ``dF/dy``;
          without it the Jacobian is formed by finite differences as MATLAB's numjac does
          (one evaluation per column of ``dF/dy``, counted in the statistics);
        * ``JPattern`` (without a Jacobian): the sparsity pattern of ``dF/dy`` (a matrix,
          dense or scipy.sparse, nonzero where ``f_i`` may depend on ``y_j``); the columns
          are grouped as MATLAB's colgroup does (first fit: a tridiagonal pattern gives 3
          groups) and each Jacobian costs one evaluation per group instead of one per
          column, so the statistics' function evaluations drop as MATLAB's do; the naive
          ``scipy.integrate.solve_ivp(..., jac_sparsity=S)`` groups the columns in a
          random order;
        * ``Vectorized`` 'on' (without a Jacobian): ``odefun(t, Y)`` is called with the
          ``numel(y0) x k`` matrix of the perturbed states (one per column, a NumPy 2-D
          array) and returns the ``numel(y0) x k`` derivatives, one call per Jacobian;
          MATLAB counts the values computed, so the statistics are unchanged; every other
          call passes one state, as a 1-D array""",
    returns="""
        t, y, te, ye, ie : ndarray
            As for :func:`compat.matlab.ode45`.
        sol : MatlabStruct (nargout=1)""",
    raises="As :func:`compat.matlab.ode45`, and for a Jacobian or Mass of the wrong shape,",
    warns="""
        Warns
        -----
        IntegrationTolNotMetWarning
            MATLAB's "Failure at t=... Unable to meet integration tolerances".""",
)


@matlab_function("ode23s", nargout=5)
@_DOCS(call_forms=call_forms("ode23s")).fill
def ode23s(odefun, tspan, y0, options=None, *args, nargout=2, **odeset_options):
    """Solve stiff ODEs with a low-order method, as MATLAB's ``ode23s``.

    {{call_forms}}

    {{options_read}}, and the stiff ones:

    {{jacobian}}
      (ode23s forms the Jacobian at every step);
    * ``JConstant`` 'on': the Jacobian is formed once;
    * ``Mass``: a constant nonsingular matrix, solving ``M y' = f(t, y)`` (a function
      ``M(t)`` or ``M(t, y)`` and MassSingular 'yes' are errors, as in MATLAB's ode23s).

    NonNegative is ignored with MATLAB's warning in MATLAB; compat refuses it. Complex
    problems are refused (split them into real and imaginary parts).

    Returns
    -------
    {{returns}}
        ``solver`` ('ode23s'), ``extdata``, ``x``, ``y``, ``stats`` (nsteps, nfailed,
        nfevals, npds, ndecomps, nsolves), ``idata.f3d`` (compat's layout: the stages
        ``k1``, ``k2`` of every step, ``numel(y0) x 2 x numel(x)``), and with Events
        ``xe``, ``ye``, ``ie``.

    Raises
    ------
    ValueError
        {{raises}}
        a non-constant Mass, MassSingular 'yes', NonNegative, complex y0.

    {{warns}}

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
    p = _prepare("ode23s", odefun, tspan, y0, options, args, odeset_options)
    if get_option(p.options, "NonNegative") is not None:
        raise CompatValueError("NonNegative is not supported by ode23s (MATLAB ignores "
                               "it with a warning)")
    settings = solver_options(_without(p.options, ("Mass",)), p.neq, "ode23s")
    settings, stiff, rhs = _bound(settings, p.stiff, odefun, args, p.neq,
                                  vectorized=p.vectorized)
    sol = solve_rosenbrock(rhs, float(p.tpoints[0]), float(p.tpoints[-1]), p.y, settings,
                           stiff, eps=p.eps, tspan_points=p.tpoints,
                           output_sol=(nargout == 1))
    return _outputs(p, sol, odefun, args, nargout, lambda s: setattr(
        s, "idata", MatlabStruct(f3d=sol.f3d)))


@dataclasses.dataclass
class _Prepared:
    options: object
    tpoints: np.ndarray
    t_one_d: bool
    y: np.ndarray
    neq: int
    single: bool
    eps: float
    stiff: RosenbrockOptions
    vectorized: bool


def _prepare(solver, odefun, tspan, y0, options, args, odeset_options) -> _Prepared:
    """The checks and readings ode23s and ode15s share: options, tspan, y0, the stiff
    options."""
    options = options_argument(odefun, options, odeset_options)
    if isinstance(options, dict):
        known = {n.lower() for n in ODE_OPTION_NAMES}
        for key in options:
            if not isinstance(key, str) or key.lower() not in known:
                raise CompatValueError(f"Unrecognized property name '{key}' in the "
                                       f"options. See ODESET for possibilities.")
    tpoints, t_one_d = read_tspan(tspan)
    y0a = initial_values(y0, solver)
    single = is_single(y0a)
    y = np.array(y0a, dtype=np.float64).reshape(-1)
    neq = y.size
    eps = float(np.finfo(np.float32).eps) if single else _EPS
    stiff = _stiff_options(options, neq, solver)
    vectorized = on_off("Vectorized", get_option(options, "Vectorized"))
    return _Prepared(options, tpoints, t_one_d, y, neq, single, eps, stiff, vectorized)


def _bound(settings, stiff, odefun, args, neq, nonneg=None, vectorized=False):
    """The events, Jacobian and right-hand side with the call's extra arguments bound
    (and, with Vectorized 'on' and no Jacobian, the matrix form of odefun that numjac
    calls)."""
    if settings.events is not None:
        settings = dataclasses.replace(settings, events=bind(settings.events, args=args))
    if stiff.jacobian is not None and callable(stiff.jacobian) and args:
        stiff = dataclasses.replace(stiff, jacobian=bind(stiff.jacobian, args=args))
    if vectorized and stiff.jacobian is None:
        stiff = dataclasses.replace(stiff, vectorized_rhs=vectorized_rhs(
            bind(odefun, args=args), neq, nonneg))
    rhs = wrap_rhs(bind(odefun, args=args), neq, np.dtype(np.float64), nonneg)
    return settings, stiff, rhs


def _outputs(p, sol, odefun, args, nargout, add_idata):
    """MATLAB's outputs: ``t, y, te, ye, ie`` or the solution structure."""
    out_dtype = np.float32 if p.single else np.float64
    if nargout == 1:
        s = MatlabStruct()
        s.solver = sol.solver
        s.extdata = MatlabStruct(odefun=odefun, options=p.options, varargin=list(args))
        s.x = sol.x.reshape(1, -1)
        s.y = sol.xy.astype(out_dtype)
        s.stats = MatlabStruct({k: np.float64(v) for k, v in sol.stats.items()})
        add_idata(s)
        if get_option(p.options, "Events") is not None:
            s.xe = sol.te.reshape(1, -1)
            s.ye = sol.ye.T.astype(out_dtype)
            s.ie = sol.ie.reshape(1, -1)
        return s
    return OdeResult.first(nargout, column(sol.t, p.t_one_d), sol.y.astype(out_dtype),
                           column(sol.te, p.t_one_d), sol.ye.astype(out_dtype),
                           column(sol.ie, p.t_one_d))


def _ndf_options(options, stiff, neq, t0, y0, args):
    """ode15s's MaxOrder, BDF, and the DAE reading of the mass matrix (MassSingular,
    InitialSlope) over the shared stiff options."""
    maxorder = get_option(options, "MaxOrder")
    if maxorder is None:
        maxk = 5
    else:
        m = np.asarray(maxorder, dtype=float).ravel()
        if m.size != 1 or m[0] not in (1, 2, 3, 4, 5):
            raise CompatValueError(f"MaxOrder must be 1, 2, 3, 4 or 5, got {maxorder!r}")
        maxk = int(m[0])
    bdf = on_off("BDF", get_option(options, "BDF"))
    mass = stiff.mass
    dae = False
    slope = get_option(options, "InitialSlope")
    state = None
    mv_pattern = None
    if mass is not None:
        singular = get_option(options, "MassSingular")
        singular = "maybe" if singular is None else str(singular).lower()
        if singular not in ("yes", "no", "maybe"):
            raise CompatValueError(f"MassSingular must be 'yes', 'no' or 'maybe', got "
                                   f"{singular!r}")
        m0 = mass
        if callable(mass):
            state = get_option(options, "MStateDependence")
            state = "weak" if state is None else str(state).lower()
            if state not in ("none", "weak", "strong"):
                raise CompatValueError(f"MStateDependence must be 'none', 'weak' or "
                                       f"'strong', got {state!r}")
            if state == "strong":
                mv = get_option(options, "MvPattern")
                if mv is not None:
                    mv_pattern = pattern_matrix(mv, (neq, neq), "MvPattern")
            fn = mass
            mass = ((lambda t: fn(t, *args)) if state == "none"
                    else bind(fn, args=args))
            m0 = np.asarray(mass(t0) if state == "none" else mass(t0, y0.copy()),
                            dtype=float).reshape(neq, neq)
        if not m0.any():
            raise CompatValueError("The mass matrix must have some non-zero entries.")
        # MATLAB's ode15s: 'maybe' is a DAE when eps*nnz(M)*condest(M) > 1
        dae = singular == "yes" or (singular == "maybe" and _EPS * np.count_nonzero(
            m0) * np.linalg.cond(m0, 1) > 1)
        if dae and state in ("weak", "strong"):
            raise CompatValueError("compat's ode15s solves DAEs with a mass matrix M or "
                                   "M(t) only (MATLAB's daeic3 for M(t, y) is not "
                                   "implemented)")
    if slope is not None:
        slope = np.asarray(slope, dtype=float).ravel()
        if slope.size != neq:
            raise CompatValueError("y0 and yp0 have different lengths.")
    return NdfOptions(jacobian=stiff.jacobian, jconstant=stiff.jconstant, mass=mass,
                      max_order=maxk, bdf=bdf, dae=dae,
                      initial_slope=slope if dae else None, mass_state=state,
                      jpattern=stiff.jpattern, mv_pattern=mv_pattern)


@matlab_function("ode15s", nargout=5)
@_DOCS(call_forms=call_forms("ode15s")).fill
def ode15s(odefun, tspan, y0, options=None, *args, nargout=2, **odeset_options):
    """Solve stiff ODEs with the variable-order NDF method, as MATLAB's ``ode15s``.

    {{call_forms}}

    {{options_read}}, NonNegative, and:

    * ``MaxOrder`` (1 to 5, default 5) and ``BDF`` 'on' (the backward differentiation
      formulas, Gear's method, instead of the NDFs);
    {{jacobian}}
      (ode15s forms the Jacobian at t0 and again only when its Newton iteration
      converges too slowly; ``JConstant`` 'on': formed once);
    * ``Mass``: a constant matrix, solving ``M y' = f(t, y)``; when it is singular
      (MassSingular 'yes', or the default 'maybe' and MATLAB's test ``eps*nnz(M)*cond(M)
      > 1``) the problem is a DAE of index 1: ``y0`` is a guess that is made consistent
      as MATLAB's daeic12 does (only the algebraic components move; "Need a better guess
      y0 for consistent initial conditions." when that fails, "This DAE appears to be of
      index greater than 1." for a singular algebraic Jacobian) unless ``InitialSlope``
      gives a ``yp0`` with ``M yp0 = f(t0, y0)`` to ``1e-3 RelTol``; the Newton matrix's
      rows are scaled by their largest entry.

    * ``Mass`` as a function: ``M(t)`` with MStateDependence 'none', ``M(t, y)`` with
      'weak' (MATLAB's default) or 'strong', extra arguments passed as to odefun;
      MATLAB's ode15s evaluates ``M(tnew)`` once per attempt, ``M(tnew, ynew)`` at every
      Newton iteration, and keeps the Newton matrix's ``M(t, y)`` until a new Jacobian
      is formed. With 'strong' the Newton matrix is ``M - h invGa J + d(M psi)/dy``
      (``psi`` the step's constant term; the derivative by numjac on ``y -> M(t, y)
      psi`` with threshold AbsTol, at t0 and with every new Jacobian; ``MvPattern``, the
      pattern of ``d(M(t, y) v)/dy``, groups its columns as JPattern does), as MATLAB's
      ode15s (its Mtype 4) does; those evaluations of M are not counted in the
      statistics (MATLAB counts none).

    Not supported (errors): DAEs with ``M(t, y)`` (MATLAB's daeic3); complex problems.
    NonNegative with a mass matrix is ignored with MATLAB's warning.

    Returns
    -------
    {{returns}}
        ``solver`` ('ode15s'), ``extdata``, ``x``, ``y``, ``stats`` (nsteps, nfailed,
        nfevals, npds, ndecomps, nsolves), ``idata`` with MATLAB's ``kvec`` (the order
        of every step, ``1 x numel(x)``) and ``dif3d`` (the backward differences after
        every step, ``numel(y0) x (MaxOrder + 2) x numel(x)``), ``idxNonNegative``;
        with Events ``xe``, ``ye``, ``ie``.

    Raises
    ------
    ValueError
        {{raises}}
        a JPattern or MvPattern of the wrong shape, a vectorised odefun returning the
        wrong shape, a DAE with ``M(t, y)``, MaxOrder outside 1..5, an
        inconsistent DAE start that cannot be repaired, a negative NonNegative
        component of y0, complex y0.

    {{warns}}

    Notes
    -----
    The method is the quasi-constant step size NDF/BDF family of orders 1-5 in
    backward-difference form with a simplified Newton iteration, as Shampine and
    Reichelt (1997) describe and MATLAB's ode15s implements; every rule of the step,
    order and Newton control is listed in :mod:`compat._core.ode_ndf` with its source.
    The naive SciPy call ``scipy.integrate.solve_ivp(f, (t0, tf), y0, method='BDF')``
    is the same family (SciPy's BDF is also Shampine's NDF in difference form) but with
    SciPy's RMS error norm, its own initial step, Newton and step-size rules and dense
    output, so it takes other steps and returns other numbers (and ``y`` transposed);
    it has no mass matrix and no MATLAB statistics.

    GNU Octave 7.3's ode15s is another algorithm (SUNDIALS IDA's variable-order BDF on
    the implicit form ``M y' - f = 0``): it agrees with MATLAB (and compat) to the
    accuracy of the solutions, not step by step.

    Sources: MATLAB documentation of ode15s and odeset; L. F. Shampine and M. W.
    Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1), 1997; the algorithm
    description in the help text and comments of MATLAB's ode15s.m and ntrp15s.m.

    Examples
    --------
    van der Pol with mu = 1000 (MATLAB's vdp1000 example) to t = 3000:

    >>> from compat import matlab
    >>> def vdp1000(t, y):
    ...     return [y[1], 1000*(1 - y[0]**2)*y[1] - y[0]]
    >>> t, y = matlab.ode15s(vdp1000, [0, 3000], [2, 0])
    >>> t.shape, round(float(y[-1, 0]), 4)
    ((592,), -1.5023)

    Robertson's kinetics at the points of a tspan, with the BDFs of orders up to 2:

    >>> import numpy as np
    >>> def rober(t, y):
    ...     return [-0.04*y[0] + 1e4*y[1]*y[2],
    ...             0.04*y[0] - 1e4*y[1]*y[2] - 3e7*y[1]**2, 3e7*y[1]**2]
    >>> opts = matlab.odeset('RelTol', 1e-4, 'AbsTol', [1e-6, 1e-10, 1e-6],
    ...                      'BDF', 'on', 'MaxOrder', 2)
    >>> t, y = matlab.ode15s(rober, [0, 40, 400], [1, 0, 0], opts)
    >>> np.round(y[-1], 4)
    array([0.4504, 0.    , 0.5496])

    A tridiagonal system with its sparsity pattern and a vectorised odefun: each
    Jacobian costs 3 evaluations (one per column group) instead of 20:

    >>> n = 20
    >>> D = 441*(np.diag(-2.0*np.ones(n)) + np.diag(np.ones(n-1), 1)
    ...          + np.diag(np.ones(n-1), -1))
    >>> f = lambda t, y: D @ y - y**3          # y: one state, or states as columns
    >>> full = matlab.ode15s(f, [0, 0.5], np.ones(n), nargout=1)
    >>> sparse = matlab.ode15s(f, [0, 0.5], np.ones(n), JPattern=(D != 0),
    ...                        Vectorized='on', nargout=1)
    >>> int(full.stats.nfevals), int(sparse.stats.nfevals), int(sparse.stats.npds)
    (111, 94, 1)
    """
    p = _prepare("ode15s", odefun, tspan, y0, options, args, odeset_options)
    ndf = _ndf_options(p.options, p.stiff, p.neq, float(p.tpoints[0]), p.y, args)
    opts = _without(p.options, ("Mass",))
    nonneg_given = get_option(p.options, "NonNegative") is not None
    if nonneg_given and ndf.mass is not None:
        issue_warning(MatlabWarning(
            "ode15s: NonNegative is ignored for linearly implicit systems (a Mass "
            "option was given).",
            "MATLAB:ode15s:NonNegativeIgnoredForLinearlyImplicitSystems"))
        opts = _without(opts, ("NonNegative",))
    settings = solver_options(opts, p.neq, "ode15s")
    nonneg = settings.nonnegative
    if nonneg is not None and np.any(p.y[nonneg] < 0):
        raise CompatValueError("some NonNegative components of y0 are negative")
    settings, ndf, rhs = _bound(settings, ndf, odefun, args, p.neq, nonneg,
                                vectorized=p.vectorized)
    sol = solve_ndf(rhs, float(p.tpoints[0]), float(p.tpoints[-1]), p.y, settings, ndf,
                    eps=p.eps, tspan_points=p.tpoints, output_sol=(nargout == 1))

    def idata(s):
        kvec, dif3d = sol.f3d
        s.idata = MatlabStruct(kvec=kvec.reshape(1, -1), dif3d=dif3d,
                               idxNonNegative=(np.zeros((0, 1)) if nonneg is None
                                               else (nonneg + 1.0).reshape(-1, 1)))
    return _outputs(p, sol, odefun, args, nargout, idata)
