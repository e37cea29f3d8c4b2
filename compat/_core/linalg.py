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

from compat._core.libm import cabs

__all__ = ["REFERENCE_ORDER_LIMIT", "LUFactors", "SolveReport", "lu_factor", "lu_solve",
           "triangular_solve", "structured_solve", "basic_lstsq", "inverse",
           "determinant", "lu_rcond", "one_norm", "eps_of", "svd_values", "svd_full",
           "pivoted_qr", "is_hermitian", "triangular_rcond_heuristic", "nonzero_positions",
           "bandwidths", "is_symmetric", "vector_norms"]

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
    sums = cabs(a).sum(axis=0)   # C's hypot
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
    size = cabs(diagonal)
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


def nonzero_positions(a) -> tuple[np.ndarray, np.ndarray]:
    """Row and column indices of the nonzero entries of a 2-D array or ``scipy.sparse``
    matrix (MATLAB's ``[i, j] = find(A)``: NaN counts as nonzero, a stored zero of a
    sparse matrix does not)."""
    import scipy.sparse as sp
    if sp.issparse(a):
        c = sp.coo_matrix(a)
        keep = c.data != 0
        return c.row[keep].astype(np.int64), c.col[keep].astype(np.int64)
    i, j = np.nonzero(a)
    return i.astype(np.int64), j.astype(np.int64)


def bandwidths(a) -> tuple[int, int]:
    """``(lower, upper)`` bandwidths of a 2-D array or sparse matrix: the largest
    ``i - j`` and ``j - i`` over its nonzero entries, 0 where there are none (MATLAB's
    ``bandwidth``)."""
    i, j = nonzero_positions(a)
    if i.size == 0:
        return 0, 0
    d = i - j
    return int(max(d.max(), 0)), int(max(-d.min(), 0))


def is_symmetric(a, *, conjugate: bool = False, skew: bool = False,
                 tol: float = 0.0) -> bool:
    """Whether ``a`` (2-D array or sparse matrix) equals ``+-a.T`` (``+-a.conj().T`` with
    ``conjugate``): exactly for ``tol == 0`` (NaN is never equal), else within the
    relative tolerance ``norm(a -+ a', inf) <= tol * norm(a, inf)`` (a zero matrix
    passes). Not square: False."""
    import scipy.sparse as sp
    m, n = a.shape
    if m != n:
        return False
    sparse = sp.issparse(a)
    t = a.T.conj() if conjugate else a.T
    if tol == 0:
        if sparse:
            return _stored_equal(a, -t if skew else t)
        with np.errstate(invalid="ignore"):
            return bool(np.all(a == (-t if skew else t)))
    dense = a.toarray() if sparse else a
    norm_a = _inf_norm(dense)
    if norm_a == 0:
        return True
    tt = dense.T.conj() if conjugate else dense.T
    with np.errstate(invalid="ignore", over="ignore"):
        diff = dense + tt if skew else dense - tt
        return bool(_inf_norm(diff) / norm_a <= tol)


def _stored_equal(a, b) -> bool:
    """Two sparse matrices equal entry by entry (Inf equals Inf, NaN equals nothing)."""
    import scipy.sparse as sp

    def entries(m):
        c = sp.coo_matrix(m)
        c.sum_duplicates()
        keep = c.data != 0
        return sorted(zip(c.row[keep].tolist(), c.col[keep].tolist(), c.data[keep].tolist()))
    x, y = entries(a), entries(b)
    return len(x) == len(y) and all(p[:2] == q[:2] and p[2] == q[2] for p, q in zip(x, y))


def _inf_norm(a: np.ndarray) -> float:
    """MATLAB's ``norm(A, Inf)``: the largest row sum of magnitudes (NaN if any is)."""
    if a.size == 0:
        return 0.0
    sums = cabs(a).sum(axis=1)   # C's hypot
    return float(np.nan if np.isnan(sums).any() else sums.max())


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


# ------------------------------------------------------------ declared properties
def triangular_rcond(t: np.ndarray, *, lower: bool) -> float:
    """LAPACK xTRCON's estimate of the reciprocal 1-norm condition number of a triangular
    matrix (0 for an exactly zero diagonal element)."""
    if t.shape[0] == 0:
        return float("inf")
    if not np.all(np.isfinite(t)):
        return float("nan")
    if np.any(np.diagonal(t) == 0):
        return 0.0
    trcon = _lapack("trcon", t)
    rcond, info = trcon(np.asfortranarray(t), norm="1", uplo="L" if lower else "U")
    return float(rcond)


