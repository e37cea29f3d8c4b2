"""MATLAB imread, imwrite, imfinfo (compat.matlab.image_files, the optional extra
compat[images]): MATLAB's classes and layouts, the PNG code of compat._core.image_files
(every filter type, bit depth and colour type), errors, and differential runs against
live Octave: files compat writes read by Octave's imread, files Octave writes read by
compat, random images batched into one Octave process. Skipped without Pillow."""

from __future__ import annotations

import os
import struct
import zlib

import numpy as np
import pytest

from compat import matlab
from compat._core import image_files as core

Image = pytest.importorskip("PIL.Image")

from oracles import OCTAVE, run_octave  # noqa: E402


# ----------------------------------------------------------------------------- classes
def test_double_is_scaled_rounded_and_clipped(tmp_path):
    path = str(tmp_path / "d.png")
    matlab.imwrite(np.array([[0.0, 0.5, 1.0], [-0.2, 1.7, np.nan]]), path)
    a = matlab.imread(path)
    assert a.dtype == np.uint8
    np.testing.assert_array_equal(a, [[0, 128, 255], [0, 255, 0]])
    # numpy's truncating cast would give 127 for 0.5 * 255
    assert np.asarray(Image.open(path)).tolist() == a.tolist()


def test_logical_png_is_one_bit_and_reads_logical(tmp_path):
    path = str(tmp_path / "b.png")
    bits = np.array([[True, False, True], [False, False, True]])
    matlab.imwrite(bits, path)
    assert matlab.imfinfo(path)["BitDepth"] == 1
    back = matlab.imread(path)
    assert back.dtype == np.bool_
    np.testing.assert_array_equal(back, bits)
    assert Image.open(path).mode == "1"


def test_uint16_grey_and_rgb_png(tmp_path):
    rng = np.random.default_rng(5)
    grey = rng.integers(0, 65536, (4, 6)).astype(np.uint16)
    rgb = rng.integers(0, 65536, (3, 5, 3)).astype(np.uint16)
    matlab.imwrite(grey, str(tmp_path / "g.png"))
    matlab.imwrite(rgb, str(tmp_path / "c.png"))
    g = matlab.imread(str(tmp_path / "g.png"))
    c = matlab.imread(str(tmp_path / "c.png"))
    assert g.dtype == c.dtype == np.uint16 and c.shape == (3, 5, 3)
    np.testing.assert_array_equal(g, grey)
    np.testing.assert_array_equal(c, rgb)
    info = matlab.imfinfo(str(tmp_path / "c.png"))
    assert info["BitDepth"] == 48 and info["ColorType"] == "truecolor"
    # Pillow alone keeps only the high bytes of 16-bit colour samples
    assert np.asarray(Image.open(tmp_path / "c.png")).dtype == np.uint8


def test_bitdepth_option(tmp_path):
    path = str(tmp_path / "x.png")
    d = np.array([[0.0, 0.2, 0.5, 1.0]])
    matlab.imwrite(d, path, "BitDepth", 16)
    np.testing.assert_array_equal(matlab.imread(path), [[0, 13107, 32768, 65535]])
    matlab.imwrite(d, path, "BitDepth", 4)
    assert matlab.imfinfo(path)["BitDepth"] == 4
    # 4-bit samples come back scaled by bit replication (x 17)
    np.testing.assert_array_equal(matlab.imread(path), np.array([[0, 3, 8, 15]]) * 17)


def test_indexed_double_is_one_based_uint8_zero_based(tmp_path):
    cmap = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1.0]])
    path = str(tmp_path / "i.png")
    matlab.imwrite(np.array([[1.0, 2], [3, 4]]), cmap, path)
    x, m = matlab.imread(path, nargout=2)
    np.testing.assert_array_equal(x, [[0, 1], [2, 3]])
    assert x.dtype == np.uint8
    np.testing.assert_array_equal(m, cmap)
    matlab.imwrite(np.array([[1, 2], [3, 0]], np.uint8), cmap, path)
    np.testing.assert_array_equal(matlab.imread(path), [[1, 2], [3, 0]])
    for fmt in ("gif", "bmp", "tif"):
        p = str(tmp_path / f"i.{fmt}")
        matlab.imwrite(np.array([[1.0, 2], [3, 4]]), cmap, p)
        x2, m2 = matlab.imread(p, nargout=2)
        np.testing.assert_array_equal(x2, [[0, 1], [2, 3]])
        np.testing.assert_allclose(m2[:4], cmap, atol=1 / 255 if fmt == "tif" else 0)


