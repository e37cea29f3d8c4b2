"""MATLAB's class of a Python value: the one mapping behind ``class``, ``isa``, the
``is*`` predicates, ``validateattributes`` and cellfun's class names.

=====================  ==================================================================
MATLAB class           Python value (compat's representation, conventions section 3b)
=====================  ==================================================================
double                 ``float``, ``int``, ``complex``, a list of them (a MATLAB
                       literal), ``None`` and ``[]`` (MATLAB's ``[]``), float64/complex128
                       arrays and scalars, a double ``scipy.sparse`` matrix
single                 float32/complex64 (float16 reads as single)
int8 ... uint64        numpy integer arrays and scalars of that width
logical                ``bool``, numpy bool arrays and scalars, a list of bools
char                   ``str`` (a char row), a numpy ``str`` (``U``) array (a char matrix)
string                 a numpy ``StringDType`` array (numpy 2's variable-width text)
cell                   a list that is not a numeric literal, a numpy object array
struct                 a ``dict`` (a ``MatlabStruct`` too), a list of dicts, a record array
function_handle        any other callable (function, lambda, ``functools.partial``)
containers.Map         ``compat.matlab.containers_Map`` (any object naming its class in
                       a ``matlab_class`` attribute)
table                  a pandas ``DataFrame`` (what ``readtable`` returns)
=====================  ==================================================================

A numpy ``str`` array is read as char here (a char matrix, what ``char``/``strvcat``
return); compat's text functions also take one as a string array, a form the two
share. A value of no MATLAB class answers its Python type name, as MATLAB's ``class``
answers the name of a user class.

The categories :func:`isa` knows (MATLAB's documentation of ``isa``): ``'numeric'``
(the integer classes, single and double; not logical or char), ``'float'`` (single and
double), ``'integer'`` (the eight integer classes).
"""

from __future__ import annotations

import numpy as np

from compat._core.cells import is_cell, is_struct, size_of as _cell_size, to_object
from compat._core.errors import CompatTypeError, MatlabTypeError
from compat._core.matlab_types import _literal, matlab_class

__all__ = ["class_of", "is_a", "INTEGER_NAMES", "FLOAT_NAMES", "NUMERIC_NAMES",
           "CATEGORIES", "matlab_size", "is_complex_stored", "is_numeric_value",
           "is_sparse", "as_cell", "text_scalar"]

INTEGER_NAMES = ("int8", "uint8", "int16", "uint16", "int32", "uint32", "int64", "uint64")
FLOAT_NAMES = ("double", "single")
NUMERIC_NAMES = FLOAT_NAMES + INTEGER_NAMES
#: isa's category names and the classes each covers
CATEGORIES = {"numeric": frozenset(NUMERIC_NAMES), "float": frozenset(FLOAT_NAMES),
              "integer": frozenset(INTEGER_NAMES)}


def is_sparse(value) -> bool:
    """A ``scipy.sparse`` matrix or array: MATLAB's sparse storage."""
    return type(value).__module__.startswith("scipy.sparse") and hasattr(value, "tocoo")


def _is_table(value) -> bool:
    return type(value).__name__ == "DataFrame" and \
        type(value).__module__.startswith("pandas")


def _array_class(a: np.ndarray) -> str:
    kind = a.dtype.kind
    if kind == "U":
        return "char"
    if kind == "T":
        return "string"
    if kind == "f" and a.dtype == np.float16:
        return "single"
    if kind == "O":
        return "cell"
    if a.dtype.names is not None:
        return "struct"
    return matlab_class(a)


