"""IDL's non-linear model fits beyond CURVEFIT and GAUSSFIT: COMFIT (six common two- to
four-parameter curves over CURVEFIT), GAUSS2DFIT (an elliptical 2-D Gaussian over
GAUSSFIT and CURVEFIT) and LMFIT (Numerical Recipes' Levenberg-Marquardt
``mrqmin`` with a user function returning the partials, in :mod:`compat._core.mrqmin`).

COMFIT's iteration is CURVEFIT's (:func:`compat.idl.curvefit`, IDL's ``curvefit.pro``
step for step); this module supplies IDL's model procedures and the argument handling
of the library routines.
"""

from __future__ import annotations


import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import float_type, idl_array
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.mrqmin import evaluate_points, mrqmin_fit
from compat._core.results import Result
from compat.idl.curvefitting import curvefit, gaussfit
from compat.idl.smoothing import smooth

__all__ = ["comfit", "lmfit", "gauss2dfit"]


# ----------------------------------------------------------------------------- models
# IDL's comfit.pro (RSI 1994, CT 2006) defines one procedure per model, each returning
# F and the partials PDER as the concatenation [[dF/da0], [dF/da1], ...]; IDL's
# concatenation promotes to the widest operand, so PDER is FLOAT for FLOAT A and X and
# DOUBLE as soon as either is DOUBLE, which numpy's promotion of the same operands
# reproduces. The constant partial is REPLICATE(1., n): FLOAT ones.

def _ones(x, *like):
    return np.ones(np.size(x), dtype=np.result_type(np.float32, *like))


def _exponential(x, a):          # y = a0 * a1^x + a2
    ax = a[1] ** x
    return a[0] * ax + a[2], [ax, a[0] * x * a[1] ** (x - 1), _ones(x, ax)]


def _geometric(x, a):            # y = a0 * x^a1 + a2
    xa = x ** a[1]
    with np.errstate(divide="ignore", invalid="ignore"):
        return a[0] * xa + a[2], [xa, a[0] * np.log(x) * xa, _ones(x, xa)]


def _geometric_value(x, a):      # /GEOMETRIC with a zero in X: CURVEFIT differentiates
    return a[0] * x ** a[1] + a[2]


def _gompertz(x, a):             # y = a0 * a1^(a2*x) + a3
    p = a[1] ** (a[2] * x)
    return a[0] * p + a[3], [p, a[0] * a[2] * x * a[1] ** (a[2] * x - 1),
                             a[0] * x * np.log(a[1]) * p, _ones(x, p)]


def _hyperbolic(x, a):           # y = 1/(a0 + a1*x)
    d = a[0] + a[1] * x
    return 1.0 / d, [-1.0 / d ** 2, -x / d ** 2]


def _logistic(x, a):             # y = 1/(a0 * a1^x + a2)
    d = a[0] * a[1] ** x + a[2]
    denom = -1.0 / d ** 2
    return 1.0 / d, [a[1] ** x * denom, a[0] * x * a[1] ** (x - 1) * denom, denom]


def _logsquare(x, a):            # y = a0 + a1*log10(x) + a2*log10(x)^2
    b = np.log10(x)
    b2 = b ** 2
    return a[0] + a[1] * b + a[2] * b2, [_ones(x, b), b, b2]


#: keyword -> (model, number of parameters), in the order comfit.pro tests them
_MODELS = {"exponential": (_exponential, 3), "geometric": (_geometric, 3),
           "gompertz": (_gompertz, 4), "hyperbolic": (_hyperbolic, 2),
           "logistic": (_logistic, 3), "logsquare": (_logsquare, 3)}


class ComfitResult(Result):
    """COMFIT's result and the output keywords requested."""

    result: object
    sigma: object
    yfit: object
    chisq: object
    iter: object
    status: object
    yerror: object


