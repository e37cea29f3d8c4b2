"""Systems of nonlinear equations ``F(x) = 0`` by Powell's dogleg trust-region method
(MATLAB's ``fsolve``, algorithm 'trust-region-dogleg').

Each iteration minimises the linear model ``m(d) = 1/2 ||F + J d||^2`` over the trust
region ``||d|| <= Delta`` along Powell's dogleg path: the Gauss-Newton step ``-J\\F``
when it fits, else the steepest-descent (Cauchy) step ``-(g'g / ||Jg||^2) g`` (``g =
J'F``) cut at the boundary or continued towards the Gauss-Newton step until the path
meets the boundary. The step is taken when the actual decrease of ``f = 1/2 ||F||^2``
is a positive fraction of the model's decrease; the radius shrinks to a quarter of the
step after a poor ratio (< 1/4) and doubles after a good one (> 3/4) that reached the
boundary. Sources: M. J. D. Powell, "A hybrid method for nonlinear equations" (1970);
J. Nocedal and S. J. Wright, *Numerical Optimization*, 2nd ed., section 4.1
(Algorithm 4.1, the dogleg method) and section 11.2 (trust-region methods for
nonlinear equations); MathWorks' fsolve reference page and "Equation Solving
Algorithms" (the trust-region-dogleg description, the stopping tests and exit flags).
The code is written from those descriptions.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["SystemResult", "dogleg_solve"]

_EPS = np.finfo(float).eps


@dataclass
class SystemResult:
    """What a solve found. ``reason``: 'solved' (first-order optimality below
    OptimalityTolerance), 'step' (step below StepTolerance), 'radius' (trust region too
    small),
    'maxiter', 'maxfun', 'stopped'; ``near_zero`` whether ``sum(F.^2)`` is at most
    ``sqrt(FunctionTolerance)`` (MATLAB's test for a root against a local minimum of
    the sum of squares)."""

    x: np.ndarray
    fx: np.ndarray
    jacobian: np.ndarray
    iterations: int
    reason: str
    near_zero: bool
    first_order_optimality: float
    step_size: float
    radius: float


def _gauss_newton(jac: np.ndarray, fx: np.ndarray) -> np.ndarray:
    """``-J\\F`` as a least-squares solution (J may be singular or non-square)."""
    if jac.shape[0] == jac.shape[1]:
        try:
            with np.errstate(all="ignore"):
                step = np.linalg.solve(jac, -fx)
            if np.all(np.isfinite(step)) and np.linalg.cond(jac) < 1 / _EPS:
                return step
        except np.linalg.LinAlgError:
            pass
    return np.linalg.lstsq(jac, -fx, rcond=None)[0]


def dogleg_step(jac: np.ndarray, fx: np.ndarray, radius: float) -> np.ndarray:
    """Powell's dogleg step for ``min ||F + J d||`` within ``||d|| <= radius``.

    Examples
    --------
    >>> import numpy as np
    >>> dogleg_step(np.eye(2), np.array([3.0, 4.0]), 10.0)   # Gauss-Newton fits
    array([-3., -4.])
    >>> np.linalg.norm(dogleg_step(np.eye(2), np.array([3.0, 4.0]), 1.0))
    np.float64(1.0)
    """
    newton = _gauss_newton(jac, fx)
    if np.linalg.norm(newton) <= radius:
        return newton
    g = jac.T @ fx
    jg = jac @ g
    gg = float(g @ g)
    if gg == 0.0:
        return newton * (radius / np.linalg.norm(newton))
    cauchy = -(gg / float(jg @ jg)) * g if float(jg @ jg) > 0 else -g
    nc = np.linalg.norm(cauchy)
    if nc >= radius:
        return cauchy * (radius / nc)
    # the point of the segment cauchy -> newton at distance radius: ||c + t (n - c)|| = r
    d = newton - cauchy
    a, b, c = float(d @ d), 2.0 * float(cauchy @ d), float(cauchy @ cauchy) - radius ** 2
    t = (-b + np.sqrt(max(b * b - 4 * a * c, 0.0))) / (2 * a)
    return cauchy + t * d


def dogleg_solve(function, jacobian, x0: np.ndarray, *, function_tolerance: float,
                 step_tolerance: float, optimality_tolerance: float, max_iterations: int,
                 max_evaluations: int, count, radius: float = 1.0,
                 callback=None) -> SystemResult:
    """Solve ``function(x) = 0`` from ``x0``.

    ``function(x)`` returns F as a 1-D float array; ``jacobian(x, fx)`` the Jacobian
    (numel(F)-by-numel(x)); ``count()`` the evaluations so far (for
    ``max_evaluations``); ``callback(iteration, x, fx, jac)`` returning True stops the
    solve ('stopped').

    Examples
    --------
    >>> import numpy as np
    >>> f = lambda x: np.array([x[0] ** 2 - 2.0, x[1] - x[0]])
    >>> j = lambda x, fx: np.array([[2 * x[0], 0.0], [-1.0, 1.0]])
    >>> r = dogleg_solve(f, j, np.array([1.0, 1.0]), function_tolerance=1e-6,
    ...                  step_tolerance=1e-6, optimality_tolerance=1e-6,
    ...                  max_iterations=400, max_evaluations=200, count=lambda: 0)
    >>> r.reason, np.round(r.x, 12)
    ('solved', array([1.41421356, 1.41421356]))
    """
    x = np.array(x0, dtype=np.float64)
    fx = function(x)
    jac = jacobian(x, fx)
    f = 0.5 * float(fx @ fx)
    iteration = 0
    step_size = 0.0
    sqrt_tol = np.sqrt(function_tolerance)

    def done(reason):
        g = jac.T @ fx
        return SystemResult(x, fx, jac, iteration, reason, 2 * f <= sqrt_tol,
                            float(np.max(np.abs(g), initial=0.0)), step_size, radius)

    if callback is not None and callback(0, x, fx, jac):
        return done("stopped")
    while True:
        g = jac.T @ fx
        if float(np.max(np.abs(g), initial=0.0)) <= optimality_tolerance or f == 0.0:
            return done("solved")
        if iteration >= max_iterations:
            return done("maxiter")
        if count() >= max_evaluations:
            return done("maxfun")
        step = dogleg_step(jac, fx, radius)
        norm_step = float(np.linalg.norm(step))
        trial = x + step
        f_trial_vec = function(trial)
        f_trial = 0.5 * float(f_trial_vec @ f_trial_vec) if np.all(
            np.isfinite(f_trial_vec)) else np.inf
        model = fx + jac @ step
        predicted = f - 0.5 * float(model @ model)
        actual = f - f_trial
        ratio = actual / predicted if predicted > 0 else -1.0
        if ratio < 0.25:
            radius = 0.25 * norm_step
        elif ratio > 0.75 and norm_step >= 0.99 * radius:
            radius = 2.0 * radius
        if ratio > 1e-4:
            iteration += 1
            step_size = norm_step
            x, fx, f = trial, f_trial_vec, f_trial
            jac = jacobian(x, fx)
            if callback is not None and callback(iteration, x, fx, jac):
                return done("stopped")
            g = jac.T @ fx
            if float(np.max(np.abs(g), initial=0.0)) <= optimality_tolerance or f == 0.0:
                return done("solved")
            if norm_step < step_tolerance * (np.sqrt(_EPS) + np.linalg.norm(x)):
                return done("step")
        elif norm_step < step_tolerance * (np.sqrt(_EPS) + np.linalg.norm(x)):
            return done("step")
        if radius < np.sqrt(_EPS) * max(1.0, float(np.linalg.norm(x))) * step_tolerance:
            return done("radius")
