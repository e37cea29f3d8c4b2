"""Probability distributions as MATLAB's Statistics and Machine Learning Toolbox
evaluates them: the density, the distribution (lower or upper tail) and its inverse of
the chi-square, Student t, F, gamma, beta, exponential, continuous uniform, Poisson and
binomial distributions (the Poisson and binomial inverses as the smallest integer whose
distribution reaches ``p``, searched on this module's own cdfs).

Python-shaped: every function takes float64 arrays of one shape (the legacy layer,
:mod:`compat.matlab.distribution_functions`, expands MATLAB's arguments and rounds to
single where MATLAB computes in single) and returns float64. The kernels are
scipy.special's (regularised incomplete gamma and beta functions and their inverses),
arranged as MATLAB's documented definitions arrange them:

* ``chi2pdf/chi2cdf/chi2inv(x, v)`` are ``gampdf/gamcdf/gaminv(x, v/2, 2)`` (MATLAB's
  chi2cdf page: "the chi-square distribution is a special case of the gamma
  distribution"; chi2cdf.m calls gamcdf(x/2, v/2)).
* ``gamcdf(x, a, b) = gammainc(x/b, a)`` (MATLAB's gamcdf page), the upper tail
  ``gammainc(x/b, a, 'upper')`` computed directly, not as ``1 - p``.
* ``tcdf(x, v)`` from ``betainc(v/(v+x^2), v/2, 1/2)/2`` for the tail beyond ``|x|``
  (MATLAB's tcdf page), ``fcdf(x, v1, v2) = betainc(v1 x/(v1 x + v2), v1/2, v2/2)``,
  ``betacdf(x, a, b) = betainc(x, a, b)``.
* ``expcdf(x, mu) = 1 - exp(-x/mu)`` as ``-expm1(-x/mu)``, ``expinv = -mu log(1-p)``
  as ``-mu log1p(-p)``; ``unifcdf = (x-a)/(b-a)`` clipped to [0, 1].
* ``poisscdf(x, lambda) = gammainc(lambda, floor(x)+1, 'upper')`` and
  ``binocdf(x, n, p) = betainc(1-p, n-floor(x), floor(x)+1)`` (the identities MATLAB's
  pages state); the Poisson, binomial and gamma (so chi-square) densities by Loader's
  saddle-point method (Loader 2000: Stirling-series remainders and the deviance term,
  MATLAB's binopdf and poisspdf cite it), accurate to a few ulps where
  ``exp(k log(lambda) - lambda - gammaln(k+1))`` loses ~1e-11 at k ~ 1e4.

Parameter domains are MATLAB's: a parameter outside its domain (a non-positive scale,
``v <= 0``, ``p`` outside [0, 1], a non-integer ``n`` ...) gives NaN for that element,
NaN arguments propagate, and an ``x`` outside the support gives density 0 and
distribution 0 or 1.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp
from scipy import stats

from compat._core import counting_distributions, lifetime_distributions
from compat._core import normal_distribution as normal
from compat._core.saddle_point import bd0 as _bd0
from compat._core.saddle_point import stirlerr as _stirlerr

__all__ = ["FUNCTIONS", "evaluate"]


def _nan_where(bad, values):
    return np.where(bad, np.nan, values)


# -- Loader's saddle-point terms live in compat._core.saddle_point ------------------

def _poisson_raw(x, lam):
    """``lam^x e^-lam / Gamma(x+1)`` for real x >= 0 by Loader's method."""
    with np.errstate(all="ignore"):
        y = np.exp(-_stirlerr(x) - _bd0(x, lam)) / np.sqrt(2 * np.pi * x)
    y = np.where(x == 0, np.exp(-lam), y)
    return np.where((lam == 0), np.where(x == 0, 1.0, 0.0), y)


# -- gamma (a shape, b scale) --------------------------------------------------------

