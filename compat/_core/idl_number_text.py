"""IDL's numbers as text and text as numbers: the free formats, PRINT's layout, the text of
one value under a format code, and IDL's string-to-number rules.

Part of IDL's one formatting engine (with :mod:`compat._core.idl_format`, the FORMAT
language and its output, and :mod:`compat._core.idl_text_input`, READS/READF input):

* :func:`free_text` / :func:`free_records` give IDL's default ("free") formats, element
  by element or laid out as PRINT lays them out; :func:`string_of_bytes` is STRING of a
  BYTE argument;
* :func:`fixed_text`, :func:`sci_text`, :func:`auto_text`, :func:`int_text`,
  :func:`nonfinite_text`, :func:`place` are the text of one value under the ``F``/``E``/
  ``G``/``I``-family codes; :func:`int_texts` and the ``_fast_*`` helpers build the same
  text for whole arrays at once;
* :func:`number_from_text`, :func:`parse_number`, :func:`text_to_type`,
  :func:`convert_text`, :func:`text_codes` are IDL's string-to-number rules (BYTE, FIX,
  LONG, FLOAT ... of strings, and the numbers a format code reads).

Sources of the rules (facts only; the code is compat's own)
-----------------------------------------------------------
Those of the formatting engine, listed in :mod:`compat._core.idl_format` (IDL's *Format
Codes*, *Using Free Format Input/Output*, *STRING* and *Type Conversion Functions*
documentation; GDL 1.0.1 where it is silent, GDL divergences recorded in
``reference_outputs/idl/``).

Free format (no FORMAT)
-----------------------
BYTE ``%4d`` (but STRING of one BYTE argument converts the codes to characters), INT
and UINT ``%8d``, LONG and ULONG ``%12d``, LONG64 and ULONG64 ``%22d``, FLOAT C's
``%#13.6g``, DOUBLE ``%#16.8g`` (the ``#`` keeps trailing zeros and the point:
``STRING(2.5)`` is ``'      2.50000'``, ``STRING(100000.)`` is ``'      100000.'``,
``STRING(1e6)`` is ``'  1.00000e+06'``), COMPLEX ``'(' re ',' im ')'`` with the FLOAT
format for each part (DCOMPLEX with the DOUBLE format), STRING as is. IDL formats with
C's ``sprintf`` ("IDL uses the standard I/O function sprintf to do its formatting"),
so the style (fixed or exponent) is chosen after rounding to 6 (8) digits; GDL 1.0.1
chooses it from ``floor(log10(|x|))`` before rounding and differs at the boundaries
(``999999.7`` is ``'  1.00000e+06'`` in C, ``'     1000000.'`` in GDL).

Text to numbers
---------------
:func:`parse_number`: leading blanks and tabs are skipped, then the longest prefix that
is a number of the target kind is converted (``FIX('  12abc')`` is 12, ``FIX('12.7')``
12, ``LONG('1.5e3')`` 1: integer targets read an optional sign and digits, float
targets C's ``strtod`` syntax with ``d``/``D`` as exponent letters, ``Inf``,
``Infinity`` and ``NaN``); integers out of range keep their low bits (``FIX('40000')``
is -25536). A string with no number at all (an empty string excepted, which is 0)
gives IDL's warning ``Type conversion error: Unable to convert given STRING to
<Type>.`` and 0.
"""

from __future__ import annotations

import math
import re

import numpy as np

from compat._core.errors import CompatValueError, legacy_warn

__all__ = ["FREE_INT_WIDTH", "TYPE_NAME", "free_text", "string_of_bytes",
           "fixed_text", "sci_text", "auto_text", "int_text", "int_texts", "nonfinite_text",
           "place", "float_free_text", "number_from_text", "parse_number", "text_to_type",
           "text_codes", "convert_text"]


