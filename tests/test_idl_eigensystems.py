"""Tests of compat.idl's eigensystem family: ELMHES, HQR, EIGENVEC, TRIRED, TRIQL, CRAMER.

Golden cases: reference_outputs/idl/eigensystems (values printed in IDL's documentation;
GDL 1.0.1 has none of these routines). Here: the Numerical Recipes steps against
independent transcriptions and numpy/scipy (eigenvalues as sets, eigenvectors up to their
scaling), the IDL library code's type rules, and the errors.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core import numerical_recipes as nr


def _sorted_complex(values):
    values = np.asarray(values)
    return values[np.lexsort((values.imag, values.real))]


# ----------------------------------------------------------------------- ELMHES, HQR
def _elmhes_reference(a):
    """NR's elmhes written from its description, one scalar at a time (1-based loops
    shifted to 0): the pivot is the first largest |a[j, m-1]|, j >= m."""
    a = np.array(a, dtype=np.float64)
    n = a.shape[0]
    for m in range(1, n - 1):
        x, i = 0.0, m
        for j in range(m, n):
            if abs(a[j, m - 1]) > abs(x):
                x, i = a[j, m - 1], j
        if i != m:
            for j in range(m - 1, n):
                a[i, j], a[m, j] = a[m, j], a[i, j]
            for j in range(n):
                a[j, i], a[j, m] = a[j, m], a[j, i]
        if x:
            for i in range(m + 1, n):
                y = a[i, m - 1]
                if y != 0.0:
                    y /= x
                    a[i, m - 1] = y
                    for j in range(m, n):
                        a[i, j] -= y * a[m, j]
                    for j in range(n):
                        a[j, m] += y * a[j, i]
    return a


@pytest.mark.parametrize("n", [2, 3, 5, 8])
def test_elimination_matches_scalar_transcription(n):
    a = np.random.default_rng(n).standard_normal((n, n))
    np.testing.assert_allclose(nr.eliminate_hessenberg(a), _elmhes_reference(a),
                               rtol=1e-13, atol=1e-13)


def test_elmhes_is_a_similarity_with_multipliers_below():
    a = np.random.default_rng(3).standard_normal((6, 6))
    h = idl.elmhes(a, no_balance=True)
    hess = np.triu(h, -1)
    np.testing.assert_allclose(_sorted_complex(np.linalg.eigvals(hess)),
                               _sorted_complex(np.linalg.eigvals(a)), rtol=1e-10)
    assert np.any(np.tril(h, -2) != 0)           # NR leaves the multipliers there
    assert np.all(np.abs(np.tril(h, -2)) <= 1)   # |multiplier| <= 1: pivoting


def test_balance_scales_by_powers_of_two():
    a = np.array([[1.0, 1e4, 0], [1e-4, 1, 1e3], [0, 1e-3, 1]])
    b = nr.balance(a)
    # b = D^-1 a D: b[i, j] = a[i, j] d_j / d_i, D diagonal with powers of 2
    d = np.array([1.0, b[0, 1] / a[0, 1], b[0, 1] / a[0, 1] * b[1, 2] / a[1, 2]])
    np.testing.assert_array_equal(b, a * d[None, :] / d[:, None])
    np.testing.assert_array_equal(np.log2(d), np.round(np.log2(d)))
    assert np.any(d != 1)
    np.testing.assert_allclose(np.diag(b), np.diag(a))
    np.testing.assert_allclose(_sorted_complex(np.linalg.eigvals(b)),
                               _sorted_complex(np.linalg.eigvals(a)), rtol=1e-12)
    assert np.abs(b).max() < np.abs(a).max()


@pytest.mark.parametrize("seed", range(6))
def test_hqr_eigenvalues_are_numpys(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 9))
    a = rng.standard_normal((n, n))
    ev = idl.hqr(idl.elmhes(a))
    assert ev.dtype == np.complex128 and ev.shape == (n,)
    np.testing.assert_allclose(_sorted_complex(ev), _sorted_complex(np.linalg.eigvals(a)),
                               rtol=1e-10, atol=1e-12)
    # conjugate pairs sit next to each other, negative imaginary part first
    for k in np.flatnonzero(ev.imag < 0):
        assert ev[k + 1] == np.conj(ev[k])


def test_hqr_types_column_and_complex_input():
    a = np.random.default_rng(9).standard_normal((5, 5)).astype(np.float32)
    ev = idl.hqr(idl.elmhes(a))
    assert ev.dtype == np.complex64
    assert idl.hqr(idl.elmhes(a), double=True).dtype == np.complex128
    want = _sorted_complex(np.linalg.eigvals(a.astype(np.float64)))
    np.testing.assert_allclose(_sorted_complex(ev), want, rtol=2e-5, atol=2e-5)
    h = idl.elmhes(a)
    np.testing.assert_array_equal(idl.hqr(h.T.copy(), column=True), idl.hqr(h))
    np.testing.assert_array_equal(idl.elmhes(a.T.copy(), column=True), h.T)
    np.testing.assert_array_equal(idl.hqr(h + 1j), idl.hqr(h))  # the real part is used


def test_hqr_documentation_order():
    # IDL 5.1 prints (0.26366255, -6.1925899)(0.26366255, 6.1925899)
    #                (-4.9384492, 0.0000000)(0.41112406, 0.0000000)
    a = np.array([[1.0, -2, -4, 1], [0, -2, 3, 4], [2, -6, -1, 4], [3, -3, 1, -2]],
                 dtype=np.float32)
    ev = idl.hqr(idl.elmhes(a), double=True)
    np.testing.assert_allclose(ev, [0.26366255 - 6.1925899j, 0.26366255 + 6.1925899j,
                                    -4.9384492, 0.41112406], atol=1e-7)


def test_hqr_errors():
    with pytest.raises(ValueError, match=r"^HQR: Input must be a square matrix"):
        idl.hqr(np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"^HQR: A must be a 2-D array"):
        idl.hqr(np.ones(3))
    with pytest.raises(ValueError, match=r"^HQR: A must be finite"):
        idl.hqr(np.array([[1.0, np.nan], [1, 1]]))
    with pytest.raises(ValueError, match=r"^ELMHES: A must be finite"):
        idl.elmhes(np.array([[1.0, np.inf], [1, 1]]))
    with pytest.raises(TypeError, match=r"^ELMHES: String expression not allowed"):
        idl.elmhes("abc")


# ------------------------------------------------------------------------- EIGENVEC
def _phase_free(v):
    """Each row scaled so that its largest component is real and positive."""
    k = np.argmax(np.abs(v), axis=1)
    pivot = v[np.arange(v.shape[0]), k]
    return v * (np.abs(pivot) / pivot)[:, None]


@pytest.mark.parametrize("seed", range(5))
def test_eigenvec_against_numpy(seed):
    rng = np.random.default_rng(100 + seed)
    n = int(rng.integers(2, 7))
    a = rng.standard_normal((n, n))
    ev = idl.hqr(idl.elmhes(a))
    r = idl.eigenvec(a, ev, residual=True)
    assert r.result.dtype == np.complex128 and r.result.shape == (n, n)
    np.testing.assert_allclose(np.linalg.norm(r.result, axis=1), 1, rtol=1e-12)
    np.testing.assert_allclose(r.residual, r.result @ a.T - ev[:, None] * r.result,
                               atol=1e-13)
    assert np.abs(r.residual).max() < 1e-8
    w, vecs = np.linalg.eig(a)
    for k, value in enumerate(ev):
        j = int(np.argmin(np.abs(w - value)))
        np.testing.assert_allclose(_phase_free(r.result[k:k + 1]),
                                   _phase_free(vecs[:, j][None]), atol=1e-8)


def test_eigenvec_follows_eigenvec_pro():
    # one real eigenvalue by hand: LUDC once, ITMAX LUSOL steps from ones/sqrt(n)
    a = np.array([[2.0, 1, 0], [1, 3, 1], [0, 1, 4]])
    lam = np.linalg.eigvalsh(a)[1] + 1e-3
    r = idl.eigenvec(a, np.array([lam + 0j] * 3), itmax=2)
    shifted = a - lam * np.eye(3)
    b = np.ones(3) / np.sqrt(3)
    for _ in range(2):
        x = np.linalg.solve(shifted, b)
        b = x / np.sqrt(np.sum(x * x))
    np.testing.assert_allclose(r[0], b, rtol=1e-12)
    assert np.all(r.imag == 0)
    # ITMAX=0 returns the start vector
    np.testing.assert_allclose(idl.eigenvec(a, np.array([lam + 0j] * 3), itmax=0)[0],
                               np.ones(3) / np.sqrt(3))


def test_eigenvec_types():
    a = np.random.default_rng(7).standard_normal((4, 4)).astype(np.float32)
    ev = idl.hqr(idl.elmhes(a))                          # COMPLEX
    v = idl.eigenvec(a, ev)
    assert v.dtype == np.complex64
    assert idl.eigenvec(a, ev, double=True).dtype == np.complex128
    assert idl.eigenvec(a, ev.astype(np.complex128)).dtype == np.complex128
    assert idl.eigenvec(a.astype(np.float64), ev).dtype == np.complex128
    res = idl.eigenvec(a, ev, residual=True).residual
    assert res.dtype == np.complex64
    # eigenvec.pro in FLOAT can return a row of NaN, as IDL does: for a real eigenvalue
    # accurate to FLOAT, the last Crout pivot of A - lambda I (LUDC, NR's ludcmp) is a
    # few ulps and in ~8% of random 4x4 draws exactly 0 (COMPAT_RESEED_SHIFT=4242, seed
    # 4249: lambda = -0.90376294); ludcmp then stores TINY = 1e-20, LUSOL's x grows to
    # ~1e19, and TOTAL(X^2) overflows FLOAT (3.4e38) -> B = x/Inf = 0 -> 0/0 = NaN.
    # So: every finite row has a small residual; a NaN row only for a real eigenvalue
    # whose FLOAT LU met an exact zero pivot, and /DOUBLE then gives a finite vector.
    for k, row in enumerate(res):
        if np.all(np.isfinite(row)):
            assert np.abs(row).max() < 1e-4, (k, row)
            continue
        assert ev[k].imag == 0 and np.all(np.isnan(row)), (k, ev[k], row)
        shifted = a.copy()
        shifted[np.diag_indices(4)] -= np.float32(ev[k].real)
        lu, _, _ = nr.crout_lu(shifted)
        assert np.any(np.diag(lu) == np.float32(1e-20)), (k, np.diag(lu))
        rd = idl.eigenvec(a, ev, double=True, residual=True).residual[k]
        assert np.all(np.isfinite(rd)) and np.abs(rd).max() < 1e-4, (k, rd)


def test_eigenvec_errors():
    a = np.eye(3)
    ev = np.array([1, 1, 1], dtype=np.complex128)
    with pytest.raises(ValueError, match=r"^EIGENVEC: Input array must be float or double"):
        idl.eigenvec(np.eye(3, dtype=np.int16), ev)
    with pytest.raises(ValueError, match=r"^EIGENVEC: Eigenvalues must be complex"):
        idl.eigenvec(a, np.ones(3))
    with pytest.raises(ValueError, match=r"^EIGENVEC: Input array and eigenvalues are of"):
        idl.eigenvec(a, ev[:2])
    with pytest.raises(ValueError, match=r"^EIGENVEC: Input array must be square"):
        idl.eigenvec(np.ones((2, 3)), ev[:2])
    with pytest.raises(ValueError, match=r"^EIGENVEC: ITMAX must be"):
        idl.eigenvec(a, ev, itmax=-1)
    with pytest.raises(ValueError, match=r"^EIGENVEC: Singular matrix"):
        idl.eigenvec(np.diag([1.0, 2, 3]), np.array([1, 2, 3], dtype=np.complex64))


# --------------------------------------------------------------------- TRIRED, TRIQL
@pytest.mark.parametrize("n", [2, 4, 7])
def test_trired_reduces_and_triql_diagonalises(n):
    rng = np.random.default_rng(n)
    g = rng.standard_normal((n, n))
    a = g + g.T
    r = idl.trired(a)
    np.testing.assert_allclose(r.a @ r.a.T, np.eye(n), atol=1e-13)
    t = np.diag(r.d) + np.diag(r.e[1:], 1) + np.diag(r.e[1:], -1)
    np.testing.assert_allclose(r.a @ a @ r.a.T, t, atol=1e-12)
    assert r.e[0] == 0
    q = idl.triql(r.d, r.e, r.a)
    np.testing.assert_allclose(np.sort(q.d), np.linalg.eigvalsh(a), atol=1e-12)
    np.testing.assert_allclose(q.a @ a, q.d[:, None] * q.a, atol=1e-12)   # rows
    # the tridiagonal array itself: A input as the identity
    q2 = idl.triql(r.d, r.e, np.eye(n))
    np.testing.assert_allclose(q2.a @ t, q2.d[:, None] * q2.a, atol=1e-12)


def test_triql_documentation_example():
    a = np.array([[3.0, 1, -4], [1, 3, -4], [-4, -4, 8]], dtype=np.float32)
    r = idl.trired(a)
    q = idl.triql(r.d, r.e, r.a)
    assert q.d.dtype == np.float32 and q.a.dtype == np.float32
    np.testing.assert_allclose(q.d, [2, 0, 12], atol=1e-6)          # IDL: 4.76837e-07
    s2, s3, s6 = np.sqrt([2.0, 3.0, 6.0])
    np.testing.assert_allclose(q.a, [[1 / s2, -1 / s2, 0], [-1 / s3, -1 / s3, -1 / s3],
                                     [-1 / s6, -1 / s6, 2 / s6]], atol=1e-6)


def test_trired_triql_types_and_inputs_unchanged():
    a = np.array([[2.0, 1], [1, 2]], dtype=np.float32)
    before = a.copy()
    r = idl.trired(a)
    assert r.a.dtype == r.d.dtype == r.e.dtype == np.float32
    assert idl.trired(a, double=True).d.dtype == np.float64
    assert idl.trired(np.array([[2, 1], [1, 2]], dtype=np.int16)).d.dtype == np.float32
    q = idl.triql(r.d, r.e.astype(np.float64), r.a)
    assert q.d.dtype == np.float64
    np.testing.assert_array_equal(a, before)


def test_triql_errors():
    with pytest.raises(ValueError, match=r"^TRIQL: E must have 3 elements"):
        idl.triql([1.0, 2, 3], [0.0, 1], np.eye(3))
    with pytest.raises(ValueError, match=r"^TRIQL: A must be 3 x 3"):
        idl.triql([1.0, 2, 3], [0.0, 1, 1], np.eye(2))
    with pytest.raises(ValueError, match=r"^TRIQL: D, E and A must be finite"):
        idl.triql([1.0, np.nan], [0.0, 1], np.eye(2))
    with pytest.raises(ValueError, match=r"^TRIRED: Input must be a square matrix"):
        idl.trired(np.ones((2, 3)))


# -------------------------------------------------------------------------- CRAMER
@pytest.mark.parametrize("seed", range(4))
def test_cramer_against_numpy(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(1, 6))
    a = rng.standard_normal((n, n)) + n * np.eye(n)
    b = rng.standard_normal(n)
    np.testing.assert_allclose(idl.cramer(a, b), np.linalg.solve(a, b), rtol=1e-10,
                               atol=1e-12)


def test_cramer_types():
    a = np.array([[2.0, 1, 1], [4, -6, 0], [-2, 7, 2]], dtype=np.float32)
    b = np.array([3.0, 10, -5], dtype=np.float32)
    x = idl.cramer(a, b)
    assert x.dtype == np.float32
    np.testing.assert_allclose(x, [1, -1, 2], rtol=1e-6)
    assert idl.cramer(a, b, double=True).dtype == np.float64
    assert idl.cramer(a.astype(np.float64), b).dtype == np.float64
    # a DOUBLE B makes the work DOUBLE, but cramer.pro writes B into the FLOAT A first
    bd = np.array([0.1, 0.2, 0.3])
    xd = idl.cramer(a, bd)
    assert xd.dtype == np.float64
    np.testing.assert_allclose(xd, idl.cramer(a.astype(np.float64),
                                              bd.astype(np.float32).astype(np.float64)),
                               rtol=1e-15)
    assert not np.allclose(xd, np.linalg.solve(a.astype(np.float64), bd), rtol=1e-12,
                           atol=0)


def test_cramer_errors():
    with pytest.raises(ValueError, match=r"^CRAMER: Input array must be float or double"):
        idl.cramer(np.eye(2, dtype=np.int32), [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^CRAMER: Input array must be square"):
        idl.cramer(np.ones((2, 3)), [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^CRAMER: B must have 2 elements"):
        idl.cramer(np.eye(2), [1.0, 2.0, 3.0])
    with pytest.raises(ValueError, match=r"^CRAMER: Input array is singular"):
        idl.cramer(np.array([[1.0, 2], [2, 4]]), [1.0, 2.0])
    with pytest.raises(ValueError, match=r"^CRAMER: Input array is singular"):
        idl.cramer(np.array([[1.0, 0], [0, 0]]), [1.0, 2.0])        # a row of zeros
    # ZERO: a determinant's pivot below it counts as zero
    with pytest.raises(ValueError, match=r"^CRAMER: Input array is singular"):
        idl.cramer(np.diag([1.0, 1e-3]), [1.0, 1.0], zero=1e-2)
    np.testing.assert_allclose(idl.cramer(np.diag([1.0, 1e-3]), [1.0, 1.0]), [1, 1e3])
    # a zero in the solution can leave a column-replaced array with a row of zeros:
    # LUDC's error inside DETERM, which cramer.pro does not catch
    with pytest.raises(ValueError, match=r"^CRAMER: Singular matrix"):
        idl.cramer(np.eye(2), [1.0, 0.0])
    with pytest.raises(ValueError, match=r"^CRAMER: A and B must be finite"):
        idl.cramer(np.eye(2), [1.0, np.nan])
