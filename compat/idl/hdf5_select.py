"""IDL's HDF5 point selections and extendible datasets: ``H5S_SELECT_ELEMENTS``,
``H5S_SELECT_ALL``, ``H5S_SELECT_NONE``, ``H5S_SELECT_VALID``,
``H5S_GET_SELECT_NPOINTS``, ``H5S_GET_SELECT_ELEM_NPOINTS``,
``H5S_GET_SELECT_ELEM_POINTLIST``, ``H5D_EXTEND``, ``H5D_SET_EXTENT``.

The dataspaces of :mod:`compat.idl.hdf5_write` (``H5S_CREATE_SIMPLE``,
``H5D_GET_SPACE``), whose selections :func:`compat.idl.h5d_read` (``FILE_SPACE``,
``MEMORY_SPACE``) and :func:`compat.idl.h5d_write` (``FILE_SPACE_ID``,
``MEMORY_SPACE_ID``) transfer, over :mod:`compat._core.hdf5_spaces` and h5py (extra
``compat[hdf5]``). IDL is a thin layer over the HDF5 library's ``H5S``/``H5D``
functions, whose rules compat follows (module docstring of
:mod:`compat._core.hdf5_spaces`): points are kept and transferred in the order given;
``/RESET`` replaces the selection, otherwise points are appended to a point selection and
replace any other kind; coordinates are checked only by ``H5S_SELECT_VALID`` and by I/O.

**Dimension order.** As everywhere in IDL's HDF5 interface, lists of dimensions and
coordinates are in IDL's order, the reverse of HDF5's C order: a point ``[i, j]`` of an
IDL array ``a`` (numpy ``a[j, i]`` in compat's layout) is the HDF5 coordinate ``(j,
i)``; ``Coordinates`` is IDL's ``rank x n`` array, numpy shape ``(n, rank)``, one point
per numpy row.

GDL 1.0.1 has no HDF5 routines: these are tested against the HDF5 library itself through
h5py's low-level interface (selection counts, validity, transfer order, extent rules) in
tests/test_idl_hdf5_select.py.
"""

from __future__ import annotations

import numpy as np

from compat._core import hdf5_spaces as spaces
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_literal
from compat._core.legacy import idl_routine
from compat.idl.hdf5 import _lookup
from compat.idl.hdf5_write import _c_order, _space

__all__ = ["h5s_select_elements", "h5s_select_all", "h5s_select_none", "h5s_select_valid",
           "h5s_get_select_npoints", "h5s_get_select_elem_npoints",
           "h5s_get_select_elem_pointlist", "h5d_extend", "h5d_set_extent"]


def _coordinates(coordinates, rank: int) -> np.ndarray:
    """IDL's rank x n Coordinates (numpy (n, rank), IDL order) as C-order points."""
    a = np.asarray(idl_literal(coordinates))
    if a.dtype.kind not in "iuf":
        raise CompatTypeError("Coordinates must be an array of integers")
    if a.ndim == 1 and rank > 1 and a.size == rank:
        a = a.reshape(1, rank)
    if a.ndim == 1 and rank == 1:
        a = a.reshape(-1, 1)
    if a.ndim != 2 or a.shape[1] != rank:
        raise CompatValueError(f"Coordinates must be a {rank} x n array (IDL dimensions: "
                               f"the rank of the dataspace first), got IDL dimensions "
                               f"{list(a.shape[::-1])}")
    return a[:, ::-1]


@idl_routine("H5S_SELECT_ELEMENTS")
def h5s_select_elements(dataspace_id, coordinates, *, reset=False):
    """Select individual elements, as IDL's ``H5S_SELECT_ELEMENTS, Dataspace_id,
    Coordinates [, /RESET]``.

    ``Coordinates`` is IDL's ``rank x n`` array of 0-based coordinates in IDL order (in
    compat's layout a numpy ``(n, rank)`` array, one point per row; one point may be a
    plain list). ``/RESET`` replaces the current selection; without it the points are
    appended to a point selection, and replace a selection of another kind (a new
    dataspace's "all" included: HDF5's ``H5S_SELECT_APPEND``). The points are read and
    written in the order given, a repeated point as often as it is listed.

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "p.h5")
    >>> with h5py.File(path, "w") as f:
    ...     f["a"] = np.arange(20, dtype=np.int32).reshape(4, 5)   # IDL LONG[5, 4]
    >>> fid = idl.h5f_open(path); did = idl.h5d_open(fid, 'a')
    >>> sid = idl.h5d_get_space(did)
    >>> idl.h5s_select_elements(sid, [[4, 3], [1, 0], [2, 2]], reset=True)  # IDL a[4,3]...
    >>> mid = idl.h5s_create_simple([3])
    >>> idl.h5d_read(did, file_space=sid, memory_space=mid)
    array([19,  1, 12], dtype=int32)
    >>> idl.h5f_close(fid)
    """
    space = _space(dataspace_id)
    spaces.select_elements(space, _coordinates(coordinates, len(space.dims)),
                           reset=bool(reset))


