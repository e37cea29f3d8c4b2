"""netCDF files as MATLAB's high-level functions see them (``ncread``, ``ncinfo``,
``ncwrite``).

Classic files (CDF-1 and the 64-bit offset CDF-2) are read and written with
``scipy.io.netcdf_file`` (no extra dependency); netCDF-4 files, which are HDF5 files,
through h5py (the optional extra ``compat[hdf5]``). CDF-5 files are refused.

**Dimension order** is MATLAB's, as for HDF5 (:mod:`compat._core.hdf5`): netCDF lists a
variable's dimensions slowest first (C order, ``temp(time, lat, lon)`` in CDL and in
scipy/netCDF4-python), MATLAB reverses them (``ncinfo`` gives ``Size`` ``[nlon nlat
ntime]`` and ``ncread`` a ``lon x lat x time`` array). ``start``, ``count`` and
``stride`` are 1-based and in MATLAB's order.

**Attribute conventions** (MATLAB's ncread/ncwrite documentation). Reading, in order:
values equal to ``_FillValue`` and then to ``missing_value`` become NaN, then the data
are multiplied by ``scale_factor`` and ``add_offset`` is added; a variable with
``scale_factor`` or ``add_offset`` is returned as double (converted before the fill
values are replaced, so packed integer data get NaN too: a MathWorks engineer's comment
on Stack Overflow question 17423478, "it should always be of type double if there is a
_FillValue or scale_factor present", and the asker's observation that fill values read
as NaN in the double result); an integer variable without them keeps its class and its
fill values (an integer cannot hold NaN). Writing undoes them: subtract ``add_offset``,
divide by ``scale_factor``, NaN becomes ``_FillValue`` (or the netCDF library's default
fill value of the type), and the values are converted to the variable's type (integer
types round to nearest, halves away from zero, and saturate, as MATLAB converts).
"""

from __future__ import annotations

import math
import os
import warnings

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.hdf5 import h5py_module, matlab_value, selection
from compat._core.matlab_integers import to_int
from compat._core.struct import MatlabStruct

__all__ = ["read_variable", "write_variable", "info", "DEFAULT_FILL", "create_variable",
           "write_attribute", "read_attribute", "variable_options"]

#: the netCDF library's default fill values (netcdf.h NC_FILL_*)
DEFAULT_FILL = {np.dtype("int8"): -127, np.dtype("uint8"): 255, np.dtype("int16"): -32767,
                np.dtype("uint16"): 65535, np.dtype("int32"): -2147483647,
                np.dtype("uint32"): 4294967295, np.dtype("int64"): -9223372036854775806,
                np.dtype("uint64"): 18446744073709551614,
                np.dtype("float32"): 9.9692099683868690e+36,
                np.dtype("float64"): 9.9692099683868690e+36}
_HIDDEN = {"_Netcdf4Dimid", "_Netcdf4Coordinates", "DIMENSION_LIST", "REFERENCE_LIST",
           "CLASS", "NAME", "_nc3_strict", "_NCProperties", "_Netcdf4Dimid"}
_MATLAB_TYPES = {"f8": "double", "f4": "single", "i1": "int8", "u1": "uint8",
                 "i2": "int16", "u2": "uint16", "i4": "int32", "u4": "uint32",
                 "i8": "int64", "u8": "uint64", "S1": "char"}


def _kind(path) -> str:
    if not os.path.exists(path):
        raise CompatValueError(f"Could not open {path} for reading.")
    with open(path, "rb") as stream:
        head = stream.read(8)
    if head[:3] == b"CDF":
        if head[3] == 5:
            raise CompatValueError(f"{path} is a CDF-5 (64-bit data) netCDF file, which "
                                   "compat cannot read.")
        return "classic" if head[3] == 1 else "64bit"
    if head.startswith(b"\x89HDF"):
        return "netcdf4"
    raise CompatValueError(f"{path} is not a netCDF file.")


def _classic(path, mode="r"):
    import scipy.io
    return scipy.io.netcdf_file(str(path), mode, mmap=False, maskandscale=False)


