"""Tests of compat.idl total, mean, variance, stddev, moment, min, max.

Tiers: values printed by real IDL in its reference (TOTAL, MOMENT examples) and by
GDL/IDL for IDL's float running total; independent references (math.fsum, Python
loops written from IDL's definitions); dtype, no-mutation and bad-input tests; live
differential tests against GDL 1.0.1 batched into one session (marked ``gdl``).
"""

from __future__ import annotations

import math
import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from compat.idl import max as idl_max
from compat.idl import mean, moment, stddev, total, variance
from compat.idl import min as idl_min
from oracle_gdl import GDL, run_gdl

NAN = np.nan
INF = np.inf


def assert_printed(value, printed, digits):
    """``value`` equals IDL's print-out to half a unit in the last printed digit."""
    e = float(printed)
    exp = math.floor(math.log10(abs(e))) if e else 0
    assert abs(float(value) - e) <= 0.5 * 10.0 ** (exp - digits + 1) * (1 + 1e-9), (value, e)


# ---------------------------------------------------------------- documented values

def test_total_reference_examples():
    """IDL Reference Guide, TOTAL: 43.0000; FINDGEN(5,5) row and column sums."""
    assert total(np.array([20, 10, 5, 5, 3], np.int16)) == np.float32(43)
    a = np.arange(25, dtype=np.float32).reshape(5, 5)
    np.testing.assert_array_equal(total(a, 1), [10, 35, 60, 85, 110])
    np.testing.assert_array_equal(total(a, 2), [50, 55, 60, 65, 70])


def test_total_float_running_total_saturates():
    """IDL (and GDL) print 1.67772e+07: the float running total stops at 2**24."""
    r = total(np.ones(20_000_000, np.float32))
    assert r.dtype == np.float32 and r == 2 ** 24
    assert total(np.ones(20_000_000, np.float32), double=True) == 2e7


def test_moment_reference_example():
    """IDL Reference Guide, MOMENT: 66.7333, 7.06667, -0.0942851, -1.18258."""
    x = np.array([65, 63, 67, 64, 68, 62, 70, 66, 68, 67, 69, 71, 66, 65, 70], np.int16)
    r = moment(x)
    assert r.dtype == np.float32
    for v, p in zip(r, ["66.7333", "7.06667", "-0.0942851", "-1.18258"]):
        assert_printed(v, p, 6)


def test_moment_identical_elements_nan():
    """IDL reference: n identical elements give NaN skewness and kurtosis."""
    r = moment(np.full(5, 2.0, np.float32))
    assert r[0] == 2 and r[1] == 0 and np.isnan(r[2]) and np.isnan(r[3])


# ---------------------------------------------------------------- total

def test_total_sequential_order():
    rng = np.random.default_rng(1)
    a = rng.normal(size=1000).astype(np.float32)
    acc = np.float32(0)
    for v in a:  # IDL's loop, in float
        acc = np.float32(acc + v)
    assert total(a) == acc


def test_total_types():
    assert total(np.arange(3, dtype=np.int16)).dtype == np.float32
    assert total(np.arange(3.0)).dtype == np.float64
    assert total(np.arange(3, dtype=np.int16), double=True).dtype == np.float64
    assert total(np.array([1 + 2j, 1 + 2j], np.complex64)) == np.complex64(2 + 4j)
    r = total(np.array([1.7, 2.6], np.float32), integer=True)
    assert r.dtype == np.int64 and r == 3  # each element truncated (GDL agrees)
    assert total(np.arange(3, dtype=np.uint64), integer=True).dtype == np.uint64
    r = total(np.arange(300, dtype=np.int64).astype(np.uint8), preserve_type=True)
    assert r.dtype == np.uint8 and r == (sum(i % 256 for i in range(300)) % 256)
    assert total(np.zeros(3, np.int16), preserve_type=True, double=True).dtype == np.int16
    assert total(np.zeros(3, np.float32), integer=True, double=True).dtype == np.int64
    assert total(np.array([True, False, True])) == 2  # bool is BYTE


