"""IDL RSTRPOS: the last match ending before Pos by brute force, rstrpos.pro's INT
result and shapes, errors, untouched inputs, and random strings against IDL's steps run
by live GDL (ref_rstrpos.pro of the golden suite)."""

from __future__ import annotations

import math
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

SUITE = Path(__file__).resolve().parents[1] / "reference_outputs" / "idl" / "reverse_search"


def _brute(text, sub, pos=None):
    """The largest j with text[j:j+m] == sub and j + m <= end (end = len, or the
    truncated start rule of rstrpos.pro for a Pos)."""
    n, m = len(text), len(sub)
    if pos is None:
        end = n
    else:
        start = math.trunc(n - pos)
        if start > n:
            return -1
        end = n - max(start, 0)
    best = -1
    for j in range(0, n - m + 1):
        if j + m <= end and text[j:j + m] == sub:
            best = j
    return best


@pytest.mark.parametrize("text, sub, pos, expected", [
    ("Holy smokes, Batman!", "smokes", None, 5),       # rstrpos.pro's own example
    ("abcabc", "bc", None, 4), ("abcabc", "bc", 5, 1), ("abcabc", "bc", 6, 4),
    ("abcabc", "bc", 3, 1), ("abcabc", "bc", 2, -1), ("abcabc", "bc", 0, -1),
    ("abcabc", "bc", -1, -1), ("abcabc", "bc", 99, 4), ("aaaaa", "aa", None, 3),
    ("aaaaa", "aa", 4, 2), ("ab", "abc", None, -1), ("", "a", None, -1),
])
def test_by_hand(text, sub, pos, expected):
    got = idl.rstrpos(text, sub, pos)
    assert type(got) is np.int16
    assert got == expected == _brute(text, sub, pos)


def test_random_against_brute_force():
    rng = np.random.default_rng(115)
    for _ in range(400):
        text = "".join(rng.choice(list("ab."), int(rng.integers(0, 12))))
        sub = "".join(rng.choice(list("ab."), int(rng.integers(1, 4))))
        pos = None if rng.random() < 0.3 else int(rng.integers(-3, 16))
        assert idl.rstrpos(text, sub, pos) == _brute(text, sub, pos), (text, sub, pos)


def test_differs_from_strpos_reverse_search_with_pos():
    """STRPOS(/REVERSE_SEARCH) takes a match *starting* at or before Pos; RSTRPOS one
    *ending* at or before it."""
    assert idl.strpos("abcabc", "bc", 5, reverse_search=True) == 4
    assert idl.rstrpos("abcabc", "bc", 5) == 1
    assert idl.strpos("abcabc", "bc", reverse_search=True) == idl.rstrpos("abcabc", "bc")


def test_arrays_shapes_and_types():
    a = np.array([["a.b.c", "abc", "x."], ["..", "", ".x.y"]])
    got = idl.rstrpos(a, ".")
    assert got.dtype == np.int16 and got.shape == (2, 3)
    np.testing.assert_array_equal(got, [[3, -1, 1], [1, -1, 2]])
    one = idl.rstrpos(np.array(["dir/sub/x"]), "/")
    assert one.shape == (1,) and one[0] == 7
    assert idl.rstrpos(np.array([b"dir/sub/x", b"a"], dtype=object), b"/").tolist() == [7, -1]
    assert idl.rstrpos("a/b", np.array(["/"])) == 1
    assert idl.rstrpos("abcabc", "bc", np.float32(4.7)) == 1     # start trunc(6 - 4.7) = 1
    assert idl.rstrpos("abcabc", "bc", 2.5) == 1                  # start trunc(3.5) = 3


def test_untouched_read_only_input():
    a = np.array(["x.y.z", "..."])
    a.setflags(write=False)
    before = a.copy()
    idl.rstrpos(a, ".", 3)
    np.testing.assert_array_equal(a, before)


def test_errors():
    with pytest.raises(TypeError, match="RSTRPOS: Expr must be a string"):
        idl.rstrpos(5, "a")
    with pytest.raises(TypeError, match="RSTRPOS: SubStr must be a string"):
        idl.rstrpos("abc", 5)
    with pytest.raises(ValueError, match="RSTRPOS: Second argument must be a scalar or one "
                                         "element array: SubStr."):
        idl.rstrpos("abc", ["a", "b"])
    with pytest.raises(ValueError, match="RSTRPOS: SubStr must not be empty"):
        idl.rstrpos("abc", "")
    with pytest.raises(ValueError, match="RSTRPOS: Pos must be a scalar"):
        idl.rstrpos("abc", "a", [1, 2])
    with pytest.raises(TypeError, match="RSTRPOS: Pos must be a number"):
        idl.rstrpos("abc", "a", "1")
    with pytest.raises(ValueError, match="RSTRPOS: Pos must be finite"):
        idl.rstrpos("abc", "a", float("nan"))


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_strings_against_gdl():
    """IDL's steps (ref_rstrpos.pro: reverse, STRPOS from strlen - Pos, map back) run by
    GDL on random strings, positions and arrays: equal INT results."""
    rng = np.random.default_rng(1150)
    cases, ours = [], {}
    for k in range(60):
        n = int(rng.integers(1, 4))
        texts = ["".join(rng.choice(list("ab/"), int(rng.integers(1, 10)))) for _ in range(n)]
        sub = "".join(rng.choice(list("ab/"), int(rng.integers(1, 3))))
        pos = None if k % 4 == 0 else int(rng.integers(-2, 12))
        expr = ("[" + ", ".join(f"'{t}'" for t in texts) + "]") if n > 1 else f"'{texts[0]}'"
        args = f"{expr}, '{sub}'" + ("" if pos is None else f", {pos}")
        cases.append((f"c{k}", {}, f"ref_rstrpos({args})"))
        ours[f"c{k}"] = idl.rstrpos(np.array(texts) if n > 1 else texts[0], sub, pos)
    with tempfile.TemporaryDirectory() as tmp:
        shutil.copy(SUITE / "ref_rstrpos.pro", tmp)
        results = run_gdl(cases, workdir=tmp)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == np.int16, name
        np.testing.assert_array_equal(np.ravel(value), np.ravel(got), err_msg=name)
