"""MATLAB piecewise polynomials (issue 16): mkpp, unmkpp, ppval, spline, pchip against
their definitions and scipy (goldens in reference_outputs/matlab/piecewise)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.interpolate import CubicSpline

from compat import matlab
from compat.matlab.piecewise import UnmkppResult


def test_mkpp_roundtrip_and_ppval():
    pp = matlab.mkpp([0, 1, 3], [1, 2, 3, 4, 5, 6])
    b, c, l, k, d = matlab.unmkpp(pp)
    assert c.tolist() == [[1, 3, 5], [2, 4, 6]] and (l, k, d) == (2, 3, 1)
    assert isinstance(matlab.unmkpp(pp, nargout=2), UnmkppResult)
    # piece 1: x^2 + 3x + 5 on [0, 1) (extended left); piece 2: 2s^2 + 4s + 6, s = x - 1
    np.testing.assert_allclose(matlab.ppval(pp, [-1, 0.5, 2, 4]), [3, 6.75, 12, 36])
    pp2 = matlab.mkpp([0, 1], [[1, 0], [0, 2]], 2)       # values in 2-D
    v = matlab.ppval(pp2, [0.0, 0.5, 1.0])
    assert v.shape == (2, 3)
    np.testing.assert_allclose(v, [[0, 0.5, 1], [2, 2, 2]])
    assert np.isnan(matlab.ppval(pp, np.nan))


def test_spline_against_scipy():
    x = np.array([0, 0.7, 1.5, 2.1, 3.4, 4.0])
    y = np.sin(x)
    xq = np.linspace(-1, 5, 13)
    np.testing.assert_allclose(matlab.spline(x, y, xq), CubicSpline(x, y)(xq), rtol=1e-13)
    clamped = matlab.spline(x, np.r_[1.0, y, -0.6], xq)
    ref = CubicSpline(x, y, bc_type=((1, 1.0), (1, -0.6)))(xq)
    np.testing.assert_allclose(clamped, ref, rtol=1e-13)
    perm = [3, 0, 5, 1, 4, 2]
    np.testing.assert_allclose(matlab.spline(x[perm], y[perm], xq),
                               matlab.spline(x, y, xq), rtol=1e-14)
    pp = matlab.spline([1, 2, 3], [1, 4, 2])
    assert pp["pieces"] == 1 and pp["order"] == 3
    pp = matlab.spline([1, 3], [2, -1])
    assert pp["order"] == 2
    Y = np.vstack([y, 2 * y])
    v = matlab.spline(x, Y, xq)
    assert v.shape == (2, 13)
    np.testing.assert_allclose(v[1], 2 * v[0], rtol=1e-13)


def test_pchip_shape_preserving():
    x = np.arange(1.0, 8)
    y = np.array([1, 1, 2, 6, 6, 7, 20.0])
    xq = np.linspace(1, 7, 61)
    v = matlab.pchip(x, y, xq)
    assert np.all(np.diff(v) >= -1e-12)                  # monotone data stay monotone
    np.testing.assert_allclose(matlab.pchip(x, y, x), y)
    np.testing.assert_allclose(matlab.pchip(x[::-1], y[::-1], xq), v, rtol=1e-14)
    np.testing.assert_allclose(matlab.interp1(x, y, xq, "pchip"), v, rtol=1e-14)


def test_bad_input():
    with pytest.raises(ValueError, match=r"^mkpp: The number of coefficients \(4\) is not"):
        matlab.mkpp([0, 1, 3, 4], [1, 2, 3, 4])
    with pytest.raises(ValueError, match=r"^ppval: PP must be a piecewise polynomial"):
        matlab.ppval({"form": "B-"}, 1)
    with pytest.raises(ValueError, match=r"^spline: The data sites should be distinct"):
        matlab.spline([1, 1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match=r"^spline: The number of sites, 3, is "
                                         r"incompatible"):
        matlab.spline([1, 2, 3], [1, 2, 3, 4])
    with pytest.raises(ValueError, match=r"^pchip: There should be at least two data"):
        matlab.pchip([1], [1])
