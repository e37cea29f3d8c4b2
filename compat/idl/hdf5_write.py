"""IDL's HDF5 routines that create files and write data, and the dataspace and datatype
routines that partial reads and writes use: ``H5F_CREATE``, ``H5G_CREATE``,
``H5T_IDL_CREATE``, ``H5T_GET_CLASS``, ``H5T_GET_SIZE``, ``H5T_CLOSE``,
``H5S_CREATE_SIMPLE``, ``H5S_CREATE_SCALAR``, ``H5S_GET_SIMPLE_EXTENT_DIMS``,
``H5S_SELECT_HYPERSLAB``, ``H5S_CLOSE``, ``H5D_CREATE``, ``H5D_WRITE``,
``H5D_GET_SPACE``, ``H5D_GET_TYPE``, ``H5A_CREATE``, ``H5A_WRITE``.

Over h5py (extra ``compat[hdf5]``), ids in the one handle table with the reading
routines of :mod:`compat.idl.hdf5`; dataspaces and datatypes are the free objects of
:mod:`compat._core.hdf5_spaces` (its docstring has HDF5's selection rules).

**Dimension order.** IDL reverses every list of dimensions it passes to or gets from
HDF5 ("The IDL HDF5 library handles this difference by automatically reversing the
dimensions for all functions that accept lists of dimensions", IDL Scientific Data
Formats, "The IDL HDF5 Library"): ``H5S_CREATE_SIMPLE([3, 5])`` makes the HDF5
dataspace ``(5, 3)``, which holds ``fltarr(3, 5)`` -- numpy shape ``(5, 3)`` in
compat's IDL layout -- unchanged; hyperslab ``start``/``count``/``STRIDE``/``BLOCK``,
``CHUNK_DIMENSIONS`` and ``MAX_DIMENSIONS`` are reversed likewise. A file written here
reads in h5py as the numpy array written, and in MATLAB's ``h5read`` transposed
(MATLAB reverses the dimensions too, and is column-major).

**Types** (``H5T_IDL_CREATE``): BYTE is an 8-bit unsigned integer, INT/UINT 16-bit,
LONG/ULONG 32-bit, LONG64/ULONG64 64-bit, FLOAT/DOUBLE IEEE 32/64-bit, native byte
order; STRING a fixed-length string as long as the longest string (at least 1); a
structure a compound of its tags; COMPLEX/DCOMPLEX the compound h5py uses (``r``,
``i``).

GDL 1.0.1 has no HDF5 routines: these are tested by round trips through h5py and
MATLAB's ``h5read`` (tests/test_idl_hdf5_write.py).
"""

from __future__ import annotations

import numpy as np

from compat._core import data_handles
from compat._core import hdf5_spaces as spaces
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.hdf5 import h5py_module
from compat._core.idl_types import idl_literal
from compat._core.results import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.hdf5 import _lookup, _root, _text

__all__ = ["h5f_create", "h5g_create", "h5t_idl_create", "h5t_get_class", "h5t_get_size",
           "h5t_close", "h5s_create_simple", "h5s_create_scalar",
           "h5s_get_simple_extent_dims", "h5s_select_hyperslab", "h5s_close",
           "h5d_create", "h5d_write", "h5d_get_space", "h5d_get_type", "h5a_create",
           "h5a_write"]

_LOCATIONS = ("h5file", "h5group")


def _space(space_id, what="dataspace") -> spaces.Space:
    return _lookup(space_id, ("h5space",), what).obj


def _type(type_id) -> spaces.Datatype:
    return _lookup(type_id, ("h5type",), "datatype").obj


def _register(kind, obj, parent=None) -> np.int64:
    return np.int64(data_handles.register(kind, obj, parent=parent))


def _c_order(values, what: str, rank: int | None = None) -> tuple:
    """An IDL list of dimensions (IDL order) as HDF5's C-order tuple."""
    a = np.atleast_1d(idl_literal(values)).ravel()
    if a.dtype.kind not in "iuf" or a.size == 0:
        raise CompatTypeError(f"{what} must be an array of integers")
    if rank is not None and a.size != rank:
        raise CompatValueError(f"{what} must have {rank} elements, got {a.size}")
    return tuple(int(v) for v in a[::-1])


