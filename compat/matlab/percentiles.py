"""MATLAB's ``prctile`` and ``quantile`` (Statistics and Machine Learning Toolbox):
percentiles and quantiles by MATLAB's ``'exact'`` method (the sorted values at
cumulative probabilities ``(i - 0.5)/n``, linear between them, clamped at the ends;
``'approximate'``, MATLAB's t-digest, is refused with a message).

The legacy layer over :mod:`compat._core.percentiles`; the dimension grammar is
:mod:`compat.matlab._reduction_args`.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted, name_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.percentiles import quantiles
from compat.matlab._reduction_args import _axes, _data, _options

__all__ = ["prctile", "quantile"]


# ------------------------------------------------------------------ prctile, quantile
def _quantile(A, p, args, kwargs, scale):
    """prctile (``scale`` 100) and quantile (1): MATLAB's 'exact' method."""
    a = _data(A, complex_ok=False, integer_ok=False, logical_ok=False)
    args = list(args)
    pos = []
    while args and not (isinstance(args[0], str) and args[0].lower() == "method"):
        pos.append(args.pop(0))
    method = name_value(None, args, kwargs, {"Method": "exact"})["Method"]
    if not isinstance(method, str) or method.lower() not in ("exact", "approximate"):
        raise CompatValueError(f"Method must be 'exact' or 'approximate', got {method!r}")
    if method.lower() == "approximate":
        raise CompatValueError("Method 'approximate' (MATLAB's t-digest approximation) is "
                               "not reproduced; use 'exact'")
    if isinstance(p, str) or is_omitted(p):
        raise CompatTypeError("p must be a numeric scalar or vector")
    parr = np.asarray(p, dtype=np.float64)
    if parr.ndim > 1 and np.sum([s != 1 for s in parr.shape]) > 1:
        raise CompatValueError("p must be a scalar or a vector")
    pv = parr.ravel()
    if scale == 1.0 and pv.size == 1 and pv[0] > 1 and pv[0] == int(pv[0]):
        N = int(pv[0])
        pv = np.arange(1, N + 1) / (N + 1)
    elif np.any(~np.isfinite(pv)) or np.any(pv < 0) or np.any(pv > scale):
        raise CompatValueError(f"p must hold values between 0 and {scale:g}")
    opts = _options(pos, a.ndim)
    if a.shape == (0, 0) and opts["axes"] is None:
        axes = (0, 1)
    elif opts["axes"] == "all":
        axes = tuple(range(a.ndim))
    else:
        axes = _axes(opts["axes"], a.shape, zero_by_zero=False)
    return quantiles(a, pv / scale, axes, column=opts["axes"] == "all" and a.ndim >= 2)


@matlab_function("prctile", nan_option="(prctile skips NaN)")
def prctile(A, p, *args, **name_value):
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
    return _quantile(A, p, args, name_value, 100.0)


@matlab_function("quantile", nan_option="(quantile skips NaN)")
def quantile(A, p, *args, **name_value):
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
    return _quantile(A, p, args, name_value, 1.0)
