"""IDL's HDF5 writing, partial I/O and file walking (H5F_CREATE, H5G_CREATE, H5T_*, H5S_*,
H5D_CREATE/WRITE/GET_SPACE/GET_TYPE, hyperslab H5D_READ, H5A_CREATE/WRITE,
H5G_GET_NMEMBERS/MEMBER_NAME/OBJINFO, H5_PARSE): round trips through h5py and MATLAB's
h5read, hyperslab selections against numpy slicing, IDL's documented structure tags.
GDL 1.0.1 has no HDF5 routines (no golden)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import CompatValueError, idl, matlab
from compat._core import data_handles

h5py = pytest.importorskip("h5py")


@pytest.fixture(autouse=True)
def _close_left_open():
    before = set(data_handles.open_handles())
    yield
    for number in set(data_handles.open_handles()) - before:
        data_handles.close_handle(number)


def _write(path, name, data, **options):
    fid = idl.h5f_create(path)
    tid = idl.h5t_idl_create(data)
    sid = idl.h5s_create_simple(np.shape(data)[::-1] or [1])
    did = idl.h5d_create(fid, name, tid, sid, **options)
    idl.h5d_write(did, data)
    for close, ident in ((idl.h5d_close, did), (idl.h5s_close, sid), (idl.h5t_close, tid)):
        close(ident)
    idl.h5f_close(fid)


# ---------------------------------------------------------------- writing, layout
def test_idl_docs_write_example_round_trips(tmp_path):
    """IDL's H5F_CREATE example: fltarr-like data, H5T_IDL_CREATE, H5S_CREATE_SIMPLE of
    SIZE(data, /DIMENSIONS), H5D_CREATE, H5D_WRITE."""
    path = str(tmp_path / "hdf5_out.h5")
    data = np.random.default_rng(1).random((150, 100)).astype(np.float32)  # IDL [100, 150]
    _write(path, "Sample data", data)
    with h5py.File(path) as f:
        np.testing.assert_array_equal(f["Sample data"][()], data)
        assert f["Sample data"].dtype == np.float32
    np.testing.assert_array_equal(matlab.h5read(path, "/Sample data"), data.T)
    fid = idl.h5f_open(path)
    got = idl.h5d_read(idl.h5d_open(fid, "Sample data"))
    np.testing.assert_array_equal(got, data)
    assert got.dtype == np.float32


@pytest.mark.parametrize("value, cls, size", [
    (np.uint8([1]), "H5T_INTEGER", 1), (np.int16([1]), "H5T_INTEGER", 2),
    (np.uint16([1]), "H5T_INTEGER", 2), (np.int32([1]), "H5T_INTEGER", 4),
    (np.uint32([1]), "H5T_INTEGER", 4), (np.int64([1]), "H5T_INTEGER", 8),
    (np.uint64([1]), "H5T_INTEGER", 8), (np.float32([1]), "H5T_FLOAT", 4),
    (np.float64([1]), "H5T_FLOAT", 8), (2.5, "H5T_FLOAT", 8), (7, "H5T_INTEGER", 2),
    (70000, "H5T_INTEGER", 4), (np.array(["a", "abcd"]), "H5T_STRING", 4),
    ("", "H5T_STRING", 1), (np.complex64([1j]), "H5T_COMPOUND", 8),
    (np.zeros(2, [("A", np.int16), ("B", np.float64)]), "H5T_COMPOUND", 10)])
def test_h5t_idl_create_types(value, cls, size):
    tid = idl.h5t_idl_create(value)
    assert idl.h5t_get_class(tid) == cls
    assert idl.h5t_get_size(tid) == size and idl.h5t_get_size(tid).dtype == np.uint32


@pytest.mark.parametrize("data", [
    np.arange(12, dtype=np.int16).reshape(3, 4), np.arange(5, dtype=np.uint8),
    np.linspace(0, 1, 24).reshape(2, 3, 4), np.array(["one", "three"]),
    np.array([(1, 2.5), (2, 3.5)], dtype=[("N", np.int32), ("X", np.float64)])])
def test_round_trip_types(tmp_path, data):
    path = str(tmp_path / "t.h5")
    _write(path, "d", data)
    fid = idl.h5f_open(path)
    got = idl.h5d_read(idl.h5d_open(fid, "d"))
    if data.dtype.names:
        assert got.N.tolist() == [1, 2] and got.X.tolist() == [2.5, 3.5]
    else:
        np.testing.assert_array_equal(got, data)
        assert got.dtype == data.dtype


def test_scalar_dataspace_and_attributes(tmp_path):
    path = str(tmp_path / "a.h5")
    fid = idl.h5f_create(path)
    gid = idl.h5g_create(fid, "/g")
    scalar = idl.h5s_create_scalar()
    did = idl.h5d_create(gid, "s", idl.h5t_idl_create(np.float32(0)), scalar)
    idl.h5d_write(did, np.float32(2.5))
    aid = idl.h5a_create(did, "units", idl.h5t_idl_create("m s-1"), scalar)
    idl.h5a_write(aid, "m s-1")
    rng = np.int32([[0, 1, 2], [3, 4, 5]])                  # IDL LONG[3, 2]
    aid2 = idl.h5a_create(fid, "range", idl.h5t_idl_create(rng),
                          idl.h5s_create_simple([3, 2]))
    idl.h5a_write(aid2, rng)
    with pytest.raises(CompatValueError, match="H5A_CREATE: unable to create attribute"):
        idl.h5a_create(fid, "range", idl.h5t_idl_create(rng), scalar)
    with pytest.raises(CompatValueError, match="different number of elements"):
        idl.h5a_write(aid2, np.int32([1, 2]))
    with pytest.raises(CompatValueError, match="H5G_CREATE: unable to create group: Name: g"):
        idl.h5g_create(fid, "g")
    idl.h5f_close(fid)
    with h5py.File(path) as f:
        assert f["g/s"][()] == np.float32(2.5) and f["g/s"].shape == ()
        assert f["g/s"].attrs["units"] == b"m s-1"
        np.testing.assert_array_equal(f.attrs["range"], rng)
    fid = idl.h5f_open(path)
    assert idl.h5a_read(idl.h5a_open_name(idl.h5d_open(fid, "g/s"), "units")) == "m s-1"
    assert idl.h5s_get_simple_extent_dims(idl.h5d_get_space(idl.h5d_open(fid, "g/s"))) == 0


def test_h5d_create_chunks_gzip_and_unlimited(tmp_path):
    path = str(tmp_path / "c.h5")
    fid = idl.h5f_create(path)
    tid = idl.h5t_idl_create(np.float64(0))
    sid = idl.h5s_create_simple([4, 3], max_dimensions=[4, -1])
    dims, maxdims = idl.h5s_get_simple_extent_dims(sid, max_dimensions=True)
    assert dims.tolist() == [4, 3] and maxdims.tolist() == [4, -1]
    with pytest.raises(CompatValueError, match="H5D_CREATE: CHUNK_DIMENSIONS must be set"):
        idl.h5d_create(fid, "x", tid, sid)
    did = idl.h5d_create(fid, "x", tid, sid, chunk_dimensions=[4, 1], gzip=9, shuffle=True)
    idl.h5d_write(did, np.arange(12.0).reshape(3, 4))
    idl.h5f_close(fid)
    with h5py.File(path) as f:
        d = f["x"]
        assert d.shape == (3, 4) and d.maxshape == (None, 4) and d.chunks == (1, 4)
        assert d.compression == "gzip" and d.compression_opts == 9 and d.shuffle
        np.testing.assert_array_equal(d[()], np.arange(12.0).reshape(3, 4))


def test_write_count_mismatch_and_text_into_numbers(tmp_path):
    path = str(tmp_path / "m.h5")
    fid = idl.h5f_create(path)
    did = idl.h5d_create(fid, "d", idl.h5t_idl_create(1), idl.h5s_create_simple([3]))
    with pytest.raises(CompatValueError, match="H5D_WRITE: src and dest dataspaces have "
                                               "different number of elements selected"):
        idl.h5d_write(did, np.int16([1, 2]))
    with pytest.raises(TypeError, match="H5D_WRITE: Data is text"):
        idl.h5d_write(did, np.array(["a", "b", "c"]))
    idl.h5d_write(did, [1.7, 2.2, 3.9])            # HDF5 converts (truncates) to INT
    assert idl.h5d_read(did).tolist() == [1, 2, 3]


# ----------------------------------------------------------- hyperslab selections
@pytest.fixture
def grid(tmp_path):
    path = str(tmp_path / "grid.h5")
    data = np.arange(7 * 9 * 5, dtype=np.int32).reshape(5, 9, 7)   # IDL LONG[7, 9, 5]
    with h5py.File(path, "w") as f:
        f["a"] = data
    fid = idl.h5f_open(path, write=True)
    yield fid, idl.h5d_open(fid, "a"), data
    idl.h5f_close(fid)


def _expected(data, start, count, stride, block):
    """The selected elements of ``data`` (IDL-order lists), as numpy indexing gives them
    in C order."""
    index = []
    for d in range(data.ndim):
        k = data.ndim - 1 - d                          # IDL dimension of numpy axis d
        picks = (start[k] + np.arange(count[k])[:, None] * stride[k] +
                 np.arange(block[k])[None, :]).ravel()
        index.append(picks)
    return data[np.ix_(*index)]


@pytest.mark.parametrize("start, count, stride, block", [
    ([0, 0, 0], [7, 9, 5], [1, 1, 1], [1, 1, 1]),
    ([1, 2, 0], [3, 2, 5], [2, 3, 1], [1, 1, 1]),
    ([0, 1, 1], [2, 2, 2], [3, 4, 2], [2, 3, 1]),
    ([6, 8, 4], [1, 1, 1], [1, 1, 1], [1, 1, 1])])
def test_hyperslab_read_matches_numpy(grid, start, count, stride, block):
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid, start, count, stride=stride, block=block, reset=True)
    shape = [c * b for c, b in zip(count, block)]          # IDL order
    mid = idl.h5s_create_simple(shape)
    got = idl.h5d_read(did, file_space=sid, memory_space=mid)
    expected = _expected(data, start, count, stride, block)
    np.testing.assert_array_equal(got, expected)
    assert got.shape == tuple(shape[::-1]) and got.dtype == np.int32


def test_file_space_only_gives_zeros_elsewhere(grid):
    """IDL's example: "the result would be the same size as the image dataspace, with
    zeroes everywhere except our hyperslab selection"."""
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid, [2, 3, 1], [3, 2, 2], stride=[2, 2, 2], reset=True)
    got = idl.h5d_read(did, file_space=sid)
    expected = np.zeros_like(data)
    view = (slice(1, 4, 2), slice(3, 6, 2), slice(2, 7, 2))
    expected[view] = data[view]
    np.testing.assert_array_equal(got, expected)


