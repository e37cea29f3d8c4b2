"""MATLAB's netCDF-4 storage calls (compat.matlab.netcdf_storage): defVarDeflate,
defVarChunking, defVarFill, defVarFletcher32 and their inquiries, the chunk cache,
abort and setDefaultFormat -- the settings the library takes after defVar and before the
data, MATLAB's dimension order and classes, the library's errors; files exchanged with
live Octave both ways and its ncinfo report of a compat-written file."""

from __future__ import annotations

import os

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabValueError
from oracles import OCTAVE, run_octave

netCDF4 = pytest.importorskip("netCDF4")


def _file(path, mode="NETCDF4", shape=(10, 6), xtype="NC_DOUBLE"):
    ncid = matlab.netcdf_create(str(path), mode)
    dims = [matlab.netcdf_defdim(ncid, f"d{k}", n) for k, n in enumerate(shape)]
    return ncid, matlab.netcdf_defvar(ncid, "v", xtype, dims)


def test_settings_reach_the_file_in_c_order(tmp_path):
    """MATLAB's chunk sizes are fastest first: [5 3] for a 10-by-6 MATLAB variable is
    the C variable v(d1=6, d0=10) chunked (3, 5), as netCDF4-python reports it."""
    path = tmp_path / "a.nc"
    ncid, v = _file(path)
    matlab.netcdf_defvarchunking(ncid, v, "CHUNKED", np.array([5.0, 3.0]))
    matlab.netcdf_defvardeflate(ncid, v, True, True, 4)
    matlab.netcdf_defvarfill(ncid, v, False, -999)
    matlab.netcdf_defvarfletcher32(ncid, v, "FLETCHER32")
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(path) as ds:
        var = ds["v"]
        assert var.chunking() == [3, 5]
        filters = var.filters()
        assert (filters["zlib"], filters["shuffle"], filters["complevel"],
                filters["fletcher32"]) == (True, True, 4, True)
        assert var._FillValue == -999.0
        assert np.ma.getdata(var[:])[0, 0] == -999.0          # unwritten: the fill value


def test_inquiries_in_matlabs_order_and_classes(tmp_path):
    """The reference pages' classes: shuffle/deflate/noFillMode logical, deflateLevel and
    chunkSizes double (a row, [] when contiguous), fillValue in the variable's class."""
    ncid, v = _file(tmp_path / "b.nc", xtype="NC_SHORT")
    storage, chunks = matlab.netcdf_inqvarchunking(ncid, v, nargout=2)
    assert storage == "contiguous" and chunks.shape == (0, 0)
    shuffle, deflate, level = matlab.netcdf_inqvardeflate(ncid, v, nargout=3)
    assert (shuffle.dtype, deflate.dtype, level.dtype) == (np.bool_, np.bool_, np.float64)
    assert (bool(shuffle), bool(deflate), float(level)) == (False, False, 0.0)
    no_fill, value = matlab.netcdf_inqvarfill(ncid, v, nargout=2)
    assert no_fill.dtype == np.bool_ and not no_fill
    assert value.dtype == np.int16 and value == -32767          # netcdf.h's NC_FILL_SHORT
    assert matlab.netcdf_inqvarfletcher32(ncid, v) == "NOCHECKSUM"
    matlab.netcdf_defvarchunking(ncid, v, "chunked", [7, 2])
    storage, chunks = matlab.netcdf_inqvarchunking(ncid, v, nargout=2)
    assert storage == "chunked" and chunks.dtype == np.float64 and chunks.tolist() == [[7, 2]]
    matlab.netcdf_defvarchunking(ncid, v, matlab.netcdf_getconstant("NC_CONTIGUOUS"))
    assert matlab.netcdf_inqvarchunking(ncid, v) == "contiguous"
    matlab.netcdf_defvarfill(ncid, v, True, 0)
    assert bool(matlab.netcdf_inqvarfill(ncid, v))
    matlab.netcdf_close(ncid)


