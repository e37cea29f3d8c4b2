"""Romberg and Simpson integration of a function as Numerical Recipes gives them (Press
et al., *Numerical Recipes in C*, 2nd ed., sections 3.1, 4.2-4.4): the core of IDL's
QSIMP, QROMB and QROMO, which IDL documents as based on ``qsimp``, ``qromb`` and
``qromo``.

* ``trapzd``: the n-th refinement of the extended trapezoidal rule, adding the ``2**(n-2)``
  new interior points (``x`` advanced by repeated addition, as NR's loop does);
* ``midpnt`` and its changes of variable ``midinf`` (1/x), ``midsql`` (a lower-limit
  inverse square-root singularity), ``midsqu`` (upper limit), ``midexp`` (an exponentially
  decaying integrand to infinity): the n-th refinement of the extended midpoint rule,
  tripling the points each stage;
* ``qsimp``: Simpson's rule from successive trapezoid stages, stopping after the 5th
  stage once ``|s - s_old| < eps |s_old|``;
* ``qromb``/``qromo``: Romberg extrapolation to h = 0 of the last ``k`` stages by
  Neville's polynomial interpolation (``polint``), stopping when the error estimate
  ``|dss| <= eps |ss|``.

Computed in the dtype given (FLOAT or DOUBLE, as IDL). Python-shaped: a scalar function
``f(x)``, scalar limits; no legacy names.
"""

from __future__ import annotations

from typing import Callable

import numpy as np

from compat._core.running_sums import sequential_sum

__all__ = ["qsimp", "qromb", "qromo", "MIDPOINT_RULES"]


class _RombergError(ValueError):
    """The integration did not converge within JMAX stages (NR's "Too many steps").
    Private: the legacy layer turns it into its routine's error."""


def _points(start, step, count, dtype) -> np.ndarray:
    """``x``, ``x + step``, ... by repeated addition (NR's ``x += del``)."""
    increments = np.full(count, step, dtype=dtype)
    increments[0] = start
    return np.cumsum(increments, dtype=dtype)


def _values(function, xs, dtype) -> np.ndarray:
    return np.array([function(dtype.type(x)) for x in xs], dtype=dtype)


class _Trapezoid:
    """NR's trapzd with its static running estimate."""

    def __init__(self, function, a, b, dtype):
        self.f, self.a, self.b, self.dtype, self.s = function, a, b, dtype, dtype.type(0)

    def stage(self, n: int):
        t, a, b, f = self.dtype.type, self.a, self.b, self.f
        if n == 1:
            self.s = t(t(0.5) * (b - a) * (t(f(a)) + t(f(b))))
            return self.s
        it = 1 << (n - 2)
        tnm = t(it)
        step = t((b - a) / tnm)
        x = _points(t(a + t(0.5) * step), step, it, self.dtype)
        total = sequential_sum(_values(f, x, self.dtype), None, self.dtype)
        self.s = t(t(0.5) * (self.s + (b - a) * total / tnm))
        return self.s


class _Midpoint:
    """NR's midpnt on ``g`` over [a, b] (the variants pass a transformed ``g``)."""

    def __init__(self, g, a, b, dtype):
        self.g, self.a, self.b, self.dtype, self.s = g, a, b, dtype, dtype.type(0)

    def stage(self, n: int):
        t, a, b, g = self.dtype.type, self.a, self.b, self.g
        if n == 1:
            self.s = t((b - a) * t(g(t(t(0.5) * (a + b)))))
            return self.s
        it = 3 ** (n - 2)
        tnm = t(it)
        step = t((b - a) / (t(3.0) * tnm))
        double = t(step + step)
        # the new points: x, x + ddel, x + ddel + del, x + 2 ddel + del, ... (NR's loop
        # alternates x += ddel and x += del)
        increments = np.empty(2 * it, dtype=self.dtype)
        increments[0] = t(a + t(0.5) * step)
        increments[1::2] = double
        increments[2::2] = step
        x = np.cumsum(increments, dtype=self.dtype)
        total = sequential_sum(_values(g, x, self.dtype), None, self.dtype)
        self.s = t((self.s + (b - a) * total / tnm) / t(3.0))
        return self.s


