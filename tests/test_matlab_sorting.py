"""Tests of compat.matlab sort, sortrows, unique, ismember and find (the sorting family).

Expected values come from the MATLAB documentation examples (quoted), from plain
reference loops written here from the documented rules, and from live GNU Octave 7.3
(``@pytest.mark.octave``). All results are exact (integer-valued or permutations): no
tolerances.
"""

from __future__ import annotations

import pickle
import re

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp
from oracles import as2d, run_octave_calls

from compat.matlab import find, ismember, sort, sortrows, unique
from compat.matlab.sorting import (FindResult, IsmemberResult, SortResult, SortrowsResult,
                                   UniqueResult)

RNG = np.random.default_rng(20261121)
NAN = np.nan


# --------------------------------------------------------------------------- references
def ref_sort_vector(v, descend=False):
    """Insertion-free reference: stable order by (NaN-ness, value) written out."""
    v = list(v)
    idx = list(range(len(v)))
    isnan = [x != x for x in v]
    if not descend:
        key = lambda i: (isnan[i], 0 if isnan[i] else v[i], i)  # noqa: E731
    else:
        key = lambda i: (not isnan[i], 0 if isnan[i] else -v[i], i)  # noqa: E731
    order = sorted(idx, key=key)
    return [v[i] for i in order], [i + 1 for i in order]


# --------------------------------------------------------------------------- sort
def test_sort_doc_example_matrix_columns():
    # MATLAB doc "Sort Matrix Rows": A = [3 6 5; 7 -2 4; 1 0 -9]; B = sort(A, 2)
    A = np.array([[3, 6, 5], [7, -2, 4], [1, 0, -9]], float)
    np.testing.assert_array_equal(sort(A, 2), [[3, 5, 6], [-2, 4, 7], [-9, 0, 1]])
    # default dim 1: down the columns
    np.testing.assert_array_equal(sort(A), [[1, -2, -9], [3, 0, 4], [7, 6, 5]])


def test_sort_doc_example_nan_placement():
    # MATLAB doc "Sort and Index datetime"/"Placement of NaN": A = [1 NaN 3 2],
    # sort(A, 'descend', 'MissingPlacement', 'last') -> [3 2 1 NaN]
    A = np.array([[1, NAN, 3, 2]])
    np.testing.assert_array_equal(sort(A), [[1, 2, 3, NAN]])
    np.testing.assert_array_equal(sort(A, "descend"), [[NAN, 3, 2, 1]])
    np.testing.assert_array_equal(sort(A, "descend", "MissingPlacement", "last"),
                                  [[3, 2, 1, NAN]])
    np.testing.assert_array_equal(sort(A, missingplacement="first"), [[NAN, 1, 2, 3]])


def test_sort_doc_example_complex():
    # MATLAB doc "Sort Complex Vector": A = [1+2i 3+i i 0 -i];
    # B = sort(A, 'descend') -> 3+1i 1+2i 0+1i 0-1i 0+0i (abs, then angle)
    A = np.array([[1 + 2j, 3 + 1j, 1j, 0, -1j]])
    np.testing.assert_array_equal(sort(A, "descend"),
                                  [[3 + 1j, 1 + 2j, 1j, -1j, 0]])
    # 'ComparisonMethod' 'real': by real part then imaginary part
    np.testing.assert_array_equal(sort(A, "ComparisonMethod", "real"),
                                  [[-1j, 0, 1j, 1 + 2j, 3 + 1j]])


def test_sort_stable_descend_ties_keep_order():
    B, I = sort(np.array([[2, 1, 2, 1]]), "descend", nargout=2)
    np.testing.assert_array_equal(I, [[1, 3, 2, 4]])
    # the naive reversal of an ascending argsort reverses the ties
    naive = np.argsort([2, 1, 2, 1], kind="stable")[::-1] + 1
    assert not np.array_equal(naive, I.ravel())
    assert I.dtype == np.float64


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, st.integers(0, 12),
                  elements=st.sampled_from([0.0, 1.0, -1.0, 2.5, NAN, -0.0, np.inf])),
       st.booleans())