def test_without_reset_a_new_dataspace_stays_all_selected(grid):
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid, [0, 0, 0], [1, 1, 1])
    np.testing.assert_array_equal(idl.h5d_read(did, file_space=sid), data)
    mid = idl.h5s_create_simple([1])
    with pytest.raises(CompatValueError, match="H5D_READ: src and dest dataspaces have "
                                               "different number of elements selected"):
        idl.h5d_read(did, file_space=sid, memory_space=mid)


def test_union_of_hyperslabs_in_c_order(grid):
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid, [0, 5, 0], [2, 1, 1], reset=True)     # later rows first
    idl.h5s_select_hyperslab(sid, [3, 1, 0], [2, 1, 1])
    idl.h5s_select_hyperslab(sid, [1, 5, 0], [2, 1, 1])                  # overlaps
    with pytest.raises(CompatValueError, match="different number of elements"):
        idl.h5d_read(did, file_space=sid, memory_space=idl.h5s_create_simple([6]))
    got = idl.h5d_read(did, file_space=sid, memory_space=idl.h5s_create_simple([5]))
    plane = data[0]
    np.testing.assert_array_equal(got, [plane[1, 3], plane[1, 4], plane[5, 0], plane[5, 1],
                                        plane[5, 2]])
    mask = np.zeros(data.shape, bool)
    mask[0, 5, 0:3] = True
    mask[0, 1, 3:5] = True
    np.testing.assert_array_equal(
        idl.h5d_read(did, file_space=sid, memory_space=idl.h5s_create_simple([5])),
        data[mask])


