"""MATLAB's char arrays and character classes: ``blanks``, ``char``, ``double``,
``strcat``, ``strvcat``, ``strjust``, ``isspace``, ``isletter``, ``isstrprop``,
``validatestring``, ``num2cell``.

Text follows compat's representation (:mod:`compat._core.matlab_text`): a char row
vector is a ``str``, a cell array a ``list``, a string array a numpy ``StringDType``
array, a char matrix a numpy ``str`` array of equal-length rows (what
``char``/``strvcat`` return for several rows), which ``double``, ``isspace``,
``isletter``, ``isstrprop`` and ``num2cell`` read character by character (rows x
columns) and ``strcat`` row by row.
"""

from __future__ import annotations

import unicodedata

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core.args import name_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import (UNICODE_WHITESPACE as _UNICODE_WHITESPACE,
                                     WHITESPACE as _WHITESPACE, casefold as _casefold,
                                     char_codes, char_codes_grid, char_grid,
                                     char_rows, flag as _flag, is_char_matrix, map_text,
                                     nonnegative_count as _count,
                                     numeric_list as _numeric_list, rebuild, text_items,
                                     text_scalar as _text_scalar)

__all__ = ["blanks", "char", "double", "strcat", "strvcat", "strjust", "isspace",
           "isletter", "isstrprop", "validatestring", "num2cell", "strmatch"]


@matlab_function("blanks")
def blanks(n):
    """A char vector of ``n`` spaces, as MATLAB's ``blanks``.

    MATLAB call forms::

        chr = blanks(n)                  ->  blanks(3)       # '   '

    Examples
    --------
    >>> from compat.matlab import blanks
    >>> '[' + blanks(3) + ']'
    '[   ]'
    """
    return " " * _count(n)


# ----------------------------------------------------------------- concatenation
def _char_rows(arg, function: str, keep_empty: bool) -> list[str]:
    """The rows one argument of char/strvcat contributes."""
    if isinstance(arg, str):
        return [arg] if (arg or keep_empty) else []
    if _numeric_list(arg):
        arg = np.asarray(arg, dtype=np.float64)
    if isinstance(arg, (list, tuple)) or (isinstance(arg, np.ndarray) and
                                          arg.dtype.kind == "O"):
        kind, items, _ = text_items(arg, "cell")
        return [t for t in items if t or keep_empty]
    a = np.asarray(arg)
    if a.dtype.kind == "U":
        return [str(t) for t in a.ravel() if str(t) or keep_empty]
    if a.dtype.kind == "T":           # a string array: one row per element (C order)
        return [t for t in text_items(a, function)[1] if t or keep_empty]
    if a.dtype.kind in "biuf":
        if a.size == 0:
            return [""] if keep_empty else []
        m = a.reshape(1, -1) if a.ndim < 2 else a.reshape(a.shape[0], -1)
        return ["".join(_code_char(v) for v in row) for row in m]
    raise CompatTypeError(f"{function}: inputs must be text or numeric arrays of "
                          f"character codes")


def _code_char(value) -> str:
    v = float(value)
    if not np.isfinite(v) or v < 0 or v >= 65536:
        raise CompatValueError(f"character codes must be from 0 to 65535, got {value!r}")
    return chr(int(v))                # fractional parts are truncated (MATLAB's char)


def _pad_rows(rows: list[str]):
    if not rows:
        return ""
    if len(rows) == 1:
        return rows[0]
    width = max(len(r) for r in rows)
    return np.array([r.ljust(width) for r in rows], dtype=f"<U{max(width, 1)}")


@matlab_function("strvcat")
def strvcat(*args):
    """Stack texts as the rows of a char matrix, skipping empty ones, as MATLAB's
    ``strvcat``.

    MATLAB call forms::

        S = strvcat(t1, t2, ...)        ->  strvcat('a', 'bcd', '')

    Arguments are char vectors, cells of them, str arrays or numeric character codes.
    Rows are padded with trailing blanks to the longest; **empty texts are left out**
    (``char`` keeps them as blank rows).

    Returns
    -------
    str or ndarray of str
        One row: a ``str``; several: a char matrix, a numpy ``str`` array of equal-length
        rows; none: ``''``.

    Examples
    --------
    >>> from compat.matlab import strvcat
    >>> strvcat('a', 'bcd', '')
    array(['a  ', 'bcd'], dtype='<U3')
    """
    rows = []
    for arg in args:
        rows.extend(_char_rows(arg, "strvcat", keep_empty=False))
    return _pad_rows(rows)


