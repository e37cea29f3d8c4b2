"""IDL's strings family: STRING, STRTRIM, STRCOMPRESS, STRMID, STRPOS, STRSPLIT, STRJOIN,
STRUPCASE, STRLOWCASE, STRLEN, STRMATCH, STREGEX, STRCMP, STRPUT, STRARR and READS, over
the formatting engine :mod:`compat._core.idl_format`.

Text in, text out, element-wise as IDL is: a Python ``str`` is an IDL string scalar, a
numpy ``str`` array (readsav layout) a string array; ``bytes`` and the object arrays of
``bytes`` that ``scipy.io.readsav`` returns are accepted wherever text is (decoded as
Latin-1 by the routine decorator). Scalar text results are ``str``, numeric scalar
results numpy scalars (``numpy.int32`` for IDL's LONG, ``numpy.uint8`` for BYTE), array
results numpy arrays of the input's shape.

Numbers given where IDL expects text are converted as ``STRING(x)`` converts one
argument: free format (``STRTRIM(5, 2)`` is ``'5'``, ``STRLEN(5)`` is 8) and a BYTE
array as character codes (``STRTRIM(89B, 2)`` is ``'Y'``).
"""

from __future__ import annotations

import re
import warnings

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core.idl_format import format_text, free_records, free_text, string_of_bytes
from compat._core.idl_text_input import read_values
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["string", "strtrim", "strcompress", "strmid", "strpos", "strsplit", "strjoin",
           "strupcase", "strlowcase", "strlen", "strmatch", "stregex", "strcmp", "strput",
           "strarr", "reads"]

_DOCS = Fragments(
    text_input="""Text: ``str``, ``bytes``, numpy ``str``/``bytes`` arrays or readsav's object
arrays, any shape (readsav layout). Numbers are first converted as ``STRING(x)``
converts one argument (free format; a BYTE array becomes characters).""",
    sources_strings="""IDL Reference Guide (STRING, STRTRIM, STRCOMPRESS, STRMID, STRPOS,
STRSPLIT, STRJOIN, STRUPCASE, STRLOWCASE, STRLEN, STRMATCH, STREGEX, STRCMP, STRPUT,
STRARR, READS); edge cases as GDL 1.0.1 returns them (reference_outputs/idl/strings).""",
)


class StrsplitResult(Result):
    """STRSPLIT's result and its output keywords COUNT and LENGTH."""

    result: np.ndarray
    count: np.int32
    length: np.ndarray


class StregexResult(Result):
    """STREGEX's result and its output keyword LENGTH."""

    result: np.ndarray
    length: np.ndarray


# ------------------------------------------------------------------------- helpers
def _text(value, name: str = "String") -> np.ndarray:
    """``value`` as IDL's STRING(value) gives it (0-d for a scalar)."""
    if isinstance(value, str):
        return np.asarray(value)
    a = idl_array("", value, name, string_ok=True)
    kind = a.dtype.kind
    if kind == "U":
        return a
    if a.dtype == np.uint8:
        return np.asarray(string_of_bytes(a))
    return free_text(a)


def _scalar_text(value, name: str, what: str) -> str:
    """One string (a scalar or one-element array), or IDL's error."""
    t = _text(value, name)
    if t.size != 1:
        raise CompatValueError(f"{what} must be a scalar or one element array: {name}.")
    return str(t.reshape(-1)[0])


def _out_text(values, shape):
    """Text results: ``str`` for a scalar, a numpy ``str`` array otherwise."""
    if shape == ():
        return str(values[0]) if isinstance(values, list) else str(values.reshape(-1)[0])
    arr = np.array(values, dtype=str) if isinstance(values, list) else values
    return arr.reshape(shape)


def _out_number(values, shape, dtype):
    arr = np.asarray(values, dtype=dtype).reshape(shape)
    return arr[()] if shape == () else arr


def _map_text(t: np.ndarray, fn):
    out = [fn(s) for s in t.reshape(-1).tolist()]
    return _out_text(out, t.shape)


def _int_arg(value, name: str, *, scalar: bool = True) -> np.ndarray:
    """An integer argument (floats truncated toward zero, as IDL converts to LONG)."""
    if isinstance(value, (str, bytes)):
        raise CompatTypeError(f"{name} must be a number, not a string")
    a = idl_array("", value, name, scalar=scalar, complex_ok=False)
    if a.dtype.kind == "f":
        if not np.isfinite(a).all():
            raise CompatValueError(f"{name} must be finite")
        a = np.trunc(a)
    return a.astype(np.int64)


_UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")


