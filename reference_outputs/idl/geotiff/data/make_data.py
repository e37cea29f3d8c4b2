"""Writes the idl/geotiff suite's data files (run once; kept for the record)."""
import struct
import numpy as np
from PIL import Image, TiffImagePlugin

out = "/tmp/s17/h158/cases/idl/geotiff/data/"


def ifd(tags):
    d = TiffImagePlugin.ImageFileDirectory_v2()
    for code, (kind, value) in tags.items():
        d[code] = value
        d.tagtype[code] = kind
    return d


# 1. UTM zone 33N float image, as GDAL-style georeferencing: scale, one tie point,
#    model type, raster type, projected CS, linear units, a citation
rng = np.random.default_rng(41)
img = rng.uniform(-5, 40, (4, 5)).astype(np.float32)
Image.fromarray(img).save(out + "utm.tif", tiffinfo=ifd({
    33550: (12, (30.0, 30.0, 0.0)),
    33922: (12, (0.0, 0.0, 0.0, 500000.0, 4000000.0, 0.0)),
    34735: (3, (1, 1, 0, 5, 1024, 0, 1, 1, 1025, 0, 1, 1, 1026, 34737, 25, 0,
                3072, 0, 1, 32633, 3076, 0, 1, 9001)),
    34737: (2, "WGS 84 / UTM zone 33N|"),
}))

# 2. geographic WGS 84 byte image, pixel-is-point, user-defined ellipsoid doubles,
#    two tie points, the GeoDoubleParams and two citations
img = rng.integers(0, 255, (3, 4), dtype=np.uint8)
Image.fromarray(img).save(out + "geog.tif", tiffinfo=ifd({
    33550: (12, (0.25, 0.25, 0.0)),
    33922: (12, (0.0, 0.0, 0.0, -120.5, 45.25, 0.0, 3.0, 2.0, 0.0, -119.75, 44.75, 0.0)),
    34735: (3, (1, 1, 0, 8, 1024, 0, 1, 2, 1025, 0, 1, 2, 2048, 0, 1, 4326,
                2049, 34737, 7, 0, 2054, 0, 1, 9102, 2057, 34736, 1, 0,
                2059, 34736, 1, 1, 4099, 0, 1, 9001)),
    34736: (12, (6378137.0, 298.257223563)),
    34737: (2, "WGS 84|"),
}))

# 3. a transformation matrix instead of scale + tie point (16-bit image)
img = rng.integers(0, 65535, (3, 4), dtype=np.uint16)
Image.fromarray(img).save(out + "matrix.tif", tiffinfo=ifd({
    34264: (12, (2.0, 0.5, 0.0, 1000.0, -0.25, -2.0, 0.0, 5000.0,
                 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 1.0)),
    34735: (3, (1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, 32767)),
}))

# 4. every GeoTIFF 1.0 key (values made from the codes) plus an unnamed private key
shorts = [1024, 1025, 2048, 2050, 2051, 2052, 2054, 2056, 2060, 3072, 3074, 3075, 3076,
          4096, 4098, 4099]
doubles = [2053, 2055, 2057, 2058, 2059, 2061] + list(range(3077, 3096))
asciis = [1026, 2049, 3073, 4097]
entries, dv, text = [], [], ""
keys = sorted(shorts + doubles + asciis + [32768])
for k in keys:
    if k in doubles:
        entries += [k, 34736, 1, len(dv)]
        dv.append(k + 0.5)
    elif k in asciis:
        s = "c%d|" % k
        entries += [k, 34737, len(s), len(text)]
        text += s
    else:
        entries += [k, 0, 1, k % 1000 + 1]
Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4)).save(out + "allkeys.tif",
    tiffinfo=ifd({33550: (12, (1.0, 2.0, 0.0)),
                  34735: (3, tuple([1, 1, 0, len(keys)] + entries)),
                  34736: (12, tuple(dv)), 34737: (2, text)}))

# 5. no GeoTIFF tags
Image.fromarray(np.arange(12, dtype=np.uint8).reshape(3, 4)).save(out + "plain.tif")


