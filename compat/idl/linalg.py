"""IDL's linear algebra: the ``#`` and ``##`` operators, ``MATRIX_MULTIPLY``, ``INVERT``,
``LA_INVERT``, ``DETERM``, ``LUDC``/``LUSOL``, ``CHOLDC``/``CHOLSOL``, ``SVDC``/``SVSOL``,
``EIGENQL``.

The legacy layer of the family over :mod:`compat._core.linalg` (LAPACK order) and
:mod:`compat._core.numerical_recipes` (the NR algorithms IDL documents). Arrays are in the layout
``scipy.io.readsav`` returns (numpy shape = IDL dimensions reversed), so an IDL array
printed by IDL reads like the numpy array: IDL's ``A[i, j]`` (column i, row j) is
``a[j, i]``, and IDL's "row-major" matrices of LUDC, SVDC, ... are numpy's ordinary
matrices (row ``j`` of the printed array is ``a[j]``). ``A ## B`` is then numpy's
``a @ b`` and ``A # B`` is ``b @ a``.

IDL's procedures that overwrite their arguments (``LUDC, A, Index``; ``CHOLDC, A, P``)
return the new values instead: the caller's arrays are never modified.

The routines documented as based on Numerical Recipes (LUDC: ``ludcmp``, LUSOL:
``lubksb``, CHOLDC/CHOLSOL: ``choldc``/``cholsl``, SVDC/SVSOL: ``svdcmp``/``svbksb``,
EIGENQL: ``tred2``/``tqli``) follow those algorithms step for step -- row-scaled
pivoting in LUDC, SVDC's unsorted singular values, EIGENQL's eigenvector signs -- which
is where they differ from LAPACK and from GDL.
"""

from __future__ import annotations

import numpy as np

from compat._core import linalg as core
from compat._core import numerical_recipes as nr
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["columns_by_rows", "rows_by_columns", "matrix_multiply", "invert", "la_invert",
           "determ", "ludc", "lusol", "choldc", "cholsol", "svdc", "svsol", "eigenql"]

#: legacy spelling -> Python name (IDL's matrix operators)
__legacy_names__ = {"#": "columns_by_rows", "##": "rows_by_columns"}

_DOCS = Fragments(
    double="""double : bool
    /DOUBLE: compute and return double precision (complex: DCOMPLEX). Without it the
    result is FLOAT for integer and FLOAT input (computed in single precision, as IDL
    does) and DOUBLE for DOUBLE input.""",
    row_major="""column : bool
    /COLUMN: the arrays are column-major (IDL's columns are the matrix rows), i.e. the
    transpose of the default layout; outputs are given in the same layout.""",
    numerical_recipes="""Numerical Recipes (Press et al., *Numerical Recipes in C*, 2nd ed.),
which IDL's documentation names as the basis of this routine, followed step for step;
inner products are summed by numpy, so the last bits may differ from IDL's C loops.""",
)


def _float_matrix(routine, value, name, *, double, square=True, complex_ok=False):
    a = idl_array(routine, value, name, complex_ok=complex_ok, scalar_ok=False)
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a 2-D array, got {a.ndim} dimension"
                               f"{'s' if a.ndim != 1 else ''}")
    if square and a.shape[0] != a.shape[1]:
        raise CompatValueError(f"Input must be a square matrix ({name} is "
                               f"{a.shape[1]} x {a.shape[0]}).")
    return np.array(a, dtype=float_type(a.dtype, double), order="C")


def _vector(routine, value, name, n, dtype):
    b = idl_array(routine, value, name, complex_ok=False)
    b = np.asarray(b, dtype=dtype).reshape(-1)
    if b.size != n:
        raise CompatValueError(f"{name} must have {n} elements, got {b.size}")
    return b


