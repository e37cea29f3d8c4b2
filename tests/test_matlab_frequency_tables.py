"""MATLAB tabulate, crosstab, ecdf (compat.matlab.frequency_tables): counts against
numpy, MATLAB's orders (grp2idx), the chi-square test against scipy's contingency test,
the Kaplan-Meier and Nelson-Aalen estimates and Greenwood bounds written out, MATLAB's
leading point, errors, inputs left alone, and live Octave runs on random data.
Captured values: golden suite matlab/frequency_tables."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import matlab
from compat._core.errors import CompatValueError, MatlabWarning
from oracles import run_octave


def test_tabulate_numeric():
    t = matlab.tabulate([3.0, 1, 3, 5, np.nan, 1, 1])
    np.testing.assert_array_equal(t[:, 0], [1, 2, 3, 4, 5])
    np.testing.assert_array_equal(t[:, 1], [3, 0, 2, 0, 1])
    np.testing.assert_allclose(t[:, 2], np.array([3, 0, 2, 0, 1]) / 6 * 100, rtol=1e-15)
    # zero, negative or fractional values: one row per distinct value, ascending
    t = matlab.tabulate([0.5, -2, 0.5, 0])
    np.testing.assert_array_equal(t, [[-2, 1, 25], [0, 1, 25], [0.5, 2, 50]])
    # integer classes count as double
    t = matlab.tabulate(np.array([2, 2, 1], dtype=np.uint8))
    assert t.dtype == np.float64 and t[:, 1].tolist() == [1, 2]
    # single non-integer data keep their class (MATLAB's concatenation with yl)
    assert matlab.tabulate(np.array([0.5, 1.5], dtype=np.float32)).dtype == np.float32


def test_tabulate_text_and_logical():
    t = matlab.tabulate(['b', 'a', 'b', '', 'c', 'b'])
    assert [r[0] for r in t] == ['b', 'a', 'c']          # first appearance, '' dropped
    assert [r[1] for r in t] == [3.0, 1.0, 1.0]
    assert t[0][2] == pytest.approx(60.0, rel=1e-15)
    assert matlab.tabulate('abc') == [['abc', 1.0, 100.0]]   # a char row is one label
    assert matlab.tabulate(np.array(['x', 'y', 'x'])) == [['x', 2.0, 200 / 3],
                                                           ['y', 1.0, 100 / 3]]
    t = matlab.tabulate(np.array([True, True, False]))
    assert [r[0] for r in t] == ['0', '1'] and [r[1] for r in t] == [1.0, 2.0]


def test_crosstab_counts_and_chi2():
    rng = np.random.default_rng(11)
    a, b = rng.integers(1, 4, 60).astype(float), rng.integers(1, 5, 60).astype(float)
    t, chi2, p, labels = matlab.crosstab(a, b, nargout=4)
    want = np.zeros((3, 4))
    np.add.at(want, (a.astype(int) - 1, b.astype(int) - 1), 1)
    np.testing.assert_array_equal(t, want)
    ref = stats.chi2_contingency(want, correction=False)
    assert chi2 == pytest.approx(ref[0], rel=1e-13)
    assert p == pytest.approx(ref[1], rel=1e-12)
    assert labels == [['1', '1'], ['2', '2'], ['3', '3'], [labels[3][0], '4']]
    assert np.asarray(labels[3][0]).shape == (0, 0)
    # levels sorted, not in order of appearance (the reference page's example)
    np.testing.assert_array_equal(matlab.crosstab([1, 1, 2, 3, 1], [1, 2, 5, 3, 1]),
                                  [[2, 1, 0, 0], [0, 0, 0, 1], [0, 0, 1, 0]])


def test_crosstab_three_way_and_degenerate():
    rng = np.random.default_rng(12)
    a, b, c = (rng.integers(1, k + 1, 80).astype(float) for k in (2, 3, 2))
    t, chi2, p = matlab.crosstab(a, b, c, nargout=3)
    assert t.shape == (2, 3, 2)
    n = t.sum()
    m1, m2, m3 = t.sum(axis=(1, 2)), t.sum(axis=(0, 2)), t.sum(axis=(0, 1))
    expected = m1[:, None, None] * m2[None, :, None] * m3[None, None, :] / n ** 2
    assert chi2 == pytest.approx(((t - expected) ** 2 / expected).sum(), rel=1e-13)
    df = 12 - 1 - (1 + 2 + 1)
    assert p == pytest.approx(stats.chi2.sf(chi2, df), rel=1e-12)
    # one input, or one level in all but one input: NaN, NaN
    t1, x1, p1 = matlab.crosstab([2, 1, 2], nargout=3)
    assert t1.shape == (2, 1) and np.isnan(x1) and np.isnan(p1)
    assert np.isnan(matlab.crosstab([1, 2, 1], [5, 5, 5], nargout=2)[1])
    # NaN rows dropped; a level seen only there still gets its (zero) row
    t = matlab.crosstab([1, 2, 3, 1], [1, 1, np.nan, 2])
    np.testing.assert_array_equal(t, [[1, 1], [1, 0], [0, 0]])


def test_crosstab_errors():
    with pytest.raises(CompatValueError, match="crosstab: All arguments must have the "
                                               "same length"):
        matlab.crosstab([1, 2, 3], [1, 2])
    with pytest.raises(CompatValueError, match="tabulate: Requires a vector"):
        matlab.tabulate(np.ones((2, 3)))
    with pytest.raises(CompatValueError, match="no values"):
        matlab.tabulate([np.nan, np.nan])


def _km(x, cens, freq):
    """Kaplan-Meier S, Greenwood se and Nelson-Aalen H at the distinct death times,
    written out from the definitions."""
    times = np.unique(x[cens == 0])
    s, h, g, out = 1.0, 0.0, 0.0, []
    for t in times:
        n = freq[x >= t].sum()
        d = freq[(x == t) & (cens == 0)].sum()
        s *= 1 - d / n
        h += d / n
        g += d / (n * (n - d)) if n > d else np.nan
        out.append((t, s, h, s * np.sqrt(g), d, n))
    return np.array(out)


def test_ecdf_estimates_and_bounds():
    rng = np.random.default_rng(21)
    x = np.round(rng.exponential(2, 40), 1)
    cens = (rng.random(40) < 0.3).astype(float)
    freq = rng.integers(1, 4, 40).astype(float)
    ref = _km(x, cens, freq)
    f, xs, lo, up = matlab.ecdf(x, 'censoring', cens, 'frequency', freq, nargout=4)
    assert f.shape == xs.shape == lo.shape == up.shape == (ref.shape[0] + 1, 1)
    assert xs[0, 0] == x.min() and f[0, 0] == 0 and np.isnan(lo[0, 0])
    np.testing.assert_array_equal(xs[1:, 0], ref[:, 0])
    np.testing.assert_allclose(f[1:, 0], 1 - ref[:, 1], rtol=1e-13, atol=1e-15)
    z = stats.norm.ppf(0.975)
    ok = ~np.isnan(ref[:, 3])
    np.testing.assert_allclose(lo[1:, 0][ok], np.maximum(0, 1 - ref[ok, 1] - z * ref[ok, 3]),
                               rtol=1e-12, atol=1e-15)
    np.testing.assert_allclose(up[1:, 0][ok], np.minimum(1, 1 - ref[ok, 1] + z * ref[ok, 3]),
                               rtol=1e-12, atol=1e-15)
    h, _, hlo, hup = matlab.ecdf(x, 'censoring', cens, 'frequency', freq,
                                 'function', 'cumulative hazard', nargout=4)
    np.testing.assert_allclose(h[1:, 0], ref[:, 2], rtol=1e-13)
    se = np.sqrt(np.cumsum(ref[:, 4] / ref[:, 5] ** 2))
    np.testing.assert_allclose(hup[1:, 0], ref[:, 2] + z * se, rtol=1e-12)
    s = matlab.ecdf(x, 'censoring', cens, 'frequency', freq, 'Function', 'surv')
    np.testing.assert_allclose(s[1:, 0], ref[:, 1], rtol=1e-13)
    assert s[0, 0] == 1
    # the hazard's other names (ecdf.m): 'cumhazard', 'chf', and 'c' / 'cu' / 'cum'
    for name in ('cumhazard', 'chf', 'c', 'cu', 'cum', 'CUMUL'):
        np.testing.assert_array_equal(matlab.ecdf(x, 'censoring', cens, 'function', name),
                                      matlab.ecdf(x, censoring=cens,
                                                  function='cumulative hazard'))


def test_ecdf_plain_data():
    f, x = matlab.ecdf([3.0, 1, 2, 2, np.nan], nargout=2)
    np.testing.assert_array_equal(np.hstack([f, x]),
                                  [[0, 1], [0.25, 1], [0.75, 2], [1, 3]])
    # the last point: every item at risk dies, Greenwood's se undefined -> NaN bounds
    _, _, lo, up = matlab.ecdf([1.0, 2, 3], nargout=4)
    assert np.isnan(lo[-1, 0]) and np.isnan(up[-1, 0]) and not np.isnan(lo[1, 0])
    g = matlab.ecdf(np.array([0.5, 0.25, 0.75], dtype=np.float32), nargout=4)
    assert all(a.dtype == np.float32 for a in g)
    with pytest.warns(MatlabWarning, match="censored"):
        f, x, lo, up = matlab.ecdf([1.0, 2], 'censoring', [1, 1], nargout=4)
    assert f.size == x.size == lo.size == up.size == 0


def test_ecdf_errors_and_inputs():
    y = np.arange(1.0, 7.0, dtype='>f8')[::2]
    y.setflags(write=False)
    before = y.copy()
    f = matlab.ecdf(y)
    np.testing.assert_array_equal(y, before)
    np.testing.assert_allclose(f[:, 0], [0, 1 / 3, 2 / 3, 1])
    with pytest.raises(CompatValueError, match="ecdf: Input Y must be a vector"):
        matlab.ecdf(np.ones((3, 3)))
    with pytest.raises(CompatValueError, match="alpha"):
        matlab.ecdf([1.0, 2], 'alpha', 1.5)
    with pytest.raises(CompatValueError, match="same length"):
        matlab.ecdf([1.0, 2], 'censoring', [0, 1, 0])
    with pytest.raises(CompatValueError, match="left- and interval-censoring"):
        matlab.ecdf([1.0, 2], 'censoring', [0, -1])
    with pytest.raises(CompatValueError, match="Invalid parameter name"):
        matlab.ecdf([1.0, 2], 'width', 3)
    with pytest.raises(CompatValueError, match="'Function'"):
        matlab.ecdf([1.0, 2], 'function', 'pdf')
    with pytest.raises(CompatValueError, match="BOUNDS"):
        matlab.ecdf([1.0, 2], 'bounds', 'yes')
    with pytest.raises(CompatValueError, match="no valid data"):
        matlab.ecdf([np.nan, 1.0], 'frequency', [1, 0])


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(7300)
    cases, expected = [], []
    for k in range(5):
        n = int(rng.integers(15, 40))
        # crosstab: levels made to appear first in ascending order (Octave numbers them
        # by appearance, MATLAB ascending)
        a = np.concatenate([[1, 2, 3], rng.integers(1, 4, n - 3)]).astype(float)
        b = np.concatenate([[1, 2], rng.integers(1, 3, n - 2)]).astype(float)
        y = np.round(rng.exponential(3, n), 1)
        c = (rng.random(n) < 0.3).astype(float)
        cases.append(("[t, x2, p] = crosstab(A, B); [f, x, lo, up] = ecdf(Y, 'censoring', "
                      "C); h = ecdf(Y, 'censoring', C, 'function', 'cumulative hazard');",
                      {"A": a[:, None], "B": b[:, None], "Y": y[:, None], "C": c[:, None]},
                      ["t", "x2", "p", "f", "x", "lo", "up", "h"]))
        want = list(matlab.crosstab(a, b, nargout=3))
        want += list(matlab.ecdf(y, 'censoring', c, nargout=4))
        want.append(matlab.ecdf(y, 'censoring', c, 'function', 'cumulative hazard'))
        expected.append(want)
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_allclose(np.asarray(result[name], dtype=float).reshape(-1),
                                       np.asarray(value, dtype=float).reshape(-1),
                                       rtol=1e-12, atol=1e-15, err_msg=name)
