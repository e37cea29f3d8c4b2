"""MATLAB's matrix structure tests (compat.matlab.matrix_structure): isdiag, istril,
istriu, isbanded, issymmetric, ishermitian against their definitions (the positions of
the nonzero entries; A == +-A.' / A'; the infinity-norm tolerance), sparse input, the
options and their errors, and random matrices against live GNU Octave."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from compat import matlab
from oracles import run_octave_calls


def _bands(a):
    """Lower and upper bandwidth by the definition, element by element."""
    lo = up = 0
    for (i, j), v in np.ndenumerate(np.asarray(a)):
        if v != 0 or v != v:
            lo, up = max(lo, i - j), max(up, j - i)
    return lo, up


def _inf_norm(a):
    return max((sum(abs(complex(v)) for v in row) for row in np.asarray(a)), default=0.0)


def test_definitions_on_small_patterns():
    rng = np.random.default_rng(1250)
    for _ in range(200):
        m, n = rng.integers(0, 5, size=2)
        a = rng.integers(-2, 3, size=(m, n)) * (rng.random((m, n)) < 0.35)
        lo, up = _bands(a)
        assert matlab.isdiag(a) == (lo == 0 and up == 0)
        assert matlab.istril(a) == (up == 0)
        assert matlab.istriu(a) == (lo == 0)
        for p in range(3):
            for q in range(3):
                assert matlab.isbanded(a, p, q) == (lo <= p and up <= q)
        s = sp.csr_matrix(a.astype(float))
        assert matlab.isdiag(s) == matlab.isdiag(a) and matlab.istril(s) == matlab.istril(a)
        assert matlab.isbanded(s, 1, 0) == matlab.isbanded(a, 1, 0)
        square = m == n
        assert matlab.issymmetric(a) == (square and np.array_equal(a, a.T))
        assert matlab.issymmetric(a, "skew") == (square and np.array_equal(a, -a.T))


def test_rectangular_empty_and_nd():
    assert matlab.isdiag([[1, 0, 0], [0, 2, 0]]) and matlab.isdiag(np.zeros((0, 3)))
    assert matlab.istriu([[1, 2], [0, 3], [0, 0]]) and not matlab.istril([[1, 2], [0, 3], [0, 0]])
    assert matlab.isbanded(np.zeros((0, 0)), 0, 0)
    assert not matlab.isdiag(np.zeros((2, 2, 2))) and not matlab.issymmetric(np.zeros((2, 2, 2)))
    assert matlab.isdiag(np.zeros((2, 2, 1)))        # trailing singleton: a matrix
    assert not matlab.issymmetric([[1, 2, 3], [2, 1, 4]])
    assert matlab.issymmetric(np.zeros((0, 0))) and matlab.ishermitian(np.zeros((0, 0)))
    # a 1-D array is a row
    assert matlab.isdiag([5, 0, 0]) and not matlab.isdiag([0, 5, 0])
    assert matlab.issymmetric(7) and matlab.isdiag(7)


def test_nan_and_inf():
    assert matlab.isdiag([[np.nan, 0], [0, 1]]) and not matlab.isdiag([[1, np.nan], [0, 1]])
    assert not matlab.issymmetric([[1, np.nan], [np.nan, 2]])
    assert matlab.issymmetric([[1, np.inf], [np.inf, 2]])
    assert matlab.issymmetric(sp.csr_matrix([[1, np.inf], [np.inf, 2]]))
    assert not matlab.issymmetric(sp.csr_matrix([[1, np.nan], [np.nan, 2]]))
    assert not matlab.issymmetric([[1, np.nan], [np.nan, 2]], 0.5)


def test_symmetry_of_complex_matrices():
    A = np.array([[1, 0, 1j], [0, 1, 0], [-1j, 0, 1]])
    assert not matlab.issymmetric(A) and matlab.ishermitian(A)   # the reference page
    B = A.copy()
    B[2, 0] = 1j
    assert matlab.issymmetric(B) and not matlab.ishermitian(B)
    assert matlab.ishermitian(np.array([[1j, 2], [-2, 3j]]), "skew")
    assert not matlab.ishermitian(np.array([[1, 2], [-2, 3j]]), "SKEW")
    assert matlab.issymmetric(np.array([[0, 1j], [-1j, 0]]), "skew")


def test_tolerance_is_the_infinity_norm_ratio():
    rng = np.random.default_rng(1251)
    for _ in range(100):
        n = int(rng.integers(1, 6))
        a = rng.standard_normal((n, n))
        a = a + a.T + rng.standard_normal((n, n)) * 10.0 ** rng.integers(-14, -2)
        ratio = _inf_norm(a - a.T) / _inf_norm(a)
        for tol in (ratio * 0.999, ratio * 1.001, 1e-10):
            assert matlab.issymmetric(a, tol) == (ratio <= tol)
            assert matlab.ishermitian(a, "nonskew", tol) == (ratio <= tol)
        skew_ratio = _inf_norm(a + a.T) / _inf_norm(a)
        assert matlab.issymmetric(a, "skew", skew_ratio * 1.001)
        assert not matlab.issymmetric(a, "skew", skew_ratio * 0.999)
    assert matlab.issymmetric(np.zeros((3, 3)), 0.1)          # zero matrix passes
    assert matlab.issymmetric(np.array([[1, -3], [-3, 7]], dtype=np.int8), 1e-3)
    c = np.array([[1, 1j + 1e-13], [-1j, 2]])
    assert matlab.ishermitian(c, 1e-12) and not matlab.ishermitian(c)


def test_classes_text_and_no_mutation():
    assert matlab.issymmetric(np.array(["ab", "ba"])) and not matlab.issymmetric("ab")
    assert matlab.isdiag(np.eye(3, dtype=bool)) and not matlab.isdiag(np.int8([[1, 0], [1, 0]]))
    a = np.array([[1.0, 2], [2, 1]]).astype(">f8")
    a.setflags(write=False)
    before = a.copy()
    assert matlab.issymmetric(a) and matlab.isbanded(a[:, ::-1], 1, 1)
    assert np.array_equal(a, before)
    assert isinstance(matlab.isdiag(a), np.bool_) and isinstance(matlab.issymmetric(a), np.bool_)


def test_errors():
    with pytest.raises(ValueError, match="^isbanded: lower must be a nonnegative integer"):
        matlab.isbanded(np.eye(3), -1, 0)
    with pytest.raises(ValueError, match="^isbanded: upper must be a nonnegative integer"):
        matlab.isbanded(np.eye(3), 0, 1.5)
    with pytest.raises(ValueError, match="^issymmetric: skewOption must be 'skew' or"):
        matlab.issymmetric(np.eye(2), "skw")
    with pytest.raises(ValueError, match="^ishermitian: The tolerance must be a nonneg"):
        matlab.ishermitian(np.eye(2), "skew", -1)
    with pytest.raises(ValueError, match="^issymmetric: The tolerance must be a nonneg"):
        matlab.issymmetric(np.eye(2), [1, 2])
    with pytest.raises(TypeError, match="^issymmetric: Too many input arguments"):
        matlab.issymmetric(np.eye(2), "skew", 0.1, 3)
    with pytest.raises(TypeError):
        matlab.isdiag({"a": 1})


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1252)
    cases, ours = [], []
    for _ in range(8):
        n = int(rng.integers(1, 6))
        m = n if rng.random() < 0.7 else int(rng.integers(1, 6))
        a = rng.integers(-3, 4, size=(m, n)).astype(float)
        a[rng.random((m, n)) < 0.5] = 0
        if m == n and rng.random() < 0.5:
            a = a + a.T if rng.random() < 0.5 else a - a.T
        c = a + 1j * np.where(rng.random((m, n)) < 0.5, 0, rng.integers(-2, 3, (m, n)))
        if m == n and rng.random() < 0.5:
            c = c + c.conj().T
        p, q = (int(v) for v in rng.integers(0, 4, size=2))
        tol = float(10.0 ** rng.integers(-16, 0))
        b = a + rng.standard_normal((m, n)) * tol
        for call, args, mine in (
                ("isdiag(a)", {"a": a}, matlab.isdiag(a)),
                ("istril(a)", {"a": a}, matlab.istril(a)),
                ("istriu(a)", {"a": a}, matlab.istriu(a)),
                (f"isbanded(a, {p}, {q})", {"a": a}, matlab.isbanded(a, p, q)),
                ("issymmetric(a)", {"a": a}, matlab.issymmetric(a)),
                ("issymmetric(a, 'skew')", {"a": a}, matlab.issymmetric(a, "skew")),
                (f"issymmetric(b, {tol!r})", {"b": b}, matlab.issymmetric(b, tol)),
                ("ishermitian(c)", {"c": c}, matlab.ishermitian(c)),
                ("ishermitian(c, 'skew')", {"c": c}, matlab.ishermitian(c, "skew")),
                (f"ishermitian(c, {tol!r})", {"c": c}, matlab.ishermitian(c, tol))):
            cases.append((call, args, 1))
            ours.append(mine)
    results = run_octave_calls(cases)
    for (call, args, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        assert bool(np.asarray(got[0]).ravel()[0]) == bool(mine), (call, args)