# ------------------------------------------------------------------- files and groups
@idl_routine("H5F_CREATE")
def h5f_create(filename):
    """Create (or truncate) an HDF5 file open for writing, as IDL's ``Result =
    H5F_CREATE(Filename)``; returns the file identifier.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "new.h5")
    >>> fid = idl.h5f_create(path); idl.h5f_close(fid); os.path.exists(path)
    True
    """
    h5py = h5py_module()
    path = _text(filename, "Filename")
    try:
        handle = h5py.File(path, "w")
    except OSError:
        raise CompatValueError(f"unable to create file: Name: {path}") from None
    return np.int64(data_handles.register("h5file", handle, path=path))


@idl_routine("H5G_CREATE")
def h5g_create(loc_id, name):
    """Create a group, as IDL's ``Result = H5G_CREATE(Loc_id, Name)`` (``Name`` absolute
    or relative to the file or group ``Loc_id``); returns the group identifier. An
    existing name is ``H5G_CREATE: unable to create group: Name: ...``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "g.h5")
    >>> fid = idl.h5f_create(path); gid = idl.h5g_create(fid, 'run1')
    >>> idl.h5g_close(gid); idl.h5f_close(fid)
    >>> list(h5py.File(path))
    ['run1']
    """
    location = _lookup(loc_id, _LOCATIONS, "location")
    key = _text(name, "Name")
    try:
        group = location.obj.create_group(key)
    except (ValueError, KeyError):
        raise CompatValueError(f"unable to create group: Name: {key}") from None
    return np.int64(data_handles.register("h5group", group, path=location.path,
                                          parent=_root(location)))


# ------------------------------------------------------------------------- datatypes
def _dtype_of(value) -> np.dtype:
    if isinstance(value, (str, bytes)):
        return np.dtype(f"S{max(len(value), 1)}")
    a = idl_literal(value) if not isinstance(value, np.ndarray) else value
    if a.dtype.kind in "US" or (a.dtype.kind == "O" and a.size and
                                all(isinstance(v, (str, bytes)) for v in a.ravel())):
        longest = max((len(v) for v in a.ravel()), default=1)
        return np.dtype(f"S{max(longest, 1)}")
    if a.dtype.names is not None:
        for name in a.dtype.names:
            if a.dtype[name].kind == "O":
                raise CompatTypeError(f"tag {name} holds strings or structures of "
                                      "varying size: not supported in a compound here")
        return a.dtype.newbyteorder("=")
    if a.dtype.kind == "b":
        return np.dtype(np.uint8)
    if a.dtype == np.int8:
        return np.dtype(np.int16)
    if a.dtype.kind not in "iufc":
        raise CompatTypeError(f"cannot make an HDF5 datatype from {a.dtype}")
    return a.dtype.newbyteorder("=")


@idl_routine("H5T_IDL_CREATE")
def h5t_idl_create(data):
    """The HDF5 datatype of an IDL variable, as IDL's ``Result = H5T_IDL_CREATE(Data)``
    (module docstring for the types); returns a datatype identifier.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> tid = idl.h5t_idl_create(np.float32([1, 2]))
    >>> idl.h5t_get_class(tid), int(idl.h5t_get_size(tid))
    ('H5T_FLOAT', 4)
    >>> idl.h5t_close(tid)
    """
    return _register("h5type", spaces.Datatype(_dtype_of(data)))


@idl_routine("H5T_GET_CLASS")
def h5t_get_class(datatype_id):
    """The class of a datatype as a string (``'H5T_INTEGER'``, ``'H5T_FLOAT'``,
    ``'H5T_STRING'``, ``'H5T_COMPOUND'`` ...), as IDL's ``Result =
    H5T_GET_CLASS(Datatype_id)``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.h5t_get_class(idl.h5t_idl_create('text'))
    'H5T_STRING'
    """
    return spaces.class_name(_type(datatype_id).dtype)


