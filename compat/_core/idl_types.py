"""IDL's data types and result-type rules, shared by the IDL routines.

IDL has eleven numeric types (plus STRING); each maps to one numpy dtype:

======== ==== ===========  ======== ==== ===========
IDL      code numpy        IDL      code numpy
======== ==== ===========  ======== ==== ===========
BYTE     1    uint8        UINT     12   uint16
INT      2    int16        ULONG    13   uint32
LONG     3    int32        LONG64   14   int64
FLOAT    4    float32      ULONG64  15   uint64
DOUBLE   5    float64      COMPLEX  6    complex64
STRING   7    str (U)      DCOMPLEX 9    complex128
======== ==== ===========  ======== ==== ===========

numpy ``bool`` has no IDL type; it is read as BYTE, because IDL's relational operators
(``a gt 0``) return BYTE arrays, which is what ``a > 0`` stands for in a port. ``int8``
and ``float16`` have no IDL type either; their values fit INT and FLOAT exactly, so they
are read as those. ``longdouble`` would lose digits and is refused.

**Python literals** (one rule for every IDL routine, :func:`idl_literal`): a Python
``int`` is typed like an IDL integer literal without suffix -- INT if it fits 16 bits,
else LONG, else LONG64 (ULONG64 above that); a Python ``float`` is DOUBLE (it carries
double precision; IDL's ``2.5`` would be FLOAT, but the Python value holds the digits of
``2.5d``); a Python ``complex`` is DCOMPLEX; ``bool`` is BYTE. A list or tuple is typed
like an IDL array literal: its elements' types combined by IDL's precedence
(``[1, 2]`` INT, ``[1, 40000]`` LONG, ``[1, 2.5]`` DOUBLE). numpy scalars and arrays keep
their own type (``np.float32(5)`` is FLOAT), inside lists too.

API (all pure functions):

* :func:`idl_array` -- validate an input and return it as an ndarray of an IDL type (the
  IDL side's one input coercer).
* :func:`idl_literal` -- the IDL type of a Python literal, list or numpy value.
* :func:`idl_type_name`, :func:`idl_type_code` -- ``'FLOAT'``/``4`` for a dtype.
* :func:`float_type` -- IDL's "float unless double or complex" result rule (TOTAL,
  MEAN, MOMENT, FFT ...), with ``/DOUBLE``.
* :func:`promote` -- the type of an IDL binary operation on operands of these types
  (IDL's precedence order, which differs from numpy's promotion).
* :func:`index_type` -- LONG subscripts, LONG64 when the array needs it or ``/L64``.

Sources: IDL Reference Guide, "IDL Data Types" and "Data Type and Structure of
Expressions" (the type of an expression is the type of its operand of highest
precedence: BYTE < INT < UINT < LONG < ULONG < LONG64 < ULONG64 < FLOAT < DOUBLE <
COMPLEX < DCOMPLEX; COMPLEX with DOUBLE gives DCOMPLEX).
"""

from __future__ import annotations

import os

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["IDL_TYPES", "DTYPE_OF_CODE", "accumulation", "idl_array", "idl_literal",
           "idl_type_name",
           "idl_type_code", "idl_shape", "float_type", "promote", "index_type", "MAX_RANK"]

#: numpy dtype -> (IDL name, IDL type code)
IDL_TYPES = {
    np.dtype(np.uint8): ("BYTE", 1), np.dtype(np.int16): ("INT", 2),
    np.dtype(np.int32): ("LONG", 3), np.dtype(np.float32): ("FLOAT", 4),
    np.dtype(np.float64): ("DOUBLE", 5), np.dtype(np.complex64): ("COMPLEX", 6),
    np.dtype(np.complex128): ("DCOMPLEX", 9), np.dtype(np.uint16): ("UINT", 12),
    np.dtype(np.uint32): ("ULONG", 13), np.dtype(np.int64): ("LONG64", 14),
    np.dtype(np.uint64): ("ULONG64", 15),
}
#: IDL type code -> numpy dtype (the numeric types)
DTYPE_OF_CODE = {code: dtype for dtype, (_, code) in IDL_TYPES.items()}

#: IDL arrays have at most 8 dimensions.
MAX_RANK = 8

# IDL's precedence for the result type of an expression (lowest first)
_PRECEDENCE = [np.dtype(t) for t in (np.uint8, np.int16, np.uint16, np.int32, np.uint32,
                                     np.int64, np.uint64, np.float32, np.float64,
                                     np.complex64, np.complex128)]


