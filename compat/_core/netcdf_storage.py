"""netCDF-4 storage settings of a variable -- compression, chunking, fill value,
checksum -- and the library's chunk cache, set and inquired by the netCDF-C library
itself: the core of MATLAB's ``netcdf.defVarDeflate`` ... ``netcdf.setChunkCache``.

netCDF4-python applies storage settings only in ``createVariable``; the library takes
them any time after ``nc_def_var`` until the variable's data are written (or, in a
netCDF-4 file, until the definitions are committed: ``NC_ELATEDEF``). So these calls go
to the library through ctypes (:func:`compat._core.netcdf_ids.clib`, the very library
netCDF4-python has loaded) with the group and variable ids netCDF4-python holds, and the
library decides, with its own errors, what is allowed: netCDF-4 only (``NC_ENOTNC4``),
define mode for the fill value of a classic file (``NC_ENOTINDEFINE``), too late
(``NC_ELATEDEF``), bad chunk sizes (``NC_EBADCHUNK``), ...

Python-shaped: chunk sizes in the file's C order (slowest first), booleans, numpy
values of the variable's type. Source: the netCDF-C documentation of ``nc_def_var_deflate``,
``nc_def_var_chunking``, ``nc_def_var_fill``, ``nc_def_var_fletcher32``, their
``nc_inq_var_*`` and ``nc_get/set_chunk_cache``.
"""

from __future__ import annotations

import ctypes

import numpy as np

from compat._core import matlab_integers, netcdf_ids
from compat._core.errors import CompatValueError

__all__ = ["def_deflate", "inq_deflate", "def_chunking", "inq_chunking", "def_fill",
           "inq_fill", "def_fletcher32", "inq_fletcher32", "get_chunk_cache",
           "set_chunk_cache", "STORAGE_NAMES", "set_default_format", "default_format",
           "inq_user_type", "inq_vlen"]

#: the library's storage numbers (NC_CHUNKED, NC_CONTIGUOUS, NC_COMPACT)
STORAGE_NAMES = {0: "chunked", 1: "contiguous", 2: "compact"}
_C_TYPES = {"i1": ctypes.c_int8, "u1": ctypes.c_uint8, "i2": ctypes.c_int16,
            "u2": ctypes.c_uint16, "i4": ctypes.c_int32, "u4": ctypes.c_uint32,
            "i8": ctypes.c_int64, "u8": ctypes.c_uint64, "f4": ctypes.c_float,
            "f8": ctypes.c_double, "S1": ctypes.c_char}


def _ids(cdfid, varid):
    """The library's ``(ncid, varid)`` of a variable, and the variable."""
    ds = netcdf_ids.dataset(cdfid)
    variable = netcdf_ids._variable(ds, varid)
    return ctypes.c_int(ds._grpid), ctypes.c_int(variable._varid), variable


def _call(status) -> None:
    netcdf_ids.library_call(status)


def def_deflate(cdfid, varid, shuffle: bool, deflate: bool, level: int) -> None:
    """``nc_def_var_deflate``: the shuffle filter and zlib compression at ``level``."""
    nc, var, _ = _ids(cdfid, varid)
    _call(netcdf_ids.clib().nc_def_var_deflate(nc, var, ctypes.c_int(bool(shuffle)),
                                               ctypes.c_int(bool(deflate)),
                                               ctypes.c_int(int(level))))


def inq_deflate(cdfid, varid) -> tuple[bool, bool, int]:
    """``(shuffle, deflate, level)`` as ``nc_inq_var_deflate`` reports them."""
    nc, var, _ = _ids(cdfid, varid)
    shuffle, deflate, level = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    _call(netcdf_ids.clib().nc_inq_var_deflate(nc, var, ctypes.byref(shuffle),
                                               ctypes.byref(deflate), ctypes.byref(level)))
    return bool(shuffle.value), bool(deflate.value), int(level.value)


def def_chunking(cdfid, varid, contiguous: bool, chunks=None) -> None:
    """``nc_def_var_chunking``: contiguous storage, or chunks of ``chunks`` elements
    (C order; None lets the library choose)."""
    nc, var, variable = _ids(cdfid, varid)
    sizes = None
    if chunks is not None:
        values = [int(c) for c in chunks]
        if len(values) != variable.ndim:
            raise CompatValueError("NetCDF: Invalid argument (NC_ERROR=-36)")
        sizes = (ctypes.c_size_t * max(len(values), 1))(*values)
    _call(netcdf_ids.clib().nc_def_var_chunking(nc, var, ctypes.c_int(1 if contiguous else 0),
                                                sizes))