def test_sort_property_vs_reference(v, descend):
    B, I = sort(v, "descend" if descend else "ascend", nargout=2)
    rv, ri = ref_sort_vector(v, descend)
    np.testing.assert_array_equal(B, np.array(rv, float))
    np.testing.assert_array_equal(I, ri)


def test_sort_integer_extremes_and_dtypes():
    a = np.array([[-128, 127, 0, -128]], np.int8)
    B, I = sort(a, "descend", nargout=2)
    assert B.dtype == np.int8
    np.testing.assert_array_equal(B, [[127, 0, -128, -128]])
    np.testing.assert_array_equal(I, [[2, 3, 1, 4]])
    s = sort(np.array([3, 1], np.float32))
    assert s.dtype == np.float32
    b = sort(np.array([True, False, True]))
    assert b.dtype == bool and list(b) == [False, True, True]


def test_sort_dim_beyond_ndim_and_empty():
    A = np.array([[3, 1], [2, 4]])
    B, I = sort(A, 3, nargout=2)
    np.testing.assert_array_equal(B, A)
    np.testing.assert_array_equal(I, np.ones((2, 2)))
    assert sort(np.zeros((0, 3))).shape == (0, 3)


def test_sort_no_mutation_and_errors():
    A = np.array([[3.0, NAN, 1.0]])
    keep = A.copy()
    sort(A, "descend")
    np.testing.assert_array_equal(A, keep)
    with pytest.raises(ValueError, match="^sort: 'MissingPlacement'"):
        sort(A, "MissingPlacement", "middle")
    with pytest.raises(ValueError, match="^sort: dimension argument"):
        sort(A, 0)
    # a string array sorts by text (compat._core.matlab_text): tests/test_matlab_string_arrays.py
    assert sort(np.array(["b", "a"], dtype=np.dtypes.StringDType())).tolist() == ["a", "b"]
    with pytest.raises(ValueError, match="^sort: nargout"):
        sort(A, nargout=3)
    with pytest.raises(ValueError, match="^sort: name-value arguments must come in pairs"):
        sort(A, "up")


# --------------------------------------------------------------------------- sortrows
def test_sortrows_doc_example():
    # MATLAB doc "Sort Rows of Matrix": A = floor(gallery('uniformdata',[6 7],0)*100);
    # A(1:4,1) = 95; A(5:6,1) = 76; A(2:4,2) = 7; A(3,3) = 73 -- here the first
    # two columns of that documented matrix and B = sortrows(A) / sortrows(A, -2)
    A = np.array([[95, 45], [95, 7], [95, 7], [95, 7], [76, 61], [76, 79]], float)
    A = np.column_stack([A, [92, 48, 73, 4, 4, 20]])
    B, idx = sortrows(A, nargout=2)
    np.testing.assert_array_equal(idx.ravel(), [5, 6, 4, 2, 3, 1])
    np.testing.assert_array_equal(B, A[idx.ravel().astype(int) - 1])
    B2, idx2 = sortrows(A, [1, -3], nargout=2)
    np.testing.assert_array_equal(idx2.ravel(), [6, 5, 1, 3, 2, 4])
    assert idx.shape == (6, 1)


def test_sortrows_directions_and_nan():
    A = np.array([[1, NAN], [1, 2], [0, 5], [1, 1]])
    B, i = sortrows(A, [1, 2], ["ascend", "descend"], nargout=2)
    np.testing.assert_array_equal(i.ravel(), [3, 1, 2, 4])  # NaN first when descending
    B, i = sortrows(A, -2, nargout=2)
    np.testing.assert_array_equal(i.ravel(), [1, 3, 2, 4])
    with pytest.raises(ValueError, match="^sortrows: column must be"):
        sortrows(A, 3)
    with pytest.raises(ValueError, match="^sortrows: A must be a 2-D"):
        sortrows(np.zeros((2, 2, 2)))


