"""MATLAB wiener2: the filter from its definition (local statistics by explicit window
loops over a zero-padded image), the argument forms, classes, NaN rules, errors, and
random images against the image package's wiener2 in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave


def _reference(g, m, n, noise=None):
    """wiener2 by loops: the window of pixel (i, j) spans rows i - (m - 1 - m//2) ..
    i + m//2 and likewise columns (filter2's 'same' part), zeros outside."""
    rows, cols = g.shape
    up, left = m - 1 - m // 2, n - 1 - n // 2
    pad = np.zeros((rows + m - 1, cols + n - 1))
    pad[up:up + rows, left:left + cols] = g
    mean = np.empty_like(g)
    var = np.empty_like(g)
    for i in range(rows):
        for j in range(cols):
            w = pad[i:i + m, j:j + n]
            mean[i, j] = w.sum() / (m * n)
            var[i, j] = (w ** 2).sum() / (m * n) - mean[i, j] ** 2
    if noise is None:
        noise = var.mean()
    with np.errstate(invalid="ignore", divide="ignore"):
        out = (g - mean) / np.fmax(var, noise) * np.fmax(var - noise, 0) + mean
    return out, noise


@pytest.mark.parametrize("size", [(3, 3), (5, 5), (2, 4), (1, 7), (4, 1), (6, 3)])
def test_double_against_the_definition(size):
    g = np.random.default_rng(sum(size)).random((13, 17))
    J, noise = matlab.wiener2(g, list(size), nargout=2)
    want, want_noise = _reference(g, *size)
    np.testing.assert_allclose(J, want, rtol=0, atol=1e-13)
    assert noise == pytest.approx(want_noise, rel=1e-13)
    assert J.dtype == np.float64 and J.shape == g.shape


def test_given_noise_forms():
    g = np.random.default_rng(3).random((9, 8))
    J, noise = matlab.wiener2(g, [3, 3], 0.01, nargout=2)
    np.testing.assert_allclose(J, _reference(g, 3, 3, 0.01)[0], rtol=0, atol=1e-13)
    assert noise == 0.01
    # a scalar second argument is the noise; larger than every local variance:
    # every pixel becomes its local mean
    big = matlab.wiener2(g, 10.0)
    mean = _reference(g, 3, 3, 1e300)[0]
    np.testing.assert_allclose(big, mean, rtol=0, atol=1e-13)
    np.testing.assert_array_equal(matlab.wiener2(g, [3, 5], []), matlab.wiener2(g, [3, 5]))
    # zero noise: the image itself wherever the local variance is positive
    np.testing.assert_allclose(matlab.wiener2(g, [3, 3], 0.0), g, rtol=0, atol=1e-12)


def test_integer_classes_round_and_saturate():
    rng = np.random.default_rng(11)
    u8 = rng.integers(0, 256, (10, 12)).astype(np.uint8)
    J = matlab.wiener2(u8, [5, 5])
    f = _reference(u8 / 255.0, 5, 5)[0]
    assert J.dtype == np.uint8
    want = np.floor(np.clip(f, 0, 1) * 255 + 0.5)
    assert np.max(np.abs(J.astype(float) - want)) == 0
    i16 = rng.integers(-32768, 32768, (8, 9)).astype(np.int16)
    J16 = matlab.wiener2(i16)
    f16 = _reference((i16.astype(float) + 32768) / 65535, 3, 3)[0]
    assert J16.dtype == np.int16
    np.testing.assert_array_equal(J16, np.floor(np.clip(f16, 0, 1) * 65535 + 0.5) - 32768)
    u16 = rng.integers(0, 65536, (8, 9)).astype(np.uint16)
    assert matlab.wiener2(u16).dtype == np.uint16


def test_single_computed_in_double():
    s = np.random.default_rng(4).random((7, 9)).astype(np.float32)
    J, noise = matlab.wiener2(s, nargout=2)
    want, want_noise = _reference(s.astype(np.float64), 3, 3)
    assert J.dtype == np.float32 and isinstance(noise, np.float64)
    np.testing.assert_array_equal(J, want.astype(np.float32))
    # a single noise makes MATLAB's arithmetic single, and the result single
    assert matlab.wiener2(s.astype(np.float64), [3, 3], np.float32(0.01)).dtype == np.float32


def test_zero_image_and_nan_pixel():
    assert np.all(np.isnan(matlab.wiener2(np.zeros((4, 5)))))
    g = np.random.default_rng(8).random((6, 6))
    g[2, 3] = np.nan
    J, noise = matlab.wiener2(g, nargout=2)
    assert np.isnan(noise)
    mean = _reference(np.nan_to_num(g), 3, 3, 1e300)[0]
    finite = np.ones((6, 6), bool)
    finite[1:4, 2:5] = False                       # windows that hold the NaN
    np.testing.assert_allclose(J[finite], mean[finite], rtol=0, atol=1e-13)
    assert np.all(np.isnan(J[~finite]))


def test_vectors_and_inputs_as_files_deliver_them():
    row = np.random.default_rng(2).random(12)
    out = matlab.wiener2(row, [1, 5])
    assert out.shape == (12,)
    np.testing.assert_allclose(out, _reference(row.reshape(1, -1), 1, 5)[0].ravel(),
                               rtol=0, atol=1e-13)
    g = np.random.default_rng(5).random((6, 7))
    big = g.astype(">f8")
    ro = g.copy()
    ro.setflags(write=False)
    np.testing.assert_array_equal(matlab.wiener2(big), matlab.wiener2(g))
    np.testing.assert_array_equal(matlab.wiener2(np.asfortranarray(g)), matlab.wiener2(ro))
    np.testing.assert_array_equal(ro, g)


@pytest.mark.parametrize("args, kind, text", [
    ((np.zeros((3, 3)), [3, 3], [8, 8]), CompatValueError, "has been removed"),
    ((np.zeros((3, 3)), [3, 3], [8, 8], 0.1), CompatValueError, "has been removed"),
    ((np.zeros((3, 3)), [3, 3, 3]), CompatValueError, "Invalid syntax"),
    ((np.zeros((3, 3)), [0, 3]), CompatValueError, "positive integers"),
    ((np.zeros((3, 3)), [2.5, 3], 0.1), CompatValueError, "positive integers"),
    ((np.zeros((3, 3)), [3, 3], [0.1, 0.2, 0.3]), CompatValueError, "NOISE"),
    ((np.zeros((3, 3, 3)),), CompatValueError, "3-D"),
    ((np.zeros((3, 3), bool),), CompatTypeError, "logical"),
    ((np.zeros((3, 3), np.int8),), CompatTypeError, "int8"),
    ((np.zeros((3, 3)) + 1j,), CompatTypeError, "I"),
    (("abc",), CompatTypeError, "I"),
])
def test_errors(args, kind, text):
    with pytest.raises(kind, match=f"^wiener2: .*{text}"):
        matlab.wiener2(*args)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_images_against_octave():
    rng = np.random.default_rng(99)
    cases, ours = [], []
    for _ in range(5):
        shape = tuple(int(v) for v in rng.integers(3, 40, size=2))
        size = [int(v) for v in rng.integers(1, 7, size=2)]
        g = rng.random(shape) * rng.uniform(0.1, 3)
        cases.append((f"[J, n] = wiener2(G, [{size[0]} {size[1]}]);", {"G": g}, ["J", "n"]))
        ours.append(matlab.wiener2(g, size, nargout=2))
        u = rng.integers(0, 256, shape).astype(np.uint8)
        cases.append((f"[J, n] = wiener2(G, [{size[1]} {size[0]}], 0.01); "
                      f"D = wiener2(im2double(G), [{size[1]} {size[0]}], 0.01);", {"G": u},
                      ["J", "n", "D"]))
        ours.append(matlab.wiener2(u, size[::-1], 0.01, nargout=2)
                    + (matlab.wiener2(u / 255.0, size[::-1], 0.01),))
    results = run_octave(cases, setup="pkg load image")
    for got, (J, n, *double) in zip(results, ours):
        want = np.asarray(got["J"]).reshape(J.shape)
        if J.dtype == np.uint8:
            assert np.asarray(got["J"]).dtype == np.uint8
            # im2uint8 rounds 255 f to nearest, so a pixel whose exact value is a tie
            # k + 1/2 goes either way with the last bit of f, which depends on the
            # summation order of the box sums (COMPAT_RESEED_SHIFT=4242, seed 4341: a
            # 6x1 mean of uint8s summing to 1287 is 214.5/255 exactly; compat's f is that
            # quotient correctly rounded -> 215 as MATLAB's halves-away rounding of the
            # exact value gives; Octave's f is 1 ulp lower -> 214). So: the double
            # results agree to 1e-12, and the uint8 ones exactly except, by at most 1,
            # where 255 f lies within 255e-12 of a half.
            d = np.asarray(got["D"]).reshape(J.shape)
            np.testing.assert_allclose(double[0], d, rtol=0, atol=1e-12)
            tie = np.abs(255 * d - np.floor(255 * d) - 0.5) <= 255e-12
            np.testing.assert_array_equal(want[~tie], J[~tie])
            assert np.all(np.abs(want[tie].astype(int) - J[tie]) <= 1)
        else:
            np.testing.assert_allclose(J, want, rtol=0, atol=1e-12)
        assert float(np.asarray(got["n"]).reshape(())) == pytest.approx(float(n), rel=1e-12)
