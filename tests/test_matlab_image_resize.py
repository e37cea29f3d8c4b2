"""MATLAB imresize (compat.matlab.image_resize): the weights written out by hand for
small cases, the mirrored edge, the dimension order and per-pass rounding of integer
images, logical images, the argument grammar and errors, inputs left alone, and a live
Octave run on random enlargements of doubles (where Octave's imresize computes
MATLAB's weights). Captured values: golden suite matlab/image_resize."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_bilinear_shrink_by_hand():
    # 4 -> 3 at scale 0.75: u = 2.5 for the middle output; the stretched triangle
    # 0.75 * tri(0.75 t) at t = 1.5, 0.5, -0.5, -1.5 gives 0, .375, .375, 0 -> the mean of
    # inputs 2 and 3.
    out = matlab.imresize(np.array([[1.0, 2, 4, 8]]), [1, 3], 'bilinear')
    assert out[0, 1] == 3.0
    # first output: u = 1/0.75 - 1/6 = 7/6; t = 7/6 - (0, 1, 2) -> weights .125, .875*.75..
    u = 1 / 0.75 + 0.5 * (1 - 1 / 0.75)
    t = u - np.array([0.0, 1, 2, 3])
    w = np.clip(1 - np.abs(0.75 * t), 0, None) * 0.75
    w = w / w.sum()
    want = w @ np.array([1.0, 1, 2, 4])          # index 0 mirrors to input 1
    np.testing.assert_allclose(out[0, 0], want, rtol=1e-15)


def test_bicubic_enlarge_mirrored_edge():
    # Keys' cubic (a = -0.5) at scale 2: u = x/2 + 1/4, weights at distances 1.75, .75,
    # .25, 1.25 (for the last output: indices 5, 6 -> 5, 7 -> 4 mirrored)
    M = np.array([[0.0, 0, 1, 1, 0]])
    out = matlab.imresize(M, [1, 10])

    def keys(x):
        x = abs(x)
        return (1.5 * x**3 - 2.5 * x**2 + 1) if x <= 1 else \
            (-0.5 * x**3 + 2.5 * x**2 - 4 * x + 2) if x <= 2 else 0.0
    u = 10 / 2 + 0.25
    idx = np.array([3, 4, 5, 6, 7])
    w = np.array([keys(u - j) for j in idx])
    vals = np.array([1.0, 1, 0, 0, 1])            # M(3), M(4), M(5), M(5), M(4)
    np.testing.assert_allclose(out[0, -1], w @ vals / w.sum(), rtol=1e-14)
    assert round(out[0, -1], 4) == -0.0938


def test_integer_classes_round_each_pass():
    rng = np.random.default_rng(8)
    u = rng.integers(0, 256, (9, 11)).astype(np.uint8)
    got = matlab.imresize(u, [5, 14])
    assert got.dtype == np.uint8 and got.shape == (5, 14)
    # rows (scale 5/9) first, rounded to uint8, then columns
    first = matlab.imresize(u.astype(float), [5, 11])
    first = np.clip(np.floor(first + 0.5), 0, 255)
    want = np.clip(np.floor(matlab.imresize(first, [5, 14]) + 0.5), 0, 255)
    np.testing.assert_array_equal(got, want.astype(np.uint8))
    b = rng.random((6, 7)) > 0.5
    lb = matlab.imresize(b, 1.5)
    assert lb.dtype == np.bool_
    np.testing.assert_array_equal(lb, matlab.imresize(np.where(b, 255, 0).astype(np.uint8),
                                                      1.5) > 128)


def test_grammar_and_sizes():
    a = np.arange(35.0).reshape(5, 7)
    assert matlab.imresize(a, 0.5).shape == (3, 4)                # ceil(2.5), ceil(3.5)
    assert matlab.imresize(a, [10, np.nan]).shape == (10, 14)
    assert matlab.imresize(a, [np.nan, 3]).shape == (3, 3)        # ceil(3 * 5 / 7)
    np.testing.assert_array_equal(matlab.imresize(a, 'OutputSize', [4, 9], 'Method', 'bil'),
                                  matlab.imresize(a, [4, 9], 'bilinear'))
    two = matlab.imresize(a, 'Scale', [2, 0.5])        # size [10, ceil(3.5)], scale 0.5
    assert two.shape == (10, 4)
    assert not np.allclose(two, matlab.imresize(a, [10, 4]))   # scale 4/7 there
    np.testing.assert_allclose(two, matlab.imresize(matlab.imresize(a, 'Scale', [1, 0.5]),
                                                    'Scale', [2, 1]), rtol=1e-14)
    rgb = np.random.default_rng(1).random((4, 5, 3))
    out = matlab.imresize(rgb, 2)
    assert out.shape == (8, 10, 3)
    np.testing.assert_array_equal(out[:, :, 1], matlab.imresize(rgb[:, :, 1], 2))
    np.testing.assert_array_equal(matlab.imresize(a, 1), a)
    nn = matlab.imresize(a, 2, 'nearest')
    np.testing.assert_array_equal(nn, np.repeat(np.repeat(a, 2, 0), 2, 1))
    custom = matlab.imresize(a, 2, (lambda x: (np.abs(x) < 0.5) * 1.0, 1))
    np.testing.assert_array_equal(custom, matlab.imresize(a, 2, 'box'))


def test_errors_and_inputs():
    a = np.arange(12.0, dtype='>f8').reshape(3, 4)
    a.setflags(write=False)
    before = a.copy()
    np.testing.assert_array_equal(matlab.imresize(a, 2),
                                  matlab.imresize(a.astype('<f8'), 2))
    assert np.array_equal(a, before)
    with pytest.raises(CompatValueError, match="even number of parameter/value"):
        matlab.imresize(a, 2, 'spline')        # not a method: a parameter name (MATLAB)
    with pytest.raises(CompatValueError, match="Invalid METHOD"):
        matlab.imresize(a, 2, 'Method', 'spline')
    with pytest.raises(CompatValueError, match="two NaNs"):
        matlab.imresize(a, [np.nan, np.nan])
    with pytest.raises(CompatValueError, match="indexed"):
        matlab.imresize(np.ones((3, 3), dtype=np.uint8), np.ones((4, 3)) / 2, 2)
    with pytest.raises(CompatValueError, match="Either scale or output size"):
        matlab.imresize(a)


@pytest.mark.octave
def test_against_octave_random_enlargements():
    rng = np.random.default_rng(5151)
    cases, expected = [], []
    methods = ['bicubic', 'bilinear', 'nearest', 'box', 'triangle', 'cubic']
    for k in range(12):
        A = rng.normal(size=tuple(int(v) for v in rng.integers(2, 12, 2)))
        if k % 2:
            s = float(np.round(rng.uniform(1.1, 3.0), 2))
            arg, parg = repr(s), s
        else:
            out = [int(A.shape[0] + rng.integers(0, 9)), int(A.shape[1] + rng.integers(0, 9))]
            arg, parg = f"[{out[0]} {out[1]}]", out
        m = methods[k % len(methods)]
        cases.append((f"B = imresize(A, {arg}, '{m}');", {"A": A}, ["B"]))
        expected.append(matlab.imresize(A, parg, m))
    got = run_octave(cases, setup="pkg load image")
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        np.testing.assert_allclose(np.asarray(result["B"]).reshape(want.shape), want,
                                   rtol=1e-13, atol=1e-13)


def test_compiled_pass_equals_numpy_path(monkeypatch):
    pytest.importorskip("numba")
    from compat._core import accelerated_resize
    rng = np.random.default_rng(77)
    images = [rng.integers(0, 256, (300, 260)).astype(np.uint8),
              rng.normal(size=(270, 310)),
              rng.integers(-32768, 32767, (260, 280)).astype(np.int16),
              rng.random((260, 270, 3)).astype(np.float32),
              rng.random((280, 260)) > 0.5]
    images[1][::7, ::11] = np.nan
    calls = [(0.45, 'bicubic'), ([500, 170], 'lanczos3'), (1.7, 'bilinear'),
             ([120, 400], 'box'), (0.8, 'triangle')]
    compiled = [matlab.imresize(a, s, m) for a, (s, m) in zip(images, calls)]
    monkeypatch.setattr(accelerated_resize, "resize_pass", lambda *args: None)
    for a, (s, m), got in zip(images, calls, compiled):
        want = matlab.imresize(a, s, m)
        assert got.dtype == want.dtype and got.shape == want.shape
        assert np.array_equal(got.view(np.uint8), want.view(np.uint8))
