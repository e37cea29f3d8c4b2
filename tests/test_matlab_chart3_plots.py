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
