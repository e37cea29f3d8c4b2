"""MATLAB ``prctile``: percentiles of a data set."""

from __future__ import annotations

from compat._core.args import check_nargout
from compat._core.reductions import quantile_impl
from compat._core.legacy import matlab_function

__all__ = ["prctile"]


@matlab_function("prctile")
def prctile(A, p, *args, nargout=1, **name_value):
    """Percentiles, as MATLAB's ``prctile``.

    MATLAB call forms::

        P = prctile(A, p)                    ->  prctile(A, [25, 50, 75])
        P = prctile(A, p, 'all')             ->  prctile(A, 50, 'all')
        P = prctile(A, p, dim)               ->  prctile(A, 50, 2)
        P = prctile(A, p, vecdim)            ->  prctile(A, 50, [1, 2])
        P = prctile(___, 'Method', method)   ->  prctile(A, 50, Method='exact')

    MATLAB's method ('exact', the default): the ``n`` sorted non-NaN values of each
    slice are the ``100*(i-0.5)/n`` percentiles, ``i = 1..n``; other percentiles are
    linearly interpolated; below ``100*0.5/n`` the result is the minimum, above
    ``100*(n-0.5)/n`` the maximum. NaN values are ignored (an all-NaN slice gives NaN).
    This is Hyndman & Fan's definition 5 (numpy's ``method='hazen'``).

    ``p`` holds percentages in [0, 100]. Shape: the result has the size of ``A`` with
    the operating dimension (default: the first whose size is not 1) replaced by
    ``numel(p)``; with vecdim the first listed dimension gets ``numel(p)`` and the
    others 1; with 'all' the result is a ``numel(p)``-by-1 column. A 1-D input gives a
    1-D result (a numpy scalar for a scalar ``p``). Single input gives single.
    'Method', 'approximate' (MATLAB's t-digest approximation for tall/large data) is
    not reproduced: an error says so.

    Differences from the naive call: ``numpy.percentile``'s default method is
    ``'linear'`` (the sorted values at ``100*(i-1)/(n-1)``), which differs from
    MATLAB's at every percentile that is not 50 of an odd count
    (``numpy.percentile([1,2,3,4,5], 20)`` is 1.8, MATLAB's ``prctile`` 1.5); numpy
    flattens without ``axis`` and propagates NaN.

    Divergence / decision: for a vector ``A`` MATLAB's documentation says only that the
    result has ``length(p)`` elements; compat orients it along ``A``'s dimension (as
    for matrices), GNU Octave 7.3 orients it like ``p``. Integer and logical input is
    an error (MATLAB documents single and double).

    Sources: MATLAB documentation of ``prctile`` and "Quantiles and Percentiles"
    (Statistics and Machine Learning Toolbox: the (i-0.5)/n assignment, linear
    interpolation, clamping), MATLAB Answers 1861198 (printed
    ``prctile(1:5, [0 10:20:90 100])`` = 1 1 2 3 4 5 5 and ``prctile(1:5, 20:20:100)``
    = 1.5 2.5 3.5 4.5 5); Hyndman & Fan, "Sample quantiles in statistical packages",
    Am. Stat. 50 (1996), definition 5.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import prctile
    >>> prctile(np.array([1.0, 2, 3, 4, 5]), [0, 10, 30, 50, 70, 90, 100])
    array([1., 1., 2., 3., 4., 5., 5.])
    >>> prctile(np.arange(1.0, 10), [25, 50, 75])      # MATLAB Answers 1619220
    array([2.75, 5.  , 7.25])
    """
    check_nargout("prctile", nargout, 1)
    return quantile_impl("prctile", A, p, args, name_value, 100.0)
