"""IDL's integration of a function: ``QSIMP``, ``QROMB``, ``QROMO``; ``INT_2D`` and
``INT_3D`` over regions.

The legacy layer over :mod:`compat._core.romberg` (Numerical Recipes' ``qsimp``,
``qromb`` and ``qromo``, which IDL documents as the basis of these routines) and
:mod:`compat._core.iterated_gauss` (iterated Gauss-Legendre rules). IDL names
the integrand by a string; in Python it is a callable of one scalar. IDL's limits may be
arrays (one integral per pair); so may they here.
"""

from __future__ import annotations

import numpy as np

from compat._core import iterated_gauss, romberg
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["qsimp", "qromb", "qromo", "int_2d", "int_3d"]


def _limits(a, b, double):
    lo = idl_array(a, "A", complex_ok=False)
    hi = idl_array(b, "B", complex_ok=False)
    dtype = np.dtype(np.float64 if double or np.float64 in (lo.dtype, hi.dtype)
                     else np.float32)
    lo, hi = np.broadcast_arrays(lo.astype(dtype), hi.astype(dtype))
    return lo, hi, dtype


def _integrand(func, dtype):
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
    lo, hi, dtype = _limits(a, b, double)
    f = _integrand(func, dtype)
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
    lo, hi, dtype = _limits(a, b, double)
    f = _integrand(func, dtype)
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
    lo, hi, dtype = _limits(a, b, double)
    f = _integrand(func, dtype)
    return _each(lo, hi, lambda x, y: romberg.qromo(f, x, y, eps=float(eps), jmax=int(jmax),
                                                    k=int(k), rule=rule, dtype=dtype), dtype)


# ------------------------------------------------------------------ INT_2D, INT_3D
_PTS = (6, 10, 20, 48, 96)


def _gauss_setup(ab_limits, pts, double):
    if isinstance(pts, (bool, np.bool_)) or np.size(pts) != 1 or \
            int(np.asarray(pts).reshape(-1)[0]) not in _PTS or \
            np.asarray(pts).reshape(-1)[0] != int(np.asarray(pts).reshape(-1)[0]):
        raise CompatValueError(f"Pts must be 6, 10, 20, 48 or 96, got {pts!r}")
    ab = np.asarray(idl_array(ab_limits, "AB_Limits", complex_ok=False)).reshape(-1)
    if ab.size != 2:
        raise CompatValueError(f"AB_Limits must have 2 elements (the limits of the outer "
                               f"variable), got {ab.size}")
    dtype = np.dtype(np.float64 if double or ab.dtype == np.float64 else np.float32)
    return ab.astype(dtype), int(np.asarray(pts).reshape(-1)[0]), dtype


def _limit_function(func, name, dtype):
    if isinstance(func, (str, bytes)) or not callable(func):
        raise CompatTypeError(f"{name} must be a Python function returning the two limits "
                              f"(IDL's function name {func!r} cannot be called)")

    def limits(*args):
        lo_hi = np.asarray(func(*args)).reshape(-1)
        if lo_hi.size != 2:
            raise CompatValueError(f"{name} must return 2 values (lower and upper limit), "
                                   f"got {lo_hi.size}")
        return dtype.type(lo_hi[0]), dtype.type(lo_hi[1])
    return limits


def _integrand_nodes(func, name, dtype, vector_position):
    """The integrand called as IDL calls it: the innermost variable a vector of nodes
    (falling back to one call per node for a function of scalars only)."""
    if isinstance(func, (str, bytes)) or not callable(func):
        raise CompatTypeError(f"{name} must be a Python function (IDL's function name "
                              f"{func!r} cannot be called)")

    def values(*args):
        nodes = args[vector_position]
        try:
            out = np.asarray(func(*args))
        except (TypeError, ValueError):
            out = None
        if out is None or out.size not in (1, nodes.size):
            out = np.array([np.asarray(func(*(args[:vector_position] + (v,)
                                              + args[vector_position + 1:]))).reshape(-1)[0]
                            for v in nodes])
        return np.broadcast_to(out.reshape(-1) if out.size > 1 else out.reshape(()),
                               nodes.shape).astype(dtype)
    return values


