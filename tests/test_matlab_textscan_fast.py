"""textscan's numeric fast path (compat._core.matlab_textscan._plain_numbers, numpy's
loadtxt C reader) against the str.split path it replaces and against the field-by-field
reader: the same bits, classes and shapes for the texts its checks must judge -- NaN/Inf
words, exponents, signs, empty fields, CRLF and lone CR, trailing delimiters, white
space of every kind, ragged rows, texts that are no numbers."""

import numpy as np
import pytest

from compat import matlab
from compat._core import matlab_textscan as mt

EDGE_TEXTS = [
    "", " \n\t\n", "1", "1 2\n3 4\n", "1 2\r\n3 4\r\n", "1 2\r3 4\r", "1 2\n\n \t \n3 4\n",
    "1.5e3 -2.5E-2\n+3. .5\n", "1e 2\n", "1.2.3 4\n", "--1 2\n", "1-2 3\n", "+ 1\n",
    "NaN 1\n", "Inf -Inf\n", "nan inf\n", "1 2 3\n4 5\n6\n", "1\n2\n3\n4\n",
    "1\x0c2\x0b3 4\n", "1\xa02\x853 4\n", "1\x1c2\x1f3 4\n", "1\u20032\n3 4\n",
    "1e400 -1e-400 4.9e-324\n", "0.1 0.2 0.30000000000000004 1e22 1e23\n",
    "1_0 2\n", "0x10 2\n", "1 2 \n 3 4 \n", "\n\n1 2", "  7  ",
]


@pytest.mark.parametrize("text", EDGE_TEXTS)
def test_plain_numbers_equals_split_then_float(text):
    try:
        expected = np.array(text.split(), dtype=np.float64)
    except ValueError:
        expected = None
    if mt._NUMERIC_TEXT.search(text):
        expected = None
    got = mt._plain_numbers(text)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got.dtype == np.float64 and got.ndim == 1
        assert got.tobytes() == expected.tobytes()


def _random_text(rng):
    pieces = ["1", "-2.5", "+3e4", "6.02E23", ".5", "7.", "-0", "1e-310", "123456789012345678",
              "0.1", "9.999999999999999e307", "2.2250738585072014e-308"]
    seps = [" ", "  ", "\t", " \t "]
    ends = ["\n", "\r\n", "\n\n", " \n"]
    rows = []
    for _ in range(int(rng.integers(1, 60))):
        k = int(rng.integers(1, 5))
        fields = [pieces[int(rng.integers(len(pieces)))] if rng.random() < 0.5 else
                  repr(float(rng.standard_normal() * 10.0 ** int(rng.integers(-30, 30))))
                  for _ in range(k)]
        line = seps[int(rng.integers(len(seps)))].join(fields)
        rows.append(line + ends[int(rng.integers(len(ends)))])
    return "".join(rows)


def test_plain_numbers_equals_split_on_random_tables():
    rng = np.random.default_rng(20261206)
    for _ in range(300):
        text = _random_text(rng)
        expected = np.array(text.split(), dtype=np.float64)
        got = mt._plain_numbers(text)
        assert got is not None and got.tobytes() == expected.tobytes(), text


def _columns_equal(a, b):
    assert len(a) == len(b)
    for x, y in zip(a, b):
        assert type(x) is type(y)
        if isinstance(x, np.ndarray):
            assert x.dtype == y.dtype and x.shape == y.shape and x.tobytes() == y.tobytes()
        else:
            assert x == y


@pytest.mark.parametrize("fmt", ["%f %f", "%f", "%f32 %f %d", "%f %*f", "%n %u8"])
@pytest.mark.parametrize("text", [t for t in EDGE_TEXTS if "\r" not in t.replace("\r\n", "")]
                         + ["1,2\n3,4,\n", "1,2\r\n3,4\r\n", "1,,2\n", "1, 2 ,3\n4,5,6\n"])
def test_fast_path_equals_the_field_reader(monkeypatch, text, fmt):
    fast = mt.textscan_text(text, fmt, float("inf"), mt.TextscanOptions(
        delimiter=(",",) if "," in text else ()))
    monkeypatch.setattr(mt, "_numeric_table", lambda *args: None)
    slow = mt.textscan_text(text, fmt, float("inf"), mt.TextscanOptions(
        delimiter=(",",) if "," in text else ()))
    assert fast[1] == slow[1]
    _columns_equal(fast[0], slow[0])


def test_textscan_of_a_file_with_header_lines(tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("a b\n1 2\n3 4\n")
    fid = matlab.fopen(str(path))
    try:
        c = matlab.textscan(fid, "%f %f", "HeaderLines", 1)
    finally:
        matlab.fclose(fid)
    assert c[0].tolist() == [[1.0], [3.0]] and c[1].tolist() == [[2.0], [4.0]]
