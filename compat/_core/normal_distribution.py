"""The normal distribution as MATLAB's Statistics Toolbox evaluates it.

MATLAB's formulas (normpdf.m, normcdf.m, norminv.m): the density
``exp(-0.5 * ((x - mu)./sigma).^2) ./ (sqrt(2*pi) .* sigma)``, the distribution
``0.5 * erfc(-z ./ sqrt(2))`` with ``z = (x - mu)./sigma`` (``erfc(z/sqrt(2))/2`` for the
upper tail, accurate far out where ``1 - p`` would round to 0), and the inverse
``sigma .* (-sqrt(2) .* erfcinv(2*p)) + mu``. A negative sigma gives NaN; NaN arguments
propagate. Operations run in that order in the class of the inputs (single when any
input is single).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import special

from compat._core.special_functions import erfc_full_range

__all__ = ["pdf", "cdf", "standard_cdf", "inverse", "multivariate_pdf", "cdf_bounds", "inverse_bounds"]

_SQRT2PI = math.sqrt(2 * math.pi)
_SQRT2 = math.sqrt(2.0)


def pdf(x, mu, sigma, dtype) -> np.ndarray:
    with np.errstate(all="ignore"):
        z = (x - mu) / sigma
        y = np.exp(-0.5 * z ** 2) / (dtype.type(_SQRT2PI) * sigma)
        return np.where(sigma > 0, y, np.nan).astype(dtype)


def cdf(x, mu, sigma, dtype, *, upper: bool = False) -> np.ndarray:
    with np.errstate(all="ignore"):
        z = (x - mu) / sigma
        if upper:
            p = 0.5 * erfc_full_range(z / dtype.type(_SQRT2))
        else:
            # erfc down to its subnormal values (z = -38 gives 1.5e-316, scipy's erfc 0)
            p = 0.5 * erfc_full_range(-z / dtype.type(_SQRT2))
        # sigma = 0: the distribution of the constant mu, a step at mu (MATLAB)
        step = np.where(x < mu, 0.0, 1.0) if not upper else np.where(x < mu, 1.0, 0.0)
        p = np.where(sigma == 0, step, p)
        return np.where(sigma < 0, np.nan, p).astype(dtype)


def standard_cdf(z, *, upper: bool = False) -> np.ndarray:
    """The standard normal cdf ``normcdf(z)`` (``upper``: ``normcdf(z, 'upper')``) by
    :func:`cdf`'s route, ``0.5 * erfc(-z/sqrt 2)`` with the full-range erfc, in double
    (single for float32 ``z``): the one normal cdf of every MATLAB routine whose
    reference page or code computes a normal probability with normcdf (test p-values,
    kstest's and chi2gof's default null, logncdf, ksdensity's normal kernel, tcdf with
    Inf degrees of freedom). scipy's ``erfc``/``ndtr`` round to 0 past z = -37.7 and lose
    up to 255 ulps below z = -0.71 (see
    :func:`compat._core.special_functions.erfc_full_range`)."""
    z = np.asarray(z)
    dtype = np.dtype(np.float32) if z.dtype == np.float32 else np.dtype(np.float64)
    return cdf(z.astype(dtype, copy=False), dtype.type(0), dtype.type(1), dtype,
               upper=upper)


def inverse(p, mu, sigma, dtype) -> np.ndarray:
    with np.errstate(all="ignore"):
        x0 = -dtype.type(_SQRT2) * special.erfcinv(2 * p)
        x = sigma * x0 + mu
        bad = (sigma < 0) | (p < 0) | (p > 1)
        return np.where(bad, np.nan, x).astype(dtype)


def multivariate_pdf(x0: np.ndarray, sigma: np.ndarray | None, *, diagonal: bool,
                     dtype) -> np.ndarray:
    """The multivariate normal density of the centred rows ``x0`` (n x d) as MATLAB's
    mvnpdf evaluates it: the rows standardised by the Cholesky factor ``R`` of Sigma
    (``x0 / R``; a diagonal Sigma given as its 1 x d diagonal divides by
    ``sqrt(diag)``), then ``exp(-0.5 * sum(xRinv.^2, 2) - sum(log(diag(R))) -
    d*log(2*pi)/2)``. ``sigma`` None is the identity. Returns the n densities; raises
    ``ValueError`` when Sigma is not symmetric positive definite (MATLAB's cholcov
    test: symmetric to ``n * 10*eps(max(abs(diag(Sigma))))``)."""
    from scipy import linalg

    d = x0.shape[1]
    with np.errstate(all="ignore"):
        if sigma is None:
            z, log_det = x0, 0.0
        elif diagonal:
            if np.any(~(sigma > 0)):
                raise ValueError("diagonal")
            r = np.sqrt(sigma.reshape(-1))
            z, log_det = x0 / r, np.sum(np.log(r))
        else:
            scale = np.max(np.abs(np.diag(sigma))) if d else 0.0
            tol = d * 10 * np.spacing(scale)
            if not np.all(np.abs(sigma - sigma.T) < tol) and not np.array_equal(sigma, sigma.T):
                raise ValueError("symmetric")
            try:
                r = linalg.cholesky((sigma + sigma.T) / 2, lower=False)
            except linalg.LinAlgError:
                raise ValueError("definite") from None
            # x0 / R: solve z R = x0 for z (R upper triangular)
            z = linalg.solve_triangular(r, x0.T, trans="T", lower=False).T
            log_det = np.sum(np.log(np.diag(r)))
        quad = np.sum(z ** 2, axis=1)
        y = np.exp(-0.5 * quad - log_det - d * math.log(2 * math.pi) / 2)
    return y.astype(dtype)


def cdf_bounds(x, mu, sigma, pcov: np.ndarray, alpha: float, dtype, *,
               upper: bool = False):
    """``(p, plo, pup)``: the cdf and its 100(1-alpha)% bounds by the delta method as
    MATLAB's normcdf page describes it: ``z = (x-mu)/sigma`` has the variance
    ``(pcov[0,0] + 2 pcov[0,1] z + pcov[1,1] z^2) / sigma^2``; the bounds are the cdf of
    ``z -+ norminv(1-alpha/2) sqrt(var)``. For the upper tail the same interval of
    ``-z`` (its variance is z's)."""
    with np.errstate(all="ignore"):
        z = (x - mu) / sigma
        var = (pcov[0, 0] + 2 * pcov[0, 1] * z + pcov[1, 1] * z ** 2) / sigma ** 2
        if np.any(var < 0):
            raise ValueError("covariance")
        # norminv(1 - alpha/2) = sqrt(2) erfcinv(alpha)
        half = _SQRT2 * special.erfcinv(alpha) * np.sqrt(var)
        zz = -z if upper else z
        p = cdf(x, mu, sigma, dtype, upper=upper)
        lo = 0.5 * erfc_full_range(-(zz - half) / _SQRT2)
        hi = 0.5 * erfc_full_range(-(zz + half) / _SQRT2)
    return p, lo.astype(dtype), hi.astype(dtype)


def inverse_bounds(p, mu, sigma, pcov: np.ndarray, alpha: float, dtype):
    """``(x, xlo, xup)``: the inverse and its 100(1-alpha)% bounds by the delta method
    (MATLAB's norminv page): ``x = mu + sigma z0`` has the variance ``pcov[0,0] +
    2 pcov[0,1] z0 + pcov[1,1] z0^2``; the bounds are ``x -+ norminv(1-alpha/2)
    sqrt(var)``."""
    with np.errstate(all="ignore"):
        z0 = -_SQRT2 * special.erfcinv(2 * p)
        var = pcov[0, 0] + 2 * pcov[0, 1] * z0 + pcov[1, 1] * z0 ** 2
        if np.any(var < 0):
            raise ValueError("covariance")
        half = _SQRT2 * special.erfcinv(alpha) * np.sqrt(var)
        x = inverse(p, mu, sigma, dtype)
        return x, (x - half).astype(dtype), (x + half).astype(dtype)
