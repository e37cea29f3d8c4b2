"""IDL TRISOL (Numerical Recipes' tridag) and LA_TRIRED (LAPACK's symmetric/Hermitian
tridiagonal reduction): solutions against dense solves, the reduction's identities
(orthogonal Q, A = Q T Q^H, the triangle read), IDL's types, errors, untouched inputs,
and random systems and arrays against live GDL."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def _dense(a, b, c):
    n = len(b)
    t = np.diag(np.asarray(b, np.float64))
    t += np.diag(np.asarray(a, np.float64)[1:], -1) + np.diag(np.asarray(c, np.float64)[:-1], 1)
    return t


def _system(rng, n, dtype):
    a = rng.uniform(-1, 1, n).astype(dtype)
    c = rng.uniform(-1, 1, n).astype(dtype)
    b = (rng.uniform(3, 5, n) * rng.choice([-1, 1], n)).astype(dtype)
    r = rng.uniform(-4, 4, n).astype(dtype)
    return a, b, c, r


# ------------------------------------------------------------------------ TRISOL
def test_trisol_documentation_example_and_dense_solve():
    a, b = np.float32([0, 2, 2, 2]), np.float32([-4, -4, -4, -4])
    c, r = np.float32([1, 1, 1, 0]), np.float32([6, -8, -5, 8])
    u = idl.trisol(a, b, c, r)
    assert u.dtype == np.float32
    np.testing.assert_allclose(u, [-1, 2, 2, -1], atol=2e-7)
    np.testing.assert_array_equal(idl.trisol(a, b, c, r, double=True), [-1, 2, 2, -1])
    rng = np.random.default_rng(12851)
    for n in (1, 2, 7, 40):
        a, b, c, r = _system(rng, n, np.float64)
        u = idl.trisol(a, b, c, r)
        assert u.dtype == np.float64                 # DOUBLE A: DOUBLE result
        np.testing.assert_allclose(_dense(a, b, c) @ u, r, rtol=0, atol=1e-13)


def test_trisol_float_rounding_is_tridags():
    """FLOAT: the forward sweep and back substitution in float32, step for step."""
    rng = np.random.default_rng(12852)
    a, b, c, r = _system(rng, 15, np.float32)
    n = 15
    gam = np.zeros(n, np.float32)
    u = np.zeros(n, np.float32)
    bet = b[0]
    u[0] = r[0] / bet
    for j in range(1, n):
        gam[j] = c[j - 1] / bet
        bet = b[j] - a[j] * gam[j]
        u[j] = (r[j] - a[j] * u[j - 1]) / bet
    for j in range(n - 2, -1, -1):
        u[j] -= gam[j + 1] * u[j + 1]
    np.testing.assert_array_equal(idl.trisol(a, b, c, r), u)


def test_trisol_types():
    i = np.int16([0, 1, 1]), np.int16([4, 4, 4]), np.int16([1, 1, 0]), np.int16([5, 6, 5])
    assert idl.trisol(*i).dtype == np.float32
    np.testing.assert_allclose(idl.trisol(*i), [1, 1, 1], rtol=1e-6)
    a32 = np.float32([0, 1, 1])
    r64 = np.float64([5, 6, 5])
    assert idl.trisol(a32, [4, 4, 4], [1, 1, 0], r64).dtype == np.float32   # A's type
    assert idl.trisol(a32, [4, 4, 4], [1, 1, 0], r64, double=True).dtype == np.float64


def test_trisol_errors_and_inputs():
    with pytest.raises(ValueError, match="TRISOL: Error 1 in tridag"):
        idl.trisol([0.0, 1, 1], [0.0, 1, 1], [1.0, 1, 0], [1.0, 2, 3])
    with pytest.raises(ValueError, match="TRISOL: Error 2 in tridag"):
        idl.trisol([0.0, 1, 1], [1.0, 1, 1], [1.0, 1, 0], [1.0, 2, 3])
    with pytest.raises(ValueError, match="TRISOL: Argument: B does not have correct size"):
        idl.trisol([0.0, 1], [1.0, 1, 1], [1.0, 0], [1.0, 2])
    with pytest.raises(ValueError, match="TRISOL: Argument: R does not have correct size"):
        idl.trisol([0.0, 1], [1.0, 1], [1.0, 0], [1.0, 2, 3])
    with pytest.raises(ValueError, match="TRISOL: A, B, C and R must be finite"):
        idl.trisol([0.0, 1], [1.0, np.nan], [1.0, 0], [1.0, 2])
    with pytest.raises(TypeError, match="TRISOL: Complex"):
        idl.trisol([0j, 1], [1.0, 1], [1.0, 0], [1.0, 2])
    b = np.array([4.0, 4.0, 4.0], ">f8")
    b.setflags(write=False)
    u = idl.trisol(np.float64([0, 1, 1]), b, [1.0, 1, 0], [5.0, 6, 5])
    assert b.tolist() == [4, 4, 4] and u.dtype.isnative


# --------------------------------------------------------------------- LA_TRIRED
def _tri(d, e):
    return np.diag(d) + np.diag(e, 1) + np.diag(e, -1)


def test_la_trired_identities():
    rng = np.random.default_rng(12853)
    for n in (2, 3, 6, 11):
        x = rng.normal(size=(n, n))
        a = x + x.T
        q, d, e = idl.la_trired(a)
        assert q.dtype == d.dtype == e.dtype == np.float64
        assert d.shape == (n,) and e.shape == (n - 1,)
        np.testing.assert_allclose(q @ q.T, np.eye(n), atol=1e-13)
        np.testing.assert_allclose(q @ _tri(d, e) @ q.T, a, atol=1e-12)
        assert d[0] == a[0, 0]                       # reduced from the first column
        np.testing.assert_array_equal(q[0], np.eye(n)[0])
        qu, du, eu = idl.la_trired(a, upper=True)
        np.testing.assert_allclose(qu @ _tri(du, eu) @ qu.T, a, atol=1e-12)
        assert du[-1] == a[-1, -1]                   # /UPPER: from the last column
        np.testing.assert_allclose(np.sort(np.linalg.eigvalsh(_tri(d, e))),
                                   np.linalg.eigvalsh(a), atol=1e-12)


def test_la_trired_reads_one_triangle():
    rng = np.random.default_rng(12854)
    x = rng.normal(size=(5, 5))
    a = x + x.T
    junk = a.copy()
    junk[np.triu_indices(5, 1)] = 99.0
    for got, ref in zip(idl.la_trired(junk), idl.la_trired(a)):
        np.testing.assert_array_equal(got, ref)
    junk = a.copy()
    junk[np.tril_indices(5, -1)] = -99.0
    for got, ref in zip(idl.la_trired(junk, upper=True), idl.la_trired(a, upper=True)):
        np.testing.assert_array_equal(got, ref)


def test_la_trired_types_and_complex():
    a = np.array([[4, 1, 0], [1, 3, 2], [0, 2, 5]], np.int16)
    q, d, e = idl.la_trired(a)
    assert q.dtype == d.dtype == np.float32
    q, d, e = idl.la_trired(a.astype(np.float32), double=True)
    assert q.dtype == np.float64
    q, d, e = idl.la_trired(a.astype(np.float64), double=False)        # DOUBLE=0
    assert q.dtype == np.float32
    h = np.array([[4.0, 1 + 1j, 0.5 - 2j], [1 - 1j, 3, 2 + 0.5j], [0.5 + 2j, 2 - 0.5j, -1]])
    q, d, e = idl.la_trired(h)
    assert q.dtype == np.complex128 and d.dtype == e.dtype == np.float64
    np.testing.assert_allclose(q @ _tri(d, e) @ q.conj().T, h, atol=1e-13)
    q, d, e = idl.la_trired(h.astype(np.complex64))
    assert q.dtype == np.complex64 and d.dtype == np.float32


def test_la_trired_errors_and_inputs():
    with pytest.raises(ValueError, match="LA_TRIRED: Input must be a square matrix"):
        idl.la_trired(np.ones((2, 3)))
    with pytest.raises(ValueError, match="LA_TRIRED: Array must be at least 2 x 2"):
        idl.la_trired(np.ones((1, 1)))
    with pytest.raises(ValueError, match="LA_TRIRED: Input arrays must be finite"):
        idl.la_trired(np.array([[1.0, np.nan], [np.nan, 1.0]]))
    a = np.asfortranarray(np.array([[2.0, 1.0], [1.0, 3.0]], ">f8"))
    a.setflags(write=False)
    q, d, e = idl.la_trired(a)
    assert a[0, 0] == 2 and q.dtype.isnative
    np.testing.assert_array_equal(d, [2, 3])
    np.testing.assert_array_equal(e, [1])


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_against_gdl():
    """TRISOL on random diagonally dominant FLOAT and DOUBLE systems (with /DOUBLE, as
    GDL returns FLOAT for DOUBLE A without it), LA_TRIRED on random symmetric FLOAT and
    DOUBLE arrays (lower triangle). Tolerances: the rounding of each algorithm -- FLOAT
    sweeps of condition < 3 (a few float eps per step), Householder reductions within
    n eps |A| times a small factor (GDL uses Eigen, compat LAPACK)."""
    rng = np.random.default_rng(12855)
    cases, ours = [], {}
    for k in range(16):
        n = int(rng.integers(1, 30))
        dtype = np.float32 if k % 2 else np.float64
        a, b, c, r = _system(rng, n, dtype)
        dbl = ", /double" if dtype == np.float64 else ""
        cases.append((f"t{k}", dict(a=a, b=b, c=c, r=r), f"trisol(a, b, c, r{dbl})"))
        ours[f"t{k}"] = (idl.trisol(a, b, c, r), dtype, n)
    for k in range(12):
        n = int(rng.integers(2, 9))
        dtype = np.float32 if k % 2 else np.float64
        x = rng.normal(size=(n, n))
        s = (x + x.T).astype(dtype)
        q, d, e = idl.la_trired(s)
        if np.min(np.abs(e)) < 1e-2:      # a near-zero off-diagonal leaves later
            continue                      # reflectors to rounding: not comparable
        for out, val in (("q", q), ("d", d), ("e", e)):
            # run_gdl evaluates "r = <expression>": a statement list ending in r = ...
            cases.append((f"l{k}{out}", {"s": s},
                          f"0 & qq = s & la_trired, qq, d, e & r = {'qq' if out == 'q' else out}"))
            ours[f"l{k}{out}"] = (val, dtype, n)
    results = run_gdl(cases)
    for name, (value, dtype, n) in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        eps = np.finfo(dtype).eps
        assert got.dtype == value.dtype, name
        if name.startswith("t"):
            tol = 20 * n * eps * max(1.0, float(np.max(np.abs(got))))
        else:
            tol = 50 * n * eps * 8
        np.testing.assert_allclose(value.reshape(got.shape), got, rtol=0, atol=tol, err_msg=name)