def idl_type_name(dtype) -> str:
    """IDL's name of a numpy dtype (``'FLOAT'``), ``'STRING'`` for str arrays."""
    dtype = np.dtype(dtype)
    if dtype.kind == "U":
        return "STRING"
    return IDL_TYPES[dtype][0]


def idl_type_code(dtype) -> int:
    """IDL's type code (SIZE(x, /TYPE)) of a numpy dtype; 7 for str arrays."""
    dtype = np.dtype(dtype)
    if dtype.kind == "U":
        return 7
    return IDL_TYPES[dtype][1]


def _int_literal_type(value: int) -> np.dtype:
    for t in (np.int16, np.int32, np.int64):
        info = np.iinfo(t)
        if info.min <= value <= info.max:
            return np.dtype(t)
    if 0 <= value <= np.iinfo(np.uint64).max:
        return np.dtype(np.uint64)
    raise OverflowError(f"{value} does not fit in a 64-bit integer")


# numpy dtypes read as the IDL type that holds their values exactly
_WIDENED = {np.dtype(np.bool_): np.dtype(np.uint8), np.dtype(np.int8): np.dtype(np.int16),
            np.dtype(np.float16): np.dtype(np.float32)}


def _element_type(item):
    """IDL type of one element of a list literal (None: not a number)."""
    if isinstance(item, bool):
        return np.dtype(np.uint8)
    if isinstance(item, int):
        return _int_literal_type(item)
    if isinstance(item, float):
        return np.dtype(np.float64)
    if isinstance(item, complex):
        return np.dtype(np.complex128)
    if isinstance(item, (np.generic, np.ndarray)):
        dtype = item.dtype
        return _WIDENED.get(dtype, dtype) if dtype in IDL_TYPES or dtype in _WIDENED \
            else None
    return None


def _flatten(value):
    for item in value:
        if isinstance(item, (list, tuple)):
            yield from _flatten(item)
        else:
            yield item


def idl_literal(value) -> np.ndarray:
    """``value`` as an ndarray typed by IDL's rule for literals (module docstring).

    Values that are not numbers (strings, structures, objects) are returned as
    ``np.asarray`` gives them, for :func:`idl_array` to judge.

    Examples
    --------
    >>> idl_literal(5).dtype, idl_literal(40000).dtype, idl_literal(2.5).dtype
    (dtype('int16'), dtype('int32'), dtype('float64'))
    >>> idl_literal([1, 2, 3]).dtype, idl_literal([1, 2.5]).dtype
    (dtype('int16'), dtype('float64'))
    >>> idl_literal(np.float32(5)).dtype, idl_literal([np.float32(1), 2]).dtype
    (dtype('float32'), dtype('float32'))
    """
    if isinstance(value, np.ndarray):
        return value
    if isinstance(value, np.generic):
        return np.asarray(value)
    if isinstance(value, (bool, int, float, complex)):
        return np.asarray(value, dtype=_element_type(value))
    if isinstance(value, (list, tuple)):
        items = list(_flatten(value))
        types = [_element_type(item) for item in items]
        if items and all(t is not None for t in types):
            target = promote(*types)
            a = np.asarray(value)
            if target.kind in "iu" and a.dtype.kind not in "biu":
                # numpy made floats (or objects) of a uint64/int64 mix: convert each
                # integer as IDL does, keeping its low 64 bits, from the exact value
                low = [int(item) & 0xFFFFFFFFFFFFFFFF for item in items]
                a = np.array(low, dtype=np.uint64).reshape(a.shape)
            return a.astype(target, copy=False)
    return np.asarray(value)


