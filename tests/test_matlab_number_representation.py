"""MATLAB intmax, intmin, flintmax and swapbytes (compat.matlab.number_representation).

Expected values come from the definitions (two's complement limits, 2^53 and 2^24,
byte reversal written out with Python's int.to_bytes / struct), never from the code
under test; a live Octave differential test runs random arrays through swapbytes.
"""

from __future__ import annotations

import struct

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave_calls

INTEGER_CLASSES = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32",
                   "uint64"]


@pytest.mark.parametrize("cls", INTEGER_CLASSES)
def test_integer_limits_from_the_definition(cls):
    bits = int(cls.lstrip("uint"))
    signed = not cls.startswith("u")
    high = 2 ** (bits - 1) - 1 if signed else 2 ** bits - 1
    low = -(2 ** (bits - 1)) if signed else 0
    v, w = matlab.intmax(cls), matlab.intmin(cls)
    assert v.dtype == np.dtype(cls) and w.dtype == np.dtype(cls)
    assert int(v) == high and int(w) == low
    p = np.zeros((2, 3), dtype=cls)
    assert matlab.intmax("like", p).dtype == np.dtype(cls)
    assert int(matlab.intmax(like=p)) == high and int(matlab.intmin("like", p)) == low


def test_defaults_are_int32_and_double():
    assert matlab.intmax().dtype == np.int32 and int(matlab.intmax()) == 2147483647
    assert matlab.intmin().dtype == np.int32 and int(matlab.intmin()) == -2147483648
    f = matlab.flintmax()
    assert f.dtype == np.float64 and f == 9007199254740992.0
    assert f + 1 == f and f - 1 != f  # above it, not every integer is a double
    s = matlab.flintmax("single")
    assert s.dtype == np.float32 and s == 16777216.0
    assert s + np.float32(1) == s
    assert matlab.flintmax("double") == f


def test_flintmax_like_keeps_class_and_complexity():
    assert matlab.flintmax("like", np.float32([1.5])).dtype == np.float32
    assert matlab.flintmax(like=np.array([2.0])).dtype == np.float64
    c = matlab.flintmax("like", np.complex64([1 + 2j]))
    assert c.dtype == np.complex64 and c == 2.0 ** 24
    assert matlab.flintmax("Like", 1.0).dtype == np.float64


def test_class_name_errors():
    message = 'Class name must be a class that supports INTMAX, such as "int64"'
    for bad in ("double", "single", "logical", "INT16", "int128", "char"):
        with pytest.raises(ValueError, match=r"^intmax: " + message):
            matlab.intmax(bad)
    with pytest.raises(ValueError, match=r"^intmin: Class name must be a class that "
                                         r"supports INTMIN"):
        matlab.intmin("single")
    with pytest.raises(TypeError, match=r"^intmax: Class name"):
        matlab.intmax("like", np.array([1.5]))
    with pytest.raises(TypeError, match=r"^intmax: Class name"):
        matlab.intmax(np.int8(3))
    with pytest.raises(ValueError, match=r"^flintmax: Class name must be 'double' or "
                                         r"'single'"):
        matlab.flintmax("int8")
    with pytest.raises(TypeError, match=r"^flintmax: "):
        matlab.flintmax("like", np.int8(1))
    with pytest.raises(ValueError, match=r"^intmax: 'like' must be followed"):
        matlab.intmax("like")
    with pytest.raises(ValueError, match=r"^intmax: Too many input arguments"):
        matlab.intmax("int8", "int16")
    with pytest.raises(ValueError, match=r"^intmax: Too many input arguments"):
        matlab.intmax("int8", like=np.int8(1))


def _reversed_int(value: int, cls: str) -> int:
    dtype = np.dtype(cls)
    raw = value.to_bytes(dtype.itemsize, "little", signed=dtype.kind == "i")
    return int.from_bytes(raw[::-1], "little", signed=dtype.kind == "i")


@pytest.mark.parametrize("cls", INTEGER_CLASSES)
def test_swapbytes_integers_from_the_bytes(cls):
    rng = np.random.default_rng(4101)
    info = np.iinfo(cls)
    x = rng.integers(info.min, info.max, size=(3, 4), dtype=cls, endpoint=True)
    y = matlab.swapbytes(x)
    assert y.dtype == np.dtype(cls) and y.shape == (3, 4)
    expected = [[_reversed_int(int(v), cls) for v in row] for row in x]
    assert y.tolist() == expected


