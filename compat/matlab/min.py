"""MATLAB ``min``: minimum elements of an array."""

from __future__ import annotations

from compat._core.reductions import minmax, scalarize
from compat._core.legacy import matlab_function

__all__ = ["min"]


@matlab_function("min", nan_option="with 'omitnan'")
def min(A, *args, nargout=1, **name_value):  # noqa: A001 - MATLAB's name
    """Minimum elements, as MATLAB's ``min``.

    MATLAB call forms::

        M = min(A)                        ->  min(A)
        M = min(A, [], 'all')             ->  min(A, [], 'all')
        M = min(A, [], dim)               ->  min(A, [], 2)
        M = min(A, [], vecdim)            ->  min(A, [], [1, 2])
        M = min(___, missingflag)         ->  min(A, [], 'includenan')  ('omitnan' default)
        [M, I] = min(___)                 ->  M, I = min(A, nargout=2)
        [M, I] = min(A, [], ___, 'linear')->  min(A, [], 2, 'linear', nargout=2)
        C = min(A, B)                     ->  min(A, B)
        C = min(A, B, missingflag)        ->  min(A, B, 'includenan')
        ___ = min(___, 'ComparisonMethod', method)   ('auto', 'abs', 'real';
                                                      also comparisonmethod='abs')

    Reduction form: along the first dimension whose size is not 1 (1-D input gives a
    numpy scalar). ``I`` is MATLAB's 1-based index (double) of the first minimum along
    the dimension; with 'all' or 'linear' it is the 1-based column-major linear index
    into ``A``. NaN is ignored unless 'includenan'; an all-NaN slice gives NaN and the
    index of its first NaN. ``min([])`` is ``[]`` (0x0).

    Two-array form: elementwise minimum with implicit expansion; NaN is ignored unless
    'includenan'. Result class: an integer class if either input is integer (a double
    operand is rounded into it); single if either is single; logical for two logicals;
    otherwise double.

    Complex values compare by ``abs`` and, for equal magnitude, by ``angle``
    ('auto'/'abs'); 'real' compares real parts, then imaginary parts. Real values
    with 'abs' compare by magnitude (ties by angle: a positive value is smaller).

    Differences from the naive call: ``numpy.min``/``numpy.minimum`` propagate NaN
    (``numpy.min([1, nan])`` is nan; MATLAB's ``min([1 NaN])`` is 1); ``numpy.argmin``
    is 0-based and flattens without ``axis``; numpy orders complex numbers by real
    part, MATLAB by magnitude; ``numpy.nanmin`` warns and has no index output.

    Sources: MATLAB documentation of ``min`` (call forms, missingflag, 'linear',
    ComparisonMethod, index output, integer/single class rules); checked against GNU
    Octave 7.3 (NaN rules, complex ordering, indices).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import min
    >>> min(np.array([[2.0, 8, 4], [7, 3, 9]]))                   # MATLAB doc example
    array([[2., 3., 4.]])
    >>> M, I = min(np.array([[3.0, np.nan, 5], [7, 1, np.nan]]), nargout=2)
    >>> M, I
    (array([[3., 1., 5.]]), array([[1., 2., 1.]]))
    >>> min(np.int8(5), 7.6)
    np.int8(5)
    """
    out = minmax("min", "min", A, args, nargout, name_value)
    return scalarize(out)

