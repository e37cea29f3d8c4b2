"""Tests of compat.matlab reductions: sum, prod, cumsum, cumprod, mean, median, mode,
std, var, min, max, prctile, quantile (the reductions family).

Expected values come from MATLAB's documentation (printed examples), from plain
per-element reasoning written here, and from a live GNU Octave 7.3 run on random
inputs (one batched octave-cli call) where Octave agrees with MATLAB.

Tolerances: integer-valued data must match exactly (every sum/product/difference is
exact in double). Floating sums of n terms may differ from Octave's (another
summation order) by about n eps sum|x|; we use 4 n eps sum|x| per output (n <= 40
here). Percentiles interpolate between two sorted values: 4 eps |max|.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from oracles import run_octave_calls

from compat._core.matlab_types import matlab_class
from compat.matlab import (cumprod, cumsum, max, mean, median, min, mode, prctile, prod,
                           quantile, std, sum, var)
from compat.matlab.extrema import MinMaxResult
from compat.matlab.reductions import ModeResult, StdResult, VarResult

EPS = np.finfo(float).eps
RNG = np.random.default_rng(20260612)
nan = np.nan


# --------------------------------------------------------------------------- documentation
def test_doc_examples_sums():
    A = np.array([[1.0, 3, 2], [4, 2, 5], [6, 1, 4]])
    np.testing.assert_array_equal(sum(A), [[11, 6, 11]])
    np.testing.assert_array_equal(sum(A, 2), [[6], [11], [11]])
    assert sum(np.ones((4, 2, 3)), 3).shape == (4, 2)
    np.testing.assert_array_equal(sum(np.ones((4, 2, 3)), 3), np.full((4, 2), 3.0))
    s = sum(np.arange(1, 21).astype(np.int8))  # doc: double 210
    assert s == 210 and s.dtype == np.float64
    s = sum(np.arange(1, 21).astype(np.int8), "native")
    assert s == 127 and s.dtype == np.int8
    assert sum(np.arange(1.0, 11)) == 55
    assert sum(np.zeros((0, 0))).shape == (1, 1) and sum(np.zeros((0, 0)))[0, 0] == 0
    np.testing.assert_array_equal(sum(np.zeros((0, 3))), [[0, 0, 0]])
    np.testing.assert_array_equal(prod(A), [[24, 6, 40]])
    P = prod(np.array([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10]], np.int32), 2, "native")
    np.testing.assert_array_equal(P, [[120], [30240]]) ; assert P.dtype == np.int32
    np.testing.assert_array_equal(cumsum(np.arange(1.0, 6)), [1, 3, 6, 10, 15])
    np.testing.assert_array_equal(cumprod(np.arange(1.0, 6)), [1, 2, 6, 24, 120])
    B = np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]])
    np.testing.assert_array_equal(cumsum(B, 2, "reverse"), [[12, 11, 7], [15, 13, 8], [18, 15, 9]])
    np.testing.assert_array_equal(cumsum(B, "reverse"), [[6, 15, 24], [5, 11, 17], [3, 6, 9]])


def test_doc_examples_statistics():
    A = np.array([[0.0, 1, 1], [2, 3, 2], [1, 3, 2], [4, 2, 2]])
    np.testing.assert_array_equal(mean(A), [[1.75, 2.25, 1.75]])
    np.testing.assert_array_equal(median(A), [[1.5, 2.5, 2]])
    np.testing.assert_array_equal(mode(np.array([[3.0, 3, 1, 4], [0, 0, 1, 1], [0, 1, 2, 4]])),
                                  [[0, 0, 1, 4]])
    np.testing.assert_allclose(var(np.array([[4.0, -7, 3], [1, 4, -2], [10, 7, 9]])),
                               [[21, 54.3333, 30.3333]], atol=0.5e-4)
    np.testing.assert_allclose(var(np.array([[5.0, -4, 6], [2, 3, 9], [-1, 1, 2]]), [0.5, 0.25, 0.25]),
                               [[6.1875, 9.5, 6.1875]], atol=0.5e-4)
    V = np.array([[4.0, -2, 1], [9, 5, 7]])
    np.testing.assert_array_equal(var(V, 0, 1), [[12.5, 24.5, 18]])
    np.testing.assert_array_equal(var(V, 0, 2), [[9], [4]])
    np.testing.assert_allclose(std(np.array([[4.0, -5, 1], [2, 3, 5], [-9, 1, 7]])),
                               [[7.0, 4.1633, 3.0551]], atol=0.5e-4)
    assert var(5.0) == 0 and np.isnan(var(np.zeros((0, 0)))[0, 0])
    np.testing.assert_array_equal(max(np.array([[2.0, 8, 4], [7, 3, 9]])), [[7, 8, 9]])
    np.testing.assert_array_equal(min(np.array([[2.0, 8, 4], [7, 3, 9]])), [[2, 3, 4]])


def test_doc_examples_percentiles():
    # MATLAB Answers 1861198 (MATLAB print-out) and "Quantiles and Percentiles"
    np.testing.assert_array_equal(prctile(np.arange(1.0, 6), [0, 10, 30, 50, 70, 90, 100]),
                                  [1, 1, 2, 3, 4, 5, 5])
    np.testing.assert_allclose(prctile(np.arange(1.0, 6), [20, 40, 60, 80, 100]),
                               [1.5, 2.5, 3.5, 4.5, 5], rtol=4 * EPS)
    np.testing.assert_allclose(prctile(np.arange(1.0, 10), [25, 50, 75]), [2.75, 5, 7.25], rtol=4 * EPS)
    np.testing.assert_array_equal(quantile(np.array([2.0, 10, 5, 9, 13]), [0.1, 0.3, 0.5, 0.7, 0.9]),
                                  [2, 5, 9, 10, 13])
    # numpy's default is not MATLAB's
    assert np.percentile(np.arange(1.0, 6), 20) != prctile(np.arange(1.0, 6), 20)


# --------------------------------------------------------------------------- rules
def test_default_dim_dim_beyond_all_vecdim():
    A = RNG.integers(-9, 10, (3, 4, 2)).astype(float)
    np.testing.assert_array_equal(sum(A), A.sum(axis=0, keepdims=True))
    np.testing.assert_array_equal(sum(A, 3), A.sum(axis=2))
    np.testing.assert_array_equal(sum(A, 5), A)                       # trailing singleton
    np.testing.assert_array_equal(sum(A, "all"), [[A.sum()]])
    np.testing.assert_array_equal(sum(A, [1, 3]), A.sum(axis=(0, 2), keepdims=True)[:, :, 0])
    row = np.array([[1.0, 2, 3]])
    np.testing.assert_array_equal(sum(row), [[6]])                     # row: along dim 2
    assert sum(np.array([1.0, 2, 3])) == 6                             # 1-D: numpy scalar
    np.testing.assert_array_equal(sum(np.array([1.0, 2]), 2), [1, 2])


def test_nan_rules():
    x = np.array([1.0, nan, 3])
    assert np.isnan(sum(x)) and sum(x, "omitnan") == 4 and sum(x, "omitmissing") == 4
    assert mean(x, "omitnan") == 2 and np.isnan(mean(x, "includenan"))
    assert prod(x, "omitnan") == 3
    np.testing.assert_array_equal(cumsum(x, "omitnan"), [1, 1, 4])
    assert np.isnan(median(x)) and median(x, "omitnan") == 2
    assert max(x) == 3 and min(x) == 1                                 # NaN ignored by default
    assert np.isnan(max(x, [], "includenan"))
    M, I = max(np.array([nan, nan]), nargout=2)
    assert np.isnan(M) and I == 1
    np.testing.assert_array_equal(max(np.array([1.0, nan]), np.array([nan, nan])), [1, nan])
    assert mode(np.array([nan, nan, 1.0])) == 1
    assert std(np.array([1.0, 3, nan]), 0, "omitnan") == np.sqrt(2)
    assert prctile(np.array([1.0, 2, nan, 4, 5]), 50) == 3


def test_integer_and_logical_classes():
    i8 = np.array([100, 100, -100], np.int8)
    assert sum(i8).dtype == np.float64 and sum(i8) == 100
    assert sum(i8, "native") == 27                                     # stepwise saturation
    assert sum(i8, "double") == 100
    np.testing.assert_array_equal(cumsum(i8), np.array([100, 127, 27], np.int8))
    assert cumsum(i8).dtype == np.int8
    assert prod(np.array([100, 2], np.int8), "native") == 127
    assert sum(np.array([True, True])) == 2
    assert sum(np.array([True, True]), "native") == np.True_
    assert mean(np.array([1, 2], np.int8)).dtype == np.float64
    m = mean(np.array([1, 2], np.int8), "native")
    assert m == 2 and m.dtype == np.int8
    assert median(np.array([127, 127], np.int8)) == 127               # Octave: 64
    assert median(np.array([-3, -2], np.int8)) == -3
    assert max(np.int8(5), 7.6) == 8 and max(np.int8(5), 7.6).dtype == np.int8
    assert mode(np.array([3, 3, 1], np.int16)).dtype == np.int16
    big = np.array([2**62, 2**62], np.int64)
    assert sum(big, "native") == np.iinfo(np.int64).max


def test_single_stays_single():
    a = RNG.standard_normal((5, 4)).astype(np.float32)
    for f in (sum, prod, mean, median, std, var, cumsum, cumprod, max, min):
        assert f(a).dtype == np.float32, f.__name__
    assert sum(a, "double").dtype == np.float64
    assert prctile(a, 50).dtype == np.float32


def test_minmax_index_forms_and_complex():
    A = np.array([[3.0, nan, 5], [7, 1, nan]])
    M, I = max(A, nargout=2)
    np.testing.assert_array_equal(M, [[7, 1, 5]])
    np.testing.assert_array_equal(I, [[2, 2, 1]])
    B = np.array([[1.0, 5], [7, 2]])
    M, I = max(B, [], "all", nargout=2)
    assert M[0, 0] == 7 and I[0, 0] == 2                               # column-major linear
    M, I = min(B, [], 2, "linear", nargout=2)
    np.testing.assert_array_equal(I, [[1], [4]])
    z = np.array([1 + 1j, -1 - 1j, 1.4])
    assert max(z) == 1 + 1j and min(z) == 1.4
    assert max(np.array([-2.0, 2.0]), [], "ComparisonMethod", "abs") == -2
    assert max(np.array([1 + 5j, 2 + 0j]), [], comparisonmethod="real") == 2
    with pytest.raises(ValueError, match="^max: MAX with two matrices"):
        max(B, B, nargout=2)


def test_mode_outputs():
    M, F, C = mode(np.array([[1.0, 2, 2, 3, 3], [4, 4, 4, 5, 5]]), 2, nargout=3)
    np.testing.assert_array_equal(M, [[2], [4]])
    np.testing.assert_array_equal(F, [[2], [3]])
    np.testing.assert_array_equal(C[0, 0], [[2], [3]])
    np.testing.assert_array_equal(C[1, 0], [[4]])
    assert np.isnan(mode(np.zeros((0, 0)))[0, 0])


def test_var_weights_and_mean_output():
    A = RNG.standard_normal((6, 3))
    w = RNG.uniform(0.1, 1, 6)
    V, Mu = var(A, w, nargout=2)
    mu = (w[:, None] * A).sum(0) / w.sum()
    np.testing.assert_allclose(Mu[0], mu, rtol=1e-14)
    np.testing.assert_allclose(V[0], (w[:, None] * (A - mu) ** 2).sum(0) / w.sum(), rtol=1e-13)
    np.testing.assert_allclose(var(A, 1)[0], np.var(A, axis=0), rtol=1e-13)
    np.testing.assert_allclose(std(A)[0], np.std(A, axis=0, ddof=1), rtol=1e-13)
    with pytest.raises(TypeError, match="^var: input must be double or single, not int8"):
        var(np.array([1, 2], np.int8))


@pytest.mark.parametrize("call, cls, fields", [
    (lambda: max(np.array([[1.0, 3], [2, 0]]), nargout=2), MinMaxResult, ("M", "I")),
    (lambda: min(np.array([1.0, 3, 0]), nargout=2), MinMaxResult, ("M", "I")),
    (lambda: mode(np.array([1.0, 3, 3]), nargout=2), ModeResult, ("M", "F")),
    (lambda: mode(np.array([[1.0, 3], [3, 1]]), nargout=3), ModeResult, ("M", "F", "C")),
    (lambda: var(np.array([1.0, 3, 4]), nargout=2), VarResult, ("V", "M")),
    (lambda: std(np.array([1.0, 3, 4]), nargout=2), StdResult, ("S", "M")),
])
def test_multi_output_results_are_declared_and_pickle(call, cls, fields):
    out = call()
    assert type(out) is cls and out._fields == fields and len(out) == len(fields)
    back = pickle.loads(pickle.dumps(out))
    assert type(back) is cls and back._fields == fields
    M, I = max(np.array([1.0, 3, 0]), nargout=2)   # unpacks like the MATLAB call
    assert (M, I) == (3.0, 2.0) and max(np.array([1.0, 3, 0]), nargout=2).I == 2.0


def test_python_literals_are_double():
    # a Python list is a MATLAB literal, i.e. double (matlab_types.matlab_array)
    assert max([3, 1, 2]) == 3 and isinstance(max([3, 1, 2]), np.float64)
    assert median([1, 2]) == 1.5          # an int64 array would round to 2
    assert cumsum([1, 2, 3]).dtype == np.float64


# --------------------------------------------------------------------------- properties
@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, hnp.array_shapes(min_dims=2, max_dims=3, max_side=5),
                  elements=st.integers(-50, 50).map(float)))
def test_property_integer_valued_exact(A):
    # integer-valued data: every sum is exact, so any order gives the same numbers
    for d in (1, 2, 3):
        want = np.sum(A.reshape(A.shape + (1,) * (3 - A.ndim)), axis=d - 1, keepdims=True)
        got = np.asarray(sum(A, d))
        np.testing.assert_array_equal(got.reshape(want.shape), want)
        c = cumsum(A, d)
        np.testing.assert_array_equal(np.take(c.reshape(A.shape + (1,) * (3 - A.ndim)), [-1], axis=d - 1),
                                      want)
    assert np.asarray(max(A, [], "all")).item() == A.max()
    M, I = min(A, [], 1, nargout=2)
    picked = np.take_along_axis(A, I.reshape((1,) + A.shape[1:]).astype(int) - 1, 0)
    np.testing.assert_array_equal(picked.reshape(M.shape), M)
    assert np.all(A.reshape(A.shape[0], -1)[:np.newaxis].min(axis=0) == M.ravel())


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, st.integers(1, 30), elements=st.floats(-1e6, 1e6)),
       st.floats(0, 100))
def test_property_prctile_bounds_monotone(x, p):
    v = prctile(x, p)
    assert x.min() <= v <= x.max()
    assert prctile(x, min(p + 1, 100)) >= v


# --------------------------------------------------------------------------- hygiene
def test_no_mutation():
    A = RNG.standard_normal((4, 5))
    A[1, 2] = nan
    keep = A.copy()
    for f, extra in [(sum, ()), (mean, ("omitnan",)), (median, ("omitnan",)), (cumsum, ("omitnan",)),
                     (max, ()), (std, ()), (prctile, (50,)), (mode, ()), (prod, ("omitnan",))]:
        f(A, *extra)
        np.testing.assert_array_equal(A, keep)


@pytest.mark.parametrize("call, exc, msg", [
    (lambda: sum(np.ones(3), "bogus"), ValueError, "^sum: unknown option 'bogus'"),
    (lambda: sum(np.ones(3), 0), ValueError, "^sum: dimension argument must be a positive"),
    (lambda: sum(np.ones(3), 1.5), ValueError, "^sum: dimension argument must be a positive"),
    (lambda: mean("abc"), TypeError, "^mean: input must be numeric or logical, not text"),
    (lambda: median(np.array(["a"], dtype=object)), TypeError, "^median: input must be numeric"),
    (lambda: sum(np.ones(3), [1, 1]), ValueError, "^sum: vecdim must not repeat"),
    (lambda: sum(np.ones(3), "omitnan", "includenan"), ValueError, "^sum: nanflag given more"),
    (lambda: cumsum(np.ones(3), "forward", "reverse"), ValueError, "^cumsum: give only one"),
    (lambda: var(np.ones((3, 2)), [1, 2]), ValueError, "^var: weight vector length 2"),
    (lambda: var(np.ones(3), -1.0), ValueError, "^var: weights must be nonnegative"),
    (lambda: std(np.ones(3), 0, 1, nargout=3), ValueError, "^std: nargout must be"),
    (lambda: prctile(np.ones(3), 120), ValueError, "^prctile: p must hold values between 0 and 100"),
    (lambda: quantile(np.ones(3), -0.1), ValueError, "^quantile: p must hold values between 0 and 1"),
    (lambda: prctile(np.ones(3), 50, "Method", "approximate"), ValueError, "^prctile: Method 'approximate'"),
    (lambda: prctile(np.ones(3, np.int8), 50), TypeError, "^prctile: input must be double or single, not int8"),
    (lambda: max(np.ones(3), [], "ComparisonMethod", "bad"), ValueError, "^max: ComparisonMethod"),
    (lambda: max(np.ones(3), np.ones(4)), ValueError, "^max: arrays have incompatible sizes"),
    (lambda: min(np.ones(3, np.int8), np.ones(3, np.int16)), TypeError, "^min: Integers can only"),
    (lambda: mode(np.ones(3), nargout=4), ValueError, "^mode: nargout must be"),
])
def test_bad_input(call, exc, msg):
    with pytest.raises(exc, match=msg):
        call()


# --------------------------------------------------------------------------- live Octave
def _cases():
    """(octave call, nargout, python callable, inputs); inputs with NaN only where
    Octave's NaN rules agree with MATLAB's (max/min, median, mean, prctile/quantile)."""
    r = np.random.default_rng(11)
    ints = lambda *s: r.integers(-9, 10, s).astype(float)          # noqa: E731
    flt = lambda *s: r.standard_normal(s)                          # noqa: E731
    withnan = flt(9, 7)
    withnan[r.random((9, 7)) < 0.15] = nan
    cases = []
    for name, A in [("ints", ints(8, 6)), ("flt", flt(7, 5)), ("row", flt(1, 12)),
                    ("three", flt(4, 3, 5))]:
        for call, nout, fn in [
            ("sum(A)", 1, lambda A: sum(A)), ("sum(A, 2)", 1, lambda A: sum(A, 2)),
            ("prod(A)", 1, lambda A: prod(A)), ("cumsum(A, 2)", 1, lambda A: cumsum(A, 2)),
            ("cumprod(A)", 1, lambda A: cumprod(A)), ("mean(A)", 1, lambda A: mean(A)),
            ("mean(A, 2)", 1, lambda A: mean(A, 2)), ("median(A)", 1, lambda A: median(A)),
            ("median(A, 2)", 1, lambda A: median(A, 2)), ("std(A)", 1, lambda A: std(A)),
            ("std(A, 1, 2)", 1, lambda A: std(A, 1, 2)), ("var(A)", 1, lambda A: var(A)),
            ("var(A, 0, 3)", 1, lambda A: var(A, 0, 3)),
            ("max(A)", 2, lambda A: max(A, nargout=2)), ("min(A, [], 2)", 2, lambda A: min(A, [], 2, nargout=2)),
            ("prctile(A, [0 5 25 50 75 95 100])", 1, lambda A: prctile(A, [0, 5, 25, 50, 75, 95, 100])),
            ("quantile(A, [0.1 0.5 0.9], 2)", 1, lambda A: quantile(A, [0.1, 0.5, 0.9], 2)),
        ]:
            if name == "row" and call.startswith(("prctile", "quantile")):
                continue  # vector orientation: Octave follows p (see prctile docstring)
            cases.append((call, nout, fn, {"A": A}))
    mi = r.integers(0, 4, (10, 6)).astype(float)
    cases.append(("mode(A)", 2, lambda A: mode(A, nargout=2), {"A": mi}))
    cases.append(("mode(A, 2)", 2, lambda A: mode(A, 2, nargout=2), {"A": mi}))
    for call, nout, fn in [
        ("max(A)", 2, lambda A: max(A, nargout=2)), ("min(A, [], 2)", 2, lambda A: min(A, [], 2, nargout=2)),
        ("median(A)", 1, lambda A: median(A)), ("prctile(A, [10 50 90])", 1, lambda A: prctile(A, [10, 50, 90])),
        ("quantile(A, [0.2 0.7])", 1, lambda A: quantile(A, [0.2, 0.7])), ("mean(A)", 1, lambda A: mean(A)),
    ]:
        cases.append((call, nout, fn, {"A": withnan}))
    B = flt(9, 7)
    B[r.random((9, 7)) < 0.2] = nan
    cases.append(("max(A, B)", 1, lambda A, B: max(A, B), {"A": withnan, "B": B}))
    cases.append(("min(A, B)", 1, lambda A, B: min(A, B), {"A": withnan, "B": B}))
    z = flt(6, 4) + 1j * flt(6, 4)
    z[0, 0], z[1, 0] = 1 + 1j, -1 - 1j
    cases.append(("max(A)", 2, lambda A: max(A, nargout=2), {"A": z}))
    cases.append(("min(A, [], 2)", 2, lambda A: min(A, [], 2, nargout=2), {"A": z}))
    for dt in (np.int8, np.uint8, np.int16):
        Ai = r.integers(0 if dt == np.uint8 else -100, 100, (7, 5)).astype(dt)
        cases.append(("sum(A)", 1, lambda A: sum(A), {"A": Ai}))
        cases.append(("sum(A, 'native')", 1, lambda A: sum(A, "native"), {"A": Ai}))
        cases.append(("max(A, [], 2)", 2, lambda A: max(A, [], 2, nargout=2), {"A": Ai}))
        cases.append(("median(A)", 1, lambda A: median(A), {"A": (Ai // 2).astype(dt)}))
        cases.append(("mean(A)", 1, lambda A: mean(A), {"A": Ai}))
    return cases


@pytest.mark.octave
def test_against_octave():
    check_against_octave(_cases())


def check_against_octave(cases):
    """Run ``(octave call, nargout, python callable, inputs)`` cases in one Octave and
    check compat's outputs: sizes and MATLAB classes identical, values within the
    tolerances of the module docstring (exact for integer-class results and indices)."""
    results = run_octave_calls([(call, args, nout) for call, nout, _fn, args in cases])
    worst = 0.0
    for (call, nout, fn, args), want in zip(cases, results):
        assert not isinstance(want, Exception), (call, want)
        got = fn(**args)
        got = got if nout > 1 else (got,)
        scale = np.nanmax(np.abs(np.asarray(args[next(iter(args))], complex))) or 1.0
        n = np.asarray(args[next(iter(args))]).size
        for k in range(nout):
            g, w = np.asarray(got[k]), want[k]
            g2 = g if g.ndim >= 2 else g.reshape(1, -1) if g.ndim == 1 else g.reshape(1, 1)
            assert g2.shape == w.shape, (call, k, g2.shape, w.shape)
            np.testing.assert_array_equal(np.isnan(g2.astype(complex)),
                                          np.isnan(w.astype(complex)), err_msg=call)
            fin = ~np.isnan(w.astype(complex))
            if g.dtype.kind in "iub" or (k == 1 and call.startswith(("max", "min", "mode"))):
                np.testing.assert_array_equal(g2[fin], w[fin], err_msg=call)
                continue
            # n-term sums in another order: 4 n eps * (scale of the data)^(power)
            if call.startswith(("prod", "cumprod")):
                tol = 4 * n * EPS * np.abs(w[fin])
            else:
                tol = 4 * n * EPS * scale ** (2 if call.startswith("var") else 1)
            err = np.abs(g2[fin] - w[fin])
            assert np.all(err <= tol + 1e-300), (call, k, err.max())
            if err.size:
                worst = np.maximum(worst, float((err / np.maximum(scale, 1e-300)).max() / EPS))
        assert matlab_class(got[0]) == matlab_class(want[0]), \
            (call, matlab_class(got[0]), matlab_class(want[0]))
    print(f"\n{len(cases)} Octave cases; worst error {worst:.2f} eps * max|input|")
