"""Nonlinear least squares with bounds: the solvers behind MATLAB's ``lsqnonlin`` and
``lsqcurvefit`` (and the finite-difference derivatives shared with ``fminunc`` and
``fmincon``).

Python-shaped: the residual function takes and returns flat float64 vectors, the options
are keyword arguments, the result is a :class:`LeastSquaresResult`. Two algorithms, as
MATLAB offers them:

* :func:`trust_region_reflective` -- the Coleman-Li trust-region reflective method
  (Coleman & Li, SIAM J. Optim. 6, 1996), which MATLAB's default algorithm is, run by
  :func:`scipy.optimize.least_squares` (``method='trf'``) with MATLAB's stopping tests
  mapped onto scipy's (FunctionTolerance -> ``ftol``, StepTolerance -> ``xtol``,
  OptimalityTolerance -> ``gtol`` on the Coleman-Li scaled gradient), the variables
  scaled by the Jacobian's column norms (Moré's scaling, ``x_scale='jac'``, which makes
  those tests independent of the variables' units and, in flat valleys, stops nearer the
  minimum than the unscaled iteration: on MATLAB's documented example
  ``2 + 2k - exp(k*x1) - exp(k*x2)`` it reaches x = 0.2578 0.2578 as MATLAB does, the
  unscaled one stops at 0.2578 0.2579) and with the iteration and evaluation limits
  counted as MATLAB counts them (finite-difference evaluations included);
* :func:`levenberg_marquardt` -- the Levenberg-Marquardt iteration MATLAB documents
  ("Levenberg-Marquardt Method"): the step solves ``(J'J + lambda*I) d = -J'F``,
  ``lambda`` starts at InitDamping (0.01) and is divided by 10 after a step that lowers
  the sum of squares and multiplied by 10 after one that does not; steps are projected
  onto the bounds.

The Jacobian is the user's (SpecifyObjectiveGradient) or MATLAB's finite differences
(:func:`finite_difference_jacobian`: forward differences with steps
``sqrt(eps)*sign'(x)*max(|x|, TypicalX)``, turned inward at a bound, as MATLAB's
documentation of FiniteDifferenceStepSize gives them).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from scipy import optimize

__all__ = ["LeastSquaresResult", "CountedFunction", "finite_difference_jacobian",
           "RegressionResult", "regression_jacobian", "regression_levenberg_marquardt",
           "trust_region_reflective", "levenberg_marquardt", "bound_multipliers"]

_EPS = float(np.finfo(float).eps)


@dataclass
class LeastSquaresResult:
    """What a least-squares solve found.

    ``reason`` is why it stopped: 'gradient' (first-order optimality below
    OptimalityTolerance), 'step' (step below StepTolerance), 'function' (relative change
    of the sum of squares below FunctionTolerance), 'maxiter', 'maxfun', 'stopped' (an
    output function asked to stop)."""

    x: np.ndarray
    residual: np.ndarray
    jacobian: np.ndarray
    iterations: int
    func_count: int
    reason: str
    first_order_optimality: float
    step_size: float
    algorithm: str
    history: list = field(default_factory=list)

    @property
    def resnorm(self) -> float:
        return float(self.residual @ self.residual)


class CountedFunction:
    """The user's function with MATLAB's evaluation count (``funcCount``) and a memory
    of its last value (so that a Jacobian at an accepted point reuses F there)."""

    def __init__(self, function):
        self.function = function
        self.count = 0
        self._last_x: bytes | None = None
        self._last_value = None

    def __call__(self, x: np.ndarray) -> np.ndarray:
        key = x.tobytes()
        if key == self._last_x:
            return self._last_value
        self.count += 1
        value = self.function(x)
        self._last_x, self._last_value = key, value
        return value


def finite_difference_jacobian(function, x: np.ndarray, fx: np.ndarray, *,
                               step_factor, typical_x, lower=None, upper=None,
                               central: bool = False) -> np.ndarray:
    """MATLAB's finite-difference Jacobian (one column per variable).

    Forward: ``delta = v.*sign'(x).*max(|x|, TypicalX)`` (``sign'(0) = 1``), the step
    reversed where ``x + delta`` leaves the bounds; central: ``delta = v.*max(|x|,
    TypicalX)`` and ``(F(x+delta) - F(x-delta))/(2*delta)``. ``v`` is
    FiniteDifferenceStepSize (sqrt(eps) forward, eps^(1/3) central by default)."""
    n = x.size
    scale = np.maximum(np.abs(x), typical_x)
    if central:
        delta = step_factor * scale
    else:
        sign = np.where(x < 0, -1.0, 1.0)
        delta = step_factor * sign * scale
        if upper is not None:
            flip = (x + delta > upper) | (x + delta < lower)
            delta = np.where(flip, -delta, delta)
    jac = np.empty((fx.size, n))
    for j in range(n):
        step = np.zeros(n)
        step[j] = delta[j]
        if central:
            jac[:, j] = (function(x + step) - function(x - step)) / (2 * delta[j])
        else:
            jac[:, j] = (function(x + step) - fx) / delta[j]
    return jac


def bound_multipliers(x, gradient, lower, upper):
    """Lagrange multipliers of the bounds from the gradient ``J'F`` at the solution:
    the gradient's component where a bound is active (within sqrt(eps) relative), zero
    elsewhere -- ``lower >= 0`` and ``upper >= 0`` at a constrained minimum."""
    tol = math.sqrt(_EPS)
    at_lower = np.isfinite(lower) & (x - lower <= tol * np.maximum(1.0, np.abs(lower)))
    at_upper = np.isfinite(upper) & (upper - x <= tol * np.maximum(1.0, np.abs(upper)))
    low = np.where(at_lower, np.maximum(gradient, 0.0), 0.0)
    high = np.where(at_upper & ~at_lower, np.maximum(-gradient, 0.0), 0.0)
    return low, high


class _Stop(Exception):
    def __init__(self, x, fx, jac, reason):
        super().__init__(reason)
        self.x, self.fx, self.jac, self.reason = x, fx, jac, reason


def _scaled_gradient(x, gradient, lower, upper) -> float:
    """Coleman-Li's first-order optimality ``norm(v.*g, inf)``: ``v`` is the distance
    to the bound the negative gradient points at (1 where that bound is infinite)."""
    v = np.ones_like(x)
    toward_upper = (gradient < 0) & np.isfinite(upper)
    toward_lower = (gradient > 0) & np.isfinite(lower)
    v[toward_upper] = upper[toward_upper] - x[toward_upper]
    v[toward_lower] = x[toward_lower] - lower[toward_lower]
    return float(np.max(np.abs(v * gradient), initial=0.0))


def trust_region_reflective(function: CountedFunction, jacobian, x0: np.ndarray,
                            lower: np.ndarray, upper: np.ndarray, *,
                            function_tolerance: float, step_tolerance: float,
                            optimality_tolerance: float, max_iterations: int,
                            max_evaluations: int, callback=None) -> LeastSquaresResult:
    """MATLAB's 'trust-region-reflective' least squares (see the module notes).

    ``jacobian(x, fx)`` returns the Jacobian at ``x``; ``callback(iteration, x, fx,
    jac)`` returning True stops the solve ('stopped')."""
    state = {"calls": 0, "x": x0, "fx": None, "jac": None, "prev": None}

    def fun(x):
        return function(np.asarray(x, dtype=np.float64))

    def jac(x):
        x = np.asarray(x, dtype=np.float64)
        fx = function(x)
        j = jacobian(x, fx)
        iteration = state["calls"]
        state["calls"] += 1
        if state["x"] is not None and iteration > 0:
            state["prev"] = state["x"]
        state.update(x=x.copy(), fx=fx, jac=j)
        if callback is not None and callback(iteration, x, fx, j):
            raise _Stop(x, fx, j, "stopped")
        if iteration >= max_iterations:
            raise _Stop(x, fx, j, "maxiter")
        if function.count >= max_evaluations:
            raise _Stop(x, fx, j, "maxfun")
        return j

    try:
        found = optimize.least_squares(
            fun, x0, jac=jac, bounds=(lower, upper), method="trf",
            ftol=function_tolerance, xtol=step_tolerance, gtol=optimality_tolerance,
            max_nfev=max(int(max_evaluations), 1), x_scale="jac", tr_solver="exact")
        x = np.asarray(found.x, dtype=np.float64)
        fx = function(x)
        jac_x = state["jac"] if np.array_equal(state["x"], x) else jacobian(x, fx)
        reason = {1: "gradient", 2: "function", 3: "step", 4: "function"}.get(
            found.status, "maxfun")
        iterations = max(state["calls"] - 1, 0)
    except _Stop as stop:
        x, fx, jac_x, reason = stop.x, stop.fx, stop.jac, stop.reason
        iterations = max(state["calls"] - 1, 0)
    prev = state["prev"]
    step = float(np.linalg.norm(x - prev)) if prev is not None else 0.0
    gradient = jac_x.T @ fx
    return LeastSquaresResult(x=x, residual=fx, jacobian=jac_x, iterations=iterations,
                              func_count=function.count, reason=reason,
                              first_order_optimality=_scaled_gradient(x, gradient, lower,
                                                                      upper),
                              step_size=step, algorithm="trust-region-reflective")


def levenberg_marquardt(function: CountedFunction, jacobian, x0: np.ndarray,
                        lower: np.ndarray, upper: np.ndarray, *,
                        function_tolerance: float, step_tolerance: float,
                        optimality_tolerance: float, max_iterations: int,
                        max_evaluations: int, damping: float = 0.01,
                        scale_by_jacobian: bool = False,
                        callback=None) -> LeastSquaresResult:
    """MATLAB's 'levenberg-marquardt' least squares (see the module notes).

    ``scale_by_jacobian`` (MATLAB's ScaleProblem 'jacobian') damps with ``lambda *
    diag(J'J)`` instead of ``lambda * I`` (Marquardt's scaling).

    Stops when ``norm(J'F, inf) <= OptimalityTolerance*max(1, norm(J0'F0, inf))``
    ('gradient'), when an accepted step is shorter than ``StepTolerance*(sqrt(eps) +
    norm(x))`` ('step'), when the sum of squares changes by less than
    ``FunctionTolerance`` times its previous value ('function'), or at the limits."""
    n = x0.size
    x = np.clip(x0, lower, upper)
    fx = function(x)
    jac_x = jacobian(x, fx)
    total = float(fx @ fx)
    gradient = jac_x.T @ fx
    gradient0 = max(1.0, float(np.max(np.abs(gradient), initial=0.0)))
    lam = float(damping)
    iterations = 0
    step_size = 0.0
    reason = None
    if callback is not None and callback(0, x, fx, jac_x):
        reason = "stopped"
    while reason is None:
        if float(np.max(np.abs(gradient), initial=0.0)) <= optimality_tolerance * gradient0:
            reason = "gradient"
            break
        if iterations >= max_iterations:
            reason = "maxiter"
            break
        if function.count >= max_evaluations:
            reason = "maxfun"
            break
        scale = np.sqrt(np.sum(jac_x ** 2, axis=0)) if scale_by_jacobian else np.ones(n)
        scale = np.where(scale > 0, scale, 1.0)
        augmented = np.vstack([jac_x, math.sqrt(lam) * np.diag(scale)])
        rhs = np.concatenate([-fx, np.zeros(n)])
        direction = np.linalg.lstsq(augmented, rhs, rcond=None)[0]
        trial = np.clip(x + direction, lower, upper)
        step = trial - x
        step_norm = float(np.linalg.norm(step))
        f_trial = function(trial)
        total_trial = float(f_trial @ f_trial)
        if np.isfinite(total_trial) and total_trial < total:
            iterations += 1
            previous = total
            x, fx, total, step_size = trial, f_trial, total_trial, step_norm
            lam = max(lam / 10.0, _EPS)
            jac_x = jacobian(x, fx)
            gradient = jac_x.T @ fx
            if callback is not None and callback(iterations, x, fx, jac_x):
                reason = "stopped"
            elif step_norm < step_tolerance * (math.sqrt(_EPS) + float(np.linalg.norm(x))):
                reason = "step"
            elif previous - total < function_tolerance * previous:
                reason = "function"
        else:
            lam *= 10.0
            if step_norm < step_tolerance * (math.sqrt(_EPS) + float(np.linalg.norm(x))) \
                    or lam > 1e16:
                reason = "step"
    return LeastSquaresResult(x=x, residual=fx, jacobian=jac_x, iterations=iterations,
                              func_count=function.count, reason=reason,
                              first_order_optimality=float(np.max(np.abs(gradient),
                                                                  initial=0.0)),
                              step_size=step_size, algorithm="levenberg-marquardt")


@dataclass
class RegressionResult:
    """What :func:`regression_levenberg_marquardt` found: ``beta``, the (weighted)
    residual at it and the (weighted) Jacobian of the last iteration over the used
    observations, the iterations and why it stopped ('step', 'function', 'maxiter',
    'lambda')."""

    beta: np.ndarray
    residual: np.ndarray
    jacobian: np.ndarray
    iterations: int
    reason: str


def regression_jacobian(model, beta, fitted, deriv_step):
    """nlinfit's finite-difference Jacobian of the model: forward differences with
    ``delta = DerivStep*beta(k)`` (``DerivStep*sqrt(norm(beta))`` for a zero
    coefficient, ``DerivStep`` when beta is all zero)."""
    p = beta.size
    jac = np.empty((fitted.size, p))
    for k in range(p):
        delta = np.zeros(p)
        if beta[k] == 0:
            nb = math.sqrt(float(np.linalg.norm(beta)))
            delta[k] = deriv_step[k] * (nb + (nb == 0))
        else:
            delta[k] = deriv_step[k] * beta[k]
        jac[:, k] = (model(beta + delta) - fitted) / delta[k]
    return jac


def regression_levenberg_marquardt(model, beta0, y, sqrt_weights, *, tol_fun, tol_x,
                                   max_iter, deriv_step, jacobian=None):
    """The Levenberg-Marquardt iteration of MATLAB's ``nlinfit`` (Seber & Wild,
    *Nonlinear Regression*, 14.2): the step solves the least-squares problem
    ``[J; diag(sqrt(lambda*sum(J.^2)))] * step = [r; 0]`` (Marquardt's scaling),
    ``lambda`` starts at 0.01, is divided by 10 after a step that lowers the sum of
    squares and multiplied by 10 (the step recomputed) until one does; it stops when
    ``norm(step) < TolX*(sqrt(eps) + norm(beta))`` or ``|sse - sseold| <= TolFun*sse``,
    or after MaxIter iterations. ``model(beta)`` returns the fitted values of the used
    observations; ``sqrt_weights`` weights residuals and Jacobian.

    The returned Jacobian is the one of the last iteration, computed at the coefficients
    that iteration started from, as MATLAB's nlinfit returns it (and bases CovB on): a
    MATLAB user's printed J (3.7666127981753 at x = 2 for ``b1*x.^b2``) and the printed
    standard error 2.5721 of the documentation's weighted Hougen-Watson fit are
    reproduced by it, not by a Jacobian recomputed at the final coefficients (3.76661292,
    2.5720)."""
    beta = np.asarray(beta0, dtype=np.float64).copy()
    p = beta.size
    fitted = model(beta)
    r = sqrt_weights * (y - fitted)
    sse = float(r @ r)
    lam = 0.01
    reason = "maxiter"
    iteration = 0
    jac = None
    zeros = np.zeros(p)
    while iteration < max_iter:
        iteration += 1
        beta_old, sse_old = beta, sse
        jac = sqrt_weights[:, None] * (jacobian(beta) if jacobian is not None else
                                       regression_jacobian(model, beta, fitted,
                                                           deriv_step))
        diag = np.sqrt(np.sum(jac ** 2, axis=0))
        r_old = r

        def trial(lam_):
            augmented = np.vstack([jac, np.diag(math.sqrt(lam_) * diag)])
            step_ = np.linalg.lstsq(augmented, np.concatenate([r_old, zeros]),
                                    rcond=None)[0]
            beta_ = beta_old + step_
            fitted_ = model(beta_)
            r_ = sqrt_weights * (y - fitted_)
            return step_, beta_, fitted_, r_, float(r_ @ r_)

        step, beta, fitted, r, sse = trial(lam)
        if sse < sse_old:
            lam = max(0.1 * lam, _EPS)
        else:
            while not sse <= sse_old:
                lam *= 10
                if lam > 1e16:
                    break
                step, beta, fitted, r, sse = trial(lam)
            if lam > 1e16:
                beta, r, sse = beta_old, r_old, sse_old
                fitted = model(beta)
                reason = "lambda"
                break
        if float(np.linalg.norm(step)) < tol_x * (math.sqrt(_EPS) +
                                                   float(np.linalg.norm(beta))):
            reason = "step"
            break
        if abs(sse - sse_old) <= tol_fun * sse:
            reason = "function"
            break
    if jac is None:                     # no iteration: the Jacobian at beta0
        jac = sqrt_weights[:, None] * (jacobian(beta) if jacobian is not None else
                                       regression_jacobian(model, beta, fitted, deriv_step))
    return RegressionResult(beta=beta, residual=r, jacobian=jac, iterations=iteration,
                            reason=reason)
