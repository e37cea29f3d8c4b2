"""Tests of MATLAB's IIR design and conversions (compat.matlab.signal.design/conversions).

Properties checked against the filters' definitions (not against compat's code): a
Butterworth design has |H| = 1/sqrt(2) at its cutoff, a Chebyshev I design has -Rp dB at
its passband edge, a Chebyshev II design -Rs dB at its stopband edge, an elliptic design
meets both Rp and Rs; the state-space form realises the same transfer function; the
order estimates meet their specifications. Bad input gives the routine's message.
Differential tests against live Octave (signal package) on random designs.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.signal

from compat import matlab
from tests.oracles import run_octave


def _gain(b, a, w):
    """|H(e^{jw})| of a digital filter (w in rad/sample)."""
    z = np.exp(1j * np.atleast_1d(w))
    return np.abs(np.polyval(b, z) / np.polyval(a, z))


@pytest.mark.parametrize("n", [1, 2, 3, 6])
@pytest.mark.parametrize("wn", [0.05, 0.3, 0.8])
def test_butter_cutoff_is_minus_3db(n, wn):
    # evaluated from the polynomials, whose coefficients carry rounding relative to the
    # largest one: a few 1e-9 for order 6 with a cutoff of 0.05 (clustered poles)
    b, a = matlab.butter(n, wn)
    assert _gain(b, a, np.pi * wn)[0] == pytest.approx(1 / np.sqrt(2), rel=1e-7)
    assert _gain(b, a, 0.0)[0] == pytest.approx(1.0, rel=1e-9)
    bh, ah = matlab.butter(n, wn, "high")
    assert _gain(bh, ah, np.pi * wn)[0] == pytest.approx(1 / np.sqrt(2), rel=1e-7)
    assert _gain(bh, ah, np.pi)[0] == pytest.approx(1.0, rel=1e-9)


@pytest.mark.parametrize("kind", ["cheby1", "ellip"])
@pytest.mark.parametrize("n", [2, 3, 4, 5])
def test_passband_edge_is_minus_rp(kind, n):
    rp, rs, wp = 0.7, 45.0, 0.35
    b, a = matlab.cheby1(n, rp, wp) if kind == "cheby1" else matlab.ellip(n, rp, rs, wp)
    assert 20 * np.log10(_gain(b, a, np.pi * wp)[0]) == pytest.approx(-rp, abs=1e-8)
    w = np.linspace(0, np.pi * wp, 4001)
    g = 20 * np.log10(_gain(b, a, w))
    assert g.max() <= 1e-8 and g.min() >= -rp - 1e-8


def test_ellip_meets_the_stopband_exactly():
    b, a = matlab.ellip(4, 0.5, 40, 0.3)
    w = np.linspace(0.4 * np.pi, np.pi, 200001)
    g = 20 * np.log10(_gain(b, a, w))
    peaks = g[1:-1][(g[1:-1] > g[:-2]) & (g[1:-1] > g[2:])]
    np.testing.assert_allclose(peaks, -40.0, atol=1e-6)


def test_cheby2_stopband_edge_is_minus_rs():
    b, a = matlab.cheby2(5, 50, 0.4)
    assert 20 * np.log10(_gain(b, a, 0.4 * np.pi)[0]) == pytest.approx(-50, abs=1e-7)


@pytest.mark.parametrize("call", [
    lambda n: matlab.butter(4, [0.2, 0.5], nargout=n),
    lambda n: matlab.cheby1(3, 1, 0.4, "high", nargout=n),
    lambda n: matlab.cheby2(3, 40, [0.2, 0.6], "stop", nargout=n),
    lambda n: matlab.ellip(3, 1, 40, 2.0, "s", nargout=n),
])
def test_the_three_forms_are_one_filter(call):
    b, a = call(2)
    z, p, k = call(3)
    A, B, C, D = call(4)
    bz, az = matlab.zp2tf(z, p, k)
    np.testing.assert_allclose(az, a, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(bz, b, rtol=1e-8, atol=1e-12)
    bs, as_ = matlab.ss2tf(A, B, C, D)
    np.testing.assert_allclose(as_, a, rtol=1e-9, atol=1e-12)
    np.testing.assert_allclose(bs, b, rtol=1e-8, atol=1e-11)
    assert A.shape == (a.size - 1, a.size - 1) and B.shape == (a.size - 1, 1)
    assert C.shape == (1, a.size - 1) and D.shape == (1, 1)


def test_state_space_is_matlabs_cascade_not_scipys_companion():
    # zp2ss of buttap(2) (pole pair with den = [1 sqrt(2) 1], wn = 1): A = [-sqrt(2) -1; 1 0],
    # B = [1; 0], C = [0 1], D = 0; lp2lp to 0.5 rad/s scales A and B by 0.5
    A, B, C, D = matlab.butter(2, 0.5, "s", nargout=4)
    np.testing.assert_allclose(A, [[-np.sqrt(2) / 2, -0.5], [0.5, 0.0]], atol=1e-15)
    np.testing.assert_allclose(B, [[0.5], [0.0]], atol=1e-15)
    np.testing.assert_allclose(C, [[0.0, 1.0]], atol=1e-15)
    np.testing.assert_array_equal(D, [[0.0]])
    As, *_ = scipy.signal.zpk2ss(*scipy.signal.butter(2, 0.5, analog=True, output="zpk"))
    assert not np.allclose(A, As)


def test_analog_numerators_keep_leading_zeros():
    b, a = matlab.butter(3, 2.0, "s")
    assert b.shape == (4,) and np.all(b[:3] == 0) and b[3] == pytest.approx(8.0)
    b, a = matlab.butter(2, [1.0, 4.0], "s")
    assert b.shape == (5,) and b[0] == 0 and b[2] == pytest.approx(9.0)


@pytest.mark.parametrize("fn,args", [
    (matlab.buttord, (0.1, 0.3, 3, 60)), (matlab.buttord, (0.4, 0.2, 1, 40)),
    (matlab.buttord, ([0.2, 0.5], [0.1, 0.6], 3, 40)),
    (matlab.cheb1ord, (0.1, 0.3, 3, 60)), (matlab.cheb2ord, (0.4, 0.2, 1, 40)),
    (matlab.ellipord, ([0.2, 0.5], [0.1, 0.6], 3, 40)),
])
def test_order_estimates_meet_their_specifications(fn, args):
    wp, ws, rp, rs = args
    n, wn = fn(*args)
    band = ("high",) if np.size(wp) == 1 and wp > ws else ()
    design = {matlab.buttord: lambda: matlab.butter(int(n), wn, *band),
              matlab.cheb1ord: lambda: matlab.cheby1(int(n), rp, wn, *band),
              matlab.cheb2ord: lambda: matlab.cheby2(int(n), rs, wn, *band),
              matlab.ellipord: lambda: matlab.ellip(int(n), rp, rs, wn, *band)}[fn]
    b, a = design()
    gp = 20 * np.log10(_gain(b, a, np.pi * np.atleast_1d(wp)))
    gs = 20 * np.log10(_gain(b, a, np.pi * np.atleast_1d(ws)))
    assert np.all(gp >= -rp - 1e-6) and np.all(gs <= -rs + 1e-6)


def test_buttord_meets_the_stopband_exactly_as_matlab():
    n, wn = matlab.buttord(0.1, 0.3, 3, 60)
    b, a = matlab.butter(int(n), wn)
    assert 20 * np.log10(_gain(b, a, 0.3 * np.pi)[0]) == pytest.approx(-60, abs=1e-8)


def test_zp2sos_pairs_without_padding_and_folds_the_gain():
    z, p, k = matlab.butter(5, 0.2, nargout=3)
    sos = matlab.zp2sos(z, p, k)
    np.testing.assert_allclose(sos[:, 3:], [[1, -0.5095, 0], [1, -1.0966, 0.3554],
                                            [1, -1.3693, 0.6926]], atol=5e-5)
    sos2, g = matlab.zp2sos(z, p, k, nargout=2)
    assert g == pytest.approx(k) and sos2[0, 0] == 1
    down = matlab.zp2sos(z, p, k, "down", nargout=2)[0]
    np.testing.assert_array_equal(down, sos2[::-1])
    b, a = matlab.sos2tf(sos)
    bb, aa = matlab.butter(5, 0.2)
    np.testing.assert_allclose(b, bb, rtol=1e-8, atol=1e-14)


def test_sosfilt_equals_filter_of_the_product_along_columns():
    sos = matlab.tf2sos(*matlab.butter(6, 0.3))
    x = np.random.default_rng(3).standard_normal((200, 3))
    y = matlab.sosfilt(sos, x)
    b, a = matlab.sos2tf(sos)
    np.testing.assert_allclose(y, scipy.signal.lfilter(b, a, x, axis=0), atol=1e-10)
    np.testing.assert_allclose(matlab.sosfilt(sos, x.T, 2), y.T, atol=0)
    assert matlab.sosfilt(sos, np.float32([1, 2, 3])).dtype == np.float32


@pytest.mark.parametrize("call,message", [
    (lambda: matlab.butter(4, 1.2), r"^butter: The cutoff frequencies must be within the "
                                    r"interval of \(0,1\)\.$"),
    (lambda: matlab.butter(0, 0.2), "^butter: The filter order N must be a real, positive"),
    (lambda: matlab.butter(2.5, 0.2), "^butter: The filter order N must be"),
    (lambda: matlab.butter(3, 0.2, "stop"), "^butter: A 'stop' filter needs a two-element Wn"),
    (lambda: matlab.butter(3, [0.2, 0.4], "high"), "^butter: A 'high' filter needs a scalar"),
    (lambda: matlab.butter(3, [0.5, 0.4]), "^butter: The cutoff frequencies must be increasing"),
    (lambda: matlab.butter(3, np.nan), "^butter: Wn must be finite"),
    (lambda: matlab.butter(3, 0.3, "band"), "^butter: Invalid filter type 'band'"),
    (lambda: matlab.butter(3, -1, "s"), "^butter: The cutoff frequencies must be greater"),
    (lambda: matlab.cheby1(3, -1, 0.3), "^cheby1: Rp must be a real, positive scalar"),
    (lambda: matlab.ellip(3, 40, 1, 0.3), "^ellip: The stopband attenuation Rs must be larger"),
    (lambda: matlab.buttord(0.3, 0.3, 1, 40), "^buttord: Wp and Ws must differ"),
    (lambda: matlab.buttord([0.2, 0.5], 0.6, 1, 40), "^buttord: Wp and Ws must both be"),
    (lambda: matlab.cheb2ord(1.2, 0.3, 1, 40), "^cheb2ord: The passband and stopband edge"),
    (lambda: matlab.ellipord([0.2, 0.5], [0.3, 0.6], 1, 40), "^ellipord: The stopband must be"),
    (lambda: matlab.zp2tf(np.array([[1.0, 2.0]]), [0.5], 1), "^zp2tf: Z and P must be column"),
    (lambda: matlab.tf2zp([1, 2], [0, 0]), "^tf2zp: Denominator cannot be zero"),
    (lambda: matlab.sos2tf([1, 2, 3]), "^sos2tf: SOS must be an L-by-6 matrix"),
    (lambda: matlab.sosfilt([[1, 0, 0, 0, 1, 0]], [1.0, 2.0]), "^sosfilt: The leading "
                                                               "denominator"),
    (lambda: matlab.zp2sos([1], [0.5], 1, "sideways"), "^zp2sos: order must be 'up' or"),
])
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_bad_types():
    with pytest.raises(TypeError, match="^butter: "):
        matlab.butter("4", 0.3)
    with pytest.raises(TypeError, match="^butter: Wn must be numeric"):
        matlab.butter(4, "0.3")
    with pytest.raises(ValueError, match="^butter: nargout must be an integer from 1 to 4"):
        matlab.butter(4, 0.3, nargout=5)


# ------------------------------------------------------------------- live Octave
_PKG = "pkg load signal;"


@pytest.mark.octave
def test_random_designs_against_octave():
    """Random orders and edges (every band, butter/cheby1/cheby2) against Octave's
    signal package: denominators and the numerators' shape to 1e-9 relative to the
    largest coefficient (poles computed by different routes: eig of MATLAB's realisation
    here, closed form in Octave; root rounding amplified by pole clustering in bandpass
    designs), the numerators' gain to the rounding of its normalisation (below)."""
    rng = np.random.default_rng(18)
    cases, ours, refs = [], [], []
    for k in range(60):
        kind = ["butter", "cheby1", "cheby2"][k % 3]
        band = ["low", "high", "bandpass", "stop"][(k // 3) % 4]
        n = int(rng.integers(1, 7 if band in ("low", "high") else 5))
        if band in ("low", "high"):
            w = float(rng.uniform(0.05, 0.95))
            wtext, wpy = f"{w!r}", w
        else:
            lo, hi = np.sort(rng.uniform(0.05, 0.95, 2))
            lo, hi = float(lo), float(hi)
            wtext, wpy = f"[{lo!r} {hi!r}]", [lo, hi]
        extra = {"butter": [], "cheby1": [float(rng.uniform(0.1, 3))],
                 "cheby2": [float(rng.uniform(20, 60))]}[kind]
        btext = "" if band in ("low", "bandpass") else f", '{band}'"
        args = ", ".join([str(n)] + [repr(e) for e in extra] + [wtext])
        cases.append((f"{_PKG} [b, a] = {kind}({args}{btext});", {}, ["b", "a"]))
        opts = () if band in ("low", "bandpass") else (band,)
        ours.append(getattr(matlab, kind)(n, *extra, wpy, *opts))
        if band == "bandpass":     # the reference frequency of the gain (module docstring)
            u = 4 * np.tan(np.pi * np.array(wpy) / 2)
            refs.append(2 * np.arctan2(np.sqrt(u[0] * u[1]), 4))
        else:
            refs.append(np.pi if band == "high" else 0.0)
    results = run_octave(cases)
    eps = np.finfo(float).eps
    for (b, a), got, case, w in zip(ours, results, cases, refs):
        assert not isinstance(got, Exception), (case, got)
        want_b, want_a = got["b"].ravel(), got["a"].ravel()
        np.testing.assert_allclose(a, want_a, rtol=0,
                                   atol=1e-9 * np.abs(want_a).max(), err_msg=case[0])
        # b = gain * poly(zeros): the zeros' polynomial (closed forms on both sides) to
        # 1e-9 of the largest coefficient, the gain separately. compat sets the gain as
        # MATLAB does, from b(e^jw)/a(e^jw) at the reference frequency w; Octave carries
        # the prototype's gain through the transformations. Evaluating a degree-n
        # polynomial at e^jw errs by up to gamma_2n * sum|c_k| (Higham, Accuracy and
        # Stability, eq. 5.3), i.e. by 2n*eps times kappa = sum|c_k| / |c(e^jw)| of its
        # value, and kappa is huge where the poles crowd around e^jw: narrow bandpass
        # designs (COMPAT_RESEED_SHIFT=777: cheby2(4, 43.37, [0.68522 0.69157]) has
        # kappa(a) = 2.3e10; Octave's b is 4.3e-6 smaller than compat's, and Octave's own
        # coefficients give |H(e^jw)| = 1 - 4.9e-6 where the design asks for 1).
        scale = max(np.abs(want_b).max(), 1e-300)
        gain = (b @ want_b) / (want_b @ want_b)
        np.testing.assert_allclose(b / gain, want_b, rtol=0, atol=1e-9 * scale,
                                   err_msg=case[0])
        kern = np.exp(-1j * w * np.arange(a.size))
        kappa = sum(np.abs(c).sum() / abs(kern[:c.size] @ c) for c in (want_a, want_b))
        n2 = 2 * (a.size - 1)
        assert abs(gain - 1) <= 2 * n2 * eps * kappa + 1e-9, (case[0], gain, kappa)


@pytest.mark.octave
def test_sosfilt_against_octave_random():
    rng = np.random.default_rng(5)
    x = rng.standard_normal((500, 4))
    sos = matlab.tf2sos(*matlab.butter(6, 0.2))
    (got,) = run_octave([(f"{_PKG} y = sosfilt(sos, x);", {"sos": sos, "x": x}, ["y"])])
    np.testing.assert_allclose(matlab.sosfilt(sos, x), got["y"], rtol=1e-12, atol=1e-13)
