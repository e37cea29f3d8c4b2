"""IDL's graphics keywords (compat._core.graphics_keywords) in PLOT, OPLOT, CONTOUR, AXIS,
PLOTS and XYOUTS: the keyword table, CLIP/NOCLIP, XTYPE/YTYPE, CONTOUR's !Z.CRANGE and
ZRANGE, XYOUTS's WIDTH. Golden suite: reference_outputs/idl/graphics_keywords."""

import inspect
from pathlib import Path
import tempfile

import numpy as np
import pytest

from compat import idl
from compat._core import direct_graphics as core
from compat._core import graphics_keywords as gk
from compat._core.errors import CompatValueError
from oracles import GDL, run_gdl

S = idl.sysvar


@pytest.fixture(autouse=True)
def fresh_graphics():
    core.reset()
    idl.set_plot("Z")
    yield
    core.reset()


def _gdl(cases):
    with tempfile.TemporaryDirectory() as tmp:
        return run_gdl(cases, Path(tmp))


def _columns(a):
    """The first and last column TVRD shows drawn (None when nothing is)."""
    w = np.flatnonzero((a != 0).any(axis=0))
    return (int(w.min()), int(w.max())) if w.size else None


# -- the table --------------------------------------------------------------------------
@pytest.mark.parametrize("routine", sorted(gk.KEYWORDS))
def test_every_routine_takes_its_graphics_keywords(routine):
    fn = getattr(idl, routine.lower())
    params = set(inspect.signature(fn).parameters)
    missing = [k for k in gk.routine_keywords(routine) if k not in params]
    assert missing == [], (routine, missing)


def test_the_scanned_keywords_are_taken():
    # the keywords 5,399 scanned .pro files pass most often (the brief's list)
    want = {"contour": ["thick", "xthick", "ythick", "charthick", "yticklen", "xticklen",
                        "xticks", "yticks", "xtickname", "xtickv", "ytickv", "t3d", "font",
                        "noclip", "zvalue", "zrange"],
            "plots": ["noclip", "clip", "symsize"], "xyouts": ["width"],
            "plot": ["xtype", "ytype"],
            "axis": ["font", "yticklen", "yminor", "ytickname", "xtickformat", "ytickformat",
                     "xticklen"]}
    for name, kws in want.items():
        params = inspect.signature(getattr(idl, name)).parameters
        assert [k for k in kws if k not in params] == [], name


def test_t3d_zero_is_accepted_and_t3d_raises():
    idl.plot([1, 2], [3, 4], t3d=0, zvalue=0.5)
    with pytest.raises(CompatValueError, match="T3D"):
        idl.contour(np.ones((3, 3)), t3d=True, fill=True)   # /FILL with /T3D


# -- clipping ---------------------------------------------------------------------------
def test_clip_polyline_known_segments():
    x, y = gk.clip_polyline([0, 10], [5, 5], (2, 0, 6, 9))
    assert x.tolist() == [2.0, 6.0] and y.tolist() == [5.0, 5.0]
    # a diagonal through the corner region, a segment wholly outside, a NaN break
    x, y = gk.clip_polyline([0, 10, 20, np.nan, 3, 4], [0, 10, 10, np.nan, 3, 3],
                            (2, 2, 8, 8))
    assert x.tolist()[:2] == [2.0, 8.0] and y.tolist()[:2] == [2.0, 8.0]
    assert np.isnan(x[2]) and x.tolist()[3:] == [3.0, 4.0]
    x, y = gk.clip_polyline([0, 1], [0, 0], (5, 5, 9, 9))
    assert x.size == 0


