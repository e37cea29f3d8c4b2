"""The lognormal, Weibull, Rayleigh, extreme value (type I, minimum), generalized
extreme value and generalized Pareto distributions as MATLAB's Statistics and Machine
Learning Toolbox evaluates them (density, distribution with its upper tail, inverse).

Python-shaped like :mod:`compat._core.distribution_functions` (float64 arrays of one
shape in, float64 out; the legacy layer expands MATLAB's arguments); the arrangements
are MATLAB's own (its function files and reference pages):

* lognormal ``(mu, sigma)``: ``exp(-((log x - mu)/sigma)^2/2) / (x sqrt(2 pi) sigma)``,
  ``erfc(-z/sqrt 2)/2`` with ``z = (log x - mu)/sigma``, ``exp(sigma (-sqrt 2
  erfcinv(2p)) + mu)``;
* Weibull ``(a scale, b shape)``: ``z^(b-1) exp(-z^b) b / a`` with ``z = x/a`` (0
  where ``exp(-z^b)`` underflows or ``x < 0``), ``1 - exp(-(x/a)^b)`` (as ``-expm1``),
  ``a (-log(1-p))^(1/b)`` (``log(1-p)``, not ``log1p``, as wblinv.m);
* Rayleigh ``(b)``: ``x/b^2 exp(-x^2/(2b^2))``, ``1 - exp(-x^2/(2b^2))``,
  ``sqrt(-2 b^2 log(1-p))``;
* extreme value, the minimum ``(mu, sigma)``: ``exp(z - exp(z))/sigma``,
  ``1 - exp(-exp(z))``, ``mu + sigma log(-log(1-p))`` (-Inf below ``p = eps``, as
  evinv.m);
* generalized extreme value ``(k, sigma, mu)`` (``|k| < eps`` the Gumbel form
  ``exp(-exp(-z))``), ``exp(-(1 + k z)^(-1/k))`` written with ``log1p`` as gevcdf.m,
  0 or 1 outside the support ``1 + k z > 0``;
* generalized Pareto ``(k, sigma, theta)``: ``(1 + k z)^(-1-1/k)/sigma`` on ``z >= 0``
  (and ``z <= -1/k`` for ``k < 0``), ``1 - (1 + k z)^(-1/k)``, the exponential for
  ``|k| < eps``.

Upper tails are computed directly (``exp(-z^b)`` rather than ``1 - p``). Parameters
outside their domain (a scale <= 0, a shape <= 0) give NaN.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

from compat._core import normal_distribution as normal

__all__ = ["FUNCTIONS"]

_EPS = np.finfo(np.float64).eps


def _nan_where(bad, values):
    return np.where(bad, np.nan, values)


def _prob_bad(p):
    return ~((p >= 0) & (p <= 1))


# -- lognormal -----------------------------------------------------------------------

def logn_pdf(x, mu, sigma):
    sigma = np.where(sigma > 0, sigma, np.nan)
    xx = np.where(x > 0, x, np.inf)
    y = np.exp(-0.5 * ((np.log(xx) - mu) / sigma) ** 2) / (xx * np.sqrt(2 * np.pi) * sigma)
    return np.where(np.isnan(x), np.nan, y)


def logn_cdf(x, mu, sigma, upper=False):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (np.log(np.maximum(x, 0.0)) - mu) / sigma
    # logncdf.m: normcdf of (log x - mu)/sigma
    return normal.standard_cdf(z, upper=upper)


def logn_inv(p, mu, sigma):
    sigma = np.where(sigma > 0, sigma, np.nan)
    p = np.where(_prob_bad(p), np.nan, p)
    return np.exp(sigma * (-np.sqrt(2) * sp.erfcinv(2 * p)) + mu)


# -- Weibull (scale a, shape b) ------------------------------------------------------

def wbl_pdf(x, a, b):
    a = np.where(a > 0, a, np.nan)
    b = np.where(b > 0, b, np.nan)
    z = x / a
    z = np.where(z < 0, np.inf, z)
    w = np.exp(-(z ** b))
    y = z ** (b - 1) * w * b / a
    return np.where(w == 0, 0.0, y)


def wbl_cdf(x, a, b, upper=False):
    a = np.where(a > 0, a, np.nan)
    b = np.where(b > 0, b, np.nan)
    z = (np.maximum(x, 0.0) / a) ** b
    return np.exp(-z) if upper else -np.expm1(-z)


def wbl_inv(p, a, b):
    # wblinv.m: q = -log(1-p) (not log1p), Inf at p = 1
    a = np.where(a > 0, a, np.nan)
    b = np.where(b > 0, b, np.nan)
    with np.errstate(divide="ignore"):
        q = -np.log(1 - p)
    q = np.where(p == 1, np.inf, np.where(p == 0, 0.0, q))
    q = np.where(_prob_bad(p), np.nan, q)
    return a * q ** (1 / b)


# -- Rayleigh ------------------------------------------------------------------------

def rayl_pdf(x, b):
    b = np.where(b > 0, b, np.nan)
    y = (x / b ** 2) * np.exp(-(x ** 2) / (2 * b ** 2))
    return np.where(x < 0, 0.0, y)


def rayl_cdf(x, b, upper=False):
    b = np.where(b > 0, b, np.nan)
    z = np.maximum(x, 0.0) ** 2 / (2 * b ** 2)
    return np.exp(-z) if upper else -np.expm1(-z)


def rayl_inv(p, b):
    # raylinv.m: sqrt((-2 b^2) log(1-p)); 0 at p = 0, Inf at p = 1
    bad = ~(b > 0) | _prob_bad(p)
    inside = (p > 0) & (p < 1)
    x = np.sqrt((-2 * b ** 2) * np.log(1 - np.where(inside, p, 0.5)))
    x = np.where(inside, x, np.where(p == 1, np.inf, 0.0))
    return np.where(bad, np.nan, x)


# -- extreme value (type I, the minimum) ---------------------------------------------

def ev_pdf(x, mu, sigma):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (x - mu) / sigma
    y = np.exp(z - np.exp(z)) / sigma
    return np.where(z == np.inf, 0.0, y)


def ev_cdf(x, mu, sigma, upper=False):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (x - mu) / sigma
    return np.exp(-np.exp(z)) if upper else -np.expm1(-np.exp(z))


def ev_inv(p, mu, sigma):
    # evinv.m: q = log(-log(1-p)) for eps <= p < 1, -Inf below eps, Inf at 1
    sigma = np.where(sigma > 0, sigma, np.nan)
    inside = (p >= _EPS) & (p < 1)
    with np.errstate(divide="ignore"):
        q = np.log(-np.log(1 - np.where(inside, p, 0.5)))
    q = np.where(inside, q, np.where(p == 1, np.inf, -np.inf))
    q = np.where(_prob_bad(p), np.nan, q)
    return sigma * q + mu


# -- generalized extreme value (k, sigma, mu) ----------------------------------------

def gev_pdf(x, k, sigma, mu):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (x - mu) / sigma
    gumbel = np.abs(k) < _EPS
    kk = np.where(gumbel, 1.0, k)
    t = z * kk
    inside = t > -1
    lt = np.log1p(np.where(inside, t, 0.0))
    y = np.exp(-np.exp(-(1 / kk) * lt) - (1 + 1 / kk) * lt) / sigma
    y = np.where(inside, y, 0.0)
    yg = np.exp(-np.exp(-z) - z) / sigma
    yg = np.where(z == -np.inf, 0.0, yg)
    return np.where(gumbel, yg, y)


def gev_cdf(x, k, sigma, mu, upper=False):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (x - mu) / sigma
    gumbel = np.abs(k) < _EPS
    kk = np.where(gumbel, 1.0, k)
    t = z * kk
    outside = t <= -1
    s = np.exp(-(1 / kk) * np.log1p(np.where(outside, 0.0, t)))
    p = -np.expm1(-s) if upper else np.exp(-s)
    low = (kk < 0).astype(np.float64)             # beyond the support: 1 for k < 0
    p = np.where(outside, 1 - low if upper else low, p)
    g = np.exp(-z)
    pg = -np.expm1(-g) if upper else np.exp(-g)
    return np.where(gumbel, pg, p) + 0.0 * sigma


def gev_inv(p, k, sigma, mu):
    # gevinv.m: z for 0 < p < 1, the support's ends at p = 0 and 1, x = mu + sigma z
    sigma = np.where(sigma > 0, sigma, np.nan)
    inside = (p > 0) & (p < 1)
    gumbel = np.abs(k) < _EPS
    kk = np.where(gumbel, 1.0, k)
    ll = np.log(-np.log(np.where(inside, p, 0.5)))
    z = np.where(gumbel, -ll, np.expm1(-kk * ll) / kk)
    z = np.where(inside, z, np.nan)
    z = np.where((p == 0) & (k <= 0), -np.inf, z)
    z = np.where(((p == 1) & (k < 0)) | ((p == 0) & (k > 0)), -1 / kk, z)
    z = np.where((p == 1) & (k >= 0), np.inf, z)
    return mu + sigma * z


# -- generalized Pareto (k, sigma, theta) --------------------------------------------

def gp_pdf(x, k, sigma, theta):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = (x - theta) / sigma
    expo = np.abs(k) < _EPS
    kk = np.where(expo, 1.0, k)
    inside = (z >= 0) & ((kk > 0) | (z <= -1 / kk))
    zz = np.where(inside, z, 0.0)
    y = np.exp((-1 - 1 / kk) * np.log1p(kk * zz)) / sigma
    ye = np.exp(-np.where(z >= 0, z, 0.0)) / sigma
    out = np.where(expo, np.where(z >= 0, ye, 0.0), np.where(inside, y, 0.0))
    return np.where(np.isnan(z), np.nan, out)


def gp_cdf(x, k, sigma, theta, upper=False):
    sigma = np.where(sigma > 0, sigma, np.nan)
    z = np.maximum((x - theta) / sigma, 0.0)
    expo = np.abs(k) < _EPS
    kk = np.where(expo, 1.0, k)
    beyond = (kk < 0) & (z >= -1 / kk)
    zz = np.where(beyond, 0.0, z)
    s = (-1 / kk) * np.log1p(kk * zz)
    p = np.exp(s) if upper else -np.expm1(s)
    p = np.where(beyond, 0.0 if upper else 1.0, p)
    pe = np.exp(-z) if upper else -np.expm1(-z)
    return np.where(expo, pe, p)


def gp_inv(p, k, sigma, theta):
    # gpinv.m: z = -log1p(-p) or expm1(-k log1p(-p))/k, 0 at p = 0, -1/k or Inf at 1
    sigma = np.where(sigma > 0, sigma, np.nan)
    inside = (p > 0) & (p < 1)
    expo = np.abs(k) < _EPS
    kk = np.where(expo, 1.0, k)
    lq = np.log1p(-np.where(inside, p, 0.5))
    z = np.where(expo, -lq, np.expm1(-kk * lq) / kk)
    z = np.where(inside, z, np.nan)
    z = np.where(p == 0, 0.0, z)
    z = np.where((p == 1) & (k < 0), -1 / kk, z)
    z = np.where((p == 1) & (k >= 0), np.inf, z)
    return theta + sigma * z


#: legacy name -> core function (cdfs take ``upper``)
FUNCTIONS = {
    "lognpdf": logn_pdf, "logncdf": logn_cdf, "logninv": logn_inv,
    "wblpdf": wbl_pdf, "wblcdf": wbl_cdf, "wblinv": wbl_inv,
    "raylpdf": rayl_pdf, "raylcdf": rayl_cdf, "raylinv": rayl_inv,
    "evpdf": ev_pdf, "evcdf": ev_cdf, "evinv": ev_inv,
    "gevpdf": gev_pdf, "gevcdf": gev_cdf, "gevinv": gev_inv,
    "gppdf": gp_pdf, "gpcdf": gp_cdf, "gpinv": gp_inv,
}
