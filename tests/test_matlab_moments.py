"""MATLAB skewness and kurtosis (compat.matlab.moments): the formulas by hand, NaN as
missing data, flags, dims; a live Octave (statistics) run on random samples."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_formulas_flags_and_nan():
    x = np.array([1.0, 2.0, 3.0, 10.0])
    d = x - x.mean()
    m2, m3, m4 = (d ** 2).mean(), (d ** 3).mean(), (d ** 4).mean()
    assert matlab.skewness(x) == pytest.approx(m3 / m2 ** 1.5, rel=1e-14)
    n = 4
    assert matlab.skewness(x, 0) == pytest.approx(m3 / m2 ** 1.5 * np.sqrt(n * (n - 1)) / (n - 2),
                                                  rel=1e-14)
    assert matlab.kurtosis(x) == pytest.approx(m4 / m2 ** 2, rel=1e-14)
    # NaN is missing data (MATLAB's pages); Octave's statistics package propagates it
    assert matlab.skewness([1.0, 2.0, np.nan, 10.0]) == pytest.approx(
        matlab.skewness([1.0, 2.0, 10.0]), rel=1e-15)
    assert np.isnan(matlab.skewness([1.0, 2.0], 0)) and np.isnan(matlab.kurtosis([1.0, 2, 3], 0))
    a = np.arange(12.0).reshape(3, 4) ** 2
    assert matlab.skewness(a).shape == (1, 4) and matlab.skewness(a, 1, 2).shape == (3, 1)
    assert np.ndim(matlab.skewness(a, 1, "all")) in (0, 2)
    with pytest.raises(ValueError, match=r"^skewness: FLAG must be 0 or 1"):
        matlab.skewness(x, 2)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(37)
    x = rng.standard_gamma(2.0, (9, 4))
    cases = [("a = skewness(x); b = skewness(x, 0); c = kurtosis(x); d = kurtosis(x, 0, 2);",
              {"x": x}, ["a", "b", "c", "d"])]
    got = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                  "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    for mine, name in ((matlab.skewness(x), "a"), (matlab.skewness(x, 0), "b"),
                       (matlab.kurtosis(x), "c")):
        np.testing.assert_allclose(mine, got[name], rtol=1e-13, err_msg=name)
    # kurtosis(x, 0): MATLAB's bias correction 3 + (n-1)/((n-2)(n-3)) ((n+1) k1 - 3(n-1))
    # multiplies the biased k1 = m4/m2^2 (a few eps relative in each program: Octave and
    # compat 5.2 eps apart at most) by (n^2-1)/((n-2)(n-3)) = 7.5 for rows of 4 and then
    # cancels, so near 0 the two differ by eps times that product, not relatively
    # (COMPAT_RESEED_SHIFT=49377, seed 37: row 1 gives 0.0131912891723522 exactly, compat
    # 3331 ulps below it, Octave 515, 3.7e-13 apart; 100000 rows: 153 beyond 1e-13
    # relative, none beyond 5.2 eps (n^2-1)/((n-2)(n-3)) k1): held to 16 of it.
    n = x.shape[1]
    k1 = matlab.kurtosis(x, 1, 2)
    size = np.finfo(float).eps * (n * n - 1) / ((n - 2) * (n - 3)) * k1
    ours, theirs = matlab.kurtosis(x, 0, 2), np.asarray(got["d"])
    assert ours.shape == theirs.shape
    assert np.all(np.abs(ours - theirs) <= np.maximum(16 * size, 1e-13 * np.abs(ours))), \
        (ours - theirs) / size
