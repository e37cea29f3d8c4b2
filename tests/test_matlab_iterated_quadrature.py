"""MATLAB dblquad and triplequad: dblquad.m's and triplequad.m's iterated scheme over
MATLAB's one-dimensional rules; checked by hand and against live Octave running the same
scheme with quadv (MATLAB's adaptive Simpson rule)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError
from oracles import OCTAVE, run_octave


def test_cubic_integrands_are_exact():
    """Simpson's rule integrates cubics exactly, so each iterated rule does too."""
    q = matlab.dblquad(lambda x, y: x ** 3 + x * y ** 2, 0, 2, -1, 3)
    # int_0^2 int_-1^3 x^3 + x y^2 dy dx = 4 * 4 + 2 * (27 + 1) / 3
    assert q == pytest.approx(16 + 56 / 3, rel=1e-14)
    q3 = matlab.triplequad(lambda x, y, z: x * y * z ** 2, 0, 1, 0, 2, 0, 3)
    assert q3 == pytest.approx(0.5 * 2 * 9, rel=1e-14)


def test_the_scheme_calls_the_method_as_dblquad_m_does():
    """The outer rule is method(inner, ymin, ymax, tol, [], p...), each inner one
    method(fun, xmin, xmax, tol, [], y, p...) with a scalar y."""
    calls = []

    def method(f, a, b, tol, trace, *p):
        calls.append((a, b, tol, trace, p))
        return matlab.quad(f, a, b, tol, trace, *p)

    seen = []

    def fun(x, y, c):
        seen.append(np.ndim(y))
        return c * x + y

    q = matlab.dblquad(fun, 0, 1, 2, 4, 1e-7, method, 5.0)
    assert q == pytest.approx(2 * 2.5 + 6, rel=1e-12)
    outer = calls[0]
    assert outer[:4] == (2, 4, 1e-7, None) and outer[4] == (5.0,)
    inner = calls[1:]
    assert inner and all(c[:4] == (0, 1, 1e-7, None) and len(c[4]) == 2 and c[4][1] == 5.0
                         for c in inner)
    assert set(seen) == {0}


def test_default_tolerance_and_method():
    f = lambda x, y: np.exp(x * y)  # noqa: E731
    assert matlab.dblquad(f, 0, 1, 0, 1) == matlab.dblquad(f, 0, 1, 0, 1, 1e-6, matlab.quad)
    assert matlab.dblquad(f, 0, 1, 0, 1, []) == matlab.dblquad(f, 0, 1, 0, 1, 1e-6)
    # the exact value, sum_k 1 / (k * k!), within the absolute tolerance
    exact = sum(1 / (k * np.prod(np.arange(1, k + 1, dtype=float))) for k in range(1, 25))
    assert abs(matlab.dblquad(f, 0, 1, 0, 1) - exact) < 2e-6
    with pytest.raises(CompatTypeError):
        matlab.dblquad(f, 0, 1, 0, 1, 1e-6, "quad")


def test_triplequad_is_dblquad_of_the_x_integral():
    f = lambda x, y, z: np.sin(x) * y + z  # noqa: E731
    by_hand = matlab.dblquad(
        lambda y, z: np.array([matlab.quad(f, 0, np.pi, 1e-6, None, v, z)
                               for v in np.ravel(y)]), 0, 1, -1, 2, 1e-6)
    assert matlab.triplequad(f, 0, np.pi, 0, 1, -1, 2) == by_hand


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_integrands_against_octave_running_the_scheme():
    rng = np.random.default_rng(11)
    cases, expected = [], []
    for _ in range(6):
        a, b, c = rng.uniform(-2, 2, size=3)
        lo, hi = sorted(rng.uniform(-1, 2, size=2))
        tol = 10.0 ** -rng.integers(5, 10)
        cases.append((f"q = dblquad(@(x, y) exp({a:.17g}*x) .* cos({b:.17g}*y) + {c:.17g}*x.*y, "
                      f"{lo:.17g}, {hi:.17g}, 0, 1, {tol:.17g}, @quadv);", {}, ["q"]))
        expected.append(matlab.dblquad(
            lambda x, y, a=a, b=b, c=c: np.exp(a * x) * np.cos(b * y) + c * x * y,
            lo, hi, 0, 1, tol))
    for got, want in zip(run_octave(cases), expected):
        assert float(np.ravel(got["q"])[0]) == pytest.approx(want, rel=1e-13, abs=1e-15)
