"""The IDL Astronomy Library's FORPRINT (compat.idl.forprint): TEXTOUT destinations and
comment lines (forprint.pro, textopen.pro), the vectorised free-format rows against
PRINTF's own layout, errors. The rows themselves are golden cases
(reference_outputs/idl/forprint, GDL running FORPRINT's documented FOR-loop equivalent)."""

from __future__ import annotations

import re

import numpy as np
import pytest

from compat import idl
from compat._core.idl_format import free_records
from compat.idl.column_printing import _free_rows


def test_textout_codes_and_files(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    x, n = np.float32([1, 2]), np.int16([5, 6])
    idl.forprint(x, n, textout=3)
    lines = (tmp_path / "forprint.prt").read_text().splitlines()
    assert re.fullmatch(r"FORPRINT: \w{3} \w{3} [ \d]\d \d\d:\d\d:\d\d \d{4}", lines[0])
    assert lines[1:] == ["      1.00000       5", "      2.00000       6"]
    assert "Output is being directed to a file forprint.prt" in capsys.readouterr().out
    idl.forprint(x, n, textout=7, comment="# more", silent=True)
    lines = (tmp_path / "forprint.prt").read_text().splitlines()
    assert lines[3:] == [" ", " ", " ", " ", "# more", "      1.00000       5",
                         "      2.00000       6"] and capsys.readouterr().out == ""
    idl.forprint(n, textout="table", nocomment=True, silent=True)   # '.prt' added
    assert (tmp_path / "table.prt").read_text() == "       5\n       6\n"
    idl.forprint(n, textout=4, nocomment=True)
    assert (tmp_path / "laser.tmp").exists()


def test_textout_terminal_and_unit(tmp_path, capsys):
    idl.forprint([1, 2], ["a", "b"])
    assert capsys.readouterr().out == "       1a\n       2b\n"
    lun = idl.openw(tmp_path / "u.txt", get_lun=True)
    idl.printf(lun, "header")
    idl.forprint([1.5], textout=5, textunit=lun, nocomment=True)
    idl.free_lun(lun)
    assert (tmp_path / "u.txt").read_text() == "header\n       1.5000000\n"
    idl.forprint([1], textout=5)
    assert "You must set !TEXTUNIT" in capsys.readouterr().out


def test_lines_and_keywords():
    v = np.arange(10, dtype=np.int32)
    assert idl.forprint(v, startline=3, numline=2, lines=True).tolist() == [
        "           2", "           3"]
    assert idl.forprint(v, subset=[9, 1, 4], startline=2, lines=True).tolist() == [
        "           1", "           4"]
    assert idl.forprint(v, startline=11, lines=True).size == 0
    assert idl.forprint(v, format="$(I3)", lines=True)[0] == "  0"


def test_different_lengths_message(capsys):
    rows = idl.forprint([1, 2, 3], [4, 5], lines=True)
    assert rows.size == 2 and "vectors have different lengths" in capsys.readouterr().out
    idl.forprint([1, 2, 3], [4, 5], lines=True, silent=True)
    assert capsys.readouterr().out == ""


def test_vectorised_rows_equal_printf_layout():
    rng = np.random.default_rng(5)
    columns = [rng.normal(size=200).astype(np.float32) * 10.0 ** rng.integers(-8, 9, 200),
               rng.integers(-2**31, 2**31, 200).astype(np.int32),
               rng.normal(size=200) * 1e5, np.array([f"s{k}" for k in range(200)]),
               rng.integers(0, 256, 200).astype(np.uint8)]
    fast = _free_rows(columns, 80)
    slow = [line for k in range(200) for line in free_records([c[k] for c in columns], 80)]
    assert fast == slow


def test_errors(tmp_path):
    with pytest.raises(ValueError, match="^FORPRINT: ERROR - Parameter 2 is not defined"):
        idl.forprint([1], [])
    with pytest.raises(ValueError, match="^FORPRINT: Syntax"):
        idl.forprint()
    with pytest.raises(ValueError, match="^FORPRINT: Attempt to subscript V1 with SUBSET"):
        idl.forprint([1, 2], subset=[5], lines=True)
    with pytest.raises(ValueError, match="^FORPRINT: Error opening file"):
        idl.forprint([1], textout=str(tmp_path / "no" / "dir.txt"), silent=True)
