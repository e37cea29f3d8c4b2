"""MATLAB's low-level netCDF interface, the ``netcdf.*`` package functions, as flat names:
``netcdf.open`` is ``matlab.netcdf_open``, ``netcdf.getVar`` is ``matlab.netcdf_getvar``
(``__legacy_names__`` lists them all).

These are the netCDF-C library's own calls (``nc_open``, ``nc_get_vars``, ...) with
MATLAB's three changes, which this module makes over the id-based core
:mod:`compat._core.netcdf_ids` (netCDF4-python, the optional extra ``compat[hdf5]``,
calling the same library):

- **Dimension order reversed**: MATLAB lists a variable's dimension ids, ``start``,
  ``count`` and ``stride`` fastest first (the C interface lists them slowest first), and
  returns the data in that order -- a variable that ncdump shows as ``v(y, x)`` is read
  as an ``x``-by-``y`` array, a 1-D variable as a column.
- **Ids and offsets stay zero-based**, as in C: ``netcdf.inqVar(ncid, 0)`` is the first
  variable, ``start = [0 0]`` the first element (a MathWorks support answer, "start =
  [startRow-1, startCol-1] because MATLAB is 1-indexed and NETCDF is 0-indexed").
- **Constants by name**: every mode, type and format argument may be a name that
  ``netcdf.getConstant`` knows (``'NC_NOWRITE'``, ``'NC_DOUBLE'``; case-insensitive, the
  ``NC_`` prefix optional, as the reference page's ``cmode = "NETCDF4"`` and a script's
  ``netcdf.defVar(nc, name, 'float', dimid)`` use them) or its number.

Numbers come back as doubles (ids, lengths, types), as MATLAB returns them; data in the
variable's class. Errors of the library are MATLAB's: ``The NetCDF library encountered
an error during execution of 'defVar' function - 'String match to name in use
(NC_ENAMEINUSE)'.`` (the text MATLAB prints, quoted in public scripts' comments; a
missing attribute is reported by ``'inqAtt'``, which ``netcdf.getAtt`` calls first).

Sources: MATLAB's reference pages of the netcdf package (syntax, dimension order,
``getVar``'s ``output_type``); the netCDF-C documentation and ``netcdf.h`` (constants,
error numbers and texts). GNU Octave 7.3's netcdf package (octave-netcdf 1.0.16), which
mirrors MATLAB's interface over the same library, is the oracle of the golden suite
``matlab/netcdf_library``.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import netcdf_ids, netcdf_storage
from compat._core.errors import CompatTypeError, CompatValueError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.netcdf_constants import CONSTANTS, FORMAT_NAMES, TYPE_DTYPES, type_number
from compat._core.hdf5 import matlab_value
from compat.matlab._netcdf_args import (CLASSES, char_matrix, constant, failure, found_id,
                                        id_of, ids_row, library, text_arg)

_CALLS = ["getConstant", "getConstantNames", "inqLibVers", "create", "open", "close",
          "endDef", "reDef", "sync", "setFill", "inq", "inqFormat", "inqUnlimDims",
          "defDim", "inqDim", "inqDimID", "renameDim", "defVar", "inqVar", "inqVarID",
          "renameVar", "getVar", "putVar"]
__legacy_names__ = {f"netcdf.{call}": f"netcdf_{call.lower()}" for call in _CALLS}
__all__ = sorted(__legacy_names__.values())


# ------------------------------------------------------------------ the library
@matlab_function("netcdf.getConstant")
def netcdf_getconstant(param_name):
    """Numeric value of a named netCDF constant, as MATLAB's ``netcdf.getConstant``.

    MATLAB call form::

        val = netcdf.getConstant(param_name)   ->  netcdf_getconstant('NC_DOUBLE')

    Names are case-insensitive and the ``NC_`` prefix may be left out. Returns a double,
    except the fill values, which keep their type's class (``NC_FILL_SHORT`` is int16).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.netcdf_getconstant('NC_DOUBLE')), float(matlab.netcdf_getconstant('global'))
    (6.0, -1.0)
    """
    name = text_arg(param_name, "param_name").strip().upper()
    key = name if name.startswith("NC_") else "NC_" + name
    if key not in CONSTANTS:
        raise MatlabValueError(f"'{param_name}' is not a recognized netCDF constant.",
                               "MATLAB:imagesci:netcdf:unrecognizedConstant")
    value = CONSTANTS[key]
    if isinstance(value, str):
        return value
    return np.float64(value) if isinstance(value, (int, float)) else value


@matlab_function("netcdf.getConstantNames")
def netcdf_getconstantnames():
    """Names of the netCDF constants ``netcdf.getConstant`` knows, as a column cell
    array (a Python list), as MATLAB's ``netcdf.getConstantNames``.

    MATLAB's list is its library's; this is compat's (the constants of ``netcdf.h``
    that MATLAB's netcdf functions take), sorted.

    Examples
    --------
    >>> from compat import matlab
    >>> 'NC_NOWRITE' in matlab.netcdf_getconstantnames()
    True
    """
    return sorted(CONSTANTS)


@matlab_function("netcdf.inqLibVers")
def netcdf_inqlibvers():
    """Version of the netCDF-C library in use (the one netCDF4-python is built on), as
    MATLAB's ``netcdf.inqLibVers``: text such as ``'4.9.2'``."""
    from compat._core.data_handles import netcdf4_module
    return str(netcdf4_module().__netcdf4libversion__).split(" ")[0]