def gam_pdf(x, a, b):
    bad = ~(a >= 0) | ~(b > 0) | np.isnan(x)
    z = x / b
    aa = np.where(a > 0, a, 1.0)
    with np.errstate(all="ignore"):
        # Loader: x^(a-1) e^-x / Gamma(a) is the Poisson term at a-1 (a >= 1), a/x times
        # the one at a (a < 1)
        inner = np.where(aa >= 1, _poisson_raw(np.maximum(aa - 1, 0.0), z),
                         _poisson_raw(aa, z) * aa / z)
        edge = np.where(aa < 1, np.inf, np.where(aa == 1, 1.0, 0.0))
        y = np.where(z == 0, edge, np.where(z == np.inf, 0.0, inner)) / b
    y = np.where(x < 0, 0.0, y)
    # a = 0: all mass at 0 (MATLAB: Inf at x = 0, 0 elsewhere)
    y = np.where(a == 0, np.where(x == 0, np.inf, 0.0), y)
    return _nan_where(bad, y)


def gam_cdf(x, a, b, upper=False):
    bad = ~(a >= 0) | ~(b > 0) | np.isnan(x)
    z = np.maximum(x / b, 0.0)
    aa = np.where(a > 0, a, 1.0)
    p = sp.gammaincc(aa, z) if upper else sp.gammainc(aa, z)
    p = np.where(z == np.inf, 0.0 if upper else 1.0, p)
    at0 = np.where(x >= 0, 1.0, 0.0)
    p = np.where(a == 0, 1.0 - at0 if upper else at0, p)
    return _nan_where(bad, p)


def gam_inv(p, a, b):
    bad = ~(a >= 0) | ~(b > 0) | ~((p >= 0) & (p <= 1))
    x = sp.gammaincinv(np.where(a > 0, a, 1.0), p) * b
    x = np.where(p == 1, np.inf, np.where(p == 0, 0.0, x))
    x = np.where(a == 0, 0.0, x)
    return _nan_where(bad, x)


# -- chi-square: gamma(v/2, 2) -------------------------------------------------------

def chi2_pdf(x, v):
    return gam_pdf(x, _positive(v) / 2, np.float64(2.0))


def chi2_cdf(x, v, upper=False):
    return gam_cdf(x, _positive(v) / 2, np.float64(2.0), upper)


def chi2_inv(p, v):
    return gam_inv(p, _positive(v) / 2, np.float64(2.0))


def _positive(v):
    """``v`` with values not > 0 as NaN (MATLAB's chi2 functions: v > 0)."""
    return np.where(v > 0, v, np.nan)


# -- Student t -----------------------------------------------------------------------

def t_pdf(x, v):
    v = _positive(v)
    # MATLAB's tpdf formula: exp(gammaln((v+1)/2) - gammaln(v/2)) ./
    # (sqrt(v*pi) .* (1 + x.^2./v).^((v+1)/2)); v = Inf is the standard normal
    term = np.exp(sp.gammaln((v + 1) / 2) - sp.gammaln(v / 2))
    y = term / (np.sqrt(v * np.pi) * (1 + x ** 2 / v) ** ((v + 1) / 2))
    return np.where(v == np.inf, stats.norm.pdf(x), y)


def t_cdf(x, v, upper=False):
    v = _positive(v)
    xx = -x if upper else x
    p = sp.stdtr(np.where(v == np.inf, 1.0, v), xx)
    # tcdf.m: normcdf for v = Inf
    return np.where(v == np.inf, normal.standard_cdf(xx), p)


def t_inv(p, v):
    """MATLAB's route (tinv's page: the inverse incomplete beta): with ``q = p - 1/2``,
    ``z = betaincinv(1 - 2|q|, v/2, 1/2)`` and ``x = sign(q) sqrt(v (1-z)/z)``, ``1 - z``
    from ``betaincinv(2|q|, 1/2, v/2)`` directly where ``|q| < 1/4`` (z near 1)."""
    v = _positive(v)
    bad = ~((p >= 0) & (p <= 1))
    vv = np.where(np.isfinite(v), v, 1.0)
    q = p - 0.5
    near = np.abs(q) < 0.25
    w_near = sp.betaincinv(0.5, vv / 2, 2 * np.abs(q))         # 1 - z
    z_far = sp.betaincinv(vv / 2, 0.5, 1 - 2 * np.abs(q))      # z
    z = np.where(near, 1 - w_near, z_far)
    w = np.where(near, w_near, 1 - z_far)
    x = np.sign(q) * np.sqrt(vv * (w / z))
    x = np.where(v == np.inf, sp.ndtri(p), x)
    x = np.where(p == 0, -np.inf, np.where(p == 1, np.inf, x))
    return _nan_where(bad | np.isnan(v), x)


