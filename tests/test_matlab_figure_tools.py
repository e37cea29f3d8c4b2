"""MATLAB frames, image display and figure files (compat.matlab.figure_tools): known
values from MATLAB's documented rules, the captured pixels, files written and read
back, bad input, and random images against live Octave."""

from __future__ import annotations

import os
import shutil

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave


@pytest.fixture(autouse=True)
def _fresh_figures():
    matlab.close("all")
    matlab.figure("Visible", "off")
    yield
    matlab.close("all")


needs_matplotlib = pytest.mark.skipif(
    shutil.which("python") is None or __import__("importlib").util.find_spec(
        "matplotlib") is None, reason="getframe draws with matplotlib (compat[plot])")


# --------------------------------------------------------------------------------------
# getframe, im2frame, frame2im, movie
# --------------------------------------------------------------------------------------
@needs_matplotlib
def test_getframe_sizes_and_pixels():
    f = matlab.gcf()
    f.Position = [10, 20, 300, 200]
    f.Color = [1, 0, 0]
    matlab.plot([1, 2, 3], "Color", [0, 0, 1])
    F = matlab.getframe(f)
    assert F["cdata"].shape == (200, 300, 3) and F["cdata"].dtype == np.uint8
    assert F["colormap"].shape == (0, 0)
    # the figure's colour fills the corners (outside the axes)
    np.testing.assert_array_equal(F["cdata"][0, 0], [255, 0, 0])
    np.testing.assert_array_equal(F["cdata"][-1, -1], [255, 0, 0])
    # the default axes: Position [0.13 0.11 0.775 0.815] of 300x200 -> 232x163 pixels,
    # white inside (the axes colour), no red (the tick labels are outside)
    A = matlab.getframe()["cdata"]
    assert A.shape == (163, 232, 3)
    inner = A[5:-5, 5:-5].reshape(-1, 3)
    assert not ((inner[:, 0] > 200) & (inner[:, 1] < 60)).any()
    assert (inner == 255).all(axis=1).mean() > 0.8
    blue = (inner[:, 2] > 200) & (inner[:, 0] < 80)
    assert blue.any()  # the line
    # a rectangle from the lower left corner of the figure
    R = matlab.getframe(f, [0, 0, 10, 5])["cdata"]
    assert R.shape == (5, 10, 3)
    np.testing.assert_array_equal(R, F["cdata"][-5:, :10])
    with pytest.raises(CompatError, match="not fully contained"):
        matlab.getframe(f, [290, 0, 20, 5])
    with pytest.raises(CompatError, match="4-element"):
        matlab.getframe(f, [0, 0, 10])


def test_im2frame_frame2im_and_movie():
    rgb = np.zeros((2, 3, 3), np.uint8)
    rgb[0, 1] = [1, 2, 3]
    F = matlab.im2frame(rgb)
    assert F["cdata"] is not rgb and F["cdata"].dtype == np.uint8
    np.testing.assert_array_equal(F["cdata"], rgb)
    # MATLAB documents frames as uint8: double [0, 1] -> round(255 x)
    D = np.array([[[0.0, 0.5, 1.0]]])
    np.testing.assert_array_equal(matlab.im2frame(D)["cdata"], [[[0, 128, 255]]])
    with pytest.raises(CompatError, match=r"\[0, 1\]"):
        matlab.im2frame(D * 2)
    X = np.array([[1.0, 2.0], [3.0, 4.0]])
    G = matlab.im2frame(X, matlab.gray(4))
    x, m = matlab.frame2im(G, nargout=2)
    np.testing.assert_array_equal(x, X)
    np.testing.assert_array_equal(m, matlab.gray(4))
    # im2frame(X): the current colormap
    matlab.colormap(matlab.hot(5))
    np.testing.assert_array_equal(matlab.im2frame(X)["colormap"], matlab.hot(5))
    with pytest.raises(CompatError, match="m-by-3"):
        matlab.im2frame(X, np.ones((2, 2)))
    with pytest.raises(CompatError, match="cdata and colormap"):
        matlab.frame2im({"cdata": X})
    assert matlab.movie([F, F], -2, 24) is None
    with pytest.raises(CompatError, match="fps"):
        matlab.movie(F, 1, 0)
    with pytest.raises(CompatError, match="at least one"):
        matlab.movie([])


