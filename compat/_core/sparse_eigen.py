"""A few eigenvalues, singular values and norms of a (sparse) matrix, MATLAB's way.

* :func:`partial_eigen` -- ``eigs``: the ``k`` eigenvalues selected by MATLAB's
  ``sigma`` criteria ('largestabs', 'smallestabs', 'largestreal', 'smallestreal',
  'bothendsreal', 'largestimag', 'smallestimag', 'bothendsimag', or the ones closest to a
  number), returned **sorted by that criterion** (what MATLAB does since R2017b: largest
  first for the 'largest*' criteria, smallest first for the 'smallest*' ones, nearest
  first for a number). Small problems (``n <= 500`` or ``k`` close to ``n``) are solved
  completely by LAPACK (``eigh``/``eig``, the exact answer the Krylov iteration converges
  to), larger ones by ARPACK (``scipy.sparse.linalg.eigsh``/``eigs``) with MATLAB's
  tolerance, iteration limit, subspace dimension and start vector.
* :func:`partial_svd` -- ``svds``: the ``k`` largest, smallest (or nearest) singular
  triplets, singular values in descending order.
* :func:`norm_estimate` -- ``normest``: the 2-norm by the power iteration on ``A'*A``
  MATLAB documents (start ``sum(abs(A))'``, stop when two estimates differ by less than
  ``tol`` times the estimate, at most 100 iterations).
* :func:`one_norm_inverse_estimate` -- the block 1-norm estimator of Higham and Tisseur
  (SIAM J. Matrix Anal. Appl. 21, 2000, Algorithm 2.4) that MATLAB's ``condest`` runs on
  ``inv(A)`` through an LU factorization.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as spla

__all__ = ["CRITERIA", "select_order", "partial_eigen", "PartialEigen", "partial_svd",
           "norm_estimate", "one_norm_inverse_estimate"]

#: MATLAB's sigma names and their legacy two-letter spellings
CRITERIA = {
    "largestabs": "largestabs", "lm": "largestabs",
    "smallestabs": "smallestabs", "sm": "smallestabs",
    "largestreal": "largestreal", "la": "largestreal", "lr": "largestreal",
    "smallestreal": "smallestreal", "sa": "smallestreal", "sr": "smallestreal",
    "bothendsreal": "bothendsreal", "be": "bothendsreal",
    "largestimag": "largestimag", "li": "largestimag",
    "smallestimag": "smallestimag", "si": "smallestimag",
    "bothendsimag": "bothendsimag",
}

#: problems at most this size are solved completely (LAPACK), larger ones by ARPACK
DENSE_LIMIT = 500


def select_order(values: np.ndarray, k: int, criterion, sigma=None) -> np.ndarray:
    """Indices of the ``k`` values ``criterion`` selects, in MATLAB's output order.

    ``criterion`` is a key of :data:`CRITERIA`'s values, or ``"nearest"`` with the
    number ``sigma``. Sorting is stable, so equal keys keep LAPACK's order (a complex
    pair: positive imaginary part first).
    """
    v = np.asarray(values)
    if criterion == "nearest":
        return np.argsort(np.abs(v - sigma), kind="stable")[:k]
    if criterion == "largestabs":
        return np.argsort(-np.abs(v), kind="stable")[:k]
    if criterion == "smallestabs":
        return np.argsort(np.abs(v), kind="stable")[:k]
    part = v.real if criterion.endswith("real") else v.imag
    if criterion.startswith("largest"):
        return np.argsort(-part, kind="stable")[:k]
    if criterion.startswith("smallest"):
        return np.argsort(part, kind="stable")[:k]
    # both ends: one more from the high end when k is odd; ascending order
    ascending = np.argsort(part, kind="stable")
    high = k - k // 2
    low = k // 2
    chosen = np.concatenate([ascending[:low], ascending[len(ascending) - high:]])
    return chosen[np.argsort(part[chosen], kind="stable")]


@dataclass
class PartialEigen:
    values: np.ndarray
    vectors: np.ndarray | None
    flag: int
    converged: int


def _is_symmetric(a) -> bool:
    if sp.issparse(a):
        d = (a - a.conj().T)
        return d.count_nonzero() == 0 if hasattr(d, "count_nonzero") else d.nnz == 0
    return bool(np.array_equal(a, a.conj().T))


def _finish(values, vectors, want_vectors):
    if np.iscomplexobj(values) and not np.any(values.imag):
        values = values.real
        if vectors is not None and np.iscomplexobj(vectors) and not np.any(vectors.imag):
            vectors = vectors.real
    return values, (vectors if want_vectors else None)


def _dense_eigen(a, b, symmetric, want_vectors):
    if symmetric and (b is None or _is_symmetric(b)):
        try:
            if want_vectors:
                return la.eigh(a, b)
            return la.eigh(a, b, eigvals_only=True), None
        except la.LinAlgError:  # B not positive definite: the general problem
            pass
    if want_vectors:
        w, v = la.eig(a, b)
        v = v / np.linalg.norm(v, axis=0)
        return w, v
    return la.eig(a, b, right=False), None


def partial_eigen(a, n: int, k: int, criterion: str, *, sigma=None, b=None,
                  symmetric: bool | None = None, function: Callable | None = None,
                  inverse_function: bool = False, tol: float = 1e-14, maxit: int = 300,
                  subspace: int | None = None, start=None,
                  want_vectors: bool = True) -> PartialEigen:
    """``k`` eigenpairs of the matrix ``a`` (dense or sparse), or of the operator
    ``function`` (``A*x``; with ``inverse_function`` it returns ``(A - sigma*I) \\ x``,
    MATLAB's contract for 'smallestabs' and numeric sigma)."""
    if function is not None and n <= DENSE_LIMIT:
        columns = [np.asarray(function(e), dtype=np.result_type(float, np.float64))
                   .reshape(-1) for e in np.eye(n)]
        a = np.column_stack(columns)
        function = None
    if function is None:
        if symmetric is None:
            symmetric = _is_symmetric(a)
        if n <= DENSE_LIMIT or k >= n - 1:
            dense = a.toarray() if sp.issparse(a) else np.asarray(a)
            dense_b = None if b is None else (b.toarray() if sp.issparse(b)
                                              else np.asarray(b))
            # the vectors always (cheap at this size): d and diag(D) are the same numbers
            if inverse_function:
                mu, vec = _dense_eigen(dense, dense_b, symmetric, True)
                shift = 0.0 if sigma is None else sigma
                with np.errstate(divide="ignore"):
                    w = shift + 1.0 / mu
            else:
                w, vec = _dense_eigen(dense, dense_b, symmetric, True)
            order = select_order(w, k, criterion, sigma)
            values, vectors = _finish(w[order], None if vec is None else vec[:, order],
                                      want_vectors)
            return PartialEigen(values, vectors, 0, k)
    return _arpack(a, n, k, criterion, sigma, b, symmetric, function, inverse_function,
                   tol, maxit, subspace, start, want_vectors)


_WHICH = {"largestabs": "LM", "largestreal": "LR", "smallestreal": "SR",
          "largestimag": "LI", "smallestimag": "SI", "bothendsreal": "BE"}


def _arpack(a, n, k, criterion, sigma, b, symmetric, function, inverse_function, tol,
            maxit, subspace, start, want_vectors):
    if symmetric is None:
        symmetric = False
    ncv = min(n, max(2 * k, 20)) if subspace is None else int(subspace)
    v0 = (np.random.default_rng(0).standard_normal(n) if start is None
          else np.asarray(start, dtype=np.float64).reshape(-1))
    options = dict(k=k, tol=tol, maxiter=maxit, ncv=ncv, v0=v0,
                   return_eigenvectors=True)
    if function is not None:
        operator = spla.LinearOperator((n, n), matvec=lambda x: np.asarray(
            function(x.reshape(-1, 1))).reshape(-1), dtype=np.float64)
    else:
        operator = a
    shift = None
    which = _WHICH.get(criterion, "LM")
    if criterion == "smallestabs":
        shift = 0.0
    elif criterion == "nearest":
        shift = float(sigma)
    if symmetric and which in ("LR", "SR"):
        which = {"LR": "LA", "SR": "SA"}[which]
    try:
        if function is not None and shift is not None:
            # the handle already applies (A - shift*I) \ x: its largest eigenvalues
            solver = spla.eigsh if symmetric else spla.eigs
            mu, vec = solver(operator, which="LM", **options)
            w = shift + 1.0 / mu
        elif symmetric:
            w, vec = spla.eigsh(operator, M=b, sigma=shift, which=which, **options)
        else:
            w, vec = spla.eigs(operator, M=b, sigma=shift,
                               which="LM" if shift is not None else which, **options)
        flag = 0
    except spla.ArpackNoConvergence as failure:
        w, vec = failure.eigenvalues, failure.eigenvectors
        flag = 1
    converged = len(w)
    order = select_order(w, k, criterion, sigma)
    values, vectors = w[order], vec[:, order]
    if converged < k:
        values = np.concatenate([values, np.full(k - converged, np.nan)])
        vectors = np.column_stack([vectors, np.full((n, k - converged), np.nan)])
    values, vectors = _finish(values, vectors, want_vectors)
    return PartialEigen(values, vectors, flag, converged)


def partial_svd(a, k: int, criterion: str, sigma=None, *, tol: float = 1e-10,
                maxit: int = 100, start=None):
    """``(U, s, V, flag)``: ``k`` singular triplets of ``a`` chosen by ``criterion``
    ('largest', 'smallest', 'smallestnz' or 'nearest' with ``sigma``), the singular
    values in descending order."""
    m, n = a.shape
    if min(m, n) <= DENSE_LIMIT or k >= min(m, n) - 1:
        dense = a.toarray() if sp.issparse(a) else np.asarray(a)
        u, s, vh = la.svd(dense, full_matrices=False)
        if criterion == "largest":
            chosen = np.arange(min(k, s.size))
        elif criterion == "smallest":
            chosen = np.arange(s.size)[::-1][:k]
        elif criterion == "smallestnz":
            tolerance = max(m, n) * np.finfo(float).eps * (s[0] if s.size else 0)
            nonzero = np.flatnonzero(s > tolerance)
            chosen = nonzero[::-1][:k]
        else:
            chosen = np.argsort(np.abs(s - sigma), kind="stable")[:k]
        chosen = chosen[np.argsort(-s[chosen], kind="stable")]
        return u[:, chosen], s[chosen], vh[chosen].conj().T, 0
    which = "LM" if criterion == "largest" else "SM"
    v0 = None if start is None else np.asarray(start, dtype=float).reshape(-1)
    try:
        u, s, vh = spla.svds(a, k=k, which=which, tol=tol, maxiter=maxit, v0=v0,
                             random_state=0)
        flag = 0
    except spla.ArpackNoConvergence:  # pragma: no cover - rare
        dense = a.toarray()
        u, s, vh = la.svd(dense, full_matrices=False)
        u, s, vh, flag = u[:, :k], s[:k], vh[:k], 1
    order = np.argsort(-s, kind="stable")
    return u[:, order], s[order], vh[order].conj().T, flag


def norm_estimate(a, tol: float = 1e-6, maxiter: int = 100):
    """``(e, count, converged)``: MATLAB's ``normest`` power iteration on ``A'*A``."""
    x = np.asarray(abs(a).sum(axis=0), dtype=np.float64).reshape(-1)
    e = float(np.linalg.norm(x))
    count = 0
    if e == 0:
        return 0.0, 0, True
    x = x / e
    e0 = 0.0
    while abs(e - e0) > tol * e:
        e0 = e
        ax = np.asarray(a @ x).reshape(-1)
        if not np.any(ax):
            ax = np.random.default_rng(count).random(ax.shape)
        x = np.asarray(a.conj().T @ ax).reshape(-1)
        normx = float(np.linalg.norm(x))
        e = normx / float(np.linalg.norm(ax))
        x = x / normx
        count += 1
        if count > maxiter:
            return e, count, False
    return e, count, True


def one_norm_inverse_estimate(solve, solve_transpose, n: int, t: int = 2, seed: int = 0):
    """``(estimate, v)``: a lower bound of ``norm(inv(A), 1)`` by Higham and Tisseur's
    block algorithm, with ``v`` such that ``norm(inv(A)*v, 1) == estimate*norm(v, 1)``.

    ``solve(X)`` returns ``A \\ X`` and ``solve_transpose(X)`` ``A' \\ X`` (X an n-by-t
    block). Columns after the first start as random +-1 vectors (``seed``), as MATLAB's
    ``normest1``; for ``n <= 4`` the norm is computed exactly from ``inv(A)``.
    """
    if n <= 4 or t >= n:
        inverse = solve(np.eye(n))
        sums = np.abs(inverse).sum(axis=0)
        j = int(np.argmax(sums))
        return float(sums[j]), inverse[:, j].copy()
    rng = np.random.default_rng(seed)
    x = np.ones((n, t))
    if t > 1:
        x[:, 1:] = rng.choice([-1.0, 1.0], size=(n, t - 1))
    x = _unique_columns(x, rng) / n
    estimate_old = 0.0
    best_index = -1
    best_column = None
    columns = None  # the unit vectors of x, from the second iteration on
    used = np.zeros(n, dtype=bool)
    s_old = None
    for iteration in range(1, 6):
        y = solve(x)
        sums = np.abs(y).sum(axis=0)
        j = int(np.argmax(sums))
        estimate = float(sums[j])
        if estimate > estimate_old or iteration == 2:
            best_column = y[:, j].copy()
            best_index = -1 if columns is None else int(columns[j])
        if iteration >= 2 and estimate <= estimate_old:
            break
        estimate_old = estimate
        s = np.where(y >= 0, 1.0, -1.0)
        if s_old is not None and np.all(np.any(np.abs(s_old.T @ s) == n, axis=0)):
            break
        s_old = s
        h = np.abs(solve_transpose(s)).max(axis=1)
        if iteration >= 2 and best_index >= 0 and h.max() == h[best_index]:
            break
        order = np.argsort(-h, kind="stable")
        fresh = [int(i) for i in order if not used[i]][:t]
        if not fresh:
            break
        columns = np.array(fresh)
        x = np.zeros((n, len(fresh)))
        x[columns, np.arange(len(fresh))] = 1.0
        used[columns] = True
    return estimate_old, best_column


def _unique_columns(x, rng):
    for j in range(1, x.shape[1]):
        for _ in range(10):
            if not any(np.array_equal(x[:, j], x[:, i]) or
                       np.array_equal(x[:, j], -x[:, i]) for i in range(j)):
                break
            x[:, j] = rng.choice([-1.0, 1.0], size=x.shape[0])
    return x
