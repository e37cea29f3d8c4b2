"""Tests of compat.matlab trapz, cumtrapz, diff, gradient and del2 (the calculus
family).

Expected values come from MATLAB's documentation (printed examples), from plain
per-element reasoning written here, and from a live GNU Octave 7.3 run on random
inputs (one batched octave-cli call, with the tolerances of
tests/test_matlab_reductions.py).
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from test_matlab_reductions import check_against_octave

from compat.matlab import cumtrapz, del2, diff, gradient, trapz
from compat.matlab.calculus import GradientResult

RNG = np.random.default_rng(20260613)


# --------------------------------------------------------------------------- documentation
def test_doc_examples_calculus():
    assert trapz(np.array([1.0, 4, 9, 16, 25])) == 42
    np.testing.assert_allclose(trapz(np.pi / 100, np.sin(np.linspace(0, np.pi, 101))),
                               1.9998, atol=0.5e-4)
    np.testing.assert_array_equal(cumtrapz(np.array([1.0, 4, 9, 16, 25])), [0, 2.5, 9, 21.5, 42])
    np.testing.assert_array_equal(diff(np.array([1.0, 1, 2, 3, 5, 8, 13, 21])), [0, 1, 1, 2, 3, 5, 8])
    np.testing.assert_array_equal(diff(np.array([[1.0, 1, 1], [5, 5, 5], [25, 25, 25]])),
                                  [[4, 4, 4], [20, 20, 20]])
    np.testing.assert_array_equal(4 * del2(np.array([1.0, 3, 6, 10, 16, 18, 29])), [1, 1, 1, 2, -4, 9, 22])
    x, y = np.meshgrid(np.arange(-4.0, 5), np.arange(-3.0, 4))
    np.testing.assert_array_equal(4 * del2(x * x + y * y), np.full((7, 9), 4.0))


# --------------------------------------------------------------------------- rules
def test_classes():
    a = RNG.standard_normal((5, 4)).astype(np.float32)
    for f in (trapz, cumtrapz, diff, del2, gradient):
        assert f(a).dtype == np.float32, f.__name__
    np.testing.assert_array_equal(diff(np.array([5, 3], np.uint8)), np.array([0], np.uint8))
    np.testing.assert_array_equal(diff(np.array([-100, 100], np.int8)), [127])
    assert diff(np.array([True, False])).dtype == np.float64
    assert diff([1, 4, 9]).dtype == np.float64     # a Python list is a double literal
    # single if any operand is single (matlab_types.result_class)
    assert trapz(np.float32(0.5), np.ones(3)).dtype == np.float32
    assert trapz(np.float32(0.5), np.ones(3, complex)).dtype == np.complex64


def test_diff_recursion_and_sizes():
    assert diff(np.ones((2, 3)), 2).shape == (1, 2)                    # Octave: 2x1
    assert diff(np.array([[1.0, 2, 3]]), 5).shape == (1, 0)
    assert diff(np.ones((3, 4)), 5, 2).shape == (3, 0)
    np.testing.assert_array_equal(diff(np.array([[1.0, 4, 9], [2, 2, 2]]), 1, 2), [[3, 5], [0, 0]])


def test_gradient_order_and_uneven():
    F = np.array([[1.0, 2, 4], [3, 6, 9]])
    FX, FY = gradient(F, nargout=2)
    np.testing.assert_array_equal(FX, [[1, 1.5, 2], [3, 3, 3]])
    np.testing.assert_array_equal(FY, [[2, 4, 5], [2, 4, 5]])
    gy, gx = np.gradient(F)                                            # numpy: rows first
    np.testing.assert_array_equal(gx, FX)
    np.testing.assert_array_equal(gradient(np.array([1.0, 2, 4, 8]), np.array([0.0, 1, 3, 4])),
                                  [1, 1, 2, 4])
    FX, FY = gradient(F, 2.0, np.array([0.0, 4]), nargout=2)
    np.testing.assert_array_equal(FX, [[0.5, 0.75, 1], [1.5, 1.5, 1.5]])
    np.testing.assert_array_equal(FY, [[0.5, 1, 1.25], [0.5, 1, 1.25]])


def test_gradient_result_is_declared_and_pickles():
    out = gradient(RNG.standard_normal((3, 4, 2)), nargout=3)
    assert type(out) is GradientResult and out._fields == ("FX", "FY", "FZ")
    back = pickle.loads(pickle.dumps(out))
    assert type(back) is GradientResult and back._fields == out._fields
    with pytest.raises(ValueError, match="^gradient: nargout must be an integer from 1 to 3"):
        gradient(np.ones((3, 4, 2)), nargout=4)


# --------------------------------------------------------------------------- hygiene
def test_no_mutation():
    A = RNG.standard_normal((4, 5))
    A[1, 2] = np.nan
    keep = A.copy()
    for f in (diff, del2, gradient, trapz, cumtrapz):
        f(A)
        np.testing.assert_array_equal(A, keep)


@pytest.mark.parametrize("call, exc, msg", [
    (lambda: diff(np.ones(3), -1), ValueError, "^diff: difference order n"),
    (lambda: diff(np.ones(3), 1, 0), ValueError, "^diff: dimension argument"),
    (lambda: trapz(np.ones(3), np.ones(4)), ValueError, r"^trapz: length of X \(3\)"),
    (lambda: gradient(np.ones((3, 3)), np.ones(3)), ValueError, "^gradient: one spacing argument"),
    (lambda: gradient(np.ones(4), np.ones(3)), ValueError, "^gradient: coordinate vector has 3"),
    (lambda: del2(np.ones((3, 3)), 1, 1, 1), ValueError, "^del2: expected 0, 1 or 2 spacing"),
])
def test_bad_input(call, exc, msg):
    with pytest.raises(exc, match=msg):
        call()


# --------------------------------------------------------------------------- live Octave
def _cases():
    """(octave call, nargout, python callable, inputs)."""
    r = np.random.default_rng(12)
    ints = lambda *s: r.integers(-9, 10, s).astype(float)          # noqa: E731
    flt = lambda *s: r.standard_normal(s)                          # noqa: E731
    cases = []
    for name, A in [("ints", ints(8, 6)), ("flt", flt(7, 5)), ("row", flt(1, 12)),
                    ("three", flt(4, 3, 5))]:
        for call, nout, fn in [
            ("trapz(A)", 1, lambda A: trapz(A)), ("cumtrapz(A, 2)", 1, lambda A: cumtrapz(A, 2)),
            ("diff(A)", 1, lambda A: diff(A)), ("diff(A, 2, 2)", 1, lambda A: diff(A, 2, 2)),
            ("del2(A)", 1, lambda A: del2(A)),
        ]:
            cases.append((call, nout, fn, {"A": A}))
        if name != "three":
            cases.append(("gradient(A)", 2, lambda A: gradient(A, nargout=2), {"A": A}) if name != "row"
                         else ("gradient(A)", 1, lambda A: gradient(A), {"A": A}))
    x = np.cumsum(r.uniform(0.1, 1, 8)).reshape(1, -1)
    y = np.cumsum(r.uniform(0.1, 1, 6)).reshape(-1, 1)
    F = flt(6, 8)
    cases.append(("trapz(x, F, 2)", 1, lambda x, F: trapz(x, F, 2), {"x": x, "F": F}))
    cases.append(("cumtrapz(y, F)", 1, lambda y, F: cumtrapz(y, F), {"y": y, "F": F}))
    cases.append(("gradient(F, x, y)", 2, lambda F, x, y: gradient(F, x, y, nargout=2), {"F": F, "x": x, "y": y}))
    cases.append(("del2(F, x, y)", 1, lambda F, x, y: del2(F, x, y), {"F": F, "x": x, "y": y}))
    cases.append(("del2(F, 0.5)", 1, lambda F: del2(F, 0.5), {"F": F}))
    cases.append(("gradient(F, 0.5)", 2, lambda F: gradient(F, 0.5, nargout=2), {"F": F}))
    for dt in (np.int8, np.uint8, np.int16):
        Ai = r.integers(0 if dt == np.uint8 else -100, 100, (7, 5)).astype(dt)
        cases.append(("diff(A)", 1, lambda A: diff(A), {"A": Ai}))
    return cases


@pytest.mark.octave
def test_against_octave():
    check_against_octave(_cases())
