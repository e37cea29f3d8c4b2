"""sscanf and fscanf: MATLAB's recycled formats, against live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

# (text, format, sizeA) cases where Octave 7.3 and MATLAB's documentation agree
CASES = [
    ("3.7 4 abc", "%d", None), ("1,2,3", "%d,", None), ("10 20 x", "%f", None),
    ("1 2 3 4 5", "%f", "[2 Inf]"), ("1 2 3 4 5 6", "%f", "[2 2]"),
    ("ab 12", "%s %d", None), ("x=1.5 y=2", "x=%f y=%f", None),
    ("0x1A 010 9", "%i", None), ("ff 10", "%x", None), ("17 3", "%o", None),
    ("Inf -inf NaN 1e3 -2.5E-2", "%f", None), ("123456", "%2d", None),
    ("1 2 3", "%*d %d", None), (" a b", "%c", None), ("12abc", "%d%s", None),
    ("[1 2]", "[%d %d]", None), ("1 2 3 4", "%d", "3"), ("a1b2c3", "%c%d", None),
    ("abc123def", "%[a-z]%d", None), ("x;y;z", "%[^;];", None),
    ("  7\n  8\t9", "%g", None), ("1.5 2.5\n3.5", "%e", "[Inf]"),
]


def _size(text):
    return None if text is None else np.array([float(v) for v in
                                              text.strip("[]").split()])


@pytest.mark.octave
def test_sscanf_agrees_with_octave():
    statements = []
    for k, (text, fmt, size) in enumerate(CASES):
        size_arg = "" if size is None else f", {size}"
        statements.append((f"[A, count, msg, nx] = sscanf(t, f{size_arg}); "
                           "isc = ischar(A); if isc, A = double(A); end",
                           {"t": text, "f": fmt}, ["A", "count", "nx", "isc"]))
    got = run_octave(statements)
    for (text, fmt, size), theirs in zip(CASES, got):
        A, count, message, nextindex = matlab.sscanf(text, fmt, _size(size), nargout=4)
        if theirs["isc"].item():
            assert isinstance(A, str), (text, fmt)
            assert [ord(c) for c in A] == np.ravel(theirs["A"]).tolist(), (text, fmt)
        else:
            expected = theirs["A"]
            if expected.size == 0:
                assert A.size == 0, (text, fmt, A)
            else:
                np.testing.assert_array_equal(A, expected, err_msg=f"{text!r} {fmt!r}")
        assert count == theirs["count"].item(), (text, fmt)
        assert nextindex == theirs["nx"].item(), (text, fmt)


def test_int64_conversions_are_exact_as_matlab_documents():
    """MATLAB: %ld gives int64 (Octave 7.3 returns double 9007199254740992: divergence)."""
    A = matlab.sscanf("9007199254740993 -5", "%ld")
    assert A.dtype == np.int64 and A.ravel().tolist() == [9007199254740993, -5]
    assert matlab.sscanf("18446744073709551615", "%lu").dtype == np.uint64


def test_fscanf_advances_the_file(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("1 2\n3 4\nname: rest of line\n")
    fid = matlab.fopen(str(path))
    A, count = matlab.fscanf(fid, "%d %d", [2, np.inf], nargout=2)
    np.testing.assert_array_equal(A, [[1, 3], [2, 4]])
    assert count == 4 and matlab.feof(fid) == 0.0
    assert matlab.fscanf(fid, "%s", 1) == "name:"
    assert matlab.fgetl(fid) == " rest of line"
    matlab.fclose(fid)


@pytest.mark.parametrize("call,error,message", [
    (lambda: matlab.sscanf(["a"], "%d"), TypeError, "^sscanf: First argument must be"),
    (lambda: matlab.sscanf("1", "abc"), ValueError, "^sscanf: formatSpec must contain"),
    (lambda: matlab.sscanf("1", "%q"), ValueError, "^sscanf: Invalid format"),
    (lambda: matlab.fscanf(99, "%d"), ValueError, "^fscanf: Invalid file identifier"),
])
def test_bad_input(call, error, message):
    with pytest.raises(error, match=message):
        call()


# (text, format, N or None, name-value pairs) read by Octave and by compat
TEXTSCAN = [
    ("1,2.5,abc\n3,4,de\n", "%d %f %s", None, ("Delimiter", ",")),
    ("a b\n1 2\n3 4\n", "%f %f", None, ("HeaderLines", 1)),
    ("1,,3\n4,5,6\n", "%f %f %f", None, ("Delimiter", ",")),
    ("1,,3\n4,5,6\n", "%f %f %f", None, ("Delimiter", ",", "EmptyValue", -1)),
    ("% c\n1 2\n% d\n3 4\n", "%f %f", None, ("CommentStyle", "%")),
    ("1 2 3 4 5 6", "%f", 2, ()),
    ("1 2\n3 x\n5 6\n", "%f %f", None, ()),
    ('"a b",1\n"c",2\n', "%q %f", None, ("Delimiter", ",")),
    ("1 2 3\n4 5 6\n", "%f %*f %f", None, ()),
    ("x=1\nx=2\n", "x=%f", None, ()),
    ("1;;2\n", "%f", None, ("Delimiter", ";", "MultipleDelimsAsOne", 1)),
    ("NA 2\n3 4\n", "%f %f", None, ("TreatAsEmpty", "NA")),
    ("1.5 200\n-2 300\n", "%f32 %u8", None, ()),
    ("7\t8\n9\t10\n", "%d16 %d64", None, ("Delimiter", "\\t")),
    ("id name\n1 ann\n2 bob\n", "%d %s", None, ("HeaderLines", 1)),
]


def _octave_args(n, pairs):
    parts = [] if n is None else [str(n)]
    for value in pairs:
        parts.append(f"'{value}'" if isinstance(value, str) else str(value))
    return "".join(", " + p for p in parts)


@pytest.mark.octave
def test_textscan_agrees_with_octave():
    statements = []
    for k, (text, fmt, n, pairs) in enumerate(TEXTSCAN):
        statements.append((f"C = textscan(t, f{_octave_args(n, pairs)}); nc = numel(C); "
                           "for j = 1:nc, eval(sprintf('c%d = C{j};', j)); end; "
                           "for j = nc+1:4, eval(sprintf('c%d = 0;', j)); end",
                           {"t": text, "f": fmt}, ["nc", "c1", "c2", "c3"]))
    got = run_octave(statements)
    for (text, fmt, n, pairs), theirs in zip(TEXTSCAN, got):
        args = () if n is None else (n,)
        C = matlab.textscan(text, fmt, *args, *pairs)
        assert len(C) == theirs["nc"].item(), (text, fmt)
        for j, column in enumerate(C):
            expected = theirs[f"c{j + 1}"]
            if isinstance(column, list):
                assert column == [str(v) for v in np.ravel(expected)], (text, fmt, j)
            else:
                assert column.dtype == expected.dtype, (text, fmt, j, column.dtype)
                np.testing.assert_array_equal(column, expected, err_msg=f"{text!r} {j}")


def test_textscan_from_a_file_continues_where_it_stopped(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("# header\n1 2\n3 4\nEND\n5 6\n")
    fid = matlab.fopen(str(path))
    assert matlab.fgetl(fid) == "# header"
    first, position = matlab.textscan(fid, "%f %f", nargout=2)
    np.testing.assert_array_equal(np.hstack(first), [[1, 2], [3, 4]])
    assert matlab.fgetl(fid) == "END"
    rest = matlab.textscan(fid, "%f %f", "CollectOutput", True)
    np.testing.assert_array_equal(rest[0], [[5, 6]])
    matlab.fclose(fid)


@pytest.mark.parametrize("seed", range(8))
def test_textscan_numeric_fast_path_equals_the_field_reader(seed):
    """The whole-table numpy path gives the field-by-field reader's columns, bit for bit
    (TreatAsEmpty with a word absent from the text forces the field reader)."""
    rng = np.random.default_rng(seed)
    rows, width = int(rng.integers(1, 40)), int(rng.integers(1, 5))
    values = rng.standard_normal((rows, width)) * 10.0 ** rng.integers(-5, 6)
    delimiter = [None, ",", ";", "\t"][seed % 4]
    sep = " " if delimiter is None else delimiter
    text = "\n".join(sep.join(repr(float(v)) for v in row) for row in values)
    text += " 7.5" if seed % 3 == 0 and delimiter is None else ""   # a partial last row
    codes = [["%f", "%f32", "%d", "%u8", "%*f"][int(c)] for c in rng.integers(0, 5, width)]
    if all(c == "%*f" for c in codes):
        codes[0] = "%f"
    fmt = " ".join(codes)
    pairs = () if delimiter is None else ("Delimiter", "\\t" if delimiter == "\t" else delimiter)
    fast = matlab.textscan(text, fmt, *pairs)
    slow = matlab.textscan(text, fmt, *pairs, "TreatAsEmpty", "zzz")
    assert len(fast) == len(slow)
    for a, b in zip(fast, slow):
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()


def test_sscanf_reads_a_char_matrix_in_column_order_and_refuses_numbers():
    """MATLAB's sscanf page: 'If str is a character array with more than one row, sscanf
    reads the characters in column order' ('1 3'; '2 4' is '12  34'; Octave 7.3 agrees)."""
    np.testing.assert_array_equal(matlab.sscanf(np.array(["1 3", "2 4"]), "%d"), [[12], [34]])
    with pytest.raises(TypeError, match="^sscanf: First argument must be a text scalar"):
        matlab.sscanf(5, "%d")
    with pytest.raises(TypeError, match="^sscanf: First argument must be a text scalar"):
        matlab.sscanf(np.array(["ab", "c"]), "%s")


def test_textscan_numbers_end_where_their_characters_end():
    """A number is the longest numeric prefix of its field; the rest starts the next
    field or matches the next literal (MATLAB Answers 307349's '(%f, %d, %d)' format)."""
    C = matlab.textscan("12abc 3def", "%d%s")
    np.testing.assert_array_equal(C[0], np.array([[12], [3]], np.int32))
    assert C[1] == ["abc", "def"]
    C = matlab.textscan("(3.5,1,0) (0,2.25,0)", "(%f, %d, %d) (%d, %f, %d)")
    assert [c.ravel().tolist() for c in C] == [[3.5], [1], [0], [0], [2.25], [0]]


def test_textscan_precision_stops_the_digits():
    """%N.Df reads at most D digits after the point; the rest is the next field (dpb's
    MATLAB session, MATLAB Answers 473938; Octave 7.3 rounds instead: divergent)."""
    np.testing.assert_array_equal(matlab.textscan("123.456", "%7.2f")[0], [[123.45], [6.0]])
    np.testing.assert_array_equal(matlab.textscan("1.23456E2", "%9.2f")[0], [[1.23], [45600]])
    np.testing.assert_array_equal(matlab.textscan("1.2E2 5", "%9.2f")[0], [[120.0], [5.0]])