def test_plots_clips_only_with_noclip_0_and_plot_clips_by_default():
    idl.plots([0, 639], [240, 240], device=True, clip=[100, 0, 500, 479], noclip=0)
    assert _columns(idl.tvrd()) == (100, 500)
    idl.erase()
    idl.plots([0, 639], [240, 240], device=True, clip=[100, 0, 500, 479])
    assert _columns(idl.tvrd()) == (0, 639)
    idl.plot([0, 10], [0, 10], position=[0.1, 0.1, 0.9, 0.9], xstyle=5, ystyle=5,
             nodata=True)
    idl.oplot([-5, 15], [5, 5])
    assert _columns(idl.tvrd()) == (64, 575)           # !P.CLIP = [64, 48, 575, 431]
    idl.erase()
    idl.oplot([-5, 15], [5, 5], noclip=1)
    assert _columns(idl.tvrd()) == (0, 639)


def test_clipped_symbols_are_dropped_outside():
    idl.plot([0, 10], [0, 10], position=[0.1, 0.1, 0.9, 0.9], xstyle=5, ystyle=5,
             nodata=True)
    idl.oplot([-3, 5, 13], [5, 5, 5], psym=-1)
    items = core.STATE.surface().items
    line, sym = items[-2], items[-1]
    # the middle point only (device x = 320 up to !X.S's rounding)
    assert sym[-1]["psym"] == 1 and sym[1].size == 1 and abs(sym[1][0] - 320) < 1e-4
    assert line[-1]["psym"] == 0
    assert line[1].min() == pytest.approx(64) and line[1].max() == pytest.approx(575)


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_plots_clip_rectangles_against_gdl():
    # horizontal lines across the Z buffer clipped to random device rectangles: the
    # drawn columns are CLIP's x0 .. x1 in GDL and compat alike (pixels of a line drawn
    # along a row do not depend on the rasteriser)
    rng = np.random.default_rng(19210)
    cases, calls = [], []
    for k in range(12):
        x0 = int(rng.integers(0, 300))
        x1 = int(rng.integers(x0 + 1, 640))
        yrow = int(rng.integers(20, 460))
        clip = [x0, 0, x1, 479]
        cases.append((f"c{k}", {}, f"0 & set_plot, 'Z' & device, set_resolution=[640, 480] & "
                      f"erase & plots, [0, 639], [{yrow}, {yrow}], /device, clip={clip}, "
                      "noclip=0 & a = tvrd() & w = where(total(a ne 0, 2) gt 0) & "
                      "r = [min(w), max(w)]"))
        calls.append((yrow, clip))
    got = _gdl(cases)
    for k, (yrow, clip) in enumerate(calls):
        core.reset()
        idl.set_plot("Z")
        idl.plots([0, 639], [yrow, yrow], device=True, clip=clip, noclip=0)
        assert list(_columns(idl.tvrd())) == got[f"c{k}"].tolist(), (yrow, clip)


# -- XTYPE / YTYPE ----------------------------------------------------------------------
def test_xtype_ytype_are_the_log_axes():
    idl.plot([1, 10, 100], [1, 20, 300], xtype=1)
    assert int(S("!x").type) == 1 and S("!x").crange.tolist() == [0.0, 2.0]
    idl.plot([1, 10, 100], [1, 20, 300], ytype=1)
    assert int(S("!y").type) == 1 and S("!y").crange.tolist() == [0.0, 3.0]
    idl.plot([1, 10, 100], [1, 20, 300], xtype=0)
    assert int(S("!x").type) == 0


# -- CONTOUR's Z axis -------------------------------------------------------------------
def test_contour_z_crange_rules():
    z = np.array([[0.3, 5.0], [11.0, 19.67]], np.float32)
    idl.contour(z)
    assert S("!z").crange.tolist() == [0.0, 20.0]
    idl.contour(z, zstyle=1)
    assert S("!z").crange.tolist() == [0.0, 20.0]
    idl.contour(z, levels=[2, 5])
    assert S("!z").crange.tolist() == [float(np.float32(0.3)), float(np.float32(19.67))]
    idl.contour(z, zrange=[-3, 40])
    assert S("!z").crange.tolist() == [-10.0, 40.0]
    idl.contour(z, zrange=[-3, 40], zstyle=1)
    assert S("!z").crange.tolist() == [-3.0, 40.0]
    idl.contour(z * 0 + 3)
    assert S("!z").crange.tolist() == [3.0, 4.0]


