"""Uncompressed baseline TIFF images written and read byte by byte (TIFF 6.0, Adobe
1992: sections 2 (structure), 7-8 (baseline fields), 19 (SampleFormat) and libtiff's
SampleFormat 5/6 for complex samples), for what Pillow does not write or read: sample
types DOUBLE, 64-bit integers, unsigned 32-bit, signed 16-bit, complex, several 16/32-bit
channels, PlanarConfiguration 2 (one plane per channel).

One strip per image (per plane for planar images), no compression, the writer's byte
order little-endian; the reader takes either byte order, classic TIFF only.
"""

from __future__ import annotations

import os
import struct

import numpy as np

from compat._core.errors import CompatValueError

#: TIFF field types -> (struct code, size)
_TYPES = {1: ("B", 1), 2: ("s", 1), 3: ("H", 2), 4: ("I", 4), 5: ("II", 8), 6: ("b", 1),
          7: ("B", 1), 8: ("h", 2), 9: ("i", 4), 10: ("ii", 8), 11: ("f", 4), 12: ("d", 8),
          16: ("Q", 8), 17: ("q", 8)}


def sample_format(dtype: np.dtype) -> int:
    """SampleFormat (tag 339): 1 unsigned, 2 signed, 3 IEEE float, 6 complex float, 5
    complex integer."""
    return {"u": 1, "b": 1, "i": 2, "f": 3, "c": 6}[dtype.kind]


def _field(code: int, kind: int, values) -> tuple:
    if kind == 2:
        data = values.encode("latin-1") + b"\0"
        return code, kind, len(data), data
    if kind == 7:
        data = bytes(values)
        return code, kind, len(data), data
    values = list(values) if isinstance(values, (list, tuple)) else [values]
    if kind in (5, 10):
        parts = []
        for v in values:
            num, den = _rational(float(v))
            parts += [num, den]
        data = struct.pack("<%d%s" % (len(parts), "I" if kind == 5 else "i"), *parts)
        return code, kind, len(values), data
    data = struct.pack("<%d%s" % (len(values), _TYPES[kind][0]), *values)
    return code, kind, len(values), data


def _rational(value: float):
    from fractions import Fraction
    f = Fraction(value).limit_denominator(1 << 16)
    return f.numerator, f.denominator


def image_directory(pixels: np.ndarray, planar: int, photometric: int, bits: int | None = None,
                    extra: dict | None = None, compression: int = 1):
    """``(entries, data)``: the IFD fields and the image bytes of ``pixels`` (numpy
    (h, w) or (h, w, n), native samples; written little-endian); ``compression`` the
    TIFF Compression tag: 1 none, 5 LZW or 32773 PackBits (the rows' bytes coded by
    libtiff, :mod:`compat._core.tiff_strips`)."""
    a = np.asarray(pixels)
    h, w = a.shape[:2]
    n = 1 if a.ndim == 2 else a.shape[2]
    item = a.dtype.itemsize * 8
    if bits in (1, 4) and n == 1:
        packed = _pack_bits(a, bits)
        strips, item = [packed], bits
    else:
        little = a.astype(a.dtype.newbyteorder("<"), copy=False)
        if n > 1 and planar == 2:
            strips = [np.ascontiguousarray(little[:, :, k]).tobytes() for k in range(n)]
        else:
            strips = [np.ascontiguousarray(little).tobytes()]
    per_strip = h
    if compression != 1:
        from compat._core import tiff_strips
        coded = []
        for plane in strips:               # one plane's rows -> that plane's strips
            pieces, per_strip = tiff_strips.compress(
                np.frombuffer(plane, np.uint8).reshape(h, -1), compression)
            coded += pieces
        strips = coded
    fields = [(256, 4, w), (257, 4, h), (258, 3, [item] * n), (259, 3, compression),
              (262, 3, photometric), (277, 3, n), (278, 4, per_strip),
              (279, 4, [len(s) for s in strips]), (284, 3, planar if n > 1 else 1),
              (339, 3, [sample_format(a.dtype)] * n)]
    if n > 1 and photometric == 2 and n > 3 or (photometric == 1 and n > 1):
        fields.append((338, 3, [0] * (n - (3 if photometric == 2 else 1))))
    for code, (kind, value) in (extra or {}).items():
        fields.append((code, kind, value))
    return fields, strips


def _pack_bits(a: np.ndarray, bits: int) -> bytes:
    rows = []
    for row in np.asarray(a, dtype=np.uint8):
        if bits == 1:
            rows.append(np.packbits(row != 0).tobytes())
        else:
            padded = np.zeros(row.size + row.size % 2, np.uint8)
            padded[:row.size] = row & 0x0F
            rows.append((padded[0::2] << 4 | padded[1::2]).astype(np.uint8).tobytes())
    return b"".join(rows)


