"""Image files, shared by IDL's READ_PNG & co. (:mod:`compat.idl.images`) and MATLAB's
imread, imwrite, imfinfo (:mod:`compat.matlab.image_files`).

Decoding and most encoding run on Pillow, the optional extra ``compat[images]``
(imported through :func:`compat._core.extras.optional_module` when a routine runs).
PNG is also read and written here directly (the PNG specification, ISO/IEC 15948,
sections 7-11: chunks, filters, bit packing) where Pillow cannot: Pillow reads a
16-bit RGB/RGBA PNG as 8-bit samples (it drops the low byte) and writes neither 16-bit
colour nor 2- and 4-bit grey. Pixels are numpy arrays with the picture's first stored
row first (``a[i, j]`` is row ``i`` from the top, column ``j``), channels last.
"""

from __future__ import annotations

import os
import struct
import zlib

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.extras import optional_module

__all__ = ["pillow", "open_image", "pixels", "palette_of", "save", "append_pages",
           "png_header", "png_chunks", "read_png_deep", "write_png", "frames_of", "gif_frame",
           "PNG_SIGNATURE"]

PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def pillow():
    """``PIL.Image`` (a :class:`~compat.MissingExtraError` naming ``compat[images]``
    when Pillow is not installed)."""
    return optional_module("PIL.Image", "image files")


def open_image(path: str, *, missing: str, invalid: str, frame: int = 0):
    """Pillow's image of the file ``path`` (frame ``frame``, loaded), or a
    :class:`CompatValueError` with ``missing`` (no such file) or ``invalid`` (not an image
    Pillow reads; ``{error}`` in the text is replaced by Pillow's reason)."""
    Image = pillow()
    if not os.path.isfile(path):
        raise CompatValueError(missing)
    try:
        image = Image.open(path)
        if frame:
            image.seek(frame)
        image.load()
    except EOFError:
        raise CompatValueError(f"index {frame + 1} exceeds the number of images in the "
                               f"file ({frames_of(path)})") from None
    except (OSError, ValueError, SyntaxError) as error:
        raise CompatValueError(invalid.replace("{error}", str(error))) from None
    return image


def gif_frame(path: str, frame: int) -> tuple[np.ndarray, np.ndarray]:
    """A GIF frame's palette indices and its colour table ``(n, 3)`` uint8.

    Pillow gives a GIF's later frames as RGB composed over the frames before (its
    ``LOADING_STRATEGY``); the indices are recovered here by looking each pixel's colour
    up in the frame's colour table (the first entry of a colour listed twice), which
    gives the stored indices for frames that cover the picture, as MATLAB writes them.
    """
    with pillow().open(path) as image:
        first = palette_of(image)
        image.seek(frame)
        image.load()
        rgb = np.asarray(image.convert("RGB")).astype(np.int64)
        own = getattr(image, "_frame_palette", None)
        table = (np.frombuffer(bytes(own.palette), dtype=np.uint8).reshape(-1, 3)
                 if own is not None and own.palette else first)
    codes = (table[:, 0].astype(np.int64) << 16) | (table[:, 1].astype(np.int64) << 8) | \
        table[:, 2]
    order = np.argsort(codes, kind="stable")
    sorted_codes = codes[order]
    pixels = (rgb[:, :, 0] << 16) | (rgb[:, :, 1] << 8) | rgb[:, :, 2]
    where = np.clip(np.searchsorted(sorted_codes, pixels), 0, len(codes) - 1)
    found = sorted_codes[where] == pixels
    first_of = order[where]
    # the first index of each colour (stable sort: equal codes keep index order)
    index = np.where(found, first_of, 0).astype(np.uint8)
    return index, table.copy()


def frames_of(path: str) -> int:
    """The number of images (pages, frames) in the file."""
    with pillow().open(path) as image:
        return int(getattr(image, "n_frames", 1))


def pixels(image) -> np.ndarray:
    """Pillow's image as numpy rows top to bottom: 16-bit grey as uint16, 1-bit as 0/255
    uint8 (``mode '1'``), palette images as their indices, the rest as Pillow gives."""
    if image.mode in ("I;16", "I;16B", "I;16L"):
        return np.asarray(image, dtype=np.uint16)
    if image.mode == "1":
        return np.asarray(image.convert("L"))
    return np.asarray(image)


def palette_of(image) -> np.ndarray | None:
    """A palette image's colour table as an ``(n, 3)`` uint8 array (None otherwise)."""
    if image.mode not in ("P", "PA"):
        return None
    raw = image.getpalette() or []
    return np.array(raw, dtype=np.uint8).reshape(-1, 3)


def save(image, path: str, fmt: str, **options) -> None:
    """``image.save(path, format=fmt, **options)``, or a :class:`CompatValueError` with
    the path when its folder does not exist."""
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CompatValueError(f"Error opening file. File: {path}")
    image.save(path, format=fmt, **options)


