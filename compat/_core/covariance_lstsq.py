"""Least squares with a known covariance, as MATLAB's lscov.m computes it: the core of
``matlab.lscov``.

Facts from MATLAB's lscov.m (MathWorks, 1984-2017; Paige 1979, Golub and Van Loan 1996,
Goodall 1993), written anew in its operation order:

* ``'chol'``: no covariance -- ordinary least squares; a weight vector ``w`` -- rows of
  ``A`` and ``b`` scaled by ``sqrt(w)``; a positive definite ``V = T*T'`` (Cholesky) --
  ``A = T\\A``, ``b = T\\b``. Then the column-pivoted QR ``[Q, R, perm] = qr(A, 0)``,
  columns with ``|R(k,k)| <= |R(1,1)| * max(m, n) * eps`` dropped (rank deficiency,
  warned), ``x(perm) = R \\ (Q'*b)``, ``mse = sum(|b - Q*z|^2) / (m - rank)`` (0 when
  ``m == rank``), ``S(perm, perm) = Rinv*Rinv' * mse`` with ``Rinv = R \\ eye``, ``stdx``
  its root diagonal (from the row sums of ``|Rinv|^2`` when S is not requested).
* ``'orth'`` (Paige's algorithm; chosen for a semidefinite ``V``, or on request): the full
  pivoted QR of ``A``, the part ``Q0`` of Q orthogonal to range(A), the minimum-norm
  ``e`` solving ``(Q0'*T) e = Q0'*b`` (``lsminnorm``: pivoted QR, and a second QR of
  ``R'`` when rank deficient), then ``x`` from ``A x = b - T e`` and the covariance from
  ``R \\ (Q'*T*(I - P*P'))``.

Every backslash is MATLAB's (:func:`compat._core.linalg.structured_solve`). Inputs are
dense 2-D arrays of one float class (the caller converts to MATLAB's superiorfloat);
outputs are ``(x, stdx, mse, S)`` and the warnings found, for the legacy layer to emit.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import scipy.linalg

from compat._core import linalg
from compat._core.errors import CompatValueError

__all__ = ["LscovResult", "lscov"]

RANK_DEFICIENT_A = "A is rank deficient to within machine precision."
RANK_DEFICIENT_V = ("The covariance matrix V is positive semidefinite but not positive "
                    "definite; using the 'orth' algorithm.")
T_IN_RANGE = ("The covariance matrix's factor lies in the column space of A; the problem "
              "is solved as if V were zero outside it.")
NULL_SPACE = "The null space of Q0'*T does not span its columns."


@dataclass
class LscovResult:
    x: np.ndarray
    stdx: np.ndarray | None = None
    mse: np.ndarray | None = None
    S: np.ndarray | None = None
    warnings: list = field(default_factory=list)


def _solve(a, b):
    """MATLAB's ``a \\ b``."""
    x, _ = linalg.structured_solve(a, b)
    return x


def _eps(dtype) -> float:
    return float(np.finfo(dtype).eps)


def _norm1(a) -> float:
    return float(np.abs(a).sum(axis=0).max()) if a.size else 0.0


def factor_covariance(V: np.ndarray, use_chol: bool):
    """``(T, p)`` with ``V = T*T'``: the lower Cholesky factor and ``p = 0`` when ``V`` is
    positive definite (``use_chol``), else from ``eig``: T of the positive eigenpairs and
    ``p`` the number of zero eigenvalues, or ``p < 0`` (minus the number of negative
    ones) and no T for an indefinite ``V``."""
    if use_chol:
        try:
            upper = scipy.linalg.cholesky(V, lower=False, check_finite=False)
            if np.all(np.isfinite(upper)):
                return upper.conj().T, 0
        except np.linalg.LinAlgError:
            pass
    if np.any(V != V.conj().T):
        raise CompatValueError("The covariance matrix V must be symmetric (Hermitian).")
    d, U = scipy.linalg.eigh(V, check_finite=False)
    tol = np.abs(d).max() * d.size * _eps(d.dtype) if d.size else 0.0
    negative = int(np.count_nonzero(d < -tol))
    if negative:
        return None, -negative
    positive = d > tol
    T = U[:, positive] * np.sqrt(d[positive])
    return T, int(np.count_nonzero(np.abs(d) < tol))


