"""IDL WRITE_GIF, READ_GIF, QUERY_GIF (compat.idl.gif_files): the GIF89a blocks IDL
writes, Pillow's decoder and encoder both ways (LZW incl. table resets, interlace),
/MULTIPLE frames, frames smaller than the screen, bad input. Goldens: suite idl/gif."""

import struct

import numpy as np
import pytest
from PIL import Image, ImageSequence

from compat import CompatWarning, idl


def test_layout_of_a_written_file(tmp_path):
    path = str(tmp_path / "a.gif")
    img = np.array([[0, 1, 2], [3, 4, 5]], np.uint8)
    idl.write_gif(path, img, [10, 20, 30], [1, 2, 3], [7, 8, 9], background_color=2)
    data = open(path, "rb").read()
    assert data[:6] == b"GIF89a"
    assert struct.unpack_from("<HHBBB", data, 6) == (3, 2, 0xF7, 2, 0)
    table = np.frombuffer(data, np.uint8, 768, 13).reshape(256, 3)
    assert table[:3].tolist() == [[10, 1, 7], [20, 2, 8], [30, 3, 9]]
    assert (table[3:] == [30, 3, 9]).all()                  # padded with the last entry
    assert data[781] == 0x2C and struct.unpack_from("<HHHHB", data, 782) == (0, 0, 3, 2, 0)
    assert data[791] == 8 and data[-2:] == b"\x00\x3b"
    # Pillow (top row first) sees IDL's last row at the top
    np.testing.assert_array_equal(np.asarray(Image.open(path)), img[::-1])


def test_control_and_loop_blocks(tmp_path):
    path = str(tmp_path / "c.gif")
    idl.write_gif(path, np.zeros((2, 2), np.uint8), repeat_count=3, delay_time=300,
                  transparent=700, disposal_method=2, user_input=1)
    data = open(path, "rb").read()
    at = 13 + 768
    assert data[at:at + 19] == b"\x21\xff\x0bNETSCAPE2.0\x03\x01\x03\x00\x00"
    at += 19
    # flags: transparent 1 + user input 2 + disposal 2 << 2; delay 300; index clipped
    assert data[at:at + 8] == bytes([0x21, 0xF9, 4, 1 + 2 + 8, 300 & 255, 1, 255, 0])
    q = idl.read_gif(path, delay_time=True, transparent=True, disposal_method=True,
                     user_input=True, repeat_count=True)
    assert (q.delay_time, q.transparent, q.disposal_method, q.user_input,
            q.repeat_count) == (300, 255, 2, 1, 3)
    plain = str(tmp_path / "p.gif")
    idl.write_gif(plain, np.zeros((2, 2), np.uint8))
    assert open(plain, "rb").read()[781] == 0x2C             # no extension blocks
    q = idl.read_gif(plain, transparent=True, repeat_count=True)
    assert (q.transparent, q.repeat_count) == (-1, -1)


def test_lzw_both_ways_with_pillow(tmp_path):
    rng = np.random.default_rng(1955)
    path = str(tmp_path / "l.gif")
    for shape, top in (((300, 200), 256), ((64, 500), 3), ((1, 7), 256)):
        img = rng.integers(0, top, size=shape).astype(np.uint8)
        if shape[0] == 1:
            img = np.vstack([img, img])
        idl.write_gif(path, img, np.arange(256), np.arange(256), np.arange(256))
        seen = np.asarray(Image.open(path))
        np.testing.assert_array_equal(seen, img[::-1])
        for interlace in (False, True):
            pil = Image.frombytes("P", img.shape[::-1], img[::-1].tobytes())
            pil.putpalette(list(range(256)) * 3)
            pil.save(path, interlace=interlace, optimize=False)
            np.testing.assert_array_equal(idl.read_gif(path), img)


