"""Condensed forms of dense matrices: Schur, Hessenberg, balancing, QZ -- the core.

The legacy layer (:mod:`compat.matlab.condensed_forms`) reads MATLAB's argument grammar
and calls the functions here, which take 2-D float or complex arrays already of the
result class (float32/float64/complex64/complex128, finite) and return plain arrays; they
know no legacy names, no ``nargout``, and emit no warnings.

Every factor that LAPACK computes is LAPACK's own (xGEES, xGEHRD/xORGHR, xGEBAL, xGGES,
xGGEV through :mod:`scipy.linalg`), the drivers MATLAB and Octave call, so the signs of
Schur vectors and the order of the eigenvalues on the diagonal are LAPACK's. Three pieces
are not LAPACK drivers and are written here:

* :func:`real_to_complex_schur` -- MATLAB's ``rsf2csf`` rule: from the bottom up, each
  2x2 block of the real Schur form is triangularised by the complex rotation
  ``G = [conj(c) s; -s c]`` with ``mu`` the block's first eigenvalue (LAPACK's order:
  positive imaginary part first) minus ``T(m, m)``, ``r = hypot(|mu|, T(m, m-1))``,
  ``c = mu/r``, ``s = T(m, m-1)/r``; applied to rows ``m-1:m`` of T (columns ``m-1:n``),
  to columns ``m-1:m`` of T (rows ``1:m``) and of U.
* :func:`hessenberg_triangular` -- the Hessenberg-triangular reduction of a pencil
  (LAPACK's xGGHRD algorithm, which scipy does not expose): QR of B, then Givens
  rotations from the bottom of each column, each row rotation followed by the column
  rotation that restores B's triangle. Rotations follow LAPACK 3.10's xLARTG convention
  (``c >= 0``, ``r`` with the sign -- the phase -- of ``f``).
* :func:`complex_qz_blocks` -- the 2x2 diagonal blocks of a real generalized Schur form
  made triangular by a unitary 2x2 pair, for MATLAB's ``qz(A, B, 'complex')`` of real
  matrices (see that function for what is and is not known of MATLAB's choice).

Sources: LAPACK 3.x documentation of xGEES, xGEHRD, xORGHR, xGEBAL, xGEBAK, xGGHRD,
xGGES, xGGEV, xTGEVC, xLARTG; MATLAB documentation of ``schur``, ``rsf2csf``,
``cdf2rdf``, ``hess``, ``balance``, ``qz`` (definitions and printed examples).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg
import scipy.linalg.lapack as lapack

__all__ = ["schur", "real_to_complex_schur", "complex_to_real_diagonal", "hessenberg",
           "hessenberg_triangular", "Balanced", "balance", "QZForm", "qz",
           "complex_qz_blocks", "generalized_eigenvectors", "givens", "schur_eigenvalues",
           "reorder_schur", "reorder_schur_clusters", "pair_conjugate_columns"]


def _complex_of(dtype) -> np.dtype:
    return np.dtype(np.complex64 if np.dtype(dtype) in (np.float32, np.complex64)
                    else np.complex128)


def _has_blocks(t: np.ndarray) -> bool:
    """True when a real quasi-triangular T has a nonzero subdiagonal (a 2x2 block)."""
    return t.shape[0] > 1 and bool(np.any(np.diagonal(t, -1) != 0))


# ----------------------------------------------------------------------------- Schur
def schur(a: np.ndarray, *, output: str = "real") -> tuple[np.ndarray, np.ndarray]:
    """``(U, T)`` with ``A = U @ T @ U^H``, LAPACK xGEES.

    ``output='real'`` on real A: the real Schur form (1x1 and standardised 2x2 blocks).
    ``output='complex'`` on real A: the real form converted by
    :func:`real_to_complex_schur` when it has a 2x2 block (MATLAB's rule; T stays real
    when every eigenvalue is real). Complex A: the complex Schur form (xGEES complex).
    """
    n = a.shape[0]
    if n == 0:
        return np.zeros((0, 0), a.dtype), np.zeros((0, 0), a.dtype)
    t, u = scipy.linalg.schur(a, output="real" if a.dtype.kind == "f" else "complex",
                              check_finite=False)
    # xGEES leaves exact zeros below the (quasi-)diagonal; make it explicit
    t = np.triu(t, -1) if a.dtype.kind == "f" else np.triu(t)
    if a.dtype.kind == "f" and output == "complex" and _has_blocks(t):
        return real_to_complex_schur(u, t)
    return np.ascontiguousarray(u), np.ascontiguousarray(t)


def real_to_complex_schur(u: np.ndarray, t: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MATLAB's ``rsf2csf`` rule (see the module docstring): ``(Unew, Tnew)`` complex,
    ``Tnew`` upper triangular, ``U T U^H = Unew Tnew Unew^H``."""
    cdtype = _complex_of(np.result_type(u.dtype, t.dtype))
    u = np.array(u, dtype=cdtype)
    t = np.array(t, dtype=cdtype)
    n = t.shape[0]
    for m in range(n - 1, 0, -1):
        sub = t[m, m - 1]
        if sub == 0:
            continue
        k = slice(m - 1, m + 1)
        mu = np.linalg.eigvals(t[k, k])[0] - t[m, m]
        r = np.hypot(abs(mu), abs(sub))
        c = mu / r
        s = sub / r
        g = np.array([[np.conj(c), s], [-s, c]], dtype=cdtype)
        t[k, m - 1:] = g @ t[k, m - 1:]
        t[:m + 1, k] = t[:m + 1, k] @ g.conj().T
        u[:, k] = u[:, k] @ g.conj().T
        t[m, m - 1] = 0
    return u, np.triu(t)


