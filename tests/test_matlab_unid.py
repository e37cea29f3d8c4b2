"""MATLAB unidpdf, unidcdf, unidrnd: values by hand (unidpdf.m/unidcdf.m rules,
including their NaN-x quirk), the reference page's printed draws, and the size forms."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError


def test_pdf_cdf_by_hand():
    x = np.array([0, 1, 2.5, 3, 6, 7, np.nan])
    np.testing.assert_array_equal(matlab.unidpdf(x, 6), [0, 1 / 6, 0, 1 / 6, 1 / 6, 0, 0])
    np.testing.assert_array_equal(matlab.unidcdf(x, 6), [0, 1 / 6, 2 / 6, 3 / 6, 1, 1, 0])
    np.testing.assert_array_equal(matlab.unidcdf(x[:6], 6, "upper"),
                                  1 - matlab.unidcdf(x[:6], 6))
    assert np.isnan(matlab.unidpdf(1, 2.5)) and np.isnan(matlab.unidcdf(1, 0))


def test_rnd_reproduces_the_reference_page():
    matlab.rng("default")
    assert matlab.unidrnd(np.arange(1.0, 101, 10).reshape(1, -1)).tolist() == \
        [[1, 10, 3, 29, 26, 5, 17, 39, 78, 88]]
    matlab.rng("default")
    assert float(matlab.unidrnd(100)) == 82
    assert matlab.unidrnd(100, 2, 3).tolist() == [[91, 92, 10], [13, 64, 28]]
    assert matlab.unidrnd(100, [2, 3]).tolist() == [[55, 97, 98], [96, 16, 96]]


def test_rnd_invalid_n_and_sizes():
    matlab.rng("default")
    r = matlab.unidrnd(np.array([[6.0, 2.5, -1]]))
    assert r[0, 0] == 5 and np.isnan(r[0, 1]) and np.isnan(r[0, 2])
    assert matlab.unidrnd(np.float32(6), 3, 1).dtype == np.float32
    with pytest.raises(CompatError):
        matlab.unidrnd(np.ones(3), 2, 2)
