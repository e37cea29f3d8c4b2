"""MATLAB rgb2xyz / xyz2rgb / rgb2lab / lab2rgb / xyz2lab / lab2xyz
(compat.matlab.colorimetry): the published matrices (Lindbloom's sRGB and Adobe RGB
(1998) tables), IEC 61966-2-1's and Adobe's transfer curves and CIE 15's L*a*b* worked
from their definitions, Bradford adaptation, classes and encodings, errors, inputs left
alone; a live comparison with GNU Octave 7.3 (exact where its constants are MATLAB's,
within the bound its Burger matrices imply elsewhere). Captured and printed values:
golden suite matlab/colorimetry."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from compat._core import colorimetry as core
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

#: Lindbloom, "RGB/XYZ Matrices" page (7 decimals), sRGB and Adobe RGB (1998) on D65
SRGB = np.array([[0.4124564, 0.3575761, 0.1804375],
                 [0.2126729, 0.7151522, 0.0721750],
                 [0.0193339, 0.1191920, 0.9503041]])
ADOBE = np.array([[0.5767309, 0.1855540, 0.1881852],
                  [0.2973769, 0.6273491, 0.0752741],
                  [0.0270343, 0.0706872, 0.9911085]])
D65 = np.array([0.95047, 1.0, 1.08883])


def srgb_to_linear(u: float) -> float:
    """IEC 61966-2-1, extended by odd symmetry as MATLAB's linearizeSRGB."""
    if u < 0:
        return -srgb_to_linear(-u)
    return u / 12.92 if u < 0.04045 else ((u + 0.055) / 1.055) ** 2.4


def lab_f(t: float) -> float:
    return t ** (1 / 3) if t > (6 / 29) ** 3 else (24389 / 27 * t + 16) / 116


def test_matrices_are_the_published_ones():
    np.testing.assert_allclose(core.rgb_to_xyz_matrix("srgb"), SRGB, rtol=0, atol=5e-8)
    np.testing.assert_allclose(core.rgb_to_xyz_matrix("adobe-rgb-1998"), ADOBE, rtol=0,
                               atol=5e-8)
    np.testing.assert_allclose(matlab.rgb2xyz([1.0, 1.0, 1.0]), D65, rtol=0, atol=1e-15)
    np.testing.assert_allclose(matlab.rgb2xyz([1.0, 1.0, 1.0], 'ColorSpace', 'adobe'),
                               D65, rtol=0, atol=1e-15)


def test_transfer_curves_by_hand():
    g = np.array([-0.7, -0.04045, -0.01, 0.0, 0.01, 0.04045, 0.2, 0.5, 1.0, 1.3])
    rgb = np.repeat(g[:, None], 3, axis=1)
    y = matlab.rgb2xyz(rgb)[:, 1]                       # grey: Y is the linear value
    want = np.array([srgb_to_linear(v) for v in g])
    np.testing.assert_allclose(y, want, rtol=2e-15, atol=1e-18)
    lin = matlab.rgb2xyz(rgb, 'ColorSpace', 'linear-rgb')[:, 1]
    np.testing.assert_allclose(lin, g, rtol=2e-15, atol=1e-18)
    ad = matlab.rgb2xyz(rgb, 'ColorSpace', 'adobe-rgb-1998')[:, 1]
    np.testing.assert_allclose(ad, np.sign(g) * np.abs(g) ** (563 / 256), rtol=2e-15,
                               atol=1e-18)
    # the inverse curves: xyz2rgb of a grey on the white's chromaticity
    back = matlab.xyz2rgb(np.outer(want, D65))
    np.testing.assert_allclose(back, rgb, rtol=0, atol=2e-14)
    back = matlab.xyz2rgb(np.outer(ad, D65), 'ColorSpace', 'adobe-rgb-1998')
    np.testing.assert_allclose(back, rgb, rtol=0, atol=2e-14)


