"""MATLAB's everyday array functions (issue 16): any, all, nnz, diag, squeeze, cat,
horzcat, vertcat, permute, ipermute, shiftdim.

Unit tests on documented values, bad input with MATLAB's messages, no mutation, and a
differential test against live Octave on random inputs (the goldens are in
reference_outputs/matlab/arrays).
"""

from __future__ import annotations

import pickle

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles import as2d, run_octave

from compat import matlab
from compat.matlab.arrays import ShiftdimResult


# ------------------------------------------------------------------------- any / all
def test_any_all_doc_examples():
    A = np.array([[0, 0, 3], [0, 0, 3], [0, 0, 3]], dtype=float)
    assert matlab.any(A).tolist() == [[False, False, True]]
    B = np.array([[0.53, 0.67, 0.01, 0.38, 0.07, 0.42, 0.69]])
    assert not matlab.all(B < 0.5)[0, 0] and matlab.any(B < 0.5)[0, 0]
    A3 = np.zeros((2, 2, 3))
    A3[:, :, 0] = [[2, 1], [3, 5]]
    A3[:, :, 2] = [[-2, 9], [4, 1]]
    assert matlab.all(A3, [1, 2]).tolist() == [[[True, False, True]]]
    assert matlab.any(A3, "all") is np.True_


def test_any_all_nan_rules():
    assert matlab.any(np.nan) == False  # noqa: E712 - any ignores NaN
    assert matlab.all(np.nan) == True  # noqa: E712 - NaN is nonzero for all
    assert matlab.any([np.nan, 0]) == False  # noqa: E712
    assert matlab.all(np.array([[np.nan, 1.0]]), 3).tolist() == [[True, True]]
    assert matlab.any(np.array([[np.nan, 1.0]]), 3).tolist() == [[False, True]]
    assert matlab.any(np.array([complex(np.nan, 0), 0])) == False  # noqa: E712


def test_any_all_shapes_and_empties():
    assert matlab.any(np.zeros((0, 0))).shape == (1, 1)
    assert matlab.all(np.zeros((0, 0)))[0, 0]
    assert matlab.any(np.zeros((0, 3))).shape == (1, 3)
    assert matlab.all(np.zeros((0, 3))).all()
    assert matlab.any(np.zeros((2, 3, 0))).shape == (1, 3, 0)
    r = matlab.any([0, 0, 1])
    assert isinstance(r, np.bool_) and r
    assert matlab.any(np.array([[0, 1, 0]])).shape == (1, 1)
    assert matlab.any(np.array([[0], [1]])).shape == (1, 1)
    assert matlab.any("ab") and not matlab.any(np.int8([0, 0]))


def test_any_all_bad_input():
    with pytest.raises(TypeError, match=r"^any: Invalid data type"):
        matlab.any(["a", {"x": 1}])
    with pytest.raises(TypeError, match=r"^all: Invalid data type"):
        matlab.all({"a": 1})
    with pytest.raises(ValueError, match=r"^any: .*positive integer"):
        matlab.any([1, 0], 0)
    with pytest.raises(ValueError, match=r"^all: .*positive integer"):
        matlab.all([1, 0], 1.5)
    with pytest.raises(ValueError, match=r"^any: unknown option 'omitnan'"):
        matlab.any([1, 0], "omitnan")


def test_nnz():
    assert matlab.nnz([[1, 0, 2], [0, np.nan, 0]]) == 3.0
    assert isinstance(matlab.nnz(np.eye(3)), np.float64)
    assert matlab.nnz(np.zeros((0, 0))) == 0.0
    import scipy.sparse as sp
    assert matlab.nnz(sp.csr_matrix(np.eye(4))) == 4.0


# ------------------------------------------------------------------------------ diag
def test_diag_doc_examples():
    v = np.array([[2, 1, -1, -2, -5]], dtype=float)
    D1 = matlab.diag(v, 1)
    assert D1.shape == (6, 6) and D1[0, 1] == 2 and D1[4, 5] == -5
    A = np.array([[9, 3, 10, 8, 7, 8], [10, 6, 5, 10, 8, 1], [2, 10, 9, 7, 8, 3],
                  [10, 10, 2, 1, 4, 1], [7, 2, 5, 9, 7, 1], [1, 10, 10, 10, 2, 9]],
                 dtype=float)
    assert matlab.diag(A, -1).ravel().tolist() == [10, 10, 2, 9, 2]
    assert matlab.diag(A).shape == (6, 1)


def test_diag_classes_empties_and_errors():
    assert matlab.diag(np.int8([1, 2])).dtype == np.int8
    assert matlab.diag(np.array([True, False])).dtype == bool
    assert matlab.diag(np.zeros((0, 0))).shape == (0, 0)
    assert matlab.diag(np.zeros((0, 3)), 1).shape == (0, 1)
    assert matlab.diag(np.ones((2, 3)), 5).shape == (0, 1)
    assert matlab.diag(np.zeros((1, 0)), 2).shape == (2, 2)
    assert matlab.diag(5).tolist() == [[5.0]]
    with pytest.raises(ValueError, match=r"^diag: K-th diagonal input must be an integer"):
        matlab.diag([1, 2], 1.5)
    with pytest.raises(ValueError, match=r"^diag: First input must be 2-D"):
        matlab.diag(np.ones((2, 2, 2)))
    A = np.arange(9.0).reshape(3, 3)
    d = matlab.diag(A)
    d[0] = 99
    assert A[0, 0] == 0  # a copy, not numpy's read-only view


