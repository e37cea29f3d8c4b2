"""MATLAB's low-level netcdf.* functions (compat.matlab.netcdf_library and
netcdf_attributes): MATLAB's reversed dimension order, zero-based ids and offsets, the
library's conversions and MATLAB's error texts; files exchanged with live Octave."""

from __future__ import annotations

import ctypes
import ctypes.util

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabValueError
from oracles import OCTAVE, run_octave

netCDF4 = pytest.importorskip("netCDF4")


def _new(path, *dims, xtype="NC_DOUBLE"):
    """A classic file with dimensions ``dims`` (MATLAB order) and one variable v."""
    ncid = matlab.netcdf_create(str(path), "NC_CLOBBER")
    ids = [matlab.netcdf_defdim(ncid, f"d{k}", n) for k, n in enumerate(dims)]
    varid = matlab.netcdf_defvar(ncid, "v", xtype, ids)
    matlab.netcdf_enddef(ncid)
    return ncid, varid


def test_file_holds_the_reversed_dimensions(tmp_path):
    """MATLAB's x-by-y array is stored as the C variable v(y, x) (defVar's page)."""
    path = tmp_path / "a.nc"
    ncid, varid = _new(path, 3, 2)
    data = np.array([[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]])
    matlab.netcdf_putvar(ncid, varid, data)
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(path) as ds:
        assert ds["v"].dimensions == ("d1", "d0")
        np.testing.assert_array_equal(ds["v"][:], data.T)
    ncid = matlab.netcdf_open(str(path))
    try:
        np.testing.assert_array_equal(matlab.netcdf_getvar(ncid, varid), data)
        name, xtype, dimids, natts = matlab.netcdf_inqvar(ncid, varid, nargout=4)
        assert (name, float(xtype), dimids.tolist(), float(natts)) == ("v", 6.0, [[0, 1]], 0)
        # zero-based start, MATLAB's order: element (3, 2) of MATLAB is start [2 1]
        assert matlab.netcdf_getvar(ncid, varid, [2, 1]).tolist() == [[6.0]]
        np.testing.assert_array_equal(matlab.netcdf_getvar(ncid, varid, [0, 0], [2, 2],
                                                           [2, 1]), data[[0, 2], :])
    finally:
        matlab.netcdf_close(ncid)


def test_one_dimensional_scalar_and_stride_layouts(tmp_path):
    path = tmp_path / "b.nc"
    ncid = matlab.netcdf_create(str(path), "CLOBBER")
    d = matlab.netcdf_defdim(ncid, "x", 5)
    v = matlab.netcdf_defvar(ncid, "v", "NC_INT", d)
    s = matlab.netcdf_defvar(ncid, "s", "NC_FLOAT", [])
    matlab.netcdf_enddef(ncid)
    matlab.netcdf_putvar(ncid, v, np.arange(10, 15, dtype=np.int32))
    matlab.netcdf_putvar(ncid, s, np.float32(2.5))
    column = matlab.netcdf_getvar(ncid, v)
    assert column.shape == (5, 1) and column.dtype == np.int32
    assert matlab.netcdf_getvar(ncid, v, 1, 2, 2).ravel().tolist() == [11, 13]
    scalar = matlab.netcdf_getvar(ncid, s)
    assert scalar.shape == (1, 1) and scalar.dtype == np.float32
    matlab.netcdf_close(ncid)


