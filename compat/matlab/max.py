"""MATLAB ``max``: maximum elements of an array."""

from __future__ import annotations

from compat._core.reductions import minmax, scalarize
from compat._core.legacy import matlab_function

__all__ = ["max"]


@matlab_function("max", nan_option="with 'omitnan'")
def max(A, *args, nargout=1, **name_value):  # noqa: A001 - MATLAB's name
    """Maximum elements, as MATLAB's ``max``.

    MATLAB call forms::

        M = max(A)                        ->  max(A)
        M = max(A, [], 'all')             ->  max(A, [], 'all')
        M = max(A, [], dim)               ->  max(A, [], 2)
        M = max(A, [], vecdim)            ->  max(A, [], [1, 2])
        M = max(___, missingflag)         ->  max(A, [], 'includenan')  ('omitnan' default)
        [M, I] = max(___)                 ->  M, I = max(A, nargout=2)
        [M, I] = max(A, [], ___, 'linear')->  max(A, [], 2, 'linear', nargout=2)
        C = max(A, B)                     ->  max(A, B)
        C = max(A, B, missingflag)        ->  max(A, B, 'includenan')
        ___ = max(___, 'ComparisonMethod', method)   ('auto', 'abs', 'real';
                                                      also comparisonmethod='abs')

    Reduction form: along the first dimension whose size is not 1 (1-D input gives a
    numpy scalar). ``I`` is MATLAB's 1-based index (double) of the first maximum along
    the dimension; with 'all' or 'linear' it is the 1-based column-major linear index
    into ``A``. NaN is ignored unless 'includenan'; an all-NaN slice gives NaN and the
    index of its first NaN. ``max([])`` is ``[]`` (0x0).

    Two-array form: elementwise maximum with implicit expansion; NaN is ignored unless
    'includenan'. Result class: an integer class if either input is integer (a double
    operand is rounded into it); single if either is single; logical for two logicals;
    otherwise double.

    Complex values compare by ``abs`` and, for equal magnitude, by ``angle``
    ('auto'/'abs'); 'real' compares real parts, then imaginary parts. Real values
    with 'abs' compare by magnitude (ties by angle: a negative value is larger).

    Differences from the naive call: ``numpy.max``/``numpy.maximum`` propagate NaN
    (``numpy.max([1, nan])`` is nan; MATLAB's ``max([1 NaN])`` is 1); ``numpy.argmax``
    is 0-based and flattens without ``axis``; numpy orders complex numbers by real
    part, MATLAB by magnitude; ``numpy.nanmax`` warns and has no index output.

    Sources: MATLAB documentation of ``max`` (call forms, missingflag, 'linear',
    ComparisonMethod, index output, integer/single class rules); checked against GNU
    Octave 7.3 (NaN rules, complex ordering, indices).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import max
    >>> max(np.array([[2.0, 8, 4], [7, 3, 9]]))                   # MATLAB doc example
    array([[7., 8., 9.]])
    >>> M, I = max(np.array([[3.0, np.nan, 5], [7, 1, np.nan]]), nargout=2)
    >>> M, I
    (array([[7., 1., 5.]]), array([[2., 2., 1.]]))
    >>> max(np.int8(5), 7.6)
    np.int8(8)
    """
    out = minmax("max", "max", A, args, nargout, name_value)
    return scalarize(out)

