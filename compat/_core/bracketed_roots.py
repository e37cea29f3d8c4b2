"""Brent's bracketed root finder as the IDL Astronomy Library's ZBRENT iterates it.

zbrent.pro (Frank Varosi, NASA/GSFC 1992; W. Landsman 2002-2012) is Numerical Recipes'
``zbrent`` (Press et al. 1992, section 9.3) written in IDL with ``compile_opt idl2``. To
return the same root bit for bit, the iteration here follows it step by step *in IDL's
types*, because the routine keeps the types it is given:

* ``a`` and ``b`` start as the caller's values (DOUBLE when either is DOUBLE, else each
  its own type: INT, LONG, FLOAT ...); the function values are whatever the function
  returns; ``c`` copies ``a``.
* The tolerance ``tol1 = 0.5*TOL + 2*|b|*eps`` is DOUBLE (``eps`` is MACHAR(/DOUBLE)'s
  2^-52 in both of the routine's branches), ``xm = (c - b)/2.`` at least FLOAT; a step
  smaller than ``tol1`` moves ``b`` by ``tol1`` and so makes it DOUBLE; interpolation
  steps keep FLOAT arithmetic FLOAT.
* Literals are the routine's: ``0.5``, ``2.`` and ``1.e-3`` FLOAT, ``1``, ``2``, ``3``
  LONG (idl2); IDL's result type of a binary operation (:func:`~compat._core.idl_types.
  promote`), integer division truncating toward zero, integer products wrapping.

The steps (NR's names; zbrent.pro's ``xa, xb, xc, Din, Dold`` are ``a, b, c, d, e``):
stop when ``|xm| <= tol1`` or ``f(b) = 0``; when the last step was large enough and
``|f(a)| > |f(b)|`` try inverse quadratic interpolation (the secant when ``a = c``) and
take it when ``2p < min(3 xm q - |tol1 q|, |e q|)``, else bisect; a step of at most
``tol1`` becomes ``tol1`` towards ``c``. Unbracketed ends (``f(a) f(b) > 0``) return
``a`` with a message; running out of iterations returns the current ``b`` with a
message. A function value exactly 0 at the second end leaves ``c`` undefined in
zbrent.pro (IDL stops with "Variable is undefined: XC"), which :func:`zbrent` reports
as :class:`UndefinedBracket`.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatError
from compat._core.idl_types import promote

__all__ = ["zbrent", "UndefinedBracket", "EPS_DOUBLE"]

#: MACHAR(/DOUBLE).EPS, 2^-52
EPS_DOUBLE = np.float64(2.0 ** -52)
_F = np.float32
_L = np.int32


class UndefinedBracket(CompatError):
    """zbrent.pro reached ``xm = (xc - xb)/2.`` with ``xc`` never set (f(x2) = 0)."""


def _pair(a, b):
    t = promote(a.dtype, b.dtype)
    return a.astype(t), b.astype(t), t


def _add(a, b):
    a, b, _ = _pair(a, b)
    return a + b


def _sub(a, b):
    a, b, _ = _pair(a, b)
    return a - b


def _mul(a, b):
    a, b, _ = _pair(a, b)
    return a * b


def _div(a, b):
    a, b, t = _pair(a, b)
    if t.kind in "iu":
        if b == 0:
            return t.type(0)       # IDL: 0, with "Integer divide by 0" reported
        q = abs(int(a)) // abs(int(b))
        return t.type(q if (int(a) < 0) == (int(b) < 0) else -q)
    return a / b


def _gt(a, b):
    a, b, _ = _pair(a, b)
    return bool(a > b)


def _lt(a, b):
    a, b, _ = _pair(a, b)
    return bool(a < b)


def _min(a, b):                  # IDL's "<" operator
    a, b, _ = _pair(a, b)
    return b if b < a else a


def zbrent(func, x1, x2, *, tol, maxit: int):
    """Run zbrent.pro's iteration.

    ``func`` maps an IDL-typed numpy scalar to an IDL-typed numpy scalar; ``x1``, ``x2``
    and ``tol`` are IDL-typed numpy scalars. Returns ``(root, message)`` with
    ``message`` None, ``"root must be bracketed by the 2 inputs"`` or ``"exceeded
    maximum number of iterations: N"`` (zbrent.pro's informational messages).
    """
    with np.errstate(all="ignore"):
        if x1.dtype == np.float64 or x2.dtype == np.float64:
            xa, xb = x1.astype(np.float64), x2.astype(np.float64)
        else:
            xa, xb = x1, x2
        zeps = EPS_DOUBLE
        fa = func(xa)
        fb = func(xb)
        fc = fb
        if _gt(_mul(fb, fa), _L(0)):
            return xa, "root must be bracketed by the 2 inputs"
        xc = None
        din = dold = None
        half_tol = _mul(_F(0.5), tol)
        for _ in range(1, maxit + 1):
            if _gt(_mul(fb, fc), _L(0)):
                xc, fc = xa, fa
                din = _sub(xb, xa)
                dold = din
            if _lt(abs(fc), abs(fb)):
                xa, xb, xc = xb, xc, xb
                fa, fb, fc = fb, fc, fb
            tol1 = _add(half_tol, _mul(_mul(_L(2), abs(xb)), zeps))
            if xc is None:
                raise UndefinedBracket("Variable is undefined: XC")
            xm = _div(_sub(xc, xb), _F(2.0))
            if not _gt(abs(xm), tol1) or fb == 0:
                return xb, None
            if (not _lt(abs(dold), tol1)) and _gt(abs(fa), abs(fb)):
                s = _div(fb, fa)
                if _eq(xa, xc):
                    p = _mul(_mul(_L(2), xm), s)
                    q = _sub(_L(1), s)
                else:
                    t = _div(fa, fc)
                    r = _div(fb, fc)
                    p = _mul(s, _sub(_mul(_mul(_mul(_L(2), xm), t), _sub(t, r)),
                                     _mul(_sub(xb, xa), _sub(r, _L(1)))))
                    q = _mul(_mul(_sub(t, _L(1)), _sub(r, _L(1))), _sub(s, _L(1)))
                if _gt(p, _L(0)):
                    q = -q
                p = abs(p)
                test = _min(_sub(_mul(_mul(_L(3), xm), q), abs(_mul(q, tol1))),
                            abs(_mul(dold, q)))
                if _lt(_mul(_L(2), p), test):
                    dold = din
                    din = _div(p, q)
                else:
                    din = xm
                    dold = xm
            else:
                din = xm
                dold = xm
            xa, fa = xb, fb
            if _gt(abs(din), tol1):
                xb = _add(xb, din)
            else:
                sign = _sub(_L(1), _mul(_L(2), _L(1 if _lt(xm, _L(0)) else 0)))
                xb = _add(xb, _mul(tol1, sign))
            fb = func(xb)
        return xb, f"exceeded maximum number of iterations: {maxit + 1}"


def _eq(a, b):
    a, b, _ = _pair(a, b)
    return bool(a == b)