# ------------------------------------------------------------------------------ STRING
@idl_routine("STRING")
@_DOCS.fill
def string(*expressions, format=None, print=False, am_pm=None,  # noqa: A002
           days_of_week=None, months=None, implied_print=False):
    """Convert to text, as IDL's ``STRING`` does (free format or a FORMAT).

    IDL call forms::

        Result = STRING(Expression1, ..., Expressionn [, FORMAT=value] [, /PRINT])

    Python::

        compat.idl.string(*expressions, format=None, print=False)

    Parameters
    ----------
    *expressions : array_like or str
        One or more values of any IDL type (readsav layout; Python numbers are typed as
        IDL literals: ``5`` is INT, ``2.5`` DOUBLE, ``np.float32(2.5)`` FLOAT).
    format : str, optional
        An IDL format: FORTRAN style ``'(I5, 2F8.3)'`` or C style ``'(%"x=%d")'``
        (every code, reversion and padding rule of :mod:`compat._core.idl_format`).
    print : bool
        /PRINT: lay the text out as PRINT would (lines of at most 80 columns, one line
        per row of an array; a BYTE argument is printed as numbers, not characters).
    am_pm, days_of_week, months, implied_print
        IDL's calendar (``C()``) and implied-print options: not supported (an error).

    Returns
    -------
    str or ndarray of str
        * FORMAT (or /PRINT): one string per output record -- a ``str`` for one record,
          else a 1-D array (format reversion starts a new record:
          ``STRING(FINDGEN(3), FORMAT='(F4.1)')`` is ``[' 0.0', ' 1.0', ' 2.0']``).
        * One argument without FORMAT: element-wise, the shape of the argument, each
          element in its free format (INT ``'%8d'``, LONG ``'%12d'``, LONG64
          ``'%22d'``, FLOAT ``'%#13.6g'``, DOUBLE ``'%#16.8g'``, COMPLEX
          ``'(re,im)'``, strings unchanged); a BYTE argument becomes characters with
          one dimension fewer (IDL's first, numpy's last axis), cut at a zero byte.
        * Several arguments without FORMAT: one string, the free-format texts of all
          elements one after the other (BYTE as ``'%4d'``).

    Raises
    ------
    ValueError
        ``"STRING: ..."`` for a bad FORMAT (with the position), "Infinite format loop
        detected." (data remain but the format transfers none), no argument.
    TypeError
        ``"STRING: ..."`` for values that have no IDL type.

    Notes
    -----
    * IDL's free formats and format codes: see :mod:`compat._core.idl_format`.
    * GDL 1.0.1 differs from IDL (recorded in reference_outputs/idl/string): it formats
      COMPLEX with ``%g`` (``'(1,2)'``; IDL: ``'(      1.00000,      2.00000)'``, as its
      COMPLEX documentation prints), drops empty records
      (``STRING(['a', '', 'b'], FORMAT='(A)')`` has 2 elements in GDL), pads ``Iw.m``
      to ``m`` digits when ``w`` is 0 (IDL documents ``m`` is then ignored), prints
      text after a ``:`` that has no data left, and decides FLOAT/DOUBLE free formats
      before rounding (``STRING(9.999997)`` is ``'     10.00000'`` in GDL, C's
      ``%#13.6g`` gives ``'      10.0000'``).
    * IDL's documentation notes that with several arguments whose text is wider than
      the terminal STRING returns one element per argument; compat, like GDL 1.0.1
      outside a terminal, always joins them.
    * Sources: {{sources_strings}}

    Differences from ``str(x)`` / ``numpy.array2string`` / ``'%g' % x``: Python
    prints the shortest round-trip digits (``str(np.float32(2.5))`` is ``'2.5'``), IDL
    pads to 13 columns with 6 significant digits (``'      2.50000'``); Python's
    ``'%8.3f'`` widens the field for big numbers where IDL prints ``'********'``; a
    numpy format has no reversion into several records.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.string(np.float32(2.5))
    '      2.50000'
    >>> idl.string(np.float32(1e6)), idl.string(2.5)
    ('  1.00000e+06', '       2.5000000')
    >>> idl.string(np.arange(3, dtype=np.float32), format='(F5.2)')
    array([' 0.00', ' 1.00', ' 2.00'], dtype='<U5')
    >>> idl.string(23, 'Scott', format='(%"I have %d monkeys, %s.")')
    'I have 23 monkeys, Scott.'
    >>> idl.string(np.array([72, 101, 108, 108, 111], dtype=np.uint8))
    'Hello'
    >>> idl.string(1234.5678, format='(F6.1)'), idl.string(1234.5678, format='(F5.1)')
    ('1234.6', '*****')
    """
    if am_pm is not None or days_of_week is not None or months is not None:
        raise CompatValueError("the calendar keywords AM_PM, DAYS_OF_WEEK and MONTHS "
                               "(C() format codes) are not supported by compat")
    if implied_print:
        raise CompatValueError("/IMPLIED_PRINT is not supported by compat")
    if not expressions:
        raise CompatValueError("Incorrect number of arguments.")
    arrays = []
    for k, e in enumerate(expressions):
        if isinstance(e, str):
            arrays.append(np.asarray(e))
        else:
            arrays.append(idl_array("", e, f"Expression{k + 1}", string_ok=True))
    if format is not None:
        if not isinstance(format, str):
            raise CompatTypeError(f"FORMAT must be a string, not {type(format).__name__}")
        records = format_text(format, arrays)
        return str(records[0]) if records.size == 1 else records
    if print:
        records = free_records(arrays)
        return records[0] if len(records) == 1 else np.array(records, dtype=str)
    if len(arrays) == 1:
        a = arrays[0]
        if a.dtype == np.uint8:
            return string_of_bytes(a)
        t = a if a.dtype.kind == "U" else free_text(a)
        return str(t[()]) if t.ndim == 0 else t.copy()
    parts = []
    for a in arrays:
        if a.dtype.kind == "U":
            parts.extend(a.reshape(-1).tolist())
        else:
            parts.extend(free_text(a).reshape(-1).tolist())
    return "".join(parts)


# ----------------------------------------------------------------------------- STRTRIM
@idl_routine("STRTRIM")
@_DOCS.fill
def strtrim(string, flag=0):
    """Remove leading and/or trailing blanks, as IDL's ``STRTRIM`` does.

    IDL call form::

        Result = STRTRIM(String [, Flag])

    Python::

        compat.idl.strtrim(string, flag=0)

    Parameters
    ----------
    string : str or array_like
        {{text_input}}
    flag : {0, 1, 2}
        0 removes trailing blanks, 1 leading, 2 both. Blanks are spaces and tabs.

    Returns
    -------
    str or ndarray of str
        The trimmed text, the shape of ``string``.

    Raises
    ------
    ValueError
        ``"STRTRIM: ..."`` for a flag other than 0, 1 or 2 (IDL: "Value ... is out of
        allowed range").

    Notes
    -----
    ``STRTRIM(x, 2)`` is the IDL idiom for a number without padding: compat converts
    the number with IDL's free format first (``strtrim(2.5, 2)`` is ``'2.50000'``, not
    Python's ``'2.5'``). Differences from ``str.strip()``: Python strips all Unicode
    whitespace (new lines included); IDL only blanks and tabs. Sources:
    {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strtrim('  a b  '), idl.strtrim('  a b  ', 1), idl.strtrim('  a b  ', 2)
    ('  a b', 'a b  ', 'a b')
    >>> idl.strtrim(5, 2), idl.strtrim(2.5, 2)
    ('5', '2.5000000')
    """
    f = int(_int_arg(flag, "Flag"))
    if f not in (0, 1, 2):
        raise CompatValueError(f"Value of Flag ({f}) is out of allowed range: use 0 "
                               "(trailing), 1 (leading) or 2 (both)")
    t = _text(string)
    fn = {0: lambda s: s.rstrip(" \t"), 1: lambda s: s.lstrip(" \t"),
          2: lambda s: s.strip(" \t")}[f]
    return _map_text(t, fn)


