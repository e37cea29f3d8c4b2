"""Golden cases of routines that write image files (IDL's WRITE_PNG, WRITE_JPEG,
WRITE_TIFF): the legacy call writes the file with the routine under test and reads it
back with the legacy reader; the case's ``python`` expression writes it with the port
and decodes it with Pillow -- not with compat's own readers -- into the layout the
legacy reader returns::

    "call":   "write_png, 'o.png', img & a = read_png('o.png') & file_delete, 'o.png'"
    "python": "compat.golden.picture_written(lambda f: idl.write_png(f, img), 'o.png')"

Pillow keeps only the high byte of a 16-bit RGB, RGBA or gray+alpha PNG sample, so those
samples are taken from the file's IDAT data here (PNG specification, W3C 2nd edition,
sections 7.2 and 9: big-endian samples, one filter byte per row, filters None, Sub, Up,
Average, Paeth) and their high bytes must equal Pillow's, or the decode fails.
"""

from __future__ import annotations

import os
import shutil
import struct
import zlib

import numpy as np

from compat._core.image_files import PNG_SIGNATURE, png_chunks
from compat.golden.text_files import _closing_new_units, _folder

__all__ = ["picture_written", "tiff_written", "tiff_fields_written",
           "png_chunk_written"]

_CHANNELS = {0: 1, 2: 3, 4: 2, 6: 4}


def _pillow():
    from PIL import Image
    return Image


def _deep_png(data: bytes):
    """The samples of a 16-bit non-palette PNG as uint16 ``(h, w, c)``, or None for any
    other PNG. Written for the golden cases only (tiny images): a plain loop over the
    bytes of each row, independent of compat's reader."""
    header = dict(png_chunks(data)).get(b"IHDR")
    width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", header)
    if depth != 16 or colour not in _CHANNELS:
        return None
    if interlace:
        raise ValueError("interlaced 16-bit PNG: not decoded by the golden helper")
    packed = zlib.decompress(b"".join(body for kind, body in png_chunks(data)
                                      if kind == b"IDAT"))
    step = 2 * _CHANNELS[colour]            # bytes per pixel: the filters' left distance
    stride = width * step
    above = [0] * stride
    rows = []
    for r in range(height):
        start = r * (stride + 1)
        kind, line = packed[start], packed[start + 1:start + 1 + stride]
        row = []
        for k, byte in enumerate(line):
            left = row[k - step] if k >= step else 0
            up = above[k]
            corner = above[k - step] if k >= step else 0
            if kind == 0:
                value = byte
            elif kind == 1:
                value = byte + left
            elif kind == 2:
                value = byte + up
            elif kind == 3:
                value = byte + (left + up) // 2
            elif kind == 4:
                guess = left + up - corner
                near = min((abs(guess - left), 0, left), (abs(guess - up), 1, up),
                           (abs(guess - corner), 2, corner))
                value = byte + near[2]
            else:
                raise ValueError(f"PNG row {r}: filter type {kind}")
            row.append(value & 0xFF)
        rows.append(row)
        above = row
    raw = np.array(rows, dtype=np.uint8).reshape(height, width * _CHANNELS[colour], 2)
    samples = raw[:, :, 0].astype(np.uint16) << 8 | raw[:, :, 1]
    return samples.reshape(height, width, _CHANNELS[colour])


def _decoded(path: str, palette: bool):
    """The picture in ``path`` decoded by Pillow (16-bit colour samples from the IDAT
    data, checked against Pillow's high bytes), first stored row first."""
    Image = _pillow()
    with open(path, "rb") as stream:
        data = stream.read()
    with Image.open(path) as image:
        image.load()
        mode = image.mode
        lut = image.getpalette() if mode == "P" else None
        pixels = np.asarray(image)
    if mode == "I;16B":
        pixels = pixels.astype(np.uint16)
    deep = _deep_png(data) if data.startswith(PNG_SIGNATURE) else None
    if deep is not None and deep.shape[2] > 1:
        high = (deep >> 8).astype(np.uint8)
        if deep.shape[2] == 2 and mode == "RGBA":   # Pillow gives 16-bit gray+alpha as RGBA
            if not (np.array_equal(pixels[:, :, 0], pixels[:, :, 1])
                    and np.array_equal(pixels[:, :, 0], pixels[:, :, 2])):
                raise ValueError("Pillow's RGBA decode of a gray+alpha PNG is not gray")
            pixels = pixels[:, :, [0, 3]]
        if high.shape != pixels.shape or not np.array_equal(high, pixels):
            raise ValueError("the 16-bit samples' high bytes differ from Pillow's decode")
        pixels = deep
    elif mode == "P" and not palette:
        raise ValueError("a palette image: ask for the palette (palette=True)")
    colours = None
    if palette:
        if lut is None:
            raise ValueError(f"the file has no palette (Pillow mode {mode})")
        colours = np.array(lut, dtype=np.uint8).reshape(-1, 3)
    return pixels, colours


