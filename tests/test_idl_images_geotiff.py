"""IDL READ_TIFF / QUERY_TIFF GEOTIFF output and WRITE_TIFF's GEOTIFF keyword
(compat.idl.tiff_files, compat._core.geotiff): the structure against the GeoTIFF 1.0
specification's tags and key directory (expected values written here from the spec, not
computed by compat), the files compat writes read back raw by Pillow, and read by live
GDL; golden suite idl/geotiff has GDL's reading of files written by Pillow and by
compat. Skipped without Pillow."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat.idl.tiff_files import geotiff_structure

Image = pytest.importorskip("PIL.Image")


def _directory(tags: dict):
    from PIL.TiffImagePlugin import ImageFileDirectory_v2
    directory = ImageFileDirectory_v2()
    for code, (kind, value) in tags.items():
        directory[code] = value
        directory.tagtype[code] = kind
    return directory


def _raw_tags(path) -> dict:
    with Image.open(path) as image:
        return dict(image.tag_v2)


def test_structure_from_the_spec_layout():
    """GeoTIFF 1.0 section 2.4: location 0 -> the SHORT value itself, 34736 -> Count
    doubles from Value_Offset, 34737 -> Count characters ending in '|' (dropped), 34735
    -> SHORTs from the directory itself; unnamed keys (32768, 5000) are left out; the
    tags come first (scale, transformation, tie points), then the keys by code."""
    tags = {
        33922: (0.0, 0.0, 0.0, 10.0, 20.0, 0.0, 5.0, 5.0, 0.0, 15.0, 25.0, 0.0),
        33550: (2.0, 3.0, 0.0),
        34264: tuple(float(v) for v in range(16)),
        34735: (1, 1, 0, 7,
                1024, 0, 1, 2,
                1026, 34737, 6, 6,
                2057, 34736, 1, 1,
                3072, 0, 1, 40000,          # above 32767: INT wraps (SHORT in the file)
                3078, 34736, 2, 2,          # two doubles: an array
                5000, 0, 1, 3,
                32768, 34736, 1, 0),
        34736: (99.0, 6378137.0, 30.5, 45.25),
        34737: "first|Hello|",
    }
    g = geotiff_structure(tags)
    assert g.dtype.names == ("MODELPIXELSCALETAG", "MODELTRANSFORMATIONTAG",
                             "MODELTIEPOINTTAG", "GTMODELTYPEGEOKEY", "GTCITATIONGEOKEY",
                             "GEOGSEMIMAJORAXISGEOKEY", "PROJECTEDCSTYPEGEOKEY",
                             "PROJSTDPARALLEL1GEOKEY")
    assert g["MODELPIXELSCALETAG"][0].tolist() == [2.0, 3.0, 0.0]
    # IDL DOUBLE[4, 4] = numpy (4, 4) whose rows are the matrix rows as stored
    assert g["MODELTRANSFORMATIONTAG"][0][1].tolist() == [4.0, 5.0, 6.0, 7.0]
    # IDL DOUBLE[6, 2]: numpy (2, 6), one tie point per row
    assert g["MODELTIEPOINTTAG"][0].tolist() == [[0, 0, 0, 10, 20, 0], [5, 5, 0, 15, 25, 0]]
    assert g["GTMODELTYPEGEOKEY"][0] == 2 and g.dtype["GTMODELTYPEGEOKEY"] == np.int16
    assert g["GTCITATIONGEOKEY"][0] == "Hello"
    assert g["GEOGSEMIMAJORAXISGEOKEY"][0] == 6378137.0
    assert g.dtype["GEOGSEMIMAJORAXISGEOKEY"] == np.float64
    assert g["PROJECTEDCSTYPEGEOKEY"][0] == 40000 - 65536
    assert g["PROJSTDPARALLEL1GEOKEY"][0].tolist() == [30.5, 45.25]
    assert int(geotiff_structure({256: 3})) == 0 and geotiff_structure({}).dtype == np.int32


def test_read_and_query_a_file_written_by_pillow(tmp_path):
    rng = np.random.default_rng(5)
    image = rng.integers(0, 255, (3, 4), dtype=np.uint8)
    Image.fromarray(image).save(tmp_path / "g.tif", tiffinfo=_directory({
        33550: (12, (0.5, 0.5, 0.0)),
        33922: (12, (0.0, 0.0, 0.0, 7.5, 50.0, 0.0)),
        34735: (3, (1, 1, 0, 2, 1024, 0, 1, 2, 2049, 34737, 7, 0)),
        34737: (2, "WGS 84|")}))
    out = idl.read_tiff(tmp_path / "g.tif", geotiff=True, orientation=True)
    np.testing.assert_array_equal(out.result, image)
    assert out.orientation == 1
    assert out.geotiff.dtype.names == ("MODELPIXELSCALETAG", "MODELTIEPOINTTAG",
                                       "GTMODELTYPEGEOKEY", "GEOGCITATIONGEOKEY")
    assert out.geotiff["GEOGCITATIONGEOKEY"][0] == "WGS 84"
    ok, info, g = idl.query_tiff(tmp_path / "g.tif", info=True, geotiff=True)
    assert int(ok) == 1 and info["DIMENSIONS"][0].tolist() == [4, 3]
    assert g["MODELTIEPOINTTAG"][0].tolist() == [[0, 0, 0, 7.5, 50.0, 0]]
    ok, g = idl.query_tiff(tmp_path / "g.tif", geotiff=True)
    assert g.dtype.names[0] == "MODELPIXELSCALETAG"
    (tmp_path / "x.tif").write_text("not a tiff")
    ok, g = idl.query_tiff(tmp_path / "x.tif", geotiff=True)
    assert int(ok) == 0 and int(g) == 0


def test_write_geotiff_directory_as_the_spec_lays_it_out(tmp_path):
    """The key directory compat writes, read raw: header 1, 1, 0, N; keys sorted by code
    whatever the structure's order; SHORT inline, DOUBLE in 34736, ASCII '|'-terminated
    in 34737 with the terminator counted."""
    from compat._core.idl_struct import build_structure
    tie = np.array([[0, 0, 0, 1.0, 2.0, 0], [1, 1, 0, 3.0, 4.0, 0]]).astype(">f8")
    g = build_structure(["PCSCitationGeoKey", "ProjNatOriginLatGeoKey", "modeltiepointtag",
                         "GTModelTypeGeoKey", "GTCitationGeoKey"],
                        ["UTM", 12.5, tie, 1, "ab"])
    before = g.copy()
    idl.write_tiff(tmp_path / "w.tif", np.zeros((2, 3), np.uint8), geotiff=g)
    assert g.tobytes() == before.tobytes()
    tags = _raw_tags(tmp_path / "w.tif")
    assert tags[34735] == (1, 1, 0, 4,
                           1024, 0, 1, 1,
                           1026, 34737, 3, 0,
                           3073, 34737, 4, 3,
                           3081, 34736, 1, 0)
    assert tags[34736] == 12.5 and tags[34737] == "ab|UTM|"   # Pillow: one value bare
    assert tags[33922] == (0.0, 0.0, 0.0, 1.0, 2.0, 0.0, 1.0, 1.0, 0.0, 3.0, 4.0, 0.0)
    assert 33550 not in tags and 34264 not in tags
    back = idl.read_tiff(tmp_path / "w.tif", geotiff=True).geotiff
    assert back.dtype.names == ("MODELTIEPOINTTAG", "GTMODELTYPEGEOKEY", "GTCITATIONGEOKEY",
                                "PCSCITATIONGEOKEY", "PROJNATORIGINLATGEOKEY")
    # a transformation matrix (strided, read-only) as numpy (4, 4) = IDL [4, 4], a dict
    matrix = np.arange(32.0).reshape(4, 8)[:, ::2]
    matrix.setflags(write=False)
    idl.write_tiff(tmp_path / "m.tif", np.zeros((2, 3), np.uint8), float=True,
                   geotiff={"modeltransformationtag": matrix, "GTRASTERTYPEGEOKEY": 2})
    tags = _raw_tags(tmp_path / "m.tif")
    assert tags[34264] == tuple(float(v) for v in matrix.ravel())
    assert tags[34735] == (1, 1, 0, 1, 1025, 0, 1, 2) and 34736 not in tags
    np.testing.assert_array_equal(
        idl.read_tiff(tmp_path / "m.tif", geotiff=True).geotiff["MODELTRANSFORMATIONTAG"][0],
        matrix)


def test_write_geotiff_errors(tmp_path):
    with pytest.raises(ValueError, match="^WRITE_TIFF: GEOTIFF: unknown GeoTIFF tag or key "
                                         "NOTAKEY"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2), np.uint8),
                       geotiff={"NotAKey": 1})
    with pytest.raises(ValueError, match="^WRITE_TIFF: GEOTIFF must be a structure"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2), np.uint8), geotiff=3)


@pytest.mark.gdl
def test_geotiff_written_by_compat_read_by_gdl(tmp_path):
    from oracles import GDL_PIN, run_gdl_program
    rng = np.random.default_rng(8)
    image = rng.uniform(-100, 100, (3, 5)).astype(np.float32)
    scale = rng.uniform(0.1, 100, 3)
    tie = rng.uniform(-1e6, 1e6, (2, 6))
    geo = {"ModelPixelScaleTag": scale, "ModelTiepointTag": tie,
           "GTModelTypeGeoKey": 1, "GTRasterTypeGeoKey": 1,
           "ProjectedCSTypeGeoKey": int(rng.integers(20000, 32767)),
           "ProjFalseEastingGeoKey": float(rng.uniform(0, 1e6)),
           "PCSCitationGeoKey": "zone " + str(int(rng.integers(1, 60)))}
    idl.write_tiff(tmp_path / "c.tif", image, float=True, geotiff=geo)
    (tmp_path / "rt.pro").write_text(f"""pro rt
  {GDL_PIN}
  a = read_tiff('c.tif', geotiff=g)
  names = tag_names(g) & s = g.modelpixelscaletag & t = g.modeltiepointtag
  p = g.projectedcstypegeokey & e = g.projfalseeastinggeokey & c = g.pcscitationgeokey
  save, a, names, s, t, p, e, c, filename='back.sav'
