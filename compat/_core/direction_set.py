"""Minimisation without and with derivatives in Numerical Recipes' form: Powell's
direction-set method and the BFGS quasi-Newton method, the cores of IDL's POWELL and
DFPMIN.

Source: Press et al., *Numerical Recipes in C*, 2nd ed. (which IDL's Reference Guide
names as the basis of both routines): section 10.1 (``mnbrak``: bracketing by golden
steps and parabolic extrapolation), 10.2 (``brent``: Brent's parabolic interpolation
with golden sections), 10.5 (``linmin``, ``powell``), 10.7 (``dfpmin``) and 9.7
(``lnsrch``, the backtracking line search also used by :mod:`compat._core.newton_systems`).
Each routine is followed step for step, in the dtype given (float32 for IDL's FLOAT
computation, float64 for DOUBLE), so the iterates and the stopping decisions are
Numerical Recipes'.

Python-shaped: vectors are 1-D arrays; a direction set is a matrix whose *columns* are
the directions (NR's ``xi[j][i]``, component j of direction i); functions take a vector
and return a scalar (or a vector, the gradient). No legacy names.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import numpy as np

from compat._core.c_semantics import fmax_array, fmax as _fmax, running_max, sign as _sign

__all__ = ["MinimumResult", "powell", "dfpmin", "line_search"]


class _NRIterationError(ValueError):
    """Numerical Recipes' ``nrerror``: the method did not finish within its iteration
    limit (or its line search failed); the message is NR's."""


@dataclass
class MinimumResult:
    x: np.ndarray            # the minimum found
    fmin: np.generic         # the function there
    iterations: int          # NR's *iter
    directions: np.ndarray | None = None   # POWELL's final direction set (columns)


def _scalar_type(dtype):
    """The type scalars are computed in: Python's float for float64 (the same IEEE
    double arithmetic as numpy's, without numpy's per-scalar overhead), else the dtype's."""
    return float if dtype == np.float64 else dtype.type


_GOLD = 1.618034
_GLIMIT = 100.0
_CGOLD = 0.3819660
_ZEPS = 1.0e-10


def _bracket(f, ax, bx, t):
    """NR's ``mnbrak``: from ``ax``, ``bx`` find ``ax, bx, cx`` with ``f(bx)`` below
    both ends (golden steps, parabolic extrapolation limited to GLIMIT)."""
    tiny = t(1.0e-20)
    fa, fb = f(ax), f(bx)
    if fb > fa:
        ax, bx = bx, ax
        fa, fb = fb, fa
    cx = t(bx + t(_GOLD) * (bx - ax))
    fc = f(cx)
    while fb > fc:
        r = (bx - ax) * (fb - fc)
        q = (bx - cx) * (fb - fa)
        qr = q - r
        # 2 SIGN(FMAX(fabs(q-r), TINY), q-r), NR's macros (c_semantics)
        den = t(2.0) * _sign(_fmax(abs(qr), tiny), qr)
        u = t(bx - ((bx - cx) * q - (bx - ax) * r) / den)
        ulim = t(bx + t(_GLIMIT) * (cx - bx))
        if (bx - u) * (u - cx) > 0:
            fu = f(u)
            if fu < fc:
                return bx, u, cx, fb, fu, fc
            if fu > fb:
                return ax, bx, u, fa, fb, fu
            u = t(cx + t(_GOLD) * (cx - bx))
            fu = f(u)
        elif (cx - u) * (u - ulim) > 0:
            fu = f(u)
            if fu < fc:
                bx, cx, u = cx, u, t(u + t(_GOLD) * (u - cx))
                fb, fc, fu = fc, fu, f(u)
        elif (u - ulim) * (ulim - cx) >= 0:
            u = ulim
            fu = f(u)
        else:
            u = t(cx + t(_GOLD) * (cx - bx))
            fu = f(u)
        ax, bx, cx = bx, cx, u
        fa, fb, fc = fb, fc, fu
    return ax, bx, cx, fa, fb, fc


