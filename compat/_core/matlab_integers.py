"""MATLAB's integer classes: round-to-nearest saturating conversion and arithmetic.

MATLAB's rules (documentation "Integers" and "Arithmetic Operations on Integer
Classes"):

* Converting a value to an integer class rounds to the nearest integer, halves away from
  zero (``int8(2.5)`` is 3, ``int8(-2.5)`` is -3), saturates at the class limits
  (``int8(300)`` is 127, ``uint8(-5)`` is 0, ``int8(Inf)`` is 127) and maps NaN to 0.
* Arithmetic on integers saturates instead of wrapping: ``int8(100) + int8(100)`` is
  127, ``intmin('int8') * -1`` is 127. Division rounds to nearest (halves away from
  zero): ``int8(-7) / int8(2)`` is -4; division by zero gives ``intmax``/``intmin``
  (0 for ``0/0``).
* An integer combines with an integer of the same class or with a double (or single,
  logical, char), and the result has the integer class; the operation behaves as if
  computed in double precision and the result is then converted by the rule above
  (``int8(5) * 2.6`` is 13). Integers of different classes cannot be combined
  (MATLAB: "Integers can only be combined with integers of the same class, or scalar
  doubles.").

numpy does none of this: ``np.int8(100) + np.int8(100)`` wraps to -56,
``np.array(2.5).astype(np.int8)`` truncates to 2, NaN converts to an arbitrary value
(-128 or 0 with a RuntimeWarning), ``np.int8(-7) // np.int8(2)`` floors to -4 by luck
but ``np.int8(-7) / np.int8(2)`` is the float -3.5, and ``np.int8(1) + np.int16(1)``
silently promotes to int16.

Exactness: for classes up to 32 bits every result here is exact (double represents
their values and sums/products/quotients closely enough that rounding the double
result gives the exactly rounded integer; see ``divide``). For int64/uint64 operands
combined with integers (or integer-valued doubles) compat computes exactly with
Python integers, as MATLAB does (``intmax('int64') - 1`` is 9223372036854775806, not
the double-rounded 2^63); with non-integer doubles it computes in double precision.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from compat._core.errors import CompatError, CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.matlab_types import INTEGER_CLASSES, matlab_array, matlab_class

__all__ = ["INT_CLASSES", "MIX_MESSAGE", "is_int_class", "operand", "to_int", "convert",
           "integer_class", "plus", "minus", "times", "rdivide", "ldivide", "uminus",
           "intdiv_exact", "divide_exact", "intmax", "intmin", "saturating_accumulate"]

#: MATLAB's integer class names and their numpy types
INT_CLASSES = {name: dtype.type for dtype, name in INTEGER_CLASSES.items()}
#: MATLAB's message for operands of two integer classes
MIX_MESSAGE = "Integers can only be combined with integers of the same class, or scalar doubles."


def intmax(cls: str) -> int:
    return int(np.iinfo(INT_CLASSES[cls]).max)


def intmin(cls: str) -> int:
    return int(np.iinfo(INT_CLASSES[cls]).min)


def is_int_class(a) -> bool:
    """True when ``a`` is an ndarray/numpy scalar of a MATLAB integer class."""
    return np.asarray(a).dtype in INTEGER_CLASSES


def operand(x) -> np.ndarray:
    """An operand of MATLAB's integer arithmetic and rounding functions, through the
    MATLAB coercer :func:`~compat._core.matlab_types.matlab_array`: a Python number or
    list is a double literal (``int8(5) + 1`` is int8), text is its character codes
    (``'a'`` is 97) -- one string only."""
    if isinstance(x, np.ndarray) and x.dtype.kind == "U" and x.ndim > 0:
        raise CompatTypeError("char input must be a single string")
    return matlab_array(x, "input", char="codes")


def _named(function: str, compute, *args):
    """``compute(*args)`` with its errors named ``function``: the arithmetic here also
    runs outside any decorated routine (intops' ``MatlabInt`` operators), so the name
    is bound here rather than by the decorator."""
    try:
        return compute(*args)
    except CompatError as error:
        raise error.bind(function) from None


def to_int(function: str, x, cls: str) -> np.ndarray:
    """MATLAB's conversion of ``x`` to integer class ``cls`` (always an ndarray);
    errors are named ``function``."""
    return _named(function, _to_int, x, cls)


def _to_int(x, cls):
    a = operand(x)
    if a.dtype.kind == "c":
        if np.any(a.imag != 0):
            raise CompatTypeError("complex integer arrays are not supported by compat; "
                                  "convert real(x) and imag(x) separately")
        a = a.real
    return convert(a, cls)


def convert(a: np.ndarray, cls) -> np.ndarray:
    """MATLAB's conversion of real numeric or logical data ``a`` to the integer class
    ``cls`` (a name such as ``'int8'`` or a dtype): round to nearest with halves away
    from zero, saturate at the class limits, NaN to 0. Always a new array."""
    dt = np.dtype(INT_CLASSES[cls] if isinstance(cls, str) else cls)
    info = np.iinfo(dt)
    if a.dtype == dt:
        return a.copy()
    if a.dtype.kind in "iub":
        if a.dtype.kind == "b":
            return a.astype(dt)
        src = np.iinfo(a.dtype)
        if src.min >= info.min and src.max <= info.max:
            return a.astype(dt)
        # saturate between integer classes; compare through Python ints where the
        # limits are not representable in the source dtype
        out = a.astype(dt)  # wrapped; fixed below
        lo = a < info.min if src.min < info.min else np.zeros(a.shape, bool)
        hi = a > info.max if src.max > info.max else np.zeros(a.shape, bool)
        out = np.where(lo, dt.type(info.min), out)
        out = np.where(hi, dt.type(info.max), out)
        return np.asarray(out, dtype=dt)
    # floating
    f = a.astype(np.float64) if a.dtype != np.float64 else a
    with np.errstate(invalid="ignore"):
        r = round_half_away(f)
        lo = r <= float(info.min)   # float(info.min) is exact (a power of two or 0)
        hi = r >= float(info.max)   # float(info.max) rounds up to 2^k for 64-bit
        nan = np.isnan(r)
        safe = np.where(lo | hi | nan, 0.0, r)
    out = safe.astype(dt)
    out[lo] = info.min
    out[hi] = info.max
    # r == 2^63 - 1 is not a double; r >= 2^63 saturates (above). For uint64 likewise.
    return out


def integer_class(a: np.ndarray, b: np.ndarray) -> str:
    """The integer class of an operation on ``a`` and ``b`` (one must be integer)."""
    ca, cb = matlab_class(a), matlab_class(b)
    ia, ib = ca in INT_CLASSES, cb in INT_CLASSES
    if ia and ib and ca != cb:
        raise CompatTypeError(MIX_MESSAGE)
    if not (ia or ib):
        raise CompatTypeError("at least one operand must be of an integer class")
    other = b if ia else a
    if other.dtype.kind == "c":
        raise CompatTypeError("complex operands are not supported with integer classes")
    return ca if ia else cb


def _operands(a, b):
    a, b = operand(a), operand(b)
    cls = integer_class(a, b)
    try:
        np.broadcast_shapes(a.shape, b.shape)
    except ValueError:
        raise CompatValueError(f"Arrays have incompatible sizes for this operation "
                               f"({a.shape} and {b.shape})") from None
    return a, b, cls


def _is_integer_valued(x: np.ndarray) -> bool:
    if x.dtype.kind in "iub":
        return True
    with np.errstate(invalid="ignore"):
        return bool(np.all(np.isfinite(x) & (x == np.trunc(x))))


def _saturate_object(v: np.ndarray, cls: str) -> np.ndarray:
    """Python-int object array -> class ``cls`` with saturation."""
    lo, hi = intmin(cls), intmax(cls)
    clipped = np.array([min(max(int(t), lo), hi) for t in v.ravel()], dtype=object)
    return clipped.astype(INT_CLASSES[cls]).reshape(v.shape)


def _exact64(a, b) -> bool:
    return _is_integer_valued(a) and _is_integer_valued(b)


def _as_object(x: np.ndarray) -> np.ndarray:
    if x.dtype.kind == "f":
        # integer-valued floats: exact conversion through Python int
        return np.vectorize(lambda t: int(t), otypes=[object])(x) if x.size else x.astype(object)
    return x.astype(object)


def _binary(function, a, b, op):
    return _named(function, _compute, a, b, op)


def _compute(a, b, op):
    a, b, cls = _operands(a, b)
    dt = INT_CLASSES[cls]
    if cls in ("int64", "uint64") and _exact64(a, b):
        # exact path: Python integers (loop over elements: 64-bit products need more
        # than 64 bits, and numpy has no 128-bit integer)
        oa, ob = np.broadcast_arrays(_as_object(a), _as_object(b))
        if op == "times":
            v = oa * ob
        elif op == "plus":
            v = oa + ob
        elif op == "minus":
            v = oa - ob
        else:
            return divide_exact(oa, ob, cls, "round")
        return _saturate_object(np.asarray(v, dtype=object), cls)
    exact = cls in ("int64", "uint64")     # with a fractional operand: see _exact_rational
    if a.dtype == b.dtype and op != "rdivide" and a.dtype.itemsize <= 4 and \
            (op != "times" or a.dtype != np.uint32):
        # same class up to 32 bits: exact in int64 (|products| <= 2^62 except uint32's,
        # which take the double route below), then saturate
        info = np.iinfo(dt)
        # 8/16-bit sums, differences and products fit int32 (|x| <= 2^30), except
        # uint16 products (up to 65535^2); the ufunc widens block by block (no widened
        # copies of the operands) and the clip is done in place
        wide = np.int32 if a.dtype.itemsize <= 2 and \
            (op != "times" or a.dtype != np.uint16) else np.int64
        ufunc = np.add if op == "plus" else (np.subtract if op == "minus" else np.multiply)
        v = ufunc(a, b, dtype=wide)
        return np.clip(v, info.min, info.max, out=v).astype(dt)
    fa = a.astype(np.float64)
    fb = b.astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if op == "plus":
            v = fa + fb
        elif op == "minus":
            v = fa - fb
        elif op == "times":
            v = fa * fb
        else:
            v = fa / fb
    out = convert(np.asarray(v), cls).astype(dt, copy=False)
    return _exact_rational(a, b, op, cls, out) if exact else out


def _exact_rational(a, b, op, cls, out):
    """int64/uint64 with a non-integer operand: the exact rational result rounded half
    away from zero and saturated (double has 53 bits: int64(2^53+1) + 0.5 is 2^53 + 2,
    not 2^53, and int64(2^53+1) * 0.5 is 2^52 + 1). Elements with NaN, Inf or a zero
    divisor keep ``out``, the double route (0, or the saturated limit)."""
    lo, hi = intmin(cls), intmax(cls)
    xa, xb = np.broadcast_arrays(a, b)
    out = np.array(out, copy=True).reshape(xa.shape)
    # the double route (one rounding of operands exact in double) gives the exact
    # answer unless an integer operand exceeds 2^53, the result is beyond 2^51, or the
    # result lies within its rounding error of a half-integer: only those elements
    # are recomputed (the loop costs microseconds per element)
    with np.errstate(all="ignore"):
        fa, fb = xa.astype(np.float64), xb.astype(np.float64)
        v = fa + fb if op == "plus" else fa - fb if op == "minus" else \
            fa * fb if op == "times" else fa / fb
        mag = np.abs(v)
        near_half = np.abs(mag - np.floor(mag) - 0.5) <= mag * 2.0 ** -50
        wide = np.zeros(xa.shape, bool)
        for x in (xa, xb):
            if x.dtype.kind in "iu":
                wide |= (x > 2 ** 53) | ((x < -2 ** 53) if x.dtype.kind == "i" else False)
        if op in ("plus", "minus"):       # Knuth's TwoSum: a half-integer sum is exact
            g = fb if op == "plus" else -fb
            back = v - fa
            near_half &= (fa - (v - back)) + (g - back) != 0
        todo = np.isfinite(v) & (wide | (mag >= 2.0 ** 51) | near_half)
    for index in zip(*np.nonzero(todo)) if todo.ndim else [()] if todo else []:
        try:
            p, q = (Fraction(int(x)) if x.dtype.kind in "iub" else Fraction(float(x))
                    for x in (xa[index], xb[index]))
        except (ValueError, OverflowError):            # NaN or Inf: the double route
            continue
        if op == "rdivide" and q == 0:
            continue
        r = p + q if op == "plus" else p - q if op == "minus" else \
            p * q if op == "times" else p / q
        out[index] = min(max(intdiv_exact(r.numerator, r.denominator, "round"), lo), hi)
    return out


def divide_exact(oa, ob, cls, mode):
    """Exact integer quotient of Python-int object arrays with MATLAB's rounding."""
    lo, hi = intmin(cls), intmax(cls)
    out = []
    for x, y in zip(oa.ravel(), ob.ravel()):
        x, y = int(x), int(y)
        if y == 0:
            q = hi if x > 0 else (lo if x < 0 else 0)
        else:
            q = intdiv_exact(x, y, mode)
        out.append(min(max(q, lo), hi))
    return np.array(out, dtype=object).astype(INT_CLASSES[cls]).reshape(oa.shape)


def intdiv_exact(x: int, y: int, mode: str) -> int:
    """Exact quotient of Python ints x/y (y != 0) rounded by ``mode``."""
    qf, r = divmod(x, y)  # floor quotient
    if r == 0:
        return qf
    if mode == "floor":
        return qf
    if mode == "ceil":
        return qf + 1
    if mode == "fix":
        return qf + 1 if (x < 0) != (y < 0) else qf
    # round half away from zero: compare 2|r| with |y|
    twice = 2 * abs(r)
    if twice > abs(y):
        return qf + 1
    if twice < abs(y):
        return qf
    # exact half: away from zero
    return qf + 1 if (x < 0) == (y < 0) else qf


def plus(a, b, function="plus"):
    return _binary(function, a, b, "plus")


def minus(a, b, function="minus"):
    return _binary(function, a, b, "minus")


def times(a, b, function="times"):
    return _binary(function, a, b, "times")


def rdivide(a, b, function="rdivide"):
    return _binary(function, a, b, "rdivide")


def ldivide(a, b, function="ldivide"):
    return _binary(function, b, a, "rdivide")


def uminus(a, function="uminus"):
    return _named(function, _uminus, a)


def _uminus(a):
    a = operand(a)
    cls = matlab_class(a)
    if cls not in INT_CLASSES:
        raise CompatTypeError("operand must be of an integer class")
    if cls.startswith("u"):
        return np.zeros_like(a)
    info = np.iinfo(a.dtype)
    out = np.negative(a, where=a != info.min, out=np.full_like(a, info.max))
    return out


# ------------------------------------------------------------ sums and products of many
def saturating_accumulate(lines: np.ndarray, op: str, *, cumulative: bool) -> np.ndarray:
    """Running sum/product along the last axis in the integer class of ``lines``,
    saturating at every step (MATLAB integer arithmetic).

    The loop runs over the reduction length only (vectorised across all lines): each
    step is one saturating ``+``/``*`` of whole arrays, which is what the integer
    semantics require (the saturated result depends on the order of the steps).
    """
    dtype = lines.dtype
    info = np.iinfo(dtype)
    K = lines.shape[-1]
    wide = dtype.itemsize < 4 or (dtype.itemsize == 4 and dtype.kind == "i") or \
        (dtype.itemsize == 4 and op == "sum")
    work = np.int64 if wide else object
    lo, hi = int(info.min), int(info.max)
    acc = np.full(lines.shape[:-1], 0 if op == "sum" else 1, dtype=work)
    outs = [] if cumulative else None
    src = lines.astype(work)
    for k in range(K):
        acc = np.asarray(acc + src[..., k] if op == "sum" else acc * src[..., k],
                         dtype=work)
        if work is object:
            acc = np.asarray(np.where(acc > hi, hi, np.where(acc < lo, lo, acc)),
                             dtype=object)
        else:
            acc = np.minimum(np.maximum(acc, lo), hi)
        if cumulative:
            outs.append(acc)
    if cumulative:
        res = np.stack(outs, axis=-1) if outs else np.empty(lines.shape, dtype=work)
        return res.astype(dtype)
    return acc.astype(dtype)