def _attribute_value(value):
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    array = np.asarray(value)
    if array.dtype.kind == "S":
        return b"".join(array.ravel().tolist()).decode("utf-8", errors="replace")
    if array.ndim == 0 or array.size == 1:
        item = array.reshape(-1)[0]
        return item if isinstance(item, np.generic) else np.asarray(item)[()]
    return array.reshape(1, -1)        # a row, as ncreadatt gives it


def _unpack(data: np.ndarray, attributes: dict) -> np.ndarray:
    """MATLAB's read conventions (module docstring)."""
    scale = attributes.get("scale_factor")
    offset = attributes.get("add_offset")
    if scale is not None or offset is not None:
        data = data.astype(np.float64)
    floating = data.dtype.kind == "f"
    for name in ("_FillValue", "missing_value"):
        marker = attributes.get(name)
        if marker is not None and floating:
            values = np.ravel(np.asarray(marker, dtype=np.float64))
            data = np.where(np.isin(data, values), np.nan, data)
    if scale is not None:
        data = data * float(np.ravel(scale)[0])
    if offset is not None:
        data = data + float(np.ravel(offset)[0])
    return data


def _chars(data: np.ndarray):
    """An NC_CHAR array as MATLAB reads it: the last netCDF dimension is the string."""
    if data.ndim == 0:
        return data.item().decode("utf-8", errors="replace")
    joined = np.array([b"".join(row).decode("utf-8", errors="replace").rstrip("\0")
                       for row in data.reshape(-1, data.shape[-1])])
    return joined[0] if joined.size == 1 else joined.reshape(data.shape[:-1])


def _find_h5(handle, name):
    location = name if name.startswith("/") else "/" + name
    if location not in handle:
        raise CompatValueError(f"Could not find variable '{name}' in file.")
    return handle[location]


def read_variable(path, name, start=None, count=None, stride=None):
    """``ncread``: the variable (or a part of it) in MATLAB's layout, unpacked."""
    if not isinstance(name, str):
        raise CompatTypeError("the variable name must be text")
    kind = _kind(path)
    if kind == "netcdf4":
        h5py = h5py_module()
        with h5py.File(path, "r") as handle:
            variable = _find_h5(handle, name)
            attributes = {k: variable.attrs[k] for k in variable.attrs}
            index = selection(variable.shape, start, count, stride)
            data = variable[index] if index else variable[()]
    else:
        with _classic(path) as handle:
            if name.lstrip("/") not in handle.variables:
                raise CompatValueError(f"Could not find variable '{name}' in file.")
            variable = handle.variables[name.lstrip("/")]
            attributes = dict(variable._attributes)
            shape = variable.shape
            if variable.typecode() == "c":
                data = np.array(variable.data).copy()
                return _text_layout(_chars(data))
            index = selection(shape, start, count, stride)
            data = np.array(variable.data[index] if index else variable.data).copy()
    if data.dtype.kind == "S" and data.dtype.itemsize == 1:
        return _text_layout(_chars(data))
    if data.dtype.kind in "SO":
        return matlab_value(data)
    data = data.astype(data.dtype.newbyteorder("="))
    return matlab_value(_unpack(data, attributes))


def _text_layout(value):
    if isinstance(value, str):
        return value
    return matlab_value(value)


def write_variable(path, name, data, start=None, stride=None) -> None:
    """``ncwrite``: MATLAB-layout ``data`` into an existing variable, packed by the
    variable's attributes (module docstring)."""
    kind = _kind(path)
    values = np.asarray(data)
    if kind == "netcdf4":
        h5py = h5py_module()
        with h5py.File(path, "r+") as handle:
            variable = _find_h5(handle, name)
            attributes = {k: variable.attrs[k] for k in variable.attrs}
            packed = _pack(values, attributes, variable.dtype)
            index, block = _placement(variable.shape, variable.maxshape, packed, start,
                                      stride, variable)
            variable[index] = block
        return
    with _classic(path, "a") as handle:
        if name.lstrip("/") not in handle.variables:
            raise CompatValueError(f"Could not find variable '{name}' in file.")
        variable = handle.variables[name.lstrip("/")]
        attributes = dict(variable._attributes)
        packed = _pack(values, attributes, variable.data.dtype)
        record = variable.isrec
        index, block = _placement(variable.shape, (None,) + variable.shape[1:] if record
                                  else variable.shape, packed, start, stride, None)
        if record:
            needed = index[0].stop
            if needed > variable.shape[0]:
                variable[needed - 1:needed] = np.zeros((1,) + variable.shape[1:],
                                                       variable.data.dtype)
        variable[index] = block
        handle.flush()