def test_total_of_64bit_integers_is_float():
    """IDL's TOTAL page: only DOUBLE, COMPLEX and DCOMPLEX keep their type, everything
    else (LONG64 and ULONG64 too) gives FLOAT, summed one element after the other."""
    values = [40000000001, -3, 16777217, 5]
    for dtype in (np.int64, np.uint64):
        a = np.array([abs(v) for v in values] if dtype == np.uint64 else values, dtype)
        acc = np.float32(0)
        for v in a:  # FLOAT running total, written from the definition
            acc = np.float32(acc + np.float32(v))
        r = total(a)
        assert r.dtype == np.float32 and r == acc
        assert total(a, cumulative=True).dtype == np.float32
        assert total(a, double=True).dtype == np.float64
        assert total(a, integer=True) == sum(int(v) for v in a)


def test_total_explicit_double_zero_rounds_a_double_total_once():
    """DOUBLE=0 given explicitly (ts_coef.pro passes it on): a DOUBLE or DCOMPLEX total
    is summed as without the keyword and rounded once to FLOAT/COMPLEX (GDL 1.0.1:
    TOTAL([2d^24, 1, 1, 1], DOUBLE=0) is 16777220; a FLOAT running total gives
    16777216); absent keyword and other types unchanged."""
    d = np.array([2.0 ** 24, 1, 1, 1])
    r = total(d, double=0)
    assert r.dtype == np.float32 and r == np.float32(16777220)
    assert total(d, double=False) == r
    assert total(d).dtype == np.float64 and total(d) == 16777219
    np.testing.assert_array_equal(total(d, cumulative=True, double=0),
                                  np.float32([16777216, 16777216, 16777218, 16777220]))
    z = total(d - 1j * d, double=0)
    assert z.dtype == np.complex64 and z == np.complex64(16777220 - 16777220j)
    assert total(d, double=0, preserve_type=True).dtype == np.float64
    assert total(d, double=0, integer=True) == 16777219
    f = np.array([2.0 ** 24, 1, 1, 1], np.float32)
    assert total(f, double=0) == np.float32(2 ** 24)    # FLOAT data: the running total


def test_total_nan_complex_leaves_out_whole_elements():
    """/NAN: an element with a NaN or Infinity in either part is missing as a whole."""
    z = np.array([1 + 1j, complex(NAN, 2), complex(3, NAN), complex(4, INF),
                  complex(INF, 5), 6 + 6j], np.complex64)
    r = total(z, nan=True)
    assert r.dtype == np.complex64 and r == 7 + 7j
    np.testing.assert_array_equal(total(z, nan=True, cumulative=True),
                                  [1 + 1j, 1 + 1j, 1 + 1j, 1 + 1j, 1 + 1j, 7 + 7j])
    assert total(z.astype(np.complex128), 1, nan=True) == 7 + 7j


def test_total_nan_cumulative_dimension():
    a = np.array([1.0, NAN, INF, 2.0], np.float32)
    assert total(a, nan=True) == 3
    np.testing.assert_array_equal(total(a, nan=True, cumulative=True), [1, 1, 1, 3])
    b = np.arange(6, dtype=np.float32).reshape(2, 3)
    np.testing.assert_array_equal(total(b, 2, cumulative=True), [[0, 1, 2], [3, 5, 7]])
    np.testing.assert_array_equal(total(b, cumulative=True), [[0, 1, 3], [6, 10, 15]])
    assert total(b, 0) == 15


@settings(max_examples=50, deadline=None)
@given(arrays(np.float64, st.integers(1, 40), elements=st.floats(-1e6, 1e6)))
def test_total_double_close_to_fsum(a):
    # a running double total of <= 40 terms: error <= 40 eps * sum|a|
    assert abs(total(a) - math.fsum(a)) <= 40 * 2.3e-16 * np.sum(np.abs(a)) + 1e-300


# ---------------------------------------------------------------- mean/variance/moment

