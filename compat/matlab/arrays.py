"""MATLAB's everyday array functions: ``any``, ``all``, ``nnz``, ``diag``, ``squeeze``,
``cat``, ``horzcat``, ``vertcat``, ``permute``, ``ipermute``, ``shiftdim``.

The legacy layer of the family: each function reads MATLAB's argument grammar (``dim``,
``vecdim``, ``'all'``, ``k``, permutation vectors, ``nargout``) and calls the core
:mod:`compat._core.arrays` (column-major, MATLAB's size, empty and class rules).
Concatenation also takes text (``str``, char matrices), cells (lists) and structs
(dicts, lists of dicts), the other things MATLAB's square brackets join.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core import arrays as core
from compat._core.args import is_omitted
from compat._core.cells import from_object, is_cell, is_struct, struct_list, to_object
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat.matlab._reduction_args import _axes, _options

__all__ = ["any", "all", "nnz", "diag", "squeeze", "cat", "horzcat", "vertcat",
           "permute", "ipermute", "shiftdim", "ShiftdimResult"]


class ShiftdimResult(Result):
    """``[B, nshifts] = shiftdim(X)``."""

    request_style = "nargout"
    B: np.ndarray
    nshifts: np.float64


_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/arrays).""",
)


def _logical_input(A) -> np.ndarray:
    if is_cell(A) or is_struct(A):
        raise CompatTypeError(f"Invalid data type. First argument must be numeric, "
                              f"logical or char, not a {'cell' if is_cell(A) else 'struct'}.")
    return matlab_array(A, "A", char="codes")


# -------------------------------------------------------------------------- any / all
_ANY_ALL = """Determine if {{what}}, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        B = {{name}}(A)            ->  {{name}}(A)        (first non-singleton dimension)
        B = {{name}}(A, 'all')     ->  {{name}}(A, 'all')
        B = {{name}}(A, dim)       ->  {{name}}(A, 2)
        B = {{name}}(A, vecdim)    ->  {{name}}(A, [1, 2])

    Parameters
    ----------
    A : array_like
        Numeric, logical or char (text tests its character codes). A 1-D array is a
        MATLAB vector.
    dim : int or sequence of int or 'all', optional
        MATLAB dimension(s), 1-based; a dimension beyond ``A``'s is a trailing
        singleton (``{{name}}(A, 3)`` of a matrix tests each element). Default: the first
        dimension whose size is not 1; a 0x0 ``A`` gives one value.

    Returns
    -------
    ndarray of bool
        MATLAB's size (the reduced dimensions become 1); a numpy bool for a 1-D input
        or ``'all'``.

    Notes
    -----
    {{nan}}

    The naive numpy call ``np.{{name}}(A)`` reduces over **all** elements (MATLAB:
    column by column) and ``np.{{name}}(A, axis=0)`` gives 1-D results where MATLAB
    keeps a 1xN row, and for a row vector reduces the wrong way (MATLAB's default is the
    first non-singleton dimension). {{empty}}

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    {{examples}}
    """


def _any_all(which: str, A, args):
    a = _logical_input(A)
    if a.ndim > 2:
        a = a.reshape(core.drop_trailing(a.shape))  # MATLAB has no trailing singletons
    opts = _options(args, a.ndim)
    axes = _axes(opts["axes"], a.shape)
    r = core.any_all(a, axes, which)
    if opts["axes"] == "all" and isinstance(r, np.ndarray):
        r = r.reshape(-1)[0] if r.size == 1 else r
    return r


def _make_any_all(which: str, **fragments):
    def function(A, *args):
        return _any_all(which, A, args)

    function.__name__ = function.__qualname__ = which
    function.__module__ = __name__
    function.__doc__ = _ANY_ALL
    return matlab_function(which)(_DOCS.named(**fragments)(function))


any = _make_any_all(  # noqa: A001 - MATLAB's name
    "any", what="any array elements are nonzero",
    nan="NaN is ignored (\"any ignores entries that are NaN\"): ``any(NaN)`` is false, "
        "while\n``np.any(np.nan)`` is True.",
    empty="``any`` of an empty dimension is false (``any([])`` is false).",
    examples="""
        >>> matlab.any([[0, 0, 3], [0, 0, 3], [0, 0, 3]])
        array([[False, False,  True]])
        >>> matlab.any([0, np.nan])
        np.False_
        >>> matlab.any([[0, 1], [0, 0]], 2)
        array([[ True],
               [False]])""")