# --------------------------------------------------------------------------------------
# imshow, truesize
# --------------------------------------------------------------------------------------
def test_imshow_display_ranges_and_axes():
    h = matlab.imshow(np.array([[0, 10], [20, 30]], np.int16))
    ax = matlab.gca()
    assert h.CDataMapping == "scaled" and h.CData.dtype == np.int16
    np.testing.assert_array_equal(ax.CLim, [[-32768, 32767]])
    assert ax.Visible == "off" and ax.YDir == "reverse"
    assert ax.DataAspectRatioMode == "manual" and ax.XLimMode == "manual"
    np.testing.assert_array_equal(ax.Colormap, matlab.gray(256))
    matlab.imshow(np.array([[3.0, 7.0], [5.0, np.nan]]), [])
    np.testing.assert_array_equal(ax.CLim, [[3, 7]])
    matlab.imshow(np.zeros((2, 2)), "DisplayRange", [-1, 4])
    np.testing.assert_array_equal(ax.CLim, [[-1, 4]])
    h = matlab.imshow(np.array([[True, False]]))
    assert h.CData.dtype == bool and ax.Colormap.shape == (2, 3)
    h = matlab.imshow(np.ones((4, 5, 3)), "Border", "tight")
    assert h.CDataMapping == "direct"
    np.testing.assert_array_equal(ax.Position, [[0, 0, 1, 1]])
    np.testing.assert_array_equal(ax.XLim, [[0.5, 5.5]])
    np.testing.assert_array_equal(ax.YLim, [[0.5, 4.5]])
    h = matlab.imshow(np.array([[1, 2]], np.uint8), matlab.jet(4))
    assert h.CDataMapping == "direct"
    np.testing.assert_array_equal(ax.Colormap, matlab.jet(4))
    with pytest.raises(CompatError, match="unknown option"):
        matlab.imshow(np.zeros((2, 2)), "Zoom", 2)
    with pytest.raises(CompatError, match="DisplayRange"):
        matlab.imshow(np.zeros((2, 2)), [3, 1])
    with pytest.raises(CompatError, match="m-by-n-by-3"):
        matlab.imshow(np.zeros((2, 2, 4)))


def test_imshow_reads_a_file_and_magnifies(tmp_path):
    name = str(tmp_path / "g.png")
    img = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    matlab.imwrite(img, name)
    h = matlab.imshow(name, "InitialMagnification", 200, "Border", "tight")
    np.testing.assert_array_equal(h.CData, img)
    np.testing.assert_array_equal(matlab.gcf().Position[0, 2:], [8, 6])
    matlab.truesize([30, 50])
    np.testing.assert_array_equal(matlab.gcf().Position[0, 2:], [50, 30])
    matlab.clf()
    with pytest.raises(CompatError, match="no image"):
        matlab.truesize()


# --------------------------------------------------------------------------------------
# hgexport, savefig, openfig
# --------------------------------------------------------------------------------------
@needs_matplotlib
def test_hgexport_formats(tmp_path):
    f = matlab.gcf()
    matlab.plot([1, 2])
    base = str(tmp_path / "a")
    matlab.hgexport(f, base)  # the factory style's EPS
    with open(base + ".eps", "rb") as handle:
        assert handle.read(4) == b"%!PS"
    matlab.hgexport(f, base + ".png")
    with open(base + ".png", "rb") as handle:
        assert handle.read(8) == b"\x89PNG\r\n\x1a\n"
    matlab.hgexport(f, str(tmp_path / "b"), matlab.hgexport("factorystyle"), "Format",
                    "pdf")
    with open(str(tmp_path / "b.pdf"), "rb") as handle:
        assert handle.read(4) == b"%PDF"
    with pytest.raises(CompatError, match="unsupported format"):
        matlab.hgexport(f, base, [], "Format", "bmp2")


def test_savefig_openfig_round_trip(tmp_path):
    f = matlab.figure("Visible", "off", "Name", "two")
    h = matlab.plot([3, 1, 2], "r--")
    matlab.title("T")
    matlab.xlim([0, 5])
    name = str(tmp_path / "saved")
    matlab.savefig(f, name)
    assert os.path.exists(name + ".fig")
    matlab.close("all")
    g = matlab.openfig(name + ".fig", "invisible")
    assert g.Name == "two" and g.Visible == "off" and int(g) == 1
    ax = g.CurrentAxes
    line = ax.Children[0]
    np.testing.assert_array_equal(line.YData, [[3, 1, 2]])
    assert h.isvalid() is False
    assert line.LineStyle == "--" and ax.Title.String == "T"
    np.testing.assert_array_equal(ax.XLim, [[0, 5]])
    assert matlab.gcf() is g
    # 'reuse' returns the open figure loaded from that file
    assert matlab.openfig(name + ".fig", "reuse") is g
    assert matlab.openfig(name + ".fig", "new") is not g
    bad = tmp_path / "x.fig"
    bad.write_bytes(b"MATLAB 5.0 MAT-file")
    with pytest.raises(CompatError, match="not a figure file"):
        matlab.openfig(str(bad))
    with pytest.raises(CompatError, match="not found"):
        matlab.openfig(str(tmp_path / "none.fig"))