# -- F -------------------------------------------------------------------------------

def f_pdf(x, v1, v2):
    v1, v2 = _positive(v1), _positive(v2)
    y = stats.f.pdf(np.maximum(x, 0.0), v1, v2)
    return np.where((x < 0) | (x == np.inf), 0.0, y) + 0.0 * v1 * v2


def f_cdf(x, v1, v2, upper=False):
    v1, v2 = _positive(v1), _positive(v2)
    z = np.maximum(x, 0.0)
    p = sp.fdtrc(v1, v2, z) if upper else sp.fdtr(v1, v2, z)
    p = np.where(x == np.inf, 0.0 if upper else 1.0, p)
    return np.where(np.isnan(x), np.nan, p) + 0.0 * v1 * v2


def f_inv(p, v1, v2):
    v1, v2 = _positive(v1), _positive(v2)
    bad = ~((p >= 0) & (p <= 1))
    x = sp.fdtri(v1, v2, p)
    x = np.where(p == 0, 0.0, np.where(p == 1, np.inf, x))
    return _nan_where(bad, x) + 0.0 * v1 * v2


# -- beta ----------------------------------------------------------------------------

def beta_pdf(x, a, b):
    bad = ~(a > 0) | ~(b > 0) | np.isnan(x)
    inside = (x >= 0) & (x <= 1)
    y = stats.beta.pdf(np.clip(x, 0.0, 1.0), np.where(bad, 1.0, a), np.where(bad, 1.0, b))
    return _nan_where(bad, np.where(inside, y, 0.0))


def beta_cdf(x, a, b, upper=False):
    bad = ~(a > 0) | ~(b > 0) | np.isnan(x)
    aa, bb = np.where(bad, 1.0, a), np.where(bad, 1.0, b)
    z = np.clip(x, 0.0, 1.0)
    # the upper tail as betainc(1-x, b, a) (scipy's betaincc)
    p = sp.betaincc(aa, bb, z) if upper else sp.betainc(aa, bb, z)
    return _nan_where(bad, p)


def beta_inv(p, a, b):
    bad = ~(a > 0) | ~(b > 0) | ~((p >= 0) & (p <= 1))
    x = sp.betaincinv(np.where(bad, 1.0, a), np.where(bad, 1.0, b), np.where(bad, 0.5, p))
    return _nan_where(bad, x)


# -- exponential (mu the mean) -------------------------------------------------------

def exp_pdf(x, mu):
    bad = ~(mu > 0)
    y = np.where(x < 0, 0.0, np.exp(-x / mu) / mu)
    return _nan_where(bad | np.isnan(x), y)


def exp_cdf(x, mu, upper=False):
    bad = ~(mu > 0)
    z = np.maximum(x / mu, 0.0)
    p = np.exp(-z) if upper else -np.expm1(-z)
    return _nan_where(bad | np.isnan(x), p)


def exp_inv(p, mu):
    bad = ~(mu > 0) | ~((p >= 0) & (p <= 1))
    return _nan_where(bad, -mu * np.log1p(-p))


# -- continuous uniform on [a, b] ----------------------------------------------------

def unif_pdf(x, a, b):
    bad = ~(a < b)
    y = np.where((x >= a) & (x <= b), 1.0 / (b - a), 0.0)
    return _nan_where(bad | np.isnan(x), y)


def unif_cdf(x, a, b, upper=False):
    bad = ~(a < b)
    p = np.clip((x - a) / (b - a), 0.0, 1.0)
    if upper:
        p = np.clip((b - x) / (b - a), 0.0, 1.0)
    return _nan_where(bad | np.isnan(x), p)


def unif_inv(p, a, b):
    bad = ~(a < b) | ~((p >= 0) & (p <= 1))
    return _nan_where(bad, a + p * (b - a))


# -- Poisson -------------------------------------------------------------------------

def poiss_pdf(x, lam):
    bad = ~(lam >= 0) | np.isnan(x)
    k = (x >= 0) & (x == np.round(x)) & (x < np.inf)
    y = _poisson_raw(np.where(k, x, 0.0), np.where(bad, 1.0, lam))
    y = np.where(lam == np.inf, 0.0, y)
    return _nan_where(bad, np.where(k, y, 0.0))


