"""Macintosh PICT version 2 files as IDL's WRITE_PICT, READ_PICT and QUERY_PICT write
and read them: one 8-bit indexed PackBitsRect picture with its colour table.

The layout (Apple, *Inside Macintosh: Imaging With QuickDraw*, appendix A "Picture
Opcodes", and Technical Note QD 14 "The Macintosh PICT format"; big-endian words): a
512-byte header of zeros, the picture size word (0), the picture frame (top, left,
bottom, right), opcode 0x0011 Version with 0x02 0xFF, 0x0C00 HeaderOp and 24 bytes of
data, 0x001E DefHilite, 0x0001 Clip with a 10-byte rectangular region, 0x0098
PackBitsRect (PixMap, colour table of (index, red, green, blue) words, source and
destination rectangles, transfer mode, then the rows), a pad byte to an even length,
0x00FF OpEndPic. The values IDL puts in the fields, the row order and IDL's own
PackBits variant are facts taken from IDL 8.0's write_pict.pro and read_pict.pro (no
code of theirs is used):

* colour components are ``value * 256`` (the byte in the high half of the word);
  seed 1038, transIndex 0, ctSize ``n - 1``; hRes = vRes = 72 dpi (0x00480000);
* rows narrower than 8 pixels are written unpacked in IDL's memory order (IDL row 0,
  the bottom row, first); wider rows are packed top row first, each preceded by its
  packed length (a byte, or a word for widths over 250);
* the packer starts a run wherever three equal values start and is not already inside
  a run; a run that starts exactly where the previous run ended is sent as literal
  bytes (write_pict.pro compares ``endrun LT runstart``), literals and runs in chunks
  of at most 128;
* the pixels are ``BYTE(image) < BYTE(n - 1)`` (the colour count minus one).
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert

__all__ = ["pict_bytes", "pack_rows", "read_pict", "query_pict"]

_HEADER_OP = bytes([255, 255, 255, 255]) + bytes(20)


def _pack_row(row: np.ndarray) -> bytes:
    """One row packed as write_pict.pro's PackData packs it (without the length)."""
    width = row.size
    v = row.tolist()
    starts = [k for k in range(width - 2) if v[k] == v[k + 1] == v[k + 2]] + [width]
    out = bytearray()
    position, end_run = 0, -1
    for start in starts:
        if not end_run < start:
            continue
        while position < start:
            n = min(start - position, 128)
            out.append(n - 1)
            out.extend(v[position:position + n])
            position += n
        if start != width:
            size = 1
            while start + size < width and v[start + size] == v[start]:
                size += 1
            while size:
                n = min(size, 128)
                out.append((257 - n) & 0xFF)
                out.append(v[start])
                position += n
                end_run = position
                size -= n
    return bytes(out)


def pack_rows(pixels: np.ndarray) -> bytes:
    """The packed rows of a ``(ny, nx)`` BYTE image (IDL row 0 = numpy row 0, the
    bottom): top row first, each with its byte (width <= 250) or word length."""
    ny, nx = pixels.shape
    out = []
    for k in range(ny - 1, -1, -1):
        packed = _pack_row(pixels[k])
        out.append(struct.pack(">H", len(packed)) if nx > 250 else bytes([len(packed)]))
        out.append(packed)
    return b"".join(out)


def _rect(ny: int, nx: int) -> bytes:
    return struct.pack(">4h", 0, 0, ny, nx)


def pict_bytes(image: np.ndarray, palette) -> bytes:
    """The bytes WRITE_PICT writes for a 2-D IDL image (numpy ``(ny, nx)``) and its
    colour table ``(red, green, blue)`` (1-D, equal lengths)."""
    ny, nx = image.shape
    red, green, blue = (np.asarray(c).reshape(-1) for c in palette)
    n = red.size
    frame = _rect(ny, nx)
    colors = np.zeros((n, 4), dtype=np.int64)
    colors[:, 0] = np.arange(n)
    for k, c in enumerate((red, green, blue), start=1):
        colors[:, k] = idl_convert(c, np.int32).astype(np.int64) * 256
    table = (colors & 0xFFFF).astype(">u2").tobytes()
    limit = idl_convert(np.array([n - 1]), np.uint8)[0]
    pixels = np.minimum(idl_convert(image, np.uint8), limit)
    data = pack_rows(pixels) if nx >= 8 else np.ascontiguousarray(pixels).tobytes()
    parts = [bytes(512), struct.pack(">h", 0), frame,
             struct.pack(">H", 0x0011), bytes([2, 255]),
             struct.pack(">H", 0x0C00), _HEADER_OP,
             struct.pack(">H", 0x001E),
             struct.pack(">Hh", 0x0001, 10), frame,
             struct.pack(">H", 0x0098),
             struct.pack(">H", (32768 + nx) & 0xFFFF), frame,
             struct.pack(">hhi", 0, 0, 0),
             struct.pack(">ii", 4718592, 4718592),
             struct.pack(">hhhh", 0, 8, 1, 8),
             struct.pack(">iii", 0, 0, 0),
             struct.pack(">ihh", 1038, 0, n - 1),
             table, frame, frame, struct.pack(">h", 0), data]
    if len(data) % 2:
        parts.append(b"\x00")
    parts.append(struct.pack(">H", 0x00FF))
    return b"".join(parts)