# --------------------------------------------------------------------------- unique
def test_unique_doc_examples():
    # MATLAB doc "Unique Values in Vector": A = [9 2 9 5]; C = unique(A) -> [2 5 9]
    np.testing.assert_array_equal(unique(np.array([[9, 2, 9, 5]])), [[2, 5, 9]])
    # "Unique Values and Their Indices": A = [9 2 9 5]; [C, ia, ic] = unique(A)
    # ia = [2; 4; 1], ic = [3; 1; 3; 2]
    C, ia, ic = unique(np.array([[9, 2, 9, 5]]), nargout=3)
    np.testing.assert_array_equal(ia, [[2], [4], [1]])
    np.testing.assert_array_equal(ic, [[3], [1], [3], [2]])
    # "Unique Values in Vector with Specified Order": A = [9 2 9 5];
    # [C, ia, ic] = unique(A, 'stable') -> C = [9 2 5], ia = [1; 2; 4], ic = [1;2;1;3]
    C, ia, ic = unique(np.array([[9, 2, 9, 5]]), "stable", nargout=3)
    np.testing.assert_array_equal(C, [[9, 2, 5]])
    np.testing.assert_array_equal(ia, [[1], [2], [4]])
    np.testing.assert_array_equal(ic, [[1], [2], [1], [3]])
    # "Unique Values in Array Containing NaN": A = [5 5 NaN NaN]; C = [5 NaN NaN]
    np.testing.assert_array_equal(unique(np.array([[5, 5, NAN, NAN]])), [[5, NAN, NAN]])
    # "Unique Rows in Matrix": A = [9 2; 9 2; 5 3] style: rows and their first index
    A = np.array([[9, 2], [5, 3], [9, 2], [1, 1]])
    C, ia, ic = unique(A, "rows", nargout=3)
    np.testing.assert_array_equal(C, [[1, 1], [5, 3], [9, 2]])
    np.testing.assert_array_equal(ia.ravel(), [4, 2, 1])
    np.testing.assert_array_equal(ic.ravel(), [3, 2, 3, 1])


def test_unique_last_legacy_and_orientation():
    A = np.array([[9, 2, 9, 5]])
    _, ia, _ = unique(A, "last", nargout=3)
    np.testing.assert_array_equal(ia, [[2], [4], [3]])
    C, ia, ic = unique(A, "legacy", nargout=3)
    np.testing.assert_array_equal(ia, [[2, 4, 3]])  # legacy: last, rows for a row
    np.testing.assert_array_equal(ic, [[3, 1, 3, 2]])
    M = np.array([[3, 1], [1, 2]])
    C, ia, ic = unique(M, nargout=3)
    assert C.shape == (3, 1) and ia.shape == (3, 1) and ic.shape == (4, 1)
    # column-major: M(:) = [3 1 1 2]; ia points into that order
    np.testing.assert_array_equal(ia.ravel(), [2, 4, 1])
    # np.unique is row-major and 0-based: its index for 1 is 1 (M[0,1]) -> wrong for ports
    assert np.unique(M, return_index=True)[1][0] == 1


@settings(max_examples=60, deadline=None)
@given(hnp.arrays(np.float64, st.tuples(st.integers(1, 5), st.integers(1, 5)),
                  elements=st.sampled_from([0.0, 1.0, 2.0, -3.0, NAN])),
       st.sampled_from(["sorted", "stable"]), st.sampled_from(["first", "last"]))
def test_unique_properties(A, order, occ):
    C, ia, ic = unique(A, order, occ, nargout=3)
    flat = A.ravel(order="F")
    c = C.ravel()
    np.testing.assert_array_equal(c, flat[ia.ravel().astype(int) - 1])
    np.testing.assert_array_equal(flat, c[ic.ravel().astype(int) - 1])
    assert np.isnan(c).sum() == np.isnan(flat).sum()  # NaNs all distinct
    fin = c[~np.isnan(c)]
    assert len(set(fin.tolist())) == fin.size
    for k, i in zip(c, ia.ravel().astype(int) - 1):
        if k == k:
            pos = np.flatnonzero(flat == k)
            assert i == (pos[0] if occ == "first" else pos[-1])
    if order == "sorted":
        assert np.all(np.diff(fin) > 0)


