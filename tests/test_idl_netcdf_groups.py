"""IDL's netCDF-4 group routines and NCDF_ATTCOPY (compat.idl.netcdf_groups,
compat.idl.netcdf_attributes): ids, navigation, routines acting in a group, errors, and
live round trips with GDL 1.0.1 (golden cases: reference_outputs/idl/netcdf_groups)."""

from __future__ import annotations

import warnings
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from compat._core import data_handles
from oracles import GDL_PIN, run_gdl_program

netCDF4 = pytest.importorskip("netCDF4")


def _tree(path: Path) -> int:
    """A netCDF-4 file with /zeta (dimension y, variable v), /alpha, /zeta/inner."""
    cdfid = idl.ncdf_create(str(path), clobber=True, netcdf4_format=True)
    x = idl.ncdf_dimdef(cdfid, "x", 3)
    idl.ncdf_dimdef(cdfid, "time", unlimited=True)
    zeta = idl.ncdf_groupdef(cdfid, "zeta")
    idl.ncdf_groupdef(cdfid, "alpha")
    inner = idl.ncdf_groupdef(zeta, "inner")
    y = idl.ncdf_dimdef(zeta, "y", 2)
    idl.ncdf_dimdef(inner, "u", unlimited=True)
    v = idl.ncdf_vardef(zeta, "v", [x, y], short=True)
    idl.ncdf_attput(zeta, v, "units", "m s-1")
    idl.ncdf_attput(zeta, "title", "zeta group", global_=True)
    idl.ncdf_varput(zeta, v, idl.indgen(3, 2))
    return cdfid


def test_group_ids_are_the_library_ncids_and_navigation_agrees(tmp_path):
    cdfid = _tree(tmp_path / "g.nc")
    groups = idl.ncdf_groupsinq(cdfid)     # numbered as created: zeta, alpha, inner
    assert groups.dtype == np.int32 and (groups - cdfid).tolist() == [1, 2]
    zeta = idl.ncdf_ncidinq(cdfid, "zeta")
    inner = idl.ncdf_ncidinq(zeta, "inner")
    assert inner - cdfid == 3 and idl.ncdf_groupsinq(zeta).tolist() == [inner]
    assert idl.ncdf_groupparent(inner) == zeta and idl.ncdf_groupparent(zeta) == cdfid
    assert [idl.ncdf_groupname(g) for g in groups] == ["zeta", "alpha"]
    assert idl.ncdf_fullgroupname(inner) == "/zeta/inner"
    assert idl.ncdf_groupname(cdfid) == idl.ncdf_fullgroupname(cdfid) == "/"
    assert idl.ncdf_groupsinq(inner) == -1
    idl.ncdf_close(cdfid)


def test_ids_survive_reopening_and_a_kept_group_id_works(tmp_path):
    path = tmp_path / "g.nc"
    idl.ncdf_close(_tree(path))
    cdfid = idl.ncdf_open(str(path))     # numbered as read: zeta, inner, alpha
    assert (idl.ncdf_groupsinq(cdfid) - cdfid).tolist() == [1, 3]
    zeta = int(cdfid) + 1                # as a program that kept the number would
    np.testing.assert_array_equal(idl.ncdf_varget(zeta, "v"), np.arange(6).reshape(2, 3))
    assert idl.ncdf_fullgroupname(int(cdfid) + 2) == "/zeta/inner"
    with pytest.raises(ValueError, match="not a valid cdfid"):
        idl.ncdf_groupname(int(cdfid) + 9)
    idl.ncdf_close(cdfid)
    with pytest.raises(ValueError, match="not a valid cdfid"):
        idl.ncdf_groupname(zeta)         # the file's group ids close with it
    assert all(data_handles.lookup(n, (), "").parent != cdfid
               for n in data_handles.open_handles("netcdf"))


def test_dimensions_are_visible_downwards_and_numbered_across_the_file(tmp_path):
    cdfid = _tree(tmp_path / "g.nc")
    zeta = idl.ncdf_ncidinq(cdfid, "zeta")
    inner = idl.ncdf_ncidinq(zeta, "inner")
    assert idl.ncdf_dimidsinq(zeta).tolist() == [2]
    assert idl.ncdf_dimidsinq(inner, include_parents=True).tolist() == [0, 1, 2, 3]
    assert idl.ncdf_dimidsinq(idl.ncdf_ncidinq(cdfid, "alpha")) == -1
    assert idl.ncdf_diminq(inner, 0) == ("x", 3) and idl.ncdf_dimid(inner, "y") == 2
    with pytest.raises(ValueError, match=r"Invalid dimension or name\.  ID = 2"):
        idl.ncdf_diminq(cdfid, 2)        # a child's dimension is not the root's
    assert idl.ncdf_varinq(zeta, "v").DIM[0].tolist() == [0, 2]
    assert idl.ncdf_varidsinq(zeta).tolist() == [0] and idl.ncdf_varidsinq(cdfid) == -1
    r = idl.ncdf_unlimdimsinq(cdfid, count=True)
    assert r.result.tolist() == [1] and r.count == 1 and r.count.dtype == np.int32
    assert tuple(idl.ncdf_unlimdimsinq(zeta, count=True)) == (-1, 0)
    assert idl.ncdf_unlimdimsinq(inner).tolist() == [3]
    s = idl.ncdf_inquire(zeta)
    assert (s.NDIMS[0], s.NVARS[0], s.NGATTS[0], s.RECDIM[0]) == (1, 1, 1, -1)
    idl.ncdf_close(cdfid)