# ------------------------------------------------------------------------- IDL types
_U8, _I16, _U16 = np.dtype(np.uint8), np.dtype(np.int16), np.dtype(np.uint16)
_I32, _U32 = np.dtype(np.int32), np.dtype(np.uint32)
_I64, _U64 = np.dtype(np.int64), np.dtype(np.uint64)
_F32, _F64 = np.dtype(np.float32), np.dtype(np.float64)
_C64, _C128 = np.dtype(np.complex64), np.dtype(np.complex128)

#: free-format widths of the integer types (``%4d`` ... ``%22d``)
FREE_INT_WIDTH = {_U8: 4, _I16: 8, _U16: 8, _I32: 12, _U32: 12, _I64: 22, _U64: 22}
#: IDL type names (for messages)
TYPE_NAME = {_U8: "Byte", _I16: "Integer", _U16: "Unsigned Integer", _I32: "Long",
             _U32: "Unsigned Long", _I64: "Long64", _U64: "Unsigned Long64",
             _F32: "Float", _F64: "Double", _C64: "Complex", _C128: "DComplex"}

# default widths of I/O/Z and B when w is omitted (IDL Reference, "B, I, O, and Z
# Format Codes", tables "Integer Format Defaults"); keys are the source types
_I_WIDTH = {_U8: 7, _I16: 7, _U16: 7, _I32: 12, _U32: 12, _F32: 12, _I64: 22, _U64: 22,
            _F64: 23}
_B_WIDTH = {_U8: 8, _I16: 16, _U16: 16, _I32: 32, _U32: 32, _I64: 64, _U64: 64}
# two's complement width of B/O/Z output: the C type the value is printed as (BYTE as
# INT, UINT as LONG, floats and complex as LONG64: GDL 1.0.1)
_INT_BITS = {_U8: 16, _I16: 16, _U16: 32, _I32: 32, _U32: 32, _I64: 64, _U64: 64}


# ------------------------------------------------------------------- number to text
def nonfinite_text(x: float, double: bool, w: int, plus: bool = False,
                   left: bool = False, zero: bool = False) -> str:
    """NaN/Inf/Infinity in a field (GDL 1.0.1's placement: ``+`` flag gives ``+NaN``,
    ``0`` pads with zeros after the sign, width 0 is natural)."""
    symbol = "NaN" if math.isnan(x) else ("Infinity" if double else "Inf")
    sign = "-" if math.copysign(1.0, x) < 0 else "+"
    signed = plus or sign == "-"
    size = len(symbol) + signed
    if w <= 0:
        w = size
    if w < size:
        return "*" * w
    if left:
        return ((sign if signed else "") + symbol).ljust(w)
    if zero:
        return (sign + symbol.rjust(w - 1, "0")) if signed else symbol.rjust(w, "0")
    return ((sign if signed else "") + symbol).rjust(w)


def place(s: str, w: int, left: bool = False, zero: bool = False) -> str:
    """A formatted number in its field: natural width (``w`` 0), asterisks when it does
    not fit, left-justified (``-``), zero-filled after the sign (leading ``0`` of the
    width), else right-justified."""
    if w == 0:
        return s
    if len(s) > w:
        return "*" * w
    if left:
        return s.ljust(w)
    if zero:
        if s[:1] in "+-":
            return s[0] + s[1:].rjust(w - 1, "0")
        return s.rjust(w, "0")
    return s.rjust(w)


def fixed_text(x: float, d: int, plus: bool = False) -> str:
    """C's ``%.df`` of the exact value; ``d`` 0 keeps the point (``'2.'``)."""
    s = f"{x:+.{d}f}" if plus else f"{x:.{d}f}"
    return s + "." if d == 0 else s


def sci_text(x: float, d: int, plus: bool = False, upper: bool = True) -> str:
    """C's ``%.de`` (``%.dE`` when ``upper``): at least two exponent digits."""
    s = f"{x:+.{d}e}" if plus else f"{x:.{d}e}"
    return s.upper() if upper else s


def _pow_ten(x: float, single: bool) -> int:
    """``floor(log10(|x|))`` as GDL computes it (``log10f`` for FLOAT data: the double
    logarithm rounded to float32)."""
    v = math.log10(abs(x))
    if single:
        v = float(np.float32(v))
    return math.floor(v)


