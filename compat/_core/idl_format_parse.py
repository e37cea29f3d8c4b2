"""The FORMAT language of IDL's formatting engine: parsing a ``FORMAT=`` string into a tree.

:func:`parse_format` reads FORTRAN-style formats (``'(I5, 2(F8.3))'``: codes, repeat
counts, nested groups, quoted and H literals, T/TL/TR/X moves, ``:``, ``/``, ``$``) and
C printf-style ones (``'(%"x=%d")'``, ``'%5.2f'``) into a :class:`Format` of
:class:`Code`, :class:`Text`, :class:`Move`, :class:`Control` and :class:`Group` items
(cached). The output of records from the tree is :mod:`compat._core.idl_format`, which
re-exports these names; the sources of the rules are listed there.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from compat._core.errors import CompatValueError

__all__ = ["Code", "Text", "Move", "Control", "Group", "Format", "parse_format"]


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
