"""MATLAB ttest, ttest2, ztest (compat.matlab.hypothesis_tests): the older positional
syntax against the name-value form, tails and their abbreviations, MATLAB's error
texts, classes and inputs left alone, agreement with scipy's independent tests where
both define the result, MATLAB's rules Octave lacks (df = max(n - 1, 0), vectors
reoriented in ttest2, a constant pair in Satterthwaite's test), and a live Octave run on
random data. The captured values are the golden suite matlab/hypothesis_tests."""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.special
import scipy.stats

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _data(seed, shape):
    return np.random.default_rng(seed).standard_normal(shape)


def test_positional_syntax_is_the_name_value_form():
    x = _data(1, (12, 3))
    y = _data(2, (9, 3)) + 0.4
    a = matlab.ttest(x, 0.2, 0.1, 'left', 1, nargout=4)
    b = matlab.ttest(x, 0.2, 'Alpha', 0.1, 'Tail', 'left', 'Dim', 1, nargout=4)
    for u, v in zip(a[:3], b[:3]):
        np.testing.assert_array_equal(u, v)
    a = matlab.ttest2(x, y, 0.2, 'right', 'unequal', nargout=4)
    b = matlab.ttest2(x, y, 'Alpha', 0.2, 'Tail', 'right', 'Vartype', 'unequal', nargout=4)
    for u, v in zip(a[:3], b[:3]):
        np.testing.assert_array_equal(u, v)
    np.testing.assert_array_equal(a[3].sd, b[3].sd)
    # empty placeholders keep the defaults
    np.testing.assert_array_equal(matlab.ttest(x, 0, [], 'right', nargout=2)[1],
                                  matlab.ttest(x, 0, 'Tail', 'right', nargout=2)[1])


def test_tails_numeric_and_abbreviated():
    x = _data(3, (10, 2))
    for short, number, full in (("r", 1, "right"), ("le", -1, "left"), ("b", 0, "both")):
        p_full = matlab.ttest(x, 0, 'Tail', full, nargout=2)[1]
        np.testing.assert_array_equal(matlab.ttest(x, 0, 'Tail', short, nargout=2)[1], p_full)
        np.testing.assert_array_equal(matlab.ttest(x, 0, 'Tail', number, nargout=2)[1], p_full)
    p = matlab.ttest(x, nargout=2)[1]
    pr = matlab.ttest(x, 0, 'Tail', 'right', nargout=2)[1]
    pl = matlab.ttest(x, 0, 'Tail', 'left', nargout=2)[1]
    np.testing.assert_allclose(pr + pl, 1, rtol=1e-14)
    np.testing.assert_allclose(p, 2 * np.minimum(pr, pl), rtol=1e-14)


def test_against_scipy_where_both_define_it():
    x = _data(4, (25, 4))
    y = _data(5, (18, 4)) + 0.3
    h, p, ci, st = matlab.ttest(x, 0.1, nargout=4)
    ref = scipy.stats.ttest_1samp(x, 0.1, axis=0)
    np.testing.assert_allclose(p[0], ref.pvalue, rtol=1e-12)
    np.testing.assert_allclose(st.tstat[0], ref.statistic, rtol=1e-12)
    np.testing.assert_allclose(ci, np.stack(ref.confidence_interval(0.95)), rtol=1e-12)
    for equal in (True, False):
        h, p, ci, st = matlab.ttest2(x, y, 'Vartype', 'equal' if equal else 'unequal',
                                     nargout=4)
        ref = scipy.stats.ttest_ind(x, y, axis=0, equal_var=equal)
        np.testing.assert_allclose(p[0], ref.pvalue, rtol=1e-11)
        np.testing.assert_allclose(st.tstat[0], ref.statistic, rtol=1e-12)
        np.testing.assert_allclose(st.df[0], ref.df, rtol=1e-12)
        np.testing.assert_array_equal(h[0], (ref.pvalue <= 0.05).astype(float))


