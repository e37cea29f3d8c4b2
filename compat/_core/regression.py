"""Linear regressions of IDL's fitting library, in float64 (Python-shaped cores).

* :func:`multiple_regression` -- IDL's ``REGRESS``: the weighted multiple linear
  regression ``y = const + sum_k a_k x_k`` solved through the correlation matrix of the
  centred, standardised variables (the method of Bevington, *Data Reduction and Error
  Analysis for the Physical Sciences*, 1969, ch. 9, which IDL's ``regress.pro`` follows),
  with IDL's INVERT status.
* :func:`median_line` -- IDL's ``LADFIT``: the least-absolute-deviation straight line by
  Numerical Recipes' ``medfit`` (Press et al., *Numerical Recipes in C*, 2nd ed.,
  section 15.7): bracket the root of ``sum x_i sign(y_i - a(b) - b x_i)`` in the slope
  ``b`` (with ``a(b)`` the median of ``y - b x``) starting from the least-squares line,
  then bisect it to 1% of the least-squares slope error.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compat._core.c_semantics import sign
from compat._core.least_squares import idl_invert

__all__ = ["RegressionFit", "multiple_regression", "median_line"]


@dataclass
class RegressionFit:
    """Everything REGRESS computes (float64)."""

    coefficients: np.ndarray  # (nterm,)
    const: float
    sigma: np.ndarray  # (nterm,)
    correlation: np.ndarray  # (nterm,)
    mcorrelation: float
    ftest: float
    chisq: float
    yfit: np.ndarray  # (npts,)
    status: int


def multiple_regression(x: np.ndarray, y: np.ndarray, measure_errors=None
                        ) -> RegressionFit:
    """Weighted multiple linear regression as IDL's ``REGRESS``.

    ``x``: float64 ``(npts, nterm)`` (one column per independent variable), ``y``:
    ``(npts,)``, ``measure_errors``: ``(npts,)`` or None. The variables are centred on
    their weighted means and scaled by their standard deviations; the normal matrix of
    the scaled variables (a correlation matrix) is inverted with IDL's INVERT; the
    coefficients are ``correlation @ inverse * sigma_y / sigma_x``; ``const`` makes the
    fit pass through the weighted means. SIGMA is the square root of the diagonal of
    the coefficients' covariance (multiplied by ``sqrt(chisq / (npts - nterm - 1))``
    without MEASURE_ERRORS), CHISQ the unreduced weighted chi-square, MCORRELATION the
    multiple correlation ``R = sqrt(sum_k a_k r_k sigma_k / sigma_y)`` and FTEST
    ``(R^2 / nterm) / ((1 - R^2) / (npts - nterm - 1))``.
    """
    npts, nterm = x.shape
    weights = np.ones(npts) if measure_errors is None else 1.0 / measure_errors ** 2
    sw = np.sum(weights)
    ymean = np.sum(weights * y) / sw
    xmean = weights @ x / sw
    wmean = sw / npts
    w = weights / wmean  # normalised weights (mean 1)
    nfree = npts - 1
    dy = y - ymean
    xx = x - xmean
    sigmay = np.sqrt(np.sum(w * dy * dy) / nfree)
    wx = xx * w[:, None]
    sigmax = np.sqrt(np.sum(wx * xx, axis=0) / nfree)
    correlation = (dy @ wx) / (sigmax * sigmay * nfree)
    normal = (xx.T @ wx) / (nfree * np.outer(sigmax, sigmax))
    inverse, status = idl_invert(normal)
    a = (correlation @ inverse) * (sigmay / sigmax)
    const = ymean - np.sum(a * xmean)
    yfit = x @ a + const
    freen = npts - nterm - 1
    chisq = np.sum(weights * (y - yfit) ** 2)
    sigma = np.sqrt(np.diag(inverse) / wmean / (nfree * sigmax ** 2))
    if measure_errors is None:
        sigma = sigma * np.sqrt(chisq / freen)
    r2 = np.sum(a * correlation * sigmax / sigmay)
    mcorrelation = np.sqrt(r2)
    ftest = (r2 / nterm) / ((1.0 - r2) / freen)
    return RegressionFit(a, const, sigma, correlation, mcorrelation, ftest, chisq,
                         yfit, status)


#: rofunc ignores residuals of relative size at most this (Numerical Recipes' EPS).
_ROFUNC_EPS = 1.0e-7


def median_line(x: np.ndarray, y: np.ndarray) -> tuple[float, float, float]:
    """``(a, b, mean absolute deviation)`` of the LAD line, by Numerical Recipes' medfit.

    ``x`` and ``y`` are float64 vectors of the same length (``x`` sorted ascending, as
    IDL requires; the result does not depend on the order except through ties). The
    bisection stops when the bracket on the slope is narrower than 1% of the
    least-squares slope's standard error, so ``b`` is the LAD slope to that accuracy
    (exactly a breakpoint when the root is a jump). ``a`` is the median of ``y - b x``
    (the mean of the two middle values for an even count) and the mean absolute
    deviation is that of the last evaluated slope.
    """
    n = x.size
    sx, sy = np.sum(x), np.sum(y)
    sxy, sxx = np.dot(x, y), np.dot(x, x)
    det = n * sxx - sx * sx
    a_ls = (sxx * sy - sx * sxy) / det
    b_ls = (n * sxy - sx * sy) / det
    chisq = np.sum((y - (a_ls + b_ls * x)) ** 2)
    sigb = np.sqrt(chisq / det)
    state = {}
    safe_y = np.where(y != 0, np.abs(y), 1.0)
    mid = (n - 1) // 2

    def rofunc(b):
        resid = y - b * x
        part = np.partition(resid, [mid, n // 2])
        a = part[mid] if n % 2 else 0.5 * (part[mid] + part[n // 2])
        d = y - (b * x + a)
        state["a"] = a
        state["abdev"] = np.sum(np.abs(d))
        d = d / safe_y  # relative residual where y is nonzero, as medfit's rofunc
        return np.sum(np.where(np.abs(d) > _ROFUNC_EPS, np.where(d >= 0, x, -x), 0.0))

    b1, bb = b_ls, b_ls
    f1 = rofunc(b1)
    b2 = b_ls + sign(3.0 * sigb, f1)   # NR's SIGN: + for f1 = -0.0, - for NaN
    if b2 == b1:  # an exact least-squares fit
        return state["a"], bb, state["abdev"] / n
    f2 = rofunc(b2)
    while f1 * f2 > 0.0:  # bracket: steps growing by 1.6
        bb = b2 + 1.6 * (b2 - b1)
        b1, f1, b2 = b2, f2, bb
        f2 = rofunc(b2)
    sigb *= 0.01
    while abs(b2 - b1) > sigb:
        bb = b1 + 0.5 * (b2 - b1)
        if bb == b1 or bb == b2:
            break
        f = rofunc(bb)
        if f * f1 >= 0.0:
            f1, b1 = f, bb
        else:
            f2, b2 = f, bb
    return state["a"], bb, state["abdev"] / n
