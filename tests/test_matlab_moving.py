"""Tests of compat.matlab.movmean, movsum, movmedian, movmax, movmin, movstd, movvar,
movprod (and compat._core.moving).

The reference ``ref_mov`` below is a deliberately plain per-point loop written from
MATLAB's documentation: window ``t(i) - k/2 <= t(j) < t(i) + k/2`` for a scalar ``k``
(``kb = floor(k/2)`` back, ``ceil(k/2) - 1`` forward on the default sample points),
``t(i) - kb <= t(j) <= t(i) + kf`` for ``[kb kf]``; 'shrink' uses the existing points,
'discard' keeps complete windows only, 'fill'/value substitute NaN/the value for the
missing elements; 'omitnan' drops NaN before the statistic (empty sum 0, empty
product 1, otherwise NaN).

Tolerances: max/min/median pick (or average two) input values and must match
exactly. Sums: compat's dyadic decomposition and numpy's pairwise sum both have an
error below about ``(log2(k) + 2) eps sum|x|`` over the window, so they are compared
with ``4 (log2(k) + 2) eps sum|x|``. Means divide that by the count (one more
rounding). Products: a product of ``k`` factors in any order is within ``2 k eps`` in
relative terms. Variances: Chan's pairwise update and numpy's two-pass ``var`` are both
backward stable; the difference is bounded by ``c k eps (var + mean^2)`` in the worst
case (a sum of squares of the centred data, computed in different orders around
slightly different means); ``64 k eps (|var| + mean^2)`` is used.
"""

from __future__ import annotations

import math
import os
import tempfile

import numpy as np
import pytest
import scipy.io
from hypothesis import given, settings
from hypothesis import strategies as st

from compat.matlab import (movmax, movmean, movmedian, movmin, movprod, movstd, movsum,
                           movvar)

FUNCS = {"movmean": movmean, "movsum": movsum, "movmedian": movmedian, "movmax": movmax,
         "movmin": movmin, "movstd": movstd, "movvar": movvar, "movprod": movprod}
EPS = np.finfo(float).eps
RNG = np.random.default_rng(20260611)
DOC_A = [4, 8, 6, -1, -2, -3, -1, 3, 4, 5]
DOC_N = [4, 8, np.nan, -1, -2, -3, np.nan, 3, 4, 5]


# --------------------------------------------------------------------------- reference
def _stat(name, vals, omit, w):
    with np.errstate(invalid="ignore", over="ignore"):  # Inf - Inf in the reference
        return _stat_plain(name, vals, omit, w)


def _stat_plain(name, vals, omit, w):
    vals = [float(v) for v in vals]
    if omit:
        vals = [v for v in vals if not math.isnan(v)]
    if name == "movsum":
        return float(np.sum(vals)) if vals else 0.0
    if name == "movprod":
        return float(np.prod(vals)) if vals else 1.0
    if not vals:
        return math.nan
    if name == "movmean":
        return float(np.mean(vals))
    if name == "movmedian":
        return float(np.median(vals))
    if name in ("movmax", "movmin"):
        if any(math.isnan(v) for v in vals):
            return math.nan
        return max(vals) if name == "movmax" else min(vals)
    if name in ("movvar", "movstd"):
        if len(vals) == 1:
            v = 0.0 if math.isfinite(vals[0]) else math.nan
        else:
            with np.errstate(invalid="ignore"):
                v = float(np.var(vals, ddof=0 if w == 1 else 1))
        return math.sqrt(v) if name == "movstd" and not math.isnan(v) else v
    raise AssertionError(name)


def ref_line(name, x, k, omit=None, endpoints="shrink", t=None, w=0):
    """Per-point loop over one line, from MATLAB's documented window definition."""
    if omit is None:
        omit = name in ("movmax", "movmin")
    n = len(x)
    t = np.arange(1.0, n + 1) if t is None else np.asarray(t, float)
    k = np.asarray(k, float).ravel()
    out = []
    for i in range(n):
        if k.size == 1:
            idx = [j for j in range(n) if t[i] - k[0] / 2 <= t[j] < t[i] + k[0] / 2]
            kb, kf = math.floor(k[0] / 2), math.ceil(k[0] / 2) - 1
        else:
            idx = [j for j in range(n) if t[i] - k[0] <= t[j] <= t[i] + k[1]]
            kb, kf = int(k[0]), int(k[1])
        missing = max(0, kb - i) + max(0, i + kf - (n - 1))
        if endpoints == "discard":
            if missing:
                continue
            vals = [x[j] for j in idx]
        elif endpoints == "shrink":
            vals = [x[j] for j in idx]
        else:
            c = math.nan if endpoints == "fill" else float(endpoints)
            vals = [x[j] for j in idx] + [c] * missing
        out.append(_stat(name, vals, omit, w))
    return np.array(out)


