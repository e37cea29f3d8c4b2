"""Dense linear algebra in the legacy programs' operation order: the core.

The legacy layers (``compat.matlab.linalg``, ``compat.idl.linalg``) parse the legacy
argument grammar and call the functions here, which take 2-D float or complex arrays
(already of the result class) and return plain arrays and small report objects; they know
no legacy names and emit no warnings.

**Operation order.** MATLAB and Octave factor with LAPACK. LAPACK's reference
implementation (what Octave runs on a reference BLAS) computes every LU element as
``a - l*u`` in a fixed order with separately rounded products; an optimised BLAS such as
the OpenBLAS numpy ships fuses those into FMA instructions and blocks them differently,
which changes the last bits -- and on a singular or nearly singular system (MATLAB's own
``magic(4)\\b`` example) changes the answer visibly. Up to :data:`REFERENCE_ORDER_LIMIT`
rows the LU factorisation and the triangular substitutions here therefore run in the
reference order with numpy's separately rounded operations (no zero-skipping, so a zero
pivot gives MATLAB's ``Inf``/``NaN``); they then agree with Octave bit for bit. Larger
systems use LAPACK through scipy (same algorithm, the last bits may differ).

Sources: LAPACK 3.x reference routines (``xGETRF2``, ``xGETRS``, ``xTRSM``, ``xGEQP3``,
``xGECON``); MATLAB documentation of ``mldivide`` (algorithm flowchart, warnings,
rank-deficient least squares), ``inv``, ``det``, ``pinv``, ``rank``, ``null``, ``orth``,
``norm``, ``cond``, ``rcond``; MathWorks staff on the triangular-solver warning heuristic
(MATLAB Answers 2092546: "a heuristic based on the diagonal values of A is used").
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg
import scipy.linalg.lapack as lapack

__all__ = ["REFERENCE_ORDER_LIMIT", "LUFactors", "SolveReport", "lu_factor", "lu_solve",
           "triangular_solve", "structured_solve", "basic_lstsq", "inverse",
           "determinant", "lu_rcond", "one_norm", "eps_of", "svd_values", "svd_full",
           "pivoted_qr", "is_hermitian", "triangular_rcond_heuristic"]

#: systems with at most this many rows factor and substitute in LAPACK's reference order
REFERENCE_ORDER_LIMIT = 256


def eps_of(dtype) -> float:
    """Machine epsilon of a float or complex dtype (of its real part)."""
    return float(np.finfo(np.dtype(dtype)).eps)


def _lapack(name: str, *arrays):
    return lapack.get_lapack_funcs((name,), arrays)[0]


# --------------------------------------------------------------------------- LU
@dataclass(frozen=True)
class LUFactors:
    """``P*A = L*U`` packed as LAPACK packs it.

    ``lu`` holds ``U`` on and above the diagonal and the unit-lower ``L`` below;
    ``piv[k]`` is the row swapped with row ``k`` at step ``k`` (0-based, LAPACK's IPIV);
    ``perm`` is the resulting row order (``A[perm] == L @ U``); ``info`` is 0, or the
    1-based index of the first exactly zero pivot (LAPACK's INFO > 0).
    """

    lu: np.ndarray
    piv: np.ndarray
    perm: np.ndarray
    info: int


def _pivot(column: np.ndarray) -> int:
    """LAPACK's IxAMAX: the first largest |x| (|re|+|im| for complex); NaN never wins
    unless it comes first."""
    if column.dtype.kind == "c":
        size = np.abs(column.real) + np.abs(column.imag)
    else:
        size = np.abs(column)
    if size.size == 0:
        return 0
    best = int(size.argmax())          # numpy's argmax stops at the first NaN
    if size[best] == size[best]:
        return best
    if size[0] != size[0]:
        return 0
    with np.errstate(invalid="ignore"):
        return int(np.where(np.isnan(size), -np.inf, size).argmax())


def _perm_from_piv(piv: np.ndarray, m: int) -> np.ndarray:
    perm = np.arange(m)
    for k, p in enumerate(piv):
        if p != k:
            perm[[k, p]] = perm[[p, k]]
    return perm


def lu_factor(a: np.ndarray, *, reference: bool | None = None) -> LUFactors:
    """LU factorisation with partial pivoting of an ``m x n`` matrix (a copy is factored).

    ``reference`` (default: ``max(m, n) <= REFERENCE_ORDER_LIMIT``) selects the
    reference operation order of LAPACK's xGETRF2: the pivot is the first largest
    magnitude, the column below it is multiplied by the pivot's reciprocal (divided when
    the pivot is below the underflow threshold), and the trailing matrix is updated as
    ``a - l*u`` element by element, step by step.
    """
    a = np.array(a, order="C", copy=True)
    m, n = a.shape
    if reference is None:
        reference = max(m, n) <= REFERENCE_ORDER_LIMIT
    if not reference and m and n:
        getrf = _lapack("getrf", a)
        lu, piv, info = getrf(a, overwrite_a=True)
        piv = np.asarray(piv, dtype=np.intp)
        return LUFactors(np.ascontiguousarray(lu), piv, _perm_from_piv(piv, m), int(info))
    steps = min(m, n)
    piv = np.zeros(steps, dtype=np.intp)
    info = 0
    tiny = np.finfo(a.dtype).tiny
    one = a.dtype.type(1)
    work = np.empty((max(m - 1, 0), max(n - 1, 0)), a.dtype)   # the products l*u
    with np.errstate(all="ignore"):
        for k in range(steps):
            p = k + _pivot(a[k:, k])
            piv[k] = p
            pivot = a[p, k]
            if pivot != 0:
                if p != k:
                    a[[k, p]] = a[[p, k]]
                if abs(pivot) >= tiny:
                    a[k + 1:, k] *= one / pivot
                else:
                    a[k + 1:, k] /= pivot
            elif info == 0:
                info = k + 1
            if k + 1 < m and k + 1 < n:
                products = work[: m - k - 1, : n - k - 1]
                np.multiply.outer(a[k + 1:, k], a[k, k + 1:], out=products)
                a[k + 1:, k + 1:] -= products
    return LUFactors(a, piv, _perm_from_piv(piv, m), info)


def triangular_solve(t: np.ndarray, b: np.ndarray, *, lower: bool, unit: bool = False,
                     reference: bool | None = None) -> np.ndarray:
    """Solve ``T x = b`` for triangular ``T`` (``b`` is ``n x k``; a new array is returned).

    Reference order (LAPACK's xTRSM, column oriented: ``x_j = b_j / t_jj``, then
    ``b_i - x_j*t_ij`` for the remaining rows), without LAPACK's skipping of zero
    entries, so a zero diagonal gives ``Inf``/``NaN`` as in MATLAB.
    """
    n = t.shape[0]
    x = np.array(b, dtype=np.result_type(t, b), order="C", copy=True)
    if n == 0 or x.size == 0:
        return x
    if reference is None:
        reference = n <= REFERENCE_ORDER_LIMIT
    if not reference:
        with np.errstate(all="ignore"):
            return scipy.linalg.solve_triangular(t, x, lower=lower, unit_diagonal=unit,
                                                 check_finite=False)
    with np.errstate(all="ignore"):
        order = range(n) if lower else range(n - 1, -1, -1)
        for j in order:
            if not unit:
                x[j] /= t[j, j]
            rest = slice(j + 1, n) if lower else slice(0, j)
            if (lower and j + 1 < n) or (not lower and j > 0):
                x[rest] -= np.multiply.outer(t[rest, j], x[j])
    return x


def lu_solve(factors: LUFactors, b: np.ndarray) -> np.ndarray:
    """``A x = b`` from the LU factors (xGETRS: row swaps, unit-lower, then upper)."""
    lu = factors.lu
    x = np.array(b, dtype=np.result_type(lu, b), copy=True)
    x = x[factors.perm]
    n = lu.shape[0]
    reference = n <= REFERENCE_ORDER_LIMIT
    x = triangular_solve(lu, x, lower=True, unit=True, reference=reference)
    return triangular_solve(lu, x, lower=False, reference=reference)


def one_norm(a: np.ndarray) -> float:
    """The matrix 1-norm (largest column sum of magnitudes), NaN if any entry is NaN."""
    if a.size == 0:
        return 0.0
    sums = np.abs(a).sum(axis=0)
    if np.isnan(sums).any():
        return float("nan")
    return float(sums.max())


def lu_rcond(factors: LUFactors, anorm: float) -> float:
    """LAPACK xGECON's estimate of the reciprocal 1-norm condition number."""
    lu = factors.lu
    n = lu.shape[0]
    if n == 0:
        return float("inf")
    if np.isnan(anorm) or not np.all(np.isfinite(lu)):
        return float("nan")
    if factors.info or anorm == 0:
        return 0.0
    if np.isinf(anorm):
        return 0.0
    gecon = _lapack("gecon", lu)
    rcond, info = gecon(np.asfortranarray(lu), anorm, norm="1")
    return float(rcond)


def triangular_rcond_heuristic(diagonal: np.ndarray) -> float:
    """MATLAB's triangular-solver check: min |t_ii| / max |t_ii| (NaN when any is NaN)."""
    if diagonal.size == 0:
        return float("inf")
    size = np.abs(diagonal)
    if np.isnan(size).any():
        return float("nan")
    largest = size.max()
    if largest == 0:
        return 0.0
    with np.errstate(all="ignore"):
        return float(size.min() / largest)


# ----------------------------------------------------------------- structure
def is_hermitian(a: np.ndarray) -> bool:
    """Exactly Hermitian (symmetric for real data), as MATLAB's ``ishermitian``."""
    return a.shape[0] == a.shape[1] and np.array_equal(a, a.conj().T)


def _is_upper(a):
    return not np.any(np.tril(a, -1))


def _is_lower(a):
    return not np.any(np.triu(a, 1))


def _permuted_triangular(a: np.ndarray):
    """``(perm, lower)`` when a row permutation makes ``a`` triangular, else None."""
    n = a.shape[0]
    nonzero = a != 0
    any_row = nonzero.any(axis=1)
    first = np.where(any_row, nonzero.argmax(axis=1), n)
    order = np.argsort(first, kind="stable")
    if np.all(first[order] >= np.arange(n)):
        return order, False
    last = np.where(any_row, n - 1 - nonzero[:, ::-1].argmax(axis=1), -1)
    order = np.argsort(last, kind="stable")
    if np.all(last[order] <= np.arange(n)):
        return order, True
    return None


@dataclass(frozen=True)
class SolveReport:
    """What a solver found out about the matrix (the legacy layer turns it into warnings).

    ``solver``: ``'scalar'``, ``'diagonal'``, ``'upper'``, ``'lower'``,
    ``'permuted upper'``, ``'permuted lower'``, ``'cholesky'``, ``'ldl'``, ``'lu'``,
    ``'qr'`` or ``'empty'``. ``singular``: an exactly zero pivot (or a NaN condition
    estimate); ``rcond``: the reciprocal condition estimate (square systems);
    ``rank``/``tol``: the rank found by the pivoted QR (rectangular systems) and the
    tolerance it used; ``rank_deficient`` when ``rank < min(m, n)``.
    """

    solver: str
    rcond: float = float("inf")
    singular: bool = False
    rank: int | None = None
    tol: float | None = None
    rank_deficient: bool = False

    def nearly_singular(self, eps: float) -> bool:
        """MATLAB's "close to singular" condition: 0 < rcond < eps (not singular)."""
        return not self.singular and self.rcond < eps


def _square_report(solver, rcond, zero_pivot=False):
    singular = bool(zero_pivot) or rcond == 0 or np.isnan(rcond)
    return SolveReport(solver, rcond=float(rcond), singular=singular)


def _triangular(a, b, lower, solver):
    x = triangular_solve(a, b, lower=lower)
    return x, _square_report(solver, triangular_rcond_heuristic(np.diagonal(a)))


def _cholesky_solve(a, b):
    potrf = _lapack("potrf", a)
    r, info = potrf(np.asfortranarray(a), lower=False, clean=True)
    if info != 0:
        return None
    potrs = _lapack("potrs", r)
    x, info = potrs(r, np.asfortranarray(b), lower=False)
    anorm = one_norm(a)
    pocon = _lapack("pocon", r)
    rcond, info = pocon(r, anorm, uplo="U")
    return x, _square_report("cholesky", rcond)


def _ldl_solve(a, b):
    kind = "hetrf" if a.dtype.kind == "c" else "sytrf"
    trf = _lapack(kind, a)
    ldu, ipiv, info = trf(np.asfortranarray(a), lower=True)
    if info > 0:  # an exactly zero diagonal block: singular, solve anyway as MATLAB
        return None
    trs = _lapack("hetrs" if kind == "hetrf" else "sytrs", ldu)
    x, info = trs(ldu, ipiv, np.asfortranarray(b), lower=True)
    con = _lapack("hecon" if kind == "hetrf" else "sycon", ldu)
    rcond, info = con(ldu, ipiv, one_norm(a), lower=True)
    return x, _square_report("ldl", rcond)


def structured_solve(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, SolveReport]:
    """Solve ``A x = B`` choosing the solver from A's structure, as MATLAB's backslash.

    ``a`` (``m x n``) and ``b`` (``m x k``) are 2-D, already of the result dtype.
    Square A: diagonal (elementwise division), upper or lower triangular (substitution),
    a row permutation of a triangular matrix, Hermitian with a real positive diagonal
    (Cholesky; LDL' when Cholesky fails), other Hermitian (LDL'), anything else LU with
    partial pivoting; triangular systems are judged by MATLAB's heuristic
    ``min|t_ii|/max|t_ii|``, the others by LAPACK's condition estimate. Rectangular A:
    :func:`basic_lstsq`.
    """
    m, n = a.shape
    k = b.shape[1]
    dtype = np.result_type(a, b)
    a = a.astype(dtype, copy=False)
    b = b.astype(dtype, copy=False)
    if m == 0 or n == 0:
        return np.zeros((n, k), dtype), SolveReport("empty")
    if m != n:
        x, rank, tol = basic_lstsq(a, b)
        return x, SolveReport("qr", rank=rank, tol=tol, rank_deficient=rank < min(m, n))
    upper, lower = _is_upper(a), _is_lower(a)
    if upper and lower:
        d = np.diagonal(a)
        with np.errstate(all="ignore"):
            x = b / d[:, None]
        return x, _square_report("diagonal", triangular_rcond_heuristic(d))
    if upper:
        return _triangular(a, b, False, "upper")
    if lower:
        return _triangular(a, b, True, "lower")
    permuted = _permuted_triangular(a)
    if permuted is not None:
        order, low = permuted
        t = a[order]
        x = triangular_solve(t, b[order], lower=low)
        return x, _square_report("permuted lower" if low else "permuted upper",
                                 triangular_rcond_heuristic(np.diagonal(t)))
    if np.all(np.isfinite(a)) and is_hermitian(a):
        d = np.diagonal(a)
        if np.all(d.real > 0) and (a.dtype.kind != "c" or np.all(d.imag == 0)):
            done = _cholesky_solve(a, b)
            if done is not None:
                return done
        done = _ldl_solve(a, b)
        if done is not None:
            return done
    factors = lu_factor(a)
    with np.errstate(all="ignore"):
        x = lu_solve(factors, b)
    rcond = lu_rcond(factors, one_norm(a))
    return x, _square_report("lu", rcond, factors.info > 0)


# ---------------------------------------------------------------- least squares
def pivoted_qr(a: np.ndarray):
    """Householder QR with column pivoting (LAPACK xGEQP3): ``(qr, tau, jpvt)``,
    ``jpvt`` 0-based (``A[:, jpvt] = Q R``)."""
    geqp3 = _lapack("geqp3", a)
    m, n = a.shape
    qr, jpvt, tau, work, info = geqp3(np.asfortranarray(a))
    return qr, tau, np.asarray(jpvt, dtype=np.intp) - 1


def _apply_qt(qr, tau, b):
    """``Q' b`` (``Q^H b``) from the packed reflectors."""
    if b.size == 0 or tau.size == 0:
        return np.array(b, copy=True)
    qr = np.asfortranarray(qr[:, :tau.size])
    if qr.dtype.kind == "c":
        unmqr = _lapack("unmqr", qr)
        lwork = max(1, b.shape[1]) * 64
        c, work, info = unmqr("L", "C", qr, tau, np.asfortranarray(b), lwork)
    else:
        ormqr = _lapack("ormqr", qr)
        lwork = max(1, b.shape[1]) * 64
        c, work, info = ormqr("L", "T", qr, tau, np.asfortranarray(b), lwork)
    return np.ascontiguousarray(c)


def basic_lstsq(a: np.ndarray, b: np.ndarray):
    """MATLAB's least-squares solution of a rectangular system: ``(x, rank, tol)``.

    Column-pivoted QR ``A E = Q R``; the rank ``r`` is the number of leading
    ``|R(i,i)| > tol`` with ``tol = max(m, n) * eps * |R(1,1)|``; the solution is the
    *basic* one, ``x(E(1:r)) = R(1:r,1:r) \\ (Q(:,1:r)' * b)`` and zeros elsewhere, with
    at most ``r`` nonzeros per column (numpy's ``lstsq`` gives the minimum-norm one).
    """
    m, n = a.shape
    k = b.shape[1]
    dtype = np.result_type(a, b)
    x = np.zeros((n, k), dtype)
    if m == 0 or n == 0:
        return x, 0, 0.0
    if not np.all(np.isfinite(a)):
        x[...] = np.nan
        return x, 0, float("nan")
    qr, tau, jpvt = pivoted_qr(a.astype(dtype))
    diagonal = np.abs(np.diagonal(qr))
    tol = max(m, n) * eps_of(dtype) * float(diagonal[0])
    big = diagonal > tol
    rank = int(np.argmin(big)) if not big.all() else int(big.size)
    if rank == 0:
        return x, 0, tol
    c = _apply_qt(qr, tau, b.astype(dtype))
    r = np.triu(qr[:rank, :rank])
    with np.errstate(all="ignore"):
        x[jpvt[:rank]] = triangular_solve(r, c[:rank], lower=False)
    return x, rank, tol


# ------------------------------------------------------------ inverse, determinant
def inverse(a: np.ndarray) -> tuple[np.ndarray, SolveReport]:
    """Inverse by LU (LAPACK xGETRI on the factors); an exactly singular matrix gives
    an all-``Inf`` matrix, as MATLAB's ``inv``. The report carries the condition
    estimate."""
    n = a.shape[0]
    if n == 0:
        return np.zeros((0, 0), a.dtype), SolveReport("empty")
    factors = lu_factor(a)
    rcond = lu_rcond(factors, one_norm(a))
    if factors.info > 0:
        return np.full((n, n), np.inf, a.dtype), _square_report("lu", rcond, True)
    getri = _lapack("getri", factors.lu)
    ipiv = factors.piv.astype(np.int32)
    inv, info = getri(np.asfortranarray(factors.lu), ipiv)
    return np.ascontiguousarray(inv), _square_report("lu", rcond)


def determinant(a: np.ndarray):
    """Determinant from the LU factors: the product of U's diagonal in order, negated at
    every row interchange (MATLAB's ``det``)."""
    n = a.shape[0]
    if n == 0:
        return a.dtype.type(1)
    factors = lu_factor(a)
    d = a.dtype.type(1)
    diagonal = np.diagonal(factors.lu)
    with np.errstate(all="ignore"):
        for k in range(n):
            d = d * diagonal[k]
            if factors.piv[k] != k:
                d = -d
    return d


# ------------------------------------------------------------------------- SVD
def svd_values(a: np.ndarray) -> np.ndarray:
    """Singular values, descending (LAPACK xGESVD without vectors)."""
    if a.size == 0:
        return np.zeros(0, np.finfo(a.dtype).dtype)
    gesvd = _lapack("gesvd", a)
    u, s, vt, info = gesvd(np.asfortranarray(a), compute_uv=False)
    return s


def svd_full(a: np.ndarray, *, economy: bool = False):
    """``(U, s, Vh)`` by LAPACK xGESVD (the driver Octave uses): full, or the economy
    form (``k = min(m, n)`` columns)."""
    m, n = a.shape
    real = np.finfo(a.dtype).dtype
    if a.size == 0:
        k = min(m, n)
        u = np.eye(m, k if economy else m, dtype=a.dtype)
        vh = np.eye(k if economy else n, n, dtype=a.dtype)
        return u, np.zeros(0, real), vh
    gesvd = _lapack("gesvd", a)
    u, s, vt, info = gesvd(np.asfortranarray(a), compute_uv=True,
                           full_matrices=not economy)
    if info > 0:
        raise np.linalg.LinAlgError("SVD did not converge")
    return np.ascontiguousarray(u), s, np.ascontiguousarray(vt)


# ---------------------------------------------------------------------------------------
# Numerical Recipes algorithms (the ones IDL's LUDC, LUSOL, CHOLDC, CHOLSOL, SVDC, SVSOL,
# TRIRED, TRIQL and EIGENQL are documented to be based on: Press et al., Numerical Recipes
# in C, 2nd ed., sections 2.3, 2.6, 2.9, 11.2, 11.3). Arrays are row-major matrices
# (``a[i, j]`` is row i), which is numpy's readsav layout of an IDL array; they are
# computed in the dtype given (float32 for IDL FLOAT, as IDL does without /DOUBLE).
# ---------------------------------------------------------------------------------------
class _NRError(ValueError):
    """An error the Numerical Recipes routine reports (nrerror); message as IDL's.
    Private: the legacy layer catches it and raises its routine's error, so it never
    reaches a caller."""


def crout_lu(a: np.ndarray):
    """Crout's LU with implicit (row-scaled) partial pivoting, NR's ``ludcmp``.

    Returns ``(lu, index, parity)``: the packed LU of a row permutation of ``a``
    (unit-diagonal L below, U on and above the diagonal), the row swapped into place at
    each step (``index[j]`` = NR's ``indx[j]``, 0-based) and +1/-1 for an even/odd number
    of interchanges. The pivot of column j is the row maximising ``|a_ij| / max_k
    |a_ik|`` (the *last* such row among ties, NR's ``>=``); an exactly zero pivot is
    replaced by 1e-20 (NR's TINY). A row of zeros raises :class:`_NRError` ("Singular
    matrix"). Inner products are computed by numpy (the summation order of IDL's C loops
    is not reproduced bit for bit).
    """
    a = np.array(a, copy=True)
    n = a.shape[0]
    dtype = a.dtype
    big = np.abs(a).max(axis=1) if n else np.zeros(0)
    if np.any(big == 0):
        raise _NRError("Singular matrix.")
    with np.errstate(all="ignore"):
        scale = (dtype.type(1) / big.astype(dtype)).real.astype(np.finfo(dtype).dtype)
    index = np.zeros(n, dtype=np.intp)
    parity = 1
    tiny = dtype.type(1e-20)
    with np.errstate(all="ignore"):
        for j in range(n):
            for i in range(1, j):
                a[i, j] -= np.dot(a[i, :i], a[:i, j])
            if j:
                a[j:, j] -= a[j:, :j] @ a[:j, j]
            merit = scale[j:] * np.abs(a[j:, j])
            # the last maximum (NR keeps a later row when dum >= big)
            imax = j + (merit.size - 1 - int(np.argmax(merit[::-1])))
            if np.isnan(merit).all():
                imax = j
            if imax != j:
                a[[imax, j]] = a[[j, imax]]
                parity = -parity
                scale[imax] = scale[j]
            index[j] = imax
            if a[j, j] == 0:
                a[j, j] = tiny
            if j != n - 1:
                a[j + 1:, j] *= dtype.type(1) / a[j, j]
    return a, index, parity


def crout_solve(lu: np.ndarray, index: np.ndarray, b: np.ndarray) -> np.ndarray:
    """NR's ``lubksb``: forward (with the row interchanges of ``index``) and back
    substitution; ``b`` is a vector."""
    n = lu.shape[0]
    x = np.array(b, dtype=np.result_type(lu, b), copy=True)
    first = -1
    with np.errstate(all="ignore"):
        for i in range(n):
            ip = index[i]
            total = x[ip]
            x[ip] = x[i]
            if first >= 0:
                total = total - np.dot(lu[i, first:i], x[first:i])
            elif total != 0:
                first = i
            x[i] = total
        for i in range(n - 1, -1, -1):
            total = x[i] - np.dot(lu[i, i + 1:], x[i + 1:])
            x[i] = total / lu[i, i]
    return x


def nr_cholesky(a: np.ndarray):
    """NR's ``choldc``: the Cholesky factor L of a symmetric positive-definite ``a``,
    returned as ``(a', p)`` -- ``a'`` is ``a`` with L's off-diagonal part written below
    the diagonal (the upper triangle, which the algorithm reads, is left as it was) and
    ``p`` holds L's diagonal. A non-positive pivot raises :class:`_NRError`."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    p = np.zeros(n, a.dtype)
    with np.errstate(all="ignore"):
        for i in range(n):
            row = a[i, i:] - a[i:, :i] @ a[i, :i]
            if not row[0] > 0:
                raise _NRError("Array is not positive definite.")
            p[i] = np.sqrt(row[0])
            a[i + 1:, i] = row[1:] / p[i]
    return a, p


def nr_cholesky_solve(a: np.ndarray, p: np.ndarray, b: np.ndarray) -> np.ndarray:
    """NR's ``cholsl``: solve ``A x = b`` from :func:`nr_cholesky`'s output."""
    n = a.shape[0]
    x = np.array(b, dtype=np.result_type(a, b), copy=True)
    with np.errstate(all="ignore"):
        for i in range(n):
            x[i] = (x[i] - np.dot(a[i, :i], x[:i])) / p[i]
        for i in range(n - 1, -1, -1):
            x[i] = (x[i] - np.dot(a[i + 1:, i], x[i + 1:])) / p[i]
    return x


def _pythag(a, b):
    absa, absb = abs(a), abs(b)
    if absa > absb:
        return absa * np.sqrt(1 + (absb / absa) ** 2)
    return absb * 0 if absb == 0 else absb * np.sqrt(1 + (absa / absb) ** 2)


def _sign(a, b):
    return abs(a) if b >= 0 else -abs(a)


def golub_reinsch_svd(a: np.ndarray, itmax: int = 30):
    """NR's ``svdcmp``: ``a (m x n) = U diag(w) V'`` by Householder bidiagonalisation and
    implicitly shifted QR (Golub-Reinsch). Returns ``(u, w, v)`` with ``u`` ``m x n``,
    ``w`` the ``n`` singular values **in the order the algorithm leaves them** (not
    sorted, as IDL's SVDC), ``v`` ``n x n``. More than ``itmax`` sweeps for one value
    raise :class:`_NRError`."""
    a = np.array(a, copy=True)
    m, n = a.shape
    t = a.dtype.type
    w = np.zeros(n, a.dtype)
    v = np.zeros((n, n), a.dtype)
    rv1 = np.zeros(n, a.dtype)
    g = scale = anorm = t(0)
    with np.errstate(all="ignore"):
        for i in range(n):
            l = i + 1
            rv1[i] = scale * g
            g = s = scale = t(0)
            if i < m:
                scale = np.abs(a[i:, i]).sum(dtype=a.dtype)
                if scale:
                    a[i:, i] /= scale
                    s = np.dot(a[i:, i], a[i:, i])
                    f = a[i, i]
                    g = -_sign(np.sqrt(s), f)
                    h = f * g - s
                    a[i, i] = f - g
                    if l < n:
                        sums = a[i:, i] @ a[i:, l:]
                        a[i:, l:] += np.multiply.outer(a[i:, i], sums / h)
                    a[i:, i] *= scale
            w[i] = scale * g
            g = s = scale = t(0)
            if i < m and i != n - 1:
                scale = np.abs(a[i, l:]).sum(dtype=a.dtype)
                if scale:
                    a[i, l:] /= scale
                    s = np.dot(a[i, l:], a[i, l:])
                    f = a[i, l]
                    g = -_sign(np.sqrt(s), f)
                    h = f * g - s
                    a[i, l] = f - g
                    rv1[l:] = a[i, l:] / h
                    if l < m:
                        sums = a[l:, l:] @ a[i, l:]
                        a[l:, l:] += np.multiply.outer(sums, rv1[l:])
                    a[i, l:] *= scale
            anorm = max(anorm, abs(w[i]) + abs(rv1[i]))
        for i in range(n - 1, -1, -1):          # right-hand transformations
            if i < n - 1:
                if g:
                    v[l:, i] = (a[i, l:] / a[i, l]) / g
                    sums = a[i, l:] @ v[l:, l:]
                    v[l:, l:] += np.multiply.outer(v[l:, i], sums)
                v[i, l:] = 0
                v[l:, i] = 0
            v[i, i] = 1
            g = rv1[i]
            l = i
        for i in range(min(m, n) - 1, -1, -1):  # left-hand transformations
            l = i + 1
            g = w[i]
            a[i, l:] = 0
            if g:
                g = t(1) / g
                if l < n:
                    sums = a[l:, i] @ a[l:, l:]
                    f = (sums / a[i, i]) * g
                    a[i:, l:] += np.multiply.outer(a[i:, i], f)
                a[i:, i] *= g
            else:
                a[i:, i] = 0
            a[i, i] += 1
        for k in range(n - 1, -1, -1):          # diagonalisation of the bidiagonal form
            for its in range(1, itmax + 1):
                flag = True
                l = k
                while l >= 0:
                    nm = l - 1
                    if abs(rv1[l]) + anorm == anorm:
                        flag = False
                        break
                    if abs(w[nm]) + anorm == anorm:
                        break
                    l -= 1
                if flag:
                    c, s = t(0), t(1)
                    for i in range(l, k + 1):
                        f = s * rv1[i]
                        rv1[i] = c * rv1[i]
                        if abs(f) + anorm == anorm:
                            break
                        g = w[i]
                        h = _pythag(f, g)
                        w[i] = h
                        h = t(1) / h
                        c = g * h
                        s = -f * h
                        y = a[:, nm].copy()
                        z = a[:, i].copy()
                        a[:, nm] = y * c + z * s
                        a[:, i] = z * c - y * s
                z = w[k]
                if l == k:
                    if z < 0:
                        w[k] = -z
                        v[:, k] = -v[:, k]
                    break
                if its == itmax:
                    raise _NRError(f"No convergence in {itmax} iterations.")
                x = w[l]
                nm = k - 1
                y = w[nm]
                g = rv1[nm]
                h = rv1[k]
                f = ((y - z) * (y + z) + (g - h) * (g + h)) / (2 * h * y)
                g = _pythag(f, t(1))
                f = ((x - z) * (x + z) + h * ((y / (f + _sign(g, f))) - h)) / x
                c = s = t(1)
                for j in range(l, nm + 1):
                    i = j + 1
                    g = rv1[i]
                    y = w[i]
                    h = s * g
                    g = c * g
                    z = _pythag(f, h)
                    rv1[j] = z
                    c = f / z
                    s = h / z
                    f = x * c + g * s
                    g = g * c - x * s
                    h = y * s
                    y = y * c
                    vx = v[:, j].copy()
                    vz = v[:, i].copy()
                    v[:, j] = vx * c + vz * s
                    v[:, i] = vz * c - vx * s
                    z = _pythag(f, h)
                    w[j] = z
                    if z:
                        z = t(1) / z
                        c = f * z
                        s = h * z
                    f = c * g + s * y
                    x = c * y - s * g
                    ay = a[:, j].copy()
                    az = a[:, i].copy()
                    a[:, j] = ay * c + az * s
                    a[:, i] = az * c - ay * s
                rv1[l] = 0
                rv1[k] = f
                w[k] = x
    return a[:, :n], w, v


def svd_backsubstitute(u, w, v, b):
    """NR's ``svbksb``: ``x = V diag(1/w) U' b`` with ``1/0`` taken as 0."""
    with np.errstate(all="ignore"):
        tmp = np.where(w != 0, (u.T @ b) / np.where(w != 0, w, 1), 0).astype(u.dtype)
    return v @ tmp


def householder_tridiagonal(a: np.ndarray, vectors: bool = True):
    """NR's ``tred2``: reduce a real symmetric matrix to tridiagonal form by Householder
    reflections. Returns ``(d, e, q)``: diagonal, sub-diagonal (``e[0] = 0``, NR's
    convention) and the orthogonal matrix of the reduction (``None`` without vectors)."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    d = np.zeros(n, a.dtype)
    e = np.zeros(n, a.dtype)
    t = a.dtype.type
    with np.errstate(all="ignore"):
        for i in range(n - 1, 0, -1):
            l = i - 1
            h = scale = t(0)
            if l > 0:
                scale = np.abs(a[i, :l + 1]).sum(dtype=a.dtype)
                if scale == 0:
                    e[i] = a[i, l]
                else:
                    a[i, :l + 1] /= scale
                    h = np.dot(a[i, :l + 1], a[i, :l + 1])
                    f = a[i, l]
                    g = -np.sqrt(h) if f >= 0 else np.sqrt(h)
                    e[i] = scale * g
                    h -= f * g
                    a[i, l] = f - g
                    f = t(0)
                    for j in range(l + 1):
                        if vectors:
                            a[j, i] = a[i, j] / h
                        g = np.dot(a[j, :j + 1], a[i, :j + 1]) + \
                            np.dot(a[j + 1:l + 1, j], a[i, j + 1:l + 1])
                        e[j] = g / h
                        f += e[j] * a[i, j]
                    hh = f / (h + h)
                    for j in range(l + 1):
                        f = a[i, j]
                        e[j] = g = e[j] - hh * f
                        a[j, :j + 1] -= f * e[:j + 1] + g * a[i, :j + 1]
            else:
                e[i] = a[i, l]
            d[i] = h
        d[0] = 0
        e[0] = 0
        for i in range(n):
            if vectors:
                l = i - 1
                if d[i] and l >= 0:
                    for j in range(l + 1):
                        g = np.dot(a[i, :l + 1], a[:l + 1, j])
                        a[:l + 1, j] -= g * a[:l + 1, i]
                d[i] = a[i, i]
                a[i, i] = 1
                a[i, :i] = 0
                a[:i, i] = 0
            else:
                d[i] = a[i, i]
    return d, e, (a if vectors else None)


def implicit_ql(d: np.ndarray, e: np.ndarray, z: np.ndarray | None, itmax: int = 30):
    """NR's ``tqli``: eigenvalues (and eigenvectors, by accumulating into the columns of
    ``z``) of a symmetric tridiagonal matrix by the QL algorithm with implicit shifts.
    ``e`` is :func:`householder_tridiagonal`'s sub-diagonal (``e[0]`` unused). Returns
    ``(d, z)`` unsorted: eigenvalue ``d[k]`` belongs to column ``z[:, k]``."""
    d = np.array(d, copy=True)
    n = d.size
    e = np.append(np.array(e[1:], copy=True), e.dtype.type(0))
    z = None if z is None else np.array(z, copy=True)
    t = d.dtype.type
    with np.errstate(all="ignore"):
        for l in range(n):
            iteration = 0
            while True:
                m = l
                while m < n - 1:
                    dd = abs(d[m]) + abs(d[m + 1])
                    if abs(e[m]) + dd == dd:
                        break
                    m += 1
                if m == l:
                    break
                if iteration == itmax:
                    raise _NRError("Too many iterations in TQLI.")
                iteration += 1
                g = (d[l + 1] - d[l]) / (2 * e[l])
                r = _pythag(g, t(1))
                g = d[m] - d[l] + e[l] / (g + _sign(r, g))
                s = c = t(1)
                p = t(0)
                i = m - 1
                early = False
                while i >= l:
                    f = s * e[i]
                    b = c * e[i]
                    r = _pythag(f, g)
                    e[i + 1] = r
                    if r == 0:
                        d[i + 1] -= p
                        e[m] = 0
                        early = True
                        break
                    s = f / r
                    c = g / r
                    g = d[i + 1] - p
                    r = (d[i] - g) * s + 2 * c * b
                    p = s * r
                    d[i + 1] = g + p
                    g = c * r - b
                    if z is not None:
                        f = z[:, i + 1].copy()
                        z[:, i + 1] = s * z[:, i] + c * f
                        z[:, i] = c * z[:, i] - s * f
                    i -= 1
                if early:
                    continue
                d[l] -= p
                e[l] = g
                e[m] = 0
    return d, z
