"""MATLAB string arrays (numpy ``StringDType``) through the text functions.

compat._core.matlab_text: a numpy ``StringDType`` array is a MATLAB string array, one
text per element; a function given a string array returns a string array of the same
shape (text results) or a numeric/logical array of that shape, and a ``<missing>``
element (the dtype's ``na_object``) follows each function's reference page.

GNU Octave 7.3 has no string class, so the property tests check the MATLAB rule that
makes a string array element-wise: each element's result equals the function on that
element as a char row (the char-row results are the ones the golden suites check
against Octave); MathWorks' printed examples are goldens in
reference_outputs/matlab/string_arrays.
"""

import numpy as np
import pytest

from compat import matlab

STRING = np.dtypes.StringDType()
MISSING = np.dtypes.StringDType(na_object=np.nan)
ALPHABET = list("ab c,\tAB-x")


def _random_strings(rng, shape):
    n = int(np.prod(shape))
    words = ["".join(rng.choice(ALPHABET, size=int(rng.integers(0, 8)))) for _ in range(n)]
    return np.array(words, dtype=STRING).reshape(shape)


# function name -> call on one text; every one maps a text to a text
TEXT_TO_TEXT = {
    "strtrim": lambda t: matlab.strtrim(t),
    "deblank": lambda t: matlab.deblank(t),
    "upper": lambda t: matlab.upper(t),
    "lower": lambda t: matlab.lower(t),
    "strrep": lambda t: matlab.strrep(t, "a", "XY"),
    "replace": lambda t: matlab.replace(t, ["a", "b "], "_"),
    "erase": lambda t: matlab.erase(t, "b"),
    "strip": lambda t: matlab.strip(t),
    "strip_left": lambda t: matlab.strip(t, "left", "a"),
    "reverse": lambda t: matlab.reverse(t),
    "pad": lambda t: matlab.pad(t, 9, "both", "*"),
    "extractbefore": lambda t: matlab.extractbefore(t, 1),
    "extractafter": lambda t: matlab.extractafter(t, ""),
    "insertbefore": lambda t: matlab.insertbefore(t, "b", "<"),
    "insertafter": lambda t: matlab.insertafter(t, 0, ">"),
    "regexprep": lambda t: matlab.regexprep(t, "a(.)", "<$1>"),
    "strjust": lambda t: matlab.strjust(t, "center"),
}

TEXT_TO_NUMBER = {
    "strlength": lambda t: matlab.strlength(t),
    "count": lambda t: matlab.count(t, "a"),
    "contains": lambda t: matlab.contains(t, ["b", "x"]),
    "contains_ignorecase": lambda t: matlab.contains(t, "AB", "IgnoreCase", True),
    "startswith": lambda t: matlab.startswith(t, "a"),
    "endswith": lambda t: matlab.endswith(t, ["c", ""]),
    "strcmp": lambda t: matlab.strcmp(t, "ab"),
    "strcmpi": lambda t: matlab.strcmpi(t, "AB"),
    "strncmp": lambda t: matlab.strncmp(t, "a", 1),
}


@pytest.mark.parametrize("name", sorted(TEXT_TO_TEXT))
def test_text_functions_map_each_element_and_return_a_string_array(name):
    f = TEXT_TO_TEXT[name]
    rng = np.random.default_rng(17801)
    for shape in [(1,), (4,), (2, 3), (3, 1), (0,), (2, 0), ()]:
        s = _random_strings(rng, shape)
        got = f(s)
        assert isinstance(got, np.ndarray) and got.dtype.kind == "T", (name, shape)
        assert got.shape == s.shape, (name, shape)
        expected = [f(str(t)) for t in s.ravel().tolist()]
        assert got.ravel().tolist() == expected, (name, shape)
        assert all(isinstance(v, str) for v in expected)


