"""The explicit Runge-Kutta driver shared by ``matlab.ode45`` and ``matlab.ode23``.

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
* the initial step: ``absh = min(hmax, |tfinal - t0|)``; with
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
* NonNegative: the right-hand side of a listed component is clipped to be >= 0 where
  that component is <= 0, a step whose listed components went negative by more than
  the tolerance is rejected (the step halved), and interpolated values are clipped at 0.

Consequences worth knowing (all MATLAB's): the stretched last step may exceed MaxStep by
up to 10%; an event function that is exactly 0 at t0 and then changes sign is reported
(within ``128*eps`` of t0) but a terminal one does not stop there; a NonNegative
component may end a step negative by less than its AbsTol.

Decisions where MATLAB's documentation is silent or compat differs on purpose:

* single ``y0``: MATLAB computes in single; compat integrates in double with
  RelTol's floor at ``100*eps('single')`` and returns single (the step sequence may
  then differ from MATLAB's in the last digits);
* a non-finite ``f(t0, y0)`` is an error (MATLAB would go on and return NaN);
* the Mass option is refused (MATLAB's ode45 solves ``M y' = f``); OutputFcn receives
  ``y`` in MATLAB's layout (``numel(OutputSel) x m``) and is not defaulted to odeplot.

Inputs and outputs of the Python functions follow the conventions of compat
(``y`` is ``numel(t) x numel(y0)``); this module does the work and leaves the MATLAB
surface (argument forms, nargout) to ``compat.matlab.ode45``/``ode23``.

The stepping is a Python loop: every step depends on the previous one and calls the
user's Python function, so it cannot be vectorised. The loop body is kept to a few numpy
calls on small arrays (one dot product per stage, one fused error norm).
"""

from __future__ import annotations

import math
import warnings
from dataclasses import dataclass

import numpy as np

from compat._core.errors import (CompatWarning, IntegrationTolNotMetWarning,  # noqa: F401
                                 RelTolIncreaseWarning, matlab_error)

__all__ = ["RungeKuttaPair", "DORMAND_PRINCE", "BOGACKI_SHAMPINE", "solve",
           "OdeSolution", "IntegrationTolNotMetWarning", "interpolate",
           "ODE_OPTION_NAMES"]


# Every property name odeset knows, in MATLAB's spelling (MATLAB's odeset documentation,
# "Options" table, R2023b).
ODE_OPTION_NAMES = (
    "AbsTol", "BDF", "Events", "InitialSlope", "InitialStep", "Jacobian", "JConstant",
    "JPattern", "Mass", "MassSingular", "MaxOrder", "MaxStep",
    "MStateDependence", "MvPattern", "NonNegative", "NormControl", "OutputFcn",
    "OutputSel", "Refine", "RelTol", "Stats", "Vectorized",
)


@dataclass(frozen=True)
class RungeKuttaPair:
    """An explicit embedded pair in MATLAB's tableau layout.

    ``B[:, i]`` holds the weights of the earlier stages forming the argument of stage
    ``i + 2`` (its last column is the propagated solution); ``A`` the nodes of stages
    2.. (the last is 1); ``E`` the error-estimate weights (to be multiplied by ``h``);
    ``BI`` the continuous extension: ``y(t + s h) = y + h * K^T BI [s, s^2, ...]``.
    """

    name: str
    A: np.ndarray
    B: np.ndarray
    E: np.ndarray
    BI: np.ndarray
    pow: float
    first_failure_floor: float
    refine: int

    @property
    def stages(self) -> int:
        return self.B.shape[0]


# Dormand & Prince, "A family of embedded Runge-Kutta formulae", J. Comput. Appl. Math.
# 6 (1980), RK5(4)7FM; error weights b5 - b4 as MATLAB's ode45 uses them (Shampine &
# Reichelt 1997, section 2); continuous extension of order 4 from L. F. Shampine, "Some
# practical Runge-Kutta formulas", Math. Comp. 46 (1986) (MATLAB's ntrp45).
DORMAND_PRINCE = RungeKuttaPair(
    name="ode45",
    A=np.array([1 / 5, 3 / 10, 4 / 5, 8 / 9, 1.0, 1.0]),
    B=np.array([
        [1 / 5, 3 / 40, 44 / 45, 19372 / 6561, 9017 / 3168, 35 / 384],
        [0, 9 / 40, -56 / 15, -25360 / 2187, -355 / 33, 0],
        [0, 0, 32 / 9, 64448 / 6561, 46732 / 5247, 500 / 1113],
        [0, 0, 0, -212 / 729, 49 / 176, 125 / 192],
        [0, 0, 0, 0, -5103 / 18656, -2187 / 6784],
        [0, 0, 0, 0, 0, 11 / 84],
        [0, 0, 0, 0, 0, 0],
    ]),
    E=np.array([71 / 57600, 0, -71 / 16695, 71 / 1920, -17253 / 339200, 22 / 525,
                -1 / 40]),
    BI=np.array([
        [1, -183 / 64, 37 / 12, -145 / 128],
        [0, 0, 0, 0],
        [0, 1500 / 371, -1000 / 159, 1000 / 371],
        [0, -125 / 32, 125 / 12, -375 / 64],
        [0, 9477 / 3392, -729 / 106, 25515 / 6784],
        [0, -11 / 7, 11 / 3, -55 / 28],
        [0, 3 / 2, -4, 5 / 2],
    ]),
    pow=1 / 5,
    first_failure_floor=0.1,
    refine=4,
)

