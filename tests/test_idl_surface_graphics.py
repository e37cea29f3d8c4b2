"""IDL 3-D surfaces: SURFACE, SHADE_SURF, SET_SHADING, SURFR, SCALE3D
(compat.idl.surface_plots over compat._core.surface_graphics). Golden suite:
reference_outputs/idl/surface_graphics."""

from pathlib import Path
import tempfile

import numpy as np
import pytest

from compat import idl
from compat._core import direct_graphics as dg
from compat._core import surface_graphics as core
from oracles import GDL, run_gdl

S = idl.sysvar
EPS = np.finfo(float).eps


@pytest.fixture(autouse=True)
def fresh_graphics():
    dg.reset()
    core.reset_shading()
    idl.set_plot("Z")
    yield
    dg.reset()
    core.reset_shading()


def _corner_fit(m):
    """scale3d.pro's procedure written out independently: corners p # M one at a time
    (IDL's p # M for a row vector: out[j] = sum_k p[k] M[k, j], numpy m[j, k])."""
    lo = hi = None
    for i in range(8):
        p = [i & 1, (i // 2) & 1, (i // 4) & 1, 1]
        q = [sum(p[k] * m[j, k] for k in range(4)) for j in range(4)]
        q = [v / q[3] for v in q]
        lo = q if lo is None else [min(a, b) for a, b in zip(lo, q)]
        hi = q if hi is None else [max(a, b) for a, b in zip(hi, q)]
    if hi[2] == lo[2]:
        hi[2] = lo[2] + 1
    return idl.t3d(m, translate=[-v for v in lo[:3]],
                   scale=[1.0 / (b - a) for a, b in zip(lo[:3], hi[:3])])


def _surfr_by_t3d(ax, az):
    m = idl.t3d(reset=True, translate=[-0.5, -0.5, -0.5])
    m = idl.t3d(m, rotate=[-90, az, 0])
    m = idl.t3d(m, rotate=[ax, 0, 0])
    return _corner_fit(m)


# -- SURFR / SCALE3D ----------------------------------------------------------------------
def test_surfr_is_the_documented_steps_and_fits_the_unit_cube():
    rng = np.random.default_rng(19310)
    for _ in range(20):
        ax, az = (float(np.float32(v)) for v in rng.uniform(-180, 180, 2))
        t = idl.surfr(ax=ax, az=az)
        np.testing.assert_allclose(t, _surfr_by_t3d(ax, az), rtol=0, atol=64 * EPS)
        assert (S("!p").t == t).all()
        corners = np.array([[i & 1, (i >> 1) & 1, (i >> 2) & 1, 1] for i in range(8)]) @ t.T
        # the fitted cube spans [0, 1] on each axis (up to the rounding of the fit)
        np.testing.assert_allclose(corners[:, :3].min(0), 0, atol=16 * EPS)
        np.testing.assert_allclose(corners[:, :3].max(0), 1, atol=16 * EPS)


def test_surfr_default_is_30_30_and_not_scale3():
    t = idl.surfr()
    np.testing.assert_array_equal(t, idl.surfr(ax=30, az=30))
    assert np.abs(t - idl.scale3()).max() > 0.1


def test_scale3d_flat_z_counts_as_one():
    S("!p").t = idl.t3d(reset=True, scale=[2, 4, 0])
    t = idl.scale3d()
    assert t[0, 0] == 1.0 and t[1, 1] == 1.0 and t[2, 2] == 0.0


# -- SURFACE's axes and !P.T ----------------------------------------------------------------
def test_surface_save_sets_surfr_matrix_the_documented_transformation():
    z = np.random.default_rng(19311).normal(size=(6, 7))
    before = S("!p").t
    idl.surface(z, ax=20, az=-50)
    np.testing.assert_array_equal(S("!p").t, before)          # no /SAVE: unchanged
    idl.surface(z, ax=20, az=-50, save=True)
    np.testing.assert_allclose(S("!p").t, _surfr_by_t3d(20, -50), rtol=0, atol=64 * EPS)
    idl.shade_surf(z, save=True)
    np.testing.assert_allclose(S("!p").t, _surfr_by_t3d(30, 30), rtol=0, atol=64 * EPS)


def test_surface_axes_extend_and_log_as_documented():
    z = np.linspace(50, 80, 12 * 9).reshape(12, 9)
    idl.surface(z, xstyle=2, zstyle=2)
    # X 0..8 extended by 5 %: [-0.4, 8.4], rounded to the 2-step: [-2, 10]
    assert S("!x").crange.tolist() == [-2.0, 10.0]
    # Z 50..80 extended: [48.5, 81.5], rounded to the 10-step: [40, 90]
    assert S("!z").crange.tolist() == [40.0, 90.0]
    assert S("!z").s.tolist() == [-0.8, 0.02]
    idl.surface(z, np.arange(9.0) + 1, np.arange(12.0), xlog=True, zlog=True)
    assert S("!x").crange.tolist() == [0.0, 1.0] and int(S("!x").type) == 1
    assert S("!x").s.tolist() == [0.0, 1.0]            # maps the decades, log10(data)
    assert S("!z").crange.tolist() == [1.0, 2.0] and S("!z").s.tolist() == [-1.0, 1.0]


def test_surface_t3d_uses_the_current_matrix():
    S("!p").t = idl.t3d(reset=True, rotate=[90, 0, 0])
    idl.surface(np.ones((3, 3)), t3d=True, save=True)
    np.testing.assert_array_equal(S("!p").t, idl.t3d(reset=True, rotate=[90, 0, 0]))


# -- drawing --------------------------------------------------------------------------------
def _points():
    xs, ys = [], []
    for item in dg.STATE.surface().items:
        if item[0] == "lines":
            xs.append(item[1])
            ys.append(item[2])
    return (np.concatenate(xs), np.concatenate(ys)) if xs else (np.zeros(0), np.zeros(0))


def test_hidden_lines_behind_a_ridge_are_not_drawn():
    z = np.zeros((10, 10))
    z[1] = 100.0                                         # a tall ridge near the viewer
    idl.surface(z, ax=30, az=0, save=True)
    # row 5 of the grid (behind the ridge) projects to one horizontal device line
    _, y5, _ = core.project(np.arange(10.0), np.full(10, 5.0), np.zeros(10))
    px, py = _points()
    hidden = np.sum(np.abs(py - y5[0]) < 0.5)
    dg.reset()
    idl.set_plot("Z")
    idl.surface(np.zeros((10, 10)), zrange=[0, 100], ax=30, az=0, save=True)
    _, y5f, _ = core.project(np.arange(10.0), np.full(10, 5.0), np.zeros(10))
    px, py = _points()
    flat = np.sum(np.abs(py - y5f[0]) < 0.5)
    # without the ridge the whole row (hundreds of pixels) is drawn; behind it only
    # where the ridge's own Y lines cross that height (a few points per column)
    assert flat > 300 and hidden < 60


def test_upper_and_lower_only_from_below():
    z = np.zeros((6, 6))
    idl.surface(z, ax=-30, upper_only=True)
    assert _points()[0].size == 0
    dg.reset()
    idl.set_plot("Z")
    idl.surface(z, ax=-30, lower_only=True)
    assert _points()[0].size > 100


def test_bottom_colour_for_the_lower_side():
    idl.surface(np.zeros((5, 5)), ax=-30, bottom=77, color=200)
    colours = {it[-1]["color"] for it in dg.STATE.surface().items if it[0] == "lines"}
    assert colours == {77}


def test_shade_surf_light_model():
    flat = np.zeros((5, 5))
    idl.set_shading(values=[10, 200])
    img = idl.shade_surf(flat, ax=90, az=0, image=True).image   # the plane faces the viewer
    on = img > 0
    assert on.sum() > 1000 and set(np.unique(img[on])) == {200}
    idl.set_shading(light=[0, 1, 0])                           # grazing light: cos = 0
    img = idl.shade_surf(flat, ax=90, az=0, image=True).image
    assert set(np.unique(img[img > 0])) == {10}
    img = idl.shade_surf(flat, ax=90, az=0, image=True,
                         shades=np.full((5, 5), 77, np.uint8)).image
    assert set(np.unique(img[img > 0])) == {77}


def test_shade_surf_draws_the_image_for_tvrd():
    z = np.outer(np.hanning(12), np.hanning(10)) * 5
    img = idl.shade_surf(z, image=True).image
    dg.reset()
    idl.set_plot("Z")
    idl.shade_surf(z)
    np.testing.assert_array_equal(idl.tvrd(), img)


def test_inputs_not_modified_and_any_layout():
    z = np.random.default_rng(19312).normal(size=(8, 9)).astype(">f4")
    z.setflags(write=False)
    keep = z.copy()
    idl.surface(z[:, ::1], save=True)
    a = S("!z").crange
    dg.reset()
    idl.set_plot("Z")
    idl.surface(np.asfortranarray(z.astype("<f4")), save=True)
    np.testing.assert_array_equal(S("!z").crange, a)
    np.testing.assert_array_equal(z, keep)


@pytest.mark.parametrize("call, message", [
    (lambda: idl.surface(np.arange(5.0)), "^SURFACE: Array must have 2 dimensions: Z"),
    (lambda: idl.surface(np.ones((3, 4)), np.arange(3), np.arange(3)),
     "^SURFACE: X, Y, or Z array dimensions are incompatible"),
    (lambda: idl.surface(np.ones((3, 4)), np.arange(4)), "^SURFACE: Incorrect number"),
    (lambda: idl.surface(np.ones((3, 4)), upper_only=True, lower_only=True),
     "^SURFACE: Conflicting keywords"),
    (lambda: idl.surface(np.ones((3, 4)), lego=True), "^SURFACE: /LEGO"),
    (lambda: idl.surface(np.ones((3, 4)), ax=np.nan), "^SURFACE: AX must be a finite"),
    (lambda: idl.surface(np.ones((3, 4)), shades=np.ones((2, 2))), "^SURFACE: SHADES must"),
    (lambda: idl.shade_surf(np.ones((3, 4)), pixels=0), "^SHADE_SURF: PIXELS must"),
    (lambda: idl.surface(np.ones((3, 4)), position=[0, 0, 1]), "^SURFACE: Keyword array"),
    (lambda: idl.set_shading(light=[0, 0]), "^SET_SHADING: LIGHT must"),
    (lambda: idl.set_shading(values=[1]), "^SET_SHADING: VALUES must"),
])
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_graphics_keywords_of_ported_calls_are_accepted():
    z = np.outer(np.arange(4.0), np.arange(5.0))
    kw = dict(position=[0.1, 0.1, 0.9, 0.9], xmargin=[8, 3], zcharsize=1.5, font=0,
              xticks=4, ztickname=["a", "b"], zminor=2, ticklen=-0.02, xthick=2,
              ztickformat="(I3)", noclip=1, xtitle="x", ztitle="z", charsize=1.2)
    idl.surface(z, **kw)
    a = (S("!x").crange, S("!z").crange, S("!z").s)
    dg.reset()
    idl.set_plot("Z")
    idl.surface(z)
    for got, want in zip(a, (S("!x").crange, S("!z").crange, S("!z").s)):
        np.testing.assert_array_equal(got, want)
    idl.shade_surf(z, **kw)


def test_tick_get_output_keywords():
    z = np.outer(np.arange(15.0), np.ones(20)) * 0.5          # X 0..19, Y 0..14, Z 0..7
    r = idl.surface(z, xtick_get=True, ztick_get=True)
    assert r.xtick_get.tolist() == [0.0, 5.0, 10.0, 15.0, 20.0]   # CRANGE [0, 20], step 5
    # Z 0..7: the range 7 rounds to the 2-step, CRANGE [0, 8], ticks every 2
    assert r.ztick_get.tolist() == [0.0, 2.0, 4.0, 6.0, 8.0]
    with pytest.raises(AttributeError, match="not requested"):
        r.ytick_get
    r = idl.surface(z, nodata=True, zticks=2, ztick_get=True)   # 2 equal intervals
    assert r.ztick_get.tolist() == [0.0, 4.0, 8.0]
    assert idl.surface(z) is None


def test_nan_points_are_missing():
    z = np.ones((6, 6))
    z[2, 3] = np.nan
    idl.surface(z * np.arange(6.0))
    assert S("!z").crange.tolist() == [0.0, 5.0]


# -- live GDL -------------------------------------------------------------------------------
_PRO = """function compat_surface_axes, z, x, y, _extra=e
  set_plot, 'Z'
  surface, z, x, y, _extra=e
  return, [!x.crange, !y.crange, !z.crange, !x.s, !z.s]
end
function compat_surfr, ax, az
  t3d, /reset, translate=[-0.5, -0.5, -0.5]
  t3d, rotate=[-90, az, 0]
  t3d, rotate=[ax, 0, 0]
  w = [[0,1,0,1,0,1,0,1],[0,0,1,1,0,0,1,1],[0,0,0,0,1,1,1,1],[1,1,1,1,1,1,1,1]] # !p.t
  w = w / rebin(w[*, 3], 8, 4)
  lo = min(w, dimension=1) & hi = max(w, dimension=1)
  t3d, translate=-lo[0:2], scale=1d/(hi[0:2]-lo[0:2])
  return, !p.t
end
"""


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_surfaces_and_angles_against_gdl():
    rng = np.random.default_rng(19313)
    cases, ours = [], {}
    for k in range(25):
        ny, nx = (int(v) for v in rng.integers(2, 30, 2))
        z = (rng.normal(size=(ny, nx)) * 10 ** rng.uniform(-3, 4)
             + rng.uniform(-1e3, 1e3)).astype(np.float32)
        x = np.sort(rng.uniform(-50, 50, nx))
        y = np.sort(rng.uniform(-5, 500, ny))
        kw_idl, kw_py = [], {}
        if rng.integers(2):
            st = int(rng.choice([0, 1]))
            kw_idl += [f"xstyle={st}", f"ystyle={st}", f"zstyle={st}"]
            kw_py.update(xstyle=st, ystyle=st, zstyle=st)
        # GDL 1.0.1's SURFACE takes AX in [0, 90] only (PLplot's limit)
        ax, az = float(np.float32(rng.uniform(0, 90))), float(np.float32(rng.uniform(-180, 180)))
        kw_idl += [f"ax={ax!r}", f"az={az!r}"]
        kw_py.update(ax=ax, az=az)
        cases.append((f"s{k}", {"z": z, "x": x, "y": y},
                      "compat_surface_axes(z, x, y, " + ", ".join(kw_idl) + ")"))
        dg.reset()
        idl.set_plot("Z")
        idl.surface(z, x, y, **kw_py)
        ours[f"s{k}"] = np.concatenate([S("!x").crange, S("!y").crange, S("!z").crange,
                                         S("!x").s, S("!z").s])
        ax, az = (float(np.float32(v)) for v in rng.uniform(-180, 180, 2))
        cases.append((f"r{k}", {}, f"compat_surfr({ax!r}, {az!r})"))
        ours[f"r{k}"] = idl.surfr(ax=ax, az=az)
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "compat_surface_axes.pro").write_text(_PRO)
        (Path(tmp) / "compat_surfr.pro").write_text(_PRO)
        got = run_gdl(cases, Path(tmp))
    for name, value in ours.items():
        assert not isinstance(got[name], Exception), (name, got[name])
        if name[0] == "s":
            # CRANGE: the same rounding of the same data, exact
            np.testing.assert_array_equal(got[name][:6], value[:6], err_msg=name)
            # S: two divisions of exact ranges, within 2 ulp of each value
            np.testing.assert_allclose(got[name][6:], value[6:], rtol=4 * EPS,
                                       atol=4 * EPS * np.abs(value[6:]).max(), err_msg=name)
        else:
            # five 4x4 products (T3D's steps and the fit) each a 4-term sum whose order
            # may differ: Higham's gamma_4 per product against entries up to ~2
            np.testing.assert_allclose(got[name], value, rtol=0,
                                       atol=5 * 4 * EPS * 16, err_msg=name)


# -- PLOT_3DBOX -----------------------------------------------------------------------------
def test_plot_3dbox_axes_matrix_and_line():
    t = np.linspace(0, 6, 40)
    x, y, z = np.cos(t) * 2 + 5, t * 9, np.sin(t) * 2 + 5
    idl.plot_3dbox(x, y, z, az=40, xy_plane=True, psym=-4)
    # X 3..7 -> [3, 7] (1-step), Y 0..54 -> [0, 60] (10-step), Z 3..7 -> [3, 7]
    assert S("!x").crange.tolist() == [3.0, 7.0]
    assert S("!y").crange.tolist() == [0.0, 60.0]
    assert S("!z").crange.tolist() == [3.0, 7.0]
    np.testing.assert_allclose(S("!p").t, _surfr_by_t3d(30, 40), rtol=0, atol=64 * EPS)
    lines = [it for it in dg.STATE.surface().items if it[0] == "lines"]
    data = lines[-2]                       # the line, then its XY-plane projection
    assert data[-1]["psym"] == -4
    # the line by hand: data -> unit cube by the ranges -> !P.T -> 640 x 480 pixels
    cube = np.stack([(x - 3) / 4, y / 60, (z - 3) / 4, np.ones_like(x)], 1)
    q = cube @ S("!p").t.T
    np.testing.assert_allclose(data[1], q[:, 0] * 640, atol=1e-9)
    np.testing.assert_allclose(data[2], q[:, 1] * 480, atol=1e-9)
    floor = lines[-1]
    q0 = np.stack([(x - 3) / 4, y / 60, np.zeros_like(x), np.ones_like(x)], 1) @ S("!p").t.T
    np.testing.assert_allclose(floor[2], q0[:, 1] * 480, atol=1e-9)


def test_plot_3dbox_solid_walls_and_bad_input():
    idl.plot_3dbox([0, 1, 2], [0, 1, 4], [1, 0, 1], solid_walls=True, color=9)
    fills = [it for it in dg.STATE.surface().items if it[0] == "fill"]
    assert len(fills) == 3 and {f[3] for f in fills} == {9}
    a = idl.tvrd()
    assert (a == 9).sum() > 10000
    with pytest.raises(ValueError, match="^PLOT_3DBOX: X, Y and Z arrays must have same"):
        idl.plot_3dbox([0, 1], [0, 1, 2], [0, 1])