# ------------------------------------------------------------------ files
_FORMAT_BITS = (("NC_NETCDF4", 4096), ("NC_64BIT_OFFSET", 512), ("NC_64BIT_DATA", 32))


@matlab_function("netcdf.create")
def netcdf_create(filename, cmode):
    """Create a netCDF file and return its id (in define mode), as MATLAB's
    ``netcdf.create``.

    MATLAB call form::

        ncid = netcdf.create(filename, cmode)  ->  netcdf_create('f.nc', 'NC_NOCLOBBER')

    ``cmode``: ``'NC_NOCLOBBER'`` (fail if the file exists), ``'NC_CLOBBER'``,
    ``'NC_64BIT_OFFSET'``, ``'NC_NETCDF4'``, ``'NC_CLASSIC_MODEL'`` (with NETCDF4),
    ``'NC_SHARE'`` (accepted, no effect here), or their numbers combined with ``bitor``;
    without a format flag the file has the default format (classic unless
    ``netcdf.setDefaultFormat`` changed it).
    The id is the library's (65536 for the first open file). CDF-5 (``NC_64BIT_DATA``)
    files are refused.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), 'f.nc')
    >>> ncid = matlab.netcdf_create(path, 'NC_CLOBBER')
    >>> matlab.netcdf_inqformat(ncid)
    'FORMAT_CLASSIC'
    >>> matlab.netcdf_close(ncid)
    """
    path = os.fspath(text_arg(filename, "filename") if not isinstance(filename, os.PathLike)
                     else filename)
    mode = constant(cmode, "creation mode")
    if mode & 32:
        raise CompatValueError("CDF-5 (NC_64BIT_DATA) files are not supported by compat.")
    if mode & 4096:
        file_format = "netcdf4_classic" if mode & 256 else "netcdf4"
    elif mode & 512:
        file_format = "64bit"
    else:                   # no format named: the default (netcdf.setDefaultFormat)
        file_format = netcdf_storage.default_format()
        if file_format == "netcdf4" and mode & 256:
            file_format = "netcdf4_classic"
    with library("create"):
        return float(netcdf_ids.create(path, clobber=not mode & 4,
                                       file_format=file_format))