def test_multiple_frames_and_local_tables(tmp_path):
    path = str(tmp_path / "m.gif")
    ramp, zero = np.arange(256), np.zeros(256, int)
    frames = [np.full((3, 4), k, np.uint8) for k in range(3)]
    idl.write_gif(path, frames[0], ramp, zero, zero, multiple=True)
    idl.write_gif(path, frames[1], ramp, zero, zero, multiple=True)
    idl.write_gif(path, frames[2], ramp[::-1], zero, zero, multiple=True)
    idl.write_gif(path, close=True)
    with Image.open(path) as im:
        assert im.n_frames == 3
        pages = [np.asarray(p.convert("RGB"))[0, 0].tolist()
                 for p in ImageSequence.Iterator(im)]
    assert pages == [[0, 0, 0], [1, 0, 0], [253, 0, 0]]
    ok, info = idl.query_gif(path, info=True)
    assert ok == 1 and info.NUM_IMAGES[0] == 3
    got = [idl.read_gif(path, multiple=True, r=True) for _ in range(3)]
    assert [int(q.result[0, 0]) for q in got] == [0, 1, 2]
    assert got[2].r[0] == 255 and got[1].r[0] == 0           # the local table
    assert idl.read_gif(path, multiple=True) == -1
    with pytest.raises(ValueError, match="WRITE_GIF: Image size incompatible"):
        idl.write_gif(path, frames[0], multiple=True)
        idl.write_gif(path, np.zeros((2, 2), np.uint8), multiple=True)
    idl.write_gif(path, close=True)


def _gif(screen, frames):
    """A hand-built GIF: screen (w, h), frames of (left, top, pixels top row first,
    transparent index or None); a 4-bit grey global table, background index 9."""
    w, h = screen
    out = b"GIF89a" + struct.pack("<HHBBB", w, h, 0x83, 9, 0)
    out += bytes(np.repeat(np.arange(16, dtype=np.uint8) * 16, 3))
    from compat._core.gif import lzw_encode
    for left, top, pixels, trans in frames:
        if trans is not None:
            out += bytes([0x21, 0xF9, 4, 1, 0, 0, trans, 0])
        ph, pw = pixels.shape
        out += b"\x2c" + struct.pack("<HHHHB", left, top, pw, ph, 0)
        out += lzw_encode(pixels.astype(np.uint8).tobytes())
    return out + b"\x3b"


def test_frames_smaller_than_the_screen(tmp_path):
    path = tmp_path / "s.gif"
    first = np.array([[1, 2]])                      # at x = 1, y = 0: the top row
    second = np.array([[5, 7], [7, 6]])             # at x = 2, y = 1; 7 transparent
    path.write_bytes(_gif((4, 3), [(1, 0, first, None), (2, 1, second, 7)]))
    a = idl.read_gif(str(path), multiple=True)
    b = idl.read_gif(str(path), multiple=True)
    idl.read_gif(str(path), close=True)
    # IDL rows bottom first: the top picture row is the last row
    assert a.tolist() == [[9, 9, 9, 9], [9, 9, 9, 9], [9, 1, 2, 9]]
    assert b.tolist() == [[9, 9, 9, 6], [9, 9, 5, 9], [9, 1, 2, 9]]
    ok, info = idl.query_gif(str(path), info=True)
    assert info.CHANNELS[0] == 0 and info.NUM_IMAGES[0] == 2   # IDL: 4 bits // 8


def test_errors(tmp_path):
    path = str(tmp_path / "e.gif")
    with pytest.raises(ValueError, match="WRITE_GIF: Image must be a byte matrix"):
        idl.write_gif(path, np.zeros((2, 2), np.int16))
    with pytest.raises(ValueError, match="Image must be a byte matrix"):
        idl.write_gif(path, np.zeros(4, np.uint8))
    with pytest.raises(ValueError, match="Illegal value for keyword DELAY_TIME"):
        idl.write_gif(path, np.zeros((2, 2), np.uint8), delay_time=70000)
    with pytest.raises(ValueError, match="same length"):
        idl.write_gif(path, np.zeros((2, 2), np.uint8), [1, 2], [1], [1])
    (tmp_path / "x.gif").write_bytes(b"PNG" + bytes(20))
    with pytest.warns(CompatWarning, match="READ_GIF: File .* is not a GIF file"):
        assert idl.read_gif(str(tmp_path / "x.gif")) == -1
    assert idl.query_gif(str(tmp_path / "x.gif")) == 0
    assert idl.query_gif(str(tmp_path / "none.gif")) == 0
