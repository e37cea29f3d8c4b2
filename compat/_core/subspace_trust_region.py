"""The subspace trust-region Newton method behind MATLAB's ``fminunc`` 'trust-region'
algorithm, Python-shaped.

What MATLAB documents ("Trust-Region Methods for Nonlinear Minimization", "Preconditioned
Conjugate Gradient Method", fminunc's options and "Tolerance Details") and what this
module does:

* The model at ``x`` is ``q(s) = g's + s'Hs/2`` (``g`` the gradient, ``H`` the Hessian:
  the user's, a product function, or finite differences of the gradient), minimised
  over the trust region ``||s|| <= Delta`` restricted to the two-dimensional subspace
  spanned by ``g`` and a direction ``p`` from preconditioned conjugate gradients on
  ``H p = -g``: an approximate Newton step, or a direction of negative (or zero)
  curvature ``p'Hp <= 0`` where PCG meets one (Branch, Coleman & Li, SIAM J. Sci.
  Comput. 21 (1999) 1-23; Coleman & Li, SIAM J. Optim. 6 (1996) 418-445: the scaling
  matrix is the identity without bounds). The two-dimensional problem is solved exactly
  (eigen-decomposition of the 2-by-2 reduced Hessian and the secular equation
  ``||y(mu)|| = Delta``, the "hard case" included).
* PCG as MATLAB's options describe it: at most MaxPCGIter iterations (default
  ``max(1, floor(n/2))``), stopping when the residual is below TolPCG (0.1) times
  ``||g||``; preconditioner of upper bandwidth PrecondBandWidth (0: diagonal; a banded or,
  for Inf, complete Cholesky factor of ``H``, shifted until positive definite).
* A trial point ``x + s`` is accepted when ``f(x + s) < f(x)``; the radius is decreased
  when it is not (MATLAB's description) and otherwise adjusted by the ratio ``rho`` of
  actual to predicted reduction. MATLAB does not publish its constants; this module uses
  the textbook ones (Nocedal & Wright, *Numerical Optimization*, Algorithm 4.1; the
  intervals of Coleman & Li 1996): ``rho <= 1/4`` -> ``Delta = min(Delta, ||s||)/4``;
  ``rho >= 3/4`` with ``||s|| >= 0.9 Delta`` -> ``Delta = 2 Delta``; a non-finite
  ``f(x + s)`` -> ``Delta = ||s||/4``. The first radius is 10 (not documented either:
  with it this module reproduces the iterations, funcCount and cgiterations MATLAB's
  documentation prints for its two n = 1000 fminunc examples, and the HessPattern
  example's fval and stepsize to the printed digits).
* Stopping, in this order after each trial (MATLAB's "Tolerance Details": the
  optimality and step tolerances are absolute, the function tolerance relative):
  ``norm(g, inf) < OptimalityTolerance`` ('gradient'); an accepted interior step
  (``||s|| < 0.9 Delta``, ``rho > 1/4``: the model's own minimiser, predicted well)
  changing ``f`` by less than ``FunctionTolerance*(1 + |f|)`` ('function'); a step
  shorter than StepTolerance ('step'); the iteration and evaluation limits; an output
  function ('stopped'). Every trial is an iteration and one evaluation of ``f`` and
  ``g`` (MATLAB's printed runs have ``funcCount = iterations + 1``, finite-difference
  Hessians not counted).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import linalg, sparse

__all__ = ["TrustRegionResult", "HessianOperator", "subspace_trust_region",
           "finite_difference_hessian", "column_groups", "solve_two_dimensional"]


@dataclass
class TrustRegionResult:
    """What the subspace trust-region method found. ``reason``: 'gradient', 'function',
    'step', 'maxiter', 'maxfun', 'stopped'."""

    x: np.ndarray
    fval: float
    gradient: np.ndarray
    hessian: object
    iterations: int
    cg_iterations: int
    reason: str
    first_order_optimality: float
    step_size: float
    radius: float


class HessianOperator:
    """The Hessian the model uses: ``matvec(V)`` (``V`` n-by-k), ``diagonal()``,
    ``band(b)`` (the symmetric band as a dense matrix for small ``n`` or a
    ``cholesky_banded`` upper form) and ``matrix`` (what fminunc returns as its Hessian
    output). Built from an explicit matrix (dense or scipy.sparse) or from a product
    function ``product(V)``."""

    def __init__(self, matrix=None, product=None, returned=None, n=None):
        if matrix is not None:
            if sparse.issparse(matrix):
                matrix = sparse.csr_matrix(matrix, dtype=np.float64)
            else:
                matrix = np.asarray(matrix, dtype=np.float64)
                n = n if n is not None else matrix.shape[0]
                if matrix.ndim != 2 or matrix.shape != (n, n):
                    raise ValueError(f"the Hessian must be {n}-by-{n}")
        self._matrix = matrix
        self._product = product
        self.matrix = matrix if returned is None else returned

    def matvec(self, v: np.ndarray) -> np.ndarray:
        if self._matrix is not None:
            return np.asarray(self._matrix @ v, dtype=np.float64)
        # the product function always sees an n-by-k matrix, as MATLAB's Y
        columns = v.reshape(v.shape[0], -1)
        out = np.asarray(self._product(columns), dtype=np.float64)
        return out.reshape(columns.shape).reshape(v.shape)

    def diagonal(self, n: int) -> np.ndarray | None:
        if self._matrix is None:
            return None
        return np.asarray(self._matrix.diagonal(), dtype=np.float64).reshape(n)

    def dense_band(self, bandwidth: int, n: int) -> np.ndarray | None:
        """The symmetric part of ``H`` within ``bandwidth`` of the diagonal, in
        ``scipy.linalg.cholesky_banded``'s upper form, or None without a matrix."""
        if self._matrix is None:
            return None
        ab = np.zeros((bandwidth + 1, n))
        m = self._matrix
        for k in range(bandwidth + 1):
            upper = np.asarray(m.diagonal(k), dtype=np.float64).reshape(-1)
            lower = np.asarray(m.diagonal(-k), dtype=np.float64).reshape(-1)
            ab[bandwidth - k, k:] = (upper + lower) / 2
        return ab


