"""IDL's CV_COORD: rectangular, polar, cylindrical and spherical coordinates converted
into one another, with IDL's arithmetic types.

Python-shaped: ``points`` is an ``(n, k)`` array (IDL's ``(k, n)``: one point per row,
readsav layout), ``source``/``target`` name the systems; the result is ``(n, k')``.
The steps are those of IDL's library cv_coord.pro (facts of a public copy, 1994-2000):
angles by the two-argument arctangent (0 where the radius is 0 -- for spheres where it is
not positive), ``!RADEG``/``!DTOR`` (FLOAT) or ``180/!DPI``/``!DPI/180`` (DOUBLE) for
/DEGREES, every step in the input's type -- integers squared in their own type, SQRT and
ATAN of integers FLOAT -- with the constants in DOUBLE when the input is DOUBLE or
/DOUBLE is set, and the result converted to FLOAT or DOUBLE at the end.
"""

from __future__ import annotations

import numpy as np

from compat._core import libm

__all__ = ["convert"]

_RADEG32 = np.float32(180.0 / np.pi)         # IDL's !RADEG
_DTOR32 = np.float32(np.pi / 180.0)          # IDL's !DTOR


def _real(a: np.ndarray) -> np.ndarray:
    """IDL's FLOAT of an integer array (floating arrays unchanged)."""
    return a if a.dtype.kind in "fc" else a.astype(np.float32)


def _sq(a):
    """IDL's ``a^2``: a DOUBLE base through the C library's ``pow(a, 2.0)``, as GDL's
    DOUBLE power with an integer exponent calls it (basic_op.cpp, PowInt) -- glibc's pow
    is within 0.52 ulp, not correctly rounded, so it differs from numpy's exact ``a*a``
    in the last bit where the square lies near a rounding midpoint (cylindrical
    (r, z) = (0.13535683142429178, -0.5286593184219263): z^2 is 0.2794806749543356 by
    pow, ...651 by a*a). FLOAT squares are exact in pow's double, so ``a*a`` rounds the
    same; integers wrap in their own type."""
    return libm.pow(a, 2.0) if a.dtype == np.float64 else a ** 2


def _sqrt(a):
    return np.sqrt(_real(a))


#: IDL's FLOAT routines: the C library's name
_FLOAT_ROUTINES = {"atan2": "atan2f", "sin": "sinf", "cos": "cosf"}
#: DOUBLE SIN/COS (numpy's float64 sin and cos equal the C library's: 0 differences in
#: 1e6 random points, measured)
_DOUBLE = {"sin": np.sin, "cos": np.cos}


def _float_call(name: str, *args):
    """IDL's (and GDL's) FLOAT ``name`` of FLOAT arguments: the C library's float routine
    (atan2f, sinf, cosf), which is not correctly rounded and which numpy's own float32
    loops differ from in the last bit for some points (:func:`compat._core.libm.float_call`:
    one call per element; CV_COORD arrays are point lists, small next to images)."""
    return libm.float_call(_FLOAT_ROUTINES[name], *args)


def _unary(name: str, a):
    """SIN/COS: FLOAT arguments through the C library's float routine, DOUBLE by numpy."""
    a = _real(a)
    return _float_call(name, a) if a.dtype == np.float32 else _DOUBLE[name](a)


def _atan2(y, x):
    """ATAN(y, x) as GDL computes it: both arguments integer -- in DOUBLE, rounded to
    FLOAT (GDL's integer path); FLOAT (an integer promoted by a FLOAT partner) -- the C
    library's atan2f; DOUBLE -- the C library's atan2 (:func:`compat._core.libm.c_atan2`)."""
    if y.dtype.kind not in "fc" and x.dtype.kind not in "fc":
        return libm.c_atan2(y, x).astype(np.float32)
    y, x = _real(y), _real(x)
    if y.dtype == np.float32 and x.dtype == np.float32:
        return _float_call("atan2", y, x)
    return libm.c_atan2(y, x)


