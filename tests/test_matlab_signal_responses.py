"""Tests of MATLAB's filter responses and remaining designs (issue 18): grpdelay, phasez,
impz, stepz, freqs, filtic, firls, kaiserord, window, besself, bilinear.

Checked against definitions written here (numerical phase derivatives, the difference
equation, least-squares optimality, the bilinear map of poles), bad input, and random
inputs against live GNU Octave in one batched run.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.integrate
import scipy.signal

from compat import matlab
from tests.oracles import as2d, run_octave_calls

RNG = np.random.default_rng(1830)


def test_grpdelay_is_minus_phase_derivative():
    b, a = [0.2, 0.3, 0.2], [1, -0.9, 0.4]
    w = np.linspace(0.1, 3.0, 9)
    gd = matlab.grpdelay(b, a, w)
    step = 1e-6
    ph = lambda x: np.unwrap(np.angle(np.polyval(b[::-1], np.exp(-1j * x))  # noqa: E731
                                      / np.polyval(a[::-1], np.exp(-1j * x))))
    ref = -(ph(w + step) - ph(w - step)) / (2 * step)
    np.testing.assert_allclose(gd, ref, atol=1e-6)
    gd2, w2 = matlab.grpdelay(b, a, 64, nargout=2)
    np.testing.assert_allclose(gd2, matlab.grpdelay(b, a, w2), atol=1e-12)
    np.testing.assert_allclose(matlab.grpdelay([1.0, 2, 3, 2, 1], 1, 4), [2, 2, 2, 2])


def test_phasez_impz_stepz():
    b, a = [0.2, 0.3, 0.2], [1, -0.9, 0.4]
    phi, w = matlab.phasez(b, a, 32, nargout=2)
    h = scipy.signal.freqz(b, a, w)[1]
    np.testing.assert_allclose(phi, np.unwrap(np.angle(h)), atol=1e-13)
    h, t = matlab.impz(b, a, 10, nargout=2)
    np.testing.assert_allclose(h, scipy.signal.lfilter(b, a, np.r_[1.0, np.zeros(9)]))
    np.testing.assert_array_equal(t, np.arange(10.0))
    np.testing.assert_allclose(matlab.stepz(b, a, 10), np.cumsum(h), atol=1e-14)
    np.testing.assert_allclose(matlab.impz(b, a, [0, 3, 9]), h[[0, 3, 9]])
    np.testing.assert_allclose(matlab.impz([1.0, 2, 3]), [1, 2, 3])


def test_filtic_continues_the_filter():
    b, a = [0.3, 0.2, 0.1, 0.05], [1, -0.5, 0.3]
    x = RNG.normal(size=30)
    y = matlab.filter(b, a, x)
    z = matlab.filtic(b, a, y[19::-1], x[19::-1])
    np.testing.assert_allclose(matlab.filter(b, a, x[20:], z), y[20:], atol=1e-13)
    np.testing.assert_allclose(z, scipy.signal.lfiltic(b, a, y[19::-1], x[19::-1]),
                               atol=1e-14)


def test_firls_is_least_squares():
    f, d = [0, 0.3, 0.45, 1], [1, 1, 0, 0]
    for n in (10, 11, 20):
        h = matlab.firls(n, f, d)
        assert h.size == n + 1 and np.allclose(h, h[::-1])
        # optimal: perturbing any symmetric pair increases the band error
        grid = [np.linspace(0, 0.3, 400), np.linspace(0.45, 1, 700)]

        def err(c):
            e = 0
            for g, target in zip(grid, (1.0, 0.0)):
                H = np.abs(np.polyval(c[::-1], np.exp(-1j * np.pi * g)))
                e += scipy.integrate.trapezoid((H - target) ** 2, g)
            return e
        base = err(h)
        for k in range(n // 2):
            dh = np.zeros(n + 1)
            dh[k] = dh[n - k] = 1e-4
            assert err(h + dh) > base and err(h - dh) > base
    if hasattr(scipy.signal, "firls"):
        np.testing.assert_allclose(matlab.firls(20, f, d), scipy.signal.firls(21, f, d),
                                   atol=1e-12)


def test_kaiserord_and_window():
    n, Wn, beta, ftype = matlab.kaiserord([0.2, 0.3, 0.6, 0.7], [1, 0, 1], [0.01, 0.01, 0.01],
                                          nargout=4)
    assert ftype == "stop" and Wn.tolist() == pytest.approx([0.25, 0.65])
    assert matlab.kaiserord([0.2, 0.3, 0.5, 0.6, 0.8, 0.9], [0, 1, 0, 1],
                            [0.1] * 4, nargout=4)[3] == "DC-0"
    np.testing.assert_array_equal(matlab.window(matlab.kaiser, 7, 3), matlab.kaiser(7, 3))
    np.testing.assert_array_equal(matlab.window("hamming", 6, "periodic"),
                                  matlab.hamming(6, "periodic"))


def test_besself_and_bilinear_against_scipy():
    b, a = matlab.besself(4, 3.0)
    sb, sa = scipy.signal.bessel(4, 3.0, analog=True, norm="phase")
    np.testing.assert_allclose(a, sa, rtol=1e-12)
    np.testing.assert_allclose(np.trim_zeros(b, "f"), sb, rtol=1e-12)
    num, den = [1.0, 0.4], [1, 2.5, 3, 1.2]
    nd, dd = matlab.bilinear(num, den, 4)
    sn, sd = scipy.signal.bilinear(num, den, 4)
    np.testing.assert_allclose(nd, sn, atol=1e-13)
    np.testing.assert_allclose(dd, sd, atol=1e-13)
    zd, pd, kd = matlab.bilinear([-1.0], [-2.0, -3], 4.0, 4, nargout=3)
    sz, sp, sk = scipy.signal.bilinear_zpk([-1.0], [-2.0, -3], 4.0, 4)
    np.testing.assert_allclose(np.sort(zd), np.sort(sz))
    np.testing.assert_allclose(kd, sk)
    # prewarping matches the analog and digital responses at fp
    nd, dd = matlab.bilinear(num, den, 10, 3)
    ha = matlab.freqs(num, den, [2 * np.pi * 3, 0])[0]
    hd = matlab.freqz(nd, dd, [3.0, 0.1], 10, nargout=1)[0]
    assert abs(ha - hd) < 1e-12


@pytest.mark.parametrize("call,message", [
    (lambda: matlab.grpdelay([1.0, 2], 1, 0), "positive integer"),
    (lambda: matlab.grpdelay([1.0, 2], 1, 8, "half"), "Invalid option"),
    (lambda: matlab.impz([1.0], [1, -1]), "give the number of samples"),
    (lambda: matlab.impz([1.0], [1, -0.5], [-1, 2]), "nonnegative integers"),
    (lambda: matlab.freqs([1.0], [1, 1], 0), "positive integer"),
    (lambda: matlab.filtic([1.0], [0, 1], [1.0]), "non-zero"),
    (lambda: matlab.firls(10, [0, 0.3, 0.4], [1, 1, 0]), "even number"),
    (lambda: matlab.firls(10, [0, 0.3, 0.4, 1.2], [1, 1, 0, 0]), r"\[0,1\]"),
    (lambda: matlab.firls(10, [0, 0.3, 0.4, 1], [1, 1, 0, 0], [1, 2, 3]), "one weight"),
    (lambda: matlab.firls(10, [0, 1], [1, 1], "hilbert"), "not supported"),
    (lambda: matlab.kaiserord([0.3], [1, 0], [0.1, 0.1]), "2\\*length"),
    (lambda: matlab.kaiserord([0.3, 0.4], [1, 0], [0, 0.1]), "positive"),
    (lambda: matlab.window("hammingg", 8), "Unknown window"),
    (lambda: matlab.besself(3, -1), "positive"),
    (lambda: matlab.besself(3, 2, "z"), "analog only"),
    (lambda: matlab.bilinear([1.0], [1, 1], -2), "positive"),
    (lambda: matlab.bilinear([1.0], [1, 1], 10, 6), "between 0 and fs/2"),
])
def test_bad_input(call, message):
    with pytest.raises((ValueError, TypeError), match=message):
        call()


@pytest.mark.octave
def test_random_inputs_against_octave():
    rng = np.random.default_rng(18030)
    cases, ours = [], []
    designs = {}  # case index -> (order, bands) of the firls designs
    for trial in range(8):
        b = rng.normal(size=(1, int(rng.integers(1, 6))))
        poles = rng.uniform(0.1, 0.8, size=int(rng.integers(1, 4))) * \
            np.exp(1j * rng.uniform(0, np.pi, size=1))
        a = np.real(np.poly(np.r_[poles, poles.conj()])).reshape(1, -1)
        n = int(rng.integers(8, 40))
        cases.append((f"grpdelay(b, a, {n})", {"b": b, "a": a}, 1))
        ours.append(matlab.grpdelay(b, a, n))
        cases.append((f"impz(b, a, {n})", {"b": b, "a": a}, 1))
        ours.append(matlab.impz(b, a, n))
        y = rng.normal(size=(1, 4))
        x = rng.normal(size=(1, 4))
        cases.append(("filtic(b, a, y, x)", {"b": b, "a": a, "y": y, "x": x}, 1))
        ours.append(matlab.filtic(b, a, y, x))
        m = 2 * int(rng.integers(3, 12))
        e = [float(v) for v in np.sort(rng.uniform(0.05, 0.95, size=2))]
        cases.append((f"firls({m}, [0 {e[0]!r} {e[1]!r} 1], [1 1 0 0])", {}, 1))
        ours.append(matlab.firls(m, [0, e[0], e[1], 1], [1, 1, 0, 0]))
        designs[len(cases) - 1] = (m, [(0.0, e[0]), (e[1], 1.0)])
    results = run_octave_calls(cases, setup="pkg load signal")
    for i, ((call, _, _), got, mine) in enumerate(zip(cases, results, ours)):
        assert not isinstance(got, Exception), (call, got)
        ref = got[0]
        mine = np.asarray(mine)
        mine = mine.reshape(ref.shape) if mine.size == ref.size else as2d(mine)
        if i in designs:
            _assert_same_firls_design(mine.ravel(), ref.ravel(), *designs[i], call)
        else:
            np.testing.assert_allclose(mine, ref, rtol=1e-9, atol=1e-10, err_msg=call)


def _assert_same_firls_design(mine, ref, order, bands, call):
    """Two solutions of firls's normal equations ``Q c = b`` compared as far as the
    problem determines them.

    ``Q`` is the Gram matrix of the cosine basis over the bands (built here by
    Gauss-Legendre quadrature, exact for these trigonometric polynomials). A
    backward-stable solve of a system whose entries carry rounding errors of a few ulps
    has a forward error up to about ``cond(Q) * eps`` (normwise, per side), and narrow
    bands make ``cond(Q)`` as large as 1e15 (a passband [0, 0.094] with a stopband
    [0.929, 1] at order 16: 2e13, where Octave's and compat's coefficients differ by
    5e-4, both within 0.9 cond*eps of a 60-digit solution). So the coefficients are
    compared to ``4 cond(Q) eps`` (largest seen over 300 random designs: 1.1).
    What least squares does fix is the amplitude on the bands: the L2 band norm of the
    difference is ``sqrt(dc' Q dc) <= sqrt(|dc| |Q dc|)``, about ``sqrt(cond(Q)) eps``
    relative, since both residuals are ~eps; compared to ``8 sqrt(cond) eps`` (largest
    seen: 1.7), i.e. to 1e-8 or better for every design the generator makes.
    """
    eps = np.finfo(float).eps
    half = order // 2
    k = np.arange(half + 1)
    nodes, weights = np.polynomial.legendre.leggauss(64)
    Q = np.zeros((half + 1, half + 1))
    for f1, f2 in bands:
        g = (f2 - f1) / 2 * nodes + (f1 + f2) / 2
        C = np.cos(np.pi * np.outer(g, k))
        Q += (C * ((f2 - f1) / 2 * weights)[:, None]).T @ C
    kappa = np.linalg.cond(Q)
    assert mine.shape == ref.shape == (order + 1,), call
    assert np.linalg.norm(mine - ref) <= (1e-9 + 4 * kappa * eps) * np.linalg.norm(ref), \
        (call, kappa, np.linalg.norm(mine - ref) / np.linalg.norm(ref))
    cm, cr = (np.r_[h[half], 2 * h[half + 1:]] for h in (mine, ref))
    d = cm - cr
    band_error = np.sqrt(abs(d @ Q @ d) / (cr @ Q @ cr))
    assert band_error <= 1e-12 + 8 * np.sqrt(kappa) * eps, (call, kappa, band_error)