# Bogacki & Shampine, "A 3(2) pair of Runge-Kutta formulas", Appl. Math. Lett. 2 (1989);
# the extension is the cubic Hermite interpolant through (t, y, f1) and (tnew, ynew, f4)
# written in the stages (MATLAB's ntrp23).
BOGACKI_SHAMPINE = RungeKuttaPair(
    name="ode23",
    A=np.array([1 / 2, 3 / 4, 1.0]),
    B=np.array([
        [1 / 2, 0, 2 / 9],
        [0, 3 / 4, 1 / 3],
        [0, 0, 4 / 9],
        [0, 0, 0],
    ]),
    E=np.array([-5 / 72, 1 / 12, 1 / 9, -1 / 8]),
    BI=np.array([
        [1, -4 / 3, 5 / 9],
        [0, 1, -2 / 3],
        [0, 4 / 3, -8 / 9],
        [0, -1, 1],
    ]),
    pow=1 / 3,
    first_failure_floor=0.5,
    refine=1,
)


def interpolate(pair: RungeKuttaPair, tq, t, y, h, K, derivative=False):
    """Continuous extension of one step at the times ``tq`` (1-D).

    Returns ``(len(tq), n)`` values (and derivatives when asked), MATLAB's
    ``y + f*(h*BI)*cumprod([s;s;...])`` with ``s = (tq - t)/h``.
    """
    s = (np.asarray(tq, dtype=float) - t) / h
    p = pair.BI.shape[1]
    powers = np.cumprod(np.broadcast_to(s, (p, s.size)), axis=0)  # s, s^2, ...
    coef = K.T @ (h * pair.BI)                                   # n x p
    yq = (y[:, None] + coef @ powers).T
    if not derivative:
        return yq
    dpow = np.empty((p, s.size))
    dpow[0] = 1.0
    for k in range(1, p):
        dpow[k] = (k + 1) * s ** k
    return yq, (K.T @ pair.BI @ dpow).T


# --------------------------------------------------------------------------- options
def _get(options, name):
    """Value of an odeset property (None when unset or empty)."""
    if options is None:
        return None
    if isinstance(options, dict):
        value = options.get(name)
    else:
        value = getattr(options, name, None)
        if value is None:
            try:
                value = options[name]
            except (KeyError, TypeError, IndexError):
                value = None
    if value is None:
        return None
    if isinstance(value, (list, tuple)) and len(value) == 0:
        return None
    if isinstance(value, np.ndarray) and value.size == 0 and value.dtype.kind != "U":
        return None
    if isinstance(value, str) and value == "":
        return None
    return value


def _positive_scalar(fname, name, value):
    try:
        arr = np.asarray(value, dtype=float)
    except (TypeError, ValueError):
        raise matlab_error(fname, f"{name} must be a positive scalar, got {value!r}",
                           TypeError) from None
    if arr.size != 1 or not np.isfinite(arr).all() or arr.ravel()[0] <= 0:
        raise matlab_error(fname, f"{name} must be a positive finite scalar, got {value!r}")
    return float(arr.ravel()[0])


def _on_off(fname, name, value, default=False):
    if value is None:
        return default
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    if isinstance(value, str) and value.lower() in ("on", "off"):
        return value.lower() == "on"
    raise matlab_error(fname, f"{name} must be 'on' or 'off', got {value!r}")


@dataclass
class _Settings:
    rtol: float
    atol: np.ndarray
    threshold: np.ndarray | float
    normcontrol: bool
    hmax: float
    htry: float | None
    refine: int
    events: object
    nonneg: np.ndarray | None
    outputfcn: object
    outputsel: np.ndarray | None
    stats: bool