def test_matlab_rules_octave_lacks():
    # df = max(n - 1, 0) and h NaN where p is NaN (MATLAB's ttest.m)
    x = np.array([[1.0, np.nan], [2.0, np.nan], [4.0, 3.0]])
    h, p, ci, st = matlab.ttest(x, nargout=4)
    assert np.isnan(h[0, 1]) and np.isnan(p[0, 1]) and st.df[0, 1] == 0
    assert st.df[0, 0] == 2 and h[0, 0] in (0.0, 1.0)
    # ttest2 of two vectors of different orientation: y takes x's orientation
    r = _data(6, (1, 8))
    c = _data(7, (11, 1))
    got = matlab.ttest2(r, c, nargout=4)
    want = matlab.ttest2(r, c.T, nargout=4)
    for u, v in zip(got[:3], want[:3]):
        np.testing.assert_array_equal(u, v)
    # Satterthwaite with two constant samples: stats.df NaN, the test uses df = 1
    h, p, ci, st = matlab.ttest2([2, 2, 2], [1, 1], 'Vartype', 'unequal', nargout=4)
    assert np.isnan(st.df) and p == 0 and h == 1
    np.testing.assert_array_equal(ci, [[1.0, 1.0]])


def test_errors():
    x = _data(8, (6, 2))
    with pytest.raises(CompatValueError, match="ALPHA must be a scalar between 0 and 1."):
        matlab.ttest(x, 0, 'Alpha', 1.5)
    with pytest.raises(CompatValueError, match="TAIL must be 'both', 'right', or 'left'"):
        matlab.ttest(x, 0, 'Tail', 'up')
    with pytest.raises(CompatValueError, match="paired t-test must be the same size"):
        matlab.ttest(x, x[:3])
    with pytest.raises(CompatValueError, match="2-sample t-test must be commensurate"):
        matlab.ttest2(x, _data(9, (5, 3)))
    with pytest.raises(CompatValueError, match="VARTYPE must be 'equal' or 'unequal'."):
        matlab.ttest2(x, x, 'Vartype', 'pooled')
    with pytest.raises(CompatValueError, match="SIGMA must be a positive scalar."):
        matlab.ztest(x, 0, -1)
    with pytest.raises(CompatValueError, match="Invalid parameter name"):
        matlab.ttest(x, 0, 'Alpah', 0.1)


