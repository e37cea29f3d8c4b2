"""IDL's LAPACK routines over :mod:`compat._core.lapack`: ``LA_LEAST_SQUARES``,
``LA_LUDC``/``LA_LUSOL``, ``LA_CHOLDC``/``LA_CHOLSOL``, ``LA_SVD`` and
``LA_LINEAR_EQUATION``.

Arrays are in the layout ``scipy.io.readsav`` returns (numpy shape = IDL dimensions
reversed): IDL's "n-column by m-row" array A is numpy's ordinary ``(m, n)`` matrix (row
``j`` of the printed array is ``a[j]``), IDL's ``k-by-m`` right-hand sides are numpy's
``(m, k)``, so the calls read as in linear-algebra texts. IDL's procedures that overwrite their
argument (``LA_LUDC, A, Index``; ``LA_CHOLDC, A``) return the new array instead; the
caller's array is never modified. Each routine calls the LAPACK routine IDL documents,
in the precision IDL uses (``s``/``c`` routines for FLOAT and COMPLEX), through scipy;
the Numerical Recipes routines of the same jobs (LUDC, CHOLDC, SVDC) are in
:mod:`compat.idl.decompositions`.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core import lapack as core
from compat._core.lapack import least_squares
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl._matrices import MATRIX_DOCS, matrix_shape

__all__ = ["la_least_squares", "la_ludc", "la_lusol", "la_choldc", "la_cholsol", "la_svd",
           "la_linear_equation", "la_trired"]


class LaLeastSquaresResult(Result):
    """LA_LEAST_SQUARES's result and the output keywords requested."""

    result: object
    rank: object
    residual: object
    status: object