@matlab_function("char")
def char(*args):
    """Characters from codes, or texts stacked as rows, as MATLAB's ``char``.

    MATLAB call forms::

        C = char(A)                      ->  char([72 105])       # 'Hi'
        C = char(A1, ..., An)            ->  char('a', '', 'bcd') # 3 rows, blank kept
        C = char(cellArray)              ->  char({'a', 'bc'})

    Numeric codes become the characters with those codes (0..65535; a fractional part
    is truncated: MATLAB's documentation, "Convert a positive integer to an equivalent
    character. (Truncates any fractional parts.)"; GNU Octave 7.3 rounds instead), a
    numeric matrix one row per matrix row. Several
    arguments or a cell are stacked as rows padded with blanks; unlike
    :func:`strvcat`, **empty texts are kept** as blank rows.

    Returns
    -------
    str or ndarray of str
        One row: a ``str``; several: a numpy ``str`` array of equal-length rows.

    Examples
    --------
    >>> from compat.matlab import char
    >>> char([77, 65, 84, 76, 65, 66])
    'MATLAB'
    >>> char('a', '', 'bcd')
    array(['a  ', '   ', 'bcd'], dtype='<U3')
    """
    if len(args) == 1 and is_time_array(args[0]):   # char(t): datetime/duration text
        return args[0].char()
    if not args:
        return ""
    rows = []
    for arg in args:
        rows.extend(_char_rows(arg, "char", keep_empty=True))
    if not rows:
        return ""
    return _pad_rows(rows)


@matlab_function("double")
def double(x):
    """Double precision, and **character codes of text**, as MATLAB's ``double``.

    MATLAB call forms::

        X = double(s)                    ->  double('text')   # [116 101 120 116]
        X = double(A)                    ->  double(int8([1 2]))

    ``double('text')`` gives the character codes (a 1-D float array, a MATLAB row).
    A char matrix (numpy ``str`` array) gives the rows x columns codes, a 2-D float
    array (MathWorks' ``double`` page: "If X is a character array, double converts
    each character to its Unicode code point"; ``double(['ab';'cd'])`` is
    ``[97 98; 99 100]``, as GNU Octave 7.3). A numeric or logical array becomes
    float64 (complex: complex128), a new array. A string array (numpy
    ``StringDType`` array) is converted as MATLAB converts strings: each element read
    as a number (``str2double``; NaN where it is not one).

    Examples
    --------
    >>> from compat.matlab import double
    >>> double('Hi!')
    array([ 72., 105.,  33.])
    >>> double(np.array(['ab', 'cd']))
    array([[ 97.,  98.],
           [ 99., 100.]])
    """
    if isinstance(x, str):
        return char_codes(x)
    if isinstance(x, (list, tuple)) and any(isinstance(v, (str, list, tuple))
                                            for v in x):
        raise CompatTypeError("Conversion to double from cell is not possible.")
    a = np.asarray(x)
    if a.dtype.kind == "U":
        if a.ndim == 0:
            return char_codes(str(a[()]))
        return char_codes_grid(a, "double")
    if a.dtype.kind == "T":
        from compat.matlab.number_text import str2double
        return str2double(a.astype(object))
    if a.dtype.kind == "O":
        raise CompatTypeError("Conversion to double from cell is not possible.")
    if a.dtype.kind == "c":
        return a.astype(np.complex128)
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"Conversion to double from {a.dtype} is not possible.")
    return np.array(a, dtype=np.float64)


