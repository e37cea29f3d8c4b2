"""netCDF files by id, as the netCDF-C library's own interface sees them: the core of
IDL's ``NCDF_*`` routines and of MATLAB's ``nccreate``/``ncwriteatt``.

Python-shaped: dimensions in the file's C order (slowest first, as CDL and
netCDF4-python list them), 0-based offsets, numpy dtypes; the IDL layer reverses the
order and maps IDL's type names. Files are opened with netCDF4-python (the optional
extra ``compat[hdf5]``), which calls the netCDF-C library as IDL does, so a file written
here is the file IDL (and GDL, and ncdump) would write: dimension and variable ids in
definition order, the library's fill values, classic (CDF-1), 64-bit offset (CDF-2) or
netCDF-4 (HDF5) format. Ids live in the one handle table
(:mod:`compat._core.data_handles`).

**Define mode** is kept as the library keeps it for classic files: a created file is in
define mode until ``end_define``; an opened one is in data mode until ``redefine``.
Dimensions, variables and new attributes need define mode, data access needs data mode
(the library's NC_ENOTINDEFINE and NC_EINDEFINE). netCDF-4 files (not the classic model)
have no such rule: the library switches by itself. In classic and classic-model files
compat's define mode **is the library's**: netCDF4-python would leave define mode after
every definition (``nc_redef``/``nc_enddef`` around each call), which commits the header
-- and in a netCDF-4 classic-model file creates the variable's HDF5 dataset, after which
the library refuses storage settings (NC_ELATEDEF) --, so compat tells netCDF4-python
the file is netCDF-4 (its ``data_model``, which only steers that switching) and calls
``nc_redef``/``nc_enddef``/``nc_abort`` itself (:func:`clib`, the very library
netCDF4-python calls). :func:`data_model` gives the file's real model.

**Groups** (netCDF-4): a group is named by an id as a file is -- the netCDF-C
library's ncid, the file's id plus the group's number in the file (1, 2, ... in the
order the library meets the groups: as created while a file is written, depth first when
it is opened; GDL 1.0.1 prints 65537, 65538 ... for the groups of the first file). Every routine that takes a file id
takes a group id and acts in that group; dimensions are visible in the group that
defines them and in its descendants, and dimension ids are numbered across the whole
file (netCDF-C's rules, "Groups" in the netCDF-C documentation). A group id shares its
file's define mode and permissions.

The messages raised are IDL's (as GDL 1.0.1 prints them, with the netCDF-C error
number); the MATLAB layer words its own.
"""

from __future__ import annotations

import ctypes
import functools
import os

import numpy as np

from compat._core import data_handles
from compat._core.errors import CompatValueError

__all__ = ["create", "open_file", "close", "end_define", "redefine", "set_fill",
           "def_dim", "dim_id", "dim_inq", "def_var", "var_id", "var_inq", "read",
           "write", "put_att", "get_att", "att_names", "inquire", "dataset", "FORMATS",
           "delete_att", "rename_att", "rename_var", "rename_dim", "unlimited_id", "shape",
           "var_name", "groups", "group_name", "full_group_name", "group_parent",
           "def_group", "group_ncid", "dim_ids", "var_ids", "unlimited_ids", "copy_att",
           "abort", "clib", "library_call", "data_model", "file_model", "var_datatype",
           "is_vlen", "def_vlen", "user_type"]

#: format names (IDL's keywords, MATLAB's Format option) -> netCDF4-python's
FORMATS = {"classic": "NETCDF3_CLASSIC", "64bit": "NETCDF3_64BIT_OFFSET",
           "netcdf4": "NETCDF4", "netcdf4_classic": "NETCDF4_CLASSIC"}
_BAD_ID = "{id} is not a valid cdfid. (NC_ERROR=-33)"
_NOT_DEFINE = " Unable to define variable, not in define mode. (NC_ERROR=-38)"
_IN_DEFINE = " Cannot acces data in DEFINE mode. (NC_ERROR=-39)"
_BAD_GROUP = "NetCDF: Bad group ID (NC_ERROR=-116)"
_NO_GROUP = "No group found. (NC_ERROR=-125)"
_NOT_NC4 = "NetCDF: Attempting netcdf-4 operation on netcdf-3 file (NC_ERROR=-111)"
_STEP = data_handles.NETCDF_ID_STEP


