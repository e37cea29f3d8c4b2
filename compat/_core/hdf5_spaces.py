"""HDF5 dataspaces, selections and datatypes as IDL's id-based interface uses them.

IDL's ``H5S_*`` and ``H5T_*`` routines hand out identifiers of dataspaces and datatypes
that are not objects in a file: a dataspace is a shape (with maximum dimensions) and a
*selection* of its elements; a datatype is an element type. h5py has no such free
objects at its high level, so compat keeps them here as small Python values (held in
the handle table, :mod:`compat._core.data_handles`) and performs the partial I/O that
HDF5 performs with them:

* a new dataspace has **every element selected** (HDF5's ``H5S_SELECT_ALL``);
  ``H5S_SELECT_HYPERSLAB`` adds a hyperslab to the selection (HDF5's ``H5S_SELECT_OR``,
  so on a fresh dataspace the selection stays "all") unless ``/RESET`` replaces it
  (``H5S_SELECT_SET``) -- IDL's documented example says "Be sure to use /RESET to
  turn off all other selected elements";
* the selected elements are transferred in increasing C order of their coordinates
  (HDF5 iterates hyperslab selections so, whatever order the hyperslabs were added in),
  and the file and memory selections must hold the same number of elements (HDF5's
  error "src and dest dataspaces have different number of elements selected");
* reading with a file selection but no memory dataspace gives an array of the file
  dataspace's shape holding the selected elements at their places and zeros elsewhere
  (IDL's H5D_READ: "If only FILE_SPACE is specified, then the dimensions of the
  FILE_SPACE are used"; its hyperslab example: "the result would be the same size as
  the image dataspace, with zeroes everywhere except our hyperslab selection").

* a **point selection** (HDF5's ``H5Sselect_elements``) is a list of coordinates, kept
  and transferred in the order given (duplicates included); ``H5S_SELECT_SET`` replaces
  the selection, ``H5S_SELECT_APPEND`` adds points to a point selection and replaces any
  other kind of selection; coordinates outside the extent are accepted, and an I/O
  through them fails. ``H5Sselect_valid`` calls a point selection invalid only when a
  coordinate *exceeds* the dimension's size: a point at index == size (one past the
  last) passes it -- the library's test is ``coordinate > size`` (HDF5 2.0.0 through
  h5py; IDL's H5S_SELECT_VALID returns the library's answer) -- and its I/O then fails
  with "offset moves selection out of bounds"; a hyperslab
  added (OR) to a point selection is HDF5's "invalid selection operation". A selection
  can also be *none* (``H5Sselect_none``: nothing; a hyperslab added to it is the
  hyperslab) or *all* again (``H5Sselect_all``). These are the HDF5 library's rules as
  h5py's low-level ``h5s`` interface shows them (tests/test_idl_hdf5_select.py checks
  compat against it).

Shapes here are in the file's C order (h5py's); the IDL layer reverses IDL's lists.
Reads and writes touch only the bounding box of the selection (one h5py slice; a single
hyperslab with unit blocks is read by a strided slice, no mask).
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["Space", "Datatype", "Hyperslab", "select_hyperslab", "selected_count",
           "read_selection", "write_selection", "class_name", "is_string",
           "select_elements", "select_all", "select_none", "selection_valid",
           "INVALID_OPERATION", "NOT_IN_EXTENT"]

DIFFERENT_COUNTS = "src and dest dataspaces have different number of elements selected"
INVALID_OPERATION = "invalid selection operation"
NOT_IN_EXTENT = "selection + offset not within extent"
OUT_OF_BOUNDS = "offset moves selection out of bounds"


@dataclass(frozen=True)
class Hyperslab:
    """One hyperslab: start, stride, count and block per dimension (C order)."""

    start: tuple
    stride: tuple
    count: tuple
    block: tuple

    def slices(self):
        """Per-dimension index arrays of the selected coordinates (increasing)."""
        out = []
        for s, st, c, b in zip(self.start, self.stride, self.count, self.block):
            out.append((s + np.arange(c)[:, None] * st + np.arange(b)[None, :]).ravel())
        return out


@dataclass
class Space:
    """A simple (or scalar: ``dims == ()``) dataspace and its selection: all elements
    (``hyperslabs`` and ``points`` None), the union of a list of hyperslabs (an empty
    list: none), or a point list (``points``, an ``(n, rank)`` int64 array)."""

    dims: tuple
    maxdims: tuple = ()
    hyperslabs: list | None = None
    scalar: bool = False
    points: np.ndarray | None = None

    def copy(self) -> "Space":
        return Space(self.dims, self.maxdims,
                     None if self.hyperslabs is None else list(self.hyperslabs), self.scalar,
                     None if self.points is None else self.points.copy())

    @property
    def everything(self) -> bool:
        return self.hyperslabs is None and self.points is None


@dataclass
class Datatype:
    """An HDF5 element type, as the numpy/h5py dtype that stands for it."""

    dtype: np.dtype
    options: dict = field(default_factory=dict)


def is_string(dtype) -> bool:
    import h5py
    return dtype.kind in "SU" or h5py.check_string_dtype(dtype) is not None


def class_name(dtype) -> str:
    """HDF5's class name of a dtype, as IDL's H5T_GET_CLASS returns it."""
    import h5py
    if is_string(dtype):
        return "H5T_STRING"
    if dtype.names is not None or dtype.kind == "c":
        return "H5T_COMPOUND"
    if h5py.check_enum_dtype(dtype) is not None or dtype.kind == "b":
        return "H5T_ENUM"
    if h5py.check_vlen_dtype(dtype) is not None:
        return "H5T_VLEN"
    if h5py.check_ref_dtype(dtype) is not None:
        return "H5T_REFERENCE"
    if dtype.subdtype is not None:
        return "H5T_ARRAY"
    return {"i": "H5T_INTEGER", "u": "H5T_INTEGER", "f": "H5T_FLOAT",
            "V": "H5T_OPAQUE"}.get(dtype.kind, "H5T_NO_CLASS")


def select_hyperslab(space: Space, start, count, stride=None, block=None, *,
                     reset: bool = False) -> None:
    """Add (or with ``reset``, set) a hyperslab; all lists in C order."""
    rank = len(space.dims)
    values = {}
    for name, given, default in (("start", start, None), ("count", count, None),
                                 ("stride", stride, 1), ("block", block, 1)):
        if given is None:
            values[name] = (default,) * rank
            continue
        a = np.atleast_1d(np.asarray(given)).ravel()
        if a.size != rank:
            raise CompatValueError(f"{name.upper()} must have {rank} elements (the rank of "
                                   f"the dataspace), got {a.size}")
        if a.dtype.kind not in "iuf" or np.any(a < 0):
            raise CompatValueError(f"{name.upper()} must hold non-negative integers")
        values[name] = tuple(int(v) for v in a)
    slab = Hyperslab(values["start"], values["stride"], values["count"], values["block"])
    for s, st, c, b, n in zip(slab.start, slab.stride, slab.count, slab.block, space.dims):
        if st < 1 or b < 1:
            raise CompatValueError("STRIDE and BLOCK values must be at least 1")
        if c > 1 and st < b:
            raise CompatValueError("hyperslab blocks overlap")
        if c and s + (c - 1) * st + b > n:
            raise CompatValueError("selection + offset not within extent")
    if space.points is not None and not reset:
        raise CompatValueError(INVALID_OPERATION)
    if reset or space.hyperslabs is not None:
        space.points = None
        space.hyperslabs = [slab] if reset else space.hyperslabs + [slab]
    # without /RESET, adding to "all" leaves "all" (HDF5's OR)


def select_elements(space: Space, coordinates, *, reset: bool = False) -> None:
    """Select points (``coordinates``: ``(n, rank)``, C order), replacing the selection
    (``reset``, or when it is not a point selection) or appending to it."""
    rank = len(space.dims)
    if space.scalar:
        raise CompatValueError("a scalar dataspace has no elements to select by "
                               "coordinates")
    a = np.asarray(coordinates)
    if a.dtype.kind not in "iuf" or a.size == 0 or a.ndim > 2 or a.size % rank:
        raise CompatValueError(f"Coordinates must be a {rank} x n array of integers (the "
                               "rank of the dataspace by the number of points)")
    if a.dtype.kind == "f" and np.any(a != np.round(a)):
        raise CompatValueError("Coordinates must be integers")
    if np.any(a < 0):
        raise CompatValueError("Coordinates must not be negative")
    points = a.reshape(-1, rank).astype(np.int64)
    if reset or space.points is None:
        space.points = points
    else:
        space.points = np.concatenate([space.points, points])
    space.hyperslabs = None


def select_all(space: Space) -> None:
    space.hyperslabs, space.points = None, None


def select_none(space: Space) -> None:
    space.hyperslabs, space.points = [], None


def selection_valid(space: Space) -> bool:
    """HDF5's H5Sselect_valid: no coordinate exceeds its dimension's size (the library
    tests ``>``, so a point at index == size passes; module docstring)."""
    if space.points is not None:
        return bool(np.all(space.points <= np.asarray(space.dims, dtype=np.int64)))
    return True            # hyperslabs are checked when they are selected


def _check_points(space: Space) -> None:
    """The library's checks of a point selection before I/O (module docstring)."""
    if not selection_valid(space):
        raise CompatValueError(NOT_IN_EXTENT)
    if np.any(space.points >= np.asarray(space.dims, dtype=np.int64)):
        raise CompatValueError(OUT_OF_BOUNDS)


