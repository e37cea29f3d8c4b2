"""MATLAB's netCDF-4 storage calls of the ``netcdf.*`` package -- ``netcdf.defVarDeflate``,
``defVarChunking``, ``defVarFill``, ``defVarFletcher32`` and their inquiries, the chunk
cache (``getChunkCache``, ``setChunkCache``), ``netcdf.abort`` and
``netcdf.setDefaultFormat`` -- as flat names: ``netcdf.defVarDeflate`` is
``matlab.netcdf_defvardeflate`` (``__legacy_names__`` lists them).

As in MATLAB, each call hands its arguments to the netCDF-C library (here the library
netCDF4-python has loaded, through :mod:`compat._core.netcdf_storage`), so the settings
apply the way MATLAB's do: after ``netcdf.defVar`` and before the variable's data are
written (the library's ``NC_ELATEDEF`` after that), in netCDF-4 files (``NC_ENOTNC4``
in classic ones, except the fill value, which a classic file takes in define mode).
MATLAB's changes to the C calls: dimension order reversed (chunk sizes fastest first),
names for the settings (``'CHUNKED'``/``'CONTIGUOUS'``, ``'FLETCHER32'``/
``'NOCHECKSUM'``; any name ``netcdf.getConstant`` knows, or its number), logical
inputs and outputs, lower-case storage names out (``'chunked'``, ``'contiguous'``) and
MATLAB's error texts (``The NetCDF library encountered an error during execution of
'defVarDeflate' function - 'Attempt to define var properties, like deflate, after
enddef. (NC_ELATEDEF)'.``).

Sources: MATLAB's reference pages of these functions (call forms, argument orders and
classes, return values); the netCDF-C documentation of the C calls they name. Oracle:
GNU Octave 7.3's netcdf package (suite ``matlab/netcdf_storage``).
"""

from __future__ import annotations

import numpy as np

from compat._core import netcdf_ids, netcdf_storage
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._netcdf_args import constant, id_of, library

_CALLS = ["defVarDeflate", "inqVarDeflate", "defVarChunking", "inqVarChunking",
          "defVarFill", "inqVarFill", "defVarFletcher32", "inqVarFletcher32",
          "getChunkCache", "setChunkCache", "abort", "setDefaultFormat", "defVlen",
          "inqVlen", "inqUserType"]
__legacy_names__ = {f"netcdf.{call}": f"netcdf_{call.lower()}" for call in _CALLS}
__all__ = sorted(__legacy_names__.values())


def _flag(value, what: str) -> bool:
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "biuf":
        raise CompatTypeError(f"{what} must be a logical or numeric scalar")
    return bool(array.item())


def _ids(ncid, varid):
    return id_of(ncid), id_of(varid, "varid")


@matlab_function("netcdf.defVarDeflate")
def netcdf_defvardeflate(ncid, varid, shuffle, deflate, deflate_level):
    """Set a variable's compression, as MATLAB's ``netcdf.defVarDeflate``.

    MATLAB call form::

        netcdf.defVarDeflate(ncid, varid, shuffle, deflate, deflateLevel)
            ->  netcdf_defvardeflate(ncid, varid, True, True, 5)

    ``shuffle``, ``deflate``: true/false (or 1/0); ``deflateLevel`` 0 to 9. Call it after
    ``netcdf.defVar`` and before the variable's data are written; netCDF-4 files only.
    Without ``netcdf.defVarChunking`` the library chooses the chunks (the reference
    page's example: a 1800-by-3600 variable gets a 10-by-10 grid of chunks).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> ncid = matlab.netcdf_create(os.path.join(tempfile.mkdtemp(), 'd.nc'), 'NETCDF4')
    >>> v = matlab.netcdf_defvar(ncid, 'v', 'double', matlab.netcdf_defdim(ncid, 'x', 9))
    >>> matlab.netcdf_defvardeflate(ncid, v, True, True, 5)
    >>> [bool(s) for s in matlab.netcdf_inqvardeflate(ncid, v, nargout=3)[:2]]
    [True, True]
    >>> matlab.netcdf_close(ncid)
    """
    nc, var = _ids(ncid, varid)
    level = id_of(deflate_level, "deflateLevel")
    with library("defVarDeflate"):
        netcdf_storage.def_deflate(nc, var, _flag(shuffle, "shuffle"),
                                   _flag(deflate, "deflate"), level)


