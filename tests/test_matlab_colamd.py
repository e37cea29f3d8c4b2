"""MATLAB colamd and symamd (compat.matlab.sparse_patterns over
compat._core.column_ordering; goldens in reference_outputs/matlab/colamd)."""

from __future__ import annotations

import contextlib

import numpy as np
import pytest
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from compat import matlab
from compat._core import column_ordering
from oracles import OCTAVE, run_octave


def _pattern(rng, m, n, density):
    return (rng.random((m, n)) < density) * 1.0


@contextlib.contextmanager
def _path(compiled):
    """COLAMD through the numba kernel for every size (``compiled``; the Python loop
    when numba is missing) or through the Python loop (``COMPAT_NUMBA=0``)."""
    with pytest.MonkeyPatch.context() as patch:
        if compiled:
            patch.setattr(column_ordering, "_COMPILE_FROM", 0)
        else:
            patch.setenv("COMPAT_NUMBA", "0")
        yield


needs_numba = pytest.mark.skipif(column_ordering._compiled() is None,
                                 reason="numba not installed (compat[fast])")


def _is_permutation(p, n):
    assert p.shape == (1, n) and p.dtype == np.float64
    assert sorted(p.ravel().tolist()) == list(range(1, n + 1))


# --- definitions, derived by hand -------------------------------------------------

def test_empty_columns_last_and_all_zero_identity():
    # column 2 has no entries: COLAMD orders empty columns last (Octave: 1 3 2)
    np.testing.assert_array_equal(matlab.colamd(np.array([[1, 0, 1], [1, 0, 0.0]])),
                                  [[1, 3, 2]])
    # nothing to order: every column is empty, the highest gets the last place
    np.testing.assert_array_equal(matlab.colamd(np.zeros((3, 4))), [[1, 2, 3, 4]])
    assert matlab.colamd(np.zeros((3, 0))).shape == (1, 0)
    np.testing.assert_array_equal(matlab.colamd(np.zeros((0, 2))), [[1, 2]])
    assert matlab.colamd(np.zeros((0, 0))).shape == (1, 0)


def test_dense_column_and_row_thresholds():
    # identity plus a full column 5 (20 entries): with knobs(2) = 0.5 the threshold is
    # max(16, 0.5*sqrt(20)) = 16, so column 5 is dense and ordered last; by default
    # (max(16, 10*sqrt(20)) = 44) it is not: its score (19) shrinks to the cap
    # n - k - 1 = 1 after 18 pivots and, put back at the front of the degree list
    # after every pivot, it goes before column 20 (score 1 from the start).
    A = np.eye(20)
    A[:, 4] = 1
    expected = [[*range(1, 5), *range(6, 21), 5]]
    p, stats = matlab.colamd(A, [10, 0.5], nargout=2)
    np.testing.assert_array_equal(p, expected)
    # row 5 had its only entry in column 5: left empty, it is ignored (stats(1))
    assert stats.shape == (1, 20) and stats[0, :4].tolist() == [1, 1, 0, 0]
    p, stats = matlab.colamd(A, nargout=2)
    np.testing.assert_array_equal(p, [[*range(1, 5), *range(6, 20), 5, 20]])
    assert stats[0, :2].tolist() == [0, 0]
    # a full row: dense for knobs(1) = 0.5 (threshold 16), not by default (44)
    B = np.eye(20)
    B[3, :] = 1
    assert matlab.colamd(B, 0.5, nargout=2).stats[0, 0] == 1
    assert matlab.colamd(B, nargout=2).stats[0, 0] == 0
    # negative knobs: only completely dense rows (20 of 20 entries) are removed
    assert matlab.colamd(B, [-1, -1], nargout=2).stats[0, 0] == 1
    C = B.copy()
    C[3, 0] = 0
    assert matlab.colamd(C, [-1, -1], nargout=2).stats[0, 0] == 0


def test_stats_fields_are_matlabs():
    _, stats = matlab.colamd(np.eye(3), nargout=2)
    # MATLAB's page: stats(5), stats(6) are 0 when nothing is unsorted or duplicated
    assert stats.ravel().tolist() == [0.0] * 20
    _, stats = matlab.symamd(np.ones((4, 4)), nargout=2)
    assert stats[0, 0] == stats[0, 1]


def test_symamd_reads_the_strict_lower_triangle():
    rng = np.random.default_rng(15211)
    B = _pattern(rng, 25, 25, 0.1)
    S = np.maximum(B, B.T) + np.eye(25)
    p = matlab.symamd(S)
    _is_permutation(p, 25)
    # the ordering itself reads tril(S, -1) only ...
    order, _ = column_ordering.symmetric_amd(S, postorder=False)
    for part in (np.tril(S), np.tril(S, -1), np.tril(S) + np.triu(np.ones((25, 25)), 1)):
        np.testing.assert_array_equal(
            column_ordering.symmetric_amd(part, postorder=False)[0], order)
    # ... the post-ordering the upper triangle of S(p, p): values do not matter
    np.testing.assert_array_equal(matlab.symamd(S * 7 - np.eye(25) * 2), p)
    # with nothing below the diagonal every column is empty: the ordering is the
    # identity, and the post-ordering is that of the tree of S's upper triangle
    np.testing.assert_array_equal(matlab.symamd(np.eye(5)), [[1, 2, 3, 4, 5]])


