"""MATLAB's vecnorm (compat.matlab.matrix_analysis): the p-norms of the vectors along a
dimension against their definition in exact rational arithmetic, MATLAB's default
dimension, dim beyond the array, NaN/Inf/empty, classes, errors, and random arrays
against live GNU Octave."""

from __future__ import annotations

import math
from fractions import Fraction

import numpy as np
import pytest

from compat import matlab
from oracles import as2d, run_octave_calls


def _exact_norm(v, p):
    """The p-norm of a vector by the definition (rationals for the sum; one final root)."""
    mags = [abs(complex(x)) for x in v]
    if any(math.isnan(m) for m in mags):
        return math.nan
    if p == math.inf:
        return max(mags, default=0.0)
    if any(math.isinf(m) for m in mags):
        return math.inf
    if p == 1:
        return float(sum(Fraction(m) for m in mags))
    if p == 2:
        total = sum(Fraction(m) ** 2 for m in mags)
        return math.sqrt(total) if total < 1e300 else math.sqrt(float(total))
    return float(sum(Fraction(m) ** 1 * Fraction(m ** (p - 1)) for m in mags)) ** (1 / p)


@pytest.mark.parametrize("p", [1, 2, 3, 0.5, np.inf])
def test_columns_and_rows_against_the_definition(p):
    rng = np.random.default_rng(1253)
    a = rng.standard_normal((5, 4)) * 10.0 ** rng.integers(-3, 4, (5, 4))
    cols = matlab.vecnorm(a, p)
    rows = matlab.vecnorm(a, p, 2)
    assert cols.shape == (1, 4) and rows.shape == (5, 1)
    rtol = 8 * np.finfo(float).eps * (1 if p in (1, 2, np.inf) else 20)
    np.testing.assert_allclose(cols[0], [_exact_norm(a[:, j], p) for j in range(4)], rtol=rtol)
    np.testing.assert_allclose(rows[:, 0], [_exact_norm(a[i], p) for i in range(5)], rtol=rtol)


def test_reference_page_examples():
    x = np.array([[2.0, 2, 2]])
    assert round(matlab.vecnorm(x).item(), 4) == 3.4641 and matlab.vecnorm(x, 1).item() == 6
    A = np.array([[2.0, 0, 1], [-1, 1, 0], [-3, 3, 0]])
    assert np.array_equal(matlab.vecnorm(A).round(4), [[3.7417, 3.1623, 1.0]])


def test_default_dimension_and_shapes():
    q = np.arange(12.0).reshape(1, 3, 4)           # first non-singleton is dim 2
    assert matlab.vecnorm(q).shape == (1, 1, 4)
    assert matlab.vecnorm(np.zeros((0, 3))).shape == (1, 3)   # size 0 is not 1: dim 1
    assert np.all(matlab.vecnorm(np.zeros((0, 3))) == 0)
    assert matlab.vecnorm(np.zeros((3, 0))).shape == (1, 0)
    v = np.array([3.0, -4.0])                      # 1-D: a row, reduced to a scalar
    assert matlab.vecnorm(v) == 5 and np.ndim(matlab.vecnorm(v)) == 0
    # dim beyond the array or of size 1: abs(A)
    a = np.array([[1.0, -2], [-3, 4]])
    assert np.array_equal(matlab.vecnorm(a, 2, 3), np.abs(a))
    assert np.array_equal(matlab.vecnorm(np.array([[3.0, -4]]), 2, 1), [[3, 4]])
    assert np.array_equal(matlab.vecnorm(v, 2, 1), [3, 4])


def test_nan_inf_classes():
    assert np.isnan(matlab.vecnorm(np.array([np.nan, 1, np.inf]), np.inf))
    assert np.isnan(matlab.vecnorm(np.array([np.nan, 1, 2]), 1))
    assert matlab.vecnorm(np.array([np.inf, 1.0])) == np.inf
    assert float(matlab.vecnorm(np.array([1e200, 1e200]))) == pytest.approx(math.sqrt(2) * 1e200)
    assert float(matlab.vecnorm(np.array([1e-200, 1e-200]))) == pytest.approx(math.sqrt(2) * 1e-200)
    s = matlab.vecnorm(np.float32([[3, 4]]))
    assert s.dtype == np.float32 and s[0, 0] == 5
    c = matlab.vecnorm(np.array([[3 + 4j, 0]], dtype=np.complex64))
    assert c.dtype == np.float32 and c[0, 0] == 5
    a = np.array([[3.0, 4.0]]).astype(">f8")
    a.setflags(write=False)
    assert matlab.vecnorm(a)[0, 0] == 5 and a[0, 1] == 4


def test_errors():
    for p in (-1, 0, -np.inf, np.nan, "fro", [1, 2], 1j):
        with pytest.raises(ValueError, match="^vecnorm: P must be a positive real scalar or Inf"):
            matlab.vecnorm(np.ones(3), p)
    with pytest.raises(TypeError, match="^vecnorm: A must be double or single, not int8"):
        matlab.vecnorm(np.int8([3, 4]))
    with pytest.raises(TypeError, match="^vecnorm: A must be double or single, not logical"):
        matlab.vecnorm(np.array([True, False]))
    with pytest.raises(ValueError, match="dimension argument must be a positive integer"):
        matlab.vecnorm(np.ones((2, 2)), 2, 1.5)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1254)
    cases, ours, ps = [], [], []
    for _ in range(10):
        shape = tuple(int(v) for v in rng.integers(1, 5, size=int(rng.integers(2, 4))))
        a = rng.standard_normal(shape)
        if rng.random() < 0.3:
            a = a + 1j * rng.standard_normal(shape)
        p = [1, 2, np.inf, 3, 0.7][int(rng.integers(0, 5))]
        dim = int(rng.integers(1, len(shape) + 2))
        ptext = "Inf" if p == np.inf else repr(p)
        cases.append((f"vecnorm(a, {ptext}, {dim})", {"a": a}, 1))
        ours.append(matlab.vecnorm(a, p, dim))
        ps.append(p)
        cases.append(("vecnorm(a)", {"a": a}, 1))
        ours.append(matlab.vecnorm(a))
        ps.append(2)
    results = run_octave_calls(cases)
    for (call, args, _), got, mine, p in zip(cases, results, ours, ps):
        assert not isinstance(got, Exception), (call, got)
        g = np.asarray(got[0])
        m = as2d(mine)
        assert g.shape == m.shape[:g.ndim] and g.size == m.size, (call, g.shape, m.shape)
        # a sum of n terms in another order: n-1 roundings of eps, then the root
        n = max(args["a"].shape + (1,))
        rtol = (n + 2) * np.finfo(float).eps * (1 if p in (1, 2, np.inf) else 4)
        np.testing.assert_allclose(m.reshape(g.shape), g, rtol=rtol, atol=0, err_msg=call)