def _midinf(f, aa, bb, dtype):
    t = dtype.type
    return _Midpoint(lambda x: t(f(t(t(1.0) / x)) / (x * x)), t(t(1.0) / bb),
                     t(t(1.0) / aa), dtype)


def _midsql(f, aa, bb, dtype):
    t = dtype.type
    return _Midpoint(lambda x: t(t(2.0) * x * f(t(aa + x * x))), t(0),
                     t(np.sqrt(t(bb - aa))), dtype)


def _midsqu(f, aa, bb, dtype):
    t = dtype.type
    return _Midpoint(lambda x: t(t(2.0) * x * f(t(bb - x * x))), t(0),
                     t(np.sqrt(t(bb - aa))), dtype)


def _midexp(f, aa, bb, dtype):
    t = dtype.type
    return _Midpoint(lambda x: t(f(t(-np.log(x))) / x), t(0), t(np.exp(t(-aa))), dtype)


MIDPOINT_RULES = {
    "midpnt": lambda f, a, b, dtype: _Midpoint(f, a, b, dtype),
    "midinf": _midinf, "midsql": _midsql, "midsqu": _midsqu, "midexp": _midexp,
}


def _polint(xa: np.ndarray, ya: np.ndarray, x, dtype):
    """Neville's algorithm (NR's polint): the value at ``x`` of the polynomial through
    the points and an error estimate, the last correction added."""
    t = dtype.type
    n = xa.size
    c = ya.astype(dtype, copy=True)
    d = ya.astype(dtype, copy=True)
    distance = np.abs(x - xa)
    ns = int(np.argmin(distance))  # the first nearest point, as NR's strict '<' scan
    y = ya[ns]
    ns -= 1
    dy = t(0)
    for m in range(1, n):  # each column of the tableau needs the previous one
        ho = xa[:n - m] - x
        hp = xa[m:] - x
        w = c[1:n - m + 1] - d[:n - m]
        den = ho - hp
        if np.any(den == 0):
            raise _RombergError("Error in routine polint")
        den = (w / den).astype(dtype)
        d[:n - m] = hp * den
        c[:n - m] = ho * den
        if 2 * (ns + 1) < (n - m):
            dy = c[ns + 1]
        else:
            dy = d[ns]
            ns -= 1
        y = t(y + dy)
    return y, dy


def qsimp(function: Callable, a, b, *, eps, jmax, dtype):
    t = np.dtype(dtype).type
    rule = _Trapezoid(function, t(a), t(b), np.dtype(dtype))
    ost = os_ = t(0)  # NR 2nd ed. starts both at 0
    for j in range(1, jmax + 1):
        st = rule.stage(j)
        s = t((t(4.0) * st - ost) / t(3.0))
        if j > 5 and (abs(s - os_) < eps * abs(os_) or (s == 0 and os_ == 0)):
            return s
        os_, ost = s, st
    raise _RombergError("Too many steps in routine qsimp")


def _romberg(rule, *, eps, jmax, k, shrink, dtype):
    t = dtype.type
    h = np.empty(jmax + 1, dtype=dtype)
    s = np.empty(jmax + 1, dtype=dtype)
    h[0] = t(1.0)
    for j in range(jmax):
        s[j] = rule.stage(j + 1)
        if j + 1 >= k:
            ss, dss = _polint(h[j + 1 - k:j + 1], s[j + 1 - k:j + 1], t(0), dtype)
            if abs(dss) <= eps * abs(ss):
                return t(ss)
        h[j + 1] = t(shrink * h[j])
    raise _RombergError("Too many steps in routine qromb" if shrink == 0.25
                       else "Too many steps in routine qromo")


def qromb(function: Callable, a, b, *, eps, jmax, k, dtype):
    dtype = np.dtype(dtype)
    t = dtype.type
    return _romberg(_Trapezoid(function, t(a), t(b), dtype), eps=eps, jmax=jmax, k=k,
                    shrink=0.25, dtype=dtype)


def qromo(function: Callable, a, b, *, eps, jmax, k, rule: str, dtype):
    dtype = np.dtype(dtype)
    t = dtype.type
    stages = MIDPOINT_RULES[rule](function, t(a), t(b), dtype)
    return _romberg(stages, eps=eps, jmax=jmax, k=k, shrink=1.0 / 9.0, dtype=dtype)
