"""IDL's formatting engine: format codes, format reversion, free format, number text.

One engine for everything that turns IDL data into text and text back into IDL data,
shared by STRING, PRINT/PRINTF, READS/READF and the type conversions, in three modules:
this one (the output of records in the FORMAT language, whose parser is
:mod:`compat._core.idl_format_parse`), its companions
:mod:`compat._core.idl_number_text` (free formats, PRINT's layout, the text of one value,
string-to-number rules) and :mod:`compat._core.idl_text_input` (READS/READF/READ input):

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
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_format_parse import (Code, Control, Format, Group, Move, Text,  # noqa: F401
                                           parse_format)
from compat._core.idl_number_text import (  # noqa: F401 - the engine's names, re-exported
    _B_WIDTH, _C64, _C128, _F32, _F64, _I_WIDTH, _INT_BITS, _U32, _U64, _decimal_digits,
    _digits_to_text, _free_item, _parse_text, _sci_buffer, auto_text, convert_text,
    fixed_text, float_free_text, free_text, int_text, int_texts,
    nonfinite_text, number_from_text, parse_number, place, sci_text, string_of_bytes,
    text_codes, text_to_type)
from compat._core.idl_print_layout import free_records  # noqa: F401 - re-exported

__all__ = ["Code", "Text", "Move", "Control", "Group", "Format", "parse_format",
           "format_records", "format_text",
           # from idl_number_text
           "free_text", "free_records", "string_of_bytes", "parse_number",
           "number_from_text", "text_to_type", "text_codes", "convert_text", "fixed_text",
           "sci_text", "auto_text", "int_text", "nonfinite_text", "place", "float_free_text"]


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


# ------------------------------------------------------ vectorised paths of format codes
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
    return int_texts(flat, w, code.plus, code.left, code.zero)

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
