"""MATLAB wrapToPi, wrapTo2Pi, wrapTo180, wrapTo360 (compat.matlab.degrees): the
closed ends written out by hand, agreement with numpy's mod away from the ends, shapes
and classes."""

from __future__ import annotations

import numpy as np

from compat import matlab

RNG = np.random.default_rng(8010)


def test_ends_by_hand():
    assert matlab.wrapTo360(np.array([0.0, 360, -360, 720, -720])).tolist() == \
        [0, 360, 0, 360, 0]
    assert matlab.wrapTo180(np.array([180.0, -180, 540, -540, 181, -181])).tolist() == \
        [180, -180, 180, -180, -179, 179]
    assert float(matlab.wrapTo2Pi(4 * np.pi)) == 2 * np.pi      # MATLAB's mod: exact
    assert float(matlab.wrapTo2Pi(-4 * np.pi)) == 0.0
    assert float(matlab.wrapToPi(np.pi)) == np.pi                # inside: unchanged
    assert float(matlab.wrapToPi(3 * np.pi)) == np.pi
    assert float(matlab.wrapToPi(-3 * np.pi)) == -np.pi


def test_random_against_numpy_mod():
    x = RNG.uniform(-1000, 1000, 200)
    np.testing.assert_allclose(matlab.wrapTo360(x), np.mod(x, 360), atol=1e-12)
    inside = np.abs(x) <= 180
    want = np.where(inside, x, np.mod(x + 180, 360) - 180)
    np.testing.assert_allclose(matlab.wrapTo180(x), want, atol=1e-12)
    r = x / 50
    np.testing.assert_allclose(matlab.wrapTo2Pi(r), np.mod(r, 2 * np.pi), atol=1e-12)


def test_shapes_classes_and_no_mutation():
    x = RNG.uniform(-10, 10, (3, 4))
    copy = x.copy()
    out = matlab.wrapToPi(x)
    assert out.shape == (3, 4) and np.array_equal(x, copy)
    assert matlab.wrapTo2Pi(np.float32([7, -1])).dtype == np.float32
    assert matlab.wrapTo360(np.int16([400])).tolist() == [40.0]
    assert np.isnan(matlab.wrapToPi(np.nan))
