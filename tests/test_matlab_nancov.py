"""MATLAB nancov (compat.matlab.nan_functions): complete-row and pairwise covariances
against numpy on the selected rows, nancov.m's one-row and no-row rules, argument forms,
classes and errors."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError

RNG = np.random.default_rng(7810)


def _data():
    x = RNG.normal(size=(25, 3))
    x[RNG.random(x.shape) < 0.15] = np.nan
    return x


def test_complete_rows_match_numpy():
    x = _data()
    rows = ~np.isnan(x).any(axis=1)
    np.testing.assert_allclose(matlab.nancov(x), np.cov(x[rows], rowvar=False), rtol=1e-13)
    np.testing.assert_allclose(matlab.nancov(x, 1), np.cov(x[rows], rowvar=False, bias=True),
                               rtol=1e-13)
    assert np.array_equal(matlab.nancov(x, 0, "complete"), matlab.nancov(x))


def test_pairwise_match_numpy_on_each_pair():
    x = _data()
    c = matlab.nancov(x, "pairwise")
    for i in range(3):
        col = x[:, i][~np.isnan(x[:, i])]
        np.testing.assert_allclose(c[i, i], col.var(ddof=1), rtol=1e-13)
        for j in range(i):
            rows = ~np.isnan(x[:, i]) & ~np.isnan(x[:, j])
            np.testing.assert_allclose(c[i, j], np.cov(x[rows, i], x[rows, j])[0, 1],
                                       rtol=1e-12)
            assert c[i, j] == c[j, i]
    assert np.array_equal(matlab.nancov(x, "pair"), c)


def test_one_row_and_no_row_rules():
    # one complete row: zeros; pairwise: one common row gives NaN, one value NaN (N-1)
    assert matlab.nancov([1.0, np.nan, 3], [2.0, 4, np.nan]).tolist() == [[0, 0], [0, 0]]
    x = np.array([[1.0, np.nan], [np.nan, 2.0], [3.0, np.nan]])
    c = matlab.nancov(x, "pairwise")
    assert c[0, 0] == 2.0 and np.isnan(c[1, 1]) and np.isnan(c[0, 1])
    assert matlab.nancov(x, 1, "pairwise")[1, 1] == 0.0
    # no complete row at all
    assert np.isnan(matlab.nancov(x)).all()
    assert np.isnan(matlab.nancov(np.zeros((0, 3)))).all()
    assert matlab.nancov(np.zeros((0, 3))).shape == (3, 3)


def test_vectors_and_classes():
    v = np.array([1.0, np.nan, 4.0, 2.0])
    np.testing.assert_allclose(matlab.nancov(v), [[np.var([1.0, 4, 2], ddof=1)]])
    np.testing.assert_allclose(matlab.nancov(v.reshape(1, -1)), matlab.nancov(v))
    assert matlab.nancov(np.float32([1, 2, 4])).dtype == np.float32


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.nancov(np.ones((3, 2)), "rows"), "pairwise"),
    (lambda: matlab.nancov(np.ones(3), np.ones(4)), "same number of elements"),
    (lambda: matlab.nancov(np.ones(3), np.ones(3), np.ones(3)), "Too many"),
    (lambda: matlab.nancov(np.ones((2, 2, 2))), "2-D"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)
