"""IDL's FZ_ROOTS: Numerical Recipes' zroots order (IDL's documented examples), the
result types, the keywords, bad input, and a differential run against GDL on random
polynomials, compared as sets (GDL 1.0.1 returns its companion-matrix eigenvalues in
another order). Goldens: reference_outputs/idl/fz_roots."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl


def _as_set(r):
    r = np.asarray(r)
    return r[np.argsort(np.round(r.real.astype(np.float64) * 1e6) * 1e3 + r.imag,
                        kind="stable")]


def test_documented_order():
    # IDL Reference Guide, FZ_ROOTS examples: sorted by real part, ties in the order
    # Laguerre's method found them
    r = idl.fz_roots(np.float32([2.0, 0.0, 3.0, 0.0, 1.0]))
    np.testing.assert_allclose(r, [-1.41421356j, 1.41421356j, -1j, 1j], atol=1e-6)
    r = idl.fz_roots(np.complex64([18 + 24j, -3 + 4j, -4 - 4j, 1]))
    np.testing.assert_allclose(r, [-2, 3, 3 + 4j], atol=1e-5)
    assert r.dtype == np.complex64


@pytest.mark.parametrize("c, double, dtype", [
    (np.int16([-6, 1, 1]), False, np.complex64),
    (np.float32([-6, 1, 1]), False, np.complex64),
    (np.float32([-6, 1, 1]), True, np.complex128),
    ([-6.0, 1.0, 1.0], False, np.complex128),          # Python floats are DOUBLE
    (np.complex64([-6, 1, 1]), True, np.complex128),
])
def test_result_types(c, double, dtype):
    r = idl.fz_roots(c, double=double)
    assert r.dtype == dtype
    np.testing.assert_allclose(r, [-3, 2], rtol=1e-6)


def test_polish_and_eps():
    c = np.array([2.0, -1.0, 3.5, 0.5, -2.0, 1.0])
    polished = idl.fz_roots(c)
    rough = idl.fz_roots(c, no_polish=True)
    np.testing.assert_allclose(rough, polished, rtol=1e-12)
    # every root is a root: the residual is at the rounding level
    assert np.max(np.abs(np.polyval(c[::-1], polished))) < 1e-13
    # a nearly real root is made real by a large EPS before polishing; polishing on a
    # real polynomial keeps it real
    assert np.all(idl.fz_roots([-2.0, 0.0, 1.0], eps=0.5).imag == 0)


def test_input_not_modified_and_big_endian():
    c = np.array([6.0, -5.0, -4.0, 3.0], dtype=">f8")
    before = c.copy()
    np.testing.assert_allclose(idl.fz_roots(c), idl.fz_roots(c.astype("<f8")))
    np.testing.assert_array_equal(c, before)


@pytest.mark.parametrize("c, text", [
    (np.float32([3.0]), "degree 1 or more"),
    (np.float32([1.0, np.nan, 2.0]), "NaN or Infinity"),
    (np.float32([1.0, 2.0, 0.0]), "highest power"),
    (np.zeros((2, 3)), "vector"),
])
def test_bad_input(c, text):
    with pytest.raises(ValueError, match=f"^FZ_ROOTS: .*{text}"):
        idl.fz_roots(c)


def test_bad_eps_and_scalar():
    with pytest.raises(ValueError, match="^FZ_ROOTS: EPS"):
        idl.fz_roots([1.0, 1.0], eps=-1)
    with pytest.raises(ValueError, match="^FZ_ROOTS"):
        idl.fz_roots(2.0)


@pytest.mark.gdl
def test_against_gdl_on_random_polynomials(tmp_path):
    rng = np.random.default_rng(4242)
    cases, expected = [], {}
    for k in range(24):
        degree = int(rng.integers(1, 11))
        dtype = np.float32 if k % 3 == 0 else np.float64
        c = rng.uniform(-2, 2, degree + 1).astype(dtype)
        c[-1] = dtype(rng.choice([-1, 1]) * rng.uniform(0.5, 2))
        cases.append((f"p{k}", {"c": c}, "fz_roots(c)"))
        expected[f"p{k}"] = idl.fz_roots(c)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        assert value.dtype == want.dtype, name
        # both compute in double precision; FLOAT results agree to an ulp or two,
        # DOUBLE ones to a few ulps times the roots' condition numbers
        tol = 4e-7 if want.dtype == np.complex64 else 1e-10
        np.testing.assert_allclose(_as_set(want), _as_set(value.reshape(-1)), rtol=tol,
                                   atol=tol, err_msg=name)
