"""The geometric, negative binomial and hypergeometric distributions as MATLAB's
Statistics and Machine Learning Toolbox evaluates them (density and distribution with
its upper tail).

Python-shaped like :mod:`compat._core.distribution_functions`; MATLAB's arrangements
(its function files):

* geometric ``(p)``, the number of failures before the first success: ``p (1-p)^x``
  on the nonnegative integers, ``1 - (1-p)^(floor(x)+1)`` (the upper tail
  ``(1-p)^(floor(x)+1)``);
* negative binomial ``(r, p)``: ``exp(gammaln(r+x) - gammaln(x+1) - gammaln(r) + r
  log p + x log1p(-p))`` (nbinpdf.m; ``p = 1`` puts all mass at 0), the distribution
  ``betainc(p, r, floor(x)+1)`` (the upper tail from the complementary incomplete beta);
* hypergeometric ``(m, k, n)`` -- ``x`` successes in ``n`` draws from ``m`` items of
  which ``k`` are successes: hygepdf.m's saddle-point form (Loader's ``stirlerr`` and
  binomial deviance with ``p = n/m``), NaN for non-integer or inconsistent
  parameters; the distribution the sum of the densities up to ``floor(x)`` (the upper
  tail the sum above it).
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

from compat._core.saddle_point import bd0 as _bd0
from compat._core.saddle_point import stirlerr as _stirlerr

__all__ = ["FUNCTIONS"]

_LN_SQRT_2PI = 0.9189385332046727


def _integer(x):
    return (x >= 0) & np.isfinite(x) & (x == np.round(x))


# -- geometric -----------------------------------------------------------------------

def geo_pdf(x, p):
    bad = ~((p > 0) & (p <= 1)) | np.isnan(x)
    k = _integer(x)
    y = p * (1 - p) ** np.where(k, x, 0.0)
    return np.where(bad, np.nan, np.where(k, y, 0.0))


def geo_cdf(x, p, upper=False):
    bad = ~((p > 0) & (p <= 1)) | np.isnan(x)
    kk = np.floor(np.where(x < 0, -1.0, x)) + 1
    q = (1 - p) ** kk
    out = q if upper else 1 - q
    return np.where(bad, np.nan, out)


# -- negative binomial ---------------------------------------------------------------

def nbin_pdf(x, r, p):
    bad = ~((r > 0) & np.isfinite(r) & (p > 0) & (p <= 1)) | np.isnan(x)
    k = _integer(x) & ~bad
    rr, pp = np.where(bad, 1.0, r), np.where(bad, 0.5, p)
    xx = np.where(k, x, 0.0)
    with np.errstate(divide="ignore"):
        lognk = sp.gammaln(rr + xx) - sp.gammaln(xx + 1) - sp.gammaln(rr)
        y = np.exp(lognk + rr * np.log(pp) + xx * np.log1p(-pp))
    y = np.where(pp == 1, (xx == 0).astype(np.float64), y)
    return np.where(bad, np.nan, np.where(k, y, 0.0))


def nbin_cdf(x, r, p, upper=False):
    bad = ~((r > 0) & np.isfinite(r) & (p > 0) & (p <= 1)) | np.isnan(x)
    rr, pp = np.where(bad, 1.0, r), np.where(bad, 0.5, p)
    k = np.floor(x)
    kk = np.where(k >= 0, k, 0.0) + 1
    q = sp.betaincc(rr, kk, pp) if upper else sp.betainc(rr, kk, pp)
    q = np.where(k < 0, 1.0 if upper else 0.0, q)
    q = np.where(x == np.inf, 0.0 if upper else 1.0, q)
    return np.where(bad, np.nan, q)


# -- hypergeometric ------------------------------------------------------------------

def _hyge_bad(m, k, n):
    nonint = (np.round(m) != m) | (np.round(k) != k) | (np.round(n) != n)
    return (m < 0) | (k < 0) | (n < 0) | nonint | (n > m) | (k > m) | \
        np.isnan(m) | np.isnan(k) | np.isnan(n)


def hyge_pdf(x, m, k, n):
    bad = _hyge_bad(m, k, n) | np.isnan(x)
    zero = (m - k - n + x + 1 <= 0) | (x < 0) | (np.round(x) != x) | (x > n) | (x > k)
    one = ((n == 0) | (n == m)) & ~bad & ~zero
    ok = ~(bad | zero | one)
    mm = np.where(ok, m, 4.0)
    kk = np.where(ok, k, 2.0)
    nn = np.where(ok, n, 2.0)
    xx = np.where(ok, x, 1.0)
    with np.errstate(all="ignore"):
        p = nn / mm
        mn = (-_LN_SQRT_2PI - 0.5 * np.log(nn * (1 - nn / mm)) + _stirlerr(mm)
              - _stirlerr(nn) - _stirlerr(mm - nn))
        at0, atk = xx == 0, xx == kk
        kx_mid = (-_LN_SQRT_2PI - 0.5 * np.log(xx * (1 - xx / kk)) + _stirlerr(kk)
                  - _stirlerr(xx) - _stirlerr(kk - xx) - _bd0(xx, kk * p)
                  - _bd0(kk - xx, kk * (1 - p)))
        kx = np.where(at0, kk * np.log(1 - p), np.where(atk, xx * np.log(p), kx_mid))
        at_n, at_mk = nn == xx, (nn - xx) == (mm - kk)
        d, e = nn - xx, mm - kk
        mknx_mid = (-_LN_SQRT_2PI - 0.5 * np.log(d * (1 - d / e)) + _stirlerr(e)
                    - _stirlerr(d) - _stirlerr(e - d) - _bd0(d, e * p)
                    - _bd0(e - d, e * (1 - p)))
        mknx = np.where(at_n, e * np.log(1 - p), np.where(at_mk, d * np.log(p), mknx_mid))
        y = np.exp(kx + mknx - mn)
    y = np.where(ok, y, np.where(one, 1.0, 0.0))
    return np.where(bad, np.nan, y)


def hyge_cdf(x, m, k, n, upper=False):
    bad = _hyge_bad(m, k, n) | np.isnan(x)
    xf = np.floor(x)
    out = np.zeros(x.shape)
    for i in np.ndindex(x.shape):
        if bad[i]:
            out[i] = np.nan
            continue
        lo = max(0.0, n[i] - (m[i] - k[i]))
        hi = min(k[i], n[i])
        if xf[i] < lo:
            out[i] = 1.0 if upper else 0.0
            continue
        if xf[i] >= hi:
            out[i] = 0.0 if upper else 1.0
            continue
        support = (np.arange(lo, xf[i] + 1.0) if not upper
                   else np.arange(xf[i] + 1.0, hi + 1.0))
        dens = hyge_pdf(support, np.full(support.shape, m[i]),
                        np.full(support.shape, k[i]), np.full(support.shape, n[i]))
        out[i] = min(1.0, float(np.sum(dens)))
    return out


# -- discrete uniform on 1..n -----------------------------------------------------------

def _unid_bad(n):
    return ~((n >= 1) & (n == np.round(n)))


def unid_pdf(x, n):
    """unidpdf.m: ``1/n`` at the integers 1..n (NaN x gives 0), NaN for n that is not
    a positive integer."""
    hit = (np.round(x) == x) & (x >= 1) & (x <= n) & (n != 0)
    y = np.where(hit, 1 / np.where(n == 0, 1.0, n), 0.0)
    return np.where(_unid_bad(n), np.nan, y)


def unid_cdf(x, n, upper=False):
    """unidcdf.m: 1 from ``x >= n``, ``floor(x)/n`` for ``1 <= floor(x) <= n``, else 0
    (NaN x gives 0); NaN for n that is not a positive integer. 'upper': ``1 - p``."""
    xx = np.floor(x)
    p = np.where(x >= n, 1.0, 0.0)
    inside = (xx >= 1) & (xx <= n)
    p = np.where(inside, xx / np.where(n == 0, 1.0, n), p)
    if upper:
        p = 1 - p
    return np.where(_unid_bad(n), np.nan, p)


#: legacy name -> core function (cdfs take ``upper``)
FUNCTIONS = {
    "unidpdf": unid_pdf, "unidcdf": unid_cdf,
    "geopdf": geo_pdf, "geocdf": geo_cdf,
    "nbinpdf": nbin_pdf, "nbincdf": nbin_cdf,
    "hygepdf": hyge_pdf, "hygecdf": hyge_cdf,
}