def _g_text(x: float, precision: int, plus: bool, upper: bool) -> str:
    """C++'s default float output with ``precision`` (C's ``%g``, no ``#``)."""
    s = f"{x:+.{precision}g}" if plus else f"{x:.{precision}g}"
    return s.upper() if upper else s


def auto_text(x: float, w: int, d: int, plus: bool = False, upper: bool = True,
              single: bool = False) -> str:
    """The text of the G code (before placement), GDL 1.0.1's rule (IDL documents only
    "F output style when reasonable and E for other values, ... exactly d significant
    digits").

    With ``p = floor(log10|x|)`` and ``k = max(p + 1, 1)`` digits before the point:

    * ``w`` 0 and ``-d < p < d`` and a fractional part below ``10**-d``: the integer;
    * ``p`` 0 or ``-d+1 < p < d``: fixed with ``d - k (+ -p when p < 0)`` decimals (no
      decimals, but a point, when ``d <= k`` and ``w > 0``);
    * else scientific.

    The scientific candidate has ``d - 1`` mantissa decimals (``w`` 0: C's ``%g`` with
    ``max(d, 6)`` digits); the fixed text is used unless it is longer. Zero is fixed
    with ``d - 1`` decimals (just ``'0'`` at width 0).
    """
    fixed = None
    fix_len = 1
    if x == 0:
        if w <= 0:
            return "+0" if plus else "0"
        fixed = f"{x:+.{d - 1 if d > 0 else 6}f}" if plus else f"{x:.{d - 1 if d > 0 else 6}f}"
    else:
        p = _pow_ten(x, single)
        fix_len = p + 1 if p > 0 else 1
        if w == 0 and -d < p < d and (x - math.floor(x)) < 10.0 ** (-d):
            fixed = f"{x:+.0f}" if plus else f"{x:.0f}"
        elif p == 0 or (-d + 1 < p < d):
            prec = d - fix_len + (-p if p < 0 else 0) if d > fix_len else 0
            fixed = f"{x:+.{prec}f}" if plus else f"{x:.{prec}f}"
            if d <= fix_len and w > 0:
                fixed += "."
        else:
            fix_len = 0
    if w == 0:
        sci = _g_text(x, max(d, 6), plus, upper)
    else:
        sci = sci_text(x, d - 1 if d > 0 else 0, plus, upper)
    if fix_len == 0 or len(fixed) > len(sci):
        return sci
    return fixed


def float_free_text(x: float, double: bool) -> str:
    """IDL's free format of one FLOAT (``%#13.6g``) or DOUBLE (``%#16.8g``) value."""
    if not math.isfinite(x):
        return nonfinite_text(x, double, 16 if double else 13)
    return f"{x:#16.8g}" if double else f"{x:#13.6g}"


def _binary_digits(value: int, bits: int, w: int, m: int | None, left: bool,
                   zero: bool) -> str:
    """B's digits of ``value`` (>= 0 after two's complement); zero has GDL 1.0.1's own
    field (``m`` zeros right-justified in ``w``, else a 0 in the last column)."""
    if value == 0:
        if w <= 0 or left:
            return "0"
        if m:
            return " " * (w - m) + "0" * m if m <= w else " " * (w + 10)
        return ("0" if zero else " ") * (w - 1) + "0"
    digits = format(value, "b")
    if len(digits) > (w if w > 0 else bits):
        return "*" * w
    return digits


def int_text(value: int, bits: int, base: str, w: int, m: int | None, plus: bool = False,
             left: bool = False, zero: bool = False) -> str:
    """I/B/O/Z output of one integer (``base`` one of ``'I' 'B' 'O' 'Z' 'z'``).

    ``bits`` is the two's complement width of negative values in B/O/Z. ``m`` (the
    ``.m`` minimum digit count, ignored when ``w`` is 0 as IDL documents) zero-fills the
    digits; the sign of I stays in front (``I6.4`` of -25 is ``' -0025'``).
    """
    if base == "I":
        digits = str(value) if value < 0 or not plus else "+" + str(value)
    else:
        if value < 0:
            value += 1 << bits
        if base == "B":
            digits = _binary_digits(value, bits, w, m if w else None, left, zero)
        elif base == "O":
            digits = format(value, "o")
        elif base == "Z":
            digits = format(value, "X")
        else:
            digits = format(value, "x")
    if m and w:
        if digits[:1] in "+-":
            digits = digits[0] + digits[1:].rjust(m, "0")
        else:
            digits = digits.rjust(m, "0")
        zero = False
    return place(digits, w, left, zero)


