"""MATLAB's arithmetic and relational operators as functions: class rules, implicit
expansion, exact mixed-class comparisons, power's complex results, matrix products.

MATLAB's operators differ from numpy's in ways a port trips over:

* **Classes.** An integer with a double (or logical, char) gives the integer class,
  rounded and saturated (:mod:`compat._core.matlab_integers` does that arithmetic);
  single with double gives single; logical and char alone give double (``true + true``
  is 2, ``'a' + 1`` is 98); integers of two classes are an error.
* **Expansion.** Sizes must agree or be 1 in every dimension, compared from the
  *first* dimension (trailing ones implied); numpy aligns from the last.
* **Relational operators** return logical arrays; ``<``, ``<=``, ``>``, ``>=`` compare
  only the real parts of complex numbers (MATLAB's documentation; numpy refuses,
  Octave compares moduli); integers compare exactly with doubles (``int64(2^53 + 1) ==
  2^53`` is false), which numpy's conversion to float does not.
* **Power** of real arrays is complex for the whole array when any element is a
  negative base with a non-integer exponent (numpy gives NaN there).
* **Matrix operators**: ``*`` of integer matrices needs a scalar operand; ``^`` of a
  square matrix by an integer is repeated squaring, otherwise eigenvalues.

Sources: MATLAB's reference pages for plus, minus, times, rdivide, ldivide, power,
mtimes, mpower, uminus, uplus, eq, ne, lt, le, gt, ge ("Compatible Array Sizes for
Basic Operations", "Relational operators use only the real part of complex operands"),
"Integers" and "Combining Integer and Noninteger Data"; Octave 7.3 for the values.
"""

from __future__ import annotations

import numpy as np

from compat._core import libm
from compat._core import matlab_integers as mi
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import is_single, matlab_array

__all__ = ["elementwise", "relational", "logical", "logical_not", "power", "uminus",
           "uplus", "mtimes", "mpower", "INCOMPATIBLE_SIZES", "NAN_TO_LOGICAL"]

INCOMPATIBLE_SIZES = "Arrays have incompatible sizes for this operation."
NAN_TO_LOGICAL = "NaN's cannot be converted to logicals."

_NOT_SQUARE = ("Incorrect dimensions for raising a matrix to a power. Check that the "
               "matrix is square and the power is a scalar. To operate on each element "
               "of the matrix individually, use POWER (.^) for elementwise power.")
_INNER_DIMENSIONS = ("Incorrect dimensions for matrix multiplication. Check that the "
                     "number of columns in the first matrix matches the number of rows "
                     "in the second matrix. To operate on each element of the matrix "
                     "individually, use TIMES (.*) for elementwise multiplication.")


def operand(x) -> np.ndarray:
    """An operand: MATLAB's classes through the coercer, text as its character codes."""
    return matlab_array(x, "input", char="codes")


def expand(a: np.ndarray, b: np.ndarray, message: str = INCOMPATIBLE_SIZES):
    """``a`` and ``b`` reshaped to the same number of dimensions by MATLAB's rule (1-D
    arrays are rows, trailing dimensions 1), and whether both were 1-D (the result is
    then 1-D too). numpy broadcasting then expands them as MATLAB does. Sizes that
    differ where neither is 1 raise ``message`` (bsxfun words it its own way)."""
    flat = a.ndim <= 1 and b.ndim <= 1
    a2 = a.reshape(1, -1) if a.ndim == 1 else (a.reshape(1, 1) if a.ndim == 0 else a)
    b2 = b.reshape(1, -1) if b.ndim == 1 else (b.reshape(1, 1) if b.ndim == 0 else b)
    n = max(a2.ndim, b2.ndim)
    a2 = a2.reshape(a2.shape + (1,) * (n - a2.ndim))
    b2 = b2.reshape(b2.shape + (1,) * (n - b2.ndim))
    for x, y in zip(a2.shape, b2.shape):
        if x != y and x != 1 and y != 1:
            raise CompatValueError(message)
    return a2, b2, flat


