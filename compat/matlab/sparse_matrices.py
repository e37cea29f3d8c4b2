"""MATLAB's sparse matrices on ``scipy.sparse``: ``sparse``, ``full``, ``speye``,
``spdiags``.

A MATLAB sparse matrix is a ``scipy.sparse.csc_matrix`` here: compressed sparse columns
is MATLAB's own storage and what ``scipy.io.loadmat`` returns for a sparse variable
(double, complex or logical, 2-D only, as MATLAB). The legacy layer reads MATLAB's
argument forms (1-based triplets, sizes, diagonals) and MATLAB's rules: repeated
triplets add (logical ones OR), explicit zeros are not stored, ``spdiags``' alignment of
diagonals with the columns (or rows) of ``B``.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["sparse", "full", "speye", "spdiags", "nonzeros", "SpdiagsResult"]


class SpdiagsResult(Result):
    """``[Bout, id] = spdiags(A)``."""

    request_style = "nargout"
    Bout: np.ndarray
    id: np.ndarray


def _sparse_class(a: np.ndarray) -> np.ndarray:
    if a.dtype.kind == "b" or a.dtype in (np.float64, np.complex128):
        return a
    if a.dtype.kind in "iuf":
        return a.astype(np.float64)
    if a.dtype.kind == "c":
        return a.astype(np.complex128)
    raise CompatTypeError(f"sparse matrices hold double, complex or logical values, not "
                          f"{a.dtype}")


def _size_value(v, what):
    a = np.asarray(v, dtype=float)
    if a.size != 1 or not np.isfinite(a) or a < 0 or a != np.floor(a):
        raise CompatValueError(f"{what} must be a nonnegative integer.")
    return int(a)


def _csc(m: sp.spmatrix) -> sp.csc_matrix:
    out = sp.csc_matrix(m)
    out.eliminate_zeros()
    out.sort_indices()
    return out


@matlab_function("sparse")
def sparse(*args):
    """Create a sparse matrix, as MATLAB's ``sparse``.

    MATLAB call forms::

        S = sparse(A)                      ->  sparse(A)
        S = sparse(m, n)                   ->  sparse(3, 4)          (all zero)
        S = sparse(i, j, v)                ->  sparse([1, 3], [2, 2], [5, 6])
        S = sparse(i, j, v, m, n)          ->  sparse(i, j, v, 10, 10)
        S = sparse(i, j, v, m, n, nz)      ->  (nz, the storage to allocate, is ignored)

    Parameters
    ----------
    A : array_like
        A 2-D matrix (numeric or logical; integer and single data become double).
    i, j : array_like of int
        **1-based** row and column subscripts (MATLAB's), vectors of equal length or
        scalars.
    v : array_like
        Values, one per subscript pair or a scalar for all; repeated pairs **add**
        (logical values combine with OR).
    m, n : int, optional
        The size; default ``max(i)``-by-``max(j)``.

    Returns
    -------
    scipy.sparse.csc_matrix
        Double, complex or bool; zeros (including sums that cancel) are not stored.

    Notes
    -----
    ``scipy.sparse.coo_matrix((v, (i, j)))`` takes 0-based subscripts and keeps
    explicit zeros; ``csr_matrix`` stores rows (MATLAB stores columns).

    Sources: MATLAB ``sparse`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/sparse_matrices, through ``full``).

    Examples
    --------
    >>> from compat.matlab import sparse, full
    >>> S = sparse([1, 2, 2, 4], [1, 3, 3, 2], [10, 1, 2, 7])
    >>> S.shape, S.nnz
    ((4, 3), 3)
    >>> full(S)
    array([[10.,  0.,  0.],
           [ 0.,  0.,  3.],
           [ 0.,  0.,  0.],
           [ 0.,  7.,  0.]])
    """
    if len(args) == 1:
        a = args[0]
        if sp.issparse(a):
            return _csc(a.astype(_sparse_class(np.zeros(0, a.dtype)).dtype))
        arr = _sparse_class(matlab_array(a, "A"))
        if arr.ndim > 2:
            raise CompatValueError("N-dimensional indexing/sparse arrays are not "
                                   "supported: sparse matrices are 2-D.")
        return _csc(sp.csc_matrix(arr.reshape(1, -1) if arr.ndim <= 1 else arr))
    if len(args) == 2:
        m, n = (_size_value(v, "size") for v in args)
        return sp.csc_matrix((m, n), dtype=np.float64)
    if len(args) not in (3, 5, 6):
        raise CompatValueError("sparse takes (A), (m, n), (i, j, v), (i, j, v, m, n) or "
                               "(i, j, v, m, n, nz).")
    i = np.asarray(matlab_array(args[0], "i", to_float=True), dtype=float).ravel()
    j = np.asarray(matlab_array(args[1], "j", to_float=True), dtype=float).ravel()
    v = _sparse_class(np.asarray(matlab_array(args[2], "v"))).ravel()
    for s, what in ((i, "i"), (j, "j")):
        if s.size and (np.any(s < 1) or np.any(s != np.floor(s)) or
                       not np.all(np.isfinite(s))):
            raise CompatValueError(f"Index into matrix must be a positive integer ({what}).")
    count = max(i.size, j.size, v.size)
    for s, what in ((i, "i"), (j, "j"), (v, "v")):
        if s.size not in (1, count):
            raise CompatValueError("Vectors must be the same length.")
    i = np.broadcast_to(i, (count,)) if i.size == 1 else i
    j = np.broadcast_to(j, (count,)) if j.size == 1 else j
    v = np.broadcast_to(v, (count,)) if v.size == 1 else v
    if len(args) >= 5:
        m, n = _size_value(args[3], "m"), _size_value(args[4], "n")
        if count and (i.max() > m or j.max() > n):
            raise CompatValueError("Index exceeds array bounds (a subscript is beyond the "
                                   "size given).")
    else:
        m = int(i.max()) if count else 0
        n = int(j.max()) if count else 0
    rows, cols = i.astype(np.intp) - 1, j.astype(np.intp) - 1
    if v.dtype.kind == "b":
        coo = sp.coo_matrix((v.astype(np.float64), (rows, cols)), shape=(m, n))
        return _csc(sp.csc_matrix(coo) != 0)
    return _csc(sp.coo_matrix((v, (rows, cols)), shape=(m, n)))


@matlab_function("full")
def full(S):
    """Convert a sparse matrix to a full (dense) one, as MATLAB's ``full``.

    MATLAB call form::

        A = full(S)   ->  full(S)

    Parameters
    ----------
    S : scipy.sparse matrix or array_like
        A sparse matrix (any scipy format), or a dense array (returned as a copy).

    Returns
    -------
    ndarray
        The dense matrix, same values and class.

    Sources: MATLAB ``full`` reference page.

    Examples
    --------
    >>> from compat.matlab import full, speye
    >>> full(speye(2))
    array([[1., 0.],
           [0., 1.]])
    """
    if sp.issparse(S):
        return S.toarray()
    return np.array(matlab_array(S, "S"), copy=True)


@matlab_function("speye")
def speye(*args):
    """Sparse identity matrix, as MATLAB's ``speye``.

    MATLAB call forms::

        S = speye(n)          ->  speye(3)
        S = speye(m, n)       ->  speye(2, 4)
        S = speye([m n])      ->  speye([2, 4])

    Returns
    -------
    scipy.sparse.csc_matrix
        Ones on the main diagonal (double).

    Sources: MATLAB ``speye`` reference page.

    Examples
    --------
    >>> from compat.matlab import speye
    >>> speye(2, 3).toarray()
    array([[1., 0., 0.],
           [0., 1., 0.]])
    """
    if not args:
        m = n = 1
    elif len(args) == 1:
        a = np.asarray(args[0]).ravel()
        if a.size == 1:
            m = n = _size_value(a[0], "n")
        elif a.size == 2:
            m, n = _size_value(a[0], "m"), _size_value(a[1], "n")
        else:
            raise CompatValueError("Size vector must have two elements.")
    elif len(args) == 2:
        m, n = _size_value(args[0], "m"), _size_value(args[1], "n")
    else:
        raise CompatValueError("Too many input arguments.")
    return sp.eye(m, n, format="csc", dtype=np.float64)


def _diag_positions(m: int, n: int, d: int):
    """Rows and columns (0-based) of diagonal ``d`` of an m-by-n matrix, and the index
    into a column of ``B`` MATLAB uses for each (the column index when ``m >= n``, the
    row index otherwise)."""
    start_r, start_c = max(0, -d), max(0, d)
    length = max(0, min(m - start_r, n - start_c))
    rows = start_r + np.arange(length)
    cols = start_c + np.arange(length)
    return rows, cols, (cols if m >= n else rows)


@matlab_function("spdiags", nargout=2)
def spdiags(*args, nargout=1):
    """Extract and create sparse band and diagonal matrices, as MATLAB's ``spdiags``.

    MATLAB call forms::

        Bout = spdiags(A)              ->  spdiags(A)           (its nonzero diagonals)
        [Bout, id] = spdiags(A)        ->  spdiags(A, nargout=2)
        Bout = spdiags(A, d)           ->  spdiags(A, [-1, 0, 1])
        S = spdiags(Bin, d, m, n)      ->  spdiags(B, [-1, 0, 1], 5, 5)
        S = spdiags(Bin, d, A)         ->  spdiags(B, 0, A)     (replace diagonals of A)

    Parameters
    ----------
    A : array_like or sparse matrix
        The matrix whose diagonals are read (or replaced).
    d : array_like of int
        Diagonal numbers: 0 the main diagonal, positive above, negative below.
    Bin : array_like
        One column per diagonal (a column is used for every diagonal when ``Bin`` has
        one). MATLAB's alignment: for ``m >= n`` the element of diagonal ``d`` in
        column ``j`` of the matrix is ``Bin(j, k)`` (so a super-diagonal uses the lower
        part of its column of ``Bin``); for ``m < n`` it is ``Bin(i, k)`` by row.
    m, n : int

    Returns
    -------
    Bout : ndarray
        ``min(m, n)``-by-``numel(d)`` diagonals, aligned the same way, zero padded.
    id : ndarray of float64
        The numbers of the nonzero diagonals (column vector), ``nargout=2``.
    S : scipy.sparse.csc_matrix
        The created or modified sparse matrix.

    Notes
    -----
    ``scipy.sparse.spdiags(data, diags, m, n)`` aligns ``data`` by **column** index
    always (MATLAB does so only when ``m >= n``) and has no extraction form.

    Sources: MATLAB ``spdiags`` reference page (the alignment rules and examples).
    Checked against GNU Octave 7.3 (reference_outputs/matlab/sparse_matrices).

    Examples
    --------
    >>> from compat.matlab import spdiags, full
    >>> import numpy as np
    >>> B = np.array([[1, 6, 11], [2, 7, 12], [3, 8, 13], [4, 9, 14], [5, 10, 15.0]])
    >>> full(spdiags(B, [-2, 0, 2], 5, 5))
    array([[ 6.,  0., 13.,  0.,  0.],
           [ 0.,  7.,  0., 14.,  0.],
           [ 1.,  0.,  8.,  0., 15.],
           [ 0.,  2.,  0.,  9.,  0.],
           [ 0.,  0.,  3.,  0., 10.]])
    """
    if len(args) in (1, 2):
        A = args[0]
        dense = A.toarray() if sp.issparse(A) else np.asarray(matlab_array(A, "A"))
        if dense.ndim != 2:
            dense = dense.reshape(1, -1) if dense.ndim <= 1 else dense
        m, n = dense.shape
        if len(args) == 1:
            cols = sp.coo_matrix(dense)
            ids = np.unique(cols.col - cols.row) if cols.nnz else np.zeros(0, np.intp)
        else:
            ids = np.asarray(args[1], dtype=float).ravel().astype(np.intp)
        B = np.zeros((min(m, n), ids.size), dtype=np.result_type(dense.dtype, np.float64))
        for k, d in enumerate(ids):
            rows, cols_, at = _diag_positions(m, n, int(d))
            keep = at < B.shape[0]
            B[at[keep], k] = dense[rows[keep], cols_[keep]]
        if nargout == 2:
            return SpdiagsResult(Bout=B, id=ids.astype(np.float64).reshape(-1, 1))
        return B
    if len(args) not in (3, 4):
        raise CompatValueError("spdiags takes (A), (A, d), (B, d, A) or (B, d, m, n).")
    Bin = np.asarray(matlab_array(args[0], "B", to_float=True))
    Bin = Bin.reshape(-1, 1) if Bin.ndim <= 1 else Bin
    ids = np.asarray(args[1], dtype=float).ravel()
    if np.any(ids != np.floor(ids)):
        raise CompatValueError("d must hold integer diagonal numbers.")
    ids = ids.astype(np.intp)
    if Bin.shape[1] not in (1, ids.size):
        raise CompatValueError("B must have one column per diagonal in d.")
    if len(args) == 3:
        base = args[2]
        A = sp.coo_matrix(base if sp.issparse(base) else
                          np.asarray(matlab_array(base, "A", to_float=True)))
        m, n = A.shape
        on = np.isin(A.col.astype(np.intp) - A.row.astype(np.intp), ids)
        rows_l, cols_l, vals_l = [A.row[~on]], [A.col[~on]], [A.data[~on]]
    else:
        m, n = _size_value(args[2], "m"), _size_value(args[3], "n")
        rows_l, cols_l, vals_l = [], [], []
    for k, d in enumerate(ids):
        column = Bin[:, 0 if Bin.shape[1] == 1 else k]
        rows, cols_, at = _diag_positions(m, n, int(d))
        keep = at < column.size
        rows_l.append(rows[keep])
        cols_l.append(cols_[keep])
        vals_l.append(column[at[keep]])
    dtype = np.result_type(Bin.dtype, np.float64, *[v.dtype for v in vals_l])
    rows = np.concatenate(rows_l) if rows_l else np.zeros(0, np.intp)
    cols_ = np.concatenate(cols_l) if cols_l else np.zeros(0, np.intp)
    vals = np.concatenate([v.astype(dtype) for v in vals_l]) if vals_l else np.zeros(0)
    return _csc(sp.coo_matrix((vals, (rows, cols_)), shape=(m, n)))


@matlab_function("nonzeros")
def nonzeros(A):
    """The nonzero elements of a matrix as a column, as MATLAB's ``nonzeros``.

    MATLAB call form::

        v = nonzeros(A)   ->  nonzeros(A)

    Parameters
    ----------
    A : array_like or scipy.sparse matrix
        Numeric or logical, full or sparse.

    Returns
    -------
    ndarray
        An ``n``-by-1 column of the nonzero elements (NaN counts as nonzero) in
        MATLAB's **column-major** order, same class (a sparse input gives its stored
        nonzeros as a full column, as MATLAB's).

    Notes
    -----
    ``A[A != 0]`` is row-major: for a matrix it lists the nonzeros row by row, where
    MATLAB goes down the columns; ``A.T[A.T != 0]`` is MATLAB's order.

    Sources: MATLAB ``nonzeros`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import nonzeros
    >>> nonzeros(np.array([[0, 2], [3, 0], [4, 5]]))
    array([[3],
           [4],
           [2],
           [5]])
    """
    if sp.issparse(A):
        m = sp.csc_matrix(A)
        m.sort_indices()
        data = m.data[m.data != 0]
        return data.reshape(-1, 1).copy()
    a = np.asarray(A) if not isinstance(A, (list, tuple)) else matlab_array(A, "A")
    if a.dtype.kind not in "biufc":
        raise CompatTypeError("A must be numeric or logical.")
    flat = a.ravel(order="F")
    return flat[flat != 0].reshape(-1, 1).copy()