def test_zrange_decides_the_automatic_levels():
    z = np.array([[0.3, 5.0], [11.0, 19.67]])
    idl.contour(z, zrange=[-3, 40])
    levels = core.STATE.surface().items[-1][4]
    np.testing.assert_allclose(levels, -10 + 50 / 6 * np.arange(1, 6), rtol=0, atol=1e-12)
    idl.contour(z, zrange=[-3, 40], zstyle=1)
    assert core.STATE.surface().items[-1][4].tolist() == [0.0, 10.0, 20.0, 30.0]


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_contour_z_cranges_against_gdl():
    rng = np.random.default_rng(19211)
    cases, calls = [], []
    for k in range(16):
        scale = 10.0 ** int(rng.integers(-3, 5))
        z = (rng.normal(size=(int(rng.integers(2, 12)), int(rng.integers(2, 12))))
             * scale + rng.normal() * scale).astype([np.float32, np.float64][k % 2])
        # a given ZRANGE or LEVELS: GDL's rules exactly; without them GDL 1.0.1 rounds
        # the data range with its own, often finer, steps (compat uses PLOT's rounding,
        # equal in 55 of 75 random ranges measured): not compared here
        kw, text = {}, ""
        if k % 2 == 0:
            zr = np.sort(rng.normal(size=2)) * scale * 3
            kw["zrange"] = zr
            text += ", zrange=zr"
        else:
            kw["levels"] = np.sort(rng.normal(size=3))
            text += ", levels=lev"
        if rng.uniform() < 0.4:
            kw["zstyle"] = 1
            text += ", zstyle=1"
        inputs = {"z": z, "zr": kw.get("zrange", np.zeros(2)),
                  "lev": kw.get("levels", np.zeros(1))}
        cases.append((f"c{k}", inputs, "0 & set_plot, 'Z' & contour, z" + text
                      + " & r = !z.crange"))
        calls.append((z, kw))
    got = _gdl(cases)
    for k, (z, kw) in enumerate(calls):
        idl.contour(z, **kw)
        assert S("!z").crange.tolist() == got[f"c{k}"].tolist(), (k, kw)


# -- XYOUTS WIDTH -----------------------------------------------------------------------
def test_text_units_of_formatting_commands():
    assert gk.text_units("Hello") == 5
    assert gk.text_units("!3abc") == 3
    assert gk.text_units("a!!b") == 3
    assert gk.text_units("x!Uy!N") == pytest.approx(1.62)
    assert gk.text_units("ab!Ccde") == 3


def test_width_is_float_normal_units_of_the_last_string():
    r = idl.xyouts([0.1, 0.2], [0.1, 0.2], ["Hello", "ab"], normal=True, width=True)
    assert r.width.dtype == np.float32
    assert r.width == np.float32(2 * 8 * 20 / 13 / 640)
    assert idl.xyouts(0.1, 0.1, "x", normal=True) is None


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_widths_against_gdl():
    # random plain strings, CHARSIZE, !P.CHARSIZE and Z buffer sizes: within 1 ULP of
    # GDL (GDL rounds FLOAT steps in plplot's order, compat rounds once from double:
    # the two differ by at most the last rounding, one ULP)
    rng = np.random.default_rng(19212)
    letters = np.array(list("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123 ()"))
    cases, calls = [], []
    for k in range(25):
        text = "".join(rng.choice(letters, int(rng.integers(0, 30))))
        cs = float(np.round(rng.uniform(0.2, 4), 3))
        size = [int(rng.integers(100, 1200)), int(rng.integers(100, 900))]
        pcs = float(np.round(rng.uniform(0.5, 3), 2)) if k % 3 == 0 else 0.0
        kw = "" if k % 3 == 0 else f", charsize={cs}"
        cases.append((f"c{k}", {}, f"0 & set_plot, 'Z' & device, set_resolution={size} & "
                      f"!p.charsize = {pcs} & xyouts, 0.1, 0.2, '{text}', /normal, "
                      f"width=r{kw} & !p.charsize = 0"))
        calls.append((text, cs if kw else None, size, pcs))
    got = _gdl(cases)
    for k, (text, cs, size, pcs) in enumerate(calls):
        core.reset()
        idl.set_plot("Z")
        idl.device(set_resolution=size)
        core.STATE.p.charsize = pcs
        w = idl.xyouts(0.1, 0.2, text, normal=True, width=True, charsize=cs).width
        g = np.float32(got[f"c{k}"])
        assert abs(float(w) - float(g)) <= np.spacing(g), (text, cs, size, pcs, w, g)