def _brent(f, ax, bx, cx, tol, t):
    """NR's ``brent``: the minimum bracketed by ``ax < bx < cx`` (either order) to the
    fractional tolerance ``tol``; returns ``(xmin, fmin)``."""
    a, b = (ax, cx) if ax < cx else (cx, ax)
    x = w = v = bx
    fx = fw = fv = f(x)
    d = e = t(0.0)
    tol = t(tol)
    zeps = t(_ZEPS)
    for _ in range(100):
        xm = t(0.5) * (a + b)
        tol1 = tol * abs(x) + zeps
        tol2 = t(2.0) * tol1
        if abs(x - xm) <= tol2 - t(0.5) * (b - a):
            return x, fx
        if abs(e) > tol1:
            r = (x - w) * (fx - fv)
            q = (x - v) * (fx - fw)
            p = (x - v) * q - (x - w) * r
            q = t(2.0) * (q - r)
            if q > 0:
                p = -p
            q = abs(q)
            etemp = e
            e = d
            if abs(p) >= abs(t(0.5) * q * etemp) or p <= q * (a - x) or p >= q * (b - x):
                e = a - x if x >= xm else b - x
                d = t(_CGOLD) * e
            else:
                d = p / q
                u = x + d
                if u - a < tol2 or b - u < tol2:
                    d = _sign(tol1, xm - x)
        else:
            e = a - x if x >= xm else b - x
            d = t(_CGOLD) * e
        u = x + d if abs(d) >= tol1 else x + _sign(tol1, d)
        u = t(u)
        fu = f(u)
        if fu <= fx:
            if u >= x:
                a = x
            else:
                b = x
            v, w, x = w, x, u
            fv, fw, fx = fw, fx, fu
        else:
            if u < x:
                a = u
            else:
                b = u
            if fu <= fw or w == x:
                v, w = w, u
                fv, fw = fw, fu
            elif fu <= fv or v == x or v == w:
                v, fv = u, fu
    raise _NRIterationError("Too many iterations in brent")


def _line_minimum(func, p, xi, t):
    """NR's ``linmin`` (TOL = 2e-4): move ``p`` to the minimum along ``xi``; ``xi``
    becomes the step taken. Returns the function value there."""
    def along(s):
        return func(p + s * xi)
    ax, xx, bx, *_ = _bracket(along, t(0.0), t(1.0), t)
    xmin, fret = _brent(along, ax, xx, bx, 2.0e-4, t)
    xi *= xmin
    p += xi
    return fret


def powell(func: Callable, p: np.ndarray, xi: np.ndarray, ftol: float, *, itmax: int = 200,
           dtype=np.float64) -> MinimumResult:
    """NR's ``powell``: minimise ``func`` from ``p`` with the direction set ``xi``
    (columns), stopping when one pass of line minimisations lowers the function by no
    more than ``ftol`` relative (``2 (f_p - f) <= ftol (|f_p| + |f|) + 1e-25``). After
    each pass the direction of largest decrease is replaced by the pass's net step when
    Powell's test allows it. Raises :class:`_NRIterationError` at ``itmax`` passes."""
    dtype = np.dtype(dtype)
    t = _scalar_type(dtype)
    p = np.array(p, dtype=dtype)
    xi = np.array(xi, dtype=dtype)
    n = p.size
    tiny = t(1.0e-25)
    ftol = t(ftol)

    def f(x):
        return t(func(x))

    fret = f(p)
    pt = p.copy()
    iteration = 1
    while True:
        fp = fret
        ibig = 0
        delta = t(0.0)
        for i in range(n):
            xit = xi[:, i].copy()
            fptt = fret
            fret = _line_minimum(f, p, xit, t)
            if fptt - fret > delta:
                delta = fptt - fret
                ibig = i
        if t(2.0) * (fp - fret) <= ftol * (abs(fp) + abs(fret)) + tiny:
            return MinimumResult(p, dtype.type(fret), iteration, xi)
        if iteration == itmax:
            raise _NRIterationError("powell exceeding maximum iterations.")
        ptt = t(2.0) * p - pt
        xit = p - pt
        pt = p.copy()
        fptt = f(ptt)
        if fptt < fp:
            tt = t(2.0) * (fp - t(2.0) * fret + fptt) * (fp - fret - delta) ** 2 \
                - delta * (fp - fptt) ** 2
            if tt < 0:
                fret = _line_minimum(f, p, xit, t)
                xi[:, ibig] = xi[:, n - 1]
                xi[:, n - 1] = xit
        iteration += 1


def _cdiv(a, b):
    """C's ``a / b``: IEEE division, so a zero divisor gives +-inf or NaN where Python's
    float division raises ZeroDivisionError (the float64 scalars here are Python floats)."""
    if b != 0:
        return a / b
    with np.errstate(all="ignore"):
        q = np.divide(np.float64(a), np.float64(b))
    return type(a + b)(q)


