"""MATLAB ``quantile``: quantiles of a data set."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.reductions import quantile_impl
from compat._core.legacy import matlab_function

__all__ = ["quantile"]


@matlab_function("quantile")
def quantile(A, p, *args, nargout=1, **name_value):
    """Quantiles, as MATLAB's ``quantile``.

    MATLAB call forms::

        Q = quantile(A, p)                   ->  quantile(A, [0.25, 0.5])
        Q = quantile(A, n)                   ->  quantile(A, 3)   (n integer > 1: the
                                                 quantiles at (1:n)/(n+1))
        Q = quantile(A, p, 'all')            ->  quantile(A, 0.5, 'all')
        Q = quantile(A, p, dim)              ->  quantile(A, 0.5, 2)
        Q = quantile(A, p, vecdim)           ->  quantile(A, 0.5, [1, 2])
        Q = quantile(___, 'Method', method)  ->  quantile(A, 0.5, Method='exact')

    The same method and shapes as :func:`compat.matlab.prctile` with probabilities
    in [0, 1]: the sorted non-NaN values are the ``(i-0.5)/n`` quantiles, linear
    interpolation between them, clamping to the minimum/maximum outside; NaN ignored.

    Differences from the naive call: ``numpy.quantile``'s default ``'linear'`` method
    puts the sorted values at ``(i-1)/(n-1)`` (``numpy.quantile([1,2,3,4,5], 0.2)`` is
    1.8, MATLAB 1.5); numpy has no ``n`` form.

    Divergence: GNU Octave 7.3 has no ``quantile(A, n)`` form (``quantile(1:5, 3)``
    returns Inf there: 3 is taken as a probability); MATLAB documents
    ``quantile(A, n)`` for an integer ``n > 1``. Octave orients the result of a vector
    input like ``p``; compat along the vector (see prctile).

    Sources: MATLAB documentation of ``quantile`` (call forms, the ``n`` form) and
    "Quantiles and Percentiles" (method); Hyndman & Fan (1996), definition 5.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import quantile
    >>> quantile(np.array([2.0, 10, 5, 9, 13]), [0.1, 0.3, 0.5, 0.7, 0.9])
    array([ 2.,  5.,  9., 10., 13.])
    >>> quantile(np.array([1.0, 2, 3, 4, 5]), 3)
    array([1.75, 3.  , 4.25])
    """
    check_nargout("quantile", nargout, 1)
    return quantile_impl("quantile", A, p, args, name_value, 1.0)