def test_ordering_does_not_depend_on_garbage_collection(monkeypatch):
    """The work array of MATLAB's size forces garbage collections; with room to
    spare there are none and the permutation must be the same."""
    rng = np.random.default_rng(15212)
    for _ in range(6):
        n = int(rng.integers(100, 250))
        A = sp.csc_matrix(_pattern(rng, n, n, 0.03))
        tight, tight_stats = column_ordering.column_amd(A)
        B = np.maximum(A.toarray(), A.toarray().T)
        sym, _ = column_ordering.symmetric_amd(B)
        with monkeypatch.context() as patch:
            patch.setattr(column_ordering, "recommended_length",
                          lambda nnz, m, k: 10 * nnz + 20 * (m + k) + 100)
            roomy, roomy_stats = column_ordering.column_amd(A)
            sym_roomy, _ = column_ordering.symmetric_amd(B)
        assert roomy_stats[2] == 0
        np.testing.assert_array_equal(roomy, tight)
        np.testing.assert_array_equal(sym_roomy, sym)
        assert tight_stats[:2] == roomy_stats[:2]


@needs_numba
def test_compiled_kernel_equals_the_python_loop():
    """The numba kernel is the Python loop's own statements compiled: same
    permutations and stats on every kind of pattern (incl. garbage collections,
    supercolumns, dense rows/columns, no aggressive absorption)."""
    rng = np.random.default_rng(15217)
    for _ in range(40):
        m = int(rng.integers(0, 300))
        n = m if rng.random() < 0.5 else int(rng.integers(0, 300))
        A = _pattern(rng, m, n, float(rng.choice([0.005, 0.02, 0.08, 0.3])))
        if m and n and rng.random() < 0.3:
            A[:, int(rng.integers(n))] = 1
        knobs = [float(rng.choice([10, 0.5, -1])), float(rng.choice([10, 0.5, -1]))]
        aggressive = bool(rng.random() < 0.7)
        results = []
        for compiled in (False, True):
            with _path(compiled):
                col = column_ordering.column_amd(A, *knobs, aggressive=aggressive)
                sym = (column_ordering.symmetric_amd(np.maximum(A, A.T), knobs[0],
                                                     aggressive=aggressive)
                       if m == n else None)
            results.append((col, sym))
        (c0, s0), (c1, s1) = results
        np.testing.assert_array_equal(c0[0], c1[0])
        assert c0[1] == c1[1]
        if s0 is not None:
            np.testing.assert_array_equal(s0[0], s1[0])
            assert s0[1] == s1[1]


def test_numba_switched_off_gives_none(monkeypatch):
    monkeypatch.setenv("COMPAT_NUMBA", "0")
    assert column_ordering._compiled() is None


def test_against_superlu_colamd_on_nonsingular_square():
    """SuperLU (inside scipy) carries its own copy of COLAMD and post-orders the column
    elimination tree the same way; on nonsingular square matrices its perm_c is the
    inverse of colamd's permutation."""
    rng = np.random.default_rng(15213)
    for _ in range(25):
        n = int(rng.integers(5, 90))
        A = sp.csc_matrix(sp.random(n, n, density=float(rng.uniform(0.02, 0.2)),
                                    random_state=rng) + 3 * sp.eye(n))
        perm_c = spla.splu(A, permc_spec="COLAMD").perm_c
        p = matlab.colamd(A).ravel().astype(np.int64) - 1
        np.testing.assert_array_equal(np.argsort(perm_c), p)


# --- inputs ------------------------------------------------------------------------

def test_inputs_untouched_and_layouts():
    rng = np.random.default_rng(15214)
    A = _pattern(rng, 12, 9, 0.3) * rng.integers(-3, 4, (12, 9))
    want = matlab.colamd(A, nargout=2)
    sym = np.maximum(A[:9], A[:9].T)
    want_sym = matlab.symamd(sym)
    big = A.astype(">f8")
    big.setflags(write=False)
    strided = np.asfortranarray(np.repeat(A, 2, axis=1))[:, ::2]
    S = sp.csc_matrix(A)
    before = (S.data.copy(), S.indices.copy(), S.indptr.copy())
    # duplicates (summed) and stored zeros (not part of the pattern) in a scipy matrix
    coo = S.tocoo()
    zeros_at = np.argwhere(A == 0)[:3]
    dup = sp.coo_matrix((np.concatenate([coo.data / 2, coo.data / 2, np.zeros(3)]),
                         (np.concatenate([coo.row, coo.row, zeros_at[:, 0]]),
                          np.concatenate([coo.col, coo.col, zeros_at[:, 1]]))),
                        shape=A.shape)
    assert len(zeros_at) == 3 and dup.nnz == 2 * S.nnz + 3
    for value in (big, strided, S, A.tolist(), dup, sp.csr_matrix(A), A.astype(bool),
                  A.astype(np.int8)):
        got = matlab.colamd(value, nargout=2)
        np.testing.assert_array_equal(got.p, want.p)
        np.testing.assert_array_equal(got.stats, want.stats)
    np.testing.assert_array_equal(matlab.symamd(sym.astype(">f4")), want_sym)
    np.testing.assert_array_equal(matlab.symamd(sp.csr_matrix(sym)), want_sym)
    assert np.array_equal(big, A)
    for stored, original in zip((S.data, S.indices, S.indptr), before):
        np.testing.assert_array_equal(stored, original)


