"""MATLAB charts (compat.matlab.chart_plots): bar, barh, scatter, errorbar, stem,
stairs, area, histogram, contour, contourf, quiver, read back with get.

Goldens: reference_outputs/matlab/chart_properties (GNU Octave 7.3, headless). Here: unit
tests on values worked by hand from MATLAB's documented rules, bad input, the render
test (saveas draws the charts) and random charts against live Octave (bar, stairs,
errorbar: data, limits, ticks).
"""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from compat import matlab
from compat._core import graphics_scales as gs
from oracles import run_octave


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    yield
    matlab.close("all")


def _fig():
    return matlab.figure("Visible", "off")


# --------------------------------------------------------------------------------------
# known values
# --------------------------------------------------------------------------------------
def test_bar_geometry_by_hand():
    _fig()
    b = matlab.bar([3, 5, 2])
    assert b.Type == "bar" and b.BarWidth == 0.8 and b.BarLayout == "grouped"
    np.testing.assert_array_equal(b.XData, [[1, 2, 3]])
    np.testing.assert_array_equal(b.YData, [[3, 5, 2]])
    np.testing.assert_array_equal(b.FaceColor, [[0, 0.447, 0.741]])
    # edges 0.6 .. 3.4, spacing 0.5: [0.5 3.5]; heights and the baseline 0: [0 5]
    assert matlab.xlim().tolist() == [[0.5, 3.5]] and matlab.ylim().tolist() == [[0, 5]]
    assert matlab.xticks().tolist() == [[1, 2, 3]]
    # three grouped series: group width min(0.8, 3/4.5) = 2/3, slot 2/9, offsets -2/9, 0, 2/9
    b = matlab.bar([[1, 2, 3], [4, 5, 6]])
    assert len(b) == 3
    np.testing.assert_allclose(b[0].XEndPoints, [[1 - 2 / 9, 2 - 2 / 9]], rtol=1e-15)
    np.testing.assert_allclose(b[2].XEndPoints, [[1 + 2 / 9, 2 + 2 / 9]], rtol=1e-15)
    np.testing.assert_array_equal(b[1].FaceColor, [[0.85, 0.325, 0.098]])
    left, right, _, _ = b[0].rectangles()
    # widths from edges near 2: a rounding of the edges, 2 eps absolute
    np.testing.assert_allclose(right - left, [0.8 * 2 / 9] * 2, rtol=0, atol=4 * 2.3e-16)
    # stacked: tips at the running sums; bars at unequal x: slot = smallest gap
    b = matlab.bar([10, 20, 25], [[1, 2], [3, 4], [-1, 5]], "stacked")
    np.testing.assert_array_equal(b[1].YEndPoints, [[3, 7, 4]])
    np.testing.assert_array_equal(b[1].XEndPoints, [[10, 20, 25]])
    left, right, _, _ = b[0].rectangles()
    np.testing.assert_allclose(right - left, [4.0] * 3)           # 0.8 * 5
    # bar(y, width), colour letter, name-value
    b = matlab.bar([1, 2], 0.5, "r", "EdgeColor", "none")
    assert b.BarWidth == 0.5 and b.EdgeColor == "none"
    np.testing.assert_array_equal(b.FaceColor, [[1, 0, 0]])
    b = matlab.barh([3, -5, 2])
    assert b.Horizontal == "on"
    assert matlab.xlim().tolist() == [[-6, 4]] and matlab.ylim().tolist() == [[0.5, 3.5]]
    assert matlab.yticks().tolist() == [[1, 2, 3]]


