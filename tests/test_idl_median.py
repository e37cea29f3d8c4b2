"""Tests of compat.idl.median (IDL MEDIAN).

Tiers: real-IDL printed values (IDL reference example; GDL issue #2245), an independent
brute-force implementation of IDL's documented definition, dtype/mutation/bad-input
tests, live differential tests against GDL where GDL follows IDL (marked ``gdl``), and
the recorded GDL divergences.
"""

from __future__ import annotations

import itertools
import math
import tempfile
from pathlib import Path

import numpy as np
import pytest

from compat.idl import median
from oracle_gdl import GDL, run_gdl

NAN = np.nan


# --------------------------------------------------------------------------------------
# brute force
# --------------------------------------------------------------------------------------

def brute_median_values(values, even):
    """IDL's median of a list: NaN left out; upper middle, or mean of both with /EVEN."""
    v = sorted(x for x in values if not math.isnan(x))
    n = len(v)
    if n == 0:
        return NAN
    if even and n % 2 == 0:
        return (v[n // 2 - 1], v[n // 2])
    return v[n // 2]


def _finish(m, dtype):
    if isinstance(m, tuple):
        lo, hi = m
        if np.dtype(dtype) == np.uint8:
            return (int(lo) + int(hi)) // 2
        return (np.asarray(lo, dtype) + np.asarray(hi, dtype)) / np.asarray(2, dtype)
    return m


def brute_filter(a, width, even, dtype):
    """Median filter, loop by loop: window t - w//2 .. t - w//2 + w - 1, edges copied."""
    a = np.asarray(a)
    c = a.astype(dtype)
    out = c.copy()
    h = width // 2
    for t in itertools.product(*[range(n) for n in a.shape]):
        if any(t[d] < h or t[d] > a.shape[d] - 1 - h for d in range(a.ndim)):
            continue
        vals = [float(c[tuple(t[d] - h + o[d] for d in range(a.ndim))])
                for o in itertools.product(range(width), repeat=a.ndim)]
        out[t] = _finish(brute_median_values(vals, even), dtype)
    return out


def assert_same(r, ref):
    assert r.dtype == ref.dtype and r.shape == ref.shape
    assert np.array_equal(r, ref, equal_nan=True)


# --------------------------------------------------------------------------------------
# real-IDL printed values
# --------------------------------------------------------------------------------------

def test_idl_reference_example():
    """IDL Reference Guide, MEDIAN: PRINT, MEDIAN([1,2,3,4], /EVEN) -> 2.50000 and
    PRINT, MEDIAN([1,2,3,4]) -> 3.00000."""
    r = median(np.array([1, 2, 3, 4], np.int16), even=True)
    assert r.dtype == np.float32 and r == 2.5
    assert median(np.array([1, 2, 3, 4], np.int16)) == 3.0
    assert median([1, 10, 4]) == 4  # "the median of the array [1,10,4] is 4"


def test_idl_edges_copied_issue_2245():
    """Real IDL (GDL issue #2245): median(indgen(5),5) -> 0 1 2 3 4 and
    median(indgen(6),6) -> 0 1 2 3 4 5."""
    assert median(np.arange(5, dtype=np.int16), 5).tolist() == [0, 1, 2, 3, 4]
    assert median(np.arange(6, dtype=np.int16), 6).tolist() == [0, 1, 2, 3, 4, 5]


# --------------------------------------------------------------------------------------
# brute force vs compat
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("shape", [(1,), (7,), (8,), (5, 6), (4, 3, 2)])
@pytest.mark.parametrize("even", [False, True])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int16, np.uint8, np.int64])
def test_whole_array_and_dimension(shape, even, dtype):
    rng = np.random.default_rng(abs(hash((shape, even, np.dtype(dtype).name))) % 2**32)
    a = rng.integers(0, 50, size=shape).astype(dtype) if np.dtype(dtype).kind in "iu" \
        else rng.normal(size=shape).astype(dtype)
    if np.dtype(dtype).kind == "f" and a.size > 2:
        a.reshape(-1)[rng.integers(a.size)] = NAN
    out = np.float64 if dtype == np.float64 else np.float32
    r = median(a, even=even)
    assert r.dtype == out
    ref = _finish(brute_median_values([float(x) for x in a.astype(out).ravel()], even), out)
    assert np.array_equal(np.asarray(r), np.asarray(ref, out), equal_nan=True)
    for d in range(1, a.ndim + 1):
        r = median(a, even=even, dimension=d)
        axis = a.ndim - d
        moved = np.moveaxis(a.astype(out), axis, -1)
        ref = np.empty(moved.shape[:-1], out)
        for idx in np.ndindex(*moved.shape[:-1]):
            ref[idx] = _finish(brute_median_values([float(x) for x in moved[idx]], even), out)
        assert np.array_equal(np.asarray(r), ref if a.ndim > 1 else ref[()], equal_nan=True)
        assert np.asarray(r).dtype == out
    r = median(a, double=True)
    assert np.asarray(r).dtype == np.float64


@pytest.mark.parametrize("shape, width", [((15,), 3), ((15,), 4), ((12,), 5), ((12,), 12),
                                          ((9, 8), 3), ((8, 9), 2), ((7, 9), 4),
                                          ((7, 7), 5), ((1, 11), 3), ((6, 6), 6)])
@pytest.mark.parametrize("even", [False, True])
@pytest.mark.parametrize("dtype, nan", [(np.float32, False), (np.float32, True),
                                        (np.float64, False), (np.float64, True),
                                        (np.uint8, False), (np.int16, False),
                                        (np.int32, False)])
def test_filter_brute_force(shape, width, even, dtype, nan):
    rng = np.random.default_rng(abs(hash((shape, width, even, np.dtype(dtype).name, nan)))
                                % 2**32)
    if np.dtype(dtype).kind in "iu":
        a = rng.integers(0, 30, size=shape).astype(dtype)  # many ties
    else:
        a = rng.normal(size=shape).astype(dtype)
        if nan:
            a[rng.random(shape) < 0.3] = NAN
            a.reshape(-1)[rng.integers(a.size)] = np.inf
    out = {np.dtype(np.uint8): np.uint8, np.dtype(np.float64): np.float64}.get(
        np.dtype(dtype), np.float32)
    r = median(a, width, even=even)
    ref = brute_filter(a.reshape(tuple(n for n in shape if n > 1) or (1,)) if shape[0] == 1
                       else a, width, even, out).reshape(shape)
    assert_same(r, ref)


def test_filter_all_nan_window_is_nan():
    a = np.array([1.0, NAN, NAN, NAN, 5, 6], np.float32)
    r = median(a, 3)
    assert r[0] == 1 and r[1] == 1 and np.isnan(r[2]) and r[3] == 5 and r[4] == 6  # upper of [5, 6]


def test_filter_double_keyword_and_types():
    a = np.arange(10, dtype=np.int16)[::-1].copy()
    assert median(a, 3).dtype == np.float32
    assert median(a, 3, double=True).dtype == np.float64
    assert median(a.astype(np.uint8), 3).dtype == np.uint8
    assert median(a.astype(np.uint8), 3, double=True).dtype == np.float64
    assert median(a.astype(np.complex128), 3).dtype == np.float64


def test_large_image_matches_scipy_interior():
    from scipy import ndimage
    rng = np.random.default_rng(3)
    a = rng.random((200, 300), dtype=np.float32)
    r = median(a, 5)
    ref = ndimage.median_filter(a, 5)
    np.testing.assert_array_equal(r[2:-2, 2:-2], ref[2:-2, 2:-2])
    np.testing.assert_array_equal(r[:2], a[:2])
    np.testing.assert_array_equal(r[:, -2:], a[:, -2:])


def test_does_not_modify_input():
    rng = np.random.default_rng(8)
    a = rng.normal(size=(6, 7)).astype(np.float32)
    a[2, 3] = NAN
    a0 = a.copy()
    median(a, 3, even=True)
    median(a, dimension=1)
    median(a)
    assert np.array_equal(a, a0, equal_nan=True)
    b = np.arange(10, dtype=np.float32)
    r = median(b, 3)
    r[0] = 99
    assert b[0] == 0


@pytest.mark.parametrize("array, width, kw, exc, message", [
    ("abc", None, {}, TypeError, "MEDIAN: String expression not allowed"),
    (np.array([object()] * 2), None, {}, TypeError, "MEDIAN: Array has dtype object"),
    (np.float32(3), None, {}, ValueError, "MEDIAN: Expression must be an array"),
    (np.zeros(0), None, {}, ValueError, "MEDIAN: Array is empty"),
    (np.zeros((3, 4, 5)), 3, {}, ValueError, "MEDIAN: Only 1 or 2 dimensions allowed"),
    (np.zeros(5), 1, {}, ValueError, "MEDIAN: Width must be > 1, and <= dimensions"),
    (np.zeros(5), 6, {}, ValueError, "MEDIAN: Width must be > 1, and <= dimensions (5)"),
    (np.zeros((4, 9)), 5, {}, ValueError, "MEDIAN: Width must be > 1, and <= dimensions (4)"),
    (np.zeros((9, 9)), [3, 3], {}, ValueError, "MEDIAN: Width must be a positive scalar"),
    (np.zeros(5), np.nan, {}, ValueError, "MEDIAN: NaN or Inf width"),
    (np.zeros(5), "3", {}, TypeError, "MEDIAN: Width must be a number"),
    (np.zeros((3, 4)), None, {"dimension": 3}, ValueError,
     "MEDIAN: Illegal keyword value for DIMENSION (3)"),
    (np.zeros((3, 4)), None, {"dimension": -1}, ValueError,
     "MEDIAN: Illegal keyword value for DIMENSION"),
    (np.zeros((3, 4)), 3, {"dimension": 1}, ValueError,
     "MEDIAN: DIMENSION cannot be combined with Width"),
])
def test_bad_input(array, width, kw, exc, message):
    with pytest.raises(exc) as info:
        median(array, width, **kw)
    assert str(info.value).startswith("MEDIAN: ")
    assert message in str(info.value)


# --------------------------------------------------------------------------------------
# live differential tests against GDL (where GDL follows IDL)
# --------------------------------------------------------------------------------------

def _call(width, kw):
    parts = ["median(a"] + ([f", {width}"] if width is not None else [])
    for key, value in kw.items():
        parts.append(f", {key}={value}" if key == "dimension" else (f", /{key}" if value
                                                                      else ""))
    return "".join(parts) + ")"


def _gdl_cases():
    rng = np.random.default_rng(77)
    cases = []
    # whole-array and DIMENSION medians: GDL follows IDL (NaN ignored, upper median)
    for shape, dtype in itertools.product([(9,), (10,), (6, 8), (4, 5, 6)],
                                          [np.float32, np.float64, np.int16, np.uint8]):
        a = rng.integers(0, 40, size=shape).astype(dtype) if np.dtype(dtype).kind in "iu" \
            else rng.normal(size=shape).astype(dtype)
        name = f"{'x'.join(map(str, shape))}-{np.dtype(dtype).name}"
        # /EVEN is not compared: GDL 1.0.1 takes the lower middle value from a partially
        # partitioned array (see test_gdl_divergences_recorded)
        variants = [("", a, (False,))]
        if np.dtype(dtype).kind == "f":
            b = a.copy()
            b[rng.random(shape) < 0.2] = NAN
            variants.append(("nan-", b, (False,)))
        for tag, arr, evens in variants:
            for even in evens:
                cases.append((f"{tag}all-{name}-e{int(even)}", arr, None, {"even": even}))
                for d in range(1, len(shape) + 1):
                    cases.append((f"{tag}dim{d}-{name}-e{int(even)}", arr, None,
                                  {"dimension": d, "even": even}))
            cases.append((f"{tag}double-{name}", arr, None, {"double": True}))
    # 2-D filters with even width <= 10 (GDL's reference implementation), no NaN
    for width, dtype in itertools.product([2, 4, 6], [np.float32, np.float64, np.int16]):
        a = rng.integers(0, 25, size=(13, 15)).astype(dtype)
        cases.append((f"filter2d-w{width}-{np.dtype(dtype).name}", a, width, {}))
    return cases


GDL_CASES = _gdl_cases()


@pytest.fixture(scope="module")
def gdl_results():
    if GDL is None:
        pytest.skip("gdl not installed")
    with tempfile.TemporaryDirectory() as tmp:
        yield run_gdl([(n, {"a": a}, _call(w, kw)) for n, a, w, kw in GDL_CASES], Path(tmp))


@pytest.mark.gdl
@pytest.mark.parametrize("name, a, width, kw", GDL_CASES, ids=[c[0] for c in GDL_CASES])
def test_against_gdl(gdl_results, name, a, width, kw):
    expected = gdl_results[name]
    assert not isinstance(expected, Exception), expected
    r = np.asarray(median(a, width, **kw))
    assert r.dtype == expected.dtype and r.shape == expected.shape
    assert np.array_equal(r, expected, equal_nan=True)


@pytest.mark.gdl
def test_gdl_2d_odd_width_interior(tmp_path):
    """GDL's fast 2-D filter agrees on the interior (its edges differ: see divergences)."""
    if GDL is None:
        pytest.skip("gdl not installed")
    rng = np.random.default_rng(5)
    a = rng.normal(size=(20, 25)).astype(np.float32)
    got = run_gdl([("m", {"a": a}, "median(a, 5)")], tmp_path)["m"]
    np.testing.assert_array_equal(median(a, 5)[2:-2, 2:-2], got[2:-2, 2:-2])


_A10 = np.array([5, 1, 9, 3, 7, 2, 8, 4, 6, 0], np.float32)
_B = np.array([[3, 1, 4, 1, 5], [9, 2, 6, 5, 3], [5, 8, 9, 7, 9], [3, 2, 3, 8, 4]],
              np.float32)
GDL_DIVERGENCES = [
    # IDL copies the edge points (issue #2245); GDL 1.0.1 filters them on shrunk windows
    ("1d-odd-edges", _A10, 3, {}, [3, 5, 3, 7, 3, 7, 4, 6, 4, 3]),
    ("1d-even-edges", _A10, 4, {}, [5, 5, 5, 7, 7, 7, 7, 6, 6, 4]),
    ("indgen5-w5", np.arange(5, dtype=np.int16), 5, {}, [1, 1.5, 2, 2.5, 3]),
    # and its 2-D odd filter averages even counts at the edges without /EVEN
    ("2d-odd-edges", _B, 3, {}, [[2.5, 3.5, 3, 4.5, 4], [4, 5, 5, 5, 5], [4, 5, 6, 6, 6],
                                 [4, 4, 7.5, 7.5, 7.5]]),
]


@pytest.mark.gdl
def test_gdl_divergences_recorded(tmp_path):
    if GDL is None:
        pytest.skip("gdl not installed")
    got = run_gdl([(n, {"a": a}, _call(w, kw)) for n, a, w, kw, _ in GDL_DIVERGENCES],
                  tmp_path)
    for name, a, width, kw, gdl_values in GDL_DIVERGENCES:
        np.testing.assert_allclose(got[name], gdl_values)
        assert not np.array_equal(median(a, width, **kw), got[name]), name
    # /EVEN with NaNs: IDL counts the values that are not NaN (NaN is missing data); GDL
    # 1.0.1 averages two values although 7 of its 9 values are valid
    nine = np.array([0.42776996, -0.57083756, 2.6544607, NAN, 0.6617157, -0.14342594,
                     -0.3545064, 1.0663588, NAN], np.float32)
    got = run_gdl([("e", {"a": nine}, "median(a, /even)")], tmp_path)["e"]
    np.testing.assert_allclose(got, (0.42776996 - 0.14342594) / 2, rtol=1e-6)
    assert median(nine, even=True) == np.float32(0.42776996)
    # /EVEN without NaN: IDL averages the two middle values (18 and 21 here); GDL's
    # quickselect leaves an arbitrary lower-partition element next to the median
    ten = np.array([34, 18, 11, 21, 9, 34, 9, 33, 8, 37], np.int16)
    got = run_gdl([("t", {"a": ten}, "median(a, /even)"),
                   ("f", {"a": np.arange(1, 11, dtype=np.float32)}, "median(a, /even)")],
                  tmp_path)
    assert got["t"] == 16.0 and median(ten, even=True) == 19.5
    assert got["f"] == 6.0 and median(np.arange(1, 11, dtype=np.float32), even=True) == 5.5
    # BYTE 1-D filter: GDL returns FLOAT, IDL's documentation says BYTE
    got = run_gdl([("b", {"a": _A10.astype(np.uint8)}, "median(a, 3)")], tmp_path)["b"]
    assert got.dtype == np.float32
    assert median(_A10.astype(np.uint8), 3).dtype == np.uint8