def _ifd_bytes(fields, strips, start: int) -> tuple[bytes, int]:
    """The bytes of one image placed at file offset ``start``: the strips, the values too
    long for their entry, then the IFD (returned with its offset)."""
    body = bytearray()
    strip_offsets = []
    for s in strips:
        strip_offsets.append(start + len(body))
        body += s
        if len(body) % 2:
            body += b"\0"
    fields = [f for f in fields if f[0] != 273] + [(273, 4, strip_offsets)]
    packed = sorted(_field(code, kind, value) for code, kind, value in fields)
    entries = []
    for code, kind, count, data in packed:
        if len(data) <= 4:
            entries.append(struct.pack("<HHI", code, kind, count) + data.ljust(4, b"\0"))
        else:
            entries.append(struct.pack("<HHII", code, kind, count, start + len(body)))
            body += data
            if len(body) % 2:
                body += b"\0"
    ifd_at = start + len(body)
    body += struct.pack("<H", len(entries)) + b"".join(entries) + struct.pack("<I", 0)
    return bytes(body), ifd_at


def write(path: str, fields, strips, append: bool = False) -> None:
    """Write one image (``image_directory``'s output) as a new little-endian TIFF, or
    add it as the last image of the TIFF at ``path`` (its last IFD's next-IFD offset is
    pointed at the new one)."""
    if append and os.path.exists(path):
        with open(path, "r+b") as stream:
            head = stream.read(8)
            order = {b"II": "<", b"MM": ">"}.get(head[:2])
            if order is None or struct.unpack(order + "H", head[2:4])[0] != 42:
                raise CompatValueError(f"File {path} is not a classic TIFF file.")
            if order == ">":
                raise CompatValueError("Appending to a big-endian TIFF is not supported.")
            stream.seek(0)
            link = _last_link(stream)
            stream.seek(0, os.SEEK_END)
            start = stream.tell() + stream.tell() % 2
            body, ifd_at = _ifd_bytes(fields, strips, start)
            stream.write(b"\0" * (start - stream.tell()) + body)
            stream.seek(link)
            stream.write(struct.pack("<I", ifd_at))
        return
    body, ifd_at = _ifd_bytes(fields, strips, 8)
    with open(path, "wb") as stream:
        stream.write(b"II*\0" + struct.pack("<I", ifd_at) + body)


# --------------------------------------------------------------------------- reading
def _read_ifd(data: bytes, order: str, offset: int) -> tuple[dict, int]:
    count = struct.unpack_from(order + "H", data, offset)[0]
    tags = {}
    for k in range(count):
        code, kind, n = struct.unpack_from(order + "HHI", data, offset + 2 + 12 * k)
        if kind not in _TYPES:
            continue
        fmt, size = _TYPES[kind]
        at = offset + 10 + 12 * k
        if size * n > 4:
            at = struct.unpack_from(order + "I", data, at)[0]
        if kind == 2:
            tags[code] = data[at:at + n].rstrip(b"\0").decode("latin-1")
        elif kind in (5, 10):
            raw = struct.unpack_from(order + "%d%s" % (2 * n, fmt[0]), data, at)
            tags[code] = tuple(raw[i] / raw[i + 1] if raw[i + 1] else 0.0
                               for i in range(0, 2 * n, 2))
        else:
            tags[code] = struct.unpack_from(order + "%d%s" % (n, fmt), data, at)
    following = struct.unpack_from(order + "I", data, offset + 2 + 12 * count)[0]
    return tags, following


