"""MATLAB chi2gof (compat.matlab.goodness_of_fit over compat._core.chi_square_gof): the
bins, expected counts, pooling, statistic and p from their definitions, scipy's
chisquare on given counts, errors, input layouts, and a live Octave run (Octave 7.3's
statistics 1.5.3 chi2gof) on random data. Captured values: golden suite
matlab/chi_square_gof."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core import chi_square_gof as core
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_default_bins_expected_and_statistic():
    rng = np.random.default_rng(21)
    x = rng.normal(size=300)
    h, p, st = matlab.chi2gof(x, 'EMin', 0, nargout=3)
    lo, hi = x.min(), x.max()
    e = lo + (hi - lo) / 10 * np.arange(11)
    e[-1] = hi
    e = e + np.spacing(np.abs(e))                       # chi2gof.m's eps shift
    np.testing.assert_array_equal(st.edges, e[None, :])
    want_o = np.array([np.sum((x >= a) & (x < b)) for a, b in
                       zip(np.r_[-np.inf, e[1:-1]], np.r_[e[1:-1], np.inf])])
    np.testing.assert_array_equal(st.O, want_o[None, :])
    mu, sd = x.mean(), x.std(ddof=1)
    cdf = stats.norm.cdf(e[1:-1], mu, sd)
    want_e = 300 * np.diff(np.r_[0, cdf, 1])
    np.testing.assert_allclose(st.E, want_e[None, :], rtol=1e-12)
    chi = np.sum((want_o - want_e) ** 2 / want_e)
    assert st.chi2stat == pytest.approx(chi, rel=1e-12) and st.df == 10 - 1 - 2
    assert p == pytest.approx(stats.chi2.sf(chi, 7), rel=1e-10)
    assert bool(h) == (p <= 0.05)


def test_pooling_by_hand():
    # tails below 5 merge inward, the smaller tail first: [1 2 10 10 3 1] -> [13 14]
    e, o, edges = core.pool_bins(np.array([1.0, 2, 10, 10, 3, 1]),
                                 np.array([2.0, 1, 9, 12, 2, 0]), np.arange(7.0), 5)
    assert e.tolist() == [13, 14] and o.tolist() == [12, 14]
    assert edges.tolist() == [0, 3, 6]


def test_given_counts_against_scipy():
    obs = np.array([15.0, 35, 20, 18, 8, 4])
    bins = np.arange(6.0)
    lam = float(bins @ obs) / obs.sum()
    exp = obs.sum() * stats.poisson.pmf(bins, lam)
    h, p, st = matlab.chi2gof(bins, 'Ctrs', bins, 'Frequency', obs, 'Expected', exp,
                              'NParams', 1, nargout=3)
    # the last two bins pooled (expected 3.9 < 5): chisquare on the pooled counts
    o2 = np.r_[obs[:4], obs[4:].sum()]
    e2 = np.r_[exp[:4], exp[4:].sum()]
    chi = np.sum((o2 - e2) ** 2 / e2)                       # Pearson's statistic
    assert st.chi2stat == pytest.approx(chi, rel=1e-12)
    assert p == pytest.approx(stats.chi2.sf(chi, 5 - 1 - 1), rel=1e-10) and st.df == 3
    np.testing.assert_allclose(st.edges, [[-0.5, 0.5, 1.5, 2.5, 3.5, 5.5]], rtol=1e-15)


def test_edges_cdf_forms_and_nan():
    x = np.array([-4.0, -1.5, -0.2, 0.1, 0.3, 0.7, 1.2, 2.9, 3.0, 5.0, np.nan])
    _, _, st = matlab.chi2gof(x, 'Edges', [-3, -1, 0, 0.5, 1, 3], 'CDF',
                              [matlab.normcdf, 0, 1], 'EMin', 0, nargout=3)
    # -4 and 5 outside, 3.0 in the closed last bin, NaN dropped
    assert st.O.tolist() == [[1, 1, 2, 1, 3]]
    assert st.df == 2                   # 5 - 1 - 2: the cell's two parameters count
    _, p1, s1 = matlab.chi2gof(x, 'CDF', [matlab.normcdf, 0, 1], 'EMin', 0, nargout=3)
    _, p2, s2 = matlab.chi2gof(x, 'cdf', lambda v: matlab.normcdf(v), 'NParams', 2,
                               'emin', 0, nargout=3)
    assert s1.chi2stat == s2.chi2stat and s2.df == s1.df and p1 == p2
    _, _, s3 = matlab.chi2gof(x, 'cdf', lambda v: matlab.normcdf(v), 'EMin', 0,
                              nargout=3)
    assert s3.df == s1.df + 2                            # a bare callable: 0 parameters
    h, p, st = matlab.chi2gof(np.full(12, 3.0), 'CDF', [matlab.normcdf, 3, 1], nargout=3)
    assert st.edges[0, 0] == pytest.approx(3 - 5 - 0.5) and st.O.sum() == 12


def test_errors_and_inputs():
    x = np.linspace(-2, 2, 30)
    with pytest.raises(CompatValueError, match="at most one"):
        matlab.chi2gof(x, 'NBins', 5, 'Edges', [-1, 0, 1])
    with pytest.raises(CompatValueError, match="CDF or Expected"):
        matlab.chi2gof(x, 'CDF', matlab.normcdf, 'Expected', np.ones(10))
    with pytest.raises(CompatValueError, match="wrong size"):
        matlab.chi2gof(x, 'NBins', 4, 'Expected', np.ones(10))
    with pytest.raises(CompatValueError, match="same length"):
        matlab.chi2gof(x, 'Frequency', [1, 2])
    with pytest.raises(CompatValueError, match="invalid parameter"):
        matlab.chi2gof(x, 'Bins', 3)
    with pytest.raises(CompatValueError, match="must be a vector"):
        matlab.chi2gof(np.ones((3, 4)))
    h, p, st = matlab.chi2gof(x, 'NBins', 3, nargout=3)     # df = 3 - 1 - 2 = 0
    assert np.isnan(p) and st.df == 0 and not h
    y = np.array(np.random.default_rng(4).normal(size=80), dtype='>f8')
    y.setflags(write=False)
    a = matlab.chi2gof(y[::2], nargout=2)
    b = matlab.chi2gof(y[::2].astype('<f8').copy(), nargout=2)
    assert a == b
    z = y.astype(float)
    before = z.copy()
    matlab.chi2gof(z, 'Frequency', np.ones(80))
    np.testing.assert_array_equal(z, before)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1382)
    cases, expected = [], []
    for _ in range(6):
        n = int(rng.integers(30, 300))
        x = rng.normal(loc=float(rng.normal()), size=n)
        nb = float(rng.integers(4, 15))
        em = float(rng.integers(0, 7))
        cases.append(("[h, p, s] = chi2gof(X, 'NBins', NB, 'EMin', EM); h = double(h); "
                      "c = s.chi2stat; d = s.df; o = s.O; e = s.E; g = s.edges; "
                      "[h2, p2, s2] = chi2gof(X, 'CDF', {@normcdf, 0.2, 1.1}); c2 = s2.chi2stat;",
                      {"X": x, "NB": nb, "EM": em},
                      ["h", "p", "c", "d", "o", "e", "g", "p2", "c2"]))
        h, p, s = matlab.chi2gof(x, 'NBins', nb, 'EMin', em, nargout=3)
        _, p2, s2 = matlab.chi2gof(x, 'CDF', [matlab.normcdf, 0.2, 1.1], nargout=3)
        expected.append([float(h), p, s.chi2stat, s.df, s.O, s.E, s.edges, p2, s2.chi2stat])
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            # counts and edges exact; expected counts via normcdf (a few ulps); Octave's
            # p is 1 - chi2cdf (absolute error ~1e-16)
            np.testing.assert_allclose(np.asarray(result[name], dtype=float).reshape(-1),
                                       np.asarray(value, dtype=float).reshape(-1),
                                       rtol=1e-12, atol=1e-14, err_msg=name)


def test_page_example():
    # MATLAB's chi2gof page: rng default; x = random(makedist('Normal'), 100, 1);
    # h = chi2gof(x) -> 0; [h, p] = chi2gof(x, 'Alpha', 0.01) -> 0, 0.3775
    matlab.rng('default')
    x = matlab.randn(100, 1)
    assert not matlab.chi2gof(x)
    h, p = matlab.chi2gof(x, 'Alpha', 0.01, nargout=2)
    assert not h and round(p, 4) == 0.3775
