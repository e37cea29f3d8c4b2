"""Regression tests of the trust audit of everyday IDL routines on unusual inputs
(helper-143): random differential runs against GDL 1.0.1 found these differences.

Expected values are worked by hand from the rule each test names (C's conversions as
x86-64 code performs them, IDL's reference pages), never computed by compat.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracle_gdl import GDL, run_gdl


# ------------------------------------------------------------------------ ULONG64(float)
# C's double -> unsigned 64-bit conversion is exact for 0 <= x < 2^64; x86-64 code does
# it as a signed conversion of x - 2^63 with the top bit set again for x >= 2^63, so
# 2^64 and beyond (and +Inf) come out 0; below 2^63 the signed conversion (its
# indefinite 2^63 for NaN, -Inf, x <= -2^63; -1.0 wraps to 2^64 - 1).
ULONG64_CASES = [
    (9.3e18, 9300000000000000000),            # beyond LONG64 (was 2^63)
    (2.0 ** 63, 9223372036854775808),
    (18446744073709549568.0, 18446744073709549568),  # largest double below 2^64
    (2.0 ** 64, 0),
    (1e30, 0),
    (np.inf, 0),
    (2.9, 2),
    (-1.0, 18446744073709551615),
    (-2.5, 18446744073709551614),
    (-1e30, 9223372036854775808),
    (-np.inf, 9223372036854775808),
    (np.nan, 9223372036854775808),
]


@pytest.mark.parametrize("x, expected", ULONG64_CASES)
def test_ulong64_of_double(x, expected):
    r = idl.ulong64(np.array([x]))
    assert r.dtype == np.uint64
    assert int(r[0]) == expected


def test_ulong64_of_float_and_fix_type15():
    x = np.array([9.3e18, 1.7e19, 1.9e19, -3.5], dtype=np.float32)
    # float32(9.3e18) = 9300000300729368576, float32(1.7e19) = 17000000076812124160 (exact float32 values)
    want = [9300000300729368576, 17000000076812124160, 0, 18446744073709551613]
    assert [int(v) for v in idl.ulong64(x)] == want
    assert [int(v) for v in idl.fix(x, type=15)] == want
    # big-endian, read-only input (readsav, FITS) converts the same way
    be = x.astype(">f4")
    be.setflags(write=False)
    assert [int(v) for v in idl.ulong64(be)] == want


def test_ulong64_complex_uses_real_part():
    z = np.array([9.3e18 + 5j, -1 + 1e30j])
    assert [int(v) for v in idl.ulong64(z)] == [9300000000000000000, 18446744073709551615]


@pytest.mark.gdl
def test_ulong64_against_gdl(tmp_path):
    if GDL is None:
        pytest.skip("gdl not installed")
    rng = np.random.default_rng(143)
    x = np.concatenate([rng.uniform(-2.0 ** 65, 2.0 ** 65, 200),
                        rng.uniform(2.0 ** 63, 2.0 ** 64, 200),
                        [x for x, _ in ULONG64_CASES]])
    got = run_gdl([("d", {"a": x}, "ulong64(a)"),
                   ("f", {"a": x.astype(np.float32)}, "ulong64(a)")], tmp_path)
    np.testing.assert_array_equal(idl.ulong64(x), got["d"])
    np.testing.assert_array_equal(idl.ulong64(x.astype(np.float32)), got["f"])


# ------------------------------------------------------------------- BYTSCL of 64-bit data
def _bytscl_integer_formula(values, top=255):
    """IDL's integer formula ((top + 1) * (x - min) - 1) / (max - min), written out in
    Python integers (exact), with x <= min -> 0 and x >= max -> top."""
    lo, hi = min(values), max(values)
    out = []
    for x in values:
        if x <= lo:
            out.append(0)
        elif x >= hi:
            out.append(top)
        else:
            out.append(((top + 1) * (x - lo) - 1) // (hi - lo))
    return out


def test_bytscl_ulong64_above_2_63():
    # stopped with "OverflowError: Python int too large to convert to C long"
    values = [1, 9300000000000000000, 2 ** 64 - 1, 5, 2 ** 63, 17000000000000000000]
    r = idl.bytscl(np.array(values, dtype=np.uint64))
    assert r.dtype == np.uint8
    assert r.tolist() == _bytscl_integer_formula(values)
    assert r.tolist()[4] == 127  # 256 * (2^63 - 1) - 1 < 128 * (2^64 - 2)
    assert idl.bytscl(np.array(values, dtype=np.uint64), top=77).tolist() == \
        _bytscl_integer_formula(values, 77)


def test_bytscl_long64_full_range():
    # (top + 1) * (x - min) exceeds 64 bits: it wrapped silently before
    values = [-2 ** 63, 0, 2 ** 63 - 1, -5, 4700000000000000000, -1234567890123456789]
    r = idl.bytscl(np.array(values, dtype=np.int64), top=100)
    assert r.tolist() == _bytscl_integer_formula(values, 100)
    assert r.tolist()[:3] == [0, 50, 100]


@pytest.mark.gdl
def test_bytscl_64bit_against_gdl(tmp_path):
    """GDL evaluates the formula in double: equal away from exact byte boundaries, which
    random 64-bit draws do not hit."""
    if GDL is None:
        pytest.skip("gdl not installed")
    rng = np.random.default_rng(1430)
    cases, arrays = [], {}
    for k, dt in enumerate([np.int64, np.uint64] * 5):
        info = np.iinfo(dt)
        arrays[k] = rng.integers(info.min, info.max, size=40, dtype=dt, endpoint=True)
        cases.append((f"c{k}", {"a": arrays[k]}, "bytscl(a, top=200)"))
    got = run_gdl(cases, tmp_path)
    for k, a in arrays.items():
        np.testing.assert_array_equal(idl.bytscl(a, top=200), got[f"c{k}"])


# ------------------------------------------------------------------------- WHERE, /NULL
def test_where_null_no_match():
    # IDL reference, WHERE /NULL: !NULL (None here) instead of -1; Count stays 0
    r = idl.where(np.zeros((2, 3), np.float32), null=True, count=True, complement=True,
                  ncomplement=True)
    assert r.result is None
    assert int(r.count) == 0 and int(r.ncomplement) == 6
    assert r.complement.tolist() == [0, 1, 2, 3, 4, 5]
    assert idl.where(0, null=True) is None
    assert idl.where(np.array([""]), null=True) is None


def test_where_null_all_match():
    r = idl.where(np.array([3, -1, 7], np.int16), null=True, complement=True, count=True)
    assert r.result.tolist() == [0, 1, 2] and r.result.dtype == np.int32
    assert r.complement is None
    assert int(r.count) == 3
    # without /NULL both stay IDL's -1
    r = idl.where(np.array([3, -1, 7], np.int16), complement=True)
    assert int(r.complement) == -1
    assert int(idl.where(np.zeros(3))) == -1


def test_where_null_l64_and_partial():
    r = idl.where(np.array([0, 2, 0, 5]), null=True, l64=True, complement=True)
    assert r.result.tolist() == [1, 3] and r.result.dtype == np.int64
    assert r.complement.tolist() == [0, 2]


@pytest.mark.gdl
def test_where_null_against_gdl(tmp_path):
    if GDL is None:
        pytest.skip("gdl not installed")
    rng = np.random.default_rng(1431)
    draws = [rng.integers(0, 2, size=int(rng.integers(1, 6))).astype(np.int16) for _ in range(12)]
    draws += [np.zeros(4, np.int16), np.ones(3, np.int16)]
    cases = []
    for k, a in enumerate(draws):
        cases.append((f"n{k}", {"a": a}, "where(a, c, /null) & r = n_elements(r)"))
        cases.append((f"c{k}", {"a": a}, "where(a, c, /null, complement=cm) & r = n_elements(cm)"))
    got = run_gdl(cases, tmp_path)
    for k, a in enumerate(draws):
        r = idl.where(a, null=True, complement=True)
        assert int(got[f"n{k}"]) == (0 if r.result is None else r.result.size)
        assert int(got[f"c{k}"]) == (0 if r.complement is None else r.complement.size)


# ------------------------------------------------------------ BYTSCL, infinite MIN/MAX
# IDL reference, BYTSCL: values >= MAX are set to TOP, values <= MIN to 0; the formula
# only applies in between. With MIN or MAX infinite the formula is Inf/Inf there (0).
INF = np.inf


@pytest.mark.parametrize("data, kw, expected", [
    ([0, 1, INF, 2], {}, [0, 0, 255, 0]),             # MAX = Inf (was all 0)
    ([0, 1, -INF, 2], {}, [0, 0, 0, 255]),            # MIN = -Inf (was all 0)
    ([0, 1, -INF, 2], {"max": 1.5}, [0, 0, 0, 255]),
    ([0, 1, INF, 2, -INF, 0.5], {"top": 100}, [0, 0, 100, 0, 0, 0]),
    ([0, 1, INF, 2], {"nan": True}, [0, 127, 0, 255]),  # /NAN: Inf is missing data
    ([3, 3, 3], {}, [0, 0, 0]),                        # MIN = MAX: <= MIN wins
    ([0, 1, 2, 3], {"min": 1, "max": 1}, [0, 0, 255, 255]),
])
def test_bytscl_infinite_range(data, kw, expected):
    for dt in (np.float32, np.float64):
        assert idl.bytscl(np.array(data, dtype=dt), **kw).tolist() == expected


# --------------------------------------------------------------- PRODUCT /NAN, Infinity
def test_product_nan_skips_infinity():
    # /NAN: "NaN or Infinity ... treated as missing data" (count as 1), as TOTAL does
    for dt in (np.float32, np.float64):
        a = np.array([2, np.inf, 3, -np.inf, np.nan, 0.5], dtype=dt)
        assert float(idl.product(a, nan=True)) == 3.0
        assert idl.product(a, nan=True, cumulative=True).tolist() == [2, 2, 6, 6, 6, 3]
        assert np.isnan(idl.product(a))                       # without /NAN: Inf*...*NaN
    assert float(idl.product(np.array([2.0, -np.inf, 0.0]), nan=True)) == 0.0
    z = np.array([2 + 1j, complex(np.inf, 1), complex(1, np.nan), 1j])
    assert complex(idl.product(z, nan=True)) == (2 + 1j) * 1j


def test_where_complex_zero_only_when_both_parts_are():
    # WHERE returns the nonzero elements; a complex value is zero only when both parts
    # are (PV-WAVE/IDL reference); GDL 1.0.1 wants both parts nonzero (recorded
    # divergence where/complex_either_part: it prints 3)
    z = np.array([1j, 1, 0, 2 + 3j, 0], np.complex64)
    r = idl.where(z, count=True, complement=True)
    assert r.result.tolist() == [0, 1, 3]
    assert int(r.count) == 3
    assert r.complement.tolist() == [2, 4]
    assert idl.where(np.array([complex(np.nan, 0), complex(0, -0.0)])).tolist() == [0]
