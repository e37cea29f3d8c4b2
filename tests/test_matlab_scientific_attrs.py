"""MATLAB nccreate, ncwriteatt, ncreadatt, ncdisp, h5readatt, h5writeatt, h5disp: the
files they write as netCDF4-python and h5py read them, MATLAB's layouts, the printed
text, and the errors."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat.golden import printed_text

netCDF4 = pytest.importorskip("netCDF4")
h5py = pytest.importorskip("h5py")


# ------------------------------------------------------------------------- nccreate
def test_nccreate_reverses_dimensions_and_makes_the_unlimited_one(tmp_path):
    path = str(tmp_path / "c.nc")
    matlab.nccreate(path, "T", "Dimensions", ["lon", 4, "lat", 3, "time", np.inf],
                    "Datatype", "int16", "FillValue", -999)
    matlab.nccreate(path, "lat", "Dimensions", ["lat"], Datatype="single")
    with netCDF4.Dataset(path) as ds:
        assert ds.data_model == "NETCDF4_CLASSIC"
        assert ds["T"].dimensions == ("time", "lat", "lon")
        assert ds.dimensions["time"].isunlimited() and len(ds.dimensions["lon"]) == 4
        assert ds["T"].dtype == np.int16 and ds["T"].getncattr("_FillValue") == -999
        assert ds["lat"].dimensions == ("lat",) and ds["lat"].dtype == np.float32
    assert matlab.ncinfo(path, "T").Size == [4.0, 3.0, 0.0]


@pytest.mark.parametrize("fmt, model", [("classic", "NETCDF3_CLASSIC"),
                                        ("64bit", "NETCDF3_64BIT_OFFSET"),
                                        ("netcdf4", "NETCDF4"),
                                        ("netcdf4_classic", "NETCDF4_CLASSIC")])
def test_nccreate_formats(tmp_path, fmt, model):
    path = str(tmp_path / f"{fmt}.nc")
    matlab.nccreate(path, "v", "Format", fmt)
    with netCDF4.Dataset(path) as ds:
        assert ds.data_model == model
    assert matlab.ncinfo(path).Format == fmt


def test_nccreate_chunks_deflate_groups_and_disabled_fill(tmp_path):
    path = str(tmp_path / "g.nc")
    matlab.nccreate(path, "/grid/v", "Dimensions", ["x", 10, "y", 4], "Format", "netcdf4",
                    "ChunkSize", [5, 2], "DeflateLevel", 4, "Shuffle", True,
                    "FillValue", "disable")
    with netCDF4.Dataset(path) as ds:
        v = ds["grid"]["v"]
        assert v.chunking() == [2, 5]
        assert v.filters()["zlib"] and v.filters()["complevel"] == 4
        assert v.filters()["shuffle"]
        assert "_FillValue" not in v.ncattrs()


def test_nccreate_errors(tmp_path):
    path = str(tmp_path / "e.nc")
    matlab.nccreate(path, "v", "Dimensions", ["x", 3], "Format", "classic")
    with pytest.raises(ValueError, match="^nccreate: Variable 'v' already exists"):
        matlab.nccreate(path, "v")
    with pytest.raises(ValueError, match="^nccreate: Dimension 'x' already exists with "
                                         "length 3"):
        matlab.nccreate(path, "w", "Dimensions", ["x", 4])
    with pytest.raises(ValueError, match="^nccreate: Dimension 'q' does not exist"):
        matlab.nccreate(path, "w", "Dimensions", ["q"])
    with pytest.raises(ValueError, match="^nccreate: Datatype 'float' is not valid"):
        matlab.nccreate(path, "w", "Datatype", "float")
    with pytest.raises(ValueError, match="^nccreate: ChunkSize, DeflateLevel and Shuffle "
                                         "need a netCDF-4 file"):
        matlab.nccreate(path, "w", "Dimensions", ["x"], "DeflateLevel", 5)
    with pytest.raises(ValueError, match="^nccreate: 'Colour' is not a recognized"):
        matlab.nccreate(path, "w", "Colour", 5)
    with pytest.raises(ValueError, match="^nccreate: Name-value arguments must come in "
                                         "pairs"):
        matlab.nccreate(path, "w", "Datatype")


# ----------------------------------------------------------- ncwriteatt, ncreadatt
@pytest.mark.parametrize("fmt", ["classic", "netcdf4_classic"])
def test_attribute_types_round_trip(tmp_path, fmt):
    path = str(tmp_path / "a.nc")
    matlab.nccreate(path, "v", "Format", fmt)
    matlab.ncwriteatt(path, "v", "d", 2.5)
    matlab.ncwriteatt(path, "v", "n", 7)
    matlab.ncwriteatt(path, "v", "s", np.int16([1, 2, 3]))
    matlab.ncwriteatt(path, "v", "t", "text")
    matlab.ncwriteatt(path, "v", "c", 3, "Datatype", "int32")
    matlab.ncwriteatt(path, "/", "m", np.array([[1.0, 2.0], [3.0, 4.0]]))
    with netCDF4.Dataset(path) as ds:
        v = ds["v"]
        assert v.getncattr("d").dtype == np.float64
        assert v.getncattr("n").dtype == np.float64     # a MATLAB double
        assert v.getncattr("s").dtype == np.int16
        assert v.getncattr("c").dtype == np.int32
        np.testing.assert_array_equal(ds.getncattr("m"), [1, 3, 2, 4])  # column-major
    assert matlab.ncreadatt(path, "v", "d") == 2.5
    assert matlab.ncreadatt(path, "v", "t") == "text"
    s = matlab.ncreadatt(path, "v", "s")
    assert s.dtype == np.int16 and s.shape == (1, 3)
    assert matlab.ncreadatt(path, "/", "m").shape == (1, 4)
    assert matlab.ncinfo(path, "v").Attributes[2].Value.shape == (1, 3)


def test_attribute_errors(tmp_path):
    path = str(tmp_path / "e.nc")
    matlab.nccreate(path, "v", "Format", "classic")
    with pytest.raises(ValueError, match="^ncreadatt: Could not find attribute 'x'"):
        matlab.ncreadatt(path, "v", "x")
    with pytest.raises(ValueError, match="^ncreadatt: Could not find variable or group"):
        matlab.ncreadatt(path, "w", "x")
    with pytest.raises(ValueError, match="^ncwriteatt: Could not find variable or group"):
        matlab.ncwriteatt(path, "w", "x", 1)
    with pytest.raises(TypeError, match="^ncwriteatt: the attribute value must be"):
        matlab.ncwriteatt(path, "v", "x", {"a": 1})
    with pytest.raises(ValueError, match="^ncreadatt: Could not open"):
        matlab.ncreadatt(str(tmp_path / "none.nc"), "/", "x")


# --------------------------------------------------------------------------- ncdisp
def test_ncdisp_layout_unlimited_min_and_variable(tmp_path):
    path = str(tmp_path / "d.nc")
    matlab.nccreate(path, "temp", "Dimensions", ["x", 360, "time", np.inf],
                    "Datatype", "int16")
    matlab.ncwriteatt(path, "temp", "valid_range", np.int16([0, 100]))
    matlab.ncwriteatt(path, "temp", "units", "K")
    text = printed_text(lambda: matlab.ncdisp(path))
    assert "           x    = 360\n           time = 0     (UNLIMITED)\n" in text
    assert "           Size:       []\n           Dimensions: x,time\n" in text
    assert "                       valid_range = [0  100]\n" in text
    assert "                       units       = 'K'\n" in text
    short = printed_text(lambda: matlab.ncdisp(path, "/", "min"))
    assert "Attributes" not in short and "Datatype:   int16" in short
    one = printed_text(lambda: matlab.ncdisp(path, "temp"))
    assert one.count("Size:") == 1 and "Variables:\n    temp\n" in one
    assert matlab.ncdisp(path, "/", "min") is None
    with pytest.raises(ValueError, match="^ncdisp: dispFormat must be 'full' or 'min'"):
        matlab.ncdisp(path, "/", "max")


# ----------------------------------------------------------- h5writeatt, h5readatt
def test_h5_attributes_layout_in_the_file(tmp_path):
    path = str(tmp_path / "a.h5")
    matlab.h5create(path, "/g/d", [2, 3])
    matlab.h5writeatt(path, "/", "m", np.array([[0, 2], [1, 3]], np.int32))
    matlab.h5writeatt(path, "/g/d", "v", [1.5, 2.5, 3.5])
    matlab.h5writeatt(path, "/g/d", "one", 4)
    matlab.h5writeatt(path, "/g", "t", "abc")
    with h5py.File(path) as f:
        np.testing.assert_array_equal(f.attrs["m"], [[0, 1], [2, 3]])   # reversed
        assert f["g/d"].attrs["v"].shape == (3,)
        assert f["g/d"].attrs["one"].shape == () and f["g/d"].attrs["one"].dtype == float
        assert f["g"].attrs["t"] == b"abc"
    np.testing.assert_array_equal(matlab.h5readatt(path, "/", "m"), [[0, 2], [1, 3]])
    assert matlab.h5readatt(path, "/g/d", "v").shape == (3, 1)
    assert matlab.h5readatt(path, "/g/d", "one").shape == (1, 1)
    assert matlab.h5readatt(path, "/g", "t") == "abc"
    matlab.h5writeatt(path, "/g", "t", np.int8(5))          # replaced, type too
    assert matlab.h5readatt(path, "/g", "t").dtype == np.int8


def test_h5_attribute_errors(tmp_path):
    path = str(tmp_path / "e.h5")
    matlab.h5create(path, "/d", 3)
    with pytest.raises(ValueError, match="^h5readatt: The attribute 'x' does not exist"):
        matlab.h5readatt(path, "/d", "x")
    with pytest.raises(ValueError, match="^h5writeatt: The location '/q' does not exist"):
        matlab.h5writeatt(path, "/q", "x", 1)
    with pytest.raises(ValueError, match="^h5readatt: The filename specified was not "
                                         "found"):
        matlab.h5readatt(str(tmp_path / "none.h5"), "/", "x")


# --------------------------------------------------------------------------- h5disp
def test_h5disp_attributes_unlimited_and_min(tmp_path):
    path = str(tmp_path / "u.h5")
    matlab.h5create(path, "/g/x", [4, np.inf], "ChunkSize", [4, 2], "Datatype", "int16")
    matlab.h5writeatt(path, "/g/x", "units", "m")
    matlab.h5writeatt(path, "/g", "n", np.int32([1, 2]))
    text = printed_text(lambda: matlab.h5disp(path))
    assert text.startswith(f"HDF5 {path} \nGroup '/' \n    Group '/g' \n")
    assert "        Attributes:\n            'n':  1 2\n" in text
    assert "            Size:  4x0\n            MaxSize:  4xInf\n" in text
    assert "            Datatype:   H5T_STD_I16LE (int16)\n" in text
    assert "            Attributes:\n                'units':  'm'\n" in text
    short = printed_text(lambda: matlab.h5disp(path, "/", "min"))
    assert short == f"HDF5 {path} \nGroup '/' \n    Group '/g' \n        Dataset 'x' \n"
    with pytest.raises(ValueError, match="^h5disp: mode must be 'simple' or 'min'"):
        matlab.h5disp(path, "/", "full")


def test_ncdisp_groups_nest_as_matlab_prints_them(tmp_path):
    # MATLAB's ncdisp of example.nc: "Groups:", "    /grid1/", "        Attributes:",
    # items at 19 blanks, the group's variables at 12 and their fields at 19
    path = str(tmp_path / "g.nc")
    matlab.nccreate(path, "top", "Format", "netcdf4")
    matlab.nccreate(path, "/grid1/temp", "Dimensions", ["x", 360, "time", np.inf],
                    "Datatype", "int16")
    matlab.ncwriteatt(path, "/grid1", "description", "This is a group attribute.")
    text = printed_text(lambda: matlab.ncdisp(path))
    tail = text[text.index("Groups:"):]
    assert tail == ("Groups:\n"
                    "    /grid1/\n"
                    "        Attributes:\n"
                    "                   description = 'This is a group attribute.'\n"
                    "        Dimensions:\n"
                    "                   x    = 360\n"
                    "                   time = 0     (UNLIMITED)\n"
                    "        Variables:\n"
                    "            temp\n"
                    "                   Size:       []\n"
                    "                   Dimensions: x,time\n"
                    "                   Datatype:   int16\n")


# ------------------------------------------------------------------ live GNU Octave
@pytest.mark.octave
@pytest.mark.parametrize("fmt", ["classic", "netcdf4_classic"])
def test_octave_reads_what_compat_writes_and_back(tmp_path, fmt):
    from oracles import run_octave
    ours = str(tmp_path / "compat.nc")
    theirs = str(tmp_path / "octave.nc")
    a = np.arange(6.0).reshape(3, 2)
    matlab.nccreate(ours, "v", "Dimensions", ["x", 3, "t", np.inf], "Format", fmt)
    matlab.ncwrite(ours, "v", a)
    matlab.ncwriteatt(ours, "v", "units", "m s-1")
    matlab.ncwriteatt(ours, "/", "n", np.int16([4, 5]))
    result = run_octave([
        (f"r = ncread('{ours}', 'v'); u = ncreadatt('{ours}', 'v', 'units'); "
         f"n = ncreadatt('{ours}', '/', 'n'); c = class(n); i = ncinfo('{ours}', 'v'); "
         f"sz = i.Size; "
         f"nccreate('{theirs}', 'w', 'Dimensions', {{'x', 2, 'y', 3}}, 'Datatype', "
         f"'int16', 'Format', '{fmt}'); ncwrite('{theirs}', 'w', int16([1 2 3; 4 5 6])); "
         f"ncwriteatt('{theirs}', 'w', 's', single([0.5 1.5]));",
         {}, ["r", "u", "n", "c", "sz"])], setup="pkg load netcdf")[0]
    assert not isinstance(result, Exception), result
    np.testing.assert_array_equal(result["r"], a)
    assert result["u"] == "m s-1" and result["c"] == "int16"
    np.testing.assert_array_equal(np.ravel(result["n"]), [4, 5])
    np.testing.assert_array_equal(np.ravel(result["sz"]), [3, 2])
    w = matlab.ncread(theirs, "w")
    assert w.dtype == np.int16
    np.testing.assert_array_equal(w, [[1, 2, 3], [4, 5, 6]])
    s = matlab.ncreadatt(theirs, "w", "s")
    assert s.dtype == np.float32 and s.tolist() == [[0.5, 1.5]]
