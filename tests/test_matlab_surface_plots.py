"""MATLAB patches, 3-D lines, surfaces, images and colour scaling (compat.matlab.surface_plots):
known values worked out by hand from MATLAB's documented rules, bad input, random data
against live Octave, and the drawn picture."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from compat import matlab
from compat._core import graphics_surfaces as gsurf
from oracles import run_octave


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    matlab.figure("Visible", "off")
    yield
    matlab.close("all")


# --------------------------------------------------------------------------------------
# known values
# --------------------------------------------------------------------------------------
def test_patch_columns_become_faces_and_vertices():
    x = np.array([[0.0, 10.0], [1.0, 11.0], [2.0, 12.0]])
    y = np.array([[5.0, 6.0], [7.0, 8.0], [9.0, 4.0]])
    p = matlab.patch(x, y, np.array([[3.0, 4.0]]))
    # MATLAB: Vertices = [X(:) Y(:)], Faces row j = the rows of column j
    np.testing.assert_array_equal(p.Faces, [[1, 2, 3], [4, 5, 6]])
    np.testing.assert_array_equal(p.Vertices, [[0, 5], [1, 7], [2, 9], [10, 6], [11, 8],
                                               [12, 4]])
    np.testing.assert_array_equal(p.XData, x)
    np.testing.assert_array_equal(p.YData, y)
    np.testing.assert_array_equal(p.FaceVertexCData, [[3], [4]])
    assert p.FaceColor == "flat" and p.ZData.size == 0
    np.testing.assert_array_equal(matlab.caxis(), [[3, 4]])
    # per-vertex colours: CData is X's size, FaceVertexCData C(:)
    q = matlab.patch(x, y, np.array([[1.0, 4.0], [2.0, 5.0], [3.0, 6.0]]))
    assert q.FaceColor == "interp"
    np.testing.assert_array_equal(q.FaceVertexCData.ravel(), [1, 2, 3, 4, 5, 6])
    np.testing.assert_array_equal(matlab.caxis(), [[1, 6]])


def test_patch_faces_vertices_form_derives_xdata_and_cdata():
    p = matlab.patch("Faces", [[1, 2, 3], [3, 4, np.nan]], "Vertices",
                     [[0, 0, 1], [1, 0, 2], [1, 1, 3], [0, 1, 4]],
                     "FaceVertexCData", [[10], [20], [30], [40]], "FaceColor", "interp")
    nan = np.nan
    np.testing.assert_array_equal(p.XData, [[0, 1], [1, 0], [1, nan]])
    np.testing.assert_array_equal(p.ZData, [[1, 3], [2, 4], [3, nan]])
    np.testing.assert_array_equal(p.CData, [[10, 30], [20, 40], [30, nan]])
    np.testing.assert_array_equal(matlab.zlim(), [[1, 4]])
    # setting XData rebuilds the vertices
    p.XData = [[5, 6], [7, 8], [9, 10]]
    np.testing.assert_array_equal(p.Vertices[:, 0], [5, 7, 9, 6, 8, 10])


def test_image_edges_and_axes():
    assert gsurf.image_edges([1, 8], 8) == (0.5, 8.5)
    assert gsurf.image_edges([0, 70], 8) == (-5.0, 75.0)  # spacing 10
    assert gsurf.image_edges([3, 3], 1) == (2.5, 3.5)
    h = matlab.imagesc(5, [10, 20], np.arange(12.0).reshape(3, 4))
    np.testing.assert_array_equal(h.XData, [[5, 8]])  # scalar x: the first centre
    np.testing.assert_array_equal(matlab.xlim(), [[4.5, 8.5]])
    np.testing.assert_array_equal(matlab.ylim(), [[7.5, 22.5]])
    assert matlab.gca().YDir == "reverse" and matlab.gca().XLimMode == "manual"
    np.testing.assert_array_equal(matlab.caxis(), [[0, 11]])
    matlab.hold("on")
    matlab.plot([0, 30], [0, 40])  # hold on: the limits stay as the image set them
    np.testing.assert_array_equal(matlab.xlim(), [[4.5, 8.5]])


def test_colour_mapping_rule():
    from compat._core.graphics_surface_render import color_rows
    cmap = np.linspace(0, 1, 4)[:, None].repeat(3, axis=1)  # 4 grey rows
    # scaled: row fix((c - lo)/(hi - lo) * m) + 1, clipped to 1..m
    c = np.array([[0.0, 0.24, 0.25, 0.5, 0.99, 1.0, -3.0, 7.0]])
    rows = color_rows(c, cmap, np.array([[0.0, 1.0]]), scaled=True)[0, :, 0]
    np.testing.assert_array_equal(rows, cmap[[0, 0, 1, 2, 3, 3, 0, 3], 0])
    # direct doubles: row fix(c) (1-based); integers: row c + 1
    rows = color_rows(np.array([[1.0, 2.7, 4.0, 9.0, 0.0]]), cmap, None,
                      scaled=False)[0, :, 0]
    np.testing.assert_array_equal(rows, cmap[[0, 1, 3, 3, 0], 0])
    rows = color_rows(np.array([[0, 1, 3]], dtype=np.uint8), cmap, None, scaled=False,
                      integer=True)[0, :, 0]
    np.testing.assert_array_equal(rows, cmap[[0, 1, 3], 0])


def test_view_colormap_colorbar_and_alpha():
    s = matlab.surf(np.array([[1.0, 2.0], [3.0, 5.0]]))
    np.testing.assert_array_equal(matlab.view(), [[-37.5, 30]])
    np.testing.assert_array_equal(matlab.view(10, 20), [[10, 20]])
    np.testing.assert_array_equal(matlab.view([0, 90]), [[0, 90]])
    assert matlab.colormap().shape == (256, 3)
    np.testing.assert_array_equal(matlab.colormap("gray")[[0, 255], 0], [0, 1])
    matlab.colormap(matlab.hot(5))
    np.testing.assert_array_equal(matlab.colormap("gray")[:, 0], [0, 0.25, 0.5, 0.75, 1])
    cb = matlab.colorbar()
    np.testing.assert_array_equal(cb.Limits, [[1, 5]])
    np.testing.assert_array_equal(cb.Ticks, [[1, 2, 3, 4, 5]])
    matlab.caxis([0, 10])
    np.testing.assert_array_equal(cb.Limits, [[0, 10]])
    assert matlab.colorbar() is cb
    matlab.colorbar("off")
    assert not cb.isvalid()
    matlab.alpha(0.3)
    assert s.FaceAlpha == 0.3 and s.EdgeAlpha == 1.0
    matlab.alpha(s, "clear")
    assert s.FaceAlpha == 0.0
    cb2 = matlab.colorbar()
    ax = matlab.gca()
    ax.delete()  # the colorbar goes with its axes
    ax2 = matlab.gca()
    assert gsurf.colorbar_of(ax2) is None and not cb2.isvalid()


def test_pcolor_and_shading():
    c = np.arange(12.0).reshape(3, 4)
    s = matlab.pcolor(c)
    np.testing.assert_array_equal(s.ZData, np.zeros((3, 4)))
    np.testing.assert_array_equal(s.XData, [[1, 2, 3, 4]])
    np.testing.assert_array_equal(s.YData, [[1], [2], [3]])
    np.testing.assert_array_equal(matlab.caxis(), [[0, 11]])
    ax = matlab.gca()
    assert (ax.XLimMode, ax.YLimMode, ax.Box) == ("manual", "manual", "on")
    np.testing.assert_array_equal(ax.View, [[0, 90]])
    matlab.hold("on")
    matlab.plot([0, 10], [0, 10])  # a line does not move the frozen limits
    np.testing.assert_array_equal(matlab.xlim(), [[1, 4]])
    matlab.shading("flat")
    assert (s.FaceColor, s.EdgeColor) == ("flat", "none")
    matlab.shading("faceted")
    assert s.FaceColor == "flat"
    np.testing.assert_array_equal(s.EdgeColor, [[0, 0, 0]])
    m = matlab.mesh(c)
    matlab.shading("interp")
    assert (s.FaceColor, s.EdgeColor, m.EdgeColor) == ("interp", "none", "interp")
    np.testing.assert_array_equal(m.FaceColor, [[1, 1, 1]])


def test_inputs_are_not_modified_and_layouts_read():
    z = np.arange(12.0).reshape(3, 4)
    frozen = z.copy()
    z.setflags(write=False)
    big = z.astype(">f8")
    s = matlab.surf(big)
    np.testing.assert_array_equal(s.ZData, frozen)
    s.ZData[0, 0] = 99.0  # a copy
    np.testing.assert_array_equal(matlab.get(s, "ZData"), frozen)
    x = np.asfortranarray(np.array([[0.0, 1.0], [1.0, 2.0], [0.5, 0.5]]))
    p = matlab.patch(x[:, ::-1], x, "b")
    np.testing.assert_array_equal(p.XData, x[:, ::-1])
    np.testing.assert_array_equal(frozen, z)


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.patch([0, 1, 2], [0, 1], "r"), "patch: X, Y and Z must have the same size"),
    (lambda: matlab.patch([0, 1]), "patch: Not enough input arguments"),
    (lambda: matlab.patch([[0, 1], [1, 2]], [[0, 1], [1, 2]], [1, 2, 3]),
     "patch: C must have one value per face or per vertex"),
    (lambda: matlab.surf([1, 2, 3], [1, 2], np.ones((2, 2))),
     "surf: X must have length columns(Z) = 2"),
    (lambda: matlab.surf(), "surf: Not enough input arguments"),
    (lambda: matlab.view(4), "view: view takes 2, 3, [az el] or az, el"),
    (lambda: matlab.colormap([[0, 0, 2]]), "colormap: Colormap must be an m-by-3 matrix"),
    (lambda: matlab.colormap("parula"), "colormap: parula's table"),
    (lambda: matlab.colormap("nosuchmap"), "colormap: unknown colormap"),
    (lambda: matlab.caxis([2, 1]), "caxis: Value must be a 2-element vector of increasing"),
    (lambda: matlab.imagesc(np.zeros((2, 2, 4))), "imagesc: C must be an m-by-n"),
    (lambda: matlab.alpha("cloudy"), "alpha: Unknown alpha option 'cloudy'"),
    (lambda: matlab.plot3([1, 2], [1, 2], [1, 2, 3]), "plot3: Vectors must be the same length"),
    (lambda: matlab.fill([0, 1], "r"), "fill: Not enough input arguments"),
    (lambda: matlab.pcolor([1, 2, 3], np.ones((2, 2))), "pcolor: Not enough input arguments"),
    (lambda: matlab.pcolor([1, 2, 3], [1, 2], np.ones((2, 2))),
     "pcolor: X must have length columns(C) = 2"),
    (lambda: matlab.shading("gouraud"), "shading: Unknown shading 'gouraud'"),
])
def test_bad_input_messages(call, message):
    with pytest.raises((ValueError, TypeError)) as err:
        call()
    assert str(err.value).startswith(message), str(err.value)


# --------------------------------------------------------------------------------------
# random data against live Octave
# --------------------------------------------------------------------------------------
_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")

_STATEMENTS = (
    "warning('off', 'all'); close all; figure('visible', 'off');"
    " s = surf(x, y, Z); zl = get(gca, 'ZLim'); cl = get(gca, 'CLim');"
    " xl = get(gca, 'XLim'); yl = get(gca, 'YLim'); zt = get(gca, 'ZTick');"
    " cla; p = patch(P, Q, c); pl = get(gca, 'CLim'); px = get(gca, 'XLim');"
    " py = get(gca, 'YLim'); pf = get(p, 'Faces'); pv = get(p, 'Vertices');"
    " cla; h = plot3(x(1:3), y(1:3), Z(1, 1:3)); lz = get(gca, 'ZLim'); lv = get(gca, 'View');"
    " cla reset; im = imagesc(xi, yi, Z); ix = get(gca, 'XLim'); iy = get(gca, 'YLim');"
    " ic = get(gca, 'CLim'); close all;")
_OUTPUTS = ["zl", "cl", "xl", "yl", "zt", "pl", "px", "py", "pf", "pv", "lz", "lv", "ix",
            "iy", "ic"]


def _half_pixel(d, name):
    data, n = (d["xi"], d["Z"].shape[1]) if name == "ix" else (d["yi"], d["Z"].shape[0])
    lo, hi = data.ravel()
    return (hi - lo) / (n - 1) / 2


def _draw(rng):
    m, n = (int(v) for v in rng.integers(3, 7, size=2))  # plot3 takes 3 of each
    scale = 10.0 ** rng.uniform(-3, 4)
    z = rng.normal(size=(m, n)) * scale + scale * rng.choice([0.0, 3.0, 50.0])
    x = np.sort(rng.uniform(-5, 5, n)) * 10.0 ** rng.uniform(-2, 2)
    y = np.sort(rng.uniform(-5, 5, m)) * 10.0 ** rng.uniform(-2, 2)
    k = int(rng.integers(1, 5))
    p = rng.uniform(-1, 1, (3, k)) * 10.0 ** rng.uniform(-2, 3)
    q = rng.uniform(0, 1, (3, k)) * 10.0 ** rng.uniform(-2, 3)
    c = rng.normal(size=(1, k)) * 10.0 ** rng.uniform(-2, 2)
    xi = np.sort(rng.uniform(-100, 100, 2))
    yi = np.sort(rng.uniform(-100, 100, 2))
    return dict(x=x.reshape(1, -1), y=y.reshape(1, -1), Z=z, P=p, Q=q, c=c,
                xi=xi.reshape(1, 2), yi=yi.reshape(1, 2))


def _compat(d):
    matlab.close("all")
    matlab.figure("Visible", "off")
    matlab.surf(d["x"], d["y"], d["Z"])
    ax = matlab.gca()
    out = dict(zl=ax.ZLim, cl=ax.CLim, xl=ax.XLim, yl=ax.YLim, zt=ax.ZTick)
    matlab.cla()
    p = matlab.patch(d["P"], d["Q"], d["c"])
    out.update(pl=ax.CLim, px=ax.XLim, py=ax.YLim, pf=p.Faces, pv=p.Vertices)
    matlab.cla()
    matlab.plot3(d["x"][:, :3], d["y"][:, :3], d["Z"][:1, :3])
    out.update(lz=ax.ZLim, lv=ax.View)
    ax.reset()
    matlab.imagesc(d["xi"], d["yi"], d["Z"])
    out.update(ix=ax.XLim, iy=ax.YLim, ic=ax.CLim)
    return out


@pytest.mark.octave
@needs_gnuplot
def test_random_surfaces_patches_images_against_octave():
    rng = np.random.default_rng(18420)
    draws = [_draw(rng) for _ in range(60)]
    results = run_octave([(_STATEMENTS, d, _OUTPUTS) for d in draws])
    for k, (d, got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        mine = _compat(d)
        for name in _OUTPUTS:
            want = np.atleast_2d(np.asarray(got[name], dtype=np.float64))
            have = np.asarray(mine[name], dtype=np.float64)
            assert have.shape == want.shape, (k, name, have, want)
            if name in ("ix", "iy"):
                # image edges first -/+ half a pixel spacing: GNU Octave 7.3 rounds that
                # half spacing to single precision (x0 - double(single(half)) is Octave's
                # edge bit for bit on every draw of this seed), compat keeps it double:
                # apart by at most half a float32 ulp of it, 2^-24 |half|, plus the
                # edge's own rounding (2 ulps)
                half = abs(_half_pixel(d, name))
                np.testing.assert_allclose(have, want, rtol=0, atol=half * 2.0 ** -24
                                           + 2 * np.spacing(np.abs(want)).max())
            else:
                # data copied, limits k*sep or the data's min/max: 1 ulp (another libm's
                # pow(10, b))
                np.testing.assert_array_max_ulp(have, want, maxulp=1)


# --------------------------------------------------------------------------------------
# the picture
# --------------------------------------------------------------------------------------
def test_saveas_draws_image_colours_and_3d_views(tmp_path):
    pytest.importorskip("matplotlib")
    image_mod = pytest.importorskip("matplotlib.image")
    matlab.imagesc(np.array([[1.0, 2.0], [3.0, 4.0]]))
    matlab.colormap(matlab.gray(4))
    out = tmp_path / "img.png"
    matlab.saveas(matlab.gcf(), str(out))
    pixels = image_mod.imread(str(out))
    height, width = pixels.shape[:2]
    left, bottom, w, h = matlab.gca().Position.ravel()
    # the quadrant centres: row 1 at the top (YDir reverse); gray(4) rows 0, 1/3, 2/3, 1
    for (i, j), grey in {(0, 0): 0.0, (0, 1): 1 / 3, (1, 0): 2 / 3, (1, 1): 1.0}.items():
        px = int((left + w * (0.25 + 0.5 * j)) * width)
        py = int((1 - (bottom + h * (0.75 - 0.5 * i))) * height)
        np.testing.assert_allclose(pixels[py, px, :3], grey, atol=1 / 255 + 1e-6)
    matlab.figure("Visible", "off")
    matlab.surf(np.outer(np.arange(4.0), np.arange(5.0)))
    matlab.zlabel("z")
    matlab.colorbar()
    from compat._core.graphics_render import build_figure
    mfig, drawn = build_figure(matlab.gcf())
    max_ = drawn[matlab.gca()]
    assert max_.name == "3d"
    assert (max_.elev, max_.azim) == (30.0, -127.5)
    assert max_.get_zlim() == (0.0, 12.0)
    assert len(mfig.axes) == 2  # the axes and its colorbar
    matlab.saveas(matlab.gcf(), str(tmp_path / "surf.png"))
    assert (tmp_path / "surf.png").stat().st_size > 1000


_KINDS = {
    "pcolor_interp": lambda z: (matlab.pcolor(z), matlab.shading("interp")),
    "pcolor_colorbar_south": lambda z: (matlab.pcolor(z), matlab.colorbar("southoutside")),
    "mesh": lambda z: matlab.mesh(z),
    "surf_interp_alpha": lambda z: (matlab.surf(z), matlab.shading("interp"),
                                    matlab.alpha(0.5)),
    "patch_3d": lambda z: (matlab.patch([0, 1, 1], [0, 0, 1], [0, 1, 2], [[1], [2], [3]]),
                           matlab.view(3)),
    "image_truecolor": lambda z: matlab.image(np.full((4, 5, 3), 0.5)),
    "image_uint8": lambda z: matlab.image(np.arange(6, dtype=np.uint8).reshape(2, 3)),
    "imagesc_nan": lambda z: matlab.imagesc(np.array([[1.0, np.nan], [3.0, 4.0]])),
    "plot3_on_surf": lambda z: (matlab.surf(z), matlab.hold("on"),
                                matlab.plot3([0, 4], [0, 3], [0, 12], "r-o")),
    "surface_2d": lambda z: (matlab.surface(z), matlab.shading("interp")),
}


@pytest.mark.parametrize("kind", sorted(_KINDS))
def test_saveas_draws_every_kind(kind, tmp_path):
    pytest.importorskip("matplotlib")
    _KINDS[kind](np.outer(np.arange(4.0), np.arange(5.0)))
    out = tmp_path / f"{kind}.png"
    matlab.saveas(matlab.gcf(), str(out))
    assert out.stat().st_size > 1000


def test_saveas_fills_a_patch(tmp_path):
    pytest.importorskip("matplotlib")
    image_mod = pytest.importorskip("matplotlib.image")
    matlab.patch([0, 1, 1, 0], [0, 0, 1, 1], "r")
    matlab.axis([0, 1, 0, 1])
    out = tmp_path / "patch.png"
    matlab.saveas(matlab.gcf(), str(out))
    pixels = image_mod.imread(str(out))
    left, bottom, w, h = matlab.gca().Position.ravel()
    py = int((1 - (bottom + h / 2)) * pixels.shape[0])
    px = int((left + w / 2) * pixels.shape[1])
    np.testing.assert_allclose(pixels[py, px, :3], [1, 0, 0], atol=1e-6)


def test_colormap_functions_take_the_figure_length():
    # MATLAB's jet/gray/... pages: without m, the current figure's colormap length;
    # 256 when no figure exists
    matlab.close("all")
    assert matlab.jet().shape == (256, 3)
    matlab.figure("Visible", "off")
    matlab.colormap(matlab.gray(16))
    assert matlab.jet().shape == (16, 3) and matlab.hot(5).shape == (5, 3)
    matlab.colormap("default")
    assert matlab.gray().shape == (256, 3)
