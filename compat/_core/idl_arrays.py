"""IDL's array constructors: types, dimension arguments, index generators.

Shared by ``compat.idl.findgen``/``indgen``/... (index generators), ``fltarr``/
``intarr``/... (zeroed arrays) and ``make_array``. Facts used (IDL Reference Guide,
entries FINDGEN, INDGEN, FLTARR, MAKE_ARRAY, "IDL Data Types"):

* IDL type codes and their numpy dtypes: 1 BYTE uint8, 2 INT int16, 3 LONG int32,
  4 FLOAT float32, 5 DOUBLE float64, 6 COMPLEX complex64, 9 DCOMPLEX complex128,
  12 UINT uint16, 13 ULONG uint32, 14 LONG64 int64, 15 ULONG64 uint64.
* Dimensions are given as up to eight scalars ``D1, ..., D8`` or as one array of them;
  IDL converts them to LONG (a float 3.7 becomes 3) and rejects sizes below 1 ("Array
  dimensions must be greater than 0"). numpy's shape is IDL's dimensions reversed.
* Index generators: element ``i`` (in IDL's memory order) is ``i`` converted to the
  result type, which wraps for the integer types (BINDGEN(300) restarts at 0 after 255,
  INDGEN(40000) wraps to negative INTs). With IDL 8.x's ``START=``/``INCREMENT=``
  keywords element ``i`` is ``START + INCREMENT*i``, computed in double precision and
  then converted to the result type (GDL 1.0.1: ``indgen(4, start=1, increment=2.5)`` is
  ``1 3 6 8``: IDL's float-to-integer conversion truncates).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import IDL_TYPES, MAX_RANK, idl_array

__all__ = ["idl_dims", "idl_convert", "index_array", "zero_array", "type_name"]

# IDL's names of its type codes: the numeric ones from the one table (idl_types), and
# the types without a numpy array equivalent here
_TYPE_NAMES = {code: name for name, code in IDL_TYPES.values()}
_TYPE_NAMES.update({7: "STRING", 8: "STRUCT", 10: "POINTER", 11: "OBJREF"})


def idl_dims(dims) -> tuple[int, ...]:
    """IDL dimension arguments (scalars ``D1..D8`` or one array) -> numpy shape.

    Float sizes are truncated (IDL converts them to LONG); sizes below 1, more than eight
    dimensions, strings and non-finite values raise ``ValueError``/``TypeError`` whose
    message starts with the routine name.
    """
    if len(dims) == 0:
        raise CompatTypeError("Incorrect number of arguments: give the dimensions as "
                        "scalars D1, ..., D8 or as one array of them")
    if len(dims) == 1:
        first = dims[0]
        if isinstance(first, (str, bytes)):
            raise CompatTypeError("String expression not allowed in this context "
                            "(dimensions must be numbers)")
        values = np.asarray(first)
        values = values.reshape(-1) if values.ndim else values.reshape(1)
    else:
        parts = []
        for d in dims:
            if isinstance(d, (str, bytes)):
                raise CompatTypeError("String expression not allowed in this context "
                                "(dimensions must be numbers)")
            a = np.asarray(d)
            if a.ndim != 0 and a.size != 1:
                raise CompatTypeError("Expression must be a scalar in this context: "
                                "give each dimension as a scalar, or all of them as one "
                                "array")
            parts.append(a.reshape(()))
        values = np.array(parts) if parts else np.zeros(0)
    if values.dtype.kind == "b" or values.dtype.kind not in "iuf":
        raise CompatTypeError(f"dimensions must be numbers, got {dims!r}")
    if values.size == 0:
        raise CompatValueError("no dimensions given")
    if values.size > MAX_RANK:
        raise CompatValueError(f"{values.size} dimensions given; IDL arrays have at "
                        f"most {MAX_RANK}")
    if values.dtype.kind == "f" and not np.all(np.isfinite(values)):
        raise CompatValueError(f"dimensions must be finite, got {values.tolist()}")
    sizes = [int(v) for v in np.trunc(values)]  # IDL converts dimensions to LONG
    if any(s < 1 for s in sizes):
        raise CompatValueError(f"Array dimensions must be greater than 0 (got "
                        f"{sizes})")
    return tuple(reversed(sizes))


def idl_convert(values, dtype: np.dtype) -> np.ndarray:
    """Convert numbers to an IDL type as IDL does: floats truncate toward zero, integers
    wrap modulo 2**bits, complex -> real keeps the real part."""
    dtype = np.dtype(dtype)
    a = np.asarray(values)
    if dtype.kind == "c":
        return a.astype(dtype)
    if a.dtype.kind == "c":
        a = a.real
    if dtype.kind == "f":
        return a.astype(dtype)
    if a.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            a = np.where(np.isfinite(a), np.trunc(a), 0.0)
            if dtype == np.uint64:
                big = a >= 2.0 ** 63
                return np.where(big, a.astype(np.uint64),
                                np.where(big, 0, a).astype(np.int64).astype(np.uint64))
            # through int64 (exact for |values| < 2**63), then wrap modulo 2**bits
            return a.astype(np.int64).astype(dtype)
    return a.astype(dtype)


def index_array(dims, dtype, start=None, increment=None) -> np.ndarray:
    """IDL's ``*INDGEN`` of the given IDL dimensions and type, optional START/INCREMENT."""
    shape = idl_dims(dims)
    dtype = np.dtype(dtype)
    n = int(np.prod(shape))
    if start is not None:
        start = idl_array(start, "START", scalar=True)
    if increment is not None:
        increment = idl_array(increment, "INCREMENT", scalar=True)
    if start is None and increment is None:
        if dtype.kind in "fc":
            return np.arange(n, dtype=np.float64).astype(dtype).reshape(shape)
        # integer: the index converted to the type, wrapping as IDL's conversion does
        return np.arange(n, dtype=np.int64).astype(dtype).reshape(shape)
    s = 0 if start is None else start
    inc = 1 if increment is None else increment
    complex_args = np.iscomplexobj(s) or np.iscomplexobj(inc)
    work = np.complex128 if (dtype.kind == "c" or complex_args) else np.float64
    values = np.asarray(s, dtype=work) + np.asarray(inc, dtype=work) * \
        np.arange(n, dtype=np.float64)
    return idl_convert(values, dtype).reshape(shape)


def zero_array(dims, dtype, nozero=False) -> np.ndarray:
    """IDL's ``FLTARR``-style constructors: zeros (uninitialised with ``/NOZERO``)."""
    shape = idl_dims(dims)
    return np.empty(shape, dtype) if nozero else np.zeros(shape, dtype)


def type_name(code: int) -> str:
    """IDL's name of a type code (``7`` -> ``'STRING'``)."""
    return _TYPE_NAMES.get(code, str(code))
