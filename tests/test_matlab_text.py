"""MATLAB's text functions (compat.matlab text, chars, number_text, printing, regexp).

Unit tests on MATLAB's documented behaviour, every input kind (char ``str``, cell
``list``, loadmat's object arrays, string arrays), bad input with the legacy error text,
and one differential run against live GNU Octave over generated inputs for the
functions Octave has (num2str, int2str, mat2str, str2double, strsplit, strrep, strfind,
strtrim, deblank, upper, regexprep, regexp).
"""

from __future__ import annotations

import io
import random
from contextlib import redirect_stdout

import numpy as np
import pytest

from compat import matlab
from compat._core.matlab_regex import translate
from oracles import run_octave


def _cell(*items):
    """A 1xN object array, as scipy.io.loadmat gives a cell array."""
    out = np.empty((1, len(items)), dtype=object)
    out[0, :] = items
    return out


# ------------------------------------------------------------------ comparisons
def test_strcmp_kinds_and_shapes():
    assert matlab.strcmp("abc", "abc") is True
    assert matlab.strcmp("abc", "abcd") is False
    assert matlab.strcmp(1, "a") is False and matlab.strcmp([1, 2], [1, 2]) is False
    np.testing.assert_array_equal(matlab.strcmp(["a", "b"], "a"), [True, False])
    got = matlab.strcmp([["a", "b"], ["c", "a"]], "a")
    assert got.shape == (2, 2) and got.tolist() == [[True, False], [False, True]]
    got = matlab.strcmp(_cell("a", 5.0, "b"), "b")
    assert got.shape == (1, 3) and got.tolist() == [[False, False, True]]
    strings = np.dtypes.StringDType()                  # string arrays: element-wise
    got = matlab.strcmp(np.array(["x", "y"], dtype=strings),
                        np.array(["x", "z"], dtype=strings))
    assert got.tolist() == [True, False]
    # numpy str arrays are char matrices: one value each (2x1 chars 'xy' and 'xz')
    assert matlab.strcmp(np.array(["x", "y"]), np.array(["x", "z"])) is False
    assert matlab.strcmp(np.array(["x", "y"]), np.array(["x", "y"])) is True
    np.testing.assert_array_equal(matlab.strcmp(["a"], ["a", "b"]), [True, False])
    np.testing.assert_array_equal(matlab.strcmpi(["ABC", "x"], "abc"), [True, False])


def test_strncmp_rules():
    assert matlab.strncmp("abcd", "abxy", 2) is True
    assert matlab.strncmp("ab", "ab", 5) is True
    assert matlab.strncmp("ab", "abc", 5) is False
    assert matlab.strncmpi("ABcd", "abXY", 2) is True
    with pytest.raises(ValueError, match=r"^strncmp: N must be greater than 0"):
        matlab.strncmp("a", "b", 0)
    with pytest.raises(ValueError, match=r"^strncmp: N must be a nonnegative integer"):
        matlab.strncmp("a", "b", 1.5)
    with pytest.raises(ValueError, match=r"^strcmp: Inputs must be the same size or either "
                                         r"one can be a scalar\."):
        matlab.strcmp(["a", "b"], ["a", "b", "c"])


# ---------------------------------------------------------------------- search
def test_strfind_and_strrep():
    np.testing.assert_array_equal(matlab.strfind("aaaa", "aa"), [1, 2, 3])
    assert matlab.strfind("abc", "x").shape == (0, 0)
    assert matlab.strfind("abc", "").shape == (0, 0)
    got = matlab.strfind(_cell("abc", "bcb"), "b")
    assert got.shape == (1, 2) and got[0, 1].tolist() == [1.0, 3.0]
    assert matlab.strfind("abab", "b", "ForceCellOutput", True)[0].tolist() == [2.0, 4.0]
    assert matlab.strrep("aaa", "aa", "b") == "bb"
    assert matlab.strrep("2222", "22", "*") == "***"
    assert matlab.strrep("abcabc", "bc", "X") == "aXaX"
    assert matlab.strrep("abc", "", "x") == "abc"
    got = matlab.strrep(np.array([["ab", "ba"]]), "a", "")
    assert got.dtype.kind == "U" and got.tolist() == [["b", "b"]]
    with pytest.raises(TypeError, match=r"^strfind: pattern must be a character vector"):
        matlab.strfind("abc", 5)
    with pytest.raises(TypeError, match=r"^strrep: str must be a character vector, a cell "
                                        r"array of character vectors or a string array"):
        matlab.strrep(5, "a", "b")