@idl_routine("LA_LEAST_SQUARES")
def la_least_squares(a, b, *, double=False, method=0, rcondition=None, rank=False,
                     residual=False, status=False):
    """Linear least squares ``min ||A x - b||_2`` by LAPACK, as IDL's ``LA_LEAST_SQUARES``.

    IDL call form::

        Result = LA_LEAST_SQUARES(A, B [, /DOUBLE] [, METHOD=value] [, RANK=variable]
                                  [, RCONDITION=value] [, RESIDUAL=variable]
                                  [, STATUS=variable])

    Python::

        compat.idl.la_least_squares(a, b, *, double=False, method=0, rcondition=None,
                                    rank=False, residual=False, status=False)

    Output keywords are requested with ``name=True``; the result is then a named tuple
    ``(result, <requested outputs>)``.

    Parameters
    ----------
    a : array_like
        IDL's n-column by m-row array: numpy shape ``(m, n)``, ``m`` equations in ``n``
        unknowns (real or complex; integers are FLOAT).
    b : array_like
        ``m`` values, or IDL's k-by-m array of ``k`` right-hand sides: numpy ``(m, k)``.
    double : bool
        /DOUBLE: compute in double precision (DCOMPLEX for complex data). Without it the
        computation is in the precision of the data: FLOAT unless A or B is DOUBLE
        (COMPLEX with DOUBLE gives DCOMPLEX).
    method : {0, 1, 2, 3}
        0 (default) QR factorisation (LAPACK ``xGELS``; A must have full rank); 1
        complete orthogonal factorisation (``xGELSY``); 2 singular value decomposition
        (``xGELSS``); 3 divide-and-conquer SVD (``xGELSD``). Methods 1-3 handle
        rank-deficient A and give the minimum-norm least-squares solution.
    rcondition : float, optional
        Methods 1-3: singular values (or, for METHOD=1, the condition estimate of the
        pivoted triangular factor) below ``rcondition`` times the largest count as zero.
        Default: the machine precision of the computation.
    rank, residual, status : bool
        Request RANK (the effective rank of A; ``min(m, n)`` for METHOD=0, which assumes
        full rank), RESIDUAL (the residual sum of squares, one per right-hand side, when
        ``m > n`` and the rank is ``n``; zero otherwise), STATUS (0 success; for
        METHOD=0 ``i > 0`` when the i-th diagonal element of the triangular factor is
        exactly zero; for METHOD 2-3 ``> 0`` when the SVD failed to converge).

    Returns
    -------
    ndarray
        The solution, shape ``(n,)`` for a vector B, IDL's k-by-n array (numpy
        ``(n, k)``) for several right-hand sides; or the named tuple.

    Raises
    ------
    ValueError
        ``"LA_LEAST_SQUARES: ..."``: A not 2-D, B's rows not matching A's, a METHOD
        other than 0-3, a negative RCONDITION; without STATUS requested, a LAPACK
        failure (rank-deficient A for METHOD=0, no SVD convergence).

    Notes
    -----
    IDL Reference Guide, LA_LEAST_SQUARES (the LAPACK routines sgels/sgelsy/sgelss/
    sgelsd and their d/c/z versions): compat calls the same LAPACK drivers in the same
    precision, so float results come from single-precision LAPACK as in IDL. The
    documented example (an underdetermined system) gives IDL's printed digits.
    Decisions where the documentation gives none: RESIDUAL is computed as
    ``sum(|b - A x|^2)`` for every METHOD (LAPACK returns it only for 0, 2, 3), and
    RANK for METHOD=0 is ``min(m, n)``.

    GDL 1.0.1 computes LA_LEAST_SQUARES with Eigen: for full-rank A it agrees with
    LAPACK to rounding, but its METHOD=1 on a rank-deficient A returns a basic solution
    rather than IDL's documented minimum-norm one (recorded in the golden suite
    ``idl/lapack``), and it leaves RANK, RESIDUAL and STATUS undefined.

    Differences from ``numpy.linalg.lstsq(a, b)``: numpy always uses the SVD driver
    (``gelsd``) in double precision for float32 data, and its default ``rcond`` is
    ``max(m, n) * eps``; METHOD=0 (QR, no rank test) has no numpy equivalent.

    Examples
    --------
    IDL's documentation example (IDL prints ``-0.0376844 0.350628 0.986164
    -0.409066``):

    >>> import numpy as np
    >>> from compat.idl import la_least_squares
    >>> a = np.array([[2, 5, 3, 4], [7, 1, 3, 5], [4, 3, 6, 2]], dtype=np.int16)
    >>> x = la_least_squares(a, np.array([3, 1, 6], dtype=np.int16))
    >>> x.dtype, np.round(x, 6)
    (dtype('float32'), array([-0.037684,  0.350628,  0.986164, -0.409066], dtype=float32))
    >>> r = la_least_squares(np.array([[1.0, 2, 3], [3, 4, 5], [5, 7, 9], [1, 1, 1]]),
    ...                      [1.0, 2, 3, 4], method=2, rank=True)
    >>> r.result, r.rank
    (array([ 2.25,  0.5 , -1.25]), np.int32(2))
    """
    am = matrix_shape(idl_array(a, "A", scalar_ok=False), "A", square=False)
    bm = idl_array(b, "B")
    m, n = am.shape
    if bm.ndim == 0:
        bm = bm.reshape(1)
    if bm.ndim > 2 or bm.shape[0] != m:
        raise CompatValueError(f"B must have {m} rows (the rows of A), got shape "
                               f"{bm.shape}.")
    if isinstance(method, bool) or method not in (0, 1, 2, 3):
        raise CompatValueError(f"METHOD must be 0, 1, 2 or 3, got {method!r}.")
    dtype = float_type(promote(am.dtype, bm.dtype), double)
    if rcondition is None:
        rcond = float(np.finfo(dtype).eps)
    else:
        rcond = float(rcondition)
        if not rcond >= 0:
            raise CompatValueError(f"RCONDITION must be non-negative, got {rcondition!r}.")
    a2 = np.array(am, dtype=dtype, order="F")
    b2 = np.array(bm, dtype=dtype, order="F")
    with np.errstate(all="ignore"):
        sol = least_squares(a2, b2, int(method), rcond)
    if sol.info and not status:
        what = ("A does not have full rank" if method == 0
                else "the singular value decomposition did not converge")
        raise CompatValueError(f"Least-squares solution failed: {what}, "
                               f"STATUS={sol.info}.")
    return named_result(LaLeastSquaresResult, sol.x, requested(
        rank=(rank, lambda: np.int32(sol.rank)),
        residual=(residual, lambda: np.asarray(sol.residual)[()]),
        status=(status, lambda: np.int32(sol.info))))


