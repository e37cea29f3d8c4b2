"""MATLAB imlincomb, imadd, imsubtract, immultiply, imdivide, imabsdiff, imcomplement
(compat.matlab.image_arithmetic): the class rules and error texts of MATLAB's pages,
one rounding after double-precision arithmetic (not numpy's wrap-around), inputs of
any byte order left alone, and a live Octave run on random images of every integer
class. The captured and printed values are the golden suite matlab/image_arithmetic."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave

_CLASSES = (np.uint8, np.int8, np.uint16, np.int16, np.uint32, np.int32)


def _image(rng, dtype, shape=(5, 4)):
    info = np.iinfo(dtype)
    return rng.integers(info.min, int(info.max) + 1, shape, dtype=np.int64).astype(dtype)


def test_one_rounding_not_wraparound():
    a = np.array([[200, 3]], dtype=np.uint8)
    b = np.array([[100, 7]], dtype=np.uint8)
    assert (a + b).tolist() == [[44, 10]]              # numpy wraps
    assert matlab.imadd(a, b).tolist() == [[255, 10]]
    assert matlab.imsubtract(b, a).tolist() == [[0, 4]]
    assert matlab.imdivide(b, a).tolist() == [[1, 2]]  # 0.5 and 2.33 rounded
    # imlincomb rounds once: 0.5*a + 0.5*b is 150 and 5, not 100+50 and 2+4
    assert matlab.imlincomb(0.5, a, 0.5, b).tolist() == [[150, 5]]
    assert matlab.imadd(matlab.immultiply(a, 0.5), matlab.immultiply(b, 0.5)).tolist() == [[150, 6]]


def test_class_rules_of_the_pages():
    m = np.array([[True, False]])
    u = np.array([[5, 6]], dtype=np.uint16)
    assert matlab.imadd(m, m).dtype == np.float64
    assert matlab.imsubtract(m, 1.0).dtype == np.float64
    assert matlab.immultiply(m, u).dtype == np.uint16
    assert matlab.immultiply(u, m).tolist() == [[5, 0]]
    assert matlab.imadd(u, u, 'uint8').dtype == np.uint8
    assert matlab.imlincomb(2, u, 'single').dtype == np.float32
    assert matlab.imcomplement(m).tolist() == [[False, True]]
    assert matlab.imcomplement(np.array([-128, 127], dtype=np.int8)).tolist() == [127, -128]


def test_errors():
    u = np.zeros((2, 2), dtype=np.uint8)
    with pytest.raises(CompatValueError, match="must be the same size and class"):
        matlab.imadd(u, u.astype(np.uint16))
    with pytest.raises(CompatValueError, match="must be the same size and class"):
        matlab.imsubtract(u, np.uint8(3))                 # an integer scalar is not double
    with pytest.raises(CompatValueError, match="logical array of X's size"):
        matlab.immultiply(u, np.zeros((3, 2), dtype=bool))
    with pytest.raises(CompatValueError, match="same size and class"):
        matlab.imlincomb(1, u, 1, u.astype(np.int16))
    with pytest.raises(CompatValueError, match="output class"):
        matlab.imlincomb(1, u, 'uint7')


def test_inputs_any_byte_order_left_alone():
    a = np.array([[1000, 65000]], dtype=">u2")
    a.setflags(write=False)
    b = np.array([[900, 1000]], dtype=">u2")
    before = a.copy()
    assert matlab.imadd(a, b).tolist() == [[1900, 65535]]
    assert matlab.imabsdiff(a, b).tolist() == [[100, 64000]]
    assert np.array_equal(a, before)


@pytest.mark.octave
def test_against_octave_random_images():
    rng = np.random.default_rng(5150)
    cases, expected = [], []
    for dtype in _CLASSES:
        X, Y = _image(rng, dtype), _image(rng, dtype)
        k1, k2, k0 = (float(v) for v in np.round(rng.uniform(-2, 2, 3), 2))
        s = float(np.round(rng.uniform(-3, 3), 1))
        cases.append((f"z1 = imlincomb({k1!r}, X, {k2!r}, Y, {k0!r}); z2 = imadd(X, Y); "
                      f"z3 = imsubtract(X, {s!r}); z4 = immultiply(X, {s!r}); "
                      "z5 = imdivide(X, Y); z6 = imabsdiff(X, Y); z7 = imcomplement(X);",
                      {"X": X, "Y": Y}, ["z1", "z2", "z3", "z4", "z5", "z6", "z7"]))
        expected.append([matlab.imlincomb(k1, X, k2, Y, k0), matlab.imadd(X, Y),
                         matlab.imsubtract(X, s), matlab.immultiply(X, s),
                         matlab.imdivide(X, Y), matlab.imabsdiff(X, Y),
                         matlab.imcomplement(X)])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_array_equal(value, result[name], err_msg=name)
            assert value.dtype == np.asarray(result[name]).dtype, name