def test_scatter_errorbar_stem_area():
    _fig()
    s = matlab.scatter([1, 2, 3], [4, 5, 7], [10, 20, 30], "r", "d")
    assert s.Type == "scatter" and s.Marker == "diamond"
    np.testing.assert_array_equal(s.SizeData, [[10, 20, 30]])
    np.testing.assert_array_equal(s.CData, [[1, 0, 0]])
    assert s.MarkerFaceColor == "none" and s.MarkerEdgeColor == "flat"
    s = matlab.scatter([1, 2, 3], [4, 5, 7], [], [0.5, 1, 2], "filled")
    np.testing.assert_array_equal(s.CData, [[0.5, 1, 2]])
    assert s.SizeData == 36.0 and s.MarkerFaceColor == "flat"
    matlab.hold("on")
    s2 = matlab.scatter([0, 1], [0, 1])
    # explicit colours took no turn of the colour order (as plot's LineSpec colours)
    np.testing.assert_array_equal(s2.CData, [[0, 0.447, 0.741]])
    matlab.hold("off")
    e = matlab.errorbar([1, 2, 3], [4, 5, 7], [0.5, 1, 1], [1, 2, 3])
    np.testing.assert_array_equal(e.YNegativeDelta, [[0.5, 1, 1]])
    np.testing.assert_array_equal(e.YPositiveDelta, [[1, 2, 3]])
    assert e.XNegativeDelta.size == 0
    assert matlab.ylim().tolist() == [[3, 10]] and matlab.xlim().tolist() == [[1, 3]]
    e = matlab.errorbar([1, 2, 3], [4, 5, 7], [0.5, 1, 1], "horizontal")
    np.testing.assert_array_equal(e.XNegativeDelta, [[0.5, 1, 1]])
    assert matlab.xlim().tolist() == [[0.5, 4]]
    e = matlab.errorbar([4, 5, 7], [1, 1, 1], "ro")
    assert e.LineStyle == "none" and e.Marker == "o"
    np.testing.assert_array_equal(e.Color, [[1, 0, 0]])
    h = matlab.stem([1, 2, 3], [-4, 5, 7], "filled")
    np.testing.assert_array_equal(h.MarkerFaceColor, h.Color)
    assert matlab.ylim().tolist() == [[-4, 8]]       # -4 .. 7 and the baseline, step 2
    h = matlab.stem([4, 5, 7], "BaseValue", 2)
    assert h.BaseValue == 2.0
    a = matlab.area([1, 2, 3], [[1, 2], [3, 1], [2, 2]], -1)
    np.testing.assert_array_equal(a[0].bounds()[0], [-1, -1, -1])
    np.testing.assert_array_equal(a[1].bounds()[1], [3, 4, 4])
    assert matlab.ylim().tolist() == [[-1, 4]]


def test_stairs_expansion():
    xb, yb = matlab.stairs([1, 2, 3], [4, 5, 7], nargout=2)
    np.testing.assert_array_equal(xb, [[1], [2], [2], [3], [3]])
    np.testing.assert_array_equal(yb, [[4], [4], [5], [5], [7]])
    xb, yb = matlab.stairs([[1, 10], [2, 20]], nargout=2)          # matrix: columns
    np.testing.assert_array_equal(xb, [[1, 1], [2, 2], [2, 2]])
    np.testing.assert_array_equal(yb, [[1, 10], [1, 10], [2, 20]])
    xb, yb = matlab.stairs([5], nargout=2)
    assert xb.tolist() == [[1]] and yb.tolist() == [[5]]
    _fig()
    h = matlab.stairs([1, 2, 3], [4, 5, 7], "r--")
    assert h.Type == "stair" and h.LineStyle == "--"
    assert matlab.ylim().tolist() == [[4, 7]]


