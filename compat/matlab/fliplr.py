"""MATLAB ``fliplr``: reverse the columns (dimension 2)."""

from __future__ import annotations

import numpy as np
from compat._core.legacy import matlab_function

__all__ = ["fliplr"]


@matlab_function("fliplr")
def fliplr(A):
    """Flip an array left to right, as MATLAB's ``fliplr``.

    MATLAB call form::

        B = fliplr(A)   ->  fliplr(A)

    Parameters
    ----------
    A : array_like
        Any array; dimension 2 (numpy axis 1) is reversed. A 1-D array is a MATLAB
        row vector, so it is reversed.

    Returns
    -------
    ndarray
        A new array (not a view), same shape and dtype.

    Notes
    -----
    ``np.fliplr`` raises for 1-D input ("Input must be >= 2-d") where MATLAB
    reverses a row vector, and returns a **view** (writing into it writes into ``A``).

    Sources: MATLAB ``fliplr`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import fliplr
    >>> fliplr([1, 2, 3])
    array([3, 2, 1])
    >>> fliplr([[1, 2], [3, 4]])
    array([[2, 1],
           [4, 3]])
    """
    a = np.asarray(A)
    if a.ndim == 0:
        return a.copy()
    return np.flip(a, axis=0 if a.ndim == 1 else 1).copy()