def declared_solve(a: np.ndarray, b: np.ndarray, *, lower=False, upper=False,
                   symmetric=False, positive_definite=False, rectangular=False
                   ) -> tuple[np.ndarray, SolveReport]:
    """Solve ``A x = B`` with the solver the caller's declaration of A's properties
    selects, without testing A (what MATLAB's ``linsolve`` does with its ``opts``).

    Triangular (``lower``/``upper``): substitution reading only that triangle, rcond by
    xTRCON. ``symmetric`` and ``positive_definite``: Cholesky of the upper triangle
    (xPOTRF), rcond by xPOCON, LU when the factorisation breaks down; ``symmetric``
    alone: LDL' (xSYTRF/xHETRF), rcond by xSYCON. ``rectangular`` or a non-square A:
    the pivoted-QR basic solution (rank and tolerance in the report). Otherwise (and
    for upper Hessenberg A) LU with partial pivoting, rcond by xGECON.
    """
    m, n = a.shape
    k = b.shape[1]
    dtype = np.result_type(a, b)
    a = a.astype(dtype, copy=False)
    b = b.astype(dtype, copy=False)
    if rectangular or m != n:
        if m == 0 or n == 0:
            return np.zeros((n, k), dtype), SolveReport("qr", rank=0, tol=0.0)
        x, rank, tol = basic_lstsq(a, b)
        return x, SolveReport("qr", rank=rank, tol=tol, rank_deficient=rank < min(m, n))
    if n == 0:
        return np.zeros((0, k), dtype), SolveReport("empty")
    if lower or upper:
        t = np.tril(a) if lower else np.triu(a)
        x = triangular_solve(t, b, lower=bool(lower))
        return x, _square_report("lower" if lower else "upper",
                                 triangular_rcond(t, lower=bool(lower)))
    if symmetric and np.all(np.isfinite(a)):
        h = np.triu(a)
        h = h + np.triu(a, 1).conj().T
        done = _cholesky_solve(h, b) if positive_definite else _ldl_solve(h, b)
        if done is not None:
            return done
        a = h
    factors = lu_factor(a)
    with np.errstate(all="ignore"):
        x = lu_solve(factors, b)
    rcond = lu_rcond(factors, one_norm(a))
    return x, _square_report("lu", rcond, factors.info > 0)


# ----------------------------------------------------------------- vector norms
def vector_norms(a: np.ndarray, p: float, axis: int) -> np.ndarray:
    """The p-norms of the lines of ``a`` (float or complex) along ``axis`` (which must
    exist), the axis kept with size 1: ``sum(|a|^p)^(1/p)``; p = 1 the sum of
    magnitudes, p = Inf the largest magnitude; a line holding NaN gives NaN (for every
    p), an empty line 0. The 2-norm and the general p-norm are computed directly and,
    only where that sum overflows or underflows, again with the line scaled by its
    largest magnitude. The result is real, of ``a``'s precision."""
    real = np.finfo(a.dtype).dtype
    mag = cabs(a).astype(real, copy=False)   # C's hypot
    with np.errstate(over="ignore", under="ignore", invalid="ignore", divide="ignore"):
        if mag.shape[axis] == 0:
            shape = list(mag.shape)
            shape[axis] = 1
            return np.zeros(shape, dtype=real)
        nan = np.isnan(mag).any(axis=axis, keepdims=True)
        if p == np.inf:
            out = mag.max(axis=axis, keepdims=True)
        elif p == 1:
            out = mag.sum(axis=axis, keepdims=True)
        else:
            out = _power_norm(mag, p, axis)
            big = mag.max(axis=axis, keepdims=True)
            bad = (~np.isfinite(out) | ((out < np.finfo(real).tiny * 2 ** 52) & (big > 0))) \
                & np.isfinite(big)
            if bad.any():
                safe = np.where(big > 0, big, 1)
                scaled = _power_norm(mag / safe, p, axis) * safe
                out = np.where(bad, scaled, out)
        return np.where(nan, real.type(np.nan), out).astype(real, copy=False)


def _power_norm(mag, p, axis):
    if p == 2:
        return np.sqrt(np.sum(mag * mag, axis=axis, keepdims=True))
    return np.sum(mag ** p, axis=axis, keepdims=True) ** (1.0 / p)
