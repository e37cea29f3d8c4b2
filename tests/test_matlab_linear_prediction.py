"""MATLAB levinson, aryule, arburg: the Toeplitz normal equations solved independently
(scipy.linalg.solve_toeplitz / numpy.linalg.solve), Burg's first reflection coefficient
and error product by hand, matrix (column-wise) inputs, shapes, errors, and random
signals against the signal package in live Octave."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg
import scipy.signal

from compat import matlab
from oracles import OCTAVE, run_octave


def _ar_signal(rng, n, order):
    poles = rng.uniform(0.3, 0.9, order) * np.exp(1j * rng.uniform(0, np.pi, order))
    a = np.real(np.poly(np.concatenate([poles, poles.conj()])))
    return scipy.signal.lfilter([1.0], a, rng.normal(size=n))


@pytest.mark.parametrize("seed", range(4))
def test_levinson_solves_the_toeplitz_equations(seed):
    rng = np.random.default_rng(seed)
    x = _ar_signal(rng, 300, 2)
    r = np.array([np.dot(x[k:], x[:x.size - k]) / x.size for k in range(8)])
    n = int(rng.integers(1, 8))
    a, e, k = matlab.levinson(r, n, nargout=3)
    want = scipy.linalg.solve_toeplitz(r[:n], -r[1:n + 1])
    np.testing.assert_allclose(a[1:], want, rtol=1e-9, atol=1e-12)
    assert a[0] == 1.0
    assert e == pytest.approx(r[0] + np.dot(want, r[1:n + 1]), rel=1e-10)
    assert k[-1] == pytest.approx(a[-1], rel=1e-15)
    np.testing.assert_allclose(matlab.aryule(x, n), matlab.levinson(r, n), rtol=1e-12,
                               atol=1e-14)


def test_complex_levinson():
    r = np.array([2, 0.8 + 0.3j, 0.3 - 0.2j, -0.1 + 0.1j])
    a = matlab.levinson(r)
    T = scipy.linalg.toeplitz(r[:3], r[:3].conj())   # R(i, j) = r(i - j)
    np.testing.assert_allclose(T @ a[1:], -r[1:4], rtol=1e-12, atol=1e-14)


@pytest.mark.parametrize("seed", range(3))
def test_burg_by_hand(seed):
    x = _ar_signal(np.random.default_rng(10 + seed), 120, 2)
    a, e, k = matlab.arburg(x, 4, nargout=3)
    f, b = x[1:], x[:-1]
    k1 = -2 * np.dot(b, f) / (np.dot(f, f) + np.dot(b, b))
    assert k[0] == pytest.approx(k1, rel=1e-12)
    assert e == pytest.approx(np.dot(x, x) / x.size * np.prod(1 - k ** 2), rel=1e-12)
    assert np.all(np.abs(k) < 1)
    # the polynomial is the step-up of the reflection coefficients
    poly = np.array([1.0])
    for km in k:
        poly = np.concatenate([poly, [0]]) + km * np.concatenate([[0], poly[::-1]])
    np.testing.assert_allclose(a, poly, rtol=1e-12, atol=1e-14)


def test_shapes_matrices_and_classes():
    rng = np.random.default_rng(5)
    X = rng.normal(size=(50, 3))
    a, e, k = matlab.aryule(X, 4, nargout=3)
    assert a.shape == (3, 5) and e.shape == (3, 1) and k.shape == (4, 3)
    # the column of a matrix and the same vector may round differently; the Levinson
    # recursion's coefficients then differ normwise, by eps times max|a| (= a(1) = 1)
    # for this well-conditioned white-noise autocorrelation, not relatively: a small
    # coefficient failed rtol 1e-14 (COMPAT_RESEED_SHIFT=33021: -1.4720796839900133e-3
    # against ...899765, 2.5e-14; 135 of 3000 seeds), worst 2.25 eps max|a| over those
    # 3000: held to 16 eps max|a|
    single = matlab.aryule(X[:, 1], 4)
    np.testing.assert_allclose(a[1], single, rtol=0,
                               atol=16 * np.finfo(float).eps * np.abs(single).max())
    a, e, k = matlab.arburg(X[:, :1], 2, nargout=3)
    assert a.shape == (1, 3) and np.ndim(e) == 0 and k.shape == (2, 1)
    assert matlab.arburg(X[:, 0].astype(np.float32), 2).dtype == np.float32
    x = X[:, 0].astype(">f8")
    x.setflags(write=False)
    keep = x.copy()
    matlab.arburg(x, 3)
    matlab.aryule(x, 3)
    np.testing.assert_array_equal(x, keep)


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.levinson([1.0]), "at least two lags"),
    (lambda: matlab.levinson([1.0, 0.5], 2), "must be less than length"),
    (lambda: matlab.aryule([1.0, 2.0, 3.0], 0), "positive integer"),
    (lambda: matlab.arburg([1.0, 2.0, 3.0], 3), "must be less than the length"),
    (lambda: matlab.aryule([1.0, 2.0, 3.0], 1.5), "positive integer"),
])
def test_errors(call, text):
    with pytest.raises(ValueError, match=text):
        call()


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_signals_against_octave():
    rng = np.random.default_rng(12760)
    cases, ours = [], []
    for _ in range(10):
        n = int(rng.integers(30, 200))
        x = _ar_signal(rng, n, int(rng.integers(1, 4)))
        if rng.random() < 0.3:
            x = x + 1j * _ar_signal(rng, n, 1)
        p = int(rng.integers(1, 9))
        cases.append((f"[a1, e1, k1] = aryule(X, {p}); [a2, e2, k2] = arburg(X, {p}); "
                      f"c = xcorr(X, {p}, 'biased'); [a3, e3, k3] = levinson(c({p + 1}:end), {p});",
                      {"X": x.reshape(-1, 1)},
                      ["a1", "e1", "k1", "a2", "e2", "k2", "a3", "e3", "k3"]))
        ours.append(matlab.aryule(x.reshape(-1, 1), p, nargout=3)
                    + matlab.arburg(x.reshape(-1, 1), p, nargout=3))
    for got, mine in zip(run_octave(cases, setup="pkg load signal"), ours):
        names = ["a1", "e1", "k1", "a2", "e2", "k2"]
        for name, value in zip(names, mine):
            want = np.asarray(got[name]).reshape(np.shape(value))
            # an AR fit of order <= 8 of a stable process: the recursions round in
            # their own order; 1/prod(1 - |k|^2) bounds the growth (<= ~1e3 here)
            np.testing.assert_allclose(value, want, rtol=1e-9, atol=1e-11, err_msg=name)
        # levinson on Octave's own xcorr agrees with aryule
        np.testing.assert_allclose(np.asarray(got["a3"]).reshape(-1),
                                   np.asarray(mine[0]).reshape(-1), rtol=1e-9, atol=1e-11)