def test_classes_shapes_and_inputs_left_alone():
    x = np.asarray(_data(10, (7, 3)), dtype=">f8")
    x.setflags(write=False)
    before = x.copy()
    h, p, ci, st = matlab.ttest(x, nargout=4)
    assert np.array_equal(x, before) and h.shape == (1, 3) and ci.shape == (2, 3)
    assert st.sd.shape == (1, 3)
    h32, p32 = matlab.ttest(x.astype(np.float32), nargout=2)
    assert p32.dtype == np.float32
    assert np.ndim(matlab.ttest([1.0, 2, 4, 3])) == 0
    assert matlab.ttest(np.array([[1.0], [2], [4]]), nargout=3)[2].shape == (2, 1)
    h, p, ci, st = matlab.ttest2(x, x + 1, 'Vartype', 'unequal', nargout=4)
    assert st.sd.shape == (2, 3)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(4242)
    cases, expected, intervals = [], [], []
    for k in range(12):
        n, m, cols = int(rng.integers(3, 30)), int(rng.integers(3, 30)), int(rng.integers(1, 4))
        X = rng.standard_normal((n, cols)) * rng.uniform(0.5, 3)
        Y = rng.standard_normal((m, cols)) * rng.uniform(0.5, 3) + rng.uniform(-1, 1)
        if k % 3 == 0:
            X[rng.integers(0, n, 2), 0] = np.nan
        tail = ("both", "right", "left")[k % 3]
        alpha = float(rng.choice([0.01, 0.05, 0.2]))
        mu = float(rng.uniform(-0.5, 0.5))
        vt = ("equal", "unequal")[k % 2]
        cases.append((f"[h1, p1, c1, s1] = ttest(X, {mu!r}, 'Tail', '{tail}', 'Alpha', {alpha!r}); "
                      "t1 = s1.tstat; d1 = s1.df; e1 = s1.sd; "
                      f"[h2, p2, c2, s2] = ttest2(X, Y, 'Tail', '{tail}', 'Alpha', {alpha!r}, "
                      f"'Vartype', '{vt}'); t2 = s2.tstat; d2 = s2.df; e2 = s2.sd;",
                      {"X": X, "Y": Y},
                      ["h1", "p1", "c1", "t1", "d1", "e1", "h2", "p2", "c2", "t2", "d2", "e2"]))
        a = matlab.ttest(X, mu, 'Tail', tail, 'Alpha', alpha, nargout=4)
        b = matlab.ttest2(X, Y, 'Tail', tail, 'Alpha', alpha, 'Vartype', vt, nargout=4)
        expected.append([a[0], a[1], a[2], a[3].tstat, a[3].df, a[3].sd,
                         b[0], b[1], b[2], b[3].tstat, b[3].df, b[3].sd])
        # the intervals by their definition, est -/+ t_q(v) se (scipy's t quantile, not
        # compat's), with the t quantile's value for Octave's tolerance below
        nx, ny = np.sum(~np.isnan(X), axis=0), np.full(cols, m)
        with np.errstate(invalid="ignore", divide="ignore"), warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)     # a column of one number
            sx2, sy2 = np.nanvar(X, axis=0, ddof=1), np.var(Y, axis=0, ddof=1)
        sx2 = np.where(nx == 1, 0.0, sx2)      # MATLAB's var of one number is 0, not NaN
        mx, my = np.nanmean(X, axis=0), np.mean(Y, axis=0)
        se2 = (np.sqrt(((nx - 1) * sx2 + (ny - 1) * sy2) / (nx + ny - 2) * (1 / nx + 1 / ny))
               if vt == "equal" else np.sqrt(sx2 / nx + sy2 / ny))
        intervals.append([_t_interval(mx, np.sqrt(sx2 / nx), a[3].df, alpha, tail),
                          _t_interval(mx - my, se2, b[3].df, alpha, tail)])
    got = run_octave(cases, setup="warning('off', 'all'); pkg('load', 'statistics');")
    for result, want, (_, _, names), ivs in zip(got, expected, cases, intervals):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            mine = np.asarray(value, dtype=float).reshape(-1)
            theirs = np.asarray(result[name], dtype=float).reshape(-1)
            if name in ("h1", "h2"):
                # MATLAB's ttest/ttest2 set h to NaN where p is NaN (MathWorks ttest.m:
                # h(isnan(p)) = NaN, as compat's core); Octave 7.3's statistics 1.5.3
                # returns 0 there (COMPAT_RESEED_SHIFT=56305: a column with one number
                # left after NaN removal, df = 0): compared where p is a number
                nan_p = np.isnan(np.asarray(want[names.index("p" + name[1])],
                                            dtype=float).reshape(-1))
                assert np.isnan(mine[nan_p]).all(), name
                np.testing.assert_allclose(mine[~nan_p], theirs[~nan_p], rtol=1e-11,
                                           atol=1e-14, err_msg=name)
                continue
            if name not in ("c1", "c2"):
                np.testing.assert_allclose(mine, theirs, rtol=1e-11, atol=1e-14, err_msg=name)
                continue
            # c = est -/+ tinv(q, v) se: Octave 7.3's interval carries its tinv's error
            # (statistics 1.5.3: x = sqrt(v (1/z - 1)) of z = betainv(...), whose Newton
            # loop stops on an absolute step below sqrt(eps); see _t_interval and
            # test_matlab_distribution_functions.test_against_octave_random), times the
            # half-width |c - est| = t_q se. COMPAT_RESEED_SHIFT=8675, k = 9: ttest of
            # [-3.2667, NaN, 0.83075] (v = 1, alpha = 0.01): t_0.995(1) = cot(pi/200) =
            # 63.65674116287158, Octave's c1 4.9e-11 off the exact -131.633321343916518
            # (50-digit mpmath), compat's 1e-15. MATLAB's tinv has no such loss, so Octave
            # is allowed that bound (factor 2 inside) and compat is held to the definition.
            # compat against the definition: scipy's t quantile (Boost, a few eps) and
            # the means and variances summed in another order (n < 30 terms: up to ~n eps
            # in s^2, half that in s) leave ~20 eps of the half-width: rtol 1e-14 (45 eps),
            # plus 8 eps of |est| where est -/+ half cancels, and the half-width's own
            # 1e-14 as an absolute term there (COMPAT_RESEED_SHIFT=63831: c1 = -0.356
            # from est -/+ a larger half, off by 7.1e-15 = 2e-14 of the result)
            est, half, bound, rel = ivs[int(name[1]) - 1]
            np.testing.assert_allclose(mine, bound, rtol=1e-14,
                                       atol=8 * np.finfo(float).eps * np.nanmax(np.abs(est))
                                       + 1e-14 * np.nanmax(np.abs(half)),
                                       err_msg=name + " by its definition")
            extra = np.nan_to_num(half * rel, nan=0.0, posinf=0.0)
            for u, o, e in zip(mine, theirs, extra):
                np.testing.assert_allclose(u, o, rtol=1e-11, atol=1e-14 + e, err_msg=name)