@pytest.mark.parametrize("name", sorted(TEXT_TO_NUMBER))
def test_text_tests_give_arrays_of_the_string_arrays_shape(name):
    f = TEXT_TO_NUMBER[name]
    rng = np.random.default_rng(17802)
    for shape in [(1,), (5,), (2, 3), (0,)]:
        s = _random_strings(rng, shape)
        got = f(s)
        assert isinstance(got, np.ndarray) and got.shape == s.shape, (name, shape)
        expected = [f(str(t)) for t in s.ravel().tolist()]
        assert got.ravel().tolist() == [bool(e) if got.dtype == bool else float(e)
                                        for e in expected], (name, shape)


def test_the_callers_array_is_not_changed_and_its_na_object_is_kept():
    s = np.array(["  a ", np.nan, "b"], dtype=MISSING)
    s.flags.writeable = False
    got = matlab.upper(s)
    assert got.dtype == s.dtype                # StringDType(na_object=nan)
    assert got[0] == "  A " and got[2] == "B" and np.isnan(got[1])
    assert s[0] == "  a "


def test_missing_elements_follow_the_reference_pages():
    s = np.array(["ab ", np.nan, ""], dtype=MISSING)
    # text to text: <missing> stays missing
    for f in (matlab.strtrim, matlab.lower, matlab.reverse,
              lambda x: matlab.replace(x, "a", "b"), lambda x: matlab.strrep(x, "a", "")):
        got = f(s)
        assert got.dtype.kind == "T" and np.isnan(got[1]) and isinstance(got[0], str)
    # extractBefore/After: a pattern not found gives <missing> for a string array
    got = matlab.extractafter(np.array(["abc", "xyz"], dtype=STRING), "b")
    assert got[0] == "c" and np.isnan(got[1]) and got.dtype.na_object is not None
    assert matlab.extractafter(["abc", "xyz"], "b") == ["c", ""]     # a cell: ''
    got = matlab.pad(s)                        # the width of the longest non-missing
    assert got[0] == "ab " and np.isnan(got[1]) and got[2] == "   "
    # strlength of <missing> is NaN
    got = matlab.strlength(s)
    assert got[0] == 3 and np.isnan(got[1]) and got[2] == 0
    # a missing string matches no pattern and equals nothing, not even itself
    assert matlab.contains(s, "").tolist() == [True, False, True]
    assert matlab.startswith(s, "").tolist() == [True, False, True]
    assert matlab.strcmp(s, "nan").tolist() == [False, False, False]
    assert matlab.strcmp(s, s).tolist() == [True, False, True]
    # functions without a documented rule refuse it, naming the function
    with pytest.raises(TypeError, match=r"^strjoin: C holds a <missing> string"):
        matlab.strjoin(s)
    with pytest.raises(TypeError, match=r"^split: str holds a <missing> string"):
        matlab.split(s)


def test_split_strsplit_join_strjoin_strtok_shapes():
    one = np.array(["a b  c"], dtype=STRING)
    got = matlab.strsplit(one)                 # a string scalar -> a string array
    assert got.dtype.kind == "T" and got.tolist() == ["a", "b", "c"]
    got = matlab.split(one)                    # split's pieces go down: N-by-1
    assert got.dtype.kind == "T" and got.shape == (3, 1)
    assert got.ravel().tolist() == ["a", "b", "c"]
    column = np.array([["a-b"], ["c-d"], ["e-f"]], dtype=STRING)
    got = matlab.split(column, "-")            # M-by-1 -> M-by-N
    assert got.shape == (3, 2) and got.tolist() == [["a", "b"], ["c", "d"], ["e", "f"]]
    row = np.array([["a-b", "c-d"]], dtype=STRING)
    assert matlab.split(row, "-").shape == (1, 2, 2)        # 1-by-M -> 1-by-M-by-N
    got = matlab.join(np.array([["a", "b"], ["c", "d"]], dtype=STRING), "-")
    assert got.dtype.kind == "T" and got.shape == (2, 1)
    assert got.ravel().tolist() == ["a-b", "c-d"]
    got = matlab.join(np.array([["a"], ["b"]], dtype=STRING))   # the last non-1 dim
    assert got.shape == (1, 1) and got[0, 0] == "a b"
    got = matlab.strjoin(np.array(["x", "y"], dtype=STRING), ", ")
    assert got.dtype.kind == "T" and got.tolist() == ["x, y"]
    token, remain = matlab.strtok(np.array([" ab c", "d"], dtype=STRING), nargout=2)
    assert token.dtype.kind == "T" and token.tolist() == ["ab", "d"]
    assert remain.tolist() == [" c", ""]