def test_histogram_uses_histcounts_rule():
    _fig()
    rng = np.random.default_rng(5150)
    x = rng.normal(size=200)
    h = matlab.histogram(x)
    counts, edges = matlab.histcounts(x, nargout=2)
    np.testing.assert_array_equal(h.BinCounts.ravel(), np.ravel(counts))
    np.testing.assert_array_equal(h.BinEdges.ravel(), np.ravel(edges))
    assert h.NumBins == edges.size - 1 and h.Normalization == "count"
    assert h.FaceAlpha == 0.6 and h.BinMethod == "auto"
    h.NumBins = 7
    assert h.NumBins == 7.0 and h.BinCounts.sum() == 200 and h.BinMethod == "manual"
    h.Normalization = "pdf"
    width = np.diff(h.BinEdges.ravel())
    np.testing.assert_allclose((h.Values.ravel() * width).sum(), 1.0, rtol=1e-14)
    h = matlab.histogram([1, 2, 2, 3, 10], [0, 2, 4, 12], "FaceColor", "r")
    np.testing.assert_array_equal(h.BinCounts, [[1, 3, 1]])
    assert h.BinWidth == "nonuniform"
    np.testing.assert_array_equal(h.FaceColor, [[1, 0, 0]])
    assert matlab.xlim().tolist() == [[0, 12]] and matlab.ylim().tolist() == [[0, 3]]
    h = matlab.histogram([1, 2, 2, 3], "BinWidth", 0.5, "Normalization", "probability")
    assert h.BinWidth == 0.5
    np.testing.assert_allclose(h.Values.sum(), 1.0)


def test_contour_and_quiver():
    _fig()
    z = np.array([[0.0, 1, 2], [1, 2, 3], [2, 3, 4]])
    m, c = matlab.contour(z, [1.5, 2.5], nargout=2)
    np.testing.assert_array_equal(m, matlab.contourc(z, [1.5, 2.5]))
    assert c.LevelListMode == "manual" and c.Fill == "off"
    assert matlab.xlim().tolist() == [[1, 3]] and matlab.ylim().tolist() == [[1, 3]]
    c = matlab.contour([10, 20, 30], [0, 1, 2], z)
    np.testing.assert_array_equal(c.ContourMatrix, matlab.contourc([10, 20, 30], [0, 1, 2], z))
    assert c.LevelListMode == "auto"
    assert matlab.xlim().tolist() == [[10, 30]]
    c = matlab.contourf(z, 3)
    np.testing.assert_array_equal(c.LevelList, [[1, 2, 3]])
    # quiver: dx = 2/3, dy = 1/2, longest arrow hypot(6, 1) -> 0.9 / (sqrt(37) / sqrt(25/36))
    u = np.array([[1.0, 2, 3], [4, 5, 6]])
    q = matlab.quiver([1, 2, 3], [1, 2], u, np.ones((2, 3)))
    np.testing.assert_allclose(q.scale(), 0.9 * (5 / 6) / np.sqrt(37), rtol=1e-15)
    q = matlab.quiver(u, np.ones((2, 3)), 0)
    assert q.AutoScale == "off" and q.scale() == 1.0
    assert matlab.xlim().tolist() == [[0, 10]]      # the arrows reach 3 + 6: tick-aligned
    q = matlab.quiver(u, np.ones((2, 3)), 2, "r")
    assert q.AutoScaleFactor == 2.0
    np.testing.assert_array_equal(q.Color, [[1, 0, 0]])


def test_pie_wedges_labels_and_box():
    _fig()
    p = matlab.pie([1, 2, 3])           # shares 1/6, 1/3, 1/2
    assert [h.Type for h in p] == ["patch", "text"] * 3
    assert [t.String for t in p[1::2]] == ["17%", "33%", "50%"]
    # n = ceil(100 * share) steps: 17, 34, 50; the outline: centre, n + 1 arc points, centre
    assert [h.XData.shape for h in p[::2]] == [(20, 1), (37, 1), (53, 1)]
    xd, yd = p[0].XData.ravel(), p[0].YData.ravel()
    assert xd[0] == 0 and yd[0] == 0 and xd[-1] == 0 and yd[-1] == 0
    np.testing.assert_allclose([xd[1], yd[1]], [0, 1], atol=1e-16)       # from 90 degrees
    np.testing.assert_allclose(np.hypot(xd[1:-1], yd[1:-1]), 1, rtol=1e-15)
    # the first label at 1.2 radii along 90 + 30 degrees
    np.testing.assert_allclose(p[1].Position, [[1.2 * np.cos(2 * np.pi / 3),
                                                1.2 * np.sin(2 * np.pi / 3), 0]], rtol=1e-15)
    assert matlab.gca().Visible == "off"
    p = matlab.pie([0.004, 0.5], [1, 0], ["a", "b"])         # partial pie, exploded, labels
    assert [t.String for t in p[1::2]] == ["a", "b"]
    mid = np.pi / 2 + 0.004 * np.pi
    np.testing.assert_allclose(p[1].Position, [[1.3 * np.cos(mid), 1.3 * np.sin(mid), 0]],
                               rtol=1e-14)
    assert matlab.pie([0.004, 0.5])[1].String == "< 1%"
    with pytest.raises(ValueError, match="^pie: X must contain nonnegative"):
        matlab.pie([1, -2])
    # the box: on around charts in fresh axes (as plot), off for scatter (GNU Octave 7.3)
    matlab.bar([1, 2])
    assert matlab.gca().Box == "on"
    matlab.scatter([1, 2], [1, 2])
    assert matlab.gca().Box == "off"


