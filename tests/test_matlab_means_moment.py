"""MATLAB geomean, harmmean, moment (compat.matlab.moments): values against scipy.stats
(independent implementations), MATLAB's default dimension, zeros, NaN propagation,
empties, classes and errors."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats

from compat import matlab
from compat._core.errors import CompatError

RNG = np.random.default_rng(7910)


def test_against_scipy_by_columns_and_rows():
    x = RNG.uniform(0.1, 10, (7, 3))
    np.testing.assert_allclose(matlab.geomean(x).ravel(), scipy.stats.gmean(x), rtol=1e-13)
    np.testing.assert_allclose(matlab.harmmean(x, 2).ravel(), scipy.stats.hmean(x, axis=1),
                               rtol=1e-13)
    for order in (2, 3, 4, 5):
        np.testing.assert_allclose(matlab.moment(x, order).ravel(),
                                   scipy.stats.moment(x, order), rtol=1e-11, atol=1e-12)
    assert matlab.moment(x, 2).shape == (1, 3) and matlab.geomean(x, 2).shape == (7, 1)


def test_vectors_dims_zero_nan_and_empty():
    assert float(matlab.geomean([1, 0, 4])) == 0.0
    assert float(matlab.harmmean([1, 0, 4])) == 0.0
    assert np.isnan(matlab.geomean([1, np.nan, 4]))
    assert np.isnan(matlab.moment([1, np.nan, 4], 2))
    assert float(matlab.moment([3, 9, 1e6], 1)) == 0.0          # exactly zero
    assert np.isnan(matlab.moment(np.zeros((0, 0)), 2))
    assert np.isnan(matlab.moment(np.zeros((0, 2)), 1)).all()
    np.testing.assert_allclose(matlab.geomean(np.array([[1.0, 4], [16, 1]]), "all"), [[64 ** 0.25]])
    assert matlab.geomean(np.float32([1, 4])).dtype == np.float32


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.geomean([1, -2, 3]), "negative"),
    (lambda: matlab.moment([1, 2, 3], [1, 2]), "ORDER must be a scalar"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)


# ---------------------------------------------------------------------- trimmean
def test_trimmean_by_hand():
    x = [1.0, 2, 3, 4, 100]
    assert float(matlab.trimmean(x, 40)) == 3.0                 # k = 1
    assert float(matlab.trimmean(x, 20)) == 22.0                # k = 0.5 rounds down
    assert float(matlab.trimmean(x, 30, "floor")) == 22.0       # k = 0.75 -> 0
    assert float(matlab.trimmean(x, 30)) == 3.0                 # k = 0.75 -> 1
    # weighted: k = 0.75, the extremes weigh 0.25
    assert float(matlab.trimmean(x, 30, "weighted")) == (9 + 0.25 + 25) / 3.5
    # NaN removed per column, dim and flag in either order
    m = np.array([[1.0, 5], [np.nan, 6], [3, 7], [50, 8]])
    assert matlab.trimmean(m, 50).ravel().tolist() == [3.0, 6.5]
    assert np.array_equal(matlab.trimmean(m, 50, 1, "floor"), matlab.trimmean(m, 50, "floor", 1))


def test_trimmean_matches_scipy_when_k_is_whole():
    x = RNG.normal(size=(20, 3))
    np.testing.assert_allclose(matlab.trimmean(x, 20).ravel(),
                               scipy.stats.trim_mean(x, 0.1), rtol=1e-13)


def test_trimmean_errors_and_empties():
    assert np.isnan(matlab.trimmean(np.zeros((0, 0)), 10))
    assert np.isnan(matlab.trimmean([np.nan, np.nan], 10))
    for bad in (100, -1, [1, 2]):
        with pytest.raises(CompatError):
            matlab.trimmean([1.0, 2], bad)
    with pytest.raises(CompatError):
        matlab.trimmean([1.0, 2], 10, "median")