def test_contains_starts_ends_replace():
    assert matlab.contains("abc", "") is True
    assert matlab.contains("abc", ["x", "c"]) is True
    assert matlab.contains("ABC", "b", "IgnoreCase", True) is True
    assert matlab.contains("ABC", "b", IgnoreCase=True) is True
    np.testing.assert_array_equal(matlab.startswith(["ab", "ba"], "a"), [True, False])
    np.testing.assert_array_equal(matlab.endswith(["a.m", "b.c"], [".c", ".h"]),
                                  [False, True])
    assert matlab.replace("aaa", "aa", "b") == "ba"
    assert matlab.replace("a-b", ["a", "b"], "x") == "x-x"
    with pytest.raises(ValueError, match=r"^replace: new must be a single text"):
        matlab.replace("ab", ["a", "b"], ["1", "2", "3"])
    with pytest.raises(ValueError, match=r"^contains: unknown parameter name 'Ignore'"):
        matlab.contains("a", "a", "Ignore", True)


# ---------------------------------------------------------------- split, join
def test_strsplit_forms():
    assert matlab.strsplit("a b  c") == ["a", "b", "c"]
    assert matlab.strsplit("  a b  ") == ["", "a", "b", ""]
    assert matlab.strsplit("a,,b", ",", "CollapseDelimiters", False) == ["a", "", "b"]
    assert matlab.strsplit("a,,b", ",", CollapseDelimiters=False) == ["a", "", "b"]
    assert matlab.strsplit("a\tb", "\\t") == ["a", "b"]
    assert matlab.strsplit("a12b", ["1", "12"]) == ["a", "2b"]
    assert matlab.strsplit("a12b", ["12", "1"]) == ["a", "b"]
    c, m = matlab.strsplit("1.21m/s1.985m/s 1.955 m/s2.015 m/s 1.885m/s", r"\s*m/s\s*",
                           "DelimiterType", "RegularExpression", nargout=2)
    assert c == ["1.21", "1.985", "1.955", "2.015", "1.885", ""]
    assert m == ["m/s", "m/s ", " m/s", " m/s ", "m/s"]
    assert matlab.strsplit("") == [""]
    with pytest.raises(ValueError, match=r"^strsplit: DelimiterType must be 'Simple'"):
        matlab.strsplit("a", ",", "DelimiterType", "glob")
    with pytest.raises(TypeError, match=r"^strsplit: str must be a character vector"):
        matlab.strsplit(["a", "b"])


def test_strjoin_split_join():
    assert matlab.strjoin(["a", "b", "c"]) == "a b c"
    assert matlab.strjoin(["a", "b"], "\\n") == "a\nb"
    assert matlab.strjoin(["1", "2", "3"], ["+", "="]) == "1+2=3"
    assert matlab.strjoin([]) == ""
    with pytest.raises(ValueError, match=r"^strjoin: the number of delimiters \(1\) must be "
                                         r"one less"):
        matlab.strjoin(["a", "b", "c"], ["+"])
    with pytest.raises(TypeError, match=r"^strjoin: C must be a cell array"):
        matlab.strjoin("abc")
    assert matlab.split("a b") == ["a", "b"]
    assert matlab.split(["a-b", "c-d"], "-") == [["a", "b"], ["c", "d"]]
    with pytest.raises(ValueError, match=r"^split: every text must split into the same "
                                         r"number of pieces"):
        matlab.split(["a-b", "c"], "-")
    assert matlab.join(["x", "y"], "-") == "x-y"
    assert matlab.join([["a", "b"], ["c", "d"]]) == ["a b", "c d"]
    assert matlab.join(np.array([["x", "y"], ["a", "b"]]), "-").tolist() == [["x-y"], ["a-b"]]


