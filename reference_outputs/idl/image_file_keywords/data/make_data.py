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
