"""MATLAB's elementary functions (sqrt, exp, log ..., sin ... atanh, sec/csc/cot, abs,
sign, real/imag/conj) with MATLAB's classes, complex promotion and the C library's bits.

What a port calling numpy's ufuncs gets wrong, and what this module does instead:

* **complex promotion** -- MATLAB returns complex results where a real argument leaves
  the real domain (``sqrt(-4)`` is ``0+2i``, ``log(-1)`` is ``0+3.1416i``, ``asin(2)``
  is ``1.5708-1.3170i``), and the whole array becomes complex when any element needs it.
  Each element is computed as GNU Octave 7.3 computes it (its ``rc_`` mappers, facts
  only): the real function where the argument is in the domain (a zero imaginary
  part), and for the others ``sqrt``: ``0 + sqrt(-x) i``; ``log``/``log2``/``log10``:
  ``f(-x) + c i`` with ``c`` = pi, pi/log(2), pi/log(10); ``log1p``: ``log(-(1+x)) +
  pi i``; ``asin``/``acos`` (``|x| > 1``), ``acosh`` (``x < 1``), ``atanh``
  (``|x| > 1``): the complex function of ``x + 0i``, with ``asin``/``acos`` conjugated
  for ``x > 1`` (MATLAB's branch: ``asin(2) = 1.5708 - 1.3170i``; C's ``casin(2+0i)``
  has ``+1.3170i``).
* **bits** -- the real functions are the C library's (``exp``, ``log``, ``sin`` ... of
  DOUBLE; ``expf`` ... of single), which Octave calls; numpy's SIMD loops differ from
  them in the last bit for 0.1-45% of arguments (measured for IDL in
  :mod:`compat._core.idl_elementary`, whose C calls this module shares). The complex
  functions are libstdc++'s ``std::complex`` ones, i.e. the C library's ``csqrt``,
  ``cexp``, ``clog``, ``csin`` ... (``log2``/``log10``: ``clog(z)`` divided part by part
  by ln 2 / ``log(10)``); numpy's complex loops equal those C functions on every one of
  20000 random complex128 and complex64 arguments tried (ctypes calls of glibc's
  ``csqrt`` ... ``catanh`` and their ``f`` forms), so numpy computes them here.
  ``sec``/``csc``/``cot`` of complex are ``1 ./ f(z)`` by the C compiler's complex
  division (libgcc's ``__divdc3``/``__divsc3``, called through ctypes), which is not
  numpy's (Smith's) division.
* **classes** -- single stays single, logical and char compute in double; integer
  classes are refused (MATLAB: "Check for incorrect argument data type or missing
  argument in call to function 'sqrt'."; Octave 7.3 computes them in double instead --
  a recorded divergence), except ``abs``, ``sign``, ``real``, ``imag``, ``conj``, which
  keep the integer class (``abs(int8(-128))`` saturates to 127).
* **narrowing** -- a complex argument whose results all have a zero imaginary part
  gives a real result (``sqrt(complex(4, 0))`` is the real 2), as MATLAB and Octave
  return them.

A leaf over libm, idl_elementary (the shared C calls) and matlab_types.
"""

from __future__ import annotations

import ctypes
import functools
import math

import numpy as np

from compat._core import libm
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_elementary import c_call as _c_call  # the C library's loops, shared

__all__ = ["FUNCTIONS", "INTEGER_KEEPING", "elementary", "atan2", "log2_parts"]

_PI_LN2 = 4.53236014182719380962    # pi / log(2), Octave's constant for log2(x < 0)
_PI_LN10 = 1.36437635384184134748   # pi / log(10), for log10(x < 0)

#: MATLAB name -> (the C library's real routine, numpy's complex function)
FUNCTIONS = {
    "sqrt": ("sqrt", np.sqrt), "exp": ("exp", np.exp), "log": ("log", np.log),
    "log2": ("log2", None), "log10": ("log10", None), "log1p": ("log1p", None),
    "expm1": ("expm1", None), "sin": ("sin", np.sin), "cos": ("cos", np.cos),
    "tan": ("tan", np.tan), "asin": ("asin", np.arcsin), "acos": ("acos", np.arccos),
    "atan": ("atan", np.arctan), "sinh": ("sinh", np.sinh), "cosh": ("cosh", np.cosh),
    "tanh": ("tanh", np.tanh), "asinh": ("asinh", np.arcsinh),
    "acosh": ("acosh", np.arccosh), "atanh": ("atanh", np.arctanh),
    "sec": ("cos", np.cos), "csc": ("sin", np.sin), "cot": ("tan", np.tan),
}
#: the functions that take integer classes and keep them
INTEGER_KEEPING = ("abs", "sign", "real", "imag", "conj")