# ------------------------------------------------------------- trim, case, chars
def test_trim_and_case():
    assert matlab.strtrim(" \t a b \n\v\f\r") == "a b"
    assert matlab.strtrim(" a\x00 ") == "a\x00"
    assert matlab.strtrim("\xa0a\xa0") == "\xa0a\xa0"
    assert matlab.deblank("  ab \t\x00 ") == "  ab"
    assert matlab.upper("straße") == "STRAßE"
    assert matlab.lower(["AB", "Cd"]) == ["ab", "cd"]
    out = matlab.upper(_cell("ab", "c"))
    assert out.dtype == object and out.shape == (1, 2) and out[0, 1] == "C"
    with pytest.raises(TypeError, match=r"^upper: input must be a character array"):
        matlab.upper(5)
    with pytest.raises(TypeError, match=r"^strtrim: str must be a character vector, a cell "
                                        r"array of character vectors or a string array; the "
                                        r"cell holds a int"):
        matlab.strtrim(["a", 1])


def test_char_strvcat_strcat_double():
    assert matlab.char([72, 105]) == "Hi"
    assert matlab.char(65.7) == "A"                        # MATLAB truncates
    got = matlab.char("a", "", "bcd")
    assert got.tolist() == ["a  ", "   ", "bcd"]
    assert matlab.strvcat("a", "", "bcd").tolist() == ["a  ", "bcd"]
    assert matlab.strvcat("only") == "only" and matlab.strvcat("") == ""
    assert matlab.char([[72, 105], [72, 111]]).tolist() == ["Hi", "Ho"]
    assert matlab.strcat("a ", "b \t\n") == "ab"
    assert matlab.strcat(["a "], "b ") == ["a b"]
    assert matlab.strcat("x", ["1", "2"]) == ["x1", "x2"]
    got = matlab.strcat(np.array(["a "]), "b ")
    assert got.dtype.kind == "U" and got.tolist() == ["ab"]    # a 1-row char matrix: char
    np.testing.assert_array_equal(matlab.double("ab"), [97.0, 98.0])
    np.testing.assert_array_equal(
        matlab.double(np.array(["1.5", "x"], dtype=np.dtypes.StringDType())), [1.5, np.nan])
    np.testing.assert_array_equal(matlab.double(np.array(["1.5", "x ."])),   # 2x3 char
                                  [[49.0, 46.0, 53.0], [120.0, 32.0, 46.0]])
    assert matlab.double(np.int8(3)).dtype == np.float64
    with pytest.raises(ValueError, match=r"^char: character codes must be from 0 to 65535"):
        matlab.char(-1)
    with pytest.raises(TypeError, match=r"^double: Conversion to double from cell is not "
                                        r"possible\."):
        matlab.double(["a"])
    with pytest.raises(ValueError, match=r"^strcat: the inputs must be the same size"):
        matlab.strcat(["a", "b"], ["c", "d", "e"])


