"""MATLAB's ``interpft``: 1-D interpolation by the FFT method.

The legacy layer over :func:`compat._core.fourier_interpolation.fourier_interpolate`.
What it keeps from MATLAB, and what ``scipy.signal.resample`` loses:

* MATLAB's treatment of the Nyquist term of an even number of samples (split in halves
  between the positive and negative frequencies, so the interpolant passes through the
  samples and real data stays real) -- ``scipy.signal.resample`` keeps it whole on one
  side for upsampling of even lengths and so returns other values;
* ``n`` smaller than the number of samples: MATLAB samples the trigonometric
  interpolant at ``n`` points spaced ``m/n`` apart (through an interpolation to a
  multiple of ``n`` points); ``resample`` low-pass filters instead;
* MATLAB's ``dim`` (first non-singleton dimension by default), single kept single.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.fourier_interpolation import fourier_interpolate
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["interpft"]


@matlab_function("interpft")
def interpft(X, n, dim=None):
    """1-D interpolation (FFT method), as MATLAB's ``interpft``.

    MATLAB call forms::

        y = interpft(X, n)        ->  interpft(x, 200)
        y = interpft(X, n, dim)   ->  interpft(A, 500, 2)     (along the rows)

    Parameters
    ----------
    X : array_like
        Equally spaced samples of a periodic function: double or single, real or
        complex; a vector, matrix or N-D array.
    n : int
        The number of points wanted along the dimension (a positive whole number).
    dim : int, optional
        The 1-based dimension (default: the first whose size is not 1). A ``dim``
        beyond ``ndims(X)`` interpolates lines of one sample (a constant).

    Returns
    -------
    ndarray
        ``X`` resampled to ``n`` points along ``dim``, spacing ``m/n`` of the original
        spacing (``m`` samples), starting at the first sample; same class as ``X``
        (single stays single), real for real ``X``. A 1-D input gives a 1-D result; a
        scalar gives an ``n`` x 1 column of its value.

    Raises
    ------
    TypeError
        Integer, logical or text ``X`` (MATLAB's page lists single and double).
    ValueError
        ``n`` not a positive whole number; ``dim`` not a positive whole number.

    Notes
    -----
    The spectrum of the ``m`` samples keeps its first ``ceil((m+1)/2)`` terms in
    front and the rest at the end, zeros in between; an even ``m`` has its Nyquist term
    split in halves between both ends; the inverse transform is scaled by
    (points/m). For ``n <= m`` the interpolation runs to ``(floor(m/n) + 1)*n`` points
    and every ``floor(m/n) + 1``-th is kept (MATLAB's interpft.m). GNU Octave 7.3 makes
    the same values to rounding; it picks the rows of a row vector as its default
    dimension, as MATLAB's first-non-singleton rule does except for a scalar, which
    MATLAB (and compat) treats along dimension 1.

    Sources: MATLAB ``interpft`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/fourier_interpolation).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import interpft
    >>> y = interpft(np.array([0.0, 1.0, 0.0, -1.0]), 8)   # samples of sin(pi*k/2)
    >>> bool(np.allclose(y, np.sin(np.pi * np.arange(8) / 4)))
    True
    >>> interpft(np.array([[1.0, 2.0, 3.0, 4.0, 5.0, 6.0]]), 3)   # every other sample
    array([[1., 3., 5.]])
    """
    x = matlab_array(X, "X")
    if x.dtype.kind in "biu":
        raise CompatTypeError("X must be double or single, not "
                              f"{'logical' if x.dtype.kind == 'b' else x.dtype.name}")
    count = np.asarray(n)
    if count.size != 1 or count.dtype.kind not in "iuf":
        raise CompatValueError("N must be a positive integer scalar")
    value = float(count.reshape(()))
    if not (math.isfinite(value) and value >= 1 and value == math.floor(value)):
        raise CompatValueError("N must be a positive integer scalar")
    work = x.reshape(1) if x.ndim == 0 else x
    if dim is None or is_omitted(dim):
        axis = first_nonsingleton(work.shape) - 1
    else:
        axis = matlab_dim("interpft", dim, work.ndim)
    if x.ndim == 0:
        work = x.reshape(1, 1)
    if axis >= work.ndim:
        work = work.reshape(work.shape + (1,) * (axis + 1 - work.ndim))
    return fourier_interpolate(work, int(value), axis)
