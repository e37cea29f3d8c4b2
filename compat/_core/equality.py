"""MATLAB's value equality (``isequal`` / ``isequaln``) over compat's value forms.

MATLAB compares two values by size and content, not by class: ``isequal(true, 1)``,
``isequal('A', 65)`` and ``isequal(int8(5), 5)`` are all true (MathWorks' ``isequal``
reference page, "isequal does not consider data type when it tests for equality").
Cell arrays are compared element by element, recursively; structures by their field
names in any order and the fields' values; a string scalar equals the char vector of
its text; NaN is unequal to everything unless NaNs are
to be taken as equal (``isequaln``). Sizes are MATLAB's (:func:`matlab_size`): a 1-D
numpy array and a 1xN matrix are the same size; ``zeros(0, 3)`` and ``[]`` are not.
"""

from __future__ import annotations

import numpy as np

from compat._core.cells import to_object
from compat._core.matlab_classes import class_of, is_sparse, matlab_size

__all__ = ["values_equal"]


def _text_codes(value) -> np.ndarray:
    """A char row (``str``) or char matrix (numpy ``str`` rows) as its character codes."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        return np.array([ord(c) for c in value], dtype=np.float64).reshape(1, -1)
    rows = np.asarray(value).reshape(-1)
    return np.array([[ord(c) for c in str(r)] for r in rows], dtype=np.float64)


def _numbers(value) -> np.ndarray:
    if value is None:
        return np.zeros((0, 0))
    if is_sparse(value):
        return np.asarray(value.toarray())
    if isinstance(value, (str, bytes)) or (isinstance(value, np.ndarray)
                                           and value.dtype.kind == "U"):
        return _text_codes(value)
    return np.asarray(value)


def _fields(value) -> list[dict]:
    if isinstance(value, dict):
        return [value]
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        flat = value.reshape(-1, order="F")
        return [{n: r[n] for n in value.dtype.names} for r in flat]
    return list(value)


def values_equal(a, b, nan_equal: bool = False) -> bool:
    """MATLAB's ``isequal(a, b)`` (``nan_equal``: ``isequaln``) of two compat values.

    Examples
    --------
    >>> values_equal(True, 1.0), values_equal('A', 65), values_equal([1, 2], [[1, 2]])
    (True, True, True)
    >>> values_equal(float('nan'), float('nan')), values_equal(float('nan'), float('nan'), True)
    (False, True)
    """
    ca, cb = class_of(a), class_of(b)
    if "string" in (ca, cb):
        # a string scalar equals the char vector of its text ("abc" and 'abc')
        if not {ca, cb} <= {"string", "char"}:
            return False
        ta, tb = (np.array([str(t) for t in np.asarray(v).reshape(-1)], dtype=object)
                  .reshape(matlab_size(v)) if c == "string"
                  else np.array([[str(v)]], dtype=object) for v, c in ((a, ca), (b, cb)))
        return ta.shape == tb.shape and bool(np.all(ta == tb))
    if matlab_size(a) != matlab_size(b):
        return False
    if "cell" in (ca, cb):
        if ca != cb:
            return False
        xa = to_object(a).reshape(-1, order="F")
        xb = to_object(b).reshape(-1, order="F")
        return all(values_equal(u, v, nan_equal) for u, v in zip(xa, xb))
    if "struct" in (ca, cb):
        if ca != cb:
            return False
        sa, sb = _fields(a), _fields(b)
        return len(sa) == len(sb) and all(
            set(u) == set(v) and all(values_equal(u[k], v[k], nan_equal) for k in u)
            for u, v in zip(sa, sb))
    if "function_handle" in (ca, cb):
        return a is b or a == b
    x, y = _numbers(a), _numbers(b)
    if x.dtype.kind not in "biufc" or y.dtype.kind not in "biufc":
        return bool(np.all(np.asarray(a == b)))
    x, y = x.reshape(-1, order="F"), y.reshape(-1, order="F")
    same = x == y
    if nan_equal and (x.dtype.kind in "fc" or y.dtype.kind in "fc"):
        same = same | (np.isnan(x) & np.isnan(y))
    return bool(np.all(same))
