"""MATLAB's Bessel and Airy functions (compat.matlab.bessel): closed forms of the
half-integer orders, MATLAB's branch for negative arguments, scaling, sizes, [W, ierr],
classes and errors, and a live Octave comparison on random arguments."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

X = np.array([[0.3, 1.0, 2.5, 7.0, 19.0]])


def test_half_integer_orders_closed_forms():
    root = np.sqrt(2 / (np.pi * X))
    np.testing.assert_allclose(matlab.besselj(0.5, X), root * np.sin(X), rtol=1e-14)
    np.testing.assert_allclose(matlab.bessely(0.5, X), -root * np.cos(X), rtol=1e-14)
    # (sinh and exp of x = 19: condition x, so 19 eps on both sides)
    np.testing.assert_allclose(matlab.besseli(0.5, X), root * np.sinh(X), rtol=3e-14)
    np.testing.assert_allclose(matlab.besselk(0.5, X), np.sqrt(np.pi / (2 * X)) * np.exp(-X),
                               rtol=3e-14)
    # negative orders by reflection: J_{-1/2} = sqrt(2/(pi x)) cos x, K_{-nu} = K_nu
    np.testing.assert_allclose(matlab.besselj(-0.5, X), root * np.cos(X), rtol=1e-14)
    np.testing.assert_allclose(matlab.besselk(-0.5, X), matlab.besselk(0.5, X), rtol=1e-15)
    h1 = matlab.besselh(0.5, X)
    np.testing.assert_allclose(h1, root * (np.sin(X) - 1j * np.cos(X)), rtol=1e-14)
    np.testing.assert_allclose(matlab.besselh(0.5, 2, X), np.conj(h1), rtol=1e-15)


def test_negative_real_argument_takes_the_principal_branch():
    # J_{1/2}(-x) = e^{i pi/2} J_{1/2}(x): purely imaginary, where scipy's real jv is NaN
    got = matlab.besselj(0.5, -X)
    assert got.dtype == np.complex128
    np.testing.assert_allclose(got.imag, np.sqrt(2 / (np.pi * X)) * np.sin(X), rtol=1e-14)
    np.testing.assert_allclose(got.real, 0, atol=1e-15)
    # real positive arguments stay real
    assert matlab.besselj(2.5, X).dtype == np.float64
    assert matlab.bessely(-1.5, X).dtype == np.float64


def test_scaling():
    z = np.array([[0.5 + 2j, 3 - 1j, -2 + 0.5j]])
    np.testing.assert_allclose(matlab.besselj(1, z, 1),
                               matlab.besselj(1, z) * np.exp(-np.abs(z.imag)), rtol=1e-14)
    np.testing.assert_allclose(matlab.besseli(1, z, 1),
                               matlab.besseli(1, z) * np.exp(-np.abs(z.real)), rtol=1e-14)
    np.testing.assert_allclose(matlab.besselk(1, z, 1), matlab.besselk(1, z) * np.exp(z),
                               rtol=1e-14)
    np.testing.assert_allclose(matlab.besselh(1, 1, z, 1),
                               matlab.besselh(1, 1, z) * np.exp(-1j * z), rtol=1e-14)
    np.testing.assert_allclose(matlab.besselh(1, 2, z, 1),
                               matlab.besselh(1, 2, z) * np.exp(1j * z), rtol=1e-14)
    # large arguments: the scaled value stays finite where the plain one overflows
    assert np.isinf(matlab.besseli(0, 800.0))
    assert matlab.besseli(0, 800.0, 1) == pytest.approx(1 / math.sqrt(2 * math.pi * 800),
                                                        rel=2e-4)


def test_sizes_table_and_errors():
    nu = np.array([[0.0, 1.0, 2.5]])
    z = np.array([[1.0], [2.0], [30.0], [0.1]])
    table = matlab.besselj(nu, z)
    assert table.shape == (4, 3)
    for i in range(4):
        for j in range(3):
            assert table[i, j] == matlab.besselj(nu[0, j], z[i, 0])
    assert matlab.besselj(1, np.ones((2, 3))).shape == (2, 3)
    assert np.ndim(matlab.besselj(1, 2.0)) == 0
    with pytest.raises(ValueError, match=r"^besselj: NU and Z must be the same size"):
        matlab.besselj(np.array([[0.0, 1.0, 2.0]]), np.array([[1.0, 2.0]]))
    with pytest.raises(ValueError, match=r"^besselk: SCALE must be 0 or 1\.$"):
        matlab.besselk(0, 1.0, 2)
    with pytest.raises(ValueError, match=r"^besselh: K must be 1 or 2\.$"):
        matlab.besselh(0, 3, 1.0)
    with pytest.raises(ValueError, match=r"^besselj: NU must be real\.$"):
        matlab.besselj(1j, 1.0)
    with pytest.raises(TypeError, match=r"^besselj: Z must be double or single"):
        matlab.besselj(0, np.int8(1))
    with pytest.raises(ValueError, match=r"^airy: K must be an integer value from 0 to 3"):
        matlab.airy(4, 1.0)


def test_zero_infinity_and_nan_edges():
    np.testing.assert_array_equal(matlab.besselj(np.array([[-0.5, -1.5, -2.0]]), 0.0),
                                  [[np.inf, -np.inf, 0.0]])
    np.testing.assert_array_equal(matlab.besseli(np.array([[-0.5, -1.5]]), 0.0),
                                  [[np.inf, -np.inf]])
    assert matlab.besselk(0, 0.0) == np.inf and matlab.bessely(1, 0.0) == -np.inf
    assert matlab.airy(0, np.inf) == 0 and matlab.airy(1, np.inf) == 0
    # NaN propagates as a real NaN (Octave 7.3 returns 0 for besselj(0, NaN))
    out = matlab.besselj(0, np.array([1.0, np.nan]))
    assert out.dtype == np.float64 and np.isnan(out[1])


def test_ierr_codes():
    j, ierr = matlab.besselj(0, np.array([[1.0, 4e4, 2e9]]), nargout=2)
    np.testing.assert_array_equal(ierr, [[0, 3, 4]])
    assert j[0, 0] == matlab.besselj(0, 1.0)
    i, ierr = matlab.besseli(0, np.array([[1.0, 800.0]]), nargout=2)
    np.testing.assert_array_equal(ierr, [[0, 2]])
    assert np.isinf(i[0, 1])
    _, ierr = matlab.besselk(0, 0.0, nargout=2)
    assert ierr == 0
    with pytest.raises(ValueError, match="nargout"):
        matlab.besselj(0, 1.0, nargout=3)


def test_classes_and_inputs():
    assert matlab.besselj(np.float32(1), 2.0).dtype == np.float32
    assert matlab.besselj(1, np.array([-1.0], np.float32)).dtype == np.complex64
    z = np.array([1.0, 2.0], dtype=">f8")
    z.setflags(write=False)
    np.testing.assert_array_equal(matlab.besselk(0, z), matlab.besselk(0, z.astype(float)))


def test_airy_values():
    ai0 = 1 / (3 ** (2 / 3) * math.gamma(2 / 3))
    bi0 = 1 / (3 ** (1 / 6) * math.gamma(2 / 3))
    assert matlab.airy(0.0) == pytest.approx(ai0, rel=1e-15)
    assert matlab.airy(2, 0.0) == pytest.approx(bi0, rel=1e-15)
    assert matlab.airy(1, 0.0) == pytest.approx(-1 / (3 ** (1 / 3) * math.gamma(1 / 3)),
                                                rel=1e-15)
    # Ai(x) = sqrt(x/3) K_{1/3}(2/3 x^1.5) / pi
    x = np.array([0.5, 2.0, 5.0])
    zeta = 2 / 3 * x ** 1.5
    np.testing.assert_allclose(matlab.airy(x), np.sqrt(x / 3) * matlab.besselk(1 / 3, zeta)
                               / np.pi, rtol=1e-14)
    np.testing.assert_allclose(matlab.airy(0, x, 1), matlab.airy(x) * np.exp(zeta),
                               rtol=1e-14)
    assert np.iscomplexobj(matlab.airy(0, -2.0, 1))     # exp(2/3 z^1.5) of z < 0


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(4243)
    nu = rng.uniform(-4, 6, (4, 5))
    z = rng.uniform(0.05, 30, (4, 5))
    zc = rng.normal(0, 4, (4, 5)) + 1j * rng.normal(0, 4, (4, 5))
    za = rng.uniform(-8, 8, (4, 5))
    statements = ("j1 = besselj(nu, z); j2 = besselj(nu, zc, 1); y1 = bessely(nu, z); "
                  "y2 = bessely(nu, zc); i1 = besseli(nu, z, 1); i2 = besseli(nu, zc); "
                  "k1 = besselk(nu, z); k2 = besselk(nu, zc, 1); h1 = besselh(nu, 1, zc); "
                  "h2 = besselh(nu, 2, z, 1); a0 = airy(0, za); a1 = airy(1, za); "
                  "a2 = airy(2, zc); a3 = airy(3, za);")
    names = ["j1", "j2", "y1", "y2", "i1", "i2", "k1", "k2", "h1", "h2", "a0", "a1", "a2",
             "a3"]
    got = run_octave([(statements, {"nu": nu, "z": z, "zc": zc, "za": za}, names)])[0]
    assert not isinstance(got, Exception), got
    mine = {"j1": matlab.besselj(nu, z), "j2": matlab.besselj(nu, zc, 1),
            "y1": matlab.bessely(nu, z), "y2": matlab.bessely(nu, zc),
            "i1": matlab.besseli(nu, z, 1), "i2": matlab.besseli(nu, zc),
            "k1": matlab.besselk(nu, z), "k2": matlab.besselk(nu, zc, 1),
            "h1": matlab.besselh(nu, 1, zc), "h2": matlab.besselh(nu, 2, z, 1),
            "a0": matlab.airy(0, za), "a1": matlab.airy(1, za), "a2": matlab.airy(2, zc),
            "a3": matlab.airy(3, za)}
    for name in names:
        # the same Amos library, compiled separately: the golden suite's tolerance
        np.testing.assert_allclose(mine[name], got[name], rtol=1e-13, atol=1e-15,
                                   err_msg=name)
        assert np.iscomplexobj(mine[name]) == np.iscomplexobj(got[name]), name
