"""MATLAB ``mean``: average of array elements."""

from __future__ import annotations

from compat._core.reductions import sum_prod_mean
from compat._core.legacy import matlab_function

__all__ = ["mean"]


@matlab_function("mean", nan_option="with 'omitnan'")
def mean(A, *args):
    """Mean of array elements, as MATLAB's ``mean``.

    MATLAB call forms::

        M = mean(A)                ->  mean(A)
        M = mean(A, 'all')         ->  mean(A, 'all')
        M = mean(A, dim)           ->  mean(A, 2)
        M = mean(A, vecdim)        ->  mean(A, [1, 2])
        M = mean(___, outtype)     ->  mean(A, 'native')    ('default'/'double'/'native')
        M = mean(___, nanflag)     ->  mean(A, 'omitnan')   ('includenan' default)

    Default dim: the first dimension whose size is not 1 (1-D input -> numpy scalar);
    a 0x0 input gives NaN; a mean over an empty dimension is NaN; 'omitnan' divides by
    the number of non-NaN elements (all NaN -> NaN).

    Result class: double for double, integer, logical and char input; single for
    single ('default'). 'native' returns the integer class of an integer input: the
    mean is computed in double and rounded half away from zero into the class
    (``mean(int8([1 2]), 'native')`` is int8 2). 'native' on logical input is an error
    (a decision of compat: a logical mean is not logical).

    Differences from the naive call: ``numpy.mean(A)`` averages every element instead
    of the columns and drops the reduced dimension; ``numpy.mean`` of an integer array
    is double (as MATLAB's default) but there is no 'native'; ``numpy.nanmean`` is
    'omitnan' and warns on all-NaN slices.

    Sources: MATLAB documentation of ``mean`` (call forms, outtype, nanflag); GNU
    Octave 7.3 ``mean`` agrees on the cases tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mean
    >>> mean(np.array([[0.0, 1, 1], [2, 3, 2], [1, 3, 2], [4, 2, 2]]))   # MATLAB doc
    array([[1.75, 2.25, 1.75]])
    >>> mean(np.array([[0.0, 1, 1], [2, 3, 2]]), 2)
    array([[0.66666667],
           [2.33333333]])
    >>> mean(np.int8([1, 2]), 'native')
    np.int8(2)
    """
    return sum_prod_mean("mean", "mean", A, args)