def _strcat_piece(arg):
    """(is_cell, items): char args lose trailing whitespace, cell elements do not."""
    if isinstance(arg, str):
        return False, [arg.rstrip(_WHITESPACE)]
    if _numeric_list(arg):
        arg = np.asarray(arg, dtype=np.float64)
    if isinstance(arg, (list, tuple)) or (isinstance(arg, np.ndarray) and
                                          arg.dtype.kind == "O"):
        kind, items, shape = text_items(arg, "strcat input")
        return ("cell", shape, kind), items
    a = np.asarray(arg)
    if a.dtype.kind == "U":
        # a char matrix: each row loses its trailing whitespace (module docstring)
        rows = char_rows(char_grid(a, "strcat")) if a.ndim else [str(a[()])]
        return ("rows", len(rows)), [str(r).rstrip(_WHITESPACE) for r in rows]
    if a.dtype.kind == "T":
        # a string array: its elements, whitespace kept; the result is a string array
        # (MathWorks' strcat page: "If any input is a string array, then the result is
        # a string array"); a <missing> element gives <missing>, as + does
        kind, items, shape = text_items(a, "strcat input", allow_missing=True)
        return ("string", shape, kind), items
    if a.dtype.kind in "biuf":
        return False, ["".join(_code_char(v) for v in a.ravel())
                       .rstrip(_WHITESPACE)]
    raise CompatTypeError("strcat inputs must be character arrays, cell arrays of "
                          "character vectors or string arrays")


@matlab_function("strcat")
def strcat(*args):
    """Concatenate texts horizontally, as MATLAB's ``strcat``.

    MATLAB call forms::

        s = strcat(s1, ..., sN)          ->  strcat('a ', 'b ')         # 'ab'
                                         ->  strcat({'a '}, 'b ')       # {'a b'}

    **Char inputs lose their trailing whitespace** (space, tab, vertical tab, newline,
    carriage return, form feed) before they are joined; elements of cell arrays and
    string arrays keep it. If any input is a cell array (or string array) the result is
    one, joined element by element (a char input is added to every element; arrays
    must have the same number of elements, or one).

    A char matrix (numpy ``str`` array of rows) is joined row by row: each row loses
    its trailing whitespace, a one-row char is added to every row, and the rows are
    padded with blanks into a char matrix again, rows left empty dropped (MathWorks'
    ``strcat`` page: "For character array inputs, strcat removes trailing ASCII
    whitespace characters"; MathWorks' strcat.m, read for its rules: row by row,
    ``char`` of the non-empty rows): ``strcat(['a ';'b '], ['x';'y'])`` is
    ``['ax';'by']``. With a cell, a char matrix gives one text per row (the cell must
    have as many elements as the matrix rows).

    Examples
    --------
    >>> from compat.matlab import strcat
    >>> strcat('Good ', 'morning ')
    'Goodmorning'
    >>> strcat(['Good '], 'morning ')
    ['Good morning']
    """
    if not args:
        return ""
    pieces = [_strcat_piece(a) for a in args]
    arrays = [(info, items) for info, items in pieces if info and info[0] != "rows"]
    if not arrays:
        matrices = [items for info, items in pieces if info]
        if not matrices:
            return "".join(items[0] for _, items in pieces)
        n = max(len(items) for items in matrices)
        if any(len(items) not in (1, n) for items in matrices):
            raise CompatValueError("All the inputs must have the same number of rows or "
                                   "a single row.")
        rows = ["".join(items[0] if len(items) == 1 else items[k] for _, items in pieces)
                for k in range(n)]
        rows = [r for r in rows if r] if n > 1 else rows
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        return np.array([r.ljust(width) for r in rows], dtype=f"<U{max(width, 1)}")
    n = max(len(items) for _, items in arrays)
    for info, items in pieces:
        if info and len(items) not in (1, n):
            raise CompatValueError("the inputs must be the same size or scalars")
    out = [""] * n
    for info, items in pieces:
        for k in range(n):
            piece = items[0] if len(items) == 1 else items[k]
            out[k] = None if out[k] is None or piece is None else out[k] + piece
    strings = [info for info, items in arrays if info[2] == "stringdtype"]
    if strings:
        target = next((info for info in strings if info[1] is not None and
                       int(np.prod(info[1])) == n), None)
        shape = target[1] if target is not None else next(
            info[1] for info, items in arrays if len(items) == n)
        if target is None:
            return rebuild("stringdtype", out, tuple(shape)).astype(strings[0][1].dtype)
        return rebuild("stringdtype", out, shape)
    target = next(info for info, items in arrays if len(items) == n)
    kind = "string" if any(info[2] == "string" for info, _ in arrays) else target[2]
    return rebuild(kind, out, target[1])


