"""The barrier (interior-point) method of MATLAB's ``fmincon`` 'interior-point'
algorithm, as MathWorks documents it ("fmincon Interior Point Algorithm", Optimization
Toolbox User's Guide; after Byrd, Gilbert and Nocedal, Math. Prog. 89 (2000), and
Waltz, Morales, Nocedal and Orban, Math. Prog. 107 (2006)).

The problem ``min f(x)`` subject to ``h(x) = 0``, ``g(x) <= 0`` and ``l <= x <= u`` is
replaced by a sequence of barrier problems

    min  f(x) - mu*sum(ln s) - mu*sum(ln(x - l)) - mu*sum(ln(u - x))
    s.t. h(x) = 0,  g(x) + s = 0,

with slacks ``s > 0`` and the barrier parameter ``mu`` starting at InitBarrierParam
(0.1) and decreasing ('monotone') each time the barrier problem is solved to a
tolerance proportional to ``mu``.  Bounds are honoured (HonorBounds true): every
iterate stays strictly inside them, by the fraction-to-the-boundary rule.  Each
iteration takes the *direct step*: the primal-dual Newton step of the barrier
problem's KKT conditions, with the Hessian of the Lagrangian approximated by
(damped) BFGS as MATLAB's default HessianApproximation 'bfgs', accepted by a
backtracking line search on the documented merit function

    phi(x, s) = f(x) - mu*sum(ln s) - ... + nu*||(h(x), g(x) + s)||_2 .

What MATLAB does not publish (and compat chooses, as the cited papers do): the
barrier reduction ``mu <- max(tol/10, min(0.2*mu, mu^1.5))`` once the barrier
problem's error is at most ``10*mu``; the fraction to the boundary 0.995; the merit
parameter update ``nu >= (grad_phi'd + d'Wd/2)/(0.9*||c||)``; the start slacks
``max(-g(x0), 0.1)``; shifting a start on or outside a bound into the interior by
``min(1e-2*max(1, |bound|), (u - l)/2)``.  MATLAB's fallback conjugate-gradient
(trust-region) step, taken when the direct step's matrix is not positive definite on
the constraints' null space, is replaced by a regularised direct step (a multiple of
the identity added to the BFGS matrix); with a BFGS Hessian the matrix is positive
definite, so that fallback is rare.  Iterates and counts therefore differ from
MATLAB's; the point reached is the same local minimum to the tolerances.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

__all__ = ["BarrierProblem", "BarrierResult", "barrier_interior_point", "interior_start",
           "minimize_result"]

_TAU = 0.995            # fraction to the boundary
_SHRINK = 0.2           # linear barrier reduction factor
_SUPERLINEAR = 1.5      # mu^1.5
_KAPPA = 10.0           # barrier problem solved when its error <= _KAPPA * mu
_ARMIJO = 1e-4
_START_SLACK = 0.1


@dataclass
class BarrierProblem:
    """The problem in MATLAB's signs: ``objective(x)``, ``gradient(x)``;
    ``inequalities`` / ``equalities`` lists of ``(function, jacobian_or_None)``
    (``g(x) <= 0``, ``h(x) = 0``); ``lower`` / ``upper`` bounds (infinite: none)."""

    objective: object
    gradient: object
    lower: np.ndarray
    upper: np.ndarray
    inequalities: list
    equalities: list


@dataclass
class BarrierResult:
    """What fmincon's outputs need from the solve."""

    x: np.ndarray
    fval: float
    gradient: np.ndarray
    iterations: int
    reason: str
    first_order_optimality: float
    constraint_violation: float
    step_size: float
    eq_multipliers: np.ndarray
    ineq_multipliers: np.ndarray
    lower_multipliers: np.ndarray
    upper_multipliers: np.ndarray
    barrier: float


def _forward_jacobian(function, x, values):
    step = math.sqrt(np.finfo(float).eps) * np.maximum(np.abs(x), 1.0)
    columns = []
    for j in range(x.size):
        z = x.copy()
        z[j] += step[j]
        columns.append((np.atleast_1d(np.asarray(function(z), dtype=np.float64)) - values)
                       / step[j])
    return np.column_stack(columns) if columns else np.zeros((values.size, 0))


def _stack(pieces, x, n):
    """Values and Jacobian of a list of (function, jacobian) pieces at x."""
    values, rows = [], []
    for function, jac in pieces:
        v = np.atleast_1d(np.asarray(function(x), dtype=np.float64)).reshape(-1)
        j = np.asarray(jac(x), dtype=np.float64).reshape(v.size, n) if jac is not None \
            else _forward_jacobian(function, x, v)
        values.append(v)
        rows.append(j)
    if not values:
        return np.zeros(0), np.zeros((0, n))
    return np.concatenate(values), np.vstack(rows)


