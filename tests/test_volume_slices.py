"""MATLAB's slice (compat.matlab.volume_slices): planes and surfaces through a volume,
checked on a linear volume (trilinear interpolation is exact there), against
MATLAB's handle order, and against live Octave on volumes where Octave's default
grid is right (m == n) or the grid is given."""

from __future__ import annotations

import numpy as np
import pytest
from oracles import run_octave

from compat import matlab


@pytest.fixture
def fig():
    f = matlab.figure("Visible", "off")
    yield f
    matlab.close("all")


def _linear_volume(m, n, p):
    # V(y, x, z) = 2x - 3y + 0.5z on X = 1:n, Y = 1:m, Z = 1:p
    y, x, z = np.meshgrid(np.arange(1.0, m + 1), np.arange(1.0, n + 1),
                          np.arange(1.0, p + 1), indexing="ij")
    return 2 * x - 3 * y + 0.5 * z


def test_slice_planes_on_a_linear_volume(fig):
    v = _linear_volume(3, 4, 5)
    h = matlab.slice(v, [2.5, 1.5], 2.25, [4.5])
    assert len(h) == 4   # MATLAB's order: x-planes, y-planes, z-planes
    assert [float(h[0].XData[0, 0]), float(h[1].XData[0, 0])] == [2.5, 1.5]
    assert h[0].CData.shape == (3, 5) and h[2].CData.shape == (4, 5)
    assert h[3].CData.shape == (3, 4)
    for s in h:
        want = 2 * s.XData - 3 * s.YData + 0.5 * s.ZData
        np.testing.assert_allclose(s.CData, want, rtol=1e-13, atol=1e-13)
    assert matlab.gca().CLim.tolist() == [[float(v.min()), float(v.max())]]
    assert matlab.gca().View.tolist() == [[-37.5, 30]] and matlab.gca().XGrid == "on"


def test_slice_surface_form_and_errors(fig):
    v = _linear_volume(3, 4, 5)
    xi, yi = np.meshgrid([1.0, 2.5, 4.0], [1.0, 3.0])
    zi = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 4.5]])
    h = matlab.slice(v, xi, yi, zi)
    np.testing.assert_allclose(h[0].CData, 2 * xi - 3 * yi + 0.5 * zi, rtol=1e-13)
    assert np.isnan(matlab.slice(v, [], [], 7)[0].CData).all()
    with pytest.raises(ValueError, match="slice: V must be a 3-D array"):
        matlab.slice(np.ones((3, 3)), 1, 1, 1)
    with pytest.raises(ValueError, match="slice: Wrong number of input arguments"):
        matlab.slice(1, 2, 3, 4, 5, 6)
    with pytest.raises(ValueError, match="slice: Unknown interpolation method 'bogus'"):
        matlab.slice(v, 1, [], [], "bogus")


@pytest.mark.octave
def test_slice_against_octave(fig):
    rng = np.random.default_rng(2050)
    cases, ours = [], []
    for _ in range(5):
        m, p = (int(t) for t in rng.integers(2, 6, 2))
        v = rng.uniform(-5, 5, (m, m, p))     # m == n: Octave's default grid is right
        sx = rng.uniform(0.5, m + 0.5, 1)
        sz = rng.uniform(0.5, p + 0.5, 1)
        cases.append(("close all; figure('visible', 'off'); h = slice(v, sx, [], []); "
                      "a = get(h, 'cdata'); h = slice(v, [], [], sz); b = get(h, 'cdata');",
                      {"v": v, "sx": sx, "sz": sz}, ["a", "b"]))
        matlab.close("all")
        matlab.figure("Visible", "off")
        a = matlab.slice(v, sx, [], [])[0].CData
        b = matlab.slice(v, [], [], sz)[0].CData
        ours.append((a, b))
    for got, (a, b) in zip(run_octave(cases, setup="warning('off', 'all');"), ours):
        # trilinear weights and up to eight products: a few ulp of values up to 5
        np.testing.assert_allclose(a, got["a"], rtol=1e-13, atol=1e-13)
        np.testing.assert_allclose(b, got["b"], rtol=1e-13, atol=1e-13)