@matlab_function("strjust")
def strjust(text, justify="right"):
    """Justify text within its width, as MATLAB's ``strjust``.

    MATLAB call forms::

        newStr = strjust(str)            ->  right-justify
        newStr = strjust(str, side)      ->  strjust('a  ', 'center')

    Leading and trailing blanks are moved so the text sits at the right (default),
    left or centre of the same width (centre: the extra blank goes right). Char
    matrices (``str`` arrays) are justified row by row, as MATLAB does.

    Examples
    --------
    >>> from compat.matlab import strjust
    >>> strjust('a   ')
    '   a'
    >>> strjust('a   ', 'center')
    ' a  '
    """
    side = _text_scalar(justify, "justify").lower()
    if side not in ("left", "right", "center"):
        raise CompatValueError(f"justify must be 'left', 'right' or 'center', got "
                               f"'{justify}'")

    def move(t: str) -> str:
        core = t.strip(" ")
        blanks_ = len(t) - len(core)
        if not core:
            return t
        if side == "right":
            return " " * blanks_ + core
        if side == "left":
            return core + " " * blanks_
        left = blanks_ // 2
        return " " * left + core + " " * (blanks_ - left)
    return map_text(text, move)


# ---------------------------------------------------------------- character tests
def _char_test(text, test, function):
    """MATLAB's isspace/isletter rule: a char row or a string scalar gives one flag per
    character; a non-scalar string array is an error; anything else (numbers, logical,
    cells, structs) is not text and gives false, as MATLAB's reference pages say ("If A
    is not a character array or string scalar, then isspace returns logical 0")."""
    if isinstance(text, str):
        return np.array([test(c) for c in text], dtype=bool)
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        if text.ndim == 0:
            return np.array([test(c) for c in str(text[()])], dtype=bool)
        grid = char_grid(text, function)         # a char matrix: rows x columns
        return np.array([[test(c) for c in row] for row in grid.tolist()],
                        dtype=bool).reshape(grid.shape)
    if isinstance(text, np.ndarray) and text.dtype.kind == "T":
        if text.size != 1:
            raise CompatTypeError(f"A must be a character vector or a string scalar, not "
                                  f"a string array of {text.size} elements; use "
                                  f"isstrprop for the characters of each element")
        return np.array([test(c) for c in str(text.ravel()[0])], dtype=bool)
    if isinstance(text, (list, tuple)) or isinstance(text, dict) or text is None:
        if isinstance(text, (list, tuple)) and text and \
                all(isinstance(r, (list, tuple)) for r in text):
            return np.zeros((len(text), len(text[0])), dtype=bool)   # a 2-D cell
        return np.zeros(len(text) if isinstance(text, (list, tuple)) else (),
                        dtype=bool)
    return np.zeros(np.shape(text), dtype=bool)


@matlab_function("isspace")
def isspace(text):
    r"""True for whitespace characters, as MATLAB's ``isspace``.

    MATLAB call forms::

        TF = isspace(A)                  ->  isspace(sprintf('a b\t'))

    The Unicode whitespace characters (the ``White_Space`` property: space, ``\t``,
    ``\n``, ``\v``, ``\f``, ``\r``, U+0085, the no-break space ``char(160)``, U+1680,
    U+2000-U+200A, U+2028, U+2029, U+202F, U+205F, U+3000): MATLAB's reference page says
    "isspace recognizes all Unicode whitespace characters". GNU Octave 7.3 uses the C
    library's ``isspace`` on bytes (the six ASCII characters only). Returns a 1-D bool
    array, one per character, for a ``str`` or a string scalar (a one-element numpy
    ``StringDType`` array); a char matrix (numpy ``str`` array) gives a rows x columns
    bool array (MathWorks' page: "TF = isspace(A) returns a logical array TF ... the
    same size as A"; GNU Octave 7.3 agrees); anything that is not text (numbers, a cell as a ``list``, a struct) gives
    false of its size, as MATLAB's reference page says (GNU Octave 7.3 tests the
    texts inside a cell instead); a string array of several elements raises
    ``TypeError`` (MATLAB throws an error; use :func:`isstrprop`).

    Examples
    --------
    >>> from compat.matlab import isspace
    >>> isspace('a b\tc')
    array([False,  True, False,  True, False])
    >>> isspace('1\u00a02')          # no-break space, char(160)
    array([False,  True, False])
    """
    return _char_test(text, lambda c: c in _UNICODE_WHITESPACE, "isspace")




