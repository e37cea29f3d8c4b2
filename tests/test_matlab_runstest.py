"""MATLAB runstest (compat.matlab.goodness_of_fit over compat._core.runs_test): the exact
run distributions against brute-force enumeration, the continuity-corrected z, the
reference page's printed example, dropped values, errors, input layouts, and a live
Octave run (Octave 7.3's statistics 1.5.3 runstest for the counts; the exact p-values by
enumeration in Octave). Captured values: golden suite matlab/runs_test."""

from __future__ import annotations

import itertools
import math
import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core import runs_test as core
from compat._core.errors import CompatValueError, CompatWarning
from oracles import run_octave


def _runs(seq):
    return 1 + sum(a != b for a, b in zip(seq, seq[1:]))


@pytest.mark.parametrize("n1, n0", [(1, 1), (2, 5), (4, 4), (6, 3), (7, 7)])
def test_above_below_distribution_by_enumeration(n1, n0):
    counts = [0] * (2 * min(n1, n0) + 1)
    for pos in itertools.combinations(range(n1 + n0), n1):
        seq = [1 if i in pos else 0 for i in range(n1 + n0)]
        counts[_runs(seq) - 1] += 1
    assert core.above_below_counts(n1, n0) == counts


@pytest.mark.parametrize("n", [2, 3, 4, 5, 6, 7, 8])
def test_up_down_distribution_by_enumeration(n):
    counts = [0] * (n - 1)
    for perm in itertools.permutations(range(n)):
        steps = [b > a for a, b in zip(perm, perm[1:])]
        counts[_runs(steps) - 1] += 1
    assert list(core.up_down_counts(n)) == counts
    assert sum(core.up_down_counts(n)) == math.factorial(n)


def test_small_example_each_tail():
    # mean 9.94: signs + - - + - +, 5 runs of n1 = n0 = 3 in C(6, 3) = 20 arrangements:
    # P(R = 5) = 4/20, P(R = 6) = 2/20
    x = [45, -60, 1.225, 55.4, -9, 27]
    h, p, st = matlab.runstest(x, nargout=3)
    assert (bool(h), p, st.nruns, st.n1, st.n0) == (False, 0.6, 5.0, 3.0, 3.0)
    sd = math.sqrt(2 * 9 * (18 - 6) / (36 * 5))
    assert st.z == pytest.approx((5 - 0.5 - 4) / sd, rel=1e-15)
    _, p, st = matlab.runstest(x, [], 'Tail', 'left', nargout=3)
    assert p == pytest.approx(0.9, rel=1e-15)
    assert st.z == pytest.approx((5 + 0.5 - 4) / sd, rel=1e-15)
    assert matlab.runstest(x, [], 'Tail', 'right', nargout=2)[1] == pytest.approx(0.3)
    _, p = matlab.runstest(x, [], 'Method', 'approximate', nargout=2)
    assert p == pytest.approx(math.erfc(((5 - 0.5 - 4) / sd) / math.sqrt(2)), rel=1e-14)


def test_page_example():
    # MATLAB's runstest page: rng default; x = randn(40,1); [h,p] = runstest(x,median(x))
    matlab.rng('default')
    x = matlab.randn(40, 1)
    h, p = matlab.runstest(x, np.median(x), nargout=2)
    assert not h and round(p, 4) == 0.8762


def test_dropped_values_and_up_down():
    h, p, st = matlab.runstest([1.0, np.nan, 3, 2, 2, 5, 2, np.nan, 0], 2, nargout=3)
    # values equal to 2 and NaN dropped: 1 3 5 0 -> signs - + + -: 3 runs
    assert (st.nruns, st.n1, st.n0) == (3.0, 2.0, 2.0)
    _, p, st = matlab.runstest([1.0, 2, 2, 3, 1, 1, 4, 0], 'ud', nargout=3)
    # steps up, (0), up, down, (0), up, down: N = 5 + 1, runs up/down 4
    assert st.nruns == 4 and (st.n1, st.n0) == (3.0, 2.0)
    counts = core.up_down_counts(6)
    at, below, above = counts[3], sum(counts[:3]), sum(counts[4:])
    assert p == pytest.approx(min(1, 2 * (at + min(below, above)) / 720), rel=1e-15)
    mu, sd = (2 * 6 - 1) / 3, math.sqrt((16 * 6 - 29) / 90)
    assert st.z == pytest.approx((4 - 0.5 * np.sign(4 - mu) - mu) / sd, rel=1e-15)
    h, p, st = matlab.runstest([3.0, 3, 3], nargout=3)        # nothing left
    assert (bool(h), p) == (False, 1.0) and np.isnan(st.nruns) and np.isnan(st.z)


