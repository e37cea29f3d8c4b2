"""GIF files as IDL's WRITE_GIF, READ_GIF and QUERY_GIF write and read them.

The format is CompuServe's *Graphics Interchange Format Version 89a* (1990): a logical
screen descriptor, an optional global colour table, extension blocks (0x21: graphic
control 0xF9, application 0xFF such as NETSCAPE2.0's loop count, comment 0xFE), image
descriptors (0x2C) with an optional local colour table and LZW-compressed indices in
sub-blocks, the trailer 0x3B. LZW (appendix F): variable-length codes from
``min_code_size + 1`` bits, a clear code ``2**min_code_size`` and an end code after it,
codes packed least significant bit first, at most 12 bits (4096 table entries).

The field values and the row order are IDL's, facts from IDL 8.0's write_gif.pro,
read_gif.pro and query_gif.pro (no code of theirs is used): WRITE_GIF writes GIF89a,
screen flags 0xF7 (a global table of 256 entries: the given table padded with its last
entry), the NETSCAPE2.0 block only for REPEAT_COUNT, a graphic control block only when
a delay, transparency, disposal method or user input is set, and the image's last IDL
row first (IDL's row 0 is the bottom of the picture). The LZW data are compat's own
encoder's (IDL's ENCODE_GIF is built in; any conforming encoder's indices decode the
same): a clear code first, codes widened as the table grows, a clear code when the
table is full.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["lzw_encode", "lzw_decode", "screen_bytes", "frame_bytes", "GifReader",
           "count_images"]

TRAILER = b"\x3b"


def lzw_encode(indices: bytes, min_code_size: int = 8) -> bytes:
    """The image data of a GIF: the minimum code size byte, the LZW codes in
    sub-blocks of up to 255 bytes, the zero-length block."""
    clear, end = 1 << min_code_size, (1 << min_code_size) + 1
    width = min_code_size + 1
    table = {bytes([k]): k for k in range(clear)}
    next_code = end + 1
    out = bytearray()
    acc = nbits = 0

    def put(code):
        nonlocal acc, nbits
        acc |= code << nbits
        nbits += width
        while nbits >= 8:
            out.append(acc & 0xFF)
            acc >>= 8
            nbits -= 8

    put(clear)
    prefix = b""
    for k in indices:
        candidate = prefix + bytes([k])
        if candidate in table:
            prefix = candidate
            continue
        put(table[prefix])
        if next_code < 4096:
            table[candidate] = next_code
            next_code += 1
            if next_code > (1 << width) and width < 12:
                width += 1
        else:
            put(clear)
            table = {bytes([j]): j for j in range(clear)}
            next_code, width = end + 1, min_code_size + 1
        prefix = bytes([k])
    if prefix:
        put(table[prefix])
    put(end)
    if nbits:
        out.append(acc & 0xFF)
    blocks = bytearray([min_code_size])
    for at in range(0, len(out), 255):
        chunk = out[at:at + 255]
        blocks.append(len(chunk))
        blocks.extend(chunk)
    blocks.append(0)
    return bytes(blocks)


def lzw_decode(codes: bytes, min_code_size: int, count: int) -> np.ndarray:
    """``count`` indices decoded from the concatenated sub-block bytes ``codes``
    (missing pixels are 0, extra ones dropped)."""
    clear, end = 1 << min_code_size, (1 << min_code_size) + 1
    out = bytearray()
    width = min_code_size + 1
    table = [bytes([k]) for k in range(clear)] + [b"", b""]
    previous = None
    acc = nbits = at = 0
    while len(out) < count:
        while nbits < width and at < len(codes):
            acc |= codes[at] << nbits
            at += 1
            nbits += 8
        if nbits < width:
            break
        code = acc & ((1 << width) - 1)
        acc >>= width
        nbits -= width
        if code == clear:
            table = table[:end + 1]
            width, previous = min_code_size + 1, None
            continue
        if code == end:
            break
        if code < len(table):
            entry = table[code]
            if previous is not None and len(table) < 4096:
                table.append(previous + entry[:1])
        elif previous is not None and code == len(table) < 4096:
            entry = previous + previous[:1]
            table.append(entry)
        else:
            raise CompatValueError("GIF LZW data are corrupt.")
        out.extend(entry)
        previous = entry
        if len(table) == (1 << width) and width < 12:
            width += 1
    pixels = np.zeros(count, dtype=np.uint8)
    n = min(count, len(out))
    pixels[:n] = np.frombuffer(bytes(out[:n]), np.uint8)
    return pixels


def screen_bytes(width: int, height: int, colormap: np.ndarray, background: int,
                 repeat=None) -> bytes:
    """GIF89a header, logical screen (flags 0xF7), the 256-entry global table and the
    NETSCAPE2.0 loop block when ``repeat`` is given (WRITE_GIF's first call)."""
    head = b"GIF89a" + bytes([width & 255, (width // 256) & 255, height & 255,
                              (height // 256) & 255, 0xF7, background & 255, 0])
    head += colormap.tobytes()
    if repeat is not None:
        head += (b"\x21\xff\x0bNETSCAPE2.0\x03\x01" +
                 bytes([repeat & 255, (repeat // 256) & 255, 0]))
    return head


def frame_bytes(pixels: np.ndarray, *, delay: int = 0, transparent: int = -1,
                disposal: int = 0, user_input: bool = False,
                local_map: np.ndarray | None = None) -> bytes:
    """One image: its graphic control block (when any of its fields is set), the image
    descriptor at (0, 0), the local table, the LZW data and the trailer. ``pixels`` is
    the IDL image (numpy ``(h, w)``, row 0 the bottom): stored last row first."""
    height, width = pixels.shape
    out = bytearray()
    if delay or transparent != -1 or disposal > 0 or user_input:
        flags = int(transparent != -1) + (int(bool(user_input)) << 1) + (disposal << 2)
        out += bytes([0x21, 0xF9, 4, flags & 255, delay & 255, (delay // 256) & 255,
                      min(max(transparent, 0), 255), 0])
    out += bytes([0x2C, 0, 0, 0, 0, width & 255, (width // 256) & 255, height & 255,
                  (height // 256) & 255, 0x87 if local_map is not None else 0])
    if local_map is not None:
        out += local_map.tobytes()
    out += lzw_encode(np.ascontiguousarray(pixels[::-1]).tobytes())
    return bytes(out) + TRAILER


class GifReader:
    """A GIF file's bytes read block by block as read_gif.pro reads them."""

    def __init__(self, data: bytes, path: str):
        self.data, self.path, self.at = data, path, 0

    def take(self, n: int) -> bytes:
        if self.at + n > len(self.data):
            raise EOFError
        chunk = self.data[self.at:self.at + n]
        self.at += n
        return chunk

    def byte(self) -> int:
        return self.take(1)[0]

    def sub_blocks(self) -> bytes:
        out = bytearray()
        while True:
            size = self.byte()
            if size == 0:
                return bytes(out)
            out += self.take(size)

    def colour_table(self, bits: int):
        n = 2 ** bits
        table = np.frombuffer(self.take(3 * n), np.uint8).reshape(n, 3)
        return tuple(table[:, k].copy() for k in range(3))


def count_images(data: bytes) -> int | None:
    """QUERY_GIF's image count after the header and global table, or None when the
    blocks cannot be walked (an unknown block or the end of the file first)."""
    reader = GifReader(data, "")
    try:
        flags = data[10]
        reader.at = 13 + (3 * 2 ** ((flags & 0xF) + 1) if flags & 0x80 else 0)
        images = 0
        while True:
            cmd = reader.byte()
            if cmd == 0x3B:
                return images
            if cmd == 0x2C:
                info = reader.take(9)[8]
                if info & 0x80:
                    reader.take(3 * 2 ** ((info & 7) + 1))
                reader.byte()
                reader.sub_blocks()
                images += 1
            elif cmd == 0x21:
                reader.byte()
                reader.sub_blocks()
            else:
                return None
    except (EOFError, IndexError):
        return None
