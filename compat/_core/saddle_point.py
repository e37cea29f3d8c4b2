"""Loader's saddle-point terms (C. Loader, "Fast and accurate computation of binomial
probabilities", 2000), the method MATLAB's binopdf, poisspdf and hygepdf use: the
Stirling-series remainder ``stirlerr`` and the deviance ``bd0``."""

from __future__ import annotations

import math

import numpy as np
from scipy import special as sp

__all__ = ["stirlerr", "bd0"]

_LOG_SQRT_2PI = 0.5 * np.log(2 * np.pi)


def _stirlerr_table() -> np.ndarray:
    """stirlerr at n = 0, 0.5, 1, ..., 15 to full double precision (40-digit decimal
    arithmetic: n! of integers and of half-integers, (2k)! sqrt(pi) / (4^k k!))."""
    from decimal import Decimal, localcontext
    with localcontext() as ctx:
        ctx.prec = 40
        pi = Decimal("3.141592653589793238462643383279502884197")
        log_sqrt_2pi = (2 * pi).ln() / 2
        out = [0.0]                                    # stirlerr(0) is not used
        for twice in range(1, 31):
            n = Decimal(twice) / 2
            if twice % 2 == 0:
                log_fact = Decimal(math.factorial(twice // 2)).ln()
            else:                                      # Gamma(k + 3/2), k = (twice-1)/2
                k = (twice + 1) // 2                   # n + 1 = k + 1/2
                log_fact = (Decimal(math.factorial(2 * k)) / (Decimal(4) ** k
                            * Decimal(math.factorial(k)))).ln() + pi.ln() / 2
            value = log_fact - (n + Decimal("0.5")) * n.ln() + n - log_sqrt_2pi
            out.append(float(value))
    return np.array(out)


_STIRLERR_HALVES = _stirlerr_table()


def stirlerr(n):
    """``log(n!) - log(sqrt(2 pi n) (n/e)^n)``: the Stirling series above 15, exact
    table values at the half-integers up to 15 (as Loader's method does), the log-gamma
    difference elsewhere below 15 (absolute error ~1e-15)."""
    n = np.asarray(n, dtype=np.float64)
    with np.errstate(all="ignore"):
        nn = n * n
        series = (1 / 12 - (1 / 360 - (1 / 1260 - (1 / 1680 - (1 / 1188) / nn) / nn) / nn)
                  / nn) / n
        small = sp.gammaln(n + 1) - (n + 0.5) * np.log(n) + n - _LOG_SQRT_2PI
        twice = 2 * n
        half = (twice == np.round(twice)) & (n <= 15) & (n > 0)
        table = _STIRLERR_HALVES[np.where(half, twice, 0).astype(np.int64)]
    return np.where(n > 15, series, np.where(half, table, small))


def bd0(x, m):
    """The deviance term ``x log(x/m) + m - x``, by its series where x is near m (no
    cancellation)."""
    x = np.asarray(x, dtype=np.float64)
    m = np.asarray(m, dtype=np.float64)
    with np.errstate(all="ignore"):
        direct = x * np.log(x / m) + m - x
        v = (x - m) / (x + m)
        near = np.abs(x - m) < 0.1 * (x + m)
        s = (x - m) * v
        ej = 2 * x * v
        v2 = v * v
        for j in range(1, 200):
            ej = ej * v2
            s_new = s + ej / (2 * j + 1)
            if np.all(~near | (s_new == s)):
                s = s_new
                break
            s = s_new
    return np.where(near, s, np.where(x == 0, m, direct))


