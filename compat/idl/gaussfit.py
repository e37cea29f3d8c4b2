"""IDL ``GAUSSFIT``: Gaussian (plus polynomial background) fit with IDL's own start."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.least_squares import gauss_model, idl_vector, marquardt, named_result
from compat.idl.poly_fit import poly_fit
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["gaussfit"]


def _estimates(x: np.ndarray, y: np.ndarray, nterms: int) -> np.ndarray:
    """IDL's starting values (gaussfit.pro, CT/RSI 2001-2004), in float64."""
    n = y.size
    if nterms > 3:
        # subtract a constant (NTERMS=4) or a straight line (5, 6): a Gaussian and a
        # quadratic are too correlated to subtract the quadratic term
        fit = poly_fit(x, y, 0 if nterms == 4 else 1, yfit=True, status=True)
        c = np.atleast_1d(fit.result)
        yd = y - fit.yfit
    else:
        c = np.zeros(1)
        yd = y
    imax = int(np.argmax(yd))
    imin = int(np.argmin(yd))
    # emission or absorption: the larger extremum in absolute value (ties: the minimum)
    i0 = imax if abs(yd[imax]) > abs(yd[imin]) else imin
    i0 = min(max(i0, 1), n - 2)  # never take an edge point
    dy = yd[i0]
    dele = dy / np.exp(np.float32(1.0))  # the 1/e level (IDL: dy/exp(1.))
    # half-width: step out on both sides until either side falls to the 1/e level.
    # A scalar search over at most n/2 points: a vectorised form would scan the whole
    # profile for every call; this loop stops at the first crossing like IDL's WHILE.
    i = 0
    while (i0 + i + 1) < n and (i0 - i) > 0 and abs(yd[i0 + i]) > abs(dele) and \
            abs(yd[i0 - i]) > abs(dele):
        i += 1
    a = [yd[i0], x[i0], abs(x[i0] - x[i0 + i])]
    if nterms > 3:
        a.append(c[0])
    if nterms > 4:
        a.append(c[1])
    if nterms > 5:
        a.append(0.0)
    return np.array(a, dtype=np.float64)

class GaussfitResult(Result):
    """GAUSSFIT's result and the output arguments and keywords requested."""

    result: object
    a: object
    chisq: object
    sigma: object
    yerror: object
    status: object