def test_alpha_and_transparency(tmp_path):
    rgb = np.zeros((2, 3, 3), np.uint8)
    alpha = np.array([[0, 128, 255], [1, 2, 3]], np.uint8)
    path = str(tmp_path / "a.png")
    matlab.imwrite(rgb, path, "Alpha", alpha)
    a, m, t = matlab.imread(path, nargout=3)
    assert a.shape == (2, 3, 3) and m.shape == (0, 0)
    np.testing.assert_array_equal(t, alpha)
    assert matlab.imfinfo(path)["Transparency"] == "alpha"
    matlab.imwrite(np.array([[0.0, 1.0]]), path, "Transparency", 0.0)
    info = matlab.imfinfo(path)
    assert info["Transparency"] == "simple"
    assert Image.open(path).info["transparency"] == 0


def test_rows_are_top_first_and_not_transposed(tmp_path):
    a = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    for fmt in ("png", "bmp", "tif", "gif"):
        path = str(tmp_path / f"o.{fmt}")
        matlab.imwrite(a, path)
        back = matlab.imread(path)
        assert back.shape == (3, 4)
        np.testing.assert_array_equal(back, a)
        np.testing.assert_array_equal(np.asarray(Image.open(path).convert("L")), a)


def test_jpeg_quality_and_reading(tmp_path):
    smooth = np.add.outer(np.arange(16) * 8, np.arange(16) * 8).astype(np.uint8)
    path = str(tmp_path / "j.jpg")
    matlab.imwrite(smooth, path, "Quality", 95)
    back = matlab.imread(path)
    assert back.dtype == np.uint8 and back.shape == (16, 16)
    assert np.max(np.abs(back.astype(int) - smooth)) <= 3
    info = matlab.imfinfo(path)
    assert info["Format"] == "jpg" and info["CodingMethod"] == "Huffman"
    assert info["CodingProcess"] == "Sequential" and info["BitDepth"] == 8
    small = str(tmp_path / "q.jpg")
    matlab.imwrite(smooth, small, "Quality", 10)
    assert os.path.getsize(small) < os.path.getsize(path)


def test_multipage_tiff_and_gif_frames(tmp_path):
    path = str(tmp_path / "p.tif")
    pages = [np.full((2, 3), v, np.uint8) for v in (10, 20, 30)]
    matlab.imwrite(pages[0], path)
    for page in pages[1:]:
        matlab.imwrite(page, path, "WriteMode", "append")
    infos = matlab.imfinfo(path)
    assert isinstance(infos, list) and len(infos) == 3
    assert infos[0]["Compression"] == "PackBits"      # MATLAB's default
    np.testing.assert_array_equal(matlab.imread(path, 2), pages[1])
    np.testing.assert_array_equal(matlab.imread(path, "Index", 3), pages[2])
    gif = str(tmp_path / "f.gif")
    cmap = np.array([[0, 0, 0], [1, 1, 1], [1, 0, 0.0]])
    for k in range(3):
        frame = (np.arange(6).reshape(2, 3) + k) % 3
        matlab.imwrite(frame.astype(np.uint8), cmap, gif,
                       *(("WriteMode", "append") if k else ()))
    allframes = matlab.imread(gif, "Frames", "all")
    assert allframes.shape == (2, 3, 1, 3)
    np.testing.assert_array_equal(allframes[:, :, 0, 2], (np.arange(6).reshape(2, 3) + 2) % 3)


def test_imfinfo_fields(tmp_path):
    path = str(tmp_path / "c.png")
    matlab.imwrite(np.zeros((4, 5, 3)), path, "Description", "hello")
    info = matlab.imfinfo(path)
    assert info["Filename"] == os.path.abspath(path)
    assert info["FileSize"] == os.path.getsize(path)
    assert (info["Width"], info["Height"], info["BitDepth"]) == (5.0, 4.0, 24.0)
    assert info["Format"] == "png" and info["ColorType"] == "truecolor"
    assert info["FormatSignature"].tolist() == [[137, 80, 78, 71, 13, 10, 26, 10]]
    assert info["Description"] == "hello" and info["InterlaceType"] == "none"
    assert len(info["FileModDate"]) == 20    # 'dd-mmm-yyyy HH:MM:SS'


def test_pixel_region_and_fmt_argument(tmp_path):
    a = np.arange(30, dtype=np.uint8).reshape(5, 6)
    path = str(tmp_path / "r")
    matlab.imwrite(a, path, "png")                    # the name as given
    np.testing.assert_array_equal(matlab.imread(path, "png"), a)
    np.testing.assert_array_equal(matlab.imread(path, "PixelRegion", ([2, 4], [1, 2, 6])),
                                  a[1:4, 0:6:2])