def _settings(fname, pair, options, neq, t0, tfinal, eps):
    known = {n.lower() for n in ODE_OPTION_NAMES}
    if options is not None and isinstance(options, dict):
        for key in options:
            if not isinstance(key, str) or key.lower() not in known:
                raise matlab_error(fname, f"Unrecognized property name '{key}' in the "
                                   f"options. See ODESET for possibilities.")
    rtol = _get(options, "RelTol")
    rtol = 1e-3 if rtol is None else _positive_scalar(fname, "RelTol", rtol)
    if rtol < 100 * eps:
        rtol = 100 * eps
        warnings.warn(f"{fname}: RelTol has been increased to {rtol:g}.",
                      RelTolIncreaseWarning, stacklevel=4)
    atol = _get(options, "AbsTol")
    if atol is None:
        atol = np.array([1e-6])
    else:
        try:
            atol = np.asarray(atol, dtype=float).ravel()
        except (TypeError, ValueError):
            raise matlab_error(fname, f"AbsTol must be a positive scalar or vector, got "
                               f"{atol!r}", TypeError) from None
        if atol.size not in (1, neq) or not np.all(np.isfinite(atol)) or np.any(atol <= 0):
            raise matlab_error(fname, f"AbsTol must be a positive scalar or a vector of "
                               f"length {neq} (numel(y0)), got {atol!r}")
    normcontrol = _on_off(fname, "NormControl", _get(options, "NormControl"))
    if normcontrol:
        if atol.size != 1:
            raise matlab_error(fname, "AbsTol must be a scalar when NormControl is 'on'")
        threshold = float(atol[0] / rtol)
    else:
        threshold = atol / rtol
        if threshold.size == 1:
            threshold = np.full(neq, threshold[0])
    span = abs(tfinal - t0)
    maxstep = _get(options, "MaxStep")
    maxstep = 0.1 * span if maxstep is None else _positive_scalar(fname, "MaxStep", maxstep)
    hmax = min(span, maxstep)
    htry = _get(options, "InitialStep")
    if htry is not None:
        htry = _positive_scalar(fname, "InitialStep", htry)
    refine = _get(options, "Refine")
    if refine is None:
        refine = pair.refine
    else:
        r = np.asarray(refine, dtype=float).ravel()
        if r.size != 1 or not np.isfinite(r[0]) or r[0] != int(r[0]):
            raise matlab_error(fname, f"Refine must be a positive integer, got {refine!r}")
        refine = max(1, int(r[0]))
    events = _get(options, "Events")
    if events is not None and not callable(events):
        raise matlab_error(fname, "Events must be a function (t, y) -> (value, "
                           "isterminal, direction)", TypeError)
    nonneg = _get(options, "NonNegative")
    if nonneg is not None:
        nonneg = np.asarray(nonneg).ravel()
        if nonneg.dtype == bool:
            nonneg = np.flatnonzero(nonneg) + 1
        if nonneg.size and (np.any(nonneg != np.round(nonneg)) or nonneg.min() < 1 or
                            nonneg.max() > neq):
            raise matlab_error(fname, f"NonNegative must hold 1-based indices of y0 "
                               f"(1 to {neq}), got {nonneg!r}")
        nonneg = nonneg.astype(int) - 1 if nonneg.size else None
        if nonneg is not None and normcontrol:
            raise matlab_error(fname, "NonNegative is not supported with NormControl "
                               "'on' by compat")
    outputfcn = _get(options, "OutputFcn")
    if outputfcn is not None and not callable(outputfcn):
        raise matlab_error(fname, "OutputFcn must be a function (t, y, flag)", TypeError)
    outputsel = _get(options, "OutputSel")
    if outputsel is not None:
        outputsel = np.asarray(outputsel).ravel().astype(int) - 1
        if outputsel.size and (outputsel.min() < 0 or outputsel.max() >= neq):
            raise matlab_error(fname, f"OutputSel must hold 1-based indices of y0 (1 to "
                               f"{neq})")
    stats = _on_off(fname, "Stats", _get(options, "Stats"))
    if _get(options, "Mass") is not None:
        raise matlab_error(fname, "the Mass option is not supported by compat's "
                           f"{fname} (solve M\\f(t,y) in odefun instead)")
    return _Settings(rtol, atol, threshold, normcontrol, hmax, htry, refine, events,
                     nonneg, outputfcn, outputsel, stats)


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


def _as_vector(fname, value, name):
    try:
        arr = np.asarray(value)
    except Exception:  # noqa: BLE001 - report what the user passed
        raise matlab_error(fname, f"{name} must be numeric, got {type(value).__name__}",
                           TypeError) from None
    if arr.dtype.kind not in "biufc":
        raise matlab_error(fname, f"{name} must be numeric, got {arr.dtype}", TypeError)
    return arr


def check_tspan(fname, tspan):
    """Validate tspan; returns (1-D float array, was 1-D)."""
    arr = _as_vector(fname, tspan, "tspan")
    if arr.dtype.kind == "c":
        raise matlab_error(fname, "tspan must be real", TypeError)
    flat = arr.astype(float).ravel()
    if arr.ndim > 2 or (arr.ndim == 2 and min(arr.shape) > 1):
        raise matlab_error(fname, f"tspan must be a vector, got shape {arr.shape}")
    if flat.size < 2:
        raise matlab_error(fname, "tspan must have at least two elements, [t0 tfinal] "
                           f"(got {flat.size})")
    if not np.all(np.isfinite(flat)):
        raise matlab_error(fname, "tspan must be finite (no NaN or Inf)")
    if flat[0] == flat[-1]:
        raise matlab_error(fname, "The last entry in tspan must be different from the "
                           "first entry.")
    d = np.diff(flat) * np.sign(flat[-1] - flat[0])
    if np.any(d <= 0):
        raise matlab_error(fname, "The entries in tspan must strictly increase or "
                           "decrease.")
    return flat, arr.ndim < 2


