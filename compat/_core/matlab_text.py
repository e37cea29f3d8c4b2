"""MATLAB text in Python: char vectors, char matrices, cell arrays of text, string arrays.

The representation (compat conventions, "Text, cells, structures"):

=======================  =========================================================
MATLAB                   Python
=======================  =========================================================
char row vector ``'ab'`` ``str``
char matrix              numpy ``str`` array of equal-length rows (what ``char``,
                         ``strvcat`` and ``num2str`` of a matrix return), 1-D: one
                         element per row
cell array of text       ``list`` of ``str`` (1xN or Nx1 as a flat list, 2-D as a list
                         of lists); a numpy object array (what ``loadmat`` gives) is
                         accepted too and kept as such
string array             numpy ``StringDType`` array (any shape), one text per
                         element; ``<missing>`` elements are the dtype's
                         ``na_object`` (``StringDType(na_object=np.nan)``: MATLAB's
                         ``string(NaN)`` is ``<missing>``)
=======================  =========================================================

A numpy ``str`` (``U``) array is MATLAB **char** (as ``class`` reads it): a 1-D array
of equal-length rows (what ``char``, ``strvcat`` and ``num2str`` of a matrix return) or
a 2-D array of single characters is a char matrix, rows x columns
(:func:`char_grid`). A MATLAB **string array** is a numpy ``StringDType`` array (one
text per element). The text functions follow MATLAB's char-matrix rules for a ``U``
array, each citing its reference page: ``strtrim`` removes the blank columns common to
all rows, ``strcat`` drops each row's trailing whitespace, ``fliplr``/``flipud``
reverse columns/rows, ``double``/``isspace``/``isletter``/``isstrprop``/``ismissing``
give rows x columns arrays, ``num2cell`` a cell of single characters, ``strcmp`` and
its relatives compare two char arrays as whole values, ``sort``/``unique`` order the
characters; a function returning text returns the 1-D equal-length-rows form
(:func:`char_rows`). Functions whose pages take no char matrix (``strtok``,
``strjoin``) refuse one of several rows; the other element-wise functions still read
a ``U`` array row by row, as MATLAB's ``cellstr`` would.
``bytes`` arrive as ``str`` (the decorator's normalisation).

Results follow the input kind: a function mapping text to text returns ``str`` for
``str``, a list (same nesting) for a list, an object array for an object array and a
``str`` array of the same shape for a ``str`` array (:func:`map_text`).

String arrays (numpy ``StringDType``) go through the same helpers as kind
``'stringdtype'``: :func:`text_items` gives their elements in numpy's order (C order,
as for an object-array cell; the shape is kept, not MATLAB's column-major element
order, so element ``[i, j]`` of the result belongs to element ``[i, j]`` of the
input), and :func:`rebuild` gives back a ``StringDType`` array of the input's shape
and dtype (MATLAB: "If str is a string array, then newStr is a string array" on each
text function's reference page), or a logical/double array of that shape. A
``<missing>`` element (an element equal to the dtype's ``na_object``) is ``None`` in
the items, and :func:`text_items` refuses it unless the caller says how its function
treats missing (``allow_missing=True``); :func:`map_text` keeps it missing, the rule
of MATLAB's text-to-text functions (``upper(string(missing))`` is ``<missing>``).
"""

from __future__ import annotations

import numpy as np

from compat._core.matlab_types import logical_scalar, nonnegative_integer
from compat._core.errors import CompatTypeError

__all__ = ["is_text", "is_char", "is_cell", "is_char_matrix", "char_grid",
           "char_rows", "char_codes_grid", "chars_from_codes", "map_text", "text_items", "rebuild",
           "char_codes", "cell_shape", "WHITESPACE", "is_textual", "numeric_list",
           "nonnegative_count", "upper_char", "lower_char", "casefold", "text_scalar",
           "text_list", "flag", "UNICODE_WHITESPACE", "is_string_array",
           "string_array", "STRING"]

#: MATLAB's whitespace for strtrim/deblank/isspace/strsplit: the six ASCII characters
#: (isspace documentation: space, tab, newline, vertical tab, form feed, carriage return)
WHITESPACE = " \t\n\v\f\r"

