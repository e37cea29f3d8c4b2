"""MATLAB's integer classes: the conversions ``int8`` ... ``uint64``.

One template, eight functions: each converts as MATLAB does (round to nearest with
halves away from zero, saturate at the class limits, NaN to 0) through the core
:func:`compat._core.matlab_integers.to_int`. MATLAB's integer *arithmetic* is in
:mod:`compat.matlab.intops`.
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import to_int

__all__ = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64"]

_TEMPLATE = """Convert to {{cls}}, as MATLAB's ``{{cls}}``.

    MATLAB call form::

        Y = {{cls}}(X)    ->  {{cls}}(X)

    Floating values are rounded to the nearest integer with halves **away from zero**
    (``{{cls}}(2.5)`` is 3), values outside ``[{{low}}, {{high}}]`` **saturate** to the
    limits (``Inf`` too), and NaN becomes 0. Integer inputs of other classes saturate;
    logical and char (character codes) convert directly.

    Differences from the naive numpy call: ``np.asarray(X).astype(np.{{cls}})`` truncates
    toward zero (2.7 -> 2), wraps out-of-range values modulo 2^{{bits}} and turns NaN/Inf
    into arbitrary values with a RuntimeWarning; ``np.{{cls}}(2.5)`` does the same.

    The result is a plain numpy array of dtype {{cls}}. **numpy operators on it do not
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
    ndarray of dtype {{cls}} (numpy scalar for scalar input); a new array.

    Raises
    ------
    TypeError
        ``"{{cls}}: input must be numeric, logical or char ..."``; complex input with a
        non-zero imaginary part (compat does not model complex integers).

    Notes
    -----
    Source: MATLAB documentation "Integers" (conversion rounds to nearest, saturation
    on overflow, NaN to 0) and of ``{{cls}}``. GNU Octave 7.3 agrees (checked by the live
    differential tests and the goldens in reference_outputs/matlab/integers).

    Examples
    --------
    >>> from compat.matlab import {{cls}}
    >>> {{cls}}([2.5, -2.5, 300, -300, float('nan'), float('inf')]).tolist()
    {{example}}
    """


# the documented example, int8(...) of [2.5, -2.5, 300, -300, NaN, Inf], as MATLAB gives it
_EXAMPLES = {
    "int8": [3, -3, 127, -128, 0, 127], "int16": [3, -3, 300, -300, 0, 32767],
    "int32": [3, -3, 300, -300, 0, 2147483647],
    "int64": [3, -3, 300, -300, 0, 9223372036854775807],
    "uint8": [3, 0, 255, 0, 0, 255], "uint16": [3, 0, 300, 0, 0, 65535],
    "uint32": [3, 0, 300, 0, 0, 4294967295],
    "uint64": [3, 0, 300, 0, 0, 18446744073709551615]}


def _conversion(cls: str):
    """The MATLAB conversion function ``cls`` (``'int8'`` ...), documented and decorated."""
    info = np.iinfo(cls)

    def convert(X):
        out = to_int(cls, X, cls)
        if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
            return out[()]
        return out

    convert.__name__ = convert.__qualname__ = cls
    convert.__module__ = __name__
    convert.__doc__ = Fragments(cls=cls, low=str(info.min), high=str(info.max),
                                bits=str(info.bits), example=str(_EXAMPLES[cls])).render(_TEMPLATE)
    return matlab_function(cls)(convert)


int8 = _conversion("int8")
int16 = _conversion("int16")
int32 = _conversion("int32")
int64 = _conversion("int64")
uint8 = _conversion("uint8")
uint16 = _conversion("uint16")
uint32 = _conversion("uint32")
uint64 = _conversion("uint64")