def _real_call(c_name: str, x: np.ndarray) -> np.ndarray:
    """The C library's real routine of float64/float32 ``x`` (an array of x's shape)."""
    if c_name == "sqrt":     # IEEE square roots are correctly rounded: numpy's is C's
        with np.errstate(invalid="ignore"):
            return np.sqrt(x)
    return np.asarray(_c_call(c_name, x.dtype, x))


# ------------------------------------------------------------------ complex division
class _CD(ctypes.Structure):
    _fields_ = [("re", ctypes.c_double), ("im", ctypes.c_double)]


class _CF(ctypes.Structure):
    _fields_ = [("re", ctypes.c_float), ("im", ctypes.c_float)]


@functools.lru_cache(maxsize=None)
def _libgcc_division(single: bool):
    """libgcc's ``__divsc3``/``__divdc3`` (the C compiler's complex division), or None."""
    try:
        lib = ctypes.CDLL("libgcc_s.so.1")
        f = lib.__divsc3 if single else lib.__divdc3
    except (OSError, AttributeError):  # pragma: no cover - not GCC's runtime
        return None
    part = ctypes.c_float if single else ctypes.c_double
    f.restype = _CF if single else _CD
    f.argtypes = [part] * 4
    return f


def _reciprocal(z: np.ndarray) -> np.ndarray:
    """``1 ./ z`` of complex ``z`` as C++'s ``double / std::complex<double>`` (libgcc's
    ``__divdc3``; ``__divsc3`` for single), element by element."""
    single = z.dtype == np.complex64
    f = _libgcc_division(single)
    if f is None:  # pragma: no cover
        return (1 / z).astype(z.dtype)
    flat = z.ravel()
    out = np.empty(flat.shape, z.dtype)
    for i, (re, im) in enumerate(zip(flat.real.tolist(), flat.imag.tolist())):
        r = f(1.0, 0.0, re, im)
        out[i] = complex(r.re, r.im)
    return out.reshape(z.shape)


def _divide_parts(z: np.ndarray, d) -> np.ndarray:
    """``z / d`` for a real ``d``, part by part (C++'s ``complex / double``), z's class."""
    out = np.empty_like(z)
    out.real = z.real / d
    out.imag = z.imag / d
    return out


# ------------------------------------------------------------------ complex arguments
def _complex_function(name: str, z: np.ndarray) -> np.ndarray:
    """MATLAB's ``name`` of complex ``z`` (complex128 or complex64), z's class."""
    real_dtype = z.real.dtype
    with np.errstate(all="ignore"):
        if name in ("sec", "csc", "cot"):
            return _reciprocal(FUNCTIONS[name][1](z))
        if name == "log2":
            return _divide_parts(np.log(z), real_dtype.type(math.log(2)))
        if name == "log10":
            ten = (libm.c_function("logf", 1)(10.0) if real_dtype == np.float32
                   else math.log(10.0))
            return _divide_parts(np.log(z), real_dtype.type(ten))
        if name == "log1p":
            return _complex_log1p(z)
        if name == "expm1":
            return _complex_expm1(z)
        out = FUNCTIONS[name][1](z)
        if name in ("asin", "acos"):
            # MATLAB's branch for real parts above 1 on the real axis (Octave's fix of
            # std::asin/std::acos): the conjugate of C's casin/cacos
            flip = (z.imag == 0) & (z.real > 1)
            out = np.where(flip, np.conj(out), out)
        return out.astype(z.dtype, copy=False)


