"""IDL direct graphics, first slice: devices, system variables, PLOT's coordinate system,
CONVERT_COORD, TVLCT/LOADCT (compat.idl.direct_graphics over
compat._core.direct_graphics). Golden suite: reference_outputs/idl/direct_graphics."""

from pathlib import Path
import tempfile

import numpy as np
import pytest

from compat import idl
from compat._core import direct_graphics as core
from oracles import GDL, run_gdl

S = idl.sysvar


@pytest.fixture(autouse=True)
def fresh_graphics():
    core.reset()
    idl.set_plot("Z")
    yield
    core.reset()


# ranges printed by GDL 1.0.1 (PLOT, [lo, hi], [lo, hi], /YNOZERO & PRINT, !X.CRANGE; FLOAT
# or INT literals) and
# the example of IDL's ![XYZ].RANGE page (XRANGE=[5.5, 8.3] gives 5.5 to 8.5)
ROUNDED = [((0, 9), (0, 10)), ((0, 1.1), (0, 1.2)), ((0.3, 0.7), (0.3, 0.7)),
           ((-3.2, 7.7), (-4, 8)), ((123, 456), (100, 500)), ((0, 101), (0, 120)),
           ((0, 35), (0, 40)), ((0, 65), (0, 80)), ((0, 14.9), (0, 15)), ((0, 15.1), (0, 20)),
           ((0, 31), (0, 40)), ((-7, -3), (-7, -3)), ((-3, 3), (-4, 4)), ((0, 6), (0, 6)),
           ((5, 16), (4, 16)), ((34, 144), (20, 160)), ((-301, -244), (-320, -240)),
           ((-287, 287), (-400, 400)), ((5.5, 8.3), (5.5, 8.5))]


@pytest.mark.parametrize("data, expected", ROUNDED)
def test_autoscale_rounding_printed_values(data, expected):
    data = np.float32(data)     # GDL's literals were FLOAT (0.3 is 0.30000001)
    idl.plot(data, data, ynozero=True, position=[0.1, 0.1, 0.9, 0.9])
    assert S("!x").crange == pytest.approx(expected, rel=1e-12)
    assert S("!y").crange == pytest.approx(expected, rel=1e-12)


def test_y_starts_at_zero_for_positive_data_unless_ynozero_or_exact():
    idl.plot([1, 2, 3], [37.0, 45.0, 61.0])
    assert S("!y").crange.tolist() == [0.0, 80.0]
    idl.plot([1, 2, 3], [37.0, 45.0, 61.0], ynozero=True)
    assert S("!y").crange.tolist() == [35.0, 65.0]
    idl.plot([1, 2, 3], [37.0, 45.0, 61.0], ystyle=16)
    assert S("!y").crange.tolist() == [35.0, 65.0]
    idl.plot([1, 2, 3], [37.0, 45.0, 61.0], ystyle=1)
    assert S("!y").crange.tolist() == [37.0, 61.0]
    idl.plot([1, 2, 3], [-37.0, -45.0, -61.0])         # negative data: no zero
    assert S("!y").crange.tolist() == [-65.0, -35.0]
    idl.plot([1, 2, 3], [1.0, 2.0, 3.0])               # X never gets the zero
    assert S("!x").crange.tolist() == [1.0, 3.0]