def class_of(value) -> str:
    """MATLAB's ``class(value)`` of a Python value in compat's forms (table above).

    Examples
    --------
    >>> import numpy as np
    >>> [class_of(v) for v in (1, True, 'a', np.int8(1), [1, 2], ['a', 2], {'a': 1},
    ...                        np.float32([1]), None, len)]
    ['double', 'logical', 'char', 'int8', 'double', 'cell', 'struct', 'single', 'double', 'function_handle']
    """
    named = getattr(type(value), "matlab_class", None)
    if isinstance(named, str):
        return named
    if value is None:
        return "double"
    if isinstance(value, (str, bytes)):
        return "char"
    if isinstance(value, (bool, np.bool_)):
        return "logical"
    if isinstance(value, (int, float, complex)):
        return "double"
    if isinstance(value, np.ndarray):
        return _array_class(value)
    if isinstance(value, np.generic):
        return _array_class(np.asarray(value))
    if is_struct(value):
        return "struct"
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return "double"
        if is_cell(value):
            return "cell"
        return _array_class(_literal(value))
    if is_sparse(value):
        return "logical" if value.dtype == bool else "double"
    if _is_table(value):
        return "table"
    if callable(value):
        return "function_handle"
    return type(value).__name__


def is_a(value, name: str) -> bool:
    """MATLAB's ``isa(value, name)``: ``class_of(value) == name``, or ``name`` is one of
    the categories 'numeric', 'float', 'integer' and the class is in it. Names are
    case-sensitive, as MATLAB's class names are."""
    cls = class_of(value)
    category = CATEGORIES.get(name)
    return cls in category if category is not None else cls == name


def is_numeric_value(value) -> bool:
    """MATLAB's ``isnumeric``: an integer class, single or double."""
    return class_of(value) in CATEGORIES["numeric"]


def matlab_size(value) -> tuple:
    """MATLAB's ``size`` of a Python value (at least two dimensions, trailing singleton
    dimensions beyond the second dropped): :func:`compat._core.cells.size_of`, plus
    scipy.sparse matrices and tables (their shape)."""
    if is_sparse(value) or _is_table(value):
        return tuple(int(n) for n in value.shape)
    if getattr(value, "matlab_class", None) == "containers.Map":
        # an n-by-1 set of key-value pairs (MathWorks' containers.Map size page:
        # "sz = size(M) returns a two-element vector [n 1]")
        return (len(value), 1)
    if isinstance(value, bytes):
        return (0, 0) if not value else (1, len(value))
    return _cell_size(value)


def is_complex_stored(value) -> bool:
    """MATLAB's storage: complex when the array is stored complex, whatever its values
    (``complex(1, 0)``). numpy complex arrays and scalars are stored complex; a Python
    ``complex`` is MATLAB's literal ``a+bi``, which MATLAB stores real when ``b`` is 0
    (``isreal(3+0i)`` is true)."""
    if isinstance(value, (np.ndarray, np.generic)):
        return value.dtype.kind == "c"
    if isinstance(value, complex):
        return value.imag != 0
    if is_sparse(value):
        return value.dtype.kind == "c"
    if isinstance(value, (list, tuple)) and not is_cell(value) and len(value):
        return _literal(value).dtype.kind == "c"
    return False


def as_cell(value, what: str = "input") -> np.ndarray:
    """An argument that must be a cell, as an object array: any list or tuple (even of
    numbers: ``cellfun(f, [1, 2])`` means ``{1, 2}``), or an object array; else MATLAB's
    error naming the value's class (``"Input #2 expected to be a cell array, was double
    instead."``)."""
    if isinstance(value, (list, tuple)):
        if len(value) == 0:
            return np.empty((0, 0), dtype=object)
        return to_object(value)
    if isinstance(value, np.ndarray) and value.dtype == object:
        return to_object(value)
    raise CompatTypeError(f"{what} expected to be a cell array, was {class_of(value)} "
                          f"instead.")


def text_scalar(value, message: str, identifier: str) -> str:
    """A character vector or string scalar (``str``, a one-element str array) as ``str``;
    anything else raises MatlabTypeError(message, identifier)."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "UT" and value.size == 1:
        value = str(value.reshape(-1)[0])
    if not isinstance(value, str):
        raise MatlabTypeError(message, identifier)
    return value
