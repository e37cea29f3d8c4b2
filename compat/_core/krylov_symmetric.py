"""MINRES and LSQR with MATLAB's outputs and flags.

MINRES is Paige and Saunders' minimum-residual Lanczos method for symmetric
(possibly indefinite) ``A`` with a symmetric positive definite preconditioner
``M = M1*M2`` (SIAM J. Numer. Anal. 12, 1975); LSQR their bidiagonalization method for
least squares (ACM TOMS 8, 1982), right-preconditioned (``min norm(b - A*(M\\y))``,
``x = M\\y``). Both are the algorithms MATLAB's reference pages cite. MATLAB's
bookkeeping on top: ``flag`` 0 converged, 1 ``maxit`` reached, 2 a preconditioner solve
not finite, 3 stagnation (the iterate stops changing: ``|step| < eps*|x|``), 4 a
breakdown, 5 (minres) ``M`` not positive definite; ``iter`` counts the steps (products
with ``A``) after which ``x`` was formed, ``resvec`` holds ``iter + 1`` residual norms
from ``norm(b - A*x0)`` on.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from compat._core.krylov import KrylovOutcome, solve_chain, start

__all__ = ["minimum_residual", "least_squares_qr"]

_EPS = np.finfo(np.float64).eps

Operator = Callable[[np.ndarray], np.ndarray]


def _norm(v) -> float:
    return float(np.linalg.norm(v))


def minimum_residual(apply_a: Operator, b: np.ndarray, *, tol: float, maxit: int,
                     solve_m1: Operator | None = None, solve_m2: Operator | None = None,
                     x0: np.ndarray | None = None) -> KrylovOutcome:
    """MINRES on ``A x = b`` (``A`` symmetric, ``M = M1*M2`` symmetric positive
    definite). The residual estimate of the recurrence decides when to look at the true
    residual (every step when preconditioned, where the estimate is in the ``M``-norm);
    convergence is confirmed on ``norm(b - A*x) <= tol*norm(b)``."""
    x, r1, normr, early = start(apply_a, b, x0, tol)
    if early is not None:
        return early
    n, n2b, dtype = b.size, _norm(b), x.dtype
    tolb = tol * n2b
    preconditioned = solve_m1 is not None or solve_m2 is not None
    resvec = np.zeros(maxit + 1)
    resvec[0] = normr
    y = solve_chain(r1, solve_m1, solve_m2)
    if y is None:
        return KrylovOutcome(x, 2, normr / n2b, 0, resvec[:1].copy(), 0)
    beta1 = np.vdot(r1, y).real
    if beta1 <= 0:
        return KrylovOutcome(x, 5, normr / n2b, 0, resvec[:1].copy(), 0)
    beta1 = np.sqrt(beta1)
    oldb, beta, dbar, epsln, phibar = 0.0, beta1, 0.0, 0.0, beta1
    cs, sn = -1.0, 0.0
    w = np.zeros(n, dtype=dtype)
    w2 = np.zeros(n, dtype=dtype)
    r2 = r1
    flag = 1
    xmin, imin, normrmin = x.copy(), 0, normr
    stag = 0
    k = 0
    for k in range(1, maxit + 1):
        v = y / beta
        y = apply_a(v)
        if k >= 2:
            y = y - (beta / oldb) * r1
        alfa = np.vdot(v, y).real
        y = y - (alfa / beta) * r2
        r1, r2 = r2, y
        y = solve_chain(r2, solve_m1, solve_m2)
        if y is None:
            flag = 2
            break
        oldb = beta
        beta = np.vdot(r2, y).real
        if beta < 0:
            flag = 5
            break
        beta = np.sqrt(beta)
        oldeps = epsln
        delta = cs * dbar + sn * alfa
        gbar = sn * dbar - cs * alfa
        epsln = sn * beta
        dbar = -cs * beta
        gamma = max(np.hypot(gbar, beta), _EPS)
        cs, sn = gbar / gamma, beta / gamma
        phi = cs * phibar
        phibar = sn * phibar
        w1, w2 = w2, w
        w = (v - oldeps * w1 - delta * w2) / gamma
        step = abs(phi) * _norm(w)
        stag = stag + 1 if step < _EPS * _norm(x) else 0
        x = x + phi * w
        normr = _norm(b - apply_a(x)) if preconditioned else abs(phibar)
        resvec[k] = normr
        if normr <= tolb:
            normr = _norm(b - apply_a(x))
            resvec[k] = normr
            if normr <= tolb:
                flag = 0
                break
        if normr < normrmin:
            normrmin, xmin, imin = normr, x.copy(), k
        if stag >= 3:
            flag = 3
            break
        if beta == 0:    # an invariant subspace: x is the exact solution of the space
            normr = _norm(b - apply_a(x))
            resvec[k] = normr
            flag = 0 if normr <= tolb else 4
            break
    kept = resvec[:k + 1].copy() if flag in (0, 1, 3, 4) else resvec[:k].copy()
    if flag == 0:
        return KrylovOutcome(x, 0, normr / n2b, k, kept, k)
    normr_min = _norm(b - apply_a(xmin))
    return KrylovOutcome(xmin, flag, normr_min / n2b, imin, kept, k)


def least_squares_qr(apply_a: Operator, apply_at: Operator, b: np.ndarray, n: int, *,
                     tol: float, maxit: int, solve_m1=None, solve_m2=None,
                     solve_m1t=None, solve_m2t=None,
                     x0: np.ndarray | None = None):
    """LSQR for ``min norm(b - A*x)`` (``A`` m-by-n), right-preconditioned by
    ``M = M1*M2``. Stops when ``norm(b - A*x) <= tol*norm(b)`` (a consistent system)
    or when the least-squares test ``norm((A/M)'*r)/(norm(A/M,'fro')*norm(r)) <= tol``
    passes, both on the recurrence's estimates (LSQR's own stopping rules). Returns
    ``(outcome, lsvec)``, ``lsvec`` the estimates of the scaled normal-equation
    residual per iteration."""
    dtype = np.result_type(b, np.float64 if x0 is None else x0, np.float64)
    n2b = _norm(b)
    x = np.zeros(n, dtype=dtype) if x0 is None else np.array(x0, dtype=dtype)
    tolb = tol * n2b
    u = b - apply_a(x)
    beta = _norm(u)
    normr = beta
    if beta != 0:
        u = u / beta
    c, s = 1.0, 0.0
    phibar = beta
    d = np.zeros(n, dtype=dtype)
    v = solve_chain(apply_at(u), solve_m1t, solve_m2t)
    if v is None:
        return KrylovOutcome(x, 2, normr / n2b if n2b else np.nan, 0,
                             np.array([normr]), 0), np.zeros(0)
    alpha = _norm(v)
    if alpha != 0:
        v = v / alpha
    normar = alpha * beta
    if normar == 0:
        # b = A*x0 exactly, or A'*r = 0 already: nothing to iterate
        return KrylovOutcome(x if beta == 0 or x0 is not None else np.zeros(n, dtype),
                             0, normr / n2b if n2b else 0.0, 0, np.array([beta]),
                             0), np.zeros(0)
    norma = 0.0
    resvec = np.zeros(maxit + 1)
    resvec[0] = normr
    lsvec = np.zeros(maxit)
    flag = 1
    iteration = maxit
    for i in range(1, maxit + 1):
        z = solve_chain(v, solve_m2, solve_m1)
        if z is None:
            flag, iteration = 2, i - 1
            break
        u = apply_a(z) - alpha * u
        beta = _norm(u)
        if beta != 0:
            u = u / beta
        norma = float(np.linalg.norm([norma, alpha, beta]))
        lsvec[i - 1] = normar / norma
        theta = -s * alpha
        rhot = c * alpha
        rho = np.hypot(rhot, beta)
        c, s = rhot / rho, -beta / rho
        phi = c * phibar
        phibar = s * phibar
        d = (z - theta * d) / rho
        if normar / (norma * normr) <= tol or normr <= tolb:
            flag, iteration = 0, i - 1
            break
        if phi == 0 or abs(phi) * _norm(d) < _EPS * _norm(x):
            flag, iteration = 3, i - 1
            break
        x = x + phi * d
        normr = abs(s) * normr
        resvec[i] = normr
        vt = solve_chain(apply_at(u), solve_m1t, solve_m2t)
        if vt is None:
            flag, iteration = 2, i
            break
        v = vt - beta * v
        alpha = _norm(v)
        if alpha != 0:
            v = v / alpha
        normar = alpha * abs(s * phi)
    kept = resvec[:iteration + 1].copy()
    ls = lsvec[:iteration + 1 if flag in (0, 3) else iteration].copy()
    if flag == 1:
        ls = lsvec.copy()
    relres = normr / n2b if n2b else 0.0
    return KrylovOutcome(x, flag, relres, iteration, kept, iteration), ls
