"""IDL's correlation routines: ``CORRELATE`` (coefficient, covariance, matrices),
``C_CORRELATE`` (cross-correlation at lags) and ``A_CORRELATE`` (autocorrelation at
lags), over :mod:`compat._core.special_functions`.

IDL's definitions (IDL Reference Guide, CORRELATE, C_CORRELATE, A_CORRELATE): the
Pearson coefficient; with /COVARIANCE the sample covariance, divided by N-1 in CORRELATE
but by N in C_CORRELATE and A_CORRELATE; the lagged forms divide the lagged sum of
products of deviations (from the means of the whole series) by the unlagged one, so
they are *not* the Pearson coefficient of the overlapping parts (what ``numpy.corrcoef``
of shifted slices gives). Results are FLOAT unless an argument is DOUBLE or /DOUBLE;
they are computed in double precision and rounded once.
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core import rank_correlation as rank_core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["correlate", "c_correlate", "a_correlate", "r_correlate", "m_correlate",
           "p_correlate"]


def _series(value, name: str) -> np.ndarray:
    return idl_array(value, name, complex_ok=False)


@idl_routine("CORRELATE")
def correlate(x, y=None, *, covariance=False, double=False):
    """The correlation coefficient (or covariance) of two vectors, or the matrix of them
    for the columns of an array, as IDL's ``CORRELATE``.

    IDL call forms::

        Result = CORRELATE(X, Y [, /COVARIANCE] [, /DOUBLE])
        Result = CORRELATE(X [, /COVARIANCE] [, /DOUBLE])     ; X an M-column array

    Parameters
    ----------
    x, y : array_like
        Two vectors of equal length; or ``x`` alone, an array whose M columns (IDL's
        first dimension, numpy's last axis) are the variables and whose N rows are the
        observations.
    covariance : bool
        /COVARIANCE: the sample covariance (divided by N-1) instead of the coefficient.
    double : bool
        /DOUBLE: return DOUBLE.

    Returns
    -------
    numpy scalar (two vectors) or an (M, M) ndarray; FLOAT unless an argument is
    DOUBLE or ``double=True``.

    Notes
    -----
    ``numpy.corrcoef(x, y)[0, 1]`` and ``numpy.cov(x, rowvar=False)`` compute the same
    quantities in float64 (numpy's ``cov`` reads *rows* as variables by default; IDL's
    layout makes the columns the variables). GDL 1.0.1 doubles the off-diagonal and
    diagonal correlation coefficients of the matrix form (its diagonal prints 2.00000):
    recorded as divergent. Source: IDL Reference Guide, CORRELATE; checked against GDL
    1.0.1 (reference_outputs/idl/statistics_special).

    Examples
    --------
    >>> from compat import idl
    >>> idl.correlate([1, 2, 3, 4], [2, 4, 5, 9])
    np.float32(0.9647638)
    >>> idl.correlate([1, 2, 3, 4], [2, 4, 5, 9], covariance=True)
    np.float32(3.6666667)
    """
    a = _series(x, "X")
    if y is None:
        if a.ndim != 2:
            raise CompatValueError("X must be a two-dimensional array when Y is absent.")
        dtype = core.result_type(a, double=double)
        data = a.astype(np.float64)
        if data.shape[0] < 2:
            raise CompatValueError("X must have at least 2 rows (observations).")
        cov = np.cov(data, rowvar=False, ddof=1).reshape(data.shape[1], data.shape[1])
        if covariance:
            return cov.astype(dtype)
        with np.errstate(invalid="ignore", divide="ignore"):
            sd = np.sqrt(np.diag(cov))
            return (cov / np.outer(sd, sd)).astype(dtype)
    b = _series(y, "Y")
    if a.size != b.size:
        raise CompatValueError("X and Y arrays must have the same number of elements.")
    if a.size < 2:
        raise CompatValueError("X and Y must have at least 2 elements.")
    dtype = core.result_type(a, b, double=double)
    dx = a.reshape(-1).astype(np.float64)
    dy = b.reshape(-1).astype(np.float64)
    dx = dx - dx.mean()
    dy = dy - dy.mean()
    s = np.dot(dx, dy)
    with np.errstate(invalid="ignore", divide="ignore"):
        value = s / (dx.size - 1) if covariance else \
            s / np.sqrt(np.dot(dx, dx) * np.dot(dy, dy))
    return dtype.type(value)


def _lags(lag, n: int) -> np.ndarray:
    lags = idl_array(lag, "Lag", complex_ok=False)
    lags = np.trunc(lags).astype(np.int64).reshape(-1)
    if np.any(np.abs(lags) > n - 2):
        raise CompatValueError(f"Lag must be integer valued with |Lag| <= {n - 2} (the "
                               "series has " + str(n) + " elements).")
    return lags


@idl_routine("C_CORRELATE")
def c_correlate(x, y, lag, *, covariance=False, double=False):
    """The cross-correlation (or cross-covariance) of two series at the given lags, as
    IDL's ``C_CORRELATE``.

    IDL call form::

        Result = C_CORRELATE(X, Y, Lag [, /COVARIANCE] [, /DOUBLE])

    Parameters
    ----------
    x, y : array_like
        Two series of N elements (N >= 2).
    lag : int or array_like of int
        Lags L (``|L| <= N - 2``): a positive lag pairs ``x[k]`` with ``y[k + L]``, a
        negative one ``x[k + |L|]`` with ``y[k]``.
    covariance : bool
        /COVARIANCE: the lagged sum of products of deviations divided by N.

    Returns
    -------
    ndarray with one value per lag (a one-element array for a scalar lag, as IDL's
    C_CORRELATE gives), FLOAT unless an argument is DOUBLE or ``double=True``.

    Notes
    -----
    ``sum_k (x[k] - xm)(y[k+L] - ym) / sqrt(sum (x - xm)^2 sum (y - ym)^2)`` with the means
    of the whole series; ``numpy.correlate`` neither removes the means nor normalises.
    Source: IDL Reference Guide, C_CORRELATE; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.c_correlate([1, 2, 3, 4, 6], [2, 4, 5, 9, 3], [-1, 0, 1])
    array([ 0.76388544,  0.25975952, -0.06349677], dtype=float32)
    """
    a = _series(x, "X").reshape(-1).astype(np.float64)
    b = _series(y, "Y").reshape(-1).astype(np.float64)
    if a.size != b.size:
        raise CompatValueError("X and Y arrays must have the same number of elements.")
    if a.size < 2:
        raise CompatValueError("X and Y arrays must contain 2 or more elements.")
    dtype = core.result_type(_series(x, "X"), _series(y, "Y"),
                             double=double)
    lags = _lags(lag, a.size)
    sums = core.lagged_sums(a, b, lags)
    with np.errstate(invalid="ignore", divide="ignore"):
        if covariance:
            out = sums / a.size
        else:
            dx, dy = a - a.mean(), b - b.mean()
            out = sums / np.sqrt(np.dot(dx, dx) * np.dot(dy, dy))
    return out.astype(dtype)


@idl_routine("A_CORRELATE")
def a_correlate(x, lag, *, covariance=False, double=False):
    """The autocorrelation (or autocovariance) of a series at the given lags, as IDL's
    ``A_CORRELATE``.

    IDL call form::

        Result = A_CORRELATE(X, Lag [, /COVARIANCE] [, /DOUBLE])

    Parameters
    ----------
    x : array_like
        A series of N elements (N >= 2).
    lag : int or array_like of int
        Lags (``|L| <= N - 2``; the autocorrelation is symmetric in L).
    covariance : bool
        /COVARIANCE: the lagged sum of products of deviations divided by N.

    Returns
    -------
    ndarray with one value per lag, FLOAT unless DOUBLE input or ``double=True``.

    Notes
    -----
    ``sum_k (x[k] - m)(x[k+|L|] - m) / sum (x - m)^2``: lag 0 gives 1. Source: IDL
    Reference Guide, A_CORRELATE; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.a_correlate([1, 2, 3, 5, 4, 7], [0, 1, 2])
    array([1.        , 0.26666668, 0.16190477], dtype=float32)
    """
    raw = _series(x, "X")
    a = raw.reshape(-1).astype(np.float64)
    if a.size < 2:
        raise CompatValueError("X array must contain 2 or more elements.")
    dtype = core.result_type(raw, double=double)
    lags = np.abs(_lags(lag, a.size))
    sums = core.lagged_sums(a, a, lags)
    with np.errstate(invalid="ignore", divide="ignore"):
        d = a - a.mean()
        out = sums / a.size if covariance else sums / np.dot(d, d)
    return out.astype(dtype)


# ------------------------------------------------------------------------- R_CORRELATE
class RCorrelateResult(Result):
    """R_CORRELATE's ``[coefficient, significance]`` and its D, ZD, PROBD keywords."""

    result: np.ndarray
    d: object
    zd: object
    probd: object


@idl_routine("R_CORRELATE")
def r_correlate(x, y, *, kendall=False, d=False, zd=False, probd=False):
    """Spearman's (default) or Kendall's rank correlation of two vectors and its
    two-sided significance, as IDL's ``R_CORRELATE``.

    IDL call forms::

        Result = R_CORRELATE(X, Y [, D=d] [, ZD=zd] [, PROBD=probd])
                 ->  idl.r_correlate(x, y)
                 ->  r, d, zd, probd = idl.r_correlate(x, y, d=True, zd=True,
                                                      probd=True)
        Result = R_CORRELATE(X, Y, /KENDALL)  ->  idl.r_correlate(x, y, kendall=True)

    Parameters
    ----------
    x, y : array_like
        Vectors of n >= 2 elements each (integer, float or double).
    kendall : bool
        /KENDALL: Kendall's tau instead of Spearman's rho.
    d, zd, probd : bool
        Request D (the sum of squared rank differences), ZD (its deviation from the
        null hypothesis in standard deviations) and PROBD (ZD's two-sided significance);
        0 with /KENDALL.

    Returns
    -------
    numpy.ndarray, or RCorrelateResult(result, d, zd, probd) when one is requested
        FLOAT ``[coefficient, significance]`` (IDL's library computes it in single
        precision even for DOUBLE data); D, ZD, PROBD are DOUBLE when X is DOUBLE, else
        FLOAT (INT 0 with /KENDALL).

    Notes
    -----
    IDL 8.0's r_correlate.pro (Numerical Recipes' ``spear``/``kendl1``): ranks with the
    mean rank for ties and the tie corrections ``sum(f^3 - f)`` in rho, its variance and
    ZD; the significance of rho from the incomplete beta function, those of ZD and tau
    from the normal distribution. compat repeats its FLOAT arithmetic step by step, so
    DOUBLE values that round to the same FLOAT are ties (IDL ranks ``FLOAT(x)``), and
    Kendall's pair differences are taken in the inputs' types (INT and BYTE wrap as in
    IDL). ``scipy.stats.spearmanr`` and ``kendalltau`` compute the same coefficients in
    double precision (kendalltau's tau-b equals IDL's tau) but other p-values: IDL's
    Spearman significance is the t test with n - 2 degrees of freedom through IBETA
    (scipy's is the same test), its Kendall significance the normal approximation
    without tie correction (scipy's differs). Sources: IDL Reference Guide, R_CORRELATE
    (its printed example is a golden case); IDL 8.0's r_correlate.pro and idl_crank.pro.

    Examples
    --------
    >>> from compat import idl
    >>> x = [257, 208, 296, 324, 240, 246, 267, 311, 324, 323, 263, 305,
    ...      270, 260, 251, 275, 288, 242, 304, 267]
    >>> y = [201, 56, 185, 221, 165, 161, 182, 239, 278, 243, 197, 271,
    ...      214, 216, 175, 192, 208, 150, 281, 196]
    >>> idl.r_correlate(x, y)
    array([8.3596712e-01, 4.4289864e-06], dtype=float32)
    """
    a = _series(x, "X")
    b = _series(y, "Y")
    if a.size <= 1 or b.size <= 1:
        raise CompatValueError("x and y must be n-element vectors.")
    if a.size != b.size:
        raise CompatValueError("x and y must be vectors of equal length.")
    if a.dtype.kind in "US" or b.dtype.kind in "US":
        raise CompatTypeError("String expression not allowed in this context: X.")
    a, b = a.reshape(-1), b.reshape(-1)
    if kendall:
        tau, prob = rank_core.kendall(a, b)
        result = np.array([tau, prob], dtype=np.float32)
        zero = np.int16(0)
        outs = {"d": zero, "zd": zero, "probd": zero}
    else:
        rs, probrs, dd, zz, pp = rank_core.spearman(a, b)
        result = np.array([rs, probrs], dtype=np.float32)
        # r_correlate.pro tests SIZE(x)[2], X's type code for a vector (the second
        # dimension for a 2-D X, as its code reads)
        code = _size_word(np.asarray(x) if not isinstance(x, np.ndarray) else x)
        out_type = np.float64 if code == 5 else np.float32
        outs = {"d": out_type(dd), "zd": out_type(zz), "probd": out_type(pp)}
    wanted = {k: v for k, v in outs.items() if {"d": d, "zd": zd, "probd": probd}[k]}
    if not wanted:
        return result
    return RCorrelateResult(result=result, d=outs["d"] if d else None,
                            zd=outs["zd"] if zd else None,
                            probd=outs["probd"] if probd else None)


def _size_word(x) -> int:
    """SIZE(x)[2] of r_correlate.pro: the type code of a vector (or a scalar's ...),
    the second dimension of a 2-D array."""
    a = idl_array(x, "X", complex_ok=False)
    if a.ndim <= 1:
        from compat._core.idl_types import idl_type_code
        return idl_type_code(a.dtype)
    return a.shape[-2]


def _regressors(value, name: str, n: int) -> np.ndarray:
    """An IDL ``[p, n]`` array (numpy ``(n, p)``) or an n-element vector as ``(n, p)``
    float64 columns."""
    a = idl_array(value, name, complex_ok=False, scalar_ok=False, max_rank=2)
    cols = a.reshape(-1, 1) if a.ndim == 1 else a
    if cols.shape[0] != n:
        raise CompatValueError(f"{name} must have {n} rows (observations), the length of "
                               f"the dependent variable, not {cols.shape[0]}.")
    return cols.astype(np.float64)


def _residuals(y: np.ndarray, c: np.ndarray) -> np.ndarray:
    """Residuals of the least-squares fit of ``y`` on the columns of ``c`` and a
    constant."""
    design = np.column_stack([np.ones(y.size), c])
    coef, *_ = np.linalg.lstsq(design, y, rcond=None)
    return y - design @ coef


@idl_routine("M_CORRELATE")
def m_correlate(x, y, *, double=False):
    """Multiple correlation coefficient, as IDL's ``M_CORRELATE``.

    IDL call form::

        Result = M_CORRELATE(X, Y [, /DOUBLE])

    The correlation of ``Y`` with its least-squares fit on the columns of ``X`` and a
    constant: ``sqrt(1 - SSE/SST)``, the square root of the fit's coefficient of
    determination (IDL Reference Guide, M_CORRELATE).

    Parameters
    ----------
    x : array_like
        IDL ``X[m, n]``, readsav shape ``(n, m)``: ``m`` independent variables of ``n``
        observations (a vector is one variable).
    y : array_like
        The ``n``-element dependent variable.
    double : bool

    Returns
    -------
    numpy.float32 or numpy.float64
        FLOAT unless an argument is DOUBLE or /DOUBLE (computed in double precision,
        rounded once).

    Raises
    ------
    ValueError
        ``"M_CORRELATE: ..."`` when ``X`` has not ``n`` rows, or fewer than 2 rows.

    Notes
    -----
    Neither numpy nor scipy has it; ``np.sqrt(LinearRegression().score(X, y))`` in
    scikit-learn is the same number. GDL 1.0.1 lacks M_CORRELATE: the golden suite
    idl/m_p_correlate holds the values IDL's Reference Guide prints and GDL evaluations
    of the definition.

    Examples
    --------
    >>> from compat import idl
    >>> x = np.array([[1.0, 2], [2, 1], [3, 5], [4, 3], [5, 6]])
    >>> round(float(idl.m_correlate(x, [2.0, 2.5, 5, 4.5, 7])), 6)
    0.996928
    """
    b = _series(y, "Y").reshape(-1).astype(np.float64)
    a = idl_array(x, "X", complex_ok=False, scalar_ok=False, max_rank=2)
    if b.size < 2:
        raise CompatValueError("Y must have at least 2 elements.")
    cols = _regressors(a, "X", b.size)
    dtype = core.result_type(a, idl_array(y, "Y", complex_ok=False), double=double)
    res = _residuals(b, cols)
    dev = b - b.mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        r2 = 1.0 - np.dot(res, res) / np.dot(dev, dev)
    return dtype.type(np.sqrt(max(r2, 0.0)))


@idl_routine("P_CORRELATE")
def p_correlate(x, y, c, *, double=False):
    """Partial correlation coefficient, as IDL's ``P_CORRELATE``.

    IDL call form::

        Result = P_CORRELATE(X, Y, C [, /DOUBLE])

    The Pearson correlation of the residuals of ``X`` and of ``Y`` after the
    least-squares regression of each on the variables of ``C`` and a constant (IDL
    Reference Guide, P_CORRELATE: "the correlation between these two sets of
    residuals").

    Parameters
    ----------
    x, y : array_like
        ``n``-element vectors.
    c : array_like
        An ``n``-element vector, or IDL ``C[p, n]`` (readsav shape ``(n, p)``): the
        variables whose effects are removed.
    double : bool

    Returns
    -------
    numpy.float32 or numpy.float64
        FLOAT unless an argument is DOUBLE or /DOUBLE.

    Raises
    ------
    ValueError
        ``"P_CORRELATE: ..."`` for vectors of different lengths or a ``C`` of another
        number of rows.

    Notes
    -----
    ``scipy.stats.pearsonr`` of the two residual vectors is the same number; pingouin's
    ``partial_corr`` too. GDL 1.0.1 lacks P_CORRELATE (see :func:`m_correlate`).

    Examples
    --------
    >>> from compat import idl
    >>> x0 = [64, 71, 53, 67, 55, 58, 77, 57, 56, 51, 76, 68]
    >>> x1 = [57, 59, 49, 62, 51, 50, 55, 48, 52, 42, 61, 57]
    >>> x2 = [8, 10, 6, 11, 8, 7, 10, 9, 10, 6, 12, 9]
    >>> print(f"{idl.p_correlate(x0, x1, x2):.6f}")  # IDL prints 0.533469
    0.533469
    """
    a = _series(x, "X").reshape(-1)
    b = _series(y, "Y").reshape(-1)
    if a.size != b.size:
        raise CompatValueError("X and Y must be vectors of equal length.")
    if a.size < 3:
        raise CompatValueError("X and Y must have at least 3 elements.")
    cc = idl_array(c, "C", complex_ok=False, scalar_ok=False, max_rank=2)
    cols = _regressors(cc, "C", a.size)
    dtype = core.result_type(a, b, cc, double=double)
    ra = _residuals(a.astype(np.float64), cols)
    rb = _residuals(b.astype(np.float64), cols)
    ra -= ra.mean()
    rb -= rb.mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        value = np.dot(ra, rb) / np.sqrt(np.dot(ra, ra) * np.dot(rb, rb))
    return dtype.type(value)