# ------------------------------------------------------------------------ free format
def _free_item(value, source: np.dtype) -> str:
    """Free-format text of one item (a complex part counts as its float type)."""
    kind = source.kind
    if kind == "U":
        return str(value)
    if kind in "iu":
        return f"{int(value):>{FREE_INT_WIDTH[source]}d}"
    return float_free_text(float(value), source in (_F64, _C128))


def _free_element(value, dtype: np.dtype) -> str:
    """Free-format text of one element of an array (complex as ``(re,im)``)."""
    if dtype.kind == "c":
        double = dtype == _C128
        return (f"({float_free_text(float(value.real), double)},"
                f"{float_free_text(float(value.imag), double)})")
    return _free_item(value, dtype)


def free_text(a: np.ndarray) -> np.ndarray:
    """Free-format text of every element of ``a`` (same shape, numpy ``str`` array).

    STRING of one numeric or string argument without FORMAT: each element formatted
    alone (``STRING([1, 2])`` is ``['       1', '       2']``).
    """
    a = np.asarray(a)
    kind = a.dtype.kind
    if kind == "U":
        return a.copy()
    fast = _fast_free(a)
    if fast is not None:
        return fast
    flat = a.ravel()
    out = [_free_element(v, a.dtype) for v in flat.tolist()] if kind in "iu" else \
        [_free_element(v, a.dtype) for v in flat]
    return np.array(out, dtype=str).reshape(a.shape)


def string_of_bytes(a: np.ndarray):
    """STRING of one BYTE argument: the codes as characters, one dimension fewer (IDL's
    first dimension, numpy's last axis), each string ending at its first zero byte."""
    a = np.asarray(a, dtype=np.uint8)
    if a.ndim == 0:
        v = int(a)
        return chr(v) if v else ""
    rows = a.reshape(-1, a.shape[-1])
    out = []
    for row in rows:
        data = row.tobytes()
        cut = data.find(b"\x00")
        if cut >= 0:
            data = data[:cut]
        out.append(data.decode("latin-1"))
    if a.ndim == 1:
        return out[0]
    return np.array(out, dtype=str).reshape(a.shape[:-1])


# ------------------------------------------------------------------ vectorised paths
def _left_justify(buf: np.ndarray, start: np.ndarray) -> np.ndarray:
    """Rows of a right-justified UCS-4 buffer moved left by ``start`` columns."""
    w = buf.shape[1]
    source = np.arange(w)[None, :] + np.asarray(start)[:, None]
    moved = np.where(source < w, np.take_along_axis(buf, np.minimum(source, w - 1), 1), 32)
    return np.ascontiguousarray(moved, dtype=np.uint32)


