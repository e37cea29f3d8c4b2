"""Tests of compat.matlab.histc, histcounts and accumarray (the histograms family).

histc: the documented edge rule written as a loop, and live GNU Octave 7.3.
histcounts: Octave has no histcounts, so the references are MATLAB's documentation
examples (printed values), hand-derived cases of the published bin-picking rules (the
derivation is in each comment), numpy's np.histogram for the counting with given edges
(its bins are also half-open with a closed last bin: an independent implementation),
and live Octave ``histc`` for the counts with given edges. Counts are exact; edges are
compared exactly where they are integers or the rule yields exactly representable
values, otherwise to 1 ulp of the edge (one multiplication ``left + k*width``).
"""

from __future__ import annotations

import math
import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from oracles import as2d, run_octave_calls

from compat.matlab import accumarray, histc, histcounts
from compat.matlab.histograms import HistcountsResult, HistcResult

RNG = np.random.default_rng(99)
NAN = np.nan

def ref_histc(x, edges):
    """histc of a vector by the documented rule, as a loop."""
    n = [0] * len(edges)
    b = []
    for v in x:
        k = 0
        for i in range(len(edges) - 1):
            if edges[i] <= v < edges[i + 1]:
                k = i + 1
        if k == 0 and v == edges[-1]:
            k = len(edges)
        if k:
            n[k - 1] += 1
        b.append(k)
    return n, b


# --------------------------------------------------------------------------- histc
def test_histc_doc_rule_and_last_edge():
    x = np.array([0.5, 1, 1.5, 2, 3, 4, 5, NAN])
    n, b = histc(x, [1, 2, 3, 4], nargout=2)
    np.testing.assert_array_equal(n, [2, 1, 1, 1])  # last: exact hits on 4 only
    np.testing.assert_array_equal(b, [0, 1, 1, 2, 3, 4, 0, 0])
    # np.histogram has len(edges)-1 bins and folds x == 4 into the last interval
    assert np.histogram(x[~np.isnan(x)], [1, 2, 3, 4])[0].tolist() == [2, 1, 2]


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 20),
                  elements=st.sampled_from([-1.0, 0.0, 0.5, 1.0, 2.0, 2.5, 3.0, NAN])),
       st.lists(st.sampled_from([-np.inf, 0.0, 1.0, 1.0, 2.0, 3.0, np.inf]), min_size=1,
                max_size=5))
def test_histc_vs_loop(x, edges):
    edges = sorted(edges)
    n, b = histc(x, edges, nargout=2)
    rn, rb = ref_histc(x, edges)
    np.testing.assert_array_equal(n, rn)
    np.testing.assert_array_equal(b, rb)


def test_uniform_edges_fast_path_equals_binary_search():
    # edge_bins guesses the bin arithmetically for uniform edges (>= 1000 values) and
    # corrects it by exact comparisons; it must equal np.searchsorted exactly
    for lo, hi, n in [(-3.7, 2.9, 23), (0.0, 1.0, 11), (-1e-3, 1e-3, 7), (5.0, 1e6, 40)]:
        e = np.linspace(lo, hi, n)
        x = RNG.uniform(lo - 1, hi + 1, 20000)
        x[:200] = RNG.choice(e, 200)
        x[200:300] = np.nextafter(RNG.choice(e, 100), -np.inf)
        x[300:310] = NAN
        x[310:312] = [np.inf, -np.inf]
        n_got, b = histc(x, e, nargout=2)
        k = np.searchsorted(e, x, side="right")
        want = np.where((k >= 1) & (k < e.size), k, 0)
        want = np.where((k == e.size) & (x == e[-1]), e.size, want)
        np.testing.assert_array_equal(b, want)
        np.testing.assert_array_equal(histcounts(x, e), np.histogram(x[~np.isnan(x)], e)[0])