@idl_routine("INT_2D")
def int_2d(fxy, ab_limits, pq_limits, pts, *, double=False, order=0):
    """IDL's ``INT_2D``: the double integral of a function over a region bounded by two
    functions, by iterated Gauss-Legendre quadrature.

    IDL call form::

        Result = INT_2D(Fxy, AB_Limits, PQ_Limits, Pts [, /DOUBLE] [, /ORDER])
            ->  idl.int_2d(fxy, [a, b], pq, 48, double=True)

    With ORDER = 0 (default, dy-dx) the result is ``int_A^B int_P(x)^Q(x) f(x, y) dy
    dx`` (``pq_limits(x) -> [P, Q]``); with ``order=1`` (dx-dy) AB_Limits are the limits
    of y and ``pq_limits(y)`` gives those of x: ``int_A^B int_P(y)^Q(y) f(x, y) dx dy``.
    Each integral is the Pts-point Gauss-Legendre rule (Pts = 6, 10, 20, 48 or 96):
    the rule is exact for polynomials of degree ``2 Pts - 1`` and has no error
    control, so the result is as good as that.

    Parameters
    ----------
    fxy : callable
        IDL's Fxy (a function name): ``fxy(x, y)``, called as IDL 6+ calls it: with a
        scalar x and a vector of y nodes (a vector of x nodes and a scalar y with
        ``order=1``), returning one value per node. A function of scalars only is
        called once per node.
    ab_limits : array_like
        [A, B], the limits of the outer variable.
    pq_limits : callable
        IDL's PQ_Limits: ``pq_limits(outer) -> [P, Q]``.
    pts : int
        Pts: 6, 10, 20, 48 or 96.
    double : bool
        /DOUBLE: compute in double precision (compat also does for a DOUBLE AB_Limits);
        FLOAT otherwise.
    order : {0, 1}
        ORDER: 0 for dy-dx, 1 for dx-dy.

    Returns
    -------
    numpy scalar, FLOAT or DOUBLE.

    Notes
    -----
    IDL's int_2d.pro (GDL 1.0.1 has no INT_2D). The nodes are numpy's ``leggauss``
    (IDL's table has 15 decimals: the same rule to ~1e-15).
    ``scipy.integrate.dblquad`` is adaptive (QUADPACK) and returns another number for
    integrands the fixed rule does not resolve: the Reference Guide's example with
    ``order=1`` and 48 points prints 0.055142678 where the integral is 0.055142668.

    Examples
    --------
    The Reference Guide's examples (IDL prints 0.055142668, 0.055142678, 0.055142668):

    >>> import numpy as np
    >>> from compat import idl
    >>> f = lambda x, y: y * np.cos(x ** 5)
    >>> print("%.9f" % idl.int_2d(f, [0.0, 2.0], lambda x: [0.0, x ** 2], 48, double=True))
    0.055142668
    >>> g = lambda y: [np.sqrt(y), 2.0]
    >>> print("%.9f" % idl.int_2d(f, [0.0, 4.0], g, 48, double=True, order=1))
    0.055142678
    >>> print("%.9f" % idl.int_2d(f, [0.0, 4.0], g, 96, double=True, order=1))
    0.055142668
    """
    ab, n, dtype = _gauss_setup(ab_limits, pts, double)
    if order not in (0, 1) or isinstance(order, float) and order != int(order):
        raise CompatValueError(f"ORDER must be 0 (dy-dx) or 1 (dx-dy), got {order!r}")
    limits = _limit_function(pq_limits, "PQ_Limits", dtype)
    if order:
        values = _integrand_nodes(fxy, "Fxy", dtype, 0)

        def integrand(outer, nodes):
            return values(nodes, outer)
    else:
        values = _integrand_nodes(fxy, "Fxy", dtype, 1)

        def integrand(outer, nodes):
            return values(outer, nodes)
    with np.errstate(all="ignore"):
        return iterated_gauss.iterated_2d(integrand, ab[0], ab[1], limits, n, dtype)


@idl_routine("INT_3D")
def int_3d(fxyz, ab_limits, pq_limits, uv_limits, pts, *, double=False):
    """IDL's ``INT_3D``: the triple integral of a function over a region bounded by
    functions, by iterated Gauss-Legendre quadrature.

    IDL call form::

        Result = INT_3D(Fxyz, AB_Limits, PQ_Limits, UV_Limits, Pts [, /DOUBLE])
            ->  idl.int_3d(fxyz, [a, b], pq, uv, 48, double=True)

    ``int_A^B int_P(x)^Q(x) int_U(x,y)^V(x,y) f(x, y, z) dz dy dx`` with
    ``pq_limits(x) -> [P, Q]`` and ``uv_limits(x, y) -> [U, V]``, each integral the
    Pts-point Gauss-Legendre rule (Pts = 6, 10, 20, 48 or 96; ``Pts**3`` evaluations).

    Parameters
    ----------
    fxyz : callable
        IDL's Fxyz: ``fxyz(x, y, z)``; compat passes scalar x, y and the vector of z
        nodes (a function of scalars only is called once per node).
    ab_limits : array_like
        [A, B], the limits of x.
    pq_limits, uv_limits : callable
        IDL's PQ_Limits and UV_Limits.
    pts : int
        6, 10, 20, 48 or 96.
    double : bool
        /DOUBLE (compat also computes in DOUBLE for a DOUBLE AB_Limits).

    Returns
    -------
    numpy scalar, FLOAT or DOUBLE.

    Notes
    -----
    IDL's int_3d.pro (GDL 1.0.1 has no INT_3D). ``scipy.integrate.tplquad`` is adaptive
    and gives the converged value where the fixed rule does not.

    Examples
    --------
    The Reference Guide's example (IDL prints 57.444248 with 10 points, 57.446265
    with 48):

    >>> import numpy as np
    >>> from compat import idl
    >>> f = lambda x, y, z: z * (x ** 2 + y ** 2 + z ** 2) ** 1.5
    >>> pq = lambda x: [-np.sqrt(4.0 - x ** 2), np.sqrt(4.0 - x ** 2)]
    >>> uv = lambda x, y: [0.0, np.sqrt(4.0 - x ** 2 - y ** 2)]
    >>> print("%.6f" % idl.int_3d(f, [-2.0, 2.0], pq, uv, 10, double=True))
    57.444248
    """
    ab, n, dtype = _gauss_setup(ab_limits, pts, double)
    pq = _limit_function(pq_limits, "PQ_Limits", dtype)
    uv = _limit_function(uv_limits, "UV_Limits", dtype)
    values = _integrand_nodes(fxyz, "Fxyz", dtype, 2)
    with np.errstate(all="ignore"):
        return iterated_gauss.iterated_3d(values, ab[0], ab[1], pq, uv, n, dtype)
