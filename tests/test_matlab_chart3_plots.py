"""MATLAB 3-D charts (compat.matlab.chart3_plots): scatter3's properties against MATLAB's
documented defaults, the data given (random draws), the view and bad input."""

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


def test_scatter3_keeps_the_data_and_sets_the_3d_view():
    rng = np.random.default_rng(20111)
    x, y, z = rng.normal(size=(3, 9))
    s = matlab.scatter3(x, y, z)
    # the data are copied exactly, as rows (MATLAB's Scatter vectors)
    np.testing.assert_array_equal(s.XData, x.reshape(1, -1))
    np.testing.assert_array_equal(s.YData, y.reshape(1, -1))
    np.testing.assert_array_equal(s.ZData, z.reshape(1, -1))
    assert s.Type == "scatter" and s.SizeData == 36.0 and s.Marker == "o"
    np.testing.assert_array_equal(matlab.gca().View, [[-37.5, 30.0]])
    # every automatic limit holds the points
    for axis, v in (("XLim", x), ("YLim", y), ("ZLim", z)):
        lo, hi = matlab.get(matlab.gca(), axis).ravel()
        assert lo <= v.min() and v.max() <= hi
    # MATLAB's scatter3 page example 3: matrices are read column by column
    s = matlab.scatter3(np.array([[1, 2], [3, 4]]), np.zeros((2, 2)), np.ones((2, 2)))
    np.testing.assert_array_equal(s.XData, [[1.0, 3.0, 2.0, 4.0]])


def test_scatter3_sizes_colours_and_options():
    s = matlab.scatter3([1, 2, 3], [1, 2, 3], [3, 2, 1], [10, 20, 30], [5, 6, 7],
                        "filled", "s", "MarkerEdgeColor", "k")
    np.testing.assert_array_equal(s.SizeData, [[10.0, 20.0, 30.0]])
    np.testing.assert_array_equal(np.ravel(s.CData), [5.0, 6.0, 7.0])
    assert s.MarkerFaceColor == "flat" and s.Marker == "square"
    np.testing.assert_array_equal(s.MarkerEdgeColor, [[0.0, 0.0, 0.0]])
    s = matlab.scatter3([1, 2], [1, 2], [1, 2], [], "r")
    np.testing.assert_array_equal(s.CData, [[1.0, 0.0, 0.0]])


def test_scatter3_with_hold_keeps_the_view_and_the_axes():
    matlab.plot([1, 2], [3, 4])
    matlab.hold("on")
    s = matlab.scatter3([1, 2], [3, 4], [5, 6])
    np.testing.assert_array_equal(matlab.gca().View, [[0.0, 90.0]])
    assert len(matlab.gca().Children) == 2 and s.Parent is matlab.gca()
    matlab.hold("off")
    ax = matlab.axes()
    matlab.scatter3(ax, [1], [2], [3])
    np.testing.assert_array_equal(ax.View, [[-37.5, 30.0]])


def test_scatter3_bad_input():
    with pytest.raises(CompatError, match="scatter3.*Not enough input arguments"):
        matlab.scatter3([1, 2], [1, 2])
    with pytest.raises(CompatError, match="same length"):
        matlab.scatter3([1, 2], [1, 2], [1, 2, 3])
    with pytest.raises(CompatError, match="S must be"):
        matlab.scatter3([1, 2], [1, 2], [1, 2], [1, 2, 3])


def test_quiver3_scale_and_limits():
    # worked by hand from the 3-D rule: dx = 3/2, dy = 1/2, dz = 3/2, longest arrow
    # sqrt(1 + 4 + 9); GNU Octave 7.3 draws the first arrow's tip at x = 1.5242
    q = matlab.quiver3([[1, 2], [3, 4]], [[1, 2], [1, 2]], [[0, 1], [2, 3]],
                       [[1, 0], [1, 1]], [[0, 1], [1, 2]], [[1, 1], [0, 3]])
    expected = 0.9 * np.sqrt(1.5 ** 2 + 0.5 ** 2 + 1.5 ** 2) / np.sqrt(14.0)
    assert abs(q.scale() - expected) <= 4 * np.spacing(expected)
    assert round(1 + q.scale(), 4) == 1.5242
    np.testing.assert_array_equal(matlab.zlim(), [[0.0, 5.0]])
    np.testing.assert_array_equal(matlab.gca().View, [[-37.5, 30.0]])
    # random vector data (n = m = sqrt(numel)): the rule with the vector spacing
    rng = np.random.default_rng(20112)
    x, y, z, u, v, w = rng.normal(size=(6, 9))
    q = matlab.quiver3(x, y, z, u, v, w, 2)
    d = [np.ptp(a) / 3.0 for a in (x, y, z)]
    expected = 2 * np.sqrt(sum(t * t for t in d)) / np.sqrt(u * u + v * v + w * w).max()
    # a handful of roundings each: 16 ulps is far below any rule change
    assert abs(q.scale() - expected) <= 16 * np.spacing(expected)
    np.testing.assert_array_equal(q.WData, w)
    for axis, start, part in (("XLim", x, u), ("ZLim", z, w)):
        lo, hi = matlab.get(matlab.gca(), axis).ravel()
        tips = start + q.scale() * part
        assert lo <= min(start.min(), tips.min()) and max(start.max(), tips.max()) <= hi
    q = matlab.quiver3([1, 2], [1, 2], [1, 2], [1, 1], [1, 1], [1, 1], "off")
    assert q.AutoScale == "off" and q.scale() == 1.0
    q = matlab.quiver3(np.ones((2, 3)), np.ones((2, 3)), np.ones((2, 3)), np.ones((2, 3)))
    np.testing.assert_array_equal(q.XData, [[1.0, 2.0, 3.0], [1.0, 2.0, 3.0]])
    with pytest.raises(CompatError, match="quiver3.*same size"):
        matlab.quiver3([1, 2], [1, 2], [1, 2], [1, 1], [1, 1], [1, 1, 1])