def test_errors_are_matlabs_library_failures(tmp_path):
    path = tmp_path / "c.nc"
    ncid, varid = _new(path, 3)
    matlab.netcdf_putvar(ncid, varid, np.zeros(3))

    def message(call):
        with pytest.raises(MatlabValueError) as info:
            call()
        assert info.value.identifier == "MATLAB:imagesci:netcdf:libraryFailure"
        return str(info.value).split(": ", 1)[1]

    prefix = "The NetCDF library encountered an error during execution of "
    assert message(lambda: matlab.netcdf_getvar(ncid, varid, 3, 1)) == (
        prefix + "'getVar' function - 'Index exceeds dimension bound (NC_EINVALCOORDS)'.")
    assert message(lambda: matlab.netcdf_getvar(ncid, varid, 2, 2)) == (
        prefix + "'getVar' function - 'Start+count exceeds dimension bound (NC_EEDGE)'.")
    assert message(lambda: matlab.netcdf_getatt(ncid, varid, "units")) == (
        prefix + "'inqAtt' function - 'Attribute not found (NC_ENOTATT)'.")
    assert message(lambda: matlab.netcdf_inqvarid(ncid, "w")) == (
        prefix + "'inqVarID' function - 'Variable not found (NC_ENOTVAR)'.")
    assert message(lambda: matlab.netcdf_defdim(ncid, "y", 2)) == (
        prefix + "'defDim' function - 'Operation not allowed in data mode "
        "(NC_ENOTINDEFINE)'.")
    matlab.netcdf_close(ncid)
    assert message(lambda: matlab.netcdf_create(str(path), "NC_NOCLOBBER")) == (
        prefix + "'create' function - 'File exists && NC_NOCLOBBER (NC_EEXIST)'.")
    assert message(lambda: matlab.netcdf_open(str(tmp_path / "none.nc"))) == (
        prefix + "'open' function - 'No such file or directory (ENOENT)'.")
    ncid = matlab.netcdf_open(str(path))          # NC_NOWRITE by default
    assert "Write to read only (NC_EPERM)" in message(
        lambda: matlab.netcdf_putvar(ncid, varid, np.ones(3)))
    assert "Not a valid ID (NC_EBADID)" in message(lambda: matlab.netcdf_inq(ncid + 7))
    matlab.netcdf_close(ncid)


def test_constants_by_name_and_number():
    assert float(matlab.netcdf_getconstant("NC_NOCLOBBER")) == 4.0
    assert float(matlab.netcdf_getconstant("netcdf4")) == 4096.0
    assert matlab.netcdf_getconstant("NC_FILL_SHORT").dtype == np.int16
    assert matlab.netcdf_getconstant("NC_FILL_INT64") == np.int64(-9223372036854775806)
    assert "NC_GLOBAL" in matlab.netcdf_getconstantnames()
    with pytest.raises(MatlabValueError, match="not a recognized netCDF constant"):
        matlab.netcdf_getconstant("NC_NOTHING")


def test_records_grow_and_the_unlimited_dimension_is_last(tmp_path):
    path = tmp_path / "d.nc"
    ncid = matlab.netcdf_create(str(path), "NC_CLOBBER")
    x = matlab.netcdf_defdim(ncid, "x", 2)
    t = matlab.netcdf_defdim(ncid, "t", 0)
    r = matlab.netcdf_defvar(ncid, "r", "NC_DOUBLE", [x, t])
    matlab.netcdf_enddef(ncid)
    for k in range(3):
        matlab.netcdf_putvar(ncid, r, [0, k], [2, 1], np.array([k, 10.0 * k]))
    assert float(matlab.netcdf_inqdim(ncid, t, nargout=2)[1]) == 3.0
    assert float(matlab.netcdf_inq(ncid, nargout=4)[3]) == float(t)
    np.testing.assert_array_equal(matlab.netcdf_getvar(ncid, r),
                                  [[0, 1, 2], [0, 10, 20]])
    matlab.netcdf_close(ncid)


def test_output_type_converts_as_the_library(tmp_path):
    ncid, varid = _new(tmp_path / "e.nc", 4)
    matlab.netcdf_putvar(ncid, varid, np.array([2.7, -2.7, 1e3, 0.5]))
    as_int16 = matlab.netcdf_getvar(ncid, varid, "int16")
    assert as_int16.dtype == np.int16 and as_int16.ravel().tolist() == [2, -2, 1000, 0]
    assert matlab.netcdf_getvar(ncid, varid, [1], [2], "single").dtype == np.float32
    with pytest.raises(MatlabValueError, match="NC_ERANGE"):
        matlab.netcdf_getvar(ncid, varid, "int8")
    matlab.netcdf_close(ncid)


def _libnetcdf():
    name = ctypes.util.find_library("netcdf")
    return ctypes.CDLL(name) if name else None