@matlab_function("netcdf.open")
def netcdf_open(source, mode="NC_NOWRITE"):
    """Open a netCDF file and return its id (in data mode), as MATLAB's ``netcdf.open``.

    MATLAB call forms::

        ncid = netcdf.open(source)             ->  netcdf_open('f.nc')
        ncid = netcdf.open(source, mode)       ->  netcdf_open('f.nc', 'NC_WRITE')

    ``mode``: ``'NC_NOWRITE'`` (the default), ``'NC_WRITE'``, ``'NC_SHARE'`` (with
    write access) or a number; as in every netCDF constant's name, case is ignored and
    the ``NC_`` prefix is optional (``'NOWRITE'``, ``'write'``, ``'share'``; MATLAB's
    netcdf.getConstant page). A missing file is the library's ``No such file or
    directory (ENOENT)``.
    """
    path = os.fspath(text_arg(source, "source") if not isinstance(source, os.PathLike)
                     else source)
    flags = constant(mode, "open mode")
    with library("open"):
        if not os.path.isfile(path):
            raise failure("open", 2)
        return float(netcdf_ids.open_file(path, write=bool(flags & (1 | 2048))))


@matlab_function("netcdf.close")
def netcdf_close(ncid):
    """Close a netCDF file (leaving define mode first), as MATLAB's ``netcdf.close``."""
    with library("close"):
        netcdf_ids.close(id_of(ncid))


@matlab_function("netcdf.endDef")
def netcdf_enddef(ncid, *tuning):
    """Leave define mode, as MATLAB's ``netcdf.endDef`` (the four classic-format
    alignment arguments are accepted and not applied)."""
    with library("endDef"):
        netcdf_ids.end_define(id_of(ncid))


@matlab_function("netcdf.reDef")
def netcdf_redef(ncid):
    """Enter define mode, as MATLAB's ``netcdf.reDef``."""
    with library("reDef"):
        netcdf_ids.redefine(id_of(ncid))


@matlab_function("netcdf.sync")
def netcdf_sync(ncid):
    """Write the file's buffers to disk, as MATLAB's ``netcdf.sync``."""
    with library("sync"):
        netcdf_ids.dataset(id_of(ncid)).sync()


@matlab_function("netcdf.setFill")
def netcdf_setfill(ncid, new_mode):
    """Set the fill mode (``'NC_FILL'`` or ``'NC_NOFILL'``) and return the previous one
    as a number (0 or 256), as MATLAB's ``netcdf.setFill``."""
    mode = constant(new_mode, "fill mode")
    with library("setFill"):
        before = netcdf_ids.set_fill(id_of(ncid), mode != 256)
    return np.float64(0 if before else 256)


@matlab_function("netcdf.inq", nargout=4)
def netcdf_inq(ncid, *, nargout=1):
    """``[ndims, nvars, ngatts, unlimdimid] = netcdf.inq(ncid)``: the numbers of
    dimensions, variables and global attributes and the unlimited dimension's id (-1
    when there is none), as doubles."""
    with library("inq"):
        values = netcdf_ids.inquire(id_of(ncid))
    values = tuple(np.float64(v) for v in values)
    return values[0] if nargout == 1 else values[:nargout]


@matlab_function("netcdf.inqFormat")
def netcdf_inqformat(ncid):
    """The file's format, as MATLAB's ``netcdf.inqFormat``: ``'FORMAT_CLASSIC'``,
    ``'FORMAT_64BIT'``, ``'FORMAT_NETCDF4'`` or ``'FORMAT_NETCDF4_CLASSIC'``."""
    with library("inqFormat"):
        return FORMAT_NAMES[netcdf_ids.file_model(id_of(ncid))]


@matlab_function("netcdf.inqUnlimDims")
def netcdf_inqunlimdims(ncid):
    """Ids of the unlimited dimensions of a file or group (int32 row), as MATLAB's
    ``netcdf.inqUnlimDims``."""
    with library("inqUnlimDims"):
        ids = netcdf_ids.unlimited_ids(id_of(ncid))
    return np.array(ids, dtype=np.int32).reshape(1, -1)


# ------------------------------------------------------------------ dimensions
@matlab_function("netcdf.defDim")
def netcdf_defdim(ncid, dimname, dimlen):
    """Define a dimension and return its id, as MATLAB's ``netcdf.defDim``; a length of
    ``netcdf.getConstant('NC_UNLIMITED')`` (0) makes the unlimited dimension."""
    name = text_arg(dimname, "dimname")
    length = id_of(dimlen, "dimlen")
    with library("defDim"):
        return np.float64(netcdf_ids.def_dim(id_of(ncid), name, length or None))


