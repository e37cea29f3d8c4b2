"""MATLAB strread: textread on a string -- the same engine and options (checked against
textread on a file with the same text), the reference page's rules (a row without a
format, outputs per number, the newline padding rule), errors, and random numeric
strings against live Octave."""

from __future__ import annotations

import os
import tempfile

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave

S = "0.41 8.24 3.57 6.24 9.27"


def test_reference_page_examples():
    np.testing.assert_array_equal(matlab.strread(S), [[0.41, 8.24, 3.57, 6.24, 9.27]])
    outs = matlab.strread(S, nargout=5)
    assert [float(o.reshape(())) for o in outs] == [0.41, 8.24, 3.57, 6.24, 9.27]
    np.testing.assert_array_equal(matlab.strread(S, "%4.2f", 3), [[0.41], [8.24], [3.57]])
    np.testing.assert_array_equal(matlab.strread(S, "%3.1f %*1d"),
                                  [[0.4], [8.2], [3.5], [6.2], [9.2]])
    a, b, c = matlab.strread("5,7,1,9\n", "%d%d%d", "delimiter", ",", "emptyvalue", np.nan)
    np.testing.assert_array_equal(a, [[5.0], [9.0]])
    np.testing.assert_array_equal(b, [[7.0], [np.nan]])
    np.testing.assert_array_equal(c, [[1.0], [np.nan]])
    a, b, c = matlab.strread("5,7,1,9", "%d%d%d", "delimiter", ",", "emptyvalue", np.nan)
    assert a.shape == (2, 1) and b.shape == (1, 1) and c.shape == (1, 1)
    assert a.dtype == np.float64                        # %d reads double, as textread


@pytest.mark.parametrize("text, args", [
    ("abc 1 def 2\nghi 3 jkl 4\n", ("%s %f %s %d",)),
    ("x;1;;y;2;3\n", ("%s%f%f", "delimiter", ";")),
    ("Level1 12.5\nLevel2 7\n", ("Level%d %f",)),
    ("1 2 3\n4 5 6\n% note\n7 8 9\n", ("%f %*f %f", "commentstyle", "matlab")),
    ("1 2 3 4 5 6\n", ("%f %f", 2)),
])
def test_same_as_textread_on_a_file(text, args):
    path = os.path.join(tempfile.mkdtemp(), "s.txt")
    with open(path, "w") as f:
        f.write(text)
    got = matlab.strread(text, *args)
    want = matlab.textread(path, *args)
    for g, w in zip(got if isinstance(got, tuple) else (got,),
                    want if isinstance(want, tuple) else (want,)):
        if isinstance(w, list):
            assert g == w
        else:
            np.testing.assert_array_equal(g, w)


def test_empty_format_lines_and_count():
    np.testing.assert_array_equal(matlab.strread("1 2\n3 4\n5 6", ""), [[1, 2], [3, 4], [5, 6]])
    np.testing.assert_array_equal(matlab.strread("1 2\n3 4\n5 6", "", 2), [[1, 2], [3, 4]])
    np.testing.assert_array_equal(matlab.strread("1,,3", "", "delimiter", ","), [[1, 0, 3]])
    np.testing.assert_array_equal(matlab.strread("1,,3", "%f", "delimiter", ","),
                                  [[1.0], [0.0], [3.0]])    # emptyvalue 0 by default
    x = matlab.strread("1 2 3", "%f", np.array([2], dtype=">i4"))
    np.testing.assert_array_equal(x, [[1.0], [2.0]])


def test_errors():
    with pytest.raises(CompatTypeError, match="^strread: STR must be a character vector"):
        matlab.strread(5)
    with pytest.raises(CompatValueError, match="^strread: Trouble reading number"):
        matlab.strread("1 2 x 4", "%f")
    with pytest.raises(CompatValueError, match="^strread: Number of outputs must match"):
        matlab.strread("1 2", "%f %f", nargout=3)
    with pytest.raises(CompatValueError, match="^strread: Unknown option"):
        matlab.strread("1 2", "%f", "delimitr", ",")
    with pytest.raises(CompatValueError, match="^strread: Param/value pairs"):
        matlab.strread("1 2", "%f", "delimiter")


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_numeric_strings_against_octave():
    rng = np.random.default_rng(31)
    cases, ours = [], []
    for _ in range(6):
        k = int(rng.integers(1, 4))
        rows = int(rng.integers(1, 6))
        values = np.round(rng.normal(size=(rows, k)) * 100, int(rng.integers(0, 4)))
        text = "\n".join(" ".join(repr(float(v)) for v in row) for row in values)
        fmt = " ".join(["%f"] * k)
        outs = ", ".join(f"o{j}" for j in range(k))
        cases.append((f"[{outs}] = strread('{text}', '{fmt}');".replace("\n", "\\n")
                      .replace("strread('", "strread(sprintf('").replace("', '%", "'), '%"),
                      {}, [f"o{j}" for j in range(k)]))
        got = matlab.strread(text, fmt, nargout=k)
        ours.append(got if isinstance(got, tuple) else (got,))
    results = run_octave(cases, setup="warning('off', 'all');")
    for res, mine in zip(results, ours):
        for j, column in enumerate(mine):
            np.testing.assert_array_equal(np.asarray(res[f"o{j}"], dtype=float)
                                          .reshape(column.shape), column)
