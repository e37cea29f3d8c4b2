"""MATLAB spones, spfun, colperm, etree (compat.matlab.sparse_patterns; goldens in
reference_outputs/matlab/sparse_patterns)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from compat import matlab
from oracles import OCTAVE, run_octave


def _random_pattern(rng, m, n, density):
    values = rng.integers(-3, 4, (m, n)).astype(float)
    return values * (rng.random((m, n)) < density)


# --- definitions --------------------------------------------------------------------

def test_spones_definition():
    S = np.array([[0, -2.5, np.nan], [4, 0, 0]])
    R = matlab.spones(S)
    assert isinstance(R, sp.csc_matrix) and R.dtype == np.float64
    assert R.toarray().tolist() == [[0, 1, 1], [1, 0, 0]]
    L = matlab.spones(sp.csc_matrix(np.array([[True, False]])))
    assert L.dtype == np.float64 and L.toarray().tolist() == [[1, 0]]
    E = matlab.spones(np.zeros((2, 3)))
    assert E.shape == (2, 3) and E.nnz == 0
    # a stored zero of a scipy matrix is not a nonzero (MATLAB never stores one)
    Z = sp.csc_matrix((np.array([0.0, 5.0]), np.array([0, 1]), np.array([0, 2])),
                      shape=(2, 1))
    assert matlab.spones(Z).toarray().ravel().tolist() == [0, 1]


def test_spfun_applies_to_nonzeros_only_in_column_major_order():
    S = matlab.sparse(np.array([[0, 2.0], [3, 0], [4, 5]]))
    seen = []

    def record(x):
        seen.append(x.copy())
        return x * 10

    f = matlab.spfun(record, S)
    assert seen[0].shape == (4, 1) and seen[0].ravel().tolist() == [3, 4, 2, 5]
    assert f.toarray().tolist() == [[0, 20], [30, 0], [40, 50]]
    # a row vector gives fun a row, as MATLAB's find does
    matlab.spfun(record, np.array([1.0, 0, 2]))
    assert seen[-1].shape == (1, 2)
    # zeros fun makes are not stored; exp(0) is never computed at the zeros
    g = matlab.spfun(lambda x: x - 2, S)
    assert g.nnz == 3 and g[0, 1] == 0
    assert matlab.spfun(np.exp, np.zeros((2, 2))).nnz == 0
    lg = matlab.spfun(lambda x: x > 3, S)
    assert lg.dtype == np.bool_ and lg.nnz == 2
    assert matlab.spfun(lambda x: x.astype(np.int8), S).dtype == np.float64
    assert matlab.spfun(lambda x: 1j * x, S).dtype == np.complex128


def test_colperm_stable_counts():
    S = np.array([[1, 1, 0, 1], [1, 0, 0, 1], [1, 1, 0, 0]])
    # counts 3, 2, 0, 2 -> column 3, then 2 before 4 (tie), then 1
    p = matlab.colperm(S)
    assert p.shape == (1, 4) and p.dtype == np.float64
    assert p.ravel().tolist() == [3, 2, 4, 1]
    assert matlab.colperm(np.ones((2, 5))).ravel().tolist() == [1, 2, 3, 4, 5]


def _etree_by_fill(pattern: np.ndarray) -> list[int]:
    """The elimination tree by its definition: symbolic Cholesky (elimination with
    fill) of the symmetric pattern; parent(j) = the first row below j in column j of
    the factor (0-based, -1 for a root)."""
    n = pattern.shape[0]
    g = (pattern != 0) | (pattern != 0).T
    parent = []
    for j in range(n):
        below = [i for i in range(j + 1, n) if g[i, j]]
        for a in below:
            for b in below:
                g[a, b] = True
        parent.append(below[0] if below else -1)
    return parent


def test_etree_matches_symbolic_factorisation():
    rng = np.random.default_rng(13210)
    for _ in range(40):
        n = int(rng.integers(1, 16))
        A = _random_pattern(rng, n, n, float(rng.uniform(0.05, 0.4)))
        upper = np.triu(A)
        want = [p + 1 for p in _etree_by_fill(upper)]
        got = matlab.etree(sp.csc_matrix(A))
        assert got.shape == (1, n)
        assert got.ravel().tolist() == want
        lower = np.tril(A)
        want_lo = [p + 1 for p in _etree_by_fill(lower)]
        assert matlab.etree(A, "lo").ravel().tolist() == want_lo
        m = int(rng.integers(1, 16))
        R = _random_pattern(rng, m, n, float(rng.uniform(0.05, 0.4)))
        ata = (R != 0).astype(int).T @ (R != 0).astype(int)
        want_col = [p + 1 for p in _etree_by_fill(ata)]
        assert matlab.etree(R, "col").ravel().tolist() == want_col


def test_postorder_children_first_in_increasing_order():
    # the reference page's block example: two chains 1-2-3 and 4-5-6
    B = np.kron(np.eye(2), np.ones((3, 3)))
    p, q = matlab.etree(B, nargout=2)
    assert p.ravel().tolist() == [2, 3, 0, 5, 6, 0]
    assert q.ravel().tolist() == [1, 2, 3, 4, 5, 6]
    # star: column 4 is the parent of 1, 2, 3 -> children in increasing order
    S = np.eye(4)
    S[:3, 3] = 1
    p, q = matlab.etree(S, "sym", nargout=2)
    assert p.ravel().tolist() == [4, 4, 4, 0]
    assert q.ravel().tolist() == [1, 2, 3, 4]
    rng = np.random.default_rng(13211)
    for _ in range(20):
        n = int(rng.integers(1, 20))
        A = _random_pattern(rng, n, n, 0.15)
        p, q = matlab.etree(A, nargout=2)
        p, q = p.ravel().astype(int), q.ravel().astype(int)
        assert sorted(q.tolist()) == list(range(1, n + 1))
        position = {node: k for k, node in enumerate(q)}
        assert all(p[j - 1] == 0 or position[j] < position[p[j - 1]] for j in q)


def test_etree_type_forms_and_empty():
    A = np.array([[1.0, 0, 1], [1, 1, 0], [0, 1, 1]])
    assert matlab.etree(A, "SYM").ravel().tolist() == matlab.etree(A).ravel().tolist()
    assert matlab.etree(A, []).ravel().tolist() == matlab.etree(A).ravel().tolist()
    assert matlab.etree(np.zeros((0, 0))).shape == (1, 0)
    assert matlab.etree(np.zeros((3, 0)), "col").shape == (1, 0)
    assert matlab.etree(np.zeros((0, 2)), "col").ravel().tolist() == [0, 0]


@pytest.mark.parametrize("call, error, text", [
    (lambda: matlab.etree(np.ones((2, 3))), ValueError,
     r"^etree: A must be square for the 'sym' elimination tree"),
    (lambda: matlab.etree(np.ones((2, 3)), "lo"), ValueError,
     r"^etree: A must be square for the 'lo'"),
    (lambda: matlab.etree(np.eye(2), "row"), ValueError,
     r"^etree: type must be 'sym', 'lo' or 'col', not 'row'"),
    (lambda: matlab.etree(np.eye(2), 3), TypeError, r"^etree: type must be"),
    (lambda: matlab.etree(np.eye(2), nargout=3), ValueError, r"nargout"),
    (lambda: matlab.spfun("exp", np.eye(2)), TypeError,
     r"^spfun: FUN must be a function handle"),
    (lambda: matlab.spfun(lambda x: x[:1], np.eye(2)), ValueError,
     r"^spfun: FUN must return one value per nonzero element"),
    (lambda: matlab.spones(np.ones((2, 2, 2))), ValueError, r"^spones: S must be a 2-D"),
    (lambda: matlab.colperm({"a": 1}), TypeError, r"^colperm: "),
])
def test_errors(call, error, text):
    with pytest.raises(error, match=text):
        call()


def test_inputs_untouched_and_layouts():
    rng = np.random.default_rng(13212)
    A = _random_pattern(rng, 6, 6, 0.3)
    big = A.astype(">f8")
    big.setflags(write=False)
    strided = np.asfortranarray(np.repeat(A, 2, axis=1))[:, ::2]
    S = sp.csc_matrix(A)
    before = (S.data.copy(), S.indices.copy(), S.indptr.copy())
    want = matlab.etree(A, nargout=2)
    for value in (big, strided, S, A.tolist()):
        got = matlab.etree(value, nargout=2)
        np.testing.assert_array_equal(got.p, want.p)
        np.testing.assert_array_equal(got.q, want.q)
        np.testing.assert_array_equal(matlab.spones(value).toarray(), (A != 0) * 1.0)
        np.testing.assert_array_equal(matlab.colperm(value), matlab.colperm(A))
        np.testing.assert_array_equal(matlab.spfun(np.abs, value).toarray(), np.abs(A))
    assert np.array_equal(big, A)
    for stored, original in zip((S.data, S.indices, S.indptr), before):
        np.testing.assert_array_equal(stored, original)


# --- live Octave --------------------------------------------------------------------

needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_against_octave():
    """Random patterns: spones/spfun/colperm and the 'sym' and 'col' trees with their
    postorders agree exactly with Octave 7.3 ('lo' is not Octave's, see the suite)."""
    rng = np.random.default_rng(13213)
    cases, ours = [], []
    for _ in range(30):
        n = int(rng.integers(1, 25))
        m = int(rng.integers(1, 25))
        density = float(rng.uniform(0.02, 0.4))
        A = _random_pattern(rng, n, n, density)
        R = _random_pattern(rng, m, n, density)
        cases.append((
            "S = sparse(A); [p, q] = etree(S); [pc, qc] = etree(sparse(R), 'col'); "
            "c = colperm(sparse(R)); o = full(spones(S)); f = full(spfun(@(x) 2 * x - 1, S));",
            {"A": A, "R": R}, ["p", "q", "pc", "qc", "c", "o", "f"]))
        tree = matlab.etree(sp.csc_matrix(A), nargout=2)
        col = matlab.etree(sp.csc_matrix(R), "col", nargout=2)
        ours.append({"p": tree.p, "q": tree.q, "pc": col.p, "qc": col.q,
                     "c": matlab.colperm(sp.csc_matrix(R)),
                     "o": matlab.spones(A).toarray(),
                     "f": matlab.spfun(lambda x: 2 * x - 1, A).toarray()})
    for got, mine in zip(run_octave(cases), ours):
        assert not isinstance(got, Exception), got
        for name, value in mine.items():
            np.testing.assert_array_equal(np.asarray(got[name], dtype=float).ravel(),
                                          np.asarray(value, dtype=float).ravel(), name)
