"""The core of IDL's special functions, probability distributions and correlations:
Python-shaped (numpy arrays, keyword-only options), evaluated in double precision with
scipy and rounded to the result type the legacy layer asks for.

Result types follow IDL's rule for these routines (IDL Reference Guide, GAMMA, ERF,
BESELJ, GAUSS_PDF, F_PDF ...): DOUBLE when an argument is DOUBLE (or /DOUBLE),
otherwise FLOAT -- integer arguments give FLOAT. Two array arguments give a result as
long as the shorter one (IDL's rule for binary operations); a scalar spreads.

Used by :mod:`compat.idl.special`, :mod:`compat.idl.distributions`,
:mod:`compat.idl.correlation` and :mod:`compat.idl.moments`.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["result_type", "combine", "evaluate", "lagged_sums", "upper_median",
           "beta_by_log_gamma", "incomplete_beta", "first_primes", "binomial_tail"]


def result_type(*arrays: np.ndarray, double: bool = False) -> np.dtype:
    """DOUBLE when ``double`` or any argument is DOUBLE, else FLOAT."""
    if double or any(a.dtype == np.float64 for a in arrays):
        return np.dtype(np.float64)
    return np.dtype(np.float32)


def combine(*arrays: np.ndarray) -> list[np.ndarray]:
    """The arguments as float64 arrays of one shape: arrays cut to the shortest array's
    length (and shape), scalars spread over it."""
    arrays = [np.asarray(a, dtype=np.float64) for a in arrays]
    shaped = [a for a in arrays if a.ndim]
    if not shaped:
        return arrays
    shortest = min(shaped, key=lambda a: a.size)
    out = []
    for a in arrays:
        if a.ndim:
            out.append(a.reshape(-1)[:shortest.size].reshape(shortest.shape))
        else:
            out.append(np.broadcast_to(a, shortest.shape))
    return out


def evaluate(function, *arrays: np.ndarray, dtype) -> np.ndarray:
    """``function`` of the combined double-precision arguments, rounded to ``dtype``."""
    with np.errstate(all="ignore"):
        out = np.asarray(function(*combine(*arrays)), dtype=np.float64)
        return out.astype(dtype)


#: the functions, by IDL routine (argument order as the scipy call takes them)
FUNCTIONS = {
    "gamma": sp.gamma,
    "lngamma": sp.gammaln,
    "erf": sp.erf,
    "expint": lambda n, x: sp.expn(n, x),
    "beselj": lambda x, n: sp.jv(n, x),
    "besely": lambda x, n: sp.yv(n, x),
    "beseli": lambda x, n: sp.iv(n, x),
    "beselk": lambda x, n: sp.kv(n, x),
    "erfc": sp.erfc,
    "igamma": sp.gammainc,
    "legendre": lambda x, l, m: sp.lpmv(m, l, x),
    "gauss_pdf": sp.ndtr,
    "voigt": lambda a, u: sp.wofz(u + 1j * a).real,
    "chisqr_pdf": lambda v, df: sp.chdtr(df, v),
    "t_pdf": lambda v, df: sp.stdtr(df, v),
    "f_pdf": lambda v, dfn, dfd: sp.fdtr(dfn, dfd, v),
    "gauss_cvf": lambda p: -sp.ndtri(p),
    "chisqr_cvf": lambda p, df: sp.chdtri(df, p),
    "t_cvf": lambda p, df: -sp.stdtrit(df, p),
    "f_cvf": lambda p, dfn, dfd: sp.fdtri(dfn, dfd, 1.0 - p),
}


def lagged_sums(x: np.ndarray, y: np.ndarray, lags: np.ndarray) -> np.ndarray:
    """``sum_k (x[k] - mean x) * (y[k + L] - mean y)`` for each lag ``L`` (for a negative
    lag ``x[k + |L|]`` with ``y[k]``), in double precision."""
    dx = x - x.mean()
    dy = y - y.mean()
    n = dx.size
    out = np.empty(lags.size)
    for i, lag in enumerate(lags.reshape(-1)):
        lag = int(lag)
        if lag >= 0:
            out[i] = np.dot(dx[:n - lag], dy[lag:])
        else:
            out[i] = np.dot(dx[-lag:], dy[:n + lag])
    return out


def upper_median(a: np.ndarray, axis: int, nan: bool) -> np.ndarray:
    """IDL's MEDIAN along ``axis`` (without /EVEN): the element at index ``n // 2`` of the
    sorted values, the upper of the two middle ones for an even count; with ``nan`` only
    the finite values count."""
    s = np.sort(a, axis=axis)          # NaN sort last
    if nan and a.dtype.kind == "f":
        count = np.sum(np.isfinite(a), axis=axis, keepdims=True)
    else:
        count = np.full(np.delete(a.shape, axis).tolist() or [], a.shape[axis])
        count = np.expand_dims(count, axis)
    index = np.maximum(count // 2, 0)
    index = np.minimum(index, a.shape[axis] - 1)
    return np.take_along_axis(s, index.astype(np.intp), axis=axis).squeeze(axis)


def beta_by_log_gamma(z: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The beta function as IDL's beta.pro computes it, in double precision:
    ``EXP(LNGAMMA(z) + LNGAMMA(w) - LNGAMMA(z + w))``; beta.pro takes the complex LNGAMMA
    when an argument is negative, whose exponential's real part carries the sign of
    ``GAMMA(z) GAMMA(w) / GAMMA(z + w)`` (here through ``scipy.special.gammasgn``)."""
    z, w = combine(z, w)
    with np.errstate(all="ignore"):
        magnitude = np.exp(sp.gammaln(z) + sp.gammaln(w) - sp.gammaln(z + w))
        sign = sp.gammasgn(z) * sp.gammasgn(w) * sp.gammasgn(z + w)
    return np.where((z >= 0) & (w >= 0), magnitude, sign * magnitude)