end
""")
    run_gdl_program("rt", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    np.testing.assert_array_equal(back["a"], image)
    assert list(back["names"]) == ["MODELPIXELSCALETAG", "MODELTIEPOINTTAG",
                                   "GTMODELTYPEGEOKEY", "GTRASTERTYPEGEOKEY",
                                   "PROJECTEDCSTYPEGEOKEY", "PCSCITATIONGEOKEY",
                                   "PROJFALSEEASTINGGEOKEY"]
    np.testing.assert_array_equal(back["s"], scale)
    np.testing.assert_array_equal(back["t"], tie)
    assert back["p"] == geo["ProjectedCSTypeGeoKey"]
    assert back["e"] == geo["ProjFalseEastingGeoKey"]
    assert back["c"] == geo["PCSCitationGeoKey"]


def test_write_resolution_position_units_document_name(tmp_path):
    """TIFF 6.0 tags 269 (ASCII), 282/283 and 286/287 (RATIONAL), 296 (SHORT), read raw;
    not written when the keywords are absent."""
    image = np.arange(6, dtype=np.uint8).reshape(2, 3)
    idl.write_tiff(tmp_path / "r.tif", image, document_name="notes", xresol=300,
                   yresol=150.5, units=3, xposition=1.25, yposition=0.5)
    tags = _raw_tags(tmp_path / "r.tif")
    assert tags[269] == "notes" and tags[296] == 3
    assert (float(tags[282]), float(tags[283])) == (300.0, 150.5)
    assert (float(tags[286]), float(tags[287])) == (1.25, 0.5)
    ok, info = idl.query_tiff(tmp_path / "r.tif", info=True)
    assert info["RESOLUTION"][0].tolist() == [300.0, 150.5] and info["UNITS"][0] == 3
    idl.write_tiff(tmp_path / "d.tif", image)
    assert not {269, 282, 283, 286, 287, 296} & set(_raw_tags(tmp_path / "d.tif"))
    with pytest.raises(ValueError, match="^WRITE_TIFF: UNITS must be 1, 2 or 3"):
        idl.write_tiff(tmp_path / "e.tif", image, units=4)


def _ifd(path):
    """The first IFD of a little-endian classic TIFF, parsed here from TIFF 6.0 section 2
    (independent of compat's reader): {tag: (type, count, value bytes)}."""
    import struct
    data = open(path, "rb").read()
    assert data[:4] == b"II*\x00"
    offset = struct.unpack_from("<I", data, 4)[0]
    sizes = {1: 1, 2: 1, 3: 2, 4: 4, 5: 8, 7: 1, 11: 4, 12: 8}
    out = {}
    for k in range(struct.unpack_from("<H", data, offset)[0]):
        code, kind, count = struct.unpack_from("<HHI", data, offset + 2 + 12 * k)
        at = offset + 10 + 12 * k
        size = sizes[kind] * count
        if size > 4:
            at = struct.unpack_from("<I", data, at)[0]
        out[code] = (kind, count, data[at:at + size])
    return out, data


def _shorts(entry):
    return list(np.frombuffer(entry[2], "<u2"))


def _strip(tags, data, k=0):
    offsets = np.frombuffer(tags[273][2], "<u4")
    counts = np.frombuffer(tags[279][2], "<u4")
    return data[offsets[k]:offsets[k] + counts[k]]


@pytest.mark.parametrize("keywords, dtype, sample_format, source, expected", [
    (dict(double=True), "<f8", 3, [[1.5, -2.25]], [[1.5, -2.25]]),
    (dict(complex=True), "<c8", 6, [[1.5 + 2j, -3]], [[1.5 + 2j, -3]]),
    (dict(dcomplex=True), "<c16", 6, [[1.5 + 2j, -3]], [[1.5 + 2j, -3]]),
    # IDL: ULONG64(-5) wraps, LONG64(-2.7) truncates toward zero
    (dict(l64=True), "<u8", 1, [[-5, 7]], [[2**64 - 5, 7]]),
    (dict(l64=True, signed=True), "<i8", 2, [[-2.7, 7.9]], [[-2, 7]]),
    (dict(long=True), "<u4", 1, [[-1, 70000]], [[2**32 - 1, 70000]]),
    (dict(short=True, signed=True), "<i2", 2, [[70000, -32769]], [[4464, 32767]]),
])
def test_sample_types_written_as_the_spec_lays_them_out(tmp_path, keywords, dtype,
                                                        sample_format, source, expected):
    idl.write_tiff(tmp_path / "t.tif", np.array(source), **keywords)
    tags, data = _ifd(tmp_path / "t.tif")
    item = np.dtype(dtype).itemsize * 8
    assert _shorts(tags[258]) == [item] and _shorts(tags[339]) == [sample_format]
    assert _shorts(tags[259]) == [1] and _shorts(tags[262]) == [1]
    got = np.frombuffer(_strip(tags, data), dtype).reshape(np.shape(source))
    np.testing.assert_array_equal(got, np.array(expected, dtype=dtype))
    back = idl.read_tiff(tmp_path / "t.tif")
    assert back.dtype == np.dtype(dtype).newbyteorder("=")
    np.testing.assert_array_equal(back, np.array(expected, dtype=dtype))
    ok, info = idl.query_tiff(tmp_path / "t.tif", info=True)
    idl_codes = {"f8": 5, "c8": 6, "c16": 9, "u8": 15, "i8": 14, "u4": 13, "i2": 2}
    assert int(ok) == 1 and info["PIXEL_TYPE"][0] == idl_codes[dtype[1:]]


def test_bits_per_sample_packing(tmp_path):
    """TIFF 6.0: 1-bit samples eight to a byte, 4-bit two to a byte, high bits first,
    each row padded to a byte; WRITE_TIFF: 1 for every nonzero input pixel. Pillow
    (an independent reader) decodes both."""
    image = np.array([[0, 3, 0, 0, 1, 1, 0, 0, 9, 0], [5, 0, 0, 0, 0, 0, 0, 0, 0, 7]])
    idl.write_tiff(tmp_path / "b1.tif", image, bits_per_sample=1)
    tags, data = _ifd(tmp_path / "b1.tif")
    assert _shorts(tags[258]) == [1]
    assert list(_strip(tags, data)) == [0b01001100, 0b10000000, 0b10000000, 0b01000000]
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "b1.tif"), image != 0)
    with Image.open(tmp_path / "b1.tif") as pil:
        np.testing.assert_array_equal(np.asarray(pil) != 0, image != 0)
    nibbles = np.array([[0, 1, 2, 15, 7], [8, 0, 9, 4, 3]])
    idl.write_tiff(tmp_path / "b4.tif", nibbles, bits_per_sample=4)
    tags, data = _ifd(tmp_path / "b4.tif")
    assert list(_strip(tags, data)) == [0x01, 0x2F, 0x70, 0x80, 0x94, 0x30]
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "b4.tif"), nibbles)


