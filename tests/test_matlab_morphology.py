"""MATLAB flat morphology (compat.matlab.morphology): dilation and erosion against
their definitions written out pixel by pixel, the border rules, classes kept, openings
and hats, the strel shapes (the disk approximation worked by hand), errors, inputs
left alone, and a live Octave run on random images and elements.
Captured values: golden suite matlab/morphology."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _by_definition(a, nhood, maximum):
    """out(p) = max_b A(p - b) (dilation) or min_b A(p + b) (erosion), outside ignored
    (the class minimum / maximum never wins)."""
    centre = (np.array(nhood.shape) + 1) // 2 - 1
    out = np.empty(a.shape, dtype=float)
    for i in range(a.shape[0]):
        for j in range(a.shape[1]):
            vals = []
            for bi, bj in np.argwhere(nhood):
                di, dj = bi - centre[0], bj - centre[1]
                ii, jj = (i - di, j - dj) if maximum else (i + di, j + dj)
                if 0 <= ii < a.shape[0] and 0 <= jj < a.shape[1]:
                    vals.append(float(a[ii, jj]))
            out[i, j] = (max(vals) if vals else -np.inf) if maximum else \
                (min(vals) if vals else np.inf)
    return out


@pytest.mark.parametrize("nhood", [np.array([[1, 1, 0]]), np.array([[0, 1], [1, 1], [1, 0]]),
                                   np.eye(4), np.ones((2, 2))])
def test_definition_written_out(nhood):
    rng = np.random.default_rng(11)
    a = rng.normal(size=(6, 7))
    np.testing.assert_array_equal(matlab.imdilate(a, nhood),
                                  _by_definition(a, nhood.astype(bool), True))
    np.testing.assert_array_equal(matlab.imerode(a, nhood),
                                  _by_definition(a, nhood.astype(bool), False))


def test_classes_and_borders():
    u = np.array([[10, 200, 30], [40, 50, 60]], dtype=np.uint8)
    d = matlab.imdilate(u, matlab.strel('square', 3))
    assert d.dtype == np.uint8 and d.tolist() == [[200, 200, 200], [200, 200, 200]]
    b = np.ones((3, 3), dtype=bool)
    e = matlab.imerode(b, matlab.strel('square', 3))
    assert e.dtype == np.bool_ and e.all()          # the outside does not erode
    s = np.array([[-5, 7]], dtype=np.int16)
    assert matlab.imerode(s, [[1, 1]]).tolist() == [[-5, 7]]   # origin (1, 1): A(p), A(p+1)


def test_open_close_hats():
    rng = np.random.default_rng(3)
    u = rng.integers(0, 256, (12, 11)).astype(np.uint8)
    se = matlab.strel('rectangle', [2, 3])
    o = matlab.imopen(u, se)
    np.testing.assert_array_equal(o, matlab.imdilate(matlab.imerode(u, se), se))
    np.testing.assert_array_equal(matlab.imopen(o, se), o)              # idempotent
    assert np.all(o <= u) and np.all(matlab.imclose(u, se) >= u)
    np.testing.assert_array_equal(matlab.imtophat(u, se), u - o)
    np.testing.assert_array_equal(matlab.imbothat(u, se), matlab.imclose(u, se) - u)


def test_strel_shapes_by_hand():
    assert matlab.strel('diamond', 1).getnhood().astype(int).tolist() == \
        [[0, 1, 0], [1, 1, 1], [0, 1, 0]]
    # 'line', 9, 100 degrees: x = round(4 cos) = -1, y = -round(4 sin) = -4; the column
    # round(-1 + (0:8)/4), halves away from zero -> 3 + 3 + 3 rows (MATLAB's intline).
    assert matlab.strel('line', 9, 100).getnhood().sum(axis=0).tolist() == [3, 3, 3]
    # disk r = 5, N = 4: k = 10 / (cot(pi/8) + 1/sin(pi/8)) = 1.989, one repeat along
    # each of (1,0), (1,1), (0,1), (-1,1) -> reach 3 rows, 2 short, + lines of 3 -> 9x9
    # with two-pixel cut corners.
    want = np.ones((9, 9), dtype=int)
    for i, cut in enumerate([2, 1]):
        want[i, :cut] = want[i, 9 - cut:] = want[8 - i, :cut] = want[8 - i, 9 - cut:] = 0
    assert matlab.strel('disk', 5).getnhood().astype(int).tolist() == want.tolist()
    # radii below 3 are never decomposed
    np.testing.assert_array_equal(matlab.strel('disk', 2).getnhood(),
                                  matlab.strel('disk', 2, 0).getnhood())
    assert matlab.strel('disk', 3).getnhood().all() and \
        matlab.strel('disk', 3).getnhood().shape == (5, 5)
    assert matlab.strel('pair', [2, 1]).getnhood().sum() == 2


def test_errors_and_inputs():
    with pytest.raises(CompatValueError, match="multiple of 3"):
        matlab.strel('octagon', 4)
    with pytest.raises(CompatValueError, match="N must be 0, 4, 6, or 8"):
        matlab.strel('disk', 5, 5)
    with pytest.raises(CompatValueError, match="not supported"):
        matlab.strel('ball', 5, 5)
    with pytest.raises(CompatValueError, match="'same'"):
        matlab.imdilate(np.ones((2, 2)), [[1]], 'full')
    a = np.arange(20, dtype='>f8').reshape(4, 5)
    a.setflags(write=False)
    before = a.copy()
    got = matlab.imdilate(a, matlab.strel('square', 3))
    assert np.array_equal(a, before)
    np.testing.assert_array_equal(got, matlab.imdilate(a.astype('<f8'),
                                                       matlab.strel('square', 3)))


@pytest.mark.octave
def test_against_octave_random_images():
    rng = np.random.default_rng(9191)
    cases, expected = [], []
    for k in range(10):
        shape = tuple(int(v) for v in rng.integers(4, 25, 2))
        if k % 3 == 0:
            I = rng.random(shape) > 0.6
        elif k % 3 == 1:
            I = rng.integers(0, 256, shape).astype(np.uint8)
        else:
            I = rng.normal(size=shape)
        nh = rng.random(tuple(int(v) for v in rng.integers(1, 6, 2))) > 0.4
        nh.flat[0] = True
        cases.append(("d = imdilate(I, N); e = imerode(I, N); o = imopen(I, N); "
                      "c = imclose(I, N); t = imtophat(I, N); b = imbothat(I, N);",
                      {"I": I, "N": nh}, ["d", "e", "o", "c", "t", "b"]))
        expected.append([f(I, nh) for f in (matlab.imdilate, matlab.imerode, matlab.imopen,
                                            matlab.imclose, matlab.imtophat,
                                            matlab.imbothat)])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, inputs, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_array_equal(np.asarray(value, dtype=float),
                                          np.asarray(result[name], dtype=float)
                                          .reshape(value.shape), err_msg=name)
