"""MATLAB ``deval``: evaluate the solution structure of ode45/ode23."""

from __future__ import annotations

from compat._core.ode import deval_solution
from compat._core.legacy import matlab_function

__all__ = ["deval"]


@matlab_function("deval")
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
        A solution structure from ``ode45``/``ode23`` with ``nargout=1``.
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
    ntrp23 for ode23), as MATLAB's deval does. The naive SciPy equivalent,
    ``solve_ivp(..., dense_output=True).sol(x)``, uses SciPy's own interpolant (for
    RK45 Dormand-Prince's, not Shampine's that MATLAB uses) on SciPy's steps.

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
    return deval_solution("deval", sol, xint, idx, nargout)