def test_classic_model_file_takes_settings_until_enddef(tmp_path):
    """In a netCDF-4 classic-model file the library keeps define mode until endDef (also
    across an attribute written after defVar); then the settings are too late."""
    path = tmp_path / "c.nc"
    ncid, v = _file(path, mode=4096 | 256, shape=(8,), xtype="NC_INT")
    matlab.netcdf_putatt(ncid, v, "units", "m")
    matlab.netcdf_defvardeflate(ncid, v, False, True, 2)
    matlab.netcdf_enddef(ncid)
    with pytest.raises(MatlabValueError, match=r"execution of 'defVarDeflate' function - "
                       r"'Attempt to define var properties, like deflate, after enddef\. "
                       r"\(NC_ELATEDEF\)'\."):
        matlab.netcdf_defvardeflate(ncid, v, False, True, 3)
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(path) as ds:
        assert ds.data_model == "NETCDF4_CLASSIC" and ds["v"].filters()["complevel"] == 2


def test_errors_are_the_librarys(tmp_path):
    ncid, v = _file(tmp_path / "d.nc", mode="NC_CLOBBER", shape=(4,))
    with pytest.raises(MatlabValueError, match=r"'defVarDeflate' function - 'Attempting "
                       r"netcdf-4 operation on netcdf-3 file \(NC_ENOTNC4\)'"):
        matlab.netcdf_defvardeflate(ncid, v, False, True, 1)
    with pytest.raises(MatlabValueError, match=r"'defVarChunking' function .*NC_ENOTNC4"):
        matlab.netcdf_defvarchunking(ncid, v, "CHUNKED", 2)
    matlab.netcdf_defvarfill(ncid, v, False, 1.5)         # classic files: in define mode
    matlab.netcdf_enddef(ncid)
    with pytest.raises(MatlabValueError, match=r"'defVarFill' function - 'Operation not "
                       r"allowed in data mode \(NC_ENOTINDEFINE\)'"):
        matlab.netcdf_defvarfill(ncid, v, False, 2.5)
    with pytest.raises(MatlabValueError, match="not a valid storage type"):
        matlab.netcdf_defvarchunking(ncid, v, "CHUNKY")
    with pytest.raises(MatlabValueError, match=r"'inqVarFill' function - 'Variable not "
                       r"found \(NC_ENOTVAR\)'"):
        matlab.netcdf_inqvarfill(ncid, 7)
    matlab.netcdf_close(ncid)
    ncid, v = _file(tmp_path / "e.nc", shape=(4,))
    matlab.netcdf_putvar(ncid, v, np.arange(4.0))
    with pytest.raises(MatlabValueError, match=r"NC_ELATEDEF"):
        matlab.netcdf_defvarfletcher32(ncid, v, "FLETCHER32")
    matlab.netcdf_close(ncid)
    ncid, v = _file(tmp_path / "f.nc", shape=(4,))
    with pytest.raises(MatlabValueError, match=r"'defVarChunking' function - 'Bad chunk "
                       r"sizes\. \(NC_EBADCHUNK\)'"):   # a chunk longer than the dimension
        matlab.netcdf_defvarchunking(ncid, v, "CHUNKED", 5)
    with pytest.raises(MatlabValueError, match=r"'setChunkCache' function - 'Invalid "
                       r"argument \(NC_EINVAL\)'"):
        matlab.netcdf_setchunkcache(1e6, 10, 1.5)
    matlab.netcdf_close(ncid)


def test_chunk_cache_round_trip_and_no_mutation(tmp_path):
    before = matlab.netcdf_getchunkcache(nargout=3)
    try:
        matlab.netcdf_setchunkcache(3.2e7, 2003, 0.75)        # the reference page's example
        got = matlab.netcdf_getchunkcache(nargout=3)
        assert [v.dtype for v in got] == [np.float64] * 3
        assert [float(v) for v in got] == [3.2e7, 2003.0, 0.75]
    finally:
        matlab.netcdf_setchunkcache(*before)
    chunks = np.array([4.0, 3.0])[::-1]                 # a strided, read-only view
    chunks.flags.writeable = False
    ncid, v = _file(tmp_path / "g.nc")
    matlab.netcdf_defvarchunking(ncid, v, "CHUNKED", chunks)
    assert chunks.tolist() == [3.0, 4.0]
    assert matlab.netcdf_inqvarchunking(ncid, v, nargout=2)[1].tolist() == [[3, 4]]
    matlab.netcdf_close(ncid)


