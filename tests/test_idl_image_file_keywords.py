"""IDL image-file keywords (compat.idl.tiff_files, compat.idl.images): WRITE_TIFF's
COMPRESSION codes. Expected values are written here from the sources, not computed by
compat: IDL's codes 0 none, 1 LZW, 2 PackBits, 3 JPEG (IDL's own iTools TIFF writer,
idlitwritetiff__define.pro, IDL 8.0) and the TIFF 6.0 Compression tag each selects (1, 5,
32773, 7). The tag is read by a small IFD walk written here; the samples by Pillow.
Golden suite idl/image_file_keywords has GDL's side. Skipped without Pillow."""

from __future__ import annotations

import struct

import numpy as np
import pytest

from compat import idl

Image = pytest.importorskip("PIL.Image")


def _first_ifd(path) -> dict:
    """{tag: (type, count, first value)} of a classic TIFF's first image (TIFF 6.0
    section 2: 8-byte header, then 12-byte entries; SHORT/LONG values inline)."""
    data = open(path, "rb").read()
    order = {b"II": "<", b"MM": ">"}[data[:2]]
    assert struct.unpack(order + "H", data[2:4])[0] == 42
    at = struct.unpack(order + "I", data[4:8])[0]
    count = struct.unpack(order + "H", data[at:at + 2])[0]
    tags = {}
    for k in range(count):
        code, kind, n = struct.unpack(order + "HHI", data[at + 2 + 12 * k:at + 10 + 12 * k])
        raw = data[at + 10 + 12 * k:at + 14 + 12 * k]
        first = struct.unpack(order + ("H" if kind == 3 else "I"), raw[:2 if kind == 3 else 4])
        tags[code] = (kind, n, first[0])
    return tags


@pytest.mark.parametrize("code, tag", [(0, 1), (1, 5), (2, 32773), (3, 7)])
def test_compression_code_writes_idls_tiff_tag(tmp_path, code, tag):
    ramp = (np.add.outer(np.arange(16), np.arange(24)) * 5).astype(np.uint8)  # smooth
    path = tmp_path / "c.tif"
    idl.write_tiff(path, ramp, compression=code)
    assert _first_ifd(path)[259] == (3, 1, tag)
    with Image.open(path) as image:
        decoded = np.asarray(image)
    if code == 3:
        # JPEG is lossy: a smooth ramp at IJG quality 75 comes back within a few levels
        # (the quantisation step of the lowest frequencies at quality 75 is about 8)
        assert decoded.shape == ramp.shape
        assert np.abs(decoded.astype(int) - ramp).max() <= 8
    else:
        np.testing.assert_array_equal(decoded, ramp)


def test_compression_rgb_and_16_bit(tmp_path):
    rng = np.random.default_rng(5)
    rgb = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)
    idl.write_tiff(tmp_path / "rgb.tif", rgb, compression=1)
    assert _first_ifd(tmp_path / "rgb.tif")[259][2] == 5
    with Image.open(tmp_path / "rgb.tif") as image:
        np.testing.assert_array_equal(np.asarray(image), rgb)
    deep = rng.integers(0, 65536, (4, 6)).astype(np.uint16)
    idl.write_tiff(tmp_path / "u16.tif", deep, short=True, compression=2)
    assert _first_ifd(tmp_path / "u16.tif")[259][2] == 32773
    with Image.open(tmp_path / "u16.tif") as image:
        np.testing.assert_array_equal(np.asarray(image).astype(np.uint16), deep)