def ref_mov(name, A, k, dim=None, **kw):
    A = np.asarray(A, dtype=float)
    if dim is None:
        dim = next((d + 1 for d, s in enumerate(A.shape) if s != 1), 1)
    moved = np.moveaxis(A, dim - 1, -1)
    lines = [ref_line(name, line, k, **kw) for line in moved.reshape(-1, moved.shape[-1])]
    res = np.array(lines).reshape(moved.shape[:-1] + (len(lines[0]),))
    return np.moveaxis(res, -1, dim - 1)


def sum_bound(name, A, k, dim=None, **kw):
    """4 (log2(k)+2) eps * windowed sum of |A| (the window sum of |x|, via the reference)."""
    absA = np.abs(np.nan_to_num(np.asarray(A, float), nan=0.0, posinf=0, neginf=0))
    kw = dict(kw)
    if kw.get("endpoints") not in (None, "shrink", "discard", "fill"):
        kw["endpoints"] = abs(float(kw["endpoints"]))
    if kw.get("endpoints") == "fill":
        kw["endpoints"] = 0.0
    kw.pop("omit", None)
    S = ref_mov("movsum", absA, k, dim, **kw)
    W = float(np.sum(np.asarray(k, float).ravel()) + 1)
    return 4 * (math.log2(max(W, 2)) + 2) * EPS * S


def assert_matches(name, got, want, A, k, dim=None, **kw):
    got = np.asarray(got, dtype=float)
    assert got.shape == want.shape, (got.shape, want.shape)
    np.testing.assert_array_equal(np.isnan(got), np.isnan(want), err_msg=name)
    fin = ~np.isnan(want)
    if name in ("movmax", "movmin", "movmedian"):
        np.testing.assert_array_equal(got[fin], want[fin], err_msg=name)
        return
    if name in ("movsum", "movmean"):
        tol = sum_bound(name, A, k, dim, **kw)
        if name == "movmean":
            tol = tol / 1.0 + 2 * EPS * np.abs(want)
        with np.errstate(invalid="ignore"):  # Inf - Inf where both are Inf
            bad = np.abs(got - want)[fin] > tol[fin] + 1e-300
        assert not bad.any(), (name, np.abs(got - want)[fin].max())
        return
    if name == "movprod":
        W = float(np.sum(np.asarray(k, float).ravel()) + 1)
        np.testing.assert_allclose(got[fin], want[fin], rtol=4 * W * EPS, atol=0)
        return
    # variance / std: 64 k eps (|var| + mean^2)
    W = float(np.sum(np.asarray(k, float).ravel()) + 1)
    kwm = {kk: v for kk, v in kw.items() if kk != "w"}
    mean = ref_mov("movmean", A, k, dim, **kwm)
    scale = np.abs(want if name == "movvar" else want ** 2) + np.nan_to_num(mean) ** 2
    err = np.abs(got ** (1 if name == "movvar" else 2) - want ** (1 if name == "movvar" else 2))
    assert (err[fin] <= 64 * W * EPS * scale[fin] + 1e-300).all(), (name, err[fin].max())


# --------------------------------------------------------------------------- documentation
def test_doc_examples_movmean():
    # MATLAB documentation of movmean (printed to 4 decimals)
    np.testing.assert_allclose(movmean(DOC_A, 3), [6, 6, 4.3333, 1, -2, -2, -0.3333, 2, 4, 4.5],
                               atol=0.5e-4)
    np.testing.assert_allclose(movmean(DOC_A, [2, 0]),
                               [4, 6, 6, 4.3333, 1, -2, -2, -0.3333, 2, 4], atol=0.5e-4)
    M = np.array([[4.0, 8, 6], [-1, -2, -3], [-1, 3, 4]])
    np.testing.assert_allclose(movmean(M, 3, 2), [[6, 6, 7], [-1.5, -2, -2.5], [1, 2, 3.5]])
    np.testing.assert_array_equal(movmean(DOC_N, 3),
                                  [6, np.nan, np.nan, np.nan, -2, np.nan, np.nan, np.nan, 4, 4.5])
    np.testing.assert_allclose(movmean(DOC_N, 3, "omitnan"),
                               [6, 6, 3.5, -1.5, -2, -2.5, 0, 3.5, 4, 4.5])
    # "movmean(A, 4)" from MATLAB Answers 2157615 (print-out of MATLAB)
    np.testing.assert_allclose(movmean(DOC_A, 4), [6, 6, 4.25, 2.75, 0, -1.75, -0.75, 0.75, 2.75, 4])
    np.testing.assert_allclose(movmean(DOC_A, 2), [4, 6, 7, 2.5, -1.5, -2.5, -2, 1, 3.5, 4.5])
    # Sample points: A over hours(0:5), k = hours(3)
    np.testing.assert_allclose(movmean([4, 8, 6, -1, -2, -3], 3, "SamplePoints", np.arange(6.0)),
                               [6, 6, 4.3333, 1, -2, -2.5], atol=0.5e-4)


