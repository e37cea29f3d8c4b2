"""Rank correlation, the core of IDL's ``R_CORRELATE`` (legacy layer:
:mod:`compat.idl.correlation`).

The arithmetic is IDL 8.0's ``r_correlate.pro`` and ``idl_crank.pro`` (``$Id:
//depot/idl/releases/IDL_80/idldir/lib/r_correlate.pro#1 $``; Numerical Recipes 2nd ed.
section 14.6, ``spear`` and ``kendl1``), operation for operation in IDL's types:

* Spearman: both vectors are ranked after conversion to FLOAT (``idl_crank`` does
  ``w = FLOAT(w)`` before comparing neighbours, so DOUBLE values equal in single
  precision are ties), ties take their mean rank and add ``f^3 - f`` (FLOAT) to the tie
  sums ``sf``, ``sg``; ``D`` is the FLOAT running total of the squared rank
  differences; ``ZD``, ``PROBD``, ``rs`` and its significance are FLOAT expressions
  (``ERRORF`` and ``IBETA`` of FLOAT arguments).
* Kendall: the pairwise differences ``x[j] - x[k]`` and their product in the inputs'
  own types (integer types wrap, as IDL's do), counts in FLOAT.

Here ERRORF and IBETA are evaluated in double precision (scipy) and rounded once to
FLOAT, as compat's ERRORF does.
"""

from __future__ import annotations

import numpy as np
from scipy import special

from compat._core.running_sums import sequential_sum

__all__ = ["crank", "spearman", "kendall"]

F = np.float32


def crank(w: np.ndarray) -> tuple[np.ndarray, np.float32]:
    """IDL_CRANK of a sorted vector: its FLOAT ranks (1-based, ties the mean rank) and
    the FLOAT sum of ``f^3 - f`` over the groups of ``f`` equal values."""
    w = w.astype(F)
    n = w.size
    # starts of the groups of equal neighbours
    starts = np.flatnonzero(np.concatenate(([True], w[1:] != w[:-1])))
    ends = np.append(starts[1:], n)                       # jt of idl_crank
    sizes = ends - starts
    mean_rank = (F(0.5) * (starts + ends + 1).astype(F)).astype(F)
    ranks = np.repeat(np.where(sizes > 1, mean_rank, (starts + 1).astype(F)), sizes)
    tied = sizes[sizes > 1]
    terms = (tied.astype(F) ** 3 - tied.astype(F)).astype(F)    # float(f)^3 - f
    s = F(0.0)
    for term in terms:                     # FLOAT running sum, in the groups' order
        s = F(s + term)
    return ranks.astype(F), s


def _erfc_two_sided(z) -> np.float32:
    """``1.0 - ERRORF(ABS(z)/1.4142136)`` in FLOAT."""
    arg = F(abs(F(z)) / F(1.4142136))
    return F(F(1.0) - F(special.erf(np.float64(arg))))


def spearman(x: np.ndarray, y: np.ndarray):
    """``(rs, probrs, d, zd, probd)`` as FLOAT scalars (IDL's Spearman branch)."""
    ix = np.argsort(x, kind="stable")
    wx, wy = x[ix], y[ix]
    rx, sf = crank(wx)
    iy = np.argsort(wy, kind="stable")
    rx, wy = rx[iy], wy[iy]
    ry, sg = crank(wy)
    diff = (rx - ry).astype(F)
    d = F(sequential_sum((diff * diff).astype(F), None, F))
    en = F(x.size)
    en3n = F(F(F(en * en) * en) - en)
    aved = F(F(en3n / F(6.0)) - F(F(sf + sg) / F(12.0)))
    fac = F(F(F(1.0) - F(sf / en3n)) * F(F(1.0) - F(sg / en3n)))
    en_plus = F(en + F(1.0))
    vard = F(F(F(F(F(en - F(1.0)) * F(en * en)) * F(en_plus * en_plus)) / F(36.0)) * fac)
    with np.errstate(divide="ignore", invalid="ignore"):
        zd = F(F(d - aved) / F(np.sqrt(vard)))
        probd = _erfc_two_sided(zd)
        rs = F(F(F(1.0) - F(F(F(6.0) / en3n) * F(d + F(F(sf + sg) / F(12.0)))))
               / F(np.sqrt(fac)))
        fac = F(F(F(1.0) + rs) * F(F(1.0) - rs))
        if fac > 0:
            t = F(rs * F(np.sqrt(F(F(en - F(2.0)) / fac))))
            df = F(en - F(2.0))
            arg = F(df / F(df + F(t * t)))
            probrs = F(special.betainc(np.float64(F(F(0.5) * df)), 0.5, np.float64(arg)))
        else:
            probrs = F(0.0)
    return rs, probrs, d, zd, probd


def _idl_difference_type(a: np.dtype, b: np.dtype) -> np.dtype:
    from compat._core.idl_types import promote
    return promote(a, b)


def kendall(x: np.ndarray, y: np.ndarray, block: int = 512):
    """``(tau, prob)`` as FLOAT scalars (IDL's Kendall branch: pair differences in the
    inputs' types, FLOAT counts)."""
    n = x.size
    is_, nnx, nny = 0, 0, 0
    product_type = _idl_difference_type(x.dtype, y.dtype)
    with np.errstate(over="ignore", invalid="ignore"):
        for start in range(0, n - 1, block):
            j = np.arange(start, min(start + block, n - 1))
            k = np.arange(n)
            mask = k[None, :] > j[:, None]
            dx = (x[j][:, None] - x[None, :])            # x's own type, wraps
            dy = (y[j][:, None] - y[None, :])
            aa = dx.astype(product_type) * dy.astype(product_type)
            dx, dy, aa = dx[mask], dy[mask], aa[mask]
            both = aa != 0
            is_ += int(np.count_nonzero(both & (aa > 0))) - \
                int(np.count_nonzero(both & ~(aa > 0)))
            nnx += int(np.count_nonzero(both)) + int(np.count_nonzero(~both & (dx != 0)))
            nny += int(np.count_nonzero(both)) + \
                int(np.count_nonzero(~both & (dx == 0) & (dy != 0)))
    # FLOAT counters incremented by one: exact below 2^24 pairs (n < 5793); beyond,
    # IDL's nnx and nny stop growing at 2^24 (reproduced) and its running score rounds
    # in an order-dependent way (here: the exact score rounded once)
    limit = 2 ** 24
    is_f = F(is_)
    nnx_f, nny_f = F(min(nnx, limit)), F(min(nny, limit))
    nx = F(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        tau = F(is_f / F(np.sqrt(F(nnx_f * nny_f))))
        var = F(F(F(F(4.0) * nx) + F(10.0)) / F(F(F(9.0) * nx) * F(nx - F(1.0))))
        z = F(tau / F(np.sqrt(var)))
        prob = _erfc_two_sided(z)
    return tau, prob
