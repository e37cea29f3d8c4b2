"""IDL BILINEAR, HIST_EQUAL, STDEV and IMAGE_STATISTICS: the interpolation formula, the
equalisation steps and the statistics by hand, IDL's types, keywords and errors,
untouched inputs, and random inputs against live GDL."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


# -------------------------------------------------------------------------- BILINEAR
def _bilinear_by_hand(p, x, y):
    """p[y, x] (readsav layout) at one location, clamped to the edges."""
    ny, nx = p.shape
    x = min(max(x, 0.0), nx - 1.0)
    y = min(max(y, 0.0), ny - 1.0)
    i, j = min(int(math.floor(x)), nx - 2), min(int(math.floor(y)), ny - 2)
    fx, fy = x - i, y - j
    return ((1 - fx) * (1 - fy) * p[j, i] + fx * (1 - fy) * p[j, i + 1]
            + (1 - fx) * fy * p[j + 1, i] + fx * fy * p[j + 1, i + 1])


def test_bilinear_documented_examples():
    p = np.arange(9, dtype=np.float32).reshape(3, 3)        # FINDGEN(3, 3)
    assert idl.bilinear(p, np.float32(0.5), np.float32(0.0)) == np.float32(0.5)
    ix = np.array([[0.5, 1.9], [1.1, 2.2]], np.float32)
    jy = np.array([[0.1, 0.9], [1.2, 1.8]], np.float32)
    # IDL prints 0.800000 4.60000 / 4.70000 7.40000 (2.2 lies beyond the last column)
    np.testing.assert_allclose(idl.bilinear(p, ix, jy), [[0.8, 4.6], [4.7, 7.4]], atol=2e-6)


def test_bilinear_formula_grid_orientation_and_clamping():
    rng = np.random.default_rng(8)
    p = rng.normal(size=(6, 9))
    ix = rng.uniform(-1, 10, 7)
    jy = rng.uniform(-1, 7, 4)
    r = idl.bilinear(p, ix, jy)
    assert r.shape == (4, 7) and r.dtype == np.float64
    # DOUBLE data: INTERPOLATE converts the locations to FLOAT first
    xs, ys = ix.astype(np.float32).astype(float), jy.astype(np.float32).astype(float)
    for k in range(4):
        for m in range(7):
            assert r[k, m] == pytest.approx(_bilinear_by_hand(p, xs[m], ys[k]), abs=1e-12)


def test_bilinear_missing_types_and_mixed_forms():
    p = np.array([[0, 100, 200], [50, 150, 250]], np.uint8)
    r = idl.bilinear(p, np.array([0.5, 1.25], np.float32), np.array([0.25], np.float32))
    assert r.dtype == np.uint8 and r.tolist() == [[62, 137]]    # 62.5, 137.5 truncated
    m = idl.bilinear(p.astype(np.float32), [-0.5, 1.0, 2.5], [0.0, 1.0], missing=-7)
    assert m.tolist() == [[-7, 100, -7], [-7, 150, -7]]
    x2 = np.array([[0.0, 1.0, 2.0], [0.5, 1.5, 2.0]], np.float32)
    mixed = idl.bilinear(p.astype(np.float32), x2, np.array([0.0, 1.0], np.float32))
    assert mixed.tolist() == [[0, 100, 200], [100, 200, 250]]


def test_bilinear_errors_and_inputs_untouched():
    p = np.zeros((3, 3), np.float32)
    with pytest.raises(ValueError, match="BILINEAR: IX and JY must be vectors or two"):
        idl.bilinear(p, np.zeros((2, 2, 2)), np.zeros((2, 2, 2)))
    with pytest.raises(ValueError, match="BILINEAR: P must be a two-dimensional array"):
        idl.bilinear(np.zeros(4), [0.5], [0.5])
    with pytest.raises(ValueError, match="BILINEAR: a vector IX or JY needs"):
        idl.bilinear(p, [0.5, 1.0], 0.5)
    ix = np.array([0.5, 1.5], ">f4")
    ix.setflags(write=False)
    idl.bilinear(np.arange(9.0).reshape(3, 3), ix, np.array([0.5, 1.0]))
    assert ix.shape == (2,) and ix.dtype.byteorder == ">"      # IDL would replace IX


# ------------------------------------------------------------------------ HIST_EQUAL
def _bytscl_float(v, top):
    """BYTSCL of floating data by its documented formula, min/max from the data."""
    v = np.asarray(v, float)
    return np.clip(np.floor((top + 0.9999) * (v - v.min()) / (v.max() - v.min())),
                   0, top).astype(np.uint8)


def test_hist_equal_byte_by_hand():
    rng = np.random.default_rng(4)
    a = rng.integers(30, 120, size=(7, 9)).astype(np.uint8)
    counts = np.bincount(a.ravel(), minlength=256)       # bins 0..255 (BYTE default)
    counts[0] = 0                                        # the zeroed background bin
    table = _bytscl_float(np.cumsum(counts), 255)
    np.testing.assert_array_equal(idl.hist_equal(a), table[a])
    top = _bytscl_float(np.cumsum(counts), 200)
    np.testing.assert_array_equal(idl.hist_equal(a, top=200), top[a])
    cum = idl.hist_equal(a, histogram_only=True)
    assert cum.dtype == np.int32 and cum.tolist() == np.cumsum(counts).tolist()


def test_hist_equal_float_default_binsize_by_hand():
    rng = np.random.default_rng(5)
    a = rng.normal(size=(8, 8)).astype(np.float32)
    lo, hi = a.min(), a.max()
    size = np.float32(np.float64(hi - lo) / 5000.0)         # BINSIZE in the data's type
    bins = np.floor((a - lo) / size).astype(int)
    nb = int(np.floor((hi - lo) / size)) + 1
    bins[bins >= nb] = nb - 1
    counts = np.bincount(bins.ravel(), minlength=nb)
    counts[0] = 0
    table = _bytscl_float(np.cumsum(counts), 255)
    look = np.trunc((a - lo).astype(np.float64) / np.float64(hi - lo) * 5000.0)
    expected = table[np.clip(look.astype(int), 0, nb - 1)]
    got = idl.hist_equal(a)
    assert got.dtype == np.uint8 and got.shape == a.shape
    # the lookup divides by the DOUBLE binsize (hi - lo)/5000: compare away from bin edges
    np.testing.assert_array_equal(got, expected)
    r = idl.hist_equal(a, omax=True, omin=True)
    assert r.omax == hi and r.omin == lo and type(r.omin) is np.float32


def test_hist_equal_integer_default_binsize_is_whole():
    """(MAXV - MINV)/5000 rounded up, at least 1: 12000/5000 -> 3."""
    a = np.array([0, 2999, 3000, 6000, 12000, 12000], np.int16)
    h = idl.hist_equal(a, histogram_only=True)
    assert h.size == 4001                                     # 12000 // 3 + 1 bins
    assert h[0] == 0 and h[998] == 0 and h[999] == 1          # bin 0 (value 0) zeroed
    assert h[1000] == 2 and h[1999] == 2 and h[2000] == 3 and h[-1] == 5
    assert idl.hist_equal(np.array([3, 9, 4, 7], np.int16), histogram_only=True).size == 7


def test_hist_equal_percent_limits_by_hand():
    a = np.arange(100, dtype=np.float32).reshape(10, 10)
    size = np.float32(99.0 / 5000.0)
    counts = np.array(idl.histogram(a, min=np.float32(0), max=np.float32(99), binsize=size))
    counts[0] = 0
    cum = np.cumsum(counts, dtype=float)
    # VALUE_LOCATE: the last bin whose cumulative count is <= the target
    low = np.searchsorted(cum, cum[-1] * 10 / 100, side="right") - 1 + 1
    high = np.searchsorted(cum, cum[-1] * 90 / 100, side="right") - 1
    lo_v, hi_v = np.float32(0 + np.float64(size) * low), np.float32(np.float64(size) * high)
    expected = np.clip(np.floor(255.9999 * (a.astype(float) - lo_v) / (float(hi_v) - lo_v)),
                       0, 255).astype(np.uint8)
    np.testing.assert_array_equal(idl.hist_equal(a, percent=10), expected)


def test_hist_equal_fcn():
    rng = np.random.default_rng(6)
    a = rng.integers(0, 256, size=(6, 7)).astype(np.uint8)
    ramp = np.arange(256, dtype=np.float32)          # a linear FCN: the identity table
    np.testing.assert_array_equal(idl.hist_equal(a, fcn=ramp), idl.hist_equal(a))
    y = np.log(np.arange(256, dtype=np.float32) + 1)
    counts = np.bincount(a.ravel(), minlength=256)
    counts[0] = 0
    level = _bytscl_float(np.cumsum(counts), 255)              # equalised bytes
    shape = np.bincount(_bytscl_float(y, 255), minlength=256)  # histogram of BYTSCL(FCN)
    y2 = _bytscl_float(np.cumsum(shape), 255)
    np.testing.assert_array_equal(idl.hist_equal(a, fcn=y), y2[level][a])


def test_hist_equal_errors():
    a = np.arange(10, dtype=np.float32)
    with pytest.raises(ValueError, match="HIST_EQUAL: MINV must be less than MAXV"):
        idl.hist_equal(a, minv=5, maxv=5)
    with pytest.raises(ValueError, match="HIST_EQUAL: BINSIZE must be greater than zero"):
        idl.hist_equal(a, binsize=-1.0)
    with pytest.raises(ValueError, match="HIST_EQUAL: PERCENT must be between 0 and 100"):
        idl.hist_equal(a, percent=100)
    with pytest.raises(TypeError, match="HIST_EQUAL: Illegal type for input argument"):
        idl.hist_equal(np.array([1j, 2]))
    big = np.arange(12, dtype=">f8").reshape(3, 4)
    big.setflags(write=False)
    assert idl.hist_equal(big).dtype == np.uint8 and big[0, 1] == 1


# ----------------------------------------------------------------------------- STDEV
def test_stdev_definition_types_and_mean():
    x = np.array([65, 63, 67, 64, 68, 62, 70, 66, 68, 67, 69, 71, 66, 65, 70], np.int16)
    s = idl.stdev(x)
    assert type(s) is np.float32
    assert s == pytest.approx(np.std(x.astype(float), ddof=1), rel=1e-6)   # 2.65832
    r = idl.stdev(np.array([1.0, 5, 9, 3, 10, 4]), mean=True)
    assert type(r.result) is np.float64 and r.mean == pytest.approx(16 / 3, rel=1e-15)
    assert r.result == pytest.approx(math.sqrt(sum((v - 16 / 3) ** 2
                                                   for v in [1, 5, 9, 3, 10, 4]) / 5))
    with pytest.raises(ValueError, match="STDEV: Number of data points must be > 1"):
        idl.stdev([3.0])
    with pytest.raises(TypeError, match="STDEV: Complex"):
        idl.stdev(np.array([1j, 2j]))


# ------------------------------------------------------------------ IMAGE_STATISTICS
def test_image_statistics_against_numpy():
    rng = np.random.default_rng(12)
    d = rng.normal(size=(7, 8)).astype(np.float32)
    mask = rng.integers(0, 3, size=(7, 8))
    r = idl.image_statistics(d, mask=mask)
    sel = d[mask != 0].astype(float)
    assert r.count == sel.size and type(r.count) is np.uint32
    expected = dict(data_sum=sel.sum(), maximum=sel.max(), mean=sel.mean(),
                    minimum=sel.min(), stddev=sel.std(ddof=1),
                    sum_of_squares=(sel ** 2).sum(), variance=sel.var(ddof=1))
    for name, value in expected.items():
        got = getattr(r, name)
        assert type(got) is np.float32 and got == np.float32(value), name
    only = idl.image_statistics(d, variance=True)
    assert only._fields == ("variance",)
    assert only.variance == np.float32(d.astype(float).var(ddof=1))


def test_image_statistics_edge_cases_and_errors():
    one = idl.image_statistics(np.array([[5, 0], [0, 0]], np.uint8),
                               mask=np.array([[1, 0], [0, 0]]), stddev=True, count=True)
    assert one.count == 1 and one.stddev == 0.0
    allzero = idl.image_statistics(np.arange(4.0).reshape(2, 2), mask=np.zeros((2, 2)),
                                   count=True)
    assert allzero.count == 4                # an empty mask selects every sample
    with pytest.raises(ValueError, match="IMAGE_STATISTICS: MASK has 3 elements"):
        idl.image_statistics(np.zeros((2, 2)), mask=[1, 0, 1])
    for kw in ({"vector": True}, {"labeled": True}, {"lut": [1, 2]}, {"weighted": True},
               {"weight_sum": True}):
        with pytest.raises(ValueError, match="is not supported by compat"):
            idl.image_statistics(np.zeros((2, 2)), **kw)
    with pytest.raises(ValueError, match="Expression must be an array"):
        idl.image_statistics(3.0)


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_inputs_against_gdl():
    """BILINEAR inside the array (GDL returns 0 outside: a recorded divergence),
    HIST_EQUAL of FLOAT/DOUBLE data with its defaults and keywords, STDEV."""
    rng = np.random.default_rng(77)
    cases, ours = [], {}
    for k in range(6):
        ny, nx = (int(n) for n in rng.integers(3, 12, size=2))
        dtype = [np.float32, np.float64, np.uint8, np.int16, np.int32, np.float32][k]
        p = (rng.normal(size=(ny, nx)) * 50 + 100).astype(dtype)
        ix = rng.uniform(0, nx - 1, 5).astype(np.float32)
        jy = rng.uniform(0, ny - 1, 4).astype(np.float32)
        cases.append((f"bv{k}", {"p": p, "ix": ix, "jy": jy}, "bilinear(p, ix, jy)"))
        ours[f"bv{k}"] = idl.bilinear(p, ix, jy)
        x2 = rng.uniform(-1, nx, (3, 4)).astype(np.float32)
        y2 = rng.uniform(-1, ny, (3, 4)).astype(np.float32)
        cases.append((f"bm{k}", {"p": p, "x2": x2, "y2": y2},
                      "bilinear(p, x2, y2, missing=-5)"))
        ours[f"bm{k}"] = idl.bilinear(p, x2, y2, missing=-5)
        f = rng.normal(size=(ny, nx)).astype([np.float32, np.float64][k % 2])
        cases.append((f"he{k}", {"f": f}, "hist_equal(f)"))
        ours[f"he{k}"] = idl.hist_equal(f)
        cases.append((f"ht{k}", {"f": f}, "hist_equal(f, top=150, binsize=0.1)"))
        ours[f"ht{k}"] = idl.hist_equal(f, top=150, binsize=np.float32(0.1))
        cases.append((f"sd{k}", {"f": f}, "stdev(f)"))
        ours[f"sd{k}"] = idl.stdev(f)
    results = run_gdl(cases)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert np.asarray(value).dtype == got.dtype, name
        if name.startswith("sd"):
            np.testing.assert_allclose(value, got, rtol=2e-6, err_msg=name)
        else:
            np.testing.assert_array_equal(value, got, err_msg=name)