def _digits_to_text(neg: np.ndarray, ip: np.ndarray, fp: np.ndarray | None, d: int,
                    w: int, plus: bool, left: bool, zero: bool,
                    point: bool = True) -> np.ndarray:
    """Fixed-point text of integer parts ``ip`` and ``d``-digit fractions ``fp`` (or
    integers, ``point=False``) in fields of ``w`` (> 0) columns, built column by column
    as UCS-4 code points (viewed as a numpy ``str`` array without a copy). A value
    that needs more than ``w`` columns is ``w`` asterisks, as IDL prints it."""
    n = ip.size
    small = np.uint32 if (n == 0 or int(ip.max()) < 2 ** 32) else np.uint64
    ip = ip.astype(small)
    if fp is not None:
        fp = fp.astype(np.uint32 if d <= 9 else np.uint64)
    nd = np.ones(n, dtype=np.int64)             # integer digits (at least 1)
    t = ip // small(10)
    while t.any():
        nd += t > 0
        t //= small(10)
    signed = (neg | plus) if plus else neg
    pt = 1 if point else 0
    length = nd + signed + pt + d
    over = length > w
    if over.any():
        out = np.full(n, "*" * w, dtype=f"<U{w}")
        keep = np.flatnonzero(~over)
        if keep.size:
            out[keep] = _digits_to_text(neg[keep], ip[keep],
                                        None if fp is None else fp[keep], d, w, plus, left,
                                        zero, point)
        return out
    buf = np.full((n, w), 32, dtype=np.uint32)
    if d:
        f = fp.copy()
        ten = f.dtype.type(10)
        for k in range(d):
            q = f // ten
            buf[:, w - 1 - k] = f - q * ten + 48
            f = q
    if point:
        buf[:, w - 1 - d] = 46                   # '.'
    v = ip.copy()
    ten = v.dtype.type(10)
    for j in range(int(nd.max()) if n else 0):
        col = w - 1 - d - pt - j
        q = v // ten
        digit = (v - q * ten + 48).astype(np.uint32)
        buf[:, col] = np.where(j < nd, digit, 32) if j else digit
        v = q
    start = w - length                           # first column of the right-justified text
    if zero and not left:
        columns = np.arange(w)[None, :]
        fill = (columns >= signed[:, None]) & (columns < (start + signed)[:, None])
        buf[fill] = 48
        start = np.zeros(n, dtype=np.int64)
    if signed.any():
        sign = np.where(neg, 45, 43).astype(np.uint32)
        rows = np.flatnonzero(signed)
        buf[rows, start[rows]] = sign[rows]
    if left:
        buf = _left_justify(buf, start)
    return buf.view(f"<U{w}").reshape(n)


def _decimal_digits(ax: np.ndarray, digits: int):
    """``(e, m, exact)``: the decimal exponent and the ``digits`` significant digits (an
    integer, rounded half to even as C rounds the exact value) of positive finite
    ``ax``; ``exact`` False where the float64 product is within 1e-6 of a rounding tie
    or out of range (those values need the general path)."""
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        safe = (ax > 1e-280) & (ax < 1e280)
        e = np.where(safe, np.floor(np.log10(np.where(safe, ax, 1.0))), 0).astype(np.int64)
        top = 10.0 ** digits
        for _ in range(2):      # correct a log10 estimate that is off by one
            m = np.rint(ax * 10.0 ** (digits - 1 - e))
            up = safe & (m >= top)
            down = safe & (m < top / 10)
            if not (up.any() or down.any()):
                break
            e = e + up - down
        y = ax * 10.0 ** (digits - 1 - e)
        m = np.rint(y)
        exact = safe & (np.abs(y - np.floor(y) - 0.5) >= 1e-6) & (m < top) & (m >= top / 10)
    return e, np.where(exact, m, 0).astype(np.uint64), exact


def _sci_buffer(neg, m, e, digits: int, exp_digits: int, width: int, plus: bool = False,
                upper: bool = False, left: bool = False) -> np.ndarray:
    """``d.dddd e+XX`` of the digit integers ``m`` (``digits`` of them) and decimal
    exponents ``e`` (C's ``%.{digits-1}e``; no point when ``digits`` is 1), in fields
    of ``width`` columns (asterisks when too narrow)."""
    n = m.size
    signed = (neg | plus) if plus else neg
    length = signed + 1 + (digits if digits > 1 else 0) + 2 + exp_digits
    if (length > width).any():
        out = np.full(n, "*" * width, dtype=f"<U{width}")
        keep = np.flatnonzero(length <= width)
        if keep.size:
            out[keep] = _sci_buffer(neg[keep], m[keep], e[keep], digits, exp_digits, width,
                                    plus, upper, left)
        return out
    buf = np.full((n, width), 32, dtype=np.uint32)
    col = width - 1
    ae = np.abs(e)
    for _ in range(exp_digits):
        buf[:, col] = ae % 10 + 48
        ae //= 10
        col -= 1
    buf[:, col] = np.where(e < 0, 45, 43)
    col -= 1
    buf[:, col] = 69 if upper else 101           # 'E' / 'e'
    col -= 1
    v = m.astype(np.uint64)
    for _ in range(digits - 1):
        buf[:, col] = v % 10 + 48
        v //= 10
        col -= 1
    if digits > 1:
        buf[:, col] = 46
        col -= 1
    buf[:, col] = v % 10 + 48
    col -= 1
    if signed.any():
        buf[:, col] = np.where(neg, 45, np.where(signed, 43, 32))
    if left:
        buf = _left_justify(buf, width - length)
    return buf.view(f"<U{width}").reshape(n)


