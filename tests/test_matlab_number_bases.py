"""MATLAB's dec2bin/dec2hex/dec2base and bin2dec/hex2dec/base2dec (compat.matlab.number_bases):
documented values, exactness beyond flintmax, MATLAB's messages, and random values
against live GNU Octave in one batch."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_documented_examples():
    assert matlab.dec2bin(23) == "10111"
    assert matlab.dec2bin(23, 8) == "00010111"
    assert matlab.dec2bin(23, 1) == "10111"
    assert list(matlab.dec2bin([1023, 122, 14])) == ["1111111111", "0001111010",
                                                      "0000001110"]
    assert matlab.dec2hex(2748) == "ABC"
    assert matlab.dec2base(23, 3) == "212"
    assert matlab.dec2base(23, 3, 5) == "00212"
    assert matlab.bin2dec("010111") == 23 == matlab.bin2dec("010 111") == \
        matlab.bin2dec(" 010111")
    assert matlab.hex2dec("3FF") == 1023
    assert matlab.base2dec("212", 3) == 23


def test_negative_twos_complement_r2020a():
    assert matlab.dec2bin(-5) == "11111011"
    assert matlab.dec2bin(-23) == "11101001"
    assert matlab.dec2bin(-23, 9) == "011101001"       # R2020a pads with zeros
    assert matlab.dec2hex(-1) == "FF"
    assert list(matlab.dec2bin([-200, 5])) == ["1111111100111000", "0000000000000101"]
    assert matlab.dec2hex(np.int64(-2 ** 63)) == "8000000000000000"


def test_exact_beyond_flintmax():
    assert matlab.dec2bin(2.0 ** 60 + 2.0 ** 10) == "1" + "0" * 49 + "1" + "0" * 10
    assert matlab.dec2hex(np.uint64(2 ** 64 - 1)) == "F" * 16
    assert matlab.dec2hex(2.0 ** 70) == "4" + "0" * 17
    assert matlab.hex2dec("20000000000001") == 2.0 ** 53          # nearest, ties even
    assert matlab.hex2dec("FFFFFFFFFFFFFFFF") == 2.0 ** 64
    assert matlab.bin2dec("1" * 60) == float(2 ** 60 - 1)


def test_shapes_and_text_forms():
    d = np.array([[1, 2], [3, 4]])
    assert list(matlab.dec2bin(d)) == ["001", "011", "010", "100"]   # column-major
    assert matlab.dec2bin([]) == ""
    assert matlab.hex2dec(["1F", "abc"]).shape == (2, 1)
    assert matlab.hex2dec(np.array(["01F", "ABC"])).tolist() == [[31.0], [2748.0]]
    assert matlab.hex2dec([["1F", "abc"], ["F", "0"]]).ravel().tolist() == [31, 15, 2748, 0]
    strings = np.array([["A", "B"], ["C", "D"]])
    assert matlab.hex2dec(strings).tolist() == [[10, 11], [12, 13]]
    assert matlab.bin2dec("").shape == (0, 0)
    assert matlab.dec2base(5, "xyz") == "yz" and matlab.base2dec("yz", "xyz") == 5
    assert matlab.dec2bin("a") == "1100001" and matlab.dec2bin(True) == "1"
    assert matlab.dec2bin(2.7) == "10"


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.hex2dec("0C F 9"),
     "hex2dec: Input string found with characters other than 0-9, a-f, or A-F."),
    (lambda: matlab.hex2dec("G"),
     "hex2dec: Input string found with characters other than 0-9, a-f, or A-F."),
    (lambda: matlab.hex2dec(5), "hex2dec: Input must be a string."),
    (lambda: matlab.bin2dec("12"),
     "bin2dec: Binary string may consist only of characters 0 and 1"),
    (lambda: matlab.dec2hex(12.0001),
     "dec2hex: First argument must contain non-negative integers."),
    (lambda: matlab.dec2bin(np.nan), "dec2bin: input must be integers"),
    (lambda: matlab.dec2bin(-2.5), "dec2bin: input must be integers"),
    (lambda: matlab.dec2bin(1 + 2j), "dec2bin: D must be real."),
    (lambda: matlab.dec2bin({"a": 1}), "dec2bin: D must be numeric."),
    (lambda: matlab.dec2bin(3, -1), "dec2bin: N must be a nonnegative integer."),
    (lambda: matlab.dec2base(-1, 2),
     "dec2base: First argument must be an array of integers, 0 <= D <= flintmax."),
    (lambda: matlab.dec2base(2.0 ** 53 + 2, 2),
     "dec2base: First argument must be an array of integers, 0 <= D <= flintmax."),
    (lambda: matlab.dec2base(5, 37),
     "dec2base: Second argument must be an integer, 2 <= B <= 36."),
    (lambda: matlab.dec2base(5, 3, 1.5),
     "dec2base: Third argument must be a nonnegative integer."),
    (lambda: matlab.base2dec("1", 1),
     "base2dec: The base must be an integer value between 2 and 36."),
    (lambda: matlab.base2dec("19", 8),
     "base2dec: String 19 contains characters which can not be converted to base 8"),
])
def test_errors(call, message):
    with pytest.raises((ValueError, TypeError)) as info:
        call()
    assert str(info.value) == message


def test_round_trips_random():
    rng = np.random.default_rng(5)
    d = rng.integers(0, 2 ** 53, size=50).astype(np.float64)
    assert np.array_equal(matlab.bin2dec(matlab.dec2bin(d)).ravel(), d)
    assert np.array_equal(matlab.hex2dec(matlab.dec2hex(d)).ravel(), d)
    for base in (3, 7, 36):
        assert np.array_equal(matlab.base2dec(matlab.dec2base(d, base), base).ravel(), d)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(11)
    cases, expected = [], []
    for k in range(12):
        d = rng.integers(0, 10 ** rng.integers(1, 15), size=(rng.integers(1, 4),
                                                              rng.integers(1, 4)))
        d = d.astype(np.float64)
        n = int(rng.integers(2, 20))  # (a one-column char matrix reads back as one row)
        base = int(rng.integers(2, 37))
        neg = rng.integers(-30000, 30000, size=(1, rng.integers(1, 6))).astype(np.float64)
        for call, ours in (
                (f"r = dec2bin(d, {n});", matlab.dec2bin(d, n)),
                (f"r = dec2hex(d, {n});", matlab.dec2hex(d, n)),
                (f"r = dec2base(d, {base}, {n});", matlab.dec2base(d, base, n)),
                ("r = dec2bin(neg);", matlab.dec2bin(neg)),
                ("r = dec2hex(neg);", matlab.dec2hex(neg)),
                (f"r = hex2dec(dec2hex(d, {n}));", matlab.hex2dec(matlab.dec2hex(d, n))),
                (f"r = base2dec(lower(dec2base(d, {base}, {n})), {base});",
                 matlab.base2dec(matlab.lower(matlab.dec2base(d, base, n)), base))):
            cases.append((call, {"d": d, "neg": neg}, ["r"]))
            expected.append(ours)
    results = run_octave(cases)
    for (call, _, _), got, ours in zip(cases, results, expected):
        assert not isinstance(got, Exception), (call, got)
        if isinstance(ours, np.ndarray) and ours.dtype.kind == "U":
            ours = "\n".join(ours)
        if isinstance(ours, str):
            assert got["r"] == ours, call
        else:
            assert np.array_equal(np.asarray(got["r"]).ravel(), np.asarray(ours).ravel()), call