@idl_routine("H5T_GET_SIZE")
def h5t_get_size(datatype_id):
    """The size of one element in bytes (ULONG), as IDL's ``Result =
    H5T_GET_SIZE(Datatype_id)`` (a fixed-length string: its length; a variable-length
    string: the size of a pointer, 8).

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.h5t_get_size(idl.h5t_idl_create(3)))     # INT
    2
    """
    dtype = _type(datatype_id).dtype
    return np.uint32(8 if dtype.kind == "O" else dtype.itemsize)


@idl_routine("H5T_CLOSE")
def h5t_close(datatype_id):
    """Release a datatype identifier, as IDL's ``H5T_CLOSE, Datatype_id``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.h5t_close(idl.h5t_idl_create(1.5))
    """
    data_handles.release(_lookup(datatype_id, ("h5type",), "datatype").number)


# ------------------------------------------------------------------------ dataspaces
@idl_routine("H5S_CREATE_SIMPLE")
def h5s_create_simple(dimensions, *, max_dimensions=None):
    """Create a simple dataspace, as IDL's ``Result = H5S_CREATE_SIMPLE(Dimensions [,
    MAX_DIMENSIONS=array])``: ``Dimensions`` in IDL order (``SIZE(data,
    /DIMENSIONS)``), reversed for HDF5; ``MAX_DIMENSIONS`` likewise, -1 for an
    unlimited dimension (default: the dimensions). Every element is selected.

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([3, 5], max_dimensions=[3, -1])
    >>> idl.h5s_get_simple_extent_dims(sid)            # IDL order again
    array([3, 5], dtype=uint64)
    >>> idl.h5s_close(sid)
    """
    dims = _c_order(dimensions, "Dimensions")
    if any(n < 0 for n in dims):
        raise CompatValueError("Dimensions must not be negative")
    maxdims = dims
    if max_dimensions is not None:
        given = _c_order(max_dimensions, "MAX_DIMENSIONS", len(dims))
        maxdims = tuple(None if m < 0 else m for m in given)
        for n, m in zip(dims, maxdims):
            if m is not None and m < n:
                raise CompatValueError("MAX_DIMENSIONS must not be less than Dimensions")
    return _register("h5space", spaces.Space(dims, maxdims))


@idl_routine("H5S_CREATE_SCALAR")
def h5s_create_scalar():
    """Create a scalar dataspace (one element), as IDL's ``Result =
    H5S_CREATE_SCALAR()``, for scalar datasets and attributes.

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_scalar(); idl.h5s_close(sid)
    """
    return _register("h5space", spaces.Space((), (), scalar=True))


class ExtentDimsResult(Result):
    """H5S_GET_SIMPLE_EXTENT_DIMS's result and its MAX_DIMENSIONS output keyword."""

    result: np.ndarray
    max_dimensions: np.ndarray


@idl_routine("H5S_GET_SIMPLE_EXTENT_DIMS")
def h5s_get_simple_extent_dims(dataspace_id, *, max_dimensions=False):
    """The dimensions of a dataspace in IDL order (ULONG64), as IDL's ``Result =
    H5S_GET_SIMPLE_EXTENT_DIMS(Dataspace_id [, MAX_DIMENSIONS=variable])``; with
    ``max_dimensions=True`` an :class:`ExtentDimsResult` ``(result, max_dimensions)``,
    the maximum dimensions as LONG64 with -1 for unlimited. A scalar dataspace gives 0.

    Examples
    --------
    >>> from compat import idl
    >>> idl.h5s_get_simple_extent_dims(idl.h5s_create_simple([4]))
    array([4], dtype=uint64)
    """
    space = _space(dataspace_id)
    if space.scalar:
        dims = np.uint64(0)
        maxdims = np.int64(0)
    else:
        dims = np.array(space.dims[::-1], dtype=np.uint64)
        maxdims = np.array([-1 if m is None else m for m in space.maxdims[::-1]],
                           dtype=np.int64)
    return named_result(ExtentDimsResult, dims,
                        {"max_dimensions": maxdims} if max_dimensions else {})