all = _make_any_all(  # noqa: A001 - MATLAB's name
    "all", what="all array elements are nonzero",
    nan="NaN is nonzero, so ``all(NaN)`` is true.",
    empty="``all`` of an empty dimension is true (``all([])`` is true).",
    examples="""
        >>> matlab.all([[0.33, 0.5], [0.75, 1.0]])
        array([[ True,  True]])
        >>> matlab.all([[1, 0], [1, 1]], 'all')
        np.False_
        >>> matlab.all(np.zeros((0, 3)))
        array([[ True,  True,  True]])""")


# ------------------------------------------------------------------------------- nnz
@matlab_function("nnz")
@_DOCS.named()
def nnz(X):
    """Number of nonzero matrix elements, as MATLAB's ``nnz``.

    MATLAB call form::

        N = nnz(X)   ->  nnz(X)

    Parameters
    ----------
    X : array_like
        Numeric, logical or char; a ``scipy.sparse`` matrix counts its stored nonzeros
        (explicit zeros excluded).

    Returns
    -------
    numpy.float64
        The count, as a double (MATLAB's class). NaN counts as nonzero.

    Notes
    -----
    ``np.count_nonzero`` gives the same count as a Python ``int``; MATLAB's is a double,
    which matters when it is divided (``nnz(X)/numel(X)``) or printed.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nnz
    >>> nnz([[1, 0, 2], [0, float('nan'), 0]])
    np.float64(3.0)
    """
    try:
        import scipy.sparse as sparse
        if sparse.issparse(X):
            return np.float64(sparse.csr_matrix(X).count_nonzero())
    except ImportError:  # pragma: no cover - scipy is a dependency
        pass
    return core.count_nonzero(_logical_input(X))


# ------------------------------------------------------------------------------ diag
def _integer_scalar(value, what: str) -> int:
    v = np.asarray(value)
    if v.size != 1 or v.dtype.kind not in "biuf" or not np.isfinite(v.astype(float)) or \
            float(v) != int(float(v)):
        raise CompatValueError(f"{what} must be an integer scalar, got {value!r}")
    return int(float(v))


@matlab_function("diag")
@_DOCS.named()
def diag(A, k=0):
    """Create a diagonal matrix or get the diagonal of a matrix, as MATLAB's ``diag``.

    MATLAB call forms::

        D = diag(v)       ->  diag(v)          (v on the main diagonal)
        D = diag(v, k)    ->  diag(v, 1)       (k > 0 above, k < 0 below)
        x = diag(A)       ->  diag(A)          (main diagonal, a column)
        x = diag(A, k)    ->  diag(A, -1)

    Parameters
    ----------
    A : array_like
        A vector (1-D, row or column: a square matrix is built) or a matrix (its
        diagonal is taken). A scalar is a 1x1 vector.
    k : int
        Diagonal number.

    Returns
    -------
    ndarray
        Same class as ``A``. From a vector of length n: an ``(n+|k|) x (n+|k|)``
        matrix. From a matrix: a **column** ``m x 1``; ``0x1`` when diagonal ``k`` lies
        outside, ``0x0`` for a 0x0 matrix.

    Raises
    ------
    ValueError
        ``"diag: K-th diagonal input must be an integer scalar..."``;
        ``"diag: First input must be 2-D."`` for N-D arrays.

    Notes
    -----
    ``np.diag`` is the same idea with two traps for a port: it returns the diagonal
    of a matrix as **1-D** (MATLAB: a column) and a **read-only view** of the input;
    and a MATLAB row or column vector stored 2-D (``loadmat`` gives ``1 x n``) is a
    matrix to numpy, so ``np.diag(v)`` returns its one-element diagonal instead of
    building the diagonal matrix.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import diag
    >>> diag([[2, 1, -1]], 1)
    array([[ 0.,  2.,  0.,  0.],
           [ 0.,  0.,  1.,  0.],
           [ 0.,  0.,  0., -1.],
           [ 0.,  0.,  0.,  0.]])
    >>> diag([[1, 2], [3, 4]])
    array([[1.],
           [4.]])
    """
    a = matlab_array(A, "A")
    kk = _integer_scalar(k, "K-th diagonal input")
    return core.diagonal(a, kk)