@matlab_function("netcdf.inqDim", nargout=2)
def netcdf_inqdim(ncid, dimid, *, nargout=1):
    """``[dimname, dimlen] = netcdf.inqDim(ncid, dimid)``: a dimension's name and
    current length (an unlimited one's number of records)."""
    with library("inqDim"):
        name, length = netcdf_ids.dim_inq(id_of(ncid), id_of(dimid, "dimid"))
    return name if nargout == 1 else (name, np.float64(length))


@matlab_function("netcdf.inqDimID")
def netcdf_inqdimid(ncid, dimname):
    """Id of the dimension ``dimname``, as MATLAB's ``netcdf.inqDimID``."""
    name = text_arg(dimname, "dimname")
    with library("inqDimID"):
        return found_id("inqDimID", netcdf_ids.dim_id(id_of(ncid), name), -46)


@matlab_function("netcdf.renameDim")
def netcdf_renamedim(ncid, dimid, newname):
    """Rename a dimension, as MATLAB's ``netcdf.renameDim``."""
    with library("renameDim"):
        netcdf_ids.rename_dim(id_of(ncid), id_of(dimid, "dimid"), text_arg(newname, "newName"))


# ------------------------------------------------------------------ variables
def _xtype(value, ncid):
    """A numpy dtype for a netCDF type, or the user-defined type (netcdf.defVlen's id)
    of that number visible from ``ncid``."""
    code = constant(value, "data type")
    if code not in TYPE_DTYPES:
        found = netcdf_ids.user_type(ncid, code) if code >= 32 else None
        if found is None:
            raise failure("defVar", -45)
        return found
    return TYPE_DTYPES[code]


@matlab_function("netcdf.defVar")
def netcdf_defvar(ncid, varname, xtype, dimids):
    """Define a variable and return its id, as MATLAB's ``netcdf.defVar``.

    MATLAB call form::

        varid = netcdf.defVar(ncid, varname, xtype, dimids)
            ->  netcdf_defvar(ncid, 'T', 'NC_FLOAT', [lon_id, lat_id, time_id])

    ``xtype``: ``'NC_DOUBLE'``, ``'NC_FLOAT'``, ``'NC_INT'``, ``'NC_SHORT'``,
    ``'NC_BYTE'``, ``'NC_CHAR'`` and, in netCDF-4 files, ``'NC_INT64'``,
    ``'NC_UINT64'``, ``'NC_UINT'``, ``'NC_USHORT'``, ``'NC_UBYTE'``, ``'NC_STRING'``
    (or their numbers), or the id of an NC_VLEN type from ``netcdf.defVlen``.
    ``dimids`` in MATLAB's order, fastest first -- the unlimited dimension last -- the
    reverse of the C interface and of ncdump's listing.
    """
    name = text_arg(varname, "varname")
    with library("defVar"):
        dtype = _xtype(xtype, id_of(ncid))
    ids = [int(v) for v in np.ravel(np.asarray([] if dimids is None else dimids,
                                               dtype=np.float64))]
    if isinstance(dtype, np.dtype) and dtype.kind == "O":
        dtype = str
    with library("defVar"):
        varid = netcdf_ids.def_var(id_of(ncid), name, dtype, ids[::-1])
    return np.float64(varid)


@matlab_function("netcdf.inqVar", nargout=4)
def netcdf_inqvar(ncid, varid, *, nargout=1):
    """``[varname, xtype, dimids, natts] = netcdf.inqVar(ncid, varid)``: name, type
    number (a user-defined type's id for an NC_VLEN variable), dimension ids in MATLAB's
    (reversed) order and number of attributes."""
    with library("inqVar"):
        name, dtype, dims, natts = netcdf_ids.var_inq(id_of(ncid), id_of(varid, "varid"))
        datatype = netcdf_ids.var_datatype(id_of(ncid), id_of(varid, "varid"))
    number = (int(datatype._nc_type) if netcdf_ids.is_vlen(datatype) else
              type_number(dtype))
    values = (name, np.float64(number), ids_row(dims[::-1]), np.float64(natts))
    return values[0] if nargout == 1 else values[:nargout]