def test_doc_examples_other_functions():
    np.testing.assert_array_equal(movsum(DOC_A, 3), [12, 18, 13, 3, -6, -6, -1, 6, 12, 9])
    np.testing.assert_array_equal(movsum(DOC_A, [2, 0]), [4, 12, 18, 13, 3, -6, -6, -1, 6, 12])
    np.testing.assert_array_equal(movsum(DOC_N, 3, "omitnan"), [12, 12, 7, -3, -6, -5, 0, 7, 12, 9])
    np.testing.assert_array_equal(movsum([4, 8, 6, -1, -2, -3], 3, SamplePoints=np.arange(6.0)),
                                  [12, 18, 13, 3, -6, -5])
    np.testing.assert_array_equal(movsum(DOC_A, 3, "Endpoints", "discard"), [18, 13, 3, -6, -6, -1, 6, 12])
    np.testing.assert_array_equal(movmax(DOC_A, 3), [8, 8, 8, 6, -1, -1, 3, 4, 5, 5])
    np.testing.assert_array_equal(movmax(DOC_A, [2, 0]), [4, 8, 8, 8, 6, -1, -1, 3, 4, 5])
    np.testing.assert_array_equal(movmax(DOC_N, 3), [8, 8, 8, -1, -1, -2, 3, 4, 5, 5])
    np.testing.assert_array_equal(movmax(DOC_N, 3, "includenan"),
                                  [8, np.nan, np.nan, np.nan, -1, np.nan, np.nan, np.nan, 5, 5])
    np.testing.assert_array_equal(movmax([4, 8, 6, -1, -2, -3], 3, "SamplePoints", np.arange(6.0)),
                                  [8, 8, 8, 6, -1, -2])
    np.testing.assert_array_equal(movmax(DOC_A, 3, "Endpoints", "discard"), [8, 8, 6, -1, -1, 3, 4, 5])
    np.testing.assert_array_equal(movmedian(DOC_A, 3), [6, 6, 6, -1, -2, -2, -1, 3, 4, 4.5])
    np.testing.assert_array_equal(movmedian(DOC_A, [2, 0]), [4, 6, 6, 6, -1, -2, -2, -1, 3, 4])
    M = np.array([[4.0, 8, 6], [-1, -2, -3], [-1, 3, 4]])
    np.testing.assert_array_equal(movmedian(M, 3, 2), [[6, 6, 7], [-1.5, -2, -2.5], [1, 3, 3.5]])
    np.testing.assert_array_equal(movmedian(DOC_N, 3, "omitnan"), [6, 6, 3.5, -1.5, -2, -2.5, 0, 3.5, 4, 4.5])
    np.testing.assert_allclose(movvar(DOC_A, 3), [8, 4, 22.3333, 19, 1, 1, 9.3333, 7, 1, 0.5], atol=0.5e-4)
    np.testing.assert_allclose(movvar(DOC_A, [2, 0]), [0, 8, 4, 22.3333, 19, 1, 1, 9.3333, 7, 1], atol=0.5e-4)
    np.testing.assert_allclose(movvar(DOC_A, 3, 1)[:9],
                               [4, 2.6667, 14.8889, 12.6667, 0.6667, 0.6667, 6.2222, 4.6667, 0.6667],
                               atol=0.5e-4)


def test_even_window_is_current_and_previous():
    np.testing.assert_array_equal(movsum([1.0, 2, 3, 4], 2), [1, 3, 5, 7])
    np.testing.assert_array_equal(movsum(np.arange(1.0, 8), 4), [3, 6, 10, 14, 18, 22, 18])