def append_pages(path: str, image, fmt: str, **options) -> None:
    """Add ``image`` as the last page (frame) of the file ``path`` (a new file if there
    is none): the pages already there are read and written again before it."""
    if not os.path.exists(path):
        save(image, path, fmt, **options)
        return
    Image = pillow()
    from PIL import ImageSequence
    with Image.open(path) as old:
        pages = [page.copy() for page in ImageSequence.Iterator(old)]
    save(pages[0], path, fmt, save_all=True, append_images=pages[1:] + [image], **options)


# ------------------------------------------------------------------ PNG, read and written here
def png_chunks(data: bytes):
    """The chunks of a PNG file's bytes, in file order, as ``(kind, body)`` pairs.

    ``data`` is the whole file, signature included; its first eight bytes are skipped
    without being checked (callers test ``data.startswith(PNG_SIGNATURE)``). Each chunk
    is a 4-byte big-endian length, the 4-byte type, the body and a 4-byte CRC (PNG
    specification, ISO/IEC 15948 / W3C 2nd edition, section 5.3). The CRC is not
    verified, and iteration runs past IEND to the end of the data: a tail too short for
    a chunk's 8-byte head ends it, and a body cut off by the end of the data comes back
    short. A generator over ``bytes`` (a ``(kind, body)`` tuple per chunk, both
    ``bytes``), so ``dict(png_chunks(data))`` maps each type to its last chunk.

    Examples
    --------
    >>> import struct, zlib
    >>> from compat._core.image_files import PNG_SIGNATURE, png_chunks
    >>> def chunk(kind, body):
    ...     crc = struct.pack(">I", zlib.crc32(kind + body))
    ...     return struct.pack(">I", len(body)) + kind + body + crc
    >>> ihdr = struct.pack(">IIBBBBB", 2, 1, 8, 0, 0, 0, 0)
    >>> data = PNG_SIGNATURE + chunk(b"IHDR", ihdr) + chunk(b"IEND", b"")
    >>> [(kind, len(body)) for kind, body in png_chunks(data)]
    [(b'IHDR', 13), (b'IEND', 0)]
    >>> [kind for kind, body in png_chunks(data[:-5])]    # IEND's head cut short
    [b'IHDR']
    """
    position = len(PNG_SIGNATURE)
    while position + 8 <= len(data):
        length, kind = struct.unpack(">I4s", data[position:position + 8])
        yield kind, data[position + 8:position + 8 + length]
        position += 12 + length


def png_header(path: str) -> dict | None:
    """A PNG file's IHDR fields (width, height, bit_depth, color_type, interlace) and
    its tRNS/PLTE presence, or None for a file that is not a PNG."""
    with open(path, "rb") as stream:
        data = stream.read()
    if not data.startswith(PNG_SIGNATURE):
        return None
    header = {"trns": None, "plte": 0, "gamma": None, "texts": {}}
    for kind, body in png_chunks(data):
        if kind == b"IHDR":
            w, h, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body[:13])
            header.update(width=w, height=h, bit_depth=depth, color_type=colour,
                          interlace=interlace)
        elif kind == b"tRNS":
            header["trns"] = body
        elif kind == b"PLTE":
            header["plte"] = len(body) // 3
        elif kind == b"gAMA" and len(body) == 4:
            header["gamma"] = struct.unpack(">I", body)[0] / 100000
        elif kind == b"tEXt" and b"\0" in body:
            key, _, value = body.partition(b"\0")
            header["texts"][key.decode("latin-1")] = value.decode("latin-1")
        elif kind == b"IEND":
            break
    return header if "width" in header else None


_CHANNELS = {0: 1, 2: 3, 3: 1, 4: 2, 6: 4}


def _paeth(a, b, c):
    p = a + b - c
    pa, pb, pc = np.abs(p - a), np.abs(p - b), np.abs(p - c)
    return np.where((pa <= pb) & (pa <= pc), a, np.where(pb <= pc, b, c))


def _unfilter(raw: np.ndarray, rows: int, stride: int, bpp: int) -> np.ndarray:
    """The PNG filters undone (specification section 9): Sub and Up vectorised, Average
    and Paeth a pixel at a time along the row (each depends on its left neighbour)."""
    lines = raw.reshape(rows, stride + 1)
    out = np.zeros((rows, stride), dtype=np.uint8)
    previous = np.zeros(stride, dtype=np.int64)
    for r in range(rows):
        kind, line = lines[r, 0], lines[r, 1:].astype(np.int64)
        if kind == 0:
            row = line
        elif kind == 1:  # Sub: a running sum per byte position within the pixel
            row = np.cumsum(line.reshape(-1, bpp), axis=0).ravel() & 0xFF
        elif kind == 2:
            row = (line + previous) & 0xFF
        elif kind in (3, 4):
            row = np.zeros(stride, dtype=np.int64)
            left = np.zeros(bpp, dtype=np.int64)
            corner = np.zeros(bpp, dtype=np.int64)
            for k in range(0, stride, bpp):
                up = previous[k:k + bpp]
                if kind == 3:
                    value = (line[k:k + bpp] + ((left + up) >> 1)) & 0xFF
                else:
                    value = (line[k:k + bpp] + _paeth(left, up, corner)) & 0xFF
                row[k:k + bpp] = value
                left, corner = value, up
        else:
            raise CompatValueError(f"PNG row {r} has an unknown filter type {kind}")
        out[r] = row
        previous = row
    return out