@idl_routine("COMFIT")
def comfit(x, y, a, *, exponential=False, geometric=False, gompertz=False,
           hyperbolic=False, logistic=False, logsquare=False, weights=None, sigma=False,
           yfit=False, chisq=False, iter=False, status=False, yerror=False, itmax=None,
           tol=None, double=None):
    """Fit one of six common models by CURVEFIT, as IDL's ``COMFIT`` does.

    IDL call form::

        Result = COMFIT(X, Y, A, /EXPONENTIAL | /GEOMETRIC | /GOMPERTZ | /HYPERBOLIC
                        | /LOGISTIC | /LOGSQUARE [, /DOUBLE] [, ITMAX=value]
                        [, TOL=value] [, CHISQ=variable] [, ITER=variable]
                        [, SIGMA=variable] [, STATUS=variable] [, WEIGHTS=vector]
                        [, YERROR=variable] [, YFIT=variable])

    Python::

        coeffs = compat.idl.comfit(x, y, a, logsquare=True)
        r = compat.idl.comfit(x, y, a, exponential=True, sigma=True, yfit=True)
        r.result, r.sigma, r.yfit

    The models (one keyword must be set; the first set one wins, in this order)::

        /EXPONENTIAL  y = a0 * a1^x + a2               (3 parameters)
        /GEOMETRIC    y = a0 * x^a1 + a2               (3)
        /GOMPERTZ     y = a0 * a1^(a2*x) + a3          (4)
        /HYPERBOLIC   y = 1/(a0 + a1*x)                (2)
        /LOGISTIC     y = 1/(a0 * a1^x + a2)           (3)
        /LOGSQUARE    y = a0 + a1*log10(x) + a2*log10(x)^2   (3)

    Parameters
    ----------
    x, y : array_like
        The data (integer, float32 or float64), same number of elements.
    a : array_like
        Initial estimates, as many as the model has parameters. Its type sets
        CURVEFIT's precision (float64: double, anything else single) unless
        ``double``; the caller's array is not changed.
    weights : array_like, optional
        One weight per point (``1/sigma_i**2``); default all 1.0 (FLOAT), so SIGMA is
        never rescaled by the chi-square (CURVEFIT receives defined weights).
    sigma, yfit, chisq, iter, status, yerror : bool
        Request SIGMA (1-sigma errors of the parameters), YFIT (the model at ``x``),
        and CURVEFIT's CHISQ (reduced), ITER, STATUS and YERROR, which COMFIT passes
        through.
    itmax, tol, double
        Passed to CURVEFIT (ITMAX default 20, TOL 1e-3, /DOUBLE).

    Returns
    -------
    ndarray or ComfitResult
        The fitted parameters (float32 unless the fit ran in double precision); with
        any request, a :class:`ComfitResult` ``(result, sigma, yfit, chisq, iter,
        status, yerror)`` holding the requested fields.

    Raises
    ------
    ValueError
        ``"COMFIT: ..."`` with IDL's messages: no model keyword ("Type of model must
        be supplied as a keyword parameter."), A of the wrong length ("A must be
        supplied as a 3-element initial guess vector."), X and Y ("x and y must be
        vectors of equal length.") or WEIGHTS ("x and weights must be vectors of equal
        length.") of different lengths; and CURVEFIT's.

    Warns
    -----
    CompatWarning
        CURVEFIT's non-convergence messages when STATUS is not requested.

    Notes
    -----
    IDL's ``comfit.pro`` (GGS, RSI 1994; CT, RSI 2006; IDL Reference Guide, COMFIT):
    the model procedures return their analytic partial derivatives (compat's models
    compute the same expressions with numpy's type promotion, which is IDL's for these
    operands), except that /GEOMETRIC with a zero in X lets CURVEFIT take forward
    differences (``log(0)`` in the analytic partial). CURVEFIT then iterates with the
    weights (default a FLOAT vector of ones) and returns the fitted A. GDL 1.0.1 has no
    COMFIT.

    Differences from ``scipy.optimize.curve_fit(model, x, y, p0)``: scipy iterates
    MINPACK to tight tolerances, CURVEFIT stops when chi-square falls by at most 0.1%
    in an iteration, so the digits beyond that precision differ; scipy's ``sigma`` is
    standard deviations where COMFIT's WEIGHTS are ``1/sigma**2``.

    Examples
    --------
    The example of IDL's documentation (IDL prints 1.42494, 7.21900, 9.18794):

    >>> import numpy as np
    >>> from compat.idl import comfit
    >>> x = np.array([2.27, 15.01, 34.74, 36.01, 43.65, 50.02, 53.84, 58.30, 62.12,
    ...               64.66, 71.66, 79.94, 85.67, 114.95], np.float32)
    >>> y = np.array([5.16, 22.63, 34.36, 34.92, 37.98, 40.22, 41.46, 42.81, 43.91,
    ...               44.62, 46.44, 48.43, 49.70, 55.31], np.float32)
    >>> print(np.round(comfit(x, y, np.float32([1.5, 1.5, 1.5]), logsquare=True), 5))
    [1.42494 7.219   9.18794]
    """
    chosen = {"exponential": exponential, "geometric": geometric, "gompertz": gompertz,
              "hyperbolic": hyperbolic, "logistic": logistic, "logsquare": logsquare}
    kind = next((k for k, v in chosen.items() if v), None)
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError("x and y must be vectors of equal length.")
    if weights is None:
        w = np.ones(xa.size, dtype=np.float32)
    else:
        w = idl_array(weights, "WEIGHTS", complex_ok=False).reshape(-1)
        if w.size != xa.size:
            raise CompatValueError("x and weights must be vectors of equal length.")
    if kind is None:
        raise CompatValueError("Type of model must be supplied as a keyword parameter.")
    model, npar = _MODELS[kind]
    av = idl_array(a, "A", complex_ok=False).reshape(-1)
    if av.size != npar:
        raise CompatValueError(f"A must be supplied as a {npar}-element initial guess "
                               "vector.")
    noderivative = kind == "geometric" and bool(np.any(xa == 0))
    if noderivative:
        model = _geometric_value
    if xa.dtype.kind in "iu":  # IDL's integer X meets float A in the model's arithmetic
        xa = xa.astype(float_type(xa.dtype))
    options = {}
    if itmax is not None:
        options["itmax"] = itmax
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        fit = curvefit(xa, ya, w, av, sigma=True, function_name=model, tol=tol,
                       chisq=True, iter=True, status=status, yerror=True,
                       noderivative=noderivative, double=double, **options)
    return named_result(ComfitResult, fit.a, requested(
        sigma=(sigma, lambda: fit.sigma), yfit=(yfit, lambda: fit.result),
        chisq=(chisq, lambda: fit.chisq), iter=(iter, lambda: fit.iter),
        status=(status, lambda: fit.status), yerror=(yerror, lambda: fit.yerror)))