# -------------------------------------------------------------------------- STRCOMPRESS
_BLANKS = re.compile(r"[ \t]+")


@idl_routine("STRCOMPRESS")
@_DOCS.fill
def strcompress(string, *, remove_all=False):
    """Compress runs of blanks to one blank (or remove them), as IDL's ``STRCOMPRESS``.

    IDL call form::

        Result = STRCOMPRESS(String [, /REMOVE_ALL])

    Python::

        compat.idl.strcompress(string, *, remove_all=False)

    Parameters
    ----------
    string : str or array_like
        {{text_input}}
    remove_all : bool
        /REMOVE_ALL: remove every blank and tab instead of compressing.

    Returns
    -------
    str or ndarray of str
        Every run of spaces and tabs replaced by one space (leading and trailing runs
        included: ``'  a   b '`` gives ``' a b '``), or removed with /REMOVE_ALL.

    Notes
    -----
    Differences from ``' '.join(s.split())``: that also removes the leading and
    trailing runs and splits at new lines; IDL keeps one blank at each end. Sources:
    {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strcompress('  a   b  '), idl.strcompress('  a \\t b  ', remove_all=True)
    (' a b ', 'ab')
    """
    t = _text(string)
    if remove_all:
        return _map_text(t, lambda s: _BLANKS.sub("", s))
    return _map_text(t, lambda s: _BLANKS.sub(" ", s))


# ------------------------------------------------------------------------------ STRMID
@idl_routine("STRMID")
@_DOCS.fill
def strmid(expression, first_character, length=None, *, reverse_offset=False):
    """Extract substrings, as IDL's ``STRMID`` does (scalar or array positions).

    IDL call form::

        Result = STRMID(Expression, First_Character [, Length] [, /REVERSE_OFFSET])

    Python::

        compat.idl.strmid(expression, first_character, length=None, *,
                          reverse_offset=False)

    Parameters
    ----------
    expression : str or array_like
        {{text_input}}
    first_character : int or array_like of int
        0-based position of the first character (IDL positions, as Python's); a
        negative position is taken as 0, a position past the end gives ``''``. With
        /REVERSE_OFFSET it counts from the end (0 is the last character).
    length : int or array_like of int, optional
        Number of characters (to the end when omitted; a negative length gives
        ``''``).
    reverse_offset : bool
        /REVERSE_OFFSET.

    Returns
    -------
    str or ndarray of str
        With scalar positions: the shape of ``expression``. With an array of ``N``
        positions (or lengths): ``N`` substrings of every element, the result having IDL
        dimensions ``[N, dims(Expression)]`` -- numpy shape ``expression.shape + (N,)``;
        an IDL ``[N, dims(Expression)]`` position array gives each element its own
        ``N`` positions.

    Raises
    ------
    ValueError
        ``"STRMID: ..."`` when array positions do not fit the expression's shape.

    Notes
    -----
    Differences from slicing ``s[first:first + length]``: Python counts a negative
    start from the end (IDL clamps it to 0), and has no element-wise form over arrays
    with per-element positions. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strmid('abcdef', 2), idl.strmid('abcdef', 2, 3), idl.strmid('abcdef', -1, 3)
    ('cdef', 'cde', 'abc')
    >>> idl.strmid('abcdef', 1, 2, reverse_offset=True)
    'ef'
    >>> idl.strmid('abcdef', [0, 2, 4], 2)
    array(['ab', 'cd', 'ef'], dtype='<U2')
    """
    t = _text(expression, "Expression")
    first = _int_arg(first_character, "First_Character", scalar=False)
    ln = None if length is None else _int_arg(length, "Length", scalar=False)
    arrays = [a for a in (first, ln) if a is not None and a.ndim > 0]
    if not arrays:
        f = int(first)
        n = None if ln is None else int(ln)
        return _map_text(t, lambda s: _substring(s, f, n, reverse_offset))
    shape = arrays[0].shape
    for a in arrays[1:]:
        if a.size != arrays[0].size:
            raise CompatValueError("First_Character and Length arrays must have the "
                                   "same number of elements")
    count = shape[-1]
    per_element = len(shape) > 1
    if per_element and int(np.prod(shape[:-1])) != t.size:
        raise CompatValueError(f"First_Character/Length array of IDL dimensions "
                               f"{list(reversed(shape))} does not match Expression "
                               f"(IDL dimensions [{count}, dims(Expression)] needed)")
    texts = t.reshape(-1).tolist()
    out = []
    for e, s in enumerate(texts):
        for j in range(count):
            k = e * count + j if per_element else j
            f = int(first.reshape(-1)[k]) if first.ndim else int(first)
            if ln is None:
                n = None
            elif ln.ndim:
                n = int(ln.reshape(-1)[k])
            else:
                n = int(ln)
            out.append(_substring(s, f, n, reverse_offset))
    return np.array(out, dtype=str).reshape(shape if per_element else t.shape + (count,))


def _substring(s: str, first: int, length, reverse: bool) -> str:
    if reverse:
        first = len(s) - 1 - first
    if first < 0:
        first = 0
    if first >= len(s):
        return ""
    if length is None:
        return s[first:]
    if length <= 0:
        return ""
    return s[first:first + length]


