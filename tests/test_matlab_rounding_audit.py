"""Regression tests of the rounding / linspace audit (helper-123): places where compat
used numpy's half-to-even ``np.round`` or numpy's ``np.linspace`` where the MATLAB code
calls MATLAB's ``round`` (halves away from zero) or MATLAB's ``linspace``
(``a + (k*(b-a))/(n-1)``, the product first). Expected values come from those documented
rules, computed here with plain Python floats, never by the code under test."""

import math
import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning


def matlab_linspace(a, b, n):
    """MATLAB's linspace rule, independently: end points exact, a + (k*(b-a))/(n-1)."""
    out = [a + (k * (b - a)) / (n - 1) for k in range(n)]
    out[0], out[-1] = a, b
    return out


# --------------------------------------------------------------------- signal windows
def test_window_order_half_rounds_away_from_zero():
    # check_order: n = round(n), MATLAB's round: 2.5 -> 3 (np.round gave 2 -> [0, 0])
    with pytest.warns(MatlabWarning, match="Order was rounded to the nearest integer."):
        w = matlab.hann(2.5)
    assert w.ravel().tolist() == [0.0, 1.0, 0.0]
    with pytest.warns(MatlabWarning):
        assert matlab.rectwin(4.5).size == 5
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", MatlabWarning)
        assert matlab.rectwin(3.4999).size == 3
        assert matlab.rectwin(3.5).size == 4


def test_tukeywin_uses_matlab_linspace():
    # tukeywin.m: t = linspace(0,1,n)'; for n = 7 MATLAB's t(6) is (5*1)/6 = 5/6 exactly
    # rounded, numpy's 5*(1/6) is one ulp below; the right taper reads t(6)
    n, r = 7, 0.5
    t = matlab_linspace(0.0, 1.0, n)
    per = r / 2
    expected = (1 + math.cos(math.pi / per * (t[5] - 1 + per))) / 2
    w = matlab.tukeywin(n, r).ravel()
    assert w[5] == expected


# --------------------------------------------------------------------------- imhist
@pytest.mark.parametrize("image, low, high", [
    (np.array([[0, 255]], dtype=np.uint8), 0.0, 255.0),
    (np.array([[0, 1000]], dtype=np.uint16), 0.0, 65535.0),
    (np.array([[-5, 7]], dtype=np.int16), -32768.0, 32767.0),
    (np.array([[0.0, 0.5]]), 0.0, 1.0),
])
@pytest.mark.parametrize("n", [7, 8, 10, 100])
def test_imhist_bin_locations_are_matlab_linspace(image, low, high, n):
    # imhist.m: binLocations = linspace(range(1), range(2), n)' (uint8, n = 8: the sixth
    # is 1275/7 = 182.14285714285714; numpy's 5*(255/7) is 182.14285714285717)
    _, x = matlab.imhist(image, n, nargout=2)
    assert x.ravel().tolist() == matlab_linspace(low, high, n)


def test_imhist_uint8_8_bins_sixth_location():
    _, x = matlab.imhist(np.zeros((2, 2), np.uint8), 8, nargout=2)
    assert x.ravel()[5] == 1275 / 7