# --------------------------------------------------------------------------- reference checks
CASES = [
    (3, {}), (4, {}), (1, {}), ([2, 0], {}), ([0, 3], {}), ([1, 2], {}), (20, {}),
    (5, {"endpoints": "discard"}), (4, {"endpoints": "discard"}), (12, {"endpoints": "discard"}),
    (5, {"endpoints": "fill"}), ([2, 1], {"endpoints": "fill"}), (3, {"endpoints": 2.5}),
    (4, {"endpoints": -7.0}), (2.5, {}), ([1.5, 0.5], {}),
]


@pytest.mark.parametrize("name", list(FUNCS))
@pytest.mark.parametrize("k, kw", CASES, ids=str)
def test_against_reference_random(name, k, kw):
    A = RNG.standard_normal((13, 3))
    opts = {"Endpoints": kw["endpoints"]} if "endpoints" in kw else {}
    got = FUNCS[name](A, k, **opts)
    want = ref_mov(name, A, k, **kw)
    assert_matches(name, got, want, A, k, **kw)


@pytest.mark.parametrize("name", list(FUNCS))
@pytest.mark.parametrize("omit", [False, True])
@pytest.mark.parametrize("endpoints", ["shrink", "fill", "discard", 1.5])
def test_nan_and_inf_against_reference(name, omit, endpoints):
    A = RNG.standard_normal((17, 2))
    A[RNG.random(A.shape) < 0.25] = np.nan
    A[3, 0] = np.inf
    A[9, 1] = -np.inf
    A[10, 1] = np.inf
    A[14:17, 0] = np.nan  # an all-NaN window
    for k in (3, 4, [2, 1]):
        got = FUNCS[name](A, k, "omitnan" if omit else "includenan", "Endpoints", endpoints)
        want = ref_mov(name, A, k, omit=omit, endpoints=endpoints)
        assert_matches(name, got, want, np.where(np.isinf(A), 0, A), k,
                       endpoints=endpoints, omit=omit)
        np.testing.assert_array_equal(np.isposinf(got), np.isposinf(want))


@pytest.mark.parametrize("name", list(FUNCS))
def test_sample_points_nonuniform(name):
    t = np.cumsum(RNG.uniform(0.1, 2.0, 25))
    A = RNG.standard_normal(25)
    for k in (1.0, 2.5, 3.7, [1.2, 0.4], [0, 2.0]):
        got = FUNCS[name](A, k, "SamplePoints", t)
        want = ref_mov(name, A, k, t=t)
        assert_matches(name, got, want, A, k)  # bound uses index windows: generous


def test_sample_points_uniform_endpoints_and_default_equivalence():
    A = RNG.standard_normal(15)
    t = 10.0 + 0.5 * np.arange(15)
    # The sample-point windows are the index windows, but their sums may be formed in
    # another order: rtol=1e-15 on the result failed where a window sum cancels
    # (COMPAT_RESEED_SHIFT=4242: movmean of -0.2513, -1.4417, 1.7406 is 0.0158, the two
    # paths 3.8e-17 = 0.16 eps of sum |x| apart, 2.4e-15 relative). Compare with the
    # file's per-function rounding bounds (assert_matches: exact for max/min/median,
    # eps times the window sum of |x| for sum/mean, ...) instead.
    for name, f in FUNCS.items():
        assert_matches(name, f(A, 3, "SamplePoints", np.arange(1.0, 16)), f(A, 3), A, 3)
        assert_matches(name, f(A, 4, "SamplePoints", np.arange(1.0, 16)), f(A, 4), A, 4)
        assert_matches(name, f(A, 2.0, "SamplePoints", t, "Endpoints", "discard"),
                       f(A, 4, "Endpoints", "discard"), A, 4, endpoints="discard")
    with pytest.raises(ValueError, match="movmean: Endpoints must be 'shrink'"):
        movmean(A, 3, "SamplePoints", np.cumsum(RNG.uniform(0.1, 1, 15)), "Endpoints", "fill")


