"""IDL value expressions written as text: constants, array constructors, conversions.

Legacy IDL code hands values around as *source text* to be compiled by ``EXECUTE``: the
IDL Astronomy Library's MRD_STRUCT builds a structure from tag names and value strings
such as ``'0L'``, ``'dblarr(10,10)'`` or ``"string(replicate(32b,8))"``, which
MRDFITS and SDSS idlutils' YANNY_READ generate. compat cannot run IDL, so this module
evaluates the part of IDL's expression language such value strings use, with IDL's
types:

* numeric constants with IDL's type suffixes (IDL Reference Guide, "Constants"):
  ``B`` BYTE, ``S`` INT, ``U``/``US`` UINT, ``L`` LONG, ``UL`` ULONG, ``LL`` LONG64,
  ``ULL`` ULONG64; an integer without suffix is INT when it fits 16 bits, else LONG,
  else LONG64 (LONG when it fits 32 bits under ``COMPILE_OPT DEFINT32``/``IDL2``,
  ``defint32=True``); a number with a decimal point or an ``E`` exponent is FLOAT, with
  a ``D`` exponent or suffix DOUBLE; hexadecimal and octal strings ``'FF'x``, ``'17'o``
  with the same suffixes;
* strings in single or double quotes (a doubled quote inside is one quote);
* array constants ``[a, b, ...]`` (IDL's type promotion; nested brackets add dimensions),
  unary minus, and anonymous structures ``{tag: value, ...}``;
* the functions ``BYTARR INTARR UINTARR LONARR ULONARR LON64ARR ULON64ARR FLTARR DBLARR
  COMPLEXARR DCOMPLEXARR STRARR`` (zeroed; ``/NOZERO`` accepted), ``BINDGEN INDGEN
  UINDGEN LINDGEN ULINDGEN L64INDGEN UL64INDGEN FINDGEN DINDGEN CINDGEN DCINDGEN``,
  ``REPLICATE(value, d1, ...)``, ``STRING(x)`` (bytes as characters, numbers in IDL's
  free format), ``BYTE FIX UINT LONG ULONG LONG64 ULONG64 FLOAT DOUBLE`` of one value,
  ``COMPLEX``/``DCOMPLEX`` of one or two.

Anything else (pointers, objects, variables, operators other than unary minus) raises
``ValueError`` naming the text: IDL would compile and run it, compat cannot.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert, idl_dims, index_array
from compat._core.idl_number_text import free_text, string_of_bytes, text_to_type
from compat._core.idl_struct import build_structure
from compat._core.idl_types import promote

__all__ = ["evaluate"]

_TOKEN = re.compile(r"""
    (?P<space>\s+)
  | (?P<quoted>'(?:[^']|'')*'|"(?:[^"]|"")*")(?P<radix>[xXoO](?:ULL|UL|LL|US|[BSULbsul]|ull|ul|ll|us)?)?
  | (?P<number>(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?[a-zA-Z]*)
  | (?P<name>[A-Za-z_][A-Za-z0-9_$]*)
  | (?P<punct>[()\[\]{},:=/+-])
""", re.VERBOSE)

_INT_SUFFIX = {"b": np.uint8, "s": np.int16, "u": np.uint16, "us": np.uint16,
               "l": np.int32, "ul": np.uint32, "ll": np.int64, "ull": np.uint64}

_ARRAYS = {"bytarr": np.uint8, "intarr": np.int16, "uintarr": np.uint16,
           "lonarr": np.int32, "ulonarr": np.uint32, "lon64arr": np.int64,
           "ulon64arr": np.uint64, "fltarr": np.float32, "dblarr": np.float64,
           "complexarr": np.complex64, "dcomplexarr": np.complex128}
_INDGENS = {"bindgen": np.uint8, "indgen": np.int16, "uindgen": np.uint16,
            "lindgen": np.int32, "ulindgen": np.uint32, "l64indgen": np.int64,
            "ul64indgen": np.uint64, "findgen": np.float32, "dindgen": np.float64,
            "cindgen": np.complex64, "dcindgen": np.complex128}
_CONVERSIONS = {"byte": np.uint8, "fix": np.int16, "uint": np.uint16, "long": np.int32,
                "ulong": np.uint32, "long64": np.int64, "ulong64": np.uint64,
                "float": np.float32, "double": np.float64}


def _tokens(text: str) -> list[tuple[str, str, str | None]]:
    out, pos = [], 0
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if m is None:
            raise CompatValueError(f"Syntax error in {text!r} at {text[pos:]!r}")
        pos = m.end()
        kind = m.lastgroup if m.lastgroup != "radix" else "quoted"
        if kind != "space":
            out.append((kind, m.group(kind), m.group("radix")))
    return out


def _integer(value: int, suffix: str, text: str, defint32: bool,
             radix: bool = False) -> np.ndarray:
    """An integer constant's value in its IDL type. A decimal constant must fit its
    type; a hexadecimal/octal one fills the type's bits ('FFFF'x is INT -1)."""
    if suffix and suffix not in _INT_SUFFIX:
        raise CompatValueError(f"Syntax error: unknown constant suffix in {text!r}")
    if suffix:
        candidates = (_INT_SUFFIX[suffix],)
    else:
        candidates = ((np.int32,) if defint32 else (np.int16, np.int32)) + (np.int64,)
    for dtype in map(np.dtype, candidates):
        bits = 8 * dtype.itemsize
        limit = 2 ** bits if radix or dtype.kind == "u" else 2 ** (bits - 1)
        if value < limit:
            return np.asarray(value % 2 ** bits, dtype=np.uint64).astype(dtype)
    raise CompatValueError(f"Integer constant must be less than {limit}: {text}")


def _number(text: str, defint32: bool) -> np.ndarray:
    m = re.fullmatch(r"(\d+\.?\d*|\.\d+)(?:([eEdD])([+-]?\d+))?([a-zA-Z]*)", text)
    mantissa, letter, exponent, suffix = m.groups()
    suffix = suffix.lower()
    real = "." in mantissa or letter is not None
    if not real and suffix in ("d", "e"):
        real, letter, suffix = True, suffix, ""
    if real:
        if suffix == "d" and letter is None:
            letter, suffix = "d", ""
        if suffix:
            raise CompatValueError(f"Syntax error: unknown constant suffix in {text!r}")
        value = float(mantissa + ("e" + exponent if exponent else ""))
        double = letter is not None and letter.lower() == "d"
        return np.asarray(value, dtype=np.float64 if double else np.float32)
    return _integer(int(mantissa), suffix, text, defint32)


def _quoted(token: str, radix: str | None, defint32: bool):
    quote = token[0]
    body = token[1:-1].replace(quote * 2, quote)
    if not radix:
        return body
    base = 16 if radix[0].lower() == "x" else 8
    try:
        value = int(body.strip(), base)
    except ValueError:
        raise CompatValueError(f"Illegal {'hexadecimal' if base == 16 else 'octal'} "
                               f"constant: {token}{radix}") from None
    return _integer(value, radix[1:].lower(), token + radix, defint32, radix=True)


class _Parser:
    def __init__(self, text: str, defint32: bool):
        self.text = text
        self.items = _tokens(text)
        self.pos = 0
        self.defint32 = defint32

    def peek(self, value=None):
        if self.pos >= len(self.items):
            return None
        item = self.items[self.pos]
        return item if value is None or item[1] == value else None

    def take(self, value=None):
        item = self.peek()
        if item is None or (value is not None and item[1] != value):
            want = f"{value!r}" if value else "a value"
            raise CompatValueError(f"Syntax error in {self.text!r}: expected {want}")
        self.pos += 1
        return item

    def expression(self):
        if self.peek("-") or self.peek("+"):
            sign = self.take()[1]
            value = self.expression()
            if isinstance(value, str) or np.asarray(value).dtype.kind not in "iufc":
                raise CompatValueError(f"Unary {sign} of a non-number in {self.text!r}")
            return np.negative(value) if sign == "-" else value
        kind, token, radix = self.take()
        if kind == "number":
            return _number(token, self.defint32)
        if kind == "quoted":
            return _quoted(token, radix, self.defint32)
        if token == "[":
            return self.array()
        if token == "{":
            return self.structure()
        if kind == "name" and self.peek("("):
            return self.call(token.lower())
        raise CompatValueError(f"compat cannot evaluate {token!r} in {self.text!r} "
                               "(variables, pointers and objects are not supported)")

    def arguments(self, closing: str):
        args, keywords = [], {}
        if self.peek(closing):
            self.take()
            return args, keywords
        while True:
            if self.peek("/"):
                self.take()
                keywords[self.take()[1].lower()] = 1
            elif self.peek() and self.peek()[0] == "name" and \
                    self.pos + 1 < len(self.items) and self.items[self.pos + 1][1] == "=":
                name = self.take()[1].lower()
                self.take("=")
                keywords[name] = self.expression()
            else:
                args.append(self.expression())
            if self.take()[1] == closing:
                return args, keywords
            if self.items[self.pos - 1][1] != ",":
                raise CompatValueError(f"Syntax error in {self.text!r}")

    def array(self):
        """``[a, b, ...]``: elements that are bracketed arrays themselves are stacked
        along a new (IDL's next) dimension; otherwise the elements are joined along
        IDL's first dimension, in the promoted type."""
        start = self.pos
        elements, _ = self.arguments("]")
        if not elements:
            raise CompatValueError(f"Syntax error in {self.text!r}: empty array")
        text = any(isinstance(e, str) or np.asarray(e).dtype.kind == "U" for e in elements)
        dtype = np.dtype(str) if text else promote(*[np.asarray(e).dtype for e in elements])
        arrays = [np.asarray(e).astype(dtype) for e in elements]
        if self.items[start][1] == "[" and all(a.ndim >= 1 for a in arrays):
            if len({a.shape for a in arrays}) > 1:
                raise CompatValueError(f"Unable to concatenate variables because the "
                                       f"dimensions do not agree: {self.text!r}")
            return np.stack(arrays)
        return np.concatenate([a.reshape(-1) for a in arrays])

    def structure(self):
        tags, values = [], []
        while True:
            tags.append(self.take()[1])
            self.take(":")
            values.append(self.expression())
            if self.take()[1] == "}":
                return build_structure(tags, values)

    def call(self, name: str):
        self.take("(")
        args, keywords = self.arguments(")")
        return _function(name, args, keywords, self.text)


def _dims(args, text: str) -> tuple[int, ...]:
    if any(isinstance(a, str) for a in args):
        raise CompatValueError(f"String expression not allowed as a dimension: {text!r}")
    return idl_dims(args)


def _as_string(value):
    if isinstance(value, str):
        return value
    a = np.asarray(value)
    if a.dtype.kind == "U":
        return a
    if a.dtype == np.uint8:
        return string_of_bytes(a)
    text = free_text(a)
    return str(text[()]) if a.ndim == 0 else text


def _function(name: str, args: list, keywords: dict, text: str):
    if name in _ARRAYS or name == "strarr":
        keywords.pop("nozero", None)
        if keywords:
            raise CompatValueError(f"Keyword {next(iter(keywords)).upper()} not allowed "
                                   f"in call to: {name.upper()} ({text!r})")
        shape = _dims(args, text)
        return np.full(shape, "") if name == "strarr" else np.zeros(shape, _ARRAYS[name])
    if keywords:
        raise CompatValueError(f"Keyword {next(iter(keywords)).upper()} not allowed in "
                               f"call to: {name.upper()} ({text!r})")
    if name in _INDGENS:
        return index_array(_dims(args, text), np.dtype(_INDGENS[name]))
    if name == "replicate" and len(args) >= 2:
        value, shape = args[0], _dims(args[1:], text)
        if isinstance(value, str) or np.asarray(value).dtype.kind == "U":
            return np.full(shape, str(np.asarray(value).reshape(-1)[0]))
        return np.full(shape, np.asarray(value).reshape(-1)[0], np.asarray(value).dtype)
    if name == "string" and len(args) == 1:
        return _as_string(args[0])
    if name in _CONVERSIONS and len(args) == 1:
        value = args[0]
        dtype = np.dtype(_CONVERSIONS[name])
        if isinstance(value, str) or np.asarray(value).dtype.kind == "U":
            out = text_to_type(value, dtype)
            return out if out.ndim else np.asarray(out[()], dtype)
        return np.asarray(idl_convert(value, dtype))
    if name in ("complex", "dcomplex") and len(args) in (1, 2):
        dtype = np.complex64 if name == "complex" else np.complex128
        real = np.float32 if name == "complex" else np.float64
        if len(args) == 1:
            return np.asarray(args[0]).astype(dtype)
        re_part, im_part = (np.asarray(a).astype(real) for a in args)
        return (re_part + 1j * im_part.astype(np.float64)).astype(dtype)
    raise CompatValueError(f"compat cannot evaluate {name.upper()}(...) in {text!r}: "
                           "only IDL's constants, array constructors, REPLICATE, STRING "
                           "and the type conversion functions are supported")


def evaluate(text: str, *, defint32: bool = False):
    """The value of the IDL expression ``text`` (module docstring's vocabulary).

    Numbers come back as 0-d or n-d numpy arrays of the IDL type's dtype (numpy shape =
    IDL dimensions reversed), text as ``str`` or a ``str`` array, a structure as a
    record array of shape (1,). ``defint32`` is ``COMPILE_OPT DEFINT32``/``IDL2``.

    Examples
    --------
    >>> from compat._core.idl_constants import evaluate
    >>> evaluate("0L").dtype, evaluate("1.").dtype, evaluate("1.d0").dtype
    (dtype('int32'), dtype('float32'), dtype('float64'))
    >>> evaluate("dblarr(3, 2)").shape
    (2, 3)
    >>> evaluate("string(replicate(32b, 4))")
    '    '
    """
    parser = _Parser(str(text), defint32)
    value = parser.expression()
    if parser.peek() is not None:
        raise CompatValueError(f"Syntax error in {text!r}: unexpected "
                               f"{parser.peek()[1]!r}")
    return value