@matlab_function("netcdf.inqVarDeflate", nargout=3)
def netcdf_inqvardeflate(ncid, varid, *, nargout=1):
    """``[shuffle, deflate, deflateLevel] = netcdf.inqVarDeflate(ncid, varid)``: the
    shuffle and deflate filters' states (logical) and the level (double)."""
    nc, var = _ids(ncid, varid)
    with library("inqVarDeflate"):
        shuffle, deflate, level = netcdf_storage.inq_deflate(nc, var)
    values = (np.bool_(shuffle), np.bool_(deflate), np.float64(level))
    return values[0] if nargout == 1 else values[:nargout]


@matlab_function("netcdf.defVarChunking")
def netcdf_defvarchunking(ncid, varid, storage, chunk_sizes=None):
    """Set a variable's storage, as MATLAB's ``netcdf.defVarChunking``.

    MATLAB call forms::

        netcdf.defVarChunking(ncid, varid, 'CHUNKED', chunkSizes)
            ->  netcdf_defvarchunking(ncid, varid, 'CHUNKED', [180, 360])
        netcdf.defVarChunking(ncid, varid, 'CONTIGUOUS')

    ``chunkSizes`` in MATLAB's order, fastest dimension first (the reverse of the C
    call's and of ncdump's ``_ChunkSizes``); omitted with ``'CONTIGUOUS'``, and with
    ``'CHUNKED'`` the library's default chunks. netCDF-4 files only, before the data
    are written.
    """
    nc, var = _ids(ncid, varid)
    kind = constant(storage, "storage type")
    chunks = None
    if chunk_sizes is not None and np.size(chunk_sizes):
        chunks = [int(c) for c in np.ravel(np.asarray(chunk_sizes, dtype=np.float64))][::-1]
    with library("defVarChunking"):
        netcdf_storage.def_chunking(nc, var, kind == 1, None if kind == 1 else chunks)


@matlab_function("netcdf.inqVarChunking", nargout=2)
def netcdf_inqvarchunking(ncid, varid, *, nargout=1):
    """``[storage, chunkSizes] = netcdf.inqVarChunking(ncid, varid)``: ``'chunked'``
    or ``'contiguous'``, and the chunk sizes as a double row in MATLAB's order
    (``[]`` -- an empty 0x0 array -- when the variable is not chunked)."""
    nc, var = _ids(ncid, varid)
    with library("inqVarChunking"):
        storage, chunks = netcdf_storage.inq_chunking(nc, var)
    sizes = (np.array(chunks[::-1], dtype=np.float64).reshape(1, -1) if chunks
             else np.zeros((0, 0)))
    return storage if nargout == 1 else (storage, sizes)


@matlab_function("netcdf.defVarFill")
def netcdf_defvarfill(ncid, varid, no_fill_mode, fill_value=None):
    """Set a variable's fill value, or turn its filling off, as MATLAB's
    ``netcdf.defVarFill``.

    MATLAB call form::

        netcdf.defVarFill(ncid, varid, noFillMode, fillValue)
            ->  netcdf_defvarfill(ncid, varid, False, -999)

    ``noFillMode`` true turns filling off (``fillValue`` is then ignored); false fills
    unwritten elements with ``fillValue``. MATLAB's page asks for a value of the
    variable's class; another numeric class is converted as MATLAB converts classes
    (``int32(-999.7)`` is -1000, ``uint8(-3)`` is 0; Octave 7.3's netcdf package does
    the same), text for NC_CHAR (one character) and NC_STRING variables. In netCDF-4
    files before the data are written; in classic files in define mode.
    """
    nc, var = _ids(ncid, varid)
    no_fill = _flag(no_fill_mode, "noFillMode")
    value = None
    if fill_value is not None:
        value = fill_value if isinstance(fill_value, (str, bytes)) else np.asarray(fill_value)
        if not isinstance(value, (str, bytes)) and value.size != 1:
            raise CompatTypeError("fillValue must be a scalar")
    with library("defVarFill"):
        netcdf_storage.def_fill(nc, var, no_fill, value)