# --------------------------------------------------------------------------- squeeze
@matlab_function("squeeze")
@_DOCS.named()
def squeeze(A):
    """Remove dimensions of length 1, as MATLAB's ``squeeze``.

    MATLAB call form::

        B = squeeze(A)   ->  squeeze(A)

    Parameters
    ----------
    A : array_like
        Any array (numeric, logical, text as a numpy array, object arrays of cells).

    Returns
    -------
    ndarray
        A copy. An N-D array (N > 2) loses its singleton dimensions; a result that
        would have fewer than two dimensions is a column (``squeeze(ones(1,1,3))`` is
        3x1). Matrices, row and column vectors (``1 x n`` stays ``1 x n``), scalars and
        1-D arrays are returned unchanged.

    Notes
    -----
    ``np.squeeze`` removes **every** length-1 axis: a ``1 x n`` row becomes 1-D and a
    ``1 x 1 x n`` array 1-D, where MATLAB keeps a row as a row and makes the second a
    column; and it returns a view.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import squeeze
    >>> squeeze(np.arange(3.0).reshape(1, 1, 3))
    array([[0.],
           [1.],
           [2.]])
    >>> squeeze(np.zeros((2, 1, 3))).shape
    (2, 3)
    """
    if isinstance(A, (list, tuple)) and is_cell(A):
        return from_object(core.squeeze(to_object(A)))
    a = np.asarray(A) if isinstance(A, np.ndarray) and A.dtype.kind in "OU" \
        else matlab_array(A, "A")
    return core.squeeze(a)


# ----------------------------------------------------------------- permute / ipermute
def _order(order, ndim: int) -> list[int]:
    o = np.asarray(order)
    if o.dtype.kind not in "iuf" or o.ndim > 2 or (o.ndim == 2 and 1 not in o.shape):
        raise CompatValueError("ORDER must be a vector of positive integers.")
    values = o.ravel().astype(float)
    if values.size < ndim:
        raise CompatValueError("ORDER must have at least N elements for an N-D array.")
    if np.any(values != np.floor(values)) or np.any(values < 1) or \
            np.any(values > values.size):
        raise CompatValueError("ORDER contains an invalid permutation index.")
    if len(set(values.tolist())) != values.size:
        raise CompatValueError("ORDER cannot contain repeated permutation indices.")
    return [int(v) - 1 for v in values]


def _array_any_class(A, name="A") -> np.ndarray:
    if isinstance(A, np.ndarray) and A.dtype.kind in "OU":
        return A
    if isinstance(A, (list, tuple)) and is_cell(A):
        return to_object(A)
    return matlab_array(A, name)


_PERMUTE_DOC = """
    Parameters
    ----------
    A : array_like
        Any array (a 1-D array is a ``1 x n`` row).
    dimorder : sequence of int
        A permutation of ``1..n`` with ``n >= ndims(A)`` (MATLAB's 1-based dimension
        numbers); dimensions beyond ``A``'s are singletons.

    Returns
    -------
    ndarray
        A new array (never a view); trailing singleton dimensions beyond the second are
        dropped. A 1-D input whose result is still one row stays 1-D.

    Raises
    ------
    ValueError
        MATLAB's messages: ``"ORDER must have at least N elements for an N-D
        array."``, ``"ORDER contains an invalid permutation index."``, ``"ORDER
        cannot contain repeated permutation indices."``.
"""


@matlab_function("permute")
@_DOCS.named(parameters=_PERMUTE_DOC)
def permute(A, dimorder):
    """Permute array dimensions, as MATLAB's ``permute``.

    MATLAB call form::

        B = permute(A, dimorder)   ->  permute(A, [3, 1, 2])

    {{parameters}}

    Notes
    -----
    ``np.transpose(A, order)`` takes 0-based axes and exactly ``A.ndim`` of them:
    ``permute(A, [3 1 2])`` of a matrix (a third, singleton dimension) has no numpy
    spelling without first reshaping, and ``np.transpose`` returns a view.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import permute
    >>> permute(np.zeros((2, 3, 4)), [3, 1, 2]).shape
    (4, 2, 3)
    >>> permute([1, 2, 3], [2, 1])
    array([[1.],
           [2.],
           [3.]])
    """
    a = _array_any_class(A)
    order = _order(dimorder, max(a.ndim, 2))
    out = core.permute(a, order, one_d=a.ndim <= 1)
    return from_object(out) if is_cell(A) and not isinstance(A, np.ndarray) else out


