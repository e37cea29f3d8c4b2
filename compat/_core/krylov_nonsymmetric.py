"""Krylov solvers for nonsymmetric systems with MATLAB's bookkeeping: BiCG, CGS, QMR
and TFQMR.

The recurrences are the ones MATLAB's reference pages cite: biconjugate gradients and
conjugate gradients squared (Barrett et al., *Templates for the Solution of Linear
Systems*, SIAM 1994, sections 2.3.5 and 2.3.7), QMR without look-ahead (Freund and
Nachtigal, Numer. Math. 60, 1991; *Templates* 2.3.6) and TFQMR (Freund, SIAM J. Sci.
Comput. 14, 1993). On top of them the bookkeeping compat's ``pcg`` and ``bicgstab``
already follow
(:mod:`compat._core.krylov`): convergence confirmed on the true residual
``norm(b - A*x)`` (which then replaces the recursive one in ``resvec``), up to
``min(floor(n/50), 5, n - maxit)`` more steps when it does not confirm (flag 3 after),
three stagnating steps in a row (flag 3), flag 2 for a non-finite preconditioner solve,
flag 4 for a breakdown, and when not converged the iterate of minimal residual (unless
the last iterate's true residual is not larger).

The operators are Python callables: ``apply_a(v)`` is ``A*v``, ``apply_at(v)`` is
``A'*v``; ``solve_m1(v)``/``solve_m2(v)`` are ``M1\\v``/``M2\\v`` and
``solve_m1t``/``solve_m2t`` the solves with ``M1'``/``M2'`` (BiCG and QMR need them).
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from compat._core.krylov import KrylovOutcome, solve_chain, start

__all__ = ["biconjugate_gradients", "conjugate_gradients_squared",
           "quasi_minimal_residual", "transpose_free_qmr"]

_EPS = np.finfo(np.float64).eps

Operator = Callable[[np.ndarray], np.ndarray]


def _norm(v) -> float:
    return float(np.linalg.norm(v))


def _bad(value) -> bool:
    return value == 0 or not np.isfinite(value)


class _Progress:
    """The state MATLAB keeps beside the recurrence: resvec, the minimal-residual
    iterate, the stagnation and extra-step counters."""

    def __init__(self, apply_a, b, x, normr, tol, maxit, slots_per_iteration=1):
        self.apply_a, self.b = apply_a, b
        self.n2b = _norm(b)
        self.tolb = tol * self.n2b
        n = b.size
        self.resvec = np.zeros(slots_per_iteration * maxit + 1)
        self.resvec[0] = normr
        self.last = 0
        self.xmin, self.imin, self.normrmin = x.copy(), 0, normr
        self.normr_act = normr
        self.stag = 0
        self.moresteps = 0
        self.maxmsteps = min(n // 50, 5, n - maxit)
        self.flag = 1

    def stagnation(self, step_norm: float, x) -> None:
        """One more stagnating step when the update is below eps times the iterate."""
        self.stag = self.stag + 1 if step_norm < _EPS * _norm(x) else 0

    def check(self, slot: int, x, normr: float) -> str | None:
        """Record the residual of the iterate ``x`` at ``resvec[slot]``; confirm
        convergence on the true residual; ``'converged'``, ``'stagnated'`` (flag 3
        reached) or None to go on. The minimal-residual iterate is updated."""
        self.resvec[slot] = normr
        self.last = slot
        self.normr_act = normr
        if normr <= self.tolb or self.stag >= 3 or self.moresteps:
            self.normr_act = _norm(self.b - self.apply_a(x))
            self.resvec[slot] = self.normr_act
            if self.normr_act <= self.tolb:
                self.flag = 0
                return "converged"
            if self.stag >= 3 and self.moresteps == 0:
                self.stag = 0
            self.moresteps += 1
            if self.moresteps >= self.maxmsteps:
                self.flag = 3
                return "stagnated"
        return None

    def keep_if_minimal(self, x, where) -> None:
        if self.normr_act < self.normrmin:
            self.normrmin, self.xmin, self.imin = self.normr_act, x.copy(), where

    def step(self, slot: int, x, normr: float) -> bool:
        """The end of every step: :meth:`check` the new iterate, keep it if its
        residual is the smallest so far, flag 3 after three stagnating steps; True
        when the iteration stops."""
        if self.check(slot, x, normr) is not None:
            return True
        self.keep_if_minimal(x, slot)
        if self.stag >= 3:
            self.flag = 3
            return True
        return False

    def stop(self, x, ii, recompute_last=False) -> KrylovOutcome:
        """:meth:`finish` after step ``ii``: its residual is kept unless the step broke
        down before forming it (flags 2 and 4)."""
        end = ii + 1 if self.flag in (0, 1, 3) else ii
        return self.finish(x, ii, ii, resvec_end=end, recompute_last=recompute_last)

    def finish(self, x, where, stop, resvec_end=None,
               recompute_last=False) -> KrylovOutcome:
        """MATLAB's returned iterate: the converged one, else the first of minimal
        residual unless the last one's residual is not larger (its true residual when
        ``recompute_last`` and flag 1, as MATLAB's bicg, else the recursive one)."""
        end = self.last + 1 if resvec_end is None else resvec_end
        kept = self.resvec[:end].copy()
        if self.flag == 0:
            return KrylovOutcome(x, 0, self.normr_act / self.n2b, where, kept, stop)
        normr_min = _norm(self.b - self.apply_a(self.xmin))
        if self.flag == 1 and recompute_last:
            self.normr_act = _norm(self.b - self.apply_a(x))
        if normr_min <= self.normr_act:
            return KrylovOutcome(self.xmin, self.flag, normr_min / self.n2b, self.imin,
                                 kept, stop)
        return KrylovOutcome(x, self.flag, self.normr_act / self.n2b, where, kept, stop)


