"""MATLAB's ``textscan``: fields of text read into typed columns.

The format's conversions are applied to the fields of the text in turn, recycled row
after row (``N`` times at most), each conversion feeding one output column:

* fields are separated by the delimiters (none by default: white space separates) and
  by end-of-line; the ``Whitespace`` characters (default blank, backspace, tab) around a
  field are skipped; with delimiters an empty field is ``EmptyValue`` (NaN) in a
  floating column and 0 in an integer one; ``MultipleDelimsAsOne`` merges runs;
* ``HeaderLines`` are skipped first, ``CommentStyle`` text (one marker: to the end of
  the line; two: a block) is ignored, ``TreatAsEmpty`` words are empty fields;
* conversions: ``%f %f32 %f64 %n`` (double or single), ``%d %d8 %d16 %d32 %d64`` and
  ``%u...`` (integer classes, MATLAB's rounding and saturation), ``%s`` (a word, into a
  cell column), ``%q`` (a word or a double-quoted string without its quotes), ``%c``
  (one character), ``%[...]``, ``%*...`` (read and discard); other text must match;
* reading stops at the first field that cannot be converted (columns may then differ
  in length, as in MATLAB).

Sources: MATLAB documentation of ``textscan`` (conversions, name-value options and
their defaults, stopping rule, CollectOutput); checked against GNU Octave 7.3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from compat._core.decimal_fields import blank_separated_floats
from compat._core.errors import CompatValueError
from compat._core.matlab_integers import to_int
from compat._core.matlab_scan import members

__all__ = ["TextscanOptions", "textscan_text"]

_NUMBER = re.compile(r"[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?)",
                     re.IGNORECASE)
_CONVERSION = re.compile(r"%(\*?)(\d*)(?:\.(\d+))?(f32|f64|d8|d16|d32|d64|u8|u16|u32|u64|"
                         r"[fndusqc]|\[\^?\]?[^\]]*\])")
_CLASSES = {"f": "double", "n": "double", "f64": "double", "f32": "single",
            "d": "int32", "d8": "int8", "d16": "int16", "d32": "int32", "d64": "int64",
            "u": "uint32", "u8": "uint8", "u16": "uint16", "u32": "uint32",
            "u64": "uint64", "s": "cell", "q": "cell", "c": "char"}


@dataclass
class TextscanOptions:
    """textscan's name-value options, parsed."""

    delimiter: tuple = ()
    whitespace: str = " \b\t"
    header_lines: int = 0
    comment_style: tuple = ()
    end_of_line: tuple = ("\r\n", "\n", "\r")
    multiple_delims_as_one: bool = False
    empty_value: float = float("nan")
    treat_as_empty: tuple = ()
    collect_output: bool = False
    return_on_error: bool = True
    extra: dict = field(default_factory=dict)


@dataclass(frozen=True)
class _Item:
    kind: str            # 'literal' or 'conversion'
    text: str            # the literal, or the conversion code ('f32', 's', '[' ...)
    skip: bool = False
    width: int | None = None
    charset: str = ""
    precision: int | None = None


def _parse(fmt: str) -> list:
    items, k = [], 0
    fmt = fmt.replace("\\n", "\n").replace("\\t", "\t")
    while k < len(fmt):
        if fmt[k].isspace():
            k += 1
            continue
        if fmt[k] == "%":
            match = _CONVERSION.match(fmt, k)
            if not match:
                raise CompatValueError(f"Badly formed format string: '{fmt[k:]}'")
            skip, width, precision, code = match.groups()
            charset = ""
            if code.startswith("["):
                charset, code = code[1:-1], "["
            items.append(_Item("conversion", code, bool(skip),
                               int(width) if width else None, charset,
                               int(precision) if precision else None))
            k = match.end()
            continue
        start = k
        while k < len(fmt) and not fmt[k].isspace() and fmt[k] != "%":
            k += 1
        items.append(_Item("literal", fmt[start:k]))
    if not any(i.kind == "conversion" for i in items):
        raise CompatValueError("Badly formed format string: no conversion")
    return items


def _strip_comments(text: str, style: tuple) -> str:
    if not style:
        return text
    if len(style) == 1:
        return re.sub(re.escape(style[0]) + r"[^\r\n]*", "", text)
    return re.sub(re.escape(style[0]) + r".*?" + re.escape(style[1]), "", text, flags=re.S)


