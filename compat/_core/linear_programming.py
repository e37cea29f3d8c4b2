"""Linear programming by the two-phase simplex method of Numerical Recipes' ``simplx``.

Maximise ``z = c . x`` over ``x >= 0`` subject to ``m1`` constraints ``a_i . x <= b_i``,
then ``m2`` constraints ``a_i . x >= b_i``, then ``m3`` equalities ``a_i . x = b_i``, all
``b_i >= 0``. The tableau is NR's (Press et al., Numerical Recipes in C, 2nd ed., section
10.8): ``m + 2`` rows by ``n + 1`` columns, row 0 the objective ``[0, c_1 .. c_n]``, rows
1..m the constraints ``[b_i, -a_i1 .. -a_in]``, row m+1 the auxiliary objective of phase
one; columns are pivoted with NR's rules (largest coefficient enters, the minimum ratio
leaves, ties broken by the next columns' ratios) and its tolerance ``eps``. The
arithmetic is done in the tableau's own dtype (float32 or float64), step for step as
``simp1``/``simp2``/``simp3`` order it, so a FLOAT problem is solved in single precision
as NR's float routine does. NR's routine has no limit on its pivots; compat stops after
:func:`pivot_cap` of them with the outcome STALLED.

API: :func:`simplex` -> :class:`LPResult`.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["simplex", "pivot_cap", "LPResult", "FINITE", "UNBOUNDED", "INFEASIBLE",
           "STALLED"]

#: outcomes (NR's icase 0, 1, -1; STALLED is compat's: the pivot cap was reached)
FINITE, UNBOUNDED, INFEASIBLE, STALLED = 0, 1, -1, 3


def pivot_cap(m: int, n: int) -> int:
    """The most pivots :func:`simplex` makes before it gives up (compat's rule; NR's
    ``simplx`` has none and can cycle for ever, as it does in single precision when
    rounding leaves phase one's objective just above ``eps``)."""
    return 50 * (m + n + 1)


class LPResult(NamedTuple):
    """``z`` and ``x`` (read from the final tableau as NR's driver reads them), NR's
    ``icase`` outcome (or STALLED), the final ``tableau`` and NR's 1-based
    ``izrov``/``iposv``."""

    z: np.floating
    x: np.ndarray
    outcome: int
    tableau: np.ndarray
    izrov: np.ndarray
    iposv: np.ndarray


def _simp1(a, mm, ll, nll, iabf):
    """The largest (``iabf`` 0) or largest-magnitude (1) of row ``mm``'s coefficients over
    the columns listed in ``ll[:nll]`` (1-based variable numbers): (kp, bmax)."""
    if nll <= 0:
        return 0, a.dtype.type(0)
    kp = ll[0]
    bmax = a[mm, kp]
    for k in range(1, nll):
        value = a[mm, ll[k]]
        test = (value - bmax) if iabf == 0 else (abs(value) - abs(bmax))
        if test > 0:
            bmax = value
            kp = ll[k]
    return kp, bmax


def _simp2(a, m, n, kp, eps):
    """The pivot row (1-based, 0 for none) of column ``kp``: the minimum ratio
    ``-b_i / a_i,kp`` over rows with ``a_i,kp < -eps``, ties by the next columns."""
    rows = [i for i in range(1, m + 1) if a[i, kp] < -eps]
    if not rows:
        return 0
    ip = rows[0]
    q1 = -a[ip, 0] / a[ip, kp]
    for i in rows[1:]:
        q = -a[i, 0] / a[i, kp]
        if q < q1:
            ip, q1 = i, q
        elif q == q1:
            qp = q0 = a.dtype.type(0)
            for k in range(1, n + 1):
                qp = -a[ip, k] / a[ip, kp]
                q0 = -a[i, k] / a[i, kp]
                if q0 != qp:
                    break
            if q0 < qp:
                ip = i
    return ip


def _simp3(a, i1, k1, ip, kp):
    """Exchange the basic variable of row ``ip`` with the column ``kp`` (rows 0..i1,
    columns 0..k1), in NR's order of operations."""
    one = a.dtype.type(1)
    piv = one / a[ip, kp]
    for ii in range(i1 + 1):
        if ii != ip:
            a[ii, kp] *= piv
            row_p = a[ip, :k1 + 1]
            factor = a[ii, kp]
            keep = a[ii, kp]
            a[ii, :k1 + 1] -= row_p * factor
            a[ii, kp] = keep
    pivot_row = a[ip, :k1 + 1] * -piv
    pivot_row[kp] = piv
    a[ip, :k1 + 1] = pivot_row


def simplex(c, constraints, m1: int, m2: int, m3: int, *, eps) -> LPResult:
    """Solve the linear programme (module docstring) in the dtype of ``constraints``.

    ``c``: the n objective coefficients; ``constraints``: an (m, n + 1) array whose rows
    are ``[b_i, -a_i1, ..., -a_in]`` (IDL's layout: N+1 columns by M rows), the ``<=``
    rows first, then ``>=``, then ``=``; ``eps``: NR's tolerance.
    """
    dtype = constraints.dtype
    m, n1 = constraints.shape
    n = n1 - 1
    if m != m1 + m2 + m3:
        raise CompatValueError(f"M1 + M2 + M3 = {m1 + m2 + m3} must equal the {m} rows of "
                               "Constraints")
    if c.size != n:
        raise CompatValueError(f"Zequation has {c.size} elements; Constraints has {n1} "
                               f"columns, which needs {n1 - 1}")
    if np.any(constraints[:, 0] < 0):
        raise CompatValueError("the constraint values (Constraints' first column) must "
                               "not be negative (NR simplx: 'Bad input tableau')")
    eps = dtype.type(eps)
    a = np.zeros((m + 2, n + 1), dtype=dtype)
    a[0, 1:] = c.astype(dtype)
    a[1:m + 1] = constraints
    l1 = list(range(1, n + 1))
    nl1 = n
    izrov = list(range(1, n + 1))
    iposv = [n + i for i in range(1, m + 1)]
    outcome = None
    pivots_left = pivot_cap(m, n)
    if m2 + m3:
        l3 = [1] * m2
        for k in range(n + 1):
            q1 = dtype.type(0)
            for i in range(m1 + 1, m + 1):
                q1 += a[i, k]
            a[m + 1, k] = -q1
        while True:
            kp, bmax = _simp1(a, m + 1, l1, nl1, 0)
            ip = None
            if bmax <= eps and a[m + 1, 0] < -eps:
                outcome = INFEASIBLE
                break
            if bmax <= eps and a[m + 1, 0] <= eps:
                for row in range(m1 + m2 + 1, m + 1):
                    if iposv[row - 1] == row + n:
                        kp, bmax = _simp1(a, row, l1, nl1, 1)
                        if bmax > eps:
                            ip = row
                            break
                if ip is None:
                    for i in range(m1 + 1, m1 + m2 + 1):
                        if l3[i - m1 - 1] == 1:
                            a[i, :] = -a[i, :]
                    break
            if ip is None:
                ip = _simp2(a, m, n, kp, eps)
                if ip == 0:
                    outcome = INFEASIBLE
                    break
            if pivots_left == 0:
                outcome = STALLED
                break
            pivots_left -= 1
            _simp3(a, m + 1, n, ip, kp)
            if iposv[ip - 1] >= n + m1 + m2 + 1:
                k = l1.index(kp, 0, nl1)
                nl1 -= 1
                del l1[k]
                l1.append(0)
            else:
                kh = iposv[ip - 1] - m1 - n
                if kh >= 1 and l3[kh - 1]:
                    l3[kh - 1] = 0
                    a[m + 1, kp] += dtype.type(1)
                    a[:, kp] = -a[:, kp]
            izrov[kp - 1], iposv[ip - 1] = iposv[ip - 1], izrov[kp - 1]
    if outcome is None:
        while True:
            kp, bmax = _simp1(a, 0, l1, nl1, 0)
            if bmax <= eps:
                outcome = FINITE
                break
            ip = _simp2(a, m, n, kp, eps)
            if ip == 0:
                outcome = UNBOUNDED
                break
            if pivots_left == 0:
                outcome = STALLED
                break
            pivots_left -= 1
            _simp3(a, m, n, ip, kp)
            izrov[kp - 1], iposv[ip - 1] = iposv[ip - 1], izrov[kp - 1]
    x = np.zeros(n, dtype=dtype)
    for i in range(1, m + 1):
        if iposv[i - 1] <= n:
            x[iposv[i - 1] - 1] = a[i, 0]
    return LPResult(a[0, 0], x, outcome, a, np.array(izrov, np.int32),
                    np.array(iposv, np.int32))
