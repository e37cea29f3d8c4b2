"""IDL's linear algebra: the ``#`` and ``##`` operators, ``MATRIX_MULTIPLY``, ``INVERT``,
``LA_INVERT``, ``DETERM``, ``NORM`` (the decompositions ``LUDC``/``LUSOL``, ``CHOLDC``/``CHOLSOL``,
``SVDC``/``SVSOL``, ``EIGENQL`` are :mod:`compat.idl.decompositions`).

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
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.running_sums import missing_to_zero, sequential_sum
from compat.idl._matrices import MATRIX_DOCS as _DOCS
from compat.idl._matrices import float_matrix as _float_matrix

__all__ = ["columns_by_rows", "rows_by_columns", "matrix_multiply", "invert", "la_invert", "cond",
           "determ", "norm"]

#: legacy spelling -> Python name (IDL's matrix operators)
__legacy_names__ = {"#": "columns_by_rows", "##": "rows_by_columns"}

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


# the example operands of IDL's documentation of ## and #
_PRODUCTS = _DOCS(product_operands="""
    >>> import numpy as np
    >>> from compat import idl
    >>> array1 = np.array([[1, 2, 1], [2, -1, 2]], dtype=np.int16)  # IDL documentation
    >>> array2 = np.array([[1, 3], [0, 1], [1, 1]], dtype=np.int16)""")


@idl_routine("##")
@_PRODUCTS.fill
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

    Notes
    -----
    Summation order: each element is a sum of k products, computed here by numpy's
    ``@`` (BLAS sgemm/dgemm for FLOAT/DOUBLE: blocked, vectorised, possibly with fused
    multiply-adds). IDL documents no order for ``#``/``##`` (and runs large products
    on its thread pool), and GDL 1.0.1 neither adds in index order nor accumulates in
    DOUBLE (its Eigen product is blocked too), so FLOAT and DOUBLE results agree with
    IDL's and GDL's to rounding, not bit for bit. The rule for comparing them is the
    dot-product error bound that holds for every summation order (Higham, *Accuracy
    and Stability of Numerical Algorithms*, 2nd ed., eq. 3.5):
    ``|C - C_exact| <= gamma_k * (|A| ## |B|)`` with ``gamma_k = k*u/(1 - k*u)``,
    ``u = 2**-24`` for FLOAT and ``2**-53`` for DOUBLE, so two implementations differ
    by at most twice that; a tolerance relative to ``|C|`` alone is wrong where the
    sum cancels. Measured on 40 random FLOAT products (k up to 1500, terms spread over
    six decades): compat within 2.4, GDL within 4.3 units of ``u * (|A| ## |B|)`` of
    the exact product, 524 of 590 elements not bit-identical between the two. Integer
    products (LONG, LONG64, wrapping) are exact and bit-identical.

    Examples
    --------
    {{product_operands}}
    >>> idl.rows_by_columns(array1, array2)
    array([[2, 6],
           [4, 7]], dtype=int32)
    >>> idl.rows_by_columns(array1, np.array([1, 0, 1], dtype=np.int16))  # a column
    array([[2],
           [4]], dtype=int32)
    """
    a = idl_array(a, "A")
    b = idl_array(b, "B")
    return _rows_by_columns(a, b)