# ------------------------------------------------------------------- shared readers
_DOCS = MATRIX_DOCS(double="""double : bool
    /DOUBLE: compute and return DOUBLE (DCOMPLEX for complex data). Without it the
    computation is in the precision of the data: FLOAT (COMPLEX) unless an argument is
    DOUBLE (DCOMPLEX); integers are FLOAT.""")


def _matrix(value, name, *, square=True):
    return matrix_shape(idl_array(value, name, scalar_ok=False), name, square=square)


def _system(double, matrix, value) -> list:
    """``[matrix, B]`` of a linear system in their computation type (:func:`_computed`):
    B, a vector or one column per right-hand side, must have the matrix's rows."""
    n = matrix.shape[0]
    b = idl_array(value, "B")
    if b.ndim == 0:
        b = b.reshape(1)
    if b.ndim > 2 or b.shape[0] != n:
        raise CompatValueError(f"B must have {n} rows (the rows of A), got shape "
                               f"{b.shape}.")
    return _computed(double, matrix, b)


def _computed(double, *arrays) -> list:
    """The arrays in their computation type (IDL's type of the arrays together, FLOAT or
    DOUBLE, complex kept; /DOUBLE), C-ordered copies, required to be finite."""
    dtype = float_type(promote(*(x.dtype for x in arrays)), double)
    out = [np.array(x, dtype=dtype, order="C") for x in arrays]
    if not all(np.all(np.isfinite(x)) for x in out):
        raise CompatValueError("Input arrays must be finite.")
    return out


# ----------------------------------------------------------------- LA_LUDC, LA_LUSOL
class LaLudcResult(Result):
    """``LA_LUDC, Array, Index [, STATUS=s]``: the decomposed Array and its outputs."""

    array: object
    index: object
    status: object


@idl_routine("LA_LUDC", output_arguments=("index",))
@_DOCS.fill
def la_ludc(array, *, index=True, double=False, status=False):
    """IDL's ``LA_LUDC``: the LU decomposition ``A = P L U`` of an m-row array by
    LAPACK's ``xGETRF`` (partial pivoting on the largest element of each column).

    IDL call forms::

        LA_LUDC, Array, Index              ->  r = idl.la_ludc(array); r.array, r.index
        LA_LUDC, Array, Index, STATUS=s, /DOUBLE
                                           ->  idl.la_ludc(array, status=True, double=True)

    IDL overwrites Array with the factors; compat returns them as ``array`` (the
    caller's array is unchanged), with ``index`` and, on request, ``status``.

    Parameters
    ----------
    array : array_like
        IDL's n-column by m-row real or complex array: numpy shape ``(m, n)``.
    index : bool
        Accepted for the IDL argument (always returned).
    {{double}}
    status : bool
        Request STATUS: 0, or ``i > 0`` when ``U[i-1, i-1]`` is exactly zero (the
        factorisation is complete, U is singular). Without it such an array raises
        "LA_LUDC: Singular matrix encountered, STATUS=i.".

    Returns
    -------
    LaLudcResult(array, index[, status])
        ``array``: unit-diagonal L below the diagonal, U on and above it, so that
        ``array[j, :j]`` is row j of L as IDL prints it; ``index``: LONG, ``min(m, n)``
        **1-based** row numbers as LAPACK returns them (row j was interchanged with row
        ``index[j]``; IDL's own example subtracts 1 before subscripting).

    Notes
    -----
    IDL Reference Guide, LA_LUDC (LAPACK ``sgetrf``/``dgetrf``/``cgetrf``/``zgetrf``).
    LUDC (:func:`compat.idl.ludc`, Numerical Recipes) pivots on row-scaled elements
    and returns 0-based indices: its factors differ. ``scipy.linalg.lu_factor`` gives
    the same factors with 0-based pivots, in double precision for float32 input only
    when asked. GDL 1.0.1 has no LA_LUDC.

    Examples
    --------
    IDL's LA_LUSOL documentation example (see :func:`la_lusol`):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[4, 16000, 17000], [2, 5, 8], [3, 6, 10]], dtype=np.int16)
    >>> r = idl.la_ludc(a)
    >>> r.index, r.array.dtype
    (array([1, 3, 3], dtype=int32), dtype('float32'))
    """
    a = _matrix(array, "Array", square=False)
    (m,) = _computed(double, a)
    lu, ipiv, info = core.lu_decompose(m)
    if info and not status:
        raise CompatValueError(f"Singular matrix encountered, STATUS={info}.")
    if status:
        return LaLudcResult(array=lu, index=ipiv, status=np.int32(info))
    return LaLudcResult(array=lu, index=ipiv)