def test_character_classes():
    np.testing.assert_array_equal(matlab.isspace("a b\t"), [False, True, False, True])
    assert matlab.isspace(np.array([1.0, 2.0])).tolist() == [False, False]
    np.testing.assert_array_equal(matlab.isletter("a1é"), [True, False, True])
    # isspace: every Unicode White_Space character ("isspace recognizes all Unicode
    # whitespace characters", MATLAB's reference page), not only C's six
    assert matlab.isspace("a\u00a0\u2003\u3000\x85\x1cb").tolist() == \
        [False, True, True, True, True, False, False]
    # not text -> false of its size (MATLAB's reference pages; Octave maps over cells)
    assert matlab.isspace(["a b", "c"]).tolist() == [False, False]
    assert matlab.isletter([["a", "b"], ["c", "d"]]).shape == (2, 2)
    assert not matlab.isspace({"a": " "})
    assert matlab.isletter(np.array(["ab1"])).tolist() == [[True, True, False]]   # 1x3 char
    assert matlab.isspace(np.array(["a", " "])).tolist() == [[False], [True]]     # 2x1 char
    with pytest.raises(TypeError, match=r"^isspace: A must be a character vector or a "
                                        r"string scalar, not a string array of 2"):
        matlab.isspace(np.array(["a", " "], dtype=np.dtypes.StringDType()))
    expected = {"alpha": [1, 1, 0, 0, 0, 0, 0], "alphanum": [1, 1, 1, 0, 0, 0, 0],
                "digit": [0, 0, 1, 0, 0, 0, 0], "punct": [0, 0, 0, 0, 1, 1, 1],
                "wspace": [0, 0, 0, 1, 0, 0, 0], "upper": [0, 1, 0, 0, 0, 0, 0],
                "lower": [1, 0, 0, 0, 0, 0, 0], "xdigit": [1, 1, 1, 0, 0, 0, 0],
                "cntrl": [0, 0, 0, 0, 0, 0, 0], "graphic": [1, 1, 1, 0, 1, 1, 1],
                "print": [1, 1, 1, 1, 1, 1, 1]}
    for category, values in expected.items():
        np.testing.assert_array_equal(matlab.isstrprop("aB1 _.$", category),
                                      np.array(values, dtype=bool), err_msg=category)
    assert matlab.isstrprop("\t", "cntrl").tolist() == [True]
    got = matlab.isstrprop(["a1", "B"], "digit")
    assert [g.tolist() for g in got] == [[False, True], [False]]
    with pytest.raises(ValueError, match=r"^isstrprop: unknown category 'letters'"):
        matlab.isstrprop("a", "letters")


def test_strjust_blanks_validatestring_num2cell():
    assert matlab.strjust("a   ") == "   a"
    assert matlab.strjust("  a ", "left") == "a   "
    assert matlab.strjust("a   ", "center") == " a  "
    assert matlab.strjust(np.array(["a  ", " bb"]), "right").tolist() == ["  a", " bb"]
    assert matlab.blanks(3) == "   " and matlab.blanks(0) == ""
    with pytest.raises(ValueError, match=r"^blanks: N must be a nonnegative integer"):
        matlab.blanks(-1)
    with pytest.raises(ValueError, match=r"^strjust: justify must be 'left', 'right' or "
                                         r"'center'"):
        matlab.strjust("a", "middle")
    assert matlab.validatestring("app", ["apple", "pear"]) == "apple"
    assert matlab.validatestring("RED", ["red", "redder"]) == "red"
    assert matlab.validatestring("r", ["red", "redder"]) == "red"
    with pytest.raises(ValueError, match=r"^validatestring: Expected input to match one of "
                                         r"these values:\n\n'red', 'green'\n\nThe input, "
                                         r"'x', did not match any of the valid values\."):
        matlab.validatestring("x", ["red", "green"])
    with pytest.raises(ValueError, match=r"(?s)^validatestring: .*matched more than one "
                                         r"valid value"):
        matlab.validatestring("re", ["red", "reed"])
    assert matlab.num2cell("ab") == ["a", "b"]
    assert matlab.num2cell([[1, 2], [3, 4]]) == [[1.0, 2.0], [3.0, 4.0]]
    assert matlab.num2cell(np.array(["x", "y"])) == ["x", "y"]


# ------------------------------------------------------------------- numbers
def test_num2str_forms():
    assert matlab.num2str(np.pi) == "3.1416"
    assert matlab.num2str(np.finfo(float).eps) == "2.2204e-16"
    assert matlab.num2str(np.pi, 8) == "3.1415927"
    assert matlab.num2str([1, 2, 3]) == "1  2  3"
    assert matlab.num2str(42, "%10d") == "42"
    assert matlab.num2str("text") == "text"
    assert matlab.num2str(None) == "" and matlab.num2str(np.zeros((0, 3))) == ""
    assert matlab.num2str(True) == "1"
    assert matlab.num2str(1 + 2j) == "1+2i"
    assert matlab.num2str(np.int8([-5, 100])) == "-5  100"
    got = matlab.num2str([[0.5377, -2.2588], [1.8339, 0.8622]], 3)
    assert got.tolist() == ["0.538     -2.26", " 1.83     0.862"]
    with pytest.raises(ValueError, match=r"^num2str: PRECISION must be a scalar integer >= 0"):
        matlab.num2str(1.5, -1)
    with pytest.raises(TypeError, match=r"^num2str: X must be a numeric, logical, or "
                                        r"character array"):
        matlab.num2str(["a", "b"])


