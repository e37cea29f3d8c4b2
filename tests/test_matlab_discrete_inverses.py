"""MATLAB binoinv and poissinv (compat.matlab.distribution_functions): the smallest
integer whose cdf equals or exceeds the probability (MATLAB's reference pages), checked
against exact rational cdfs, against compat's own binocdf/poisscdf (the agreement the
search guarantees, in double and single), the edge rules, the class and size rules, and
live Octave 7.3 (statistics 1.5.3) on random arguments."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def _exact_binoinv(y: float, n: int, p: float) -> int:
    """The smallest x with the exact binomial cdf >= y (rational arithmetic)."""
    y, p = Fraction(y), Fraction(p)
    total = Fraction(0)
    for x in range(n + 1):
        total += math.comb(n, x) * p ** x * (1 - p) ** (n - x)
        if total >= y:
            return x
    return n


def _exact_poissinv(y: float, lam: float) -> int:
    """The smallest x with the Poisson cdf >= y, the cdf summed in 60-digit decimals."""
    from decimal import Decimal, localcontext
    with localcontext() as ctx:
        ctx.prec = 60
        lam_d = Decimal(lam)
        term = (-lam_d).exp()
        total = term
        x = 0
        while total < Decimal(y):
            x += 1
            term = term * lam_d / x
            total += term
        return x


def test_against_exact_cdfs():
    rng = np.random.default_rng(131)
    for _ in range(60):
        n = int(rng.integers(0, 30))
        p = float(rng.uniform(0, 1))
        y = float(rng.uniform(0, 1))
        assert matlab.binoinv(y, float(n), p) == _exact_binoinv(y, n, p), (y, n, p)
    for _ in range(60):
        lam = float(rng.uniform(0.01, 40))
        y = float(rng.uniform(0, 1))
        assert matlab.poissinv(y, lam) == _exact_poissinv(y, lam), (y, lam)


def test_printed_examples():
    # MATLAB's reference pages: binoinv([0.025 0.975], 100, 0.6) = [50 69];
    # poissinv(0.95, 2) = 5, poissinv(0.50, 2) = 2
    assert matlab.binoinv([0.025, 0.975], 100, 0.6).tolist() == [50.0, 69.0]
    assert matlab.poissinv(0.95, 2) == 5.0
    assert matlab.poissinv(0.5, 2) == 2.0


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
def test_agrees_with_compat_cdfs(dtype):
    rng = np.random.default_rng(1311)
    sh = (40, 25)
    y = rng.uniform(0, 1, sh).astype(dtype)
    n = rng.integers(0, 3000, sh).astype(np.float64)
    p = rng.uniform(0, 1, sh)
    x = matlab.binoinv(y, n, p)
    assert x.dtype == dtype
    assert np.all(matlab.binocdf(x, n, p) >= y)
    below = x > 0
    assert np.all(matlab.binocdf(x - 1, n, p)[below] < y[below])
    lam = rng.uniform(0, 1e5, sh) * rng.uniform(0, 1, sh) ** 4
    x = matlab.poissinv(y, lam)
    assert x.dtype == dtype
    assert np.all(matlab.poisscdf(x, lam) >= y)
    below = x > 0
    assert np.all(matlab.poisscdf(x - 1, lam)[below] < y[below])
    # the largest double below 1: finite, and the agreement holds there too
    top = 1 - 2 ** -53
    for x, cdf, args in [(matlab.poissinv(top, 3.0), matlab.poisscdf, (3.0,)),
                         (matlab.binoinv(top, 500.0, 0.2), matlab.binocdf, (500.0, 0.2))]:
        assert np.isfinite(x) and cdf(x, *args) >= top > cdf(x - 1, *args)


def test_edges_and_domains():
    nan = np.nan
    got = matlab.binoinv([-1, 0, 0.5, 1, 2, nan], 2, 0.5)
    np.testing.assert_array_equal(got, [nan, 0, 1, 2, nan, nan])
    np.testing.assert_array_equal(matlab.binoinv(0.5, [-1, 1.5, nan, np.inf], 0.5),
                                  [nan] * 4)
    np.testing.assert_array_equal(matlab.binoinv(0.5, 4, [-0.1, 1.1, nan]), [nan] * 3)
    # p = 0: all mass at 0; p = 1: at n; n = 0: at 0
    np.testing.assert_array_equal(matlab.binoinv([0, 0.5, 1], 7, 0), [0, 0, 0])
    np.testing.assert_array_equal(matlab.binoinv([0, 0.5, 1], 7, 1), [0, 7, 7])
    assert matlab.binoinv(0.5, 0, 0.3) == 0
    # y = 1 is n although binocdf(17, 100, 0.01) already rounds to 1
    assert matlab.binocdf(17, 100, 0.01) == 1.0
    assert matlab.binoinv(1, 100, 0.01) == 100
    got = matlab.poissinv([-1, 0, 0.5, 1, 2, nan], 2)
    np.testing.assert_array_equal(got, [nan, 0, 2, np.inf, nan, nan])
    np.testing.assert_array_equal(matlab.poissinv(0.5, [-1, nan, np.inf]), [nan] * 3)
    np.testing.assert_array_equal(matlab.poissinv([0, 0.5, 1], 0), [0, 0, 0])
    assert matlab.poissinv(0.5, 1e-300) == 0


def test_classes_shapes_and_errors():
    assert matlab.poissinv(np.float32(0.5), 2.0).dtype == np.float32
    assert matlab.poissinv(0.5, np.float32(2.0)).dtype == np.float32
    assert matlab.binoinv(0.5, 10.0, np.float32(0.3)).dtype == np.float32
    assert matlab.binoinv([0.1, 0.2], 10, 0.3).shape == (2,)
    assert matlab.binoinv(np.full((2, 3), 0.4), 10, 0.3).shape == (2, 3)
    assert np.ndim(matlab.poissinv(0.5, 2.0)) == 0
    y = np.array([[0.1, 0.9]]).astype(">f8")
    y.setflags(write=False)
    before = y.copy()
    assert matlab.poissinv(y, 3.0).tolist() == [[1.0, 5.0]]     # big-endian, read-only
    assert np.array_equal(y, before)
    strided = np.linspace(0.05, 0.95, 10)[::3]
    np.testing.assert_array_equal(matlab.binoinv(strided, 20, 0.5),
                                  matlab.binoinv(strided.copy(), 20, 0.5))
    with pytest.raises(ValueError, match=r"^binoinv: Requires non-scalar arguments to match"):
        matlab.binoinv([0.1, 0.2, 0.3], [[3.0], [4.0]], 0.5)
    with pytest.raises(ValueError, match=r"^poissinv: Too many input arguments"):
        matlab.poissinv(0.5, 2.0, 3.0)
    with pytest.raises(ValueError, match=r"^binoinv: Requires at least 3 input arguments"):
        matlab.binoinv(0.5, 2.0)
    with pytest.raises(TypeError, match=r"^poissinv: lambda must be double or single"):
        matlab.poissinv(0.5, np.int32(2))
    with pytest.raises(TypeError, match="^binoinv:"):
        matlab.binoinv("y", 2.0, 0.5)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1313)
    sh = (5, 8)
    y = rng.uniform(0, 1, sh)
    lam = rng.uniform(0.05, 60, sh)
    n = rng.integers(0, 80, sh).astype(np.float64)
    u = rng.uniform(0, 1, sh)
    big_n = float(rng.integers(1000, 30000))
    lam_big = rng.uniform(50, 5000, sh)
    inputs = dict(y=y, lam=lam, n=n, u=u, lam_big=lam_big)
    calls = {
        "a": ("poissinv(y, lam)", lambda: matlab.poissinv(y, lam)),
        "b": ("poissinv(y, 7.5)", lambda: matlab.poissinv(y, 7.5)),
        "c": ("poissinv(y, lam_big)", lambda: matlab.poissinv(y, lam_big)),
        "d": ("binoinv(y, n, u)", lambda: matlab.binoinv(y, n, u)),
        "e": (f"binoinv(y, {big_n:.0f}, 0.37)", lambda: matlab.binoinv(y, big_n, 0.37)),
        "f": ("binoinv(single(y), 25, 0.6)",
              lambda: matlab.binoinv(y.astype(np.float32), 25.0, 0.6)),
    }
    statements = " ".join(f"r_{k} = {call};" for k, (call, _) in calls.items())
    got = run_octave([(statements, inputs, [f"r_{k}" for k in calls])],
                     setup="warning('off', 'Octave:shadowed-function'); "
                           "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    for k, (call, mine) in calls.items():
        m = mine()
        o = np.asarray(got[f"r_{k}"])
        assert m.dtype == o.dtype, call
        # integer results: exact
        np.testing.assert_array_equal(m, o.reshape(m.shape), err_msg=call)