def test_styles_ranges_log_and_missing_data():
    idl.plot([1.3, 7.2], [0.2, 3.9], xstyle=1)
    assert S("!x").crange.tolist() == [1.3, 7.2]
    # extend: 5 % of the range on each side, then rounded (IDL's XSTYLE table)
    idl.plot([0.0, 10.0], [0.0, 10.0], xstyle=3)
    assert S("!x").crange == pytest.approx([-0.5, 10.5], rel=1e-15)
    idl.plot([0.0, 10.0], [0.0, 10.0], xstyle=2)
    assert S("!x").crange.tolist() == [-2.0, 12.0]
    idl.plot([0, 1], xrange=[10, 0], yrange=[3, -3])   # reversed given ranges
    assert S("!x").crange.tolist() == [10.0, 0.0]
    assert S("!y").crange.tolist() == [4.0, -4.0]
    idl.plot([1.3, 720], [0.02, 3.9], xlog=True, ylog=True)
    assert S("!x").crange.tolist() == [0.0, 3.0] and S("!y").crange.tolist() == [-2.0, 1.0]
    assert int(S("!x").type) == 1
    idl.plot([1, 2, 3, 4, 5], [1.0, 50.0, 3.0, np.nan, 2.0])
    assert S("!y").crange.tolist() == [0.0, 50.0]
    idl.plot([1, 2, 3, 4, 5], [1.0, 50.0, 3.0, 4.0, 2.0], max_value=10)
    assert S("!y").crange.tolist() == [0.0, 4.0]
    # a given X range: Y scales to the points inside it (GDL's indgen(15) case)
    idl.plot(np.arange(15, dtype=np.int16), xrange=np.float32([5.5, 8.3]))
    assert S("!x").crange.tolist() == [5.5, 8.5] and S("!y").crange.tolist() == [0.0, 8.0]


def test_window_from_documented_margins():
    # !X.MARGIN = [10, 3] characters of !D.X_CH_SIZE = 8 on 640 pixels, !Y.MARGIN = [4, 2]
    # of 12 on 480 (IDL's ![XYZ].MARGIN page)
    idl.plot([0, 1, 2, 3], [0.7, 3.1, 9.4, 12.9])
    assert S("!x").window.tolist() == np.float32([0.125, 0.9625]).tolist()
    assert S("!y").window.tolist() == np.float32([0.1, 0.95]).tolist()
    # the FLOAT window times the size, truncated: FLOAT 0.9625 * 640 = 615.99998
    assert S("!p").clip.tolist() == [80, 48, 615, 455, 0, 0]
    assert S("!x").crange.tolist() == [0.0, 3.0] and S("!y").crange.tolist() == [0.0, 15.0]
    idl.plot([0, 1], charsize=2)
    assert S("!x").window.tolist() == np.float32([0.25, 0.925]).tolist()
    idl.plot([0, 1], xmargin=[0, 0], ymargin=[0, 0])
    assert S("!x").window.tolist() == [0.0, 1.0] and S("!y").window.tolist() == [0.0, 1.0]


def test_scaling_is_window_over_range():
    idl.plot([1, 2, 3], [4, 5, 6], position=[0.1, 0.2, 0.8, 0.9])
    w = np.float32([0.1, 0.8]).astype(np.float64)
    assert S("!x").crange.tolist() == [1.0, 3.0]
    assert S("!x").s[1] == (w[1] - w[0]) / 2
    assert S("!x").s[0] == pytest.approx(w[0] - (w[1] - w[0]) / 2, abs=1e-16)
    assert S("!x").s.dtype == np.float64 and S("!x").window.dtype == np.float32


def test_multi_cells_and_counter():
    S("!p").multi = [0, 2, 2]
    cells = []
    for _ in range(5):
        idl.plot([0, 1], xmargin=[0, 0], ymargin=[0, 0])
        cells.append((S("!x").window.tolist(), S("!y").window.tolist(), int(S("!p").multi[0])))
    assert cells == [([0, 0.5], [0.5, 1], 3), ([0.5, 1], [0.5, 1], 2), ([0, 0.5], [0, 0.5], 1),
                     ([0.5, 1], [0, 0.5], 0), ([0, 0.5], [0.5, 1], 3)]
    S("!p").multi = [0, 3, 1]        # more than two columns: characters halved
    idl.plot([0, 1])
    assert S("!x").window[0] == np.float32(5 * 8 / 640)


def test_sysvar_assignment_semantics():
    p = S("!p")
    p.multi = 0
    assert p.multi.tolist() == [0, 0, 0, 0, 0]
    p.position = [0.1, 0.2]                    # a shorter array fills the first elements
    assert p.position.tolist() == np.float32([0.1, 0.2, 0, 0]).tolist()
    S("!x").style = 1.9                        # IDL converts to the tag's LONG (truncating)
    assert S("!x.style") == 1
    got = S("!x").crange
    got[0] = 99                                # reading gives a copy
    assert S("!x").crange[0] != 99
    with pytest.raises(AttributeError, match="no tag NOPE"):
        S("!x").nope = 1
    with pytest.raises(ValueError, match="holds 5 elements, not 6"):
        p.multi = [0, 1, 2, 3, 4, 5]
    with pytest.raises(ValueError, match="Not a graphics system variable: !q"):
        S("!q")


