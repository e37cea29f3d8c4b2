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