def test_planarconfig_2_from_red_green_blue(tmp_path):
    """PLANARCONFIG=2: one strip per plane (TIFF 6.0 PlanarConfiguration 2), the Image
    argument ignored; READ_TIFF returns IDL [w, h, 3] = numpy (3, h, w) without
    INTERLEAVE and reports PLANARCONFIG 2."""
    rng = np.random.default_rng(12)
    planes = [rng.integers(0, 256, (3, 4)) for _ in range(3)]
    idl.write_tiff(tmp_path / "p.tif", None, planarconfig=2, red=planes[0],
                   green=planes[1], blue=planes[2])
    tags, data = _ifd(tmp_path / "p.tif")
    assert _shorts(tags[284]) == [2] and _shorts(tags[262]) == [2] and _shorts(tags[277]) == [3]
    for k in range(3):
        assert list(_strip(tags, data, k)) == list(planes[k].ravel())
    out = idl.read_tiff(tmp_path / "p.tif", planarconfig=True)
    assert out.planarconfig == 2
    np.testing.assert_array_equal(out.result, np.stack(planes))
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "p.tif", interleave=0),
                                  np.stack(planes, axis=2))
    with Image.open(tmp_path / "p.tif") as pil:       # Pillow reads planar RGB too
        np.testing.assert_array_equal(np.asarray(pil), np.stack(planes, axis=2))


