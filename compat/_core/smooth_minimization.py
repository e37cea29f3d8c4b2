"""Minimisation of smooth functions: the solvers behind MATLAB's ``fminunc``
('quasi-newton') and ``fmincon`` (sequential quadratic programming).

Python-shaped: the objective takes a flat float64 vector and returns a float, the
gradient function returns a flat vector, options are keyword arguments, results are
:class:`MinimizeResult`.

* :func:`quasi_newton` is the BFGS method MATLAB documents for fminunc's default
  algorithm ("fminunc quasi-newton Algorithm"): the inverse-Hessian approximation starts
  as the identity (the first step is steepest descent) and is scaled by ``s'y/y'y``
  after the first step (Nocedal & Wright, eq. 6.20), updated by BFGS whenever
  ``s'y > 0``; each step comes from a line search satisfying the strong Wolfe
  conditions (``c1 = 1e-4``, ``c2 = 0.9``; scipy's :func:`scipy.optimize.line_search`).
  It stops when ``norm(g, inf) <= OptimalityTolerance*max(1, norm(g0, inf))`` (MATLAB's
  relative first-order test), when a step is shorter than ``StepTolerance*(1 +
  norm(x))``, or at the limits.
* :func:`sequential_quadratic` is Kraft's SLSQP (scipy's ``minimize(method='SLSQP')``)
  with MATLAB's constraint forms mapped onto it.
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np
from scipy import optimize

__all__ = ["MinimizeResult", "quasi_newton", "sequential_quadratic",
           "finite_difference_hessian"]


@dataclass
class MinimizeResult:
    """What a minimisation found. ``reason``: 'gradient', 'step', 'function',
    'maxiter', 'maxfun', 'stopped', 'limit' (objective below ObjectiveLimit),
    'linesearch' (no acceptable step: the predicted decrease is negligible),
    'infeasible' (SQP found no feasible point), 'failed'."""

    x: np.ndarray
    fval: float
    gradient: np.ndarray
    iterations: int
    func_count: int
    reason: str
    first_order_optimality: float
    step_size: float
    line_search_step: float = 1.0
    multipliers: np.ndarray | None = None
    constraint_violation: float = 0.0
    bound_multipliers: tuple | None = None


class _Stop(Exception):
    pass


def quasi_newton(objective, gradient, x0: np.ndarray, *, optimality_tolerance: float,
                 step_tolerance: float, max_iterations: int, max_evaluations: int,
                 objective_limit: float = -1e20, count=lambda: 0,
                 callback=None) -> MinimizeResult:
    """BFGS with a strong-Wolfe line search (see the module notes).

    ``objective(x)`` -> float, ``gradient(x, fx)`` -> gradient vector, ``count()`` the
    evaluations so far (finite differences included), ``callback(iteration, x, fx, g)``
    returning True stops ('stopped')."""
    x = np.asarray(x0, dtype=np.float64).copy()
    n = x.size
    fx = objective(x)
    g = gradient(x, fx)
    scale0 = max(1.0, float(np.max(np.abs(g))))
    h = np.eye(n)
    iterations = 0
    step_size = 0.0
    alpha_last = 1.0
    reason = None
    if callback is not None and callback(0, x, fx, g):
        reason = "stopped"
    cache = {}

    def f_line(z):
        value = objective(z)
        cache["f"] = (z.tobytes(), value)
        return value

    def g_line(z):
        key = z.tobytes()
        fz = cache["f"][1] if cache.get("f", (None,))[0] == key else objective(z)
        return gradient(z, fz)

    while reason is None:
        if fx <= objective_limit:
            reason = "limit"
            break
        if float(np.max(np.abs(g))) <= optimality_tolerance * scale0:
            reason = "gradient"
            break
        if iterations >= max_iterations:
            reason = "maxiter"
            break
        if count() >= max_evaluations:
            reason = "maxfun"
            break
        direction = -h @ g
        if not float(direction @ g) < 0:
            h = np.eye(n)
            direction = -g
        # the first step is steepest descent scaled so that no coordinate moves more
        # than 1; later ones try the full quasi-Newton step first
        first = 1.0 if iterations else min(1.0, 1.0 / float(np.max(np.abs(g))))
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # LineSearchWarning
            alpha, _fc, _gc, f_new, _f_old, g_new = optimize.line_search(
                f_line, g_line, x, first * direction, gfk=g, old_fval=fx, c1=1e-4,
                c2=0.9, amax=1e10, maxiter=20)
        if alpha is not None:
            alpha *= first
        if alpha is None:
            reason = "linesearch"
            break
        step = alpha * direction
        x_new = x + step
        if g_new is None:
            g_new = g_line(x_new)
        y = g_new - g
        sy = float(step @ y)
        if iterations == 0 and sy > 0:
            h = np.eye(n) * sy / float(y @ y)
        if sy > 0:
            rho = 1.0 / sy
            v = np.eye(n) - rho * np.outer(step, y)
            h = v @ h @ v.T + rho * np.outer(step, step)
        iterations += 1
        step_size = float(np.linalg.norm(step))
        alpha_last = float(alpha)
        x, fx, g = x_new, float(f_new), g_new
        if callback is not None and callback(iterations, x, fx, g):
            reason = "stopped"
        elif step_size < step_tolerance * (1.0 + float(np.linalg.norm(x))):
            if float(np.max(np.abs(g))) <= optimality_tolerance * scale0:
                reason = "gradient"
            else:
                reason = "step"
    return MinimizeResult(x=x, fval=float(fx), gradient=g, iterations=iterations,
                          func_count=count(), reason=reason,
                          first_order_optimality=float(np.max(np.abs(g))),
                          step_size=step_size, line_search_step=alpha_last)


def finite_difference_hessian(value, gradient, x: np.ndarray, g: np.ndarray,
                              typical_x: np.ndarray, *, exact_gradient: bool):
    """The Hessian at ``x`` by finite differences: forward differences of an exact
    (user-supplied) gradient with steps ``eps^(1/3)*max(|x|, TypicalX)``, or else
    central second differences of the function values with steps
    ``eps^(1/4)*max(|x|, TypicalX)`` (differencing a finite-difference gradient would
    lose three digits more); made symmetric."""
    n = x.size
    scale = np.maximum(np.abs(x), typical_x)
    eps = float(np.finfo(float).eps)
    hessian = np.empty((n, n))
    if exact_gradient:
        delta = eps ** (1 / 3) * scale
        for j in range(n):
            step = np.zeros(n)
            step[j] = delta[j]
            hessian[:, j] = (gradient(x + step) - g) / delta[j]
        return (hessian + hessian.T) / 2
    h = eps ** 0.25 * scale
    f0 = value(x)
    unit = np.eye(n)
    for i in range(n):
        hi = h[i] * unit[i]
        hessian[i, i] = (value(x + hi) - 2 * f0 + value(x - hi)) / h[i] ** 2
        for j in range(i):
            hj = h[j] * unit[j]
            hessian[i, j] = hessian[j, i] = (
                value(x + hi + hj) - value(x + hi - hj) - value(x - hi + hj)
                + value(x - hi - hj)) / (4 * h[i] * h[j])
    return hessian


def sequential_quadratic(objective, gradient, x0: np.ndarray, *, lower, upper,
                         inequalities, equalities, optimality_tolerance: float,
                         max_iterations: int, count=lambda: 0,
                         callback=None) -> MinimizeResult:
    """SLSQP on MATLAB's constraints. ``inequalities`` / ``equalities`` are lists of
    ``(function, jacobian_or_None)`` with MATLAB's sign (``c(x) <= 0``, ``ceq(x) = 0``);
    ``callback(iteration, x)`` returning True stops the solve ('stopped'); the returned
    ``multipliers`` are MATLAB's (``>= 0`` for inequalities, the sign of
    ``L = f + lambda'*ceq`` for equalities), equalities first. SLSQP's accuracy goal is
    the change in ``f``; it is given ``OptimalityTolerance^2`` so that the first-order
    optimality at the stop is about OptimalityTolerance."""
    constraints = []
    for function, jac in equalities:
        entry = {"type": "eq", "fun": function}
        if jac is not None:
            entry["jac"] = jac
        constraints.append(entry)
    for function, jac in inequalities:
        entry = {"type": "ineq", "fun": (lambda f: lambda x: -np.asarray(f(x)))(function)}
        if jac is not None:
            entry["jac"] = (lambda j: lambda x: -np.asarray(j(x)))(jac)
        constraints.append(entry)
    finite = np.isfinite(lower) | np.isfinite(upper)
    bounds = [(lo if np.isfinite(lo) else None, hi if np.isfinite(hi) else None)
              for lo, hi in zip(lower, upper)] if finite.any() else None
    iterates = [np.asarray(x0, dtype=np.float64)]
    stopped = []

    def each(xk):
        iterates.append(np.array(xk))
        if callback is not None and callback(len(iterates) - 1, iterates[-1]):
            stopped.append(True)
            raise StopIteration     # scipy ends the solve at this iterate

    found = optimize.minimize(objective, x0, jac=gradient, method="SLSQP",
                              bounds=bounds, constraints=constraints, callback=each,
                              options={"ftol": optimality_tolerance ** 2,
                                       "maxiter": max_iterations})
    x = np.clip(np.asarray(found.x, dtype=np.float64), lower, upper)
    fx = float(objective(x))
    g = np.asarray(gradient(x), dtype=np.float64)
    n_eq = sum(np.size(f(x)) for f, _ in equalities)
    multipliers = np.asarray(getattr(found, "multipliers", np.zeros(0)), dtype=np.float64)
    multipliers = np.concatenate([-multipliers[:n_eq], multipliers[n_eq:]])
    violation = 0.0
    for function, _ in inequalities:
        violation = max(violation, float(np.max(np.asarray(function(x)), initial=0.0)))
    for function, _ in equalities:
        violation = max(violation, float(np.max(np.abs(np.asarray(function(x))),
                                                initial=0.0)))
    violation = max(violation, float(np.max(lower - x, initial=0.0)),
                    float(np.max(x - upper, initial=0.0)))
    # the gradient of the Lagrangian without the bounds; its components at active
    # bounds are the bounds' multipliers, its norm elsewhere the first-order optimality
    lagrangian = g.copy()
    k = 0
    for function, jac in list(equalities) + list(inequalities):
        values = np.atleast_1d(np.asarray(function(x), dtype=np.float64))
        jm = np.asarray(jac(x), dtype=np.float64).reshape(values.size, -1) if jac else \
            _jacobian(function, x, values)
        lagrangian += jm.T @ multipliers[k:k + values.size]
        k += values.size
    tol = 1e-6 * np.maximum(1.0, np.abs(x))
    at_lower = np.isfinite(lower) & (x - lower <= tol)
    at_upper = np.isfinite(upper) & (upper - x <= tol) & ~at_lower
    lower_mult = np.where(at_lower, np.maximum(lagrangian, 0.0), 0.0)
    upper_mult = np.where(at_upper, np.maximum(-lagrangian, 0.0), 0.0)
    optimality = float(np.max(np.abs(lagrangian - lower_mult + upper_mult), initial=0.0))
    reason = "stopped" if stopped else {0: "gradient", 9: "maxiter"}.get(found.status,
                                                                          "step")
    moves = [float(np.linalg.norm(b - a)) for a, b in zip(iterates, iterates[1:])]
    moves = [m for m in moves if m > 0]
    step = moves[-1] if moves else 0.0
    return MinimizeResult(x=x, fval=fx, gradient=g, iterations=int(found.nit),
                          func_count=count(), reason=reason,
                          first_order_optimality=optimality, step_size=step,
                          multipliers=multipliers, constraint_violation=violation,
                          bound_multipliers=(lower_mult, upper_mult))


def _jacobian(function, x, values):
    step = math.sqrt(np.finfo(float).eps) * np.maximum(np.abs(x), 1.0)
    columns = []
    for j in range(x.size):
        z = x.copy()
        z[j] += step[j]
        columns.append((np.atleast_1d(np.asarray(function(z), dtype=np.float64)) - values)
                       / step[j])
    return np.column_stack(columns) if columns else np.zeros((values.size, 0))
