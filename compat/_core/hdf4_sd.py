"""HDF4 scientific data sets (the SD interface) by id: the core of IDL's ``HDF_SD_*``.

Python-shaped: dimensions in the file's C order (slowest first, as the HDF4 library and
pyhdf list them), 0-based offsets, numpy dtypes; the IDL layer (:mod:`compat.idl.hdf4`)
reverses the order and names IDL's types. Files are opened with pyhdf (the optional
extra ``compat[hdf4]``), which calls the HDF4 library's ``mfhdf`` SD interface as IDL
does (HDF4 Reference Manual, section SD: ``SDstart``, ``SDselect``, ``SDreaddata``,
``SDattrinfo``, ...), so a file written here is the file IDL would write.

**Ids** are the HDF4 library's own identifiers -- what ``SDstart``, ``SDselect``/
``SDcreate`` and ``SDgetdimid`` return, and what IDL hands to a program (GDL 1.0.1, which
calls the same library, prints 393216 for the first file, 262144 for its first data set
and 327680 + k for dimension k) -- entered in compat's one table of open data handles
(:mod:`compat._core.data_handles`, as netCDF ids are). A closed id is refused.

Types: the HDF4 number types (HDF4 Reference Manual, Table 1A) and their numpy dtypes in
:data:`HDF_TYPES`; DFNT_CHAR8/UCHAR8 data sets read as bytes.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import data_handles
from compat._core.errors import CompatValueError
from compat._core.extras import optional_module

__all__ = ["HDF_TYPES", "start", "end", "file_info", "select", "create", "end_access",
           "name_to_index", "info", "read", "write", "attr_info", "attr_find", "attr_set",
           "dim_id", "dim_info", "dim_set", "data_strings", "set_data_strings",
           "fill_value", "set_fill", "valid_range", "set_range", "calibration",
           "set_calibration", "is_hdf", "sds_handle"]

#: HDF4 number type code -> (name, numpy dtype) (HDF4 Reference Manual, Table 1A)
HDF_TYPES = {3: ("DFNT_UCHAR8", "u1"), 4: ("DFNT_CHAR8", "S1"), 5: ("DFNT_FLOAT32", "f4"),
             6: ("DFNT_FLOAT64", "f8"), 20: ("DFNT_INT8", "i1"), 21: ("DFNT_UINT8", "u1"),
             22: ("DFNT_INT16", "i2"), 23: ("DFNT_UINT16", "u2"), 24: ("DFNT_INT32", "i4"),
             25: ("DFNT_UINT32", "u4")}

_BAD_FILE = "Invalid SD interface id: {id}"
_BAD_SDS = "Invalid SD dataset id: {id}"
_BAD_DIM = "Invalid SD dimension id: {id}"
_BAD_ANY = "Invalid SD interface, dataset or dimension id: {id}"


def _sd():
    return optional_module("pyhdf.SD", "HDF4 files (HDF_SD_*)")


def _file(sd_id):
    return data_handles.lookup(sd_id, ("hdf4file",), _BAD_FILE)


def sds_handle(sds_id):
    """The table entry of a data set id (its pyhdf ``SDS`` is ``.obj``)."""
    return data_handles.lookup(sds_id, ("hdf4sds",), _BAD_SDS)


def _dim(dim_id_):
    return data_handles.lookup(dim_id_, ("hdf4dim",), _BAD_DIM)


def _any(obj_id):
    return data_handles.lookup(obj_id, ("hdf4file", "hdf4sds", "hdf4dim"), _BAD_ANY)


def _register(kind, obj, number, path="", parent=None) -> int:
    number = int(number)
    try:
        old = data_handles.lookup(number, (kind,), "")
    except CompatValueError:
        old = None
    if old is not None:         # the library handed out the same id again: same object
        return number
    return data_handles.register(kind, obj, path=path, parent=parent, number=number)


def _check(message, call, *args):
    """``call(*args)``, with the library's failure as ``CompatValueError(message)``."""
    error = optional_module("pyhdf.error", "HDF4 files (HDF_SD_*)").HDF4Error
    try:
        return call(*args)
    except error:
        raise CompatValueError(message) from None