def line_search(func, xold, fold, g, p, stpmax, tolx, t):
    """NR's ``lnsrch`` (ALF = 1e-4): backtrack along the Newton direction ``p`` (scaled
    down to ``stpmax``) until the function decreases sufficiently, by quadratic then
    cubic models of ``func`` along the line. Returns ``(x, f, check)``; ``check`` is True
    when the step fell below ``tolx`` (x is then ``xold``)."""
    alf = t(1.0e-4)
    total = t(np.sqrt(np.sum(p * p, dtype=p.dtype)))
    if total > stpmax:
        p = p * (t(stpmax) / total)
    slope = t(np.sum(g * p, dtype=p.dtype))
    if slope >= 0:
        raise _NRIterationError("Roundoff problem in lnsrch.")
    # NR: test = largest fabs(p[i])/FMAX(fabs(xold[i]),1.0) above 0 (NaN skipped)
    test = t(running_max(np.abs(p) / fmax_array(np.abs(xold), t(1.0)), t(0.0)))
    alamin = _cdiv(t(tolx), test)   # +inf when every component is NaN (test = 0)
    alam = t(1.0)
    alam2 = f2 = t(0.0)
    while True:
        x = xold + alam * p
        fx = func(x)
        if alam < alamin:
            return xold.copy(), fx, True
        if fx <= fold + alf * alam * slope:
            return x, fx, False
        if alam == 0:
            # alam underflowed with f still NaN (a component of p infinite, so alamin
            # is 0): NR's C loops forever here (FMAX(NaN, 0.1*0) stays 0); stop as for
            # alam < alamin. Unreachable otherwise: at alam = 0 a finite f is fold.
            return xold.copy(), fx, True
        if alam == 1:
            tmplam = _cdiv(-slope, t(2.0) * (fx - fold - slope))
        else:
            rhs1 = fx - fold - alam * slope
            rhs2 = f2 - fold - alam2 * slope
            a = _cdiv(_cdiv(rhs1, alam * alam) - _cdiv(rhs2, alam2 * alam2), alam - alam2)
            b = _cdiv(_cdiv(-alam2 * rhs1, alam * alam) + _cdiv(alam * rhs2, alam2 * alam2),
                      alam - alam2)
            if a == 0:
                tmplam = _cdiv(-slope, t(2.0) * b)
            else:
                disc = b * b - t(3.0) * a * slope
                if disc < 0:
                    tmplam = t(0.5) * alam
                elif b <= 0:
                    tmplam = _cdiv(-b + np.sqrt(disc), t(3.0) * a)
                else:
                    tmplam = _cdiv(-slope, b + np.sqrt(disc))
            if tmplam > t(0.5) * alam:
                tmplam = t(0.5) * alam
        alam2 = alam
        f2 = fx
        # FMAX as NR's C: a NaN function value (so a NaN tmplam) still shrinks the step
        # tenfold, where max(NaN, ...) kept alam NaN and the loop never ended
        alam = t(_fmax(tmplam, t(0.1) * alam))


def dfpmin(func: Callable, dfunc: Callable, p: np.ndarray, gtol: float, *, itmax: int = 200,
           eps: float = 3.0e-8, tolx: float | None = None, stepmax: float = 100.0,
           dtype=np.float64) -> MinimumResult:
    """NR's ``dfpmin``: BFGS from ``p`` with the inverse Hessian starting at the
    identity and :func:`line_search` along ``-H g``. Stops when the step is below
    ``tolx`` (default ``4 eps``) relative to ``max(|x|, 1)``, or when the gradient
    scaled by ``max(|x|, 1) / max(f, 1)`` is below ``gtol``; the update is skipped when
    ``dg.xi <= sqrt(eps |dg|^2 |xi|^2)``. Raises :class:`_NRIterationError` after
    ``itmax`` iterations."""
    dtype = np.dtype(dtype)
    t = _scalar_type(dtype)
    p = np.array(p, dtype=dtype)
    n = p.size
    tolx = t(4 * eps) if tolx is None else t(tolx)
    eps = t(eps)
    one = t(1.0)

    def f(x):
        return t(func(x))

    def grad(x):
        g = np.asarray(dfunc(x)).astype(dtype).reshape(-1)
        if g.size != n:
            raise ValueError(f"Dfunc must return {n} values (the gradient), got {g.size}")
        return g

    fp = f(p)
    g = grad(p)
    hessin = np.eye(n, dtype=dtype)
    xi = -g
    stpmax = t(stepmax) * _fmax(t(np.sqrt(np.sum(p * p, dtype=dtype))), t(n))
    for its in range(1, itmax + 1):
        pnew, fret, _ = line_search(f, p, fp, g, xi, stpmax, 1.0e-7, t)
        fp = fret
        xi = pnew - p
        p = pnew
        # NR's loops: test=0; if (temp > test) test=temp (a NaN temp never counts)
        if running_max(np.abs(xi) / fmax_array(np.abs(p), one), t(0.0)) < tolx:
            return MinimumResult(p, dtype.type(fret), its)
        dg = g
        g = grad(p)
        den = _fmax(fret, one)
        if running_max(np.abs(g) * fmax_array(np.abs(p), one) / den, t(0.0)) < t(gtol):
            return MinimumResult(p, dtype.type(fret), its)
        dg = g - dg
        hdg = hessin @ dg
        fac = t(np.dot(dg, xi))
        fae = t(np.dot(dg, hdg))
        sumdg = t(np.dot(dg, dg))
        sumxi = t(np.dot(xi, xi))
        if fac > np.sqrt(eps * sumdg * sumxi):
            fac = one / fac
            fad = one / fae
            dg = fac * xi - fad * hdg
            hessin = hessin + fac * np.outer(xi, xi) - fad * np.outer(hdg, hdg) \
                + fae * np.outer(dg, dg)
        xi = -(hessin @ g)
    raise _NRIterationError("too many iterations in dfpmin")
