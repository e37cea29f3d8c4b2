"""Reading the legacy call of a golden case (``r = smooth(b, 2, /nan)``).

The same text is written into the capture script, where IDL or MATLAB runs it, and
read here, where it becomes the Python call. What it understands:

MATLAB: ``[p, S, mu] = polyfit(x, y, 29)``, ``C = conv2(A, B, 'same')``, ``f(x)``
(output ``ans``). Arguments are input names, numbers, ``'strings'``, ``[]``,
``true``/``false``, ``NaN``, ``Inf``, ``pi`` and numeric matrices ``[1 2; 3 4]``
(read as 2-D arrays, as MATLAB has them). The number of left-hand outputs is
``nargout``.

IDL: ``r = smooth(b, 2, /nan, missing=-1)``, ``r = poly_fit(x, y, 2, yfit=yf)``,
``pro_name, a, b, kw=out``. Arguments are input names, numbers (``2``, ``2.5``,
``1d-3``, ``5L``, ``3b``, typed as IDL types them: ``2.5`` is a
FLOAT, ``2.5d`` a DOUBLE), ``'strings'``, arrays ``[1, 2]``/``[[1, 2], [3, 4]]``,
``!pi``, ``!dpi`` and ``!values.f_nan``-style values; ``/kw`` sets a keyword. A name
that is not an input is an *output*: as a keyword value (``yfit=yf``) it requests that
output keyword, as a positional argument (GAUSSFIT's ``a``) it requests the output
argument of that position, as IDL's convention maps both onto ``name=True``.

Several statements (MATLAB ``a = f(x); b = g(a, 2)``, IDL ``a = f(x) & b = g(a, 2)``)
run one after the other; a later statement reads what an earlier one assigned, and
every assigned value is an output (so a failing case can name the first statement
whose output differs).

Anything else (expressions, MATLAB function handles) needs the case's ``"python"``
field, a Python expression evaluated with the inputs, ``np``, ``idl``, ``matlab`` and
the suite's namespace module (by its last name, e.g. ``my_port``) in scope.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from compat._core.idl_types import idl_literal
from compat.golden.names import split_statements

__all__ = ["LegacyCall", "Name", "parse_call", "parse_outputs", "parse_statements"]

_TOKEN = re.compile(r"""
    (?P<ws>\s+)
  | (?P<string>'(?:[^']|'')*'|"(?:[^"]|"")*")
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?(?:ull|ul|us|ll|[bslud])?)
  | (?P<sysvar>![A-Za-z_][\w$]*(?:\.[A-Za-z_]\w*)?)
  | (?P<name>[A-Za-z_][\w$]*)
  | (?P<punct>[()\[\],;=/\-+@])
