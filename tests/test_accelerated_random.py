"""compat._core.accelerated_random (issue 20): MATLAB's randn ziggurat and randg's
gamma generator compiled on the Mersenne Twister's own state give the bits of the exact
fallback (matlab_normal.normals, random_variates.unit_gamma with the kernels switched
off) and leave the stream at the same position -- for any seed, start position inside
the 624-word block, size, and shape mix (a < 1, a = 1, a > 1, 0, -0, NaN, negative,
+-Inf, subnormal, huge) -- and reproduce MATLAB's printed values."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

from compat import matlab
from compat._core import accelerated_random, matlab_normal, mt19937

TABLES = matlab_normal.ziggurat_tables
from compat._core import random_variates as rv

needs_numba = pytest.mark.skipif(not accelerated_random.available(),
                                 reason="numba not installed (compat[fast])")

SPECIAL = np.array([0.0, -0.0, np.nan, -1.0, -np.inf, np.inf, 1.0, 5e-324, 1e-300, 1e-3,
                    0.999999, 1.0000001, 1e10, 1e300, 0.5, 2.5, 1.0 / 3.0, 4.0 / 3.0])


def _twins(seed: int, skip: int):
    """Two RandomStates at the same point of the stream (seed, then ``skip`` outputs)."""
    out = []
    for _ in range(2):
        rs = np.random.RandomState(seed)
        rs._bit_generator.random_raw(skip)
        out.append(rs)
    return out


def _same_state(a, b) -> bool:
    sa, sb = a._bit_generator.state["state"], b._bit_generator.state["state"]
    return sa["pos"] == sb["pos"] and np.array_equal(sa["key"], sb["key"])


@pytest.fixture
def fallback(monkeypatch):
    """A context switch: inside ``with fallback():`` the kernels are off."""
    import contextlib

    @contextlib.contextmanager
    def off():
        with monkeypatch.context() as m:
            m.setattr(accelerated_random, "_KERNELS", False)
            yield
    return off


@needs_numba
@pytest.mark.parametrize("n", [0, 1, 2, 3, 311, 312, 1000, 20000, 200000])
def test_normals_equal_the_fallback(n, fallback):
    rng = np.random.default_rng(8101)
    for _ in range(6):
        seed, skip = int(rng.integers(0, 2**32)), int(rng.integers(0, 1400))
        a, b = _twins(seed, skip)
        with fallback():
            expected = matlab_normal.normals(a._bit_generator, n)
        got = accelerated_random.normals(b._bit_generator, n, TABLES(), force=True)
        assert got is not None and got.dtype == np.float64
        assert got.tobytes() == expected.tobytes()
        assert _same_state(a, b)
        # the stream goes on identically: MATLAB's rand after the normals
        assert a.random_sample(3).tobytes() == b.random_sample(3).tobytes()


def _shapes(rng, kind: str, n: int) -> np.ndarray:
    if kind == "below one":
        return np.full(n, rng.uniform(0.01, 1.0))
    if kind == "one":
        return np.ones(n)
    if kind == "above one":
        return np.full(n, rng.choice([1.5, 2.5, 10.0, 1000.0, rng.uniform(1.0, 20.0)]))
    if kind == "halves":                       # chi2rnd/trnd of integer nu
        return rng.integers(1, 12, n) / 2.0
    a = rng.uniform(0.05, 6.0, n)
    if kind == "mixed with special values":
        pick = rng.random(n) < 0.2
        a[pick] = rng.choice(SPECIAL, int(pick.sum()))
    return a


@needs_numba
@pytest.mark.parametrize("kind", ["below one", "one", "above one", "halves", "mixed",
                                  "mixed with special values"])
@pytest.mark.parametrize("n", [1, 2, 17, 700, 6000])
def test_unit_gamma_equals_the_fallback(kind, n, fallback):
    rng = np.random.default_rng(4427)
    for _ in range(3):
        seed, skip = int(rng.integers(0, 2**32)), int(rng.integers(0, 1400))
        shapes = _shapes(rng, kind, n)
        if n % 2 == 0:
            shapes = shapes.reshape(2, -1)     # column-major order of a matrix
        a, b = _twins(seed, skip)
        with fallback(), np.errstate(over="ignore"):   # 1/5e-324 in the fallback
            mt19937._G.state, saved = a, mt19937._G.state
            try:
                expected = rv.unit_gamma(shapes)
            finally:
                mt19937._G.state = saved
        got = accelerated_random.unit_gamma(b._bit_generator,
                                            shapes.reshape(-1, order="F"), TABLES(),
                                            force=True)
        assert got is not None
        assert got.reshape(shapes.shape, order="F").tobytes() == expected.tobytes()
        assert _same_state(a, b)


@needs_numba
def test_special_shapes_draw_nothing_and_give_their_values():
    a, b = _twins(99, 5)
    got = accelerated_random.unit_gamma(
        b._bit_generator, np.array([0.0, -0.0, np.nan, -2.0, -np.inf, np.inf]), TABLES(),
        force=True)
    assert np.array_equal(got, [0.0, 0.0, np.nan, np.nan, np.nan, np.inf], equal_nan=True)
    assert _same_state(a, b)


@needs_numba
def test_matlab_printed_values_through_the_kernels():
    accelerated_random._kernels()              # loaded: every size takes the kernels
    matlab.rng("default")
    np.testing.assert_array_equal(matlab.randn(1, 5).round(4),
                                  [[0.5377, 1.8339, -2.2588, 0.8622, 0.3188]])
    matlab.rng("default")
    np.testing.assert_array_equal(matlab.gamrnd([[1, 2, 3, 4, 5]], 2).round(4),
                                  [[7.1297, 6.0918, 2.1010, 8.7253, 29.5447]])
    matlab.rng(1)
    assert f"{float(matlab.randn()):.15f}" == "-0.649013765191241"


def test_small_draws_wait_for_the_kernels(monkeypatch):
    # before the kernels are loaded, fewer than MIN_DRAWS values take the fallback
    monkeypatch.setattr(accelerated_random, "_KERNELS", None)
    bitgen = np.random.MT19937(3)
    assert accelerated_random.normals(bitgen, accelerated_random.MIN_DRAWS - 1,
                                     TABLES()) is None
    assert accelerated_random._KERNELS is None


def test_switched_off_by_the_environment():
    code = ("from compat._core import accelerated_random as a; "
            "print(a.available(), a.normals(__import__('numpy').random.MT19937(1), 5000, ()))")
    env = dict(os.environ, COMPAT_NUMBA="0")
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True,
                         text=True, check=True).stdout
    assert out.split() == ["False", "None"]


@needs_numba
@pytest.mark.parametrize("call", [
    lambda: matlab.randn(40, 30),
    lambda: matlab.randn(3, 300, "single"),
    lambda: matlab.normrnd(3, 2, 700, 1),
    lambda: matlab.raylrnd(2, 500, 1),
    lambda: matlab.mvnrnd([1, 2, 3], [[2, .5, 0], [.5, 1, .2], [0, .2, 1]], 300),
    lambda: matlab.randg(np.float32(0.7), 300, 2),
    lambda: matlab.gamrnd(np.linspace(0.2, 4, 600).reshape(20, 30), 2.0),
    lambda: matlab.betarnd(0.5, 3, 400, 1),
    lambda: matlab.chi2rnd(np.arange(1.0, 601.0) % 7, 1, 600),
    lambda: matlab.trnd(np.full((2, 300), 5.0)),
])
def test_public_draws_and_the_next_rand_equal_the_fallback(call, fallback):
    # the same routine with the kernels on and off, after the same rng(seed): the same
    # class and bits, and the stream continues identically (MATLAB's next rand)
    seed = int(np.random.default_rng(2718).integers(1, 2**31))
    matlab.rng(seed)
    with fallback(), np.errstate(over="ignore"):
        expected = call()
        expected_next = matlab.rand(1, 4)
    matlab.rng(seed)
    got = call()
    got_next = matlab.rand(1, 4)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()
    assert got_next.tobytes() == expected_next.tobytes()
