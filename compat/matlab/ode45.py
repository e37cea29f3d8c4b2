"""MATLAB ``ode45``: Dormand-Prince 5(4) with MATLAB's step control, output and events."""

from __future__ import annotations

from compat._core.ode import DORMAND_PRINCE, matlab_ode
from compat._core.legacy import matlab_function

__all__ = ["ode45"]


@matlab_function("ode45")
def ode45(odefun, tspan, y0, options=None, *args, nargout=2, inputs=None,
          input_method=None, input_restart=None, **odeset_options):
    """Solve non-stiff ODEs with a medium-order method, as MATLAB's ``ode45``.

    MATLAB call forms::

        [t,y] = ode45(odefun,tspan,y0)              ->  t, y = ode45(odefun, tspan, y0)
        [t,y] = ode45(odefun,tspan,y0,options)      ->  t, y = ode45(odefun, tspan, y0, opts)
        [t,y,te,ye,ie] = ode45(odefun,tspan,y0,options)
                                                    ->  ode45(..., opts, nargout=5)
        sol = ode45(...)                            ->  sol = ode45(..., nargout=1)
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
        RelTol (1e-3), AbsTol (1e-6, scalar or per component), NormControl ('off'),
        MaxStep (``0.1*|tfinal - t0|``), InitialStep (chosen from ``f(t0, y0)``),
        Refine (4), Events, NonNegative, OutputFcn, OutputSel, Stats ('off').
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
    return matlab_ode("ode45", DORMAND_PRINCE, odefun, tspan, y0, options, args, nargout,
                      inputs, input_method, input_restart, odeset_options)
