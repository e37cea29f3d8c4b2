"""Recursive adaptive quadrature: adaptive Simpson (MATLAB's ``quad`` and ``quadv``) and
adaptive Gauss-Lobatto/Kronrod (MATLAB's ``quadl``).

Both come from W. Gander and W. Gautschi, "Adaptive quadrature -- revisited", BIT 40
(2000) 84-101, which MATLAB's ``quad`` and ``quadl`` documentation cite. The facts used:

* ``quad``/``quadv``: the interval is first cut into three unequal panels at
  ``a + 2h`` and ``b - 2h`` with ``h = 0.13579*(b - a)`` (7 initial values; a non-finite
  end value is replaced by the value at ``a + eps*(b-a)`` / ``b - eps*(b-a)``); on each
  panel Simpson's rule ``Q1`` and the two-panel Simpson rule ``Q2`` give the
  extrapolated ``Q = Q2 + (Q2 - Q1)/15``; the panel is accepted when
  ``|Q2 - Q| <= tol`` (``quadv``: in the infinity norm), else halved with the same
  ``tol``; GNU Octave's ``quadv`` follows the same scheme (its source says so of the
  unhalved ``tol`` and the 27% end panels) and agrees with this one to rounding;
* ``quadl``: a 13-point Kronrod rule, the 7-point Kronrod and 4-point Lobatto rules on
  ``[a, b]``; when their differences show refinement is effective
  (``0 < r = |Q7 - Q13|/|Q4 - Q13| < 1``) the tolerance is divided by ``r``; then each
  interval is accepted when ``|Q7 - Q4| <= tol`` or split into six at the Lobatto and
  Kronrod nodes;
* MATLAB's stopping rules and warnings: more than 10000 evaluations ("Maximum function
  count exceeded; singularity likely."), an interval shorter than ``eps(b - a)/1024``
  or without interior points ("Minimum step size reached; singularity possible."), a
  non-finite estimate ("Infinite or Not-a-Number function value encountered.");
  ``trace`` prints ``fcnt, a, b - a, Q`` of every subinterval as
  ``'%8.0f %16.10f %18.8e %16.10f'`` (MathWorks' quad.m; copies are public).
"""

from __future__ import annotations

import math
import sys

import numpy as np

from compat._core.errors import CompatValueError, issue_warning
from compat._core.quadrature import (MaxFunctionCountWarning, MinStepSizeWarning,
                                     NonFiniteValueWarning, check_output)

__all__ = ["adaptive_simpson", "adaptive_lobatto", "MAX_FCOUNT"]

MAX_FCOUNT = 10000
_EPS = float(np.finfo(float).eps)
_WARNINGS = {
    1: (MinStepSizeWarning, "MinStepSize", "Minimum step size reached; singularity "
        "possible."),
    2: (MaxFunctionCountWarning, "MaxFcnCount", "Maximum function count exceeded; "
        "singularity likely."),
    3: (NonFiniteValueWarning, "ImproperFcnValue", "Infinite or Not-a-Number function "
        "value encountered."),
}


class _Counter:
    def __init__(self, f, function, array_valued, trace, out):
        self.f, self.function = f, function
        self.array_valued = array_valued
        self.count = 0
        self.trace = trace
        self.out = out if out is not None else sys.stdout

    def __call__(self, x):
        x = np.asarray(x, dtype=float)
        self.count += x.size
        if self.array_valued:
            values = []
            for xi in x:
                v = np.asarray(self.f(float(xi)))
                if v.dtype.kind not in "fc":
                    if v.dtype.kind in "bui":
                        v = v.astype(float)
                    else:
                        raise CompatValueError(f"the integrand returned {v.dtype} values")
                values.append(v)
            shapes = {v.shape for v in values}
            if len(shapes) > 1:
                raise CompatValueError("the integrand's output changed size between "
                                       "points")
            return np.stack(values)
        return check_output(self.f(x), x.shape, self.function, False)

    def show(self, a, width, q):
        if self.trace:
            if np.ndim(q):
                q = np.asarray(q).reshape(-1)[0]
            self.out.write(f"{self.count:8.0f} {a:16.10f} {width:18.8e} "
                           f"{float(np.real(q)):16.10f}\n")


def _finish(function, q, counter, warn):
    if warn:
        cls, ident, text = _WARNINGS[warn]
        issue_warning(cls(text, f"MATLAB:{function}:{ident}"))
    return q, counter.count