class _Preconditioner:
    """``solve(r)`` approximating ``H^-1 r``: diagonal (|h_ii|, a zero diagonal element
    replaced by the largest one, or 1) for bandwidth 0, a Cholesky factor of the band of
    ``H`` (shifted by ``mu I``, ``mu`` growing tenfold from ``1e-8*max|h_ii|``, until
    positive definite) for a larger one; the identity when ``H`` is known only through
    products."""

    def __init__(self, hessian: HessianOperator, bandwidth: float, n: int):
        self._diagonal = None
        self._banded = None
        diagonal = hessian.diagonal(n)
        if diagonal is None:
            self._diagonal = np.ones(n)
            return
        if bandwidth <= 0 or n == 1:
            d = np.abs(diagonal)
            biggest = float(d.max(initial=0.0))
            self._diagonal = np.where(d > 0, d, biggest if biggest > 0 else 1.0)
            return
        width = int(min(bandwidth, n - 1))
        ab = hessian.dense_band(width, n)
        scale = float(np.abs(ab[-1]).max(initial=0.0)) or 1.0
        shift = 0.0
        while True:
            trial = ab.copy()
            trial[-1] += shift
            try:
                self._banded = (linalg.cholesky_banded(trial, lower=False), width)
                return
            except linalg.LinAlgError:
                shift = 1e-8 * scale if shift == 0 else shift * 10

    def solve(self, r: np.ndarray) -> np.ndarray:
        if self._diagonal is not None:
            return r / self._diagonal
        factor, _width = self._banded
        return linalg.cho_solve_banded((factor, False), r)


def _pcg(hessian: HessianOperator, g: np.ndarray, preconditioner: _Preconditioner,
         max_iterations: int, tolerance: float):
    """Preconditioned conjugate gradients on ``H p = -g``: ``(p, iterations,
    negative_curvature)``; ``p`` is the approximate Newton step or, when a search
    direction ``d`` has ``d'Hd <= 0``, that direction (oriented downhill)."""
    n = g.size
    p = np.zeros(n)
    r = -g.copy()
    z = preconditioner.solve(r)
    d = z.copy()
    rz = float(r @ z)
    target = tolerance * float(np.linalg.norm(g))
    iterations = 0
    for _ in range(max(1, max_iterations)):
        iterations += 1
        hd = hessian.matvec(d)
        curvature = float(d @ hd)
        if not curvature > 0 or not np.isfinite(curvature):
            direction = d if float(d @ g) <= 0 else -d
            return direction, iterations, True
        alpha = rz / curvature
        p += alpha * d
        r -= alpha * hd
        if float(np.linalg.norm(r)) <= target:
            break
        z = preconditioner.solve(r)
        rz_new = float(r @ z)
        d = z + (rz_new / rz) * d
        rz = rz_new
    return p, iterations, False


