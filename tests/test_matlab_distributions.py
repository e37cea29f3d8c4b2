"""MATLAB normpdf, normcdf, norminv (compat.matlab.distributions): the formulas against
math's erf/exp, MATLAB's size rule and NaN cases; a live Octave (statistics) run."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import special

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
    with pytest.raises(ValueError, match="^normcdf: PCOV must be a 2-by-2 matrix"):
        matlab.normcdf(1.0, 0.0, 1.0, 0.05)
    with pytest.raises(ValueError, match="^normcdf: The only option is 'upper'"):
        matlab.normcdf(1.0, 0.0, 1.0, "lower")


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
    # normpdf: z = (x - mu)./sigma is the same in both; MATLAB's formula (compat)
    # divides exp(-z^2/2) by sqrt(2 pi) sigma, Octave's statistics 1.5.3 multiplies it
    # by (2 pi)^-1/2, then divides by sigma. In the normal range the two are a few eps
    # apart (worst 2.1 eps over 200000 draws); where exp(-z^2/2) is subnormal each
    # rounding is to the absolute spacing 2^-1074, and the later division by sigma (or
    # sqrt(2 pi) sigma) magnifies it: at most (1 + 1/sigma) + 1 units in Octave and
    # 1/(sqrt(2 pi) sigma) + 1 in compat, so the two differ by at most (4/sigma + 2)
    # units of 2^-1074 (COMPAT_RESEED_SHIFT=101: 8.7992816404e-314 vs 8.799281639e-314,
    # sigma = 0.174, exact 17809944313.69 units: compat 1.3 units off, Octave 1.7, 3
    # apart, 1.7e-10 relative; 200000 draws: 30 beyond 1e-14 relative, none beyond 0.14
    # of this bound).
    want = got["a"]
    tol = 1e-14 * np.abs(want) + (4 / sigma + 2) * 2.0 ** -1074
    assert np.all(np.abs(matlab.normpdf(x, mu, sigma) - want) <= tol), \
        np.abs(matlab.normpdf(x, mu, sigma) - want) / tol
    # normcdf: past z = -37.5 the value is subnormal; compat's and Octave's erfc each
    # round to the grid of 2^-1074 (after a few eps of relative error, which rtol
    # covers) and the halving rounds again: each within a unit of the exact value, so
    # two units apart at most (400000 draws in that tail: 1718 beyond 1e-13 relative,
    # none beyond 2.0 units); in the normal range compat's erfc (x^2 split exactly) and
    # glibc's are within 4.3 eps of each other over 200000 draws
    np.testing.assert_allclose(matlab.normcdf(x, mu, sigma), got["b"], rtol=1e-13,
                               atol=3 * 2.0 ** -1074)
    # norminv: MATLAB's formula mu + sigma*(-sqrt(2)*erfcinv(2p)) in both, so they differ
    # by the erfcinv kernels. Compat (scipy's erfcinv) is held to an independent
    # inversion, scipy's ndtri (Cephes), normwise: each kernel a couple of ulps of x0,
    # then the product and the sum round, so 8 eps (|sigma x0| + |mu|) (worst 2.0 over
    # 200000 draws). Octave 7.3's erfcinv falls short toward 2p = 0 and 2 (the suites'
    # erfcinv_far_tail case; test_matlab_special_functions' erfcinv block: an absolute
    # error up to eps sqrt(pi)/2 exp(t^2) in t = erfcinv(2p)), carried by sqrt(2) sigma:
    # p = 1.7197e-7 gives Octave -19.37440517274557 where the exact value (mpmath) is
    # -19.374405172637452 and compat's -19.374405172637456 (5.6e-12 relative, beyond
    # the former rtol 1e-13 in 4 of 200000 draws; none beyond 0.49 of 2 of that scale).
    ours, theirs = matlab.norminv(p, mu, sigma), got["c"]
    eps = np.finfo(float).eps
    x0 = special.ndtri(p)
    size = np.abs(sigma * x0) + np.abs(mu)
    np.testing.assert_array_less(np.abs(ours - (mu + sigma * x0)), 8 * eps * size)
    t = x0 / math.sqrt(2)
    scale = eps * math.sqrt(math.pi) / 2 * np.exp(t ** 2) * math.sqrt(2) * sigma
    tol = np.maximum(8 * eps * size, 2 * scale)
    assert np.all(np.abs(ours - theirs) <= tol), np.abs(ours - theirs) / tol


def test_normcdf_subnormal_tail():
    # Phi(z) for z below -37.5 is a subnormal number (mpmath.ncdf at 40 digits, printed
    # to 20). MATLAB's normcdf is 0.5*erfc(-z/sqrt(2)), and MATLAB's erfc is nonzero up
    # to x = 27.2 ("erfc(27) is non-zero, whereas erfc(28) is zero", Stack Overflow
    # question 39005767), as Octave 7.3's (glibc's erfc); scipy's erfc returns 0 past
    # 26.64, so normcdf(-38) was 0 (12 of 200000 random draws against Octave, found
    # bounding the COMPAT_RESEED_SHIFT=101 normpdf failure: z = -38.02, Octave
    # 1.5392199e-316, compat 0). Within one unit of the subnormal grid: erfc's value is
    # rounded to it, then halved.
    tiny = 2.0 ** -1074
    exact = {-37.7: 2.4834853102775894207e-311, -38.0: 2.8854283600687843084e-316,
             -38.4: 6.6015998543267680242e-323}
    for z, want in exact.items():
        assert abs(matlab.normcdf(z) - want) <= tiny, z
        assert abs(matlab.normcdf(-z, 0.0, 1.0, "upper") - want) <= tiny, z
        assert abs(matlab.normcdf(2 * z + 1, 1.0, 2.0) - want) <= tiny, z
    assert matlab.normcdf(-38.6) == 0.0                 # 2.97e-326: below half a unit
    # erfc itself just above the last normal number, where scipy's erfc is 254 ulps off
    # (the rounding of x^2): 6.0940077654870399297e-308 (mpmath.erfc, 40 digits)
    assert matlab.erfc(26.524286371713266) == pytest.approx(6.0940077654870399297e-308,
                                                           rel=4 * np.finfo(float).eps)
    assert abs(matlab.erfc(27.0) - 5.237048923789255685e-319) <= tiny


def test_confidence_bounds():
    # delta method by hand: z = (0 - 1)/2, var z = (0.04 + 0.02 z^2)/4
    z = -0.5
    half = 1.959963984540054 * math.sqrt((0.04 + 0.02 * z * z) / 4)
    cdf = lambda t: 0.5 * math.erfc(-t / math.sqrt(2))   # noqa: E731
    pcov = [[0.04, 0.0], [0.0, 0.02]]
    p, lo, up = matlab.normcdf(0.0, 1.0, 2.0, pcov, nargout=3)
    assert (lo, p, up) == pytest.approx((cdf(z - half), cdf(z), cdf(z + half)), rel=1e-14)
    p, lo, up = matlab.normcdf(0.0, 1.0, 2.0, pcov, "upper", nargout=3)
    assert (lo, p, up) == pytest.approx((cdf(-z - half), cdf(-z), cdf(-z + half)), rel=1e-14)
    half99 = 2.5758293035489004 * math.sqrt(0.04 + 0.02 * 1.0)
    x, lo, up = matlab.norminv(cdf(1.0), 3.0, 2.0, pcov, 0.01, nargout=3)
    assert (lo, x, up) == pytest.approx((5.0 - half99, 5.0, 5.0 + half99), rel=1e-13)
    assert matlab.normcdf(0.0, "upper") == 0.5
    with pytest.raises(ValueError, match="^normcdf: Must provide covariance matrix"):
        matlab.normcdf(0.0, 1.0, 2.0, nargout=3)
    with pytest.raises(ValueError, match="^norminv: ALPHA must be a scalar between 0 and 1"):
        matlab.norminv(0.5, 1.0, 2.0, pcov, 1.5, nargout=3)
    with pytest.raises(ValueError, match="^normcdf: Non-scalar arguments MU and SIGMA"):
        matlab.normcdf(0.0, [1.0, 2.0], 2.0, pcov, nargout=3)
