"""IDL's pattern routines: STRSPLIT (characters or a regular expression), STRMATCH
(wildcards), STREGEX (POSIX extended regular expressions with leftmost-longest matches),
translated to Python's :mod:`re`; the obsolete STR_SEP (a whole-string separator). Part of the strings families with
:mod:`compat.idl.strings`; text arguments are read as :mod:`compat.idl._text_args` says.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl._text_args import TEXT_DOCS, out_number, out_text, scalar_text, text_of

__all__ = ["strsplit", "strtok", "strmatch", "stregex", "str_sep"]


class StrsplitResult(Result):
    """STRSPLIT's result and its output keywords COUNT and LENGTH."""

    result: np.ndarray
    count: np.int32
    length: np.ndarray


class StregexResult(Result):
    """STREGEX's result and its output keyword LENGTH."""

    result: np.ndarray
    length: np.ndarray


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
@TEXT_DOCS.fill
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
    t = text_of(string)
    if t.ndim > 0 and t.size != 1:
        return [strsplit.__wrapped__(s, pattern, count=count, escape=escape,
                                     extract=extract, fold_case=fold_case, length=length,
                                     preserve_null=preserve_null, regex=regex)
                for s in t.reshape(-1).tolist()]
    s = str(t.reshape(-1)[0])
    pat = " \t" if pattern is None else scalar_text(pattern, "Pattern", "Pattern")
    esc = "" if escape is None else scalar_text(escape, "ESCAPE", "ESCAPE")
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
    return named_result(StrsplitResult, result, requested(
        count=(count, np.int32(n)), length=(length, lengths)))


@idl_routine("STRTOK")
def strtok(string, pattern=None, *, count=False, escape=None, extract=False,
           fold_case=False, length=False, preserve_null=False, regex=False):
    """Split one string at delimiters, as IDL's built-in ``STRTOK`` does: the routine
    under STRSPLIT, which legacy code (IDL's own lib files among it) calls directly.

    IDL call forms::

        Result = STRTOK(String [, Pattern] [, COUNT=variable] [, ESCAPE=string]
                        [, /EXTRACT | LENGTH=variable] [, /PRESERVE_NULL])
        Result = STRTOK(String, Pattern, /REGEX [, /FOLD_CASE] ...)

    Parameters and results are :func:`strsplit`'s for a scalar string (same keywords,
    positions or /EXTRACT substrings, COUNT and LENGTH requested with ``count=True`` /
    ``length=True``).

    Raises
    ------
    ValueError
        For a string array of more than one element (only STRSPLIT loops over arrays;
        the message is compat's, after GDL 1.0.1's "Parameter must be a scalar or 1
        element array in this context"), and STRSPLIT's errors under STRTOK's name.

    Notes
    -----
    IDL's reference manual documents only STRSPLIT; IDL 8.0's lib/strsplit.pro says it
    is a "wrapper on the build in system routine STRTOK that implements exactly the same
    interface as STRTOK, but with the STRSPLIT name", calling STRTOK once per element of
    an array. GDL 1.0.1 has STRTOK as a built-in with that interface.

    Examples
    --------
    >>> from compat import idl
    >>> idl.strtok('a,b,,c', ',')
    array([0, 2, 5], dtype=int32)
    >>> idl.strtok('a,b,,c', ',', extract=True, preserve_null=True)
    array(['a', 'b', '', 'c'], dtype='<U1')
    """
    if text_of(string).size != 1:
        raise CompatValueError("String must be a scalar or 1 element array in this "
                               "context")
    return strsplit.__wrapped__(string, pattern, count=count, escape=escape,
                                extract=extract, fold_case=fold_case, length=length,
                                preserve_null=preserve_null, regex=regex)


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
@TEXT_DOCS.fill
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
    t = text_of(string)
    pattern = scalar_text(search_string, "SearchString", "SearchString")
    rx = re.compile(_wildcard(pattern), re.DOTALL | (re.IGNORECASE if fold_case else 0))
    values = [1 if rx.fullmatch(s) else 0 for s in t.reshape(-1).tolist()]
    return out_number(values, t.shape, np.uint8)


# ----------------------------------------------------------------------------- STREGEX
@idl_routine("STREGEX")
@TEXT_DOCS.fill
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
    t = text_of(string, "StringExpression")
    pattern = scalar_text(regex, "RegularExpression", "RegularExpression")
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
        return out_number([1 if p >= 0 else 0 for p in pos], shape, np.uint8)
    if extract:
        return out_text(texts, shape)
    result = out_number(pos, shape, np.int32)
    if length:
        return StregexResult(result=result, length=out_number(lens, shape, np.int32))
    return result

