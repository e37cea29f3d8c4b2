"""The routines ranked next by a real MATLAB corpus: triu, tril, factor, primes, cast,
strtok, version -- MATLAB's rules and messages, and random inputs against live GNU
Octave in one batch."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import as2d, run_octave


def test_triangles():
    a = np.arange(1, 13).reshape(3, 4)
    for k in range(-4, 5):
        assert np.array_equal(matlab.triu(a, k), np.triu(a, k))
        assert np.array_equal(matlab.tril(a, k), np.tril(a, k))
    assert matlab.triu(np.array([1, 2, 3]), 1).tolist() == [0, 2, 3]   # a row stays 1-D
    assert matlab.triu(np.int8([[1, 2], [3, 4]])).dtype == np.int8
    with pytest.raises(ValueError, match="triu: First input must be 2-D."):
        matlab.triu(np.ones((2, 2, 2)))
    with pytest.raises(ValueError, match="tril: K must be an integer scalar."):
        matlab.tril(a, 1.5)


def test_factor_and_primes():
    assert matlab.factor(200).tolist() == [2, 2, 2, 5, 5]
    assert matlab.factor(np.uint8(60)).dtype == np.uint8
    assert matlab.factor(0).tolist() == [0] and matlab.factor(1).tolist() == [1]
    assert matlab.factor(np.uint64(2 ** 64 - 1)).tolist() == [3, 5, 17, 257, 641, 65537,
                                                             6700417]
    rng = np.random.default_rng(2)
    for n in rng.integers(2, 10 ** 9, size=50).tolist():
        f = matlab.factor(float(n))
        assert math.prod(int(v) for v in f) == n and list(f) == sorted(f)
    assert matlab.primes(20).tolist() == [2, 3, 5, 7, 11, 13, 17, 19]
    assert matlab.primes(np.uint16(10)).dtype == np.uint16
    assert matlab.primes(1).size == 0
    with pytest.raises(ValueError, match="factor: Q must be a real non-negative integer"):
        matlab.factor(-4)
    with pytest.raises(ValueError, match="factor: Maximum value of n is flintmax."):
        matlab.factor(2.0 ** 60)


def test_cast():
    assert matlab.cast(np.int8(-5), "uint8") == 0
    assert matlab.cast([3.7, -2.5, 300, np.nan], "int8").tolist() == [4, -3, 127, 0]
    assert matlab.cast([1, 2], "like", np.float32(1)).dtype == np.float32
    assert matlab.cast([1.5], "like", np.int32(1)).tolist() == [2]
    assert matlab.cast([0, 2], "logical").tolist() == [False, True]
    with pytest.raises(ValueError, match="cast: Unsupported data type for conversion: "
                                         "'foo'."):
        matlab.cast(1, "foo")
    with pytest.raises(ValueError, match="cast: NaN's cannot be converted to logicals."):
        matlab.cast(np.nan, "logical")


def test_strtok_loop_ports_unchanged():
    tokens, rest = [], "  the quick  brown fox "
    while rest.strip():
        t, rest = matlab.strtok(rest, nargout=2)
        tokens.append(t)
    assert tokens == ["the", "quick", "brown", "fox"]
    assert matlab.strtok("a,b,c", ",", nargout=2) == ("a", ",b,c")
    assert matlab.strtok("") == ""


def test_version():
    assert matlab.version() == "24.2.0 (R2024b)"
    assert matlab.version("-release") == "2024b"
    assert matlab.version("-description") == ""
    with pytest.raises(ValueError, match="version: Unsupported option '-java'."):
        matlab.version("-java")


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(8)
    cases, ours = [], []
    for _ in range(10):
        a = rng.integers(-50, 50, size=(rng.integers(1, 5), rng.integers(1, 5))).astype(float)
        k = int(rng.integers(-3, 4))
        cases.append((f"r = triu(a, {k});", {"a": a}, ["r"]))
        ours.append(matlab.triu(a, k))
        cases.append((f"r = tril(a, {k});", {"a": a}, ["r"]))
        ours.append(matlab.tril(a, k))
        n = int(rng.integers(0, 10 ** 12))
        cases.append((f"r = factor({n});", {}, ["r"]))
        ours.append(matlab.factor(float(n)))
        m = int(rng.integers(0, 3000))
        cases.append((f"r = primes({m});", {}, ["r"]))
        ours.append(matlab.primes(m))
        x = rng.normal(0, 200, size=(1, 6)).round(1)
        for cls in ("int8", "uint8", "int16", "single", "logical"):
            cases.append((f"r = cast(x, '{cls}');", {"x": x}, ["r"]))
            ours.append(matlab.cast(x, cls))
    results = run_octave(cases)
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        g, m = np.asarray(got["r"]), as2d(mine)
        if m.size == 0:
            assert g.size == 0, call
            continue
        assert g.shape == m.shape and g.dtype == m.dtype and np.array_equal(g, m), call


def test_single_pow2_degrees_nonzeros():
    assert matlab.single(0.1) == np.float32(0.1)
    assert matlab.single("ab").tolist() == [[97.0, 98.0]]
    assert matlab.single(np.int32(16777217)) == np.float32(16777216)
    assert np.isinf(matlab.single(np.array([1e40]))).all()
    assert matlab.pow2(0.5, 3) == 4.0
    assert matlab.pow2(1.5, -1074) == np.ldexp(1.5, -1074)
    assert matlab.pow2(np.float32(3), [1.0, 2.0]).dtype == np.float32
    assert matlab.pow2(1, 1.5) == 2 ** 1.5
    q = np.arange(-8, 9) * 90.0
    s, c = matlab.sind(q), matlab.cosd(q)
    assert set(s.tolist()) <= {-1.0, 0.0, 1.0} and set(c.tolist()) <= {-1.0, 0.0, 1.0}
    assert not np.any(np.signbit(s[s == 0])) and not np.any(np.signbit(c[c == 0]))
    x = np.random.default_rng(4).uniform(-720, 720, 200)
    np.testing.assert_allclose(matlab.sind(x), np.sin(np.deg2rad(x)), atol=1e-14)
    np.testing.assert_allclose(matlab.cosd(x), np.cos(np.deg2rad(x)), atol=1e-14)
    assert np.isnan(matlab.sind(np.inf))
    a = np.array([[0, 2], [3, 0], [4, 5]])
    assert matlab.nonzeros(a).ravel().tolist() == [3, 4, 2, 5]


@pytest.mark.octave
def test_against_octave_random_more():
    rng = np.random.default_rng(9)
    cases, ours = [], []
    for _ in range(6):
        a = rng.integers(-20, 20, size=(rng.integers(1, 5), rng.integers(1, 5))).astype(float)
        e = rng.integers(-60, 60, size=a.shape).astype(float)
        cases.append(("r = pow2(a, e);", {"a": a, "e": e}, ["r"]))
        ours.append(matlab.pow2(a, e))
        cases.append(("r = nonzeros(a);", {"a": a}, ["r"]))
        ours.append(matlab.nonzeros(a))
        cases.append(("r = single(a / 7);", {"a": a}, ["r"]))
        ours.append(matlab.single(a / 7))
        q = rng.integers(-8, 9, size=(1, 7)) * 90.0
        cases.append(("r = [sind(q); cosd(q)];", {"q": q}, ["r"]))
        ours.append(np.vstack([matlab.sind(q), matlab.cosd(q)]))
    results = run_octave(cases)
    for (call, _, _), got, mine in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        g, m = np.asarray(got["r"]), as2d(mine)
        if m.size == 0:
            assert g.size == 0, call
            continue
        assert g.shape == m.shape and g.dtype == m.dtype and np.array_equal(g, m), call
