"""IDL's netCDF routines: ``NCDF_CREATE``, ``NCDF_OPEN``, ``NCDF_CLOSE``,
``NCDF_CONTROL``, ``NCDF_INQUIRE``, ``NCDF_DIMDEF``, ``NCDF_DIMID``, ``NCDF_DIMINQ``,
``NCDF_VARDEF``, ``NCDF_VARID``, ``NCDF_VARINQ``, ``NCDF_VARGET``, ``NCDF_VARGET1``,
``NCDF_VARPUT``, ``NCDF_VARRENAME``, ``NCDF_DIMRENAME``, ``NCDF_EXISTS``; the attribute
routines are the family :mod:`compat.idl.netcdf_attributes`.

IDL's id-based interface over :mod:`compat._core.netcdf_ids` (netCDF4-python, the
optional extra ``compat[hdf5]``): a file is named by the integer *cdfid*
``NCDF_OPEN``/``NCDF_CREATE`` return, dimensions and variables by their ids (0, 1, ... in
definition order) or, where IDL accepts it, their names.

**Dimension order.** IDL lists a variable's dimensions fastest first, the reverse of
the file's C order (IDL Scientific Data Formats, "NCDF_VARDEF": ``NCDF_VARDEF(id, 'v',
[xid, yid])`` makes the CDL ``v(y, x)``); ``NCDF_VARINQ``'s ``DIM`` and the ``COUNT``,
``OFFSET``, ``STRIDE`` keywords are in IDL's order. Arrays are numpy arrays in compat's
IDL layout (numpy shape = IDL dimensions reversed), which is the file's C order: what
netCDF4-python reads is what ``NCDF_VARGET`` gives.

**Types.** NC_BYTE reads as BYTE (the bits of the signed byte, 200 stays 200), NC_CHAR
as a BYTE array (IDL: "use STRING to convert"), NC_SHORT as INT, NC_INT as LONG,
NC_FLOAT as FLOAT, NC_DOUBLE as DOUBLE; ``NCDF_VARINQ``/``NCDF_ATTINQ`` name them
'BYTE', 'CHAR', 'INT', 'LONG', 'FLOAT', 'DOUBLE' (netCDF-4's 'UBYTE', 'UINT', 'ULONG',
'INT64', 'UINT64', 'STRING'). A Python int is an IDL INT literal (NC_SHORT attribute),
a Python float DOUBLE. Values written to an integer variable are converted as C converts
(fractions truncated; BYTE keeps the low 8 bits): GDL stores [1.7, -2.7, 40000.] in a
LONG variable as 1, -2, 40000 and [1, 200, 300] in a BYTE one as 1, 200, 44.

Messages are IDL's, with the netCDF error number, as GDL 1.0.1 prints them.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core import netcdf_ids as nc
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_literal
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl._netcdf_types import (as_idl, converted, ids, requested_type,
                                      type_name, varid_of)

__all__ = ["ncdf_create", "ncdf_open", "ncdf_close", "ncdf_control", "ncdf_inquire",
           "ncdf_exists", "ncdf_dimdef", "ncdf_dimid", "ncdf_diminq", "ncdf_dimrename",
           "ncdf_vardef", "ncdf_varid", "ncdf_varinq", "ncdf_varget", "ncdf_varget1",
           "ncdf_varput", "ncdf_varrename"]


class NcdfDiminqResult(Result):
    """NCDF_DIMINQ's output arguments."""

    name: str
    size: np.int32


class NcdfControlResult(Result):
    """NCDF_CONTROL's OLDFILL output keyword."""

    oldfill: np.int32

