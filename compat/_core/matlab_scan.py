"""MATLAB's input scanning: the engine under ``sscanf`` and ``fscanf``.

The format is applied to the text again and again (MATLAB "recycles" it) until the
text is used up, a conversion fails or the requested number of values is read:

* white space in the format matches any amount of white space, none included;
* other literal characters must match the text exactly;
* ``%d %i %u %o %x`` (integers; ``%i`` reads 0x... as hexadecimal and 0... as octal),
  ``%f %e %g`` (floating point, with Inf and NaN), ``%s`` (a word), ``%c`` (characters,
  white space included), ``%[abc]`` / ``%[^abc]`` (a run of characters from / not from a
  set); every conversion but ``%c`` and ``%[`` first skips white space;
* a width (``%3d``) limits the characters read, ``%*d`` reads without storing, ``l``
  (``%ld``, ``%lu``) asks for 64-bit integers.

Sources: MATLAB documentation of ``sscanf``/``fscanf`` (format recycling, the
character-array result when every conversion reads text, ``%ld`` giving int64, the
``[A, count, errmsg, nextindex]`` outputs); checked against GNU Octave 7.3.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["ScanItem", "parse_scan_format", "scan", "ScanOutcome", "members", "shaped",
           "value_limit"]


@dataclass(frozen=True)
class ScanItem:
    """One piece of a scan format: 'space', a literal, or a conversion."""

    kind: str                 # 'space', 'literal', 'conversion'
    text: str = ""            # the literal, or the conversion letter
    skip: bool = False        # %*...
    width: int | None = None
    length: str = ""          # 'l', 'h' or ''
    charset: str = ""         # for %[...]


_CONVERSION = re.compile(r"%(\*?)(\d*)([lh]?)([diuoxXfeEgGsc]|\[\^?\]?[^\]]*\])")


def parse_scan_format(fmt: str) -> list[ScanItem]:
    """The items of a scan format (escapes like ``\\n`` are literal text in MATLAB's
    sscanf formats except ``\\t``/``\\n``, which are white space there)."""
    if not isinstance(fmt, str):
        raise CompatValueError("formatSpec must be a character vector")
    fmt = fmt.replace("\\n", "\n").replace("\\t", "\t")
    items, k = [], 0
    while k < len(fmt):
        ch = fmt[k]
        if ch.isspace():
            while k < len(fmt) and fmt[k].isspace():
                k += 1
            items.append(ScanItem("space"))
            continue
        if ch == "%":
            if fmt.startswith("%%", k):
                items.append(ScanItem("literal", "%"))
                k += 2
                continue
            match = _CONVERSION.match(fmt, k)
            if not match:
                raise CompatValueError(f"Invalid format: '{fmt[k:]}'")
            skip, width, length, conv = match.groups()
            charset = ""
            if conv.startswith("["):
                charset, conv = conv[1:-1], "["
            items.append(ScanItem("conversion", conv, bool(skip),
                                  int(width) if width else None, length, charset))
            k = match.end()
            continue
        start = k
        while k < len(fmt) and not fmt[k].isspace() and fmt[k] != "%":
            k += 1
        items.append(ScanItem("literal", fmt[start:k]))
    if not any(item.kind == "conversion" for item in items):
        raise CompatValueError("formatSpec must contain a conversion (such as %d or %f)")
    return items


_PATTERNS = {
    "d": r"[+-]?\d+", "u": r"[+-]?\d+", "o": r"[+-]?[0-7]+", "x": r"[+-]?(?:0[xX])?[0-9a-fA-F]+",
    "X": r"[+-]?(?:0[xX])?[0-9a-fA-F]+",
    "i": r"[+-]?(?:0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)",
    "f": r"[+-]?(?:inf(?:inity)?|nan|(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?)",
}
for _c in "eEgG":
    _PATTERNS[_c] = _PATTERNS["f"]
_COMPILED = {c: re.compile(p, re.IGNORECASE if c in "feEgG" else 0)
             for c, p in _PATTERNS.items()}


def members(charset: str) -> set:
    """The characters of a ``%[...]`` set, ranges such as ``a-z`` expanded (a ``-``
    first or last is itself)."""
    out, k = set(), 0
    while k < len(charset):
        if k + 2 < len(charset) and charset[k + 1] == "-":
            out.update(chr(c) for c in range(ord(charset[k]), ord(charset[k + 2]) + 1))
            k += 3
        else:
            out.add(charset[k])
            k += 1
    return out


def _integer(text: str, conv: str) -> int:
    sign = -1 if text.startswith("-") else 1
    body = text.lstrip("+-")
    if conv == "o":
        return sign * int(body, 8)
    if conv in "xX":
        return sign * int(body, 16)
    if conv == "i":
        if body[:2].lower() == "0x":
            return sign * int(body, 16)
        if len(body) > 1 and body.startswith("0"):
            return sign * int(body, 8)
    return sign * int(body)


@dataclass
class ScanOutcome:
    """What a scan read: the values (numbers, or character codes), whether every stored
    conversion read text, the count of conversions stored, the error message, and the
    index (0-based) of the first character not read."""

    values: list
    text_only: bool
    count: int
    message: str
    next_index: int
    int64: str | None        # 'int64'/'uint64' when every numeric conversion is %l...


def scan(text: str, items: list[ScanItem], limit: float = float("inf")) -> ScanOutcome:
    """Apply the (recycled) format ``items`` to ``text`` (module docstring)."""
    stored = [it for it in items if it.kind == "conversion" and not it.skip]
    text_only = bool(stored) and all(it.text in "sc[" for it in stored)
    numeric = [it for it in stored if it.text not in "sc["]
    int64 = None
    if numeric and all(it.length == "l" and it.text in "diuoxX" for it in numeric):
        int64 = "uint64" if all(it.text in "uoxX" for it in numeric) else "int64"
    values, count, position, message = [], 0, 0, ""
    n = len(text)
    while count < limit:
        cycle_start = position
        stopped = False
        for item in items:
            if count >= limit:
                break
            if item.kind == "space":
                while position < n and text[position].isspace():
                    position += 1
                continue
            if item.kind == "literal":
                if text.startswith(item.text, position):
                    position += len(item.text)
                    continue
                if position < n:
                    message = "Matching failure in format."
                stopped = True
                break
            conv = item.text
            if conv not in "c[":
                while position < n and text[position].isspace():
                    position += 1
            if position >= n:
                stopped = True
                break
            end = n if item.width is None else min(n, position + item.width)
            if conv == "c":
                width = item.width or 1
                piece = text[position:position + width]
                position += len(piece)
                if not item.skip:
                    values.extend(ord(ch) for ch in piece)
                    count += 1
                continue
            if conv in ("s", "["):
                stop = position
                if conv == "s":
                    while stop < end and not text[stop].isspace():
                        stop += 1
                else:
                    negate = item.charset.startswith("^")
                    chars = members(item.charset[1:] if negate else item.charset)
                    while stop < end and ((text[stop] in chars) != negate):
                        stop += 1
                    if stop == position:
                        message = "Matching failure in format."
                        stopped = True
                        break
                piece = text[position:stop]
                position = stop
                if not item.skip:
                    values.extend(ord(ch) for ch in piece)
                    count += 1
                continue
            match = _COMPILED[conv].match(text[:end], position)
            if not match or match.end() == position:
                message = "Matching failure in format."
                stopped = True
                break
            token = match.group(0)
            position = match.end()
            if not item.skip:
                if conv in "feEgG":
                    value = float(token.replace("d", "e").replace("D", "e"))
                else:
                    value = _integer(token, conv)
                    if int64 is None:
                        value = float(value)
                values.append(value)
                count += 1
        if stopped or position >= n or position == cycle_start:
            break
    return ScanOutcome(values, text_only, count, message, position, int64)


def shaped(values: list, size, dtype) -> np.ndarray:
    """MATLAB's output shape for ``sizeA`` (None/Inf/n: a column; [m n]: m rows, the last
    column padded with zeros)."""
    array = np.array(values, dtype=dtype) if values else np.zeros(0, dtype=dtype)
    if size is None:
        return array.reshape(-1, 1)
    size = np.asarray(size, dtype=float).ravel()
    if size.size == 1:
        return array.reshape(-1, 1)
    rows = int(size[0])
    if rows <= 0:
        return np.zeros((0, 0), dtype=dtype)
    columns = -(-array.size // rows)
    if np.isfinite(size[1]):
        columns = min(columns, int(size[1])) if array.size else 0
    padded = np.zeros(rows * columns, dtype=dtype)
    padded[:min(array.size, rows * columns)] = array[:rows * columns]
    return padded.reshape(columns, rows).T.copy()


def value_limit(size) -> float:
    """How many values ``sizeA`` asks for (Inf when unbounded)."""
    if size is None:
        return float("inf")
    size = np.asarray(size, dtype=float).ravel()
    if size.size == 1:
        return float(size[0])
    if size.size == 2 and np.isfinite(size[0]) and size[0] >= 0:
        return float(size[0] * size[1])
    raise CompatValueError("sizeA must be n, Inf or [m n] with a finite m")
