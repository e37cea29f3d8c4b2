"""Tests of MATLAB's compose (compat.matlab.text_compose).

Expected texts are written out by hand from the rules of MathWorks' compose reference
page (rows of the data give rows of the result; columns beyond the operators start new
result columns; unused operators stay in the text and the rest of the format has its
escapes translated except \\\\ and %%; compose(txt)); the golden suite
reference_outputs/matlab/text_compose holds the page's printed value. GNU Octave 7.3
has no compose.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab

S = np.dtypes.StringDType()
M = np.dtypes.StringDType(na_object=np.nan)


def _s(x):
    return np.array(x, dtype=S)


def test_rows_and_repeated_columns():
    A = np.array([[1, 2, 3, 4], [5, 6, 7, 8]])
    assert matlab.compose("%d-%d", A) == [["1-2", "3-4"], ["5-6", "7-8"]]
    got = matlab.compose(_s("%d-%d"), A)
    assert got.dtype.kind == "T" and got.shape == (2, 2)
    assert got.tolist() == [["1-2", "3-4"], ["5-6", "7-8"]]
    # one operator: one text per value, a row vector stays a row (1-D here)
    assert matlab.compose("%d", [1, 2, 3]) == ["1", "2", "3"]
    assert matlab.compose(_s("<%d>"), np.array([[1], [2]])).tolist() == [["<1>"], ["<2>"]]
    # three columns, two operators: the second repetition runs out after one value
    assert matlab.compose("%d,%d;", np.array([[1, 2, 3]])) == ["1,2;", "3,%d;"]


def test_unused_operators_and_escapes():
    # the rest of the format after the last used operator: escapes translated except
    # \\ and %%, which stay as written; the unused operators stay unchanged
    assert matlab.compose("%d and %d\\t%%\\\\", 1) == ["1 and %d\t%%\\\\"]
    # all operators used: the whole format is sprintf's (%% -> %, \\ -> \)
    assert matlab.compose("%d and %d\\t%%\\\\", np.array([[1, 2]])) == ["1 and 2\t%\\"]
    # compose(txt): no operators -> every escape translated; operators -> kept
    assert matlab.compose("a\\tb\\\\c%%") == ["a\tb\\c%"]
    assert matlab.compose("a\\tb\\\\c%%%d") == ["a\tb\\\\c%%%d"]
    got = matlab.compose(_s("x\\ny"))
    assert got.shape == () and str(got) == "x\ny"


def test_several_data_arrays_take_operators_in_order():
    names = _s([["a"], ["bb"]])
    got = matlab.compose(_s("%s=%d (%s)"), names, np.array([[1], [2]]))
    assert got.tolist() == [["a=1 (%s)"], ["bb=2 (%s)"]]
    got = matlab.compose(_s("%s=%d"), names, np.array([[1], [2]]))
    assert got.tolist() == [["a=1"], ["bb=2"]]
    assert matlab.compose("%s:%s", ["x", "y"]) == ["x:y"]          # a 1x2 cell: one row


def test_sprintf_conversions_and_classes():
    assert matlab.compose("%d", 2.5) == ["2.500000e+00"]           # MATLAB's %d rule
    assert matlab.compose("%d|%u", np.array([[-5, 200]], dtype=np.int16)) == ["-5|200"]
    assert matlab.compose("%g", np.array([1.5, -2.0], dtype=">f8")) == ["1.5", "-2"]
    assert matlab.compose("%d", np.array([True, False])) == ["1", "0"]
    assert matlab.compose("%.3s|", "abcdef") == ["abc|"]            # a char vector: one value
    a = np.array([[1.0, 2.0]])
    a.setflags(write=False)
    assert matlab.compose("%g %g", a) == ["1 2"]


def test_format_arrays():
    # the format array's size is the result's: each element its own format
    got = matlab.compose(_s([["%d a"], ["%d b"]]), np.array([[1], [2]]))
    assert got.tolist() == [["1 a"], ["2 b"]]
    # one text per format: the result takes the format array's size
    got = matlab.compose(_s(["%d a", "%d b"]), 3)
    assert got.shape == (2,) and got.tolist() == ["3 a", "3 b"]
    with pytest.raises(ValueError, match="^compose: a formatSpec array must have the size"):
        matlab.compose(_s(["%d", "%d", "%d"]), np.array([[1], [2]]))


def test_missing_text_gives_missing_elements():
    got = matlab.compose(np.array("%s!", dtype=M), np.array(["a", np.nan, "c"], dtype=M))
    assert got.shape == (3,)
    assert [str(v) for v in got[[0, 2]]] == ["a!", "c!"] and matlab.ismissing(got)[1]
    # only the result element that used the missing value
    got = matlab.compose(np.array("%s%s", dtype=M),
                         np.array([["a", "b", np.nan, "d"]], dtype=M))
    assert str(got[0, 0]) == "ab" and matlab.ismissing(got).tolist() == [[False, True]]
    with pytest.raises(TypeError, match="^compose: <missing> text needs a string"):
        matlab.compose("%s", np.array(["a", np.nan], dtype=M))


def test_bad_inputs():
    with pytest.raises(ValueError, match="^compose: All data arrays must have the same "
                                         "number of rows"):
        matlab.compose("%d %d", np.array([[1], [2]]), np.array([[1], [2], [3]]))
    with pytest.raises(ValueError, match="^compose: data arrays must be 2-D"):
        matlab.compose("%d", np.zeros((2, 2, 2)))
    with pytest.raises(TypeError, match="^compose: formatSpec must be a character vector"):
        matlab.compose(5, 1)
    with pytest.raises(TypeError, match="^compose: A must be numeric or logical"):
        matlab.compose("%d", {"a": 1})
    with pytest.raises(ValueError, match="^compose: formatSpec must not contain <missing>"):
        matlab.compose(np.array(["%d", np.nan], dtype=M), 1)


def test_each_result_is_sprintf_of_its_values():
    # the row/column rule against the engine's sprintf of the same slice (any draw)
    rng = np.random.default_rng(8151)
    for _ in range(20):
        A = np.round(rng.normal(0, 100, (int(rng.integers(1, 4)), int(rng.integers(2, 7)))), 2)
        got = matlab.compose("%g/%.1f ", A)
        for r in range(A.shape[0]):
            for k, text in enumerate(got[r] if A.shape[0] > 1 else got):
                values = A[r, 2 * k:2 * k + 2]
                if values.size == 2:
                    assert text == matlab.sprintf("%g/%.1f ", values)
                else:
                    assert text == matlab.sprintf("%g", values) + "/%.1f "
