"""HDF5 files as MATLAB's high-level functions see them (``h5read``, ``h5write``,
``h5create``, ``h5info``), over h5py (the optional extra ``compat[hdf5]``).

**Dimension order.** HDF5 stores an array with C (row-major) dimensions, which h5py
reports as they are: a dataset written by C or Python as ``shape=(2, 3)``. MATLAB is
column-major and reports HDF5 dimensions **reversed**: ``h5info`` shows that dataset's
``Dataspace.Size`` as ``[3 2]`` and ``h5read`` returns a 3-by-2 matrix whose element
``(i, j)`` is the file's ``[j-1, i-1]`` -- the same bytes in memory, read in the other
order (MATLAB's documentation of h5read: "h5read ... the dimensions of the data are
reversed ... because HDF5 uses C-style row-major ordering"). compat returns MATLAB's
layout: the numpy transpose of what h5py reads (``h5read(f, d)`` is
``h5py.File(f)[d][()].T``), a 1-D dataset as an ``n x 1`` column and a scalar as
``1 x 1``; ``start``/``count``/``stride`` and ``h5create``'s sizes are in MATLAB's
order and 1-based; ``h5write`` stores the transpose of the MATLAB array, so a file that
compat writes reads back in MATLAB (and in compat) unchanged, and in h5py transposed.
"""

from __future__ import annotations

import math
import os

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.extras import optional_module
from compat._core.struct import MatlabStruct

__all__ = ["h5py_module", "read_dataset", "write_dataset", "create_dataset", "info",
           "matlab_value", "selection", "read_attribute", "write_attribute"]

_CLASSES = {"double": np.float64, "single": np.float32, "int8": np.int8, "uint8": np.uint8,
            "int16": np.int16, "uint16": np.uint16, "int32": np.int32,
            "uint32": np.uint32, "int64": np.int64, "uint64": np.uint64}


def h5py_module():
    """h5py, or MATLAB-style advice to install the extra."""
    return optional_module("h5py", "reading and writing HDF5 files")


def _open(path, mode="r"):
    h5py = h5py_module()
    if mode == "r" and not os.path.exists(path):
        raise CompatValueError(f"The filename specified was not found in the MATLAB path "
                               f"('{path}').")
    try:
        return h5py.File(path, mode)
    except OSError as error:
        raise CompatValueError(f"Unable to open '{path}' as an HDF5 file: {error}") from None


def _name(location: str) -> str:
    if not isinstance(location, str):
        raise CompatTypeError("the dataset name must be text such as '/g1/data'")
    return location if location.startswith("/") else "/" + location


def matlab_value(value) -> object:
    """An array read by h5py in MATLAB's layout and representation: dimensions reversed
    (1-D as a column, scalar as 1x1), native byte order, text as ``str`` (a string array
    for several), compound data as a struct of columns."""
    if isinstance(value, bytes):
        return value.decode("utf-8", errors="replace")
    if isinstance(value, str):
        return value
    array = np.asarray(value)
    if array.dtype.names is not None:
        return MatlabStruct({name: matlab_value(array[name]) for name in array.dtype.names})
    if array.dtype.kind in "OS":
        flat = [v.decode("utf-8", errors="replace") if isinstance(v, bytes) else str(v)
                for v in array.ravel()]
        array = np.array(flat, dtype=str).reshape(array.shape)
        if array.ndim == 0:
            return str(array[()])
    elif array.dtype.byteorder not in ("=", "|"):
        array = array.astype(array.dtype.newbyteorder("="))
    if array.ndim == 0:
        return array.reshape(1, 1)
    if array.ndim == 1:
        return array.reshape(-1, 1)
    return np.ascontiguousarray(array.transpose())


def _vector(value, n: int, what: str, default):
    if value is None:
        return [default] * n
    values = [float(v) for v in np.ravel(np.asarray(value, dtype=float))]
    if len(values) != n:
        raise CompatValueError(f"{what} must have one element per dimension of the dataset "
                               f"({n}), got {len(values)}.")
    return values


