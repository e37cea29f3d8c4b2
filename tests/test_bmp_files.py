"""IDL READ_BMP and WRITE_BMP (compat.idl.bmp_files): the file layout against the
bitmap format and Pillow's reader/writer, bad input. Goldens: suite idl/bmp."""

import struct

import numpy as np
import pytest
from PIL import Image

from compat import idl


def test_write_8bit_layout(tmp_path):
    path = str(tmp_path / "g.bmp")
    img = np.array([[0, 1, 2], [3, 4, 5]], np.uint8)
    idl.write_bmp(path, img)
    data = open(path, "rb").read()
    magic, size, _, _, offset = struct.unpack_from("<2sIHHI", data, 0)
    hsize, w, h, planes, bits, comp, simage = struct.unpack_from("<IiiHHII", data, 14)
    assert (magic, size, offset) == (b"BM", len(data), 54 + 1024)
    assert (hsize, w, h, planes, bits, comp, simage) == (40, 3, 2, 1, 8, 0, 8)
    table = np.frombuffer(data, np.uint8, 1024, 54).reshape(256, 4)
    np.testing.assert_array_equal(table[:, :3], np.repeat(np.arange(256)[:, None], 3, 1))
    # rows bottom-up, IDL's row 0 first, each padded to 4 bytes
    assert data[offset:] == bytes([0, 1, 2, 0, 3, 4, 5, 0])


def test_pillow_reads_what_write_bmp_writes(tmp_path):
    rng = np.random.default_rng(1754)
    bgr = rng.integers(0, 256, size=(5, 7, 3), dtype=np.uint8)
    path = str(tmp_path / "c.bmp")
    idl.write_bmp(path, bgr)
    seen = np.asarray(Image.open(path).convert("RGB"))
    # Pillow: top row first, red first; IDL: bottom row first, blue first
    np.testing.assert_array_equal(seen, bgr[::-1, :, ::-1])
    idl.write_bmp(path, bgr, rgb=True)
    np.testing.assert_array_equal(np.asarray(Image.open(path).convert("RGB")), bgr[::-1])
    assert bgr.flags.writeable  # the caller's array untouched (compared above)


def test_read_bmp_of_pillow_files(tmp_path):
    rng = np.random.default_rng(1755)
    rgb = rng.integers(0, 256, size=(4, 6, 3), dtype=np.uint8)
    path = str(tmp_path / "p.bmp")
    Image.fromarray(rgb).save(path)
    np.testing.assert_array_equal(idl.read_bmp(path), rgb[::-1, :, ::-1])
    np.testing.assert_array_equal(idl.read_bmp(path, rgb=True), rgb[::-1])
    pal = rng.integers(0, 256, size=(5, 9), dtype=np.uint8)
    im = Image.fromarray(pal, mode="L")
    im.save(path)
    r = idl.read_bmp(path, r=True, g=True, b=True)
    np.testing.assert_array_equal(r.result, pal[::-1])
    assert r.r.shape == (256,) and r.r.dtype == np.uint8


def test_four_bit_round_trip_and_packing(tmp_path):
    path = str(tmp_path / "f.bmp")
    img = np.array([[1, 2, 3, 4, 5], [15, 14, 13, 12, 11]], np.uint8)
    idl.write_bmp(path, img, four_bit=True)
    data = open(path, "rb").read()
    offset = struct.unpack_from("<I", data, 10)[0]
    assert offset == 54 + 64
    assert data[offset:] == bytes([0x12, 0x34, 0x50, 0, 0xFE, 0xDC, 0xB0, 0])
    np.testing.assert_array_equal(idl.read_bmp(path), img)


def test_write_with_a_short_colour_table(tmp_path):
    path = str(tmp_path / "t.bmp")
    idl.write_bmp(path, np.zeros((1, 4), np.uint8), [255, 1], [0, 2], [9, 3])
    table = np.frombuffer(open(path, "rb").read(), np.uint8, 1024, 54).reshape(256, 4)
    np.testing.assert_array_equal(table[:2], [[9, 0, 255, 0], [3, 2, 1, 0]])
    assert not table[2:].any()


def test_errors(tmp_path):
    bad = tmp_path / "x.bmp"
    bad.write_bytes(b"P5 not a bitmap" + bytes(60))
    with pytest.raises(ValueError, match="READ_BMP: File .* is not in bitmap file format"):
        idl.read_bmp(str(bad))
    mono = str(tmp_path / "m.bmp")
    Image.fromarray(np.eye(8, dtype=bool)).save(mono)
    with pytest.raises(ValueError, match="READ_BMP: Can't handle monochrome images"):
        idl.read_bmp(mono)
    with pytest.raises(ValueError, match="READ_BMP: Can't open"):
        idl.read_bmp(str(tmp_path / "missing.bmp"))
    with pytest.raises(ValueError, match="WRITE_BMP: Image parameter must have 2 or 3"):
        idl.write_bmp(str(tmp_path / "v.bmp"), np.arange(5, dtype=np.uint8))
    with pytest.raises(TypeError, match="WRITE_BMP"):
        idl.write_bmp(str(tmp_path / "s.bmp"), "text")
