"""MATLAB ``sum``: sum of array elements."""

from __future__ import annotations

from compat._core.reductions import sum_prod_mean
from compat._core.legacy import matlab_function

__all__ = ["sum"]


@matlab_function("sum", nan_option="with 'omitnan'")
def sum(A, *args):  # noqa: A001 - MATLAB's name
    """Sum of array elements, as MATLAB's ``sum``.

    MATLAB call forms::

        S = sum(A)                 ->  sum(A)
        S = sum(A, 'all')          ->  sum(A, 'all')
        S = sum(A, dim)            ->  sum(A, 2)
        S = sum(A, vecdim)         ->  sum(A, [1, 3])
        S = sum(___, outtype)      ->  sum(A, 'native')      ('default'/'double'/'native')
        S = sum(___, nanflag)      ->  sum(A, 'omitnan')     ('includenan' default;
                                                              'omitmissing'/'includemissing')

    ``dim`` is MATLAB's (1-based); the default is the first dimension whose size is not
    1 (a 1-D array is a vector: the result is a numpy scalar); a ``dim`` beyond the
    array's dimensions returns the data itself (MATLAB's trailing singletons). An N-D
    result keeps the reduced dimension with size 1, as MATLAB. A 0x0 input gives 0.

    Result class: double for double, integer, logical and char data ('default' and
    'double'); single for single ('default'). 'native' keeps the input class: integer
    sums saturate at intmin/intmax at every step of the accumulation (MATLAB integer
    arithmetic), and a logical 'native' sum is logical (true if any element is true).

    Differences from the naive call: ``numpy.sum(A)`` sums every element instead of
    the columns (``numpy.sum(A, axis=0)`` drops the dimension and, for a row vector,
    returns the row instead of its sum); for integer arrays numpy keeps (and wraps)
    the integer type where MATLAB returns double; and ``numpy.nansum`` is 'omitnan'
    only.

    Sources: MATLAB documentation of ``sum`` (call forms, outtype table, the 0x0 and
    integer-overflow examples: ``sum(int8(1:20))`` is the double 210, with 'native' it
    is int8 127); GNU Octave 7.3 agrees (its documentation: integer, logical and char
    sums are performed in double by default).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import sum
    >>> sum(np.array([[1.0, 3, 2], [4, 2, 5], [6, 1, 4]]))     # MATLAB doc example
    array([[11.,  6., 11.]])
    >>> sum(np.int8(np.arange(1, 21)), 'native')
    np.int8(127)
    >>> sum([1.0, np.nan, 2.0], 'omitnan')
    np.float64(3.0)
    """
    return sum_prod_mean("sum", "sum", A, args)
