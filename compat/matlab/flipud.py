"""MATLAB ``flipud``: reverse the rows (dimension 1)."""

from __future__ import annotations

import numpy as np
from compat._core.legacy import matlab_function

__all__ = ["flipud"]


@matlab_function("flipud")
def flipud(A):
    """Flip an array up to down, as MATLAB's ``flipud``.

    MATLAB call form::

        B = flipud(A)   ->  flipud(A)

    Parameters
    ----------
    A : array_like
        Any array; dimension 1 (numpy axis 0) is reversed. A 1-D array is a MATLAB
        **row** vector (one row), so it is returned unchanged.

    Returns
    -------
    ndarray
        A new array (not a view), same shape and dtype.

    Notes
    -----
    ``np.flipud(v)`` on a 1-D array **reverses it**: for a ported ``flipud(row)``,
    which MATLAB leaves unchanged, that is silently wrong. ``np.flipud`` also returns
    a view.

    Sources: MATLAB ``flipud`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import flipud
    >>> flipud([1, 2, 3])            # a row: nothing to flip
    array([1, 2, 3])
    >>> flipud([[1, 2], [3, 4]])
    array([[3, 4],
           [1, 2]])
    """
    a = np.asarray(A)
    if a.ndim <= 1:
        return a.copy()
    return np.flip(a, axis=0).copy()
