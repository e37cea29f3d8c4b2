"""MATLAB square, sawtooth, rectpuls, tripuls, gauspuls, chirp, pulstran, diric: the
reference pages' definitions by hand (switching instants, ramps, pulse edges, the
Gaussian's -bwr dB bandwidth and cutoff, the chirps' instantaneous frequency and initial
phase, pulse sums, the Dirichlet limit), classes, errors, and random times against the
signal package in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave

PI = np.pi


def test_square_and_sawtooth_by_hand():
    t = np.array([-PI / 2, 0, PI / 2, PI, 3 * PI / 2, 2 * PI])
    np.testing.assert_array_equal(matlab.square(t), [-1, 1, 1, -1, -1, 1])
    np.testing.assert_array_equal(matlab.square(t, 75), [-1, 1, 1, 1, -1, 1])  # 3 pi/2: off
    np.testing.assert_array_equal(matlab.square(t, 0), -np.ones(6))
    np.testing.assert_allclose(matlab.sawtooth(t), [0.5, -1, -0.5, 0, 0.5, -1], atol=1e-15)
    np.testing.assert_allclose(matlab.sawtooth(t, 0.5), [0, -1, 0, 1, 0, -1], atol=1e-15)
    np.testing.assert_allclose(matlab.sawtooth(t, 0), [-0.5, 1, 0.5, 0, -0.5, 1], atol=1e-15)
    assert matlab.square(np.float32([1.0])).dtype == np.float64


def test_pulses_by_hand():
    t = np.array([-1, -0.5, -0.25, 0, 0.25, 0.5, 1])
    np.testing.assert_array_equal(matlab.rectpuls(t), [0, 1, 1, 1, 1, 0, 0])
    np.testing.assert_array_equal(matlab.rectpuls(t, 2), [1, 1, 1, 1, 1, 1, 0])
    np.testing.assert_array_equal(matlab.tripuls(t), [0, 0, 0.5, 1, 0.5, 0, 0])
    np.testing.assert_array_equal(matlab.tripuls(t, 2, 0.5), [0, 1 / 3, 0.5, 2 / 3,
                                                              5 / 6, 1, 0])
    # the unit peak at either end of the support
    assert matlab.tripuls(np.array([-1.0]), 2, -1)[0] == 1.0
    assert matlab.tripuls(np.array([1.0]), 2, 1)[0] == 1.0


def test_gauspuls_bandwidth_and_cutoff():
    fc, bw, bwr = 2e3, 0.4, -10
    tc = matlab.gauspuls("cutoff", fc, bw, bwr, -50)
    yi, yq, ye = matlab.gauspuls(np.array([0.0, tc]), fc, bw, bwr, nargout=3)
    assert ye[0] == 1.0 and yi[0] == 1.0 and yq[0] == 0.0
    assert 20 * np.log10(ye[1]) == pytest.approx(-50, abs=1e-9)
    # the spectrum of exp(-a t^2) cos(2 pi fc t) is Gaussian around fc: it is bwr dB down
    # at fc (1 +- bw/2)
    a = -(PI * fc * bw) ** 2 / (4 * np.log(10 ** (bwr / 20)))
    spec = lambda f: np.exp(-(PI * (f - fc)) ** 2 / a)  # noqa: E731
    assert 20 * np.log10(spec(fc * (1 + bw / 2))) == pytest.approx(bwr, abs=1e-9)
    t = np.linspace(-tc, tc, 9)
    np.testing.assert_allclose(matlab.gauspuls(t, fc, bw, bwr),
                               np.exp(-a * t ** 2) * np.cos(2 * PI * fc * t), rtol=1e-14,
                               atol=1e-16)


@pytest.mark.parametrize("method,shape", [("linear", None), ("quadratic", None),
                                          ("quadratic", "convex"), ("quadratic", "concave"),
                                          ("logarithmic", None)])
@pytest.mark.parametrize("f0,f1", [(20.0, 90.0), (90.0, 20.0)])
def test_chirp_instantaneous_frequency_and_initial_phase(method, shape, f0, f1):
    t1, phi = 1.5, 30.0
    args = (f0, t1, f1, method, phi) + ((shape,) if shape else ())
    z = matlab.chirp(np.array([0.0]), *args, "complex")
    assert np.angle(z[0]) == pytest.approx(np.deg2rad(phi), abs=1e-12)
    # phase derivative / 2 pi = instantaneous frequency: f0 at 0, f1 at t1
    h = 1e-6
    for t, want in ((0.0, f0), (t1, f1)):
        zz = matlab.chirp(np.array([t - h, t + h]), *args, "complex")
        freq = np.angle(zz[1] / zz[0]) / (2 * h) / (2 * PI)
        assert freq == pytest.approx(want, rel=1e-7)
    if method == "quadratic" and shape:
        # convex: the frequency curve lies below its chord; concave: above
        tm = t1 / 2
        zz = matlab.chirp(np.array([tm - h, tm + h]), *args, "complex")
        mid = np.angle(zz[1] / zz[0]) / (2 * h) / (2 * PI)
        assert (mid < (f0 + f1) / 2) == (shape == "convex")


def test_pulstran_and_diric():
    t = np.arange(0, 5, 0.5)
    got = matlab.pulstran(t, np.array([[1.0, 2.0], [3.0, -1.0]]), matlab.rectpuls, 1.0)
    want = 2 * matlab.rectpuls(t - 1, 1.0) - matlab.rectpuls(t - 3, 1.0)
    np.testing.assert_array_equal(got, want)
    p = np.array([0.0, 1.0, 0.0])
    np.testing.assert_allclose(matlab.pulstran(t, [1], p, 2), [0, 0, 0, 1, 0, 0, 0, 0, 0, 0])
    x = np.array([0.3, 1.7, -2.9])
    for n in (1, 4, 7):
        np.testing.assert_allclose(matlab.diric(x, n),
                                   np.sin(n * x / 2) / (n * np.sin(x / 2)), rtol=1e-15)
    np.testing.assert_array_equal(matlab.diric(np.array([2 * PI, 4 * PI]), 4), [-1, 1])


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.square([1.0], 120), "DUTY must be between 0 and 100"),
    (lambda: matlab.sawtooth([1.0], 2), "XMAX must be between 0 and 1"),
    (lambda: matlab.tripuls([1.0], 1, 2), "S must be between -1 and 1"),
    (lambda: matlab.gauspuls([1.0], 1e3, 0), "BW must be positive"),
    (lambda: matlab.gauspuls([1.0], 1e3, 0.5, 3), "BWR must be a negative"),
    (lambda: matlab.gauspuls("cutoff", 1e3, 0.5, -6, 5), "TPE must be a negative"),
    (lambda: matlab.chirp([1.0], 0, 1, 100, "cubic"), "METHOD must be one of"),
    (lambda: matlab.chirp([1.0], 0, 1, 100, "linear", 0, "convex"), "applies to"),
    (lambda: matlab.chirp([1.0], 0, 1, 100, "logarithmic"), "must be positive"),
    (lambda: matlab.pulstran([1.0], [1], "nosuchpulse"), "unknown pulse function"),
    (lambda: matlab.diric([1.0], 0), "N must be a positive integer"),
    (lambda: matlab.diric([1.0], 2.5), "N must be a positive integer"),
])
def test_errors(call, text):
    with pytest.raises(ValueError, match=text):
        call()


def test_inputs_not_modified_and_any_layout():
    t = np.linspace(-3, 3, 7).astype(">f8")
    t.setflags(write=False)
    keep = t.copy()
    for f in (matlab.square, matlab.sawtooth, matlab.rectpuls, matlab.tripuls,
              matlab.gauspuls, matlab.chirp):
        out = f(t)
        assert out.shape == t.shape and out.dtype.isnative
    np.testing.assert_array_equal(t, keep)
    assert matlab.chirp(np.float32([0.1])).dtype == np.float32
    m = np.arange(6.0).reshape(2, 3)
    assert matlab.tripuls(m.T, 4).shape == (3, 2)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_times_against_octave():
    rng = np.random.default_rng(12740)
    cases, ours = [], []
    for _ in range(8):
        t = np.sort(rng.uniform(-20, 20, size=60))
        duty = float(np.round(rng.uniform(0, 100), 2))
        width = float(np.round(rng.uniform(0, 1), 3))
        w = float(np.round(rng.uniform(0.5, 10), 3))
        s = float(np.round(rng.uniform(-0.9, 0.9), 3))
        f0, f1 = (float(v) for v in np.round(rng.uniform(0.1, 3, 2), 3))
        n = int(rng.integers(1, 9))
        cases.append((f"a = square(T, {duty}); b = sawtooth(T, {width}); c = rectpuls(T, {w}); "
                      f"d = tripuls(T, {w}, {s}); e = gauspuls(T/50, {f0}, 0.5); "
                      f"f = chirp(T/20, {f0}, 1, {f1}); g = chirp(T/20, {f0}, 1, {f1}, 'q', 20); "
                      f"h = diric(T, {n}); k = pulstran(T, [-5 2 7], 'tripuls', {w});",
                      {"T": t}, list("abcdefghk")))
        ours.append((matlab.square(t, duty), matlab.sawtooth(t, width), matlab.rectpuls(t, w),
                     matlab.tripuls(t, w, s), matlab.gauspuls(t / 50, f0, 0.5),
                     matlab.chirp(t / 20, f0, 1, f1), matlab.chirp(t / 20, f0, 1, f1, "q", 20),
                     matlab.diric(t, n), matlab.pulstran(t, [-5, 2, 7], "tripuls", w)))
    for got, mine in zip(run_octave(cases, setup="pkg load signal"), ours):
        for name, value in zip("abcdefghk", mine):
            want = np.asarray(got[name], dtype=float).reshape(value.shape)
            # trig of phases up to ~1e2 rad in another operation order; the sawtooth
            # phase rem() vs mod(): a few ulps times 2/width (width >= ~1e-3 drawn)
            atol = {"b": 1e-12 / max(width, 1e-3), "f": 1e-12, "g": 1e-12, "h": 1e-12,
                    "e": 1e-14, "k": 1e-14, "d": 1e-14}.get(name, 0)
            np.testing.assert_allclose(value, want, rtol=0, atol=atol, err_msg=name)