@idl_routine("#")
@_PRODUCTS.fill
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

    FLOAT and DOUBLE sums agree with IDL's to the dot-product error bound, not bit for
    bit (summation order: see :func:`rows_by_columns`).

    Examples
    --------
    {{product_operands}}
    >>> idl.columns_by_rows(array1, array2)
    array([[ 7, -1,  7],
           [ 2, -1,  2],
           [ 3,  1,  3]], dtype=int32)
    """
    a = idl_array(a, "A")
    b = idl_array(b, "B")
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
    a = idl_array(a, "A")
    b = idl_array(b, "B")
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
    m = _float_matrix(a, "A", double=double, complex_ok=True)
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
    m = _float_matrix(a, "A", double=double, complex_ok=True)
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
    m = _float_matrix(a, "A", double=double)
    limit = (1e-12 if m.dtype == np.float64 else 1e-6) if zero is None else float(zero)
    try:
        return nr.crout_determinant(m, limit)
    except nr._NRError:
        if check:
            return m.dtype.type(0)
        raise CompatValueError("Singular matrix.") from None


# ---------------------------------------------------------------------------- NORM
@idl_routine("NORM")
def norm(a, *, double=False, lnorm=None):
    """IDL's ``NORM``: a vector or matrix norm.

    IDL call form::

        Result = NORM(A [, /DOUBLE] [, LNORM={0 | 1 | 2 | n}])
                                        ->  idl.norm(a, double=False, lnorm=None)

    A vector: ``lnorm`` 2 (default) the Euclidean norm, 0 the largest magnitude (L-inf),
    1 the sum of magnitudes, any other n ``(sum |a|^n)^(1/n)``. A 2-D array: ``lnorm`` 0
    (default) the largest absolute row sum (IDL's rows: numpy's rows of the readsav
    layout, ``a[j]``), 1 the largest absolute column sum, 2 the spectral norm (the
    largest singular value); other values raise "For MATRIX input, LNORM must be equal to
    0, 1, or 2". Sums are taken in double precision; the result is FLOAT, DOUBLE for
    DOUBLE/DCOMPLEX input or ``double=True``. NaNs are skipped when the array holds
    non-finite values, and so are Infinities: both are missing data, as TOTAL and MAX
    /NAN treat them (IDL's NORM documentation is silent; GDL's norm.pro, the clone's
    library routine, passes /NAN when the array holds a non-finite value). Sums run in
    TOTAL's order (one running sum).

    Parameters
    ----------
    a : array_like
        A vector or 2-D array, real or complex.
    double : bool
        /DOUBLE: a DOUBLE result.
    lnorm : int or float, optional
        LNORM: which norm (see above).

    Notes
    -----
    ``numpy.linalg.norm`` of a matrix defaults to the Frobenius norm and of a readsav
    array would call IDL's row sums "rows" too; IDL's default for a matrix is the
    L-infinity norm. GDL refuses complex matrices for the spectral norm ("Complex Input
    not ready in GDL"); IDL computes it (by LA_SVD), and so does compat.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.norm(np.array([3.0, -4.0], dtype=np.float32))
    np.float32(5.0)
    >>> idl.norm(np.array([[1.0, -2], [3, 4]]))            # largest row sum |3| + |4|
    np.float64(7.0)
    >>> idl.norm(np.array([[1.0, -2], [3, 4]]), lnorm=1)   # largest column sum 2 + 4
    np.float64(6.0)
    """
    v = idl_array(a, "A", scalar_ok=False)
    if v.ndim not in (1, 2):
        raise CompatValueError("Input must be an N-element vector or an M by N array.")
    if lnorm is None:
        order = 2.0 if v.ndim == 1 else 0.0
    else:
        given = np.asarray(lnorm)
        if given.size != 1:
            raise CompatValueError("LNORM must be a scalar or a 1-element array.")
        order = float(given.reshape(-1)[0])
    result_type = np.float64 if (double or v.dtype in (np.float64, np.complex128)) \
        else np.float32
    if v.dtype == np.complex64:
        # a COMPLEX magnitude correctly rounded to FLOAT (C's hypotf; numpy's complex64
        # abs can be an ulp off)
        magnitude = np.abs(v.astype(np.complex128)).astype(np.float32).astype(np.float64)
    else:
        magnitude = np.abs(v).astype(np.float64)
    # GDL's norm.pro passes /NAN to TOTAL and MAX when the array holds a non-finite value:
    # NaN and Infinity are then missing data, as IDL documents /NAN
    skip = not np.all(np.isfinite(v))

    def add(values, axis=None):
        # TOTAL's order: one running sum from the first element
        return sequential_sum(missing_to_zero(values) if skip else values, axis, np.float64)

    def biggest(values):
        if skip:
            values = values[np.isfinite(values)]
            if values.size == 0:
                return np.nan
        return np.max(values)

    with np.errstate(all="ignore"):
        if v.ndim == 1:
            if order == 0:
                value = biggest(magnitude)
            elif order == 1:
                value = add(magnitude)
            elif order == 2:
                value = np.sqrt(add(magnitude ** 2.0))
            else:
                value = add(magnitude ** order) ** (1.0 / order)
        elif order == 0:
            value = biggest(add(magnitude, axis=1))
        elif order == 1:
            value = biggest(add(magnitude, axis=0))
        elif order == 2:
            value = np.linalg.svd(v.astype(np.complex128 if v.dtype.kind == "c"
                                           else np.float64), compute_uv=False).max()
        else:
            raise CompatValueError("For MATRIX input, LNORM must be equal to 0, 1, or 2")
    return result_type(value)


@idl_routine("COND")
def cond(a, *, double=None, lnorm=None):
    """IDL's ``COND``: the condition number of a matrix.

    IDL call form::

        Result = COND(A [, /DOUBLE] [, LNORM={0 | 1 | 2}])
                                        ->  idl.cond(a, double=None, lnorm=None)

    ``LNORM`` 0 (default) and 1: ``NORM(A) * NORM(INVERT(A))`` with :func:`norm`'s
    L-infinity (largest absolute row sum, IDL's rows) or L1 norm, both norms and the
    inverse in double precision; -1 (an INT) when INVERT reports a singular array
    (its Status 1). ``LNORM=2``: the largest singular value over the smallest (any
    2-D array, square or not), Infinity when the smallest is zero. The result is FLOAT,
    DOUBLE for DOUBLE/DCOMPLEX input; ``double=True`` or ``False`` overrides that (IDL
    tests whether /DOUBLE was given at all). Source: the IDL Reference Guide's COND
    page (the definition, LNORM, the -1 for an invalid inverse) and IDL 8.0's cond.pro
    (the double-precision norms, Infinity for a zero singular value), as facts.

    Differences from ``numpy.linalg.cond``: numpy's default is the 2-norm (IDL's is the
    infinity norm), numpy returns Inf (or a huge number) for a singular matrix where
    IDL returns -1, and numpy's ``p=inf`` sums IDL's rows only in the readsav layout.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    >>> idl.cond(a), idl.cond(a, lnorm=1)
    (np.float32(21.0), np.float32(21.0))
    >>> idl.cond(np.array([[1.0, 2.0], [2.0, 4.0]]))          # singular
    np.int16(-1)
    """
    v = idl_array(a, "A", scalar_ok=False)
    if v.ndim != 2:
        raise CompatValueError("Input must be a two-dimensional array.")
    wide = v.dtype in (np.float64, np.complex128) if double is None else bool(double)
    result_type = np.float64 if wide else np.float32
    order = 0
    if lnorm is not None:
        given = np.asarray(lnorm)
        if given.size != 1:
            raise CompatValueError("LNORM must be a scalar or 1 element array.")
        order = int(np.trunc(given.reshape(-1)[0].real))
        if not 0 <= order <= 2:
            raise CompatValueError("Keyword LNORM must be equal to 0, 1, or 2")
    if order == 2:
        values = np.linalg.svd(v.astype(np.complex128 if v.dtype.kind == "c" else
                                        np.float64), compute_uv=False)
        smallest, largest = values.min(), values.max()
        if smallest == 0:
            return result_type(np.inf)
        return result_type(largest / smallest)
    if v.shape[0] != v.shape[1]:
        raise CompatValueError("Input must be a square matrix.")
    inverse = invert(v, status=True, double=True)
    if inverse.status == 1:
        return np.int16(-1)
    return result_type(norm(v, double=True, lnorm=order) *
                       norm(inverse.result, double=True, lnorm=order))