def biconjugate_gradients(apply_a: Operator, apply_at: Operator, b: np.ndarray, *,
                          tol: float, maxit: int, solve_m1=None, solve_m2=None,
                          solve_m1t=None, solve_m2t=None,
                          x0: np.ndarray | None = None) -> KrylovOutcome:
    """BiCG on ``A x = b`` (Templates 2.3.5) with MATLAB's bookkeeping; the shadow
    residual starts as the initial residual, ``z = M2\\(M1\\r)`` and
    ``zt = M1'\\(M2'\\rt)``."""
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    state = _Progress(apply_a, b, x, normr, tol, maxit)
    rt = r.copy()
    rho = 1.0
    p = pt = None
    ii = 0
    for ii in range(1, maxit + 1):
        z = solve_chain(r, solve_m1, solve_m2)
        zt = None if z is None else solve_chain(rt, solve_m2t, solve_m1t)
        if z is None or zt is None:
            state.flag = 2
            break
        rho1, rho = rho, np.vdot(rt, z)
        if _bad(rho):
            state.flag = 4
            break
        if ii == 1:
            p, pt = z, zt
        else:
            beta = rho / rho1
            if _bad(beta):
                state.flag = 4
                break
            p = z + beta * p
            pt = zt + np.conj(beta) * pt
        q = apply_a(p)
        qt = apply_at(pt)
        ptq = np.vdot(pt, q)
        if ptq == 0:
            state.flag = 4
            break
        alpha = rho / ptq
        if not np.isfinite(alpha):
            state.flag = 4
            break
        state.stagnation(abs(alpha) * _norm(p), x)
        x = x + alpha * p
        r = r - alpha * q
        rt = rt - np.conj(alpha) * qt
        if state.step(ii, x, _norm(r)):
            break
    return state.stop(x, ii, recompute_last=True)


