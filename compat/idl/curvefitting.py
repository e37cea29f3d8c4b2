"""IDL's non-linear fits: GAUSSFIT (its own starting estimates) and CURVEFIT (IDL's
Marquardt iteration, in :mod:`compat._core.least_squares`)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.least_squares import error_vector, gauss_model, marquardt
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.fitting import poly_fit

__all__ = ["gaussfit", "curvefit"]


# ---------------------------------------------------------------------------- GAUSSFIT
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
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if isinstance(nterms, bool) or not isinstance(nterms, (int, np.integer)) or \
            not 3 <= nterms <= 6:
        raise CompatValueError(f"NTERMS must have values from 3 to 6 (got {nterms!r}).")
    nterms = int(nterms)
    n = ya.size
    if xa.size != n:
        raise CompatValueError(f"X and Y must have the same number of elements "
                        f"({xa.size} and {n}).")
    weights = None
    me = error_vector(measure_errors, n, "MEASURE_ERRORS must be a vector of the same "
                      "length as Y")
    if me is not None:
        if me.dtype.kind in "iu":
            me = me.astype(np.float32)
        weights = 1 / me ** 2
    est = None
    if estimates is not None:
        est = idl_array(estimates, "ESTIMATES", complex_ok=False).reshape(-1)
        if est.size != nterms:
            raise CompatValueError(f"ESTIMATES must have NTERM elements ({est.size} "
                            f"given, NTERMS={nterms}).")
        if est.dtype.kind in "iu":
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
        fit = marquardt(xd, yd, weights, start, gauss_model(True),
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
    return named_result(GaussfitResult, yfit_, requested(
        a=(a, a_), chisq=(chisq, chisq_), sigma=(sigma, sigma_),
        yerror=(yerror, fit.yerror), status=(status, fit.status)))


# ---------------------------------------------------------------------------- CURVEFIT
_BUILTIN = {"funct": False, "gauss_funct": True}  # name -> GAUSS_FUNCT's positive width


class CurvefitResult(Result):
    """CURVEFIT's result and the output arguments and keywords requested."""

    result: object
    a: object
    sigma: object
    chisq: object
    iter: object
    status: object
    yerror: object


