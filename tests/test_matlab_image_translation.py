"""MATLAB imtranslate (compat.matlab.image_geometry): whole and fractional shifts by
hand, the 'full' grid (MATLAB's documented 281-by-271), the fill-padded border,
nearest ties, 3-D shifts, classes, FillValues, errors and inputs left alone; a live
comparison of whole-pixel shifts with GNU Octave's own imtranslate. Captured values:
golden suite matlab/image_translation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave


def _shift_by_hand(a, tx, ty, fill=0.0):
    m, n = a.shape
    out = np.full((m, n), fill, dtype=float)
    for i in range(m):
        for j in range(n):
            if 0 <= i - ty < m and 0 <= j - tx < n:
                out[i, j] = a[i - ty, j - tx]
    return out


def test_whole_pixel_shifts():
    rng = np.random.default_rng(12631)
    a = rng.random((6, 7))
    for tx, ty in [(2, 3), (-1, -2), (0, 5), (-7, 0), (9, 1)]:
        np.testing.assert_array_equal(matlab.imtranslate(a, [tx, ty]),
                                      _shift_by_hand(a, tx, ty))
        np.testing.assert_array_equal(matlab.imtranslate(a, [tx, ty], "cubic", "FillValues", 2),
                                      _shift_by_hand(a, tx, ty, 2.0))


def test_fractional_linear_by_hand():
    row = np.array([[4.0, 8.0, 2.0, 6.0]])
    # x' = x + 0.25: output centre k samples x = k - 0.25; x = 0.75 blends the 0 pad
    want = [0.75 * 4, 0.25 * 4 + 0.75 * 8, 0.25 * 8 + 0.75 * 2, 0.25 * 2 + 0.75 * 6]
    np.testing.assert_allclose(matlab.imtranslate(row, [0.25, 0]), [want], atol=1e-15)
    # the same leftwards: x = k + 0.25, the last one blends 6 with the fill
    want = [0.75 * 4 + 0.25 * 8, 0.75 * 8 + 0.25 * 2, 0.75 * 2 + 0.25 * 6, 0.75 * 6 + 0.25 * 9]
    np.testing.assert_allclose(matlab.imtranslate(row, [-0.25, 0], "FillValues", 9), [want],
                               atol=1e-15)


def test_cubic_by_hand():
    def keys(t):
        t = abs(t)
        return (1.5 * t - 2.5) * t * t + 1 if t <= 1 else (
            ((-0.5 * t + 2.5) * t - 4) * t + 2 if t < 2 else 0.0)
    col = np.array([[1.0], [5.0], [-2.0], [3.0], [7.0]])
    got = matlab.imtranslate(col, [0, -0.3], "bicubic")
    ext = np.concatenate([np.zeros(3), col[:, 0], np.zeros(3)])
    for k in range(5):
        y = k + 1 + 0.3                          # 1-based source row
        want = sum(keys(y - r) * ext[r + 2] for r in range(-2, 9))
        assert got[k, 0] == pytest.approx(want, abs=1e-14)


def test_full_view_sizes():
    z = np.zeros((256, 256), dtype=np.uint8)
    # MATLAB's documentation: "The size of the new image is 281-by-271 pixels"
    assert matlab.imtranslate(z, [15, 25], "OutputView", "full").shape == (281, 271)
    a = np.arange(1.0, 7.0).reshape(2, 3)
    out = matlab.imtranslate(a, [-1, 1], "OutputView", "full")
    want = np.zeros((3, 4))
    want[1:, :3] = a                             # grows left by one and down by one
    np.testing.assert_array_equal(out, want)
    # fractional: ceil of the union's extent, the extra part on the shift's side
    for n, t in [(5, 0.3), (5, -0.3), (4, 2.5), (4, -2.5), (3, 0.0)]:
        count = math.ceil(n + abs(t))
        assert matlab.imtranslate(np.ones((1, n)), [t, 0], "OutputView", "f").shape == (1, count)
    out = matlab.imtranslate(np.ones((1, 3)), [0.5, 0], "OutputView", "full")
    np.testing.assert_allclose(out, [[0.5, 1, 1, 0.5]])
    out = matlab.imtranslate(np.ones((1, 3)), [-0.5, 0], "OutputView", "full")
    np.testing.assert_allclose(out, [[0.5, 1, 1, 0.5]])


def test_nearest_ties_go_to_the_odd_pixel():
    row = np.array([[10.0, 20.0, 30.0, 40.0]])
    # source x = k - 0.5: 0.5 -> 1, 1.5 -> 1, 2.5 -> 3, 3.5 -> 3
    np.testing.assert_array_equal(matlab.imtranslate(row, [0.5, 0], "nearest"),
                                  [[10, 10, 30, 30]])


def test_three_d_and_planes():
    rng = np.random.default_rng(12632)
    v = rng.random((4, 5, 6))
    out = matlab.imtranslate(v, [1, 0, 2])
    want = np.zeros_like(v)
    want[:, 1:, 2:] = v[:, :-1, :-2]
    np.testing.assert_array_equal(out, want)
    out = matlab.imtranslate(v, [0, 0, 0.5])
    want = 0.5 * v + 0.5 * np.concatenate([np.zeros((4, 5, 1)), v[:, :, :-1]], axis=2)
    np.testing.assert_allclose(out, want, atol=1e-15)
    assert matlab.imtranslate(v, [0.5, 1, -1.5], "OutputView", "full").shape == (5, 6, 8)
    # a 2-element shift moves every plane alike
    rgb = rng.random((5, 6, 3))
    out = matlab.imtranslate(rgb, [0.7, -1.2], "FillValues", [1, 2, 3])
    for k in range(3):
        np.testing.assert_array_equal(out[:, :, k], matlab.imtranslate(
            rgb[:, :, k], [0.7, -1.2], "FillValues", k + 1))
    with pytest.raises(CompatValueError, match="3-D A"):
        matlab.imtranslate(rgb[:, :, 0], [1, 2, 3])


def test_classes():
    rng = np.random.default_rng(12633)
    u = rng.integers(0, 256, (6, 6)).astype(np.uint8)
    d = matlab.imtranslate(u.astype(float), [0.5, 0.5])
    got = matlab.imtranslate(u, [0.5, 0.5])
    assert got.dtype == np.uint8
    np.testing.assert_array_equal(got, np.floor(d + 0.5))
    b = rng.random((5, 5)) > 0.5
    got = matlab.imtranslate(b, [0.3, 0])
    assert got.dtype == np.bool_
    np.testing.assert_array_equal(got, matlab.imtranslate(b.astype(float), [0.3, 0]) != 0)
    f = rng.random((4, 4)).astype(np.float32)
    assert matlab.imtranslate(f, [0.3, 0.2], "cubic").dtype == np.float32
    i16 = np.array([[-100, 300]], dtype=np.int16)
    np.testing.assert_array_equal(matlab.imtranslate(i16, [0.5, 0]), [[-50, 100]])


def test_errors_and_inputs():
    a = np.arange(12.0).reshape(3, 4)
    with pytest.raises(CompatValueError, match="TRANSLATION"):
        matlab.imtranslate(a, [1, 2, 3, 4])
    with pytest.raises(CompatValueError, match="TRANSLATION"):
        matlab.imtranslate(a, [1, np.nan])
    with pytest.raises(CompatValueError, match="matched more than one"):
        matlab.imtranslate(a, [1, 2], "bi")
    with pytest.raises(CompatValueError, match="did not match"):
        matlab.imtranslate(a, [1, 2], "spline")
    with pytest.raises(CompatValueError, match="OutputView"):
        matlab.imtranslate(a, [1, 2], "OutputView", "loose")
    with pytest.raises(CompatValueError, match="not a recognized parameter"):
        matlab.imtranslate(a, [1, 2], "Fill", 3, "Smooth", True)
    with pytest.raises(CompatValueError, match="finite"):
        matlab.imtranslate(np.array([[1.0, np.nan]]), [1, 0])
    with pytest.raises(CompatValueError, match="nonempty"):
        matlab.imtranslate(np.zeros((0, 2)), [1, 0])
    with pytest.raises(CompatTypeError, match="int64"):
        matlab.imtranslate(np.ones((2, 2), dtype=np.int64), [1, 0])
    with pytest.raises(CompatValueError, match="one value per plane"):
        matlab.imtranslate(np.ones((2, 2, 3)), [1, 0], "FillValues", [1, 2])
    np.testing.assert_array_equal(matlab.imtranslate(a, [1, 2], "n", "Out", "full"),
                                  matlab.imtranslate(a, [1, 2], "nearest", OutputView="full"))
    b = np.asarray(a, dtype=">f8")
    b.setflags(write=False)
    out = matlab.imtranslate(b, [0.5, -0.25], "cubic")
    assert out.dtype.isnative
    np.testing.assert_array_equal(out, matlab.imtranslate(a, [0.5, -0.25], "cubic"))
    np.testing.assert_array_equal(matlab.imtranslate(np.asfortranarray(a)[:, ::1], [0.5, 1]),
                                  matlab.imtranslate(a, [0.5, 1]))
    assert np.array_equal(b, a)


@pytest.mark.octave
def test_against_octave_whole_pixel_shifts():
    """Octave's imtranslate(X, nc, nr, 'crop') is a Fourier shift whose row shift has the
    opposite sign; for whole pixels it is MATLAB's imtranslate(X, [nc -nr]) up to FFT
    rounding."""
    rng = np.random.default_rng(12634)
    cases, expected = [], []
    for _ in range(10):
        m, n = (int(v) for v in rng.integers(2, 10, 2))
        A = rng.normal(size=(m, n))
        tx, ty = int(rng.integers(-n, n + 1)), int(rng.integers(-m, m + 1))
        cases.append((f"B = imtranslate(A, {tx}, {-ty}, 'crop');", {"A": A}, ["B"]))
        expected.append((matlab.imtranslate(A, [tx, ty]), np.linalg.norm(A)))
    got = run_octave(cases, setup="pkg load image")
    for result, (want, norm) in zip(got, expected):
        assert not isinstance(result, Exception), result
        b = np.real(np.asarray(result["B"])).reshape(want.shape)
        # an FFT round trip errs by about eps log2(N) ||A||_2 per element (Higham, ch. 24)
        bound = 10 * np.finfo(float).eps * math.log2(want.size + 1) * norm
        np.testing.assert_allclose(b, want, rtol=0, atol=bound)
