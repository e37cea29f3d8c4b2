"""MATLAB ``cumsum``: cumulative sum."""

from __future__ import annotations

from compat._core.reductions import cumulative
from compat._core.legacy import matlab_function

__all__ = ["cumsum"]


@matlab_function("cumsum", nan_option="with 'omitnan'")
def cumsum(A, *args):
    """Cumulative sum, as MATLAB's ``cumsum``.

    MATLAB call forms::

        B = cumsum(A)              ->  cumsum(A)
        B = cumsum(A, dim)         ->  cumsum(A, 2)
        B = cumsum(___, direction) ->  cumsum(A, 'reverse')   ('forward' default)
        B = cumsum(___, nanflag)   ->  cumsum(A, 'omitnan')   ('includenan' default;
                                                               NaN counts as 0 when omitted)

    ``B`` has the size of ``A``; the default dim is the first whose size is not 1 (a
    ``dim`` beyond the array's dimensions returns ``A`` in the result class).
    'reverse' accumulates from the end: ``B(i) = sum(A(i:end))``.

    Result class: integer input keeps its class and saturates at every step of the
    accumulation (``cumsum(int8([100 100 -100]))`` is int8 ``[100 127 27]``); logical
    and char give double; single stays single.

    Differences from the naive call: ``numpy.cumsum(A)`` flattens a matrix (row-major)
    unless given ``axis``, and wraps integer overflow (int8 100+100 is -56) where
    MATLAB saturates; numpy has no 'reverse' or 'omitnan' (``numpy.nancumsum`` is
    'omitnan').

    Divergence: GNU Octave 7.3 returns double for integer input (``cumsum(int8([100
    100 -100]))`` is ``[100 200 100]``); MATLAB has integer ``cumsum`` methods
    (``which cumsum -all`` in MATLAB R2010a lists ``@int8/cumsum`` ... ``@uint32``,
    MATLAB Answers 118216) and keeps the class, which compat follows.

    Sources: MATLAB documentation of ``cumsum`` (call forms, 'reverse', nanflag).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumsum
    >>> cumsum(np.arange(1.0, 6))                      # MATLAB doc: 1 3 6 10 15
    array([ 1.,  3.,  6., 10., 15.])
    >>> cumsum(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 2)
    array([[ 1.,  5., 12.],
           [ 2.,  7., 15.],
           [ 3.,  9., 18.]])
    >>> cumsum(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 2, 'reverse')[0]
    array([12., 11.,  7.])
    """
    return cumulative("cumsum", "sum", A, args)
