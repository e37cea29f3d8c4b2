"""Partial-fraction expansion of a ratio of polynomials: the core of MATLAB's
``residue``.

Forward, ``b(s)/a(s) = sum_j r_j / (s - p_j)^m_j + k(s)``: both polynomials stripped of
leading zeros and divided by ``a(1)``; ``k`` from the polynomial division when
``deg b >= deg a``; the poles ``p`` the roots of ``a`` (MATLAB's roots), ordered by
decreasing magnitude and grouped into repeated poles when they lie within
``tol = 0.001`` times their magnitude of each other (MATLAB's mpoles), each group
replaced by its mean; pole values below ``1e4 eps (1 + n)^2 max(1, |p|max)`` in
magnitude (or real/imaginary part) set to exactly zero; the residues solve the linear
equations that match the numerator coefficients of the expansion, one column per
term ``prod_{i != j} (s - p_i) / (s - p_j)^(m_j - 1)``, the rows scaled by their largest
entry. A single pole's residue is ``b(p)``.

Backward, ``[b, a] = residue(r, p, k)``: ``a = prod (s - p_j)`` and
``b = sum_j r_j prod_{i != j}(s - p_i) / (s - p_j)^(m_j - 1) + k a``, the
multiplicities from the same grouping of ``p`` in its given order, leading zeros
removed. (MathWorks' residue reference page describes the expansion and the repeated
poles; the steps are those of GNU Octave's residue.m and mpoles.m, whose results they
reproduce.)
"""

from __future__ import annotations

import numpy as np

from compat._core.polynomials import roots as _roots

__all__ = ["expand", "collect", "multiplicities"]

TOL = 0.001


def _reduce(c):
    c = np.asarray(c).reshape(-1)
    nz = np.flatnonzero(c != 0)
    return c[nz[0]:] if nz.size else c[:0] if c.size == 0 else c[-1:]


def multiplicities(p: np.ndarray, tol: float = TOL, reorder: bool = True):
    """(multiplicity of each pole in the new order, the order as indices into p)."""
    n = p.size
    order = np.argsort(-np.abs(p), kind="stable") if reorder else np.arange(n)
    q = p[order]
    mult = np.zeros(n, int)
    taken = []
    while True:
        free = np.flatnonzero(mult == 0)
        if free.size == 0:
            break
        i = free[0]
        if q[i] == 0:
            nonzero = np.abs(q)[(np.abs(q) > 0) & np.isfinite(q)]
            scale = nonzero.mean() if nonzero.size else 1.0
        else:
            scale = abs(q[i])
        group = [j for j in np.flatnonzero(np.abs(q - q[i]) < tol * scale) if j not in taken]
        for m, j in enumerate(group, start=1):
            mult[j] = m
        taken.extend(group)
    taken = np.array(taken, int)
    return mult[taken], order[taken]


def _term_numerators(p, e):
    """Numerator coefficient vectors of each unit-residue term (over prod (s - p))."""
    out = []
    for j in range(p.size):
        num = np.array([1.0 + 0j])
        for i in range(p.size):
            if i != j:
                num = np.convolve(num, [1.0, -p[i]])
        for _ in range(e[j] - 1):
            num, _rem = _deconv(num, np.array([1.0, -p[j]]))
        out.append(num)
    return out


def _deconv(b, a):
    q = np.zeros(max(b.size - a.size + 1, 1), np.result_type(b, a))
    r = b.astype(q.dtype).copy()
    for i in range(q.size if b.size >= a.size else 0):
        q[i] = r[i] / a[0]
        r[i:i + a.size] -= q[i] * a
    return (q if b.size >= a.size else np.zeros(0, q.dtype)), r


def expand(b: np.ndarray, a: np.ndarray):
    """(r, p, k) of b/a (1-D arrays; k empty without a direct term)."""
    a = _reduce(a)
    b = _reduce(b)
    if a.size == 0 or b.size == 0:
        z = np.zeros(0)
        return z, z, z
    b = b / a[0]
    a = a / a[0]
    if a.size == 1:
        return np.zeros(0), np.zeros(0), b / a
    p = _roots(a).astype(complex)
    e, order = multiplicities(p, TOL, True)
    p = p[order]
    group = np.cumsum(e == 1)
    for g in range(1, group[-1] + 1):
        members = group == g
        p[members] = p[members].mean()
    if b.size >= a.size:
        k, rem = _deconv(b.astype(complex), a.astype(complex))
        b = rem[-(a.size - 1):] if a.size > 1 else rem[:0]
    else:
        k = np.zeros(0)
    big = max(np.max(np.abs(p)), 1.0)
    small = big * np.finfo(float).eps * 1e4 * (1 + p.size) ** 2
    p[np.abs(p) < small] = 0
    p = np.where(np.abs(p.imag) < small, p.real + 0j, p)
    p = np.where(np.abs(p.real) < small, 1j * p.imag, p)
    if p.size == 1:
        r = np.array([np.polyval(b, p[0])])
    else:
        order_b = a.size - 2
        A = np.zeros((order_b + 1, p.size), complex)
        for j, num in enumerate(_term_numerators(p, e)):
            A[order_b + 1 - num.size:, j] = num
        B = np.zeros(order_b + 1, complex)
        bb = np.asarray(b).reshape(-1)
        B[order_b + 1 - bb.size:] = bb
        d = np.max(np.abs(A), axis=1)
        r = np.linalg.solve(A / d[:, None], B / d)
    return _tidy(r), _tidy(p), _tidy(np.asarray(k))


def _tidy(v):
    v = np.asarray(v)
    if v.dtype.kind == "c" and np.all(v.imag == 0):
        return v.real.copy()
    return v


def collect(r: np.ndarray, p: np.ndarray, k: np.ndarray):
    """(b, a) from residues, poles and direct term (1-D arrays)."""
    r = np.asarray(r, complex).reshape(-1)
    p = np.asarray(p, complex).reshape(-1)
    k = np.asarray(k).reshape(-1)
    e, order = multiplicities(p, TOL, False)
    p, r = p[order], r[order]
    den = np.array([1.0 + 0j])
    for pole in p:
        den = np.convolve(den, [1.0, -pole])
    D = den.size - 1
    N = max(k.size - 1, 0) + D
    num = np.zeros(N + 1, complex)
    terms = _term_numerators(p, e)
    for j in range(p.size):
        if abs(r[j]) > 0:
            t = r[j] * terms[j]
            num[N + 1 - t.size:] += t
    if k.size:
        kd = np.convolve(den, k)
        num[N + 1 - kd.size:] += kd
    return _tidy(_reduce(num)), _tidy(_reduce(den))
