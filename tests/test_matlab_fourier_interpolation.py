"""MATLAB interpft (compat.matlab.fourier_interpolation).

Expected values come from the definition: the trigonometric interpolant of the m
samples (coefficients from an explicit DFT sum, an even m's Nyquist term as a cosine)
evaluated at t = k*m/n, never from the code under test; a live Octave differential test
runs random vectors and matrices.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave_calls


def _interpolant(x, n):
    """The trigonometric interpolant of the samples x(0..m-1) at t = k*m/n."""
    x = np.asarray(x, dtype=complex)
    m = x.size
    j = np.arange(m)
    X = np.array([np.sum(x * np.exp(-2j * np.pi * j * k / m)) for k in range(m)])
    t = np.arange(n) * m / n
    K = (m - 1) // 2
    values = np.zeros(n, dtype=complex)
    for k in range(-K, K + 1):
        values += X[k % m] * np.exp(2j * np.pi * k * t / m)
    if m % 2 == 0:
        values += X[m // 2] * np.cos(np.pi * t)
    return values / m


@pytest.mark.parametrize("m, n", [(6, 12), (6, 9), (5, 13), (6, 3), (6, 4), (5, 2),
                                  (6, 6), (7, 7), (1, 4), (2, 5), (8, 3), (16, 100)])
def test_values_from_the_definition(m, n):
    rng = np.random.default_rng(4500 + 31 * m + n)
    x = rng.normal(size=m)
    y = matlab.interpft(x, n)
    assert y.shape == (n,) and y.dtype == np.float64
    np.testing.assert_allclose(y, _interpolant(x, n).real, rtol=1e-12, atol=1e-12)
    z = rng.normal(size=m) + 1j * rng.normal(size=m)
    np.testing.assert_allclose(matlab.interpft(z, n), _interpolant(z, n), rtol=1e-12,
                               atol=1e-12)


def test_passes_through_the_samples():
    x = np.array([1.0, 3.0, -2.0, 5.0, 0.5, 4.0])
    y = matlab.interpft(x, 18)
    np.testing.assert_allclose(y[::3], x, atol=1e-13)
    np.testing.assert_allclose(matlab.interpft(x, 3), x[::2], atol=1e-13)
    np.testing.assert_allclose(matlab.interpft(x, 6), x, atol=1e-13)


def test_shapes_and_dims():
    rng = np.random.default_rng(4511)
    A = rng.normal(size=(8, 3))
    y = matlab.interpft(A, 11)
    assert y.shape == (11, 3)
    for c in range(3):
        np.testing.assert_allclose(y[:, c], _interpolant(A[:, c], 11).real, atol=1e-12)
    r = matlab.interpft(A, 5, 2)
    assert r.shape == (8, 5)
    np.testing.assert_allclose(r[2], _interpolant(A[2], 5).real, atol=1e-12)
    row = matlab.interpft(A[:1], 7)            # a 1 x m row: along dimension 2
    assert row.shape == (1, 7)
    X3 = rng.normal(size=(1, 1, 6))            # first non-singleton dimension is 3
    assert matlab.interpft(X3, 4).shape == (1, 1, 4)
    beyond = matlab.interpft(A, 4, 3)          # lines of one sample: constants
    assert beyond.shape == (8, 3, 4)
    np.testing.assert_allclose(beyond[:, :, 2], A)
    s = matlab.interpft(5.0, 3)                # a scalar: along dimension 1
    assert s.shape == (3, 1) and s.ravel().tolist() == [5.0, 5.0, 5.0]


def test_classes():
    x = np.array([1.0, 3.0, -2.0, 5.0], dtype=np.float32)
    y = matlab.interpft(x, 10)
    assert y.dtype == np.float32
    np.testing.assert_allclose(y, _interpolant(x.astype(float), 10).real, rtol=1e-5,
                               atol=1e-5)
    z = matlab.interpft(np.array([1 + 2j, 3, -1j], dtype=np.complex64), 5)
    assert z.dtype == np.complex64


def test_errors():
    with pytest.raises(ValueError, match=r"^interpft: N must be a positive integer"):
        matlab.interpft([1.0, 2.0], 2.5)
    with pytest.raises(ValueError, match=r"^interpft: N must be a positive integer"):
        matlab.interpft([1.0, 2.0], 0)
    with pytest.raises(ValueError, match=r"^interpft: N must be a positive integer"):
        matlab.interpft([1.0, 2.0], [2, 3])
    with pytest.raises(TypeError, match=r"^interpft: X must be double or single, not "
                                        r"int8"):
        matlab.interpft(np.int8([1, 2]), 4)
    with pytest.raises(TypeError, match=r"^interpft: X must be double or single, not "
                                        r"logical"):
        matlab.interpft(np.array([True, False]), 4)
    with pytest.raises(ValueError, match=r"^interpft: dimension argument must be a "
                                         r"positive integer"):
        matlab.interpft([1.0, 2.0], 4, 0)


def test_inputs_untouched_and_layouts():
    rng = np.random.default_rng(4512)
    A = rng.normal(size=(6, 4))
    big = A.astype(">f8")
    ro = A.copy()
    ro.setflags(write=False)
    f = np.asfortranarray(A)
    expected = matlab.interpft(A, 9)
    for variant in (big, ro, f):
        out = matlab.interpft(variant, 9)
        assert out.dtype.isnative
        np.testing.assert_array_equal(out, expected)
    np.testing.assert_array_equal(ro, A)


@pytest.mark.octave
def test_interpft_against_octave():
    rng = np.random.default_rng(4513)
    cases, expected = [], []
    for k in range(16):
        m = int(rng.integers(2, 12))  # (a 1x1 X: Octave takes dim 2, MATLAB dim 1)
        n = int(rng.integers(1, 25))
        if k % 2:
            A = rng.normal(size=(m, int(rng.integers(1, 4))))
            cases.append((f"real(interpft(A, {n}))", {"A": A}, 1))
            expected.append(matlab.interpft(A, n))
        else:
            A = rng.normal(size=(int(rng.integers(2, 4)), m))
            cases.append((f"real(interpft(A, {n}, 2))", {"A": A}, 1))
            expected.append(matlab.interpft(A, n, 2))
    for (call, data, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        got = got[0]
        assert got.shape == ours.shape, call
        scale = max(1.0, float(np.abs(data["A"]).max()))
        np.testing.assert_allclose(ours, got, rtol=0, atol=1e-13 * scale, err_msg=call)
