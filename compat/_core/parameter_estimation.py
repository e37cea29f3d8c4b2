"""Closed-form parameter estimates of MATLAB's Statistics and Machine Learning Toolbox
(``normfit``, ``lognfit``, ``expfit``), column by column, with frequency weights.

* normal: ``muhat`` the (frequency-weighted) mean, ``sigmahat`` the square root of the
  unbiased variance; ``muci = muhat -/+ tinv(1 - alpha/2, n - 1) sigmahat / sqrt(n)``,
  ``sigmaci = sigmahat sqrt((n - 1) ./ chi2inv([1 - alpha/2, alpha/2], n - 1))`` (the
  exact intervals of MATLAB's normfit page; ``n`` the sum of the frequencies);
* lognormal: the normal estimates of ``log(x)`` (lognfit's page: ``parmhat = [mu,
  sigma]``, sigma unbiased);
* exponential: ``muhat = sum(f x) / n`` and the exact interval ``2 n muhat ./
  chi2inv([1 - alpha/2, alpha/2], 2 n)``.

``scipy.stats.norm.fit`` returns the biased (maximum-likelihood) sigma and no
intervals.
"""

from __future__ import annotations

import numpy as np

from compat._core import distribution_functions as dist

__all__ = ["normal_fit", "exponential_fit"]


def normal_fit(x: np.ndarray, freq: np.ndarray, alpha: float):
    """``(muhat, sigmahat, muci, sigmaci)`` of each column of ``x`` (rows of the two
    intervals: lower, upper)."""
    n = freq.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mu = (freq * x).sum(axis=0) / n
        dev = x - mu
        sigma = np.sqrt((freq * dev * dev).sum(axis=0) / (n - 1))
        df = np.where(n > 1, n - 1, np.nan)
        crit = dist.t_inv(np.float64(1 - alpha / 2), df) * sigma / np.sqrt(n)
        muci = np.stack([mu - crit, mu + crit])
        chi = np.stack([dist.chi2_inv(np.float64(1 - alpha / 2), df),
                        dist.chi2_inv(np.float64(alpha / 2), df)])
        sigmaci = sigma * np.sqrt(df / chi)
    return mu, sigma, muci, sigmaci


def exponential_fit(x: np.ndarray, freq: np.ndarray, alpha: float):
    """``(muhat, muci)`` of each column of ``x``."""
    n = freq.sum(axis=0)
    with np.errstate(invalid="ignore", divide="ignore"):
        mu = (freq * x).sum(axis=0) / n
        chi = np.stack([dist.chi2_inv(np.float64(1 - alpha / 2), 2 * n),
                        dist.chi2_inv(np.float64(alpha / 2), 2 * n)])
        muci = 2 * n * mu / chi
    return mu, muci
