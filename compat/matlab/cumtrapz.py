"""MATLAB ``cumtrapz``: cumulative trapezoidal numerical integration."""

from __future__ import annotations

from compat._core.reductions import trapz_impl
from compat._core.legacy import matlab_function

__all__ = ["cumtrapz"]


@matlab_function("cumtrapz")
def cumtrapz(*args):
    """Cumulative trapezoidal integration, as MATLAB's ``cumtrapz``.

    MATLAB call forms::

        Q = cumtrapz(Y)            ->  cumtrapz(Y)
        Q = cumtrapz(X, Y)         ->  cumtrapz(x, Y)
        Q = cumtrapz(___, dim)     ->  cumtrapz(Y, 2)

    ``Q`` has the size of ``Y``; ``Q(1) = 0`` and ``Q(k)`` is the trapezoidal integral
    from the first point to point ``k`` along ``dim`` (default: the first dimension
    whose size is not 1). ``X`` and the two-argument rule as in
    :func:`compat.matlab.trapz`.

    Differences from the naive call: ``scipy.integrate.cumulative_trapezoid(y, x)``
    returns one value fewer unless ``initial=0``, integrates along the last axis and
    takes ``y`` first.

    Sources: MATLAB documentation of ``cumtrapz``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumtrapz
    >>> cumtrapz(np.array([1.0, 4, 9, 16, 25]))
    array([ 0. ,  2.5,  9. , 21.5, 42. ])
    """
    return trapz_impl("cumtrapz", args, cumulative=True)
