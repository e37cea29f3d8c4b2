"""MATLAB ``int16``: convert to the int16 class (round to nearest, saturate, NaN -> 0)."""

from __future__ import annotations

import numpy as np

from compat._core.matlab_integers import to_int
from compat._core.legacy import matlab_function

__all__ = ["int16"]


@matlab_function("int16")
def int16(X):
    """Convert to int16, as MATLAB's ``int16``.

    MATLAB call form::

        Y = int16(X)    ->  int16(X)

    Floating values are rounded to the nearest integer with halves **away from zero**
    (``int16(2.5)`` is 3), values outside ``[-32768, 32767]`` **saturate** to the
    limits (``Inf`` too), and NaN becomes 0. Integer inputs of other classes saturate;
    logical and char (character codes) convert directly.

    Differences from the naive numpy call: ``np.asarray(X).astype(np.int16)`` truncates
    toward zero (2.7 -> 2), wraps out-of-range values modulo 2^16 (e.g.
    ``np.array(300.0).astype(np.int16).astype(np.int8)`` is 44) and turns NaN/Inf into arbitrary values with a RuntimeWarning;
    ``np.int16(2.5)`` does the same.

    The result is a plain numpy array of dtype int16. **numpy operators on it do not
    follow MATLAB's integer arithmetic**: ``a + b`` wraps around, ``a / b`` returns
    float64, ``a * 2.6`` returns float64. Use :mod:`compat.matlab.intops`
    (``intops.plus(a, b)``, ``intops.rdivide(a, b)``, ...) or wrap the array with
    ``intops.MatlabInt(a)`` so that ``+ - * /`` saturate and round as in MATLAB.

    Parameters
    ----------
    X : array_like
        double, single, logical, char or any integer class. A Python number or list is
        a MATLAB double literal.

    Returns
    -------
    ndarray of dtype int16 (numpy scalar for scalar input); a new array.

    Raises
    ------
    TypeError
        ``"int16: input must be numeric, logical or char ..."``; complex input with a
        non-zero imaginary part (compat does not model complex integers).

    Notes
    -----
    Source: MATLAB documentation "Integers" (conversion rounds to nearest, saturation
    on overflow, NaN to 0) and of ``int16``. GNU Octave 7.3 agrees (checked by the live
    differential tests and the goldens in reference_outputs/matlab/integers).

    Examples
    --------
    >>> from compat.matlab import int16
    >>> int16([2.5, -2.5, 300, -300, float('nan'), float('inf')]).tolist()
    [3, -3, 300, -300, 0, 32767]
    """
    out = to_int("int16", X, "int16")
    if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
        return out[()]
    return out