def _t_interval(est, se, v, alpha, tail):
    """(est, half-width t_q(v) se, interval est -/+ t_q se, rel) by the definition,
    flattened like c.reshape(-1) of the 2-by-cols interval; q = 1 - alpha/2 (both tails)
    or 1 - alpha (one tail), t_q from scipy's t quantile refined by one Newton step on
    scipy's t cdf (stdtr): scipy.stats.t.ppf alone (Boost's inverse) is up to 230 eps off
    for a fractional df, e.g. Satterthwaite's (COMPAT_RESEED_SHIFT=54321, k = 7: ttest2
    'unequal', v = 2.553, q = 0.8: its interval end -0.13985027992721577 where the 50-digit
    mpmath end is -0.139850279927197057 and compat's -0.13985027992719712; over 3000
    seeds of this test 48 interval checks failed, none with the Newton step, worst 0.19
    of the tolerance); the step leaves stdtr's own few eps (worst 10.7 eps of t_q against
    mpmath over 3000 draws, df 0.8-60, q 0.8-0.995). rel bounds the relative error
    of Octave 7.3 statistics 1.5.3's tinv at x = t_q: its betainv stops Newton once a
    step in z = v/(v + x^2) is below sqrt(eps) absolutely, leaving |dz| <= M eps with
    M = |f''/(2 f')| = |(v/2 - 1)/z + (1/2)/(1 - z)|/2 of the beta(v/2, 1/2) density,
    and dx/x = -dz/(2 z (1 - z)); times 2 for safety, as the distribution test does."""
    v = np.asarray(v, dtype=float).reshape(-1)
    q = 1 - alpha / 2 if tail == "both" else 1 - alpha
    x = scipy.stats.t.ppf(q, v)
    with np.errstate(divide="ignore", invalid="ignore"):
        step = (scipy.special.stdtr(v, x) - q) / scipy.stats.t.pdf(x, v)
    x = np.where(np.isfinite(step), x - step, x)
    with np.errstate(divide="ignore", invalid="ignore"):
        w = x ** 2 / (v + x ** 2)
        z = v / (v + x ** 2)
        big_m = np.abs((v / 2 - 1) / z + 0.5 / w) / 2
        rel = 2 * big_m * np.finfo(float).eps / (2 * z * w)
    half = x * se
    low = est - half if tail in ("both", "right") else np.full_like(half, -np.inf)
    high = est + half if tail in ("both", "left") else np.full_like(half, np.inf)
    return (np.concatenate([est, est]), np.concatenate([np.abs(half), np.abs(half)]),
            np.concatenate([low, high]), np.concatenate([rel, rel]))