def test_int2str_mat2str():
    assert matlab.int2str(2.5) == "3" and matlab.int2str(-2.5) == "-3"
    assert matlab.int2str([72, 105]) == "72  105"
    assert matlab.mat2str([[1, 2], [3, 4]]) == "[1 2;3 4]"
    assert matlab.mat2str(np.pi) == "3.14159265358979"
    assert matlab.mat2str(np.array([1, -1], dtype=np.int16), "class") == "int16([1 -1])"
    assert matlab.mat2str(np.array([[-1 / 3 + 1j / 7], [1 / 3 - 1j / 7]]), [4, 2]) == \
        "[-0.3333+0.14i;0.3333-0.14i]"
    assert matlab.mat2str(np.eye(2, dtype=bool)) == "[true false;false true]"
    assert matlab.mat2str(np.array([2 ** 62], dtype=np.int64)) == "4611686018427387904"
    assert matlab.mat2str([np.nan, np.inf, -np.inf]) == "[NaN Inf -Inf]"
    with pytest.raises(ValueError, match=r"^mat2str: X must be two dimensional"):
        matlab.mat2str(np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match=r"^mat2str: the third argument must be 'class'"):
        matlab.mat2str([1, 2], 3, "klass")
    with pytest.raises(TypeError, match=r"^mat2str: X must be numeric or logical"):
        matlab.mat2str({"a": 1})
    assert matlab.mat2str("it's") == "'it''s'"      # char: quoted, as MATLAB's mat2str.m


def test_str2double_and_str2num():
    assert matlab.str2double("1,200.34") == 1200.34
    assert matlab.str2double(" -12.5e2 ") == -1250.0
    assert matlab.str2double("2i+1") == 1 + 2j
    assert matlab.str2double("-i") == -1j
    assert matlab.str2double("Inf") == np.inf and np.isnan(matlab.str2double("nan"))
    for bad in ["1d2", "", "1 2", "1e", "0x10", "--1", "1+", "i2i"]:
        assert np.isnan(matlab.str2double(bad)), bad
    assert np.isnan(matlab.str2double(5)) and np.isnan(matlab.str2double(None))
    got = matlab.str2double(_cell("1", 2.0, "x"))
    assert got.shape == (1, 3) and got[0, 0] == 1 and np.isnan(got[0, 1:]).all()
    got = matlab.str2double([["2.718", "3.1416"], ["137", "0.015"]])
    np.testing.assert_array_equal(got, [[2.718, 3.1416], [137, 0.015]])
    np.testing.assert_array_equal(matlab.str2num("[1 -2]"), [[1, -2]])
    np.testing.assert_array_equal(matlab.str2num("[1 - 2]"), [[-1]])
    np.testing.assert_array_equal(matlab.str2num("1 2\n3 4"), [[1, 2], [3, 4]])
    np.testing.assert_array_equal(matlab.str2num("[1 2].^2'"), [[1], [4]])
    np.testing.assert_array_equal(matlab.str2num("3+4i"), [[3 + 4j]])
    x, tf = matlab.str2num("exit", nargout=2)
    assert x.shape == (0, 0) and tf is False
    with pytest.raises(TypeError, match=r"^str2num: The input must be a character vector"):
        matlab.str2num(5)