class _Reader:
    def __init__(self, text: str, options: TextscanOptions):
        self.text, self.options, self.pos = text, options, 0
        self.eol = options.end_of_line
        self.delims = tuple(sorted(options.delimiter, key=len, reverse=True))

    def at_end(self) -> bool:
        return self.pos >= len(self.text)

    def _starts(self, candidates) -> str | None:
        for c in candidates:
            if c and self.text.startswith(c, self.pos):
                return c
        return None

    def skip_space(self, newlines: bool = True) -> None:
        while self.pos < len(self.text):
            ch = self.text[self.pos]
            if ch in self.options.whitespace and not self._starts(self.delims):
                self.pos += 1
            elif newlines and self._starts(self.eol):
                self.pos += len(self._starts(self.eol))
            elif not self.delims and ch.isspace():
                self.pos += 1
            else:
                break

    def field(self, width=None) -> str:
        """The raw text up to the next delimiter/end of line (or white space)."""
        start = self.pos
        limit = len(self.text) if width is None else min(len(self.text), start + width)
        while self.pos < limit:
            if self._starts(self.delims) or self._starts(self.eol):
                break
            if not self.delims and self.text[self.pos].isspace():
                break
            self.pos += 1
        return self.text[start:self.pos].strip(self.options.whitespace)

    def end_field(self) -> None:
        """Consume the delimiter after a field (all of a run with MultipleDelimsAsOne)."""
        while self.pos < len(self.text) and self.text[self.pos] in self.options.whitespace \
                and not self._starts(self.delims):
            self.pos += 1
        delim = self._starts(self.delims)
        if delim:
            self.pos += len(delim)
            while self.options.multiple_delims_as_one and self._starts(self.delims):
                self.pos += len(self._starts(self.delims))


def _numeric(token: str, code: str, options: TextscanOptions, precision=None):
    """(value, characters of ``token`` read, ok): the longest number at the start of the
    field, as C's scanf reads one; the rest of the field starts the next field (MATLAB
    reads ``'12abc'`` with ``'%d%s'`` as 12 and 'abc'; a literal after a number, as in
    ``'(%f, %d)'`` on ``'(3.39,1)'``, matches the rest). A precision (``%7.2f``) stops
    the digits after the point: MATLAB reads ``'123.456'`` with ``'%7.2f'`` as 123.45
    and 6, ``'1.23456E2'`` with ``'%9.2f'`` as 1.23 and 45600 (MATLAB Answers 473938,
    dpb's session print-outs; GNU Octave 7.3 rounds to 123.46 and reads 123: a recorded
    divergence)."""
    if token == "" or token in options.treat_as_empty:
        value = options.empty_value if _CLASSES[code] in ("double", "single") else 0
        return value, len(token), True
    match = (_NUMBER if precision is None else _limited_number(precision)).match(token)
    if not match:
        return None, 0, False
    text = match.group(0)
    return float(text.replace("d", "e").replace("D", "e")), len(text), True


def _limited_number(precision: int):
    """A number with at most ``precision`` digits after the point; its exponent only
    when the precision did not cut the digits."""
    return re.compile(rf"[+-]?(?:inf(?:inity)?|nan|(?:\d+(?:\.\d{{0,{precision}}})?|"
                      rf"\.\d{{1,{precision}}})(?:(?!\d)[eEdD][+-]?\d+)?)", re.IGNORECASE)


def textscan_text(text: str, fmt: str, repeat: float, options: TextscanOptions):
    """(columns, characters consumed) of ``textscan`` on ``text``."""
    items = _parse(fmt)
    header = options.header_lines
    consumed_header = 0
    if header:
        lines = text.split("\n")
        consumed_header = len("\n".join(lines[:header])) + (1 if header < len(lines) else 0)
    body = _strip_comments(text[consumed_header:] if header else text,
                           options.comment_style)
    fast = _numeric_table(body, items, repeat, options)
    if fast is not None:
        out = fast
        if options.collect_output:
            out = _collect(out)
        return out, consumed_header + len(body)
    reader = _Reader(body, options)
    conversions = [i for i in items if i.kind == "conversion" and not i.skip]
    columns: list[list] = [[] for _ in conversions]
    rows = 0
    stopped = False
    while rows < repeat and not stopped:
        reader.skip_space()
        if reader.at_end():
            break
        slot = 0
        for item in items:
            if item.kind == "literal":
                reader.skip_space()
                if reader.text.startswith(item.text, reader.pos):
                    reader.pos += len(item.text)
                    reader.end_field()
                    continue
                stopped = True
                break
            reader.skip_space(newlines=not options.delimiter or slot == 0)
            if reader.at_end() and not options.delimiter:
                stopped = True
                break
            code = item.text
            if code == "c":
                value = reader.text[reader.pos:reader.pos + (item.width or 1)]
                reader.pos += len(value)
            elif code == "q" and reader.text.startswith('"', reader.pos):
                end = reader.text.find('"', reader.pos + 1)
                end = len(reader.text) if end < 0 else end
                value = reader.text[reader.pos + 1:end]
                reader.pos = min(len(reader.text), end + 1)
                reader.end_field()
            elif code == "[":
                negate = item.charset.startswith("^")
                chars = members(item.charset[1:] if negate else item.charset)
                start = reader.pos
                while reader.pos < len(reader.text) and \
                        ((reader.text[reader.pos] in chars) != negate):
                    reader.pos += 1
                value = reader.text[start:reader.pos]
            else:
                field_start = reader.pos
                raw = reader.field(item.width)
                reader.end_field()
                if code in ("s", "q"):
                    value = raw
                else:
                    value, used, ok = _numeric(raw, code, options, item.precision)
                    if not ok:
                        reader.pos = field_start  # MATLAB stops before the bad field
                        stopped = True
                        break
                    if used < len(raw):
                        reader.pos = field_start + used  # the rest is the next field
            if not item.skip:
                columns[slot].append(value)
                slot += 1
        else:
            rows += 1
    out = [_column(values, conversions[k].text) for k, values in enumerate(columns)]
    if options.collect_output:
        out = _collect(out)
    return out, consumed_header + reader.pos


