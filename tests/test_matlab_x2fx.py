"""MATLAB x2fx (compat.matlab.linear_regression): term order and categorical
indicators written out by hand, the power-matrix and term-column outputs, name
abbreviations, errors, and a live Octave run of the continuous models."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave

RNG = np.random.default_rng(7610)


def test_quadratic_term_order_by_hand():
    x = RNG.normal(size=(5, 3))
    a, b, c = x.T
    want = np.column_stack([np.ones(5), a, b, c, a * b, a * c, b * c, a * a, b * b, c * c])
    d, model, start, end = matlab.x2fx(x, "quadratic", nargout=4)
    np.testing.assert_array_equal(d, want)
    assert model.shape == (10, 3) and start.ravel().tolist() == list(range(1, 11))
    assert np.array_equal(matlab.x2fx(x, "quad"), d)             # abbreviations
    assert np.array_equal(matlab.x2fx(x, "inter"), want[:, :7])
    assert np.array_equal(matlab.x2fx(x, "purequadratic"), want[:, [0, 1, 2, 3, 7, 8, 9]])
    assert np.array_equal(matlab.x2fx(x), want[:, :4])
    assert np.array_equal(matlab.x2fx(x, "additive"), want[:, :4])


def test_categorical_indicators_drop_the_last_level():
    x = np.array([[1.0, 20, 3], [2, 10, 4], [3, 30, 5], [4, 20, 6]])
    d, _, start, end = matlab.x2fx(x, "interaction", 2, nargout=4)
    # levels of column 2: 10, 20, 30 -> indicators of 10 and 20
    i10 = (x[:, 1] == 10).astype(float)
    i20 = (x[:, 1] == 20).astype(float)
    a, c = x[:, 0], x[:, 2]
    want = np.column_stack([np.ones(4), a, i10, i20, c, a * i10, a * i20, a * c,
                            i10 * c, i20 * c])
    np.testing.assert_array_equal(d, want)
    assert start.ravel().tolist() == [1, 2, 3, 5, 6, 8, 9]
    assert end.ravel().tolist() == [1, 2, 4, 5, 7, 8, 10]
    # with catlevels: values 1..L, every level but the last, absent levels included
    g = np.array([[2.0], [1.0], [2.0]])
    np.testing.assert_array_equal(matlab.x2fx(g, "linear", 1, 4),
                                  [[1, 0, 1, 0], [1, 1, 0, 0], [1, 0, 1, 0]])


def test_two_categorical_columns_combine():
    x = np.array([[1.0, 1], [2, 1], [1, 2], [2, 2], [3, 3]])
    d = matlab.x2fx(x, np.array([[1, 1]]), [1, 2])
    # 2 x 2 indicator pairs, the first column varying fastest; level 3 rows are zero
    np.testing.assert_array_equal(d, [[1, 0, 0, 0], [0, 1, 0, 0], [0, 0, 1, 0],
                                      [0, 0, 0, 1], [0, 0, 0, 0]])


def test_single_stays_single():
    assert matlab.x2fx(np.float32([[1, 2], [3, 4]]), "quadratic").dtype == np.float32


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.x2fx(np.ones((3, 2)), np.ones((2, 3))), "same number of columns"),
    (lambda: matlab.x2fx(np.ones((3, 2)), np.array([[0, 2]]), 2), "powers for a categorical"),
    (lambda: matlab.x2fx(np.array([[1.0, 5]]), "linear", 2, 3), "Not all values of column 2"),
    (lambda: matlab.x2fx(np.ones((3, 2)), "cubic"), "Unknown model"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)


@pytest.mark.octave
def test_random_against_octave():
    cases, ours = [], []
    for _ in range(5):
        n = int(RNG.integers(1, 5))
        x = RNG.normal(size=(int(RNG.integers(2, 9)), n))
        model = str(RNG.choice(["linear", "interactions", "quadratic", "purequadratic"]))
        cases.append((f"warning('off', 'all'); r = x2fx(x, '{model}');", {"x": x}, ["r"]))
        ours.append(matlab.x2fx(x, model))
        powers = RNG.integers(0, 4, (3, n))
        cases.append(("warning('off', 'all'); r = x2fx(x, p);", {"x": x, "p": powers.astype(float)},
                      ["r"]))
        ours.append(matlab.x2fx(x, powers))
    for mine, got in zip(ours, run_octave(cases, setup="pkg load statistics")):
        assert not isinstance(got, Exception), got
        np.testing.assert_allclose(mine, np.asarray(got["r"]).reshape(mine.shape),
                                   rtol=1e-14, atol=1e-15)


# ---------------------------------------------------------------------- dummyvar
def test_dummyvar_by_hand():
    g = np.array([[1, 2], [2, 1], [1, 3]])
    want = [[1, 0, 0, 1, 0], [0, 1, 1, 0, 0], [1, 0, 0, 0, 1]]
    np.testing.assert_array_equal(matlab.dummyvar(g), want)
    # levels up to the largest, absent ones as zero columns; a row vector is one variable
    np.testing.assert_array_equal(matlab.dummyvar([3, 1]), [[0, 0, 1], [1, 0, 0]])
    # a list of grouping variables: grp2idx numbers (text by appearance)
    np.testing.assert_array_equal(matlab.dummyvar([["b", "a", "b"], [5, 5, 7]]),
                                  [[1, 0, 1, 0], [0, 1, 1, 0], [1, 0, 0, 1]])
    assert matlab.dummyvar(np.float32([1, 2])).dtype == np.float32


@pytest.mark.parametrize("bad", [[1, 2.5], [0, 1], [1, np.nan], [-1, 2]])
def test_dummyvar_refuses_non_positive_integers(bad):
    with pytest.raises(CompatError) as info:
        matlab.dummyvar(bad)
    assert "positive integer" in str(info.value)
