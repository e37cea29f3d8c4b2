"""MATLAB griddata (issue 16): 'linear' against scipy on samples in general position,
'v4' reproducing the samples, duplicates merged, errors (goldens in
reference_outputs/matlab/scattered)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.interpolate

from compat import matlab


def test_linear_and_v4():
    rng = np.random.default_rng(9)
    x, y = rng.uniform(-1, 1, 30), rng.uniform(-1, 1, 30)
    v = np.sin(x) + y
    xq, yq = rng.uniform(-1.2, 1.2, (4, 5)), rng.uniform(-1.2, 1.2, (4, 5))
    ref = scipy.interpolate.griddata((x, y), v, (xq, yq), method="linear")
    np.testing.assert_allclose(matlab.griddata(x, y, v, xq, yq), ref, rtol=1e-12)
    np.testing.assert_allclose(matlab.griddata(x, y, v, x, y, "v4"), v, rtol=1e-8,
                               atol=1e-9)                       # v4 interpolates
    lin = np.array([0.0, 1, 0, 1, 0.5])
    assert matlab.griddata([0, 1, 0, 1, 0.5, 0.5], [0, 0, 1, 1, 0.5, 0.5],
                           np.r_[lin, 2.5], [0.5], [0.5])[0] == 1.5   # duplicates: mean
    g = matlab.griddata(x, y, v, np.array([[0.1, 0.2, 0.3]]), np.array([[0.1], [0.2]]))
    assert g.shape == (2, 3)


def test_bad_input():
    with pytest.raises(ValueError, match=r"^griddata: method 'natural' is not reproduced"):
        matlab.griddata([0, 1, 0], [0, 0, 1], [1, 2, 3], [0.2], [0.2], "natural")
    with pytest.raises(ValueError, match=r"^griddata: The lengths of X, Y and V must"):
        matlab.griddata([0, 1], [0, 0, 1], [1, 2, 3], [0.2], [0.2])
    with pytest.raises(ValueError, match=r"^griddata: The data points are collinear"):
        matlab.griddata([0, 1, 2], [0, 1, 2], [1, 2, 3], [0.2], [0.2])