def _complex_log1p(z: np.ndarray) -> np.ndarray:
    """``log(1 + z)`` accurate near 0: for ``|re|, |im| < 0.5``, ``log1p(u / (1 +
    sqrt(u + 1))) + atan2(im, 1 + re) i`` with ``u = 2 re + re^2 + im^2`` (|1+z|^2 - 1);
    elsewhere ``clog(1 + z)``."""
    out = np.log(z + 1).astype(z.dtype)
    r, i = z.real, z.imag
    near = (np.abs(r) < 0.5) & (np.abs(i) < 0.5)
    if near.any():
        rn, im = r[near], i[near]
        one = rn.dtype.type(1)
        u = 2 * rn + rn * rn + im * im
        re_part = np.asarray(_real_call("log1p", np.asarray(u / (one + np.sqrt(u + one)))))
        # the angle by the DOUBLE atan2 also for single (Octave 7.3's bits: atan2f
        # differs for ~10% of single arguments, the rounded atan2 for none)
        im_part = np.asarray(libm.c_atan2(im.astype(np.float64),
                                          (one + rn).astype(np.float64)), dtype=rn.dtype)
        out[near] = _pack(re_part, im_part, z.dtype)
    return out


def _complex_expm1(z: np.ndarray) -> np.ndarray:
    """``exp(z) - 1`` accurate near 0: for ``|z| < 1``, ``u v + u + v + (u + 1) sin(im)
    i`` with ``u = expm1(re)``, ``v = -2 sin(im/2)^2``; elsewhere ``cexp(z) - 1``."""
    out = (np.exp(z) - 1).astype(z.dtype)
    near = libm.cabs(z) < 1
    if near.any():
        r, i = z.real[near], z.imag[near]
        u = _real_call("expm1", r)
        # the sines are DOUBLE also for single data, the sums single: Octave 7.3's bits
        # (with sinf, or in double throughout, 5-10% of single values differ)
        v = _real_call("sin", (i / 2).astype(np.float64)).astype(r.dtype)
        v = r.dtype.type(-2) * v * v
        im_part = (u + r.dtype.type(1)) * _real_call("sin", i.astype(np.float64))
        out[near] = _pack(u * v + u + v, im_part.astype(r.dtype), z.dtype)
    return out


def _pack(re: np.ndarray, im: np.ndarray, dtype) -> np.ndarray:
    out = np.empty(np.shape(re), dtype)
    out.real, out.imag = re, im
    return out


# ------------------------------------------------------------------ real arguments
def _promoted(name: str, x: np.ndarray):
    """(mask of the elements whose result is complex, their complex values)."""
    with np.errstate(invalid="ignore"):
        if name in ("sqrt", "log", "log2", "log10"):
            mask = x < 0
        elif name == "log1p":
            mask = x < -1
        elif name in ("asin", "acos", "atanh"):
            mask = np.abs(x) > 1
        elif name == "acosh":
            mask = x < 1
        else:
            return None, None
    if not mask.any():
        return None, None
    xm = x[mask]
    cdtype = np.complex64 if x.dtype == np.float32 else np.complex128
    t = x.dtype.type
    if name == "sqrt":
        values = _pack(np.zeros_like(xm), np.sqrt(-xm), cdtype)
    elif name == "log":
        values = _pack(_real_call("log", -xm), np.full_like(xm, t(math.pi)), cdtype)
    elif name == "log2":
        values = _pack(_real_call("log2", -xm), np.full_like(xm, t(_PI_LN2)), cdtype)
    elif name == "log10":
        # the DOUBLE log10 rounded also for single (Octave 7.3's bits; log10f differs
        # for ~25% of single values)
        values = _pack(_real_call("log10", (-xm).astype(np.float64)).astype(x.dtype),
                       np.full_like(xm, t(_PI_LN10)), cdtype)
    elif name == "log1p":
        values = _pack(_real_call("log", -(t(1) + xm)), np.full_like(xm, t(math.pi)),
                       cdtype)
    else:
        values = _complex_function(name, xm.astype(cdtype))
    return mask, values


