"""Char matrices and string arrays in MATLAB's formatting engine, and field widths from
the data.

compat's char matrix is a numpy ``str`` array (``class`` answers 'char'): sprintf,
fprintf, num2str, int2str and mat2str read it as ONE char array, column by column, as
MATLAB reads every array (MathWorks' ``sprintf`` page: "formats the values in A1,...,An
in column order"); GNU Octave 7.3 prints the same (golden suite
``matlab/sprintf_char_matrix``, and a live check below). A MATLAB string array is a numpy
``StringDType`` array: one text per element; a string ``formatSpec`` gives a string
("If formatSpec is a string, then so is the output str. Otherwise, str is a character
vector", same page).

Field widths and precisions are C ints: beyond INT_MAX (2^31 - 1), written or taken by
``*`` from the data, they are refused before any text is built (the old code built
them: one fuzz draw had the process killed). The old-code check runs in a subprocess
under an address-space limit, so it cannot take the machine's memory.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

from compat import CompatValueError, matlab
from oracles import run_octave

STRING = np.dtypes.StringDType()


# ------------------------------------------------------------------ char matrices
@pytest.mark.parametrize("fmt, args, expected", [
    # values printed by GNU Octave 7.3 (octave-cli, 2026-12-06), which reads a char
    # matrix as MATLAB does: column by column
    ("%s", [np.array(["ab", "cd"])], "acbd"),
    ("%d ", [np.array(["ab", "cd"])], "97 99 98 100 "),
    ("%s|%s", [np.array(["ab", "cd"]), "xy"], "acbd|xy"),
    ("%c-", [np.array(["ab", "cd"])], "a-c-b-d-"),
    ("%d %s|", [5, np.array(["ab", "cd"])], "5 acbd|"),
    # a (rows, columns) array of single characters is the same char matrix
    ("%s", [np.array([["a", "b"], ["c", "d"]])], "acbd"),
    # a one-row char matrix is a char row; a 0-d str array too
    ("%s!", [np.array(["abc"])], "abc!"),
    ("%s!", [np.array("abc")], "abc!"),
    ("[%s]", [np.array([], dtype=str)], "[]"),
])
def test_char_matrix_is_read_column_by_column(fmt, args, expected):
    assert matlab.sprintf(fmt, *args) == expected


def test_char_matrix_any_layout_and_not_modified():
    rows = np.array(["abc", "def"])
    for a in (rows.astype(">U3"), np.asfortranarray(np.array([list("abc"), list("def")])),
              np.array(["abc", "xxx", "def"])[::2]):
        before = a.copy()
        assert matlab.sprintf("%s", a) == "adbecf"
        np.testing.assert_array_equal(a, before)
    a = np.array(["ab", "cd"])
    a.setflags(write=False)
    assert matlab.sprintf("%c", a) == "acbd"


def test_char_matrix_rows_must_have_equal_length():
    with pytest.raises(TypeError, match="sprintf: a char matrix .* rows of equal length"):
        matlab.sprintf("%s", np.array(["ab", "c"]))


def test_char_matrix_in_callers():
    x = np.array(["ab", "cd"])
    out = matlab.num2str(x)               # char input comes back as it is (Octave 7.3)
    assert out.tolist() == ["ab", "cd"] and out is not x
    assert matlab.int2str(x).tolist() == ["ab", "cd"]
    # MathWorks' mat2str.m rule for char (rows quoted, quotes doubled, ';' between rows)
    assert matlab.mat2str(np.array(["a'", "cd"])) == "['a''';'cd']"
    assert matlab.mat2str(np.array([["a", "b"], ["c", "d"]])) == "['ab';'cd']"
    assert matlab.mat2str(np.array(["abc"])) == "'abc'"
    assert matlab.sprintf(np.array(["%d-"]), [1, 2]) == "1-2-"   # a char row format: char


def test_fprintf_char_matrix(capsys):
    assert matlab.fprintf("%s\n", np.array(["ab", "cd"]), nargout=1) == 5.0
    assert capsys.readouterr().out == "acbd\n"


# ------------------------------------------------------------------- string arrays
def test_string_array_is_one_text_per_element_in_column_order():
    s = np.array([["ab", "c"], ["de", "fgh"]], dtype=STRING)
    assert matlab.sprintf("%s|", s) == "ab|de|c|fgh|"
    # MathWorks' sprintf page: a string among the data is text like a char vector
    assert matlab.sprintf("The current time is: %d:%d %s", 2, 35,
                          np.array("p.m.", dtype=STRING)) == "The current time is: 2:35 p.m."


def test_string_format_gives_string():
    out = matlab.sprintf(np.array(["%d:%d"], dtype=STRING), 11, 20)
    assert out.dtype == STRING and out.shape == (1,) and out.tolist() == ["11:20"]
    out = matlab.sprintf(np.array("%s", dtype=STRING), np.array(["ab", "cd"]))
    assert out.dtype == STRING and out.shape == () and str(out) == "acbd"


def test_multirow_format_is_refused():
    with pytest.raises(TypeError, match="formatSpec must be a character vector or string"):
        matlab.sprintf(np.array(["%d", "%s"]), 1)


# --------------------------------------------------------------- widths from data
def test_negative_star_width_and_precision_follow_c():
    # ISO C 7.21.6.1: a negative * width is '-' and its magnitude, a negative *
    # precision is no precision (GNU Octave 7.3 refuses both: recorded divergence)
    assert matlab.sprintf("[%*d]", -5, 3) == "[3    ]"
    assert matlab.sprintf("[%.*f]", -2, np.pi) == "[3.141593]"     # was a TypeError
    assert matlab.sprintf("[%-*.*f]", -9, -1, 0.5) == "[0.500000 ]"
    assert matlab.sprintf("[%1$*2$d]", 3, -4) == "[3   ]"


@pytest.mark.parametrize("args, message", [
    (("[%*d]", 2.0 ** 31, 3), "invalid field width 2147483648"),
    (("[%*d]", -(2.0 ** 31), 3), "invalid field width -2147483648"),
    (("[%.*f]", 2.0 ** 31, 3), "invalid precision 2147483648"),
    (("[%9000000000d]", 3), "invalid field width 9000000000"),
    (("[%.9000000000f]", 3), "invalid precision 9000000000"),
    (("[%1$*2$d]", 3, 2.0 ** 40), "invalid field width 1099511627776"),
    (("[%*d]", np.int64(2 ** 62), 3), "invalid field width 4611686018427387904"),
])
def test_widths_beyond_int_are_refused(args, message):
    with pytest.raises(CompatValueError, match=r"sprintf: " + message +
                       r", must be an integer of magnitude <= INT_MAX \(2147483647\)"):
        matlab.sprintf(*args)


@pytest.mark.parametrize("value", [np.nan, np.inf, -np.inf, 2.5])
def test_star_values_that_are_not_integers(value):
    with pytest.raises(CompatValueError, match="sprintf: field width and precision given "
                       "by \\* must be integer values"):
        matlab.sprintf("[%*d]", value, 3)
    # numbered * values end the output there, as other unusable numbered values do
    assert matlab.sprintf("<%1$*2$d>", 3, np.nan) == "<"


def test_huge_widths_refused_without_allocating():
    """In a child process limited to 3 GB of address space: the new code raises the
    CompatValueError (the old one built a 9 GB text, or died with MemoryError)."""
    code = textwrap.dedent("""
        import resource
        limit = 3 * 1024 ** 3
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
        from compat import CompatValueError, matlab
        for args in (("%9000000000d", 1), ("%*d", 9e9, 1), ("%.*f", 4e9, 1.0),
                     ("%4294967306s", "hi")):
            try:
                matlab.sprintf(*args)
            except CompatValueError as error:
                print("refused", error)
            except MemoryError:
                print("MemoryError")
            else:
                print("built")
    """)
    env = dict(os.environ, OMP_NUM_THREADS="1", OPENBLAS_NUM_THREADS="1")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=env, timeout=300)
    lines = result.stdout.splitlines()
    assert result.returncode == 0 and len(lines) == 4, result.stderr[-2000:]
    assert all(line.startswith("refused sprintf: invalid ") for line in lines), lines


# ------------------------------------------------------------ live Octave oracle
@pytest.mark.octave
def test_char_matrices_agree_with_octave():
    """Random char matrices (1-3 rows, 0-4 columns of printable characters) through
    random formats of text and integer conversions, in one octave-cli."""
    rng = np.random.default_rng(1706)
    formats = ("%s", "%s|", "%c", "%c,", "%d ", "%x.", "%s-%d;", "%3c", "%-4s|",
               "%.1s/", "%5.2s", "%d%s\\n", "[%c%c]")
    cases = []
    for _ in range(300):
        rows, columns = int(rng.integers(1, 4)), int(rng.integers(0, 5))
        chars = rng.integers(32, 127, size=(rows, columns))
        text = np.array(["".join(chr(int(c)) for c in row) for row in chars])
        extra = [] if rng.random() < 0.5 else [np.array([[float(rng.integers(0, 99))]])]
        cases.append((formats[rng.integers(len(formats))], [text] + extra, chars))
    n = len(cases)
    F = np.empty((1, n), dtype=object)
    V = np.empty((1, n), dtype=object)
    for k, (fmt, args, chars) in enumerate(cases):
        F[0, k] = fmt
        cell = np.empty((1, len(args)), dtype=object)
        # the char matrix as its codes, made char in Octave (an empty one stays rows x 0)
        cell[0, 0] = chars.astype(np.float64)
        for j, a in enumerate(args[1:], start=1):
            cell[0, j] = a
        V[0, k] = cell
    statements = ("R = cell(1, numel(F)); for k = 1:numel(F), v = V{k}; v{1} = "
                  "char(v{1}); R{k} = double(sprintf(F{k}, v{:})); end")
    result, = run_octave([(statements, {"F": F, "V": V}, ["R"])])
    assert not isinstance(result, Exception), result
    mismatches = []
    for (fmt, args, _), r in zip(cases, result["R"].ravel()):
        got = "".join(chr(int(c)) for c in np.ravel(r))
        mine = matlab.sprintf(fmt, *args)
        if mine != got:
            mismatches.append((fmt, args, mine, got))
    assert not mismatches, f"{len(mismatches)} of {n} differ: {mismatches[:5]}"