@matlab_function("isletter")
def isletter(text):
    """True for letters, as MATLAB's ``isletter`` (Unicode letters count).

    MATLAB call forms::

        TF = isletter(A)                 ->  isletter('a1B')

    One flag per character of a ``str`` or a string scalar; false for anything that is
    not text (the rules of :func:`isspace`).

    Examples
    --------
    >>> from compat.matlab import isletter
    >>> isletter('a1Bé')
    array([ True, False,  True,  True])
    """
    return _char_test(text, str.isalpha, "isletter")


def _is_punct(c: str) -> bool:
    code = ord(c)
    if code < 128:
        return 32 < code < 127 and not c.isalnum()
    return unicodedata.category(c)[0] in "PS"


def _is_graphic(c: str) -> bool:
    category = unicodedata.category(c)
    return category[0] in "LMNPS" or (ord(c) < 128 and 32 < ord(c) < 127)


_STRPROP = {
    "alpha": str.isalpha,
    "alphanum": lambda c: c.isalpha() or unicodedata.category(c) == "Nd",
    "cntrl": lambda c: unicodedata.category(c) == "Cc",
    "digit": lambda c: unicodedata.category(c) == "Nd",
    "graphic": _is_graphic,
    "lower": lambda c: c.islower(),
    "print": lambda c: c == " " or _is_graphic(c),
    "punct": _is_punct,
    "wspace": lambda c: c in _WHITESPACE,
    "upper": lambda c: c.isupper(),
    "xdigit": lambda c: c in "0123456789abcdefABCDEF",
}


@matlab_function("isstrprop")
def isstrprop(text, category, *options, ForceCellOutput=None):
    """True for characters of a category, as MATLAB's ``isstrprop``.

    MATLAB call forms::

        TF = isstrprop(str, category)                ->  isstrprop('a1 B', 'digit')
        TF = isstrprop(str, category, 'ForceCellOutput', true)

    Categories: ``'alpha'`` (letters), ``'alphanum'`` (letters and decimal digits),
    ``'cntrl'`` (control characters), ``'digit'`` (decimal digits), ``'graphic'``
    (letters, marks, numbers, punctuation and symbols: not space, not control),
    ``'lower'``, ``'print'`` (graphic and space), ``'punct'`` (printable ASCII that is
    not a letter, digit or space, and Unicode punctuation and symbols), ``'wspace'``,
    ``'upper'``, ``'xdigit'`` (hexadecimal digits).

    Returns a 1-D bool array for a char vector, a rows x columns bool array for a char
    matrix (a numpy ``str`` array; MathWorks' ``isstrprop`` page: "If str is a
    character array, then TF is a logical array of the same size as str"), a list of
    them for a cell or string array (or a 1-element list with ``ForceCellOutput``). GNU Octave 7.3 returns all false for
    ``'graphic'`` (a recorded divergence; MATLAB documents graphic characters as
    printable non-space characters).

    Examples
    --------
    >>> from compat.matlab import isstrprop
    >>> isstrprop('A1 b_', 'alpha')
    array([ True, False, False,  True, False])
    >>> isstrprop(['a1', 'B'], 'digit')
    [array([False,  True]), array([False])]
    >>> isstrprop(np.array(['a1', 'B ']), 'digit')      # a 2x2 char matrix
    array([[False,  True],
           [False, False]])
    """
    name = _text_scalar(category, "category").lower()
    test = _STRPROP.get(name)
    if test is None:
        raise CompatValueError(f"unknown category '{category}'; accepted: "
                               f"{', '.join(sorted(_STRPROP))}")
    opts = name_value(None, options, {} if ForceCellOutput is None else
                      {"ForceCellOutput": ForceCellOutput}, {"ForceCellOutput": False})
    force = _flag(opts["ForceCellOutput"], "ForceCellOutput")
    if isinstance(text, str):
        result = np.array([test(c) for c in text], dtype=bool)
        return [result] if force else result
    if is_char_matrix(text):
        if text.ndim == 0:
            result = np.array([test(c) for c in str(text[()])], dtype=bool)
        else:
            grid = char_grid(text, "isstrprop")
            result = np.array([[test(c) for c in row] for row in grid.tolist()],
                              dtype=bool).reshape(grid.shape)
        return [result] if force else result
    if isinstance(text, np.ndarray) and text.dtype.kind == "T":
        text = list(text.astype(object).ravel()) if text.ndim <= 1 else \
            [list(row) for row in text.astype(object).reshape(text.shape[0], -1)]
    if isinstance(text, np.ndarray) and text.dtype.kind in "biuf":
        codes = text.ravel()
        return np.array([test(chr(int(v))) if 0 <= v < 65536 and v == int(v) else False
                         for v in codes], dtype=bool).reshape(text.shape)
    kind, items, shape = text_items(text, "str")
    results = [np.array([test(c) for c in t], dtype=bool) for t in items]
    if kind == "object":
        out = np.empty(len(results), dtype=object)
        out[:] = results
        return out.reshape(shape)
    return rebuild("cell", results, shape)


