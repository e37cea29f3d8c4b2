"""Tests of the MATLAB grid family: compat.matlab.colon, linspace, logspace, meshgrid and
ndgrid.

colon: GNU Octave and numpy.arange compute ``a + k*d`` and are NOT oracles for MATLAB's
colon. The reference here is a plain-loop transcription of the algorithm MathWorks
published (technical solution 1-4FLI96, ``colonop.m``; the same steps appear in the C
that MATLAB Coder generates, ``eml_float_colon``), plus values MATLAB printed. Octave is
used only where the two algorithms must agree bit for bit (integers, empty ranges,
steps that make every operation exact).

linspace: MATLAB's formula ``x1 + (k*(x2-x1))/(n-1)`` with exact end points is written
out as a loop below; Octave divides first, so it is compared with a tolerance of
``2*eps*(|x2-x1| + max(|x1|, |x2|))``: each formula rounds the term
``k*(x2-x1)/(n-1)`` (at most ``|x2-x1|``) and its sum with ``x1`` once.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compat import CompatWarning
from compat.matlab import colon, linspace, logspace, meshgrid, ndgrid
from oracles import run_octave_calls

EPS = np.finfo(float).eps


# --------------------------------------------------------------------------- colon reference
def ref_colon(a, d, b):
    """MATLAB's colon for doubles, step by step (loops), from colonop.m and the
    generated eml_float_colon (whose tolerance test, ``|c - b| < tol``, is used where
    the two differ, i.e. only when ``|c - b|`` equals ``tol`` exactly)."""
    if math.isnan(a) or math.isnan(d) or math.isnan(b):
        return [math.nan]
    if d == 0 or (a < b and d < 0) or (b < a and d > 0):
        return []
    tol = 2.0 * EPS * max(abs(a), abs(b))
    sig = 1.0 if d > 0 else -1.0
    n = math.floor((b - a) / d + 0.5)        # round half up, as eml_float_colon
    c = a + n * d
    if abs(c - b) < tol:                      # lands on b up to rounding: end at b
        c = b
    elif sig * (c - b) > 0:                   # overshoots: one interval fewer
        n -= 1
        c = a + n * d
    if n == 0:
        return [a]        # one element is a (eml_float_colon: y[0] = a when n == 1)
    v = [0.0] * (n + 1)
    for k in range(0, n // 2 + 1):
        v[k] = a + k * d
        v[n - k] = c - k * d
    if n % 2 == 0:
        v[n // 2] = (a + c) / 2
    return v


def test_story4_endpoint_is_b():
    v = colon(2.0, 0.2, 2.4)
    assert v.shape == (1, 3)
    assert v[0, -1] == 2.4                   # exactly the end point
    np.testing.assert_allclose(v, [[2.0, 2.2, 2.4]], rtol=0, atol=0.5e-4)  # as printed
    # numpy's arange is not the colon operator
    assert np.arange(2.0, 2.4, 0.2).size == 2
    assert np.arange(2.0, 2.6, 0.2).size == 4


def test_printed_symmetric_halves():
    # MATLAB Answers "Floating Point Accuracy and COLON" (2012):
    # x = 0:0.1:0.3; y = 0:0.1:0.4; x - y(1:end-1) -> 1.0e-16 * [0 0 -0.2776 -0.5551]
    r = colon(0, 0.1, 0.3) - colon(0, 0.1, 0.4)[:, :4]
    np.testing.assert_allclose(r / 1e-16, [[0, 0, -0.2776, -0.5551]], rtol=0, atol=0.5e-4)
    # a + k*d (numpy, Octave) gives something else
    naive = (0 + np.arange(4) * 0.1) - (0 + np.arange(5) * 0.1)[:4]
    assert not np.allclose(naive / 1e-16, [0, 0, -0.2776, -0.5551], atol=0.5e-4)


def test_colonop_help_example_tiny_step():
    # colonop.m help: 1-eps : eps/4 : 1+eps = [1-eps 1-eps 1-eps/2 1 1 1 1 1+eps 1+eps]
    v = colon(1 - EPS, EPS / 4, 1 + EPS)
    want = [1 - EPS, 1 - EPS, 1 - EPS / 2, 1, 1, 1, 1, 1 + EPS, 1 + EPS]
    np.testing.assert_array_equal(v[0], want)


def test_symmetric_about_zero():
    v = colon(-1, 0.01, 1)
    assert v.shape == (1, 201)
    np.testing.assert_array_equal(v, -v[:, ::-1])
    assert v[0, 100] == 0.0


@settings(max_examples=250, deadline=None)
@given(a=st.floats(-1e3, 1e3), d=st.floats(1e-2, 50).flatmap(
    lambda m: st.sampled_from([m, -m])), span=st.floats(0, 50))
def test_colon_matches_published_algorithm(a, d, span):
    b = a + span if d > 0 else a - span
    got = colon(a, d, b)
    want = ref_colon(a, d, b)
    assert got.shape == (1, len(want))
    np.testing.assert_array_equal(got[0], want)


@pytest.mark.parametrize("a,d,b,want", [
    (1, 1, 10, list(range(1, 11))),
    (0, 1, 5.5, [0, 1, 2, 3, 4, 5]),          # m = fix(k - j)
    (10, -3, -5, [10, 7, 4, 1, -2, -5]),
    (0, 0.25, 1, [0, 0.25, 0.5, 0.75, 1]),
    (3, 1, 3, [3]),
])
def test_colon_known_values(a, d, b, want):
    np.testing.assert_array_equal(colon(a, d, b), [want])


def test_two_argument_form():
    np.testing.assert_array_equal(colon(1, 5), [[1, 2, 3, 4, 5]])
    np.testing.assert_array_equal(colon(-2.5, 1), [[-2.5, -1.5, -0.5, 0.5]])


@pytest.mark.parametrize("args", [(5, 1), (1, 0, 5), (1, -1, 5), (5, 1, 1), ([], 5),
                                  (1, np.array([]), 5)])
def test_colon_empty_is_1x0(args):
    v = colon(*args)
    assert v.shape == (1, 0)


def test_colon_nonfinite():
    assert np.isnan(colon(1, np.nan)).all() and colon(1, np.nan).shape == (1, 1)
    assert np.isnan(colon(np.nan, 1, 5)).all()
    assert np.isnan(colon(1, np.inf)).all()        # colonop: non-finite -> NaN
    np.testing.assert_array_equal(colon(1, np.inf, 5), [[1.0]])  # round(4/Inf) = 0


def test_colon_classes():
    v = colon(np.int8(1), np.int8(3), np.int8(10))
    assert v.dtype == np.int8
    np.testing.assert_array_equal(v, [[1, 4, 7, 10]])
    v = colon(np.uint8(5), -1, 1)                 # double step with an unsigned class
    assert v.dtype == np.uint8
    np.testing.assert_array_equal(v, [[5, 4, 3, 2, 1]])
    v = colon(np.int16(-3), 2.0)
    assert v.dtype == np.int16
    np.testing.assert_array_equal(v, [[-3, -2, -1, 0, 1, 2]])
    s = colon(np.float32(0), np.float32(0.1), np.float32(1))
    assert s.dtype == np.float32 and s.shape == (1, 11) and s[0, -1] == np.float32(1)
    assert colon(1, True, 3).dtype == np.float64  # logical -> double
    assert colon("a", "e") == "abcde"
    with pytest.raises(TypeError, match="^colon: Colon operands must be all the same"):
        colon(np.int8(1), np.int16(5))
    with pytest.raises(TypeError, match="^colon: Colon operands"):
        colon(np.int8(1), np.float32(5))


def test_colon_nonscalar_and_complex():
    np.testing.assert_array_equal(colon([2, 9], [5, 0]), [[2, 3, 4, 5]])
    with pytest.warns(CompatWarning, match="Colon operands must be real scalars"):
        v = colon(2j, 4)
    np.testing.assert_array_equal(v, [[0, 1, 2, 3, 4]])


def test_colon_bad_input():
    with pytest.raises(TypeError, match="^colon: operands must be numeric"):
        colon(np.array(["x", "y"], dtype=object), 3)
    with pytest.raises(ValueError, match="^colon: Maximum variable size"):
        colon(0, 1e-300, 1)


def test_colon_does_not_modify_inputs():
    a = np.array([1.0, 2.0])
    colon(a, 0.5, 3)
    np.testing.assert_array_equal(a, [1.0, 2.0])


# --------------------------------------------------------------------------- linspace
def ref_linspace(x1, x2, n):
    """MATLAB's linspace.m for a finite difference, written out element by element."""
    n = math.floor(n)
    if n < 1:
        return []
    y = [x1 + (k * (x2 - x1)) / (n - 1) if n > 1 else x2 for k in range(n)]
    if x1 == x2:
        return [x1] * n
    y[0] = x1
    y[-1] = x2
    return y


