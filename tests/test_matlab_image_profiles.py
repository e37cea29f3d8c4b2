"""MATLAB improfile: hand-computed sample points and values (MATLAB's documented
sampling rule), output shapes, NaN outside the image, bad input."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError

I = np.arange(1, 21, dtype=float).reshape(4, 5)     # I(r, c) = 5 (r - 1) + c


def test_default_count_and_nearest_by_hand():
    r = matlab.improfile(I, [1, 5], [2, 2])
    # n = ceil(|5 - 1|) = 4 samples at x = 1, 7/3, 11/3, 5 on row 2
    np.testing.assert_allclose(r.cx.ravel(), [1, 7 / 3, 11 / 3, 5], rtol=1e-15)
    np.testing.assert_array_equal(r.cy.ravel(), [2, 2, 2, 2])
    np.testing.assert_array_equal(r.c.ravel(), [6, 7, 9, 10])
    assert r.c.shape == (4, 1)
    # two segments: n = max(4, 0) + max(0, 3) = 7 samples
    r = matlab.improfile(I, [1, 5, 5], [1, 1, 4])
    assert r.c.shape == (7, 1)
    np.testing.assert_array_equal(r.c.ravel()[[0, -1]], [1, 20])
    np.testing.assert_array_equal(r.xi.ravel(), [1, 5, 5])


def test_bilinear_and_n():
    r = matlab.improfile(I, [1, 2], [1, 3], 3, 'bilinear')
    # midpoint (1.5, 2): between I(2,1) = 6 and I(2,2) = 7
    np.testing.assert_allclose(r.c.ravel(), [1, 6.5, 12], rtol=1e-15)
    c = matlab.improfile(I, [1, 5], [1, 4], 5, 'bilinear').c.ravel()
    # linear in both coordinates: I = 5 (y - 1) + x along the straight path
    t = np.linspace(0, 1, 5)
    np.testing.assert_allclose(c, 5 * (3 * t) + 1 + 4 * t, atol=1e-12)


def test_outside_is_nan_and_classes():
    c = matlab.improfile(I.astype(np.uint8), [0, 6], [1, 1], 4).c.ravel()
    assert c.dtype == np.float64
    assert np.isnan(c[0]) and np.isnan(c[-1])
    np.testing.assert_array_equal(c[1:3], [2, 4])
    rgb = np.dstack([I, 2 * I, 3 * I])
    r = matlab.improfile(rgb, [1, 5], [2, 2])
    assert r.c.shape == (4, 1, 3)
    np.testing.assert_array_equal(r.c[:, 0, 1], 2 * r.c[:, 0, 0])
    big = I.astype(">f8")
    keep = big.copy()
    np.testing.assert_array_equal(matlab.improfile(big, [1, 5], [2, 2]).c.ravel(),
                                  [6, 7, 9, 10])
    np.testing.assert_array_equal(big, keep)


def test_xdata_ydata():
    # XData [10 50] puts the 5 columns 10 apart: x = 30 is column 3
    r = matlab.improfile([10, 50], [1, 4], I, [30, 30], [1, 4], 4)
    np.testing.assert_array_equal(r.c.ravel(), [3, 8, 13, 18])


def test_bad_input():
    with pytest.raises(CompatValueError, match="improfile: Xi and Yi must have"):
        matlab.improfile(I, [1, 2, 3], [1, 2])
    with pytest.raises(CompatValueError, match="improfile: N must be a number greater"):
        matlab.improfile(I, [1, 2], [1, 2], 1)
    with pytest.raises(CompatValueError, match="improfile: METHOD must be"):
        matlab.improfile(I, [1, 2], [1, 2], 'spline')
    with pytest.raises(CompatTypeError, match="improfile: I must be double"):
        matlab.improfile(I.astype(np.int16), [1, 2], [1, 2])
    with pytest.raises(CompatValueError, match="improfile: the path needs at least two"):
        matlab.improfile(I, [2, 2], [3, 3])
    with pytest.raises(CompatValueError, match="improfile: The arrangement"):
        matlab.improfile(I, [1, 2])