def test_raw_samples_append_and_errors(tmp_path):
    idl.write_tiff(tmp_path / "a.tif", np.arange(6).reshape(2, 3))
    idl.write_tiff(tmp_path / "a.tif", np.full((2, 3), 0.5), double=True, append=True)
    ok, info = idl.query_tiff(tmp_path / "a.tif", info=True)
    assert info["NUM_IMAGES"][0] == 2
    assert idl.read_tiff(tmp_path / "a.tif").tolist() == [[0, 1, 2], [3, 4, 5]]
    assert idl.read_tiff(tmp_path / "a.tif", image_index=1).tolist() == [[0.5] * 3] * 2
    image = np.zeros((2, 2))
    with pytest.raises(ValueError, match="^WRITE_TIFF: COMPRESSION is not supported"):
        idl.write_tiff(tmp_path / "e.tif", image, double=True, compression=3)
    with pytest.raises(ValueError, match="^WRITE_TIFF: BITS_PER_SAMPLE must be 1, 4 or 8"):
        idl.write_tiff(tmp_path / "e.tif", image, bits_per_sample=2)
    with pytest.raises(ValueError, match="^WRITE_TIFF: PLANARCONFIG=2 is written from RED"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2, 3)), planarconfig=2)
    with pytest.raises(ValueError, match="^WRITE_TIFF: BITS_PER_SAMPLE=1 or 4 is for gray"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2, 3)), bits_per_sample=1)


