"""IDL's LEGENDRE, LAGUERRE, SPHER_HARM, IGAMMA, BETA, IBETA, ERFC and PRIMES: the
documented rules, bad input, and a differential run against GDL on random inputs
(goldens: reference_outputs/idl/special_functions)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import special as sp
from scipy import stats

from compat import idl
from oracles import run_gdl


def test_types_and_array_rules():
    assert idl.legendre(np.float32(0.3), 2).dtype == np.float32
    assert idl.legendre(np.float32(0.3), 2, double=True).dtype == np.float64
    assert idl.legendre(np.float32(0.5), [1, 2, 3]).shape == (3,)     # IDL matches arrays
    assert idl.legendre(np.zeros(5, np.float32), [1, 2, 3], [0, 1]).shape == (2,)
    assert idl.igamma(2, 3).dtype == np.float32                         # integers: FLOAT
    assert idl.ibeta(1, 2, 0.5).dtype == np.float64                     # a DOUBLE argument
    assert idl.spher_harm(np.float32(0.5), np.float32(0.3), 2, 1).dtype == np.complex64
    assert idl.laguerre(np.float32(1), 3, 2.5).dtype == np.float64      # DOUBLE K: DOUBLE
    assert idl.laguerre(1.0, 3, double=False).dtype == np.float32
    assert idl.primes(4).dtype == np.int32


def test_values_against_definitions():
    x = np.linspace(-0.9, 0.9, 7)
    np.testing.assert_allclose(idl.legendre(x, 3, -2),
                               (-1) ** 2 * math.factorial(1) / math.factorial(5)
                               * sp.lpmv(2, 3, x), rtol=1e-13)
    # Y_l^-m = (-1)^m conj(Y_l^m)
    y = idl.spher_harm(0.7, 1.3, 4, 3)
    np.testing.assert_allclose(idl.spher_harm(0.7, 1.3, 4, -3), -np.conj(y), rtol=1e-13)
    np.testing.assert_allclose(idl.laguerre(np.linspace(0, 5, 6), 5, 1.5),
                               sp.eval_genlaguerre(5, 1.5, np.linspace(0, 5, 6)), rtol=1e-12)
    c = idl.laguerre(0.0, 4, 1, coefficients=True).coefficients
    np.testing.assert_allclose(np.polyval(c[::-1], 2.0), sp.eval_genlaguerre(4, 1, 2.0))
    z = np.array([0.0, 0.1, 0.5, 0.9, 1.0])
    np.testing.assert_allclose(idl.ibeta(2.5, 4.0, z), sp.betainc(2.5, 4.0, z),
                               rtol=3e-11, atol=1e-15)
    assert idl.beta(-0.5, 2.0) == pytest.approx(sp.beta(-0.5, 2.0), rel=1e-14)
    assert list(idl.primes(8)) == [2, 3, 5, 7, 11, 13, 17, 19]
    assert idl.primes(1000)[-1] == 7919


@pytest.mark.parametrize("call,message", [
    (lambda: idl.legendre(1.5, 2), "LEGENDRE: Argument X must be in the range [-1.0, 1.0]"),
    (lambda: idl.legendre(0.5, 2, 3), "LEGENDRE: Argument M must be in the range [-L, L]."),
    (lambda: idl.legendre(0.5, -1), "LEGENDRE: Argument L must be greater than or equal"),
    (lambda: idl.laguerre(0.5, [1, 2]), "LAGUERRE: N and K must be scalars."),
    (lambda: idl.laguerre(0.5, 2, -1), "LAGUERRE: Arguments N and K must be greater"),
    (lambda: idl.spher_harm([0.1, 0.2], [0.1, 0.2, 0.3], 2, 1),
     "SPHER_HARM: Theta or Phi must be scalar, or have the same number of values."),
    (lambda: idl.spher_harm(0.1, 0.2, 2, 3), "SPHER_HARM: Argument M must be in the range"),
    (lambda: idl.ibeta(2.0, 3.0, 1.5),
     "IBETA: Argument Z must be in the range [0,1] or must be complex."),
    (lambda: idl.igamma(1j, 2.0), "IGAMMA: Complex expression not allowed"),
])
def test_errors(call, message):
    with pytest.raises((ValueError, TypeError)) as err:
        call()
    assert str(err.value).startswith(message)


def test_binomial_against_its_definition_and_documented_values():
    sixth = np.float32(1) / np.float32(6)
    # binomial.pro's header: at least two 6s in four rolls 0.131944, exactly two 0.115741
    assert idl.binomial(2, 4, sixth) == pytest.approx(0.131944, abs=5e-7)
    assert idl.binomial(2, 4, sixth) - idl.binomial(3, 4, sixth) == \
        pytest.approx(0.115741, abs=5e-7)
    p = np.linspace(0, 1, 11)
    np.testing.assert_allclose(idl.binomial(4, 12, p), stats.binom.sf(3, 12, p),
                               rtol=1e-12, atol=1e-15)
    assert idl.binomial(3, 10, np.float32(0.3)).dtype == np.float32
    assert idl.binomial(0, 5, 0.3) == 1 and idl.binomial(6, 5, 0.3) == 0
    with pytest.raises(ValueError, match="^BINOMIAL: P must be in the interval"):
        idl.binomial(1, 2, 1.5)
    with pytest.raises(ValueError, match="^BINOMIAL: V must be nonnegative."):
        idl.binomial(-1, 2, 0.5)


def test_inputs_not_modified():
    x = np.linspace(-1, 1, 5)
    x.setflags(write=False)
    idl.legendre(x, 3, 1)
    idl.laguerre(x, 3)
    idl.ibeta(2.0, 3.0, (x + 1) / 2)


@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    rng = np.random.default_rng(7171)
    cases, expected, tolerance = [], {}, {}
    for k in range(6):
        x = rng.uniform(-1, 1, 9)
        l, m = int(rng.integers(0, 8)), 0
        m = int(rng.integers(-l, l + 1))
        cases.append((f"lg{k}", {"x": x}, f"legendre(x, {l}, {m})"))
        expected[f"lg{k}"], tolerance[f"lg{k}"] = idl.legendre(x, l, m), 1e-12
        a = rng.uniform(0.1, 20, 8)
        z = rng.uniform(0, 30, 8)
        cases.append((f"ig{k}", {"a": a, "z": z}, "igamma(a, z)"))
        expected[f"ig{k}"], tolerance[f"ig{k}"] = idl.igamma(a, z), 1e-12
        b = rng.uniform(0.2, 9, 8)
        cases.append((f"ib{k}", {"a": a, "b": b, "z": z / 30}, "ibeta(a, b, z)"))
        expected[f"ib{k}"], tolerance[f"ib{k}"] = idl.ibeta(a, b, z / 30), 3e-11
        cases.append((f"bt{k}", {"a": a, "b": b}, "beta(a, b)"))
        expected[f"bt{k}"], tolerance[f"bt{k}"] = idl.beta(a, b), 1e-13
        e = rng.normal(scale=3, size=8)
        cases.append((f"ec{k}", {"e": e}, "erfc(e)"))
        expected[f"ec{k}"], tolerance[f"ec{k}"] = idl.erfc(e), 1e-13
        t, p = rng.uniform(0, np.pi, 5), rng.uniform(0, 2 * np.pi, 5)
        cases.append((f"sh{k}", {"t": t, "p": p}, f"spher_harm(t, p, {l}, {m})"))
        expected[f"sh{k}"], tolerance[f"sh{k}"] = idl.spher_harm(t, p, l, m), 1e-11
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        assert value.dtype == want.dtype, name
        np.testing.assert_allclose(value.reshape(want.shape), want, rtol=tolerance[name],
                                   atol=1e-14, err_msg=name)