@pytest.mark.parametrize("name", list(FUNCS))
def test_nd_along_each_dim(name):
    A = RNG.standard_normal((5, 6, 4))
    for dim in (1, 2, 3):
        got = FUNCS[name](A, 3, [], dim) if name in ("movstd", "movvar") else FUNCS[name](A, 3, dim)
        assert_matches(name, got, ref_mov(name, A, 3, dim), A, 3, dim)
        got = FUNCS[name](A, [1, 2], dim=dim, Endpoints="discard")
        assert_matches(name, got, ref_mov(name, A, [1, 2], dim, endpoints="discard"), A, [1, 2],
                       dim, endpoints="discard")
    # dim beyond ndim: windows of one element
    np.testing.assert_array_equal(movsum(A, 3, 4), A)
    assert movsum(A, 3, 4, "Endpoints", "discard").shape == (5, 6, 4, 0)


def test_default_dim_and_orientation():
    row = RNG.standard_normal((1, 7))
    assert movmean(row, 3).shape == (1, 7)
    np.testing.assert_allclose(movmean(row, 3)[0], movmean(row[0], 3))
    assert movmean(row.T, 3).shape == (7, 1)
    assert movmean(row[0], 3, "Endpoints", "discard").shape == (5,)
    assert movmean(np.ones((3, 1, 4)), 2).shape == (3, 1, 4)
    assert movmean(5.0, 3).shape == ()


@pytest.mark.parametrize("name", ["movvar", "movstd"])
def test_weight_argument(name):
    A = RNG.standard_normal(12)
    for w in (0, 1):
        assert_matches(name, FUNCS[name](A, 4, w), ref_mov(name, A, 4, w=w), A, 4, w=w)
        assert_matches(name, FUNCS[name](A, 4, w=w), ref_mov(name, A, 4, w=w), A, 4, w=w)
    np.testing.assert_array_equal(FUNCS[name](A, 4, []), FUNCS[name](A, 4, 0))
    M = RNG.standard_normal((4, 9))
    np.testing.assert_allclose(FUNCS[name](M, 3, 1, 2), ref_mov(name, M, 3, 2, w=1), rtol=1e-12)


@settings(max_examples=60, deadline=None)
@given(n=st.integers(1, 30), kb=st.integers(0, 8), kf=st.integers(0, 8),
       name=st.sampled_from(list(FUNCS)), seed=st.integers(0, 2**32 - 1),
       endpoints=st.sampled_from(["shrink", "discard", "fill", 0.0]))
def test_property_matches_reference(n, kb, kf, name, seed, endpoints):
    A = np.random.default_rng(seed).integers(-5, 6, n).astype(float)
    got = FUNCS[name](A, [kb, kf], "Endpoints", endpoints)
    want = ref_mov(name, A, [kb, kf], endpoints=endpoints)
    assert_matches(name, got, want, A, [kb, kf], endpoints=endpoints)


# --------------------------------------------------------------------------- accuracy
def test_sum_accuracy_is_window_local():
    # a running total would be ruined by 1e18 for every later window (IDL SMOOTH's
    # running sum gives 0, -1, ... there); compat's windows that do not hold it are exact
    x = np.array([1, 1, 2, 3, 4, 1e18, 4, 3, 2, 1, 1.0])
    got = movmean(x, 3)
    np.testing.assert_array_equal(got[[0, 1, 2, 3, 7, 8, 9, 10]],
                                  [1, 4 / 3, 2, 3, 3, 2, 4 / 3, 1])
    y = 1e9 + RNG.standard_normal(200_000)
    got = movsum(y, 101)
    exact = np.array([math.fsum(y[max(0, i - 50):i + 51]) for i in range(0, 200_000, 997)])
    rel = np.abs(got[::997] - exact) / exact
    assert rel.max() < 4 * (math.log2(101) + 2) * EPS  # window-local bound, no growth in n


def test_variance_with_large_offset():
    y = 1e8 + RNG.standard_normal(5000)
    got = movvar(y, 51)
    want = np.array([np.var(y[max(0, i - 25):i + 26], ddof=1) for i in range(5000)])
    # E[x^2]-E[x]^2 would lose all digits here (1e16 vs 1); Chan's update keeps ~1e-7
    np.testing.assert_allclose(got, want, rtol=1e-6)