@idl_routine("H5S_SELECT_HYPERSLAB")
def h5s_select_hyperslab(dataspace_id, start, count, *, block=None, reset=False,
                         stride=None):
    """Select a hyperslab, as IDL's ``H5S_SELECT_HYPERSLAB, Dataspace_id, Start, Count
    [, BLOCK=array] [, /RESET] [, STRIDE=array]``: ``Start`` (0-based), ``Count``
    (number of blocks), ``STRIDE`` (default 1) and ``BLOCK`` (default 1) per dimension
    in IDL order. Without ``/RESET`` the hyperslab is added (OR) to the current
    selection -- on a new dataspace, where everything is selected, that changes nothing,
    which is why IDL's example says "Be sure to use /RESET". Errors: lists of the wrong
    length, overlapping blocks (stride < block), a selection past the extent
    (HDF5's "selection + offset not within extent").

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "h.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["a"] = np.arange(20, dtype=np.int32).reshape(4, 5)   # IDL LONG[5, 4]
    >>> fid = idl.h5f_open(path); did = idl.h5d_open(fid, 'a')
    >>> sid = idl.h5d_get_space(did)
    >>> idl.h5s_select_hyperslab(sid, [1, 0], [2, 2], stride=[2, 2], reset=True)
    >>> mid = idl.h5s_create_simple([2, 2])
    >>> idl.h5d_read(did, file_space=sid, memory_space=mid)   # IDL a[1:3:2, 0:2:2]
    array([[ 1,  3],
           [11, 13]], dtype=int32)
    >>> idl.h5f_close(fid)
    """
    space = _space(dataspace_id)
    rank = len(space.dims)
    spaces.select_hyperslab(
        space, _c_order(start, "Start", rank), _c_order(count, "Count", rank),
        None if stride is None else _c_order(stride, "STRIDE", rank),
        None if block is None else _c_order(block, "BLOCK", rank), reset=bool(reset))


@idl_routine("H5S_CLOSE")
def h5s_close(dataspace_id):
    """Release a dataspace identifier, as IDL's ``H5S_CLOSE, Dataspace_id``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.h5s_close(idl.h5s_create_simple(3))
    """
    data_handles.release(_lookup(dataspace_id, ("h5space",), "dataspace").number)


# -------------------------------------------------------------------------- datasets
@idl_routine("H5D_CREATE")
def h5d_create(loc_id, name, datatype_id, dataspace_id, *, chunk_dimensions=None,
               gzip=None, shuffle=False):
    """Create a dataset, as IDL's ``Result = H5D_CREATE(Loc_id, Name, Datatype_id,
    Dataspace_id [, CHUNK_DIMENSIONS=array] [, GZIP=level] [, /SHUFFLE])``; returns the
    dataset identifier. ``CHUNK_DIMENSIONS`` (IDL order) is needed for an extendible
    dataspace and for ``GZIP`` compression (level 0-9). The dataset holds HDF5's
    default fill value, zero, until written.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "d.h5")
    >>> data = np.arange(6, dtype=np.float32).reshape(2, 3)     # IDL fltarr(3, 2)
    >>> fid = idl.h5f_create(path)
    >>> tid = idl.h5t_idl_create(data); sid = idl.h5s_create_simple([3, 2])
    >>> did = idl.h5d_create(fid, 'x', tid, sid, chunk_dimensions=[3, 1], gzip=6)
    >>> idl.h5d_write(did, data); idl.h5f_close(fid)
    >>> h5py.File(path)['x'].chunks, h5py.File(path)['x'].compression
    ((1, 3), 'gzip')
    """
    location = _lookup(loc_id, _LOCATIONS, "location")
    key = _text(name, "Name")
    dtype = _type(datatype_id).dtype
    space = _space(dataspace_id)
    rank = len(space.dims)
    options = {}
    if chunk_dimensions is not None:
        if space.scalar:
            raise CompatValueError("a scalar dataspace cannot be chunked")
        options["chunks"] = _c_order(chunk_dimensions, "CHUNK_DIMENSIONS", rank)
        if any(c < 1 for c in options["chunks"]):
            raise CompatValueError("CHUNK_DIMENSIONS must be positive")
    extendible = any(m != n for m, n in zip(space.maxdims, space.dims))
    if (extendible or gzip is not None) and "chunks" not in options:
        raise CompatValueError("CHUNK_DIMENSIONS must be set for an extendible dataspace "
                               "or GZIP compression")
    if gzip is not None:
        level = int(gzip)
        if not 0 <= level <= 9:
            raise CompatValueError(f"GZIP must be 0 to 9, got {level}")
        options.update(compression="gzip", compression_opts=level)
    if shuffle:
        options["shuffle"] = True
    try:
        dataset = location.obj.create_dataset(
            key, shape=space.dims, dtype=dtype,
            maxshape=space.maxdims if extendible else None, **options)
    except (ValueError, TypeError):
        raise CompatValueError(f"unable to create dataset: Name: {key}") from None
    return np.int64(data_handles.register("h5dataset", dataset, path=location.path,
                                          parent=_root(location)))


