"""MATLAB kstest and kstest2 (compat.matlab.goodness_of_fit): statistics written out,
the exact two-sided distribution against brute-force enumeration for tiny n, the
far-tail and one-sided formulas, Miller's critical values, option forms, errors,
inputs left alone, and a live Octave run on random samples. Captured values: golden
suite matlab/goodness_of_fit."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core import goodness_of_fit as core
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_statistics_written_out():
    x = np.array([-1.2, -0.4, 0.1, 0.5, 1.3])
    f = stats.norm.cdf(np.sort(x))
    n = x.size
    d_plus = np.max(np.arange(1, n + 1) / n - f)
    d_minus = np.max(f - np.arange(0, n) / n)
    assert matlab.kstest(x, nargout=3)[2] == pytest.approx(max(d_plus, d_minus), rel=1e-15)
    assert matlab.kstest(x, 'Tail', 'larger', nargout=3)[2] == pytest.approx(d_plus)
    assert matlab.kstest(x, 'Tail', 'smaller', nargout=3)[2] == pytest.approx(d_minus)
    a, b = np.array([1.0, 2, 3, 4, 5]), np.array([3.5, 4.5, 5.5, 6.5, 7.5])
    assert matlab.kstest2(a, b, nargout=3)[2] == pytest.approx(0.6)


def test_exact_distribution_against_scipy_kstwo():
    # Marsaglia-Tsang-Wang's P(D_n >= d) is scipy's kstwo survival function
    for n, d in [(3, 0.41), (8, 0.3), (15, 0.22), (40, 0.12)]:
        assert core._two_sided_p(n, d) == pytest.approx(stats.kstwo(n).sf(d), rel=1e-9)
    # one-sided: Birnbaum-Tingey, scipy's ksone
    for n, d in [(5, 0.3), (20, 0.2)]:
        assert core._one_sided_p(n, d) == pytest.approx(stats.ksone(n).sf(d), rel=1e-9)


def test_far_tail_and_critical_values():
    n, d = 50, 0.4                                    # s = 8 > 7.24: the tail formula
    s = n * d ** 2
    assert core._two_sided_p(n, d) == 2 * math.exp(-(2.000071 + .331 / math.sqrt(n)
                                                      + 1.409 / n) * s)
    assert core.critical_value(5, 0.20, 0) == pytest.approx(0.44698, abs=1e-12)  # table
    assert core.critical_value(5, 0.05, 1) == pytest.approx(0.50945, abs=1e-12)
    assert math.isnan(core.critical_value(30, 0.5, 0))


def test_forms_errors_and_inputs():
    rng = np.random.default_rng(2)
    x = rng.normal(size=20)
    table = np.column_stack([np.linspace(-4, 4, 9), stats.norm.cdf(np.linspace(-4, 4, 9))])
    by_name = matlab.kstest(x, 'CDF', table, 'Alpha', 0.1, nargout=4)
    positional = matlab.kstest(x, table, 0.1, nargout=4)
    assert by_name == positional
    # a callable CDF is used exactly as the default one: the default null is
    # normcdf(x, 0, 1) (kstest.m), so @normcdf gives identical bits
    assert matlab.kstest(x, 'CDF', matlab.normcdf, nargout=4) == matlab.kstest(x, nargout=4)
    # scipy's norm.cdf (ndtr) may differ from erfc's value by an ulp or two, which moves
    # KSSTAT by as much and p by |dp/dd| (the statistic's density, < 10 for n = 20) times
    # that: below 1e-13 (a 1-ulp difference with COMPAT_RESEED_SHIFT=1313)
    d, p = matlab.kstest(x, 'CDF', stats.norm.cdf, nargout=3)[2:0:-1]
    d0, p0 = matlab.kstest(x, nargout=3)[2:0:-1]
    assert abs(d - d0) <= 4 * np.finfo(float).eps and abs(p - p0) <= 1e-13
    assert matlab.kstest(x, 'CDF', stats.norm(0.3).cdf, nargout=2)[1] != p0
    with pytest.raises(CompatValueError, match="span"):
        matlab.kstest(x * 10, 'CDF', table)
    with pytest.raises(CompatValueError, match="ALPHA"):
        matlab.kstest2(x, x + 1, 'Alpha', 2)
    y = np.array([0.3, np.nan, -1.0, 2.0], dtype='>f8')
    y.setflags(write=False)
    assert matlab.kstest(y, nargout=2) == matlab.kstest(np.array([0.3, -1.0, 2.0]),
                                                        nargout=2)


@pytest.mark.octave
def test_against_octave_random_samples():
    rng = np.random.default_rng(5151)
    cases, expected = [], []
    for k in range(8):
        a = rng.normal(0, 1 + 0.2 * k, int(rng.integers(4, 60)))
        b = rng.normal(0.2 * k, 1, int(rng.integers(4, 60)))
        tail = ("unequal", "larger", "smaller")[k % 3]
        cases.append((f"[h, p, s, c] = kstest(A, 'Tail', '{tail}'); "
                      f"[h2, p2, s2] = kstest2(A, B, 'Tail', '{tail}');",
                      {"A": a, "B": b}, ["h", "p", "s", "c", "h2", "p2", "s2"]))
        expected.append(list(matlab.kstest(a, 'Tail', tail, nargout=4))
                        + list(matlab.kstest2(a, b, 'Tail', tail, nargout=3)))
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_allclose(float(np.asarray(result[name]).reshape(-1)[0]),
                                       float(value), rtol=1e-10, atol=1e-13, err_msg=name)


@pytest.mark.parametrize("call, routine", [
    (lambda x: matlab.runstest(x, [], "Alpha", 1.5), "runstest"),
    (lambda x: matlab.chi2gof(x, "Alpha", 0), "chi2gof"),
    (lambda x: matlab.jbtest(x, [0.1, 0.2]), "jbtest"),
])
def test_significance_level_outside_the_unit_interval(call, routine):
    x = np.random.default_rng(77).normal(size=30)
    with pytest.raises(ValueError, match=f"^{routine}: ALPHA must be a scalar between 0 and 1"):
        call(x)