def poiss_cdf(x, lam, upper=False):
    bad = ~(lam >= 0) | np.isnan(x)
    k = np.floor(x)
    ll = np.where(bad, 1.0, lam)
    kk = np.where(k >= 0, k, 0.0) + 1.0
    p = sp.gammainc(kk, ll) if upper else sp.gammaincc(kk, ll)
    p = np.where(lam == 0, 0.0 if upper else 1.0, p)
    p = np.where(k < 0, 1.0 if upper else 0.0, p)
    p = np.where(x == np.inf, 0.0 if upper else 1.0, p)
    return _nan_where(bad, p)


# -- binomial ------------------------------------------------------------------------

def _bino_bad(n, p):
    return ~((n >= 0) & (n == np.round(n)) & (n < np.inf)) | ~((p >= 0) & (p <= 1))


def bino_pdf(x, n, p):
    bad = _bino_bad(n, p) | np.isnan(x)
    k = (x >= 0) & (x == np.round(x)) & (x <= n)
    nn, pp = np.where(bad, 1.0, n), np.where(bad, 0.5, p)
    xx = np.where(k, x, 0.0)
    qq = 1 - pp
    with np.errstate(all="ignore"):
        # Loader: exp(stirlerr(n) - stirlerr(x) - stirlerr(n-x) - bd0(x, np) -
        # bd0(n-x, nq)) sqrt(n / (2 pi x (n-x))); the ends by n log q and n log p
        inner = np.exp(_stirlerr(nn) - _stirlerr(xx) - _stirlerr(nn - xx)
                       - _bd0(xx, nn * pp) - _bd0(nn - xx, nn * qq)) \
            * np.sqrt(nn / (2 * np.pi * xx * (nn - xx)))
        at0 = np.exp(nn * np.log1p(-pp))
        atn = np.exp(nn * np.log(pp))
        y = np.where(xx == 0, at0, np.where(xx == nn, atn, inner))
        y = np.where(pp == 0, np.where(xx == 0, 1.0, 0.0),
                     np.where(pp == 1, np.where(xx == nn, 1.0, 0.0), y))
    return _nan_where(bad, np.where(k, y, 0.0))


def bino_cdf(x, n, p, upper=False):
    bad = _bino_bad(n, p) | np.isnan(x)
    nn, pp = np.where(bad, 1.0, n), np.where(bad, 0.5, p)
    k = np.floor(x)
    kk = np.clip(k, 0.0, np.maximum(nn - 1, 0.0))
    # P(X <= k) = betainc(1-p, n-k, k+1); the upper tail P(X > k) = betainc(p, k+1, n-k)
    q = sp.betainc(kk + 1, nn - kk, pp) if upper else sp.betainc(nn - kk, kk + 1, 1 - pp)
    q = np.where(k < 0, 1.0 if upper else 0.0, q)
    q = np.where(k >= nn, 0.0 if upper else 1.0, q)
    return _nan_where(bad, q)


# -- discrete inverses: the smallest integer whose cdf reaches p ----------------------

def _search_up(cdf, p, lo, hi, dtype):
    """Integer bisection: the smallest ``x`` in ``(lo, hi]`` with ``cdf(x) >= p``, given
    ``cdf(lo) < p <= cdf(hi)`` elementwise (``cdf`` rounded to ``dtype`` before the
    comparison, so that the answer agrees with the legacy cdf of that class)."""
    lo, hi = lo.copy(), hi.copy()
    while True:
        open_ = hi - lo > 1
        if not open_.any():
            return hi
        mid = np.where(open_, np.floor((lo + hi) / 2), hi)
        reached = cdf(mid).astype(dtype) >= p.astype(dtype)
        hi = np.where(open_ & reached, mid, hi)
        lo = np.where(open_ & ~reached, mid, lo)


