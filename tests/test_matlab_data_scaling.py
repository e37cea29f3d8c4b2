"""MATLAB rescale and normalize (compat.matlab.data_scaling): the definitions written
out (NaN ignored in the statistics), C and S reusable, the grammar's errors, classes and
inputs left alone. Printed and captured values: golden suite matlab/data_scaling."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError


def test_normalize_definitions_and_reuse():
    rng = np.random.default_rng(12)
    x = rng.normal(2, 3, (9, 3))
    x[4, 1] = np.nan
    n, c, s = matlab.normalize(x, nargout=3)
    np.testing.assert_allclose(c[0], np.nanmean(x, axis=0))
    np.testing.assert_allclose(s[0], np.nanstd(x, axis=0, ddof=1))
    np.testing.assert_allclose(n, (x - c) / s)
    again = matlab.normalize(x, 'center', c, 'scale', s)
    np.testing.assert_array_equal(np.isnan(again), np.isnan(n))
    np.testing.assert_allclose(again[~np.isnan(n)], n[~np.isnan(n)])
    med = np.nanmedian(x, axis=0)
    iqr = np.nanquantile(x, 0.75, axis=0, method="hazen") - \
        np.nanquantile(x, 0.25, axis=0, method="hazen")
    np.testing.assert_allclose(matlab.normalize(x, 'medianiqr'), (x - med) / iqr)
    np.testing.assert_allclose(matlab.normalize(x, 'scale', 'first'), x / x[:1])


def test_rescale_and_errors():
    a = np.asarray([[3.0, 1.0, np.nan, 5.0]], dtype=">f8")
    a.setflags(write=False)
    before = a.copy()
    r = matlab.rescale(a)
    assert np.isnan(r[0, 2]) and r[0, 0] == 0.5 and np.array_equal(a, before, equal_nan=True)
    assert matlab.rescale(np.float32([1, 2])).dtype == np.float32
    with pytest.raises(CompatValueError, match="Lower bound"):
        matlab.rescale(a, 2, 1)
    with pytest.raises(CompatValueError, match="normalization method"):
        matlab.normalize(a, 'minmax')
    with pytest.raises(CompatValueError, match="Only 'center' and 'scale'"):
        matlab.normalize(a, 'range', 'norm')
