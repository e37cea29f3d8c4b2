"""MATLAB ``conv2``: 2-D convolution with MATLAB's 'full'/'same'/'valid' parts."""

from __future__ import annotations

import numpy as np

from compat._core.convolution import conv2_matlab, conv2_separable
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["conv2"]


@matlab_function("conv2")
def conv2(A, B, C=None, shape=None, *, method="direct"):
    """2-D convolution, as MATLAB's ``conv2``.

    MATLAB call forms::

        C = conv2(A, B)            ->  conv2(A, B)
        C = conv2(A, B, shape)     ->  conv2(A, B, 'same')
        C = conv2(u, v, A)         ->  conv2(u, v, A)
        C = conv2(u, v, A, shape)  ->  conv2(u, v, A, 'valid')

    ``conv2`` **convolves**: the kernel ``B`` is flipped (rotated by 180 degrees)
    before it slides over ``A``, ``C(i,j) = sum_{k,l} A(k,l) B(i-k+1, j-l+1)``.
    :func:`compat.matlab.filter2` (and MATLAB's ``imfilter``, and IDL's ``CONVOL``)
    **correlate** instead: they slide the kernel unflipped, so
    ``filter2(h, X, shape) == conv2(X, rot90(h, 2), shape)``. For a symmetric kernel
    such as ``ones(3)`` the two agree.

    Parameters
    ----------
    A, B : array_like
        Matrices (2-D, MATLAB's (row, column) indexing: ``A(i,j)`` is
        ``A[i-1, j-1]``). A 1-D array is a MATLAB row vector; a scalar a 1x1 matrix.
        double, single, complex, logical and integer classes are accepted; logical and
        integers are converted to double as MATLAB does.
    C : array_like or str, optional
        In the separable form ``conv2(u, v, A)`` the matrix ``A`` (then the first two
        arguments are the vectors ``u`` and ``v``). A string here is the ``shape``.
        ``None`` or ``[]`` means "omitted" (so ``conv2(A, B, [])`` is the two-matrix
        form; pass an empty ndarray for a separable call with an empty matrix).
    shape : {'full', 'same', 'valid'}, optional
        Which part of the convolution to return (case-insensitive; default 'full'):

        * ``'full'`` -- the whole convolution, size ``max([ma+mb-1, ma, mb])`` by
          ``max([na+nb-1, na, nb])`` (``[ma, na] = size(A)``, ``[mb, nb] = size(B)``).
        * ``'same'`` -- the central part, the size of ``A``: rows
          ``floor(mb/2)+1 ...`` and columns ``floor(nb/2)+1 ...`` (1-based) of the full
          result.
        * ``'valid'`` -- only the parts computed without the zero-padded edges, size
          ``max([ma-max(0,mb-1), na-max(0,nb-1)], 0)``; empty (0 rows or columns)
          when the kernel is larger than ``A``.
    method : {'direct', 'fft'}, keyword-only
        compat extension, not in MATLAB. ``'direct'`` (default) sums the products
        exactly as the definition does, so integer-valued data give exact integers.
        ``'fft'`` uses :func:`scipy.signal.fftconvolve`: faster for large kernels but
        with rounding noise (about ``1e-16`` times the largest values) and ``NaN``
        spreading over the whole result; never used unless asked for.

    Returns
    -------
    ndarray
        2-D; single (float32/complex64) if any input is single, else double; complex
        if any input is complex. A 1-D ``A`` whose result is one row gives a 1-D
        array. A new array: inputs are never modified.

    Raises
    ------
    ValueError
        ``"conv2: Unknown shape parameter ..."`` for a shape other than
        full/same/valid; ``"conv2: N-D arrays are not supported ..."`` for arrays with
        more than two dimensions; ``"conv2: u must be a vector ..."`` for a matrix in
        the separable form.
    TypeError
        ``"conv2: ... must be numeric or logical ..."`` for text or object arrays, and
        for extended-precision floats (MATLAB has no such class).

    Notes
    -----
    Differences from the naive SciPy call:

    * ``scipy.signal.convolve2d(A, B, mode='same')`` centres an even-sized kernel
      one element the other way: it returns the central part starting at
      ``(mb-1)//2`` (0-based) where MATLAB starts at ``mb//2``. For odd kernels the two
      agree. ``'full'`` and ``'valid'`` agree for non-empty inputs, except that SciPy
      refuses a 'valid' kernel larger than ``A`` in some dimensions (MATLAB returns an
      empty matrix) and that SciPy's 'valid' swaps the arguments when ``B`` is larger.
    * SciPy multiplies the zero padding too, so an ``Inf``/``NaN`` in the kernel turns
      the edges of the 'full' result into ``NaN``; the definition MATLAB documents
      (sum over legal subscripts only) does not, and neither does compat.
    * Empty inputs follow MATLAB's size rule above: ``conv2(ones(3), [])`` is a 3x3
      matrix of zeros, ``conv2(zeros(0,3), ones(2))`` is 2x4 zeros.
    * SciPy keeps integer dtypes (with overflow); MATLAB and compat compute in double.

    The separable form convolves every column of ``A`` with the vector ``u``, then
    every row of that result with ``v`` (two 1-D passes, as MATLAB documents;
    the orientation of ``u`` and ``v`` does not matter). Its sizes use
    ``n1 = length(u)`` and ``n2 = length(v)`` in place of ``mb`` and ``nb``. It equals
    ``conv2(A, u(:)*v(:).')`` up to rounding.

    Sources: MATLAB documentation of ``conv2`` (call forms, the 'same' centre
    ``floor(size(B)/2)+1``, the size rules including empty inputs, separable form) and
    of ``conv`` (the sum over legal subscripts); checked against GNU Octave 7.3, which
    agrees on every non-empty finite case tested but returns ``0x0`` for any empty
    input and skips zero kernel entries (so ``0*Inf`` does not give ``NaN`` there).

    Examples
    --------
    User story 2 (values printed by MATLAB):

    >>> from compat.matlab import conv2
    >>> A = [[1, -2], [3, 4]]
    >>> k = [[-0.7071, 0.7071]]
    >>> conv2(A, k)
    array([[-0.7071,  2.1213, -1.4142],
           [-2.1213, -0.7071,  2.8284]])
    >>> conv2(A, k, 'same')          # MATLAB's centre; scipy gives the other 2 columns
    array([[ 2.1213, -1.4142],
           [-0.7071,  2.8284]])

    A windowed sum of integer data is exact, so comparisons work:

    >>> import numpy as np
    >>> M = np.array([[1, 2, 0], [0, 1, 1], [2, 0, 1]])
    >>> S = conv2(M, np.ones((3, 3)), 'same')
    >>> S
    array([[4., 5., 4.],
           [6., 8., 5.],
           [3., 5., 3.]])
    >>> S == 5
    array([[False,  True, False],
           [False, False,  True],
           [False,  True, False]])

    Separable form (columns with ``u``, then rows with ``v``):

    >>> conv2([1, 2], [1, 1], np.eye(2))
    array([[1., 1., 0.],
           [2., 3., 1.],
           [0., 2., 2.]])
    """
    if isinstance(C, str) or (C is None) or (isinstance(C, (list, tuple)) and len(C) == 0):
        if isinstance(C, str):
            if shape is not None:
                raise matlab_error("conv2", "shape given twice (positionally and as shape=).",
                                   TypeError)
            shape = C
        return conv2_matlab("conv2", A, B, shape, method)
    return conv2_separable("conv2", A, B, C, shape, method)