def selected_count(space: Space) -> int:
    if space.points is not None:
        return len(space.points)
    if space.hyperslabs is None:
        return int(np.prod(space.dims, dtype=np.int64)) if space.dims else 1
    if len(space.hyperslabs) == 1:
        h = space.hyperslabs[0]
        return int(np.prod([c * b for c, b in zip(h.count, h.block)], dtype=np.int64))
    lo, mask = _box_mask(space)
    return int(mask.sum())


def _box_mask(space: Space):
    """The selection's bounding box (its lower corner) and its mask inside the box."""
    if space.points is not None:
        lo = space.points.min(axis=0)
        mask = np.zeros(space.points.max(axis=0) - lo + 1, dtype=bool)
        mask[tuple((space.points - lo).T)] = True
        return [int(v) for v in lo], mask
    slabs = space.hyperslabs
    if not slabs:
        return [0] * len(space.dims), np.zeros([0] * len(space.dims), dtype=bool)
    lo = [min(h.start[d] for h in slabs) for d in range(len(space.dims))]
    hi = [max(h.start[d] + max(h.count[d] - 1, 0) * h.stride[d] + h.block[d]
              if h.count[d] else h.start[d] for h in slabs) for d in range(len(space.dims))]
    mask = np.zeros([max(b - a, 0) for a, b in zip(lo, hi)], dtype=bool)
    for h in slabs:
        if 0 in h.count:
            continue
        index = np.ix_(*[ix - lo[d] for d, ix in enumerate(h.slices())])
        mask[index] = True
    return lo, mask