def test_lab_by_hand():
    xyz = np.array([[0.25, 0.40, 0.10], [0.001, 0.002, 0.003], [0.95047, 1.0, 1.08883],
                    [0.0, 0.0, 0.0], [0.5, (6 / 29) ** 3, 2.0]])
    t = xyz / D65
    f = np.vectorize(lab_f)(t)
    want = np.stack([116 * f[:, 1] - 16, 500 * (f[:, 0] - f[:, 1]),
                     200 * (f[:, 1] - f[:, 2])], axis=1)
    lab = matlab.xyz2lab(xyz)
    np.testing.assert_allclose(lab, want, rtol=0, atol=1e-12)
    np.testing.assert_allclose(lab[2], [100, 0, 0], atol=1e-12)
    assert abs(lab[4, 0] - 8) < 1e-13                 # Y/Yn = (6/29)^3: L* = 8 exactly
    np.testing.assert_allclose(matlab.lab2xyz(lab), xyz, rtol=1e-14, atol=1e-17)
    rng = np.random.default_rng(13711)
    lab = np.stack([100 * rng.random(200), 200 * rng.random(200) - 100,
                    200 * rng.random(200) - 100], axis=1)
    np.testing.assert_allclose(matlab.xyz2lab(matlab.lab2xyz(lab)), lab, rtol=0, atol=1e-11)


def test_white_points_and_bradford():
    for name, wp in core.WHITE_POINTS.items():
        # RGB white is the white point itself after adaptation, and L*a*b* white
        np.testing.assert_allclose(matlab.rgb2xyz([1.0, 1.0, 1.0], 'WhitePoint', name),
                                   wp, rtol=0, atol=1e-14)
        np.testing.assert_allclose(matlab.rgb2lab([1.0, 1.0, 1.0], 'WhitePoint', name),
                                   [100, 0, 0], rtol=0, atol=1e-11)
    np.testing.assert_allclose(core.WHITE_POINTS["icc"], [31595 / 32768, 1, 27030 / 32768])
    rng = np.random.default_rng(13712)
    rgb = rng.random((3, 4, 3))
    for wp in ("d50", "a", [0.9, 1.0, 0.8]):
        xyz = matlab.rgb2xyz(rgb, 'WhitePoint', wp)
        np.testing.assert_allclose(matlab.xyz2rgb(xyz, 'WhitePoint', wp), rgb, atol=1e-13)
        lab = matlab.rgb2lab(rgb, 'WhitePoint', wp)
        np.testing.assert_allclose(matlab.lab2rgb(lab, 'WhitePoint', wp), rgb, atol=1e-12)
    # Bradford by its definition: MA^-1 diag(MA wd / MA ws) MA
    ma = np.array([[0.8951, 0.2664, -0.1614], [-0.7502, 1.7135, 0.0367],
                   [0.0389, -0.0685, 1.0296]])
    ws, wd = D65, np.array([0.964199, 1.0, 0.825117])
    m = np.linalg.inv(ma) @ np.diag((ma @ wd) / (ma @ ws)) @ ma
    np.testing.assert_allclose(matlab.rgb2xyz(rgb, 'WhitePoint', 'd50'),
                               matlab.rgb2xyz(rgb) @ m.T, atol=1e-14)


def test_documented_examples():
    x = [0.25, 0.40, 0.10]
    np.testing.assert_allclose(matlab.xyz2rgb(x), [0.4174, 0.7434, 0.2152], atol=5e-5)
    np.testing.assert_allclose(matlab.xyz2rgb(x, ColorSpace='adobe-rgb-1998'),
                               [0.5323, 0.7377, 0.2730], atol=5e-5)
    np.testing.assert_allclose(matlab.xyz2rgb(x, WhitePoint='d50'),
                               [0.3276, 0.7517, 0.2869], atol=5e-5)
    np.testing.assert_allclose(matlab.rgb2lab([.2, .3, .4], 'WhitePoint', 'd50'),
                               [31.3294, -4.0732, -18.1750], atol=5e-5)
    np.testing.assert_allclose(matlab.xyz2lab(x, 'WhitePoint', 'd50'),
                               [69.4695, -49.5717, 48.3864], atol=5e-5)
    np.testing.assert_array_equal(matlab.lab2rgb([70.0, 5, 10], 'OutputType', 'uint8'),
                                  np.array([188, 167, 153], dtype=np.uint8))


