"""IDL SAVE and RESTORE: files compat writes are restored by GDL and scipy, and back."""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest
import scipy.io

from compat import idl
from compat._core.idl_savefile import read_savefile
from compat._core.idl_types import idl_literal
from oracles import GDL, GDL_PIN, run_gdl_program

pytestmark = pytest.mark.filterwarnings("ignore::UserWarning")

STRUCT = np.zeros((), dtype=[("a", "<i2"), ("b", "<f4", (2,)), ("c", "O")])
STRUCT["a"], STRUCT["b"], STRUCT["c"] = 1, [1.5, 2.5], np.array("x", dtype=object)

VARIABLES = {
    "b": np.uint8(7), "i": np.int16(-3), "l": np.int32(100000), "f": np.float32(2.5),
    "d": 3.25, "s": "hello", "fa": np.arange(6, dtype=np.float32).reshape(2, 3),
    "cube": np.arange(24, dtype=np.int32).reshape(2, 3, 4) - 7,
    "ia": np.array([0, -1, 2, -32768, 32767], np.int16),
    "ba": np.arange(5, dtype=np.uint8), "sa": np.array([["ab", "cde", ""], ["é", "f", "g"]]),
    "ui": np.array([1, 65535], np.uint16), "ul": np.array([4294967295], np.uint32),
    "u64": np.array([2 ** 64 - 1, 5], np.uint64), "l64": np.int64(-2 ** 62),
    "c": np.complex64(1 + 2j), "dc": np.array([1 - 1j, 2j]), "one": np.array([4.5]),
    "nan": np.array([np.nan, np.inf, -0.0], np.float32),
    "st": STRUCT, "dct": {"a": 1, "b": [1.5, 2.5], "c": "x", "n": {"y": np.int32(2)}},
    "rows": [{"a": 1, "b": 2.0, "name": "first"}, {"a": 3, "b": 4.0, "name": "second"}],
    "flag": np.array([True, False]),
}
# what IDL stores for the Python-side values: type and IDL dims (numpy shape reversed)
EXPECTED_TYPES = {"b": "BYTE", "i": "INT", "l": "LONG", "f": "FLOAT", "d": "DOUBLE",
                  "s": "STRING", "fa": "FLOAT", "cube": "LONG", "ia": "INT", "ba": "BYTE",
                  "sa": "STRING", "ui": "UINT", "ul": "ULONG", "u64": "ULONG64",
                  "l64": "LONG64", "c": "COMPLEX", "dc": "DCOMPLEX", "one": "DOUBLE",
                  "nan": "FLOAT", "st": "STRUCT", "dct": "STRUCT", "rows": "STRUCT",
                  "flag": "BYTE"}


def _same(got, want, where):
    if isinstance(want, dict):
        got = got.reshape(-1)[0] if isinstance(got, np.ndarray) else got
        for key, value in want.items():
            _same(got[key.upper()] if key.upper() in got.dtype.names else got[key], value,
                  f"{where}.{key}")
        return
    if isinstance(want, list) and want and isinstance(want[0], dict):
        assert len(got) == len(want), where
        for k, row in enumerate(want):
            _same(got[k:k + 1], row, f"{where}[{k}]")
        return
    if isinstance(want, str):
        assert got == want, where
        return
    want = want if isinstance(want, np.ndarray) else idl_literal(want)  # IDL's literal types
    if want.dtype.names is not None:
        for name in want.dtype.names:
            _same(got[name.upper()][0] if got.ndim else got[name.upper()],
                  want[name][()] if want.dtype[name].kind == "O" else want[name],
                  f"{where}.{name}")
        return
    if want.dtype.kind == "O":
        _same(got, want[()], where)
        return
    expected = want.astype(np.uint8) if want.dtype.kind == "b" else want
    got_value = np.asarray(got)
    if isinstance(got, np.ndarray) and got.dtype.kind == "O":  # a tag read as object
        got_value = np.asarray(got.tolist())
    assert got_value.dtype == expected.dtype or (expected.dtype.kind == "U"), \
        f"{where}: {got_value.dtype} != {expected.dtype}"
    assert got_value.shape == expected.shape, f"{where}: {got_value.shape} != {expected.shape}"
    if expected.dtype.kind in "fc":
        np.testing.assert_array_equal(got_value, expected, err_msg=where)
        assert np.signbit(got_value.real).tolist() == np.signbit(expected.real).tolist()
    else:
        assert got_value.tolist() == expected.tolist(), where