def test_devices_and_windows():
    d = S("!d")
    assert (d.name, int(d.x_size), int(d.y_size), int(d.x_ch_size), int(d.y_ch_size)) == \
        ("Z", 640, 480, 8, 12)
    idl.set_plot("PS")
    assert (int(d.x_size), int(d.y_size), int(d.x_ch_size), float(d.x_px_cm)) == \
        (17780, 12700, 222, 1000.0)
    idl.device(xsize=10, ysize=5)
    assert (int(d.x_size), int(d.y_size)) == (10000, 5000)
    idl.set_plot("X")
    assert idl.device(get_decomposed=True).get_decomposed == 1
    assert int(S("!p").color) == 16777215
    idl.window(2, xsize=300, ysize=200)
    idl.window(free=True, xsize=50, ysize=40)
    assert int(d.window) == 32 and int(d.x_size) == 50
    idl.wset(2)
    assert (int(d.window), int(d.x_size)) == (2, 300)
    assert idl.device(window_state=True).window_state[[0, 2, 32]].tolist() == [0, 1, 1]
    idl.wdelete(2)
    assert int(d.window) == -1
    with pytest.raises(ValueError, match="WSET: Window is closed and unavailable: 2"):
        idl.wset(2)
    idl.plot([0, 1])                         # a plot opens window 0, as IDL does
    assert int(d.window) == 0 and int(d.x_size) == 640 and int(d.y_size) == 512
    idl.set_plot("Z")
    with pytest.raises(ValueError, match="WINDOW: Routine is not defined for current "
                                         "graphics device"):
        idl.window(0)
    with pytest.raises(ValueError, match="SET_PLOT: Unknown graphics device: CGM"):
        idl.set_plot("CGM")
    with pytest.raises(ValueError, match="DEVICE: SET_RESOLUTION must be 2 positive"):
        idl.device(set_resolution=[0, 10])
    idl.device(set_resolution=[300, 200])
    assert (int(d.x_size), int(d.y_vsize)) == (300, 200)
    idl.set_plot(b"z")                       # bytes are text, case-insensitive
    assert d.name == "Z"


def test_convert_coord_forms_types_and_inverse():
    idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9])
    one = idl.convert_coord(5, 50, data=True, to_device=True)
    assert one.shape == (3,) and one.dtype == np.float32
    assert one[:2] == pytest.approx([320, 240], abs=1e-4)
    pts = idl.convert_coord(np.float64([0, 10]), np.float64([0, 100]), data=True,
                            to_normal=True)
    assert pts.shape == (2, 3) and pts.dtype == np.float64
    assert np.allclose(pts[:, :2], [[0.1, 0.1], [0.9, 0.9]], rtol=0, atol=1e-7)
    xy = np.float32([[10, 20], [300, 400], [639, 1]])      # IDL's (2, n) array alone
    back = idl.convert_coord(idl.convert_coord(xy, device=True, to_data=True, double=True),
                             data=True, to_device=True)
    assert np.allclose(back[:, :2], xy, rtol=1e-6, atol=0)   # FLOAT result
    assert idl.convert_coord(1, 2, device=True, to_normal=True, double=True).dtype == \
        np.float64
    with pytest.raises(ValueError, match="CONVERT_COORD: Exactly one of TO_DATA"):
        idl.convert_coord(1, 2)
    with pytest.raises(ValueError, match="CONVERT_COORD: Only one of DATA, NORMAL"):
        idl.convert_coord(1, 2, data=True, device=True, to_normal=True)
    with pytest.raises(ValueError, match="CONVERT_COORD: X alone must be"):
        idl.convert_coord(np.zeros(5), to_normal=True)
    with pytest.raises(ValueError, match="CONVERT_COORD: X, Y and Z must have"):
        idl.convert_coord([1, 2], [1], to_normal=True)