def brute_moments(x):
    """IDL MOMENT's definitions (reference guide), in exact-ish float64."""
    x = [float(v) for v in x]
    n = len(x)
    m = math.fsum(x) / n
    var = math.fsum((v - m) ** 2 for v in x) / (n - 1)
    sd = math.sqrt(var)
    skew = math.fsum(((v - m) / sd) ** 3 for v in x) / n
    kurt = math.fsum(((v - m) / sd) ** 4 for v in x) / n - 3
    mdev = math.fsum(abs(v - m) for v in x) / n
    return m, var, skew, kurt, mdev, sd


def test_moment_against_definition():
    rng = np.random.default_rng(2)
    x = rng.normal(3, 2, size=200)
    r = moment(x, mdev=True, sdev=True, kurtosis=True, skewness=True, mean=True,
               variance=True)
    m, var, skew, kurt, mdev, sd = brute_moments(x)
    # double sums of 200 terms: relative error well below 1e-12
    np.testing.assert_allclose(r.result, [m, var, skew, kurt], rtol=1e-12)
    np.testing.assert_allclose([r.mdev, r.sdev, r.mean, r.variance, r.skewness,
                                r.kurtosis], [mdev, sd, m, var, skew, kurt], rtol=1e-12)


def test_moment_dimension_layout_and_maxmoment():
    x = np.arange(12, dtype=np.float32).reshape(4, 3)  # IDL [3, 4]
    r = moment(x, dimension=1)
    assert r.shape == (4, 4)  # IDL [4 rows, 4 moments]
    np.testing.assert_array_equal(r[0], [1, 4, 7, 10])
    np.testing.assert_array_equal(r[1], [1, 1, 1, 1])
    assert moment(x, dimension=2).shape == (4, 3)
    r2 = moment(np.array([1.0, 2, 4, 7]), maxmoment=2, sdev=True, mdev=True)
    assert np.isnan(r2.result[2:]).all() and r2.result[1] == 7
    r1 = moment(np.array([1.0, 2, 4, 7]), maxmoment=1, sdev=True)
    assert r1.result[0] == 3.5 and np.isnan(r1.result[1:]).all() and np.isnan(r1.sdev)


def test_mean_variance_stddev():
    assert mean(np.array([1, 2, 3, 4], np.int16)) == np.float32(2.5)
    assert mean(np.array([1, 2, 3, 4], np.int16)).dtype == np.float32
    assert mean([1.0, NAN, INF, 3.0], nan=True) == 2.0  # Inf is missing too
    np.testing.assert_array_equal(mean(np.arange(6.0).reshape(2, 3), dimension=2),
                                  [1.5, 2.5, 3.5])
    assert variance(np.array([1, 2, 3, 4], np.int16)) == np.float32(5 / 3)
    assert stddev(np.array([1.0, 2.0, 4.0])) == pytest.approx(math.sqrt(7 / 3), rel=1e-15)
    assert variance([1.0, NAN, 3.0], nan=True) == 2.0
    assert stddev(np.float32([1, 2, 4]), double=True).dtype == np.float64


def test_variance_nan_and_inf_propagate_without_the_nan_keyword():
    """Only /NAN makes NaN and Infinity missing data (MOMENT's keyword, which VARIANCE
    and STDDEV pass on); without it IEEE arithmetic propagates them. GDL 1.0.1's
    VARIANCE/STDDEV drop them anyway (2.33333), its MOMENT does not."""
    f = np.float32
    a = np.array([1, 2, NAN, 4], f)
    assert np.isnan(variance(a)) and np.isnan(stddev(a))
    assert np.isnan(variance(np.array([1, 2, INF, 4], f)))
    assert np.all(np.isnan(moment(a)))
    # /NAN: the variance of [1, 2, 4] written out: mean 7/3, squares 16/9 + 1/9 + 25/9
    assert variance(a, nan=True) == pytest.approx(7 / 3, rel=2e-7)
    assert variance(np.array([1, 2, INF, 4], f), nan=True) == pytest.approx(7 / 3, rel=2e-7)
    m = np.array([[1, 2, NAN], [4, 5, 6]], f)
    r = variance(m, dimension=1)
    assert np.isnan(r[0]) and r[1] == 1
    np.testing.assert_array_equal(variance(m, dimension=1, nan=True), [0.5, 1.0])
    assert np.isnan(variance(np.array([NAN, 1], f), nan=True))   # one finite value


