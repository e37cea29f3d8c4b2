"""The core of IDL's special functions, probability distributions and correlations:
Python-shaped (numpy arrays, keyword-only options), evaluated in double precision with
scipy and rounded to the result type the legacy layer asks for.

Result types follow IDL's rule for these routines (IDL Reference Guide, GAMMA, ERF,
BESELJ, GAUSS_PDF, F_PDF ...): DOUBLE when an argument is DOUBLE (or /DOUBLE),
otherwise FLOAT -- integer arguments give FLOAT. Two array arguments give a result as
long as the shorter one (IDL's rule for binary operations); a scalar spreads.

Used by :mod:`compat.idl.special`, :mod:`compat.idl.distributions`,
:mod:`compat.idl.correlation` and :mod:`compat.idl.moments`.

The second half holds the kernels behind MATLAB's special functions
(:mod:`compat.matlab.special_functions`, :mod:`compat.matlab.bessel`), in double
precision with MATLAB's argument conventions already resolved by the legacy layer:
the scaled incomplete gamma functions, the Bessel functions with AMOS's error codes,
all orders of the associated Legendre functions in MATLAB's three normalisations and
the arithmetic-geometric-mean elliptic integrals.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["result_type", "combine", "evaluate", "lagged_sums", "upper_median",
           "beta_by_log_gamma", "incomplete_beta", "first_primes", "binomial_tail",
           "incomplete_gamma", "bessel", "bessel_error_codes", "airy",
           "legendre_orders", "elliptic_integrals", "jacobi_elliptic", "log_gamma",
           "erfc_full_range", "gauss_cdf_full_range"]


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


#: (-1)^k (zeta(k) - 1) / k for k = 2 ... 39, highest first: the series
#: ln Gamma(2 + t) = (1 - gamma) t + sum_k (-1)^k (zeta(k) - 1) t^k / k (Abramowitz and
#: Stegun 6.1.41 with ln(1 + t) moved over), whose terms fall as 4^-k / k for |t| <= 1/2
_LOG_GAMMA_SERIES = np.array([(-1) ** k * sp.zetac(k) / k for k in range(39, 1, -1)])


def log_gamma(x: np.ndarray) -> np.ndarray:
    """ln|Gamma(x)| in double precision, to a few ulps of the result also next to its
    zeros at 1 and 2.

    scipy's gammaln (Cephes lgam) reaches ln Gamma near 1 and 2 through a recurrence
    and a logarithm that cancel, so its error there is a few eps absolute (4.5e-13
    relative at x = 1.99947, up to 5e3 ulps within 0.1 of the zeros). MATLAB's gammaln
    was written from Cody and Hillstrom's approximations in (x - 1) and (x - 2),
    relative to the result near both zeros, and Octave's (glibc's lgamma) is relative
    there too (1.3 ulps measured); so is the series here: on [1.5, 2.5] the series in
    t = x - 2 itself, on [0.5, 1.5) the series in t = x - 1 less ln(1 + t) (Gamma(2 + t) =
    (1 + t) Gamma(1 + t)); elsewhere scipy's gammaln (2 ulps measured). Measured against
    40-digit values: 2.6 ulps at worst on [0.5, 2.5] (1,000 draws a range, and within
    1e-6 of 1 and 1e-9 of 2).

    Examples
    --------
    >>> float(log_gamma(np.array([2.0]))[0]), float(log_gamma(np.array([3.0]))[0])
    (0.0, 0.6931471805599453)
    """
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(all="ignore"):
        out = np.asarray(sp.gammaln(x), dtype=np.float64)
        near = (x >= 0.5) & (x <= 2.5)
        if np.any(near):
            xs = x[near]
            below = xs < 1.5
            t = np.where(below, xs - 1.0, xs - 2.0)
            acc = np.zeros_like(t)
            for c in _LOG_GAMMA_SERIES:
                acc = (acc + c) * t
            value = (1.0 - np.euler_gamma + acc) * t
            value[below] -= np.log1p(t[below])
            out[near] = value
    return out


def erfc_full_range(x: np.ndarray) -> np.ndarray:
    """``erfc(x)`` down to the last subnormal number: scipy's erfc (Cephes) returns 0
    beyond x = 26.6417 (x^2 > its MAXLOG, 709.78), where the true value is still a
    subnormal number until x = 27.2 (erfc(27) = 5.237e-319; glibc's erfc, which GNU
    Octave calls, gives it). And scipy's erfc evaluates exp(-x^2) of the rounded x^2,
    x^2 eps/2 relative: 7 ulps off at 0.98, 18 at 8, 255 at 26 (mpmath), where glibc's
    is within an ulp and Cody's rational approximations (the reference of MATLAB's erf
    page) split x^2 (his CALERF: exp(-y16^2) exp(-(y - y16)(y + y16)), y16 = y to a
    sixteenth). So past x = 0.5 it is ``exp(-x^2) erfcx(x)`` with
    x^2 split exactly (Dekker: hi + lo = x^2), past 26.5 with the exponential scaled by
    e^700 so that the one rounding to the subnormal grid comes last: within 3.7 ulps
    (and 2 units of 2^-1074) of mpmath's erfc over 21000 draws in [0.5, 27.3] (scipy's
    erfcx: Johnson's Faddeeva package, a couple of ulps). Elsewhere scipy's value,
    unchanged; float32 input keeps its class."""
    x = np.asarray(x)
    out = sp.erfc(x)
    with np.errstate(all="ignore"):
        far = (x > 0.5) & (x < 28.0)
        if not np.any(far):
            return out
        v = np.where(far, x, 27.0).astype(np.float64)
        hi = v * v
        c = 134217729.0 * v                      # 2^27 + 1: Dekker's split of v
        vh = c - (c - v)
        vl = v - vh
        lo = ((vh * vh - hi) + 2 * vh * vl) + vl * vl
        # past 26.5, 700 - hi is exact (Sterbenz: hi is in [702, 784]); below, exp(-hi)
        # is a normal number; exp(-lo) = 1 - lo to eps^2
        deep = v > 26.5
        scaled = np.exp(np.where(deep, 700.0 - hi, -hi)) * (1.0 - lo) * sp.erfcx(v)
        tail = np.where(deep, scaled * _EXP_MINUS_700, scaled)
    return np.where(far, tail, out).astype(np.result_type(out), copy=False)[()]


_EXP_MINUS_700 = 9.8596765437597708e-305   # exp(-700), a normal number


#: GDL 1.0.1's GAUSS_PDF (GSL's lower cut-off) is 0 below this point and the value
#: there, 2.257e-308, is still a normal number (gdl: gauss_pdf(-37.519d) prints
#: 2.25699211398560202e-308, gauss_pdf(-37.5190001d) 0)
_GAUSS_LOWER = -37.519


def gauss_cdf_full_range(x: np.ndarray) -> np.ndarray:
    """The standard normal cdf Phi(x) in double precision to a few ulps (IDL's
    GAUSS_PDF as GDL 1.0.1 evaluates it with GSL). scipy's ``ndtr`` is
    ``0.5 erfc(-x/sqrt 2)`` of the rounded x/sqrt 2 and the rounded x^2 inside erfc:
    up to 2000 ulps off mpmath for x in [-37.5, -0.8]. Below -0.8 this is
    ``exp(-x^2/2) erfcx(-x/sqrt 2) / 2`` with x^2 split exactly (Dekker) -- erfcx is
    well conditioned, so the rounded argument costs an ulp -- within 6 ulps of
    mpmath over 23000 draws in [-37.519, 9]; 0 below -37.519 as GDL's; scipy's value
    elsewhere."""
    x = np.asarray(x, dtype=np.float64)
    out = sp.ndtr(x)
    with np.errstate(all="ignore"):
        far = (x < -0.8) & (x >= _GAUSS_LOWER)
        v = np.where(far, x, -1.0)
        hi = v * v
        c = 134217729.0 * v                      # 2^27 + 1: Dekker's split of v
        vh = c - (c - v)
        vl = v - vh
        lo = ((vh * vh - hi) + 2 * vh * vl) + vl * vl
        # exp(-(hi + lo)/2) = exp(-hi/2) (1 - lo/2) to eps^2; the product stays normal
        # down to the cut-off (2.257e-308), so it is rounded once per factor
        tail = (0.5 * np.exp(-0.5 * hi)) * (1.0 - 0.5 * lo) * sp.erfcx(-v / np.sqrt(2.0))
    out = np.where(far, tail, out)
    return np.where(x < _GAUSS_LOWER, 0.0, out)[()]


#: the functions, by IDL routine (argument order as the scipy call takes them)
FUNCTIONS = {
    "gamma": sp.gamma,
    "lngamma": log_gamma,
    "erf": sp.erf,
    "expint": lambda n, x: sp.expn(n, x),
    "beselj": lambda x, n: sp.jv(n, x),
    "besely": lambda x, n: sp.yv(n, x),
    "beseli": lambda x, n: sp.iv(n, x),
    "beselk": lambda x, n: sp.kv(n, x),
    "erfc": erfc_full_range,   # GDL's ERFC (GSL) is nonzero to 27.2 as the true value
    "igamma": sp.gammainc,
    "legendre": lambda x, l, m: sp.lpmv(m, l, x),
    "gauss_pdf": gauss_cdf_full_range,   # GDL (GSL): a few ulps, 0 below -37.519
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


# ---------------------------------------------------------------- MATLAB's kernels
def incomplete_gamma(x: np.ndarray, a: np.ndarray, tail: str) -> np.ndarray:
    """The regularised incomplete gamma function of MATLAB's ``gammainc(x, a, tail)``
    (x first), ``tail`` one of ``'lower'``, ``'upper'``, ``'scaledlower'``,
    ``'scaledupper'``; float64 arrays of one shape in, float64 out.

    * ``x < 0`` (MATLAB: "Both X and A must be real"): the lower function continues
      analytically as ``1 - exp(-x) sum_{k<a} x^k/k!`` for whole ``a`` (real), and the
      series ``x^a e^-x sum x^k / Gamma(a+k+1)`` is complex otherwise: NaN there.
    * the scaled functions are ``P`` (``Q``) times ``Gamma(a+1) e^x / x^a`` (MATLAB's
      page), computed as ``1F1(1; a+1; x)`` and ``a U(1, a+1, x)`` where the product
      overflows or the tail underflows, so a large ``x`` does not give ``Inf * 0``.
    """
    with np.errstate(all="ignore"):
        xx = np.where(x < 0, 0.0, x)
        # only the tail asked for is evaluated (the other is a cheap placeholder)
        wants_lower = tail in ("lower", "scaledlower")
        lower = sp.gammainc(a, xx) if wants_lower else np.zeros(x.shape)
        upper = np.zeros(x.shape) if wants_lower else sp.gammaincc(a, xx)
        # a = 0: the distribution degenerates at 0 (P = 1 for every x >= 0)
        lower = np.where(a == 0, 1.0, lower)
        upper = np.where(a == 0, 0.0, upper)
        negative = (x < 0) & np.isfinite(x)
        if negative.any():
            whole = (a == np.floor(a)) & (a <= 171)
            p_neg = np.full(x.shape, np.nan)
            idx = np.flatnonzero(negative & whole)
            for i in idx:   # the finite sum, element by element (rare)
                n = int(a.flat[i])
                xi = x.flat[i]
                term, total = 1.0, 0.0
                for k in range(n):
                    total += term
                    term *= xi / (k + 1)
                p_neg.flat[i] = 1.0 - np.exp(-xi) * total if n else 1.0
            lower = np.where(negative, p_neg, lower)
            upper = np.where(negative, 1.0 - p_neg, upper)
        lower = np.where(x == -np.inf, np.nan, lower)
        upper = np.where(x == -np.inf, np.nan, upper)
        if tail == "lower":
            return lower
        if tail == "upper":
            return upper
        log_factor = sp.gammaln(a + 1) + x - a * np.log(np.where(x > 0, x, 1.0))
        factor = np.exp(log_factor)
        factor = np.where(x < 0, sp.gamma(a + 1) * np.exp(x) / np.power(x, a), factor)
        if tail == "scaledlower":
            out = lower * factor
            redo = (~np.isfinite(out) | (lower == 0) | (factor == 0)) & (x > 0) \
                & np.isfinite(x) & np.isfinite(a)
            if redo.any():   # (scipy's hyp1f1 does not return at infinite arguments)
                out = np.array(out, dtype=np.float64)
                out[redo] = sp.hyp1f1(1.0, a[redo] + 1, x[redo])
            out = np.where(x == np.inf, np.inf, out)
            out = np.where(x == 0, 1.0, out)
            return np.where(np.isnan(x) | np.isnan(a), np.nan, out)
        out = upper * factor
        redo = (~np.isfinite(out) | (upper == 0) | (factor == 0)) & (x > 0) \
            & np.isfinite(x) & np.isfinite(a)
        if redo.any():
            out = np.array(out, dtype=np.float64)
            out[redo] = a[redo] * sp.hyperu(1.0, a[redo] + 1, x[redo])
        out = np.where(x == np.inf, 0.0, out)
        out = np.where((x == 0) & (a > 0), np.inf, out)
        return np.where(np.isnan(x) | np.isnan(a), np.nan, out)


_BESSEL = {
    "j": (sp.jv, sp.jve), "y": (sp.yv, sp.yve), "i": (sp.iv, sp.ive),
    "k": (sp.kv, sp.kve),
    "h1": (sp.hankel1, sp.hankel1e), "h2": (sp.hankel2, sp.hankel2e),
}

#: AMOS's argument limits (zbesj & co.): beyond sqrt(AA) half the digits are lost
#: (ierr 3), beyond AA = min(0.5/eps, 0.5 * (2^31 - 1)) all of them (ierr 4)
_AMOS_ALL = min(0.5 / np.finfo(float).eps, 0.5 * 2147483647.0)
_AMOS_HALF = np.sqrt(_AMOS_ALL)


def bessel(kind: str, nu: np.ndarray, z: np.ndarray, *, scaled: bool) -> np.ndarray:
    """Bessel function ``kind`` ('j', 'y', 'i', 'k', 'h1', 'h2') of order ``nu`` (real)
    and argument ``z`` (arrays of one shape), through scipy's AMOS build (the library
    MATLAB's besselj & co. call). Always evaluated at complex ``z``, so a negative real
    ``z`` takes the principal branch as in MATLAB (``besselj(0.5, -1)`` is complex); the
    result is complex128. ``scaled``: AMOS's exponential scaling (MATLAB's third
    argument 1)."""
    plain, scaled_function = _BESSEL[kind]
    function = scaled_function if scaled else plain
    zc = z.astype(np.complex128)
    with np.errstate(all="ignore"):
        out = np.asarray(function(nu, zc), dtype=np.complex128)
        if kind == "k":
            # K_nu(0) = Inf (Octave 7.3 and MATLAB; scipy's AMOS wrapper gives NaN)
            out = np.where(zc == 0, complex(np.inf, 0), out)
        if kind in ("j", "i"):
            # a negative non-integer order at 0: the reflection formula's Y_nu(0) or
            # K_nu(0) term makes it infinite, signed by sin(|nu| pi) (Octave 7.3:
            # besselj(-0.5, 0) = Inf; scipy's wrapper gives NaN)
            pole = (zc == 0) & (nu < 0) & (nu != np.floor(nu))
            if pole.any():
                sign = np.sign(np.sin(-nu * np.pi))
                out = np.where(pole, sign * np.inf + 0j, out)
        if kind in ("j", "y", "i", "k") and z.dtype.kind != "c":
            # a real argument >= 0 has a real value: drop the rounding-level imaginary
            # parts of AMOS's complex arithmetic (Octave returns real there too); NaN
            # stays a real NaN
            out = np.where((z >= 0) | np.isnan(z), out.real + 0j, out)
    return out


def bessel_error_codes(nu: np.ndarray, z: np.ndarray, out: np.ndarray) -> np.ndarray:
    """MATLAB's ``ierr`` for each element, from AMOS's rules: 4 where ``|z|`` or
    ``|nu|`` passes AMOS's limit of all digits (or a finite argument gave NaN), 3 where
    it passes the limit of half the digits, 2 where a finite argument overflowed to
    Inf; 0 otherwise (float64)."""
    size = np.maximum(np.abs(z), np.abs(nu))
    with np.errstate(invalid="ignore"):
        finite_in = np.isfinite(z) & np.isfinite(nu)
        code = np.zeros(np.shape(out))
        code = np.where(size > _AMOS_HALF, 3.0, code)
        code = np.where(size > _AMOS_ALL, 4.0, code)
        overflow = finite_in & ~np.isnan(out) & ~np.isfinite(out) & (z != 0)
        code = np.where(overflow & (code == 0), 2.0, code)
        code = np.where(finite_in & np.isnan(out) & (code < 4), 4.0, code)
    return code


def airy(k: int, z: np.ndarray, *, scaled: bool) -> np.ndarray:
    """Ai (k=0), Ai' (1), Bi (2) or Bi' (3) of complex ``z`` through scipy's AMOS build;
    ``scaled`` multiplies Ai, Ai' by ``exp(2/3 z^1.5)`` and Bi, Bi' by
    ``exp(-|Re(2/3 z^1.5)|)`` (AMOS's zairy/zbiry scaling, MATLAB's ``airy(k, z, 1)``)."""
    function = sp.airye if scaled else sp.airy
    with np.errstate(all="ignore"):
        values = np.asarray(function(z.astype(np.complex128))[k], dtype=np.complex128)
    if k in (0, 1):
        # Ai and Ai' decay to 0 at +Inf (Octave 7.3: airy(0, Inf) = 0; scipy: NaN)
        values = np.where(z == np.inf, 0j, values)
    if z.dtype.kind != "c" and not scaled:
        # real for real z; the scaled Ai of a negative z is complex (exp(2/3 z^1.5)
        # with z^1.5 imaginary), and the scaled forms keep AMOS's values as Octave does
        values = values.real + 0j
    return values


def legendre_orders(n: int, x: np.ndarray, normalization: str) -> np.ndarray:
    """All orders ``m = 0..n`` of the associated Legendre functions of degree ``n`` at
    ``x`` (float64, any shape): an array of shape ``(n + 1,) + x.shape``.

    ``'unnorm'``: ``P_n^m`` with the Condon-Shortley phase ``(-1)^m`` (MATLAB's
    definition); ``'sch'``: ``S_n^0 = P_n``, ``S_n^m = (-1)^m sqrt(2 (n-m)!/(n+m)!)
    P_n^m``; ``'norm'``: ``(-1)^m sqrt((n + 1/2) (n-m)!/(n+m)!) P_n^m`` (the two
    factors ``(-1)^m`` cancel the phase: 'sch' and 'norm' carry none).

    The fully normalised functions are built by the stable recurrences in ``m`` (the
    sectoral value) and then in degree, so large ``n`` neither overflows nor loses
    accuracy; the unnormalised ones are those times ``sqrt((n+m)!/((n+1/2)(n-m)!))``
    (Inf where that overflows, as MATLAB's values do for large ``n``).
    """
    x = np.asarray(x, dtype=np.float64)
    s = np.sqrt(np.maximum(1.0 - x * x, 0.0))
    out = np.empty((n + 1,) + x.shape)
    # q[m] = sqrt((2l+1)/2 (l-m)!/(l+m)!) P_l^m without the phase, at l = m first
    sectoral = np.full(x.shape, np.sqrt(0.5))          # l = m = 0
    with np.errstate(all="ignore"):
        for m in range(n + 1):
            if m > 0:
                sectoral = sectoral * s * np.sqrt((2 * m + 1) / (2 * m))
            prev2 = np.zeros(x.shape)
            prev = sectoral
            for l in range(m + 1, n + 1):   # degree recurrence at fixed m
                a = np.sqrt((4 * l * l - 1) / (l * l - m * m))
                b = np.sqrt(((l - 1) ** 2 - m * m) / (4 * (l - 1) ** 2 - 1))
                prev2, prev = prev, a * (x * prev - b * prev2)
            out[m] = prev
    # out[m] = sqrt((n+1/2) (n-m)!/(n+m)!) |P_n^m| (no phase yet)
    m = np.arange(n + 1).reshape((-1,) + (1,) * x.ndim)
    phase = np.where(m % 2 == 1, -1.0, 1.0)
    if normalization == "norm":
        return out.copy()
    with np.errstate(all="ignore"):
        log_ratio = 0.5 * (sp.gammaln(n + m + 1.0) - sp.gammaln(n - m + 1.0))
        if normalization == "sch":
            scale = np.where(m == 0, 1.0, np.sqrt(2.0)) / np.sqrt(n + 0.5)
            return scale * out
        # unnormalised: P_n^m = (-1)^m out * sqrt((n+m)!/(n-m)!) / sqrt(n+1/2)
        return phase * out * np.exp(log_ratio) / np.sqrt(n + 0.5)


def elliptic_integrals(m: np.ndarray, tol: float):
    """MATLAB ellipke's complete elliptic integrals ``K(m)``, ``E(m)`` by the
    arithmetic-geometric mean (Abramowitz & Stegun 17.6), iterated until every
    ``2^i c_i^2`` is at most ``tol``; ``K(1) = Inf``, ``E(1) = 1``."""
    m = np.asarray(m, dtype=np.float64)
    a = np.ones_like(m)
    b = np.sqrt(1.0 - m)
    total = m.copy()
    i = 0
    with np.errstate(all="ignore"):
        while True:
            a, b, c = (a + b) / 2, np.sqrt(a * b), (a - b) / 2
            i += 1
            w = 2.0 ** i * c * c
            total = total + w
            finite = w[np.isfinite(w)]
            if finite.size == 0 or finite.max() <= tol or i > 100:
                break
        k = np.pi / (2 * a)
        e = k * (1 - total / 2)
    k = np.where(m == 1, np.inf, k)
    e = np.where(m == 1, 1.0, e)
    return k, e


def jacobi_elliptic(u: np.ndarray, m: np.ndarray, tol: float):
    """MATLAB ellipj's ``sn, cn, dn`` of ``u`` (float64) at parameter ``m`` in [0, 1]
    by the descending Landen transformation (Abramowitz & Stegun 16.4, the method
    MATLAB's ellipj documents): the arithmetic-geometric mean ``a_i, b_i, c_i`` from
    ``1, sqrt(1-m), sqrt(m)``, each element stopping at its own first ``n`` with
    ``|c_n| <= tol``; then ``phi = 2^n a u`` (``a`` of the last step run) and the
    backward recurrence ``phi <- (phi + asin(c_i sin(rem(phi, 2 pi)) / a_i)) / 2`` for
    ``i = n .. 1``; ``sn = sin(phi)``, ``cn = cos(phi)``, ``dn = sqrt(1 - m sn^2)``
    (the sequence of MATLAB's ellipj.m, as its copies in public repositories show)."""
    u = np.asarray(u, dtype=np.float64)
    m = np.asarray(m, dtype=np.float64)
    a = [np.ones_like(m)]
    b = np.sqrt(1.0 - m)
    c = [np.sqrt(m)]
    steps = np.zeros(m.shape, dtype=int)
    with np.errstate(all="ignore"):
        i = 0
        while np.any(np.abs(c[i]) > tol) and i < 64:
            an = (a[i] + b) / 2
            cn = (a[i] - b) / 2
            b = np.sqrt(a[i] * b)
            a.append(an)
            c.append(cn)
            i += 1
            first = (np.abs(c[i]) <= tol) & (np.abs(c[i - 1]) > tol)
            steps = np.where(first, i, steps)
        phi = (2.0 ** steps) * a[i] * u
        for j in range(i, 0, -1):
            update = steps >= j
            if update.any():
                turned = np.arcsin(c[j] * np.sin(np.fmod(phi, 2 * np.pi)) / a[j])
                phi = np.where(update, 0.5 * (turned + phi), phi)
        sn = np.sin(phi)
        cn = np.cos(phi)
        dn = np.sqrt(1.0 - m * sn * sn)
        # m = 1: b = 0 and c_i / a_i = 1 at every step, the descent leaves phi = u; the
        # limiting functions are tanh, sech, sech (Abramowitz & Stegun 16.6; Octave)
        one = m == 1
        if one.any():
            sn = np.where(one, np.tanh(u), sn)
            cn = np.where(one, 1 / np.cosh(u), cn)
            dn = np.where(one, 1 / np.cosh(u), dn)
    return sn, cn, dn
