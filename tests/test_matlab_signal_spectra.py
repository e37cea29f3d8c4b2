"""Tests of MATLAB's spectral estimators (compat.matlab.signal.spectral): the documented
definitions written out here (segments, scaling, one-sided folding, centring), Parseval
checks, bad input, and random inputs against live GNU Octave's periodogram and pwelch
(called with MATLAB's windows and no detrending) in one batched run.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from tests.oracles import run_octave_calls

RNG = np.random.default_rng(1820)


def _welch_reference(x, y, L, nov, nfft, fs, window):
    starts = range(0, x.size - L + 1, L - nov)
    starts = [s for s in starts][: (x.size - nov) // (L - nov)]
    acc = 0
    for s in starts:
        X = np.fft.fft(x[s:s + L] * window, nfft)
        Y = np.fft.fft(y[s:s + L] * window, nfft)
        acc = acc + X * np.conj(Y)
    return acc / len(starts) / (np.sum(window ** 2) * fs)


def test_pwelch_defaults_and_definition():
    x = RNG.normal(size=1000)
    p, f = matlab.pwelch(x, nargout=2)
    L = int(1000 / 4.5)
    assert p.shape == (129,) and f.shape == (129,)  # nfft = max(256, 2^nextpow2(222))
    ref = _welch_reference(x, x, L, L // 2, 256, 2 * np.pi, matlab.hamming(L)).real
    ref = ref[:129] * np.r_[1, 2 * np.ones(127), 1]
    np.testing.assert_allclose(p, ref, rtol=1e-12)
    np.testing.assert_allclose(f, np.pi * np.arange(129) / 128)


def test_parseval_for_the_periodogram():
    x = RNG.normal(size=64)
    p, f = matlab.periodogram(x, [], 64, 1, "twosided", nargout=2)
    assert np.sum(p) * (f[1] - f[0]) == pytest.approx(np.mean(x ** 2), rel=1e-12)
    p1 = matlab.periodogram(x, [], 64, 1)
    # one-sided: DC and Nyquist single, the other bins doubled
    np.testing.assert_allclose(p1, np.r_[p[0], 2 * p[1:32], p[32]], rtol=1e-12)


def test_power_spectrum_reads_a_sinusoid_power():
    n = np.arange(256)
    x = 2 * np.cos(2 * np.pi * 32 * n / 256)
    p = matlab.periodogram(x, matlab.hann(256, "periodic"), 256, 256, "power")
    assert p[32] == pytest.approx(2.0, rel=1e-12)  # A^2/2, one-sided


def test_centered_and_odd_layouts():
    x = RNG.normal(size=50)
    p2 = matlab.pwelch(x, 20, 10, 16, 1, "twosided")
    pc, fc = matlab.pwelch(x, 20, 10, 16, 1, "centered", nargout=2)
    np.testing.assert_allclose(fc, np.arange(-7, 9) / 16)
    np.testing.assert_allclose(pc, np.roll(p2, 7))
    p, f = matlab.pwelch(x, 20, 10, 15, 1, nargout=2)
    assert p.size == 8 and f[-1] == pytest.approx(7 / 15)


def test_cross_spectra_conventions():
    x = RNG.normal(size=400)
    y = matlab.filter([1, 0.5], 1, x) + 0.01 * RNG.normal(size=400)
    pxy = matlab.cpsd(x, y, 64, 32, 64, 1, "twosided")
    ref = _welch_reference(x, y, 64, 32, 64, 1, matlab.hamming(64))
    np.testing.assert_allclose(pxy, ref, rtol=1e-11, atol=1e-14)  # X .* conj(Y)
    t = matlab.tfestimate(x, y, 64, 32, 64, 1, "twosided")
    H = np.fft.fft([1, 0.5], 64)
    assert np.max(np.abs(t - H)) < 0.05  # H1 estimate of the filter's response
    c = matlab.mscohere(x, y, 64, 32, 64)
    assert np.all(c <= 1 + 1e-12) and np.min(c) > 0.9
    np.testing.assert_allclose(matlab.cpsd(x, x, 64, 32, 64), matlab.pwelch(x, 64, 32, 64))


def test_matrix_channels_and_layouts():
    M = RNG.normal(size=(128, 3))
    P = matlab.pwelch(M, 32, 16, 64)
    for j in range(3):
        np.testing.assert_allclose(P[:, j], matlab.pwelch(M[:, j], 32, 16, 64))
    p, f = matlab.pwelch(M[:, :1], 32, 16, 64, nargout=2)
    assert p.shape == (33, 1) and f.shape == (33, 1)
    assert matlab.pwelch(np.float32(M[:, 0]), 32).dtype == np.float32


def test_spectrogram_outputs():
    x = RNG.normal(size=200)
    s, f, t, ps = matlab.spectrogram(x, 40, 20, 64, 100, nargout=4)
    assert s.shape == (33, 9) and t.shape == (1, 9) and f.shape == (33, 1)
    np.testing.assert_allclose(t[0], (np.arange(9) * 20 + 20) / 100)
    np.testing.assert_allclose(s[:, 2], np.fft.fft(x[40:80] * matlab.hamming(40), 64)[:33])
    # the average of ps over segments is pwelch
    np.testing.assert_allclose(ps.mean(axis=1), matlab.pwelch(x, 40, 20, 64, 100),
                               rtol=1e-12)


@pytest.mark.parametrize("call,message", [
    (lambda: matlab.pwelch(np.ones(10), 20), "cannot be greater"),
    (lambda: matlab.pwelch(np.ones(100), 20, 20), "NOVERLAP must be less"),
    (lambda: matlab.pwelch(np.ones(100), 20, 5, [1, 2, 3]), "vector of frequencies"),
    (lambda: matlab.pwelch(np.ones(100), [], [], [], -1), "positive scalar"),
    (lambda: matlab.pwelch(np.ones(100), "mean"), "not supported"),
    (lambda: matlab.pwelch(np.ones(100), "sideways"), "Invalid option"),
    (lambda: matlab.pwelch(np.ones(100) + 1j, [], [], [], [], "onesided"), "complex"),
    (lambda: matlab.periodogram(np.ones(10), np.ones(5)), "same as the length"),
    (lambda: matlab.periodogram([]), "empty"),
    (lambda: matlab.cpsd(np.ones(10), np.ones(12)), "lengths of X and Y"),
    (lambda: matlab.spectrogram(np.ones((10, 2))), "vector"),
    (lambda: matlab.pwelch(np.ones((2, 2, 2))), "2-D"),
])
def test_bad_input(call, message):
    with pytest.raises((ValueError, TypeError), match=message):
        call()


@pytest.mark.octave
def test_random_inputs_against_octave():
    rng = np.random.default_rng(18020)
    cases, ours = [], []
    for trial in range(8):
        n = int(rng.integers(40, 300))
        x = rng.normal(size=(n, 1))
        L = int(rng.integers(8, min(n, 90)))
        nov = int(rng.integers(0, int(0.9 * L)))  # Octave takes overlaps up to 95%
        nfft = int(rng.integers(L, 2 * L + 2))
        fs = float(rng.integers(1, 100))
        # Octave's pwelch takes the overlap as a fraction and uses fix(L * fraction)
        # samples; fix(23 * (13/23)) is 12 in doubles, so the fraction is given half a
        # sample more: fix(L * (nov + 0.5)/L) is nov for every L, nov (MATLAB's noverlap
        # is a whole number of samples).
        cases.append((f"pwelch(x, hamming({L}), ({nov} + 0.5)/{L}, {nfft}, {fs}, 'onesided', "
                      "[], 'no-strip')", {"x": x}, 1))
        ours.append(matlab.pwelch(x, L, nov, nfft, fs))
        w = rng.uniform(0.1, 1, size=(n, 1))
        nfft2 = int(rng.integers(n, 2 * n))
        cases.append((f"periodogram(x, w, {nfft2}, {fs})", {"x": x, "w": w}, 1))
        ours.append(matlab.periodogram(x, w, nfft2, fs))
    results = run_octave_calls(cases, setup="pkg load signal")
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        ref = got[0]
        assert ref.shape == mine.shape, call
        np.testing.assert_allclose(mine, ref, rtol=1e-10, atol=1e-14 * np.abs(ref).max(),
                                   err_msg=call)
