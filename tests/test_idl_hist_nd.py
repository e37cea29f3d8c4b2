"""IDL library HIST_ND (hist_nd.pro): bins by hand from the definition, IDL's dimension
order, NBINS and its edge quirks, REVERSE_INDICES, integer arithmetic, errors, untouched
inputs, and random points against live GDL running its hist_nd.pro."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def _by_hand(points, lo, width, nb):
    """Count points per bin with float64 floors (inputs chosen so that no point lies
    within rounding of a bin edge)."""
    out = np.zeros(tuple(reversed(nb)), np.int64)
    for p in points:
        idx = [int(np.floor((p[d] - lo[d]) / width[d])) for d in range(len(nb))]
        if all(0 <= i < n for i, n in zip(idx, nb)):
            out[tuple(reversed(idx))] += 1
    return out


def test_counts_by_hand_three_dimensions():
    rng = np.random.default_rng(12831)
    # points on a quarter grid offset by 1/8: never on a bin edge of width 0.5 or 1
    pts = (rng.integers(-8, 8, (200, 3)) / 4 + 0.125).astype(np.float64)
    lo = np.array([-2.0, -2.0, -2.0])
    width = np.array([0.5, 1.0, 0.5])
    h = idl.hist_nd(pts, width, min=lo, max=[1.99, 1.99, 1.99])
    nb = [int((1.99 - -2.0) / w + 1) for w in width]
    assert h.shape == tuple(reversed(nb)) and h.dtype == np.int32
    np.testing.assert_array_equal(h, _by_hand(pts, lo, width, nb))
    assert h.sum() == len(pts)


def test_dimension_order_matches_numpy_histogramdd_reversed():
    rng = np.random.default_rng(12832)
    # points below MAX: one in (3.999, 4] is outside IDL's range but inside numpy's last
    # bin (about one draw in four had one: COMPAT_RESEED_SHIFT=8328)
    pts = rng.uniform(0, 3.99, (500, 2)) + 1e-9
    h = idl.hist_nd(pts, [1.0, 2.0], min=[0, 0], max=[3.999, 3.999])
    ref, _ = np.histogramdd(pts, bins=[[0, 1, 2, 3, 4], [0, 2, 4]])
    np.testing.assert_array_equal(h, ref.T)       # IDL [4, 2] is numpy (2, 4)


def test_nbins_edge_quirks():
    """NBINS: width (max-min)/n, so the maximum gets bin n; hist_nd.pro's flat index
    b0 + n0*b1 puts an x-maximum into bin 0 of the next row and drops a y-maximum."""
    pts = np.array([[0, 0], [2, 0], [0, 3], [2, 3], [1, 1.5]], np.float32)
    h = idl.hist_nd(pts, nbins=[2, 3])
    # widths 1 and 1: bins (x, y): (0,0), (2->next row: 0 of y=1), (0,3)->out, (2,3)->out,
    # (1, 1)
    expected = np.zeros((3, 2), np.int32)
    expected[0, 0] = 1
    expected[1, 0] = 1
    expected[1, 1] = 1
    np.testing.assert_array_equal(h, expected)


def test_reverse_indices_layout():
    pts = np.array([[0.5, 0.5], [1.5, 0.5], [1.6, 2.5], [0.1, 2.9], [0.2, 0.4]])
    h, ri = idl.hist_nd(pts, 1.0, min=0, max=2.99, reverse_indices=True)
    flat = h.reshape(-1)
    assert ri.dtype == np.int32
    assert ri[0] == flat.size + 1
    for i in range(flat.size):
        members = ri[ri[i]:ri[i + 1]]
        assert len(members) == flat[i]
        for m in members:
            x, y = int(pts[m, 0] // 1), int(pts[m, 1] // 1)
            assert x + 3 * y == i
    assert ri[ri[0]:ri[1]].tolist() == [0, 4]      # ascending within the bin


def test_zero_span_with_nbins():
    """NBINS over a dimension where all points are equal: width 0, (v - min)/0 = 0/0,
    LONG(NaN) = -2147483648 (x86, as IDL and GDL): no point is counted in 1-D."""
    v = np.array([[2.0], [2.0], [2.0]], np.float32)
    with np.errstate(all="ignore"):
        h = idl.hist_nd(v, nbins=3)
    np.testing.assert_array_equal(h, [0, 0, 0])


def test_integer_arithmetic():
    """INT data, INT width: (v - min)/w truncates as integers; nbins (max-min)/w + 1."""
    v = np.array([[-7, 0], [-3, 1], [0, 2], [5, 9]], np.int16)
    h = idl.hist_nd(v, 4)
    # x: min -7, max 5 -> 12/4+1 = 4 bins; (v+7)/4 = 0, 1, 1, 3; y: min 0, max 9 -> 3 bins
    # y/4 = 0, 0, 0, 2
    expected = np.zeros((3, 4), np.int32)
    for bx, by in [(0, 0), (1, 0), (1, 0), (3, 2)]:
        expected[by, bx] += 1
    np.testing.assert_array_equal(h, expected)
    b = np.array([[250, 3], [10, 200]], np.uint8)
    assert idl.hist_nd(b, 100).shape == (2, 3)     # (250-10)/100+1 = 3, (200-3)/100+1 = 2


def test_errors_and_inputs():
    with pytest.raises(ValueError, match=r"HIST_ND: Input must be N \(dimensions\) x P"):
        idl.hist_nd([1.0, 2.0, 3.0], 1.0)
    with pytest.raises(ValueError, match="HIST_ND: Only up to 8 dimensions allowed"):
        idl.hist_nd(np.zeros((4, 9)), 1.0)
    with pytest.raises(ValueError, match="HIST_ND: Must pass either binsize or NBINS"):
        idl.hist_nd(np.ones((4, 2)))
    with pytest.raises(ValueError, match="HIST_ND: Min must be less than or equal to max."):
        idl.hist_nd(np.ones((4, 2)), 1.0, min=2.0, max=1.0)
    with pytest.raises(ValueError, match="HIST_ND: V must be finite"):
        idl.hist_nd(np.array([[1.0, np.nan], [2.0, 3.0]]), 1.0)
    with pytest.raises(ValueError, match="HIST_ND: MIN must have 1 or 2 elements"):
        idl.hist_nd(np.ones((4, 2)), 1.0, min=[0, 0, 0])
    with pytest.raises(TypeError, match="HIST_ND: Complex"):
        idl.hist_nd(np.ones((4, 2), complex), 1.0)
    v = np.array([[1.5, 2.5], [0.5, 0.25], [3.0, 1.0]], ">f4")
    v.setflags(write=False)
    h = idl.hist_nd(v, 1.0)
    assert v[0, 0] == 1.5 and h.dtype.isnative
    np.testing.assert_array_equal(h, idl.hist_nd(v.astype(np.float32), 1.0))
    np.testing.assert_array_equal(idl.hist_nd(np.asfortranarray(v), 1.0), h)


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_points_against_gdl():
    """FLOAT, DOUBLE, INT and BYTE points in 1-4 dimensions, Binsize (scalar or per
    dimension) or NBINS, with and without MIN/MAX cutting into the data, and
    REVERSE_INDICES: the same hist_nd.pro arithmetic, so the counts and subscripts agree
    exactly."""
    rng = np.random.default_rng(12833)
    cases, ours = [], {}
    kinds = itertools.cycle(["f4", "f8", "i2", "u1"])
    for k in range(28):
        kind = next(kinds)
        nd = int(rng.integers(1, 5))
        npts = int(rng.integers(2, 60))
        if kind == "f4":
            v = rng.normal(size=(npts, nd)).astype(np.float32)
        elif kind == "f8":
            v = rng.uniform(-5, 5, (npts, nd))
        elif kind == "i2":
            v = rng.integers(-30, 30, (npts, nd)).astype(np.int16)
        else:
            v = rng.integers(0, 256, (npts, nd)).astype(np.uint8)
        kw, args = {}, ""
        if k % 3 == 0:
            nb = rng.integers(1, 7, nd).astype(np.int32)
            kw["nbins"] = nb
            args += ", nbins=nb"
            inputs = {"v": v, "nb": nb}
            binsize = None
        else:
            if kind in ("i2", "u1"):
                binsize = rng.integers(1, 9, nd).astype(np.int16)
            else:
                binsize = rng.uniform(0.3, 1.5, nd).astype(np.float32)
            inputs = {"v": v, "bs": binsize}
        if k % 4 == 1:
            lo = np.percentile(v, 20, axis=0).astype(np.float32)
            hi = np.percentile(v, 80, axis=0).astype(np.float32)
            kw["min"], kw["max"] = lo, hi
            inputs.update(lo=lo, hi=hi)
            args += ", min=lo, max=hi"
        call = f"hist_nd(v{', bs' if binsize is not None else ''}{args}"
        cases.append((f"h{k}", inputs, call + ")"))
        cases.append((f"r{k}", inputs, call + ", reverse_indices=ri) & r = ri"))
        if v.shape[0] == 1 and nd == 1:
            continue
        h, ri = idl.hist_nd(v, binsize, reverse_indices=True, **kw)
        ours[f"h{k}"], ours[f"r{k}"] = h, ri
    results = run_gdl(cases)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(np.ravel(value), np.ravel(got), err_msg=name)
        if name.startswith("h"):
            assert got.size == value.size, name
