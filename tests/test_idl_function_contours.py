"""IDL 8 function graphics' CONTOUR(), SURFACE(), AXIS() and the iTools IPLOT,
ISURFACE (compat.idl.function_contours, compat.idl.itools over
compat._core.function_graphics_contour): levels, level colours, placement, axis
locations and labels, tool identifiers and views, and the scan's reading of function
forms after RESTORE. Golden suite: reference_outputs/idl/function_contours (values
typed from IDL's reference pages; GDL 1.0.1 has neither function graphics nor
iTools)."""

import numpy as np
import pytest

from compat import idl
from compat._core import function_graphics as core
from compat._core.errors import CompatValueError
from compat.idl import itools


@pytest.fixture(autouse=True)
def fresh_windows():
    core.reset()
    itools._TOOLS.clear()
    yield
    core.reset()
    itools._TOOLS.clear()


Z = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 8.0]])


# -- CONTOUR() ---------------------------------------------------------------------------
def test_contour_levels_by_n_levels_and_c_value():
    c = idl.contour_function(Z, n_levels=4)
    # (8 - 0) / 4 = 2 from the minimum: 0, 2, 4, 6
    assert c.levels().tolist() == [0.0, 2.0, 4.0, 6.0]
    c.n_levels = 2
    assert c.levels().tolist() == [0.0, 4.0]
    d = idl.contour_function(Z, c_value=[0.5, 5], n_levels=9, overplot=True)
    assert d.levels().tolist() == [0.5, 5.0]           # C_VALUE wins over N_LEVELS
    e = idl.contour_function(Z, c_value=3, overplot=True)
    assert e.levels().tolist() == [3.0]
    # MIN_VALUE / MAX_VALUE leave data out of the range: [1, 4] in 3 levels
    f = idl.contour_function(Z, n_levels=3, min_value=1, max_value=4, overplot=True)
    assert np.allclose(f.levels(), [1.0, 2.0, 3.0])


def test_contour_levels_random_data_any_seed():
    rng = np.random.default_rng(2101)
    for _ in range(20):
        z = rng.normal(size=(int(rng.integers(2, 9)), int(rng.integers(2, 9)))) * 10
        n = int(rng.integers(1, 30))
        got = idl.contour_function(z, n_levels=n, buffer=True).levels()
        lo, hi = float(z.min()), float(z.max())
        want = [lo + i * (hi - lo) / n for i in range(n)]
        # one multiply-add per level: a few ULP of the data's magnitude
        assert np.allclose(got, want, rtol=0, atol=8 * np.spacing(max(abs(lo), abs(hi))))
        assert got[0] == lo and np.all(np.diff(got) > 0)


def test_contour_nan_is_left_out_and_default_level_count():
    z = Z.copy()
    z[0, 0] = np.nan
    c = idl.contour_function(z)
    lev = c.levels()
    assert lev.size == 8 and lev[0] == 1.0 and np.isclose(lev[1] - lev[0], 7 / 8)


def test_contour_level_colours():
    c = idl.contour_function(Z, n_levels=3, rgb_table=0)
    # table 0 is the grey ramp; entries 0, 127.5 -> 128, 255 (rounded, spread evenly)
    assert c.level_colors().tolist() == [[0, 0, 0], [128, 128, 128], [255, 255, 255]]
    c.rgb_indices = [10, 20, 30]
    assert c.level_colors()[:, 0].tolist() == [10, 20, 30]
    d = idl.contour_function(Z, c_value=[1, 2], c_color='red', overplot=True)
    assert d.level_colors().tolist() == [[255, 0, 0], [255, 0, 0]]
    e = idl.contour_function(Z, c_value=[1, 2], overplot=True)
    assert e.level_colors().tolist() == [[0, 0, 0], [0, 0, 0]]     # COLOR, black
    with pytest.raises(CompatValueError, match="RGB_INDICES"):
        c.rgb_indices = [1, 2]
        c.level_colors()


def test_contour_coordinates_placement_and_ranges():
    x, y = np.array([10.0, 20.0, 40.0]), np.array([-1.0, 1.0])
    c = idl.contour_function(Z, x, y, layout=[2, 1, 2], aspect_ratio=1, font_size=16,
                             axis_style=2, title='T')
    assert c.xrange.tolist() == [10.0, 40.0] and c.yrange.tolist() == [-1.0, 1.0]
    assert c.font_size == 16 and c.aspect_ratio == 1 and c.title == 'T'
    # LAYOUT cell 2 of 2 x 1 less the default margins
    assert np.allclose(c.position, core.layout_position([2, 1, 2]))
    w = idl.window_function(dimensions=[800, 400])
    d = idl.contour_function(Z, current=True, position=[80, 40, 720, 360], device=True)
    assert d.window is w and np.allclose(d.position, [0.1, 0.1, 0.9, 0.9])
    zz, xx, yy = d.getdata()
    zz[0, 0] = 99
    assert d.getdata()[0][0, 0] == 0.0                  # copies