def test_display_text_and_disp():
    assert matlab.formatteddisplaytext(np.eye(3)) == \
        "     1     0     0\n     0     1     0\n     0     0     1\n"
    assert matlab.formatteddisplaytext(np.pi) == "    3.1416\n"
    assert matlab.formatteddisplaytext(-np.pi) == "   -3.1416\n"
    assert matlab.formatteddisplaytext(12345.678) == "   1.2346e+04\n"
    assert matlab.formatteddisplaytext([[1000.5, 2.0]]) == \
        "   1.0e+03 *\n\n    1.0005    0.0020\n"
    assert matlab.formatteddisplaytext([np.nan, 1.5]) == "       NaN    1.5000\n"
    assert matlab.formatteddisplaytext(np.array([True, False])) == "   1   0\n"
    assert matlab.formatteddisplaytext(np.array([True, False]), "UseTrueFalseForLogical",
                                       True) == "   true  false\n"
    assert matlab.formatteddisplaytext([]) == ""
    assert matlab.formatteddisplaytext("Hello") == "Hello\n"
    buffer = io.StringIO()
    with redirect_stdout(buffer):
        assert matlab.disp([15, 150]) is None
    assert buffer.getvalue() == "    15   150\n"
    with pytest.raises(ValueError, match=r"^formattedDisplayText: complex values are not "
                                         r"supported"):
        matlab.formatteddisplaytext(1j)
    with pytest.raises(ValueError, match=r"^formattedDisplayText: only NumericFormat "
                                         r"'short'"):
        matlab.formatteddisplaytext(1.0, "NumericFormat", "long")


# ------------------------------------------------------------------- regexp
def test_regex_translation():
    assert translate(r"(?<year>\d{4})") == r"(?P<year>\d{4})"
    assert translate(r"\<ab\>") == r"\b(?=\w)ab\b(?<=\w)"
    assert translate(r"a\bc") == r"a\x08c"
    assert translate(r"\x{41}\o101") == "AA"
    assert translate(r"(?<=a)b(?<!c)") == r"(?<=a)b(?<!c)"
    assert translate(r"[\<]") == r"[\<]"
    assert translate(r"(\w)\k<x>") == r"(\w)(?P=x)"


def test_regexp_outputs_and_options():
    assert matlab.regexp("ab12cd345", r"\d+", "match") == ["12", "345"]
    s, e = matlab.regexp("hello world", "o", nargout=2)
    assert s.tolist() == [5.0, 8.0] and e.tolist() == [5.0, 8.0]
    t, m = matlab.regexp("x=1, y=22", r"(\w)=(\d+)", "tokens", "match", nargout=2)
    assert t == [["x", "1"], ["y", "22"]] and m == ["x=1", "y=22"]
    assert matlab.regexp("key=v", r"(?<k>\w+)=(?<v>\w+)", "names") == {"k": "key", "v": "v"}
    assert matlab.regexp("a1 b2", r"(?<l>[a-z])(?<n>\d)", "names") == \
        [{"l": "a", "n": "1"}, {"l": "b", "n": "2"}]
    assert matlab.regexp("abc", "b", "names") == {}
    assert matlab.regexp("abc", r"\d", "match", "once") == ""
    assert matlab.regexp("abc", r"\d", "once").shape == (0, 0)
    assert matlab.regexp("a1", r"\d", "once") == 2.0
    assert matlab.regexp("x", "(y)?x", "tokens") == [[""]]
    ext = matlab.regexp("x", "(y)?x", "tokenExtents")
    assert ext[0].tolist() == [[1.0, 0.0]]
    assert matlab.regexp("a\nb", "a.b", "match") == ["a\nb"]
    assert matlab.regexp("a\nb", "a.b", "match", "dotexceptnewline") == []
    assert matlab.regexp("x\ny", "^y", "match", "lineanchors") == ["y"]
    assert matlab.regexp("a b", "a b", "match", "freespacing") == []
    assert matlab.regexpi("ABC", "b", "match") == ["B"]
    assert matlab.regexpi("ABC", "b", "match", "matchcase") == []
    assert matlab.regexp(["a1", "b22"], r"\d+", "match") == [["1"], ["22"]]
    assert matlab.regexp("ab", "b", "match", "forceCellOutput") == [["b"]]
    assert matlab.regexp("a,b", ",", "split") == ["a", "b"]
    assert matlab.regexp("aaa", "a*?", "match") == []
    assert matlab.regexp("aaa", "a*?", "match", "emptymatch") == ["", "", "", ""]
    with pytest.raises(ValueError, match=r"^regexp: unknown option 'matches'"):
        matlab.regexp("a", "a", "matches")
    with pytest.raises(ValueError, match=r"^regexp: invalid regular expression '\('"):
        matlab.regexp("a", "(")
    with pytest.raises(ValueError, match=r"^regexp: nargout must be an integer from 1 to 7"):
        matlab.regexp("a", "a", nargout=8)


