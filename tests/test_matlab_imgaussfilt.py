"""MATLAB imgaussfilt (compat.matlab.image_processing): the kernel by hand, the paths
against scipy's convolution of an independently built kernel, the class rules (8/16-bit
integers through single above the separable threshold, a pad value beyond the class
kept), the frequency domain, errors, real-data inputs, and live Octave runs of
imgaussfilt.m's steps on random inputs (Octave 7.3's image package has no
imgaussfilt)."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.ndimage

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave

RNG = np.random.default_rng(2417)


def gauss1(n: int, s: float) -> np.ndarray:
    """The normalised 1-D Gaussian of n points (no value here is below eps*max)."""
    x = np.arange(n) - (n - 1) / 2
    g = np.array([math.exp(-(v * v) / (2 * s * s)) for v in x])
    return g / g.sum()


def test_impulse_by_hand():
    a = np.zeros((3, 3), np.uint8)
    a[1, 1] = 90
    # sigma 0.5 on 3x3: weights 1, e^-2 (edges), e^-4 (corners), normalised
    total = 1 + 4 * math.exp(-2) + 4 * math.exp(-4)
    want = np.round(90 * np.array([[math.exp(-4), math.exp(-2), math.exp(-4)],
                                   [math.exp(-2), 1, math.exp(-2)],
                                   [math.exp(-4), math.exp(-2), math.exp(-4)]]) / total)
    got = matlab.imgaussfilt(a)
    assert got.dtype == np.uint8 and got.tolist() == want.astype(int).tolist()


@pytest.mark.parametrize("sigma,size", [(1.0, 5), (1.3, 7), (2.0, 9), (0.7, 5)])
def test_double_matches_scipy_replicate_convolution(sigma, size):
    a = RNG.normal(size=(13, 17))
    k = np.outer(gauss1(size, sigma), gauss1(size, sigma))
    want = scipy.ndimage.convolve(a, k, mode="nearest")
    got = matlab.imgaussfilt(a, sigma)
    assert got.shape == a.shape and got.dtype == np.float64
    np.testing.assert_allclose(got, want, rtol=1e-13, atol=1e-13)


def test_anisotropic_and_padding_modes():
    a = RNG.normal(size=(11, 14))
    k = np.outer(gauss1(5, 0.8), gauss1(9, 2.0))     # rows sigma 0.8, columns sigma 2
    np.testing.assert_allclose(matlab.imgaussfilt(a, [0.8, 2]),
                               scipy.ndimage.convolve(a, k, mode="nearest"), atol=1e-13)
    for name, mode in (("circular", "wrap"), ("symmetric", "reflect")):
        np.testing.assert_allclose(matlab.imgaussfilt(a, [0.8, 2], "Padding", name),
                                   scipy.ndimage.convolve(a, k, mode=mode), atol=1e-13)
    np.testing.assert_allclose(matlab.imgaussfilt(a, [0.8, 2], "pad", -3),
                               scipy.ndimage.convolve(a, k, mode="constant", cval=-3),
                               atol=1e-13)
    k2 = np.outer(gauss1(3, 2.0), gauss1(7, 2.0))
    np.testing.assert_allclose(matlab.imgaussfilt(a, 2, "FilterSize", [3, 7]),
                               scipy.ndimage.convolve(a, k2, mode="nearest"), atol=1e-13)


def test_integer_classes_round_and_keep_class():
    a = RNG.integers(0, 256, (12, 15)).astype(np.uint8)
    k = np.outer(gauss1(5, 1.0), gauss1(5, 1.0))
    want = np.floor(scipy.ndimage.convolve(a.astype(float), k, mode="nearest") + 0.5)
    got = matlab.imgaussfilt(a, 1)
    assert got.dtype == np.uint8
    assert np.abs(got.astype(int) - want).max() == 0
    # sigma 4: 17x17 = 289 elements, separable passes in single; still rounds to the same
    k = np.outer(gauss1(17, 4.0), gauss1(17, 4.0))
    want = np.floor(scipy.ndimage.convolve(a.astype(float), k, mode="nearest") + 0.5)
    assert np.abs(matlab.imgaussfilt(a, 4).astype(int) - want).max() <= 1
    b = RNG.integers(-2**31, 2**31 - 1, (9, 10)).astype(np.int32)
    assert matlab.imgaussfilt(b, 4).dtype == np.int32


def test_separable_pad_value_is_not_saturated():
    a = np.full((5, 5), 250, np.uint8)
    # above the threshold the pad value 300 is kept (single), so the border exceeds 250
    # and saturates at 255; below it imfilter converts 300 to the class first (255)
    assert matlab.imgaussfilt(a, 4, "Padding", 300)[0, 0] == 255
    small = matlab.imgaussfilt(a, 1, "Padding", 300)
    assert np.array_equal(small, matlab.imgaussfilt(a, 1, "Padding", 255))
    assert 250 < small[0, 0] < 255


def test_frequency_domain_agrees_with_spatial():
    a = RNG.normal(size=(20, 23)) * 50
    for sigma in (1.0, 2.5, [1.5, 3.0]):
        spatial = matlab.imgaussfilt(a, sigma, "FilterDomain", "spatial")
        freq = matlab.imgaussfilt(a, sigma, "FilterDomain", "freq")
        np.testing.assert_allclose(freq, spatial, rtol=1e-12, atol=1e-11)
    s = a.astype(np.float32)
    out = matlab.imgaussfilt(s, 2, "FilterDomain", "frequency")
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, matlab.imgaussfilt(a, 2), rtol=1e-5, atol=1e-4)


def test_stacks_filter_plane_by_plane_and_vectors():
    rgb = RNG.integers(0, 256, (8, 9, 3)).astype(np.uint8)
    got = matlab.imgaussfilt(rgb, 1.5)
    for k in range(3):
        assert np.array_equal(got[:, :, k], matlab.imgaussfilt(rgb[:, :, k], 1.5))
    v = RNG.normal(size=12)
    row = matlab.imgaussfilt(v.reshape(1, -1), 1)
    assert np.array_equal(matlab.imgaussfilt(v, 1), row.reshape(-1))


def test_real_data_inputs_and_no_mutation():
    a = RNG.normal(size=(10, 12))
    want = matlab.imgaussfilt(a, 1.3)
    big = a.astype(">f8")
    big.flags.writeable = False
    assert np.array_equal(matlab.imgaussfilt(big, 1.3), want)
    strided = np.asfortranarray(np.repeat(a, 2, axis=1))[:, ::2]
    assert np.array_equal(matlab.imgaussfilt(strided, 1.3), want)
    copy = a.copy()
    matlab.imgaussfilt(a, 2, "FilterDomain", "frequency")
    assert np.array_equal(a, copy)


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), 1, "FilterSize", 4), "odd"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), -1), "positive"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), [1, 2, 3]), "2-element"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3), bool)), "Instead its type was logical"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), 1, "Bogus", 2), "Unknown parameter"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), 1, "Padding"), "name-value"),
    (lambda: matlab.imgaussfilt(np.ones((3, 3)), 1, "FilterDomain", "time"), "FilterDomain"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)


@pytest.mark.octave
def test_random_against_octave_steps():
    """Octave evaluates imgaussfilt.m's steps (kernel, separable rule, imfilter path)."""
    ker = ("g1 = @(n, s) exp(-((((-(n-1)/2:(n-1)/2)').^2) / (s*s)) / 2); "
           "nz = @(g) (g .* (g >= eps * max(g(:)))) / sum(g(:) .* (g(:) >= eps * max(g(:)))); ")
    cases, ours = [], []
    for _ in range(6):
        m, n = (int(v) for v in RNG.integers(4, 30, 2))
        sr, sc = (float(v) for v in RNG.uniform(0.3, 4.5, 2))
        r, c = 2 * math.ceil(2 * sr) + 1, 2 * math.ceil(2 * sc) + 1
        pad = str(RNG.choice(["replicate", "symmetric", "circular"]))
        for cls in ("double", "uint8", "single", "int16"):
            a = RNG.uniform(-50, 300, (m, n))
            a = a.astype({"double": np.float64, "uint8": np.uint8, "single": np.float32,
                          "int16": np.int16}[cls]) if cls != "uint8" else \
                np.clip(a, 0, 255).astype(np.uint8)
            limit = 49 if cls == "double" else 289
            work = "double" if cls in ("double", "int32") else "single"
            if r * c >= limit:
                stmt = (f"P = padarray({work}(a), [{r // 2} {c // 2}], '{pad}', 'both'); "
                        f"r = cast(conv2(nz(g1({r}, {sr!r})), nz(g1({c}, {sc!r}))', P, "
                        f"'valid'), '{cls}');")
            else:
                stmt = (f"h = nz(g1({r}, {sr!r})) * nz(g1({c}, {sc!r}))'; "
                        f"h = nz(exp(-((ones({r}, 1) * ((-({c}-1)/2:({c}-1)/2).^2)) / "
                        f"({sc!r}*{sc!r}) + ((((-({r}-1)/2:({r}-1)/2)').^2) * ones(1, {c})) / "
                        f"({sr!r}*{sr!r})) / 2)); r = imfilter(a, h, '{pad}', 'conv');")
            cases.append((ker + stmt, {"a": a}, ["r"]))
            ours.append((matlab.imgaussfilt(a, [sr, sc], "Padding", pad), cls))
    for (mine, cls), got in zip(ours, run_octave(cases, setup="pkg load image")):
        assert not isinstance(got, Exception), got
        expected = np.asarray(got["r"]).reshape(mine.shape)
        assert mine.dtype == expected.dtype
        if cls in ("uint8", "int16"):
            assert np.abs(mine.astype(int) - expected.astype(int)).max() <= 0
        else:
            tol = 1e-12 if cls == "double" else 2e-5
            np.testing.assert_allclose(mine, expected, rtol=tol, atol=tol * 300)