# 6. a big-endian (MM) GeoTIFF written byte by byte here (TIFF 6.0 section 2):
#    3x2 BYTE gray, one strip, scale + tie point + two keys
def big_endian():
    w, h = 3, 2
    pixels = bytes(range(10, 10 + w * h))
    entries = []   # (tag, type, count, payload bytes)
    def short(tag, *v):
        entries.append((tag, 3, len(v), struct.pack(">%dH" % len(v), *v)))
    def long(tag, *v):
        entries.append((tag, 4, len(v), struct.pack(">%dI" % len(v), *v)))
    def double(tag, *v):
        entries.append((tag, 12, len(v), struct.pack(">%dd" % len(v), *v)))
    n_tags = 12
    ifd_size = 2 + 12 * n_tags + 4
    data_at = 8 + ifd_size
    extra = bytearray()
    short(256, w); short(257, h); short(258, 8); short(259, 1); short(262, 1)
    long(273, 0)  # fixed below
    short(277, 1); short(278, h); long(279, w * h)
    double(33550, 10.0, 20.0, 0.0)
    double(33922, 0.0, 0.0, 0.0, 300000.0, 5000000.0, 0.0)
    short(34735, 1, 1, 0, 2, 1024, 0, 1, 1, 3072, 0, 1, 32610)
    assert len(entries) == n_tags
    body = bytearray()
    offsets = {}
    for tag, kind, count, payload in entries:
        if len(payload) > 4:
            offsets[tag] = data_at + len(body)
            body += payload
            if len(body) % 2:
                body += b"\0"
    strip = data_at + len(body)
    head = bytearray(b"MM\0\x2a" + struct.pack(">I", 8) + struct.pack(">H", n_tags))
    for tag, kind, count, payload in sorted(entries):
        if tag == 273:
            payload = struct.pack(">I", strip)
        field = struct.pack(">I", offsets[tag]) if tag in offsets else payload.ljust(4, b"\0")
        head += struct.pack(">HHI", tag, kind, count) + field
    head += struct.pack(">I", 0)
    return bytes(head + body + pixels)


with open(out + "bigendian.tif", "wb") as f:
    f.write(big_endian())

# 7. written by compat's WRITE_TIFF with GEOTIFF= (compat writes, GDL reads)
from compat import idl
from compat._core.idl_struct import build_structure
g = build_structure(
    ["ProjLinearUnitsGeoKey", "gtcitationgeokey", "ModelTiepointTag", "GTMODELTYPEGEOKEY",
     "GeogSemiMajorAxisGeoKey", "GTRasterTypeGeoKey", "ProjectedCSTypeGeoKey",
     "GeographicTypeGeoKey", "ModelPixelScaleTag"],
    [9001, "WGS 84 / UTM zone 33N", np.array([[0, 0, 0, 500000.0, 4000000.0, 0]]), 1,
     6378137.0, 1, 32633, 4326, np.array([30.0, 30.0, 0.0])])
img = np.random.default_rng(43).uniform(-5, 40, (4, 5)).astype(np.float32)
idl.write_tiff(out + "compat_written.tif", img, float=True, geotiff=g)

# 8. written by compat's WRITE_TIFF with DOCUMENT_NAME, XRESOL/YRESOL, UNITS, X/YPOSITION
idl.write_tiff(out + "compat_fields.tif", np.arange(12, dtype=np.uint8).reshape(3, 4),
               document_name="field notes", xresol=300, yresol=150.5, units=3,
               xposition=1.25, yposition=0.5)

# 9. sample types compat writes itself (compat writes, GDL reads)
SRC_F = np.array([[-29999.75, -1.5, 0.0, 2.9], [12345.5, 300.25, -0.75, 255.9],
                  [1e4, -1e4, 3.3, 15.0]])
SRC_I = np.array([[-5, 70000, -70000, 65535], [65536, -1, 0, 2147483647],
                  [-2147483648, 123456789, 32768, -32769]], dtype=np.int32)
SRC_B = np.array([[0, 1, 2, 15], [7, 0, 9, 4], [0, 0, 12, 3]], dtype=np.uint8)
SRC_RGB = (np.arange(36, dtype=np.int32).reshape(3, 4, 3) * 2001 - 3000)
idl.write_tiff(out + "t_double.tif", SRC_F, double=True)
idl.write_tiff(out + "t_l64.tif", SRC_F, l64=True, signed=True)
idl.write_tiff(out + "t_ul64.tif", SRC_I, l64=True)
idl.write_tiff(out + "t_ulong.tif", SRC_I, long=True)
idl.write_tiff(out + "t_int.tif", SRC_I, short=True, signed=True)
idl.write_tiff(out + "t_uint_rgb.tif", SRC_RGB, short=True)
idl.write_tiff(out + "t_bits1.tif", SRC_B, bits_per_sample=1)
idl.write_tiff(out + "t_bits4.tif", SRC_B, bits_per_sample=4)

# 10. /CMYK and BIGTIFF written by compat (compat writes, GDL reads)
SRC_CMYK = (np.arange(48).reshape(3, 4, 4) * 5) % 256
idl.write_tiff(out + "t_cmyk.tif", SRC_CMYK, cmyk=True)
idl.write_tiff(out + "t_big.tif", SRC_B, bigtiff=True)
