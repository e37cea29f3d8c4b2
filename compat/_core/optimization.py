"""Derivative-free minimisation and root finding in MATLAB's published algorithms: the core.

* :func:`nelder_mead` -- MATLAB's ``fminsearch`` (Lagarias, Reeds, Wright and Wright 1998,
  as MATLAB documents it in "fminsearch Algorithm"): the initial simplex (5% of each
  nonzero component, 0.00025 for a zero one), reflection 1, expansion 2, contraction
  0.5, shrink 0.5, the order of the tests, the sort after every iteration (stable), the
  ``TolX``/``TolFun`` test on the simplex's spread and the iteration/evaluation limits;
* :func:`brent_zero` -- MATLAB's ``fzero``: the search for a sign change from a scalar
  start (steps of ``x/50`` growing by sqrt(2), alternating left and right), then the
  Dekker-Brent iteration (bisection, secant, inverse quadratic interpolation) with
  ``toler = 2*TolX*max(|b|, 1)``;
* :func:`brent_minimize` -- MATLAB's ``fminbnd``: golden-section search with parabolic
  interpolation (Brent; Forsythe, Malcolm and Moler's FMIN) and ``tol1 = sqrt(eps)*|x| +
  TolX/3``.

Every function takes a Python callable of one argument and keyword-only options and
returns a result object with the history the legacy layer needs for MATLAB's displays,
output functions and output structures. No legacy names, no printing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from typing import Callable

import numpy as np

__all__ = ["Step", "NelderMeadResult", "nelder_mead", "BrentZeroResult", "brent_zero",
           "BrentMinResult", "brent_minimize"]


class _ObjectiveError(ValueError):
    """The objective returned something that is not a real scalar (or not finite where a
    finite value is required).
    Private: the legacy layer catches it and raises its routine's error, so it never
    reaches a caller."""


@dataclass
class Step:
    """One line of MATLAB's iterative display."""

    iteration: int
    func_count: int
    value: float
    procedure: str
    x: np.ndarray | None = None


# ------------------------------------------------------------------------- Nelder-Mead
@dataclass
class NelderMeadResult:
    """``x`` (the best vertex, shaped like ``x0``), ``fval``, ``iterations``,
    ``func_count``, ``reason`` ('converged', 'maxfun', 'maxiter', 'stopped'), ``steps``
    (the display lines: iteration, function count, best value, procedure)."""

    x: np.ndarray
    fval: float
    iterations: int
    func_count: int
    reason: str
    steps: list = field(default_factory=list)


def _spacing(x: float) -> float:
    """MATLAB's ``eps(x)``."""
    x = abs(float(x))
    if not math.isfinite(x):
        return math.nan
    return float(np.spacing(x)) if x else float(np.spacing(0.0))


