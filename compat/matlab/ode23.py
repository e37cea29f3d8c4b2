"""MATLAB ``ode23``: Bogacki-Shampine 3(2) with MATLAB's step control, output and events."""

from __future__ import annotations

from compat._core.ode import BOGACKI_SHAMPINE, matlab_ode
from compat._core.legacy import matlab_function

__all__ = ["ode23"]


@matlab_function("ode23")
def ode23(odefun, tspan, y0, options=None, *args, nargout=2, inputs=None,
          input_method=None, input_restart=None, **odeset_options):
    """Solve non-stiff ODEs with a low-order method, as MATLAB's ``ode23``.

    MATLAB call forms::

        [t,y] = ode23(odefun,tspan,y0)              ->  t, y = ode23(odefun, tspan, y0)
        [t,y] = ode23(odefun,tspan,y0,options)      ->  t, y = ode23(odefun, tspan, y0, opts)
        [t,y,te,ye,ie] = ode23(odefun,tspan,y0,options)
                                                    ->  ode23(..., opts, nargout=5)
        sol = ode23(...)                            ->  sol = ode23(..., nargout=1)

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
    return matlab_ode("ode23", BOGACKI_SHAMPINE, odefun, tspan, y0, options, args,
                      nargout, inputs, input_method, input_restart, odeset_options)
