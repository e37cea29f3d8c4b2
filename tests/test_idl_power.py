"""IDL's exponentiation operator ``A ^ B`` (idl.power): result types, integer wrap and
negative exponents, special values, the shorter-array rule, byte order, and a
differential run against live GDL on random operands of every type pair
(goldens: reference_outputs/idl/power)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl
from compat.idl import operators
from oracles import run_gdl

TYPES = [np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64,
         np.float32, np.float64, np.complex64, np.complex128]


def test_legacy_name():
    assert operators.__legacy_names__["^"] == "power"
    assert idl.power.__legacy_name__ == "^"


@pytest.mark.parametrize("ta", TYPES)
@pytest.mark.parametrize("tb", TYPES)
def test_result_type_is_the_higher_precedence(ta, tb):
    order = [np.dtype(t) for t in TYPES]
    want = max(np.dtype(ta), np.dtype(tb), key=order.index)
    if {np.dtype(ta), np.dtype(tb)} == {np.dtype(np.float64), np.dtype(np.complex64)}:
        want = np.dtype(np.complex128)
    assert idl.power(np.ones(2, ta), np.ones(2, tb)).dtype == want


def test_integer_powers_wrap_and_negative_exponents():
    assert idl.power(np.uint8(2), np.uint8(9)) == 0                  # 512 mod 256
    assert idl.power(np.array([200], np.uint8), np.uint8(2)).tolist() == [64]
    assert idl.power(3, 20) == 7057                                  # 3^20 mod 2^16
    assert idl.power(np.int32(-9), np.int32(11)) == -1316288537
    assert idl.power(np.uint64(7), 30) == 1576789505350337489
    # IDL integer division of 1 by the product: 1, +-1, else 0 (also 0 for base 0)
    assert idl.power([2, 1, -1, -1, 0, 3], [-1, -5, -5, -4, -1, -2]).tolist() == \
        [0, 1, -1, 1, 0, 0]
    assert idl.power(0, 0) == 1 and idl.power(np.uint8(0), np.uint8(0)) == 1
    assert idl.power(np.int64(-2), np.int64(63)) == np.iinfo(np.int64).min
    assert idl.power(np.int64(3), np.int64(-2 ** 63)) == 0


def test_real_special_values():
    assert math.isnan(idl.power(-8.0, 1.0 / 3))
    assert idl.power(np.float32(0), np.float32(-1.5)) == np.inf
    assert idl.power(-0.0, -1) == -np.inf
    assert idl.power(np.float32(-2.0), [3, 2, -1]).tolist() == [-8.0, 4.0, -0.5]
    assert idl.power(np.nan, 0.0) == 1.0 and idl.power(1.0, np.nan) == 1.0
    assert idl.power(np.complex64(0), 0) == 1
    # IDL newsgroup (W. Thompson, 1999): a^complex(1./3, 0) of a = -1 is (0.5, 0.866025)
    z = idl.power(-1, np.complex64(1 / 3))
    assert z.dtype == np.complex64 and abs(z - (0.5 + 0.8660254j)) < 1e-6


def _parts(z):
    return [(float(v.real), float(v.imag)) for v in np.atleast_1d(z)]


def test_complex_special_values_as_cpp_computes_them():
    inf = np.inf
    z = np.array([complex(inf, 0), complex(0, inf), complex(-0.0, 0), complex(1e-30, 0)],
                 np.complex64)
    # pow(complex, real): positive real base by the real pow (imaginary +0), else polar
    got = _parts(idl.power(z, np.float32(2.0))[:2]) + \
        _parts(idl.power(z[2:], np.array([-1.0, -5.0], np.float32)))
    assert got == [(inf, 0.0), (-inf, -inf), (-inf, inf), (inf, 0.0)]
    # integer exponents: C's products, libgcc's __mulsc3 when both parts are NaN
    r = _parts(idl.power(z[:2], np.int16(2)))
    assert r[0][0] == inf and math.isnan(r[0][1])
    assert r[1][0] == -inf and math.isnan(r[1][1])
    r = _parts(idl.power(np.complex64(complex(1e30, 1e30)), np.int16(3)))
    assert r == [(-inf, inf)]


def test_c_library_bits_not_numpy():
    x = np.random.default_rng(15).uniform(0.1, 4, 20000)
    got = idl.power(x, 2)
    want = np.array([math.pow(v, 2.0) for v in x])                 # CPython: C pow
    assert got.tobytes() == want.tobytes()
    f = x.astype(np.float32)
    want_f = np.array([math.pow(float(v), 2.0) for v in f]).astype(np.float32)
    assert idl.power(f, np.int16(2)).tobytes() == want_f.tobytes()


def test_shapes_and_layouts():
    assert idl.power([2, 3, 4], [2, -1]).tolist() == [4, 0]
    assert idl.power(2, np.array([1, 2, 3], np.int16)).tolist() == [2, 4, 8]
    m = (np.arange(6, dtype=np.float32) - 2).reshape(3, 2)
    assert idl.power(m, 3).shape == (3, 2)
    big = np.arange(1, 6, dtype=">f8")
    r = idl.power(big[::2], np.array([2.5], ">f8")[0])
    assert r.dtype == np.float64 and r.tolist() == [math.pow(v, 2.5) for v in (1, 3, 5)]
    ro = np.arange(4, dtype=np.int16)
    ro.setflags(write=False)
    assert idl.power(ro, 2).tolist() == [0, 1, 4, 9] and ro.tolist() == [0, 1, 2, 3]
    assert isinstance(idl.power(2.0, 0.5), np.float64)


def test_refuses_strings():
    with pytest.raises((TypeError, ValueError)):
        idl.power("a", 2)


# ---------------------------------------------------------------- differential: GDL
def _draw(rng, t, n, role):
    t = np.dtype(t)
    if t.kind == "u":
        return rng.integers(0 if role == "e" else 1, 10, n).astype(t)
    if t.kind == "i":
        return rng.integers(0 if role == "e" else -9, 10, n).astype(t)
    if t.kind == "f":
        return rng.uniform(-3, 3, n).astype(t) if role == "e" else \
            rng.uniform(-2, 5, n).astype(t)
    r = rng.uniform(-3, 3, (2, n))
    out = np.empty(n, t)
    out.real, out.imag = r
    return out


@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    """Every type pair except two different integer types (GDL keeps the base's type,
    IDL's documentation the higher one: divergences in the golden suite). Integer
    draws stay below 2^31 in magnitude (9^9), where GDL's conversion of its DOUBLE
    power to an integer is the wrapped product; exponents are non-negative (GDL
    returns 0 for every negative integer exponent of an array)."""
    rng = np.random.default_rng(150)
    cases, expected = [], {}
    for ta in TYPES:
        for tb in TYPES:
            da, db = np.dtype(ta), np.dtype(tb)
            if da.kind in "iu" and db.kind in "iu" and da != db:
                continue
            if {da, db} == {np.dtype(np.float64), np.dtype(np.complex64)}:
                continue      # GDL gives COMPLEX, IDL's documentation DCOMPLEX
            n = int(rng.integers(1, 60))
            a = _draw(rng, ta, n, "b")
            b = _draw(rng, tb, int(rng.integers(1, 60)), "e")
            name = f"{da.name}_{db.name}"
            cases.append((name, {"a": a, "b": b}, "a ^ b"))
            expected[name] = idl.power(a, b)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        assert value.dtype == want.dtype, name
        value = value.reshape(want.shape)
        same = (value == want) | (np.isnan(value) & np.isnan(want)) \
            if want.dtype.kind in "fc" else value == want
        if want.dtype.kind == "c":  # NaN parts and signed zeros compared part by part
            same = np.array([np.array(v).tobytes() == np.array(w).tobytes() or
                             (np.isnan(v) and np.isnan(w)) for v, w in zip(value, want)])
        assert same.all(), (name, np.flatnonzero(~same)[:5])