def _handle(cdfid):
    try:
        return data_handles.lookup(cdfid, ("netcdf",), _BAD_ID)
    except CompatValueError:
        group = _find_group(cdfid)
        if group is None:
            raise
        return group


def _root(handle):
    """The file's handle of a file or group handle (define mode and permissions)."""
    if handle.parent is None:
        return handle
    return data_handles.lookup(handle.parent, ("netcdf",), _BAD_ID)


def _walk(group):
    """A group's descendants, depth first in the library's order."""
    for child in group.groups.values():
        yield child
        yield from _walk(child)


def _find_group(cdfid):
    """The handle of a group id not handed out yet (the library's ncid of a group of an
    open file, which a program may have kept or computed), else None."""
    try:
        number = int(cdfid)
    except (TypeError, ValueError):
        return None
    low = number % _STEP
    if low == 0:
        return None
    try:
        root = data_handles.lookup(number - low, ("netcdf",), "")
    except CompatValueError:
        return None
    for group in _walk(root.obj):
        if group._grpid % _STEP == low:
            return data_handles.lookup(_group_id(root, group), (), "")
    return None


def _group_id(root, group) -> int:
    """The id of ``group`` of the file ``root`` (a handle), entered in the table."""
    number = root.number + group._grpid % _STEP
    if number != root.number:
        try:
            data_handles.lookup(number, ("netcdf",), "")
        except CompatValueError:
            data_handles.register("netcdf", group, path=root.path, parent=root.number,
                                  number=number)
    return number


def dataset(cdfid):
    """The ``netCDF4.Dataset`` behind an id."""
    return _handle(cdfid).obj


@functools.lru_cache(maxsize=None)
def clib():
    """The netCDF-C library netCDF4-python calls, through ctypes: symbols are looked up
    through netCDF4-python's extension module, whose dependencies include that very
    library (a second copy would have its own table of open files)."""
    netCDF4 = data_handles.netcdf4_module()
    lib = ctypes.CDLL(netCDF4._netCDF4.__file__)
    lib.nc_strerror.restype = ctypes.c_char_p
    return lib


def library_call(status: int) -> None:
    """Raise the library's error for a non-zero status, with its text and number."""
    if status:
        text = clib().nc_strerror(int(status)).decode("latin-1")
        raise CompatValueError(f"{text} (NC_ERROR={int(status)})")


def _manage(ds):
    """Take over define mode of a classic or classic-model file (see the module's
    docstring); netCDF4-python's ``file_format`` keeps the real model."""
    if ds.data_model != "NETCDF4":
        type(ds).__dict__["data_model"].__set__(ds, "NETCDF4")
    return ds


def _managed(ds) -> bool:
    return ds.data_model != ds.file_format


def data_model(ds) -> str:
    """A dataset's real data model (netCDF4-python's names)."""
    return ds.file_format


def file_model(cdfid) -> str:
    """The data model of the file an id (file or group) belongs to."""
    ds = dataset(cdfid)
    while ds.parent is not None:
        ds = ds.parent
    return data_model(ds)


def _classic_model(ds) -> bool:
    return data_model(ds) != "NETCDF4"


def _quiet(ds):
    ds.set_auto_maskandscale(False)
    ds.set_auto_chartostring(False)
    return ds


def create(path, *, clobber=False, file_format="classic") -> int:
    """A new file in define mode; ``clobber`` allows replacing an existing one."""
    netCDF4 = data_handles.netcdf4_module()
    path = os.fspath(path)
    if os.path.exists(path) and not clobber:
        raise CompatValueError(f'Unable to create the file "{path}". (NC_ERROR=-35)')
    try:
        ds = netCDF4.Dataset(path, "w", clobber=True, format=FORMATS[file_format])
    except OSError:
        raise CompatValueError(f'Unable to create the file "{path}". (NC_ERROR=-35)') \
            from None
    handle = data_handles.register("netcdf", _manage(_quiet(ds)), path=path, define=True)
    data_handles.lookup(handle, (), "").options["new"] = True
    return handle


def open_file(path, *, write=False) -> int:
    """An existing file, in data mode."""
    netCDF4 = data_handles.netcdf4_module()
    path = os.fspath(path)
    if not os.path.isfile(path):
        raise CompatValueError(f'Unable to open the file "{path}". (NC_ERROR=2)')
    try:
        ds = netCDF4.Dataset(path, "r+" if write else "r")
    except OSError:
        raise CompatValueError(f'Unable to open the file "{path}". (NC_ERROR=-51)') \
            from None
    handle = data_handles.register("netcdf", _manage(_quiet(ds)), path=path)
    data_handles.lookup(handle, (), "").options["write"] = bool(write)
    return handle