""", re.VERBOSE | re.IGNORECASE)

_IDL_SYSVARS = {
    "!pi": np.float32(np.pi), "!dpi": np.float64(np.pi), "!dtor": np.float32(np.pi / 180),
    "!radeg": np.float32(180 / np.pi),
    "!values.f_nan": np.float32(np.nan), "!values.d_nan": np.float64(np.nan),
    "!values.f_infinity": np.float32(np.inf), "!values.d_infinity": np.float64(np.inf),
}
_IDL_INTEGER_SUFFIXES = {
    "b": np.dtype(np.uint8), "s": np.dtype(np.int16), "l": np.dtype(np.int32),
    "u": np.dtype(np.uint16), "us": np.dtype(np.uint16), "ul": np.dtype(np.uint32),
    "ll": np.dtype(np.int64), "ull": np.dtype(np.uint64),
}
_MATLAB_CONSTANTS = {"true": True, "false": False, "nan": np.nan, "inf": np.inf,
                     "pi": np.pi}


@dataclass(frozen=True)
class Name:
    """A variable name in the call: an input, or an output when no input has it."""

    name: str


@dataclass
class LegacyCall:
    """A parsed legacy call."""

    language: str
    function: str
    outputs: list[str]
    args: list = field(default_factory=list)
    keywords: dict = field(default_factory=dict)
    procedure: bool = False
    text: str = ""

    def names(self) -> set[str]:
        found = {a.name for a in self.args if isinstance(a, Name)}
        return found | {v.name for v in self.keywords.values() if isinstance(v, Name)}


def _tokens(text: str):
    position, out = 0, []
    while position < len(text):
        match = _TOKEN.match(text, position)
        if not match:
            raise ValueError(f"cannot read {text[position:]!r} in legacy call {text!r}")
        position = match.end()
        if match.lastgroup != "ws":
            out.append((match.lastgroup, match.group()))
    return out


class _Parser:
    def __init__(self, text: str, language: str):
        self.text, self.language = text, language
        self.tokens, self.pos = _tokens(text), 0

    def peek(self, offset=0):
        i = self.pos + offset
        return self.tokens[i] if i < len(self.tokens) else (None, None)

    def take(self, value=None):
        token = self.peek()
        if token[0] is None or (value is not None and token[1].lower() != value):
            wanted = f"{value!r}" if value else "more"
            raise ValueError(f"expected {wanted} at token {self.pos + 1} of legacy call "
                             f"{self.text!r}")
        self.pos += 1
        return token

    def number(self, literal: str):
        """The literal's value, typed as the legacy language types it.

        IDL: a suffix names the integer type (``5b`` BYTE, ``5s`` INT, ``5L`` LONG,
        ``5u``/``5us`` UINT, ``5ul`` ULONG, ``5ll`` LONG64, ``5ull`` ULONG64), an
        unsuffixed integer is a Python int (the IDL coercer makes it INT, or LONG/LONG64
        when it does not fit), a ``d`` exponent or suffix makes a DOUBLE and any other
        real literal (``2.5``, ``1e-3``) is a FLOAT, as IDL reads it. MATLAB: every
        number is a double.
        """
        integer = re.fullmatch(r"(\d+)(ull|ul|us|ll|[bslu])?", literal, re.IGNORECASE)
        if integer:
            suffix = (integer.group(2) or "").lower()
            if self.language != "idl" or not suffix:
                return int(integer.group(1))
            return _IDL_INTEGER_SUFFIXES[suffix].type(int(integer.group(1)))
        body = literal.lower()
        double = "d" in body
        if body.endswith("d"):
            body = body[:-1]
        value = float(body.replace("d", "e"))
        if self.language != "idl":
            return value
        # numpy scalars, not Python floats: a Python float is weak in numpy arithmetic
        # (float32 array * 0.05 stays float32), an IDL DOUBLE constant is not (a port
        # computing FLOAT data * 0.05d must get DOUBLE, as IDL does)
        return np.float64(value) if double else np.float32(value)

    def value(self):
        kind, text = self.peek()
        if text in ("-", "+"):
            self.take()
            kind, number = self.take()
            if kind != "number":
                raise ValueError(f"only numbers can be negated in legacy call {self.text!r}")
            return -self.number(number) if text == "-" else self.number(number)
        if kind == "number":
            self.take()
            return self.number(text)
        if kind == "string":
            self.take()
            quote = text[0]
            return text[1:-1].replace(quote * 2, quote)
        if kind == "sysvar":
            self.take()
            if self.language != "idl" or text.lower() not in _IDL_SYSVARS:
                raise ValueError(f"unknown system variable {text} in legacy call {self.text!r}")
            return _IDL_SYSVARS[text.lower()]
        if kind == "name":
            self.take()
            if self.peek()[1] == "(":
                raise ValueError(f"nested calls ({text}(...)) are not read: give the case a "
                                 f"'python' expression, or make the value an input")
            return Name(text)
        if text == "[":
            return self.array()
        if text == "@":
            raise ValueError("function handles are not read: give the case a 'python' "
                             "expression")
        raise ValueError(f"unexpected {text!r} in legacy call {self.text!r}")

    def array(self):
        self.take("[")
        if self.peek()[1] == "]":
            self.take()
            return None if self.language == "matlab" else np.array([])
        if self.language == "idl":
            items = [self.value()]
            while self.peek()[1] == ",":
                self.take()
                items.append(self.value())
            self.take("]")
            if any(isinstance(i, Name) for i in items):
                raise ValueError("arrays of variables are not read: give the case a 'python' "
                                 "expression")
            return idl_literal(items)
        rows, row = [], []
        while True:
            kind, text = self.peek()
            if text == "]":
                self.take()
                break
            if text == ";":
                self.take()
                rows.append(row)
                row = []
                continue
            if text == ",":
                self.take()
                continue
            item = self.value()
            if isinstance(item, Name):
                constant = _MATLAB_CONSTANTS.get(item.name.lower())
                if constant is None:
                    raise ValueError("matrices of variables are not read: give the case a "
                                     "'python' expression")
                item = constant
            row.append(item)
        rows.append(row)
        if len({len(r) for r in rows}) != 1:
            raise ValueError(f"matrix rows differ in length in legacy call {self.text!r}")
        array = np.array(rows)
        return array if array.dtype.kind == "b" else array.astype(np.float64)


def parse_outputs(text: str) -> list[str]:
    """The output names on the left of ``=`` (``["ans"]`` for MATLAB without any)."""
    match = re.match(r"\s*(?:\[([^\]]*)\]|([A-Za-z_]\w*))\s*=(?!=)", text)
    if not match:
        return []
    if match.group(1) is not None:
        return [n for n in re.split(r"[\s,]+", match.group(1).strip()) if n]
    return [match.group(2)]


def parse_call(text: str, language: str) -> LegacyCall:
    """Parse one legacy call (see the module docstring for what is understood)."""
    if language not in ("idl", "matlab"):
        raise ValueError(f"language must be 'idl' or 'matlab', got {language!r}")
    text = text.strip().rstrip(";")
    try:
        return _parse(text, language)
    except ValueError as err:
        if "python" in str(err):
            raise
        raise ValueError(f"{err}; expressions are not read: give the case a 'python' "
                         f"expression") from None


def parse_statements(text: str, language: str) -> list[LegacyCall]:
    """Parse a call text of one or more statements (see the module docstring)."""
    statements = split_statements(text, language) if language in ("idl", "matlab") else [text]
    if len(statements) <= 1:
        return [parse_call(text, language)]
    return [parse_call(statement, language) for statement in statements]


def _parse(text: str, language: str) -> LegacyCall:
    outputs = parse_outputs(text)
    body = text.split("=", 1)[1] if outputs else text
    parser = _Parser(body, language)
    kind, function = parser.take()
    if kind != "name":
        raise ValueError(f"a legacy call starts with a routine name: {text!r}")
    call = LegacyCall(language, function, outputs, text=text)
    if language == "idl" and not outputs and parser.peek()[1] in (",", None):
        call.procedure = True
        closing = None
    else:
        parser.take("(")
        closing = ")"
    if language == "matlab" and not outputs:
        call.outputs = ["ans"]
    first = True
    while parser.peek()[1] != closing:
        if not first or call.procedure:
            parser.take(",")
        first = False
        kind, token = parser.peek()
        if language == "idl" and token == "/":
            parser.take()
            call.keywords[parser.take()[1].lower()] = True
        elif language == "idl" and kind == "name" and parser.peek(1)[1] == "=":
            parser.take()
            parser.take("=")
            call.keywords[token.lower()] = parser.value()
        else:
            call.args.append(parser.value())
        if closing is None and parser.peek()[1] is None:
            break
    if closing:
        parser.take(closing)
    if parser.peek()[0] is not None:
        raise ValueError(f"unexpected {parser.peek()[1]!r} after the call in {text!r}")
    if language == "matlab":
        call.args = [_MATLAB_CONSTANTS.get(a.name.lower(), a)
                     if isinstance(a, Name) and a.name.lower() in _MATLAB_CONSTANTS else a
                     for a in call.args]
    return call