def _pack(values: np.ndarray, attributes: dict, dtype) -> np.ndarray:
    dtype = np.dtype(dtype).newbyteorder("=")
    if dtype.kind == "S":
        return values
    out = values.astype(np.float64) if values.dtype.kind in "biuf" else values
    offset = attributes.get("add_offset")
    scale = attributes.get("scale_factor")
    if offset is not None:
        out = out - float(np.ravel(offset)[0])
    if scale is not None:
        out = out / float(np.ravel(scale)[0])
    fill = attributes.get("_FillValue")
    fill = float(np.ravel(fill)[0]) if fill is not None else DEFAULT_FILL.get(dtype)
    if np.issubdtype(out.dtype, np.floating) and fill is not None:
        out = np.where(np.isnan(out), fill, out)
    if dtype.kind in "iu":
        name = _MATLAB_TYPES[dtype.str[1:]]
        return to_int("ncwrite", out, name)
    return out.astype(dtype)


def _placement(shape, maxshape, packed, start, stride, h5_variable):
    n = len(shape)
    if n == 0:
        return (), packed.reshape(())
    counts = list(packed.shape) + [1] * max(0, n - packed.ndim)
    if n == 1:
        counts = [packed.size]
    counts = counts[:n]
    if int(np.prod(counts)) != packed.size:
        raise CompatValueError("The data does not fit the variable's dimensions.")
    starts = [1.0] * n if start is None else [float(v) for v in np.ravel(start)]
    strides = [1.0] * n if stride is None else [float(v) for v in np.ravel(stride)]
    if len(starts) != n or len(strides) != n:
        raise CompatValueError(f"start and stride need one element per dimension ({n}).")
    needed = [int(s - 1 + (c - 1) * t + 1) for s, c, t in
              zip(reversed(starts), reversed(counts), reversed(strides))]
    grown = list(shape)
    for k, (want, have, top) in enumerate(zip(needed, shape, maxshape)):
        if want > have:
            if top is not None:
                raise CompatValueError(f"The data reaches index {want} of a dimension of "
                                       f"length {have}, which is not unlimited.")
            grown[k] = want
    if h5_variable is not None and tuple(grown) != tuple(shape):
        h5_variable.resize(tuple(grown))
    index = selection(tuple(grown), starts, counts, strides)
    block = np.reshape(packed, counts, order="F").transpose()
    return index, block


# ---------------------------------------------------------------------------- ncinfo
def _dimension(name, length, unlimited) -> MatlabStruct:
    return MatlabStruct(Name=name, Length=float(length), Unlimited=bool(unlimited))


def _variable_struct(name, dims, shape, dtype, attributes, *, chunks=None, fill=None,
                     deflate=None, shuffle=False) -> MatlabStruct:
    kind = np.dtype(dtype).str[1:] if np.dtype(dtype).kind != "S" else "S1"
    return MatlabStruct(
        Name=name, Dimensions=dims, Size=[float(n) for n in reversed(shape)],
        Datatype=_MATLAB_TYPES.get(kind, str(dtype)),
        Attributes=[MatlabStruct(Name=k, Value=_attribute_value(v)) for k, v in
                    attributes.items() if k not in _HIDDEN],
        ChunkSize=[float(n) for n in reversed(chunks)] if chunks else [],
        FillValue=fill if fill is not None else [], DeflateLevel=deflate if deflate
        else [], Shuffle=bool(shuffle))