def interior_start(x0, lower, upper):
    """MATLAB's 'interior-point' moves start components on or outside a bound into
    the interior (fmincon reference page); compat's shift is
    ``min(1e-2*max(1, |bound|), (u - l)/2)`` from the bound."""
    x = np.asarray(x0, dtype=np.float64).copy()
    width = upper - lower
    for i in range(x.size):
        lo, hi = lower[i], upper[i]
        if np.isfinite(lo) and x[i] <= lo:
            shift = 1e-2 * max(1.0, abs(lo))
            x[i] = lo + (min(shift, width[i] / 2) if np.isfinite(hi) else shift)
        elif np.isfinite(hi) and x[i] >= hi:
            shift = 1e-2 * max(1.0, abs(hi))
            x[i] = hi - (min(shift, width[i] / 2) if np.isfinite(lo) else shift)
    return x


def _boundary_step(v, dv, tau=_TAU):
    """Largest alpha in (0, 1] with v + alpha*dv >= (1 - tau)*v (v > 0)."""
    shrinking = dv < 0
    if not np.any(shrinking):
        return 1.0
    return float(min(1.0, np.min(-tau * v[shrinking] / dv[shrinking])))


def barrier_interior_point(problem: BarrierProblem, x0: np.ndarray, *,
                           optimality_tolerance: float, constraint_tolerance: float,
                           step_tolerance: float, max_iterations: int,
                           max_evaluations: int = 10 ** 9, count=lambda: 0,
                           init_barrier: float = 0.1, callback=None) -> BarrierResult:
    """Solve ``problem`` from ``x0`` by the barrier method (see the module docstring).

    Stops ('gradient') when the relative first-order optimality (the infinity norm of
    the Lagrangian's gradient and of the complementarity, over ``max(1,
    ||grad f(x0)||_inf)``) is at most ``optimality_tolerance`` and the constraint
    violation at most ``constraint_tolerance`` (relative to ``max(1, initial
    violation)``); 'step' when a step is shorter than ``step_tolerance*(1 + ||x||)``
    with the constraints satisfied; 'maxiter' / 'maxfun'; 'stopped' when
    ``callback(iteration, x)`` returns True."""
    lower = np.asarray(problem.lower, dtype=np.float64)
    upper = np.asarray(problem.upper, dtype=np.float64)
    has_l, has_u = np.isfinite(lower), np.isfinite(upper)
    x = interior_start(x0, lower, upper)
    n = x.size
    f, grad = problem.objective, problem.gradient

    def evaluate(point):
        gval, gjac = _stack(problem.inequalities, point, n)
        hval, hjac = _stack(problem.equalities, point, n)
        return (float(f(point)), np.asarray(grad(point), dtype=np.float64).reshape(-1),
                gval, gjac, hval, hjac)

    fx, gf, gv, gj, hv, hj = evaluate(x)
    m_i, m_e = gv.size, hv.size
    mu = float(init_barrier)
    s = np.maximum(-gv, _START_SLACK)
    lam = mu / s
    y = np.zeros(m_e)
    dl = np.where(has_l, x - lower, 1.0)
    du = np.where(has_u, upper - x, 1.0)
    zl = np.where(has_l, mu / dl, 0.0)
    zu = np.where(has_u, mu / du, 0.0)
    w = np.eye(n)
    nu = 1.0
    scale = max(1.0, float(np.max(np.abs(gf), initial=0.0)))
    violation0 = max(1.0, _violation(gv, hv))

    def lagrangian_gradient(gf_, gj_, hj_, lam_, y_, zl_, zu_):
        return gf_ + gj_.T @ lam_ + hj_.T @ y_ - zl_ + zu_

    def error(mu_, gf_, gv_, gj_, hv_, hj_, s_, lam_, y_, zl_, zu_, x_):
        dl_ = np.where(has_l, x_ - lower, 1.0)
        du_ = np.where(has_u, upper - x_, 1.0)
        stationarity = np.max(np.abs(lagrangian_gradient(gf_, gj_, hj_, lam_, y_, zl_,
                                                         zu_)), initial=0.0) / scale
        comp = max(np.max(np.abs(s_ * lam_ - mu_), initial=0.0),
                   np.max(np.abs(np.where(has_l, dl_ * zl_ - mu_, 0.0)), initial=0.0),
                   np.max(np.abs(np.where(has_u, du_ * zu_ - mu_, 0.0)), initial=0.0))
        feas = max(np.max(np.abs(gv_ + s_), initial=0.0),
                   np.max(np.abs(hv_), initial=0.0)) / violation0
        return max(stationarity, comp / scale), feas

    iteration = 0
    step_size = 0.0
    reason = "maxiter"
    tol = optimality_tolerance
    small_step = False
    while True:
        opt0, _ = error(0.0, gf, gv, gj, hv, hj, s, lam, y, zl, zu, x)
        feasible = _violation(gv, hv) / violation0 <= constraint_tolerance
        if opt0 <= tol and feasible:
            reason = "gradient"
            break
        if small_step and feasible:
            reason = "step"
            break
        if iteration >= max_iterations:
            reason = "maxiter"
            break
        if count() >= max_evaluations:
            reason = "maxfun"
            break
        opt_mu, feas_mu = error(mu, gf, gv, gj, hv, hj, s, lam, y, zl, zu, x)
        while max(opt_mu, feas_mu) <= _KAPPA * mu and mu > tol / 10:
            mu = max(tol / 10, min(_SHRINK * mu, mu ** _SUPERLINEAR))
            opt_mu, feas_mu = error(mu, gf, gv, gj, hv, hj, s, lam, y, zl, zu, x)
        dl = np.where(has_l, x - lower, 1.0)
        du = np.where(has_u, upper - x, 1.0)
        sigma_x = np.where(has_l, zl / dl, 0.0) + np.where(has_u, zu / du, 0.0)
        barrier_grad = gf - np.where(has_l, mu / dl, 0.0) + np.where(has_u, mu / du, 0.0)
        sigma_s = lam / s
        # condensed primal-dual system: slacks and their multipliers eliminated
        #   (W + Sigma_x + J_g' Sigma_s J_g) dx + J_h' y+ = -(barrier grad + J_g' lam_hat)
        #   J_h dx = -h
        # with lam_hat = mu/s + Sigma_s (g + s); then lam+ = lam_hat + Sigma_s J_g dx
        lam_hat = mu / s + sigma_s * (gv + s)
        rhs = -(barrier_grad + gj.T @ lam_hat)
        base = w + np.diag(sigma_x) + gj.T @ (sigma_s[:, None] * gj)
        delta = 0.0
        while True:
            k = np.zeros((n + m_e, n + m_e))
            k[:n, :n] = base + delta * np.eye(n)
            k[:n, n:] = hj.T
            k[n:, :n] = hj
            try:
                sol = np.linalg.solve(k, np.concatenate([rhs, -hv]))
                if np.all(np.isfinite(sol)) and (m_e == 0 or
                                                 np.linalg.cond(k) < 1e14):
                    break
            except np.linalg.LinAlgError:
                pass
            delta = 1e-8 if delta == 0.0 else delta * 10
            if delta > 1e8:
                sol = np.concatenate([rhs / max(1.0, float(np.max(np.diag(base)))),
                                      np.zeros(m_e)])
                break
        dx = sol[:n]
        y_new = sol[n:]
        ds = -(gv + s) - gj @ dx
        dlam = lam_hat + sigma_s * (gj @ dx) - lam
        dzl = np.where(has_l, mu / dl - zl - (zl / dl) * dx, 0.0)
        dzu = np.where(has_u, mu / du - zu + (zu / du) * dx, 0.0)
        dy = y_new - y
        # fraction to the boundary for the primal (x inside its bounds, s > 0) and
        # dual (lam, z > 0) variables
        alpha_p = min(_boundary_step(s, ds) if m_i else 1.0,
                      _boundary_step(dl[has_l], dx[has_l]) if has_l.any() else 1.0,
                      _boundary_step(du[has_u], -dx[has_u]) if has_u.any() else 1.0)
        alpha_d = min(_boundary_step(lam, dlam) if m_i else 1.0,
                      _boundary_step(zl[has_l], dzl[has_l]) if has_l.any() else 1.0,
                      _boundary_step(zu[has_u], dzu[has_u]) if has_u.any() else 1.0)
        # merit function phi = barrier objective + nu*||c||
        c_norm = float(np.linalg.norm(np.concatenate([hv, gv + s])))
        phi_grad_d = float(barrier_grad @ dx - mu * np.sum(ds / s))
        curvature = float(dx @ (w + np.diag(sigma_x)) @ dx + ds @ (sigma_s * ds))
        if c_norm > 0:
            needed = (phi_grad_d + 0.5 * max(curvature, 0.0)) / (0.9 * c_norm)
            if needed > nu:
                nu = needed + 1.0
        slope = phi_grad_d - nu * c_norm

        def merit(fv, point, slack, gval, hval):
            value = fv - mu * np.sum(np.log(slack))
            if has_l.any():
                value -= mu * np.sum(np.log(point[has_l] - lower[has_l]))
            if has_u.any():
                value -= mu * np.sum(np.log(upper[has_u] - point[has_u]))
            return value + nu * float(np.linalg.norm(np.concatenate([hval, gval + slack])))

        phi0 = merit(fx, x, s, gv, hv)
        alpha = alpha_p
        accepted = None
        for _ in range(40):
            x_try = x + alpha * dx
            s_try = s + alpha * ds
            trial = evaluate(x_try)
            if not np.isfinite(trial[0]):
                alpha *= 0.5
                continue
            # the slacks follow the constraints where that keeps them positive
            s_try = np.maximum(s_try, np.where(-trial[2] > 0, -trial[2], s_try))
            phi = merit(trial[0], x_try, s_try, trial[2], trial[4])
            if phi <= phi0 + _ARMIJO * alpha * min(slope, 0.0) or \
                    alpha * float(np.linalg.norm(dx)) <= step_tolerance * (
                        1 + float(np.linalg.norm(x))):
                accepted = (x_try, s_try, trial)
                break
            alpha *= 0.5
        if accepted is None:
            reason = "step"
            break
        x_new, s_new, (fx_new, gf_new, gv_new, gj_new, hv_new, hj_new) = accepted
        lam_new = lam + alpha_d * dlam
        zl_new = zl + alpha_d * dzl
        zu_new = zu + alpha_d * dzu
        y_new = y + alpha * dy
        # keep the bound multipliers within a factor of mu/distance (IPOPT's safeguard)
        dl_new = np.where(has_l, x_new - lower, 1.0)
        du_new = np.where(has_u, upper - x_new, 1.0)
        zl_new = np.where(has_l, np.clip(zl_new, mu / (1e10 * dl_new),
                                         1e10 * mu / dl_new), 0.0)
        zu_new = np.where(has_u, np.clip(zu_new, mu / (1e10 * du_new),
                                         1e10 * mu / du_new), 0.0)
        if m_i:
            lam_new = np.clip(lam_new, mu / (1e10 * s_new), 1e10 * mu / s_new)
        # damped BFGS update of the Lagrangian's Hessian (Powell's damping)
        step_x = x_new - x
        change = lagrangian_gradient(gf_new, gj_new, hj_new, lam_new, y_new, 0 * zl,
                                     0 * zu) - lagrangian_gradient(gf, gj, hj, lam_new,
                                                                   y_new, 0 * zl, 0 * zu)
        ws = w @ step_x
        sws = float(step_x @ ws)
        if sws > 0:
            sy = float(step_x @ change)
            theta = 1.0 if sy >= 0.2 * sws else 0.8 * sws / (sws - sy)
            r = theta * change + (1 - theta) * ws
            sr = float(step_x @ r)
            if sr > 0:
                w = w - np.outer(ws, ws) / sws + np.outer(r, r) / sr
        step_size = float(np.linalg.norm(step_x))
        x, s, lam, zl, zu, y = x_new, s_new, lam_new, zl_new, zu_new, y_new
        fx, gf, gv, gj, hv, hj = fx_new, gf_new, gv_new, gj_new, hv_new, hj_new
        iteration += 1
        if callback is not None and callback(iteration, x):
            reason = "stopped"
            break
        small_step = step_size < step_tolerance * (1 + float(np.linalg.norm(x))) and \
            mu <= tol / 10 * (1 + 1e-12)
    opt0, _ = error(0.0, gf, gv, gj, hv, hj, s, lam, y, zl, zu, x)
    return BarrierResult(
        x=x, fval=fx, gradient=gf, iterations=iteration, reason=reason,
        first_order_optimality=opt0 * scale,
        constraint_violation=max(_violation(gv, hv), float(np.max(lower - x, initial=0.0)),
                                 float(np.max(x - upper, initial=0.0))),
        step_size=step_size, eq_multipliers=y, ineq_multipliers=lam,
        lower_multipliers=zl, upper_multipliers=zu, barrier=mu)


def _violation(gv, hv):
    return max(float(np.max(gv, initial=0.0)), float(np.max(np.abs(hv), initial=0.0)), 0.0)


def minimize_result(found: BarrierResult, func_count: int):
    """The solve as :class:`compat._core.smooth_minimization.MinimizeResult` (the
    multipliers equalities first, then inequalities, as fmincon's outputs read them)."""
    from compat._core.smooth_minimization import MinimizeResult
    return MinimizeResult(
        x=found.x, fval=found.fval, gradient=found.gradient, iterations=found.iterations,
        func_count=func_count, reason=found.reason,
        first_order_optimality=found.first_order_optimality, step_size=found.step_size,
        multipliers=np.concatenate([found.eq_multipliers, found.ineq_multipliers]),
        constraint_violation=found.constraint_violation,
        bound_multipliers=(found.lower_multipliers, found.upper_multipliers))
