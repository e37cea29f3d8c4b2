"""MATLAB dct and idct: the reference page's four orthogonal definitions as explicit
matrices (orthogonality, inverses), n (padding/truncation), dim, complex and single data,
errors, and random data against the signal package (type 2) in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


def _matrix(kind, N):
    n = np.arange(1, N + 1)
    k = n.reshape(-1, 1)
    if kind == 1:
        wk = 1 / np.sqrt(1 + (k == 1) + (k == N))
        wn = 1 / np.sqrt(1 + (n == 1) + (n == N))
        return np.sqrt(2 / (N - 1)) * wk * wn * np.cos(np.pi * (n - 1) * (k - 1) / (N - 1))
    if kind == 2:
        return np.sqrt(2 / N) / np.sqrt(1 + (k == 1)) * np.cos(np.pi * (2 * n - 1) * (k - 1)
                                                                / (2 * N))
    if kind == 3:
        return np.sqrt(2 / N) / np.sqrt(1 + (n == 1)) * np.cos(np.pi * (n - 1) * (2 * k - 1)
                                                                / (2 * N))
    return np.sqrt(2 / N) * np.cos(np.pi * (2 * n - 1) * (2 * k - 1) / (4 * N))


@pytest.mark.parametrize("kind", [1, 2, 3, 4])
@pytest.mark.parametrize("N", [2, 5, 8, 13])
def test_definitions_and_inverses(kind, N):
    x = np.random.default_rng(N * 10 + kind).normal(size=N)
    M = _matrix(kind, N)
    np.testing.assert_allclose(M @ M.T, np.eye(N), atol=1e-13)   # orthogonal
    np.testing.assert_allclose(matlab.dct(x, "Type", kind), M @ x, atol=1e-13)
    np.testing.assert_allclose(matlab.idct(x, "Type", kind), M.T @ x, atol=1e-13)
    np.testing.assert_allclose(matlab.idct(matlab.dct(x, "Type", kind), "Type", kind), x,
                               atol=1e-13)


def test_n_dim_complex_single():
    rng = np.random.default_rng(3)
    X = rng.normal(size=(6, 4))
    np.testing.assert_allclose(matlab.dct(X), _matrix(2, 6) @ X, atol=1e-13)
    np.testing.assert_allclose(matlab.dct(X, [], 2), X @ _matrix(2, 4).T, atol=1e-13)
    np.testing.assert_allclose(matlab.dct(X, 8), _matrix(2, 8) @ np.vstack([X, np.zeros((2, 4))]),
                               atol=1e-13)
    np.testing.assert_allclose(matlab.dct(X, 3), _matrix(2, 3) @ X[:3], atol=1e-13)
    z = X[:, 0] + 1j * X[:, 1]
    np.testing.assert_allclose(matlab.dct(z, "Type", 4), _matrix(4, 6) @ z, atol=1e-13)
    assert matlab.dct(X.astype(np.float32)).dtype == np.float32
    row = X[:1]
    assert matlab.dct(row).shape == (1, 4)
    assert matlab.dct(X, "type", 3).shape == (6, 4)
    b = X.astype(">f8")
    b.setflags(write=False)
    keep = b.copy()
    matlab.idct(b, 9, 1)
    np.testing.assert_array_equal(b, keep)


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.dct([1.0, 2.0], "Type", 5), "Type must be 1, 2, 3 or 4"),
    (lambda: matlab.dct([1.0, 2.0], 0), "n must be a positive integer"),
    (lambda: matlab.idct([1.0, 2.0], 2.5), "n must be a positive integer"),
    (lambda: matlab.dct([1.0, 2.0], "Kind", 2), "unknown parameter name"),
])
def test_errors(call, text):
    with pytest.raises(ValueError, match=text):
        call()


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_data_against_octave():
    rng = np.random.default_rng(12780)
    cases, ours = [], []
    for _ in range(10):
        shape = (int(rng.integers(1, 40)), int(rng.integers(1, 4)))
        x = rng.normal(size=shape) * rng.uniform(0.1, 100)
        if rng.random() < 0.3:
            x = x + 1j * rng.normal(size=shape)
        n = int(rng.integers(max(shape), 50))   # padding only: Octave truncates wrongly
        cases.append((f"y = dct(X); z = idct(X); w = dct(X, {n}); v = idct(X, {n});",
                      {"X": x}, ["y", "z", "w", "v"]))
        ours.append((matlab.dct(x), matlab.idct(x), matlab.dct(x, n), matlab.idct(x, n)))
    for got, mine in zip(run_octave(cases, setup="pkg load signal"), ours):
        for name, value in zip("yzwv", mine):
            want = np.asarray(got[name]).reshape(value.shape)
            scale = max(1.0, float(np.max(np.abs(value))))
            # FFT-based orthogonal transforms of <= 50 points: a few ulps x sqrt(N) x scale
            np.testing.assert_allclose(value, want, rtol=0, atol=1e-13 * scale, err_msg=name)
