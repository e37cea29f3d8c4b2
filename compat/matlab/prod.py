"""MATLAB ``prod``: product of array elements."""

from __future__ import annotations

from compat._core.reductions import sum_prod_mean
from compat._core.legacy import matlab_function

__all__ = ["prod"]


@matlab_function("prod", nan_option="with 'omitnan'")
def prod(A, *args):
    """Product of array elements, as MATLAB's ``prod``.

    MATLAB call forms::

        B = prod(A)                ->  prod(A)
        B = prod(A, 'all')         ->  prod(A, 'all')
        B = prod(A, dim)           ->  prod(A, 2)
        B = prod(A, vecdim)        ->  prod(A, [1, 2])
        B = prod(___, outtype)     ->  prod(A, 2, 'native')   ('default'/'double'/'native')
        B = prod(___, nanflag)     ->  prod(A, 'omitnan')     ('includenan' default)

    Default dim: the first dimension whose size is not 1 (a 1-D array is a vector and
    gives a numpy scalar); a 0x0 input gives 1; 'omitnan' treats NaN as 1.

    Result class: double for double, integer, logical and char input ('default');
    single for single. 'native' keeps the class: integer products saturate at every
    step (MATLAB integer arithmetic, ``prod(int32([1:5; 6:10]), 2, 'native')`` is
    ``[120; 30240]``), a logical 'native' product is logical ("all").

    Differences from the naive call: ``numpy.prod(A)`` multiplies every element (not
    the columns) and keeps/wraps integer types (``numpy.prod(np.int8([100, 2]))`` is
    -56; MATLAB gives the double 200 or, with 'native', int8 127).

    Sources: MATLAB documentation of ``prod`` (call forms, outtype, examples); GNU
    Octave 7.3 ``prod`` (same default classes).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import prod
    >>> prod(np.array([[1.0, 3, 2], [4, 2, 5], [6, 1, 4]]))
    array([[24.,  6., 40.]])
    >>> prod(np.int8([100, 2]))
    np.float64(200.0)
    >>> prod(np.int8([100, 2]), 'native')
    np.int8(127)
    """
    return sum_prod_mean("prod", "prod", A, args)
