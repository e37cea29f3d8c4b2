"""MATLAB's array-shape functions: ``reshape``, ``repmat``, ``circshift``, ``flip``,
``fliplr``, ``flipud``, ``rot90``, ``kron``, ``ind2sub``, ``sub2ind``.

The legacy layer of the family: each function reads MATLAB's argument grammar (size
arguments with one ``[]``, replication counts, shift vectors, ``dim``, ``nargout``) and
calls the column-major core, :mod:`compat._core.shapes`.

A char matrix (a numpy ``str`` array of equal-length rows, compat's char:
:mod:`compat._core.matlab_text`) is a rows x columns array of characters here, as in
MATLAB: ``reshape``, ``repmat``, ``circshift``, ``flip``, ``fliplr``, ``flipud`` and
``rot90`` move its characters and return a char matrix of equal-length rows
(``rot90(['ab';'cd'])`` is ``['bd';'ac']``; ``numpy.flip`` of the rows array would
move whole rows only). Golden suite ``matlab/char_matrix_text``.
"""

from __future__ import annotations

import numpy as np

from compat._core import cells
from compat._core import shapes as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import char_codes_grid, char_grid, char_rows, chars_from_codes
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["reshape", "repmat", "circshift", "flip", "flipdim", "fliplr", "flipud", "rot90",
           "kron",
           "ind2sub", "sub2ind", "Ind2subResult"]

#: ind2sub's most outputs (one subscript per dimension)
_MAX_SUBSCRIPTS = 64


class Ind2subResult(Result):
    """``[I1, I2, ..., In] = ind2sub(sz, ind)``: the subscripts ``I1`` (rows), ``I2``
    (columns), ... -- as many as requested."""

    request_style = "nargout"
    __annotations__ = {f"I{k}": "np.ndarray" for k in range(1, _MAX_SUBSCRIPTS + 1)}


