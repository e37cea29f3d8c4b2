"""MATLAB rceps (compat.matlab.cepstrum) and heaviside (compat.matlab.step_functions):
properties of the real cepstrum and of the minimum-phase reconstruction, live GNU
Octave 7.3 (signal package) on random signals, heaviside's values, dtypes and bad
input. Golden cases: reference_outputs/matlab/everyday_functions."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from tests.oracles import OCTAVE, run_octave


def test_rceps_magnitude_and_minimum_phase():
    rng = np.random.default_rng(20711)
    for n in (7, 8, 33, 64):
        x = rng.uniform(-1, 2, size=n)
        y, ym = matlab.rceps(x, nargout=2)
        assert y.shape == x.shape and ym.shape == x.shape
        # the cepstrum of a real signal is real and even: y(k) == y(n-k)
        assert np.allclose(y[1:], y[1:][::-1], atol=1e-12)
        # the same magnitude spectrum: the folding keeps the even part of y, whose
        # FFT is log|fft(x)| (exact up to the rounding of n-point FFTs)
        assert np.allclose(np.abs(np.fft.fft(ym)), np.abs(np.fft.fft(x)),
                           rtol=1e-9, atol=1e-12)


def test_rceps_orientation_columns_and_single():
    x = np.array([[1.0, 2.0, 3.0, 4.0, 0.5]])
    expected = [1.3306, 0.3920, 0.1184, 0.1184, 0.3920]   # Octave 7.3, format short
    assert np.allclose(matlab.rceps(x), [expected], atol=5e-5)
    assert np.allclose(matlab.rceps(x.T), np.array([expected]).T, atol=5e-5)
    m = np.column_stack([x.ravel(), x.ravel()[::-1]])
    y = matlab.rceps(m)
    assert np.allclose(y[:, 0], expected, atol=5e-5)
    assert np.allclose(y[:, 1], matlab.rceps(x.ravel()[::-1]))
    s = matlab.rceps(x.astype(np.float32))
    assert s.dtype == np.float32 and np.allclose(s, [expected], atol=5e-5)
    with np.errstate(all="ignore"):
        z = matlab.rceps(np.zeros(4))           # zero spectrum: MATLAB's formula's NaN
    assert not np.all(np.isfinite(z))


@pytest.mark.parametrize("bad, error, text", [
    (np.zeros((0,)), ValueError, "rceps: x must not be empty."),
    (np.zeros((2, 2, 2)), ValueError, "rceps: x must be a vector or a matrix."),
    ("abc", TypeError, "rceps: "),
])
def test_rceps_bad_input(bad, error, text):
    with pytest.raises(error, match="^" + text):
        matlab.rceps(bad)


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")
def test_rceps_against_live_octave():
    rng = np.random.default_rng(20712)
    cases = []
    for _ in range(6):
        n = int(rng.integers(2, 40))
        x = rng.uniform(-1, 2, size=(n, 1))
        cases.append(("[y, ym] = rceps(x);", {"x": x}, ["y", "ym"]))
    results = run_octave(cases, setup="pkg load signal")
    for (_, inputs, _), got in zip(cases, results):
        assert not isinstance(got, Exception), got
        y, ym = matlab.rceps(inputs["x"], nargout=2)
        # n-point FFTs of O(1) values (FFTW vs pocketfft): rounding well under 1e-12
        assert np.allclose(y, got["y"], rtol=0, atol=1e-12)
        assert np.allclose(ym, got["ym"], rtol=0, atol=1e-11)


def test_heaviside_values_and_classes():
    x = np.array([[-2.0, -0.0, 0.0, 3.0, np.nan, np.inf, -np.inf]])
    got = matlab.heaviside(x)
    assert np.array_equal(got, [[0, 0.5, 0.5, 1, np.nan, 1, 0]], equal_nan=True)
    assert got.dtype == np.float64
    assert matlab.heaviside(np.float32([-1, 0, 1])).dtype == np.float32
    assert np.array_equal(matlab.heaviside(np.array([-3, 0, 5], dtype=np.int8)),
                          [0, 0.5, 1])
    assert np.array_equal(matlab.heaviside(np.array([True, False])), [1.0, 0.5])
    assert matlab.heaviside(-1e-300) == 0.0


@pytest.mark.parametrize("bad, error", [(1 + 2j, TypeError), ("x", TypeError)])
def test_heaviside_bad_input(bad, error):
    with pytest.raises(error, match="^heaviside: "):
        matlab.heaviside(bad)