def test_log_convert_coord():
    idl.plot([1.0, 1000.0], [1.0, 10.0], xlog=True, ylog=True, position=[0, 0, 1, 1])
    r = idl.convert_coord(10.0, 10.0 ** 0.5, data=True, to_normal=True)
    assert r[:2] == pytest.approx([1 / 3, 0.5], rel=1e-12)
    assert idl.convert_coord(0.5, 0.5, normal=True, to_data=True, double=True)[0] == \
        pytest.approx(10 ** 1.5, rel=1e-12)


def test_inputs_any_layout_not_modified():
    rng = np.random.default_rng(17701)
    y = rng.normal(size=40).astype(">f4")
    x = np.arange(80, dtype=np.float64)[::2]
    y.flags.writeable = False
    keep = (x.copy(), y.copy())
    idl.plot(x, y, position=[0.1, 0.1, 0.9, 0.9])
    c1 = S("!y").crange
    idl.plot(x.copy(), y.astype("<f4"), position=[0.1, 0.1, 0.9, 0.9])
    assert S("!y").crange.tolist() == c1.tolist()
    r = idl.convert_coord(x, y, data=True, to_device=True)
    assert r.dtype == np.float64     # x is DOUBLE
    assert np.array_equal(x, keep[0]) and np.array_equal(y, keep[1])


def test_oplot_plots_xyouts_axis_keep_or_save_scaling():
    idl.plot([3, 4], [5, 6], position=[0.1, 0.1, 0.9, 0.9])
    before = (S("!x").crange.tolist(), S("!x").s.tolist())
    idl.oplot([100, 200], [-5, 7])
    idl.plots([0.1, 0.9], [0.5, 0.5], normal=True)
    idl.xyouts(0.5, 0.5, "label", normal=True, alignment=0.5)
    assert (S("!x").crange.tolist(), S("!x").s.tolist()) == before
    items = core.STATE.surface().items
    # the axes' tick marks and labels (compat._core.tick_marks) are left out
    items = [i for i in items if not (isinstance(i[-1], dict) and i[-1].get("ticks"))]
    assert [i[0] for i in items] == ["erase", "axes", "lines", "lines", "lines", "text"]
    assert items[4][1].tolist() == pytest.approx([64, 576])      # normal -> device
    idl.axis(yaxis=1, yrange=[0, 130], save=True)
    assert S("!y").crange.tolist() == [0.0, 150.0]
    assert S("!y").s[1] == pytest.approx(np.float32(0.8) / 150, rel=1e-7)


def test_tvlct_and_loadct():
    idl.loadct(0, silent=True)
    idl.tvlct([255, 10, 300], [0, 20.7, 7], [5, 6, 7], 10)
    t = idl.tvlct(get=True)
    assert t.r[9:14].tolist() == [9, 255, 10, 44, 13]            # 300 -> BYTE 44
    assert t.g[10:13].tolist() == [0, 20, 7]
    assert t.r.dtype == np.uint8 and t.r.shape == (256,)
    v = np.array([[1, 2], [3, 4], [5, 6]])                       # IDL (2, 3) V: 2 colours
    idl.tvlct(v, 250)
    t = idl.tvlct(get=True)
    assert (t.r[250:252].tolist(), t.b[250:252].tolist()) == ([1, 2], [5, 6])
    idl.loadct(0, ncolors=3, bottom=5)
    assert idl.tvlct(get=True).g[5:8].tolist() == [0, 127, 255]
    with pytest.raises(ValueError, match="LOADCT: Table number must be from 0 to 0: 13"):
        idl.loadct(13)
    with pytest.raises(ValueError, match="TVLCT: Value of Start is out of allowed range"):
        idl.tvlct([1], [2], [3], 256)


def _write_tables(path, tables, names):
    # IDL's colors1.tbl layout (MODIFYCT): n, n x (256 R, 256 G, 256 B), n x 32-byte names
    with open(path, "wb") as f:
        f.write(bytes([len(tables)]))
        for t in tables:
            f.write(np.asarray(t, np.uint8).tobytes())
        for name in names:
            f.write(name.ljust(32).encode())