def _enumerated_p(x, y, tail):
    """ranksum's exact p by enumerating every subset (MATLAB's 'oldexact' route)."""
    import itertools
    from compat._core.rank_tests import mid_ranks
    small, same = (x, True) if len(x) <= len(y) else (y, False)
    ranks, _ = mid_ranks(np.concatenate([small, y if same else x]))
    ns = len(small)
    w = ranks[:ns].sum()
    sums = np.array([sum(c) for c in itertools.combinations(ranks, ns)])
    lo, hi = np.mean(sums <= w + 1e-9), np.mean(sums >= w - 1e-9)
    if tail == "both":
        return min(2 * min(lo, hi), 1.0)
    return hi if (tail == "right") == same else lo


def test_ranksum_exact_is_the_enumerated_distribution():
    rng = np.random.default_rng(21)
    for _ in range(12):
        x = np.round(rng.normal(0, 1, int(rng.integers(1, 8))) * 2) / 2
        y = np.round(rng.normal(0.5, 1, int(rng.integers(1, 9))) * 2) / 2
        for tail in ("both", "right", "left"):
            p = matlab.ranksum(x, y, 'tail', tail, 'method', 'exact')
            assert p == pytest.approx(_enumerated_p(x, y, tail), rel=1e-12), (x, y, tail)


def test_ranksum_approximation_against_scipy_and_forms():
    rng = np.random.default_rng(22)
    x, y = rng.normal(0, 1, 25), rng.normal(0.4, 1, 31)
    p, h, st = matlab.ranksum(x, y, nargout=3)
    ref = scipy.stats.mannwhitneyu(x, y, use_continuity=True, method="asymptotic")
    assert p == pytest.approx(ref.pvalue, rel=1e-12)
    assert st.ranksum == pytest.approx(ref.statistic + 25 * 26 / 2)
    assert isinstance(h, bool) and list(st) == ["zval", "ranksum"]
    assert matlab.ranksum(x, y, 0.01, nargout=2)[1] == (p <= 0.01)
    with pytest.raises(CompatValueError, match="vector rather than matrix"):
        matlab.ranksum(np.ones((3, 2)), y)
    with pytest.raises(CompatValueError, match="METHOD"):
        matlab.ranksum(x, y, 'method', 'bootstrap')
    assert matlab.ranksum(np.r_[x, np.nan], y) == p


