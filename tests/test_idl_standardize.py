"""IDL STANDARDIZE: the definition by hand (column means 0, sample variance 1,
standardize.pro's running sums and reciprocal), MEAN/STDDEV, IDL's types, errors,
untouched inputs, and random data against live GDL."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def test_definition_and_outputs():
    rng = np.random.default_rng(12871)
    a = rng.normal(3, 7, (40, 6))
    r, m, s = idl.standardize(a, mean=True, stddev=True)
    assert r.dtype == m.dtype == s.dtype == np.float64
    np.testing.assert_allclose(m, a.mean(axis=0), rtol=1e-14)
    np.testing.assert_allclose(s, a.std(axis=0, ddof=1), rtol=1e-14)
    np.testing.assert_allclose(r, (a - a.mean(axis=0)) / a.std(axis=0, ddof=1), atol=1e-14)
    np.testing.assert_allclose(r.mean(axis=0), 0, atol=1e-14)
    np.testing.assert_allclose(r.std(axis=0, ddof=1), 1, rtol=1e-14)


def test_float_steps_are_standardize_pros():
    """FLOAT: running sums (TOTAL), deviations, reciprocal multiplication, in float32."""
    rng = np.random.default_rng(12872)
    a = rng.normal(size=(25, 3)).astype(np.float32)
    n = a.shape[0]
    mean = np.cumsum(a, axis=0, dtype=np.float32)[-1] / np.float32(n)
    dev = a - mean
    sd = np.sqrt(np.cumsum(dev * dev, axis=0, dtype=np.float32)[-1] / np.float32(n - 1))
    np.testing.assert_array_equal(idl.standardize(a), dev * (np.float32(1) / sd))


def test_types_and_double_keyword():
    a = np.arange(12, dtype=np.float32).reshape(4, 3) ** 2
    assert idl.standardize(a).dtype == np.float32
    assert idl.standardize(a, double=True).dtype == np.float64
    d = a.astype(np.float64)
    assert idl.standardize(d).dtype == np.float64
    assert idl.standardize(d, double=False).dtype == np.float32
    r = idl.standardize(a, mean=True)
    assert r._fields == ("result", "mean")


def test_errors_and_inputs():
    with pytest.raises(ValueError, match="STANDARDIZE: Input array must be float or double."):
        idl.standardize(np.ones((4, 2), np.int16))
    with pytest.raises(ValueError, match="STANDARDIZE: Input array must be two-dimensional."):
        idl.standardize(np.ones(4, np.float32))
    with pytest.raises(TypeError, match="STANDARDIZE: Complex"):
        idl.standardize(np.ones((4, 2), complex))
    a = np.array([[1.0, 2.0], [3.0, 5.0], [4.0, 9.0]], ">f8")
    a.setflags(write=False)
    r = idl.standardize(a)
    assert a[0, 0] == 1 and r.dtype.isnative
    np.testing.assert_array_equal(r, idl.standardize(np.asfortranarray(a.astype(np.float64))))


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_against_gdl():
    """FLOAT data (FLOAT result) and DOUBLE data with /DOUBLE; GDL takes MOMENT's mean and
    standard deviation and divides, IDL's standardize.pro multiplies by the reciprocal:
    agreement to a few roundings of values whose size is bounded by sqrt(n - 1)."""
    rng = np.random.default_rng(12873)
    cases, ours = [], {}
    for k in range(14):
        n, m = int(rng.integers(2, 40)), int(rng.integers(1, 6))
        dtype = np.float32 if k % 2 else np.float64
        a = (rng.normal(size=(n, m)) * rng.uniform(0.1, 100) + rng.uniform(-50, 50)).astype(dtype)
        kw = "" if dtype == np.float32 else ", /double"
        cases.append((f"s{k}", {"a": a}, f"standardize(a{kw})"))
        ours[f"s{k}"] = (idl.standardize(a), dtype, n)
    results = run_gdl(cases)
    for name, (value, dtype, n) in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        eps = np.finfo(dtype).eps
        # the relative error of mean and deviation (n eps, times the data's offset over its
        # spread) carried into values of size <= sqrt(n - 1)
        a = np.asarray(cases[int(name[1:])][1]["a"], np.float64)
        spread = a.std(axis=0, ddof=1)
        scale = np.max((np.abs(a).max(axis=0) + 1) / np.where(spread > 0, spread, 1))
        np.testing.assert_allclose(value, got, rtol=0, atol=8 * n * eps * scale * np.sqrt(n),
                                   err_msg=name)
