"""IDL CURSOR and TVCRS without a display (compat.idl.graphics_cursor): the wait modes
played from the pointer queue, !MOUSE, the coordinate conversions (against live GDL's
CONVERT_COORD), the errors."""

import tempfile
from pathlib import Path

import numpy as np
import pytest

import compat
from compat import idl
from compat._core import direct_graphics as dg
from compat._core import pointer
from compat.idl import graphics_cursor as gc

from oracles import GDL, run_gdl


@pytest.fixture(autouse=True)
def fresh():
    dg.reset()
    pointer.reset()
    idl.set_plot("X")
    idl.window(0, xsize=640, ysize=480)
    yield
    pointer.reset()
    dg.reset()


def xy(r):
    return int(r.x), int(r.y)


def test_down_and_wait_take_the_next_press():
    gc.queue_pointer(("move", 1, 2, 0), ("down", 10, 20, 1), ("up", 11, 21, 1),
                     ("down", 30, 40, 4), ("up", 30, 40, 4))
    assert xy(idl.cursor(device=True, down=True)) == (10, 20)
    assert int(gc.MOUSE.button) == 1
    # the release before the next press is passed over
    assert xy(idl.cursor(3, device=True)) == (30, 40)
    assert int(gc.MOUSE.button) == 4 and int(gc.MOUSE.x) == 30 and int(gc.MOUSE.y) == 40
    assert xy(idl.cursor(device=True, up=True)) == (30, 40)
    with pytest.raises(compat.CompatValueError, match=r"CURSOR: no pointer event is "
                                                      r"queued for /WAIT"):
        idl.cursor(device=True)


def test_wait_returns_at_once_while_a_button_is_held():
    gc.queue_pointer(("down", 5, 6, 2))
    assert xy(idl.cursor(device=True, wait=True)) == (5, 6)
    assert xy(idl.cursor(device=True, wait=True)) == (5, 6)       # still held
    assert int(gc.MOUSE.button) == 2
    with pytest.raises(compat.CompatValueError, match="/DOWN"):
        idl.cursor(device=True, down=True)


def test_change_takes_any_event_and_nowait_reads_the_state():
    r = idl.cursor(device=True, nowait=True)       # never in the window yet
    assert xy(r) == (-1, -1) and int(gc.MOUSE.button) == 0
    gc.queue_pointer(("move", 7, 8, 0, 1000), ("down", 9, 9, 1, 1500))
    assert xy(idl.cursor(2, device=True)) == (7, 8)
    assert int(gc.MOUSE.time) == 1000 and int(gc.MOUSE.button) == 0
    assert xy(idl.cursor(0, device=True)) == (9, 9)
    assert int(gc.MOUSE.time) == 1500 and int(gc.MOUSE.button) == 1
    assert xy(idl.cursor(0, device=True)) == (9, 9)                 # nothing new
    with pytest.raises(compat.CompatValueError, match="/CHANGE"):
        idl.cursor(change=True)


def test_nowait_poll_loop_does_not_hang(monkeypatch):
    monkeypatch.setattr(pointer, "POLL_LIMIT", 50)
    with pytest.raises(compat.CompatValueError, match="50 reads with /NOWAIT"):
        while int(gc.MOUSE.button) == 0:
            idl.cursor(nowait=True)


def test_types_and_systems():
    idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9], xstyle=1, ystyle=1)
    gc.queue_clicks((320, 240), (64, 48), (576, 432), device=True)
    r = idl.cursor()
    assert r.x.dtype == np.float32 and (float(r.x), float(r.y)) == (5.0, 50.0)
    r = idl.cursor(normal=True)
    # 64/640 and 48/480 in FLOAT
    assert (r.x, r.y) == (np.float32(0.1), np.float32(0.1))
    r = idl.cursor(device=True)
    assert r.x.dtype == np.int32 and xy(r) == (576, 432)


def test_clicks_in_data_coordinates_land_within_half_a_pixel():
    rng = np.random.default_rng(19410)
    idl.plot([1, 1000], [-5, 5], xlog=True, xstyle=1, ystyle=1,
             position=[0.12, 0.1, 0.95, 0.9])
    xs = 10.0 ** rng.uniform(0, 3, 40)
    ys = rng.uniform(-5, 5, 40)
    gc.queue_clicks(*zip(xs, ys))
    got = np.array([[float(v) for v in idl.cursor(down=True)] for _ in xs])
    # the nearest pixel: half a pixel of the plot window in data units (x on the log
    # scale: 3 decades over 0.83 * 640 pixels), plus FLOAT rounding of the result
    half_x = 0.5 * 3 / (0.83 * 640)
    half_y = 0.5 * 10 / (0.8 * 480)
    assert np.all(np.abs(np.log10(got[:, 0]) - np.log10(xs)) <= half_x + 1e-6)
    assert np.all(np.abs(got[:, 1] - ys) <= half_y + 1e-5 * 5)