def _classic_info(path, kind, variable=None) -> MatlabStruct:
    with _classic(path) as handle:
        record = next((d for d, n in handle.dimensions.items() if n is None), None)
        lengths = {}
        for dim, n in handle.dimensions.items():
            if n is None:
                n = max((v.shape[0] for v in handle.variables.values()
                         if v.dimensions and v.dimensions[0] == dim), default=0)
            lengths[dim] = n
        dims = [_dimension(d, lengths[d], d == record) for d in handle.dimensions]
        variables = []
        for vname, var in handle.variables.items():
            vdims = [_dimension(d, lengths[d], d == record) for d in reversed(var.dimensions)]
            fill = var._attributes.get("_FillValue")
            variables.append(_variable_struct(
                vname, vdims, var.shape, var.data.dtype, dict(var._attributes),
                fill=_attribute_value(fill) if fill is not None else None))
        if variable is not None:
            found = [v for v in variables if v["Name"] == variable.lstrip("/")]
            if not found:
                raise CompatValueError(f"Could not find variable or group '{variable}' in "
                                       "file.")
            return MatlabStruct({"Filename": os.path.abspath(path), **found[0]})
        attributes = [MatlabStruct(Name=k, Value=_attribute_value(v))
                      for k, v in handle._attributes.items()]
    return MatlabStruct(Filename=os.path.abspath(path), Name="/", Dimensions=dims,
                        Variables=variables, Attributes=attributes, Groups=[],
                        Format=kind)


def _h5_info(path, variable=None) -> MatlabStruct:
    h5py = h5py_module()
    with h5py.File(path, "r") as handle:
        # the netCDF library marks a classic-model netCDF-4 file with _nc3_strict
        file_format = "netcdf4_classic" if "_nc3_strict" in handle.attrs else "netcdf4"

        def dims_of(dataset):
            out = []
            if "DIMENSION_LIST" in dataset.attrs:
                for k, refs in enumerate(dataset.dims):
                    scale = refs[0] if len(refs) else None
                    dname = scale.name.rsplit("/", 1)[-1] if scale is not None else \
                        f"dim{k}"
                    unlimited = scale is not None and scale.maxshape[0] is None
                    out.append(_dimension(dname, dataset.shape[k], unlimited))
            return list(reversed(out))

        def group_struct(group):
            dims, variables, groups = [], [], []
            for key, item in group.items():
                if isinstance(item, h5py.Group):
                    groups.append(group_struct(item))
                    continue
                is_dim = item.attrs.get("CLASS") == b"DIMENSION_SCALE"
                if is_dim:
                    dims.append(_dimension(key, item.shape[0], item.maxshape[0] is None))
                    name_attr = item.attrs.get("NAME", b"")
                    if isinstance(name_attr, bytes) and name_attr.startswith(
                            b"This is a netCDF dimension but not a netCDF variable"):
                        continue
                fill = item.attrs.get("_FillValue")
                deflate = item.compression_opts if item.compression == "gzip" else None
                variables.append(_variable_struct(
                    key, dims_of(item), item.shape, item.dtype,
                    {k: item.attrs[k] for k in item.attrs}, chunks=item.chunks,
                    fill=_attribute_value(fill) if fill is not None else None,
                    deflate=deflate, shuffle=item.shuffle))
            return MatlabStruct(Name=group.name, Dimensions=dims, Variables=variables,
                                Attributes=[MatlabStruct(Name=k, Value=_attribute_value(
                                    group.attrs[k])) for k in group.attrs
                                    if k not in _HIDDEN], Groups=groups,
                                Format=file_format)

        if variable is not None:
            item = _find_h5(handle, variable)
            fill = item.attrs.get("_FillValue")
            return MatlabStruct({"Filename": os.path.abspath(path), **_variable_struct(
                variable.rsplit("/", 1)[-1], dims_of(item), item.shape, item.dtype,
                {k: item.attrs[k] for k in item.attrs}, chunks=item.chunks,
                fill=_attribute_value(fill) if fill is not None else None,
                deflate=item.compression_opts if item.compression == "gzip" else None,
                shuffle=item.shuffle)})
        root = group_struct(handle)
    return MatlabStruct({"Filename": os.path.abspath(path), **root})


