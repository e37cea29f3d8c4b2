"""Matrix pencils: polynomial eigenvalue problems by linearisation, the eigenvalues of
quasi-triangular (Schur/QZ) pencils in diagonal order -- the core.

The legacy layer (:mod:`compat.matlab.matrix_pencils`) reads MATLAB's argument grammar,
solves the linearised pencil with compat's ``eig`` (as MATLAB's ``polyeig`` calls its
``eig``) and calls the functions here, which take float or complex arrays already of the
result class and return plain arrays; they know no legacy names and no ``nargout``.

* :func:`companion_pencil` -- the linearisation of ``P(lambda) = A0 + lambda A1 + ... +
  lambda^p Ap`` that MATLAB's ``polyeig.m`` builds (Higham and Tisseur): the ``np x np``
  pair ``A = diag(A0, I, ..., I)``, ``B`` with ``-A1 ... -Ap`` in its first block row and
  identities on its first block subdiagonal, so that ``A z = lambda B z`` with ``z =
  [x; x/lambda; ...; x/lambda^(p-1)]``.
* :func:`polynomial_eigenvectors` -- MATLAB's choice of the eigenvector from the big one:
  the block of ``z`` with the smallest normalised residual ``sum|P(lambda) v| /
  sum|v|``, scaled to unit 2-norm.
* :func:`polynomial_condition_numbers` -- the condition numbers of the homogeneous
  problem (Dedieu and Tisseur 2003), with the left eigenvectors recovered from the right
  ones as MATLAB's ``polyeig.m`` does.
* :func:`pencil_eigenvalues` -- the eigenvalues of a quasi-triangular pair ``(AA, BB)``
  (or of T with ``BB = I``) in their order down the diagonal, a 2x2 block's complex pair
  with the positive imaginary part first (LAPACK's order).

Sources: MATLAB documentation of ``polyeig`` and ``ordeig``; the algorithm of MATLAB's
``polyeig.m`` (its published text, read for what it computes); J.-P. Dedieu and F.
Tisseur, "Perturbation theory for homogeneous polynomial eigenvalue problems", Linear
Algebra Appl. 358 (2003) 71-94; F. Tisseur and K. Meerbergen, "The quadratic eigenvalue
problem", SIAM Rev. 43 (2001) 235-286.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg
import scipy.linalg.lapack

from compat._core.condensed_forms import _pair_consistent

__all__ = ["companion_pencil", "polynomial_eigenvectors", "polynomial_condition_numbers",
           "left_from_right", "pencil_eigenvalues", "cosine_sine", "generalized_svd",
           "reorder_qz", "reorder_qz_clusters"]


# --------------------------------------------------------------- polynomial eigenproblem
def companion_pencil(coeffs: list[np.ndarray], dtype) -> tuple[np.ndarray, np.ndarray]:
    """``(A, B)`` of size ``n*p`` with ``det(A - lambda B) = 0`` exactly at the eigenvalues
    of ``sum_k lambda^k coeffs[k]`` (``p = len(coeffs) - 1``). ``p = 0`` gives
    ``(A0, I)``."""
    n = coeffs[0].shape[0]
    p = len(coeffs) - 1
    if p == 0:
        return coeffs[0].astype(dtype), np.eye(n, dtype=dtype)
    size = n * p
    a = np.eye(size, dtype=dtype)
    a[:n, :n] = coeffs[0]
    b = np.eye(size, k=-n, dtype=dtype)
    for k in range(1, p + 1):
        b[:n, (k - 1) * n:k * n] = -coeffs[k]
    return a, b


def _polynomial_at(coeffs: list[np.ndarray], lam) -> np.ndarray:
    """Horner's rule from the leading coefficient; the leading coefficient alone for an
    infinite eigenvalue (the homogeneous problem at ``beta = 0``)."""
    r = coeffs[-1]
    if np.isinf(lam):
        return r
    for c in coeffs[-2::-1]:
        r = c + lam * r
    return r


def polynomial_eigenvectors(coeffs: list[np.ndarray], z: np.ndarray,
                            values: np.ndarray) -> np.ndarray:
    """The ``n x n*p`` eigenvectors: for each column of the pencil's eigenvector matrix
    ``z``, the ``n``-block with the smallest normalised residual ``sum|P(lambda) v| /
    sum|v|`` (the first on ties; NaN residuals never chosen unless all are), divided by
    its 2-norm."""
    n = coeffs[0].shape[0]
    p = len(coeffs) - 1
    out = np.empty((n, z.shape[1]), dtype=z.dtype)
    for j in range(z.shape[1]):
        blocks = z[:, j].reshape(p, n).T          # column k is the k-th n-block
        residual = _polynomial_at(coeffs, values[j]) @ blocks
        with np.errstate(all="ignore"):
            res = np.abs(residual).sum(axis=0) / np.abs(blocks).sum(axis=0)
        pick = 0 if np.all(np.isnan(res)) else int(np.nanargmin(res))
        v = blocks[:, pick]
        with np.errstate(all="ignore"):
            out[:, j] = v / np.linalg.norm(v)
    return out


def left_from_right(coeffs: list[np.ndarray], x: np.ndarray, values: np.ndarray,
                    use_leading: bool) -> np.ndarray:
    """Rows: the conjugated left eigenvectors (unit 2-norm), from the right ones, as
    MATLAB's ``polyeig.m``: with ``V`` the better conditioned of ``Ap`` (``use_leading``)
    and ``A0`` and ``E1 = E`` or ``1/E``, ``Y = [X; X diag(E1); ...; X diag(E1)^(p-1)]
    \\ [0; ...; 0; I] / V``."""
    n = coeffs[0].shape[0]
    p = len(coeffs) - 1
    v = coeffs[-1] if use_leading else coeffs[0]
    with np.errstate(all="ignore"):
        e1 = values if use_leading else 1 / values
    blocks = [x]
    for _ in range(p - 1):
        blocks.append(blocks[-1] * e1[None, :])
    big = np.vstack(blocks)
    rhs = np.zeros((n * p, n), dtype=big.dtype)
    rhs[-n:, :] = np.eye(n)
    y = scipy.linalg.solve(big, rhs, check_finite=False)
    y = scipy.linalg.solve(v.T, y.T, check_finite=False).T   # y / v
    return y / np.linalg.norm(y, axis=1)[:, None]


def polynomial_condition_numbers(coeffs: list[np.ndarray], x: np.ndarray,
                                 y: np.ndarray, values: np.ndarray) -> np.ndarray:
    """The condition number of each eigenvalue of the homogeneous problem (Dedieu and
    Tisseur): with ``(a, b)`` the eigenvalue as a pair (``(1, 0)`` for Inf), ``nu_k =
    ||A_k||_F``, ``s = ||[a^k b^(p-k) nu_k]_k||_2 / |y^H (conj(b) D_a P - conj(a) D_b P)
    x|``, ``D_a``, ``D_b`` the partial derivatives of ``sum a^k b^(p-k) A_k``."""
    p = len(coeffs) - 1
    nu = np.array([np.linalg.norm(c, "fro") for c in coeffs])
    s = np.empty(values.size, dtype=np.finfo(x.dtype).dtype)
    for j, lam in enumerate(values):
        a, b = (1.0, 0.0) if np.isinf(lam) else (lam, 1.0)
        ab = np.array([a ** k * b ** (p - 1 - k) for k in range(p)])
        da = ab[0] * coeffs[1]
        db = p * ab[0] * coeffs[0]
        for k in range(2, p + 1):
            da = da + k * ab[k - 1] * coeffs[k]
            db = db + (p - k + 1) * ab[k - 1] * coeffs[k - 1]
        weights = np.array([a ** k * b ** (p - k) for k in range(p + 1)]) * nu
        num = np.linalg.norm(weights)
        den = abs(y[j] @ (np.conj(b) * da - np.conj(a) * db) @ x[:, j])
        with np.errstate(all="ignore"):
            s[j] = num / den
    return s


# ------------------------------------------------------------ quasi-triangular pencils
def _block_pair(a: np.ndarray, b: np.ndarray | None, real_input: bool):
    """The two eigenvalues of the 2x2 block ``a`` (``b = None``) or pencil ``a - lambda
    b``, positive imaginary part first (a real pair: the larger first). A real block
    gives an exact conjugate pair: a standardised Schur block ``[p q; r p]`` (``q*r <
    0``) gives ``p +- i*sqrt(|q|)*sqrt(|r|)`` as LAPACK's xLANV2 returns it, another
    real block ``mid +- sqrt(((a11 - a22)/2)^2 + a12*a21)``; a real pencil's pair from
    xGGEV is symmetrised (the mean real part, the mean |imaginary part|)."""
    if b is None and real_input:
        p, q, r, t = (float(v.real) for v in (a[0, 0], a[0, 1], a[1, 0], a[1, 1]))
        if p == t and q * r < 0:
            re, im = p, np.sqrt(abs(q)) * np.sqrt(abs(r))
        else:
            mid = (p + t) / 2
            disc = ((p - t) / 2) ** 2 + q * r
            if disc >= 0:
                root = np.sqrt(disc)
                return complex(mid + root), complex(mid - root)
            re, im = mid, np.sqrt(-disc)
        return complex(re, im), complex(re, -im)
    lam = scipy.linalg.eigvals(a, b) if b is not None else np.linalg.eigvals(a)
    lam = np.where(np.isfinite(lam), lam, np.inf)
    if real_input and np.all(np.isfinite(lam)) and lam[0].imag != 0:
        re = (lam[0].real + lam[1].real) / 2
        im = (abs(lam[0].imag) + abs(lam[1].imag)) / 2
        return complex(re, im), complex(re, -im)
    order = np.lexsort((-lam.real, -lam.imag))
    return lam[order[0]], lam[order[1]]


def pencil_eigenvalues(aa: np.ndarray, bb: np.ndarray | None) -> np.ndarray:
    """The eigenvalues of a quasi-triangular ``aa`` (``bb = None``: the standard problem)
    or pair ``(aa, bb)`` in their order down the diagonal: ``aa(k,k)/bb(k,k)`` for a 1x1
    block (IEEE division: ``x/0`` is +-Inf, ``0/0`` NaN), a 2x2 block (nonzero
    ``aa(k+1,k)``) giving its pair, positive imaginary part first. Real when the inputs
    are real and no block has a complex pair, complex otherwise."""
    n = aa.shape[0]
    kinds = [aa.dtype] + ([bb.dtype] if bb is not None else [])
    real = np.result_type(*[np.finfo(k).dtype for k in kinds])
    cdtype = np.result_type(real, np.complex64)
    complex_in = any(np.dtype(k).kind == "c" for k in kinds)
    e = np.empty(n, dtype=cdtype)
    k = 0
    while k < n:
        if k + 1 < n and aa[k + 1, k] != 0:
            blk = slice(k, k + 2)
            e[k], e[k + 1] = _block_pair(
                aa[blk, blk].astype(cdtype),
                None if bb is None else bb[blk, blk].astype(cdtype), not complex_in)
            k += 2
            continue
        num = aa[k, k]
        den = 1 if bb is None else bb[k, k]
        with np.errstate(all="ignore"):
            e[k] = (np.asarray(num, cdtype) / np.asarray(den, cdtype) if complex_in
                    else real.type(num) / real.type(den))
        k += 1
    if not complex_in and np.all(e.imag == 0):
        return e.real.astype(real)
    return e


# --------------------------------------------------------------- generalized SVD
def _diag_k(x: np.ndarray, k: int) -> np.ndarray:
    return np.diagonal(x, k).copy()


def _diag_force(x: np.ndarray) -> np.ndarray:
    """Everything off the main diagonal set to zero (MATLAB's ``triu(tril(X))``)."""
    return np.triu(np.tril(x))


def _diag_positive(y: np.ndarray, x: np.ndarray, k: int):
    """Scale columns of ``y`` and rows of ``x`` by unimodular factors so that the k-th
    diagonal of ``x`` is real and nonnegative (entries already real >= 0 untouched)."""
    d = _diag_k(x, k)
    j = np.flatnonzero((d.real < 0) | (d.imag != 0))
    if j.size:
        f = np.conj(d[j]) / np.abs(d[j])
        y[:, j] = y[:, j] * np.conj(f)[None, :]
        x[j, :] = f[:, None] * x[j, :]
    return y, x + 0


def _full_qr(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """LAPACK xGEQRF/xORGQR (MATLAB's ``[Q, R] = qr(A)``); an ``m x 0`` A gives ``I``."""
    m, k = a.shape
    if k == 0 or m == 0:
        return np.eye(m, dtype=a.dtype), np.zeros((m, k), dtype=a.dtype)
    q, r = scipy.linalg.qr(a, mode="full", check_finite=False)
    return q, r


def _full_svd(a: np.ndarray):
    """``(U, S, V)`` of LAPACK xGESVD, S ``m x n`` (MATLAB's ``[U, S, V] = svd(A)``)."""
    from compat._core.linalg import svd_full
    m, n = a.shape
    u, s, vh = svd_full(a)
    smat = np.zeros((m, n), dtype=a.dtype)
    smat[np.arange(s.size), np.arange(s.size)] = s
    return u, smat, vh.conj().T


def cosine_sine(q1: np.ndarray, q2: np.ndarray):
    """The cosine-sine decomposition ``Q1 = U C Z^H``, ``Q2 = V S Z^H`` of the blocks of
    a matrix with orthonormal columns, ``C^H C + S^H S = I``, by the steps of MATLAB's
    ``gsvd.m`` (SVD of Q1 in ascending order, QR of ``Q2 Z``, SVD of the remaining
    block, the nonzero diagonals made real >= 0, then ``c./s`` sorted ascending)."""
    m, p = q1.shape
    n = q2.shape[0]
    real = np.finfo(q1.dtype).dtype
    eps = float(np.finfo(real).eps)
    if m < n:
        v, u, z, s, c = cosine_sine(q2, q1)
        rev = np.arange(p)[::-1]
        c, s, z = c[:, rev], s[:, rev], z[:, rev]
        mm = min(m, p)
        c[:mm, :] = c[:mm, :][::-1]
        u[:, :mm] = u[:, :mm][:, ::-1]
        nn = min(n, p)
        s[:nn, :] = s[:nn, :][::-1]
        v[:, :nn] = v[:, :nn][:, ::-1]
        return u, v, z, c, s
    if m == 1 and p > 1:        # only m = n = 1, p = 2 reaches here
        z = np.vstack([q2, q1]).conj().T
        one = np.ones((1, 1), dtype=real)
        return one, one.copy(), z, np.array([[0.0, 1.0]], real), np.array([[1.0, 0.0]], real)
    u, c, z = _full_svd(q1)
    q = min(m, p)
    rev = np.arange(q)[::-1]
    c[:q, :q] = c[:q, :q][np.ix_(rev, rev)]
    u[:, :q] = u[:, rev]
    z[:, :q] = z[:, rev]
    s = q2 @ z
    if q == 1:
        k = 0
    elif m < p:
        k = n
    else:
        small = np.flatnonzero(np.diagonal(c).real <= 1 / np.sqrt(2))
        k = int(small[-1] + 1) if small.size else 0
    v, _ = _full_qr(s[:, :k])
    s = v.conj().T @ s
    r = min(k, m)
    s[:, :r] = _diag_force(s[:, :r])
    if k < min(n, p):
        r = min(n, p)
        i, j = np.arange(k, n), np.arange(k, r)
        ut, st, vt = _full_svd(s[np.ix_(i, j)])
        if k > 0:
            s[:k, k:r] = 0
        s[np.ix_(i, j)] = st
        c[:, j] = c[:, j] @ vt
        v[:, i] = v[:, i] @ ut
        z[:, j] = z[:, j] @ vt
        i = np.arange(k, q)
        qq, rr = _full_qr(c[np.ix_(i, j)])
        c[np.ix_(i, j)] = _diag_force(rr)
        u[:, i] = u[:, i] @ qq
    if m < p:
        # the final block of S made diagonal and the blocks permuted
        counts = [np.count_nonzero(np.abs(_diag_k(c, 0)) > 10 * m * eps),
                  np.count_nonzero(np.abs(_diag_k(s, 0)) > 10 * n * eps)]
        tail = np.abs(s[:, m:p])
        counts.append(np.count_nonzero(tail.max(axis=1) < np.sqrt(eps)) if tail.shape[1]
                      else 0)
        qk = min(counts)
        maxq = m + n - p
        mid = np.abs(s[:, qk:maxq])
        if mid.shape[1] and mid.shape[0]:
            qk += int(np.count_nonzero(mid.max(axis=0) > np.sqrt(eps)))
        i, j = np.arange(qk, n), np.arange(m, p)
        qq, rr = _full_qr(s[np.ix_(i, j)])
        s[:, qk:p] = 0
        s[np.ix_(i, j)] = _diag_force(rr)
        v[:, i] = v[:, i] @ qq
        if n > 1:
            i = np.concatenate([np.arange(qk, qk + p - m), np.arange(qk),
                                np.arange(qk + p - m, n)])
        else:
            i = np.array([0])
        j = np.concatenate([np.arange(m, p), np.arange(m)])
        c, s, z, v = c[:, j], s[np.ix_(i, j)], z[:, j], v[:, i]
    if n < p:
        s[:, n:p] = 0
    u, c = _diag_positive(u, c, max(0, p - m))
    c = c.real.astype(real)
    v, s = _diag_positive(v, s, 0)
    s = s.real.astype(real)
    # the standard form: c, s renormalised by hypot, c./s ascending, exact 0/1 blocks
    if m >= p and n >= p:
        rows_c = rows_s = cols = np.arange(p)
    elif m >= p:                                   # n < p
        rows_c = rows_s = cols = np.arange(n)
        ind = np.arange(n, p)
        c[ind, ind] = 1
    else:                                          # m < p and n < p
        rows_c = np.arange(m + n - p)
        rows_s = cols = np.arange(p - m, n)
        c[np.arange(m + n - p, m), np.arange(n, p)] = 1
        s[np.arange(p - m), np.arange(p - m)] = 1
    cv, sv = c[rows_c, cols], s[rows_s, cols]
    cs = np.hypot(cv, sv)
    with np.errstate(all="ignore"):
        cv, sv = cv / cs, sv / cs
        ratio = cv / sv
    if ratio.size > 1 and not np.all(ratio[:-1] <= ratio[1:]):
        perm = np.argsort(ratio, kind="stable")
        cv, sv = cv[perm], sv[perm]
        u[:, rows_c] = u[:, rows_c[0] + perm]
        v[:, rows_s] = v[:, rows_s[0] + perm]
        z[:, cols] = z[:, cols[0] + perm]
    c[rows_c, cols] = cv
    s[rows_s, cols] = sv
    return u, v, z, c, s


def generalized_svd(a: np.ndarray, b: np.ndarray, *, economy: bool = False):
    """MATLAB's ``gsvd``: ``(U, V, X, C, S, sigma)`` with ``A = U C X^H``, ``B = V S
    X^H``, ``C^H C + S^H S = I``: an economy QR of A (and of B) with more rows than
    columns when ``economy``, a column-pivoted QR of ``[A; B]`` cut at its numerical rank
    ``q`` (``|R(k,k)| > max(m+n, p)*eps(|R(1,1)|)``), the cosine-sine decomposition of
    its Q's blocks, ``X = R^H Z``; ``sigma`` the ``q`` generalized singular values."""
    m, p = a.shape
    n = b.shape[0]
    real = np.finfo(a.dtype).dtype
    qa = qb = None
    if economy:
        if m > p:
            qa, a = scipy.linalg.qr(a, mode="economic", check_finite=False)
            m = p
        if n > p:
            qb, b = scipy.linalg.qr(b, mode="economic", check_finite=False)
            n = p
    stacked = np.vstack([a, b])
    if stacked.size:
        qm, r, perm = scipy.linalg.qr(stacked, mode="economic", pivoting=True,
                                      check_finite=False)
        tol = max(m + n, p) * float(np.spacing(real.type(abs(r[0, 0]))))
        rank = int(np.count_nonzero(np.abs(np.diagonal(r)) > tol))
    else:
        qm = np.zeros((m + n, 0), a.dtype)
        r = np.zeros((0, p), a.dtype)
        perm = np.arange(p)
        rank = 0
    qm, r = qm[:, :rank], r[:rank, :]
    unperm = np.empty_like(r)
    unperm[:, perm] = r
    u, v, z, c, s = cosine_sine(qm[:m, :], qm[m:m + n, :])
    cdiag = _diag_k(c, max(0, rank - m))
    sdiag = _diag_k(s, 0)
    with np.errstate(all="ignore"):
        sigma = (np.concatenate([np.zeros(max(rank - m, 0), real), cdiag]) /
                 np.concatenate([sdiag, np.zeros(max(rank - n, 0), real)]))
    x = unperm.conj().T @ z
    if qa is not None:
        u = qa @ u
    if qb is not None:
        v = qb @ v
    return u, v, x, c, s, sigma


# ------------------------------------------------------------- reordering a QZ form
def reorder_qz(aa: np.ndarray, bb: np.ndarray, q: np.ndarray, z: np.ndarray,
               select: np.ndarray):
    """``(AAS, BBS, QS, ZS)``: the selected eigenvalues of the generalized Schur form
    ``Q A Z = AA``, ``Q B Z = BB`` moved to the leading blocks by LAPACK xTGSEN (relative
    order kept in both groups; a selected half of a 2x2 block selects the block);
    ``QS A ZS = AAS``, ``QS B ZS = BBS`` (Q in MATLAB's convention, the conjugate
    transpose of LAPACK's left Schur vectors)."""
    n = aa.shape[0]
    if n == 0 or not np.any(select) or np.all(select):
        return aa.copy(), bb.copy(), q.copy(), z.copy()
    tgsen = scipy.linalg.lapack.get_lapack_funcs(("tgsen",), (aa,))[0]
    out = tgsen(np.asarray(select, dtype=np.int32), np.asfortranarray(aa),
                np.asfortranarray(bb), np.asfortranarray(q.conj().T),
                np.asfortranarray(z), ijob=0)
    info = out[-1]
    if info:
        raise np.linalg.LinAlgError("the reordering failed: the eigenvalues are too close "
                                    "to be swapped")
    aas, bbs = out[0], out[1]
    qs, zs = (out[4], out[5]) if aa.dtype.kind == "c" else (out[5], out[6])
    aas = np.triu(aas, -1) if aa.dtype.kind == "f" else np.triu(aas)
    return (np.ascontiguousarray(aas), np.ascontiguousarray(np.triu(bbs)),
            np.ascontiguousarray(qs.conj().T), np.ascontiguousarray(zs))


def reorder_qz_clusters(aa, bb, q, z, clusters: np.ndarray):
    """The clusters in descending order of their labels along the diagonal (the highest
    first): xTGSEN with ``select = labels >= c`` for each label c from the highest
    down, the labels following their eigenvalues."""
    labels = _pair_consistent(aa, np.asarray(clusters, dtype=float).ravel())
    for c in np.unique(labels)[::-1][:-1] if labels.size else []:
        select = labels >= c
        aa, bb, q, z = reorder_qz(aa, bb, q, z, select)
        labels = np.concatenate([labels[select], labels[~select]])
    return aa, bb, q, z