def test_classes_and_encodings():
    rng = np.random.default_rng(13713)
    r = rng.random((3, 4, 3))
    assert matlab.rgb2xyz(r.astype(np.float32)).dtype == np.float32
    assert matlab.rgb2lab(r.astype(np.float32)).dtype == np.float32
    assert matlab.xyz2lab(r.astype(np.float32)).dtype == np.float32
    assert matlab.lab2xyz(r.astype(np.float32)).dtype == np.float32
    np.testing.assert_allclose(matlab.rgb2xyz(r.astype(np.float32)), matlab.rgb2xyz(r),
                               rtol=0, atol=1e-6)
    u = rng.integers(0, 256, (3, 4, 3)).astype(np.uint8)
    out = matlab.rgb2xyz(u)
    assert out.dtype == np.float64
    np.testing.assert_array_equal(out, matlab.rgb2xyz(u / 255))
    w = rng.integers(0, 65536, (3, 4, 3)).astype(np.uint16)
    np.testing.assert_array_equal(matlab.rgb2lab(w), matlab.rgb2lab(w / 65535))
    xyz = matlab.rgb2xyz(r)
    back = matlab.xyz2rgb(xyz, 'OutputType', 'uint8')
    assert back.dtype == np.uint8
    np.testing.assert_array_equal(back, np.floor(matlab.xyz2rgb(xyz) * 255 + 0.5))
    b16 = matlab.xyz2rgb(xyz, 'OutputType', 'uint16')
    np.testing.assert_array_equal(b16, np.floor(matlab.xyz2rgb(xyz) * 65535 + 0.5))
    assert matlab.xyz2rgb(xyz, 'OutputType', 'single').dtype == np.float32
    assert matlab.lab2rgb(xyz.astype(np.float32)).dtype == np.float32
    assert matlab.lab2rgb(xyz.astype(np.float32), OutputType='double').dtype == np.float64
    # saturation and NaN in the integer encodings; floating results are not clipped
    odd = np.array([[2.0, 0.0, -0.5], [np.nan, 0.5, 0.5]])
    np.testing.assert_array_equal(matlab.xyz2rgb(odd, 'OutputType', 'uint8'),
                                  [[255, 0, 0], [0, 0, 0]])
    assert matlab.xyz2rgb(odd)[0].min() < -1 and matlab.xyz2rgb(odd)[0].max() > 2
    # shapes: 1-D stays 1-D, colormaps, images, stacks
    assert matlab.rgb2lab([0.1, 0.2, 0.3]).shape == (3,)
    s = rng.random((2, 3, 3, 4))
    st = matlab.rgb2lab(s)
    assert st.shape == s.shape
    np.testing.assert_array_equal(st[:, :, :, 2], matlab.rgb2lab(s[:, :, :, 2]))
    np.testing.assert_array_equal(matlab.rgb2lab(r.reshape(-1, 3)),
                                  matlab.rgb2lab(r).reshape(-1, 3))


