"""MATLAB strip, pad, erase, extractBefore/After, insertBefore/After, count, strlength,
reverse, splitlines, newline (compat.matlab.string_editing): the text kinds kept
(char, cell, string array), MATLAB's whitespace set, overlapping and ordered patterns,
positions and errors. Printed and evaluated values: golden suite matlab/string_editing."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError


def test_kinds_are_kept():
    s = np.array([["ab", "c"], ["def", "g"]])
    out = matlab.pad(s)
    assert isinstance(out, np.ndarray) and out.shape == (2, 2) and out[0, 1] == "c  "
    assert matlab.reverse(["ab", "cd"]) == ["ba", "dc"]
    assert matlab.strlength(s).shape == (2, 2)
    assert matlab.count("aaaa", "aa") == 2.0            # no overlap
    assert matlab.count("abcab", ["ab", "b"]) == 2.0    # ordered alternatives, once each
    assert matlab.count("ABab", "ab", "IgnoreCase", True) == 2.0


def test_whitespace_and_positions():
    assert matlab.strip("\xa0 a \u2003") == "a"          # Unicode whitespace
    assert matlab.strip("\x1c a \x1c") == "\x1c a \x1c"  # not whitespace in MATLAB
    assert matlab.extractbefore("abc", 1) == "" and matlab.extractafter("abc", 3) == ""
    assert matlab.extractbefore("abc", "zz") == ""
    assert matlab.insertbefore("abc", 1, "X") == "Xabc"
    assert matlab.splitlines("a\rb") == ["a", "b"]
    with pytest.raises(CompatValueError, match="outside the text"):
        matlab.extractbefore("abc", 5)
    with pytest.raises(CompatValueError, match="single character"):
        matlab.strip("abc", "ab")
    with pytest.raises(CompatValueError, match="one element per text"):
        matlab.extractafter(["a", "b", "c"], [1, 2])
