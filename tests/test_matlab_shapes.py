"""Tests of compat.matlab reshape, circshift, rot90, fliplr, flipud, repmat, sub2ind,
ind2sub and kron: MATLAB documentation examples, the column-major rules written out as
loops, property tests, and live GNU Octave 7.3. Every result is exact (element moves or
integer-valued products): no tolerances.
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles import as2d, run_octave

from compat.matlab import (circshift, fliplr, flipud, ind2sub, kron, repmat, reshape,
                           rot90, sub2ind)
from compat.matlab.shapes import Ind2subResult

RNG = np.random.default_rng(8)

# --------------------------------------------------------------------------- reshape
def test_reshape_doc_example_column_major():
    # MATLAB doc "Reshape Matrix to Column Vector"/"Reshape Matrix":
    # A = 1:10; B = reshape(A, [5, 2]) -> [1 6; 2 7; 3 8; 4 9; 5 10]
    B = reshape(np.arange(1, 11).reshape(1, -1), [5, 2])
    np.testing.assert_array_equal(B, [[1, 6], [2, 7], [3, 8], [4, 9], [5, 10]])
    # the naive row-major call differs
    assert not np.array_equal(np.reshape(np.arange(1, 11), (5, 2)), B)
    # A = magic(4); B = reshape(A, [], 2) -> 8x2 of A(:)
    M = np.array([[16, 2, 3, 13], [5, 11, 10, 8], [9, 7, 6, 12], [4, 14, 15, 1]])
    B = reshape(M, [], 2)
    np.testing.assert_array_equal(B[:, 0], [16, 5, 9, 4, 2, 11, 7, 14])
    np.testing.assert_array_equal(B[:, 1], [3, 10, 6, 15, 13, 8, 12, 1])


def test_reshape_loop_reference_and_errors():
    A = RNG.standard_normal((3, 4, 2))
    B = reshape(A, 4, 6)
    flat = [A[i, j, k] for k in range(2) for j in range(4) for i in range(3)]
    flatB = [B[i, j] for j in range(6) for i in range(4)]
    assert flat == flatB
    assert reshape(A, 24, 1, 1).shape == (24, 1)  # trailing singletons dropped
    assert reshape(A, 2, 3, 4).base is None or not np.shares_memory(reshape(A, 2, 3, 4), A)
    with pytest.raises(ValueError, match="^reshape: Number of elements must not change"):
        reshape(A, 5, 5)
    with pytest.raises(ValueError, match="^reshape: Size can only have one unknown"):
        reshape(A, [], [])
    with pytest.raises(ValueError, match="^reshape: Product of known dimensions"):
        reshape(A, 5, [])


# --------------------------------------------------------------------------- circshift
def test_circshift_doc_examples():
    # MATLAB doc: A = (1:10)'; Y = circshift(A, 3) -> [8 9 10 1 ... 7]'
    A = np.arange(1, 11).reshape(-1, 1)
    np.testing.assert_array_equal(circshift(A, 3).ravel(), [8, 9, 10, 1, 2, 3, 4, 5, 6, 7])
    # A = ['a','b','c','d'] style: a row shifts along dim 2 (first non-singleton)
    np.testing.assert_array_equal(circshift(np.array([[1, 2, 3, 4]]), -1), [[2, 3, 4, 1]])
    # A = [1 2 3; 4 5 6; 7 8 9]; Y = circshift(A, 1, 2) -> [3 1 2; 6 4 5; 9 7 8]
    A = np.array([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
    np.testing.assert_array_equal(circshift(A, 1, 2), [[3, 1, 2], [6, 4, 5], [9, 7, 8]])
    # Y = circshift(A, [1 1]) -> [9 7 8; 3 1 2; 6 4 5]
    np.testing.assert_array_equal(circshift(A, [1, 1]), [[9, 7, 8], [3, 1, 2], [6, 4, 5]])
    # the naive np.roll without axis flattens
    assert not np.array_equal(np.roll(A, 1), circshift(A, 1))
    with pytest.raises(ValueError, match="^circshift: shift K"):
        circshift(A, 1.5)


# --------------------------------------------------------------------------- rot90, flips
def test_rot90_flip_doc_examples():
    # MATLAB doc rot90: A = [1 2; 3 4]; rot90(A) -> [2 4; 1 3]; rot90(A, -1) -> [3 1; 4 2]
    A = np.array([[1, 2], [3, 4]])
    np.testing.assert_array_equal(rot90(A), [[2, 4], [1, 3]])
    np.testing.assert_array_equal(rot90(A, -1), [[3, 1], [4, 2]])
    np.testing.assert_array_equal(rot90(A, 2), [[4, 3], [2, 1]])
    assert rot90([1, 2, 3]).shape == (3, 1)
    with pytest.raises(ValueError, match="^rot90: k must be"):
        rot90(A, 0.5)
    # fliplr: A = [1 2 3; 4 5 6] -> [3 2 1; 6 5 4]; flipud -> [4 5 6; 1 2 3]
    B = np.array([[1, 2, 3], [4, 5, 6]])
    np.testing.assert_array_equal(fliplr(B), [[3, 2, 1], [6, 5, 4]])
    np.testing.assert_array_equal(flipud(B), [[4, 5, 6], [1, 2, 3]])
    v = np.array([1, 2, 3])
    np.testing.assert_array_equal(fliplr(v), [3, 2, 1])
    np.testing.assert_array_equal(flipud(v), [1, 2, 3])  # a row: MATLAB leaves it alone
    assert not np.array_equal(np.flipud(v), flipud(v))   # the naive call reverses it
    out = flipud(B)
    out[0, 0] = 99
    assert B[1, 0] == 4  # not a view


# --------------------------------------------------------------------------- repmat
def test_repmat_doc_examples():
    # MATLAB doc: A = diag([100 200 300]); B = repmat(A, 2) -> 6x6
    A = np.diag([100, 200, 300])
    B = repmat(A, 2)
    assert B.shape == (6, 6)
    np.testing.assert_array_equal(B[3:, 3:], A)
    # B = repmat(A, 2, 3) -> 6x9; repmat([1 2], 1, 3) stays a row
    assert repmat(A, 2, 3).shape == (6, 9)
    assert repmat(A, [1, 2, 3]).shape == (3, 6, 3)
    np.testing.assert_array_equal(repmat(np.array([[1, 2]]), 1, 3), [[1, 2, 1, 2, 1, 2]])
    # np.tile(A, 2) is 3x6, not MATLAB's 6x6
    assert np.tile(A, 2).shape == (3, 6)
    assert repmat(A, 0, 2).shape == (0, 6)
    with pytest.raises(ValueError, match="^repmat: Replication factors"):
        repmat(A, 1.5)


# --------------------------------------------------------------------------- sub2ind / ind2sub
def test_sub2ind_ind2sub_doc_examples():
    # MATLAB doc sub2ind: sz = [3 4 2]; I1 = [3 2 1]... ind = sub2ind(sz, 2, 1, 2) -> 14
    assert sub2ind([3, 4, 2], 2, 1, 2) == 14
    # "Convert Subscripts to Linear Indices": row = [1 2 3 1]; col = [2 2 2 3];
    # sub2ind([3 4], row, col) -> [4 5 6 7]
    np.testing.assert_array_equal(sub2ind([3, 4], [1, 2, 3, 1], [2, 2, 2, 3]), [4, 5, 6, 7])
    # ind2sub doc: ind = [3 4 5 6]; [row, col] = ind2sub([3 4], ind)
    # row = [3 1 2 3], col = [1 2 2 2]
    r, c = ind2sub([3, 4], [3, 4, 5, 6])
    np.testing.assert_array_equal(r, [3, 1, 2, 3])
    np.testing.assert_array_equal(c, [1, 2, 2, 2])
    # "Indices to 3-D subscripts": ind = [2 14]; [I1, I2, I3] = ind2sub([2 2 4]... )
    i1, i2, i3 = ind2sub([2, 2, 2], [2, 7])
    np.testing.assert_array_equal([i1, i2, i3], [[2, 1], [1, 2], [1, 2]])
    with pytest.raises(ValueError, match="^sub2ind: Out of range subscript"):
        sub2ind([3, 4], 4, 1)
    with pytest.raises(ValueError, match="^sub2ind: The subscript vectors"):
        sub2ind([3, 4], [1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="^ind2sub: Index out of range"):
        ind2sub([3, 4], 13)


def test_ind2sub_result_is_declared_and_pickles():
    s = ind2sub([2, 3, 4], [17, 2])
    assert isinstance(s, Ind2subResult) and s._fields == ("I1", "I2", "I3")
    assert s == tuple(s) and len(ind2sub([2, 3, 4], 17, nargout=2)) == 2
    np.testing.assert_array_equal(s.I2, [3, 1])
    back = pickle.loads(pickle.dumps(s))
    assert type(back) is Ind2subResult and back._fields == s._fields
    with pytest.raises(AttributeError, match="nargout=4"):
        s.I4


@settings(max_examples=50, deadline=None)
@given(st.lists(st.integers(1, 5), min_size=2, max_size=4), st.data())
def test_sub2ind_ind2sub_roundtrip_vs_numpy_fortran(sz, data):
    total = int(np.prod(sz))
    ind = np.array(data.draw(st.lists(st.integers(1, total), min_size=1, max_size=8)))
    subs = ind2sub(sz, ind)
    want = np.unravel_index(ind - 1, sz, order="F")
    for s, w in zip(subs, want):
        np.testing.assert_array_equal(s, w + 1)
    np.testing.assert_array_equal(sub2ind(sz, *subs), ind)
    r, c = ind2sub(sz, ind, nargout=2)  # folded trailing dimensions
    np.testing.assert_array_equal(r + (c - 1) * sz[0], ind)


# --------------------------------------------------------------------------- kron
def test_kron_doc_example_and_classes():
    # MATLAB doc: A = eye(2); B = [1 -1; -1 1]; K = kron(A, B) -> 4x4 block diagonal
    K = kron(np.eye(2), np.array([[1.0, -1], [-1, 1]]))
    np.testing.assert_array_equal(K, [[1, -1, 0, 0], [-1, 1, 0, 0], [0, 0, 1, -1],
                                      [0, 0, -1, 1]])
    assert kron(np.ones((2, 2), np.float32), np.ones((1, 2))).dtype == np.float32
    assert kron(np.array([[True]]), np.array([[True]])).dtype == np.float64
    k8 = kron(np.array([[100]], np.int8), np.array([[2.0]]))
    assert k8.dtype == np.int8 and k8[0, 0] == 127
    with pytest.raises(TypeError, match="^kron: Integers can only"):
        kron(np.ones((1, 1), np.int8), np.ones((1, 1), np.int16))


def test_shapes_no_mutation():
    A = RNG.standard_normal((3, 4))
    keep = A.copy()
    for f in (lambda: reshape(A, 4, 3), lambda: circshift(A, 1), lambda: rot90(A),
              lambda: fliplr(A), lambda: flipud(A), lambda: repmat(A, 2),
              lambda: kron(A, A)):
        f()
        np.testing.assert_array_equal(A, keep)


# --------------------------------------------------------------------------- live Octave
@pytest.mark.octave
def test_shapes_against_octave():
    rng = np.random.default_rng(5)
    A = rng.integers(-9, 10, (3, 4, 2)).astype(float)
    M = rng.integers(-9, 10, (4, 5)).astype(float)
    R = rng.integers(-9, 10, (1, 6)).astype(float)
    C = rng.integers(-9, 10, (6, 1)).astype(float)
    B = rng.integers(-3, 4, (2, 3)).astype(float)
    cases = [
        ("reshape(A, 4, 6)", lambda: reshape(A, 4, 6)),
        ("reshape(A, [], 3)", lambda: reshape(A, [], 3)),
        ("reshape(A, 2, [], 2)", lambda: reshape(A, 2, [], 2)),
        ("reshape(M, [2 10])", lambda: reshape(M, [2, 10])),
        ("circshift(M, 2)", lambda: circshift(M, 2)),
        ("circshift(M, -3, 2)", lambda: circshift(M, -3, 2)),
        ("circshift(M, [1 -2])", lambda: circshift(M, [1, -2])),
        ("circshift(R, 2)", lambda: circshift(R, 2)),
        ("circshift(A, [1 2 1])", lambda: circshift(A, [1, 2, 1])),
        ("rot90(M)", lambda: rot90(M)),
        ("rot90(M, 2)", lambda: rot90(M, 2)),
        ("rot90(M, -1)", lambda: rot90(M, -1)),
        ("rot90(M, 7)", lambda: rot90(M, 7)),
        ("rot90(A, 1)", lambda: rot90(A, 1)),
        ("fliplr(M)", lambda: fliplr(M)),
        ("flipud(M)", lambda: flipud(M)),
        ("flipud(R)", lambda: flipud(R)),
        ("fliplr(C)", lambda: fliplr(C)),
        ("repmat(B, 2)", lambda: repmat(B, 2)),
        ("repmat(B, 2, 3)", lambda: repmat(B, 2, 3)),
        ("repmat(B, [1 2 2])", lambda: repmat(B, [1, 2, 2])),
        ("repmat(R, 3, 1)", lambda: repmat(R, 3, 1)),
        ("kron(B, M)", lambda: kron(B, M)),
        ("kron(R, C)", lambda: kron(R, C)),
        ("sub2ind([3 4 2], [1 3 2], [4 1 2], [2 2 1])",
         lambda: sub2ind([3, 4, 2], [[1, 3, 2]], [[4, 1, 2]], [[2, 2, 1]])),
        ("sub2ind([3 4 2], [1 3 2], [8 1 5])",
         lambda: sub2ind([3, 4, 2], [[1, 3, 2]], [[8, 1, 5]])),
    ]
    inputs = {"A": A, "M": M, "R": R, "C": C, "B": B}
    octave_cases = [(f"r0 = {text};", inputs, ["r0"]) for text, _ in cases]
    octave_cases.append(("[r0, r1, r2] = ind2sub([3 4 2], [24 1 17 9]);", {},
                         ["r0", "r1", "r2"]))
    octave_cases.append(("[r0, r1] = ind2sub([3 4 2], [24 1 17 9]);", {}, ["r0", "r1"]))
    results = run_octave(octave_cases)
    for (text, fn), want in zip(cases, results):
        assert not isinstance(want, Exception), (text, want)
        got = as2d(fn())
        assert got.shape == want["r0"].shape, (text, got.shape, want["r0"].shape)
        np.testing.assert_array_equal(got, want["r0"], err_msg=text)
    for nout, want in zip((3, 2), results[-2:]):
        got = ind2sub([3, 4, 2], np.array([[24, 1, 17, 9]]), nargout=nout)
        for g, name in zip(got, ["r0", "r1", "r2"]):
            np.testing.assert_array_equal(g, want[name])
