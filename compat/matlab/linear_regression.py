"""MATLAB's multiple linear regression: ``regress`` (Statistics and Machine Learning
Toolbox), with its coefficient and residual intervals and its statistics vector, and the
design matrices of regression models, ``x2fx`` and ``dummyvar``.

The fit is MATLAB's documented one: least squares through the QR factorization with
column pivoting of X (LAPACK's, as MATLAB's qr(X, 0)), the effective rank from R's
diagonal, coefficients of dropped columns set to 0 with MATLAB's rank warning;
``bint`` from the t distribution with n - p degrees of freedom, ``rint`` from the
studentized (leave-one-out) residuals with n - p - 1, and ``stats = [R^2, F, p-value,
error variance]``. Rows with NaN in y or X are left out of the fit and get NaN
residuals, as MATLAB does.
"""

from __future__ import annotations


import numpy as np
import scipy.linalg

from compat._core import distribution_functions as dist
from compat._core.errors import issue_warning
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["regress", "x2fx", "dummyvar", "regstats", "RegressResult"]


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
        issue_warning(MatlabWarning("X is rank deficient to within machine precision.",
                                    identifier="stats:regress:RankDefDesignMat"))
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


# ------------------------------------------------------------------------- x2fx
_MODELS = ("linear", "additive", "interactions", "quadratic", "purequadratic")


@matlab_function("x2fx", nargout=4)
def x2fx(X, model=None, categ=None, catlevels=None, *, nargout=1):
    """Design matrix of a regression model, as MATLAB's ``x2fx``.

    MATLAB call forms::

        D = x2fx(X)                                  'linear': constant and linear terms
        D = x2fx(X, model)                           'linear', 'interaction', 'quadratic',
                                                     'purequadratic', or a power matrix
        D = x2fx(X, model, categ)                    categorical columns (1-based)
        D = x2fx(X, model, categ, catlevels)         with their numbers of levels
        [D, model, termstart, termend] = x2fx(...)   ->  x2fx(..., nargout=4)

    Columns of D for 'quadratic': the constant, the columns of X in order, the pairwise
    products (1,2), (1,3), ..., (n-1,n), the squares; the other names keep a subset in
    that order (no squares of categorical columns). A power matrix has a row per term and
    a column per predictor. A categorical predictor with L levels (its sorted unique
    values, or 1..catlevels) contributes L-1 indicator columns -- every level but the
    last -- to each term it enters, multiplied by the term's continuous part.

    Notes
    -----
    Differences from ``sklearn.preprocessing.PolynomialFeatures``/``patsy``: MATLAB's
    column order (interactions before squares), the last level as the reference of a
    categorical predictor (patsy drops the first). Names may be abbreviated
    ('quad', 'inter'; 'additive' is 'linear'). Source: MathWorks' x2fx.m help and rules
    (facts only); GNU Octave 7.3's statistics 1.5.3 x2fx agrees (golden suite
    ``matlab/linear_regression``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1, 10], [2, 20], [3, 10], [4, 20], [5, 15], [6, 15]])
    >>> matlab.x2fx(X, np.array([[0, 0], [1, 0], [0, 1], [1, 1], [2, 0]]))[:2]
    array([[ 1.,  1., 10., 10.,  1.],
           [ 1.,  2., 20., 40.,  4.]])
    >>> matlab.x2fx(X[:3], 'interaction')
    array([[ 1.,  1., 10., 10.],
           [ 1.,  2., 20., 40.],
           [ 1.,  3., 10., 30.]])
    """
    from compat._core import design_matrices as design

    x = matlab_array(X, "X", char="error")
    x = x.reshape(-1, 1) if x.ndim < 2 else x
    n = x.shape[1]
    dtype = np.float32 if x.dtype == np.float32 else np.float64
    cat = [] if categ is None or np.size(categ) == 0 else \
        [int(c) - 1 for c in np.asarray(categ).reshape(-1)]
    if any(c < 0 or c >= n for c in cat):
        raise CompatValueError("CATEG must hold column numbers of X.")
    levels = None if catlevels is None or np.size(catlevels) == 0 else \
        np.asarray(catlevels).reshape(-1)
    if model is None or (not isinstance(model, str) and np.size(model) == 0):
        model = "linear"
    if isinstance(model, str):
        word = model.lower()
        hit = [m for m in _MODELS if m.startswith(word)]
        if not hit:
            raise CompatValueError(f"Unknown model '{model}': expected 'linear', "
                                   "'interaction', 'quadratic', 'purequadratic' or a "
                                   "matrix of powers.")
        kind = {"additive": "linear", "interactions": "interaction"}.get(hit[0], hit[0])
        terms = design.named_model(kind, n, cat).astype(np.float64)
    else:
        terms = np.asarray(matlab_array(model, "MODEL"), dtype=np.float64)
        terms = terms.reshape(1, -1) if terms.ndim < 2 else terms
        if terms.shape[1] != n:
            raise CompatValueError("A numeric second argument must have the same number "
                                   "of columns as the first argument.")
        if cat and np.any(terms[:, cat] > 1):
            raise CompatValueError("MODEL cannot specify powers for a categorical "
                                   "variable.")
    if levels is not None:
        if levels.size != len(cat):
            raise CompatValueError("CATLEVELS must have one entry for each element of "
                                   "CATEG.")
        for c, count in zip(cat, levels):
            if not np.all(np.isin(x[:, c], np.arange(1, int(count) + 1))):
                raise CompatValueError(f"Not all values of column {c + 1} of X are in "
                                       f"1:{int(count)}.")
    d, start, end = design.design_matrix(x.astype(np.float64), terms, cat, levels, dtype)
    outs = (d, terms, start, end)
    return outs[0] if nargout == 1 else outs[:nargout]