@matlab_function("validatestring")
def validatestring(text, valid, *context):
    """The valid text that ``text`` abbreviates, as MATLAB's ``validatestring``.

    MATLAB call forms::

        validStr = validatestring(str, validStrings)     ->  validatestring('app', {'apple', 'pear'})
        validStr = validatestring(str, validStrings, funcName, varName, argIndex)

    ``text`` matches a valid text when it is a case-insensitive prefix of it. One match
    (or an exact match) is returned as spelled in ``valid``; when several match and
    each is a prefix of the longer ones (``'r'`` with ``{'red', 'redder'}``) the
    shortest is returned; otherwise it is an error.

    Raises
    ------
    ValueError
        ``"validatestring: Expected input to match one of these values: ..."`` when
        nothing matches, ``"... matched more than one valid value ..."`` when the match
        is ambiguous (MATLAB's wording).

    Examples
    --------
    >>> from compat.matlab import validatestring
    >>> validatestring('app', ['apple', 'banana'])
    'apple'
    >>> validatestring('R', ['red', 'redder'])
    'red'
    """
    word = _text_scalar(text, "str")
    options = text_items(valid, "validStrings")[1]
    listing = ", ".join(f"'{o}'" for o in options)
    if not word:
        raise CompatValueError(f"Expected input to match one of these values:\n\n"
                               f"{listing}\n\nThe input, '', did not match any of the "
                               f"valid values.")
    folded = _casefold(word)
    matches = [o for o in options if _casefold(o).startswith(folded)]
    exact = [o for o in matches if _casefold(o) == folded]
    if exact:
        return exact[0]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise CompatValueError(f"Expected input to match one of these values:\n\n"
                               f"{listing}\n\nThe input, '{word}', did not match any of "
                               f"the valid values.")
    shortest = min(matches, key=len)
    if all(_casefold(m).startswith(_casefold(shortest)) for m in matches):
        return shortest
    raise CompatValueError(f"Expected input to match one of these values:\n\n{listing}"
                           f"\n\nThe input, {word}, matched more than one valid value.")


@matlab_function("num2cell")
def num2cell(A):
    """Each element in its own cell, as MATLAB's ``num2cell`` (text included).

    MATLAB call forms::

        C = num2cell(A)                  ->  num2cell('ab')     # {'a', 'b'}

    A char vector gives a list of one-character ``str``; a numeric vector a list of
    scalars (numpy scalars of its class); a matrix a list of rows (a 2-D cell); a
    char matrix (numpy ``str`` array of rows) a 2-D cell of one-character ``str``
    (``num2cell(['ab';'cd'])`` is ``{'a','b';'c','d'}``, as GNU Octave 7.3); a
    string array (numpy ``StringDType``) a list of ``str`` of its shape. A 1-by-N or N-by-1 matrix is a vector:
    its cell is a flat list, compat's form of a 1-by-N / N-by-1 cell (so
    ``[u, num2cell(v)]``-style pairing with a list of names works element by element).

    Examples
    --------
    >>> from compat.matlab import num2cell
    >>> num2cell('abc')
    ['a', 'b', 'c']
    >>> num2cell([[1, 2], [3, 4]])
    [[1.0, 2.0], [3.0, 4.0]]
    >>> num2cell([[1.5, 2.5, 4.0]])          # a 1x3 row: a flat 1x3 cell
    [1.5, 2.5, 4.0]
    """
    if isinstance(A, str):
        return list(A)
    if isinstance(A, (list, tuple)) and any(isinstance(v, str) for v in np.ravel(
            np.asarray(A, dtype=object))):
        raise CompatTypeError("num2cell takes an array, not a cell")
    a = np.asarray(A)
    if a.dtype.kind == "U":
        # a char matrix: one cell per character (MathWorks' num2cell page: "C =
        # num2cell(A) converts array A into cell array C by placing each element of A
        # into a separate cell"), a vector's cell flat
        grid = char_grid(a, "num2cell")
        if grid.shape[0] == 1 or grid.shape[1] == 1:
            return [str(c) for c in grid.ravel()]
        return [[str(c) for c in row] for row in grid.tolist()]
    if a.dtype.kind == "T":
        if a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape):
            return [str(v) for v in a.ravel()]
        return [[str(v) for v in row] for row in a.reshape(a.shape[0], -1)]
    if a.dtype.kind not in "biufc":
        raise CompatTypeError("num2cell takes a numeric, logical or character array")
    if isinstance(A, (list, tuple)) and a.dtype.kind in "iu" and not any(
            isinstance(v, np.generic) for v in np.ravel(np.asarray(A, dtype=object))):
        a = a.astype(np.float64)                  # a Python literal is double

    def items(values):
        return values.tolist() if a.dtype.kind == "f" else list(values)
    if a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape):     # a vector: a flat cell
        return items(a.ravel())
    return [items(row) for row in a.reshape(a.shape[0], -1)]


