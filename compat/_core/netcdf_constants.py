"""The netCDF-C library's named constants, type numbers and error codes, as its
``netcdf.h`` defines them: the vocabulary of MATLAB's low-level ``netcdf.*`` functions
(``netcdf.getConstant('NC_DOUBLE')`` is 6) and of the error texts of both languages.

Python-shaped: plain dicts and small lookups; no file is touched here. Sources: the
netCDF-C library's ``netcdf.h`` (the values) and ``nc_strerror`` (the texts, printed by
every netCDF program and by MATLAB after its own prefix); MATLAB's ``netcdf.getConstant``
and ``netcdf.defVar`` reference pages (the type names and their MATLAB classes).
"""

from __future__ import annotations

import re

import numpy as np

__all__ = ["CONSTANTS", "TYPE_DTYPES", "type_number", "error_number", "ERRORS",
           "FORMAT_NAMES"]

#: the netCDF external types: number -> numpy dtype ('S1' is NC_CHAR, 'O' NC_STRING)
TYPE_DTYPES = {1: np.dtype("i1"), 2: np.dtype("S1"), 3: np.dtype("i2"), 4: np.dtype("i4"),
               5: np.dtype("f4"), 6: np.dtype("f8"), 7: np.dtype("u1"), 8: np.dtype("u2"),
               9: np.dtype("u4"), 10: np.dtype("i8"), 11: np.dtype("u8"),
               12: np.dtype("O")}
_TYPE_NAMES = {"NC_NAT": 0, "NC_BYTE": 1, "NC_CHAR": 2, "NC_SHORT": 3, "NC_INT": 4,
               "NC_LONG": 4, "NC_FLOAT": 5, "NC_DOUBLE": 6, "NC_UBYTE": 7,
               "NC_USHORT": 8, "NC_UINT": 9, "NC_INT64": 10, "NC_UINT64": 11,
               "NC_STRING": 12}

#: name -> value; the fill values carry their type's class, the rest are plain numbers
CONSTANTS: dict[str, object] = {
    **_TYPE_NAMES,
    "NC_NOWRITE": 0, "NC_WRITE": 1, "NC_CLOBBER": 0, "NC_NOCLOBBER": 4,
    "NC_DISKLESS": 8, "NC_MMAP": 16, "NC_64BIT_DATA": 32, "NC_CDF5": 32,
    "NC_CLASSIC_MODEL": 256, "NC_64BIT_OFFSET": 512, "NC_LOCK": 1024, "NC_SHARE": 2048,
    "NC_NETCDF4": 4096, "NC_FILL": 0, "NC_NOFILL": 256, "NC_GLOBAL": -1,
    "NC_UNLIMITED": 0, "NC_SIZEHINT_DEFAULT": 0, "NC_ALIGN_CHUNK": -1,
    "NC_FORMAT_CLASSIC": 1, "NC_FORMAT_64BIT": 2, "NC_FORMAT_64BIT_OFFSET": 2,
    "NC_FORMAT_NETCDF4": 3, "NC_FORMAT_NETCDF4_CLASSIC": 4, "NC_FORMAT_64BIT_DATA": 5,
    "NC_FORMAT_CDF5": 5,
    "NC_MAX_DIMS": 1024, "NC_MAX_ATTRS": 8192, "NC_MAX_VARS": 8192, "NC_MAX_NAME": 256,
    "NC_MAX_VAR_DIMS": 1024, "NC_CHUNKED": 0, "NC_CONTIGUOUS": 1, "NC_COMPACT": 2,
    "NC_NOCHECKSUM": 0, "NC_FLETCHER32": 1, "NC_NOSHUFFLE": 0, "NC_SHUFFLE": 1,
    "NC_ENDIAN_NATIVE": 0,
    "NC_ENDIAN_LITTLE": 1, "NC_ENDIAN_BIG": 2, "NC_NOERR": 0,
    "NC_FILL_BYTE": np.int8(-127), "NC_FILL_CHAR": "\x00",
    "NC_FILL_SHORT": np.int16(-32767), "NC_FILL_INT": np.int32(-2147483647),
    "NC_FILL_FLOAT": np.float32(9.96920996838686905e+36),
    "NC_FILL_DOUBLE": 9.9692099683868690e+36, "NC_FILL_UBYTE": np.uint8(255),
    "NC_FILL_USHORT": np.uint16(65535), "NC_FILL_UINT": np.uint32(4294967295),
    "NC_FILL_INT64": np.int64(-9223372036854775806),
    "NC_FILL_UINT64": np.uint64(18446744073709551614), "NC_FILL_STRING": "",
}