@pytest.mark.parametrize("compress", [False, True])
def test_round_trip_through_restore_and_readsav(tmp_path, compress):
    path = tmp_path / "v.sav"
    idl.save(path, VARIABLES, compress=compress, description="made by compat")
    back = idl.restore(path)
    assert sorted(back) == sorted(VARIABLES)
    for name, value in VARIABLES.items():
        _same(back[name], value, name)
    raw = scipy.io.readsav(str(path))  # scipy reads it too (big-endian, bytes)
    assert raw["s"] == b"hello" and raw["fa"].dtype.str == ">f4"
    assert back["fa"].dtype.isnative and isinstance(back["s"], str)
    r = idl.restore(path, description=True)
    assert r.description == "made by compat" and r.result.keys() == back.keys()


def test_restore_of_a_file_without_description(tmp_path):
    idl.save(tmp_path / "x.sav", x=np.int32(3))
    assert idl.restore(tmp_path / "x.sav", description=True).description == ""


def test_python_literals_follow_the_idl_literal_rule(tmp_path):
    idl.save(tmp_path / "lit.sav", a=5, b=40000, c=2.5, d=[1, 2], e=True, f=1j)
    back = idl.restore(tmp_path / "lit.sav")
    assert back["a"].dtype == np.int16 and back["b"].dtype == np.int32
    assert back["c"].dtype == np.float64 and back["d"].dtype == np.int16
    assert back["e"].dtype == np.uint8 and back["f"].dtype == np.complex128


@pytest.mark.parametrize("call,error,message", [
    (lambda p: idl.save(p, a=np.zeros(0)), ValueError, "^SAVE: A is empty"),
    (lambda p: idl.save(p, a=None), ValueError, "^SAVE: A is undefined"),
    (lambda p: idl.save(p, a=np.array([object()])), TypeError, "^SAVE: A holds Python"),
    (lambda p: idl.save(p, {"2x": 1}), ValueError, "^SAVE: variable name '2x' is not"),
    (lambda p: idl.save(p, {"a": 1, "A": 2}), ValueError, "^SAVE: variable A is given twice"),
    (lambda p: idl.save(p, a=np.zeros(3, np.longdouble)), TypeError, "^SAVE: A has dtype"),
    (lambda p: idl.save(p), ValueError, "^SAVE: no variables to save"),
    (lambda p: idl.save(p, a={"bad name": 1}), ValueError, "^SAVE: A tag 'bad name'"),
    (lambda p: idl.save(p, a=[{"a": 1}, {"b": 2}]), ValueError, "^SAVE: A: the structures"),
    (lambda p: idl.restore(p.parent / "missing.sav"), ValueError,
     "^RESTORE: Error opening file. File: .*missing.sav No such file"),
])
def test_bad_input(tmp_path, call, error, message):
    with pytest.raises(error, match=message):
        call(tmp_path / "bad.sav")