@matlab_function("strmatch")
def strmatch(str_, strarray, flag=None):
    """Rows of a char matrix or cell of text that begin with ``str_``, as MATLAB's legacy
    ``strmatch``.

    MATLAB call forms::

        idx = strmatch(str, strarray)           ->  strmatch('max', {'max', 'minimax', 'maximum'})
        idx = strmatch(str, strarray, 'exact')

    Parameters
    ----------
    str_ : str
        The text (``str`` is a Python builtin, hence the underscore).
    strarray : str, array of str, or list of str
        A char matrix (a numpy ``str`` array of rows) or a cell of texts; a cell is
        first made a char matrix padded with blanks to its longest text, as MATLAB's
        strmatch.m does (``char(strs(:))``).
    flag : str, optional
        ``'exact'``: the whole row must equal ``str_`` padded with blanks to the row
        width (with NUL characters when the matrix's last column holds a NUL), so
        trailing blanks of a row are ignored. MATLAB treats any third argument as
        'exact' and warns about another word; compat raises instead.

    Returns
    -------
    ndarray of float64, shape (k, 1)
        The 1-based row indices (MATLAB's ``find`` of a column: 0x1 when no row
        matches); a 0x0 empty when ``str_`` is longer than the rows or the cell is
        empty. An empty ``str_`` matches every row.

    Notes
    -----
    Facts from MathWorks' strmatch.m (R2023): the prefix comparison is character by
    character over ``numel(str)`` characters, without trimming ``str``'s trailing
    blanks. Octave 7.3's strmatch returns a 0x0 empty where MATLAB's ``find`` gives
    0x1, and nothing for an empty ``str`` (recorded divergences, reference_outputs/
    matlab/ranked_routines). ``numpy.char.startswith`` would not pad a cell's texts and
    returns a mask, not 1-based indices; MATLAB recommends ``startsWith``/``strncmp``
    for new code (:func:`compat.matlab.startswith`).

    Examples
    --------
    >>> from compat.matlab import strmatch
    >>> strmatch('max', ['max', 'minimax', 'maximum'])
    array([[1.],
           [3.]])
    >>> strmatch('max', ['max', 'minimax', 'maximum'], 'exact')
    array([[1.]])
    """
    if not isinstance(str_, str):
        raise CompatTypeError("strmatch: the text to find must be a character vector")
    if flag is not None and (not isinstance(flag, str) or flag.lower() != "exact"):
        raise CompatValueError(f"strmatch: the third argument must be 'exact', got {flag!r}")
    if isinstance(strarray, (list, tuple)) and len(strarray) == 0:
        return np.zeros((0, 0))
    rows = _char_rows(strarray, "strmatch", keep_empty=True)
    width = max((len(r) for r in rows), default=0)
    rows = [r.ljust(width) for r in rows]
    length = len(str_)
    if length > width:
        return np.zeros((0, 0))
    text = str_
    if flag is not None and length < width:
        pad = "\0" if any(r[-1] == "\0" for r in rows) else " "
        text = str_ + pad * (width - length)
    hits = [k + 1.0 for k, r in enumerate(rows) if r[:len(text)] == text]
    return np.array(hits, dtype=np.float64).reshape(-1, 1)