def test_char_and_cell_results_unchanged():
    # a numpy str (U) array is char and a list a cell: not string arrays
    assert matlab.upper(np.array(["ab", "cd"])).dtype.kind == "U"
    assert matlab.strtrim([" a ", "b "]) == ["a", "b"]
    assert matlab.strsplit("a b") == ["a", "b"]
    assert matlab.strjoin(["a", "b"]) == "a b"


def test_conversions_read_each_element():
    s = np.array([["1.5", "x"], ["2,000", "-Inf"]], dtype=STRING)
    got = matlab.str2double(s)                 # was a single NaN for any string array
    assert got.shape == (2, 2)
    np.testing.assert_array_equal(got, [[1.5, np.nan], [2000.0, -np.inf]])
    rng = np.random.default_rng(17803)
    numbers = np.array([f"{v:.6g}" for v in rng.normal(size=6)], dtype=STRING)
    assert matlab.str2double(numbers).tolist() == [matlab.str2double(str(t))
                                                   for t in numbers.tolist()]
    assert np.isnan(matlab.str2double(np.array(["1", np.nan], dtype=MISSING))[1])
    assert matlab.cellstr(s) == [["1.5", "x"], ["2,000", "-Inf"]]
    assert matlab.cellstr(np.array(["a", np.nan], dtype=MISSING)) == ["a", ""]
    got = matlab.char(np.array(["ab", "c"], dtype=STRING))     # rows padded: char
    assert got.dtype.kind == "U" and got.tolist() == ["ab", "c "]


def test_strcat_with_a_string_array_gives_a_string_array():
    got = matlab.strcat(np.array(["a ", "b"], dtype=STRING), "x")
    assert got.dtype.kind == "T" and got.tolist() == ["a x", "bx"]   # element kept
    got = matlab.strcat(["p", "q"], np.array(["a", np.nan], dtype=MISSING))
    assert got.dtype.kind == "T" and got[0] == "pa" and np.isnan(got[1])
    assert matlab.strcat(["a "], "b") == ["a b"]                     # cells unchanged


def test_sort_unique_ismember_rank_texts_as_the_cell_forms_do():
    rng = np.random.default_rng(17804)
    for shape in [(7,), (1, 6), (5, 1), (3, 4)]:
        s = _random_strings(rng, shape)
        cell = s.ravel(order="F").tolist()               # MATLAB's A(:) as a cell
        got = matlab.sort(s.ravel(order="F"))
        assert got.dtype.kind == "T" and got.tolist() == matlab.sort(cell)
        C, ia, ic = matlab.unique(s, nargout=3)
        C2, ia2, ic2 = matlab.unique(cell, nargout=3)
        assert C.dtype.kind == "T" and C.ravel().tolist() == C2
        np.testing.assert_array_equal(ia.ravel(), ia2)
        np.testing.assert_array_equal(ic.ravel(), ic2)
        lia, locb = matlab.ismember(s, cell[:3], nargout=2)
        assert lia.shape == s.shape
        lia2, locb2 = matlab.ismember(s.ravel().tolist(), cell[:3], nargout=2)
        np.testing.assert_array_equal(lia.ravel(), lia2)
        np.testing.assert_array_equal(locb.ravel(), locb2)


def test_missing_strings_sort_unique_and_match_as_nan():
    a = np.array(["b", np.nan, "a", np.nan], dtype=MISSING)
    got = matlab.sort(a)                                   # last when ascending
    assert got[:2].tolist() == ["a", "b"] and np.isnan(got[2]) and np.isnan(got[3])
    got = matlab.sort(a, "descend")                        # first when descending
    assert np.isnan(got[0]) and got[2:].tolist() == ["b", "a"]
    got = matlab.unique(a)                                 # each <missing> kept
    assert got[:2].tolist() == ["a", "b"] and got.size == 4
    assert matlab.ismember(a, a).tolist() == [True, False, True, False]


