"""MATLAB fft family (compat.matlab.fourier): sizes, dims, classes, the real inverse of
conjugate-symmetric data, 'symmetric', shifts, nextpow2; differential tests against live
Octave (FFTW) with tolerances of a few ulps of ``max|Y| * log2(n)``."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_defaults_follow_matlab_dimensions():
    m = np.random.default_rng(1).normal(size=(4, 3))
    np.testing.assert_allclose(matlab.fft(m), np.fft.fft(m, axis=0), atol=1e-13)
    row = m[:1]
    np.testing.assert_allclose(matlab.fft(row), np.fft.fft(row, axis=1), atol=1e-13)
    assert matlab.fft(m[:, 0]).shape == (4,)
    np.testing.assert_allclose(matlab.fft(m, None, 3), m.astype(complex))   # length-1 axis
    assert matlab.fft(m, 8, 3).shape == (4, 3, 8)
    assert matlab.fft(m, 0).shape == (0, 3)
    assert matlab.fft(5.0) == 5


def test_classes_and_symmetry():
    x = np.random.default_rng(2).normal(size=16).astype(np.float32)
    y = matlab.fft(x)
    assert y.dtype == np.complex64
    back = matlab.ifft(y)
    assert back.dtype == np.float32           # conjugate symmetric: real, single
    z = matlab.ifft(np.array([1.0, 2j, 3.0]))
    assert z.dtype == np.complex128
    # 'symmetric' uses the first half only
    spectrum = np.fft.fft(np.arange(6.0))
    spectrum[4] += 1e-3j
    np.testing.assert_allclose(matlab.ifft(spectrum, 'symmetric'), np.arange(6.0),
                               atol=1e-12)
    assert matlab.ifft2(matlab.fft2(np.eye(3)), 'symmetric').dtype == np.float64
    with pytest.raises(TypeError, match=r"^fft: X must be double or single, not int16"):
        matlab.fft(np.arange(4, dtype=np.int16))
    with pytest.raises(ValueError, match=r"^fft: Transform length n must be a nonnegative "
                                         r"integer scalar\.$"):
        matlab.fft(np.ones(4), 2.5)
    with pytest.raises(ValueError, match=r"^ifft: option must be 'symmetric'"):
        matlab.ifft(np.ones(4), 'even')


def test_shifts_and_nextpow2():
    np.testing.assert_array_equal(matlab.fftshift(np.arange(6)), [3, 4, 5, 0, 1, 2])
    np.testing.assert_array_equal(matlab.ifftshift(matlab.fftshift(np.arange(7))),
                                  np.arange(7))
    np.testing.assert_array_equal(matlab.fftshift(np.arange(6).reshape(2, 3), 2),
                                  [[2, 0, 1], [5, 3, 4]])
    np.testing.assert_array_equal(matlab.nextpow2(np.array([0.0, 1, 2, 3, 2 ** 40,
                                                            2 ** 40 + 1, np.inf])),
                                  [0, 0, 1, 2, 40, 41, np.inf])
    assert matlab.nextpow2(np.int16(100)).dtype == np.int16


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(3)
    cases, mine = [], []
    for n in (1, 2, 3, 7, 16, 31, 64, 100):
        x = rng.normal(size=(n, 3)) + 1j * rng.normal(size=(n, 3))
        r = rng.normal(size=(3, n))
        cases.append(("a = fft(x); b = ifft(x, n + 3); c = fft(r, [], 2); d = fft2(x); "
                      "e = ifft(fft(r, [], 2), [], 2);",
                      {"x": x, "r": r, "n": float(n)}, ["a", "b", "c", "d", "e"]))
        mine.append({"a": matlab.fft(x), "b": matlab.ifft(x, n + 3),
                     "c": matlab.fft(r, None, 2), "d": matlab.fft2(x),
                     "e": matlab.ifft(matlab.fft(r, None, 2), None, 2)})
    for want, got in zip(mine, run_octave(cases)):
        for key, value in want.items():
            scale = max(1.0, np.abs(value).max()) * np.log2(max(value.shape[0], 2) + 3)
            theirs = got[key].reshape(value.shape)
            if value.dtype.kind == "f" and theirs.dtype.kind == "c":
                # MATLAB documents a real inverse of conjugate-symmetric data; Octave
                # returns it complex unless FFTW happens to give exactly zero imaginary
                # parts: compare the values, the imaginary part being rounding noise
                np.testing.assert_allclose(theirs.imag, 0, atol=16 * np.finfo(float).eps
                                           * scale)
                theirs = theirs.real
            np.testing.assert_allclose(value, theirs, rtol=0,
                                       atol=16 * np.finfo(float).eps * scale, err_msg=key)