def close(cdfid) -> None:
    """Close a file (a group id is the library's NC_EBADGRPID) and its group ids."""
    handle = _handle(cdfid)
    if handle.parent is not None:
        raise CompatValueError(_BAD_GROUP)
    for number in data_handles.open_handles("netcdf"):
        if data_handles.lookup(number, (), "").parent == handle.number:
            data_handles.release(number)
    data_handles.release(handle.number)
    handle.obj.close()


def abort(cdfid) -> None:
    """``nc_abort``: close a file, discarding the definitions made since it entered
    define mode -- a file still in the define mode of its creation is deleted (the
    library's rule, applied by the library itself). A group's id aborts its file, as
    ``nc_abort`` does (``nc_close`` refuses one)."""
    handle = _root(_handle(cdfid))
    ds = handle.obj
    for number in data_handles.open_handles("netcdf"):
        if data_handles.lookup(number, (), "").parent == handle.number:
            data_handles.release(number)
    data_handles.release(handle.number)
    status = clib().nc_abort(ctypes.c_int(ds._grpid))
    type(ds).__dict__["_isopen"].__set__(ds, 0)
    library_call(status)


def _need_define(handle):
    handle = _root(handle)
    if not handle.define and _classic_model(handle.obj):
        raise CompatValueError(_NOT_DEFINE)


def _need_data(handle):
    handle = _root(handle)
    if handle.define and _classic_model(handle.obj):
        raise CompatValueError(_IN_DEFINE)


def _writable(handle):
    handle = _root(handle)
    if not handle.define and not handle.options.get("write", True):
        raise CompatValueError("Write permission not enabled. (NC_ERROR=-37)")


def end_define(cdfid) -> None:
    handle = _root(_handle(cdfid))
    if not handle.define:
        raise CompatValueError(_NOT_DEFINE)
    if _managed(handle.obj):
        library_call(clib().nc_enddef(ctypes.c_int(handle.obj._grpid)))
    handle.define = False
    handle.options.pop("new", None)


def redefine(cdfid) -> None:
    handle = _root(_handle(cdfid))
    if handle.define:
        raise CompatValueError(_IN_DEFINE)
    _writable(handle)
    if _managed(handle.obj):
        library_call(clib().nc_redef(ctypes.c_int(handle.obj._grpid)))
    handle.define = True


def set_fill(cdfid, fill: bool) -> bool:
    """The library's fill mode; returns the previous one."""
    handle = _root(_handle(cdfid))
    before = handle.fill
    handle.fill = bool(fill)
    handle.obj.set_fill_on() if fill else handle.obj.set_fill_off()
    return before


# ------------------------------------------------------------------------ dimensions
def _dimensions(ds) -> list:
    """A group's own dimensions in id order (netCDF4-python's dict moves a renamed one
    last)."""
    return sorted(ds.dimensions.values(), key=lambda d: d._dimid)


def _visible(ds) -> list:
    """The dimensions a group sees: its own, then its ancestors' (nearest first)."""
    out = []
    while ds is not None:
        out.extend(_dimensions(ds))
        ds = ds.parent
    return out


def _dimension(ds, dimid):
    """The visible dimension whose id is ``dimid`` (ids are numbered across the file)."""
    for dim in _visible(ds):
        if dim._dimid == int(dimid):
            return dim
    raise CompatValueError(f"Invalid dimension or name.  ID = {int(dimid)} "
                           "(NC_ERROR=-46)")


def def_dim(cdfid, name: str, size: int | None) -> int:
    """A new dimension (``size`` None: the unlimited one); its id."""
    handle = _handle(cdfid)
    _writable(handle)
    _need_define(handle)
    ds = handle.obj
    if name in ds.dimensions:
        raise CompatValueError("(NC_ERROR=-42)")
    if size is None and _classic_model(ds) and any(d.isunlimited()
                                                   for d in _dimensions(ds)):
        raise CompatValueError("(NC_ERROR=-44)")
    return ds.createDimension(name, size)._dimid


def dim_id(cdfid, name: str) -> int:
    """The id of a visible dimension (the nearest group's), -1 when there is none."""
    for dim in _visible(dataset(cdfid)):
        if dim.name == name:
            return dim._dimid
    return -1