def test_regexp_on_string_scalars_and_arrays():
    s = np.array(["it is what it is"], dtype=STRING)
    # a string scalar answers as a char row (indices, not a cell)
    np.testing.assert_array_equal(matlab.regexp(s, "it"), matlab.regexp(str(s[0]), "it"))
    got = matlab.regexp(s, r"\w+", "match")                  # text outputs: strings
    assert got.dtype.kind == "T" and got.tolist() == matlab.regexp(str(s[0]), r"\w+", "match")
    got = matlab.regexp(s, " ", "split")
    assert got.dtype.kind == "T" and got.tolist() == ["it", "is", "what", "it", "is"]
    rng = np.random.default_rng(17805)
    a = _random_strings(rng, (2, 3))
    got = matlab.regexp(a, "a.", "match")                    # several: a cell of them
    assert len(got) == 2 and len(got[0]) == 3
    for i in range(2):
        for j in range(3):
            assert got[i][j].dtype.kind == "T"
            assert got[i][j].tolist() == matlab.regexp(str(a[i, j]), "a.", "match")
    got = matlab.regexprep(a, "a(.)", "<$1>")
    assert got.dtype.kind == "T" and got.shape == (2, 3)


def test_string_scalars_in_file_names_and_str2num():
    one = np.array(["/data/run1/result.mat"], dtype=STRING)
    parts = matlab.fileparts(one, nargout=3)            # it refused a string scalar
    assert [p.dtype.kind for p in parts] == ["T", "T", "T"]
    assert [p.tolist() for p in parts] == [["/data/run1"], ["result"], [".mat"]]
    assert tuple(matlab.fileparts(str(one[0]), nargout=3)) == ("/data/run1", "result", ".mat")
    got = matlab.fullfile(np.array(["a", "b"], dtype=STRING), "c.txt")
    assert got.dtype.kind == "T" and got.tolist() == ["a/c.txt", "b/c.txt"]
    np.testing.assert_array_equal(matlab.str2num(np.array(["[1 2; 3 4]"], dtype=STRING)),
                                  [[1.0, 2.0], [3.0, 4.0]])
    with pytest.raises(TypeError, match="character vector or string scalar"):
        matlab.str2num(np.array(["1", "2"], dtype=STRING))


@pytest.mark.parametrize("name", ["intersect", "union", "setdiff", "setxor"])
def test_set_operations_on_string_arrays_equal_the_cell_results(name):
    f = getattr(matlab, name)
    rng = np.random.default_rng(17806)
    for _ in range(20):
        a = np.array(rng.choice(["a", "b", "ab", "B", "", "c d"], size=int(rng.integers(1, 6))),
                     dtype=STRING)
        b = np.array(rng.choice(["a", "ab", "x", ""], size=int(rng.integers(1, 4))),
                     dtype=STRING)
        got = f(a, b, nargout=2)
        expected = f(a.tolist(), b.tolist(), nargout=2)
        assert got[0].dtype.kind == "T"
        assert got[0].tolist() == list(expected[0])
        np.testing.assert_array_equal(np.ravel(got[1]), np.ravel(expected[1]))


def test_number_bases_and_sscanf_read_string_arrays():
    rng = np.random.default_rng(17807)
    values = rng.integers(0, 2 ** 20, size=(2, 3))
    s = np.array([[format(int(v), "b") for v in row] for row in values], dtype=STRING)
    got = matlab.bin2dec(s)                      # one number per element, its shape
    assert got.shape == (2, 3)
    np.testing.assert_array_equal(got, values.astype(float))
    h = np.array([format(int(v), "x") for v in values.ravel()], dtype=STRING)
    np.testing.assert_array_equal(matlab.hex2dec(h), values.ravel().astype(float))
    np.testing.assert_array_equal(matlab.sscanf(np.array(["1 2 3"], dtype=STRING), "%d"),
                                  matlab.sscanf("1 2 3", "%d"))
