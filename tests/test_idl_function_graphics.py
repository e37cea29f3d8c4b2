"""IDL 8 function graphics (compat.idl.function_graphics over
compat._core.function_graphics, function_graphics_style, function_graphics_render):
the Format string and colour names of IDL's "Formatting IDL Colors, Graphics Symbols,
and Lines" page, properties, windows, dataspaces, LAYOUT, axis ranges, and what a saved
picture contains. Golden suite: reference_outputs/idl/function_graphics (values typed
from IDL's reference pages; GDL has no function graphics)."""

import sys

import numpy as np
import pytest

from compat import idl
from compat._core import function_graphics as core
from compat._core import function_graphics_style as style
from compat._core.errors import MissingExtraError


@pytest.fixture(autouse=True)
def fresh_windows():
    core.reset()
    yield
    core.reset()


# -- the Format string ---------------------------------------------------------------
# the page's example: '+g-:2' is SYMBOL='+', COLOR='green', LINESTYLE='-:', THICK=2
def test_the_pages_format_example():
    p = idl.plot_function([1, 2, 3], [3, 1, 2], '+g-:2')
    q = idl.plot_function([1, 2, 3], [3, 1, 2], symbol='+', color='Green',
                          linestyle='-:', thick=2)
    for g in (p, q):
        assert g.symbol == 1 and g.linestyle == 4 and g.thick == 2.0
        assert g.color.tolist() == [0, 128, 0] and g.color.dtype == np.uint8


@pytest.mark.parametrize("fmt, expected", [
    ("r-2", dict(color=[255, 0, 0], linestyle=0, thick=2.0)),
    ("bo", dict(color=[0, 0, 255], symbol=24, linestyle=6)),
    ("g--D", dict(color=[0, 128, 0], linestyle=2, symbol=4)),
    ("d", dict(symbol=17, linestyle=6)),           # the page's note: no line
    ("D", dict(symbol=4, linestyle=6)),            # case-sensitive
    ("k__", dict(color=[0, 0, 0], linestyle=5)),
    ("-.tu", dict(linestyle=3, symbol=5)),
    ("Tr:", dict(symbol=16, linestyle=1)),
    ("m10S", dict(color=[255, 0, 255], thick=10.0, symbol=23, linestyle=6)),
    ("y ", dict(color=[255, 255, 0], linestyle=6)),
])
def test_format_strings(fmt, expected):
    found = style.parse_format(fmt)
    assert set(found) == set(expected)
    for key, value in expected.items():
        got = found[key]
        assert (got.tolist() if key == "color" else got) == value, key


@pytest.mark.parametrize("fmt", ["R", "q", "r-x", "G--"])
def test_bad_format_characters(fmt):
    with pytest.raises(ValueError, match=r"^PLOT: Illegal format character"):
        idl.plot_function([1, 2], [1, 2], fmt)


# -- colours -------------------------------------------------------------------------
def test_colour_names_are_svg_11s_147_keywords():
    # SVG 1.1 lists 147 keywords; CSS Color 4 added only rebeccapurple
    assert len(style.SVG_COLORS) == 147
    colors = pytest.importorskip("matplotlib.colors")
    css = {k: v[1:].lower() for k, v in colors.CSS4_COLORS.items() if k != "rebeccapurple"}
    assert style.SVG_COLORS == css


@pytest.mark.parametrize("name", ["dodger blue", "Dodger_Blue", "DODGERBLUE",
                                  "dodger_blue"])
def test_colour_name_spellings(name):
    assert style.color_value(name).tolist() == [30, 144, 255]


def test_colour_characters_and_triples():
    assert {c: style.color_value(c).tolist() for c in "bgrcmykw"} == {
        "b": [0, 0, 255], "g": [0, 128, 0], "r": [255, 0, 0], "c": [0, 255, 255],
        "m": [255, 0, 255], "y": [255, 255, 0], "k": [0, 0, 0], "w": [255, 255, 255]}
    p = idl.plot_function([1, 2], color=[10, 20.0, 30])
    assert p.color.tolist() == [10, 20, 30] and p.color.dtype == np.uint8
    with pytest.raises(ValueError, match=r"^PLOT: Illegal color name: blu"):
        idl.plot_function([1, 2], color="blu")
    with pytest.raises(ValueError, match="0-255"):
        p.color = [0, 0, 300]


