"""IDL ASSOC (compat.idl.assoc): records of an open unit's file as an array, its memmap
view, structure layouts, errors, and a file written through ASSOC read by live GDL."""

from __future__ import annotations


import numpy as np
import pytest

from compat import idl
from oracles import GDL, GDL_PIN, run_gdl_program


@pytest.fixture()
def floats(tmp_path):
    path = tmp_path / "f.bin"
    np.arange(12, dtype=np.float32).tofile(path)
    return path


def test_records_len_and_memmap(floats):
    lun = idl.openu(floats, get_lun=True)
    try:
        a = idl.assoc(lun, np.zeros((2, 2), np.float32), 8)
        assert len(a) == 2 and a[1].tolist() == [[6, 7], [8, 9]]
        view = a.memmap()
        assert view.shape == (2, 2, 2) and isinstance(view, np.memmap)
        view[0, 0, 0] = 99                       # the view writes to the file
        view.flush()
        assert a[0][0, 0] == 99
        np.testing.assert_array_equal(a[0:2], np.stack([a[0], a[1]]))
        a[2] = np.float64([[1, 2], [3, 4]])     # converted to FLOAT, the file grows
        assert len(a) == 3 and a[2].dtype == np.float32
    finally:
        idl.free_lun(lun)
    assert floats.stat().st_size == 8 + 3 * 16


def test_big_endian_unit(tmp_path):
    path = tmp_path / "b.bin"
    np.arange(6, dtype=">i4").tofile(path)
    lun = idl.openr(path, get_lun=True, swap_if_little_endian=True)
    try:
        a = idl.assoc(lun, np.zeros(3, np.int32))
        assert a[1].tolist() == [3, 4, 5] and a[1].dtype.isnative
        assert a.memmap().dtype == np.dtype(">i4")
    finally:
        idl.free_lun(lun)


def test_structure_layouts(tmp_path):
    path = tmp_path / "s.bin"
    np.arange(40, dtype=np.uint8).tofile(path)
    lun = idl.openr(path, get_lun=True)
    try:
        s = idl.create_struct("b", np.uint8(0), "x", np.int32(0), "f", np.zeros(2, np.int16))
        aligned = idl.assoc(lun, s)
        packed = idl.assoc(lun, s, packed=True)
        assert aligned.record_bytes == 12 and packed.record_bytes == 9
        rec = aligned[1]
        assert rec.B[0] == 12 and rec.X[0] == int.from_bytes(bytes([16, 17, 18, 19]), "little")
        assert rec.F[0].tolist() == [int.from_bytes(bytes([20, 21]), "little"),
                                     int.from_bytes(bytes([22, 23]), "little")]
        assert packed[1].B[0] == 9 and packed[1].X[0] == int.from_bytes(bytes(range(10, 14)),
                                                                          "little")
    finally:
        idl.free_lun(lun)


def test_errors(floats):
    lun = idl.openr(floats, get_lun=True)
    a = idl.assoc(lun, np.zeros(5, np.float32))
    with pytest.raises(ValueError, match="^ASSOC: End of file encountered. Unit"):
        a[2]
    with pytest.raises(ValueError, match="^ASSOC: File unit does not allow writing"):
        a[0] = np.zeros(5)
    with pytest.raises(ValueError, match="^ASSOC: Expression containing string data"):
        idl.assoc(lun, np.array(["ab"]))
    idl.free_lun(lun)
    with pytest.raises(ValueError, match="not open"):
        a[0]
    with pytest.raises(ValueError, match="^ASSOC: .*not open"):
        idl.assoc(lun, np.zeros(2))


def _gdl(script: str, cwd) -> str:
    (cwd / "rt.pro").write_text(f"pro rt\n  {GDL_PIN}\n{script}\nend\n")
    done = run_gdl_program("rt", cwd)
    return done.stdout + done.stderr


@pytest.mark.gdl
def test_records_written_by_compat_read_by_gdl(tmp_path):
    lun = idl.openw(tmp_path / "r.bin", get_lun=True)
    a = idl.assoc(lun, np.zeros((2, 3), np.int16), 4)
    for k in range(3):
        a[k] = np.arange(6, dtype=np.int16).reshape(2, 3) * (k + 1)
    idl.free_lun(lun)
    out = _gdl("""  openr, lun, 'r.bin', /get_lun
  a = assoc(lun, intarr(3, 2), 4)
  r = a[2] & e = a[1, 1, 1]
  free_lun, lun
  save, r, e, filename='back.sav'""", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    np.testing.assert_array_equal(back["r"], np.arange(6).reshape(2, 3) * 3), out
    assert back["e"] == 8
    lun = idl.openr(tmp_path / "r.bin", get_lun=True)
    assert idl.assoc(lun, np.zeros((2, 3), np.int16), 4)[1, 1, 1] == 8
    idl.free_lun(lun)
