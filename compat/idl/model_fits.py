"""IDL's fits of ready-made non-linear models over CURVEFIT: COMFIT (six common
two-to-four-parameter curves).

The iteration is CURVEFIT's (:func:`compat.idl.curvefit`, IDL's ``curvefit.pro`` step
for step); this module supplies IDL's model procedures and the argument handling of the
library routine that wraps it.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.least_squares import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.curvefitting import curvefit

__all__ = ["comfit"]


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
    xa = idl_array("comfit", x, "X", complex_ok=False).reshape(-1)
    ya = idl_array("comfit", y, "Y", complex_ok=False).reshape(-1)
    if xa.size != ya.size:
        raise CompatValueError("x and y must be vectors of equal length.")
    if weights is None:
        w = np.ones(xa.size, dtype=np.float32)
    else:
        w = idl_array("comfit", weights, "WEIGHTS", complex_ok=False).reshape(-1)
        if w.size != xa.size:
            raise CompatValueError("x and weights must be vectors of equal length.")
    if kind is None:
        raise CompatValueError("Type of model must be supplied as a keyword parameter.")
    model, npar = _MODELS[kind]
    av = idl_array("comfit", a, "A", complex_ok=False).reshape(-1)
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
    outputs = {}
    if sigma:
        outputs["sigma"] = fit.sigma
    if yfit:
        outputs["yfit"] = fit.result
    if chisq:
        outputs["chisq"] = fit.chisq
    if iter:
        outputs["iter"] = fit.iter
    if status:
        outputs["status"] = fit.status
    if yerror:
        outputs["yerror"] = fit.yerror
    return named_result(ComfitResult, fit.a, outputs)