def test_histc_matrix_dim_and_errors():
    X = np.array([[1.0, 5.0], [2.0, 1.0], [2.0, 9.0]])
    n = histc(X, [0, 2, 10])
    np.testing.assert_array_equal(n, [[1, 1], [2, 2], [0, 0]])  # per column
    n2 = histc(X, [0, 2, 10], 2)
    np.testing.assert_array_equal(n2, [[1, 1, 0], [1, 1, 0], [0, 2, 0]])
    assert histc(np.array([[1.0, 2, 3]]), [0, 2, 4]).shape == (1, 3)
    with pytest.raises(ValueError, match="^histc: Edge vector must be monotonically"):
        histc([1, 2], [2, 1])
    with pytest.raises(TypeError, match="^histc: x must be numeric"):
        histc(["a"], [1, 2])
    keep = X.copy()
    histc(X, [0, 1, 2])
    np.testing.assert_array_equal(X, keep)


# --------------------------------------------------------------------------- histcounts
def test_histcounts_doc_example_nbins():
    # MATLAB doc "Specify Number of Bins": X = [2 3 5 7 11 13 17 19 23 29];
    # [N, edges] = histcounts(X, 6) -> N = 2 2 2 2 1 1,
    # edges = 0 4.9000 9.8000 14.7000 19.6000 24.5000 29.4000
    X = np.array([[2, 3, 5, 7, 11, 13, 17, 19, 23, 29]], float)
    N, edges = histcounts(X, 6, nargout=2)
    np.testing.assert_array_equal(N, [[2, 2, 2, 2, 1, 1]])
    np.testing.assert_allclose(edges, [[0, 4.9, 9.8, 14.7, 19.6, 24.5, 29.4]],
                               rtol=2.3e-16, atol=0)  # left + k*4.9: 1 rounding
    assert N.shape == (1, 6) and edges.shape == (1, 7)


def test_histcounts_scott_primes_hand_derived():
    # X = primes(100): 25 values, min 2, max 97, range 95 > 50 -> Scott's rule.
    # std = 29.38..., raw width 3.5*29.38/25^(1/3) = 35.2 -> 10^1 * 3.52 -> nice 3*10.
    # left = 30*floor(2/30) = 0, nbins = ceil(97/30) = 4: edges 0 30 60 90 120;
    # counts: 10 primes < 30, 7 in [30,60), 7 in [60,90), 1 (97).
    p = np.array([n for n in range(2, 100) if all(n % d for d in range(2, n))], float)
    assert p.size == 25
    raw = 3.5 * np.std(p, ddof=1) / 25 ** (1 / 3)
    assert 30 < raw < 40
    N, edges = histcounts(p, nargout=2)
    np.testing.assert_array_equal(edges, [0, 30, 60, 90, 120])
    np.testing.assert_array_equal(N, [10, 7, 7, 1])
    P = histcounts(p, "Normalization", "probability")
    np.testing.assert_allclose(P, [0.4, 0.28, 0.28, 0.04], rtol=1e-15)


def test_histcounts_doc_randn_example_mechanism():
    # MATLAB doc: X = randn(100,1); [N, edges] = histcounts(X) gives edges -3:4
    # (N = 2 17 28 32 16 3 2; the golden suite matlab/randn reproduces MATLAB's own
    # randn(100,1) for that example). This test checks the binning rule alone: any
    # sample with std ~1, n = 100 and range inside [-3, 4) gets the same edges:
    # raw = 3.5*1/100^(1/3) = 0.754 -> 0.1*7.54 >= 7.5 -> width 1.
    x = RNG.standard_normal(100)
    x = x / np.std(x, ddof=1)
    x = np.clip(x, -2.9, 3.9)
    x[0], x[1] = -2.95, 3.5
    N, edges = histcounts(x.reshape(-1, 1), nargout=2)
    np.testing.assert_array_equal(edges, [[-3, -2, -1, 0, 1, 2, 3, 4]])
    assert N.sum() == 100


