"""MATLAB ``std``: standard deviation."""

from __future__ import annotations

from compat._core.reductions import var_impl
from compat._core.legacy import matlab_function

__all__ = ["std"]


@matlab_function("std", nan_option="with 'omitnan'")
def std(A, *args, nargout=1):
    """Standard deviation, as MATLAB's ``std``.

    MATLAB call forms::

        S = std(A)                 ->  std(A)
        S = std(A, w)              ->  std(A, 1)          (w = 0: N-1, 1: N, or weights)
        S = std(A, w, 'all')       ->  std(A, 0, 'all')
        S = std(A, w, dim)         ->  std(A, 0, 2)
        S = std(A, w, vecdim)      ->  std(A, 0, [1, 2])
        S = std(___, nanflag)      ->  std(A, 0, 'omitnan')
        [S, M] = std(___)          ->  S, M = std(A, nargout=2)   (M: the mean used)

    ``S = sqrt(var(...))`` with the same rules as :func:`compat.matlab.var`: ``N - 1``
    normalisation by default (``N`` when ``N = 1``), ``w = 1`` for ``N``, weight
    vectors with the weighted mean, 'omitnan', NaN for a 0x0 input.

    Result class: single for single, double for double; integer and logical input is
    an error, as in MATLAB.

    Differences from the naive call: ``numpy.std`` divides by ``N`` (``ddof=0``) where
    MATLAB divides by ``N - 1``, flattens without ``axis`` and has no weights or mean
    output.

    Divergence: GNU Octave 7.3 accepts integer input; MATLAB documents single and
    double only.

    Sources: MATLAB documentation of ``std`` (call forms, weights, nanflag, [S, M]).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import std
    >>> std(np.array([[4.0, -5, 1], [2, 3, 5], [-9, 1, 7]])).round(4)  # MATLAB doc
    array([[7.    , 4.1633, 3.0551]])
    """
    return var_impl("std", A, args, nargout, sqrt=True)
