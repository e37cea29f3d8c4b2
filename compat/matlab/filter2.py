"""MATLAB ``filter2``: 2-D digital filter (correlation)."""

from __future__ import annotations

from compat._core.convolution import (
    _as_matrix,
    _finish_2d,
    conv_shape,
    conv_window,
    parse_method,
    parse_shape,
)
from compat._core.legacy import matlab_function

__all__ = ["filter2"]


@matlab_function("filter2")
def filter2(h, X, shape="same", *, method="direct"):
    """2-D linear filter (correlation), as MATLAB's ``filter2``.

    MATLAB call forms::

        Y = filter2(h, X)          ->  filter2(h, X)
        Y = filter2(h, X, shape)   ->  filter2(h, X, 'valid')

    ``filter2`` **correlates**: the filter ``h`` slides over ``X`` without being
    flipped, ``Y(i,j) = sum_{k,l} h(k,l) X(i+k-c1, j+l-c2)``. It is defined as
    ``filter2(h, X, shape) == conv2(X, rot90(h, 2), shape)``: the same as
    :func:`compat.matlab.conv2` with the filter rotated by 180 degrees. Note the
    argument order: the filter comes first, the data second (the reverse of
    ``conv2``). IDL's ``CONVOL`` also correlates (with its own edge handling and
    centre); MATLAB's ``imfilter`` correlates by default. For symmetric filters
    (``ones(3)``, a Gaussian) correlation and convolution agree.

    Parameters
    ----------
    h : array_like
        The filter (2-D; a 1-D array is a row, a scalar 1x1). Classes as ``conv2``.
    X : array_like
        The data (2-D; a 1-D array is a row).
    shape : {'same', 'full', 'valid'}, optional
        Default **'same'** (unlike ``conv2``, whose default is 'full'). 'same' is the
        central part the size of ``X``, 'full' the whole correlation, 'valid' the part
        computed without zero-padded edges; the sizes and the centre are those of
        ``conv2(X, rot90(h, 2), shape)``. Case-insensitive.
    method : {'direct', 'fft'}, keyword-only
        compat extension (not in MATLAB): 'direct' (default, exact summation) or
        'fft' (:func:`scipy.signal.fftconvolve`, rounding noise).

    Returns
    -------
    ndarray
        2-D (1-D when ``X`` is 1-D and the result is one row); single if any input is
        single, else double; complex if any input is complex (``h`` is not
        conjugated).

    Raises
    ------
    ValueError
        ``"filter2: Unknown shape parameter ..."``; ``"filter2: N-D arrays are not
        supported ..."``.
    TypeError
        Text or object arrays; extended-precision floats.

    Notes
    -----
    Differences from the naive SciPy calls: ``scipy.signal.correlate2d(X, h,
    mode)`` computes the same correlation with the same 'same' centre (note the
    argument order: data first), but keeps integer dtypes (overflowing where MATLAB
    computes in double), multiplies the zero padding (an ``Inf`` in ``h`` spreads
    ``NaN`` over the edges) and refuses or swaps 'valid' when ``h`` is larger than
    ``X`` (MATLAB returns an empty matrix). ``scipy.ndimage.correlate`` reflects the
    edges by default instead of zero padding and centres even-sized filters one
    element the other way even with ``mode='constant'``. Contrast
    :func:`compat.matlab.conv2`, whose 'same' part differs from
    ``scipy.signal.convolve2d``'s for even kernels.

    MATLAB's ``filter2`` computes a rank-1 (separable) filter as two 1-D passes after
    an SVD of ``h``, rounding the result when ``h`` and ``X`` hold integers. compat
    always sums the 2-D products directly: integer results are exact (equal to
    MATLAB's rounded ones), other results may differ from MATLAB's in the last bits.

    Sources: MATLAB documentation of ``filter2`` (definition through ``conv2`` and
    ``rot90(h,2)``, default shape 'same'); GNU Octave 7.3 agrees.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import filter2, conv2
    >>> h = np.array([[1, 2], [3, 4]])
    >>> X = np.array([[8, 1, 6], [3, 5, 7], [4, 9, 2]])   # magic(3)
    >>> filter2(h, X)
    array([[39., 56., 27.],
           [61., 54., 13.],
           [22., 13.,  2.]])
    >>> bool((filter2(h, X, 'full') == conv2(X, np.rot90(h, 2), 'full')).all())
    True
    """
    shape = parse_shape("filter2", "same" if shape is None else shape)
    method = parse_method("filter2", method)
    h2, _ = _as_matrix("filter2", h, "h")
    X2, x1 = _as_matrix("filter2", X, "X")
    k = h2[::-1, ::-1]
    window = conv_shape(X2.shape, k.shape, shape)
    return _finish_2d(conv_window(X2, k, window, method), x1)
