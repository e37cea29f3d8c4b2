"""Tests of compat.idl's LAPACK solvers: LA_LUDC, LA_LUSOL, LA_CHOLDC, LA_CHOLSOL, LA_SVD,
LA_LINEAR_EQUATION (family lapack).

Golden cases: reference_outputs/idl/lapack_solvers (IDL's printed examples, GDL's
LA_CHOLDC, and GDL's LUDC and SVDC where they compute what LA_LUDC and LA_SVD compute).
Here: the factorisations rebuilt as IDL's documentation rebuilds them, solutions against
numpy, layouts, types, STATUS, errors, and a differential run against live GDL.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl

from oracles import run_gdl


# --------------------------------------------------------------------------- LA_LUDC
def _rebuild_ludc(lu, index):
    """IDL's LA_LUDC example: L (unit) and U from the factor, L ## U, then the rows
    swapped back in reverse order with Index - 1."""
    m, n = lu.shape
    k = min(m, n)
    lower = np.eye(m, k, dtype=lu.dtype) + np.tril(lu[:, :k], -1)
    upper = np.triu(lu[:k, :])
    arecon = lower @ upper
    for i in range(k - 1, -1, -1):
        j = index[i] - 1
        arecon[[i, j]] = arecon[[j, i]]
    return arecon


@pytest.mark.parametrize("shape", [(5, 5), (7, 4), (3, 6)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex128])
def test_la_ludc_rebuilds(shape, dtype):
    rng = np.random.default_rng(sum(shape))
    a = rng.standard_normal(shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_normal(shape)
    a = a.astype(dtype)
    r = idl.la_ludc(a)
    assert r.array.dtype == dtype and r.array.shape == shape
    assert r.index.dtype == np.int32 and r.index.shape == (min(shape),)
    assert r.index.min() >= 1                                  # LAPACK's 1-based rows
    eps = np.finfo(dtype).eps
    np.testing.assert_allclose(_rebuild_ludc(r.array, r.index), a, atol=50 * eps)
    # partial pivoting: every multiplier of L is at most 1 (LAPACK's complex pivot
    # search compares |re| + |im|, so a complex multiplier reaches sqrt(2))
    bound = np.sqrt(2) if np.dtype(dtype).kind == "c" else 1
    assert np.abs(np.tril(r.array[:, :min(shape)], -1)).max() <= bound * (1 + 1e-6)


def test_la_ludc_against_scipy_and_types():
    import scipy.linalg

    a = np.random.default_rng(4).standard_normal((6, 6))
    lu, piv = scipy.linalg.lu_factor(a)
    r = idl.la_ludc(a)
    np.testing.assert_allclose(r.array, lu, rtol=1e-13, atol=1e-14)
    np.testing.assert_array_equal(r.index, piv + 1)
    ints = np.array([[4, 16000, 17000], [2, 5, 8], [3, 6, 10]], dtype=np.int16)
    assert idl.la_ludc(ints).array.dtype == np.float32
    assert idl.la_ludc(ints, double=True).array.dtype == np.float64
    assert idl.la_ludc(a.astype(np.complex64)).array.dtype == np.complex64
    before = a.copy()
    idl.la_ludc(a)
    np.testing.assert_array_equal(a, before)


def test_la_ludc_status():
    sing = np.array([[1.0, 2, 3], [2, 4, 6], [1, 1, 1]])
    r = idl.la_ludc(sing, status=True)
    assert r.status == 3 and r.status.dtype == np.int32
    assert abs(r.array[2, 2]) == 0 and abs(r.array[1, 1]) == 1
    with pytest.raises(ValueError, match=r"^LA_LUDC: Singular matrix encountered, "
                                         r"STATUS=3\.$"):
        idl.la_ludc(sing)
    assert idl.la_ludc(np.eye(2), status=True).status == 0


# -------------------------------------------------------------------------- LA_LUSOL
def test_la_lusol_documentation_example():
    a = np.array([[4, 16000, 17000], [2, 5, 8], [3, 6, 10]], dtype=np.int16)
    b = np.array([100.1, 0.1, 0.01], dtype=np.float32)
    r = idl.la_ludc(a)
    x = idl.la_lusol(r.array, r.index, b)
    assert x.dtype == np.float32
    np.testing.assert_allclose(x, [-0.397355, -0.334742, 0.321033], atol=1e-6)
    # refined: LA_LINEAR_EQUATION is much closer to the exact solution
    exact = np.linalg.solve(a.astype(np.float64), b.astype(np.float64))
    refined = idl.la_linear_equation(a, b)
    assert np.abs(refined - exact).max() < 0.01 * np.abs(x - exact).max()


@pytest.mark.parametrize("dtype", [np.float64, np.complex128])
def test_la_lusol_several_right_hand_sides(dtype):
    rng = np.random.default_rng(11)
    a = (rng.standard_normal((5, 5)) + 3 * np.eye(5)).astype(dtype)
    b = rng.standard_normal((5, 3)).astype(dtype)
    r = idl.la_ludc(a)
    x = idl.la_lusol(r.array, r.index, b)
    assert x.shape == (5, 3) and x.dtype == dtype
    np.testing.assert_allclose(x, np.linalg.solve(a, b), rtol=1e-12, atol=1e-13)
    np.testing.assert_allclose(idl.la_lusol(r.array, r.index, b[:, 0]), x[:, 0])


def test_la_lusol_errors():
    r = idl.la_ludc(np.eye(3) * 2)
    with pytest.raises(ValueError, match=r"^LA_LUSOL: Input must be a square matrix \(A is "):
        idl.la_lusol(np.ones((3, 2)), r.index[:2], [1.0, 2, 3])
    with pytest.raises(ValueError, match=r"^LA_LUSOL: Index must be LA_LUDC's integer"):
        idl.la_lusol(r.array, [1.0, 2, 3], [1.0, 2, 3])
    with pytest.raises(ValueError, match=r"^LA_LUSOL: Index must hold row numbers 1 to 3"):
        idl.la_lusol(r.array, np.array([0, 1, 2]), [1.0, 2, 3])
    with pytest.raises(ValueError, match=r"^LA_LUSOL: B must have 3 rows"):
        idl.la_lusol(r.array, r.index, [1.0, 2])
    with pytest.raises(ValueError, match=r"^LA_LUSOL: Input arrays must be finite"):
        idl.la_lusol(r.array, r.index, [1.0, np.nan, 3])


# --------------------------------------------------------------- LA_CHOLDC, LA_CHOLSOL
def _spd(n, seed, complex_=False):
    rng = np.random.default_rng(seed)
    g = rng.standard_normal((n, n))
    if complex_:
        g = g + 1j * rng.standard_normal((n, n))
    return g @ g.conj().T + n * np.eye(n)


@pytest.mark.parametrize("complex_", [False, True])
def test_la_choldc_lower_and_upper(complex_):
    a = _spd(5, 3, complex_)
    marked = a.copy()
    marked[np.triu_indices(5, 1)] = 99                      # never read without /UPPER
    c = idl.la_choldc(marked)
    low = np.tril(c)
    np.testing.assert_allclose(low @ low.conj().T, a, rtol=1e-12)
    np.testing.assert_array_equal(np.triu(c, 1), np.triu(marked, 1))   # left as it was
    marked = a.copy()
    marked[np.tril_indices(5, -1)] = 77
    u = idl.la_choldc(marked, upper=True)
    up = np.triu(u)
    np.testing.assert_allclose(up.conj().T @ up, a, rtol=1e-12)
    np.testing.assert_array_equal(np.tril(u, -1), np.tril(marked, -1))
    np.testing.assert_allclose(low, np.linalg.cholesky(a), rtol=1e-12)


def test_la_choldc_status_and_errors():
    npd = np.array([[1.0, 2], [2, 1]], dtype=np.float32)
    r = idl.la_choldc(npd, status=True)
    assert r.status == 2 and r.status.dtype == np.int32
    with pytest.raises(ValueError, match=r"^LA_CHOLDC: Array is not positive definite, "
                                         r"STATUS=2\.$"):
        idl.la_choldc(npd)
    with pytest.raises(ValueError, match=r"^LA_CHOLDC: Input must be a square matrix \(Array is "):
        idl.la_choldc(np.ones((2, 3)))
    with pytest.raises(ValueError, match=r"^LA_CHOLDC: Array must be a 2-D array"):
        idl.la_choldc(np.ones(3))
    assert idl.la_choldc(np.eye(2), status=True).status == 0
    assert idl.la_choldc(np.eye(2, dtype=np.float32)).dtype == np.float32
    assert idl.la_choldc(np.eye(2, dtype=np.float32), double=True).dtype == np.float64


@pytest.mark.parametrize("upper", [False, True])
def test_la_cholsol(upper):
    a = _spd(6, 8)
    b = np.random.default_rng(8).standard_normal((6, 2))
    c = idl.la_choldc(a, upper=upper)
    x = idl.la_cholsol(c, b, upper=upper)
    np.testing.assert_allclose(x, np.linalg.solve(a, b), rtol=1e-12)
    np.testing.assert_allclose(idl.la_cholsol(c, b[:, 1], upper=upper), x[:, 1])


def test_la_cholsol_documentation_example():
    a = np.array([[6.0, 15, 55], [15, 55, 225], [55, 225, 979]], dtype=np.float32)
    x = idl.la_cholsol(idl.la_choldc(a), np.array([9.5, 50, 237], dtype=np.float32))
    assert x.dtype == np.float32
    # IDL prints -0.499999 -1.00000 0.500000 (FLOAT spotrs, condition 1.6e4)
    np.testing.assert_allclose(x, [-0.499999, -1.0, 0.5], atol=3e-6)


# ---------------------------------------------------------------------------- LA_SVD
@pytest.mark.parametrize("shape", [(7, 4), (4, 7), (5, 5)])
@pytest.mark.parametrize("divide_conquer", [False, True])
def test_la_svd_layout(shape, divide_conquer):
    rng = np.random.default_rng(sum(shape))
    a = rng.standard_normal(shape)
    r = idl.la_svd(a, divide_conquer=divide_conquer)
    k = min(shape)
    assert r.w.shape == (k,) and r.u.shape == (shape[0], k) and r.v.shape == (shape[1], k)
    np.testing.assert_allclose(r.w, np.linalg.svd(a, compute_uv=False), rtol=1e-12)
    assert np.all(np.diff(r.w) <= 0)
    np.testing.assert_allclose(r.u @ np.diag(r.w) @ r.v.T, a, atol=1e-12)
    np.testing.assert_allclose(r.u.T @ r.u, np.eye(k), atol=1e-12)
    np.testing.assert_allclose(r.v.T @ r.v, np.eye(k), atol=1e-12)


def test_la_svd_complex_float_and_status():
    rng = np.random.default_rng(2)
    a = (rng.standard_normal((5, 3)) + 1j * rng.standard_normal((5, 3))).astype(np.complex64)
    r = idl.la_svd(a, status=True)
    assert r.w.dtype == np.float32 and r.u.dtype == np.complex64 and r.status == 0
    np.testing.assert_allclose(r.u @ np.diag(r.w) @ r.v.conj().T, a, atol=2e-5)
    f = idl.la_svd(a.real)
    assert f.w.dtype == np.float32
    assert idl.la_svd(a.real, double=True).w.dtype == np.float64
    with pytest.raises(ValueError, match=r"^LA_SVD: Input arrays must be finite"):
        idl.la_svd(np.array([[1.0, np.inf]]))


# ---------------------------------------------------------------- LA_LINEAR_EQUATION
def test_la_linear_equation_outputs():
    rng = np.random.default_rng(21)
    a = rng.standard_normal((6, 6))
    b = rng.standard_normal((6, 2))
    r = idl.la_linear_equation(a, b, backward_error=True, forward_error=True,
                               status=True)
    np.testing.assert_allclose(r.result, np.linalg.solve(a, b), rtol=1e-12)
    assert r.backward_error.shape == (2,) and r.forward_error.shape == (2,)
    assert np.all(r.backward_error < 1e-15) and np.all(r.forward_error < 1e-10)
    assert r.status == 0
    one = idl.la_linear_equation(a, b[:, 0], backward_error=True, forward_error=True)
    assert np.ndim(one.backward_error) == 0 and np.ndim(one.forward_error) == 0
    assert idl.la_linear_equation(a.astype(np.float32), b[:, 0]).dtype == np.float64
    assert idl.la_linear_equation(a.astype(np.float32),
                                  b[:, 0].astype(np.float32)).dtype == np.float32


def test_la_linear_equation_singular():
    sing = np.array([[1.0, 2], [2, 4]])
    r = idl.la_linear_equation(sing, [1.0, 2], status=True)
    assert r.status == 2 and np.all(np.isnan(r.result))
    with pytest.raises(ValueError, match=r"^LA_LINEAR_EQUATION: Singular matrix "
                                         r"encountered, STATUS=2\.$"):
        idl.la_linear_equation(sing, [1.0, 2])
    # nearly singular: LAPACK's INFO = n+1 (tiny RCOND) still gives the solution
    near = np.array([[1.0, 1], [1, 1 + 1e-17 + 2e-16]])
    assert idl.la_linear_equation(near, [1.0, 2], status=True).status == 0


# ------------------------------------------------------------------ live GDL oracle
@pytest.mark.gdl
def test_against_gdl():
    """LA_CHOLDC against GDL's (Eigen's LLT), LA_LUDC /DOUBLE against GDL's LUDC (LAPACK's
    pivoting, in DOUBLE) and LA_SVD's values against GDL's SVDC (sorted), batched."""
    rng = np.random.default_rng(20261204)
    cases, want = [], {}
    for k in range(6):
        n = int(rng.integers(2, 9))
        a = _spd(n, 1000 + k)
        dtype = np.float32 if k % 2 else np.float64
        s = a.astype(dtype)
        cases.append((f"chol{k}", {"a": s}, "execute('la_choldc, a') ? a : 0"))
        want[f"chol{k}"] = (idl.la_choldc(s), 8 * np.finfo(dtype).eps * n)
        cases.append((f"cholu{k}", {"a": s}, "execute('la_choldc, a, /upper') ? a : 0"))
        want[f"cholu{k}"] = (idl.la_choldc(s, upper=True), 8 * np.finfo(dtype).eps * n)
        g = rng.standard_normal((n, n))
        cases.append((f"lu{k}", {"a": g}, "execute('ludc, a, idx') ? a : 0"))
        want[f"lu{k}"] = (idl.la_ludc(g, double=True).array, 1e-12)
        m = int(rng.integers(n, 12))
        h = rng.standard_normal((m, n)).astype(dtype)
        cases.append((f"svd{k}", {"a": h}, "execute('svdc, a, w, u, v') ? w : 0"))
        want[f"svd{k}"] = (idl.la_svd(h).w, 16 * np.finfo(dtype).eps)
    got = run_gdl(cases)
    for name, (ours, tol) in want.items():
        theirs = got[name]
        assert not isinstance(theirs, Exception), (name, theirs)
        scale = np.abs(theirs).max()
        np.testing.assert_allclose(ours, theirs, rtol=0, atol=tol * scale, err_msg=name)


# ---------------------------------------------------------------------- bad inputs
@pytest.mark.parametrize("call", [
    lambda a: idl.la_ludc(a), lambda a: idl.la_choldc(a), lambda a: idl.la_svd(a),
    lambda a: idl.la_linear_equation(a, np.ones(3)), lambda a: idl.la_cholsol(a, np.ones(3)),
])
def test_bad_inputs(call):
    call(np.eye(3))                                   # the valid call works
    for bad, message in [(np.ones(3), "must be a 2-D array"),
                         (np.ones((2, 3, 3)), "must be a 2-D array"),
                         (np.array([[1.0, np.nan, 0], [0, 1, 0], [0, 0, 1]]),
                          "Input arrays must be finite")]:
        with pytest.raises(ValueError, match=r"^LA_[A-Z_]+: .*" + message):
            call(bad)
    with pytest.raises(TypeError, match=r"^LA_[A-Z_]+: String expression not allowed"):
        call("abc")