def test_errors():
    with pytest.raises(CompatTypeError, match="Expected input number 1, RGB, to be one of "
                       "these types: single, double, uint8, uint16. Instead its type was "
                       "int16"):
        matlab.rgb2xyz(np.zeros((2, 2, 3), dtype=np.int16))
    with pytest.raises(CompatTypeError, match="XYZ.*single, double"):
        matlab.xyz2lab(np.zeros((2, 3), dtype=np.uint8))
    with pytest.raises(CompatTypeError, match="lab.*int8"):
        matlab.lab2rgb(np.zeros((2, 3), dtype=np.int8))
    with pytest.raises(CompatTypeError, match="real"):
        matlab.rgb2lab(np.zeros((2, 3), dtype=complex))
    with pytest.raises(CompatValueError, match="c-by-3 colormap"):
        matlab.rgb2xyz(np.zeros((4, 2)))
    with pytest.raises(CompatValueError, match="c-by-3 colormap"):
        matlab.xyz2rgb(np.zeros((2, 2, 4)))
    with pytest.raises(CompatValueError, match="did not match any"):
        matlab.rgb2xyz([0.1, 0.2, 0.3], 'ColorSpace', 'prophoto-rgb')
    with pytest.raises(CompatValueError, match="matched more than one"):
        matlab.rgb2lab([0.1, 0.2, 0.3], 'WhitePoint', 'd')
    with pytest.raises(CompatValueError, match="1-by-3"):
        matlab.xyz2lab([0.1, 0.2, 0.3], 'WhitePoint', [1.0, 1.0])
    with pytest.raises(CompatValueError, match="unknown parameter"):
        matlab.xyz2lab([0.1, 0.2, 0.3], 'ColorSpace', 'srgb')
    with pytest.raises(CompatValueError, match="unknown parameter"):
        matlab.rgb2lab([0.1, 0.2, 0.3], 'OutputType', 'uint8')
    with pytest.raises(CompatValueError, match="did not match"):
        matlab.xyz2rgb([0.1, 0.2, 0.3], 'OutputType', 'int16')
    # prefixes as validatestring takes them
    np.testing.assert_array_equal(matlab.rgb2lab([0.1, 0.2, 0.3], 'ColorSpace', 'ADOBE'),
                                  matlab.rgb2lab([0.1, 0.2, 0.3], 'ColorSpace',
                                                 'adobe-rgb-1998'))


def test_inputs_left_alone():
    rgb = np.random.default_rng(13714).random((3, 4, 3))
    b = np.asarray(rgb, dtype=">f8")
    b.setflags(write=False)
    for f in (matlab.rgb2xyz, matlab.xyz2rgb, matlab.rgb2lab, matlab.lab2rgb,
              matlab.xyz2lab, matlab.lab2xyz):
        got = f(b)
        assert got.dtype.isnative
        np.testing.assert_array_equal(got, f(rgb))
        np.testing.assert_array_equal(f(np.asfortranarray(rgb)), f(rgb))
        wide = np.zeros((3, 8, 3))
        wide[:, ::2] = rgb
        np.testing.assert_array_equal(f(wide[:, ::2]), f(rgb))
    assert np.array_equal(b, rgb)


#: Octave 7.3 image 2.14's matrices (Burger), for the bound of the difference they make
BURGER = np.array([[0.412453, 0.357580, 0.180423], [0.212671, 0.715160, 0.072169],
                   [0.019334, 0.119193, 0.950227]])
BURGER_INV = np.array([[3.240479, -1.537150, -0.498535], [-0.969256, 1.875992, 0.041556],
                       [0.055648, -0.204043, 1.057311]])