def solve_two_dimensional(h: np.ndarray, c: np.ndarray, radius: float) -> np.ndarray:
    """The exact minimiser of ``c'y + y'hy/2`` over ``||y|| <= radius`` for a small
    symmetric ``h`` (here 1-by-1 or 2-by-2): interior Newton point when ``h`` is positive
    definite and the point is inside, else the boundary point ``(h + mu I) y = -c`` with
    ``mu >= max(0, -lambda_min)`` from the secular equation, the hard case completed
    along the eigenvector of ``lambda_min``."""
    lam, q = np.linalg.eigh((h + h.T) / 2)
    a = q.T @ c
    lam_min = float(lam[0])
    if lam_min > 0:
        y = -a / lam
        if float(np.linalg.norm(y)) <= radius:
            return q @ y
    scale = max(float(np.abs(lam).max()), float(np.linalg.norm(c)) / radius, 1e-300)
    tiny = 1e-12 * scale
    low = max(0.0, -lam_min)
    hard = abs(float(a[0])) <= 1e-12 * max(float(np.linalg.norm(a)), 1e-300)

    def norm_at(mu):
        with np.errstate(divide="ignore", invalid="ignore"):
            y = -a / (lam + mu)
        y[~np.isfinite(y)] = 0.0
        return y, float(np.linalg.norm(y))

    if hard:
        y, size = norm_at(low)
        if size <= radius:
            # the hard case: y(mu) stays inside at mu = -lambda_min; add the
            # eigenvector of lambda_min to reach the boundary
            y[0] = math.sqrt(max(radius ** 2 - size ** 2, 0.0))
            return q @ y
    # ||y(mu)|| decreases from +inf (or above radius) at low to 0 as mu grows:
    # bracket, then Newton on 1/||y(mu)|| - 1/radius safeguarded by bisection
    lo = low + tiny if not hard else low
    hi = max(lo, float(np.linalg.norm(a)) / radius)
    while norm_at(hi)[1] > radius:
        hi = 2 * hi + tiny
    mu = hi
    for _ in range(200):
        y, size = norm_at(mu)
        if abs(size - radius) <= 1e-12 * radius:
            break
        if size > radius:
            lo = mu
        else:
            hi = mu
        with np.errstate(divide="ignore", invalid="ignore"):
            derivative = -float(np.sum(a ** 2 / (lam + mu) ** 3)) / size
        step = (size - radius) / radius * size / derivative if derivative else 0.0
        new = mu - step if np.isfinite(step) else (lo + hi) / 2
        mu = new if lo < new < hi else (lo + hi) / 2
        if hi - lo <= 1e-15 * max(hi, 1.0):
            break
    y, _size = norm_at(mu)
    return q @ y


def _subspace_step(hessian: HessianOperator, g: np.ndarray, p: np.ndarray,
                   radius: float):
    """The step minimising the model in span{g, p} within the radius, and its
    predicted change ``q(s)``."""
    size_g = float(np.linalg.norm(g))
    if size_g == 0:                     # only with OptimalityTolerance 0: nothing to do
        return np.zeros_like(g), 0.0
    basis = [g / size_g]
    other = p - basis[0] * float(basis[0] @ p)
    size = float(np.linalg.norm(other))
    if size > 1e-10 * max(float(np.linalg.norm(p)), 1e-300):
        other /= size
        other -= basis[0] * float(basis[0] @ other)
        other /= np.linalg.norm(other)
        basis.append(other)
    z = np.column_stack(basis)
    hz = hessian.matvec(z)
    reduced = z.T @ hz
    reduced = (reduced + reduced.T) / 2
    c = z.T @ g
    y = solve_two_dimensional(reduced, c, radius)
    predicted = float(c @ y + 0.5 * y @ reduced @ y)
    return z @ y, predicted


def column_groups(pattern) -> np.ndarray:
    """Colour the columns of a (symmetric) sparsity pattern so that no two columns of a
    group share a row with a non-zero: one gradient difference per group gives every
    column of it (Curtis, Powell & Reid, J. Inst. Maths Applics 13 (1974) 117-119;
    greedy, columns in order)."""
    pattern = sparse.csc_matrix(pattern)
    n = pattern.shape[1]
    rows = [pattern.indices[pattern.indptr[j]:pattern.indptr[j + 1]] for j in range(n)]
    groups = np.full(n, -1)
    used: list[set] = []           # rows touched by each group
    for j in range(n):
        touched = set(rows[j].tolist())
        for k, seen in enumerate(used):
            if not (touched & seen):
                groups[j] = k
                seen.update(touched)
                break
        else:
            groups[j] = len(used)
            used.append(touched)
    return groups