# ---------------------------------------------------------------- min/max

def brute_min(values, nan):
    """IDL's scan: start at element 0, replace on strictly smaller; /NAN skips non-finite."""
    best, sub = None, 0
    for i, v in enumerate(values):
        if nan and not math.isfinite(v):
            continue
        if best is None or v < best:
            best, sub = v, i
    return (NAN, 0) if best is None else (best, sub)


@settings(max_examples=100, deadline=None)
@given(arrays(np.float64, st.integers(1, 20),
              elements=st.sampled_from([0.0, 1.0, -2.0, 3.5, NAN, INF, -INF])),
       st.booleans())
def test_min_matches_scan(a, nan):
    r = idl_min(a, min_subscript=True, nan=nan)
    v, s = brute_min(list(a), nan)
    assert r.min_subscript == s
    assert (np.isnan(v) and np.isnan(r.result)) or r.result == v


def test_min_max_outputs():
    a = np.array([[3, 1, 4], [1, 5, 9]], np.int16)
    r = idl_min(a, min_subscript=True, max=True, subscript_max=True)
    assert (r.result, r.min_subscript, r.max, r.subscript_max) == (1, 1, 9, 5)
    assert r.result.dtype == np.int16 and r.min_subscript.dtype == np.int32
    r = idl_max(np.array([3.0, -5, 2]), max_subscript=True, absolute=True, min=True, subscript_min=True)
    assert (r.result, r.max_subscript, r.min, r.subscript_min) == (-5, 1, 2, 2)
    x = np.arange(12, dtype=np.float32).reshape(4, 3)
    r = idl_max(x, max_subscript=True, dimension=2, subscript_min=True)
    np.testing.assert_array_equal(r.result, [9, 10, 11])
    np.testing.assert_array_equal(r.max_subscript, [9, 10, 11])  # into the whole array
    np.testing.assert_array_equal(r.subscript_min, [0, 1, 2])
    r = idl_max(np.array([NAN, 2.0, 3.0]), max_subscript=True, min=True)
    assert np.isnan(r.result) and r.max_subscript == 0 and np.isnan(r.min)


# ---------------------------------------------------------------- mutation / errors

def test_no_mutation():
    a = np.array([3.0, NAN, 1.0, INF])
    keep = a.copy()
    total(a, nan=True, cumulative=True)
    moment(np.array([1.0, NAN, 3.0, 4.0]), nan=True)
    mean(a, nan=True)
    idl_min(a, min_subscript=True, nan=True, absolute=True)
    np.testing.assert_array_equal(a, keep)


@pytest.mark.parametrize("call, exc, text", [
    (lambda: total("abc"), TypeError, "TOTAL:"),
    (lambda: total(np.zeros(3), 2), ValueError, "TOTAL: Illegal value for Dimension"),
    (lambda: total(np.zeros(0)), ValueError, "TOTAL:"),
    (lambda: total(np.zeros(3, dtype=object)), TypeError, "TOTAL: Array has dtype object, which has no IDL type"),
    (lambda: total(np.zeros(3, complex), integer=True), TypeError, "TOTAL:"),
    (lambda: mean(np.zeros(3), dimension=1.5), TypeError, "MEAN:"),
    (lambda: moment([1.0]), ValueError, "MOMENT: X array must contain 2 or more"),
    (lambda: moment([1.0, 2.0], maxmoment=5), ValueError, "MOMENT: MAXMOMENT"),
    (lambda: variance([1.0]), ValueError, "VARIANCE:"),
    (lambda: stddev([1 + 1j, 2]), TypeError, "STDDEV:"),
    (lambda: idl_min(np.zeros((2, 3)), dimension=3), ValueError, "MIN:"),
    (lambda: idl_max([]), ValueError, "MAX:"),
])
def test_bad_input(call, exc, text):
    with pytest.raises(exc, match="^" + text.replace("(", r"\(")):
        call()


