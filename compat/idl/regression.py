"""IDL's regressions: REGRESS (multiple linear regression) and LADFIT (least absolute
deviation line); the cores are in :mod:`compat._core.regression`."""

from __future__ import annotations


import numpy as np

from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_types import idl_array
from compat._core.least_squares import error_vector, fit_cast, fit_type
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.regression import median_line, multiple_regression
from compat._core.results import Result

__all__ = ["regress", "ladfit"]


# ----------------------------------------------------------------------------- REGRESS
class RegressResult(Result):
    """REGRESS's result and the output keywords requested."""

    result: object
    chisq: object
    const: object
    correlation: object
    ftest: object
    mcorrelation: object
    sigma: object
    status: object
    yfit: object


@idl_routine("REGRESS")
def regress(x, y, *, measure_errors=None, double=None, chisq=False, const=False,
            correlation=False, ftest=False, mcorrelation=False, sigma=False,
            status=False, yfit=False):
    """Multiple linear regression, as IDL's ``REGRESS``.

    IDL call form::

        Result = REGRESS(X, Y [, CHISQ=variable] [, CONST=variable]
                         [, CORRELATION=variable] [, /DOUBLE] [, FTEST=variable]
                         [, MCORRELATION=variable] [, MEASURE_ERRORS=vector]
                         [, SIGMA=variable] [, STATUS=variable] [, YFIT=variable])

    Python::

        compat.idl.regress(x, y, *, measure_errors=None, double=None, chisq=False,
                           const=False, correlation=False, ftest=False,
                           mcorrelation=False, sigma=False, status=False, yfit=False)

    Fits ``y[i] = const + a[0]*x[0,i] + ... + a[nterm-1]*x[nterm-1,i]`` (IDL
    subscripts). Output keywords are requested with ``name=True``; the result is then a
    named tuple ``(result, <requested outputs>)``.

    Parameters
    ----------
    x : array_like
        IDL's ``Nterms x Npoints`` array, i.e. numpy shape ``(npts, nterm)`` in the
        readsav layout (``x[i, k]`` is point ``i`` of variable ``k``); a vector is one
        variable. In IDL, ``X = [TRANSPOSE(X1), TRANSPOSE(X2)]``; in numpy,
        ``np.stack([x1, x2], axis=1)``.
    y : array_like
        ``npts`` values.
    measure_errors : array_like, optional
        Standard deviation of each ``y`` (weights ``1/measure_errors**2``).
    double : bool, optional
        IDL's /DOUBLE. Not given: float64 results when ``x`` or ``y`` is float64, else
        float32.
    chisq, const, correlation, ftest, mcorrelation, sigma, status, yfit : bool
        Request CHISQ (the unreduced chi-square, weighted by ``1/measure_errors**2``),
        CONST (the constant term), CORRELATION (the linear correlation coefficient of
        each variable with ``y``, ``nterm`` values), FTEST (the F statistic
        ``(R^2/nterm) / ((1-R^2)/(npts-nterm-1))``), MCORRELATION (the multiple
        correlation coefficient R), SIGMA (the coefficients' standard errors; without
        MEASURE_ERRORS multiplied by ``sqrt(chisq/(npts-nterm-1))``), STATUS (INVERT's
        0 success, 1 singular, 2 small pivot), YFIT (the fitted values).

    Returns
    -------
    ndarray, shape (nterm, 1)
        The coefficients as IDL's ``1 x Nterm`` array (numpy shape reversed; IDL's
        ``result[k]`` is ``result[k, 0]``, ``result.ravel()`` gives a vector), or the
        named tuple.

    Raises
    ------
    ValueError
        ``"REGRESS: ..."``: X of more than two dimensions, X and Y of different numbers
        of points, MEASURE_ERRORS of the wrong length, no more points than terms; a
        singular matrix without STATUS requested ("Inversion failed due to singular
        array."). With STATUS requested, a singular fit gives NaN results.

    Warns
    -----
    CompatWarning
        ``"REGRESS: Inversion used a small pivot element. Results may be inaccurate."``
        when STATUS would be 2 and is not requested.

    Notes
    -----
    IDL's ``regress.pro`` (IDL 5.4 to 8.x, IDL Reference Guide, REGRESS) standardises
    the centred variables and inverts their correlation matrix (Bevington, 1969,
    ch. 9); compat does the same in float64 and rounds float32 results once, where IDL
    computes float data in float: for the documentation example IDL prints
    ``4.99999`` and ``-3.99999`` where the exact values (and compat's) are 5 and -4.
    IDL's obsolete positional form (``Weights, Yfit, Const, ...`` before IDL 5.4, with
    /RELATIVE_WEIGHT) is not supported. GDL 1.0.1 has no REGRESS. With
    ``npts == nterm + 1`` the fit is exact and SIGMA (without MEASURE_ERRORS) and FTEST
    are NaN or Inf (a zero divided by zero degrees of freedom).

    Differences from ``numpy.linalg.lstsq(numpy.c_[ones, x], y)``: lstsq returns the
    constant first among the coefficients, takes no per-point errors in IDL's way and
    gives none of the statistics; ``statsmodels`` OLS/WLS gives the same numbers under
    other names.

    Examples
    --------
    IDL's documentation example (IDL prints ``Constant: 4.99999``, ``Coefficients:
    3.00000 -3.99999``, ``Standard errors: 0.0444831 0.282038``):

    >>> import numpy as np
    >>> from compat.idl import regress
    >>> x1 = np.array([1.0, 2.0, 4.0, 8.0, 16.0, 32.0], dtype=np.float32)
    >>> x2 = np.array([0.0, 1.0, 2.0, 3.0, 4.0, 5.0], dtype=np.float32)
    >>> x = np.stack([x1, x2], axis=1)
    >>> r = regress(x, 5 + 3 * x1 - 4 * x2, const=True, sigma=True,
    ...             measure_errors=np.full(6, 0.5, np.float32))
    >>> r.result.shape
    (2, 1)
    >>> print(np.round(r.result.ravel(), 5), round(float(r.const), 5))
    [ 3. -4.] 5.0
    >>> np.round(r.sigma, 6)
    array([0.044483, 0.282038], dtype=float32)
    """
    xa = idl_array(x, "X", complex_ok=False)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.ndim > 2:
        raise CompatValueError(f"X must be a vector or an Nterms x Npoints array, got "
                               f"{xa.ndim} dimensions.")
    x2 = xa.reshape(-1, 1) if xa.ndim < 2 else xa
    npts, nterm = x2.shape
    if ya.size != npts:
        raise CompatValueError(f"X and Y have incompatible dimensions ({npts} points "
                               f"in X, {ya.size} in Y).")
    if npts <= nterm:
        raise CompatValueError(f"Not enough points: {npts} points for {nterm} terms "
                               "and a constant.")
    me = error_vector(measure_errors, npts,
                      "MEASURE_ERRORS must have the same number of elements as Y")
    if me is not None:
        me = me.astype(np.float64)
    out_type = fit_type(double, xa, ya)
    with np.errstate(all="ignore"):
        fit = multiple_regression(x2.astype(np.float64), ya.astype(np.float64), me)
    if fit.status == 1 and not status:
        raise CompatValueError("Inversion failed due to singular array.")
    if fit.status == 2 and not status:
        legacy_warn("Inversion used a small pivot element. Results may be inaccurate.")

    cast = fit_cast(out_type)
    return named_result(RegressResult, cast(fit.coefficients.reshape(nterm, 1)), requested(
        chisq=(chisq, lambda: cast(fit.chisq)), const=(const, lambda: cast(fit.const)),
        correlation=(correlation, lambda: cast(fit.correlation)),
        ftest=(ftest, lambda: cast(fit.ftest)),
        mcorrelation=(mcorrelation, lambda: cast(fit.mcorrelation)),
        sigma=(sigma, lambda: cast(fit.sigma)), status=(status, lambda: int(fit.status)),
        yfit=(yfit, lambda: cast(fit.yfit))))


