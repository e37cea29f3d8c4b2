"""IDL's basic HDF5 routines: ``H5F_OPEN``, ``H5F_CLOSE``, ``H5G_OPEN``, ``H5G_CLOSE``,
``H5D_OPEN``, ``H5D_READ``, ``H5D_CLOSE``, ``H5A_OPEN_NAME``, ``H5A_OPEN_IDX``,
``H5A_GET_NAME``, ``H5A_GET_NUM_ATTRS``, ``H5A_READ``, ``H5A_CLOSE``, and ``H5F_IS_HDF5``.

IDL's id-based interface over h5py (the optional extra ``compat[hdf5]``): files, groups,
datasets and attributes are named by the integer identifiers these functions return,
held in the one handle table (:mod:`compat._core.data_handles`) with IDL's netCDF ids.

**Layout.** IDL is column-major and lists an HDF5 dataspace's dimensions reversed (IDL
Scientific Data Formats, "HDF5 Overview": "the dimensions are reversed from the C
order"); compat's IDL layout (numpy shape = IDL dimensions reversed) is therefore the
file's C order: ``H5D_READ`` gives what h5py reads, made native-endian. **Types:** HDF5
integers and floats come back as the IDL type of their size and sign (an 8-bit integer
as BYTE, 16-bit as INT or UINT, 32-bit as LONG or ULONG, 64-bit as LONG64 or ULONG64,
FLOAT, DOUBLE), strings as STRING, a compound type as a structure (a record array
whose tags are the member names in upper case, as IDL's tags are). A
scalar dataspace gives a scalar.

GDL 1.0.1 has no HDF5 routines: these are tested against h5py reading and writing the
same files (tests/test_idl_hdf5.py).
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import data_handles
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.hdf5 import h5py_module
from compat._core.hdf5_signature import has_hdf5_signature
from compat._core.idl_types import file_name
from compat._core.legacy import idl_routine

__all__ = ["h5f_open", "h5f_close", "h5f_is_hdf5", "h5g_open", "h5g_close",
           "h5d_open", "h5d_read",
           "h5d_close", "h5a_open_name", "h5a_open_idx", "h5a_get_name",
           "h5a_get_num_attrs", "h5a_read", "h5a_close"]

_LOCATIONS = ("h5file", "h5group")


def _lookup(identifier, kinds, what: str):
    return data_handles.lookup(identifier, kinds, f"Invalid {what} identifier: {{id}}")


def _text(name, what: str) -> str:
    if isinstance(name, bytes):
        return name.decode("latin-1")
    if not isinstance(name, str):
        raise CompatTypeError(f"{what} must be a string.")
    return name


def _idl_value(value):
    """What h5py read, as IDL holds it (module docstring)."""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, str):
        return value
    array = np.asarray(value)
    if array.dtype.kind == "S" or array.dtype.kind == "O":
        flat = [v.decode("latin-1") if isinstance(v, bytes) else str(v)
                for v in array.ravel()]
        out = np.array(flat, dtype=str).reshape(array.shape)
        return str(out[()]) if out.ndim == 0 else out
    if array.dtype.names is not None:
        from compat._core.idl_struct import as_structure   # IDL's tags: upper case
        return as_structure(np.atleast_1d(array.astype(array.dtype.newbyteorder("="))))
    if array.dtype == np.int8:
        array = array.view(np.uint8)
    elif array.dtype.kind == "b":
        array = array.astype(np.uint8)
    if array.dtype.byteorder not in "=|":
        array = array.astype(array.dtype.newbyteorder("="))
    return array[()] if array.ndim == 0 else np.ascontiguousarray(array)


# ------------------------------------------------------------------- files, groups
@idl_routine("H5F_OPEN")
def h5f_open(name, *, write=False):
    """Open an HDF5 file, as IDL's ``Result = H5F_OPEN(Name [, /WRITE])``; returns the
    file identifier (read-only unless ``/WRITE``). A file that is missing or not HDF5
    is IDL's ``H5F_OPEN: unable to open file: Name: x.h5``.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "d.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["images/img"] = np.arange(6, dtype=np.int16).reshape(2, 3)
    >>> fid = idl.h5f_open(path)
    >>> did = idl.h5d_open(fid, '/images/img')
    >>> idl.h5d_read(did)                   # IDL INT[3, 2]: numpy (2, 3), the file's order
    array([[0, 1, 2],
           [3, 4, 5]], dtype=int16)
    >>> idl.h5d_close(did); idl.h5f_close(fid)
    """
    h5py = h5py_module()
    path = _text(name, "Name")
    try:
        if not os.path.isfile(path):
            raise OSError
        handle = h5py.File(path, "r+" if write else "r")
    except OSError:
        raise CompatValueError(f"unable to open file: Name: {path}") from None
    return np.int64(data_handles.register("h5file", handle, path=path))


@idl_routine("H5F_CLOSE")
def h5f_close(file_id):
    """Close an HDF5 file, as IDL's ``H5F_CLOSE, File_id``. An unknown or closed id is
    ``H5F_CLOSE: Invalid file identifier: ...``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "c.h5"); h5py.File(path, "w").close()
    >>> idl.h5f_close(idl.h5f_open(path))
    """
    handle = _lookup(file_id, ("h5file",), "file")
    for number in data_handles.open_handles():
        member = data_handles.lookup(number, (), "")
        if member.parent == handle.number:
            data_handles.release(number)     # its groups, datasets and attributes
    data_handles.close_handle(handle.number)


@idl_routine("H5F_IS_HDF5")
def h5f_is_hdf5(filename):
    """Whether a file is in the HDF5 format, as IDL's ``Result = H5F_IS_HDF5(Filename)``:
    1 when it is, 0 when it is not.

    The HDF5 library's test (``H5Fis_hdf5``, which IDL calls): the format signature
    ``\\x89HDF\\r\\n\\x1a\\n`` at byte 0, or at 512, 1024, 2048, ... after a user
    block (:mod:`compat._core.hdf5_signature`). Only the signature is read, so neither
    h5py nor a valid rest of the file is needed (netCDF-4 files are HDF5 files). Returns
    ``numpy.int32`` (IDL's page gives the values 1 and 0, not their type; HDF5's
    ``htri_t`` is a C int). A file that cannot be read is an error, as IDL stops on a
    failed HDF5 call: ``"H5F_IS_HDF5: unable to open file: Filename: x.h5"`` (compat's
    wording, after H5F_OPEN's). Differences from ``h5py.is_hdf5``: that returns False
    for a missing file, and with HDF5 2.0 it also opens the file, so a file with the
    signature but a damaged superblock is not HDF5 there.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> folder = tempfile.mkdtemp()
    >>> path = os.path.join(folder, "notes.txt")
    >>> with open(path, "w") as f:
    ...     _ = f.write("not HDF5")
    >>> idl.h5f_is_hdf5(path)
    np.int32(0)
    >>> path = os.path.join(folder, "tiny.h5")
    >>> with open(path, "wb") as f:               # the signature is what is tested
    ...     _ = f.write(b"\\x89HDF\\r\\n\\x1a\\n" + bytes(40))
    >>> idl.h5f_is_hdf5(path)
    np.int32(1)
    """
    path = file_name(filename, "Filename must be a string.", array="one")
    try:
        if not os.path.isfile(path):
            raise OSError
        found = has_hdf5_signature(path)
    except OSError:
        raise CompatValueError(f"unable to open file: Filename: {path}") from None
    return np.int32(1 if found else 0)


@idl_routine("H5G_OPEN")
def h5g_open(loc_id, name):
    """Open a group, as IDL's ``Result = H5G_OPEN(Loc_id, Name)`` (``Loc_id`` a file or
    group identifier, ``Name`` absolute or relative to it).

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "g.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["a/b"] = [1.5, 2.5]
    >>> fid = idl.h5f_open(path); gid = idl.h5g_open(fid, 'a')
    >>> idl.h5d_read(idl.h5d_open(gid, 'b'))
    array([1.5, 2.5])
    >>> idl.h5g_close(gid); idl.h5f_close(fid)
    """
    return _open_member(loc_id, name, "h5group", "group")


@idl_routine("H5G_CLOSE")
def h5g_close(group_id):
    """Close a group, as IDL's ``H5G_CLOSE, Group_id``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "g.h5"); h5py.File(path, "w").close()
    >>> fid = idl.h5f_open(path); idl.h5g_close(idl.h5g_open(fid, '/')); idl.h5f_close(fid)
    """
    handle = _lookup(group_id, ("h5group",), "group")
    data_handles.release(handle.number)


def _open_member(loc_id, name, kind: str, what: str):
    h5py = h5py_module()
    location = _lookup(loc_id, _LOCATIONS, "location")
    key = _text(name, "Name")
    try:
        member = location.obj[key]
    except (KeyError, ValueError):
        member = None
    wanted = h5py.Group if kind == "h5group" else h5py.Dataset
    if not isinstance(member, wanted):
        raise CompatValueError(f"unable to open {what}: Name: {key}")
    return np.int64(data_handles.register(kind, member, path=location.path,
                                          parent=_root(location)))


# ------------------------------------------------------------------------- datasets
@idl_routine("H5D_OPEN")
def h5d_open(loc_id, name):
    """Open a dataset, as IDL's ``Result = H5D_OPEN(Loc_id, Name)``; a missing one is
    ``H5D_OPEN: unable to open dataset: Name: x``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "o.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["x"] = 7
    >>> fid = idl.h5f_open(path)
    >>> int(idl.h5d_read(idl.h5d_open(fid, 'x')))
    7
    >>> idl.h5f_close(fid)
    """
    return _open_member(loc_id, name, "h5dataset", "dataset")


@idl_routine("H5D_READ")
def h5d_read(dataset_id, *, file_space=None, memory_space=None):
    """Read a dataset, as IDL's ``Result = H5D_READ(Dataset_id [, FILE_SPACE=id] [,
    MEMORY_SPACE=id])``.

    Returns the data in compat's IDL layout (the file's C order: IDL's dimensions are
    the HDF5 dimensions reversed) and IDL's type of the HDF5 type (module docstring);
    text as STRING, a compound dataset as a structure array, a scalar dataspace as a
    scalar. ``FILE_SPACE`` (a dataspace id with a selection, from ``H5D_GET_SPACE`` and
    ``H5S_SELECT_HYPERSLAB`` or ``H5S_SELECT_ELEMENTS``) reads part of the dataset,
    a point selection in the order its points were given; the result has the
    ``MEMORY_SPACE``'s dimensions if given, else the file dataspace's, with zeros where
    nothing is selected (IDL's documented precedence; 0 for either means "all"). See
    :func:`compat.idl.h5s_select_hyperslab` and :func:`compat.idl.h5s_select_elements`.
    (The ``Datatype_id`` argument, for reading part of a compound, is not supported.)

    Differences from ``h5py.File(f)[d][()]``: the result is native-endian, 8-bit signed
    integers are BYTE, and strings are ``str``.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "r.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["be"] = np.array([1.0, 2.0], dtype=">f4"); f["s"] = np.bytes_(b"text")
    >>> fid = idl.h5f_open(path)
    >>> idl.h5d_read(idl.h5d_open(fid, 'be')), idl.h5d_read(idl.h5d_open(fid, 's'))
    (array([1., 2.], dtype=float32), 'text')
    >>> idl.h5f_close(fid)
    """
    dataset = _lookup(dataset_id, ("h5dataset",), "dataset").obj
    if dataset.shape is None:
        return np.zeros(0)
    if file_space in (None, 0) and memory_space in (None, 0):
        return _idl_value(dataset[()])
    from compat._core.hdf5_spaces import read_selection
    chosen = [None if s in (None, 0) else
              _lookup(s, ("h5space",), "dataspace").obj for s in (file_space, memory_space)]
    if dataset.shape == () or any(c is not None and c.scalar for c in chosen):
        return _idl_value(dataset[()])
    return _idl_value(read_selection(dataset, *chosen))


@idl_routine("H5D_CLOSE")
def h5d_close(dataset_id):
    """Close a dataset, as IDL's ``H5D_CLOSE, Dataset_id``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "x.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["x"] = 1
    >>> fid = idl.h5f_open(path); idl.h5d_close(idl.h5d_open(fid, 'x')); idl.h5f_close(fid)
    """
    handle = _lookup(dataset_id, ("h5dataset",), "dataset")
    data_handles.release(handle.number)


# ----------------------------------------------------------------------- attributes
def _root(handle) -> int:
    return handle.number if handle.kind == "h5file" else handle.parent


def _attribute_names(obj) -> list:
    """An object's attribute names in the order of HDF5's ``H5Aopen_idx``, which IDL's
    H5A_OPEN_IDX calls: the creation-order index (where the file does not track creation
    order, the order the attributes are stored in, usually the order they were written).
    h5py lists untracked attributes by name instead; IDL's H5_PARSE documentation lists
    an HDF5 image's CLASS, IMAGE_VERSION, IMAGE_SUBCLASS ... as they were written."""
    h5py = h5py_module()
    names: list = []
    try:
        h5py.h5a.iterate(obj.id, lambda name, *rest: names.append(name),
                         index_type=h5py.h5.INDEX_CRT_ORDER)
    except (RuntimeError, ValueError, KeyError):   # pragma: no cover - no such index
        return list(obj.attrs)
    return [n.decode("utf-8") if isinstance(n, bytes) else n for n in names]


def _attribute_owner(loc_id):
    return _lookup(loc_id, ("h5file", "h5group", "h5dataset"), "location")


@idl_routine("H5A_OPEN_NAME")
def h5a_open_name(loc_id, name):
    """Open an attribute of a file's root group, a group or a dataset by name, as IDL's
    ``Result = H5A_OPEN_NAME(Loc_id, Name)``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "a.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f.attrs["title"] = "run 1"
    >>> fid = idl.h5f_open(path)
    >>> aid = idl.h5a_open_name(fid, 'title')
    >>> idl.h5a_read(aid)
    'run 1'
    >>> idl.h5a_close(aid); idl.h5f_close(fid)
    """
    owner = _attribute_owner(loc_id)
    key = _text(name, "Name")
    if key not in owner.obj.attrs:
        raise CompatValueError(f"unable to open attribute: Name: {key}")
    return np.int64(data_handles.register("h5attribute", (owner.obj, key),
                                          path=owner.path, parent=_root(owner)))


@idl_routine("H5A_OPEN_IDX")
def h5a_open_idx(loc_id, index):
    """Open an attribute by its 0-based index, as IDL's ``Result = H5A_OPEN_IDX(Loc_id,
    Index)``: in the order the attributes were created (HDF5's ``H5Aopen_idx``; h5py
    lists them by name).

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "i.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f.attrs["a"] = 1; f.attrs["b"] = 2.5
    >>> fid = idl.h5f_open(path)
    >>> [idl.h5a_get_name(idl.h5a_open_idx(fid, k)) for k in range(idl.h5a_get_num_attrs(fid))]
    ['a', 'b']
    >>> idl.h5f_close(fid)
    """
    owner = _attribute_owner(loc_id)
    names = _attribute_names(owner.obj)
    k = int(index)
    if not 0 <= k < len(names):
        raise CompatValueError(f"unable to open attribute: Index: {k}")
    return np.int64(data_handles.register("h5attribute", (owner.obj, names[k]),
                                          path=owner.path, parent=_root(owner)))


@idl_routine("H5A_GET_NAME")
def h5a_get_name(attribute_id):
    """The name of an attribute, as IDL's ``Result = H5A_GET_NAME(Attribute_id)``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "n.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f.attrs["units"] = "m"
    >>> fid = idl.h5f_open(path)
    >>> idl.h5a_get_name(idl.h5a_open_idx(fid, 0))
    'units'
    >>> idl.h5f_close(fid)
    """
    return _lookup(attribute_id, ("h5attribute",), "attribute").obj[1]


@idl_routine("H5A_GET_NUM_ATTRS")
def h5a_get_num_attrs(loc_id):
    """The number of attributes of a group or dataset, as IDL's ``Result =
    H5A_GET_NUM_ATTRS(Loc_id)`` (LONG).

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "k.h5"); h5py.File(path, "w").close()
    >>> fid = idl.h5f_open(path)
    >>> int(idl.h5a_get_num_attrs(fid))
    0
    >>> idl.h5f_close(fid)
    """
    return np.int32(len(_attribute_owner(loc_id).obj.attrs))


@idl_routine("H5A_READ")
def h5a_read(attribute_id):
    """Read an attribute, as IDL's ``Result = H5A_READ(Attribute_id)``: in compat's IDL
    layout and IDL's type of the HDF5 type, as :func:`h5d_read`; a scalar attribute as a
    scalar, text as STRING.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "v.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f.attrs["range"] = np.array([0, 100], dtype=np.int16)
    >>> fid = idl.h5f_open(path)
    >>> idl.h5a_read(idl.h5a_open_name(fid, 'range'))
    array([  0, 100], dtype=int16)
    >>> idl.h5f_close(fid)
    """
    owner, key = _lookup(attribute_id, ("h5attribute",), "attribute").obj
    return _idl_value(owner.attrs[key])


@idl_routine("H5A_CLOSE")
def h5a_close(attribute_id):
    """Close an attribute, as IDL's ``H5A_CLOSE, Attribute_id``.

    Examples
    --------
    >>> import os, tempfile, h5py
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "z.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f.attrs["a"] = 1
    >>> fid = idl.h5f_open(path)
    >>> idl.h5a_close(idl.h5a_open_name(fid, 'a')); idl.h5f_close(fid)
    """
    handle = _lookup(attribute_id, ("h5attribute",), "attribute")
    data_handles.release(handle.number)
