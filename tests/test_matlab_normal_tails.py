"""The normal cdf of MATLAB routines that are not normcdf itself (logncdf, tcdf with Inf
degrees of freedom, ksdensity's normal kernel cdf, the normal approximations of runstest,
ranksum, signrank, signtest and corr's Kendall tau) goes through normcdf's route
(compat._core.normal_distribution.standard_cdf: 0.5*erfc(-z/sqrt 2) with the full-range
erfc). scipy's erfc and ndtr give 0 for z below -37.68 where the true value, a
subnormal number, is what MATLAB's normcdf (and Octave's, glibc's erfc) returns; each
routine's far tail is checked against mpmath's normal cdf of the exact standard score.
These tests fail on the former scipy route (0.0 where the value is about 1e-316)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab

mpmath = pytest.importorskip("mpmath")

#: the spacing of subnormal numbers; the value rounds to that grid once in erfc and is
#: halved (and doubled for two-sided p-values): within 2 units of the exact value
#: (erfc_full_range's measured bound, 21000 draws) and at most 2 more from the halving,
#: while the standard scores below differ from the exact ones by a few ulps, which moves
#: a subnormal p by far less than one unit (relative change z^2 * 1e-15 < 1e-11)
UNIT = 2.0 ** -1074


def _mp(value):
    mpmath.mp.dps = 40
    return mpmath.mpf(value)


def _close(p, exact, units=4):
    exact = float(exact)
    assert 1e-320 < exact < 1e-300          # the subnormal/far range scipy flushed to 0
    assert abs(float(p) - exact) <= units * UNIT, (float(p), exact)


def test_logncdf_far_lower_tail():
    x = float(np.exp(-38.0))
    _close(matlab.logncdf(x), mpmath.ncdf(mpmath.log(_mp(x))))
    _close(matlab.logncdf(1 / x, 0, 1, 'upper'), mpmath.ncdf(mpmath.log(_mp(x))))


def test_tcdf_infinite_dof_is_normcdf():
    _close(matlab.tcdf(-38.0, np.inf), mpmath.ncdf(_mp(-38)))
    _close(matlab.tcdf(38.0, np.inf, 'upper'), mpmath.ncdf(_mp(-38)))


def test_ksdensity_normal_kernel_cdf_tail():
    f = matlab.ksdensity(np.array([0.0]), -38.0, 'Function', 'cdf', 'Bandwidth', 1.0)
    _close(f, mpmath.ncdf(_mp(-38)))


def test_runstest_up_down_far_tail():
    n = 2300                                  # alternating: n - 1 runs up and down
    _, p, stats = matlab.runstest(np.tile([0.0, 1.0], n // 2), 'ud', 'Tail', 'right',
                                  nargout=3)
    m = _mp(n)
    z = (m - 1 - _mp(0.5) - (2 * m - 1) / 3) / mpmath.sqrt((16 * m - 29) / 90)
    _close(p, mpmath.ncdf(-z))


def test_ranksum_separated_samples():
    m = 963
    p, _, stats = matlab.ranksum(np.arange(1.0, m + 1), np.arange(m + 1.0, 2 * m + 1),
                                 nargout=3)
    mm = _mp(m)
    wc = mm * (mm + 1) / 2 - mm * (2 * mm + 1) / 2        # rank sum minus its mean
    z = (wc + _mp(0.5)) / mpmath.sqrt(mm * mm * (2 * mm + 1) / 12)
    _close(p, 2 * mpmath.ncdf(-abs(z)), units=8)


def test_signrank_all_positive():
    n = 1925
    p = matlab.signrank(np.arange(1.0, n + 1), nargout=3)[0]
    m = _mp(n)
    z = (m * (m + 1) / 4) / mpmath.sqrt(m * (m + 1) * (2 * m + 1) / 24)
    _close(p, 2 * mpmath.ncdf(-z), units=8)


def test_signtest_all_positive():
    n = 1444
    p = matlab.signtest(np.ones(n), nargout=3)[0]
    _close(p, 2 * mpmath.ncdf(-(n - 1) / mpmath.sqrt(_mp(n))), units=8)


def test_corr_kendall_normal_approximation_tail():
    n = 645
    x = np.arange(1.0, n + 1).reshape(-1, 1)
    p = np.asarray(matlab.corr(x, x, 'Type', 'Kendall', nargout=2)[1]).reshape(-1)[0]
    m = _mp(n)
    z = (m * (m - 1) / 2 - 1) / mpmath.sqrt(m * (m - 1) * (2 * m + 5) / 18)
    _close(p, 2 * mpmath.ncdf(-z), units=8)