#: Unicode's White_Space property (PropList.txt): MATLAB's isspace set, and what
#: strip removes
UNICODE_WHITESPACE = frozenset(
    "\t\n\v\f\r \x85\xa0\u1680" + "".join(chr(c) for c in range(0x2000, 0x200B)) +
    "\u2028\u2029\u202f\u205f\u3000")


#: numpy's variable-width text dtype: a MATLAB string array (no ``<missing>``)
STRING = np.dtypes.StringDType()


class _StringShape(tuple):
    """The shape of a string array in :func:`text_items`'s answer, carrying its dtype
    (so :func:`rebuild` keeps the caller's ``na_object``); a plain tuple otherwise."""

    dtype = STRING


def is_string_array(x) -> bool:
    """A MATLAB string array: a numpy ``StringDType`` array (dtype kind ``'T'``)."""
    return isinstance(x, np.ndarray) and x.dtype.kind == "T"


def string_array(items, shape=None, dtype=None) -> np.ndarray:
    """A ``StringDType`` array of ``items`` (``None`` for ``<missing>``) and ``shape``.

    ``dtype`` defaults to the one carried by a shape from :func:`text_items`, else plain
    ``StringDType()``; a ``<missing>`` item in a dtype without ``na_object`` gives
    ``StringDType(na_object=np.nan)`` (MATLAB's ``string(NaN)``).

    >>> string_array(['ab', None], (2,), np.dtypes.StringDType(na_object=np.nan))
    array(['ab', nan], dtype=StringDType(na_object=nan))
    """
    items = list(items)
    if dtype is None:
        dtype = getattr(shape, "dtype", STRING)
    if any(v is None for v in items):
        if not hasattr(dtype, "na_object"):
            dtype = np.dtypes.StringDType(na_object=np.nan)
        items = [dtype.na_object if v is None else v for v in items]
    out = np.empty(len(items), dtype=dtype)
    if items:
        out[:] = items
    return out.reshape(tuple(shape) if shape is not None else (len(items),))


def _string_items(x, where: str, allow_missing: bool):
    items = [v if isinstance(v, str) else None for v in x.ravel().tolist()]
    if not allow_missing and any(v is None for v in items):
        raise CompatTypeError(f"{where} holds a <missing> string element; this function "
                              f"takes no missing strings")
    shape = _StringShape(x.shape)
    shape.dtype = x.dtype
    return "stringdtype", items, shape


def is_char(x) -> bool:
    """A MATLAB char row vector (``str`` or a numpy str scalar)."""
    return isinstance(x, str)


def is_cell(x) -> bool:
    """A cell array: a Python list/tuple or a numpy object array."""
    return isinstance(x, (list, tuple)) or (isinstance(x, np.ndarray) and
                                           x.dtype.kind == "O")


def is_text(x) -> bool:
    """char, a string array, or a cell array whose every element is text."""
    if isinstance(x, str):
        return True
    if isinstance(x, np.ndarray):
        if x.dtype.kind in "UT":
            return True
        if x.dtype.kind == "O":
            return all(isinstance(v, str) for v in x.ravel())
        return False
    if isinstance(x, (list, tuple)):
        return all(is_text(v) and not isinstance(v, np.ndarray) for v in x)
    return False


def _flatten(cell, where: str, allow_nontext: bool):
    out = []
    for item in cell:
        if isinstance(item, (list, tuple)):
            out.extend(_flatten(item, where, allow_nontext))
        elif isinstance(item, str):
            out.append(item)
        elif allow_nontext:
            out.append(item)
        else:
            raise CompatTypeError(f"{where} must be a character vector, a cell array of "
                                  f"character vectors or a string array; the cell holds "
                                  f"a {type(item).__name__}")
    return out


