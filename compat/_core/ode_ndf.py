"""MATLAB's ode15s: the numerical differentiation formulas, stepping, order selection.

The method and its implementation are those of L. F. Shampine and M. W. Reichelt,
"The MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1), 1997, section 2.3 (the
Klopfenstein-Shampine NDFs of orders 1-5 in backward-difference form, the simplified
Newton iteration, the error estimate and the order and step-size selection) in the
form MATLAB's ode15s takes them (its help text: "a quasi-constant step size
implementation in terms of backward differences ... The natural 'free' interpolants are
used. Local extrapolation is not done."), so that, given the same right-hand side, the
same steps are taken:

* ``kappa = [-37/200, -1/9, -0.0823, -0.0415, 0]`` (all 0 with odeset 'BDF' 'on'),
  ``G = [1, 3/2, 11/6, 25/12, 137/60]`` (``G_k = sum 1/j``), ``invGa = 1/(G (1 -
  kappa))``, the error constants ``kappa G + 1/(k + 1)``; orders 1 to MaxOrder (5 by
  default); the integration starts at order 1 with ``dif(:, 1) = h y'(t0)``;
* a step of order ``k`` predicts ``pred = y + sum(dif(:, 1:k))`` and solves
  ``(M - h invGa_k J) del = h invGa_k f(tnew, ynew) - M (psi + difkp1)`` with
  ``psi = dif(:, 1:k) (G_1:k invGa_k)`` by a simplified Newton iteration of at most 4
  iterations on one LU factorisation, ``ynew = pred + difkp1`` (``difkp1`` the sum of
  the corrections, the backward difference of order ``k + 1``); the iteration is
  accepted when the correction is below ``100 eps ||ynew||``, or (after the first)
  when ``errit = ||del|| rate/(1 - rate)`` is at most ``0.5 RelTol`` (``0.05 RelTol``
  on the first iteration with the rate of the previous step, ``rate = max(0.9 rate,
  ||del_i||/||del_i-1||)``); it is "too slow" when ``||del_i|| > 0.9 ||del_i-1||``, at
  the 4th iteration, or when ``errit rate^(4 - i) > 0.5 RelTol``; a too slow iteration
  counts a failed attempt and forms a new Jacobian at ``(t, y)`` if the current one is
  old, else reduces ``|h|`` to ``max(0.3 |h|, hmin)``;
* the norms are the weighted infinity norm with ``wt = max(max(|y|, |pred|),
  AbsTol/RelTol)`` (NormControl: the 2-norm over ``max(max(||y||, ||pred||),
  AbsTol/RelTol)``); ``err = ||difkp1/wt|| erconst_k``, accepted when ``err <=
  RelTol``;
* a failed step: first failure ``hopt = |h| max(0.1, 0.833 (RelTol/err)^(1/(k+1)))``
  and, for ``k > 1``, ``errkm1`` from ``dif(:, k) + difkp1`` with ``hkm1 = |h| max(0.1,
  0.769 (RelTol/errkm1)^(1/k))``: if ``hkm1 > hopt`` the order drops and ``|h| =
  min(|h|, hkm1)``; further failures halve ``|h|``; ``|h| <= hmin`` stops with MATLAB's
  "Unable to meet integration tolerances" warning;
* after a successful step the differences are updated and, once ``k + 2`` steps have
  been taken with the current ``h`` and ``k``, the step sizes that orders ``k - 1``,
  ``k``, ``k + 1`` would allow (``|h|/temp`` with ``temp = 1.3, 1.2, 1.4 times
  (err_j/RelTol)^(1/(j+1))``, ``10 |h|`` when ``temp <= 0.1``) are compared; the order
  and step of the largest are taken if it increases the step; every change of ``h``
  rescales the differences (Shampine and Reichelt's ``difRU``: ``cumprod((i - 1 - j
  r)/i) difU`` with ``r`` the ratio of the new and old steps) and refactors
  ``M - h invGa_k J``;
* ``hmin = 16 eps(t)``, ``hmax = min(|tfinal - t0|, MaxStep)`` (MaxStep ``0.1 |tfinal -
  t0|`` by default); a step within 10% of tfinal is stretched to it; the initial step
  from the error of BDF1, ``0.5 h^2 y''``: ``rh = 1.25 ||y'/wt|| / sqrt(RelTol)`` then
  with ``y'' = T + J y'`` (``T`` a forward difference in t), ``rh = 1.25 sqrt(0.5
  ||M \\ y''/wt|| / RelTol)``; ``|h| = min(hmax, |tspan(2) - tspan(1)|)`` reduced to
  ``1/rh``; an InitialStep is used as given (within hmin, hmax);
* the Jacobian: odeset 'Jacobian' as a matrix (constant), a function ``J(t, y)``, or
  MATLAB's numjac (:func:`compat._core.ode_jacobian.numerical_jacobian`, shared with
  ode23s, threshold AbsTol; grouped by JPattern, vectorised by Vectorized); formed at t0
  and then only when the Newton iteration is too slow (never again with JConstant 'on'
  or a matrix);
* the interpolant (Refine, tspan output, events, deval; MATLAB's ntrp15s): the
  polynomial through the backward differences, ``y(tnew + s h) = ynew + sum_j dif(:, j)
  prod_{i<=j} (s + i - 1)/i``;
* mass matrix functions: ``M(t)`` (MStateDependence 'none') is evaluated at ``tnew``
  once per attempt and becomes the Newton matrix's ``M`` when the step is accepted;
  ``M(t, y)`` ('weak') is evaluated at every Newton iteration, while the Newton matrix
  keeps the ``M(t, y)`` of the last Jacobian (refreshed with it); 'strong' adds
  ``dMpsidy = d(M(t, y) psi)/dy`` to every Newton matrix, formed by numjac (threshold
  AbsTol, grouped by MvPattern, not counted in the statistics) at t0 with the first
  step's ``psi`` and again with the ``psi`` of the attempt whenever a new Jacobian
  brings a new ``M(t, y)`` (MATLAB's ode15s.m, its Mtype 4, in the public copies of
  R14, 2003, and earlier);
* DAEs (a singular mass matrix, constant or ``M(t)``; the method and rules of L. F. Shampine, M. W.
  Reichelt and J. A. Kierzenka, "Solving index-1 DAEs in MATLAB and Simulink", SIAM
  Review 41(3), 1999, as MATLAB's ode15s and daeic12 apply them): the initial step
  comes from ``y'`` alone; the Newton matrix's rows are scaled by their largest entry
  (and so are the residuals); consistent initial conditions by
  :func:`consistent_initial_conditions` unless InitialSlope gives ``yp0`` with
  ``||M yp0 - f0|| <= 1e-3 RelTol max(||M yp0||, ||f0||)``;
* NonNegative (without a mass matrix): the right-hand side is clipped as for ode45, a
  step whose listed components end below ``-AbsTol`` is rejected, components ending
  slightly negative are set to 0 and their differences reset (the rule MATLAB's
  ode45/ode23t apply; ode15s's own source of that option was not available, so steps
  with an active NonNegative constraint may differ from MATLAB's);
* statistics: steps, failed attempts (Newton failures included), function evaluations
  (numjac's and the Newton iterations' included), partial derivatives, LU
  decompositions, linear solves.

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
from compat._core.ode_events import EventState, event_results, matlab_eps
from compat._core.ode_jacobian import (column_groups, jacobian_source, numerical_jacobian,
                                      time_increment)

__all__ = ["NdfOptions", "solve_ndf", "interpolate_ndf", "evaluate_ndf",
           "consistent_initial_conditions", "G", "KAPPA"]

_USER = 4
_EPS = float(np.finfo(float).eps)
G = np.array([1, 3 / 2, 11 / 6, 25 / 12, 137 / 60])
KAPPA = np.array([-37 / 200, -1 / 9, -0.0823, -0.0415, 0])
# the matrix that turns differences on the old grid into the new one (its own inverse)
_DIFU = np.array([[-1, -2, -3, -4, -5],
                  [0, 1, 3, 6, 10],
                  [0, 0, -1, -4, -10],
                  [0, 0, 0, 1, 5],
                  [0, 0, 0, 0, -1]], dtype=float)
_MAXIT = 4


@dataclass(frozen=True)
class NdfOptions:
    """What ode15s adds to :class:`compat._core.ode.OdeOptions`: the Jacobian (None, a
    constant ``neq x neq`` array or ``J(t, y)``), JConstant, the mass matrix,
    MaxOrder and BDF; ``dae`` when the mass matrix is singular, with the InitialSlope
    guess ``initial_slope``. ``mass`` may be a function: ``M(t)`` with ``mass_state``
    'none', ``M(t, y)`` with 'weak' or 'strong' (MATLAB's MStateDependence; 'strong'
    adds ``d(M(t, y) psi)/dy`` to the Newton matrix, formed with the pattern
    ``mv_pattern``, MvPattern, when given). ``jpattern`` and ``vectorized_rhs``: as
    :class:`compat._core.ode_rosenbrock.RosenbrockOptions`."""

    jacobian: object = None
    jconstant: bool = False
    mass: np.ndarray | None = None
    max_order: int = 5
    bdf: bool = False
    dae: bool = False
    initial_slope: np.ndarray | None = None
    mass_state: str | None = None
    jpattern: np.ndarray | None = None
    vectorized_rhs: object = None
    mv_pattern: np.ndarray | None = None


def interpolate_ndf(tq, tnew, ynew, h, dif, k, derivative=False, nonneg=None):
    """MATLAB's ntrp15s at the times ``tq`` (1-D): ``(len(tq), n)`` values (and
    derivatives) from a step ending at ``tnew`` of size ``h`` and order ``k``."""
    s = (np.asarray(tq, dtype=float) - tnew) / h
    if k == 1:
        yq = ynew[None, :] + s[:, None] * dif[None, :, 0]
        ypq = np.broadcast_to(dif[:, 0] / h, yq.shape).copy() if derivative else None
    else:
        i = np.arange(1, k + 1)[:, None]
        p = np.cumprod((s[None, :] + i - 1) / i, axis=0)          # k x len(tq)
        yq = ynew[None, :] + (dif[:, :k] @ p).T
        ypq = None
        if derivative:
            ypq = np.broadcast_to(dif[:, 0], yq.shape).copy()
            S = np.ones(s.size)
            dS = np.ones(s.size)
            for j in range(2, k + 1):
                S = S * (j - 2 + s) / j
                dS = dS * (j - 1 + s) / j + S
                ypq += dS[:, None] * dif[None, :, j - 1]
            ypq /= h
    if nonneg is not None:
        nn = yq[:, nonneg]
        yq[:, nonneg] = np.where(nn < 0, 0, nn)
    return (yq, ypq) if derivative else yq


def evaluate_ndf(x, ys, kvec, dif3d, xq, nonneg=None):
    """deval on an ode15s solution (:func:`compat._core.ode_dense.evaluate_by_step`):
    values and derivatives (``neq x len(xq)``) at ``xq`` from the step ends ``x``, values
    ``ys`` (``neq x len(x)``), orders ``kvec`` and differences ``dif3d`` (``neq x (maxk +
    2) x len(x)``), step j's data at j."""
    def step_values(step, tq):
        return interpolate_ndf(tq, x[step], ys[:, step], x[step] - x[step - 1],
                               dif3d[:, :, step], int(kvec[step]), derivative=True,
                               nonneg=nonneg)

    return evaluate_by_step(x, ys, xq, step_values)


