"""MATLAB's classes and class rules: the MATLAB side's one input coercer.

==========  ==================  ==========  ==================
MATLAB      numpy               MATLAB      numpy
==========  ==================  ==========  ==================
double      float64/complex128  int8..int64 int8..int64
single      float32/complex64   uint8..     uint8..uint64
logical     bool                char        str / ``U`` array
==========  ==================  ==========  ==================

**Python literals**: a Python number, or a list/tuple of them, is a MATLAB literal, and
MATLAB literals are double (``[1 2 3]`` is double, not an integer class), ``True`` is
logical, a Python ``complex`` is complex double. numpy arrays and scalars keep their
class (``np.int8(5)`` is int8, ``np.float32`` single). float16 has no MATLAB class; its
values are single exactly, so it is read as single. Extended precision (``longdouble``)
would lose digits and is refused.

**Result class** (:func:`result_class`): MATLAB's ``superiorfloat`` -- single if any
operand is single, else double -- made complex if any operand is complex. Every routine
that combines operands uses it (conv, filter, interp1, polyfit, kron ...).

API: :func:`matlab_array` (validate and convert an input), :func:`result_class`,
:func:`float_class`, :func:`matlab_class` (the class name of an array), :func:`is_single`;
MATLAB's sizes: :func:`is_vector`, :func:`size_text`, :func:`drop_trailing_ones`.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["matlab_array", "result_class", "float_class", "matlab_class", "is_single",
           "INTEGER_CLASSES", "is_vector", "size_text", "drop_trailing_ones"]

INTEGER_CLASSES = {np.dtype(t): name for t, name in (
    (np.int8, "int8"), (np.int16, "int16"), (np.int32, "int32"), (np.int64, "int64"),
    (np.uint8, "uint8"), (np.uint16, "uint16"), (np.uint32, "uint32"),
    (np.uint64, "uint64"))}
_FLOATS = {np.dtype(np.float64): "double", np.dtype(np.float32): "single",
           np.dtype(np.complex128): "double", np.dtype(np.complex64): "single"}
_SINGLE = (np.dtype(np.float32), np.dtype(np.complex64))


def matlab_class(a) -> str:
    """MATLAB's class name of an array (``class(A)``): ``'double'``, ``'int8'``, ..."""
    dtype = np.asarray(a).dtype
    if dtype.kind == "b":
        return "logical"
    if dtype.kind == "U":
        return "char"
    return _FLOATS.get(dtype) or INTEGER_CLASSES.get(dtype) or str(dtype)


def real_scalar(value, message: str, error: type = CompatValueError):
    """The element of a real numeric or logical scalar: anything of one element whose
    class is logical, an integer class, single or double (``True``, ``3``, ``[[2.5]]``,
    ``np.int8(1)``); otherwise ``error(message)``, the routine's own words (raised
    unbound: the routine's decorator names it). The one reader behind MATLAB's "must be a
    (logical/real) scalar" checks, which word their message per function."""
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise error(message)
    return a.reshape(-1)[0]


def nonnegative_integer(value, message: str, *, logical: bool = True) -> int:
    """A count (``N`` of blanks/repmat-style text functions, randperm's ``n`` and ``k``
    ...): a real scalar holding a finite nonnegative whole number, as an int; a logical
    scalar counts unless ``logical=False``. Otherwise a ValueError with the routine's
    ``message`` (see :func:`real_scalar`)."""
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in ("biuf" if logical else "iuf"):
        raise CompatValueError(message)
    v = float(a.reshape(-1)[0])
    if not np.isfinite(v) or v < 0 or v != int(v):
        raise CompatValueError(message)
    return int(v)


def logical_scalar(value, message: str) -> bool:
    """A MATLAB true/false option (``'IgnoreCase'``, ``'ArrayValued'``, linsolve's opts
    fields ...): a real numeric or logical scalar, nonzero is true; otherwise a
    ValueError with the routine's ``message`` (see :func:`real_scalar`)."""
    return bool(real_scalar(value, message))


def is_single(a) -> bool:
    """True for single (float32/complex64) data."""
    return np.asarray(a).dtype in _SINGLE


def _literal(value):
    """A Python literal as MATLAB types it (double, logical, complex double)."""
    if isinstance(value, bool):
        return np.asarray(value)
    if isinstance(value, (int, float)):
        return np.asarray(float(value))
    if isinstance(value, complex):
        return np.asarray(value, dtype=np.complex128)
    if isinstance(value, (list, tuple)):
        a = np.asarray(value)
        if a.dtype.kind in "iu" and not _holds_numpy(value):
            return a.astype(np.float64)  # [1 2 3] is double in MATLAB
        return a
    return np.asarray(value)


