"""MATLAB VideoWriter/writeVideo: the AVI files compat writes, decoded by FFmpeg (PyAV,
an independent reader: the test extra installs it) frame for frame. GNU Octave 7.3 has
no VideoWriter; the properties are MATLAB's documented defaults."""

from __future__ import annotations

import numpy as np
import pytest

from compat import CompatTypeError, CompatValueError, matlab

av = pytest.importorskip("av")


def _decode(path, fmt):
    with av.open(str(path)) as container:
        stream = container.streams.video[0]
        frames = [f.to_ndarray(format=fmt) for f in container.decode(stream)]
        rate = stream.average_rate
        codec = stream.codec_context.name
    return frames, rate, codec


def _writer(tmp_path, name, profile, rate=None):
    v = matlab.VideoWriter(str(tmp_path / name), profile)
    if rate is not None:
        v.FrameRate = rate
    matlab.open(v)
    return v


def test_defaults_are_matlabs(tmp_path):
    v = matlab.VideoWriter(str(tmp_path / "clip"))
    assert v.Filename == "clip.avi" and v.Path == str(tmp_path)
    assert (v.FrameRate, v.Quality, v.FileFormat) == (30.0, 75.0, "avi")
    assert (v.VideoFormat, v.VideoCompressionMethod) == ("RGB24", "Motion JPEG")
    assert (v.ColorChannels, v.VideoBitsPerPixel, v.FrameCount) == (3.0, 24.0, 0.0)
    assert v.Height.shape == (0, 0) and v.Width.shape == (0, 0)
    g = matlab.VideoWriter(str(tmp_path / "g.avi"), "Grayscale AVI")
    assert (g.VideoFormat, g.ColorChannels, g.VideoBitsPerPixel) == ("Grayscale", 1.0, 8.0)
    u = matlab.VideoWriter(str(tmp_path / "u.avi"), "uncompressed avi")
    assert u.VideoCompressionMethod == "None"


@pytest.mark.parametrize("height, width", [(4, 6), (5, 7), (1, 1), (17, 3)])
def test_uncompressed_frames_decode_exactly(tmp_path, height, width):
    rng = np.random.default_rng(41)
    frames = rng.integers(0, 256, size=(height, width, 3, 5), dtype=np.uint8)
    v = _writer(tmp_path, "u.avi", "Uncompressed AVI", rate=12.5)
    matlab.writeVideo(v, frames[..., :2])
    for k in range(2, 5):
        matlab.writeVideo(v, {"cdata": frames[..., k], "colormap": np.zeros((0, 3))})
    matlab.close(v)
    assert (v.FrameCount, v.Height, v.Width, v.Duration) == (5.0, height, width, 0.4)
    got, rate, codec = _decode(tmp_path / "u.avi", "rgb24")
    assert codec == "rawvideo" and rate == 12.5 and len(got) == 5
    for k in range(5):
        np.testing.assert_array_equal(got[k], frames[..., k])


def test_double_frames_scale_and_round(tmp_path):
    values = np.array([[0.0, 0.5, 1.0], [0.25, 0.002, 0.998]])
    img = np.repeat(values[:, :, None], 3, axis=2)
    v = _writer(tmp_path, "d.avi", "Uncompressed AVI")
    matlab.writeVideo(v, img)
    matlab.writeVideo(v, values)          # one channel in an RGB video: grey
    matlab.close(v)
    got, _, _ = _decode(tmp_path / "d.avi", "rgb24")
    want = np.array([[0, 128, 255], [64, 1, 254]], dtype=np.uint8)   # round(255*v)
    for frame in got:
        np.testing.assert_array_equal(frame, np.repeat(want[:, :, None], 3, axis=2))


