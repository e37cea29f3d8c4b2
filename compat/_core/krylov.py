"""Krylov solvers with MATLAB's iterates, stopping rules and returned iterate.

The recurrences are those MATLAB documents for ``pcg`` and ``bicgstab`` (the
preconditioned conjugate gradients of Barrett et al., *Templates for the Solution of
Linear Systems*, 1994, section 2.3.1, and van der Vorst's BiCGSTAB, section 2.3.8), with
MATLAB's bookkeeping on top:

* convergence is tested on the recursively updated residual; when it passes (or the
  method stagnates) the true residual ``norm(b - A*x)`` is recomputed and replaces the
  recursive one in ``resvec``, and only the true residual decides convergence (when it
  does not pass, up to ``min(floor(n/50), 5, n - maxit)`` more steps are taken before
  giving up with flag 3);
* an iterate stagnates when its update is below ``eps`` times its norm; three such
  steps in a row end the iteration with flag 3;
* a preconditioner solve with a non-finite result ends it with flag 2; a breakdown
  (``rho`` zero or infinite, ``p'*A*p <= 0``, ...) with flag 4;
* when it did not converge, the iterate returned is the first one of minimal residual
  (MATLAB's documented rule: "whenever flag is not 0, the solution x returned is that
  with minimal norm residual computed over all the iterations"), unless the last
  iterate's residual is not larger.

GNU Octave's ``pcg`` runs the same recurrence (so the same iterates and iteration
counts), but stops on the recursive residual alone, returns the last iterate of minimal
residual, flags stagnation on a single step and reports the recursive residual; those
differences are recorded in the golden suite ``matlab/iterative_solvers``.

The operators are Python callables (``apply_a(v) -> A*v``, ``solve_m(v) -> M\\v``) so
matrices, sparse matrices and MATLAB function handles all enter the same way.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

__all__ = ["KrylovOutcome", "conjugate_gradients", "biconjugate_gradients_stabilized",
           "restarted_gmres", "start", "solve_chain"]

_EPS = np.finfo(np.float64).eps

Operator = Callable[[np.ndarray], np.ndarray]


@dataclass
class KrylovOutcome:
    """What a solver returns: MATLAB's ``[x, flag, relres, iter, resvec]`` and the
    iteration at which it stopped (for the printed message)."""

    x: np.ndarray
    flag: int
    relres: float
    iter: float
    resvec: np.ndarray
    stopped_at: float


def _norm(v: np.ndarray) -> float:
    return float(np.linalg.norm(v))


def _bad(value) -> bool:
    return value == 0 or not np.isfinite(value)


def start(apply_a: Operator, b: np.ndarray, x0, tol: float):
    """The start every solver here shares: ``(x, r, normr, early)``, the initial iterate
    (``x0`` or zeros, in the result type of ``b``, ``x0`` and double), its residual
    ``b - A*x`` and the residual's norm; ``early`` is MATLAB's outcome when ``b`` is zero
    (``x`` = 0, flag 0, relres 0) or ``x0`` already meets ``tol*norm(b)`` (flag 0,
    iter 0), else None."""
    n = b.size
    dtype = np.result_type(b, np.float64 if x0 is None else x0, np.float64)
    n2b = _norm(b)
    if n2b == 0:
        return None, None, 0.0, KrylovOutcome(np.zeros(n, dtype=dtype), 0, 0.0, 0,
                                               np.zeros(1), 0)
    x = np.zeros(n, dtype=dtype) if x0 is None else np.array(x0, dtype=dtype)
    r = b - apply_a(x)
    normr = _norm(r)
    if normr <= tol * n2b:
        return x, r, normr, KrylovOutcome(x, 0, normr / n2b, 0, np.array([normr]), 0)
    return x, r, normr, None


def solve_chain(v: np.ndarray, *solvers):
    """``v`` through the given preconditioner solves in turn (None ones skipped); None
    when a result is not finite (MATLAB's flag 2)."""
    for solve in solvers:
        if solve is not None:
            v = solve(v)
            if not np.all(np.isfinite(v)):
                return None
    return v


def conjugate_gradients(apply_a: Operator, b: np.ndarray, *, tol: float, maxit: int,
                        solve_m1: Operator | None = None,
                        solve_m2: Operator | None = None,
                        x0: np.ndarray | None = None) -> KrylovOutcome:
    """Preconditioned conjugate gradients on ``A x = b`` with MATLAB's bookkeeping.

    ``b`` is a 1-D vector; ``tol`` and ``maxit`` are already MATLAB's (defaults and
    clamping are the legacy layer's). The preconditioner is ``M = M1*M2``, applied as
    ``M2 \\ (M1 \\ r)``.
    """
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    n, n2b = b.size, _norm(b)
    tolb = tol * n2b
    resvec = np.zeros(maxit + 1)
    resvec[0] = normr
    flag = 1
    xmin, imin, normrmin = x.copy(), 0, normr
    normr_act = normr
    rho = 1.0
    stag = moresteps = 0
    maxmsteps = min(n // 50, 5, n - maxit)
    maxstagsteps = 3
    p = None
    ii = 0
    for ii in range(1, maxit + 1):
        z = solve_chain(r, solve_m1, solve_m2)
        if z is None:
            flag = 2
            break
        rho1 = rho
        rho = np.vdot(r, z)
        if _bad(rho):
            flag = 4
            break
        if ii == 1:
            p = z
        else:
            beta = rho / rho1
            if _bad(beta):
                flag = 4
                break
            p = z + beta * p
        q = apply_a(p)
        pq = np.vdot(p, q)
        if pq.real <= 0 or not np.isfinite(pq):
            flag = 4
            break
        alpha = rho / pq
        if not np.isfinite(alpha):
            flag = 4
            break
        if _norm(p) * abs(alpha) < _EPS * _norm(x):
            stag += 1
        else:
            stag = 0
        x = x + alpha * p
        r = r - alpha * q
        normr = _norm(r)
        normr_act = normr
        resvec[ii] = normr
        if normr <= tolb or stag >= maxstagsteps or moresteps:
            r = b - apply_a(x)
            normr_act = _norm(r)
            resvec[ii] = normr_act
            if normr_act <= tolb:
                flag = 0
                break
            if stag >= maxstagsteps and moresteps == 0:
                stag = 0
            moresteps += 1
            if moresteps >= maxmsteps:
                flag = 3
                break
        if normr_act < normrmin:
            normrmin, xmin, imin = normr_act, x.copy(), ii
        if stag >= maxstagsteps:
            flag = 3
            break
    return _finish(apply_a, b, n2b, x, xmin, imin, ii, flag, normr_act,
                   resvec[:ii + 1] if flag in (0, 1, 3) else resvec[:ii])


def _finish(apply_a, b, n2b, x, xmin, imin, ii, flag, normr_act, resvec):
    if flag == 0:
        return KrylovOutcome(x, 0, normr_act / n2b, ii, resvec.copy(), ii)
    normr_min = _norm(b - apply_a(xmin))
    if normr_min <= normr_act:
        return KrylovOutcome(xmin, flag, normr_min / n2b, imin, resvec.copy(), ii)
    return KrylovOutcome(x, flag, normr_act / n2b, ii, resvec.copy(), ii)


def biconjugate_gradients_stabilized(apply_a: Operator, b: np.ndarray, *, tol: float,
                                     maxit: int, solve_m1: Operator | None = None,
                                     solve_m2: Operator | None = None,
                                     x0: np.ndarray | None = None) -> KrylovOutcome:
    """BiCGSTAB on ``A x = b`` with MATLAB's bookkeeping: half iterations (the iterate
    after the BiCG half step is ``ii - 0.5``), ``resvec`` holding the residual at every
    half step (``2*iter + 1`` entries), the shadow residual ``r0`` = the initial residual.
    """
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    n, n2b = b.size, _norm(b)
    tolb = tol * n2b
    rt = r.copy()
    resvec = np.zeros(2 * maxit + 1)
    resvec[0] = normr
    flag = 1
    xmin, imin, normrmin = x.copy(), 0.0, normr
    normr_act = normr
    rho = omega = 1.0
    alpha = 0.0
    stag = moresteps = 0
    maxmsteps = min(n // 50, 10, n - maxit)
    maxstagsteps = 3
    p = v = None
    last = 0  # the resvec entries written
    ii = 0
    stop = 0.0

    for ii in range(1, maxit + 1):
        stop = ii
        rho1 = rho
        rho = np.vdot(rt, r)
        if _bad(rho):
            flag = 4
            break
        if ii == 1:
            p = r
        else:
            beta = (rho / rho1) * (alpha / omega)
            if _bad(beta):
                flag = 4
                break
            p = r + beta * (p - omega * v)
        ph = solve_chain(p, solve_m1, solve_m2)
        if ph is None:
            flag = 2
            break
        v = apply_a(ph)
        rtv = np.vdot(rt, v)
        if _bad(rtv):
            flag = 4
            break
        alpha = rho / rtv
        if not np.isfinite(alpha):
            flag = 4
            break
        if abs(alpha) * _norm(ph) < _EPS * _norm(x):
            stag += 1
        else:
            stag = 0
        xhalf = x + alpha * ph
        s = r - alpha * v
        normr = _norm(s)
        normr_act = normr
        resvec[2 * ii - 1] = normr
        last = 2 * ii - 1
        stop = ii - 0.5
        if normr <= tolb or stag >= maxstagsteps or moresteps:
            s = b - apply_a(xhalf)
            normr_act = _norm(s)
            resvec[2 * ii - 1] = normr_act
            if normr_act <= tolb:
                x = xhalf
                flag = 0
                break
            if stag >= maxstagsteps and moresteps == 0:
                stag = 0
            moresteps += 1
            if moresteps >= maxmsteps:
                x = xhalf
                flag = 3
                break
        if stag >= maxstagsteps:
            flag = 3
            break
        if normr_act < normrmin:
            normrmin, xmin, imin = normr_act, xhalf.copy(), ii - 0.5
        sh = solve_chain(s, solve_m1, solve_m2)
        if sh is None:
            flag = 2
            break
        t = apply_a(sh)
        tt = np.vdot(t, t).real
        if _bad(tt):
            flag = 4
            break
        omega = np.vdot(t, s) / tt
        if not np.isfinite(omega):
            flag = 4
            break
        if abs(omega) * _norm(sh) < _EPS * _norm(xhalf):
            stag += 1
        else:
            stag = 0
        x = xhalf + omega * sh
        r = s - omega * t
        normr = _norm(r)
        normr_act = normr
        resvec[2 * ii] = normr
        last = 2 * ii
        stop = ii
        if normr <= tolb or stag >= maxstagsteps or moresteps:
            r = b - apply_a(x)
            normr_act = _norm(r)
            resvec[2 * ii] = normr_act
            if normr_act <= tolb:
                flag = 0
                break
            if stag >= maxstagsteps and moresteps == 0:
                stag = 0
            moresteps += 1
            if moresteps >= maxmsteps:
                flag = 3
                break
        if normr_act < normrmin:
            normrmin, xmin, imin = normr_act, x.copy(), float(ii)
        if stag >= maxstagsteps:
            flag = 3
            break
    kept = resvec[:last + 1].copy()
    if flag == 0:
        return KrylovOutcome(x, 0, normr_act / n2b, stop, kept, stop)
    normr_min = _norm(b - apply_a(xmin))
    if normr_min <= normr_act:
        return KrylovOutcome(xmin, flag, normr_min / n2b, imin, kept, stop)
    return KrylovOutcome(x, flag, normr_act / n2b, stop, kept, stop)


def restarted_gmres(apply_a: Operator, b: np.ndarray, *, restart: int, tol: float,
                    maxit: int, solve_m: Operator | None = None,
                    x0: np.ndarray | None = None) -> KrylovOutcome:
    """Restarted GMRES on ``A x = b`` with left preconditioner ``M`` (``solve_m(v) =
    M \\ v``), MATLAB's outputs: ``iter`` is ``(outer, inner)``; ``resvec`` holds the
    (preconditioned) residual norm after every inner iteration, starting with
    ``norm(M \\ (b - A*x0))``; ``relres`` is ``norm(M \\ (b - A*x))/norm(M \\ b)``.

    Each cycle builds an Arnoldi basis by modified Gram-Schmidt and minimises the
    residual with Givens rotations. An inner iteration whose estimated residual reaches
    ``tol*norm(M \\ b)`` forms its iterate and confirms convergence on the recomputed
    residual; a cycle that ends without converging restarts from its iterate (the
    recomputed residual). Not converged, the iterate of smallest recomputed residual is
    returned (flag 1), or flag 2 when a preconditioner solve is not finite.
    """
    n = b.size
    dtype = np.result_type(b, np.float64 if x0 is None else x0, np.float64)
    precondition = (lambda v: v) if solve_m is None else solve_m
    n2b = _norm(b)
    if n2b == 0:
        return KrylovOutcome(np.zeros(n, dtype=dtype), 0, 0.0, (0, 0), np.zeros(1), 0)
    x = np.zeros(n, dtype=dtype) if x0 is None else np.array(x0, dtype=dtype)
    mb = precondition(b)
    if not np.all(np.isfinite(mb)):
        return KrylovOutcome(x, 2, 1.0 if x0 is None else np.nan, (0, 0),
                             np.zeros(0), 0)
    n2minusb = _norm(mb)
    tolb = tol * n2minusb
    r = precondition(b - apply_a(x))
    normr = _norm(r)
    resvec = [normr]
    if normr <= tolb:
        return KrylovOutcome(x, 0, normr / n2minusb, (0, 0), np.array(resvec), 0)
    best = (normr, x.copy(), (0, 0))
    flag = 1
    last = (0, 0)
    for outer in range(1, maxit + 1):
        basis = np.zeros((restart + 1, n), dtype=dtype)
        h = np.zeros((restart + 1, restart), dtype=dtype)
        cs = np.zeros(restart, dtype=dtype)
        sn = np.zeros(restart, dtype=dtype)
        g = np.zeros(restart + 1, dtype=dtype)
        g[0] = normr
        basis[0] = r / normr
        done = False
        inner = 0
        xk = x
        for inner in range(1, restart + 1):
            i = inner - 1
            w = precondition(apply_a(basis[i]))
            if not np.all(np.isfinite(w)):
                flag = 2
                done = True
                inner -= 1
                break
            for j in range(inner):
                h[j, i] = np.vdot(basis[j], w)
                w = w - h[j, i] * basis[j]
            h[inner, i] = _norm(w)
            lucky = h[inner, i] == 0
            if not lucky:
                basis[inner] = w / h[inner, i]
            for j in range(i):
                upper = cs[j] * h[j, i] + sn[j] * h[j + 1, i]
                h[j + 1, i] = -np.conj(sn[j]) * h[j, i] + cs[j] * h[j + 1, i]
                h[j, i] = upper
            rho = np.hypot(abs(h[i, i]), abs(h[inner, i]))
            cs[i] = abs(h[i, i]) / rho if rho else 1.0
            sn[i] = (h[i, i] / abs(h[i, i]) * np.conj(h[inner, i]) / rho
                     if abs(h[i, i]) else np.conj(h[inner, i]) / rho)
            sn[i] = np.conj(sn[i]) if np.iscomplexobj(sn) else sn[i]
            h[i, i] = rho if not abs(h[i, i]) else h[i, i] / abs(h[i, i]) * rho
            g[inner] = -np.conj(sn[i]) * g[i]
            g[i] = cs[i] * g[i]
            estimate = abs(g[inner])
            resvec.append(estimate)
            if estimate <= tolb or lucky or inner == restart:
                y = la_solve_upper(h[:inner, :inner], g[:inner])
                xk = x + basis[:inner].T @ y
                last = (outer, inner)
                if estimate <= tolb or lucky:
                    r_act = precondition(b - apply_a(xk))
                    normr_act = _norm(r_act)
                    if normr_act <= tolb:
                        return KrylovOutcome(xk, 0, normr_act / n2minusb, (outer, inner),
                                             np.array(resvec), (outer, inner))
                    if lucky:
                        break
        if inner > 0 and flag != 2:
            y = la_solve_upper(h[:inner, :inner], g[:inner])
            xk = x + basis[:inner].T @ y
            last = (outer, inner)
        x = xk
        r = precondition(b - apply_a(x))
        normr = _norm(r)
        if normr < best[0]:
            best = (normr, x.copy(), last)
        if done or normr == 0:
            break
    normr_min, xmin, imin = best
    return KrylovOutcome(xmin, flag, normr_min / n2minusb, imin, np.array(resvec), last)


def la_solve_upper(r: np.ndarray, g: np.ndarray) -> np.ndarray:
    """``r \\ g`` for the upper triangular ``r`` of the Givens-reduced Hessenberg."""
    from scipy.linalg import solve_triangular
    return solve_triangular(r, g, lower=False, check_finite=False)