def read_png_deep(path: str) -> np.ndarray:
    """The samples of a non-interlaced PNG with 16-bit samples as uint16 ``(h, w)`` or
    ``(h, w, c)`` (c = 2 grey+alpha, 3 RGB, 4 RGBA), alpha last: what Pillow cannot give
    for colour (it keeps the high bytes only)."""
    with open(path, "rb") as stream:
        data = stream.read()
    header = png_header(path)
    if header["interlace"]:
        raise CompatValueError("interlaced 16-bit colour PNG files are not supported")
    idat = b"".join(body for kind, body in png_chunks(data) if kind == b"IDAT")
    channels = _CHANNELS[header["color_type"]]
    w, h = header["width"], header["height"]
    bpp = 2 * channels
    raw = np.frombuffer(zlib.decompress(idat), dtype=np.uint8)
    rows = _unfilter(raw, h, w * bpp, bpp)
    samples = rows.reshape(h, w * channels, 2).astype(np.uint16)
    values = (samples[:, :, 0] << 8) | samples[:, :, 1]
    return values.reshape(h, w, channels) if channels > 1 else values.reshape(h, w)


def _chunk(kind: bytes, body: bytes) -> bytes:
    return (struct.pack(">I", len(body)) + kind + body +
            struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF))


def write_png(path: str, samples: np.ndarray, *, bit_depth: int, color_type: int,
              palette: np.ndarray | None = None, transparency: bytes | None = None,
              texts: dict | None = None, level: int = 6,
              physical: tuple | None = None) -> None:
    """Write ``samples`` (``(h, w)`` or ``(h, w, c)`` integers already in range for
    ``bit_depth``, channels in PNG order) as a PNG: colour type 0 grey, 2 RGB, 3 palette
    (``palette`` an ``(n, 3)`` uint8 array), 4 grey+alpha, 6 RGBA; bit depths 1, 2, 4,
    8, 16 as the specification allows; ``transparency`` the tRNS chunk's body;
    ``physical`` ``(x, y)`` pixels per metre, written as a pHYs chunk with unit 1
    (metre; specification section 11.3.5.3); rows filtered with type 0 (none) and
    compressed by zlib at ``level`` (0..9, zlib's default 6)."""
    a = np.asarray(samples)
    h, w = a.shape[:2]
    channels = _CHANNELS[color_type]
    flat = a.reshape(h, w * channels)
    if bit_depth == 16:
        rows = flat.astype(">u2").view(np.uint8).reshape(h, -1)
    elif bit_depth == 8:
        rows = flat.astype(np.uint8)
    else:  # pack 1, 2 or 4-bit samples, the leftmost in the high bits
        per_byte = 8 // bit_depth
        width = -(-w // per_byte) * per_byte
        padded = np.zeros((h, width), dtype=np.uint8)
        padded[:, :w] = flat
        groups = padded.reshape(h, -1, per_byte).astype(np.uint16)
        shifts = (8 - bit_depth * (np.arange(per_byte) + 1)).astype(np.uint16)
        rows = np.bitwise_or.reduce(groups << shifts, axis=2).astype(np.uint8)
    body = np.concatenate([np.zeros((h, 1), np.uint8), rows], axis=1).tobytes()
    parts = [PNG_SIGNATURE,
             _chunk(b"IHDR", struct.pack(">IIBBBBB", w, h, bit_depth, color_type, 0, 0,
                                         0))]
    if palette is not None:
        parts.append(_chunk(b"PLTE", np.asarray(palette, np.uint8).tobytes()))
    if transparency is not None:
        parts.append(_chunk(b"tRNS", transparency))
    if physical is not None:
        parts.append(_chunk(b"pHYs", struct.pack(">IIB", int(physical[0]),
                                                 int(physical[1]), 1)))
    for key, value in (texts or {}).items():
        parts.append(_chunk(b"tEXt", key.encode("latin-1") + b"\0" +
                            str(value).encode("latin-1")))
    parts += [_chunk(b"IDAT", zlib.compress(body, level)), _chunk(b"IEND", b"")]
    folder = os.path.dirname(os.path.abspath(path))
    if not os.path.isdir(folder):
        raise CompatValueError(f"Error opening file. File: {path}")
    with open(path, "wb") as stream:
        stream.write(b"".join(parts))