def _plain(space: Space):
    """The strided slices of a selection that one h5py slice reads, else None."""
    if space.hyperslabs is None or len(space.hyperslabs) != 1:
        return None
    h = space.hyperslabs[0]
    if any(b != 1 for b in h.block) or 0 in h.count:
        return None
    return tuple(slice(s, s + (c - 1) * st + 1, st)
                 for s, st, c in zip(h.start, h.stride, h.count))


def _zeros(shape, dtype):
    if dtype.kind == "O":
        out = np.empty(shape, dtype=object)
        out[...] = b""
        return out
    return np.zeros(shape, dtype=dtype)


def _box(space: Space):
    """The slices of a point selection's bounding box and the points' indices in it."""
    lo = space.points.min(axis=0)
    hi = space.points.max(axis=0) + 1
    return (tuple(slice(int(a), int(b)) for a, b in zip(lo, hi)),
            tuple((space.points - lo).T))


def _file_values(dataset, space: Space) -> np.ndarray:
    """The selected elements of a dataset in the selection's order (C order for
    hyperslabs, the list's order for points), as a 1-D array."""
    if space.points is not None:
        _check_points(space)
        where, index = _box(space)
        return np.asarray(dataset[where])[index]
    if space.hyperslabs is None:
        return np.asarray(dataset[()]).reshape(-1)
    plain = _plain(space)
    if plain is not None:
        return np.asarray(dataset[plain]).reshape(-1)
    lo, mask = _box_mask(space)
    if mask.size == 0:
        return _zeros(0, dataset.dtype)
    box = np.asarray(dataset[tuple(slice(a, a + n) for a, n in zip(lo, mask.shape))])
    return box[mask]


