"""MATLAB jbtest (compat.matlab.goodness_of_fit over compat._core.normality_tests): the
statistic from its definition and scipy's jarque_bera, the chi-square(2) limit for p
and the critical value, the warning where MATLAB's unpublished Monte-Carlo table would
apply (n <= 2000), errors, input layouts, and a live Octave run of the definition
(Octave 7.3 lacks jbtest). Captured values: golden suite matlab/jarque_bera."""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core.errors import CompatValueError, CompatWarning
from oracles import run_octave


def test_statistic_and_limit():
    rng = np.random.default_rng(31)
    x = rng.standard_t(5, size=2600)
    h, p, jb, cv = matlab.jbtest(x, 0.01, nargout=4)
    d = x - x.mean()
    s = np.mean(d ** 3) / np.mean(d ** 2) ** 1.5
    k = np.mean(d ** 4) / np.mean(d ** 2) ** 2
    assert jb == pytest.approx(x.size / 6 * (s ** 2 + (k - 3) ** 2 / 4), rel=1e-12)
    ref = stats.jarque_bera(x)
    assert jb == pytest.approx(ref.statistic, rel=1e-12)
    assert p == pytest.approx(ref.pvalue, rel=1e-10, abs=1e-300)
    assert cv == pytest.approx(stats.chi2.isf(0.01, 2), rel=1e-14)
    assert bool(h) == (jb > cv)


def test_warning_below_2001_values():
    rng = np.random.default_rng(32)
    x = rng.normal(size=50)
    with pytest.warns(CompatWarning, match="unpublished Monte-Carlo table"):
        h, p, jb, cv = matlab.jbtest(x, nargout=4)
    assert p == pytest.approx(math.exp(-jb / 2), rel=1e-15)
    assert cv == pytest.approx(-2 * math.log(0.05), rel=1e-15) and bool(h) == (jb > cv)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matlab.jbtest(rng.normal(size=2001))


def test_nan_errors_and_inputs():
    x = np.array([1.0, 2, 4, 8, 16, np.nan, 3], dtype='>f8')
    x.setflags(write=False)
    with pytest.warns(CompatWarning):
        jb = matlab.jbtest(x, nargout=3)[2]
        want = matlab.jbtest([1.0, 2, 4, 8, 16, 3], nargout=3)[2]
    assert jb == want
    with pytest.raises(CompatValueError, match="vector"):
        matlab.jbtest(np.ones((3, 3)))
    with pytest.raises(CompatValueError, match="two non-NaN"):
        matlab.jbtest([1.0, np.nan])
    with pytest.raises(CompatValueError, match="ALPHA"):
        matlab.jbtest(np.arange(3000.0), 1.5)
    with pytest.raises(CompatValueError, match="MCTOL"):
        matlab.jbtest(np.arange(3000.0), 0.05, 0.01)
    z = np.arange(3000.0) ** 0.5
    before = z.copy()
    matlab.jbtest(z[::-1], [])
    np.testing.assert_array_equal(z, before)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1383)
    cases, expected = [], []
    for _ in range(6):
        n = int(rng.integers(2001, 4000))
        x = rng.normal(size=n) + float(rng.uniform(0, 0.3)) * rng.exponential(size=n)
        a = float(rng.uniform(0.001, 0.5))
        cases.append(("jb = (numel(X) / 6) * (skewness(X)^2 + (kurtosis(X) - 3)^2 / 4); "
                      "p = 1 - chi2cdf(jb, 2); cv = chi2inv(1 - A, 2);",
                      {"X": x, "A": a}, ["jb", "p", "cv"]))
        h, p, jb, cv = matlab.jbtest(x, a, nargout=4)
        expected.append([jb, p, cv])
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            # moments by sums in other orders; Octave's p is 1 - cdf (abs. error 1e-16)
            np.testing.assert_allclose(float(np.asarray(result[name]).reshape(-1)[0]),
                                       float(value), rtol=1e-11, atol=1e-15, err_msg=name)