def dim_inq(cdfid, dimid: int) -> tuple[str, int]:
    """``(name, current length)`` of a visible dimension."""
    dim = _dimension(dataset(cdfid), dimid)
    return dim.name, len(dim)


def unlimited_id(cdfid) -> int:
    """The id of the (first) unlimited dimension, -1 when there is none."""
    for dim in _dimensions(dataset(cdfid)):
        if dim.isunlimited():
            return dim._dimid
    return -1


# ------------------------------------------------------------------------- variables
def _variable(ds, varid):
    if isinstance(varid, str):
        if varid in ds.variables:
            return ds.variables[varid]
        raise CompatValueError(f'Variable enquiry failed, "{varid}" is not a valid '
                               "variable id. (NC_ERROR=-49)")
    if isinstance(varid, (int, np.integer)):
        for variable in ds.variables.values():
            if variable._varid == int(varid):
                return variable
    raise CompatValueError(f"Variable enquiry failed, {varid} is not a valid variable "
                           "id. (NC_ERROR=-49)")


def def_var(cdfid, name: str, dtype, dimids=(), *, chunks=None, deflate=None,
            shuffle=False, fill_value=None, contiguous=False) -> int:
    """A new variable over the dimensions ``dimids`` (C order); its id. ``dtype`` is a
    numpy dtype, ``'S1'`` for NC_CHAR or ``str`` for NC_STRING. ``contiguous`` stores
    a netCDF-4 variable in one block (netCDF-3 variables always are): not with
    chunking or compression, nor over the unlimited dimension (netCDF-C refuses)."""
    handle = _handle(cdfid)
    _writable(handle)
    _need_define(handle)
    ds = handle.obj
    names = tuple(_dimension(ds, k) for k in dimids)
    if name in ds.variables:
        raise CompatValueError("(NC_ERROR=-42)")
    options = {}
    if data_model(ds) not in ("NETCDF4", "NETCDF4_CLASSIC"):
        deflate = shuffle = contiguous = False      # no storage settings in netCDF-3
        chunks = None
    if contiguous:
        if chunks is not None or deflate or shuffle:
            raise CompatValueError("CONTIGUOUS storage cannot be combined with "
                                   "CHUNK_DIMENSIONS, GZIP or SHUFFLE.")
        if any(dim.isunlimited() for dim in names):
            raise CompatValueError("CONTIGUOUS storage is not possible for a variable "
                                   "over the unlimited dimension. (NC_ERROR=-36)")
        options["contiguous"] = True
    if deflate:
        options.update(zlib=True, complevel=int(deflate))
    if shuffle:
        options["shuffle"] = True
    if chunks is not None:
        options["chunksizes"] = [int(c) for c in chunks]
    if fill_value is not None:
        options["fill_value"] = fill_value
    variable = ds.createVariable(name, dtype, names, **options)
    variable.set_auto_maskandscale(False)
    variable.set_auto_chartostring(False)
    return variable._varid


def var_id(cdfid, name: str) -> int:
    """The id of a variable, -1 when there is none."""
    ds = dataset(cdfid)
    return ds.variables[name]._varid if name in ds.variables else -1


def var_inq(cdfid, varid) -> tuple[str, np.dtype, list, int]:
    """``(name, dtype, dimension ids in C order, number of attributes)``."""
    ds = dataset(cdfid)
    variable = _variable(ds, varid)
    return (variable.name, variable.dtype, [d._dimid for d in variable.get_dims()],
            len(variable.ncattrs()))


def var_datatype(cdfid, varid):
    """A variable's netCDF4-python datatype: a numpy dtype, ``str`` for NC_STRING, or a
    user-defined type (``netCDF4.VLType`` for an NC_VLEN variable)."""
    return _variable(dataset(cdfid), varid).datatype


def is_vlen(datatype) -> bool:
    """Whether a datatype is a user-defined NC_VLEN type (netCDF4-python also describes
    NC_STRING, type 12, as a VLType)."""
    return type(datatype).__name__ == "VLType" and int(datatype._nc_type) >= 32


def def_vlen(cdfid, name: str, base) -> int:
    """A new NC_VLEN type of numpy ``base`` elements (``nc_def_vlen``); its type id.
    netCDF-4 files only (the library's NC_ENOTNC4; NC_ESTRICTNC3 in the classic model)."""
    handle = _handle(cdfid)
    _writable(handle)
    ds = handle.obj
    model = data_model(ds)
    if model != "NETCDF4":
        raise CompatValueError(_NOT_NC4 if not model.startswith("NETCDF4") else
                               "NetCDF: Attempting netcdf-4 operation on strict nc3 "
                               "netcdf-4 file (NC_ERROR=-112)")
    return int(ds.createVLType(np.dtype(base), name)._nc_type)