# --------------------------------------------------------------------------- dtypes
def test_dtypes():
    s = RNG.standard_normal(10).astype(np.float32)
    for f in FUNCS.values():
        assert f(s, 3).dtype == np.float32
    i8 = np.array([3, 1, 2, 5, 4], np.int8)
    assert movsum(i8, 3).dtype == np.float64 and movsum(i8, 3).tolist() == [4, 6, 8, 11, 9]
    assert movprod(i8, 3).tolist() == [3, 6, 10, 40, 20]
    np.testing.assert_allclose(movmean(i8, 3), [2, 2, 8 / 3, 11 / 3, 4.5])
    assert movmax(i8, 3).dtype == np.int8 and movmax(i8, 3).tolist() == [3, 3, 5, 5, 5]
    assert movmin(i8, 3).tolist() == [1, 1, 1, 2, 4]
    assert movmedian(i8, 3).dtype == np.int8 and movmedian(i8, 3).tolist() == [2, 2, 2, 4, 5]
    assert movmedian(i8, 2).tolist() == [3, 2, 2, 4, 5]           # half away from zero
    assert movmedian(np.array([-1, -2, -4, -5], np.int8), 2).tolist() == [-1, -2, -3, -5]
    big = np.full(4, 120, np.int8)
    assert movsum(big, 3).tolist() == [240, 360, 360, 240]          # no saturation
    lg = np.array([1, 0, 1, 1, 0], bool)
    assert movsum(lg, 3).dtype == np.float64 and movsum(lg, 3).tolist() == [1, 2, 2, 2, 1]
    assert movmax(lg, 3).dtype == bool and movmax(lg, 3).all()
    assert movmin(lg, 3).tolist() == [False, False, False, False, False]
    assert movmedian(lg, 3).dtype == np.float64
    np.testing.assert_allclose(movmedian(lg, 3), [0.5, 1, 1, 1, 0.5])
    c = RNG.standard_normal(8) + 1j * RNG.standard_normal(8)
    assert movsum(c, 3).dtype == np.complex128
    np.testing.assert_allclose(movmean(c, 3)[1], c[:3].mean())
    assert movvar(c, 3).dtype == np.float64
    np.testing.assert_allclose(movvar(c, 3)[1], np.var(c[:3], ddof=1))
    # a Python list of ints is a MATLAB double literal
    assert movmedian([1, 2], 2).dtype == np.float64


def test_inputs_not_modified():
    A = RNG.standard_normal((6, 5))
    A[1, 1] = np.nan
    t = np.arange(6.0)
    A0, t0 = A.copy(), t.copy()
    for f in FUNCS.values():
        f(A, 3, "omitnan")
        f(A, 4, "Endpoints", "fill")
        f(A, 2.5, "SamplePoints", t)
    np.testing.assert_array_equal(A, A0)
    np.testing.assert_array_equal(t, t0)
    assert not np.shares_memory(movmax(A, 1), A)


