"""MATLAB imregionalmax/imregionalmin/imhmax/imhmin/imextendedmax/imextendedmin/
imimposemin (compat.matlab.regional_extrema): regional extrema against a plain flood
fill of the definition (plateaus, 4/8 and 6/18/26 connectivity), the H-transforms
against repeated geodesic dilation, imimposemin's documented property and its h rule,
classes, errors, inputs left alone; a live comparison with GNU Octave. Captured
values: golden suite matlab/regional_extrema."""

from __future__ import annotations

import itertools
from collections import deque

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave


def _offsets(conn, ndim):
    out = []
    for off in itertools.product((-1, 0, 1), repeat=ndim):
        k = sum(abs(o) for o in off)
        if k == 0:
            continue
        if (ndim == 2 and (conn == 8 or k == 1)) or \
                (ndim == 3 and (conn == 26 or k == 1 or (conn == 18 and k <= 2))):
            out.append(off)
    return out


def _flood_extrema(a, conn, minima=False):
    """The definition: a plateau (connected, equal values) all of whose outside
    neighbours are lower (higher for minima)."""
    offs = _offsets(conn, a.ndim)
    seen = np.zeros(a.shape, dtype=bool)
    out = np.zeros(a.shape, dtype=bool)
    for start in np.ndindex(a.shape):
        if seen[start]:
            continue
        v = a[start]
        members, ok, queue = [start], True, deque([start])
        seen[start] = True
        while queue:
            p = queue.popleft()
            for off in offs:
                q = tuple(i + o for i, o in zip(p, off))
                if not all(0 <= i < n for i, n in zip(q, a.shape)):
                    continue
                if a[q] == v:
                    if not seen[q]:
                        seen[q] = True
                        members.append(q)
                        queue.append(q)
                elif (a[q] < v) if minima else (a[q] > v):
                    ok = False
        if ok:
            for p in members:
                out[p] = True
    return out


def _geodesic_reconstruct(marker, mask, conn):
    j = np.minimum(marker, mask).astype(np.float64)
    offs = _offsets(conn, mask.ndim)
    while True:
        d = j.copy()
        for off in offs:
            shifted = np.full(j.shape, -np.inf)
            src = tuple(slice(max(0, -o), n - max(0, o)) for o, n in zip(off, j.shape))
            dst = tuple(slice(max(0, o), n - max(0, -o)) for o, n in zip(off, j.shape))
            shifted[dst] = j[src]
            d = np.maximum(d, shifted)
        d = np.minimum(d, mask)
        if np.array_equal(d, j):
            return j
        j = d


@pytest.mark.parametrize("conn", [4, 8])
def test_regional_extrema_2d_by_flood_fill(conn):
    rng = np.random.default_rng(12671 + conn)
    for _ in range(6):
        a = rng.integers(0, 4, tuple(int(v) for v in rng.integers(1, 9, 2)))
        np.testing.assert_array_equal(matlab.imregionalmax(a, conn), _flood_extrema(a, conn))
        np.testing.assert_array_equal(matlab.imregionalmin(a, conn),
                                      _flood_extrema(a, conn, minima=True))
    a = rng.integers(0, 4, (6, 7))
    np.testing.assert_array_equal(matlab.imregionalmax(a), _flood_extrema(a, 8))


@pytest.mark.parametrize("conn", [6, 18, 26])
def test_regional_extrema_3d_by_flood_fill(conn):
    rng = np.random.default_rng(12680 + conn)
    a = rng.integers(0, 3, (4, 5, 3)).astype(float)
    np.testing.assert_array_equal(matlab.imregionalmax(a, conn), _flood_extrema(a, conn))
    np.testing.assert_array_equal(matlab.imregionalmin(a, conn),
                                  _flood_extrema(a, conn, minima=True))
    if conn == 26:
        np.testing.assert_array_equal(matlab.imregionalmax(a), _flood_extrema(a, 26))


def test_documented_example_and_special_images():
    a = 10 * np.ones((10, 10))
    a[1:4, 1:4] = 22
    a[5:8, 5:8] = 33
    a[1, 6], a[2, 7], a[3, 8] = 44, 45, 44
    want = np.zeros((10, 10), dtype=bool)
    want[1:4, 1:4] = want[5:8, 5:8] = True
    want[2, 7] = True
    np.testing.assert_array_equal(matlab.imregionalmax(a), want)
    assert matlab.imregionalmax(np.full((3, 3), 7)).all()          # one whole plateau
    assert matlab.imregionalmax(np.zeros((2, 3), dtype=bool)).all()
    np.testing.assert_array_equal(matlab.imregionalmin(np.array([[True, False, True]])),
                                  [[False, True, False]])
    assert matlab.imregionalmax(np.zeros((0, 3))).shape == (0, 3)
    # Inf is an ordinary value
    np.testing.assert_array_equal(matlab.imregionalmax(np.array([[1, np.inf, np.inf, 0]])),
                                  [[False, True, True, False]])


