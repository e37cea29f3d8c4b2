"""IDL's strings family: STRING, STRTRIM, STRCOMPRESS, STRMID, STRPOS, STRJOIN,
STRUPCASE, STRLOWCASE, STRLEN, STRCMP, STRPUT, STRARR, over the formatting engine
:mod:`compat._core.idl_format`. Pattern routines (STRSPLIT, STRMATCH, STREGEX) are in
:mod:`compat.idl.patterns`, READS with READ/READF in :mod:`compat.idl.formatted_io`;
how text arguments are read is in :mod:`compat.idl._text_args`.

Scalar text results are ``str``, numeric scalar results numpy scalars (``numpy.int32``
for IDL's LONG, ``numpy.uint8`` for BYTE), array results numpy arrays of the input's
shape.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core.idl_format import format_text, free_records, free_text, string_of_bytes
from compat._core.legacy import idl_routine
from compat.idl._text_args import (LOWER, TEXT_DOCS, UPPER, format_arg, idl_values, int_arg,
                                   map_text, out_number, scalar_text, text_of)

__all__ = ["string", "strtrim", "strcompress", "strmid", "strpos", "strjoin", "strupcase",
           "strlowcase", "strlen", "strcmp", "strput", "strarr"]


# ------------------------------------------------------------------------------ STRING
@idl_routine("STRING")
@TEXT_DOCS.fill
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
    arrays = idl_values(expressions, "Expression")
    if format_arg(format) is not None:
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
@TEXT_DOCS.fill
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
    f = int(int_arg(flag, "Flag"))
    if f not in (0, 1, 2):
        raise CompatValueError(f"Value of Flag ({f}) is out of allowed range: use 0 "
                               "(trailing), 1 (leading) or 2 (both)")
    t = text_of(string)
    fn = {0: lambda s: s.rstrip(" \t"), 1: lambda s: s.lstrip(" \t"),
          2: lambda s: s.strip(" \t")}[f]
    return map_text(t, fn)


# -------------------------------------------------------------------------- STRCOMPRESS
_BLANKS = re.compile(r"[ \t]+")


@idl_routine("STRCOMPRESS")
@TEXT_DOCS.fill
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
    t = text_of(string)
    if remove_all:
        return map_text(t, lambda s: _BLANKS.sub("", s))
    return map_text(t, lambda s: _BLANKS.sub(" ", s))


# ------------------------------------------------------------------------------ STRMID
@idl_routine("STRMID")
@TEXT_DOCS.fill
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
    t = text_of(expression, "Expression")
    first = int_arg(first_character, "First_Character", scalar=False)
    ln = None if length is None else int_arg(length, "Length", scalar=False)
    arrays = [a for a in (first, ln) if a is not None and a.ndim > 0]
    if not arrays:
        f = int(first)
        n = None if ln is None else int(ln)
        return map_text(t, lambda s: _substring(s, f, n, reverse_offset))
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
@TEXT_DOCS.fill
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
        Where the search starts. A negative ``pos`` is 0 (with /REVERSE_OFFSET too:
        the last character). With /REVERSE_OFFSET it counts from the end (0 is the
        last character); counted past the first character, nothing is found.
        Omitted: the first character, or the last with /REVERSE_SEARCH or
        /REVERSE_OFFSET.
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
    the match). A negative ``pos`` is 0 before /REVERSE_OFFSET applies, so
    ``strpos(s, t, -1, /REVERSE_SEARCH)`` finds only a match at position 0. GDL 1.0.1
    takes ``pos = -1`` (only -1: it is GDL's internal "no Pos" value) as an omitted
    Pos, so its reverse search then starts at the last character; -2 is 0 in GDL too.

    A null Search_String ``''`` is found where the search starts, at most at the last
    character: the smaller of the start position (Pos, or its default) and one less
    than the length of the element, as the reference manual that IDL and PV-WAVE share
    says ("If search_string is the null string, STRPOS returns the smaller of position
    or one less than the length of object", PV-WAVE Reference, STRPOS); -1 for a null
    Expression, and -1 when /REVERSE_OFFSET counts Pos past the first character (the
    search starts nowhere). ``str.find`` would give the length of the string for a
    start past the end, and ``-1`` for ``''``. GDL 1.0.1 agrees except past the first
    character with /REVERSE_OFFSET, where it returns the negative start itself
    (``STRPOS('abcde', '', 9, /REVERSE_OFFSET)`` is -5 in GDL; IDL returns -1 or a
    position).
    Sources: {{sources_strings}}

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.strpos('abcabc', 'bc')), int(idl.strpos('abcabc', 'bc', 2))
    (1, 4)
    >>> int(idl.strpos('abcabc', 'bc', reverse_search=True)), int(idl.strpos('abc', 'x'))
    (4, -1)
    """
    t = text_of(expression, "Expression")
    search = scalar_text(search_string, "Search_String", "Search string")
    p = None if pos is None else int(int_arg(pos, "Pos"))
    n = len(search)

    # Pos less than zero is zero, then /REVERSE_OFFSET counts it from the end (an
    # omitted Pos is 0, or the last character with /REVERSE_SEARCH); a start before
    # the first character finds nothing, in either direction.
    offset = 0 if p is None else max(p, 0)

    def find(s: str) -> int:
        length = len(s)
        if reverse_offset or (p is None and reverse_search):
            start = length - 1 - offset
        else:
            start = offset
        if start < 0:
            return -1
        if n == 0:
            # a null Search_String: the start position, at most the last character
            # (-1 for a null Expression), not str.find's position after the end
            return min(start, length - 1)
        if reverse_search:
            return s.rfind(search, 0, start + n)
        return s.find(search, start)

    values = [find(s) for s in t.reshape(-1).tolist()]
    return out_number(values, t.shape, np.int32)


# ------------------------------------------------------------------------------ STRJOIN
@idl_routine("STRJOIN")
@TEXT_DOCS.fill
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
    t = text_of(string)
    delim = scalar_text(delimiter, "Delimiter", "Delimiter")
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
@TEXT_DOCS.fill
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
    return map_text(text_of(string), lambda s: s.translate(UPPER))


@idl_routine("STRLOWCASE")
@TEXT_DOCS.fill
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
    return map_text(text_of(string), lambda s: s.translate(LOWER))


# ------------------------------------------------------------------------------ STRLEN
@idl_routine("STRLEN")
@TEXT_DOCS.fill
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
    t = text_of(expression, "Expression")
    return out_number([len(s) for s in t.reshape(-1).tolist()], t.shape, np.int32)


# ------------------------------------------------------------------------------ STRCMP
@idl_routine("STRCMP")
@TEXT_DOCS.fill
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
    a = text_of(string1, "String1")
    b = text_of(string2, "String2")
    limit = None if n is None else int(int_arg(n, "N"))
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
            x, y = x.translate(LOWER), y.translate(LOWER)
        return 1 if x == y else 0

    return out_number([same(x, y) for x, y in zip(xs, ys)], shape, np.uint8)


# ------------------------------------------------------------------------------ STRPUT
@idl_routine("STRPUT")
@TEXT_DOCS.fill
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
    t = text_of(destination, "Destination")
    src = scalar_text(source, "Source", "Source")
    p = max(int(int_arg(position, "Position")), 0)

    def put(s: str) -> str:
        if p >= len(s):
            return s
        piece = src[:len(s) - p]
        return s[:p] + piece + s[p + len(piece):]

    return map_text(t, put)


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
    shape = idl_dims(dims)
    out = np.empty(shape, dtype=object)
    out.fill("")
    return out