def test_linestyle_and_symbol_spellings():
    assert [style.linestyle_value(v) for v in
            (0, "solid_line", "-", "dot", ":", "dash", "--", "dash_dot", "-.",
             "dash_dot_dot_dot", "-:", "long_dash", "__", "none", " ")] == \
        [0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6]
    assert [style.symbol_value(v) for v in ("+", "Plus", 24, "circle", "o", "Star",
                                             "S", "tu", "Triangle", "Tu")] == \
        [1, 1, 24, 24, 24, 23, 23, 5, 5, 13]
    with pytest.raises(ValueError, match="LINESTYLE must be 0-6"):
        style.linestyle_value(7)
    with pytest.raises(ValueError, match="Illegal SYMBOL"):
        style.symbol_value("octagon")


# -- properties ----------------------------------------------------------------------
def test_properties_read_and_set_in_any_case():
    p = idl.plot_function([1, 2, 3], name='first')
    assert p.color.tolist() == [0, 0, 0] and p.thick == 1.0 and p.linestyle == 0
    assert p.symbol == 0 and p.name == 'first' and p.type == 'PLOT'
    p.COLOR = 'dodger blue'
    p.LineStyle = 'dash'
    p.symbol = 'square'
    assert p.color.tolist() == [30, 144, 255] and p.linestyle == 2 and p.symbol == 6
    with pytest.raises(ValueError, match="Unknown property: NOPE"):
        p.nope = 1
    with pytest.raises(AttributeError):
        p.nope
    with pytest.raises(ValueError, match="THICK must be 0-10"):
        p.thick = 11


def test_inputs_are_copied_and_never_written():
    x = np.arange(5.0)
    y = np.array([1.0, 4.0, 2.0, 8.0, 5.0])
    y.flags.writeable = False
    p = idl.plot_function(x, y)
    x[0] = 100.0
    assert p.getdata()[0].tolist() == [0.0, 1.0, 2.0, 3.0, 4.0]
    big = np.arange(4, dtype=">f8")[::-1]
    q = idl.plot_function(big[::2])
    assert q.getdata()[1].dtype.byteorder in "=|<" and q.getdata()[1].tolist() == [3, 1]


def test_setdata_getdata():
    p = idl.plot_function([1, 2, 3])
    assert p.getdata()[0].tolist() == [0, 1, 2]
    p.setdata([0.0, 10.0], [5.0, 6.0])
    assert p.xrange.tolist() == [0.0, 10.0]
    with pytest.raises(ValueError, match="same number of elements"):
        p.setdata([1, 2], [1, 2, 3])


@pytest.mark.parametrize("bad, match", [
    (dict(x=[1, 2, 3], y=[1, 2]), "same number of elements"),
    (dict(x="abc"), "String expression not allowed"),
    (dict(x=[1, 2], layout=[2, 2, 5]), "LAYOUT index 5 exceeds"),
    (dict(x=[1, 2], margin=[0.6, 0, 0, 0]), "MARGIN"),
    (dict(x=[1, 2], xstyle=4), "XSTYLE must be 0-3"),
    (dict(x=[1, 2], xrange=[0, np.nan]), "XRANGE must be 2 finite numbers"),
])
def test_bad_input(bad, match):
    with pytest.raises((ValueError, TypeError), match=r"^PLOT: .*" + match):
        idl.plot_function(**bad)


# -- windows, dataspaces, layout -----------------------------------------------------
def test_overplot_current_and_new_windows():
    p1 = idl.plot_function([1, 2, 3])
    p2 = idl.plot_function([3, 2, 1], overplot=True)
    assert p2.window is p1.window and p2._space is p1._space
    p3 = idl.plot_function([5, 6], current=True, layout=[2, 1, 2])
    assert p3.window is p1.window and p3._space is not p1._space
    p4 = idl.plot_function([1, 2])
    assert p4.window is not p1.window
    assert idl.getwindows() == [p1.window, p4.window]
    assert idl.getwindows(current=True) is p4.window
    p4.close()
    assert idl.getwindows(current=True) is p1.window
    assert idl.getwindows() == [p1.window]


