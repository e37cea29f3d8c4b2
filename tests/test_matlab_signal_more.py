"""Tests of MATLAB's fir2 and the default lengths of impz/stepz (issue 18, continued).

Checked against definitions written here (the designed response meets the desired one,
linear phase, MATLAB's documented impzlength numbers), bad input, and random designs
against live GNU Octave in one batched run.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import scipy.signal

from compat import matlab
from compat._core.errors import CompatValueError, MatlabWarning
from tests.oracles import run_octave_calls


def _gain(b, w):
    return np.abs(np.polyval(np.asarray(b)[::-1], np.exp(-1j * np.pi * np.asarray(w))))


def test_fir2_meets_the_desired_response():
    b = matlab.fir2(100, [0, 0.3, 0.5, 1], [1, 1, 0, 0])
    assert b.size == 101
    np.testing.assert_allclose(b, b[::-1], atol=1e-15)
    np.testing.assert_allclose(_gain(b, [0, 0.1, 0.2]), 1, atol=2e-3)
    assert _gain(b, [0.6, 0.8, 1.0]).max() < 1e-3
    # arbitrary shape: a linear ramp is followed within the passband
    b = matlab.fir2(200, [0, 1], [0, 1])
    w = np.linspace(0.1, 0.9, 9)
    np.testing.assert_allclose(_gain(b, w), w, atol=2e-3)


def test_fir2_window_and_grid_arguments():
    f, m = [0, 0.4, 0.4, 1], [1, 1, 0, 0]
    base = matlab.fir2(20, f, m)
    np.testing.assert_array_equal(matlab.fir2(20, f, m, 512), base)
    np.testing.assert_array_equal(matlab.fir2(20, f, m, 512, 20), base)
    np.testing.assert_array_equal(matlab.fir2(20, f, m, matlab.hamming(21)), base)
    boxcar = matlab.fir2(20, f, m, np.ones(21))
    np.testing.assert_allclose(boxcar * matlab.hamming(21), base, atol=1e-15)
    assert not np.allclose(matlab.fir2(20, f, m, 512, 60), base)


def test_fir2_odd_order_rule():
    with pytest.warns(MatlabWarning, match="increased by one"):
        b = matlab.fir2(9, [0, 0.5, 1], [1, 1, 1])
    assert b.size == 11
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        b = matlab.fir2(9, [0, 0.5, 1], [1, 1, 0])
    assert b.size == 10
    np.testing.assert_allclose(b, b[::-1], atol=1e-15)
    assert _gain(b, [1.0])[0] < 1e-12


@pytest.mark.parametrize("args, match", [
    ((10, [0, 0.5, 0.9], [1, 1, 0]), "first frequency must be 0 and the last 1"),
    ((10, [0, 0.6, 0.5, 1], [1, 1, 0, 0]), "nondecreasing"),
    ((10, [0, 0.5, 1], [1, 0]), "same length"),
    ((-1, [0, 1], [1, 1]), "nonnegative integer"),
    ((2.5, [0, 1], [1, 1]), "nonnegative integer"),
    ((100, [0, 1], [1, 1], 16), "greater than half the filter order"),
    ((10, [0, 1], [1, 1], np.ones(5)), "window length"),
    ((10, [0, 1], [1, 1], 64, 2, 3, np.ones(11)), "Too many input arguments"),
])
def test_fir2_bad_input(args, match):
    with pytest.raises(CompatValueError, match=match) as info:
        matlab.fir2(*args)
    assert "fir2" in str(info.value)


def test_impz_default_lengths():
    # MATLAB's documentation of impzlength: 93 samples for a pole at 0.9, h(93) printed
    h = matlab.impz(1, [1, -0.9])
    assert h.size == 93
    assert f"{h[-1]:.4e}" == "6.1704e-05"
    b, a = matlab.ellip(4, 1, 60, 0.4)
    assert matlab.impz(b, a).size == 80
    assert matlab.stepz(b, a).size == 80
    h, t = matlab.impz(b, a, [], 100, nargout=2)
    np.testing.assert_allclose(t, np.arange(80) / 100)
    # FIR: length(b); unstable: the largest pole grows 1e6 times
    assert matlab.impz([1.0, 2, 3]).size == 3
    assert matlab.impz(1, [1, -1.1]).size == math.floor(6 / math.log10(1.1))
    # poles on the unit circle: five periods of the slowest oscillation
    assert matlab.impz(1, [1, 0, 1]).size == 20
    np.testing.assert_allclose(matlab.impz(1, [1, -0.5, 0.06]),
                               scipy.signal.lfilter([1], [1, -0.5, 0.06],
                                                    np.r_[1.0, np.zeros(
                                                        matlab.impz(1, [1, -0.5, 0.06]).size - 1)]))


def test_impz_integrator_needs_n():
    with pytest.raises(CompatValueError, match="give the number of samples"):
        matlab.impz(1, [1, -1])
    np.testing.assert_array_equal(matlab.stepz(1, [1, -1], 4), [1, 2, 3, 4])


@pytest.mark.octave
def test_fir2_random_designs_against_octave():
    rng = np.random.default_rng(1802)
    cases, ours = [], []
    for k in range(24):
        order = int(rng.integers(4, 90)) * 2 + (k % 3 == 0)
        inner = np.sort(rng.uniform(0.05, 0.95, size=4)).round(4)
        if k % 2:
            inner[2] = inner[1]  # a step
        f = np.r_[0.0, inner, 1.0]
        m = rng.uniform(0, 1, size=6).round(3)
        if order % 2:
            m[-1] = 0.0  # Octave keeps odd orders: compare where MATLAB does too
        fs, ms = " ".join(repr(float(v)) for v in f), " ".join(repr(float(v)) for v in m)
        extra, pyextra = "", ()
        if k % 4 == 1:
            extra, pyextra = ", 128, 7", (128, 7)
        cases.append((f"fir2({order}, [{fs}], [{ms}]{extra})", {}, 1))
        ours.append(matlab.fir2(order, f, m, *pyextra))
    results = run_octave_calls(cases, setup="pkg load signal")
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        np.testing.assert_allclose(mine, got[0].ravel(), rtol=1e-10, atol=1e-14,
                                   err_msg=call)


def test_impinvar_samples_the_analog_impulse_response():
    b, a = matlab.butter(4, 2 * np.pi * 3, "s")
    fs = 20.0
    bz, az = matlab.impinvar(b, a, fs)
    assert bz.size == 4 and az.size == 5
    n = np.arange(30)
    _, h = scipy.signal.impulse((np.trim_zeros(b, "f"), a), T=n / fs)
    np.testing.assert_allclose(matlab.impz(bz, az, 30), h / fs, atol=1e-12)
    # a repeated pole: h(t) = t^2/2 exp(-t)
    bz, az = matlab.impinvar(1, [1, 3, 3, 1], 4)
    t = np.arange(12) / 4
    np.testing.assert_allclose(matlab.impz(bz, az, 12), t ** 2 / 2 * np.exp(-t) / 4,
                               atol=1e-15)
    np.testing.assert_allclose(az, np.poly(np.exp(-np.ones(3) / 4)), atol=1e-15)
    assert isinstance(matlab.impinvar(1, [1, 1], nargout=1), np.ndarray)


def test_impinvar_poles_close_only_after_sampling_stay_distinct():
    # s-domain poles -1 and -1.003 (0.3% apart, outside MATLAB's default tol) sampled at
    # 40 Hz lie 7.3e-5 apart; the conversion is of b/a itself, whose impulse response
    # h(t) = (exp(-t) - exp(-1.003 t))/0.003 gives, by hand, T*h(nT) as
    # T/0.003 * (z1 - z2) z^-1 / ((1 - z1 z^-1)(1 - z2 z^-1)). Octave's impinvar joins the
    # two z-domain poles (absolute tol 1e-4) and returns bz(2) = -8.127 (golden case
    # matlab/signal_more/impinvar_z_domain_close_poles, divergent).
    T = 1 / 40
    z1, z2 = math.exp(-T), math.exp(-1.003 * T)
    gap = -z1 * math.expm1(-0.003 * T)         # z1 - z2 without the cancellation
    bz, az = matlab.impinvar(1, [1, 2.003, 1.003], 40)
    # compat's state-space route carries the rounding of a 2x2 matrix exponential
    np.testing.assert_allclose(bz, [0, T * gap / 0.003], rtol=1e-13, atol=0)
    np.testing.assert_allclose(az, [1, -(z1 + z2), z1 * z2], rtol=1e-14, atol=0)


def test_impinvar_poles_within_tol_are_one_repeated_pole():
    # MATLAB's impinvar page: tol "determine[s] whether poles are repeated ... The default
    # is 0.001, or 0.1% of a pole's magnitude". Poles -2 and -2.001 (0.05% apart) are
    # therefore one double pole; GNU Octave 7.3 (signal 1.4.3, its residue averaging the
    # group) gives these coefficients, printed with %.17g:
    a = np.convolve([1, 2], np.convolve([1, 2.001], [1, 5]))
    bz, az = matlab.impinvar([1, 0.5], a, 10)
    np.testing.assert_allclose(bz, [0, 0.00651599860917156, -0.00620347872750562],
                               rtol=1e-12, atol=1e-17)
    np.testing.assert_allclose(az, [1, -2.243910294840082, 1.6633739676764068,
                                    -0.4065290048074056], rtol=1e-13, atol=1e-17)
    # by definition: T*h(nT) of s + 0.5 over (s + 2.0005)^2 (s + 5), resp. of b/a itself
    # when tol is too small to group them (the two differ by 5e-10 relative)
    n = np.arange(3)
    for poles, tol in (([-2.0005, -2.0005, -5], None), ([-2, -2.001, -5], 1e-6)):
        den = np.real(np.poly(poles))
        _, h = scipy.signal.impulse(([1, 0.5], den), T=n / 10)
        bz, az = matlab.impinvar([1, 0.5], a, 10, tol)
        np.testing.assert_allclose(matlab.impz(bz, az, 3), h / 10, rtol=1e-11, atol=1e-16)
        np.testing.assert_allclose(az, np.poly(np.exp(np.array(poles) / 10)), rtol=1e-13)
    # the input COMPAT_RESEED_SHIFT=1313 drew (poles -4.79319827 and -4.78990011, 0.069%
    # apart); Octave's bz, to its rounding (eps*T*sum|r|*prod(1+|z|) = 2e-14 absolute)
    a5 = [1.0, 16.328608510467653, 99.54606412391789, 275.67760918821284,
          335.03226583623245, 145.67567308058787]
    bz = matlab.impinvar([0.44036093509402274], a5, 1.0, nargout=1)
    octave = [0, 8.9418540486990022e-04, 5.4985760594870869e-04, 2.0016305518633646e-05,
              4.8427062797924889e-08]
    np.testing.assert_allclose(bz, octave, rtol=0, atol=1e-13)


@pytest.mark.parametrize("args, match", [
    (([1, 2, 3], [1, 1], 10), "order must be less"),
    (([1, 1], [1, 1]), "order must be less"),
    (([1], [1, 1], -5), "FS must be a positive scalar"),
    (([1], [1, 1], 10, 0), "TOL must be a positive scalar"),
    (([1], np.ones((2, 2))), "vector of coefficients"),
])
def test_impinvar_bad_input(args, match):
    with pytest.raises(CompatValueError, match=match) as info:
        matlab.impinvar(*args)
    assert "impinvar" in str(info.value)


@pytest.mark.octave
def _impulse_reference(b, a, T, n):
    """T*h(nT) of B(s)/A(s) (strictly proper) from its poles and residues in 60-digit
    arithmetic (mpmath): close poles, whose residues cancel in double precision, stay
    exact to far below the tolerance."""
    import mpmath
    with mpmath.workdps(60):
        bb = [mpmath.mpf(float(v)) for v in b]
        aa = [mpmath.mpf(float(v)) for v in a]
        poles = mpmath.polyroots(aa, maxsteps=200, extraprec=200)
        da = [c * (len(aa) - 1 - i) for i, c in enumerate(aa[:-1])]
        res = [mpmath.polyval(bb, q) / mpmath.polyval(da, q) for q in poles]
        return np.array([float(mpmath.re(T * sum(r * mpmath.exp(q * k * T)
                                                  for r, q in zip(res, poles))))
                         for k in n])


def test_impinvar_random_filters_against_octave():
    rng = np.random.default_rng(1803)
    cases, ours, rates = [], [], []
    for k in range(16):
        order = int(rng.integers(1, 6))
        poles = -rng.uniform(0.2, 5, size=order).astype(complex)
        if order >= 2 and k % 2:
            poles[:2] = -rng.uniform(0.2, 2) + np.array([1j, -1j]) * rng.uniform(0.5, 4)
        a = np.real(np.poly(poles))
        b = rng.normal(size=int(rng.integers(1, order + 1)))
        fs = float(rng.choice([1.0, 8.0, 40.0]))
        cases.append((f"impinvar(b, a, {fs!r})", {"b": b.reshape(1, -1), "a": a.reshape(1, -1)}, 2))
        ours.append(matlab.impinvar(b, a, fs))
        rates.append(fs)
    results = run_octave_calls(cases, setup="pkg load signal")
    divergent = 0
    for (call, inputs, _), got, mine, fs in zip(cases, results, ours, rates):
        assert not isinstance(got, Exception), (call, got)
        # Octave builds bz from the residues: sum_i T*r_i*prod_{j!=i}(1 - z_j/z), z = exp(p*T),
        # so each coefficient carries rounding of about eps*T*sum|r|*prod(1+|z|) -- the
        # scale of the terms that cancel, not of the result (a coefficient that is exactly 0,
        # bz(1) = T*h(0) for a relative degree of 2 or more, came back as -6.9e-18 beside a
        # largest coefficient of 2e-7, T*sum|r| = 0.21). compat's state-space route gives
        # the exact 0. Largest excess over 1e-9 relative seen in 640 random filters: 0.73 of
        # this scale; allowed 4.
        # residue's default tol (1e-3) groups close poles as one multiple pole, and the
        # simple-pole impulse response below is then wrong (shift 30082: s-poles 1.2e-4
        # apart): the poles stay distinct here
        r, p, _ = scipy.signal.residue(inputs["b"].ravel(), inputs["a"].ravel(), tol=1e-13)
        # (the impulse response of such draws comes from 60-digit arithmetic below)
        T = 1 / fs
        z = np.exp(p * T)
        gap = np.abs(z[:, None] - z[None, :])[np.triu_indices(z.size, 1)]
        if gap.size and gap.min() < 1e-4:
            # Octave's impinvar rebuilds B(z) with inv_residue(r, exp(p*T), k, tol) and its
            # own default tol = 1e-4 *absolute* on the z-domain poles (signal 1.4.3,
            # impinvar.m and private/inv_residue.m): two distinct s-domain poles closer than
            # fs*1e-4 become one z-domain double pole there while their residues were
            # computed as simple ones, and the filter is wrong (shift 6623: poles -0.75849
            # and -0.76212 at fs = 40, z-gap 9e-5, Octave's bz(2) = -0.77 where the
            # definition gives -5.6e-8). MATLAB's page defines the result by the impulse
            # response, T*h(nT): compat is checked against that definition here.
            n = np.arange(4 * inputs["a"].size)
            h = _impulse_reference(inputs["b"].ravel(), inputs["a"].ravel(), T, n)
            impulse = np.zeros(n.size)
            impulse[0] = 1
            scale = T * np.abs(r).sum()
            np.testing.assert_allclose(scipy.signal.lfilter(mine.b, mine.a, impulse), h,
                                       rtol=0, atol=1e4 * np.finfo(float).eps * scale,
                                       err_msg=call)
            divergent += 1
            continue
        terms = T * np.abs(r).sum() * np.prod(1 + np.abs(z))
        np.testing.assert_allclose(mine.b, got[0].ravel()[-mine.b.size:], rtol=1e-9,
                                   atol=4 * np.finfo(float).eps * terms, err_msg=call)
        np.testing.assert_allclose(mine.a, got[1].ravel(), rtol=1e-10, atol=1e-13,
                                   err_msg=call)
    assert divergent < len(cases) // 2     # most draws are compared with Octave itself


def test_specgram_layout_and_values():
    x = np.sin(0.3 * np.arange(200)) + np.arange(200) / 200
    B, f, t = matlab.specgram(x, 64, 100, matlab.hamming(40), 10, nargout=3)
    k = (200 - 10) // 30
    assert B.shape == (33, k) and f.shape == (33,) and t.shape == (k,)
    np.testing.assert_allclose(f, np.arange(33) * 100 / 64)
    np.testing.assert_allclose(t, np.arange(k) * 30 / 100)
    for j in (0, k - 1):
        seg = x[30 * j:30 * j + 40] * matlab.hamming(40)
        np.testing.assert_allclose(B[:, j], np.fft.fft(seg, 64)[:33], atol=1e-12)
    # odd nfft, complex signals, defaults, a frequency vector
    assert matlab.specgram(x, 63, 2, 40, 10).shape[0] == 32
    assert matlab.specgram(x + 1j * x, 64, 2, 40, 10).shape[0] == 64
    assert matlab.specgram(x).shape == (101, 1)  # nfft 200, hanning(200), noverlap 100
    np.testing.assert_allclose(matlab.specgram(x)[:, 0],
                               np.fft.fft(x * matlab.hanning(200))[:101], atol=1e-12)
    Bf = matlab.specgram(x, [0.0, 100 / 64, 10.0], 100, matlab.hamming(40), 10)
    np.testing.assert_allclose(Bf[:2], B[:2], atol=1e-12)
    # MATLAB's documented size, as a MATLAB user printed it (129-by-693)
    assert matlab.specgram(np.arange(1.0, 22401.0), 256, 8000, 256, 224).shape == (129, 693)


@pytest.mark.parametrize("args, match", [
    ((np.ones((4, 4)),), "non-empty vector"),
    ((np.ones(100), 32, 2, 64), "longer than NFFT"),
    ((np.ones(20), 64, 2, 40), "longer than the signal"),
    ((np.ones(100), 32, 2, 16, 16), "NOVERLAP must be less"),
    ((np.ones(100), 32, -1), "FS must be a positive scalar"),
    ((np.ones(100), 0), "NFFT must be a positive integer"),
])
def test_specgram_bad_input(args, match):
    with pytest.raises(CompatValueError, match=match) as info:
        matlab.specgram(*args)
    assert "specgram" in str(info.value)


@pytest.mark.octave
def test_specgram_random_signals_against_octave():
    rng = np.random.default_rng(1805)
    cases, ours = [], []
    for k in range(12):
        n = int(rng.integers(80, 400))
        x = rng.normal(size=n)
        if k % 3 == 2:
            x = x + 1j * rng.normal(size=n)
        nfft = int(rng.integers(16, 70))
        nwind = int(rng.integers(8, nfft + 1))
        nover = int(rng.integers(0, nwind))
        cases.append((f"specgram(x, {nfft}, 2, hamming({nwind}), {nover})",
                      {"x": x.reshape(1, -1)}, 1))
        ours.append(matlab.specgram(x, nfft, 2, matlab.hamming(nwind), nover))
    results = run_octave_calls(cases, setup="pkg load signal")
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        ref = np.atleast_2d(got[0])
        # Octave keeps nfft/2 rows and may drop a last segment ending at the signal's end
        assert ref.shape[1] in (mine.shape[1], mine.shape[1] - 1), call
        np.testing.assert_allclose(mine[:ref.shape[0], :ref.shape[1]], ref, rtol=1e-10,
                                   atol=1e-11, err_msg=call)
