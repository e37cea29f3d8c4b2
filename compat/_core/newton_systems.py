"""Nonlinear systems ``F(x) = 0`` by globally convergent Newton and Broyden methods in
Numerical Recipes' form: the cores of IDL's NEWTON and BROYDEN.

Source: Press et al., *Numerical Recipes in C*, 2nd ed., section 9.7 (``newt``,
``broydn``, ``fdjac``, ``fmin``, and ``lnsrch`` from :mod:`compat._core.direction_set`)
and 2.10 (``qrdcmp``, ``qrupdt``, ``rotate``, ``rsolv``), which IDL's Reference Guide
names as the basis of both routines. The Newton step solves ``J p = -F`` with the
forward-difference Jacobian (``h = 1e-4 |x_j|``, or 1e-4 when ``x_j = 0``); Broyden's
method keeps a QR factorisation of its Jacobian approximation, updated by rank-one
rotations, and restarts from a finite-difference Jacobian when its line search fails.
Both backtrack along the step on ``f = F.F / 2``. Steps are followed in the dtype given
(float32 for IDL's FLOAT computation, float64 for DOUBLE); LU decomposition is
:func:`compat._core.numerical_recipes.crout_lu` (NR's ``ludcmp``).

Python-shaped: ``func`` takes a vector and returns a vector of the same length. No
legacy names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from compat._core import numerical_recipes as nr
from compat._core.c_semantics import fmax, fmax_array, fold_fmax, running_max, sign
from compat._core.direction_set import _NRIterationError, line_search

__all__ = ["SystemResult", "newton", "broyden"]


@dataclass
class SystemResult:
    x: np.ndarray     # the solution reached
    check: bool       # True: converged to a local minimum of F.F/2 (not a root)
    iterations: int


class _System:
    """F with NR's ``fmin`` (0.5 F.F), remembering the last F evaluated (NR's global
    ``fvec``, which the methods read after each line search)."""

    def __init__(self, func, n, dtype):
        self.func, self.n, self.dtype = func, n, dtype
        self.fvec = None

    def vector(self, x):
        v = np.asarray(self.func(x.copy())).astype(self.dtype).reshape(-1)
        if v.size != self.n:
            raise ValueError(f"Vecfunc must return {self.n} values (one per unknown), "
                             f"got {v.size}")
        return v

    def half_square(self, x):
        self.fvec = self.vector(x)
        return self.dtype.type(0.5) * np.sum(self.fvec * self.fvec, dtype=self.dtype)


def _jacobian(system, x, fvec):
    """NR's ``fdjac``: forward differences with ``h = 1e-4 |x_j|`` (1e-4 at zero),
    the step made exact in the working precision (``h = (x_j + h) - x_j``)."""
    t = system.dtype.type
    n = x.size
    df = np.empty((n, n), dtype=system.dtype)
    x = x.copy()
    for j in range(n):
        temp = x[j]
        h = t(1.0e-4) * abs(temp)
        if h == 0:
            h = t(1.0e-4)
        x[j] = temp + h
        h = x[j] - temp
        f = system.vector(x)
        x[j] = temp
        df[:, j] = (f - fvec) / h
    return df


def _start(func, x, dtype, stepmax, tolf):
    """What newt and broydn do before the first iteration: ``x`` as a vector of
    ``dtype``, the system, ``f = F.F/2``, whether F is already below tolf/100, and
    stpmax; ``(system, x, f, done, stpmax)``."""
    t = dtype.type
    x = np.array(x, dtype=dtype).reshape(-1)
    system = _System(func, x.size, dtype)
    f = system.half_square(x)
    done = _largest(np.abs(system.fvec), t) < t(0.01) * t(tolf)
    stpmax = t(stepmax) * fmax(t(np.sqrt(np.sum(x * x, dtype=system.dtype))), t(x.size))
    return system, x, f, done, stpmax


def _largest(v, t):
    """NR's ``test=0.0; for (...) if (v[i] > test) test=v[i];`` (c_semantics): a NaN
    element never counts, so a NaN component of F or of a step does not block a test
    that the other components pass (numpy's max made every such test fail)."""
    return t(running_max(v, t(0.0)))


def _relative_step(x, xold, t):
    """NR's ``fabs(x[i]-xold[i])/FMAX(fabs(x[i]),1.0)``, largest (``_largest``)."""
    return _largest(np.abs(x - xold) / fmax_array(np.abs(x), t(1.0)), t)


def _local_minimum(g, x, f, n, t):
    """NR's test for a spurious convergence: the scaled gradient of f,
    ``fabs(g[i])*FMAX(fabs(x[i]),1.0)/FMAX(f,0.5*n)``, largest (``_largest``)."""
    den = fmax(f, t(0.5) * t(n))
    return _largest(np.abs(g) * fmax_array(np.abs(x), t(1.0)) / den, t)


def newton(func: Callable, x: np.ndarray, *, itmax: int = 200, stepmax: float = 100.0,
           tolf: float = 1.0e-4, tolmin: float = 1.0e-6, tolx: float = 1.0e-7,
           dtype=np.float64) -> SystemResult:
    """NR's ``newt``: globally convergent Newton's method from ``x``. Stops when
    ``max|F| < tolf``; when the line search cannot decrease f (``check`` True if the
    scaled gradient is below ``tolmin``: a local minimum); or when the step is below
    ``tolx`` relative. Raises :class:`_NRIterationError` after ``itmax`` iterations."""
    dtype = np.dtype(dtype)
    t = dtype.type
    system, x, f, done, stpmax = _start(func, x, dtype, stepmax, tolf)
    n = x.size
    if done:
        return SystemResult(x, False, 0)
    for its in range(1, itmax + 1):
        fjac = _jacobian(system, x, system.fvec)
        g = fjac.T @ system.fvec
        xold = x.copy()
        fold = f
        p = -system.fvec
        try:
            lu, index, _ = nr.crout_lu(fjac)
        except nr._NRError:
            raise _NRIterationError("Singular matrix in routine ludcmp") from None
        p = nr.crout_solve(lu, index, p).astype(dtype)
        x, f, check = line_search(system.half_square, xold, fold, g, p, stpmax, 1.0e-7, t)
        if _largest(np.abs(system.fvec), t) < t(tolf):
            return SystemResult(x, False, its)
        if check:
            return SystemResult(x, bool(_local_minimum(g, x, f, n, t) < t(tolmin)), its)
        if _relative_step(x, xold, t) < t(tolx):
            return SystemResult(x, False, its)
    raise _NRIterationError("MAXITS exceeded in newt")


def _qr(a, t):
    """NR's ``qrdcmp``: Householder QR of ``a`` in place; returns ``(c, d, singular)``
    (R's diagonal is ``d``, the reflectors are in ``a``'s lower part)."""
    n = a.shape[0]
    c = np.zeros(n, dtype=a.dtype)
    d = np.zeros(n, dtype=a.dtype)
    singular = False
    for k in range(n - 1):
        scale = fold_fmax(t(0.0), np.abs(a[k:, k]))  # NR: scale=FMAX(scale,fabs(a[i][k]))
        if scale == 0:
            singular = True
            c[k] = d[k] = 0
            continue
        a[k:, k] /= scale
        sigma = sign(np.sqrt(np.sum(a[k:, k] ** 2, dtype=a.dtype)), a[k, k])
        a[k, k] += sigma
        c[k] = sigma * a[k, k]
        d[k] = -scale * sigma
        for j in range(k + 1, n):
            tau = np.sum(a[k:, k] * a[k:, j], dtype=a.dtype) / c[k]
            a[k:, j] -= tau * a[k:, k]
    d[n - 1] = a[n - 1, n - 1]
    if d[n - 1] == 0:
        singular = True
    return c, d, singular


def _rotate(r, qt, i, a, b, t):
    """NR's ``rotate``: the Jacobi rotation of rows i, i+1 of ``r`` and ``qt`` that
    zeroes ``b`` against ``a``."""
    if a == 0:
        c = t(0.0)
        s = t(1.0) if b >= 0 else t(-1.0)
    elif abs(a) > abs(b):
        fact = b / a
        c = sign(t(1.0) / np.sqrt(t(1.0) + fact * fact), a)
        s = fact * c
    else:
        fact = a / b
        s = sign(t(1.0) / np.sqrt(t(1.0) + fact * fact), b)
        c = fact * s
    for m in (r, qt):
        lo = i if m is r else 0
        y = m[i, lo:].copy()
        w = m[i + 1, lo:].copy()
        m[i, lo:] = c * y - s * w
        m[i + 1, lo:] = s * y + c * w


def _qr_update(r, qt, u, v, t):
    """NR's ``qrupdt``: the QR factorisation of ``Q R + u v^T`` (``qt`` is Q^T)."""
    n = u.size
    k = n - 1
    while k > 0 and u[k] == 0:
        k -= 1
    for i in range(k - 1, -1, -1):
        _rotate(r, qt, i, u[i], -u[i + 1], t)
        if u[i] == 0:
            u[i] = abs(u[i + 1])
        elif abs(u[i]) > abs(u[i + 1]):
            u[i] = abs(u[i]) * np.sqrt(t(1.0) + (u[i + 1] / u[i]) ** 2)
        else:
            u[i] = abs(u[i + 1]) * np.sqrt(t(1.0) + (u[i] / u[i + 1]) ** 2)
    r[0] += u[0] * v
    for i in range(k):
        _rotate(r, qt, i, r[i, i], -r[i + 1, i], t)


def _r_solve(r, d, b):
    """NR's ``rsolv``: back substitution with R (diagonal ``d``)."""
    n = b.size
    b = b.copy()
    b[n - 1] /= d[n - 1]
    for i in range(n - 2, -1, -1):
        b[i] = (b[i] - np.sum(r[i, i + 1:] * b[i + 1:], dtype=b.dtype)) / d[i]
    return b


def broyden(func: Callable, x: np.ndarray, *, itmax: int = 200, stepmax: float = 100.0,
            tolf: float = 1.0e-4, tolmin: float = 1.0e-6, tolx: float = 1.0e-7,
            eps: float = 1.0e-7, dtype=np.float64) -> SystemResult:
    """NR's ``broydn``: globally convergent Broyden's method from ``x``. The Jacobian
    approximation starts (and restarts after a failed line search) from finite
    differences; Broyden's update is skipped for components whose change is below
    ``eps`` relative. Stops as :func:`newton` (a failed line search right after a
    restart also stops). Raises :class:`_NRIterationError` after ``itmax`` iterations or
    when the Jacobian is singular."""
    dtype = np.dtype(dtype)
    t = dtype.type
    system, x, f, done, stpmax = _start(func, x, dtype, stepmax, tolf)
    n = x.size
    if done:
        return SystemResult(x, False, 0)
    eps = t(eps)
    restart = True
    xold = x.copy()
    fvcold = system.fvec.copy()
    r = qt = d = None
    for its in range(1, itmax + 1):
        if restart:
            r = _jacobian(system, x, system.fvec)
            c, d, singular = _qr(r, t)
            if singular:
                raise _NRIterationError("singular Jacobian in broydn")
            qt = np.eye(n, dtype=dtype)
            for k in range(n - 1):
                if c[k]:
                    for j in range(n):
                        total = np.sum(r[k:, k] * qt[k:, j], dtype=dtype) / c[k]
                        qt[k:, j] -= total * r[k:, k]
            r = np.triu(r)
            r[np.arange(n), np.arange(n)] = d
        else:
            s = x - xold
            tt = np.array([np.sum(r[i, i:] * s[i:], dtype=dtype) for i in range(n)],
                          dtype=dtype)
            w = system.fvec - fvcold - qt.T @ tt
            keep = np.abs(w) >= eps * (np.abs(system.fvec) + np.abs(fvcold))
            w[~keep] = 0
            if keep.any():
                tt = qt @ w
                s = s / np.sum(s * s, dtype=dtype)
                _qr_update(r, qt, tt, s, t)
                if np.any(np.diag(r) == 0):
                    raise _NRIterationError("r singular in broydn")
                d = np.diag(r).copy()
        p = -(qt @ system.fvec)
        g = np.array([-np.sum(r[:i + 1, i] * p[:i + 1], dtype=dtype) for i in range(n)],
                     dtype=dtype)
        xold = x.copy()
        fvcold = system.fvec.copy()
        fold = f
        p = _r_solve(r, d, p)
        x, f, check = line_search(system.half_square, xold, fold, g, p, stpmax, 1.0e-7, t)
        if _largest(np.abs(system.fvec), t) < t(tolf):
            return SystemResult(x, False, its)
        if check:
            if restart:
                return SystemResult(x, True, its)
            if _local_minimum(g, x, f, n, t) < t(tolmin):
                return SystemResult(x, True, its)
            restart = True
        else:
            restart = False
            if _relative_step(x, xold, t) < t(tolx):
                return SystemResult(x, False, its)
    raise _NRIterationError("MAXITS exceeded in broydn")
