"""MATLAB gather (compat.matlab.parallel_arrays): dask arrays (a port's tall arrays)
computed, everything else returned unchanged, MATLAB's output-count rule. Golden cases:
reference_outputs/matlab/workspace_tools (MathWorks' pages; GNU Octave has no gather)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab

da = pytest.importorskip("dask.array")


def test_in_memory_values_unchanged_and_owned():
    rng = np.random.default_rng(4101)
    a = rng.normal(size=(3, 4))
    x = matlab.gather(a)
    assert x.dtype == a.dtype and np.array_equal(x, a)
    x[0, 0] = 99.0                                # MATLAB's value semantics
    assert a[0, 0] != 99.0
    for value in (np.int8(-5), np.array([[1, 2]], dtype=np.uint16), "text", [1, "a"],
                  {"f": 1.5}, True):
        out = matlab.gather(value)
        assert type(out) is type(value) or isinstance(out, np.ndarray)
        assert np.array_equal(np.asarray(out, dtype=object), np.asarray(value, dtype=object))


def test_big_endian_and_read_only_inputs():
    a = np.arange(6, dtype=">f8").reshape(2, 3)
    a.setflags(write=False)
    x = matlab.gather(a)
    assert x.dtype == np.dtype("float64") and x.dtype.isnative
    assert np.array_equal(x, np.arange(6.0).reshape(2, 3))


def test_dask_array_is_computed_once_into_memory():
    rng = np.random.default_rng(4102)
    values = rng.integers(1, 1001, size=(100, 7)).astype(float)
    tall = da.from_array(values, chunks=(13, 3))
    x = matlab.gather(tall * 2 - 1)
    assert isinstance(x, np.ndarray) and np.array_equal(x, values * 2 - 1)
    lo, hi = matlab.gather(tall.min(), tall.max(), nargout=2)
    assert (lo, hi) == (values.min(), values.max())
    assert np.ndim(lo) == 0 and not isinstance(lo, da.Array)
    big = da.from_array(np.arange(5, dtype=">i4"), chunks=2)
    y, z = matlab.gather(big, "kept", nargout=2)
    assert y.dtype == np.dtype("int32") and y.dtype.isnative and z == "kept"
    assert np.array_equal(y, np.arange(5))


def test_containers_are_not_looked_into():
    tall = da.ones(4, chunks=2)
    cell = matlab.gather([1.0, tall])
    assert isinstance(cell[1], da.Array)


@pytest.mark.parametrize("call, error, text", [
    (lambda: matlab.gather(1.0, 2.0), ValueError,
     "gather: The number of input arguments and output arguments must match."),
    (lambda: matlab.gather(1.0, 2.0, nargout=3), ValueError,
     "gather: The number of input arguments and output arguments must match."),
    (lambda: matlab.gather(da.ones(2), nargout=2), ValueError,
     "gather: The number of input arguments and output arguments must match."),
    (lambda: matlab.gather(), TypeError, "gather: Not enough input arguments."),
])
def test_errors(call, error, text):
    with pytest.raises(error) as info:
        call()
    assert str(info.value) == text
