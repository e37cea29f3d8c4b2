"""MATLAB im2col and col2im (compat.matlab.image_blocks): the round trips, the
column order against a loop written from MATLAB's definition, edge forms (blocks
larger than the image, 1-by-1 blocks, prefixes of the block type), errors, inputs
left alone, and a live Octave run on random sizes. The captured values are the golden
suite matlab/image_blocks."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _by_loop(a, m, n):
    M, N = a.shape
    cols = []
    for j in range(N - n + 1):          # corners down the image first, then across
        for i in range(M - m + 1):
            cols.append(a[i:i + m, j:j + n].reshape(-1, order="F"))
    return np.array(cols).T


def test_sliding_order_is_matlabs_definition():
    a = np.random.default_rng(1).standard_normal((9, 7))
    for m, n in ((1, 1), (2, 3), (3, 2), (9, 7), (4, 1)):
        np.testing.assert_array_equal(matlab.im2col(a, [m, n]), _by_loop(a, m, n))


def test_round_trips_and_edges():
    a = np.arange(35, dtype=np.int16).reshape(5, 7)
    for m, n in ((2, 2), (3, 4), (5, 7), (6, 8)):
        b = matlab.im2col(a, [m, n], 'd')
        np.testing.assert_array_equal(matlab.col2im(b, [m, n], [5, 7], 'distinct'), a)
        assert b.dtype == np.int16
    assert matlab.im2col(a, [6, 2]).shape == (12, 0)
    s = matlab.im2col(a, [2, 3]).sum(axis=0)
    assert matlab.col2im(s, [2, 3], [5, 7]).shape == (4, 5)


def test_errors_and_inputs_left_alone():
    a = np.arange(12.0).reshape(3, 4)
    a.setflags(write=False)
    before = a.copy()
    matlab.im2col(a, [2, 2], 'distinct')
    assert np.array_equal(a, before)
    with pytest.raises(CompatValueError, match="block type"):
        matlab.im2col(a, [2, 2], 'tiled')
    with pytest.raises(CompatValueError, match="2-D"):
        matlab.im2col(np.zeros((2, 2, 3)), [2, 2])
    with pytest.raises(CompatValueError, match="sliding rearrangement"):
        matlab.col2im(np.arange(5.0), [2, 2], [3, 4])


@pytest.mark.octave
def test_against_octave_random_sizes():
    rng = np.random.default_rng(616)
    cases, expected = [], []
    for _ in range(10):
        M, N = (int(v) for v in rng.integers(1, 12, 2))
        m, n = int(rng.integers(1, M + 1)), int(rng.integers(1, N + 1))
        A = rng.standard_normal((M, N))
        cases.append((f"b1 = im2col(A, [{m} {n}]); b2 = im2col(A, [{m} {n}], 'distinct'); "
                      f"c = col2im(b2, [{m} {n}], [{M} {N}], 'distinct');",
                      {"A": A}, ["b1", "b2", "c"]))
        b2 = matlab.im2col(A, [m, n], 'distinct')
        expected.append([matlab.im2col(A, [m, n]), b2,
                         matlab.col2im(b2, [m, n], [M, N], 'distinct')])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_array_equal(np.atleast_2d(value),
                                          np.atleast_2d(result[name]), err_msg=name)