@matlab_function("ipermute")
@_DOCS.named(parameters=_PERMUTE_DOC)
def ipermute(B, dimorder):
    """Inverse permute array dimensions, as MATLAB's ``ipermute``.

    MATLAB call form::

        A = ipermute(B, dimorder)   ->  ipermute(B, [3, 1, 2])

    ``ipermute(permute(A, order), order)`` is ``A``.

    {{parameters}}

    Notes
    -----
    numpy spells the inverse ``np.transpose(B, np.argsort(order))`` with 0-based axes.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import ipermute, permute
    >>> A = np.arange(24.0).reshape(2, 3, 4)
    >>> bool((ipermute(permute(A, [3, 1, 2]), [3, 1, 2]) == A).all())
    True
    """
    b = _array_any_class(B, "B")
    order = _order(dimorder, max(b.ndim, 2))
    inverse = [int(i) for i in np.argsort(order)]
    out = core.permute(b, inverse, one_d=b.ndim <= 1)
    return from_object(out) if is_cell(B) and not isinstance(B, np.ndarray) else out


# -------------------------------------------------------------------------- shiftdim
@matlab_function("shiftdim", nargout=2)
@_DOCS.named()
def shiftdim(X, n=None, *, nargout=1):
    """Shift array dimensions, as MATLAB's ``shiftdim``.

    MATLAB call forms::

        B = shiftdim(X, n)            ->  shiftdim(X, 1)   (n > 0: rotate left)
        B = shiftdim(X, n)            ->  shiftdim(X, -2)  (n < 0: leading singletons)
        [B, m] = shiftdim(X)          ->  B, m = shiftdim(X, nargout=2)

    Parameters
    ----------
    X : array_like
        Any array (a 1-D array is a ``1 x n`` row).
    n : int, optional
        ``n > 0``: the dimensions move ``n`` places to the left, wrapping around
        (``n`` modulo ``ndims(X)``); ``n < 0``: ``-n`` leading singleton dimensions are
        added. Omitted: the leading singleton dimensions are removed, and their number
        is the second output.

    Returns
    -------
    B : ndarray
        A new array; a row vector shifted by one (or without ``n``) is a column.
    nshifts : numpy.float64
        With ``nargout=2``: the number of dimensions removed (``n`` omitted) or ``n``.

    Notes
    -----
    numpy has no single call: ``np.moveaxis`` moves one axis at a time and
    ``np.squeeze`` removes all singleton axes, not only the leading ones.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import shiftdim
    >>> B, m = shiftdim(np.zeros((1, 1, 3)), nargout=2)
    >>> B.shape, m
    ((3, 1), np.float64(2.0))
    >>> shiftdim(np.zeros((2, 3, 4)), 1).shape
    (3, 4, 2)
    """
    x = _array_any_class(X, "X")
    if n is None or is_omitted(n):
        m = x.reshape(1, 1) if x.ndim == 0 else (x.reshape(1, -1) if x.ndim == 1 else x)
        shift = core.leading_singletons(m.shape)
        out = core.shift_dims(m, shift)
    else:
        shift = _integer_scalar(n, "N")
        out = core.shift_dims(x, shift)
    out = from_object(out) if is_cell(X) and not isinstance(X, np.ndarray) else out
    return ShiftdimResult.first(nargout, out, np.float64(shift))


# ------------------------------------------------------------------------ concatenate
def _is_text(value) -> bool:
    return isinstance(value, str) or (isinstance(value, np.ndarray) and
                                      value.dtype.kind == "U")


def _text_codes(value) -> np.ndarray:
    """A char row (str) or char matrix (array of equal-length str rows) as codes."""
    if isinstance(value, str):
        if value == "":
            return np.zeros((0, 0))
        return np.array([ord(c) for c in value], dtype=np.float64).reshape(1, -1)
    rows = [str(r) for r in np.ravel(value)]
    if value.ndim > 1 and 1 not in value.shape:
        raise CompatTypeError("a char matrix is a 1-D array of equal-length str rows")
    if len({len(r) for r in rows}) > 1:
        raise CompatValueError("Dimensions of arrays being concatenated are not "
                               "consistent.")
    width = len(rows[0]) if rows else 0
    return np.array([[ord(c) for c in r] for r in rows],
                    dtype=np.float64).reshape(len(rows), width)