@pytest.mark.octave
def test_ranksum_against_octave_random():
    rng = np.random.default_rng(2323)
    cases, expected = [], []
    for k in range(12):
        n, m = int(rng.integers(2, 25)), int(rng.integers(2, 25))
        X = np.round(rng.normal(0, 2, n)) if k % 2 else rng.normal(0, 1, n)
        Y = np.round(rng.normal(1, 2, m)) if k % 2 else rng.normal(0.3, 1, m)
        tail = ("both", "right", "left")[k % 3]
        cases.append((f"[p, h] = ranksum(X, Y, 'tail', '{tail}'); h = double(h);",
                      {"X": X.reshape(-1, 1), "Y": Y.reshape(-1, 1)}, ["p", "h"]))
        expected.append(matlab.ranksum(X, Y, 'tail', tail, nargout=2) + (X, Y, tail))
    got = run_octave(cases, setup="warning('off', 'all'); pkg('load', 'statistics');")
    for result, (p, h, X, Y, tail) in zip(got, expected):
        if min(X.size, Y.size) == 2 and X.size + Y.size < 10:
            # Octave 7.3 raises here: statistics 1.5.3's ranksum takes its "exact" branch
            # (n + m < 10) and calls nchoosek(ranks, 2) on the column [x; y], and core
            # Octave 7.3's nchoosek(v, 2) fails for every column v ("horizontal
            # dimensions mismatch (1xK vs Kx1)", K = nchoosek(n + m, 2); a row v works;
            # ranksum reshapes its inputs to columns, so no input orientation avoids it).
            # Found by COMPAT_RESEED_SHIFT=8675 (2 vs 7 values) and 1 (7 vs 2). MATLAB's
            # ranksum page takes any two vectors and, for min(n, m) < 10 and n + m < 20,
            # the exact p of the rank sum over all C(n + m, min(n, m)) splits: compat is
            # compared with that enumeration, and the clone's failure is pinned.
            assert isinstance(result, Exception) and "horizontal dimensions mismatch" \
                in str(result), result
            assert p == pytest.approx(_enumerated_by_definition(X, Y, tail), rel=1e-12)
            assert float(h) == float(p <= 0.05)
            continue
        assert not isinstance(result, Exception), result
        assert p == pytest.approx(float(np.asarray(result["p"]).reshape(())), rel=1e-11)
        assert float(h) == float(np.asarray(result["h"]).reshape(()))


def test_ranksum_exact_two_values_by_hand():
    # golden case ranksum_exact_two_values (Octave 7.3 cannot run it, see above): x holds
    # ranks 2 and 5 of 1..9, W = 7; of the C(9, 2) = 36 pairs 9 sum to <= 7, 30 to >= 7
    p, h, st = matlab.ranksum(np.array([2.0, 5.0]), np.array([1.0, 3, 4, 6, 7, 8, 9]), nargout=3)
    assert p == 0.5 and not h and st.ranksum == 7
    assert matlab.ranksum([2.0, 5.0], [1.0, 3, 4, 6, 7, 8, 9], 'tail', 'left') == 9 / 36
    assert matlab.ranksum([2.0, 5.0], [1.0, 3, 4, 6, 7, 8, 9], 'tail', 'right') == 30 / 36


def _enumerated_by_definition(x, y, tail):
    """The exact p of ranksum's statistic, independent of compat: the rank sum W of x
    (mid-ranks, scipy's rankdata) against every choice of len(x) of the pooled ranks;
    'right' is P(W' >= W), 'left' P(W' <= W), 'both' twice the smaller, at most 1."""
    import itertools
    ranks = scipy.stats.rankdata(np.concatenate([x, y]))
    w = ranks[:len(x)].sum()
    sums = np.array([sum(c) for c in itertools.combinations(ranks, len(x))])
    hi, lo = np.mean(sums >= w - 1e-9), np.mean(sums <= w + 1e-9)
    return {"right": hi, "left": lo, "both": min(1.0, 2 * min(lo, hi))}[tail]


def test_signrank_exact_is_the_enumerated_distribution():
    import itertools
    from compat._core.rank_tests import mid_ranks
    rng = np.random.default_rng(31)
    for _ in range(10):
        d = np.round(rng.normal(0.3, 1, int(rng.integers(2, 11))) * 2) / 2
        nz = d[d != 0]
        if nz.size == 0:
            continue
        r, _ = mid_ranks(np.abs(nz))
        w = r[nz > 0].sum()
        sums = np.array([np.dot(s, r) for s in itertools.product([0, 1], repeat=nz.size)])
        lo, hi = np.mean(sums <= w + 1e-9), np.mean(sums >= w - 1e-9)
        assert matlab.signrank(d, 'method', 'exact') == pytest.approx(min(1, 2 * min(lo, hi)))
        assert matlab.signrank(d, [], 'tail', 'right', 'method', 'exact') == pytest.approx(hi)
        assert matlab.signrank(d, [], 'tail', 'left', 'method', 'exact') == pytest.approx(lo)


