"""IDL's elementary functions (SIN ... ALOG10, ATAN of one and two arguments): IDL's
types, shapes, specials, untouched inputs, bad arguments, the values of the C library
(Python's math module calls the same double routines), and random arguments of every
real type against live GDL, bit for bit."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

NAMES = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp",
         "alog", "alog10"]
MATH = {"alog": math.log, "alog10": math.log10}


@pytest.mark.parametrize("name", NAMES)
def test_types_follow_idl(name):
    f = getattr(idl, name)
    for dtype in (np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64,
                  np.float32):
        r = f(np.array([0, 1], dtype=dtype))
        assert r.dtype == np.float32 and r.shape == (2,), (name, dtype)
    assert f(np.array([[0.5, 0.25]])).dtype == np.float64
    assert f(np.array([[0.5, 0.25]])).shape == (1, 2)
    assert isinstance(f(0.5), np.float64)          # a Python float is DOUBLE
    assert isinstance(f(np.float32(0.5)), np.float32)
    assert isinstance(f(1), np.float32)            # a Python int is INT: FLOAT result


@pytest.mark.parametrize("name", NAMES)
def test_double_values_are_the_c_librarys(name):
    # CPython's math functions are the C library's double routines
    g = MATH.get(name) or getattr(math, name)
    rng = np.random.default_rng(3)
    for n in (200, 3000):           # one value at a time, and libm's compiled loop
        x = rng.uniform(0.01, 0.99, n)             # inside every domain
        got = getattr(idl, name)(x)
        assert got.tolist() == [g(v) for v in x]


def test_specials():
    nan, inf = np.nan, np.inf
    assert np.isnan(idl.asin(np.float32(1.5))) and np.isnan(idl.acos(-2.0))
    assert idl.alog(0.0) == -inf and np.isnan(idl.alog(np.float32(-1)))
    assert idl.alog10(np.float32(0)) == -inf
    assert idl.exp(710.0) == inf and idl.exp(-746.0) == 0.0
    assert idl.sinh(-1000.0) == -inf and idl.cosh(-1000.0) == inf
    assert idl.tanh(np.float32(-inf)) == -1.0
    assert np.isnan(idl.sin(inf)) and np.isnan(idl.cos(np.float32(nan)))
    assert math.copysign(1.0, idl.sin(-0.0)) == -1.0
    assert idl.atan(0.0, -1.0) == np.pi and idl.atan(-0.0, -1.0) == -np.pi


def test_atan_two_arguments_types_and_lengths():
    assert idl.atan(np.float32(1), 2.0).dtype == np.float64
    assert idl.atan(np.int16(1), np.int32(2)).dtype == np.float32
    r = idl.atan(np.arange(5, dtype=np.int16), np.ones(3, np.float32))
    assert r.dtype == np.float32 and r.shape == (3,)           # the shorter length
    assert r.tolist() == [float(np.float32(math.atan2(k, 1))) for k in range(3)]
    r = idl.atan(np.ones((2, 3)), 2.0)                        # a scalar spreads
    assert r.shape == (2, 3) and np.all(r == math.atan2(1, 2))
    assert idl.atan(np.ones((2, 3)), np.ones(10)).shape == (2, 3)


def test_inputs_untouched_and_any_layout():
    x = np.linspace(-1, 1, 12).reshape(3, 4)
    big = x.astype(">f8")[:, ::2]
    big.setflags(write=False)
    keep = big.copy()
    r = idl.asin(big)
    assert np.array_equal(big, keep) and r.dtype == np.float64 and r.shape == (3, 2)
    assert r.tolist() == idl.asin(np.ascontiguousarray(big.astype("<f8"))).tolist()


@pytest.mark.parametrize("name", NAMES)
def test_bad_arguments(name):
    f = getattr(idl, name)
    with pytest.raises(TypeError, match=rf"^{name.upper()}: complex X is not supported"):
        f(np.array([1 + 2j]))
    with pytest.raises(TypeError, match=rf"^{name.upper()}: String expression not allowed"):
        f("1.0")
    with pytest.raises((TypeError, ValueError), match=rf"^{name.upper()}: "):
        f(None)


def test_atan_complex_second_argument_refused():
    with pytest.raises(TypeError, match=r"^ATAN: complex X is not supported"):
        idl.atan(1.0, np.complex64(1j))


@pytest.mark.skipif(GDL is None, reason="gdl is not installed")
def test_random_arguments_against_gdl(tmp_path):
    rng = np.random.default_rng(145)
    domain = {"asin": (-1.1, 1.1), "acos": (-1.1, 1.1), "alog": (-1, 1e4),
              "alog10": (-1, 1e4), "exp": (-120, 120), "sinh": (-100, 100),
              "cosh": (-100, 100)}
    cases, ours = [], {}
    for name in NAMES:
        low, high = domain.get(name, (-50, 50))
        for kind in ("f", "d", "i", "b"):
            n = int(rng.integers(1, 2500))     # above and below libm's loop threshold
            raw = rng.uniform(low, high, n)
            x = {"f": raw.astype(np.float32), "d": raw,
                 "i": np.round(raw).clip(-32768, 32767).astype(np.int16),
                 "b": np.abs(np.round(raw)).clip(0, 255).astype(np.uint8)}[kind]
            cases.append((f"{name}_{kind}", {"x": x}, f"{name}(x)"))
            ours[f"{name}_{kind}"] = getattr(idl, name)(x)
    for kind, (ty, tx) in {"ff": (np.float32, np.float32), "dd": (np.float64, np.float64),
                           "fd": (np.float32, np.float64),
                           "if": (np.int16, np.float32)}.items():
        ny, nx = (int(v) for v in rng.integers(1, 300, 2))
        y = rng.uniform(-20, 20, ny).astype(ty)
        x = rng.uniform(-20, 20, nx).astype(tx)
        cases.append((f"atan2_{kind}", {"y": y, "x": x}, "atan(y, x)"))
        ours[f"atan2_{kind}"] = idl.atan(y, x)
    results = run_gdl(cases, tmp_path)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert value.dtype == got.dtype, name
        np.testing.assert_array_equal(value, got.reshape(value.shape), err_msg=name)