def text_items(x, where: str = "str", *, allow_nontext: bool = False,
               allow_missing: bool = False):
    """``(kind, items, shape)``: the texts of ``x`` in a flat list, and how to rebuild.

    ``kind`` is ``'char'``, ``'cell'`` (list), ``'object'`` (object array),
    ``'string'`` (numpy ``str`` array, read element by element) or ``'stringdtype'``
    (numpy ``StringDType`` array: a MATLAB string array). ``items`` are in the
    container's own order (a list row by row; arrays in C order). Non-text raises
    ``TypeError`` naming ``where``; so does a ``<missing>`` string element (``None`` in
    the items) unless ``allow_missing``.
    """
    if isinstance(x, str):
        return "char", [str(x)], None
    if isinstance(x, np.ndarray):
        if x.dtype.kind == "T":
            return _string_items(x, where, allow_missing)
        if x.dtype.kind == "U":
            return "string", [str(v) for v in x.ravel()], x.shape
        if x.dtype.kind == "O":
            flat = list(x.ravel())
            if not allow_nontext and not all(isinstance(v, str) for v in flat):
                raise CompatTypeError(f"{where} must be a character vector, a cell array "
                                      f"of character vectors or a string array")
            return "object", flat, x.shape
    if isinstance(x, (list, tuple)):
        return "cell", _flatten(x, where, allow_nontext), cell_shape(x)
    raise CompatTypeError(f"{where} must be a character vector, a cell array of character "
                          f"vectors or a string array, not {_describe(x)}")


def _describe(x) -> str:
    if isinstance(x, np.ndarray):
        return f"a {x.dtype} array"
    return f"a {type(x).__name__}"


def cell_shape(cell) -> tuple:
    """The nesting of a list: ``(n,)`` flat, ``(rows, columns)`` for a list of lists."""
    if cell and all(isinstance(c, (list, tuple)) for c in cell):
        return (len(cell), len(cell[0]) if cell else 0)
    return (len(cell),)


def rebuild(kind: str, items: list, shape, *, result_kind: str | None = None):
    """The container of ``kind``/``shape`` holding ``items`` (see :func:`text_items`).

    ``result_kind='logical'``/``'double'`` builds a numeric array instead (the shape of
    the container; a char input gives a scalar).
    """
    if result_kind is not None:
        dtype = bool if result_kind == "logical" else np.float64
        if kind == "char":
            value = items[0]
            return bool(value) if result_kind == "logical" else float(value)
        if kind == "stringdtype" and result_kind == "double":     # <missing> -> NaN
            items = [np.nan if v is None else v for v in items]
        return np.array(items, dtype=dtype).reshape(tuple(shape))
    if kind == "char":
        return items[0]
    if kind == "stringdtype":
        return string_array(items, shape)
    if kind == "string":
        return np.array(items, dtype=str).reshape(shape)
    if kind == "object":
        out = np.empty(len(items), dtype=object)
        out[:] = items
        return out.reshape(shape)
    if len(shape) == 2:
        columns = shape[1]
        return [list(items[r * columns:(r + 1) * columns]) for r in range(shape[0])]
    return list(items)


def map_text(x, function, where: str = "str"):
    """``function`` applied to every text of ``x``; the result has ``x``'s kind (a
    ``<missing>`` string element stays missing)."""
    kind, items, shape = text_items(x, where, allow_missing=True)
    return rebuild(kind, [None if v is None else function(v) for v in items], shape)


def char_codes(text: str) -> np.ndarray:
    """The character codes of a char row vector, as MATLAB's ``double('ab')``."""
    return np.array([ord(c) for c in text], dtype=np.float64)


def is_char_matrix(x) -> bool:
    """A MATLAB char array held as a numpy ``str`` (``U``) array (module docstring)."""
    return isinstance(x, np.ndarray) and x.dtype.kind == "U"


