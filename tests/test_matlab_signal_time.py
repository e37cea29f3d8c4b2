"""Tests of MATLAB's time-domain and multirate signal functions (issue 18):
compat.matlab.signal.timedomain, .correlation and .multirate.

Checked against the documented definitions written here independently (medians of the
documented windows, lagged sums, the analytic signal's properties, least-squares
trends), bad input gives MATLAB-style messages, and random inputs are compared with
live GNU Octave (signal package) in one batched run.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning
from tests.oracles import as2d, run_octave_calls

RNG = np.random.default_rng(1818)


# --------------------------------------------------------------------------- detrend
def test_detrend_removes_polynomials_exactly():
    t = np.arange(1.0, 41)
    for deg in range(4):
        x = np.polyval(RNG.normal(size=deg + 1), t / 10)
        assert np.max(np.abs(matlab.detrend(x, deg))) < 1e-9
    # the residual is orthogonal to the basis
    x = RNG.normal(size=40)
    y = matlab.detrend(x, 2)
    V = np.vander(t, 3)
    assert np.max(np.abs(V.T @ y)) < 1e-9 * np.abs(V).max()


def test_detrend_breakpoints_are_continuous_ramps():
    t = np.arange(1.0, 61)
    trend = 2 + 0.5 * t - 1.5 * np.maximum(t - 25, 0) + 0.7 * np.maximum(t - 40, 0)
    assert np.max(np.abs(matlab.detrend(trend, 1, [25, 40]))) < 1e-10
    # discontinuous pieces remove a step; continuous ones cannot
    step = np.where(t > 30, 5.0, 1.0)
    assert np.max(np.abs(matlab.detrend(step, 0, 30, "Continuous", False))) < 1e-12
    assert np.max(np.abs(matlab.detrend(step, 0, 30))) > 1


def test_detrend_layouts_and_nan():
    M = RNG.normal(size=(20, 3))
    cols = np.column_stack([matlab.detrend(M[:, j]) for j in range(3)])
    np.testing.assert_allclose(matlab.detrend(M), cols, atol=1e-13)
    row = M[:, 0].reshape(1, -1)
    assert matlab.detrend(row).shape == (1, 20)
    x = RNG.normal(size=15)
    x[4] = np.nan
    assert np.all(np.isnan(matlab.detrend(x)))
    y = matlab.detrend(x, "omitnan")
    ok = ~np.isnan(x)
    assert np.isnan(y[4])
    t = np.arange(1.0, 16)[ok]
    A = np.column_stack([np.ones(t.size), t])
    ref = x[ok] - A @ np.linalg.lstsq(A, x[ok], rcond=None)[0]
    np.testing.assert_allclose(y[ok], ref, atol=1e-13)
    assert matlab.detrend(np.float32([1, 2, 4])).dtype == np.float32


# --------------------------------------------------------------------------- medfilt1
def _medfilt_reference(x, n, truncate, omitnan):
    N = x.size
    before = n // 2
    after = n - 1 - before
    out = np.empty(N)
    for k in range(N):
        w = []
        for j in range(k - before, k + after + 1):
            if 0 <= j < N:
                w.append(x[j])
            elif not truncate:
                w.append(0.0)
        w = np.array(w)
        if np.isnan(w).any():
            if not omitnan:
                out[k] = np.nan
                continue
            w = w[~np.isnan(w)]
        out[k] = np.median(w) if w.size else np.nan
    return out


@pytest.mark.parametrize("n", [1, 2, 3, 4, 5, 8])
@pytest.mark.parametrize("truncate", [False, True])
@pytest.mark.parametrize("omitnan", [False, True])
def test_medfilt1_follows_the_documented_window(n, truncate, omitnan):
    x = RNG.normal(size=23)
    x[[3, 4, 15]] = np.nan
    opts = ("truncate" if truncate else "zeropad", "omitnan" if omitnan else "includenan")
    got = matlab.medfilt1(x, n, *opts)
    np.testing.assert_array_equal(got, _medfilt_reference(x, n, truncate, omitnan))


@pytest.mark.parametrize("n", [1, 2, 3, 4, 7, 10])
@pytest.mark.parametrize("truncate", [False, True])
def test_medfilt1_fast_path_without_nan(n, truncate):
    x = RNG.normal(size=(47, 2))
    x[5:9, 0] = 0.25  # ties
    opts = ("truncate",) if truncate else ()
    got = matlab.medfilt1(x, n, *opts)
    for j in range(2):
        np.testing.assert_array_equal(got[:, j],
                                      _medfilt_reference(x[:, j], n, truncate, False))


def test_medfilt1_dim_and_class():
    M = RNG.normal(size=(6, 9))
    np.testing.assert_array_equal(matlab.medfilt1(M, 3, [], 2),
                                  matlab.medfilt1(M.T, 3).T)
    assert matlab.medfilt1(np.float32([3, 1, 2])).dtype == np.float32


# --------------------------------------------------------------------------- xcorr
def _xcorr_reference(x, y, L):
    M = max(x.size, y.size)
    x = np.concatenate([x, np.zeros(M - x.size)])
    y = np.concatenate([y, np.zeros(M - y.size)])
    out = []
    for m in range(-L, L + 1):
        out.append(sum(x[n + m] * np.conj(y[n]) for n in range(M) if 0 <= n + m < M))
    return np.array(out)


def test_xcorr_definition_and_scalings():
    x = RNG.normal(size=11)
    y = RNG.normal(size=7)
    np.testing.assert_allclose(matlab.xcorr(x, y), _xcorr_reference(x, y, 10), atol=1e-12)
    r, lags = matlab.xcorr(x, 3, "unbiased", nargout=2)
    np.testing.assert_array_equal(lags, np.arange(-3.0, 4))
    ref = _xcorr_reference(x, x, 3) / (11 - np.abs(np.arange(-3, 4)))
    np.testing.assert_allclose(r, ref, atol=1e-12)
    c = matlab.xcorr(x, "coeff")
    assert abs(c[10] - 1) < 1e-15
    np.testing.assert_allclose(matlab.xcorr(x, "biased"), _xcorr_reference(x, x, 10) / 11,
                               atol=1e-12)


def test_xcorr_matrix_column_pairs_and_orientation():
    X = RNG.normal(size=(8, 2))
    R = matlab.xcorr(X, 2)
    assert R.shape == (5, 4)
    np.testing.assert_allclose(R[:, 1], _xcorr_reference(X[:, 0], X[:, 1], 2), atol=1e-12)
    assert matlab.xcorr(X[:, :1]).shape == (15, 1)
    assert matlab.xcorr(X[:, 0].reshape(1, -1)).shape == (1, 15)


def test_xcorr_complex_matches_cconv_identity():
    # MATLAB's cconv documentation: cconv(a, conj(fliplr(b)), 7) equals xcorr(a, b)
    a = np.array([1, 2, 2, 1]) + 1j
    b = np.array([1, 3, 4, 1]) - 2j
    np.testing.assert_allclose(matlab.cconv(a, np.conj(b[::-1]), 7), matlab.xcorr(a, b),
                               atol=1e-12)


# --------------------------------------------------------------------------- hilbert etc.
def test_hilbert_analytic_signal_properties():
    x = RNG.normal(size=64)
    z = matlab.hilbert(x)
    np.testing.assert_allclose(z.real, x, atol=1e-13)
    F = np.fft.fft(z)
    assert np.max(np.abs(F[33:])) < 1e-12
    t = np.arange(256)
    z = matlab.hilbert(np.cos(2 * np.pi * 8 * t / 256))
    np.testing.assert_allclose(z.imag, np.sin(2 * np.pi * 8 * t / 256), atol=1e-12)
    with pytest.warns(MatlabWarning):
        matlab.hilbert(x + 1j)


def test_sgolay_matches_polynomial_fits():
    x = RNG.normal(size=15)
    y = matlab.sgolayfilt(x, 2, 5)
    t = np.arange(-2, 3)
    for i in range(2, 13):
        c = np.polyfit(t, x[i - 2:i + 3], 2)
        assert abs(np.polyval(c, 0) - y[i]) < 1e-12
    c = np.polyfit(t, x[:5], 2)
    np.testing.assert_allclose(y[:2], np.polyval(c, t[:2]), atol=1e-12)
    b, g = matlab.sgolay(2, 5, nargout=2)
    S = t[:, None] ** np.arange(3)
    np.testing.assert_allclose(b, g @ S.T, atol=1e-13)


def test_decibels():
    np.testing.assert_allclose(matlab.db2mag(matlab.mag2db([0.3, 7.0])), [0.3, 7.0])
    np.testing.assert_allclose(matlab.db2pow(matlab.pow2db([0.3, 7.0])), [0.3, 7.0])
    assert matlab.db(2.0, "power") == pytest.approx(10 * np.log10(2))


# --------------------------------------------------------------------------- multirate
def test_upfirdn_is_upsample_conv_downsample():
    x = RNG.normal(size=17)
    h = RNG.normal(size=6)
    for p, q in [(1, 1), (3, 1), (1, 4), (3, 2), (2, 5)]:
        ref = np.convolve(matlab.upsample(x, p), h)[::q]
        ref = ref[:-(-((x.size - 1) * p + h.size) // q)]
        np.testing.assert_allclose(matlab.upfirdn(x, h, p, q), ref, atol=1e-12)


def test_resample_lengths_and_dc_gain():
    x = np.ones(200)
    for p, q in [(3, 2), (2, 3), (1, 4), (7, 5)]:
        y = matlab.resample(x, p, q)
        assert y.size == -(-200 * p // q)
        mid = y[y.size // 3: 2 * y.size // 3]
        np.testing.assert_allclose(mid, 1, atol=2e-3)
    y, b = matlab.resample(x, 3, 2, nargout=2)
    assert b.size == 2 * 10 * 3 + 1 and abs(b.sum() - 3) < 1e-12


def test_decimate_picks_the_last_sample_and_length():
    x = RNG.normal(size=101)
    for r in (2, 3, 4, 7):
        assert matlab.decimate(x, r).size == -(-101 // r)
        assert matlab.decimate(x, r, "fir").size == -(-101 // r)
    with pytest.warns(MatlabWarning):
        matlab.decimate(x, 2, 14)


def test_down_up_sample():
    np.testing.assert_array_equal(matlab.downsample(np.arange(10), 3, 1), [1, 4, 7])
    M = np.arange(12.0).reshape(6, 2)
    np.testing.assert_array_equal(matlab.downsample(M, 2), M[::2])
    np.testing.assert_array_equal(matlab.upsample([1.0, 2], 2, 1), [0, 1, 0, 2])


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("call,message", [
    (lambda: matlab.medfilt1([1.0, 2, 3], 0), "positive integer"),
    (lambda: matlab.medfilt1([1.0, 2, 3], 3, "sideways"), "Invalid option"),
    (lambda: matlab.medfilt1([1 + 1j, 2]), "real"),
    (lambda: matlab.detrend([1.0, 2, 3], -1), "nonnegative integer"),
    (lambda: matlab.detrend([1.0, 2, 3], "quadratic"), "Invalid option"),
    (lambda: matlab.xcorr([1.0, 2], [1.0, 2, 3], "biased"), "SCALEOPT must be 'none'"),
    (lambda: matlab.xcorr([1.0, 2], "sometimes"), "Invalid scale option"),
    (lambda: matlab.xcorr([1.0, 2], -1), "nonnegative integer"),
    (lambda: matlab.sgolay(2, 6), "frame length must be odd"),
    (lambda: matlab.sgolay(5, 5), "less than the frame length"),
    (lambda: matlab.sgolayfilt([1.0, 2, 3], 1, 5), ">= frame length"),
    (lambda: matlab.pow2db([-1.0]), "non-negative"),
    (lambda: matlab.resample([1.0, 2], 0, 1), "positive integer"),
    (lambda: matlab.resample([1.0, 2], 1.5, 1), "positive integer"),
    (lambda: matlab.decimate(np.ones((3, 3)), 2), "vector"),
    (lambda: matlab.decimate(np.ones(10), 2.5), "positive integer"),
    (lambda: matlab.decimate(np.ones(10), 2), "Data length"),
    (lambda: matlab.decimate(np.ones(100), 2, "fast"), "Invalid filter type"),
    (lambda: matlab.downsample([1.0, 2, 3], 3, 3), "PHASE"),
    (lambda: matlab.upsample([1.0, 2, 3], 0), "positive integer"),
    (lambda: matlab.upfirdn([1.0, 2], []), "non-empty"),
    (lambda: matlab.convmtx(np.ones((2, 2)), 3), "vector"),
    (lambda: matlab.cconv(np.ones((2, 2)), [1.0]), "vectors"),
    (lambda: matlab.envelope([1.0, 2, 3], 10, "analytic"), "is supported by compat"),
    (lambda: matlab.rms([1.0], "sideways"), "Invalid option"),
])
def test_bad_input(call, message):
    with pytest.raises((ValueError, TypeError), match=message):
        call()


def test_messages_name_the_function():
    with pytest.raises(ValueError, match="^medfilt1"):
        matlab.medfilt1([1.0, 2], 0)
    with pytest.raises(TypeError):
        matlab.xcorr("abc")


# --------------------------------------------------------------------------- Octave
@pytest.mark.octave
def test_random_inputs_against_octave():
    rng = np.random.default_rng(18018)
    cases, ours = [], []

    def add(call, inputs, mine, nargout=1):
        cases.append((call, inputs, nargout))
        ours.append(mine)

    for trial in range(6):
        n = int(rng.integers(8, 60))
        x = rng.normal(size=(1, n))
        c = rng.normal(size=(n, 2))
        k = int(rng.integers(1, 9))
        add(f"medfilt1(x, {k})", {"x": x}, matlab.medfilt1(x, k))
        add(f"medfilt1(c, {k}, 'truncate')", {"c": c}, matlab.medfilt1(c, k, "truncate"))
        deg = int(rng.integers(0, 4))
        add(f"detrend(c, {deg})", {"c": c}, matlab.detrend(c, deg))
        L = int(rng.integers(0, n + 3))
        add(f"xcorr(x, {L}, 'biased')", {"x": x}, matlab.xcorr(x, L, "biased"))
        y = rng.normal(size=(1, int(rng.integers(2, n + 1))))
        add("xcorr(x, y)", {"x": x, "y": y}, matlab.xcorr(x, y))
        add("hilbert(c)", {"c": c}, matlab.hilbert(c))
        f = 2 * int(rng.integers(1, 4)) + 1
        if n >= f:
            add(f"sgolayfilt(x, {f - 2}, {f})", {"x": x}, matlab.sgolayfilt(x, f - 2, f))
        p, q = int(rng.integers(1, 5)), int(rng.integers(1, 5))
        h = rng.normal(size=(1, int(rng.integers(2, 8))))
        add(f"upfirdn(c, h, {p}, {q})", {"c": c, "h": h}, matlab.upfirdn(c, h, p, q))
        if p != q and h.size % 2:  # p/q = 1: MATLAB returns x, Octave still filters;
            # an even-length filter has a half-sample delay that Octave rounds down
            add(f"resample(x, {p}, {q}, h)", {"x": x, "h": h}, matlab.resample(x, p, q, h))
        add("fftfilt(h, c)", {"h": h, "c": c}, matlab.fftfilt(h, c))
    results = run_octave_calls(cases, setup="pkg load signal")
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        ref = got[0]
        mine = as2d(mine)
        assert ref.shape == mine.shape, call
        np.testing.assert_allclose(mine, ref, rtol=1e-10, atol=1e-11, err_msg=call)