def test_unique_empty_shapes():
    assert unique(np.zeros((0, 0))).shape == (0, 0)
    assert unique(np.zeros((1, 0))).shape == (1, 0)
    C, ia, ic = unique(np.zeros((0, 3)), nargout=3)
    assert C.shape == (0, 1) and ia.shape == (0, 1) and ic.shape == (0, 1)


def test_unique_errors_and_no_mutation():
    A = np.array([3, 1, 3])
    keep = A.copy()
    unique(A, "stable", nargout=3)
    np.testing.assert_array_equal(A, keep)
    with pytest.raises(ValueError, match="^unique: unknown option"):
        unique(A, "sideways")
    with pytest.raises(ValueError, match="^unique: 'sorted' and 'stable'"):
        unique(A, "sorted", "stable")
    with pytest.raises(ValueError, match="^unique: 'legacy' cannot"):
        unique(A, "stable", "legacy")


# --------------------------------------------------------------------------- ismember
def test_ismember_doc_examples():
    # MATLAB doc: A = [5 3 4 2]; B = [2 4 4 4 6 8]; [Lia, Locb] = ismember(A, B)
    # Lia = [0 0 1 1], Locb = [0 0 2 1]
    Lia, Locb = ismember(np.array([[5, 3, 4, 2]]), np.array([[2, 4, 4, 4, 6, 8]]),
                         nargout=2)
    np.testing.assert_array_equal(Lia, [[False, False, True, True]])
    np.testing.assert_array_equal(Locb, [[0, 0, 2, 1]])
    assert Lia.dtype == bool and Locb.dtype == np.float64
    # "Determine Which Rows Are Members": rows and lowest row index
    A = np.array([[1, 3, 5, 6], [2, 3, 4, 5], [2, 3, 4, 5]])
    S = np.array([[0, 2, 4, 6], [1, 3, 5, 6], [1, 3, 5, 6], [2, 3, 4, 5]])
    Lia, Locb = ismember(A, S, "rows", nargout=2)
    np.testing.assert_array_equal(Lia.ravel(), [True, True, True])
    np.testing.assert_array_equal(Locb.ravel(), [2, 4, 4])
    # NaN is never a member
    Lia = ismember(np.array([NAN, 1.0]), np.array([NAN, 1.0]))
    np.testing.assert_array_equal(Lia, [False, True])


def test_ismember_matrix_column_major_locb_and_legacy():
    S = np.array([[1, 2], [2, 1]])  # S(:) = [1 2 2 1]
    _, loc = ismember(np.array([1, 2]), S, nargout=2)
    np.testing.assert_array_equal(loc, [1, 2])
    _, loc = ismember(np.array([1, 2]), S, "legacy", nargout=2)
    np.testing.assert_array_equal(loc, [4, 3])
    _, loc = ismember(np.array([-0.0]), np.array([0.0]), nargout=2)
    np.testing.assert_array_equal(loc, [1])
    with pytest.raises(ValueError, match="^ismember: A and S must have the same number"):
        ismember(np.ones((2, 2)), np.ones((2, 3)), "rows")
    with pytest.raises(ValueError, match="^ismember: unknown option"):
        ismember(1, 1, "cols")


