"""The explicit Runge-Kutta driver of MATLAB's ode45 and ode23: stepping and error control.

This module reproduces the published algorithm of MATLAB's explicit one-step solvers
(L. F. Shampine and M. W. Reichelt, "The MATLAB ODE Suite", SIAM J. Sci. Comput. 18(1),
1997, section 2; L. F. Shampine, I. Gladwell and S. Thompson, "Solving ODEs with
MATLAB", CUP 2003, chapter 2) so that, given the same right-hand side, it takes the same
sequence of steps as MATLAB:

* the pairs: Dormand-Prince RK5(4)7FM with the FSAL property and Shampine's "free"
  4th-order continuous extension (ode45); Bogacki-Shampine 3(2) with FSAL and its
  cubic Hermite extension (ode23); local extrapolation (the higher order result is
  propagated);
* ``hmax = min(|tfinal - t0|, MaxStep)``, MaxStep defaulting to ``0.1*|tfinal - t0|``;
  ``hmin = 16*eps(t)`` recomputed at every step;
* the initial step: ``absh = min(hmax, |tspan(2) - tspan(1)|)`` (MATLAB's
  odearguments' htspan: the first interval of a tspan with more points); with
  ``rh = ||f0 ./ max(|y0|, AbsTol/RelTol)||_inf / (0.8*RelTol^pow)`` (``pow`` = 1/5 for
  ode45, 1/3 for ode23; with NormControl ``rh = (||f0||_2 / max(||y0||_2,
  AbsTol/RelTol)) / (0.8*RelTol^pow)``), ``absh = 1/rh`` if ``absh*rh > 1``; then
  ``absh = max(absh, hmin)``; an InitialStep ``htry`` gives ``min(hmax, max(hmin,
  htry))``;
* every step: ``absh = min(hmax, max(hmin, absh))``; the step is stretched to hit
  tfinal when ``1.1*absh >= |tfinal - t|``, and then ``tnew = tfinal`` exactly;
  ``h = tnew - t`` is "purified" after the stages are formed;
* the error: ``err = absh * ||(h-free error estimate) ./ max(max(|y|, |ynew|),
  AbsTol/RelTol)||_inf`` (NormControl: ``absh*||est||_2 / max(max(||y||, ||ynew||),
  AbsTol/RelTol)``), accepted when ``err <= RelTol``;
* a failed step: at the first failure ``absh = max(hmin, absh*max(F, 0.8*(RelTol/err)^pow))``
  (``F`` = 0.1 for ode45, 0.5 for ode23), at further failures ``absh = max(hmin,
  0.5*absh)``; a failure with ``absh <= hmin`` stops the integration with MATLAB's
  "Unable to meet integration tolerances" warning and returns what was computed;
* after a step without failures: ``temp = 1.25*(err/RelTol)^pow``; ``absh = absh/temp``
  if ``temp > 0.2`` else ``5*absh`` (no increase after a failed step);
* RelTol below ``100*eps`` is raised to it with MATLAB's warning;
* output: every step plus ``Refine - 1`` points interpolated at equal fractions of each
  step when tspan has 2 elements, or exactly the tspan points (the step end itself where
  a point coincides with it, the continuous extension elsewhere) when it has more;
* events: after every accepted step the event functions are evaluated at ``tnew`` and
  sign changes (in the requested direction) are located on the continuous extension
  with MATLAB's safeguarded regula falsi / Illinois iteration to within
  ``128*max(eps(t), eps(tnew))``, reporting the right end of the final bracket; a
  terminal event ends the integration there (not one found in the very first bracket
  at t0), after the interpolation data are moved to ``[t, te]`` by evaluating the
  interpolant's derivative at the new stage nodes;
* NonNegative (MATLAB's odenonnegative and the NonNegative code of ode45.m/ode23.m): the
  right-hand side of a listed component is clipped to be >= 0 where that component is
  <= 0; ``f(t0, y0)`` is evaluated twice and counted twice (odearguments' call, then
  the wrapped one); a step whose listed components went negative by more than the
  tolerance is rejected (the step halved; with NormControl the excess is
  ``norm(max(0, -ynew(idx)))/errwt``); an accepted step's negative listed
  components are set to 0 and ``f(tnew, ynew)`` is evaluated again at the clipped
  value for the next step (one more function evaluation; the step's own stages, used
  by its interpolation, stay); interpolated values are clipped at 0. Octave 7.3's
  ode45 does none of the counting or clipping (same Stats with and without
  NonNegative).

Consequences worth knowing (all MATLAB's): the stretched last step may exceed MaxStep by
up to 10%; an event function that is exactly 0 at t0 and then changes sign is reported
(within ``128*eps`` of t0) but a terminal one does not stop there.

Decisions where MATLAB's documentation is silent or compat differs on purpose:

* single ``y0``: MATLAB computes in single; compat integrates in double with
  RelTol's floor at ``100*eps('single')`` and returns single (the step sequence may
  then differ from MATLAB's in the last digits);
* a non-finite ``f(t0, y0)`` is an error (MATLAB would go on and return NaN);
* the Mass option is refused (MATLAB's ode45 solves ``M y' = f``); OutputFcn receives
  ``y`` in MATLAB's layout (``numel(OutputSel) x m``) and is not defaulted to odeplot.

The core of the solvers is split by job: the pairs (:mod:`compat._core.ode_tableaux`),
their continuous extension and deval (:mod:`compat._core.ode_dense`), event location
(:mod:`compat._core.ode_events`), sampled inputs
(:mod:`compat._core.sampled_inputs`) and this driver, which takes parsed
:class:`OdeOptions` and wrapped right-hand sides (``y`` is ``numel(t) x numel(y0)``);
the MATLAB surface (argument forms, odeset structures, nargout, the solution
structure) is :mod:`compat.matlab.ode`.

The stepping is a loop: every step depends on the previous one and calls the user's
Python function, so it cannot be vectorised. With numba installed (``compat[fast]``) a
real problem without Events, NonNegative, OutputFcn or NormControl runs the step
control compiled between two calls of the user's function
(:mod:`compat._core.accelerated_ode`: the same operations, its stage sums the OpenBLAS
calls numpy's ``dot`` makes, the output formed from its records); otherwise, or with
``COMPAT_NUMBA=0``, the Python loop below runs, its body kept to a few numpy calls on
small arrays (one dot product per stage, one fused error norm). Both give the same bits
(tests/test_accelerated_ode.py).
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import (CompatTypeError, CompatValueError,
                                 IntegrationTolNotMetWarning, RelTolIncreaseWarning,
                                 issue_warning, legacy_warn)
from compat._core.ode_dense import interpolate, interpolate_steps
from compat._core.ode_events import EventState, event_results, matlab_eps
from compat._core.ode_tableaux import RungeKuttaPair

__all__ = ["OdeOptions", "OdeSolution", "StepOutput", "error_threshold", "floored_rtol",
           "largest_step",
           "initial_step_size", "initial_weights", "print_stats", "requested_in_step",
           "solve", "step_toward", "weighted_size", "wrap_rhs"]

# warnings point at the caller of the public solver (solve -> legacy -> decorator -> user)
_USER = 4


# --------------------------------------------------------------------------- options
@dataclass(frozen=True)
class OdeOptions:
    """The odeset properties ode45/ode23 use, parsed and validated (Python-shaped).

    ``None`` means MATLAB's default: ``max_step`` ``0.1*|tfinal - t0|``,
    ``initial_step`` chosen from ``f(t0, y0)``, ``refine`` the pair's (4 for ode45, 1
    for ode23). ``events(t, y)`` returns ``(value, isterminal, direction)``;
    ``output_fcn(t, y, flag)`` is MATLAB's OutputFcn; ``nonnegative`` and
    ``output_sel`` are 0-based component indices.
    """

    rtol: float = 1e-3
    atol: np.ndarray = field(default_factory=lambda: np.array([1e-6]))
    normcontrol: bool = False
    max_step: float | None = None
    initial_step: float | None = None
    refine: int | None = None
    events: Callable | None = None
    nonnegative: np.ndarray | None = None
    output_fcn: Callable | None = None
    output_sel: np.ndarray | None = None
    stats: bool = False


@dataclass
class _Settings:
    """What the step control derives from the options, the pair and the span."""

    rtol: float
    threshold: np.ndarray | float
    hmax: float
    refine: int

    @classmethod
    def derive(cls, pair, options: OdeOptions, neq, t0, tfinal, eps) -> "_Settings":
        rtol = floored_rtol(options.rtol, eps, pair.name)
        threshold = error_threshold(options.atol, rtol, options.normcontrol, neq)
        refine = pair.refine if options.refine is None else options.refine
        return cls(rtol, threshold, largest_step(options, t0, tfinal), refine)


def floored_rtol(rtol: float, eps: float, name: str) -> float:
    """RelTol raised to its floor ``100*eps`` with MATLAB's warning, as every solver does.

    ``eps`` is the precision of the user's class; ``name`` the solver's, which is data
    (it is also the solution structure's ``solver``), so it is passed, not bound.
    """
    if rtol < 100 * eps:
        rtol = 100 * eps
        legacy_warn(f"{name}: RelTol has been increased to {rtol:g}.",
                    RelTolIncreaseWarning, prefix=False)
    return rtol


# --------------------------------------------------------------------------- solution
@dataclass
class OdeSolution:
    """Everything one integration produced (before the MATLAB surface shapes it)."""

    solver: str
    t: np.ndarray            # output times
    y: np.ndarray            # len(t) x neq
    te: np.ndarray
    ye: np.ndarray
    ie: np.ndarray           # 1-based
    x: np.ndarray            # every step end (sol.x), with t0
    xy: np.ndarray           # neq x len(x) (sol.y)
    f3d: np.ndarray          # neq x stages x len(x) (sol.idata.f3d; slice 0 unused)
    stats: dict


# --------------------------------------------------------------------------- the driver
def wrap_rhs(odefun, neq: int, dtype: np.dtype, nonneg: np.ndarray | None):
    """``f(t, y)`` returning a 1-D array of ``dtype`` and length ``neq``, or an error.

    ``odefun(t, y)`` is the user's right-hand side (extra arguments already bound);
    ``nonneg`` the 0-based NonNegative components (MATLAB's odenonnegative) or None.
    """

    def bad(v):
        try:
            arr = np.asarray(v)
        except Exception:  # noqa: BLE001
            arr = None
        if arr is None or arr.dtype.kind not in "biufc":
            return CompatTypeError(f"odefun must return a numeric vector, got "
                                   f"{type(v).__name__}")
        if dtype.kind != "c" and arr.dtype.kind == "c":
            return CompatTypeError("odefun returned complex values for real y0; pass a "
                                   "complex y0 to integrate in complex arithmetic")
        return CompatValueError(f"odefun returns a vector of length {arr.size} (shape "
                                f"{arr.shape}), but the length of initial conditions "
                                f"vector is {neq}. The vector returned by odefun and the "
                                f"initial conditions vector must have the same number of "
                                f"elements.")

    def normalise(v):
        try:
            out = np.asarray(v, dtype=dtype)
        except (TypeError, ValueError):
            raise bad(v) from None
        if out.shape != (neq,):
            if out.size != neq or (out.ndim == 2 and min(out.shape) != 1) or out.ndim > 2:
                raise bad(v)
            out = out.reshape(neq)
        return out

    def f(t, y):
        # MATLAB passes y by value: the user's function gets its own copy, so one that
        # changes its argument (y(1) = max(y(1), 0)) does not change the solver's y
        return normalise(odefun(t, y.copy()))

    if nonneg is None:
        # The driver's hot path stores ``raw(t, y)`` straight into its stage array (one
        # C-level conversion and shape check) and falls back on ``normalise`` when that
        # assignment fails; the first call (at t0) always goes through ``f``, which
        # rejects a scalar returned for a system. ``raw`` gets arrays of its own (the
        # stage arguments are fresh; ynew is passed as a copy).
        f.raw = odefun
        f.normalise = normalise
        return f

    def f_nonneg(t, y):
        # MATLAB's odenonnegative: yp(k) = max(yp(k), 0) where y(k) <= 0
        yp = f(t, y)
        idx = nonneg[y[nonneg].real <= 0]
        if idx.size:
            yp = yp.copy()
            yp[idx] = np.maximum(yp[idx].real, 0)
        return yp

    f_nonneg.raw = f_nonneg
    f_nonneg.normalise = normalise
    f_nonneg.plain = f          # the user's f without the constraint (MATLAB's odeFcn)
    return f_nonneg


def solve(pair: RungeKuttaPair, segments, y0: np.ndarray, options: OdeOptions, *,
          eps: float, tspan_points: np.ndarray, output_sol: bool) -> OdeSolution:
    """Integrate over consecutive segments (one unless restarts were asked for).

    ``segments`` is a list of ``(t0, tfinal, rhs)`` where ``rhs(t, y)`` is a right-hand
    side wrapped by :func:`wrap_rhs`; ``y0`` a 1-D float64 or complex128 copy;
    ``eps`` the precision of the user's class (RelTol's floor is ``100*eps``);
    ``tspan_points`` the user's tspan (output at exactly these when it has more than 2
    elements); ``output_sol`` keeps every step's data for a solution structure.
    """
    y = y0
    neq = y.size
    dtype = y.dtype
    t_start, t_end = float(tspan_points[0]), float(tspan_points[-1])
    opts = _Settings.derive(pair, options, neq, t_start, t_end, eps)
    A, B, E, pw = pair.A, pair.B, pair.E, pair.pow
    nst = pair.stages
    threshold = opts.threshold
    rtol = opts.rtol
    normcontrol = options.normcontrol
    hmax_global = opts.hmax
    floor = pair.first_failure_floor
    nonneg = options.nonnegative
    if nonneg is not None:
        thr_nn = None if normcontrol else threshold[nonneg]
        if np.any(y[nonneg].real < 0):
            raise CompatValueError("some NonNegative components of y0 are negative")

    xs, xys, f3ds = ([t_start], [y.copy()], [np.zeros((neq, nst), dtype)]) \
        if output_sol else (None, None, None)
    nsteps = nfailed = nfevals = 0
    events = None
    if options.events is not None:
        events = EventState(options.events, t_start, y)
    out = StepOutput(options, tspan_points, t_start, t_end, y, opts.refine)
    tdir, S = out.tdir, out.S
    stop_all = False
    # Refine points without an OutputFcn are interpolated after the integration, all
    # steps at once (interpolate_steps: the same operations and bits as step by step);
    # dense[k] is the t, tnew, y, h, K and ynew of the k-th output step
    deferred = S is not None and out.outfcn is None
    dense = _DeferredSteps(nst, neq, dtype) if deferred else None
    # requested tspan points without an OutputFcn are likewise interpolated after the
    # integration (_requested: steps grouped by how many points they reached, the same
    # operations and bits as StepOutput.step); a step that reaches none of them costs
    # one comparison. reached[k]: first index, count, stop, t, tnew, y, h, K, ynew
    quiet = out.requested and out.outfcn is None
    reached = [] if quiet else None
    tsp = tspan_points.tolist()
    npts = len(tsp)
    K = np.zeros((nst, neq), dtype)
    # the compiled step control (compat._core.accelerated_ode) for real problems without
    # Events, NonNegative, OutputFcn or NormControl: the same operations and bits, the
    # output formed from its records after the integration
    fast = None
    if (dtype.kind == "f" and nonneg is None and not normcontrol and events is None
            and out.outfcn is None):
        from compat._core import accelerated_ode
        kernels = accelerated_ode.kernel_available()
        if kernels is not None:
            fast = accelerated_ode.integrate(
                kernels, pair, neq, threshold, rtol, hmax_global, tdir,
                tspan_points if quiet else np.empty(0), deferred or quiet, output_sol)
            K = fast.K
    BT = np.ascontiguousarray(B.T)
    Al = [float(a) for a in A]
    dot, absolute, maximum, divide = np.dot, np.abs, np.maximum, np.divide
    ulp = math.ulp
    wbuf = np.empty(neq)            # the error weights, reused by every attempt
    for seg_index, (t0, tfinal, rhs) in enumerate(segments):
        raw, normalise = rhs.raw, rhs.normalise
        t = float(t0)
        absy = np.abs(y)
        if nonneg is not None:
            # MATLAB's ode45.m/ode23.m: odearguments evaluates f(t0, y0) (counted), then
            # the NonNegative block wraps odeFcn by odenonnegative and evaluates f0 again
            # through the wrapper, "nfevals = nfevals + 1" (Octave 7.3 evaluates once)
            rhs.plain(t, y)
            nfevals += 1
        f0 = rhs(t, y)
        nfevals += 1
        if seg_index == 0 and not np.all(np.isfinite(f0)):
            raise CompatValueError(f"odefun returned a non-finite value at t0 = {t:g}")
        if fast is not None:
            K = fast.K          # the compiled stages (their workspace may have grown)
        K[:] = 0
        K[0] = f0
        hmax = min(hmax_global, abs(tfinal - t))
        hmin = 16 * matlab_eps(t)
        if normcontrol:
            normy = float(np.linalg.norm(y))
        if options.initial_step is None or seg_index > 0:
            # MATLAB's htspan, |tspan(2) - tspan(1)|; a restarted segment (inputs=)
            # starts from its own length
            absh = min(hmax, abs(tspan_points[1] - tspan_points[0])
                       if seg_index == 0 else abs(tfinal - t))
            rh = weighted_size(f0, initial_weights(y, threshold, normcontrol),
                               normcontrol) / (0.8 * rtol ** pw)
            absh = initial_step_size(rh, absh, hmin)
        else:
            absh = min(hmax, max(hmin, options.initial_step))
        if fast is not None:
            ok, t, y = fast.segment(t, tfinal, y, absh, hmax, raw, normalise)
            if not ok:
                _tolerance_failure(pair.name, t, fast.hmin)
                break
            continue
        done = False
        while not done:
            # step_toward and matlab_eps inlined (the same operations)
            hmin = 16 * ulp(abs(t))
            absh = min(hmax, max(hmin, absh))
            if 1.1 * absh >= abs(tfinal - t):
                h = tfinal - t
                absh = abs(h)
                done = True
            else:
                h = tdir * absh
            nofailed = True
            while True:
                # MATLAB forms hB = h*B once per attempt and each stage argument as
                # y + f*hB(:,i); the rows of hBT are those columns (contiguous).
                # (dot(...) += y: IEEE addition commutes, the bits of y + dot(...))
                hBT = h * BT
                for i in range(nst - 2):
                    arg = dot(hBT[i], K)
                    arg += y
                    v = raw(t + h * Al[i], arg)
                    try:
                        K[i + 1] = v
                    except (ValueError, TypeError):
                        K[i + 1] = normalise(v)
                tnew = t + h * Al[-1]
                if done:
                    tnew = tfinal
                h = tnew - t
                ynew = dot(hBT[-1], K)
                ynew += y
                v = raw(tnew, ynew.copy())      # by value: ynew is the next y
                try:
                    K[-1] = v
                except (ValueError, TypeError):
                    K[-1] = normalise(v)
                nfevals += nst - 1
                nn_reject = False
                if normcontrol:
                    normynew = float(np.linalg.norm(ynew))
                    errwt = max(max(normy, normynew), threshold)
                    err = absh * (np.linalg.norm(dot(E, K)) / errwt)
                    if nonneg is not None and err <= rtol and np.any(ynew[nonneg].real < 0):
                        # ode45.m: errNN = norm(max(0,-ynew(idx))) / errwt
                        err_nn = np.linalg.norm(np.maximum(0, -ynew[nonneg].real)) / errwt
                        if err_nn > rtol:
                            err = err_nn
                            nn_reject = True
                else:
                    absynew = absolute(ynew)
                    # |E K| / max(max(|y|, |ynew|), threshold), in place; max(...) over
                    # a list is faster than ndarray.max for short vectors
                    maximum(absy, absynew, out=wbuf)
                    maximum(wbuf, threshold, out=wbuf)
                    est = absolute(dot(E, K))
                    divide(est, wbuf, out=est)
                    err = absh * max(est.tolist())
                    if nonneg is not None and err <= rtol and np.any(ynew[nonneg].real < 0):
                        err_nn = np.max(np.maximum(0, -ynew[nonneg].real) / thr_nn)
                        if err_nn > rtol:
                            err = err_nn
                            nn_reject = True
                if err > rtol:
                    nfailed += 1
                    if absh <= hmin:
                        _tolerance_failure(pair.name, t, hmin)
                        stop_all = True
                        break
                    if nofailed:
                        nofailed = False
                        if nn_reject:
                            absh = max(hmin, 0.5 * absh)
                        else:
                            absh = max(hmin, absh * max(floor, 0.8 * (rtol / err) ** pw))
                    else:
                        absh = max(hmin, 0.5 * absh)
                    h = tdir * absh
                    done = False
                else:
                    break
            if stop_all:
                break
            nn_reset = False
            if nonneg is not None:
                ynn = ynew[nonneg]
                if np.any(ynn.real < 0):
                    # MATLAB's ode45.m after a successful step: "ynew(idxNonNegative) =
                    # max(ynew(idxNonNegative),0)" and NNreset_f7 (max of a complex
                    # value compares magnitudes: unchanged); the step's own stages stay
                    ynew = ynew.copy()
                    if dtype.kind != "c":
                        ynew[nonneg] = np.maximum(ynn, 0.0)
                    if normcontrol:
                        normynew = float(np.linalg.norm(ynew))
                    else:
                        absynew = absolute(ynew)
                    nn_reset = True
            nsteps += 1

            stop = False
            if events is not None:
                Kc, tc, yc, hc = K.copy(), t, y, h
                found, stop = events.locate(
                    lambda tq: interpolate(pair, [tq], tc, yc, hc, Kc)[0], t, y, tnew, ynew)
                if stop:
                    te_last = found[-1][0]
                    taux = t + (te_last - t) * A
                    _, yp = interpolate(pair, taux, t, y, h, K, derivative=True)
                    K[1:] = yp
                    tnew = te_last
                    ynew = np.asarray(found[-1][1]).copy()
                    h = tnew - t
                    done = True
                    stop_all = True

            if output_sol:
                xs.append(tnew)
                xys.append(ynew.copy())
                f3ds.append(K.T.copy())

            if deferred:
                dense.append(t, tnew, y, h, K, ynew)
            elif quiet:
                first = k = out.nxt
                while k < npts and tdir * (tnew - tsp[k]) >= 0:
                    k += 1
                if k > first or stop:
                    reached.append((first, k - first, stop, t, tnew, y, h, K.copy(), ynew))
                    out.nxt = k
            elif out.step(t, tnew, ynew, stop, lambda tq: interpolate(pair, tq, t, y, h, K),
                          nonneg):
                done = True
                stop_all = True
            if done:
                if stop_all:
                    break
                t, y = tnew, ynew
                break
            if nofailed:
                temp = 1.25 * (err / rtol) ** pw
                absh = absh / temp if temp > 0.2 else 5.0 * absh
            t = tnew
            y = ynew
            if normcontrol:
                normy = normynew
            else:
                absy = absynew
            if nn_reset:
                # MATLAB: "Now reset f7 to move along constraint": f(tnew, ynew) at the
                # clipped ynew starts the next step, one more evaluation counted
                K[0] = rhs(tnew, ynew)
                nfevals += 1
            else:
                K[0] = K[-1]
        if stop_all:
            break
    if fast is not None:
        nsteps, nfailed, fast_fevals = fast.stats()
        nfevals += fast_fevals
        dense, reached = accelerated_ode.outputs(fast, quiet, deferred, output_sol, out,
                                                 xs, xys, f3ds)
    out.close()
    stats = {"nsteps": nsteps, "nfailed": nfailed, "nfevals": nfevals}
    if options.stats:
        print_stats(stats)
    if deferred and dense.n:
        out.append(*_refined(pair, dense, S, nonneg))
    if reached:
        _requested(pair, reached, tspan_points, nonneg, out)
    t_all, y_all = out.arrays()
    te, ye, ie = event_results(events, neq, dtype)
    if output_sol:
        x = np.array(xs, dtype=float)
        xy = np.array(xys).T.reshape(neq, len(xs))
        f3d = np.stack(f3ds, axis=2)
    else:
        x = xy = f3d = None
    return OdeSolution(pair.name, t_all, y_all, te, ye, ie, x, xy, f3d, stats)


def _tolerance_failure(name: str, t: float, hmin: float) -> None:
    """MATLAB's warning when a step fails at the smallest step allowed (the
    integration stops there)."""
    # with MATLAB's identifier, through issue_warning (warning states, lastwarn)
    issue_warning(IntegrationTolNotMetWarning(
        f"{name}: Failure at t={t:e}.  Unable to meet integration tolerances "
        f"without reducing the step size below the smallest value allowed "
        f"({hmin:e}) at time t.", f"MATLAB:{name}:IntegrationTolNotMet"))


def requested_in_step(tspan_points, nxt: int, tdir: float, tnew: float, ynew: np.ndarray,
                      stop: bool, interpolate_at):
    """The requested output times a step to ``tnew`` has reached, from index ``nxt`` on.

    Returns ``(t, y, next index)``: the times ``tspan_points[nxt:]`` not beyond ``tnew``
    (in the direction ``tdir``), their solution by ``interpolate_at(times)`` except a
    time equal to ``tnew`` (the step's own ``ynew``), and ``tnew`` itself appended when
    the integration ``stop``s there (a terminal event); ``(None, None, nxt)`` when none.
    Used by :class:`StepOutput`.
    """
    new_t = new_y = None
    ks = []
    while nxt < tspan_points.size:
        if tdir * (tnew - tspan_points[nxt]) < 0:
            break
        ks.append(nxt)
        nxt += 1
    if ks:
        new_t = tspan_points[ks]
        new_y = interpolate_at(new_t)
        exact = new_t == tnew
        if exact.any():
            new_y[exact] = ynew
    if stop:
        new_t = np.append(new_t if new_t is not None else [], tnew)
        yy = ynew[None, :]
        new_y = yy if new_y is None else np.vstack([new_y, yy])
    return new_t, new_y, nxt


def error_threshold(atol: np.ndarray, rtol: float, normcontrol: bool, neq: int):
    """AbsTol/RelTol, the floor of the error weights: one float with NormControl, else
    one per component (a scalar AbsTol repeated)."""
    if normcontrol:
        return float(atol[0] / rtol)
    return np.broadcast_to(atol / rtol, (neq,)).astype(float)


def largest_step(options: OdeOptions, t0: float, tfinal: float) -> float:
    """``hmax = min(|tfinal - t0|, MaxStep)``, MaxStep ``0.1 |tfinal - t0|`` by default."""
    span = abs(tfinal - t0)
    return min(span, 0.1 * span if options.max_step is None else options.max_step)


def initial_weights(y: np.ndarray, threshold, normcontrol: bool):
    """The weights of the initial step's norms: ``max(|y|, threshold)`` (NormControl:
    ``max(||y||, threshold)``)."""
    if normcontrol:
        return max(float(np.linalg.norm(y)), threshold)
    return np.maximum(np.abs(y), threshold)


def weighted_size(v: np.ndarray, wt, normcontrol: bool) -> float:
    """``||v ./ wt||_inf`` (NormControl: ``||v||_2 / wt``) for the weights of
    :func:`initial_weights`."""
    if normcontrol:
        return np.linalg.norm(v) / wt
    return np.max(np.abs(v / wt))


def initial_step_size(rh: float, absh: float, hmin: float) -> float:
    """MATLAB's first step: ``absh`` (``min(hmax, |tspan(2) - tspan(1)|)``) reduced to
    ``1/rh`` when ``absh rh > 1``, then at least ``hmin``."""
    if absh * rh > 1:
        absh = 1 / rh
    return max(absh, hmin)


def step_toward(t: float, tfinal: float, absh: float, hmax: float, hmin: float,
                tdir: float):
    """The next step's ``(h, |h|, last)``: ``|h|`` kept within ``[hmin, hmax]`` and
    stretched to reach tfinal when ``1.1 |h| >= |tfinal - t|`` (then ``last``)."""
    absh = min(hmax, max(hmin, absh))
    if 1.1 * absh >= abs(tfinal - t):
        h = tfinal - t
        return h, abs(h), True
    return tdir * absh, absh, False


_STATS = (("nsteps", "successful steps"), ("nfailed", "failed attempts"),
          ("nfevals", "function evaluations"), ("npds", "partial derivatives"),
          ("ndecomps", "LU decompositions"), ("nsolves", "solutions of linear systems"))


def print_stats(stats: dict) -> None:
    """MATLAB's Stats 'on' print-out of the counts a solver kept (in MATLAB's order)."""
    for key, what in _STATS:
        if key in stats:
            print(f"{stats[key]:g} {what}")


class StepOutput:
    """The output rows of an integration as its steps are taken, and its OutputFcn.

    The first row is ``(t0, y0)``; after every step :meth:`step` appends the tspan
    points it reached when tspan has more than 2 elements (:func:`requested_in_step`),
    else ``Refine - 1`` points at equal fractions of the step and the step's end. The
    OutputFcn gets ``'init'`` (tspan, or ``[t0, tfinal]``, and ``y0``) here, each step's
    new rows (``numel(OutputSel) x m``), and ``'done'`` from :meth:`close`. Shared by
    the explicit pairs, ode23s and ode15s.
    """

    def __init__(self, options: OdeOptions, tspan_points: np.ndarray, t0: float,
                 tfinal: float, y0: np.ndarray, refine: int):
        self.tspan_points = tspan_points
        self.tdir = 1.0 if tfinal > t0 else -1.0
        self.requested = tspan_points.size > 2
        self.S = (np.arange(1, refine) / refine if (not self.requested and refine > 1)
                  else None)
        self.times = [np.array([t0])]
        self.values = [y0[None, :].copy()]
        self.nxt = 1                    # the next requested tspan index
        self.outfcn = options.output_fcn
        self.sel = options.output_sel if options.output_sel is not None else slice(None)
        if self.outfcn is not None:
            self.outfcn(np.array(tspan_points if self.requested else [t0, tfinal]),
                        y0[self.sel].copy(), "init")

    def step(self, t: float, tnew: float, ynew: np.ndarray, stop: bool, interpolate_at,
             nonneg: np.ndarray | None = None) -> bool:
        """Append the output of the step from ``t`` to ``tnew`` (``stop``: a terminal
        event ends it there); ``interpolate_at(times)`` gives the step's continuous
        extension as rows. Interpolated NonNegative components are clipped at 0 when
        ``nonneg`` is given. True when the OutputFcn asks to stop."""
        if self.requested:
            new_t, new_y, self.nxt = requested_in_step(
                self.tspan_points, self.nxt, self.tdir, tnew, ynew, stop, interpolate_at)
            if new_t is None or not new_t.size:
                return False
        elif self.S is not None:
            tref = t + (tnew - t) * self.S
            new_t = np.append(tref, tnew)
            new_y = np.vstack([interpolate_at(tref), ynew[None, :]])
        else:
            new_t = np.array([tnew])
            new_y = ynew[None, :].copy()
        if nonneg is not None:
            nn = new_y[:, nonneg]
            new_y[:, nonneg] = np.where(nn.real < 0, 0, nn)
            new_y[new_t == tnew] = ynew
        self.append(new_t, new_y)
        return self.outfcn is not None and bool(
            self.outfcn(new_t.copy(), new_y[:, self.sel].T.copy(), ""))

    def append(self, new_t: np.ndarray, new_y: np.ndarray) -> None:
        """Append rows computed elsewhere (the deferred Refine points)."""
        self.times.append(new_t)
        self.values.append(new_y)

    def close(self) -> None:
        """The OutputFcn's ``'done'`` call."""
        if self.outfcn is not None:
            self.outfcn(np.array([]), np.array([]), "done")

    def arrays(self):
        """``(t, y)``: the output times and the ``len(t) x neq`` solution."""
        return np.concatenate(self.times), np.concatenate(self.values, axis=0)