def test_loadct_reads_a_table_file(tmp_path, monkeypatch):
    rng = np.random.default_rng(17704)
    tables = rng.integers(0, 256, (3, 3, 256)).astype(np.uint8)
    path = tmp_path / "my.tbl"
    _write_tables(path, tables, ["ONE", "TWO", "THREE"])
    idl.loadct(1, file=path)
    t = idl.tvlct(get=True)
    assert np.array_equal(np.stack([t.r, t.g, t.b]), tables[1])
    assert idl.loadct(file=str(path), get_names=True).get_names.tolist() == \
        ["ONE", "TWO", "THREE"]
    idl.loadct(0)
    idl.loadct(2, file=path, ncolors=10, bottom=3)
    t = idl.tvlct(get=True)
    idx = [0, 28, 56, 85, 113, 141, 170, 198, 226, 255]      # (k * 255) / 9, LONG division
    assert t.g[3:13].tolist() == tables[2][1][idx].tolist()
    assert t.g[:3].tolist() == [0, 1, 2] and t.g[13] == 13    # the rest kept
    rgb = idl.loadct(2, file=path, ncolors=4, rgb_table=True).rgb_table
    assert rgb.shape == (3, 4) and rgb[0].tolist() == tables[2][0][[0, 85, 170, 255]].tolist()
    monkeypatch.setenv("IDL_DIR", str(tmp_path))               # IDL's own file
    (tmp_path / "resource" / "colors").mkdir(parents=True)
    _write_tables(tmp_path / "resource" / "colors" / "colors1.tbl", tables[:2], ["A", "B"])
    idl.loadct(1)
    assert idl.tvlct(get=True).b.tolist() == tables[1][2].tolist()
    with pytest.raises(ValueError, match="LOADCT: Table number must be from 0 to 1: 2"):
        idl.loadct(2)
    with pytest.raises(ValueError, match="LOADCT: Error opening file"):
        idl.loadct(0, file=tmp_path / "none.tbl")


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_loadct_resampling_against_gdl(tmp_path):
    # GDL's built-in tables read back with TVLCT, /GET, written as a table file: compat's
    # LOADCT of that file with NCOLORS/BOTTOM gives what GDL's LOADCT gives
    rng = np.random.default_rng(17705)
    picks = [(int(rng.integers(1, 41)), int(rng.integers(2, 200)), int(rng.integers(0, 50)))
             for _ in range(8)]
    cases = []
    for k, (t, nc, b0) in enumerate(picks):
        cases.append((f"full{k}", {}, f"0 & loadct, {t}, /silent & tvlct, r, g, b, /get"
                      " & r = [[r], [g], [b]]"))
        cases.append((f"part{k}", {}, f"0 & loadct, 0, /silent & loadct, {t}, /silent,"
                      f" ncolors={nc}, bottom={b0} & tvlct, r, g, b, /get & r = [[r], [g], [b]]"))
    got = _gdl(cases)
    for k, (t, nc, b0) in enumerate(picks):
        tables = np.zeros((t + 1, 3, 256), np.uint8)
        tables[t] = got[f"full{k}"]
        _write_tables(tmp_path / "gdl.tbl", tables, [f"T{i}" for i in range(t + 1)])
        idl.loadct(0)
        idl.loadct(t, file=tmp_path / "gdl.tbl", ncolors=nc, bottom=b0)
        mine = idl.tvlct(get=True)
        assert np.array_equal(np.stack([mine.r, mine.g, mine.b]), got[f"part{k}"]), (t, nc, b0)


def test_plot_errors():
    with pytest.raises(ValueError, match="PLOT: Logarithmic axis range must be positive"):
        idl.plot([1, 2], [1, 2], xrange=[-1, 10], xlog=True)
    with pytest.raises(TypeError, match="PLOT"):
        idl.plot(["a", "b"])
    with pytest.raises(ValueError, match="PLOTS: Only one of DATA, NORMAL, DEVICE"):
        idl.plots([0, 1], [0, 1], normal=True, device=True)