@idl_routine("H5S_SELECT_ALL")
def h5s_select_all(dataspace_id):
    """Select every element of a dataspace, as IDL's ``H5S_SELECT_ALL, Dataspace_id``.

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4]); idl.h5s_select_none(sid)
    >>> idl.h5s_select_all(sid); int(idl.h5s_get_select_npoints(sid))
    20
    """
    spaces.select_all(_space(dataspace_id))


@idl_routine("H5S_SELECT_NONE")
def h5s_select_none(dataspace_id):
    """Select nothing, as IDL's ``H5S_SELECT_NONE, Dataspace_id`` (a hyperslab added
    afterwards without ``/RESET`` is then the whole selection).

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4]); idl.h5s_select_none(sid)
    >>> idl.h5s_select_hyperslab(sid, [0, 0], [2, 3])
    >>> int(idl.h5s_get_select_npoints(sid))
    6
    """
    spaces.select_none(_space(dataspace_id))


@idl_routine("H5S_SELECT_VALID")
def h5s_select_valid(dataspace_id):
    """Whether the selection lies within the dataspace's extent, as IDL's ``Result =
    H5S_SELECT_VALID(Dataspace_id)``: 1 or 0 (LONG). Only a point selection can be
    invalid (``H5S_SELECT_HYPERSLAB`` refuses a hyperslab past the extent). The answer
    is the HDF5 library's, which tests ``coordinate > size``: a point one past the last
    index (coordinate == size) is called valid, and reading or writing it then fails
    ("offset moves selection out of bounds").

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4])
    >>> idl.h5s_select_elements(sid, [[4, 3], [6, 0]], reset=True)   # x = 6 is past 0..4
    >>> int(idl.h5s_select_valid(sid))
    0
    """
    return np.int32(spaces.selection_valid(_space(dataspace_id)))


@idl_routine("H5S_GET_SELECT_NPOINTS")
def h5s_get_select_npoints(dataspace_id):
    """The number of selected elements, as IDL's ``Result =
    H5S_GET_SELECT_NPOINTS(Dataspace_id)`` (LONG64; a repeated point counts each time).

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4])
    >>> int(idl.h5s_get_select_npoints(sid))
    20
    >>> idl.h5s_select_hyperslab(sid, [1, 0], [2, 2], stride=[2, 1], reset=True)
    >>> int(idl.h5s_get_select_npoints(sid))
    4
    """
    return np.int64(spaces.selected_count(_space(dataspace_id)))


def _points(dataspace_id) -> np.ndarray:
    space = _space(dataspace_id)
    if space.points is None:
        raise CompatValueError("not a point selection")
    return space.points


@idl_routine("H5S_GET_SELECT_ELEM_NPOINTS")
def h5s_get_select_elem_npoints(dataspace_id):
    """The number of points of a point selection, as IDL's ``Result =
    H5S_GET_SELECT_ELEM_NPOINTS(Dataspace_id)`` (LONG64); any other selection is
    HDF5's error ``not a point selection``.

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4])
    >>> idl.h5s_select_elements(sid, [[0, 0], [1, 1]], reset=True)
    >>> idl.h5s_select_elements(sid, [2, 2])                 # appended
    >>> int(idl.h5s_get_select_elem_npoints(sid))
    3
    """
    return np.int64(len(_points(dataspace_id)))


