"""IDL's WRITE_PNG / WRITE_JPEG type rules (IDL Reference Guide: integer types as 16-bit
UINT samples, other types as BYTE; JPEG input converted to bytes) and the golden helper
compat.golden.picture_written that decodes the files with Pillow (suite
idl/image_writers); skipped without Pillow."""

from __future__ import annotations

import struct
import zlib

import numpy as np
import pytest

from compat import idl
from compat.golden import picture_written, tiff_written

Image = pytest.importorskip("PIL.Image")


def _uint(a):
    """IDL's UINT() of integers, by modular arithmetic on Python ints (no numpy cast)."""
    return (np.asarray(a).astype(object) % 65536).astype(np.uint16)


@pytest.mark.parametrize("dtype", [np.int16, np.uint16, np.int32, np.uint32, np.int64,
                                   np.uint64])
@pytest.mark.parametrize("channels", [0, 2, 3, 4])
def test_integer_types_are_written_as_16_bit_uint(tmp_path, dtype, channels):
    rng = np.random.default_rng(4021)
    info = np.iinfo(dtype)
    shape = (5, 7) if channels == 0 else (5, 7, channels)
    a = rng.integers(info.min, info.max, shape, dtype=dtype, endpoint=True)
    path = tmp_path / "w.png"
    idl.write_png(path, a)
    with Image.open(path) as image:
        # the 8-bit view Pillow gives of 16-bit colour is the samples' high bytes
        assert image.mode in ("I;16", "I;16B", "LA", "RGB", "RGBA")
        high = np.asarray(image)
    expected = _uint(a)[::-1]              # the file's first row is the array's last
    if channels == 0:
        np.testing.assert_array_equal(high.astype(np.uint16), expected)
    else:
        if channels == 2:                   # Pillow: 16-bit gray+alpha as RGBA
            high = high[:, :, [0, 3]]
        np.testing.assert_array_equal(high, (expected >> 8).astype(np.uint8))
    np.testing.assert_array_equal(picture_written(lambda f: idl.write_png(f, a)),
                                  _uint(a))
    np.testing.assert_array_equal(idl.read_png(path), _uint(a))


def test_png_byte_float_and_palette_are_8_bit(tmp_path):
    b = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    idl.write_png(tmp_path / "b.png", b)
    assert Image.open(tmp_path / "b.png").mode == "L"
    f = np.float32([[0.5, 1.7, 255.9], [256.5, -1.2, 300.0]])
    got = picture_written(lambda p: idl.write_png(p, f))
    assert got.dtype == np.uint8
    assert got.tolist() == [[0, 1, 255], [0, 255, 44]]      # BYTE(): trunc, mod 256
    index = np.int32([[0, 1], [2, 65793]])                   # integers with R, G, B: bytes
    r = np.uint8([255, 0, 9]), np.uint8([0, 255, 9]), np.uint8([0, 0, 9])
    a, *_ = picture_written(lambda p: idl.write_png(p, index, *r), palette=True)
    assert a.dtype == np.uint8 and a.tolist() == [[0, 1], [2, 1]]     # 65793 % 256


def test_order_and_input_untouched(tmp_path):
    a = np.arange(24, dtype=np.int16).reshape(2, 4, 3) * 1000 - 5
    a.setflags(write=False)
    before = a.copy()
    got = picture_written(lambda p: idl.write_png(p, a, order=True), order=True)
    np.testing.assert_array_equal(got, _uint(a))
    np.testing.assert_array_equal(a, before)
    swapped = a.astype(">i2")[:, ::-1][:, ::-1]                # big-endian, strided
    np.testing.assert_array_equal(picture_written(lambda p: idl.write_png(p, swapped)),
                                  _uint(a))


def test_jpeg_converts_every_type_to_bytes(tmp_path):
    g = np.random.default_rng(77).integers(0, 256, (16, 24))
    idl.write_jpeg(tmp_path / "b.jpg", g.astype(np.uint8))
    idl.write_jpeg(tmp_path / "u.jpg", g.astype(np.uint16) + 512)   # BYTE(): mod 256
    np.testing.assert_array_equal(np.asarray(Image.open(tmp_path / "u.jpg")),
                                  np.asarray(Image.open(tmp_path / "b.jpg")))


def _chunk(kind: bytes, body: bytes) -> bytes:
    return struct.pack(">I", len(body)) + kind + body + struct.pack(
        ">I", zlib.crc32(kind + body) & 0xFFFFFFFF)


def _filtered_png(samples: np.ndarray) -> bytes:
    """A 16-bit RGB PNG whose row r uses filter type r % 5 (PNG specification, 9.2:
    the encoder's side of the five filters, written out here for the test)."""
    h, w, _ = samples.shape
    raw = samples.astype(">u2").view(np.uint8).reshape(h, w * 6).astype(int)
    out, prior = b"", np.zeros(w * 6, int)
    for r in range(h):
        kind, line = r % 5, raw[r]
        left = np.concatenate([np.zeros(6, int), line[:-6]])
        corner = np.concatenate([np.zeros(6, int), prior[:-6]])
        if kind == 0:
            pred = np.zeros_like(line)
        elif kind == 1:
            pred = left
        elif kind == 2:
            pred = prior
        elif kind == 3:
            pred = (left + prior) // 2
        else:
            p = left + prior - corner
            pa, pb, pc = abs(p - left), abs(p - prior), abs(p - corner)
            pred = np.where((pa <= pb) & (pa <= pc), left, np.where(pb <= pc, prior, corner))
        out += bytes([kind]) + bytes(((line - pred) % 256).tolist())
        prior = line
    header = struct.pack(">IIBBBBB", w, h, 16, 2, 0, 0, 0)
    return (b"\x89PNG\r\n\x1a\n" + _chunk(b"IHDR", header) +
            _chunk(b"IDAT", zlib.compress(out)) + _chunk(b"IEND", b""))