def test_compression_errors(tmp_path):
    image = np.zeros((4, 4), np.uint8)
    with pytest.raises(ValueError, match=r"^WRITE_TIFF: COMPRESSION must be 0 \(none\), "
                                         r"1 \(LZW\), 2 \(PackBits\) or 3 \(JPEG\)\.$"):
        idl.write_tiff(tmp_path / "e.tif", image, compression=4)
    with pytest.raises(ValueError, match=r"^WRITE_TIFF: COMPRESSION=3 \(JPEG\) is written "
                                         r"for BYTE grayscale or 3-channel images only\.$"):
        idl.write_tiff(tmp_path / "e.tif", image, short=True, compression=3)
    with pytest.raises(ValueError, match=r"^WRITE_TIFF: COMPRESSION=3 \(JPEG\)"):
        idl.write_tiff(tmp_path / "e.tif", image, red=np.arange(256), green=np.arange(256),
                       blue=np.arange(256), compression=3)
    with pytest.raises(ValueError, match=r"^WRITE_TIFF: COMPRESSION is not supported as "
                                         r"3 \(JPEG\) with /DOUBLE"):
        idl.write_tiff(tmp_path / "e.tif", image, double=True, compression=3)


def _same_in_gdl(tmp_path, prefix: str, written: dict):
    """GDL's READ_TIFF of the files ``<prefix><k>.tif`` gives ``written['a<k>']`` bit for
    bit (same type and dimensions)."""
    from oracles import GDL_PIN, run_gdl_program
    reads = " & ".join(f"a{k} = read_tiff('{prefix}{k}.tif')" for k in range(len(written)))
    (tmp_path / "rt.pro").write_text(f"""pro rt
  {GDL_PIN}
  {reads}
  save, {", ".join(written)}, filename='back.sav'
end
""")
    run_gdl_program("rt", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    for name, image in written.items():
        got = np.asarray(back[name])
        assert got.dtype == image.dtype and got.shape == image.shape, name
        assert got.tobytes() == image.tobytes(), name


@pytest.mark.gdl
def test_compressed_files_read_by_gdl(tmp_path):
    """compat's LZW and PackBits files of every sample type Pillow writes (BYTE gray and
    RGB, /SHORT, /FLOAT with a NaN, /LONG /SIGNED; big-endian inputs) decode in GDL
    (libtiff) to the samples written, bit for bit."""
    rng = np.random.default_rng(161)
    written = {}
    for k, (kind, code) in enumerate([(kind, code) for code in (1, 2) for kind in
                                      ("gray", "rgb", "short", "float", "long")]):
        h, w = (int(v) for v in rng.integers(2, 30, 2))
        if kind == "gray":
            image, kw = rng.integers(0, 256, (h, w), dtype=np.uint8), {}
        elif kind == "rgb":
            image, kw = rng.integers(0, 256, (h, w, 3), dtype=np.uint8), {}
        elif kind == "short":
            image, kw = rng.integers(0, 65536, (h, w)).astype(">u2"), {"short": True}
        elif kind == "float":
            image, kw = rng.normal(0, 1e3, (h, w)).astype(np.float32), {"float": True}
            image[0, 0] = np.nan
        else:
            image = rng.integers(-2 ** 31, 2 ** 31, (h, w)).astype(">i4")
            kw = {"long": True, "signed": True}
        idl.write_tiff(tmp_path / f"f{k}.tif", image, compression=code, **kw)
        written[f"a{k}"] = image.astype(image.dtype.newbyteorder("="))
    _same_in_gdl(tmp_path, "f", written)

def _pillow_tiff(path, tags: dict, image=None):
    """A TIFF written by Pillow with raw tags {code: (TIFF type, value)}: a writer
    independent of compat's."""
    from PIL.TiffImagePlugin import ImageFileDirectory_v2
    directory = ImageFileDirectory_v2()
    for code, (kind, value) in tags.items():
        directory[code] = value
        directory.tagtype[code] = kind
    picture = np.arange(12, dtype=np.uint8).reshape(3, 4) if image is None else image
    Image.fromarray(picture).save(path, tiffinfo=directory)


def test_read_tiff_dot_range_icc_profile_photoshop(tmp_path):
    """TIFF 6.0 DotRange (336, SHORT) as INT; ICC profile (34675) and Photoshop image
    resources (34377), both UNDEFINED, as BYTE arrays of the stored bytes."""
    icc = bytes(range(7, 47))
    resources = b"8BIM\x04\x04\x00\x00\x00\x00\x00\x02ab"
    _pillow_tiff(tmp_path / "t.tif", {336: (3, (3, 240)), 34675: (7, icc),
                                      34377: (7, resources)})
    r = idl.read_tiff(tmp_path / "t.tif", dot_range=True, icc_profile=True, photoshop=True)
    assert r.dot_range.dtype == np.int16 and r.dot_range.tolist() == [3, 240]
    assert r.icc_profile.dtype == np.uint8 and r.icc_profile.tobytes() == icc
    assert r.photoshop.dtype == np.uint8 and r.photoshop.tobytes() == resources
    assert r.result.tolist() == np.arange(12).reshape(3, 4).tolist()
    # compat's own writer and its raw reader (DOUBLE samples) give the same outputs
    idl.write_tiff(tmp_path / "d.tif", np.zeros((2, 3)), double=True, dot_range=[3, 240],
                   icc_profile=np.frombuffer(icc, np.uint8), photoshop=[300, 1, 2])
    d = idl.read_tiff(tmp_path / "d.tif", dot_range=True, icc_profile=True, photoshop=True)
    assert d.result.dtype == np.float64 and d.dot_range.tolist() == [3, 240]
    assert d.icc_profile.tobytes() == icc
    assert d.photoshop.tolist() == [44, 1, 2]           # WRITE_TIFF's BYTE(300) is 44


def test_read_tiff_tag_outputs_absent_are_long_zero(tmp_path):
    _pillow_tiff(tmp_path / "p.tif", {})
    r = idl.read_tiff(tmp_path / "p.tif", dot_range=True, icc_profile=True, photoshop=True)
    for value in (r.dot_range, r.icc_profile, r.photoshop):
        assert isinstance(value, np.int32) and value == 0
    only = idl.read_tiff(tmp_path / "p.tif", icc_profile=True)
    assert only._fields == ("result", "icc_profile")
    plain = idl.read_tiff(tmp_path / "p.tif")
    assert isinstance(plain, np.ndarray)


def _png_chunks(path) -> dict:
    """{type: body} of a PNG file's chunks (PNG specification 5.3: after the 8-byte
    signature, a 4-byte big-endian length, the type, the body, a CRC)."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    chunks, at = {}, 8
    while at < len(data):
        size = struct.unpack(">I", data[at:at + 4])[0]
        chunks.setdefault(data[at + 4:at + 8].decode("latin-1"), data[at + 8:at + 8 + size])
        at += 12 + size
    return chunks


_IDX = np.array([[0, 1, 2, 3, 1], [3, 3, 0, 2, 1]], np.uint8)
_PAL = ([0, 255, 0, 90], [0, 0, 255, 90], [0, 0, 0, 250])


def test_write_png_transparent_palette_indices(tmp_path):
    """TRANSPARENT lists palette indices: tRNS holds one alpha per palette entry
    (PNG 11.3.2.1), 0 for the listed ones, 255 for the rest."""
    idl.write_png(tmp_path / "t.png", _IDX, *_PAL, transparent=[1, 3])
    chunks = _png_chunks(tmp_path / "t.png")
    assert chunks["PLTE"] == bytes([0, 0, 0, 255, 0, 0, 0, 255, 0, 90, 90, 250])
    assert chunks["tRNS"] == bytes([255, 0, 255, 0])
    with Image.open(tmp_path / "t.png") as image:
        alpha = np.asarray(image.convert("RGBA"))[:, :, 3][::-1]   # READ_PNG's rows
    np.testing.assert_array_equal(alpha, np.where(np.isin(_IDX, [1, 3]), 0, 255))
    idl.write_png(tmp_path / "n.png", _IDX, *_PAL)
    assert "tRNS" not in _png_chunks(tmp_path / "n.png")
    idl.write_png(tmp_path / "s.png", _IDX, *_PAL, transparent=2)
    assert _png_chunks(tmp_path / "s.png")["tRNS"] == bytes([255, 255, 0, 255])


@pytest.mark.parametrize("kwargs, ppm", [
    ({"xresolution": 300, "yresolution": 150}, (11811, 5906)),
    ({"xresolution": 72}, (2835, 2835)),
    ({"yresolution": 96.0}, (3780, 3780)),
])
def test_write_png_resolution_phys_chunk(tmp_path, kwargs, ppm):
    """pHYs (PNG 11.3.5.3): pixels per metre, unit 1; from pixels per inch: x / 0.0254
    rounded (300 dpi = 11811.02 px/m); 8-bit (Pillow) and 16-bit (compat's writer)."""
    expected = struct.pack(">IIB", ppm[0], ppm[1], 1)
    idl.write_png(tmp_path / "b.png", _IDX, **kwargs)
    assert _png_chunks(tmp_path / "b.png")["pHYs"] == expected
    idl.write_png(tmp_path / "u.png", _IDX.astype(np.int32) * 1000, **kwargs)
    assert _png_chunks(tmp_path / "u.png")["pHYs"] == expected
    idl.write_png(tmp_path / "none.png", _IDX)
    assert "pHYs" not in _png_chunks(tmp_path / "none.png")


@pytest.mark.parametrize("level, flevel", [(0, 0), (1, 0), (None, 2), (6, 2), (9, 3)])
def test_write_png_compression_level(tmp_path, level, flevel):
    """COMPRESSION is zlib's level (default 6): the zlib header's FLEVEL field (RFC 1950
    section 2.2: 0 fastest for levels 0-1, 2 default for 6, 3 maximum for 7-9) shows
    it; the samples are the same at every level."""
    rng = np.random.default_rng(9)
    gray = rng.integers(0, 256, (7, 9), dtype=np.uint8)
    deep = rng.integers(0, 65536, (7, 9)).astype(np.int32)
    kwargs = {} if level is None else {"compression": level}
    for name, image in (("g.png", gray), ("d.png", deep)):
        idl.write_png(tmp_path / name, image, **kwargs)
        assert _png_chunks(tmp_path / name)["IDAT"][1] >> 6 == flevel
    with Image.open(tmp_path / "g.png") as image:
        np.testing.assert_array_equal(np.asarray(image)[::-1], gray)


def test_write_png_keyword_errors(tmp_path):
    with pytest.raises(ValueError, match=r"^WRITE_PNG: COMPRESSION must be 0 to 9"):
        idl.write_png(tmp_path / "e.png", _IDX, compression=10)
    with pytest.raises(ValueError, match=r"^WRITE_PNG: TRANSPARENT is written for a 2-D "
                                         r"image with R, G, B \(an indexed PNG\)\.$"):
        idl.write_png(tmp_path / "e.png", _IDX, transparent=[1])
    with pytest.raises(ValueError, match=r"^WRITE_PNG: TRANSPARENT values must be palette "
                                         r"indices 0\.\.3\.$"):
        idl.write_png(tmp_path / "e.png", _IDX, *_PAL, transparent=[4])
    with pytest.raises(ValueError, match="^WRITE_PNG: XRESOLUTION and YRESOLUTION must be "
                                         "positive"):
        idl.write_png(tmp_path / "e.png", _IDX, xresolution=0)
    with pytest.raises(ValueError, match="^WRITE_PNG: BUFFER is not supported"):
        idl.write_png(tmp_path / "e.png", _IDX, buffer=True)


@pytest.mark.parametrize("code, tag", [(1, 5), (2, 32773)])
def test_compression_of_the_samples_compat_writes_itself(tmp_path, code, tag):
    """/DOUBLE, /L64, unsigned /LONG, /SHORT /SIGNED, colour /SHORT, BITS_PER_SAMPLE 4,
    PLANARCONFIG=2: LZW and PackBits strips (libtiff's coders), read back exactly."""
    rng = np.random.default_rng(12)
    cases = [(rng.normal(size=(9, 7)), {"double": True}, np.float64),
             (rng.integers(-2 ** 62, 2 ** 62, (9, 7)), {"l64": True, "signed": True}, np.int64),
             (rng.integers(0, 2 ** 32, (9, 7)), {"long": True}, np.uint32),
             (rng.integers(-30000, 30000, (9, 7)), {"short": True, "signed": True}, np.int16),
             (rng.integers(0, 65536, (9, 7, 3)), {"short": True}, np.uint16),
             (rng.integers(0, 16, (9, 7)), {"bits_per_sample": 4}, np.uint8)]
    for k, (image, kw, dtype) in enumerate(cases):
        path = tmp_path / f"r{k}.tif"
        idl.write_tiff(path, image, compression=code, **kw)
        assert _first_ifd(path)[259][2] == tag
        back = idl.read_tiff(path)
        assert back.dtype == dtype
        np.testing.assert_array_equal(back, image.astype(dtype))
    planes = [rng.integers(0, 256, (4, 5)) for _ in range(3)]
    idl.write_tiff(tmp_path / "p.tif", None, planarconfig=2, red=planes[0],
                   green=planes[1], blue=planes[2], compression=code)
    assert _first_ifd(tmp_path / "p.tif")[259][2] == tag
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "p.tif"), np.stack(planes))