# -------------------------------------------------------------------------- # and ##
def _product_type(a: np.ndarray, b: np.ndarray) -> np.dtype:
    """IDL's type of a matrix product: the promoted type, with integers narrower than
    LONG computed in LONG (IDL prints ``[1, 2] # [3, 4]`` as LONG)."""
    dtype = promote(a.dtype, b.dtype)
    if dtype in (np.dtype(np.uint8), np.dtype(np.int16), np.dtype(np.uint16)):
        return np.dtype(np.int32)
    return dtype


def _rows_by_columns(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``A ## B`` on numpy-layout operands, IDL's vector rules, IDL's result shape."""
    dtype = _product_type(a, b)
    a = a.astype(dtype, copy=False)
    b = b.astype(dtype, copy=False)
    if a.ndim == 0:
        a = a.reshape(1)
    if b.ndim == 0:
        b = b.reshape(1)
    if a.ndim > 2 or b.ndim > 2:
        raise CompatValueError("Operands of matrix multiply must have at most 2 "
                               "dimensions.")
    if a.ndim == 1 and b.ndim == 1:
        out = np.multiply.outer(a, b)
    elif a.ndim == 1:
        if a.size == b.shape[0]:
            out = a.reshape(1, -1) @ b
        elif b.shape[0] == 1:
            out = a.reshape(-1, 1) @ b
        else:
            raise CompatValueError("Operands of matrix multiply have incompatible "
                                   "dimensions.")
    elif b.ndim == 1:
        if a.shape[1] == b.size:
            out = a @ b.reshape(-1, 1)
        elif a.shape[1] == 1:
            out = a @ b.reshape(1, -1)
        else:
            raise CompatValueError("Operands of matrix multiply have incompatible "
                                   "dimensions.")
    else:
        if a.shape[1] != b.shape[0]:
            raise CompatValueError("Operands of matrix multiply have incompatible "
                                   "dimensions.")
        out = a @ b
    out = np.ascontiguousarray(out, dtype=dtype)
    if out.ndim == 2 and out.shape[0] == 1:   # IDL drops a trailing dimension of 1
        out = out.reshape(-1)
    return out


@idl_routine("##")
def rows_by_columns(a, b):
    """IDL's ``A ## B``: rows of A times columns of B -- the usual matrix product of the
    arrays as IDL prints them (numpy's ``a @ b`` in readsav layout).

    IDL call form::

        C = A ## B                    ->  C = idl.rows_by_columns(A, B)

    IDL's rules, as IDL documents and prints them:

    * the second array must have as many rows as the first has columns ("Operands of
      matrix multiply have incompatible dimensions." otherwise);
    * a 1-D vector is read as a row or a column, whichever makes the product valid (a
      row when both are); two vectors give their outer product ``C[i, j] = B[i] *
      A[j]`` (IDL indices; numpy ``c[i, j] = a[i] * b[j]``);
    * the result has no trailing dimension of 1 (a 1-row result is 1-D);
    * integer operands narrower than LONG give a LONG result (IDL prints ``[1, 2] #
      [3, 4]`` as LONG), wider types follow IDL's promotion; products and sums are
      computed in the result type (LONG arithmetic wraps on overflow, as IDL's).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> array1 = np.array([[1, 2, 1], [2, -1, 2]], dtype=np.int16)  # IDL documentation
    >>> array2 = np.array([[1, 3], [0, 1], [1, 1]], dtype=np.int16)
    >>> idl.rows_by_columns(array1, array2)
    array([[2, 6],
           [4, 7]], dtype=int32)
    >>> idl.rows_by_columns(array1, np.array([1, 0, 1], dtype=np.int16))  # a column
    array([[2],
           [4]], dtype=int32)
    """
    a = idl_array("##", a, "A")
    b = idl_array("##", b, "B")
    return _rows_by_columns(a, b)


@idl_routine("#")
def columns_by_rows(a, b):
    """IDL's ``A # B``: columns of A times rows of B, i.e. ``B ## A`` (numpy's ``b @ a``
    in readsav layout).

    IDL call form::

        C = A # B                     ->  C = idl.columns_by_rows(A, B)

    The same vector, shape and type rules as :func:`rows_by_columns` (``A # B`` is
    ``B ## A``): two vectors give the outer product ``C[i, j] = A[i] * B[j]`` (IDL
    indices; numpy ``c[j, i]``).

    Notes
    -----
    The naive port ``numpy.dot(A, B)`` of IDL's ``A # B`` multiplies in the wrong order
    (IDL's first dimension is the column): ``numpy.dot(B, A)`` is right for matrices,
    and vectors need IDL's row/column rules.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> array1 = np.array([[1, 2, 1], [2, -1, 2]], dtype=np.int16)  # IDL documentation
    >>> array2 = np.array([[1, 3], [0, 1], [1, 1]], dtype=np.int16)
    >>> idl.columns_by_rows(array1, array2)
    array([[ 7, -1,  7],
           [ 2, -1,  2],
           [ 3,  1,  3]], dtype=int32)
    """
    a = idl_array("#", a, "A")
    b = idl_array("#", b, "B")
    return _rows_by_columns(b, a)


@idl_routine("MATRIX_MULTIPLY")
def matrix_multiply(a, b, *, atranspose=False, btranspose=False):
    """IDL's ``MATRIX_MULTIPLY(A, B [, /ATRANSPOSE] [, /BTRANSPOSE])``: ``A # B`` with
    either operand transposed first (IDL's transpose of a 1-D vector is a 1 x n array).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 2], [3, 4]], dtype=np.float32)
    >>> idl.matrix_multiply(a, a, atranspose=True)     # TRANSPOSE(a) # a
    array([[ 5., 11.],
           [11., 25.]], dtype=float32)
    """
    a = idl_array("MATRIX_MULTIPLY", a, "A")
    b = idl_array("MATRIX_MULTIPLY", b, "B")
    if atranspose:
        a = a.reshape(-1, 1) if a.ndim == 1 else a.T
    if btranspose:
        b = b.reshape(-1, 1) if b.ndim == 1 else b.T
    return _rows_by_columns(b, a)


# ------------------------------------------------------------------- INVERT, DETERM
class InvertResult(Result):
    """``Result = INVERT(A, Status)``."""

    result: np.ndarray
    status: np.int32


def _status_of(report, dtype) -> int:
    if report.singular:
        return 1
    if report.rcond < np.finfo(dtype).eps:
        return 2
    return 0


@idl_routine("INVERT", output_arguments=("status",))
@_DOCS.fill
def invert(a, *, status=False, double=False):
    """IDL's ``INVERT``: the inverse of a square array, with its Status output.

    IDL call forms::

        Result = INVERT(A)                 ->  idl.invert(a)
        Result = INVERT(A, Status)         ->  r = idl.invert(a, status=True); r.status
        Result = INVERT(A, /DOUBLE)        ->  idl.invert(a, double=True)

    Parameters
    ----------
    a : array_like
        Square real or complex array (integers are inverted in FLOAT).
    status : bool
        Request the Status output: 0 success, 1 singular (the result is invalid),
        2 "a small pivot element was used and significant accuracy was probably lost".
    {{double}}

    Returns
    -------
    ndarray, or InvertResult(result, status) when ``status=True``.

    Notes
    -----
    LU factorisation with partial pivoting (in LAPACK's reference order up to 256 rows)
    and LAPACK's xGETRI, in the result precision. IDL does not document its small-pivot
    threshold: compat reports Status 2 when LAPACK's reciprocal condition estimate is
    below the machine epsilon of the result type (the criterion of MATLAB's "close to
    singular" warning). A singular array gives Status 1 and an array of NaN (IDL only
    says the result is invalid; GDL returns zeros). IDL prints nothing; without
    ``status`` a singular array raises nothing either, as IDL.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> r = idl.invert(np.array([[1.0, 2], [3, 4]], dtype=np.float32), status=True)
    >>> r.result.round(5), int(r.status)
    (array([[-2. ,  1. ],
           [ 1.5, -0.5]], dtype=float32), 0)
    >>> int(idl.invert(np.array([[1.0, 2], [2, 4]]), status=True).status)
    1
    """
    m = _float_matrix("INVERT", a, "A", double=double, complex_ok=True)
    inverse, report = core.inverse(m)
    code = _status_of(report, m.dtype)
    if code == 1:
        inverse = np.full_like(m, np.nan)
    inverse = np.ascontiguousarray(inverse, dtype=m.dtype)
    if status:
        return InvertResult(result=inverse, status=np.int32(code))
    return inverse


class LaInvertResult(Result):
    """``Result = LA_INVERT(A, STATUS=status)``."""

    result: np.ndarray
    status: np.int32


@idl_routine("LA_INVERT")
@_DOCS.fill
def la_invert(a, *, double=False, status=False):
    """IDL's ``LA_INVERT``: the inverse by LAPACK's xGETRF/xGETRI.

    IDL call forms::

        Result = LA_INVERT(A)                  ->  idl.la_invert(a)
        Result = LA_INVERT(A, STATUS=s)        ->  r = idl.la_invert(a, status=True)

    Parameters
    ----------
    a : array_like
        Square real or complex array, as IDL prints it (the inverse of the printed
        matrix).
    {{double}}
    status : bool
        Request STATUS: 0, or the (1-based) index of the zero diagonal element of U for a
        singular array. Without it a singular array raises IDL's "Singular matrix
        encountered, STATUS=i."

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.la_invert(np.array([[1.0, 2], [3, 4]]))
    array([[-2. ,  1. ],
           [ 1.5, -0.5]])
    """
    m = _float_matrix("LA_INVERT", a, "A", double=double, complex_ok=True)
    factors = core.lu_factor(m)
    if factors.info:
        if not status:
            raise CompatValueError(f"Singular matrix encountered, STATUS={factors.info}.")
        return LaInvertResult(result=np.full_like(m, np.nan),
                              status=np.int32(factors.info))
    inverse, _ = core.inverse(m)
    inverse = np.ascontiguousarray(inverse, dtype=m.dtype)
    if status:
        return LaInvertResult(result=inverse, status=np.int32(0))
    return inverse


@idl_routine("DETERM")
@_DOCS.fill
def determ(a, *, check=False, double=False, zero=None):
    """IDL's ``DETERM``: the determinant from LUDC's decomposition.

    IDL call form::

        Result = DETERM(A [, /CHECK] [, /DOUBLE] [, ZERO=value])
                                        ->  idl.determ(a, check=False, double=False)

    LUDC (Crout's method with row-scaled pivoting, :func:`ludc`) then the product of the
    diagonal, negated for an odd number of row interchanges (determ.pro). A diagonal
    element smaller in magnitude than ``zero`` (default 1e-6 for FLOAT, 1e-12 for
    DOUBLE) makes the determinant 0. ``check=True`` (/CHECK): a singular array (a row of
    zeros, which makes LUDC fail) gives 0 instead of LUDC's error.

    Parameters
    ----------
    a : array_like
        Square real array.
    {{double}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[2.0, 1, 1], [4, -6, 0], [-2, 7, 2]], dtype=np.float32)
    >>> idl.determ(a)                  # IDL documentation: -16.0000
    np.float32(-16.0)
    """
    m = _float_matrix("DETERM", a, "A", double=double)
    limit = (1e-12 if m.dtype == np.float64 else 1e-6) if zero is None else float(zero)
    try:
        lu, index, parity = nr.crout_lu(m)
    except nr._NRError:
        if check:
            return m.dtype.type(0)
        raise CompatValueError("Singular matrix.") from None
    diagonal = np.diagonal(lu)
    if np.any(np.abs(diagonal) < limit):
        return m.dtype.type(0)
    d = m.dtype.type(parity)
    for value in diagonal:
        d = d * value
    return m.dtype.type(d)


# ------------------------------------------------------------------- LUDC, LUSOL
class LudcResult(Result):
    """``LUDC, A, Index [, INTERCHANGES=i]``: the decomposed A and its outputs."""

    a: np.ndarray
    index: np.ndarray
    interchanges: np.int32


@idl_routine("LUDC", output_arguments=("index",))
@_DOCS.fill
def ludc(a, *, index=True, column=False, double=False, interchanges=False):
    """IDL's ``LUDC``: LU decomposition by Crout's method with implicit pivoting.

    IDL call forms::

        LUDC, A, Index                     ->  r = idl.ludc(a); r.a, r.index
        LUDC, A, Index, INTERCHANGES=odd   ->  idl.ludc(a, interchanges=True)
        LUDC, A, Index, /COLUMN, /DOUBLE   ->  idl.ludc(a, column=True, double=True)

    IDL overwrites A with the LU decomposition of a row permutation of itself; compat
    returns it as ``a`` (the caller's array is unchanged), with ``index`` (LONG: the row
    swapped into place at each step, for :func:`lusol`) and, on request,
    ``interchanges`` (+1 for an even number of row interchanges, -1 for odd).

    Parameters
    ----------
    a : array_like
        n x n real array (integers are decomposed in FLOAT).
    index : bool
        Accepted for the IDL argument (always returned).
    {{row_major}}
    {{double}}

    Notes
    -----
    {{numerical_recipes}} The pivot of each column is the row with the largest
    ``|a_ij| / max_k |a_ik|`` (rows scaled by their largest element), the last of equal
    candidates; an exactly zero pivot is replaced by 1e-20; a row of zeros raises
    "Singular matrix.". LAPACK (numpy, ``LA_LUDC``) pivots on the unscaled largest
    element instead, and GDL's LUDC does too (and returns DOUBLE and LONG64), so their
    factors differ from IDL's whenever the row scales differ.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 100, 3], [2, 1, 1], [5, 2, 9]], dtype=np.float32)
    >>> r = idl.ludc(a)
    >>> r.index                        # step 0 swaps in row 1: 2/2 beats 5/9 and 1/100
    array([1, 1, 2], dtype=int32)
    >>> r.a[0]
    array([2., 1., 1.], dtype=float32)
    """
    m = _float_matrix("LUDC", a, "A", double=double)
    if column:
        m = np.ascontiguousarray(m.T)
    try:
        lu, idx, parity = nr.crout_lu(m)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    if column:
        lu = np.ascontiguousarray(lu.T)
    idx = idx.astype(np.int32)
    if interchanges:
        return LudcResult(a=lu, index=idx, interchanges=np.int32(parity))
    return LudcResult(a=lu, index=idx)


@idl_routine("LUSOL")
@_DOCS.fill
def lusol(a, index, b, *, column=False, double=False):
    """IDL's ``LUSOL``: solve ``A x = b`` from :func:`ludc`'s decomposition (NR's
    ``lubksb``: forward substitution with the recorded interchanges, then back
    substitution).

    IDL call form::

        Result = LUSOL(A, Index, B [, /COLUMN] [, /DOUBLE])
                                        ->  idl.lusol(r.a, r.index, b)

    Parameters
    ----------
    a : array_like
        The decomposition LUDC returned.
    index : array_like
        LUDC's Index.
    b : array_like
        n-element right-hand side.
    {{row_major}}
    {{double}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[2.0, 1, 1], [4, -6, 0], [-2, 7, 2]], dtype=np.float32)
    >>> r = idl.ludc(a)
    >>> idl.lusol(r.a, r.index, np.array([3.0, -8, 10], dtype=np.float32))
    array([ 1.,  2., -1.], dtype=float32)
    """
    m = _float_matrix("LUSOL", a, "A", double=double)
    n = m.shape[0]
    if column:
        m = np.ascontiguousarray(m.T)
    idx = np.asarray(idl_array("LUSOL", index, "Index", complex_ok=False)).reshape(-1)
    if idx.size != n or idx.dtype.kind not in "iu":
        raise CompatValueError(f"Index must be LUDC's integer vector of {n} elements")
    if np.any((idx < 0) | (idx >= n)):
        raise CompatValueError("Index holds a row outside the array")
    rhs = _vector("LUSOL", b, "B", n, m.dtype)
    return nr.crout_solve(m, idx.astype(np.intp), rhs).astype(m.dtype)


# ----------------------------------------------------------------- CHOLDC, CHOLSOL
class CholdcResult(Result):
    """``CHOLDC, A, P``: the decomposed A and the diagonal P."""

    a: np.ndarray
    p: np.ndarray


@idl_routine("CHOLDC", output_arguments=("p",))
@_DOCS.fill
def choldc(a, *, p=True, double=False):
    """IDL's ``CHOLDC``: Cholesky decomposition of a symmetric positive-definite array
    (NR's ``choldc``).

    IDL call form::

        CHOLDC, A, P [, /DOUBLE]           ->  r = idl.choldc(a); r.a, r.p

    IDL overwrites A: the factor L's elements below the diagonal are written below A's
    diagonal (numpy's lower triangle of the readsav array) and L's diagonal goes to P;
    the upper triangle, which the algorithm reads, is left as it was. compat returns the
    new A as ``a`` and P as ``p``.

    Parameters
    ----------
    a : array_like
        n x n symmetric positive-definite real array (only its upper triangle is read).
    p : bool
        Accepted for the IDL argument (always returned).
    {{double}}

    Raises
    ------
    ValueError
        "CHOLDC: Array is not positive definite." (IDL's message).

    Notes
    -----
    {{numerical_recipes}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> r = idl.choldc(np.array([[4.0, 2, 2], [2, 5, 1], [2, 1, 6]], dtype=np.float32))
    >>> r.p
    array([2.      , 2.      , 2.236068], dtype=float32)
    >>> idl.cholsol(r.a, r.p, np.array([1.0, 2, 3], dtype=np.float32))
    array([-0.1875,  0.375 ,  0.5   ], dtype=float32)
    """
    m = _float_matrix("CHOLDC", a, "A", double=double)
    try:
        out, diag = nr.nr_cholesky(m)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    return CholdcResult(a=out, p=diag)


@idl_routine("CHOLSOL")
@_DOCS.fill
def cholsol(a, p, b, *, double=False):
    """IDL's ``CHOLSOL``: solve ``A x = b`` from :func:`choldc`'s output (NR's
    ``cholsl``).

    IDL call form::

        Result = CHOLSOL(A, P, B [, /DOUBLE])  ->  idl.cholsol(r.a, r.p, b)

    Parameters
    ----------
    a, p : array_like
        CHOLDC's A and P.
    b : array_like
        n-element right-hand side.
    {{double}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> r = idl.choldc(np.array([[4.0, 2], [2, 5]]))
    >>> idl.cholsol(r.a, r.p, np.array([2.0, 1]))
    array([0.5, 0. ])
    """
    m = _float_matrix("CHOLSOL", a, "A", double=double)
    n = m.shape[0]
    diag = _vector("CHOLSOL", p, "P", n, m.dtype)
    rhs = _vector("CHOLSOL", b, "B", n, m.dtype)
    return nr.nr_cholesky_solve(m, diag, rhs).astype(m.dtype)


# ------------------------------------------------------------------- SVDC, SVSOL
class SvdcResult(Result):
    """``SVDC, A, W, U, V``."""

    w: np.ndarray
    u: np.ndarray
    v: np.ndarray


@idl_routine("SVDC", output_arguments=("w", "u", "v"))
@_DOCS.fill
def svdc(a, *, w=True, u=True, v=True, column=False, double=False, itmax=30):
    """IDL's ``SVDC``: singular value decomposition ``A = U ## diag(W) ## TRANSPOSE(V)``
    (NR's ``svdcmp``).

    IDL call forms::

        SVDC, A, W, U, V                   ->  w, u, v = idl.svdc(a)
        SVDC, A, W, U, V, /COLUMN, /DOUBLE, ITMAX=50
                                           ->  idl.svdc(a, column=True, double=True,
                                                        itmax=50)

    Parameters
    ----------
    a : array_like
        n-column, m-row real array (numpy ``(m, n)``), ``m >= n`` in the algorithm's
        usual use.
    w, u, v : bool
        Accepted for the IDL arguments (always returned).
    {{row_major}}
    {{double}}
    itmax : int
        ITMAX: the most QR sweeps per singular value (30); more raise "No convergence
        in 30 iterations.".

    Returns
    -------
    SvdcResult(w, u, v)
        ``w``: the n singular values **in the order the algorithm leaves them -- not
        sorted** (IDL's behaviour); ``u``: numpy ``(m, n)``; ``v``: ``(n, n)``, with
        ``a == u @ diag(w) @ v.T``.

    Notes
    -----
    {{numerical_recipes}} ``numpy.linalg.svd`` and IDL's LA_SVD sort the singular values
    in descending order (so do GDL's SVDC), and their singular vectors can differ in
    sign.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 2.0, -1.0, 2.5], [1.5, 3.3, -0.5, 2.0],
    ...               [3.1, 0.7, 2.2, 0.0], [0.0, 0.3, -2.0, 5.3],
    ...               [2.1, 1.0, 4.3, 2.2], [0.0, 5.5, 3.8, 0.2]], dtype=np.float32)
    >>> idl.svdc(a).w                  # IDL documentation: 8.81973 2.65502 4.30598 6.84484
    array([8.81973  , 2.6550243, 4.305983 , 6.8448367], dtype=float32)
    """
    m = _float_matrix("SVDC", a, "A", double=double, square=False)
    if column:
        m = np.ascontiguousarray(m.T)
    try:
        uu, ww, vv = nr.golub_reinsch_svd(m, itmax=int(itmax))
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    if column:
        uu, vv = uu.T, vv.T
    return SvdcResult(w=np.ascontiguousarray(ww), u=np.ascontiguousarray(uu),
                      v=np.ascontiguousarray(vv))


@idl_routine("SVSOL")
@_DOCS.fill
def svsol(u, w, v, b, *, column=False, double=False):
    """IDL's ``SVSOL``: solve ``A x = b`` from SVDC's U, W, V (NR's ``svbksb``: ``x =
    V ## diag(1/W) ## TRANSPOSE(U) ## b``, with ``1/0`` taken as 0 -- set small W to 0
    first to get a least-squares solution).

    IDL call form::

        Result = SVSOL(U, W, V, B [, /COLUMN] [, /DOUBLE])

    Parameters
    ----------
    u, w, v : array_like
        SVDC's outputs.
    b : array_like
        m-element right-hand side.
    {{row_major}}
    {{double}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> w, u, v = idl.svdc(np.array([[2.0, 0], [0, 4]]))
    >>> idl.svsol(u, w, v, np.array([2.0, 2]))
    array([1. , 0.5])
    """
    uu = _float_matrix("SVSOL", u, "U", double=double, square=False)
    vv = _float_matrix("SVSOL", v, "V", double=double)
    if column:
        uu, vv = np.ascontiguousarray(uu.T), np.ascontiguousarray(vv.T)
    n = vv.shape[0]
    if uu.shape[1] != n:
        raise CompatValueError(f"U must have {n} columns (V is {n} x {n})")
    ww = _vector("SVSOL", w, "W", n, uu.dtype)
    rhs = _vector("SVSOL", b, "B", uu.shape[0], uu.dtype)
    return nr.svd_backsubstitute(uu, ww, vv, rhs).astype(uu.dtype)


# ------------------------------------------------------------------------ EIGENQL
class EigenqlResult(Result):
    """``Result = EIGENQL(A, EIGENVECTORS=evecs, RESIDUAL=residual)``."""

    result: np.ndarray
    eigenvectors: np.ndarray
    residual: np.ndarray


@idl_routine("EIGENQL")
@_DOCS.fill
def eigenql(a, *, absolute=False, ascending=False, double=False, eigenvectors=False,
            overwrite=False, residual=False):
    """IDL's ``EIGENQL``: eigenvalues and eigenvectors of a real symmetric array by
    Householder reduction and the QL method with implicit shifts (TRIRED/TRIQL, NR's
    ``tred2``/``tqli``).

    IDL call forms::

        Result = EIGENQL(A)                           ->  idl.eigenql(a)
        Result = EIGENQL(A, EIGENVECTORS=evecs, RESIDUAL=res)
                                        ->  r = idl.eigenql(a, eigenvectors=True,
                                                            residual=True)
        Result = EIGENQL(A, /ASCENDING, /ABSOLUTE, /DOUBLE)

    Parameters
    ----------
    a : array_like
        n x n real symmetric array.
    absolute : bool
        /ABSOLUTE: sort by magnitude instead of signed value.
    ascending : bool
        /ASCENDING: smallest first (default: descending, largest first).
    {{double}}
    eigenvectors : bool
        Request EIGENVECTORS: an n x n array whose *row* i (IDL ``evecs[*, i]``, numpy
        ``evecs[i]``) is the eigenvector of eigenvalue i.
    overwrite : bool
        /OVERWRITE: accepted, no effect (compat never modifies the input).
    residual : bool
        Request RESIDUAL: row i is ``A x_i - lambda_i x_i``.

    Returns
    -------
    ndarray of the n eigenvalues, or EigenqlResult(result, eigenvectors, residual).

    Notes
    -----
    {{numerical_recipes}} The eigenvectors have unit norm, and each is signed so that
    its component of largest magnitude is positive: that is the sign pattern of IDL's
    documented example, which the raw ``tqli`` output matches in neither single nor
    double precision, so the rule is inferred from it (IDL does not document one).
    ``numpy.linalg.eigh`` returns ascending eigenvalues with the eigenvectors in
    *columns* and LAPACK's signs.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[5.0, 4, 0, -3], [4, 5, 0, -3], [0, 0, 5, -3],
    ...               [-3, -3, -3, 5]], dtype=np.float32)     # IDL documentation
    >>> r = idl.eigenql(a, eigenvectors=True)
    >>> r.result.round(5)
    array([12.09151,  6.18661,  1.     ,  0.72187], dtype=float32)
    >>> r.eigenvectors[0].round(6)
    array([-0.554531, -0.554531, -0.241745,  0.571446], dtype=float32)
    """
    m = _float_matrix("EIGENQL", a, "A", double=double)
    if not np.all(np.isfinite(m)):
        raise CompatValueError("A must be finite")
    n = m.shape[0]
    want = eigenvectors or residual
    try:
        d, e, q = nr.householder_tridiagonal(m, vectors=want)
        d, z = nr.implicit_ql(d, e, q)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    key = np.abs(d) if absolute else d
    order = np.argsort(key if ascending else -key, kind="stable")
    values = np.ascontiguousarray(d[order])
    if not want:
        return values
    vecs = np.ascontiguousarray(z[:, order].T)
    for i in range(n):
        k = int(np.argmax(np.abs(vecs[i])))
        if vecs[i, k] < 0:
            vecs[i] = -vecs[i]
    fields = {"result": values}
    if eigenvectors:
        fields["eigenvectors"] = vecs
    if residual:
        fields["residual"] = np.ascontiguousarray(vecs @ m.T - values[:, None] * vecs)
    return EigenqlResult(**fields)