# --------------------------------------------------------------------------- find
def test_find_doc_examples():
    # MATLAB doc "Zero and Nonzero Elements in Matrix": X = [1 0 2; 0 1 1; 0 0 4];
    # k = find(X) -> [1; 5; 7; 8; 9]
    X = np.array([[1, 0, 2], [0, 1, 1], [0, 0, 4]])
    np.testing.assert_array_equal(find(X), [[1], [5], [7], [8], [9]])
    # "Elements Meeting Specific Conditions": X = magic(4); find(X<10, 5)
    # -> [2; 3; 4; 5; 7]
    M = np.array([[16, 2, 3, 13], [5, 11, 10, 8], [9, 7, 6, 12], [4, 14, 15, 1]])
    np.testing.assert_array_equal(find(M < 10, 5), [[2], [3], [4], [5], [7]])
    # "Rows and Columns": X = [3 2 0; -5 0 7; 0 0 1]; [row, col, v] = find(X)
    X = np.array([[3, 2, 0], [-5, 0, 7], [0, 0, 1]])
    r, c, v = find(X, nargout=3)
    np.testing.assert_array_equal(r.ravel(), [1, 2, 1, 2, 3])
    np.testing.assert_array_equal(c.ravel(), [1, 1, 2, 3, 3])
    np.testing.assert_array_equal(v.ravel(), [3, -5, 2, 7, 1])
    # "Last Several Nonzero Elements": X = magic(4); find(X, 3, 'last') -> [14;15;16]
    np.testing.assert_array_equal(find(M, 3, "last"), [[14], [15], [16]])


def test_find_orientation_and_empties():
    assert find(np.array([[0, 1, 1]])).shape == (1, 2)
    assert find(np.array([[0, 0]])).shape == (1, 0)
    assert find(np.zeros((2, 2))).shape == (0, 1)
    assert find(np.zeros((0, 0))).shape == (0, 0)
    assert find(0).shape == (0, 0)
    assert find(np.array([0, 2, 3])).shape == (2,)
    r, c = find(np.ones((2, 2, 2)), nargout=2)
    np.testing.assert_array_equal(c.ravel(), [1, 1, 2, 2, 3, 3, 4, 4])
    np.testing.assert_array_equal(find(np.array([NAN, 0])), [1])
    with pytest.raises(ValueError, match="^find: Second argument"):
        find([1, 0], 0)
    with pytest.raises(ValueError, match="^find: direction"):
        find([1, 0], 1, "middle")


# --------------------------------------------------------------------------- result types
@pytest.mark.parametrize("call, cls, fields", [
    (lambda: sort([3.0, 1.0], nargout=2), SortResult, ("B", "I")),
    (lambda: sortrows([[2.0, 1], [1, 2]], nargout=2), SortrowsResult, ("B", "index")),
    (lambda: unique([3.0, 1, 3], nargout=2), UniqueResult, ("C", "ia")),
    (lambda: unique([3.0, 1, 3], nargout=3), UniqueResult, ("C", "ia", "ic")),
    (lambda: ismember([1.0, 5], [5.0], nargout=2), IsmemberResult, ("Lia", "Locb")),
    (lambda: find([[0.0, 2], [3, 0]], nargout=2), FindResult, ("row", "col")),
    (lambda: find([[0.0, 2], [3, 0]], nargout=3), FindResult, ("row", "col", "v")),
])
def test_multi_output_results_are_declared_and_pickle(call, cls, fields):
    out = call()
    assert type(out) is cls and out._fields == fields
    back = pickle.loads(pickle.dumps(out))
    assert type(back) is cls and back._fields == fields
    for a, b in zip(out, back):
        np.testing.assert_array_equal(a, b)
    B, I = sort([3.0, 1.0], nargout=2)        # unpacks like the MATLAB call
    assert B.tolist() == [1.0, 3.0] and sort([3.0, 1.0], nargout=2).I.tolist() == [2.0, 1.0]


def test_python_literals_are_double():
    # a Python list is a MATLAB literal, i.e. double (matlab_types.matlab_array)
    assert sort([3, 1, 2]).dtype == np.float64
    assert unique([2, 2, 1]).dtype == np.float64
    assert sort(np.array([3, 1], np.int16)).dtype == np.int16