_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3.""",
    size_vector="""
        sz : sequence of int
            Array size (at least 2 entries).""",
)


def _size_vector(sz) -> list[int]:
    dims = [int(d) for d in np.asarray(sz).ravel()]
    if len(dims) < 2 or any(d < 0 for d in dims):
        raise CompatValueError("Size vector must have at least 2 nonnegative elements.")
    return dims


def _via_codes(A, function, *args):
    """A char matrix (numpy ``str`` array, compat's char: :mod:`compat._core.matlab_text`)
    through ``function`` as its rows x columns character codes, back as char rows:
    MATLAB moves the characters of a char array as it moves any element."""
    out = function(char_codes_grid(A, function.__name__), *args)
    if np.ndim(out) != 2:
        raise CompatValueError("char data is two-dimensional here: the result of a char "
                               "matrix must be a matrix")
    return chars_from_codes(out)


def _is_char_matrix(A) -> bool:
    return isinstance(A, np.ndarray) and A.dtype.kind == "U" and A.ndim > 0


# ---------------------------------------------------------------------------- reshape
@matlab_function("reshape")
@_DOCS.named()
def reshape(A, *sz):
    """Reshape an array in MATLAB's column-major order, as MATLAB's ``reshape``.

    MATLAB call forms::

        B = reshape(A, sz)              ->  reshape(A, [2, 3])
        B = reshape(A, sz1, ..., szN)   ->  reshape(A, 2, [], 3)

    Parameters
    ----------
    A : array_like
        Any array (a 1-D array is a MATLAB row vector).
    sz : sizes
        A size vector (at least 2 entries) or separate sizes, one of which may be
        ``[]`` (or None): it is computed so the number of elements is unchanged.

    Returns
    -------
    ndarray
        A new array (never a view of ``A``) with the elements of ``A`` in the same
        **column-major** order, same dtype. Trailing singleton dimensions beyond the
        second are dropped, as in MATLAB.

    Notes
    -----
    ``np.reshape(A, sz)`` is the wrong call: numpy's default is **row-major**
    (``order='C'``), so ``np.reshape([[1, 2], [3, 4]], (1, 4))`` gives ``[1, 2, 3, 4]``
    where MATLAB's ``reshape([1 2; 3 4], 1, 4)`` gives ``[1 3 2 4]``. The equivalent
    call is ``np.reshape(A, sz, order='F')``; numpy's ``-1`` is MATLAB's ``[]``.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import reshape
    >>> A = np.array([[1, 2], [3, 4], [5, 6]])
    >>> reshape(A, 2, 3)
    array([[1, 5, 4],
           [3, 2, 6]])
    >>> reshape(A, 1, [])
    array([[1, 3, 5, 2, 4, 6]])
    """
    if _is_char_matrix(A):                        # a char matrix: its characters
        return _via_codes(A, reshape, *sz)
    a = np.asarray(A)
    if len(sz) == 1:
        vec = np.asarray(sz[0])
        if vec.ndim == 2 and 1 in vec.shape:
            vec = vec.ravel()  # a MATLAB row (or column) size vector
        if vec.ndim != 1 or vec.size < 2:
            raise CompatValueError("Size vector must have at least two elements.")
        items = list(vec)
    elif len(sz) >= 2:
        items = list(sz)
    else:
        raise CompatTypeError("Not enough input arguments: give the new size.")
    dims = []
    for s in items:
        if s is None or is_omitted(s):
            if None in dims:
                raise CompatValueError("Size can only have one unknown dimension.")
            dims.append(None)
            continue
        v = np.asarray(s)
        if v.size != 1 or v.dtype.kind not in "iuf" or float(v) != int(float(v)) or \
                float(v) < 0:
            raise CompatValueError(f"Size arguments must be real nonnegative integers, "
                                   f"got {s!r}")
        dims.append(int(float(v)))
    return core.reshape(a, dims)


# ----------------------------------------------------------------------------- repmat
@matlab_function("repmat")
@_DOCS.named()
def repmat(A, *reps):
    """Repeat copies of an array, as MATLAB's ``repmat``.

    MATLAB call forms::

        B = repmat(A, n)              ->  repmat(A, 3)         (3-by-3 copies)
        B = repmat(A, r1, ..., rN)    ->  repmat(A, 2, 3)
        B = repmat(A, r)              ->  repmat(A, [2, 3, 2])

    Parameters
    ----------
    A : array_like or str
        Any array; a 1-D array is a MATLAB row vector ``1 x n``. Text is MATLAB's char:
        a ``str`` (char row) or a numpy ``str`` array of equal-length rows (a char
        matrix) repeats its characters: ``repmat('-', 1, 5)`` is ``'-----'`` and
        ``repmat('ab', 2, 2)`` the 2x4 char matrix ``['abab', 'abab']`` (MathWorks'
        ``repmat`` page: the result has the class of ``A``; GNU Octave 7.3 agrees).
    reps : nonnegative integers
        One scalar ``n`` (an ``n x n`` tiling), separate counts, or one vector.

    Returns
    -------
    ndarray or str
        A new array with the class of ``A``. A 1-D ``A`` whose result is a single row
        (``repmat(v, 1, k)``) gives 1-D; otherwise 2-D or N-D. Text gives text: a
        ``str`` for one row from a ``str``, else a char matrix (numpy ``str`` rows);
        ``numpy.tile`` of a ``str`` array would repeat whole rows as elements.

    Notes
    -----
    ``np.tile(A, n)`` is the wrong call for ``repmat(A, n)``: numpy repeats along the
    **last** axis only (``1 x n`` copies), MATLAB makes ``n x n`` copies. ``np.tile``
    also lines reps up with the trailing axes when ``len(reps) < A.ndim``; MATLAB lines
    them up with the leading dimensions.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import repmat
    >>> repmat([[1, 2]], 2)
    array([[1, 2, 1, 2],
           [1, 2, 1, 2]])
    >>> repmat([1, 2], 1, 3)
    array([1, 2, 1, 2, 1, 2])
    >>> repmat('-', 1, 5), repmat('ab', 2, 2)
    ('-----', array(['abab', 'abab'], dtype='<U4'))
    """
    a = np.asarray(A)
    if len(reps) == 0:
        raise CompatTypeError("Not enough input arguments: give the replication factors.")
    if len(reps) == 1:
        r = np.asarray(reps[0])
        items = [r.reshape(())] * 2 if r.size == 1 else list(r.ravel())
        if r.size == 0:
            raise CompatValueError("replication factors must not be empty")
    else:
        items = list(reps)
    counts = []
    for x in items:
        v = np.asarray(x)
        if v.size != 1 or v.dtype.kind not in "iuf" or float(v) != round(float(v)):
            raise CompatValueError(f"Replication factors must be a row vector of integers "
                                   f"or integer scalars, got {x!r}")
        counts.append(max(0, int(round(float(v)))))
    if isinstance(A, str) or a.dtype.kind == "U":
        return _repmat_text(A, counts)
    return core.tile(a, counts)


def _repmat_text(A, counts):
    """repmat of MATLAB char: a ``str`` row or a char matrix (numpy ``str`` rows) tiled
    as characters, ``counts[0]`` copies down and ``counts[1]`` across."""
    if any(c != 1 for c in counts[2:]):
        raise CompatValueError("char data is two-dimensional here: replication factors "
                               "beyond the second must be 1")
    rows = [A] if isinstance(A, str) else [str(r) for r in np.asarray(A).reshape(-1)]
    down, across = counts[0], counts[1]
    if isinstance(A, str) and down == 1:
        return A * across
    out = [row * across for row in rows] * down
    width = max([len(r) for r in out] + [1])
    return np.array(out, dtype=f"<U{width}")


# -------------------------------------------------------------------------- circshift
@matlab_function("circshift")
@_DOCS.named()
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

    {{sources}}

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
    if _is_char_matrix(A):                        # a char matrix: its characters
        return _via_codes(A, circshift, K, dim)
    a = np.asarray(A)
    k = np.asarray(K)
    if k.dtype.kind not in "iuf" or k.size == 0 or np.any(k != np.round(k)) or \
            (k.ndim > 1 and sum(d != 1 for d in k.shape) > 1):
        raise CompatValueError(f"shift K must be a vector of integers, got {K!r}")
    k = k.astype(np.int64).ravel()
    if a.ndim == 0:
        return a.copy()
    if dim is not None:
        if k.size != 1:
            raise CompatValueError("with dim, the shift K must be a scalar")
        return core.circular_shift(a, k, [matlab_dim(None, dim, a.ndim)])
    if k.size == 1:
        return core.circular_shift(a, k, [first_nonsingleton(a.shape) - 1])
    if a.ndim == 1:
        # a 1-D array is a 1xn row: K(1) shifts the single row, K(2) along the vector
        return core.circular_shift(a, k[1:2], [0])
    return core.circular_shift(a, k[:a.ndim], range(a.ndim))


# ------------------------------------------------------------------------------ flips
_FLIP = """Flip an array {{direction}}, as MATLAB's ``{{name}}``.

    MATLAB call form::

        B = {{name}}(A)   ->  {{name}}(A)

    Parameters
    ----------
    A : array_like, str or list
        Any array; {{flipped}} Text follows the conventions: a ``str`` (char row)
        comes back as a ``str``, a cell (``list``, nested for 2-D) as a ``list`` of
        the same nesting; a numpy ``str`` array is a MATLAB char matrix (rows x
        columns, compat's char: :mod:`compat._core.matlab_text`), flipped as a
        character array and returned as its equal-length rows (``fliplr`` reverses
        each row's characters, ``flipud`` the row order: MathWorks' ``fliplr`` page,
        "B = fliplr(A) returns A with its columns flipped in the left-right
        direction"; GNU Octave 7.3 agrees).

    Returns
    -------
    ndarray, str or list
        A new array (not a view), same shape and dtype; the input's kind for text.

    Notes
    -----
    {{naive}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import {{name}}
    {{examples}}
    """


def _flip(name: str, axis: int, **fragments):
    """The MATLAB function ``name`` reversing dimension ``axis + 1``."""
    def flip(A):
        if isinstance(A, str):                   # a char row: its characters
            return A[::-1] if axis == 1 else A
        if isinstance(A, np.ndarray) and A.dtype.kind == "U":    # a char matrix
            if A.ndim == 0:
                text = str(A[()])
                return np.array(text[::-1] if axis == 1 else text)
            return char_rows(np.flip(char_grid(A, name), axis))
        if cells.is_cell(A):                     # a cell: the same kind back
            if isinstance(A, np.ndarray):
                return core.flip(A, axis)
            return cells.from_object(core.flip(cells.to_object(A), axis))
        return core.flip(np.asarray(A), axis)

    flip.__name__ = flip.__qualname__ = name
    flip.__module__ = __name__
    flip.__doc__ = _FLIP
    return matlab_function(name)(_DOCS.named(**fragments)(flip))


fliplr = _flip(
    "fliplr", 1, direction="left to right",
    flipped="dimension 2 (numpy axis 1) is reversed. A 1-D array is a MATLAB\n"
            "row vector, so it is reversed.",
    naive="``np.fliplr`` raises for 1-D input (\"Input must be >= 2-d\") where MATLAB\n"
          "reverses a row vector, and returns a **view** (writing into it writes into\n"
          "``A``).",
    examples="""
        >>> fliplr([1, 2, 3])
        array([3, 2, 1])
        >>> fliplr([[1, 2], [3, 4]])
        array([[2, 1],
               [4, 3]])
        >>> fliplr('stressed')            # char row: MATLAB's 'desserts'
        'desserts'
        >>> fliplr(['a', 'bc'])           # 1x2 cell
        ['bc', 'a']
        >>> fliplr(np.array(['ab ', 'cd ']))   # a 2x3 char matrix
        array([' ba', ' dc'], dtype='<U3')""")
flipud = _flip(
    "flipud", 0, direction="up to down",
    flipped="dimension 1 (numpy axis 0) is reversed. A 1-D array is a MATLAB\n"
            "**row** vector (one row), so it is returned unchanged.",
    naive="``np.flipud(v)`` on a 1-D array **reverses it**: for a ported\n"
          "``flipud(row)``, which MATLAB leaves unchanged, that is silently wrong.\n"
          "``np.flipud`` also returns a view.",
    examples="""
        >>> flipud([1, 2, 3])            # a row: nothing to flip
        array([1, 2, 3])
        >>> flipud([[1, 2], [3, 4]])
        array([[3, 4],
               [1, 2]])
        >>> flipud('abc')                 # a char row: one row, unchanged
        'abc'""")


@matlab_function("flip")
@_DOCS.named()
def flip(A, dim=None):
    """Flip the order of elements along a dimension, as MATLAB's ``flip``.

    MATLAB call forms::

        B = flip(A)        ->  flip(A)       (the first dimension whose size is not 1)
        B = flip(A, dim)   ->  flip(A, 2)

    Parameters
    ----------
    A : array_like, str or list
        Any array. A 1-D array is a MATLAB row, so ``flip(v)`` reverses it and
        ``flip(v, 1)`` leaves it; a column ``(n, 1)`` reverses along dimension 1. Text
        follows the conventions: a ``str`` (char row) comes back reversed as a ``str``
        (along dimension 2), a cell (``list``) as a ``list``.
    dim : int, optional
        MATLAB dimension (1-based). A dimension beyond the array's (a trailing
        singleton) leaves it unchanged.

    Returns
    -------
    ndarray, str or list
        A new array (never a view), same shape and class.

    Notes
    -----
    ``np.flip(A)`` without ``axis`` reverses **every** axis (a matrix turned 180
    degrees) where MATLAB's ``flip(A)`` reverses only the first non-singleton
    dimension (the rows of a matrix); ``np.flip(A, axis=0)`` is MATLAB's ``flip(A)``
    for a matrix, but for a 1-D row MATLAB reverses its only non-singleton dimension,
    dimension 2. ``np.flip`` also returns a view.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import flip
    >>> flip([1, 2, 3])
    array([3, 2, 1])
    >>> flip([[1, 2], [3, 4]])
    array([[3, 4],
           [1, 2]])
    >>> flip([[1, 2], [3, 4]], 2)
    array([[2, 1],
           [4, 3]])
    >>> flip('abc')
    'cba'
    """
    if _is_char_matrix(A):                        # a char matrix: its characters
        return _via_codes(A, flip, dim)
    if isinstance(A, str):                       # a char row
        if dim is None:
            return A[::-1]
        return A[::-1] if matlab_dim(None, dim, 2) == 1 else A
    is_cell = cells.is_cell(A) and not isinstance(A, np.ndarray)
    a = cells.to_object(A) if is_cell else np.asarray(A)
    shape = (1,) + a.shape if a.ndim == 1 else a.shape   # a 1-D array is a 1xN row
    axis = first_nonsingleton(shape) - 1 if dim is None else matlab_dim(None, dim, len(shape))
    if a.ndim == 0 or axis >= len(shape):
        out = a.copy()
    elif a.ndim == 1:
        out = a[::-1].copy() if axis == 1 else a.copy()
    else:
        out = np.flip(a, axis=axis).copy()
    return cells.from_object(out) if is_cell else out


@matlab_function("flipdim")
@_DOCS.named()
def flipdim(A, dim):
    """Flip the order of elements along dimension ``dim``, as MATLAB's ``flipdim``.

    MATLAB call form::

        B = flipdim(A, dim)  ->  flipdim(A, 1)

    MATLAB's older name of :func:`flip` with the dimension required (MATLAB removed
    ``flipdim`` in R2019b and recommends ``flip``); the result is ``flip(A, dim)``.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import flipdim
    >>> flipdim([[1, 2], [3, 4]], 1)
    array([[3, 4],
           [1, 2]])
    >>> flipdim([1, 2, 3], 2)
    array([3, 2, 1])
    """
    return flip(A, dim)


# ------------------------------------------------------------------------------ rot90
@matlab_function("rot90")
@_DOCS.named()
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

    {{sources}}

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
    if _is_char_matrix(A):                        # a char matrix: its characters
        return _via_codes(A, rot90, k)
    a = np.asarray(A)
    kk = np.asarray(k)
    if kk.size != 1 or kk.dtype.kind not in "iuf" or not np.isfinite(kk) or \
            float(kk) != round(float(kk)):
        raise CompatValueError(f"k must be a real integer scalar, got {k!r}")
    return core.rotate90(a, int(round(float(kk))))


# ------------------------------------------------------------------------------- kron
@matlab_function("kron")
@_DOCS.named()
def kron(A, B):
    """Kronecker tensor product, as MATLAB's ``kron``.

    MATLAB call form::

        K = kron(A, B)   ->  kron(A, B)

    Parameters
    ----------
    A, B : array_like
        Numeric or logical matrices (a 1-D array is a row vector). ``K`` is the block
        matrix whose block ``(i, j)`` is ``A(i,j)*B``.

    Returns
    -------
    ndarray
        ``size(A).*size(B)``; single if either input is single, else double
        (logical inputs give double); an integer class if an input has one (computed
        in double, rounded and saturated, MATLAB's integer arithmetic).

    Notes
    -----
    ``np.kron`` computes the same products for 2-D inputs; what it gets wrong for a
    port is the class (float32 with float64 gives float64, MATLAB single; bool with
    bool gives bool, MATLAB double; integer products wrap around instead of
    saturating) and 1-D inputs: ``np.kron(u, v)`` of two 1-D arrays is 1-D, which
    compat keeps (MATLAB: row kron row is a row), but a 1-D with a 2-D is treated as
    a row here, as in numpy.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import kron
    >>> kron([[1., 2.], [3., 4.]], [[1., 1.]])
    array([[1., 1., 2., 2.],
           [3., 3., 4., 4.]])
    """
    return core.kron(matlab_array(A, "A"), matlab_array(B, "B"))


# ------------------------------------------------------------------- ind2sub / sub2ind
@matlab_function("ind2sub", nargout=_MAX_SUBSCRIPTS)
@_DOCS.named()
def ind2sub(sz, ind, *, nargout=None):
    """Convert linear indices to subscripts, as MATLAB's ``ind2sub``.

    MATLAB call forms::

        [row, col] = ind2sub(sz, ind)          ->  row, col = ind2sub(sz, ind)
        [I1, ..., In] = ind2sub(sz, ind)       ->  ind2sub(sz, ind, nargout=n)

    Parameters
    ----------
    {{size_vector}}
    ind : array_like
        **1-based column-major** linear indices (``1 <= ind <= prod(sz)``).
    nargout : int, optional
        Number of outputs. Default: ``len(sz)`` (one subscript per dimension) -- a
        compat choice, documented here: MATLAB's one-output form returns the linear
        index unchanged, which nobody calls on purpose. With ``nargout`` smaller than
        ``len(sz)`` the last subscript runs over the trailing dimensions folded
        together; with more, the extra subscripts are 1.

    Returns
    -------
    Ind2subResult of ndarray of float64 (or one ndarray for ``nargout=1``)
        **1-based** subscripts ``I1, I2, ...``, each the shape of ``ind``; a tuple
        (unpacks like the MATLAB call).

    Notes
    -----
    ``np.unravel_index(ind, sz)`` is the wrong call: it is **0-based** and row-major
    (``order='C'``); the equivalent is
    ``[s + 1 for s in np.unravel_index(ind - 1, sz, order='F')]``.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import ind2sub
    >>> r, c = ind2sub([3, 4], [3, 4, 5, 6])
    >>> r, c
    (array([3., 1., 2., 3.]), array([1., 2., 2., 2.]))
    >>> s = ind2sub([2, 3, 4], 17, nargout=2)   # trailing dimensions folded
    >>> s
    Ind2subResult(I1=np.float64(1.0), I2=np.float64(9.0))
    >>> s.I2
    np.float64(9.0)
    """
    dims = _size_vector(sz)
    if nargout is None:
        nargout = len(dims)
        if nargout > _MAX_SUBSCRIPTS:
            raise CompatValueError(f"nargout must be an integer from 1 to "
                                   f"{_MAX_SUBSCRIPTS}, got {nargout!r}")
    i = np.asarray(ind)
    if i.dtype.kind not in "biuf":
        raise CompatTypeError(f"indices must be numeric, got {i.dtype}")
    subs = core.subscripts(i.astype(np.float64), core.fold_dims(dims, nargout))
    return Ind2subResult.first(nargout, *subs)


@matlab_function("sub2ind")
@_DOCS.named()
def sub2ind(sz, *subs):
    """Convert subscripts to linear indices, as MATLAB's ``sub2ind``.

    MATLAB call form::

        ind = sub2ind(sz, row, col)          ->  sub2ind([3, 4], row, col)
        ind = sub2ind(sz, I1, I2, ..., In)   ->  sub2ind(sz, I1, I2, I3)

    Parameters
    ----------
    {{size_vector}}
    subs : array_like
        **1-based** subscripts, all of the same shape (or scalars). With fewer
        subscripts than dimensions the last one runs over the trailing dimensions
        folded together; extra subscripts must be 1.

    Returns
    -------
    ndarray of float64
        **1-based column-major** linear indices, shape of the subscripts.

    Raises
    ------
    ValueError
        ``"sub2ind: Out of range subscript."`` for a subscript below 1, above its size
        or not an integer; ``"sub2ind: The subscript vectors must all be of the same
        size."``.

    Notes
    -----
    ``np.ravel_multi_index((i, j), sz)`` is the wrong call: it is **0-based** and
    **row-major** by default (``order='C'``), so ``A(i, j)`` with MATLAB's ``i, j``
    lands elsewhere; the equivalent is
    ``np.ravel_multi_index((i-1, j-1), sz, order='F') + 1``.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import sub2ind
    >>> sub2ind([3, 4, 2], [3, 2, 1], [4, 1, 1], [2, 1, 2])
    array([24.,  2., 13.])
    """
    dims = _size_vector(sz)
    if not subs:
        raise CompatTypeError("Not enough input arguments: give the subscripts.")
    arrs = [np.asarray(s) for s in subs]
    for s in arrs:
        if s.dtype.kind not in "biuf":
            raise CompatTypeError(f"subscripts must be numeric, got {s.dtype}")
    return core.linear_index(arrs, core.fold_dims(dims, len(arrs)))
