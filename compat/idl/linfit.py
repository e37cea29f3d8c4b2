"""IDL ``LINFIT``: straight-line fit y = A + B x by minimising chi-square."""

from __future__ import annotations

import numpy as np
from scipy.special import gammainc

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.least_squares import idl_vector, named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["linfit"]

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
    xa = idl_vector("linfit", "X", x)
    ya = idl_vector("linfit", "Y", y)
    if xa.dtype.kind == "b" or ya.dtype.kind == "b":
        raise CompatTypeError("boolean arrays have no IDL type; pass numbers")
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must be vectors of equal length ({xa.size} "
                        f"and {ya.size}).")
    n = xa.size
    sdev = None
    if measure_errors is not None:
        sdev = idl_vector("linfit", "MEASURE_ERRORS", measure_errors).astype(np.float64)
        if sdev.size != n:
            raise CompatValueError("MEASURE_ERRORS must have the number of elements as "
                            f"X and Y ({sdev.size} instead of {n}).")
    if double is None:
        is_double = xa.dtype == np.float64 or ya.dtype == np.float64
    else:
        is_double = bool(double)
    out_type = np.float64 if is_double else np.float32
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

    def cast(v):
        return np.asarray(v, dtype=np.float64).astype(out_type)[()]

    outputs = {}
    if chisq:
        outputs["chisq"] = cast(chi)
    if chisqr:
        outputs["chisqr"] = cast(chi)
    if covar:
        outputs["covar"] = cast(cov)
    if prob:
        outputs["prob"] = cast(pr)
    if sigma:
        outputs["sigma"] = cast([sdeva, sdevb])
    if yfit:
        shape = np.shape(x)
        outputs["yfit"] = cast(fit.reshape(shape) if fit.size == int(np.prod(shape)) else fit)
    return named_result(LinfitResult, cast([a, b]), outputs)
