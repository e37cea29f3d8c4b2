"""Tests of compat.idl.qsimp, qromb, qromo (the integration family).

Golden cases: reference_outputs/idl/integration (GDL captures with the integrands in that
folder). Here: exactness where the rules are exact, agreement with QUADPACK to the
stopping tolerance, types, array limits, the changes of variable and errors.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.integrate

from compat import CompatTypeError, CompatValueError, idl


def cubic(x):
    return x ** 3 - 2 * x + 1


def test_rules_exact_on_polynomials():
    # Simpson's rule is exact for cubics; Romberg through 5 stages for degree <= 9
    assert idl.qsimp(cubic, -1.0, 2.0) == pytest.approx(3.75, rel=1e-15)
    assert idl.qromb(lambda x: x ** 9, 0.0, 1.0) == pytest.approx(0.1, rel=1e-14)
    assert idl.qromo(cubic, -1.0, 2.0) == pytest.approx(3.75, rel=1e-12)


@pytest.mark.parametrize("seed", range(8))
def test_agree_with_quadpack_to_the_stopping_tolerance(seed):
    rng = np.random.default_rng(seed)
    a, w, c = rng.uniform(0.5, 2.0, 3)
    lo, hi = sorted(rng.uniform(-2, 2, 2))

    def f(x):
        return a * np.sin(w * x + c) + np.exp(-x * x)

    exact, _ = scipy.integrate.quad(f, lo, hi, epsabs=0, epsrel=1e-13)
    for routine in (idl.qsimp, idl.qromb, idl.qromo):
        assert routine(f, lo, hi) == pytest.approx(exact, rel=1e-5, abs=1e-9)
        assert routine(f, lo, hi, eps=1e-10) == pytest.approx(exact, rel=1e-9, abs=1e-12)


def test_types_and_array_limits():
    one = np.float32(1)
    assert idl.qromb(np.exp, np.float32(0), one).dtype == np.float32
    assert idl.qromb(np.exp, np.float32(0), one, double=True).dtype == np.float64
    assert idl.qsimp(np.exp, 0.0, 1.0).dtype == np.float64      # a Python float is DOUBLE
    r = idl.qromb(np.exp, [0.0, 1.0], [1.0, 2.0])
    assert r.shape == (2,)
    assert np.allclose(r, [np.e - 1, np.e ** 2 - np.e], rtol=1e-6)


def test_open_interval_rules():
    assert idl.qromo(lambda x: 1 / np.sqrt(x), 0.0, 1.0, midsql=True) == pytest.approx(2.0, rel=1e-6)
    assert idl.qromo(lambda x: 1 / np.sqrt(1 - x), 0.0, 1.0, midsqu=True) == pytest.approx(2.0, rel=1e-6)
    assert idl.qromo(lambda x: np.exp(-x), 1.0, midexp=True) == pytest.approx(np.exp(-1), rel=1e-6)
    # points even in 1/x: the upper limit may be huge
    tail = idl.qromo(lambda x: 1 / (x ** 4 + 1), 1.0, 1e30, midinf=True)
    exact, _ = scipy.integrate.quad(lambda x: 1 / (x ** 4 + 1), 1, np.inf)
    assert tail == pytest.approx(exact, rel=1e-6)


def test_errors():
    with pytest.raises(CompatValueError, match=r"^QROMB: Too many steps in routine qromb$"):
        idl.qromb(np.exp, 0.0, 1.0, eps=1e-15, jmax=6)
    with pytest.raises(CompatValueError, match=r"^QSIMP: Too many steps in routine qsimp$"):
        idl.qsimp(np.exp, 0.0, 1.0, eps=1e-15, jmax=6)
    with pytest.raises(CompatTypeError, match=r"^QROMB: Func must be a callable"):
        idl.qromb("exp", 0.0, 1.0)
    with pytest.raises(CompatValueError, match=r"^QROMO: B is not used with MIDEXP"):
        idl.qromo(np.exp, 0.0, 1.0, midexp=True)
    with pytest.raises(CompatValueError, match=r"^QROMO: B \(the upper limit\) is required"):
        idl.qromo(np.exp, 0.0)
    with pytest.raises(CompatValueError, match=r"^QROMO: Only one of"):
        idl.qromo(np.exp, 0.0, 1.0, midsql=True, midsqu=True)