# --------------------------------------------------------------------- the PNG decoder
def _png_with_filters(samples: np.ndarray, filters) -> bytes:
    """A 16-bit RGB PNG whose rows use the given filter types (the specification's
    filters applied here, independently of compat's decoder)."""
    h, w, _ = samples.shape
    raw = samples.astype(">u2").view(np.uint8).reshape(h, -1).astype(np.int64)
    bpp = 6
    lines = []
    previous = np.zeros(raw.shape[1], np.int64)
    for r in range(h):
        x = raw[r]
        left = np.concatenate([np.zeros(bpp, np.int64), x[:-bpp]])
        corner = np.concatenate([np.zeros(bpp, np.int64), previous[:-bpp]])
        kind = filters[r % len(filters)]
        if kind == 0:
            f = x
        elif kind == 1:
            f = x - left
        elif kind == 2:
            f = x - previous
        elif kind == 3:
            f = x - ((left + previous) >> 1)
        else:
            p = left + previous - corner
            pa, pb, pc = abs(p - left), abs(p - previous), abs(p - corner)
            pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, previous,
                                                                     corner))
            f = x - pred
        lines.append(bytes([kind]) + (f & 0xFF).astype(np.uint8).tobytes())
        previous = x

    def chunk(kind, body):
        return (struct.pack(">I", len(body)) + kind + body +
                struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))
    return (core.PNG_SIGNATURE + chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"".join(lines))) + chunk(b"IEND", b""))


@pytest.mark.parametrize("filters", [(0,), (1,), (2,), (3,), (4,), (0, 1, 2, 3, 4)])
def test_png_decoder_every_filter(tmp_path, filters):
    samples = np.random.default_rng(len(filters) * 7 + filters[0]).integers(
        0, 65536, (6, 9, 3)).astype(np.uint16)
    path = tmp_path / "f.png"
    path.write_bytes(_png_with_filters(samples, filters))
    np.testing.assert_array_equal(matlab.imread(str(path)), samples)


@pytest.mark.parametrize("depth", [1, 2, 4, 8, 16])
def test_png_encoder_bit_depths_read_by_pillow(tmp_path, depth):
    rng = np.random.default_rng(depth)
    samples = rng.integers(0, 2 ** depth, (5, 11))
    path = str(tmp_path / "b.png")
    core.write_png(path, samples, bit_depth=depth, color_type=0)
    image = Image.open(path)
    got = np.asarray(image if depth != 1 else image.convert("L"), dtype=np.int64)
    scale = {1: 255, 2: 85, 4: 17, 8: 1, 16: 1}[depth]
    np.testing.assert_array_equal(got, samples * scale)


# ------------------------------------------------------------------------- bad input
def test_errors(tmp_path):
    with pytest.raises(ValueError, match=r'^imread: File "nope\.png" does not exist\.$'):
        matlab.imread("nope.png")
    text = tmp_path / "t.png"
    text.write_text("not an image")
    with pytest.raises(ValueError, match="^imread: Unable to determine the file format"):
        matlab.imread(str(text))
    with pytest.raises(ValueError, match="^imfinfo: Unable to determine the file format"):
        matlab.imfinfo(str(text))
    with pytest.raises(ValueError, match="^imwrite: Unable to determine the file format "
                                         "from the file name"):
        matlab.imwrite(np.zeros((2, 2)), str(tmp_path / "x.xyz"))
    with pytest.raises(ValueError, match="^imwrite: Index values must be within"):
        matlab.imwrite(np.array([[0.0, 1]]), np.eye(3), str(tmp_path / "i.png"))
    with pytest.raises(ValueError, match="^imwrite: The colormap must be"):
        matlab.imwrite(np.array([[1.0]]), np.ones((2, 2)), str(tmp_path / "i.png"))
    with pytest.raises(TypeError, match="^imwrite: Image data of class int32"):
        matlab.imwrite(np.zeros((2, 2), np.int32), str(tmp_path / "i.png"))
    with pytest.raises(ValueError, match="^imwrite: RGB data cannot be written to a GIF"):
        matlab.imwrite(np.zeros((2, 2, 3), np.uint8), str(tmp_path / "c.gif"))
    with pytest.raises(ValueError, match="^imwrite: 'Mode', 'lossless'"):
        matlab.imwrite(np.zeros((2, 2), np.uint8), str(tmp_path / "c.jpg"), "Mode",
                       "lossless")
    with pytest.raises(ValueError, match="^imwrite: A must be a non-empty"):
        matlab.imwrite(np.zeros((0, 2)), str(tmp_path / "e.png"))
    with pytest.raises(ValueError, match="^imwrite: unknown parameter 'colour'"):
        matlab.imwrite(np.zeros((2, 2)), str(tmp_path / "e.png"), "Colour", 1)
    with pytest.raises(ValueError, match="^imwrite: Error opening file"):
        matlab.imwrite(np.zeros((2, 2)), str(tmp_path / "no" / "e.png"))
    with pytest.raises(ValueError, match=r"^imread: Invalid frame number 4"):
        path = str(tmp_path / "one.tif")
        matlab.imwrite(np.zeros((2, 2), np.uint8), path)
        matlab.imread(path, 4)
    with pytest.raises(TypeError, match="^imread: Filename must be"):
        matlab.imread(3)