def _shaped(out: np.ndarray, a: np.ndarray, b: np.ndarray, flat: bool):
    """The result in the shape the operands ask for: 0-d for two scalars, 1-D for two
    1-D operands, MATLAB's size otherwise (trailing singleton dimensions dropped)."""
    if a.ndim == 0 and b.ndim == 0:
        return out.reshape(())
    if flat:
        return out.reshape(-1)
    shape = out.shape
    while len(shape) > 2 and shape[-1] == 1:
        shape = shape[:-1]
    return out.reshape(shape)


def _float_type(a: np.ndarray, b: np.ndarray) -> np.dtype:
    """The class of a non-integer operation: single if either is single, complex if
    either is complex; logical and char count as double."""
    single = is_single(a) or is_single(b)
    complex_ = a.dtype.kind == "c" or b.dtype.kind == "c"
    if complex_:
        return np.dtype(np.complex64 if single else np.complex128)
    return np.dtype(np.float32 if single else np.float64)


_PLAIN = {"plus": np.add, "minus": np.subtract, "times": np.multiply,
          "rdivide": np.true_divide, "ldivide": lambda x, y: np.true_divide(y, x)}
_INTEGER = {"plus": mi.plus, "minus": mi.minus, "times": mi.times,
            "rdivide": mi.rdivide, "ldivide": mi.ldivide}


def elementwise(op: str, A, B) -> np.ndarray:
    """``A op B`` for op in plus, minus, times, rdivide, ldivide, with MATLAB's classes
    and implicit expansion."""
    a, b = operand(A), operand(B)
    a2, b2, flat = expand(a, b)
    if mi.is_int_class(a) or mi.is_int_class(b):
        out = np.asarray(_INTEGER[op](a2, b2, function=op))
    else:
        dtype = _float_type(a, b)
        with np.errstate(all="ignore"):
            out = _PLAIN[op](a2.astype(dtype, copy=False), b2.astype(dtype, copy=False))
    return _shaped(out, a, b, flat)


# ------------------------------------------------------------------ relational
_RELATIONS = {"eq": np.equal, "ne": np.not_equal, "lt": np.less, "le": np.less_equal,
              "gt": np.greater, "ge": np.greater_equal}
_WIDE = (np.dtype(np.int64), np.dtype(np.uint64))


def relational(op: str, A, B) -> np.ndarray:
    """``A op B`` for op in eq, ne, lt, le, gt, ge: logical, MATLAB's expansion, real
    parts only for the orderings of complex operands, exact for integers."""
    a, b = operand(A), operand(B)
    a2, b2, flat = expand(a, b)
    compare = _RELATIONS[op]
    if a.dtype.kind == "c" or b.dtype.kind == "c":
        if op in ("eq", "ne"):
            dtype = _float_type(a, b)
            out = compare(a2.astype(dtype), b2.astype(dtype))
        else:
            out = compare(np.real(a2).astype(np.float64), np.real(b2).astype(np.float64))
    elif a.dtype in _WIDE or b.dtype in _WIDE:
        out = _exact_wide(op, a2, b2)
    else:
        # every other class is exact in double (int32, uint32 and single included)
        out = compare(a2.astype(np.float64), b2.astype(np.float64))
    return _shaped(np.asarray(out, dtype=bool), a, b, flat)