def lscov(A: np.ndarray, b: np.ndarray, V: np.ndarray | None, alg: str, nout: int,
          dtype) -> LscovResult:
    """MATLAB's ``[x, stdx, mse, S] = lscov(A, b, V, alg)`` with ``nout`` outputs.
    ``V`` None (identity), a 1-D weight vector or a 2-D covariance matrix; ``alg`` '',
    'chol' or 'orth'."""
    m, n = A.shape
    k = b.shape[1]
    found = []
    T = None
    rank_v = m
    if V is None:
        alg = "chol"
    elif V.ndim == 1:
        alg = "chol"
    else:
        T, flag = factor_covariance(V, alg != "orth")
        if flag == 0:
            alg = alg or "chol"
        elif flag > 0:
            if alg == "chol":
                found.append(RANK_DEFICIENT_V)
            alg = "orth"
            rank_v = T.shape[1]
        else:
            raise CompatValueError("The covariance matrix V must be positive semidefinite.")
    if alg == "chol":
        return _chol(A, b, V, T, nout, dtype, found, m, n, k)
    return _orth(A, b, T, rank_v, nout, dtype, found, m, n, k)


def _chol(A, b, V, T, nout, dtype, found, m, n, k):
    if V is not None and V.ndim == 1:
        D = np.sqrt(V).reshape(-1, 1)
        A = D * A
        b = D * b
    elif V is not None:
        A = _solve(T, A)
        b = _solve(T, b)
    Q, R, perm = scipy.linalg.qr(A, mode="economic", pivoting=True, check_finite=False)
    z = Q.conj().T @ b
    diag = np.abs(np.diagonal(R))
    first = abs(R[0, 0]) if R.size else 0.0
    keep = diag > first * max(m, n) * _eps(dtype)
    rank = int(np.count_nonzero(keep))
    kidx = np.flatnonzero(keep)         # among the first min(m, n) pivots
    if rank < n:
        found.append(RANK_DEFICIENT_A)
        R = R[np.ix_(kidx, kidx)]
        z = z[kidx]
        perm = perm[kidx]
        Q = Q[:, kidx]
    xx = _solve(R, z)
    x = np.zeros((n, k), dtype=dtype)
    x[perm, :] = xx
    out = LscovResult(x, warnings=found)
    if nout < 2:
        return out
    dfe = m - rank
    if dfe > 0:
        res = b - Q @ z
        mse = (np.sum((res * res.conj()).real, axis=0) / dfe).reshape(1, k).astype(
            np.finfo(dtype).dtype)
    else:
        mse = np.zeros((1, k), dtype=np.finfo(dtype).dtype)
    Rinv = _solve(R, np.eye(rank, dtype=dtype))
    if nout > 3:
        S = np.zeros((n, n), dtype=dtype)
        S[np.ix_(perm, perm)] = (Rinv @ Rinv.conj().T) * mse[0, 0]
        stdx = np.sqrt(np.diagonal(S)).reshape(n, 1)
        out.S = S
    else:
        stdx = np.zeros((n, k), dtype=np.finfo(dtype).dtype)
        stdx[perm, :] = np.sqrt(np.sum((Rinv * Rinv.conj()).real, axis=1, keepdims=True)
                                @ mse)
    out.stdx, out.mse = stdx, mse
    return out


