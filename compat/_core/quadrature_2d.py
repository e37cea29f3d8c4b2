"""Double and triple integrals: the 'tiled' and 'iterated' methods of MATLAB's
``integral2`` and ``integral3``.

'tiled' is L. F. Shampine's "TwoD" (L. F. Shampine, "MATLAB program for quadrature in
2D", Appl. Math. Comput. 202 (2008) 266-274), which MATLAB's ``integral2`` and
``quad2d`` documentation cite. The facts used (from the paper's description, a MathWorks
developer's (Mike Hosea, MATLAB Answers 104939) and the integral2 source MathWorks ships,
copies of which are public): the region ``a <= x <= b``, ``c(x) <= y <= d(x)`` is mapped
to ``[0, pi]^2`` by ``x = (a+b)/2 + (b-a)/2*cos(theta)``, ``y = c(x) + (1 +
cos(phi))/2*(d(x) - c(x))``, which weakens singularities on the boundary; a rectangle is
integrated as 2 x 2 tiles by the tensor product of the 7-point Kronrod rule, the 3-point
Gauss product giving each tile's error estimate, adjusted by how much better the tiles'
sum agreed with their parent's value; tiles within their area's share of the tolerance
are set aside, the largest error is refined first, until the total is within
``max(AbsTol/8, RelTol/8*|q|)`` or 10000 calls of the integrand are spent.

'iterated' is documented by MATLAB as integrals of integrals, every one computed by the
algorithm of ``integral`` (:func:`compat._core.quadrature.gauss_kronrod`); the inner
integral is evaluated once for every outer node, each with the same tolerances.
``integral3``'s 'tiled' method is ``integral`` over x of the tiled method over (y, z)
(MATLAB's documentation of the Method option).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError, issue_warning
from compat._core.quadrature import (MaxFunctionCountWarning, NonFiniteValueWarning,
                                     check_output, gauss_kronrod)

__all__ = ["tiled", "iterated2", "iterated3", "tiled3", "limit_function"]

# the 7-point Gauss-Kronrod rule on [-1, 1] and its embedded 3-point Gauss rule (the
# digits of MATLAB's integral2/quad2d)
_K7_NODES = np.array([-0.9604912687080202, -0.7745966692414834, -0.4342437493468026, 0.0,
                      0.4342437493468026, 0.7745966692414834, 0.9604912687080202])
_K7_WEIGHTS = np.array([0.1046562260264672, 0.2684880898683334, 0.4013974147759622,
                        0.4509165386584744, 0.4013974147759622, 0.2684880898683334,
                        0.1046562260264672])
_G3_WEIGHTS = np.array([0.0, 5 / 9, 0.0, 8 / 9, 0.0, 5 / 9, 0.0])
# the nodes of both halves of [0, 1]: a rectangle is always integrated as 2 x 2 tiles
_HALVES = np.concatenate((_K7_NODES + 1, _K7_NODES + 3)) / 4
#: integral2's default budget of integrand calls (quad2d's is 2000)
MAX_FUN_EVALS = 10000


def limit_function(limit, name: str, arity: int):
    """A y or z limit as a vectorised function of the outer variables."""
    if callable(limit):
        return limit
    value = np.asarray(limit)
    if value.size != 1 or value.dtype.kind not in "biuf":
        raise CompatValueError(f"{name} must be a real scalar or a function handle.")
    value = float(value)
    if arity == 1:
        return lambda x: np.full(np.shape(x), value)
    return lambda x, y: np.full(np.broadcast_shapes(np.shape(x), np.shape(y)), value)


def _limit_values(fn, shape, *args):
    out = np.asarray(fn(*args), dtype=float)
    if out.size == 1 and int(np.prod(shape)) != 1:
        out = np.full(shape, float(out.reshape(-1)[0]))
    return out.reshape(shape)


class _Tiles:
    """The rectangles of the tiled method still to be refined: integral, unadjusted and
    adjusted error, and corners in the transformed plane."""

    def __init__(self):
        self.items = []

    def add(self, q, e, rect, adjerr):
        self.items.append((adjerr, q, e, rect))

    def take(self):
        """The rectangle with the largest adjusted error (the smallest once there are
        more than 2000, to arrest the list's growth)."""
        errs = [item[0] for item in self.items]
        k = int(np.argmin(errs) if len(errs) > 2000 else np.argmax(errs))
        return self.items.pop(k)

    def total(self):
        return math.fsum(item[0] for item in self.items)


def tiled(f, a, b, c, d, *, abstol=1e-10, reltol=1e-6, max_fun_evals=MAX_FUN_EVALS,
          function="integral2"):
    """``(q, errbnd, calls)``: the double integral of ``f(x, y)`` (vectorised over 2-D
    arrays) over ``a <= x <= b``, ``c(x) <= y <= d(x)`` by the tiled method.

    The region is mapped to ``[0, pi]^2`` by ``x = (a+b)/2 + (b-a)/2*cos(theta)``,
    ``y = c(x) + (1 + cos(phi))/2*(d(x) - c(x))``. Every refinement integrates one
    rectangle as 2 x 2 tiles with the 7-point Kronrod product rule (one call of ``f``
    with 14 x 14 arrays), each tile's error being the difference from the 3-point Gauss
    product rule, scaled down by how much better the tiles' sum agreed with the
    rectangle's own value than its error estimate said (never up). A tile whose
    adjusted error is within its share (by area) of the tolerance is set aside; the
    others wait, the largest error refined first, until the total adjusted error is
    within ``max(AbsTol/8, RelTol/8*|q|)``, nothing is left, or ``max_fun_evals``
    calls are spent.
    """
    a, b = float(a), float(b)
    eps100 = 100 * float(np.finfo(float).eps)
    area = math.pi * math.pi
    calls = 0
    first = True
    reltol = max(reltol, eps100)
    rtold8, atold8 = max(reltol / 8, eps100), abstol / 8
    wk, wg = _K7_WEIGHTS, _G3_WEIGHTS

    def tensor(rect):
        """The four tiles' integrals and errors, or None when halving the rectangle
        would put a node on the region's boundary."""
        nonlocal calls, first
        t0, t1, p0, p1 = rect
        dtheta, dphi = t1 - t0, p1 - p0
        theta = t0 + _HALVES * dtheta
        x = 0.5 * (b + a) + 0.5 * (b - a) * np.cos(theta)
        if not first and (x[0] == b or x[-1] == a):
            return None
        bottom = _limit_values(c, x.shape, x)
        top = _limit_values(d, x.shape, x)
        if first and not (np.all(np.isfinite(bottom)) and np.all(np.isfinite(top))):
            raise CompatValueError("The limits ymin(x) and ymax(x) must be finite (use "
                                   "'Method', 'iterated' for infinite ones).")
        dydt = top - bottom
        phi = p0 + _HALVES * dphi
        y = bottom[None, :] + (0.5 + 0.5 * np.cos(phi))[:, None] * dydt[None, :]
        if not first and np.any((y[0] == top) | (y[-1] == bottom)):
            return None
        xs = np.broadcast_to(x, y.shape).copy()
        z = check_output(f(xs, y), y.shape, function, False)
        calls += 1
        first = False
        z = z * (0.25 * (b - a) * np.sin(phi)[:, None] * (dydt * np.sin(theta))[None, :])
        r = (dtheta / 4) * (dphi / 4)
        blocks = [z[:7, :7], z[:7, 7:], z[7:, :7], z[7:, 7:]]   # phi rows, theta columns
        qsub = np.array([wk @ blk @ wk for blk in blocks]) * r
        esub = np.abs(np.array([wg @ blk @ wg for blk in blocks]) * r - qsub)
        return qsub, esub

    def quarters(rect):
        t0, t1, p0, p1 = rect
        tm, pm = t0 + (t1 - t0) / 2, p0 + (p1 - p0) / 2
        return [(t0, tm, p0, pm), (tm, t1, p0, pm), (t0, tm, pm, p1), (tm, t1, pm, p1)]

    tiles = _Tiles()
    err_ok = 0.0
    adjust = 1.0

    def save(qsub, esub, rect):
        nonlocal err_ok
        t0, t1, p0, p1 = rect
        local = tol * ((t1 - t0) / 2) * ((p1 - p0) / 2) / area
        local = max(abs(local), eps100 * abs(float(np.sum(qsub))))
        for qi, ei, child in zip(qsub, esub, quarters(rect)):
            adjerr = adjust * ei
            if adjerr > local:
                tiles.add(qi, ei, child, adjerr)
            else:
                err_ok += adjerr
        return err_ok + tiles.total()

    whole = (0.0, math.pi, 0.0, math.pi)
    qsub, esub = tensor(whole)
    q = float(np.sum(qsub)) if not np.iscomplexobj(qsub) else complex(np.sum(qsub))
    tol = eps100 * abs(q)            # forces at least one refinement
    errbnd = save(qsub, esub, whole)
    status = None
    while tiles.items and errbnd > tol:
        adjerr, q_old, e_old, rect = tiles.take()
        result = tensor(rect)
        if result is None:
            status = "minrect"
            err_ok += adjerr
            errbnd = err_ok + tiles.total()
            continue
        qsub, esub = result
        new_q = np.sum(qsub)
        adjust = min(1.0, abs(q_old - new_q) / e_old) if e_old else 1.0
        q = q + (new_q - q_old)
        tol = max(atold8, rtold8 * abs(q))
        errbnd = save(qsub, esub, rect)
        if calls >= max_fun_evals:
            status = "maxfun"
            break
    if not (np.isfinite(q) and np.isfinite(errbnd)):
        issue_warning(NonFiniteValueWarning(
            "Non-finite result. The integration was unsuccessful. Singularity likely.",
            f"MATLAB:{function}:nonFiniteResult"))
    elif status is not None:
        passes = errbnd <= max(abstol, reltol * abs(q))
        verdict = "passes" if passes else "fails"
        if status == "maxfun":
            text = (f"Reached the maximum number of function evaluations "
                    f"({max_fun_evals}). The result {verdict} the global error test.")
            ident = f"MATLAB:{function}:maxFunEvals{'Pass' if passes else 'Fail'}"
        else:
            text = (f"Reached the minimum rectangle size. The result {verdict} the global "
                    "error test.")
            ident = f"MATLAB:{function}:minRectSize{'Pass' if passes else 'Fail'}"
        issue_warning(MaxFunctionCountWarning(text, ident))
    return q, errbnd, calls


def iterated2(f, a, b, c, d, *, abstol=1e-10, reltol=1e-6, function="integral2"):
    """The double integral as an iterated integral (every level by ``integral``'s
    algorithm). ``f(x, y)`` is called with arrays of one x and the inner nodes."""

    def inner(xs):
        out = np.empty(xs.shape, dtype=complex)
        for i, x in enumerate(xs):
            lo = float(_limit_values(c, (1,), np.array([x]))[0])
            hi = float(_limit_values(d, (1,), np.array([x]))[0])
            g = (lambda y, x=x: check_output(f(np.full(y.shape, x), y), y.shape,
                                             function, False))
            out[i] = gauss_kronrod(g, lo, hi, abstol=abstol, reltol=reltol).q
        return out if np.any(out.imag) else out.real

    r = gauss_kronrod(inner, a, b, abstol=abstol, reltol=reltol)
    return r.q


def iterated3(f, a, b, c, d, e, g, *, abstol=1e-10, reltol=1e-6, tiled_inner=False):
    """The triple integral over ``a <= x <= b``, ``c(x) <= y <= d(x)``,
    ``e(x, y) <= z <= g(x, y)``: the outer integral by ``integral``'s algorithm, the
    inner double integral by the tiled method (``tiled_inner``) or iterated."""

    def inner(xs):
        out = np.empty(xs.shape, dtype=float)
        for i, x in enumerate(xs):
            lo = lambda y, x=x: _limit_values(e, np.shape(y), np.full(np.shape(y), x), y)
            hi = lambda y, x=x: _limit_values(g, np.shape(y), np.full(np.shape(y), x), y)
            cy = float(_limit_values(c, (1,), np.array([x]))[0])
            dy = float(_limit_values(d, (1,), np.array([x]))[0])
            h = (lambda y, z, x=x: f(np.full(np.shape(y), x), y, z))
            if tiled_inner and math.isfinite(cy) and math.isfinite(dy):
                out[i] = tiled(h, cy, dy, lo, hi, abstol=abstol, reltol=reltol,
                               function="integral3")[0]
            else:
                out[i] = iterated2(h, cy, dy, lo, hi, abstol=abstol, reltol=reltol,
                                   function="integral3")
        return out

    return gauss_kronrod(inner, a, b, abstol=abstol, reltol=reltol).q


def tiled3(f, a, b, c, d, e, g, *, abstol=1e-10, reltol=1e-6):
    """``integral3``'s 'tiled' method: ``integral`` over x of ``integral2``'s tiled
    method over (y, z) (MATLAB's documented construction)."""
    return iterated3(f, a, b, c, d, e, g, abstol=abstol, reltol=reltol, tiled_inner=True)