def _exact_wide(op: str, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Exact comparison when an operand is int64/uint64 (double has 53 bits)."""
    if a.dtype.kind in "iub" and b.dtype.kind in "iub":
        # integers against integers (or logical): Python integers are exact
        sa, sb = np.broadcast_arrays(a.astype(object), b.astype(object))
        return np.asarray(_RELATIONS[op](sa, sb), dtype=bool)
    if a.dtype.kind == "f":  # the integer operand first: swap and mirror the relation
        mirror = {"lt": "gt", "gt": "lt", "le": "ge", "ge": "le"}.get(op, op)
        return _exact_wide(mirror, b, a)
    # a is int64/uint64 (or logical), b a float: split b = whole + fraction exactly
    ai = a.astype(object)
    f = b.astype(np.float64)
    whole = np.floor(f)
    with np.errstate(invalid="ignore"):
        frac = f - whole  # exact for finite f, in [0, 1)
    sa, sw, sf, fb = np.broadcast_arrays(ai, whole, frac, f)
    result = np.empty(sa.shape, dtype=bool)
    for index in np.ndindex(sa.shape):
        x, y = sa[index], fb[index]
        if np.isnan(y):
            result[index] = op == "ne"
            continue
        if np.isinf(y):
            sign = -1 if y < 0 else 1  # x - y has the sign of -y
            order = -sign
        else:
            w, r = int(sw[index]), float(sf[index])
            order = (x > w) - (x < w) if x != w else (-1 if r > 0 else 0)
        result[index] = {"eq": order == 0, "ne": order != 0, "lt": order < 0,
                         "le": order <= 0, "gt": order > 0, "ge": order >= 0}[op]
    return result


# ------------------------------------------------------------------ logical
def _truth(a: np.ndarray) -> np.ndarray:
    """MATLAB's conversion of an operand to logical: non-zero is true (a complex number
    when either part is), NaN is an error."""
    if a.dtype.kind == "b":
        return a
    if a.dtype.kind in "fc" and np.any(np.isnan(a)):
        raise CompatValueError(NAN_TO_LOGICAL)
    return a != 0


_LOGICAL = {"and": np.logical_and, "or": np.logical_or, "xor": np.logical_xor}


def logical(op: str, A, B) -> np.ndarray:
    """``A & B``, ``A | B``, ``xor(A, B)``: logical, MATLAB's implicit expansion, NaN
    refused."""
    a, b = operand(A), operand(B)
    a2, b2, flat = expand(a, b)
    return _shaped(_LOGICAL[op](_truth(a2), _truth(b2)), a, b, flat)


def logical_not(A) -> np.ndarray:
    """``~A``: logical, NaN refused."""
    a = operand(A)
    return np.logical_not(_truth(a))


# ------------------------------------------------------------------ power
def _integer_power_exact(x: int, y: int, lo: int, hi: int) -> int:
    """``x^y`` for Python integers, rounded (halves away from zero) and saturated to
    ``[lo, hi]`` as the exact value would be: ``0^-k`` is Inf (``hi``), ``(+-1)^-k`` is
    +-1, any other base to a negative power has magnitude <= 1/2 (exactly 1/2, rounded
    away to +-1, only for +-2 to the power -1). A base of magnitude >= 2 to a power
    >= 64 saturates without being formed."""
    if y == 0:
        return 1
    negative_result = x < 0 and y % 2 == 1
    if y < 0:
        if x == 0:
            return hi
        if abs(x) == 1:
            return -1 if negative_result else 1
        if abs(x) == 2 and y == -1:
            return -1 if negative_result else 1
        return 0
    if abs(x) >= 2 and y >= 64:
        return lo if negative_result else hi
    return min(max(x ** y, lo), hi)


def _double_power(x: np.ndarray, y: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Real double ``x .^ y`` (no negative base with a fractional exponent) as Octave 7.3
    computes it: an array (not 1x1) to a scalar exponent 2, 3 or -1 is the product
    ``x.*x``, ``x.*x.*x`` or ``1./x``; everything else -- a scalar base, an array
    exponent, any other exponent -- the C library's ``pow``
    (:func:`compat._core.libm.c_pow`; ``1.01^3`` is ``pow``'s 1.0303010000000001,
    ``[1.01 2].^3`` starts with the product's 1.030301). numpy's float64 ``power`` is a SIMD loop that
    differs from ``pow`` in the last bit for about 5% of arguments (AVX-512), and from
    ``x.*x.*x`` for about 27% of cubes (measured on 2e4 random x in (0, 10) and
    exponents in (-3, 3): Octave equals these rules on all of them)."""
    if b.size == 1 and a.size != 1:
        e = float(b.reshape(-1)[0])
        if e == 2:
            return x * x
        if e == 3:
            return x * x * x
        if e == -1:
            return 1.0 / x
    return np.asarray(libm.c_pow(x, y))


