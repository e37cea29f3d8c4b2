"""MATLAB ``conv``: convolution of two vectors (polynomial multiplication)."""

from __future__ import annotations

from compat._core.convolution import conv_matlab
from compat._core.legacy import matlab_function

__all__ = ["conv"]


@matlab_function("conv")
def conv(u, v, shape="full", *, method="direct"):
    """Convolution of two vectors, as MATLAB's ``conv``.

    MATLAB call forms::

        w = conv(u, v)          ->  conv(u, v)
        w = conv(u, v, shape)   ->  conv(u, v, 'same')

    ``w(k) = sum_j u(j) v(k-j+1)``, the sum running over the legal subscripts only
    (the kernel is flipped: this is convolution, not correlation). For vectors of
    polynomial coefficients it multiplies the polynomials.

    Parameters
    ----------
    u, v : array_like
        Vectors: 1-D arrays, scalars, or 2-D rows (1xN) or columns (Nx1); a 1x0 or
        0x1 empty vector is allowed, a 0x0 ``[]`` is not (MATLAB's ``isvector``).
        double, single, complex, logical and integer classes; logical and integers
        are computed in double.
    shape : {'full', 'same', 'valid'}, optional
        Case-insensitive; ``None``/``[]`` mean the default 'full'.

        * ``'full'`` -- length ``max([length(u)+length(v)-1, length(u), length(v)])``.
        * ``'same'`` -- the central part the length of ``u``, starting at element
          ``floor(length(v)/2)+1`` (1-based) of the full result.
        * ``'valid'`` -- the part computed without the zero-padded edges, length
          ``max(length(u)-max(0,length(v)-1), 0)`` (so ``length(u)`` when ``v`` is
          empty).
    method : {'direct', 'fft'}, keyword-only
        compat extension (not in MATLAB): 'direct' (default) sums the products
        exactly; 'fft' uses :func:`scipy.signal.fftconvolve` (rounding noise).

    Returns
    -------
    ndarray
        Orientation as MATLAB's ``conv``: for 'full' that of the longer input (of
        ``v`` when the lengths are equal), for 'same' and 'valid' that of ``u``. When
        the input that decides is 1-D or a scalar, the result is 1-D; otherwise a 2-D
        row (1xN) or column (Nx1). Single if any input is single, else double.

    Raises
    ------
    ValueError
        ``"conv: A and B must be vectors ..."`` (MATLAB's message) for a matrix, an
        N-D array or a 0x0 empty input; ``"conv: Unknown shape parameter ..."``.
    TypeError
        ``"conv: SHAPE must be 'full', 'same', or 'valid' ..."`` for a non-text shape;
        text or object arrays as data.

    Notes
    -----
    ``numpy.convolve(u, v)`` gives the same 'full' values for 1-D input, but its
    ``mode='same'`` centres the kernel differently for even ``length(v)`` (and is
    the length of the longer input, not of ``u``), its ``'valid'`` swaps the inputs
    when ``v`` is longer (MATLAB returns an empty vector), it flattens orientation,
    and it may choose an FFT for large inputs in ``scipy.signal.convolve``.

    Sources: MATLAB documentation of ``conv`` (formula over legal subscripts, the
    sizes, 'valid' with an empty ``v``, single/double result classes) and MATLAB's
    ``conv`` help text (computed as ``conv2(u(:), v(:), shape)``, the orientation
    rule, the ``A and B must be vectors.`` message). GNU Octave 7.3 agrees on
    orientation and values for non-empty vectors; it returns ``[](0x0)`` where MATLAB
    returns zeros for an empty vector.

    Examples
    --------
    >>> from compat.matlab import conv
    >>> conv([1, 0, 1], [2, 7])              # (x^2 + 1)(2x + 7)
    array([2., 7., 2., 7.])
    >>> conv([-1, 2, 3, -2, 0, 1, 2], [2, 4, -1, 1], 'same')
    array([15.,  5., -9.,  7.,  6.,  7., -1.])
    >>> conv([[1], [2]], [[1, 1, 1]])        # column and longer row: a row
    array([[1., 3., 3., 2.]])
    """
    return conv_matlab("conv", u, v, shape, method)
