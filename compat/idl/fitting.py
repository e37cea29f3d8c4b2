"""IDL's linear least-squares fits: POLY_FIT (with IDL's normal equations and INVERT),
POLY, LINFIT and the obsolete weighted POLYFITW; the solvers are in
:mod:`compat._core.least_squares`."""

from __future__ import annotations


import numpy as np
from scipy.special import gammainc

from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.least_squares import error_vector, fit_cast, fit_type, idl_invert
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["poly_fit", "poly", "linfit", "polyfitw"]


# ---------------------------------------------------------------------------- POLY_FIT
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


def _normal_equations(x: np.ndarray, y: np.ndarray, inv_var, degree: int):
    """``(normal, rhs, covariance, INVERT status)`` of POLY_FIT's and POLYFITW's
    normal equations (:func:`_power_sums`, then IDL's INVERT)."""
    with np.errstate(all="ignore"):
        normal, rhs = _power_sums(x, y, inv_var, degree)
        cov, stat = idl_invert(normal)
    return normal, rhs, cov, stat


def _yband(x: np.ndarray, cov: np.ndarray, degree: int, var,
           status) -> tuple[np.ndarray, bool]:
    """``(YBAND, defined)`` of POLY_FIT and POLYFITW: ``sqrt(var * x^T covar x)`` at each
    X, with ``x^T covar x`` summed by anti-diagonals as IDL's loop does
    (``sum_p x^p sum_{j+k=p} covar[j, k]``). Not defined when a value is negative or not
    finite: IDL's error, or with STATUS requested the values before the square root
    (the caller's status 3)."""
    xd = x.astype(np.float64)
    n = xd.size
    band = np.full(n, cov[0, 0])
    z = np.ones(n)
    for p in range(1, 2 * degree + 1):
        z = z * xd
        js = np.arange(max(0, p - degree), min(degree, p) + 1)
        band = band + np.sum(cov[js, p - js]) * z
    band = band * var
    if np.min(band) < 0 or not np.all(np.isfinite(band)):
        if not status:
            raise CompatValueError("Undefined (NaN) error estimate encountered.")
        return band, False
    return np.sqrt(band), True


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
        ``"POLY_FIT: ..."`` for strings, complex or other non-numeric data (bool is
        BYTE).

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
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must have same number of elements "
                        f"({xa.size} and {ya.size}).")
    if isinstance(degree, bool) or not isinstance(degree, (int, np.integer, float,
                                                           np.floating)):
        raise CompatTypeError(f"Degree must be an integer, got {degree!r}")
    if degree != int(degree) or degree < 0:
        raise CompatValueError(f"Degree must be a non-negative integer, got {degree!r}")
    degree = int(degree)
    me = error_vector(measure_errors, xa.size,
                      "MEASURE_ERRORS must have the same number of elements as X and Y")
    inv_var = None if me is None else 1.0 / me.astype(np.float64) ** 2
    out_type = fit_type(double, xa, ya)
    n = xa.size
    m = degree + 1
    normal, rhs, cov, stat = _normal_equations(xa, ya, inv_var, degree)
    if stat == 1 and not status:
        bad = "" if np.all(np.isfinite(normal)) else \
            " (X, Y or MEASURE_ERRORS contain NaN or Infinity)"
        raise CompatValueError(f"Singular matrix detected.{bad}")
    if stat == 2 and not status:
        legacy_warn("Warning: Invert detected a small pivot element.")

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
                band, defined = _yband(xa, cov, degree, var, status)
                if not defined:
                    stat = 3

    cast = fit_cast(out_type)
    shape = np.shape(x)  # YFIT and YBAND have X's shape (IDL evaluates them on X)
    if fit.size == int(np.prod(shape)):
        fit = fit.reshape(shape)
        if band is not None:
            band = band.reshape(shape)
    return named_result(PolyFitResult, cast(coef), requested(
        chisq=(chisq, lambda: cast(chi)), covar=(covar, lambda: cast(cov)),
        sigma=(sigma, lambda: cast(sig)), status=(status, lambda: int(stat)),
        yband=(yband, lambda: cast(band)), yerror=(yerror, lambda: cast(err)),
        yfit=(yfit, lambda: cast(fit))))