def test_memory_space_selection_places_the_values(grid):
    fid, did, data = grid
    fsid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(fsid, [0, 0, 0], [4, 1, 1], reset=True)
    msid = idl.h5s_create_simple([3, 4])
    idl.h5s_select_hyperslab(msid, [1, 0], [1, 4], reset=True)      # IDL column 1
    got = idl.h5d_read(did, file_space=fsid, memory_space=msid)
    expected = np.zeros((4, 3), np.int32)
    expected[:, 1] = data[0, 0, :4]
    np.testing.assert_array_equal(got, expected)


def test_hyperslab_write_and_matlab_view(grid, tmp_path):
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid, [1, 1, 2], [2, 3, 1], stride=[3, 2, 1], block=[2, 1, 1],
                             reset=True)
    new = -np.arange(12, dtype=np.int32).reshape(1, 3, 4)           # IDL [4, 3, 1]
    idl.h5d_write(did, new, file_space_id=sid)
    expected = data.copy()
    expected[2][np.ix_([1, 3, 5], [1, 2, 4, 5])] = new[0]
    np.testing.assert_array_equal(idl.h5d_read(did), expected)
    # a memory selection picks what is written
    msid = idl.h5s_create_simple([2, 2])
    idl.h5s_select_hyperslab(msid, [0, 1], [2, 1], reset=True)
    sid2 = idl.h5d_get_space(did)
    idl.h5s_select_hyperslab(sid2, [0, 0, 0], [2, 1, 1], reset=True)
    idl.h5d_write(did, np.int32([[1, 2], [3, 4]]), memory_space_id=msid, file_space_id=sid2)
    expected[0, 0, :2] = [3, 4]
    path = data_handles.lookup(fid, (), "").path
    with h5py.File(path, "r") as f:
        np.testing.assert_array_equal(f["a"][()], expected)
    np.testing.assert_array_equal(matlab.h5read(path, "/a"), expected.transpose(2, 1, 0))


