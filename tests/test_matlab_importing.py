"""textread and importdata: MATLAB's documented rules, and live Octave on random tables."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def _file(tmp_path, text, name="d.txt"):
    path = tmp_path / name
    path.write_text(text)
    return str(path)


def test_textread_outputs_are_double_and_cells(tmp_path):
    path = _file(tmp_path, "Sally Level1 12.34 45 1.23e10 inf NaN Yes\n"
                           "Joe Level2 -3 7 0 -inf 1 No\n")
    name, level, x, y, rest = matlab.textread(path, "%s Level%d %f %u %[^\n]")
    assert name == ["Sally", "Joe"] and rest == ["1.23e10 inf NaN Yes", "0 -inf 1 No"]
    for column, expected in ((level, [1, 2]), (x, [12.34, -3]), (y, [45, 7])):
        assert column.dtype == np.float64 and column.shape == (2, 1)
        np.testing.assert_array_equal(column.ravel(), expected)
    assert matlab.textread(path, "%*s %*s %f %*[^\n]", nargout=1).shape == (2, 1)


def test_textread_quoted_chars_and_errors(tmp_path):
    path = _file(tmp_path, '"a b" 1\n"c" 2\n')
    q, n = matlab.textread(path, "%q %f")
    assert q == ["a b", "c"] and n.ravel().tolist() == [1.0, 2.0]
    with pytest.raises(ValueError, match=r"^textread: Trouble reading number from file "
                                         r"\(row 1, field 1\)"):
        matlab.textread(path, "%f %f")
    with pytest.raises(ValueError, match="^textread: Number of outputs must match"):
        matlab.textread(path, "%q %f", nargout=1)
    with pytest.raises(ValueError, match="^textread: File not found"):
        matlab.textread(path + ".none", "%f")
    with pytest.raises(ValueError, match="^textread: Unknown option 'bogus'"):
        matlab.textread(path, "%q %f", "bogus", 1)
    with pytest.raises(ValueError, match="^textread: Param/value pairs"):
        matlab.textread(path, "%q %f", "headerlines")
    with pytest.raises(TypeError, match="^textread: The format must be"):
        matlab.textread(path, 3.0)


def test_textread_empty_value_rules(tmp_path):
    path = _file(tmp_path, "1,2,,4\n5,,7,8\n")
    np.testing.assert_array_equal(matlab.textread(path, "", "delimiter", ","),
                                  [[1, 2, 0, 4], [5, 0, 7, 8]])
    a, b, c, d = matlab.textread(path, "%f %f %f %f", delimiter=",", emptyvalue=np.nan)
    np.testing.assert_array_equal(np.hstack([a, b, c, d]), [[1, 2, np.nan, 4],
                                                            [5, np.nan, 7, 8]])


def test_importdata_struct_forms(tmp_path):
    path = _file(tmp_path, "x,y,z\n1,2,3\n4,,6\n")
    A, delimiter, header = matlab.importdata(path, nargout=3)
    assert (delimiter, header) == (",", 1.0)
    assert A.colheaders == ["x", "y", "z"] and A.textdata == ["x", "y", "z"]
    np.testing.assert_array_equal(A.data, [[1, 2, 3], [4, np.nan, 6]])
    rows = _file(tmp_path, "a 1 2\nb 3 4\n", "r.txt")
    R = matlab.importdata(rows)
    assert R.rowheaders == ["a", "b"] and "colheaders" not in R
    np.testing.assert_array_equal(R.data, [[1, 2], [3, 4]])
    with pytest.raises(ValueError, match="^importdata: Unable to open file"):
        matlab.importdata(path + ".none")
    with pytest.raises(TypeError, match="^importdata: filename must be"):
        matlab.importdata(3)
    with pytest.raises(TypeError, match="^importdata: delimiterIn must be"):
        matlab.importdata(path, 3)


def test_importdata_mat_file(tmp_path):
    path = str(tmp_path / "v.mat")
    matlab.save(path, x=np.array([[1.0, 2.0]]))
    np.testing.assert_array_equal(matlab.importdata(path), [[1.0, 2.0]])


@pytest.mark.octave
def test_random_tables_agree_with_octave(tmp_path):
    rng = np.random.default_rng(15)
    cases, ours = [], []
    for k, delimiter in enumerate([",", "\t", " ", ";"]):
        values = np.round(rng.normal(0, 1e3, (6, 4)), rng.integers(0, 6))
        text = "\n".join(delimiter.join(f"{v:.10g}" for v in row) for row in values)
        header = "alpha beta gamma delta\n" if k % 2 else ""
        path = _file(tmp_path, header + text + "\n", f"t{k}.txt")
        cases.append(("[s, d, h] = importdata(f); if isstruct(s), s = s.data; end", {"f": path},
                      ["s", "d", "h"]))
        result = matlab.importdata(path, nargout=3)
        data = result[0].data if header else result[0]
        ours.append((data, result[1], result[2]))
        cases.append(("warning('off', 'Octave:legacy-function'); "
                      "[a, b, c, e] = textread(f, '%f %f %f %f', 'headerlines', n, "
                      "'delimiter', t);",
                      {"f": path, "n": float(bool(header)), "t": delimiter},
                      ["a", "b", "c", "e"]))
        ours.append(matlab.textread(path, "%f %f %f %f", "headerlines", int(bool(header)),
                                    "delimiter", delimiter))
    got = run_octave(cases)
    for (statement, inputs, names), theirs, mine in zip(cases, got, ours):
        assert not isinstance(theirs, Exception), theirs
        for name, value in zip(names, mine):
            if isinstance(value, str):
                assert value == theirs[name], (statement, inputs)
            else:
                np.testing.assert_array_equal(np.atleast_2d(value), theirs[name],
                                              err_msg=f"{statement} {inputs}")


def test_large_numeric_files_take_the_fast_path(tmp_path):
    from compat.matlab import importing
    values = np.round(np.random.default_rng(8).normal(0, 50, (20_000, 3)), 5)
    body = "\n".join(" ".join(f"{v:.5f}" for v in row) for row in values)
    path = _file(tmp_path, "x y z\n" + body + "\n", "big.txt")
    a, c = matlab.textread(path, "%f %*f %f", "headerlines", 1)
    assert a.dtype == np.float64 and a.shape == (20_000, 1)
    np.testing.assert_array_equal(np.hstack([a, c]), values[:, [0, 2]])
    options = importing._textread_options([("headerlines", 1)])[0]
    assert importing._fast_columns(path, "%f %*f %f", float("inf"), options) is not None
    comma = _file(tmp_path, body.replace(" ", ",") + "\n1,,3\n", "c.txt")   # falls back
    x, y, z = matlab.textread(comma, "%f %f %f", "delimiter", ",")
    assert y[-1, 0] == 0.0 and z[-1, 0] == 3.0
    np.testing.assert_array_equal(np.hstack([x, y, z])[:-1], values)
