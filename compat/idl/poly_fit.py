"""IDL ``POLY_FIT``: least-squares polynomial fit by the normal equations and INVERT."""

from __future__ import annotations

import warnings

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, CompatWarning
from compat._core.least_squares import idl_invert, idl_vector, named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["poly_fit"]


def _power_sums(x: np.ndarray, y: np.ndarray, inv_var, degree: int):
    """IDL's normal matrix and right-hand side, built power by power in float64.

    ``z`` runs through x^1 .. x^(2*degree) by repeated multiplication (as IDL does);
    the loop is over powers (at most 2*degree passes over the data), not over points.
    """
    m = degree + 1
    n = x.size
    xd = x.astype(np.float64, copy=False)
    wy = y.astype(np.float64, copy=False)
    if inv_var is not None:
        wy = wy * inv_var
    normal = np.empty((m, m))
    rhs = np.empty(m)
    normal[0, 0] = n if inv_var is None else np.sum(inv_var)
    rhs[0] = np.sum(wy)
    z = xd.copy()
    for p in range(1, 2 * degree + 1):
        if p > 1:
            z *= xd  # in place: x^p by repeated multiplication, as IDL's z *= x
        if p < m:
            rhs[p] = np.dot(wy, z)
        total = np.sum(z) if inv_var is None else np.dot(z, inv_var)
        for j in range(max(0, p - degree), min(degree, p) + 1):
            normal[j, p - j] = total
    return normal, rhs


def _horner(coefficients: np.ndarray, x: np.ndarray) -> np.ndarray:
    yfit = np.full(x.shape, coefficients[-1], dtype=np.float64)
    xd = x.astype(np.float64, copy=False)
    for k in range(coefficients.size - 2, -1, -1):
        yfit *= xd
        yfit += coefficients[k]
    return yfit

class PolyFitResult(Result):
    """POLY_FIT's result and the output arguments and keywords requested."""

    result: object
    chisq: object
    covar: object
    sigma: object
    status: object
    yband: object
    yerror: object
    yfit: object