def test_hyperslab_errors(grid):
    fid, did, data = grid
    sid = idl.h5d_get_space(did)
    with pytest.raises(CompatValueError, match="H5S_SELECT_HYPERSLAB: Start must have 3"):
        idl.h5s_select_hyperslab(sid, [0, 0], [1, 1], reset=True)
    with pytest.raises(CompatValueError, match="selection \\+ offset not within extent"):
        idl.h5s_select_hyperslab(sid, [6, 0, 0], [2, 1, 1], reset=True)
    with pytest.raises(CompatValueError, match="blocks overlap"):
        idl.h5s_select_hyperslab(sid, [0, 0, 0], [2, 1, 1], stride=[1, 1, 1],
                                 block=[2, 1, 1], reset=True)
    idl.h5s_close(sid)
    with pytest.raises(CompatValueError, match="H5S_SELECT_HYPERSLAB: Invalid dataspace "
                                               "identifier"):
        idl.h5s_select_hyperslab(sid, [0, 0, 0], [1, 1, 1])
    with pytest.raises(CompatValueError, match="H5D_READ: Invalid dataspace identifier"):
        idl.h5d_read(did, file_space=12345)


def test_h5s_create_simple_errors():
    with pytest.raises(CompatValueError, match="MAX_DIMENSIONS must have 2 elements"):
        idl.h5s_create_simple([2, 3], max_dimensions=[4])
    with pytest.raises(CompatValueError, match="MAX_DIMENSIONS must not be less"):
        idl.h5s_create_simple([5], max_dimensions=[4])
    with pytest.raises(TypeError, match="H5S_CREATE_SIMPLE: Dimensions must be an array"):
        idl.h5s_create_simple("abc")


# ------------------------------------------------------------------ walking a file
@pytest.fixture
def tree(tmp_path):
    path = str(tmp_path / "tree.h5")
    with h5py.File(path, "w") as f:
        f["2D int array"] = np.arange(20, dtype=np.int16).reshape(4, 5)
        f["images/Eskimo"] = np.arange(600, dtype=np.uint8).reshape(20, 30)
        f["images/Eskimo"].attrs["CLASS"] = np.bytes_(b"IMAGE")
        f["images/pal"] = np.zeros((2, 3), np.uint8)
        f["images"].attrs["pal"] = np.float32(1.5)       # clashes with the dataset tag
        f["small"] = np.float64(3.25)
        f["rec"] = np.array([(1, 2.5)], dtype=[("n", "<i4"), ("x", "<f8")])
        f["link"] = h5py.SoftLink("/images/Eskimo")
        f["other"] = f["images"]                          # a second hard link
        f["dtype"] = np.dtype("<f4")                      # a named datatype
        f.attrs["title"] = "test"
    return path


