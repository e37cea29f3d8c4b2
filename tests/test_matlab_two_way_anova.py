"""MATLAB anova2 and friedman (compat.matlab.analysis_of_variance): the sums of squares
from their definitions, the popcorn table printed on MATLAB's anova2 page, Friedman's
statistic against scipy's friedmanchisquare (same tie correction for one replicate),
errors, input layouts, and a live Octave run on random data. Captured values: golden
suite matlab/two_way_anova."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave

POPCORN = np.array([[5.5, 4.5, 3.5], [5.5, 4.5, 4], [6, 4, 3],
                    [6.5, 5, 4], [7, 5.5, 5], [7, 5, 4.5]])


def _by_definition(x, reps):
    """Two-way sums of squares by explicit loops over cells (textbook definitions)."""
    rows, c = x.shape
    m = rows // reps
    gm = x.sum() / x.size
    ssc = sum(rows * (x[:, j].mean() - gm) ** 2 for j in range(c))
    ssr = sum(reps * c * (x[i * reps:(i + 1) * reps].mean() - gm) ** 2 for i in range(m))
    sst = float(((x - gm) ** 2).sum())
    sse = sum(((x[i * reps:(i + 1) * reps, j] - x[i * reps:(i + 1) * reps, j].mean()) ** 2
               ).sum() for i in range(m) for j in range(c))
    return ssc, ssr, sst, sse


def test_popcorn_table_printed_on_the_page():
    p, tbl, st = matlab.anova2(POPCORN, 3, 'off', nargout=3)
    assert [row[0] for row in tbl] == ["Source", "Columns", "Rows", "Interaction", "Error",
                                       "Total"]
    assert tbl[0] == ["Source", "SS", "df", "MS", "F", "Prob>F"]
    # MATLAB's anova2 page: SS 15.75 4.5 0.0833 1.6667 22, df 2 1 2 12 17, F 56.7 32.4 0.3
    np.testing.assert_allclose([tbl[k][1] for k in range(1, 6)],
                               [15.75, 4.5, 1 / 12, 5 / 3, 22], rtol=1e-12, atol=1e-14)
    assert [tbl[k][2] for k in range(1, 6)] == [2, 1, 2, 12, 17]
    np.testing.assert_allclose([tbl[k][4] for k in range(1, 4)], [56.7, 32.4, 0.3],
                               rtol=1e-12)
    # p for df1 = 2 has the closed form (1 + 2F/d2)^(-d2/2)
    assert p[0, 0] == pytest.approx((1 + 56.7 / 6) ** -6, rel=1e-13)
    assert p.shape == (1, 3) and tbl[4][4].size == 0 and tbl[5][3].size == 0
    assert st.source == "anova2" and st.inter == 1 and st.df == 12
    assert st.coln == 6 and st.rown == 9 and st.pval == p[0, 2]
    np.testing.assert_allclose(st.colmeans, [[6.25, 4.75, 4.0]])
    np.testing.assert_allclose(st.rowmeans, [[4.5, 5.5]])


@pytest.mark.parametrize("reps", [1, 2, 3])
def test_sums_of_squares_by_definition(reps):
    rng = np.random.default_rng(5 + reps)
    x = rng.normal(size=(reps * int(rng.integers(2, 6)), int(rng.integers(2, 6))))
    p, tbl, st = matlab.anova2(x, reps, 'off', nargout=3)
    ssc, ssr, sst, sse = _by_definition(x, reps)
    rows, c = x.shape
    m = rows // reps
    if reps == 1:
        sse, dfe = sst - ssc - ssr, (m - 1) * (c - 1)
    else:
        dfe = rows * c - m * c
        ssi = sst - ssc - ssr - sse
        assert tbl[3][1] == pytest.approx(ssi, abs=1e-12 * sst)
        assert p[0, 2] == pytest.approx(stats.f.sf(ssi / ((m - 1) * (c - 1)) / (sse / dfe),
                                                   (m - 1) * (c - 1), dfe), rel=1e-10)
    assert tbl[1][1] == pytest.approx(ssc, rel=1e-12)
    assert tbl[2][1] == pytest.approx(ssr, rel=1e-12)
    err = 4 if reps > 1 else 3
    assert tbl[err][1] == pytest.approx(sse, abs=1e-12 * sst)
    assert tbl[err + 1][1] == pytest.approx(sst, rel=1e-12)
    assert p[0, 0] == pytest.approx(stats.f.sf(ssc / (c - 1) / (sse / dfe), c - 1, dfe),
                                    rel=1e-10)
    assert p[0, 1] == pytest.approx(stats.f.sf(ssr / (m - 1) / (sse / dfe), m - 1, dfe),
                                    rel=1e-10)
    assert st.sigmasq == pytest.approx(sse / dfe, rel=1e-10)


def test_friedman_against_scipy_one_replicate():
    rng = np.random.default_rng(11)
    for ties in (False, True):
        x = (rng.integers(0, 4, (12, 4)).astype(float) if ties
             else rng.normal(size=(12, 4)))
        p, tbl, st = matlab.friedman(x, 1, 'off', nargout=3)
        chi, p_ref = stats.friedmanchisquare(*x.T)
        assert tbl[1][4] == pytest.approx(chi, rel=1e-12)
        assert p == pytest.approx(p_ref, rel=1e-10)
        assert [row[0] for row in tbl] == ["Source", "Columns", "Error", "Total"]
        assert st.n == 12 and st.source == "friedman"
        np.testing.assert_allclose(
            st.meanranks, np.mean([stats.rankdata(r) for r in x], axis=0)[None, :])


def test_friedman_replicates_popcorn():
    # ranks within each popper type (9 values each), the MATLAB/Octave popcorn figures
    p, tbl, st = matlab.friedman(POPCORN, 3, 'off', nargout=3)
    assert [row[0] for row in tbl] == ["Source", "Columns", "Interaction", "Error",
                                       "Total"]
    assert tbl[1][1] == pytest.approx(99.75, rel=1e-13)
    assert tbl[4][1] == pytest.approx(116, rel=1e-13) and tbl[4][2] == 17
    # sigma^2 = c reps (reps c + 1)/12 - sum(t^3 - t)/(12 m (reps c - 1)): ties
    # {5.5, 5.5}, {4.5, 4.5}, {4, 4} in block 1 and {5, 5, 5}, {7, 7} in block 2
    ties = 3 * (2 ** 3 - 2) + (3 ** 3 - 3) + (2 ** 3 - 2)
    sigmasq = 3 * 3 * 10 / 12 - ties / (12 * 2 * 8)
    assert tbl[1][4] == pytest.approx(99.75 / sigmasq, rel=1e-13)
    assert p == pytest.approx(stats.chi2.sf(99.75 / sigmasq, 2), rel=1e-12)
    assert st.sigma == pytest.approx(np.sqrt(sigmasq), rel=1e-14)
    np.testing.assert_allclose(st.meanranks, [[8, 4.75, 2.25]])
    assert tbl[2][4].size == 0 and tbl[1][5] == p


def test_errors_and_inputs():
    with pytest.raises(CompatValueError, match="NaN"):
        matlab.friedman(np.array([[1.0, 2], [np.nan, 4]]))
    with pytest.raises(CompatValueError, match="NaN"):
        matlab.anova2(np.array([[1.0, 2], [np.nan, 4]]))
    with pytest.raises(CompatValueError, match="multiple of REPS"):
        matlab.anova2(np.ones((5, 3)), 2, 'off')
    with pytest.raises(CompatValueError, match="positive integer"):
        matlab.friedman(np.ones((4, 3)), 1.5, 'off')
    with pytest.raises(CompatValueError, match="DISPLAYOPT"):
        matlab.anova2(np.ones((4, 3)), 1, 'maybe')
    with pytest.raises(CompatValueError, match="two rows and two columns"):
        matlab.friedman(np.ones((1, 3)))
    y = np.arange(24.0, dtype='>f8').reshape(6, 4) ** 1.5
    y.setflags(write=False)
    want = matlab.anova2(y.astype('<f8'), 2, 'off')
    np.testing.assert_array_equal(matlab.anova2(y, 2, 'off'), want)
    yf = np.asfortranarray(y)[::1, ::1]
    assert matlab.friedman(yf, 3, 'off') == matlab.friedman(np.array(y), 3, 'off')
    z = np.arange(12.0).reshape(4, 3)
    before = z.copy()
    matlab.friedman(z, 2, 'off')
    np.testing.assert_array_equal(z, before)
    assert np.isnan(matlab.anova2(np.ones((4, 3)), 1, 'off')).all()   # constant: 0/0


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1380)
    cases, expected = [], []
    for _ in range(8):
        reps = int(rng.integers(1, 4))
        m, c = int(rng.integers(2, 6)), int(rng.integers(2, 6))
        y = rng.normal(size=(m * reps, c))
        k = rng.integers(0, 4, y.shape).astype(float)
        cases.append(("[p, t] = anova2(Y, R, 'off'); s = t{2, 2}; "
                      "[q, u, st] = friedman(K, R, 'off'); chi = u{2, 5}; "
                      "mr = st.meanranks; sg = st.sigma;",
                      {"Y": y, "K": k, "R": float(reps)}, ["p", "s", "q", "chi", "mr", "sg"]))
        a = matlab.anova2(y, reps, 'off', nargout=2)
        f = matlab.friedman(k, reps, 'off', nargout=3)
        expected.append([a[0], a[1][1][1], f[0], f[1][1][4], f[2].meanranks, f[2].sigma])
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            # Octave's p-values are 1 - cdf: absolute error ~1e-16 (compat: upper tails)
            np.testing.assert_allclose(np.asarray(result[name], dtype=float).reshape(-1),
                                       np.asarray(value, dtype=float).reshape(-1),
                                       rtol=1e-12, atol=1e-14, err_msg=name)
