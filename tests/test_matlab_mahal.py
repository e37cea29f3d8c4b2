"""MATLAB mahal (compat.matlab.distances): the definition with an explicit inverse of
numpy's covariance, a hand case, classes, errors, the singular warning, real-data
inputs, and live Octave runs on random samples."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError, SingularMatrixWarning
from oracles import run_octave

RNG = np.random.default_rng(7410)


def test_definition_with_the_inverse_covariance():
    x = RNG.normal(size=(30, 4)) @ RNG.normal(size=(4, 4))
    y = RNG.normal(size=(7, 4)) * 3
    inv = np.linalg.inv(np.cov(x, rowvar=False))
    d = y - x.mean(axis=0)
    want = np.einsum("ij,jk,ik->i", d, inv, d)
    got = matlab.mahal(y, x)
    assert got.shape == (7, 1) and got.dtype == np.float64
    np.testing.assert_allclose(got.ravel(), want, rtol=1e-11)


def test_hand_case_and_vector_point():
    x = np.array([[1.0, 2], [2, 1], [3, 4], [4, 3], [5, 5]])
    # (-2, 2) against the covariance [2.5 2; 2 2.5]: 36 / 2.25 = 16
    np.testing.assert_allclose(matlab.mahal([1, 5], x), [[16.0]], rtol=1e-14)
    assert matlab.mahal(np.float32([[1, 5]]), x).dtype == np.float32


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.mahal(np.ones((2, 3)), np.ones((5, 2))), "same number of columns"),
    (lambda: matlab.mahal(np.ones((1, 3)), np.ones((2, 3))), "must exceed"),
    (lambda: matlab.mahal(np.ones((1, 2)) * 1j, np.ones((4, 2))), "complex"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)


def test_rank_deficient_sample_warns_singular():
    # a constant column: R has an exactly zero diagonal; MATLAB's triangular solve
    # warns and divides 0 by 0 (NaN), and a point off the constant gives Inf
    x = np.column_stack([np.arange(6.0), np.full(6, 3.0)])
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        d = matlab.mahal([[1.0, 3.0], [1.0, 4.0]], x)
    assert any(issubclass(w.category, SingularMatrixWarning) for w in caught)
    assert np.isnan(d[0, 0]) and d[1, 0] == np.inf


def test_real_data_inputs_and_no_mutation():
    x = RNG.normal(size=(12, 2))
    y = RNG.normal(size=(3, 2))
    want = matlab.mahal(y, x)
    big = x.astype(">f8")
    big.flags.writeable = False
    assert np.array_equal(matlab.mahal(y, big), want)
    copy = x.copy()
    matlab.mahal(y, x)
    assert np.array_equal(x, copy)


@pytest.mark.octave
def test_random_against_octave():
    cases, ours, rtols = [], [], []
    for _ in range(6):
        p = int(RNG.integers(1, 6))
        n = p + int(RNG.integers(1, 40))
        x = RNG.normal(size=(n, p)) @ RNG.normal(size=(p, p)) + RNG.normal(size=p)
        y = RNG.normal(size=(int(RNG.integers(1, 8)), p)) * 2
        cases.append(("warning('off', 'all'); r = mahal(y, x);", {"x": x, "y": y}, ["r"]))
        ours.append(matlab.mahal(y, x))
        # compat follows MATLAB's QR of the centred X (rounding ~ eps*cond(X0)); Octave's
        # statistics mahal goes through the covariance, whose rounding is eps*cond(X0)^2
        # (COMPAT_RESEED_SHIFT=2718: a random mixing matrix with cond(X0)^2 ~ 1e7 gave
        # 1.7e-9 relative against the fixed 1e-9)
        kappa = np.linalg.cond(x - x.mean(axis=0))
        rtols.append(max(1e-9, 16 * np.finfo(float).eps * kappa ** 2))
    for mine, got, rtol in zip(ours, run_octave(cases, setup="pkg load statistics"), rtols):
        assert not isinstance(got, Exception), got
        np.testing.assert_allclose(mine, np.asarray(got["r"]).reshape(mine.shape),
                                   rtol=rtol, atol=1e-12)