# --------------------------------------------------------------------------- live Octave
def _sets_cases():
    rng = np.random.default_rng(11)
    cases = []

    def rand(shape, nan=0.0, lo=-4, hi=4):
        a = rng.integers(lo, hi + 1, size=shape).astype(float)
        a[rng.random(shape) < nan] = np.nan
        return a

    for shape in [(1, 15), (15, 1), (6, 5), (3, 4, 2)]:
        for opt in ["'ascend'", "'descend'"]:
            for dim in ["", "1, ", "2, "]:
                cases.append((f"sort(A, {dim}{opt})", {"A": rand(shape, 0.2)}, 2))
        z = rand(shape) + 1j * rand(shape)
        cases.append(("sort(A)", {"A": z}, 2))
        cases.append(("sort(A, 'descend')", {"A": z}, 2))
        cases.append(("sort(A)", {"A": rand(shape).astype(np.int16)}, 2))
        cases.append(("find(A)", {"A": rand(shape, 0.1, -1, 1)}, 1))
        cases.append(("find(A)", {"A": rand(shape, 0.1, -1, 1)}, 3))
        cases.append(("find(A, 3)", {"A": rand(shape, 0.1, -1, 1)}, 1))
        cases.append(("find(A, 2, 'last')", {"A": rand(shape, 0.1, -1, 1)}, 2))
    for shape in [(1, 20), (20, 1), (5, 6)]:
        for opt in ["", ", 'first'", ", 'last'"]:
            cases.append((f"unique(A{opt})", {"A": rand(shape, 0.0)}, 3))
        cases.append(("unique(A, 'stable')", {"A": rand(shape, 0.0)}, 2))
        cases.append(("unique(A)", {"A": rand(shape, 0.2)}, 1))
        cases.append(("ismember(A, S)", {"A": rand(shape, 0.1), "S": rand((4, 3))}, 1))
    for cols in ["", ", [2 -1]", ", -3", ", [3 1 2]"]:
        cases.append((f"sortrows(A{cols})", {"A": rand((12, 3), 0.0, -1, 1)}, 2))
    cases.append(("sortrows(A, [1 -2])", {"A": rand((12, 3), 0.2, -1, 1)}, 2))
    cases.append(("unique(A, 'rows')", {"A": rand((15, 2), 0.0, 0, 2)}, 3))
    cases.append(("unique(A, 'rows', 'last')", {"A": rand((15, 2), 0.0, 0, 2)}, 3))
    cases.append(("ismember(A, S, 'rows')",
                  {"A": rand((10, 2), 0.0, 0, 2), "S": rand((6, 2), 0.0, 0, 2)}, 1))
    return cases


def _call(call, args, nout):
    name = call.split("(")[0]
    inner = call[len(name) + 1:-1]
    parts = [p.strip() for p in re.split(r",(?![^\[]*\])", inner)]
    py = []
    for p in parts:
        if p in args:
            py.append(args[p])
        elif p.startswith("'"):
            py.append(p.strip("'"))
        elif p == "[]":
            py.append([])
        else:
            py.append(np.array(eval(p.replace(" ", ","))) if p.startswith("[") else float(p))
    f = {"sort": sort, "find": find, "unique": unique, "ismember": ismember,
         "sortrows": sortrows}[name]
    if name == "find" and len(py) > 1:
        py[1] = int(py[1])
    if name in ("sort",) and len(py) > 1 and isinstance(py[1], float):
        py[1] = int(py[1])
    out = f(*py, nargout=nout)
    return list(out) if nout > 1 else [out]


@pytest.mark.octave
def test_sets_against_octave():
    cases = _sets_cases()
    results = run_octave_calls(cases)
    checked = 0
    for (call, args, nout), want in zip(cases, results):
        assert not isinstance(want, Exception), (call, want)
        got = _call(call, args, nout)
        for j, (g, w) in enumerate(zip(got, want)):
            g = as2d(g)
            if w.dtype == np.uint8 and g.dtype == bool:
                w = w.astype(bool)
            assert g.shape == w.shape, (call, j, g.shape, w.shape)
            np.testing.assert_array_equal(g, w, err_msg=f"{call} output {j + 1}")
            checked += 1
    print(f"\n{len(cases)} Octave cases, {checked} outputs identical")