def _norm(v, invwt, normcontrol):
    if normcontrol:
        return float(np.linalg.norm(v)) * invwt
    return float(np.max(np.abs(v * invwt)))


def solve_ndf(rhs, t0: float, tfinal: float, y0: np.ndarray, options: OdeOptions,
              nopts: NdfOptions, *, eps: float, tspan_points: np.ndarray,
              output_sol: bool, name: str = "ode15s") -> OdeSolution:
    """Integrate ``y' = rhs(t, y)`` (``M y' = rhs`` with a mass matrix) as ode15s does.

    ``rhs`` is wrapped by :func:`compat._core.ode.wrap_rhs` (with NonNegative when
    ``options.nonnegative`` is set); ``y0`` a real 1-D float64 copy. The solution's
    ``f3d`` is the pair ``(kvec, dif3d)``: every step's order and its ``neq x (maxk +
    2)`` differences.
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
    M = nopts.mass
    mass_fn = M if callable(M) else None
    state_mass = mass_fn is not None and nopts.mass_state in ("weak", "strong")
    strong = state_mass and nopts.mass_state == "strong"
    if strong:
        dm_thresh = np.broadcast_to(atol, (neq,)).astype(float)
        dm_groups = (None if nopts.mv_pattern is None
                     else column_groups(nopts.mv_pattern))
        dm_state = {"fac": None}

        def mass_term(t, y, Mt, psi):
            """``d(M(t, y) psi)/dy`` by numjac (MATLAB's odemxv; threshold AbsTol;
            its evaluations are not counted in the statistics, as in MATLAB)."""
            J, dm_state["fac"], _ = numerical_jacobian(
                lambda tt, yy: _mass_at(mass_fn, tt, yy, True, neq) @ psi, t, y,
                Mt @ psi, dm_thresh, dm_state["fac"], pattern=nopts.mv_pattern,
                groups=dm_groups)
            return J
    if mass_fn is not None:
        # MATLAB's odemass evaluates M(t0) (M(t0, y0)) once, outside the statistics
        M = _mass_at(mass_fn, t0, y0, state_mass, neq)
    Mt = np.eye(neq) if M is None else M
    Mtnew = Mt
    mcurrent = True
    nonneg = options.nonnegative
    if nonneg is not None:
        thr_nn = (np.broadcast_to(threshold, (neq,))[nonneg] if not normcontrol
                  else None)

    maxk = nopts.max_order
    kappa = np.zeros(5) if nopts.bdf else KAPPA
    invGa = 1 / (G * (1 - kappa))
    erconst = kappa * G + 1 / np.arange(2, 7)
    kI = np.arange(1, maxk + 1)[:, None].astype(float)
    kJ = np.arange(1, maxk + 1)[None, :].astype(float)
    difU = _DIFU[:maxk, :maxk]

    def rescale(dif, k, ratio):
        difRU = np.cumprod((kI - 1 - kJ * ratio) / kI, axis=0) @ difU
        dif[:, :k] = dif[:, :k] @ difRU[:k, :k]

    nsteps = nfailed = 0
    nfevals = npds = ndecomps = nsolves = 0
    t = float(t0)
    f0 = rhs(t, y)
    nfevals += 1
    if not np.all(np.isfinite(f0)):
        raise CompatValueError(f"odefun returned a non-finite value at t0 = {t:g}")
    if nonneg is not None:
        # MATLAB evaluates f0 again through the NonNegative wrapper (odenonnegative),
        # one more evaluation in the statistics (as its ode45 and ode23t do)
        f0 = rhs(t, y)
        nfevals += 1
    jac, jconstant, _ = jacobian_source(nopts, rhs, neq, atol)
    jmatrix = nopts.jacobian is not None and not callable(nopts.jacobian)
    lu_factor, lu_solve = scipy.linalg.lu_factor, scipy.linalg.lu_solve
    dae = nopts.dae
    if dae:
        yp0 = (np.zeros(neq) if nopts.initial_slope is None
               else np.asarray(nopts.initial_slope, dtype=float))
        yp0_ok = nopts.initial_slope is not None and (
            np.linalg.norm(Mt @ yp0 - f0) <=
            1e-3 * rtol * max(np.linalg.norm(Mt @ yp0), np.linalg.norm(f0)))
    if dae and not yp0_ok:
        if jconstant:
            dfdy, n = jac(t, y, f0)
            nfevals += n
            if not jmatrix:
                npds += 1
        y, yp, f0, dfdy, n_fe, n_pd = consistent_initial_conditions(
            rhs, jac, t, Mt, y, yp0, f0, rtol, dfdy if jconstant else None)
        nfevals += n_fe
        npds += n_pd
    else:
        if dae:
            yp = yp0
        elif M is not None:
            mlu = lu_factor(Mt, check_finite=False)
            yp = lu_solve(mlu, f0, check_finite=False)
            ndecomps += 1
            nsolves += 1
        else:
            yp = f0
        dfdy, n = jac(t, y, f0)
        nfevals += n
        if not jmatrix:
            npds += 1
    jcurrent = True
    hmin = 16 * matlab_eps(t)
    if normcontrol:
        normy = float(np.linalg.norm(y))
    if options.initial_step is None:
        wt = initial_weights(y, threshold, normcontrol)
        rh = 1.25 * weighted_size(yp, wt, normcontrol) / math.sqrt(rtol)
        absh = initial_step_size(rh, min(hmax, htspan), hmin)
    if options.initial_step is None and not dae:
        # the error of BDF1 is 0.5 h^2 y'': the step from the second derivative
        h = tdir * absh
        tdel = time_increment(t, h, absh, tdir)
        f1 = rhs(t + tdel, y)
        nfevals += 1
        dfdt2 = (f1 - f0) / tdel + dfdy @ yp
        if M is not None:
            dfdt2 = lu_solve(mlu, dfdt2, check_finite=False)
        rh = 1.25 * math.sqrt(0.5 * weighted_size(dfdt2, wt, normcontrol) / rtol)
        absh = initial_step_size(rh, min(hmax, htspan), hmin)
    if options.initial_step is not None:
        absh = min(hmax, max(hmin, options.initial_step))
    h = tdir * absh

    def iteration_matrix():
        """LU of ``M - h invGa_k J`` (plus ``d(M psi)/dy`` with a strongly
        state-dependent mass; rows scaled by their largest entry for a DAE)."""
        miter = Mt - hinvGak * dfdy
        if strong:
            miter = miter + dmpsidy
        if not dae:
            return lu_factor(miter, check_finite=False), None
        scale = 1 / np.max(np.abs(miter), axis=1)
        return lu_factor(scale[:, None] * miter, check_finite=False), scale

    k = 1
    klast = k
    abshlast = absh
    dif = np.zeros((neq, maxk + 2))
    dif[:, 0] = h * yp
    hinvGak = h * invGa[k - 1]
    nconhk = 0
    if strong:
        dmpsidy = mass_term(t, y, Mt, dif[:, :k] @ (G[:k] * invGa[k - 1]))
    lu, rowscale = iteration_matrix()
    ndecomps += 1
    havrate = False
    rate = 0.0

    if output_sol:
        xs, xys, ks, difs = [t], [y.copy()], [0], [np.zeros((neq, maxk + 2))]
    events = EventState(options.events, t, y) if options.events is not None else None
    out = StepOutput(options, tspan_points, t0, tfinal, y,
                     1 if options.refine is None else options.refine)
    done = False
    stop_all = False
    while not done:
        hmin = 16 * matlab_eps(t)
        h, absh, done = step_toward(t, tfinal, absh, hmax, hmin, tdir)
        if absh != abshlast or k != klast:
            rescale(dif, k, absh / abshlast)
            hinvGak = h * invGa[k - 1]
            nconhk = 0
            lu, rowscale = iteration_matrix()
            ndecomps += 1
            havrate = False

        nofailed = True
        while True:                                  # attempts at this step
            while True:                              # until the iteration converges
                psi = dif[:, :k] @ (G[:k] * invGa[k - 1])
                tnew = tfinal if done else t + h
                h = tnew - t
                pred = y + dif[:, :k].sum(axis=1)
                ynew = pred
                difkp1 = np.zeros(neq)
                if normcontrol:
                    normynew = float(np.linalg.norm(ynew))
                    invwt = 1 / max(max(normy, normynew), threshold)
                    minnrm = 100 * _EPS * (normynew * invwt)
                else:
                    invwt = 1 / np.maximum(np.maximum(np.abs(y), np.abs(ynew)), threshold)
                    minnrm = 100 * _EPS * float(np.max(np.abs(ynew * invwt)))
                tooslow = False
                gotynew = False
                oldnrm = 0.0
                if mass_fn is not None and not state_mass:
                    Mtnew = _mass_at(mass_fn, tnew, None, False, neq)
                for it in range(1, _MAXIT + 1):
                    if state_mass:
                        Mtnew = _mass_at(mass_fn, tnew, ynew, True, neq)
                    fnew = rhs(tnew, ynew)
                    r = hinvGak * fnew - (psi + difkp1 if M is None else
                                          Mtnew @ (psi + difkp1))
                    if rowscale is not None:
                        r = rowscale * r
                    delta = lu_solve(lu, r, check_finite=False)
                    newnrm = _norm(delta, invwt, normcontrol)
                    difkp1 = difkp1 + delta
                    ynew = pred + difkp1
                    if newnrm <= minnrm:
                        gotynew = True
                        break
                    if it == 1:
                        if havrate:
                            errit = newnrm * rate / (1 - rate)
                            if errit <= 0.05 * rtol:
                                gotynew = True
                                break
                        else:
                            rate = 0.0
                    elif newnrm > 0.9 * oldnrm:
                        tooslow = True
                        break
                    else:
                        rate = max(0.9 * rate, newnrm / oldnrm)
                        havrate = True
                        errit = newnrm * rate / (1 - rate)
                        if errit <= 0.5 * rtol:
                            gotynew = True
                            break
                        if it == _MAXIT or 0.5 * rtol < errit * rate ** (_MAXIT - it):
                            tooslow = True
                            break
                    oldnrm = newnrm
                nfevals += it
                nsolves += it
                if gotynew or not tooslow:
                    # (4 iterations without a verdict cannot happen: the 4th decides)
                    break
                nfailed += 1
                if not jcurrent:
                    if callable(nopts.jacobian):
                        dfdy, _ = jac(t, y, None)
                    else:
                        f0 = rhs(t, y)
                        dfdy, n = jac(t, y, f0)
                        nfevals += n + 1
                    npds += 1
                    jcurrent = True
                    if not mcurrent:
                        Mt = _mass_at(mass_fn, t, y, True, neq)
                        mcurrent = True
                        if strong:
                            dmpsidy = mass_term(t, y, Mt, psi)
                elif absh <= hmin:
                    _tol_not_met(name, t, hmin)
                    stop_all = True
                    break
                else:
                    abshlast = absh
                    absh = max(0.3 * absh, hmin)
                    h = tdir * absh
                    done = False
                    rescale(dif, k, absh / abshlast)
                    hinvGak = h * invGa[k - 1]
                    nconhk = 0
                lu, rowscale = iteration_matrix()
                ndecomps += 1
                havrate = False
            if stop_all:
                break

            err = _norm(difkp1, invwt, normcontrol) * erconst[k - 1]
            if nonneg is not None and err <= rtol and np.any(ynew[nonneg] < 0):
                if normcontrol:
                    err_nn = float(np.linalg.norm(np.maximum(0, -ynew[nonneg]))) * invwt
                else:
                    err_nn = float(np.max(np.maximum(0, -ynew[nonneg]) / thr_nn))
                if err_nn > rtol:
                    err = err_nn
            if not err <= rtol:                      # failed step (NaN fails too)
                nfailed += 1
                if absh <= hmin:
                    _tol_not_met(name, t, hmin)
                    stop_all = True
                    break
                abshlast = absh
                if nofailed:
                    nofailed = False
                    hopt = absh * max(0.1, 0.833 * (rtol / err) ** (1 / (k + 1))) \
                        if np.isfinite(err) else 0.1 * absh
                    if k > 1:
                        errkm1 = _norm(dif[:, k - 1] + difkp1, invwt, normcontrol) * \
                            erconst[k - 2]
                        hkm1 = absh * max(0.1, 0.769 * (rtol / errkm1) ** (1 / k)) \
                            if np.isfinite(errkm1) else 0.1 * absh
                        if hkm1 > hopt:
                            hopt = min(absh, hkm1)
                            k -= 1
                    absh = max(hmin, hopt)
                else:
                    absh = max(hmin, 0.5 * absh)
                h = tdir * absh
                if absh < abshlast:
                    done = False
                rescale(dif, k, absh / abshlast)
                hinvGak = h * invGa[k - 1]
                nconhk = 0
                lu, rowscale = iteration_matrix()
                ndecomps += 1
                havrate = False
            else:
                break
        if stop_all:
            break
        nsteps += 1

        dif[:, k + 1] = difkp1 - dif[:, k]
        dif[:, k] = difkp1
        for j in range(k - 1, -1, -1):
            dif[:, j] += dif[:, j + 1]
        nn_idx = None
        if nonneg is not None and np.any(ynew[nonneg] < 0):
            nn_idx = nonneg[ynew[nonneg] < 0]
            ynew = ynew.copy()
            ynew[nn_idx] = 0
            if normcontrol:
                normynew = float(np.linalg.norm(ynew))

        stop = False
        if events is not None:
            tc, hc, kc, dc, ync = tnew, h, k, dif.copy(), ynew
            found, stop = events.locate(
                lambda tq: interpolate_ndf([tq], tc, ync, hc, dc, kc, nonneg=nonneg)[0],
                t, y, tnew, ynew)
            if stop:
                te_last = found[-1][0]
                taux = te_last - np.arange(k + 1) * (te_last - t)
                yaux = interpolate_ndf(taux, tnew, ynew, h, dif, k).T.copy()
                for j in range(1, k + 1):
                    yaux[:, j:k + 1] = yaux[:, j - 1:k] - yaux[:, j:k + 1]
                dif[:, :k] = yaux[:, 1:k + 1]
                tnew = te_last
                ynew = np.asarray(found[-1][1], dtype=float).copy()
                h = tnew - t
                done = True

        if output_sol:
            xs.append(tnew)
            xys.append(ynew.copy())
            ks.append(k)
            difs.append(dif.copy())

        if out.step(t, tnew, ynew, stop,
                    lambda tq: interpolate_ndf(tq, tnew, ynew, h, dif, k, nonneg=nonneg)):
            done = True
        if done:
            break
        if nn_idx is not None:
            dif[nn_idx, :] = 0

        klast = k
        abshlast = absh
        nconhk = min(nconhk + 1, maxk + 2)
        if nconhk >= k + 2:
            temp = 1.2 * (err / rtol) ** (1 / (k + 1))
            hopt = absh / temp if temp > 0.1 else 10 * absh
            kopt = k
            if k > 1:
                errkm1 = _norm(dif[:, k - 1], invwt, normcontrol) * erconst[k - 2]
                temp = 1.3 * (errkm1 / rtol) ** (1 / k)
                hkm1 = absh / temp if temp > 0.1 else 10 * absh
                if hkm1 > hopt:
                    hopt, kopt = hkm1, k - 1
            if k < maxk:
                errkp1 = _norm(dif[:, k + 1], invwt, normcontrol) * erconst[k]
                temp = 1.4 * (errkp1 / rtol) ** (1 / (k + 2))
                hkp1 = absh / temp if temp > 0.1 else 10 * absh
                if hkp1 > hopt:
                    hopt, kopt = hkp1, k + 1
            if hopt > absh:
                absh = hopt
                k = kopt
        t = tnew
        y = ynew
        if normcontrol:
            normy = normynew
        jcurrent = jconstant
        if mass_fn is not None:
            if state_mass:
                mcurrent = False         # M(t, y) not yet evaluated at the accepted y
            else:
                Mt = Mtnew               # M(tnew), evaluated by the last attempt
    out.close()
    stats = {"nsteps": nsteps, "nfailed": nfailed, "nfevals": nfevals, "npds": npds,
             "ndecomps": ndecomps, "nsolves": nsolves}
    if options.stats:
        print_stats(stats)
    te, ye, ie = event_results(events, neq)
    if output_sol:
        x = np.array(xs, dtype=float)
        xy = np.array(xys).T.reshape(neq, len(xs))
        f3d = (np.array(ks, dtype=float), np.stack(difs, axis=2))
    else:
        x = xy = f3d = None
    return OdeSolution(name, *out.arrays(), te, ye, ie, x, xy, f3d, stats)


def _mass_at(mass_fn, t, y, state, neq):
    """The mass matrix function at ``t`` (and ``y``), checked ``neq x neq``."""
    m = np.asarray(mass_fn(t, y.copy()) if state else mass_fn(t), dtype=float)
    if m.shape != (neq, neq):
        if m.size != neq * neq:
            raise CompatValueError(f"the mass matrix function must return a {neq}x{neq} "
                                   f"matrix, got shape {m.shape}")
        m = m.reshape(neq, neq)
    return m


def _tol_not_met(name, t, hmin):
    # with MATLAB's identifier, through issue_warning (warning states, lastwarn)
    issue_warning(IntegrationTolNotMetWarning(
        f"{name}: Failure at t={t:e}.  Unable to meet integration tolerances "
        f"without reducing the step size below the smallest value allowed "
        f"({hmin:e}) at time t.", f"MATLAB:{name}:IntegrationTolNotMet"))


def consistent_initial_conditions(rhs, jac, t0, M, y, yp0, f, rtol, dfdy_constant):
    """MATLAB's daeic12 for a constant singular mass matrix: ``(y, yp, f, dfdy, nfevals,
    npds)`` with ``M yp = f(t0, y)`` satisfied far below RelTol.

    The algebraic variables are the zero diagonal entries of a diagonal ``M`` (MATLAB's
    ICtype 1) or, for a full ``M`` (ICtype 2), the directions of its singular values at
    most ``neq max(s) eps`` (``M = U S V'``); only they move. The equations
    ``F_alg(Y) = 0`` (``F = U' f``, ``Y = V' y``) are solved by simplified Newton
    iterations (at most 15) on ``J = (U' dF/dy V)_alg,alg`` with a weak line search (up to
    3 halvings until the estimated error falls below 0.9 of the previous one), accepted
    when ``||F_alg|| <= 1e-3 RelTol ||F||`` or the correction is at most ``1e-3 RelTol
    ||Y_alg||``; a new Jacobian when the error fell by less than 10x. The differential
    components of ``yp`` are ``F_dif / s``. Errors: a singular ``J`` ("This DAE appears
    to be of index greater than 1."), no convergence ("Need a better guess y0 for
    consistent initial conditions.").
    """
    neq = y.size
    nfe = npd = 0
    if dfdy_constant is not None:
        dfdy = dfdy_constant
    else:
        dfdy, nfe = jac(t0, y, f)
        npd = 1
    diag_pattern = not np.any(M - np.diag(np.diag(M)))
    if diag_pattern:
        d = np.diag(M).astype(float)
        um = vm = np.eye(neq)
        alg = np.flatnonzero(d == 0)
    else:
        um, d, vmt = np.linalg.svd(M)
        vm = vmt.T
        alg = np.flatnonzero(d <= neq * d.max() * _EPS)
        d = d.copy()
        d[alg] = 0
    dif = np.flatnonzero(d != 0)
    F = um.T @ f
    Y = vm.T @ y
    yp = vm.T @ yp0
    if alg.size == 0:
        return y, vm @ (F / d), f, dfdy, nfe, npd
    J = (um.T @ dfdy @ vm)[np.ix_(alg, alg)]
    if not J.any() or _EPS * np.count_nonzero(J) * np.linalg.cond(J, 1) > 1:
        raise CompatValueError("This DAE appears to be of index greater than 1.")

    def slope(F):
        out = yp.copy()
        out[dif] = F[dif] / d[dif]
        return vm @ out
    if np.linalg.norm(F[alg]) <= 1000 * _EPS * np.linalg.norm(F):
        return y, slope(F), f, dfdy, nfe, npd
    lu = scipy.linalg.lu_factor(J, check_finite=False)
    need_j = False
    for _ in range(15):
        if need_j:
            dfdy, n = jac(t0, y, f)
            nfe += n
            npd += 1
            J = (um.T @ dfdy @ vm)[np.ix_(alg, alg)]
            lu = scipy.linalg.lu_factor(J, check_finite=False)
            need_j = False
        dely = -scipy.linalg.lu_solve(lu, F[alg], check_finite=False)
        res = np.linalg.norm(dely)
        lam = 1.0
        Ynew = Y.copy()
        for _probe in range(3):
            Ynew[alg] = Y[alg] + lam * dely
            ynew = vm @ Ynew
            fnew = rhs(t0, ynew)
            Fnew = um.T @ fnew
            nfe += 1
            if np.linalg.norm(Fnew[alg]) <= 1e-3 * rtol * np.linalg.norm(Fnew):
                return ynew, slope(Fnew), fnew, dfdy, nfe, npd
            resnew = np.linalg.norm(scipy.linalg.lu_solve(lu, Fnew[alg],
                                                          check_finite=False))
            if resnew < 0.9 * res:
                break
            lam *= 0.5
        ynorm = max(np.linalg.norm(Y[alg]), np.linalg.norm(Ynew[alg])) or _EPS
        Y = Ynew
        y = vm @ Ynew
        f = fnew
        F = Fnew
        if resnew <= 1e-3 * rtol * ynorm:
            return y, slope(F), f, dfdy, nfe, npd
        need_j = resnew > 0.1 * res
    raise CompatValueError("Need a better guess y0 for consistent initial conditions.")