@idl_routine("LA_LUSOL")
@_DOCS.fill
def la_lusol(a, index, b, *, double=False):
    """IDL's ``LA_LUSOL``: solve ``A X = B`` from :func:`la_ludc`'s factors by LAPACK's
    ``xGETRS``.

    IDL call form::

        Result = LA_LUSOL(A, Index, B [, /DOUBLE])  ->  idl.la_lusol(r.array, r.index, b)

    Parameters
    ----------
    a : array_like
        The n x n factors LA_LUDC returned (a non-square factorisation is refused, as
        IDL documents).
    index : array_like
        LA_LUDC's Index (1-based).
    b : array_like
        ``n`` values, or IDL's k-by-n array of ``k`` right-hand sides: numpy ``(n, k)``.
    {{double}}

    Returns
    -------
    ndarray
        ``(n,)`` or IDL's k-by-n (numpy ``(n, k)``) solutions.

    Examples
    --------
    IDL's documentation example (IDL prints ``-0.397355 -0.334742 0.321033``; the
    exact solution is ``-0.397432 -0.334865 0.321149``: FLOAT LAPACK on a system of
    condition 1e5):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[4, 16000, 17000], [2, 5, 8], [3, 6, 10]], dtype=np.int16)
    >>> r = idl.la_ludc(a)
    >>> idl.la_lusol(r.array, r.index, np.array([100.1, 0.1, 0.01], dtype=np.float32))
    array([-0.39735508, -0.3347424 ,  0.3210334 ], dtype=float32)
    """
    lu = _matrix(a, "A")
    n = lu.shape[0]
    piv = np.asarray(idl_array(index, "Index", complex_ok=False)).reshape(-1)
    if piv.size != n or piv.dtype.kind not in "iu":
        raise CompatValueError(f"Index must be LA_LUDC's integer vector of {n} elements.")
    if np.any((piv < 1) | (piv > n)):
        raise CompatValueError(f"Index must hold row numbers 1 to {n} (LAPACK's, as "
                               "LA_LUDC returns them).")
    lu, rhs = _system(double, lu, b)
    with np.errstate(all="ignore"):
        return core.lu_substitute(lu, piv, rhs)


# --------------------------------------------------------------- LA_CHOLDC, LA_CHOLSOL
class LaCholdcResult(Result):
    """``LA_CHOLDC, Array, STATUS=s``: the factored Array and the status."""

    array: object
    status: object