def test_layout_cells_row_by_row_from_the_top_left():
    w = idl.window_function(dimensions=[900, 600])
    cells = [idl.plot_function([1, 2], current=True, layout=[3, 2, k], margin=0)
             for k in range(1, 7)]
    got = np.array([c.position for c in cells])
    third = 1 / 3
    want = np.array([[0, 0.5, third, 1], [third, 0.5, 2 * third, 1],
                     [2 * third, 0.5, 1, 1], [0, 0, third, 0.5],
                     [third, 0, 2 * third, 0.5], [2 * third, 0, 1, 0.5]])
    np.testing.assert_allclose(got, want, atol=1e-15)
    assert w.dimensions.tolist() == [900, 600]
    p = idl.plot_function([1, 2], current=True, layout=[2, 2, 4],
                          margin=[0.1, 0.2, 0.3, 0.4])
    np.testing.assert_allclose(p.position, [0.5 + 0.05, 0.1, 1 - 0.15, 0.5 - 0.2])


def test_lookup_delete_order():
    p1 = idl.plot_function([1, 2], name='Model A')
    p2 = idl.plot_function([2, 1], name='data', overplot=True)
    w = p1.window
    assert w['model*'] is p1 and w['DATA'] is p2 and p1['data'] is p2
    with pytest.raises(ValueError, match="No graphic named"):
        w['missing']
    p2.order(send_to_back=True)
    assert w.graphics() == [p2, p1]
    p2.order(bring_forward=True)
    assert w.graphics() == [p1, p2]
    p2.delete()
    assert w.graphics() == [p1] and p1.yrange.tolist() == [1.0, 2.0]


# -- axis ranges ---------------------------------------------------------------------
def test_axis_range_styles():
    y = np.array([0.7, 3.1, 9.4, 12.9])
    x = np.array([1.3, 2.0, 5.0, 7.2])
    p = idl.plot_function(x, y)
    assert p.xrange.tolist() == [1.3, 7.2]          # XSTYLE 1: exact
    assert p.yrange.tolist() == [0.0, 14.0]          # YSTYLE 0: interval 2
    p.xstyle = 0                                      # 5.9 wide: interval 2
    assert p.xrange.tolist() == [0.0, 8.0]
    p.ystyle = 1
    assert p.yrange.tolist() == [0.7, 12.9]
    p.ystyle = 3
    # 5 % of 12.2 each side; the pad and the sums round to within a few ulps of 13
    np.testing.assert_allclose(p.yrange, [0.7 - 0.61, 12.9 + 0.61], rtol=0, atol=1e-14)
    p.ystyle = 2                                      # 13.42 wide: interval 5
    assert p.yrange.tolist() == [0.0, 15.0]
    p.yrange = [20, -5]
    assert p.yrange.tolist() == [20.0, -5.0]


def test_overplot_ranges_cover_every_graphic_and_skip_missing():
    p = idl.plot_function([0, 1, 2], [1.0, 2.0, 3.0])
    idl.plot_function([0, 4], [-11.0, 2.0], overplot=True)
    # -11 to 3: 14 wide, interval 5
    assert p.xrange.tolist() == [0.0, 4.0] and p.yrange.tolist() == [-15.0, 5.0]
    q = idl.plot_function([1.0, 5.0, np.nan, 1e6], max_value=100)
    assert q.yrange.tolist() == [1.0, 5.0]
    r = idl.plot_function([1, 10, 1000], [1, 2, 3], xlog=1, xstyle=0)
    assert r.xrange.tolist() == [1.0, 1000.0]


# -- images, colour bars, legends, text, error plots ---------------------------------
def test_image_colorbar_legend_text():
    data = np.array([[0, 50], [100, 200]], dtype=np.int16)
    im = idl.image(data, rgb_table=0)
    assert im.xrange.tolist() == [0.0, 2.0] and im.axis_style == 0
    # BYTSCL's integer formula ((top + 1) * (x - min) - 1) / (max - min)
    assert im.scaled().tolist() == [[0, 63], [127, 255]]
    im.max_value = 100
    assert im.scaled().tolist() == [[0, 127], [255, 255]]
    cb = idl.colorbar(orientation=1, title='Counts')
    assert cb.target is im and cb.value_range().tolist() == [0.0, 100.0]
    assert cb.table().shape == (3, 256)
    im2 = idl.image(np.zeros((4, 4, 3), np.uint8), [10, 20], [0, 5])
    assert im2.xrange.tolist() == [10.0, 20.0] and im2.yrange.tolist() == [0.0, 5.0]
    p1 = idl.plot_function([1, 2], name='a')
    p2 = idl.plot_function([2, 1], 'r--', name='b', overplot=True)
    leg = idl.legend()
    assert leg.targets() == [p1, p2] and leg.labels() == ['a', 'b']
    p1.name = 'renamed'
    assert leg.labels() == ['renamed', 'b']
    t = idl.text(0.5, 0.5, 'hello', font_size=14)
    assert t.coordinates == 'normal' and t.window is p1.window
    with pytest.raises(ValueError, match=r"^IMAGE: .*dimension of 3"):
        idl.image(np.zeros((5, 6, 7)))
    with pytest.raises(ValueError, match=r"^COLORBAR: No image"):
        idl.colorbar()


