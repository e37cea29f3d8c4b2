"""dlmread/csvread/dlmwrite/csvwrite: MATLAB's rules, checked against live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


@pytest.fixture
def ragged(tmp_path):
    path = tmp_path / "r.csv"
    path.write_text("1,2,,4\n5,6\n-7.5e1,8,9,10\n")
    return str(path)


@pytest.mark.octave
def test_dlmread_agrees_with_octave(ragged, tmp_path):
    spaced = tmp_path / "s.txt"
    spaced.write_text("x y\n1   2\n3 4\n")
    cplx = tmp_path / "c.txt"
    cplx.write_text("1+2i, 3\n4, 5-1i\n")
    calls = [("a = dlmread(f);", ragged), ("a = dlmread(f, ',', 1, 0);", ragged),
             ("a = dlmread(f, ',', [0 1 1 2]);", ragged), ("a = csvread(f, 0, 1);", ragged),
             ("a = dlmread(f, ' ', 1, 0);", str(spaced)), ("a = dlmread(f, ',');", str(cplx))]
    got = run_octave([(stmt, {"f": path}, ["a"]) for stmt, path in calls])
    ours = [matlab.dlmread(ragged), matlab.dlmread(ragged, ",", 1, 0),
            matlab.dlmread(ragged, ",", [0, 1, 1, 2]), matlab.csvread(ragged, 0, 1),
            matlab.dlmread(str(spaced), " ", 1, 0), matlab.dlmread(str(cplx), ",")]
    for (stmt, _), mine, theirs in zip(calls, ours, got):
        np.testing.assert_array_equal(mine, theirs["a"], err_msg=stmt)
        assert mine.dtype.kind == theirs["a"].dtype.kind, stmt


def test_ranges_and_errors(ragged):
    np.testing.assert_array_equal(matlab.dlmread(ragged, ",", "B1..C2"), [[2, 0], [6, 0]])
    with pytest.raises(ValueError, match=r"^dlmread: Mismatch between file and format .*"
                                         r"row number 1, field number 1"):
        matlab.dlmread(ragged.replace("r.csv", "r.csv"), ";")
    with pytest.raises(ValueError, match="^dlmread: Could not open file"):
        matlab.dlmread(ragged + ".none")


def test_dlmwrite_defaults_to_five_significant_digits(tmp_path):
    path = str(tmp_path / "w.csv")
    matlab.dlmwrite(path, np.array([[np.pi, 123456.7, -0.5], [1e-7, 2, np.nan]]))
    assert open(path).read() == "3.1416,1.2346e+05,-0.5\n1e-07,2,NaN\n"
    matlab.csvwrite(path, [[1, 2], [3, 4]])
    assert open(path).read() == "1,2\n3,4\n"
    matlab.dlmwrite(path, [[1, 2], [3, 4]], "delimiter", "\\t", "precision", "%.3f")
    matlab.dlmwrite(path, [5, 6], "-append", "delimiter", ";", "newline", "pc")
    assert open(path, newline="").read() == "1.000\t2.000\n3.000\t4.000\n5;6\r\n"
    matlab.dlmwrite(path, [[1.5]], ",", 1, 2)
    assert open(path).read() == ",,\n,,1.5\n"


def test_offset_rows_hold_empty_fields_and_blank_lines_add_no_row(tmp_path):
    """MATLAB's dlmwrite page: 'Empty elements separated by delimiter fill the leading rows
    and columns'; its -append example writes magic(3) with ' ' and roffset 1 below magic(5)
    (a row of two blanks) and dlmread reads the file back as 8x5."""
    path = str(tmp_path / "w.txt")
    matlab.dlmwrite(path, [[1.5, 2]], ",", 1, 2)
    assert open(path).read() == ",,,\n,,1.5,2\n"
    matlab.dlmwrite(path, np.arange(1.0, 6.0).reshape(1, 5), "delimiter", " ")
    matlab.dlmwrite(path, np.ones((3, 3)), "-append", "delimiter", " ", "roffset", 1)
    assert open(path).read().splitlines()[1] == "  "
    assert matlab.dlmread(path).shape == (4, 5)
    assert matlab.dlmread(path, " ").shape == (5, 5)   # explicit ' ': three empty fields
    with open(path, "w") as stream:
        stream.write("1,2\n\n3,4\n")
    np.testing.assert_array_equal(matlab.csvread(path), [[1, 2], [3, 4]])


@pytest.mark.octave
def test_octave_reads_dlmwrite_output(tmp_path):
    path = str(tmp_path / "w.txt")
    values = np.array([[1.25, -3.0, 1e10], [np.inf, 0.5, 2.0]])
    matlab.dlmwrite(path, values, "precision", 17)
    got, = run_octave([("a = dlmread(f, ',');", {"f": path}, ["a"])])
    np.testing.assert_array_equal(got["a"], values)
