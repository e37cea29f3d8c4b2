"""MATLAB graphics (compat.matlab.graphics): the object model, read back with get.

Goldens: reference_outputs/matlab/graphics_properties (GNU Octave 7.3, headless, and
MATLAB's printed subplot positions). Here: unit tests on known values, bad input, the
render test (saveas writes a picture whose matplotlib axes show the model's limits), and
random plots against live Octave (limits, ticks, colours, line data).
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


# --------------------------------------------------------------------------------------
# the model on known values
# --------------------------------------------------------------------------------------
def test_linespec_parsing():
    assert gs.parse_linespec("r--o")[:2] == ("--", "o")
    np.testing.assert_array_equal(gs.parse_linespec("r--o")[2], [[1, 0, 0]])
    assert gs.parse_linespec("-.")[:2] == ("-.", None)
    assert gs.parse_linespec(".-")[:2] == ("-", ".")        # point markers, solid line
    assert gs.parse_linespec("x")[:2] == (None, "x")
    assert gs.parse_linespec("ks")[1] == "square"
    assert gs.parse_linespec("k")[0] is None
    assert gs.parse_linespec("LineWidth") is None            # a property name
    assert gs.parse_linespec("Color") is None
    assert gs.parse_linespec("rr") is None                   # two colours


def test_tick_spacing_steps():
    # (hi - lo)/5 rounded to 1, 2, 5, 10 x 10^k at sqrt(2), sqrt(10), sqrt(50)
    assert gs.tick_spacing(0, 5) == 1
    assert gs.tick_spacing(0, 7.0) == 1       # 1.4 < sqrt(2)
    assert gs.tick_spacing(0, 7.08) == 2      # 1.416 > sqrt(2)
    assert gs.tick_spacing(0, 15.8) == 2      # 3.16 < sqrt(10)
    assert gs.tick_spacing(0, 15.9) == 5
    assert gs.tick_spacing(0, 35.4) == 10     # 7.08 > sqrt(50)
    assert gs.tick_spacing(0, 0.4) == 0.1


def test_auto_limits_known_values():
    # plot([1 2 3]): limits [1 3], ticks every 0.5 (Octave 7.3 and the doctest of plot)
    lo, hi, ticks = gs.auto_scale([np.array([1.0, 2.0, 3.0])])
    assert (lo, hi) == (1.0, 3.0)
    np.testing.assert_array_equal(ticks, [[1, 1.5, 2, 2.5, 3]])
    # the second pass can step up: [-12, 6] -> [-15, 10] (sep 5)
    assert gs.auto_limits([np.array([-11.8, 5.9])]) == (-15.0, 10.0)
    # constant data and no data
    assert gs.auto_limits([np.array([5.0, 5.0])]) == pytest.approx((4.4, 5.6), abs=1e-15)
    assert gs.auto_limits([np.array([0.0])]) == (-1.0, 1.0)
    assert gs.auto_limits([np.array([np.nan, np.inf])]) == (0.0, 1.0)


def test_subplot_positions_are_matlabs_printed_values():
    printed = {(2, 2, 1): [0.1300, 0.5838, 0.3347, 0.3412],
               (2, 2, 2): [0.5703, 0.5838, 0.3347, 0.3412],
               (2, 2, 4): [0.5703, 0.1100, 0.3347, 0.3412],
               (3, 3, 1): [0.1300, 0.7093, 0.2134, 0.2157],
               (3, 3, 3): [0.6916, 0.7093, 0.2134, 0.2157],
               (2, 3, 2): [0.4108, 0.5838, 0.2134, 0.3412]}
    for (m, n, p), want in printed.items():
        np.testing.assert_allclose(gs.subplot_position(m, n, p), [want], atol=5e-5)
    np.testing.assert_array_equal(gs.subplot_position(1, 1, 1),
                                  [[0.13, 0.11, 0.775, 0.815]])
    matlab.figure("Visible", "off")
    a1 = matlab.subplot(2, 2, 1)
    a2 = matlab.subplot(222)
    assert matlab.subplot(2, 2, 1) is a1 and matlab.gca() is a1   # reselected
    matlab.subplot(2, 2, [1, 2])                                  # overlaps both
    assert not a1.isvalid() and not a2.isvalid()


def test_hold_grid_box_share_one_switch_grammar():
    # MATLAB's hold/grid/box: 'on', 'off', no word toggles, a leading axes handle; hold
    # also takes 'all' (= on), grid 'minor' (toggles the minor grid); any other word is
    # refused with the words each takes
    f = matlab.figure("Visible", "off")
    ax = matlab.gca()
    try:
        for name, prop, on in (("hold", "NextPlot", "add"), ("grid", "XGrid", "on"),
                               ("box", "Box", "on")):
            fun = getattr(matlab, name)
            fun("off")
            assert ax._props[prop] != on
            fun()
            assert ax._props[prop] == on
            fun(ax)
            assert ax._props[prop] != on
            fun(ax, "ON")
            assert ax._props[prop] == on
        matlab.hold("off"); matlab.hold("all")
        assert bool(matlab.ishold())
        matlab.grid("minor")
        assert ax.XMinorGrid == "on" and ax.YMinorGrid == "on"
        matlab.grid("minor")
        assert ax.XMinorGrid == "off"
        with pytest.raises(ValueError, match=r"^hold: Unknown option 'x': use 'on' or 'off'$"):
            matlab.hold("x")
        with pytest.raises(ValueError, match=r"^grid: Unknown option 'x': use 'on', 'off' "
                                             r"or 'minor'$"):
            matlab.grid("x")
        with pytest.raises(ValueError, match=r"^box: Unknown option 3: use 'on' or 'off'$"):
            matlab.box(3)
    finally:
        matlab.close(f)


def test_plot_resets_unless_hold_and_cycles_colours():
    matlab.figure("Visible", "off")
    h = matlab.plot(np.arange(12.0).reshape(4, 3))
    assert len(h) == 3
    np.testing.assert_array_equal(h[2].Color, gs.COLOR_ORDER[2:3])
    matlab.xlim([0, 10])
    matlab.hold("on")
    h2 = matlab.plot([1, 2], [0, 1])
    np.testing.assert_array_equal(h2.Color, gs.COLOR_ORDER[3:4])
    assert matlab.get(matlab.gca(), "XLimMode") == "manual"
    assert len(matlab.gca().Children) == 4
    matlab.hold("off")
    h3 = matlab.plot([1, 2], [0, 1])
    assert matlab.gca().XLimMode == "auto" and len(matlab.gca().Children) == 1
    np.testing.assert_array_equal(h3.Color, gs.COLOR_ORDER[:1])
    # eight lines wrap around the seven colours
    h8 = matlab.plot(np.zeros((2, 8)))
    np.testing.assert_array_equal(h8[7].Color, gs.COLOR_ORDER[:1])


def test_property_lookup_case_and_prefixes():
    matlab.figure("Visible", "off")
    h = matlab.plot([1, 2, 3])
    assert matlab.get(h, "linestyle") == matlab.get(h, "LINES") == "-"
    assert matlab.get(matlab.gca(), "xlimm") == "auto"
    h.color = "k"
    np.testing.assert_array_equal(h.Color, [[0, 0, 0]])
    matlab.set(h, {"LineWidth": 3})
    assert h.LineWidth == 3.0
    got = matlab.get(h)
    assert isinstance(got, dict) and got["Marker"] == "none" and "XData" in got
    with pytest.raises(ValueError, match=r"^get: Unrecognized property 'Colour' for "
                                         r"class 'matlab.graphics.chart.primitive.Line'"):
        matlab.get(h, "Colour")
    with pytest.raises(ValueError, match=r"^get: Ambiguous line property: 'mark'"):
        matlab.get(h, "mark")
    with pytest.raises(ValueError, match=r"^set: Error setting property 'Color'"):
        matlab.set(h, "Color", [2, 0, 0])
    with pytest.raises(ValueError, match=r"^set: Unable to set the 'Type' property"):
        matlab.set(h, "Type", "axes")
    with pytest.raises(ValueError, match=r"^set: Name-value arguments must come in pairs"):
        matlab.set(h, "Color")


def test_handles_figures_and_errors():
    f1 = matlab.figure("Visible", "off")
    f2 = matlab.figure("Visible", "off")
    assert (int(f1), int(f2)) == (1, 2) and matlab.get(f2, "Number") == 2.0
    matlab.close(f1)
    f3 = matlab.figure("Visible", "off")
    assert int(f3) == 1                      # the lowest free number
    assert matlab.get(2, "Number") == 2.0    # a figure by its number
    assert bool(matlab.ishandle(0)) and not bool(matlab.ishandle(f1))
    np.testing.assert_array_equal(matlab.ishandle([f2, f1, 5]), [True, False, False])
    with pytest.raises(ValueError, match=r"^get: Invalid or deleted object"):
        matlab.get(f1, "Name")
    with pytest.raises(ValueError, match=r"^figure: Figure number must be a positive"):
        matlab.figure(0.5)
    with pytest.raises(ValueError, match=r"^plot: Vectors must be the same length"):
        matlab.plot([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match=r"^plot: Not enough input arguments"):
        matlab.plot()
    with pytest.raises(ValueError, match=r"^subplot: Index exceeds number of subplots"):
        matlab.subplot(2, 2, 5)
    with pytest.raises(ValueError, match=r"^axis: Limits must be"):
        matlab.axis([0, 1, 2])
    with pytest.raises(ValueError, match=r"^xlim: Error setting|^xlim: Value must be"):
        matlab.xlim([3, 1])
    with pytest.raises(TypeError, match=r"^plot: Y must be numeric"):
        matlab.plot(np.array(["a", "b"]))
    matlab.close("all")
    assert not matlab.groot().Children


def test_plot_inputs_are_not_modified_and_any_layout_reads():
    y = np.array([3.0, 1.0, 2.0]).astype(">f8")
    y.setflags(write=False)
    matlab.figure("Visible", "off")
    h = matlab.plot(y, "o")
    assert h.YData.dtype == np.float64 and h.YData.dtype.isnative
    np.testing.assert_array_equal(h.YData, [[3, 1, 2]])
    data = np.arange(12.0).reshape(3, 4)[:, ::2]   # strided
    h2 = matlab.plot(np.asfortranarray(data))
    np.testing.assert_array_equal(h2[1].YData, [data[:, 1]])
    h2[0].YData[0, 0] = 99                          # a copy: the model is untouched
    assert h2[0].YData[0, 0] == 0


def test_legend_labels_and_axis_forms():
    matlab.figure("Visible", "off")
    h = matlab.plot([1, 2], [3, 4], [1, 2], [4, 3])
    lgd = matlab.legend("up", "down", "Location", "southwest")
    assert lgd.String == ["up", "down"] and lgd.Location == "southwest"
    assert h[1].DisplayName == "down"
    assert matlab.legend("off") is None and matlab.gca().Legend is None
    np.testing.assert_array_equal(matlab.axis([0, np.inf, -1, 10]), [[0, 2, -1, 10]])
    assert matlab.xlim("mode") == "manual"
    matlab.axis("ij")
    assert matlab.gca().YDir == "reverse"
    t = matlab.title(["two", "lines"])     # a cell: two lines
    assert t.String == ["two", "lines"]


# --------------------------------------------------------------------------------------
# the picture
# --------------------------------------------------------------------------------------
def test_saveas_draws_the_models_limits(tmp_path):
    pytest.importorskip("matplotlib")
    from compat._core.graphics_render import build_figure
    f = matlab.figure("Visible", "off")
    matlab.subplot(2, 1, 1)
    matlab.plot([1, 5, 2], "r--o")
    matlab.title("top"); matlab.grid("on")
    ax2 = matlab.subplot(2, 1, 2)
    matlab.plot(np.linspace(-3, 7, 11), np.linspace(0, 1, 11) ** 2)
    matlab.ylim([-0.25, 1.5])
    name = tmp_path / "fig.png"
    matlab.saveas(f, str(name))
    assert name.stat().st_size > 1000 and name.read_bytes()[:4] == b"\x89PNG"
    mfig, drawn = build_figure(f)
    for ax, max_ in drawn.items():
        np.testing.assert_array_equal(max_.get_xlim(), ax.XLim.ravel())
        np.testing.assert_array_equal(max_.get_ylim(), ax.YLim.ravel())
        np.testing.assert_array_equal(max_.get_xticks(), ax.XTick.ravel())
        np.testing.assert_allclose(max_.get_position().bounds, ax.Position.ravel(),
                                   atol=1e-12)
    assert drawn[ax2].get_ylim() == (-0.25, 1.5)
    matlab.print("-dpdf", str(tmp_path / "fig"))
    assert (tmp_path / "fig.pdf").read_bytes()[:4] == b"%PDF"
    with pytest.raises(ValueError, match=r"^saveas: Unsupported file extension"):
        matlab.saveas(f, str(tmp_path / "fig.xyz"))


# --------------------------------------------------------------------------------------
# random plots against live Octave
# --------------------------------------------------------------------------------------
_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")


def _draw(rng):
    n = int(rng.integers(1, 9))
    scale = 10.0 ** rng.uniform(-5, 6)
    offset = scale * rng.normal() * rng.choice([0.0, 0.5, 5.0, 50.0])
    y = offset + scale * rng.normal(size=(n, int(rng.integers(1, 4))))
    x = rng.uniform(-1, 1, n) * 10.0 ** rng.uniform(-3, 4) + rng.normal() * \
        rng.choice([0.0, 10.0, 1000.0])
    y2 = rng.normal(size=(1, 3)) * scale * 3
    lim = np.sort(rng.normal(size=2) * 10.0 ** rng.uniform(-2, 3))
    return x.reshape(1, -1), y, y2, lim


_STATEMENTS = (
    "warning('off', 'all'); close all; figure('visible', 'off');"
    " h = plot(x, Y); ax = gca; xl = get(ax, 'XLim'); yl = get(ax, 'YLim');"
    " xt = get(ax, 'XTick'); yt = get(ax, 'YTick'); c = get(h(end), 'Color');"
    " yd = get(h(end), 'YData'); xd = get(h(end), 'XData');"
    " hold on; h2 = plot(y2); c2 = get(h2, 'Color'); yl2 = get(ax, 'YLim');"
    " yt2 = get(ax, 'YTick'); xl2 = get(ax, 'XLim'); hold off;"
    " ylim(lim); yt3 = get(ax, 'YTick'); axis tight; at = axis; close all;")
_OUTPUTS = ["xl", "yl", "xt", "yt", "c", "yd", "xd", "c2", "yl2", "yt2", "xl2", "yt3", "at"]


def _compat(x, y, y2, lim):
    matlab.close("all")
    matlab.figure("Visible", "off")
    h = matlab.plot(x, y)
    ax = matlab.gca()
    out = {"xl": ax.XLim, "yl": ax.YLim, "xt": ax.XTick, "yt": ax.YTick,
           "c": h[-1].Color, "yd": h[-1].YData, "xd": h[-1].XData}
    matlab.hold("on")
    h2 = matlab.plot(y2)
    out.update(c2=h2.Color, yl2=ax.YLim, yt2=ax.YTick, xl2=ax.XLim)
    matlab.hold("off")
    matlab.ylim(lim)
    out["yt3"] = ax.YTick
    matlab.axis("tight")
    out["at"] = matlab.axis()
    return out


@pytest.mark.octave
@needs_gnuplot
def test_random_plots_against_octave():
    rng = np.random.default_rng(17604)
    draws = [_draw(rng) for _ in range(120)]
    cases = [(_STATEMENTS, {"x": x, "Y": y, "y2": y2, "lim": lim.reshape(1, 2)},
              _OUTPUTS) for x, y, y2, lim in draws]
    results = run_octave(cases)
    for k, (draw, got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        mine = _compat(*draw)
        for name in _OUTPUTS:
            want = np.atleast_2d(np.asarray(got[name], dtype=np.float64))
            have = np.asarray(mine[name], dtype=np.float64)
            assert have.shape == want.shape, (k, name, have, want)
            # limits and ticks: k * sep with sep = m * 10^b, one rounding each as
            # Octave's; 1 ulp covers another libm's pow(10, b). Data and colours: exact.
            np.testing.assert_array_max_ulp(have, want, maxulp=1)


# --------------------------------------------------------------------------------------
# second slice: text, axes, ticks, tick labels, box
# --------------------------------------------------------------------------------------
def test_text_axes_ticks_and_labels(tmp_path):
    matlab.figure("Visible", "off")
    matlab.plot([1, 2, 3], [2, 4, 3])
    t = matlab.text([1, 2], [3, 3], ["left", "right"])
    assert [x.String for x in t] == ["left", "right"]         # one string per point
    np.testing.assert_array_equal(t[1].Position, [[2, 3, 0]])
    assert matlab.gca().YLim.tolist() == [[2, 4]]               # text outside the limits
    matlab.text(0.5, 0.9, "corner", "Units", "normalized", "FontSize", 14)
    matlab.xticks([1, 2, 3])
    assert matlab.xticklabels() == ["1", "2", "3"]
    matlab.xticklabels(["a", "b", "c"])
    assert matlab.xticklabels("mode") == "manual"
    assert matlab.yticks("mode") == "auto"
    matlab.box("off")
    a2 = matlab.axes("Position", [0.6, 0.6, 0.3, 0.3])
    assert len(matlab.gcf().Children) == 2 and matlab.gca() is a2
    with pytest.raises(ValueError, match=r"^text: Expected text\(x, y, txt\)"):
        matlab.text(1, "a")
    with pytest.raises(ValueError, match=r"^xticks: Error setting property 'XTick'|"
                                         r"^xticks: Value must be a vector of increasing"):
        matlab.xticks([3, 1])
    with pytest.raises(ValueError, match=r"^box: Unknown option"):
        matlab.box("maybe")
    pytest.importorskip("matplotlib")
    from compat._core.graphics_render import build_figure
    mfig, drawn = build_figure(matlab.gcf())
    first = [m for a, m in drawn.items() if a is not a2][0]
    assert [t.get_text() for t in first.get_xticklabels()] == ["a", "b", "c"]
    assert {"left", "right", "corner"} <= {t.get_text() for t in first.texts}
    assert not first.spines["top"].get_visible()


def test_log_axes():
    matlab.figure("Visible", "off")
    with pytest.warns(UserWarning, match=r"^Negative data ignored$") as caught:
        matlab.semilogy([-1.0, 2.0, 30.0])
    assert caught[0].message.identifier == "MATLAB:Axes:NegativeDataInLogAxis"
    np.testing.assert_array_equal(matlab.ylim(), [[1, 100]])
    np.testing.assert_array_equal(matlab.yticks(), [[1, 10, 100]])
    assert matlab.gca().XScale == "linear"
    matlab.loglog([1e-3, 1e4], [10.0, 10.0])    # a single power of ten: one decade out
    np.testing.assert_array_equal(matlab.ylim(), [[1, 100]])
    np.testing.assert_array_equal(matlab.xticks(), [[10.0 ** k for k in range(-3, 5)]])
    matlab.plot([1, 2])                          # hold off: the scale resets
    assert matlab.gca().YScale == "linear"
