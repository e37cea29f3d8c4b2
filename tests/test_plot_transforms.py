"""IDL direct graphics' coordinate keywords (compat._core.plot_transforms): PLOT/OPLOT
/POLAR, /T3D through !P.T for PLOT, OPLOT, PLOTS, XYOUTS and POLYFILL, POLYFILL
PATTERN=, DEVICE's cursor/visual/document keywords, SHADE_SURF's tick outputs.
Golden suite: reference_outputs/idl/direct_graphics_3d."""

import math

import numpy as np
import pytest

from compat import idl
from compat._core import direct_graphics as core
from compat._core import plot_transforms as pt
from compat._core.errors import CompatValueError
from oracles import GDL, run_gdl

S = idl.sysvar


@pytest.fixture(autouse=True)
def fresh_graphics():
    core.reset()
    idl.set_plot("Z")
    idl.device(set_resolution=[640, 480])
    yield
    core.reset()


def _items(kind):
    return [it for it in core.STATE.surface().items if it[0] == kind]


# -- /POLAR -----------------------------------------------------------------------------


def test_polar_known_ranges():
    # r cos(theta): 1, 1.53, 0.51, -2.00, -0.98; r sin(theta): 0, 1.29, 2.96, 1.50, -1.14
    idl.plot([1.0, 2, 3, 2.5, 1.5], [0.0, 0.7, 1.4, 2.5, 4.0], polar=True)
    assert S("!x").crange.tolist() == [-3.0, 2.0]     # GDL 1.0.1 prints the same
    assert S("!y").crange.tolist() == [-2.0, 3.0]
    # exact style: the extremes of the DOUBLE products (GDL: -2.00285903886733418)
    r = np.float32([1.0, 2, 3, 2.5, 1.5])
    th = np.float32([0.3, 0.7, 1.4, 2.5, 4.0])
    idl.plot(r, th, polar=True, xstyle=1, ystyle=1)
    assert S("!x").crange[0] == 2.5 * math.cos(float(np.float32(2.5)))
    assert S("!y").crange[1] == 3.0 * math.sin(float(np.float32(1.4)))


def test_polar_points_drawn_and_oplot():
    idl.plot([0, 1], [0, 1], nodata=True, xrange=[-2, 2], yrange=[-2, 2], xstyle=1,
             ystyle=1, position=[0.25, 0.25, 0.75, 0.75])
    idl.oplot([1.0, 1.0], [0.0, math.pi / 2], polar=True, noclip=True)
    line = _items("lines")[-1]
    # (1, 0) -> data (1, 0) -> device (400, 240); (1, pi/2) -> (0, 1) -> (320, 300)
    np.testing.assert_allclose(line[1], [400, 320], atol=1e-9)
    np.testing.assert_allclose(line[2], [240, 300], atol=1e-9)


def test_polar_needs_both_arguments():
    with pytest.raises(CompatValueError, match="POLAR"):
        idl.plot([1, 2, 3], polar=True)
    with pytest.raises(CompatValueError, match="POLAR"):
        idl.oplot([1, 2, 3], polar=True)


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_polar_ranges_against_gdl():
    rng = np.random.default_rng(20901)
    cases, calls = [], []
    for k in range(12):
        n = int(rng.integers(3, 40))
        r = (rng.uniform(0.01, 1, n) * 10.0 ** int(rng.integers(-2, 4))).astype(
            [np.float32, np.float64][k % 2])
        th = rng.uniform(-7, 7, n).astype(r.dtype)
        style = int(rng.choice([0, 1]))
        cases.append((f"p{k}", {"rad": r, "ang": th},
                      f"0 & set_plot, 'Z' & plot, rad, ang, /polar, xstyle={style}, "
                      f"ystyle={style} & r = [!x.crange, !y.crange]"))
        calls.append((r, th, style))
    got = run_gdl(cases)
    for k, (r, th, style) in enumerate(calls):
        idl.plot(r, th, polar=True, xstyle=style, ystyle=style)
        mine = S("!x").crange.tolist() + S("!y").crange.tolist()
        # the same DOUBLE products and the same rounding: bit for bit
        assert mine == got[f"p{k}"].tolist(), (k, style)


