"""IDL's eigensystem routines on Numerical Recipes and IDL's own library code:
``ELMHES``/``HQR`` (eigenvalues of a real nonsymmetric array), ``EIGENVEC`` (its
eigenvectors by inverse subspace iteration), ``TRIRED``/``TRIQL`` (Householder
tridiagonalisation and the QL method for a symmetric array) and ``CRAMER`` (Cramer's
rule).

The legacy layer over :mod:`compat._core.numerical_recipes` (NR's ``balanc``,
``elmhes``, ``hqr``, ``tred2``, ``tqli``) and :mod:`compat._core.idl_solvers`
(``eigenvec.pro``, ``cramer.pro``). Arrays are in the layout ``scipy.io.readsav``
returns (numpy shape = IDL dimensions reversed): row ``j`` of the printed array is
``a[j]``. IDL's procedures that overwrite their arguments (``TRIRED, A, D, E``;
``TRIQL, D, E, A``) return the new values instead; the caller's arrays are never
modified. EIGENQL (TRIRED and TRIQL in one call) and the LAPACK routines are in
:mod:`compat.idl.decompositions` and :mod:`compat.idl.lapack`.
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_solvers as solvers
from compat._core import numerical_recipes as nr
from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl._matrices import MATRIX_DOCS as _DOCS
from compat.idl._matrices import float_matrix as _float_matrix

__all__ = ["elmhes", "hqr", "eigenvec", "trired", "triql", "cramer"]


def _real_matrix(a, double, column):
    """A real square array in the working precision (the real part of a complex one),
    transposed for /COLUMN."""
    m = idl_array(a, "A", scalar_ok=False)
    if m.dtype.kind == "c":
        m = m.real
    m = _float_matrix(m, "A", double=double)
    if not np.all(np.isfinite(m)):
        raise CompatValueError("A must be finite")
    return np.ascontiguousarray(m.T) if column else m


# ---------------------------------------------------------------------- ELMHES, HQR
@idl_routine("ELMHES")
@_DOCS.fill
def elmhes(a, *, column=False, double=False, no_balance=False):
    """IDL's ``ELMHES``: reduce a real nonsymmetric array to upper Hessenberg form (NR's
    ``balanc`` then ``elmhes``), for :func:`hqr`.

    IDL call form::

        Result = ELMHES(A [, /COLUMN] [, /DOUBLE] [, /NO_BALANCE])
                                        ->  idl.elmhes(a, column=False, double=False,
                                                       no_balance=False)

    Parameters
    ----------
    a : array_like
        n x n real array (integers are FLOAT; of a complex array the real part is used).
    {{row_major}}
    {{double}}
    no_balance : bool
        /NO_BALANCE: skip the balancing (NR's ``balanc``: scaling rows and columns by
        powers of 2 so that their norms are comparable, which makes the eigenvalues
        less sensitive to rounding).

    Returns
    -------
    ndarray
        The upper Hessenberg array, with the eigenvalues of ``a``. As NR's ``elmhes``
        leaves them, the elements below the subdiagonal hold the elimination's
        multipliers, not zeros (IDL documents the routine as based on ``elmhes`` and
        says nothing of clearing them; :func:`hqr` ignores them): take
        ``numpy.triu(h, -1)`` for the Hessenberg matrix itself.

    Notes
    -----
    {{numerical_recipes}} (Sections 11.5, ``balanc`` and ``elmhes``.) Elimination with
    pivoting is not an orthogonal similarity: ``scipy.linalg.hessenberg`` (Householder
    reflections, LAPACK's ``gehrd``, IDL's LA_ELMHES) gives a different Hessenberg
    matrix with the same eigenvalues.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = idl.elmhes(np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 10]], dtype=np.float32))
    >>> np.triu(h, -1).round(4)
    array([[ 1.    ,  4.1429,  2.    ],
           [ 7.    , 14.5714,  8.    ],
           [ 0.    ,  0.5306,  0.4286]], dtype=float32)
    """
    m = _real_matrix(a, double, column)
    if not no_balance:
        m = nr.balance(m)
    h = nr.eliminate_hessenberg(m)
    return np.ascontiguousarray(h.T) if column else h


@idl_routine("HQR")
@_DOCS.fill
def hqr(a, *, column=False, double=False):
    """IDL's ``HQR``: all eigenvalues of an upper Hessenberg array (NR's ``hqr``, the
    shifted QR algorithm), usually ``hqr(elmhes(a))`` for a real nonsymmetric ``a``.

    IDL call form::

        Result = HQR(A [, /COLUMN] [, /DOUBLE])  ->  idl.hqr(a, column=False,
                                                             double=False)

    Parameters
    ----------
    a : array_like
        n x n upper Hessenberg array (only the upper triangle and the subdiagonal are
        read); of a complex array the real part is used, as IDL documents.
    {{row_major}}
    {{double}}

    Returns
    -------
    ndarray, complex
        The n eigenvalues, COMPLEX (DCOMPLEX with /DOUBLE or DOUBLE input), **in the
        order the algorithm finds them, not sorted**: deflation works from the last row
        up and each eigenvalue keeps its place; a complex-conjugate pair takes two
        neighbouring places, the one with the negative imaginary part first.

    Raises
    ------
    ValueError
        "HQR: Too many iterations in HQR." when an eigenvalue takes more than 30 QR
        iterations.

    Notes
    -----
    {{numerical_recipes}} (Section 11.6, ``hqr``.) ``numpy.linalg.eigvals`` (LAPACK
    ``geev``) returns the same eigenvalues in another order, and keeps a conjugate
    pair with the positive imaginary part first.

    Examples
    --------
    IDL's documentation example (IDL 5.1 prints ``( 0.26366255, -6.1925899)( 0.26366255,
    6.1925899) ( -4.9384492, 0.0000000)( 0.41112406, 0.0000000)``):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, -2, -4, 1], [0, -2, 3, 4], [2, -6, -1, 4], [3, -3, 1, -2]],
    ...              dtype=np.float32)
    >>> idl.hqr(idl.elmhes(a), double=True).round(8)
    array([ 0.26366255-6.19258995j,  0.26366255+6.19258995j,
           -4.93844915+0.j        ,  0.41112406+0.j        ])
    """
    m = _real_matrix(a, double, column)
    try:
        wr, wi = nr.hessenberg_qr(m)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    ctype = np.complex128 if m.dtype == np.float64 else np.complex64
    out = np.empty(wr.size, ctype)
    out.real, out.imag = wr, wi
    return out


# ------------------------------------------------------------------------- EIGENVEC
class EigenvecResult(Result):
    """``Result = EIGENVEC(A, Eval, RESIDUAL=residual)``."""

    result: np.ndarray
    residual: np.ndarray


@idl_routine("EIGENVEC")
def eigenvec(a, eval, *, double=False, itmax=4, residual=False):
    """IDL's ``EIGENVEC``: the eigenvectors of a real nonsymmetric array for given
    eigenvalues, by inverse subspace iteration (IDL's ``eigenvec.pro``).

    IDL call forms::

        Result = EIGENVEC(A, Eval)                    ->  idl.eigenvec(a, eval)
        Result = EIGENVEC(A, Eval, /DOUBLE, ITMAX=8, RESIDUAL=res)
                                  ->  r = idl.eigenvec(a, eval, double=True, itmax=8,
                                                       residual=True)

    Parameters
    ----------
    a : array_like
        n x n FLOAT or DOUBLE array (other types raise IDL's "Input array must be float
        or double.").
    eval : array_like
        The n eigenvalues, COMPLEX or DCOMPLEX (usually ``hqr(elmhes(a))``).
    double : bool
        /DOUBLE: work and return DCOMPLEX. Default: double precision when ``a`` is
        DOUBLE or ``eval`` DCOMPLEX, else single.
    itmax : int
        ITMAX: the number of inverse-iteration steps for each eigenvector (4).
    residual : bool
        Request RESIDUAL: row k is ``A x_k - lambda_k x_k``.

    Returns
    -------
    ndarray, complex
        numpy shape ``(n_eigenvalues, n)`` (IDL: n columns, one row per eigenvalue):
        row k is the unit-length eigenvector of ``eval[k]``; or
        ``EigenvecResult(result, residual)``.

    Notes
    -----
    The algorithm of IDL's ``eigenvec.pro``, step for step: for a real eigenvalue, LUDC
    of ``A - lambda I`` (Numerical Recipes' Crout LU with row-scaled pivoting; the
    subtraction is stored in A's own type) then ITMAX times ``x = LUSOL(..., b)``,
    ``b = x / sqrt(TOTAL(x^2))`` from ``b`` all ones of unit length; for a complex
    eigenvalue the same on the real 2n x 2n system ``[[Re, -Im], [Im, Re]]`` of
    ``A - lambda I``, whose halves are the real and imaginary parts. The eigenvector
    is therefore fixed up to nothing: its complex phase and sign come from this start
    vector (``numpy.linalg.eig`` scales its eigenvectors differently). Residuals are
    ``A ## x - lambda x`` in the result's precision.

    Examples
    --------
    IDL's documentation example (after scaling each eigenvector so that its first
    element is real, IDL prints ``( 0.54966, 0.00000) ( 0.18401, 0.00000) ( 0.58125,
    0.00000) (-0.57111, 0.00000)`` for the third eigenvalue):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, -2, -4, 1], [0, -2, 3, 4], [2, -6, -1, 4], [3, -3, 1, -2]],
    ...              dtype=np.float32)
    >>> ev = idl.hqr(idl.elmhes(a), double=True)
    >>> evec = idl.eigenvec(a, ev)
    >>> evec = evec * (abs(evec[:, :1]) / evec[:, :1])  # IDL: evec[*,i] *= ABS(...)/...
    >>> evec.dtype, evec[2].real.round(5)
    (dtype('complex128'), array([ 0.54966,  0.18401,  0.58125, -0.57111]))
    """
    m = idl_array(a, "A", scalar_ok=False)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise CompatValueError("Input array must be square.")
    if m.dtype not in (np.float32, np.float64):
        raise CompatValueError("Input array must be float or double.")
    values = idl_array(eval, "Eval")
    if values.dtype.kind != "c":
        raise CompatValueError("Eigenvalues must be complex or double-complex.")
    values = values.reshape(-1)
    if values.size != m.shape[0]:
        raise CompatValueError("Input array and eigenvalues are of incompatible size.")
    if isinstance(itmax, bool) or int(itmax) != itmax or itmax < 0:
        raise CompatValueError(f"ITMAX must be a non-negative integer, got {itmax!r}.")
    if not (np.all(np.isfinite(m)) and np.all(np.isfinite(values))):
        raise CompatValueError("A and Eval must be finite")
    work = np.float64 if (double or m.dtype == np.float64
                          or values.dtype == np.complex128) else np.float32
    try:
        vectors = solvers.inverse_subspace_iteration(m, values, int(itmax), work)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    if not residual:
        return vectors
    ctype = vectors.dtype
    with np.errstate(all="ignore"):
        res = vectors @ m.astype(ctype).T - values.astype(ctype)[:, None] * vectors
    return EigenvecResult(result=vectors, residual=np.ascontiguousarray(res, ctype))


# --------------------------------------------------------------------- TRIRED, TRIQL
class TriredResult(Result):
    """``TRIRED, A, D, E``: the orthogonal transformation (the new A), D and E."""

    a: np.ndarray
    d: np.ndarray
    e: np.ndarray


@idl_routine("TRIRED", output_arguments=("d", "e"))
@_DOCS.fill
def trired(a, *, d=True, e=True, double=False):
    """IDL's ``TRIRED``: Householder reduction of a real symmetric array to tridiagonal
    form (NR's ``tred2``), for :func:`triql`.

    IDL call form::

        TRIRED, A, D, E [, /DOUBLE]        ->  r = idl.trired(a); r.a, r.d, r.e

    IDL overwrites A with the orthogonal array Q of the transformation; compat returns
    it as ``a`` (the caller's array is unchanged), with D (the diagonal of the
    tridiagonal array) and E (its off-diagonal, ``E[0] = 0``).

    Parameters
    ----------
    a : array_like
        n x n real symmetric array.
    d, e : bool
        Accepted for the IDL arguments (always returned).
    {{double}}

    Returns
    -------
    TriredResult(a, d, e)
        ``a`` is Q in the layout :func:`triql` takes it: its *rows* are NR's columns of
        Q (``a @ A @ a.T`` is the tridiagonal array), so that ``triql(d, e, a)``
        returns the eigenvectors of A in its rows as IDL documents.

    Notes
    -----
    {{numerical_recipes}} (Section 11.2, ``tred2``.) IDL's TRIRED and TRIQL take no
    /COLUMN keyword: they run NR's code on IDL's own memory order, in which NR's
    matrix is the transpose of the printed array; that is why TRIQL's eigenvectors are
    rows of the printed array (IDL's documented example), and why compat returns Q
    transposed against NR's. ``scipy.linalg.hessenberg`` of a symmetric array
    (LAPACK's reflections, IDL's LA_TRIRED) gives another, equally valid reduction.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[3.0, 1, -4], [1, 3, -4], [-4, -4, 8]], dtype=np.float32)
    >>> r = idl.trired(a)                     # IDL documentation (TRIQL example)
    >>> r.d, r.e
    (array([2., 4., 8.], dtype=float32), array([0.      , 0.      , 5.656854], dtype=float32))
    """
    m = _float_matrix(a, "A", double=double)
    if not np.all(np.isfinite(m)):
        raise CompatValueError("A must be finite")
    dd, ee, q = nr.householder_tridiagonal(np.ascontiguousarray(m.T), vectors=True)
    return TriredResult(a=np.ascontiguousarray(q.T), d=dd, e=ee)


class TriqlResult(Result):
    """``TRIQL, D, E, A``: the eigenvalues (the new D) and eigenvectors (the new A)."""

    d: np.ndarray
    a: np.ndarray


@idl_routine("TRIQL")
@_DOCS.fill
def triql(d, e, a, *, double=False):
    """IDL's ``TRIQL``: eigenvalues and eigenvectors of a symmetric tridiagonal array by
    the QL algorithm with implicit shifts (NR's ``tqli``).

    IDL call form::

        TRIQL, D, E, A [, /DOUBLE]         ->  r = idl.triql(d, e, a); r.d, r.a

    IDL overwrites D with the eigenvalues, A with the eigenvectors (and destroys E);
    compat returns the new D and A.

    Parameters
    ----------
    d : array_like
        The n diagonal elements.
    e : array_like
        The n off-diagonal elements, ``e[0]`` arbitrary (TRIRED's E).
    a : array_like
        n x n: the identity for the eigenvectors of the tridiagonal array itself, or
        TRIRED's ``a`` for those of the array TRIRED reduced.
    {{double}}

    Returns
    -------
    TriqlResult(d, a)
        ``d``: the eigenvalues **unsorted**, in the order the QL iterations leave them;
        ``a``: row k (IDL ``A[*, k]``) is the eigenvector of ``d[k]``, with the signs
        the algorithm gives.

    Raises
    ------
    ValueError
        "TRIQL: Too many iterations in TQLI." after 30 iterations for one eigenvalue.

    Notes
    -----
    {{numerical_recipes}} (Section 11.3, ``tqli``.) ``scipy.linalg.eigh_tridiagonal``
    and ``numpy.linalg.eigh`` return sorted eigenvalues and eigenvectors in columns,
    with LAPACK's signs.

    Examples
    --------
    IDL's documentation example (IDL prints ``2.00000 4.76837e-07 12.0000`` -- the
    exact middle eigenvalue is 0 -- and the eigenvector rows ``0.707107 -0.707107
    0.00000``, ``-0.577350 -0.577350 -0.577350``, ``-0.408248 -0.408248 0.816497``):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[3.0, 1, -4], [1, 3, -4], [-4, -4, 8]], dtype=np.float32)
    >>> r = idl.trired(a)
    >>> q = idl.triql(r.d, r.e, r.a)
    >>> q.a.round(6)
    array([[ 0.707107, -0.707107,  0.      ],
           [-0.57735 , -0.57735 , -0.57735 ],
           [-0.408248, -0.408248,  0.816497]], dtype=float32)
    """
    dv = idl_array(d, "D", complex_ok=False).reshape(-1)
    ev = idl_array(e, "E", complex_ok=False).reshape(-1)
    am = idl_array(a, "A", complex_ok=False, scalar_ok=False)
    n = dv.size
    if ev.size != n:
        raise CompatValueError(f"E must have {n} elements (as D), got {ev.size}")
    if am.shape != (n, n):
        raise CompatValueError(f"A must be {n} x {n} (D has {n} elements), got "
                               f"dimensions {list(am.shape[::-1])}")
    dtype = float_type(promote(dv.dtype, ev.dtype, am.dtype), double)
    dv, ev = dv.astype(dtype), ev.astype(dtype)
    z = np.array(am.T, dtype=dtype, order="C")
    if not (np.all(np.isfinite(dv)) and np.all(np.isfinite(ev[1:]))
            and np.all(np.isfinite(z))):
        raise CompatValueError("D, E and A must be finite")
    ev[0] = 0
    try:
        values, vectors = nr.implicit_ql(dv, ev, z)
    except nr._NRError as error:
        raise CompatValueError(str(error)) from None
    return TriqlResult(d=values, a=np.ascontiguousarray(vectors.T))


# -------------------------------------------------------------------------- CRAMER
@idl_routine("CRAMER")
def cramer(a, b, *, double=False, zero=None):
    """IDL's ``CRAMER``: solve ``A x = b`` by Cramer's rule (IDL's ``cramer.pro``).

    IDL call form::

        Result = CRAMER(A, B [, /DOUBLE] [, ZERO=value])
                                        ->  idl.cramer(a, b, double=False, zero=None)

    Parameters
    ----------
    a : array_like
        n x n FLOAT or DOUBLE array, as IDL prints it (other types raise IDL's "Input
        array must be float or double.").
    b : array_like
        n-element right-hand side.
    double : bool
        /DOUBLE: compute and return DOUBLE. Default: DOUBLE when A or B is DOUBLE.
    zero : float, optional
        ZERO: a diagonal element of an LU factor smaller in magnitude than this makes a
        determinant 0 (default 1e-6 in single precision, 1e-12 in double).

    Returns
    -------
    ndarray
        The n-element solution, FLOAT or DOUBLE.

    Raises
    ------
    ValueError
        "CRAMER: Input array is singular." when DETERM(A, ZERO=zero, /CHECK) is 0;
        "CRAMER: Singular matrix." when a column-replaced array has a row of zeros
        (LUDC's error inside DETERM, which IDL's cramer.pro does not catch: a system
        whose solution has a zero component can fail this way, e.g. the identity with
        ``b = [1, 0]``).

    Notes
    -----
    ``x[k] = DETERM(A with column k replaced by B) / DETERM(A)``, each determinant
    the product of the diagonal of Numerical Recipes' Crout LU (IDL's DETERM). The
    rule costs n + 1 determinants and is far less accurate than an LU solve
    (``numpy.linalg.solve``) for ill-conditioned systems: compat reproduces IDL's
    numbers, not a better answer.

    Examples
    --------
    IDL's documentation example (IDL prints ``1.00000 -1.00000 2.00000``):

    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[2.0, 1, 1], [4, -6, 0], [-2, 7, 2]], dtype=np.float32)
    >>> x = idl.cramer(a, np.array([3.0, 10, -5], dtype=np.float32))
    >>> x.dtype, x.round(5)
    (dtype('float32'), array([ 1., -1.,  2.], dtype=float32))
    """
    m = idl_array(a, "A", scalar_ok=False)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise CompatValueError("Input array must be square.")
    if m.dtype not in (np.float32, np.float64):
        raise CompatValueError("Input array must be float or double.")
    rhs = idl_array(b, "B", complex_ok=False).reshape(-1)
    n = m.shape[0]
    if rhs.size != n:
        raise CompatValueError(f"B must have {n} elements (the rows of A), got "
                               f"{rhs.size}")
    dtype = np.dtype(np.float64 if (double or m.dtype == np.float64
                                    or rhs.dtype == np.float64) else np.float32)
    if zero is None:
        limit = 1e-12 if dtype == np.float64 else 1e-6
    else:
        limit = float(idl_array(zero, "ZERO", complex_ok=False, scalar=True))
    if not (np.all(np.isfinite(m)) and np.all(np.isfinite(rhs))):
        raise CompatValueError("A and B must be finite")
    try:
        return solvers.cramer_solve(m, rhs, limit, dtype)
    except solvers._SingularSystem as error:
        raise CompatValueError(str(error)) from None