# ------------------------------------------------------------------------------ STRPOS
@idl_routine("STRPOS")
@_DOCS.fill
def strpos(expression, search_string, pos=None, *, reverse_offset=False,
           reverse_search=False):
    """Position of a substring, as IDL's ``STRPOS`` returns it (-1 when absent).

    IDL call form::

        Result = STRPOS(Expression, Search_String [, Pos] [, /REVERSE_OFFSET]
                        [, /REVERSE_SEARCH])

    Python::

        compat.idl.strpos(expression, search_string, pos=None, *, reverse_offset=False,
                          reverse_search=False)

    Parameters
    ----------
    expression : str or array_like
        {{text_input}}
    search_string : str
        One string (scalar or one-element array).
    pos : int, optional
        Where the search starts (a negative position is 0). With /REVERSE_OFFSET it
        counts from the end (0 is the last character).
    reverse_offset : bool
        /REVERSE_OFFSET.
    reverse_search : bool
        /REVERSE_SEARCH: find the last occurrence that starts at or before ``pos``
        (the end of the string by default).

    Returns
    -------
    numpy.int32 or ndarray of int32
        IDL's LONG positions, 0-based, -1 where the search string is absent; the shape
        of ``expression``.

    Raises
    ------
    ValueError
        ``"STRPOS: Search string must be a scalar or one element array ..."``, and for a
        position that is not a scalar.

    Notes
    -----
    Differences from ``str.find``/``str.rfind``: the result is LONG data element-wise;
    ``pos`` counts from the end with /REVERSE_OFFSET; a reverse search from ``pos``
    finds matches *starting* at or before ``pos`` (``rfind``'s end bound is the end of
    the match). Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.strpos('abcabc', 'bc')), int(idl.strpos('abcabc', 'bc', 2))
    (1, 4)
    >>> int(idl.strpos('abcabc', 'bc', reverse_search=True)), int(idl.strpos('abc', 'x'))
    (4, -1)
    """
    t = _text(expression, "Expression")
    search = _scalar_text(search_string, "Search_String", "Search string")
    p = None if pos is None else int(_int_arg(pos, "Pos"))
    n = len(search)

    def find(s: str) -> int:
        length = len(s)
        if p is None:
            start = length - 1 if reverse_search else 0
        else:
            start = length - 1 - p if reverse_offset else p
        if reverse_search:
            if start < 0:
                return -1
            return s.rfind(search, 0, start + n)
        return s.find(search, max(start, 0))

    values = [find(s) for s in t.reshape(-1).tolist()]
    return _out_number(values, t.shape, np.int32)


# ---------------------------------------------------------------------------- regexes
_POSIX_CLASSES = {
    "alpha": "A-Za-z", "digit": "0-9", "alnum": "0-9A-Za-z", "upper": "A-Z",
    "lower": "a-z", "space": " \\t\\n\\r\\f\\v", "blank": " \\t", "punct":
    "!-/:-@\\[-`{-~", "print": " -~", "graph": "!-~", "cntrl": "\\x00-\\x1f\\x7f",
    "xdigit": "0-9A-Fa-f",
}