@idl_routine("CURVEFIT", output_arguments=('sigma',))
def curvefit(x, y, weights, a, *, sigma=False, function_name=None, itmax=20, tol=None,
             chisq=False, iter=False, status=False, noderivative=False, double=None,
             yerror=False, fita=None):
    """Non-linear least-squares fit of a model, as IDL's ``CURVEFIT`` iterates it.

    IDL call form::

        Result = CURVEFIT(X, Y, Weights, A [, Sigma] [, CHISQ=variable] [, /DOUBLE]
                          [, FITA=vector] [, FUNCTION_NAME=string] [, ITER=variable]
                          [, ITMAX=value]
                          [, /NODERIVATIVE] [, STATUS=variable] [, TOL=value]
                          [, YERROR=variable])

    Python::

        yfit, a = compat.idl.curvefit(x, y, weights, a, *, function_name=f, ...)
        r = compat.idl.curvefit(x, y, weights, a, sigma=True, function_name=f, chisq=True)
        r.result, r.a, r.sigma, r.chisq

    **A is returned, always.** In IDL, A is an input *and* output argument: CURVEFIT
    overwrites the caller's A with the fitted parameters. Python cannot rebind the
    caller's variable and compat never modifies the caller's arrays, so ``curvefit``
    always returns a named tuple whose first two fields are ``result`` (IDL's return
    value, the fitted Y) and ``a`` (the fitted parameters), followed by the requested
    outputs (``sigma``, ``chisq``, ``iter``, ``status``, ``yerror``, in that order). The
    port of ``yfit = curvefit(x, y, w, a, sig, function_name='f')`` is
    ``yfit, a, sig = curvefit(x, y, w, a, sigma=True, function_name=f)``.

    Parameters
    ----------
    x : anything
        Passed to the model unchanged (IDL: CURVEFIT does not use X itself).
    y : array_like
        Data to fit (integer, float32 or float64).
    weights : array_like or None
        One weight per point (``1/sigma_i**2`` for Gaussian errors, ``1/y_i`` for
        Poisson). ``None`` is IDL's undefined variable: no weighting, and SIGMA is
        multiplied by ``sqrt(chisq)`` (Numerical Recipes 15.2).
    a : array_like
        Starting parameters. float64 (IDL DOUBLE) runs the fit in double precision,
        anything else in single precision (converted to float32), unless ``double``.
    sigma : bool
        Request the Sigma output argument (1-sigma errors of the parameters).
    function_name : callable or str, optional
        The model: ``f(x, a)`` returning the model values, or a tuple ``(yfit, pder)``
        with the partial derivatives ``pder`` of numpy shape ``(len(a), len(y))`` (IDL's
        ``PDER[nY, nterms]`` in readsav layout) or ``(len(y), len(a))``. Without
        partials (or with ``noderivative=True``) CURVEFIT uses forward differences.
        ``a`` is a float array the model may read (and, like an IDL procedure, modify).
        A string names one of IDL's library models: ``'funct'`` (IDL's default FUNCT,
        Gaussian plus quadratic) or ``'gauss_funct'`` (GAUSSFIT's). Default: FUNCT.
    itmax : int
        Maximum number of iterations (20).
    tol : float, optional
        Stop when the relative decrease of chi-square in an iteration is at most
        ``tol`` (default 1e-3).
    chisq, iter, status, yerror : bool
        Request CHISQ (the *reduced* chi-square, ``sum(w*(y-yfit)**2)/(n - nterms)``),
        ITER (iterations performed; ``itmax + 1`` when the fit did not converge, IDL's
        FOR-loop count), STATUS (0 success, 1 chi-square increasing without bound,
        2 no convergence in ITMAX iterations), YERROR (``sqrt(sum((yfit-y)**2)/(n -
        nterms))``).
    noderivative : bool
        IDL's /NODERIVATIVE: never ask the model for partials.
    double : bool, optional
        IDL's /DOUBLE: True runs in float64, False (``DOUBLE=0``) in float32; not given,
        the type of ``a`` decides.
    fita : array_like, optional
        FITA: one flag per parameter, 0 to keep it fixed at its value in ``a``
        (a FITA of another length means all free, as in IDL). The degrees of freedom
        are ``n - (number of free parameters)``; SIGMA is 0 for fixed parameters.

    Returns
    -------
    named tuple ``(result, a, ...)``
        ``result`` as the model computed it; ``a`` float32 or float64 (see ``a``).

    Raises
    ------
    ValueError
        ``"CURVEFIT: ..."`` when ``len(a) >= len(y)`` (IDL: "Number of parameters in A
        must be less than number of dependent values in Y."), for weights of the wrong
        length, empty inputs, a model returning the wrong number of values or a PDER of
        the wrong shape, itmax < 1, tol <= 0.
    TypeError
        ``"CURVEFIT: ..."`` for a function_name that is neither callable nor a known
        library model, and non-numeric data.

    Warns
    -----
    CompatWarning
        IDL's informational messages ``"CURVEFIT: Failed to converge- CHISQ increasing
        without bound."`` and ``"CURVEFIT: Failed to converge after 20 iterations."``
        when STATUS is not requested.

    Notes
    -----
    The iteration is IDL's ``curvefit.pro`` (RSI, 1982-2003; Bevington's CURFIT,
    Marquardt 1963), step by step: curvature ``alpha = J^T W J`` and gradient
    ``beta = J^T W (y - f)``; stop at once if the reduced chi-square is below
    ``sum|y|/1e7/nfree``; normalise alpha to a unit diagonal, multiply the diagonal by
    ``1 + lambda`` (lambda starts at 0.001), invert, step; a worse step multiplies lambda
    by 10 and retries (after 30 tries without improvement, or a non-finite chi-square,
    the iteration stops with status 1 and the last good values); an accepted step
    divides lambda by 10 in total; convergence when ``(chisq_old - chisq)/chisq_old <=
    tol``. SIGMA is ``sqrt(diag(inverse of the augmented, normalised alpha)/diag(alpha))``
    of the last accepted step. Forward differences use the step ``sqrt(eps)*|a_j|``
    (``sqrt(eps)`` when ``a_j = 0``) with eps of the working precision. Arithmetic
    keeps IDL's types: with float32 partials (as IDL's FUNCT/GAUSS_FUNCT return them)
    the curvature matrix is single precision.

    Because CURVEFIT stops on a *relative chi-square* test (1e-3 by default), its answer
    is near, not at, the exact least-squares optimum: compat reproduces IDL's stopping
    point, not scipy's. GDL 1.0.1 replaces CURVEFIT by MPCURVEFIT (MINPACK), which
    iterates to a much tighter optimum, returns the *un-reduced* chi-square in CHISQ
    and MPFIT's status codes: its parameters agree with IDL's only to within the
    stopping tolerance.

    FITA follows IDL 8.0's curvefit.pro exactly, including its curvature matrix
    ``TRANSPOSE(pder[*,iparam]) # (Weights # (FLTARR(nparam)+1) * pder)``: IDL's ``*``
    of two arrays keeps the shorter one's size, so the weights multiply the partials
    of the *first* ``nparam`` parameters, not those of the free ones; when a parameter
    other than the last ones is fixed, the steps are not Marquardt's (the fit still
    moves only the free parameters and stops on the same chi-square test). Checked
    against IDL's curvefit.pro run in GDL 1.0.1 (golden suite idl/idl_library,
    GAUSS2DFIT with FITA).

    Differences from ``scipy.optimize.curve_fit(f, x, y, p0)``: scipy's model is
    ``f(x, *params)`` (not ``f(x, a)`` with a vector), its ``sigma`` argument is the
    standard deviations (IDL's weights are ``1/sigma**2``), it iterates MINPACK to tight
    tolerances (different digits from IDL's CURVEFIT), returns the covariance matrix
    rather than IDL's SIGMA, and, with no ``p0``, starts from all ones.

    Examples
    --------
    The example of IDL's documentation (``f(x) = a0*exp(a1*x) + a2``):

    >>> import numpy as np
    >>> from compat.idl import curvefit
    >>> def gfunct(x, a):
    ...     bx = np.exp(a[1] * x)
    ...     return a[0] * bx + a[2], [bx, a[0] * x * bx, np.ones_like(x)]
    >>> x = np.arange(10, dtype=np.float32)
    >>> y = np.array([12.0, 11.0, 10.2, 9.4, 8.7, 8.1, 7.5, 6.9, 6.5, 6.1], np.float32)
    >>> yfit, a, sigma = curvefit(x, y, 1.0 / y, [10.0, -0.1, 2.0], sigma=True,
    ...                           function_name=gfunct)
    >>> print(np.round(a, 3))
    [ 9.911 -0.101  2.078]
    """
    return _curvefit(x, y, weights, a, sigma, function_name=function_name,
                     itmax=itmax, tol=tol, chisq=chisq, iter=iter, status=status,
                     noderivative=noderivative, double=double, yerror=yerror, fita=fita)


