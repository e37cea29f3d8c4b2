"""Writes the image files of the golden suite matlab/image_files (run once; the files
are kept bit for bit): python make_images.py in this folder.

Pillow writes every file it can (so compat's own PNG encoder is not what is read);
the 16-bit RGB and 4-bit grey PNG files, which Pillow cannot write, are written by
compat._core.image_files.write_png. Pixel values from numpy's default_rng(2026).
"""

import os

import numpy as np
from PIL import Image

from compat._core.image_files import write_png

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "images")
rng = np.random.default_rng(2026)
SHAPE = (5, 7)  # 5 rows, 7 columns: a transposed read shows


def path(name):
    return os.path.join(HERE, name)


gray = rng.integers(0, 256, SHAPE, dtype=np.uint8)
gray16 = rng.integers(0, 65536, SHAPE).astype(np.uint16)
rgb = rng.integers(0, 256, SHAPE + (3,), dtype=np.uint8)
rgba = rng.integers(0, 256, SHAPE + (4,), dtype=np.uint8)
gray_alpha = rng.integers(0, 256, SHAPE + (2,), dtype=np.uint8)
bits = rng.integers(0, 2, SHAPE).astype(bool)
index = rng.integers(0, 5, SHAPE, dtype=np.uint8)
table = [255, 0, 0, 0, 128, 0, 0, 0, 255, 10, 20, 30, 250, 240, 230]
rgb16 = rng.integers(0, 65536, SHAPE + (3,)).astype(np.uint16)
gray4 = rng.integers(0, 16, SHAPE, dtype=np.uint8)
smooth = np.add.outer(np.arange(16) * 12, np.arange(24) * 6).astype(np.uint8)
smooth_rgb = np.stack([smooth, smooth[::-1], 255 - smooth], axis=2)


def palette_image(indices):
    image = Image.frombytes("P", (indices.shape[1], indices.shape[0]), indices.tobytes())
    image.putpalette(table)
    return image


os.makedirs(HERE, exist_ok=True)
Image.fromarray(gray).save(path("gray8.png"))
Image.fromarray(gray16).save(path("gray16.png"))
Image.fromarray(rgb).save(path("rgb8.png"))
Image.fromarray(rgba).save(path("rgba8.png"))
Image.merge("LA", [Image.fromarray(np.ascontiguousarray(gray_alpha[:, :, k]))
                   for k in range(2)]).save(path("gray_alpha8.png"))
Image.fromarray(bits).save(path("bw1.png"))
palette_image(index).save(path("indexed.png"))
write_png(path("rgb16.png"), rgb16, bit_depth=16, color_type=2)
write_png(path("gray4.png"), gray4, bit_depth=4, color_type=0)
Image.fromarray(gray).save(path("gray8.bmp"))
Image.fromarray(rgb).save(path("rgb.bmp"))
palette_image(index).save(path("indexed.bmp"))
Image.fromarray(bits).save(path("bw.bmp"))
Image.fromarray(gray).save(path("gray8.tif"))
Image.fromarray(rgb).save(path("rgb.tif"))
Image.fromarray(gray16).save(path("gray16.tif"))
Image.fromarray(bits).save(path("bw.tif"))
pages = [Image.fromarray(np.ascontiguousarray(np.roll(gray, k, axis=1))) for k in range(3)]
pages[0].save(path("pages.tif"), save_all=True, append_images=pages[1:])
palette_image(index).save(path("indexed.gif"))
frames = [palette_image(np.ascontiguousarray((index + k) % 5)) for k in range(3)]
frames[0].save(path("frames.gif"), save_all=True, append_images=frames[1:], optimize=False,
               disposal=1, duration=100)
Image.fromarray(smooth_rgb).save(path("rgb.jpg"), quality=90)
Image.fromarray(smooth).save(path("gray.jpg"), quality=90)