def read(path: str, index: int = 0):
    """``(pixels, tags)`` of image ``index`` of a strip TIFF, uncompressed, LZW (without
    a Predictor) or PackBits: pixels numpy
    (h, w) or (h, w, n) (planar images too: channels last), native byte order; tags as
    {code: tuple of values or str}. Raises CompatValueError for what it does not read."""
    with open(path, "rb") as stream:
        data = stream.read()
    order = {b"II": "<", b"MM": ">"}.get(data[:2])
    if order is None or struct.unpack_from(order + "H", data, 2)[0] != 42:
        raise CompatValueError("not a classic TIFF file")
    offset = struct.unpack_from(order + "I", data, 4)[0]
    for _ in range(index):
        _, offset = _read_ifd(data, order, offset)
        if not offset:
            raise EOFError(index)
    tags, _ = _read_ifd(data, order, offset)
    compression = tags.get(259, (1,))[0]
    if compression not in (1, 5, 32773) or 273 not in tags:
        raise CompatValueError("only uncompressed, LZW and PackBits strip images are read "
                               "here")
    if tags.get(317, (1,))[0] != 1:
        raise CompatValueError("LZW with a Predictor is not read here")
    w, h = tags[256][0], tags[257][0]
    n = tags.get(277, (1,))[0]
    bits = tags.get(258, (1,))[0]
    fmt = tags.get(339, (1,))[0]
    planar = tags.get(284, (1,))[0]
    strips = [data[o:o + c] for o, c in zip(tags[273], tags[279])]
    if compression == 1:
        raw = b"".join(strips)
    else:
        from compat._core import tiff_strips
        planes = n if planar == 2 and n > 1 else 1
        row = ((w * bits + 7) // 8 if bits in (1, 4) else
               w * (bits // 8) * (1 if planes > 1 else n))
        per = len(strips) // planes
        rows_per_strip = min(tags.get(278, (h,))[0], h)
        raw = b"".join(tiff_strips.decompress(strips[k * per:(k + 1) * per], compression,
                                              h, row, rows_per_strip)
                       for k in range(planes))
    if bits in (1, 4):
        row = (w * bits + 7) // 8
        packed = np.frombuffer(raw[:row * h], np.uint8).reshape(h, row)
        if bits == 1:
            pixels = np.unpackbits(packed, axis=1)[:, :w]
        else:
            pixels = np.stack([packed >> 4, packed & 0x0F], axis=2).reshape(h, -1)[:, :w]
        return np.ascontiguousarray(pixels), tags
    kind = {1: "u", 2: "i", 3: "f", 5: "c", 6: "c"}.get(fmt)
    if kind is None or fmt == 5:
        raise CompatValueError(f"SampleFormat {fmt} is not read here")
    dtype = np.dtype(order + kind + str(bits // 8))
    flat = np.frombuffer(raw, dtype, count=w * h * n)
    if n == 1:
        pixels = flat.reshape(h, w)
    elif planar == 2:
        pixels = flat.reshape(n, h, w).transpose(1, 2, 0)
    else:
        pixels = flat.reshape(h, w, n)
    return np.ascontiguousarray(pixels, dtype=dtype.newbyteorder("=")), tags


def count_images(path: str) -> int:
    """The number of images (IFDs) in a classic TIFF file."""
    with open(path, "rb") as stream:
        data = stream.read()
    order = {b"II": "<", b"MM": ">"}.get(data[:2])
    if order is None:
        raise CompatValueError("not a classic TIFF file")
    offset, count = struct.unpack_from(order + "I", data, 4)[0], 0
    while offset and count < 65536:
        _, offset = _read_ifd(data, order, offset)
        count += 1
    return count


def _last_link(stream) -> int:
    """The file offset of the last IFD's next-IFD pointer of a little-endian classic
    TIFF opened for reading and writing."""
    head = stream.read(8)
    if head[:4] != b"II*\0":
        raise CompatValueError("Appending is supported to little-endian classic TIFF "
                               "files only.")
    link, offset = 4, struct.unpack("<I", head[4:8])[0]
    while offset:
        stream.seek(offset)
        count = struct.unpack("<H", stream.read(2))[0]
        link = offset + 2 + 12 * count
        stream.seek(link)
        offset = struct.unpack("<I", stream.read(4))[0]
    return link


def append_file(path: str, page: str) -> None:
    """Add the first image of the TIFF file ``page`` as the last image of the TIFF file
    ``path``, its tags and strips copied byte for byte (offsets moved): the images
    already in ``path`` are left as they are (both little-endian classic TIFF)."""
    with open(page, "rb") as stream:
        data = stream.read()
    if data[:4] != b"II*\0":
        raise CompatValueError("Appending is supported to little-endian classic TIFF "
                               "files only.")
    offset = struct.unpack_from("<I", data, 4)[0]
    count = struct.unpack_from("<H", data, offset)[0]
    entries = [struct.unpack_from("<HHI4s", data, offset + 2 + 12 * k) for k in range(count)]
    with open(path, "r+b") as stream:
        link = _last_link(stream)
        stream.seek(0, os.SEEK_END)
        start = stream.tell() + stream.tell() % 2
        body = bytearray()
        sizes = {c: s for c, (_, s) in _TYPES.items()}

        def place(chunk: bytes) -> int:
            at = start + len(body)
            body.extend(chunk)
            if len(body) % 2:
                body.extend(b"\0")
            return at

        table = {}
        for code, kind, n, raw in entries:
            size = sizes.get(kind, 1) * n
            table[code] = (kind, n, raw if size <= 4 else
                           data[struct.unpack("<I", raw)[0]:struct.unpack("<I", raw)[0] + size])
        for offsets_tag, counts_tag in ((273, 279), (324, 325)):
            if offsets_tag not in table:
                continue
            kind, n, raw = table[offsets_tag]
            code = "H" if kind == 3 else "I"
            olds = struct.unpack("<%d%s" % (n, code), raw[:n * struct.calcsize(code)])
            ckind, cn, craw = table[counts_tag]
            ccode = "H" if ckind == 3 else "I"
            counts = struct.unpack("<%d%s" % (cn, ccode), craw[:cn * struct.calcsize(ccode)])
            news = [place(data[o:o + c]) for o, c in zip(olds, counts)]
            table[offsets_tag] = (4, n, struct.pack("<%dI" % n, *news))
        packed = []
        for code in sorted(table):
            kind, n, raw = table[code]
            if len(raw) > 4:
                packed.append(struct.pack("<HHII", code, kind, n, place(raw)))
            else:
                packed.append(struct.pack("<HHI", code, kind, n) + raw.ljust(4, b"\0"))
        ifd_at = start + len(body)
        body.extend(struct.pack("<H", len(packed)) + b"".join(packed) + b"\0\0\0\0")
        stream.seek(0, os.SEEK_END)
        stream.write(b"\0" * (start - stream.tell()) + bytes(body))
        stream.seek(link)
        stream.write(struct.pack("<I", ifd_at))