def test_a_group_renames_an_ancestors_dimension(tmp_path):
    cdfid = _tree(tmp_path / "g.nc")
    inner = idl.ncdf_ncidinq(idl.ncdf_ncidinq(cdfid, "zeta"), "inner")
    idl.ncdf_dimrename(inner, 0, "lon")          # x lives in the root group
    assert idl.ncdf_diminq(cdfid, 0) == ("lon", 3) and idl.ncdf_dimid(inner, "lon") == 0
    with pytest.raises(ValueError, match=r"NC_ERROR=-42"):
        idl.ncdf_dimrename(cdfid, 1, "lon")      # time -> a name the root group has
    idl.ncdf_close(cdfid)


def test_the_file_netcdf4_python_reads(tmp_path):
    path = tmp_path / "g.nc"
    idl.ncdf_close(_tree(path))
    with netCDF4.Dataset(path) as ds:
        assert list(ds.groups) == ["zeta", "alpha"]
        zeta = ds.groups["zeta"]
        assert zeta.variables["v"].dimensions == ("y", "x")
        np.testing.assert_array_equal(zeta.variables["v"][:], np.arange(6).reshape(2, 3))
        assert zeta.getncattr("title") == "zeta group"
        assert list(zeta.groups["inner"].dimensions) == ["u"]


def test_group_errors(tmp_path):
    cdfid = _tree(tmp_path / "g.nc")
    zeta = idl.ncdf_ncidinq(cdfid, "zeta")
    with pytest.raises(ValueError, match=r"^NCDF_GROUPPARENT: NetCDF: No group found\. "
                                         r"\(NC_ERROR=-125\)"):
        idl.ncdf_groupparent(cdfid)
    with pytest.warns(CompatWarning, match=r"NCDF_NCIDINQ: No group found"):
        assert idl.ncdf_ncidinq(cdfid, "nothere") == -1
    with pytest.raises(ValueError, match=r"^NCDF_CLOSE: NetCDF: Bad group ID "
                                         r"\(NC_ERROR=-116\)"):
        idl.ncdf_close(zeta)
    with pytest.raises(ValueError, match=r"^NCDF_GROUPDEF: .*name in use"):
        idl.ncdf_groupdef(cdfid, "zeta")
    with pytest.raises(TypeError, match="^NCDF_GROUPDEF: Name must be a string"):
        idl.ncdf_groupdef(cdfid, 5)
    idl.ncdf_close(cdfid)
    classic = idl.ncdf_create(str(tmp_path / "c.nc"))
    assert idl.ncdf_groupsinq(classic) == -1 and idl.ncdf_unlimdimsinq(classic) == -1
    with pytest.raises(ValueError, match=r"^NCDF_GROUPDEF: .*netcdf-4 operation on "
                                         r"netcdf-3 file \(NC_ERROR=-111\)"):
        idl.ncdf_groupdef(classic, "g")
    idl.ncdf_close(classic)


def test_read_only_file_refuses_a_group(tmp_path):
    path = tmp_path / "g.nc"
    idl.ncdf_close(_tree(path))
    cdfid = idl.ncdf_open(str(path))
    with pytest.raises(ValueError, match=r"^NCDF_GROUPDEF: Write permission"):
        idl.ncdf_groupdef(cdfid, "new")
    idl.ncdf_close(cdfid)
    cdfid = idl.ncdf_open(str(path), write=True)
    new = idl.ncdf_groupdef(idl.ncdf_ncidinq(cdfid, "alpha"), "new")
    assert new - cdfid == 4 and idl.ncdf_fullgroupname(new) == "/alpha/new"
    idl.ncdf_close(cdfid)


# ---------------------------------------------------------------------- NCDF_ATTCOPY
def test_attcopy_documented_example_numbers_and_types(tmp_path):
    # IDL's NCDF_ATTINQ example: two global attributes copied to a second file
    a = idl.ncdf_create(str(tmp_path / "test.nc"), clobber=True)
    b = idl.ncdf_create(str(tmp_path / "test2.nc"), clobber=True)
    idl.ncdf_attput(a, "TITLE", "MY TITLE", global_=True)
    idl.ncdf_attput(a, "DAY", "July 1,1996", global_=True)
    idl.ncdf_attrename(a, "DAY", "DATE", global_=True)
    first = idl.ncdf_attcopy(a, "TITLE", b, in_global=True, out_global=True)
    second = idl.ncdf_attcopy(a, "DATE", b, in_global=True, out_global=True)
    assert (first, second) == (0, 1) and first.dtype == np.int16
    assert idl.ncdf_attget(b, "DATE", global_=True).tobytes() == b"July 1,1996"
    v = idl.ncdf_vardef(a, "v")
    idl.ncdf_attput(a, v, "scale", np.float32([1.5, 2.5]))
    w = idl.ncdf_vardef(b, "w", double=True)
    assert idl.ncdf_attcopy(a, "v", "scale", b, w) == 0
    assert idl.ncdf_attcopy(a, "TITLE", b, "w", in_global=True) == 1
    assert idl.ncdf_attcopy(a, v, "scale", b, out_global=True) == 2
    got = idl.ncdf_attget(b, w, "scale")
    assert got.dtype == np.float32 and got.tolist() == [1.5, 2.5]     # type kept
    assert idl.ncdf_attcopy(a, v, "scale", a, v) == 0                 # same file
    idl.ncdf_close(a)
    idl.ncdf_close(b)


