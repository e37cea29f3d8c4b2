"""IDL's HDF5 routines (H5F_*, H5G_*, H5D_*, H5A_*) against h5py on the same files: IDL's
layout (the file's C order, which is compat's IDL layout), IDL's types, ids and errors.
GDL 1.0.1 has no HDF5 routines."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl, matlab
from compat._core import data_handles

h5py = pytest.importorskip("h5py")


@pytest.fixture(autouse=True)
def _close_left_open():
    before = set(data_handles.open_handles())
    yield
    for number in set(data_handles.open_handles()) - before:
        data_handles.close_handle(number)


@pytest.fixture
def sample(tmp_path):
    path = str(tmp_path / "s.h5")
    with h5py.File(path, "w") as f:
        f["i8"] = np.array([-1, 5], np.int8)
        f["i16"] = np.arange(6, dtype=np.int16).reshape(2, 3)
        f["u16"] = np.array([1, 65535], np.uint16)
        f["i64"] = np.array([2 ** 40], np.int64)
        f["be"] = np.arange(4, dtype=">f8").reshape(2, 2)
        f["scalar"] = np.float32(2.5)
        f["fixed"] = np.bytes_(b"abc")
        f.create_dataset("vlen", data=["one", "three"], dtype=h5py.string_dtype())
        f["rec"] = np.array([(1, 2.5), (2, 3.5)], dtype=[("n", "<i4"), ("x", "<f8")])
        f["g/h/d"] = np.arange(3.0)
        f["g"].attrs["title"] = "group"
        f["g/h/d"].attrs["units"] = np.bytes_(b"m")
        f["g/h/d"].attrs["range"] = np.array([0.0, 9.0])
        f.attrs["n"] = np.int32(7)
    return path


def _read(path, name):
    fid = idl.h5f_open(path)
    try:
        return idl.h5d_read(idl.h5d_open(fid, name))
    finally:
        idl.h5f_close(fid)


def test_types_and_layout(sample):
    with h5py.File(sample) as f:
        expected = {k: f[k][()] for k in ("i16", "u16", "i64", "be")}
    for name, value in expected.items():
        got = _read(sample, name)
        np.testing.assert_array_equal(got, value)
        assert got.dtype.isnative and got.shape == value.shape
    assert _read(sample, "i16").dtype == np.int16
    assert _read(sample, "i8").tolist() == [255, 5] and _read(sample, "i8").dtype == np.uint8
    s = _read(sample, "scalar")
    assert np.ndim(s) == 0 and s.dtype == np.float32 and s == 2.5
    assert _read(sample, "fixed") == "abc"
    assert _read(sample, "vlen").tolist() == ["one", "three"]
    rec = _read(sample, "rec")
    assert rec.N.tolist() == [1, 2] and rec.X.tolist() == [2.5, 3.5]   # IDL's tags


def test_idl_layout_is_matlab_transposed(tmp_path):
    path = str(tmp_path / "m.h5")
    matlab.h5create(path, "/x", [3, 2])
    a = np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
    matlab.h5write(path, "/x", a)
    np.testing.assert_array_equal(_read(path, "/x"), a.T)   # IDL [3, 2]: numpy (2, 3)


def test_groups_relative_names_and_attributes(sample):
    fid = idl.h5f_open(sample)
    gid = idl.h5g_open(fid, "/g")
    hid = idl.h5g_open(gid, "h")
    did = idl.h5d_open(hid, "d")
    assert idl.h5d_read(did).tolist() == [0.0, 1.0, 2.0]
    assert idl.h5a_read(idl.h5a_open_name(gid, "title")) == "group"
    assert idl.h5a_read(idl.h5a_open_name(did, "units")) == "m"
    assert idl.h5a_read(idl.h5a_open_name(did, "range")).tolist() == [0.0, 9.0]
    n = idl.h5a_read(idl.h5a_open_name(fid, "n"))
    assert n == 7 and n.dtype == np.int32 and np.ndim(n) == 0
    assert idl.h5a_get_num_attrs(did) == 2
    names = [idl.h5a_get_name(idl.h5a_open_idx(did, k)) for k in range(2)]
    assert sorted(names) == ["range", "units"]
    idl.h5d_close(did)
    idl.h5g_close(hid)
    idl.h5g_close(gid)
    idl.h5f_close(fid)


def test_closing_the_file_invalidates_its_members(sample):
    fid = idl.h5f_open(sample)
    did = idl.h5d_open(fid, "i16")
    aid = idl.h5a_open_name(fid, "n")
    idl.h5f_close(fid)
    with pytest.raises(ValueError, match=rf"^H5D_READ: Invalid dataset identifier: {did}"):
        idl.h5d_read(did)
    with pytest.raises(ValueError, match="^H5A_READ: Invalid attribute identifier"):
        idl.h5a_read(aid)
    with pytest.raises(ValueError, match="^H5F_CLOSE: Invalid file identifier"):
        idl.h5f_close(fid)


def test_errors(sample, tmp_path):
    with pytest.raises(ValueError, match="^H5F_OPEN: unable to open file: Name: .*none"):
        idl.h5f_open(str(tmp_path / "none.h5"))
    (tmp_path / "text.h5").write_text("not hdf5")
    with pytest.raises(ValueError, match="^H5F_OPEN: unable to open file"):
        idl.h5f_open(str(tmp_path / "text.h5"))
    fid = idl.h5f_open(sample)
    with pytest.raises(ValueError, match="^H5D_OPEN: unable to open dataset: Name: nope"):
        idl.h5d_open(fid, "nope")
    with pytest.raises(ValueError, match="^H5D_OPEN: unable to open dataset: Name: g"):
        idl.h5d_open(fid, "g")
    with pytest.raises(ValueError, match="^H5G_OPEN: unable to open group: Name: i16"):
        idl.h5g_open(fid, "i16")
    with pytest.raises(ValueError, match="^H5A_OPEN_NAME: unable to open attribute: "
                                         "Name: zz"):
        idl.h5a_open_name(fid, "zz")
    with pytest.raises(ValueError, match="^H5A_OPEN_IDX: unable to open attribute: "
                                         "Index: 3"):
        idl.h5a_open_idx(fid, 3)
    with pytest.raises(ValueError, match="^H5D_READ: Invalid dataset identifier"):
        idl.h5d_read(fid)
    with pytest.raises(TypeError, match="^H5D_OPEN: Name must be a string"):
        idl.h5d_open(fid, 3)
    idl.h5f_close(fid)


def test_write_mode(sample):
    fid = idl.h5f_open(sample, write=True)
    assert data_handles.lookup(fid, (), "").obj.mode == "r+"
    idl.h5f_close(fid)
