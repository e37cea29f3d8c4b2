"""LAPACK drivers as IDL's LA_* routines call them (Python-shaped cores).

* :func:`least_squares` -- IDL's ``LA_LEAST_SQUARES``: the LAPACK driver of each METHOD
  (``xGELS`` QR for full rank, ``xGELSY`` complete orthogonal factorisation, ``xGELSS``
  SVD, ``xGELSD`` divide-and-conquer SVD; LAPACK Users' Guide, 3rd ed., section 2.3.2),
  in the precision of the data (``s``/``d``/``c``/``z`` routines), with the effective
  rank, the residual sum of squares and LAPACK's INFO.
* :func:`lu_decompose`, :func:`lu_substitute` -- ``LA_LUDC``/``LA_LUSOL`` (``xGETRF``,
  ``xGETRS``); :func:`cholesky`, :func:`cholesky_substitute` --
  ``LA_CHOLDC``/``LA_CHOLSOL`` (``xPOTRF``, ``xPOTRS``); :func:`singular_values` --
  ``LA_SVD`` (``xGESVD``, or ``xGESDD`` divide and conquer); :func:`refined_solve` --
  ``LA_LINEAR_EQUATION`` (``xGESVX`` without equilibration: ``xGETRF``, ``xGETRS``
  and the iterative refinement of ``xGERFS`` with its error bounds);
  :func:`hermitian_tridiagonal` -- ``LA_TRIRED`` (``xSYTRD``/``xHETRD`` and the
  ``xORGTR``/``xUNGTR`` product of reflectors).

Every function takes arrays already of the working dtype (float32 for IDL FLOAT, as IDL
calls the ``s``/``c`` routines) in numpy's row-major layout of the matrix as IDL prints
it, and returns LAPACK's INFO rather than raising.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg
from scipy.linalg import lapack

__all__ = ["LeastSquaresSolution", "least_squares", "LAPACK_DRIVERS", "lu_decompose",
           "lu_substitute", "cholesky", "cholesky_substitute", "singular_values",
           "refined_solve", "hermitian_tridiagonal"]

#: IDL's METHOD -> LAPACK driver (IDL Reference Guide, LA_LEAST_SQUARES).
LAPACK_DRIVERS = ("gels", "gelsy", "gelss", "gelsd")


@dataclass
class LeastSquaresSolution:
    x: np.ndarray  # (n,) or (n, k)
    rank: int
    residual: np.ndarray  # () or (k,)
    info: int


def least_squares(a: np.ndarray, b: np.ndarray, method: int, rcond: float
                  ) -> LeastSquaresSolution:
    """Minimise ``||a x - b||_2`` (``a`` of shape ``(m, n)``, ``b`` ``(m,)`` or
    ``(m, k)``, both of the working dtype) with LAPACK's driver for ``method``.

    ``rcond``: singular values (METHOD 2, 3) or the condition estimate of the pivoted
    triangular factor (METHOD 1) below ``rcond`` times the largest count as zero.
    METHOD 0 assumes full rank: its rank is ``min(m, n)`` unless LAPACK finds an exactly
    zero diagonal element of the triangular factor (INFO > 0, x is then NaN).
    ``residual`` is the sum of squared residuals of each right-hand side when
    ``m > n`` and the rank is ``n``, else zero. An SVD that fails to converge gives
    INFO > 0 and NaN.
    """
    m, n = a.shape
    vector = b.ndim == 1
    b2 = b.reshape(m, 1) if vector else b
    k = b2.shape[1]
    dtype = a.dtype
    rank = min(m, n)
    info = 0
    if method == 0:
        gels, = lapack.get_lapack_funcs(("gels",), (a, b2))
        rhs = np.zeros((max(m, n), k), dtype=dtype)
        rhs[:m] = b2
        _, out, info = gels(a, rhs)
        x = out[:n]
    else:
        try:
            x, _, rank, _ = scipy.linalg.lstsq(a, b2, cond=rcond, check_finite=False,
                                               lapack_driver=LAPACK_DRIVERS[method])
        except np.linalg.LinAlgError:
            x, info = np.full((n, k), np.nan, dtype=dtype), 1
        rank = int(rank) if info == 0 else 0
    if info > 0:
        x = np.full((n, k), np.nan, dtype=dtype)
    if m > n and rank == n and info == 0:
        r = b2 - a @ x
        residual = np.sum((r * np.conj(r)).real, axis=0)
    else:
        residual = np.zeros(k, dtype=np.finfo(dtype).dtype)
    if vector:
        return LeastSquaresSolution(x[:, 0], rank, residual[0], int(info))
    return LeastSquaresSolution(x, rank, residual, int(info))


def _funcs(name, *arrays):
    return lapack.get_lapack_funcs((name,), arrays)[0]


def _columns(b: np.ndarray) -> np.ndarray:
    return b.reshape(b.shape[0], 1) if b.ndim == 1 else b


def lu_decompose(a: np.ndarray):
    """``xGETRF``: ``a = P L U`` for an ``(m, n)`` array. Returns ``(lu, ipiv, info)``:
    the packed factors (unit L below the diagonal, U on and above), LAPACK's 1-based
    pivot rows (``min(m, n)`` of them: row ``j`` was interchanged with row
    ``ipiv[j]``) and INFO (``i > 0``: ``U[i-1, i-1]`` is exactly zero)."""
    getrf = _funcs("getrf", a)
    lu, piv, info = getrf(a)
    return np.ascontiguousarray(lu), piv.astype(np.int32) + 1, int(info)


def lu_substitute(lu: np.ndarray, ipiv: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``xGETRS``: solve ``A x = b`` from :func:`lu_decompose`'s factors (1-based
    ``ipiv``); ``b`` is ``(n,)`` or ``(n, k)``."""
    getrs = _funcs("getrs", lu, b)
    x, _ = getrs(lu, np.asarray(ipiv, np.int32) - 1, _columns(b))
    return x.reshape(b.shape)