# ----------------------------------------------------------------------------- STR_SEP
def _one_string(value, name: str, what: str) -> str:
    """STR_SEP's text arguments: one string (GDL 1.0.1's message for an array)."""
    if not isinstance(value, (str, bytes, np.str_, np.bytes_)) and not (
            isinstance(value, np.ndarray) and value.dtype.kind in "USO"):
        raise CompatTypeError(f"{what} must be a string: {name}.")
    t = text_of(value, name)
    if t.size != 1:
        raise CompatValueError(f"No array allowed for {what}")
    return str(t.reshape(-1)[0])


def _fields_at(s: str, sep: str) -> list:
    """The fields of ``s`` between non-overlapping occurrences of ``sep``, found left to
    right; empty fields kept (str_sep.pro's STRPOS loop; one character: every one)."""
    if sep == "":
        return [s]
    return s.split(sep)


@idl_routine("STR_SEP")
def str_sep(string, separator, *, esc=None, remove=False, remove_all=False, trim=False):
    """Cut a string at every separator, as IDL's obsolete library routine ``STR_SEP``.

    IDL call form::

        Result = STR_SEP(String, Separator [, ESC=string] [, /REMOVE_ALL] [, /TRIM])

    Parameters
    ----------
    string : str
        One string (``bytes`` or a one-element text array too).
    separator : str
        The separator: one character, or a string matched as a whole (not a set of
        characters, unlike STRSPLIT's pattern).
    esc : str, optional
        ESC: an escape character (its first character counts): the character after it is
        taken literally, never as a separator, and the escape itself is dropped
        (``'a\\\\,b'`` with separator ``','`` and ``esc='\\\\'`` is the one field ``'a,b'``).
        Only a single-character separator is honoured with ESC (its first character);
        an escape at the very end ends the string.
    remove_all, remove : bool
        /REMOVE_ALL: remove every blank (space and tab) from the fields. IDL's
        str_sep.pro spells the keyword REMOVE (IDL's keyword abbreviation takes
        /REMOVE_ALL for it in later releases' documentation; GDL names it REMOVE_ALL):
        both names are accepted here.
    trim : bool
        /TRIM: remove leading and trailing blanks of each field (STRTRIM(..., 2)).

    Returns
    -------
    ndarray of str
        The fields, 1-D, always an array (one element when there is no separator).
        Empty fields are kept: ``'a,,b'`` gives three.

    Raises
    ------
    ValueError
        ``"STR_SEP: No array allowed for Input String"`` (and ``... for Sep String``)
        for several strings (GDL 1.0.1's text; IDL's str_sep.pro does not check and
        returns garbage).
    TypeError
        ``"STR_SEP: Input String must be a string: String."`` for a number (compat's
        text: str_sep.pro would compare the number's bytes).

    Notes
    -----
    IDL's library file str_sep.pro (RSI, 1995, $Id 1.3): a one-character separator
    splits at each occurrence, a longer one at each STRPOS match from the end of the
    previous one; with ESC the escape sequences are resolved first (when the ESC string
    occurs in the text at all) and the remaining separator characters split; /TRIM is
    applied, else /REMOVE_ALL. ``str.split(separator)`` gives the same fields without
    ESC, /TRIM or /REMOVE_ALL, and ``strsplit`` (IDL's successor) treats the separator
    as a set of characters and drops empty fields. An empty separator returns the
    string as the one field (GDL 1.0.1's answer; str_sep.pro's STRPOS loop would not
    advance). Checked against GDL 1.0.1's own str_sep.pro (golden suite ``idl/str_sep``),
    which ignores ESC: those cases are recorded as GDL divergences.

    Examples
    --------
    >>> from compat import idl
    >>> idl.str_sep('ulib.usca.test', '.')
    array(['ulib', 'usca', 'test'], dtype='<U4')
    >>> idl.str_sep(' a , b ,,c', ',', trim=True)
    array(['a', 'b', '', 'c'], dtype='<U1')
    >>> idl.str_sep('a\\\\,b,c', ',', esc='\\\\')
    array(['a,b', 'c'], dtype='<U3')
    >>> idl.str_sep('x::y::z', '::')
    array(['x', 'y', 'z'], dtype='<U1')
    """
    s = _one_string(string, "String", "Input String")
    sep = _one_string(separator, "Separator", "Sep String")
    if esc is not None:
        esc = _one_string(esc, "ESC", "ESC")
    if esc and esc in s:
        mark, out, i = "\x01", [], 0
        first_esc, first_sep = esc[0], sep[:1]
        while i < len(s):
            c = s[i]
            if c == first_esc:
                out.append(s[i + 1] if i + 1 < len(s) else "\x00")
                i += 2
                continue
            out.append(mark if c == first_sep else c)
            i += 1
        text = "".join(out).split("\x00")[0]     # IDL's STRING stops at a zero byte
        fields = text.split(mark)
    else:
        fields = _fields_at(s, sep)
    if trim:
        fields = [f.strip(" \t") for f in fields]
    elif remove_all or remove:
        fields = [f.replace(" ", "").replace("\t", "") for f in fields]
    return np.array(fields, dtype=str)
