"""MATLAB ``convn``: N-D convolution with MATLAB's 'full'/'same'/'valid' parts."""

from __future__ import annotations

from compat._core.convolution import convn_matlab
from compat._core.legacy import matlab_function

__all__ = ["convn"]


@matlab_function("convn")
def convn(A, B, shape="full", *, method="direct"):
    """N-D convolution, as MATLAB's ``convn``.

    MATLAB call forms::

        C = convn(A, B)          ->  convn(A, B)
        C = convn(A, B, shape)   ->  convn(A, B, 'same')

    Convolution (the kernel is flipped along every dimension) of N-D arrays whose
    numpy shape is MATLAB's ``size`` (``A(i,j,k)`` is ``A[i-1, j-1, k-1]``, as
    ``scipy.io.loadmat`` returns them).

    Parameters
    ----------
    A, B : array_like
        Arrays of any number of dimensions; missing trailing dimensions count as 1. A
        1-D array is a MATLAB row vector. Classes as :func:`compat.matlab.conv2`.
    shape : {'full', 'same', 'valid'}, optional
        Case-insensitive, default 'full'. Per dimension, with ``m`` the size of ``A``
        and ``k`` that of ``B``: 'full' has size ``max([m+k-1, m, k])``; 'same' has
        size ``m`` and starts at ``floor(k/2)+1`` (1-based) of the full result;
        'valid' has size ``max(m-max(0,k-1), 0)``.
    method : {'direct', 'fft'}, keyword-only
        compat extension (not in MATLAB): 'direct' (default, exact summation) or
        'fft' (:func:`scipy.signal.fftconvolve`, rounding noise).

    Returns
    -------
    ndarray
        As many dimensions as the larger input, with trailing singleton dimensions
        beyond the second removed (MATLAB's ``size``); 1-D when ``A`` is 1-D and the
        result is one row. Single if any input is single, else double.

    Raises
    ------
    ValueError
        ``"convn: Unknown shape parameter ..."``.
    TypeError
        Text or object arrays; extended-precision floats.

    Notes
    -----
    ``scipy.signal.convolve(A, B, mode='same')`` centres even-sized kernels
    differently (see :func:`compat.matlab.conv2`), may silently use an FFT
    (``method='auto'``), and refuses 'valid' when neither input is at least as large
    as the other in every dimension; MATLAB returns an empty array.

    Sources: MATLAB documentation of ``convn`` and ``conv2`` (same size and centring
    rules, extended to N dimensions); checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import convn
    >>> convn(np.ones((3, 3, 3)), np.ones((2, 2, 2)), 'same')[:, :, 0]
    array([[8., 8., 4.],
           [8., 8., 4.],
           [4., 4., 2.]])
    >>> convn(np.ones((3, 3)), np.ones((1, 1, 1, 2))).shape
    (3, 3, 1, 2)
    """
    return convn_matlab("convn", A, B, shape, method)