# ---------------------------------------------------------------- GDL differential

def _gdl_cases():
    rng = np.random.default_rng(8)
    f = rng.normal(2, 3, size=(7, 11)).astype(np.float32)
    fn = f.copy()
    fn[rng.random(f.shape) < 0.15] = NAN
    fn[0, 3] = INF
    d = rng.normal(size=(5, 4, 3))
    i = rng.integers(-30000, 30000, size=(9, 8)).astype(np.int16)
    big = rng.integers(-2 ** 31, 2 ** 31 - 1, size=500).astype(np.int32)
    b = rng.integers(0, 256, size=777).astype(np.uint8)
    g = rng.normal(size=5000).astype(np.float32)
    # LONG data whose partial sums all stay within +-2**24 (500 * 30000 < 2**24): every
    # FLOAT partial sum is exact, so IDL's FLOAT running total and GDL's double sum
    # rounded once to FLOAT must agree bit for bit, whatever the draw.
    small = rng.integers(-30000, 30000, size=500).astype(np.int32)
    # 2**24 followed by 100 ones: in FLOAT each 2**24 + 1 is a tie that rounds back to
    # 2**24 (even), so the FLOAT running total stays 16777216, while the exact sum
    # 16777316 is a FLOAT: the two rules must differ, for every seed.
    absorb = np.array([2 ** 24] + [1] * 100, np.int32)
    exact = [
        ("tot_f", {"a": f}, "total(a)", lambda: total(f)),
        ("tot_f_d1", {"a": f}, "total(a, 1)", lambda: total(f, 1)),
        ("tot_f_d2", {"a": f}, "total(a, 2)", lambda: total(f, 2)),
        ("tot_g", {"a": g}, "total(a)", lambda: total(g)),
        ("tot_cum", {"a": f}, "total(a, /cumulative)", lambda: total(f, cumulative=True)),
        ("tot_cum2", {"a": f}, "total(a, 2, /cumulative)",
         lambda: total(f, 2, cumulative=True)),
        ("tot_nan", {"a": fn}, "total(a, /nan)", lambda: total(fn, nan=True)),
        ("tot_nan_d1", {"a": fn}, "total(a, 1, /nan)", lambda: total(fn, 1, nan=True)),
        ("tot_dbl", {"a": f}, "total(a, /double)", lambda: total(f, double=True)),
        ("tot_d3", {"a": d}, "total(a, 3)", lambda: total(d, 3)),
        ("tot_int", {"a": i}, "total(a)", lambda: total(i)),
        ("tot_big_cum", {"a": big}, "total(a, /cumulative)",
         lambda: total(big, cumulative=True)),
        ("tot_long_small", {"a": small}, "total(a)", lambda: total(small)),
        ("tot_absorb_cum", {"a": absorb}, "total(a, /cumulative)",
         lambda: total(absorb, cumulative=True)),
        ("tot_pres", {"a": b}, "total(a, /preserve_type)",
         lambda: total(b, preserve_type=True)),
        ("tot_pres_int", {"a": i}, "total(a, 1, /preserve_type)",
         lambda: total(i, 1, preserve_type=True)),
        ("mean_f", {"a": f}, "mean(a)", lambda: mean(f)),
        ("mean_nan_d2", {"a": fn}, "mean(a, dimension=2, /nan)",
         lambda: mean(fn, dimension=2, nan=True)),
        ("mean_int", {"a": i}, "mean(a, dimension=1)", lambda: mean(i, dimension=1)),
        ("min_f", {"a": f}, "min(a, s) & r = [r, s]", None),
        ("min_nan", {"a": fn}, "min(a, s, /nan) & r = [r, s]", None),
        ("max_d1", {"a": f}, "max(a, s, dimension=1, min=mn, subscript_min=smn) & "
         "r = [[r], [s], [mn], [smn]]", None),
        ("max_abs", {"a": f}, "max(a, s, /absolute) & r = [r, s]", None),
        ("min_int_d2", {"a": i}, "min(a, s, dimension=2) & r = [[r], [s]]", None),
    ]
    close = [  # (name, inputs, expr, python, rtol, why)
        ("mom_f", {"a": f}, "moment(a)", lambda: moment(f), 2e-5,
         "float32 sums of 77 terms in a different formula order"),
        ("mom_d", {"a": d}, "moment(a)", lambda: moment(d), 1e-12, "double sums"),
        ("mom_dim", {"a": d}, "moment(a, dimension=2)", lambda: moment(d, dimension=2),
         1e-12, "double sums of 4 terms"),
        ("mom_nan", {"a": fn}, "moment(a, /nan)", lambda: moment(fn, nan=True), 2e-5,
         "float32 sums"),
        ("mom_mdev", {"a": f}, "moment(a, mdev=md, sdev=sd) & r = [md, sd]",
         lambda: [moment(f, mdev=True).mdev, moment(f, sdev=True).sdev], 2e-5,
         "float32 sums"),
        ("var_f", {"a": f}, "variance(a)", lambda: variance(f), 2e-5, "float32 sums"),
        ("sd_d", {"a": d}, "stddev(a)", lambda: stddev(d), 1e-12, "double sums"),
        ("var_int", {"a": i}, "variance(a, /double)", lambda: variance(i, double=True),
         1e-12, "double sums"),
    ]
    divergent = [  # GDL 1.0.1 differs from IDL's definition (see compat.idl.total)
        ("tot_big", {"a": big}, "total(a)", big),
        ("tot_integer", {"a": f}, "total(a, /integer)", f),
        ("tot_absorb", {"a": absorb}, "total(a)", absorb),
    ]
    return f, fn, i, exact, close, divergent