def test_errorplot_forms():
    e = idl.errorplot([2.0, 4.0, 3.0], [0.5, 1.0, 0.5])
    assert e.getdata()[0].tolist() == [0, 1, 2] and e.yrange.tolist() == [1.0, 5.0]
    f = idl.errorplot([1, 2, 3], [2.0, 4.0, 3.0], [0.1, 0.1, 0.1],
                      [[0.5, 1, 0.5], [1, 2, 1]], 'ko')
    assert f.xerror.tolist() == [0.1, 0.1, 0.1] and f.yerror.shape == (2, 3)
    assert f.yrange.tolist() == [1.0, 6.0] and f.symbol == 24
    with pytest.raises(ValueError, match=r"^ERRORPLOT: YError must have"):
        idl.errorplot([1.0, 2.0], [1.0, 2.0, 3.0])


# -- the saved picture ---------------------------------------------------------------
def test_the_drawn_figure_holds_the_objects():
    render = pytest.importorskip("compat._core.function_graphics_render")
    pytest.importorskip("matplotlib")
    p = idl.plot_function([0, 1, 2], [1.0, 3.0, 2.0], 'r--2', name='a', title='T')
    idl.plot_function([0, 2], [0.0, 4.0], 'bS', overplot=True, name='b')
    idl.image(np.arange(6.0).reshape(2, 3), current=True, layout=[2, 1, 2])
    idl.colorbar()
    idl.legend(target=[p])
    fig, drawn = render.build_figure(p.window)
    ax = drawn[p._space]
    assert ax.get_xlim() == (0.0, 2.0) and ax.get_ylim() == tuple(p.yrange)
    assert ax.get_title() == 'T'
    red, blue = ax.get_lines()
    assert red.get_color() == (1.0, 0.0, 0.0) and red.get_linestyle() == '--'
    assert red.get_linewidth() == 2.0 and red.get_marker() in ('', 'None', None)
    assert blue.get_marker() == '*' and blue.get_linestyle() == 'None'
    assert len(fig.axes) == 3 and len(fig.legends) == 1
    assert [t.get_text() for t in fig.legends[0].get_texts()] == ['a']
    assert fig.get_size_inches().tolist() == [640 / 96, 512 / 96]


def test_save_formats_size_and_transparency(tmp_path):
    pytest.importorskip("matplotlib")
    image_module = pytest.importorskip("PIL.Image")
    p = idl.plot_function([1, 2, 3], title='saved')
    p.save(tmp_path / "a.png")
    assert image_module.open(tmp_path / "a.png").size == (640, 512)
    p.save(tmp_path / "b.png", resolution=192, transparent=True)
    b = image_module.open(tmp_path / "b.png")
    assert b.size == (1280, 1024) and b.mode == "RGBA"
    assert b.getpixel((2, 2))[3] == 0
    p.save(tmp_path / "c.png", width=320)
    assert image_module.open(tmp_path / "c.png").size == (320, 256)
    p.save(tmp_path / "d.svg")
    assert "saved" in (tmp_path / "d.svg").read_text()
    p.save(tmp_path / "e.pdf")
    assert (tmp_path / "e.pdf").read_bytes()[:5] == b"%PDF-"
    p.save(tmp_path / "f.eps")
    assert (tmp_path / "f.eps").read_bytes()[:4] == b"%!PS"
    with pytest.raises(ValueError, match="Unknown file type"):
        p.save(tmp_path / "g.xyz")


def test_save_without_matplotlib_names_the_extra(monkeypatch, tmp_path):
    p = idl.plot_function([1, 2, 3])
    for name in list(sys.modules):
        if name == "matplotlib" or name.startswith("matplotlib."):
            monkeypatch.delitem(sys.modules, name)
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    with pytest.raises(MissingExtraError, match=r"compat\[plot\]|\[plot\]"):
        p.save(tmp_path / "a.png")


