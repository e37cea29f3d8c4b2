"""MATLAB's text functions: comparing, searching, editing, splitting and joining text.

``strcmp``, ``strcmpi``, ``strncmp``, ``strncmpi``, ``strfind``, ``strrep``,
``strsplit``, ``strjoin``, ``strtrim``, ``deblank``, ``upper``, ``lower``.
(The string-array functions ``contains``, ``startsWith``, ``endsWith``, ``replace``,
``split``, ``join``: :mod:`compat.matlab.string_functions`; building char arrays and classifying characters: :mod:`compat.matlab.chars`;
numbers to text: :mod:`compat.matlab.number_text`; regular expressions:
:mod:`compat.matlab.regexp`.)

Text follows compat's representation (:mod:`compat._core.matlab_text`): a char row
vector is a ``str``, a cell array a ``list`` (nested for 2-D), a string array a numpy
``StringDType`` array; a char matrix (what ``char``/``strvcat`` return for several
rows) is a numpy ``str`` array of equal-length rows. ``strtrim``/``deblank`` trim a
char matrix by whole columns, ``strcmp`` and its relatives take two char arrays as two
values, ``strtok``/``strjoin`` refuse one; the other element-wise functions read its
rows. Results follow the input kind. Indices returned as data (``strfind``) are
MATLAB's, 1-based.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.args import name_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_format import translate_escapes
from compat._core.matlab_text import STRING as _STRING
from compat._core.matlab_text import (WHITESPACE as _WHITESPACE, casefold as _casefold,
                                     char_grid as _char_grid, char_rows as _char_rows,
                                     flag as _flag,
                                     lower_char as _lower_char, map_text,
                                     nonnegative_count as _count,
                                     numeric_list as _numeric_list, rebuild,
                                     text_items, text_list as _patterns,
                                     text_scalar as _text_scalar,
                                     upper_char as _upper_char)
from compat._core.results import Result
from compat.matlab._text_docs import TEXT_DOCS

__all__ = ["strcmp", "strcmpi", "strncmp", "strncmpi", "strfind", "findstr", "strrep",
           "strsplit", "strjoin", "strtrim", "deblank", "upper", "lower", "strtok",
           "StrtokResult"]

_DOCS = TEXT_DOCS


class StrsplitResult(Result):
    """``[C, matches] = strsplit(...)``."""

    request_style = "nargout"
    C: list
    matches: list


# ------------------------------------------------------------------------ helpers
def _compare_items(x):
    """(container kind, items, shape); non-text values are kept (they compare false)."""
    if _numeric_list(x):
        return "other", [x], None
    if isinstance(x, str):
        return "char", [x], None
    if isinstance(x, np.ndarray) and x.dtype.kind == "U":
        if x.ndim == 0:
            return "char", [str(x[()])], None
        # a char matrix: its rows (against a cell or string array, row by row)
        return "matrix", [str(v) for v in _char_rows(_char_grid(x))], (
            _char_grid(x).shape[0],)
    if isinstance(x, np.ndarray) and x.dtype.kind == "T":      # a string array
        # a <missing> element (None) equals nothing, not even <missing> (MathWorks,
        # "Create String Arrays": "Compare a missing string to another string. The
        # result is always 0 (false)")
        return "string", text_items(x, "str", allow_missing=True)[1], x.shape
    if isinstance(x, (list, tuple)) or (isinstance(x, np.ndarray) and x.dtype.kind == "O"):
        return text_items(x, "str", allow_nontext=True)
    return "other", [x], None


def _char_value(x):
    """A char row or char matrix as (rows x columns, its column-major text)."""
    grid = _char_grid(np.array(x) if isinstance(x, str) else x)
    return grid.shape, "".join(grid.ravel(order="F").tolist())


def _compare(s1, s2, test, whole=True):
    k1, a, shape1 = _compare_items(s1)
    k2, b, shape2 = _compare_items(s2)
    if "matrix" in (k1, k2) and k1 in ("char", "other", "matrix") and \
            k2 in ("char", "other", "matrix"):
        # two char arrays are two values (MathWorks' strcmp page: "Text is considered
        # identical if the size and content of each are the same"): strcmp/strcmpi
        # need equal sizes; strncmp/strncmpi compare the first n characters in
        # column-major order, as GNU Octave 7.3 does
        if "other" in (k1, k2):
            return False
        (size1, text1), (size2, text2) = _char_value(s1), _char_value(s2)
        if whole and size1 != size2:
            return False
        return bool(test(text1, text2))
    k1 = "string" if k1 == "matrix" else k1
    k2 = "string" if k2 == "matrix" else k2
    if k1 in ("char", "other") and k2 in ("char", "other"):
        return bool(isinstance(a[0], str) and isinstance(b[0], str) and test(a[0], b[0]))
    array1, array2 = k1 not in ("char", "other"), k2 not in ("char", "other")
    if array1 and array2 and len(a) != len(b) and len(a) != 1 and len(b) != 1:
        raise CompatValueError("Inputs must be the same size or either one can be a "
                               "scalar.")
    if array1 and (not array2 or len(a) >= len(b)) and not (len(a) == 1 and len(b) > 1):
        shape = shape1
    else:
        shape = shape2
    n = max(len(a), len(b)) if array1 and array2 else (len(a) if array1 else len(b))
    a = a * n if len(a) == 1 else a
    b = b * n if len(b) == 1 else b
    out = [isinstance(x, str) and isinstance(y, str) and test(x, y) for x, y in zip(a, b)]
    return np.array(out, dtype=bool).reshape(shape)


def _positive(n) -> int:
    value = _count(n)
    if value < 1:
        raise CompatValueError("N must be greater than 0 (a positive integer)")
    return value


def _ncompare(n):
    def test(x, y):
        # MATLAB compares min(max(len), n) characters: both must be that long
        # (so strncmp('ab', 'ab', 5) is true and strncmp('ab', 'abc', 5) false).
        m = min(max(len(x), len(y)), n)
        return len(x) >= m and len(y) >= m and x[:m] == y[:m]
    return test


# --------------------------------------------------------------------- comparison
@matlab_function("strcmp")
@_DOCS.fill
def strcmp(s1, s2):
    """Compare texts, as MATLAB's ``strcmp`` (case-sensitive, whole texts).

    MATLAB call forms::

        tf = strcmp(s1, s2)        ->  strcmp('abc', 'abc')        # True
                                   ->  strcmp({'a', 'b'}, 'a')     # array([ True, False])

    Parameters
    ----------
    s1, s2 : text or any value
        {{text_kinds}}
        Values that are not text compare false (MATLAB: ``strcmp(1, 'a')`` is 0), also
        inside a cell.

    Returns
    -------
    bool or ndarray of bool
        A Python ``bool`` when both are char vectors (or non-text); else a bool array
        of the cell's or string array's shape (a flat list gives a 1-D array). Two
        arrays compare element by element and must have the same number of elements,
        or one of them one.

    Raises
    ------
    ValueError
        ``"strcmp: Inputs must be the same size or either one can be a scalar."``

    Notes
    -----
    Unlike Python's ``==``, char vectors of different lengths are simply unequal and a
    cell compares element-wise. A char matrix (numpy ``str`` array, compat's char) is
    one value: against a char row or another char matrix the result is one ``bool``,
    true when size and characters agree (``strcmp(['ab';'cd'], 'ab')`` is false);
    against a cell or string array it gives one text per row (MATLAB: "the cell array
    or string array must be a column vector with the same number of rows as the
    character array"). Source: MATLAB documentation of ``strcmp``; checked against
    GNU Octave 7.3 (golden suite ``matlab/char_matrix_text``).

    Examples
    --------
    >>> from compat.matlab import strcmp
    >>> strcmp('Yes', 'yes')
    False
    >>> strcmp(['Yes', 'No', 'yes'], 'yes')
    array([False, False,  True])
    >>> strcmp(['a', 1], ['a', 'b'])
    array([ True, False])
    """
    return _compare(s1, s2, lambda x, y: x == y)


@matlab_function("strcmpi")
def strcmpi(s1, s2):
    """Compare texts ignoring case, as MATLAB's ``strcmpi``.

    MATLAB call forms::

        tf = strcmpi(s1, s2)       ->  strcmpi('Yes', 'yes')       # True

    Everything as :func:`strcmp`, with letters compared case-insensitively (each
    character lowered on its own, as MATLAB's ``lower``).

    Examples
    --------
    >>> from compat.matlab import strcmpi
    >>> strcmpi(['ABC', 'abd'], 'abc')
    array([ True, False])
    """
    return _compare(s1, s2, lambda x, y: _casefold(x) == _casefold(y))


@matlab_function("strncmp")
def strncmp(s1, s2, n):
    """Compare the first ``n`` characters, as MATLAB's ``strncmp``.

    MATLAB call forms::

        tf = strncmp(s1, s2, n)    ->  strncmp('abcd', 'abxy', 2)  # True

    Parameters
    ----------
    s1, s2 : text (as :func:`strcmp`)
    n : positive integer
        The number of characters compared. When a text is shorter than ``n``, the
        comparison covers ``min(n, max(len(s1), len(s2)))`` characters and both texts
        must have them: ``strncmp('ab', 'ab', 5)`` is true, ``strncmp('ab', 'abc', 5)``
        false (GNU Octave 7.3's rule, written for MATLAB compatibility). Two char
        arrays, one of them a char matrix (numpy ``str`` array), are compared over
        their characters in column-major order, sizes aside (GNU Octave 7.3:
        ``strncmp(['ab';'cd'], ['ax';'cd'], 2)`` is true, ``strncmp(['ab';'cd'],
        'ab', 2)`` false).

    Returns
    -------
    bool or ndarray of bool (as :func:`strcmp`).

    Examples
    --------
    >>> from compat.matlab import strncmp
    >>> strncmp(['data_01', 'data_02', 'info'], 'data', 4)
    array([ True,  True, False])
    """
    return _compare(s1, s2, _ncompare(_positive(n)), whole=False)


@matlab_function("strncmpi")
def strncmpi(s1, s2, n):
    """Compare the first ``n`` characters ignoring case, as MATLAB's ``strncmpi``.

    MATLAB call forms::

        tf = strncmpi(s1, s2, n)   ->  strncmpi('ABcd', 'abXY', 2) # True

    Examples
    --------
    >>> from compat.matlab import strncmpi
    >>> strncmpi('DATA_01', 'data', 4)
    True
    """
    test = _ncompare(_positive(n))
    return _compare(s1, s2, lambda x, y: test(_casefold(x), _casefold(y)), whole=False)


# ------------------------------------------------------------------------ search
def _find_all(text: str, pattern: str) -> list[int]:
    out = []
    if not pattern:
        return out
    start = text.find(pattern)
    while start >= 0:
        out.append(start + 1)
        start = text.find(pattern, start + 1)      # overlapping occurrences
    return out


def _indices(found: list[int]):
    if not found:
        return np.zeros((0, 0))                    # MATLAB's [] (GNU Octave: 0x0)
    return np.array(found, dtype=np.float64)


@matlab_function("strfind")
def strfind(text, pattern, *options, ForceCellOutput=None):
    """Starting indices (1-based) of a pattern, overlapping, as MATLAB's ``strfind``.

    MATLAB call forms::

        k = strfind(str, pattern)                       ->  strfind('aaaa', 'aa')
        k = strfind(str, pattern, 'ForceCellOutput', tf)

    Parameters
    ----------
    text : str, list of str or str array
        The text searched; a cell or string array is searched element by element.
    pattern : str
        The text to find (a char vector or string scalar).
    ForceCellOutput : bool, name-value
        True: a char ``text`` also gives a (1-element) list.

    Returns
    -------
    ndarray or list
        For a char ``text``: the 1-based start indices, a 1-D float array (a MATLAB row
        vector); **overlapping** occurrences all count (``strfind('aaaa', 'aa')`` is
        ``[1 2 3]``). Not found (or an empty pattern): ``[]``, a 0x0 array. For a cell
        or string array: a list (or object array) of such arrays.

    Notes
    -----
    ``str.find`` gives one 0-based index, ``re.finditer`` skips overlapping matches:
    subtract 1 (``matlab.idx(k)``) before indexing Python text. A char matrix (numpy
    ``str`` array of several rows) is refused, "Input strings must have one row."
    (MATLAB's message; GNU Octave 7.3 searches its characters in column-major order);
    one row is a char row. Source: MATLAB documentation of ``strfind``; GNU Octave
    7.3 agrees otherwise.

    Examples
    --------
    >>> from compat.matlab import strfind
    >>> strfind('Find the starting indices of the pattern', 'in')
    array([ 2., 15., 19.])
    >>> strfind('aaaa', 'aa')
    array([1., 2., 3.])
    >>> strfind(['abc', 'bcb'], 'b')
    [array([2.]), array([1., 3.])]
    """
    pattern = _text_scalar(pattern, "pattern")
    opts = name_value(None, options, {} if ForceCellOutput is None else
                      {"ForceCellOutput": ForceCellOutput}, {"ForceCellOutput": False})
    force = _flag(opts["ForceCellOutput"], "ForceCellOutput")
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        grid = _char_grid(text)
        if grid.shape[0] > 1:
            # a char matrix is refused: MATLAB's message, as a MATLAB user's code
            # comments it before making a text one row (and the MATLAB clone Nelson
            # words it); GNU Octave 7.3 searches the column-major characters instead
            raise CompatTypeError("Input strings must have one row.")
        text = "".join(grid.ravel().tolist())
    if isinstance(text, str):
        result = _indices(_find_all(text, pattern))
        return [result] if force else result
    kind, items, shape = text_items(text, "str")
    results = [_indices(_find_all(t, pattern)) for t in items]
    if kind == "object":
        out = np.empty(len(results), dtype=object)
        out[:] = results
        return out.reshape(shape)
    return rebuild("cell", results, shape)


@matlab_function("findstr")
def findstr(str1, str2):
    """Starting indices (1-based) of the shorter text in the longer, as MATLAB's
    ``findstr`` (not recommended since R2006a; ``strfind`` replaces it).

    MATLAB call form::

        k = findstr(str1, str2)   ->  findstr('abcbc', 'bc')   ([2 4])
                                      findstr('bc', 'abcbc')   ([2 4]: either order)

    Parameters
    ----------
    str1, str2 : str
        Char row vectors (a 1-element string array counts). Whichever is shorter is
        searched for in the other; with equal lengths ``str2`` is searched in ``str1``
        (they match only if equal).

    Returns
    -------
    ndarray of float64
        The 1-based start indices of every occurrence, **overlapping** ones included
        (``findstr('aaa', 'aa')`` is ``[1 2]``), a 1-D row. Not found, or either text
        empty: ``[]`` (0x0).

    Notes
    -----
    The difference from ``strfind`` is the symmetry: ``strfind(s, p)`` searches ``p``
    in ``s`` only, so ``strfind('bc', 'abcbc')`` is ``[]`` where ``findstr`` finds
    ``[2 4]``. ``str.find`` gives one 0-based index: subtract 1 (``matlab.idx(k)``)
    before indexing Python text. GNU Octave 7.3 agrees and warns that findstr is
    obsolete; MATLAB does not warn.

    Sources: MATLAB ``findstr`` reference page ("findstr(str1,str2) ... searches the
    longer of the two input arguments for any occurrences of the shorter argument").

    Examples
    --------
    >>> from compat.matlab import findstr
    >>> findstr('bc', 'abcbc')
    array([2., 4.])
    >>> findstr('aaa', 'aa')
    array([1., 2.])
    """
    first = _text_scalar(str1, "str1")
    second = _text_scalar(str2, "str2")
    if len(second) > len(first):
        first, second = second, first
    if not first or not second:
        return np.zeros((0, 0))
    return _indices(_find_all(first, second))


class StrtokResult(Result):
    """``[token, remain] = strtok(str, delimiters)``."""

    request_style = "nargout"
    token: object
    remain: object


#: strtok's default delimiters: MATLAB's white-space characters (isspace) and NUL
_STRTOK_SPACE = " \t\n\v\f\r\0"


def _strtok_one(text: str, delimiters: str) -> tuple[str, str]:
    start = 0
    while start < len(text) and text[start] in delimiters:
        start += 1
    stop = start
    while stop < len(text) and text[stop] not in delimiters:
        stop += 1
    return text[start:stop], text[stop:]


@matlab_function("strtok", nargout=2)
def strtok(text, delimiters=None, *, nargout=1):
    """The first token of a text and the rest, as MATLAB's ``strtok``.

    MATLAB call forms::

        token = strtok(str)                       ->  strtok('  hello world ')
        [token, remain] = strtok(str, delimiters) ->  strtok('a,b,c', ',', nargout=2)

    Parameters
    ----------
    text : str or list of str
        The text (MATLAB's ``str``); a cell (list) gives one token per element. A
        numpy ``str`` array is char: one row is a char vector, several rows (a char
        matrix) are refused, as MATLAB's page and GNU Octave 7.3 do.
    delimiters : str, optional
        The characters that separate tokens (each one a delimiter). Default: white
        space (space, tab, newline, vertical tab, form feed, carriage return) and NUL.

    Returns
    -------
    StrtokResult (a tuple) or the token alone for ``nargout=1``
        ``token``: the text after any leading delimiters up to the next delimiter;
        ``remain``: the rest of the text **from** that delimiter on (it keeps the
        delimiter: ``strtok('a,b,c', ',')`` leaves ``',b,c'``). For a list input, two
        lists.

    Notes
    -----
    ``s.split(None, 1)`` drops the separator and splits on runs of white space;
    ``remain`` in MATLAB keeps it, so loops ``while ~isempty(r), [t, r] = strtok(r);``
    port unchanged with :func:`strtok`.

    Sources: MATLAB ``strtok`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> from compat.matlab import strtok
    >>> strtok('  hello world ', nargout=2)
    StrtokResult(token='hello', remain=' world ')
    >>> strtok('a,b,c', ',', nargout=2)
    StrtokResult(token='a', remain=',b,c')
    """
    delims = _STRTOK_SPACE if delimiters is None else _text_scalar(delimiters, "delimiters")
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        grid = _char_grid(text)
        if grid.shape[0] > 1:
            # MathWorks' strtok page takes str as "character vector | cell array of
            # character vectors | string array"; GNU Octave 7.3: "STR cannot be a 2-D
            # character array"
            raise CompatTypeError(f"str must be a character vector, a cell array of "
                                  f"character vectors or a string array, not a char "
                                  f"matrix of {grid.shape[0]} rows")
        text = "".join(grid.ravel().tolist())
    if isinstance(text, str):
        token, remain = _strtok_one(text, delims)
        return StrtokResult.first(nargout, token, remain)
    kind, items, shape = text_items(text, "str")
    pairs = [_strtok_one(t, delims) for t in items]
    if kind == "stringdtype":
        # MathWorks' strtok page: "If str is a string array, then token and remain
        # are string arrays" (of str's size)
        return StrtokResult.first(nargout, rebuild(kind, [p[0] for p in pairs], shape),
                                  rebuild(kind, [p[1] for p in pairs], shape))
    if kind in ("string", "object"):
        tokens = np.array([p[0] for p in pairs], dtype=object if kind == "object" else
                          None).reshape(shape)
        remains = np.array([p[1] for p in pairs], dtype=object if kind == "object" else
                           None).reshape(shape)
    else:
        tokens = rebuild("cell", [p[0] for p in pairs], shape)
        remains = rebuild("cell", [p[1] for p in pairs], shape)
    return StrtokResult.first(nargout, tokens, remains)


def _replace_overlapping(text: str, old: str, new: str) -> str:
    starts = [k - 1 for k in _find_all(text, old)]
    if not starts:
        return text
    out = [text[:starts[0]], new]
    end = starts[0] + len(old)
    for start in starts[1:]:
        if start > end:
            out.append(text[end:start])
        out.append(new)
        end = start + len(old)
    out.append(text[end:])
    return "".join(out)


@matlab_function("strrep")
@_DOCS.fill
def strrep(text, old, new):
    """Replace every occurrence, overlapping ones included, as MATLAB's ``strrep``.

    MATLAB call forms::

        newStr = strrep(str, old, new)   ->  strrep('abc 2 def 22', '22', '*')

    Parameters
    ----------
    text : text
        {{text_kinds}}
    old, new : str
        What to replace and the replacement (char vectors or string scalars).

    Returns
    -------
    text
        {{result_kind}}

    Notes
    -----
    ``strrep`` replaces **overlapping** occurrences: every start of ``old`` gets a
    ``new`` (``strrep('aaa', 'aa', 'b')`` is ``'bb'``, ``'2222'`` with ``'22'`` -> ``'*'``
    is ``'***'``), where Python's ``str.replace`` and MATLAB's own ``replace`` skip
    overlapping ones (``'b' + 'a'``). Source: MATLAB documentation of ``strrep``
    (its ``'22'`` example); GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import strrep
    >>> strrep('abc 2 def 22 ghi 222 jkl 2222', '22', '*')
    'abc 2 def * ghi ** jkl ***'
    >>> strrep(['aa', 'ba'], 'a', 'x')
    ['xx', 'bx']
    """
    old = _text_scalar(old, "old")
    new = _text_scalar(new, "new")
    return map_text(text, lambda t: _replace_overlapping(t, old, new))


# ---------------------------------------------------------------- split and join
def _split_simple(text: str, delimiters: list[str], collapse: bool):
    """(pieces, matched delimiters): where several delimiters match at one position,
    the first listed wins."""
    ordered = list(dict.fromkeys(delimiters))
    pattern = "|".join(re.escape(d) for d in ordered if d)
    if not pattern:
        return [text], []
    if collapse:
        pattern = f"(?:{pattern})+"
    pieces, matches = [], []
    position = 0
    for match in re.finditer(pattern, text):
        pieces.append(text[position:match.start()])
        matches.append(match.group())
        position = match.end()
    pieces.append(text[position:])
    return pieces, matches


@matlab_function("strsplit", nargout=2)
def strsplit(text, delimiter=None, *options, nargout=1, **name_values):
    r"""Split text at delimiters, as MATLAB's ``strsplit``.

    MATLAB call forms::

        C = strsplit(str)                      ->  strsplit('a b  c')      # at whitespace
        C = strsplit(str, delimiter)           ->  strsplit('a,b', ',')
        C = strsplit(str, {d1, d2})            ->  strsplit('a1b22c', {'1', '22'})
        C = strsplit(..., 'CollapseDelimiters', false)
        C = strsplit(..., 'DelimiterType', 'RegularExpression')
        [C, matches] = strsplit(...)           ->  strsplit(s, ',', nargout=2)

    Parameters
    ----------
    text : str
        A char vector (or string scalar).
    delimiter : str or list of str, optional
        Default: whitespace (space, ``\f``, ``\n``, ``\r``, ``\t``, ``\v``). Escape
        sequences in delimiters are translated (``'\t'`` splits at tabs). With several,
        the order does not matter unless two match at the same position: then the first
        listed wins (``strsplit('a12b', {'1', '12'})`` is ``{'a', '2b'}``; MATLAB
        documentation; GNU Octave 7.3 agrees).
    CollapseDelimiters : bool, name-value
        Default **true**: consecutive delimiters count as one.
    DelimiterType : {'Simple', 'RegularExpression'}, name-value
        ``'RegularExpression'``: the delimiters are MATLAB regular expressions.

    Returns
    -------
    C : list of str
        The pieces (a 1xN cell; a 1-D string array, numpy ``StringDType``, when
        ``text`` is a string scalar, as MathWorks' page says). Leading and trailing
        delimiters give empty first and last pieces.
    matches : list of str
        With ``nargout=2``: the delimiter text found at each split (a string array for
        a string scalar).

    Notes
    -----
    Python's ``str.split(',')`` never collapses, ``str.split()`` collapses but drops the
    empty first/last pieces that MATLAB keeps (``strsplit('  a b  ')`` is
    ``{'', 'a', 'b', ''}``). Sources: MATLAB documentation of ``strsplit``; GNU Octave
    7.3.

    Examples
    --------
    >>> from compat.matlab import strsplit
    >>> strsplit('  a b  ')
    ['', 'a', 'b', '']
    >>> strsplit('a,,b', ',')
    ['a', 'b']
    >>> strsplit('a,,b', ',', 'CollapseDelimiters', False)
    ['a', '', 'b']
    >>> strsplit('1.21m/s1.985m/s 1.955 m/s', ['m/s', ' '])
    ['1.21', '1.985', '1.955', '']
    >>> strsplit('a12b', ['1', '12'])
    ['a', '2b']
    """
    # MathWorks' strsplit page: "If str is a string scalar, then C is a string
    # array. Otherwise, C is a cell array of character vectors" (and matches alike)
    string_in = isinstance(text, np.ndarray) and text.dtype.kind == "T"
    text = _text_scalar(text, "str")
    if string_in:
        C, found = strsplit(text, delimiter, *options, nargout=2, **name_values)
        return StrsplitResult.first(nargout, np.array(C, dtype=_STRING),
                                    np.array(found, dtype=_STRING))
    if isinstance(delimiter, str) and delimiter.lower() in ("collapsedelimiters",
                                                            "delimitertype") and options:
        options = (delimiter,) + options
        delimiter = None
    opts = name_value(None, options, name_values,
                      {"CollapseDelimiters": True, "DelimiterType": "Simple"})
    collapse = _flag(opts["CollapseDelimiters"], "CollapseDelimiters")
    kind = str(opts["DelimiterType"]).lower()
    if kind not in ("simple", "regularexpression"):
        raise CompatValueError("DelimiterType must be 'Simple' or 'RegularExpression'")
    if delimiter is None:
        delimiters = list(_WHITESPACE)
    else:
        delimiters = _patterns(delimiter, "delimiter")
    if kind == "regularexpression":
        from compat._core.matlab_regex import translate
        pattern = "|".join(f"(?:{translate(d)})" for d in delimiters)
        if collapse:
            pattern = f"(?:{pattern})+"
        pieces, matches, position = [], [], 0
        for match in re.finditer(pattern, text):
            if match.end() == match.start():
                continue
            pieces.append(text[position:match.start()])
            matches.append(match.group())
            position = match.end()
        pieces.append(text[position:])
    else:
        translated = []
        for d in delimiters:
            value, valid = translate_escapes(d)
            translated.append(value if valid else d)
        pieces, matches = _split_simple(text, translated, collapse)
    return StrsplitResult.first(nargout, pieces, matches)


@matlab_function("strjoin")
def strjoin(C, delimiter=" "):
    r"""Join a cell array of texts, as MATLAB's ``strjoin``.

    MATLAB call forms::

        str = strjoin(C)                 ->  strjoin({'a', 'b'})           # 'a b'
        str = strjoin(C, delimiter)      ->  strjoin({'a', 'b'}, ', ')
        str = strjoin(C, {d1, d2, ...})  ->  one delimiter between each pair

    Parameters
    ----------
    C : list of str
        A 1xN cell array (its elements in order), or a string array (numpy
        ``StringDType``, C order): then the result is a string scalar (a one-element
        ``StringDType`` array; MathWorks' page: "a string scalar" for string input).
        Char (a ``str`` or a char matrix, numpy ``str`` array) is refused, as MATLAB and
        GNU Octave 7.3 refuse it.
    delimiter : str or list of str
        Escape sequences are translated (``'\n'`` joins with newlines). A list gives the
        N-1 delimiters in order.

    Returns
    -------
    str

    Examples
    --------
    >>> from compat.matlab import strjoin
    >>> strjoin(['Carl', 'Sam', 'Ann'], ', ')
    'Carl, Sam, Ann'
    >>> strjoin(['1', '2', '3'], ['+', '='])
    '1+2=3'
    """
    if isinstance(C, np.ndarray) and C.dtype.kind == "U":
        kind = "char"                 # a char array (MathWorks' strjoin page: C is a
    else:                             # "1-by-N cell array of character vectors")
        kind, items, _ = text_items(C, "C")
    if kind == "stringdtype":
        # MathWorks' strjoin page: str is a "character vector | string scalar", a
        # string scalar when C is a string array
        return np.array([strjoin(items, delimiter)], dtype=C.dtype)
    if kind == "char":
        raise CompatTypeError("C must be a cell array of character vectors or a string "
                              "array")
    if isinstance(delimiter, str) or (isinstance(delimiter, np.ndarray) and
                                      delimiter.dtype.kind == "U" and delimiter.size == 1):
        d = translate_escapes(_text_scalar(delimiter, "delimiter"))[0]
        return d.join(items)
    delimiters = _patterns(delimiter, "delimiter")
    if len(delimiters) != max(len(items) - 1, 0):
        raise CompatValueError(f"the number of delimiters ({len(delimiters)}) must be one "
                               f"less than the number of texts ({len(items)})")
    out = []
    for k, item in enumerate(items):
        if k:
            out.append(translate_escapes(delimiters[k - 1])[0])
        out.append(item)
    return "".join(out)


# ---------------------------------------------------------------------- trimming
@matlab_function("strtrim")
@_DOCS.named()
def strtrim(text):
    r"""Remove leading and trailing whitespace, as MATLAB's ``strtrim``.

    MATLAB call forms::

        newStr = strtrim(str)            ->  strtrim(sprintf('  \tab c \n'))

    Whitespace is space, ``\t``, ``\n``, ``\v``, ``\f``, ``\r``; the null character
    and the non-breaking space ``char(160)`` are kept (MATLAB documentation of
    ``strtrim``; GNU Octave 7.3 agrees on null).

    {{text_in_text_out}}

    Notes
    -----
    Python's ``str.strip()`` also removes ``\x1c``-``\x1f``, ``\x85``, ``\xa0`` and other
    Unicode spaces. A char matrix (numpy ``str`` array, compat's char) is trimmed by
    whole columns: the leading and trailing columns blank in every row go, so the
    rows stay of equal length (``strtrim([' ab ';'c d '])`` is ``[' ab';'c d']``; all
    blank: a 0x0 char, an empty array), as MathWorks' strtrim.m (read for its rule:
    the columns from the first to the last holding a non-whitespace character) and
    GNU Octave 7.3 do (golden suite ``matlab/char_matrix_text``).

    Examples
    --------
    >>> from compat.matlab import strtrim
    >>> strtrim('   a b   ')
    'a b'
    >>> strtrim(['  x', 'y  '])
    ['x', 'y']
    >>> strtrim(np.array([' ab ', 'c d ']))        # a 2x4 char matrix
    array([' ab', 'c d'], dtype='<U3')
    """
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        if text.ndim == 0:
            return np.array(str(text[()]).strip(_WHITESPACE))
        grid = _char_grid(text)
        keep = np.flatnonzero([not all(c in _WHITESPACE for c in column)
                               for column in grid.T.tolist()])
        if keep.size == 0:
            return np.empty(0, dtype="<U1")          # MATLAB's 0x0 char
        return _char_rows(grid[:, keep[0]:keep[-1] + 1])
    return map_text(text, lambda t: t.strip(_WHITESPACE))


@matlab_function("deblank")
@_DOCS.named()
def deblank(text):
    r"""Remove trailing whitespace and null characters, as MATLAB's ``deblank``.

    MATLAB call forms::

        newStr = deblank(str)            ->  deblank(sprintf('ab  \t\0'))

    {{text_in_text_out}}

    Notes
    -----
    A char matrix (numpy ``str`` array, compat's char) loses the trailing columns
    that are whitespace or null in every row, so its rows stay of equal length
    (``deblank(['a ';'  '])`` is the 2x1 ``['a';' ']``; all blank: a 0x0 char, an
    empty array), as MathWorks' deblank.m (read for its rule: the columns up to the
    last one holding another character) and GNU Octave 7.3 do (golden suite
    ``matlab/char_matrix_text``).

    Examples
    --------
    >>> from compat.matlab import deblank
    >>> deblank('  ab  \x00 ')
    '  ab'
    >>> deblank(np.array(['a ', '  ']))              # a 2x2 char matrix
    array(['a', ' '], dtype='<U1')
    """
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        if text.ndim == 0:
            return np.array(str(text[()]).rstrip(_WHITESPACE + "\0"))
        grid = _char_grid(text)
        keep = np.flatnonzero([not all(c in _WHITESPACE + "\0" for c in column)
                               for column in grid.T.tolist()])
        if keep.size == 0:
            return np.empty(0, dtype="<U1")          # MATLAB's 0x0 char
        return _char_rows(grid[:, :keep[-1] + 1])
    return map_text(text, lambda t: t.rstrip(_WHITESPACE + "\0"))


def _case(text, convert):
    if isinstance(text, (np.ndarray, list, tuple, str)) and not (
            isinstance(text, np.ndarray) and text.dtype.kind not in "UOT"):
        return map_text(text, lambda t: "".join(convert(c) for c in t))
    raise CompatTypeError("input must be a character array, a cell array of character "
                          "vectors or a string array")


@matlab_function("upper")
def upper(text):
    """Convert to upper case, as MATLAB's ``upper`` (also on cells and string arrays).

    MATLAB call forms::

        newStr = upper(str)              ->  upper({'ab', 'c'})

    Each character is converted on its own, so the length never changes (Python's
    ``'ß'.upper()`` is ``'SS'``; here ``'ß'`` stays).

    Examples
    --------
    >>> from compat.matlab import upper
    >>> upper(['abc', 'dé'])
    ['ABC', 'DÉ']
    """
    return _case(text, _upper_char)


@matlab_function("lower")
def lower(text):
    """Convert to lower case, as MATLAB's ``lower`` (also on cells and string arrays).

    MATLAB call forms::

        newStr = lower(str)              ->  lower('ABC')

    Examples
    --------
    >>> from compat.matlab import lower
    >>> lower('MixedCase')
    'mixedcase'
    """
    return _case(text, _lower_char)