# ------------------------------------------------------------------------------ LADFIT
class LadfitResult(Result):
    """LADFIT's result and the output keyword requested."""

    result: object
    absdev: object


@idl_routine("LADFIT")
def ladfit(x, y, *, absdev=False, double=None):
    """Least-absolute-deviation straight line ``y = A + B*x``, as IDL's ``LADFIT``.

    IDL call form::

        Result = LADFIT(X, Y [, ABSDEV=variable] [, /DOUBLE])

    Python::

        compat.idl.ladfit(x, y, *, absdev=False, double=None)

    Parameters
    ----------
    x, y : array_like
        Paired data with the same number of elements (at least 2); IDL asks for ``x``
        sorted ascending (compat does not need it).
    absdev : bool
        Request ABSDEV, the mean absolute deviation of ``y`` from the line.
    double : bool, optional
        IDL's /DOUBLE. Not given: float64 results when ``x`` or ``y`` is float64, else
        float32.

    Returns
    -------
    ndarray, shape (2,)
        ``[A, B]``, or the named tuple ``(result, absdev)`` when ABSDEV is requested.

    Raises
    ------
    ValueError
        ``"LADFIT: ..."`` for X and Y of different lengths or fewer than 2 points.

    Notes
    -----
    IDL's ``ladfit.pro`` (IDL Reference Guide, LADFIT) is Numerical Recipes' ``medfit``
    (2nd ed., section 15.7): start from the least-squares line, bracket the slope where
    ``sum x_i sign(y_i - A - B x_i)`` changes sign, with ``A`` the median of ``y - B x``
    (the mean of the two middle values for an even count), and bisect until the
    bracket is narrower than 1% of the least-squares slope error. compat follows the
    same steps in float64 (rounding float32 results once), so it reproduces the
    documentation example's digits (``-3.15301 0.930440``). Where the LAD solution is
    not unique, the point of the solution set that this bisection reaches is returned,
    as in IDL. GDL 1.0.1 has no LADFIT.

    Differences from a linear-programming L1 fit (``scipy.optimize.linprog`` or
    ``statsmodels`` ``QuantReg(q=0.5)``): those return a vertex of the solution set and
    an intercept minimising the deviations jointly; IDL's intercept is the median of
    ``y - B x`` for its bisected slope, which can differ in the last digits of ``B``
    and, for an even count, in ``A``.

    Examples
    --------
    IDL's documentation example (IDL prints ``-3.15301 0.930440``):

    >>> import numpy as np
    >>> from compat.idl import ladfit
    >>> x = np.array([-3.20, 4.49, -1.66, 0.64, -2.43, -0.89, -0.12, 1.41, 2.95, 2.18,
    ...               3.72, 5.26], dtype=np.float32)
    >>> y = np.array([-7.14, -1.30, -4.26, -1.90, -6.19, -3.98, -2.87, -1.66, -0.78,
    ...               -2.61, 0.31, 1.74], dtype=np.float32)
    >>> order = np.argsort(x)
    >>> print(np.round(ladfit(x[order], y[order]), 6))
    [-3.153012  0.93044 ]
    """
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must be vectors of equal length ({xa.size} "
                               f"and {ya.size}).")
    if xa.size < 2:
        raise CompatValueError(f"X and Y need at least 2 points, got {xa.size}.")
    out_type = fit_type(double, xa, ya)
    with np.errstate(all="ignore"):
        a, b, dev = median_line(xa.astype(np.float64), ya.astype(np.float64))
    result = np.array([a, b]).astype(out_type)
    if absdev:
        return LadfitResult(result=result, absdev=out_type(dev))
    return result
