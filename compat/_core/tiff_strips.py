"""LZW and PackBits strips for the TIFF images compat writes and reads byte by byte
(:mod:`compat._core.tiff_raw`: DOUBLE, complex, 64-bit, unsigned 32-bit, signed 16-bit,
several 16/32/64-bit channels, planar, 1- and 4-bit samples).

Both schemes work on the bytes of the image's rows whatever the samples are (TIFF 6.0,
section 9: PackBits packs each row on its own; section 13: LZW codes each strip's bytes,
no Predictor here), so the rows are handed to libtiff, through Pillow, as an 8-bit gray
image one row of bytes wide -- the library IDL and GDL write and read TIFF with -- and
its strips (StripOffsets 273, RowsPerStrip 278, StripByteCounts 279) are taken as they
are; reading builds that 8-bit image around the file's strips and lets libtiff decode
it. Nothing here looks at a sample.
"""

from __future__ import annotations

import io
import struct

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.image_files import pillow

__all__ = ["SCHEMES", "compress", "decompress"]

#: TIFF Compression tag -> Pillow's name of the scheme
SCHEMES = {5: "tiff_lzw", 32773: "packbits"}


def compress(rows: np.ndarray, tag: int) -> tuple[list[bytes], int]:
    """``(strips, rows_per_strip)`` of ``rows``, a uint8 ``(h, row_bytes)`` array of an
    image's (or a plane's) rows, compressed with TIFF Compression ``tag`` (5 LZW, 32773
    PackBits) by libtiff."""
    rows = np.ascontiguousarray(rows, dtype=np.uint8)
    if rows.ndim != 2 or not rows.size:
        raise CompatValueError("compressed strips need a non-empty image")
    stream = io.BytesIO()
    pillow().fromarray(rows).save(stream, format="TIFF", compression=SCHEMES[tag])
    data = stream.getvalue()
    with pillow().open(io.BytesIO(data)) as image:
        tags = image.tag_v2
        offsets, counts = tags[273], tags[279]
        per_strip = int(tags.get(278, rows.shape[0]))
    return [data[o:o + c] for o, c in zip(offsets, counts)], per_strip


def decompress(strips: list[bytes], tag: int, height: int, row_bytes: int,
               rows_per_strip: int) -> bytes:
    """The ``height * row_bytes`` bytes of the rows held in ``strips`` (compressed with
    TIFF Compression ``tag``, 5 or 32773, ``rows_per_strip`` rows each), decoded by
    libtiff."""
    if tag not in SCHEMES:
        raise CompatValueError(f"TIFF Compression {tag} is not read here")
    fields = [(256, 4, [row_bytes]), (257, 4, [height]), (258, 3, [8]), (259, 3, [tag]),
              (262, 3, [1]), (273, 4, None), (277, 3, [1]), (278, 4, [rows_per_strip]),
              (279, 4, [len(s) for s in strips])]
    ifd_at = 8
    data_at = ifd_at + 2 + 12 * len(fields) + 4
    offsets, body, at = [], bytearray(), data_at
    extra = bytearray()
    for s in strips:
        offsets.append(at)
        body += s
        at += len(s)
    entries = []
    for code, kind, values in fields:
        values = offsets if values is None else values
        size = 2 if kind == 3 else 4
        packed = struct.pack("<%d%s" % (len(values), "H" if kind == 3 else "I"), *values)
        if len(values) * size <= 4:
            entries.append(struct.pack("<HHI", code, kind, len(values)) + packed.ljust(4, b"\0"))
        else:
            entries.append(struct.pack("<HHII", code, kind, len(values), at + len(extra)))
            extra += packed
    data = (b"II*\0" + struct.pack("<I", ifd_at) + struct.pack("<H", len(entries)) +
            b"".join(entries) + b"\0\0\0\0" + bytes(body) + bytes(extra))
    try:
        with pillow().open(io.BytesIO(data)) as image:
            image.load()
            rows = np.asarray(image, dtype=np.uint8)
    except (OSError, ValueError, SyntaxError) as error:
        raise CompatValueError(f"the compressed strips could not be decoded: {error}") from None
    return rows.tobytes()