@matlab_function("netcdf.inqVarFill", nargout=2)
def netcdf_inqvarfill(ncid, varid, *, nargout=1):
    """``[noFillMode, fillValue] = netcdf.inqVarFill(ncid, varid)``: whether filling is
    off (logical) and the fill value in the variable's class (the library's default
    fill value when none was set: ``netcdf.getConstant('NC_FILL_DOUBLE')`` ...; a
    one-character ``str`` for NC_CHAR, ``str`` for NC_STRING)."""
    nc, var = _ids(ncid, varid)
    with library("inqVarFill"):
        no_fill, value = netcdf_storage.inq_fill(nc, var)
    if isinstance(value, bytes):            # NC_CHAR: one char (char(0) by default)
        value = value.decode("latin-1")
    return np.bool_(no_fill) if nargout == 1 else (np.bool_(no_fill), value)


@matlab_function("netcdf.defVarFletcher32")
def netcdf_defvarfletcher32(ncid, varid, checksum_setting):
    """Turn a variable's Fletcher-32 checksum on (``'FLETCHER32'``) or off
    (``'NOCHECKSUM'``), as MATLAB's ``netcdf.defVarFletcher32``; netCDF-4 files only,
    before the data are written."""
    nc, var = _ids(ncid, varid)
    on = constant(checksum_setting, "checksum setting")
    with library("defVarFletcher32"):
        netcdf_storage.def_fletcher32(nc, var, bool(on))


@matlab_function("netcdf.inqVarFletcher32")
def netcdf_inqvarfletcher32(ncid, varid):
    """A variable's checksum setting, ``'FLETCHER32'`` or ``'NOCHECKSUM'``, as MATLAB's
    ``netcdf.inqVarFletcher32``."""
    nc, var = _ids(ncid, varid)
    with library("inqVarFletcher32"):
        on = netcdf_storage.inq_fletcher32(nc, var)
    return "FLETCHER32" if on else "NOCHECKSUM"


@matlab_function("netcdf.getChunkCache", nargout=3)
def netcdf_getchunkcache(*, nargout=1):
    """``[csize, nelems, premp] = netcdf.getChunkCache()``: the library's default chunk
    cache for files opened or created from now on (bytes, slots, preemption 0..1), as
    doubles."""
    with library("getChunkCache"):
        values = tuple(np.float64(v) for v in netcdf_storage.get_chunk_cache())
    return values[0] if nargout == 1 else values[:nargout]


@matlab_function("netcdf.setChunkCache")
def netcdf_setchunkcache(csize, nelems, premp):
    """Set the library's default chunk cache, as MATLAB's ``netcdf.setChunkCache``:
    applies to files opened or created afterwards, for the rest of the session (the
    reference page's example: ``netcdf.setChunkCache(3.2e7, 2003, 0.75)``)."""
    size = id_of(csize, "csize")
    slots = id_of(nelems, "nelems")
    preemption = np.asarray(premp, dtype=np.float64)
    if preemption.size != 1:
        raise CompatTypeError("premp must be a numeric scalar")
    with library("setChunkCache"):
        netcdf_storage.set_chunk_cache(size, slots, float(preemption))


@matlab_function("netcdf.abort")
def netcdf_abort(ncid):
    """Revert a file's recent definitions and close it, as MATLAB's ``netcdf.abort``:
    the definitions made since ``netcdf.reDef`` are discarded, and a file still in the
    define mode of its ``netcdf.create`` is deleted (the library's ``nc_abort``)."""
    with library("abort"):
        netcdf_ids.abort(id_of(ncid))