# ------------------------------------------------------------------------------ files
@idl_routine("NCDF_CREATE")
def ncdf_create(filename, *, clobber=False, noclobber=False, netcdf3_64bit=False,
                netcdf4_format=False):
    """Create a netCDF file, as IDL's ``NCDF_CREATE`` function.

    IDL call form::

        Cdfid = NCDF_CREATE(Filename [, /CLOBBER | , /NOCLOBBER] [, /NETCDF3_64BIT]
                            [, /NETCDF4_FORMAT])
        ->  cdfid = idl.ncdf_create('out.nc', clobber=True)

    The file is in define mode until ``NCDF_CONTROL, cdfid, /ENDEF``. The format is
    classic (CDF-1) unless ``/NETCDF3_64BIT`` (CDF-2) or ``/NETCDF4_FORMAT`` (HDF5).
    An existing file is replaced only with ``/CLOBBER`` (IDL's default is NOCLOBBER):
    else ``NCDF_CREATE: Unable to create the file "out.nc". (NC_ERROR=-35)``.

    Returns the cdfid, a plain int (the netCDF-C library's ncid: 65536 for the first
    open file).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "c.nc")
    >>> cdfid = idl.ncdf_create(path, clobber=True)
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3)
    >>> v = idl.ncdf_vardef(cdfid, 'v', [x], short=True)
    >>> idl.ncdf_control(cdfid, endef=True)
    >>> idl.ncdf_varput(cdfid, v, [1, 2, 3])
    >>> idl.ncdf_close(cdfid)
    """
    del noclobber
    file_format = "netcdf4" if netcdf4_format else "64bit" if netcdf3_64bit else "classic"
    return nc.create(filename, clobber=bool(clobber), file_format=file_format)


@idl_routine("NCDF_OPEN")
def ncdf_open(filename, *, write=False, nowrite=False):
    """Open a netCDF file (classic, 64-bit offset or netCDF-4), as IDL's ``NCDF_OPEN``.

    IDL call form::

        Cdfid = NCDF_OPEN(Filename [, /NOWRITE | , /WRITE])
        ->  cdfid = idl.ncdf_open('in.nc')

    Read-only unless ``/WRITE``; the file is in data mode. A missing file is IDL's
    ``NCDF_OPEN: Unable to open the file "in.nc". (NC_ERROR=2)``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "o.nc")
    >>> cdfid = idl.ncdf_create(path); idl.ncdf_close(cdfid)
    >>> cdfid = idl.ncdf_open(path)
    >>> int(idl.ncdf_inquire(cdfid).NDIMS[0])
    0
    >>> idl.ncdf_close(cdfid)
    """
    del nowrite
    return nc.open_file(filename, write=bool(write))


@idl_routine("NCDF_CLOSE")
def ncdf_close(cdfid):
    """Close a netCDF file, as IDL's ``NCDF_CLOSE, Cdfid`` (the file is written out,
    whatever its mode). A closed or unknown id is ``NCDF_CLOSE: 65536 is not a valid
    cdfid. (NC_ERROR=-33)``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "x.nc"))
    >>> idl.ncdf_close(cdfid)
    """
    nc.close(cdfid)


@idl_routine("NCDF_CONTROL")
def ncdf_control(cdfid, *, endef=False, redef=False, fill=False, nofill=False,
                 sync=False, abort=False, verbose=False, noverbose=False, oldfill=False):
    """Change a netCDF file's mode, as IDL's ``NCDF_CONTROL`` procedure.

    IDL call form::

        NCDF_CONTROL, Cdfid [, /ABORT] [, /ENDEF] [, /FILL | , /NOFILL] [, /NOVERBOSE |
                      , /VERBOSE] [, OLDFILL=variable] [, /REDEF] [, /SYNC]
        ->  idl.ncdf_control(cdfid, endef=True)

    ``/ENDEF`` leaves define mode (data can then be written), ``/REDEF`` enters it
    (dimensions, variables and attributes can be added), each refused in the wrong mode
    with IDL's text (``Unable to define variable, not in define mode. (NC_ERROR=-38)``,
    ``Cannot acces data in DEFINE mode. (NC_ERROR=-39)``, GDL's spelling). ``/FILL`` and
    ``/NOFILL`` set the library's fill mode (``oldfill=True`` returns the previous one,
    1 for fill); ``/SYNC`` flushes; ``/ABORT`` closes the file discarding the
    definitions made since it entered define mode -- a file still in the define mode
    of its creation is deleted (the library's ``nc_abort``, which GDL 1.0.1 calls; suite
    idl/netcdf_abort); ``/VERBOSE`` is accepted (compat raises its errors).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "m.nc"))
    >>> idl.ncdf_control(cdfid, endef=True)
    >>> idl.ncdf_control(cdfid, nofill=True, oldfill=True)
    NcdfControlResult(oldfill=np.int32(1))
    >>> idl.ncdf_close(cdfid)
    """
    del verbose, noverbose
    previous = None
    if fill or nofill:
        previous = nc.set_fill(cdfid, bool(fill))
    if redef:
        nc.redefine(cdfid)
    if endef:
        nc.end_define(cdfid)
    if sync:
        nc.dataset(cdfid).sync()
    if abort:
        nc.abort(cdfid)
    if oldfill:
        if previous is None:
            previous = nc.data_handles.lookup(cdfid, ("netcdf",), "").fill
        return NcdfControlResult(oldfill=np.int32(previous))
    return None


