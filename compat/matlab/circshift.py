"""MATLAB ``circshift``: circular shift along MATLAB's dimensions."""

from __future__ import annotations

import numpy as np

from compat._core.args import first_nonsingleton, matlab_dim
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["circshift"]

_NAME = "circshift"


@matlab_function("circshift")
def circshift(A, K, dim=None):
    """Shift array elements circularly, as MATLAB's ``circshift``.

    MATLAB call forms::

        Y = circshift(A, K)         ->  circshift(A, 2)        (first non-singleton dim)
        Y = circshift(A, K, dim)    ->  circshift(A, 1, 2)
        Y = circshift(A, [k1 k2])   ->  circshift(A, [1, -1])  (k_i along dimension i)

    Parameters
    ----------
    A : array_like
        Any array; a 1-D array is a MATLAB vector (its only dimension shifts).
    K : int or sequence of int
        Scalar: the shift along ``dim`` (default the first dimension whose size is not
        1). Vector: ``K(i)`` along dimension ``i``. Positive shifts move elements
        towards higher indices (down / right).
    dim : int, optional
        MATLAB dimension (1-based) for a scalar ``K``.

    Returns
    -------
    ndarray
        A new array, same shape and dtype.

    Notes
    -----
    ``np.roll(A, k)`` without ``axis`` is the wrong call: it **flattens** the array
    (row-major) and shifts the flat sequence, so elements move between rows; MATLAB
    shifts along one dimension (for a matrix, down the columns by default, since
    R2016b; before that a scalar ``K`` always shifted dimension 1).
    ``np.roll(A, K, axis=0)`` is the equivalent for a matrix.

    Sources: MATLAB ``circshift`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import circshift
    >>> A = np.array([[1, 2, 3], [4, 5, 6]])
    >>> circshift(A, 1)
    array([[4, 5, 6],
           [1, 2, 3]])
    >>> circshift(A, [0, -1])
    array([[2, 3, 1],
           [5, 6, 4]])
    >>> circshift([1, 2, 3, 4], 1)
    array([4, 1, 2, 3])
    """
    a = np.asarray(A)
    k = np.asarray(K)
    if k.dtype.kind not in "iuf" or k.size == 0 or np.any(k != np.round(k)) or \
            (k.ndim > 1 and sum(d != 1 for d in k.shape) > 1):
        raise matlab_error(_NAME, f"shift K must be a vector of integers, got {K!r}")
    k = k.astype(np.int64).ravel()
    if a.ndim == 0:
        return a.copy()
    if dim is not None:
        if k.size != 1:
            raise matlab_error(_NAME, "with dim, the shift K must be a scalar")
        axis = matlab_dim(_NAME, dim, a.ndim)
        if axis >= a.ndim:
            return a.copy()
        return np.roll(a, int(k[0]), axis=axis)
    if k.size == 1:
        axis = first_nonsingleton(a.shape) - 1
        return np.roll(a, int(k[0]), axis=axis)
    if a.ndim == 1:
        # a 1-D array is a 1xn row: K(1) shifts the single row, K(2) along the vector
        return np.roll(a, int(k[1]))
    axes = [i for i in range(min(k.size, a.ndim))]
    return np.roll(a, [int(k[i]) for i in axes], axis=axes)