# ------------------------------------------------------------------------------ files
def start(path, mode: str = "read") -> int:
    """``SDstart``: ``mode`` 'read', 'rdwr' or 'create' (an existing file is replaced)."""
    sd = _sd()
    path = os.fspath(path)
    flags = {"read": sd.SDC.READ, "rdwr": sd.SDC.WRITE,
             "create": sd.SDC.WRITE | sd.SDC.CREATE | sd.SDC.TRUNC}[mode]
    message = f"Unable to start the HDF-SD interface on {path!r}"
    if mode != "create" and not os.path.exists(path):
        raise CompatValueError(message)
    handle = _check(message, sd.SD, path, flags)
    return _register("hdf4file", handle, handle._id, path=path)


def end(sd_id) -> None:
    """``SDend``: the file's data sets and dimensions are ended with it."""
    handle = _file(sd_id)
    for number in data_handles.open_handles("hdf4sds"):
        if data_handles.lookup(number, (), "").parent == handle.number:
            end_access(number)
    data_handles.release(handle.number)
    handle.obj.end()


def file_info(sd_id) -> tuple[int, int]:
    """``SDfileinfo``: (number of data sets, incl. coordinate variables; of global
    attributes)."""
    return tuple(int(v) for v in _file(sd_id).obj.info())


def name_to_index(sd_id, name: str) -> int:
    """``SDnametoindex``: a data set's index, -1 when there is none of that name."""
    handle = _file(sd_id)
    try:
        return int(handle.obj.nametoindex(str(name)))
    except optional_module("pyhdf.error").HDF4Error:
        return -1


def select(sd_id, index) -> int:
    """``SDselect``: the id of data set ``index`` (0-based)."""
    handle = _file(sd_id)
    count = handle.obj.info()[0]
    index = int(index)
    if not 0 <= index < count:
        raise CompatValueError(f"Unable to select SD dataset {index} (the file has "
                               f"{count})")
    sds = _check(f"Unable to select SD dataset {index}", handle.obj.select, index)
    return _register("hdf4sds", sds, sds._id, path=handle.path, parent=handle.number)


def create(sd_id, name: str, shape, type_code: int) -> int:
    """``SDcreate``: a new data set of HDF type ``type_code``; ``shape`` in C order,
    0 for the unlimited (first) dimension."""
    handle = _file(sd_id)
    shape = [int(n) for n in shape]
    if any(n < 0 for n in shape) or 0 in shape[1:]:
        raise CompatValueError("Only the last (slowest) IDL dimension may be unlimited (0)")
    sd = _sd()
    sds = _check(f"Unable to create SD dataset {name!r}", handle.obj.create, str(name),
                 int(type_code), [sd.SDC.UNLIMITED if n == 0 else n for n in shape])
    return _register("hdf4sds", sds, sds._id, path=handle.path, parent=handle.number)


def end_access(sds_id) -> None:
    """``SDendaccess``; the data set's dimension ids go with it."""
    handle = sds_handle(sds_id)
    for number in data_handles.open_handles("hdf4dim"):
        if data_handles.lookup(number, (), "").parent == handle.number:
            data_handles.release(number)
    data_handles.release(handle.number)
    handle.obj.endaccess()


# -------------------------------------------------------------------------- data sets
def info(sds_id) -> tuple[str, list[int], int, int]:
    """``SDgetinfo``: (name, C-order shape (an unlimited dimension's current length),
    HDF type code, number of attributes)."""
    name, rank, dims, code, natts = sds_handle(sds_id).obj.info()
    dims = [int(dims)] if rank == 1 and np.ndim(dims) == 0 else [int(d) for d in dims]
    return str(name), dims, int(code), int(natts)


def _dtype(code: int) -> np.dtype:
    try:
        return np.dtype(HDF_TYPES[int(code)][1])
    except KeyError:
        raise CompatValueError(f"HDF number type {code} is not supported") from None