def test_read_hand_made_packbits_double(tmp_path):
    """A DOUBLE [2, 2] PackBits file made here byte by byte (TIFF 6.0 section 9: header
    n >= 0 copies n + 1 bytes, -n repeats the next byte n + 1 times; each row packed on
    its own): row 0 is [1.5, -2.0] as 16 literal bytes, row 1 zeros as one run."""
    row0 = struct.pack("<2d", 1.5, -2.0)
    strip = bytes([15]) + row0 + bytes([256 - 15, 0])
    entries = [(256, 3, 2), (257, 3, 2), (258, 3, 64), (259, 3, 32773), (262, 3, 1),
               (273, 4, 8), (277, 3, 1), (278, 3, 2), (279, 4, len(strip)), (339, 3, 3)]
    ifd = struct.pack("<H", len(entries)) + b"".join(
        struct.pack("<HHI", code, kind, 1) + struct.pack("<H" if kind == 3 else "<I",
                                                         value).ljust(4, b"\0")
        for code, kind, value in entries) + b"\0\0\0\0"
    data = b"II*\0" + struct.pack("<I", 8 + len(strip) + len(strip) % 2) + strip
    data += b"\0" * (len(strip) % 2) + ifd
    (tmp_path / "h.tif").write_bytes(data)
    image = idl.read_tiff(tmp_path / "h.tif")
    assert image.dtype == np.float64 and image.tolist() == [[1.5, -2.0], [0.0, 0.0]]