def wrap_rhs(fname, odefun, args, neq, dtype, nonneg):
    """``f(t, y)`` returning a 1-D array of ``dtype`` and length ``neq``, or an error."""

    def bad(v):
        try:
            arr = np.asarray(v)
        except Exception:  # noqa: BLE001
            arr = None
        if arr is None or arr.dtype.kind not in "biufc":
            return matlab_error(fname, f"odefun must return a numeric vector, got "
                                f"{type(v).__name__}", TypeError)
        if dtype.kind != "c" and arr.dtype.kind == "c":
            return matlab_error(fname, "odefun returned complex values for real y0; pass a "
                                "complex y0 to integrate in complex arithmetic", TypeError)
        return matlab_error(fname, f"odefun returns a vector of length {arr.size} (shape "
                            f"{arr.shape}), but the length of initial conditions vector "
                            f"is {neq}. The vector returned by odefun and the initial "
                            f"conditions vector must have the same number of elements.")

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
        return normalise(odefun(t, y, *args))

    if nonneg is None:
        # The driver's hot path stores ``raw(t, y)`` straight into its stage array (one
        # C-level conversion and shape check) and falls back on ``normalise`` when that
        # assignment fails; the first call (at t0) always goes through ``f``, which
        # rejects a scalar returned for a system.
        f.raw = (lambda t, y: odefun(t, y, *args)) if args else odefun
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
    return f_nonneg


def _eps(x):
    """MATLAB's eps(x): the spacing of doubles at |x| (eps(0) is the smallest denormal)."""
    return math.ulp(abs(x))


class _EventState:
    """Event functions, their last values, and what has been found."""

    def __init__(self, fname, events, args, t0, y0):
        self.fname = fname
        self.fun = events
        self.args = args
        self.t0 = t0
        self.te, self.ye, self.ie = [], [], []
        self.value, _, _ = self(t0, y0)

    def __call__(self, t, y):
        out = self.fun(t, y, *self.args)
        if not isinstance(out, (tuple, list)) or len(out) != 3:
            raise matlab_error(self.fname, "the Events function must return (value, "
                               "isterminal, direction)", TypeError)
        value = np.asarray(out[0], dtype=float).ravel()
        term = np.broadcast_to(np.asarray(out[1], dtype=float).ravel(), value.shape)
        dirn = np.asarray(out[2], dtype=float).ravel()
        dirn = np.zeros(value.shape) if dirn.size == 0 else np.broadcast_to(dirn,
                                                                            value.shape)
        return value, term, dirn

    def locate(self, interp, t, y, tnew, ynew):
        """MATLAB's odezero: events in (t, tnew]; returns (found, stop)."""
        tol = 128 * max(_eps(t), _eps(tnew))
        tol = min(tol, abs(tnew - t))
        tdir = math.copysign(1.0, tnew - t)
        vnew, isterminal, direction = self(tnew, ynew)
        tL, yL, vL = t, y, self.value.copy()
        tR, yR, vR = tnew, ynew, vnew.copy()
        ttry, vtry = tR, vR
        found, stop = [], False
        realmin = np.finfo(float).tiny
        while True:
            lastmoved = 0
            while True:
                indzc = np.flatnonzero((np.sign(vL) != np.sign(vR)) &
                                       (direction * (vR - vL) >= 0))
                if indzc.size == 0:
                    if lastmoved != 0:
                        raise matlab_error(self.fname, "an event disappeared (internal "
                                           "error)", RuntimeError)
                    self.value = vnew
                    return found, stop
                delta = tR - tL
                if abs(delta) <= tol:
                    break
                if tL == t and np.any((vL[indzc] == 0) & (vR[indzc] != 0)):
                    ttry = tL + tdir * 0.5 * tol
                else:
                    change = 1.0
                    for j in indzc:
                        if vL[j] == 0:
                            if tdir * ttry > tdir * tR and vtry[j] != vR[j]:
                                maybe = 1.0 - vR[j] * (ttry - tR) / ((vtry[j] - vR[j]) * delta)
                                if maybe < 0 or maybe > 1:
                                    maybe = 0.5
                            else:
                                maybe = 0.5
                        elif vR[j] == 0:
                            if tdir * ttry < tdir * tL and vtry[j] != vL[j]:
                                maybe = vL[j] * (tL - ttry) / ((vtry[j] - vL[j]) * delta)
                                if maybe < 0 or maybe > 1:
                                    maybe = 0.5
                            else:
                                maybe = 0.5
                        else:
                            maybe = -vL[j] / (vR[j] - vL[j])
                        change = min(change, maybe)
                    change *= abs(delta)
                    change = max(0.5 * tol, min(change, abs(delta) - 0.5 * tol))
                    ttry = tL + tdir * change
                ytry = interp(ttry)
                vtry = self(ttry, ytry)[0]
                if np.any((np.sign(vL) != np.sign(vtry)) & (direction * (vtry - vL) >= 0)):
                    tR, ttry = ttry, tR
                    yR, ytry = ytry, yR
                    vR, vtry = vtry, vR
                    if lastmoved == 2:        # Illinois: halve vL after two moves left
                        half = 0.5 * vL
                        keep = np.abs(half) >= realmin
                        vL = np.where(keep, half, vL)
                    lastmoved = 2
                else:
                    tL, ttry = ttry, tL
                    yL, ytry = ytry, yL
                    vL, vtry = vtry, vL
                    if lastmoved == 1:
                        half = 0.5 * vR
                        keep = np.abs(half) >= realmin
                        vR = np.where(keep, half, vR)
                    lastmoved = 1
            for j in indzc:
                found.append((tR, yR, int(j) + 1))
            if np.any(isterminal[indzc] != 0):
                if tL != self.t0:
                    stop = True
                break
            if abs(tnew - tR) <= tol:
                break
            ttry, ytry, vtry = tR, yR, vR
            tL = tR + tdir * 0.5 * tol
            yL = interp(tL)
            vL = self(tL, yL)[0]
            tR, yR, vR = tnew, ynew, vnew.copy()
        self.value = vnew
        return found, stop


