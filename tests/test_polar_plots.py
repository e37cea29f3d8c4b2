"""MATLAB's legacy polar (compat.matlab.polar_plots): the lines, MATLAB's grid and
limits (worked by hand from polar's rules), and the lines against live Octave."""

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


def test_polar_grid_and_limits(fig):
    # max |rho| = 3: automatic limits of [-3 3] are [-3 3] with ticks -3:3, four of
    # them >= 0, so 3 circles (radii 1, 2, 3), six spokes, labels, a background patch
    h = matlab.polar([0, np.pi / 2, np.pi], [1, 2, -3])
    ax = matlab.gca()
    assert ax.XLim.tolist() == [[-3, 3]]
    np.testing.assert_allclose(ax.YLim, [[-3.45, 3.45]], rtol=1e-15)
    assert ax.Visible == "off" and ax.View.tolist() == [[0, 90]]
    hidden = [c for c in ax._children if c._props.get("HandleVisibility") == "off"]
    lines = [c for c in hidden if c.Type == "line"]
    texts = [c for c in hidden if c.Type == "text"]
    assert len(lines) == 3 + 6 and len(texts) == 3 + 12
    circles = sorted((float(np.max(c.XData)), c.LineStyle) for c in lines
                     if c.XData.size == 101)
    np.testing.assert_allclose([r for r, _ in circles], [1, 2, 3], rtol=1e-15)
    assert [style for _, style in circles] == [":", ":", "-"]
    assert sorted(t.String for t in texts if "  " not in t.String) == sorted(
        str(d) for d in [0] + list(range(30, 331, 30)))
    np.testing.assert_allclose(h.XData, [[1, 2 * np.cos(np.pi / 2), 3]], atol=1e-15)
    assert list(ax.Children) == [h[0]]   # the grid is hidden


def test_polar_forms_and_errors(fig):
    h = matlab.polar(np.array([[1.0], [2.0], [3.0]]))   # a column: theta (1:3)'
    np.testing.assert_allclose(h.XData, [np.arange(1, 4) * np.cos(np.arange(1, 4))])
    h = matlab.polar(np.zeros((2, 3)), np.ones((2, 3)), "k")
    assert len(h) == 3 and h[2].Color.tolist() == [[0, 0, 0]]
    with pytest.raises(ValueError, match="polar: THETA and RHO must be the same size"):
        matlab.polar([1, 2, 3], np.ones((3, 2)))
    with pytest.raises(ValueError, match="polar: Not enough input arguments"):
        matlab.polar()
    with pytest.raises(ValueError, match="polar: Too many input arguments"):
        matlab.polar(1, 2, "r", 4)


@pytest.mark.octave
def test_polar_lines_against_octave(fig):
    rng = np.random.default_rng(2047)
    cases, ours = [], []
    for _ in range(6):
        m, n = (int(t) for t in rng.integers(1, 6, 2))
        theta = rng.uniform(-7, 7, (m, n))
        rho = rng.uniform(-5, 5, (m, n))
        cases.append(("close all; figure('visible', 'off'); h = polar(t, r); "
                      "x = cell2mat(get(h, 'xdata')); y = cell2mat(get(h, 'ydata'));"
                      if m > 1 and n > 1 else
                      "close all; figure('visible', 'off'); h = polar(t, r); "
                      "x = get(h, 'xdata'); y = get(h, 'ydata');",
                      {"t": theta, "r": rho}, ["x", "y"]))
        matlab.close("all")
        matlab.figure("Visible", "off")
        h = matlab.polar(theta, rho)
        ours.append((np.vstack([g.XData for g in h]), np.vstack([g.YData for g in h])))
    for got, (x, y) in zip(run_octave(cases, setup="warning('off', 'all');"), ours):
        # one libm cos/sin and one product per value
        np.testing.assert_allclose(x, got["x"].reshape(x.shape), rtol=1e-15, atol=1e-15)
        np.testing.assert_allclose(y, got["y"].reshape(y.shape), rtol=1e-15, atol=1e-15)