def _lsminnorm(T0, b0, found):
    """``(e, mse, P)``: the minimum-norm least-squares solution of ``T0 e = b0``."""
    m, n = T0.shape
    k = b0.shape[1]
    Q, R, perm = scipy.linalg.qr(T0, mode="economic", pivoting=True, check_finite=False)
    tol = abs(R[0, 0]) * max(m, n) ** 2 * _eps(R.dtype) if R.size else 0.0
    rank = int(np.count_nonzero(np.abs(np.diagonal(R)) > tol))
    e = np.zeros((n, k), dtype=np.result_type(T0, b0))
    if rank == n:
        z = Q.conj().T @ b0
        e[perm, :] = _solve(R, z)
        P = np.fliplr(np.eye(n, dtype=T0.dtype))
    else:
        if rank < min(m, n):
            found.append(NULL_SPACE)
        P, S = scipy.linalg.qr(R[:rank, :].conj().T, mode="economic", check_finite=False)
        z = Q[:, :rank].conj().T @ b0
        e[perm, :] = P @ _solve(S.conj().T, z)
        unperm = np.empty(n, dtype=np.intp)
        unperm[perm] = np.arange(n)
        P = P[unperm, :]
    if m > rank:
        r = T0 @ e - b0
        mse = np.sum((r * r.conj()).real, axis=0) / (m - rank)
    else:
        mse = np.zeros(k)
    return e, mse, P


def _orth(A, b, T, rank_v, nout, dtype, found, m, n, k):
    Q, R, perm = scipy.linalg.qr(A, pivoting=True, check_finite=False)
    R = R[:n, :]
    first = abs(R[0, 0]) if R.size else 0.0
    rank = int(np.count_nonzero(np.abs(np.diagonal(R)) > first * max(m, n) * _eps(dtype)))
    if rank < n:
        found.append(RANK_DEFICIENT_A)
        R = R[:rank, :rank]
        perm = perm[:rank]
    Q0 = Q[:, rank:m]
    Q = Q[:, :rank]
    T0 = Q0.conj().T @ T
    b0 = Q0.conj().T @ b
    real = np.finfo(dtype).dtype
    if rank == m:
        zero_e = True
    elif _norm1(T0) < _norm1(T) * max(m, rank_v) ** 2 * _eps(dtype):
        found.append(T_IN_RANGE)
        zero_e = True
    else:
        zero_e = False
    if zero_e:
        e = np.zeros((rank_v, k), dtype=dtype)
        P = None
        mse = np.zeros((1, k), dtype=real)
        feasible = rank == m or _norm1(b0) < _norm1(b) * m ** 2 * _eps(dtype)
    else:
        e, err, P = _lsminnorm(T0, b0, found)
        mse = (np.sum((e * e.conj()).real, axis=0) / P.shape[1]).reshape(1, k).astype(real)
        feasible = bool(np.all(err < np.sqrt(np.sum((e * e.conj()).real, axis=0)) * rank_v
                               * _eps(dtype)))
    if not feasible:
        raise CompatValueError("B is not in the column space of [A T] (T*T' = V): the "
                               "problem has no solution.")
    b = b - T @ e
    z = Q.conj().T @ b
    x = np.zeros((n, k), dtype=dtype)
    x[perm, :] = _solve(R, z)
    out = LscovResult(x, warnings=found)
    if nout < 2:
        return out
    proj = np.eye(rank_v, dtype=dtype) if P is None else np.eye(rank_v, dtype=dtype) - P @ P.conj().T
    C = _solve(R, Q.conj().T @ T @ proj)
    if nout > 3:
        S = np.zeros((n, n), dtype=dtype)
        S[np.ix_(perm, perm)] = (C @ C.conj().T) * mse[0, 0]
        out.S = S
        stdx = np.sqrt(np.diagonal(S)).reshape(n, 1)
    else:
        stdx = np.zeros((n, k), dtype=real)
        stdx[perm, :] = np.sqrt(np.sum((C * C.conj()).real, axis=1, keepdims=True) @ mse)
    out.stdx, out.mse = stdx, mse
    return out