def test_histcounts_integer_rule():
    # 'auto' with integer data of range <= 50: unit bins centred on the integers
    N, edges = histcounts(np.array([1, 2, 2, 3, 3, 3, 7]), nargout=2)
    np.testing.assert_array_equal(edges, np.arange(0.5, 8.0))
    np.testing.assert_array_equal(N, [1, 2, 3, 0, 0, 0, 1])
    N, edges = histcounts(np.array([0, 60.0]), nargout=2)  # range > 50: Scott
    assert edges[0] <= 0 and edges[-1] >= 60 and not np.any(edges % 1 == 0.5)
    N, edges = histcounts(np.array([1, 4], np.int8), "BinMethod", "integers", nargout=2)
    np.testing.assert_array_equal(edges, [0.5, 1.5, 2.5, 3.5, 4.5])


def test_histcounts_constant_and_empty():
    # constant data: one bin of width 1 with the value in the middle (edges at halves)
    N, edges = histcounts(np.array([2.3, 2.3, 2.3]), nargout=2)
    # binRange 1: left = floor(2*(2.3-0.25))/2 = 2, right = ceil(2*(2.3+0.25))/2 = 3
    np.testing.assert_array_equal(edges, [2.0, 3.0])
    np.testing.assert_array_equal(N, [3])
    N, edges = histcounts(np.array([5.0, 5.0]), 4, nargout=2)
    assert N.size == 4 and N.sum() == 2
    N, edges = histcounts(np.zeros(0), nargout=2)
    np.testing.assert_array_equal(edges, [0, 1])
    np.testing.assert_array_equal(N, [0])


@settings(max_examples=80, deadline=None)
@given(hnp.arrays(np.float64, st.integers(2, 60),
                  elements=st.floats(-1e4, 1e4, allow_nan=False, allow_subnormal=False)))
def test_histcounts_auto_properties(x):
    N, edges, b = histcounts(x, nargout=3)
    lo, hi = x.min(), x.max()
    assert edges[0] <= lo and edges[-1] >= hi and N.sum() == x.size
    widths = np.diff(edges)
    integer_rule = np.all(x == np.round(x)) and hi - lo <= 50
    if hi - lo > math.sqrt(np.spacing(max(abs(lo), abs(hi)))) and not integer_rule:
        w = widths[0]
        mant = w / 10 ** math.floor(math.log10(w) + 1e-12)
        assert min(abs(mant - m) for m in (1, 2, 3, 5, 10)) < 1e-9, w
        np.testing.assert_allclose(widths[:-1], w, rtol=1e-12)
    # counting agrees with numpy's (independent) counting for the same edges
    np.testing.assert_array_equal(N, np.histogram(x, edges)[0])
    np.testing.assert_array_equal(np.bincount(b.astype(int), minlength=N.size + 1)[1:], N)


def test_histcounts_options():
    x = np.array([0.1, 0.4, 0.45, 1.2, 2.0, 2.0, 3.7, NAN, -5.0])
    N, edges = histcounts(x, "BinWidth", 0.5, nargout=2)
    np.testing.assert_array_equal(edges, np.arange(-5.0, 4.01, 0.5))
    N, edges = histcounts(x, "BinLimits", [0, 2], nargout=2)
    assert edges[0] == 0 and edges[-1] == 2 and N.sum() == 6  # 0.1 .. 2.0 (closed)
    N, edges = histcounts(x, 4, "BinLimits", [0, 2], nargout=2)
    np.testing.assert_array_equal(edges, [0, 0.5, 1, 1.5, 2])
    np.testing.assert_array_equal(N, [3, 0, 1, 2])
    e = [0, 1, 3, 4]
    n = x.size  # Normalization divides by numel(X), NaN and outsiders included
    c = np.array([3, 3, 1], float)
    w = np.diff(e)
    for norm, want in [("count", c), ("probability", c / n), ("countdensity", c / w),
                       ("pdf", c / n / w), ("cumcount", np.cumsum(c)),
                       ("cdf", np.cumsum(c) / n)]:
        np.testing.assert_allclose(histcounts(x, e, "Normalization", norm), want,
                                   rtol=1e-15, err_msg=norm)
    N, E, b = histcounts(x.reshape(3, 3), e, nargout=3)
    assert b.shape == (3, 3) and b[2, 1] == 0 and b[2, 2] == 0
    assert histcounts(np.float32([1, 2.5]), nargout=2)[1].dtype == np.float32