@idl_routine("GAUSSFIT", output_arguments=('a',))
def gaussfit(x, y, *, a=False, nterms=6, estimates=None, measure_errors=None, chisq=False,
             sigma=False, yerror=False, status=False):
    """Fit a Gaussian (plus optional polynomial background), as IDL's ``GAUSSFIT`` does.

    IDL call form::

        Result = GAUSSFIT(X, Y [, A] [, CHISQ=variable] [, ESTIMATES=array]
                          [, MEASURE_ERRORS=vector] [, NTERMS=integer{3 to 6}]
                          [, SIGMA=variable] [, STATUS=variable] [, YERROR=variable])

    Python::

        compat.idl.gaussfit(x, y, a=False, *, nterms=6, estimates=None,
                            measure_errors=None, chisq=False, sigma=False,
                            yerror=False, status=False)

    The output argument A (the fitted parameters) is requested with ``a=True`` (by
    name, never positionally); output keywords with ``name=True``. The result is then
    a :class:`GaussfitResult` ``(result, a, chisq, sigma, yerror, status)`` holding
    the requested fields: ``yfit, a = gaussfit(x, y, a=True)``.

    The model, for NTERMS = 3 .. 6 (``z = (x - A1)/A2``)::

        F(x) = A0*exp(-z**2/2) [+ A3 [+ A4*x [+ A5*x**2]]]

    A0 is the height, A1 the centre, A2 the standard deviation (width, returned
    positive), A3.. the constant, linear and quadratic background.

    Parameters
    ----------
    x, y : array_like
        Abscissae and data, same number of elements (at least NTERMS + 1).
    a : bool
        Request the A output argument.
    nterms : int
        3 to 6 (default 6, IDL's default).
    estimates : array_like, optional
        NTERMS starting values instead of IDL's own; if ``estimates[2]`` (the width) is
        0, the width estimate is computed from the data as without ESTIMATES. Their
        dtype sets CURVEFIT's precision, as in IDL (float32 estimates -> single
        precision iteration).
    measure_errors : array_like, optional
        Standard deviation of each ``y`` (CURVEFIT weights ``1/measure_errors**2``).
    chisq, sigma, yerror, status : bool
        Request CHISQ (reduced chi-square), SIGMA (1-sigma errors of A; without
        MEASURE_ERRORS multiplied by ``sqrt(chisq)``), YERROR (standard error between
        the fit and Y), STATUS (CURVEFIT's: 0 success, 1 chi-square increasing without
        bound, 2 no convergence in 20 iterations).

    Returns
    -------
    ndarray or named tuple
        The fitted curve at ``x``; float32 unless ``x`` or ``y`` is float64 (A, CHISQ,
        SIGMA likewise).

    Raises
    ------
    ValueError
        ``"GAUSSFIT: ..."``: NTERMS outside 3..6 (IDL: "NTERMS must have values from 3 to
        6."), ESTIMATES of the wrong length ("ESTIMATES must have NTERM elements."),
        MEASURE_ERRORS of the wrong length, X and Y of different lengths, too few points.
    TypeError
        ``"GAUSSFIT: ..."`` for non-numeric data.

    Warns
    -----
    CompatWarning
        CURVEFIT's non-convergence messages when STATUS is not requested.

    Notes
    -----
    IDL's ``gaussfit.pro`` (IDL 6.1 to 8.x; IDL Reference Guide, GAUSSFIT): x and y are
    converted to double; without ESTIMATES, the background is removed first (POLY_FIT
    of degree 0 for NTERMS=4, degree 1 for 5 and 6, nothing for 3); the centre is the
    largest or smallest residual, whichever is larger in magnitude (never the first or
    last point); the height is that residual; the width is the distance from the centre
    to where the residual first falls to ``1/e`` of the height on either side; the
    background estimates are the POLY_FIT coefficients (quadratic term 0). Then
    CURVEFIT (see :func:`compat.idl.curvefit`) iterates the model GAUSS_FUNCT (analytic
    partials stored in float32, width kept positive), and the results are converted to
    float unless an input was double.

    GDL 1.0.1 replaces GAUSSFIT by MPFITPEAK: a different start (and default NTERMS of
    4 instead of 6, no quadratic term for NTERMS=6), a tighter MINPACK optimum, and an
    un-reduced CHISQ. On well-scaled data its curves agree with IDL's to within
    CURVEFIT's stopping tolerance; on user story 6's profile (peak 2.46e16) it does not
    converge (width 14.96 instead of 12.06).

    Differences from ``scipy.optimize.curve_fit(gauss, x, y)``: without ``p0`` scipy
    starts from all ones; for a profile of height 1e16 centred at 49 that start sees no
    gradient towards the peak and returns a flat line (user story 6), where GAUSSFIT's
    data-driven start converges. scipy also iterates MINPACK to tight tolerances rather
    than CURVEFIT's relative chi-square test of 1e-3.

    Examples
    --------
    User story 6: a profile of 100 samples peaking at 2.46e16 near index 49.

    >>> import numpy as np
    >>> from compat.idl import gaussfit
    >>> x = np.arange(100, dtype=np.float32)
    >>> y = (2.444e16 * np.exp(-0.5 * ((x - 49.0) / 12.06) ** 2)).astype(np.float32)
    >>> yfit, a = gaussfit(x, y, a=True, nterms=3)
    >>> print(f"{a[0]:.4g} {a[1]:.3f} {a[2]:.2f}")
    2.444e+16 49.000 12.06
    """
    xa = idl_vector("gaussfit", "X", x)
    ya = idl_vector("gaussfit", "Y", y)
    if xa.dtype.kind == "b" or ya.dtype.kind == "b":
        raise CompatTypeError("boolean arrays have no IDL type; pass numbers")
    if isinstance(nterms, bool) or not isinstance(nterms, (int, np.integer)) or \
            not 3 <= nterms <= 6:
        raise CompatValueError(f"NTERMS must have values from 3 to 6 (got {nterms!r}).")
    nterms = int(nterms)
    n = ya.size
    if xa.size != n:
        raise CompatValueError(f"X and Y must have the same number of elements "
                        f"({xa.size} and {n}).")
    weights = None
    if measure_errors is not None:
        me = idl_vector("gaussfit", "MEASURE_ERRORS", measure_errors)
        if me.size != n:
            raise CompatValueError("MEASURE_ERRORS must be a vector of the same length "
                            f"as Y ({me.size} instead of {n}).")
        if me.dtype.kind in "biu":
            me = me.astype(np.float32)
        weights = 1 / me ** 2
    est = None
    if estimates is not None:
        est = idl_vector("gaussfit", "ESTIMATES", estimates)
        if est.size != nterms:
            raise CompatValueError(f"ESTIMATES must have NTERM elements ({est.size} "
                            f"given, NTERMS={nterms}).")
        if est.dtype.kind in "biu":
            est = est.astype(np.float32)
    if n <= nterms:
        raise CompatValueError("Number of parameters in A must be less than number of "
                        f"dependent values in Y ({nterms} parameters, {n} values).")
    is_double = xa.dtype == np.float64 or ya.dtype == np.float64
    xd = xa.astype(np.float64)
    yd = ya.astype(np.float64)

    with np.errstate(all="ignore"):
        if est is None or est[2] == 0:
            start = _estimates(xd, yd, nterms)
        if est is not None:
            tmp = est.copy()
            if est[2] == 0:
                tmp[2] = start[2]
            start = tmp
        fit = marquardt("gaussfit", xd, yd, weights, start, gauss_model(True),
                        want_status=bool(status))
    yfit_, a_, chisq_, sigma_ = fit.yfit, fit.a, fit.chisq, fit.sigma
    if not is_double:
        yfit_ = yfit_.astype(np.float32)
        chisq_ = np.float32(chisq_)
        sigma_ = sigma_.astype(np.float32)
        a_ = a_.astype(np.float32)
    shape = np.shape(y)
    if len(shape) > 1:
        yfit_ = yfit_.reshape(shape)
    outputs = {}
    if a:
        outputs["a"] = a_
    if chisq:
        outputs["chisq"] = chisq_
    if sigma:
        outputs["sigma"] = sigma_
    if yerror:
        outputs["yerror"] = fit.yerror
    if status:
        outputs["status"] = fit.status
    return named_result(GaussfitResult, yfit_, outputs)
