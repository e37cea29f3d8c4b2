"""IDL's formatted and free-format input (READS, READF, READ): text read back into new
values shaped and typed like the variables given.

Part of IDL's one formatting engine: the FORMAT language comes from
:mod:`compat._core.idl_format`, the string-to-number rules from
:mod:`compat._core.idl_number_text`. :func:`read_values` reads records (lines) into
values; free format splits fields at blanks, tabs and a comma and lets numbers continue
on the next record (a string variable takes the rest of its record); a format reads
each data code's field, ``X``/``T`` move, ``/`` goes to the next record and the format
reverts as on output. Sources: IDL Reference Guide, READS/READF and "Using Free Format
Input/Output", "Using Explicitly Formatted Input/Output"; GDL 1.0.1 where they are
silent (reference_outputs/idl/reads, reference_outputs/idl/formatted_io).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from compat._core.decimal_fields import blank_separated_floats
from compat._core.errors import CompatValueError
from compat._core.idl_format import Code, Format, Group, Move, Text, parse_format
from compat._core.idl_numeric import float_to_int
from compat._core.idl_number_text import (_C64, _C128, _F32, _F64, _I64, TYPE_NAME, _to_float32,
                                          _wrap, float32_midpoint_suspects,
                                          number_from_text)

__all__ = ["EndOfInputError", "read_values"]


class EndOfInputError(CompatValueError):
    """The input ran out before every variable was read: IDL's "End of file encountered"
    of READS, READF and READ (a ``ValueError``). A port of an IDL loop that ends on
    ``ON_IOERROR`` at the end of a file catches it: ``except compat.EndOfInputError``."""



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
        joined = " ".join(fields)
        if "d" in joined or "D" in joined:
            joined = joined.replace("d", "e").replace("D", "e")
        # parsed in C, correctly rounded as float() is (_float_token); None for a field
        # that is not a plain number (numpy 2.4's fromstring raised a bare ValueError)
        x = blank_separated_floats(joined.encode("latin-1"))
        if x is None or x.size != len(fields):
            return None
        if dtype == _F64:
            return x
        return _round_single(x, lambda i: fields[i].replace("d", "e").replace("D", "e"))
    if text.translate(_INT_CHARS) or (max(map(len, fields)) > 18 and
                                      max(len(f.lstrip("+-")) for f in fields) > 18):
        return None
    try:
        values = np.fromiter(map(int, fields), dtype=np.int64, count=len(fields))
    except ValueError:
        return None
    return values.astype(dtype)         # the low bits, as _wrap keeps them


_FLOAT_TEXT = str.maketrans("", "", "0123456789+-.eEdD \n")


def _free_floats(text: str, starts: np.ndarray, arrays: list):
    """FLOAT/DOUBLE variables from blank-separated plain decimal fields, parsed in C
    (:func:`compat._core.decimal_fields.blank_separated_floats`, correctly rounded as
    Python's float() is): the values per
    array, or None when a field is not a plain number (the field count and the numbers
    parsed disagree) and the general path must judge. Raises EndOfInputError when there
    are too few fields. The same values as :func:`_fields_as`, about twice as fast."""
    if text.translate(_FLOAT_TEXT):
        return None
    if "d" in text or "D" in text:
        text = text.replace("d", "e").replace("D", "e")
    needed = sum(a.size for a in arrays)
    if len(starts) < needed:
        raise EndOfInputError("End of file encountered: the input ran out before "
                              "every variable was read.")
    x = blank_separated_floats(text.encode("latin-1").translate(_AS_ONE_ROW))
    if x is None or x.size != len(starts):   # a field it cannot read
        return None
    out, begin = [], 0
    for a in arrays:
        values = x[begin:begin + a.size]
        if a.dtype == np.float32:
            values = _single(values, text, starts[begin:begin + a.size])
        begin += a.size
        out.append(values.reshape(a.shape) if a.ndim else a.dtype.type(values[0]))
    return out


def _single(x: np.ndarray, text: str, starts: np.ndarray) -> np.ndarray:
    """:func:`_round_single` of fields found at ``starts`` in ``text``."""
    return _round_single(x, lambda i: text[int(starts[i]):].split(None, 1)[0])


def _round_single(x: np.ndarray, field) -> np.ndarray:
    """The float32 of each field (strtof's rounding) from its correctly rounded double:
    the double rounded once more, except where the double is a float32 midpoint (double
    rounding can only go wrong there): those few are read again from their text
    ``field(i)`` by strtof's rule (_to_float32)."""
    with np.errstate(over="ignore"):
        f = x.astype(np.float32)
    # the midpoint test below on the few suspects only (the same answer as on all)
    index = float32_midpoint_suspects(x, f)
    if index.size:
        xs, fs = x[index], f[index]
        with np.errstate(over="ignore"):
            toward = np.nextafter(fs, np.where(fs.astype(np.float64) < xs, np.float32(np.inf),
                                               np.float32(-np.inf)).astype(np.float32))
            mid = (fs.astype(np.float64) + toward.astype(np.float64)) / 2
        for i in index[(mid == xs) & (fs.astype(np.float64) != xs)]:
            f[i] = _to_float32(field(int(i)), float(x[i]))
    return f


#: every separator (blank, tab, comma, LF) a blank, the d exponent an e, the other
#: characters of plain decimal fields kept, and every other byte NUL: the text as one
#: row for numpy.loadtxt, checked in the same pass
_AS_ONE_ROW = bytes(32 if c in b" \t,\n" else 101 if c in b"dD" else
                    c if c in b"0123456789+-.eE" else 0 for c in range(256))
_EMPTY_FIELD_BYTES = re.compile(rb",[ \t]*,")


def free_floats_in_bytes(data: bytes, arrays: list):
    """The free-format read of FLOAT/DOUBLE ``arrays`` from the start of the Latin-1
    text ``data`` (lines end at LF), as :func:`free_numbers_in_text` reads it, from
    the bytes and about twice as fast: ``(values, end)`` with ``end`` the index of the
    LF closing the record of the last field read (``len(data)`` without one), or None
    when the text needs the general path: a character other than digits, signs, ``.``,
    ``e E d D``, blank, tab, comma and LF (CR, other white space, names such as NaN), an
    empty field between commas, or a field that is no plain decimal number. Raises
    :class:`EndOfInputError` when every field is a number but there are too few.

    Every separator becomes a blank and every ``d`` an ``e``, and numpy.loadtxt's C
    reader parses the fields (:func:`compat._core.decimal_fields.blank_separated_floats`,
    as in :func:`_free_floats`: PyOS_string_to_double, correctly rounded as float()),
    refusing a field it cannot read whole, in pieces that stay in the cache (the
    line structure of :func:`free_numbers_in_text` is not needed: the starts of the
    fields only for a FLOAT midpoint's text). Checked bit for bit
    against :func:`free_numbers_in_text` in tests/test_idl_free_floats_bytes.py."""
    if not arrays or any(a.dtype.kind != "f" for a in arrays):
        return None
    needed = sum(a.size for a in arrays)
    if not needed:
        return None
    row = data.translate(_AS_ONE_ROW)
    if b"\0" in row or b"," in data and _EMPTY_FIELD_BYTES.search(data):
        return None
    x = blank_separated_floats(row)
    if x is None:
        return None
    if x.size < needed:
        raise EndOfInputError("End of file encountered: the input ran out before "
                              "every variable was read.")
    found = []

    def starts():
        """Where each field starts in ``row`` (computed only when needed)."""
        if not found:
            code = np.frombuffer(row, dtype=np.uint8)
            first = code != 32
            first[1:] &= code[:-1] == 32
            found.append(np.flatnonzero(first))
        return found[0]

    def field_at(offset):
        def field(i):
            begin = int(starts()[offset + i])
            end = row.find(b" ", begin)
            return row[begin:end if end >= 0 else len(row)].decode("latin-1")
        return field

    out, begin = [], 0
    for a in arrays:
        values = x[begin:begin + a.size]
        if a.dtype == np.float32:
            values = _round_single(values, field_at(begin))
        begin += a.size
        out.append(values.reshape(a.shape) if a.ndim else a.dtype.type(values[0]))
    # the record of the last field read ends at the next line end
    last = len(row.rstrip(b" ")) - 1 if x.size == needed else int(starts()[needed - 1])
    end = data.find(b"\n", last)
    return out, (len(data) if end < 0 else end)


def _free_numbers_fast(records: list, arrays: list):
    """Free-format input of real numeric variables, vectorised: ``(values, records
    used)``, or None when the text needs the general path. Fields are what the general
    path reads (runs of characters other than blank, tab and comma); a text with an
    empty field (two commas), other white space or non-Latin-1 characters goes the
    general way. Raises :class:`EndOfInputError` when every field converts but there are
    too few."""
    if not arrays or any(a.dtype.kind not in "iuf" for a in arrays):
        return None
    if sum(a.size for a in arrays) < _FAST_MIN_VALUES:
        return None
    fast = free_numbers_in_text("\n".join(records), arrays)
    if fast is None:
        return None
    values, end, whole = fast
    return values, whole.count("\n", 0, end) + 1


def free_numbers_in_text(whole: str, arrays: list):
    """The free-format read of real numeric ``arrays`` from the start of ``whole`` (lines
    separated by LF), vectorised: ``(values, end, whole)`` with ``end`` the index just
    before the line end that closes the record of the last field read, or None when the
    text needs the general path (see :func:`_free_numbers_fast`). READF of a whole table
    calls it on the rest of the file in one piece."""
    if not arrays or any(a.dtype.kind not in "iuf" for a in arrays):
        return None
    needed = sum(a.size for a in arrays)
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
    separator = (code == 32) | (code == 9) | (code == 44) | (code == 10)
    first = ~separator
    first[1:] &= separator[:-1]
    starts = np.flatnonzero(first)
    text = whole.translate(_TO_BLANK)
    out = _free_floats(text, starts, arrays) if all(a.dtype.kind == "f" for a in arrays) \
        else None
    if out is None:
        fields = text.split()
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
    # the record of the last field read ends at the next line end
    end = whole.find("\n", int(starts[needed - 1]))
    return out, (len(whole) if end < 0 else end), whole


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


#: what a numeric code reads, whatever the variable's type: an integer in base 2, 8, 10
#: or 16, or a real (IDL Reference, "B, I, O, and Z Format Codes": they "transfer
#: integer values"; "F, D, E, and G Format Codes": "on input ... assign them as a real
#: value"), then converted to the variable's type
_READ_AS = {"B": 2, "O": 8, "I": 10, "Z": 16, "F": 0, "D": 0, "E": 0, "G": 0}
_BASE_DIGITS = {2: "01", 8: "01234567", 10: "0123456789",
                16: "0123456789abcdefABCDEF"}


def _integer_prefix(text: str, base: int):
    """The integer at the start of ``text`` in ``base`` as C's ``strtoll`` reads it:
    blanks and tabs, an optional sign, ``0x``/``0X`` before hexadecimal digits, then the
    longest run of digits of the base (``'1_0'`` is 1, ``'fg'`` in base 16 is 15,
    ``'0o7'`` in base 8 is 0); None when there is no digit (GDL 1.0.1)."""
    digits = _BASE_DIGITS[base]
    n, i = len(text), 0
    while i < n and text[i] in " \t":
        i += 1
    sign = 1
    if i < n and text[i] in "+-":
        sign = -1 if text[i] == "-" else 1
        i += 1
    if base == 16 and text[i:i + 2] in ("0x", "0X") and i + 2 < n and \
            text[i + 2] in digits:
        i += 2
    start = i
    while i < n and text[i] in digits:
        i += 1
    if i == start:
        return None
    return sign * int(text[start:i], base)


def _coded_number(text: str, code: Code, dtype: np.dtype):
    """A numeric field read by its code into ``dtype``: B, O, I, Z read an integer of
    their base (an integer into a FLOAT variable: ``'1e3'`` with I is 1.0), F, D, E, G a
    real (a real into a LONG variable is truncated: ``'1e3'`` with F is 1000, ``'-2.7'``
    -2); a blank field is 0, a field without a number IDL's "Input conversion error"
    (astrolib's READFMT skips comment lines through it)."""
    if dtype.kind == "U" or text.strip(" \t") == "":
        return _convert_field(text, dtype)
    base = _READ_AS[code.kind]
    if base:
        number = _integer_prefix(text, base)
        if number is not None:
            if dtype.kind in "iu":
                return dtype.type(_wrap(number, dtype))
            return dtype.type(_wrap(number, _I64))
    elif dtype.kind == "f":
        value = number_from_text(text, dtype)
        if value is not None:
            return value
    else:
        real = number_from_text(text, _F64)
        if real is not None:        # IDL's conversion of a DOUBLE to the integer type
            return float_to_int(np.array([real], dtype=_F64), dtype)[0]
    raise CompatValueError(f"Input conversion error: {text!r} is not a number for "
                           f"{code.letter}.")


def _read_formatted(parsed: Format, reader: _Reader, slots: list) -> None:
    state = {"i": 0}

    def assign(text: str, code: Code):
        flat, k, dtype, part = slots[state["i"]]
        state["i"] += 1
        if dtype.kind == "U":
            flat[k] = text
            return
        base = _F32 if dtype == _C64 else (_F64 if dtype == _C128 else dtype)
        if code.kind in _READ_AS:
            value = _coded_number(text, code, base)
        else:
            value = _convert_field(text, base)
        if part is None:
            flat[k] = value
        elif part == "re":
            flat[k] = complex(float(value), 0.0)
        else:
            flat[k] = complex(flat[k].real, float(value))

    def walk(items) -> bool:
        # after the last variable the format still runs to its end (or a ``:``), its data
        # codes skipped, as on output (compat._core.idl_format, GDL 1.0.1): a ``/`` there
        # still ends the record, so READF with '(I1, /)' skips a line (IDL, ": Format
        # Code": only a colon "terminates format processing if there are no more data")
        for item in items:
            if isinstance(item, Code):
                for _ in range(item.repeat):
                    if state["i"] >= len(slots):
                        break
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
                    if not reader.next_record():
                        raise EndOfInputError("End of file encountered: the input "
                                              "ran out before every variable was read.")
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