def test_histcounts_errors():
    with pytest.raises(ValueError, match="^histcounts: 'Normalization' must be"):
        histcounts([1, 2], "Normalization", "percent")
    with pytest.raises(ValueError, match="^histcounts: 'BinMethod' must be"):
        histcounts([1, 2], "BinMethod", "magic")
    with pytest.raises(ValueError, match="^histcounts: number of bins"):
        histcounts([1, 2], 0)
    with pytest.raises(ValueError, match="^histcounts: bin edges must be nondecreasing"):
        histcounts([1, 2], [3, 1, 2])
    with pytest.raises(ValueError, match="^histcounts: 'BinWidth' must be"):
        histcounts([1, 2], "BinWidth", -1)
    with pytest.raises(ValueError, match="^histcounts: unknown parameter"):
        histcounts([1, 2], "Bins", 3)
    with pytest.raises(TypeError, match="^histcounts: X must be real"):
        histcounts([1j])


# --------------------------------------------------------------------------- accumarray
def test_accumarray_doc_examples():
    # MATLAB doc "Create Vector of Sums": subs = [1;2;4;2;4]; data = [101;102;103;104;105]
    # A = accumarray(subs, data) -> [101; 206; 0; 208]
    A = accumarray(np.array([[1], [2], [4], [2], [4]]),
                   np.array([101., 102, 103, 104, 105]))
    np.testing.assert_array_equal(A, [[101], [206], [0], [208]])
    # "Create Matrix of Sums": subs = [1 1; 2 2; 3 2; 1 1; 2 2; 4 1]; data = 1:6
    A = accumarray(np.array([[1, 1], [2, 2], [3, 2], [1, 1], [2, 2], [4, 1]]),
                   np.arange(1.0, 7))
    np.testing.assert_array_equal(A, [[5, 0], [0, 7], [0, 3], [6, 0]])
    # "Specify Fill Value": subs = [1;2;4;2;4], data = 101:105,
    # accumarray(subs, data, [], @(x) max(x), NaN) ... with fillval NaN
    A = accumarray(np.array([1, 2, 4, 2, 4]), np.arange(101.0, 106), [], np.max, NAN)
    np.testing.assert_array_equal(A, [[101], [104], [NAN], [105]])
    # "Count": @(x) numel(x) via len
    A = accumarray(np.array([1, 3, 3]), 1.0, [4, 1], len)
    np.testing.assert_array_equal(A, [[1], [0], [2], [0]])


def test_accumarray_reference_loop_and_dtypes():
    subs = RNG.integers(1, 5, size=(40, 3))
    val = RNG.standard_normal(40)
    A = accumarray(subs, val)
    ref = np.zeros(subs.max(axis=0))
    for s, v in zip(subs, val):
        ref[tuple(s - 1)] += v
    np.testing.assert_allclose(A, ref, rtol=0, atol=1e-13)  # sums of <=40 N(0,1): a few ulp
    s8 = accumarray(np.array([1, 1, 2]), np.array([100, 100, 5], np.int8))
    assert s8.dtype == np.int8
    np.testing.assert_array_equal(s8, [[127], [5]])  # saturating integer sum
    f32 = accumarray(np.array([1, 1]), np.array([1, 2], np.float32))
    assert f32.dtype == np.float32
    with pytest.raises(ValueError, match="^accumarray: First input SUBS"):
        accumarray(np.array([0, 1]), 1.0)
    with pytest.raises(ValueError, match="^accumarray: Second input VAL"):
        accumarray(np.array([1, 2]), np.array([1.0, 2, 3]))
    with pytest.raises(ValueError, match="^accumarray: Third input SZ"):
        accumarray(np.array([1, 3]), 1.0, [2, 1])


