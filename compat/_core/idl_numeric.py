"""IDL's integer, rounding and arithmetic-type rules, shared by the IDL numeric routines.

Used by ``compat.idl.round/fix/floor/ceil/mod/idiv/histogram/bytscl``.

Sources
-------
* IDL Reference, "Type Conversion Functions": a value outside the range of the target
  integer type keeps only its least-significant bits ("IDL prints -32536" for
  ``FIX(33000)``).
* IDL Reference, CHECK_MATH: converting a float whose magnitude exceeds 2^31-1 to an
  integer is a floating-point *operand error*; the value produced is the hardware's.
  On x86-64 (the platform of every current IDL and GDL build) the C conversion
  (``cvttss2si``/``cvttsd2si``) gives the "integer indefinite" 0x80000000 for NaN,
  +-Inf and out-of-range values; GDL 1.0.1 shows exactly that
  (``long(3e9)``, ``round(3e9)`` -> -2147483648, ``fix(3e9)`` -> 0). compat writes the
  rule out explicitly so it holds on every platform (numpy's own cast is
  platform-dependent and warns).
* IDL Reference, "Math Errors": integer overflow is not detected (INT arithmetic wraps:
  ``32767s + 1s`` is -32768); integer divide by zero is detected and reported as
  "Program caused arithmetic error: Integer divide by 0".
* IDL's binary-operator result type (MOD, IDIV): :func:`compat._core.idl_types.promote`.
"""

from __future__ import annotations


import numpy as np

from compat._core.errors import CompatWarning, legacy_warn
from compat._core.idl_types import idl_array

__all__ = ["IntegerDivideByZeroWarning", "float_to_int", "to_idl_type", "keyword_in_type",
           "integer_divide_warning", "to_integer_result"]


class IntegerDivideByZeroWarning(CompatWarning):
    """IDL's "Program caused arithmetic error: Integer divide by 0" math-error report."""


def float_to_int(x: np.ndarray, dtype) -> np.ndarray:
    """Truncate floats toward zero into integer ``dtype`` the way IDL does on x86-64.

    LONG64 target: 64-bit conversion, NaN/Inf/out of range give -2^63 (the 64-bit
    integer indefinite). ULONG64 target: C's unsigned conversion as x86-64 code does it,
    exact over the whole range 0 <= x < 2^64 (``ULONG64(9.3d18)`` is 9300000000000000000,
    beyond LONG64), negative values through the signed conversion (``ULONG64(-1.0)`` is
    2^64 - 1), 2^64 and above and +Inf give 0, NaN and -Inf 2^63 (GDL 1.0.1 bit for bit).
    LONG: 32-bit conversion, invalid gives -2^31. ULONG: through the 64-bit conversion,
    low 32 bits. INT, UINT, BYTE: through the 32-bit conversion, then the low 16/16/8
    bits (``FIX(40000.0)`` is -25536, ``FIX(3e9)`` is 0).
    """
    dtype = np.dtype(dtype)
    x = np.asarray(x)
    wide = np.int64 if dtype in (np.dtype(np.int64), np.dtype(np.uint64),
                                 np.dtype(np.uint32)) else np.int32
    info = np.iinfo(wide)
    t = np.trunc(x.astype(np.float64))
    with np.errstate(invalid="ignore"):
        valid = np.isfinite(t) & (t >= info.min) & (t < -float(info.min))
        out = np.where(valid, t, 0.0).astype(wide)
    out = np.where(valid, out, wide(info.min))
    if dtype == np.dtype(np.uint64):
        # x86-64 code converts x >= 2^63 as (x - 2^63) with the top bit set again: exact
        # below 2^64, 0 from 2^64 on (the indefinite -2^63 with its top bit flipped)
        with np.errstate(invalid="ignore"):
            high = t >= 2.0 ** 63
            top = np.where(high & (t < 2.0 ** 64), t - 2.0 ** 63, 0.0).astype(np.uint64)
        top = np.where(t < 2.0 ** 64, top + np.uint64(2 ** 63), np.uint64(0))
        return np.where(high, top, out.astype(np.uint64))
    return out.astype(dtype)  # integer -> integer casts keep the low bits (wrap)


def to_idl_type(a: np.ndarray, dtype) -> np.ndarray:
    """IDL's conversion of ``a`` to ``dtype`` (FIX(..., TYPE=), keyword conversion)."""
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        if a.dtype.kind == "c":
            a = a.real
        if a.dtype.kind == "f":
            return float_to_int(a, dtype)
        return a.astype(dtype)  # wraps: the low bits are kept, as IDL documents
    if dtype.kind == "f" and a.dtype.kind == "c":
        return a.real.astype(dtype)
    return a.astype(dtype)


def keyword_in_type(value, name: str, dtype):
    """A one-value real keyword (MIN=, MAX=, BINSIZE= ...) read by :func:`idl_array` and
    converted to the array's type, as IDL converts such keywords ("MAX is converted to
    the data type of the input array"); returns a numpy scalar of ``dtype``."""
    v = idl_array(value, name, complex_ok=False, scalar=True)
    return to_idl_type(v, dtype)[()]


def integer_divide_warning() -> None:
    """IDL's "Program caused arithmetic error: Integer divide by 0", named after the
    running routine (MOD, IDIV)."""
    legacy_warn("Program caused arithmetic error: Integer divide by 0",
                IntegerDivideByZeroWarning)


def to_integer_result(x, op, l64: bool) -> np.ndarray:
    """ROUND/FLOOR/CEIL: ``op`` (exact, float in float out) then IDL's integer result.

    Integer input is returned unchanged with its type (LONG64 with /L64); float input
    gives LONG (x86 conversion rule of :func:`float_to_int`) or LONG64 with /L64.
    """
    a = idl_array(x, "X", complex_ok=False, empty_ok=True)
    target = np.dtype(np.int64) if l64 else np.dtype(np.int32)
    if a.dtype.kind in "iu":
        return a.astype(np.int64) if l64 else a.copy()
    return float_to_int(op(a), target)