def conjugate_gradients_squared(apply_a: Operator, b: np.ndarray, *, tol: float,
                                maxit: int, solve_m1=None, solve_m2=None,
                                x0: np.ndarray | None = None) -> KrylovOutcome:
    """CGS on ``A x = b`` (Templates 2.3.7, Sonneveld 1989) with MATLAB's
    bookkeeping."""
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    state = _Progress(apply_a, b, x, normr, tol, maxit)
    rt = r.copy()
    rho = 1.0
    p = q = None
    ii = 0
    for ii in range(1, maxit + 1):
        rho1, rho = rho, np.vdot(rt, r)
        if _bad(rho):
            state.flag = 4
            break
        if ii == 1:
            u = r
            p = u
        else:
            beta = rho / rho1
            if _bad(beta):
                state.flag = 4
                break
            u = r + beta * q
            p = u + beta * (q + beta * p)
        ph = solve_chain(p, solve_m1, solve_m2)
        if ph is None:
            state.flag = 2
            break
        vh = apply_a(ph)
        rtvh = np.vdot(rt, vh)
        if rtvh == 0:
            state.flag = 4
            break
        alpha = rho / rtvh
        if not np.isfinite(alpha):
            state.flag = 4
            break
        q = u - alpha * vh
        uh = solve_chain(u + q, solve_m1, solve_m2)
        if uh is None:
            state.flag = 2
            break
        state.stagnation(abs(alpha) * _norm(uh), x)
        x = x + alpha * uh
        r = r - alpha * apply_a(uh)
        if state.step(ii, x, _norm(r)):
            break
    return state.stop(x, ii)


def quasi_minimal_residual(apply_a: Operator, apply_at: Operator, b: np.ndarray, *,
                           tol: float, maxit: int, solve_m1=None, solve_m2=None,
                           solve_m1t=None, solve_m2t=None,
                           x0: np.ndarray | None = None) -> KrylovOutcome:
    """QMR without look-ahead on ``A x = b`` (Templates 2.3.6, Freund and Nachtigal
    1991) with ``M1`` the left and ``M2`` the right preconditioner, and MATLAB's
    bookkeeping. Breakdowns (``rho``, ``psi``, ``delta``, ``epsilon``, ``beta``
    zero or infinite, ``gamma`` zero) give flag 4."""
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    state = _Progress(apply_a, b, x, normr, tol, maxit)
    vt = r.copy()
    y = solve_chain(vt, solve_m1)
    wt = r.copy()
    z = None if y is None else solve_chain(wt, solve_m2t)
    if y is None or z is None:
        return KrylovOutcome(x, 2, normr / state.n2b, 0, np.array([normr]), 0)
    rho, psi = _norm(y), _norm(z)
    gamma, eta = 1.0, -1.0
    theta = epsilon = 0.0
    p = q = d = s = None
    ii = 0
    for ii in range(1, maxit + 1):
        if _bad(rho) or _bad(psi):
            state.flag = 4
            break
        v, y = vt / rho, y / rho
        w, z = wt / psi, z / psi
        delta = np.vdot(z, y)
        if _bad(delta):
            state.flag = 4
            break
        yt = solve_chain(y, solve_m2)
        zt = None if yt is None else solve_chain(z, solve_m1t)
        if yt is None or zt is None:
            state.flag = 2
            break
        if ii == 1:
            p, q = yt, zt
        else:
            pde = psi * delta / epsilon
            rde = rho * np.conj(delta / epsilon)
            if _bad(pde) or _bad(rde):
                state.flag = 4
                break
            p = yt - pde * p
            q = zt - rde * q
        pt = apply_a(p)
        epsilon = np.vdot(q, pt)
        if _bad(epsilon):
            state.flag = 4
            break
        beta = epsilon / delta
        if _bad(beta):
            state.flag = 4
            break
        vt = pt - beta * v
        y = solve_chain(vt, solve_m1)
        if y is None:
            state.flag = 2
            break
        rho1, rho = rho, _norm(y)
        wt = apply_at(q) - np.conj(beta) * w
        z = solve_chain(wt, solve_m2t)
        if z is None:
            state.flag = 2
            break
        psi = _norm(z)
        theta1 = theta
        theta = rho / (gamma * abs(beta))
        gamma1 = gamma
        gamma = 1.0 / np.sqrt(1.0 + theta ** 2)
        if gamma == 0:
            state.flag = 4
            break
        eta = -eta * rho1 * gamma ** 2 / (beta * gamma1 ** 2)
        if not np.isfinite(eta):
            state.flag = 4
            break
        if ii == 1:
            d, s = eta * p, eta * pt
        else:
            d = eta * p + (theta1 * gamma) ** 2 * d
            s = eta * pt + (theta1 * gamma) ** 2 * s
        state.stagnation(_norm(d), x)
        x = x + d
        r = r - s
        if state.step(ii, x, _norm(r)):
            break
    return state.stop(x, ii)


