"""compat._core.libm's compiled loop (issue 20): large arrays call the C library's
routines from a numba loop instead of one Python call per element; the values must be
those of the Python-level ctypes calls, bit for bit, NaN payloads and signed zeros
included."""

import ctypes
import ctypes.util

import numpy as np
import pytest

from compat._core import libm

needs_loop = pytest.mark.skipif(libm._compiled_loop("sinf", 1, False) is None,
                                reason="numba not installed (compat[fast]) or no libm")

_LIB = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")


def c_routine(name, nargs, double):
    """The C routine through ctypes, independently of libm.c_function."""
    f = getattr(_LIB, name)
    f.restype = ctypes.c_double if double else ctypes.c_float
    f.argtypes = [f.restype] * nargs
    return f


def values(rng, n, dtype):
    """Normal, uniform and random-bit values plus the special ones."""
    if dtype == np.float32:
        bits = rng.integers(0, 2**32, n, dtype=np.uint64).astype(np.uint32).view(np.float32)
        special = np.array([0x7fc00000, 0xffc00001, 0x7fa00000, 0x00000001, 0x80000001,
                            0x007fffff, 0x7f800000, 0xff800000, 0x80000000, 0],
                           np.uint32).view(np.float32)
    else:
        bits = rng.integers(0, 2**63, n, dtype=np.uint64).view(np.float64)
        special = np.array([0x7ff8000000000000, 0xfff8000000000123, 0x7ff4000000000000, 1,
                            0x8000000000000001, 0x7ff0000000000000, 0xfff0000000000000,
                            0x8000000000000000, 0], np.uint64).view(np.float64)
    x = np.concatenate([rng.normal(size=n) * 10.0 ** rng.integers(-30, 30, n),
                        rng.uniform(-4, 4, n)]).astype(dtype)
    return rng.permutation(np.concatenate([x, bits, special]))


def python_loop(f, *columns):
    dtype = columns[0].dtype
    return np.array([f(*v) for v in zip(*(c.tolist() for c in columns))], dtype)


@needs_loop
@pytest.mark.parametrize("name, nargs", [("sinf", 1), ("cosf", 1), ("atanf", 1),
                                         ("atan2f", 2)])
def test_float_routines_equal_the_python_calls(name, nargs):
    rng = np.random.default_rng(31)
    args = [values(rng, 4000, np.float32) for _ in range(nargs)]
    n = min(a.size for a in args)
    args = [a[:n] for a in args]
    assert n >= libm.LOOP_MIN
    got = libm.float_call(name, *args)
    expected = python_loop(c_routine(name, nargs, False), *args)
    assert got.dtype == np.float32 and got.tobytes() == expected.tobytes()


@needs_loop
@pytest.mark.parametrize("name, fn, nargs", [("atan2", libm.c_atan2, 2),
                                             ("asin", libm.c_asin, 1),
                                             ("pow", libm.c_pow, 2)])
def test_double_routines_equal_the_python_calls(name, fn, nargs):
    rng = np.random.default_rng(32)
    args = [values(rng, 4000, np.float64) for _ in range(nargs)]
    n = min(a.size for a in args)
    args = [a[:n] for a in args]
    if name == "pow":
        args[1] = np.where(rng.random(n) < 0.5, 2.0, np.round(args[1] % 9, 1))
    with np.errstate(all="ignore"):
        got = fn(*args)
    expected = python_loop(c_routine(name, nargs, True), *args)
    assert got.dtype == np.float64 and got.tobytes() == expected.tobytes()


def test_short_arrays_and_the_switch_use_the_python_loop(monkeypatch):
    x = np.linspace(-3, 3, libm.LOOP_MIN - 1, dtype=np.float32)
    assert libm._loop_call("sinf", False, x) is None
    monkeypatch.setenv("COMPAT_NUMBA", "0")
    libm._compiled_loop.cache_clear()
    try:
        assert libm._compiled_loop("cosf", 1, False) is None
        y = np.linspace(-3, 3, 3 * libm.LOOP_MIN, dtype=np.float32)
        assert libm.float_call("cosf", y).tobytes() == python_loop(
            c_routine("cosf", 1, False), y).tobytes()
    finally:
        libm._compiled_loop.cache_clear()