@idl_routine("NCDF_INQUIRE")
def ncdf_inquire(cdfid):
    """What a netCDF file holds, as IDL's ``Result = NCDF_INQUIRE(Cdfid)``: a structure
    ``{NDIMS, NVARS, NGATTS, RECDIM}`` of LONGs (RECDIM the unlimited dimension's id,
    -1 when there is none).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "q.nc"))
    >>> t = idl.ncdf_dimdef(cdfid, 'time', unlimited=True)
    >>> int(idl.ncdf_inquire(cdfid).RECDIM[0])
    0
    >>> idl.ncdf_close(cdfid)
    """
    counts = nc.inquire(cdfid)
    return build_structure(["NDIMS", "NVARS", "NGATTS", "RECDIM"],
                           [np.int32(v) for v in counts])


# ------------------------------------------------------------------------ dimensions
@idl_routine("NCDF_DIMDEF")
def ncdf_dimdef(cdfid, name, size=None, *, unlimited=False):
    """Define a dimension, as IDL's ``Result = NCDF_DIMDEF(Cdfid, DimName, Size
    [, /UNLIMITED])``; returns its id (LONG). Needs define mode.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "d.nc"))
    >>> int(idl.ncdf_dimdef(cdfid, 'x', 10)), int(idl.ncdf_dimdef(cdfid, 't', unlimited=True))
    (0, 1)
    >>> idl.ncdf_close(cdfid)
    """
    if not isinstance(name, str):
        raise CompatTypeError("DimName must be a string.")
    if unlimited:
        length = None
    else:
        if size is None:
            raise CompatValueError("Size must be given unless /UNLIMITED is set.")
        length = int(np.ravel(size)[0])
        if length < 1:
            raise CompatValueError(f"Size {length} must be positive, or use /UNLIMITED.")
    return np.int32(nc.def_dim(cdfid, name, length))


@idl_routine("NCDF_DIMID")
def ncdf_dimid(cdfid, name):
    """A dimension's id from its name, as IDL's ``Result = NCDF_DIMID(Cdfid, DimName)``;
    -1 (with IDL's message as a :class:`compat.CompatWarning`) when there is none.

    IDL's documentation: "If the dimension does not exist, NCDF_DIMID returns -1"
    (GDL 1.0.1 raises an error instead: a divergence).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "i.nc"))
    >>> y = idl.ncdf_dimdef(cdfid, 'y', 2)
    >>> int(idl.ncdf_dimid(cdfid, 'y'))
    0
    >>> idl.ncdf_close(cdfid)
    """
    found = nc.dim_id(cdfid, str(name))
    if found < 0:
        legacy_warn(f'Dimension not found "{name}"')
    return np.int32(found)


@idl_routine("NCDF_DIMINQ", output_arguments=("name", "size"))
def ncdf_diminq(cdfid, dimid, *, name=True, size=True):
    """A dimension's name and current length, as IDL's ``NCDF_DIMINQ, Cdfid, Dimid,
    Name, Size`` (``Dimid`` an id or a name); returns ``(name, size)``, the size LONG
    (an unlimited dimension's current number of records).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "n.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'lon', 360)
    >>> idl.ncdf_diminq(cdfid, x)
    NcdfDiminqResult(name='lon', size=np.int32(360))
    >>> idl.ncdf_close(cdfid)
    """
    if isinstance(dimid, str):
        dimid = nc.dim_id(cdfid, dimid)
    dim_name, length = nc.dim_inq(cdfid, int(dimid))
    values = {}
    if name:
        values["name"] = dim_name
    if size:
        values["size"] = np.int32(length)
    return NcdfDiminqResult(**values)


