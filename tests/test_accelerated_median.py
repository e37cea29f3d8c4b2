"""compat._core.accelerated_median (issue 20): IDL MEDIAN's compiled 3x3/5x5 float
filter gives the numpy path's bits (every window sorted, NaN last, position count // 2)
for NaN/+-Inf at any density, ties, float32/float64, whatever the number of threads;
-0.0 and /EVEN with NaN keep the numpy path."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compat import idl
from compat._core import accelerated_boxes, accelerated_median, accelerated_sums
from compat.idl import smoothing

needs_numba = pytest.mark.skipif(accelerated_median._compiled() is None,
                                 reason="numba not installed (compat[fast])")


def random_image(rng, shape, dtype, density, ties):
    a = rng.normal(size=shape) * 10.0 ** rng.integers(-3, 6)
    if ties:
        a = np.round(a)
        a[a == 0] = 1.0  # no zeros: -0.0 would select the numpy path
    bad = rng.random(shape) < density
    a[bad] = rng.choice([np.nan, -np.nan, np.inf, -np.inf], int(bad.sum()))
    return a.astype(dtype)


def sorted_windows(a, width):
    """IDL's median filter by its definition: each window sorted (NaN last), the element
    at position count // 2 of its non-NaN values, NaN for a window of NaNs; the edges
    copied."""
    h = width // 2
    windows = np.lib.stride_tricks.sliding_window_view(a, (width, width))
    s = np.sort(windows.reshape(windows.shape[:2] + (-1,)), axis=-1)
    count = np.count_nonzero(~np.isnan(s), axis=-1)
    middle = np.take_along_axis(s, np.minimum(count // 2, width * width - 1)[..., None],
                                axis=-1)[..., 0]
    middle = np.where(count == 0, a.dtype.type(np.nan), middle)
    out = a.copy()
    out[h:-h, h:-h] = middle
    return out


@needs_numba
@settings(max_examples=120, deadline=None)
@given(rows=st.integers(5, 40), cols=st.integers(5, 40), width=st.sampled_from([3, 5]),
       dtype=st.sampled_from([np.float32, np.float64]),
       density=st.sampled_from([0.0, 0.02, 0.1, 0.5, 0.95, 1.0]), ties=st.booleans(),
       seed=st.integers(0, 2**32 - 1))
def test_compiled_filter_equals_the_sorted_windows(rows, cols, width, dtype, density, ties,
                                                   seed):
    a = random_image(np.random.default_rng(seed), (rows, cols), dtype, density, ties)
    got = accelerated_median.median_filter_2d(a, width, smoothing._float_keys, force=True)
    h = width // 2
    expected = sorted_windows(a, width)[h:-h, h:-h]
    assert got is not None and got.dtype == a.dtype
    assert got.tobytes() == expected.tobytes()


@needs_numba
@pytest.mark.parametrize("dtype", [np.float32, np.float64, ">f4", np.int32, np.complex64])
@pytest.mark.parametrize("width, even", [(3, False), (5, False), (5, True), (4, False)])
@pytest.mark.parametrize("density", [0.0, 0.05, 0.6])
def test_median_of_large_images_equals_the_numpy_path(monkeypatch, dtype, width, even,
                                                      density):
    rng = np.random.default_rng(142)
    a = random_image(rng, (300, 263), np.float64, density, False)
    if np.dtype(dtype).kind in "iu":
        a = np.nan_to_num(a, nan=1.0, posinf=1e6, neginf=-1e6).round()
    elif np.dtype(dtype).kind == "c":
        a = a + 1j * rng.normal(size=a.shape)
    a = a.astype(dtype)
    got = idl.median(a, width, even=even)
    with monkeypatch.context() as m:
        m.setattr(accelerated_sums, "_kernels", lambda: None)
        assert accelerated_median._compiled() is None
        expected = idl.median(a, width, even=even)
    assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()


@needs_numba
def test_the_result_does_not_depend_on_the_thread_count(monkeypatch):
    a = random_image(np.random.default_rng(7), (517, 300), np.float32, 0.05, True)
    results = []
    for threads in (1, 2, 3):
        monkeypatch.setattr(accelerated_boxes, "THREADS", threads)
        results.append(idl.median(a, 5).tobytes())
    assert results[0] == results[1] == results[2]
    assert results[0] == sorted_windows(a, 5).tobytes()


def test_negative_zero_and_other_widths_keep_the_numpy_path():
    a = np.ones((300, 300), np.float32)
    a[5, 5] = -0.0
    assert accelerated_median.median_filter_2d(a, 5, smoothing._float_keys) is None
    b = np.ones((300, 300), np.float32)
    assert accelerated_median.median_filter_2d(b, 7, smoothing._float_keys) is None
    assert accelerated_median.median_filter_2d(b[:10, :10], 5, smoothing._float_keys) is None