def nelder_mead(fun: Callable[[np.ndarray], float], x0: np.ndarray, *, tol_x: float = 1e-4,
                tol_fun: float = 1e-4, max_iter: int | None = None,
                max_fun_evals: int | None = None,
                callback: Callable[[str, Step, np.ndarray], bool] | None = None
                ) -> NelderMeadResult:
    """Minimise ``fun`` from ``x0`` by MATLAB's Nelder-Mead (see the module docstring).

    ``fun`` receives an array shaped like ``x0`` and must return a real scalar.
    ``max_iter``/``max_fun_evals`` default to ``200 * n``. ``callback(state, step,
    x)`` is called with ``state`` 'init', 'iter' and 'done' (MATLAB's OutputFcn
    protocol); returning True stops the search (reason 'stopped').
    """
    shape = np.shape(x0)
    xin = np.array(x0, dtype=np.float64).reshape(-1)
    n = xin.size
    max_iter = 200 * n if max_iter is None else max_iter
    max_fun_evals = 200 * n if max_fun_evals is None else max_fun_evals

    def f(point):
        value = fun(point.reshape(shape).copy())
        arr = np.asarray(value)
        if arr.size != 1 or arr.dtype.kind not in "biuf":
            raise _ObjectiveError("FUN must return a real scalar value")
        return float(arr.reshape(-1)[0])

    # the simplex: vertex j is row v[j] (MATLAB's column v(:, j+1))
    v = np.zeros((n + 1, n))
    fv = np.zeros(n + 1)
    v[0] = xin
    fv[0] = f(xin)
    func_evals = 1
    iteration = 0
    steps = [Step(iteration, func_evals, fv[0], "", xin.copy())]
    if callback is not None and callback("init", steps[-1], xin):
        return NelderMeadResult(xin.reshape(shape), fv[0], 0, func_evals, "stopped", steps)
    usual_delta, zero_term_delta = 0.05, 0.00025
    for j in range(n):
        y = xin.copy()
        y[j] = (1 + usual_delta) * y[j] if y[j] != 0 else zero_term_delta
        v[j + 1] = y
        fv[j + 1] = f(y)
    order = np.argsort(fv, kind="stable")
    fv = fv[order]
    v = v[order]
    iteration += 1
    func_evals = n + 1
    steps.append(Step(iteration, func_evals, fv[0], "initial simplex", v[0].copy()))
    if callback is not None and callback("iter", steps[-1], v[0]):
        return NelderMeadResult(v[0].reshape(shape), fv[0], iteration, func_evals,
                                "stopped", steps)
    rho, chi, psi, sigma = 1.0, 2.0, 0.5, 0.5
    reason = "converged"
    while func_evals < max_fun_evals and iteration < max_iter:
        spread_f = np.abs(fv[0] - fv[1:]).max()
        spread_x = np.abs(v[1:] - v[0]).max()
        if spread_f <= max(tol_fun, 10 * _spacing(fv[0])) and \
                spread_x <= max(tol_x, 10 * _spacing(v[0].max())):
            break
        # MATLAB's sum(v(:, 1:n), 2)/n: a reduction across vertices, added in order
        xbar = np.add.reduce(v[:n], axis=0) / n
        worst = v[n]
        xr = (1 + rho) * xbar - rho * worst
        fxr = f(xr)
        func_evals += 1
        if fxr < fv[0]:
            xe = (1 + rho * chi) * xbar - rho * chi * worst
            fxe = f(xe)
            func_evals += 1
            if fxe < fxr:
                v[n], fv[n], how = xe, fxe, "expand"
            else:
                v[n], fv[n], how = xr, fxr, "reflect"
        elif fxr < fv[n - 1]:
            v[n], fv[n], how = xr, fxr, "reflect"
        else:
            if fxr < fv[n]:
                xc = (1 + psi * rho) * xbar - psi * rho * worst
                fxc = f(xc)
                func_evals += 1
                if fxc <= fxr:
                    v[n], fv[n], how = xc, fxc, "contract outside"
                else:
                    how = "shrink"
            else:
                xcc = (1 - psi) * xbar + psi * worst
                fxcc = f(xcc)
                func_evals += 1
                if fxcc < fv[n]:
                    v[n], fv[n], how = xcc, fxcc, "contract inside"
                else:
                    how = "shrink"
            if how == "shrink":
                for j in range(1, n + 1):
                    v[j] = v[0] + sigma * (v[j] - v[0])
                    fv[j] = f(v[j])
                func_evals += n
        order = np.argsort(fv, kind="stable")
        fv = fv[order]
        v = v[order]
        iteration += 1
        steps.append(Step(iteration, func_evals, fv[0], how, v[0].copy()))
        if callback is not None and callback("iter", steps[-1], v[0]):
            reason = "stopped"
            break
    else:
        reason = "maxfun" if func_evals >= max_fun_evals else "maxiter"
    if reason == "converged" and (func_evals >= max_fun_evals or iteration >= max_iter):
        reason = "maxfun" if func_evals >= max_fun_evals else "maxiter"
    x = v[0].reshape(shape)
    if callback is not None:
        callback("done", steps[-1], v[0])
    return NelderMeadResult(x.copy(), float(fv[0]), iteration, func_evals, reason, steps)


# ------------------------------------------------------------------------------ fzero
@dataclass
class BrentZeroResult:
    """``x``, ``fval``, ``reason`` ('converged', 'interval not found', 'singular',
    'maxfun', 'maxiter', 'nonfinite'), ``iterations``, ``interval_iterations``,
    ``func_count``, the bracket ``[a, b]`` found (``bracket``)."""

    x: float
    fval: float
    reason: str
    iterations: int
    interval_iterations: int
    func_count: int
    bracket: tuple
    steps: list = field(default_factory=list)
    #: MATLAB's iterative display of the zero search: (func count, best x, f(x),
    #: procedure of the step that led there), taken after the best point is swapped in
    display: list = field(default_factory=list)


