"""MATLAB cell arrays and struct arrays as Python values: the one place that decides
what is a cell, and converts between the Python forms and numpy object arrays.

The forms (conventions, section 3b):

* a cell array is a Python ``list``: a 1xN or Nx1 cell a flat list, a 2-D cell a list
  of rows (lists of equal length); a numpy object array (what ``scipy.io.loadmat``
  gives for a cell) is accepted anywhere and keeps its shape;
* a scalar struct is a ``dict`` (field name -> value, in field order); a struct array a
  list of dicts with the same fields; a numpy record array (``loadmat``'s default) is
  accepted where a struct array is.

A Python list of numbers (``[1, 2, 3]``) is a MATLAB numeric literal, not a cell: a
list is a cell when numpy cannot make a numeric or logical array of it (it holds text,
dicts, arrays of other sizes, ``None``...); where a routine takes only cells
(``cellfun``), any list is a cell. A list of equal-length lists that are cells
(two or more, not all plain numbers: ``[['a', 'b'], ['c', 'd']]``, ``[['Ann', 30],
['Bob', 41]]``, ``[[array1, array2], [array3, array4]]``) is a 2-D cell; a list of
lists of numbers (``[[1, 2], [3, 4]]``) is a 1xN cell of vectors; a one-element list
holding a list (``[['a', 'b']]``, MATLAB's ``{{'a', 'b'}}``) is a 1x1 cell holding it. Pass an object array for anything else
(a 1xN cell whose elements are cells of equal length).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError

__all__ = ["is_cell", "is_struct", "is_struct_array", "to_object", "from_object",
           "struct_list", "cell_shape", "size_of", "is_empty"]


def _numeric_literal(value) -> bool:
    try:
        with np.errstate(all="ignore"):
            a = np.asarray(value)
    except (ValueError, TypeError):
        return False
    return a.dtype.kind in "biufc"


def is_cell(value) -> bool:
    """True for a cell array: a list/tuple that is not a numeric literal (and not a list
    of dicts, a struct array), or a numpy object array."""
    if isinstance(value, np.ndarray):
        return value.dtype == object
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return False  # [] is MATLAB's empty double
        if all(isinstance(v, dict) for v in value):
            return False
        return not _numeric_literal(value)
    return False


def is_struct(value) -> bool:
    """True for a scalar struct (a dict) or a struct array (list of dicts, record
    array)."""
    return isinstance(value, dict) or is_struct_array(value)


def is_struct_array(value) -> bool:
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        return True
    return isinstance(value, (list, tuple)) and len(value) > 0 and \
        all(isinstance(v, dict) for v in value)


def _number_list(row) -> bool:
    """A list of Python (or numpy scalar) numbers, possibly nested: a numeric vector."""
    return all(isinstance(x, (bool, int, float, complex, np.generic)) or
               (isinstance(x, list) and _number_list(x)) for x in row)


def _rows(value) -> bool:
    """Two or more lists of one length, not all of them plain numbers: the rows of a 2-D
    cell. A list of lists of numbers (``[[1, 2], [3, 4]]``) is a row of numeric
    vectors instead, and a one-element list holding a list is a 1x1 cell holding it."""
    return len(value) > 1 and all(isinstance(r, list) and len(r) for r in value) and \
        len({len(r) for r in value}) == 1 and not all(_number_list(r) for r in value)


def to_object(value) -> np.ndarray:
    """A cell as a 2-D (or N-D) numpy object array: a flat list is 1xN, a list of
    equal-length lists m x n, an object array keeps its shape (1-D read as a row)."""
    if isinstance(value, np.ndarray) and value.dtype == object:
        return value.reshape(1, -1) if value.ndim <= 1 else value
    if not isinstance(value, (list, tuple)):
        raise CompatTypeError(f"expected a cell array (a list), got "
                              f"{type(value).__name__}")
    value = list(value)
    if _rows(value):
        out = np.empty((len(value), len(value[0])), dtype=object)
        for i, row in enumerate(value):
            for j, item in enumerate(row):
                out[i, j] = item
        return out
    out = np.empty((1, len(value)), dtype=object)
    for j, item in enumerate(value):
        out[0, j] = item
    return out


def from_object(cells: np.ndarray):
    """An object array of cells in the Python form: a vector (or 0x0) as a flat list, a
    matrix as a list of rows, N-D kept as the object array."""
    if cells.ndim <= 1 or (cells.ndim == 2 and (1 in cells.shape or cells.size == 0)):
        return list(cells.ravel(order="F"))
    if cells.ndim == 2:
        return [list(row) for row in cells]
    return cells


def cell_shape(value) -> tuple:
    """MATLAB's size of a cell in Python form."""
    return to_object(value).shape


def struct_list(value) -> list[dict]:
    """A struct or struct array as a list of dicts (a record array converted)."""
    if isinstance(value, dict):
        return [value]
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        names = value.dtype.names
        return [{n: rec[n] for n in names} for rec in value.reshape(-1, order="F")]
    if is_struct_array(value):
        return list(value)
    raise CompatTypeError(f"expected a struct (a dict) or a struct array (a list of "
                          f"dicts), got {type(value).__name__}")


# ------------------------------------------------- MATLAB's view of a Python value
def _text_size(value) -> tuple:
    if isinstance(value, str):
        return (0, 0) if value == "" else (1, len(value))
    a = value
    if a.ndim == 0:
        n = len(str(a[()]))
        return (1, n) if n else (0, 0)
    rows = [str(r) for r in a.ravel()]
    if a.ndim == 1 and len({len(r) for r in rows}) <= 1:
        return (len(rows), len(rows[0]) if rows else 0)   # a char matrix
    return a.shape if a.ndim >= 2 else (1, a.size)        # a string array


def size_of(value) -> tuple:
    """MATLAB's ``size`` of a Python value in compat's forms (str is a char row, a list
    a cell or a numeric literal, a dict a 1x1 struct, None or ``[]`` 0x0)."""
    if value is None:
        return (0, 0)
    if isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind == "U"):
        return _text_size(value)
    if isinstance(value, dict):
        return (1, 1)
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        return _matlab_shape(value.shape)
    if is_struct_array(value):
        return (1, len(value))
    if is_cell(value):
        return _matlab_shape(to_object(value).shape)
    if isinstance(value, (list, tuple)) and len(value) == 0:
        return (0, 0)
    if callable(value) and not isinstance(value, np.ndarray):
        return (1, 1)
    try:
        a = np.asarray(value)
    except (ValueError, TypeError):
        return (1, 1)
    return _matlab_shape(a.shape)


def _matlab_shape(shape) -> tuple:
    shape = tuple(int(n) for n in shape)
    if len(shape) == 0:
        return (1, 1)
    if len(shape) == 1:
        return (1, shape[0])
    while len(shape) > 2 and shape[-1] == 1:
        shape = shape[:-1]
    return shape


def is_empty(value) -> bool:
    """MATLAB's ``isempty``: a size with a zero."""
    return 0 in size_of(value)