@idl_routine("LA_CHOLDC")
@_DOCS.fill
def la_choldc(array, *, double=False, status=False, upper=False):
    """IDL's ``LA_CHOLDC``: the Cholesky factorisation ``A = L L^T`` (``U^T U`` with
    /UPPER; ``L L^H``, ``U^H U`` for complex A) by LAPACK's ``xPOTRF``.

    IDL call forms::

        LA_CHOLDC, Array                   ->  c = idl.la_choldc(array)
        LA_CHOLDC, Array, /UPPER, STATUS=s ->  r = idl.la_choldc(array, upper=True,
                                                                 status=True)

    IDL overwrites Array; compat returns the new array (the caller's is unchanged), or
    ``LaCholdcResult(array, status)`` when STATUS is requested.

    Parameters
    ----------
    array : array_like
        n x n symmetric (Hermitian) positive-definite array; only its lower triangle
        as IDL prints it is read (upper with /UPPER).
    {{double}}
    status : bool
        Request STATUS: 0, or ``k > 0`` when the leading minor of order k is not
        positive definite (the factorisation stops there). Without it such an array
        raises "LA_CHOLDC: Array is not positive definite, STATUS=k.".
    upper : bool
        /UPPER: read and factor the upper triangle.

    Returns
    -------
    ndarray
        The factor L in the lower triangle (U in the upper with /UPPER); **the other
        triangle is left as it was** (LAPACK does not touch it; IDL's example zeroes
        it before using L).

    Notes
    -----
    IDL Reference Guide, LA_CHOLDC (``spotrf``/``dpotrf``/``cpotrf``/``zpotrf``).
    ``numpy.linalg.cholesky`` returns L with zeros above the diagonal, in double
    precision for float32 input it does not; CHOLDC (:func:`compat.idl.choldc`) writes
    L's diagonal to a separate vector. GDL 1.0.1 gives the same factor
    (Eigen's LLT).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> c = idl.la_choldc(np.array([[4.0, 2, 2], [2, 5, 1], [2, 1, 6]], dtype=np.float32))
    >>> c
    array([[2.      , 2.      , 2.      ],
           [1.      , 2.      , 1.      ],
           [1.      , 0.      , 2.236068]], dtype=float32)
    """
    a = _matrix(array, "Array")
    (m,) = _computed(double, a)
    c, info = core.cholesky(m, upper=upper)
    if info and not status:
        raise CompatValueError(f"Array is not positive definite, STATUS={info}.")
    if status:
        return LaCholdcResult(array=c, status=np.int32(info))
    return c


@idl_routine("LA_CHOLSOL")
@_DOCS.fill
def la_cholsol(a, b, *, double=False, upper=False):
    """IDL's ``LA_CHOLSOL``: solve ``A X = B`` from :func:`la_choldc`'s factor by
    LAPACK's ``xPOTRS``.

    IDL call form::

        Result = LA_CHOLSOL(A, B [, /DOUBLE] [, /UPPER])  ->  idl.la_cholsol(c, b)

    Parameters
    ----------
    a : array_like
        LA_CHOLDC's n x n factor (only its factor triangle is read).
    b : array_like
        ``n`` values, or IDL's k-by-n array of ``k`` right-hand sides: numpy ``(n, k)``.
    {{double}}
    upper : bool
        /UPPER: the factor is LA_CHOLDC's /UPPER one.

    Returns
    -------
    ndarray
        ``(n,)`` or numpy ``(n, k)`` solutions.

    Notes
    -----
    GDL 1.0.1's LA_CHOLSOL does not take /UPPER and returns the factor instead of the
    solution (recorded in the golden suite ``idl/lapack_solvers``).

    Examples
    --------
    IDL's documentation example (IDL prints ``-0.499999 -1.00000 0.500000``; the
    exact solution is ``-0.5 -1 0.5``):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[6.0, 15, 55], [15, 55, 225], [55, 225, 979]], dtype=np.float32)
    >>> x = idl.la_cholsol(idl.la_choldc(a), np.array([9.5, 50, 237], dtype=np.float32))
    >>> x.dtype, x.round(5)
    (dtype('float32'), array([-0.5, -1. ,  0.5], dtype=float32))
    """
    c, rhs = _system(double, _matrix(a, "A"), b)
    with np.errstate(all="ignore"):
        return core.cholesky_substitute(c, rhs, upper=upper)