def test_cmyk_dot_range_icc_profile_photoshop_bigtiff(tmp_path):
    """TIFF 6.0 section 16: /CMYK = PhotometricInterpretation 5 with four 8-bit samples,
    DotRange 336; ICC profile 34675 and Photoshop 34377 hold the given bytes (type 7,
    UNDEFINED); BIGTIFF: QUERY_TIFF's VERSION 43 (BigTIFF's header)."""
    cmyk = np.arange(48).reshape(3, 4, 4) * 5
    idl.write_tiff(tmp_path / "k.tif", cmyk, cmyk=True, dot_range=[5, 250],
                   icc_profile=np.arange(20, 40), photoshop=np.arange(300, 310))
    tags, data = _ifd(tmp_path / "k.tif")
    assert _shorts(tags[262]) == [5] and _shorts(tags[258]) == [8] * 4
    assert _shorts(tags[336]) == [5, 250]
    assert tags[34675][0] == 7 and tags[34675][2] == bytes(range(20, 40))
    assert tags[34377][2] == bytes(v % 256 for v in range(300, 310))     # BYTE() wraps
    assert list(_strip(tags, data)) == list((cmyk % 256).ravel())
    np.testing.assert_array_equal(idl.read_tiff(tmp_path / "k.tif"), cmyk % 256)
    idl.write_tiff(tmp_path / "big.tif", np.zeros((2, 3), np.uint8), bigtiff=True)
    assert open(tmp_path / "big.tif", "rb").read(4) == b"II+\x00"
    assert idl.query_tiff(tmp_path / "big.tif", info=True)[1]["VERSION"][0] == 43
    with pytest.raises(ValueError, match="^WRITE_TIFF: /CMYK images must be"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2, 3)), cmyk=True)
    with pytest.raises(ValueError, match="^WRITE_TIFF: BIGTIFF is not supported"):
        idl.write_tiff(tmp_path / "e.tif", np.zeros((2, 2)), double=True, bigtiff=True)


