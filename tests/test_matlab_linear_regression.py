"""MATLAB regress (goldens: reference_outputs/matlab/regress, Octave 7.3 statistics)."""

import numpy as np
import pytest

from compat import MatlabWarning, matlab
from oracles import run_octave_calls


def _design(rng, n=25):
    return np.column_stack([np.ones(n), rng.normal(size=(n, 2))])


def test_rint_is_the_leave_one_out_interval():
    """rint(i, :) = r(i) -/+ t * sqrt(1 - h(i)) * s_(i), s_(i) from the fit without
    row i: computed here by refitting, independently of compat's formula."""
    from compat._core.distribution_functions import t_inv
    rng = np.random.default_rng(4)
    X = _design(rng)
    y = X @ [1.0, 2.0, -1.0] + rng.normal(size=25)
    b, bint, r, rint, stats = matlab.regress(y, X, nargout=5)
    n, p = X.shape
    h = np.diag(X @ np.linalg.inv(X.T @ X) @ X.T)
    t = float(t_inv(np.float64(0.975), np.float64(n - p - 1)))
    for i in range(n):
        keep = np.arange(n) != i
        coef = np.linalg.lstsq(X[keep], y[keep], rcond=None)[0]
        s_i = np.sqrt(np.sum((y[keep] - X[keep] @ coef) ** 2) / (n - 1 - p))
        half = t * np.sqrt(1 - h[i]) * s_i
        np.testing.assert_allclose(rint[i], [r[i, 0] - half, r[i, 0] + half], rtol=1e-10)
    np.testing.assert_allclose(b[:, 0], np.linalg.lstsq(X, y, rcond=None)[0], atol=1e-12)


def test_nan_rows_and_rank_deficiency():
    rng = np.random.default_rng(5)
    X = _design(rng, 10)
    y = rng.normal(size=10)
    y[3] = np.nan
    b, bint, r, rint, stats = matlab.regress(y, X, nargout=5)
    assert np.isnan(r[3, 0]) and np.isnan(rint[3]).all() and r.shape == (10, 1)
    keep = ~np.isnan(y)
    np.testing.assert_allclose(b[:, 0], np.linalg.lstsq(X[keep], y[keep], rcond=None)[0],
                               atol=1e-12)
    with pytest.warns(MatlabWarning, match="rank deficient"):
        b2 = matlab.regress(y[keep], np.column_stack([X[keep], X[keep, 1]]))
    assert b2.shape == (4, 1) and np.sum(b2 == 0) == 1
    with pytest.raises(ValueError, match="number of rows"):
        matlab.regress(np.ones(3), np.ones((4, 2)))


@pytest.mark.octave
def test_against_octave_on_random_designs():
    rng = np.random.default_rng(6)
    problems = [(_design(rng, n), rng.normal(size=(n, 1))) for n in (8, 15, 40)]
    cases = [("regress(y, X)", {"X": X, "y": y}, 2) for X, y in problems]
    results = run_octave_calls(cases, setup="warning('off', 'all'); pkg load statistics")
    for (X, y), (b, bint) in zip(problems, results):
        got = matlab.regress(y, X, nargout=2)
        np.testing.assert_allclose(got.b, b, rtol=1e-12, atol=1e-13)
        np.testing.assert_allclose(got.bint, bint, rtol=1e-12, atol=1e-13)