class _Reader:
    def __init__(self, data: bytes):
        self.data, self.at = data, 0

    def take(self, n: int) -> bytes:
        if n < 0 or self.at + n > len(self.data):
            raise EOFError
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def words(self, fmt: str):
        return struct.unpack(">" + fmt, self.take(struct.calcsize(">" + fmt)))


def _unpack(reader: _Reader, width: int, height: int) -> np.ndarray:
    """read_pict.pro's unpacking: rows top first, a count byte >= 128 starts a run of
    ``257 - count`` (128 included), else ``count + 1`` literal bytes."""
    image = np.zeros((height, width), dtype=np.uint8)
    for row in range(height - 1, -1, -1):
        length = reader.words("H")[0] if width > 250 else reader.take(1)[0]
        line = reader.take(length)
        filled, at = 0, 0
        while filled < width:
            if at >= len(line):
                raise CompatValueError(f"error in reading scanline {row}")
            count = line[at]
            at += 1
            if count >= 128:
                n = 257 - count
                if at >= len(line) or filled + n > width:
                    raise CompatValueError(f"error in reading scanline {row}")
                image[row, filled:filled + n] = line[at]
                at += 1
            else:
                n = count + 1
                if at + n > len(line) or filled + n > width:
                    raise CompatValueError(f"error in reading scanline {row}")
                image[row, filled:filled + n] = np.frombuffer(line, np.uint8, n, at)
                at += n
            filled += n
    return image


def read_pict(data: bytes):
    """``(image, (red, green, blue) or None)`` as READ_PICT reads a PICT file's bytes.

    The opcodes read_pict.pro knows are followed (NOP, Clip, Version, DefHilite,
    PackBitsRect, 0x009A with its length, OpEndPic, HeaderOp); it stops at any other.
    Without a PackBitsRect the image is the frame's size of zeros and there is no
    colour table. Colour components are IDL's ``BYTE(INT / 256)`` (truncating INT
    division of the signed word). Rows under 8 bytes wide come back as one BYTE
    vector of ``rowBytes * height`` values in file order, as read_pict.pro returns
    them.
    """
    reader = _Reader(data)
    try:
        reader.take(512)
        reader.words("h")
        top, left, bottom, right = reader.words("4h")
        image = np.zeros((max(bottom - top, 0), max(right - left, 0)), dtype=np.uint8)
        palette = None
        while True:
            opcode = reader.words("h")[0]
            if opcode == 0 or opcode == 30:
                continue
            if opcode == 1:
                if reader.words("h")[0] != 10:
                    break
                reader.words("4h")
            elif opcode == 17:
                reader.take(2)
            elif opcode == 3072:
                reader.take(24)
            elif opcode == 154:
                size = reader.words("h")[0]
                if size > 0:
                    reader.take(size)
                elif size < 0:
                    raise EOFError
            elif opcode == 152:
                (row_bytes, b_top, _, b_bottom, _, _, _, _, _, _, _, _, _, _, _, _,
                 _) = reader.words("5hhhiiihhhhiii")
                row_bytes &= 32767
                _, _, size = reader.words("ihh")
                colors = np.frombuffer(reader.take(8 * (size + 1)), ">i2").astype(
                    np.int64).reshape(size + 1, 4)
                comp = np.trunc(colors / 256).astype(np.int64) & 0xFF
                palette = tuple(comp[:, k].astype(np.uint8) for k in (1, 2, 3))
                reader.words("4h")
                reader.words("4h")
                reader.words("h")
                rows = b_bottom - b_top
                if row_bytes < 8:
                    image = np.frombuffer(reader.take(row_bytes * rows), np.uint8).copy()
                else:
                    image = _unpack(reader, row_bytes, rows)
                break
            else:
                break
    except (EOFError, struct.error, ValueError) as error:
        if isinstance(error, CompatValueError):
            raise
        raise CompatValueError("READU: End of file encountered.") from None
    return image, palette


def query_pict(data: bytes):
    """``(nx, ny)`` when the bytes start as an IDL PICT file (the opcodes Version 2,
    HeaderOp with 0xFF first and 0 fifth, DefHilite, rectangular Clip, then
    PackBitsRect), else None (query_pict.pro's checks)."""
    reader = _Reader(data)
    try:
        reader.take(512)
        reader.words("h")
        top, left, bottom, right = reader.words("4h")
        if reader.words("h")[0] != 17 or reader.take(1)[0] != 2:
            return None
        reader.take(1)
        if reader.words("h")[0] != 3072:
            return None
        header = reader.take(24)
        if header[0] != 255 or header[4] != 0:
            return None
        if reader.words("h")[0] != 30 or reader.words("h")[0] != 1:
            return None
        if reader.words("h")[0] != 10:
            return None
        reader.words("4h")
        if reader.words("h")[0] != 152:
            return None
    except (EOFError, struct.error):
        return None
    return right - left, bottom - top