# -------------------------------------------------------------------------- LA_SVD
class LaSvdResult(Result):
    """``LA_SVD, Array, W, U, V [, STATUS=s]``."""

    w: object
    u: object
    v: object
    status: object


@idl_routine("LA_SVD", output_arguments=("w", "u", "v"))
@_DOCS.fill
def la_svd(array, *, w=True, u=True, v=True, double=False, divide_conquer=False,
           status=False):
    """IDL's ``LA_SVD``: the singular value decomposition ``A = U diag(W) V^T`` (``V^H``
    for complex A) by LAPACK's ``xGESVD`` (``xGESDD`` with /DIVIDE_CONQUER).

    IDL call forms::

        LA_SVD, Array, W, U, V             ->  w, u, v = idl.la_svd(array)
        LA_SVD, Array, W, U, V, /DIVIDE_CONQUER, /DOUBLE, STATUS=s
                                           ->  idl.la_svd(array, divide_conquer=True,
                                                          double=True, status=True)

    Parameters
    ----------
    array : array_like
        IDL's n-column by m-row real or complex array: numpy ``(m, n)``.
    w, u, v : bool
        Accepted for the IDL arguments (always returned).
    {{double}}
    divide_conquer : bool
        /DIVIDE_CONQUER: LAPACK's divide-and-conquer driver (faster for large arrays;
        the same decomposition to rounding).
    status : bool
        Request STATUS: 0, or ``> 0`` when the iterations did not converge. Without it
        that raises "LA_SVD: The SVD did not converge, STATUS=i.".

    Returns
    -------
    LaSvdResult(w, u, v[, status])
        ``w``: the ``k = min(m, n)`` singular values in **descending** order (real,
        FLOAT or DOUBLE); ``u``: numpy ``(m, k)`` (IDL k columns, m rows), the left
        singular vectors in its columns; ``v``: numpy ``(n, k)``, so that ``array ==
        u @ diag(w) @ v.T`` (``v.conj().T`` for complex), IDL's ``U ## DIAG_MATRIX(W)
        ## TRANSPOSE(V)``.

    Notes
    -----
    IDL Reference Guide, LA_SVD (``sgesvd``/``sgesdd`` and their d/c/z versions),
    called on the array as IDL prints it. Each singular vector pair is determined only
    up to a common sign (a complex phase); compat's are LAPACK's for that array, which
    IDL's documentation does not print to compare. SVDC (:func:`compat.idl.svdc`,
    Numerical Recipes) leaves the singular values unsorted; ``numpy.linalg.svd``
    returns ``V^H`` and computes float32 input in single precision as here. GDL 1.0.1
    has no LA_SVD.

    Examples
    --------
    {{svdc_array}}
    >>> r = idl.la_svd(a)               # SVDC's documentation array
    >>> r.w.round(4)                    # descending (SVDC: 8.81973 2.65502 4.30598 6.84484)
    array([8.8197, 6.8448, 4.306 , 2.655 ], dtype=float32)
    >>> bool(np.allclose(r.u @ np.diag(r.w) @ r.v.T, a, atol=1e-5))
    True
    """
    a = _matrix(array, "Array", square=False)
    (m,) = _computed(double, a)
    ww, uu, vv, info = core.singular_values(m, divide_conquer=divide_conquer)
    if info and not status:
        raise CompatValueError(f"The SVD did not converge, STATUS={info}.")
    if status:
        return LaSvdResult(w=ww, u=uu, v=vv, status=np.int32(info))
    return LaSvdResult(w=ww, u=uu, v=vv)


# --------------------------------------------------------------- LA_LINEAR_EQUATION
class LaLinearEquationResult(Result):
    """LA_LINEAR_EQUATION's result and the output keywords requested."""

    result: object
    backward_error: object
    forward_error: object
    status: object


