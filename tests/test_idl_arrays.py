"""Tests of compat.idl where, uniq, sort, reverse, shift, rotate, transpose.

Tiers: values printed by real IDL (reference examples, the Harris blog post "Array
Uniqueness in IDL", a quoted IDL session on UNIQ); independent references (Python
loops from IDL's definitions); dtype, no-mutation and bad-input tests; live
differential tests against GDL 1.0.1 in one session (marked ``gdl``), with SORT
compared by sorted values where GDL's tie order differs from IDL's.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra.numpy import arrays

from compat.idl import reverse, rotate, shift, sort, transpose, uniq, where
from oracle_gdl import GDL, run_gdl

NAN = np.nan


# ---------------------------------------------------------------- real IDL print-outs

def test_sort_reference_examples():
    """IDL Reference Guide, SORT: 3 4 1 0 2; [500, NaN, -500] -> 2 0 1."""
    np.testing.assert_array_equal(sort(np.array([4, 3, 7, 1, 2], np.int16)), [3, 4, 1, 0, 2])
    np.testing.assert_array_equal(sort(np.array([500, NAN, -500], np.float32)), [2, 0, 1])
    assert sort(np.array([4, 3])).dtype == np.int32


def test_sort_ties_as_idl_prints_them():
    """Real IDL sessions: identical elements in reverse order of appearance."""
    a = np.array([1, 2, 2, 5, 1, 4, 4, 2], np.int16)  # Sather, Harris blog, 2014
    np.testing.assert_array_equal(sort(a), [4, 0, 7, 2, 1, 6, 5, 3])
    np.testing.assert_array_equal(uniq(a), [0, 2, 3, 4, 6, 7])
    s = a[sort(a)]
    np.testing.assert_array_equal(s[uniq(s)], [1, 2, 4, 5])
    b = np.array([1, 2, 1, 2, 3, 4, 5, 6, 6, 5], np.int16)  # IDL session, CSDN 2019
    np.testing.assert_array_equal(sort(b), [2, 0, 3, 1, 4, 5, 9, 6, 8, 7])
    np.testing.assert_array_equal(uniq(b), [0, 1, 2, 3, 4, 5, 6, 8, 9])
    np.testing.assert_array_equal(uniq(b, sort(b)), [0, 1, 4, 5, 6, 7])
    np.testing.assert_array_equal(b[uniq(b, sort(b))], [1, 2, 3, 4, 5, 6])  # reference


def test_uniq_rules():
    assert uniq(5) == 0 and uniq([7]) == 0
    assert uniq(np.array([4, 4, 4])) == 2
    assert uniq(np.array([5, 5, 5]), np.array([2, 0, 1])) == 2  # N-1, not Index[N-1]
    np.testing.assert_array_equal(uniq(np.array([1, 2, 1])), [0, 1])  # wrap-around
    np.testing.assert_array_equal(uniq(np.array([1.0, NAN, NAN])), [0, 1, 2])


@settings(max_examples=100, deadline=None)
@given(arrays(np.int16, st.integers(1, 30), elements=st.integers(-3, 3)))
def test_sort_and_uniq_properties(a):
    s = sort(a)
    assert sorted(s.tolist()) == list(range(a.size))
    assert np.all(np.diff(a[s]) >= 0)
    for v in np.unique(a):  # ties: reverse order of appearance
        pos = s[a[s] == v]
        assert np.all(np.diff(pos) < 0)
    u = uniq(a, s)
    np.testing.assert_array_equal(np.sort(np.atleast_1d(a[u])), np.unique(a))


# ---------------------------------------------------------------- where

def test_where():
    a = np.array([[1, 5, 2], [7, 0, 9]], np.int16)
    r = where(a > 4, count=True, complement=True, ncomplement=True)
    np.testing.assert_array_equal(r.result, [1, 3, 5])
    assert r.result.dtype == np.int32 and r.count == 3 and r.count.dtype == np.int32
    np.testing.assert_array_equal(r.complement, [0, 2, 4])
    assert r.ncomplement == 3
    r = where(a > 10, count=True, complement=True)
    assert r.result == -1 and r.result.dtype == np.int32 and np.ndim(r.result) == 0
    assert r.count == 0
    assert where(a >= 0, complement=True).complement == -1
    r = where(a, count=True, l64=True)
    assert r.result.dtype == np.int64 and r.count.dtype == np.int64
    np.testing.assert_array_equal(where(np.array([0.0, NAN, 2.0])), [1, 2])
    np.testing.assert_array_equal(where(np.array(["", "a", "b"])), [1, 2])
    np.testing.assert_array_equal(where(5), [0])



def test_where_l64_types_every_output_and_the_minus_one():
    """/L64 forces 64-bit integers "in all cases" (IDL's WHERE page): the -1 of an empty
    Result or COMPLEMENT too (GDL 1.0.1 keeps that -1 LONG)."""
    a = np.array([1, 0, 3], np.int16)
    r = where(a, count=True, complement=True, ncomplement=True, l64=True)
    assert [np.asarray(v).dtype for v in r] == [np.dtype(np.int64)] * 4
    assert r.result.tolist() == [0, 2] and r.complement.tolist() == [1]
    r = where(a > 5, count=True, complement=True, ncomplement=True, l64=True)
    assert r.result == -1 and r.result.dtype == np.int64 and np.ndim(r.result) == 0
    assert r.count == 0 and r.count.dtype == np.int64 and r.ncomplement.dtype == np.int64
    r = where(a > -1, complement=True, ncomplement=True, l64=True)
    assert r.complement == -1 and r.complement.dtype == np.int64 and r.ncomplement == 0

# ---------------------------------------------------------------- reverse/shift/rotate/transpose

A = np.arange(6, dtype=np.int16).reshape(2, 3)  # IDL INDGEN(3, 2)


def test_rotate_table():
    """All 8 directions on IDL's INDGEN(3,2) as GDL 1.0.1 prints them."""
    expected = {0: [[0, 1, 2], [3, 4, 5]], 1: [[3, 0], [4, 1], [5, 2]],
                2: [[5, 4, 3], [2, 1, 0]], 3: [[2, 5], [1, 4], [0, 3]],
                4: [[0, 3], [1, 4], [2, 5]], 5: [[2, 1, 0], [5, 4, 3]],
                6: [[5, 2], [4, 1], [3, 0]], 7: [[3, 4, 5], [0, 1, 2]]}
    for d, e in expected.items():
        np.testing.assert_array_equal(rotate(A, d), e)
    np.testing.assert_array_equal(rotate(A, 9), expected[1])
    np.testing.assert_array_equal(rotate(A, -1), expected[7])
    v = np.arange(3, dtype=np.int16)
    for d in (1, 4):
        assert rotate(v, d).shape == (3, 1)
        np.testing.assert_array_equal(rotate(v, d).ravel(), [0, 1, 2])
    for d in (3, 6):
        np.testing.assert_array_equal(rotate(v, d).ravel(), [2, 1, 0])
    for d, e in ((0, [0, 1, 2]), (2, [2, 1, 0]), (5, [2, 1, 0]), (7, [0, 1, 2])):
        r = rotate(v, d)
        assert r.shape == (3,)
        np.testing.assert_array_equal(r, e)


def brute_rotate(a, d):
    """IDL's table: (X1, Y1) from (X0, Y0) with X the column, Y the row."""
    ny, nx = a.shape
    transpose_first = d >= 4
    b = a.T if transpose_first else a
    for _ in range(d % 4):  # each step: 90 degrees ccw on IDL's display = rot90(-1)
        ny_, nx_ = b.shape
        c = np.empty((nx_, ny_), b.dtype)
        for y in range(ny_):
            for x in range(nx_):
                c[x, ny_ - 1 - y] = b[y, x]
        b = c
    return b


@pytest.mark.parametrize("d", range(8))
def test_rotate_brute(d):
    a = np.arange(20).reshape(4, 5)
    np.testing.assert_array_equal(rotate(a, d), brute_rotate(a, d))


def test_reverse_shift_transpose():
    np.testing.assert_array_equal(reverse(A), [[2, 1, 0], [5, 4, 3]])
    np.testing.assert_array_equal(reverse(A, 2), [[3, 4, 5], [0, 1, 2]])
    np.testing.assert_array_equal(shift(A, 1), [[5, 0, 1], [2, 3, 4]])
    np.testing.assert_array_equal(shift(A, 1, -1), [[5, 3, 4], [2, 0, 1]])
    np.testing.assert_array_equal(shift(A, [1, -1]), [[5, 3, 4], [2, 0, 1]])
    z = np.arange(24, dtype=np.int16).reshape(4, 3, 2)  # IDL [2, 3, 4]
    t = transpose(z, [1, 2, 0])
    assert t.shape == (2, 4, 3)  # IDL [3, 4, 2]
    np.testing.assert_array_equal(t[0], [[0, 2, 4], [6, 8, 10], [12, 14, 16], [18, 20, 22]])
    assert transpose(np.arange(3)).shape == (3, 1)
    np.testing.assert_array_equal(transpose(A), A.T)


def test_no_mutation_and_no_views():
    a = np.arange(6.0).reshape(2, 3)
    keep = a.copy()
    for r in (reverse(a), shift(a, 1, 1), rotate(a, 5), transpose(a), sort(a), where(a)):
        r[...] = -1
    np.testing.assert_array_equal(a, keep)


@pytest.mark.parametrize("call, exc, text", [
    (lambda: reverse(A, 3), ValueError, "REVERSE:"),
    (lambda: shift(A, 1, 2, 3), ValueError, "SHIFT: Incorrect number"),
    (lambda: shift(A, "a"), TypeError, "SHIFT:"),
    (lambda: rotate(np.zeros((2, 2, 2)), 1), ValueError, "ROTATE:"),
    (lambda: rotate(5, 1), ValueError, "ROTATE: Expression must be an array"),
    (lambda: rotate(A, 1.5), TypeError, "ROTATE:"),
    (lambda: transpose(A, [0, 0]), ValueError, "TRANSPOSE:"),
    (lambda: transpose(A, [0.0, 1.0]), TypeError, "TRANSPOSE:"),
    (lambda: uniq(A, [0.5, 1]), TypeError, "UNIQ:"),
    (lambda: uniq(A, [0, 9]), ValueError, "UNIQ:"),
    (lambda: sort(np.zeros(0)), ValueError, "SORT:"),
    (lambda: where(np.zeros(2, dtype=object)), TypeError, "WHERE: Array_Expression has dtype object, which has no IDL type"),
])
def test_bad_input(call, exc, text):
    with pytest.raises(exc, match="^" + text):
        call()


# ---------------------------------------------------------------- GDL differential

def _cases():
    rng = np.random.default_rng(9)
    f = rng.normal(size=(6, 7)).astype(np.float32)
    k = rng.integers(0, 5, size=(5, 8)).astype(np.int16)  # many ties
    fn = f.copy()
    fn[rng.random(f.shape) < 0.2] = NAN
    d = rng.normal(size=(3, 4, 5))
    c = [
        ("where", {"a": f}, "where(a gt 0.5)", lambda: where(f > 0.5)),
        ("where_none", {"a": f}, "where(a gt 100)", lambda: where(f > 100)),
        ("where_count", {"a": k}, "where(a eq 2, n) & r = n", lambda: where(k == 2, count=True).count),
        ("where_compl", {"a": k}, "where(a eq 2, complement=cc) & r = cc",
         lambda: where(k == 2, complement=True).complement),
        ("where_l64", {"a": k}, "where(a, /l64)", lambda: where(k, l64=True)),
        ("sort_f", {"a": f}, "sort(a)", lambda: sort(f)),
        ("sort_vals_ties", {"a": k}, "a[sort(a)]", lambda: k.reshape(-1)[sort(k)]),
        ("sort_vals_nan", {"a": fn}, "a[sort(a)]", lambda: fn.reshape(-1)[sort(fn)]),
        ("uniq_sorted", {"a": np.sort(k, axis=None)}, "uniq(a)",
         lambda: uniq(np.sort(k, axis=None))),
        ("uniq_raw", {"a": k}, "uniq(a)", lambda: uniq(k)),
        ("uniq_vals", {"a": k}, "a[uniq(a, sort(a))]", lambda: k.reshape(-1)[uniq(k, sort(k))]),
        ("rev1", {"a": d}, "reverse(a)", lambda: reverse(d)),
        ("rev3", {"a": d}, "reverse(a, 3)", lambda: reverse(d, 3)),
        ("shift_vec", {"a": d}, "shift(a, 7)", lambda: shift(d, 7)),
        ("shift_dims", {"a": d}, "shift(a, 2, -1, 5)", lambda: shift(d, 2, -1, 5)),
        ("transpose", {"a": d}, "transpose(a)", lambda: transpose(d)),
        ("transpose_p", {"a": d}, "transpose(a, [2, 0, 1])", lambda: transpose(d, [2, 0, 1])),
    ]
    for direction in range(8):
        c.append((f"rot{direction}", {"a": f}, f"rotate(a, {direction})",
                  lambda direction=direction: rotate(f, direction)))
        v = f[0]
        c.append((f"rotv{direction}", {"a": v}, f"rotate(a, {direction})",
                  lambda direction=direction, v=v: rotate(v, direction)))
    return c, k


CASES, K = _cases()


@pytest.fixture(scope="module")
def gdl_results():
    if GDL is None:
        pytest.skip("gdl not installed")
    with tempfile.TemporaryDirectory() as tmp:
        yield run_gdl([(n, inp, e) for n, inp, e, _ in CASES] +
                      [("sort_ties_idx", {"a": K}, "sort(a)")], Path(tmp))


@pytest.mark.gdl
@pytest.mark.parametrize("case", CASES, ids=[c[0] for c in CASES])
def test_against_gdl(gdl_results, case):
    name, _, _, python = case
    expected = gdl_results[name]
    assert not isinstance(expected, Exception), expected
    got = np.asarray(python())
    assert got.dtype == expected.dtype, (got.dtype, expected.dtype)
    assert got.shape == expected.shape, (got.shape, expected.shape)
    np.testing.assert_array_equal(got, expected)


@pytest.mark.gdl
def test_gdl_sort_tie_order_divergence(gdl_results):
    """GDL 1.0.1 keeps ties in original order; IDL prints them reversed (see sort)."""
    g = gdl_results["sort_ties_idx"]
    flat = K.reshape(-1)
    np.testing.assert_array_equal(g, np.argsort(flat, kind="stable"))
    assert not np.array_equal(sort(K), g)
    np.testing.assert_array_equal(flat[sort(K)], flat[g])