@matlab_function("netcdf.inqVarID")
def netcdf_inqvarid(ncid, varname):
    """Id of the variable ``varname``, as MATLAB's ``netcdf.inqVarID``."""
    name = text_arg(varname, "varname")
    with library("inqVarID"):
        return found_id("inqVarID", netcdf_ids.var_id(id_of(ncid), name), -49)


@matlab_function("netcdf.renameVar")
def netcdf_renamevar(ncid, varid, newname):
    """Rename a variable, as MATLAB's ``netcdf.renameVar``."""
    with library("renameVar"):
        netcdf_ids.rename_var(id_of(ncid), id_of(varid, "varid"), text_arg(newname, "newName"))


def _hyperslab(call, shape, unlimited, start, count, stride, *, writing=False):
    """C-order slices for MATLAB-ordered zero-based ``start``/``count``/``stride``;
    the library's bound checks (an unlimited dimension may grow on write)."""
    n = len(shape)

    def vector(value, default):
        if value is None:
            return [default] * n
        values = [int(v) for v in np.ravel(np.asarray(value, dtype=np.float64))]
        if len(values) != n:
            raise failure(call, -36)
        return values[::-1]

    start = vector(start, 0)
    count = vector(count, 1)
    stride = vector(stride, 1)
    index = []
    for k in range(n):
        if stride[k] < 1:
            raise failure(call, -58)
        grows = writing and unlimited[k]
        if start[k] < 0 or (start[k] > shape[k] if grows else start[k] >= shape[k]
                            and count[k] > 0):
            raise failure(call, -40)
        last = start[k] + (count[k] - 1) * stride[k] if count[k] else start[k] - 1
        if count[k] < 0 or (not grows and last >= shape[k]):
            raise failure(call, -57)
        index.append(slice(start[k], last + 1, stride[k]))
    return tuple(index), tuple(len(range(s.start, s.stop, s.step)) for s in index)


def _output(data: np.ndarray, output_type):
    if output_type is None:
        if data.dtype.kind == "S":
            return char_matrix(data)
        if data.ndim > 1 and data.dtype.kind not in "OU":
            return data.astype(data.dtype.newbyteorder("="), copy=False).transpose()
        return matlab_value(data)
    target = np.dtype(CLASSES[output_type])
    if data.dtype.kind in "SOU":
        raise failure("getVar", -56)
    if target.kind in "iu" and data.dtype.kind == "f":
        info = np.iinfo(target)
        with np.errstate(invalid="ignore"):
            if np.any(~np.isfinite(data)) or np.any(data < info.min) or np.any(
                    data > info.max):
                raise failure("getVar", -60)
        data = np.trunc(data)
    elif target.kind in "iu" and data.size:
        info = np.iinfo(target)
        if int(data.min()) < info.min or int(data.max()) > info.max:
            raise failure("getVar", -60)
    return matlab_value(data.astype(target))