# --------------------------------------------------------------------------- squeeze
def test_squeeze_rules():
    assert matlab.squeeze(np.ones((1, 1, 3))).shape == (3, 1)
    assert matlab.squeeze(np.ones((1, 3))).shape == (1, 3)
    assert matlab.squeeze(np.ones((1, 1, 1, 4, 1, 2))).shape == (4, 2)
    assert matlab.squeeze(np.zeros((1, 0, 3))).shape == (0, 3)
    assert matlab.squeeze([1.0, 2.0]).shape == (2,)
    a = np.arange(6.0).reshape(1, 2, 1, 3)
    assert (matlab.squeeze(a) == a.reshape(2, 3)).all()


# ----------------------------------------------------------------- permute & friends
def test_permute_ipermute_roundtrip_and_errors():
    A = np.arange(24.0).reshape(2, 3, 4)
    B = matlab.permute(A, [3, 1, 2])
    assert B.shape == (4, 2, 3) and B[1, 0, 2] == A[0, 2, 1]
    assert (matlab.ipermute(B, [3, 1, 2]) == A).all()
    assert matlab.permute(np.ones((2, 3)), [3, 1, 2]).shape == (1, 2, 3)
    assert matlab.permute([1.0, 2.0, 3.0], [1, 2]).shape == (3,)
    with pytest.raises(ValueError, match=r"^permute: ORDER must have at least N elements"):
        matlab.permute(A, [2, 1])
    with pytest.raises(ValueError, match=r"^permute: ORDER cannot contain repeated"):
        matlab.permute(np.ones((2, 3)), [1, 1])
    with pytest.raises(ValueError, match=r"^permute: ORDER contains an invalid"):
        matlab.permute(np.ones((2, 3)), [1, 3])
    with pytest.raises(ValueError, match=r"^ipermute: ORDER contains an invalid"):
        matlab.ipermute(np.ones((2, 3)), [0, 1])


def test_shiftdim_forms_and_result():
    B, n = matlab.shiftdim(np.ones((1, 1, 3)), nargout=2)
    assert B.shape == (3, 1) and n == 2.0
    r = matlab.shiftdim(np.zeros((1, 0)), nargout=2)
    assert isinstance(r, ShiftdimResult) and r.B.shape == (0, 1) and r.nshifts == 1
    assert pickle.loads(pickle.dumps(r)).nshifts == 1
    assert matlab.shiftdim(np.ones((2, 3, 4)), 5).shape == (4, 2, 3)
    assert matlab.shiftdim(np.ones((2, 3)), -2).shape == (1, 1, 2, 3)
    assert matlab.shiftdim(np.float64(5), nargout=2) == (5.0, 0.0)
    with pytest.raises(ValueError, match=r"^shiftdim: N must be an integer"):
        matlab.shiftdim(np.ones(3), 0.5)


# ----------------------------------------------------------------------- concatenation
def test_cat_empty_rules():
    assert matlab.cat(2, [[1.0, 2.0]], None).tolist() == [[1.0, 2.0]]
    assert matlab.cat(2, np.zeros((0, 1)), np.zeros((0, 2))).shape == (0, 3)
    assert matlab.vertcat(np.zeros((1, 0)), np.array([[1.0, 2.0]])).tolist() == [[1, 2]]
    # MATLAB leaves out a nonmatching empty array (Octave 7.3 refuses it)
    assert matlab.horzcat(np.ones((2, 2)), np.zeros((3, 0))).shape == (2, 2)
    assert matlab.horzcat().shape == (0, 0)
    with pytest.raises(ValueError, match=r"^horzcat: Dimensions of arrays being "
                                         r"concatenated are not consistent\."):
        matlab.horzcat(np.ones((2, 2)), np.ones((3, 1)))
    with pytest.raises(ValueError, match=r"^cat: Dimension argument must be"):
        matlab.cat(0, 1, 2)


def test_cat_class_rules():
    r = matlab.horzcat(np.int8([[100]]), np.int16([[1000]]))
    assert r.dtype == np.int8 and r.tolist() == [[100, 127]]
    r = matlab.horzcat(np.int16([[1000]]), np.int8([[100]]))
    assert r.dtype == np.int16 and r.tolist() == [[1000, 100]]
    assert matlab.horzcat(np.uint8([[200]]), -5.5).tolist() == [[200, 0]]
    assert matlab.horzcat(np.int8([[1]]), np.float32([[2.5]])).tolist() == [[1, 3]]
    assert matlab.horzcat(np.float32([[1]]), 2.5).dtype == np.float32
    assert matlab.horzcat(np.array([[True]]), 2.0).dtype == np.float64
    assert matlab.horzcat(np.array([[True]]), np.array([[False]])).dtype == bool
    assert matlab.horzcat(np.float32([[1]]), np.array([[1j]])).dtype == np.complex64
    with pytest.raises(TypeError, match=r"^horzcat: Conversion to char from logical"):
        matlab.horzcat("a", np.array([True]))