# --------------------------------------------------------------------- dummyvar
@matlab_function("dummyvar")
def dummyvar(group):
    """Dummy-variable coding of grouping variables, as MATLAB's ``dummyvar``.

    MATLAB call forms::

        D = dummyvar(group)              group: positive integers, a vector or a matrix
                                         (one grouping variable per column)
        D = dummyvar({g1, g2, ...})      several grouping variables (grp2idx's numbers)

    For a grouping variable whose largest value is L, D has L columns (levels 1..L, a
    level that does not occur gives a zero column); the variables' blocks stand side by
    side. A row vector is one grouping variable. In a list (MATLAB's cell array) each
    item is a grouping variable read by grp2idx (numbers in ascending order, text in
    order of appearance).

    Returns
    -------
    ndarray
        m-by-sum(L): double (single for a single group matrix).

    Notes
    -----
    Differences from ``pandas.get_dummies``: columns for every level from 1 to the
    largest, not only the values present, and no reference level dropped (x2fx drops the
    last). Source: MathWorks' dummyvar.m (its rules, facts only) and reference page.
    MATLAB checks only that the values are integers; a zero or negative value then
    makes MATLAB index outside the row (an indexing error, or a 1 in the previous
    variable's block for 0 in a later column); compat refuses both with dummyvar's
    message. GNU Octave 7.3's statistics 1.5.3 has no dummyvar: the golden cases
    evaluate these rules in Octave (suite ``matlab/design_matrices``).

    Examples
    --------
    >>> from compat import matlab
    >>> machine = [1, 1, 1, 1, 2, 2, 2, 2]
    >>> oper = [1, 2, 3, 1, 2, 3, 1, 2]
    >>> matlab.dummyvar(np.column_stack([machine, oper]))[:3]
    array([[1., 0., 1., 0., 0.],
           [1., 0., 0., 1., 0.],
           [1., 0., 0., 0., 1.]])
    """
    from compat._core import design_matrices as design
    from compat._core.group_levels import group_index

    if isinstance(group, (list, tuple)) and group and all(
            isinstance(v, (str, list, tuple)) or np.ndim(v) > 0 for v in group):
        columns = [group_index(v)[0] for v in group]
        if len({c.size for c in columns}) > 1:
            raise CompatValueError("All grouping variables must the same number of rows.")
        g = np.column_stack(columns)
        dtype = np.float64
    else:
        g = matlab_array(group, "GROUP", char="error")
        if g.dtype.kind not in "biuf":
            raise CompatValueError("Each element of GROUP must be a positive integer.")
        g = g.reshape(-1, 1) if g.ndim < 2 or g.shape[0] == 1 else g
        dtype = np.float32 if g.dtype == np.float32 else np.float64
        g = g.astype(np.float64)
    if g.ndim != 2:
        raise CompatValueError("GROUP must be a vector or a matrix.")
    if not np.all(np.isfinite(g)) or np.any(g != np.round(g)) or np.any(g < 1):
        raise CompatValueError("Each element of GROUP must be a positive integer.")
    return design.dummy_columns(g, dtype)


# --------------------------------------------------------------------- regstats
_ROW_WISE = {"yhat", "r", "leverage", "s2_i", "standres", "studres", "dffit", "dffits",
             "covratio", "cookd"}


def _column(value):
    return np.asarray(value, dtype=np.float64).reshape(-1, 1)


