"""MATLAB whitepoint / makecform / applycform: published reference values (the ICC
sRGB profile's D50 colorants, the whitepoint table), the ICC integer encodings,
round trips and bad input."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError


def test_whitepoint_table():
    np.testing.assert_array_equal(matlab.whitepoint(), [[31595 / 32768, 1, 27030 / 32768]])
    np.testing.assert_array_equal(matlab.whitepoint('D65'), [[0.9504, 1, 1.0888]])
    np.testing.assert_array_equal(matlab.whitepoint('a'), [[1.0985, 1, 0.3558]])
    with pytest.raises(CompatValueError, match="whitepoint: "):
        matlab.whitepoint('d75')


def test_srgb_to_d50_matches_the_icc_srgb_profile():
    # sRGB IEC61966-2.1 ICC profile colorants (D50, Bradford), printed to 4 decimals
    C = matlab.makecform('srgb2xyz')
    got = matlab.applycform(np.eye(3), C)
    # red and green; the profile's blue (0.1431 0.0606 0.7141) sums with them to Z =
    # 0.8251 (CIE D50), not the PCS white 0.8249 the cform adapts to, so its Z is 2e-4 off
    want = [[0.4361, 0.2225, 0.0139], [0.3851, 0.7169, 0.0971]]
    np.testing.assert_allclose(got[:2], want, atol=6e-5)
    np.testing.assert_allclose(got[2, :2], [0.1431, 0.0606], atol=1e-4)
    np.testing.assert_allclose(matlab.applycform([1.0, 1.0, 1.0], C),
                               [31595 / 32768, 1, 27030 / 32768], atol=1e-12)
    lab = matlab.applycform([[1.0, 0.0, 0.0]], matlab.makecform('srgb2lab'))
    # sRGB red in D50 L*a*b* as colour calculators print it (54.29 80.80 69.89, with CIE
    # D50 0.96422 1 0.82521 as the white); the PCS white 0.9642 1 0.8249 moves a* and b*
    # by about 0.01, hence 0.02
    np.testing.assert_allclose(lab, [[54.29, 80.80, 69.89]], atol=0.02)


def test_adapted_white_point_equals_rgb2lab():
    rgb = np.random.default_rng(20531).random((4, 5, 3))
    wp = matlab.whitepoint('d65')
    got = matlab.applycform(rgb, matlab.makecform('srgb2lab', 'AdaptedWhitePoint', wp))
    np.testing.assert_allclose(got, matlab.rgb2lab(rgb, 'WhitePoint', wp), atol=1e-10)
    back = matlab.applycform(matlab.applycform(rgb, matlab.makecform('srgb2lab')),
                             matlab.makecform('lab2srgb'))
    np.testing.assert_allclose(back, rgb, atol=1e-10)


def test_integer_encodings():
    u = np.array([[255, 255, 255], [0, 0, 0]], dtype=np.uint8)
    lab8 = matlab.applycform(u, matlab.makecform('srgb2lab'))
    assert lab8.dtype == np.uint8
    np.testing.assert_array_equal(lab8, [[255, 128, 128], [0, 128, 128]])
    w = u.astype(np.uint16) * 257
    lab16 = matlab.applycform(w, matlab.makecform('srgb2lab'))
    np.testing.assert_array_equal(lab16, [[65280, 32768, 32768], [0, 32768, 32768]])
    xyz = matlab.applycform(u, matlab.makecform('srgb2xyz'))
    assert xyz.dtype == np.uint16                       # no 8-bit XYZ encoding
    np.testing.assert_array_equal(xyz[0], [31595, 32768, 27030])
    rgb = matlab.applycform(lab8, matlab.makecform('lab2srgb'))
    assert rgb.dtype == np.uint8
    np.testing.assert_array_equal(rgb, u)


def test_shapes_classes_and_inputs_unchanged():
    x = np.array([[0.3, 0.4, 0.2]], dtype=">f8")
    keep = x.copy()
    a = matlab.applycform(x, matlab.makecform('xyz2xyl'))
    np.testing.assert_allclose(a, [[1 / 3, 4 / 9, 0.4]], rtol=1e-15)
    np.testing.assert_array_equal(x, keep)
    s = matlab.applycform(x.astype(np.float32), matlab.makecform('xyz2lab'))
    assert s.dtype == np.float32
    img = np.random.default_rng(20532).random((2, 3, 3))
    assert matlab.applycform(img, matlab.makecform('lab2lch')).shape == (2, 3, 3)
    assert matlab.applycform([0.2, 0.3, 0.4], matlab.makecform('xyz2uvl')).shape == (3,)


def test_bad_input():
    with pytest.raises(CompatValueError, match="makecform: Unknown TYPE 'rgb2hsv'"):
        matlab.makecform('rgb2hsv')
    with pytest.raises(CompatValueError, match="makecform: the 'srgb2cmyk' transform"):
        matlab.makecform('srgb2cmyk')
    with pytest.raises(CompatValueError, match="makecform: 'xyz2xyl' takes no options"):
        matlab.makecform('xyz2xyl', 'WhitePoint', [1.0, 1, 1])
    with pytest.raises(CompatTypeError, match="applycform: C must be a color"):
        matlab.applycform([1.0, 1, 1], {'c_func': 'nope'})
    with pytest.raises(CompatValueError, match="applycform: A must be an M-by-3"):
        matlab.applycform(np.ones((2, 4)), matlab.makecform('srgb2lab'))
    with pytest.raises(CompatTypeError, match="applycform: A must be of class"):
        matlab.applycform(np.ones((2, 3), dtype=np.uint8), matlab.makecform('xyz2xyl'))
    with pytest.raises(CompatTypeError, match="applycform: A must be of class"):
        matlab.applycform(np.ones((2, 3), dtype=np.int16), matlab.makecform('srgb2lab'))