# -------------------------------------------------------------------------------- POLY
@idl_routine("POLY")
def poly(x, c):
    """Evaluate ``c[0] + c[1]*x + c[2]*x**2 + ...`` as IDL's ``POLY`` does.

    IDL call form::

        Result = POLY(X, C)

    Python::

        compat.idl.poly(x, c)

    Parameters
    ----------
    x : scalar or array_like
        Where to evaluate; any shape (the result has the same shape).
    c : array_like
        Coefficients in **ascending** order (IDL's, and POLY_FIT's result): ``c[0]`` is
        the constant term. A scalar is a constant polynomial.

    Returns
    -------
    ndarray or numpy scalar
        float32 (IDL FLOAT) unless ``x`` or ``c`` is float64 (DOUBLE), then float64;
        integer inputs give float32 (IDL computes ``x*0.`` first); complex inputs give
        complex64/complex128 by the same rule.

    Notes
    -----
    IDL Reference Guide, POLY: "evaluates a polynomial function of a variable"; IDL's
    ``poly.pro`` uses Horner's rule from the highest coefficient down, which compat
    follows in the result's precision, so float32 results are bit-identical to IDL's
    float arithmetic.

    Differences from ``numpy.polyval(c, x)``: numpy wants the coefficients in
    *descending* order (highest power first), so passing IDL's ``c`` straight to it
    evaluates the reversed polynomial; and numpy returns float64 for float32 ``x`` with
    a list of Python numbers. ``numpy.polynomial.polynomial.polyval(x, c)`` has IDL's
    order but also follows numpy's type rules rather than IDL's.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import poly
    >>> poly(np.array([0.0, 1.0, 2.0]), [1.0, 2.0, 3.0])   # 1 + 2x + 3x^2
    array([ 1.,  6., 17.])
    >>> poly(np.arange(3, dtype=np.int16), [1, 2, 3]).dtype
    dtype('float32')
    """
    xa = idl_array(x, "X", empty_ok=True)
    ca = idl_array(c, "C", empty_ok=True).reshape(-1)
    if ca.size == 0:
        raise CompatValueError("C must have at least one element")
    # FLOAT unless an operand is DOUBLE; COMPLEX (DCOMPLEX with a double operand)
    dtype = float_type(promote(xa.dtype, ca.dtype))
    xv = xa.astype(dtype, copy=False)
    cv = ca.astype(dtype, copy=False)
    # Horner from the highest coefficient down, as IDL's poly.pro (p = (p + c[i]) * x)
    p = np.zeros(xv.shape, dtype=dtype)
    for i in range(cv.size - 1, 0, -1):  # loop over coefficients, vectorised over x
        p = (p + cv[i]) * xv
    p = p + cv[0]
    return p[()] if p.ndim == 0 else p


# ------------------------------------------------------------------------------ LINFIT
class LinfitResult(Result):
    """LINFIT's result and the output arguments and keywords requested."""

    result: object
    chisq: object
    chisqr: object
    covar: object
    prob: object
    sigma: object
    yfit: object