def int_texts(flat: np.ndarray, w: int, plus: bool = False, left: bool = False,
              zero: bool = False) -> np.ndarray:
    """Decimal text of every integer of ``flat`` in ``w`` columns (``Iw`` and the free
    formats), vectorised; asterisks where a value does not fit."""
    dtype = flat.dtype
    if dtype.kind == "u":
        neg = np.zeros(flat.size, dtype=bool)
        mag = flat.astype(np.uint64)
    else:
        neg = flat < 0
        wide = flat.astype(np.int64)
        mag = np.where(neg, (~wide).astype(np.uint64) + np.uint64(1), wide.astype(np.uint64))
    plus = plus and dtype not in (_U32, _U64)
    return _digits_to_text(neg, mag, None, 0, w, plus, left, zero, point=False)

def _fast_free(a: np.ndarray) -> np.ndarray | None:
    """Free-format text of a whole integer or float array at once (None: general)."""
    kind = a.dtype.kind
    if a.size < 64 or kind not in "iuf":
        return None
    flat = a.ravel()
    if kind in "iu":
        return int_texts(flat, FREE_INT_WIDTH[a.dtype]).reshape(a.shape)
    return _fast_free_float(flat, a.dtype == _F64).reshape(a.shape)


def _fast_free_float(flat: np.ndarray, double: bool) -> np.ndarray:
    """C's ``%#13.6g`` (``%#16.8g`` for DOUBLE) of a float array, vectorised.

    ``P`` significant digits and the decimal exponent ``e`` come from
    :func:`_decimal_digits`; values next to a rounding tie, non-finite values and
    extreme magnitudes go through :func:`float_free_text` (the definition). The layout is
    fixed (``-4 <= e < P``: ``P - 1 - e`` decimals, the point always kept) or exponent
    (``d.ddddde+XX``), right-justified in 13 (16) columns."""
    digits, width = (8, 16) if double else (6, 13)
    n = flat.size
    out = np.empty(n, dtype=f"<U{width}")
    x = flat.astype(np.float64)
    ax = np.abs(x)
    neg = np.signbit(x)
    zero = ax == 0
    e, m, exact = _decimal_digits(ax, digits)
    exact |= zero
    e = np.where(zero, 0, e)
    fixed = exact & (e >= -4) & (e < digits)
    sci = exact & ~fixed
    decimals = digits - 1 - e
    for dec in np.unique(decimals[fixed]).tolist():
        rows = np.flatnonzero(fixed & (decimals == dec))
        scale = np.uint64(10 ** dec)
        out[rows] = _digits_to_text(neg[rows], m[rows] // scale,
                                    m[rows] % scale if dec else None, dec, width,
                                    False, False, False)
    if sci.any():
        exp_digits = np.where(np.abs(e) >= 100, 3, 2)
        for ed in (2, 3):
            rows = np.flatnonzero(sci & (exp_digits == ed))
            if rows.size:
                out[rows] = _sci_buffer(neg[rows], m[rows], e[rows], digits, ed, width)
    for i in np.flatnonzero(~exact).tolist():
        out[i] = float_free_text(float(x[i]), double)
    return out


