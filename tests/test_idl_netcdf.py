"""IDL's NCDF routines: the id-based interface, IDL's dimension order and types, its
errors, files read back by netCDF4-python, and live round trips with GDL (files compat
writes read by GDL's NCDF routines, files GDL writes read by compat)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from compat._core import data_handles
from oracles import GDL, GDL_PIN, run_gdl_program

netCDF4 = pytest.importorskip("netCDF4")


@pytest.fixture(autouse=True)
def _close_left_open():
    before = set(data_handles.open_handles())
    yield
    for number in set(data_handles.open_handles()) - before:
        data_handles.close_handle(number)


def _sample(path, **create):
    """x=3, y=2, t unlimited; v(y, x) INT, d(t, x) DOUBLE with 2 records, c(x) CHAR,
    b(x) BYTE, s LONG scalar; attributes on v and global."""
    cdfid = idl.ncdf_create(str(path), clobber=True, **create)
    x = idl.ncdf_dimdef(cdfid, "x", 3)
    y = idl.ncdf_dimdef(cdfid, "y", 2)
    t = idl.ncdf_dimdef(cdfid, "t", unlimited=True)
    v = idl.ncdf_vardef(cdfid, "v", [x, y], short=True)
    d = idl.ncdf_vardef(cdfid, "d", [x, t], double=True)
    c = idl.ncdf_vardef(cdfid, "c", [x], char=True)
    b = idl.ncdf_vardef(cdfid, "b", [x], byte=True)
    s = idl.ncdf_vardef(cdfid, "s", long=True)
    idl.ncdf_attput(cdfid, v, "units", "m s-1")
    idl.ncdf_attput(cdfid, v, "scale", np.float32(2.5))
    idl.ncdf_attput(cdfid, v, "iv", [1, 2])
    idl.ncdf_attput(cdfid, "title", "hello", global_=True)
    idl.ncdf_control(cdfid, endef=True)
    idl.ncdf_varput(cdfid, v, np.arange(6, dtype=np.int16).reshape(2, 3))
    idl.ncdf_varput(cdfid, d, np.arange(6.0).reshape(2, 3) / 4)
    idl.ncdf_varput(cdfid, c, "abc")
    idl.ncdf_varput(cdfid, b, np.uint8([1, 200, 255]))
    idl.ncdf_varput(cdfid, s, np.int32(40000))
    idl.ncdf_close(cdfid)
    return cdfid


# ------------------------------------------------------------------ the file itself
@pytest.mark.parametrize("create", [{}, {"netcdf3_64bit": True}, {"netcdf4_format": True}])
def test_file_written_reads_in_netcdf4_python_in_c_order(tmp_path, create):
    path = tmp_path / "s.nc"
    _sample(path, **create)
    with netCDF4.Dataset(path) as ds:
        ds.set_auto_maskandscale(False)
        assert list(ds.dimensions) == ["x", "y", "t"]
        assert ds["v"].dimensions == ("y", "x") and ds["d"].dimensions == ("t", "x")
        assert ds["v"].dtype == np.int16 and ds["b"].dtype == np.int8
        np.testing.assert_array_equal(ds["v"][:], np.arange(6).reshape(2, 3))
        np.testing.assert_array_equal(ds["b"][:], [1, -56, -1])
        assert b"".join(ds["c"][:].tolist()) == b"abc"
        assert ds["s"][...] == 40000 and len(ds.dimensions["t"]) == 2
        assert ds["v"].getncattr("units") == "m s-1"
        assert ds["v"].getncattr("iv").dtype == np.int16
        assert ds.getncattr("title") == "hello"
        expected = {"": "NETCDF3_CLASSIC", "netcdf3_64bit": "NETCDF3_64BIT_OFFSET",
                    "netcdf4_format": "NETCDF4"}
        assert ds.file_format == expected[next(iter(create), "")]


def test_types_and_layout_read_back(tmp_path):
    path = tmp_path / "s.nc"
    _sample(path)
    cdfid = idl.ncdf_open(str(path))
    v = idl.ncdf_varget(cdfid, "v")
    assert v.dtype == np.int16 and v.shape == (2, 3)
    assert idl.ncdf_varget(cdfid, "b").tolist() == [1, 200, 255]
    assert idl.ncdf_varget(cdfid, "c").tolist() == [97, 98, 99]
    s = idl.ncdf_varget(cdfid, "s")
    assert s == 40000 and s.dtype == np.int32 and np.ndim(s) == 0
    assert idl.ncdf_varget(cdfid, "d", offset=[1, 1], count=[2, 1]).tolist() == [1.0, 1.25]
    info = idl.ncdf_varinq(cdfid, "d")
    assert info.DIM[0].tolist() == [0, 2] and info.DATATYPE[0] == "DOUBLE"
    assert idl.ncdf_attget(cdfid, "v", "units").tobytes() == b"m s-1"
    assert idl.ncdf_attget(cdfid, "v", "scale").dtype == np.float32
    inq = idl.ncdf_inquire(cdfid)
    assert [int(inq[k][0]) for k in ("NDIMS", "NVARS", "NGATTS", "RECDIM")] == [3, 5, 1, 2]
    idl.ncdf_close(cdfid)


def test_ids_are_netcdf_c_style_and_closed_ids_are_refused(tmp_path):
    first = idl.ncdf_create(str(tmp_path / "a.nc"))
    second = idl.ncdf_create(str(tmp_path / "b.nc"))
    assert first % 65536 == 0 and second % 65536 == 0 and first != second
    idl.ncdf_close(first)
    with pytest.raises(ValueError, match=rf"^NCDF_CLOSE: {first} is not a valid cdfid\. "
                                         r"\(NC_ERROR=-33\)"):
        idl.ncdf_close(first)
    idl.ncdf_close(second)


# ------------------------------------------------------------ IDL's rules and errors
def test_dimid_and_varid_missing_return_minus_one_with_a_warning(tmp_path):
    _sample(tmp_path / "s.nc")
    cdfid = idl.ncdf_open(str(tmp_path / "s.nc"))
    with pytest.warns(CompatWarning, match="NCDF_DIMID"):
        assert idl.ncdf_dimid(cdfid, "zz") == -1
    with pytest.warns(CompatWarning, match='Variable not found "zz"'):
        assert idl.ncdf_varid(cdfid, "zz") == -1
    with pytest.warns(CompatWarning, match="Attribute 9 not found"):
        assert idl.ncdf_attname(cdfid, "v", 9) == ""
    idl.ncdf_close(cdfid)


def test_define_and_data_mode(tmp_path):
    cdfid = idl.ncdf_create(str(tmp_path / "m.nc"))
    x = idl.ncdf_dimdef(cdfid, "x", 2)
    v = idl.ncdf_vardef(cdfid, "v", [x])
    with pytest.raises(ValueError, match=r"^NCDF_VARPUT:  Cannot acces data in DEFINE "
                                         r"mode\. \(NC_ERROR=-39\)"):
        idl.ncdf_varput(cdfid, v, [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^NCDF_CONTROL:  Cannot acces data in DEFINE"):
        idl.ncdf_control(cdfid, redef=True)
    idl.ncdf_control(cdfid, endef=True)
    for call in (lambda: idl.ncdf_dimdef(cdfid, "y", 2),
                 lambda: idl.ncdf_vardef(cdfid, "w"),
                 lambda: idl.ncdf_attput(cdfid, v, "new", 1),
                 lambda: idl.ncdf_control(cdfid, endef=True)):
        with pytest.raises(ValueError, match=r"not in define mode\. \(NC_ERROR=-38\)"):
            call()
    idl.ncdf_varput(cdfid, v, [1.0, 2.0])
    idl.ncdf_close(cdfid)


def test_open_errors_and_read_only(tmp_path):
    with pytest.raises(ValueError, match=r'^NCDF_OPEN: Unable to open the file ".*nofile'
                                         r'\.nc"\. \(NC_ERROR=2\)'):
        idl.ncdf_open(str(tmp_path / "nofile.nc"))
    _sample(tmp_path / "s.nc")
    with pytest.raises(ValueError, match=r"^NCDF_CREATE: Unable to create the file"):
        idl.ncdf_create(str(tmp_path / "s.nc"))
    cdfid = idl.ncdf_open(str(tmp_path / "s.nc"))
    with pytest.raises(ValueError, match=r"^NCDF_VARPUT: Write permission not enabled"):
        idl.ncdf_varput(cdfid, "s", 1)
    with pytest.raises(ValueError, match=r"^NCDF_VARGET: Variable enquiry failed, 17 is not "
                                         r"a valid variable id\. \(NC_ERROR=-49\)"):
        idl.ncdf_varget(cdfid, 17)
    with pytest.raises(ValueError, match=r"^NCDF_ATTGET: Attribute enquiry failed\. "
                                         r"\(NC_ERROR=-43\)"):
        idl.ncdf_attget(cdfid, "v", "nope")
    with pytest.raises(ValueError, match=r"^NCDF_VARGET: Dimension bound exceeded"):
        idl.ncdf_varget(cdfid, "v", offset=[3, 0])
    with pytest.warns(CompatWarning, match=r"Requested read is larger than data in "
                                           r"dimension 0\. Reducing COUNT to 2\."):
        assert idl.ncdf_varget(cdfid, "v", offset=[1, 0], count=[5, 1]).tolist() == [1, 2]
    idl.ncdf_close(cdfid)


def test_conversions_on_write(tmp_path):
    cdfid = idl.ncdf_create(str(tmp_path / "c.nc"))
    x = idl.ncdf_dimdef(cdfid, "x", 3)
    b = idl.ncdf_vardef(cdfid, "b", [x], byte=True)
    n = idl.ncdf_vardef(cdfid, "n", [x], long=True)
    idl.ncdf_attput(cdfid, b, "fl", 255, byte=True)
    idl.ncdf_attput(cdfid, b, "txt", "abcdef", length=3)
    idl.ncdf_attput(cdfid, b, "cb", np.uint8([65, 66]), char=True)
    idl.ncdf_control(cdfid, endef=True)
    idl.ncdf_varput(cdfid, b, [1, 200, 300])           # INT: the low 8 bits, as GDL
    idl.ncdf_varput(cdfid, n, [1.7, -2.7, 40000.0])    # truncated, as GDL
    assert idl.ncdf_varget(cdfid, b).tolist() == [1, 200, 44]
    assert idl.ncdf_varget(cdfid, n).tolist() == [1, -2, 40000]
    assert idl.ncdf_attget(cdfid, b, "fl") == 255
    assert idl.ncdf_attinq(cdfid, b, "fl").DATATYPE[0] == "BYTE"
    assert idl.ncdf_attget(cdfid, b, "txt").tobytes() == b"abc"
    assert idl.ncdf_attget(cdfid, b, "cb").tobytes() == b"AB"
    idl.ncdf_close(cdfid)


def test_record_growth_and_strided_read(tmp_path):
    cdfid = idl.ncdf_create(str(tmp_path / "r.nc"))
    x = idl.ncdf_dimdef(cdfid, "x", 4)
    t = idl.ncdf_dimdef(cdfid, "t", unlimited=True)
    v = idl.ncdf_vardef(cdfid, "v", [x, t], float=True)
    idl.ncdf_control(cdfid, endef=True)
    for k in range(3):
        idl.ncdf_varput(cdfid, v, np.arange(4, dtype=np.float32) + 10 * k, offset=[0, k])
    assert idl.ncdf_diminq(cdfid, t).size == 3
    got = idl.ncdf_varget(cdfid, v, offset=[0, 0], count=[2, 3], stride=[2, 1])
    np.testing.assert_array_equal(got, [[0, 2], [10, 12], [20, 22]])
    idl.ncdf_close(cdfid)


def test_bad_arguments(tmp_path):
    cdfid = idl.ncdf_create(str(tmp_path / "e.nc"))
    with pytest.raises(TypeError, match="^NCDF_DIMDEF: DimName must be a string"):
        idl.ncdf_dimdef(cdfid, 3, 3)
    with pytest.raises(ValueError, match="^NCDF_DIMDEF: Size must be given"):
        idl.ncdf_dimdef(cdfid, "x")
    with pytest.raises(ValueError, match="^NCDF_VARDEF: Conflicting keywords"):
        idl.ncdf_vardef(cdfid, "v", short=True, double=True)
    with pytest.raises(ValueError, match=r"^NCDF_VARDEF: Invalid dimension or name\.  "
                                         r"ID = 5"):
        idl.ncdf_vardef(cdfid, "v", [5])
    idl.ncdf_close(cdfid)


# ----------------------------------------------------------------------- live GDL
def _gdl(script: str, folder: Path) -> str:
    (folder / "run.pro").write_text(f"{GDL_PIN}\n{script}\nexit\n")
    done = run_gdl_program("run.pro", folder)
    return done.stdout + done.stderr


@pytest.mark.gdl
@pytest.mark.parametrize("create", [{}, {"netcdf4_format": True}])
def test_gdl_reads_what_compat_writes(tmp_path, create):
    _sample(tmp_path / "py.nc", **create)
    out = _gdl("id = ncdf_open('py.nc')\n"
               "ncdf_varget, id, 'v', v & ncdf_varget, id, 'd', d & ncdf_varget, id, 'c', c\n"
               "ncdf_varget, id, 's', s\n"
               "ncdf_attget, id, 'v', 'units', u & ncdf_attget, id, 'v', 'iv', iv\n"
               "ncdf_attget, id, 'title', ti, /global\n"
               "q = ncdf_varinq(id, 'd') & dims = q.dim & dt = q.datatype\n"
               "ncdf_close, id\n"
               "save, v, d, c, s, u, iv, ti, dims, dt, filename='gdl.sav'", tmp_path)
    got = idl.restore(str(tmp_path / "gdl.sav"))
    assert got, out
    np.testing.assert_array_equal(got["v"], np.arange(6).reshape(2, 3))
    assert got["v"].dtype == np.int16
    np.testing.assert_array_equal(got["d"], np.arange(6.0).reshape(2, 3) / 4)
    assert got["c"].tolist() == [97, 98, 99] and got["s"] == 40000
    assert bytes(got["u"]) == b"m s-1" and bytes(got["ti"]) == b"hello"
    assert got["iv"].tolist() == [1, 2] and got["iv"].dtype == np.int16
    assert got["dims"].tolist() == [0, 2] and got["dt"] == "DOUBLE"


@pytest.mark.gdl
def test_compat_reads_what_gdl_writes(tmp_path):
    out = _gdl("id = ncdf_create('gdl.nc', /clobber)\n"
               "x = ncdf_dimdef(id, 'x', 4) & y = ncdf_dimdef(id, 'y', 3)\n"
               "t = ncdf_dimdef(id, 'time', /unlimited)\n"
               "a = ncdf_vardef(id, 'a', [x, y], /long)\n"
               "f = ncdf_vardef(id, 'f', [x, t], /float)\n"
               "ncdf_attput, id, a, 'long_name', 'counts'\n"
               "ncdf_attput, id, f, 'valid', [0.5, 9.5]\n"
               "ncdf_attput, id, /global, 'history', 'made by GDL'\n"
               "ncdf_control, id, /endef\n"
               "ncdf_varput, id, a, lindgen(4, 3) * 3\n"
               "ncdf_varput, id, f, findgen(4, 2) / 8\n"
               "ncdf_close, id", tmp_path)
    assert (tmp_path / "gdl.nc").exists(), out
    cdfid = idl.ncdf_open(str(tmp_path / "gdl.nc"))
    a = idl.ncdf_varget(cdfid, "a")
    assert a.dtype == np.int32
    np.testing.assert_array_equal(a, np.arange(12).reshape(3, 4) * 3)
    np.testing.assert_array_equal(idl.ncdf_varget(cdfid, "f"),
                                  np.arange(8, dtype=np.float32).reshape(2, 4) / 8)
    assert idl.ncdf_varinq(cdfid, "f").DIM[0].tolist() == [0, 2]
    assert idl.ncdf_attget(cdfid, "a", "long_name").tobytes() == b"counts"
    assert idl.ncdf_attget(cdfid, "f", "valid").tolist() == [0.5, 9.5]
    assert idl.ncdf_attget(cdfid, "history", global_=True).tobytes() == b"made by GDL"
    assert idl.ncdf_diminq(cdfid, "time") == ("time", 2)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert idl.ncdf_dimid(cdfid, "y") == 1
    idl.ncdf_close(cdfid)


def test_renames_keep_ids_and_attdel_needs_define_mode(tmp_path):
    _sample(tmp_path / "s.nc")
    cdfid = idl.ncdf_open(str(tmp_path / "s.nc"), write=True)
    with pytest.raises(ValueError, match=r"^NCDF_ATTDEL: .*not in define mode"):
        idl.ncdf_attdel(cdfid, "v", "iv")
    idl.ncdf_varrename(cdfid, "d", "e")  # no longer: allowed in data mode
    idl.ncdf_control(cdfid, redef=True)
    idl.ncdf_varrename(cdfid, "v", "velocity")
    idl.ncdf_dimrename(cdfid, "x", "longitude")
    idl.ncdf_attrename(cdfid, "velocity", "units", "unit_text")
    idl.ncdf_attdel(cdfid, "velocity", "iv")
    idl.ncdf_control(cdfid, endef=True)
    assert idl.ncdf_varid(cdfid, "velocity") == 0 and idl.ncdf_dimid(cdfid, "longitude") == 0
    info = idl.ncdf_varinq(cdfid, 0)
    assert info.NAME[0] == "velocity" and info.DIM[0].tolist() == [0, 1]
    assert [idl.ncdf_attname(cdfid, 0, k) for k in range(2)] == ["unit_text", "scale"]
    assert idl.ncdf_varget1(cdfid, "velocity", offset=[1, 1]) == 4
    with pytest.raises(ValueError, match=r"^NCDF_ATTRENAME: Attribute enquiry failed"):
        idl.ncdf_attrename(cdfid, 0, "nope", "x")
    idl.ncdf_close(cdfid)
    with netCDF4.Dataset(tmp_path / "s.nc") as ds:
        assert "e" in ds.variables
        assert ds["velocity"].dimensions == ("y", "longitude")
    assert idl.ncdf_exists() == 1