def test_cat_text_cells_structs():
    assert matlab.horzcat("abc", "de") == "abcde"
    assert matlab.horzcat("a", 66, "c") == "aBc"
    assert matlab.vertcat("ab", "cd").tolist() == ["ab", "cd"]
    with pytest.raises(ValueError, match=r"^vertcat: Dimensions"):
        matlab.vertcat("ab", "c")
    assert matlab.horzcat(["a", "b"], "c", None) == ["a", "b", "c"]
    assert matlab.vertcat(["a", "b"], ["c", "d"]) == [["a", "b"], ["c", "d"]]
    s = matlab.horzcat({"a": 1, "b": 2}, [{"b": 3, "a": 4}])
    assert s == [{"a": 1, "b": 2}, {"a": 4, "b": 3}] and list(s[1]) == ["a", "b"]
    with pytest.raises(ValueError, match=r"^horzcat: Names of fields in structure arrays"):
        matlab.horzcat({"a": 1}, {"b": 2})


def test_one_d_pieces_stay_one_d():
    assert matlab.horzcat([1, 2], 3).shape == (3,)
    assert matlab.horzcat(1, 2).shape == (2,)
    assert matlab.horzcat(np.array([[1.0]]), 2).shape == (1, 2)
    assert matlab.vertcat([1, 2], [3, 4]).shape == (2, 2)


def test_no_mutation_and_no_views():
    A = np.arange(6.0).reshape(2, 3)
    keep = A.copy()
    for r in (matlab.squeeze(A), matlab.permute(A, [1, 2]), matlab.horzcat(A),
              matlab.cat(1, A, np.zeros((0, 3))), matlab.shiftdim(A, 0)):
        assert not np.shares_memory(r, A)
        r[...] = -1
    assert (A == keep).all()


@settings(max_examples=40, deadline=None)
@given(st.lists(st.integers(1, 4), min_size=2, max_size=4), st.data())
def test_permute_matches_numpy_transpose(shape, data):
    order = data.draw(st.permutations(range(len(shape))))
    A = np.arange(float(np.prod(shape))).reshape(shape)
    expected = np.transpose(A, order)
    while expected.ndim > 2 and expected.shape[-1] == 1:
        expected = expected.reshape(expected.shape[:-1])
    assert (matlab.permute(A, [o + 1 for o in order]) == expected).all()


# ------------------------------------------------------------------- live Octave
@pytest.mark.octave
def test_arrays_against_octave():
    rng = np.random.default_rng(1616)
    cases, expected = [], []
    for k in range(30):
        shape = tuple(int(n) for n in rng.integers(0, 4, size=rng.integers(2, 5)))
        A = rng.integers(-1, 2, size=shape).astype(float)
        A[rng.random(shape) < 0.1] = np.nan
        dim = int(rng.integers(1, 5))
        calls = [("any(A)", matlab.any(A)), ("all(A)", matlab.all(A)),
                 (f"any(A, {dim})", matlab.any(A, dim)), ("nnz(A)", matlab.nnz(A)),
                 ("squeeze(A)", matlab.squeeze(A)), ("shiftdim(A)", matlab.shiftdim(A)),
                 ("shiftdim(A, 1)", matlab.shiftdim(A, 1))]
        if A.ndim == 2:
            kk = int(rng.integers(-3, 4))
            calls.append((f"diag(A, {kk})", matlab.diag(A, kk)))
        order = [int(i) + 1 for i in rng.permutation(max(A.ndim, 2) + 1)]
        text = "[" + " ".join(map(str, order)) + "]"
        calls.append((f"permute(A, {text})", matlab.permute(A, order)))
        calls.append((f"cat({dim}, A, A)", matlab.cat(dim, A, A)))
        for call, value in calls:
            cases.append((f"r0 = {call};", {"A": A}, ["r0"]))
            expected.append((call, value, A))
    results = run_octave(cases)
    for (call, value, A), got in zip(expected, results):
        assert not isinstance(got, Exception), (call, got)
        want = got["r0"]
        if call.startswith("all(") and np.isnan(A).any() and 1 in A.shape:
            continue  # Octave's all along a singleton dimension: NaN false (recorded)
        if call.startswith("any(A, ") and A.size == 0 and A.shape[:2] == (0, 0) and \
                all(n == 1 for n in A.shape[2:]):
            continue  # Octave reduces a 0x0 along a given dim to 1x1/0x1 (sum too)
        assert as2d(value).shape == want.shape, (call, A.shape, value.shape, want.shape)
        np.testing.assert_array_equal(as2d(value), want, err_msg=call)