def test_contour_colorbar_takes_its_range_and_table():
    c = idl.contour_function(Z, n_levels=4, rgb_table=0, fill=True)
    cb = idl.colorbar(target=c)
    assert cb.value_range().tolist() == [0.0, 8.0]
    assert cb.table().shape == (3, 256)


@pytest.mark.parametrize("args, message", [
    (([1.0, 2.0, 3.0],), "Z"),
    ((Z, [1, 2]), "X must have 3 elements"),
    ((Z, None, np.zeros((3, 3))), "Y must be a vector or have Z's dimensions"),
])
def test_contour_bad_input(args, message):
    with pytest.raises((CompatValueError, ValueError, TypeError), match=message):
        idl.contour_function(*args)


def test_contour_bad_levels():
    with pytest.raises(CompatValueError, match="N_LEVELS"):
        idl.contour_function(Z, n_levels=-1)
    with pytest.raises(CompatValueError, match="C_VALUE"):
        idl.contour_function(Z, c_value=[1, np.nan])


def test_contour_does_not_touch_the_callers_array():
    z = np.array(Z, dtype='>f8')
    z.setflags(write=False)
    c = idl.contour_function(z, n_levels=2)
    assert c.levels().tolist() == [0.0, 4.0]


# -- SURFACE() ---------------------------------------------------------------------------
def test_surface_styles_and_zrange():
    s = idl.surface_function(Z, [0, 1, 2], [5, 6], style='lego filled', ztitle='h')
    assert s.style == 6 and s.ztitle == 'h' and s.zrange.tolist() == [0.0, 8.0]
    s.zrange = [-1, 10]
    assert s.zrange.tolist() == [-1.0, 10.0]
    assert s.yrange.tolist() == [5.0, 6.0]
    with pytest.raises(CompatValueError, match="STYLE"):
        s.style = 'wire'


# -- AXIS() ------------------------------------------------------------------------------
def test_axis_locations_and_labels():
    p = idl.plot_function([0.0, 10.0], [0.0, 30.0])
    assert p.yrange.tolist() == [0.0, 30.0]
    a = idl.axis_function('Y', location='right', coord_transform=[32, 9.0 / 5.0],
                          tickvalues=[0, 10, 20, 30], tickdir=0, textpos=1, title='F')
    assert (a.direction, a.position_value(), a.tickdir, a.textpos) == (1, 10.0, 0, 1)
    # the page's Fahrenheit axis: 32 + 9/5 C
    assert a.tick_labels() == ['32', '50', '68', '86']
    b = idl.axis_function(0, location=-15)
    assert b.position_value() == -15.0
    c = idl.axis_function('x', location=[3, 12])           # the Y element counts
    assert c.position_value() == 12.0
    d = idl.axis_function('Y', location=[7, 0], tickname=['a', 'b'], tickvalues=[0, 5])
    assert d.position_value() == 7.0 and d.tick_labels() == ['a', 'b']
    e = idl.axis_function('X', location='center', tickinterval=2.5)
    assert e.position_value() == 15.0
    assert e.tick_values().tolist() == [0.0, 2.5, 5.0, 7.5, 10.0]
    assert p.window['*'] is e or e in p.window.graphics()


def test_axis_bad_input():
    with pytest.raises(CompatValueError, match="no graphic"):
        idl.axis_function('X')
    idl.plot_function([1, 2])
    with pytest.raises(CompatValueError, match="Direction"):
        idl.axis_function('W')
    with pytest.raises(CompatValueError, match="LOCATION"):
        idl.axis_function('X', location='middle').position_value()


# -- iTools ------------------------------------------------------------------------------
def test_iplot_identifier_and_overplot():
    tool, p = idl.iplot([1, 2, 3], [2, 4, 3], identifier=True, xtitle='X')
    assert isinstance(tool, str) and idl.itgetcurrent() == tool
    q = idl.iplot([1, 2, 3], [5, 1, 0], overplot=tool, color=[255, 0, 0], thick=2)
    assert q.window is p.window and q._space is p._space
    assert p.yrange.tolist() == [0.0, 5.0] and q.color.tolist() == [255, 0, 0]
    other = idl.iplot([0, 1])
    assert other.window is not p.window
    r = idl.iplot([3, 3], overplot=True)                   # /OVERPLOT: the current tool
    assert r.window is other.window
    with pytest.raises(CompatValueError, match="No iTool"):
        idl.iplot([1, 2], overplot='/TOOLS/NONE')


def test_iplot_three_vectors_and_view_grid():
    tool, p = idl.iplot([0, 1], [0, 2], [5, 7], identifier=True, view_grid=[2, 2],
                        ztitle='Z', zrange=[0, 10])
    assert p.type == 'PLOT3D' and p.zrange.tolist() == [0.0, 10.0]
    assert np.allclose(p.position, core.layout_position([2, 2, 1]))
    q = idl.iplot([1, 2], overplot=tool, view_next=True)
    assert np.allclose(q.position, core.layout_position([2, 2, 2]))
    r = idl.iplot([1, 2], overplot=tool, view_number=4)
    assert np.allclose(r.position, core.layout_position([2, 2, 4]))
    with pytest.raises(CompatValueError, match="VIEW_GRID"):
        idl.iplot([1, 2], overplot=tool, view_number=5)
    with pytest.raises(CompatValueError, match="same number"):
        idl.iplot([1, 2], [1, 2, 3])