def solve(fname, pair, segments, y0, options, eps, *, tspan_points, output_sol,
          args=()):
    """Integrate over consecutive segments (one unless restarts were asked for).

    ``segments`` is a list of ``(t0, tfinal, rhs)`` where ``rhs(t, y)`` is an already
    wrapped right-hand side; ``tspan_points`` the user's tspan (output at exactly these
    when it has more than 2 elements).
    """
    y = y0
    neq = y.size
    dtype = y.dtype
    t_start, t_end = float(tspan_points[0]), float(tspan_points[-1])
    opts = _settings(fname, pair, options, neq, t_start, t_end, eps)
    tdir = 1.0 if t_end > t_start else -1.0
    requested = tspan_points.size > 2
    refine = opts.refine
    S = np.arange(1, refine) / refine if (not requested and refine > 1) else None
    A, B, E, BI, pw = pair.A, pair.B, pair.E, pair.BI, pair.pow
    nst = pair.stages
    threshold = opts.threshold
    rtol = opts.rtol
    normcontrol = opts.normcontrol
    hmax_global = opts.hmax
    floor = pair.first_failure_floor
    nonneg = opts.nonneg
    if nonneg is not None:
        thr_nn = threshold[nonneg]
        if np.any(y[nonneg].real < 0):
            raise matlab_error(fname, "some NonNegative components of y0 are negative")

    tout = [np.array([t_start])]
    yout = [y[None, :].copy()]
    nxt = 1                             # next requested tspan index
    xs, xys, f3ds = ([t_start], [y.copy()], [np.zeros((neq, nst), dtype)]) \
        if output_sol else (None, None, None)
    nsteps = nfailed = nfevals = 0
    events = None
    if opts.events is not None:
        events = _EventState(fname, opts.events, args, t_start, y)
    outfcn = opts.outputfcn
    sel = opts.outputsel if opts.outputsel is not None else slice(None)
    if outfcn is not None:
        outfcn(np.array(tspan_points if requested else [t_start, t_end]), y[sel].copy(),
               "init")
    stop_all = False
    K = np.zeros((nst, neq), dtype)
    BT = np.ascontiguousarray(B.T)
    Al = [float(a) for a in A]
    dot = np.dot
    for seg_index, (t0, tfinal, rhs) in enumerate(segments):
        raw, normalise = rhs.raw, rhs.normalise
        t = float(t0)
        absy = np.abs(y)
        f0 = rhs(t, y)
        nfevals += 1
        if seg_index == 0 and not np.all(np.isfinite(f0)):
            raise matlab_error(fname, f"odefun returned a non-finite value at t0 = {t:g}")
        K[:] = 0
        K[0] = f0
        hmax = min(hmax_global, abs(tfinal - t))
        hmin = 16 * _eps(t)
        if normcontrol:
            normy = float(np.linalg.norm(y))
        if opts.htry is None or seg_index > 0:
            absh = min(hmax, abs(tfinal - t))
            if normcontrol:
                rh = (np.linalg.norm(f0) / max(normy, threshold)) / (0.8 * rtol ** pw)
            else:
                rh = np.max(np.abs(f0 / np.maximum(np.abs(y), threshold))) / \
                    (0.8 * rtol ** pw)
            if absh * rh > 1:
                absh = 1 / rh
            absh = max(absh, hmin)
        else:
            absh = min(hmax, max(hmin, opts.htry))
        done = False
        while not done:
            hmin = 16 * _eps(t)
            absh = min(hmax, max(hmin, absh))
            h = tdir * absh
            if 1.1 * absh >= abs(tfinal - t):
                h = tfinal - t
                absh = abs(h)
                done = True
            nofailed = True
            while True:
                # MATLAB forms hB = h*B once per attempt and each stage argument as
                # y + f*hB(:,i); the rows of hBT are those columns (contiguous).
                hBT = h * BT
                for i in range(nst - 2):
                    v = raw(t + h * Al[i], y + dot(hBT[i], K))
                    try:
                        K[i + 1] = v
                    except (ValueError, TypeError):
                        K[i + 1] = normalise(v)
                tnew = t + h * Al[-1]
                if done:
                    tnew = tfinal
                h = tnew - t
                ynew = y + dot(hBT[-1], K)
                v = raw(tnew, ynew)
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
                else:
                    absynew = np.abs(ynew)
                    # max(...) over a list is faster than ndarray.max for short vectors
                    err = absh * max((np.abs(dot(E, K)) / np.maximum(
                        np.maximum(absy, absynew), threshold)).tolist())
                    if nonneg is not None and err <= rtol and np.any(ynew[nonneg].real < 0):
                        err_nn = np.max(np.maximum(0, -ynew[nonneg].real) / thr_nn)
                        if err_nn > rtol:
                            err = err_nn
                            nn_reject = True
                if err > rtol:
                    nfailed += 1
                    if absh <= hmin:
                        warnings.warn(
                            f"{fname}: Failure at t={t:e}.  Unable to meet integration "
                            f"tolerances without reducing the step size below the "
                            f"smallest value allowed ({hmin:e}) at time t.",
                            IntegrationTolNotMetWarning, stacklevel=4)
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
            nsteps += 1

            stop = False
            if events is not None:
                Kc, tc, yc, hc = K.copy(), t, y, h
                found, stop = events.locate(
                    lambda tq: interpolate(pair, [tq], tc, yc, hc, Kc)[0], t, y, tnew, ynew)
                for te, ye, ie in found:
                    events.te.append(te)
                    events.ye.append(np.asarray(ye).copy())
                    events.ie.append(ie)
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

            new_t = new_y = None
            if requested:
                ks = []
                while nxt < tspan_points.size:
                    if tdir * (tnew - tspan_points[nxt]) < 0:
                        break
                    ks.append(nxt)
                    nxt += 1
                if ks:
                    new_t = tspan_points[ks]
                    new_y = interpolate(pair, new_t, t, y, h, K)
                    exact = new_t == tnew
                    if exact.any():
                        new_y[exact] = ynew
                if stop:
                    new_t = np.append(new_t if new_t is not None else [], tnew)
                    yy = ynew[None, :]
                    new_y = yy if new_y is None else np.vstack([new_y, yy])
            elif S is not None:
                tref = t + (tnew - t) * S
                new_t = np.append(tref, tnew)
                new_y = np.vstack([interpolate(pair, tref, t, y, h, K), ynew[None, :]])
            else:
                new_t = np.array([tnew])
                new_y = ynew[None, :].copy()
            if new_t is not None and new_t.size:
                if nonneg is not None:
                    nn = new_y[:, nonneg]
                    new_y[:, nonneg] = np.where(nn.real < 0, 0, nn)
                    new_y[new_t == tnew] = ynew
                tout.append(new_t)
                yout.append(new_y)
                if outfcn is not None and outfcn(new_t.copy(), new_y[:, sel].T.copy(), ""):
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
            K[0] = K[-1]
        if stop_all:
            break
    if outfcn is not None:
        outfcn(np.array([]), np.array([]), "done")
    stats = {"nsteps": nsteps, "nfailed": nfailed, "nfevals": nfevals}
    if opts.stats:
        print(f"{nsteps:g} successful steps")
        print(f"{nfailed:g} failed attempts")
        print(f"{nfevals:g} function evaluations")
    t_all = np.concatenate(tout)
    y_all = np.concatenate(yout, axis=0)
    if events is not None and events.te:
        te = np.array(events.te, dtype=float)
        ye = np.array(events.ye).reshape(len(events.te), neq)
        ie = np.array(events.ie, dtype=float)
    else:
        te = np.zeros(0)
        ye = np.zeros((0, neq), dtype)
        ie = np.zeros(0)
    if output_sol:
        x = np.array(xs, dtype=float)
        xy = np.array(xys).T.reshape(neq, len(xs))
        f3d = np.stack(f3ds, axis=2)
    else:
        x = xy = f3d = None
    return OdeSolution(pair.name, t_all, y_all, te, ye, ie, x, xy, f3d, stats)


