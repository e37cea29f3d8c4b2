"""Numerical Recipes algorithms: the ones IDL's LUDC, LUSOL, CHOLDC, CHOLSOL, SVDC,
SVSOL, TRIRED, TRIQL, EIGENQL and TRISOL are documented to be based on.

Source: Press et al., *Numerical Recipes in C*, 2nd ed., sections 2.3 (``ludcmp``,
``lubksb``), 2.6 (``svdcmp``, ``svbksb``), 2.9 (``choldc``, ``cholsl``), 11.2 (``tred2``),
11.3 (``tqli``) and
2.4 (``tridag``). Arrays are row-major matrices (``a[i, j]`` is row i), which is
numpy's readsav layout of an IDL array; they are computed in the dtype given (float32 for
IDL FLOAT, as IDL does without /DOUBLE). The legacy layer is :mod:`compat.idl.linalg`;
the LAPACK-ordered algorithms MATLAB's routines need are in :mod:`compat._core.linalg`.
"""

from __future__ import annotations

import numpy as np

from compat._core.c_semantics import fmax as _fmax, sign as _sign


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
    |a_ik|`` (the *last* such row among ties, NR's ``>=``; a NaN merit is never taken
    and a row of NaN and zeros is singular, as NR's loops from 0, c_semantics);
    an exactly zero pivot is
    replaced by 1e-20 (NR's TINY). A row of zeros raises :class:`_NRError` ("Singular
    matrix"). Inner products are computed by numpy (the summation order of IDL's C loops
    is not reproduced bit for bit).

    Each element of U is NR's ``a[i][j] - sum_k a[i][k] a[k][j]`` with the sum one
    ``numpy.dot`` of row i's L part and column j's U part. NR computes column j's U
    entries at step j; row i of them depends only on rows fixed by step i (no later
    interchange moves a row above the current step), so the whole row right of the
    diagonal is formed right after step i's pivot, as one batched vector-vector
    ``numpy.matmul``, which calls the same dot kernel with the same strides as
    ``numpy.dot`` element by element: the factor is bit for bit the one of the
    element-by-element loop (tests/test_nr_lu_vectorised.py keeps that loop and
    compares), in n numpy steps instead of n^2/2.
    """
    a = np.array(a, copy=True)
    n = a.shape[0]
    dtype = a.dtype
    # NR: big=0.0; if ((temp=fabs(a[i][j])) > big) big=temp; a NaN never counts, so
    # a row of NaN and zeros is singular (numpy's max made its scale NaN)
    big = np.fmax.reduce(np.abs(a), axis=1, initial=0) if n else np.zeros(0)
    if np.any(big == 0):
        raise _NRError("Singular matrix.")
    with np.errstate(all="ignore"):
        scale = (dtype.type(1) / big.astype(dtype)).real.astype(np.finfo(dtype).dtype)
    index = np.zeros(n, dtype=np.intp)
    parity = 1
    tiny = dtype.type(1e-20)
    with np.errstate(all="ignore"):
        for j in range(n):
            if j:
                a[j:, j] -= a[j:, :j] @ a[:j, j]
            merit = scale[j:] * np.abs(a[j:, j])
            # NR: big=0.0; if ((dum=vv[i]*fabs(sum)) >= big) {big=dum; imax=i;}: the last
            # maximum, a NaN never taken (-1 is below every merit, all >= 0; numpy's
            # argmax took the NaN row)
            back = np.where(np.isnan(merit), -1, merit)[::-1]
            last = int(back.argmax())
            imax = j + (merit.size - 1 - last)
            if back[last] < 0:      # every merit NaN: NR's imax is left unset; compat j
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
                if j:                            # row j of U, right of the diagonal
                    a[j, j + 1:] -= np.matmul(a[j, :j][None, None, :],
                                              a[:j, j + 1:].T[:, :, None])[:, 0, 0]
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
            # NR: anorm=FMAX(anorm,(fabs(w[i])+fabs(rv1[i]))): a NaN sum makes anorm
            # NaN and the next finite sum replaces it (Python's max did neither)
            anorm = _fmax(anorm, abs(w[i]) + abs(rv1[i]))
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


def crout_determinant(a: np.ndarray, zero: float):
    """The determinant from :func:`crout_lu` as IDL's ``determ.pro`` forms it: 0 when a
    diagonal element of the factor is smaller in magnitude than ``zero``, else the
    product of the diagonal (taken left to right) signed by the interchanges. A row of
    zeros raises :class:`_NRError` ("Singular matrix.") as ``crout_lu`` does."""
    lu, _, parity = crout_lu(a)
    diagonal = np.diagonal(lu)
    t = a.dtype.type
    if np.any(np.abs(diagonal) < zero):
        return t(0)
    d = t(parity)
    for value in diagonal:
        d = d * value
    return t(d)


_RADIX = 2.0


def balance(a: np.ndarray) -> np.ndarray:
    """NR's ``balanc`` (section 11.5): a similarity transform by powers of 2 that makes
    the norms of each row and its column (off-diagonal parts, 1-norms) comparable.
    Returns the balanced copy; sweeps repeat until no row changes (NR's 0.95 test)."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    t = a.dtype.type
    radix = t(_RADIX)
    sqrdx = radix * radix
    done = False
    with np.errstate(all="ignore"):
        while not done:
            done = True
            for i in range(n):
                off = np.arange(n) != i
                c = np.abs(a[off, i]).sum(dtype=a.dtype) if n > 1 else t(0)
                r = np.abs(a[i, off]).sum(dtype=a.dtype) if n > 1 else t(0)
                if c and r:
                    g = r / radix
                    f = t(1)
                    s = c + r
                    while c < g:
                        f *= radix
                        c *= sqrdx
                    g = r * radix
                    while c > g:
                        f /= radix
                        c /= sqrdx
                    if (c + r) / f < t(0.95) * s:
                        done = False
                        g = t(1) / f
                        a[i, :] *= g
                        a[:, i] *= f
    return a


def eliminate_hessenberg(a: np.ndarray) -> np.ndarray:
    """NR's ``elmhes`` (section 11.5): reduce to upper Hessenberg form by elimination
    with pivoting (stabilised elementary similarity transformations). Returns the new
    array; as in NR, the multipliers of each step are left below the subdiagonal
    (``hessenberg_qr`` never reads them)."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    with np.errstate(all="ignore"):
        for m in range(1, n - 1):
            column = np.abs(a[m:, m - 1])
            # NR keeps the first strictly larger element (``>``), starting from x = 0
            column = np.where(column > 0, column, 0)   # a NaN never passes NR's >
            i = m + int(np.argmax(column)) if column.size and column.max() > 0 else m
            x = a[i, m - 1]
            if i != m:
                a[[i, m], m - 1:] = a[[m, i], m - 1:]
                a[:, [i, m]] = a[:, [m, i]]
            if x:
                for i in range(m + 1, n):
                    y = a[i, m - 1]
                    if y != 0:
                        y = y / x
                        a[i, m - 1] = y
                        a[i, m:] -= y * a[m, m:]
                        a[:, m] += y * a[:, i]
    return a


def _fsign(a, b):
    return abs(a) if b >= 0 else -abs(a)


def hessenberg_qr(a: np.ndarray, itmax: int = 30):
    """NR's ``hqr`` (section 11.6): all eigenvalues of an upper Hessenberg array by the
    shifted QR algorithm (Francis double shifts, exceptional shifts after 10 and 20
    iterations). Only the Hessenberg part is read. Returns ``(wr, wi)`` in NR's order:
    eigenvalue ``k`` is where the deflation left it, found from the bottom up; a complex
    pair fills two places, the first with the negative imaginary part. More than
    ``itmax`` iterations for one eigenvalue raise :class:`_NRError`."""
    a = np.array(a, copy=True)
    n = a.shape[0]
    t = a.dtype.type
    wr = np.zeros(n, a.dtype)
    wi = np.zeros(n, a.dtype)
    anorm = t(0)
    for i in range(n):
        anorm += np.abs(a[i, max(i - 1, 0):]).sum(dtype=a.dtype)
    nn = n - 1
    shift = t(0)
    x = y = z = w = p = q = r = t(0)
    with np.errstate(all="ignore"):
        while nn >= 0:
            its = 0
            while True:
                l = nn
                while l >= 1:
                    s = abs(a[l - 1, l - 1]) + abs(a[l, l])
                    if s == 0:
                        s = anorm
                    if t(abs(a[l, l - 1]) + s) == s:
                        a[l, l - 1] = 0
                        break
                    l -= 1
                x = a[nn, nn]
                if l == nn:                          # one root found
                    wr[nn] = x + shift
                    wi[nn] = 0
                    nn -= 1
                elif l == nn - 1:                    # two roots found
                    y = a[nn - 1, nn - 1]
                    w = a[nn, nn - 1] * a[nn - 1, nn]
                    p = t(0.5) * (y - x)
                    q = p * p + w
                    z = np.sqrt(abs(q))
                    x += shift
                    if q >= 0:
                        z = p + _fsign(z, p)
                        wr[nn - 1] = wr[nn] = x + z
                        if z:
                            wr[nn] = x - w / z
                        wi[nn - 1] = wi[nn] = 0
                    else:
                        wr[nn - 1] = wr[nn] = x + p
                        wi[nn] = z
                        wi[nn - 1] = -z
                    nn -= 2
                else:                                # no roots yet: a QR sweep
                    y = a[nn - 1, nn - 1]
                    w = a[nn, nn - 1] * a[nn - 1, nn]
                    if its == itmax:
                        raise _NRError("Too many iterations in HQR.")
                    if its == 10 or its == 20:      # exceptional shift
                        shift += x
                        idx = np.arange(nn + 1)
                        a[idx, idx] -= x
                        s = abs(a[nn, nn - 1]) + abs(a[nn - 1, nn - 2])
                        y = x = t(0.75) * s
                        w = t(-0.4375) * s * s
                    its += 1
                    m = nn - 2
                    while m >= l:
                        z = a[m, m]
                        r = x - z
                        s = y - z
                        p = (r * s - w) / a[m + 1, m] + a[m, m + 1]
                        q = a[m + 1, m + 1] - z - r - s
                        r = a[m + 2, m + 1]
                        s = abs(p) + abs(q) + abs(r)
                        p /= s
                        q /= s
                        r /= s
                        if m == l:
                            break
                        u = abs(a[m, m - 1]) * (abs(q) + abs(r))
                        v = abs(p) * (abs(a[m - 1, m - 1]) + abs(z) + abs(a[m + 1, m + 1]))
                        if t(u + v) == v:
                            break
                        m -= 1
                    for i in range(m + 2, nn + 1):
                        a[i, i - 2] = 0
                        if i != m + 2:
                            a[i, i - 3] = 0
                    for k in range(m, nn):
                        if k != m:
                            p = a[k, k - 1]
                            q = a[k + 1, k - 1]
                            r = t(0)
                            if k != nn - 1:
                                r = a[k + 2, k - 1]
                            x = abs(p) + abs(q) + abs(r)
                            if x != 0:
                                p /= x
                                q /= x
                                r /= x
                        s = _fsign(np.sqrt(p * p + q * q + r * r), p)
                        if s != 0:
                            if k == m:
                                if l != m:
                                    a[k, k - 1] = -a[k, k - 1]
                            else:
                                a[k, k - 1] = -s * x
                            p += s
                            x = p / s
                            y = q / s
                            z = r / s
                            q /= p
                            r /= p
                            third = k != nn - 1
                            row = a[k, k:nn + 1] + q * a[k + 1, k:nn + 1]
                            if third:
                                row = row + r * a[k + 2, k:nn + 1]
                                a[k + 2, k:nn + 1] -= row * z
                            a[k + 1, k:nn + 1] -= row * y
                            a[k, k:nn + 1] -= row * x
                            top = min(nn, k + 3)
                            col = x * a[l:top + 1, k] + y * a[l:top + 1, k + 1]
                            if third:
                                col = col + z * a[l:top + 1, k + 2]
                                a[l:top + 1, k + 2] -= col * r
                            a[l:top + 1, k + 1] -= col * q
                            a[l:top + 1, k] -= col
                if l >= nn - 1:                      # NR's ``while (l < nn-1)``
                    break
    return wr, wi


def tridag(a: np.ndarray, b: np.ndarray, c: np.ndarray, r: np.ndarray) -> np.ndarray:
    """``tridag`` (section 2.4): solve the tridiagonal system with sub-diagonal ``a``
    (``a[0]`` unused), diagonal ``b`` and super-diagonal ``c`` (``c[n-1]`` unused) for the
    right-hand side ``r``, all 1-D of length n in one float dtype, which the arithmetic
    keeps: the forward sweep ``bet = b[j] - a[j] gam[j]`` with ``gam[j] = c[j-1]/bet``,
    ``u[j] = (r[j] - a[j] u[j-1])/bet``, then ``u[j] -= gam[j+1] u[j+1]`` backwards. No
    pivoting: ``b[0] = 0`` is "Error 1 in tridag", a zero ``bet`` later "Error 2 in
    tridag" (nrerror's texts)."""
    dtype = b.dtype
    n = b.size
    # float64 arithmetic is Python's; float32 goes through numpy scalars of that type
    conv = float if dtype == np.float64 else dtype.type
    aa, bb, cc, rr = ([conv(x) for x in v] for v in (a, b, c, r))
    u = [conv(0)] * n
    gam = [conv(0)] * n
    bet = bb[0]
    if bet == 0:
        raise _NRError("Error 1 in tridag")
    u[0] = rr[0] / bet
    for j in range(1, n):
        gam[j] = cc[j - 1] / bet
        bet = bb[j] - aa[j] * gam[j]
        if bet == 0:
            raise _NRError("Error 2 in tridag")
        u[j] = (rr[j] - aa[j] * u[j - 1]) / bet
    for j in range(n - 2, -1, -1):
        u[j] = u[j] - gam[j + 1] * u[j + 1]
    return np.array(u, dtype=dtype)