def test_options_case_insensitive_and_keywords():
    A = RNG.standard_normal(9)
    np.testing.assert_array_equal(movmean(A, 3, "ENDPOINTS", "Discard"),
                                  movmean(A, 3, endpoints="discard"))
    np.testing.assert_array_equal(movmean(A, 3, "OmitNaN"), movmean(A, 3, nanflag="omitnan"))
    np.testing.assert_array_equal(movmean(A, 3, "samplepoints", np.arange(9.0)),
                                  movmean(A, 3, SamplePoints=np.arange(9.0)))
    np.testing.assert_array_equal(movmean(A, 3, [], "omitnan"), movmean(A, 3))
    np.testing.assert_array_equal(movmean(A, 3, "includemissing"), movmean(A, 3))
    np.testing.assert_array_equal(movmax(A, np.array([[1, 1]])), movmax(A, 3))


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("call, exc, message", [
    (lambda: movmean([1, 2, 3], 0), ValueError, "movmean: window length must be a finite positive"),
    (lambda: movmean([1, 2, 3], -2), ValueError, "movmean: window length must be"),
    (lambda: movmean([1, 2, 3], np.nan), ValueError, "movmean: window length must be"),
    (lambda: movmean([1, 2, 3], [1, 2, 3]), ValueError, "movmean: window length must be a scalar or"),
    (lambda: movmean([1, 2, 3], [-1, 2]), ValueError, "movmean: window [kb kf] must hold"),
    (lambda: movmean([1, 2, 3], "3"), TypeError, "movmean: window length k must be"),
    (lambda: movsum("abc", 3), TypeError, "movsum: A must be numeric or logical"),
    (lambda: movsum(np.array([object()]), 3), TypeError, "movsum: A must be numeric"),
    (lambda: movvar(np.int16([1, 2, 3]), 3), TypeError, "movvar: A must be double or single"),
    (lambda: movstd(np.array([True, False]), 3), TypeError, "movstd: A must be double or single"),
    (lambda: movmedian([1 + 1j], 3), TypeError, "movmedian: complex input"),
    (lambda: movmean([1, 2, 3], 3, "foo", 1), ValueError, "movmean: unknown parameter name 'foo'"),
    (lambda: movmean([1, 2, 3], 3, "Endpoints"), ValueError, "movmean: name-value arguments must come in pairs"),
    (lambda: movmean([1, 2, 3], 3, "Endpoints", "wrap"), ValueError, "movmean: Endpoints must be"),
    (lambda: movmean([1, 2, 3], 3, "Endpoints", [1, 2]), TypeError, "movmean: Endpoints must be"),
    (lambda: movmean([1, 2, 3], 3, 0), ValueError, "movmean: dimension argument must be"),
    (lambda: movmean([1, 2, 3], 3, 1.5), ValueError, "movmean: dimension argument must be"),
    (lambda: movmean([1, 2, 3], 3, 1, 2), TypeError, "movmean: too many numeric arguments"),
    (lambda: movmean([1, 2, 3], 3, 1, dim=1), TypeError, "movmean: dim given twice"),
    (lambda: movmean([1, 2, 3], 3, "omitnan", nanflag="omitnan"), TypeError, "movmean: nanflag given"),
    (lambda: movvar([1, 2, 3], 3, 2), ValueError, "movvar: normalization w must be 0 or 1"),
    (lambda: movmean([1, 2, 3], 3, "SamplePoints", [1, 2]), ValueError, "movmean: SamplePoints must have one point"),
    (lambda: movmean([1, 2, 3], 3, "SamplePoints", [1, 3, 2]), ValueError, "movmean: SamplePoints must be sorted"),
    (lambda: movmean([1, 2, 3], 3, "SamplePoints", [1, 1, 2]), ValueError, "movmean: SamplePoints must be sorted"),
    (lambda: movmean([1, 2, 3], 3, "SamplePoints", [1, np.nan, 2]), ValueError, "movmean: SamplePoints must be finite"),
    (lambda: movmean([1, 2, 3], 3, "SamplePoints", ["a", "b", "c"]), TypeError, "movmean: SamplePoints must be a real"),
    (lambda: movmean([1, 2, 3], 3, Endpoints="fill", endpoints="fill"), ValueError, "movmean: parameter 'Endpoints' is given twice"),
])
def test_bad_input_messages(call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value).startswith(message), str(info.value)


def test_all_nan_window_max_is_nan():
    # MATLAB's max/min with 'omitnan' give NaN when every element is NaN; Octave 7.3's
    # movmax pads shrunk windows with -Inf and prints -Inf here (a clone divergence)
    x = np.array([np.nan, 1, 2, 3])
    np.testing.assert_array_equal(movmax(x, [2, 0]), [np.nan, 1, 2, 3])
    np.testing.assert_array_equal(movmin(x, [2, 0]), [np.nan, 1, 1, 1])
    np.testing.assert_array_equal(movmax(x, 3), [1, 2, 3, 3])


def test_empty_input():
    assert movmean(np.zeros((0, 3)), 3).shape == (0, 3)
    assert movmedian(np.zeros(0), 3).shape == (0,)
    assert movsum(np.ones(3), 5, "Endpoints", "discard").shape == (0,)


# --------------------------------------------------------------------------- live Octave
from oracles import OCTAVE, run_octave_program  # noqa: E402


