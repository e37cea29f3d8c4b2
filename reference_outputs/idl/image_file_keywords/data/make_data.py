"""Writes the idl/image_file_keywords suite's data files with compat's own writers (run
once from the suite folder; kept for the record). GDL reads them in the "read_by_gdl"
cases; the Python side of those cases writes the same image again with compat."""
import numpy as np

from compat import idl

rng = np.random.default_rng(161)
gray = rng.integers(0, 256, (6, 8), dtype=np.uint8)          # tg in suite.json
rgb = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)        # trgb in suite.json
print("tg", gray.tolist())
print("trgb", rgb.tolist())
for name, image, code in (("lzw", gray, 1), ("packbits", gray, 2), ("jpeg", gray, 3),
                          ("rgb_lzw", rgb, 1), ("rgb_jpeg", rgb, 3)):
    idl.write_tiff(f"data/{name}.tif", image, compression=code)
# READ_TIFF's DOT_RANGE, ICC_PROFILE, PHOTOSHOP outputs: a file with the three tags
# (TIFF 6.0 DotRange 336 SHORT; 34675 and 34377 UNDEFINED bytes) and one without
idl.write_tiff("data/tags.tif", gray[:3, :4], dot_range=[5, 250],
               icc_profile=np.arange(20, 60), photoshop=np.arange(100, 120))
idl.write_tiff("data/plain.tif", gray[:3, :4])
# COMPRESSION with 16-bit, FLOAT and signed 32-bit samples (Pillow's I;16, F, I modes)
u16 = ((np.arange(24).reshape(4, 6) * 2731 + 17) % 65536).astype(np.uint16)   # tu16
f32 = (np.arange(24).reshape(4, 6) * 0.37 - 4.1).astype(np.float32)             # tf32
i32 = (np.arange(24).reshape(4, 6) * 97654321 - 1234567890).astype(np.int32)    # ti32
idl.write_tiff("data/short_packbits.tif", u16, short=True, compression=2)
idl.write_tiff("data/float_lzw.tif", f32, float=True, compression=1)
idl.write_tiff("data/long_lzw.tif", i32, long=True, signed=True, compression=1)
# COMPRESSION of the samples compat writes itself (compat._core.tiff_raw, libtiff's LZW
# and PackBits coders through compat._core.tiff_strips)
srcd = np.arange(-20, 22).reshape(6, 7) * 1234.5678 / 7                 # srcd
src64 = (np.arange(42).reshape(6, 7) - 21) * 219902325555 + 7           # src64
srci = (np.arange(42).reshape(6, 7) * 1597 - 33000)                     # srci
srcrgb = (np.arange(126).reshape(6, 7, 3) * 523) % 65536                # srcu3
idl.write_tiff("data/double_lzw.tif", srcd, double=True, compression=1)
idl.write_tiff("data/l64_packbits.tif", src64, l64=True, signed=True, compression=2)
idl.write_tiff("data/int_lzw.tif", srci, short=True, signed=True, compression=1)
idl.write_tiff("data/rgb_uint_packbits.tif", srcrgb, short=True, compression=2)