def _in_fresh_file(write, name: str, read):
    """``read(path)`` after ``write(path)`` with a fresh file called ``name`` (units
    ``write`` left open closed first); the scratch folder is removed."""
    folder = _folder()
    path = os.path.join(folder, name)
    try:
        _closing_new_units(write, path)
        return read(path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _tiff_tags(path: str, pixels: bool = False):
    """The first image's TIFF tags as Pillow reads them, and its samples (or None)."""
    with _pillow().open(path) as image:
        return dict(image.tag_v2), (np.asarray(image).copy() if pixels else None)


def picture_written(write, name: str = "written.png", *, palette: bool = False,
                    order: bool = False):
    """Call ``write(path)`` with a fresh file called ``name`` and return the picture in
    the file as IDL's READ_PNG / READ_JPEG return it by default: rows bottom-to-top
    (the file's first row last; ``order=True`` keeps the stored order), gray ``(h, w)``,
    ``n`` channels ``(h, w, n)`` (IDL ``[n, w, h]``), 8-bit samples as uint8 and 16-bit
    ones as uint16. ``palette=True`` returns ``(indices, r, g, b)`` for a palette file.
    Decoded by Pillow (the 16-bit colour samples as the module says). Units ``write``
    left open are closed first."""
    pixels, colours = _in_fresh_file(write, name, lambda path: _decoded(path, palette))
    if not order:
        pixels = pixels[::-1]
    pixels = np.ascontiguousarray(pixels)
    if palette:
        return pixels, colours[:, 0].copy(), colours[:, 1].copy(), colours[:, 2].copy()
    return pixels


def tiff_written(write, name: str = "written.tif"):
    """Call ``write(path)`` with a fresh file called ``name`` and return the TIFF tags
    of its first image that QUERY_TIFF reports, as Pillow reads them:
    ``(photometric, has_palette, bits_per_sample)`` as LONG, INT, LONG (QUERY_TIFF's
    PHOTOMETRIC, HAS_PALETTE, BITS_PER_SAMPLE; TIFF 6.0 tags 262, 320, 258)."""
    tags, _ = _in_fresh_file(write, name, _tiff_tags)
    bits = tags.get(258, (1,))
    bits = bits[0] if isinstance(bits, tuple) else bits
    return (np.int32(tags.get(262, 0)), np.int16(320 in tags), np.int32(bits))


def png_chunk_written(write, kind: str, name: str = "written.png"):
    """Call ``write(path)`` with a fresh file called ``name`` and return the body of the
    file's first chunk of type ``kind`` ('tRNS', 'pHYs'...) as BYTE, or LONG -1 when it
    has none -- what the suite idl/image_file_keywords' plain-IDL reader
    ``pro/png_chunk_bytes.pro`` returns on the legacy side (PNG specification, section
    5.3; chunks by :func:`compat._core.image_files.png_chunks`)."""
    from compat._core.image_files import png_chunks

    def read(path):
        with open(path, "rb") as stream:
            return stream.read()
    for found, body in png_chunks(_in_fresh_file(write, name, read)):
        if found == kind.encode("latin-1"):
            return np.frombuffer(body, np.uint8).copy() if body else np.int32(-1)
    return np.int32(-1)


#: TIFF 6.0's defaults of the fields a writer may leave out (Compression, Orientation,
#: PlanarConfiguration, ResolutionUnit)
_TIFF_DEFAULTS = {259: 1, 274: 1, 284: 1, 296: 2}


def tiff_fields_written(write, codes, name: str = "written.tif", *, pixels: bool = False):
    """Call ``write(path)`` with a fresh file called ``name`` and return the first value
    of each TIFF tag in ``codes`` (tag numbers) of the file's first image as LONG, read by
    Pillow; a tag the file leaves out gives its TIFF 6.0 default (Compression 259 and
    Orientation 274: 1...) or an error. ``pixels=True`` puts the picture first, decoded
    by Pillow (libtiff for LZW, PackBits, JPEG) in the stored row order, as READ_TIFF
    returns it: gray ``(h, w)``, colour ``(h, w, n)``. The legacy side reads the tags
    with a plain-IDL IFD walk (suite idl/image_file_keywords,
    ``pro/tiff_tag_value.pro``)."""
    tags, picture = _in_fresh_file(write, name, lambda path: _tiff_tags(path, pixels))
    values = []
    for code in codes:
        if code not in tags and code not in _TIFF_DEFAULTS:
            raise ValueError(f"the TIFF file has no tag {code}")
        value = tags.get(code, _TIFF_DEFAULTS.get(code))
        values.append(np.int32(value[0] if isinstance(value, tuple) else value))
    return tuple([picture] + values) if pixels else tuple(values)