F32, FN, I16, EXACT, CLOSE, DIVERGENT = _gdl_cases()


@pytest.fixture(scope="module")
def gdl_results():
    if GDL is None:
        pytest.skip("gdl not installed")
    with tempfile.TemporaryDirectory() as tmp:
        yield run_gdl([(n, inp, e) for n, inp, e, *_ in EXACT + CLOSE + DIVERGENT],
                      Path(tmp))


def _python_minmax(name):
    if name == "min_f":
        r = idl_min(F32, min_subscript=True)
        return np.array([r.result, r.min_subscript], np.float32)
    if name == "min_nan":
        r = idl_min(FN, min_subscript=True, nan=True)
        return np.array([r.result, r.min_subscript], np.float32)
    if name == "max_d1":
        r = idl_max(F32, max_subscript=True, dimension=1, min=True, subscript_min=True)
        return np.stack([r.result, r.max_subscript, r.min, r.subscript_min]).astype(
            np.float32)
    if name == "max_abs":
        r = idl_max(F32, max_subscript=True, absolute=True)
        return np.array([r.result, r.max_subscript], np.float32)
    r = idl_min(I16, min_subscript=True, dimension=2)
    return np.stack([r.result, r.min_subscript]).astype(np.int32)


@pytest.mark.gdl
@pytest.mark.parametrize("case", EXACT, ids=[c[0] for c in EXACT])
def test_exact_against_gdl(gdl_results, case):
    name, _, _, python = case
    expected = gdl_results[name]
    assert not isinstance(expected, Exception), expected
    got = np.asarray(python() if python else _python_minmax(name))
    assert got.dtype == expected.dtype, (got.dtype, expected.dtype)
    assert got.shape == expected.shape
    np.testing.assert_array_equal(got, expected)


@pytest.mark.gdl
@pytest.mark.parametrize("case", CLOSE, ids=[c[0] for c in CLOSE])
def test_close_against_gdl(gdl_results, case):
    name, _, _, python, rtol, _why = case
    expected = gdl_results[name]
    assert not isinstance(expected, Exception), expected
    got = np.asarray(python())
    assert got.dtype == expected.dtype and got.shape == expected.shape
    np.testing.assert_allclose(got, expected, rtol=rtol, atol=rtol)