def cholesky(a: np.ndarray, *, upper: bool):
    """``xPOTRF`` on the lower (or upper) triangle of ``a``; the other triangle is
    returned as it was. Returns ``(factor, info)``; ``info = k > 0``: the leading minor
    of order k is not positive definite (the factor is then incomplete)."""
    potrf = _funcs("potrf", a)
    c, info = potrf(a, lower=0 if upper else 1, clean=0)
    return np.ascontiguousarray(c), int(info)


def cholesky_substitute(c: np.ndarray, b: np.ndarray, *, upper: bool) -> np.ndarray:
    """``xPOTRS``: solve ``A x = b`` from :func:`cholesky`'s factor."""
    potrs = _funcs("potrs", c, b)
    x, _ = potrs(c, _columns(b), lower=0 if upper else 1)
    return x.reshape(b.shape)


def singular_values(a: np.ndarray, *, divide_conquer: bool):
    """``xGESVD`` (or ``xGESDD``): ``a = U diag(w) V^H`` with ``k = min(m, n)``
    singular values, descending. Returns ``(w, u, v, info)`` with ``u`` ``(m, k)`` and
    ``v`` ``(n, k)`` (V itself, not V^H); ``info > 0``: no convergence."""
    m, n = a.shape
    k = min(m, n)
    if k == 0:
        real = np.finfo(a.dtype).dtype
        return (np.zeros(0, real), np.zeros((m, 0), a.dtype), np.zeros((n, 0), a.dtype),
                0)
    driver = _funcs("gesdd" if divide_conquer else "gesvd", a)
    u, w, vt, info = driver(a, compute_uv=1, full_matrices=0)
    return (np.ascontiguousarray(w), np.ascontiguousarray(u),
            np.ascontiguousarray(vt.conj().T), int(info))


def refined_solve(a: np.ndarray, b: np.ndarray):
    """``xGESVX`` with ``FACT='N'`` (no equilibration): LU, solve, then ``xGERFS``'s
    iterative refinement. Returns ``(x, forward_error, backward_error, info)``, the error
    bounds one per right-hand side; ``info`` as ``xGETRF``'s (``n + 1``, an estimated
    reciprocal condition below machine precision, is reported as 0: the solution is
    computed)."""
    n = a.shape[0]
    gesvx = _funcs("gesvx", a, b)
    out = gesvx(a, _columns(b), fact="N")
    x, ferr, berr, info = out[7], out[9], out[10], int(out[11])
    if info == n + 1:
        info = 0
    return x.reshape(b.shape), ferr, berr, info


def hermitian_tridiagonal(a: np.ndarray, *, upper: bool):
    """``xSYTRD``/``xHETRD`` and the orthogonal (unitary) Q that ``xORGTR``/``xUNGTR``
    builds: ``a = Q T Q^H`` with T real symmetric tridiagonal, from the lower triangle
    of ``a`` (the upper with ``upper``). Returns ``(q, d, e, info)``: T's diagonal ``d``
    and off-diagonal ``e`` (real), ``q`` of ``a``'s dtype.

    Q is the product of LAPACK's elementary reflectors ``H = I - tau v v^H``
    accumulated in the order ``xORG2R``/``xORG2L`` apply them (lower: ``H(1) H(2) ...
    H(n-1)``, the reflector vectors below the sub-diagonal; upper: ``H(n-1) ... H(1)``,
    the vectors above the super-diagonal)."""
    n = a.shape[0]
    trd = _funcs("hetrd" if a.dtype.kind == "c" else "sytrd", a)
    c, d, e, tau, info = trd(a, lower=0 if upper else 1)
    q = np.eye(n, dtype=a.dtype)
    order = range(n - 1) if upper else reversed(range(n - 1))
    for k in order:
        v = np.zeros(n, a.dtype)
        if upper:                    # reflector k+1: v[k] = 1, v[:k] = c[:k, k+1]
            v[k] = 1
            v[:k] = c[:k, k + 1]
        else:                        # reflector k+1: v[k+1] = 1, v[k+2:] = c[k+2:, k]
            v[k + 1] = 1
            v[k + 2:] = c[k + 2:, k]
        q -= tau[k] * np.outer(v, v.conj() @ q)
    return np.ascontiguousarray(q), np.asarray(d), np.asarray(e), int(info)
