"""MATLAB anova1, kruskalwallis, grp2idx, tiedrank (compat.matlab.analysis_of_variance):
against scipy's one-way ANOVA and Kruskal-Wallis, the table and stats layouts,
grp2idx's orders (grp2idx.m), tied ranks, NaN handling, errors, and a live Octave run
on random data. Captured values: golden suite matlab/analysis_of_variance."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_against_scipy():
    rng = np.random.default_rng(1)
    y = rng.normal(size=(9, 4)) + np.arange(4) * 0.4
    p, tbl, st = matlab.anova1(y, [], 'off', nargout=3)
    f, p_ref = stats.f_oneway(*y.T)
    assert p == pytest.approx(p_ref, rel=1e-12)
    assert tbl[1][4] == pytest.approx(f, rel=1e-12)
    assert tbl[0] == ["Source", "SS", "df", "MS", "F", "Prob>F"]
    assert [row[0] for row in tbl[1:]] == ["Columns", "Error", "Total"]
    assert tbl[2][4].size == 0 and tbl[3][3].size == 0          # MATLAB's [] cells
    np.testing.assert_allclose(st.means, y.mean(axis=0, keepdims=True), rtol=1e-13)
    assert st.df == 32 and st.source == "anova1"
    q = rng.integers(0, 5, (8, 3)).astype(float)
    pk, tk, sk = matlab.kruskalwallis(q, [], 'off', nargout=3)
    h, pk_ref = stats.kruskal(*q.T)
    assert pk == pytest.approx(pk_ref, rel=1e-12) and tk[1][4] == pytest.approx(h, rel=1e-12)


def test_groups_and_ranks():
    g, gn, gl = matlab.grp2idx([3, 1, 3, 2.5, np.nan], nargout=3)
    assert np.isnan(g[4, 0]) and g[:4, 0].tolist() == [3, 1, 3, 2]
    assert gn == ['1', '2.5', '3']
    g, gn = matlab.grp2idx(['b', 'a', '', 'b'], nargout=2)
    assert gn == ['b', 'a'] and np.isnan(g[2, 0])
    r, adj = matlab.tiedrank([[10, 20, 10, 30, 20, 10]], nargout=2)
    np.testing.assert_array_equal(r, stats.rankdata([10, 20, 10, 30, 20, 10])[None, :])
    assert adj == ((3 ** 3 - 3) + (2 ** 3 - 2)) / 2
    y = np.array([1.0, 2, 3, 4, 5, 6, np.nan, 8])
    grp = ['x', 'x', 'y', 'y', 'z', 'z', 'z', 'z']
    p, _, st = matlab.anova1(y, grp, 'off', nargout=3)
    assert st.n.tolist() == [[2, 2, 3]] and st.gnames == ['x', 'y', 'z']
    assert p == pytest.approx(stats.f_oneway([1, 2], [3, 4], [5, 6, 8])[1], rel=1e-12)


def test_errors_and_inputs():
    y = np.arange(12.0, dtype='>f8').reshape(4, 3)
    y.setflags(write=False)
    assert matlab.anova1(y, [], 'off') == matlab.anova1(y.astype('<f8'), [], 'off')
    with pytest.raises(CompatValueError, match="same length"):
        matlab.anova1(np.arange(5.0), [1, 2, 3], 'off')
    with pytest.raises(CompatValueError, match="DISPLAYOPT"):
        matlab.anova1(np.arange(6.0).reshape(3, 2), [], 'maybe')
    assert np.isnan(matlab.anova1(np.ones((3, 2)), [], 'off'))   # constant: NaN


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(606)
    cases, expected = [], []
    for k in range(6):
        y = rng.normal(size=(int(rng.integers(3, 9)), int(rng.integers(2, 6))))
        q = rng.integers(0, 4, y.shape).astype(float)
        cases.append(("[p, t] = anova1(Y, [], 'off'); f = t{2, 5}; "
                      "[pk, tk] = kruskalwallis(Q, [], 'off'); h = tk{2, 5};",
                      {"Y": y, "Q": q}, ["p", "f", "pk", "h"]))
        a = matlab.anova1(y, [], 'off', nargout=2)
        kw = matlab.kruskalwallis(q, [], 'off', nargout=2)
        expected.append([a[0], a[1][1][4], kw[0], kw[1][1][4]])
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_allclose(float(np.asarray(result[name]).reshape(-1)[0]),
                                       float(value), rtol=1e-12, err_msg=name)