def test_isurface_then_iplot_in_the_same_tool():
    tool, s = idl.isurface(Z, identifier=True, transparency=5, xtitle='x')
    assert s.transparency == 5 and s.zrange.tolist() == [0.0, 8.0]
    line = idl.iplot([0, 1], [0, 1], [1, 2], overplot=tool)
    assert line.window is s.window and line._space is s._space


# -- saving ------------------------------------------------------------------------------
def test_saved_contour_and_axis_draw(tmp_path):
    pytest.importorskip("matplotlib")
    c = idl.contour_function(Z, n_levels=3, fill=True, rgb_table=0)
    idl.contour_function(Z, c_value=[2, 5], overplot=True, c_color='red')
    idl.axis_function('Y', location='right', title='F')
    idl.surface_function(Z, current=True, layout=[2, 1, 1])
    from compat._core import function_graphics_render as render
    fig, drawn = render.build_figure(c.window)
    ax = drawn[c._space]
    assert len(ax.collections) >= 2          # the filled bands and the red lines
    path = tmp_path / "c.png"
    c.save(str(path))
    assert path.stat().st_size > 0


# -- the scan ----------------------------------------------------------------------------
def test_scan_reads_function_forms_after_restore():
    from compat.scan.catalog import build_catalog
    from compat.scan.pitfalls import build_table
    from compat.scan.worker import Context, scan_text
    context = Context(build_table(), build_catalog())
    src = ("pro p\n"
           "restore, 'a.sav'\n"
           "q = plot(x, yrange=[1, 2], /current, name='a')\n"
           "c = contour(z, x, y, n_levels=5, rgb_table=4)\n"
           "plot, x, y, /ylog\n"
           "end\n")
    r = scan_text(src, "p.pro", "idl", context)
    assert r["options"] == [] or all(o[0] not in ("plot", "contour") for o in r["options"])
    names = {n for n, _line in r["calls"]} | {m[0] for m in r["maybe"]}
    assert {"plot()", "contour()", "plot"} <= names


# -- keywords real programs pass to PLOT(), IMAGE(), COLORBAR() ------------------------
def test_plot_polar_device_and_no_toolbar():
    p = idl.plot_function([2.0, 2.0, 1.0], [0.0, np.pi / 2, np.pi], polar=True,
                          no_toolbar=True)
    x, y = p.getdata()
    # r cos(theta), r sin(theta): libm's cos/sin of the angles, within an ULP of 2
    assert np.allclose(x, [2.0, 0.0, -1.0], atol=1e-15)
    assert np.allclose(y, [0.0, 2.0, 0.0], atol=1e-15)
    assert p.polar == 1 and p.xrange.tolist() == [-1.0, 2.0]
    w = idl.window_function(dimensions=[640, 512])
    q = idl.plot_function([1, 2], current=True, position=[64, 128, 576, 384],
                          device=True)
    assert q.window is w and q.position.tolist() == [0.1, 0.25, 0.9, 0.75]
    r = idl.plot_function([1, 2], current=True, position=[0.1, 0.2, 0.3, 0.4],
                          normal=True)
    assert r.position.tolist() == [0.1, 0.2, 0.3, 0.4]


def test_image_font_size_and_colorbar_ticks(tmp_path):
    im = idl.image(np.arange(12.0).reshape(3, 4), font_size=16, font_style=1)
    assert im.font_size == 16 and im.font_style == 1
    cb = idl.colorbar(target=im, orientation=1, tickinterval=2.5, tickformat='(F4.1)',
                      border_on=1)
    assert cb.border == 1 and cb.border_on == 1 and cb.tickformat == '(F4.1)'
    assert cb.tick_values().tolist() == [0.0, 2.5, 5.0, 7.5, 10.0]   # range [0, 11]
    cb.TICKDIR = 0
    cb.BORDER_ON = 0
    assert cb.border == 0 and cb.tickdir == 0
    cb.tickvalues = [1, 4]
    assert cb.tick_values().tolist() == [1.0, 4.0]
    pytest.importorskip("matplotlib")
    from compat._core import function_graphics_render as render
    fig, _drawn = render.build_figure(im.window)
    bar = [a for a in fig.axes if a.get_label() == "colorbar"][0]
    assert bar.get_yticks().tolist() == [1.0, 4.0]


def test_a_closed_tool_is_no_target():
    tool, p = idl.iplot([1, 2], identifier=True)
    p.close()
    assert idl.itgetcurrent() == ''
    with pytest.raises(CompatValueError, match="No iTool"):
        idl.iplot([1, 2], overplot=tool)
    tool2, q = idl.iplot([1, 2], identifier=True)
    core.reset()                                  # a fresh session forgets the tools
    with pytest.raises(CompatValueError, match="No iTool"):
        idl.iplot([1, 2], overplot=tool2)