@pytest.mark.octave
def test_against_octave():
    """xyz2lab/lab2xyz: the same constants, a few ulps. rgb2xyz/xyz2rgb/rgb2lab/lab2rgb:
    Octave's Burger matrices differ from MATLAB's; the difference is bounded by the
    matrices' difference (infinity norm) times the largest linear value, through the
    curves' largest slopes (12.92 for sRGB's inverse, 7.787 = kappa/116 for f). XYZ
    comes from RGB in [0, 1] (in gamut): out of gamut, Octave's curve for negative
    values differs (suite case negative_linear_values)."""
    rng = np.random.default_rng(13715)
    dm = np.abs(core.rgb_to_xyz_matrix("srgb") - BURGER).sum(axis=1).max()
    dinv = np.abs(np.linalg.inv(core.rgb_to_xyz_matrix("srgb")) - BURGER_INV).sum(1).max()
    cases, inputs = [], []
    for k in range(4):
        shape = (int(rng.integers(1, 5)), int(rng.integers(1, 5)), 3)
        r = rng.random(shape)
        u = rng.integers(0, 256, shape).astype(np.uint8)
        w = rng.integers(0, 65536, shape).astype(np.uint16)
        x = matlab.rgb2xyz(rng.random(shape))   # in gamut: the documented domain
        p = rng.random(shape)
        lab = np.stack([100 * p[..., 0], 160 * p[..., 1] - 80, 160 * p[..., 2] - 80], -1)
        inputs.append((r, u, w, x, lab))
        cases.append(("a = xyz2lab(X); b = lab2xyz(L); c = xyz2lab(single(X)); "
                      "d = rgb2xyz(R); e = rgb2xyz(U); f = rgb2xyz(W); g = xyz2rgb(X); "
                      "h = rgb2lab(R); i = rgb2xyz(single(R));",
                      {"X": x, "L": lab, "R": r, "U": u, "W": w},
                      list("abcdefghi")))
    got = run_octave(cases, setup="pkg load image")
    for result, (r, u, w, x, lab) in zip(got, inputs):
        assert not isinstance(result, Exception), result

        def out(name, shape):
            return np.asarray(result[name]).reshape(shape)
        np.testing.assert_allclose(out("a", x.shape), matlab.xyz2lab(x), rtol=0, atol=5e-13)
        # the linear branch (116 f - 16)/kappa cancels near black: a few eps of 16/kappa
        # (0.0177) absolute (COMPAT_RESEED_SHIFT=63831: 0.0010892 off by 2.4e-18)
        np.testing.assert_allclose(out("b", lab.shape), matlab.lab2xyz(lab), rtol=1e-15,
                                   atol=8 * np.finfo(float).eps * 16 * 27 / 24389)
        c = out("c", x.shape)
        assert c.dtype == np.float32
        np.testing.assert_allclose(c, matlab.xyz2lab(x.astype(np.float32)), rtol=0,
                                   atol=4e-4)
        for name, data in (("d", r), ("e", u), ("f", w)):
            got_xyz = out(name, r.shape)
            want = matlab.rgb2xyz(data)
            assert np.abs(got_xyz - want).max() <= dm * 1.0 + 1e-15
        g = out("g", x.shape)
        # linear RGB differs by at most dinv * max|xyz|; the sRGB curve's slope <= 12.92
        lin_bound = dinv * np.abs(x).max() + 1e-15
        assert np.abs(g - matlab.xyz2rgb(x)).max() <= 12.92 * lin_bound + 1e-14
        h = out("h", r.shape)
        # XYZ moves by <= dm; f's slope <= kappa/116 = 7.787 on t = XYZ/white (white >= 0.95)
        df = 7.787 * dm / 0.95
        assert np.abs(h - matlab.rgb2lab(r)).max() <= 1000 * df + 1e-12
        i = out("i", r.shape)
        assert i.dtype == np.float32
        assert np.abs(i - matlab.rgb2xyz(r.astype(np.float32))).max() <= dm + 1e-6