@pytest.mark.skipif(_libnetcdf() is None, reason="needs the netCDF-C shared library")
def test_integer_writes_convert_as_the_c_library(tmp_path):
    """MATLAB hands each class to the library's typed nc_put_* call ("Map NetCDF API
    Syntax to MATLAB Syntax"), which converts double to short by C's truncation and
    refuses values out of range (NC_ERANGE): compared with the library itself."""
    lib = _libnetcdf()
    values = [2.7, -2.7, 2.5, -3.5, 32767.0, -32768.0]
    c_path = str(tmp_path / "c.nc").encode()
    ncid, dim, var = ctypes.c_int(), ctypes.c_int(), ctypes.c_int()
    assert lib.nc_create(c_path, 0, ctypes.byref(ncid)) == 0
    lib.nc_def_dim(ncid, b"x", ctypes.c_size_t(len(values)), ctypes.byref(dim))
    lib.nc_def_var(ncid, b"s", 3, 1, ctypes.byref(dim), ctypes.byref(var))
    lib.nc_enddef(ncid)
    assert lib.nc_put_var_double(ncid, var, (ctypes.c_double * len(values))(*values)) == 0
    out = (ctypes.c_short * len(values))()
    lib.nc_get_var_short(ncid, var, out)
    assert lib.nc_put_var_double(ncid, var, (ctypes.c_double * len(values))(
        *([32767.5] + values[1:]))) == -60        # NC_ERANGE, before truncation
    lib.nc_close(ncid)
    ncid, varid = _new(tmp_path / "p.nc", len(values), xtype="NC_SHORT")
    matlab.netcdf_putvar(ncid, varid, np.array(values))
    assert matlab.netcdf_getvar(ncid, varid).ravel().tolist() == list(out)
    with pytest.raises(MatlabValueError, match="NC_ERANGE"):
        matlab.netcdf_putvar(ncid, varid, np.array([32767.5] + values[1:]))
    matlab.netcdf_close(ncid)


def test_real_data_layouts_and_no_mutation(tmp_path):
    ncid, varid = _new(tmp_path / "f.nc", 3, 4)
    data = np.arange(12.0).reshape(3, 4)
    big = data.astype(">f8")
    big.setflags(write=False)
    strided = np.arange(24.0).reshape(3, 8)[:, ::2]
    matlab.netcdf_putvar(ncid, varid, big)
    np.testing.assert_array_equal(matlab.netcdf_getvar(ncid, varid), data)
    matlab.netcdf_putvar(ncid, varid, strided)
    np.testing.assert_array_equal(matlab.netcdf_getvar(ncid, varid), strided)
    start = np.array([1, 1])
    matlab.netcdf_putvar(ncid, varid, start, [1, 1], np.array([[-1.0]]))
    assert start.tolist() == [1, 1] and big.dtype.byteorder == ">"
    matlab.netcdf_close(ncid)


def test_attributes_groups_and_parents(tmp_path):
    path = str(tmp_path / "g.nc")
    ncid = matlab.netcdf_create(path, "NC_NETCDF4")
    matlab.netcdf_putatt(ncid, -1, "r", np.array([1.5, 2.5], dtype=">f8"))
    value = matlab.netcdf_getatt(ncid, -1, "r")
    assert value.shape == (1, 2) and value.dtype == np.float64
    assert matlab.netcdf_getatt(ncid, -1, "r", "int32").dtype == np.int32
    group = matlab.netcdf_defgrp(ncid, "g")
    matlab.netcdf_defdim(ncid, "w", 3)
    matlab.netcdf_defdim(group, "z", 2)
    # nc_inq_dimids with include_parents: the group's own and its ancestors' ids
    assert matlab.netcdf_inqdimids(group).tolist() == [[1]]
    assert matlab.netcdf_inqdimids(group, True).tolist() == [[0, 1]]
    assert matlab.netcdf_inqgrps(group).shape == (1, 0)
    with pytest.raises(MatlabValueError, match="NC_ENOGRP"):
        matlab.netcdf_inqgrpparent(ncid)
    matlab.netcdf_close(ncid)
    classic = str(tmp_path / "h.nc")
    ncid = matlab.netcdf_create(classic, "NC_CLOBBER")
    with pytest.raises(MatlabValueError, match="NC_ENOTNC4"):
        matlab.netcdf_defgrp(ncid, "g")
    matlab.netcdf_close(ncid)