def test_linspace_doc_example():
    # MATLAB reference page prints -5.0000 -3.3333 -1.6667 0 1.6667 3.3333 5.0000
    y = linspace(-5, 5, 7)
    np.testing.assert_allclose(y, [[-5, -3.3333, -1.6667, 0, 1.6667, 3.3333, 5]],
                               rtol=0, atol=0.5e-4)
    # complex example: 1+2i .. 10+10i, 8 points (printed to 4 decimals)
    z = linspace(1 + 2j, 10 + 10j, 8)
    want = [1 + 2j, 2.2857 + 3.1429j, 3.5714 + 4.2857j, 4.8571 + 5.4286j,
            6.1429 + 6.5714j, 7.4286 + 7.7143j, 8.7143 + 8.8571j, 10 + 10j]
    assert z.dtype == np.complex128
    np.testing.assert_allclose(z.real, [np.real(want)], rtol=0, atol=0.5e-4)
    np.testing.assert_allclose(z.imag, [np.imag(want)], rtol=0, atol=0.5e-4)


@settings(max_examples=300, deadline=None)
@given(x1=st.floats(-1e6, 1e6), x2=st.floats(-1e6, 1e6), n=st.integers(0, 60))
def test_linspace_matches_formula_and_exact_ends(x1, x2, n):
    y = linspace(x1, x2, n)
    want = ref_linspace(x1, x2, n)
    assert y.shape == (1, len(want))
    np.testing.assert_array_equal(y[0], want)
    if n >= 2:
        assert y[0, 0] == x1 and y[0, -1] == x2