# -- the porting scan ----------------------------------------------------------------
def test_the_scan_counts_function_calls_against_the_function_form():
    from compat.scan.catalog import build_catalog
    from compat.scan.classify import classify
    from compat.scan.pitfalls import build_table
    from compat.scan.worker import Context, scan_text
    catalog = build_catalog()
    assert catalog.covered["idl"]["plot()"] == "compat.idl.plot_function"
    assert catalog.covered["idl"]["plot"] == "compat.idl.plot"
    text = ("pro f, x, y\n"
            "  p = plot(x, y, 'r-2', NAME='a', /OVERPLOT, LAYOUT=[1,2,1], XTICKLAYOUT=1)\n"
            "  q = plot(x, y, FOO=3)\n"
            "  plot, x, y, NAME='b'\n"
            "  w = window(DIMENSIONS=[300, 200])\n"
            "end\n")
    result = scan_text(text, "f.pro", "idl", Context(build_table(), catalog))
    assert result["calls"] == [("plot()", 2), ("plot()", 3), ("plot", 4), ("window()", 5)]
    # NAME, OVERPLOT, LAYOUT, XTICKLAYOUT are the function's; the procedure has no NAME
    assert [(o[0], o[1], o[2]) for o in result["options"]] == [
        ("plot()", "foo", 3), ("plot", "name", 4)]
    covered = next(iter(classify([result], catalog).files.values()))["covered"]
    assert sorted(covered) == ["plot", "plot()", "window()"]
    # a file with its own function PLOT keeps its calls
    own = scan_text("function plot, x\n  return, x\nend\npro g\n  p = plot(1)\nend\n",
                    "g.pro", "idl", Context(build_table(), catalog))
    assert ("plot", 5) in own["calls"]


# -- scatter and bar plots -----------------------------------------------------------
def test_scatterplot_draws_no_line():
    s = idl.scatterplot([1, 2, 3], [4.0, 1.0, 2.5], 'g--D')
    assert s.linestyle == 6 and s.symbol == 4 and s.sym_color.tolist() == [0, 128, 0]
    s.linestyle = 0
    assert s.linestyle == 6
    assert idl.scatterplot([1, 2], [1, 2]).symbol == 24


def test_barplot_slots_bottoms_and_ranges():
    b0 = idl.barplot([10, 20, 30], [3.0, -5.0, 4.0], nbars=2, index=0, fill_color='red')
    b1 = idl.barplot([10, 20, 30], [1.0, 2.0, 6.0], nbars=2, index=1, overplot=True,
                     bottom_values=0.5)
    # spacing 10, width 0.8: each of the 2 slots is 4 wide, centres 2 either side
    c0, bot0, top0, t0 = b0.bars()
    c1, bot1, _, t1 = b1.bars()
    assert t0 == t1 == 4.0 and c0.tolist() == [8, 18, 28] and c1.tolist() == [12, 22, 32]
    assert bot1.tolist() == [0.5, 0.5, 0.5] and b0.fill_color.tolist() == [255, 0, 0]
    assert b0.xrange.tolist() == [6.0, 34.0]     # the bars' outer edges, exact
    assert b0.yrange.tolist() == [-6.0, 6.0]     # -5 to 6: 11 wide, interval 2
    h = idl.barplot([2.0, 7.0], horizontal=True)
    # the bars lie along Y: -0.4 to 1.4 under YSTYLE 0 (1.8 wide: interval 0.5)
    assert h.yrange.tolist() == [-0.5, 1.5] and h.xrange.tolist() == [0.0, 7.0]
    with pytest.raises(ValueError, match=r"^BARPLOT: WIDTH must be in"):
        idl.barplot([1, 2], width=0)
    with pytest.raises(ValueError, match=r"^BARPLOT: INDEX must be 0-1"):
        idl.barplot([1, 2], nbars=2, index=2)


def test_drawn_bars_and_scatter_points():
    render = pytest.importorskip("compat._core.function_graphics_render")
    pytest.importorskip("matplotlib")
    b = idl.barplot([3.0, 5.0], fill_color='red')
    s = idl.scatterplot([0, 1], [1.0, 4.0], 'bo', overplot=True)
    fig, drawn = render.build_figure(b.window)
    ax = drawn[b._space]
    bars = ax.patches
    assert len(bars) == 2 and bars[1].get_height() == 5.0
    assert bars[0].get_facecolor()[:3] == (1.0, 0.0, 0.0)
    assert bars[0].get_width() == pytest.approx(0.8, abs=1e-15)
    (points,) = ax.get_lines()
    assert points.get_linestyle() == 'None' and points.get_marker() == 'o'
    assert s.window is b.window