def test_multi_output_results_are_declared_and_pickle():
    r = histc([0.5, 1, 1.5, 2], [1, 2], nargout=2)
    assert type(r) is HistcResult and r._fields == ("n", "bin")
    r3 = histcounts([1.0, 2, 2, 3], nargout=3)
    assert type(r3) is HistcountsResult and r3._fields == ("N", "edges", "bin")
    assert histcounts([1.0, 2, 2, 3], nargout=2)._fields == ("N", "edges")
    for out in (r, r3):
        back = pickle.loads(pickle.dumps(out))
        assert type(back) is type(out) and back._fields == out._fields
        for a, b in zip(out, back):
            np.testing.assert_array_equal(a, b)


# --------------------------------------------------------------------------- live Octave
@pytest.mark.octave
def test_accumarray_against_octave():
    rng = np.random.default_rng(11)
    cases, calls = [], []
    for shape in [(30, 1), (30, 2)]:
        subs = rng.integers(1, 6, size=shape).astype(float)
        v1, v2 = rng.standard_normal((30, 1)), rng.standard_normal((30, 1))
        cases += [("accumarray(S, V)", {"S": subs, "V": v1}, 1),
                  ("accumarray(S, V, [], @(x) max(x), -7)", {"S": subs, "V": v2}, 1)]
        calls += [lambda s=subs, v=v1: accumarray(s, v),
                  lambda s=subs, v=v2: accumarray(s, v, [], np.max, -7)]
    for (call, _, _), want, fn in zip(cases, run_octave_calls(cases), calls):
        assert not isinstance(want, Exception), (call, want)
        got = as2d(fn())
        assert got.shape == want[0].shape, (call, got.shape, want[0].shape)
        # sums of <= 30 N(0,1) values in a different order: a few ulp of 30
        np.testing.assert_allclose(got, want[0], rtol=0, atol=30 * 4e-16, err_msg=call)


@pytest.mark.octave
def test_accumarray_octave_divergence_recorded():
    """MATLAB doc: fillval fills every position no subscript refers to; Octave 7.3's
    built-in fast path for @max leaves NaN there (with @(x) max(x) it uses -7)."""
    (acc,), = run_octave_calls([("accumarray(S, V, [], @max, -7)",
                                 {"S": np.array([[1.0], [3.0]]),
                                  "V": np.array([[5.0], [6.0]])}, 1)])
    assert np.isnan(acc[1, 0])
    np.testing.assert_array_equal(
        accumarray(np.array([1, 3]), np.array([5.0, 6.0]), [], np.max, -7), [[5], [-7], [6]])


@pytest.mark.octave
def test_histc_and_histcounts_edges_against_octave_histc():
    rng = np.random.default_rng(3)
    cases = []
    checks = []
    for shape, edges in [((1, 200), np.linspace(-2, 2, 9)), ((200, 1), [-np.inf, 0, np.inf]),
                         ((30, 4), [-1, -0.5, 0, 0.25, 0.25, 1, 3]),
                         ((1, 50), np.array([0.0, 1, 2, 3]))]:
        x = np.round(rng.standard_normal(shape) * 4) / 4  # many values on the edges
        x[rng.random(shape) < 0.05] = np.nan
        e = np.asarray(edges, float).reshape(1, -1)
        cases.append(("histc(X, E)", {"X": x, "E": e}, 2))
        checks.append((x, e))
    x = rng.standard_normal((20, 3))
    cases.append(("histc(X, E, 2)", {"X": x, "E": np.array([[-1.0, 0, 1]])}, 2))
    checks.append((x, np.array([[-1.0, 0, 1]]), 2))
    results = run_octave_calls(cases)
    for (call, args, _), want, chk in zip(cases, results, checks):
        assert not isinstance(want, Exception), (call, want)
        n, b = histc(*chk[:2], *(chk[2:]), nargout=2)
        np.testing.assert_array_equal(as2d(n), want[0], err_msg=call)
        np.testing.assert_array_equal(as2d(b), want[1], err_msg=call)
        if len(chk) == 2 and np.all(np.diff(chk[1]) > 0):
            # histcounts with the same edges = histc with its last count folded in
            hn = histcounts(chk[0], chk[1].ravel())
            w = want[0].ravel(order="F") if want[0].shape[0] == 1 or want[0].shape[1] == 1 \
                else None
            if w is not None:
                np.testing.assert_array_equal(hn.ravel(),
                                              np.concatenate([w[:-2], [w[-2] + w[-1]]]))