# -- DEVICE COPY and SET_GRAPHICS_FUNCTION ----------------------------------------------
def test_device_copy_moves_a_rectangle_bit_for_bit():
    rng = np.random.default_rng(19213)
    b = rng.integers(0, 256, size=(40, 50)).astype(np.uint8)   # IDL's 50 x 40 image
    idl.erase()
    idl.tv(b, 10, 20)
    idl.device(copy=[10, 20, 50, 40, 300, 200])
    a = idl.tvrd()
    assert np.array_equal(a[200:240, 300:350], b)
    assert np.array_equal(a[20:60, 10:60], b)
    # a rectangle partly off the surface: only the pixels inside are copied
    idl.erase()
    idl.tv(b, 0, 0)
    idl.device(copy=[-5, -3, 20, 10, 100, 100])
    a = idl.tvrd()
    assert np.array_equal(a[103:110, 105:120], b[0:7, 0:15])
    assert not a[100:103, 100:120].any() and not a[100:110, 100:105].any()


def test_device_copy_from_another_window():
    rng = np.random.default_rng(19214)
    b = rng.integers(1, 256, size=(8, 12)).astype(np.uint8)
    idl.set_plot("X")
    idl.window(0, xsize=100, ysize=80)
    idl.tv(b, 3, 4)
    idl.window(1, xsize=100, ysize=80)
    idl.device(copy=[3, 4, 12, 8, 50, 60, 0])
    a = idl.tvrd()
    assert np.array_equal(a[60:68, 50:62], b) and int(a.sum()) == int(b.sum(dtype=np.int64))
    with pytest.raises(CompatValueError, match="closed"):
        idl.device(copy=[0, 0, 5, 5, 0, 0, 7])
    with pytest.raises(CompatValueError, match="6 or 7"):
        idl.device(copy=[0, 0, 5, 5])


@pytest.mark.parametrize("code", range(16))
def test_set_graphics_function_combines_tv_pixels(code):
    rng = np.random.default_rng(19215)
    d = rng.integers(0, 256, size=(6, 9)).astype(np.uint8)
    s = rng.integers(0, 256, size=(6, 9)).astype(np.uint8)
    idl.erase()
    idl.tv(d, 4, 5)
    idl.device(set_graphics_function=code)
    assert int(idl.device(get_graphics_function=True).get_graphics_function) == code
    idl.tv(s, 4, 5)
    idl.device(set_graphics_function=3)
    got = idl.tvrd()[5:11, 4:13]
    # X's GX code: bit k of the code is the result for (src, dst) = ((3-k) >> 1, (3-k) & 1)
    want = np.zeros_like(d)
    for bit in range(8):
        sb, db = (s >> bit) & 1, (d >> bit) & 1
        r = (code >> (2 * (1 - sb.astype(int)) + (1 - db.astype(int)))) & 1
        want |= (r.astype(np.uint8) << bit)
    assert np.array_equal(got, want)


def test_set_graphics_function_range():
    with pytest.raises(CompatValueError, match="0 to 15"):
        idl.device(set_graphics_function=16)


# -- tick marks -------------------------------------------------------------------------
def _tick_lines(axis_name):
    return [it for it in core.STATE.surface().items
            if it[0] == "lines" and it[-1].get("ticks") == axis_name]


