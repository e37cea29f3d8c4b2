"""Convex quadratic programs: the solver behind MATLAB's ``quadprog`` and ``lsqlin``.

    minimise  1/2 x'Hx + f'x   subject to   G x <= h,  E x = e

(bounds are rows of G). MATLAB's default algorithm for both solvers, 'interior-point-
convex' / 'interior-point', is a primal-dual interior-point method with Mehrotra's
predictor-corrector steps (Optimization Toolbox User's Guide, "Quadratic Programming
Algorithms"); this module implements that method (Mehrotra, SIAM J. Optim. 2 (1992);
Nocedal & Wright, *Numerical Optimization*, 2nd ed., sections 16.6 and 14.2) and then,
as MATLAB's documented "crossover"-free result is accurate only to its tolerances,
*polishes* the answer: the constraints the interior point found active are solved as
equalities (the KKT system of that face), which gives the exact solution whenever the
active set was identified, so results agree with MATLAB's and with exact active-set
solvers (Octave's ``quadprog``) to rounding instead of to 1e-8. The polished point is
kept only if it is feasible and its multipliers have the right signs.

What MATLAB does not publish, and is chosen here: the start (x = 0 moved to the middle
of finite bounds; slacks and multipliers max(1, |residual|)), the fraction to the
boundary 0.995, the stopping test (relative residuals and complementarity below the
tolerances), and the infeasibility/unboundedness tests (an iterate growing past
1e10 * (1 + the data's scale) with the primal residual not decreasing: unbounded when
the objective falls, infeasible otherwise).
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["QPResult", "solve_qp", "is_convex"]

_TAU = 0.995


@dataclass
class QPResult:
    """x, the status ('optimal', 'infeasible', 'unbounded', 'maxiter'), the iterations,
    the multipliers of the rows of G (``z``, >= 0) and of E (``y``), the first-order
    optimality and the constraint violation at x."""

    x: np.ndarray
    status: str
    iterations: int
    z: np.ndarray
    y: np.ndarray
    firstorderopt: float
    constrviolation: float


def is_convex(h: np.ndarray) -> bool:
    """H (symmetric) positive semidefinite to rounding."""
    if h.size == 0:
        return True
    values = np.linalg.eigvalsh(h)
    return bool(values.min() >= -1e3 * np.finfo(float).eps * max(1.0, abs(values).max()))


def _measures(h, f, g, hv, e, ev, x, z, y):
    grad = h @ x + f + g.T @ z + e.T @ y
    violation = max(np.max(g @ x - hv, initial=0.0), np.max(np.abs(e @ x - ev), initial=0.0))
    return float(np.max(np.abs(grad), initial=0.0)), float(violation)


def _solve(matrix: np.ndarray, rhs: np.ndarray) -> np.ndarray:
    try:
        return np.linalg.solve(matrix, rhs)
    except np.linalg.LinAlgError:
        return np.linalg.lstsq(matrix, rhs, rcond=None)[0]


def _polish(h, f, g, hv, e, ev, x, s, z, tol):
    """The exact solution on the face the interior point found: the active rows of G
    (multiplier larger than slack) and E as equalities; None when that point is not
    feasible or a multiplier has the wrong sign."""
    active = np.flatnonzero(z > s)
    rows = np.vstack([g[active], e]) if e.size or active.size else np.zeros((0, x.size))
    rhs = np.concatenate([hv[active], ev])
    n, m = x.size, rows.shape[0]
    kkt = np.zeros((n + m, n + m))
    kkt[:n, :n] = h
    kkt[:n, n:] = rows.T
    kkt[n:, :n] = rows
    sol = np.linalg.lstsq(kkt, np.concatenate([-f, rhs]), rcond=None)[0]
    xp, mult = sol[:n], sol[n:]
    za = mult[:active.size]
    scale = 1.0 + max(np.max(np.abs(hv), initial=0.0), np.max(np.abs(ev), initial=0.0))
    if np.any(g @ xp - hv > tol * scale) or np.any(za < -tol * (1 + np.abs(f).max(
            initial=0.0))):
        return None
    zp = np.zeros_like(z)
    zp[active] = np.maximum(za, 0.0)
    return xp, zp, mult[active.size:]


def solve_qp(h, f, g, hv, e, ev, *, tol: float = 1e-8, max_iter: int = 200,
             x0=None) -> QPResult:
    """Minimise ``1/2 x'hx + f'x`` subject to ``g x <= hv`` and ``e x = ev`` (dense
    float64 arrays; h symmetric positive semidefinite). See the module docstring."""
    n = f.size
    mi, me = g.shape[0], e.shape[0]
    x = np.zeros(n) if x0 is None else np.asarray(x0, dtype=np.float64).copy()
    s = np.maximum(hv - g @ x, 1.0)
    z = np.ones(mi)
    y = np.zeros(me)
    scale = 1.0 + max(np.abs(f).max(initial=0), np.abs(hv).max(initial=0),
                      np.abs(ev).max(initial=0), np.abs(h).max(initial=0))
    status = "maxiter"
    iteration = 0
    last_primal = np.inf
    for iteration in range(1, max_iter + 1):
        rd = h @ x + f + g.T @ z + e.T @ y
        rp = g @ x + s - hv
        re = e @ x - ev
        mu = float(s @ z) / mi if mi else 0.0
        primal = max(np.abs(rp).max(initial=0), np.abs(re).max(initial=0))
        if np.abs(rd).max(initial=0) <= tol * scale and primal <= tol * scale and \
                mu <= tol * 1e-2 * scale:
            status = "optimal"
            break
        if np.abs(x).max(initial=0) > 1e10 * scale:
            status = "unbounded" if primal <= max(tol * scale, last_primal) and \
                0.5 * x @ h @ x + f @ x < -1e10 * scale else "infeasible"
            break
        if mi and (z.max() > 1e14 * scale) and primal > tol * scale:
            status = "infeasible"
            break
        last_primal = primal
        w = z / s
        matrix = np.zeros((n + me, n + me))
        matrix[:n, :n] = h + (g.T * w) @ g
        matrix[:n, n:] = e.T
        matrix[n:, :n] = e
        matrix[:n, :n] += 1e-14 * scale * np.eye(n)

        def direction(rc):
            rhs = np.concatenate([-rd - g.T @ ((-rc + z * rp) / s), -re])
            sol = _solve(matrix, rhs)
            dx, dy = sol[:n], sol[n:]
            ds = -rp - g @ dx
            dz = (-rc - z * ds) / s
            return dx, dy, ds, dz

        def step(v, dv):
            negative = dv < 0
            return min(1.0, float(np.min(-v[negative] / dv[negative], initial=np.inf)))

        dx, dy, ds, dz = direction(s * z)
        if mi:
            alpha = min(step(s, ds), step(z, dz))
            mu_aff = float((s + alpha * ds) @ (z + alpha * dz)) / mi
            sigma = (mu_aff / mu) ** 3 if mu > 0 else 0.0
            dx, dy, ds, dz = direction(s * z + ds * dz - sigma * mu)
            alpha = min(1.0, _TAU * min(step(s, ds), step(z, dz)))
        else:
            alpha = 1.0
        x = x + alpha * dx
        y = y + alpha * dy
        s = s + alpha * ds
        z = z + alpha * dz
    if status == "optimal" or status == "maxiter":
        polished = _polish(h, f, g, hv, e, ev, x, s, z, max(tol, 1e-9))
        if polished is not None:
            x, z, y = polished
    opt, violation = _measures(h, f, g, hv, e, ev, x, z, y)
    return QPResult(x=x, status=status, iterations=iteration, z=z, y=y,
                    firstorderopt=opt, constrviolation=violation)
