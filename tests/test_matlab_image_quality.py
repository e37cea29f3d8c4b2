"""MATLAB immse / psnr (compat.matlab.image_quality): the definitions by hand, default
peaks per class, snr from the reference image, classes, errors, inputs left alone; a
live comparison with GNU Octave. Captured values: golden suite matlab/image_quality."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave


def test_mse_by_hand():
    a = np.array([[10, 200], [0, 255]], dtype=np.uint8)
    b = np.array([[20, 100], [255, 0]], dtype=np.uint8)
    assert matlab.immse(a, b) == (100 + 10000 + 65025 + 65025) / 4     # no wrap-around
    f = np.array([0.5, 0.25], dtype=np.float32)
    out = matlab.immse(f, np.zeros(2, dtype=np.float32))
    assert out.dtype == np.float32 and out == np.float32((0.25 + 0.0625) / 2)
    assert matlab.immse(np.zeros((0, 3)), np.zeros((0, 3))).size == 0


def test_psnr_by_hand():
    a = np.array([[10, 200], [0, 255]], dtype=np.uint8)
    b = np.array([[20, 100], [255, 0]], dtype=np.uint8)
    mse = (100 + 10000 + 65025 + 65025) / 4
    assert matlab.psnr(a, b) == pytest.approx(10 * math.log10(255 ** 2 / mse), rel=1e-14)
    p, s = matlab.psnr(a, b, nargout=2)
    ref_power = (20 ** 2 + 100 ** 2 + 255 ** 2) / 4
    assert s == pytest.approx(10 * math.log10(ref_power / mse), rel=1e-14)   # from ref
    assert matlab.psnr(a, b, 100) == pytest.approx(10 * math.log10(1e4 / mse), rel=1e-14)
    s1 = np.array([[-100, 300]], dtype=np.int16)
    s2 = np.array([[100, 300]], dtype=np.int16)
    assert matlab.psnr(s1, s2) == pytest.approx(10 * math.log10(65535 ** 2 / 20000), rel=1e-14)
    w = np.array([[0, 65535]], dtype=np.uint16)
    assert matlab.psnr(w, w[:, ::-1]) == pytest.approx(10 * math.log10(65535 ** 2 / 65535 ** 2))
    f = np.array([0.2, 0.4])
    assert math.isinf(matlab.psnr(f, f))
    assert matlab.psnr(f.astype(np.float32), f[::-1].astype(np.float32)).dtype == np.float32


def test_errors_and_inputs():
    a = np.zeros((2, 2), dtype=np.uint8)
    with pytest.raises(CompatTypeError, match="same class"):
        matlab.immse(a, a.astype(float))
    with pytest.raises(CompatValueError, match="same size"):
        matlab.immse(a, np.zeros((2, 3), dtype=np.uint8))
    with pytest.raises(CompatTypeError, match="class"):
        matlab.psnr(a.astype(np.int8), a.astype(np.int8))
    with pytest.raises(CompatValueError, match="PEAKVAL"):
        matlab.psnr(a, a, -1)
    x = np.random.default_rng(12761).random((3, 4))
    y = np.random.default_rng(12762).random((3, 4))
    bx = np.asarray(x, dtype=">f8")
    bx.setflags(write=False)
    assert matlab.immse(bx, y) == matlab.immse(x, y)
    assert matlab.psnr(np.asfortranarray(x), y) == matlab.psnr(x, y)
    assert np.array_equal(bx, x)


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(12763)
    cases, expected = [], []
    for k in range(6):
        shape = (int(rng.integers(1, 7)), int(rng.integers(1, 7)))
        if k % 2:
            a = rng.integers(0, 256, shape).astype(np.uint8)
            b = rng.integers(0, 256, shape).astype(np.uint8)
        else:
            a, b = rng.random(shape), rng.random(shape)
        cases.append(("m = immse(A, B); p = psnr(A, B);", {"A": a, "B": b}, ["m", "p"]))
        expected.append((matlab.immse(a, b), matlab.psnr(a, b)))
    got = run_octave(cases, setup="pkg load image")
    for result, (m, p) in zip(got, expected):
        assert not isinstance(result, Exception), result
        # sums of at most 36 squares in another order: a few ulps
        assert float(np.asarray(result["m"]).reshape(-1)[0]) == pytest.approx(float(m), rel=1e-13)
        assert float(np.asarray(result["p"]).reshape(-1)[0]) == pytest.approx(float(p), rel=1e-13, abs=1e-12)