# -- /T3D -------------------------------------------------------------------------------


def test_plots_t3d_translation_and_rotation():
    S("!p").t = idl.t3d(reset=True, translate=[0.1, 0.2, 0])
    idl.plots([0.1, 0.5], [0.5, 0.5], normal=True, t3d=True)
    line = _items("lines")[-1]
    np.testing.assert_allclose(line[1], [0.2 * 640, 0.6 * 640], atol=1e-9)
    np.testing.assert_allclose(line[2], [0.7 * 480, 0.7 * 480], atol=1e-9)
    # 90 degrees about Z: (x, y) -> (-y, x); a Z=0.5 point is unmoved in x and y
    S("!p").t = idl.t3d(reset=True, rotate=[0, 0, 90])
    idl.plots([0.25], [0.5], [0.5], normal=True, t3d=True, psym=1)
    pts = _items("lines")[-1]
    np.testing.assert_allclose([pts[1][0], pts[2][0]], [-0.5 * 640, 0.25 * 480],
                               atol=1e-9)


def test_plots_t3d_data_goes_through_s_and_z_through_z_s():
    idl.plot([0, 10], [0, 10], xstyle=1, ystyle=1, position=[0.1, 0.1, 0.9, 0.9])
    S("!z").s = [0.25, 0.05]
    # T3D: x' = x + z (shear), so data z = 5 (normal 0.5) moves x by half the page
    t = np.eye(4)
    t[0, 2] = 1.0
    S("!p").t = t
    idl.plots([5.0], [5.0], [5.0], t3d=True, psym=3)
    it = _items("lines")[-1]
    assert it[1][0] == pytest.approx((0.5 + 0.5) * 640)
    assert it[2][0] == pytest.approx(0.5 * 480)


def test_p_t3d_turns_the_transformation_on():
    S("!p").t = idl.t3d(reset=True, translate=[0.25, 0, 0])
    S("!p").t3d = 1
    idl.plots([0.1], [0.1], normal=True, psym=3)
    assert _items("lines")[-1][1][0] == pytest.approx(0.35 * 640)
    idl.plots([0.1], [0.1], normal=True, psym=3, t3d=0)
    assert _items("lines")[-1][1][0] == pytest.approx(0.1 * 640)


def test_plot_t3d_identity_draws_the_2d_plot_and_keeps_the_sysvars():
    x, y = [0, 1, 2, 3], [1.0, 3.0, 2.0, 4.0]
    idl.plot(x, y, xticks=3)
    flat = [it for it in core.STATE.surface().items if it[0] == "lines"]
    sv = (S("!x").s.tolist(), S("!y").crange.tolist(), S("!p").clip.tolist())
    S("!p").t = np.eye(4)
    idl.plot(x, y, xticks=3, t3d=True)
    assert (S("!x").s.tolist(), S("!y").crange.tolist(), S("!p").clip.tolist()) == sv
    lines = [it for it in core.STATE.surface().items if it[0] == "lines"]
    # the box becomes 4 lines, the rest is the same
    assert len(lines) == len(flat) + 4
    for a, b in zip(lines[4:], flat):
        np.testing.assert_allclose(a[1], b[1], atol=1e-9)
        np.testing.assert_allclose(a[2], b[2], atol=1e-9)