def test_deltae_definition_shapes_classes():
    rng = np.random.default_rng(13716)
    lab1 = np.stack([100 * rng.random((3, 4)), 200 * rng.random((3, 4)) - 100,
                     200 * rng.random((3, 4)) - 100], axis=2)
    lab2 = lab1[::-1]
    want = np.sqrt(((lab1 - lab2) ** 2).sum(axis=2))
    np.testing.assert_allclose(matlab.deltaE(lab1, lab2, 'isInputLab', True), want,
                               rtol=4.5e-16, atol=0)
    c0 = np.array([50.0, 10.0, -20.0])
    d = matlab.deltaE(lab1, c0, isInputLab=True)
    assert d.shape == (3, 4)
    np.testing.assert_allclose(d, np.sqrt(((lab1 - c0) ** 2).sum(axis=2)), rtol=4.5e-16)
    np.testing.assert_array_equal(matlab.deltaE(c0, lab1, isInputLab=True), d)
    cm = lab1.reshape(-1, 3)
    assert matlab.deltaE(cm, c0, isInputLab=True).shape == (12, 1)
    assert matlab.deltaE(cm, cm[::-1], isInputLab=True).shape == (12, 1)
    stack = rng.random((2, 3, 3, 4))
    assert matlab.deltaE(stack, stack[::-1]).shape == (2, 3, 1, 4)
    assert matlab.deltaE(stack, [0.1, 0.2, 0.3]).shape == (2, 3, 1, 4)
    # RGB: the distance of rgb2lab values; the class rule of im2double/im2single
    rgb1, rgb2 = rng.random((3, 4, 3)), rng.random((3, 4, 3))
    np.testing.assert_allclose(matlab.deltaE(rgb1, rgb2),
                               np.sqrt(((matlab.rgb2lab(rgb1) - matlab.rgb2lab(rgb2)) ** 2)
                                       .sum(axis=2)), rtol=1e-15, atol=1e-13)
    u1 = rng.integers(0, 256, (3, 4, 3)).astype(np.uint8)
    u2 = rng.integers(0, 256, (3, 4, 3)).astype(np.uint8)
    d8 = matlab.deltaE(u1, u2)
    assert d8.dtype == np.float32
    assert matlab.deltaE(u1, rgb2).dtype == np.float64          # either double: double
    np.testing.assert_allclose(d8, matlab.deltaE(u1 / 255, u2 / 255), rtol=0, atol=2e-4)
    assert matlab.deltaE(u1.astype(np.uint16) * 257, u2).dtype == np.float32
    assert matlab.deltaE(np.uint8([255, 0, 0]), np.uint8([255, 10, 50])).shape == (1,)
    np.testing.assert_allclose(matlab.deltaE(np.uint8([255, 0, 0]), np.uint8([255, 10, 50])),
                               [18.6206], atol=5e-5)


def test_deltae_errors_and_inputs():
    with pytest.raises(CompatTypeError, match="single, double. Instead its type was uint8"):
        matlab.deltaE(np.zeros((2, 3), np.uint8), np.zeros((2, 3)), 'isInputLab', True)
    with pytest.raises(CompatTypeError, match="Instead its type was int16"):
        matlab.deltaE(np.zeros((2, 3), np.int16), np.zeros((2, 3)))
    with pytest.raises(CompatValueError, match="finite"):
        matlab.deltaE(np.array([[np.nan, 0, 0]]), np.zeros((1, 3)))
    with pytest.raises(CompatValueError, match="invalidInputFormat"):
        matlab.deltaE(np.zeros((2, 4)), np.zeros((2, 3)))
    with pytest.raises(CompatValueError, match="matricesIncompatibleSizes"):
        matlab.deltaE(np.zeros((2, 3)), np.zeros((4, 3)))
    with pytest.raises(CompatValueError, match="multidimDifferentSizes"):
        matlab.deltaE(np.zeros((2, 2, 3)), np.zeros((2, 3, 3)))
    with pytest.raises(CompatValueError, match="incompatibleFormats"):
        matlab.deltaE(np.zeros((4, 3)), np.zeros((2, 2, 3)))
    with pytest.raises(CompatTypeError, match="logical scalar"):
        matlab.deltaE(np.zeros((1, 3)), np.zeros((1, 3)), 'isInputLab', 'yes')
    rgb = np.random.default_rng(13717).random((3, 4, 3))
    b = np.asarray(rgb, dtype=">f8")
    b.setflags(write=False)
    np.testing.assert_array_equal(matlab.deltaE(b, b[::-1]), matlab.deltaE(rgb, rgb[::-1]))
    np.testing.assert_array_equal(matlab.deltaE(np.asfortranarray(rgb), rgb[::-1]),
                                  matlab.deltaE(rgb, rgb[::-1]))
    assert np.array_equal(b, rgb)