def test_swapbytes_documented_values():
    # MATLAB's swapbytes page: uint16([0 1 128 65535]) -> [0 256 32768 65535] and
    # uint32 hex 4D3C2B1A -> hex 1A2B3C4D
    y = matlab.swapbytes(np.array([0, 1, 128, 65535], dtype=np.uint16))
    assert y.tolist() == [0, 256, 32768, 65535]
    z = matlab.swapbytes(np.uint32(0x4D3C2B1A))
    assert isinstance(z, np.uint32) and int(z) == 0x1A2B3C4D


def test_swapbytes_floats_from_struct():
    x = np.array([1.0, -2.5, 1e-300, 3.0], dtype=np.float64)
    expected = [struct.unpack("<d", struct.pack(">d", v))[0] for v in x.tolist()]
    y = matlab.swapbytes(x)
    assert y.dtype == np.float64
    assert y.tolist() == expected
    s = matlab.swapbytes(np.float32(1.0))
    assert isinstance(s, np.float32)
    assert s == np.float32(struct.unpack("<f", struct.pack(">f", 1.0))[0])
    # a Python number is double
    assert matlab.swapbytes(1.0) == struct.unpack("<d", struct.pack(">d", 1.0))[0]


def test_swapbytes_is_value_based_for_big_endian_and_read_only_inputs():
    big = np.array([[1, 256]], dtype=">u2")
    little = np.array([[1, 256]], dtype="<u2")
    for x in (big, little):
        y = matlab.swapbytes(x)
        assert y.dtype.isnative and y.tolist() == [[256, 1]]
    ro = np.array([1.5, 2.0])
    ro.setflags(write=False)
    before = ro.copy()
    matlab.swapbytes(ro)
    np.testing.assert_array_equal(ro, before)
    f = np.asfortranarray(np.arange(6, dtype=np.int32).reshape(2, 3))
    assert matlab.swapbytes(f).tolist() == [[_reversed_int(int(v), "int32") for v in r]
                                            for r in f]


def test_swapbytes_does_not_modify_input():
    x = np.array([1, 2, 3], dtype=np.int32)
    matlab.swapbytes(x)
    assert x.tolist() == [1, 2, 3]


def test_swapbytes_errors():
    with pytest.raises(TypeError, match=r"^swapbytes: X must be numeric .* not logical"):
        matlab.swapbytes(np.array([True]))
    with pytest.raises(TypeError, match=r"^swapbytes: X must be numeric .* not char"):
        matlab.swapbytes("ab")
    with pytest.raises(TypeError, match=r"^swapbytes: X must be real"):
        matlab.swapbytes(np.array([1 + 2j]))
    with pytest.raises(TypeError, match=r"^swapbytes: "):
        matlab.swapbytes(np.array([1.0], dtype=np.longdouble))


def test_swapbytes_empty_keeps_shape():
    y = matlab.swapbytes(np.zeros((0, 3), dtype=np.int16))
    assert y.shape == (0, 3) and y.dtype == np.int16


@pytest.mark.octave
def test_swapbytes_against_octave():
    rng = np.random.default_rng(4102)
    cases, expected = [], []
    for cls in INTEGER_CLASSES:
        info = np.iinfo(cls)
        x = rng.integers(info.min, info.max, size=(2, 5), dtype=cls, endpoint=True)
        cases.append(("swapbytes(x)", {"x": x}, 1))
        expected.append(matlab.swapbytes(x))
    for dtype in (np.float32, np.float64):
        x = (rng.normal(size=(3, 4)) * 10.0 ** rng.integers(-5, 5, size=(3, 4)))
        x = x.astype(dtype)
        cases.append(("swapbytes(x)", {"x": x}, 1))
        expected.append(matlab.swapbytes(x))
    cases.append(("intmax('int16')", {}, 1))
    expected.append(matlab.intmax("int16"))
    cases.append(("flintmax('single')", {}, 1))
    expected.append(matlab.flintmax("single"))
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        got = got[0]
        assert got.dtype == np.asarray(ours).dtype, call
        # bit for bit (NaN payloads and signed zeros included)
        assert np.ascontiguousarray(np.atleast_2d(ours)).tobytes() == \
            np.ascontiguousarray(np.atleast_2d(got)).tobytes(), call
