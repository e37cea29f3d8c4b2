"""Dense output of the ODE solvers: the continuous extension of a step, and MATLAB's
deval on the steps a solution structure keeps.

The continuous extension of a pair (its ``BI``) gives ``y(t + s h) = y + h K^T BI
[s, s^2, ...]`` inside a step: the points between steps (Refine, tspan with more than
two elements), event location and deval all use it, as MATLAB's ntrp45/ntrp23 do.
"""

from __future__ import annotations

import numpy as np

from compat._core.ode_tableaux import RungeKuttaPair

__all__ = ["interpolate", "interpolate_steps", "evaluate_by_step", "evaluate_steps"]


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


def interpolate_steps(pair: RungeKuttaPair, tq, t, y, h, K):
    """:func:`interpolate` of many steps at once, with the same operations per step.

    ``tq`` is ``(m, r)`` (``r`` times in each of ``m`` steps), ``t`` and ``h`` are
    ``(m,)``, ``y`` ``(m, n)`` and ``K`` ``(m, stages, n)``; returns ``(m, r, n)``.
    Row ``i`` has the bits of ``interpolate(pair, tq[i], t[i], y[i], h[i], K[i])``:
    the elementwise steps are the same, and each step's two matrix products are the
    same BLAS calls (np.matmul runs a stack as one GEMM per matrix, each with that
    matrix's layout); tests/test_matlab_ode_frozen.py compares the whole output of the
    solvers with that of the step-by-step code.
    """
    h = h[:, None]
    s = (tq - t[:, None]) / h
    p = pair.BI.shape[1]
    # s, s^2, ... as cumprod forms them (each the previous times s), without
    # cumprod's slow walk over a broadcast axis
    powers = np.empty((s.shape[0], p, s.shape[1]))                # m x p x r
    powers[:, 0] = s
    for k in range(1, p):
        np.multiply(powers[:, k - 1], s, out=powers[:, k])
    coef = np.matmul(K.transpose(0, 2, 1), h[:, :, None] * pair.BI)  # m x n x p
    return (y[:, :, None] + np.matmul(coef, powers)).transpose(0, 2, 1)


def evaluate_by_step(x: np.ndarray, ys: np.ndarray, xq: np.ndarray, interpolate_step,
                     dtype=float) -> tuple[np.ndarray, np.ndarray]:
    """MATLAB's deval over any solver's steps: the solution and its derivative at the 1-D
    points ``xq`` (inside ``[x[0], x[-1]]``), both ``neq x len(xq)`` of ``dtype``.

    ``x`` holds every step end and ``ys`` the ``neq x len(x)`` values there; step ``j``
    (1-based, as in the solution structure) covers ``(x[j-1], x[j]]`` and ``x[0]`` itself
    uses the first step. ``interpolate_step(j, tq)`` returns the step's values and
    derivatives at its points ``tq``, each ``len(tq) x neq``. A point that is a step end
    gets the stored value exactly, as MATLAB's deval does.
    """
    neq = ys.shape[0]
    out = np.empty((neq, xq.size), dtype)
    dout = np.empty((neq, xq.size), dtype)
    if x.size == 1:
        out[:] = ys[:, :1]
        dout[:] = 0
        return out, dout
    tdir = 1.0 if x[-1] >= x[0] else -1.0
    j = np.clip(np.searchsorted(tdir * x, tdir * xq, side="left"), 1, x.size - 1)
    for step in np.unique(j):
        sel = np.flatnonzero(j == step)
        yq, ypq = interpolate_step(step, xq[sel])
        out[:, sel] = yq.T
        dout[:, sel] = ypq.T
        at_end = xq[sel] == x[step]
        out[:, sel[at_end]] = ys[:, step:step + 1]
    return out, dout


def evaluate_steps(pair: RungeKuttaPair, x: np.ndarray, ys: np.ndarray, f3d: np.ndarray,
                   xq: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """MATLAB's deval on an explicit Runge-Kutta solution (:func:`evaluate_by_step`):
    ``f3d`` holds the stages of every step; the result has ``ys``'s dtype.
    """
    kind = ys.dtype if ys.dtype.kind == "c" else float

    def step_values(step, tq):
        t, h = x[step - 1], x[step] - x[step - 1]
        K = f3d[:, :, step].T.astype(kind)
        return interpolate(pair, tq, t, ys[:, step - 1].astype(K.dtype), h, K,
                           derivative=True)

    return evaluate_by_step(x, ys, xq, step_values, ys.dtype)
