"""Vectorised adaptive Gauss-Kronrod quadrature: the algorithm of MATLAB's ``quadgk`` and
``integral``.

L. F. Shampine, "Vectorized adaptive quadrature in MATLAB", J. Comput. Appl. Math. 211
(2008) 131-140, is the algorithm MATLAB's ``quadgk`` implements and ``integral`` builds
on (MATLAB's documentation of both cites it). The facts used here come from the paper,
the documentation of MATLAB and GNU Octave (whose ``quadgk`` follows the same paper) and
MathWorks' ``quadgk.m``/``integralCalc.m`` (copies of which are public; read for facts,
no line copied):

* a (7, 15) Gauss-Kronrod pair on every subinterval (QUADPACK's ``dqk15`` nodes and
  weights); the error estimate of a subinterval is the difference of the two rules;
* the integrand is called once per pass with every node of every subinterval still
  active (hence MATLAB's requirement of a vectorised integrand);
* changes of variable before subdividing: ``x = (b-a)/4 * t*(3 - t^2) + (b+a)/2`` on
  ``[-1, 1]`` for a finite interval (it weakens end-point singularities),
  ``x = a + (t/(1-t))^2`` on ``[0, 1]`` for ``[a, Inf)``, ``x = b - (t/(1+t))^2`` on
  ``[-1, 0]`` for ``(-Inf, b]`` and ``x = t/(1-t^2)`` on ``[-1, 1]`` for
  ``(-Inf, Inf)``; none on a complex (contour) path, which is integrated segment by
  segment through the waypoints; waypoints are mapped to ``t`` by the inverse change
  (K. L. Metlov's closed forms); real paths run left to right (the sign changed after);
* the initial mesh splits every piece so that none is longer than a tenth of the path
  (10 subintervals without waypoints, 150 evaluations);
* the error test ``|err_i| <= 2*tol*h_i/pathlen`` (``tol = max(AbsTol, RelTol*|q|)``)
  accepts a subinterval, whose (signed) error joins the accepted sum; the error bound is
  ``|accepted errors| + sum |errors of the others|``; the others are halved, until the
  bound is ``<= tol``, no subinterval is left, the next mesh would exceed
  MaxIntervalCount subintervals (``quadgk``: 650; ``integral``: 16384), or two nodes
  are within ``100*eps`` (relative) of each other in the integrand's own variable
  (checked from the second pass on); MATLAB's three warnings name the stop.

The core takes Python arguments; :mod:`compat.matlab.quadrature` reads MATLAB's.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)

__all__ = ["MinStepSizeWarning", "MaxIntervalCountWarning", "NonFiniteValueWarning",
           "MaxFunctionCountWarning", "GaussKronrod", "gauss_kronrod", "NODES", "WT15",
           "EWT", "sequential_sum", "check_output"]


class MinStepSizeWarning(MatlabWarning):
    """``integral``/``quadgk``/``quad``/``quadl``/``quadv``: two integration nodes came
    within rounding of each other (MATLAB's ``MATLAB:integral:MinStepSize``,
    ``MATLAB:quadgk:MinStepSize``, ``MATLAB:quad:MinStepSize``): a singularity is
    likely, or the tolerances are too tight."""


class MaxIntervalCountWarning(MatlabWarning):
    """``integral``/``quadgk``: the next mesh would have more than MaxIntervalCount
    subintervals (``MATLAB:integral:MaxIntervalCountReached``); ``errbnd`` holds the
    error bound reached and ``needed`` the count that would allow another pass."""

    def __init__(self, message: str = "", identifier: str | None = None,
                 errbnd: float | None = None, needed: int | None = None):
        super().__init__(message, identifier)
        self.errbnd = errbnd
        self.needed = needed


class NonFiniteValueWarning(MatlabWarning):
    """An infinite or NaN integrand value reached the sum (MATLAB's
    ``MATLAB:integral:NonFiniteValue``, ``MATLAB:quad:ImproperFcnValue``)."""


class MaxFunctionCountWarning(MatlabWarning):
    """``quad``/``quadl``/``quadv``: more than 10000 integrand evaluations
    (``MATLAB:quad:MaxFcnCount``); ``integral2``/``quad2d``: the evaluation budget is
    spent (``MATLAB:integral2:maxFunEvalsFail``/``Pass``)."""


for _cls in (MinStepSizeWarning, MaxIntervalCountWarning, NonFiniteValueWarning,
             MaxFunctionCountWarning):
    _cls.__module__ = "compat"

# QUADPACK's dqk15 (Piessens et al. 1983): the 15 Kronrod nodes on [-1, 1], ascending,
# their weights, and the weights of the 7-point Gauss rule on the odd-numbered nodes, to
# 16 digits (GNU Octave's quadgk copies 0.3818300505051889 for the third Gauss weight,
# 0.381830050505118944950... rounded wrongly: 7e-14 off)
NODES = np.array([-0.9914553711208126, -0.9491079123427585, -0.8648644233597691,
                  -0.7415311855993944, -0.5860872354676911, -0.4058451513773972,
                  -0.2077849550078985, 0.0, 0.2077849550078985, 0.4058451513773972,
                  0.5860872354676911, 0.7415311855993944, 0.8648644233597691,
                  0.9491079123427585, 0.9914553711208126])
WT15 = np.array([0.02293532201052922, 0.06309209262997855, 0.1047900103222502,
                 0.1406532597155259, 0.1690047266392679, 0.1903505780647854,
                 0.2044329400752989, 0.2094821410847278, 0.2044329400752989,
                 0.1903505780647854, 0.1690047266392679, 0.1406532597155259,
                 0.1047900103222502, 0.06309209262997855, 0.02293532201052922])
_WT7 = np.array([0.0, 0.1294849661688697, 0.0, 0.2797053914892767, 0.0,
                 0.3818300505051189, 0.0, 0.4179591836734694, 0.0, 0.3818300505051189,
                 0.0, 0.2797053914892767, 0.0, 0.1294849661688697, 0.0])
#: Kronrod minus Gauss weights: EWT @ f * h is a subinterval's (signed) error estimate
EWT = WT15 - _WT7

MIN_SUBINTERVALS = 10


def sequential_sum(values):
    """The sum of a 1-D array added left to right (MATLAB's ``sum`` of a short vector;
    numpy's pairwise sum rounds differently)."""
    values = np.asarray(values)
    if values.shape[0] == 0:
        return values.sum(axis=0)
    return np.cumsum(values, axis=0)[-1]


def check_output(fx, x_shape, function: str, array_hint: bool) -> np.ndarray:
    """The integrand's values as an array of the nodes' shape, with MATLAB's errors for
    a size that differs (the integrand is not vectorised) or a class that is not
    floating point."""
    fx = np.asarray(fx)
    if fx.dtype.kind not in "fc":
        if function == "quadgk":     # MathWorks' quadgk.m
            raise CompatTypeError("Supported classes are 'double' and 'single'.")
        kind = "logical" if fx.dtype.kind == "b" else str(fx.dtype)
        raise CompatTypeError(f"Input function must return 'double' or 'single' values. "
                              f"Found '{kind}'.")
    if fx.size != int(np.prod(x_shape)):
        text = "Output of the function must be the same size as the input."
        if array_hint:
            text += (" If FUN is an array-valued integrand, set the 'ArrayValued' option "
                     "to true.")
        text += (f" (compat: the integrand returned shape {fx.shape} for nodes of shape "
                 f"{tuple(x_shape)}; a Python function that is not vectorised needs "
                 "ArrayValued=True, which calls it with one node at a time)")
        raise CompatValueError(text)
    return fx.reshape(x_shape)


@dataclass
class GaussKronrod:
    """The result of :func:`gauss_kronrod`: the integral, the error bound, the
    integrand's evaluation count and the warning raised (None when converged)."""

    q: object
    errbnd: float
    fcount: int
    warning: str | None = None


class _Path:
    """The change of variable of one problem: ``x(t)`` and ``dx/dt`` together, and the
    ``t`` of each waypoint, for a finite, half-infinite, infinite or contour path. The
    real paths run from the smaller limit to the larger (the caller negates)."""

    def __init__(self, a, b, waypoints):
        self.a, self.b = a, b
        self.complex = (isinstance(a, complex) or isinstance(b, complex)
                        or any(isinstance(w, complex) for w in waypoints))
        if self.complex:
            self.kind = "contour"
            self.t = np.array([a, *waypoints, b], dtype=complex)
            return
        a, b = float(a), float(b)
        inner = np.asarray(waypoints, dtype=float)
        if math.isfinite(a) and math.isfinite(b):
            self.kind = "finite"
            # x - (a+b)/2 = (b-a)/4 * t*(3 - t^2): with s = (2x - a - b)/(b - a) and
            # t = 2 sin(u), s = sin(3u), so t = 2 sin(asin(s)/3)
            inner = 2 * np.sin(np.arcsin((a + b - 2 * inner) / (a - b)) / 3)
            ends = (-1.0, 1.0)
        elif math.isfinite(a):
            self.kind = "upper"
            r = np.sqrt(inner - a)
            inner, ends = r / (1 + r), (0.0, 1.0)
        elif math.isfinite(b):
            self.kind = "lower"
            r = np.sqrt(b - inner)
            inner, ends = -r / (1 + r), (-1.0, 0.0)
        else:
            self.kind = "infinite"
            # t/(1 - t^2) = x  <=>  t = tanh(asinh(2x)/2)
            inner, ends = np.tanh(np.arcsinh(2 * inner) / 2), (-1.0, 1.0)
        self.t = np.concatenate(([ends[0]], inner, [ends[1]]))

    def map(self, t):
        """``(x, dx/dt)`` at the nodes ``t``."""
        a, b = self.a, self.b
        if self.kind == "contour":
            return t, None
        if self.kind == "finite":
            return 0.25 * (b - a) * t * (3 - t ** 2) + 0.5 * (b + a), \
                0.75 * (b - a) * (1 - t ** 2)
        if self.kind == "upper":
            tt = t / (1 - t)
            return a + tt ** 2, 2 * tt / (1 - t) ** 2
        if self.kind == "lower":
            tt = t / (1 + t)
            return b - tt ** 2, -2 * tt / (1 + t) ** 2
        return t / (1 - t ** 2), (1 + t ** 2) / (1 - t ** 2) ** 2


def _split(t, minsubs):
    """Split the pieces of the path ``t`` so that none is longer than ``1/minsubs`` of
    the path; drop empty pieces (at least one, possibly empty, piece is left)."""
    dx = np.abs(np.diff(t))
    pathlen = float(np.sum(dx)) if np.iscomplexobj(t) else float(t[-1] - t[0])
    points = [t[0]]
    if pathlen > 0:
        pieces = np.ceil(dx * (minsubs / pathlen)).astype(int)
        for k in range(len(t) - 1):
            n = max(pieces[k], 1)
            points.extend(t[k] + np.arange(1, n) / n * (t[k + 1] - t[k]))
            points.append(t[k + 1])
    else:
        points.append(t[-1])
    points = np.asarray(points)
    keep = np.concatenate(([True], np.abs(np.diff(points)) != 0))
    points = points[keep]
    if points.size == 1:
        points = np.array([points[0], points[0]])
    return points, pathlen


def _too_close(x, eps):
    """The first node within ``100*eps`` (relative) of the next one, or None."""
    ax = np.abs(x)
    close = np.abs(np.diff(x)) <= 100 * eps * np.maximum(ax[:-1], ax[1:])
    return int(np.argmax(close)) if close.any() else None


def gauss_kronrod(integrand, a, b, *, abstol=1e-10, reltol=1e-6, waypoints=(),
                  max_intervals=650, array_valued=False, single=False,
                  messages="integral") -> GaussKronrod:
    """Integrate ``integrand`` from ``a`` to ``b`` by Shampine's vectorised adaptive
    (7, 15) Gauss-Kronrod quadrature (see the module docstring).

    Parameters
    ----------
    integrand : callable
        ``integrand(x)`` with ``x`` a 1-D float (or complex, on a contour) array of
        nodes, returning one value per node, or with ``array_valued`` an array of shape
        ``(x.size, *shape)`` (the values at each node, of any one shape).
    a, b : float or complex
        Limits, ``a <= b`` on the real line (either may be infinite); complex limits or
        waypoints make a contour integral along straight segments
        ``a -> waypoints -> b``.
    abstol, reltol : float
        The error test ``errbnd <= max(abstol, reltol*|q|)`` (element by element for
        array values: MATLAB's ``integral``).
    waypoints : sequence
        Points the initial mesh must contain, in path order.
    max_intervals : int
        The most subintervals a pass may have (quadgk's MaxIntervalCount, 650;
        ``integral``'s is 16384, at least twice the initial count).
    messages : {"integral", "quadgk"}
        Whose warning texts to give.
    """
    eps = float(np.finfo(np.float32 if single else np.float64).eps)
    path = _Path(a, b, list(waypoints))
    tpoints, pathlen = _split(path.t, MIN_SUBINTERVALS)
    subs = np.vstack((tpoints[:-1], tpoints[1:]))
    if pathlen == 0:
        # MATLAB's midpoint area: zero, or NaN for a non-finite value
        mid = path.map(np.array([tpoints[0]]))[0]
        fx = np.asarray(integrand(mid))
        status = None if np.all(np.isfinite(fx)) else ("nonfinite",)
        q = 0 * fx[0] if fx.ndim else 0 * fx
        return GaussKronrod(q, q, int(fx.shape[0]) if fx.ndim else 1, _warn(status, messages))
    if messages == "integral":
        max_intervals = max(max_intervals, 2 * subs.shape[1])
    value_shape = ()
    q_ok = err_ok = 0j if path.complex else 0.0
    q, errbnd = q_ok, 0.0
    fcount = 0
    first = True
    status = None

    while True:
        midpt = (subs[0] + subs[1]) / 2
        halfh = (subs[1] - subs[0]) / 2
        t = (NODES[:, None] * halfh + midpt).T.reshape(-1)   # subinterval after subinterval
        x, w = path.map(t)
        if not first:
            k = _too_close(x, eps)
            if k is not None:
                status = ("minstep", x[k])
                break
        fx = np.asarray(integrand(x))
        fcount += t.size
        if w is not None:
            fx = fx * w.reshape((-1,) + (1,) * (fx.ndim - 1))
        if first and array_valued:
            value_shape = fx.shape[1:]
            if 0 in value_shape:
                return GaussKronrod(np.zeros(value_shape), np.zeros(value_shape), fcount)
        first = False
        fx = fx.reshape((subs.shape[1], NODES.size) + value_shape)
        scale = halfh.reshape((-1,) + (1,) * len(value_shape))
        qsubs = np.tensordot(fx, WT15, axes=([1], [0])) * scale
        errsubs = np.tensordot(fx, EWT, axes=([1], [0])) * scale
        q = sequential_sum(qsubs) + q_ok
        abserr = np.abs(errsubs)
        if value_shape:
            # MATLAB's integral, array-valued: every element passes its own test
            tol = reltol * np.abs(q)
            limit = np.abs(halfh).reshape(scale.shape)
            ok = (abserr <= (2 * tol / pathlen) * limit) | \
                (abserr <= (2 * abstol / pathlen) * limit)
            accept = ok.reshape(ok.shape[0], -1).all(axis=1)
        else:
            tol = max(abstol, reltol * abs(q))
            accept = abserr <= (2 * tol / pathlen) * np.abs(halfh)
        err_ok = err_ok + sequential_sum(errsubs[accept])
        rest = abserr[~accept]
        bound = np.abs(err_ok) + (sequential_sum(rest) if rest.shape[0] else 0.0)
        errbnd = bound if value_shape else float(bound)
        if not (np.all(np.isfinite(q)) and np.all(np.isfinite(errbnd))):
            status = ("nonfinite",)
            break
        if value_shape:
            if not rest.shape[0] or np.all((errbnd <= tol) | (errbnd <= abstol)):
                break
        elif errbnd <= tol:
            break
        subs = subs[:, ~accept]
        q_ok = q_ok + sequential_sum(qsubs[accept])
        if subs.shape[1] == 0:
            break
        nsubs = 2 * subs.shape[1]
        if nsubs > max_intervals:
            status = ("maxintervals", float(np.max(errbnd)), nsubs)
            break
        mid = midpt[~accept]
        subs = np.vstack((subs[0], mid, mid, subs[1])).T.reshape(-1, 2).T
    text = _warn(status, messages)
    if single:
        q = np.asarray(q).astype(np.complex64 if np.iscomplexobj(q) else np.float32)
        errbnd = np.asarray(errbnd).astype(np.float32)
    return GaussKronrod(q, errbnd, fcount, text)


def _warn(status, messages):
    if status is None:
        return None
    kind = status[0]
    if kind == "minstep":
        if messages == "integral":
            text = (f"Minimum step size reached near x = {_num2str6(status[1])}. There may "
                    "be a singularity, or the tolerances may be too tight for this problem.")
        else:
            text = (f"Minimum step size reached near x = {_g(status[1])}; singularity "
                    "possible.")
        issue_warning(MinStepSizeWarning(text, f"MATLAB:{messages}:MinStepSize"))
    elif kind == "nonfinite":
        text = "Infinite or Not-a-Number value encountered."
        issue_warning(NonFiniteValueWarning(text, f"MATLAB:{messages}:NonFiniteValue"))
    else:
        errbnd, needed = status[1], status[2]
        text = ("Reached the limit on the maximum number of intervals in use. "
                f"Approximate bound on error is{errbnd:9.1e}. The integral may not "
                "exist, or it may be difficult to approximate numerically")
        if messages == "integral":
            text += " to the requested accuracy."
        else:
            text += (f". Increase MaxIntervalCount to {needed} to enable QUADGK to "
                     "continue for another iteration.")
        issue_warning(MaxIntervalCountWarning(
            text, f"MATLAB:{messages}:MaxIntervalCountReached", errbnd, needed))
    return text


def _g(value) -> str:
    """MATLAB's ``%g`` of a real location (the real part of a complex one)."""
    return f"{float(np.real(value)):g}"


def _num2str6(value) -> str:
    """MATLAB's ``num2str(x, 6)``: six significant digits (``%.6g``), complex as
    ``a+bi``."""
    if np.iscomplexobj(value):
        value = complex(value)
        return f"{value.real:.6g}{'+' if value.imag >= 0 else '-'}{abs(value.imag):.6g}i"
    return f"{float(value):.6g}"