def test_plot_t3d_scale_moves_the_box_and_zvalue():
    t = np.diag([0.5, 0.5, 1.0, 1.0])
    t[0, 2] = 0.2                           # x' = x / 2 + z / 5
    S("!p").t = t
    idl.plot([0, 1], [0, 1], position=[0.2, 0.2, 0.8, 0.8], xstyle=1, ystyle=1,
             t3d=True, zvalue=0.5)
    box = _items("lines")[:4]
    xs = np.concatenate([b[1] for b in box])
    ys = np.concatenate([b[2] for b in box])
    assert xs.min() == pytest.approx((0.1 + 0.1) * 640)
    assert xs.max() == pytest.approx((0.4 + 0.1) * 640)
    assert (ys.min(), ys.max()) == (pytest.approx(0.1 * 480), pytest.approx(0.4 * 480))


def test_xyouts_and_polyfill_t3d():
    S("!p").t = idl.t3d(reset=True, translate=[0.5, 0, 0])
    idl.xyouts(0.1, 0.2, "A", normal=True, t3d=True)
    text = _items("text")[-1]
    assert (text[1], text[2]) == (pytest.approx(0.6 * 640), pytest.approx(0.2 * 480))
    idl.erase()
    idl.device(set_resolution=[20, 10])
    idl.erase()
    idl.polyfill([0, 4, 4, 0], [0, 0, 4, 4], device=True, t3d=True, color=7)
    a = idl.tvrd()
    # translated by half the 20-pixel page: columns 10 .. 13
    assert np.flatnonzero(a.any(axis=0)).tolist() == [10, 11, 12, 13]


def test_t3d_bad_z():
    with pytest.raises(CompatValueError, match="Z"):
        idl.plots([0, 1, 2], [0, 1, 2], [1, 2], t3d=True)


# -- POLYFILL PATTERN -------------------------------------------------------------------


def test_pattern_tiles_from_the_device_origin():
    idl.device(set_resolution=[8, 6])
    idl.erase()
    pat = np.array([[1, 2, 3], [4, 5, 6]], np.uint8)       # IDL P[3, 2]
    idl.polyfill([1, 6, 6, 1], [1, 1, 4, 4], device=True, pattern=pat)
    a = idl.tvrd()
    # pixel centres inside x 1..6, y 1..4: columns 1..5, rows 1..3
    for j in range(6):
        for i in range(8):
            want = pat[j % 2, i % 3] if (1 <= i <= 5 and 1 <= j <= 3) else 0
            assert a[j, i] == want, (i, j)


def test_pattern_values_are_bytes_and_checked():
    assert pt.check_pattern([[300.7, -1]]).tolist() == [[44, 255]]
    with pytest.raises(CompatValueError, match="PATTERN"):
        pt.check_pattern(np.zeros((0, 3)))


# -- DEVICE keywords --------------------------------------------------------------------


def test_device_visual_document_cursor_keywords():
    r = idl.device(get_visual_name=True, get_window_position=True, get_write_mask=True)
    assert r.get_visual_name == "TrueColor"
    assert r.get_window_position.tolist() == [0, 0]
    assert int(r.get_write_mask) == 255
    idl.device(set_write_mask=15, cursor_standard=30, cursor_crosshair=True)
    assert int(idl.device(get_write_mask=True).get_write_mask) == 15
    opts = core.STATE.device_options["Z"]
    assert opts["cursor_standard"] == 30 and opts["cursor_crosshair"] is True
    idl.set_plot("PS")
    idl.device(filename="x.ps")
    idl.device(close_document=True)
    idl.set_plot("X")
    idl.device(decomposed=1)
    idl.device(index_color=True)
    assert idl.device(get_decomposed=True).get_decomposed == 0
    assert int(S("!d").n_colors) == 256


# -- SHADE_SURF tick outputs ------------------------------------------------------------


def test_shade_surf_tick_get_matches_surface():
    z = np.outer(np.arange(5.0), np.arange(4.0))
    a = idl.surface(z, xtick_get=True, ytick_get=True, ztick_get=True)
    b = idl.shade_surf(z, xtick_get=True, ytick_get=True, ztick_get=True, thick=2)
    for name in ("xtick_get", "ytick_get", "ztick_get"):
        assert getattr(a, name).tolist() == getattr(b, name).tolist()
    assert b.ztick_get.tolist() == [0, 2, 4, 6, 8, 10, 12]
    c = idl.shade_surf(z, image=True, ztick_get=True)
    assert c.image.shape == (480, 640) and c.ztick_get.tolist() == b.ztick_get.tolist()