def test_append_keeps_the_earlier_images_tags(tmp_path):
    """/APPEND adds an image after the file's images: their own tags (ORIENTATION, no
    GeoTIFF) stay; LZW, raw-sample and Pillow pages mix in one file."""
    path = tmp_path / "ap.tif"
    idl.write_tiff(path, np.zeros((2, 3), np.uint8), orientation=4)
    idl.write_tiff(path, np.arange(6).reshape(2, 3), append=True, compression=1,
                   geotiff={"GTModelTypeGeoKey": 2}, document_name="p2")
    idl.write_tiff(path, np.full((2, 3), -7), append=True, short=True, signed=True)
    first = idl.read_tiff(path, orientation=True, geotiff=True)
    assert first.orientation == 4 and int(first.geotiff) == 0
    second = idl.read_tiff(path, image_index=1, orientation=True, geotiff=True)
    assert second.orientation == 1 and second.geotiff["GTMODELTYPEGEOKEY"][0] == 2
    assert second.result.tolist() == [[0, 1, 2], [3, 4, 5]]
    third = idl.read_tiff(path, image_index=2)
    assert third.dtype == np.int16 and third.tolist() == [[-7] * 3] * 2
    assert idl.query_tiff(path, info=True)[1]["NUM_IMAGES"][0] == 3
    with Image.open(path) as pil:                         # an independent reader
        assert pil.n_frames >= 2 and pil.tag_v2.get(274) == 4


@pytest.mark.gdl
def test_appended_file_read_by_gdl(tmp_path):
    from oracles import GDL_PIN, run_gdl_program
    rng = np.random.default_rng(21)
    pages = [rng.integers(0, 256, (3, 4)) for _ in range(2)]
    idl.write_tiff(tmp_path / "ap.tif", pages[0], orientation=4)
    idl.write_tiff(tmp_path / "ap.tif", pages[1], append=True, compression=2)
    (tmp_path / "rt.pro").write_text(f"""pro rt
  {GDL_PIN}
  a = read_tiff('ap.tif', orientation=o0) & b = read_tiff('ap.tif', image_index=1, orientation=o1)
  ok = query_tiff('ap.tif', info) & n = info.num_images
  save, a, b, o0, o1, n, filename='back.sav'
end
""")
    run_gdl_program("rt", tmp_path)
    back = idl.restore(tmp_path / "back.sav")
    np.testing.assert_array_equal(back["a"], pages[0])
    np.testing.assert_array_equal(back["b"], pages[1])
    assert (back["o0"], back["o1"], back["n"]) == (4, 1, 2)