def test_signrank_approximation_against_scipy_and_forms():
    rng = np.random.default_rng(32)
    x = rng.normal(0.2, 1, 40)
    p, h, st = matlab.signrank(x, nargout=3)
    ref = scipy.stats.wilcoxon(x, correction=False, method="approx")
    assert p == pytest.approx(ref.pvalue, rel=1e-12)
    assert list(st) == ["zval", "signedrank"] and isinstance(h, bool)
    assert st.signedrank == pytest.approx(np.sum(scipy.stats.rankdata(np.abs(x))[x > 0]))
    # signrank(x, m) and signrank(x, y): the same differences
    y = x + rng.normal(0, 0.1, 40)
    assert matlab.signrank(x, y) == matlab.signrank(x - y)
    assert matlab.signrank(x, 0.5) == pytest.approx(matlab.signrank(x - 0.5))
    assert matlab.signrank(np.zeros(4)) == 1.0
    with pytest.raises(CompatValueError, match="same number of elements"):
        matlab.signrank(x, y[:3])


def test_variance_tests_definitions():
    rng = np.random.default_rng(41)
    x = rng.normal(0, 1.3, (18, 3))
    y = rng.normal(0, 0.9, (12, 3))
    h, p, ci, st = matlab.vartest(x, 1.2, nargout=4)
    chi = (17 * x.var(axis=0, ddof=1)) / 1.2
    np.testing.assert_allclose(st.chisqstat[0], chi, rtol=1e-13)
    assert st.df.shape == (1, 3) and np.all(st.df == 17)          # MATLAB's repmat
    lower = scipy.stats.chi2.cdf(chi, 17)
    np.testing.assert_allclose(p[0], 2 * np.minimum(lower, 1 - lower), rtol=1e-12)
    pr = matlab.vartest(x, 1.2, 'Tail', 'right', nargout=2)[1]
    np.testing.assert_allclose(pr[0], scipy.stats.chi2.sf(chi, 17), rtol=1e-12)
    h, p, ci, st = matlab.vartest2(x, y, nargout=4)
    f = x.var(axis=0, ddof=1) / y.var(axis=0, ddof=1)
    np.testing.assert_allclose(st.fstat[0], f, rtol=1e-13)
    lower = scipy.stats.f.cdf(f, 17, 11)
    np.testing.assert_allclose(p[0], 2 * np.minimum(lower, 1 - lower), rtol=1e-12)
    np.testing.assert_allclose(ci[0], f / scipy.stats.f.ppf(0.975, 17, 11), rtol=1e-12)
    with pytest.raises(CompatValueError, match="non-negative scalar"):
        matlab.vartest(x, -1)


def test_one_number_left_has_sd_zero_and_infinite_t():
    # MATLAB's var of a single number is 0 (n - 1 normalisation becomes 1), so a column
    # with one number after NaN removal has sd 0, t = +-Inf, df 0 and p NaN; live Octave
    # 7.3 printed tstat = Inf, df = 0, sd = 0 for ttest([5; NaN; NaN], 0.3)
    # (COMPAT_RESEED_SHIFT=56305; compat gave sd NaN and t NaN)
    h, p, ci, st = matlab.ttest(np.array([[5.0], [np.nan], [np.nan]]), 0.3, nargout=4)
    assert st.sd == 0 and st.tstat == np.inf and st.df == 0
    assert np.isnan(p) and np.isnan(h) and np.isnan(ci).all()
    h, p, ci, st = matlab.ttest2(np.array([5.0]), np.array([1.0, 2, 3]), nargout=4)
    # Octave 7.3: 0  0.1217  -1.9683  7.9683  2.5981  2  1 (h p ci tstat df sd)
    assert h == 0 and st.df == 2 and st.sd == 1
    np.testing.assert_allclose([p, *np.ravel(ci), st.tstat],
                               [0.12168993434632014, -1.96827542, 7.96827542,
                                2.598076211353316], rtol=1e-8)
