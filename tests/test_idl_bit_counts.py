"""IDL's BIT_FFS and BIT_POPULATION (compat.idl.bit_counts): every integer type against
Python's own integers (two's complement of the type's width written out), the reference
pages' examples (golden suite idl/bit_counts), shapes and bad input."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatTypeError

TYPES = (np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64)


def _bits(value, width):
    return int(value) % (1 << width)          # two's complement of the type's width


@pytest.mark.parametrize("dtype", TYPES)
def test_random_values_of_every_type(dtype):
    rng = np.random.default_rng(2085)
    info = np.iinfo(dtype)
    width = 8 * np.dtype(dtype).itemsize
    a = rng.integers(info.min, info.max, 300, dtype=dtype, endpoint=True)
    a[:4] = [0, info.max, info.min, 1]
    ffs = idl.bit_ffs(a)
    pop = idl.bit_population(a)
    assert ffs.dtype == np.int32 and pop.dtype == np.int32
    for v, f, p in zip(a, ffs, pop):
        u = _bits(v, width)
        assert p == bin(u).count("1")
        assert f == (0 if u == 0 else (u & -u).bit_length())


def test_documented_examples_and_shapes():
    assert int(idl.bit_ffs(1024)) - 1 == 10                 # '2^10 = 1024'
    assert int(idl.bit_population(np.int32(-1))) == 32      # 'ffffffff'xl
    assert int(idl.bit_population(np.int16(-1))) == 16
    assert int(idl.bit_ffs(np.int16(-32768))) == 16
    big = np.arange(12, dtype=">i4").reshape(3, 4)[:, ::2]   # big-endian, strided
    np.testing.assert_array_equal(idl.bit_population(big), [[0, 1], [1, 2], [1, 2]])
    np.testing.assert_array_equal(idl.bit_ffs(big), [[0, 2], [3, 2], [4, 2]])
    assert np.ndim(idl.bit_ffs(5)) == 0


def test_bad_input():
    with pytest.raises(CompatTypeError, match="BIT_FFS: Value must be of an integer type"):
        idl.bit_ffs(1.5)
    with pytest.raises(CompatTypeError, match="BIT_POPULATION: Value must be of an integer"):
        idl.bit_population(np.float32([1, 2]))
    with pytest.raises(CompatTypeError):
        idl.bit_population("7")
