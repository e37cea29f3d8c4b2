"""Tests of IDL's integer and rounding rules: compat.idl.round, fix, floor, ceil, mod, idiv.

Tiers: values printed in IDL's documentation (FIX examples, "Type Conversion Functions"),
IDL's documented rules written out independently with Python integers/floats, hypothesis
property tests (mod/idiv identities, round symmetry, INT wrap-around), dtype, no-mutation
and bad-input tests, and live differential tests against GDL 1.0.1 (one batched session).
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compat.idl import ceil, fix, floor, idiv, mod
from compat.idl import round as idl_round
from compat._core.idl_numeric import IntegerDivideByZeroWarning
from oracle_gdl import run_gdl

F32 = np.float32


# ---------------------------------------------------------------- documented values

def test_fix_documentation_examples():
    # IDL Reference Guide, FIX: PRINT, FIX([2.2, 3.0, 4.5, 5.7]) -> 2 3 4 5
    r = fix(np.array([2.2, 3.0, 4.5, 5.7], F32))
    assert r.dtype == np.int16 and r.tolist() == [2, 3, 4, 5]
    # "Type Conversion Functions": A = 33000 (LONG), FIX(A) prints -32536
    assert int(fix(np.int32(33000))) == -32536


def test_round_half_away_from_zero():
    r = idl_round(np.array([2.5, -2.5, 1.5, -1.5, 0.5, -0.5, 0.49999997, 2.4], F32))
    assert r.dtype == np.int32
    assert r.tolist() == [3, -3, 2, -2, 1, -1, 0, 2]


def test_integer_input_keeps_type():
    for f in (idl_round, floor, ceil):
        for t in (np.uint8, np.int16, np.int32, np.uint16, np.int64):
            a = np.array([1, 5, 7], t)
            r = f(a)
            assert r.dtype == t and r.tolist() == [1, 5, 7]
            assert f(a, l64=True).dtype == np.int64


def test_float_results_long_and_l64():
    x = np.array([-1.5, 2.7, 3.0], np.float64)
    assert floor(x).dtype == np.int32 and floor(x).tolist() == [-2, 2, 3]
    assert ceil(x).tolist() == [-1, 3, 3]
    assert idl_round(np.float64(3e9), l64=True) == 3000000000
    assert idl_round(np.float64(3e9), l64=True).dtype == np.int64


def test_out_of_range_conversion_is_x86_indefinite():
    # CHECK_MATH: converting |x| > 2^31-1 is an operand error; x86 gives 0x80000000
    x = np.array([3e9, -3e9, np.nan, np.inf], np.float64)
    assert idl_round(x).tolist() == [-2 ** 31] * 4
    assert floor(x).tolist() == [-2 ** 31] * 4
    assert idl_round(np.array([np.nan, 1e30]), l64=True).tolist() == [-2 ** 63] * 2


def test_fix_wraps_low_bits():
    assert int(fix(40000.0)) == -25536
    assert int(fix(-40000.0)) == 25536
    assert int(fix(np.float64(70000.5))) == 70000 - 65536
    assert int(fix(3e9)) == 0          # 32-bit indefinite, low 16 bits
    assert int(fix(np.int64(2 ** 40 + 5))) == 5


def test_fix_type_keyword():
    x = np.array([1.7, -2.5], F32)
    assert fix(x, type=3).dtype == np.int32
    assert fix(x, type=1).tolist() == [1, 254]   # BYTE(-2.5): -2 -> low 8 bits
    assert fix(x, type=5).dtype == np.float64
    assert fix(np.array([1 + 2j], np.complex64)).tolist() == [1]  # real part
    assert fix(x, type=9).dtype == np.complex128


def test_mod_sign_of_dividend_and_types():
    assert mod([-7, 7, -7, 7], [3, -3, -3, 3]).tolist() == [-1, 1, -1, 1]
    assert float(mod(-7.5, 2)) == -1.5 and mod(-7.5, 2).dtype == np.float64  # DOUBLE literal
    assert mod(np.float32(-7.5), 2).dtype == np.float32
    assert math.isnan(float(mod(5.0, 0.0)))
    assert mod(np.int16(7), np.int32(3)).dtype == np.int32
    assert mod(np.uint8(7), np.int16(3)).dtype == np.int16
    assert mod(7, 3.0).dtype == np.float64  # a Python float is DOUBLE (conventions)
    assert mod(7, np.float32(3.0)).dtype == np.float32
    assert mod(np.int32(7), np.float64(2)).dtype == np.float64


def test_idiv_truncates_and_wraps():
    assert idiv([-7, 7, -7, 7], [2, -2, -2, 2]).tolist() == [-3, -3, 3, 3]
    assert int(idiv(np.int16(-32768), np.int16(-1))) == -32768
    assert float(idiv(7, 2.0)) == 3.5 and idiv(7, 2.0).dtype == np.float64
    assert idiv(7, np.float32(2.0)).dtype == np.float32
    assert idiv(np.uint8(200), np.uint8(3)) == 66


def test_integer_divide_by_zero():
    with pytest.warns(IntegerDivideByZeroWarning, match="Integer divide by 0"):
        assert idiv([5, -5, 6], [0, 0, 2]).tolist() == [5, -5, 3]
    with pytest.warns(IntegerDivideByZeroWarning):
        assert mod([5, 6], [0, 4]).tolist() == [0, 2]


def test_python_literal_typing():
    assert fix(40000).dtype == np.int16  # 40000 is a LONG literal, wrapped by FIX
    assert mod(40000, 7).dtype == np.int32
    assert mod([1, 2], 3).dtype == np.int16
    assert idiv([2.0, 3.0], 2).dtype == np.float64  # Python floats are DOUBLE (conventions)


def test_no_mutation():
    a = np.array([1.5, -2.5, 3.7], F32)
    b = a.copy()
    for f in (idl_round, floor, ceil, fix):
        f(a)
    mod(a, 2)
    idiv(a, 2)
    assert np.array_equal(a, b)


@pytest.mark.parametrize("f,name", [(idl_round, "ROUND"), (floor, "FLOOR"),
                                    (ceil, "CEIL"), (fix, "FIX")])
def test_bad_input(f, name):
    if f is fix:
        assert fix("3") == 3  # FIX converts text, as IDL's FIX('3')
    else:
        with pytest.raises(TypeError, match=f"^{name}: String expression not allowed in "
                                            "this context: X."):
            f("3")
    with pytest.raises(TypeError, match=f"^{name}: (X|Expression) has dtype object"):
        f(np.array([object()]))
    if f is not fix:
        with pytest.raises(TypeError, match=f"^{name}: Complex expression not allowed in "
                                            "this context: X."):
            f(np.array([1j]))


def test_bad_input_operators():
    with pytest.raises(TypeError, match="^MOD: "):
        mod(np.array([1j]), 2)
    with pytest.raises(ValueError, match="^MOD: .*broadcast"):
        mod(np.ones(3), np.ones(4))
    with pytest.raises(ValueError, match="^IDIV: .*broadcast"):
        idiv(np.ones(3), np.ones(4))
    with pytest.raises(ValueError, match="^FIX: TYPE=7"):
        fix(1.0, type=7)
    with pytest.raises(TypeError, match="^IDIV: "):
        idiv("a", 2)


# ---------------------------------------------------------------- properties

ints16 = st.integers(-32768, 32767)
ints32 = st.integers(-2 ** 31, 2 ** 31 - 1)


@settings(max_examples=300, deadline=None)
@given(a=ints32, b=ints32.filter(lambda v: v != 0))
def test_mod_idiv_identity_long(a, b):
    q = int(idiv(np.int32(a), np.int32(b)))
    r = int(mod(np.int32(a), np.int32(b)))
    if not (a == -2 ** 31 and b == -1):
        assert q == int(a / b) if abs(a) < 2 ** 52 else True
        assert q * b + r == a                      # C's identity
    assert abs(r) < abs(b)
    assert r == 0 or (r > 0) == (a > 0)            # sign of the dividend


@settings(max_examples=300, deadline=None)
@given(x=st.floats(-1e6, 1e6, allow_nan=False, width=32))
def test_round_symmetry(x):
    assert int(idl_round(F32(x))) == -int(idl_round(F32(-x)))
    # against exact decimal arithmetic, halves away from zero
    ax = abs(float(F32(x)))
    expected = math.floor(ax + 0.5) if ax - math.floor(ax) != 0.5 else math.floor(ax) + 1
    assert abs(int(idl_round(F32(x)))) == expected


@settings(max_examples=200, deadline=None)
@given(a=ints16, b=ints16)
def test_int_wraparound(a, b):
    # IDL INT arithmetic wraps modulo 2^16 ("integer overflow is not detected"): numpy
    # int16 arrays do the same, and FIX of a LONG keeps the low 16 bits
    with np.errstate(over="ignore"):
        s = (np.array([a], np.int16) + np.array([b], np.int16))[0]
    wrapped = ((a + b + 32768) % 65536) - 32768
    assert int(s) == wrapped
    assert int(fix(np.int32(a + b))) == wrapped


@settings(max_examples=200, deadline=None)
@given(a=st.floats(-1e4, 1e4, allow_nan=False), b=st.floats(-100, 100, allow_nan=False)
       .filter(lambda v: abs(v) > 1e-3))
def test_float_mod_is_fmod(a, b):
    assert float(mod(np.float64(a), np.float64(b))) == math.fmod(a, b)


# ---------------------------------------------------------------- GDL

@pytest.mark.gdl
def test_against_gdl(tmp_path):
    rng = np.random.default_rng(80)
    xf = (rng.uniform(-1e5, 1e5, 200)).astype(F32)
    xf[:6] = [2.5, -2.5, 0.5, -0.5, 40000.0, -40000.0]
    xd = rng.uniform(-5e9, 5e9, 100)
    i16a = rng.integers(-32768, 32767, 200).astype(np.int16)
    i16b = rng.integers(-300, 300, 200).astype(np.int16)
    i16b[i16b == 0] = 7
    i32a = rng.integers(-2 ** 31, 2 ** 31 - 1, 200).astype(np.int32)
    i32b = rng.integers(-1000, 1000, 200).astype(np.int32)
    i32b[i32b == 0] = 3
    fa = rng.uniform(-100, 100, 200).astype(F32)
    fb = rng.uniform(-10, 10, 200).astype(F32)
    cases = [
        ("round_f", {"x": xf}, "round(x)", lambda: idl_round(xf)),
        ("round_d", {"x": xd}, "round(x)", lambda: idl_round(xd)),
        ("round_d64", {"x": xd}, "round(x, /l64)", lambda: idl_round(xd, l64=True)),
        ("floor_f", {"x": xf}, "floor(x)", lambda: floor(xf)),
        ("ceil_d", {"x": xd}, "ceil(x)", lambda: ceil(xd)),
        ("floor_i", {"x": i16a}, "floor(x)", lambda: floor(i16a)),
        ("fix_f", {"x": xf}, "fix(x)", lambda: fix(xf)),
        ("fix_d", {"x": xd}, "fix(x)", lambda: fix(xd)),
        ("fix_l", {"x": i32a}, "fix(x)", lambda: fix(i32a)),
        ("fix_b", {"x": xf}, "fix(x, type=1)", lambda: fix(xf, type=1)),
        ("mod_ii", {"a": i16a, "b": i16b}, "a mod b", lambda: mod(i16a, i16b)),
        ("mod_ll", {"a": i32a, "b": i32b}, "a mod b", lambda: mod(i32a, i32b)),
        ("mod_il", {"a": i16a, "b": i32b}, "a mod b", lambda: mod(i16a, i32b)),
        ("mod_ff", {"a": fa, "b": fb}, "a mod b", lambda: mod(fa, fb)),
        ("div_ii", {"a": i16a, "b": i16b}, "a / b", lambda: idiv(i16a, i16b)),
        ("div_ll", {"a": i32a, "b": i32b}, "a / b", lambda: idiv(i32a, i32b)),
        ("div_if", {"a": i16a, "b": fb}, "a / b", lambda: idiv(i16a, fb)),
        ("add_ii", {"a": i16a, "b": i16a}, "a + b", lambda: (i16a + i16a)),
    ]
    got = run_gdl([(n, inp, expr) for n, inp, expr, _ in cases], tmp_path)
    for n, _, _, ours in cases:
        g = got[n]
        assert not isinstance(g, Exception), (n, g)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            o = np.asarray(ours())
        assert o.dtype == g.dtype, (n, o.dtype, g.dtype)
        # exact: integer results, and float MOD / division are correctly rounded
        # single operations in both (C fmod, IEEE division)
        assert np.array_equal(o, g), n


@pytest.mark.gdl
def test_divide_by_zero_matches_gdl(tmp_path):
    a = np.array([5, -5, 7], np.int32)
    b = np.array([0, 0, 2], np.int32)
    got = run_gdl([("d", {"a": a, "b": b}, "a / b"), ("m", {"a": a, "b": b}, "a mod b")],
                  tmp_path)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        assert np.array_equal(idiv(a, b), got["d"])
        assert np.array_equal(mod(a, b), got["m"])
