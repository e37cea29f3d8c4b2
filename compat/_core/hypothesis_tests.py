"""Location tests of MATLAB's Statistics and Machine Learning Toolbox -- the one-sample
and paired t-test, the two-sample t-test (pooled or Satterthwaite variances) and the
one-sample z-test -- along one axis of an array, NaNs treated as missing.

The arithmetic is MATLAB's as its reference pages define it (ttest, ttest2, ztest),
step for step so the rounding agrees:

* one sample: ``n`` the count of non-NaN values, the mean and the standard deviation
  (``n - 1``) of those, ``se = sd / sqrt(n)``, ``t = (mean - m) / se`` with ``n - 1``
  degrees of freedom (``max(n - 1, 0)``: no degrees of freedom give NaN);
* two samples, equal variances: ``df = nx + ny - 2``, ``s = sqrt(((nx - 1) vx + (ny -
  1) vy) / df)``, ``se = s sqrt(1/nx + 1/ny)``; unequal variances: ``se = sqrt(vx/nx +
  vy/ny)`` and Satterthwaite's ``df = (vx/nx + vy/ny)^2 / ((vx/nx)^2/(nx - 1) +
  (vy/ny)^2/(ny - 1))``;
* the p-value from Student's t (or the normal) distribution: ``2 F(-|t|)`` for
  ``'both'``, ``F(-t)`` for ``'right'``, ``F(t)`` for ``'left'``; the confidence interval
  of the mean (or of the difference) ``estimate -/+ q se`` with ``q`` the ``1 - alpha/2``
  (two-sided) or ``1 - alpha`` quantile, the open side infinite for one-sided tests;
* ``h = p <= alpha`` as a float, NaN where ``p`` is NaN.

* variances (vartest, vartest2): ``chisqstat = sum((x - mean)^2) / v`` with ``n - 1``
  degrees of freedom (``v = 0``: Inf, or NaN for a constant sample), ``fstat = var(x) /
  var(y)`` with ``nx - 1, ny - 1``; two-sided p ``2 min(F, 1 - F)`` of the statistic's
  cdf, one-sided its upper or lower tail; intervals of the variance (``sumsq ./
  chi2inv``) or of the ratio (``fstat ./ finv``), ``[0, ...]`` or ``[..., Inf]`` one-sided.

``scipy.stats.ttest_1samp`` & co. return no interval, propagate NaN by default and give
the p-value only; they agree with these numbers to rounding where both are defined.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compat._core import distribution_functions as dist
from compat._core import normal_distribution as normal

__all__ = ["LocationTest", "one_sample_t", "two_sample_t", "one_sample_z", "variance_test",
           "variance_ratio_test"]


@dataclass
class LocationTest:
    """The arrays of one test along ``axis`` (kept with length 1): ``h``, ``p``, the
    interval bounds ``low``/``high``, the statistic, the degrees of freedom (None for
    the z-test) and the standard deviation(s) ``sd`` (two along the axis for unequal
    variances)."""

    h: np.ndarray
    p: np.ndarray
    low: np.ndarray
    high: np.ndarray
    stat: np.ndarray
    df: np.ndarray | None
    sd: np.ndarray | None


def _count_mean_var(x: np.ndarray, axis: int):
    ok = ~np.isnan(x)
    n = ok.sum(axis=axis, keepdims=True).astype(x.dtype)
    with np.errstate(invalid="ignore", divide="ignore"):
        total = np.where(ok, x, 0).sum(axis=axis, keepdims=True)
        mean = total / n
        dev = np.where(ok, x - mean, 0)
        # MATLAB's var normalises by n - 1, by 1 for a single number (its var of a
        # scalar is 0: sd 0 and t = +-Inf, as Octave and MATLAB's ttest give), NaN for none
        var = (dev * dev).sum(axis=axis, keepdims=True) / np.where(
            n > 1, n - 1, np.where(n == 1, 1, np.nan))
    return n, mean, var


def _p_value(stat, cdf, tail: str):
    if tail == "b":
        return 2 * cdf(-np.abs(stat))
    if tail == "r":
        return cdf(-stat)
    return cdf(stat)


def _bounds(estimate, spread, quantile, alpha: float, tail: str):
    """``estimate -/+ q(1 - alpha/2) spread`` (one side infinite for one tail)."""
    if tail == "b":
        crit = quantile(np.float64(1 - alpha / 2)) * spread
        return estimate - crit, estimate + crit
    crit = quantile(np.float64(1 - alpha)) * spread
    inf = np.full_like(estimate, np.inf)
    if tail == "r":
        return estimate - crit, inf
    return -inf, estimate + crit


def _decision(p, alpha: float):
    h = (p <= alpha).astype(p.dtype)
    return np.where(np.isnan(p), np.nan, h).astype(p.dtype)


def one_sample_t(x: np.ndarray, m, *, axis: int, alpha: float, tail: str) -> LocationTest:
    """Student's t-test of the mean of ``x`` (floating, NaN = missing) against ``m``
    (a scalar or an array broadcasting against the reduced shape) along ``axis``."""
    n, mean, var = _count_mean_var(x, axis)
    with np.errstate(invalid="ignore", divide="ignore"):
        sd = np.sqrt(var)
        se = sd / np.sqrt(n)
        t = (mean - m) / se
        df = np.maximum(n - 1, 0)
        v = np.where(df > 0, df, np.nan)
        p = _p_value(t, lambda s: dist.t_cdf(s, v), tail).astype(x.dtype)
        low, high = _bounds(mean, se, lambda q: dist.t_inv(q, v), alpha, tail)
    return LocationTest(_decision(p, alpha), p, low.astype(x.dtype), high.astype(x.dtype),
                      t.astype(x.dtype), df.astype(x.dtype), sd.astype(x.dtype))


def two_sample_t(x: np.ndarray, y: np.ndarray, *, axis: int, alpha: float, tail: str,
                 equal_var: bool) -> LocationTest:
    """Two-sample t-test of ``mean(x) - mean(y)`` along ``axis`` (the other axes of
    ``x`` and ``y`` agree), pooled (``equal_var``) or Satterthwaite."""
    nx, mx, vx = _count_mean_var(x, axis)
    ny, my, vy = _count_mean_var(y, axis)
    dtype = np.result_type(x.dtype, y.dtype)
    with np.errstate(invalid="ignore", divide="ignore"):
        difference = mx - my
        if equal_var:
            df = nx + ny - 2
            pooled = np.sqrt(((nx - 1) * vx + (ny - 1) * vy) / df)
            se = pooled * np.sqrt(1 / nx + 1 / ny)
            sd = pooled
        else:
            xbar, ybar = vx / nx, vy / ny
            df = (xbar + ybar) ** 2 / (xbar ** 2 / (nx - 1) + ybar ** 2 / (ny - 1))
            se = np.sqrt(xbar + ybar)
            sd = np.concatenate([np.sqrt(vx), np.sqrt(vy)], axis=axis)
        t = difference / se
        v = np.where(df > 0, df, np.nan)
        if not equal_var and np.all(se == 0):
            # MATLAB's ttest2: Satterthwaite's df is NaN when both samples are
            # constant; the test uses a dummy 1 (stats.df keeps the NaN)
            v = np.ones_like(v)
        p = _p_value(t, lambda s: dist.t_cdf(s, v), tail).astype(dtype)
        low, high = _bounds(difference, se, lambda q: dist.t_inv(q, v), alpha, tail)
    return LocationTest(_decision(p, alpha), p, low.astype(dtype), high.astype(dtype),
                      t.astype(dtype), np.asarray(df, dtype=dtype), sd.astype(dtype))


def one_sample_z(x: np.ndarray, m, sigma, *, axis: int, alpha: float,
                 tail: str) -> LocationTest:
    """The z-test of the mean of ``x`` against ``m`` with known standard deviation
    ``sigma`` along ``axis``."""
    n, mean, _ = _count_mean_var(x, axis)
    dtype = np.dtype(np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        se = sigma / np.sqrt(n)
        z = (mean - m) / se
        p = _p_value(z, lambda s: normal.cdf(s, 0.0, 1.0, dtype), tail).astype(x.dtype)
        low, high = _bounds(mean, se, lambda q: normal.inverse(q, 0.0, 1.0, dtype),
                            alpha, tail)
    return LocationTest(_decision(p, alpha), p, low.astype(x.dtype), high.astype(x.dtype),
                      z.astype(x.dtype), None, None)


def _chi_or_f_p(stat, cdf, tail: str):
    lower, upper = cdf(stat, False), cdf(stat, True)
    if tail == "b":
        return 2 * np.minimum(lower, upper)
    return upper if tail == "r" else lower


def variance_test(x: np.ndarray, v: float, *, axis: int, alpha: float,
                  tail: str) -> LocationTest:
    """The chi-square test of ``var(x) = v`` along ``axis`` (NaN missing); ``stat`` is
    chisqstat, ``low``/``high`` the variance interval."""
    n, _, var = _count_mean_var(x, axis)
    df = np.maximum(n - 1, 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        sumsq = var * df
        sumsq = np.where(df == 0, 0.0, sumsq)
        if v > 0:
            stat = sumsq / v
        else:
            stat = np.where(sumsq == 0, np.nan, np.inf)
        dd = np.where(df > 0, df, np.nan)
        p = _chi_or_f_p(stat, lambda s, up: dist.chi2_cdf(s, dd, up), tail)
        if tail == "b":
            low = sumsq / dist.chi2_inv(np.float64(1 - alpha / 2), dd)
            high = sumsq / dist.chi2_inv(np.float64(alpha / 2), dd)
        elif tail == "r":
            low = sumsq / dist.chi2_inv(np.float64(1 - alpha), dd)
            high = np.full_like(low, np.inf)
        else:
            high = sumsq / dist.chi2_inv(np.float64(alpha), dd)
            low = np.zeros_like(high)
    p = np.asarray(p, dtype=x.dtype)
    return LocationTest(_decision(p, alpha), p, low.astype(x.dtype), high.astype(x.dtype),
                        stat.astype(x.dtype), df.astype(x.dtype), None)


def variance_ratio_test(x: np.ndarray, y: np.ndarray, *, axis: int, alpha: float,
                        tail: str):
    """The F test of ``var(x) = var(y)`` along ``axis``: ``(LocationTest, df2)`` with
    ``stat`` the F statistic, ``df`` the numerator's degrees of freedom."""
    nx, _, vx = _count_mean_var(x, axis)
    ny, _, vy = _count_mean_var(y, axis)
    dtype = np.result_type(x.dtype, y.dtype)
    df1, df2 = np.maximum(nx - 1, 0), np.maximum(ny - 1, 0)
    with np.errstate(invalid="ignore", divide="ignore"):
        f = vx / vy
        d1 = np.where(df1 > 0, df1, np.nan)
        d2 = np.where(df2 > 0, df2, np.nan)
        p = _chi_or_f_p(f, lambda s, up: dist.f_cdf(s, d1, d2, up), tail)
        if tail == "b":
            low = f / dist.f_inv(np.float64(1 - alpha / 2), d1, d2)
            high = f / dist.f_inv(np.float64(alpha / 2), d1, d2)
        elif tail == "r":
            low = f / dist.f_inv(np.float64(1 - alpha), d1, d2)
            high = np.full_like(low, np.inf)
        else:
            high = f / dist.f_inv(np.float64(alpha), d1, d2)
            low = np.zeros_like(high)
    p = np.asarray(p, dtype=dtype)
    result = LocationTest(_decision(p, alpha), p, low.astype(dtype), high.astype(dtype),
                          f.astype(dtype), df1.astype(dtype), None)
    return result, df2.astype(dtype)