# ------------------------------------------------------------------------- variables
@idl_routine("NCDF_VARDEF")
def ncdf_vardef(cdfid, name, dim=None, *, byte=False, char=False, short=False,
                long=False, float=False, double=False, ubyte=False, ushort=False,
                ulong=False, int64=False, uint64=False, string=False,
                chunk_dimensions=None, gzip=None, shuffle=False, contiguous=False):
    """Define a variable, as IDL's ``Result = NCDF_VARDEF(Cdfid, Name [, Dim] [, /BYTE |
    /CHAR | /DOUBLE | /FLOAT | /LONG | /SHORT | /UBYTE | /USHORT | /ULONG | /INT64 |
    /UINT64 | /STRING] [, CHUNK_DIMENSIONS=] [, /CONTIGUOUS] [, GZIP=] [, /SHUFFLE])``;
    returns its id.

    ``Dim`` lists dimension ids in **IDL's order** (fastest first: the unlimited
    dimension, if any, last); without it the variable is a scalar. The type is FLOAT
    unless a keyword says otherwise; the netCDF-4 types, chunking and compression need a
    file made with ``/NETCDF4_FORMAT``. ``/CONTIGUOUS`` (IDL 8.2.1) stores a netCDF-4
    variable unchunked (netCDF-3 variables always are, and the keyword changes nothing
    there); it cannot be combined with CHUNK_DIMENSIONS, GZIP or SHUFFLE, nor used over
    the unlimited dimension (netCDF-C's rule; GDL 1.0.1 does not accept the keyword).
    Needs define mode.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "v.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 4); t = idl.ncdf_dimdef(cdfid, 't', unlimited=True)
    >>> v = idl.ncdf_vardef(cdfid, 'temp', [x, t], double=True)
    >>> idl.ncdf_varinq(cdfid, v).DIM[0].tolist()      # IDL's order; the file has temp(t, x)
    [0, 1]
    >>> idl.ncdf_close(cdfid)
    """
    if not isinstance(name, str):
        raise CompatTypeError("Name must be a string.")
    types = {"byte": byte, "char": char, "short": short, "long": long, "float": float,
             "double": double, "ubyte": ubyte, "ushort": ushort, "ulong": ulong,
             "int64": int64, "uint64": uint64}
    dtype = requested_type(types, np.dtype("f4"))
    if string:
        if any(types.values()):
            raise CompatValueError("Conflicting keywords: only one type keyword is "
                                   "allowed.")
        dtype = builtins.str
    dims = [] if dim is None else ids(dim)
    chunks = None if chunk_dimensions is None else ids(chunk_dimensions)[::-1]
    return np.int32(nc.def_var(cdfid, name, dtype, dims[::-1], chunks=chunks,
                               deflate=None if gzip is None else int(gzip),
                               shuffle=bool(shuffle), contiguous=bool(contiguous)))


@idl_routine("NCDF_VARID")
def ncdf_varid(cdfid, name):
    """A variable's id from its name, as IDL's ``Result = NCDF_VARID(Cdfid, Name)``; -1
    when there is none (IDL's message ``Variable not found "name"`` as a
    :class:`compat.CompatWarning`).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "w.nc"))
    >>> v = idl.ncdf_vardef(cdfid, 'a'); w = idl.ncdf_vardef(cdfid, 'b')
    >>> int(idl.ncdf_varid(cdfid, 'b'))
    1
    >>> idl.ncdf_close(cdfid)
    """
    found = nc.var_id(cdfid, str(name))
    if found < 0:
        legacy_warn(f'Variable not found "{name}"')
    return np.int32(found)