@pytest.mark.octave
def test_octave_divergences_recorded():
    """Where Octave 7.3 differs from MATLAB's documented behaviour (compat follows
    MATLAB): ismember's Locb (Octave: not the lowest index) and unique's third output
    with 'stable' (Octave: not implemented, returns [])."""
    S = np.array([[2.0, 2, 1, NAN]])
    A = np.array([[1.0, NAN, 2]])
    cases = [("ismember(A, S)", {"A": A, "S": S}, 2),
             ("unique(A, 'stable')", {"A": np.array([[3.0, 1, 3, 2]])}, 3)]
    (lia, locb), (_, _, ic) = run_octave_calls(cases)
    # MATLAB doc: "the lowest index in B"; 2 is S(1) and S(2)
    assert locb.ravel().tolist() == [3, 0, 2]  # Octave: 2 (not the lowest)
    assert ismember(A, S, nargout=2)[1].ravel().tolist() == [3, 0, 1]
    assert ic.size == 0  # Octave warns "third output J is not yet implemented"
    np.testing.assert_array_equal(unique(np.array([[3.0, 1, 3, 2]]), "stable",
                                         nargout=3)[2].ravel(), [1, 2, 1, 3])


# ------------------------------------------------------------------ issorted
def test_issorted_agrees_with_sort_on_every_option():
    """issorted(A, ...) is true exactly when sort(A, ...) leaves A unchanged (NaN in
    place), for every direction and name-value option (MATLAB's definition)."""
    from compat.matlab import issorted
    rng = np.random.default_rng(4)
    for _ in range(300):
        a = rng.integers(-2, 3, size=rng.integers(1, 6)).astype(float)
        a[rng.random(a.size) < 0.2] = np.nan
        if rng.random() < 0.5:
            a = np.sort(a) if rng.random() < 0.5 else -np.sort(-a)
        for direction in ("ascend", "descend"):
            for missing in ("auto", "first", "last"):
                b = sort(a, direction, "MissingPlacement", missing)
                expected = np.array_equal(a, b, equal_nan=True)
                got = issorted(a, direction, "MissingPlacement", missing)
                assert bool(got) == expected, (a, direction, missing)
        strict = bool(issorted(a, "strictascend"))
        assert strict == (bool(issorted(a)) and not np.any(
            (a[1:] == a[:-1]) | (np.isnan(a[1:]) & np.isnan(a[:-1]))))


def test_issorted_forms_and_types():
    from compat.matlab import issorted
    assert issorted([3, 2, 2, 1], "monotonic") and not issorted([1, 3, 2], "monotonic")
    assert not issorted([3, 2, 2, 1], "strictmonotonic")
    assert issorted(np.array([[1, 5], [2, 6]]), 2) and issorted(np.zeros((0, 3)))
    assert issorted([1, -1], "ComparisonMethod", "abs")
    assert issorted(["a", "ab", "b"]) and not issorted(["b", "a"])
    assert issorted("abc") and not issorted("ba")
    assert issorted(np.array([1, 2, 3], dtype=">i2"))
    assert type(issorted([1])) is np.bool_


@pytest.mark.octave
def test_issorted_against_octave():
    from compat.matlab import issorted
    rng = np.random.default_rng(9)
    vectors = []
    for _ in range(40):
        a = rng.integers(-3, 4, size=rng.integers(1, 8)).astype(float)
        a[rng.random(a.size) < 0.15] = np.nan
        if rng.random() < 0.6:
            a = np.sort(a) if rng.random() < 0.5 else -np.sort(-a)
        vectors.append(a.reshape(1, -1))
    modes = [("ascend", "ascend"), ("descend", "descend"), ("either", "monotonic")]
    cases = [(f"issorted(v, '{octave}')", {"v": v}, 1) for v in vectors for octave, _ in modes]
    results = run_octave_calls(cases)
    k = 0
    for v in vectors:
        for _, mode in modes:
            assert bool(issorted(v, mode)) == bool(np.ravel(results[k][0])[0]), (v, mode)
            k += 1
