"""IDL's formatting engine: format codes, format reversion, free format, number text.

One module for everything that turns IDL data into text and text back into IDL data, so
STRING, READS and later PRINT/PRINTF/READF share it:

* :func:`parse_format` reads a ``FORMAT=`` string (FORTRAN style ``'(I5, 2(F8.3))'`` and
  C style ``'(%"x=%d")'``/``'%5.2f'``) into a :class:`Format` tree (cached);
* :func:`format_records` runs a format over data and returns the output *records* (one
  per line: STRING returns them as a string array);
* :func:`free_text` / :func:`free_records` give IDL's default ("free") formats, element
  by element or laid out as PRINT lays them out;
* :func:`read_values` reads text back into variables (READS), free format or with a
  format; :func:`parse_number` is IDL's string-to-number rule of BYTE/FIX/LONG/FLOAT/...

Sources of the rules (facts only; the code is compat's own)
-----------------------------------------------------------
IDL Reference Guide / "Programming in IDL", *Format Codes* ("Syntax of Format Codes",
"Padding and Natural Width Formatting", "A Format Code", "B, I, O, and Z Format Codes",
"F, D, E, and G Format Codes", "Quoted String and H Format Codes", ": Format Code",
"$ Format Code", "T, TL, TR and X Format Codes", "C printf-Style Quoted String Format
Code"), *Using Explicitly Formatted Input/Output* (record terminators, groups,
reversion), *Using Free Format Input/Output*, *STRING*, *Type Conversion Functions*
("Converting Strings": a string that holds no number gives a warning and 0).
Where the documentation is silent the behaviour of GNU Data Language 1.0.1 (GDL, the
open clone, whose captures are the golden files) is followed, and said so below; where
GDL contradicts the documentation the case is recorded as a GDL divergence in
``reference_outputs/idl/``.

Format codes (output)
---------------------
``[n]C[+][-][w][.d]``: ``n`` repeat count, ``+`` sign for positive numbers (numeric codes
only; B, O, Z accept and ignore it), ``-`` left-justify, ``w`` width (a leading ``0`` pads
with zeros; ``0`` alone is the *natural* width, no padding), ``.d`` digits.

* ``A[w]``: text. Without ``w`` (or ``w`` 0) the whole string; with ``w`` the first ``w``
  characters, right-justified (``A-w`` left). Numbers are first converted with their
  free format (``STRING(2.5, FORMAT='(A)')`` is ``'      2.50000'``).
* ``I``, ``B``, ``O``, ``Z`` ``[w][.m]``: decimal, binary, octal, hexadecimal (``Z``
  upper-case digits, ``z`` lower-case); ``m`` minimum digits (zero-filled; ignored when
  ``w`` is 0). Floats are truncated toward zero to a 64-bit integer. Negative values in
  B/O/Z are the two's complement of the type's width (INT and BYTE 16 bits, LONG 32,
  LONG64 and the floats 64). Default widths (IDL): I/O/Z 7 for BYTE, INT, UINT; 12 for
  LONG, ULONG, FLOAT and all other types; 22 for LONG64, ULONG64; 23 for DOUBLE; B: 8
  BYTE, 16 INT/UINT, 32 LONG/ULONG, 64 LONG64/ULONG64, 32 for the others.
* ``F``/``D`` ``[w][.d]``: fixed point, rounded to ``d`` decimals (C's rounding of the
  exact binary value); ``d`` 0 keeps the point (``F5.0`` of 2.5 is ``'   2.'``).
  ``E[w][.d][Ee]``: scientific, ``d`` mantissa decimals (``e`` is accepted and ignored);
  ``E``/``e`` choose the case of the exponent letter. ``G[w][.d]``: ``d`` significant
  digits, fixed or scientific (the rule of GDL 1.0.1, given in :func:`auto_text`).
  Defaults when ``w`` is omitted: FLOAT and COMPLEX ``w=15, d=7``; DOUBLE, DCOMPLEX and
  the integer types ``w=25, d=16``; ``w`` 0 without ``d`` uses ``d=6`` (C's ``%f``,
  ``%e``: ``F0`` of 2.5 is ``'2.500000'``); ``w`` without ``d`` uses ``d`` 7 (FLOAT)
  or 16.
* Overflow: a value that does not fit its field prints as ``w`` asterisks.
* NaN and infinity print as ``NaN``, ``Inf`` (FLOAT, COMPLEX) or ``Infinity`` (DOUBLE,
  DCOMPLEX), signed when negative (``-NaN`` for a NaN with its sign bit set).
* Complex values are two data items, the real part then the imaginary part.
* ``"text"`` / ``'text'`` (a doubled quote stands for itself): literal text. ``nX`` and
  ``TRn`` move right ``n`` columns, ``TLn`` left, ``Tn`` to column ``n`` (later output
  overwrites); ``/`` ends the record; ``:`` stops the output when no data remain; ``$``
  (PRINT only) suppresses the final new line.
* Reversion: when the format ends and data remain, the record ends and processing
  restarts at the last group, with its repeat count (the group opened last, as GDL
  1.0.1 does; the whole format when it has no group). A pass that transfers no data
  while data remain is IDL's "Infinite format loop detected." error.
* When the data run out in the middle of the format, processing continues to the end
  of the format (or a ``:``): literal text is still written, data codes are skipped
  (GDL 1.0.1: ``STRING(1, FORMAT='(I3,"|",I3,"|")')`` is ``'  1||'``).
* C style: ``%"..."`` or ``%'...'`` inside the format, or a format string without
  parentheses that holds a ``%`` code (IDL 8): ``%[-][+][0][w][.d]C`` with ``d i`` -> I,
  ``o`` -> O, ``x X z Z`` -> Z (upper-case digits, as GDL), ``b`` -> B, ``f`` -> F,
  ``e E`` -> E, ``g G`` -> G, ``s`` -> A; no width means width 0 (natural); ``%%`` is
  ``%``; escapes ``\\n \\t \\r \\f \\v \\b \\a \\\\ \\" \\'``, ``\\ooo`` octal, ``\\xhh``
  hexadecimal. IDL "compiles both into an identical internal representation", so a
  width that is too small gives asterisks as ``Iw`` does (``%3d`` of 12345678 is
  ``'***'``).

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

import builtins
import functools
import math
import re
import warnings
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError, CompatWarning

__all__ = ["Code", "Text", "Move", "Control", "Group", "Format", "EndOfInputError", "parse_format", "format_records", "free_text",
           "free_records", "string_of_bytes", "parse_number", "number_from_text",
           "text_to_type", "text_codes", "convert_text", "read_values", "format_text",
           "fixed_text", "sci_text", "auto_text", "int_text", "nonfinite_text",
           "place", "float_free_text"]


class EndOfInputError(CompatValueError):
    """The input ran out before every variable was read: IDL's "End of file encountered"
    of READS, READF and READ (a ``ValueError``). A port of an IDL loop that ends on
    ``ON_IOERROR`` at the end of a file catches it: ``except compat.EndOfInputError``."""


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


# -------------------------------------------------------------------------- parsing
@dataclass(frozen=True)
class Code:
    """A data format code: ``A I B O Z F D E G`` (``letter`` as written)."""

    letter: str
    width: int | None = None          # None: omitted (type default); 0: natural
    digits: int | None = None         # .d or .m
    plus: bool = False
    left: bool = False
    zero: bool = False
    repeat: int = 1

    @property
    def kind(self) -> str:
        return self.letter.upper()


@dataclass(frozen=True)
class Text:
    """Literal text (a quoted string, or the text of a C-style format)."""

    text: str


@dataclass(frozen=True)
class Move:
    """``nX`` (``'X'``), ``TRn`` (``'R'``), ``TLn`` (``'L'``), ``Tn`` (``'T'``)."""

    kind: str
    n: int


@dataclass(frozen=True)
class Control:
    """``/`` (``repeat`` records), ``:`` and ``$``."""

    kind: str
    repeat: int = 1


@dataclass(frozen=True)
class Group:
    """A parenthesised group with its repeat count."""

    items: tuple
    repeat: int = 1


@dataclass(frozen=True)
class Format:
    """A parsed FORMAT: the top group and the group format reversion returns to."""

    top: Group
    reversion: tuple               # (items, index): where reversion continues
    text: str = ""
    data_codes: int = 0
    single: Code | None = None     # the only item is one data code (the fast path)


def _syntax(text: str, pos: int, what: str) -> CompatValueError:
    shown = text if len(text) <= 60 else text[:57] + "..."
    return CompatValueError(f"Format syntax error at character {pos + 1} of "
                             f"{shown!r}: {what}.")


_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "b": "\b", "a": "\a",
            "\\": "\\", '"': '"', "'": "'"}
_C_CODE = re.compile(r"%(?P<flags>[-+0 ]*)(?P<width>\d*)(?:\.(?P<prec>\d*))?"
                     r"(?P<conv>[diuoxXzZbBfFeEgGsS])")


def _c_escapes(text: str) -> str:
    out, i, n = [], 0, len(text)
    while i < n:
        c = text[i]
        if c != "\\" or i + 1 >= n:
            out.append(c)
            i += 1
            continue
        nxt = text[i + 1]
        if nxt in _ESCAPES:
            out.append(_ESCAPES[nxt])
            i += 2
        elif nxt in "01234567":
            j = i + 1
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            out.append(chr(int(text[i + 1:j], 8) & 0xFF))
            i = j
        elif nxt in "xX" and i + 2 < n and text[i + 2] in "0123456789abcdefABCDEF":
            j = i + 2
            while j < n and j < i + 4 and text[j] in "0123456789abcdefABCDEF":
                j += 1
            out.append(chr(int(text[i + 2:j], 16)))
            i = j
        else:
            out.append(nxt)
            i += 2
    return "".join(out)


def _c_items(body: str, fmt: str, pos: int) -> list:
    """The items of a C printf-style string: text and the equivalent FORTRAN codes
    (IDL compiles both "into an identical internal representation")."""
    items, text = [], []
    i, n = 0, len(body)
    while i < n:
        if body[i] != "%":
            text.append(body[i])
            i += 1
            continue
        if body.startswith("%%", i):
            text.append("%")
            i += 2
            continue
        match = _C_CODE.match(body, i)
        if not match:
            raise _syntax(fmt, pos + i, "unknown printf-style code "
                          f"{body[i:i + 3]!r}")
        if text:
            items.append(Text(_c_escapes("".join(text))))
            text = []
        flags, conv = match["flags"], match["conv"]
        width = int(match["width"]) if match["width"] else 0
        digits = int(match["prec"]) if match["prec"] else None
        letter = {"d": "I", "i": "I", "u": "I", "o": "O", "x": "Z", "X": "Z", "z": "Z",
                  "Z": "Z", "b": "B", "B": "B", "f": "F", "F": "F", "e": "e", "E": "E",
                  "g": "g", "G": "G", "s": "A", "S": "A"}[conv]
        if letter == "A":
            digits = None
        items.append(Code(letter, width, digits, "+" in flags, "-" in flags,
                          "0" in flags and width > 0))
        i = match.end()
    if text:
        items.append(Text(_c_escapes("".join(text))))
    return items


class _Parser:
    _LETTERS = "AIBOZFDEG"

    def __init__(self, text: str):
        self.text, self.pos, self.n = text, 0, len(text)
        self.data_codes = 0
        self.last_group = None

    def error(self, what: str):
        raise _syntax(self.text, self.pos, what)

    def skip_blanks(self):
        while self.pos < self.n and self.text[self.pos] in " \t":
            self.pos += 1

    def peek(self) -> str:
        self.skip_blanks()
        return self.text[self.pos] if self.pos < self.n else ""

    def number(self) -> str:
        start = self.pos
        while self.pos < self.n and self.text[self.pos].isdigit():
            self.pos += 1
        return self.text[start:self.pos]

    def quoted(self) -> str:
        quote = self.text[self.pos]
        self.pos += 1
        out = []
        while True:
            if self.pos >= self.n:
                self.error("unterminated quoted string")
            c = self.text[self.pos]
            if c == quote:
                if self.pos + 1 < self.n and self.text[self.pos + 1] == quote:
                    out.append(quote)
                    self.pos += 2
                    continue
                self.pos += 1
                return "".join(out)
            out.append(c)
            self.pos += 1

    def group(self, repeat: int) -> Group:
        # at '('
        self.pos += 1
        items = []
        expect_item = True
        while True:
            c = self.peek()
            if not c:
                self.error("missing ')'")
            if c == ")":
                self.pos += 1
                break
            if c == ",":
                self.pos += 1
                expect_item = True
                continue
            start = self.pos
            items.extend(self.item())
            if self.pos == start:  # pragma: no cover - item() always advances or raises
                self.error("unexpected character")
            expect_item = False
        del expect_item
        g = Group(tuple(items), repeat)
        self.last_group = g
        return g

    def item(self) -> list:
        c = self.peek()
        start = self.pos
        count = self.number()
        c = self.peek() if not count else (self.text[self.pos] if self.pos < self.n else "")
        if count and c in " \t":
            c = self.peek()
        repeat = int(count) if count else 1
        if count and repeat == 0:
            self.error("a repeat count must be at least 1")
        if c == "(":
            return [self.group(repeat)]
        if c in "\"'":
            if count:
                self.error("a quoted string takes no repeat count")
            return [Text(self.quoted())]
        if c == "%":
            if count:
                self.error("a printf-style string takes no repeat count")
            self.pos += 1
            if self.pos >= self.n or self.text[self.pos] not in "\"'":
                self.error("'%' must be followed by a quoted string")
            items = _c_items(self.quoted(), self.text, start)
            self.data_codes += sum(isinstance(i, Code) for i in items)
            return items
        if c == "/":
            self.pos += 1
            return [Control("/", repeat)]
        if c == ":":
            if count:
                self.error("':' takes no repeat count")
            self.pos += 1
            return [Control(":")]
        if c == "$":
            if count:
                self.error("'$' takes no repeat count")
            self.pos += 1
            return [Control("$")]
        if not c:
            self.error("unexpected end of format")
        upper = c.upper()
        if upper == "X":
            self.pos += 1
            return [Move("X", repeat)]
        if upper == "T":
            self.pos += 1
            nxt = self.text[self.pos].upper() if self.pos < self.n else ""
            kind = "T"
            if nxt in ("L", "R"):
                kind = nxt
                self.pos += 1
            self.skip_blanks()
            digits = self.number()
            if not digits:
                self.error(f"T{kind if kind != 'T' else ''} needs a column count")
            if count:
                self.error("T, TL and TR take no repeat count")
            n = int(digits)
            if kind == "T" and n < 1:
                self.error("T needs a column of at least 1")
            return [Move(kind, n)]
        if upper == "H":
            # nHtext: the n characters after H are literal text
            if not count:
                self.error("H needs a character count before it")
            self.pos += 1
            text = self.text[self.pos:self.pos + repeat]
            if len(text) < repeat:
                self.error("H string runs past the end of the format")
            self.pos += repeat
            return [Text(text)]
        if upper in self._LETTERS:
            self.pos += 1
            plus = left = False
            while self.pos < self.n and self.text[self.pos] in "+-":
                if self.text[self.pos] == "+":
                    plus = True
                else:
                    left = True
                self.pos += 1
            digits = self.number()
            width = int(digits) if digits else None
            zero = bool(digits) and digits.startswith("0") and len(digits) > 1
            dig = None
            if self.pos < self.n and self.text[self.pos] == ".":
                self.pos += 1
                dd = self.number()
                if not dd:
                    self.error(f"'.' after {c} needs digits")
                dig = int(dd)
            if upper in "EG" and self.pos < self.n and self.text[self.pos] in "eE":
                self.pos += 1
                if not self.number():
                    self.error("the exponent width after E needs digits")
            if upper == "A":
                if dig is not None:
                    self.error("A takes no '.d'")
                if plus:
                    self.error("the '+' flag is only valid for numeric format codes")
            if upper == "F" or upper == "D":
                letter = upper
            elif upper in "EGZ":
                letter = c
            else:
                letter = upper
            if width is None and dig is not None:
                dig = None  # GDL 1.0.1: 'F.2' is the default F (the digits are ignored)
            self.data_codes += repeat
            return [Code(letter, width, dig, plus, left, zero, repeat)]
        if upper == "Q" or upper == "C":
            self.error(f"the {upper} format code is not supported by compat")
        self.error(f"unexpected {c!r}")
        return []  # pragma: no cover


def _last_group(items: tuple):
    """``(items, index)`` of the group opened last (pre-order), or None: reversion
    continues there, through the items after it in the same group (GDL 1.0.1)."""
    found = None
    for k, item in enumerate(items):
        if isinstance(item, Group):
            found = (items, k)
            inner = _last_group(item.items)
            if inner is not None:
                found = inner
    return found


@functools.lru_cache(maxsize=512)
def parse_format(text: str) -> Format:
    """Parse a FORMAT string (see the module docstring); the result is cached.

    Raises ``CompatValueError`` (a ``ValueError``) "Format syntax error at character
    N of ...: ..." with the position of the problem.
    """
    if not isinstance(text, str):
        raise CompatValueError(f"FORMAT must be a string, not {type(text).__name__}")
    stripped = text.strip()
    if not stripped:
        raise CompatValueError("Format syntax error: FORMAT is an empty string")
    parser = _Parser(text)
    if stripped[0] != "(":
        if "%" not in stripped:
            raise CompatValueError(f"Format syntax error: {text!r}: a FORTRAN-style "
                                    "format must be enclosed in parentheses")
        items = _c_items(text, text, 0)
        top = Group(tuple(items))
        data = sum(isinstance(i, Code) for i in items)
    else:
        parser.pos = text.index("(")
        top = parser.group(1)
        parser.skip_blanks()
        if parser.pos < parser.n:
            parser.error("text after the closing ')'")
        data = parser.data_codes
    reversion = _last_group(top.items) or (top.items, 0)
    single = None
    if len(top.items) == 1 and isinstance(top.items[0], Code):
        single = top.items[0]
    return Format(top, reversion, text, data, single)


# --------------------------------------------------------------------------- data items
class _Items:
    """The data items of the arguments in IDL order (complex values give two items)."""

    def __init__(self, arrays: list):
        self.parts = []
        for a in arrays:
            a = np.asarray(a)
            source = a.dtype
            flat = a.ravel()
            if source.kind == "c":
                flat = np.ascontiguousarray(flat).view(
                    np.float32 if source == _C64 else np.float64)
            if flat.size:
                self.parts.append((flat, source))
        self.index = 0
        self.offset = 0
        self.taken = 0

    def left(self) -> bool:
        return self.index < len(self.parts)

    def take(self):
        flat, source = self.parts[self.index]
        value = flat[self.offset]
        self.offset += 1
        self.taken += 1
        if self.offset >= flat.size:
            self.index += 1
            self.offset = 0
        return value, source


def _as_int(value, source: np.dtype) -> int:
    """The integer an I/B/O/Z code prints (floats truncated toward zero as a C cast to
    64 bits: NaN and out-of-range values give -2**63, x86-64's integer indefinite)."""
    kind = source.kind
    if kind in "iu":
        return int(value)
    if kind == "U":
        number, _ok = _parse_text(str(value), "f")
        value = number
    x = float(value)
    if not math.isfinite(x) or not -9.223372036854775808e18 <= x < 9.223372036854775808e18:
        return -(1 << 63)
    return int(x)  # truncation toward zero


def _float_defaults(source: np.dtype):
    """(default w, default d when w given) of F/D/E/G for data of ``source`` type."""
    if source in (_F32, _C64):
        return 15, 7
    return 25, 16


def _format_code(code: Code, value, source: np.dtype) -> str:
    """One data item through one format code."""
    kind = code.kind
    w = code.width
    if kind == "A":
        if source.kind == "U":
            s = str(value)
        else:
            s = _free_item(value, source)
        if not w:
            return s
        s = s[:w]
        return s.ljust(w) if code.left else s.rjust(w)
    if kind in "IBOZ":
        if w is None:
            base = source
            if source.kind == "c":
                base = _F32 if source == _C64 else _F64
                w = 12 if kind != "B" else 32
            elif kind == "B":
                w = _B_WIDTH.get(source, 32)
            else:
                w = _I_WIDTH.get(base, 12)
        n = _as_int(value, source)
        bits = _INT_BITS.get(source, 64)
        letter = "I" if kind == "I" else ("B" if kind == "B" else
                                          ("O" if kind == "O" else code.letter))
        # '+' is for I only; ULONG and ULONG64 print unsigned, without it (GDL 1.0.1)
        plus = code.plus and kind == "I" and source not in (_U32, _U64)
        return int_text(n, bits, letter, w, code.digits, plus, code.left, code.zero)
    # F D E G
    if source.kind == "U":
        number, _ok = _parse_text(str(value), "f")
        x, double = number, True
        source = _F64
    else:
        x = float(value)
        double = source in (_F64, _C128) or source.kind in "iu"
    wdef, ddef = _float_defaults(source if source.kind in "fc" else _F64)
    d = code.digits
    if w is None:
        w, d = wdef, ddef
    elif w == 0:
        if not d:
            d = 6
    elif d is None:
        d = ddef
    if not math.isfinite(x):
        return nonfinite_text(x, double, w, code.plus, code.left, code.zero)
    if kind in "FD":
        s = fixed_text(x, d, code.plus)
    elif kind == "E":
        s = sci_text(x, d, code.plus, code.letter == "E")
    else:
        s = auto_text(x, w, d, code.plus, code.letter == "G",
                      single=source in (_F32, _C64))
    return place(s, w, code.left, code.zero)


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


def free_records(args, width: int = 80) -> list[str]:
    """The lines PRINT writes for ``args`` without FORMAT (STRING's ``/PRINT``).

    Each scalar continues the current line; each array starts its elements where the
    line is and ends every row (IDL's first dimension) with a new line, with an empty
    line between 2-D planes. An element that would pass column ``width`` starts a new
    line first. String elements of an array are separated by one blank. Numbers use the
    free formats. (GDL 1.0.1's layout, which is IDL's for the cases in the golden
    suite.)
    """
    if len(args) == 1:
        fast = _fast_free_records(np.asarray(args[0]), width)
        if fast is not None:
            return fast
    lines, line = [], []
    pos = 0

    def put(text: str, size: int):
        nonlocal pos, line
        if pos + size > width and pos > 0:
            lines.append("".join(line))
            line, pos = [], 0
        line.append(text)
        pos += size

    def newline():
        nonlocal pos, line
        lines.append("".join(line))
        line, pos = [], 0

    for a in args:
        a = np.asarray(a)
        dtype = a.dtype
        if a.ndim == 0:
            s = _free_element(a[()], dtype) if dtype.kind != "U" else str(a[()])
            put(s, len(s))
            continue
        d0 = a.shape[-1]
        rows = a.reshape(-1, d0)
        per_plane = a.shape[-2] if a.ndim >= 2 else 1
        for r, row in enumerate(rows):
            if dtype.kind == "U":
                seen = False
                items = row.tolist()
                for k, item in enumerate(items):
                    if k < len(items) - 1:
                        if item:
                            seen = True
                        if seen:
                            put(item + " ", len(item) + 1)
                    elif item:
                        put(item, len(item))
            else:
                for v in row:
                    s = _free_element(v, dtype)
                    put(s, len(s))
            newline()
            if (r + 1) % per_plane == 0 and r + 1 < len(rows):
                newline()
    if line or not lines:
        lines.append("".join(line))
    return lines


def _fast_free_records(a: np.ndarray, width: int) -> list[str] | None:
    """:func:`free_records` of one integer or float array, vectorised (None: general).

    Every element's free text has the type's fixed width ``w`` here, so a line holds
    ``max(1, width // w)`` elements: each row is cut into such lines, and planes are
    separated by an empty line, as the general path lays them out one by one."""
    if a.ndim == 0:
        return None
    texts = _fast_free(a)
    if texts is None:
        return None
    w = int(texts.dtype.itemsize // 4)
    if w == 0 or np.any(np.char.str_len(texts) != w):
        return None
    per_line = builtins.max(1, width // w)
    d0 = a.shape[-1]
    rows = np.ascontiguousarray(texts).reshape(-1, d0)
    n_rows = rows.shape[0]
    full, rest = divmod(d0, per_line)
    parts = []
    if full:
        body = np.ascontiguousarray(rows[:, :full * per_line])
        parts.append(body.view(f"<U{w * per_line}").reshape(n_rows, full))
    if rest:
        tail = np.ascontiguousarray(rows[:, full * per_line:])
        parts.append(tail.view(f"<U{w * rest}").reshape(n_rows, 1))
    lines = np.concatenate(parts, axis=1) if len(parts) > 1 else parts[0]
    per_plane = a.shape[-2] if a.ndim >= 2 else 1
    planes = n_rows // per_plane
    if planes > 1:
        lines = lines.reshape(planes, -1)
        blank = np.full((planes, 1), "", dtype=lines.dtype)
        lines = np.concatenate([lines, blank], axis=1).reshape(-1)[:-1]
    return lines.reshape(-1).tolist()


# ----------------------------------------------------------------------- the writer
class _Writer:
    """Records being written, with IDL's column positioning."""

    def __init__(self):
        self.records: list[str] = []
        self.line = ""
        self.pos = 0
        self.touched = False
        self.dollar = False

    def write(self, text: str):
        if "\n" in text:
            parts = text.split("\n")
            for k, part in enumerate(parts):
                if k:
                    self.end()
                if part:
                    self.write(part)
            self.touched = True
            return
        self.touched = True
        line, pos = self.line, self.pos
        if pos == len(line):
            self.line = line + text
        elif pos > len(line):
            self.line = line + " " * (pos - len(line)) + text
        else:
            self.line = line[:pos] + text + line[pos + len(text):]
        self.pos = pos + len(text)

    def move(self, kind: str, n: int):
        self.touched = True
        if kind == "R":
            self.pos += n
        elif kind == "L":
            self.pos = max(0, self.pos - n)
        else:
            self.pos = n - 1

    def end(self):
        line = self.line
        if self.pos > len(line):
            line += " " * (self.pos - len(line))
        self.records.append(line)
        self.line, self.pos, self.touched = "", 0, False

    def finish(self) -> list[str]:
        if self.touched or self.line or not self.records:
            self.end()
        return self.records


class _Run:
    """One output run of a format: the data, the writer, and the state GDL 1.0.1 keeps
    between passes (whether a ':' has been met; the group reversion returns to)."""

    def __init__(self, data: _Items, out: _Writer, top: Group):
        self.data, self.out = data, out
        self.colon_seen = False
        self.stopped = False             # a ':' found no data left: the output ends
        self.anchor = (None, top)        # (items holding the group, its index) or top

    def group(self, group: Group):
        """A group with its repeat count (a repetition ends early once the data are
        exhausted and a ':' has been met, as GDL 1.0.1 does)."""
        data = self.data
        for _ in range(group.repeat):
            self.items(group.items)
            if self.stopped or self.colon_seen and not data.left():
                break

    def items(self, items):
        data, out = self.data, self.out
        for k, item in enumerate(items):
            if isinstance(item, Text):
                out.write(item.text)
                continue
            if isinstance(item, Control) and item.kind == "/":
                for _ in range(item.repeat):
                    out.end()
                continue
            if self.colon_seen and not data.left():
                return  # GDL 1.0.1: after a ':', running out ends the repetition
            self.item(item, items, k)
            if self.stopped:
                return

    def item(self, item, items, k):
        data, out = self.data, self.out
        if isinstance(item, Code):
            for _ in range(item.repeat):
                if not data.left():
                    break
                value, source = data.take()
                out.write(_format_code(item, value, source))
        elif isinstance(item, Group):
            self.anchor = (items, k)
            self.group(item)
        elif isinstance(item, Move):
            if item.kind == "X":
                out.write(" " * item.n)       # X writes blanks (GDL 1.0.1)
            else:
                out.move(item.kind, item.n)
        elif isinstance(item, Control):
            if item.kind == ":":
                if not data.left():
                    self.stopped = True   # IDL Reference Guide, ': Format Code'
                    return
                self.colon_seen = True
            elif item.kind == "/":
                for _ in range(item.repeat):
                    out.end()
            else:
                out.dollar = True
        elif isinstance(item, Text):
            out.write(item.text)

    def reversion(self):
        """One reversion pass: the anchor group, then the items after it in its
        group, stopping after the first item processed with the data exhausted."""
        items, where = self.anchor
        if items is None:
            self.group(where)
            return
        self.anchor = (items, where)
        self.group(items[where])
        if self.stopped:
            return
        for k in range(where + 1, len(items)):
            item = items[k]
            if isinstance(item, Text):
                self.out.write(item.text)
            else:
                self.item(item, items, k)
            if self.stopped:
                return
            if isinstance(item, Control) and item.kind == "/":
                continue  # a record separator, not an item (GDL's q rule)
            if not self.data.left():
                return


def format_records(fmt, args) -> list[str]:
    """Run FORMAT ``fmt`` over the data of ``args`` (arrays of IDL types, IDL order).

    Returns the output records (STRING's elements, PRINT's lines). Raises
    ``CompatValueError`` "Format syntax error ..." for a bad format and
    "Infinite format loop detected." (data remain but a pass of the format transfers
    none).

    Running out of data: the format is processed on to its end (text is written, data
    codes write nothing), except that a ``:`` stops the output and, once a ``:`` has
    been met, a repetition of a group ends at its first non-text item; a reversion pass
    stops after the first item that follows the exhaustion (GDL 1.0.1's rules, which
    the IDL documentation does not spell out).
    """
    parsed = fmt if isinstance(fmt, Format) else parse_format(fmt)
    fast = _fast_records(parsed, args)
    if fast is not None:
        return fast.tolist()
    return _general_records(parsed, args)


def format_text(fmt, args) -> np.ndarray:
    """:func:`format_records` as a 1-D numpy ``str`` array (STRING's result; the
    vectorised paths build it without a list)."""
    parsed = fmt if isinstance(fmt, Format) else parse_format(fmt)
    fast = _fast_records(parsed, args)
    if fast is not None:
        return fast
    return np.array(_general_records(parsed, args), dtype=str)


def _general_records(parsed: Format, args) -> list[str]:
    data = _Items(args)
    out = _Writer()
    run = _Run(data, out, parsed.top)
    run.items(parsed.top.items)
    while data.left() and not run.stopped:
        before = data.taken
        if out.touched:
            out.end()
        run.reversion()
        if data.taken == before:
            raise CompatValueError("Infinite format loop detected.")
    return out.finish()


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


def _fast_fixed(x: np.ndarray, code: Code, single: bool) -> np.ndarray | None:
    """``Fw.d`` of a float array, vectorised and exact, or None (then the general path).

    FLOAT values times ``10**d`` (d <= 8) are exact in float64, so ``rint`` gives C's
    rounding of the exact value (half to even on exact ties). For DOUBLE the product is
    rounded; it is used only where it lies clearly away from a rounding tie.
    """
    w, d = code.width, code.digits
    if not w or d is None or d > 15 or not np.isfinite(x).all():
        return None
    x64 = x.astype(np.float64)
    scale = 10.0 ** d
    if single and d <= 8:
        y = x64 * scale
        exact = True
    else:
        y = x64 * scale
        exact = False
    ay = np.abs(y)
    if (ay >= 2.0 ** 52).any():
        return None
    r = np.rint(ay)
    if not exact:
        frac = ay - np.floor(ay)
        if (np.abs(frac - 0.5) < 1e-6).any():
            return None
    neg = np.signbit(x64)
    n = r.astype(np.uint64)
    p = np.uint64(10 ** d)
    ip = n // p
    fp = n % p if d else None
    return _digits_to_text(neg, ip, fp, d, w, code.plus, code.left, code.zero)


def _fast_free(a: np.ndarray) -> np.ndarray | None:
    """Free-format text of a whole integer or float array at once (None: general)."""
    kind = a.dtype.kind
    if a.size < 64 or kind not in "iuf":
        return None
    flat = a.ravel()
    if kind in "iu":
        code = Code("I", FREE_INT_WIDTH[a.dtype])
        return _fast_int(flat, code).reshape(a.shape)
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


def _fast_sci(flat: np.ndarray, code: Code, source: np.dtype) -> np.ndarray | None:
    """``Ew.d`` of a float array, vectorised (None: use the general path)."""
    w, d = code.width, code.digits
    if not w or d is None or d > 15 or code.zero or not np.isfinite(flat).all():
        return None
    x = flat.astype(np.float64)
    ax = np.abs(x)
    neg = np.signbit(x)
    zero = ax == 0
    e, m, exact = _decimal_digits(ax, d + 1)
    exact |= zero
    e = np.where(zero, 0, e)
    out = np.empty(x.size, dtype=f"<U{w}")
    exp_digits = np.where(np.abs(e) >= 100, 3, 2)
    for ed in (2, 3):
        rows = np.flatnonzero(exact & (exp_digits == ed))
        if rows.size:
            out[rows] = _sci_buffer(neg[rows], m[rows], e[rows], d + 1, ed, w, code.plus,
                                    code.letter == "E", code.left)
    for i in np.flatnonzero(~exact).tolist():
        out[i] = _format_code(code, flat[i], source)
    return out


def _fast_int(flat: np.ndarray, code: Code) -> np.ndarray | None:
    """``Iw`` of an integer array, vectorised (None: use the general path)."""
    w = code.width
    if not w or code.digits:
        return None
    dtype = flat.dtype
    if dtype.kind == "u":
        neg = np.zeros(flat.size, dtype=bool)
        mag = flat.astype(np.uint64)
    else:
        neg = flat < 0
        wide = flat.astype(np.int64)
        mag = np.where(neg, (~wide).astype(np.uint64) + np.uint64(1), wide.astype(np.uint64))
    plus = code.plus and dtype not in (_U32, _U64)
    return _digits_to_text(neg, mag, None, 0, w, plus, code.left, code.zero, point=False)


def _fast_records(parsed: Format, args) -> np.ndarray | None:
    """One numeric array through a format of one repeated data code (``'(F8.3)'``,
    ``'(5I6)'``, ``'(E12.4)'``): formatted at once, grouped ``repeat`` to a record.
    Returns a 1-D numpy ``str`` array of the records, or None (the general path)."""
    code = parsed.single
    if code is None or len(args) != 1:
        return None
    a = np.asarray(args[0])
    if a.size < 64 or a.dtype.kind not in "iuf":
        return None
    flat = a.ravel()
    kind = code.kind
    texts = None
    if kind in "FD" and a.dtype.kind == "f":
        texts = _fast_fixed(flat, code, a.dtype == _F32)
    elif kind == "E" and a.dtype.kind == "f":
        texts = _fast_sci(flat, code, a.dtype)
    elif kind == "I" and a.dtype.kind in "iu":
        texts = _fast_int(flat, code)
    if texts is None:
        return None
    rep = code.repeat
    if rep == 1:
        return texts
    n = texts.size
    full = n // rep
    w = texts.dtype.itemsize // 4
    rows = texts[:full * rep].view(f"<U{w * rep}") if full else np.empty(0, f"<U{w * rep}")
    if n % rep:
        rows = np.append(rows, "".join(texts[full * rep:].tolist()))
    return rows


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


def text_to_type(text, dtype, routine: str = "") -> np.ndarray:
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
        _conversion_warning(bad, dtype, routine)
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


def convert_text(text, dtype, routine: str = "", print_: bool = False) -> np.ndarray:
    """IDL's conversion of text to a numeric type (BYTE, FIX, LONG ... of strings): to
    BYTE the character codes (:func:`text_codes`) unless ``print_`` (/PRINT), else the
    numbers read by :func:`text_to_type`."""
    dtype = np.dtype(dtype)
    if dtype == _U8 and not print_:
        return text_codes(text)
    return text_to_type(text, dtype, routine)


def parse_number(text: str, dtype, *, warn: bool = True, routine: str = ""):
    """IDL's conversion of one string to ``dtype``: the numpy scalar, 0 (with a
    ``compat.CompatWarning`` unless ``warn`` is False) when there is no number."""
    dtype = np.dtype(dtype)
    value = number_from_text(text, dtype)
    if value is None:
        if warn and text != "":
            _conversion_warning(text, dtype, routine)
        return dtype.type(0)
    return value


def _conversion_warning(text: str, dtype: np.dtype, routine: str = "") -> None:
    name = TYPE_NAME.get(dtype, str(dtype))
    prefix = f"{routine}: " if routine else ""
    warnings.warn(CompatWarning(
        f"{prefix}Type conversion error: Unable to convert given STRING: {text!r} to "
        f"{name}."), stacklevel=4)


# ---------------------------------------------------------------------------- input
@dataclass
class _Reader:
    """Text being read: records and a position in the current record."""

    records: list
    index: int = 0
    pos: int = 0
    consumed: list = field(default_factory=list)

    @property
    def line(self) -> str:
        return self.records[self.index] if self.index < len(self.records) else ""

    def next_record(self) -> bool:
        self.index += 1
        self.pos = 0
        return self.index < len(self.records)

    def at_end(self) -> bool:
        return self.index >= len(self.records)


def _free_tokens(reader: _Reader, dtype: np.dtype):
    """Next free-format field: strings take the rest of the record; numbers are
    separated by blanks, tabs or commas (IDL "Free Format Input")."""
    while True:
        if reader.at_end():
            raise EndOfInputError("End of file encountered: the input ran out before "
                                   "every variable was read.")
        line = reader.line
        if dtype.kind == "U":
            text = line[reader.pos:]
            reader.next_record()
            return text
        pos = reader.pos
        n = len(line)
        while pos < n and line[pos] in " \t,":
            if line[pos] == ",":
                pos += 1
                while pos < n and line[pos] in " \t":
                    pos += 1
                break
            pos += 1
        if pos >= n:
            reader.next_record()
            continue
        end = pos
        while end < n and line[end] not in " \t,":
            end += 1
        reader.pos = end
        return line[pos:end]


def _convert_field(text: str, dtype: np.dtype):
    """A field read for a variable of ``dtype``: strings as they are; numbers by the
    prefix rule of the type conversions (``'2.7'`` read into a LONG is 2, ``' 12abc'``
    12; GDL 1.0.1); a blank field is 0; a field with no number is IDL's "Input
    conversion error"."""
    if dtype.kind == "U":
        return text
    if text.strip(" \t") == "":
        return dtype.type(0)
    if dtype.kind == "c":
        m = re.fullmatch(r"\s*\(\s*([^,]*?)\s*,\s*([^)]*?)\s*\)\s*", text)
        part = _F32 if dtype == _C64 else _F64
        if m:
            re_ = number_from_text(m.group(1), part)
            im_ = number_from_text(m.group(2), part)
            if re_ is not None and im_ is not None:
                return dtype.type(complex(float(re_), float(im_)))
        value = number_from_text(text, part)
        if value is not None:
            return dtype.type(complex(float(value), 0.0))
    else:
        value = number_from_text(text, dtype)
        if value is not None:
            return value
    raise CompatValueError(f"Input conversion error: {text!r} is not a "
                           f"{TYPE_NAME.get(dtype, str(dtype))} value.")


def read_values(text, targets, fmt=None, *, records_used: bool = False):
    """Read ``text`` (a string or a sequence of strings, one per record) into new values
    shaped like ``targets`` (READS). Returns one value per target: a numpy scalar or an
    array of the target's shape and dtype (``str`` targets give str / ``U`` arrays).

    Free format (``fmt`` None): numeric fields are separated by blanks, tabs or a
    comma, and may continue on the next record; a string variable takes the rest of the
    current record. With a format, each data code reads its field: ``Aw`` ``w``
    characters (the rest of the record without ``w``), numeric codes ``w`` characters
    (the next blank/comma-separated field when ``w`` is omitted or 0), ``X``/``T``
    move, ``/`` goes to the next record; the format reverts as on output.

    ``records_used=True`` returns ``(values, n)`` with ``n`` the records the statement
    consumed (READF goes on after them): a formatted read ends the record it is in; a
    free-format read ends the record of its last number (a string has already taken the
    rest of its record).
    """
    if isinstance(text, str):
        records = [text]
    elif isinstance(text, list):        # records as READF and READS give them: str
        records = text
    else:
        records = [str(t) for t in np.ravel(text)]
    if fmt is None:
        fast = _free_numbers_fast(records, [np.asarray(t) for t in targets])
        if fast is not None:
            return fast if records_used else fast[0]
    reader = _Reader(records)
    out = []
    for target in targets:
        arr = np.asarray(target)
        dtype = arr.dtype
        flat = np.empty(arr.size, dtype=dtype if dtype.kind != "U" else object)
        out.append((arr, dtype, flat))
    if fmt is None:
        for arr, dtype, flat in out:
            for k in range(flat.size):
                if dtype.kind == "c":
                    token = _free_complex(reader)
                else:
                    token = _free_tokens(reader, dtype)
                flat[k] = _convert_field(token, dtype)
    else:
        parsed = fmt if isinstance(fmt, Format) else parse_format(fmt)
        slots = []
        for arr, dtype, flat in out:
            if dtype.kind == "c":
                for k in range(flat.size):
                    slots.append((flat, k, dtype, "re"))
                    slots.append((flat, k, dtype, "im"))
            else:
                slots.extend((flat, k, dtype, None) for k in range(flat.size))
        _read_formatted(parsed, reader, slots)
    results = []
    for arr, dtype, flat in out:
        if dtype.kind == "U":
            values = np.array([str(v) for v in flat], dtype=str)
        else:
            values = flat
        if arr.ndim == 0:
            v = values[0]
            results.append(str(v) if dtype.kind == "U" else dtype.type(v))
        else:
            results.append(values.reshape(arr.shape))
    if records_used:
        used = reader.index + 1 if fmt is not None or reader.pos > 0 else reader.index
        return results, min(max(used, 1), len(records))
    return results


# ------------------------------------------------------- free-format numbers, vectorised
_TO_BLANK = str.maketrans("\t,", "  ")
_EMPTY_FIELD = re.compile(r",[ \t]*,")
_FLOAT_CHARS = str.maketrans("", "", "0123456789+-.eEdD")
_INT_CHARS = str.maketrans("", "", "0123456789+-")
#: below this many values the general path is as fast
_FAST_MIN_VALUES = 32


def _fields_as(fields: list, dtype: np.dtype):
    """Plain decimal fields (``-12``, ``3.5``, ``1d-3``) converted to ``dtype`` by
    :func:`_convert_field`'s rules, vectorised; None when a field needs the general path
    (prefixes, partial numbers, names such as NaN, over 18 integer digits)."""
    text = "".join(fields)
    if dtype.kind == "f":
        if text.translate(_FLOAT_CHARS):
            return None
        if "d" in text or "D" in text:
            fields = [f.replace("d", "e").replace("D", "e") for f in fields]
        try:                            # float(): correctly rounded, as _float_token
            x = np.fromiter(map(float, fields), dtype=np.float64, count=len(fields))
        except ValueError:
            return None
        if dtype == _F64:
            return x
        with np.errstate(over="ignore"):
            f = x.astype(np.float32)
            # double rounding can only go wrong where the double is a float32 midpoint:
            # those few go through strtof's rule (_to_float32)
            toward = np.nextafter(f, np.where(f.astype(np.float64) < x, np.float32(np.inf),
                                              np.float32(-np.inf)).astype(np.float32))
            mid = (f.astype(np.float64) + toward.astype(np.float64)) / 2
        for i in np.flatnonzero((mid == x) & (f.astype(np.float64) != x)):
            f[i] = _to_float32(fields[i], float(x[i]))
        return f
    if text.translate(_INT_CHARS) or max(len(f.lstrip("+-")) for f in fields) > 18:
        return None
    try:
        values = np.fromiter(map(int, fields), dtype=np.int64, count=len(fields))
    except ValueError:
        return None
    return values.astype(dtype)         # the low bits, as _wrap keeps them


def _free_numbers_fast(records: list, arrays: list):
    """Free-format input of real numeric variables, vectorised: ``(values, records
    used)``, or None when the text needs the general path. Fields are what the general
    path reads (runs of characters other than blank, tab and comma); a text with an
    empty field (two commas), other white space or non-Latin-1 characters goes the
    general way. Raises :class:`EndOfInputError` when every field converts but there are
    too few."""
    if not arrays or any(a.dtype.kind not in "iuf" for a in arrays):
        return None
    needed = sum(a.size for a in arrays)
    if needed < _FAST_MIN_VALUES:
        return None
    whole = "\n".join(records)
    try:
        code = np.frombuffer(whole.encode("latin-1"), dtype=np.uint8)
    except UnicodeEncodeError:
        return None
    # white space str.split() would also cut at (IDL separates by blank, tab, comma)
    if np.any(((code >= 11) & (code <= 13)) | ((code >= 28) & (code <= 31)) |
              (code == 0x85) | (code == 0xA0)):
        return None
    if "," in whole and _EMPTY_FIELD.search(whole):
        return None
    fields = whole.translate(_TO_BLANK).split()
    out, start = [], 0
    for a in arrays:
        chunk = fields[start:start + a.size]
        start += a.size
        values = _fields_as(chunk, a.dtype) if chunk else np.empty(0, a.dtype)
        if values is None:
            return None
        if len(values) < a.size:
            raise EndOfInputError("End of file encountered: the input ran out before "
                                  "every variable was read.")
        out.append(values.reshape(a.shape) if a.ndim else a.dtype.type(values[0]))
    # the record of the last field read: count the line ends before it
    separator = (code == 32) | (code == 9) | (code == 44) | (code == 10)
    first = ~separator
    first[1:] &= separator[:-1]
    last_start = np.flatnonzero(first)[needed - 1]
    used = int(np.count_nonzero(code[:last_start] == 10)) + 1
    return out, used


def _free_complex(reader: _Reader) -> str:
    """A complex field: ``(re, im)`` or a plain number."""
    while not reader.at_end():
        line = reader.line
        pos = reader.pos
        while pos < len(line) and line[pos] in " \t,":
            pos += 1
        if pos >= len(line):
            reader.next_record()
            continue
        if line[pos] == "(":
            end = line.find(")", pos)
            if end < 0:
                raise CompatValueError(f"Input conversion error: unterminated complex "
                                       f"value {line[pos:]!r}.")
            reader.pos = end + 1
            return line[pos:end + 1]
        reader.pos = pos
        return _free_tokens(reader, _F64)
    raise EndOfInputError("End of file encountered: the input ran out before every "
                           "variable was read.")


def _read_field(reader: _Reader, code: Code, dtype: np.dtype) -> str:
    line = reader.line
    w = code.width
    if code.kind == "A":
        if not w:
            text = line[reader.pos:]
            reader.pos = len(line)
            return text
        text = line[reader.pos:reader.pos + w]
        reader.pos += w
        return text
    if not w:
        token = _free_tokens(reader, _F64)
        return token
    text = line[reader.pos:reader.pos + w]
    reader.pos += w
    return text


def _read_formatted(parsed: Format, reader: _Reader, slots: list) -> None:
    state = {"i": 0}

    def assign(text: str, code: Code):
        flat, k, dtype, part = slots[state["i"]]
        state["i"] += 1
        if dtype.kind == "U":
            flat[k] = text
            return
        base = _F32 if dtype == _C64 else (_F64 if dtype == _C128 else dtype)
        if code.kind in "BOZ" and dtype.kind != "U":
            digits = text.strip()
            base_n = {"B": 2, "O": 8, "Z": 16}[code.kind]
            try:
                number = int(digits, base_n) if digits else 0
            except ValueError:
                raise CompatValueError(f"Input conversion error: cannot read {text!r} "
                                       f"with {code.letter}.") from None
            value = base.type(_wrap(number, base)) if base.kind in "iu" else \
                base.type(number)
        else:
            value = _convert_field(text, base)
        if part is None:
            flat[k] = value
        elif part == "re":
            flat[k] = complex(float(value), 0.0)
        else:
            flat[k] = complex(flat[k].real, float(value))

    def walk(items) -> bool:
        for item in items:
            if state["i"] >= len(slots):
                return False
            if isinstance(item, Code):
                for _ in range(item.repeat):
                    if state["i"] >= len(slots):
                        return False
                    if reader.at_end():
                        raise EndOfInputError("End of file encountered: the input "
                                               "ran out before every variable was read.")
                    assign(_read_field(reader, item, slots[state["i"]][2]), item)
            elif isinstance(item, Text):
                reader.pos += len(item.text)
            elif isinstance(item, Group):
                for _ in range(item.repeat):
                    if not walk(item.items):
                        return False
            elif isinstance(item, Move):
                if item.kind in "XR":
                    reader.pos += item.n
                elif item.kind == "L":
                    reader.pos = max(0, reader.pos - item.n)
                else:
                    reader.pos = item.n - 1
            elif item.kind == "/":
                for _ in range(item.repeat):
                    reader.next_record()
            elif item.kind == ":":
                if state["i"] >= len(slots):
                    return False
        return True

    items = parsed.top.items
    rev_items, rev_index = parsed.reversion
    while state["i"] < len(slots):
        before = state["i"]
        walk(items)
        if state["i"] >= len(slots):
            break
        if state["i"] == before:
            raise CompatValueError("Infinite format loop detected.")
        reader.next_record()
        items = rev_items[rev_index:]
