"""MATLAB's convolution family: ``conv``, ``conv2``, ``convn``, ``filter2`` and ``deconv``.

The legacy layer: it reads MATLAB's arguments (vectors and their orientations, a 1-D
array as a row, the separable form ``conv2(u, v, A)``, shape strings, ``[]``, nargout)
and runs the core, :mod:`compat._core.convolution` (exact direct summation; an FFT
only on request).
"""

from __future__ import annotations

import numpy as np

from compat._core.convolution import (METHODS, SHAPES, Method, Shape, convolve,
                                      convolve_separable, deconvolve)
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import (drop_trailing_ones, is_vector, matlab_array,
                                       result_class, size_text)
from compat._core.results import Result

__all__ = ["conv", "conv2", "convn", "filter2", "deconv", "DeconvResult"]


class DeconvResult(Result):
    """``[q, r] = deconv(y, a)``: the quotient and the remainder."""

    request_style = "nargout"
    q: np.ndarray
    r: np.ndarray


_DOCS = Fragments(
    method="""
        method : {'direct', 'fft'}, keyword-only
            compat extension, not in MATLAB. ``'direct'`` (default) sums the products
            exactly as the definition does, so integer-valued data give exact integers.
            ``'fft'`` uses :func:`scipy.signal.fftconvolve`: faster for large kernels but
            with rounding noise (about ``1e-16`` times the largest values) and ``NaN``
            spreading over the whole result; never used unless asked for.""",
    classes="""
        double, single, complex, logical and integer classes are accepted; logical and
        integers are computed in double, as MATLAB does.""",
    result_class="""
        single (float32/complex64) if any input is single, else double; complex
        if any input is complex.""",
    type_errors="""
        TypeError
            ``"<name>: ... must be numeric or logical ..."`` for text or object arrays;
            ``"<name>: ... has extended precision ..."`` for extended-precision floats
            (MATLAB has no such class).""",
)


# ------------------------------------------------------------------ the legacy grammar
def _shape(shape) -> Shape:
    """'full', 'same' or 'valid' for MATLAB's SHAPE argument (case-insensitive).

    ``None`` (and ``[]``, compat's "omitted" marker) mean MATLAB's default ``'full'``.
    """
    if shape is None or (isinstance(shape, (list, tuple)) and len(shape) == 0):
        return "full"
    if isinstance(shape, np.ndarray) and shape.dtype.kind in "US" and shape.size == 1:
        shape = str(shape.reshape(-1)[0])
    if not isinstance(shape, str):
        raise CompatTypeError(f"SHAPE must be 'full', 'same', or 'valid', not {shape!r}.")
    key = shape.lower()
    if key not in SHAPES:
        raise CompatValueError(f"Unknown shape parameter {shape!r}: SHAPE must be 'full', "
                               "'same', or 'valid'.")
    return key


def _method(method) -> Method:
    """compat's extension keyword ``method`` ('direct', the default, or 'fft')."""
    if method is None:
        return "direct"
    if not isinstance(method, str) or method.lower() not in METHODS:
        raise CompatValueError(f"method must be 'direct' or 'fft', not {method!r}.")
    return method.lower()


def _operand(x, name: str) -> np.ndarray:
    """An operand through the MATLAB coercer, computed in floating point; ``None`` and
    ``[]`` are MATLAB's ``[]`` (0x0)."""
    if x is None or (isinstance(x, (list, tuple)) and len(x) == 0):
        return np.zeros((0, 0))
    return matlab_array(x, name, to_float=True)


def _matrix(x, name: str) -> tuple[np.ndarray, bool]:
    """(2-D operand, was 1-D): MATLAB's view of an input of conv2/filter2.

    A 1-D array is a MATLAB row vector, a 0-d array a 1x1 matrix; more than two
    dimensions is an error (MATLAB: N-D arrays are not supported).
    """
    a = _operand(x, name)
    if a.ndim > 2:
        raise CompatValueError(f"N-D arrays are not supported ({name} has {a.ndim} "
                               "dimensions); use convn for arrays with more than two "
                               "dimensions.")
    return a.reshape((1, -1) if a.ndim == 1 else a.shape if a.ndim == 2 else (1, 1)), \
        a.ndim == 1


def _separable_vector(x, name: str) -> np.ndarray:
    a = _operand(x, name)
    if a.ndim > 2 or (a.ndim == 2 and 1 not in a.shape):
        raise CompatValueError(f"{name} must be a vector in the separable form conv2(u, v, "
                               f"A); got an array of size {'x'.join(map(str, a.shape))}.")
    return a.reshape(-1)