@idl_routine("LINFIT")
def linfit(x, y, *, measure_errors=None, double=None, chisq=False, chisqr=False,
           covar=False, prob=False, sigma=False, yfit=False):
    """Fit ``y = A + B*x`` by least squares, as IDL's ``LINFIT`` computes it.

    IDL call form::

        Result = LINFIT(X, Y [, CHISQR=variable] [, COVAR=variable] [, /DOUBLE]
                        [, MEASURE_ERRORS=vector] [, PROB=variable]
                        [, SIGMA=variable] [, YFIT=variable])

    Python::

        compat.idl.linfit(x, y, *, measure_errors=None, double=None, chisq=False,
                          chisqr=False, covar=False, prob=False, sigma=False,
                          yfit=False)

    Output keywords are requested with ``name=True``; the result is then a named tuple
    ``(result, <requested outputs>)``. IDL's keyword is CHISQR (the documentation text
    calls it CHISQ, which IDL accepts as an abbreviation): compat accepts both names and
    names the output field as requested (``chisq`` or ``chisqr``).

    Parameters
    ----------
    x, y : array_like
        Paired data with the same number of elements (integer, float32 or float64).
    measure_errors : array_like, optional
        Standard deviation of each ``y``.
    double : bool, optional
        IDL's /DOUBLE. Not given: float64 results when ``x`` or ``y`` is float64, else
        float32; True forces float64; False (IDL ``DOUBLE=0``) float32.
    chisq, chisqr, covar, prob, sigma, yfit : bool
        Request CHISQR (sum of squared residuals, divided by MEASURE_ERRORS**2 when
        given), COVAR (2x2 covariance of [A, B], *not* scaled by the residual variance
        when MEASURE_ERRORS is omitted, as in IDL), PROB (probability of a chi-square
        this large, ``1 - IGAMMA((n-2)/2, chisq/2)``; 1 without MEASURE_ERRORS), SIGMA
        ([sigma_A, sigma_B]; without MEASURE_ERRORS multiplied by ``sqrt(chisq/(n-2))``),
        YFIT (``A + B*x``).

    Returns
    -------
    ndarray, shape (2,)
        ``[A, B]`` (intercept, slope), or the named tuple.

    Raises
    ------
    ValueError
        ``"LINFIT: ..."`` for X and Y of different lengths (IDL: "X and Y must be
        vectors of equal length."), empty data, MEASURE_ERRORS of the wrong length.
    TypeError
        ``"LINFIT: ..."`` for non-numeric data.

    Notes
    -----
    IDL's ``linfit.pro`` (IDL 5.4 to 8.x), after Numerical Recipes (2nd ed.) section
    15.2 (``fit``): ``t = (x - Sx/S)/sdev``, ``B = sum(t*y/sdev)/sum(t^2)``,
    ``A = (Sy - Sx*B)/S``, ``var(A) = (1 + Sx^2/(S*Stt))/S``, ``var(B) = 1/Stt``,
    ``cov(A,B) = -Sx/(S*Stt)``. PROB is computed as IDL does, ``1 - IGAMMA(...)`` (so a
    tiny probability rounds to 0 as in IDL, where ``scipy.special.gammaincc`` would keep
    it). compat computes in float64 and rounds float32 results once; IDL sums float
    data in float, so float32 results may differ from IDL's in the last bits. With
    fewer than 3 points the error estimates are NaN or Inf, as in IDL.

    Differences from ``scipy.stats.linregress(x, y)`` or ``numpy.polyfit(x, y, 1)``:
    both return ``(slope, intercept)`` -- the reverse of IDL's ``[A, B]`` -- and
    float64 for float32 data; neither takes per-point measurement errors the IDL way
    (numpy's ``w`` is ``1/sigma``), and their error estimates are defined differently.

    Examples
    --------
    IDL's documentation example (its text gives ``[-3.44596, 0.867329]``, chisq
    11.4998, prob 0.319925; the exact ``1 - IGAMMA(5, 11.499825/2)`` is 0.3199242, the
    documented digit comes from IDL's single-precision IGAMMA):

    >>> import numpy as np
    >>> from compat.idl import linfit
    >>> x = np.array([-3.20, 4.49, -1.66, 0.64, -2.43, -0.89, -0.12, 1.41, 2.95, 2.18,
    ...               3.72, 5.26], dtype=np.float32)
    >>> y = np.array([-7.14, -1.30, -4.26, -1.90, -6.19, -3.98, -2.87, -1.66, -0.78,
    ...               -2.61, 0.31, 1.74], dtype=np.float32)
    >>> r = linfit(x, y, measure_errors=np.full(12, 0.85, np.float32), chisq=True,
    ...            prob=True)
    >>> print(np.round(r.result, 5), round(float(r.chisq), 4), round(float(r.prob), 6))
    [-3.44596  0.86733] 11.4998 0.319924
    """
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must be vectors of equal length ({xa.size} "
                        f"and {ya.size}).")
    n = xa.size
    sdev = error_vector(measure_errors, n,  # linfit.pro's words
                        "MEASURE_ERRORS must have the number of elements as X and Y")
    if sdev is not None:
        sdev = sdev.astype(np.float64)
    out_type = fit_type(double, xa, ya)
    is_double = out_type is np.float64
    xd = xa.astype(np.float64)
    yd = ya.astype(np.float64)

    with np.errstate(all="ignore"):
        if sdev is not None:
            wt = 1.0 / sdev ** 2
            ss = np.sum(wt)
            sx = np.sum(wt * xd)
            sy = np.sum(wt * yd)
            t = (xd - sx / ss) / sdev
            b = np.sum(t * yd / sdev)
        else:
            ss = float(n)
            sx = np.sum(xd)
            sy = np.sum(yd)
            t = xd - sx / ss
            b = np.sum(t * yd)
        st2 = np.sum(t ** 2)
        b = b / st2
        a = (sy - sx * b) / ss
        sdeva = np.sqrt((1.0 + sx * sx / (ss * st2)) / ss)
        sdevb = np.sqrt(1.0 / st2)
        cab = -sx / (ss * st2)
        cov = np.array([[sdeva ** 2, cab], [cab, sdevb ** 2]])
        fit = b * xd + a
        if sdev is not None:
            chi = np.sum(((yd - fit) / sdev) ** 2)
            if not is_double:
                chi = np.float64(np.float32(chi))  # IDL: FLOAT(chisqr) before IGAMMA
            pr = 1.0 - gammainc(0.5 * (n - 2), 0.5 * chi)
        else:
            chi = np.sum((yd - fit) ** 2)
            pr = 1.0
            sdevdat = np.sqrt(chi / (n - 2))
            sdeva = sdeva * sdevdat
            sdevb = sdevb * sdevdat

    cast = fit_cast(out_type)
    shape = np.shape(x)
    return named_result(LinfitResult, cast([a, b]), requested(
        chisq=(chisq, lambda: cast(chi)), chisqr=(chisqr, lambda: cast(chi)),
        covar=(covar, lambda: cast(cov)), prob=(prob, lambda: cast(pr)),
        sigma=(sigma, lambda: cast([sdeva, sdevb])),
        yfit=(yfit, lambda: cast(fit.reshape(shape) if fit.size == int(np.prod(shape))
                                 else fit))))