@idl_routine("NCDF_VARINQ")
def ncdf_varinq(cdfid, varid):
    """A variable's definition, as IDL's ``Result = NCDF_VARINQ(Cdfid, Varid)``
    (``Varid`` an id or a name): a structure ``{NAME, DATATYPE, NDIMS, NATTS, DIM}``,
    DATATYPE IDL's name of the netCDF type ('BYTE', 'CHAR', 'INT', 'LONG', 'FLOAT',
    'DOUBLE'...), DIM the dimension ids in **IDL's order** (LONG; 0 for a scalar).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "q.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3)
    >>> v = idl.ncdf_vardef(cdfid, 'n', [x], short=True)
    >>> s = idl.ncdf_varinq(cdfid, 'n')
    >>> s.NAME[0], s.DATATYPE[0], int(s.NDIMS[0])
    ('n', 'INT', 1)
    >>> idl.ncdf_close(cdfid)
    """
    name, dtype, dims, natts = nc.var_inq(cdfid, varid_of(varid))
    dim_ids = np.array(dims[::-1], dtype=np.int32) if dims else np.int32(0)
    return build_structure(["NAME", "DATATYPE", "NDIMS", "NATTS", "DIM"],
                           [name, type_name(dtype), np.int32(len(dims)), np.int32(natts),
                            dim_ids])