def test_linspace_special_n():
    assert linspace(0, 1).shape == (1, 100)
    np.testing.assert_array_equal(linspace(3, 7, 1), [[7.0]])
    assert linspace(3, 7, 0).shape == (1, 0)
    assert linspace(3, 7, -4).shape == (1, 0)
    np.testing.assert_array_equal(linspace(0, 1, 2.9), [[0.0, 1.0]])
    assert np.isnan(linspace(0, 1, np.nan)).all() and linspace(0, 1, np.nan).shape == (1, 1)
    np.testing.assert_array_equal(linspace(5, 5, 3), [[5.0, 5.0, 5.0]])


def test_linspace_overflow_paths_stay_finite():
    y = linspace(-1e308, 1e308, 5)          # x2 - x1 overflows
    assert np.isfinite(y).all() and y[0, 2] == 0.0
    y = linspace(0, 1.7e308, 5)             # (x2-x1)*(n-2) overflows
    assert np.isfinite(y).all()
    np.testing.assert_allclose(y, [np.arange(5) * (1.7e308 / 4)], rtol=4 * EPS)


def test_linspace_single_and_errors():
    y = linspace(np.float32(0.25), 7.5, 9)
    assert y.dtype == np.float32 and y[0, -1] == np.float32(7.5)
    with pytest.raises(ValueError, match="^linspace: Inputs must be scalars"):
        linspace([0, 1], 2)
    with pytest.raises(TypeError, match="^linspace: X1 must be numeric"):
        linspace("a", 2)


# --------------------------------------------------------------------------- logspace
def test_logspace_values_and_pi_rule():
    np.testing.assert_allclose(logspace(0, 3, 4), [[1, 10, 100, 1000]], rtol=2 * EPS)
    y = logspace(0, np.pi, 5)
    assert y[0, -1] == pytest.approx(np.pi, rel=4 * EPS)
    assert y[0, 0] == 1.0
    ys = logspace(np.float32(0), np.float32(np.pi), 3)
    assert ys.dtype == np.float32 and abs(ys[0, -1] - np.float32(np.pi)) <= 2e-7 * 4
    assert logspace(1, 2).shape == (1, 50)
    assert logspace(1, 2, 0).shape == (1, 0)
    # no pi rule in numpy
    assert np.logspace(0, np.pi, 5)[-1] > 1000


