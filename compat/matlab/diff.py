"""MATLAB ``diff``: differences between adjacent elements."""

from __future__ import annotations

from compat._core.reductions import diff_impl
from compat._core.legacy import matlab_function

__all__ = ["diff"]


@matlab_function("diff")
def diff(X, n=1, dim=None):
    """Differences and approximate derivatives, as MATLAB's ``diff``.

    MATLAB call forms::

        Y = diff(X)                ->  diff(X)
        Y = diff(X, n)             ->  diff(X, 2)
        Y = diff(X, n, dim)        ->  diff(X, 1, 2)        ([] for n: 1)

    ``diff(X)`` is ``X(2:end) - X(1:end-1)`` along the first dimension whose size is
    not 1. ``diff(X, n)`` applies ``diff`` recursively ``n`` times, as MATLAB's
    documentation says ("diff(X,2) is the same as diff(diff(X))"): for a matrix each
    step works along the *current* first non-singleton dimension, so once the rows are
    used up the differences continue along the columns (``diff(ones(2, 3), 2)`` is a
    1x2 zero row). For a vector ``X`` with ``n >= length(X)`` the result is empty
    (1x0 / 0x1 / length 0, keeping the orientation). With ``dim``, all ``n``
    differences are along ``dim`` and the result has size ``max(size(X, dim) - n, 0)``
    there.

    Result class: integer input keeps its class and saturates (``diff(uint8([5 3]))``
    is uint8 0, ``diff(int8([-100 100]))`` is int8 127); logical and char give
    double; single stays single.

    Differences from the naive call: ``numpy.diff(X)`` works along the last axis (the
    rows of a matrix, not the columns) and wraps integer differences
    (``numpy.diff(np.uint8([5, 3]))`` is 254); ``numpy.diff(X, n)`` never moves on to
    another axis.

    Divergence: GNU Octave 7.3 gives ``diff(ones(2, 3), 2)`` the size 2x1 (it moves to
    the next dimension before starting when ``n`` exceeds the first), where MATLAB's
    documented recursion ``diff(diff(X))`` gives 1x2.

    Sources: MATLAB documentation of ``diff`` (call forms, recursion, dim, integer
    inputs, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import diff
    >>> diff(np.array([1.0, 1, 2, 3, 5, 8, 13, 21]))          # MATLAB doc example
    array([0., 1., 1., 2., 3., 5., 8.])
    >>> diff(np.array([[1.0, 1, 1], [5, 5, 5], [25, 25, 25]]))
    array([[ 4.,  4.,  4.],
           [20., 20., 20.]])
    >>> diff(np.uint8([5, 3]))
    array([0], dtype=uint8)
    """
    return diff_impl(X, n, dim)