def _hyperslab(shape, offset, count, stride):
    """numpy slices (C order) for NCDF_VARGET's OFFSET/COUNT/STRIDE (IDL order), and
    the counts."""
    n = len(shape)
    idl_shape = list(shape)[::-1]
    offsets = [0] * n if offset is None else ids(offset)[:n]
    strides = [1] * n if stride is None else ids(stride)[:n]
    offsets += [0] * (n - len(offsets))
    strides += [1] * (n - len(strides))
    if any(s < 1 for s in strides):
        raise CompatValueError("STRIDE must contain positive values.")
    available = [max(0, -(-(size - first) // step))
                 for size, first, step in zip(idl_shape, offsets, strides)]
    if count is None:
        counts = list(available)
    else:
        counts = ids(count)[:n]
        counts += [1] * (n - len(counts))
    slices = []
    for k, (size, first, step, many) in enumerate(zip(idl_shape, offsets, strides, counts)):
        if first < 0 or first >= size:
            raise CompatValueError("Dimension bound exceeded. (NC_ERROR=-57)")
        if many > available[k]:
            legacy_warn(f"Requested read is larger than data in dimension {k}. "
                        f"Reducing COUNT to {available[k]}.")  # NCDF_VARGET only
            many = available[k]
        if many < 1:
            raise CompatValueError("COUNT must contain positive values.")
        slices.append(slice(first, first + (many - 1) * step + 1, step))
        counts[k] = many
    return tuple(slices[::-1]), counts


@idl_routine("NCDF_VARGET")
def ncdf_varget(cdfid, varid, *, count=None, offset=None, stride=None):
    """Read a variable, as IDL's ``NCDF_VARGET, Cdfid, Varid, Value [, COUNT=]
    [, OFFSET=] [, STRIDE=]``; returns ``Value``.

    ``Varid`` is an id or a name. ``COUNT``, ``OFFSET`` (0-based) and ``STRIDE`` are
    in **IDL's dimension order**; without ``COUNT`` everything from ``OFFSET`` on is
    read, and a ``COUNT`` reaching past the data is reduced, with IDL's message
    ("Requested read is larger than data in dimension 0. Reducing COUNT to 1.") as a
    :class:`compat.CompatWarning`. The value is in IDL's type (NC_CHAR and NC_BYTE as
    BYTE, NC_SHORT as INT, NC_INT as LONG) and compat's layout (numpy shape = IDL
    dimensions reversed = the file's order); a scalar variable gives a scalar, and
    trailing IDL dimensions of length 1 are dropped as IDL drops them. Fill values and
    scale attributes are not applied (IDL does not apply them).

    GDL 1.0.1 reduces COUNT wrongly with a STRIDE (``OFFSET=[0], COUNT=[2],
    STRIDE=[2]`` of 3 values reads one value): compat reads elements 0 and 2, as the
    netCDF library's strided read (IDL's documentation of STRIDE) does.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "r.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3); y = idl.ncdf_dimdef(cdfid, 'y', 2)
    >>> v = idl.ncdf_vardef(cdfid, 'v', [x, y], long=True)
    >>> idl.ncdf_control(cdfid, endef=True)
    >>> idl.ncdf_varput(cdfid, v, np.arange(6, dtype=np.int32).reshape(2, 3))  # IDL [3, 2]
    >>> idl.ncdf_varget(cdfid, 'v', offset=[1, 0], count=[2, 2])
    array([[1, 2],
           [4, 5]], dtype=int32)
    >>> idl.ncdf_close(cdfid)
    """
    key = varid_of(varid)
    shape = nc.shape(cdfid, key)
    if not shape:
        return as_idl(nc.read(cdfid, key))[()]
    index, _ = _hyperslab(shape, offset, count, stride)
    value = as_idl(nc.read(cdfid, key, index))
    while value.ndim > 1 and value.shape[0] == 1:
        value = value[0]
    return np.ascontiguousarray(value)


def _text_bytes(value, width: int | None) -> np.ndarray:
    """IDL's BYTE() of a string (array): each string's bytes, padded with zeros to the
    longest (or to ``width``) -- a string array becomes a BYTE [width, n] array."""
    texts = np.atleast_1d(np.asarray(value, dtype=str))
    encoded = [t.encode("latin-1") for t in texts.ravel()]
    size = width or max((len(e) for e in encoded), default=1) or 1
    out = np.zeros((len(encoded), size), dtype=np.uint8)
    for row, data in zip(out, encoded):
        part = np.frombuffer(data[:size], dtype=np.uint8)
        row[:part.size] = part
    if np.ndim(value) == 0:
        return out[0]
    return out.reshape(texts.shape + (size,))


@idl_routine("NCDF_VARPUT")
def ncdf_varput(cdfid, varid, value, *, count=None, offset=None, stride=None):
    """Write a variable, as IDL's ``NCDF_VARPUT, Cdfid, Varid, Value [, COUNT=]
    [, OFFSET=] [, STRIDE=]``.

    ``Value`` is in compat's IDL layout; without ``COUNT`` it is written as its own
    dimensions (a value smaller than the variable fills its first elements, the rest
    keeps the fill value; missing trailing IDL dimensions count 1). ``COUNT``,
    ``OFFSET``, ``STRIDE`` are in IDL's order; writing past the unlimited dimension's
    end adds records. A string written to a CHAR variable is its bytes (IDL's
    documentation: strings are converted to bytes; GDL 1.0.1 writes only the first
    character of a scalar string: a divergence). Values are converted to the variable's
    type as C converts them (module docstring). Needs data mode and a file opened for
    writing.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "p.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3)
    >>> c = idl.ncdf_vardef(cdfid, 'c', [x], char=True)
    >>> idl.ncdf_control(cdfid, endef=True)
    >>> idl.ncdf_varput(cdfid, c, 'abc')
    >>> idl.ncdf_varget(cdfid, c)
    array([97, 98, 99], dtype=uint8)
    >>> idl.ncdf_close(cdfid)
    """
    key = varid_of(varid)
    name, dtype, dims, _ = nc.var_inq(cdfid, key)
    shape = nc.shape(cdfid, key)
    if isinstance(value, (str, bytes, np.str_)) or (
            isinstance(value, np.ndarray) and value.dtype.kind in "US"):
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if dtype.kind == "S" or dtype == np.int8 or dtype == np.uint8:
            data = _text_bytes(value, None)
        elif dtype is str or dtype.kind in "OU":
            data = np.asarray(value, dtype=object)
        else:
            raise CompatTypeError("String expression not allowed in this context: Value.")
    else:
        data = idl_literal(value)
        if data.dtype.kind not in "biuf":
            raise CompatTypeError(f"Value of type {data.dtype} cannot be written to a "
                                  "netCDF variable.")
    if not shape:
        nc.write(cdfid, key, converted(np.ravel(data)[0], dtype))
        return
    n = len(shape)
    idl_value_dims = list(np.shape(data))[::-1] or [1]
    if count is None:
        counts = (idl_value_dims + [1] * n)[:n]
        if int(np.prod(counts)) != data.size:
            raise CompatValueError(f"Value has more dimensions than variable {name}.")
    else:
        counts = ids(count)[:n]
        counts += [1] * (n - len(counts))
        if int(np.prod(counts)) > data.size:
            raise CompatValueError("Value has fewer elements than COUNT requests.")
    offsets = [0] * n if offset is None else (ids(offset) + [0] * n)[:n]
    strides = [1] * n if stride is None else (ids(stride) + [1] * n)[:n]
    idl_shape = list(shape)[::-1]
    unlimited = nc.unlimited_id(cdfid)
    slices = []
    for k, (size, first, step, many) in enumerate(zip(idl_shape, offsets, strides, counts)):
        last = first + (many - 1) * step
        growable = dims and dims[::-1][k] == unlimited
        if first < 0 or step < 1 or (last >= size and not growable):
            raise CompatValueError("Dimension bound exceeded. (NC_ERROR=-57)")
        slices.append(slice(first, last + 1, step))
    block = np.ravel(data)[:int(np.prod(counts))].reshape(counts[::-1])
    nc.write(cdfid, key, converted(block, dtype), tuple(slices[::-1]))


@idl_routine("NCDF_VARGET1")
def ncdf_varget1(cdfid, varid, *, offset=None):
    """Read one value of a variable, as IDL's ``NCDF_VARGET1, Cdfid, Varid, Value
    [, OFFSET=]``; returns ``Value``, a scalar of IDL's type (``OFFSET`` 0-based, in
    IDL's dimension order, zeros by default).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "1.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 3); y = idl.ncdf_dimdef(cdfid, 'y', 2)
    >>> v = idl.ncdf_vardef(cdfid, 'v', [x, y], short=True)
    >>> idl.ncdf_control(cdfid, endef=True); idl.ncdf_varput(cdfid, v, idl.indgen(3, 2))
    >>> idl.ncdf_varget1(cdfid, v, offset=[2, 1])
    np.int16(5)
    >>> idl.ncdf_close(cdfid)
    """
    key = varid_of(varid)
    shape = nc.shape(cdfid, key)
    if not shape:
        return as_idl(nc.read(cdfid, key))[()]
    index, _ = _hyperslab(shape, offset, [1] * len(shape), None)
    return as_idl(nc.read(cdfid, key, index)).reshape(-1)[0]


@idl_routine("NCDF_VARRENAME")
def ncdf_varrename(cdfid, varid, name):
    """Rename a variable, as IDL's ``NCDF_VARRENAME, Cdfid, Varid, Name`` (a classic
    file needs define mode for a longer name, as the netCDF library rules).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "n.nc"))
    >>> v = idl.ncdf_vardef(cdfid, 'old')
    >>> idl.ncdf_varrename(cdfid, v, 'new'); idl.ncdf_varinq(cdfid, v).NAME[0]
    'new'
    >>> idl.ncdf_close(cdfid)
    """
    if not isinstance(name, str):
        raise CompatTypeError("Name must be a string.")
    nc.rename_var(cdfid, varid_of(varid), name)


@idl_routine("NCDF_DIMRENAME")
def ncdf_dimrename(cdfid, dimid, name):
    """Rename a dimension, as IDL's ``NCDF_DIMRENAME, Cdfid, Dimid, Name``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> cdfid = idl.ncdf_create(os.path.join(tempfile.mkdtemp(), "d.nc"))
    >>> x = idl.ncdf_dimdef(cdfid, 'x', 4)
    >>> idl.ncdf_dimrename(cdfid, x, 'lon'); idl.ncdf_diminq(cdfid, x).name
    'lon'
    >>> idl.ncdf_close(cdfid)
    """
    if not isinstance(name, str):
        raise CompatTypeError("Name must be a string.")
    if isinstance(dimid, str):
        dimid = nc.dim_id(cdfid, dimid)
    nc.rename_dim(cdfid, int(dimid), name)


@idl_routine("NCDF_EXISTS")
def ncdf_exists():
    """Whether the netCDF routines are available, as IDL's ``Result = NCDF_EXISTS()``:
    1 when netCDF4-python (the extra ``compat[hdf5]``) can be imported, else 0.

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.ncdf_exists())
    1
    """
    try:
        nc.data_handles.netcdf4_module()
    except CompatValueError:
        return np.int16(0)
    return np.int16(1)
