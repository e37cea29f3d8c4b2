"""MATLAB lights, lighting, material and tetramesh (compat.matlab.lighting_plots): known
values from MATLAB's documented settings and bad input."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    matlab.figure("Visible", "off")
    yield
    matlab.close("all")


def test_light_and_camlight():
    matlab.surf(matlab.peaks(5))
    ax = matlab.gca()
    h = matlab.light("Color", [0.5, 0.5, 0.5])
    assert h in list(ax.Children) and h.Style == "infinite"
    np.testing.assert_array_equal(h.Color, [[0.5, 0.5, 0.5]])
    c = matlab.camlight("headlight")
    # at the camera: along the view direction (az -37.5, el 30) from the centre
    centre = np.array([3.0, 3.0, 0.0])
    lo_z, hi_z = ax.ZLim.ravel()
    centre[2] = (lo_z + hi_z) / 2
    d = c.Position.ravel() - centre
    d /= np.linalg.norm(d)
    az, el = np.radians(-37.5), np.radians(30.0)
    np.testing.assert_allclose(d, [np.sin(az) * np.cos(el), -np.cos(az) * np.cos(el),
                                   np.sin(el)], atol=1e-12)
    moved = matlab.camlight(c, "right", "infinite")
    assert moved is c and c.Style == "infinite"
    with pytest.raises(CompatError, match="unknown position"):
        matlab.camlight("above")
    with pytest.raises(CompatError, match="3-element"):
        matlab.light("Position", [1, 2])


def test_lighting_and_material_set_every_surface_and_patch():
    s = matlab.surf(matlab.peaks(4))
    matlab.hold("on")
    p = matlab.patch([0, 1, 0], [0, 0, 1], "r")
    matlab.lighting("none")
    assert s.FaceLighting == p.FaceLighting == "none"
    matlab.material([0.1, 0.2, 0.3, 7, 0.4])
    for h in (s, p):
        np.testing.assert_array_equal(
            [h.AmbientStrength, h.DiffuseStrength, h.SpecularStrength,
             h.SpecularExponent, h.SpecularColorReflectance], [0.1, 0.2, 0.3, 7, 0.4])
    with pytest.raises(CompatError, match="unknown material"):
        matlab.material("plastic")
    with pytest.raises(CompatError, match=r"\[0, 1\]"):
        matlab.material([2, 0, 0])
    with pytest.raises(CompatError, match="flat, gouraud or none"):
        matlab.lighting("bright")


def test_tetramesh_colours_and_bad_input():
    X = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1.0]])
    T = np.array([[1, 2, 3, 4], [2, 3, 4, 5]])
    matlab.colormap(matlab.hot(4))
    h = matlab.tetramesh(T, X, [2, 6], "EdgeColor", "b")
    # C indexes the colormap (6 wraps to row 2 of 4)
    np.testing.assert_array_equal(h[0].FaceColor, matlab.hot(4)[1:2])
    np.testing.assert_array_equal(h[1].FaceColor, matlab.hot(4)[1:2])
    np.testing.assert_array_equal(h[0].EdgeColor, [[0, 0, 1]])
    np.testing.assert_array_equal(h[1].Vertices, X[[1, 2, 3, 4]])
    np.testing.assert_array_equal(h[0].Faces, [[1, 2, 3], [1, 2, 4], [1, 3, 4], [2, 3, 4]])
    with pytest.raises(CompatError, match="m-by-4"):
        matlab.tetramesh(T[:, :3], X)
    with pytest.raises(CompatError, match="does not have"):
        matlab.tetramesh(T + 1, X)
    with pytest.raises(CompatError, match="one value per"):
        matlab.tetramesh(T, X, [1])