def _angles(zero, mask, values):
    """``Replicate(zero) ... ang[idx] = values``: assignment converts to zero's type."""
    ang = np.full(mask.shape, zero, dtype=type(zero))
    ang[mask] = values[mask]
    return ang


def _stack(columns, dtype):
    """IDL's ``[a, b, c]`` of rows, then FLOAT()/DOUBLE() of the result."""
    return np.stack([np.asarray(c) for c in columns], axis=1).astype(dtype)


def convert(points: np.ndarray, source: str, target: str | None, *, degrees: bool = False,
            double: bool | None = None) -> np.ndarray:
    """CV_COORD(FROM_<source>=points, /TO_<target>); ``double`` None: DOUBLE input decides."""
    with np.errstate(invalid="ignore", over="ignore"):   # IDL: integer squares wrap
        return _convert(points, source, target, degrees, double)


def _convert(points, source, target, degrees, double):
    do_double = (points.dtype == np.float64) if double is None else bool(double)
    out = np.float64 if do_double else np.float32
    zero = np.float64(0) if do_double else np.float32(0)
    to_out = (np.float64(180.0) / np.float64(np.pi) if do_double else _RADEG32) \
        if degrees else (np.float64(1) if do_double else np.float32(1))
    to_in = (np.float64(np.pi) / np.float64(180.0) if do_double else _DTOR32) \
        if degrees else (np.float64(1) if do_double else np.float32(1))
    p = points
    k = p.shape[1]
    c = [p[:, j] for j in range(k)]

    def cos_in(a):
        return _unary("cos", to_in * _real(a))

    def sin_in(a):
        return _unary("sin", to_in * _real(a))

    if source == "rect":
        if target in ("polar", "cylin"):
            rad = _sqrt(_sq(c[0]) + _sq(c[1]))
            ang = _angles(zero, rad != zero, to_out * _atan2(c[1], c[0]))
            if target == "polar":
                return _stack([ang, rad], out)
            z = c[2] if k >= 3 else np.full(p.shape[0], zero)
            return _stack([ang, rad, _real(z)], out)
        if target == "sphere":
            z = c[2] if k >= 3 else np.full(p.shape[0], zero)
            rad = _sqrt(_sq(c[0]) + _sq(c[1]) + _sq(z))
            positive = rad > zero
            ang1 = _angles(zero, positive, to_out * _atan2(c[1], c[0]))
            ang2 = _angles(zero, positive, to_out * _atan2(z, _sqrt(_sq(c[0]) + _sq(c[1]))))
            return _stack([ang1, ang2, rad], out)
        return p.astype(out)
    if source == "polar":
        if target == "rect":
            return _stack([_real(c[1]) * cos_in(c[0]), _real(c[1]) * sin_in(c[0])], out)
        if target == "cylin":
            return _stack([c[0], c[1], np.full(p.shape[0], zero)], out)
        if target == "sphere":
            return _stack([c[0], np.full(p.shape[0], zero), c[1]], out)
        return p.astype(out)
    if source == "cylin":
        if target == "rect":
            return _stack([_real(c[1]) * cos_in(c[0]), _real(c[1]) * sin_in(c[0]), c[2]], out)
        if target == "polar":
            return _stack([c[0], c[1]], out)
        if target == "sphere":
            rad = _sqrt(_sq(c[1]) + _sq(c[2]))
            ang2 = _angles(zero, rad > zero, to_out * _atan2(c[2], c[1]))
            return _stack([c[0], ang2, rad], out)
        return p.astype(out)
    # sphere
    if target == "rect":
        r, cos_lat = _real(c[2]), cos_in(c[1])      # one COS of the latitude, used twice
        return _stack([r * cos_in(c[0]) * cos_lat, r * sin_in(c[0]) * cos_lat,
                       r * sin_in(c[1])], out)
    if target == "polar":
        return _stack([c[0], _real(c[2]) * cos_in(c[1])], out)
    if target == "cylin":
        return _stack([c[0], _real(c[2]) * cos_in(c[1]), _real(c[2]) * sin_in(c[1])], out)
    return p.astype(out)