def finite_difference_hessian(gradient, x: np.ndarray, g: np.ndarray, steps: np.ndarray,
                              pattern=None, groups=None):
    """The Hessian from forward differences of the gradient ``gradient(z)``:
    ``H[:, j] = (gradient(x + delta_j e_j) - g)/delta_j``, the columns of one group of a
    sparsity ``pattern`` (``column_groups``) differenced together; made symmetric. A
    scipy.sparse CSR matrix with a pattern, else dense."""
    n = x.size
    if pattern is None:
        h = np.empty((n, n))
        for j in range(n):
            z = x.copy()
            z[j] += steps[j]
            h[:, j] = (np.asarray(gradient(z), dtype=np.float64) - g) / steps[j]
        return (h + h.T) / 2
    pattern = sparse.csc_matrix(pattern)
    if groups is None:
        groups = column_groups(pattern)
    data = np.zeros(pattern.nnz)
    for k in range(int(groups.max(initial=-1)) + 1):
        members = np.flatnonzero(groups == k)
        z = x.copy()
        z[members] += steps[members]
        difference = np.asarray(gradient(z), dtype=np.float64) - g
        for j in members:
            span = slice(pattern.indptr[j], pattern.indptr[j + 1])
            data[span] = difference[pattern.indices[span]] / steps[j]
    h = sparse.csc_matrix((data, pattern.indices.copy(), pattern.indptr.copy()),
                          shape=(n, n))
    return sparse.csr_matrix((h + h.T) / 2)


def subspace_trust_region(evaluate, hessian_at, x0: np.ndarray, *,
                          optimality_tolerance: float, function_tolerance: float,
                          step_tolerance: float, max_iterations: int,
                          max_evaluations: int, max_pcg_iterations: int,
                          pcg_tolerance: float, bandwidth: float = 0.0,
                          initial_radius: float = 10.0, count=lambda: 0,
                          callback=None) -> TrustRegionResult:
    """Minimise with the subspace trust-region method (see the module notes).

    ``evaluate(x)`` -> ``(f, g, extra)`` (one counted evaluation; ``extra`` is whatever
    the objective returned beyond the gradient, or None); ``hessian_at(x, g, extra)`` ->
    :class:`HessianOperator`; ``count()`` the evaluations so far;
    ``callback(state)`` with a dict (iteration, x, fval, gradient, step, radius,
    cg_iterations, ratio, positive_definite) returning True stops ('stopped')."""
    x = np.asarray(x0, dtype=np.float64).copy()
    n = x.size
    fx, g, extra = evaluate(x)
    radius = float(initial_radius)
    iterations = cg_total = 0
    step_size = 0.0
    hessian = None
    reason = None
    state = {"iteration": 0, "x": x, "fval": fx, "gradient": g, "step": 0.0,
             "radius": radius, "cg_iterations": 0, "ratio": 0.0,
             "positive_definite": True}
    if callback is not None and callback(state):
        reason = "stopped"
    elif float(np.max(np.abs(g), initial=0.0)) < optimality_tolerance:
        reason = "gradient"
    fresh = True
    while reason is None:
        if iterations >= max_iterations:
            reason = "maxiter"
            break
        if count() >= max_evaluations:
            reason = "maxfun"
            break
        used = 0
        if fresh:
            hessian = hessian_at(x, g, extra)
            preconditioner = _Preconditioner(hessian, bandwidth, n)
            direction, used, negative = _pcg(hessian, g, preconditioner,
                                             max_pcg_iterations, pcg_tolerance)
            cg_total += used
            fresh = False
        step, predicted = _subspace_step(hessian, g, direction, radius)
        size = float(np.linalg.norm(step))
        trial = x + step
        f_new, g_new, extra_new = evaluate(trial)
        iterations += 1
        ratio = (f_new - fx) / predicted if predicted < 0 else 0.0
        accepted = bool(np.isfinite(f_new) and f_new < fx)
        old_radius = radius
        if not np.isfinite(f_new):
            radius = size / 4
        elif ratio <= 0.25 or not accepted:
            radius = min(radius, size) / 4
        elif ratio >= 0.75 and size >= 0.9 * radius:
            radius = 2 * radius
        f_old = fx
        if accepted:
            x, fx, g, extra = trial, float(f_new), np.asarray(g_new, dtype=np.float64), \
                extra_new
            fresh = True
            step_size = size
        state = {"iteration": iterations, "x": x, "fval": fx, "gradient": g,
                 "step": size, "radius": radius, "cg_iterations": used,
                 "ratio": ratio, "positive_definite": not negative}
        if callback is not None and callback(state):
            reason = "stopped"
        elif accepted and float(np.max(np.abs(g), initial=0.0)) < optimality_tolerance:
            reason = "gradient"
        elif accepted and size < 0.9 * old_radius and ratio > 0.25 and \
                abs(f_old - fx) < function_tolerance * (1.0 + abs(f_old)):
            reason = "function"
        elif size < step_tolerance:
            reason = "step"
            step_size = size
    return TrustRegionResult(x=x, fval=float(fx), gradient=g, hessian=hessian,
                             iterations=iterations, cg_iterations=cg_total, reason=reason,
                             first_order_optimality=float(np.max(np.abs(g), initial=0.0)),
                             step_size=step_size, radius=radius)
