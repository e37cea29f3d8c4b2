"""MATLAB ``mode``: most frequent values in an array."""

from __future__ import annotations

from compat._core.reductions import mode_impl
from compat._core.legacy import matlab_function

__all__ = ["mode"]


@matlab_function("mode")
def mode(A, *args, nargout=1):
    """Most frequent value, as MATLAB's ``mode``.

    MATLAB call forms::

        M = mode(A)                ->  mode(A)
        M = mode(A, 'all')         ->  mode(A, 'all')
        M = mode(A, dim)           ->  mode(A, 2)
        M = mode(A, vecdim)        ->  mode(A, [1, 2])
        [M, F] = mode(___)         ->  M, F = mode(A, nargout=2)
        [M, F, C] = mode(___)      ->  M, F, C = mode(A, nargout=3)

    ``M`` is the most frequent value along the dimension (default: the first whose size
    is not 1); among equally frequent values the smallest (complex: the first in
    MATLAB's sorted order, by abs then angle). NaN values are ignored; a slice with no
    non-NaN value gives NaN (integer/logical: 0) with frequency 0; a 0x0 input gives
    NaN. ``F`` (double) is the number of occurrences of ``M``; ``C`` is MATLAB's cell
    array, here a numpy object array of the shape of ``M`` whose elements are column
    vectors (k x 1) of all values that occur ``F`` times, sorted (for a 1-D input, whose
    ``M`` is a scalar, ``C`` is that column vector itself).

    Result class: ``M`` has the input class.

    Differences from the naive call: ``scipy.stats.mode`` returns the smallest mode too
    but counts NaN as a value (or propagates it) and has no ``C``; ``numpy.unique`` with
    counts works on a flattened array only.

    Divergence: GNU Octave 7.3 returns an empty 1x0 for ``mode([])``; MATLAB's
    documentation: "If A is an empty 0-by-0 matrix, mode(A) returns NaN".

    Sources: MATLAB documentation of ``mode`` (call forms, smallest of equally
    frequent values, NaN ignored, F and C outputs, the 0x0 rule).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mode
    >>> mode(np.array([[3.0, 3, 1, 4], [0, 0, 1, 1], [0, 1, 2, 4]]))  # MATLAB doc
    array([[0., 0., 1., 4.]])
    >>> M, F = mode(np.array([1.0, 2, 2, 3, 3]), nargout=2)
    >>> M, F
    (np.float64(2.0), np.float64(2.0))
    """
    return mode_impl(A, args, nargout)