def test_abort_and_default_format(tmp_path):
    """nc_abort deletes a file still in the define mode of its creation and discards the
    definitions made after reDef; a mode without a format flag takes the default."""
    path = tmp_path / "h.nc"
    ncid, _ = _file(path, mode="NC_CLOBBER", shape=(3,))
    matlab.netcdf_abort(ncid)
    assert not os.path.exists(path)
    ncid, v = _file(path, mode="NC_CLOBBER", shape=(3,))
    matlab.netcdf_enddef(ncid)
    matlab.netcdf_putvar(ncid, v, np.array([1.0, 2.0, 3.0]))
    matlab.netcdf_close(ncid)
    ncid = matlab.netcdf_open(str(path), "WRITE")
    matlab.netcdf_redef(ncid)
    matlab.netcdf_defdim(ncid, "extra", 2)
    matlab.netcdf_putatt(ncid, -1, "title", "x")
    matlab.netcdf_abort(ncid)
    with netCDF4.Dataset(path) as ds:
        assert list(ds.dimensions) == ["d0"] and ds.ncattrs() == []
        assert ds["v"][:].tolist() == [1.0, 2.0, 3.0]
    old = matlab.netcdf_setdefaultformat("NC_FORMAT_NETCDF4_CLASSIC")
    try:
        assert float(old) == 1.0
        ncid = matlab.netcdf_create(str(tmp_path / "i.nc"), "NC_CLOBBER")
        assert matlab.netcdf_inqformat(ncid) == "FORMAT_NETCDF4_CLASSIC"
        matlab.netcdf_close(ncid)
        with pytest.raises(MatlabValueError, match="NC_EINVAL"):
            matlab.netcdf_setdefaultformat(9)
    finally:
        assert float(matlab.netcdf_setdefaultformat("FORMAT_CLASSIC")) == 4.0


# ------------------------------------------------------------------ live Octave
needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")
_LOAD = "pkg load netcdf; import_netcdf; "


def _random_settings(rng, shape):
    chunks = [int(rng.integers(1, n + 1)) for n in shape]
    return (chunks, bool(rng.integers(0, 2)), int(rng.integers(0, 10)),
            float(np.round(rng.normal() * 100, 2)), bool(rng.integers(0, 2)))


