"""readmatrix, writematrix, readcell, readtable, writetable: MATLAB's documented rules,
files read by live Octave (csvread/dlmread) and files Octave writes read back."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import matlab
from compat.matlab.tables import missing
from oracles import run_octave


def _file(tmp_path, text, name="d.csv"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


@pytest.fixture
def mixed(tmp_path):
    return _file(tmp_path, "Title of data\nx,y,z\n1,2,3\n4,,six\n\n7,8\n")


def test_readmatrix_detects_header_and_fills_nan(mixed):
    expected = [[1, 2, 3], [4, np.nan, np.nan], [7, 8, np.nan]]
    np.testing.assert_array_equal(matlab.readmatrix(mixed), expected)
    np.testing.assert_array_equal(matlab.readmatrix(mixed, "NumHeaderLines", 2), expected)
    np.testing.assert_array_equal(matlab.readmatrix(mixed, NumHeaderLines=3), expected[1:])
    np.testing.assert_array_equal(matlab.readmatrix(mixed, "Range", "B3"),
                                  [[2, 3], [np.nan, np.nan], [8, np.nan]])
    np.testing.assert_array_equal(matlab.readmatrix(mixed, "Range", [3, 1, 4, 2]),
                                  [[1, 2], [4, np.nan]])
    ints = matlab.readmatrix(mixed, "OutputType", "int16")
    assert ints.dtype == np.int16 and ints.tolist() == [[1, 2, 3], [4, 0, 0], [7, 8, 0]]
    assert matlab.readmatrix(mixed, "OutputType", "single").dtype == np.float32
    text = matlab.readmatrix(mixed, "OutputType", "string")
    assert text.tolist() == [["1", "2", "3"], ["4", "", "six"], ["7", "8", ""]]


def test_readmatrix_delimiters_and_fast_path(tmp_path):
    np.testing.assert_array_equal(matlab.readmatrix(_file(tmp_path, "  1.5  2\n 3 4e3\n",
                                                          "b.txt")), [[1.5, 2], [3, 4000]])
    np.testing.assert_array_equal(matlab.readmatrix(_file(tmp_path, "a;b\n1;2\n", "c.dat")),
                                  [[1, 2]])
    np.testing.assert_array_equal(
        matlab.readmatrix(_file(tmp_path, "1|2\n3|x\n", "p.txt"), "Delimiter", "bar"),
        [[1, 2], [3, np.nan]])
    big = np.random.default_rng(5).normal(size=(300, 4))
    path = str(tmp_path / "big.csv")
    np.savetxt(path, big, delimiter=",", fmt="%.17g", header="a,b,c,d", comments="")
    np.testing.assert_array_equal(matlab.readmatrix(path), big)
    np.testing.assert_array_equal(
        matlab.readmatrix(_file(tmp_path, "1,2 % c\n3,4\n", "k.txt"), "CommentStyle", "%"),
        [[1, 2], [3, 4]])


def test_readmatrix_errors(mixed, tmp_path):
    with pytest.raises(ValueError, match="^readmatrix: Unable to find or open"):
        matlab.readmatrix(mixed + ".none.csv")
    with pytest.raises(ValueError, match=r"^readmatrix: \.xls workbooks are not supported"):
        matlab.readmatrix(str(tmp_path / "s.xls"))
    with pytest.raises(ValueError, match="^readmatrix: 'Bogus' is not a recognized parameter"):
        matlab.readmatrix(mixed, "Bogus", 1)
    with pytest.raises(ValueError, match="^readmatrix: Name-value arguments must come in pairs"):
        matlab.readmatrix(mixed, "Range")
    with pytest.raises(ValueError, match="^readmatrix: Invalid Range"):
        matlab.readmatrix(mixed, "Range", "1A")
    with pytest.raises(ValueError, match="^readmatrix: NumHeaderLines must be"):
        matlab.readmatrix(mixed, "NumHeaderLines", -1)
    with pytest.raises(ValueError, match="^readmatrix: Invalid OutputType"):
        matlab.readmatrix(mixed, "OutputType", "cell")
    with pytest.raises(ValueError, match="^readmatrix: Unable to detect file type"):
        matlab.readmatrix(str(tmp_path / "x.bin"))


def test_readcell_fields(mixed):
    cells = matlab.readcell(mixed)
    assert cells[0] == ["Title of data", missing, missing]
    assert cells[1] == ["x", "y", "z"] and cells[3] == [4.0, missing, "six"]
    assert matlab.readcell(mixed, "NumHeaderLines", 5) == [7.0, 8.0]
    assert repr(missing) == "<missing>" and not missing


def test_writematrix_text_rules(tmp_path):
    path = str(tmp_path / "w.csv")
    matlab.writematrix(np.array([[1, 0.1 + 0.2, np.nan], [np.inf, -1e-20, 2 / 3]]), path)
    assert open(path).read() == "1,0.3,\nInf,-1e-20,0.666666666666667\n"
    matlab.writematrix(np.array([[1.5, 2]], dtype=np.float32), path, "Delimiter", " ")
    matlab.writematrix(np.array([[True, False]]), path, "WriteMode", "append",
                       "Delimiter", " ")
    assert open(path).read() == "1.5 2\n1 0\n"
    matlab.writematrix(np.array([[1 + 2j, 3 - 0.5j]]), path)
    assert open(path).read() == "1+2i,3-0.5i\n"
    matlab.writematrix(np.array([["a,b", 'c"d'], ["e", "f"]]), path)
    assert open(path).read() == '"a,b","c""d"\ne,f\n'
    matlab.writematrix(np.array([["a", "b"]]), path, "QuoteStrings", True)
    assert open(path).read() == '"a","b"\n'
    matlab.writematrix(np.array([["a,b"]]), path, "QuoteStrings", "none")
    assert open(path).read() == "a,b\n"
    matlab.writematrix(np.arange(8.0).reshape(2, 2, 2), path)      # A(:,:), MATLAB order
    assert open(path).read() == "0,2,1,3\n4,6,5,7\n"
    matlab.writematrix(np.array([1, 2], dtype=np.int8), path, "Delimiter", "tab")
    assert open(path).read() == "1\t2\n"


def test_writematrix_errors_never_truncate(tmp_path):
    path = str(tmp_path / "keep.csv")
    matlab.writematrix([[1, 2]], path)
    with pytest.raises(TypeError, match="^writematrix: writematrix writes numeric"):
        matlab.writematrix(np.array([object(), 1], dtype=object), path)
    with pytest.raises(ValueError, match="^writematrix: Invalid WriteMode"):
        matlab.writematrix([[3]], path, "WriteMode", "insert")
    with pytest.raises(ValueError, match="^writematrix: Invalid QuoteStrings"):
        matlab.writematrix([[3]], path, "QuoteStrings", "some")
    assert open(path).read() == "1,2\n"


@pytest.mark.octave
def test_octave_reads_writematrix_and_we_read_octave(tmp_path):
    rng = np.random.default_rng(15)
    values = np.round(rng.normal(0, 1e4, (7, 5)), 3) * 10.0 ** rng.integers(-8, 8, (7, 5))
    mine = str(tmp_path / "mine.csv")
    matlab.writematrix(values, mine)
    spaced = str(tmp_path / "mine.txt")
    matlab.writematrix(values[:, :3], spaced, "Delimiter", "tab")
    theirs = str(tmp_path / "theirs.csv")
    got = run_octave([
        ("a = csvread(f);", {"f": mine}, ["a"]),
        ("a = dlmread(f, '\\t');", {"f": spaced}, ["a"]),
        ("fid = fopen(f, 'w'); fprintf(fid, 'alpha,beta\\n'); fclose(fid); "
         "dlmwrite(f, v, '-append', 'precision', '%.17g'); ok = 1;", {"f": theirs, "v": values},
         ["ok"])])
    assert not any(isinstance(g, Exception) for g in got), got
    written = np.vectorize(lambda v: float(f"{v:.15g}"))(values)
    np.testing.assert_array_equal(got[0]["a"], written)
    np.testing.assert_array_equal(got[1]["a"], written[:, :3])
    np.testing.assert_array_equal(matlab.readmatrix(theirs), values)
    assert matlab.readcell(theirs)[0] == ["alpha", "beta", missing, missing, missing]


def test_readtable_and_writetable(tmp_path, mixed):
    pandas = pytest.importorskip("pandas")
    table = matlab.readtable(mixed)
    assert table.columns.tolist() == ["x", "y", "z"]
    np.testing.assert_array_equal(table["x"].to_numpy(), [1, 4, 7])
    assert table["z"].tolist() == ["3", "six", ""]
    named = _file(tmp_path, "my var,2nd,x\n1,2,3\n", "n.csv")
    with pytest.warns(matlab.tables.MatlabWarning, match="Column headers from the file"):
        modified = matlab.readtable(named)
    assert modified.columns.tolist() == ["myVar", "x2nd", "x"]
    assert modified.attrs["VariableDescriptions"] == ["my var", "2nd", ""]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        kept = matlab.readtable(named, "VariableNamingRule", "preserve")
    assert kept.columns.tolist() == ["my var", "2nd", "x"]
    plain = matlab.readtable(named, "ReadVariableNames", False, "NumHeaderLines", 1)
    assert plain.columns.tolist() == ["Var1", "Var2", "Var3"]
    out = str(tmp_path / "o.csv")
    frame = pandas.DataFrame({"Name": ["Ann", "B,o"], "Age": [31, np.nan],
                              "ok": [True, False]})
    matlab.writetable(frame, out)
    assert open(out).read() == 'Name,Age,ok\nAnn,31,1\n"B,o",,0\n'
    matlab.writetable(frame.iloc[:1], out, "WriteMode", "append")
    assert open(out).read().endswith("\nAnn,31,1\n")
    matlab.writetable(frame, out, "WriteVariableNames", False, "Delimiter", "tab")
    assert open(out).read() == "Ann\t31\t1\nB,o\t\t0\n"
    back = matlab.readtable(str(tmp_path / "o.csv"), "Delimiter", "\t",
                            "ReadVariableNames", False)
    assert back["Var1"].tolist() == ["Ann", "B,o"]
    with pytest.raises(TypeError, match="^writetable: writetable expects a table"):
        matlab.writetable([[1]], out)


def test_large_files_take_the_fast_paths_with_the_same_results(tmp_path):
    from compat.matlab import table_writing
    rng = np.random.default_rng(20)
    values = np.round(rng.normal(0, 100, (40_000, 3)), 4)
    text = "a,b,c\n" + "\n".join(",".join(f"{v:.4f}" for v in row) for row in values) + "\n"
    path = _file(tmp_path, text, "big.csv")                 # past read_head's 256 KB
    np.testing.assert_array_equal(matlab.readmatrix(path), values)
    got = matlab.importdata(path)
    assert got.colheaders == ["a", "b", "c"]
    np.testing.assert_array_equal(got.data, values)
    ragged = _file(tmp_path, text + "1,oops\n\n2,,3\n", "ragged.csv")   # falls back
    slow = matlab.readmatrix(ragged)
    np.testing.assert_array_equal(slow[:-2], values)
    np.testing.assert_array_equal(slow[-2:], [[1, np.nan, np.nan], [2, np.nan, 3]])
    stopped = matlab.importdata(ragged)                     # stops at the text line
    np.testing.assert_array_equal(stopped.data, values)
    special = values.copy()
    special[::7, 1] = np.nan
    special[3, 0], special[5, 2] = np.inf, -np.inf
    for array in (special, special.astype(np.float32), values.astype(np.int32),
                  values > 0):
        fast = table_writing._number_lines(array, ",", "\n")
        slow_text = "".join(",".join(row) + "\n"
                            for row in table_writing._number_text(array).tolist())
        assert fast == slow_text, array.dtype
    out = str(tmp_path / "w.csv")
    matlab.writematrix(special, out)
    back = matlab.readmatrix(out)
    np.testing.assert_array_equal(back, np.vectorize(lambda v: float(f"{v:.15g}"))(special))


def test_readtable_fast_path(tmp_path):
    pytest.importorskip("pandas")
    rng = np.random.default_rng(21)
    values = np.round(rng.normal(0, 100, (40_000, 2)), 3)
    values[::5, 1] = np.nan
    lines = ["x,y"] + [f"{a:.3f}," if np.isnan(b) else f"{a:.3f},{b:.3f}" for a, b in values]
    path = _file(tmp_path, "\n".join(lines) + "\n", "t.csv")
    table = matlab.readtable(path)
    assert table.columns.tolist() == ["x", "y"]
    np.testing.assert_array_equal(table.to_numpy(), values)
    mixed = _file(tmp_path, "\n".join(lines + ["5,word"]) + "\n", "m.csv")
    column = matlab.readtable(mixed)["y"].to_numpy()     # numeric by detection: NaN
    assert column.dtype == np.float64 and np.isnan(column[-1]) and column[-2] == values[-1, 1]


def test_readcell_large_file_fast_path(tmp_path):
    values = np.round(np.random.default_rng(22).normal(0, 100, (30_000, 2)), 3)
    text = "title,,extra\nx,y\n" + "\n".join(f"{a:.3f},{b:.3f}" for a, b in values) + "\n"
    cells = matlab.readcell(_file(tmp_path, text, "big.csv"))
    assert cells[0] == ["title", missing, "extra"] and cells[1] == ["x", "y", missing]
    assert len(cells) == 30_002 and cells[2] == [values[0, 0], values[0, 1], missing]
    assert all(type(v) is float for v in cells[-1][:2])
    ragged = matlab.readcell(_file(tmp_path, text + "7,word\n", "r.csv"))   # falls back
    assert ragged[-1] == [7.0, "word", missing] and ragged[2] == cells[2]