def _single_power(x: np.ndarray, y: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Real single ``x .^ y`` as Octave 7.3 computes it: an array (not 1x1) to a scalar
    exponent 2, 3 or -1 is the product in single; to another integer scalar the double
    ``pow`` of the single values rounded to single (C++'s ``pow(float, int)``); everything
    else the C library's ``powf`` (measured on 2e4 random x in (0, 10): numpy's float32
    power differed from Octave for about 21% of them, these rules for none)."""
    if b.size == 1 and a.size != 1:
        e = float(b.reshape(-1)[0])
        if e == 2:
            return x * x
        if e == 3:
            return x * x * x
        if e == -1:
            return np.float32(1) / x
        if e == int(e) and abs(e) < 2 ** 31:
            return np.asarray(libm.c_pow(x.astype(np.float64), e)).astype(np.float32)
    return libm.float_call("powf", x, y)


def power(A, B) -> np.ndarray:
    """``A .^ B``: integers rounded and saturated from the double result (int64 and
    uint64 with integer-valued operands exactly, as their other arithmetic); real
    operands give a complex array when any element is a negative base with a
    non-integer exponent."""
    a, b = operand(A), operand(B)
    a2, b2, flat = expand(a, b)
    if mi.is_int_class(a) or mi.is_int_class(b):
        cls = mi.integer_class(a, b)
        if cls in ("int64", "uint64") and mi._exact64(a, b):
            # MATLAB computes 64-bit integer arithmetic as if in 80-bit extended
            # precision ("Integers"): int64(3).^39 is 4052555153018976267, which the
            # double 3^39 misses by 11
            lo, hi = mi.intmin(cls), mi.intmax(cls)
            x, y = np.broadcast_arrays(mi._as_object(a2), mi._as_object(b2))
            out = np.array([_integer_power_exact(int(u), int(v), lo, hi)
                            for u, v in zip(x.ravel(), y.ravel())], dtype=object)
            out = out.astype(mi.INT_CLASSES[cls]).reshape(x.shape)
            return _shaped(out, a, b, flat)
        with np.errstate(all="ignore"):
            value = np.power(a2.astype(np.float64), b2.astype(np.float64))
        out = mi.convert(np.asarray(value), cls)
        return _shaped(out, a, b, flat)
    dtype = _float_type(a, b)
    x, y = np.broadcast_arrays(a2.astype(dtype, copy=False), b2.astype(dtype, copy=False))
    with np.errstate(all="ignore"):
        if dtype.kind == "f":
            negative = (x < 0) & (y != np.trunc(y)) & np.isfinite(y)
            if np.any(negative):
                cdtype = np.dtype(np.complex64 if dtype == np.float32 else np.complex128)
                out = np.power(x, y).astype(cdtype)
                out[negative] = np.power(x[negative].astype(cdtype),
                                         y[negative].astype(cdtype))
            elif dtype == np.float64:
                out = _double_power(x, y, a, b)
            else:
                out = _single_power(x, y, a, b)
        else:
            out = np.power(x, y)
    return _shaped(np.asarray(out), a, b, flat)


def uminus(A) -> np.ndarray:
    """``-A``: integers saturate (``-int8(-128)`` is 127); logical and char give double."""
    a = operand(A)
    if mi.is_int_class(a):
        return np.asarray(mi.uminus(a))
    if a.dtype.kind == "b":
        a = a.astype(np.float64)
    return np.negative(a)


def uplus(A) -> np.ndarray:
    """``+A``: the value; logical and char become double (``+true`` is 1, ``+'a'`` 97)."""
    a = operand(A)
    return a.astype(np.float64) if a.dtype.kind == "b" else a.copy()


# ------------------------------------------------------------------ matrix operators
def _matrix(a: np.ndarray, name: str) -> np.ndarray:
    if a.ndim > 2:
        raise CompatValueError(f"Arguments must be 2-D, or at least one argument must be "
                               f"scalar. Use {name} for elementwise multiplication.")
    return a.reshape(1, -1) if a.ndim == 1 else a


def mtimes(A, B) -> np.ndarray:
    """``A * B``: the elementwise product when an operand is scalar, else the matrix
    product (integer matrices need a scalar operand)."""
    a, b = operand(A), operand(B)
    if a.size == 1 and a.ndim <= 2 or b.size == 1 and b.ndim <= 2:
        return elementwise("times", a, b)
    if mi.is_int_class(a) or mi.is_int_class(b):
        raise CompatTypeError("MTIMES (*) is not fully supported for integer classes. At "
                              "least one argument must be scalar.")
    a2, b2 = _matrix(a, "TIMES (.*)"), _matrix(b, "TIMES (.*)")
    if a2.shape[1] != b2.shape[0]:
        raise CompatValueError(_INNER_DIMENSIONS)
    dtype = _float_type(a, b)
    return np.matmul(a2.astype(dtype, copy=False), b2.astype(dtype, copy=False))


def mpower(A, B) -> np.ndarray:
    """``A ^ B``: scalars as ``.^``; a square matrix to an integer power by repeated
    squaring (a negative power inverts first); other powers and a scalar to a matrix
    power through the eigenvalue decomposition."""
    a, b = operand(A), operand(B)
    if a.size == 1 and b.size == 1:
        return power(a.reshape(()), b.reshape(()))
    if a.size != 1 and b.size != 1:
        raise CompatValueError(_NOT_SQUARE)
    matrix = a if a.size != 1 else b
    if matrix.ndim != 2 or matrix.shape[0] != matrix.shape[1]:
        raise CompatValueError(_NOT_SQUARE)
    if mi.is_int_class(a) or mi.is_int_class(b):
        raise CompatTypeError("Integers can only be raised to a matrix power with a "
                              "scalar base and exponent; use POWER (.^) for integer "
                              "arrays.")
    dtype = _float_type(a, b)
    if a.size != 1:
        p = b.reshape(()).astype(dtype)
        m = a.astype(dtype, copy=False)
        if np.isreal(p) and np.isfinite(p.real) and p.real == np.trunc(p.real):
            k = int(p.real)
            if k < 0:
                m = np.linalg.inv(m)
                k = -k
            return _square_powers(m, k)
        values, vectors = np.linalg.eig(m.astype(np.complex128 if dtype.itemsize >= 8
                                                 or dtype.kind == "c" else np.complex64))
        out = (vectors * np.power(values, p)) @ np.linalg.inv(vectors)
    else:
        s = a.reshape(()).astype(dtype)
        values, vectors = np.linalg.eig(b.astype(dtype, copy=False))
        out = (vectors * np.power(s.astype(values.dtype), values)) @ np.linalg.inv(vectors)
    if dtype.kind == "f" and np.all(out.imag == 0):
        out = out.real
    return out.astype(np.result_type(dtype, out.dtype) if out.dtype.kind == "c" else dtype)


def _square_powers(m: np.ndarray, k: int) -> np.ndarray:
    """``m`` to the non-negative integer power ``k`` by binary powering (squares of
    ``m`` multiplied in as the bits of ``k`` ask, lowest bit first)."""
    result = None
    square = m
    while k:
        if k & 1:
            result = square if result is None else result @ square
        k >>= 1
        if k:
            square = square @ square
    return np.eye(m.shape[0], dtype=m.dtype) if result is None else result
