"""Tests of compat.idl.fx_root (family roots). Golden cases: reference_outputs/idl/roots
(GDL captures with the user functions in that folder)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl


def cubic(x):
    return x**3 - 2 * x - 5


def test_converges_to_the_root_and_types():
    root = 2.0945514815423265
    r = idl.fx_root([1.0, 2.0, 3.0], cubic, stop=1, tol=1e-13)
    assert r.dtype == np.float64 and abs(r - root) < 1e-14
    r32 = idl.fx_root(np.array([1, 2, 3], np.float32), cubic)
    assert r32.dtype == np.float32 and abs(r32 - root) < 1e-5
    assert idl.fx_root(np.array([1, 2, 3], np.int16), cubic).dtype == np.float32
    assert idl.fx_root(np.array([1, 2, 3], np.float32), cubic,
                       double=True).dtype == np.float64


def test_complex_roots():
    r = idl.fx_root([0.5 + 0.5j, 1 + 0.2j, 2 + 0.1j], lambda x: x**2 + 1, tol=1e-12)
    assert r.dtype == np.complex128 and abs(r - 1j) < 1e-14
    # real starting points reach a complex root (which of the pair is
    # implementation-defined)
    r = idl.fx_root([0.5, 1.0, 2.0], lambda x: x**2 + 1, tol=1e-12)
    assert abs(abs(r.imag) - 1) < 1e-12 and abs(r.real) < 1e-12
    assert idl.fx_root(np.array([0.5, 1, 2], np.complex64),
                       lambda x: x**2 + 1).dtype == np.complex64


def test_stopping_rules():
    # STOP=0 stops on the step: the root is better than the tolerance, the step is not
    calls = []

    def counted(x):
        calls.append(x)
        return cubic(x)
    idl.fx_root([1.0, 2.0, 3.0], counted, itmax=2)
    assert len(calls) == 3 + 2
    a = idl.fx_root([1.0, 2.0, 3.0], cubic, tol=1e-2)
    b = idl.fx_root([1.0, 2.0, 3.0], cubic, stop=1, tol=1e-2)
    assert abs(cubic(b)) < 1e-2 and abs(a - 2.0945514815423265) < 1e-2


def test_errors():
    with pytest.raises(TypeError, match="^FX_ROOT: Func must be a Python function"):
        idl.fx_root([1.0, 2.0, 3.0], "func")
    with pytest.raises(ValueError, match="^FX_ROOT: X must have 3 elements"):
        idl.fx_root([1.0, 2.0], cubic)
    with pytest.raises(ValueError, match="^FX_ROOT: ITMAX"):
        idl.fx_root([1.0, 2.0, 3.0], cubic, itmax=0)
    with pytest.raises(ValueError, match="^FX_ROOT: STOP"):
        idl.fx_root([1.0, 2.0, 3.0], cubic, stop=2)
    with pytest.raises(ValueError, match="^FX_ROOT: TOL"):
        idl.fx_root([1.0, 2.0, 3.0], cubic, tol=-1.0)