def test_plots_t3d_translate_pixels_as_idl_documents():
    # golden case direct_graphics_3d/plots_t3d_translate: GDL 1.0.1 draws columns 100
    # to 300 (divergent); IDL's T3D page: the line moves by a quarter of 640 pixels
    S("!p").t = idl.t3d(reset=True, translate=[0.25, 0, 0])
    idl.erase()
    idl.plots([100, 300], [240, 240], device=True, t3d=True)
    cols = np.flatnonzero((idl.tvrd() != 0).any(axis=0))
    assert abs(int(cols.min()) - 260) <= 1 and abs(int(cols.max()) - 460) <= 1


def test_contour_t3d_projects_axes_and_lines():
    z = np.outer(np.arange(5.0), np.arange(6.0))
    idl.contour(z, levels=[4.0], xstyle=1, ystyle=1, position=[0.2, 0.2, 0.6, 0.6])
    flat = [it for it in core.STATE.surface().items if it[0] == "contour"]
    from compat._core.raster_graphics import contour_lines
    ref = contour_lines(flat[0], (640, 480))
    S("!p").t = idl.t3d(reset=True, translate=[0.25, 0.0, 0.0])
    idl.contour(z, levels=[4.0], xstyle=1, ystyle=1, position=[0.2, 0.2, 0.6, 0.6],
                t3d=True)
    lines = _items("lines")
    assert not _items("contour")
    # the box's 4 edges first, translated by 160 device pixels
    assert min(float(np.min(b[1])) for b in lines[:4]) == pytest.approx(0.45 * 640)
    got = [it for it in lines if it[1].size == ref[0][1].size]
    np.testing.assert_allclose(got[-1][1], ref[0][1] + 160, atol=1e-9)
    np.testing.assert_allclose(got[-1][2], ref[0][2], atol=1e-9)
    with pytest.raises(CompatValueError, match="FILL"):
        idl.contour(z, fill=True, t3d=True)


def test_convert_coord_t3d():
    S("!p").t = idl.t3d(reset=True, translate=[0.25, 0.1, 0.5])
    got = idl.convert_coord([0.1, 0.5], [0.5, 0.2], normal=True, to_device=True, t3d=True)
    np.testing.assert_allclose(got, [[0.35 * 640, 0.6 * 480, 0.5],
                                     [0.75 * 640, 0.3 * 480, 0.5]], rtol=1e-6)
    assert got.dtype == np.float64           # Python floats are DOUBLE
    f = idl.convert_coord(np.float32(0.1), np.float32(0.5), normal=True, to_normal=True,
                          t3d=True)
    assert f.dtype == np.float32 and f[0] == np.float32(0.1 + 0.25)
    with pytest.raises(CompatValueError, match="T3D"):
        idl.convert_coord(0.1, 0.5, normal=True, to_data=True, t3d=True)


def test_axis_t3d_moves_the_axis_line():
    idl.plot([0, 1], [0, 1], position=[0.2, 0.2, 0.6, 0.6], xstyle=1, ystyle=1)
    idl.axis(yaxis=1, yrange=[0, 10])
    flat = [it for it in core.STATE.surface().items if it[0] == "lines"][-1]
    S("!p").t = idl.t3d(reset=True, translate=[0.0, 0.125, 0.0])
    idl.axis(yaxis=1, yrange=[0, 10], t3d=True)
    last = _items("lines")[-1]
    np.testing.assert_allclose(last[1], flat[1], atol=1e-9)
    np.testing.assert_allclose(last[2], flat[2] + 60, atol=1e-9)