def complex_to_real_diagonal(v: np.ndarray, d: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MATLAB's ``cdf2rdf`` rule: each complex-conjugate pair ``(lambda, conj(lambda))``
    on D's diagonal (adjacent, ``lambda = a + b*i`` the first) becomes the real block
    ``[a b; -b a]`` and its eigenvector columns ``sqrt(2)*[real(v) imag(v)]`` (v the
    first column of the pair), so ``X*Vnew = Vnew*Dnew``; real eigenvalues and their
    columns are kept (their real parts). Returns real ``(Vnew, Dnew)``."""
    real = np.finfo(v.dtype).dtype
    lam = np.diagonal(d).copy()
    n = lam.size
    vnew = np.array(v.real, dtype=real)
    dnew = np.diag(lam.real).astype(real)
    pairs = np.flatnonzero(lam.imag != 0)[::2]
    for j in pairs:
        if j + 1 >= n:
            break
        a, b = lam[j].real, lam[j].imag
        dnew[j:j + 2, j:j + 2] = [[a, b], [-b, a]]
        root2 = real.type(np.sqrt(2))
        vnew[:, j] = root2 * v[:, j].real
        vnew[:, j + 1] = root2 * v[:, j].imag
    return vnew, dnew


# ------------------------------------------------------------------------ Hessenberg
def hessenberg(a: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(P, H)`` with ``A = P H P^H``: LAPACK xGEHRD then xORGHR (no balancing), the
    entries below the subdiagonal set to zero."""
    n = a.shape[0]
    if n == 0:
        return np.zeros((0, 0), a.dtype), np.zeros((0, 0), a.dtype)
    h, p = scipy.linalg.hessenberg(a, calc_q=True, check_finite=False)
    return np.ascontiguousarray(p.astype(a.dtype)), np.ascontiguousarray(
        np.triu(h, -1).astype(a.dtype))


def givens(f, g):
    """LAPACK 3.10's xLARTG: ``(c, s)`` with c real >= 0 and
    ``[c s; -conj(s) c] @ [f; g] = [r; 0]``, ``r`` with the phase of ``f``."""
    if g == 0:
        return 1.0, 0.0 * g
    if f == 0:
        return 0.0, np.conj(g) / abs(g)
    d = np.hypot(abs(f), abs(g))
    phase = f / abs(f)
    return abs(f) / d, phase * np.conj(g) / d


def hessenberg_triangular(a: np.ndarray, b: np.ndarray):
    """``(AA, BB, Q, Z)`` with ``Q A Z = AA`` upper Hessenberg and ``Q B Z = BB`` upper
    triangular, Q and Z unitary (xGEQRF/xORGQR on B, then the xGGHRD rotations; Z's
    first column is ``e1``)."""
    n = a.shape[0]
    dtype = a.dtype
    if n == 0:
        empty = np.zeros((0, 0), dtype)
        return empty, empty.copy(), empty.copy(), empty.copy()
    q0, r = np.linalg.qr(b, mode="complete")
    qm = np.ascontiguousarray(q0.conj().T).astype(dtype)
    aa = (qm @ a).astype(dtype)
    bb = np.triu(r).astype(dtype)
    z = np.eye(n, dtype=dtype)
    for j in range(n - 2):
        for i in range(n - 1, j + 1, -1):
            # rows i-1, i: zero AA[i, j]
            c, s = givens(aa[i - 1, j], aa[i, j])
            rot = np.array([[c, s], [-np.conj(s), c]], dtype=dtype)
            aa[i - 1:i + 1, j:] = rot @ aa[i - 1:i + 1, j:]
            bb[i - 1:i + 1, i - 1:] = rot @ bb[i - 1:i + 1, i - 1:]
            qm[i - 1:i + 1, :] = rot @ qm[i - 1:i + 1, :]
            aa[i, j] = 0
            # columns i-1, i: zero BB[i, i-1] (x = column i, y = column i-1)
            c, s = givens(bb[i, i], bb[i, i - 1])
            cols = np.array([[c, -np.conj(s)], [s, c]], dtype=dtype)  # [x y] -> [x' y']
            pair = [i, i - 1]
            aa[:, pair] = aa[:, pair] @ cols
            bb[:i + 1, pair] = bb[:i + 1, pair] @ cols
            z[:, pair] = z[:, pair] @ cols
            bb[i, i - 1] = 0
    return aa, bb, qm, z


# ------------------------------------------------------------------------- balancing
@dataclass(frozen=True)
class Balanced:
    """``B = T^-1 A T``; ``T`` a permuted diagonal of powers of 2, ``T[:, perm] =
    diag(scale)`` (``perm`` 0-based)."""

    T: np.ndarray
    scale: np.ndarray
    perm: np.ndarray
    B: np.ndarray


def balance(a: np.ndarray, *, permute: bool = True) -> Balanced:
    """LAPACK xGEBAL (job 'B', or 'S' without permutation) and the transformation
    xGEBAK builds from it."""
    n = a.shape[0]
    real = np.finfo(a.dtype).dtype
    if n == 0:
        return Balanced(np.zeros((0, 0), real), np.zeros(0, real),
                        np.zeros(0, np.intp), np.zeros((0, 0), a.dtype))
    b, t = scipy.linalg.matrix_balance(a, permute=permute, scale=True)
    t = np.asarray(t, dtype=real)
    perm = np.argmax(t != 0, axis=1)
    scale = t[np.arange(n), perm]
    return Balanced(np.ascontiguousarray(t), scale, perm,
                    np.ascontiguousarray(b.astype(a.dtype)))


# ------------------------------------------------------------------------------- QZ
@dataclass(frozen=True)
class QZForm:
    """``Q A Z = AA``, ``Q B Z = BB`` (MATLAB's convention: Q is the conjugate
    transpose of LAPACK's left Schur vectors)."""

    AA: np.ndarray
    BB: np.ndarray
    Q: np.ndarray
    Z: np.ndarray


def qz(a: np.ndarray, b: np.ndarray, *, output: str = "complex") -> QZForm:
    """The generalized Schur form by LAPACK xGGES (permutation balancing only, as
    xGGES does). Real A, B with ``output='complex'``: the real form with its 2x2 blocks
    triangularised by :func:`complex_qz_blocks` (real when there is none)."""
    n = a.shape[0]
    if n == 0:
        empty = np.zeros((0, 0), a.dtype)
        return QZForm(empty, empty.copy(), empty.copy(), empty.copy())
    kind = "real" if a.dtype.kind == "f" else "complex"
    aa, bb, ql, zr = scipy.linalg.qz(a, b, output=kind, check_finite=False)
    qm = np.ascontiguousarray(ql.conj().T)
    if kind == "real":
        aa = np.triu(aa, -1)
        bb = np.triu(bb)
        if output == "complex" and _has_blocks(aa):
            return complex_qz_blocks(QZForm(aa, bb, qm, zr))
    else:
        aa, bb = np.triu(aa), np.triu(bb)
    return QZForm(np.ascontiguousarray(aa), np.ascontiguousarray(bb), qm,
                  np.ascontiguousarray(zr))


def complex_qz_blocks(form: QZForm) -> QZForm:
    """Triangularise each 2x2 block ``k, k+1`` of a real generalized Schur form: the
    block's eigenvalue with positive imaginary part first (LAPACK's order of a pair),
    Z's block the unitary whose first column spans that eigenvalue's right eigenvector
    (first component real, >= 0), Q's block the rotation taking ``BB_k z`` to
    ``|BB_k z| e1`` with its second row scaled so that ``BB(k+1, k+1)`` is real >= 0
    (xGGES's complex convention). MATLAB does not document its conversion; this one
    reproduces its triangular form up to these phases."""
    cdtype = _complex_of(form.AA.dtype)
    aa, bb = form.AA.astype(cdtype), form.BB.astype(cdtype)
    qm, z = form.Q.astype(cdtype), form.Z.astype(cdtype)
    n = aa.shape[0]
    k = 0
    while k < n - 1:
        if aa[k + 1, k] == 0:
            k += 1
            continue
        blk = slice(k, k + 2)
        s_b, t_b = aa[blk, blk], bb[blk, blk]
        lam = scipy.linalg.eigvals(s_b, t_b)
        lam = lam[np.argmax(lam.imag)]
        m = s_b - lam * t_b
        row = m[0] if abs(m[0]).sum() >= abs(m[1]).sum() else m[1]
        x = np.array([row[1], -row[0]])
        x = x / np.linalg.norm(x)
        if x[0] != 0:
            x = x * (abs(x[0]) / x[0])
        zb = np.array([[x[0], -np.conj(x[1])], [x[1], np.conj(x[0])]], dtype=cdtype)
        w = t_b @ x
        nw = np.linalg.norm(w)
        qb = np.array([[np.conj(w[0]), np.conj(w[1])], [-w[1], w[0]]], dtype=cdtype) / nw
        d = (qb @ t_b @ zb)[1, 1]
        if d != 0:
            qb[1] *= np.conj(d) / abs(d)
        aa[blk, :] = qb @ aa[blk, :]
        bb[blk, :] = qb @ bb[blk, :]
        qm[blk, :] = qb @ qm[blk, :]
        aa[:, blk] = aa[:, blk] @ zb
        bb[:, blk] = bb[:, blk] @ zb
        z[:, blk] = z[:, blk] @ zb
        aa[k + 1, k] = 0
        bb[k + 1, k] = 0
        for j in (k, k + 1):  # real by construction; drop the rounding-level imaginary part
            bb[j, j] = bb[j, j].real
        k += 2
    return QZForm(np.triu(aa), np.triu(bb), qm, z)


def pair_conjugate_columns(v: np.ndarray, imaginary: np.ndarray) -> np.ndarray:
    """LAPACK's real storage of complex-conjugate vector pairs (columns j, j+1 holding
    the real and imaginary parts where ``imaginary[j]`` is nonzero) -> complex columns
    (complex64 for float32). Used for qz's and eig's eigenvectors."""
    out = v.astype(_complex_of(v.dtype))
    j, n = 0, v.shape[1]
    while j < n:
        if imaginary[j] != 0 and j + 1 < n:
            out[:, j] = v[:, j] + 1j * v[:, j + 1]
            out[:, j + 1] = v[:, j] - 1j * v[:, j + 1]
            j += 2
        else:
            j += 1
    return out


def generalized_eigenvectors(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """``(V, W)``: right and left generalized eigenvectors by LAPACK xGGEV (the QZ
    iteration of xGGES, then xTGEVC back-transformed), each column scaled by LAPACK so
    that its largest component has ``|re| + |im| = 1``; in the order of the diagonal of
    :func:`qz`'s AA. Real (float) when every eigenvalue is real."""
    n = a.shape[0]
    if n == 0:
        return np.zeros((0, 0), a.dtype), np.zeros((0, 0), a.dtype)
    ggev = lapack.get_lapack_funcs(("ggev",), (a, b))[0]
    if a.dtype.kind == "c":
        alpha, beta, vl, vr, work, info = ggev(np.asfortranarray(a), np.asfortranarray(b),
                                              compute_vl=1, compute_vr=1)
    else:
        alphar, alphai, beta, vl, vr, work, info = ggev(
            np.asfortranarray(a), np.asfortranarray(b), compute_vl=1, compute_vr=1)
        if np.any(alphai != 0):
            vr, vl = pair_conjugate_columns(vr, alphai), pair_conjugate_columns(vl, alphai)
    if info:
        raise np.linalg.LinAlgError("the QZ iteration did not converge")
    return np.ascontiguousarray(vr), np.ascontiguousarray(vl)


# ------------------------------------------------------------------------- reordering
def schur_eigenvalues(t: np.ndarray) -> np.ndarray:
    """The eigenvalues of a (quasi-)triangular T in diagonal order (MATLAB's ``ordeig``):
    the diagonal, each 2x2 block's pair with the positive imaginary part first."""
    n = t.shape[0]
    e = np.diagonal(t).astype(_complex_of(t.dtype))
    if t.dtype.kind == "f":
        for k in np.flatnonzero(np.diagonal(t, -1)):
            a, b, c, d = t[k, k], t[k, k + 1], t[k + 1, k], t[k + 1, k + 1]
            mid = (a + d) / 2
            disc = ((a - d) / 2) ** 2 + b * c
            root = np.sqrt(complex(disc))
            e[k], e[k + 1] = mid + root, mid - root
            if e[k].imag < e[k + 1].imag:
                e[k], e[k + 1] = e[k + 1], e[k]
    return e[:n]


def _pair_consistent(t: np.ndarray, labels: np.ndarray) -> np.ndarray:
    """Both eigenvalues of a 2x2 block get the larger of their two labels."""
    labels = labels.copy()
    if t.dtype.kind == "f":
        for k in np.flatnonzero(np.diagonal(t, -1)):
            labels[k] = labels[k + 1] = max(labels[k], labels[k + 1])
    return labels


def reorder_schur(u: np.ndarray, t: np.ndarray, select: np.ndarray):
    """``(US, TS)``: the selected eigenvalues moved to the leading block by LAPACK
    xTRSEN (relative order kept in both groups; a selected half of a 2x2 block selects
    the block); ``US = U Q``, ``TS = Q^H T Q``."""
    n = t.shape[0]
    if n == 0 or not np.any(select) or np.all(select):
        return u.copy(), t.copy()
    trsen = lapack.get_lapack_funcs(("trsen",), (t,))[0]
    out = trsen(np.asarray(select, dtype=np.int32), np.asfortranarray(t),
                np.asfortranarray(u), job="N", wantq=1)
    ts, us, info = out[0], out[1], out[-1]
    if info:
        raise np.linalg.LinAlgError("the reordering failed: the eigenvalues are too "
                                    "close to be swapped")
    ts = np.triu(ts, -1) if t.dtype.kind == "f" else np.triu(ts)
    return np.ascontiguousarray(us), np.ascontiguousarray(ts)


def reorder_schur_clusters(u: np.ndarray, t: np.ndarray, clusters: np.ndarray):
    """The clusters in descending order of their index along the diagonal (the highest
    first): xTRSEN with ``select = clusters >= c`` for each index c from the highest
    down, the labels following their eigenvalues."""
    labels = _pair_consistent(t, np.asarray(clusters, dtype=float).ravel())
    for c in np.unique(labels)[::-1][:-1] if labels.size else []:
        select = labels >= c
        u, t = reorder_schur(u, t, select)
        labels = np.concatenate([labels[select], labels[~select]])
    return u, t