# ------------------------------------------------------------------------------- LMFIT
class LmfitResult(Result):
    """LMFIT's result, the fitted A, and the output keywords requested."""

    result: object
    a: object
    alpha: object
    chisq: object
    convergence: object
    covar: object
    iter: object
    sigma: object


def _lmfunct(x, a):
    """IDL's default LMFUNCT: F = a0*exp(a1*x) + a2 and its partials."""
    e = np.exp(a[1] * x)
    bx = a[0] * e
    return [bx + a[2], e, bx * x, 1.0]


@idl_routine("LMFIT")
def lmfit(x, y, a, *, function_name=None, fita=None, measure_errors=None, weights=None,
          alpha=False, chisq=False, convergence=False, covar=False, iter=False,
          sigma=False, itmax=50, itmin=5, tol=None, double=None):
    """Levenberg-Marquardt fit of a user function with analytic partials, as IDL's
    ``LMFIT`` iterates it (Numerical Recipes' ``mrqmin``).

    IDL call form::

        Result = LMFIT(X, Y, A [, ALPHA=variable] [, CHISQ=variable]
                       [, CONVERGENCE=variable] [, COVAR=variable] [, /DOUBLE]
                       [, FITA=vector] [, FUNCTION_NAME=string] [, ITER=variable]
                       [, ITMAX=value] [, ITMIN=value] [, MEASURE_ERRORS=vector]
                       [, SIGMA=variable] [, TOL=value])

    Python::

        yfit, a = compat.idl.lmfit(x, y, a, function_name=f)
        r = compat.idl.lmfit(x, y, a, function_name=f, measure_errors=err,
                             sigma=True, chisq=True, convergence=True)
        r.result, r.a, r.sigma, r.chisq, r.convergence

    **A is returned, always.** IDL's A is an input and output argument (LMFIT
    overwrites it with the fitted parameters); compat never modifies the caller's
    array, so ``lmfit`` returns a named tuple :class:`LmfitResult` whose first fields
    are ``result`` (the fitted Y) and ``a``, followed by the requested outputs
    (``alpha, chisq, convergence, covar, iter, sigma``).

    The user function is called with **one X value** (a numpy scalar of the working
    precision) and the parameter vector, and returns ``[F(x), dF/dA0, dF/dA1, ...]``
    (``1 + len(a)`` values), as IDL's LMFIT calls it: IDL's documentation writes it as
    ``RETURN, [[bx+A[2]+A[3]*SIN(X)], [EXP(A[1]*X)], [bx*X], [1.0], [SIN(X)]]``.

    Parameters
    ----------
    x, y : array_like
        The data (X is only passed to the function), same number of elements, more than
        ``len(a)``.
    a : array_like
        Initial parameters.
    function_name : callable, optional
        The function ``f(x, a) -> [F, dF/dA0, ...]``. Default: IDL's LMFUNCT,
        ``F = a0*exp(a1*x) + a2``.
    fita : array_like, optional
        One flag per parameter: 0 holds it fixed at its initial value.
    measure_errors : array_like, optional
        Standard deviation of each Y.
    weights : array_like, optional
        IDL's obsolete WEIGHTS (``measure_errors = 1/sqrt(weights)``); not with
        MEASURE_ERRORS.
    alpha, chisq, convergence, covar, iter, sigma : bool
        Request ALPHA (the curvature matrix), CHISQ (the unreduced chi-square,
        ``sum(((y - F)/err)^2)``), CONVERGENCE (1 converged, 0 ITMAX reached, -1 a
        singular matrix), COVAR (the covariance matrix, zero rows/columns for fixed
        parameters), ITER (iterations done) and SIGMA (``sqrt(|diag(COVAR)|)``,
        multiplied by ``sqrt(CHISQ/(N - len(A)))`` without MEASURE_ERRORS).
    itmax, itmin : int
        At most ITMAX (50) and at least ITMIN (5) iterations; ITMAX is raised to ITMIN
        if smaller.
    tol : float, optional
        Convergence: three consecutive iterations change chi-square by at most TOL
        relative (default 1e-6 in single precision, 1e-12 in double).
    double : bool, optional
        /DOUBLE; default: double precision when A, X or Y is double.

    Returns
    -------
    LmfitResult
        ``result`` the function at X with the fitted parameters and ``a``, float32 or
        float64, then the requested outputs.

    Raises
    ------
    ValueError
        ``"LMFIT: ..."`` with IDL's messages: "A must have at least ONE parameter.",
        "LMFIT - not enough data points.", "The number of elements in FITA must equal
        those of A", "Incompatible keywords MEASURE_ERRORS and WEIGHTS.",
        "MEASURE_ERRORS must have the number of elements as X and Y."; X and Y of
        different lengths; a function returning the wrong number of values.
    TypeError
        ``"LMFIT: ..."`` for a FUNCTION_NAME that is not callable.

    Warns
    -----
    CompatWarning
        IDL's messages "Warning: Singular Covariance Matrix Encountered." and "Warning:
        Failed to Converge." (with " Try /DOUBLE." in single precision) when
        CONVERGENCE is not requested.

    Notes
    -----
    IDL's lmfit.pro (SVP, RSI 1996; CT, RSI 2000) converts X, Y, A and the errors to
    the working precision and hands them to its compiled MRQMIN, Numerical Recipes'
    ``mrqmin`` (see :mod:`compat._core.mrqmin`): lambda starts at 0.001, is divided by
    10 after a step that lowers chi-square and multiplied by 10 otherwise; iterations
    stop when three consecutive ones change chi-square by at most TOL relative (at
    least ITMIN, at most ITMAX); the covariance is the inverse of the final curvature
    matrix. YFIT is then the function at each X. The driver's loop is compiled code in
    IDL; compat follows its documented rule, so iterates agree with IDL's to that
    rule's precision. GDL 1.0.1 has no LMFIT.

    The IDL Reference Guide's example starts from ``[10.0, -0.1, 2.0, 4.0]`` (/DOUBLE)
    and prints nothing (it plots the fit). From that start mrqmin's first step takes
    A[1] positive, into the basin of a local minimum (chi-square 73.07, A near
    ``[2.795, 0.3635, 11.10, -0.3246]``) that MINPACK's Levenberg-Marquardt
    (``scipy.optimize.least_squares(method='lm')``) reaches as well; mrqmin creeps
    along its valley, so the default ITMAX=50 ends unconverged (CONVERGENCE 0). No
    IDL output shows IDL leaving that basin, so compat keeps NR's iteration; the
    header example of lmfit.pro (start ``[10, -7, 9, 4]``) converges to the exact
    parameters.

    Differences from ``scipy.optimize.least_squares(..., method='lm')``: MINPACK's
    trust-region Levenberg-Marquardt with scaled steps, different stopping tests and
    a vectorised residual function, where LMFIT calls the function point by point and
    wants the partials from it.

    Examples
    --------
    The example in the header of IDL's lmfit.pro (exact data, start [10, -7, 9, 4]):

    >>> import numpy as np
    >>> from compat.idl import lmfit
    >>> def myfunct(x, a):
    ...     bx = a[0] * np.exp(a[1] * x)
    ...     return [bx + a[2] + a[3] * np.sin(x), np.exp(a[1] * x), bx * x, 1.0,
    ...             np.sin(x)]
    >>> x = np.arange(40, dtype=np.float32) / 20.0
    >>> y = 8.8 * np.exp(-9.9 * x) + 11.11 + 4.9 * np.sin(x)
    >>> r = lmfit(x, y, np.float32([10.0, -7.0, 9.0, 4.0]), measure_errors=0.05 * y,
    ...           fita=[1, 1, 1, 1], function_name=myfunct)
    >>> print(np.round(r.a, 4))
    [ 8.8  -9.9  11.11  4.9 ]
    """
    av = idl_array(a, "A", complex_ok=False, empty_ok=True).reshape(-1)
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    ma = av.size
    if ma == 0:
        raise CompatValueError("A must have at least ONE parameter.")
    if xa.size != ya.size:
        raise CompatValueError(f"X and Y must have the same number of elements "
                               f"({xa.size} and {ya.size}).")
    if ya.size - ma <= 0:
        raise CompatValueError("LMFIT - not enough data points.")
    model = _lmfunct if function_name is None else function_name
    if not callable(model):
        raise CompatTypeError("FUNCTION_NAME must be a Python function f(x, a) "
                              "returning [F, dF/dA0, ...] at one X "
                              f"(got {type(function_name).__name__})")
    for name, value in (("ITMAX", itmax), ("ITMIN", itmin)):
        if isinstance(value, bool) or not isinstance(value, (int, np.integer)) or \
                value < 0:
            raise CompatValueError(f"{name} must be a non-negative integer, got "
                                   f"{value!r}")
    itmax = max(int(itmax), int(itmin))
    flags = np.ones(ma, dtype=np.int16) if fita is None else \
        idl_array(fita, "FITA", complex_ok=False).reshape(-1)
    if flags.size != ma:
        raise CompatValueError("The number of elements in FITA must equal those of A")
    if double is None:
        is_double = np.float64 in (av.dtype, xa.dtype, ya.dtype)
    else:
        is_double = bool(double)
    ftype = np.float64 if is_double else np.float32
    n = xa.size
    if weights is not None and measure_errors is not None:
        raise CompatValueError("Incompatible keywords MEASURE_ERRORS and WEIGHTS.")
    measured = weights is not None or measure_errors is not None
    if measured:
        if weights is not None:
            wv = idl_array(weights, "WEIGHTS", complex_ok=False).reshape(-1)
            with np.errstate(divide="ignore"):
                sig = 1.0 / np.sqrt(wv.astype(ftype))
        else:
            sig = idl_array(measure_errors, "MEASURE_ERRORS",
                            complex_ok=False).reshape(-1)
        if sig.size != n:
            raise CompatValueError("MEASURE_ERRORS must have the number of elements as "
                                   "X and Y.")
        sig = np.abs(sig.astype(ftype))
    else:
        sig = np.ones(n, dtype=ftype)
    if tol is None:
        tol = ftype(1e-12 if is_double else 1e-6)
    elif not np.isscalar(tol) or not tol >= 0:
        raise CompatValueError(f"TOL must be a non-negative number, got {tol!r}")
    xx = xa.astype(ftype)
    yy = ya.astype(ftype)
    with np.errstate(all="ignore"):
        fit = mrqmin_fit(model, xx, yy, sig, av.astype(ftype), flags, itmin=int(itmin),
                         itmax=itmax, tol=ftype(tol))
    status = 1
    extra = "" if is_double else " Try /DOUBLE."
    if fit.singular:
        status = -1
        if not convergence:
            legacy_warn("Warning: Singular Covariance Matrix Encountered." + extra)
    elif fit.iterations >= itmax:
        status = 0
        if not convergence:
            legacy_warn(f"Warning: Failed to Converge.{extra}")
    with np.errstate(all="ignore"):
        sig_a = np.sqrt(np.abs(np.diag(fit.covar)))
        if not measured:
            sig_a = sig_a * np.sqrt(fit.chisq / ftype(n - ma))
        yfit, _ = evaluate_points(model, xx, fit.a, ma, ftype)
    return named_result(LmfitResult, yfit, requested(
        a=(True, fit.a), alpha=(alpha, fit.alpha), chisq=(chisq, lambda: ftype(fit.chisq)),
        convergence=(convergence, status), covar=(covar, fit.covar),
        iter=(iter, fit.iterations), sigma=(sigma, lambda: sig_a.astype(ftype))))