def idl_array(value, name: str = "Array", *, complex_ok: bool = True,
              string_ok: bool = False, scalar_ok: bool = True, empty_ok: bool = False,
              min_rank: int = 0, max_rank: int = MAX_RANK,
              scalar: bool = False) -> np.ndarray:
    """``value`` as an ndarray of an IDL type, or IDL's error for it (the IDL coercer).

    Python numbers and lists are typed by :func:`idl_literal`; bool arrays are BYTE,
    int8 INT, float16 FLOAT (the IDL types holding their values); a non-native byte
    order is made native (the routines' own arguments already are, by
    :mod:`compat._core.inputs`). The caller's array is never modified (a conversion
    copies; an array already of an IDL type is returned as is, so callers must not write
    into it).

    Options: ``complex_ok``/``string_ok`` accept COMPLEX/DCOMPLEX and STRING;
    ``scalar_ok=False`` refuses a scalar; ``empty_ok`` accepts an empty array (IDL has
    none, but a Python caller can pass ``[]``); ``min_rank``/``max_rank`` bound the number
    of dimensions of an array; ``scalar=True`` asks for one value (a scalar or a
    one-element array, as IDL takes for keyword values) and returns it 0-d.

    Errors, in IDL's words where IDL has them: ``Variable is undefined: Array.`` (None),
    ``String expression not allowed in this context: Array.``, ``Struct expression not
    allowed in this context: Array.``, ``Complex expression not allowed in this context:
    Array.``, ``Expression must be an array in this context: Array.``, ``Expression
    must be a scalar or 1 element array in this context: Array.``; and ``Array is empty
    (IDL has no empty arrays)``, ``Array has 9 dimensions; IDL arrays have at most 8``,
    ``Array has dtype object, which has no IDL type``, ``Array: nested lists of unequal
    lengths are not an array``. They are raised unbound; the routine's decorator gives
    them its name (the routine's name is never passed here: it is bound once, by
    :mod:`compat._core.legacy`). ``name`` is the argument's name in IDL's
    documentation (``"Array"``, ``"WIDTH"``).

    Examples
    --------
    >>> idl_array([True, False]).dtype, idl_array(2.5).dtype
    (dtype('uint8'), dtype('float64'))
    >>> idl_array([0.5], "BINSIZE", scalar=True)
    array(0.5)
    >>> idl_array(3, scalar_ok=False)
    Traceback (most recent call last):
    ...
    compat.CompatValueError: Expression must be an array in this context: Array.
    """
    if not isinstance(name, str):
        raise TypeError("idl_array(value, name='Array', ...): name is the argument's "
                        f"name, got {type(name).__name__} (the routine's name is no longer "
                        "passed: the decorator binds it)")
    if value is None:
        raise CompatValueError(f"Variable is undefined: {name}.")
    if isinstance(value, (str, bytes)) and not string_ok:
        raise CompatTypeError(f"String expression not allowed in this context: {name}.")
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    try:
        a = idl_literal(value)
    except OverflowError as error:
        raise CompatValueError(f"{name}: {error}") from None
    except ValueError:  # numpy: "setting an array element with a sequence" (ragged)
        raise CompatValueError(f"{name}: nested lists of unequal lengths are not an "
                               "array") from None
    if a.dtype.names is None and not a.dtype.isnative:
        # a routine's own arguments arrive native (the decorator); values from a user's
        # callable (CURVEFIT's model) or a file may not: same values, native order
        a = a.astype(a.dtype.newbyteorder("="))
    dtype = a.dtype
    kind = dtype.kind
    if kind == "U":
        if not string_ok:
            raise CompatTypeError(f"String expression not allowed in this context: "
                            f"{name}.")
    elif dtype.names is not None:
        raise CompatTypeError(f"Struct expression not allowed in this context: {name}.")
    elif dtype in _WIDENED:
        a = a.astype(_WIDENED[dtype])
    elif dtype not in IDL_TYPES:
        raise CompatTypeError(f"{name} has dtype {dtype}, which has no IDL type; use "
                        "uint8, int16, uint16, int32, uint32, int64, uint64, float32, "
                        "float64, complex64 or complex128")
    elif kind == "c" and not complex_ok:
        raise CompatTypeError(f"Complex expression not allowed in this context: {name}.")
    if a.ndim == 0 and not scalar_ok:
        raise CompatValueError(f"Expression must be an array in this context: {name}.")
    if 0 < a.ndim < min_rank:
        raise CompatValueError(f"{name} must have at least {min_rank} dimensions")
    if a.ndim > max_rank:
        raise CompatValueError(f"{name} has {a.ndim} dimensions; IDL arrays have at most "
                        f"{max_rank}")
    if scalar:
        if a.size != 1:
            raise CompatValueError("Expression must be a scalar or 1 element array in this "
                                   f"context: {name}.")
        return a.reshape(())
    if a.size == 0 and not empty_ok:
        raise CompatValueError(f"{name} is empty (IDL has no empty arrays)")
    return a


