"""IDL's HDF5 point selections and extendible datasets (compat.idl.hdf5_select, with
H5D_READ/H5D_WRITE through them), checked against the HDF5 library itself through h5py's
low-level h5s/h5d interface: selection counts, point lists, validity, the order points
are transferred in, APPEND/SET rules, H5Dextend and H5Dset_extent. GDL 1.0.1 has no HDF5
routines (no golden)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core import data_handles

h5py = pytest.importorskip("h5py")
h5s = h5py.h5s


@pytest.fixture(autouse=True)
def _close_left_open():
    before = set(data_handles.open_handles())
    yield
    for number in set(data_handles.open_handles()) - before:
        data_handles.close_handle(number)


def _dataset(tmp_path, data, name="a", **options):
    path = str(tmp_path / "p.h5")
    with h5py.File(path, "w") as f:
        f.create_dataset(name, data=data, **options)
    fid = idl.h5f_open(path, write=True)
    return path, fid, idl.h5d_open(fid, name)


def _library_read(path, points_c, name="a"):
    """What HDF5 itself reads through a point selection (C-order points), in order."""
    with h5py.File(path, "r") as f:
        d = f[name]
        fs = d.id.get_space()
        fs.select_elements(np.asarray(points_c, dtype=np.uint64))
        out = np.zeros(len(points_c), dtype=d.dtype)
        d.id.read(h5s.create_simple((len(points_c),)), fs, out)
    return out


def test_point_reads_follow_the_list_order_as_hdf5(tmp_path):
    rng = np.random.default_rng(5)
    data = rng.normal(size=(6, 7, 5)).astype(np.float32)         # IDL FLOAT[5, 7, 6]
    path, fid, did = _dataset(tmp_path, data)
    points_c = np.stack([rng.integers(0, n, 40) for n in data.shape], axis=1)
    sid = idl.h5d_get_space(did)
    idl.h5s_select_elements(sid, points_c[:, ::-1], reset=True)   # IDL order per point
    mid = idl.h5s_create_simple([40])
    got = idl.h5d_read(did, file_space=sid, memory_space=mid)
    idl.h5f_close(fid)
    np.testing.assert_array_equal(got, _library_read(path, points_c))
    np.testing.assert_array_equal(got, data[tuple(points_c.T)])


def test_counts_lists_and_validity_agree_with_the_library(tmp_path):
    rng = np.random.default_rng(1)
    dims_c = (4, 5, 3)
    sid = idl.h5s_create_simple(list(dims_c[::-1]))
    lib = h5s.create_simple(dims_c)
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 60
    first = np.stack([rng.integers(0, n, 7) for n in dims_c], axis=1)
    more = np.stack([rng.integers(0, n + 1, 4) for n in dims_c], axis=1)   # maybe outside
    idl.h5s_select_elements(sid, first[:, ::-1])        # replaces "all" without /RESET
    lib.select_elements(first.astype(np.uint64), h5s.SELECT_APPEND)
    idl.h5s_select_elements(sid, more[:, ::-1])         # appended to the points
    lib.select_elements(more.astype(np.uint64), h5s.SELECT_APPEND)
    n = idl.h5s_get_select_npoints(sid)
    assert n == lib.get_select_npoints() == 11 and n.dtype == np.int64
    assert idl.h5s_get_select_elem_npoints(sid) == lib.get_select_elem_npoints()
    listed = idl.h5s_get_select_elem_pointlist(sid)
    assert listed.dtype == np.uint64
    np.testing.assert_array_equal(listed[:, ::-1], lib.get_select_elem_pointlist())
    assert bool(idl.h5s_select_valid(sid)) == bool(lib.select_valid())
    idl.h5s_select_elements(sid, [[0, 0, 0]], reset=True)
    lib.select_elements(np.zeros((1, 3), np.uint64), h5s.SELECT_SET)
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 1
    outside = idl.h5s_create_simple([5, 4])
    lib = h5s.create_simple((4, 5))
    for point in ([4, 3], [5, 0], [0, 4], [6, 0], [0, 5]):   # IDL order; size 5 x 4
        idl.h5s_select_elements(outside, point, reset=True)
        lib.select_elements(np.array([point[::-1]], np.uint64), h5s.SELECT_SET)
        assert idl.h5s_select_valid(outside) == int(lib.select_valid()), point
    # the library's test is coordinate > size: one past the last index passes
    idl.h5s_select_elements(outside, [5, 3], reset=True)
    assert idl.h5s_select_valid(outside) == 1 and idl.h5s_select_valid(sid) == 1


def test_selection_kinds_switch_as_in_hdf5():
    sid = idl.h5s_create_simple([5, 4])
    lib = h5s.create_simple((4, 5))
    idl.h5s_select_none(sid)
    lib.select_none()
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 0
    idl.h5s_select_hyperslab(sid, [0, 0], [2, 2])        # OR onto none: the hyperslab
    lib.select_hyperslab((0, 0), (2, 2), op=h5s.SELECT_OR)
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 4
    idl.h5s_select_elements(sid, [1, 1])                 # points replace a hyperslab
    lib.select_elements(np.array([[1, 1]], np.uint64), h5s.SELECT_APPEND)
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 1
    idl.h5s_select_elements(sid, [1, 1])                 # a repeated point counts twice
    lib.select_elements(np.array([[1, 1]], np.uint64), h5s.SELECT_APPEND)
    assert idl.h5s_get_select_npoints(sid) == lib.get_select_npoints() == 2
    with pytest.raises(Exception, match="invalid selection operation"):
        lib.select_hyperslab((0, 0), (1, 1), op=h5s.SELECT_OR)
    with pytest.raises(ValueError, match="^H5S_SELECT_HYPERSLAB: invalid selection "
                                         "operation"):
        idl.h5s_select_hyperslab(sid, [0, 0], [1, 1])
    idl.h5s_select_hyperslab(sid, [0, 0], [1, 1], reset=True)   # /RESET: allowed
    assert idl.h5s_get_select_npoints(sid) == 1
    with pytest.raises(ValueError, match="^H5S_GET_SELECT_ELEM_NPOINTS: not a point"):
        idl.h5s_get_select_elem_npoints(sid)
    idl.h5s_select_all(sid)
    assert idl.h5s_get_select_npoints(sid) == 20


def test_file_points_alone_fill_the_file_shape_with_zeros(tmp_path):
    data = np.arange(1, 21, dtype=np.int16).reshape(4, 5)
    _, fid, did = _dataset(tmp_path, data)
    sid = idl.h5d_get_space(did)
    idl.h5s_select_elements(sid, [[4, 3], [0, 0]], reset=True)
    got = idl.h5d_read(did, file_space=sid)
    expected = np.zeros_like(data)
    expected[3, 4], expected[0, 0] = data[3, 4], data[0, 0]
    np.testing.assert_array_equal(got, expected)
    mid = idl.h5s_create_simple([3, 2])                   # memory points, in order
    idl.h5s_select_elements(mid, [[2, 1], [0, 0]], reset=True)
    got = idl.h5d_read(did, file_space=sid, memory_space=mid)
    np.testing.assert_array_equal(got, [[1, 0, 0], [0, 0, 20]])


def test_point_writes_match_the_library(tmp_path):
    data = np.zeros((4, 5), dtype=np.float64)
    path, fid, did = _dataset(tmp_path, data)
    sid = idl.h5d_get_space(did)
    idl.h5s_select_elements(sid, [[4, 3], [1, 2], [4, 3]], reset=True)   # (3,4) twice
    idl.h5d_write(did, [1.5, 2.5, 3.5], file_space_id=sid)
    big = np.arange(12.0).reshape(3, 4)
    mid = idl.h5s_create_simple([4, 3])
    idl.h5s_select_elements(mid, [[3, 2], [0, 0]], reset=True)
    sid2 = idl.h5d_get_space(did)
    idl.h5s_select_elements(sid2, [[0, 0], [0, 1]], reset=True)
    idl.h5d_write(did, big, memory_space_id=mid, file_space_id=sid2)
    idl.h5f_close(fid)
    with h5py.File(path, "r") as f:
        got = f["a"][()]
    lib_path = str(tmp_path / "lib.h5")
    with h5py.File(lib_path, "w") as f:
        d = f.create_dataset("a", data=data)
        fs = d.id.get_space()
        fs.select_elements(np.array([[3, 4], [2, 1], [3, 4]], np.uint64))
        d.id.write(h5s.create_simple((3,)), fs, np.array([1.5, 2.5, 3.5]))
        fs.select_elements(np.array([[0, 0], [1, 0]], np.uint64))
        ms = h5s.create_simple((3, 4))
        ms.select_elements(np.array([[2, 3], [0, 0]], np.uint64))
        d.id.write(ms, fs, big)
        expected = d[()]
    np.testing.assert_array_equal(got, expected)
    assert got[3, 4] == 3.5 and got[0, 0] == 11 and got[1, 0] == 0


def test_invalid_points_and_bad_coordinates(tmp_path):
    _, fid, did = _dataset(tmp_path, np.zeros((4, 5)))
    sid = idl.h5d_get_space(did)
    idl.h5s_select_elements(sid, [[6, 0]], reset=True)      # HDF5's two messages
    with pytest.raises(ValueError, match="^H5D_READ: selection \\+ offset not within"):
        idl.h5d_read(did, file_space=sid)
    with pytest.raises(ValueError, match="^H5D_WRITE: selection \\+ offset not within"):
        idl.h5d_write(did, [1.0], file_space_id=sid)
    idl.h5s_select_elements(sid, [[5, 0]], reset=True)      # valid, yet out of bounds
    assert idl.h5s_select_valid(sid) == 1
    with pytest.raises(ValueError, match="^H5D_READ: offset moves selection out of"):
        idl.h5d_read(did, file_space=sid)
    idl.h5s_select_elements(sid, [[1, 1], [2, 2]], reset=True)
    with pytest.raises(ValueError, match="different number of elements"):
        idl.h5d_write(did, [1.0, 2.0, 3.0], file_space_id=sid)
    with pytest.raises(ValueError, match=r"^H5S_SELECT_ELEMENTS: Coordinates must be a 2 "
                                         r"x n array"):
        idl.h5s_select_elements(sid, [[1, 2, 3]])
    with pytest.raises(ValueError, match="must not be negative"):
        idl.h5s_select_elements(sid, [[-1, 0]])
    with pytest.raises(TypeError, match="integers"):
        idl.h5s_select_elements(sid, "1 2")
    with pytest.raises(ValueError, match="^H5S_GET_SELECT_ELEM_POINTLIST: START=1 and "
                                         "NUMBER=5"):
        idl.h5s_get_select_elem_pointlist(sid, start=1, number=5)
    np.testing.assert_array_equal(idl.h5s_get_select_elem_pointlist(sid, start=1),
                                  [[2, 2]])


def test_extend_and_set_extent_as_hdf5(tmp_path):
    path = str(tmp_path / "e.h5")
    fid = idl.h5f_create(path)
    sid = idl.h5s_create_simple([3, 2], max_dimensions=[3, -1])
    did = idl.h5d_create(fid, "rows", idl.h5t_idl_create(np.int32(0)), sid,
                         chunk_dimensions=[3, 1])
    idl.h5d_write(did, np.arange(6, dtype=np.int32).reshape(2, 3))
    idl.h5d_extend(did, [3, 1])                 # never shrinks (H5Dextend)
    assert idl.h5s_get_simple_extent_dims(idl.h5d_get_space(did)).tolist() == [3, 2]
    idl.h5d_extend(did, [3, 4])
    r = idl.h5s_get_simple_extent_dims(idl.h5d_get_space(did), max_dimensions=True)
    assert r.result.tolist() == [3, 4] and r.max_dimensions.tolist() == [3, -1]
    slab = idl.h5d_get_space(did)               # append a row through a hyperslab
    idl.h5s_select_hyperslab(slab, [0, 3], [3, 1], reset=True)
    idl.h5d_write(did, np.int32([[7, 8, 9]]), file_space_id=slab)
    with pytest.raises(ValueError, match=r"^H5D_EXTEND: dimension cannot exceed the "
                                         r"existing maximal size \(new: 4 max: 3\)"):
        idl.h5d_extend(did, [4, 4])
    idl.h5d_set_extent(did, [3, 3])             # shrinks: the last row is lost
    got = idl.h5d_read(did)
    with pytest.raises(ValueError, match="^H5D_SET_EXTENT: .*contiguous storage"):
        plain = idl.h5d_create(fid, "plain", idl.h5t_idl_create(1.0),
                               idl.h5s_create_simple([2]))
        idl.h5d_set_extent(plain, [3])
    with pytest.raises(ValueError, match="^H5D_EXTEND: Size must have 2 elements"):
        idl.h5d_extend(did, [5])
    idl.h5f_close(fid)
    np.testing.assert_array_equal(got, [[0, 1, 2], [3, 4, 5], [0, 0, 0]])
    lib = str(tmp_path / "lib.h5")               # the library's own extend/set_extent
    with h5py.File(lib, "w") as f:
        d = f.create_dataset("rows", shape=(2, 3), maxshape=(None, 3), chunks=(1, 3),
                             dtype=np.int32)
        d[...] = np.arange(6).reshape(2, 3)
        d.id.extend((1, 3))
        d.id.extend((4, 3))
        d[3] = [7, 8, 9]
        d.id.set_extent((3, 3))
        expected = d[()]
    with h5py.File(path, "r") as f:
        np.testing.assert_array_equal(f["rows"][()], expected)
        assert f["rows"].maxshape == (None, 3) and f["rows"].chunks == (1, 3)
