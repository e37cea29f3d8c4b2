"""MATLAB's (Statistics and Machine Learning Toolbox) nonlinear regression: ``nlinfit``
and its options structure, ``statset``.

The legacy layer over :func:`compat._core.nonlinear_least_squares.regression_levenberg_marquardt`:
MATLAB's argument grammar (the model as a Python callable ``modelfun(beta, X)``, a
``statset`` options structure as a dict, the 'Weights' and 'ErrorModel' name-value
pairs), missing data (NaN) and MATLAB's six outputs.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import by_value, prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.nonlinear_least_squares import regression_levenberg_marquardt
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import is_empty

__all__ = ["nlinfit", "statset"]

#: the fields of MATLAB's statset structure, in MATLAB's order
STATSET_FIELDS = ("Display", "MaxFunEvals", "MaxIter", "TolBnd", "TolFun", "TolTypeFun",
                  "TolX", "TolTypeX", "GradObj", "Jacobian", "DerivStep", "FunValCheck",
                  "Robust", "RobustWgtFun", "WgtFun", "Tune", "UseParallel",
                  "UseSubstreams", "Streams", "OutputFcn")

#: statset('nlinfit') as MATLAB documents it
_DEFAULTS = {"DerivStep": float(np.finfo(float).eps ** (1 / 3)), "Display": "off",
             "FunValCheck": "on", "MaxIter": 100, "Robust": "off",
             "RobustWgtFun": None, "TolFun": 1e-8, "TolX": 1e-8}


def _statset_name(name) -> str:
    if not isinstance(name, str):
        raise CompatTypeError(f"expected a parameter name (text), got {name!r}")
    candidates = prefix_matches(name, STATSET_FIELDS)
    if len(candidates) == 1:
        return candidates[0]
    if not candidates:
        raise CompatValueError(f"Invalid parameter name: {name}.")
    raise CompatValueError(f"Ambiguous parameter name: {name} ({', '.join(candidates)}).")


@matlab_function("statset")
def statset(*args, **kwargs):
    """Create or modify a Statistics Toolbox options structure, as MATLAB's ``statset``.

    MATLAB call forms::

        options = statset                           ->  statset()  (every field [])
        options = statset('nlinfit')                ->  nlinfit's defaults filled in
        options = statset('Name', value, ...)       ->  statset('TolFun', 1e-10)
        options = statset(oldopts, 'Name', value)   ->  statset(opts, 'MaxIter', 200)
        options = statset(oldopts, newopts)         ->  newopts' non-empty fields win

    The structure has MATLAB's statset fields in MATLAB's order, ``[]`` (an empty 0x0
    array) where unset; names are matched case-insensitively, a unique leading part
    being enough. The only solver name compat knows is 'nlinfit' (its defaults:
    DerivStep ``eps^(1/3)``, Display 'off', FunValCheck 'on', MaxIter 100, Robust
    'off', TolFun 1e-8, TolX 1e-8, WgtFun 'bisquare').

    Examples
    --------
    >>> from compat import matlab
    >>> opts = matlab.statset('nlinfit')
    >>> opts.TolX, opts.MaxIter
    (1e-08, 100)
    >>> matlab.statset(opts, 'maxiter', 400).MaxIter
    400
    """
    values = {name: np.zeros((0, 0)) for name in STATSET_FIELDS}
    rest = list(args)
    if len(rest) == 1 and isinstance(rest[0], str) and not kwargs and \
            rest[0].lower() not in (f.lower() for f in STATSET_FIELDS):
        if rest[0].lower() != "nlinfit":
            raise CompatValueError(f"No default options available for the function "
                                   f"'{rest[0]}' in compat (only 'nlinfit').")
        values.update({k: v for k, v in _DEFAULTS.items() if v is not None},
                      WgtFun="bisquare")
        return MatlabStruct(values)
    while rest and isinstance(rest[0], dict):
        for name, value in rest.pop(0).items():
            if not is_empty(value):
                values[_statset_name(name)] = value
    if len(rest) % 2:
        raise CompatValueError("Arguments must occur in name-value pairs.")
    for name, value in list(zip(rest[::2], rest[1::2])) + list(kwargs.items()):
        values[_statset_name(name)] = value
    return MatlabStruct(values)


class NlinfitResult(Result):
    """``[beta, R, J, CovB, MSE, ErrorModelInfo] = nlinfit(...)``."""

    request_style = "nargout"
    beta: np.ndarray
    R: np.ndarray
    J: np.ndarray
    CovB: np.ndarray
    MSE: np.float64
    ErrorModelInfo: MatlabStruct


def _statset(options) -> dict:
    values = dict(_DEFAULTS)
    if is_empty(options) or (isinstance(options, np.ndarray) and options.size == 0):
        return values
    if not isinstance(options, dict):
        raise CompatTypeError("OPTIONS must be a structure from statset (a dict).")
    if isinstance(options, dict) and not options:
        return values
    for name, value in options.items():
        if is_empty(value):
            continue
        key = [k for k in _DEFAULTS if k.lower() == str(name).lower()]
        if not key:
            continue                      # statset fields nlinfit does not read
        values[key[0]] = value
    return values


@matlab_function("nlinfit", nargout=6)
def nlinfit(X, Y, modelfun, beta0, *args, nargout=1, **name_values):
    """Nonlinear regression, as MATLAB's ``nlinfit`` (Statistics and Machine Learning
    Toolbox).

    MATLAB call forms::

        beta = nlinfit(X, Y, modelfun, beta0)            ->  nlinfit(X, Y, f, beta0)
        beta = nlinfit(X, Y, modelfun, beta0, options)   ->  options: a statset dict
        beta = nlinfit(___, 'Weights', w)                ->  nlinfit(X, Y, f, b0, [],
                                                                      'Weights', w)
        [beta, R, J, CovB, MSE, ErrorModelInfo] = nlinfit(___)
                                                         ->  nlinfit(..., nargout=6)

    ``modelfun(beta, X)`` returns the fitted values for all observations (``X`` is
    passed unchanged). The coefficients minimise ``sum(w.*(Y - modelfun(beta, X)).^2)``
    by MATLAB's Levenberg-Marquardt iteration (Marquardt's scaling, lambda from 0.01,
    down by 10 after a good step and up by 10 until a step is good) with the Jacobian by
    forward differences (``DerivStep*beta(k)``, DerivStep ``eps^(1/3)``), and stop when
    the step is below ``TolX*(sqrt(eps) + norm(beta))`` or the sum of squares changes by
    at most ``TolFun`` times itself: statset('nlinfit')'s defaults TolFun 1e-8, TolX
    1e-8, MaxIter 100 (a warning when it is reached, as MATLAB warns). NaN in ``Y`` or in
    the model's values marks a missing observation, left out of the fit (its residual is
    NaN).

    Options (a :func:`statset` structure or a dict of its fields): TolFun, TolX,
    MaxIter, DerivStep. Not
    supported (an error says so): robust fitting (``Robust 'on'``/``RobustWgtFun``) and
    error models other than 'constant' (``ErrorModel``, ``ErrorParameters``); a
    function handle as 'Weights' is not supported either (a vector is).

    Returns
    -------
    beta : ndarray
        Shaped like ``beta0``.
    R : ndarray (``nargout >= 2``)
        ``Y - modelfun(beta, X)`` as a column (weighted by ``sqrt(w)`` with weights),
        NaN for missing observations.
    J : ndarray (``nargout >= 3``)
        The model's Jacobian (n-by-p; weighted by ``sqrt(w)``) as MATLAB returns it: the
        forward-difference Jacobian of the last iteration, at the coefficients that
        iteration started from (within TolX of ``beta``; MATLAB's printed J and
        standard errors are reproduced this way).
    CovB : ndarray (``nargout >= 4``)
        ``inv(J'*J)*MSE`` (over the used observations, with that J).
    MSE : float (``nargout >= 5``)
        ``R'*R/(n - p)``.
    ErrorModelInfo : MatlabStruct (``nargout == 6``)
        ``ErrorModel`` 'constant', ``ErrorParameters`` ``sqrt(MSE)``, ``ErrorVariance``
        (a callable giving MSE for each row of its argument), ``MSE``,
        ``ScheffeSimPred`` (p), ``WeightFunction`` False, ``FixedWeights`` (True with
        weights), ``RobustWeightFunction`` False.

    Notes
    -----
    ``scipy.optimize.curve_fit`` calls ``f(xdata, *params)`` (other argument order),
    uses MINPACK's Levenberg-Marquardt with other tolerances and returns the covariance
    scaled the same way but no R, J or MSE. GNU Octave's nlinfit (optim package) runs
    another least-squares solver: the same minimum to the tolerance; its MSE is
    ``R'*R/(n-p)`` with R in ``Y``'s shape, a matrix for a row ``Y``.

    Sources: MATLAB documentation of ``nlinfit`` (syntax, outputs, "Algorithms": the
    Levenberg-Marquardt method, Seber & Wild; missing data) and ``statset`` (defaults).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.arange(1.0, 11.0)
    >>> Y = np.array([0, 4, 8, 17, 29, 34, 54, 62, 80, 99.0])
    >>> beta = matlab.nlinfit(X, Y, lambda b, x: b[0] * x ** b[1], [1, 2])
    >>> beta.round(6)                 # printed by MATLAB: 1.203177103441870 1.913267782105321
    array([1.203177, 1.913268])
    """
    rest = list(args)
    options = rest.pop(0) if rest and not isinstance(rest[0], str) else None
    if len(rest) % 2:
        raise CompatValueError("Name-value arguments must come in pairs.")
    pairs = dict(zip(rest[::2], rest[1::2]))
    pairs.update(name_values)
    weights = None
    for name, value in pairs.items():
        key = str(name).lower()
        if key == "weights":
            if callable(value):
                raise CompatValueError("a function handle as 'Weights' is not supported "
                                       "by compat; pass a vector of weights.")
            weights = value
        elif key == "errormodel":
            if not isinstance(value, str) or value.lower() != "constant":
                raise CompatValueError(f"ErrorModel {value!r} is not supported by compat "
                                       "(only 'constant', MATLAB's default).")
        elif key == "errorparameters":
            raise CompatValueError("ErrorParameters is not supported by compat (only the "
                                   "'constant' error model).")
        else:
            raise CompatValueError(f"Unrecognized parameter name '{name}'.")
    settings = _statset(options)
    if str(settings["Robust"]).lower() == "on" or not is_empty(settings["RobustWgtFun"]):
        raise CompatValueError("robust fitting (Robust/RobustWgtFun) is not supported by "
                               "compat.")
    if not callable(modelfun):
        raise CompatTypeError("MODELFUN must be a function handle (a Python callable).")
    modelfun = by_value(modelfun)        # beta and X by value, as MATLAB
    b0 = matlab_array(beta0, "beta0", to_float=True)
    if b0.dtype.kind == "c":
        raise CompatValueError("BETA0 must be real.")
    if b0.size == 0 or not np.all(np.isfinite(b0)):
        raise CompatValueError("BETA0 must be a non-empty vector of finite values.")
    y = matlab_array(Y, "Y", complex_ok=False, to_float=True)
    if y.ndim > 2 or (y.ndim == 2 and 1 not in y.shape):
        raise CompatValueError("Y must be a vector.")
    y = y.reshape(-1).astype(np.float64)
    n, p = y.size, b0.size
    shape = b0.shape

    def full_model(beta):
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            values = modelfun(beta.reshape(shape), X)
        arr = np.asarray(values)
        if arr.dtype.kind == "c":
            raise CompatValueError("MODELFUN must return real values.")
        arr = arr.astype(np.float64).reshape(-1)
        if arr.size != n:
            raise CompatValueError(f"MODELFUN should return a vector of fitted values the "
                                   f"same length as Y ({n}); it returned {arr.size}.")
        return arr

    first = full_model(b0.reshape(-1).astype(np.float64))
    used = np.isfinite(y) & np.isfinite(first)
    if weights is not None:
        w = matlab_array(weights, "Weights", complex_ok=False, to_float=True).reshape(-1)
        if w.size != n or np.any(w < 0) or not np.all(np.isfinite(w)):
            raise CompatValueError("Weights must be a vector of nonnegative finite values, "
                                   "one per observation.")
        used &= w > 0
        sqrt_w = np.sqrt(w[used])
    else:
        sqrt_w = np.ones(int(used.sum()))
    m = int(used.sum())
    if m < p:
        raise CompatValueError(f"There are not enough observations ({m}) to estimate "
                               f"{p} coefficients.")
    deriv = np.asarray(settings["DerivStep"], dtype=np.float64).reshape(-1)
    deriv = np.full(p, deriv[0]) if deriv.size == 1 else deriv
    if deriv.size != p or np.any(deriv <= 0):
        raise CompatValueError("DerivStep must be a positive scalar or one value per "
                               "coefficient.")

    def model(beta):
        return full_model(beta)[used]

    found = regression_levenberg_marquardt(
        model, b0.reshape(-1), y[used], sqrt_w, tol_fun=float(settings["TolFun"]),
        tol_x=float(settings["TolX"]), max_iter=int(settings["MaxIter"]),
        deriv_step=deriv)
    if found.reason == "maxiter":
        legacy_warn("Iteration limit exceeded.  Returning results from final iteration.")
    elif found.reason == "lambda":
        legacy_warn("Unable to find a step that will decrease SSE.  Returning results from "
                    "last iteration.")
    beta = found.beta.reshape(shape)
    if nargout == 1:
        return beta
    residual = np.full((n, 1), np.nan)
    residual[used, 0] = found.residual
    jac = np.full((n, p), np.nan)
    jac[used] = found.jacobian
    sse = float(found.residual @ found.residual)
    mse = sse / (m - p) if m > p else math.inf
    _q, r = np.linalg.qr(found.jacobian)
    with np.errstate(divide="ignore", invalid="ignore"):
        rinv = np.linalg.solve(r, np.eye(p)) if np.all(np.diag(r) != 0) else \
            np.linalg.pinv(r)
    covb = (rinv @ rinv.T) * mse
    info = MatlabStruct(ErrorModel="constant", ErrorParameters=np.float64(math.sqrt(mse)),
                        ErrorVariance=lambda x: np.full((np.shape(x)[0] if np.ndim(x)
                                                         else 1, 1), mse),
                        MSE=np.float64(mse), ScheffeSimPred=np.float64(p),
                        WeightFunction=False, FixedWeights=weights is not None,
                        RobustWeightFunction=False)
    return NlinfitResult.first(nargout, beta, residual, jac, covb, np.float64(mse), info)