def transpose_free_qmr(apply_a: Operator, b: np.ndarray, *, tol: float, maxit: int,
                       solve_m1=None, solve_m2=None,
                       x0: np.ndarray | None = None) -> KrylovOutcome:
    """TFQMR on ``A x = b`` (Freund 1993, right-preconditioned by ``M = M1*M2``) with
    MATLAB's bookkeeping over its half steps: each of the ``maxit`` iterations has two
    half steps, ``resvec`` holds the residual after every half step (``2*k + 1``
    entries after ``k`` iterations), convergence is confirmed on the true residual,
    up to ``min(floor(n/50), 10, n - maxit)`` extra half steps; ``iter`` is
    ``floor(half steps / 2)``. Not converged, the half-step iterate of minimal residual
    is returned unless the last one's true residual is not larger."""
    x, r, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    n = b.size
    state = _Progress(apply_a, b, x, normr, tol, maxit, slots_per_iteration=2)
    state.maxmsteps = min(n // 50, 10, n - maxit)
    r0 = r.copy()
    u_m = r.copy()
    w = r.copy()
    pu_m = solve_chain(u_m, solve_m1, solve_m2)
    if pu_m is None:
        return KrylovOutcome(x, 2, normr / state.n2b, 0, np.array([normr]), 0)
    v = apply_a(pu_m)
    au = v
    d = np.zeros_like(x)
    ad = np.zeros_like(x)
    tau, theta, eta = normr, 0.0, 0.0
    rho = np.vdot(r, r)
    rho_old = rho
    alpha = 0.0
    u_next = None
    even = True
    mm = 0
    for mm in range(1, 2 * maxit + 1):
        if even:
            alpha = rho / np.vdot(r0, v)
            u_next = u_m - alpha * v
        w = w - alpha * au
        sigma = (theta ** 2 / alpha) * eta
        d = pu_m + sigma * d
        ad = au + sigma * ad
        theta = _norm(w) / tau
        c = 1.0 / np.sqrt(1.0 + theta ** 2)
        tau = tau * theta * c
        eta = c ** 2 * alpha
        state.stagnation(abs(eta) * _norm(d), x)
        x = x + eta * d
        r = r - eta * ad
        if state.step(mm, x, _norm(r)):
            break
        if not even:
            rho = np.vdot(r0, w)
            beta = rho / rho_old
            rho_old = rho
            u_next = w + beta * u_m
        pu_m = solve_chain(u_next, solve_m1, solve_m2)
        if pu_m is None:
            state.flag = 2
            break
        au_new = apply_a(pu_m)
        if not even:
            v = au_new + beta * (au + beta * v)
        au = au_new
        u_m = u_next
        even = not even
    outcome = state.finish(x, mm, mm, resvec_end=mm + 1, recompute_last=True)
    outcome.iter = outcome.iter // 2
    outcome.stopped_at = mm // 2
    return outcome