def bino_inv(y, n, p, dtype=np.float64):
    """MATLAB's binoinv: the smallest integer ``x`` with ``binocdf(x, n, p) >= y``
    (binocdf as :func:`bino_cdf` computes it, rounded to ``dtype``); ``y = 0`` gives 0,
    ``y = 1`` the top of the support (``n``, or 0 when ``p = 0``: where the exact cdf
    first equals 1, although the rounded cdf may reach 1 earlier); NaN for ``y``
    outside [0, 1] and parameters outside the binomial's domain."""
    bad = _bino_bad(n, p) | ~((y >= 0) & (y <= 1))
    nn, pp = np.where(bad, 1.0, n), np.where(bad, 0.5, p)
    yy = np.where(bad, 0.5, y)
    inner = (yy > 0) & (yy < 1)
    target = np.where(inner, yy, 0.5)
    x = _search_up(lambda k: bino_cdf(k, nn, pp), target, np.full(nn.shape, -1.0), nn,
                   np.dtype(dtype))
    top = np.where(pp == 0, 0.0, nn)
    x = np.where(yy == 0, 0.0, np.where(yy == 1, top, x))
    return _nan_where(bad, x)


def poiss_inv(y, lam, dtype=np.float64):
    """MATLAB's poissinv: the smallest integer ``x`` with ``poisscdf(x, lambda) >= y``
    (poisscdf as :func:`poiss_cdf` computes it, rounded to ``dtype``); ``y = 0`` gives
    0, ``y = 1`` Inf for ``lambda > 0`` (the exact cdf never reaches 1); ``lambda = 0``
    puts all mass at 0 (``poisscdf(x, 0) = 1``), so 0 for every ``y``; NaN for ``y``
    outside [0, 1], ``lambda < 0``, NaN, or Inf with ``0 < y < 1``."""
    bad = ~(lam >= 0) | ~((y >= 0) & (y <= 1)) | ((lam == np.inf) & (y > 0) & (y < 1))
    ll = np.where(bad | (lam == np.inf), 1.0, lam)
    yy = np.where(bad, 0.5, y)
    inner = (yy > 0) & (yy < 1) & (ll > 0)
    target = np.where(inner, yy, 0.5)
    dtype = np.dtype(dtype)
    cdf = lambda k: poiss_cdf(k, ll)  # noqa: E731
    # an upper bound: ten standard deviations above the mean, doubled until reached
    hi = np.ceil(ll + 10 * np.sqrt(ll) + 10)
    for _ in range(64):
        short = cdf(hi).astype(dtype) < target.astype(dtype)
        if not short.any():
            break
        hi = np.where(short, 2 * hi, hi)
    x = _search_up(cdf, target, np.full(ll.shape, -1.0), hi, dtype)
    x = np.where(yy == 0, 0.0, np.where(yy == 1, np.inf, x))
    x = np.where(lam == 0, 0.0, x)
    return _nan_where(bad, x)


bino_inv.takes_dtype = poiss_inv.takes_dtype = True


#: legacy name -> core function (cdfs take ``upper``)
FUNCTIONS = {
    "chi2pdf": chi2_pdf, "chi2cdf": chi2_cdf, "chi2inv": chi2_inv,
    "tpdf": t_pdf, "tcdf": t_cdf, "tinv": t_inv,
    "fpdf": f_pdf, "fcdf": f_cdf, "finv": f_inv,
    "gampdf": gam_pdf, "gamcdf": gam_cdf, "gaminv": gam_inv,
    "betapdf": beta_pdf, "betacdf": beta_cdf, "betainv": beta_inv,
    "exppdf": exp_pdf, "expcdf": exp_cdf, "expinv": exp_inv,
    "unifpdf": unif_pdf, "unifcdf": unif_cdf, "unifinv": unif_inv,
    "poisspdf": poiss_pdf, "poisscdf": poiss_cdf, "poissinv": poiss_inv,
    "binopdf": bino_pdf, "binocdf": bino_cdf, "binoinv": bino_inv,
    **lifetime_distributions.FUNCTIONS,
    **counting_distributions.FUNCTIONS,
}


def evaluate(name: str, *arrays: np.ndarray, upper: bool = False, dtype=np.float64):
    """MATLAB's ``name`` of the float64 arrays (one shape), rounded to ``dtype``."""
    function = FUNCTIONS[name]
    arrays = [np.asarray(a, dtype=np.float64) for a in arrays]
    with np.errstate(all="ignore"):
        if getattr(function, "takes_dtype", False):
            # the discrete inverses compare p with the cdf of the computation class
            out = function(*arrays, dtype=dtype)
        else:
            out = function(*arrays, upper=upper) if upper else function(*arrays)
    return np.asarray(out, dtype=np.float64).astype(dtype)