# ------------------------------------------------------------------- text to numbers
_INT_PREFIX = re.compile(r"[ \t]*([+-]?\d+)")
_FLOAT_PREFIX = re.compile(
    r"[ \t]*([+-]?(?:0[xX](?:[0-9a-fA-F]+\.?[0-9a-fA-F]*|\.[0-9a-fA-F]+)"
    r"(?:[pP][+-]?\d+)?|(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?|infinity|inf|nan))",
    re.IGNORECASE)
_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(1 << 63), (1 << 63) - 1, (1 << 64) - 1


def _float_token(token: str) -> float:
    low = token.lower()
    body = low.lstrip("+-")
    negative = low.startswith("-")
    if body in ("inf", "infinity", "nan"):
        value = math.nan if body == "nan" else math.inf
    elif body.startswith("0x"):
        value = float.fromhex(body)
    else:
        value = float(body.replace("d", "e"))
    return -value if negative else value


def _parse_text(text: str, kind: str):
    """``(value, ok)``: the number at the start of ``text`` (after blanks and tabs) as a
    Python int (``kind`` 'i': an optional sign and digits, as C's ``strtoll``) or float
    ('f': C's ``strtod`` syntax, ``d``/``D`` exponents too); ``ok`` False when there is
    none."""
    if kind == "i":
        m = _INT_PREFIX.match(text)
        return (int(m.group(1)), True) if m else (0, False)
    m = _FLOAT_PREFIX.match(text)
    if not m:
        return 0.0, False
    return _float_token(m.group(1)), True


def _wrap(value: int, dtype: np.dtype) -> int:
    """An integer of any size into ``dtype``: saturated to 64 bits as ``strtoll`` /
    ``strtoull`` do, then its low bits (IDL's silent truncation)."""
    if dtype.kind == "u":
        if value > _UINT64_MAX:
            value = _UINT64_MAX
        elif value < -_UINT64_MAX:
            value = -_UINT64_MAX
    else:
        value = min(max(value, _INT64_MIN), _INT64_MAX)
    bits = 8 * dtype.itemsize
    value &= (1 << bits) - 1
    if dtype.kind == "i" and value >= 1 << (bits - 1):
        value -= 1 << bits
    return value


def float32_midpoint_suspects(x: np.ndarray, f: np.ndarray) -> np.ndarray:
    """Indices of the doubles ``x`` (1-D float64) that may lie exactly halfway between
    two adjacent float32 values, given ``f``, ``x`` rounded to float32: a superset of
    the midpoints, in two bit tests instead of a dozen array passes. Where ``2**-126 <
    |f| < 2**127``, ``x`` lies in float32's normal range and is a midpoint exactly when
    its 29 significand bits below float32's last one are 1 then 28 zeros; every other
    element (zero, near or below the subnormals, near or past overflow, Inf, NaN) is a
    suspect, and the caller's own full midpoint test decides for all the suspects.
    Double rounding (text -> double -> float32) can differ from strtof's rounding of the
    text only at those midpoints."""
    suspect = (x.view(np.uint64) & np.uint64(0x1FFFFFFF)) == np.uint64(0x10000000)
    magnitude = f.view(np.uint32) & np.uint32(0x7FFFFFFF)
    magnitude -= np.uint32(0x00800001)          # wraps below, so one comparison
    suspect |= magnitude > np.uint32(0x7F000000 - 1 - 0x00800001)
    return np.flatnonzero(suspect)


def _to_float32(token: str, value: float) -> np.float32:
    """``value`` (the correctly rounded double of ``token``) rounded to float32 as
    ``strtof`` rounds the decimal text itself (double rounding corrected)."""
    with np.errstate(over="ignore"):
        f = np.float32(value)
    if not math.isfinite(value) or float(f) == value:
        return f
    with np.errstate(over="ignore"):
        lo = np.nextafter(f, np.float32(-np.inf)) if float(f) > value else f
        hi = np.nextafter(lo, np.float32(np.inf))
    mid = (float(lo) + float(hi)) / 2
    if mid != value:
        return f
    from fractions import Fraction
    body = token.lower().replace("d", "e")
    try:
        exact = Fraction(body)
    except ValueError:
        return f
    if exact == Fraction(mid):
        return f  # a true tie: round half to even, as numpy did
    return hi if exact > Fraction(mid) else lo