# -- live GDL ---------------------------------------------------------------------------
def _gdl(cases):
    with tempfile.TemporaryDirectory() as tmp:
        return run_gdl(cases, Path(tmp))


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_ranges_against_gdl():
    # the tick-interval rule on ranges from 1e-6 to 1e8 wide: bit for bit
    rng = np.random.default_rng(17702)
    n = 150
    scale = 10.0 ** rng.integers(-6, 8, n)
    lo = rng.uniform(-6, 6, n) * scale
    hi = lo + rng.uniform(0.3, 12, n) * scale * rng.choice([1, 0.01], n)
    cases = [(f"r{k}", {"lohi": np.array([lo[k], hi[k]])},
              "0 & set_plot, 'Z' & plot, lohi, [0, 1] & r = !x.crange") for k in range(n)]
    got = _gdl(cases)
    for k in range(n):
        idl.plot(np.array([lo[k], hi[k]]), [0, 1])
        assert S("!x").crange.tolist() == got[f"r{k}"].tolist(), (lo[k], hi[k])


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_plots_against_gdl():
    # random data and keywords with POSITION (the margins are GDL's divergence): CRANGE,
    # S, WINDOW and CONVERT_COORD bit for bit
    rng = np.random.default_rng(17703)
    cases, calls = [], []
    for k in range(30):
        n = int(rng.integers(2, 40))
        dtype = [np.float32, np.float64][k % 2]
        x = (rng.normal(size=n) * 10.0 ** rng.integers(-3, 4)).astype(dtype)
        y = (rng.uniform(-1, 3, size=n) * 10.0 ** rng.integers(-3, 4)).astype(dtype)
        pos = np.sort(rng.uniform(0, 0.98, 2)).tolist(), np.sort(rng.uniform(0, 0.98, 2)).tolist()
        position = [round(pos[0][0], 3), round(pos[1][0], 3), round(pos[0][1], 3) + 0.01,
                    round(pos[1][1], 3) + 0.01]
        kw, text = {"position": np.float32(position)}, []
        for axis, data in (("x", x), ("y", y)):
            style = int(rng.choice([0, 1, 16]))
            if style:
                kw[f"{axis}style"] = style
                text.append(f"{axis}style={style}")
        if rng.uniform() < 0.3:
            kw["ynozero"] = True
            text.append("/ynozero")
        px = np.sort(rng.uniform(-50, 50, 4)).astype(np.float32)
        inputs = {"x": x, "y": y, "px": px}
        call = (f"0 & set_plot, 'Z' & plot, x, y, position=[{', '.join(map(str, position))}]"
                + "".join(", " + t for t in text)
                + " & c = convert_coord(px, px, /data, /to_device)"
                + " & r = [!x.crange, !x.s, !y.crange, !y.s, !x.window, !y.window,"
                " reform(c, n_elements(c))]")
        cases.append((f"p{k}", inputs, call))
        calls.append((x, y, kw, px))
    got = _gdl(cases)
    for k, (x, y, kw, px) in enumerate(calls):
        idl.plot(x, y, **kw)
        c = idl.convert_coord(px, px, data=True, to_device=True)
        mine = np.concatenate([S("!x").crange, S("!x").s, S("!y").crange, S("!y").s,
                               S("!x").window, S("!y").window, c.reshape(-1)])
        assert mine.tolist() == got[f"p{k}"].tolist(), (k, kw)


