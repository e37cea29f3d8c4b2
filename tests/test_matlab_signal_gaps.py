"""Tests of MATLAB's interp, dpss and pmtm (issue 18, gaps).

Checked against definitions written here (the interpolator's least-squares property and
pass-through of the originals, the Slepian sequences' concentration and orthonormality,
scipy's dpss up to MATLAB's polarity, multitaper spectra from explicit sums and
Parseval), and bad input. The golden suite matlab/signal_gaps holds MATLAB's algorithms
evaluated in GNU Octave and MATLAB's dpss values.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.signal

from compat import matlab
from compat._core.errors import CompatValueError


# --------------------------------------------------------------------------- interp
def test_interp_passes_the_originals_and_has_symmetric_filter():
    rng = np.random.default_rng(3)
    x = rng.standard_normal(40)
    for r, n, a in [(2, 4, 0.5), (4, 3, 0.9), (3, 1, 1.0), (1, 2, 0.5)]:
        y, b = matlab.interp(x, r, n, a, nargout=2)
        assert y.shape == (r * x.size,) and b.shape == (2 * n * r + 1,)
        np.testing.assert_array_equal(y[::r], x)
        np.testing.assert_array_equal(b, b[::-1])
        assert b[n * r] == 1 and np.all(b[::r][np.arange(2 * n + 1) != n] == 0)


def test_interp_filter_is_the_least_squares_interpolator():
    # for offset k/r the weights of the 2n neighbours solve sum_j a_j sinc(a(i-j)) =
    # sinc(a(i-k/r)): the residual of the normal equations is at rounding level
    r, n, alpha = 3, 3, 0.7
    b = matlab.interp(np.zeros(20), r, n, alpha, nargout=2)[1]
    pos = np.arange(-n + 1, n + 1)
    R = np.sinc(alpha * np.subtract.outer(pos, pos))
    for k in range(1, r):
        a = b[n * r + k - pos * r]
        np.testing.assert_allclose(R @ a, np.sinc(alpha * (pos - k / r)), atol=1e-12)


def test_interp_band_limited_signal_and_end_extension():
    # a slow sinusoid is interpolated to about 1e-3 in the middle; the ends use the
    # odd reflection 2*x(1) - x(2n+1:-1:2), which reproduces a straight line exactly
    t = np.arange(64)
    x = np.sin(2 * np.pi * 0.05 * t)
    y = matlab.interp(x, 4)
    ti = np.arange(64 * 4) / 4
    assert np.abs(y - np.sin(2 * np.pi * 0.05 * ti))[40:-40].max() < 2e-3
    line = 0.5 * t + 2.0
    yl = matlab.interp(line, 2, 2, 1.0)
    rl = matlab.interp(np.concatenate([2 * line[0] - line[4:0:-1], line]), 2, 2, 1.0)
    np.testing.assert_allclose(yl[:8], rl[8:16], atol=1e-12)


def test_interp_layouts_and_types():
    x = np.arange(12.0)
    assert matlab.interp(x.reshape(1, -1), 2).shape == (1, 24)
    assert matlab.interp(x.reshape(-1, 1), 2).shape == (24, 1)
    y, b = matlab.interp(x.astype(np.float32), 3, 2, nargout=2)
    assert y.dtype == np.float32 and b.dtype == np.float32
    np.testing.assert_allclose(y, matlab.interp(x, 3, 2), rtol=1e-5, atol=1e-5)
    assert matlab.interp(list(range(9)), 2, 4).size == 18


@pytest.mark.parametrize("args, message", [
    (([1.0] * 8, 2), "at least 9"),
    (([1.0] * 20, 0), "out of range"),
    (([1.0] * 20, 2, 0), "out of range"),
    (([1.0] * 20, 2, 4, 1.5), "out of range"),
    (([1.0] * 20, 2, 4, 0), "out of range"),
    (([1.0] * 20, 2.5), "must be an integer"),
    ((np.ones((5, 5)), 2, 1), "vector"),
])
def test_interp_bad_input(args, message):
    with pytest.raises(CompatValueError, match=message):
        matlab.interp(*args)
    with pytest.raises(ValueError, match="^interp: "):
        matlab.interp(*args)


# --------------------------------------------------------------------------- dpss
@pytest.mark.parametrize("N, NW, K", [(64, 2.5, 5), (101, 4, 8), (16, 1.2, 3), (512, 3, 6)])
def test_dpss_against_scipy_up_to_polarity(N, NW, K):
    e, v = matlab.dpss(N, NW, K, nargout=2)
    w, ratios = scipy.signal.windows.dpss(N, NW, K, return_ratios=True)
    signs = np.sign(np.sum(e * w.T, axis=0))
    np.testing.assert_allclose(e, w.T * signs, atol=1e-10)
    np.testing.assert_allclose(v, ratios, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(e.T @ e, np.eye(K), atol=1e-12)
    # MATLAB's polarity
    assert np.all(e[:, 0::2].sum(axis=0) > 0) and np.all(e[1, 1::2] > 0)


def test_dpss_concentration_is_the_band_energy():
    # lambda_k = integral over |f| <= W of |E_k(f)|^2 (Percival & Walden eq. 378)
    N, NW = 40, 3
    e, v = matlab.dpss(N, NW, 6, nargout=2)
    W = NW / N
    f = np.linspace(-W, W, 40001)
    spec = np.abs(np.exp(-2j * np.pi * np.outer(f, np.arange(N))) @ e) ** 2
    band = np.sum((spec[1:] + spec[:-1]) / 2, axis=0) * (f[1] - f[0])
    np.testing.assert_allclose(v, band, atol=1e-8)


def test_dpss_default_count_range_and_trace(capsys):
    assert matlab.dpss(64, 2.5).shape == (64, 5)      # round(2*NW), half away from 0
    assert matlab.dpss(64, 2.25).shape == (64, 5)
    assert matlab.dpss(64, 0.2).shape == (64, 1)      # at least one
    e_all, v_all = matlab.dpss(50, 4, 8, nargout=2)
    e, v = matlab.dpss(50, 4, [3, 6], nargout=2)
    np.testing.assert_allclose(e, e_all[:, 2:6], atol=1e-12)
    np.testing.assert_allclose(v, v_all[2:6], atol=1e-14)
    matlab.dpss(16, 2, "trace")
    assert "direct algorithm" in capsys.readouterr().out


def test_dpss_matlab_printed_polarity():
    # MATLAB's dpss(3, 1.4, 3) and dpss(5, 1.5, 5) (scipy's test data, its flips
    # undone): the 2nd sequence of length 3 rises, the 4th of length 5 starts negative
    e3 = matlab.dpss(3, 1.4, 3)
    np.testing.assert_allclose(e3[:, 1], [-0.707106781, 0, 0.707106781], atol=1e-9)
    e5 = matlab.dpss(5, 1.5, 5)
    np.testing.assert_allclose(e5[:, 3], [-0.553574369, 0.439949334, 0, -0.439949334,
                                          0.553574369], atol=1e-9)


@pytest.mark.parametrize("args, message", [
    ((10, 5), "less than N/2"),
    ((10, 0), "positive"),
    ((10, 2, 11), "between 1 and N"),
    ((10, 2, [3, 2]), "between 1 and N"),
    ((10, 2, 2.5), "positive integer"),
    ((10, 2, "spline"), "not supported"),
    ((10, 2, "bogus"), "Invalid option"),
    ((0, 2), "positive integer"),
])
def test_dpss_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        matlab.dpss(*args)


# --------------------------------------------------------------------------- pmtm
def _eigenspectra(x, nw, nfft, drop=True):
    e, v = matlab.dpss(x.size, nw, nargout=2)
    if drop:
        e, v = e[:, :-1], v[:-1]
    return np.abs(np.fft.fft(e * x[:, None], nfft, axis=0)) ** 2, v


def test_pmtm_unity_and_eigen_from_explicit_sums():
    rng = np.random.default_rng(5)
    x = rng.standard_normal(100)
    Sk, v = _eigenspectra(x, 3, 256)
    K = v.size
    for method, S in [("unity", Sk.mean(axis=1)), ("eigen", Sk @ v / K)]:
        pxx, w = matlab.pmtm(x, 3, 256, [], method, nargout=2)
        one = S[:129].copy()
        one[1:-1] *= 2
        np.testing.assert_allclose(pxx, one / (2 * np.pi), rtol=1e-12)
        np.testing.assert_allclose(w, np.arange(129) * 2 * np.pi / 256, rtol=1e-15)
    two = matlab.pmtm(x, 3, 256, 10.0, "unity", "twosided")
    np.testing.assert_allclose(two, Sk.mean(axis=1) / 10, rtol=1e-12)


def test_pmtm_adaptive_fixed_point():
    # the adaptive estimate satisfies S = sum(b^2 l Sk)/sum(b^2 l), b = S/(l S + s2(1-l))
    # to the stopping tolerance 0.0005*s2/nfft in mean
    rng = np.random.default_rng(6)
    x = np.cumsum(rng.standard_normal(200))  # red spectrum: the weights matter
    S = matlab.pmtm(x, 4, 256, [], "twosided")
    Sk, v = _eigenspectra(x, 4, 256)
    s2 = x @ x / x.size
    S = S * 2 * np.pi
    b = S[:, None] / (S[:, None] * v + s2 * (1 - v))
    wk = b ** 2 * v
    again = np.sum(wk * Sk, axis=1) / np.sum(wk, axis=1)
    assert np.mean(np.abs(again - S)) <= 0.0005 * s2 / 256
    assert not np.allclose(S, Sk.mean(axis=1), rtol=1e-3)


def test_pmtm_parseval_and_layouts():
    rng = np.random.default_rng(7)
    x = rng.standard_normal((128, 2))
    pxx, f = matlab.pmtm(x, 2.5, 128, 1000, "unity", nargout=2)
    assert pxx.shape == (65, 2) and f.shape == (65, 1)
    # Parseval: the two-sided 'unity' spectrum sums to nfft/fs * mean_k sum(e_k^2 x^2)
    two = matlab.pmtm(x, 2.5, 128, 1000, "unity", "twosided")
    e = matlab.dpss(128, 2.5)[:, :-1]
    np.testing.assert_allclose(two.sum(axis=0) * 1000 / 128,
                               ((e ** 2).T @ x ** 2).mean(axis=0), rtol=1e-12)
    assert matlab.pmtm(x[:, 0]).shape == (129,)
    assert matlab.pmtm(x[:, :1]).shape == (129, 1)
    assert matlab.pmtm(x[:, 0], 2, 127).shape == (64,)
    assert matlab.pmtm(x[:, 0].astype(np.float32)).dtype == np.float32
    c = matlab.pmtm(x[:, 0] + 1j * x[:, 1], 2)
    assert c.shape == (256,)
    cent, fc = matlab.pmtm(x[:, 0], 2, 64, [], "centered", nargout=2)
    assert fc[0] < 0 and cent.shape == (64,)


def test_pmtm_taper_forms_agree():
    rng = np.random.default_rng(8)
    x = rng.standard_normal(90)
    base = matlab.pmtm(x, 3)
    e, v = matlab.dpss(90, 3, nargout=2)
    np.testing.assert_allclose(matlab.pmtm(x, e, v), base, rtol=1e-14)
    np.testing.assert_allclose(matlab.pmtm(x, [3]), base, rtol=1e-14)
    keep = matlab.pmtm(x, 3, "DropLastTaper", False)
    np.testing.assert_allclose(matlab.pmtm(x, e, v, "DropLastTaper", False), keep,
                               rtol=1e-14)
    assert not np.allclose(keep, base)


def test_pmtm_wraps_a_long_signal():
    rng = np.random.default_rng(9)
    x = rng.standard_normal(150)
    Sk, v = _eigenspectra(x, 2, 150)
    e = matlab.dpss(150, 2)[:, :-1]
    seg = e * x[:, None]
    wrapped = np.concatenate([seg, np.zeros((10, seg.shape[1]))]).reshape(2, 80, -1).sum(0)
    S = (np.abs(np.fft.fft(wrapped, axis=0)) ** 2).mean(axis=1)
    np.testing.assert_allclose(matlab.pmtm(x, 2, 80, [], "unity", "twosided"),
                               S / (2 * np.pi), rtol=1e-12)


@pytest.mark.parametrize("args, message", [
    (([],), "empty"),
    ((np.ones(20), 10), "less than N/2"),
    ((np.ones(20), 0.5), "NW should be greater than or equal to 1.25 when Droplasttaper "
                         "is true"),
    ((np.ones(20), 1), "greater than or equal to 1.25"),
    ((np.ones(20), 0.7, "DropLastTaper", False), "greater than or equal to 0.75 when "
                                                 "Droplasttaper is false"),
    ((np.ones(20), [1.25, 2]), "Number of tapers should be an integer greater than or "
                               "equal to 3 when Droplasttaper is true"),
    ((np.ones(20), [1, 1], "DropLastTaper", False), "equal to 2 when Droplasttaper is "
                                                     "false"),
    ((np.ones(20), np.ones((20, 2)), [1, 1]), "equal to 3 when Droplasttaper is true"),
    ((np.ones(20), 2, "bogus"), "Invalid option"),
    ((np.ones(20), 2, "ConfidenceLevel", 0.9), "not supported"),
    ((np.ones(20), 2, "DropLastTaper", "yes"), "true or false"),
    ((np.ones(20) + 1j, 2, "onesided"), "complex"),
    ((np.ones(20), 2, 64, 1000, 5), "Too many"),
    ((np.ones(20), 2, -4), "positive integer"),
])
def test_pmtm_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        matlab.pmtm(*args)


def test_pmtm_smallest_bandwidths_leave_two_tapers():
    # MATLAB's dpss rounds 2*NW half away from zero: NW = 1.25 gives 3 tapers, 2 after
    # the last is dropped; NW = 0.75 with 'DropLastTaper', false gives 2. The adaptive
    # combination starts from the mean of the first two eigenspectra.
    x = np.random.default_rng(3).standard_normal(64)
    for nw, drop in ((1.25, True), (0.75, False)):
        Sk, v = _eigenspectra(x, nw, 64, drop)
        assert Sk.shape[1] == 2
        unity = matlab.pmtm(x, nw, 64, [], "unity", "twosided", "DropLastTaper", drop)
        np.testing.assert_allclose(unity, Sk.mean(axis=1) / (2 * np.pi), rtol=1e-12)
        adapt = matlab.pmtm(x, nw, 64, [], "twosided", "DropLastTaper", drop)
        assert adapt.shape == (64,) and np.all(adapt > 0)


# --------------------------------------------------------------------------- firpm
def _amplitude(b, g, antisymmetric=False):
    """The real amplitude A(f) with H = exp(-1j*pi*f*n/2) * A (times 1j for an
    antisymmetric filter), f in [0, 1]."""
    b = np.asarray(b)
    H = np.exp(-1j * np.pi * np.outer(g, np.arange(b.size))) @ b
    lin = np.exp(1j * np.pi * g * (b.size - 1) / 2)
    return np.real(H * lin / (1j if antisymmetric else 1))


def test_firpm_is_equiripple_and_matches_scipy_for_flat_bands():
    b, err, res = matlab.firpm(30, [0, 0.3, 0.4, 1], [1, 1, 0, 0], np.array([1.0, 3.0]),
                               nargout=3)
    np.testing.assert_array_equal(b, b[::-1])
    g = res["fgrid"].ravel()
    e = res["error"].ravel() * res["wt"].ravel()
    # the weighted error reaches +-err with alternating signs at the extremals
    ext = res["iextr"].ravel().astype(int) - 1
    np.testing.assert_allclose(np.abs(e[ext]), err, rtol=1e-9)
    assert np.all(np.diff(np.sign(e[ext])) != 0)
    assert np.abs(e).max() <= err * (1 + 1e-9)
    np.testing.assert_allclose(res["fextr"].ravel(), g[ext])
    # scipy's remez is the same exchange; on this spec the grids give the same optimum
    ref = scipy.signal.remez(31, [0, 0.15, 0.2, 0.5], [1, 0], weight=[1, 3])
    np.testing.assert_allclose(b, ref, atol=1e-6)


def test_firpm_sloped_band_follows_the_line():
    f, a = [0, 0.4, 0.5, 1], [1, 0.5, 0, 0]
    b, err = matlab.firpm(40, f, a, nargout=2)
    g = np.linspace(0, 0.4, 201)
    np.testing.assert_allclose(_amplitude(b, g), 1 - 1.25 * g, atol=err * 1.01)
    assert err < 0.01


def test_firpm_hilbert_and_differentiator_signs():
    # Hilbert transformer: H = -1j*exp(-1j*w*n/2) on the band (MATLAB's convention)
    b = matlab.firpm(30, [0.1, 0.9], [1, 1], "hilbert")
    np.testing.assert_allclose(b, -b[::-1], atol=1e-15)
    g = np.linspace(0.15, 0.85, 50)
    np.testing.assert_allclose(-_amplitude(b, g, True), 1, atol=0.01)
    assert b[16] > 0 and b[14] < 0
    # differentiator: H = 1j*w*exp(-1j*w*n/2); error weighted by 1/f
    b, err = matlab.firpm(21, [0.05, 0.9], [0.05 * np.pi, 0.9 * np.pi], "d", nargout=2)
    np.testing.assert_allclose(b, -b[::-1], atol=1e-15)
    g = np.linspace(0.05, 0.9, 400)
    A = _amplitude(b, g, True)
    assert np.max(np.abs(A - np.pi * g) / (g / 2)) < err * 1.05
    assert b[0] > 0


def test_firpm_order_increase_and_grid_density():
    with pytest.warns(Warning, match="increased by one"):
        b = matlab.firpm(15, [0, 0.4, 0.5, 1], [0, 0, 1, 1])
    assert b.size == 17
    coarse = matlab.firpm(22, [0, 0.4, 0.5, 1], [1, 1, 0, 0])
    fine = matlab.firpm(22, [0, 0.4, 0.5, 1], [1, 1, 0, 0], [64])
    assert coarse.size == fine.size == 23
    assert 0 < np.abs(coarse - fine).max() < 1e-3
    with pytest.warns(Warning, match="at least 16"):
        matlab.firpm(22, [0, 0.4, 0.5, 1], [1, 1, 0, 0], [8])


@pytest.mark.parametrize("args, message", [
    ((2, [0, 0.4, 0.5, 1], [1, 1, 0, 0]), "3 or more"),
    ((20, [0, 0.4, 0.5], [1, 1, 0]), "even"),
    ((20, [0, 0.4, 0.5, 1.2], [1, 1, 0, 0]), "between 0 and 1"),
    ((20, [0, 0.5, 0.4, 1], [1, 1, 0, 0]), "non-decreasing"),
    ((20, [0, 0.4, 0.5, 1], [1, 1, 0]), "same length"),
    ((20, [0, 0.4, 0.5, 1], [1, 1, 0, 0], np.array([1.0, 2, 3])), "one weight per band"),
    ((20, [0, 0.4, 0.5, 1], [1, 1, 0, 0], np.array([1.0, -2])), "greater than zero"),
    ((20, [0, 0.4, 0.4, 1], [1, 1, 0, 0]), "touch"),
    ((20, [0, 0.4, 0.5, 1], [1, 1, 0, 0], "bogus"), "Invalid filter type"),
    ((20.5, [0, 0.4, 0.5, 1], [1, 1, 0, 0]), "integer"),
])
def test_firpm_bad_input(args, message):
    with pytest.raises(ValueError, match=message):
        matlab.firpm(*args)


# --------------------------------------------------------------------------- freqs grid
def test_freqs_automatic_grid_rules():
    # one real pole at -1: decades round(log10(0.1) - 0.5) = -2 to round(log10(3) + 0.5)
    # = 1, n + 1 log points resampled to n
    h, w = matlab.freqs([1.0], [1, 1], 5, nargout=2)
    np.testing.assert_allclose(w, np.logspace(-2, 1, 5), rtol=1e-14)
    np.testing.assert_allclose(h, 1 / (1j * w + 1), rtol=1e-14)
    # default 200, increasing, covering the resonance of a lightly damped pair
    h, w = matlab.freqs([0.2, 0.3, 1], [1, 0.4, 1], nargout=2)
    assert w.size == 200 and np.all(np.diff(w) > 0)
    assert w[0] == pytest.approx(0.1) and w[-1] == pytest.approx(10.0)
    _, w = matlab.freqs([1.0], [1, 0.1, 1], nargout=2)  # refined around |p| = 1
    assert np.sum((w > 0.8) & (w < 1.2)) > np.sum((w > 2.4) & (w < 3.6)) + 3
    # pure integrator: |p| < 1e-10 counts as 1
    _, w = matlab.freqs([1.0], [1, 0], 20, nargout=2)
    np.testing.assert_allclose(w[[0, -1]], [0.01, 10.0], rtol=1e-14)
    with pytest.raises(ValueError, match="positive integer"):
        matlab.freqs([1.0], [1, 1], 0)
