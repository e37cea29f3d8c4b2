"""Shared by IDL's netCDF families (:mod:`compat.idl.netcdf`,
:mod:`compat.idl.netcdf_attributes`): IDL's names of the netCDF types, the type keywords,
IDL's view of values read from a file, and C's conversions on write."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["TYPE_NAMES", "KEYWORD_TYPES", "IDL_TO_NC", "type_name", "as_idl",
           "requested_type", "ids", "varid_of", "converted"]

TYPE_NAMES = {"i1": "BYTE", "S1": "CHAR", "i2": "INT", "i4": "LONG", "f4": "FLOAT",
               "f8": "DOUBLE", "u1": "UBYTE", "u2": "UINT", "u4": "ULONG", "i8": "INT64",
               "u8": "UINT64"}
#: NCDF_VARDEF/NCDF_ATTPUT type keywords -> the netCDF type's numpy dtype
KEYWORD_TYPES = {"byte": "i1", "char": "S1", "short": "i2", "long": "i4", "float": "f4",
                  "double": "f8", "ubyte": "u1", "ushort": "u2", "ulong": "u4",
                  "int64": "i8", "uint64": "u8"}
#: IDL types -> netCDF types (BYTE is NC_BYTE, INT NC_SHORT, LONG NC_INT)
IDL_TO_NC = {"u1": "i1", "i2": "i2", "i4": "i4", "f4": "f4", "f8": "f8", "u2": "u2",
              "u4": "u4", "i8": "i8", "u8": "u8", "b1": "i1", "i1": "i2"}


def type_name(dtype) -> str:
    if dtype is str or getattr(dtype, "kind", "") in "OU":
        return "STRING"
    return TYPE_NAMES.get(np.dtype(dtype).str[1:], "UNKNOWN")


def as_idl(values: np.ndarray) -> np.ndarray:
    """Values as read from the file, in IDL's type: NC_BYTE and NC_CHAR as BYTE."""
    values = np.asarray(values)
    if values.dtype.kind == "S" and values.dtype.itemsize == 1:
        return values.view(np.uint8)
    if values.dtype == np.int8:
        return values.view(np.uint8)
    if values.dtype.byteorder not in "=|":
        values = values.astype(values.dtype.newbyteorder("="))
    return values


def requested_type(keywords: dict, default):
    chosen = [name for name, flag in keywords.items() if flag]
    if len(chosen) > 1:
        raise CompatValueError("Conflicting keywords: only one type keyword is allowed.")
    return np.dtype(KEYWORD_TYPES[chosen[0]]) if chosen else default


def ids(value) -> list[int]:
    return [int(v) for v in np.ravel(np.asarray(value))]


def varid_of(value):
    if isinstance(value, (str, np.str_)):
        return str(value)
    if isinstance(value, bytes):
        return value.decode("latin-1")
    try:
        return int(value)
    except (TypeError, ValueError):
        raise CompatTypeError("Varid must be a variable id or name.") from None


def converted(values, dtype):
    """Values as C converts them to the variable's type (truncation, low bits kept)."""
    values = np.asarray(values)
    if dtype is str or dtype.kind in "OU":
        return values.astype(object)
    if dtype.kind == "S":
        return values.astype(np.uint8).view("S1") if values.dtype.kind != "S" else values
    if dtype.kind in "iu" and values.dtype.kind == "f":
        values = np.trunc(values)
        wide = values.astype(np.int64) if dtype.kind == "i" or dtype.itemsize < 8 else \
            values.astype(np.uint64)
        return wide.astype(dtype)
    return values.astype(dtype)