def test_tvrd_draws_the_display_list():
    pytest.importorskip("matplotlib")
    idl.device(set_resolution=[100, 80])
    idl.erase(7)
    img = idl.tvrd()
    assert img.shape == (80, 100) and img.dtype == np.uint8 and set(np.unique(img)) == {7}
    idl.plot([0, 1], [0, 1], position=[0, 0, 1, 1], xstyle=5, ystyle=5, nodata=True)
    idl.oplot([0, 1], [0.5, 0.5], color=200)
    img = idl.tvrd()
    rows = np.nonzero((img == 200).any(axis=1))[0]
    assert rows.size == 1 and abs(rows[0] - 40) <= 1     # device y = 40, row 0 at the bottom
    assert set(np.unique(img)) == {0, 200}                # no antialiasing, no axis (bit 4)
    idl.plot([0, 1], [0, 1], position=[0.2, 0.25, 0.8, 0.75], xstyle=1, ystyle=1,
             nodata=True)
    box = np.argwhere(idl.tvrd()[15:, 15:] == 255) + 15   # tick labels (below, left) out
    assert np.abs(box.min(axis=0) - [20, 20]).max() <= 1 and \
        np.abs(box.max(axis=0) - [60, 80]).max() <= 1     # the window's edges
    assert np.array_equal(idl.tvrd(order=True), idl.tvrd()[::-1])
    idl.tvlct([255], [0], [0], 255)
    rgb = idl.tvrd(true=1)
    assert rgb.shape == (80, 100, 3) and rgb[..., 0].max() == 255 and rgb[..., 1].max() == 0
    assert idl.tvrd(true=3).shape == (3, 80, 100)
    assert idl.tvrd(10, 20, 5, 6).shape == (6, 5)
    with pytest.raises(ValueError, match="TVRD: Value of Area is out of allowed range"):
        idl.tvrd(90, 0, 20, 5)


def test_isotropic_window():
    # GDL 1.0.1 printed (PLOT, ..., /ISOTROPIC, POSITION=[0.1, 0.1, 0.9, 0.9] on 640 x 480):
    # the window keeps its lower-left corner and shrinks along one axis
    idl.plot([0, 10], [0, 5], isotropic=True, position=[0.1, 0.1, 0.9, 0.9])
    assert S("!x").window.tolist() == np.float32([0.1, 0.9]).tolist()
    assert S("!y").window == pytest.approx([0.1, 0.6333333], abs=5e-8)
    idl.plot([0, 3], [0, 10], isotropic=True, position=[0.1, 0.1, 0.9, 0.9])
    assert S("!x").window == pytest.approx([0.1, 0.28], abs=5e-8)
    assert S("!x").s[1] * 640 == pytest.approx(S("!y").s[1] * 480, rel=1e-12)


def test_get_screen_size_is_the_virtual_screen():
    """GET_SCREEN_SIZE(): the virtual X/WIN screen, LONG [1920, 1080] (DEVICE,
    GET_SCREEN_SIZE= gives the same), RESOLUTION 2.54/96 cm per pixel (96 per inch)."""
    s = idl.get_screen_size()
    assert s.dtype == np.int32 and s.tolist() == [1920, 1080]
    assert idl.device(get_screen_size=True).get_screen_size.tolist() == s.tolist()
    s2, r = idl.get_screen_size(":0", resolution=True)
    assert s2.tolist() == [1920, 1080]
    assert r.dtype == np.float64 and r.tolist() == [2.54 / 96, 2.54 / 96]
    with pytest.raises(ValueError, match="Display_name"):
        idl.get_screen_size(5)


def test_device_postscript_and_font_keywords_are_recorded_without_effect():
    """The PS page and hardware-font keywords (YOFFSET, FONT_SIZE, /TIMES, /BOLD ...)
    change none of !D's numbers; GET_PIXEL_DEPTH is a LONG 24."""
    core.reset()
    idl.set_plot("PS")
    before = [int(core.STATE.d.x_ch_size), int(core.STATE.d.y_ch_size),
              int(core.STATE.d.x_size), int(core.STATE.d.y_size)]
    idl.device(yoffset=2, xoffset=1.5, font_size=14, times=True, bold=True, cmyk=1,
               preview=1, set_font="Helvetica", tt_font=True)
    after = [int(core.STATE.d.x_ch_size), int(core.STATE.d.y_ch_size),
             int(core.STATE.d.x_size), int(core.STATE.d.y_size)]
    assert after == before
    assert core.STATE.device_options["PS"]["font_size"] == 14
    assert core.STATE.device_options["PS"]["yoffset"] == 2
    depth = idl.device(get_pixel_depth=True).get_pixel_depth
    assert depth == 24 and np.asarray(depth).dtype == np.int32
    idl.set_plot("X")
    core.reset()