def _codes_text(codes: np.ndarray):
    if codes.ndim > 2:
        raise CompatValueError("compat represents char arrays of at most 2 dimensions")
    with np.errstate(invalid="ignore"):
        c = np.clip(np.nan_to_num(round_half_away(codes)), 0, 0x10FFFF).astype(np.int64)
    rows = ["".join(map(chr, row)) for row in c]
    if len(rows) == 1:
        return rows[0]
    if not rows:
        return ""
    return np.array(rows)


def _cat_structs(axis: int, args):
    items = []
    for a in args:
        if is_omitted(a):
            continue
        if not is_struct(a):
            raise CompatTypeError("Concatenation of a struct with a value that is not a "
                                  "struct is not allowed.")
        items.extend(struct_list(a))
    if axis > 1:
        raise CompatValueError("compat represents struct arrays as lists (vectors): "
                               "concatenate along dimension 1 or 2")
    if items:
        names = list(items[0])
        for s in items[1:]:
            if set(s) != set(names):
                raise CompatValueError("Names of fields in structure arrays being "
                                       "concatenated do not match.")
        items = [{k: s[k] for k in names} for s in items]
    return items


def _cat_cells(axis: int, args):
    parts = []
    for a in args:
        if is_cell(a):
            o = to_object(a)
        elif is_omitted(a) or (isinstance(a, np.ndarray) and a.size == 0) or \
                (isinstance(a, str) and a == ""):
            continue  # an empty non-cell adds nothing to a cell
        else:
            o = np.empty((1, 1), dtype=object)
            o[0, 0] = a
        parts.append(o)
    out, _ = _object_concat(parts, axis)
    return from_object(out)


def _object_concat(parts, axis):
    nonempty = [p for p in parts if p.size]
    used = nonempty or [p for p in parts if p.shape != (0, 0)] or parts
    if not used:
        return np.empty((0, 0), dtype=object), "cell"
    nd = max([p.ndim for p in used] + [axis + 1, 2])
    used = [p.reshape(p.shape + (1,) * (nd - p.ndim)) for p in used]
    ref = used[0].shape
    for p in used[1:]:
        if builtins.any(p.shape[i] != ref[i] for i in range(nd) if i != axis):
            raise CompatValueError("Dimensions of arrays being concatenated are not "
                                   "consistent.")
    out = np.concatenate(used, axis=axis)
    return out.reshape(core.drop_trailing(out.shape)), "cell"


def _concatenate(axis: int, args):
    if builtins.any(is_struct(a) for a in args):
        return _cat_structs(axis, args)
    if builtins.any(is_cell(a) for a in args):
        return _cat_cells(axis, args)
    arrays, classes = [], []
    for a in args:
        if _is_text(a):
            arrays.append(_text_codes(a))
            classes.append("char")
        else:
            if a is None:
                a = np.zeros((0, 0))
            arr = matlab_array(a, "input")
            if isinstance(a, (list, tuple)) and len(a) == 0:
                arr = np.zeros((0, 0))
            arrays.append(arr)
            classes.append(None)
    classes = [c or core.concat_class([arr]) for c, arr in zip(classes, arrays)]
    out, cls = core.concatenate(arrays, axis, classes)
    if cls == "char":
        return _codes_text(out)
    pieces = [a for a in arrays if a.size or a.ndim != 2]    # [] (0x0) does not count
    if axis == 1 and out.ndim == 2 and out.shape[0] == 1 and pieces and \
            builtins.all(a.ndim <= 1 for a in pieces):
        return out.reshape(-1)     # a row of scalars and 1-D pieces stays 1-D
    return out