#: netCDF-C error numbers -> (nc_strerror's text without its "NetCDF: " prefix, name)
ERRORS = {
    2: ("No such file or directory", "ENOENT"),
    13: ("Permission denied", "EACCES"),
    -33: ("Not a valid ID", "NC_EBADID"),
    -35: ("File exists && NC_NOCLOBBER", "NC_EEXIST"),
    -36: ("Invalid argument", "NC_EINVAL"),
    -37: ("Write to read only", "NC_EPERM"),
    -38: ("Operation not allowed in data mode", "NC_ENOTINDEFINE"),
    -39: ("Operation not allowed in define mode", "NC_EINDEFINE"),
    -40: ("Index exceeds dimension bound", "NC_EINVALCOORDS"),
    -42: ("String match to name in use", "NC_ENAMEINUSE"),
    -43: ("Attribute not found", "NC_ENOTATT"),
    -44: ("NC_UNLIMITED size already in use", "NC_EUNLIMIT"),
    -45: ("Not a valid data type or _FillValue type mismatch", "NC_EBADTYPE"),
    -46: ("Invalid dimension ID or name", "NC_EBADDIM"),
    -47: ("NC_UNLIMITED in the wrong index", "NC_EUNLIMPOS"),
    -49: ("Variable not found", "NC_ENOTVAR"),
    -50: ("Action prohibited on NC_GLOBAL varid", "NC_EGLOBAL"),
    -51: ("Unknown file format", "NC_ENOTNC"),
    -56: ("Attempt to convert between text & numbers", "NC_ECHAR"),
    -57: ("Start+count exceeds dimension bound", "NC_EEDGE"),
    -58: ("Illegal stride", "NC_ESTRIDE"),
    -59: ("Name contains illegal characters", "NC_EBADNAME"),
    -60: ("Numeric conversion not representable", "NC_ERANGE"),
    -111: ("Attempting netcdf-4 operation on netcdf-3 file", "NC_ENOTNC4"),
    -116: ("Bad group ID", "NC_EBADGRPID"),
    -125: ("No group found.", "NC_ENOGRP"),
    -101: ("HDF error", "NC_EHDFERR"),
    -112: ("Attempting netcdf-4 operation on strict nc3 netcdf-4 file", "NC_ESTRICTNC3"),
    -122: ("Attempt to define fill value when data already exists.", "NC_ELATEFILL"),
    -123: ("Attempt to define var properties, like deflate, after enddef.", "NC_ELATEDEF"),
    -126: ("Cannot specify both contiguous and chunking.", "NC_ESTORAGE"),
    -127: ("Bad chunk sizes.", "NC_EBADCHUNK"),
    -128: ("Attempt to use feature that was not turned on when netCDF was built.",
           "NC_ENOTBUILT"),
    -132: ("Filter error: bad id or parameters or duplicate filter", "NC_EFILTER"),
}
_BY_TEXT = {text.lower(): number for number, (text, _) in ERRORS.items()}

#: netCDF4-python's data_model -> MATLAB's netcdf.inqFormat text
FORMAT_NAMES = {"NETCDF3_CLASSIC": "FORMAT_CLASSIC", "NETCDF3_64BIT_OFFSET": "FORMAT_64BIT",
                "NETCDF4": "FORMAT_NETCDF4", "NETCDF4_CLASSIC": "FORMAT_NETCDF4_CLASSIC",
                "NETCDF3_64BIT_DATA": "FORMAT_64BIT_DATA"}


def type_number(dtype) -> int:
    """The netCDF type number of a numpy dtype (``'S1'`` NC_CHAR, ``str``/object
    NC_STRING)."""
    if dtype is str:
        return 12
    dtype = np.dtype(dtype)
    if dtype.kind in "OU":
        return 12
    if dtype.kind == "S":
        return 2
    for number, known in TYPE_DTYPES.items():
        if known == dtype.newbyteorder("="):
            return number
    raise ValueError(f"no netCDF type holds {dtype}")


def error_number(message: str) -> int | None:
    """The netCDF-C error number a message carries: ``(NC_ERROR=-42)`` as compat's IDL
    texts write it, ``[Errno -35]`` as netCDF4-python's OSError, or an ``nc_strerror``
    text (``NetCDF: Variable not found``); None when there is none."""
    found = re.search(r"NC_ERROR=(-?\d+)", message) or re.search(r"\[Errno (-?\d+)\]",
                                                                  message)
    if found:
        return int(found.group(1))
    text = message.split(":", 1)[1] if message.startswith("NetCDF:") else message
    text = text.split(": (", 1)[0].strip().lower()
    return _BY_TEXT.get(text)