def selection(shape, start, count, stride) -> tuple:
    """numpy slices for MATLAB's 1-based ``start``, ``count`` (Inf: to the end) and
    ``stride``, all given in MATLAB's (reversed) order."""
    n = len(shape)
    if n == 0:
        return ()
    matlab_shape = list(reversed(shape))
    starts = _vector(start, n, "start", 1.0)
    strides = _vector(stride, n, "stride", 1.0)
    counts = _vector(count, n, "count", math.inf)
    slices = []
    for size, first, step, many in zip(matlab_shape, starts, strides, counts):
        if first < 1 or first != int(first) or first > max(size, 1):
            raise CompatValueError(f"start {first:g} is outside the dimension of extent "
                                   f"{size}.")
        if step < 1 or step != int(step):
            raise CompatValueError("stride must contain positive integers.")
        first, step = int(first) - 1, int(step)
        available = -(-(size - first) // step)
        if math.isinf(many):
            many = available
        if many < 0 or many != int(many) or many > available:
            raise CompatValueError(f"count {many:g} reads beyond the dimension of extent "
                                   f"{size} (start {first + 1}, stride {step}).")
        slices.append(slice(first, first + (int(many) - 1) * step + 1, step))
    return tuple(reversed(slices))


def read_dataset(path, name, start=None, count=None, stride=None):
    """``h5read``: the dataset (or a hyperslab of it) in MATLAB's layout."""
    with _open(path) as handle:
        location = _name(name)
        if location not in handle or not isinstance(handle[location],
                                                     h5py_module().Dataset):
            raise CompatValueError(f"The dataset '{location}' does not exist in "
                                   f"'{path}'.")
        dataset = handle[location]
        index = selection(dataset.shape, start, count, stride)
        value = dataset[index] if index else dataset[()]
        if dataset.dtype.kind == "O" or h5py_module().check_string_dtype(dataset.dtype):
            value = dataset.asstr()[index] if index else dataset.asstr()[()]
    return matlab_value(value)


def _dtype(datatype):
    if isinstance(datatype, str):
        name = datatype.lower()
        if name == "string":
            return h5py_module().string_dtype()
        if name in _CLASSES:
            return np.dtype(_CLASSES[name])
    raise CompatValueError(f"Invalid Datatype '{datatype}': use 'double', 'single', an "
                           "integer class or 'string'.")


def create_dataset(path, name, size, *, datatype="double", chunk_size=None, deflate=None,
                   fill_value=None, fletcher32=False, shuffle=False) -> None:
    """``h5create``: a new dataset of MATLAB size ``size`` (Inf: unlimited), creating
    the file and the groups on the way as needed."""
    matlab_size = [float(v) for v in np.ravel(np.asarray(size, dtype=float))]
    if not matlab_size or any(v < 0 or (not math.isinf(v) and v != int(v))
                              for v in matlab_size):
        raise CompatValueError("size must be a vector of nonnegative integers or Inf.")
    unlimited = any(math.isinf(v) for v in matlab_size)
    if unlimited and chunk_size is None:
        raise CompatValueError("ChunkSize must be specified when any dimension is Inf.")
    shape = tuple(0 if math.isinf(v) else int(v) for v in reversed(matlab_size))
    maxshape = tuple(None if math.isinf(v) else int(v) for v in reversed(matlab_size))
    chunks = None
    if chunk_size is not None:
        chunks = tuple(int(v) for v in reversed(np.ravel(chunk_size)))
        if len(chunks) != len(shape):
            raise CompatValueError("ChunkSize must have one element per dimension.")
    options = {}
    if deflate is not None and int(deflate) > 0:
        options.update(compression="gzip", compression_opts=int(deflate))
        chunks = chunks or tuple(max(1, n) for n in shape)
    if fletcher32:
        options["fletcher32"] = True
        chunks = chunks or tuple(max(1, n) for n in shape)
    if shuffle:
        options["shuffle"] = True
        chunks = chunks or tuple(max(1, n) for n in shape)
    dtype = _dtype(datatype)
    if fill_value is not None and dtype.kind != "O":
        options["fillvalue"] = np.asarray(fill_value).astype(dtype).item()
    with _open(path, "a") as handle:
        location = _name(name)
        if location in handle:
            raise CompatValueError(f"The dataset '{location}' already exists.")
        handle.create_dataset(location, shape=shape, maxshape=maxshape if unlimited else None,
                              chunks=chunks, dtype=dtype, **options)


def write_dataset(path, name, data, start=None, count=None, stride=None) -> None:
    """``h5write``: ``data`` (MATLAB layout) into an existing dataset, extending an
    unlimited dimension when the selection reaches past its current extent."""
    with _open(path, "r+") as handle:
        location = _name(name)
        if location not in handle:
            raise CompatValueError(f"The dataset '{location}' does not exist; create it "
                                   "with h5create first.")
        dataset = handle[location]
        if isinstance(data, str):
            values = np.array(data, dtype=object)
        else:
            values = np.asarray(data)
            if values.dtype.kind == "U":
                values = values.astype(object)
        n = dataset.ndim
        matlab_data = list(values.shape) + [1] * max(0, n - values.ndim)
        if n == 1 and values.ndim == 2 and 1 in values.shape:
            matlab_data = [values.size]
        if start is None and count is None:
            count = matlab_data[:n] if n else None
        if n:
            starts = _vector(start, n, "start", 1.0)
            strides = _vector(stride, n, "stride", 1.0)
            counts = _vector(count, n, "count", 1.0)
            needed = tuple(int(s - 1 + (c - 1) * t + 1) for s, c, t in
                           zip(reversed(starts), reversed(counts), reversed(strides)))
            if any(want > have for want, have in zip(needed, dataset.shape)):
                limit = dataset.maxshape
                if any(want > have and (top is not None and want > top)
                       for want, have, top in zip(needed, dataset.shape, limit)):
                    raise CompatValueError("The selection reaches beyond the extent of the "
                                           "dataset, which cannot be extended.")
                dataset.resize(tuple(max(w, h) for w, h in zip(needed, dataset.shape)))
            index = selection(dataset.shape, starts, counts, strides)
            matlab_counts = tuple(int(c) for c in counts)
            if values.size != int(np.prod(matlab_counts)):
                raise CompatValueError(f"The data has {values.size} elements; the selection "
                                       f"holds {int(np.prod(matlab_counts))}.")
            # the MATLAB array in its own (column-major) element order, then reversed
            block = np.reshape(values, matlab_counts, order="F").transpose()
            dataset[index] = block
        else:
            dataset[()] = values.reshape(())


# --------------------------------------------------------------------------- h5info
_FLOAT = {2: "H5T_IEEE_F16", 4: "H5T_IEEE_F32", 8: "H5T_IEEE_F64"}


def _type_struct(dtype) -> MatlabStruct:
    h5py = h5py_module()
    order = "BE" if dtype.byteorder == ">" else "LE"
    if h5py.check_string_dtype(dtype) is not None or dtype.kind in "SO":
        return MatlabStruct(Name="", Class="H5T_STRING", Type=MatlabStruct(
            Length="H5T_VARIABLE" if dtype.kind == "O" else float(dtype.itemsize),
            Padding="H5T_STR_NULLTERM", CharacterSet="H5T_CSET_UTF8" if dtype.kind == "O"
            else "H5T_CSET_ASCII", CharacterType="H5T_C_S1"),
            Size=float(dtype.itemsize), Attributes=[])
    if dtype.names is not None:
        members = [MatlabStruct(Name=n, Datatype=_type_struct(dtype.fields[n][0]))
                   for n in dtype.names]
        return MatlabStruct(Name="", Class="H5T_COMPOUND", Type=MatlabStruct(Member=members),
                            Size=float(dtype.itemsize), Attributes=[])
    if dtype.kind == "f":
        return MatlabStruct(Name="", Class="H5T_FLOAT",
                            Type=_FLOAT.get(dtype.itemsize, "H5T_IEEE_F64") + order,
                            Size=float(dtype.itemsize), Attributes=[])
    if dtype.kind in "iub":
        sign = "U" if dtype.kind in "ub" else "I"
        return MatlabStruct(Name="", Class="H5T_INTEGER",
                            Type=f"H5T_STD_{sign}{8 * dtype.itemsize}{order}",
                            Size=float(dtype.itemsize), Attributes=[])
    return MatlabStruct(Name="", Class="H5T_OPAQUE", Type="", Size=float(dtype.itemsize),
                        Attributes=[])


def _attributes(obj) -> list:
    out = []
    for key in obj.attrs:
        try:
            value = obj.attrs[key]
            dtype = obj.attrs.get_id(key).dtype
        except (OSError, TypeError):  # pragma: no cover - unreadable attribute types
            continue
        out.append(MatlabStruct(Name=key, Datatype=_type_struct(dtype),
                                Value=matlab_value(value)))
    return out


def _dataset_struct(dataset, name: str) -> MatlabStruct:
    shape = dataset.shape or ()
    maxshape = dataset.maxshape or ()
    space = MatlabStruct(
        Size=[float(n) for n in reversed(shape)] if shape else [],
        MaxSize=[math.inf if m is None else float(m) for m in reversed(maxshape)]
        if maxshape else [],
        Type="simple" if shape else "scalar")
    filters = []
    if dataset.compression == "gzip":
        filters.append(MatlabStruct(Name="deflate", Data=float(dataset.compression_opts)))
    if dataset.shuffle:
        filters.append(MatlabStruct(Name="shuffle", Data=[]))
    if dataset.fletcher32:
        filters.append(MatlabStruct(Name="fletcher32", Data=[]))
    fill = dataset.fillvalue if dataset.dtype.kind not in "OSV" else []
    if isinstance(fill, np.generic):
        fill = fill.item()
    return MatlabStruct(
        Name=name, Datatype=_type_struct(dataset.dtype), Dataspace=space,
        ChunkSize=[float(n) for n in reversed(dataset.chunks)] if dataset.chunks else [],
        FillValue=fill, Filters=filters, Attributes=_attributes(dataset))


def _group_struct(group, filename) -> MatlabStruct:
    h5py = h5py_module()
    groups, datasets, datatypes, links = [], [], [], []
    for key in group:
        link = group.get(key, getlink=True)
        if isinstance(link, (h5py.SoftLink, h5py.ExternalLink)):
            links.append(MatlabStruct(Name=key, Type="soft link" if isinstance(
                link, h5py.SoftLink) else "external link",
                Value=[link.path] if isinstance(link, h5py.SoftLink) else
                [link.filename, link.path]))
            continue
        item = group[key]
        if isinstance(item, h5py.Group):
            groups.append(_group_struct(item, filename))
        elif isinstance(item, h5py.Dataset):
            datasets.append(_dataset_struct(item, key))
        elif isinstance(item, h5py.Datatype):
            datatypes.append(MatlabStruct(Name=item.name, Class=_type_struct(
                item.dtype)["Class"]))
    return MatlabStruct(Filename=filename, Name=group.name, Groups=groups,
                        Datasets=datasets, Datatypes=datatypes, Links=links,
                        Attributes=_attributes(group))


def info(path, location="/") -> MatlabStruct:
    """``h5info``: the structure of a file, a group or a dataset."""
    filename = os.path.abspath(str(path))
    with _open(path) as handle:
        location = _name(location)
        if location not in handle:
            raise CompatValueError(f"'{location}' is not a group or dataset of '{path}'.")
        item = handle[location]
        if isinstance(item, h5py_module().Dataset):
            out = _dataset_struct(item, location.rsplit("/", 1)[-1])
            return MatlabStruct({"Filename": filename, **out})
        return _group_struct(item, filename)


# -------------------------------------------------------------- h5readatt, h5writeatt
def _attribute_owner(handle, location: str, path):
    location = _name(location)
    if location not in handle:
        raise CompatValueError(f"The location '{location}' does not exist in '{path}'.")
    return handle[location]


def read_attribute(path, location, name):
    """``h5readatt``: an attribute of a group or dataset in MATLAB's layout (text as
    ``str``, a 1-D attribute as a column, dimensions reversed)."""
    with _open(path) as handle:
        owner = _attribute_owner(handle, location, path)
        if name not in owner.attrs:
            raise CompatValueError(f"The attribute '{name}' does not exist at "
                                   f"'{_name(location)}'.")
        return matlab_value(owner.attrs[name])


def write_attribute(path, location, name, value) -> None:
    """``h5writeatt``: create or replace an attribute. Text is stored as a fixed-length
    ASCII/UTF-8 string, numbers in their class (a Python number as double); a vector as
    a 1-D attribute, a matrix with its dimensions reversed (the file holds ``value.T``),
    one value as a scalar."""
    if isinstance(value, bytes):
        value = value.decode("utf-8")
    with _open(path, "r+") as handle:
        owner = _attribute_owner(handle, location, path)
        if isinstance(value, str):
            data = np.bytes_(value.encode("utf-8"))
        else:
            array = np.asarray(value)
            if array.dtype.kind == "U":
                data = np.array([s.encode("utf-8") for s in array.ravel(order="F")])
            elif array.dtype.kind not in "biuf":
                raise CompatTypeError("the attribute value must be numeric or text")
            else:
                if not isinstance(value, (np.ndarray, np.generic)):
                    array = array.astype(np.float64)    # a MATLAB double
                elif array.dtype.kind == "b":
                    array = array.astype(np.uint8)
                array = array.astype(array.dtype.newbyteorder("="))
                if array.size == 1:
                    data = array.reshape(())
                elif array.ndim == 1 or (array.ndim == 2 and 1 in array.shape):
                    data = array.ravel()
                else:
                    data = np.ascontiguousarray(array.transpose())
        if name in owner.attrs:
            del owner.attrs[name]
        owner.attrs[name] = data