_CAT_NOTES = """
    Inputs may be numeric or logical arrays (a 1-D array is a ``1 x n`` row), text
    (``str``; a char matrix as an array of equal-length ``str`` rows), cells (lists; a
    value joined to a cell becomes one cell, an empty non-cell is left out) or structs
    (dicts or lists of dicts with the same field names, joined into a list).

    MATLAB's rules, which ``np.concatenate`` does not have:

    * **empty arrays**: an empty input is left out when any input is not empty
      (``[zeros(1,0); 1 2]`` is ``[1 2]``, ``cat(2, [1 2], [])`` is ``[1 2]``); when
      all are empty the result is the empty concatenation (``cat(2, zeros(0,1),
      zeros(0,2))`` is 0x3). numpy raises on the mismatched sizes.
    * **classes**: text wins (numbers become characters); else the **leftmost
      integer** class, the other values converted with rounding and saturation
      (``[int8(100) int16(1000)]`` is ``int8([100 127])``); else single; else double;
      logical only if all are logical. numpy promotes (int8 with int16 gives int16,
      int8 with float64 gives float64).
    * a dimension beyond the inputs' adds a new one (``cat(3, A, B)`` stacks matrices).

    GNU Octave 7.3 refuses an empty input whose other dimensions do not match
    (``[ones(2,2), zeros(3,0)]``: "horizontal dimensions mismatch") where MATLAB's
    documented rule leaves it out; compat follows MATLAB.
"""


@matlab_function("cat")
@_DOCS.named(notes=_CAT_NOTES)
def cat(dim, *arrays):
    """Concatenate arrays along a dimension, as MATLAB's ``cat``.

    MATLAB call forms::

        C = cat(dim, A, B)            ->  cat(3, A, B)
        C = cat(dim, A1, A2, ..., An) ->  cat(1, A1, A2, A3)

    Parameters
    ----------
    dim : int
        MATLAB dimension (1 rows, 2 columns, 3 pages, ...).
    A1, ..., An : array_like, str, list or dict
        The pieces (see Notes).

    Returns
    -------
    ndarray, str, list
        The concatenation in MATLAB's size and class: an ndarray (a single row of
        1-D or scalar pieces joined along dimension 2 is 1-D), ``str`` for one row of
        text (an array of ``str`` rows for several), a list for cells and structs.
        ``cat(dim)`` is the 0x0 empty double.

    Notes
    -----
    {{notes}}

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cat
    >>> cat(3, [[1, 2]], [[3, 4]]).shape
    (1, 2, 2)
    >>> cat(1, np.zeros((1, 0)), [[1, 2]])
    array([[1., 2.]])
    >>> cat(2, np.int8([[100]]), np.int16([[1000]]))
    array([[100, 127]], dtype=int8)
    """
    d = np.asarray(dim)
    if d.size != 1 or d.dtype.kind not in "iuf" or float(d) != int(float(d)) or \
            float(d) < 1:
        raise CompatValueError(f"Dimension argument must be a real, positive, integer "
                               f"scalar, got {dim!r}")
    return _concatenate(int(float(d)) - 1, arrays)


@matlab_function("horzcat")
@_DOCS.named(notes=_CAT_NOTES)
def horzcat(*arrays):
    """Concatenate arrays horizontally, as MATLAB's ``horzcat`` (``[A, B]``).

    MATLAB call forms::

        C = horzcat(A, B)        ->  horzcat(A, B)        ([A, B], [A B])
        C = horzcat(A1, ..., An) ->  horzcat(A1, A2, A3)

    ``cat(2, ...)``; see :func:`cat` for the pieces and the result.

    Notes
    -----
    {{notes}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import horzcat
    >>> horzcat([1, 2], 3, [])
    array([1., 2., 3.])
    >>> horzcat('abc', 'de')
    'abcde'
    >>> horzcat(['a', 'b'], 'c')
    ['a', 'b', 'c']
    """
    return _concatenate(1, arrays)


@matlab_function("vertcat")
@_DOCS.named(notes=_CAT_NOTES)
def vertcat(*arrays):
    """Concatenate arrays vertically, as MATLAB's ``vertcat`` (``[A; B]``).

    MATLAB call forms::

        C = vertcat(A, B)        ->  vertcat(A, B)        ([A; B])
        C = vertcat(A1, ..., An) ->  vertcat(A1, A2, A3)

    ``cat(1, ...)``; see :func:`cat` for the pieces and the result. Text rows of equal
    length make a char matrix (an array of ``str`` rows).

    Notes
    -----
    {{notes}}

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import vertcat
    >>> vertcat([1, 2], [3, 4])
    array([[1., 2.],
           [3., 4.]])
    >>> vertcat('ab', 'cd')
    array(['ab', 'cd'], dtype='<U2')
    """
    return _concatenate(0, arrays)