def test_attcopy_errors(tmp_path):
    a = idl.ncdf_create(str(tmp_path / "a.nc"))
    b = idl.ncdf_create(str(tmp_path / "b.nc"))
    idl.ncdf_attput(a, "t", "x", global_=True)
    with pytest.raises(ValueError, match=r"^NCDF_ATTCOPY: Attribute enquiry failed\. "
                                         r"\(NC_ERROR=-43\)"):
        idl.ncdf_attcopy(a, "nothere", b, in_global=True, out_global=True)
    with pytest.raises(TypeError, match="NCDF_ATTCOPY takes 3 arguments"):
        idl.ncdf_attcopy(a, 0, "t", b, in_global=True, out_global=True)
    with pytest.raises(TypeError, match="NCDF_ATTCOPY takes 5 arguments"):
        idl.ncdf_attcopy(a, "t", b)
    idl.ncdf_control(b, endef=True)
    with pytest.raises(ValueError, match=r"not in define mode\. \(NC_ERROR=-38\)"):
        idl.ncdf_attcopy(a, "t", b, in_global=True, out_global=True)
    idl.ncdf_close(a)
    idl.ncdf_close(b)


# ----------------------------------------------------------------------- live GDL
def _gdl(script: str, folder: Path) -> str:
    (folder / "run.pro").write_text(f"{GDL_PIN}\n{script}\nexit\n")
    done = run_gdl_program("run.pro", folder)
    return done.stdout + done.stderr


@pytest.mark.gdl
def test_gdl_navigates_the_groups_compat_writes(tmp_path):
    idl.ncdf_close(_tree(tmp_path / "py.nc"))
    out = _gdl("id = ncdf_open('py.nc')\n"
               "g = ncdf_groupsinq(id) - id\n"
               "z = ncdf_ncidinq(id, 'zeta')\n"
               "full = ncdf_fullgroupname(ncdf_ncidinq(z, 'inner'))\n"
               "ncdf_varget, z, 'v', v\n"
               "ncdf_attget, z, 'title', ti, /global\n"
               "dims = ncdf_dimidsinq(ncdf_ncidinq(z, 'inner'), /include_parents)\n"
               "ncdf_close, id\n"
               "save, g, full, v, ti, dims, filename='gdl.sav'", tmp_path)
    got = idl.restore(str(tmp_path / "gdl.sav"))
    assert got, out
    assert got["g"].tolist() == [1, 3] and got["full"] == "/zeta/inner"
    np.testing.assert_array_equal(got["v"], np.arange(6).reshape(2, 3))
    assert bytes(got["ti"]) == b"zeta group" and got["dims"].tolist() == [0, 1, 2, 3]


@pytest.mark.gdl
def test_compat_navigates_the_groups_gdl_writes(tmp_path):
    out = _gdl("id = ncdf_create('gdl.nc', /clobber, /netcdf4_format)\n"
               "x = ncdf_dimdef(id, 'x', 4)\n"
               "g = ncdf_groupdef(id, 'obs') & h = ncdf_groupdef(g, 'deep')\n"
               "t = ncdf_dimdef(h, 't', /unlimited)\n"
               "v = ncdf_vardef(h, 'v', [x, t], /long)\n"
               "ncdf_attput, h, v, 'units', 'K'\n"
               "ncdf_varput, h, v, lindgen(4, 2)\n"
               "ncdf_close, id", tmp_path)
    assert (tmp_path / "gdl.nc").exists(), out
    cdfid = idl.ncdf_open(str(tmp_path / "gdl.nc"))
    deep = idl.ncdf_ncidinq(idl.ncdf_ncidinq(cdfid, "obs"), "deep")
    assert deep - cdfid == 2 and idl.ncdf_fullgroupname(deep) == "/obs/deep"
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        np.testing.assert_array_equal(idl.ncdf_varget(deep, "v"),
                                      np.arange(8).reshape(2, 4))
    assert idl.ncdf_varinq(deep, "v").DIM[0].tolist() == [0, 1]
    assert idl.ncdf_unlimdimsinq(deep).tolist() == [1]
    assert idl.ncdf_attget(deep, "v", "units").tobytes() == b"K"
    idl.ncdf_close(cdfid)
