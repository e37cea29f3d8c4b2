"""MATLAB imhist, graythresh, otsuthresh, im2bw, mean2, std2, corr2, entropy
(compat.matlab.image_statistics): binning against MATLAB's nearest-bin rule written
out, Otsu's plateau middle, logical inputs, classes, errors, inputs left alone, and a
live Octave run on random uint8/double images. Captured values: golden suite
matlab/image_statistics."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_imhist_nearest_bin_rule():
    rng = np.random.default_rng(3)
    u = rng.integers(0, 256, 500).astype(np.uint8)
    for n in (2, 3, 17, 256):
        want = np.bincount(np.floor(u.astype(float) * (n - 1) / 255 + 0.5).astype(int),
                           minlength=n)
        np.testing.assert_array_equal(matlab.imhist(u, n)[:, 0], want)
    d = np.array([-0.5, 0.0, 0.124, 0.126, 1.0, 3.0, np.nan])
    counts, where = matlab.imhist(d, 5, nargout=2)
    assert counts[:, 0].tolist() == [3.0, 1.0, 0.0, 0.0, 2.0]
    np.testing.assert_array_equal(where[:, 0], np.linspace(0, 1, 5))
    assert matlab.imhist(np.array([True, False, True]))[:, 0].tolist() == [1.0, 2.0]


def test_otsu_plateau_and_thresholds():
    two = np.array([20, 20, 180, 180, 180], dtype=np.uint8)
    # every threshold between the two levels separates them: the plateau's middle
    assert matlab.graythresh(two) == pytest.approx((np.mean([21, 180]) - 1) / 255)
    assert matlab.otsuthresh(matlab.imhist(two)) == matlab.graythresh(two)
    assert matlab.graythresh(np.full(5, 7, dtype=np.uint8)) == 0.0
    b = matlab.im2bw(two, matlab.graythresh(two))
    assert b.dtype == np.bool_ and b.tolist() == [False, False, True, True, True]
    m = np.array([True, False])
    assert matlab.im2bw(m, 0.9).tolist() == [True, False]
    with pytest.raises(CompatValueError, match="LEVEL"):
        matlab.im2bw(two, 1.5)


def test_statistics_and_inputs_left_alone():
    a = np.asarray([[1, 2, 3], [4, 5, 7]], dtype=">u2")
    a.setflags(write=False)
    before = a.copy()
    assert matlab.mean2(a) == pytest.approx(22 / 6)
    assert matlab.std2(a) == pytest.approx(np.std(before.astype(float), ddof=1))
    assert matlab.corr2(a, a) == pytest.approx(1.0)
    assert np.array_equal(a, before)
    with pytest.raises(CompatValueError, match="same size"):
        matlab.corr2(a, a[:, :2])
    assert matlab.entropy(np.zeros((3, 3), dtype=np.uint8)) == 0.0
    assert matlab.entropy(np.array([True, False])) == pytest.approx(1.0)


@pytest.mark.octave
def test_against_octave_random_images():
    rng = np.random.default_rng(5151)
    cases, expected = [], []
    for k in range(8):
        shape = tuple(int(v) for v in rng.integers(2, 20, 2))
        I = rng.integers(0, 256, shape).astype(np.uint8) if k % 2 else rng.random(shape)
        n = int(rng.integers(2, 300))
        level = float(np.round(rng.random(), 3))
        cases.append((f"c = imhist(I, {n}); [t, e] = graythresh(I); b = im2bw(I, {level!r}); "
                      "s = std2(I); h = entropy(I);", {"I": I}, ["c", "t", "e", "b", "s", "h"]))
        expected.append([matlab.imhist(I, n), *matlab.graythresh(I, nargout=2),
                         matlab.im2bw(I, level), matlab.std2(I), matlab.entropy(I)])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_allclose(np.asarray(value, dtype=float).reshape(-1),
                                       np.asarray(result[name], dtype=float).reshape(-1),
                                       rtol=1e-12, atol=1e-14, err_msg=name)
