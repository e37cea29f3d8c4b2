"""MATLAB ``median``: median value of an array."""

from __future__ import annotations

from compat._core.reductions import median_impl
from compat._core.legacy import matlab_function

__all__ = ["median"]


@matlab_function("median", nan_option="with 'omitnan'")
def median(A, *args):
    """Median value, as MATLAB's ``median``.

    MATLAB call forms::

        M = median(A)              ->  median(A)
        M = median(A, 'all')       ->  median(A, 'all')
        M = median(A, dim)         ->  median(A, 2)
        M = median(A, vecdim)      ->  median(A, [1, 2])
        M = median(___, outtype)   ->  median(A, 'double')   ('default'/'double'/'native')
        M = median(___, nanflag)   ->  median(A, 'omitnan')  ('includenan' default)

    Default dim: the first whose size is not 1 (1-D input -> numpy scalar). An even
    count averages the two middle values. 'includenan' (default): any NaN makes the
    median NaN; 'omitnan': the median of the other values (all NaN -> NaN). A 0x0
    input gives NaN.

    Result class ('default'): the input class for single and integer input (the mean
    of the two middle integers is rounded half away from zero: ``median(int8([1 2]))``
    is int8 2, ``median(int8([-3 -2]))`` is int8 -3); double for double and logical.
    'double' forces double; 'native' keeps the class (logical: true when the median
    is >= 0.5, a decision of compat).

    Differences from the naive call: ``numpy.median(A)`` flattens the whole array
    without ``axis``; ``numpy.median`` of an integer array returns a float
    (MATLAB keeps the integer class); ``numpy.nanmedian`` is 'omitnan' only.

    Divergence: GNU Octave 7.3 overflows when averaging two large integers:
    ``median(int8([127 127]))`` gives 64 (127+127 saturates to 127, halved); the
    median of equal values is that value, which compat returns (127).

    Sources: MATLAB documentation of ``median`` (call forms, outtype, nanflag, the
    even-count rule, class of integer results).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import median
    >>> median(np.array([[0.0, 1, 1], [2, 3, 2], [1, 3, 2], [4, 2, 2]]))  # MATLAB doc
    array([[1.5, 2.5, 2. ]])
    >>> median(np.int8([1, 2]))
    np.int8(2)
    >>> median(np.array([1.0, np.nan, 3, 4]), 'omitnan')
    np.float64(3.0)
    """
    return median_impl(A, args)