def test_inputs_are_not_modified_and_any_byte_order(tmp_path):
    a = np.arange(12, dtype=">u2").reshape(3, 4) * 1000
    before = a.copy()
    path = str(tmp_path / "big.png")
    matlab.imwrite(a, path)
    np.testing.assert_array_equal(a, before)
    np.testing.assert_array_equal(matlab.imread(path), before)


# ------------------------------------------------------------- live Octave, both ways
def _random_images(rng):
    shape = tuple(int(v) for v in rng.integers(2, 9, 2))
    cmap = rng.integers(0, 256, (5, 3)) / 255
    return {
        "g8.png": (rng.integers(0, 256, shape).astype(np.uint8), None),
        "g16.png": (rng.integers(0, 65536, shape).astype(np.uint16), None),
        "c8.png": (rng.integers(0, 256, shape + (3,)).astype(np.uint8), None),
        "c16.png": (rng.integers(0, 65536, shape + (3,)).astype(np.uint16), None),
        "b.png": (rng.integers(0, 2, shape).astype(bool), None),
        "i.png": (rng.integers(1, 6, shape).astype(np.float64), cmap),
        "g8.tif": (rng.integers(0, 256, shape).astype(np.uint8), None),
        "c8.tif": (rng.integers(0, 256, shape + (3,)).astype(np.uint8), None),
        "b.tif": (rng.integers(0, 2, shape).astype(bool), None),
        "c8.bmp": (rng.integers(0, 256, shape + (3,)).astype(np.uint8), None),
        "i.gif": (rng.integers(0, 5, shape).astype(np.uint8), cmap),
    }


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_files_written_by_compat_read_by_octave(tmp_path):
    rng = np.random.default_rng(2026)
    cases, expected = [], []
    for round_ in range(3):
        for name, (data, cmap) in _random_images(rng).items():
            path = str(tmp_path / f"{round_}_{name}")
            if cmap is None:
                matlab.imwrite(data, path)
            else:
                matlab.imwrite(data, cmap, path)
            cases.append(("[A, map] = imread(f);", {"f": path}, ["A", "map"]))
            expected.append(matlab.imread(path, nargout=2))
    results = run_octave(cases)
    for (call, inputs, _), result, (a, m) in zip(cases, results, expected):
        assert not isinstance(result, Exception), (inputs["f"], result)
        got = np.asarray(result["A"])
        if got.dtype == np.uint8 and a.dtype == np.bool_:
            got = got.astype(bool)       # scipy's loadmat of an Octave logical
        assert got.dtype == a.dtype, inputs["f"]
        np.testing.assert_array_equal(got, a, err_msg=inputs["f"])
        if m.size:
            np.testing.assert_array_equal(np.asarray(result["map"])[: m.shape[0]], m,
                                          err_msg=inputs["f"])


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_files_written_by_octave_read_by_compat(tmp_path):
    rng = np.random.default_rng(7)
    cases, data = [], []
    for k in range(4):
        shape = tuple(int(v) for v in rng.integers(2, 12, 2))
        images = {"g8.png": rng.integers(0, 256, shape).astype(np.uint8),
                  "g16.png": rng.integers(0, 65536, shape).astype(np.uint16),
                  "c8.png": rng.integers(0, 256, shape + (3,)).astype(np.uint8),
                  "c16.png": rng.integers(0, 65536, shape + (3,)).astype(np.uint16),
                  "c8.tif": rng.integers(0, 256, shape + (3,)).astype(np.uint8),
                  "g16.tif": rng.integers(0, 65536, shape).astype(np.uint16),
                  "c8.bmp": rng.integers(0, 256, shape + (3,)).astype(np.uint8)}
        for name, a in images.items():
            path = str(tmp_path / f"{k}_{name}")
            cases.append(("imwrite(A, f); ok = 1;", {"A": a, "f": path}, ["ok"]))
            data.append((path, a))
    results = run_octave(cases)
    for result, (path, a) in zip(results, data):
        assert not isinstance(result, Exception), (path, result)
        back = matlab.imread(path)
        assert back.dtype == a.dtype, path
        np.testing.assert_array_equal(back, a, err_msg=path)
