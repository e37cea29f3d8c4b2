"""IDL's HDF_SD_* routines (compat.idl.hdf4): files written by compat read back with
pyhdf (the HDF4 library, independently of compat's reading code) and with live GDL,
files written by pyhdf read by compat, IDL's documented examples, bad ids."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from compat._core import data_handles
from oracles import GDL_PIN, run_gdl_program

pyhdf_sd = pytest.importorskip("pyhdf.SD")
SD, SDC = pyhdf_sd.SD, pyhdf_sd.SDC


@pytest.fixture(autouse=True)
def _close_left_open():
    before = set(data_handles.open_handles())
    yield
    for number in set(data_handles.open_handles()) - before:
        handle = data_handles.release(number)
        if handle is not None and handle.kind == "hdf4file":
            handle.obj.end()


#: IDL type keyword -> (HDF type code, numpy dtype IDL reads it as)
TYPES = {"byte": (21, np.uint8), "int": (22, np.int16), "uint": (23, np.uint16),
         "long": (24, np.int32), "ulong": (25, np.uint32), "float": (5, np.float32),
         "double": (6, np.float64), "dfnt_int8": (20, np.uint8)}


def _values(rng, dtype, shape):
    if np.dtype(dtype).kind == "f":
        return rng.standard_normal(shape).astype(dtype)
    info = np.iinfo(dtype)
    return rng.integers(info.min, info.max, size=shape, endpoint=True, dtype=dtype)


@pytest.mark.parametrize("keyword", sorted(TYPES))
def test_written_file_reads_in_pyhdf_in_c_order(tmp_path, keyword):
    rng = np.random.default_rng(5150)
    code, dtype = TYPES[keyword]
    file_dtype = np.int8 if keyword == "dfnt_int8" else dtype
    data = _values(rng, file_dtype, (3, 4))          # IDL [4, 3]
    path = str(tmp_path / "w.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [4, 3], **{keyword: True})
    idl.hdf_sd_adddata(sds, data)
    idl.hdf_sd_endaccess(sds)
    idl.hdf_sd_end(sd_id)
    f = SD(path)
    name, rank, dims, kind, _ = f.select(0).info()
    got = np.asarray(f.select(0)[:])
    f.end()
    assert (name, rank, list(dims), kind) == ("v", 2, [3, 4], code)
    np.testing.assert_array_equal(got, data)
    # and back through compat: IDL's type (INT8 as the BYTE bits), IDL's dimensions
    sd_id = idl.hdf_sd_start(path)
    sds = idl.hdf_sd_select(sd_id, 0)
    back = idl.hdf_sd_getdata(sds)
    assert back.dtype == dtype
    np.testing.assert_array_equal(back, data.view(dtype) if keyword == "dfnt_int8"
                                  else data)
    assert idl.hdf_sd_getinfo(sds, dims=True).dims.tolist() == [4, 3]
    assert idl.hdf_sd_getinfo(sds, dims=True, noreverse=True).dims.tolist() == [3, 4]
    idl.hdf_sd_end(sd_id)


def test_hyperslabs_match_numpy_slicing(tmp_path):
    """START/COUNT/STRIDE in IDL's order read what numpy slicing of the written array
    gives (random slabs; exact: values are copied, not computed)."""
    rng = np.random.default_rng(2024)
    data = rng.standard_normal((5, 6, 7)).astype(np.float32)     # IDL [7, 6, 5]
    path = str(tmp_path / "s.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "cube", [7, 6, 5])
    idl.hdf_sd_adddata(sds, data)
    for _ in range(40):
        idl_shape = [7, 6, 5]
        stride = [int(rng.integers(1, 3)) for _ in idl_shape]
        start = [int(rng.integers(0, n)) for n in idl_shape]
        count = [int(rng.integers(1, (n - s - 1) // st + 2))
                 for n, s, st in zip(idl_shape, start, stride)]
        got = idl.hdf_sd_getdata(sds, start=start, count=count, stride=stride)
        want = data[tuple(slice(s, s + (c - 1) * st + 1, st) for s, c, st
                          in zip(start[::-1], count[::-1], stride[::-1]))]
        np.testing.assert_array_equal(got, want)
    np.testing.assert_array_equal(idl.hdf_sd_getdata(sds, noreverse=True), data.T)
    idl.hdf_sd_end(sd_id)


def test_adddata_hyperslab_and_unlimited(tmp_path):
    path = str(tmp_path / "u.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "rec", [3, 0], long=True)
    idl.hdf_sd_adddata(sds, np.int32([[1, 2, 3], [4, 5, 6]]))
    assert idl.hdf_sd_getinfo(sds, dims=True).dims.tolist() == [3, 2]
    sds2 = idl.hdf_sd_create(sd_id, "part", [4, 2], int=True)
    idl.hdf_sd_adddata(sds2, [7.9, -7.9], start=[1, 1], count=[2, 1])
    idl.hdf_sd_end(sd_id)
    f = SD(path)
    assert f.select(0).info()[2] == [2, 3] and f.select(0).isrecord()
    np.testing.assert_array_equal(f.select(0)[:], [[1, 2, 3], [4, 5, 6]])
    # C's conversion: fractions truncated toward zero; unwritten values the library's
    # default fill of a DFNT_INT16 data set (netCDF's FILL_SHORT, -32767)
    np.testing.assert_array_equal(f.select(1)[:], [[-32767] * 4, [-32767, 7, -7, -32767]])
    f.end()


def test_attributes_take_idl_types(tmp_path):
    path = str(tmp_path / "a.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [2])
    idl.hdf_sd_attrset(sd_id, "i", 5)                      # INT literal
    idl.hdf_sd_attrset(sd_id, "l", 40000)                  # LONG literal
    idl.hdf_sd_attrset(sd_id, "d", 2.5)                    # DOUBLE
    idl.hdf_sd_attrset(sd_id, "title", "hello")
    idl.hdf_sd_attrset(sds, "f", np.float32([1.5, 2.5, 3.5]), 2)
    idl.hdf_sd_attrset(sds, "b", [1, 2], byte=True)
    idl.hdf_sd_end(sd_id)
    f = SD(path)
    info = {name: (v[2], v[3]) for name, v in f.attributes(full=1).items()}
    assert info == {"i": (22, 1), "l": (24, 1), "d": (6, 1), "title": (4, 5)}
    s = f.select(0)
    full = s.attributes(full=1)
    assert (full["f"][2], full["f"][0]) == (5, [1.5, 2.5])
    assert (full["b"][2], full["b"][0]) == (21, [1, 2])
    f.end()
    sd_id = idl.hdf_sd_start(path)
    r = idl.hdf_sd_attrinfo(sd_id, idl.hdf_sd_attrfind(sd_id, "title"))
    assert (r.name, r.type, r.hdf_type, int(r.count), r.data) == (
        "title", "STRING", "DFNT_CHAR8", 5, "hello")
    r = idl.hdf_sd_attrinfo(sd_id, idl.hdf_sd_attrfind(sd_id, "i"), data=True, type=True)
    assert r.type == "INT" and r.data.dtype == np.int16 and r.data.tolist() == [5]
    assert int(idl.hdf_sd_attrfind(sd_id, "nope")) == -1
    idl.hdf_sd_end(sd_id)


def test_setinfo_and_dimset_read_back_in_pyhdf(tmp_path):
    path = str(tmp_path / "i.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "t", [4, 3], int=True)
    cal = idl.create_struct(["cal", "cal_err", "offset", "offset_err", "num_type"],
                            2.0, 0.5, 1.5, 0.25, np.int32(22))
    idl.hdf_sd_setinfo(sds, label="L", unit="K", format="I4", coordsys="c",
                       fill=-9, range=[100, -5], caldata=cal)
    dim = idl.hdf_sd_dimgetid(sds, 0)                       # IDL's first: length 4
    idl.hdf_sd_dimset(dim, name="x", label="X", unit="m", format="F4.0",
                      scale=np.float32([1, 2, 3, 4]))
    idl.hdf_sd_end(sd_id)
    f = SD(path)
    s = f.select("t")
    assert s.getdatastrs() == ("L", "K", "I4", "c")
    assert s.getfillvalue() == -9 and s.getrange() == (-5, 100)
    assert s.getcal() == (2.0, 0.5, 1.5, 0.25, 22)
    d = s.dim(1)                                            # the file's last
    assert d.info()[:3] == ("x", 4, 5) and d.getscale() == [1.0, 2.0, 3.0, 4.0]
    assert d.getstrs() == ("X", "m", "F4.0")
    f.end()
    sd_id = idl.hdf_sd_start(path)
    sds = idl.hdf_sd_select(sd_id, idl.hdf_sd_nametoindex(sd_id, "t"))
    r = idl.hdf_sd_getinfo(sds)
    assert r.fill == -9 and r.fill.dtype == np.int16
    assert r.range.tolist() == [-5, 100] and r.range.dtype == np.int16
    assert r.caldata.NUM_TYPE[0] == 22 and r.caldata.CAL[0] == 2.0
    assert (r.label, r.unit, r.format, r.coordsys) == ("L", "K", "I4", "c")
    idl.hdf_sd_end(sd_id)


def test_getinfo_without_fill_warns_and_is_undefined(tmp_path):
    sd_id = idl.hdf_sd_start(str(tmp_path / "n.hdf"), create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [2])
    with pytest.warns(CompatWarning, match="no fill value"):
        r = idl.hdf_sd_getinfo(sds, fill=True)
    assert r.fill is None
    r = idl.hdf_sd_getinfo(sds, range=True, caldata=True, label=True)
    assert r.range is None and r.caldata is None and r.label == ""
    idl.hdf_sd_end(sd_id)


def test_idl2hdftype_and_ishdf(tmp_path):
    assert idl.hdf_idl2hdftype(np.arange(16)).tolist() == [
        0, 21, 22, 24, 5, 6, 0, 4, 0, 0, 0, 0, 23, 25, 0, 0]
    text = tmp_path / "t.txt"
    text.write_text("not hdf")
    assert int(idl.hdf_ishdf(str(text))) == 0
    assert int(idl.hdf_ishdf(str(tmp_path / "missing.hdf"))) == 0


def test_bad_ids_and_arguments(tmp_path):
    path = str(tmp_path / "b.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [3, 2])
    with pytest.raises(ValueError, match=r"^HDF_SD_GETDATA: Invalid SD dataset id: 12345"):
        idl.hdf_sd_getdata(12345)
    with pytest.raises(ValueError, match=r"^HDF_SD_SELECT: Unable to select SD dataset 5"):
        idl.hdf_sd_select(sd_id, 5)
    with pytest.raises(ValueError, match=r"^HDF_SD_GETDATA: The hyperslab"):
        idl.hdf_sd_getdata(sds, start=[2, 0], count=[2, 1])
    with pytest.raises(ValueError, match=r"^HDF_SD_GETDATA: START, COUNT and STRIDE"):
        idl.hdf_sd_getdata(sds, start=[0])
    with pytest.raises(ValueError, match=r"^HDF_SD_CREATE: Conflicting keywords"):
        idl.hdf_sd_create(sd_id, "w", [2], long=True, float=True)
    with pytest.raises(ValueError, match=r"^HDF_SD_DIMGETID: Invalid dimension number 2"):
        idl.hdf_sd_dimgetid(sds, 2)
    with pytest.raises(ValueError, match=r"^HDF_SD_GETINFO: Keyword BOGUS not allowed"):
        idl.hdf_sd_getinfo(sds, bogus=True)
    idl.hdf_sd_end(sd_id)
    with pytest.raises(ValueError, match=rf"^HDF_SD_END: Invalid SD interface id: {sd_id}"):
        idl.hdf_sd_end(sd_id)
    with pytest.raises(ValueError, match=r"^HDF_SD_GETDATA: Invalid SD dataset id"):
        idl.hdf_sd_getdata(sds)                       # ended with its file
    with pytest.raises(ValueError, match=r"^HDF_SD_START: Unable to start the HDF-SD"):
        idl.hdf_sd_start(str(tmp_path / "missing.hdf"))


def test_inputs_are_not_modified(tmp_path):
    data = np.arange(6, dtype=">f4").reshape(2, 3)[:, ::-1]    # big-endian, strided
    data.flags.writeable = False
    sd_id = idl.hdf_sd_start(str(tmp_path / "r.hdf"), create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [3, 2])
    idl.hdf_sd_adddata(sds, data)
    got = idl.hdf_sd_getdata(sds)
    assert got.dtype == np.float32 and got.dtype.isnative
    np.testing.assert_array_equal(got, [[2, 1, 0], [5, 4, 3]])
    idl.hdf_sd_end(sd_id)


def _gdl(script: str, folder: Path) -> str:
    (folder / "run.pro").write_text(f"{GDL_PIN}\n{script}\nexit\n")
    done = run_gdl_program("run.pro", folder)
    return done.stdout + done.stderr


@pytest.mark.gdl
def test_gdl_reads_what_compat_writes(tmp_path):
    rng = np.random.default_rng(77)
    data = rng.integers(-30000, 30000, size=(3, 4), dtype=np.int16)
    sd_id = idl.hdf_sd_start(str(tmp_path / "py.hdf"), create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [4, 3], int=True)
    idl.hdf_sd_adddata(sds, data)
    idl.hdf_sd_attrset(sds, "scale", np.float32([0.5, 4.0]))
    idl.hdf_sd_attrset(sd_id, "title", "from compat")
    dim = idl.hdf_sd_dimgetid(sds, 0)
    idl.hdf_sd_dimset(dim, name="xx", scale=np.float32([1, 2, 3, 4]))
    idl.hdf_sd_end(sd_id)
    out = _gdl("f = hdf_sd_start('py.hdf') & s = hdf_sd_select(f, 0)\n"
               "hdf_sd_getinfo, s, dims=dm, type=ty & hdf_sd_getdata, s, d\n"
               "hdf_sd_attrinfo, s, hdf_sd_attrfind(s, 'scale'), data=sc\n"
               "hdf_sd_attrinfo, f, hdf_sd_attrfind(f, 'title'), data=ti\n"
               "di = hdf_sd_dimgetid(s, 0) & hdf_sd_dimget, di, name=dn, scale=ds\n"
               "hdf_sd_endaccess, s & hdf_sd_end, f\n"
               "save, dm, ty, d, sc, ti, dn, ds, filename='gdl.sav'", tmp_path)
    got = idl.restore(str(tmp_path / "gdl.sav"))
    assert got, out
    assert got["dm"].tolist() == [4, 3] and got["ty"] == "INT"
    assert got["d"].dtype == np.int16
    np.testing.assert_array_equal(got["d"], data)
    assert got["sc"].tolist() == [0.5, 4.0] and got["ti"] == "from compat"
    assert got["dn"] == "xx" and got["ds"].tolist() == [1.0, 2.0, 3.0, 4.0]


def test_create_without_type_keyword_is_float(tmp_path):
    """IDL's HDF_SD_CREATE: FLOAT (DFNT_FLOAT32) when no type keyword is set (IDL
    Reference Guide; GDL 1.0.1 creates nothing then)."""
    path = str(tmp_path / "f.hdf")
    sd_id = idl.hdf_sd_start(path, create=True)
    sds = idl.hdf_sd_create(sd_id, "v", [2])
    idl.hdf_sd_adddata(sds, [1.5, -2.25])                     # DOUBLE converted
    assert idl.hdf_sd_getinfo(sds, type=True).type == "FLOAT"
    idl.hdf_sd_end(sd_id)
    f = SD(path)
    assert f.select(0).info()[3] == SDC.FLOAT32
    assert f.select(0)[:].tolist() == [1.5, -2.25]
    f.end()