def inq_chunking(cdfid, varid) -> tuple[str, list[int]]:
    """``('chunked' | 'contiguous' | 'compact', chunk sizes in C order)``."""
    nc, var, variable = _ids(cdfid, varid)
    storage = ctypes.c_int()
    sizes = (ctypes.c_size_t * max(variable.ndim, 1))()
    _call(netcdf_ids.clib().nc_inq_var_chunking(nc, var, ctypes.byref(storage), sizes))
    name = STORAGE_NAMES.get(storage.value, str(storage.value))
    return name, [int(sizes[k]) for k in range(variable.ndim)] if name == "chunked" else []


def _element(variable):
    """The numpy dtype and ctypes type of one element of a variable (NC_CHAR 'S1',
    NC_STRING a ``char *``)."""
    if variable.dtype is str:
        return np.dtype("O"), ctypes.c_char_p
    dtype = np.dtype(variable.dtype)
    key = "S1" if dtype.kind == "S" else dtype.newbyteorder("=").str[1:]
    if key not in _C_TYPES:
        raise CompatValueError("NetCDF: Not a valid data type or _FillValue type "
                               "mismatch (NC_ERROR=-45)")
    return dtype, _C_TYPES[key]


def _text(value) -> bytes:
    if isinstance(value, bytes):
        return value
    if isinstance(value, np.ndarray):
        value = "".join(str(v) for v in value.ravel())
    return str(value).encode("latin-1")


def def_fill(cdfid, varid, no_fill: bool, value=None) -> None:
    """``nc_def_var_fill``: no filling, or filling with ``value`` (None keeps the
    library's default). A number of another type is converted as MATLAB converts
    classes (integers: rounded, halves away from zero, and saturated); text for NC_CHAR
    (its first character) and NC_STRING."""
    nc, var, variable = _ids(cdfid, varid)
    pointer = None
    if value is not None:
        dtype, ctype = _element(variable)
        if dtype.kind == "O":
            pointer = ctypes.byref(ctypes.c_char_p(_text(value)))
        elif dtype.kind == "S":
            pointer = ctypes.byref(ctypes.c_char(_text(value)[:1] or b"\0"))
        else:
            number = np.asarray(value)
            if number.dtype.kind not in "biuf":
                raise CompatValueError("NetCDF: Attempt to convert between text & "
                                       "numbers (NC_ERROR=-56)")
            if dtype.kind in "iu":
                number = matlab_integers.convert(number.reshape(1), dtype)
            pointer = ctypes.byref(ctype(number.astype(dtype).item()))
    _call(netcdf_ids.clib().nc_def_var_fill(nc, var, ctypes.c_int(bool(no_fill)), pointer))


def inq_fill(cdfid, varid):
    """``(no_fill, fill value)``: the value as a numpy scalar of the variable's type,
    ``bytes`` of one character for NC_CHAR, ``str`` for NC_STRING."""
    nc, var, variable = _ids(cdfid, varid)
    dtype, ctype = _element(variable)
    no_fill, value = ctypes.c_int(), ctype()
    lib = netcdf_ids.clib()
    _call(lib.nc_inq_var_fill(nc, var, ctypes.byref(no_fill), ctypes.byref(value)))
    if dtype.kind == "O":
        text = (value.value or b"").decode("latin-1")
        if value.value is not None:                 # the library's copy
            lib.nc_free_string(ctypes.c_size_t(1), ctypes.byref(value))
        return bool(no_fill.value), text
    if dtype.kind == "S":
        return bool(no_fill.value), value.value[:1] or b"\0"
    return bool(no_fill.value), dtype.newbyteorder("=").type(value.value)


def def_fletcher32(cdfid, varid, on: bool) -> None:
    """``nc_def_var_fletcher32``: the Fletcher-32 checksum filter on or off."""
    nc, var, _ = _ids(cdfid, varid)
    _call(netcdf_ids.clib().nc_def_var_fletcher32(nc, var, ctypes.c_int(bool(on))))


