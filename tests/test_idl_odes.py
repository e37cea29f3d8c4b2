"""Tests of compat.idl.rk4 (family odes). Golden cases: reference_outputs/idl/odes (GDL
captures with the user functions in that folder, the documentation's example)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl


def test_fourth_order_accuracy():
    f = lambda x, y: -y  # noqa: E731
    errors = []
    for h in (0.2, 0.1):
        y = np.array([1.0])
        x = 0.0
        for _ in range(int(round(1 / h))):
            y = idl.rk4(y, f(x, y), x, h, f)
            x += h
        errors.append(abs(y[0] - np.exp(-1.0)))
    assert 12 < errors[0] / errors[1] < 20  # error ~ h^4


def test_matches_the_classical_formula_and_types():
    f = lambda x, y: np.array([y[1], -x * y[0]])  # noqa: E731
    y = np.array([1.0, 0.5])
    x, h = 0.3, 0.2
    k1 = f(x, y)
    k2 = f(x + h / 2, y + h / 2 * k1)
    k3 = f(x + h / 2, y + h / 2 * k2)
    k4 = f(x + h, y + h * k3)
    np.testing.assert_allclose(idl.rk4(y, k1, x, h, f),
                               y + h / 6 * (k1 + 2 * k2 + 2 * k3 + k4), rtol=1e-15)
    y32 = y.astype(np.float32)
    assert idl.rk4(y32, f(x, y32), np.float32(x), np.float32(h), f).dtype == np.float32
    assert idl.rk4(y32, f(x, y32), np.float32(x), np.float32(h), f,
                   double=True).dtype == np.float64
    assert idl.rk4(y32, f(x, y32), x, h, f).dtype == np.float64  # DOUBLE X, H
    assert idl.rk4(np.array([1, 2], np.int16), np.zeros(2, np.float32), np.float32(0),
                   np.float32(1), lambda x, y: -y).dtype == np.float32


def test_errors():
    f = lambda x, y: -y  # noqa: E731
    with pytest.raises(TypeError, match="^RK4: Derivs must be a Python function"):
        idl.rk4([1.0], [1.0], 0.0, 0.1, "differential")
    with pytest.raises(ValueError, match="^RK4: Dydx must have"):
        idl.rk4([1.0, 2.0], [1.0], 0.0, 0.1, f)
    with pytest.raises(ValueError, match="^RK4: Derivs returned 1 values for 2"):
        idl.rk4([1.0, 2.0], [1.0, 1.0], 0.0, 0.1, lambda x, y: np.array([1.0]))
    with pytest.raises(ValueError, match="^RK4: H must be a scalar"):
        idl.rk4([1.0], [1.0], 0.0, [0.1, 0.2], f)
