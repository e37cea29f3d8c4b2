"""MATLAB imgradientxy / imgradient (compat.matlab.image_gradients): the operators on
ramps by hand (signs: x right minus left, y below minus above), the replicated border,
'central' as MATLAB's gradient, 'intermediate', Roberts, the direction's convention,
class rules, errors, inputs left alone; a live comparison with GNU Octave on images
with a zero border. Captured values: golden suite matlab/image_gradients."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

COLS = np.tile(np.arange(1.0, 7.0), (5, 1))          # I(r, c) = c
ROWS = COLS.T.copy()[:5, :5] * 0 + np.arange(1.0, 6.0)[:, None]   # I(r, c) = r


def test_sobel_prewitt_ramps():
    gx, gy = matlab.imgradientxy(COLS, nargout=2)
    want = np.full(COLS.shape, 8.0)
    want[:, [0, -1]] = 4.0                            # replicated border: one step of 1
    np.testing.assert_array_equal(gx, want)
    np.testing.assert_array_equal(gy, 0 * COLS)
    gx, gy = matlab.imgradientxy(ROWS, "prewitt", nargout=2)
    want = np.full(ROWS.shape, 6.0)
    want[[0, -1], :] = 3.0
    np.testing.assert_array_equal(gy, want)
    np.testing.assert_array_equal(gx, 0 * ROWS)
    assert np.array_equal(matlab.imgradientxy(COLS), matlab.imgradientxy(COLS, "sobel",
                                                                          nargout=2)[0])


def test_directions():
    # brighter to the right: 0 degrees; brighter downwards: -90 (y points down);
    # brighter upwards: +90; towards the upper left: 135
    for image, angle in [(COLS, 0.0), (ROWS, -90.0), (-ROWS, 90.0)]:
        for method in ("sobel", "prewitt", "central", "roberts"):
            mag, d = matlab.imgradient(image, method, nargout=2)
            assert np.allclose(d[1:-1, 1:-1], angle), method
    mag, d = matlab.imgradient(np.array([1.0]), np.array([-1.0]), nargout=2)
    assert float(mag[0, 0]) == pytest.approx(np.sqrt(2)) and float(d[0, 0]) == 45.0
    mag, d = matlab.imgradient(-(COLS[:5, :5] + ROWS), "sobel", nargout=2)
    assert np.allclose(d[1:-1, 1:-1], 135.0)


def test_central_and_intermediate():
    a = np.array([[1.0, 4, 9, 16], [2, 3, 5, 7], [0, 0, 1, 1]])
    gx, gy = matlab.imgradientxy(a, "central", nargout=2)
    np.testing.assert_array_equal(gx[0], [3, 4, 6, 7])        # one-sided at the ends
    np.testing.assert_array_equal(gy[:, 0], [1, -0.5, -2])
    gx, gy = matlab.imgradientxy(a, "intermediatedifference", nargout=2)
    np.testing.assert_array_equal(gx, [[3, 5, 7, 0], [1, 2, 2, 0], [0, 1, 0, 0]])
    np.testing.assert_array_equal(gy, [[1, -1, -4, -9], [-2, -3, -4, -6], [0, 0, 0, 0]])
    # a row vector has no y gradient, a column no x gradient
    gx, gy = matlab.imgradientxy(np.array([[1.0, 3, 7]]), "central", nargout=2)
    np.testing.assert_array_equal(gx, [[2, 3, 4]])
    np.testing.assert_array_equal(gy, [[0, 0, 0]])
    gx, gy = matlab.imgradientxy(np.array([[1.0], [3], [7]]), "cent", nargout=2)
    np.testing.assert_array_equal(gy, [[2], [3], [4]])
    np.testing.assert_array_equal(gx, [[0], [0], [0]])


def test_roberts_by_hand():
    rng = np.random.default_rng(12651)
    a = rng.random((5, 6))
    p = np.pad(a, ((0, 1), (0, 1)), mode="edge")
    gx = p[:-1, :-1] - p[1:, 1:]
    gy = p[:-1, 1:] - p[1:, :-1]
    mag, d = matlab.imgradient(a, "roberts", nargout=2)
    np.testing.assert_allclose(mag, np.hypot(gx, gy), rtol=1e-15)
    want = np.degrees(np.arctan2(gy, -gx) - np.pi / 4)
    want[want < -180] += 360
    want[(gx == 0) & (gy == 0)] = 0                      # no gradient: 0 (the last corner)
    np.testing.assert_allclose(d, want, atol=1e-12)
    _, d = matlab.imgradient(np.ones((3, 3)), "roberts", nargout=2)
    np.testing.assert_array_equal(d, np.zeros((3, 3)))   # no gradient: 0


def test_classes():
    rng = np.random.default_rng(12652)
    u = rng.integers(0, 256, (5, 5)).astype(np.uint8)
    gx, gy = matlab.imgradientxy(u, nargout=2)
    assert gx.dtype == np.float64
    np.testing.assert_array_equal(gx, matlab.imgradientxy(u.astype(float)))
    f = rng.random((5, 5)).astype(np.float32)
    mag, d = matlab.imgradient(f, "prewitt", nargout=2)
    assert mag.dtype == np.float32 and d.dtype == np.float32
    mag, d = matlab.imgradient(f, "roberts", nargout=2)
    assert mag.dtype == np.float32 and d.dtype == np.float64     # imgradient.m's zeros()
    mag, d = matlab.imgradient(rng.random((3, 3)), rng.random((3, 3)).astype(np.float32),
                               nargout=2)
    assert mag.dtype == np.float32 and d.dtype == np.float32
    b = rng.random((4, 4)) > 0.5
    assert matlab.imgradient(b).dtype == np.float64


def test_errors_and_inputs():
    a = np.arange(12.0).reshape(3, 4)
    with pytest.raises(CompatValueError, match="did not match"):
        matlab.imgradientxy(a, "roberts")
    with pytest.raises(CompatValueError, match="did not match"):
        matlab.imgradient(a, "canny")
    with pytest.raises(CompatValueError, match="did not match"):
        matlab.imgradient(a, "")
    with pytest.raises(CompatValueError, match="two-dimensional"):
        matlab.imgradientxy(np.zeros((2, 2, 3)))
    with pytest.raises(CompatValueError, match="same size"):
        matlab.imgradient(a, a[:, :3])
    with pytest.raises(CompatTypeError):
        matlab.imgradient("abc")
    b = np.asarray(a, dtype=">f8")
    b.setflags(write=False)
    got = matlab.imgradient(b, "sobel", nargout=2)
    want = matlab.imgradient(a, "sobel", nargout=2)
    for g, w in zip(got, want):
        assert g.dtype.isnative
        np.testing.assert_array_equal(g, w)
    np.testing.assert_array_equal(matlab.imgradient(np.asfortranarray(a)), want[0])
    assert np.array_equal(b, a)


@pytest.mark.octave
def test_against_octave_zero_border():
    """Octave's imgradientxy/imgradient zero-pad where MATLAB replicates: with a
    2-pixel zero border (3-pixel ramps of 'central' stay inside) they must agree."""
    rng = np.random.default_rng(12653)
    methods = ["sobel", "prewitt", "central", "intermediate"]
    cases, expected = [], []
    for k in range(12):
        m, n = (int(v) for v in rng.integers(1, 8, 2))
        A = np.pad(rng.random((m, n)), 2)               # Octave's isgray: [0, 1]
        method = methods[k % 4]
        cases.append((f"[X, Y] = imgradientxy(A, '{method}'); [G, D] = imgradient(A, '{method}');",
                      {"A": A}, ["X", "Y", "G", "D"]))
        expected.append(matlab.imgradientxy(A, method, nargout=2)
                        + matlab.imgradient(A, method, nargout=2))
    got = run_octave(cases, setup="pkg load image")
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        for name, w in zip("XYGD", want):
            g = np.asarray(result[name], dtype=float).reshape(w.shape)
            # a few ulps of sums of at most 8 terms of |A| <= 1 (angles up to 180)
            np.testing.assert_allclose(g, w, rtol=1e-13, atol=1e-12)
