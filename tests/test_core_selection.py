"""compat._core.selection (issue 20): the median selection networks give the middle
order statistic exactly; IDL MEDIAN of integer images through them equals the sorted
windows' middle value."""

import itertools

import numpy as np
import pytest

from compat import idl
from compat._core.selection import median_network, median_of


def test_the_nine_input_network_selects_the_median_of_every_zero_one_input():
    """The 0-1 principle: a comparator network selects the median of every input when
    it does for every input of zeros and ones (all 2**9 of them)."""
    cases = np.array(list(itertools.product([0, 1], repeat=9)), np.uint8).T
    got = median_of(list(cases))
    assert np.array_equal(got, (cases.sum(axis=0) >= 5).astype(np.uint8))


@pytest.mark.parametrize("n", [3, 9, 25])
def test_random_integers_give_the_sorted_middle_value(n):
    rng = np.random.default_rng(n)
    for dtype in (np.uint8, np.int16, np.int32):
        x = rng.integers(np.iinfo(dtype).min, np.iinfo(dtype).max, (n, 20000),
                         endpoint=True).astype(dtype)
        x[:, :50] = x[0, :50]  # ties
        assert np.array_equal(median_of(list(x)), np.sort(x, axis=0)[n // 2])


def test_network_sizes():
    assert len(median_network(9)) - 1 <= 40 and len(median_network(25)) - 1 <= 210


@pytest.mark.parametrize("dtype", [np.uint8, np.int16, np.int32, np.uint16])
@pytest.mark.parametrize("width", [3, 5])
def test_idl_median_filter_of_integers_is_the_middle_of_each_sorted_window(dtype, width):
    rng = np.random.default_rng(width)
    info = np.iinfo(dtype)
    a = rng.integers(max(info.min, -3000), min(info.max, 3000), (41, 37)).astype(dtype)
    got = idl.median(a, width)
    h = width // 2
    windows = np.lib.stride_tricks.sliding_window_view(a, (width, width))
    middle = np.sort(windows.reshape(windows.shape[:2] + (-1,)), axis=-1)[..., width ** 2
                                                                         // 2]
    expected = a.astype(got.dtype)  # IDL copies the edges
    expected[h:-h, h:-h] = middle.astype(got.dtype)
    assert got.dtype == (np.uint8 if dtype == np.uint8 else np.float32)
    assert got.tobytes() == expected.tobytes()