def _place(shape, dtype, space: Space, values) -> np.ndarray:
    """An array of ``shape`` with ``values`` at the selected places, zeros elsewhere."""
    out = _zeros(shape, dtype)
    if space.points is not None:
        _check_points(space)
        out[tuple(space.points.T)] = values
        return out
    if space.hyperslabs is None:
        out[...] = np.asarray(values).reshape(shape)
        return out
    lo, mask = _box_mask(space)
    region = out[tuple(slice(a, a + n) for a, n in zip(lo, mask.shape))]
    region[mask] = values
    return out


def read_selection(dataset, file_space: Space | None, memory_space: Space | None):
    """What HDF5's H5Dread puts in IDL's buffer (module docstring), C order."""
    shape = dataset.shape
    if file_space is None:
        file_space = Space(tuple(shape))
    if tuple(file_space.dims) != tuple(shape) and file_space.everything \
            and memory_space is None:
        raise CompatValueError(DIFFERENT_COUNTS)
    values = _file_values(dataset, file_space)
    if memory_space is None:
        if file_space.everything:
            return values.reshape(shape)
        return _place(file_space.dims, values.dtype, file_space, values)
    if selected_count(memory_space) != values.size:
        raise CompatValueError(DIFFERENT_COUNTS)
    if memory_space.everything:
        return values.reshape(memory_space.dims)
    return _place(memory_space.dims, values.dtype, memory_space, values)


def write_selection(dataset, data: np.ndarray, file_space: Space | None,
                    memory_space: Space | None) -> None:
    """HDF5's H5Dwrite of ``data`` (C order) through the two selections."""
    if memory_space is not None:
        if data.size != int(np.prod(memory_space.dims, dtype=np.int64)):
            raise CompatValueError(f"the data has {data.size} elements; the memory "
                                   f"dataspace holds {int(np.prod(memory_space.dims))}")
        data = data.reshape(memory_space.dims)
        if memory_space.points is not None:
            _check_points(memory_space)
            values = data[tuple(memory_space.points.T)]
        elif memory_space.everything:
            values = data.reshape(-1)
        else:
            values = data[tuple(slice(a, a + n) for a, n in zip(*_box_shape(memory_space)))][
                _box_mask(memory_space)[1]]
    else:
        values = data.reshape(-1)
    if file_space is None:
        file_space = Space(tuple(dataset.shape))
    if selected_count(file_space) != values.size:
        raise CompatValueError(DIFFERENT_COUNTS)
    if file_space.points is not None:
        _check_points(file_space)
        where, index = _box(file_space)
        box = np.asarray(dataset[where])
        box[index] = values             # in the list's order: a repeated point's last value
        dataset[where] = box
        return
    if file_space.everything:
        dataset[...] = values.reshape(dataset.shape)
        return
    plain = _plain(file_space)
    if plain is not None:
        h = file_space.hyperslabs[0]
        dataset[plain] = values.reshape(h.count)
        return
    lo, mask = _box_mask(file_space)
    if mask.size == 0:
        return
    where = tuple(slice(a, a + n) for a, n in zip(lo, mask.shape))
    box = np.asarray(dataset[where])
    box[mask] = values
    dataset[where] = box


def _box_shape(space: Space):
    lo, mask = _box_mask(space)
    return lo, mask.shape
