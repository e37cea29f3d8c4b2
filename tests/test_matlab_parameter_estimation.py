"""MATLAB normfit, lognfit, expfit (compat.matlab.parameter_estimation): the formulas
against scipy's independent distributions, frequencies as repeated values, shapes,
errors (censoring refused), inputs left alone, and a live Octave run of expfit on
random samples. Printed and captured values: golden suite matlab/parameter_estimation."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.stats

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_against_scipy_formulas():
    x = np.random.default_rng(1).normal(3, 2, (25, 2))
    mu, sigma, muci, sigmaci = matlab.normfit(x, 0.1, nargout=4)
    ref = [scipy.stats.t.interval(0.9, 24, loc=c.mean(), scale=c.std(ddof=1) / 5)
           for c in x.T]
    np.testing.assert_allclose(muci, np.array(ref).T, rtol=1e-13)
    np.testing.assert_allclose(sigma[0], x.std(axis=0, ddof=1), rtol=1e-14)
    lo = x.std(axis=0, ddof=1) * np.sqrt(24 / scipy.stats.chi2.ppf(0.95, 24))
    np.testing.assert_allclose(sigmaci[0], lo, rtol=1e-12)
    e = np.abs(x[:, 0])
    m, ci = matlab.expfit(e, nargout=2)
    np.testing.assert_allclose(ci[:, 0], 2 * e.sum() / scipy.stats.chi2.ppf([0.975, 0.025], 50),
                               rtol=1e-12)


def test_frequencies_are_repeated_values():
    x = np.array([1.5, 2.0, 3.5, 0.5])
    f = np.array([2, 1, 3, 1])
    rep = np.repeat(x, f)
    for fit, k in ((matlab.normfit, 4), (matlab.expfit, 2)):
        a = fit(x, [], [], f, nargout=k)
        b = fit(rep, nargout=k)
        for u, v in zip(a, b):
            np.testing.assert_allclose(u, v, rtol=1e-13)


def test_shapes_errors_inputs():
    x = np.asarray([[1.0, 2.0], [2.5, 4.0], [3.0, 1.0]], dtype=">f8")
    x.setflags(write=False)
    before = x.copy()
    mu, sigma, muci, sigmaci = matlab.normfit(x, nargout=4)
    assert mu.shape == (1, 2) and muci.shape == (2, 2) and np.array_equal(x, before)
    assert np.ndim(matlab.normfit([1.0, 2.0, 4.0])) == 0
    assert matlab.lognfit([1.0, 2.0, 4.0]).shape == (1, 2)
    with pytest.raises(CompatValueError, match="censored"):
        matlab.normfit([1.0, 2.0, 3.0], 0.05, [0, 1, 0])
    with pytest.raises(CompatValueError, match="positive"):
        matlab.lognfit([1.0, -2.0])
    with pytest.raises(CompatValueError, match="nonnegative"):
        matlab.expfit([1.0, -2.0])
    with pytest.raises(CompatValueError, match="ALPHA"):
        matlab.expfit([1.0, 2.0], 2)


@pytest.mark.octave
def test_expfit_against_octave_random():
    rng = np.random.default_rng(808)
    cases, expected = [], []
    for _ in range(8):
        E = rng.exponential(rng.uniform(0.5, 5), (int(rng.integers(2, 40)), 2))
        alpha = float(rng.choice([0.01, 0.05, 0.2]))
        cases.append((f"[m, c] = expfit(E, {alpha!r});", {"E": E}, ["m", "c"]))
        expected.append(matlab.expfit(E, alpha, nargout=2))
    got = run_octave(cases, setup="warning('off', 'all'); pkg('load', 'statistics');")
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        np.testing.assert_allclose(want[0], result["m"], rtol=1e-13)
        np.testing.assert_allclose(want[1], result["c"], rtol=1e-12)