def test_alpha_and_h():
    x = np.tile([1.0, -1.0], 10)                             # 20 runs: too many
    h, p = matlab.runstest(x, 0, nargout=2)
    # P(R = 20) = 2/C(20, 10) (both alternations), doubled for the two-sided test
    assert h and p == pytest.approx(2 * 2 / math.comb(20, 10), rel=1e-15)
    assert matlab.runstest(x, 0, 'Tail', 'left', 'Alpha', 0.5) == np.False_
    assert matlab.runstest(x, 0, alpha=0.01, tail='right')


def test_errors_warnings_and_inputs():
    with pytest.raises(CompatValueError, match="X must be a vector"):
        matlab.runstest(np.ones((3, 4)))
    with pytest.raises(CompatValueError, match="'ud'"):
        matlab.runstest([1.0, 2, 3], 'updown')
    with pytest.raises(CompatValueError, match="TAIL"):
        matlab.runstest([1.0, 2, 3], 0, 'Tail', 'up')
    with pytest.raises(CompatValueError, match="METHOD"):
        matlab.runstest([1.0, 2, 3], 0, 'Method', 'fast')
    with pytest.raises(CompatValueError, match="ALPHA"):
        matlab.runstest([1.0, 2, 3], 0, 'Alpha', 1.5)
    with pytest.raises(CompatValueError, match="pairs"):
        matlab.runstest([1.0, 2, 3], 0, 'Alpha')
    rng = np.random.default_rng(3)
    long = rng.normal(size=60)
    with pytest.warns(CompatWarning, match="exact method is not available"):
        p_exact = matlab.runstest(long, 'ud', 'Method', 'exact', nargout=2)[1]
    assert p_exact == matlab.runstest(long, 'ud', nargout=2)[1]
    y = np.array(long, dtype='>f8')
    y.setflags(write=False)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert (matlab.runstest(y[::2], nargout=2)
                == matlab.runstest(long[::2].copy(), nargout=2))
    z = long.copy()
    matlab.runstest(z, 'ud')
    np.testing.assert_array_equal(z, long)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1381)
    cases, expected = [], []
    for _ in range(6):
        x = rng.normal(size=int(rng.integers(20, 80)))
        v = float(rng.normal(scale=0.3))
        k = rng.integers(0, 4, int(rng.integers(8, 15))).astype(float)
        cases.append(("[h, p, s] = runstest(X, V); n = s.nruns; a = s.n1; b = s.n0; "
                      "S = sign(K - 1); S = S(S ~= 0); N = numel(S); n1 = sum(S > 0); "
                      "r = sum(S(2:end) ~= S(1:end-1)) + 1; C = nchoosek(1:N, n1); "
                      "cnt = zeros(1, N); for i = 1:size(C, 1), t = -ones(1, N); "
                      "t(C(i, :)) = 1; q = sum(t(2:end) ~= t(1:end-1)) + 1; "
                      "cnt(q) = cnt(q) + 1; end; P = cnt / sum(cnt); pe = P(r); "
                      "pb = min(1, 2 * (pe + min(sum(P(1:r-1)), sum(P(r+1:end))))); "
                      "pl = pe + sum(P(1:r-1));",
                      {"X": x, "V": v, "K": k}, ["n", "a", "b", "pb", "pl"]))
        st = matlab.runstest(x, v, nargout=3)[2]
        expected.append([st.nruns, st.n1, st.n0, matlab.runstest(k, 1, nargout=2)[1],
                         matlab.runstest(k, 1, 'Tail', 'left', nargout=2)[1]])
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            # counts exact; Octave's probabilities are double sums of integer ratios
            np.testing.assert_allclose(float(np.asarray(result[name]).reshape(-1)[0]),
                                       float(value), rtol=1e-13, atol=1e-15, err_msg=name)