# --------------------------------------------------------------------------- meshgrid / ndgrid
def test_meshgrid_and_ndgrid_layouts():
    x, y, z = np.arange(3.0), np.arange(10.0, 14.0), np.array([7.0, 8.0])
    X, Y = meshgrid(x, y)
    NX, NY = np.meshgrid(x, y)
    np.testing.assert_array_equal(X, NX)
    np.testing.assert_array_equal(Y, NY)
    X3, Y3, Z3 = meshgrid(x, y, z)
    assert X3.shape == (4, 3, 2)
    np.testing.assert_array_equal(X3[:, :, 1], NX)
    np.testing.assert_array_equal(Z3[0, 0], z)
    A, B = ndgrid(x, y)
    assert A.shape == (3, 4)
    np.testing.assert_array_equal(A, np.meshgrid(x, y, indexing="ij")[0])
    np.testing.assert_array_equal(B, np.meshgrid(x, y, indexing="ij")[1])
    X1, Y1 = meshgrid(x)
    np.testing.assert_array_equal(Y1, X1.T)
    G = ndgrid(x, nargout=3)
    assert len(G) == 3 and G[2].shape == (3, 3, 3)
    np.testing.assert_array_equal(ndgrid(x), x.reshape(-1, 1))
    assert meshgrid(x, y, nargout=1).shape == (4, 3)
    assert meshgrid(np.float32([1, 2]), [1.0])[0].dtype == np.float32


def test_grid_errors_and_no_mutation():
    x = np.array([[1.0, 2.0], [3.0, 4.0]])
    X, _ = meshgrid(x, [1, 2])
    np.testing.assert_array_equal(X, [[1, 3, 2, 4], [1, 3, 2, 4]])   # x(:)
    X[0, 0] = 99
    np.testing.assert_array_equal(x, [[1, 2], [3, 4]])
    with pytest.raises(ValueError, match="^meshgrid: nargout"):
        meshgrid(x, nargout=4)
    with pytest.raises(TypeError, match="^meshgrid: x must be numeric"):
        meshgrid(["a"], [1])
    with pytest.raises(TypeError, match="^ndgrid: Not enough input"):
        ndgrid()
    with pytest.raises(ValueError, match="^ndgrid: nargout"):
        ndgrid([1], [2], nargout=3)


# --------------------------------------------------------------------------- live Octave
OCTAVE_CASES = [
    ("linspace", (-3.7, 11.3, 37)), ("linspace", (0.0, 1.0, 10)), ("linspace", (1e5, -2.5, 64)),
    ("linspace", (-5.0, 5.0, 7)), ("linspace", (2.0, 2.0, 4)), ("linspace", (0.0, 1.0, 1)),
    ("logspace", (-2.0, 3.0, 11)), ("logspace", (0.0, float(np.pi), 6)),
    ("colon", (1.0, 1.0, 17.0)), ("colon", (-4.0, 3.0, 20.0)), ("colon", (0.0, 0.25, 3.0)),
    ("colon", (10.0, -0.5, 7.0)), ("colon", (5.0, 1.0, 1.0)),
]


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(11)
    cases = list(OCTAVE_CASES)
    for _ in range(20):
        a, b = rng.uniform(-100, 100, 2)
        cases.append(("linspace", (float(a), float(b), int(rng.integers(2, 200)))))
    results = run_octave_calls(
        [(f"{fn}(a(1), a(2), a(3))", {"a": np.array(args, dtype=float)}, 1)
         for fn, args in cases] +
        [("meshgrid(1:3, 10:13)", {}, 2), ("ndgrid(1:3, 10:13)", {}, 2)])
    assert not any(isinstance(r, Exception) for r in results), results
    for (fn, args), (want,) in zip(cases, results):
        got = {"linspace": linspace, "logspace": logspace, "colon": colon}[fn](*args)
        assert got.shape == want.shape, (fn, args)
        if fn == "colon":
            np.testing.assert_array_equal(got, want, err_msg=str(args))   # exact steps
        elif fn == "linspace":
            # divide-first vs multiply-first: each formula rounds k*(x2-x1)/(n-1)
            # (|.| <= |x2-x1|) and the sum with x1 once: eps*(|x2-x1| + max|x|) each
            tol = 2 * EPS * (abs(args[1] - args[0]) + max(abs(args[0]), abs(args[1])))
            np.testing.assert_allclose(got, want, rtol=0, atol=tol, err_msg=str(args))
            assert got[0, 0] == want[0, 0] and got[0, -1] == want[0, -1]
        else:
            # exponents differ by <= 2 ulps of |b| (linspace), times ln(10), plus pow
            np.testing.assert_allclose(got, want, rtol=2e-14, err_msg=str(args))
    (X0, Y0), (P0, Q0) = results[-2:]
    X, Y = meshgrid(np.arange(1, 4), np.arange(10, 14))
    np.testing.assert_array_equal(X, X0)
    np.testing.assert_array_equal(Y, Y0)
    P, Q = ndgrid(np.arange(1, 4), np.arange(10, 14))
    np.testing.assert_array_equal(P, P0)
    np.testing.assert_array_equal(Q, Q0)