# -- the ends of the number line (issue 12 audit) -----------------------------------------
REALMAX = np.finfo(np.float64).max
REALMAX_SINGLE = np.finfo(np.float32).max


def test_eps_of_realmax_is_matlabs():
    """MATLAB's eps(realmax) is 2^971 (numpy's spacing steps past realmax to inf)."""
    from compat._core.histograms import _eps
    assert _eps(REALMAX) == _eps(-REALMAX) == 2.0 ** 971
    assert _eps(1.0) == 2.0 ** -52 and _eps(0.0) == 5e-324


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_histcounts_of_data_reaching_realmax():
    """The bin picker's infinite width gives one bin [xmin, realmax] (MATLAB's clamps):
    an OverflowError before, as eps(realmax) overflowed."""
    n, edges = histcounts(np.array([-REALMAX, 0.0, REALMAX]), nargout=2)
    assert n.tolist() == [3.0] and edges.tolist() == [-REALMAX, REALMAX]
    from compat.matlab import histcounts2
    r = histcounts2(np.array([-REALMAX, REALMAX]), np.array([-REALMAX, REALMAX]), nargout=3)
    assert r.N.tolist() == [[2.0]] and r.Xedges.tolist() == [-REALMAX, REALMAX]


@pytest.mark.filterwarnings("ignore::RuntimeWarning")
def test_single_edges_are_clamped_to_realmax_single():
    """binpicker clamps to realmax(class(x)): single data spanning +-realmax('single')
    get finite single edges (they were cast from double to +-inf)."""
    n, edges = histcounts(np.array([-REALMAX_SINGLE, 0, REALMAX_SINGLE], np.float32),
                          nargout=2)
    assert edges.dtype == np.float32 and np.all(np.isfinite(edges))
    assert edges[0] == -REALMAX_SINGLE and edges[-1] == REALMAX_SINGLE and n.sum() == 3


@pytest.mark.parametrize("x", [np.array([-1e308, 0.0, 1e308]), np.array([0.0, 1e16]),
                               np.array([1e7, 1e7 + 2], np.float32)])
def test_integers_rule_beyond_flintmax_half_is_matlabs_error(x):
    """MATLAB's integerrule raises InputOutOfIntRange beyond flintmax(class)/2 (2^52
    double, 2^23 single): not an OverflowError, nor 10^4 bins."""
    with pytest.raises(ValueError, match=r"^histcounts: Input data must be within the "
                                         r"range of consecutive integers"):
        histcounts(x, "BinMethod", "integers")


def test_auto_rule_of_large_single_integers_is_scott():
    """autorule picks 'integers' only within flintmax(class)/2: 1e7 single is beyond."""
    n, edges = histcounts(np.array([1e7, 1e7 + 2], np.float32), nargout=2)
    assert n.sum() == 2 and edges.size == 2


@pytest.mark.filterwarnings("error::RuntimeWarning")
def test_nbins_over_the_double_range_spreads_edges_with_linspace():
    """binpicker.m: a bin width that overflows (NaN here: Inf/Inf) gives
    linspace(leftEdge, rightEdge, nbins+1), MATLAB's overflow-safe linspace (the edges
    were NaN and every value fell in the first bin)."""
    n, edges = histcounts(np.array([-1e308, 0.0, 1e308]), 4, nargout=2)
    assert edges.tolist() == [-1e308, -5e307, 0.0, 5e307, 1e308]
    assert n.tolist() == [1.0, 0.0, 1.0, 1.0]
    n, edges = histcounts(np.array([-REALMAX, REALMAX]), "Normalization", "pdf", nargout=2)
    assert edges.tolist() == [-REALMAX, REALMAX] and n.tolist() == [0.0]  # 1 / (2 * Inf)