@needs_octave
def test_settings_exchanged_with_octave(tmp_path):
    """Random storage settings: compat writes, Octave's inquiries and ncinfo read; Octave
    writes, compat's inquiries read."""
    rng = np.random.default_rng(114)
    cases, expected = [], []
    inquire = ("[s, c] = netcdf.inqVarChunking(n, 0); [sh, df, lv] = "
               "netcdf.inqVarDeflate(n, 0); [nf, fv] = netcdf.inqVarFill(n, 0); "
               "k = netcdf.inqVarFletcher32(n, 0); c = double(c); sh = double(sh); "
               "df = double(df); nf = double(nf);")
    for k in range(5):
        shape = [int(n) for n in rng.integers(2, 9, size=int(rng.integers(1, 4)))]
        chunks, shuffle, level, fill, checksum = _random_settings(rng, shape)
        path = str(tmp_path / f"w{k}.nc")
        ncid, v = _file(path, shape=shape)
        matlab.netcdf_defvarchunking(ncid, v, "CHUNKED", chunks)
        matlab.netcdf_defvardeflate(ncid, v, shuffle, level > 0, level)
        matlab.netcdf_defvarfill(ncid, v, False, fill)
        matlab.netcdf_defvarfletcher32(ncid, v, "FLETCHER32" if checksum else "NOCHECKSUM")
        matlab.netcdf_close(ncid)
        cases.append((f"{_LOAD} n = netcdf.open('{path}', 'NC_NOWRITE'); {inquire} "
                      f"netcdf.close(n); i = ncinfo('{path}'); ic = double(i.Variables(1)."
                      "ChunkSize); il = i.Variables(1).DeflateLevel; "
                      "ish = double(i.Variables(1).Shuffle); ifv = i.Variables(1).FillValue;",
                      {}, ["s", "c", "sh", "df", "lv", "nf", "fv", "k", "ic", "il", "ish",
                           "ifv"]))
        expected.append((chunks, shuffle, level, fill, checksum))
        chunks, shuffle, level, fill, checksum = _random_settings(rng, shape)
        opath = str(tmp_path / f"o{k}.nc")
        dims = " ".join(f"netcdf.defDim(n, 'd{j}', {m})" for j, m in enumerate(shape))
        cases.append((f"{_LOAD} n = netcdf.create('{opath}', 'NETCDF4'); d = [{dims}]; "
                      "v = netcdf.defVar(n, 'v', 'NC_DOUBLE', d); "
                      f"netcdf.defVarChunking(n, v, 'CHUNKED', {chunks}); "
                      f"netcdf.defVarDeflate(n, v, {int(shuffle)}, {int(level > 0)}, {level}); "
                      f"netcdf.defVarFill(n, v, false, {fill!r}); "
                      # Octave 7.3 turns the checksum on for 'NOCHECKSUM' too (suite case
                      # fletcher32_nochecksum): it is asked for only when wanted
                      + ("netcdf.defVarFletcher32(n, v, 'FLETCHER32'); " if checksum else "")
                      + "netcdf.close(n); ok = 1;",
                      {}, ["ok"]))
        expected.append((opath, chunks, shuffle, level, fill, checksum))
    results = run_octave(cases)
    for k in range(0, len(cases), 2):
        got = results[k]
        assert not isinstance(got, Exception), got
        chunks, shuffle, level, fill, checksum = expected[k]
        assert str(got["s"]) == "chunked"
        assert np.ravel(got["c"]).tolist() == chunks == np.ravel(got["ic"]).tolist()
        assert float(np.ravel(got["sh"])[0]) == float(shuffle) == float(np.ravel(got["ish"])[0])
        assert float(np.ravel(got["df"])[0]) == float(level > 0)
        assert float(np.ravel(got["lv"])[0]) == level
        # ncinfo's DeflateLevel is [] for a variable without compression
        assert np.ravel(got["il"]).tolist() == ([level] if level else [])
        assert float(np.ravel(got["nf"])[0]) == 0.0
        assert float(np.ravel(got["fv"])[0]) == fill == float(np.ravel(got["ifv"])[0])
        assert str(got["k"]) == ("FLETCHER32" if checksum else "NOCHECKSUM")
        assert not isinstance(results[k + 1], Exception), results[k + 1]
        opath, chunks, shuffle, level, fill, checksum = expected[k + 1]
        ncid = matlab.netcdf_open(opath)
        storage, sizes = matlab.netcdf_inqvarchunking(ncid, 0, nargout=2)
        sh, df, lv = matlab.netcdf_inqvardeflate(ncid, 0, nargout=3)
        nf, fv = matlab.netcdf_inqvarfill(ncid, 0, nargout=2)
        assert (storage, sizes.tolist()) == ("chunked", [chunks])
        assert (bool(sh), bool(df), float(lv)) == (shuffle, level > 0, level)
        assert (bool(nf), float(fv)) == (False, fill)
        assert matlab.netcdf_inqvarfletcher32(ncid, 0) == ("FLETCHER32" if checksum
                                                           else "NOCHECKSUM")
        matlab.netcdf_close(ncid)


def test_text_fill_values_and_class_conversion(tmp_path):
    """NC_CHAR's default fill is char(0) (netcdf.h's NC_FILL_CHAR), NC_STRING's the
    empty string; a number of another class is converted as MATLAB converts classes."""
    path = tmp_path / "j.nc"
    ncid = matlab.netcdf_create(str(path), "NETCDF4")
    d = matlab.netcdf_defdim(ncid, "x", 3)
    c = matlab.netcdf_defvar(ncid, "c", "NC_CHAR", d)
    s = matlab.netcdf_defvar(ncid, "s", "NC_STRING", d)
    w = matlab.netcdf_defvar(ncid, "w", "NC_SHORT", d)
    assert matlab.netcdf_inqvarfill(ncid, c, nargout=2)[1] == "\x00"
    assert matlab.netcdf_inqvarfill(ncid, s, nargout=2)[1] == ""
    matlab.netcdf_defvarfill(ncid, c, False, "*")
    matlab.netcdf_defvarfill(ncid, s, False, "none")
    matlab.netcdf_defvarfill(ncid, w, False, 40000.0)            # int16 saturates
    assert matlab.netcdf_inqvarfill(ncid, c, nargout=2)[1] == "*"
    assert matlab.netcdf_inqvarfill(ncid, s, nargout=2)[1] == "none"
    value = matlab.netcdf_inqvarfill(ncid, w, nargout=2)[1]
    assert value.dtype == np.int16 and value == 32767
    matlab.netcdf_defvarfill(ncid, w, False, np.float32(-2.5))   # halves away from zero
    assert matlab.netcdf_inqvarfill(ncid, w, nargout=2)[1] == -3
    with pytest.raises(MatlabValueError, match=r"NC_ECHAR"):
        matlab.netcdf_defvarfill(ncid, w, False, "x")
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(path) as ds:
        assert (ds["c"]._FillValue, ds["s"]._FillValue, ds["w"]._FillValue) == \
            (b"*", "none", -3)