def _posix_to_python(pattern: str) -> str:
    """A POSIX extended regular expression (IDL's STREGEX/STRSPLIT syntax) as Python's
    ``re`` syntax: bracket expressions keep ``\\`` literal and take ``[:class:]``."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if c != "[":
            out.append(c)
            i += 1
            continue
        j = i + 1
        body = []
        if j < n and pattern[j] == "^":
            body.append("^")
            j += 1
        first = True
        while j < n and (first or pattern[j] != "]"):
            ch = pattern[j]
            if ch == "[" and j + 1 < n and pattern[j + 1] == ":":
                end = pattern.find(":]", j + 2)
                if end > 0:
                    name = pattern[j + 2:end]
                    if name not in _POSIX_CLASSES:
                        raise ValueError(f"invalid character class [:{name}:]")
                    body.append(_POSIX_CLASSES[name])
                    j = end + 2
                    first = False
                    continue
            if ch in "\\[":
                body.append("\\" + ch)
            else:
                body.append(ch)
            j += 1
            first = False
        if j >= n:
            raise ValueError("Unmatched [ or [^")
        out.append("[" + "".join(body) + "]")
        i = j + 1
    return "".join(out)


def _compile(pattern: str, fold_case: bool):
    try:
        rx = re.compile(_posix_to_python(pattern), re.IGNORECASE if fold_case else 0)
    except (re.error, ValueError) as error:
        raise CompatValueError(f"Error processing regular expression: {pattern}: "
                               f"{error}") from None
    return rx, "|" in pattern


def _search(rx, alternation: bool, s: str, pos: int = 0):
    """Leftmost-longest match (POSIX): Python's ``re`` takes the first alternative, so
    with ``|`` in the pattern the longest match at the leftmost start is looked for."""
    m = rx.search(s, pos)
    if m is None or not alternation:
        return m
    for end in range(len(s), m.end(), -1):
        longer = rx.fullmatch(s, m.start(), end)
        if longer is not None:
            return longer
    return m


# ----------------------------------------------------------------------------- STRSPLIT
@idl_routine("STRSPLIT")
@_DOCS.fill
def strsplit(string, pattern=None, *, count=False, escape=None, extract=False,
             fold_case=False, length=False, preserve_null=False, regex=False):
    """Split text at delimiters, as IDL's ``STRSPLIT`` does.

    IDL call forms::

        Result = STRSPLIT(String [, Pattern] [, COUNT=variable] [, ESCAPE=string]
                          [, /EXTRACT | LENGTH=variable] [, /PRESERVE_NULL])
        Result = STRSPLIT(String, Pattern, /REGEX [, /FOLD_CASE] ...)

    Python::

        compat.idl.strsplit(string, pattern=None, *, count=False, escape=None,
                            extract=False, fold_case=False, length=False,
                            preserve_null=False, regex=False)

    ``count=True`` / ``length=True`` request the output keywords: the result is then a
    :class:`compat.idl.strings.StrsplitResult` (``r.result``, ``r.count``,
    ``r.length``).

    Parameters
    ----------
    string : str
        The text. An array of strings gives a Python list with one result per element
        (IDL 8 returns a LIST).
    pattern : str, optional
        Without /REGEX: a set of delimiter characters (default blank and tab); with
        /REGEX: a POSIX extended regular expression.
    count, length : bool
        Request COUNT (LONG, the number of substrings) and LENGTH (LONG lengths of the
        substrings, positions mode).
    escape : str, optional
        ESCAPE: characters that make the next character ordinary (not a delimiter); the
        escape characters are removed from extracted substrings.
    extract : bool
        /EXTRACT: return the substrings instead of their positions.
    fold_case : bool
        /FOLD_CASE (with /REGEX only).
    preserve_null : bool
        /PRESERVE_NULL: keep the empty substrings between adjacent delimiters.
    regex : bool
        /REGEX.

    Returns
    -------
    ndarray or str or numpy.int32
        LONG positions of the substrings (1-D), or the substrings with /EXTRACT. No
        substring at all gives IDL's scalar ``0`` (``''`` with /EXTRACT) with COUNT 0.

    Raises
    ------
    ValueError
        ``"STRSPLIT: Conflicting keywords ..."`` for /FOLD_CASE without /REGEX or
        /EXTRACT with LENGTH; a bad regular expression.

    Notes
    -----
    Differences from ``str.split``: Python splits at a whole separator string and keeps
    empty fields (``'a,,b'.split(',')`` has three); IDL's pattern is a *set* of
    characters and empty fields are dropped unless /PRESERVE_NULL; IDL returns
    positions unless /EXTRACT. STREGEX-style regular expressions are POSIX (leftmost
    longest), see :func:`stregex`. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strsplit(' a b  c ')
    array([1, 3, 6], dtype=int32)
    >>> idl.strsplit('a,b,,c', ',', extract=True)
    array(['a', 'b', 'c'], dtype='<U1')
    >>> r = idl.strsplit('a,b,,c', ',', extract=True, preserve_null=True, count=True)
    >>> r.result, int(r.count)
    (array(['a', 'b', '', 'c'], dtype='<U1'), 4)
    """
    if fold_case and not regex:
        raise CompatValueError("Conflicting keywords: /FOLD_CASE needs /REGEX")
    if extract and length:
        raise CompatValueError("Conflicting keywords: LENGTH is not returned with "
                               "/EXTRACT")
    t = _text(string)
    if t.ndim > 0 and t.size != 1:
        return [strsplit.__wrapped__(s, pattern, count=count, escape=escape,
                                     extract=extract, fold_case=fold_case, length=length,
                                     preserve_null=preserve_null, regex=regex)
                for s in t.reshape(-1).tolist()]
    s = str(t.reshape(-1)[0])
    pat = " \t" if pattern is None else _scalar_text(pattern, "Pattern", "Pattern")
    esc = "" if escape is None else _scalar_text(escape, "ESCAPE", "ESCAPE")
    if regex:
        tokens = _split_regex(s, pat, fold_case, preserve_null)
    else:
        tokens = _split_chars(s, set(pat), set(esc), preserve_null)
    n = len(tokens)
    if n == 0:
        result = "" if extract else np.int32(0)
        lengths = np.int32(0)
    elif extract:
        result = np.array([tok for _, _, tok in tokens], dtype=str)
        lengths = None
    else:
        result = np.array([p for p, _, _ in tokens], dtype=np.int32)
        lengths = np.array([ln for _, ln, _ in tokens], dtype=np.int32)
    if not count and not length:
        return result
    outputs = {"result": result}
    if count:
        outputs["count"] = np.int32(n)
    if length:
        outputs["length"] = lengths
    return StrsplitResult(**outputs)


def _split_chars(s: str, delimiters: set, escapes: set, preserve_null: bool) -> list:
    """(position, length, text) of each substring between delimiter characters."""
    tokens = []
    start, i, n = 0, 0, len(s)
    piece = []
    while i < n:
        c = s[i]
        if c in escapes and i + 1 < n:
            piece.append(s[i + 1])
            i += 2
            continue
        if c in delimiters:
            if i > start or preserve_null:
                tokens.append((start, i - start, "".join(piece)))
            piece = []
            i += 1
            start = i
            continue
        piece.append(c)
        i += 1
    if n > start or (preserve_null and (tokens or n > 0 or start > 0)):
        tokens.append((start, n - start, "".join(piece)))
    return tokens


def _split_regex(s: str, pattern: str, fold_case: bool, preserve_null: bool) -> list:
    rx, alternation = _compile(pattern, fold_case)
    tokens, start, pos = [], 0, 0
    while pos <= len(s):
        m = _search(rx, alternation, s, pos)
        if m is None:
            break
        if m.end() == m.start():
            pos = m.end() + 1
            continue
        if m.start() > start or preserve_null:
            tokens.append((start, m.start() - start, s[start:m.start()]))
        start = pos = m.end()
    if len(s) > start or (preserve_null and start > 0):
        tokens.append((start, len(s) - start, s[start:]))
    return tokens


# ------------------------------------------------------------------------------ STRJOIN
@idl_routine("STRJOIN")
@_DOCS.fill
def strjoin(string, delimiter="", *, single=False):
    """Join strings with a delimiter, as IDL's ``STRJOIN`` does.

    IDL call form::

        Result = STRJOIN(String [, Delimiter] [, /SINGLE])

    Python::

        compat.idl.strjoin(string, delimiter='', *, single=False)

    Parameters
    ----------
    string : array_like of str
        {{text_input}}
    delimiter : str
        Put between the joined elements (default none).
    single : bool
        /SINGLE: join every element into one string.

    Returns
    -------
    str or ndarray of str
        The elements of each row (IDL's first dimension, numpy's last axis) joined: a
        1-D array gives a ``str``, an array of numpy shape ``(..., n)`` an array of shape
        ``(...)``.

    Notes
    -----
    Differences from ``delimiter.join(a)``: IDL joins along its first dimension, row by
    row, for arrays of any rank. Sources: {{sources_strings}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.strjoin(['a', 'b', 'c'], ', ')
    'a, b, c'
    >>> idl.strjoin(np.array([['a', 'b'], ['c', 'd']]), '-')
    array(['a-b', 'c-d'], dtype='<U3')
    """
    t = _text(string)
    delim = _scalar_text(delimiter, "Delimiter", "Delimiter")
    if t.ndim == 0:
        return str(t[()])
    if single:
        return delim.join(t.reshape(-1).tolist())
    rows = t.reshape(-1, t.shape[-1])
    joined = [delim.join(row) for row in rows.tolist()]
    if t.ndim == 1:
        return joined[0]
    return np.array(joined, dtype=str).reshape(t.shape[:-1])


# ------------------------------------------------------------------ STRUPCASE/LOWCASE
@idl_routine("STRUPCASE")
@_DOCS.fill
def strupcase(string):
    """Upper case, as IDL's ``STRUPCASE`` (ASCII letters only).

    IDL call form::

        Result = STRUPCASE(String)

    Python::

        compat.idl.strupcase(string)

    Parameters
    ----------
    string : str or array_like
        {{text_input}}

    Returns
    -------
    str or ndarray of str
        ``a``-``z`` changed to ``A``-``Z``; every other character unchanged.

    Notes
    -----
    Differences from ``str.upper()``: Python also changes accented and other Unicode
    letters (``'é'`` to ``'É'``, ``'ß'`` to ``'SS'``); IDL works on bytes in the C
    locale. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strupcase('aBc1é')
    'ABC1é'
    """
    return _map_text(_text(string), lambda s: s.translate(_UPPER))


@idl_routine("STRLOWCASE")
@_DOCS.fill
def strlowcase(string):
    """Lower case, as IDL's ``STRLOWCASE`` (ASCII letters only).

    IDL call form::

        Result = STRLOWCASE(String)

    Python::

        compat.idl.strlowcase(string)

    Parameters
    ----------
    string : str or array_like
        {{text_input}}

    Returns
    -------
    str or ndarray of str
        ``A``-``Z`` changed to ``a``-``z``; every other character unchanged.

    Notes
    -----
    Differences from ``str.lower()``: Python also changes non-ASCII letters; IDL does
    not. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strlowcase(['ABC', 'Def'])
    array(['abc', 'def'], dtype='<U3')
    """
    return _map_text(_text(string), lambda s: s.translate(_LOWER))


# ------------------------------------------------------------------------------ STRLEN
@idl_routine("STRLEN")
@_DOCS.fill
def strlen(expression):
    """Number of characters, as IDL's ``STRLEN`` returns it (LONG).

    IDL call form::

        Result = STRLEN(Expression)

    Python::

        compat.idl.strlen(expression)

    Parameters
    ----------
    expression : str or array_like
        {{text_input}}

    Returns
    -------
    numpy.int32 or ndarray of int32
        The lengths, the shape of ``expression``.

    Notes
    -----
    Differences from ``len(s)``: element-wise LONG data; a number is measured in its
    free format (``STRLEN(5)`` is 8). Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.strlen('abc')), int(idl.strlen(5))
    (3, 8)
    >>> idl.strlen(['a', 'bb', ''])
    array([1, 2, 0], dtype=int32)
    """
    t = _text(expression, "Expression")
    return _out_number([len(s) for s in t.reshape(-1).tolist()], t.shape, np.int32)


# ----------------------------------------------------------------------------- STRMATCH
def _wildcard(pattern: str) -> str:
    """STRMATCH's shell-style wildcards as a Python regular expression."""
    out, i, n = [], 0, len(pattern)
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            out.append(re.escape(pattern[i + 1]))
            i += 2
        elif c == "*":
            out.append(".*")
            i += 1
        elif c == "?":
            out.append(".")
            i += 1
        elif c == "[":
            end = pattern.find("]", i + 2 if i + 1 < n and pattern[i + 1] in "!]" else i + 1)
            if end < 0:
                out.append(re.escape(c))
                i += 1
                continue
            body = pattern[i + 1:end]
            negate = body.startswith("!")
            if negate:
                body = body[1:]
            body = body.replace("\\", "\\\\").replace("^", "\\^").replace("[", "\\[")
            out.append("[" + ("^" if negate else "") + body + "]")
            i = end + 1
        else:
            out.append(re.escape(c))
            i += 1
    return "".join(out)