# -------------------------------------------------------------------------- GAUSS2DFIT
def _gauss2_funct(xv, yv, mask):
    """IDL's GAUSS2_FUNCT (gauss2dfit.pro) over the grid ``xv`` (nx) by ``yv`` (ny):
    ``F = (A0 + A1*exp(-U/2)) * mask`` with ``U = xp^2 + yp^2``, ``xp``/``yp`` the
    offsets from the centre (A4, A5) divided by the widths (A2, A3), rotated by A6 when A
    has 7 elements; the partials in a float32 array (IDL's ``PDER = FLTARR(n, 6|7)``).
    Values flattened in IDL order (x fastest)."""

    def model(x, a):
        if a.size == 7:
            s, c = np.sin(a[6]), np.cos(a[6])
            dx = (xv - a[4])[None, :]
            dy = (yv - a[5])[:, None]
            xp = dx * (c / a[2]) - dy * (s / a[2])
            yp = dx * (s / a[3]) + dy * (c / a[3])
        else:
            s, c = a.dtype.type(0), a.dtype.type(1)
            xp = np.broadcast_to(((xv - a[4]) * (1 / a[2]))[None, :], (yv.size, xv.size))
            yp = np.broadcast_to(((yv - a[5]) * (1 / a[3]))[:, None], (yv.size, xv.size))
        xp = xp.reshape(-1)
        yp = yp.reshape(-1)
        u = np.exp(-0.5 * (xp ** 2 + yp ** 2)).astype(np.result_type(xp, yp))
        f = (a[0] + a[1] * u) * mask
        pder = np.zeros((a.size, u.size), dtype=np.float32)
        pder[0] = mask
        umask = u * mask
        pder[1] = umask
        big_u = a[1] * umask
        pder[2] = big_u * xp ** 2 / a[2]
        pder[3] = big_u * yp ** 2 / a[3]
        pder[4] = big_u * (c / a[2] * xp + s / a[3] * yp)
        pder[5] = big_u * (-s / a[2] * xp + c / a[3] * yp)
        if a.size == 7:
            pder[6] = -big_u * xp * yp * (a[2] / a[3] - a[3] / a[2])
        return f, pder

    return model