def test_classic_files_are_in_the_librarys_define_mode(tmp_path):
    """compat's define mode is the library's: an attribute that grows in a classic
    file's data mode is refused as the library (and GDL, and Octave) refuse it."""
    from compat import idl
    path = str(tmp_path / "k.nc")
    cdfid = idl.ncdf_create(path, clobber=True)
    v = idl.ncdf_vardef(cdfid, "v", idl.ncdf_dimdef(cdfid, "x", 3), float=True)
    idl.ncdf_attput(cdfid, v, "units", "m")
    idl.ncdf_control(cdfid, endef=True)
    idl.ncdf_attput(cdfid, v, "units", "k")                 # same size: allowed
    with pytest.raises(ValueError, match=r"^NCDF_ATTPUT:  Unable to define variable, not "
                       r"in define mode\. \(NC_ERROR=-38\)$"):
        idl.ncdf_attput(cdfid, v, "units", "metres")
    idl.ncdf_close(cdfid)
    ncid = matlab.netcdf_open(path, "NC_WRITE")
    with pytest.raises(MatlabValueError, match=r"'putAtt' function - 'Operation not "
                       r"allowed in data mode \(NC_ENOTINDEFINE\)'"):
        matlab.netcdf_putatt(ncid, 0, "units", "metres")
    matlab.netcdf_redef(ncid)
    matlab.netcdf_putatt(ncid, 0, "units", "metres")
    matlab.netcdf_close(ncid)                   # the library leaves define mode itself
    with netCDF4.Dataset(path) as ds:
        assert ds.data_model == "NETCDF3_CLASSIC" and ds["v"].units == "metres"


def test_vlen_types_and_variables(tmp_path):
    """netcdf.defVlen/inqVlen/inqUserType: the reference pages' values (16-byte
    nc_vlen_t, base type ids, class 13); a cell array written, read by netCDF4-python as
    the same ragged arrays, and read back in MATLAB's layout."""
    path = tmp_path / "v.nc"
    ncid = matlab.netcdf_create(str(path), "NETCDF4")
    t = matlab.netcdf_defvlen(ncid, "MY_VARIABLE_INT_ARRAY", "NC_INT")
    assert float(t) == 32.0
    name, size, base = matlab.netcdf_inqvlen(ncid, t, nargout=3)
    assert (name, float(size), float(base)) == ("MY_VARIABLE_INT_ARRAY", 16.0, 4.0)
    info = matlab.netcdf_inqusertype(ncid, t, nargout=5)
    assert [info[0]] + [float(v) for v in info[1:]] == ["MY_VARIABLE_INT_ARRAY", 16, 4, 0, 13]
    d = matlab.netcdf_defdim(ncid, "x", 3)
    e = matlab.netcdf_defdim(ncid, "y", 2)
    v = matlab.netcdf_defvar(ncid, "v", t, [d, e])
    assert float(matlab.netcdf_inqvar(ncid, v, nargout=2)[1]) == 32.0
    cells = [[[1], [2, 3]], [[4, 5, 6], []], [[7], [8, 9, 10, 11]]]      # 3-by-2 cell
    matlab.netcdf_putvar(ncid, v, cells)
    back = matlab.netcdf_getvar(ncid, v)
    assert [[c.ravel().tolist() for c in row] for row in back] == cells
    assert back[0][1].dtype == np.int32 and back[0][1].shape == (1, 2)
    part = matlab.netcdf_getvar(ncid, v, [1, 1], [2, 1])
    assert [[c.ravel().tolist() for c in row] for row in part] == [[[]], [[8, 9, 10, 11]]]
    with pytest.raises(MatlabValueError, match=r"'defVar' function - 'Not a valid data "
                       r"type or _FillValue type mismatch \(NC_EBADTYPE\)'"):
        matlab.netcdf_defvar(ncid, "w", 40, d)
    with pytest.raises(MatlabValueError, match=r"'inqVlen' function .*NC_EBADTYPE"):
        matlab.netcdf_inqvlen(ncid, 5)
    matlab.netcdf_close(ncid)
    with netCDF4.Dataset(path) as ds:
        raw = ds["v"][:]
        assert raw.shape == (2, 3) and raw[1, 2].tolist() == [8, 9, 10, 11]
    ncid = matlab.netcdf_create(str(tmp_path / "c.nc"), "NC_CLOBBER")
    with pytest.raises(MatlabValueError, match=r"'defVlen' function .*NC_ENOTNC4"):
        matlab.netcdf_defvlen(ncid, "t", "NC_INT")
    matlab.netcdf_close(ncid)


