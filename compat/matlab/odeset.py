"""MATLAB ``odeset``: the options structure of the ODE solvers."""

from __future__ import annotations

from compat._core.ode import make_options
from compat._core.legacy import matlab_function

__all__ = ["odeset"]


@matlab_function("odeset")
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

    Properties the compat solvers (ode45, ode23) use: RelTol, AbsTol, NormControl,
    MaxStep, InitialStep, Refine, Events, NonNegative, OutputFcn, OutputSel, Stats.
    The others (BDF, InitialSlope, Jacobian, JConstant, JPattern, Mass, MassSingular,
    MaxOrder, MStateDependence, MvPattern, Vectorized) are accepted and stored
    for MATLAB's stiff solvers, which compat does not provide; ode45/ode23 ignore them
    as MATLAB's do, except Mass, which they refuse. Values are not checked here (as in
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
    return make_options("odeset", args, kwargs)