@pytest.mark.gdl
def test_compressed_raw_samples_read_by_gdl(tmp_path):
    """compat's LZW and PackBits files of the samples it writes itself (DOUBLE, LONG64,
    ULONG, INT, colour UINT and FLOAT; a 300 x 301 DOUBLE image in several strips)
    decode in GDL (libtiff) to the samples written, bit for bit."""
    rng = np.random.default_rng(1612)
    cases = [(rng.normal(size=(7, 9)), {"double": True}, np.float64),
             (rng.normal(size=(300, 301)), {"double": True}, np.float64),
             (rng.integers(-2 ** 62, 2 ** 62, (6, 5)), {"l64": True, "signed": True},
              np.int64),
             (rng.integers(0, 2 ** 32, (6, 5)), {"long": True}, np.uint32),
             (rng.integers(-30000, 30000, (6, 5)), {"short": True, "signed": True},
              np.int16),
             (rng.integers(0, 65536, (6, 5, 3)), {"short": True}, np.uint16),
             (rng.normal(size=(6, 5, 3)), {"float": True}, np.float32)]
    written = {}
    for k, (image, kw, dtype) in enumerate(cases):
        code = 1 + k % 2
        idl.write_tiff(tmp_path / f"r{k}.tif", image, compression=code, **kw)
        written[f"a{k}"] = image.astype(dtype)
    _same_in_gdl(tmp_path, "r", written)