def _finish_2d(out: np.ndarray, a_was_1d: bool) -> np.ndarray:
    """A 1-D data argument gives a 1-D result when the result is a single row."""
    if a_was_1d and out.shape[0] == 1:
        return out.reshape(-1)
    return out


# ------------------------------------------------------------------ the functions
@matlab_function("conv")
@_DOCS.fill
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
        {{classes}}
    shape : {'full', 'same', 'valid'}, optional
        Case-insensitive; ``None``/``[]`` mean the default 'full'.

        * ``'full'`` -- length ``max([length(u)+length(v)-1, length(u), length(v)])``.
        * ``'same'`` -- the central part the length of ``u``, starting at element
          ``floor(length(v)/2)+1`` (1-based) of the full result.
        * ``'valid'`` -- the part computed without the zero-padded edges, length
          ``max(length(u)-max(0,length(v)-1), 0)`` (so ``length(u)`` when ``v`` is
          empty).
    {{method}}

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
    a = _operand(u, "A")
    b = _operand(v, "B")
    if not (is_vector(a) and is_vector(b)):
        raise CompatValueError(f"A and B must be vectors (got arrays of size {size_text(a)} "
                               f"and {size_text(b)}).")
    shape = _shape(shape)
    col = convolve(a.reshape(-1, 1), b.reshape(-1, 1), shape=shape,
                   method=_method(method)).reshape(-1)
    ref = (a if a.size > b.size else b) if shape == "full" else a
    if ref.ndim < 2:
        return col
    return col.reshape((1, -1)) if ref.shape[0] == 1 else col.reshape((-1, 1))


@matlab_function("conv2", dask="compat.matlab._lazy:conv2")
@_DOCS.fill
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
        {{classes}}
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
    {{method}}

    Returns
    -------
    ndarray
        2-D; {{result_class}} A 1-D ``A`` whose result is one row gives a 1-D
        array. A new array: inputs are never modified.

    Raises
    ------
    ValueError
        ``"conv2: Unknown shape parameter ..."`` for a shape other than
        full/same/valid; ``"conv2: N-D arrays are not supported ..."`` for arrays with
        more than two dimensions; ``"conv2: u must be a vector ..."`` for a matrix in
        the separable form.
    {{type_errors}}

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
                raise CompatTypeError("shape given twice (positionally and as shape=).")
            shape = C
        shape, method = _shape(shape), _method(method)
        A2, a1 = _matrix(A, "A")
        B2, _ = _matrix(B, "B")
        return _finish_2d(convolve(A2, B2, shape=shape, method=method), a1)
    shape, method = _shape(shape), _method(method)
    uu = _separable_vector(A, "u")
    vv = _separable_vector(B, "v")
    A2, a1 = _matrix(C, "A")
    return _finish_2d(convolve_separable(uu, vv, A2, shape=shape, method=method), a1)


@matlab_function("convn", dask="compat.matlab._lazy:convn")
@_DOCS.fill
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
    {{method}}

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
    {{type_errors}}

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
    shape, method = _shape(shape), _method(method)
    a = _operand(A, "A")
    b = _operand(B, "B")
    a1 = a.ndim == 1
    a = a.reshape((1, -1)) if a.ndim == 1 else a.reshape((1, 1)) if a.ndim == 0 else a
    b = b.reshape((1, -1)) if b.ndim == 1 else b.reshape((1, 1)) if b.ndim == 0 else b
    nd = max(a.ndim, b.ndim)
    out = convolve(a.reshape(a.shape + (1,) * (nd - a.ndim)),
                   b.reshape(b.shape + (1,) * (nd - b.ndim)), shape=shape, method=method)
    out = out.reshape(drop_trailing_ones(out.shape))  # MATLAB's size
    if a1 and out.ndim == 2 and out.shape[0] == 1:
        out = out.reshape(-1)
    return out


@matlab_function("filter2", dask="compat.matlab._lazy:filter2")
@_DOCS.fill
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
    {{method}}

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
    {{type_errors}}

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
    shape = _shape("same" if shape is None else shape)
    method = _method(method)
    h2, _ = _matrix(h, "h")
    X2, x1 = _matrix(X, "X")
    return _finish_2d(convolve(X2, h2[::-1, ::-1], shape=shape, method=method), x1)