@idl_routine("STRMATCH")
@_DOCS.fill
def strmatch(string, search_string, *, fold_case=False):
    """Match text against a shell-style wildcard pattern, as IDL's ``STRMATCH`` does.

    IDL call form::

        Result = STRMATCH(String, SearchString [, /FOLD_CASE])

    Python::

        compat.idl.strmatch(string, search_string, *, fold_case=False)

    Parameters
    ----------
    string : str or array_like
        {{text_input}}
    search_string : str
        The pattern, one string: ``*`` any text (also empty), ``?`` one character,
        ``[...]`` one of the characters (``a-z`` ranges, ``[!...]`` none of them);
        ``\\`` makes the next character ordinary. The whole string must match.
    fold_case : bool
        /FOLD_CASE: ignore case.

    Returns
    -------
    numpy.uint8 or ndarray of uint8
        IDL's BYTE 1 (match) or 0, the shape of ``string``.

    Raises
    ------
    ValueError
        ``"STRMATCH: ..."`` when the pattern is not one string.

    Notes
    -----
    Differences from ``fnmatch.fnmatch``: fnmatch's case rule follows the operating
    system, its negation is ``[!...]`` too but it has no ``\\`` escape; IDL returns BYTE
    data element-wise. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> words = ['foot', 'Feet', 'fate', 'FAST', 'ferret', 'fort']
    >>> idl.strmatch(words, 'f??t', fold_case=True)
    array([1, 1, 0, 1, 0, 1], dtype=uint8)
    >>> int(idl.strmatch('a*c', 'a\\\\*c'))
    1
    """
    t = _text(string)
    pattern = _scalar_text(search_string, "SearchString", "SearchString")
    rx = re.compile(_wildcard(pattern), re.DOTALL | (re.IGNORECASE if fold_case else 0))
    values = [1 if rx.fullmatch(s) else 0 for s in t.reshape(-1).tolist()]
    return _out_number(values, t.shape, np.uint8)


