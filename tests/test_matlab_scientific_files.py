"""h5read/h5write/h5create/h5info and ncread/ncwrite/ncinfo: MATLAB's reversed dimensions,
1-based hyperslabs and netCDF attribute conventions; HDF5 written by live Octave."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.io

from compat import matlab
from oracles import run_octave

try:
    import h5py
except ImportError:          # the optional extra compat[hdf5]
    h5py = None
needs_h5py = pytest.mark.skipif(h5py is None, reason="needs h5py (compat[hdf5])")


@needs_h5py
def test_h5_round_trip_is_matlabs_layout(tmp_path):
    path = str(tmp_path / "a.h5")
    data = np.arange(12.0).reshape(3, 4)
    matlab.h5create(path, "/g/data", [3, 4])
    matlab.h5write(path, "/g/data", data)
    with h5py.File(path) as f:            # the file holds the reversed dimensions
        assert f["g/data"].shape == (4, 3)
        np.testing.assert_array_equal(f["g/data"][()], data.T)
    np.testing.assert_array_equal(matlab.h5read(path, "/g/data"), data)
    np.testing.assert_array_equal(matlab.h5read(path, "/g/data", [2, 2], [2, np.inf]),
                                  data[1:3, 1:])
    np.testing.assert_array_equal(matlab.h5read(path, "/g/data", [1, 1], [2, 2], [2, 3]),
                                  data[0::2, 0::3])
    matlab.h5write(path, "/g/data", np.array([[-1.0, -2.0]]), [3, 2], [1, 2])
    assert matlab.h5read(path, "/g/data")[2, 1:3].tolist() == [-1.0, -2.0]


@needs_h5py
def test_h5_types_unlimited_and_info(tmp_path):
    path = str(tmp_path / "b.h5")
    matlab.h5create(path, "/i", [2, 3], "Datatype", "int16", "FillValue", -5,
                    "ChunkSize", [1, 3], "Deflate", 4)
    got = matlab.h5read(path, "/i")
    assert got.dtype == np.int16 and got.tolist() == [[-5] * 3] * 2
    matlab.h5create(path, "/u", [np.inf, 2], "ChunkSize", [4, 2])
    matlab.h5write(path, "/u", np.ones((5, 2)), [1, 1], [5, 2])
    assert matlab.h5read(path, "/u").shape == (5, 2)
    info = matlab.h5info(path)
    assert info.Name == "/" and sorted(d.Name for d in info.Datasets) == ["i", "u"]
    dataset = matlab.h5info(path, "/u")
    assert dataset.Dataspace.Size == [5.0, 2.0]
    assert dataset.Dataspace.MaxSize == [np.inf, 2.0]
    assert matlab.h5info(path, "/i").Datatype.Class == "H5T_INTEGER"
    with h5py.File(path, "a") as f:
        f["s"] = "hello"
        f["v"] = np.arange(3, dtype=np.int32)
    assert matlab.h5read(path, "/s") == "hello"
    assert matlab.h5read(path, "/v").shape == (3, 1)       # 1-D as a column


@needs_h5py
def test_h5_errors(tmp_path):
    path = str(tmp_path / "c.h5")
    with pytest.raises(ValueError, match="^h5read: The filename specified was not found"):
        matlab.h5read(path, "/x")
    matlab.h5create(path, "/x", [2, 2])
    with pytest.raises(ValueError, match="^h5create: The dataset .* already exists"):
        matlab.h5create(path, "/x", [2, 2])
    with pytest.raises(ValueError, match="^h5create: 'Colour' is not a recognized"):
        matlab.h5create(path, "/y", [2, 2], "Colour", 1)
    with pytest.raises(TypeError, match="^h5read: ds must be"):
        matlab.h5read(path, 3)


@needs_h5py
@pytest.mark.octave
def test_h5read_reads_octave_hdf5(tmp_path):
    path = str(tmp_path / "o.h5")
    x = np.random.default_rng(3).normal(size=(3, 5))
    got = run_octave([("y = int16([7 8 9; -1 0 1]); save('-hdf5', f, 'x', 'y'); ok = 1;",
                       {"f": path, "x": x}, ["ok"])])
    assert not isinstance(got[0], Exception), got
    np.testing.assert_array_equal(matlab.h5read(path, "/x/value"), x)
    y = matlab.h5read(path, "/y/value")
    assert y.dtype == np.int16 and y.tolist() == [[7, 8, 9], [-1, 0, 1]]


def _classic(path):
    with scipy.io.netcdf_file(path, "w") as f:
        f.createDimension("time", None)
        f.createDimension("x", 3)
        t = f.createVariable("t", "i2", ("time", "x"))
        t[:] = [[100, 200, -999], [300, 400, 500]]
        t.scale_factor, t.add_offset, t._FillValue = 0.5, 10.0, np.int16(-999)
        n = f.createVariable("n", "i4", ("x",))
        n[:] = [1, 2, 3]
        f.title = "test"


def test_ncread_conventions_and_info(tmp_path):
    path = str(tmp_path / "c.nc")
    _classic(path)
    np.testing.assert_array_equal(matlab.ncread(path, "t"),
                                  [[60.0, 160.0], [110.0, 210.0], [np.nan, 260.0]])
    n = matlab.ncread(path, "n")
    assert n.dtype == np.int32 and n.ravel().tolist() == [1, 2, 3]
    np.testing.assert_array_equal(matlab.ncread(path, "t", [2, 1], [2, 1]), [[110.0], [np.nan]])
    info = matlab.ncinfo(path)
    assert info.Format == "classic"
    t = next(v for v in info.Variables if v.Name == "t")       # in the file's order
    assert [d.Name for d in t.Dimensions] == ["x", "time"] and t.Size == [3.0, 2.0]
    matlab.ncwrite(path, "t", np.array([[10.0], [10.25], [np.nan]]), [1, 3])
    np.testing.assert_array_equal(matlab.ncread(path, "t")[:, 2], [10.0, 10.5, np.nan])
    with pytest.raises(ValueError, match="^ncread: Could not open"):
        matlab.ncread(path + ".none", "t")


@needs_h5py
def test_ncread_netcdf4_file(tmp_path):
    netCDF4 = pytest.importorskip("netCDF4")
    path = str(tmp_path / "n4.nc")
    with netCDF4.Dataset(path, "w", format="NETCDF4") as f:
        f.createDimension("lat", 2)
        f.createDimension("lon", 3)
        v = f.createVariable("T", "f4", ("lat", "lon"), fill_value=np.float32(-1))
        v[:] = np.array([[1, 2, -1], [4, 5, 6]], dtype=np.float32)
        g = f.createGroup("grp")
        w = g.createVariable("w", "f8", ("lon",))
        w[:] = [7.0, 8.0, 9.0]
    got = matlab.ncread(path, "T")
    assert got.dtype == np.float32 and got.shape == (3, 2)
    np.testing.assert_array_equal(got, [[1, 4], [2, 5], [np.nan, 6]])
    np.testing.assert_array_equal(matlab.ncread(path, "/grp/w").ravel(), [7.0, 8.0, 9.0])
    assert matlab.ncinfo(path).Format == "netcdf4"
