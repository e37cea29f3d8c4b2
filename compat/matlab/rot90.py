"""MATLAB ``rot90``: rotate by multiples of 90 degrees counterclockwise."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["rot90"]

_NAME = "rot90"


@matlab_function("rot90")
def rot90(A, k=1):
    """Rotate an array 90 degrees counterclockwise ``k`` times, as MATLAB's ``rot90``.

    MATLAB call forms::

        B = rot90(A)       ->  rot90(A)
        B = rot90(A, k)    ->  rot90(A, -1)   (k < 0: clockwise)

    Parameters
    ----------
    A : array_like
        Matrix or N-D array (rotated in the plane of dimensions 1 and 2). A 1-D array
        is a MATLAB row vector ``1 x n``.
    k : int
        Any integer.

    Returns
    -------
    ndarray
        A new 2-D (or N-D) array; a 1-D input gives a 2-D result (``rot90`` of a row
        is a column).

    Notes
    -----
    For 2-D input ``np.rot90(A, k)`` agrees with MATLAB (both counterclockwise in the
    plane of the first two axes); it differs for a **1-D** vector, which numpy rejects
    ("Axes must be different") where MATLAB rotates the ``1 x n`` row into an ``n x 1``
    column (``k`` odd) or reverses it (``k = 2``), and ``np.rot90`` accepts a
    non-integer ``k`` by truncation where MATLAB raises an error.

    Sources: MATLAB ``rot90`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import rot90
    >>> rot90([[1, 2], [3, 4]])
    array([[2, 4],
           [1, 3]])
    >>> rot90([1, 2, 3])
    array([[3],
           [2],
           [1]])
    """
    a = np.asarray(A)
    kk = np.asarray(k)
    if kk.size != 1 or kk.dtype.kind not in "iuf" or not np.isfinite(kk) or \
            float(kk) != round(float(kk)):
        raise matlab_error(_NAME, f"k must be a real integer scalar, got {k!r}")
    if a.ndim < 2:
        a = a.reshape(1, -1)
    return np.array(np.rot90(a, int(round(float(kk))) % 4, axes=(0, 1)), copy=True)