@matlab_function("netcdf.getVar")
def netcdf_getvar(ncid, varid, *args):
    """Read a variable or part of it, as MATLAB's ``netcdf.getVar``.

    MATLAB call forms::

        data = netcdf.getVar(ncid, varid)                       ->  whole variable
        data = netcdf.getVar(ncid, varid, start)                ->  one value
        data = netcdf.getVar(ncid, varid, start, count)         ->  a block
        data = netcdf.getVar(ncid, varid, start, count, stride) ->  every stride-th
        data = netcdf.getVar(___, output_type)                  ->  'double', 'int16', ...

    ``start`` is zero-based, and ``start``/``count``/``stride`` are in MATLAB's order
    (fastest dimension first). The result is in MATLAB's layout: the C dimensions
    reversed (a 1-D variable as a column, a scalar 1x1), of the variable's class, with
    fill values and ``scale_factor``/``add_offset`` **not** applied (``ncread`` applies
    them). ``output_type`` converts as the library does (C's conversion: truncation
    toward zero, ``NC_ERANGE`` when a value does not fit). NC_CHAR data come as MATLAB's
    char array in that layout (a numpy array of ``str`` rows; ``str`` for one row).

    Differences from ``netCDF4.Dataset(f)[name][...]``: the reversed order (numpy's
    array is the transpose of MATLAB's), no masking or scaling, zero-based bounds that
    the library checks (numpy slicing would silently return less).
    """
    args = list(args)
    output_type = None
    if args and isinstance(args[-1], str):
        output_type = args.pop().lower()
        if output_type not in CLASSES:
            raise MatlabValueError(f"'{output_type}' is not a valid output type.",
                                   "MATLAB:imagesci:netcdf:badOutputType")
    if len(args) > 3:
        raise CompatTypeError("netcdf.getVar takes at most start, count, stride and "
                              "output_type")
    start, count, stride = (args + [None, None, None])[:3]
    with library("getVar"):
        nc = id_of(ncid)
        variable = id_of(varid, "varid")
        shape = netcdf_ids.shape(nc, variable)
        if start is None:
            data = netcdf_ids.read(nc, variable)
        else:
            if count is None:
                count = [1] * len(shape)
            index, _ = _hyperslab("getVar", shape, [False] * len(shape), start, count,
                                  stride)
            data = netcdf_ids.read(nc, variable, index)
        if netcdf_ids.is_vlen(netcdf_ids.var_datatype(nc, variable)):
            if output_type is not None:
                raise failure("getVar", -45)
            return _vlen_cells(np.asarray(data, dtype=object))
    return _output(np.asarray(data), output_type)


def _vlen_cells(data: np.ndarray):
    """An NC_VLEN variable's values (C order) as MATLAB's cell array in MATLAB's
    layout: a list (a 1-D variable's column), nested lists for two dimensions; each
    element a row of the base type's class, as Octave 7.3 returns them."""
    cells = np.empty(data.shape, dtype=object)
    for k, element in np.ndenumerate(data):
        cells[k] = np.asarray(element).reshape(1, -1)
    if cells.ndim == 0:
        return [cells.item()]
    cells = cells.transpose()
    if cells.ndim == 1:
        return list(cells)
    if cells.ndim == 2:
        return [list(row) for row in cells]
    return cells


def _stored_vlen(values, base: np.dtype, shape_c: tuple):
    """MATLAB's cell array (a list, nested lists, or an object array in MATLAB's
    layout) as the C-ordered object array of an NC_VLEN variable's elements."""
    if isinstance(values, np.ndarray):
        if values.dtype != object:
            raise CompatTypeError("data for an NC_VLEN variable must be a cell array "
                                  "(a list)")
        cells = values
    elif isinstance(values, list) and values and all(isinstance(r, list) for r in values):
        cells = np.empty((len(values), len(values[0])), dtype=object)
        for i, row in enumerate(values):
            for j, element in enumerate(row):
                cells[i, j] = element
    elif isinstance(values, (list, tuple)):
        cells = np.empty(len(values), dtype=object)
        for i, element in enumerate(values):
            cells[i] = element
    else:
        raise CompatTypeError("data for an NC_VLEN variable must be a cell array (a list)")
    flat = cells.ravel(order="F")
    if flat.size != int(np.prod(shape_c)):
        raise CompatValueError(f"The number of elements of data ({flat.size}) must "
                               f"match the count ({int(np.prod(shape_c))}).")
    out = np.empty(flat.size, dtype=object)
    for k, element in enumerate(flat):
        out[k] = np.ravel(np.asarray(element), order="F").astype(base.newbyteorder("="))
    return out.reshape(shape_c[::-1], order="F").transpose() if shape_c else out[0]