class Gauss2dfitResult(Result):
    """GAUSS2DFIT's result and the output argument A when requested."""

    result: object
    a: object


@idl_routine("GAUSS2DFIT", output_arguments=("a",))
def gauss2dfit(z, *, a=False, x=None, y=None, fita=None, mask=None, negative=False,
               tilt=False):
    """Fit an elliptical 2-D Gaussian to gridded data, as IDL's ``GAUSS2DFIT`` does.

    IDL call form::

        Result = GAUSS2DFIT(Z, A [, X, Y] [, FITA=vector] [, MASK=array] [, /NEGATIVE]
                            [, /TILT])

    Python::

        zfit = compat.idl.gauss2dfit(z)
        zfit, a = compat.idl.gauss2dfit(z, a=True, x=x, y=y, tilt=True)

    The output argument A is requested with ``a=True``; the result is then a
    :class:`Gauss2dfitResult` ``(result, a)``. With FITA, A is also IDL's input (the
    starting parameters): pass the array as ``a=array`` (A is then returned too).

    The model (``xp``/``yp`` the rotated, scaled offsets from the centre)::

        F(x, y) = A0 + A1 * exp(-U/2),   U = xp^2 + yp^2
        xp = ((x - A4) cos A6 - (y - A5) sin A6) / A2
        yp = ((x - A4) sin A6 + (y - A5) cos A6) / A3

    A0 constant, A1 height, A2 and A3 the widths in X and Y, A4 and A5 the centre, A6
    the rotation (0 without /TILT; reduced modulo pi with /TILT).

    Parameters
    ----------
    z : array_like, 2-D
        The data, numpy shape ``(ny, nx)`` (IDL's ``Z[nx, ny]``: ``z[j, i]`` is at
        ``(x[i], y[j])``).
    a : bool or array_like
        ``True`` requests A; an array is the starting A used with FITA.
    x, y : array_like, optional
        The grid's coordinates (``nx`` and ``ny`` values); default ``0, 1, ...``.
    fita : array_like, optional
        IDL's FITA: one flag per parameter of A (6, or 7 with /TILT), 0 to keep it
        fixed. Set (any nonzero), IDL starts from the given A instead of its own
        estimates and passes FITA to CURVEFIT (see :func:`compat.idl.curvefit` for
        IDL's curvature matrix with fixed parameters).
    mask : array_like, optional
        Same shape as ``z``: 1 to use a point, 0 to leave it out (the weights of the
        fit; the smoothing that finds the peak skips masked points).
    negative : bool
        /NEGATIVE: fit a valley (the minimum of the smoothed data) instead of a peak.
    tilt : bool
        /TILT: fit the rotation A6 too.

    Returns
    -------
    ndarray or Gauss2dfitResult
        The fitted surface, the shape of ``z``; float32 unless the fit ran in double
        precision (double Z).

    Raises
    ------
    ValueError
        ``"GAUSS2DFIT: ..."`` with IDL's messages: "Z must have two dimensions", "X
        array must have size equal to number of columns of Z", "Y array must have size
        equal to number of rows of Z", "Argument A must be specified when FITA is
        set."; a MASK of another shape.

    Warns
    -----
    CompatWarning
        CURVEFIT's (and GAUSSFIT's) non-convergence messages.

    Notes
    -----
    IDL's gauss2dfit.pro (DMS, RSI 1995; FITA and MASK added 2009; IDL 8.1's text):
    Z is smoothed with a 3x3 box (SMOOTH; with MASK, masked points are NaN and
    skipped), its maximum (/NEGATIVE: minimum) picks the row and column through the
    peak; GAUSSFIT with NTERMS=4 on that row and that column estimates the constant
    ``(ax3 + ay3)/2``, the height ``sqrt(|ax0 * ay0|)``, the widths and the centre
    (A6 = 0); then CURVEFIT (ITMAX=50, the weights are the mask or ones) iterates the
    model GAUSS2_FUNCT above (partials stored in FLOAT). compat runs the same steps
    with its GAUSSFIT, SMOOTH and CURVEFIT. The IDL Reference Guide writes the rotation
    with the opposite sign of ``sin A6``; the formulas here are those of the code.

    GDL 1.0.1 replaces GAUSS2DFIT by MPFIT2DPEAK, which fails in GDL's own
    installation ("MPFIT2DPEAK: ERROR: the required functions MPFIT and MPFIT2DFUN must
    be in your IDL path": GDL ships no mpfit2dfun.pro).

    Difference from fitting with ``scipy.optimize.curve_fit``: scipy needs a starting
    point (GAUSS2DFIT finds its own from the data) and iterates MINPACK to a tighter
    optimum than CURVEFIT's 0.1% chi-square test.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import gauss2dfit
    >>> yy, xx = np.mgrid[0:30, 0:40].astype(np.float32)
    >>> z = 5 + 10 * np.exp(-(((xx - 20) / 6.5) ** 2 + ((yy - 18) / 3) ** 2) / 2)
    >>> zfit, a = gauss2dfit(z.astype(np.float32), a=True)
    >>> print(np.round(a, 3))
    [ 5.  10.   6.5  3.  20.  18.   0. ]
    """
    za = idl_array(z, "Z", complex_ok=False)
    if za.ndim != 2:
        raise CompatValueError("Z must have two dimensions")
    ny, nx = za.shape
    n = za.size
    xv = np.arange(nx, dtype=np.float32) if x is None else \
        idl_array(x, "X", complex_ok=False).reshape(-1)
    yv = np.arange(ny, dtype=np.float32) if y is None else \
        idl_array(y, "Y", complex_ok=False).reshape(-1)
    if xv.size != nx:
        raise CompatValueError("X array must have size equal to number of columns of Z")
    if yv.size != ny:
        raise CompatValueError("Y array must have size equal to number of rows of Z")
    if mask is not None:
        mk = idl_array(mask, "MASK", complex_ok=False)
        if mk.shape != za.shape:
            raise CompatValueError(f"MASK must have the shape of Z ({mk.shape} instead "
                                   f"of {za.shape})")
        weights = mk.reshape(-1)
    else:
        mk = None
        weights = np.ones(n, dtype=np.float32)
    start = None if isinstance(a, (bool, np.bool_)) else \
        idl_array(a, "A", complex_ok=False).reshape(-1)
    use_fita = fita is not None and bool(np.any(np.asarray(fita) != 0))
    if use_fita:
        flags = idl_array(fita, "FITA", complex_ok=False).reshape(-1)
        if start is None or start.size < 6:
            raise CompatValueError("Argument A must be specified when FITA is set.")

    # the coordinates IDL passes through CURVEFIT's X: [nx, ny, x, y, weights]
    ctype = np.result_type(np.float32, xv.dtype, yv.dtype, weights.dtype)
    if ctype.kind != "f":
        ctype = np.dtype(np.float64)
    with np.errstate(all="ignore"):
        if mk is not None:
            zmask = za.astype(float_type(za.dtype))
            zmask[mk == 0] = np.nan
            zsmooth = smooth(zmask, 3, nan=True)
            i = int(np.nanargmin(zsmooth) if negative else np.nanargmax(zsmooth))
        else:
            zsmooth = smooth(za, 3)
            i = int(np.argmin(zsmooth) if negative else np.argmax(zsmooth))
        ix, iy = i % nx, i // nx
        if use_fita:
            a0 = start
        else:
            xslice, yslice = za[iy, :], za[:, ix]
            xx, yy = xv, yv
            if mk is not None:
                good = mk[iy, :] != 0
                xslice, xx = xslice[good], xv[good]
                good = mk[:, ix] != 0
                yslice, yy = yslice[good], yv[good]
            ax = gaussfit(xx, xslice, a=True, nterms=4).a
            ay = gaussfit(yy, yslice, a=True, nterms=4).a
            a0 = np.array([(ax[3] + ay[3]) / 2.0, np.sqrt(abs(ax[0] * ay[0])), ax[2],
                           ay[2], ax[1], ay[1]] + ([0.0] if tilt else []),
                          dtype=np.result_type(ax, ay))
        model = _gauss2_funct(xv.astype(ctype), yv.astype(ctype), weights.astype(ctype))
        fit = curvefit(None, za.reshape(-1), weights, a0, function_name=model,
                       itmax=50, fita=flags if use_fita else None)
    params = fit.a
    if not tilt:
        params = np.concatenate([params[:6], np.zeros(1, dtype=params.dtype)])
    else:
        params = params.copy()
        params[6] = np.fmod(params[6], params.dtype.type(np.pi))
    result = fit.result.reshape(za.shape)
    if isinstance(a, (bool, np.bool_)) and not a:
        return result
    return Gauss2dfitResult(result=result, a=params)
