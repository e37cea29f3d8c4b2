"""MATLAB ``var``: variance."""

from __future__ import annotations

from compat._core.reductions import var_impl
from compat._core.legacy import matlab_function

__all__ = ["var"]


@matlab_function("var", nan_option="with 'omitnan'")
def var(A, *args, nargout=1):
    """Variance, as MATLAB's ``var``.

    MATLAB call forms::

        V = var(A)                 ->  var(A)
        V = var(A, w)              ->  var(A, 1)          (w = 0: N-1, 1: N, or weights)
        V = var(A, w, 'all')       ->  var(A, 0, 'all')
        V = var(A, w, dim)         ->  var(A, 0, 2)       ([] for w is the default 0)
        V = var(A, w, vecdim)      ->  var(A, 0, [1, 2])
        V = var(___, nanflag)      ->  var(A, 0, 'omitnan')
        [V, M] = var(___)          ->  V, M = var(A, nargout=2)   (M: the mean used)

    Default dim: the first whose size is not 1 (1-D input -> numpy scalar).
    Normalisation: ``w = 0`` (default) divides by ``N - 1`` (by ``N`` when ``N = 1``,
    so a scalar has variance 0), ``w = 1`` by ``N``; a weight vector ``w`` (length
    ``size(A, dim)``, nonnegative) gives ``sum(w .* abs(A - mu).^2) / sum(w)`` with the
    weighted mean ``mu = sum(w .* A) / sum(w)``. Weight vectors need a single dim.
    'omitnan' drops NaN values (and their weights). A 0x0 input gives NaN. Complex
    input: ``abs(A - mu).^2``; ``M`` is then complex.

    Result class: single for single, double for double. Integer and logical input is
    an error, as in MATLAB (documented data types: single, double).

    Differences from the naive call: ``numpy.var`` divides by ``N`` by default
    (``ddof=0``; MATLAB's default is ``N - 1``), flattens without ``axis``, has no
    weight vector (``numpy.average`` has, with ``N`` normalisation only) and no mean
    output; ``numpy.var(x, ddof=1)`` of one value is NaN (MATLAB: 0).

    Divergence: GNU Octave 7.3 accepts integer input (``var(int8([1 2 4]))`` is
    2.3333); MATLAB's documentation lists only single and double.

    Sources: MATLAB documentation of ``var`` (call forms, w, weight vector formula,
    nanflag, [V, M] output, scalar and 0x0 rules, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import var
    >>> var(np.array([[4.0, -7, 3], [1, 4, -2], [10, 7, 9]]))         # MATLAB doc
    array([[21.        , 54.33333333, 30.33333333]])
    >>> var(np.array([[5.0, -4, 6], [2, 3, 9], [-1, 1, 2]]), [0.5, 0.25, 0.25])
    array([[6.1875, 9.5   , 6.1875]])
    """
    return var_impl("var", A, args, nargout, sqrt=False)