# ------------------------------------------------------------------ live Octave
needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")
_LOAD = "pkg load netcdf; import_netcdf; "


@needs_octave
def test_files_exchanged_with_octave(tmp_path):
    """Random shapes and hyperslabs: what compat writes, Octave's netcdf.getVar reads,
    and what Octave writes, compat reads, both in MATLAB's layout."""
    rng = np.random.default_rng(51)
    cases, expected = [], []
    for k in range(6):
        shape = tuple(int(n) for n in rng.integers(1, 6, size=int(rng.integers(1, 4))))
        data = np.round(rng.normal(size=shape) * 100, 2)
        path = str(tmp_path / f"w{k}.nc")
        ncid, varid = _new(path, *shape)
        matlab.netcdf_putvar(ncid, varid, data)
        matlab.netcdf_close(ncid)
        start = [int(rng.integers(0, n)) for n in shape]
        count = [int(rng.integers(1, n - s + 1)) for n, s in zip(shape, start)]
        cases.append((f"{_LOAD} n = netcdf.open('{path}', 'NC_NOWRITE'); "
                      f"a = netcdf.getVar(n, 0); b = netcdf.getVar(n, 0, {start}, {count}); "
                      "netcdf.close(n);", {}, ["a", "b"]))
        block = data.reshape(shape)[tuple(slice(s, s + c) for s, c in zip(start, count))]
        expected.append((data, block))
        wpath = str(tmp_path / f"o{k}.nc")
        dims = " ".join(f"netcdf.defDim(n, 'd{j}', {m})" for j, m in enumerate(shape))
        cases.append((f"{_LOAD} n = netcdf.create('{wpath}', 'NC_CLOBBER'); "
                      f"d = [{dims}]; v = netcdf.defVar(n, 'v', 'NC_DOUBLE', d); "
                      f"netcdf.endDef(n); netcdf.putVar(n, v, D); netcdf.close(n); ok = 1;",
                      {"D": data}, ["ok"]))
        expected.append((wpath, data, start, count))
    results = run_octave(cases)
    for k in range(0, len(cases), 2):
        data, block = expected[k]
        got = results[k]
        np.testing.assert_array_equal(np.asarray(got["a"]).reshape(data.shape), data)
        np.testing.assert_array_equal(np.asarray(got["b"]).reshape(block.shape), block)
        wpath, data, start, count = expected[k + 1]
        ncid = matlab.netcdf_open(wpath)
        whole = matlab.netcdf_getvar(ncid, 0)
        part = matlab.netcdf_getvar(ncid, 0, start, count)
        matlab.netcdf_close(ncid)
        np.testing.assert_array_equal(whole.reshape(data.shape), data)
        block = data[tuple(slice(s, s + c) for s, c in zip(start, count))]
        np.testing.assert_array_equal(part.reshape(block.shape), block)


def test_nc_string_variables(tmp_path):
    """netCDF-4 NC_STRING variables take and give text elements (MATLAB: strings)."""
    ncid = matlab.netcdf_create(str(tmp_path / "s.nc"), "NC_NETCDF4")
    d = matlab.netcdf_defdim(ncid, "n", 3)
    v = matlab.netcdf_defvar(ncid, "names", "NC_STRING", d)
    matlab.netcdf_enddef(ncid)
    matlab.netcdf_putvar(ncid, v, ["ab", "cde", ""])
    matlab.netcdf_putvar(ncid, v, [1], "zz")
    assert float(matlab.netcdf_inqvar(ncid, v, nargout=2)[1]) == 12.0
    assert matlab.netcdf_getvar(ncid, v).ravel().tolist() == ["ab", "zz", ""]
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(tmp_path / "s.nc") as ds:
        assert list(ds["names"][:]) == ["ab", "zz", ""]