@idl_routine("POLY_FIT")
def poly_fit(x, y, degree, *, measure_errors=None, double=None, chisq=False, covar=False,
             sigma=False, status=False, yband=False, yerror=False, yfit=False):
    """Least-squares polynomial fit, as IDL's ``POLY_FIT`` computes it.

    IDL call form::

        Result = POLY_FIT(X, Y, Degree [, CHISQ=variable] [, COVAR=variable]
                          [, /DOUBLE] [, MEASURE_ERRORS=vector] [, SIGMA=variable]
                          [, STATUS=variable] [, YBAND=variable] [, YERROR=variable]
                          [, YFIT=variable])

    Python::

        compat.idl.poly_fit(x, y, degree, *, measure_errors=None, double=None,
                            chisq=False, covar=False, sigma=False, status=False,
                            yband=False, yerror=False, yfit=False)

    Output keywords are requested with ``name=True``; the result is then a named tuple
    ``(result, <requested outputs in the order of the signature>)``, e.g.
    ``r = poly_fit(x, y, 2, yfit=True, sigma=True)`` gives ``r.result``, ``r.sigma``,
    ``r.yfit``.

    Parameters
    ----------
    x, y : array_like
        Data of equal numbers of elements (any shape; IDL uses N_ELEMENTS). Integer,
        float32 or float64.
    degree : int
        Degree of the polynomial, >= 0.
    measure_errors : array_like, optional
        Standard deviation of each ``y`` (weights ``1/measure_errors**2``).
    double : bool, optional
        IDL's /DOUBLE. Not given (None): the results are float64 when ``x`` or ``y`` is
        float64, else float32. True forces float64, False (IDL ``DOUBLE=0``) float32.
    chisq, covar, sigma, status, yband, yerror, yfit : bool
        Request IDL's output keywords: CHISQ (sum of squared residuals, divided by
        MEASURE_ERRORS**2 when given), COVAR (covariance matrix of the coefficients,
        ``(degree+1, degree+1)``), SIGMA (1-sigma errors of the coefficients; without
        MEASURE_ERRORS multiplied by ``sqrt(chisq/(n-m))``, zero when ``n == m``),
        STATUS (0 success, 1 singular matrix, 2 small pivot, 3 undefined YBAND), YBAND
        (1-sigma error of each fitted point), YERROR (standard error between YFIT and
        Y, ``sqrt(sum((yfit-y)**2)/(n-m))``), YFIT (the fitted values).

    Returns
    -------
    ndarray, shape (degree + 1,)
        Coefficients in **ascending** order (``result[0]`` is the constant term), or a
        named tuple as described above. When the matrix is singular and STATUS is
        requested, the result (and YFIT, YBAND, YERROR, CHISQ, SIGMA, COVAR) is NaN, as
        IDL sets it (IDL returns a scalar NaN; compat returns NaN of the usual shapes).

    Raises
    ------
    ValueError
        ``"POLY_FIT: ..."``: X and Y of different lengths, empty input, a negative or
        non-integer degree, MEASURE_ERRORS of the wrong length; without STATUS
        requested, a singular matrix ("Singular matrix detected.", IDL's message) or an
        undefined YBAND ("Undefined (NaN) error estimate encountered.").
    TypeError
        ``"POLY_FIT: ..."`` for strings, booleans, complex or other non-numeric data.

    Warns
    -----
    CompatWarning
        ``"POLY_FIT: Warning: Invert detected a small pivot element."`` (IDL prints
        this informational message) when STATUS would be 2 and is not requested.

    Notes
    -----
    Algorithm, from IDL's ``poly_fit.pro`` (IDL 5.4 to 8.x, documented in the IDL
    Reference Guide, POLY_FIT): the normal equations are built in double precision from
    power sums ``sum(w x^p)``, ``p = 0 .. 2*degree`` (x^p by repeated multiplication),
    inverted with INVERT (Gaussian elimination), the coefficients are ``covar # b``,
    YFIT is evaluated by Horner's rule, and the outputs are converted to float unless
    /DOUBLE or a double input. ``YBAND = sqrt(var * x^T covar x)`` with
    ``var = sum((yfit-y)**2)/(n-m)`` (IDL multiplies by this variance whether or not
    MEASURE_ERRORS is given); when that is negative or not finite STATUS is 3 and, as
    in IDL, YBAND is left as the un-rooted variance.

    Decisions where IDL's documentation is silent: INVERT's "small pivot" threshold
    (status 2) is compat's -- a pivot below ``sqrt(eps) ~ 1.5e-8`` of the matrix scaled
    to a unit diagonal, i.e. about half the digits lost (see
    :func:`compat._core.least_squares.idl_invert`). float32 results are the float64
    computation rounded once; IDL casts its float64 intermediates the same way.

    GDL 1.0.1 replaces POLY_FIT by an iterative MPFIT fit started from all-ones
    coefficients, so its results differ from IDL's direct solution by the fit's
    convergence tolerance, its STATUS is MPFIT's code (1-4 for success) rather than
    INVERT's, and it rejects degree 0.

    Differences from ``numpy.polyfit(x, y, degree)``: numpy returns the coefficients in
    *descending* order (highest power first), so ``numpy.polyfit(...)`` used as IDL's
    ``result[0] + result[1]*x`` is reversed; numpy solves by SVD least squares (more
    accurate for ill-conditioned x, hence different digits from IDL for high degrees or
    large x), returns float64 for float32 data, uses weights ``w = 1/sigma`` (not
    ``1/sigma**2``) and gives no SIGMA/YBAND/STATUS.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import poly_fit
    >>> x = np.arange(10, dtype=np.float32)
    >>> np.round(poly_fit(x, 1 + 2 * x + 3 * x**2, 2), 4)
    array([1., 2., 3.], dtype=float32)
    >>> r = poly_fit(np.arange(5.0), [1.0, 3.1, 4.9, 7.2, 8.8], 1, yfit=True, sigma=True)
    >>> r.result
    array([1.06, 1.97])
    >>> np.round(r.sigma, 6)
    array([0.134907, 0.055076])
    """
    xa = idl_vector("poly_fit", "X", x)
    ya = idl_vector("poly_fit", "Y", y)
    if xa.dtype.kind == "b" or ya.dtype.kind == "b":
        raise CompatTypeError("boolean arrays have no IDL type; pass numbers")
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must have same number of elements "
                        f"({xa.size} and {ya.size}).")
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer, float,
                                                           np.floating)):
        raise CompatTypeError(f"Degree must be an integer, got {degree!r}")
    if degree != int(degree) or degree < 0:
        raise CompatValueError(f"Degree must be a non-negative integer, got {degree!r}")
    degree = int(degree)
    inv_var = None
    if measure_errors is not None:
        me = idl_vector("poly_fit", "MEASURE_ERRORS", measure_errors)
        if me.size != xa.size:
            raise CompatValueError("MEASURE_ERRORS must have the same number of "
                            f"elements as X and Y ({me.size} instead of {xa.size}).")
        inv_var = 1.0 / me.astype(np.float64) ** 2
    if double is None:
        is_double = xa.dtype == np.float64 or ya.dtype == np.float64
    else:
        is_double = bool(double)
    out_type = np.float64 if is_double else np.float32
    n = xa.size
    m = degree + 1

    with np.errstate(all="ignore"):
        normal, rhs = _power_sums(xa, ya, inv_var, degree)
        cov, stat = idl_invert(normal)
    if stat == 1 and not status:
        bad = "" if np.all(np.isfinite(normal)) else \
            " (X, Y or MEASURE_ERRORS contain NaN or Infinity)"
        raise CompatValueError(f"Singular matrix detected.{bad}")
    if stat == 2 and not status:
        warnings.warn("POLY_FIT: Warning: Invert detected a small pivot element.",
                      CompatWarning, stacklevel=2)

    yd = ya.astype(np.float64, copy=False)
    with np.errstate(all="ignore"):
        if stat == 1:
            coef = np.full(m, np.nan)
            fit = np.full(n, np.nan)
            sig = np.full(m, np.nan)
            chi = np.nan
            var = np.nan
        else:
            coef = cov @ rhs
            fit = _horner(coef, xa)
            sig = np.sqrt(np.abs(np.diag(cov)))
            diff = fit - yd
            diff *= diff
            if inv_var is not None:
                chi = np.sum(diff * inv_var)
                var = np.sum(diff) / (n - m) if n > m else 0.0
            else:
                chi = np.sum(diff)
                var = chi / (n - m) if n > m else 0.0
                sig = sig * (np.sqrt(chi / (n - m)) if n > m else 0.0)
        err = np.sqrt(var)
        band = None
        if yband:
            if stat == 1:
                band = np.full(n, np.nan)
            else:
                # x^T covar x summed by anti-diagonals: sum_p x^p sum_{j+k=p} covar[j,k]
                xd = xa.astype(np.float64)
                band = np.full(n, cov[0, 0])
                z = np.ones(n)
                for p in range(1, 2 * degree + 1):
                    z = z * xd
                    js = np.arange(max(0, p - degree), min(degree, p) + 1)
                    band = band + np.sum(cov[js, p - js]) * z
                band = band * var
                if np.min(band) < 0 or not np.all(np.isfinite(band)):
                    stat = 3
                    if not status:
                        raise CompatValueError("Undefined (NaN) error estimate "
                                        "encountered.")
                else:
                    band = np.sqrt(band)

    def cast(v):
        return np.asarray(v, dtype=np.float64).astype(out_type)[()]

    shape = np.shape(x)  # YFIT and YBAND have X's shape (IDL evaluates them on X)
    if fit.size == int(np.prod(shape)):
        fit = fit.reshape(shape)
        if band is not None:
            band = band.reshape(shape)
    outputs = {}
    if chisq:
        outputs["chisq"] = cast(chi)
    if covar:
        outputs["covar"] = cast(cov)
    if sigma:
        outputs["sigma"] = cast(sig)
    if status:
        outputs["status"] = int(stat)
    if yband:
        outputs["yband"] = cast(band)
    if yerror:
        outputs["yerror"] = cast(err)
    if yfit:
        outputs["yfit"] = cast(fit)
    return named_result(PolyFitResult, cast(coef), outputs)
