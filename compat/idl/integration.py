"""IDL's integration of a function: ``QSIMP``, ``QROMB``, ``QROMO``.

The legacy layer over :mod:`compat._core.romberg` (Numerical Recipes' ``qsimp``,
``qromb`` and ``qromo``, which IDL documents as the basis of these routines). IDL names
the integrand by a string; in Python it is a callable of one scalar. IDL's limits may be
arrays (one integral per pair); so may they here.
"""

from __future__ import annotations

import numpy as np

from compat._core import romberg
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["qsimp", "qromb", "qromo"]


def _limits(routine, a, b, double):
    lo = idl_array(routine, a, "A", complex_ok=False)
    hi = idl_array(routine, b, "B", complex_ok=False)
    dtype = np.dtype(np.float64 if double or np.float64 in (lo.dtype, hi.dtype)
                     else np.float32)
    lo, hi = np.broadcast_arrays(lo.astype(dtype), hi.astype(dtype))
    return lo, hi, dtype


def _integrand(routine, func, dtype):
    if not callable(func):
        raise CompatTypeError(f"Func must be a callable f(x) returning a scalar (IDL's "
                              f"function name), got {type(func).__name__}")

    def f(x):
        value = np.asarray(func(dtype.type(x)))
        if value.size != 1:
            raise CompatValueError("Func must return a scalar")
        return dtype.type(value.reshape(-1)[0])
    return f


def _each(lo, hi, integrate, dtype):
    out = np.empty(lo.shape, dtype=dtype)
    for index in np.ndindex(lo.shape):
        try:
            out[index] = integrate(lo[index], hi[index])
        except romberg._RombergError as error:
            raise CompatValueError(str(error)) from None
    return out[()] if out.ndim == 0 else out


@idl_routine("QSIMP")
def qsimp(func, a, b, *, double=False, eps=1.0e-6, jmax=20):
    """IDL's ``QSIMP``: the integral of ``func`` from ``a`` to ``b`` by Simpson's rule.

    IDL call form::

        Result = QSIMP(Func, A, B [, /DOUBLE] [, EPS=value] [, JMAX=value])
                                        ->  idl.qsimp(func, a, b, eps=1e-6, jmax=20)

    Numerical Recipes' ``qsimp``: Simpson estimates from successive trapezoid refinements
    (2**(j-2) new points at stage j), stopping after the 5th stage once the change is
    below ``eps`` relative; "Too many steps in routine qsimp" after ``jmax`` stages.
    FLOAT unless ``double`` or a DOUBLE limit; array limits give one integral per pair.

    Notes
    -----
    ``scipy.integrate.quad`` (QUADPACK) is adaptive and far more accurate; a port that
    must give IDL's numbers needs IDL's stopping rule. GDL computes these integrals
    with its own adaptive routines (to full precision), so it agrees with IDL only to
    ``eps``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> round(float(idl.qsimp(np.exp, 0.0, 1.0)), 5)          # e - 1
    1.71828
    """
    lo, hi, dtype = _limits("QSIMP", a, b, double)
    f = _integrand("QSIMP", func, dtype)
    return _each(lo, hi, lambda x, y: romberg.qsimp(f, x, y, eps=float(eps),
                                                    jmax=int(jmax), dtype=dtype), dtype)


@idl_routine("QROMB")
def qromb(func, a, b, *, double=False, eps=1.0e-6, jmax=20, k=5):
    """IDL's ``QROMB``: the integral of ``func`` from ``a`` to ``b`` by Romberg's method.

    IDL call form::

        Result = QROMB(Func, A, B [, /DOUBLE] [, EPS=value] [, JMAX=value] [, K=value])
                                        ->  idl.qromb(func, a, b, eps=1e-6, jmax=20, k=5)

    Numerical Recipes' ``qromb``: trapezoid refinements extrapolated to zero step by
    Neville's interpolation through the last ``k`` stages (steps shrinking by 4),
    stopping when the extrapolation's error estimate is below ``eps`` relative. FLOAT
    unless ``double`` or a DOUBLE limit; array limits give one integral per pair.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.qromb(np.exp, np.float32([0, 1]), np.float32([1, 2])).round(4)   # FLOAT
    array([1.7183, 4.6708], dtype=float32)
    """
    lo, hi, dtype = _limits("QROMB", a, b, double)
    f = _integrand("QROMB", func, dtype)
    return _each(lo, hi, lambda x, y: romberg.qromb(f, x, y, eps=float(eps), jmax=int(jmax),
                                                    k=int(k), dtype=dtype), dtype)


@idl_routine("QROMO")
def qromo(func, a, b=None, *, double=False, eps=1.0e-6, jmax=14, k=5, midexp=False,
          midinf=False, midpnt=False, midsql=False, midsqu=False):
    """IDL's ``QROMO``: Romberg integration on an open interval (improper integrals).

    IDL call form::

        Result = QROMO(Func, A [, B] [, /DOUBLE] [, EPS=value] [, JMAX=value] [, K=value]
                       [, /MIDEXP | , /MIDINF | , /MIDPNT | , /MIDSQL | , /MIDSQU])
            ->  idl.qromo(func, a, b, midsql=True)

    Numerical Recipes' ``qromo`` with the extended midpoint rule (never evaluating the
    integrand at the limits; steps shrinking by 9) and its changes of variable:
    ``midinf`` (points even in 1/x: ``b`` may be huge, ``a`` and ``b`` of one sign),
    ``midsql``/``midsqu`` (an inverse square-root singularity at the lower/upper limit),
    ``midexp`` (an exponentially decaying integrand from ``a`` to infinity: no ``b``).
    ``midpnt`` is the default. FLOAT unless ``double`` or a DOUBLE limit.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> round(float(idl.qromo(lambda x: 1 / np.sqrt(x), 0.0, 1.0, midsql=True)), 5)
    2.0
    >>> round(float(idl.qromo(lambda x: np.exp(-x), 0.0, midexp=True)), 5)
    1.0
    """
    chosen = [name for name, on in (("midexp", midexp), ("midinf", midinf),
                                    ("midpnt", midpnt), ("midsql", midsql),
                                    ("midsqu", midsqu)) if on]
    if len(chosen) > 1:
        raise CompatValueError("Only one of MIDEXP, MIDINF, MIDPNT, MIDSQL, MIDSQU may be set")
    rule = chosen[0] if chosen else "midpnt"
    if rule == "midexp":
        if b is not None:
            raise CompatValueError("B is not used with MIDEXP (the upper limit is infinite)")
        b = a
    elif b is None:
        raise CompatValueError("B (the upper limit) is required unless MIDEXP is set")
    lo, hi, dtype = _limits("QROMO", a, b, double)
    f = _integrand("QROMO", func, dtype)
    return _each(lo, hi, lambda x, y: romberg.qromo(f, x, y, eps=float(eps), jmax=int(jmax),
                                                    k=int(k), rule=rule, dtype=dtype), dtype)