def number_from_text(text: str, dtype: np.dtype):
    """IDL's conversion of one string to ``dtype`` (integer, float or complex), or None
    when the string holds no number (module docstring, "Text to numbers")."""
    if dtype.kind in "iu":
        value, ok = _parse_text(text, "i")
        return dtype.type(_wrap(value, dtype)) if ok else None
    m = _FLOAT_PREFIX.match(text)
    if not m:
        return None
    value = _float_token(m.group(1))
    if dtype == _F32:
        return _to_float32(m.group(1), value)
    if dtype == _C64:
        return dtype.type(complex(_to_float32(m.group(1), value), 0.0))
    return dtype.type(value)


def text_to_type(text, dtype) -> np.ndarray:
    """Convert strings to an IDL numeric type element-wise (BYTE/FIX/LONG/FLOAT... of a
    string). A string without a number gives 0 and one ``compat.CompatWarning`` (IDL's
    "Type conversion error: Unable to convert given STRING ..." message) per call (IDL prints its message and goes on); ``''`` gives 0 silently. Returns an
    array of the text's shape (0-d for a scalar)."""
    dtype = np.dtype(dtype)
    t = np.asarray(text)
    flat = t.reshape(-1).tolist()
    out = np.zeros(len(flat), dtype=dtype)
    bad = None
    for i, s in enumerate(flat):
        value = number_from_text(s, dtype)
        if value is None:
            if s != "" and bad is None:
                bad = s
            continue
        out[i] = value
    if bad is not None:
        _conversion_warning(bad, dtype)
    return out.reshape(t.shape)


def text_codes(text) -> np.ndarray:
    """BYTE of text: the character codes with one more dimension (IDL's first, numpy's
    last axis), zero-padded to the longest string; a scalar string gives a 1-D array
    (``BYTE('')`` is ``[0]``, as GDL 1.0.1 returns)."""
    a = np.asarray(text)
    flat = a.reshape(-1).tolist()
    width = max(1, max((len(s) for s in flat), default=1))
    out = np.zeros((len(flat), width), dtype=np.uint8)
    for i, s in enumerate(flat):
        try:
            data = s.encode("latin-1")
        except UnicodeEncodeError:
            raise CompatValueError(f"Expression holds characters outside Latin-1 "
                                   f"({s!r}): IDL strings are bytes") from None
        out[i, :len(data)] = np.frombuffer(data, dtype=np.uint8)
    return out.reshape(a.shape + (width,))


def convert_text(text, dtype, print_: bool = False) -> np.ndarray:
    """IDL's conversion of text to a numeric type (BYTE, FIX, LONG ... of strings): to
    BYTE the character codes (:func:`text_codes`) unless ``print_`` (/PRINT), else the
    numbers read by :func:`text_to_type`."""
    dtype = np.dtype(dtype)
    if dtype == _U8 and not print_:
        return text_codes(text)
    return text_to_type(text, dtype)


def parse_number(text: str, dtype, *, warn: bool = True):
    """IDL's conversion of one string to ``dtype``: the numpy scalar, 0 (with a
    ``compat.CompatWarning`` unless ``warn`` is False) when there is no number."""
    dtype = np.dtype(dtype)
    value = number_from_text(text, dtype)
    if value is None:
        if warn and text != "":
            _conversion_warning(text, dtype, prefix=False)
        return dtype.type(0)
    return value


def _conversion_warning(text: str, dtype: np.dtype, prefix: bool = True) -> None:
    """IDL's conversion warning, named after the running routine (``FIX: Type conversion
    error: ...``; :func:`text_to_type`, :func:`convert_text`) or, for
    :func:`parse_number`, unnamed."""
    name = TYPE_NAME.get(dtype, str(dtype))
    legacy_warn(f"Type conversion error: Unable to convert given STRING: {text!r} to "
                f"{name}.", prefix=prefix)