def test_group_members_and_objinfo(tree):
    fid = idl.h5f_open(tree)
    n = idl.h5g_get_nmembers(fid, "/")
    assert n == 7 and n.dtype == np.int32
    names = [idl.h5g_get_member_name(fid, "/", k) for k in range(n)]
    assert names == sorted(names) == list(h5py.File(tree))
    kinds = {m: idl.h5g_get_objinfo(fid, m).TYPE[0] for m in names}
    assert kinds == {"2D int array": "DATASET", "dtype": "TYPE", "images": "GROUP",
                     "link": "LINK", "other": "GROUP", "rec": "DATASET", "small": "DATASET"}
    info = idl.h5g_get_objinfo(fid, "link")
    assert info.LINKLEN[0] == len("/images/Eskimo") + 1
    assert idl.h5g_get_objinfo(fid, "link", follow_link=True).TYPE[0] == "DATASET"
    a, b = idl.h5g_get_objinfo(fid, "images"), idl.h5g_get_objinfo(fid, "other")
    assert a.OBJNO[0].tolist() == b.OBJNO[0].tolist() and a.NLINK[0] == 2
    assert info.dtype.names == ("FILENO", "OBJNO", "NLINK", "TYPE", "MTIME", "LINKLEN")
    with pytest.raises(CompatValueError, match="H5G_GET_MEMBER_NAME: unable to get member "
                                               "name: Index: 7"):
        idl.h5g_get_member_name(fid, "/", 7)
    with pytest.raises(CompatValueError, match="H5G_GET_NMEMBERS: unable to open group: "
                                               "Name: small"):
        idl.h5g_get_nmembers(fid, "small")
    with pytest.raises(CompatValueError, match="H5G_GET_OBJINFO: unable to get object"):
        idl.h5g_get_objinfo(fid, "missing")


def test_h5_parse_documented_tags(tree):
    r = idl.h5_parse(tree)
    assert r.shape == (1,)
    assert r.dtype.names == ("_NAME", "_ICONTYPE", "_TYPE", "_FILE", "_PATH", "_COMMENT",
                             "_2D_INT_ARRAY", "DTYPE", "IMAGES", "LINK", "OTHER", "REC",
                             "SMALL", "TITLE")
    assert (r._NAME[0], r._ICONTYPE[0], r._TYPE[0], r._FILE[0], r._PATH[0]) == \
        (tree, "hdf", "GROUP", tree, "/")
    images = r.IMAGES[0]
    assert (images._NAME[0], images._ICONTYPE[0], images._PATH[0]) == ("images", "", "/")
    assert images.dtype.names[6:] == ("ESKIMO", "PAL", "PAL_ATTR")
    eskimo = images.ESKIMO[0]
    assert eskimo.dtype.names == ("_NAME", "_ICONTYPE", "_TYPE", "_FILE", "_PATH", "_DATA",
                                  "_NDIMENSIONS", "_DIMENSIONS", "_NELEMENTS", "_DATATYPE",
                                  "_STORAGESIZE", "_PRECISION", "_SIGN", "CLASS")
    assert (eskimo._NAME[0], eskimo._ICONTYPE[0], eskimo._TYPE[0], eskimo._PATH[0],
            eskimo._DATA[0]) == ("Eskimo", "binary", "DATASET", "/images", "<unread>")
    assert eskimo._NDIMENSIONS.dtype == np.int32 and eskimo._NDIMENSIONS[0] == 2
    assert eskimo._DIMENSIONS[0].tolist() == [30, 20] and eskimo._DIMENSIONS.dtype == np.uint64
    assert eskimo._NELEMENTS[0] == 600 and eskimo._NELEMENTS.dtype == np.uint64
    assert (eskimo._DATATYPE[0], eskimo._STORAGESIZE[0], eskimo._PRECISION[0],
            eskimo._SIGN[0]) == ("H5T_INTEGER", 1, 8, "unsigned")
    assert eskimo._STORAGESIZE.dtype == np.uint32 and eskimo._PRECISION.dtype == np.int32
    cls = eskimo.CLASS[0]
    assert cls.dtype.names[:4] == ("_NAME", "_ICONTYPE", "_TYPE", "_DATA")
    assert (cls._ICONTYPE[0], cls._TYPE[0], cls._DATA[0]) == ("text", "ATTRIBUTE", "IMAGE")
    assert images.PAL_ATTR[0]._DATA[0] == np.float32(1.5)
    small = r.SMALL[0]
    assert small._DATA[0] == 3.25 and small._NDIMENSIONS[0] == 0 and small._NELEMENTS[0] == 1
    assert small._SIGN[0] == "" and small._DATATYPE[0] == "H5T_FLOAT"
    np.testing.assert_array_equal(r._2D_INT_ARRAY[0]._DATA[0], "<unread>")
    link = r.LINK[0]
    assert link.dtype.names == ("_NAME", "_ICONTYPE", "_TYPE", "_DATA", "_FILE", "_PATH")
    assert (link._ICONTYPE[0], link._TYPE[0], link._DATA[0]) == \
        ("up1lvl", "LINK", "/images/Eskimo")
    assert r.OTHER[0]._TYPE[0] == "LINK"            # the group's second name
    assert (r.DTYPE[0]._TYPE[0], r.DTYPE[0]._ICONTYPE[0]) == ("DATATYPE", "prop")
    rec = r.REC[0]
    assert rec._DATATYPE[0] == "H5T_COMPOUND" and rec.N[0]._TYPE[0] == "DATATYPE"
    assert rec.X[0]._DATATYPE[0] == "H5T_FLOAT"
    assert rec._DATA[0].N.tolist() == [1]
    assert r.TITLE[0]._DATA[0] == "test"