@idl_routine("LA_LINEAR_EQUATION")
@_DOCS.fill
def la_linear_equation(array, b, *, backward_error=False, double=False,
                       forward_error=False, status=False):
    """IDL's ``LA_LINEAR_EQUATION``: solve ``A X = B`` by LU decomposition with
    iterative refinement, and error bounds (LAPACK's ``xGETRF``, ``xGETRS``,
    ``xGERFS``).

    IDL call forms::

        Result = LA_LINEAR_EQUATION(Array, B)        ->  idl.la_linear_equation(a, b)
        Result = LA_LINEAR_EQUATION(Array, B, BACKWARD_ERROR=be, FORWARD_ERROR=fe,
                                    STATUS=s, /DOUBLE)
                 ->  r = idl.la_linear_equation(a, b, backward_error=True,
                                                forward_error=True, status=True)

    Parameters
    ----------
    array : array_like
        n x n real or complex array, as IDL prints it.
    b : array_like
        ``n`` values, or IDL's k-by-n array of ``k`` right-hand sides: numpy ``(n, k)``.
    backward_error, forward_error : bool
        Request BACKWARD_ERROR (the relative backward error of each solution: the
        smallest relative change to A and B it solves exactly) and FORWARD_ERROR (an
        error bound relative to the solution's largest element); a scalar for one
        right-hand side, one per column otherwise.
    {{double}}
    status : bool
        Request STATUS: 0, or ``i > 0`` when ``U[i-1, i-1]`` of the LU is exactly zero
        (the result is then NaN). Without it that raises "LA_LINEAR_EQUATION: Singular
        matrix encountered, STATUS=i.".

    Returns
    -------
    ndarray or LaLinearEquationResult
        ``(n,)`` or numpy ``(n, k)`` solutions, or the named tuple with the requested
        outputs.

    Notes
    -----
    IDL's la_linear_equation.pro factors with LA_LUDC, solves with LA_LUSOL and refines
    with LAPACK's ``xGERFS``; compat calls LAPACK's expert driver ``xGESVX`` without
    equilibration, which runs the same three routines. The refinement makes the FLOAT
    answer of an ill-conditioned system much closer to the exact one than
    :func:`la_lusol`'s (IDL's example below). ``numpy.linalg.solve`` does no refinement
    and gives no error bounds. GDL 1.0.1 has no LA_LINEAR_EQUATION.

    Examples
    --------
    IDL's documentation example (IDL prints ``-0.397432 -0.334865 0.321148``; exact:
    ``-0.397432 -0.334865 0.321149``):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[4, 16000, 17000], [2, 5, 8], [3, 6, 10]], dtype=np.int16)
    >>> x = idl.la_linear_equation(a, np.array([100.1, 0.1, 0.01], dtype=np.float32))
    >>> x.dtype, x.round(5)
    (dtype('float32'), array([-0.39743, -0.33486,  0.32115], dtype=float32))
    """
    m, rhs = _system(double, _matrix(array, "Array"), b)
    with np.errstate(all="ignore"):
        x, ferr, berr, info = core.refined_solve(m, rhs)
    if info:
        if not status:
            raise CompatValueError(f"Singular matrix encountered, STATUS={info}.")
        x = np.full(rhs.shape, np.nan, dtype=m.dtype)
        ferr = np.full(ferr.shape, np.nan, dtype=ferr.dtype)
        berr = np.full(berr.shape, np.nan, dtype=berr.dtype)
    scalar = rhs.ndim == 1
    return named_result(LaLinearEquationResult, x, requested(
        backward_error=(backward_error, berr[0] if scalar else berr),
        forward_error=(forward_error, ferr[0] if scalar else ferr),
        status=(status, lambda: np.int32(info))))


# ------------------------------------------------------------------------ LA_TRIRED
class LaTriredResult(Result):
    """``LA_TRIRED, Array, D, E``: the Q that replaces Array, and T's D and E."""

    array: object
    d: object
    e: object