def inq_fletcher32(cdfid, varid) -> bool:
    nc, var, _ = _ids(cdfid, varid)
    on = ctypes.c_int()
    _call(netcdf_ids.clib().nc_inq_var_fletcher32(nc, var, ctypes.byref(on)))
    return bool(on.value)


def get_chunk_cache() -> tuple[int, int, float]:
    """The library's default chunk cache for files opened or created from now on:
    ``(size in bytes, number of slots, preemption)``."""
    size, nelems, preemption = ctypes.c_size_t(), ctypes.c_size_t(), ctypes.c_float()
    _call(netcdf_ids.clib().nc_get_chunk_cache(ctypes.byref(size), ctypes.byref(nelems),
                                               ctypes.byref(preemption)))
    return int(size.value), int(nelems.value), float(preemption.value)


def set_chunk_cache(size: int, nelems: int, preemption: float) -> None:
    """``nc_set_chunk_cache``: the default chunk cache of files opened or created from
    now on (the library checks ``0 <= preemption <= 1``: NC_EINVAL)."""
    _call(netcdf_ids.clib().nc_set_chunk_cache(ctypes.c_size_t(int(size)),
                                               ctypes.c_size_t(int(nelems)),
                                               ctypes.c_float(float(preemption))))


#: the format ``netcdf.create`` gives a file whose creation mode names none (the
#: library's default format, kept here: setting the library's own would also change
#: what netCDF4-python creates for compat's other readers and writers)
_DEFAULT_FORMAT = [1]
_FORMAT_NUMBERS = {1: "classic", 2: "64bit", 3: "netcdf4", 4: "netcdf4_classic"}


def set_default_format(number: int) -> int:
    """Set the default format (NC_FORMAT_CLASSIC 1, _64BIT 2, _NETCDF4 3,
    _NETCDF4_CLASSIC 4) and return the previous one, as ``nc_set_default_format``;
    another number is the library's NC_EINVAL."""
    if int(number) not in _FORMAT_NUMBERS:
        raise CompatValueError("NetCDF: Invalid argument (NC_ERROR=-36)")
    previous = _DEFAULT_FORMAT[0]
    _DEFAULT_FORMAT[0] = int(number)
    return previous


def default_format() -> str:
    """The default format's name (``'classic'``, ``'64bit'``, ``'netcdf4'``,
    ``'netcdf4_classic'``)."""
    return _FORMAT_NUMBERS[_DEFAULT_FORMAT[0]]


def inq_user_type(cdfid, typeid) -> tuple[str, int, int, int, int]:
    """``nc_inq_user_type``: ``(name, size in bytes, base type id, number of fields,
    class)`` of a user-defined type (class 13 NC_VLEN, 14 NC_OPAQUE, 15 NC_ENUM, 16
    NC_COMPOUND; an NC_VLEN's size is that of the library's ``nc_vlen_t``)."""
    nc = ctypes.c_int(netcdf_ids.dataset(cdfid)._grpid)
    name = ctypes.create_string_buffer(257)
    size, base, nfields, kind = (ctypes.c_size_t(), ctypes.c_int(), ctypes.c_size_t(),
                                 ctypes.c_int())
    _call(netcdf_ids.clib().nc_inq_user_type(nc, ctypes.c_int(int(typeid)), name,
                                             ctypes.byref(size), ctypes.byref(base),
                                             ctypes.byref(nfields), ctypes.byref(kind)))
    return (name.value.decode("latin-1"), int(size.value), int(base.value),
            int(nfields.value), int(kind.value))


def inq_vlen(cdfid, typeid) -> tuple[str, int, int]:
    """``nc_inq_vlen``: ``(name, size in bytes, base type id)`` of an NC_VLEN type (the
    library's NC_EBADTYPE for another type)."""
    nc = ctypes.c_int(netcdf_ids.dataset(cdfid)._grpid)
    name = ctypes.create_string_buffer(257)
    size, base = ctypes.c_size_t(), ctypes.c_int()
    _call(netcdf_ids.clib().nc_inq_vlen(nc, ctypes.c_int(int(typeid)), name,
                                        ctypes.byref(size), ctypes.byref(base)))
    return name.value.decode("latin-1"), int(size.value), int(base.value)
