"""Writing AVI files (RIFF AVI 1.0 with an ``idx1`` index) frame by frame.

The layout is Microsoft's AVI RIFF reference (the ``avih`` main header, one ``vids``
stream with its ``strh`` header and a BITMAPINFOHEADER ``strf`` format, the ``movi``
list of ``00db`` uncompressed or ``00dc`` compressed frame chunks, the ``idx1`` index of
key frames). Uncompressed frames are device-independent bitmaps: rows bottom-up, each
padded to a multiple of 4 bytes, 24-bit pixels in blue-green-red order, 8-bit pixels
indices into the palette stored after the format header. Compressed frames are whatever
the caller encodes (Motion JPEG: one JPEG image per chunk, FourCC ``MJPG``).

AVI 1.0 offsets are 32-bit: a file stops at 1 GiB here (the OpenDML extension that
larger files need is not written).
"""

from __future__ import annotations

import struct
from fractions import Fraction

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["AviWriter", "dib_rows", "AVI_LIMIT"]

#: the largest file written (RIFF AVI 1.0 without OpenDML)
AVI_LIMIT = 1 << 30

_KEYFRAME = 0x10        # AVIIF_KEYFRAME
_HAS_INDEX = 0x10       # AVIF_HASINDEX
_IS_INTERLEAVED = 0x100


def _chunk(fourcc: bytes, payload: bytes) -> bytes:
    pad = b"\0" if len(payload) % 2 else b""
    return fourcc + struct.pack("<I", len(payload)) + payload + pad


def _list(kind: bytes, payload: bytes) -> bytes:
    return b"LIST" + struct.pack("<I", len(payload) + 4) + kind + payload


def dib_rows(pixels: np.ndarray) -> bytes:
    """A frame as a device-independent bitmap: ``pixels`` (height x width x 3 RGB or
    height x width indices, uint8, row 0 at the top) bottom-up, BGR, rows padded to 4
    bytes."""
    rows = np.ascontiguousarray(pixels[::-1])
    if rows.ndim == 3:
        rows = rows[:, :, ::-1]
    height = rows.shape[0]
    flat = rows.reshape(height, -1)
    pad = (-flat.shape[1]) % 4
    if pad:
        flat = np.concatenate([flat, np.zeros((height, pad), np.uint8)], axis=1)
    return np.ascontiguousarray(flat, dtype=np.uint8).tobytes()


def _rate(frame_rate: float) -> tuple[int, int]:
    """AVI's ``dwRate/dwScale`` for a frame rate (a fraction of 32-bit integers)."""
    rate = Fraction(str(float(frame_rate))).limit_denominator(1_000_000)
    while rate.numerator >= 2 ** 32:
        rate = rate.limit_denominator(max(rate.denominator // 10, 1))
    return rate.numerator, rate.denominator


class AviWriter:
    """One AVI file being written: ``write(frame_bytes)`` per frame, then ``close()``.

    ``compression`` is ``None`` for DIB frames (``bit_count`` 24 or 8, a 256-entry
    ``palette`` of RGB rows for 8 bits) or a FourCC such as ``b"MJPG"``."""

    def __init__(self, path: str, width: int, height: int, frame_rate: float, *,
                 bit_count: int = 24, compression: bytes | None = None,
                 palette: np.ndarray | None = None):
        self.path = path
        self.width, self.height = int(width), int(height)
        self.frame_rate = float(frame_rate)
        self.bit_count = int(bit_count)
        self.compression = compression
        self.palette = palette
        self.index: list[tuple[bytes, int, int]] = []
        self.largest = 0
        self.file = open(path, "wb")
        self.file.write(self._header())
        self.movi_start = self.file.tell() - 4          # where the 'movi' FourCC is
        self.size = self.file.tell()

    def _format(self) -> bytes:
        row = (self.width * self.bit_count // 8 + 3) // 4 * 4
        image_size = row * self.height if self.compression is None else \
            self.width * self.height * 3
        colours = 256 if self.bit_count == 8 else 0
        compression = 0 if self.compression is None else \
            struct.unpack("<I", self.compression)[0]
        header = struct.pack("<IiiHHIIiiII", 40, self.width, self.height, 1,
                             self.bit_count, compression, image_size, 0, 0, colours,
                             colours)
        if colours:
            palette = np.zeros((256, 4), np.uint8)
            given = np.asarray(self.palette, np.uint8).reshape(-1, 3)[:256]
            palette[:len(given), :3] = given[:, ::-1]           # RGBQUAD: blue first
            header += palette.tobytes()
        return header

    def _header(self) -> bytes:
        frames = len(self.index)
        rate, scale = _rate(self.frame_rate)
        per_frame = int(round(1e6 / self.frame_rate))
        bytes_per_second = int(round(self.largest * self.frame_rate))
        avih = struct.pack("<IIIIIIIIII16x", per_frame, bytes_per_second, 0,
                           _HAS_INDEX | _IS_INTERLEAVED, frames, 0, 1, self.largest,
                           self.width, self.height)
        handler = b"DIB " if self.compression is None else self.compression
        strh = struct.pack("<4s4sIHHIIIIIIIIhhhh", b"vids", handler, 0, 0, 0, 0,
                           scale, rate, 0, frames, self.largest, 0xFFFFFFFF, 0,
                           0, 0, self.width, self.height)
        strl = _list(b"strl", _chunk(b"strh", strh) + _chunk(b"strf", self._format()))
        hdrl = _list(b"hdrl", _chunk(b"avih", avih) + strl)
        movi_size = sum(8 + length + length % 2 for _, _, length in self.index)
        riff_size = 4 + len(hdrl) + 12 + movi_size + 8 + 16 * frames
        return (b"RIFF" + struct.pack("<I", riff_size) + b"AVI " + hdrl + b"LIST"
                + struct.pack("<I", movi_size + 4) + b"movi")

    def write(self, payload: bytes) -> None:
        """Append one frame (its bytes: a DIB or one compressed image)."""
        kind = b"00db" if self.compression is None else b"00dc"
        if self.size + 8 + len(payload) + 16 * (len(self.index) + 1) + 8 > AVI_LIMIT:
            raise CompatValueError("the AVI file would pass 1 GiB, the limit of AVI 1.0 "
                                   "files compat writes (no OpenDML index)")
        offset = self.file.tell() - self.movi_start
        self.file.write(_chunk(kind, payload))
        self.size = self.file.tell()
        self.index.append((kind, offset, len(payload)))
        self.largest = max(self.largest, len(payload))

    def close(self) -> None:
        """Write the index and the final header (frame count, sizes)."""
        if self.file is None:
            return
        index = b"".join(struct.pack("<4sIII", kind, _KEYFRAME, offset, length)
                         for kind, offset, length in self.index)
        self.file.write(_chunk(b"idx1", index))
        self.file.seek(0)
        self.file.write(self._header())
        self.file.close()
        self.file = None