class _DeferredSteps:
    """The data of the steps whose Refine points :func:`_refined` interpolates after
    the integration: ``t``, ``tnew``, ``h`` (floats), ``y`` and ``ynew`` (the step's own
    arrays, never modified afterwards) and a copy of the stages ``K``, kept in a
    buffer that doubles when full."""

    def __init__(self, nst, neq, dtype):
        self.n = 0
        self.t, self.tnew, self.h, self.y, self.ynew = [], [], [], [], []
        self.K = np.empty((64, nst, neq), dtype)

    def append(self, t, tnew, y, h, K, ynew):
        if self.n == self.K.shape[0]:
            self.K = np.concatenate([self.K, np.empty_like(self.K)])
        self.K[self.n] = K
        self.n += 1
        self.t.append(t)
        self.tnew.append(tnew)
        self.h.append(h)
        self.y.append(y)
        self.ynew.append(ynew)

    def arrays(self):
        """``(t, tnew, y, h, K, ynew)`` stacked over the steps."""
        return (np.array(self.t), np.array(self.tnew), np.array(self.y),
                np.array(self.h), self.K[:self.n], np.array(self.ynew))


def _requested(pair, reached, tspan_points, nonneg, out):
    """Append the rows of the requested tspan points the ``reached`` steps passed: what
    :meth:`StepOutput.step` appends step by step (:func:`requested_in_step`: a point
    equal to the step's end gets ``ynew``, a terminal event's ``tnew`` is appended,
    NonNegative components clipped), the interpolation done by
    :func:`interpolate_steps` over the steps that reached the same number of points
    (each step's products are the BLAS calls of its own :func:`interpolate`)."""
    values = [None] * len(reached)
    groups = {}
    for j, step in enumerate(reached):
        if step[1]:
            groups.setdefault(step[1], []).append(j)
    for count, js in groups.items():
        first, _, _, t0, _, ys, hs, Ks, _ = zip(*(reached[j] for j in js))
        tq = np.array([tspan_points[f:f + count] for f in first])
        stacked = interpolate_steps(pair, tq, np.array(t0), np.array(ys), np.array(hs),
                                    np.array(Ks))
        for j, v in zip(js, stacked):
            values[j] = v
    for (first, count, stop, _, tnew, _, _, _, ynew), new_y in zip(reached, values):
        new_t = tspan_points[first:first + count].copy()
        if count:
            new_y = new_y.copy()
            exact = new_t == tnew
            if exact.any():
                new_y[exact] = ynew
        if stop:
            new_t = np.append(new_t, tnew)
            new_y = ynew[None, :] if new_y is None else np.vstack([new_y, ynew[None, :]])
        if nonneg is not None:
            nn = new_y[:, nonneg]
            new_y[:, nonneg] = np.where(nn.real < 0, 0, nn)
            new_y[new_t == tnew] = ynew
        out.append(new_t, new_y)


def _refined(pair, dense, S, nonneg):
    """The output of the deferred Refine steps (a :class:`_DeferredSteps`): per step
    ``t + (tnew - t)*S`` and ``tnew``, with their values (what the step-by-step branch
    of :func:`solve` appends, stacked)."""
    t0, tn, ys, hs, Ks, yn = dense.arrays()
    tref = t0[:, None] + (tn - t0)[:, None] * S
    new_t = np.concatenate([tref, tn[:, None]], axis=1)
    new_y = np.concatenate([interpolate_steps(pair, tref, t0, ys, hs, Ks),
                            yn[:, None, :]], axis=1)
    if nonneg is not None:
        nn = new_y[:, :, nonneg]
        new_y[:, :, nonneg] = np.where(nn.real < 0, 0, nn)
        at_end = new_t == tn[:, None]
        new_y[at_end] = np.broadcast_to(yn[:, None, :], new_y.shape)[at_end]
    return new_t.reshape(-1), new_y.reshape(-1, new_y.shape[2])