def _real_scalar(value) -> float:
    arr = np.asarray(value)
    if arr.size != 1 or arr.dtype.kind not in "biuf":
        raise _ObjectiveError("FUN must return a real scalar value")
    return float(arr.reshape(-1)[0])


def brent_zero(fun: Callable[[float], float], x0, *, tol_x: float = float(np.finfo(float).eps),
               max_fun_evals: float = math.inf, max_iter: float = math.inf) -> BrentZeroResult:
    """A zero of ``fun`` by MATLAB's fzero algorithm (module docstring).

    ``x0`` is a scalar (a bracket is searched for) or a pair ``(a, b)`` with ``f(a)`` and
    ``f(b)`` of different signs (else reason 'bad interval').
    """
    def f(x):
        return _real_scalar(fun(x))

    steps = []
    fcount = 0
    interval_iterations = 0
    x0 = np.asarray(x0, dtype=np.float64).reshape(-1)
    if x0.size == 2:
        a, b = float(x0[0]), float(x0[1])
        fa = f(a)
        fb = f(b)
        fcount = 2
        if not (math.isfinite(fa) and math.isfinite(fb)):
            return BrentZeroResult(math.nan, math.nan, "nonfinite endpoints", 0, 0, fcount,
                                   (a, b))
        if (fa > 0) == (fb > 0) and fa != 0 and fb != 0:
            return BrentZeroResult(math.nan, math.nan, "bad interval", 0, 0, fcount, (a, b))
        if fa == 0:
            return BrentZeroResult(a, fa, "converged", 0, 0, fcount, (a, b))
        if fb == 0:
            return BrentZeroResult(b, fb, "converged", 0, 0, fcount, (a, b))
    else:
        x = float(x0[0])
        fx = f(x)
        fcount = 1
        if fx == 0:
            return BrentZeroResult(x, fx, "converged", 0, 0, fcount, (x, x))
        if not math.isfinite(fx):
            return BrentZeroResult(math.nan, math.nan, "nonfinite start", 0, 0, fcount,
                                   (x, x))
        dx = x / 50 if x != 0 else 1 / 50
        twosqrt = math.sqrt(2)
        a = b = x
        fa = fb = fx
        steps.append(("initial", fcount, a, fa, b, fb))

        def search_ends(point, value):
            """The result when the search must stop after evaluating ``point`` (a
            non-finite point or value, or the evaluation limit reached), else None."""
            if not (math.isfinite(value) and math.isfinite(point)):
                reason = "interval not found"
            elif fcount >= max_fun_evals:
                reason = "maxfun"
            else:
                return None
            return BrentZeroResult(math.nan, math.nan, reason, 0, interval_iterations,
                                   fcount, (a, b))

        while (fa > 0) == (fb > 0):
            interval_iterations += 1
            dx = twosqrt * dx
            a = x - dx
            fa = f(a)
            fcount += 1
            if (ended := search_ends(a, fa)) is not None:
                return ended
            steps.append(("search", fcount, a, fa, b, fb))
            if (fa > 0) != (fb > 0):
                break
            b = x + dx
            fb = f(b)
            fcount += 1
            if (ended := search_ends(b, fb)) is not None:
                return ended
            steps.append(("search", fcount, a, fa, b, fb))
    bracket = (a, b)
    save_fa, save_fb = fa, fb
    fc = fb
    c = a
    d = e = b - a
    iterations = 0
    reason = "converged"
    procedure = "initial"
    display = []
    while fb != 0 and a != b:
        if (fb > 0) == (fc > 0):
            c, fc = a, fa
            d = e = b - a
        if abs(fc) < abs(fb):
            a, b, c = b, c, b
            fa, fb, fc = fb, fc, fb
        display.append((fcount, b, fb, procedure))
        m = 0.5 * (c - b)
        toler = 2.0 * tol_x * max(abs(b), 1.0)
        if abs(m) <= toler or fb == 0.0:
            break
        if iterations >= max_iter:
            reason = "maxiter"
            break
        if fcount >= max_fun_evals:
            reason = "maxfun"
            break
        if abs(e) < toler or abs(fa) <= abs(fb):
            d = e = m
            procedure = "bisection"
        else:
            s = fb / fa
            if a == c:
                p = 2.0 * m * s
                q = 1.0 - s
            else:
                q = fa / fc
                r = fb / fc
                p = s * (2.0 * m * q * (q - r) - (b - a) * (r - 1.0))
                q = (q - 1.0) * (r - 1.0) * (s - 1.0)
            if p > 0:
                q = -q
            else:
                p = -p
            if 2.0 * p < 3.0 * m * q - abs(toler * q) and p < abs(0.5 * e * q):
                e = d
                d = p / q
                procedure = "interpolation"
            else:
                d = e = m
                procedure = "bisection"
        a, fa = b, fb
        if abs(d) > toler:
            b = b + d
        elif b > c:
            b = b - toler
        else:
            b = b + toler
        fb = f(b)
        fcount += 1
        iterations += 1
        steps.append((procedure, fcount, b, fb))
    if reason == "converged" and abs(fb) > max(abs(save_fa), abs(save_fb)):
        reason = "singular"
    return BrentZeroResult(b, fb, reason, iterations, interval_iterations, fcount, bracket,
                           steps, display)