# --------------------------------------------------------------------------------------
# movegui, dialog, waitfor
# --------------------------------------------------------------------------------------
def test_movegui_places():
    f = matlab.gcf()
    f.Position = [5000, -50, 400, 300]
    matlab.movegui(f)  # onscreen: just inside the 1920x1080 screen
    np.testing.assert_array_equal(f.Position, [[1520, 0, 400, 300]])
    for where, xy in (("northwest", [0, 780]), ("southeast", [1520, 0]),
                      ("north", [760, 780]), ("west", [0, 390]), ([30, -40], [30, 740])):
        matlab.movegui(f, where)
        np.testing.assert_array_equal(f.Position[0, :2], xy)
    with pytest.raises(CompatError, match="unknown position"):
        matlab.movegui(f, "middle")


def test_dialog_and_waitfor():
    before = matlab.gcf()
    d = matlab.dialog("Name", "D")
    assert d.WindowStyle == "modal" and d.Resize == "off" and d.NumberTitle == "off"
    assert matlab.gcf() is before  # a callback-only handle does not become gcf
    f = matlab.figure("Visible", "off")
    assert f.WindowStyle == "normal" and f.MenuBar == "figure"
    e = matlab.uicontrol(f, "Style", "edit", "Tag", "e")
    matlab.uicontrol(f, "Tag", "close", "Callback", lambda h, ev: matlab.close(f))
    matlab.ui_controls.queue_actions(("e", "7"))
    assert matlab.waitfor(f, "Name") is None
    assert e.String == "7" and matlab.ishandle(f)
    matlab.ui_controls.queue_actions(("close",), ("e", "8"))
    assert matlab.waitfor(f) is None
    assert not matlab.ishandle(f)
    matlab.ui_controls.clear_actions()
    assert matlab.waitfor(f) is None  # a deleted object: at once
    with pytest.raises(CompatError, match="Unrecognized property"):
        matlab.waitfor(d, "NoSuchProperty")


# --------------------------------------------------------------------------------------
# against live Octave
# --------------------------------------------------------------------------------------
_GNUPLOT = shutil.which("gnuplot")
needs_gnuplot = pytest.mark.skipif(
    _GNUPLOT is None and os.environ.get("CI", "").lower() != "true",
    reason="Octave builds graphics objects with the gnuplot toolkit: gnuplot missing")

_STATEMENTS = ("warning('off', 'all'); close all; figure('visible', 'off'); "
               "h = imshow(I, []); c = get(gca, 'CLim'); xl = get(gca, 'XLim'); "
               "yl = get(gca, 'YLim'); h2 = imshow(I, 'XData', xd, 'YData', yd); "
               "x2 = get(gca, 'XLim'); y2 = get(gca, 'YLim'); close all;")


@pytest.mark.octave
@needs_gnuplot
def test_random_imshow_against_octave():
    rng = np.random.default_rng(19810)
    draws = []
    for _ in range(25):
        m, n = (int(v) for v in rng.integers(2, 9, 2))
        scale = float(rng.uniform(0.1, 100))
        draws.append({"I": rng.normal(0, scale, (m, n)),
                      "xd": np.sort(rng.uniform(-10, 10, 2)).reshape(1, 2),
                      "yd": np.sort(rng.uniform(-10, 10, 2)).reshape(1, 2)})
    results = run_octave([(_STATEMENTS, d, ("c", "xl", "yl", "x2", "y2")) for d in draws])
    for k, (d, got) in enumerate(zip(draws, results)):
        assert not isinstance(got, Exception), (k, got)
        matlab.close("all")
        matlab.figure("Visible", "off")
        matlab.imshow(d["I"], [])
        ax = matlab.gca()
        # the data's min and max: copied, exact
        np.testing.assert_array_equal(ax.CLim, np.atleast_2d(got["c"]))
        np.testing.assert_array_equal(ax.XLim, np.atleast_2d(got["xl"]))
        np.testing.assert_array_equal(ax.YLim, np.atleast_2d(got["yl"]))
        matlab.imshow(d["I"], "XData", d["xd"], "YData", d["yd"])
        for mine, want, data, n in ((ax.XLim, got["x2"], d["xd"], d["I"].shape[1]),
                                    (ax.YLim, got["y2"], d["yd"], d["I"].shape[0])):
            # first/last -+ half a spacing (last-first)/(n-1)/2: Octave 7.3 rounds the
            # half spacing to single precision (see image's docstring), so the edges
            # agree within 2^-24 of the half spacing plus the edge's own rounding
            half = abs(float(data[0, 1] - data[0, 0])) / (n - 1) / 2
            want = np.atleast_2d(want)
            np.testing.assert_allclose(mine, want, rtol=0, atol=half * 2.0 ** -24
                                       + 2 * np.spacing(np.abs(want)).max())
