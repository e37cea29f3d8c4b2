"""IDL linear algebra (compat.idl.linalg): unit tests, bad input, and differential tests
against live GDL on random inputs.

Tolerances: the matrix operators are compared exactly for integer operands (LONG
arithmetic) and to a few float32/float64 roundings of the sums otherwise; INVERT, DETERM
and SVSOL to ``c * n * eps * cond`` (GDL uses other LU/SVD codes); CHOLDC/CHOLSOL, which
GDL implements with the same Numerical Recipes algorithm, to a few ulps.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core import linalg as core
from oracles import run_gdl

F32 = np.float32


# ----------------------------------------------------------------- operators
def test_operators_follow_idl_vector_rules():
    m = np.array([[1, 2, 1], [2, -1, 2]], dtype=np.int16)
    v = np.array([1, 0, 1], dtype=np.int16)
    assert idl.rows_by_columns(m, v).shape == (2, 1)           # v read as a column
    assert idl.rows_by_columns(np.array([1.0, 2]), np.eye(2)).shape == (2,)   # as a row
    outer = idl.columns_by_rows(np.array([1.0, 2, 3]), np.array([10.0, 20]))
    np.testing.assert_array_equal(outer, [[10, 20, 30], [20, 40, 60]])     # C[i,j]=A[i]B[j]
    np.testing.assert_array_equal(idl.rows_by_columns(np.array([1.0, 2, 3]),
                                                      np.array([10.0, 20])),
                                  [[10, 20], [20, 40], [30, 60]])
    assert idl.columns_by_rows(np.int16(2), np.array([1, 2], dtype=np.int16)).shape == (2, 1)


def test_operator_types():
    i16 = np.array([[30000, 2], [1, 1]], dtype=np.int16)
    out = idl.columns_by_rows(i16, i16)
    assert out.dtype == np.int32
    assert out[0, 0] == 900_000_002                       # 30000^2 + 2: held by LONG
    wrapped = idl.columns_by_rows(np.array([50000], np.int32), np.array([50000], np.int32))
    assert wrapped[0] == 50000 * 50000 - 2 ** 32           # LONG arithmetic wraps
    assert idl.columns_by_rows(np.ones(2, np.uint8), np.ones(2, np.uint8)).dtype == np.int32
    assert idl.columns_by_rows(np.ones(2, F32), np.ones(2)).dtype == np.float64
    assert idl.columns_by_rows(np.ones(2, np.int64), np.ones(2, np.int16)).dtype == np.int64
    assert idl.columns_by_rows(np.ones(2, F32), np.ones(2, np.complex64)).dtype == np.complex64


def test_operator_dimension_errors():
    with pytest.raises(ValueError, match=r"^##: Operands of matrix multiply have "
                                         r"incompatible dimensions\.$"):
        idl.rows_by_columns(np.ones((2, 3)), np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"^#: Operands of matrix multiply have "):
        idl.columns_by_rows(np.ones((2, 3)), np.ones((4, 5)))
    with pytest.raises(ValueError, match=r"^##: Operands of matrix multiply must have at "
                                         r"most 2"):
        idl.rows_by_columns(np.ones((2, 2, 2)), np.ones(2))
    with pytest.raises(TypeError, match=r"^#: String expression not allowed"):
        idl.columns_by_rows("ab", np.ones(2))


# ----------------------------------------------------------------- INVERT, DETERM
def test_invert_status_and_types():
    r = idl.invert(np.array([[1, 2], [3, 4]], dtype=np.int16), status=True)
    assert r.result.dtype == np.float32 and r.status == 0
    assert idl.invert(np.eye(2), double=False).dtype == np.float64
    assert idl.invert(np.eye(2, dtype=F32), double=True).dtype == np.float64
    assert idl.invert(np.eye(2, dtype=np.complex64)).dtype == np.complex64
    singular = idl.invert(np.array([[1.0, 2], [2, 4]]), status=True)
    assert singular.status == 1 and np.isnan(singular.result).all()
    nearly = np.array([[1.0, 1.0], [1.0, 1.0 + 4.5e-16]])
    assert idl.invert(nearly, status=True).status == 2
    assert np.asarray(idl.invert(np.eye(3), status=True).status).dtype == np.int32


def test_la_invert_status_and_error():
    with pytest.raises(ValueError, match=r"^LA_INVERT: Singular matrix encountered, "
                                         r"STATUS=2\.$"):
        idl.la_invert(np.array([[1.0, 2], [2, 4]]))
    assert idl.la_invert(np.array([[1.0, 2], [2, 4]]), status=True).status == 2


def test_determ_keywords():
    a = np.array([[2.0, 1, 1], [4, -6, 0], [-2, 7, 2]], dtype=F32)
    assert idl.determ(a) == F32(-16)
    assert idl.determ(a, double=True).dtype == np.float64
    assert idl.determ(np.zeros((2, 2)), check=True) == 0
    with pytest.raises(ValueError, match=r"^DETERM: Singular matrix\.$"):
        idl.determ(np.zeros((2, 2)))
    assert idl.determ(np.diag([1.0, 1e-7]).astype(F32)) == 0          # below ZERO=1e-6
    assert idl.determ(np.diag([1.0, 1e-7]).astype(F32), zero=1e-9) == F32(1e-7)


# ----------------------------------------------------------------- LUDC, LUSOL
def test_ludc_scaled_pivoting_and_parity():
    a = np.array([[1.0, 100, 3], [2, 1, 1], [5, 2, 9]], dtype=F32)
    r = idl.ludc(a, interchanges=True)
    np.testing.assert_array_equal(r.index, [1, 1, 2])
    assert r.index.dtype == np.int32 and r.interchanges == -1 and r.a.dtype == F32
    # the packed factors reproduce the row-permuted matrix
    lower = np.tril(r.a, -1) + np.eye(3)
    upper = np.triu(r.a)
    permuted = a.copy()
    for j, p in enumerate(r.index):
        permuted[[j, p]] = permuted[[p, j]]
    np.testing.assert_allclose(lower @ upper, permuted, rtol=1e-6)
    np.testing.assert_array_equal(a, [[1, 100, 3], [2, 1, 1], [5, 2, 9]])  # untouched


def test_ludc_ties_take_the_last_row_and_column_keyword():
    r = idl.ludc(np.array([[2.0, 1], [4, 2.5]]))
    assert list(r.index) == [1, 1]               # equal merits: NR's '>=' keeps the later
    a = np.random.default_rng(1).normal(size=(4, 4))
    col = idl.ludc(a.T, column=True)
    row = idl.ludc(a)
    np.testing.assert_array_equal(col.a, row.a.T)
    b = np.arange(4.0)
    # two backward-stable LU solves of the same system: their forward errors are within
    # a few n eps cond(A) |x| normwise (an element can be far below |x|: elementwise
    # rtol failed on a draw whose x[0] was 2e-3 of the largest element)
    x, ref = idl.lusol(col.a, col.index, b, column=True), np.linalg.solve(a, b)
    bound = 8 * 4 * np.finfo(float).eps * np.linalg.cond(a, np.inf) * np.abs(ref).max()
    assert np.abs(x - ref).max() <= bound


def test_ludc_errors():
    with pytest.raises(ValueError, match=r"^LUDC: Singular matrix\.$"):
        idl.ludc(np.array([[1.0, 2], [0, 0]]))
    with pytest.raises(ValueError, match=r"^LUDC: Input must be a square matrix"):
        idl.ludc(np.ones((2, 3)))
    with pytest.raises(TypeError, match=r"^LUDC: Complex expression not allowed"):
        idl.ludc(np.eye(2, dtype=complex))
    with pytest.raises(ValueError, match=r"^LUSOL: B must have 2 elements"):
        idl.lusol(np.eye(2), np.array([0, 1], np.int32), np.ones(3))
    with pytest.raises(ValueError, match=r"^LUSOL: Index must be"):
        idl.lusol(np.eye(2), np.array([0.0, 1.0]), np.ones(2))


# ----------------------------------------------------------------- CHOLDC, SVDC
def test_choldc_layout_and_errors():
    a = np.array([[4.0, 2, 2], [2, 5, 1], [2, 1, 6]])
    r = idl.choldc(a)
    np.testing.assert_array_equal(np.triu(r.a), np.triu(a))       # upper left as it was
    L = np.tril(r.a, -1) + np.diag(r.p)
    np.testing.assert_allclose(L @ L.T, a, rtol=1e-15)
    with pytest.raises(ValueError, match=r"^CHOLDC: Array is not positive definite\.$"):
        idl.choldc(np.array([[1.0, 2], [2, 1]]))


def test_svdc_unsorted_and_reconstructs():
    a = np.random.default_rng(2).normal(size=(7, 4))
    w, u, v = idl.svdc(a)
    np.testing.assert_allclose(u @ np.diag(w) @ v.T, a, atol=1e-13)
    np.testing.assert_allclose(np.sort(w)[::-1], np.linalg.svd(a, compute_uv=False),
                               rtol=1e-13)
    assert (w >= 0).all()
    np.testing.assert_allclose(u.T @ u, np.eye(4), atol=1e-13)
    x = idl.svsol(u, w, v, np.arange(7.0))
    np.testing.assert_allclose(x, np.linalg.lstsq(a, np.arange(7.0), rcond=None)[0],
                               rtol=1e-12)
    with pytest.raises(ValueError, match=r"^SVDC: No convergence in 1 iterations\.$"):
        idl.svdc(np.random.default_rng(3).normal(size=(6, 6)), itmax=1)


def test_eigenql_against_lapack_and_keywords():
    rng = np.random.default_rng(4)
    s = rng.normal(size=(6, 6))
    s = s + s.T
    r = idl.eigenql(s, eigenvectors=True, residual=True)
    # both are backward-stable symmetric eigensolvers: each eigenvalue is within a few
    # n * eps * ||S||_2 of the exact one (Weyl), whatever its own size -- a relative
    # tolerance fails an eigenvalue near 0 (5e-4 off by 8e-16 at CI shift 41824)
    bound = 4 * s.shape[0] * np.finfo(float).eps * np.linalg.norm(s, 2)
    np.testing.assert_allclose(r.result, np.sort(np.linalg.eigvalsh(s))[::-1], rtol=0,
                               atol=bound)
    np.testing.assert_allclose(np.abs(r.residual).max(), 0, atol=1e-12)
    np.testing.assert_allclose(r.eigenvectors @ r.eigenvectors.T, np.eye(6), atol=1e-12)
    largest = np.abs(r.eigenvectors).argmax(axis=1)
    assert (r.eigenvectors[np.arange(6), largest] > 0).all()
    asc = idl.eigenql(s, ascending=True)
    np.testing.assert_array_equal(asc, r.result[::-1])
    by_size = idl.eigenql(s, absolute=True)
    assert (np.diff(np.abs(by_size)) <= 0).all()
    assert idl.eigenql(s.astype(F32)).dtype == F32
    with pytest.raises(ValueError, match=r"^EIGENQL: A must be finite"):
        idl.eigenql(np.array([[np.nan, 1], [1, 0]]))


def _dot_bound(a, b, u):
    """gamma_k * (|A| @ |B|): Higham (3.5), for any order of the k additions."""
    k = a.shape[-1]
    gamma = k * u / (1 - k * u)
    return gamma * (np.abs(a).astype(np.float64) @ np.abs(b).astype(np.float64))


def test_float_products_within_the_dot_product_bound():
    """FLOAT/DOUBLE # and ## are sums in an unspecified order (BLAS here, IDL's thread
    pool, GDL's Eigen): each element lies within gamma_k * (|A| ## |B|) of the exact
    product whatever the order; terms over six decades make the sums cancel."""
    rng = np.random.default_rng(401)
    for dtype, u in [(F32, 2.0 ** -24), (np.float64, 2.0 ** -53)] * 6:
        m, k, n = int(rng.integers(1, 9)), int(rng.integers(2, 1200)), int(rng.integers(1, 9))
        a = (rng.standard_normal((m, k)) * 10.0 ** rng.integers(-3, 4, (m, k))).astype(dtype)
        b = rng.standard_normal((k, n)).astype(dtype)
        exact = a.astype(np.longdouble) @ b.astype(np.longdouble)
        c = idl.rows_by_columns(a, b)
        assert c.dtype == dtype
        err = np.abs(c.reshape(m, n).astype(np.longdouble) - exact)
        # the long double reference adds its own error where it is only double
        slack = 1 if np.finfo(np.longdouble).nmant > 52 else 2
        assert np.all(err <= slack * _dot_bound(a, b, u)), (dtype, float(np.max(err)))
        np.testing.assert_array_equal(idl.columns_by_rows(b, a), c)  # B # A is A ## B


def test_inputs_are_never_modified():
    a = np.array([[4.0, 2], [2, 5]])
    before = a.copy()
    idl.choldc(a)
    idl.ludc(a)
    idl.svdc(a)
    idl.eigenql(a, eigenvectors=True)
    np.testing.assert_array_equal(a, before)


# ----------------------------------------------------------------- differential (GDL)
def _random(seed, shape, dtype=F32):
    return np.random.default_rng(seed).normal(size=shape).astype(dtype)


@pytest.mark.gdl
def test_operators_against_gdl():
    cases, expected = [], {}
    shapes = [((3, 4), (4, 2)), ((5,), (3, 5)), ((5,), (5,)), ((2, 6), (6,)), ((4,), (3,)),
              ((1, 4), (4, 1)), ((3, 3), (3, 3))]
    for k, (sa, sb) in enumerate(shapes):
        for dtype in (F32, np.float64, np.int16, np.int32):
            a = (_random(k, sa, np.float64) * 50).astype(dtype)
            b = (_random(k + 100, sb, np.float64) * 50).astype(dtype)
            name = f"c{k}_{np.dtype(dtype).name}"
            try:
                want_hash = idl.columns_by_rows(b, a)    # B # A: the IDL text below
            except ValueError:
                want_hash = None
            try:
                want_dhash = idl.rows_by_columns(a, b)
            except ValueError:
                want_dhash = None
            cases.append((name + "_h", {"a": a, "b": b}, "b # a"))
            cases.append((name + "_d", {"a": a, "b": b}, "a ## b"))
            expected[name + "_h"] = want_hash
            expected[name + "_d"] = want_dhash
    got = run_gdl(cases)
    for name, want in expected.items():
        if want is None:
            assert isinstance(got[name], RuntimeError), name
            continue
        assert not isinstance(got[name], RuntimeError), (name, got[name])
        g = got[name]
        assert g.dtype == want.dtype, name
        assert g.shape == want.shape or g.size == want.size == 1, (name, g.shape, want.shape)
        if want.dtype.kind in "iu":
            np.testing.assert_array_equal(g.reshape(want.shape), want, err_msg=name)
        else:
            eps = np.finfo(want.dtype).eps
            scale = 50 * 50 * 6
            np.testing.assert_allclose(g.reshape(want.shape), want, rtol=0,
                                       atol=8 * eps * scale, err_msg=name)


@pytest.mark.gdl
def test_float_products_against_gdl_within_twice_the_bound():
    """GDL 1.0.1 and compat sum in different orders: both lie within gamma_k *
    (|A| ## |B|) of the exact product, so they differ by at most twice that."""
    rng = np.random.default_rng(407)
    cases, operands = [], {}
    for i in range(8):
        m, n, k = int(rng.integers(1, 6)), int(rng.integers(1, 6)), int(rng.integers(2, 900))
        a = (rng.standard_normal((m, k)) * 10.0 ** rng.integers(-3, 4, (m, k))).astype(F32)
        b = rng.standard_normal((k, n)).astype(F32)
        cases.append((f"p{i}", {"a": a, "b": b}, "a ## b"))
        operands[f"p{i}"] = (a, b)
    got = run_gdl(cases)
    for name, (a, b) in operands.items():
        g = np.asarray(got[name], dtype=np.float64)
        c = idl.rows_by_columns(a, b).astype(np.float64)
        assert np.all(np.abs(c - g.reshape(c.shape))
                      <= 2 * _dot_bound(a, b, 2.0 ** -24).reshape(c.shape)), name


@pytest.mark.gdl
def test_solvers_against_gdl():
    cases, mine = [], {}
    for k, n in enumerate((2, 3, 5, 8, 12)):
        a = _random(200 + k, (n, n), np.float64)
        spd = a @ a.T + n * np.eye(n)
        b = _random(300 + k, (n,), np.float64)
        cond = np.linalg.cond(a)
        cases += [(f"inv{k}", {"a": a}, "invert(a, /double)"),
                  (f"det{k}", {"a": a}, "determ(a, /double)"),
                  (f"cholx{k}", {"s": spd, "b": b}, "cholsol_wrapper(s, b)")]
        mine[f"inv{k}"] = (idl.invert(a, double=True), cond)
        mine[f"det{k}"] = (idl.determ(a, double=True), cond)
        r = idl.choldc(spd)
        mine[f"cholx{k}"] = (idl.cholsol(r.a, r.p, b), 1.0)
    # GDL has no in-expression CHOLDC: a small helper function compiled first
    helper = ("function cholsol_wrapper, s, b\n  c = s\n  choldc, c, p\n"
              "  return, cholsol(c, p, b)\nend\n")
    import tempfile
    from pathlib import Path
    with tempfile.TemporaryDirectory() as tmp:
        Path(tmp, "cholsol_wrapper.pro").write_text(helper)
        got = run_gdl(cases, workdir=Path(tmp))
    for name, (want, cond) in mine.items():
        g = got[name]
        assert not isinstance(g, RuntimeError), (name, g)
        n = np.size(want) ** 0.5 if np.ndim(want) == 2 else 8
        tol = 10 * n * np.finfo(float).eps * cond * np.abs(want).max()
        np.testing.assert_allclose(g.reshape(np.shape(want)), want, rtol=0, atol=tol,
                                   err_msg=name)


# ---------------------------------------------------------------------------- COND
def test_cond_rules():
    a = np.array([[1.0, 2.0], [3.0, 4.0]], dtype=np.float32)
    # ||A||inf = 7, ||inv(A)||inf = 3: 21 (IDL's default norm; numpy's cond defaults to 2)
    assert idl.cond(a) == np.float32(21.0) and idl.cond(a).dtype == np.float32
    assert idl.cond(a.astype(np.float64)).dtype == np.float64
    assert idl.cond(a, double=True).dtype == np.float64
    assert idl.cond(a.astype(np.float64), double=False).dtype == np.float32
    s = np.linalg.svd(a.astype(np.float64), compute_uv=False)
    assert idl.cond(a, lnorm=2) == np.float32(s[0] / s[1])
    singular = idl.cond(np.array([[1.0, 2.0], [2.0, 4.0]]))
    assert singular == -1 and singular.dtype == np.int16           # INVERT's Status 1
    assert idl.cond(np.zeros((3, 3)), lnorm=2) == np.inf
    assert idl.cond(np.ones((2, 3)), lnorm=2) > 1e15               # rectangular: LNORM=2 only
    with pytest.raises(ValueError, match=r"^COND: Input must be a square matrix\.$"):
        idl.cond(np.ones((2, 3)))
    with pytest.raises(ValueError, match="two-dimensional"):
        idl.cond(np.ones(3))
    with pytest.raises(ValueError, match="LNORM must be equal to 0, 1, or 2"):
        idl.cond(a, lnorm=3)