@idl_routine("LA_TRIRED", output_arguments=("d", "e"))
def la_trired(array, *, d=True, e=True, double=None, upper=False):
    """IDL's ``LA_TRIRED``: reduce a symmetric (Hermitian) array to real tridiagonal form
    ``A = Q T Q^T`` (``Q T Q^H``) by LAPACK's ``xSYTRD``/``xHETRD`` and
    ``xORGTR``/``xUNGTR``.

    IDL call forms::

        LA_TRIRED, Array, D, E            ->  q, d, e = idl.la_trired(array)
        LA_TRIRED, Array, D, E, /UPPER, /DOUBLE
                                          ->  idl.la_trired(array, upper=True, double=True)

    IDL overwrites Array with Q; compat returns it as ``array`` (the caller's array is
    unchanged) with D and E: ``LaTriredResult(array, d, e)``.

    Parameters
    ----------
    array : array_like
        n x n real symmetric or complex Hermitian array (n >= 2); only its lower
        triangle as IDL prints it is read (the upper with /UPPER).
    d, e : bool
        Accepted for IDL's output arguments (always returned).
    double : bool, optional
        /DOUBLE: compute in and return double precision; ``DOUBLE=0`` (``False``):
        single precision; not given: double precision when Array is DOUBLE or DCOMPLEX
        (IDL's page).
    upper : bool
        /UPPER: read the upper triangle (the reduction then runs from the last column).

    Returns
    -------
    LaTriredResult(array, d, e)
        ``array``: Q, orthogonal (unitary for complex input), with ``A = Q T Q^H``,
        i.e. ``array @ T @ array.conj().T`` rebuilds the array; ``d``: T's n diagonal
        elements, ``e``: its n - 1 off-diagonal elements, both real (FLOAT or DOUBLE).
        The array LA_TRIQL takes to return eigenvectors.

    Raises
    ------
    ValueError
        Not a square array, n < 2 (E would have no element), non-finite elements.

    Notes
    -----
    IDL Reference Guide, LA_TRIRED (``ssytrd``/``sorgtr``, ``dsytrd``/``dorgtr``,
    ``chetrd``/``cungtr``, ``zhetrd``/``zungtr``), with the house's reading of the
    array as IDL prints it (as LA_CHOLDC): without /UPPER the reduction starts from the
    first column, so ``d[0] = A[0, 0]``. ``scipy.linalg.hessenberg`` of a symmetric
    array gives the same T up to the reflectors' signs but is a general (non-symmetric)
    reduction and ignores the triangle; TRIRED (:func:`compat.idl.trired`) is Numerical
    Recipes' ``tred2``, which reduces from the last column. GDL 1.0.1 ignores /UPPER
    and returns FLOAT with /DOUBLE for FLOAT input.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[3.0, 1, -4], [1, 3, -4], [-4, -4, 8]], dtype=np.float32)
    >>> q, d, e = idl.la_trired(a)
    >>> d                                   # d[0] = a[0, 0]: reduced from the first column
    array([3.       , 9.588235 , 1.4117632], dtype=float32)
    >>> e
    array([-4.1231055, -2.3529403], dtype=float32)
    >>> t = np.diag(d) + np.diag(e, 1) + np.diag(e, -1)
    >>> bool(np.allclose(q @ t @ q.T, a, atol=1e-5))
    True
    """
    a = _matrix(array, "Array")
    if a.shape[0] < 2:
        raise CompatValueError("Array must be at least 2 x 2 (compat's own check: E "
                               "has n - 1 elements)")
    if double is None:
        (m,) = _computed(False, a)
    else:
        kind = "complex" if a.dtype.kind == "c" else "real"
        dtype = {("real", True): np.float64, ("real", False): np.float32,
                 ("complex", True): np.complex128, ("complex", False): np.complex64}
        (m,) = _computed(False, a.astype(dtype[kind, bool(double)]))
    q, dd, ee, _ = core.hermitian_tridiagonal(m, upper=bool(upper))
    return LaTriredResult(array=q, d=dd, e=ee)