# --------------------------------------------------------------------------- odeset names
def resolve_option_name(fname, name):
    """MATLAB's odeset name matching: case-insensitive, unique prefixes, exact wins."""
    if not isinstance(name, str):
        raise matlab_error(fname, f"Expected a property name (a string), got {name!r}.",
                           TypeError)
    low = name.lower()
    matches = [n for n in ODE_OPTION_NAMES if n.lower().startswith(low)] if low else []
    if not matches:
        raise matlab_error(fname, f"Unrecognized property name '{name}'. See ODESET for "
                           f"possibilities.")
    if len(matches) > 1:
        exact = [n for n in matches if n.lower() == low]
        if len(exact) == 1:
            return exact[0]
        raise matlab_error(fname, f"Ambiguous property name '{name}' "
                           f"({', '.join(matches)}).")
    return matches[0]


def make_options(fname, args, kwargs):
    """odeset(oldopts, newopts, 'name', value, ..., Name=value): a MatlabStruct."""
    from compat._core.struct import MatlabStruct

    out = MatlabStruct({n: np.zeros((0, 0)) for n in ODE_OPTION_NAMES})
    given = {}
    args = list(args)
    i = 0
    while i < len(args) and not isinstance(args[i], str):   # leading option structures
        old = args[i]
        if old is None or (isinstance(old, (list, tuple)) and len(old) == 0) or \
                (isinstance(old, np.ndarray) and old.size == 0):
            i += 1
            continue
        if not isinstance(old, dict) and not hasattr(old, "__dict__"):
            raise matlab_error(fname, f"Expected argument {i + 1} to be a string "
                               f"property name or an options structure, got "
                               f"{type(old).__name__}.", TypeError)
        items = old.items() if isinstance(old, dict) else vars(old).items()
        for key, value in items:
            canonical = resolve_option_name(fname, key)
            if _get({canonical: value}, canonical) is not None:
                given[canonical] = value
        i += 1
    rest = args[i:]
    if len(rest) % 2:
        raise matlab_error(fname, f"Arguments must occur in name-value pairs; "
                           f"{rest[-1]!r} has no value.")
    pairs = list(zip(rest[::2], rest[1::2])) + list(kwargs.items())
    for key, value in pairs:
        if not isinstance(key, str):
            raise matlab_error(fname, f"Expected a string property name, got {key!r}.",
                               TypeError)
        given[resolve_option_name(fname, key)] = value
    for key, value in given.items():
        # arrays are copied: MATLAB structs hold values, not references to the caller's data
        out[key] = value.copy() if isinstance(value, np.ndarray) else value
    return out


