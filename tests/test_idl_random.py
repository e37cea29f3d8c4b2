"""IDL RANDOMU/RANDOMN: seed semantics, types, distributions, bad input, and differential
runs against live GDL's IDL-compatible generator (goldens: reference_outputs/idl/random)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import idl
from oracles import run_gdl


def test_seed_semantics():
    a, s1 = idl.randomu(42, 10)
    b, s2 = idl.randomu(42, 10)
    assert np.array_equal(a, b) and np.array_equal(s1, s2)
    assert s1.shape == (628,) and s1.dtype == np.uint32 and s1[0] == 42
    # continuing from the state equals one longer draw
    first, state = idl.randomu(42, 4)
    saved = state.copy()
    rest, _ = idl.randomu(state, 6)
    assert np.array_equal(np.concatenate([first, rest]), a)
    assert np.array_equal(state, saved)          # the caller's array is not written
    # None: the generic state, advanced from call to call (and set by a seeded call)
    idl.randomu(123, 3)
    x, _ = idl.randomu(None, 3)
    y, _ = idl.randomu(None, 3)
    want, _ = idl.randomu(123, 9)
    assert np.array_equal(np.concatenate([x, y]), want[3:])
    # numpy's legacy RandomState is the same MT19937: IDL's DOUBLE uniforms
    assert np.array_equal(idl.randomu(7, 5, double=True).result,
                          np.random.RandomState(7).random_sample(5))


def test_types_and_shapes():
    assert idl.randomu(1, 3, 2).result.shape == (2, 3)
    assert idl.randomu(1, [3, 2]).result.shape == (2, 3)
    r = idl.randomu(1).result
    assert np.ndim(r) == 0 and r.dtype == np.float32
    assert idl.randomn(1, 3, double=True).result.dtype == np.float64
    assert idl.randomu(1, 3, long=True).result.dtype == np.int32
    assert idl.randomu(1, 3, ulong=True).result.dtype == np.uint32
    assert idl.randomu(1, 3, poisson=2).result.dtype == np.float32
    assert idl.randomu(1, 3, gamma=2, double=True).result.dtype == np.float64
    u = idl.randomu(5, 100000).result
    assert u.min() >= 0 and u.max() < 1
    lo = idl.randomu(5, 100000, long=True).result
    assert lo.min() >= 1 and lo.max() <= 2 ** 31 - 2
    r = idl.randomu(np.float64(10.7), 3).result     # the whole-number part is the seed
    assert np.array_equal(r, idl.randomu(10, 3).result)


def test_distributions():
    n = 20000
    z = idl.randomn(3, n, double=True).result
    assert abs(z.mean()) < 0.03 and abs(z.std() - 1) < 0.02
    assert stats.kstest(z, "norm").pvalue > 1e-3
    g = idl.randomu(3, n, gamma=15, double=True).result          # inversion (order >= 12)
    assert stats.kstest(g, "gamma", args=(15,)).pvalue > 1e-3
    g = idl.randomu(4, n, gamma=3, double=True).result           # Knuth's product
    assert stats.kstest(g, "gamma", args=(3,)).pvalue > 1e-3
    p = idl.randomu(3, n, poisson=25.0, double=True).result
    assert abs(p.mean() - 25) < 0.2 and abs(p.var() - 25) < 1.5
    p = idl.randomu(3, n, poisson=3.5).result
    assert abs(p.mean() - 3.5) < 0.1 and np.all(p == np.round(p))
    b = idl.randomu(3, n, binomial=[20, 0.3]).result
    assert abs(b.mean() - 6) < 0.1 and abs(b.var() - 4.2) < 0.3 and b.max() <= 20


@pytest.mark.parametrize("kw,message", [
    ({"normal": True, "uniform": True}, "RANDOMU: Conflicting keywords."),
    ({"long": True, "ulong": True}, "RANDOMU: Conflicting keywords."),
    ({"gamma": 0}, "RANDOMU: Value of (Int/Long) GAMMA is out of allowed range"),
    ({"gamma": 10_000_000}, "RANDOMU: Value of GAMMA is out of allowed range: Try /DOUBLE."),
    ({"poisson": -1.0}, "RANDOMU: Value of POISSON is out of allowed range"),
    ({"poisson": 2e7}, "RANDOMU: Value of POISSON is out of allowed range: Try /DOUBLE."),
    ({"binomial": [1, 2, 3]}, "RANDOMU: Keyword array parameter BINOMIAL must have 2"),
    ({"binomial": [5, 1.5]}, "RANDOMU: Value of BINOMIAL[1] is out of allowed range"),
])
def test_errors(kw, message):
    with pytest.raises(ValueError) as info:
        idl.randomu(1, 3, **kw)
    assert str(info.value).startswith(message)


def test_bad_seed_and_dimensions():
    with pytest.raises(TypeError, match="RANDOMN: String expression not allowed"):
        idl.randomn("a", 3)
    with pytest.raises(ValueError, match="RANDOMN: Array dimensions must be greater than 0"):
        idl.randomn(1, 0)


@pytest.mark.gdl
def test_against_gdl_mersenne_twister(tmp_path):
    """GDL's /RAN1 mode is its GSL Mersenne Twister, IDL 8's generator (GDL's default is
    dSFMT); the same seeds give the same draws and the same 628-element states."""
    rng = np.random.default_rng(1618)
    cases, expected = [], {}
    for k in range(6):
        seed = int(rng.integers(1, 2 ** 31 - 1))
        n = int(rng.integers(1, 700))
        for name, kw, py in (("u", "", {}), ("l", ", /long", {"long": True}),
                             ("p", ", poisson=2.5", {"poisson": 2.5}),
                             ("g", ", gamma=4", {"gamma": 4})):
            cases.append((f"{name}{k}", {}, f"randomu({seed}L, {n}{kw}, /ran1)"))
            expected[f"{name}{k}"] = idl.randomu(seed, n, **py).result
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        np.testing.assert_array_equal(value.reshape(want.shape), want, err_msg=name)
