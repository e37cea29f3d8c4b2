"""The diagnostics of a least-squares linear fit that MATLAB's ``regstats``
(Statistics and Machine Learning Toolbox) reports: the economy QR factors, coefficients
and their covariance, fitted values and residuals, leverage and the hat matrix, the
delete-1 statistics (variances, coefficients, studentized residuals, DFBETAS, DFFIT,
DFFITS, COVRATIO, Cook's distance), t statistics of the coefficients, the F statistic
and R-squared.

Python-shaped: ``y`` is a 1-D float array of the responses, ``X`` the design matrix
(rows without NaN); the result is a dict of numpy values. The formulas are those of
MathWorks' regstats.m (facts from a public copy, Copyright 1993-2004; Belsley, Kuh and
Welsch 1980; Cook and Weisberg 1982; Goodall 1993), all computed from ``[Q, R] =
qr(X, 0)`` as that code does: ``beta = R \\ (Q' y)``, ``E = X / R``, leverage the row
sums of ``E.^2``, ``(X'X)^-1 = R^-1 R^-T``; R-squared ``1 - SSE/SST`` and its adjusted
form ``1 - (1 - R^2)(n - 1)/dfe`` as the current reference page defines them.
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

from compat._core import distribution_functions as dist

__all__ = ["diagnostics", "NAMES"]

#: the statistics in regstats' order ('dwstat', the Durbin-Watson test, is not here)
NAMES = ("Q", "R", "beta", "covb", "yhat", "r", "mse", "rsquare", "adjrsquare",
         "leverage", "hatmat", "s2_i", "beta_i", "standres", "studres", "dfbetas",
         "dffit", "dffits", "covratio", "cookd", "tstat", "fstat")


def diagnostics(y: np.ndarray, x: np.ndarray) -> dict:
    """Every statistic of :data:`NAMES` for the fit of ``y`` on the columns of ``x``;
    'tstat' and 'fstat' are dicts of their fields."""
    q, r = scipy.linalg.qr(x, mode="economic", check_finite=False)
    beta = scipy.linalg.solve_triangular(r, q.T @ y, check_finite=False)
    yhat = x @ beta
    resid = y - yhat
    nobs = y.size
    p = min(r.shape)
    dfe = nobs - p
    mse = float(np.sum(resid * resid)) / dfe if dfe else np.inf
    e = scipy.linalg.solve_triangular(r, x.T, trans="T", check_finite=False).T   # X / R
    h = np.sum(e * e, axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        s2_i = ((nobs - p) * mse - resid * resid / (1 - h)) / (nobs - p - 1)
        e_i = resid / np.sqrt(s2_i * (1 - h))
        ri = scipy.linalg.solve_triangular(r, np.eye(p), check_finite=False)
        xtxi = ri @ ri.T
        stde = resid / (1 - h)
        b_i = beta[:, None] - ri @ (q * stde[:, None]).T
        covb = xtxi * mse
        s = np.sqrt(s2_i)[None, :]
        rtri = np.sqrt(np.diag(xtxi))[:, None]
        se = np.sqrt(np.diag(covb))
        t = beta / se
        sst = float(np.sum((y - y.mean()) ** 2))
        sse = dfe * mse
        ssr = float(np.linalg.norm(yhat - yhat.mean()) ** 2)
        f = (ssr / (p - 1)) / (sse / dfe) if p > 1 else np.nan
        rsquare = 1 - sse / sst
        out = {
            "Q": q, "R": r, "beta": beta, "covb": covb, "yhat": yhat, "r": resid,
            "mse": mse, "rsquare": rsquare,
            "adjrsquare": 1 - (1 - rsquare) * ((nobs - 1) / dfe),
            "leverage": h, "hatmat": q @ q.T, "s2_i": s2_i, "beta_i": b_i,
            "standres": resid / np.sqrt(mse * (1 - h)), "studres": e_i,
            "dfbetas": (beta[:, None] - b_i) / (s * rtri),
            "dffit": h * resid / (1 - h), "dffits": np.sqrt(h / (1 - h)) * e_i,
            "covratio": 1 / ((((nobs - p - 1 + e_i * e_i) / (nobs - p)) ** p) * (1 - h)),
            "cookd": resid * resid * (h / (1 - h) ** 2) / (p * mse),
            "tstat": {"beta": beta, "se": se, "t": t,
                      "pval": 2 * dist.t_cdf(-np.abs(t), dfe), "dfe": float(dfe)},
            "fstat": {"sse": sse, "dfe": float(dfe), "dfr": float(p - 1), "ssr": ssr,
                      "f": f, "pval": float(1 - dist.f_cdf(f, p - 1, dfe))},
        }
    return out
