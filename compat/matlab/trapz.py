"""MATLAB ``trapz``: trapezoidal numerical integration."""

from __future__ import annotations

from compat._core.reductions import trapz_impl
from compat._core.legacy import matlab_function

__all__ = ["trapz"]


@matlab_function("trapz")
def trapz(*args):
    """Trapezoidal integration, as MATLAB's ``trapz``.

    MATLAB call forms::

        Q = trapz(Y)               ->  trapz(Y)             (unit spacing)
        Q = trapz(X, Y)            ->  trapz(x, Y)          (X: coordinates or scalar spacing)
        Q = trapz(___, dim)        ->  trapz(Y, 2), trapz(x, Y, 2)

    Integrates along ``dim`` (default: the first dimension whose size is not 1; a 1-D
    ``Y`` gives a numpy scalar). ``X`` is a scalar spacing, a vector with one
    coordinate per element along ``dim`` (any orientation), or an array the size of
    ``Y``. With two arguments, a scalar second argument is ``dim`` (``trapz(Y, dim)``),
    as in MATLAB. Result: ``sum(diff(X) .* (Y(1:end-1) + Y(2:end)) / 2)``; 0 for fewer
    than two points.

    Result class: single if ``Y`` or ``X`` is single, otherwise double (integer and
    logical ``Y`` are integrated in double, a decision of compat: MATLAB documents
    single and double).

    Differences from the naive call: ``numpy.trapz(y, x)`` takes ``y`` first and
    integrates along the last axis by default (MATLAB: ``trapz(x, y)``, along the
    first non-singleton dimension, so a matrix is integrated column by column).

    Sources: MATLAB documentation of ``trapz`` (call forms, spacing, dim, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import trapz
    >>> trapz(np.array([1.0, 4, 9, 16, 25]))            # MATLAB doc example: 42
    np.float64(42.0)
    >>> trapz(np.pi / 100, np.sin(np.linspace(0, np.pi, 101))).round(4)
    np.float64(1.9998)
    """
    return trapz_impl("trapz", args, cumulative=False)