def test_h_transforms_by_reconstruction():
    rng = np.random.default_rng(12690)
    for conn in (4, 8):
        a = rng.integers(0, 9, (7, 8)).astype(float)
        for h in (0.0, 1.0, 2.5, 20.0):
            want = _geodesic_reconstruct(a - h, a, conn)
            np.testing.assert_array_equal(matlab.imhmax(a, h, conn), want)
            want = 1 - _geodesic_reconstruct((1 - a) - h, 1 - a, conn)
            np.testing.assert_array_equal(matlab.imhmin(a, h, conn), want)
    u = rng.integers(0, 256, (6, 6)).astype(np.uint8)
    got = matlab.imhmax(u, 300)                        # u - 300 saturates at 0
    assert got.dtype == np.uint8
    np.testing.assert_array_equal(got, _geodesic_reconstruct(np.zeros_like(u), u, 8))
    # a fractional H on integers: u - 1.5 rounded half away from zero
    np.testing.assert_array_equal(
        matlab.imhmax(u, 1.5),
        _geodesic_reconstruct(np.clip(np.floor(u - 1.5 + 0.5), 0, 255), u, 8))
    # the documented effect: of two maxima 3 and 8 above 0, H = 4 keeps only the higher
    a = np.zeros((10, 10))
    a[1:4, 1:4] = 3
    a[5:8, 5:8] = 8
    b = matlab.imhmax(a, 4)
    assert b[1:4, 1:4].max() == 0 and (b[5:8, 5:8] == 4).all()
    np.testing.assert_array_equal(matlab.imextendedmax(a, 4), b == 4)
    np.testing.assert_array_equal(matlab.imextendedmin(-a, 4), b == 4)


def test_imposemin_property_and_h():
    rng = np.random.default_rng(12691)
    for dtype in (np.float64, np.uint8, np.int16, np.float32):
        a = (rng.random((8, 9)) * 100).astype(dtype)
        bw = rng.random((8, 9)) > 0.85
        bw[0, 0] = True
        out = matlab.imimposemin(a, bw)
        assert out.dtype == dtype
        low = -np.inf if np.dtype(dtype).kind == "f" else np.iinfo(dtype).min
        assert (out[bw] == low).all()
        # "only has regional minima wherever BW is nonzero"
        assert not (matlab.imregionalmin(out) & ~bw).any()
    # h: 0.1 for a constant floating image, range/1000 otherwise, 1 for integers
    out = matlab.imimposemin(np.full((2, 3), 5.0), np.array([[1, 0, 0], [0, 0, 0]]))
    np.testing.assert_array_equal(out, [[-np.inf, 5.1, 5.1], [5.1, 5.1, 5.1]])
    out = matlab.imimposemin(np.array([[0.0, 10.0]]), np.array([[0, 1]]))
    assert out[0, 0] == pytest.approx(0.01, abs=1e-15)
    out = matlab.imimposemin(np.array([[7, 3]], dtype=np.uint8), np.array([[0, 1]]))
    np.testing.assert_array_equal(out, [[8, 0]])


def test_errors_and_inputs():
    a = np.arange(12.0).reshape(3, 4)
    with pytest.raises(CompatValueError, match="non-NaN"):
        matlab.imregionalmax(np.array([[1.0, np.nan]]))
    with pytest.raises(CompatValueError, match="CONN"):
        matlab.imregionalmax(a, 5)
    with pytest.raises(CompatValueError, match="not valid"):
        matlab.imregionalmax(a, 26)
    with pytest.raises(CompatValueError, match="symmetric"):
        matlab.imregionalmin(a, np.array([[0, 1, 0], [1, 1, 0], [0, 0, 0]]))
    with pytest.raises(CompatValueError, match="nonnegative"):
        matlab.imhmax(a, -1)
    with pytest.raises(CompatValueError, match="scalar"):
        matlab.imhmin(a, [1, 2])
    with pytest.raises(CompatTypeError, match="numeric"):
        matlab.imhmax(a > 3, 1)
    with pytest.raises(CompatValueError, match="same size"):
        matlab.imimposemin(a, a[:, :2] > 0)
    b = np.asarray(a, dtype=">f8")
    b.setflags(write=False)
    for f, args in [(matlab.imregionalmax, ()), (matlab.imhmax, (2,)),
                    (matlab.imextendedmin, (1,)), (matlab.imimposemin, (a > 8,))]:
        got = f(b, *args)
        assert got.dtype.isnative
        np.testing.assert_array_equal(got, f(a, *args))
        np.testing.assert_array_equal(f(np.asfortranarray(a), *args), f(a, *args))
    assert np.array_equal(b, a)


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(12692)
    cases, expected = [], []
    for k in range(8):
        shape = tuple(int(v) for v in rng.integers(2, 9, 2)) if k % 4 else \
            tuple(int(v) for v in rng.integers(2, 5, 3))
        A = rng.integers(0, 5, shape).astype(np.uint8 if k % 2 else np.float64)
        BW = rng.random(shape) > 0.8
        conn = (4 if len(shape) == 2 else 6) if k % 3 == 0 else (8 if len(shape) == 2 else 26)
        h = float(rng.integers(0, 3)) + (0.5 if k % 2 == 0 else 0.0)
        stmt = (f"r1 = imregionalmax(A, {conn}); r2 = imregionalmin(A, {conn}); "
                f"r3 = imhmax(A, {h}, {conn}); r4 = imhmin(A, {h}, {conn}); "
                f"r5 = imextendedmax(A, {h}, {conn}); r6 = imextendedmin(A, {h}, {conn}); "
                f"r7 = imimposemin(A, logical(BW), {conn});")
        cases.append((stmt, {"A": A, "BW": BW.astype(np.uint8)}, [f"r{i}" for i in range(1, 8)]))
        expected.append([matlab.imregionalmax(A, conn), matlab.imregionalmin(A, conn),
                         matlab.imhmax(A, h, conn), matlab.imhmin(A, h, conn),
                         matlab.imextendedmax(A, h, conn), matlab.imextendedmin(A, h, conn),
                         matlab.imimposemin(A, BW, conn)])
    got = run_octave(cases, setup="pkg load image")
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        for i, w in enumerate(want, start=1):
            g = np.asarray(result[f"r{i}"]).reshape(w.shape)
            np.testing.assert_array_equal(g.astype(float), w.astype(float))