@pytest.mark.gdl
def test_gdl_divergences_recorded(gdl_results):
    """GDL 1.0.1's plain TOTAL of integer data sums in double and rounds once to FLOAT
    (its /CUMULATIVE converts to FLOAT and accumulates in FLOAT, as compat does for
    both); its /INTEGER truncates the running total after each float addition.

    The two rules for TOTAL agree whenever the FLOAT running total happens to land on
    the correctly rounded sum: always while every partial sum is exact in FLOAT
    (``tot_long_small`` among the exact cases), and by chance for about 7% of random
    LONG draws like ``big`` (2000 seeds), so the random draw checks each side's rule
    and the divergence itself is asserted on ``absorb``, where the rules must differ.
    """
    big = DIVERGENT[0][3]
    gdl_total = gdl_results["tot_big"]
    running = np.cumsum(big.astype(np.float32), dtype=np.float32)[-1]
    assert gdl_total == np.float32(math.fsum(big.astype(np.float64)))  # GDL: double sum
    assert total(big) == running                                       # compat: FLOAT
    assert total(big) == total(big, cumulative=True)[-1]
    absorb = DIVERGENT[2][3]
    assert gdl_results["tot_absorb"] == np.float32(16777316)  # GDL: exact sum
    assert total(absorb) == np.float32(16777216)               # FLOAT running total
    assert total(absorb) == total(absorb, cumulative=True)[-1]
    assert gdl_results["tot_absorb_cum"][-1] == np.float32(16777216)  # GDL's own /CUM.
    f = DIVERGENT[1][3].reshape(-1)
    acc = 0
    for v in f:  # GDL's loop: running total truncated after each addition
        acc = int(np.trunc(np.float32(acc) + v))
    assert gdl_results["tot_integer"] == acc
    assert total(DIVERGENT[1][3], integer=True) == int(np.trunc(f).astype(np.int64).sum())


def test_float16_and_int8_are_read_as_the_idl_types_that_hold_them():
    """float16 values are FLOAT exactly, int8 values INT (no IDL type of their own)."""
    half = np.array([1.5, -2.25, 65504.0], dtype=np.float16)
    np.testing.assert_array_equal(total(half), total(half.astype(np.float32)))
    assert total(half).dtype == np.float32
    small = np.array([-128, 5, 127], dtype=np.int8)
    assert total(small) == total(small.astype(np.int16))


@pytest.mark.parametrize("call", [
    lambda a: __import__("compat").idl.smooth(a, 3),
    lambda a: __import__("compat").idl.convol(a, np.array([1, 2, 1])),
    lambda a: __import__("compat").idl.median(a, 3),
    lambda a: __import__("compat").idl.total(a),
    lambda a: __import__("compat").idl.rebin(a, 10),
    lambda a: __import__("compat").idl.poly(a, [1, 2]),
])
def test_bool_arrays_are_byte_everywhere(call):
    """IDL's relational operators give BYTE: ``a gt 2`` in IDL is ``a > 2`` here, and
    every routine reads a bool array exactly as the uint8 array of its values."""
    mask = np.array([True, False, True, True, False])
    a, b = call(mask), call(mask.astype(np.uint8))
    assert np.asarray(a).dtype == np.asarray(b).dtype
    np.testing.assert_array_equal(a, b)


def test_python_lists_follow_the_literal_rule_everywhere():
    from compat import idl
    assert idl.deriv([1., 3., 2., 5.]).dtype == np.float64      # DOUBLE literals
    assert idl.smooth([1., 3., 2., 5.], 3).dtype == np.float64
    assert idl.total([1, 2, 3]).dtype == np.float32             # INT literals: FLOAT total
    assert idl.reverse([1, 2]).dtype == np.int16
    assert idl.reverse([1, 40000]).dtype == np.int32
    assert idl.median([1., 5., 2.]).dtype == np.float64
    assert idl.interpol([1., 2.], 3).dtype == np.float64