def test_regexprep_rules():
    assert matlab.regexprep("hello world", r"(\w+) (\w+)", "$2 $1") == "world hello"
    assert matlab.regexprep("abc", "(?<x>b)", "[$0|$<x>]") == "a[b|b]c"
    assert matlab.regexprep("abc", r"(\w)", "${upper($1)}") == "ABC"
    assert matlab.regexprep("ABC", r"(\w)", "${lower($1)}") == "abc"
    assert matlab.regexprep("aaa", "a", "b", "once") == "baa"
    assert matlab.regexprep("aaa", "a", "b", 2) == "aba"
    assert matlab.regexprep("aBc", "b", "x", "ignorecase") == "axc"
    assert matlab.regexprep("Hello hello", "hello", "bye", "ignorecase",
                            "preservecase") == "Bye bye"
    assert matlab.regexprep("abc", "x*", "-") == "abc"
    assert matlab.regexprep("abc", "x*", "-", "emptymatch") == "-a-b-c-"
    assert matlab.regexprep("ab", "(a)", r"$1\n\$") == "a\n$b"
    assert matlab.regexprep("abc", ["a", "b"], ["1", "2"]) == "12c"
    assert matlab.regexprep("a.b", r"\.", lambda m: "[dot]") == "a[dot]b"
    assert matlab.regexprep(["ab", "cb"], "b", "X") == ["aX", "cX"]
    with pytest.raises(ValueError, match=r"^regexprep: dynamic expression \$\{eval\(...\)\}"):
        matlab.regexprep("a", "(a)", "${eval($1)}")
    with pytest.raises(ValueError, match=r"^regexprep: unknown option 'twice'"):
        matlab.regexprep("a", "a", "b", "twice")
    with pytest.raises(ValueError, match=r"^regexprep: replace must be one text or one per "
                                         r"expression"):
        matlab.regexprep("a", ["a", "b", "c"], ["1", "2"])


def test_inputs_never_modified():
    cell = _cell(" a ", "b ")
    before = cell.copy()
    matlab.strtrim(cell)
    matlab.regexprep(cell, "a", "x")
    assert cell.tolist() == before.tolist()
    text = np.array([" a", "b "])
    matlab.upper(text)
    assert text.tolist() == [" a", "b "]


# ------------------------------------------------------------ live differential
def _random_matrix(rng: random.Random):
    rows, columns = rng.randint(1, 3), rng.randint(1, 4)
    kind = rng.random()
    if kind < 0.3:
        values = [[float(rng.randint(-10 ** rng.randint(0, 6), 10 ** rng.randint(0, 6)))
                   for _ in range(columns)] for _ in range(rows)]
    elif kind < 0.5:
        scale = 10.0 ** rng.randint(-6, 8)
        values = [[round(rng.uniform(-1, 1) * scale, rng.randint(0, 6))
                   for _ in range(columns)] for _ in range(rows)]
    else:
        scale = 10.0 ** rng.randint(-8, 12)
        values = [[rng.uniform(-1, 1) * scale for _ in range(columns)] for _ in range(rows)]
    a = np.array(values)
    if rng.random() < 0.15:
        a.flat[rng.randrange(a.size)] = rng.choice([np.nan, np.inf, -np.inf])
    return a


def _random_text(rng: random.Random, alphabet="ab ,;\t") -> str:
    return "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 10)))


def _number_text(rng: random.Random) -> str:
    forms = ["{i}", "{i}.{f}", ".{f}", "{i}e{e}", "{i}.{f}E-{e}", "-{i}", "+{i}.{f}",
             "{i},{t}", "{i}+{f}i", "{i}-{f}j", "{f}i", "inf", "-Inf", "NaN", " {i} ",
             "{i}d{e}", "{i} {i}", "abc", "{i}e", "1,2,3"]
    return rng.choice(forms).format(i=rng.randint(0, 999), f=rng.randint(0, 999),
                                    e=rng.randint(0, 12), t=f"{rng.randint(0, 999):03d}")


