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

import functools

import numpy as np

__all__ = ["convert"]

_RADEG32 = np.float32(180.0 / np.pi)         # IDL's !RADEG
_DTOR32 = np.float32(np.pi / 180.0)          # IDL's !DTOR


def _real(a: np.ndarray) -> np.ndarray:
    """IDL's FLOAT of an integer array (floating arrays unchanged)."""
    return a if a.dtype.kind in "fc" else a.astype(np.float32)


def _sqrt(a):
    return np.sqrt(_real(a))


@functools.lru_cache(maxsize=None)
def _libm(name: str, nargs: int, double: bool = False):
    """The C library's routine ``name`` of ``nargs`` FLOAT (or DOUBLE) arguments
    (atan2f, sinf, cosf; atan2), or None without a C math library. Looked up on first
    use, not at import (finding the library runs ldconfig: milliseconds)."""
    import ctypes
    import ctypes.util
    library = ctypes.util.find_library("m")
    if not library:  # pragma: no cover - no C math library
        return None
    try:
        f = getattr(ctypes.CDLL(library), name)
    except (OSError, AttributeError):  # pragma: no cover
        return None
    f.restype = ctypes.c_double if double else ctypes.c_float
    f.argtypes = [f.restype] * nargs
    return f


#: IDL's FLOAT routines: the C library's name and argument count
_FLOAT_ROUTINES = {"atan2": ("atan2f", 2), "sin": ("sinf", 1), "cos": ("cosf", 1)}
#: DOUBLE SIN/COS (numpy's float64 sin and cos equal the C library's: 0 differences in
#: 1e6 random points, measured) and the fallbacks without a C math library
_DOUBLE = {"atan2": np.arctan2, "sin": np.sin, "cos": np.cos}


def _float_call(name: str, *args):
    """IDL's (and GDL's) FLOAT ``name`` of FLOAT arguments: the C library's float routine
    (atan2f, sinf, cosf), which is not correctly rounded and which numpy's own float32
    loops differ from in the last bit for some points. One call per element -- no
    vectorised form of the C library's float routines is reachable from numpy; CV_COORD
    arrays are point lists, small next to images. Without a C math library: double
    rounded to FLOAT."""
    f = _libm(*_FLOAT_ROUTINES[name])
    shape = np.broadcast(*args).shape
    if f is None:  # pragma: no cover - no C math library
        return _DOUBLE[name](*(a.astype(np.float64) for a in args)).astype(np.float32)
    columns = [np.broadcast_to(a, shape).ravel().tolist() for a in args]
    size = int(np.prod(shape))
    return np.fromiter(map(f, *columns), np.float32, count=size).reshape(shape)


def _unary(name: str, a):
    """SIN/COS: FLOAT arguments through the C library's float routine, DOUBLE by numpy."""
    a = _real(a)
    return _float_call(name, a) if a.dtype == np.float32 else _DOUBLE[name](a)


_EXTENDED = np.finfo(np.longdouble).nmant >= 63     # x87 80-bit long double


def _c_atan2(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The C library's DOUBLE atan2, as GDL (and IDL) call it, element for element.

    numpy's float64 arctan2 is not that function on every machine: with AVX-512 it is a
    vectorised approximation that differs from glibc's atan2 in the last bit for ~7% of
    random points (measured). Computed here in extended precision (``atan2l``, through
    numpy's long double loop) and rounded to DOUBLE -- glibc's atan2 is that rounding
    except within a few thousandths of an ulp of a midpoint (2e6 random points: every
    difference had the extended value at >= 0.4966 ulp from the rounded one) -- and the
    C library's own atan2 called for the elements within 0.45 ulp of a midpoint (about
    a tenth) and for non-finite ones. Without an 80-bit long double every element is a
    C call."""
    y, x = np.broadcast_arrays(y.astype(np.float64), x.astype(np.float64))
    c_atan2 = _libm("atan2", 2, double=True)
    if c_atan2 is None:  # pragma: no cover - no C math library
        return np.arctan2(y, x)
    if _EXTENDED:
        wide = np.arctan2(y.astype(np.longdouble), x.astype(np.longdouble))
        out = wide.astype(np.float64)
        spacing = np.spacing(np.abs(out)).astype(np.longdouble)
        below = (np.abs(wide) < np.abs(out)) & (np.frexp(out)[0] == 0.5)
        local = np.where(below, spacing / 2, spacing)
        with np.errstate(invalid="ignore", divide="ignore"):
            near = ~np.isfinite(out) | (np.abs(wide - out) > 0.45 * local)
    else:  # pragma: no cover - long double is DOUBLE (Windows, Apple silicon)
        out = np.empty(y.shape, dtype=np.float64)
        near = np.ones(y.shape, dtype=bool)
    if near.any():
        out[near] = [c_atan2(a, b) for a, b in zip(y[near].tolist(), x[near].tolist())]
    return out


def _atan2(y, x):
    """ATAN(y, x) as GDL computes it: both arguments integer -- in DOUBLE, rounded to
    FLOAT (GDL's integer path); FLOAT (an integer promoted by a FLOAT partner) -- the C
    library's atan2f; DOUBLE -- the C library's atan2 (:func:`_c_atan2`)."""
    if y.dtype.kind not in "fc" and x.dtype.kind not in "fc":
        return _c_atan2(y, x).astype(np.float32)
    y, x = _real(y), _real(x)
    if y.dtype == np.float32 and x.dtype == np.float32:
        return _float_call("atan2", y, x)
    return _c_atan2(y, x)


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
            rad = _sqrt(c[0] ** 2 + c[1] ** 2)
            ang = _angles(zero, rad != zero, to_out * _atan2(c[1], c[0]))
            if target == "polar":
                return _stack([ang, rad], out)
            z = c[2] if k >= 3 else np.full(p.shape[0], zero)
            return _stack([ang, rad, _real(z)], out)
        if target == "sphere":
            z = c[2] if k >= 3 else np.full(p.shape[0], zero)
            rad = _sqrt(c[0] ** 2 + c[1] ** 2 + z ** 2)
            positive = rad > zero
            ang1 = _angles(zero, positive, to_out * _atan2(c[1], c[0]))
            ang2 = _angles(zero, positive, to_out * _atan2(z, _sqrt(c[0] ** 2 + c[1] ** 2)))
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
            rad = _sqrt(c[1] ** 2 + c[2] ** 2)
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
