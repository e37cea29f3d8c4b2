"""IDL's running sum: the compiled kernel (compat[fast]) equals the numpy.cumsum loop."""

import numpy as np
import pytest

from compat import idl
from compat._core import accelerated_sums
from compat._core.running_sums import sequential_sum


def cumsum_sum(a, axis, dtype):
    """The definition: the last element of the running total (IDL's loop order)."""
    if axis is None:
        a, axis = a.reshape(-1), 0
    return np.take(np.cumsum(a, axis=axis, dtype=dtype), -1, axis=axis)


def test_float32_running_total_saturates_as_idl_does():
    # IDL: TOTAL(REPLICATE(1.0, 2e7)) is 16777216.0 (the float running total stops at
    # 2**24); numpy's pairwise sum gives 2e7
    ones = np.ones(20_000_000, np.float32)
    assert sequential_sum(ones, None, np.float32) == np.float32(16777216.0)
    assert idl.total(ones) == np.float32(16777216.0)


needs_numba = pytest.mark.skipif(accelerated_sums.running_sum_kernel() is None,
                                 reason="numba (compat[fast]) not installed")


@needs_numba
@pytest.mark.parametrize("shape, axis", [((70_001,), None), ((300, 500), 0), ((300, 500), 1),
                                         ((3, 40_000), 1), ((40_000, 3), 0),
                                         ((4, 130, 150), 1), ((4, 130, 150), 2),
                                         ((70_000, 1), 0), ((1, 70_000), 1)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.complex128])
def test_compiled_kernel_equals_the_cumsum_loop_bit_for_bit(shape, axis, dtype):
    rng = np.random.default_rng(abs(hash((shape, axis))) % 2**32)
    a = rng.normal(size=shape) * 10.0 ** rng.integers(-8, 9, size=shape)
    if np.dtype(dtype).kind == "c":
        a = a + 1j * rng.standard_cauchy(size=shape)
    a = a.astype(dtype)
    expected = cumsum_sum(a, axis, dtype)
    got = accelerated_sums.sum_along(a.reshape(-1) if axis is None else a,
                                     0 if axis is None else axis, dtype)
    assert got is not None and got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()
    # strided, Fortran-ordered and big-endian views of the same values
    assert sequential_sum(np.asfortranarray(a), axis, dtype).tobytes() == expected.tobytes()
    assert sequential_sum(a.astype(a.dtype.newbyteorder(">")), axis,
                          dtype).tobytes() == expected.tobytes()


@needs_numba
def test_compiled_kernel_converts_each_element_to_the_accumulator_type():
    a = np.random.default_rng(1).integers(-30000, 30000, size=100_000).astype(np.int16)
    for dtype in (np.float32, np.float64):
        assert (accelerated_sums.sum_along(a, 0, dtype).tobytes()
                == cumsum_sum(a, 0, dtype).tobytes())
    b = np.random.default_rng(2).normal(size=(256, 512)).astype(np.float32)
    assert (accelerated_sums.sum_along(b, 1, np.float64).tobytes()
            == cumsum_sum(b, 1, np.float64).tobytes())


def test_numpy_fallback_is_used_when_disabled(monkeypatch):
    monkeypatch.setenv("COMPAT_NUMBA", "0")
    monkeypatch.setattr(accelerated_sums, "_KERNELS", None)
    a = np.random.default_rng(3).normal(size=100_000).astype(np.float32)
    assert accelerated_sums.sum_along(a, 0, np.float32) is None
    assert sequential_sum(a, None, np.float32).tobytes() == cumsum_sum(a, None,
                                                                       np.float32).tobytes()


@pytest.mark.parametrize("dtype", [np.int16, np.int32, np.int64, np.uint8, np.uint64])
def test_integer_sums_wrap_as_the_running_total_does(dtype):
    info = np.iinfo(dtype)
    a = np.random.default_rng(4).integers(info.min, info.max, size=(50, 70),
                                          dtype=dtype, endpoint=True)
    for axis in (None, 0, 1):
        assert sequential_sum(a, axis, dtype).tobytes() == cumsum_sum(a, axis,
                                                                      dtype).tobytes()


def numpy_residual_sums(x, centre, axis, dtype, skip):
    """MOMENT's five sums written out with numpy (the fallback's definition)."""
    r = x - np.expand_dims(centre, axis)
    r2 = r * r

    def tot(v):
        if skip:
            v = np.where(np.isfinite(v), v, dtype(0))
        return cumsum_sum(v, axis, dtype)
    return [tot(v) for v in (r, r2, np.abs(r), r * r2, r2 * r2)]