def user_type(cdfid, typeid):
    """The user-defined type with id ``typeid`` visible from a group (its own and its
    ancestors' types), or None."""
    ds = dataset(cdfid)
    while ds is not None:
        for table in (ds.vltypes, ds.cmptypes, ds.enumtypes):
            for found in table.values():
                if int(found._nc_type) == int(typeid):
                    return found
        ds = ds.parent
    return None


def var_name(cdfid, varid) -> str:
    return _variable(dataset(cdfid), varid).name


def read(cdfid, varid, index=None) -> np.ndarray:
    """The variable's values (``index``: a tuple of slices in C order), as stored."""
    handle = _handle(cdfid)
    _need_data(handle)
    variable = _variable(handle.obj, varid)
    value = variable[index] if index is not None else variable[...]
    return np.ma.getdata(value)


def shape(cdfid, varid) -> tuple:
    variable = _variable(dataset(cdfid), varid)
    return tuple(variable.shape)


def write(cdfid, varid, values, index=None) -> None:
    """Store ``values`` (already of the variable's shape and type) at ``index``."""
    handle = _handle(cdfid)
    _writable(handle)
    _need_data(handle)
    variable = _variable(handle.obj, varid)
    if index is None:
        index = tuple(slice(0, n) for n in np.shape(values)) if variable.ndim else ...
    variable[index] = values


# ------------------------------------------------------------------------ attributes
def _owner(ds, varid):
    return ds if varid is None else _variable(ds, varid)


def put_att(cdfid, varid, name: str, value) -> None:
    """Set an attribute (``varid`` None: global); a new attribute, or one that grows,
    needs define mode in classic files. ``value`` is ``str`` (NC_CHAR) or a numpy
    value of the attribute's type."""
    _set_att(_handle(cdfid), varid, name, value)


def _set_att(handle, varid, name: str, value):
    """:func:`put_att` on an open handle; returns the attribute's owner."""
    _writable(handle)
    owner = _owner(handle.obj, varid)
    if name not in owner.ncattrs():
        _need_define(handle)
    try:
        owner.setncattr(name, value)
    except (AttributeError, RuntimeError) as err:
        # an attribute that grows in a classic file's data mode: the library's refusal
        if "not allowed in data mode" in str(err):
            raise CompatValueError(_NOT_DEFINE) from None
        raise
    return owner


def get_att(cdfid, varid, name: str):
    """An attribute's value: ``str`` for NC_CHAR, a 1-D numpy array otherwise."""
    owner = _owner(dataset(cdfid), varid)
    if name not in owner.ncattrs():
        raise CompatValueError("Attribute enquiry failed. (NC_ERROR=-43)")
    value = owner.getncattr(name)
    if isinstance(value, (str, bytes)):
        return value if isinstance(value, str) else value.decode("latin-1")
    return np.atleast_1d(np.asarray(value))


def att_names(cdfid, varid) -> list[str]:
    return list(_owner(dataset(cdfid), varid).ncattrs())


def inquire(cdfid) -> tuple[int, int, int, int]:
    """``(number of dimensions, of variables, of global attributes, unlimited id)``."""
    ds = dataset(cdfid)
    return len(ds.dimensions), len(ds.variables), len(ds.ncattrs()), unlimited_id(cdfid)


def _defining(ds, action) -> None:
    """Run ``action()`` with a classic file in the library's define mode (netCDF4-python
    enters it itself for definitions, not for renames and deletions); a file whose
    define mode compat manages is in the mode its calls left it in."""
    if not _classic_model(ds) or _managed(ds):
        action()
        return
    ds._redef()
    try:
        action()
    finally:
        ds._enddef()


def delete_att(cdfid, varid, name: str) -> None:
    """Delete an attribute (define mode in classic files)."""
    handle = _handle(cdfid)
    _writable(handle)
    _need_define(handle)
    owner = _owner(handle.obj, varid)
    if name not in owner.ncattrs():
        raise CompatValueError("Attribute enquiry failed. (NC_ERROR=-43)")
    _defining(handle.obj, lambda: owner.delncattr(name))


