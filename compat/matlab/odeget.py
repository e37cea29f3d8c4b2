"""MATLAB ``odeget``: one property of an ODE options structure."""

from __future__ import annotations

from compat._core.ode import _get, resolve_option_name
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["odeget"]


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
    canonical = resolve_option_name("odeget", name)
    if options is not None and not isinstance(options, dict) and \
            not hasattr(options, "__dict__"):
        if hasattr(options, "__len__") and len(options) == 0:
            options = None
        else:
            raise matlab_error("odeget", "options must be a structure made by odeset, "
                               f"got {type(options).__name__}", TypeError)
    if isinstance(options, dict):
        options = {resolve_option_name("odeget", k) if isinstance(k, str) else k: v
                   for k, v in options.items()}
    value = _get(options, canonical)
    return default if value is None else value