def _file_data(data, dtype: np.dtype) -> np.ndarray:
    """``data`` in the memory layout HDF5 converts from, for a file type ``dtype``."""
    if isinstance(data, (str, bytes)):
        data = np.array(data)
    a = idl_literal(data) if not isinstance(data, np.ndarray) else data
    if spaces.is_string(dtype):
        if a.dtype.kind == "S":
            return a
        return np.char.encode(np.asarray(a, dtype=str), "latin-1")
    if a.dtype.kind in "US" or (a.dtype.kind == "O" and dtype.names is None):
        raise CompatTypeError("Data is text; the dataset holds numbers")
    if dtype.names is not None:
        return np.asarray(a).astype(dtype)
    return np.asarray(a)


@idl_routine("H5D_WRITE")
def h5d_write(dataset_id, data, *, memory_space_id=None, file_space_id=None):
    """Write data to a dataset, as IDL's ``H5D_WRITE, Dataset_id, Data [,
    MEMORY_SPACE_ID=id] [, FILE_SPACE_ID=id]``.

    ``Data`` is in compat's IDL layout (numpy shape = IDL dimensions reversed = the
    file's C order) and is converted to the dataset's type as HDF5 converts. Without
    ``FILE_SPACE_ID`` the whole dataset is written; with it, its selection (a hyperslab,
    or points from :func:`compat.idl.h5s_select_elements`) receives the elements of
    ``Data`` (or of the ``MEMORY_SPACE_ID`` selection within ``Data``) in the
    selections' order: C order for hyperslabs, the order given for points. A different number of elements is HDF5's
    ``src and dest dataspaces have different number of elements selected``.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl, matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "w.h5")
    >>> fid = idl.h5f_create(path)
    >>> did = idl.h5d_create(fid, 'd', idl.h5t_idl_create(1), idl.h5s_create_simple([3, 2]))
    >>> idl.h5d_write(did, np.arange(6, dtype=np.int16).reshape(2, 3))  # IDL indgen(3, 2)
    >>> sid = idl.h5d_get_space(did)
    >>> idl.h5s_select_hyperslab(sid, [2, 0], [1, 2], reset=True)       # column 2 in IDL
    >>> idl.h5d_write(did, np.int16([[-1], [-2]]), file_space_id=sid); idl.h5f_close(fid)
    >>> matlab.h5read(path, '/d')          # MATLAB: 3-by-2, IDL's own dimensions
    array([[ 0,  3],
           [ 1,  4],
           [-1, -2]], dtype=int16)
    """
    dataset = _lookup(dataset_id, ("h5dataset",), "dataset").obj
    file_space = None if file_space_id in (None, 0) else _space(file_space_id)
    memory_space = None if memory_space_id in (None, 0) else _space(memory_space_id)
    a = _file_data(data, dataset.dtype)
    if dataset.shape == () and file_space is None and memory_space is None:
        if a.size != 1:
            raise CompatValueError(spaces.DIFFERENT_COUNTS)
        dataset[()] = a.reshape(())
        return
    spaces.write_selection(dataset, a, file_space, memory_space)


