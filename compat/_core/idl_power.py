"""IDL's exponentiation operator ``A ^ B`` element by element, as GDL 1.0.1 computes it
(the C library's ``pow``/``powf``, integer powers by repeated multiplication).

The operands arrive converted to the result type (IDL's precedence of types) and
brought to one shape; ``integer_exponent`` says whether B *was* of an integer type
before the conversion, which decides the FLOAT routine. Never numpy's ``**`` or
``np.power`` where the C library is called: their loops are not glibc's functions
(see :func:`compat._core.libm.c_pow`).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import math

import numpy as np

from compat._core import libm

__all__ = ["integer_power", "float_power", "double_power", "complex_power"]


def integer_power(x: np.ndarray, e: np.ndarray) -> np.ndarray:
    """``x ^ e`` of two integer arrays of one type and shape, by repeated multiplication
    in that type (wrapping modulo 2**bits, as IDL's integer arithmetic). A negative
    exponent gives 1 / x^|e| truncated: 1 for x = 1, +-1 for x = -1, else 0 (also 0 for
    x = 0, no error). ``x ^ 0`` is 1 (also 0 ^ 0)."""
    dt = x.dtype
    base = np.array(x, dtype=dt, copy=True).reshape(-1)
    ev = np.asarray(e).reshape(-1)
    if dt.kind == "i":
        neg = ev < 0
        # |e| as an unsigned count (the most negative value's magnitude also fits)
        left = np.where(neg, -(ev.astype(np.int64) + 1), ev).astype(np.uint64) + neg
    else:
        neg = np.zeros(ev.shape, bool)
        left = ev.astype(np.uint64)
    out = np.ones(base.shape, dt)
    with np.errstate(over="ignore"):
        while left.any():
            odd = (left & np.uint64(1)).astype(bool)
            out[odd] = out[odd] * base[odd]
            left >>= np.uint64(1)
            base = base * base
        if neg.any():
            xn = np.asarray(x).reshape(-1)[neg]
            en = ev[neg]
            odd = (en.astype(np.int64) & 1).astype(bool)
            out[neg] = np.where(xn == 1, 1, np.where(xn == -1, np.where(odd, -1, 1), 0))
    return out.reshape(np.shape(x))


def float_power(x: np.ndarray, e: np.ndarray, integer_exponent: bool) -> np.ndarray:
    """FLOAT ``x ^ e``: the C library's ``powf`` for a real exponent; for an exponent of
    an integer type, the DOUBLE ``pow`` of the FLOAT base rounded to FLOAT (C++'s
    ``std::pow(float, int)``, as GDL calls it). float32 arrays of one shape."""
    if integer_exponent:
        with np.errstate(over="ignore"):   # beyond FLOAT: Infinity, as C's conversion
            return np.asarray(libm.c_pow(x.astype(np.float64), e.astype(np.float64))
                              ).astype(np.float32).reshape(np.shape(x))
    return libm.float_call("powf", x.astype(np.float32), e.astype(np.float32))


def double_power(x: np.ndarray, e: np.ndarray) -> np.ndarray:
    """DOUBLE ``x ^ e``: the C library's ``pow`` (every exponent type)."""
    return np.asarray(libm.c_pow(x, e), dtype=np.float64).reshape(np.shape(x))


class _CD(ctypes.Structure):
    _fields_ = [("re", ctypes.c_double), ("im", ctypes.c_double)]


class _CF(ctypes.Structure):
    _fields_ = [("re", ctypes.c_float), ("im", ctypes.c_float)]


@functools.lru_cache(maxsize=None)
def _c_complex(name: str, single: bool, library: str):
    """A C routine of two complex (libgcc's division and product: four real) arguments
    returning a complex, through ctypes; None when it cannot be loaded."""
    try:
        lib = ctypes.CDLL(ctypes.util.find_library(library) or f"lib{library}.so.6"
                          if library == "m" else library)
        f = getattr(lib, name)
    except (OSError, AttributeError):  # pragma: no cover - another C runtime
        return None
    kind = _CF if single else _CD
    part = ctypes.c_float if single else ctypes.c_double
    f.restype = kind
    f.argtypes = [kind, kind] if library == "m" else [part] * 4
    return f


def _cpow(x: np.ndarray, e: np.ndarray) -> np.ndarray:
    """C's ``cpow``/``cpowf`` of complex arrays of one type and shape, element by
    element (numpy's ``exp(e * log(x))`` differs in the last bit for about 40% of
    complex exponents: glibc's cpow is that formula in C, whose rounding numpy's
    loops do not reproduce)."""
    single = x.dtype == np.complex64
    f = _c_complex("cpowf" if single else "cpow", single, "m")
    if f is None:  # pragma: no cover - no C library
        with np.errstate(all="ignore"):
            return np.exp(e * np.log(x)).astype(x.dtype)
    kind = _CF if single else _CD
    xs, es = x.ravel(), e.ravel()
    out = np.empty(xs.shape, x.dtype)
    for i, (a, b, c, d) in enumerate(zip(xs.real.tolist(), xs.imag.tolist(),
                                          es.real.tolist(), es.imag.tolist())):
        r = f(kind(a, b), kind(c, d))
        out[i] = complex(r.re, r.im)
    return out.reshape(x.shape)


def _reciprocal(z: np.ndarray) -> np.ndarray:
    """``1 / z`` as C++ divides a complex (libgcc's ``__divsc3``/``__divdc3``: numpy's
    complex division is another algorithm, other last bits)."""
    single = z.dtype == np.complex64
    f = _c_complex("__divsc3" if single else "__divdc3", single, "libgcc_s.so.1")
    if f is None:  # pragma: no cover - not GCC's runtime
        with np.errstate(all="ignore"):
            return (1 / z).astype(z.dtype)
    out = np.empty(z.shape, z.dtype)
    for i, (re, im) in enumerate(zip(z.real.tolist(), z.imag.tolist())):
        r = f(1.0, 0.0, re, im)
        out[i] = complex(r.re, r.im)
    return out


def _multiply(p: np.ndarray, q: np.ndarray) -> np.ndarray:
    """``p * q`` of complex arrays as C computes it, ``(ac - bd) + (ad + bc)i`` with
    each product and sum rounded to the type (numpy's complex loop may fuse a product
    and a sum into one rounding, an FMA, and differ in the last bit)."""
    a, b, c, d = p.real, p.imag, q.real, q.imag
    out = np.empty(p.shape, p.dtype)
    with np.errstate(all="ignore"):
        out.real = a * c - b * d
        out.imag = a * d + b * c
    both = np.isnan(out.real) & np.isnan(out.imag)
    if both.any():      # C then calls libgcc's __mulsc3/__muldc3 (infinities recovered)
        single = p.dtype == np.complex64
        f = _c_complex("__mulsc3" if single else "__muldc3", single, "libgcc_s.so.1")
        if f is not None:
            for i in np.flatnonzero(both):
                r = f(float(a[i]), float(b[i]), float(c[i]), float(d[i]))
                out[i] = complex(r.re, r.im)
    return out


def _c_real(name: str, single: bool, *args: np.ndarray) -> np.ndarray:
    """The C library's real routine ``name`` (``exp``, ``cos``, ``sin``; the FLOAT one,
    ``expf`` ..., when ``single``) of 1-D arrays, element by element."""
    if single:
        return libm.float_call(name + "f", *args)
    f = libm.c_function(name, len(args), double=True)
    if f is None:  # pragma: no cover - no C library
        f = getattr(math, name)
    cols = [np.asarray(a, np.float64).tolist() for a in args]
    return np.fromiter(map(f, *cols), np.float64, count=len(cols[0]))


def _polar_power(x: np.ndarray, e: np.ndarray) -> np.ndarray:
    """C++'s ``std::pow(complex<T>, T)``: the real ``pow`` for a positive real base
    (imaginary part +0), else ``polar(exp(e * log|x|), e * arg x)`` with ``log x`` the C
    library's ``clog`` (numpy's complex log: the same bits) and the C library's real
    ``exp``, ``cos``, ``sin`` (numpy's float32 and SIMD loops are not)."""
    single = x.dtype == np.complex64
    rdt = np.float32 if single else np.float64
    er = e.real.astype(rdt)
    out = np.empty(x.shape, x.dtype)
    with np.errstate(all="ignore"):
        lg = np.log(x)
        rho = _c_real("exp", single, (er * lg.real).astype(rdt))
        th = (er * lg.imag).astype(rdt)
        out.real = rho * _c_real("cos", single, th)
        out.imag = rho * _c_real("sin", single, th)
    pos = (x.imag == 0) & (x.real > 0)
    if pos.any():
        if single:
            out.real[pos] = libm.float_call("powf", x.real[pos], er[pos])
        else:
            out.real[pos] = libm.c_pow(x.real[pos], er[pos])
        out.imag[pos] = 0
    return out


def complex_power(x: np.ndarray, e: np.ndarray, exponent: str) -> np.ndarray:
    """COMPLEX/DCOMPLEX ``x ^ e`` (one complex type and shape); ``exponent`` is the
    kind of B before the conversion: ``"integer"``, ``"real"`` or ``"complex"``.

    * integer: repeated squaring in the complex type, as C++'s integer power of a
      complex (square and multiply from the lowest bit of n; C's products, libgcc's
      ``__mulsc3`` where both parts are NaN), for n < 0 the reciprocal of ``x^|n|`` by
      C's complex division; ``x ^ 0`` is 1;
    * real: C++'s ``pow(complex, real)`` (:func:`_polar_power`);
    * complex (also for a real base): C's ``cpow`` (``exp(e log x)``)."""
    if exponent == "complex":
        return _cpow(x, e)
    if exponent == "real":
        return _polar_power(x.reshape(-1), e.reshape(-1)).reshape(np.shape(x))
    xs = x.reshape(-1)
    n = e.real.reshape(-1).astype(np.float64)   # exact for |n| < 2**53
    neg = n < 0
    left = np.abs(n).astype(np.uint64)
    one = np.ones(xs.shape, x.dtype)
    with np.errstate(all="ignore"):
        odd = (left & np.uint64(1)).astype(bool)
        out = np.where(odd, xs, one)
        sq = xs.copy()
        left >>= np.uint64(1)
        while left.any():
            live = left > 0
            sq[live] = _multiply(sq[live], sq[live])
            odd = (left & np.uint64(1)).astype(bool)
            out[odd] = _multiply(out[odd], sq[odd])
            left >>= np.uint64(1)
    if neg.any():
        out[neg] = _reciprocal(out[neg])
    return out.reshape(np.shape(x))
