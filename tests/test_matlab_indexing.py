"""matlab.idx: MATLAB's 1-based index data to numpy's 0-based intp (issue 16)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab

MESSAGE = "^idx: Array indices must be positive integers or logical values.$"


@pytest.mark.parametrize("dtype", [np.float64, np.float32, np.int8, np.int16, np.int32,
                                   np.int64, np.uint8, np.uint16, np.uint32, np.uint64])
def test_every_numeric_class(dtype):
    k = np.array([[1, 3], [2, 100]], dtype=dtype)
    out = matlab.idx(k)
    assert out.dtype == np.intp and out.shape == (2, 2)
    np.testing.assert_array_equal(out, [[0, 2], [1, 99]])


def test_scalars_lists_and_empty():
    assert matlab.idx(5).shape == () and int(matlab.idx(5)) == 4
    np.testing.assert_array_equal(matlab.idx([1.0, 2.0]), [0, 1])
    assert matlab.idx(np.zeros((0, 3))).shape == (0, 3)
    assert matlab.idx(np.zeros((0, 3))).dtype == np.intp


def test_logical_masks_pass_through():
    mask = np.array([True, False, True])
    out = matlab.idx(mask)
    np.testing.assert_array_equal(out, mask)
    assert out is not mask and out.dtype == bool


@pytest.mark.parametrize("bad", [0, -1, 2.5, np.nan, np.inf, -np.inf, [1, 0],
                                 np.array([3, -2], dtype=np.int8), 2.0 ** 63])
def test_bad_values_give_matlabs_error(bad):
    with pytest.raises(ValueError, match=MESSAGE):
        matlab.idx(bad)


@pytest.mark.parametrize("bad, text", [("3", "text"), (np.array([1 + 1j]), "complex"),
                                       (np.array(["a"]), "<U1")])
def test_bad_types(bad, text):
    with pytest.raises(TypeError, match=f"^idx: index data must .*{text}"):
        matlab.idx(bad)


def test_index_outputs_of_matlab_functions_round_trip():
    rng = np.random.default_rng(3)
    a = rng.normal(size=(4, 5))
    v = a.ravel(order="F")
    k = matlab.find(a > 0)
    np.testing.assert_array_equal(v[matlab.idx(k)].ravel(), a.T[a.T > 0])
    s, i = matlab.sort(v, nargout=2)
    np.testing.assert_array_equal(v[matlab.idx(i)], s)
    m, j = matlab.max(a, nargout=2)
    np.testing.assert_array_equal(a[matlab.idx(j).ravel(), np.arange(5)], m.ravel())
    c, ia, ic = matlab.unique(np.array([3.0, 1.0, 3.0, 2.0]), nargout=3)
    np.testing.assert_array_equal(np.array([3.0, 1.0, 3.0, 2.0])[matlab.idx(ia)], c)
    np.testing.assert_array_equal(c[matlab.idx(ic)], [3.0, 1.0, 3.0, 2.0])


def test_input_is_not_modified_and_big_endian_works():
    k = np.array([2.0, 1.0], dtype=">f8")
    keep = k.copy()
    np.testing.assert_array_equal(matlab.idx(k), [1, 0])
    np.testing.assert_array_equal(k, keep)
    assert matlab.idx(k).dtype.isnative