@matlab_function("regstats")
def regstats(y, X, model="linear", whichstats="all"):
    """Regression diagnostics of a linear model, as MATLAB's ``regstats``.

    MATLAB call forms::

        stats = regstats(y, X)                          ->  'linear', every statistic
        stats = regstats(y, X, model)                   ->  any model x2fx takes
        stats = regstats(y, X, model, whichstats)       ->  'leverage' or a list of names

    ``whichstats``: 'Q', 'R', 'beta', 'covb', 'yhat', 'r', 'mse', 'rsquare',
    'adjrsquare', 'leverage', 'hatmat', 's2_i', 'beta_i', 'standres', 'studres',
    'dfbetas', 'dffit', 'dffits', 'covratio', 'cookd', 'tstat' (a struct: beta, se, t,
    pval, dfe), 'fstat' (sse, dfe, dfr, ssr, f, pval) or 'all'. Rows of ``y`` or ``X``
    holding NaN are left out of the fit; the per-observation statistics have NaN
    there. The result is a struct (:class:`compat._core.struct.MatlabStruct`) whose
    field ``source`` is 'regstats'. The formulas are regstats.m's, all from the
    economy QR factorisation of the design matrix (:mod:`compat._core.regression_diagnostics`).

    Not supported: 'dwstat' (the Durbin-Watson test) -- 'all' returns every other
    statistic -- and the interactive form without outputs.

    Differences from ``statsmodels`` OLS influence measures: the same quantities under
    other names, statsmodels' Q/R signs and ordering aside; regstats' design matrix
    comes from x2fx (the constant first) and its NaN rows are filled back in.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> ingredients = np.array([[7, 26, 6, 60], [1, 29, 15, 52], [11, 56, 8, 20],
    ...     [11, 31, 8, 47], [7, 52, 6, 33], [11, 55, 9, 22], [3, 71, 17, 6], [1, 31, 22, 44],
    ...     [2, 54, 18, 22], [21, 47, 4, 26], [1, 40, 23, 34], [11, 66, 9, 12], [10, 68, 8, 12]])
    >>> heat = np.array([78.5, 74.3, 104.3, 87.6, 95.9, 109.2, 102.7, 72.5, 93.1, 115.9,
    ...                  83.8, 113.3, 109.4])
    >>> stats = matlab.regstats(heat, ingredients, 'linear', 'beta')
    >>> np.round(stats.beta.ravel(), 4)
    array([62.4054,  1.5511,  0.5102,  0.1019, -0.1441])
    """
    from compat._core import regression_diagnostics as diag
    from compat._core.struct import MatlabStruct

    yv = np.asarray(matlab_array(y, "RESPONSES", char="error"), dtype=np.float64)
    xd = np.asarray(matlab_array(X, "DATA", char="error"), dtype=np.float64)
    if yv.ndim == 2 and yv.shape[0] == 1:
        yv = yv.T
    if xd.ndim < 2 or xd.shape[0] == 1:
        xd = xd.reshape(-1, 1)
    yv = yv.reshape(yv.shape[0], -1) if yv.ndim else yv.reshape(1, 1)
    if yv.shape[0] != xd.shape[0]:
        raise CompatValueError("RESPONSES and DATA must have the same number of rows.")
    if yv.shape[1] > 1:
        raise CompatValueError("RESPONSES must have a single column.")
    names = [whichstats] if isinstance(whichstats, str) else list(whichstats)
    wanted = set()
    for name in names:
        if not isinstance(name, str):
            raise CompatValueError("WHICHSTATS argument must be one or more statistic "
                                   "names.")
        if name == "all":
            wanted = set(diag.NAMES)
            break
        if name == "dwstat":
            raise CompatValueError("regstats: 'dwstat' (the Durbin-Watson test) is not "
                                   "supported by compat.")
        if name not in diag.NAMES:
            raise CompatValueError(f"Invalid statistic name '{name}'.")
        wanted.add(name)
    yv = yv[:, 0]
    bad = np.isnan(yv) | np.isnan(xd).any(axis=1)
    design = x2fx(xd[~bad], model)
    values = diag.diagnostics(yv[~bad], np.asarray(design, dtype=np.float64))
    stats = MatlabStruct(source="regstats")
    for name in diag.NAMES:
        if name not in wanted:
            continue
        value = values[name]
        if name in ("tstat", "fstat"):
            value = MatlabStruct({k: (_column(v) if np.ndim(v) else np.float64(v))
                                  for k, v in value.items()})
        elif name in _ROW_WISE:
            full = np.full(bad.size, np.nan)
            full[~bad] = value
            value = full.reshape(-1, 1)
        elif name == "beta":
            value = _column(value)
        elif np.ndim(value) == 0:
            value = np.float64(value)
        stats[name] = value
    return stats
