"""Nonnegative linear least squares by the active-set method of Lawson and Hanson: the
core of MATLAB's ``lsqnonneg``.

Minimise ``||C x - d||`` subject to ``x >= 0``. The algorithm as MATLAB's documentation
describes it (Lawson & Hanson, *Solving Least Squares Problems*, 1974, ch. 23): start
with every variable in the zero set Z and ``x = 0``; while a variable of Z has a
gradient component ``w = C'(d - C x)`` above the tolerance, move the one with the
largest ``w`` to the positive set P and solve the unconstrained problem on P; while that
solution ``z`` has a nonpositive component, step from ``x`` towards ``z`` as far as
feasibility allows (``alpha = min x_i/(x_i - z_i)`` over those components), return the
variables that reach zero (``|x_i| < tol``) to Z and solve again. The inner loop is
limited to ``3 n`` iterations in total. The subproblems are solved by the caller's
least-squares solver (MATLAB's backslash), so a port gets MATLAB's basic solutions of
rank-deficient subproblems.

Python-shaped: float64 arrays in, a :class:`NonnegativeSolution` out; no legacy names,
no warnings.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from compat._core.linalg import one_norm

__all__ = ["NonnegativeSolution", "default_tolerance", "nonnegative_lstsq"]


@dataclass
class NonnegativeSolution:
    x: np.ndarray
    residual: np.ndarray
    resnorm: float
    gradient: np.ndarray  # C'(d - C x): MATLAB's lambda
    outer_iterations: int
    converged: bool


def default_tolerance(c: np.ndarray) -> float:
    """MATLAB's default TolX, ``10*eps*norm(C,1)*length(C)`` (length: the larger size)."""
    return 10 * np.finfo(np.float64).eps * one_norm(c) * max(c.shape)


def nonnegative_lstsq(c: np.ndarray, d: np.ndarray, tol: float,
                      solve: Callable[[np.ndarray, np.ndarray], np.ndarray],
                      x0: np.ndarray | None = None) -> NonnegativeSolution:
    """Lawson-Hanson NNLS of ``c`` (m x n) and ``d`` (m,); ``solve(a, b)`` returns the
    least-squares solution of ``a x = b`` for a column subset ``a`` (m x k)."""
    n = c.shape[1]
    x = np.zeros(n) if x0 is None else np.array(x0, dtype=np.float64)
    positive = x > 0
    zero = ~positive
    residual = d - c @ x
    w = c.T @ residual
    outer = inner = 0
    limit = 3 * n
    converged = True

    def solve_on(p):
        z = np.zeros(n)
        if p.any():
            z[p] = solve(c[:, p], d)
        return z

    # the loop is the algorithm's: each pass depends on the previous active set
    while zero.any() and np.any(w[zero] > tol):
        outer += 1
        candidates = np.where(zero, w, -np.inf)
        t = int(np.argmax(candidates))
        positive[t], zero[t] = True, False
        z = solve_on(positive)
        while np.any(z[positive] <= 0):
            inner += 1
            if inner > limit:
                converged = False
                x = z
                break
            q = (z <= 0) & positive
            alpha = np.min(x[q] / (x[q] - z[q]))
            x = x + alpha * (z - x)
            zero = ((np.abs(x) < tol) & positive) | zero
            positive = ~zero
            z = solve_on(positive)
        if not converged:
            break
        x = z
        residual = d - c @ x
        w = c.T @ residual
    residual = d - c @ x
    return NonnegativeSolution(x=x, residual=residual, resnorm=float(residual @ residual),
                               gradient=c.T @ residual, outer_iterations=outer,
                               converged=converged)