_NUMERIC_TEXT = re.compile(r"[^0-9eE.+\-\s]")
#: the Latin-1 characters _NUMERIC_TEXT lets through (its \s is str.isspace)
_NUMERIC_BYTES = bytes(sorted(set(b"0123456789eE.+-") |
                              {c for c in range(256) if chr(c).isspace()}))
#: every white space byte of _NUMERIC_BYTES a blank, its other bytes kept, every byte
#: outside it NUL: the fields as one row, checked in the same pass
_WHITE_TO_BLANK = bytes(32 if chr(c).isspace() else c if c in _NUMERIC_BYTES else 0
                        for c in range(256))
_NUMERIC_CODES = {"f", "n", "f32", "f64", "d", "d8", "d16", "d32", "d64", "u", "u8", "u16",
                  "u32", "u64"}


def _numeric_table(body, items, repeat, options):
    """The columns of a purely numeric table, parsed by numpy in one go; None when the
    text or the format needs the field-by-field reader (literals, widths, comments,
    empty fields, words, a repeat count, characters outside plain numbers)."""
    if repeat != float("inf") or options.comment_style or options.treat_as_empty or \
            any(i.kind != "conversion" or i.text not in _NUMERIC_CODES or i.width
                or i.precision is not None for i in items) or len(options.delimiter) > 1 or \
            any(len(d) != 1 for d in options.delimiter):
        return None
    if options.delimiter:
        delimiter = options.delimiter[0]
        if re.search(rf"(^|{re.escape(delimiter)})[ \t]*({re.escape(delimiter)}|$)", body,
                     re.M):
            return None  # empty fields take EmptyValue: the field reader handles them
        body = body.replace(delimiter, " ")
    values = _plain_numbers(body)
    if values is None:
        return None
    width = len(items)
    rows, extra = divmod(values.size, width)
    columns = []
    for k, item in enumerate(items):
        column = values[k:rows * width:width]
        if k < extra:
            column = np.append(column, values[rows * width + k])
        if not item.skip:
            columns.append(_column(column, item.text))
    return columns


def _plain_numbers(body):
    """``np.array(body.split(), dtype=np.float64)`` when ``body`` holds only white space
    and the characters of plain numbers, else None (also when a field is no number).

    Latin-1 text, its str.isspace white space made blanks, goes to numpy.loadtxt's C
    reader as rows of fields (:func:`compat._core.decimal_fields.blank_separated_floats`:
    no list of Python strings, no iteration over lines), which converts each field with
    the same PyOS_string_to_double as float(): the fields of body.split() in order. A
    field it refuses takes the str.split path, which decides. Checked against that path
    bit for bit in tests/test_matlab_textscan_fast.py."""
    try:
        data = body.encode("latin-1")
    except UnicodeEncodeError:
        data = None
        if _NUMERIC_TEXT.search(body):
            return None
    else:
        row = data.translate(_WHITE_TO_BLANK)
        if b"\0" in row:                       # _NUMERIC_TEXT, at C speed
            return None
        values = blank_separated_floats(row)
        if values is not None:
            return values
    try:
        return np.array(body.split(), dtype=np.float64)
    except ValueError:
        return None


def _column(values, code):
    cls = _CLASSES.get(code, "cell")
    if cls == "cell":
        return list(values)
    if cls == "char":
        return np.array(values, dtype="<U1").reshape(-1, 1) if values else \
            np.zeros((0, 1), dtype="<U1")
    data = np.asarray(values, dtype=np.float64).reshape(-1, 1)
    if cls == "double":
        return data
    if cls == "single":
        return data.astype(np.float32)
    return to_int("textscan", data, cls)


def _collect(columns):
    out = []
    for column in columns:
        if out and isinstance(column, np.ndarray) and isinstance(out[-1], np.ndarray) \
                and out[-1].dtype == column.dtype and out[-1].shape[0] == column.shape[0]:
            out[-1] = np.hstack([out[-1], column])
        elif out and isinstance(column, list) and isinstance(out[-1], list) and \
                out[-1] and isinstance(out[-1][0], list):
            out[-1] = [row + [v] for row, v in zip(out[-1], column)]
        else:
            out.append(column)
    return out
