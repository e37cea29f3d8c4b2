"""MATLAB connected components (compat.matlab.connected_components): MATLAB's label
order (column-major first pixel) against scipy's partition, pixel lists, area opening,
reconstruction against its definition (iterated geodesic dilation), imfill's forms,
imclearborder's subtraction, bwperim, errors, inputs left alone, the compiled
reconstruction against the numpy sweeps, and a live Octave run on random images
(partitions, fills, reconstructions). Captured values: golden suite
matlab/connected_components."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _first_pixels(L):
    flat = L.ravel(order="F")
    return [np.flatnonzero(flat == k)[0] for k in range(1, int(L.max()) + 1)]


@pytest.mark.parametrize("conn", [4, 8])
def test_labels_are_scipys_partition_in_column_order(conn):
    rng = np.random.default_rng(conn)
    bw = rng.random((25, 31)) > 0.55
    L, n = matlab.bwlabel(bw, conn, nargout=2)
    ref, m = ndimage.label(bw, structure=ndimage.generate_binary_structure(2, conn // 4))
    assert n == m and L.dtype == np.float64
    # the same partition: a one-to-one map between the numberings
    pairs = set(zip(L[bw].tolist(), ref[bw].tolist()))
    assert len(pairs) == m
    firsts = _first_pixels(L)
    assert firsts == sorted(firsts)                  # numbered by first pixel, column order
    CC = matlab.bwconncomp(bw, conn)
    assert CC.NumObjects == n
    for k, idx in enumerate(CC.PixelIdxList, start=1):
        want = np.flatnonzero(L.ravel(order="F") == k) + 1
        np.testing.assert_array_equal(idx.ravel(), want)
    np.testing.assert_array_equal(matlab.labelmatrix(CC), L.astype(np.uint8))


def _reconstruct_by_definition(marker, mask, conn):
    s = ndimage.generate_binary_structure(2, conn // 4)
    j = np.minimum(marker, mask)
    while True:
        nxt = np.minimum(ndimage.grey_dilation(j, footprint=s, mode="constant",
                                               cval=np.iinfo(j.dtype).min
                                               if j.dtype.kind in "iu" else -np.inf), mask)
        if np.array_equal(nxt, j):
            return j
        j = nxt


@pytest.mark.parametrize("shape", [(9, 11), (70, 80)])
def test_reconstruction_is_the_iterated_dilation(shape):
    rng = np.random.default_rng(shape[0])
    mask = rng.integers(0, 256, shape).astype(np.uint8)
    marker = np.where(rng.random(shape) > 0.95, mask, 0).astype(np.uint8)
    for conn in (4, 8):
        np.testing.assert_array_equal(matlab.imreconstruct(marker, mask, conn),
                                      _reconstruct_by_definition(marker, mask, conn))


def test_fill_forms_and_clear_border():
    ring = np.zeros((7, 7), dtype=bool)
    ring[1:6, 1] = ring[1:6, 5] = ring[1, 1:6] = ring[5, 1:6] = True
    filled = matlab.imfill(ring, 'holes')
    assert filled[2:5, 2:5].all() and not filled[0].any()
    # a diagonal gap: closed for the default 4-connected background, open for 8
    gap = ring.copy()
    gap[1, 5] = False
    assert matlab.imfill(gap, 'holes')[3, 3]
    assert not matlab.imfill(gap, 8, 'holes')[3, 3]
    flood = matlab.imfill(ring, [[4, 4]])                  # [row col], 1-based
    np.testing.assert_array_equal(flood, filled)
    np.testing.assert_array_equal(matlab.imfill(ring, [[25]]), filled)   # linear index 25
    g = np.array([[5, 5, 5, 5], [5, 1, 2, 5], [5, 5, 5, 5]], dtype=np.uint8)
    np.testing.assert_array_equal(matlab.imfill(g), np.full((3, 4), 5, dtype=np.uint8))
    u = np.array([[9, 1, 5, 2], [3, 0, 7, 1], [4, 8, 2, 6]], dtype=np.uint8)
    np.testing.assert_array_equal(matlab.imclearborder(u, 4),
                                  np.array([[0, 0, 0, 0], [0, 0, 2, 0], [0, 0, 0, 0]],
                                           dtype=np.uint8))   # 7 - 5 (MATLAB subtracts)
    assert matlab.bwperim(np.ones((3, 3)))[1, 1] == 0
    assert matlab.bwareaopen(np.array([[1, 0, 1, 1]]), 2).tolist() == [[False, False,
                                                                        True, True]]


def test_errors_and_inputs():
    bw = np.array([[1, 0, 1], [1, 1, 0]], dtype='>f8')
    bw.setflags(write=False)
    before = bw.copy()
    np.testing.assert_array_equal(matlab.bwlabel(bw), matlab.bwlabel(bw.astype('<f8')))
    assert np.array_equal(bw, before)
    with pytest.raises(CompatValueError, match="4 or 8"):
        matlab.bwlabel(bw, 6)
    with pytest.raises(CompatValueError, match="same class"):
        matlab.imreconstruct(np.zeros((2, 2)), np.zeros((2, 2), dtype=np.uint8))
    with pytest.raises(CompatValueError, match="NaN"):
        matlab.imreconstruct(np.full((2, 2), np.nan), np.zeros((2, 2)))
    with pytest.raises(CompatValueError, match="interactive"):
        matlab.imfill(np.zeros((3, 3), dtype=bool))
    with pytest.raises(CompatValueError, match="Out of range"):
        matlab.imfill(np.zeros((3, 3), dtype=bool), [[5, 77]])


def test_compiled_reconstruction_equals_sweeps(monkeypatch):
    pytest.importorskip("numba")
    from compat._core import accelerated_reconstruct
    rng = np.random.default_rng(21)
    cases = [(rng.normal(size=(90, 70)), 8), (rng.integers(0, 60000, (80, 80)).astype(
        np.uint16), 4), (rng.random((20, 20, 12)).astype(np.float32), 6)]
    markers = [m - 0.5 if m.dtype.kind == "f" else np.where(rng.random(m.shape) > 0.9, m, 0)
               .astype(m.dtype) for m, _ in cases]
    compiled = [matlab.imreconstruct(mk.astype(m.dtype), m, c)
                for mk, (m, c) in zip(markers, cases)]
    monkeypatch.setattr(accelerated_reconstruct, "reconstruct", lambda *a: None)
    for got, mk, (m, c) in zip(compiled, markers, cases):
        want = matlab.imreconstruct(mk.astype(m.dtype), m, c)
        assert np.array_equal(got.view(np.uint8), want.view(np.uint8))


@pytest.mark.octave
def test_against_octave_random_images():
    rng = np.random.default_rng(777)
    cases, expected = [], []
    for k in range(8):
        shape = tuple(int(v) for v in rng.integers(6, 30, 2))
        bw = rng.random(shape) > 0.5
        u = rng.integers(0, 256, shape).astype(np.uint8)
        conn = (4, 8)[k % 2]
        cases.append((f"n = max(max(bwlabel(BW, {conn}))); A = bwareaopen(BW, 3, {conn}); "
                      f"H = imfill(BW, {conn}, 'holes'); G = imfill(U, {conn}); "
                      f"R = imreconstruct(uint8(double(U) .* (U > 220)), U, {conn}); "
                      f"C = imclearborder(BW, {conn}); P = bwperim(BW, {conn});",
                      {"BW": bw, "U": u}, ["n", "A", "H", "G", "R", "C", "P"]))
        expected.append([matlab.bwlabel(bw, conn, nargout=2)[1],
                         matlab.bwareaopen(bw, 3, conn), matlab.imfill(bw, conn, 'holes'),
                         matlab.imfill(u, conn),
                         matlab.imreconstruct(np.where(u > 220, u, 0).astype(np.uint8), u,
                                              conn),
                         matlab.imclearborder(bw, conn), matlab.bwperim(bw, conn)])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_array_equal(np.asarray(result[name]).astype(float).reshape(
                np.shape(value)), np.asarray(value, dtype=float), err_msg=name)


def test_bwdist_against_brute_force():
    rng = np.random.default_rng(31)
    bw = rng.random((9, 11)) > 0.85
    pts = np.argwhere(bw)
    grid = np.argwhere(np.ones(bw.shape, dtype=bool))
    diff = grid[:, None, :] - pts[None, :, :]
    for method, dist in (("euclidean", np.sqrt((diff ** 2).sum(-1))),
                         ("cityblock", np.abs(diff).sum(-1)),
                         ("chessboard", np.abs(diff).max(-1))):
        want = dist.min(axis=1).reshape(bw.shape).astype(np.float32)
        got = matlab.bwdist(bw, method)
        assert got.dtype == np.float32
        np.testing.assert_array_equal(got, want)
    d, idx = matlab.bwdist(bw, nargout=2)
    assert idx.dtype == np.uint32
    r, c = np.unravel_index(idx.astype(np.int64) - 1, bw.shape, order="F")
    assert bw[r, c].all()                                   # a nonzero pixel ...
    rows, cols = np.indices(bw.shape)
    np.testing.assert_array_equal(np.hypot(rows - r, cols - c).astype(np.float32), d)
    assert np.isinf(matlab.bwdist(np.zeros((2, 3)))).all()
    with pytest.raises(CompatValueError, match="quasi"):
        matlab.bwdist(bw, 'quasi-euclidean')
