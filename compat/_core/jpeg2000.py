"""JPEG 2000 files as IDL's WRITE_JPEG2000, READ_JPEG2000 and QUERY_JPEG2000 see them,
over Pillow's OpenJPEG codec (the optional extra ``images``).

The header facts come from the codestream's own markers (ITU-T T.800 | ISO/IEC
15444-1, annex A): SIZ (0xFF51) holds the reference grid's size ``Xsiz, Ysiz``, the
image offset ``XOsiz, YOsiz`` and per component ``Ssiz`` (bit 7 signed, depth
``(Ssiz & 0x7F) + 1``); COD (0xFF52) holds the number of quality layers and of wavelet
decomposition levels. A JP2 file (annex I) wraps the codestream in a ``jp2c`` box; a
``pclr`` box in its header is a palette. Arrays here are Python-shaped: rows top to
bottom, ``(h, w)`` or ``(h, w, n)``.
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core import image_files
from compat._core.errors import CompatValueError

__all__ = ["header", "write", "read", "fitting_levels"]

_SOC_SIZ = b"\xff\x4f\xff\x51"
_JP2_SIGNATURE = b"\x00\x00\x00\x0cjP  \r\n\x87\n"


def header(data: bytes) -> dict | None:
    """The SIZ and COD facts of a JP2 file's or raw codestream's bytes, or None when
    they are not JPEG 2000."""
    jp2 = data.startswith(_JP2_SIGNATURE)
    if jp2:
        at = data.find(b"jp2c")
        start = at + 4 if at >= 0 else -1
    else:
        start = 0
    if start < 0 or data[start:start + 4] != _SOC_SIZ or len(data) < start + 44:
        return None
    lsiz = start + 4
    (length, _, xsiz, ysiz, xo, yo, _, _, _, _, ncomp) = struct.unpack_from(
        ">HHIIIIIIIIH", data, lsiz)
    if len(data) < lsiz + 38 + 3 * ncomp:
        return None
    ssiz = [data[lsiz + 38 + 3 * k] for k in range(ncomp)]
    cod = data.find(b"\xff\x52", lsiz + length)
    if cod < 0 or len(data) < cod + 10:
        return None
    layers = struct.unpack_from(">H", data, cod + 6)[0]
    levels = data[cod + 9]
    palette = jp2 and data.find(b"pclr", 0, start) >= 0
    return {"width": xsiz - xo, "height": ysiz - yo, "offset": (xo, yo),
            "components": ncomp, "depths": [(s & 0x7F) + 1 for s in ssiz],
            "signed": [bool(s & 0x80) for s in ssiz], "layers": layers,
            "levels": levels, "palette": bool(palette)}


def fitting_levels(levels: int, height: int, width: int) -> int:
    """The wavelet levels OpenJPEG accepts for an image: at most ``levels`` and at most
    ``floor(log2(min(width, height)))`` (each level halves the smallest side)."""
    side = max(min(height, width), 1)
    return max(0, min(levels, side.bit_length() - 1))


def write(path: str, pixels: np.ndarray, *, reversible: bool, layers: int,
          levels: int, signed: bool) -> None:
    """Write ``pixels`` (uint8 ``(h, w)``/``(h, w, n)``, n = 2..4, or 16-bit ``(h, w)``:
    uint16, or int16 with ``signed``) as a JP2 file. ``layers`` quality layers at
    compression ratios ``2**(layers - 1), ..., 2, 1`` (the last one complete)."""
    Image = image_files.pillow()
    if pixels.dtype == np.int16:
        image = Image.fromarray(np.ascontiguousarray(pixels).view(np.uint16))
    elif pixels.ndim == 3 and pixels.shape[2] == 2:
        image = Image.merge("LA", [Image.fromarray(np.ascontiguousarray(pixels[:, :, k]))
                                   for k in range(2)])
    else:
        image = Image.fromarray(np.ascontiguousarray(pixels))
    rates = [float(2 ** (layers - 1 - k)) for k in range(layers)]
    image_files.save(image, path, "JPEG2000", irreversible=not reversible,
                     quality_mode="rates", quality_layers=rates,
                     num_resolutions=levels + 1, signed=signed, no_jp2=False)


def read(path: str, *, discard: int = 0, layers: int = 0):
    """The pixels of a JPEG 2000 file top to bottom, the palette (``(n, 3)`` uint8 or
    None) and the header; ``discard`` highest resolution levels dropped, at most
    ``layers`` quality layers decoded (0: all). Signed 16-bit samples come back int16."""
    with open(path, "rb") as stream:
        data = stream.read()
    facts = header(data)
    if facts is None:
        raise CompatValueError(f"Unable to read JPEG2000 file: {path}")
    Image = image_files.pillow()
    with Image.open(path) as image:
        if discard:
            if discard > facts["levels"]:
                raise CompatValueError(f"DISCARD_LEVELS {discard} exceeds the "
                                       f"{facts['levels']} wavelet levels of the file")
            image.reduce = discard
        if layers:
            image.layers = layers
            if not discard and image.tile:
                # Pillow passes LAYERS to OpenJPEG only with a reduce; set its tile's
                # (codec, reduce, layers, fd, length) arguments as its load() does
                from PIL import ImageFile
                t = image.tile[0]
                image.tile = [ImageFile._Tile(t[0], t[1], t[2],
                                              (t[3][0], 0, layers, t[3][3], t[3][4]))]
        image.load()
        palette = image_files.palette_of(image)
        pixels = image_files.pixels(image)
    if facts["components"] == 1 and facts["signed"][0] and pixels.dtype == np.uint16:
        # Pillow shifts signed samples by 2**15 into its unsigned mode
        pixels = (pixels.astype(np.int32) - 32768).astype(np.int16)
    return pixels, palette, facts