def rename_att(cdfid, varid, old: str, new: str) -> None:
    handle = _handle(cdfid)
    _writable(handle)
    owner = _owner(handle.obj, varid)
    if old not in owner.ncattrs():
        raise CompatValueError("Attribute enquiry failed. (NC_ERROR=-43)")
    if new in owner.ncattrs():
        raise CompatValueError("(NC_ERROR=-42)")
    if len(new) > len(old):
        _need_define(handle)
    _defining(handle.obj, lambda: owner.renameAttribute(old, new))


def rename_var(cdfid, varid, new: str) -> None:
    handle = _handle(cdfid)
    _writable(handle)
    variable = _variable(handle.obj, varid)
    if new in handle.obj.variables:
        raise CompatValueError("(NC_ERROR=-42)")
    if len(new) > len(variable.name):
        _need_define(handle)
    _defining(handle.obj, lambda: handle.obj.renameVariable(variable.name, new))


def rename_dim(cdfid, dimid: int, new: str) -> None:
    """Rename a visible dimension in the group that defines it (a group id may rename
    an ancestor's dimension, as ``nc_rename_dim`` finds it up the tree)."""
    handle = _handle(cdfid)
    _writable(handle)
    dim = _dimension(handle.obj, dimid)
    owner, old = dim.group(), dim.name
    if new in owner.dimensions:
        raise CompatValueError("(NC_ERROR=-42)")
    if len(new) > len(old):
        _need_define(handle)
    _defining(owner, lambda: owner.renameDimension(old, new))


# ---------------------------------------------------------------- netCDF-4 groups
def groups(cdfid) -> list[int]:
    """The ids of a file's or group's child groups, in the library's order (none in a
    classic file)."""
    handle = _handle(cdfid)
    root = _root(handle)
    return [_group_id(root, g) for g in handle.obj.groups.values()]


def group_name(cdfid) -> str:
    """A group's name ('/' for the root group)."""
    return dataset(cdfid).name


def full_group_name(cdfid) -> str:
    """A group's path from the root group ('/' for the root group)."""
    return dataset(cdfid).path


def group_parent(cdfid) -> int:
    """The id of a group's parent; the root group has none (NC_ENOGRP)."""
    handle = _handle(cdfid)
    if handle.parent is None:
        raise CompatValueError("NetCDF: " + _NO_GROUP)
    root = _root(handle)
    parent = handle.obj.parent
    return root.number if parent.parent is None else _group_id(root, parent)


def def_group(cdfid, name: str) -> int:
    """A new child group; its id. Classic files have no groups (NC_ENOTNC4)."""
    handle = _handle(cdfid)
    if _classic_model(handle.obj):
        raise CompatValueError(_NOT_NC4)
    _writable(handle)
    ds = handle.obj
    if name in ds.groups or name in ds.variables:
        raise CompatValueError("NetCDF: String match to name in use (NC_ERROR=-42)")
    return _group_id(_root(handle), ds.createGroup(name))


def group_ncid(cdfid, name: str) -> int:
    """The id of the child group ``name``, -1 when there is none."""
    handle = _handle(cdfid)
    child = handle.obj.groups.get(name)
    return -1 if child is None else _group_id(_root(handle), child)


def dim_ids(cdfid, include_parents: bool = False) -> list[int]:
    """The ids of a group's dimensions (with its ancestors'), increasing, as
    ``nc_inq_dimids`` sorts them."""
    ds = dataset(cdfid)
    dims = _visible(ds) if include_parents else _dimensions(ds)
    return sorted(d._dimid for d in dims)


def var_ids(cdfid) -> list[int]:
    """The ids of a group's variables."""
    return sorted(v._varid for v in dataset(cdfid).variables.values())


def unlimited_ids(cdfid) -> list[int]:
    """The ids of the unlimited dimensions a group defines (not its ancestors')."""
    return [d._dimid for d in _dimensions(dataset(cdfid)) if d.isunlimited()]


def copy_att(in_id, in_varid, name: str, out_id, out_varid) -> int:
    """Copy an attribute, type and values, to another variable or file (``varid``
    None: global), as ``nc_copy_att``; returns its number at the destination."""
    source = _owner(dataset(in_id), in_varid)
    if name not in source.ncattrs():
        raise CompatValueError("Attribute enquiry failed. (NC_ERROR=-43)")
    target = _set_att(_handle(out_id), out_varid, name, source.getncattr(name))
    return list(target.ncattrs()).index(name)
