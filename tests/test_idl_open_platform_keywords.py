"""IDL OPENR/OPENW/OPENU's VMS-only and Windows-only keywords (ignored on Unix, as GDL
1.0.1 ignores them: checked live) and NCDF_VARDEF's /CONTIGUOUS storage."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compat import CompatValueError, idl
from oracles import GDL_PIN, run_gdl_program

PLATFORM = ["segmented", "fixed", "shared", "none", "submit", "fortran", "list", "print",
            "supersede", "udf_block", "binary", "noautomode", "stream", "block"]


def _write(path: Path, values):
    u = idl.openw(str(path), get_lun=True)
    idl.writeu(u, np.asarray(values, dtype=np.int32))
    idl.free_lun(u)


@pytest.mark.parametrize("keyword", PLATFORM)
def test_platform_only_keywords_change_nothing(tmp_path, keyword):
    _write(tmp_path / "plain.bin", [1, 2, 3])
    u = idl.openw(str(tmp_path / "k.bin"), get_lun=True, **{keyword: True})
    idl.writeu(u, np.array([1, 2, 3], dtype=np.int32))
    idl.free_lun(u)
    assert (tmp_path / "k.bin").read_bytes() == (tmp_path / "plain.bin").read_bytes()
    for opener in (idl.openr, idl.openu):
        u = opener(str(tmp_path / "k.bin"), get_lun=True, **{keyword: True})
        got = idl.readu(u, np.zeros(3, dtype=np.int32))
        idl.free_lun(u)
        assert got.tolist() == [1, 2, 3]


def test_f77_unformatted_with_segmented_reads_the_record(tmp_path):
    # the real call: openr, lun, file, /f77_unformatted, /segmented
    u = idl.openw(str(tmp_path / "f.dat"), get_lun=True, f77_unformatted=True)
    idl.writeu(u, np.arange(4, dtype=np.float32))
    idl.free_lun(u)
    u = idl.openr(str(tmp_path / "f.dat"), get_lun=True, f77_unformatted=True,
                  segmented=True)
    got = idl.readu(u, np.zeros(4, dtype=np.float32))
    idl.free_lun(u)
    assert got.tolist() == [0.0, 1.0, 2.0, 3.0]


@pytest.mark.gdl
def test_gdl_accepts_the_same_keywords(tmp_path):
    _write(tmp_path / "k.bin", [7, 8, 9])
    # GDL 1.0.1's OPENR refuses /SUPERSEDE (IDL documents it for VMS OPENU/OPENW)
    flags = ", ".join(f"/{k}" for k in PLATFORM + ["default", "extendsize",
                                                    "initialsize", "keyed"]
                      if k != "supersede")
    (tmp_path / "run.pro").write_text(
        f"{GDL_PIN}\nopenr, u, 'k.bin', /get_lun, {flags}\nv = lonarr(3)\nreadu, u, v\n"
        "free_lun, u\nprint, 'GOT', v\nexit\n")
    done = run_gdl_program("run.pro", tmp_path)
    out = done.stdout + done.stderr
    line = next(l for l in out.splitlines() if l.startswith("GOT"))
    assert line.split()[1:] == ["7", "8", "9"], out
    assert "not allowed" not in out


netCDF4 = pytest.importorskip("netCDF4")


def test_ncdf_vardef_contiguous(tmp_path):
    path = str(tmp_path / "c.nc")
    cid = idl.ncdf_create(path, netcdf4_format=True, clobber=True)
    x = idl.ncdf_dimdef(cid, "x", 5)
    t = idl.ncdf_dimdef(cid, "t", unlimited=True)
    v = idl.ncdf_vardef(cid, "a", [x], contiguous=True)
    w = idl.ncdf_vardef(cid, "b", [x, t], double=True)
    with pytest.raises(CompatValueError, match="unlimited dimension"):
        idl.ncdf_vardef(cid, "c", [x, t], contiguous=True)
    with pytest.raises(CompatValueError, match="CHUNK_DIMENSIONS, GZIP or SHUFFLE"):
        idl.ncdf_vardef(cid, "e", [x], contiguous=True, gzip=5)
    idl.ncdf_control(cid, endef=True)
    idl.ncdf_varput(cid, v, np.arange(5, dtype=np.float32))
    idl.ncdf_close(cid)
    with netCDF4.Dataset(path) as ds:
        assert ds.variables["a"].chunking() == "contiguous"
        assert ds.variables["b"].chunking() != "contiguous"     # over the unlimited one
        assert ds.variables["a"][:].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    assert int(w) == 1


def test_ncdf_vardef_contiguous_in_a_netcdf3_file_is_its_only_storage(tmp_path):
    path = str(tmp_path / "c3.nc")
    cid = idl.ncdf_create(path, clobber=True)
    x = idl.ncdf_dimdef(cid, "x", 3)
    v = idl.ncdf_vardef(cid, "a", [x], contiguous=True)
    idl.ncdf_control(cid, endef=True)
    idl.ncdf_varput(cid, v, np.array([1.0, 2.0, 3.0], dtype=np.float32))
    idl.ncdf_close(cid)
    cid = idl.ncdf_open(path)
    assert idl.ncdf_varget(cid, "a").tolist() == [1.0, 2.0, 3.0]
    idl.ncdf_close(cid)