def test_h5_parse_read_data_and_id_form(tree):
    r = idl.h5_parse(tree, read_data=True)
    np.testing.assert_array_equal(r.IMAGES[0].ESKIMO[0]._DATA[0],
                                  np.arange(600, dtype=np.uint8).reshape(20, 30))
    np.testing.assert_array_equal(r._2D_INT_ARRAY[0]._DATA[0],
                                  np.arange(20, dtype=np.int16).reshape(4, 5))
    fid = idl.h5f_open(tree)
    gid = idl.h5g_open(fid, "/images")
    d = idl.h5_parse(gid, "Eskimo", file="tree.h5", path="/images", read_data=True)
    assert (d._FILE[0], d._PATH[0], d._TYPE[0]) == ("tree.h5", "/images", "DATASET")
    g = idl.h5_parse(fid, "images")
    assert (g._FILE[0], g._PATH[0], g._NAME[0]) == ("", "/", "images")


def test_h5_parse_errors(tmp_path):
    with pytest.raises(CompatValueError, match="H5_PARSE: Incorrect number of arguments"):
        idl.h5_parse("x.h5", "name")
    with pytest.raises(CompatValueError, match="H5_PARSE: Incorrect number of arguments"):
        idl.h5_parse(None)
    text = tmp_path / "t.txt"
    text.write_text("not hdf5")
    with pytest.raises(CompatValueError, match=f'H5_PARSE: "{text}" is not a valid HDF5 '
                                               "file."):
        idl.h5_parse(str(text))


def test_validname_rules():
    from compat.idl.hdf5_parse import _validname
    assert _validname("2D int array") == "_2D_INT_ARRAY"
    assert _validname("a-b.c") == "A_B_C"
    assert _validname("end") == "_END"
    assert _validname("$x") == "_$X"


@pytest.mark.parametrize("track", [False, True])
def test_attributes_in_h5aopen_idx_order(tmp_path, track):
    """IDL's H5A_OPEN_IDX (HDF5's H5Aopen_idx: the creation-order index) and H5_PARSE list
    attributes as HDF5 does, not by name as h5py does for untracked files."""
    path = str(tmp_path / "o.h5")
    order = ["CLASS", "IMAGE_VERSION", "IMAGE_SUBCLASS", "IMAGE_COLORMODEL"]
    with h5py.File(path, "w") as f:
        d = f.create_dataset("E", data=np.zeros(3), track_order=track)
        for name in order:
            d.attrs[name] = np.int32(1)
    with h5py.File(path) as f:
        library = [h5py.h5a.open(f["E"].id, index=k, index_type=h5py.h5.INDEX_CRT_ORDER)
                   .name.decode() for k in range(4)]
    fid = idl.h5f_open(path)
    did = idl.h5d_open(fid, "E")
    got = [idl.h5a_get_name(idl.h5a_open_idx(did, k)) for k in range(4)]
    assert got == library == order
    assert list(idl.h5_parse(path).E[0].dtype.names[13:]) == order