def test_not_a_save_file_and_truncated_files(tmp_path):
    (tmp_path / "text.sav").write_text("hello")
    with pytest.raises(ValueError, match="^RESTORE: Not a valid save file"):
        idl.restore(tmp_path / "text.sav")
    idl.save(tmp_path / "ok.sav", a=np.arange(100.0))
    data = (tmp_path / "ok.sav").read_bytes()
    (tmp_path / "cut.sav").write_bytes(data[:len(data) // 2])
    with pytest.raises(ValueError, match="^RESTORE: Not a valid save file"):
        idl.restore(tmp_path / "cut.sav")


def test_a_failed_save_leaves_the_existing_file_untouched(tmp_path):
    path = tmp_path / "keep.sav"
    idl.save(path, a=np.int32(1))
    before = path.read_bytes()
    with pytest.raises(TypeError):
        idl.save(path, a=np.int32(2), b=np.array([object()]))
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["keep.sav"]  # no temporary left


def test_readsav_structures_from_restore_can_be_saved_again(tmp_path):
    idl.save(tmp_path / "one.sav", VARIABLES)
    first = idl.restore(tmp_path / "one.sav")
    idl.save(tmp_path / "two.sav", first)
    second = idl.restore(tmp_path / "two.sav")
    for name in VARIABLES:
        assert repr(second[name]) == repr(first[name]), name


# ----------------------------------------------------------------------- live GDL
def _gdl(script: str, folder: Path) -> str:
    (folder / "run.pro").write_text(f"{GDL_PIN}\n{script}\nexit\n")
    done = run_gdl_program("run.pro", folder)
    return done.stdout + done.stderr


@pytest.mark.gdl
@pytest.mark.parametrize("compress", [False, True])
def test_gdl_restores_what_compat_saves(tmp_path, compress):
    idl.save(tmp_path / "py.sav", VARIABLES, compress=compress, description="from compat")
    names = ", ".join(VARIABLES)
    out = _gdl(f"restore, 'py.sav', description=desc\n"
               f"print, 'DESC=', desc\n"
               + "\n".join(f"print, '{n.upper()}:', size({n}, /tname), ':', "
                           f"size({n}, /dimensions)" for n in VARIABLES)
               + f"\nsave, {names}, filename='gdl.sav'", tmp_path)
    assert "DESC=from compat" in out, out
    for name, tname in EXPECTED_TYPES.items():
        line = next(l for l in out.splitlines() if l.startswith(f"{name.upper()}:"))
        assert line.split(":")[1].strip() == tname, line
    # GDL's own SAVE of what it restored reads back to the same values and types
    back = read_savefile(tmp_path / "gdl.sav")
    for name, value in VARIABLES.items():
        _same(back[name], value, f"GDL {name}")


@pytest.mark.gdl
def test_compat_restores_what_gdl_saves(tmp_path):
    _gdl("b = 7b & i = -3 & l = 100000L & f = 2.5 & d = 3.25d & s = 'hello'\n"
         "fa = findgen(3, 2) & sa = ['ab', 'cde', ''] & u = [1ULL, 18446744073709551615ULL]\n"
         "st = {a: 1, b: [1.5, 2.5], c: 'x', n: {inner, y: 2L}}\n"
         "rows = replicate({a: 1, b: 2.0}, 3)\n"
         "save, b, i, l, f, d, s, fa, sa, u, st, rows, filename='gdl.sav', /compress", tmp_path)
    v = idl.restore(tmp_path / "gdl.sav")
    assert v["b"] == np.uint8(7) and v["i"].dtype == np.int16 and v["i"] == -3
    assert v["l"].dtype == np.int32 and v["f"].dtype == np.float32 and v["d"] == 3.25
    assert v["s"] == "hello" and v["sa"].tolist() == ["ab", "cde", ""]
    np.testing.assert_array_equal(v["fa"], np.arange(6, dtype=np.float32).reshape(2, 3))
    assert v["fa"].dtype.str == np.dtype(np.float32).str  # native, not '>f4'
    assert v["u"].tolist() == [1, 2 ** 64 - 1]
    assert v["st"]["C"][0] == "x" and v["st"]["N"][0]["Y"][0] == 2
    assert v["rows"]["B"].tolist() == [2.0, 2.0, 2.0]


# -------------------------------------------------------------------- logical units
def test_units_positions_and_eof(tmp_path):
    path = str(tmp_path / "u.bin")
    lun = idl.openw(path, get_lun=True)
    assert 100 <= lun <= 128
    idl.writeu(lun, 5, 2.5, np.array([1, 2], np.int32), "ab", np.uint8(7))
    assert idl.point_lun(-lun) == 2 + 8 + 8 + 2 + 1  # INT, DOUBLE, 2 LONG, 2 chars, BYTE
    idl.free_lun(lun)
    assert idl.openr(7, path) == 7
    a, b, c, s, d = idl.readu(7, 0, 0.0, np.zeros(2, np.int32), "  ", np.uint8(0))
    assert (a, b, c.tolist(), s, d) == (5, 2.5, [1, 2], "ab", 7)
    assert a.dtype == np.int16 and idl.eof(7) == 1
    info = idl.fstat(7)
    assert info.UNIT[0] == 7 and info.NAME[0] == path and info.SIZE[0] == 21
    assert info.READ[0] == 1 and info.WRITE[0] == 0 and info.CUR_PTR[0] == 21
    idl.point_lun(7, 2)
    assert idl.readu(7, np.float64(0)) == 2.5 and idl.eof(7) == 0
    with pytest.raises(ValueError, match=r"^READU: End of file encountered. Unit: 7"):
        idl.readu(7, np.zeros(10, np.float64))
    idl.close(7)
    with pytest.raises(ValueError, match="^EOF: File unit is not open: 7."):
        idl.eof(7)


def test_get_lun_reserves_and_open_errors(tmp_path):
    lun = idl.get_lun()
    assert idl.get_lun() != lun  # reserved
    idl.openw(lun, str(tmp_path / "x.bin"))
    idl.free_lun(lun)
    missing = str(tmp_path / "none.bin")
    with pytest.raises(ValueError, match=r"^OPENR: Error opening file. Unit: 9, File: .*"
                                         r"none.bin\n  No such file"):
        idl.openr(9, missing)
    unit, err = idl.openr(missing, get_lun=True, error=True)
    assert err != 0
    (tmp_path / "l.txt").write_text("a\nb\n\nlast")
    assert idl.file_lines(str(tmp_path / "l.txt")) == 4
    idl.close(all=True)


def test_byte_order_keywords(tmp_path):
    path = str(tmp_path / "be.bin")
    lun = idl.openw(path, get_lun=True, swap_if_little_endian=True)
    idl.writeu(lun, np.array([1, 256], np.int16), np.float32(1.0))
    idl.free_lun(lun)
    assert open(path, "rb").read() == bytes([0, 1, 1, 0, 0x3F, 0x80, 0, 0])
    lun = idl.openr(path, get_lun=True, xdr=True)
    np.testing.assert_array_equal(idl.readu(lun, np.zeros(2, np.int16), np.float32(0))[0],
                                  [1, 256])
    idl.free_lun(lun)


@pytest.mark.gdl
def test_gdl_reads_what_writeu_writes_and_back(tmp_path):
    path = str(tmp_path / "u.bin")
    lun = idl.openw(path, get_lun=True, swap_if_little_endian=True)
    idl.writeu(lun, np.int16(-5), np.arange(3, dtype=np.float64) / 3, "xyz",
               np.array([2 ** 40], np.int64))
    idl.free_lun(lun)
    out = _gdl(f"openr, lun, '{path}', /get_lun, /swap_if_little_endian\n"
               "a = 0 & b = dblarr(3) & s = '   ' & c = lon64arr(1)\n"
               "readu, lun, a, b, s, c & free_lun, lun\n"
               "print, a, s, c, format='(I0, 1x, A, 1x, I0)'\n"
               "print, b, format='(3(E25.17))'\n"
               "openw, lun, 'g.bin', /get_lun, /swap_if_big_endian\n"
               "writeu, lun, 7L, [1.5, -2.5], 'hi' & free_lun, lun", tmp_path)
    assert "-5 xyz 1099511627776" in out, out
    values = [float(v) for v in out.split("\n")[1].split()]
    assert values == [0.0, 1 / 3, 2 / 3]
    lun = idl.openr(str(tmp_path / "g.bin"), get_lun=True, swap_if_big_endian=True)
    got = idl.readu(lun, np.int32(0), np.zeros(2, np.float32), "  ")
    idl.free_lun(lun)
    assert got[0] == 7 and got[1].tolist() == [1.5, -2.5] and got[2] == "hi"


# ------------------------------------------- /F77_UNFORMATTED, /DELETE, TRANSFER_COUNT
def test_f77_unformatted_records(tmp_path):
    path = str(tmp_path / "f.bin")
    lun = idl.openw(path, get_lun=True, f77_unformatted=True)
    idl.writeu(lun, np.int32(5), np.float32(2.5))
    idl.writeu(lun, np.array([1, 2, 3], np.int16))
    idl.writeu(lun)  # an empty record
    idl.free_lun(lun)
    # the bytes GDL 1.0.1 writes for the same calls (little-endian machine)
    assert open(path, "rb").read() == bytes.fromhex(
        "08000000" "05000000" "00002040" "08000000"
        "06000000" "010002000300" "06000000" "00000000" "00000000")
    lun = idl.openr(path, get_lun=True, f77_unformatted=True)
    assert idl.readu(lun, np.int32(0)) == 5          # the rest of the record is skipped
    assert idl.readu(lun, np.zeros(2, np.int16)).tolist() == [1, 2]
    assert idl.readu(lun) is None                    # skips the empty record
    assert idl.eof(lun) == 1
    idl.point_lun(lun, 0)
    with pytest.raises(ValueError, match=r"^READU: Attempt to read past end of "
                                         r"F77_UNFORMATTED file record\.$"):
        idl.readu(lun, np.zeros(3, np.int32))
    idl.free_lun(lun)


def test_f77_records_follow_the_unit_byte_order(tmp_path):
    path = str(tmp_path / "f.bin")
    lun = idl.openw(path, get_lun=True, f77_unformatted=True, swap_endian=True)
    idl.writeu(lun, np.int32(7))
    idl.free_lun(lun)
    swapped = "00000004" "00000007" "00000004" if np.little_endian else \
        "04000000" "07000000" "04000000"
    assert open(path, "rb").read() == bytes.fromhex(swapped)
    with open(path, "r+b") as f:   # a damaged trailing length is reported, not read past
        f.seek(11)
        f.write(b"\x09" if np.little_endian else b"\x00")
    lun = idl.openr(path, get_lun=True, f77_unformatted=True, swap_endian=True)
    with pytest.raises(ValueError, match="Corrupted F77_UNFORMATTED file record"):
        idl.readu(lun, np.int32(0))
    idl.free_lun(lun)


def test_delete_keyword_removes_the_file_on_close(tmp_path):
    path = tmp_path / "scratch.bin"
    lun = idl.openw(str(path), get_lun=True, delete=True)
    idl.writeu(lun, np.uint8(1))
    assert path.exists()
    idl.free_lun(lun)
    assert not path.exists()
    path.write_bytes(b"x")
    idl.openr(9, str(path), delete=True)   # even a file opened for reading
    idl.close(9)
    assert not path.exists()
    lun = idl.openw(str(path), get_lun=True, stream=True, block=True, more=True)
    idl.free_lun(lun)
    assert path.exists()                   # VMS-only and terminal keywords do nothing


def test_transfer_count(tmp_path):
    path = str(tmp_path / "t.bin")
    lun = idl.openw(path, get_lun=True)
    r = idl.writeu(lun, np.int32(5), np.array([1, 2, 3], np.int16), transfer_count=True)
    assert r == (3,) and r.transfer_count == 3 and r.transfer_count.dtype == np.int32
    assert idl.writeu(lun, "abcd", transfer_count=True).transfer_count == 1
    idl.free_lun(lun)
    lun = idl.openr(path, get_lun=True)
    r = idl.readu(lun, np.int32(0), np.zeros(3, np.int16), transfer_count=True)
    assert r.result[0] == 5 and r.result[1].tolist() == [1, 2, 3] and r.transfer_count == 3
    idl.free_lun(lun)


@pytest.mark.gdl
def test_gdl_and_compat_read_each_others_f77_records(tmp_path):
    path = str(tmp_path / "p.bin")
    lun = idl.openw(path, get_lun=True, f77_unformatted=True, swap_if_little_endian=True)
    idl.writeu(lun, np.int32(11), np.arange(4, dtype=np.float64) / 7)
    idl.writeu(lun, "text")
    idl.free_lun(lun)
    out = _gdl(f"openr, lun, '{path}', /get_lun, /f77_unformatted, /swap_if_little_endian\n"
               "a = 0L & b = dblarr(2) & s = '    '\n"
               "readu, lun, a, b & readu, lun, s, transfer_count=tc & free_lun, lun\n"
               "print, a, s, tc, format='(I0, 1x, A, 1x, I0)'\n"
               "print, b, format='(2(E25.17))'\n"
               "openw, lun, 'g.bin', /get_lun, /f77_unformatted\n"
               "writeu, lun, [3, 4, 5] & writeu, lun, 2.5d, 'ok' & free_lun, lun", tmp_path)
    assert "11 text 1" in out, out
    assert [float(v) for v in out.split("\n")[1].split()] == [0.0, 1 / 7]
    lun = idl.openr(str(tmp_path / "g.bin"), get_lun=True, f77_unformatted=True)
    assert idl.readu(lun, np.zeros(3, np.int16)).tolist() == [3, 4, 5]
    assert idl.readu(lun, np.float64(0), "  ") == (2.5, "ok")
    idl.free_lun(lun)