@needs_numba
@pytest.mark.parametrize("shape, axis", [((70_001,), 0), ((300, 500), 0), ((300, 500), 1),
                                         ((4, 130, 150), 1), ((1, 70_000), 1)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
@pytest.mark.parametrize("skip", [False, True])
def test_compiled_moment_sums_equal_the_numpy_expressions(shape, axis, dtype, skip):
    from compat._core.accelerated_sums import residual_sums_along
    rng = np.random.default_rng(7)
    x = (rng.normal(size=shape) * 1e3).astype(dtype)
    if skip:   # missing data, and terms that overflow only in the higher powers
        x.reshape(-1)[rng.integers(0, x.size, 200)] = np.nan
        x.reshape(-1)[rng.integers(0, x.size, 20)] = np.inf
        x.reshape(-1)[rng.integers(0, x.size, 20)] = dtype(np.finfo(dtype).max ** 0.3)
    centre = cumsum_sum(np.where(np.isfinite(x), x, 0), axis, dtype) / dtype(shape[axis])
    with np.errstate(all="ignore"):
        expected = numpy_residual_sums(x, centre, axis, dtype, skip)
        got = residual_sums_along(x, centre, axis, dtype, skip)
    assert got is not None
    for g, e in zip(got, expected):
        assert g.dtype == e.dtype and g.shape == e.shape
        assert g.tobytes() == e.tobytes()


def test_moment_is_the_same_with_and_without_the_kernel(monkeypatch):
    x = np.random.default_rng(8).normal(size=(3, 40_000)).astype(np.float32)
    x[1, ::97] = np.nan
    results = []
    for fallback in (False, True):
        if fallback:
            monkeypatch.setattr(accelerated_sums, "_kernels", lambda: None)
        r = idl.moment(x, dimension=1, nan=True, mdev=True, sdev=True)
        results.append([np.asarray(r.result), np.asarray(r.mdev), np.asarray(r.sdev),
                        np.asarray(idl.stddev(x, dimension=1, nan=True)),
                        np.asarray(idl.moment(x[0]))])
    for a, b in zip(*results):
        assert a.tobytes() == b.tobytes()


@needs_numba
@pytest.mark.parametrize("shape, axis, width", [((70_001,), 0, 5), ((300, 500), 0, 3),
                                                ((300, 500), 1, 51), ((4, 130, 150), 1, 7),
                                                ((4, 130, 150), 2, 149), ((70_000, 1), 0, 1)])
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_compiled_window_sums_equal_the_running_total_of_differences(shape, axis, width,
                                                                     dtype, monkeypatch):
    from compat._core.windows import running_sum
    rng = np.random.default_rng(9)
    x = (rng.normal(size=shape) * 10.0 ** rng.integers(-6, 7, size=shape)).astype(dtype)
    fast = running_sum(x, width, axis, dtype=np.float64)
    with monkeypatch.context() as m:
        m.setattr(accelerated_sums, "_kernels", lambda: None)   # the numpy fallback
        slow = running_sum(x, width, axis, dtype=np.float64)
        assert accelerated_sums.window_sums_along(x, width, axis) is None
    assert fast.dtype == slow.dtype == np.float64 and fast.shape == slow.shape
    assert fast.tobytes() == slow.tobytes()
    # continuing a running total from a carry (a block of a dask array): the compiled
    # kernel and the numpy fallback, and the whole line's sums after the carry's window
    if x.shape[axis] > width + 1:
        index = [slice(None)] * x.ndim
        index[axis] = slice(1, None)   # from the element leaving the carry's window
        rest = x[tuple(index)]
        index[axis] = slice(1, 2)
        carry = fast[tuple(index)].copy()
        cont = running_sum(rest, width, axis, dtype=np.float64, carry=carry)
        with monkeypatch.context() as m:
            m.setattr(accelerated_sums, "_kernels", lambda: None)
            cont_slow = running_sum(rest, width, axis, dtype=np.float64, carry=carry)
        index[axis] = slice(2, None)
        assert cont.tobytes() == cont_slow.tobytes() == \
            np.ascontiguousarray(fast[tuple(index)]).tobytes()
    # and IDL SMOOTH itself, edges and /NAN included (one width for every dimension)
    if min(shape) < 4:
        return
    width = min(width, (min(shape) - 2) | 1)
    x.reshape(-1)[rng.integers(0, x.size, 50)] = np.nan
    a = idl.smooth(x, width, nan=True, edge_truncate=True)
    monkeypatch.setattr(accelerated_sums, "_kernels", lambda: None)
    assert a.tobytes() == idl.smooth(x, width, nan=True, edge_truncate=True).tobytes()
