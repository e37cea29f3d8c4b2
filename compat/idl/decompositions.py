"""IDL's matrix decompositions as IDL documents them, on Numerical Recipes: ``LUDC``/
``LUSOL``, ``CHOLDC``/``CHOLSOL``, ``SVDC``/``SVSOL``, ``EIGENQL``, and the
tridiagonal solver ``TRISOL``.

The legacy layer over :mod:`compat._core.numerical_recipes`. Arrays are in the layout
``scipy.io.readsav`` returns (numpy shape = IDL dimensions reversed), so IDL's
"row-major" matrices are numpy's ordinary matrices (row ``j`` of the printed array is
``a[j]``); ``/COLUMN`` takes their transposes.

IDL's procedures that overwrite their arguments (``LUDC, A, Index``; ``CHOLDC, A, P``)
return the new values instead: the caller's arrays are never modified.

The routines follow the Numerical Recipes algorithms IDL names (LUDC: ``ludcmp``, LUSOL:
``lubksb``, CHOLDC/CHOLSOL: ``choldc``/``cholsl``, SVDC/SVSOL: ``svdcmp``/``svbksb``,
EIGENQL: ``tred2``/``tqli``) step for step -- row-scaled pivoting in LUDC, SVDC's
unsorted singular values, EIGENQL's eigenvector signs -- which is where they differ from
LAPACK and from GDL. The other linear algebra: :mod:`compat.idl.linalg`.
"""

from __future__ import annotations

import numpy as np

from compat._core import numerical_recipes as nr
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl._matrices import MATRIX_DOCS as _DOCS
from compat.idl._matrices import float_matrix as _float_matrix
from compat.idl._matrices import vector as _vector

__all__ = ["ludc", "lusol", "choldc", "cholsol", "svdc", "svsol", "eigenql", "trisol"]


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
    m = _float_matrix(a, "A", double=double)
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
    m = _float_matrix(a, "A", double=double)
    n = m.shape[0]
    if column:
        m = np.ascontiguousarray(m.T)
    idx = np.asarray(idl_array(index, "Index", complex_ok=False)).reshape(-1)
    if idx.size != n or idx.dtype.kind not in "iu":
        raise CompatValueError(f"Index must be LUDC's integer vector of {n} elements")
    if np.any((idx < 0) | (idx >= n)):
        raise CompatValueError("Index holds a row outside the array")
    rhs = _vector(b, "B", n, m.dtype)
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
    m = _float_matrix(a, "A", double=double)
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
    m = _float_matrix(a, "A", double=double)
    n = m.shape[0]
    diag = _vector(p, "P", n, m.dtype)
    rhs = _vector(b, "B", n, m.dtype)
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
    {{svdc_array}}
    >>> idl.svdc(a).w                  # IDL documentation: 8.81973 2.65502 4.30598 6.84484
    array([8.81973  , 2.6550243, 4.305983 , 6.8448367], dtype=float32)
    """
    m = _float_matrix(a, "A", double=double, square=False)
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
    uu = _float_matrix(u, "U", double=double, square=False)
    vv = _float_matrix(v, "V", double=double)
    if column:
        uu, vv = np.ascontiguousarray(uu.T), np.ascontiguousarray(vv.T)
    n = vv.shape[0]
    if uu.shape[1] != n:
        raise CompatValueError(f"U must have {n} columns (V is {n} x {n})")
    ww = _vector(w, "W", n, uu.dtype)
    rhs = _vector(b, "B", uu.shape[0], uu.dtype)
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
    m = _float_matrix(a, "A", double=double)
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


# ------------------------------------------------------------------------- TRISOL
@idl_routine("TRISOL")
def trisol(a, b, c, r, *, double=False):
    """IDL's ``TRISOL``: solve a tridiagonal linear system (Numerical Recipes' ``tridag``).

    IDL call form::

        Result = TRISOL(A, B, C, R [, /DOUBLE])   ->  idl.trisol(a, b, c, r)

    Solves ``T u = r`` for the n x n tridiagonal ``T`` with ``T[j, j-1] = a[j]``,
    ``T[j, j] = b[j]`` and ``T[j, j+1] = c[j]`` (IDL writes it ``A^T U = R`` in its
    column-row subscripts).

    Parameters
    ----------
    a : array_like
        The n - 1 sub-diagonal elements; ``a[0]`` is ignored (n elements).
    b : array_like
        The n diagonal elements.
    c : array_like
        The n - 1 super-diagonal elements; ``c[n-1]`` is ignored (n elements).
    r : array_like
        The n-element right-hand side.
    double : bool
        /DOUBLE: compute and return DOUBLE.

    Returns
    -------
    numpy.ndarray
        The n-element solution, of A's type (IDL's page: "The result U is a vector of
        length n whose type is identical to A"): DOUBLE for DOUBLE A or /DOUBLE, else
        FLOAT, computed in that precision.

    Raises
    ------
    ValueError
        ``"TRISOL: Argument: B does not have correct size"`` (GDL 1.0.1's wording; also
        for C and R), ``"TRISOL: Error 1 in tridag"`` (``b[0] = 0``) and ``"TRISOL:
        Error 2 in tridag"`` (a zero pivot later: ``tridag`` does not pivot),
        Numerical Recipes' nrerror texts; non-finite input (compat's own check).
    TypeError
        For complex input (IDL's page: use LA_TRISOL).

    Notes
    -----
    ``tridag`` step for step (Press et al., *Numerical Recipes in C*, 2nd ed., section
    2.4, which IDL's page names): no pivoting, so a matrix needing it fails where
    ``scipy.linalg.solve_banded`` (LAPACK ``gtsv``, partial pivoting) succeeds, and the
    rounding follows the forward sweep and back substitution. GDL 1.0.1 returns FLOAT
    for DOUBLE A without /DOUBLE, and reports both nrerror cases as "Error 1 in tridag".

    Examples
    --------
    IDL's documentation example:

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.float32([0.0, 2.0, 2.0, 2.0])
    >>> b = np.float32([-4.0, -4.0, -4.0, -4.0])
    >>> c = np.float32([1.0, 1.0, 1.0, 0.0])
    >>> r = np.float32([6.0, -8.0, -5.0, 8.0])
    >>> u = idl.trisol(a, b, c, r)           # IDL prints -1.00000 2.00000 2.00000 -1.00000
    >>> u.round(5), u.dtype
    (array([-1.,  2.,  2., -1.], dtype=float32), dtype('float32'))
    """
    av = idl_array(a, "A", complex_ok=False).reshape(-1)
    dtype = np.dtype(np.float64 if (double or av.dtype == np.float64) else np.float32)
    n = av.size
    vectors = [av.astype(dtype)]
    for value, name in ((b, "B"), (c, "C"), (r, "R")):
        v = idl_array(value, name, complex_ok=False).reshape(-1)
        if v.size != n:
            raise CompatValueError(f"Argument: {name} does not have correct size")
        vectors.append(v.astype(dtype))
    if not all(np.isfinite(v).all() for v in vectors):
        raise CompatValueError("A, B, C and R must be finite (compat's own check)")
    try:
        return nr.tridag(*vectors)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