@idl_routine("H5D_GET_SPACE")
def h5d_get_space(dataset_id):
    """A copy of a dataset's dataspace with every element selected, as IDL's ``Result =
    H5D_GET_SPACE(Dataset_id)``; close it with ``H5S_CLOSE``.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "s.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["a"] = np.zeros((4, 5))
    >>> fid = idl.h5f_open(path)
    >>> idl.h5s_get_simple_extent_dims(idl.h5d_get_space(idl.h5d_open(fid, 'a')))
    array([5, 4], dtype=uint64)
    >>> idl.h5f_close(fid)
    """
    dataset = _lookup(dataset_id, ("h5dataset",), "dataset").obj
    shape = dataset.shape
    if shape is None or shape == ():
        return _register("h5space", spaces.Space((), (), scalar=True))
    return _register("h5space", spaces.Space(tuple(shape), tuple(dataset.maxshape)))


@idl_routine("H5D_GET_TYPE")
def h5d_get_type(dataset_id):
    """A dataset's datatype, as IDL's ``Result = H5D_GET_TYPE(Dataset_id)``.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "t.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["a"] = np.zeros(3, np.uint16)
    >>> fid = idl.h5f_open(path); tid = idl.h5d_get_type(idl.h5d_open(fid, 'a'))
    >>> idl.h5t_get_class(tid), int(idl.h5t_get_size(tid))
    ('H5T_INTEGER', 2)
    >>> idl.h5f_close(fid)
    """
    dataset = _lookup(dataset_id, ("h5dataset",), "dataset").obj
    return _register("h5type", spaces.Datatype(dataset.dtype))


# ------------------------------------------------------------------------ attributes
@idl_routine("H5A_CREATE")
def h5a_create(loc_id, name, datatype_id, dataspace_id):
    """Create an attribute of a file's root group, a group or a dataset, as IDL's
    ``Result = H5A_CREATE(Loc_id, Name, Datatype_id, Dataspace_id)``; returns the
    attribute identifier (write it with ``H5A_WRITE``). An existing name is ``H5A_CREATE:
    unable to create attribute: Name: ...``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "a.h5")
    >>> fid = idl.h5f_create(path)
    >>> aid = idl.h5a_create(fid, 'units', idl.h5t_idl_create('m/s'), idl.h5s_create_scalar())
    >>> idl.h5a_write(aid, 'm/s'); idl.h5a_close(aid); idl.h5f_close(fid)
    >>> h5py.File(path).attrs['units']
    np.bytes_(b'm/s')
    """
    owner = _lookup(loc_id, ("h5file", "h5group", "h5dataset"), "location")
    key = _text(name, "Name")
    dtype = _type(datatype_id).dtype
    space = _space(dataspace_id)
    if key in owner.obj.attrs:
        raise CompatValueError(f"unable to create attribute: Name: {key}")
    owner.obj.attrs.create(key, data=np.zeros(space.dims, dtype=dtype), dtype=dtype)
    return np.int64(data_handles.register("h5attribute", (owner.obj, key),
                                          path=owner.path, parent=_root(owner)))


@idl_routine("H5A_WRITE")
def h5a_write(attribute_id, data):
    """Write an attribute's value, as IDL's ``H5A_WRITE, Attribute_id, Data`` (converted
    to the attribute's type; the number of elements must be the attribute's).

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "v.h5")
    >>> fid = idl.h5f_create(path)
    >>> data = np.float32([0, 100])
    >>> aid = idl.h5a_create(fid, 'range', idl.h5t_idl_create(data), idl.h5s_create_simple(2))
    >>> idl.h5a_write(aid, data); idl.h5f_close(fid)
    >>> h5py.File(path).attrs['range']
    array([  0., 100.], dtype=float32)
    """
    owner, key = _lookup(attribute_id, ("h5attribute",), "attribute").obj
    current = owner.attrs.get_id(key)
    shape = current.shape
    dtype = current.dtype
    a = _file_data(data, dtype)
    if a.size != int(np.prod(shape, dtype=np.int64)):
        raise CompatValueError(spaces.DIFFERENT_COUNTS)
    owner.attrs.modify(key, np.asarray(a).astype(dtype).reshape(shape))