def test_errors():
    with pytest.raises(compat.CompatValueError, match="Wait must be 0 to 4, not 7"):
        idl.cursor(7)
    with pytest.raises(compat.CompatValueError, match="Only one of NOWAIT"):
        idl.cursor(down=True, up=True)
    with pytest.raises(compat.CompatValueError, match="Only one of DATA, NORMAL, DEVICE"):
        idl.cursor(data=True, device=True)
    with pytest.raises(compat.CompatValueError, match="Wait must be a scalar"):
        idl.cursor("x")
    with pytest.raises(compat.CompatValueError, match=r"Button 3 is not a mouse button"):
        gc.queue_pointer(("down", 1, 1, 3))
    with pytest.raises(compat.CompatValueError, match="kind 'down', 'up' or 'move'"):
        gc.queue_pointer(("click", 1, 1, 1))
    with pytest.raises(compat.CompatValueError, match="finite number"):
        gc.queue_pointer(("move", np.nan, 1, 0))
    idl.set_plot("Z")
    with pytest.raises(compat.CompatValueError, match="CURSOR: Routine is not defined for "
                                                      "current graphics device"):
        idl.cursor()
    with pytest.raises(compat.CompatValueError, match="TVCRS: Routine is not defined"):
        idl.tvcrs(1)


def test_opens_window_zero_when_none_is_open():
    idl.wdelete(0)
    assert int(idl.sysvar("!d").window) == -1
    idl.cursor(nowait=True)
    assert int(idl.sysvar("!d").window) == 0


def test_tvcrs_places_and_hides():
    idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9], xstyle=1, ystyle=1)
    idl.tvcrs(0)
    assert not pointer.POINTER.visible
    idl.tvcrs(100, 200)                        # device by default
    assert pointer.POINTER.visible
    assert xy(idl.cursor(device=True, nowait=True)) == (100, 200)
    idl.tvcrs(5.0, 50.0, data=True, hide_cursor=True)
    assert xy(idl.cursor(device=True, nowait=True)) == (320, 240)
    assert not pointer.POINTER.visible
    idl.tvcrs(1.0, 2.0, centimeters=True)      # X device: !D.X_PX_CM
    cm = float(idl.sysvar("!d").x_px_cm), float(idl.sysvar("!d").y_px_cm)
    assert xy(idl.cursor(device=True, nowait=True)) == (int(np.floor(cm[0] + 0.5)),
                                                        int(np.floor(2 * cm[1] + 0.5)))
    with pytest.raises(compat.CompatValueError, match="/T3D"):
        idl.tvcrs(1, 1, t3d=True)


def test_mouse_system_variable():
    gc.queue_clicks((3, 4, 2), device=True)
    idl.cursor(down=True)
    m = idl.sysvar("!mouse")
    assert m.tags == ["X", "Y", "BUTTON", "TIME"]
    assert (int(m.x), int(m.y), int(m.button)) == (3, 4, 2)
    assert idl.sysvar("!mouse.button").dtype == np.int32


@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_plots_and_clicks_against_gdl():
    # CURSOR's /DATA and /NORMAL numbers are CONVERT_COORD's from the device pixel:
    # bit for bit against GDL's CONVERT_COORD after the same PLOT (POSITION fixes the
    # window: the devices' character sizes, and GDL's margins, do not enter)
    rng = np.random.default_rng(19411)
    cases, calls = [], []
    for k in range(24):
        n = int(rng.integers(2, 30))
        dtype = [np.float32, np.float64][k % 2]
        xlog, ylog = bool(rng.uniform() < 0.3), bool(rng.uniform() < 0.3)
        x = rng.uniform(-1, 3, n) * 10.0 ** rng.integers(-3, 4)
        y = rng.normal(size=n) * 10.0 ** rng.integers(-3, 4)
        if xlog:
            x = 10.0 ** rng.uniform(-3, 4, n)
        if ylog:
            y = 10.0 ** rng.uniform(-3, 4, n)
        x, y = x.astype(dtype), y.astype(dtype)
        lo = np.round(rng.uniform(0, 0.4, 2), 3)
        hi = np.round(rng.uniform(0.6, 1.0, 2), 3)
        position = [float(lo[0]), float(lo[1]), float(hi[0]), float(hi[1])]
        ix = rng.integers(0, 640, 10).astype(np.int32)
        iy = rng.integers(0, 480, 10).astype(np.int32)
        flags = ("" if not xlog else ", /xlog") + ("" if not ylog else ", /ylog")
        call = (f"0 & set_plot, 'Z' & plot, x, y, position=[{', '.join(map(str, position))}]"
                f"{flags} & d = convert_coord(ix, iy, /device, /to_data)"
                " & m = convert_coord(ix, iy, /device, /to_normal)"
                " & r = [reform(d[0:1, *], 20), reform(m[0:1, *], 20)]")
        cases.append((f"c{k}", {"x": x, "y": y, "ix": ix, "iy": iy}, call))
        calls.append((x, y, dict(position=position, xlog=xlog, ylog=ylog), ix, iy))
    with tempfile.TemporaryDirectory() as tmp:
        got = run_gdl(cases, Path(tmp))
    for k, (x, y, kw, ix, iy) in enumerate(calls):
        idl.plot(x, y, **kw)
        gc.queue_clicks(*zip(ix, iy), device=True)
        data = [idl.cursor(down=True) for _ in ix]
        pointer.reset()
        gc.queue_clicks(*zip(ix, iy), device=True)
        normal = [idl.cursor(normal=True, down=True) for _ in ix]
        pointer.reset()
        mine = np.array([v for r in data for v in r] + [v for r in normal for v in r],
                        dtype=np.float32)
        want = got[f"c{k}"]
        assert want.dtype == np.float32
        assert mine.tobytes() == want.tobytes(), (k, kw)