@pytest.mark.parametrize("call, error, text", [
    (lambda: matlab.symamd(np.ones((2, 3))), ValueError,
     r"^symamd: S must be a square matrix \(it is 2x3\)"),
    (lambda: matlab.colamd(np.eye(2), "ab"), TypeError, r"^colamd: knobs must be"),
    (lambda: matlab.symamd(np.eye(2), "ab"), TypeError, r"^symamd: knobs must be"),
    (lambda: matlab.colamd(np.eye(2), [1j, 2]), TypeError, r"^colamd: knobs must be"),
    (lambda: matlab.colamd(np.ones((2, 2, 2))), ValueError, r"^colamd: S must be a 2-D"),
    (lambda: matlab.colamd(np.eye(2), nargout=3), ValueError, r"nargout"),
    (lambda: matlab.colamd({"a": 1}), TypeError, r"^colamd: "),
])
def test_errors(call, error, text):
    with pytest.raises(error, match=text):
        call()


# --- live Octave --------------------------------------------------------------------

needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


def _draws(rng, count, max_size):
    for _ in range(count):
        m = int(rng.integers(0, max_size))
        n = int(rng.integers(0, max_size))
        density = float(rng.choice([0.01, 0.03, 0.08, 0.2, 0.5, 0.9]))
        A = _pattern(rng, m, n, density)
        if m and n and rng.random() < 0.3:
            A[int(rng.integers(m)), :] = 1              # a dense row
        if m and n and rng.random() < 0.3:
            A[:, int(rng.integers(n))] = 1              # a dense column
        knobs = [float(rng.choice([10, 0.5, 2, -1])), float(rng.choice([10, 0.5, 2, -1]))]
        yield A, knobs


@needs_octave
@pytest.mark.parametrize("seed, count, max_size", [(15215, 60, 30), (15216, 25, 160)])
def test_against_octave(seed, count, max_size):
    """Random patterns of every shape (empty, tall, wide, singular; dense rows and
    columns; random knobs; the larger ones with garbage collections): colamd's and
    symamd's permutations and stats equal Octave 7.3's (stats(5:6): MATLAB's 0 where
    Octave returns -1, see the suite)."""
    rng = np.random.default_rng(seed)
    cases, ours = [], []
    draws = list(_draws(rng, count, max_size))
    if max_size > 100:
        # not drawn: the 5-point Laplacian pattern of a 20x20 grid, on which COLAMD's
        # work array of MATLAB's size needs garbage collections (stats(3) = 2; 1 for
        # symamd), whatever the seed
        T = np.eye(20) + np.eye(20, k=1) + np.eye(20, k=-1)
        draws.append((np.minimum(np.kron(T, np.eye(20)) + np.kron(np.eye(20), T), 1),
                      [10.0, 10.0]))
    for A, knobs in draws:
        m, n = A.shape
        k = min(m, n)
        Y = np.maximum(A[:k, :k], A[:k, :k].T)
        cases.append(("[p, s] = colamd(sparse(A), K); [q, t] = symamd(sparse(Y), K(1));",
                      {"A": A, "Y": Y, "K": np.array([knobs])}, ["p", "s", "q", "t"]))
        for compiled in (False, True):      # the Python loop and, if numba, the kernel
            with _path(compiled):
                ours.append((matlab.colamd(sp.csc_matrix(A), knobs, nargout=2),
                             matlab.symamd(sp.csc_matrix(Y), knobs[0], nargout=2)))
    collections = 0
    octave = [got for got in run_octave(cases) for _ in range(2)]
    for got, (col, symm) in zip(octave, ours):
        assert not isinstance(got, Exception), got
        for name, mine in (("p", col.p), ("q", symm.p)):
            np.testing.assert_array_equal(np.asarray(got[name], float).reshape(1, -1),
                                          mine.reshape(1, -1), name)
        for name, mine in (("s", col.stats), ("t", symm.stats)):
            theirs = np.asarray(got[name], float).ravel()
            np.testing.assert_array_equal(theirs[[4, 5]], [-1, -1])
            np.testing.assert_array_equal(np.delete(theirs, [4, 5]),
                                          np.delete(mine.ravel(), [4, 5]), name)
            np.testing.assert_array_equal(mine.ravel()[[4, 5]], [0, 0])
        collections += got["s"].ravel()[2] > 0 and got["t"].ravel()[2] > 0
    if max_size > 100:
        assert collections > 0          # the garbage collection path was exercised