def _octave_cases():
    """(matlab text with {A}, python callable, A). Octave 7.3 agrees with MATLAB's
    documented behaviour for all of these (it lacks 'omitnan' and SamplePoints and
    returns double for single input, so those are tested against the reference)."""
    rng = np.random.default_rng(5)
    cases = []
    mats = {"vec": rng.standard_normal((1, 40)), "mat": rng.standard_normal((12, 7)),
            "cube": rng.standard_normal((8, 7, 6)),
            "nan": np.where(rng.random((15, 3)) < 0.2, np.nan, rng.standard_normal((15, 3))),
            "int": rng.integers(-9, 10, (11, 4)).astype(float)}
    for name, f in FUNCS.items():
        # w = 0 written out: Octave 7.3 reads movstd(A, 3, [], 2) as w = 1 (it prints
        # 7.0 where MATLAB's var(x, []) default, N-1, gives 9.8995 for magic(4)); the
        # [] form is tested against the reference in test_weight_argument
        extra = "0, " if name in ("movstd", "movvar") else ""
        for key, A in mats.items():
            # Octave 7.3's movmax/movmin give -Inf/+Inf for a cut-short window of NaNs
            # only (movmax([NaN;1;2;3], [2 0]) -> -Inf 1 2 3); MATLAB's max omits NaN
            # and gives NaN for an all-NaN set: see test_all_nan_window_max_is_nan
            if key == "nan" and name in ("movmax", "movmin"):
                continue
            # Octave refuses k = 1 and windows not shorter than the data (MATLAB
            # shrinks them): those are tested against the reference instead
            ks = ("3", "4", "[2 0]", "[1 3]", "2") + (("25",) if key == "vec" else ())
            for k in ks:
                kk = np.array([float(v) for v in k.strip("[]").split()])
                kk = kk[0] if kk.size == 1 else kk
                cases.append((f"{name}({{A}}, {k})", lambda A, f=f, kk=kk: f(A, kk), A))
            for ep, epy in (("'discard'", "discard"), ("'fill'", "fill"), ("-0.5", -0.5)):
                cases.append((f"{name}({{A}}, 5, 'Endpoints', {ep})",
                              lambda A, f=f, epy=epy: f(A, 5, "Endpoints", epy), A))
            dims = (1, 2, 3) if key == "cube" else (1, 2)
            for d in [d for d in dims if A.shape[d - 1] > 5]:
                cases.append((f"{name}({{A}}, 3, {extra}{d})",
                              lambda A, f=f, d=d, name=name: f(A, 3, 0, d) if name in ("movstd", "movvar") else f(A, 3, d), A))
        if name in ("movstd", "movvar"):
            cases.append((f"{name}({{A}}, 4, 1)", lambda A, f=f: f(A, 4, 1), mats["mat"]))
            cases.append((f"{name}({{A}}, [2 1], 1, 2)", lambda A, f=f: f(A, [2, 1], 1, 2), mats["mat"]))
    return cases


def _run_octave(cases):
    with tempfile.TemporaryDirectory() as tmp:
        inputs = {f"a{i}": A for i, (_, _, A) in enumerate(cases)}
        scipy.io.savemat(os.path.join(tmp, "in.mat"), inputs)
        lines = [f"load('{tmp}/in.mat');"]
        for i, (text, _, _) in enumerate(cases):
            lines.append(f"r{i} = {text.format(A=f'a{i}')};")
        names = ", ".join(f"'r{i}'" for i in range(len(cases)))
        lines.append(f"save('-v7', '{tmp}/out.mat', {names});")
        with open(os.path.join(tmp, "run.m"), "w") as fh:
            fh.write("\n".join(lines) + "\n")
        proc = run_octave_program(os.path.join(tmp, "run.m"))
        if not os.path.exists(os.path.join(tmp, "out.mat")):
            raise AssertionError(f"octave failed:\n{proc.stdout}\n{proc.stderr}")
        return scipy.io.loadmat(os.path.join(tmp, "out.mat"))


@pytest.mark.octave
def test_against_octave():
    cases = _octave_cases()
    out = _run_octave(cases)
    worst = 0.0
    for i, (text, call, A) in enumerate(cases):
        got = np.asarray(call(A), dtype=float)
        want = out[f"r{i}"]
        if want.shape != got.shape and text.endswith(", 3)"):
            # Octave 7.3 bug: along dim 3 of an 8x7x6 array it returns the right
            # values as a 7x6x8 array, permute(M, [2 3 1]) (the working dimension is
            # not permuted back); MATLAB: "M is the same size as A"
            assert want.shape == got.shape[1:] + got.shape[:1], (text, want.shape)
            want = np.transpose(want, (2, 0, 1))
        assert got.shape == want.shape, (text, got.shape, want.shape)
        np.testing.assert_array_equal(np.isnan(got), np.isnan(want), err_msg=text)
        fin = ~np.isnan(want)
        if not fin.any():
            continue
        # Octave sums each window directly: both sides are within the pairwise-sum
        # bound of the window's |values|; 1e-13 relative to the window magnitude
        # (about 30 * 4 (log2(25)+2) eps) covers sums, means, products of <= 25
        # factors of size ~1 and variances of O(1) data
        scale = np.maximum(np.abs(want[fin]), 1.0)
        err = np.abs(got[fin] - want[fin]) / scale
        worst = max(worst, float(err.max()))
        assert err.max() <= 1e-13, (text, err.max())
        if text.startswith(("movmax", "movmin", "movmedian")):
            np.testing.assert_array_equal(got[fin], want[fin], err_msg=text)
    print(f"\n{len(cases)} Octave cases; worst relative difference {worst:.3g}")