def char_grid(a, where: str = "str") -> np.ndarray:
    """The char array ``a`` (a numpy ``str`` array) as a 2-D array of single characters,
    rows x columns.

    A 0-d array is one row; a 1-D array holds the rows (equal lengths: a char matrix
    has them); a 2-D array of single characters is the matrix itself (MATLAB's
    ``chars_as_strings=False`` layout of ``scipy.io.loadmat``). Anything else is
    refused naming ``where``.

    >>> char_grid(np.array([' ab ', 'c d '])).shape
    (2, 4)
    >>> char_rows(char_grid(np.array([['a', 'b'], ['c', 'd']])))
    array(['ab', 'cd'], dtype='<U2')
    """
    a = np.asarray(a)
    if a.ndim == 0:
        a = a.reshape(1)
    if a.ndim == 1:
        lengths = np.char.str_len(a) if a.size else np.zeros(0, dtype=int)
        width = int(lengths.max()) if a.size else 0
        if (lengths != width).any():
            raise CompatTypeError(f"{where}: a char matrix (numpy str array) needs rows of "
                                  f"equal length; a MATLAB string array is a numpy "
                                  f"StringDType array")
        if width == 0:
            return np.empty((a.size, 0), dtype="<U1")
        return a.astype(f"<U{width}").view("<U1").reshape(a.size, width).copy()
    if a.ndim == 2 and (a.size == 0 or (np.char.str_len(a) == 1).all()):
        return a.astype("<U1").copy()
    raise CompatTypeError(f"{where}: a char array must be a 1-D numpy str array of "
                          f"equal-length rows or a 2-D array of single characters")


def char_rows(grid: np.ndarray) -> np.ndarray:
    """A 2-D array of single characters as compat's char matrix: a 1-D numpy ``str``
    array of its equal-length rows."""
    grid = np.asarray(grid)
    return np.array(["".join(row) for row in grid.tolist()],
                    dtype=f"<U{max(grid.shape[1], 1)}")


def char_codes_grid(a, where: str = "str") -> np.ndarray:
    """MATLAB's ``double`` of a char array: the rows x columns character codes."""
    grid = char_grid(a, where)
    out = np.zeros(grid.shape, dtype=np.float64)
    if grid.size:
        out[...] = np.vectorize(ord, otypes=[np.float64])(grid)
    return out


def chars_from_codes(codes) -> np.ndarray:
    """A 2-D array of character codes back as a char matrix (:func:`char_rows`)."""
    codes = np.asarray(codes)
    grid = np.empty(codes.shape, dtype="<U1")
    for index, value in np.ndenumerate(codes):
        grid[index] = chr(int(value))
    return char_rows(grid)


# -------------------------------------------------- argument helpers of the family
def is_textual(x) -> bool:
    return isinstance(x, str) or (isinstance(x, np.ndarray) and x.dtype.kind in "UT")

def numeric_list(x) -> bool:
    """A Python list/tuple of numbers: a MATLAB numeric literal, not a cell."""
    if not isinstance(x, (list, tuple)) or not x:
        return False
    return all(numeric_list(v) if isinstance(v, (list, tuple)) else
               isinstance(v, (int, float, complex, bool, np.number, np.bool_)) for v in x)

def nonnegative_count(n) -> int:
    """The text functions' count ``N``, with their message."""
    return nonnegative_integer(n, f"N must be a nonnegative integer scalar, got {n!r}")

def upper_char(c: str) -> str:
    u = c.upper()
    return u if len(u) == 1 else c

def lower_char(c: str) -> str:
    u = c.lower()
    return u if len(u) == 1 else c

def casefold(text: str) -> str:
    return "".join(lower_char(c) for c in text)

def text_scalar(x, name: str) -> str:
    """A char row vector or a 1-element string array as ``str``."""
    if isinstance(x, str):
        return x
    if isinstance(x, np.ndarray) and x.dtype.kind in "UT" and x.size == 1 and \
            isinstance(x.ravel()[0], str):
        return str(x.ravel()[0])
    raise CompatTypeError(f"{name} must be a character vector or a string scalar")

def text_list(pattern, name="pattern") -> list[str]:
    if is_textual(pattern) or isinstance(pattern, (list, tuple)) or (
            isinstance(pattern, np.ndarray) and pattern.dtype.kind == "O"):
        return text_items(pattern, name)[1]
    raise CompatTypeError(f"{name} must be a character vector, a cell array of character "
                          f"vectors or a string array")

def flag(value, name: str) -> bool:
    """A true/false option of the text functions (``'IgnoreCase'``, ``'ForceCellOutput'``
    ...), with their message ``Name must be true or false``."""
    return logical_scalar(value, f"{name} must be true or false")