def idl_shape(shape) -> tuple[int, ...]:
    """The dimensions IDL sees (numpy order): IDL drops trailing dimensions of length 1,
    which are numpy's leading ones, so ``fltarr(3, 1)`` is the 1-D ``fltarr(3)``.

    >>> idl_shape((1, 1, 3)), idl_shape((3, 1)), idl_shape((1,))
    ((3,), (3, 1), (1,))
    """
    shape = tuple(int(n) for n in shape)
    k = 0
    while k < len(shape) - 1 and shape[k] == 1:
        k += 1
    return shape[k:]


def float_type(dtype, double: bool = False) -> np.dtype:
    """IDL's result type of a floating routine (TOTAL, MEAN, MOMENT, FFT ...).

    DOUBLE stays DOUBLE, COMPLEX/DCOMPLEX stay complex, every other type gives FLOAT;
    ``double=True`` (/DOUBLE) gives DOUBLE (DCOMPLEX for complex input).
    """
    dtype = np.dtype(dtype)
    if dtype.kind == "c":
        return np.dtype(np.complex128 if double or dtype == np.complex128
                        else np.complex64)
    if double or dtype == np.float64:
        return np.dtype(np.float64)
    return np.dtype(np.float32)


def accumulation(a: np.ndarray, *, double: bool = False, integer: bool = False,
                 preserve_type: bool = False) -> tuple[np.ndarray, np.dtype]:
    """``(elements, accumulator type)`` of IDL's TOTAL and PRODUCT.

    /PRESERVE_TYPE: the input's type. /INTEGER: LONG64 (ULONG64 for ULONG64 input), each
    float element truncated to it (IDL converts each element to LONG64); complex input
    is an error. Otherwise :func:`float_type` (PRODUCT passes ``double=True``: it
    always multiplies in DOUBLE). IDL Reference Guide, TOTAL and PRODUCT.
    """
    if preserve_type:
        return a, a.dtype
    if integer:
        if a.dtype.kind == "c":
            raise CompatTypeError("/INTEGER is not allowed for complex arrays")
        acc = np.dtype(np.uint64 if a.dtype == np.uint64 else np.int64)
        if a.dtype.kind == "f":
            with np.errstate(invalid="ignore"):
                a = np.trunc(a).astype(acc)
        return a, acc
    return a, float_type(a.dtype, double)


def promote(*dtypes) -> np.dtype:
    """The IDL type of a binary operation on operands of these types.

    IDL takes the operand of highest precedence (BYTE < INT < UINT < LONG < ULONG <
    LONG64 < ULONG64 < FLOAT < DOUBLE < COMPLEX < DCOMPLEX), except that COMPLEX with
    DOUBLE gives DCOMPLEX. numpy differs: ``int16 + uint16`` is int32 there (UINT in
    IDL), ``int64 + float32`` float64 (FLOAT in IDL).
    """
    dts = [np.dtype(np.uint8) if np.dtype(d).kind == "b" else np.dtype(d) for d in dtypes]
    if not dts:
        raise ValueError("promote: no dtypes")
    best = max(dts, key=_PRECEDENCE.index)
    if best == np.complex64 and any(d == np.float64 for d in dts):
        return np.dtype(np.complex128)
    return best


def index_type(n: int, l64: bool = False) -> np.dtype:
    """IDL's subscript type: LONG, or LONG64 with ``/L64`` or when ``n >= 2**31``."""
    return np.dtype(np.int64 if l64 or n >= 2 ** 31 else np.int32)


def file_name(value, message: str, error: type = CompatTypeError, *,
              array: str = "none") -> str:
    """A file name given to an IDL routine as a path string: ``str``, ``os.PathLike``
    or ``bytes`` (decoded Latin-1, as IDL strings are bytes). ``array`` says which string
    arrays stand for their element: ``"none"``, ``"one"`` (a one-element array) or
    ``"first"`` (the first element of a non-empty array, as READ_ASCII reads
    ``FILENAME[0]``). Anything else raises ``error(message)``: each routine keeps its
    own text and class."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.size and (
            (array == "one" and value.size == 1 and value.dtype.kind == "U")
            or (array == "first" and value.dtype.kind in "US")):
        value = str(value.reshape(-1)[0])
    if not isinstance(value, (str, os.PathLike)):
        raise error(message)
    return os.fspath(value)