@pytest.mark.octave
def test_deltae_against_octave():
    """Octave 7.3 has no deltaE: the reference page's definition evaluated in Octave on
    L*a*b* data (same arithmetic: an ulp or two), and on RGB data through Octave's own
    rgb2lab, whose Burger matrix moves L*a*b* by at most the bound derived in
    test_against_octave (the distance moves by at most twice that per component)."""
    rng = np.random.default_rng(13718)
    dm = np.abs(core.rgb_to_xyz_matrix("srgb") - BURGER).sum(axis=1).max()
    lab_bound = 1000 * 7.787 * dm / 0.95
    cases, inputs = [], []
    for _ in range(4):
        shape = (int(rng.integers(1, 5)), int(rng.integers(1, 5)), 3)
        p = rng.random(shape)
        a = np.stack([100 * p[..., 0], 160 * p[..., 1] - 80, 160 * p[..., 2] - 80], -1)
        b = a + rng.normal(0, 5, shape)
        r1, r2 = rng.random(shape), rng.random(shape)
        inputs.append((a, b, r1, r2))
        cases.append(("d = sqrt(sum((A - B).^2, 3)); "
                      "e = sqrt(sum((rgb2lab(R1) - rgb2lab(R2)).^2, 3));",
                      {"A": a, "B": b, "R1": r1, "R2": r2}, ["d", "e"]))
    got = run_octave(cases, setup="pkg load image")
    for result, (a, b, r1, r2) in zip(got, inputs):
        assert not isinstance(result, Exception), result
        want = matlab.deltaE(a, b, 'isInputLab', True)
        np.testing.assert_allclose(np.asarray(result["d"]).reshape(want.shape), want,
                                   rtol=4.5e-16, atol=0)
        want = matlab.deltaE(r1, r2)
        e = np.asarray(result["e"]).reshape(want.shape)
        assert np.abs(e - want).max() <= 2 * np.sqrt(3) * lab_bound + 1e-12


def test_rgb2lin_lin2rgb_by_hand():
    u = np.array([-0.7, -0.04045, -0.01, 0.0, 0.01, 0.04045, 0.2, 0.5, 1.0, 1.3])
    np.testing.assert_allclose(matlab.rgb2lin(u), [srgb_to_linear(v) for v in u],
                               rtol=2e-15, atol=1e-18)
    v = np.array([-0.5, -0.0031308, -0.001, 0.0, 0.001, 0.0031308, 0.2, 1.0, 2.0])
    want = [np.sign(x) * (12.92 * abs(x) if abs(x) < 0.0031308
                          else 1.055 * abs(x) ** (1 / 2.4) - 0.055) for x in v]
    np.testing.assert_allclose(matlab.lin2rgb(v), want, rtol=2e-15, atol=1e-18)
    # the curves invert each other except at the threshold: 12.92 * 0.0031308 = 0.04045
    # lands on the power branch of the decoding, which gives 0.0031308 - 2.2e-9 (the
    # standard's two segments do not meet exactly)
    back = matlab.rgb2lin(matlab.lin2rgb(v))
    off = np.abs(np.abs(v) - 0.0031308) < 1e-12
    np.testing.assert_allclose(back[~off], v[~off], rtol=1e-14, atol=1e-17)
    np.testing.assert_allclose(np.abs(back[off]), 0.0031308 - 2.2072e-9, rtol=1e-4)
    p = np.array([0.0, 0.25, 1.0])
    np.testing.assert_allclose(matlab.rgb2lin(p, 'ColorSpace', 'adobe-rgb-1998'),
                               p ** (563 / 256), rtol=2e-15)
    np.testing.assert_allclose(matlab.lin2rgb(-p, ColorSpace='adobe-rgb-1998'),
                               -(p ** (256 / 563)), rtol=2e-15)
    c = matlab.rgb2lin(np.array([-0.5, 0.25]), 'ColorSpace', 'adobe-rgb-1998')
    assert c.dtype == np.complex128
    np.testing.assert_allclose(c[0], 0.5 ** (563 / 256) * np.exp(1j * math.pi * 563 / 256),
                               rtol=1e-14)
    # classes: uint8/uint16/single in single, double in double; OutputType by im2*
    rng = np.random.default_rng(13719)
    u8 = rng.integers(0, 256, (3, 4, 3)).astype(np.uint8)
    out = matlab.rgb2lin(u8)
    assert out.dtype == np.uint8
    lin = matlab.rgb2lin(u8, 'OutputType', 'single')
    assert lin.dtype == np.float32
    np.testing.assert_allclose(lin, [[[srgb_to_linear(x / 255) for x in px] for px in row]
                                     for row in u8], rtol=1e-6, atol=1e-9)
    np.testing.assert_array_equal(out, np.floor(lin.astype(np.float64) * 255 + 0.5))
    assert matlab.lin2rgb(u8.astype(np.uint16), OutputType='double').dtype == np.float64
    assert matlab.lin2rgb(np.array([2.0, -1.0]), OutputType='uint16').tolist() == [65535, 0]