def test_picture_written_undoes_every_png_filter():
    samples = np.random.default_rng(9001).integers(0, 65536, (10, 6, 3)).astype(np.uint16)
    data = _filtered_png(samples)

    def write(path):
        with open(path, "wb") as stream:
            stream.write(data)
    np.testing.assert_array_equal(picture_written(write, order=True), samples)
    np.testing.assert_array_equal(picture_written(write), samples[::-1])


def test_tiff_written_reports_the_tags():
    p, hp, bits = tiff_written(lambda f: idl.write_tiff(f, np.zeros((2, 3), np.uint8)))
    assert (int(p), int(hp), int(bits)) == (1, 0, 8)         # BlackIsZero, no ColorMap
    assert (p.dtype, hp.dtype, bits.dtype) == (np.int32, np.int16, np.int32)


def test_errors(tmp_path):
    with pytest.raises(ValueError, match="^WRITE_PNG: Image must be a 2-D or 3-D array"):
        idl.write_png(tmp_path / "a.png", np.zeros(4, np.int16))
    with pytest.raises(ValueError, match="^WRITE_PNG: Error opening file"):
        idl.write_png(tmp_path / "no" / "a.png", np.zeros((2, 2, 3), np.uint16))
    with pytest.raises(ValueError, match="^WRITE_PNG: R, G and B must all be given"):
        idl.write_png(tmp_path / "a.png", np.zeros((2, 2), np.int16), [1], [2])


@pytest.mark.gdl
def test_16_bit_files_written_by_gdl_decode_to_the_input(tmp_path):
    """GDL's WRITE_PNG (GraphicsMagick, adaptive row filters) writes UINT RGB right: the
    golden helper's decode of GDL's file and of compat's file give the input."""
    import shutil
    from oracles import GDL_PIN, run_gdl_program
    a = np.random.default_rng(515).integers(0, 65536, (9, 13, 3)).astype(np.uint16)
    (tmp_path / "a.bin").write_bytes(a.astype("<u2").tobytes())
    (tmp_path / "wr.pro").write_text(f"""pro wr
  {GDL_PIN}
  a = uintarr(3, 13, 9) & openr, lun, 'a.bin', /get_lun, /swap_if_big_endian
  readu, lun, a & free_lun, lun
  write_png, 'g.png', a
end
""")
    run_gdl_program("wr", tmp_path)
    from_gdl = picture_written(lambda f: shutil.copy(tmp_path / "g.png", f))
    np.testing.assert_array_equal(from_gdl, a)
    np.testing.assert_array_equal(picture_written(lambda f: idl.write_png(f, a)), a)


@pytest.mark.gdl
def test_gray_jpeg_pixels_equal_gdl_at_quality_75(tmp_path):
    """GDL's WRITE_JPEG (GraphicsMagick over libjpeg) and compat's (Pillow over libjpeg)
    quantise with IJG's quality-75 tables and the same DCT, so the decoded pixels agree
    exactly for any picture size (GDL's file has three equal channels: the recorded
    divergence write_jpeg_gray_channels)."""
    import shutil
    from oracles import GDL_PIN, run_gdl_program
    rng = np.random.default_rng(8080)
    images, lines = [], []
    for k in range(6):
        h, w = (int(n) for n in rng.integers(2, 50, 2))
        a = rng.integers(0, 256, (h, w), dtype=np.uint8)
        (tmp_path / f"a{k}.bin").write_bytes(a.tobytes())
        keyword = ["", ", /order", ", /progressive"][k % 3]
        images.append((a, keyword))
        lines += [f"  a = bytarr({w}, {h}) & openr, lun, 'a{k}.bin', /get_lun",
                  f"  readu, lun, a & free_lun, lun & write_jpeg, 'g{k}.jpg', a{keyword}"]
    (tmp_path / "wj.pro").write_text("pro wj\n  " + GDL_PIN + "\n" + "\n".join(lines)
                                     + "\nend\n")
    run_gdl_program("wj", tmp_path)
    for k, (a, keyword) in enumerate(images):
        gdl = picture_written(lambda f: shutil.copy(tmp_path / f"g{k}.jpg", f), "o.jpg")
        assert gdl.ndim == 3 and (gdl == gdl[:, :, :1]).all()
        ours = picture_written(lambda f: idl.write_jpeg(
            f, a, order=keyword == ", /order", progressive=keyword == ", /progressive"),
            "o.jpg")
        np.testing.assert_array_equal(ours, gdl[:, :, 0])
