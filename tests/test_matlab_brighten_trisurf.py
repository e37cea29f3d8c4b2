"""MATLAB brighten (compat.matlab.image_plots) and trisurf/trimesh (compat.matlab.
triangulation_plots). brighten: the gamma rule of MATLAB's reference page,
the (cmap, beta) form and beta = +-1, which GNU Octave 7.3 cannot give (its golden cases,
the figure forms, are in reference_outputs/matlab/surface_properties)."""

import numpy as np
import pytest

from compat import matlab


@pytest.fixture
def fig():
    f = matlab.figure("Visible", "off")
    yield f
    matlab.close("all")


def test_cmap_form_gamma_rule(fig):
    cmap = np.array([[0.0, 0.25, 1.0], [0.5, 0.75, 0.1]])
    # beta > 0: gamma = 1 - beta; beta <= 0: gamma = 1 / (1 + beta) (written out here)
    np.testing.assert_array_equal(matlab.brighten(cmap, 0.75), cmap ** 0.25)
    np.testing.assert_array_equal(matlab.brighten(cmap, -0.5), cmap ** 2.0)
    np.testing.assert_array_equal(matlab.brighten(cmap, 0), cmap)
    # the form with a map changes no figure
    before = matlab.colormap().copy()
    matlab.brighten(cmap, 0.5)
    np.testing.assert_array_equal(matlab.colormap(), before)


def test_beta_plus_minus_one(fig):
    g = matlab.gray(3)
    np.testing.assert_array_equal(matlab.brighten(g, 1), np.ones((3, 3)))
    np.testing.assert_array_equal(matlab.brighten(g, -1), [[0, 0, 0], [0, 0, 0], [1, 1, 1]])


def test_nargout_one_leaves_the_figure_and_bad_beta(fig):
    matlab.colormap(matlab.gray(5))
    new = matlab.brighten(0.5, nargout=1)
    np.testing.assert_array_equal(new, matlab.gray(5) ** 0.5)
    np.testing.assert_array_equal(matlab.colormap(), matlab.gray(5))
    for bad in (1.5, -2, [0.1, 0.2]):
        with pytest.raises(ValueError, match="BETA must be a scalar"):
            matlab.brighten(bad)
    with pytest.raises(TypeError, match="numeric"):
        matlab.brighten("a")


def test_trisurf_trimesh_patch_and_errors(fig):
    """trisurf/trimesh (compat.matlab.triangulation_plots): one Patch holding T and the
    points as given; bad triangulations refused."""
    T = np.array([[1, 2, 3], [1, 3, 4]])
    x, y, z = [0, 1, 1, 0], [0, 0, 1, 1], [0, 1, 2, 3]
    h = matlab.trisurf(T, x, y, z, "FaceAlpha", 0.5)
    np.testing.assert_array_equal(h.Faces, T)
    np.testing.assert_array_equal(h.Vertices, np.column_stack([x, y, z]))
    assert h.FaceAlpha == 0.5 and h.FaceColor == "flat"
    matlab.hold("on")
    view_before = matlab.gca().View.copy()
    m = matlab.trimesh(T, x, y, z, [4, 3, 2, 1])
    np.testing.assert_array_equal(m.FaceVertexCData.ravel(), [4, 3, 2, 1])
    np.testing.assert_array_equal(matlab.gca().View, view_before)
    for bad in ([[1, 2, 5]], [[0, 1, 2]], [[1, 2]], [[1.5, 2, 3]]):
        with pytest.raises(ValueError):
            matlab.trisurf(bad, x, y, z)
    with pytest.raises(ValueError, match="one value per point"):
        matlab.trisurf(T, x, y, z, [1, 2])
