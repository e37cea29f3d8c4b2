"""MATLAB annotations, rectangles, ginput, zoom/pan/rotate3d and ezplot
(compat.matlab.figure_annotation): known values from MATLAB's documented rules, the
drawn picture, bad input, and random expressions against live Octave."""

from __future__ import annotations

import importlib.util
import os
import shutil

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    matlab.dialogs.clear_answers()
    matlab.figure("Visible", "off")
    yield
    matlab.dialogs.clear_answers()
    matlab.close("all")


def test_annotation_shapes_keep_x_y_and_position_in_step():
    a = matlab.annotation("doublearrow", [0.2, 0.6], [0.9, 0.1])
    assert a.Type == "doubleendarrowshape" and a.Head2Style == "vback2"
    np.testing.assert_allclose(a.Position, [[0.2, 0.9, 0.4, -0.8]], rtol=0, atol=1e-16)
    a.Position = [0.1, 0.1, 0.5, 0.25]
    np.testing.assert_array_equal(a.X, [[0.1, 0.6]])
    np.testing.assert_array_equal(a.Y, [[0.1, 0.35]])
    # the shapes live in the hidden annotation pane, not among the axes
    f = matlab.gcf()
    assert all(c.Type != "annotationpane" for c in f.Children)
    pane = matlab.findall(f, "Type", "annotationpane")
    assert len(pane) == 1 and pane[0].Tag == "scribeoverlay" and a.Parent is pane[0]
    for kind, t in (("line", "lineshape"), ("arrow", "arrowshape"),
                    ("textarrow", "textarrowshape"), ("textbox", "textboxshape"),
                    ("rectangle", "rectangleshape"), ("ellipse", "ellipseshape")):
        assert matlab.annotation(kind).Type == t
    box = matlab.annotation(f, "textbox", [0.5, 0.5, 0.2, 0.1], "String", ["a", "b"],
                            "FontSize", 14)
    assert box.String == ["a", "b"] and box.FontSize == 14 and box.FitBoxToText == "off"
    assert box.VerticalAlignment == "top"
    with pytest.raises(CompatError, match="unknown type"):
        matlab.annotation("star")
    with pytest.raises(CompatError, match="Unrecognized property"):
        matlab.annotation("arrow", "Colour", "r")
    n = len(matlab.findall(f, "Type", "arrowshape"))
    with pytest.raises(CompatError, match="2-element"):
        matlab.annotation("arrow", [0.1, 0.2, 0.3], [0.1, 0.2])
    assert len(matlab.findall(f, "Type", "arrowshape")) == n  # no half-made shape


def test_rectangle_object_limits_and_outline():
    r = matlab.rectangle("Position", [-1, 2, 4, 1], "Curvature", 0.4, "FaceColor", "g")
    np.testing.assert_array_equal(r.Curvature, [[0.4, 0.4]])
    np.testing.assert_array_equal(r.FaceColor, [[0, 1, 0]])
    # the corners span the automatic (tick-aligned) limits
    np.testing.assert_array_equal(matlab.xlim(), [[-1, 3]])
    np.testing.assert_array_equal(matlab.ylim(), [[2, 3]])
    xs, ys = r.outline()
    assert xs.min() == pytest.approx(-1) and xs.max() == pytest.approx(3)
    assert ys.min() == pytest.approx(2) and ys.max() == pytest.approx(3)
    # rectangle does not clear the axes (a low-level command)
    matlab.plot([0, 1])
    matlab.rectangle("Position", [0, 0, 1, 1])
    assert len(matlab.gca().Children) == 2
    with pytest.raises(CompatError, match="Curvature"):
        matlab.rectangle("Curvature", [0.5, 2])


def test_drawn_annotations_and_rectangles():
    pytest.importorskip("matplotlib")
    f = matlab.gcf()
    f.Position = [1, 1, 200, 100]
    f.Color = [1, 1, 1]
    matlab.annotation("rectangle", [0.0, 0.0, 0.5, 0.5], "FaceColor", "r")
    ax = matlab.axes("Position", [0.55, 0.05, 0.4, 0.9])
    matlab.rectangle(ax, "Position", [0, 0, 1, 1], "FaceColor", "b", "EdgeColor", "none")
    ax.XLim = [0, 1]
    ax.YLim = [0, 1]
    cdata = matlab.getframe(f)["cdata"]
    np.testing.assert_array_equal(cdata[-10, 10], [255, 0, 0])  # the red annotation
    np.testing.assert_array_equal(cdata[50, 150], [0, 0, 255])  # the blue rectangle
    np.testing.assert_array_equal(cdata[10, 10], [255, 255, 255])


def test_ginput_takes_queued_clicks():
    matlab.dialogs.queue_answers(np.array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]),
                                 [0.5, -1.0, 2], None)
    pts = matlab.ginput(2)
    np.testing.assert_array_equal(pts, [[1, 2], [3, 4]])
    x, y, b = matlab.ginput(nargout=3)
    assert x.shape == (1, 1) and y.item() == -1.0 and b.item() == 2.0
    x, y = matlab.ginput(4, nargout=2)  # None: Return at once
    assert x.shape == (0, 1) and y.shape == (0, 1)
    assert matlab.ginput(1).shape == (0, 2)  # empty queue
    matlab.dialogs.queue_answers([[1.0, 2.0, 3.0, 4.0]])
    with pytest.raises(CompatError, match=r"\[x y button\]"):
        matlab.ginput(1)
    with pytest.raises(CompatError, match="positive integer"):
        matlab.ginput(0.5)


