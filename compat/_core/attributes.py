"""MATLAB's ``validateattributes``: the class test and the attribute tests, with MATLAB's
error identifiers and messages.

The core takes Python-shaped arguments: the value, the accepted class names, the
attributes as ``(name, parameter)`` pairs, and the description MATLAB builds from
``funcName``/``varName``/``argIndex``; it raises :class:`~compat._core.errors.MatlabTypeError`
(class) or :class:`~compat._core.errors.MatlabValueError` (an attribute), unbound.

Messages follow MATLAB's pattern ``Expected <input> to be <attribute>.``, where
``<input>`` is ``input``, ``input number N``, the variable name, or ``input number N,
NAME,``; identifiers are ``MATLAB:<id>``, ``MATLAB:<funcName>:<id>`` when a function name
is given. Sources of the texts:

* MATLAB's validateattributes reference page (the English page and its mathworks.cn
  mirror of 2023): "Expected input to be of size 4x6x2 when it is actually size
  3x5x2.", "Expected input to be strictly increasing.", "Expected input number 2 to be
  nonnegative." (``complex(1,1)``), "Expected input to be an array with all of the values
  < 10." (``Error using Rankings``), "Expected input number 1, Shape, to be one of these
  types:\n\nchar\n\nInstead its type was double." (``MATLAB:findVolume:invalidType``),
  and 'numeric' listed as "double, single, uint8, uint16, uint32, uint64, int8, int16,
  int32, int64";
* MATLAB Coder's generated C (which embeds MATLAB's message catalogue): "to be
  nonempty.", "to be non-NaN.", "to be integer-valued.", "to be positive.", "to be
  finite.", "to be an array with number of elements equal to 2.", "to be an array with
  number of columns equal to 2." with identifiers ``expectedNonempty``,
  ``expectedNonNaN``, ``expectedInteger``, ``expectedPositive``, ``expectedFinite``,
  ``incorrectNumel``, ``incorrectNumcols``, ``expectedScalar``, ``expectedVector``,
  ``expectedNonnegative``, ``incorrectNumrows``; ``notGreater``/``notGreaterEqual``/
  ``notLess``/``notLessEqual`` for the comparisons;
* MATLAB print-outs: "Expected M to be a scalar with value < 8." (corrmtx),
  "Expected MinPeakDistance to be a scalar with value < 20." (findpeaks): a scalar's
  comparison message.

The other texts ("a scalar", "a vector", "a row vector", "two-dimensional", "number of
rows/dimensions equal to" ...) follow the same pattern unverified; 'scalartext'
(MATLAB's own toolbox code validates names with it) says "a character vector or string
scalar", the words of MATLAB's mustBeTextScalar message, its validateattributes wording
not published.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import MatlabTypeError, MatlabValueError
from compat._core.matlab_classes import (CATEGORIES, class_of, is_complex_stored,
                                         matlab_size)

__all__ = ["PARAMETER_ATTRIBUTES", "ATTRIBUTES", "describe", "check_class",
           "check_attribute"]

#: attributes followed by a parameter in the attributes cell
PARAMETER_ATTRIBUTES = ("size", "numel", "ncols", "nrows", "ndims", ">", ">=", "<", "<=")
#: attribute -> (identifier suffix, the words after "to be")
_WORDS = {
    "2d": ("expected2D", "two-dimensional"),
    "3d": ("expected3D", "three-dimensional"),
    "column": ("expectedColumn", "a column vector"),
    "row": ("expectedRow", "a row vector"),
    "scalar": ("expectedScalar", "a scalar"),
    "scalartext": ("expectedScalartext", "a character vector or string scalar"),
    "vector": ("expectedVector", "a vector"),
    "square": ("expectedSquare", "a square matrix"),
    "diag": ("expectedDiagonal", "diagonal"),
    "nonempty": ("expectedNonempty", "nonempty"),
    "nonsparse": ("expectedNonsparse", "nonsparse"),
    "binary": ("expectedBinary", "binary"),
    "even": ("expectedEven", "even"),
    "odd": ("expectedOdd", "odd"),
    "integer": ("expectedInteger", "integer-valued"),
    "real": ("expectedReal", "real"),
    "finite": ("expectedFinite", "finite"),
    "nonnan": ("expectedNonNaN", "non-NaN"),
    "nonnegative": ("expectedNonnegative", "nonnegative"),
    "nonzero": ("expectedNonZero", "nonzero"),
    "positive": ("expectedPositive", "positive"),
    "decreasing": ("expectedDecreasing", "strictly decreasing"),
    "increasing": ("expectedIncreasing", "strictly increasing"),
    "nondecreasing": ("expectedNondecreasing", "nondecreasing"),
    "nonincreasing": ("expectedNonincreasing", "nonincreasing"),
}
_COMPARISONS = {">": ("notGreater", np.greater), ">=": ("notGreaterEqual", np.greater_equal),
                "<": ("notLess", np.less), "<=": ("notLessEqual", np.less_equal)}
#: how MATLAB's class message spells the categories ('numeric' as MATLAB's documentation
#: prints it; 'float' and 'integer' in the same order)
_CATEGORY_TEXT = {
    "numeric": "double, single, uint8, uint16, uint32, uint64, int8, int16, int32, int64",
    "float": "double, single",
    "integer": "uint8, uint16, uint32, uint64, int8, int16, int32, int64"}
ATTRIBUTES = tuple(_WORDS) + PARAMETER_ATTRIBUTES


def describe(var_name: str | None, arg_index: int | None) -> str:
    """How MATLAB names the input in its messages."""
    if arg_index is not None and var_name:
        return f"input number {arg_index}, {var_name},"
    if arg_index is not None:
        return f"input number {arg_index}"
    return var_name or "input"


def _identifier(func_name: str | None, suffix: str) -> str:
    return f"MATLAB:{func_name}:{suffix}" if func_name else f"MATLAB:{suffix}"


def check_class(A, classes, who: str, func_name: str | None) -> None:
    """``A``'s class is one of ``classes`` (or in one of the categories); an empty list
    accepts any class."""
    if not classes:
        return
    cls = class_of(A)
    for name in classes:
        if cls == name or cls in CATEGORIES.get(name, ()):
            return
    names = ", ".join(_CATEGORY_TEXT.get(name, name) for name in classes)
    raise MatlabTypeError(f"Expected {who} to be one of these types:\n\n"
                          f"{names}\n\nInstead its type was {cls}.",
                          _identifier(func_name, "invalidType"))


def _values(A) -> np.ndarray:
    """The data of ``A`` as a numpy array for the value tests (char as its codes)."""
    if isinstance(A, str):
        return np.array([ord(c) for c in A], dtype=np.float64)
    if type(A).__module__.startswith("scipy.sparse"):
        return A.toarray()
    a = np.asarray(A)
    if a.dtype.kind == "U":
        return np.array([ord(c) for c in "".join(a.ravel())], dtype=np.float64)
    if a.dtype.kind not in "biufc":
        raise MatlabTypeError(f"the attribute needs numeric data, not {class_of(A)}",
                              "MATLAB:validateattributes:badInput")
    return a


def _monotone(A, test) -> bool:
    """MATLAB's monotonicity along the first non-singleton dimension (``diff(A)``),
    NaN failing every test."""
    a = _values(A)
    size = matlab_size(A)
    if a.ndim < 2:
        a = a.reshape(size)
    axis = next((k for k, n in enumerate(a.shape) if n != 1), 0)
    if a.dtype.kind == "c":
        a = a.real
    if a.dtype.kind == "f" and np.isnan(a).any():
        return False
    if a.shape[axis] < 2:
        return True
    d = np.diff(a.astype(np.float64) if a.dtype.kind in "iub" else a, axis=axis)
    return bool(test(d).all())


def _size_text(size) -> str:
    return "x".join("N" if (isinstance(n, float) and np.isnan(n)) else str(int(n))
                    for n in size)


def check_attribute(A, name: str, parameter, who: str, func_name: str | None) -> None:
    """One attribute test; a :class:`MatlabValueError` with MATLAB's message if ``A``
    does not have it."""
    size = matlab_size(A)
    if name in _WORDS:
        suffix, words = _WORDS[name]
        if not _has(A, name, size):
            raise MatlabValueError(f"Expected {who} to be {words}.",
                                   _identifier(func_name, suffix))
        return
    if name == "size":
        want = [float(v) for v in np.asarray(parameter, dtype=np.float64).ravel()]
        have = list(size)
        # as many dimensions as given (GNU Octave 7.3: [2 3 1] is not the size of 2x3)
        if len(want) != len(have) or \
                any(not np.isnan(x) and x != y for x, y in zip(want, have)):
            raise MatlabValueError(f"Expected {who} to be of size {_size_text(want)} when "
                                   f"it is actually size {_size_text(have)}.",
                                   _identifier(func_name, "incorrectSize"))
        return
    value = _count(parameter, name)
    if name == "numel":
        if int(np.prod(size)) != value:
            raise MatlabValueError(f"Expected {who} to be an array with number of "
                                   f"elements equal to {value}.",
                                   _identifier(func_name, "incorrectNumel"))
    elif name in ("ncols", "nrows"):
        actual = size[1] if name == "ncols" else size[0]
        if actual != value:
            what = "columns" if name == "ncols" else "rows"
            raise MatlabValueError(f"Expected {who} to be an array with number of {what} "
                                   f"equal to {value}.",
                                   _identifier(func_name, "incorrectNum" + name[1:]))
    elif name == "ndims":
        if len(size) != value:
            raise MatlabValueError(f"Expected {who} to be an array with number of "
                                   f"dimensions equal to {value}.",
                                   _identifier(func_name, "incorrectNumdims"))
    else:
        raise AssertionError(name)  # pragma: no cover - the caller checks names


def check_comparison(A, name: str, parameter, who: str, func_name: str | None) -> None:
    """``'>'``, ``'>='``, ``'<'``, ``'<='``: every element compared with the parameter
    (NaN fails)."""
    suffix, test = _COMPARISONS[name]
    bound = np.asarray(parameter)
    if bound.size != 1 or bound.dtype.kind not in "biuf":
        raise MatlabTypeError(f"the '{name}' attribute needs a real numeric scalar",
                              "MATLAB:validateattributes:badInput")
    a = _values(A)
    if a.dtype.kind == "c":
        a = a.real
    if not bool(np.all(test(a, bound.reshape(-1)[0]))):
        text = _number_text(bound.reshape(-1)[0])
        what = "a scalar with value" if matlab_size(A) == (1, 1) else \
            "an array with all of the values"
        raise MatlabValueError(f"Expected {who} to be {what} {name} {text}.",
                               _identifier(func_name, suffix))


def _number_text(value) -> str:
    v = float(value)
    return str(int(v)) if v == int(v) and abs(v) < 1e15 else repr(v)


def _count(parameter, name: str) -> int:
    a = np.asarray(parameter)
    if a.size != 1 or a.dtype.kind not in "iuf" or not np.isfinite(a).all() or \
            float(a.reshape(-1)[0]) != int(a.reshape(-1)[0]) or a.reshape(-1)[0] < 0:
        raise MatlabTypeError(f"the '{name}' attribute needs a nonnegative integer",
                              "MATLAB:validateattributes:badInput")
    return int(a.reshape(-1)[0])


def _finite_values(A):
    a = _values(A)
    return a.real if a.dtype.kind == "c" else a


def _has(A, name: str, size: tuple) -> bool:
    nd = len(size)
    if name == "2d":
        return nd == 2
    if name == "3d":
        return nd <= 3
    if name == "column":
        return nd == 2 and size[1] == 1
    if name == "row":
        return nd == 2 and size[0] == 1
    if name == "scalar":
        return size == (1, 1)
    if name == "scalartext":               # a char row vector or '' (0x0), a 1x1 string
        cls = class_of(A)
        return (cls == "char" and nd == 2 and (size[0] == 1 or size == (0, 0))) or \
            (cls == "string" and size == (1, 1))
    if name == "vector":
        return nd == 2 and (size[0] == 1 or size[1] == 1)
    if name == "square":
        return nd == 2 and size[0] == size[1]
    if name == "nonempty":
        return 0 not in size
    if name == "nonsparse":
        return not type(A).__module__.startswith("scipy.sparse")
    if name == "real":
        return not is_complex_stored(A)
    a = _values(A)
    if name == "diag":
        if nd != 2:
            return False
        m = a.reshape(size)
        return not np.any(m[~np.eye(*size, dtype=bool)])
    if name in ("increasing", "decreasing", "nondecreasing", "nonincreasing"):
        test = {"increasing": lambda d: d > 0, "decreasing": lambda d: d < 0,
                "nondecreasing": lambda d: d >= 0, "nonincreasing": lambda d: d <= 0}
        return _monotone(A, test[name])
    if name == "nonzero":
        return bool(np.all(a != 0))
    if name == "nonnan":
        return not bool(np.isnan(a).any()) if a.dtype.kind in "fc" else True
    if name == "finite":
        return bool(np.isfinite(a).all()) if a.dtype.kind in "fc" else True
    if a.dtype.kind == "c":
        if name in ("positive", "nonnegative", "binary", "even", "odd", "integer"):
            if np.any(a.imag != 0):
                return False
        a = a.real
    if name == "binary":
        return bool(np.all((a == 0) | (a == 1)))
    if name == "positive":                 # NaN is not refused (GNU Octave 7.3)
        return not bool(np.any(a <= 0))
    if name == "nonnegative":
        return not bool(np.any(a < 0))
    whole = np.isfinite(a) & (a == np.floor(a)) if a.dtype.kind == "f" else \
        np.ones(a.shape, dtype=bool)
    if name == "integer":
        return bool(whole.all())
    if name == "even":
        return bool(whole.all() and np.all(np.mod(a, 2) == 0))
    if name == "odd":
        return bool(whole.all() and np.all(np.mod(a, 2) == 1))
    raise AssertionError(name)  # pragma: no cover