def adaptive_simpson(f, a, b, tol=1e-6, *, array_valued=False, trace=False, out=None,
                     function="quad"):
    """``(q, fcount)`` of MATLAB's ``quad`` (``array_valued=False``: ``f`` takes a 1-D
    array of points) or ``quadv`` (``f`` takes one float and returns an array)."""
    counter = _Counter(f, function, array_valued, trace, out)
    a, b = float(a), float(b)
    norm = ((lambda d: float(np.max(np.abs(d))) if np.size(d) else 0.0)
            if array_valued else (lambda d: abs(d)))
    h = 0.13579 * (b - a)
    x = np.array([a, a + h, a + 2 * h, (a + b) / 2, b - 2 * h, b - h, b])
    y = list(counter(x))
    if not np.all(np.isfinite(y[0])):
        y[0] = counter(np.array([a + _EPS * (b - a)]))[0]
    if not np.all(np.isfinite(y[6])):
        y[6] = counter(np.array([b - _EPS * (b - a)]))[0]
    hmin = float(np.spacing(abs(b - a))) / 1024

    def step(a, b, fa, fc, fb):
        h = b - a
        c = (a + b) / 2
        fd, fe = counter(np.array([(a + c) / 2, (c + b) / 2]))
        q1 = (h / 6) * (fa + 4 * fc + fb)
        q2 = (h / 12) * (fa + 4 * fd + 2 * fc + 4 * fe + fb)
        q = q2 + (q2 - q1) / 15
        counter.show(a, h, q)
        if not np.all(np.isfinite(q)):
            return q, 3
        if counter.count > MAX_FCOUNT:
            return q, 2
        if norm(q2 - q) <= tol:
            return q, 0
        if abs(h) < hmin or c == a or c == b:
            return q, 1
        qac, warn_ac = step(a, c, fa, fd, fc)
        qcb, warn_cb = step(c, b, fc, fe, fb)
        return qac + qcb, max(warn_ac, warn_cb)

    parts = [step(x[0], x[2], y[0], y[1], y[2]), step(x[2], x[4], y[2], y[3], y[4]),
             step(x[4], x[6], y[4], y[5], y[6])]
    q = parts[0][0] + parts[1][0] + parts[2][0]
    return _finish(function, q, counter, max(p[1] for p in parts))


_ALPHA = math.sqrt(2 / 3)
_BETA = 1 / math.sqrt(5)
# Gander and Gautschi's 13-point Kronrod extension of the 4-point Lobatto rule: the
# nodes beyond the Lobatto and 7-point Kronrod ones, and the weights
_X1, _X2, _X3 = 0.942882415695480, 0.641853342345781, 0.236383199662150
_K13 = np.array([0.0158271919734802, 0.094273840218850, 0.155071987336585,
                 0.188821573960182, 0.199773405226859, 0.224926465333340,
                 0.242611071901408, 0.224926465333340, 0.199773405226859,
                 0.188821573960182, 0.155071987336585, 0.094273840218850,
                 0.0158271919734802])


def adaptive_lobatto(f, a, b, tol=1e-6, *, trace=False, out=None):
    """``(q, fcount)`` of MATLAB's ``quadl``: ``f`` takes a 1-D array of points."""
    counter = _Counter(f, "quadl", False, trace, out)
    a, b = float(a), float(b)
    m, h = (a + b) / 2, (b - a) / 2
    x = np.array([a, m - _X1 * h, m - _ALPHA * h, m - _X2 * h, m - _BETA * h,
                  m - _X3 * h, m, m + _X3 * h, m + _BETA * h, m + _X2 * h,
                  m + _ALPHA * h, m + _X1 * h, b])
    y = np.array(counter(x))
    if not math.isfinite(abs(y[0])):
        y[0] = counter(np.array([a + _EPS * (b - a)]))[0]
    if not math.isfinite(abs(y[12])):
        y[12] = counter(np.array([b - _EPS * (b - a)]))[0]
    q4 = (h / 6) * (y[0] + 5 * y[4] + 5 * y[8] + y[12])
    q7 = (h / 1470) * (77 * y[0] + 432 * y[2] + 625 * y[4] + 672 * y[6] + 625 * y[8]
                       + 432 * y[10] + 77 * y[12])
    q13 = h * np.dot(_K13, y)
    r = abs(q7 - q13) / abs(q4 - q13 + sys.float_info.min)
    if 0 < r < 1:
        tol = tol / r
    hmin = float(np.spacing(abs(b - a))) / 1024

    def step(a, b, fa, fb):
        h = (b - a) / 2
        m = (a + b) / 2
        mll, ml, mr, mrr = m - _ALPHA * h, m - _BETA * h, m + _BETA * h, m + _ALPHA * h
        fmll, fml, fm, fmr, fmrr = counter(np.array([mll, ml, m, mr, mrr]))
        q1 = (h / 6) * (fa + fb + 5 * (fml + fmr))
        q = (h / 1470) * (77 * (fa + fb) + 432 * (fmll + fmrr) + 625 * (fml + fmr)
                          + 672 * fm)
        counter.show(a, b - a, q)
        if not math.isfinite(abs(q)):
            return q, 3
        if counter.count > MAX_FCOUNT:
            return q, 2
        if abs(q - q1) <= tol:
            return q, 0
        if abs(h) < hmin or mll <= a or b <= mrr:
            return q, 1
        total, warn = 0.0, 0
        for lo, hi, flo, fhi in ((a, mll, fa, fmll), (mll, ml, fmll, fml),
                                 (ml, m, fml, fm), (m, mr, fm, fmr),
                                 (mr, mrr, fmr, fmrr), (mrr, b, fmrr, fb)):
            part, w = step(lo, hi, flo, fhi)
            total = total + part
            warn = max(warn, w)
        return total, warn

    q, warn = step(a, b, y[0], y[12])
    return _finish("quadl", q, counter, warn)