def _slab(shape, start, count, stride):
    rank = len(shape)
    start = [0] * rank if start is None else [int(v) for v in start]
    stride = [1] * rank if stride is None else [int(v) for v in stride]
    if count is None:
        count = [max(0, -(-(n - s) // st)) for n, s, st in zip(shape, start, stride)]
    count = [int(v) for v in count]
    if not len(start) == len(count) == len(stride) == rank:
        raise CompatValueError(f"START, COUNT and STRIDE need {rank} elements")
    for n, s, c, st in zip(shape, start, count, stride):
        if st < 1 or s < 0 or c < 1 or s + (c - 1) * st >= max(n, 1):
            raise CompatValueError(f"The hyperslab (start {start}, count {count}, "
                                   f"stride {stride}) exceeds the dimensions {shape}")
    return start, count, stride


def read(sds_id, start=None, count=None, stride=None) -> np.ndarray:
    """``SDreaddata`` of a hyperslab (C order); the values in the file's type (CHAR8 as
    bytes ``S1``)."""
    sds = sds_handle(sds_id).obj
    _, shape, code, _ = info(sds_id)
    start, count, stride = _slab(shape, start, count, stride)
    values = _check("Unable to read the SD dataset", sds.get, start, count, stride)
    values = np.asarray(values)
    dtype = _dtype(code)
    if dtype.kind == "S":
        return np.frombuffer(np.asarray(values).astype("S1").tobytes(), "S1").reshape(count)
    return np.ascontiguousarray(values, dtype=dtype).reshape(count)


def write(sds_id, values, start=None, count=None, stride=None) -> None:
    """``SDwritedata`` of a hyperslab (C order); ``values`` already in the data set's
    dtype and shape ``count`` (default: all of it from ``start``)."""
    sds = sds_handle(sds_id).obj
    _, shape, code, _ = info(sds_id)
    values = np.ascontiguousarray(values)
    if count is None and shape and shape[0] == 0:
        count = list(values.shape)
    if count is None:
        count = list(values.shape) if start is None and stride is None else None
    if shape and shape[0] == 0:         # unlimited: any number of records
        shape = [max(1, (int(start[0]) if start else 0) + values.shape[0])] + shape[1:]
    start, count, stride = _slab(shape, start, count, stride)
    if int(np.prod(count)) != values.size:
        raise CompatValueError(f"The data ({values.size} elements) do not fill the "
                               f"hyperslab {count}")
    if _dtype(code).kind == "S":
        values = values.view(np.uint8) if values.dtype.kind == "S" else values
    _check("Unable to write the SD dataset", sds.set, values.reshape(count), start,
           count, stride)


# ------------------------------------------------------------------------- attributes
def _attr_owner(obj_id):
    handle = _any(obj_id)
    return handle.obj


def attr_info(obj_id, index) -> tuple[str, int, int, object]:
    """``SDattrinfo`` + ``SDreadattr``: (name, HDF type code, count, values) -- values
    a ``str`` for CHAR8/UCHAR8 text, else a 1-D array in the attribute's dtype."""
    owner = _attr_owner(obj_id)
    index = int(index)
    attr = _check(f"Invalid attribute index {index}", owner.attr, index)
    name, code, count = _check(f"Invalid attribute index {index}", attr.info)[:3]
    sd = _sd()
    if code in (sd.SDC.CHAR8, sd.SDC.UCHAR8):
        data = _check("Unable to read the attribute", attr.get)
        if isinstance(data, bytes):
            data = data.decode("latin-1")
        return str(name), int(code), int(count), str(data).split("\0")[0]
    data = np.atleast_1d(np.asarray(_check("Unable to read the attribute", attr.get),
                                    dtype=_dtype(code)))
    return str(name), int(code), int(count), data


def attr_find(obj_id, name: str) -> int:
    """``SDfindattr``: an attribute's index, -1 when missing."""
    owner = _attr_owner(obj_id)
    try:
        return int(owner.attr(str(name)).index())
    except optional_module("pyhdf.error").HDF4Error:
        return -1


def attr_set(obj_id, name: str, values, type_code: int) -> None:
    """``SDsetattr``: ``values`` a ``str`` (CHAR8) or a 1-D array already in the dtype of
    ``type_code``."""
    owner = _attr_owner(obj_id)
    attr = owner.attr(str(name))
    if isinstance(values, str):
        _check("Unable to set the attribute", attr.set, int(type_code), values)
        return
    items = [v.item() for v in np.ravel(values)]
    _check("Unable to set the attribute", attr.set, int(type_code), items)


# ---------------------------------------------------------- predefined attributes
def data_strings(sds_id) -> tuple[str, str, str, str]:
    """``SDgetdatastrs``: label, unit, format, coordsys ('' where not set)."""
    values = _check("Unable to read the data strings", sds_handle(sds_id).obj.getdatastrs)
    return tuple("" if v is None else str(v) for v in values)


def set_data_strings(sds_id, label, unit, fmt, coordsys) -> None:
    """``SDsetdatastrs`` (the strings not given are kept)."""
    old = data_strings(sds_id)
    new = [o if v is None else str(v) for o, v in zip(old, (label, unit, fmt, coordsys))]
    sds_handle(sds_id).obj.setdatastrs(*new)


def _attr_value(sds_id, name):
    index = attr_find(sds_id, name)
    return None if index < 0 else attr_info(sds_id, index)[3]


def fill_value(sds_id):
    """``SDgetfillvalue`` in the data set's dtype, None when none is set."""
    value = _attr_value(sds_id, "_FillValue")
    if value is None:
        return None
    return np.asarray(value).astype(_dtype(info(sds_id)[2]))[0]


def set_fill(sds_id, value) -> None:
    """``SDsetfillvalue``."""
    sds_handle(sds_id).obj.setfillvalue(np.asarray(value).item())


def valid_range(sds_id):
    """``SDgetrange`` as [min, max] in the data set's dtype, None when not set."""
    value = _attr_value(sds_id, "valid_range")
    if value is None:
        return None
    return np.asarray(value).astype(_dtype(info(sds_id)[2]))


def set_range(sds_id, low, high) -> None:
    """``SDsetrange`` (max first in the library's call)."""
    sds_handle(sds_id).obj.setrange(np.asarray(low).item(), np.asarray(high).item())


def calibration(sds_id):
    """``SDgetcal``: (cal, cal_err, offset, offset_err, number type), None if not set."""
    sds = sds_handle(sds_id).obj
    if attr_find(sds_id, "scale_factor") < 0:
        return None
    return _check("Unable to read the calibration", sds.getcal)


def set_calibration(sds_id, cal, cal_err, offset, offset_err, code) -> None:
    """``SDsetcal``."""
    sds_handle(sds_id).obj.setcal(float(cal), float(cal_err), float(offset),
                                  float(offset_err), int(code))


# ------------------------------------------------------------------------- dimensions
def dim_id(sds_id, index) -> int:
    """``SDgetdimid``: the id of dimension ``index`` (C order) of a data set."""
    handle = sds_handle(sds_id)
    rank = len(info(sds_id)[1])
    index = int(index)
    if not 0 <= index < rank:
        raise CompatValueError(f"Invalid dimension index {index} (the data set has "
                               f"{rank} dimensions)")
    dim = handle.obj.dim(index)
    return _register("hdf4dim", dim, dim._id, path=handle.path, parent=handle.number)


def dim_info(dim_id_) -> dict:
    """``SDdiminfo``, ``SDgetdimstrs``, ``SDgetdimscale``: name, count (current length),
    scale type code (0 when none), number of attributes, label/unit/format, scale."""
    dim = _dim(dim_id_).obj
    name, length, code, natts = dim.info()
    try:
        label, unit, fmt = dim.getstrs()
    except optional_module("pyhdf.error").HDF4Error:
        label = unit = fmt = ""
    scale = None
    if code:
        try:
            scale = np.asarray(dim.getscale(), dtype=_dtype(code))
        except optional_module("pyhdf.error").HDF4Error:
            scale = None
    return {"name": str(name), "count": int(length), "type": int(code),
            "natts": int(natts), "label": label or "", "unit": unit or "",
            "format": fmt or "", "scale": scale}


def dim_set(dim_id_, *, name=None, label=None, unit=None, fmt=None, scale=None,
            scale_code=None) -> None:
    """``SDsetdimname``, ``SDsetdimstrs``, ``SDsetdimscale``."""
    dim = _dim(dim_id_).obj
    if name is not None:
        _check(f"Unable to name the dimension {name!r}", dim.setname, str(name))
    if label is not None or unit is not None or fmt is not None:
        old = dim_info(dim_id_)
        dim.setstrs(old["label"] if label is None else str(label),
                    old["unit"] if unit is None else str(unit),
                    old["format"] if fmt is None else str(fmt))
    if scale is not None:
        _check("Unable to set the dimension scale", dim.setscale, int(scale_code),
               [v.item() for v in np.ravel(scale)])


# ----------------------------------------------------------------------------- files
def is_hdf(path) -> bool:
    """``Hishdf``: the file starts with HDF4's magic number 0x0e031301 (HDF4 Reference
    Manual, ``Hishdf``; the file's first four bytes)."""
    try:
        with open(os.fspath(path), "rb") as stream:
            return stream.read(4) == b"\x0e\x03\x13\x01"
    except OSError:
        return False