# --------------------------------------------------------------------------- MATLAB face
def _column(values, one_d):
    values = np.asarray(values, dtype=float)
    return values if one_d else values.reshape(-1, 1)


def matlab_ode(fname, pair, odefun, tspan, y0, options, args, nargout, inputs,
               input_method, input_restart, kwargs):
    """The whole ode45/ode23 call: validation, restarts, output shaping."""
    from compat._core.args import check_nargout
    from compat._core.struct import MatlabStruct

    nargout = check_nargout(fname, nargout, 5)
    if not callable(odefun):
        raise matlab_error(fname, f"odefun must be a function f(t, y), got "
                           f"{type(odefun).__name__}", TypeError)
    if kwargs:
        options = make_options(fname, [options], kwargs)
    elif options is not None and not isinstance(options, dict) and \
            not hasattr(options, "__dict__"):
        if not (isinstance(options, (list, tuple, np.ndarray)) and len(options) == 0):
            raise matlab_error(fname, f"options must be a structure made by odeset (or "
                               f"[]), got {type(options).__name__}", TypeError)
        options = None
    elif isinstance(options, (list, tuple)) and len(options) == 0:
        options = None
    tpoints, t_one_d = check_tspan(fname, tspan)
    y0a = _as_vector(fname, y0, "y0")
    if y0a.size == 0:
        raise matlab_error(fname, "y0 must not be empty")
    if y0a.ndim > 2 or (y0a.ndim == 2 and min(y0a.shape) > 1):
        raise matlab_error(fname, f"y0 must be a vector, got shape {y0a.shape}")
    if not np.all(np.isfinite(y0a)):
        raise matlab_error(fname, "y0 must be finite (no NaN or Inf)")
    single = y0a.dtype in (np.float32, np.complex64)
    work = np.complex128 if y0a.dtype.kind == "c" else np.float64
    y = np.array(y0a, dtype=work).reshape(-1)          # a copy: the caller's y0 is safe
    neq = y.size
    eps = float(np.finfo(np.float32).eps) if single else float(np.finfo(float).eps)
    nonneg = _get(options, "NonNegative")
    nonneg_idx = None
    if nonneg is not None:
        nn = np.asarray(nonneg).ravel()
        if nn.dtype == bool:
            nn = np.flatnonzero(nn) + 1
        if nn.size and np.all(nn == np.round(nn)) and nn.min() >= 1 and nn.max() <= neq:
            nonneg_idx = nn.astype(int) - 1
    t0, tfinal = float(tpoints[0]), float(tpoints[-1])
    dt = np.dtype(work)
    if inputs is None:
        if input_method is not None or input_restart is not None:
            raise matlab_error(fname, "input_method/input_restart need inputs=(ts, U)",
                               TypeError)
        rhs = wrap_rhs(fname, odefun, args, neq, dt, nonneg_idx)
        segments = [(t0, tfinal, rhs)]
    else:
        from compat._core.sampled_inputs import SampledInputs

        if isinstance(inputs, SampledInputs):
            sampled = inputs
        elif isinstance(inputs, (tuple, list)) and len(inputs) in (2, 3) and \
                (len(inputs) == 2 or isinstance(inputs[2], str)):
            from compat._core.interpolation import parse_method
            from compat._core.sampled_inputs import INPUT_METHODS

            method = inputs[2] if len(inputs) == 3 else input_method
            sampled = SampledInputs(inputs[0], inputs[1],
                                    parse_method("linear" if method is None else method,
                                                 allowed=INPUT_METHODS),
                                    input_restart)
        else:
            raise matlab_error(fname, "inputs must be (ts, U) or (ts, U, method)",
                               TypeError)
        sampled.check_span(t0, tfinal)
        cuts = [t0] + sampled.restart_times(t0, tfinal) + [tfinal]
        segments = []
        for a, b in zip(cuts[:-1], cuts[1:]):
            u = sampled.fixed(a, b) if sampled.restart else sampled.cursor(a)
            segments.append((a, b, wrap_rhs(fname, _with_input(odefun, u), args, neq,
                                            dt, nonneg_idx)))
    sol = solve(fname, pair, segments, y, options, eps, tspan_points=tpoints,
                output_sol=(nargout == 1), args=args)
    out_dtype = (np.complex64 if work is np.complex128 else np.float32) if single \
        else work
    if nargout == 1:
        s = MatlabStruct()
        s.solver = pair.name
        s.extdata = MatlabStruct(odefun=odefun, options=options, varargin=list(args))
        s.x = sol.x.reshape(1, -1)
        s.y = sol.xy.astype(out_dtype)
        s.stats = MatlabStruct(nsteps=np.float64(sol.stats["nsteps"]),
                               nfailed=np.float64(sol.stats["nfailed"]),
                               nfevals=np.float64(sol.stats["nfevals"]))
        s.idata = MatlabStruct(f3d=sol.f3d)
        if _get(options, "Events") is not None:
            s.xe = sol.te.reshape(1, -1)
            s.ye = sol.ye.T.astype(out_dtype)
            s.ie = sol.ie.reshape(1, -1)
        return s
    outs = (_column(sol.t, t_one_d), sol.y.astype(out_dtype), _column(sol.te, t_one_d),
            sol.ye.astype(out_dtype), _column(sol.ie, t_one_d))
    return outs[:nargout]