# ----------------------------------------------------------------------------- fminbnd
@dataclass
class BrentMinResult:
    """``x``, ``fval``, ``reason`` ('converged', 'maxfun', 'maxiter'), ``iterations``,
    ``func_count``, ``steps``."""

    x: float
    fval: float
    reason: str
    iterations: int
    func_count: int
    steps: list = field(default_factory=list)


def brent_minimize(fun: Callable[[float], float], lower: float, upper: float, *,
                   tol_x: float = 1e-4, max_fun_evals: int = 500,
                   max_iter: int = 500) -> BrentMinResult:
    """A local minimum of ``fun`` on ``[lower, upper]`` by MATLAB's fminbnd algorithm."""
    def f(x):
        return _real_scalar(fun(x))

    seps = math.sqrt(float(np.finfo(float).eps))
    c = 0.5 * (3.0 - math.sqrt(5.0))
    a, b = float(lower), float(upper)
    v = a + c * (b - a)
    w = xf = v
    d = e = 0.0
    x = xf
    fx = f(x)
    num = 1
    iteration = 0
    fv = fw = fx
    xm = 0.5 * (a + b)
    tol1 = seps * abs(xf) + tol_x / 3.0
    tol2 = 2.0 * tol1
    steps = [(num, xf, fx, "initial")]
    reason = "converged"
    while abs(xf - xm) > (tol2 - 0.5 * (b - a)):
        gs = True
        if abs(e) > tol1:
            gs = False
            r = (xf - w) * (fx - fv)
            q = (xf - v) * (fx - fw)
            p = (xf - v) * q - (xf - w) * r
            q = 2.0 * (q - r)
            if q > 0.0:
                p = -p
            q = abs(q)
            r = e
            e = d
            if abs(p) < abs(0.5 * q * r) and p > q * (a - xf) and p < q * (b - xf):
                d = p / q
                x = xf + d
                procedure = "parabolic"
                if (x - a) < tol2 or (b - x) < tol2:
                    si = np.sign(xm - xf) + ((xm - xf) == 0)
                    d = tol1 * si
            else:
                gs = True
        if gs:
            e = (a - xf) if xf >= xm else (b - xf)
            d = c * e
            procedure = "golden"
        si = np.sign(d) + (d == 0)
        x = xf + si * max(abs(d), tol1)
        fu = f(x)
        num += 1
        iteration += 1
        if fu <= fx:
            if x >= xf:
                a = xf
            else:
                b = xf
            v, fv = w, fw
            w, fw = xf, fx
            xf, fx = x, fu
        else:
            if x < xf:
                a = x
            else:
                b = x
            if fu <= fw or w == xf:
                v, fv = w, fw
                w, fw = x, fu
            elif fu <= fv or v == xf or v == w:
                v, fv = x, fu
        xm = 0.5 * (a + b)
        tol1 = seps * abs(xf) + tol_x / 3.0
        tol2 = 2.0 * tol1
        steps.append((num, float(x), fu, procedure))
        if num >= max_fun_evals:
            reason = "maxfun"
            break
        if iteration >= max_iter:
            reason = "maxiter"
            break
    return BrentMinResult(float(xf), float(fx), reason, iteration, num, steps)
