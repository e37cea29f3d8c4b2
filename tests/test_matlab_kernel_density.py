"""MATLAB ksdensity (compat.matlab.kernel_density): the bandwidth rule, the default
grid, the density as the kernel sum written out, the windowed sums of large problems
and of the cdf (the first datum past the window included), bounded supports, errors
and inputs left alone. Captured values: golden suite matlab/kernel_density (MATLAB's
steps evaluated in Octave, which has no ksdensity, and a value printed by MATLAB)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.special import erfc

from compat import matlab
from compat._core.errors import CompatValueError


def _normal(z):
    return np.exp(-z * z / 2) / np.sqrt(2 * np.pi)


def test_bandwidth_and_grid():
    m = np.array([1.0, 3, 2, 5])
    f, xi, bw = matlab.ksdensity(m, nargout=3)
    # MAD of [1 3 2 5] about 2.5 is 1; 1/0.6745 * (4/12)^(1/5)
    assert bw == pytest.approx((1 / 0.6745) * (4 / 12) ** 0.2, rel=1e-15)
    assert xi.shape == (1, 100) and f.shape == (1, 100)
    assert xi[0, 0] == pytest.approx(1 - 3 * bw, rel=1e-15)
    assert xi[0, -1] == pytest.approx(5 + 3 * bw, rel=1e-15)
    # small problem: the plain kernel sum over all data
    want = _normal((xi[0][None, :] - m[:, None]) / bw).mean(axis=0) / bw
    np.testing.assert_allclose(f[0], want, rtol=1e-14)
    # a constant sample: MAD 0 and range 0 -> bandwidth 1
    assert matlab.ksdensity(np.full(5, 2.0), [2.0], nargout=3)[2] == 1.0


def test_windowed_sums_include_the_next_datum():
    rng = np.random.default_rng(3)
    y = np.sort(rng.normal(size=400))
    f, _, u = matlab.ksdensity(y, np.array([0.0]), 'Function', 'cdf', nargout=3)
    # cdf: data from the first >= x - 4u up to the first > x + 4u, plus weights below
    start = np.searchsorted(y, -4 * u, side="left")
    end = min(np.searchsorted(y, 4 * u, side="right"), y.size - 1)
    near = y[start:end + 1]
    want = np.sum(0.5 * erfc(-(0 - near) / u / np.sqrt(2))) / 400 + start / 400
    assert f[0] == pytest.approx(want, rel=1e-13)
    # the density of a large problem uses the same windows
    pts = np.linspace(-1, 1, 100)
    g = matlab.ksdensity(y, pts)
    k = 50
    start = np.searchsorted(y, pts[k] - 4 * u, side="left")
    end = min(np.searchsorted(y, pts[k] + 4 * u, side="right"), y.size - 1)
    want = _normal((pts[k] - y[start:end + 1]) / u).sum() / 400 / u
    assert g[k] == pytest.approx(want, rel=1e-13)
    full = _normal((pts[k] - y) / u).sum() / 400 / u
    assert g[k] != full          # the truncation is real


def test_supports_and_functions():
    rng = np.random.default_rng(5)
    p = rng.uniform(0.1, 2, 40)
    x = np.array([0.5, 1.0])
    f, _, u = matlab.ksdensity(p, x, 'Support', 'positive', nargout=3)
    t = np.log(p)
    want = _normal((np.log(x)[None, :] - t[:, None]) / u).mean(axis=0) / u / x
    np.testing.assert_allclose(f, want, rtol=1e-13)
    s = matlab.ksdensity(p, x, 'Support', 'positive', 'Function', 'survivor')
    c = matlab.ksdensity(p, x, 'Support', 'positive', 'Function', 'cdf')
    np.testing.assert_allclose(s, 1 - c, rtol=1e-15)
    h = matlab.ksdensity(p, x, 'Function', 'cumhazard')
    np.testing.assert_allclose(h, -np.log(1 - matlab.ksdensity(p, x, 'Function', 'cdf')))
    assert matlab.ksdensity(p, [-1.0], 'Support', 'positive')[0] == 0
    q = rng.uniform(0.05, 0.95, 30)
    r = matlab.ksdensity(q, [0.0, 0.5, 1.0], 'Support', [0, 1], 'BoundaryCorrection',
                         'reflection')
    assert r[0] == 0 and r[2] == 0 and r[1] > 0


def test_errors_and_inputs():
    y = np.arange(10.0, dtype='>f8')
    y.setflags(write=False)
    before = y.copy()
    np.testing.assert_array_equal(matlab.ksdensity(y), matlab.ksdensity(y.astype('<f8')))
    assert np.array_equal(y, before)
    with pytest.raises(CompatValueError, match="non-positive"):
        matlab.ksdensity(np.array([-1.0, 2]), 'Support', 'positive')
    with pytest.raises(CompatValueError, match="between lower and upper"):
        matlab.ksdensity(np.array([0.5, 2.0]), 'Support', [0, 1])
    with pytest.raises(CompatValueError, match="non-empty vector"):
        matlab.ksdensity(np.ones((3, 3)))
    with pytest.raises(CompatValueError, match="icdf"):
        matlab.ksdensity(y, [0.5], 'Function', 'icdf')
    with pytest.raises(CompatValueError, match="censored"):
        matlab.ksdensity(y, 'Censoring', np.arange(10) > 7)
    nan = np.array([1.0, np.nan, 2.0, 4.0])
    np.testing.assert_array_equal(matlab.ksdensity(nan, [1.5]),
                                  matlab.ksdensity(np.array([1.0, 2, 4]), [1.5]))
