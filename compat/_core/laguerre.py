"""Roots of a polynomial by Laguerre's method with deflation and polishing: the
algorithm of Numerical Recipes in C (2nd ed., section 9.5, ``laguer`` and ``zroots``),
which IDL's FZ_ROOTS is documented to be based on.

The arithmetic is complex arithmetic of the coefficients' precision (``complex64`` or
``complex128``; IDL's FZ_ROOTS works in double precision whatever the input, see
:func:`compat.idl.fz_roots`). The roots come out in the order ``zroots`` leaves them:
found one by one on the deflated polynomials (each from the start value 0), polished on
the full polynomial, then ordered by real part with a straight insertion, which is a
stable sort (roots with equal real parts keep the order in which they were found; the
first root found is the last of them).

Constants from the book: a stopping test ``|p(x)| <= EPSS * (the rounding bound of the
evaluation)``, ``MR = 8`` fractional steps every ``MT = 10`` iterations to break limit
cycles, at most ``MT * MR = 80`` iterations. NR's C code has ``EPSS = 1e-7`` (single
precision); compat takes the working precision's machine epsilon (1.19e-7 for FLOAT,
2.22e-16 for DOUBLE), so a DOUBLE computation stops at double precision's rounding
level instead of single precision's (NR's Fortran 90 edition does the same,
``EPS = epsilon(x)``).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.c_semantics import fmax
from compat._core.errors import CompatValueError

__all__ = ["polynomial_roots", "laguerre_root"]

#: fractions of the step taken every MT-th iteration (NR: frac[1..MR])
_FRACTIONS = (0.5, 0.25, 0.75, 0.13, 0.38, 0.62, 0.88, 1.0)
_MR = 8
_MT = 10
_MAXIT = _MT * _MR


def laguerre_root(a: np.ndarray, x, epss: float):
    """One root of ``sum(a[j] x**j)`` (``a`` complex, ascending powers) by Laguerre's
    method from ``x``; raises CompatValueError after 80 iterations."""
    ctype = a.dtype.type
    rtype = np.finfo(a.dtype).dtype.type
    m = a.size - 1
    x = ctype(x)
    fm = rtype(m)
    fm1 = rtype(m - 1)
    zero = ctype(0)
    for it in range(1, _MAXIT + 1):
        b = a[m]
        err = abs(b)
        d = f = zero
        abx = abs(x)
        for j in range(m - 1, -1, -1):
            f = x * f + d
            d = x * d + b
            b = x * b + a[j]
            err = abs(b) + abx * err
        err = err * rtype(epss)
        if abs(b) <= err:
            return x
        g = d / b
        g2 = g * g
        h = g2 - rtype(2) * (f / b)
        sq = np.sqrt(fm1 * (fm * h - g2))
        gp = g + sq
        gm = g - sq
        abp = abs(gp)
        abm = abs(gm)
        if abp < abm:
            gp = gm
        # NR laguer: FMAX(abp,abm) > 0.0 ? m/gp : (1+abx)(cos it, sin it); a NaN abp
        # with abm > 0 takes m/gp (Python's max(nan, abm) took the random step)
        if fmax(abp, abm) > 0:
            dx = ctype(fm) / gp
        else:
            dx = (rtype(1) + abx) * ctype(complex(math.cos(it), math.sin(it)))
        x1 = x - dx
        if x1 == x:
            return x
        if it % _MT:
            x = x1
        else:
            x = x - rtype(_FRACTIONS[it // _MT - 1]) * dx
    raise CompatValueError("Too many iterations in LAGUER: no convergence to a root.")


def polynomial_roots(coefficients: np.ndarray, *, eps: float = 2.0e-6,
                     polish: bool = True) -> np.ndarray:
    """The ``m`` roots of the degree-``m`` polynomial ``sum(c[j] x**j)``.

    ``coefficients`` is a complex vector (complex64 or complex128: the working
    precision), ascending powers, nonzero last element. ``eps``: a root whose imaginary
    part is at most ``2 * eps * |real part|`` after deflation is made real (NR's EPS,
    IDL's EPS keyword); ``polish``: polish each root on the full polynomial.
    """
    a = np.asarray(coefficients)
    ctype = a.dtype.type
    epss = float(np.finfo(a.dtype).eps)
    m = a.size - 1
    found = np.zeros(m, dtype=a.dtype)
    ad = a.copy()
    for j in range(m, 0, -1):
        x = laguerre_root(ad[:j + 1], ctype(0), epss)
        if abs(x.imag) <= 2.0 * eps * abs(x.real):
            x = ctype(complex(x.real, 0.0))
        found[j - 1] = x
        b = ad[j]
        for jj in range(j - 1, -1, -1):
            c = ad[jj]
            ad[jj] = b
            b = x * b + c
    if polish:
        for j in range(m):
            found[j] = laguerre_root(a, found[j], epss)
    order = np.argsort(found.real, kind="stable")
    return found[order]
