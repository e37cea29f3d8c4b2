"""MATLAB normpdf, normcdf, norminv (compat.matlab.distributions): the formulas against
math's erf/exp, MATLAB's size rule and NaN cases; a live Octave (statistics) run."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_values_and_rules():
    assert matlab.normpdf(0.0) == pytest.approx(1 / math.sqrt(2 * math.pi), rel=1e-15)
    assert matlab.normcdf(1.0) == pytest.approx(0.5 * math.erfc(-1 / math.sqrt(2)), rel=1e-15)
    assert matlab.norminv(0.5, 3.0, 2.0) == 3.0
    assert matlab.norminv(matlab.normcdf(1.3)) == pytest.approx(1.3, rel=1e-14)
    assert matlab.normcdf(30.0, 0.0, 1.0, "upper") > 0          # no 1 - p cancellation
    assert np.isnan(matlab.normpdf(1.0, 0.0, -1.0)) and np.isnan(matlab.norminv(1.5))
    assert matlab.normcdf([-1.0, 0.0, 1.0], 0.0, 0.0).tolist() == [0.0, 1.0, 1.0]
    assert matlab.normpdf(np.float32(1.0)).dtype == np.float32
    assert matlab.normpdf([1.0, 2.0]).shape == (2,) and np.ndim(matlab.normpdf(1.0)) == 0
    with pytest.raises(ValueError, match=r"^normpdf: Requires non-scalar arguments to match"):
        matlab.normpdf([1.0, 2.0, 3.0], [[1.0], [2.0]])
    with pytest.raises(ValueError, match="'upper'"):
        matlab.normcdf(1.0, 0.0, 1.0, 0.05)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(36)
    x = rng.standard_normal((4, 6)) * 3
    mu = rng.standard_normal((4, 6))
    sigma = rng.uniform(0.1, 4, (4, 6))
    p = rng.uniform(0, 1, (4, 6))
    cases = [("a = normpdf(x, mu, sigma); b = normcdf(x, mu, sigma); c = norminv(p, mu, sigma);",
              {"x": x, "mu": mu, "sigma": sigma, "p": p}, ["a", "b", "c"])]
    got = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                  "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    np.testing.assert_allclose(matlab.normpdf(x, mu, sigma), got["a"], rtol=1e-14, atol=0)
    np.testing.assert_allclose(matlab.normcdf(x, mu, sigma), got["b"], rtol=1e-13, atol=0)
    np.testing.assert_allclose(matlab.norminv(p, mu, sigma), got["c"], rtol=1e-13, atol=1e-15)
