"""MATLAB's multiple linear regression: ``regress`` (Statistics and Machine Learning
Toolbox), with its coefficient and residual intervals and its statistics vector.

The fit is MATLAB's documented one: least squares through the QR factorization with
column pivoting of X (LAPACK's, as MATLAB's qr(X, 0)), the effective rank from R's
diagonal, coefficients of dropped columns set to 0 with MATLAB's rank warning;
``bint`` from the t distribution with n - p degrees of freedom, ``rint`` from the
studentized (leave-one-out) residuals with n - p - 1, and ``stats = [R^2, F, p-value,
error variance]``. Rows with NaN in y or X are left out of the fit and get NaN
residuals, as MATLAB does.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg

from compat._core import distribution_functions as dist
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["regress", "RegressResult"]


class RegressResult(Result):
    """``[b, bint, r, rint, stats] = regress(...)``."""

    request_style = "nargout"
    b: np.ndarray
    bint: np.ndarray
    r: np.ndarray
    rint: np.ndarray
    stats: np.ndarray


def _t_quantile(p: float, dof: int) -> float:
    """tinv(p, dof) through compat's tinv kernel (MATLAB's route)."""
    return float(dist.t_inv(np.float64(p), np.float64(dof)))


@matlab_function("regress", nargout=5)
def regress(y, X, alpha=0.05, *, nargout=1):
    """Multiple linear regression, as MATLAB's ``regress``.

    MATLAB call forms::

        b = regress(y, X)
        [b, bint] = regress(y, X)                 ->  regress(y, X, nargout=2)
        [b, bint, r, rint, stats] = regress(y, X, alpha)   ->  nargout=5

    Parameters
    ----------
    y : array_like
        n responses (a vector).
    X : array_like
        n-by-p design matrix; include a column of ones for an intercept (regress adds
        none).
    alpha : float
        The intervals' level is ``100*(1 - alpha)`` percent (0.05 by default).

    Returns
    -------
    b : numpy.ndarray
        p-by-1 coefficients (0 for columns dropped for rank deficiency).
    bint : numpy.ndarray
        p-by-2 confidence intervals ``b -/+ tinv(1 - alpha/2, n - p) * se``.
    r : numpy.ndarray
        n-by-1 residuals ``y - X*b`` (NaN for rows with NaN).
    rint : numpy.ndarray
        n-by-2 intervals ``r -/+ tinv(1 - alpha/2, n - p - 1) * sqrt(1 - h) * s_(i)``
        with ``h`` the leverages and ``s_(i)`` the residual standard deviation of the fit
        without row i (rows of leverage 1 get infinite widths). Not checked against
        Octave, whose regress.m computes other intervals.
    stats : numpy.ndarray
        ``[R^2, F, p, s^2]``: the R-squared, the F statistic of the model against a
        constant (meaningful when X has an intercept), its p-value, the error variance.

    Notes
    -----
    ``numpy.linalg.lstsq`` returns the minimum-norm solution of a rank-deficient X and
    none of the intervals; ``statsmodels``' OLS gives the same b for full-rank X.
    Sources: MATLAB documentation of ``regress`` (outputs, the rank warning, NaN rows
    removed from the fit; compat keeps their places as NaN in r and rint); goldens from
    Octave 7.3's statistics 1.5.3 regress for b, bint, r and stats (reference_outputs/
    matlab/regress).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.column_stack([np.ones(6), np.arange(1.0, 7.0)])
    >>> y = np.array([2.1, 3.9, 6.2, 7.8, 10.1, 12.2])
    >>> matlab.regress(y, X).ravel().round(4)
    array([-0.02,  2.02])
    """
    yv = matlab_array(y, "y", complex_ok=False, to_float=True).astype(np.float64)
    xm = matlab_array(X, "X", complex_ok=False, to_float=True).astype(np.float64)
    if yv.ndim > 2 or (yv.ndim == 2 and 1 not in yv.shape):
        raise CompatValueError("Y must be a vector and must have the same number of rows "
                               "as X.")
    yv = yv.reshape(-1)
    if xm.ndim == 1:
        xm = xm.reshape(-1, 1)
    n_all, p = xm.shape
    if yv.size != n_all:
        raise CompatValueError("The number of rows in Y must equal the number of rows "
                               "in X.")
    level = float(np.asarray(alpha).reshape(-1)[0])
    keep = ~(np.isnan(yv) | np.isnan(xm).any(axis=1))
    yk, xk = yv[keep], xm[keep]
    n = yk.size
    q, rmat, perm = scipy.linalg.qr(xk, mode="economic", pivoting=True)
    diag = np.abs(np.diag(rmat))
    rank = int(np.sum(diag > max(n, p) * np.spacing(diag[0]))) if diag.size else 0
    if rank < p:
        warnings.warn(MatlabWarning("X is rank deficient to within machine precision.",
                                    identifier="stats:regress:RankDefDesignMat"),
                      stacklevel=2)
        rmat, q, perm = rmat[:rank, :rank], q[:, :rank], perm[:rank]
    b = np.zeros(p)
    b[perm] = scipy.linalg.solve_triangular(rmat, q.T @ yk) if rank else np.zeros(0)
    if nargout <= 1:
        return b.reshape(-1, 1)
    fitted = xk @ b
    residual = yk - fitted
    nu = max(0, n - rank)
    rmse = np.linalg.norm(residual) / np.sqrt(nu) if nu else np.nan
    s2 = rmse ** 2
    inverse = scipy.linalg.solve_triangular(rmat, np.eye(rank)) if rank else np.zeros((0, 0))
    se = np.zeros(p)
    se[perm] = rmse * np.sqrt(np.sum(np.abs(inverse) ** 2, axis=1))
    tval = _t_quantile(1 - level / 2, nu) if nu else np.nan
    bint = np.column_stack([b - tval * se, b + tval * se])
    hat = np.sum(np.abs(q) ** 2, axis=1)
    ok = (1 - hat) > np.sqrt(np.finfo(float).eps)
    hat = np.where(ok, hat, 1.0)
    if nu > 1:
        denom = (nu - 1) * (1 - hat)
        sigma = np.zeros(n)
        with np.errstate(divide="ignore", invalid="ignore"):
            sigma[ok] = np.sqrt(np.maximum(0, nu * s2 / (nu - 1)
                                           - residual[ok] ** 2 / denom[ok]))
        spread = np.sqrt(1 - hat) * sigma
        spread[~ok] = np.inf
        t_res = _t_quantile(1 - level / 2, nu - 1)
        rint_k = np.column_stack([residual - t_res * spread, residual + t_res * spread])
    else:
        rint_k = np.full((n, 2), np.nan)
    r = np.full(n_all, np.nan)
    r[keep] = residual
    rint = np.full((n_all, 2), np.nan)
    rint[keep] = rint_k
    mean = yk.mean()
    rss = np.linalg.norm(fitted - mean) ** 2
    tss = np.linalg.norm(yk - mean) ** 2
    with np.errstate(divide="ignore", invalid="ignore"):
        r2 = 1 - np.linalg.norm(residual) ** 2 / tss
        f = (rss / (rank - 1)) / s2 if rank > 1 else np.nan
        prob = float(dist.f_cdf(np.float64(f), np.float64(rank - 1), np.float64(nu),
                                upper=True)) if rank > 1 else np.nan
    stats = np.array([[r2, f, prob, s2]])
    return RegressResult.first(nargout, b.reshape(-1, 1), bint, r.reshape(-1, 1), rint,
                               stats)