# ----------------------------------------------------------------------------- STREGEX
@idl_routine("STREGEX")
@_DOCS.fill
def stregex(string, regex, *, boolean=False, extract=False, fold_case=False,
            length=False, subexpr=False):
    """Regular-expression search, as IDL's ``STREGEX`` does (POSIX extended syntax).

    IDL call form::

        Result = STREGEX(StringExpression, RegularExpression [, /BOOLEAN | , /EXTRACT |
                         , LENGTH=variable [, /SUBEXPRESSIONS]] [, /FOLD_CASE])

    Python::

        compat.idl.stregex(string, regex, *, boolean=False, extract=False,
                           fold_case=False, length=False, subexpr=False)

    ``length=True`` requests LENGTH: the result is then a
    :class:`compat.idl.strings.StregexResult` (``r.result``, ``r.length``).

    Parameters
    ----------
    string : str or array_like
        {{text_input}}
    regex : str
        A POSIX extended regular expression (``[[:alpha:]]`` classes; ``\\`` is literal
        inside brackets). Matches are leftmost-longest, as POSIX requires:
        ``'a|ab'`` matches ``'ab'`` in ``'abcd'`` (Python's ``re`` would take ``'a'``).
    boolean : bool
        /BOOLEAN: BYTE 1 where there is a match, else 0.
    extract : bool
        /EXTRACT: the matched text instead of its position.
    fold_case : bool
        /FOLD_CASE: ignore case.
    length : bool
        Request LENGTH: the lengths of the matches (-1 where none).
    subexpr : bool
        /SUBEXPRESSIONS (``subexpr``): the whole match and every parenthesised
        subexpression: IDL dimensions ``[1 + groups, dims(String)]``, numpy shape
        ``string.shape + (1 + groups,)``.

    Returns
    -------
    numpy.int32, str, numpy.uint8 or ndarray
        LONG positions (-1: no match), or the matched text (``''``), or BYTE flags.

    Raises
    ------
    ValueError
        ``"STREGEX: Conflicting keywords ..."`` for /BOOLEAN with /EXTRACT, LENGTH or
        /SUBEXPRESSIONS; ``"STREGEX: Error processing regular expression ..."`` for a
        pattern that does not compile.

    Notes
    -----
    Python's ``re`` is a backtracking engine: where a pattern has alternatives (``|``)
    compat looks for the longest match at the leftmost position, as POSIX does; for
    patterns without ``|`` Python's greedy match is used. Differences from
    ``re.search``: element-wise over arrays, LONG/BYTE results, -1 and ``''`` for no
    match, POSIX syntax. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.stregex('abc123def', '[0-9]+'))
    3
    >>> idl.stregex('abc123def', '([a-z]+)([0-9]+)', subexpr=True, extract=True)
    array(['abc123', 'abc', '123'], dtype='<U6')
    >>> idl.stregex('abcd', 'a|ab', extract=True)
    'ab'
    """
    if boolean and (extract or length or subexpr):
        raise CompatValueError("Conflicting keywords: /BOOLEAN cannot be combined with "
                               "/EXTRACT, LENGTH or /SUBEXPRESSIONS")
    if extract and length:
        raise CompatValueError("Conflicting keywords: LENGTH is not returned with "
                               "/EXTRACT")
    t = _text(string, "StringExpression")
    pattern = _scalar_text(regex, "RegularExpression", "RegularExpression")
    rx, alternation = _compile(pattern, fold_case)
    groups = rx.groups if subexpr else 0
    pos, lens, texts = [], [], []
    for s in t.reshape(-1).tolist():
        m = _search(rx, alternation, s)
        for g in range(groups + 1):
            if m is None or m.start(g) < 0:
                pos.append(-1)
                lens.append(-1)
                texts.append("")
            else:
                pos.append(m.start(g))
                lens.append(m.end(g) - m.start(g))
                texts.append(m.group(g))
    shape = t.shape + ((groups + 1,) if subexpr else ())
    if boolean:
        return _out_number([1 if p >= 0 else 0 for p in pos], shape, np.uint8)
    if extract:
        return _out_text(texts, shape)
    result = _out_number(pos, shape, np.int32)
    if length:
        return StregexResult(result=result, length=_out_number(lens, shape, np.int32))
    return result


# ------------------------------------------------------------------------------ STRCMP
@idl_routine("STRCMP")
@_DOCS.fill
def strcmp(string1, string2, n=None, *, fold_case=False):
    """Compare strings, as IDL's ``STRCMP`` does (BYTE 1 when equal).

    IDL call form::

        Result = STRCMP(String1, String2 [, N] [, /FOLD_CASE])

    Python::

        compat.idl.strcmp(string1, string2, n=None, *, fold_case=False)

    Parameters
    ----------
    string1, string2 : str or array_like
        {{text_input}}
        A scalar is compared with every element of the other; two arrays element by
        element (the result has the shape of the shorter, as IDL's operators).
    n : int, optional
        Compare only the first ``n`` characters.
    fold_case : bool
        /FOLD_CASE: ignore case (ASCII letters).

    Returns
    -------
    numpy.uint8 or ndarray of uint8
        IDL's BYTE 1 (equal) or 0.

    Notes
    -----
    Differences from ``s1 == s2`` / ``s1[:n] == s2[:n]``: IDL returns BYTE data
    element-wise and truncates to the shorter array. Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.strcmp('abc', 'abd')), int(idl.strcmp('abc', 'abd', 2))
    (0, 1)
    >>> idl.strcmp(['a', 'b'], 'A', fold_case=True)
    array([1, 0], dtype=uint8)
    """
    a = _text(string1, "String1")
    b = _text(string2, "String2")
    limit = None if n is None else int(_int_arg(n, "N"))
    if limit is not None and limit < 0:
        raise CompatValueError(f"N must be non-negative, got {limit}")
    if a.ndim and b.ndim:
        shape = a.shape if a.size <= b.size else b.shape
        size = min(a.size, b.size)
        xs, ys = a.reshape(-1)[:size].tolist(), b.reshape(-1)[:size].tolist()
    elif a.ndim:
        shape, xs = a.shape, a.reshape(-1).tolist()
        ys = [str(b[()])] * len(xs)
    else:
        shape, ys = b.shape, b.reshape(-1).tolist()
        xs = [str(a[()])] * len(ys)

    def same(x: str, y: str) -> int:
        if limit is not None:
            x, y = x[:limit], y[:limit]
        if fold_case:
            x, y = x.translate(_LOWER), y.translate(_LOWER)
        return 1 if x == y else 0

    return _out_number([same(x, y) for x, y in zip(xs, ys)], shape, np.uint8)