def test_rgb2lin_errors_and_inputs():
    with pytest.raises(CompatTypeError, match="Instead its type was int8"):
        matlab.rgb2lin(np.zeros(3, np.int8))
    with pytest.raises(CompatValueError, match="nonempty"):
        matlab.lin2rgb(np.zeros((0, 3)))
    with pytest.raises(CompatValueError, match="did not match any"):
        matlab.rgb2lin(np.zeros(3), 'ColorSpace', 'linear-rgb')
    with pytest.raises(CompatTypeError, match="complex"):
        matlab.rgb2lin(np.array([-0.5]), 'ColorSpace', 'adobe-rgb-1998', 'OutputType', 'uint8')
    rgb = np.random.default_rng(13720).random((3, 4, 3))
    b = np.asarray(rgb, dtype=">f8")
    b.setflags(write=False)
    for f in (matlab.rgb2lin, matlab.lin2rgb):
        np.testing.assert_array_equal(f(b), f(rgb))
        np.testing.assert_array_equal(f(np.asfortranarray(rgb)[:, ::2]), f(rgb[:, ::2]))
    assert np.array_equal(b, rgb)


@pytest.mark.octave
def test_rgb2lin_against_octave():
    """Octave 7.3 has no rgb2lin/lin2rgb: IEC 61966-2-1's curves as rgb2lin.m/lin2rgb.m
    apply them (odd-symmetric), evaluated in Octave with pow; compat's powers agree to a
    few ulps."""
    rng = np.random.default_rng(13721)
    cases, inputs = [], []
    for _ in range(4):
        x = 2 * rng.random((int(rng.integers(1, 6)), 3)) - 0.5
        inputs.append(x)
        cases.append(("s = sign(X); m = abs(X); y = m / 12.92; k = m >= 0.04045; "
                      "y(k) = ((m(k) + 0.055) / 1.055) .^ 2.4; a = s .* y; "
                      "y = 12.92 * m; k = m >= 0.0031308; y(k) = 1.055 * m(k) .^ (1 / 2.4)"
                      " - 0.055; b = s .* y;", {"X": x}, ["a", "b"]))
    for result, x in zip(run_octave(cases), inputs):
        assert not isinstance(result, Exception), result
        np.testing.assert_allclose(np.asarray(result["a"]).reshape(x.shape),
                                   matlab.rgb2lin(x), rtol=2e-15, atol=1e-17)
        np.testing.assert_allclose(np.asarray(result["b"]).reshape(x.shape),
                                   matlab.lin2rgb(x), rtol=2e-15, atol=1e-17)