# ---------------------------------------------------------------------------- POLYFITW
class PolyfitwResult(Result):
    """POLYFITW's result and the output arguments and keywords requested."""

    result: object
    yfit: object
    yband: object
    sigma: object
    corrm: object
    status: object


@idl_routine("POLYFITW", output_arguments=("yfit", "yband", "sigma", "corrm"))
def polyfitw(x, y, w, ndegree, *, yfit=False, yband=False, sigma=False, corrm=False,
             double=None, status=False):
    """Weighted least-squares polynomial fit, as IDL's obsolete ``POLYFITW`` computes it.

    IDL call form::

        Result = POLYFITW(X, Y, W, NDegree [, Yfit, Yband, Sigma, Corrm] [, /DOUBLE]
                          [, STATUS=variable])

    Python::

        coeffs = compat.idl.polyfitw(x, y, w, ndegree)
        r = compat.idl.polyfitw(x, y, w, ndegree, yfit=True, yband=True, sigma=True,
                                corrm=True)

    The output arguments Yfit, Yband, Sigma, Corrm are requested by name
    (``yfit=True`` ...); the result is then a :class:`PolyfitwResult` ``(result, yfit,
    yband, sigma, corrm, status)`` holding the requested fields.

    Parameters
    ----------
    x, y : array_like
        The data, same number of elements.
    w : array_like
        The weights, one per point (``1/sigma_i**2`` for Gaussian errors): they
        multiply the squared residuals. A single weight of 1 means no weighting.
    ndegree : int
        Degree of the polynomial (the result has ``ndegree + 1`` coefficients).
    yfit, yband, sigma, corrm : bool
        Request Yfit (the polynomial at ``x``), Yband (the 1-sigma error of each Yfit,
        ``sqrt(var * x^T Corrm x)``), Sigma (the *unweighted* standard deviation of the
        residuals in Y units, ``sqrt(total((yfit - y)^2)/(n - m))``, a scalar) and
        Corrm (the inverse of the weighted normal matrix, ``ndegree+1`` square).
    double : bool, optional
        /DOUBLE; default: DOUBLE results when X or Y is double.
    status : bool
        Request STATUS: 0 success, 1 singular matrix, 2 small pivot, 3 undefined
        (negative or NaN) Yband.

    Returns
    -------
    ndarray or PolyfitwResult
        The coefficients ``c`` of ``c[0] + c[1]*x + ...``, float32 or float64.

    Raises
    ------
    ValueError
        ``"POLYFITW: ..."`` with IDL's messages: "X and Y must have same number of
        elements.", "Singular matrix detected." (unless STATUS is requested: the result
        is then NaN), "Undefined (NaN) error estimate encountered." (Yband requested,
        STATUS not); W of another length than X; a negative degree.

    Warns
    -----
    CompatWarning
        "Warning: Invert detected a small pivot element." unless STATUS is requested.

    Notes
    -----
    IDL's ``lib/obsolete/polyfitw.pro`` (Lawrence 1981, Stern 1982, weights 1987, STATUS
    2000; obsolete since IDL 5.4 in favour of POLY_FIT's MEASURE_ERRORS): the weighted
    normal matrix ``sum(w * x^(j+k))`` and right-hand side ``sum(w * y * x^j)`` built
    power by power, inverted by INVERT, ``c = b # Corrm``; the variance for Sigma and
    Yband is the unweighted ``total((yfit - y)^2)/(n - m)`` (0 when n = m). compat
    builds the sums in float64 (as its POLY_FIT does) and rounds the results to float32
    for single-precision data; IDL sums in the working precision, so single-precision
    results agree to float32 rounding of the sums.

    GDL 1.0.1's polyfitw.pro calls POLY_FIT with the weights as MEASURE_ERRORS (weights
    ``1/w^2`` instead of ``w``) and returns POLY_FIT's SIGMA (coefficient errors)
    instead of the residual standard deviation: with weights other than all 1 its
    coefficients, Sigma and Yband differ from IDL's. compat follows IDL's routine.

    Difference from ``numpy.polyfit(x, y, ndegree, w=...)``: numpy's weights multiply
    the *unsquared* residuals (``w = 1/sigma``) where POLYFITW's multiply the squared
    ones (``w = 1/sigma**2``), and numpy orders the coefficients highest power first.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import polyfitw
    >>> x = np.array([0., 1, 2, 3, 4])
    >>> y = np.array([1., 3.1, 4.9, 7.2, 8.8])
    >>> print(np.round(polyfitw(x, y, [1., 1, 4, 1, 1], 1), 4))
    [1.0225 1.97  ]
    """
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError("X and Y must have same number of elements.")
    wa = idl_array(w, "W", complex_ok=False).reshape(-1)
    if isinstance(ndegree, bool) or not isinstance(ndegree, (int, np.integer)) or \
            ndegree < 0:
        raise CompatValueError(f"NDegree must be a non-negative integer, got {ndegree!r}")
    degree = int(ndegree)
    if wa.size == 1:
        inv_var = None if wa[0] == 1 else np.full(xa.size, wa[0], dtype=np.float64)
    elif wa.size != xa.size:
        raise CompatValueError(f"W must have the same number of elements as X and Y "
                               f"({wa.size} instead of {xa.size}).")
    else:
        inv_var = wa.astype(np.float64)
    out_type = fit_type(double, xa, ya)
    n = xa.size
    m = degree + 1
    _, rhs, cov, stat = _normal_equations(xa, ya, inv_var, degree)
    if stat == 1 and not status:
        raise CompatValueError("Singular matrix detected.")
    if stat == 2 and not status:
        legacy_warn("Warning: Invert detected a small pivot element.")
    if stat == 1:  # IDL returns NaN at once: the output arguments keep no value
        return named_result(PolyfitwResult, out_type(np.nan), requested(status=(status, 1)))
    with np.errstate(all="ignore"):
        coef = cov @ rhs
        fit = _horner(coef, xa)
        var = np.sum((fit - ya.astype(np.float64)) ** 2) / (n - m) if n > m else 0.0
        band = None
        if yband or status:
            band, defined = _yband(xa, cov, degree, var, status)
            if not defined:
                stat = 3

    cast = fit_cast(out_type)
    return named_result(PolyfitwResult, cast(coef), requested(
        yfit=(yfit, lambda: cast(fit)), yband=(yband, lambda: cast(band)),
        sigma=(sigma, lambda: cast(np.sqrt(var))), corrm=(corrm, lambda: cast(cov)),
        status=(status, lambda: int(stat))))
