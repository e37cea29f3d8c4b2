"""MATLAB signtest (compat.matlab.hypothesis_tests over compat._core.rank_tests.sign_test):
p-values from the binomial(n, 1/2) distribution summed exactly, the normal
approximation's formula, the method default, zero/NaN omission, h = p <= alpha, the stats
struct, errors, and live Octave 7.3 (statistics 1.5.3) on random samples."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def _binom_tail(k: int, n: int) -> float:
    """P(B <= k) for B ~ binomial(n, 1/2), exactly."""
    return float(Fraction(sum(math.comb(n, j) for j in range(k + 1)), 2 ** n))


def _scalar(v) -> float:
    return float(np.asarray(v).reshape(()))


def _phi(z: float) -> float:
    return 0.5 * math.erfc(-z / math.sqrt(2))


def test_exact_against_binomial_sums():
    rng = np.random.default_rng(1312)
    for _ in range(30):
        n = int(rng.integers(1, 60))
        x = rng.normal(rng.uniform(-0.5, 0.5), 1, n)
        npos = int((x > 0).sum())
        nneg = n - npos
        for tail, want in [("both", min(1.0, 2 * _binom_tail(min(npos, nneg), n))),
                           ("right", _binom_tail(nneg, n)), ("left", _binom_tail(npos, n))]:
            p, h, stats = matlab.signtest(x, 0, "tail", tail, nargout=3)
            assert p == pytest.approx(want, rel=1e-13, abs=1e-300)
            assert h == (p <= 0.05) and isinstance(h, bool)
            assert stats.sign == npos and math.isnan(stats.zval)


def test_approximation_formula():
    rng = np.random.default_rng(1313)
    x = rng.normal(0.1, 1, 140)
    y = rng.normal(0, 1, 140)
    d = x - y
    npos, nneg = int((d > 0).sum()), int((d < 0).sum())
    n = npos + nneg
    for tail, c, pf in [("both", np.sign(npos - nneg), lambda z: 2 * _phi(-abs(z))),
                        ("right", 1, lambda z: _phi(-z)), ("left", -1, lambda z: _phi(z))]:
        z = (npos - nneg - c) / math.sqrt(n)
        p, _, stats = matlab.signtest(x, y, "Tail", tail, nargout=3)   # n >= 100: default
        assert stats.zval == pytest.approx(z, rel=1e-15)
        assert p == pytest.approx(pf(z), rel=1e-12)
    # the method can be forced both ways
    p, _, stats = matlab.signtest(x, y, "method", "exact", nargout=3)
    assert math.isnan(stats.zval)
    assert p == pytest.approx(min(1, 2 * _binom_tail(min(npos, nneg), n)), rel=1e-12)
    _, _, stats = matlab.signtest(x[:20], y[:20], "method", "approx", nargout=3)
    assert not math.isnan(stats.zval)


def test_omission_alpha_and_edges():
    # zeros and NaNs omitted (MATLAB's page), whichever argument carries the NaN
    assert matlab.signtest([1, 2, np.nan, 0, -1, 3]) == matlab.signtest([1, 2, -1, 3])
    assert matlab.signtest([1, 2, 5, 4], [0, np.nan, 5, 1]) == matlab.signtest([1, 3])
    p, h, stats = matlab.signtest(np.zeros(6), nargout=3)
    assert (p, h, stats.sign) == (1.0, False, 0.0) and math.isnan(stats.zval)
    # h = p <= alpha: 2 binocdf(0, 4, 1/2) = 1/8 exactly
    assert matlab.signtest([1, 2, 3, 4], 0, "alpha", 0.125, nargout=2) == (0.125, True)
    assert matlab.signtest([1, 2, 3, 4], 0, 0.125, nargout=2) == (0.125, True)   # old form
    assert matlab.signtest([1, 2, 3, 4], 0, "alpha", 0.12, nargout=2)[1] is False
    # m: the median tested; a row and a column of one length pair up
    assert matlab.signtest([3, 4, 5, 6, 7], 2.5) == matlab.signtest([0.5, 1.5, 2.5, 3.5, 4.5])
    assert matlab.signtest(np.array([[1.0, 2, 3]]), np.array([[0.0], [5], [1]])) == \
        matlab.signtest([1.0, -3, 2])
    # input layouts and no mutation
    x = np.array([0.3, -1.2, 2.0, 0.7, -0.1, 1.1]).astype(">f8")
    x.setflags(write=False)
    before = x.copy()
    assert matlab.signtest(x) == matlab.signtest(x.astype(np.float64))
    assert np.array_equal(x, before)
    assert matlab.signtest(np.arange(-3, 9)[::2]) == matlab.signtest([-3, -1, 1, 3, 5, 7])
    assert matlab.signtest(np.array([1, -2, 3, 4], dtype=np.int16)) == \
        matlab.signtest([1.0, -2, 3, 4])


def test_errors():
    with pytest.raises(ValueError, match=r"^signtest: SIGNTEST requires vector rather than"):
        matlab.signtest(np.ones((3, 4)))
    with pytest.raises(ValueError, match=r"^signtest: SIGNTEST requires the data vectors"):
        matlab.signtest([1.0, 2, 3], [1.0, 2])
    with pytest.raises(ValueError, match=r"^signtest: TAIL must be"):
        matlab.signtest([1.0, 2, 3], 0, "tail", "up")
    with pytest.raises(ValueError, match=r"^signtest: METHOD must be 'exact' or"):
        matlab.signtest([1.0, 2, 3], 0, "method", "some")
    with pytest.raises(ValueError, match=r"^signtest: ALPHA must be a scalar"):
        matlab.signtest([1.0, 2, 3], 0, "alpha", 1.4)
    with pytest.raises(ValueError, match=r"^signtest: Invalid parameter name"):
        matlab.signtest([1.0, 2, 3], 0, "level", 0.1)
    with pytest.raises(TypeError, match=r"^signtest:"):
        matlab.signtest([1.0 + 1j, 2])


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1314)
    calls = []
    for k in range(12):
        n = int(rng.integers(5, 150))
        x = np.round(rng.normal(rng.uniform(-0.4, 0.4), 1, (1, n)), 1)   # some zeros
        y = np.round(rng.normal(0, 1, (1, n)), 1)
        tail = ["both", "right", "left"][k % 3]
        alpha = float(rng.uniform(0.01, 0.3))
        calls.append((x, y, tail, alpha))
    cases = [(f"[p, h, s] = signtest(x, y, 'tail', '{tail}', 'alpha', {alpha!r}); "
              "h = double(h); z = s.zval; g = s.sign;", dict(x=x, y=y), ["p", "h", "z", "g"])
             for x, y, tail, alpha in calls]
    got = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                  "pkg load statistics")
    for (x, y, tail, alpha), o in zip(calls, got):
        assert not isinstance(o, Exception), o
        p, h, stats = matlab.signtest(x, y, "tail", tail, "alpha", alpha, nargout=3)
        assert p == pytest.approx(_scalar(o["p"]), rel=1e-13, abs=1e-300)
        if p != alpha:              # Octave decides p < alpha, MATLAB p <= alpha
            assert float(h) == _scalar(o["h"])
        assert stats.sign == _scalar(o["g"])
        z, oz = stats.zval, _scalar(o["z"])
        assert (math.isnan(z) and math.isnan(oz)) or z == pytest.approx(oz, rel=1e-15)
