"""The runs test for randomness as MATLAB's runstest computes it.

* Runs above and below a reference value ``v`` (MATLAB's default: the mean of the
  non-NaN values): the signs of ``x - v`` with the values equal to ``v`` dropped;
  ``n1``/``n0`` the counts above/below, ``R`` the number of runs of equal signs. Under
  randomness ``E R = 1 + 2 n1 n0 / N`` and ``var R = 2 n1 n0 (2 n1 n0 - N) / (N^2 (N -
  1))``; the exact distribution (Wald and Wolfowitz 1940): ``P(R = 2k) = 2 C(n1-1, k-1)
  C(n0-1, k-1) / C(N, n1)`` and ``P(R = 2k+1) = (C(n1-1, k-1) C(n0-1, k) + C(n1-1, k)
  C(n0-1, k-1)) / C(N, n1)``.
* Runs up and down ('ud'): the signs of ``diff(x)`` with zero differences dropped, ``N``
  their number plus one, ``R`` the number of runs of equal signs; ``E R = (2N - 1)/3``,
  ``var R = (16N - 29)/90`` and the exact distribution over the ``N!`` orderings of
  distinct values by the recurrence ``f(n, r) = r f(n-1, r) + 2 f(n-1, r-1) + (n - r)
  f(n-1, r-2)`` (Levene and Wolfowitz 1944; Gibbons and Chakraborti, Nonparametric
  Statistical Inference, the reference MATLAB's page cites).
* ``z = (R + c - E R) / sd R`` with the continuity correction ``c = -sign(R - E R)/2``
  two-sided, ``+1/2`` 'left', ``-1/2`` 'right'; the exact p-value from ``P(R = r)`` and
  the tails ``P(R < r)``, ``P(R > r)``: ``min(1, 2 (P(R = r) + min(P(R < r), P(R > r))))``
  two-sided, ``P(R <= r)`` left (too few runs), ``P(R >= r)`` right (too many); the
  approximate one ``Phi(z)``, ``Phi(-z)`` and twice the smaller, capped at 1.

The exact counts are Python integers and the p-values exact fractions rounded once.
"""

from __future__ import annotations

import math
from fractions import Fraction
from functools import lru_cache

import numpy as np

from compat._core import normal_distribution as normal

__all__ = ["above_below_counts", "up_down_counts", "runs_test"]


def above_below_counts(n1: int, n0: int) -> list[int]:
    """Numbers of arrangements of ``n1`` ones and ``n0`` zeros with ``R = 1, 2, ...``
    runs (index ``R - 1``)."""
    if n1 == 0 or n0 == 0:
        return [1]
    out = []
    for r in range(1, 2 * min(n1, n0) + 2):
        k = r // 2
        if r % 2 == 0:
            out.append(2 * math.comb(n1 - 1, k - 1) * math.comb(n0 - 1, k - 1))
        elif k == 0:
            out.append(0)
        else:
            out.append(math.comb(n1 - 1, k - 1) * math.comb(n0 - 1, k)
                       + math.comb(n1 - 1, k) * math.comb(n0 - 1, k - 1))
    return out


@lru_cache(maxsize=None)
def up_down_counts(n: int) -> tuple[int, ...]:
    """Numbers of orderings of ``n >= 2`` distinct values with ``R = 1 .. n-1`` runs up
    and down."""
    f = {1: 2}                              # n = 2: both orderings are one run
    for m in range(3, n + 1):
        f = {r: r * f.get(r, 0) + 2 * f.get(r - 1, 0) + (m - r) * f.get(r - 2, 0)
             for r in range(1, m)}
    return tuple(f.get(r, 0) for r in range(1, n))


def _exact_p(counts, r: int, tail: str) -> float:
    total = sum(counts)
    at = counts[r - 1] if 1 <= r <= len(counts) else 0
    below, above = sum(counts[:max(r - 1, 0)]), sum(counts[r:])
    if tail == "both":
        p = min(Fraction(1), 2 * Fraction(at + min(below, above), total))
    elif tail == "left":
        p = Fraction(at + below, total)
    else:
        p = Fraction(at + above, total)
    return float(p)


def _norm_cdf(z: float) -> float:
    return float(normal.standard_cdf(z))


def runs_test(x: np.ndarray, v, *, method: str | None, tail: str) -> dict:
    """The runs test of the 1-D ``x`` (NaN already removed). ``v`` a number, or the
    string 'ud'; ``method`` 'exact', 'approximate' or None (MATLAB's default)."""
    ud = isinstance(v, str)
    if ud:
        d = np.diff(x)
        s = np.sign(d[d != 0])
        n = s.size + 1
    else:
        s = np.sign(x - v)
        s = s[s != 0]
        n = s.size
    n1 = int(np.count_nonzero(s > 0))
    n0 = int(s.size - n1)
    if method is None:
        method = "approximate" if ud and n > 50 else "exact"
    if s.size == 0:
        nruns = float("nan") if n == 0 else 1.0
        return {"p": 1.0, "nruns": nruns, "n1": n1, "n0": n0, "z": float("nan"),
                "method": method, "n": n}
    nruns = int(np.count_nonzero(s[1:] != s[:-1])) + 1
    if ud:
        mu, var = (2 * n - 1) / 3, (16 * n - 29) / 90
    else:
        mu = 1 + 2 * n1 * n0 / n
        var = 2 * n1 * n0 * (2 * n1 * n0 - n) / (n * n * (n - 1)) if n > 1 else 0.0
    if n == 1:
        z = float("nan")
    else:
        c = (-0.5 * float(np.sign(nruns - mu)) if tail == "both"
             else 0.5 if tail == "left" else -0.5)
        num = nruns + c - mu
        if var > 0:
            z = num / math.sqrt(var)
        else:
            z = float("nan") if num == 0 else math.copysign(math.inf, num)
    if method == "exact":
        counts = up_down_counts(n) if ud else above_below_counts(n1, n0)
        p = _exact_p(list(counts), nruns, tail)
    elif math.isnan(z):
        p = float("nan")
    else:
        lo, hi = _norm_cdf(z), _norm_cdf(-z)
        p = min(1.0, 2 * min(lo, hi)) if tail == "both" else lo if tail == "left" else hi
    return {"p": p, "nruns": float(nruns), "n1": n1, "n0": n0, "z": float(z),
            "method": method, "n": n}