def _with_input(odefun, u):
    def f(t, y, *args):
        return odefun(t, y, u(t), *args)
    return f


def deval_solution(fname, sol, xint, idx=None, nargout=1):
    """MATLAB's deval on a solution structure from ode45/ode23."""
    from compat._core.args import check_nargout

    nargout = check_nargout(fname, nargout, 2)
    try:
        solver = sol["solver"]
        x = np.asarray(sol["x"], dtype=float).ravel()
        ys = np.asarray(sol["y"])
        f3d = np.asarray(sol["idata"]["f3d"])
    except (KeyError, TypeError, IndexError):
        raise matlab_error(fname, "sol must be a solution structure returned by ode45 or "
                           "ode23 (called with nargout=1)", TypeError) from None
    pairs = {"ode45": DORMAND_PRINCE, "ode23": BOGACKI_SHAMPINE}
    if solver not in pairs:
        raise matlab_error(fname, f"solutions of {solver!r} are not supported (ode45, "
                           f"ode23)")
    pair = pairs[solver]
    neq = ys.shape[0]
    xq = _as_vector(fname, xint, "xint")
    if xq.dtype.kind == "c":
        raise matlab_error(fname, "xint must be real", TypeError)
    xq = xq.astype(float).ravel()
    if not np.all(np.isfinite(xq)):
        raise matlab_error(fname, "xint must be finite")
    if idx is None:
        rows = np.arange(neq)
    else:
        rows = np.asarray(idx).ravel()
        if rows.size == 0 or np.any(rows != np.round(rows)) or rows.min() < 1 or \
                rows.max() > neq:
            raise matlab_error(fname, f"idx must hold 1-based indices of the solution "
                               f"components (1 to {neq})")
        rows = rows.astype(int) - 1
    tdir = 1.0 if x[-1] >= x[0] else -1.0
    lo, hi = min(x[0], x[-1]), max(x[0], x[-1])
    if xq.size and (xq.min() < lo or xq.max() > hi):
        raise matlab_error(fname, f"Attempting to evaluate the solution outside the "
                           f"interval [{x[0]:e}, {x[-1]:e}] where it is defined.")
    out = np.empty((neq, xq.size), ys.dtype)
    dout = np.empty((neq, xq.size), ys.dtype)
    if x.size == 1:
        out[:] = ys[:, :1]
        dout[:] = 0
    else:
        # step j (1-based in sol) covers (x[j-1], x[j]]; x[0] itself uses the first step
        j = np.searchsorted(tdir * x, tdir * xq, side="left")
        j = np.clip(j, 1, x.size - 1)
        for step in np.unique(j):
            sel = np.flatnonzero(j == step)
            t, h = x[step - 1], x[step] - x[step - 1]
            K = f3d[:, :, step].T.astype(ys.dtype if ys.dtype.kind == "c" else float)
            yq, ypq = interpolate(pair, xq[sel], t, ys[:, step - 1].astype(K.dtype), h, K,
                                  derivative=True)
            out[:, sel] = yq.T
            dout[:, sel] = ypq.T
            at_end = xq[sel] == x[step]
            out[:, sel[at_end]] = ys[:, step:step + 1]
    result = out[rows]
    if nargout == 1:
        return result
    return result, dout[rows]
