"""READCOL's parse of a clean F/D table straight from the file's bytes
(compat.idl.ascii._float_bytes) against the line-by-line reader (forced by a COMMENT
character absent from the file): the same bits, types, COUNT, NLINES and printed
messages, on edge texts (line ends, blank and white-space-only lines, short lines, NaN
and Infinity words, d exponents, signs, commas, trailing delimiters) and random tables."""

import numpy as np
import pytest

from compat import idl
from compat.idl import ascii as ascii_module

EDGE = [
    "1 2\n3 4\n", "1 2\n3 4", "1 2\n3 4\n\n", "\n1 2\n3 4\n", "1 2\n\n3 4\n",
    "1 2\n \t \n3 4\n", "1 2\n\xa0\n3 4\n", "1 2\n\x1f\n3 4\n", "1 2\r\n3 4\r\n",
    "1 2\r3 4\r", "1 2\x0c3 4\n", "1 2\x0b3 4\n", "1 2\x853 4\n", "1 2\x1c3 4\n",
    "1\n2 3\n", "1 2 3\n4 5\n", "1,2\n3,4,\n", "1, 2\n,3 ,4\n", "1 2,\n3 4,\n",
    "NaN Infinity\ninf +nan\n", "-Infinity 1\n2 3\n", "1.5d3 -2D-2\n1e1 2E+2\n", "+1 -0\n.5 5.\n",
    "1 x\n3 4\n", "1 2\n3 4 junk\n", "1e 2\n3 4\n", "1--2 3\n4 5\n", "\n", " ", "7\n",
    "1e400 -1e-400\n4.9e-324 2.2250738585072014e-308\n",
]


def _both(tmp_path, text, fmt, capsys):
    path = tmp_path / "t.dat"
    path.write_bytes(text.encode("latin-1"))
    try:
        fast = idl.readcol(str(path), fmt, count=True, nlines=True)
    except Exception as error:  # noqa: BLE001 - compared with the line reader's
        fast = ("raised", type(error), str(error))
    fast_out = capsys.readouterr()
    try:
        slow = idl.readcol(str(path), fmt, count=True, nlines=True, comment="@")
    except Exception as error:  # noqa: BLE001
        slow = ("raised", type(error), str(error))
    slow_out = capsys.readouterr()
    assert (fast_out.out, fast_out.err) == (slow_out.out, slow_out.err)
    return fast, slow


def _same(fast, slow):
    if type(slow) is tuple or type(fast) is tuple:  # an error: the same error
        assert type(fast) is tuple and type(slow) is tuple and fast == slow
        return
    assert (fast.count, fast.nlines) == (slow.count, slow.nlines)
    a = fast.result if isinstance(fast.result, tuple) else (fast.result,)
    b = slow.result if isinstance(slow.result, tuple) else (slow.result,)
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()


@pytest.mark.parametrize("fmt", ["F,F", "D,F", "X,D", "F"])
@pytest.mark.parametrize("text", EDGE)
def test_bytes_path_equals_the_line_reader(tmp_path, capsys, text, fmt):
    _same(*_both(tmp_path, text, fmt, capsys))


def _equal_or_none(a, b):
    """a (the bytes path) is b (the line path), or None (then readcol takes the lines)."""
    if a is not None:
        assert b is not None
        assert a[1] == b[1] and len(a[0]) == len(b[0])
        for x, y in zip(a[0], b[0]):
            assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()


@pytest.mark.parametrize("codes", [["F", "F"], ["D", "F"], ["X", "D"], ["F"], ["F", "A"]])
@pytest.mark.parametrize("text", EDGE)
def test_bytes_path_equals_the_one_pass_line_path(text, codes):
    """Signed Infinity included: all three paths read it (tests/test_idl_readcol_strnumber.py)."""
    data = text.encode("latin-1")
    lines = data.decode("latin-1").splitlines()
    kept = [i for i, c in enumerate(codes) if c != "X"]
    types = [ascii_module._TYPES[codes[i]] for i in kept]
    _equal_or_none(ascii_module._float_bytes(data, codes),
                   ascii_module._float_table(lines, codes, kept, types, None, None, None,
                                             False, True) if lines else None)


def test_bytes_path_is_taken_for_a_clean_table(tmp_path, monkeypatch):
    path = tmp_path / "t.dat"
    path.write_text("1 2\n3 4\n")
    calls = []
    original = ascii_module._float_bytes
    monkeypatch.setattr(ascii_module, "_float_bytes",
                        lambda *a: calls.append(1) or original(*a))
    out = idl.readcol(str(path), "F,D", silent=True)
    assert calls and out[0].dtype == np.float32 and out[1].tolist() == [2.0, 4.0]


def test_random_tables(tmp_path, capsys):
    rng = np.random.default_rng(20261207)
    words = ["1", "-2.5", "+3e4", "6.02E23", ".5", "7.", "-0", "1d-3", "NaN", "Infinity",
             "1e-310", "123456789012345678"]
    for _ in range(60):
        rows = []
        for _ in range(int(rng.integers(1, 40))):
            fields = [words[int(rng.integers(len(words)))] if rng.random() < 0.4 else
                      repr(float(rng.standard_normal() * 10.0 ** int(rng.integers(-40, 40))))
                      for _ in range(2 + int(rng.random() < 0.1))]
            sep = [" ", "  ", "\t", ",", " , "][int(rng.integers(5))]
            rows.append(sep.join(fields) + ["\n", "\r\n", " \n"][int(rng.integers(3))])
        text = "".join(rows)
        _same(*_both(tmp_path, text, "F,D", capsys))