def _stored(values, dtype: np.dtype, shape_c: tuple):
    """MATLAB data (MATLAB's layout) as a C-ordered array of the variable's type."""
    if dtype is str or np.dtype(dtype).kind in "OU":        # NC_STRING: text elements
        text = np.asarray([values] if isinstance(values, str) else values, dtype=object)
        flat = text.ravel(order="F")
        if flat.size != int(np.prod(shape_c)):
            raise CompatValueError(f"The number of elements of data ({flat.size}) must "
                                   f"match the count ({int(np.prod(shape_c))}).")
        return flat.reshape(shape_c[::-1], order="F").transpose() if shape_c else flat[0]
    if dtype.kind == "S":
        if isinstance(values, str):
            values = np.array([values])
        text = np.asarray(values, dtype=str)
        chars = np.array([[c.encode("latin-1") for c in row] for row in
                          np.ravel(text)], dtype="S1") if text.size else np.empty((0,), "S1")
        flat = chars.reshape(text.size, -1).ravel(order="F")
        return flat.reshape(shape_c[::-1], order="F").transpose() if shape_c else flat[0]
    array = np.asarray(values)
    if array.dtype.kind in "SU":
        raise failure("putVar", -56)
    if array.ndim > 1 and array.shape == tuple(shape_c[::-1]):
        data = array                      # already MATLAB's shape: no reordering copy
    else:
        flat = array.ravel(order="F")
        if flat.size != int(np.prod(shape_c)):
            raise CompatValueError(f"The number of elements of data ({flat.size}) must "
                                   f"match the count ({int(np.prod(shape_c))}).")
        data = flat.reshape(shape_c[::-1], order="F")
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        if data.size and (np.any(~np.isfinite(data.astype(np.float64))) or
                          data.min() < info.min or data.max() > info.max):
            raise failure("putVar", -60)
        if data.dtype.kind == "f":
            data = np.trunc(data)
    stored = data.astype(dtype.newbyteorder("="), copy=False).transpose()
    return stored if shape_c else stored.reshape(-1)[0]


@matlab_function("netcdf.putVar")
def netcdf_putvar(ncid, varid, *args):
    """Write a variable or part of it, as MATLAB's ``netcdf.putVar``.

    MATLAB call forms::

        netcdf.putVar(ncid, varid, data)                        ->  whole variable
        netcdf.putVar(ncid, varid, start, data)                 ->  one value
        netcdf.putVar(ncid, varid, start, count, data)          ->  a block
        netcdf.putVar(ncid, varid, start, count, stride, data)

    ``data`` in MATLAB's layout (its elements taken in column-major order, as many as
    ``count`` asks for); zero-based ``start``, MATLAB's dimension order. Values are
    converted to the variable's type as the library converts (truncation toward zero;
    ``NC_ERANGE`` when one does not fit). Writing past the end of the unlimited
    dimension adds records.
    """
    if not 1 <= len(args) <= 4:
        raise CompatTypeError("netcdf.putVar takes data, or start[, count[, stride]] "
                              "and data")
    *where, data = args
    with library("putVar"):
        nc = id_of(ncid)
        variable = id_of(varid, "varid")
        ds = netcdf_ids.dataset(nc)
        name, dtype, dims, _ = netcdf_ids.var_inq(nc, variable)
        shape = netcdf_ids.shape(nc, variable)
        unlimited = [_is_unlimited(ds, d) for d in dims]
        vlen = netcdf_ids.is_vlen(netcdf_ids.var_datatype(nc, variable))
        if vlen:
            def stored(values, dtype_, counts):
                return _stored_vlen(values, np.dtype(dtype_), counts)
        else:
            stored = _stored
        if not where:
            if any(unlimited):      # the records the data hold (MATLAB's size)
                n = len(shape)
                size = (len(data),) if vlen and isinstance(data, list) else np.shape(data)
                count = [int(np.prod(size))] if n == 1 else (list(size) + [1] * n)[:n]
                where = [[0] * n, count]
            else:
                netcdf_ids.write(nc, variable, stored(data, dtype, tuple(shape)),
                                 tuple(slice(0, n) for n in shape) if shape else None)
                return
        start = where[0]
        count = where[1] if len(where) > 1 else [1] * len(shape)
        stride = where[2] if len(where) > 2 else None
        index, counts = _hyperslab("putVar", shape, unlimited, start, count, stride,
                                   writing=True)
        netcdf_ids.write(nc, variable, stored(data, dtype, counts), index)


def _is_unlimited(ds, dimid) -> bool:
    group = ds
    while group is not None:
        for dim in group.dimensions.values():
            if dim._dimid == int(dimid):
                return dim.isunlimited()
        group = group.parent
    return False