@idl_routine("H5S_GET_SELECT_ELEM_POINTLIST")
def h5s_get_select_elem_pointlist(dataspace_id, *, start=None, number=None):
    """The points of a point selection, as IDL's ``Result =
    H5S_GET_SELECT_ELEM_POINTLIST(Dataspace_id [, START=value] [, NUMBER=value])``: IDL's
    ``rank x n`` array of coordinates in IDL order (ULONG64; numpy shape ``(n, rank)``),
    in the order selected; ``START`` (0-based) and ``NUMBER`` choose a run of points
    (default: all from the first).

    Examples
    --------
    >>> from compat import idl
    >>> sid = idl.h5s_create_simple([5, 4])
    >>> idl.h5s_select_elements(sid, [[4, 3], [1, 0], [2, 2]], reset=True)
    >>> idl.h5s_get_select_elem_pointlist(sid, start=1, number=2)
    array([[1, 0],
           [2, 2]], dtype=uint64)
    """
    points = _points(dataspace_id)
    first = 0 if start is None else int(np.ravel(start)[0])
    count = len(points) - first if number is None else int(np.ravel(number)[0])
    if first < 0 or count < 0 or first + count > len(points):
        raise CompatValueError(f"START={first} and NUMBER={count} ask for points past the "
                               f"{len(points)} selected")
    return np.ascontiguousarray(points[first:first + count, ::-1]).astype(np.uint64)


def _new_extent(dataset_id, size, what: str) -> tuple:
    dataset = _lookup(dataset_id, ("h5dataset",), "dataset").obj
    if dataset.shape is None or dataset.shape == ():
        raise CompatValueError("a scalar dataset has no extent to change")
    new = _c_order(size, "Size", len(dataset.shape))
    if any(n < 0 for n in new):
        raise CompatValueError("Size must not be negative")
    if dataset.chunks is None:
        raise CompatValueError(f"{what}: dataset has contiguous storage")
    for n, m in zip(new, dataset.maxshape):
        if m is not None and n > m:
            raise CompatValueError(f"dimension cannot exceed the existing maximal size "
                                   f"(new: {n} max: {m})")
    return dataset, new


@idl_routine("H5D_EXTEND")
def h5d_extend(dataset_id, size):
    """Extend a dataset, as IDL's ``H5D_EXTEND, Dataset_id, Size``: each dimension
    becomes at least ``Size`` (IDL order; HDF5's ``H5Dextend`` never shrinks). The
    dataset must be chunked (``H5D_CREATE``'s ``CHUNK_DIMENSIONS``) and ``Size`` within
    its maximum dimensions (``H5S_CREATE_SIMPLE``'s ``MAX_DIMENSIONS``, -1 unlimited);
    new elements hold the fill value, zero. Dataspaces obtained before keep the old
    extent: call ``H5D_GET_SPACE`` again.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "e.h5")
    >>> fid = idl.h5f_create(path)
    >>> sid = idl.h5s_create_simple([3, 1], max_dimensions=[3, -1])   # rows grow
    >>> did = idl.h5d_create(fid, 'rows', idl.h5t_idl_create(1.0), sid,
    ...                      chunk_dimensions=[3, 1])
    >>> idl.h5d_write(did, [[1.0, 2.0, 3.0]])
    >>> idl.h5d_extend(did, [3, 2])
    >>> idl.h5d_read(did)
    array([[1., 2., 3.],
           [0., 0., 0.]])
    >>> idl.h5f_close(fid)
    """
    dataset, new = _new_extent(dataset_id, size, "unable to extend dataset")
    dataset.resize(tuple(max(n, o) for n, o in zip(new, dataset.shape)))


@idl_routine("H5D_SET_EXTENT")
def h5d_set_extent(dataset_id, size):
    """Change a dataset's dimensions, as IDL's ``H5D_SET_EXTENT, Dataset_id, Size``
    (IDL order): larger or smaller (elements outside the new extent are lost), within
    the maximum dimensions, for a chunked dataset (HDF5's ``H5Dset_extent``).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "s.h5")
    >>> fid = idl.h5f_create(path)
    >>> sid = idl.h5s_create_simple([4], max_dimensions=[-1])
    >>> did = idl.h5d_create(fid, 'v', idl.h5t_idl_create(1), sid, chunk_dimensions=[2])
    >>> idl.h5d_write(did, np.int16([5, 6, 7, 8]))
    >>> idl.h5d_set_extent(did, [2]); idl.h5d_read(did)
    array([5, 6], dtype=int16)
    >>> idl.h5f_close(fid)
    """
    dataset, new = _new_extent(dataset_id, size, "unable to change the dataset's dimensions")
    dataset.resize(new)