def _fraction_floor(v: np.ndarray) -> np.ndarray:
    """ibeta.pro's IBETACF_TRUNCATE: values below 1e-60 in magnitude become 1e-60."""
    return np.where(np.abs(v) < 1e-60, 1e-60, v)


def _beta_fraction(a, b, x, eps: float, itmax: int = 100) -> np.ndarray:
    """ibeta.pro's IBETACF: the continued fraction of the incomplete beta function by
    Lentz's method (Numerical Recipes' betacf), all elements stepped together until
    every finite one has converged (``max |del - 1| < eps``), at most ``itmax`` steps."""
    qab, qap, qam = a + b, a + 1, a - 1
    c = np.ones_like(x)
    d = 1 / _fraction_floor(1 - qab * x / qap)
    h = d
    with np.errstate(all="ignore"):
        for m in range(1, itmax + 1):
            m2 = 2 * m
            aa = m * (b - m) * x / ((qam + m2) * (a + m2))
            d = _fraction_floor(1 + aa * d)
            c = _fraction_floor(1 + aa / c)
            d = 1 / d
            h = h * (d * c)
            aa = -(a + m) * (qab + m) * x / ((a + m2) * (qap + m2))
            d = _fraction_floor(1 + aa * d)
            c = _fraction_floor(1 + aa / c)
            d = 1 / d
            step = d * c
            h = h * step
            good = np.isfinite(step)
            if not good.any() or np.max(np.abs(step[good] - 1)) < eps:
                break
    return h


def incomplete_beta(a: np.ndarray, b: np.ndarray, x: np.ndarray, *,
                    eps: float = 3e-12) -> np.ndarray:
    """The regularised incomplete beta function as IDL's ibeta.pro computes it, in
    double precision: the prefactor ``EXP(LNGAMMA(a+b) - LNGAMMA(a) - LNGAMMA(b) +
    a ALOG(x) + b ALOG(1-x))`` (0 where x is 0 or 1), then the continued fraction for
    ``x < (a+1)/(a+b+2)`` and the symmetry relation for the others, each group stepped
    together (so a value can depend on the other elements of its call, as in IDL)."""
    a, b, x = combine(a, b, x)
    shape = x.shape
    a, b, x = (np.array(v, dtype=np.float64).reshape(-1) for v in (a, b, x))
    valid = (x != 0) & (x != 1)
    xx = np.where(valid, x, 0.5)
    with np.errstate(all="ignore"):
        y = np.exp(sp.gammaln(a + b) - sp.gammaln(a) - sp.gammaln(b) +
                   a * np.log(xx) + b * np.log(1 - xx))
    y = y * valid
    small = x < np.abs((a + 1) / (a + b + 2))
    large = ~small
    with np.errstate(all="ignore"):
        if small.any():
            y[small] = (y[small] / a[small]) * _beta_fraction(a[small], b[small],
                                                              x[small], eps)
        if large.any():
            y[large] = 1 - (y[large] / b[large]) * _beta_fraction(b[large], a[large],
                                                                  1 - x[large], eps)
    return y.reshape(shape)


def first_primes(n: int) -> np.ndarray:
    """The first ``n`` prime numbers (int64), by a sieve of Eratosthenes."""
    if n < 1:
        return np.zeros(0, np.int64)
    limit = 15
    while True:   # the n-th prime is below n (ln n + ln ln n) for n >= 6
        sieve = np.ones(limit + 1, bool)
        sieve[:2] = False
        for p in range(2, int(limit ** 0.5) + 1):
            if sieve[p]:
                sieve[p * p::p] = False
        found = np.flatnonzero(sieve)
        if found.size >= n:
            return found[:n].astype(np.int64)
        limit *= 2


def binomial_tail(v: int, n: int, p: np.ndarray, *, gaussian=None) -> np.ndarray:
    """P(X >= v) for X ~ Binomial(n, p), as IDL 8.0's binomial.pro computes it in the
    working type of ``p`` (float32 or float64): ``EXP(LNGAMMA(n+1) - LNGAMMA(v+1) -
    LNGAMMA(n-v+1)) * p^v * q^(n-v)`` then the terms for v+1 .. n by the ratio
    ``previous * (n-x+1) / x * (p/q)``, in that order; 1 where q is 0. With ``gaussian``
    True, or when the log factor passes 80 (FLOAT) / 700 (DOUBLE) and ``gaussian`` is
    None, the normal approximation ``1 - GAUSS_PDF((v - 0.5 - n p) / SQRT(n p q))``."""
    t = p.dtype.type
    if v == 0:
        return p * t(0) + t(1)
    if v > n:
        return p * t(0)
    q = t(1) - p
    nn, vv = t(n), t(v)
    with np.errstate(all="ignore"):
        log_fact = (t(sp.gammaln(float(nn + t(1)))) - t(sp.gammaln(float(vv + t(1))))
                    - t(sp.gammaln(float(nn - vv + t(1)))))
        if gaussian or (gaussian is None and log_fact > (700 if t is np.float64 else 80)):
            z = (t(v) - t(0.5) - t(n) * p) / np.sqrt(t(n) * p * q)
            return t(1) - sp.ndtr(z.astype(np.float64)).astype(p.dtype)
        previous = np.exp(log_fact) * p ** vv * q ** (nn - vv)
        total = previous
        zero = q == 0
        q = np.where(zero, t(1), q)
        ratio = p / q
        for x in range(v + 1, n + 1):
            x = t(x)
            previous = previous * (nn - x + t(1)) / x * ratio
            total = total + previous
    return np.where(zero, t(1), total).astype(p.dtype)