def _curvefit(x, y, weights, a, sigma=False, *, function_name=None, itmax=20,
              tol=None, chisq=False, iter=False, status=False, noderivative=False,
              double=None, yerror=False, fita=None):
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if ya.dtype.kind in "iu":
        ya = ya.astype(np.float32)
    av = idl_array(a, "A", complex_ok=False).reshape(-1)
    is_double = (av.dtype == np.float64) if double is None else bool(double)
    av = av.astype(np.float64 if is_double else np.float32)  # a copy: A is updated
    if weights is not None:
        w = idl_array(weights, "Weights", complex_ok=False).reshape(-1)
        if w.dtype.kind in "iu":
            w = w.astype(float_type(w.dtype))
        if w.size != ya.size:
            raise CompatValueError(f"Weights must have the same number of elements as Y "
                            f"({w.size} instead of {ya.size}).")
    else:
        w = None
    if function_name is None:
        model = gauss_model(False)
    elif isinstance(function_name, str):
        key = function_name.lower()
        if key not in _BUILTIN:
            raise CompatTypeError(f"FUNCTION_NAME {function_name!r}: pass a Python "
                            "callable f(x, a) -> yfit or (yfit, pder); the only names "
                            "known are 'funct' and 'gauss_funct'")
        model = gauss_model(_BUILTIN[key])
    elif callable(function_name):
        model = function_name
    else:
        raise CompatTypeError("FUNCTION_NAME must be a callable f(x, a) -> yfit or "
                        f"(yfit, pder), got {type(function_name).__name__}")
    if isinstance(itmax, bool) or not isinstance(itmax, (int, np.integer)) or itmax < 1:
        raise CompatValueError(f"ITMAX must be a positive integer, got {itmax!r}")
    if tol is not None:
        if not np.isscalar(tol) or not tol > 0:
            raise CompatValueError(f"TOL must be a positive number, got {tol!r}")
        tol = av.dtype.type(tol)
    flags = None if fita is None else idl_array(fita, "FITA", complex_ok=False).reshape(-1)
    fit = marquardt(x, ya, w, av, model, itmax=int(itmax), tol=tol,
                    noderivative=bool(noderivative), want_status=bool(status),
                    fita=flags)
    outputs = requested(a=(True, fit.a), sigma=(sigma, fit.sigma), chisq=(chisq, fit.chisq),
                        iter=(iter, fit.iter), status=(status, fit.status),
                        yerror=(yerror, fit.yerror))
    result = fit.yfit
    shape = np.shape(y)
    if result.size == int(np.prod(shape)) and len(shape) > 1:
        result = result.reshape(shape)
    return named_result(CurvefitResult, result, outputs)