def test_zoom_pan_rotate3d_modes():
    f = matlab.gcf()
    matlab.plot([0, 8], [0, 2])
    matlab.zoom("xon")
    z = matlab.zoom(f)
    assert z.Enable == "on" and z.Motion == "horizontal"
    matlab.zoom(4)  # x only, about the centre
    np.testing.assert_array_equal(matlab.xlim(), [[3, 5]])
    np.testing.assert_array_equal(matlab.ylim(), [[0, 2]])
    matlab.zoom("out")
    np.testing.assert_array_equal(matlab.xlim(), [[0, 8]])
    assert matlab.gca().XLimMode == "auto"
    matlab.pan("on")  # one mode at a time
    assert matlab.pan(f).Enable == "on" and z.Enable == "off"
    matlab.rotate3d()
    assert matlab.rotate3d(f).Enable == "on" and matlab.pan(f).Enable == "off"
    assert matlab.rotate3d(f).RotateStyle == "orbit"
    matlab.zoom()  # toggle
    assert z.Enable == "on"
    matlab.zoom(f, "off")
    assert z.Enable == "off"
    with pytest.raises(CompatError, match="unknown option"):
        matlab.zoom("sideways")
    with pytest.raises(CompatError, match="positive"):
        matlab.zoom(-2)
    with pytest.raises(CompatError, match="unknown option"):
        matlab.rotate3d("xon")


def test_ezplot_forms():
    h = matlab.ezplot(np.sin, [0, 1])
    ax = matlab.gca()
    assert ax.Title.String == "sin(x)"
    np.testing.assert_array_equal(ax.XLim, [[0, 1]])
    x = h.XData.ravel()
    assert x.size == 500 and x[0] == 0 and x[-1] == 1
    np.testing.assert_array_equal(h.YData.ravel(), np.sin(x))
    h = matlab.ezplot(lambda t: t ** 2 + 1)
    assert ax.Title.String == "t ^ 2 + 1" or ax.Title.String.replace(" ", "") == "t^2+1"
    h = matlab.ezplot("exp(-u) .* cos(pi*u)", [0, 2])
    assert matlab.gca().XLabel.String == "u"
    u = h.XData.ravel()
    np.testing.assert_allclose(h.YData.ravel(), np.exp(-u) * np.cos(np.pi * u),
                               rtol=0, atol=4e-16)
    h = matlab.ezplot("2", [0, 1])  # a constant: one value per point
    assert np.all(h.YData == 2)
    with pytest.raises(CompatError, match="implicit"):
        matlab.ezplot("x.^2 + y.^2 - 1")
    with pytest.raises(CompatError, match="cannot read"):
        matlab.ezplot("x; delete('f')")
    with pytest.raises(CompatError, match="a < b"):
        matlab.ezplot("x", [1, 0])


_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")


@pytest.mark.octave
@needs_gnuplot
def test_random_ezplot_domains_against_octave():
    rng = np.random.default_rng(19820)
    exprs = ["sin(x).*x", "x.^3 - 2*x", "exp(-x.^2)", "cos(3*x) + 1", "abs(x) - 2"]
    draws = []
    for k in range(15):
        a = float(rng.uniform(-20, 5))
        b = a + float(rng.uniform(0.01, 30))
        draws.append((exprs[k % len(exprs)], np.array([[a, b]])))
    statements = ("warning('off', 'all'); close all; figure('visible', 'off'); "
                  "h = ezplot(f, d); xd = get(h, 'XData'); yd = get(h, 'YData'); "
                  "xl = get(gca, 'XLim'); close all;")
    results = run_octave([(statements, {"f": e, "d": d}, ("xd", "yd", "xl"))
                          for e, d in draws])
    for k, ((e, d), got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        matlab.close("all")
        matlab.figure("Visible", "off")
        h = matlab.ezplot(e, d)
        # the colon operator's points: bit for bit
        np.testing.assert_array_equal(h.XData, np.atleast_2d(got["xd"]), err_msg=e)
        np.testing.assert_array_equal(matlab.xlim(), np.atleast_2d(got["xl"]))
        # the same elementwise operations on the same points; sin/cos/exp of another
        # libm may differ by an ulp of the result (and x.^3 by numpy's power against
        # Octave's pow): 4 ulps of the largest value
        want = np.atleast_2d(got["yd"])
        np.testing.assert_allclose(h.YData, want, rtol=0,
                                   atol=4 * np.spacing(np.abs(want).max()), err_msg=e)


def test_optional_matplotlib_spec():
    # the drawing tests above need compat[plot]; the object tests never import it
    assert importlib.util.find_spec("compat._core.graphics_annotations") is not None