def test_grayscale_and_indexed_frames(tmp_path):
    rng = np.random.default_rng(42)
    grey = rng.integers(0, 256, size=(6, 5, 1, 3), dtype=np.uint8)
    v = _writer(tmp_path, "g.avi", "Grayscale AVI")
    matlab.writeVideo(v, grey)
    matlab.close(v)
    got, _, _ = _decode(tmp_path / "g.avi", "rgb24")    # the grey palette looked up
    for k in range(3):
        np.testing.assert_array_equal(got[k], np.repeat(grey[:, :, :, k], 3, axis=2))
    cmap = rng.random((7, 3))
    index = rng.integers(0, 7, size=(5, 9), dtype=np.uint8)
    v = matlab.VideoWriter(str(tmp_path / "i.avi"), "Indexed AVI")
    v.Colormap = cmap
    matlab.open(v)
    matlab.writeVideo(v, index)
    matlab.close(v)
    got, _, _ = _decode(tmp_path / "i.avi", "rgb24")
    np.testing.assert_array_equal(got[0], np.round(cmap * 255).astype(np.uint8)[index])


def test_motion_jpeg_frames(tmp_path):
    pytest.importorskip("PIL")
    y, x = np.mgrid[0:32, 0:48]
    img = np.stack([x * 5, y * 7, (x + y) * 3], axis=2).astype(np.uint8)
    v = _writer(tmp_path, "m.avi", "Motion JPEG AVI", rate=24)
    v.close()
    v = _writer(tmp_path, "m.avi", "Motion JPEG AVI", rate=24)
    matlab.writeVideo(v, np.stack([img, img[::-1]], axis=3))
    matlab.close(v)
    got, rate, codec = _decode(tmp_path / "m.avi", "rgb24")
    assert codec == "mjpeg" and rate == 24 and len(got) == 2
    # JPEG at quality 75 with 4:2:0 chroma on smooth ramps: a few levels per pixel
    for frame, want in zip(got, [img, img[::-1]]):
        err = np.abs(frame.astype(int) - want.astype(int))
        assert err.mean() < 3 and err.max() < 40, (err.mean(), err.max())


def test_errors_are_matlabs(tmp_path):
    v = matlab.VideoWriter(str(tmp_path / "e.avi"), "Uncompressed AVI")
    with pytest.raises(CompatValueError, match="must be open before writing"):
        matlab.writeVideo(v, np.zeros((2, 2, 3), np.uint8))
    matlab.open(v)
    with pytest.raises(CompatValueError, match="Cannot change FrameRate after calling open"):
        v.FrameRate = 10
    matlab.writeVideo(v, np.zeros((2, 3, 3), np.uint8))
    with pytest.raises(CompatValueError, match="Frame must be 3 by 2"):
        matlab.writeVideo(v, np.zeros((3, 3, 3), np.uint8))
    with pytest.raises(CompatValueError, match="between 0 and 1"):
        matlab.writeVideo(v, np.full((2, 3, 3), 2.0))
    with pytest.raises(CompatTypeError, match="uint8, single or double"):
        matlab.writeVideo(v, np.zeros((2, 3, 3), np.int16))
    matlab.close(v)
    with pytest.raises(CompatValueError, match="encoder compat does not have"):
        matlab.VideoWriter(str(tmp_path / "x.mp4"), "MPEG-4")
    with pytest.raises(CompatValueError, match="not a valid profile"):
        matlab.VideoWriter(str(tmp_path / "x.avi"), "Flash")
    with pytest.raises(CompatValueError, match="not valid for the"):
        matlab.VideoWriter(str(tmp_path / "x.mov"))
    with pytest.raises(CompatValueError, match="Colormap can only be set"):
        matlab.VideoWriter(str(tmp_path / "y.avi")).Colormap = np.eye(3)


def test_frames_from_getframe(tmp_path):
    f = matlab.figure("Visible", "off")
    matlab.plot([1, 2, 3], [3, 1, 2])
    frame = matlab.getframe(f)
    v = _writer(tmp_path, "f.avi", "Uncompressed AVI")
    matlab.writeVideo(v, frame)
    matlab.writeVideo(v, [frame, frame])
    matlab.close(v)
    matlab.close(f)
    got, _, _ = _decode(tmp_path / "f.avi", "rgb24")
    assert len(got) == 3
    np.testing.assert_array_equal(got[2], np.asarray(frame["cdata"]))
