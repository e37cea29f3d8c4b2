"""MATLAB image class conversions (compat.matlab.image_types): the scaling and rounding
rules of im2double/im2single/im2uint8/im2uint16, rgb2gray's weights and integer
rounding, mat2gray, ind2rgb, gray2ind; bad input; random images against live Octave
(the functions Octave 7.3 has in its core), batched in one process."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.image_classes import LUMA

from oracles import OCTAVE, run_octave


def test_luma_weights_are_matlabs():
    # MATLAB's rgb2gray reference page, "Algorithms"
    np.testing.assert_allclose(LUMA, [0.298936021293775, 0.587043074451121,
                                      0.114020904255103], rtol=0, atol=5e-16)


def test_integer_scaling_rounds_and_saturates():
    assert matlab.im2uint8(np.array([[0.5 / 255, 1.5 / 255]])).tolist() == [[1, 2]]
    assert matlab.im2uint8(np.array([[np.nan, -3, 7]])).tolist() == [[0, 0, 255]]
    assert matlab.im2uint8(np.array([[True, False]])).tolist() == [[255, 0]]
    assert matlab.im2uint8(np.array([[-32768, 0, 32767]], np.int16)).tolist() == \
        [[0, 128, 255]]
    assert matlab.im2uint16(np.array([[0, 128, 255]], np.uint8)).tolist() == \
        [[0, 32896, 65535]]
    assert matlab.im2uint16(np.array([[-32768, 32767]], np.int16)).tolist() == [[0, 65535]]
    u = np.array([[0, 128, 32895, 32896, 65535]], np.uint16)
    assert matlab.im2uint8(u).tolist() == [[0, 0, 128, 128, 255]]
    assert matlab.im2uint8(np.array([[1.0, 256.0]]), "indexed").tolist() == [[0, 255]]
    with pytest.raises(ValueError, match="^im2uint8: Too many colors"):
        matlab.im2uint8(np.array([[257.0]]), "indexed")


def test_float_conversions_keep_values_and_classes():
    s = np.array([[0.25, 2.0]], np.float32)
    d = matlab.im2double(s)
    assert d.dtype == np.float64 and d.tolist() == [[0.25, 2.0]]
    assert matlab.im2single(np.array([[0, 255]], np.uint8)).dtype == np.float32
    x = matlab.im2double(np.array([[0, 4]], np.uint8), "indexed")
    assert x.tolist() == [[1.0, 5.0]]
    np.testing.assert_array_equal(matlab.im2double(np.array([[-32768, 32767]], np.int16)),
                                  [[0.0, 1.0]])


def test_rgb2gray_classes_and_colormap():
    rgb = np.array([[[255, 255, 255], [0, 0, 0]]], np.uint8)
    assert matlab.rgb2gray(rgb).tolist() == [[255, 0]]
    cmap = np.array([[1.0, 0, 0], [0, 0, 1]])
    grey = matlab.rgb2gray(cmap)
    assert grey.shape == (2, 3)
    np.testing.assert_allclose(grey[:, 0], [LUMA[0], LUMA[2]])
    single = matlab.rgb2gray(np.ones((2, 2, 3), np.float32))
    assert single.dtype == np.float32


def test_mat2gray_and_gray2ind():
    np.testing.assert_allclose(matlab.mat2gray(np.array([[1.0, 2, 3], [4, 5, 6]]), [2, 5]),
                               [[0, 0, 1 / 3], [2 / 3, 1, 1]])
    assert matlab.mat2gray(np.array([[3, 3]], np.uint8)).tolist() == [[3.0, 3.0]]
    x, m = matlab.gray2ind(np.array([[0, 0.5, 1.0]]), 3, nargout=2)
    assert x.tolist() == [[0, 1, 2]] and m.shape == (3, 3)
    x = matlab.gray2ind(np.array([[0.0, 1.0]]), 300)
    assert x.dtype == np.uint16 and x.tolist() == [[0, 299]]


def test_ind2rgb_clips_indices():
    cmap = np.array([[0, 0, 0], [1, 1, 1.0]])
    rgb = matlab.ind2rgb(np.array([[0.0, 1, 2, 5]]), cmap)
    assert rgb.shape == (1, 4, 3)
    np.testing.assert_array_equal(rgb[0, :, 0], [0, 0, 1, 1])
    np.testing.assert_array_equal(matlab.ind2rgb(np.array([[0, 1]], np.uint8), cmap)[0, :, 0],
                                  [0, 1])


def test_bad_input():
    with pytest.raises(TypeError, match="^im2double: I must be double, single, logical"):
        matlab.im2double(np.zeros((2, 2), np.int32))
    with pytest.raises(ValueError, match="^im2uint8: the second input argument must be "
                                         "'indexed'"):
        matlab.im2uint8(np.zeros((2, 2)), "index")
    with pytest.raises(ValueError, match="^rgb2gray: RGB must be an m-by-n-by-3"):
        matlab.rgb2gray(np.zeros((2, 2)))
    with pytest.raises(TypeError, match="^rgb2gray: A colormap must be double"):
        matlab.rgb2gray(np.zeros((2, 3), np.uint8))
    with pytest.raises(ValueError, match="^gray2ind: floating point images may only"):
        matlab.gray2ind(np.array([[1.5]]))
    with pytest.raises(ValueError, match="^gray2ind: N must be a positive integer"):
        matlab.gray2ind(np.array([[0.5]]), 0)
    with pytest.raises(ValueError, match="^ind2rgb: map must be a c-by-3"):
        matlab.ind2rgb(np.array([[1.0]]), np.ones((2, 2)))
    with pytest.raises(ValueError, match="^mat2gray: LIMITS must be a two-element"):
        matlab.mat2gray(np.ones((2, 2)), [1, 2, 3])
    with pytest.raises(TypeError, match="^rgb2gray: RGB must be real"):
        matlab.rgb2gray(np.ones((1, 1, 3), complex))


def test_input_not_modified_and_big_endian():
    a = np.arange(6, dtype=">u2").reshape(2, 3) * 10000
    before = a.copy()
    np.testing.assert_array_equal(matlab.im2double(a), before / 65535)
    np.testing.assert_array_equal(a, before)


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_random_images_against_octave():
    rng = np.random.default_rng(99)
    cases, expected = [], []
    for k in range(6):
        shape = tuple(int(v) for v in rng.integers(1, 9, 2))
        u8 = rng.integers(0, 256, shape + (3,)).astype(np.uint8)
        u16 = rng.integers(0, 65536, shape).astype(np.uint16)
        i16 = rng.integers(-32768, 32768, shape).astype(np.int16)
        d = rng.random(shape)
        n = int(rng.integers(2, 300))
        cmap = rng.random((7, 3))
        x = rng.integers(1, 8, shape).astype(np.float64)
        inputs = {"u8": u8, "u16": u16, "i16": i16, "d": d, "n": float(n), "cmap": cmap,
                  "x": x}
        cases.append(("g = rgb2gray(u8); a = im2double(u16); b = im2double(i16); "
                      "[X, m] = gray2ind(d, n); [Y, m2] = gray2ind(u16, n); "
                      "R = ind2rgb(x, cmap);", inputs, ["g", "a", "b", "X", "m", "Y", "R"]))
        expected.append({"g": matlab.rgb2gray(u8), "a": matlab.im2double(u16),
                         "b": matlab.im2double(i16),
                         "X": matlab.gray2ind(d, n), "m": matlab.gray2ind(d, n, nargout=2)[1],
                         "Y": matlab.gray2ind(u16, n), "R": matlab.ind2rgb(x, cmap)})
    for result, want in zip(run_octave(cases), expected):
        assert not isinstance(result, Exception), result
        for name, value in want.items():
            got = np.asarray(result[name])
            assert got.dtype == value.dtype, name
            np.testing.assert_array_equal(got.reshape(value.shape), value, err_msg=name)
