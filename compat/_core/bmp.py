"""Windows bitmap (.BMP) files as IDL's READ_BMP and WRITE_BMP read and write them:
version-3 headers (BITMAPFILEHEADER 14 bytes, BITMAPINFOHEADER 40 bytes, little
endian), uncompressed 4-, 8-, 16- (read only) and 24-bit rows bottom-up, each padded to
a multiple of 4 bytes (Microsoft, "Bitmap Storage", Windows GDI documentation).

IDL's image row 0 is the bottom row, which is the first row a BMP file stores, so rows
go to and from the file in array order (numpy readsav layout: ``(ny, nx)`` or
``(ny, nx, 3)`` for IDL ``[nx, ny]``/``[3, nx, ny]``).
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert

__all__ = ["bmp_bytes", "read_bmp"]

_FILE = struct.Struct("<2sIHHI")
_INFO = struct.Struct("<IiiHHIIiiII")


def _row_pad(nbytes: int) -> int:
    return ((nbytes + 3) & ~3) - nbytes


def bmp_bytes(image: np.ndarray, *, four_bit: bool = False, palette=None,
              rgb: bool = False) -> bytes:
    """The bytes WRITE_BMP writes for ``image`` (an IDL array, 2-D or ``[3, nx, ny]``).

    ``palette``: ``(red, green, blue)`` IDL arrays or None (a grey ramp, what IDL's
    code loads when no colour table is current); the first up to 16 (/FOUR_BIT) or 256
    entries are written as blue, green, red, 0, the rest zero. Values become BYTE as
    IDL's BYTE() makes them (truncation, wrap).
    """
    shape = image.shape
    if image.ndim < 2:
        raise CompatValueError("Image parameter must have 2 or 3 dimensions.")
    if four_bit:
        ny, nx = shape[0], shape[-1]
        bits, ncolors, per_line = 4, 16, (shape[-1] + 1) // 2
    elif image.ndim == 3 and shape[-1] == 3:
        ny, nx = shape[0], shape[1]
        bits, ncolors, per_line = 24, 0, 3 * shape[1]
    else:
        ny, nx = shape[0], shape[-1]
        bits, ncolors, per_line = 8, 256, shape[-1]
    pad = _row_pad(per_line)
    offset = 14 + 40 + 4 * ncolors
    size_image = (per_line + pad) * ny
    out = [_FILE.pack(b"BM", offset + size_image, 0, 0, offset),
           _INFO.pack(40, nx, ny, 1, bits, 0, size_image, 0, 0, 0, 0)]
    if ncolors:
        if palette is None:
            ramp = np.arange(256, dtype=np.uint8)
            palette = (ramp, ramp, ramp)
        table = np.zeros((ncolors, 4), dtype=np.uint8)
        for column, values in zip((2, 1, 0), palette):
            v = idl_convert(np.asarray(values).reshape(-1), np.uint8)
            n = min(ncolors, v.size)
            table[:n, column] = v[:n]
        out.append(table.tobytes())
    b = idl_convert(image, np.uint8)
    if bits == 4:
        # WRITE_BMP packs columns 2k (high nibble, BYTE shift wraps) and 2k+1 (low)
        flat = b.reshape(ny, -1)
        even = flat[:, 0:2 * (nx // 2):2]
        odd = flat[:, 1:2 * (nx // 2):2]
        packed = ((even.astype(np.uint16) << 4) & 0xFF).astype(np.uint8) + (odd & 15)
        if nx & 1:
            last = ((flat[:, nx - 1:nx].astype(np.uint16) << 4) & 0xFF).astype(np.uint8)
            packed = np.concatenate([packed, last], axis=1)
        rows = packed
    elif bits == 24:
        rows = (b[..., ::-1] if rgb else b).reshape(ny, 3 * nx)
    else:
        rows = b.reshape(ny, -1)
    if pad:
        rows = np.concatenate([rows, np.zeros((ny, pad), dtype=np.uint8)], axis=1)
    out.append(np.ascontiguousarray(rows).tobytes())
    return b"".join(out)


def read_bmp(data: bytes, path: str, *, rgb: bool = False):
    """``(image, (red, green, blue) or None)`` of a BMP file's bytes, as READ_BMP
    returns them: BYTE ``(ny, nx)`` for 4/8-bit files with their colour tables, BYTE
    ``(ny, nx, 3)`` for 16/24-bit ones (blue, green, red unless ``rgb``)."""
    if len(data) < 54 or data[:2] != b"BM":
        raise CompatValueError(f"File {path} is not in bitmap file format")
    _, _, _, _, offset = _FILE.unpack_from(data, 0)
    (_, nx, ny, _, bits, compression, _, _, _, used, _) = _INFO.unpack_from(data, 14)
    if bits == 1:
        raise CompatValueError("Can't handle monochrome images")
    if compression != 0:
        raise CompatValueError("Can't handle compressed images")
    palette = None
    if bits < 16:
        n = 2 ** bits
        if 0 < used < n:
            n = used
        table = np.frombuffer(data, np.uint8, 4 * n, 54).reshape(n, 4)
        palette = (table[:, 2].copy(), table[:, 1].copy(), table[:, 0].copy())
    if bits == 4:
        per_line = nx // 2 + (nx & 1)
    elif bits == 8:
        per_line = nx
    elif bits == 16:
        per_line = 2 * nx
    elif bits == 24:
        per_line = 3 * nx
    else:
        raise CompatValueError(f"Can not handle {bits} bits/pixel")
    stride = per_line + _row_pad(per_line)
    need = offset + stride * (ny - 1) + per_line if ny > 0 else offset
    if len(data) < need:
        raise CompatValueError(f"Can't open (or read){path}")
    raw = np.frombuffer(data, np.uint8, stride * ny - _row_pad(per_line) if ny else 0,
                        offset) if ny else np.zeros(0, np.uint8)
    rows = np.lib.stride_tricks.as_strided(raw, (ny, per_line), (stride, 1)).copy() \
        if ny else np.zeros((0, per_line), np.uint8)
    if bits == 4:
        image = np.zeros((ny, nx), dtype=np.uint8)
        half = nx // 2
        image[:, 0:2 * half:2] = rows[:, :half] >> 4
        image[:, 1:2 * half:2] = rows[:, :half] & 15
        if nx & 1:
            image[:, nx - 1] = rows[:, half] >> 4
    elif bits == 8:
        image = rows
    elif bits == 24:
        image = rows.reshape(ny, nx, 3)
        if rgb:
            image = image[..., ::-1].copy()
    else:
        words = rows.view("<i2").astype(np.int16).reshape(ny, nx)
        # READ_BMP's shifts of the INT words: red = (a >> 7) & 248, green =
        # (a >> 2) & 248, blue = (a << 3) & 248 (IDL's ISHFT of INT: arithmetic)
        red = ((words >> 7) & 248).astype(np.uint8)
        green = ((words >> 2) & 248).astype(np.uint8)
        blue = ((words.astype(np.int32) << 3) & 248).astype(np.uint8)
        planes = (red, green, blue) if rgb else (blue, green, red)
        image = np.stack(planes, axis=-1)
    return np.ascontiguousarray(image), palette