def info(path, variable=None) -> MatlabStruct:
    """``ncinfo``: the file's (or one variable's) structure in MATLAB's layout."""
    kind = _kind(path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        if kind == "netcdf4":
            return _h5_info(path, variable)
        return _classic_info(path, kind, variable)


# ------------------------------------------------- nccreate, ncwriteatt, ncreadatt
#: MATLAB classes -> netCDF4-python types ('char' is NC_CHAR, 'string' NC_STRING)
_NC_TYPES = {"double": "f8", "single": "f4", "int8": "i1", "uint8": "u1", "int16": "i2",
             "uint16": "u2", "int32": "i4", "uint32": "u4", "int64": "i8", "uint64": "u8",
             "char": "S1", "string": str}


def _netcdf4():
    from compat._core.data_handles import netcdf4_module
    return netcdf4_module()


def _owner(ds, location: str):
    """The group or variable at ``location`` ('/' or '' the root group, '/g1/var', 'var')."""
    if location in ("", "/"):
        return ds
    parts = [p for p in location.split("/") if p]
    group = ds
    for k, part in enumerate(parts):
        if part in group.groups:
            group = group.groups[part]
        elif part in group.variables and k == len(parts) - 1:
            return group.variables[part]
        else:
            raise CompatValueError(f"Could not find variable or group '{location}' in "
                                   "file.")
    return group


def _dimension_list(dimensions) -> list[tuple[str, float | None]]:
    """nccreate's ``{dname1, dlength1, dname2, ...}`` (a length may be left out for a
    dimension the file already has) as ``[(name, length or None), ...]``."""
    items = list(dimensions) if isinstance(dimensions, (list, tuple)) else [dimensions]
    out, k = [], 0
    while k < len(items):
        name = items[k]
        if not isinstance(name, str):
            raise CompatValueError("Dimensions must be a cell array of dimension names, "
                                   "each followed by its length when it is new.")
        length = None
        if k + 1 < len(items) and not isinstance(items[k + 1], str):
            length = float(np.ravel(items[k + 1])[0])
            k += 1
        out.append((name, length))
        k += 1
    return out


def variable_options(fill_value=None, chunk_size=None, deflate_level=None,
                     shuffle=False) -> dict:
    """netCDF4-python's createVariable keywords from MATLAB's FillValue (a value, or
    'disable'), ChunkSize (MATLAB's order), DeflateLevel and Shuffle (nccreate's and
    ncwriteschema's)."""
    options = {}
    if isinstance(fill_value, str):
        if fill_value.lower() != "disable":
            raise CompatValueError("FillValue must be a scalar or 'disable'.")
        options["fill_value"] = False
    elif fill_value is not None:
        options["fill_value"] = np.asarray(fill_value).reshape(-1)[0]
    if chunk_size is not None:
        options["chunksizes"] = [int(c) for c in np.ravel(chunk_size)][::-1]
    if deflate_level:
        options.update(zlib=True, complevel=int(deflate_level))
    if shuffle:
        options["shuffle"] = True
    return options


def create_variable(path, name: str, *, dimensions=(), datatype="double", fill_value=None,
                    file_format=None, chunk_size=None, deflate_level=None,
                    shuffle=False) -> None:
    """``nccreate``: a new variable (and the file and dimensions it needs).

    ``dimensions`` is MATLAB's list (MATLAB order, Inf for unlimited); the file gets them
    reversed. A new file has ``file_format`` ('netcdf4_classic' unless given).
    """
    from compat._core.netcdf_ids import FORMATS
    netCDF4 = _netcdf4()
    if not isinstance(datatype, str) or datatype.lower() not in _NC_TYPES:
        raise CompatValueError(f"Datatype '{datatype}' is not valid: use 'double', "
                               "'single', an integer class, 'char' or 'string'.")
    fmt = (file_format or "netcdf4_classic").lower()
    if fmt not in FORMATS:
        raise CompatValueError(f"Format '{file_format}' is not valid: use 'classic', "
                               "'64bit', 'netcdf4_classic' or 'netcdf4'.")
    wanted = _dimension_list(dimensions)
    exists = os.path.exists(path)
    ds = netCDF4.Dataset(path, "a" if exists else "w", format=FORMATS[fmt])
    try:
        group = ds
        parts = [p for p in name.split("/") if p]
        for part in parts[:-1]:
            group = group.groups[part] if part in group.groups else \
                group.createGroup(part)
        leaf = parts[-1] if parts else name
        if leaf in group.variables:
            raise CompatValueError(f"Variable '{leaf}' already exists.")
        names = []
        for dim_name, length in wanted:
            known = group.dimensions.get(dim_name) or ds.dimensions.get(dim_name)
            if known is not None:
                if length is not None and not (math.isinf(length) and
                                               known.isunlimited()) and \
                        not known.isunlimited() and len(known) != int(length):
                    raise CompatValueError(f"Dimension '{dim_name}' already exists with "
                                           f"length {len(known)}.")
            elif length is None:
                raise CompatValueError(f"Dimension '{dim_name}' does not exist: give its "
                                       "length.")
            else:
                group.createDimension(dim_name, None if math.isinf(length) else
                                      int(length))
            names.append(dim_name)
        classic = ds.data_model != "NETCDF4" and ds.data_model != "NETCDF4_CLASSIC"
        if (chunk_size is not None or deflate_level or shuffle) and classic:
            raise CompatValueError("ChunkSize, DeflateLevel and Shuffle need a netCDF-4 "
                                   "file ('Format' 'netcdf4' or 'netcdf4_classic').")
        options = variable_options(fill_value, chunk_size, deflate_level, shuffle)
        group.createVariable(leaf, _NC_TYPES[datatype.lower()], tuple(names[::-1]),
                             **options)
    finally:
        ds.close()


def _attribute_to_write(value, datatype=None):
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    if isinstance(value, str):
        return value
    array = np.asarray(value)
    if array.dtype.kind in "US":
        return "".join(np.ravel(array.astype(str)).tolist())
    if array.dtype.kind == "b":
        array = array.astype(np.float64)   # MATLAB's logical is not a netCDF type
    elif array.dtype.kind not in "iuf":
        raise CompatTypeError("the attribute value must be numeric or text")
    elif not isinstance(value, np.ndarray | np.generic):
        array = array.astype(np.float64)   # a Python number is a MATLAB double
    if datatype is not None:
        if datatype.lower() not in _NC_TYPES or datatype.lower() in ("char", "string"):
            raise CompatValueError(f"Datatype '{datatype}' is not a numeric class.")
        array = array.astype(_NC_TYPES[datatype.lower()])
    array = array.astype(array.dtype.newbyteorder("="))
    return array.ravel(order="F")


def write_attribute(path, location: str, name: str, value, datatype=None) -> None:
    """``ncwriteatt``: create or replace an attribute of a variable or group."""
    netCDF4 = _netcdf4()
    _kind(path)
    data = _attribute_to_write(value, datatype)
    with netCDF4.Dataset(path, "a") as ds:
        owner = _owner(ds, location)
        owner.setncattr(name, data)


def _matlab_attribute(value):
    """An attribute as MATLAB's ncreadatt gives it: text as ``str``, one number as a
    scalar of its class, several as a row (Octave's netcdf package: 1-by-N)."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    array = np.asarray(value)
    if array.dtype.kind == "S":
        return b"".join(array.ravel().tolist()).decode("utf-8", errors="replace")
    if array.dtype.kind in "UO":
        flat = [v.decode("utf-8") if isinstance(v, bytes) else str(v) for v in array.ravel()]
        return flat[0] if len(flat) == 1 else np.array(flat, dtype=str).reshape(1, -1)
    array = array.astype(array.dtype.newbyteorder("="))
    if array.size == 1:
        return array.reshape(-1)[0]
    return array.reshape(1, -1)


def read_attribute(path, location: str, name: str):
    """``ncreadatt``: an attribute's value in MATLAB's representation."""
    kind = _kind(path)
    if kind == "netcdf4":
        with h5py_module().File(path, "r") as handle:
            target = handle if location in ("", "/") else _find_h5(handle, location)
            if name not in target.attrs:
                raise CompatValueError(f"Could not find attribute '{name}' of "
                                       f"'{location}'.")
            return _matlab_attribute(target.attrs[name])
    with _classic(path) as handle:
        if location in ("", "/"):
            attributes = handle._attributes
        elif location.lstrip("/") in handle.variables:
            attributes = handle.variables[location.lstrip("/")]._attributes
        else:
            raise CompatValueError(f"Could not find variable or group '{location}' in "
                                   "file.")
        if name not in attributes:
            raise CompatValueError(f"Could not find attribute '{name}' of '{location}'.")
        return _matlab_attribute(attributes[name])