def _holds_numpy(value) -> bool:
    for item in value:
        if isinstance(item, (list, tuple)):
            if _holds_numpy(item):
                return True
        elif isinstance(item, (np.generic, np.ndarray)):
            return True
    return False


def matlab_array(value, name: str = "A", *, complex_ok: bool = True,
                 integer_ok: bool = True, logical_ok: bool = True, char: str = "error",
                 to_float: bool = False) -> np.ndarray:
    """``value`` as an ndarray of a MATLAB class, or a ``TypeError`` saying what is accepted.

    Parameters
    ----------
    value
        The argument as the caller gave it (already native: :mod:`compat._core.inputs`).
    name : str
        Its name in MATLAB's documentation, for messages (``"A"``, ``"x"``).
    complex_ok, integer_ok, logical_ok : bool
        Whether the routine accepts complex data, integer classes, logical data.
    char : {'error', 'codes'}
        Text: refused (``'error'``), or taken as its character codes in double, as
        MATLAB's arithmetic does (``'codes'``: ``'ab'`` is ``[97 98]``, a row).
    to_float : bool
        Compute in floating point: logical and integer data become double (what
        conv, filter, interp1 ... do in MATLAB); single and double stay.

    The caller's array is never modified; it is returned as is when no conversion is
    needed, so callers must not write into the result.
    """
    if isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind == "U"):
        if char == "codes":
            text = value if isinstance(value, str) else "".join(np.ravel(value))
            return np.array([ord(c) for c in text], dtype=np.float64).reshape(1, -1)
        raise CompatTypeError(f"{name} must be numeric or logical, not text")
    try:
        a = _literal(value)
    except (ValueError, TypeError) as error:  # ragged lists and the like
        raise CompatTypeError(f"{name} must be a numeric array ({error})") from None
    dtype = a.dtype
    kind = dtype.kind
    if kind == "b":
        if not logical_ok:
            raise CompatTypeError(f"{name} must be double or single, not logical")
        return a.astype(np.float64) if to_float else a
    if kind in "iu":
        if not integer_ok:
            raise CompatTypeError(f"{name} must be double or single, not "
                                  f"{matlab_class(a)}")
        return a.astype(np.float64) if to_float else a
    if kind == "f" and dtype == np.float16:
        return a.astype(np.float32)
    if kind in "fc" and dtype not in _FLOATS:
        raise CompatTypeError(f"{name} has extended precision ({dtype}): MATLAB has only "
                              "double and single")
    if kind == "c" and not complex_ok:
        raise CompatTypeError(f"{name} must be real, not complex")
    if kind not in "fc":
        raise CompatTypeError(f"{name} must be numeric or logical, not {dtype}")
    return a


def float_class(*arrays) -> np.dtype:
    """MATLAB's ``superiorfloat``: float32 if any operand is single, else float64."""
    return np.dtype(np.float32 if any(is_single(a) for a in arrays) else np.float64)


def result_class(*arrays) -> np.dtype:
    """:func:`float_class`, complex (complex64/128) if any operand is complex."""
    real = float_class(*arrays)
    if any(np.asarray(a).dtype.kind == "c" for a in arrays):
        return np.dtype(np.complex64 if real == np.float32 else np.complex128)
    return real


# ------------------------------------------------------------------ MATLAB's sizes
def is_vector(a: np.ndarray) -> bool:
    """MATLAB's ``isvector`` on a numpy array: 1-D (a row) and 0-d count, and 2-D with
    one dimension of size 1 (``1xN``, ``Nx1``, ``1x0``, ``0x1``; not ``0x0``)."""
    return a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape)


def size_text(a: np.ndarray) -> str:
    """MATLAB's ``size`` of an array as text for messages: ``'2x3'``, a 1-D array
    ``'1xN'``, a scalar ``'1x1'``."""
    return "x".join(str(n) for n in (a.shape if a.ndim >= 2 else (1, a.size)))


def drop_trailing_ones(shape) -> tuple:
    """MATLAB's size of a result: trailing singleton dimensions beyond the second
    dropped (``(3, 4, 1, 1)`` -> ``(3, 4)``; ``(3, 1)`` stays)."""
    shape = tuple(shape)
    while len(shape) > 2 and shape[-1] == 1:
        shape = shape[:-1]
    return shape