@matlab_function("deconv", nargout=2)
def deconv(y, a, *, nargout=1):
    """Deconvolution and polynomial division, as MATLAB's ``deconv``.

    MATLAB call forms::

        q = deconv(y, a)          ->  deconv(y, a)
        [q, r] = deconv(y, a)     ->  q, r = deconv(y, a, nargout=2)

    Returns the quotient ``q`` and remainder ``r`` of the polynomial division of ``y``
    by ``a`` (coefficients in descending powers), so that ``y = conv(a, q) + r``.
    Computed as MATLAB does: ``q`` is the impulse response of ``Y(z)/A(z)``,
    ``[q, zf] = filter(y, a, [1 zeros(1, length(y)-length(a))])``, and the remainder
    is ``r = [zeros(1, length(q)), a(1)*zf]`` (the filter's final states hold the
    remainder polynomial), so its leading ``length(q)`` entries are exact zeros.

    Parameters
    ----------
    y, a : array_like
        Vectors (1-D, rows or columns; any orientations, different lengths and
        classes). ``a(1)`` must be non-zero.
    nargout : {1, 2}, keyword-only
        2 also returns the remainder ``r``.

    Returns
    -------
    q : ndarray
        ``length(y) - length(a) + 1`` elements, oriented like ``y`` (1-D for a 1-D
        ``y``). When ``length(a) > length(y)``: the scalar 0 (``1x1``, or shape
        ``(1,)`` for a 1-D ``y``).
    r : ndarray (with ``nargout=2``)
        Same size as ``y`` (``r = y`` when ``length(a) > length(y)``).
        Both are single if ``y`` or ``a`` is single, else double; complex if either is.

    Raises
    ------
    ValueError
        ``"deconv: First coefficient of A must be non-zero."`` (MATLAB's message);
        ``"deconv: Y and A must be vectors ..."`` for matrices; an empty ``a``.
    TypeError
        Text, objects, extended precision.

    Notes
    -----
    ``scipy.signal.deconvolve(y, a)`` computes the same quotient for 1-D input, but
    it refuses ``len(a) > len(y)`` less gracefully (it returns an empty quotient where
    MATLAB returns 0), works only on 1-D arrays (no orientation), computes the
    remainder as ``y - convolve(a, q)`` (rounding noise in the leading entries where
    MATLAB has exact zeros) and keeps float64 for float32 input.
    ``numpy.polydiv`` returns a trimmed remainder instead of one the length of ``y``.

    Sources: MATLAB documentation of ``deconv`` (definition, orientations, the
    ``length(v) > length(u)`` rule, single/double classes; example below) and MATLAB's
    error message "First coefficient of A must be non-zero."; GNU Octave 7.3 computes
    it the same way (``filter`` and its final states) and agrees on values, but has no
    check of its own for ``a(1) == 0`` (its ``filter`` error is raised instead).

    Examples
    --------
    MATLAB documentation example ((2x^3 + 7x^2 + 4x + 9) / (x^2 + 1)):

    >>> from compat.matlab import deconv
    >>> q, r = deconv([2, 7, 4, 9], [1, 0, 1], nargout=2)
    >>> q
    array([2., 7.])
    >>> r
    array([0., 0., 2., 2.])
    """
    Y = matlab_array(y, "y", to_float=True)
    A = matlab_array(a, "a", to_float=True)
    if not (is_vector(Y) and is_vector(A)):
        raise CompatValueError(f"Y and A must be vectors (got sizes "
                               f"{'x'.join(map(str, Y.shape))} and "
                               f"{'x'.join(map(str, A.shape))}).")
    if A.size == 0:
        raise CompatValueError("A must be a non-empty vector (its first coefficient "
                               "divides).")
    dtype = result_class(Y, A)
    yv = Y.reshape(-1).astype(dtype)
    av = A.reshape(-1).astype(dtype)
    if av[0] == 0:
        raise CompatValueError("First coefficient of A must be non-zero.")
    if av.size > yv.size:
        return DeconvResult.first(nargout, np.zeros((1,) if Y.ndim <= 1 else (1, 1), dtype),
                                  Y.astype(dtype, copy=True))
    qv, rv = deconvolve(yv, av)
    if Y.ndim <= 1:
        q = qv
    else:
        q = qv.reshape(-1, 1) if Y.ndim == 2 and Y.shape[0] != 1 else qv.reshape(1, -1)
    return DeconvResult.first(nargout, q, rv.reshape(Y.shape))