def _differential_cases():
    rng = random.Random(11)
    cases = []
    for _ in range(60):
        a = _random_matrix(rng)
        cases.append(("num2str", "num2str(A)", {"A": a},
                      lambda a=a: matlab.num2str(a)))
        p = rng.randint(1, 10)
        cases.append(("num2str_p", f"num2str(A, {p})", {"A": a},
                      lambda a=a, p=p: matlab.num2str(a, p)))
        cases.append(("int2str", "int2str(A)", {"A": a}, lambda a=a: matlab.int2str(a)))
        cases.append(("mat2str", f"mat2str(A, {p + 5})", {"A": a},
                      lambda a=a, p=p: matlab.mat2str(a, p + 5)))
    for _ in range(60):
        text = _number_text(rng)
        cases.append(("str2double", "str2double(T)", {"T": text},
                      lambda text=text: matlab.str2double(text)))
    for _ in range(60):
        text = _random_text(rng)
        delimiter = rng.choice([",", " ", ";", ", "])
        collapse = rng.random() < 0.5
        flag = "true" if collapse else "false"
        cases.append(("strsplit", f"strjoin(strsplit(T, D, 'CollapseDelimiters', {flag}), '|')",
                      {"T": text, "D": delimiter},
                      lambda t=text, d=delimiter, c=collapse:
                      "|".join(matlab.strsplit(t, d, "CollapseDelimiters", c))))
        old = rng.choice(["a", "aa", "ab", " ", "a a"])
        new = rng.choice(["", "x", "yy"])
        cases.append(("strrep", "strrep(T, O, N)", {"T": text, "O": old, "N": new},
                      lambda t=text, o=old, n=new: matlab.strrep(t, o, n)))
        cases.append(("strfind", "strfind(T, O)", {"T": text, "O": old},
                      lambda t=text, o=old: matlab.strfind(t, o)))
        cases.append(("strtrim", "strtrim(T)", {"T": text}, lambda t=text: matlab.strtrim(t)))
        cases.append(("deblank", "deblank(T)", {"T": text}, lambda t=text: matlab.deblank(t)))
        cases.append(("upper", "upper(T)", {"T": text}, lambda t=text: matlab.upper(t)))
        pattern = rng.choice([r"a+", r"(a)(b)?", r"\s+", r"[ab]{2}", r"(?<x>a)b", "a|b",
                              r"\<a", r",\s*"])
        # ($0 is left out: GNU Octave 7.3 puts the text one character after the match
        # there, a recorded divergence in reference_outputs/matlab/regexp)
        repl = rng.choice(["X", "[$1]", "$1$1", ""])
        cases.append(("regexprep", "regexprep(T, P, R)", {"T": text, "P": pattern, "R": repl},
                      lambda t=text, p=pattern, r=repl: matlab.regexprep(t, p, r)))
        cases.append(("regexp", "strjoin(regexp(T, P, 'match'), '|')",
                      {"T": text, "P": pattern},
                      lambda t=text, p=pattern: "|".join(matlab.regexp(t, p, "match"))))
    return cases


def _same(mine, octave) -> bool:
    if isinstance(mine, np.ndarray) and mine.dtype.kind == "U":
        mine = "\n".join(mine.tolist())
    if isinstance(mine, str) or isinstance(octave, str):
        return isinstance(mine, str) and isinstance(octave, str) and mine == octave
    a, b = np.asarray(mine, dtype=complex).ravel(), np.asarray(octave, dtype=complex).ravel()
    return a.shape == b.shape and bool(np.all((a == b) | (np.isnan(a) & np.isnan(b))))


@pytest.mark.octave
def test_text_functions_agree_with_octave():
    cases = _differential_cases()
    batch = [(f"r = {statement};", inputs, ["r"]) for _, statement, inputs, _ in cases]
    results = run_octave(batch)
    mismatches = []
    for (name, statement, inputs, mine), got in zip(cases, results):
        assert not isinstance(got, Exception), (name, statement, inputs, got)
        value = mine()
        if not _same(value, got["r"]):
            mismatches.append((name, inputs, value, got["r"]))
    assert len(cases) >= 700
    assert not mismatches, f"{len(mismatches)} of {len(cases)} differ; first: {mismatches[:4]}"
