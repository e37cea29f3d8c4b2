"""Spreadsheets (issue 15): xlsread/xlswrite/writecell and the table family on .xlsx;
files compat writes read by Octave's io package and files Octave writes read by compat."""

import os
import re

import numpy as np
import pytest

pytest.importorskip("openpyxl")

from compat import matlab  # noqa: E402
from compat.matlab.tables import missing  # noqa: E402


@pytest.fixture
def book(tmp_path):
    path = str(tmp_path / "myExample.xlsx")
    matlab.xlswrite(path, [["First", "Second", "Third"], [1., 2., 3.], [4., 5., "x"],
                           [7., 8., 9.]])
    return path


def test_xlsread_documentation_example(book):
    num, txt, raw = matlab.xlsread(book, nargout=3)
    np.testing.assert_array_equal(num, [[1, 2, 3], [4, 5, np.nan], [7, 8, 9]])
    assert txt == [["First", "Second", "Third"], ["", "", ""], ["", "", "x"]]
    assert raw[2] == [4.0, 5.0, "x"] and len(raw) == 4
    np.testing.assert_array_equal(matlab.xlsread(book, "B:B"), [[2], [5], [8]])
    np.testing.assert_array_equal(matlab.xlsread(book, 1, "B2:C3"), [[2, 3], [5, np.nan]])


def test_xlsread_trims_text_and_keeps_range(tmp_path):
    path = str(tmp_path / "t.xlsx")
    matlab.xlswrite(path, [["label", "a", "b"], ["r1", 1., 2.], ["r2", 3., []]],
                    "Data", "B2")
    num, txt, raw = matlab.xlsread(path, "Data", nargout=3)
    np.testing.assert_array_equal(num, [[1, 2], [3, np.nan]])
    assert txt == [["label", "a", "b"], ["r1", "", ""], ["r2", "", ""]]
    assert np.isnan(raw[2][2])
    num, txt, raw = matlab.xlsread(path, "Data", "A1:E5", nargout=3)
    assert len(raw) == 5 and len(raw[0]) == 5 and np.isnan(raw[0][0])
    assert num.shape == (2, 2)
    with pytest.raises(ValueError, match="not found"):
        matlab.xlsread(path, "Nope")
    with pytest.raises(ValueError, match="xls"):
        matlab.xlsread(str(tmp_path / "old.xls"))


def test_dates_serial_in_xlsread_datetime_in_readtable(tmp_path):
    import datetime
    pd = pytest.importorskip("pandas")
    path = str(tmp_path / "d.xlsx")
    matlab.writecell([["When", "x"], [datetime.datetime(2020, 1, 2, 12), 1.0]], path)
    num = matlab.xlsread(path)
    np.testing.assert_array_equal(num, [[43832.5, 1.0]])
    table = matlab.readtable(path)
    assert list(table.columns) == ["When", "x"]
    assert table["When"].iloc[0] == pd.Timestamp("2020-01-02 12:00")


def test_table_family_round_trip(tmp_path):
    pd = pytest.importorskip("pandas")
    path = str(tmp_path / "t.xlsx")
    frame = pd.DataFrame({"Name": ["Ann", "Bo"], "Age": [31.0, np.nan]})
    matlab.writetable(frame, path, "Sheet", "People")
    back = matlab.readtable(path, "Sheet", "People")
    assert back["Name"].tolist() == ["Ann", "Bo"]
    np.testing.assert_array_equal(back["Age"].to_numpy(), [31.0, np.nan])
    matlab.writematrix(np.array([[1.5, 2], [3, 4]]), path, "Sheet", 2, "Range", "C3")
    np.testing.assert_array_equal(matlab.readmatrix(path, "Sheet", 2), [[1.5, 2], [3, 4]])
    assert matlab.readcell(path, "Sheet", 2) == [[1.5, 2.0], [3.0, 4.0]]
    assert matlab.readcell(path, "Sheet", "People") == [["Name", "Age"], ["Ann", 31.0],
                                                        ["Bo", missing]]
    assert matlab.readmatrix(path, "FileType", "spreadsheet", "Sheet", 2,
                             "Range", "D3:D4").ravel().tolist() == [2.0, 4.0]


def test_writecell_text(tmp_path):
    path = str(tmp_path / "c.csv")
    matlab.writecell([["a", 1.0], ["b;c", missing]], path, "Delimiter", ";")
    assert open(path).read() == 'a;1\n"b;c";\n'


@pytest.mark.octave
def test_octave_reads_compat_files_and_compat_reads_octave_files(tmp_path):
    from tests.oracles import run_octave
    ours = str(tmp_path / "ours.xlsx")
    theirs = str(tmp_path / "theirs.xlsx")
    matlab.xlswrite(ours, [["h1", "h2"], [1.5, -2.], [3., "t"]], "S")
    matlab.writematrix(np.array([[7., 8.]]), ours, "Sheet", "S", "Range", "A5")
    out = run_octave([(f"[n, t] = xlsread('{ours}', 'S'); m = size(t);", {}, ["n", "m"]),
                      (f"xlswrite('{theirs}', {{'a', 1; 'b', 2.5}}, 'Q', 'B2'); k = 1;",
                       {}, ["k"])], setup="pkg load io")
    if isinstance(out[0], RuntimeError):
        pytest.fail(str(out[0]))
    np.testing.assert_array_equal(out[0]["n"], matlab.xlsread(ours, "S"))
    np.testing.assert_array_equal(out[0]["m"].ravel(), [3, 2])
    num, txt, raw = matlab.xlsread(theirs, "Q", nargout=3)
    np.testing.assert_array_equal(num, [[1.0], [2.5]])
    assert txt == ["a", "b"]


def test_a_workbook_whose_properties_have_second_60_is_read(tmp_path):
    """GNU Octave's io package can write document-property times with second 60, which
    openpyxl refuses: compat reads the workbook anyway (the cells are what matter)."""
    pytest.importorskip("openpyxl")
    import zipfile
    path = tmp_path / "leap.xlsx"
    matlab.writematrix(np.array([[1.5, 2.0], [3.0, 4.0]]), str(path))
    fixed = tmp_path / "leap60.xlsx"
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(fixed, "w") as copy:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "docProps/core.xml":
                data = re.sub(rb"(T\d\d:\d\d:)\d\d(Z?<)", rb"\g<1>60\g<2>", data)
                assert b":60" in data
            copy.writestr(item, data)
    np.testing.assert_array_equal(matlab.readmatrix(str(fixed)), [[1.5, 2.0], [3.0, 4.0]])
