"""MATLAB peak2peak and peak2rms: the definitions (max - min with NaN omitted, complex
values by magnitude then angle; max |x| over the rms), dims, classes, errors, and random
signals against the signal package in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


@pytest.mark.parametrize("seed", range(4))
def test_real_definitions(seed):
    rng = np.random.default_rng(seed)
    X = rng.normal(size=(int(rng.integers(2, 30)), 4)) * rng.uniform(0.1, 50)
    X[rng.random(X.shape) < 0.1] = np.nan
    want = np.nanmax(X, axis=0) - np.nanmin(X, axis=0)
    np.testing.assert_array_equal(matlab.peak2peak(X).ravel(), want)
    np.testing.assert_array_equal(matlab.peak2peak(X, 2).ravel(),
                                  np.nanmax(X, axis=1) - np.nanmin(X, axis=1))
    Y = np.nan_to_num(X)
    rms = np.sqrt(np.mean(Y ** 2, axis=0))
    np.testing.assert_allclose(matlab.peak2rms(Y).ravel(), np.abs(Y).max(axis=0) / rms,
                               rtol=4 * np.finfo(float).eps)
    # a NaN reaches peak2rms through rms
    assert np.isnan(matlab.peak2rms(np.array([1.0, np.nan, 2.0])))


def test_complex_by_magnitude_then_angle():
    z = np.array([1 + 1j, -3.0 + 0j, 0.5j, 3j])
    # |-3| = |3j| = 3: the larger angle (pi) is the maximum; 0.5j the minimum
    assert matlab.peak2peak(z) == (-3 + 0j) - 0.5j
    assert matlab.peak2peak(np.array([2j, np.nan, 1.0 + 0j])) == 2j - 1
    e = np.exp(1j * np.pi / 4 * np.arange(100))
    assert matlab.peak2peak(e) == e[4] - e[84]   # the reference page's 1.1034e-15i
    assert matlab.peak2rms(e) == 1.0


def test_shapes_classes_and_inputs():
    x = np.float32([1, -4, 2])
    assert matlab.peak2peak(x).dtype == np.float32 and matlab.peak2peak(x) == 6
    assert matlab.peak2rms(x).dtype == np.float32
    assert matlab.peak2peak(np.ones((3, 4)), 3).shape == (3, 4)
    b = np.array([[1.0, 5.0], [2.0, -1.0]], dtype=">f8")
    b.setflags(write=False)
    np.testing.assert_array_equal(matlab.peak2peak(b), [[1, 6]])
    np.testing.assert_array_equal(b, [[1, 5], [2, -1]])
    np.testing.assert_array_equal(matlab.peak2peak(np.arange(24.0).reshape(2, 3, 4), 3),
                                  np.full((2, 3), 3.0))


@pytest.mark.parametrize("call,kind,text", [
    (lambda: matlab.peak2peak(np.int8([1, 2])), TypeError, r"^peak2peak: Expected input x"),
    (lambda: matlab.peak2rms(np.array([True])), TypeError, r"^peak2rms: Expected input x"),
    (lambda: matlab.peak2peak([1.0, 2.0], 0), ValueError, r"^peak2peak: DIM must be"),
    (lambda: matlab.peak2rms([1.0, 2.0], 1.5), ValueError, r"^peak2rms: DIM must be"),
    (lambda: matlab.peak2peak("ab"), TypeError, r"^peak2peak: "),
])
def test_errors(call, kind, text):
    with pytest.raises(kind, match=text):
        call()


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_signals_against_octave():
    rng = np.random.default_rng(12730)
    cases, ours = [], []
    for _ in range(10):
        shape = tuple(int(v) for v in rng.integers(1, 12, size=int(rng.integers(2, 4))))
        x = rng.normal(size=shape) * rng.uniform(0.01, 100)
        if rng.random() < 0.3:
            x = x + 1j * rng.normal(size=shape)
        if rng.random() < 0.3:
            x[rng.random(shape) < 0.15] = np.nan
        dim = int(rng.integers(1, len(shape) + 2))
        cases.append(("p1 = peak2peak(X); p2 = peak2peak(X, %d); r1 = peak2rms(X); "
                      "r2 = peak2rms(X, %d);" % (dim, dim), {"X": x},
                      ["p1", "p2", "r1", "r2"]))
        ours.append((matlab.peak2peak(x), matlab.peak2peak(x, dim), matlab.peak2rms(x),
                     matlab.peak2rms(x, dim)))
    for got, mine in zip(run_octave(cases, setup="pkg load signal"), ours):
        for name, value in zip(["p1", "p2", "r1", "r2"], mine):
            want = np.asarray(got[name])
            value = np.asarray(value)
            assert want.size == value.size, name
            want = want.reshape(value.shape)
            if name.startswith("p"):
                # complex maxima: an exact tie in magnitude is broken by the angle, so
                # the chosen elements and their difference are exact
                np.testing.assert_array_equal(value, want)
            else:
                np.testing.assert_allclose(value, want, rtol=8 * np.finfo(float).eps)