@needs_octave
def test_vlen_exchanged_with_octave(tmp_path):
    """Random ragged arrays: compat writes, Octave's netcdf.getVar reads; Octave writes,
    compat reads."""
    rng = np.random.default_rng(1140)
    ragged = [np.round(rng.normal(size=int(rng.integers(1, 6))) * 10, 3) for _ in range(5)]
    path = str(tmp_path / "w.nc")
    ncid = matlab.netcdf_create(path, "NETCDF4")
    t = matlab.netcdf_defvlen(ncid, "r", "NC_DOUBLE")
    v = matlab.netcdf_defvar(ncid, "v", t, matlab.netcdf_defdim(ncid, "n", 5))
    matlab.netcdf_putvar(ncid, v, ragged)
    matlab.netcdf_close(ncid)
    opath = str(tmp_path / "o.nc")
    results = run_octave([
        (f"{_LOAD} n = netcdf.open('{path}', 'NC_NOWRITE'); x = netcdf.getVar(n, 0); "
         "netcdf.close(n); k = numel(x); " + " ".join(f"e{j} = x{{{j + 1}}};" for j in range(5)),
         {}, ["k"] + [f"e{j}" for j in range(5)]),
        (f"{_LOAD} n = netcdf.create('{opath}', 'NETCDF4'); t = netcdf.defVlen(n, 'r', "
         "'NC_INT'); v = netcdf.defVar(n, 'v', t, netcdf.defDim(n, 'n', 3)); "
         "netcdf.putVar(n, v, {int32([1 2 3]), int32(-4), int32([5 6])}); netcdf.close(n); "
         "ok = 1;", {}, ["ok"])])
    got = results[0]
    assert not isinstance(got, Exception), got
    assert float(np.ravel(got["k"])[0]) == 5
    for j, expected in enumerate(ragged):
        np.testing.assert_array_equal(np.ravel(got[f"e{j}"]), expected)
    assert not isinstance(results[1], Exception), results[1]
    ncid = matlab.netcdf_open(opath)
    back = matlab.netcdf_getvar(ncid, 0)
    assert [c.ravel().tolist() for c in back] == [[1, 2, 3], [-4], [5, 6]]
    assert back[0].dtype == np.int32
    matlab.netcdf_close(ncid)


def test_abort_through_a_group_id(tmp_path):
    """nc_abort takes any ncid of the file (Octave 7.3 over the library agrees; suite
    case abort_group_id); nc_close refuses a group's id."""
    path = tmp_path / "g.nc"
    ncid = matlab.netcdf_create(str(path), "NETCDF4")
    group = matlab.netcdf_defgrp(ncid, "g")
    matlab.netcdf_defdim(group, "x", 2)
    with pytest.raises(MatlabValueError, match=r"NC_EBADGRPID"):
        matlab.netcdf_close(group)
    matlab.netcdf_abort(group)
    assert not os.path.exists(path)
    with pytest.raises(MatlabValueError, match=r"'inq' function - 'Not a valid ID "
                       r"\(NC_EBADID\)'"):
        matlab.netcdf_inq(ncid)
