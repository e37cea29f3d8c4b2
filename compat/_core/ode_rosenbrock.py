"""MATLAB's ode23s: the modified Rosenbrock (2,3) pair, stepping and error control.

The method and its implementation are those of L. F. Shampine and M. W. Reichelt,
"The MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1), 1997, section 3 (the pair, its
"free" interpolant) and section 5 (Jacobians), in the form MATLAB's ode23s takes them,
so that, given the same right-hand side, the same steps are taken:

* with ``d = 1/(2 + sqrt(2))``, ``e32 = 6 + sqrt(2)``, ``W = M - h d J`` (``M`` the
  constant mass matrix, the identity without one; ``J = dF/dy`` at the start of the
  step) and ``T = (F(t + tdel, y) - F0)/tdel`` (a forward difference in t with
  ``tdel = (t + tdir*min(sqrt(eps)*max(|t|, |t + h|), |h|)) - t``)::

      k1 = W \\ (F0 + h d T)
      F1 = F(t + h/2, y + h/2 k1);        k2 = W \\ (F1 - M k1) + k1
      ynew = y + h k2;  F2 = F(tnew, ynew)
      k3 = W \\ (F2 - e32 (M k2 - F1) - 2 (M k1 - F0) + h d T)

  the second-order result is propagated (no local extrapolation); F2 is the next
  step's F0 (FSAL); one LU factorisation and three solves per attempt;
* ``err = |h|/6 * ||(k1 - 2 k2 + k3) ./ max(max(|y|, |ynew|), AbsTol/RelTol)||_inf``
  (NormControl: ``|h|/6 ||k1 - 2 k2 + k3||_2 / max(||y||, ||ynew||, AbsTol/RelTol)``),
  accepted when ``err <= RelTol``;
* a failed attempt: ``|h| = max(hmin, |h| max(0.1, 0.8 (RelTol/err)^(1/3)))`` every
  time (the Jacobian is kept); ``|h| <= hmin`` stops with MATLAB's "Unable to meet
  integration tolerances" warning; after a step without failures
  ``temp = 1.25 (err/RelTol)^(1/3)``, ``|h| = |h|/temp`` if ``temp > 0.2`` else ``5|h|``;
* ``hmin = 16 eps |t|`` (0 at t = 0), ``hmax = min(|tfinal - t0|, MaxStep)`` with
  MaxStep ``0.1 |tfinal - t0|`` by default; a step within 10% of tfinal is stretched to
  it;
* the initial step: ``rh = 1.25 ||yp ./ wt||_inf / RelTol^(1/3)`` (``yp = M \\ F0``,
  ``wt = max(|y0|, AbsTol/RelTol)``), ``|h| = min(hmax, |tspan(2) - tspan(1)|)``
  reduced to ``1/rh``; then the second derivative ``y'' = T + J yp`` (T from one more
  evaluation) gives ``rh = 1.25 sqrt(0.5 ||M \\ y'' ./ wt||_inf) / RelTol^(1/3)`` and
  the same rule from ``min(hmax, |tspan(2) - tspan(1)|)`` again; an InitialStep is
  used as given (within hmin, hmax);
* the Jacobian: odeset 'Jacobian' as a matrix (constant), or a function ``J(t, y)``
  called once per step; otherwise MATLAB's numjac
  (:func:`compat._core.ode_jacobian.numerical_jacobian`, threshold AbsTol) once per step,
  once in all with JConstant 'on';
* the interpolant (Refine, tspan output, events, deval; MATLAB's ntrp23s)::

      y(t + s h) = y + h (s (1 - s) k1 + s (s - 2d) k2) / (1 - 2d)

* statistics: steps, failed attempts, function evaluations (numjac's included),
  partial derivatives (Jacobians formed), LU decompositions, linear solves.

The stepping is a Python loop (each step depends on the previous one and calls the
user's function); the linear algebra is LAPACK's LU via scipy.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import scipy.linalg

from compat._core.errors import (CompatValueError, IntegrationTolNotMetWarning,
                                 issue_warning)
from compat._core.ode import (OdeOptions, OdeSolution, StepOutput, error_threshold,
                              floored_rtol,
                              initial_step_size, initial_weights, largest_step, print_stats,
                              step_toward, weighted_size)
from compat._core.ode_dense import evaluate_by_step
from compat._core.ode_events import EventState, event_results
from compat._core.ode_jacobian import jacobian_source, time_increment

__all__ = ["RosenbrockOptions", "solve_rosenbrock", "interpolate_rosenbrock",
           "evaluate_rosenbrock"]

_USER = 4
D = 1 / (2 + math.sqrt(2))
E32 = 6 + math.sqrt(2)
_POW = 1 / 3
_EPS = float(np.finfo(float).eps)


@dataclass(frozen=True)
class RosenbrockOptions:
    """What ode23s adds to :class:`compat._core.ode.OdeOptions`: the Jacobian (None, a
    constant ``neq x neq`` array or ``J(t, y)``), JConstant, the constant mass matrix;
    for the finite-difference Jacobian the sparsity pattern ``jpattern`` (boolean, from
    JPattern) and ``vectorized_rhs`` (``F(t, Y)``, from Vectorized 'on'), see
    :func:`compat._core.ode_jacobian.jacobian_source`."""

    jacobian: object = None
    jconstant: bool = False
    mass: np.ndarray | None = None
    jpattern: np.ndarray | None = None
    vectorized_rhs: object = None


def interpolate_rosenbrock(tq, t, y, h, k1, k2, derivative=False):
    """MATLAB's ntrp23s at the times ``tq`` (1-D): ``(len(tq), n)`` values (and
    derivatives)."""
    s = (np.asarray(tq, dtype=float) - t) / h
    p1 = (s * (1 - s)) / (1 - 2 * D)
    p2 = (s * (s - 2 * D)) / (1 - 2 * D)
    yq = y[None, :] + h * (p1[:, None] * k1[None, :] + p2[:, None] * k2[None, :])
    if not derivative:
        return yq
    dp1 = (1 - 2 * s) / (1 - 2 * D)
    dp2 = (2 * s - 2 * D) / (1 - 2 * D)
    return yq, dp1[:, None] * k1[None, :] + dp2[:, None] * k2[None, :]


def evaluate_rosenbrock(x, ys, k1s, k2s, xq):
    """deval on an ode23s solution (:func:`compat._core.ode_dense.evaluate_by_step`):
    values and derivatives (``neq x len(xq)``) at the points ``xq`` from the step ends
    ``x``, values ``ys`` and stages ``k1s``, ``k2s`` (``neq x len(x)``, column j the step
    ending at ``x[j]``)."""
    def step_values(step, tq):
        return interpolate_rosenbrock(tq, x[step - 1], ys[:, step - 1],
                                      x[step] - x[step - 1], k1s[:, step], k2s[:, step],
                                      derivative=True)

    return evaluate_by_step(x, ys, xq, step_values)


def solve_rosenbrock(rhs, t0: float, tfinal: float, y0: np.ndarray, options: OdeOptions,
                     ropts: RosenbrockOptions, *, eps: float, tspan_points: np.ndarray,
                     output_sol: bool, name: str = "ode23s") -> OdeSolution:
    """Integrate ``y' = rhs(t, y)`` (``M y' = rhs`` with a mass matrix) as ode23s does.

    ``rhs`` is wrapped by :func:`compat._core.ode.wrap_rhs`; ``y0`` a real 1-D float64
    copy. The solution's ``f3d`` is ``neq x 2 x len(x)`` (k1, k2 of every step).
    """
    y = y0
    neq = y.size
    rtol = floored_rtol(options.rtol, eps, name)
    atol = options.atol
    normcontrol = options.normcontrol
    threshold = error_threshold(atol, rtol, normcontrol, neq)
    hmax = largest_step(options, t0, tfinal)
    htspan = abs(tspan_points[1] - tspan_points[0])
    tdir = 1.0 if tfinal > t0 else -1.0
    M = ropts.mass
    eye = np.eye(neq) if M is None else M

    nsteps = nfailed = 0
    nfevals = npds = ndecomps = nsolves = 0
    t = float(t0)
    f0 = rhs(t, y)
    nfevals += 1
    if not np.all(np.isfinite(f0)):
        raise CompatValueError(f"odefun returned a non-finite value at t0 = {t:g}")
    jac, jconstant, per_step = jacobian_source(ropts, rhs, neq, atol)
    if M is not None:
        mlu = scipy.linalg.lu_factor(M, check_finite=False)
        yp = scipy.linalg.lu_solve(mlu, f0, check_finite=False)
        ndecomps += 1
        nsolves += 1
    else:
        yp = f0
    dfdy, n = jac(t, y, f0)
    nfevals += n
    npds += 1
    hmin = 16 * _EPS * abs(t)
    if normcontrol:
        normy = float(np.linalg.norm(y))
    if options.initial_step is None:
        wt = initial_weights(y, threshold, normcontrol)
        rh = 1.25 * weighted_size(yp, wt, normcontrol) / rtol ** _POW
        absh = initial_step_size(rh, min(hmax, htspan), hmin)
        h = tdir * absh
        tdel = time_increment(t, h, absh, tdir)
        f1 = rhs(t + tdel, y)
        nfevals += 1
        dfdt = (f1 - f0) / tdel
        dfdt2 = dfdt + dfdy @ yp
        if M is not None:
            dfdt2 = scipy.linalg.lu_solve(mlu, dfdt2, check_finite=False)
        rh = 1.25 * math.sqrt(0.5 * weighted_size(dfdt2, wt, normcontrol)) / rtol ** _POW
        absh = initial_step_size(rh, min(hmax, htspan), hmin)
    else:
        absh = min(hmax, max(hmin, options.initial_step))

    xs, xys, k1s, k2s = ([t], [y.copy()], [np.zeros(neq)], [np.zeros(neq)]) \
        if output_sol else (None, None, None, None)
    events = EventState(options.events, t, y) if options.events is not None else None
    out = StepOutput(options, tspan_points, t0, tfinal, y,
                     1 if options.refine is None else options.refine)
    lu_factor, lu_solve = scipy.linalg.lu_factor, scipy.linalg.lu_solve
    done = False
    while not done:
        hmin = 16 * _EPS * abs(t)
        h, absh, done = step_toward(t, tfinal, absh, hmax, hmin, tdir)
        if not jconstant and nsteps > 0 and per_step:
            dfdy, n = jac(t, y, f0)
            nfevals += n
            npds += 1
        tdel = time_increment(t, h, absh, tdir)
        f1 = rhs(t + tdel, y)
        dfdt = (f1 - f0) / tdel
        nfevals += 1
        nofailed = True
        stop_all = False
        while True:
            hd = h * D
            lu = lu_factor(eye - hd * dfdy, check_finite=False)
            k1 = lu_solve(lu, f0 + hd * dfdt, check_finite=False)
            f1 = rhs(t + 0.5 * h, y + 0.5 * h * k1)
            mk1 = k1 if M is None else M @ k1
            k2 = lu_solve(lu, f1 - mk1, check_finite=False) + k1
            tnew = t + h
            if done:
                tnew = tfinal
            h = tnew - t
            ynew = y + h * k2
            f2 = rhs(tnew, ynew)
            mk2 = k2 if M is None else M @ k2
            k3 = lu_solve(lu, f2 - E32 * (mk2 - f1) - 2 * (mk1 - f0) + hd * dfdt,
                          check_finite=False)
            ndecomps += 1
            nfevals += 2
            nsolves += 3
            est = k1 - 2 * k2 + k3
            if normcontrol:
                normynew = float(np.linalg.norm(ynew))
                err = (absh / 6) * (np.linalg.norm(est) / max(max(normy, normynew),
                                                              threshold))
            else:
                err = (absh / 6) * np.max(np.abs(est) / np.maximum(
                    np.maximum(np.abs(y), np.abs(ynew)), threshold))
            if not err <= rtol:         # NaN fails too
                nfailed += 1
                if absh <= hmin:
                    issue_warning(IntegrationTolNotMetWarning(
                        f"{name}: Failure at t={t:e}.  Unable to meet integration "
                        f"tolerances without reducing the step size below the smallest "
                        f"value allowed ({hmin:e}) at time t.",
                        f"MATLAB:{name}:IntegrationTolNotMet"))
                    stop_all = True
                    break
                nofailed = False
                ratio = 0.8 * (rtol / err) ** _POW if np.isfinite(err) else 0.0
                absh = max(hmin, absh * max(0.1, ratio))
                h = tdir * absh
                done = False
            else:
                break
        if stop_all:
            break
        nsteps += 1

        stop = False
        if events is not None:
            tc, yc, hc, k1c, k2c = t, y, h, k1, k2
            found, stop = events.locate(
                lambda tq: interpolate_rosenbrock([tq], tc, yc, hc, k1c, k2c)[0],
                t, y, tnew, ynew)
            if stop:
                te_last = found[-1][0]
                taux = t + (te_last - t) * np.array([D, 0.5])
                _, kk = interpolate_rosenbrock(taux, t, y, h, k1, k2, derivative=True)
                k1, k2 = kk[0].copy(), kk[1].copy()
                tnew = te_last
                ynew = np.asarray(found[-1][1], dtype=float).copy()
                h = tnew - t
                done = True

        if output_sol:
            xs.append(tnew)
            xys.append(ynew.copy())
            k1s.append(k1.copy())
            k2s.append(k2.copy())

        if out.step(t, tnew, ynew, stop,
                    lambda tq: interpolate_rosenbrock(tq, t, y, h, k1, k2)):
            done = True
        if done:
            break
        if nofailed:
            temp = 1.25 * (err / rtol) ** _POW
            absh = absh / temp if temp > 0.2 else 5.0 * absh
        t = tnew
        y = ynew
        if normcontrol:
            normy = normynew
        f0 = f2
    out.close()
    stats = {"nsteps": nsteps, "nfailed": nfailed, "nfevals": nfevals, "npds": npds,
             "ndecomps": ndecomps, "nsolves": nsolves}
    if options.stats:
        print_stats(stats)
    te, ye, ie = event_results(events, neq)
    if output_sol:
        x = np.array(xs, dtype=float)
        xy = np.array(xys).T.reshape(neq, len(xs))
        f3d = np.stack([np.array(k1s).T, np.array(k2s).T], axis=1)
    else:
        x = xy = f3d = None
    return OdeSolution(name, *out.arrays(), te, ye, ie, x, xy, f3d, stats)