def test_major_ticks_sit_on_xtick_get_with_ticklen_of_the_window():
    r = idl.plot([0, 9.3], [0, 1], position=[0.1, 0.1, 0.9, 0.9], xminor=-1, yminor=-1,
                 xtick_get=True)
    (item,) = _tick_lines("x")
    x, y = item[1].reshape(-1, 3), item[2].reshape(-1, 3)
    # bottom and top ticks per major value: x0 + (v - c0) / (c1 - c0) * width
    want = 64 + r.xtick_get / 10.0 * 512
    assert np.allclose(x[0::2, 0], want) and np.allclose(x[1::2, 0], want)
    # 0.02 of the window's 384-pixel height, up from the bottom, down from the top
    assert np.allclose(y[0::2, 1] - y[0::2, 0], 0.02 * 384)
    assert np.allclose(y[1::2, 1] - y[1::2, 0], -0.02 * 384)


def test_ticklen_keywords_outward_grid_and_no_box():
    idl.plot([0, 10], [0, 10], position=[0.1, 0.1, 0.9, 0.9], xticklen=-0.05,
             yticklen=1.0, xstyle=8, yminor=-1, xminor=-1)
    (xi,) = _tick_lines("x")
    y = xi[2].reshape(-1, 3)
    assert np.allclose(y[:, 1] - y[:, 0], -0.05 * 384)      # outward, bottom edge only
    assert np.allclose(y[:, 0], 48)
    (yi,) = _tick_lines("y")
    x = yi[1].reshape(-1, 3)
    assert np.allclose(np.abs(x[:, 1] - x[:, 0]), 512)        # a grid across the window
    idl.plot([0, 10], [0, 10], xstyle=4)
    assert _tick_lines("x") == []


def test_minor_ticks_and_labels():
    idl.plot([0, 10], [0, 10], position=[0.1, 0.1, 0.9, 0.9], xminor=4, yminor=-1,
             xtickname=["a", "b", "c"], xticks=2, ytickformat="(F5.1)")
    (xi,) = _tick_lines("x")
    x = xi[1].reshape(-1, 3)[:, 0]
    assert len(set(np.round(x, 6))) == 3 + 2 * 3    # 3 majors and 3 minors per interval
    texts = [it[3] for it in core.STATE.surface().items if it[0] == "text"]
    assert texts[:3] == ["a", "b", "c"] and texts[3:5] == ["  0.0", "  2.0"]


def test_axis_draws_its_line_ticks_and_labels_on_its_side():
    idl.plot([0, 10], [0, 10], position=[0.1, 0.1, 0.9, 0.9], xstyle=9, ystyle=9)
    core.STATE.surface().items.clear()
    idl.axis(yaxis=1, yrange=[0, 1], yminor=-1, save=True)
    items = core.STATE.surface().items
    line = items[0]
    assert np.allclose(line[1], 576) and np.allclose(line[2], [48, 432], atol=1e-3)
    (ticks,) = [it for it in items[1:] if it[0] == "lines"]
    x = ticks[1].reshape(-1, 3)
    assert np.allclose(x[:, 0], 576, atol=1e-3)
    assert np.allclose(x[:, 1] - x[:, 0], -0.02 * 512, atol=1e-3)   # into the window
    labels = [it for it in items if it[0] == "text"]
    assert [t[3] for t in labels] == ["0", "0.2", "0.4", "0.6", "0.8", "1"]
    assert all(t[1] > 576 for t in labels)                          # right of the axis
    # a new range without /SAVE is drawn with that range, !Y keeps the old one
    core.STATE.surface().items.clear()
    idl.axis(xaxis=1, xrange=[100, 300])
    assert S("!x").crange.tolist() == [0.0, 10.0]
    labels = [it[3] for it in core.STATE.surface().items if it[0] == "text"]
    assert labels == ["100", "150", "200", "250", "300"]