def elementary(name: str, x: np.ndarray):
    """MATLAB's ``name`` (a key of :data:`FUNCTIONS`) of a float64/float32/complex
    array (logical, char and integer data already converted or refused by the caller):
    real or complex in x's precision; a numpy scalar for a 0-d array."""
    if x.dtype.kind == "c":
        out = _complex_function(name, x)
        if out.size and not np.any(out.imag):
            out = out.real.copy()
    else:
        c_name = FUNCTIONS[name][0]
        with np.errstate(all="ignore"):
            out = _real_call(c_name, x)
            if name in ("sec", "csc", "cot"):
                out = 1 / out
        if name == "sqrt":
            out = out + 0.0    # sqrt(-0) is 0 in MATLAB (its IEEE note), not -0
        out = np.array(out, dtype=x.dtype)    # an array also for one value (0-d)
        mask, values = _promoted(name, x)
        if mask is not None:
            out = out.astype(values.dtype)
            out[mask] = values
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------------ abs, sign, parts
def absolute(x: np.ndarray):
    """``abs``: |x| in x's class (integers saturate: ``abs(int8(-128))`` is 127);
    complex magnitudes by the C library's ``hypot`` (:func:`libm.cabs`)."""
    if x.dtype.kind == "i":
        info = np.iinfo(x.dtype)
        out = np.abs(x)
        out = np.where(x == info.min, x.dtype.type(info.max), out)
    elif x.dtype.kind == "c":
        out = libm.cabs(x)
    else:
        out = np.abs(x)
    out = np.asarray(out)
    return out[()] if out.ndim == 0 else out


def sign(x: np.ndarray):
    """``sign``: -1, 0 or 1 (NaN for NaN) in x's class; ``z ./ abs(z)`` for complex
    (0 for 0), divided part by part by the ``hypot`` magnitude."""
    if x.dtype.kind == "c":
        m = libm.cabs(x)
        with np.errstate(all="ignore"):
            out = _divide_parts(x, m)
        out[m == 0] = 0
        if out.size and not np.any(out.imag):     # all zero imaginary parts: real
            out = out.real.copy()
    elif x.dtype.kind == "u":
        out = (x > 0).astype(x.dtype)
    else:
        t = x.dtype.type
        out = np.where(x > 0, t(1), np.where(x < 0, t(-1), t(0))).astype(x.dtype)
        if x.dtype.kind == "f":
            out = np.where(np.isnan(x), x, out)
    out = np.asarray(out)
    return out[()] if out.ndim == 0 else out


def part(name: str, x: np.ndarray):
    """``real``/``imag``/``conj`` in x's class (``imag`` of real data is zeros)."""
    if name == "real":
        out = np.real(x).copy()
    elif name == "imag":
        out = np.imag(x).copy() if x.dtype.kind == "c" else np.zeros_like(x)
    else:
        out = np.conj(x) if x.dtype.kind == "c" else x.copy()
    out = np.asarray(out)
    return out[()] if out.ndim == 0 else out


# ------------------------------------------------------------------ two arguments
def atan2(y: np.ndarray, x: np.ndarray):
    """``atan2(Y, X)`` of real float arrays (broadcast; the caller checks the sizes):
    the C library's ``atan2`` (``atan2f`` when either is single)."""
    single = np.float32 in (y.dtype, x.dtype)
    dtype = np.dtype(np.float32 if single else np.float64)
    yb, xb = np.broadcast_arrays(y.astype(dtype), x.astype(dtype))
    out = np.asarray(_c_call("atan2", dtype, np.array(yb), np.array(xb)))
    return out[()] if out.ndim == 0 else out


def log2_parts(x: np.ndarray):
    """``[F, E] = log2(X)``: ``X = F .* 2.^E`` with ``0.5 <= |F| < 1`` (C's frexp),
    F and E in x's class; 0, Inf and NaN give ``F = X``, ``E = 0``."""
    f, e = np.frexp(x)
    e = e.astype(x.dtype)      # E in X's class (single for single: Octave 7.3)
    f = np.asarray(f, dtype=x.dtype)
    e = np.where(np.isfinite(x), e, 0.0)
    return (f[()] if f.ndim == 0 else f), (e[()] if e.ndim == 0 else e)


def refuse_integer(function: str) -> CompatTypeError:
    """MATLAB's message for a built-in function called with a class it has no method
    for (integer classes here)."""
    return CompatTypeError("Check for incorrect argument data type or missing argument "
                           f"in call to function '{function}'.")


def sizes_error() -> CompatValueError:
    return CompatValueError("Arrays have incompatible sizes for this operation.")
