"""MATLAB interpn/interp3 (issue 16), 'linear' and 'nearest': against scipy's
RegularGridInterpolator, MATLAB's meshgrid layout, errors (goldens in
reference_outputs/matlab/gridded)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.interpolate import RegularGridInterpolator

from compat import matlab


def test_interpn_against_scipy():
    rng = np.random.default_rng(8)
    g = [np.array([0, 1, 2.5, 4]), np.array([-1, 0, 0.5, 2, 3]), np.array([0, 1, 3.0])]
    V = rng.normal(size=(4, 5, 3))
    q = [rng.uniform(0, 4, 20), rng.uniform(-1, 3, 20), rng.uniform(0, 3, 20)]
    ref = RegularGridInterpolator(g, V)(np.column_stack(q))
    np.testing.assert_allclose(matlab.interpn(*g, V, *q), ref, rtol=1e-13)
    out = matlab.interpn(*g, V, np.array([5.0]), np.array([0.0]), np.array([1.0]))
    assert np.isnan(out[0])
    assert matlab.interpn(*g, V, [5.0], [0.0], [1.0], "linear", 0)[0] == 0
    # nearest: a tie takes the upper sample (MATLAB)
    W = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert matlab.interpn([0, 1], [0, 1], W, [0.5], [0.0], "nearest")[0] == 3


def test_interp3_meshgrid_layout():
    V = np.zeros((2, 3, 2))
    V[1, 2, 1] = 8.0                     # at x = 3, y = 2, z = 2
    assert matlab.interp3(V, 3.0, 2.0, 2.0) == 8
    assert matlab.interp3(V, 3.0, 2.0, 1.5) == 4
    X, Y, Z = matlab.meshgrid([0, 1, 2], [0, 1], [0, 1], nargout=3)
    assert matlab.interp3(X, Y, Z, V, 2.0, 1.0, 1.0) == 8


def test_bad_input():
    V = np.ones((3, 3))
    with pytest.raises(ValueError, match=r"^interpn: method 'spline' is not reproduced"):
        matlab.interpn(V, [1.5], [1.5], "spline")
    with pytest.raises(ValueError, match=r"^interpn: interpn\(V, k\) refinement"):
        matlab.interpn(V)
    with pytest.raises(ValueError, match=r"^interpn: The grid vectors must be strictly"):
        matlab.interpn([0, 2, 1], [0, 1, 2], V, [1.0], [1.0])
    with pytest.raises(ValueError, match=r"^interpn: X1 must have 3 points"):
        matlab.interpn([0, 1], [0, 1, 2], V, [1.0], [1.0])
    with pytest.raises(ValueError, match=r"^interp3: V must be a 3-D array"):
        matlab.interp3(V, 1.0, 1.0, 1.0)