def test_inputs_unchanged_and_errors():
    _fig()
    y = np.array([[3.0, 1.0], [2.0, 5.0]])
    y.setflags(write=False)
    b = matlab.bar(y)
    b[0].YData[0, 0] = 99           # a copy
    assert y[0, 0] == 3.0 and b[0].YData[0, 0] == 3.0
    matlab.bar(np.array([3.0, 1.0], dtype=">f8"))
    with pytest.raises(ValueError, match="^bar: X must be the same length"):
        matlab.bar([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="^scatter: X and Y must be vectors"):
        matlab.scatter([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="^errorbar: The error data"):
        matlab.errorbar([1, 2, 3], [1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match="^contour: Z must be at least a 2x2"):
        matlab.contour([1, 2, 3])
    with pytest.raises(ValueError, match="read-only"):
        matlab.histogram([1, 2]).set("BinCounts", [1])
    with pytest.raises(ValueError, match="Unrecognized property 'Nope'"):
        matlab.bar([1, 2]).Nope = 1


def test_render_draws_the_charts(tmp_path):
    pytest.importorskip("matplotlib")
    from compat._core.graphics_render import build_figure
    f = _fig()
    matlab.subplot(2, 2, 1)
    matlab.bar([[1, 2], [3, 4]])
    matlab.subplot(2, 2, 2)
    matlab.histogram([1, 2, 2, 3, 3, 3])
    matlab.subplot(2, 2, 3)
    matlab.errorbar([1, 2], [1, 2], [0.5, 0.5])
    matlab.subplot(2, 2, 4)
    matlab.quiver([[1, 2]], [[1, 1]])
    matlab.figure("Visible", "off")
    matlab.pie([1, 2, 3])
    matlab.saveas(matlab.gcf(), str(tmp_path / "pie.png"))
    assert (tmp_path / "pie.png").stat().st_size > 1000
    name = tmp_path / "charts.png"
    matlab.saveas(f, str(name))
    assert name.read_bytes()[:4] == b"\x89PNG"
    _, drawn = build_figure(f)
    counts = sorted(len(m.patches) for m in drawn.values())
    assert counts == [0, 0, 3, 4]            # 4 bars, 3 histogram bins
    for ax, max_ in drawn.items():
        np.testing.assert_array_equal(max_.get_xlim(), ax.XLim.ravel())
        np.testing.assert_array_equal(max_.get_ylim(), ax.YLim.ravel())


# --------------------------------------------------------------------------------------
# random charts against live Octave
# --------------------------------------------------------------------------------------
_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")

_STATEMENTS = (
    "warning('off', 'all'); close all; figure('visible', 'off');"
    " b = bar(xb, yb); bxl = get(gca, 'XLim'); byl = get(gca, 'YLim');"
    " bxt = get(gca, 'XTick'); bxd = get(b, 'XData'); byd = get(b, 'YData');"
    " [sx, sy] = stairs(xs, ys);"
    " e = errorbar(xs, ys, es); eyl = get(gca, 'YLim'); el = get(e, 'LData');"
    " eu = get(e, 'UData'); close all;")
_OUTPUTS = ["bxl", "byl", "bxt", "bxd", "byd", "sx", "sy", "eyl", "el", "eu"]


def _octave_retick(limits):
    """``limits`` widened to the ticks once more, as Octave 7.3 does to a bar chart's
    x limits after drawing it: __bar__.m sets the baseline's XData to the x limits, and
    a changed child makes the axes widen their *current* limits with its range
    (graphics.cc, ``axes::update_axis_limits(type, h)``), here with nothing (the
    baseline has XLimInclude 'off'). -3 * 0.2 = -0.6000000000000001 -> [-0.8 0.8]
    -> [-1 1]."""
    lo, hi = np.ravel(limits)
    return np.array(gs.auto_scale([np.array([lo, hi])])[:2])


def _octave_bar_limits(series, axis):
    """The limits Octave 7.3 leaves on a bar chart of several series (MATLAB's are the
    data's). __bar__.m adds one hggroup per series: adopting a new hggroup recomputes
    the limits from all the data so far (graphics.cc ``axes::properties::adopt``), but
    the series' patch then arrives through its hggroup and only widens the *current*
    limits by its own range (``axes::update_axis_limits(type, h)``). The last series
    therefore meets limits already widened to the ticks of the others: Y = [1.498
    -0.517; 0.752 -0.115] gives [-1 2] where the data give [-1 1.5] (and Octave too,
    once a new child makes it recompute). x is widened once more (:func:`_octave_retick`)."""
    def data(chosen):
        return [np.asarray(v, dtype=np.float64).ravel()
                for c in chosen for v in c.limit_data(axis)]
    before = gs.auto_scale(data(series[:-1]))[:2]
    limits = np.array(gs.auto_scale(data(series[-1:]) + [np.array(before)])[:2])
    return _octave_retick(limits) if axis == "x" else limits


def _draw(rng):
    n = int(rng.integers(2, 12))
    scale = 10.0 ** rng.uniform(-3, 4)
    xb = np.sort(rng.choice(np.arange(-20, 40), n, replace=False)).astype(float)
    if rng.random() < 0.5:
        xb = np.arange(1.0, n + 1)
    yb = scale * (rng.normal(size=n) + rng.choice([0.0, 2.0]))
    xs = np.sort(rng.normal(size=n) * 10.0 ** rng.uniform(-2, 3))
    ys = scale * rng.normal(size=n)
    es = np.abs(scale * rng.normal(size=n))
    return {"xb": xb.reshape(1, -1), "yb": yb.reshape(1, -1), "xs": xs.reshape(1, -1),
            "ys": ys.reshape(1, -1), "es": es.reshape(1, -1)}


def _compat(d):
    matlab.close("all")
    _fig()
    b = matlab.bar(d["xb"], d["yb"])
    out = {"bxl": matlab.xlim(), "byl": matlab.ylim(), "bxt": matlab.xticks(),
           "bxd": b.XData, "byd": b.YData}
    out["sx"], out["sy"] = matlab.stairs(d["xs"], d["ys"], nargout=2)
    e = matlab.errorbar(d["xs"], d["ys"], d["es"])
    out.update(eyl=matlab.ylim(), el=e.LData, eu=e.UData)
    return out


@pytest.mark.octave
@needs_gnuplot
def test_random_charts_against_octave():
    rng = np.random.default_rng(17690)
    draws = [_draw(rng) for _ in range(60)]
    results = run_octave([(_STATEMENTS, d, _OUTPUTS) for d in draws])
    for k, (d, got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        mine = _compat(d)
        for name in _OUTPUTS:
            want = np.asarray(got[name], dtype=np.float64)
            if name == "bxl":
                # Octave's x limits of a bar chart are widened once more; where that
                # moves them, compat keeps MATLAB's (the data's)
                np.testing.assert_array_max_ulp(_octave_retick(mine[name]), want.ravel(),
                                                maxulp=1)
                if not np.array_equal(_octave_retick(mine[name]), np.ravel(mine[name])):
                    continue
            have = np.asarray(mine[name], dtype=np.float64)
            if name in ("bxd", "byd", "el", "eu"):
                # Octave keeps a bar's/error bar's data as a column, MATLAB a row
                want, have = want.ravel(), have.ravel()
            assert have.shape == np.atleast_2d(want).shape or have.shape == want.shape, \
                (k, name, have, want)
            # limits and ticks: k * sep with sep = m * 10^b, one rounding each as
            # Octave's; 1 ulp covers another libm's pow(10, b). Data: exact.
            np.testing.assert_array_max_ulp(have.ravel(), want.ravel(), maxulp=1)


_MATRIX_STATEMENTS = (
    "warning('off', 'all'); close all; figure('visible', 'off');"
    " bar(Y); gxl = get(gca, 'XLim'); gyl = get(gca, 'YLim');"
    " hold on; plot(1, 0); fgyl = get(gca, 'YLim'); hold off;"
    " bar(abs(Y), 'stacked'); syl = get(gca, 'YLim');"
    " hold on; plot(1, 0); fsyl = get(gca, 'YLim'); hold off;"
    " stem(y); tyl = get(gca, 'YLim'); txl = get(gca, 'XLim');"
    " area(abs(Y)); ayl = get(gca, 'YLim'); close all;")
# f*yl: the limits once a new child (a point inside the bars) makes Octave recompute
# them from all the data
_MATRIX_OUTPUTS = ["gxl", "gyl", "fgyl", "syl", "fsyl", "tyl", "txl", "ayl"]


@pytest.mark.octave
@needs_gnuplot
def test_random_grouped_stacked_charts_against_octave():
    # grouped bars (n series share min(0.8, n/(n+1.5)) of a slot), stacked sums, stem
    # and stacked-area baselines: the limits Octave 7.3 computes for the same pictures
    # (Y has at least 2 rows: Octave's area of a row differs from MATLAB's one curve)
    rng = np.random.default_rng(17691)
    draws = []
    for _ in range(40):
        m, n = int(rng.integers(2, 8)), int(rng.integers(2, 5))
        draws.append({"Y": rng.normal(size=(m, n)) * 10.0 ** rng.uniform(-2, 3),
                      "y": rng.normal(size=(1, m)) * 10.0 ** rng.uniform(-2, 3)})
    results = run_octave([(_MATRIX_STATEMENTS, d, _MATRIX_OUTPUTS) for d in draws])
    history = 0
    for k, (d, got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        matlab.close("all")
        _fig()
        b = matlab.bar(d["Y"])
        mine = {"gxl": matlab.xlim(), "gyl": matlab.ylim(), "fgyl": matlab.ylim()}
        octave = {"gxl": _octave_bar_limits(b, "x"), "gyl": _octave_bar_limits(b, "y")}
        b = matlab.bar(np.abs(d["Y"]), "stacked")
        mine["syl"] = mine["fsyl"] = matlab.ylim()
        octave["syl"] = _octave_bar_limits(b, "y")
        matlab.stem(d["y"])
        mine.update(tyl=matlab.ylim(), txl=matlab.xlim())
        matlab.area(np.abs(d["Y"]))
        mine["ayl"] = matlab.ylim()
        for name in _MATRIX_OUTPUTS:
            want = np.ravel(got[name]).astype(np.float64)
            # limits are k * sep with sep = m * 10^b: 1 ulp for another libm's pow
            try:
                if name in octave:
                    # Octave's limits as left by its bar: the data's widened in two steps;
                    # where that differs from the data's own, compat keeps MATLAB's
                    # (checked on the y axes against Octave's own recomputation, f*yl)
                    np.testing.assert_array_max_ulp(octave[name], want, maxulp=1)
                    if not np.array_equal(octave[name], np.ravel(mine[name])):
                        history += 1
                        continue
                assert np.ravel(mine[name]).shape == want.shape
                np.testing.assert_array_max_ulp(np.ravel(mine[name]), want, maxulp=1)
            except AssertionError:
                raise AssertionError((k, name, mine[name], want, d)) from None
    # 800 draws against Octave 7.3: 24 y limits shaped by the history, no x limits
    assert history <= 12, history