# ------------------------------------------------------------------------------ STRPUT
@idl_routine("STRPUT")
@_DOCS.fill
def strput(destination, source, position=0):
    """Overwrite part of a string, as IDL's ``STRPUT`` procedure does -- returning the
    new string.

    IDL call form::

        STRPUT, Destination, Source [, Position]

    Python::

        destination = compat.idl.strput(destination, source, position=0)

    IDL changes its ``Destination`` variable in place; Python strings cannot be
    changed, so compat returns the new value: write ``s = idl.strput(s, 'XY', 2)`` for
    IDL's ``STRPUT, s, 'XY', 2``.

    Parameters
    ----------
    destination : str or array_like of str
        {{text_input}}
    source : str
        One string, copied over ``destination`` from ``position``; the destination
        keeps its length (the source is cut at its end).
    position : int
        0-based start (a negative position is 0; a position past the end changes
        nothing).

    Returns
    -------
    str or ndarray of str
        The new text, the shape of ``destination``.

    Notes
    -----
    Differences from ``s[:p] + src + s[p + len(src):]``: that lengthens the string when
    the source runs past the end; IDL never changes the length. Sources:
    {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> idl.strput('abcdef', 'XY', 2), idl.strput('abcdef', 'XYZW', 4)
    ('abXYef', 'abcdXY')
    """
    t = _text(destination, "Destination")
    src = _scalar_text(source, "Source", "Source")
    p = max(int(_int_arg(position, "Position")), 0)

    def put(s: str) -> str:
        if p >= len(s):
            return s
        piece = src[:len(s) - p]
        return s[:p] + piece + s[p + len(piece):]

    return _map_text(t, put)


# ------------------------------------------------------------------------------ STRARR
@idl_routine("STRARR")
def strarr(*dims):
    """An array of empty strings, as IDL's ``STRARR`` creates.

    IDL call forms::

        Result = STRARR(D1 [, ..., D8])
        Result = STRARR([D1, ..., D8])

    Python::

        compat.idl.strarr(*dims)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions; numpy's shape is IDL's dimensions reversed
        (``strarr(3, 2)`` has shape ``(2, 3)``). Float sizes are truncated.

    Returns
    -------
    ndarray of object
        Every element ``''``. The array has dtype ``object`` (Python ``str``
        elements), so assigning a longer string to an element keeps all of it: a numpy
        ``str`` array of empty strings has width 1 and would silently cut
        ``a[0] = 'hello'`` to ``'h'``. Every compat routine takes it as a string array.

    Raises
    ------
    ValueError
        ``"STRARR: ..."`` for a size below 1 or more than eight dimensions.

    Notes
    -----
    Source: IDL Reference Guide, STRARR ("returns a string array containing zero-length
    strings").

    Examples
    --------
    >>> from compat import idl
    >>> a = idl.strarr(3, 2)
    >>> a.shape, a[0, 0]
    ((2, 3), '')
    >>> a[0, 0] = 'hello'
    >>> a[0, 0]
    'hello'
    """
    shape = idl_dims("STRARR", dims)
    out = np.empty(shape, dtype=object)
    out.fill("")
    return out


# ------------------------------------------------------------------------------- READS
@idl_routine("READS")
def reads(input, *variables, format=None):  # noqa: A002 - IDL's argument name
    """Read values from text, as IDL's ``READS`` procedure does -- returning them.

    IDL call form::

        READS, Input, Var1, ..., Varn [, FORMAT=value]

    Python::

        var1 = compat.idl.reads(input, var1, format=None)
        var1, var2 = compat.idl.reads(input, var1, var2, format=None)

    IDL fills its variables in place, keeping their types and sizes; Python cannot, so
    compat takes the variables as *templates* (their type and shape, as IDL uses them)
    and returns new values: one value for one variable, a tuple for several.

    Parameters
    ----------
    input : str or array_like of str
        The text; each element of an array is one record (line).
    *variables : scalars or arrays
        One template per IDL variable: ``np.int32(0)`` for a LONG, ``np.zeros(3,
        np.float32)`` for ``FLTARR(3)``, ``''`` for a string. Python numbers are typed
        as IDL literals (``0`` is INT, ``0.0`` DOUBLE).
    format : str, optional
        An IDL format (see :mod:`compat._core.idl_format`). Without it (free format)
        numbers are separated by blanks, tabs or commas and may continue on the next
        record; a string variable takes the rest of the current record.

    Returns
    -------
    value or tuple of values
        Values of the templates' types and shapes (numpy scalars/arrays; ``str`` or
        ``str`` arrays for strings).

    Raises
    ------
    ValueError
        ``"READS: ..."`` when the text runs out ("Input line is too short for input
        specified.") or a field is not a number of the variable's type ("Input
        conversion error ...").

    Notes
    -----
    An integer variable reads an integer field; a field such as ``2.5`` read into an
    integer is converted (truncated), ``1e3`` gives 1000; values outside the type
    keep their low bits, as IDL's conversions do. Differences from ``str.split`` plus
    ``int``/``float``: IDL reads into the variable's type (INT wraps), accepts ``d``
    exponents (``1d3``) and takes strings up to the end of the line. Source: IDL
    Reference Guide, READS and "Using Free Format Input/Output"; GDL 1.0.1 for the
    cases in reference_outputs/idl/reads.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a, b = idl.reads('12 3.5 4.5', np.int32(0), np.zeros(2, np.float32))
    >>> int(a), b
    (12, array([3.5, 4.5], dtype=float32))
    >>> n, rest = idl.reads('  42 apples', np.int16(0), '', format='(I4, A)')
    >>> int(n), rest
    (42, ' apples')
    """
    if not variables:
        raise CompatValueError("Incorrect number of arguments: give the variables to "
                               "read")
    text = _text(input, "Input")
    templates = []
    for k, v in enumerate(variables):
        if isinstance(v, str):
            templates.append(np.asarray(v))
        else:
            templates.append(idl_array("", v, f"Var{k + 1}", string_ok=True))
    if format is not None and not isinstance(format, str):
        raise CompatTypeError(f"FORMAT must be a string, not {type(format).__name__}")
    records = [str(text[()])] if text.ndim == 0 else text.reshape(-1).tolist()
    with warnings.catch_warnings():
        values = read_values(records, templates, format)
    return values[0] if len(values) == 1 else tuple(values)