@matlab_function("netcdf.setDefaultFormat")
def netcdf_setdefaultformat(new_format):
    """Set the format ``netcdf.create`` gives a file whose mode names none and return
    the previous one's number, as MATLAB's ``netcdf.setDefaultFormat``.

    MATLAB call form::

        oldFormat = netcdf.setDefaultFormat(newFormat)
            ->  netcdf_setdefaultformat('NC_FORMAT_64BIT')

    ``newFormat``: ``'NC_FORMAT_CLASSIC'`` (the initial default), ``'NC_FORMAT_64BIT'``,
    ``'NC_FORMAT_NETCDF4'``, ``'NC_FORMAT_NETCDF4_CLASSIC'`` or their numbers (1 to 4).
    The setting lasts for the session; it concerns ``netcdf.create`` only (compat's
    ``nccreate`` and the IDL routines name their formats).
    """
    number = constant(new_format, "format")
    with library("setDefaultFormat"):
        return np.float64(netcdf_storage.set_default_format(number))


# ------------------------------------------------------------------ user-defined types
@matlab_function("netcdf.defVlen")
def netcdf_defvlen(ncid, type_name, base_type):
    """Define an NC_VLEN (variable-length array) type and return its id, as MATLAB's
    ``netcdf.defVlen`` (R2022a).

    MATLAB call form::

        typeID = netcdf.defVlen(ncid, typeName, baseType)
            ->  netcdf_defvlen(ncid, 'MY_VARIABLE_LENGTH_SAMPLE', 'NC_FLOAT')

    ``baseType``: a numeric netCDF type by name or number. The id is the library's (32
    for a file's first type) and names the type in ``netcdf.defVar``; such a variable is
    written and read as a cell array (a Python list) of numeric arrays of the base
    type's class -- read back as rows, as Octave 7.3 returns them. netCDF-4 files only.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> ncid = matlab.netcdf_create(os.path.join(tempfile.mkdtemp(), 'v.nc'), 'NETCDF4')
    >>> t = matlab.netcdf_defvlen(ncid, 'MY_VARIABLE_INT_ARRAY', 'NC_INT')
    >>> name, size, base = matlab.netcdf_inqvlen(ncid, t, nargout=3)
    >>> name, float(size), float(base)     # the reference page's values
    ('MY_VARIABLE_INT_ARRAY', 16.0, 4.0)
    >>> matlab.netcdf_close(ncid)
    """
    from compat._core.netcdf_constants import TYPE_DTYPES
    from compat.matlab._netcdf_args import text_arg
    name = text_arg(type_name, "typeName")
    code = constant(base_type, "base type")
    with library("defVlen"):
        if code not in TYPE_DTYPES or code in (2, 12):
            raise CompatValueError("NetCDF: Not a valid data type or _FillValue type "
                                   "mismatch (NC_ERROR=-45)")
        return np.float64(netcdf_ids.def_vlen(id_of(ncid), name, TYPE_DTYPES[code]))


@matlab_function("netcdf.inqVlen", nargout=3)
def netcdf_inqvlen(ncid, type_id, *, nargout=1):
    """``[typeName, byteSize, baseTypeID] = netcdf.inqVlen(ncid, typeID)``: an NC_VLEN
    type's name, size in bytes (the library's ``nc_vlen_t``, 16 on 64-bit systems) and
    base type id, as doubles (``nc_inq_vlen``)."""
    with library("inqVlen"):
        name, size, base = netcdf_storage.inq_vlen(id_of(ncid), id_of(type_id, "typeID"))
    values = (name, np.float64(size), np.float64(base))
    return values[0] if nargout == 1 else values[:nargout]


@matlab_function("netcdf.inqUserType", nargout=5)
def netcdf_inqusertype(ncid, type_id, *, nargout=1):
    """``[typeName, byteSize, baseTypeID, numFields, classID] =
    netcdf.inqUserType(ncid, typeID)``: a user-defined type's name, size in bytes, base
    type id, number of fields and class (13 for NC_VLEN), as doubles
    (``nc_inq_user_type``)."""
    with library("inqUserType"):
        values = netcdf_storage.inq_user_type(id_of(ncid), id_of(type_id, "typeID"))
    values = (values[0],) + tuple(np.float64(v) for v in values[1:])
    return values[0] if nargout == 1 else values[:nargout]
