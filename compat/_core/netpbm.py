"""PGM/PPM (netpbm) image files as IDL's READ_PPM, WRITE_PPM and QUERY_PPM read and write
them (IDL 8.0's library: read_ppm.pro, write_ppm.pro, query_ppm.pro).

Reading follows IDL's line-based header parser: the magic ``P2``/``P3``/``P5``/``P6``,
then width, height and maxval tokens taken from the following text lines with ``#``
comments stripped; the samples start on the line after the one holding maxval (binary:
raw bytes; ASCII: free-format numbers read as IDL's READF reads them into BYTE). Every
sample is one BYTE: IDL 8.0's READ_PPM reads ``width*height`` (x3) bytes whatever maxval
says, so 16-bit files come back as their first bytes, as in IDL. Images come back in
file order, the top row first (IDL's ORDER=1), numpy ``(height, width)`` or ``(height,
width, 3)`` (IDL ``[w, h]`` and ``[3, w, h]``).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_text_input import read_values

__all__ = ["PpmHeader", "read_header", "query_header", "read_ppm", "ppm_bytes"]


class PpmHeader(tuple):
    """(kind '2'/'3'/'5'/'6', width, height, maxval, offset of the samples)."""

    __slots__ = ()

    def __new__(cls, kind, width, height, maxval, offset):
        return tuple.__new__(cls, (kind, width, height, maxval, offset))

    kind = property(lambda self: self[0])
    width = property(lambda self: self[1])
    height = property(lambda self: self[2])
    maxval = property(lambda self: self[3])
    offset = property(lambda self: self[4])


def _lines(data: bytes, start: int):
    """(text of the line, offset after it) from ``start`` on, as READF reads lines."""
    pos = start
    while pos < len(data):
        end = data.find(b"\n", pos)
        stop = len(data) if end < 0 else end + 1
        yield data[pos:(stop if end < 0 else end)].decode("latin-1"), stop
        pos = stop


def _clean(line: str) -> str:
    """read_ppm_next_line.pro: comments and carriage returns removed, blanks compressed."""
    cut = line.find("#")
    if cut >= 0:
        line = line[:cut]
    if line.startswith("\r"):
        line = line[1:]
    if line.endswith("\r"):
        line = line[:-1]
    return " ".join(line.split(" ")).strip() if line.strip() else ""


def read_header(data: bytes) -> PpmHeader | None:
    """The header read as read_ppm.pro reads it, or None when the file does not start
    with 'P' (not a PGM/PPM file)."""
    tokens: list[str] = []
    offset = 0
    for line, after in _lines(data, 0):
        text = " ".join(_clean(line).split())
        if not text:
            continue
        tokens += text.split(" ")
        offset = after
        if len(tokens) >= 4:
            break
    if not tokens or not tokens[0].startswith("P"):
        return None
    magic = tokens[0]
    values = []
    for token in tokens[1:4]:
        try:
            values.append(int(float(token)))
        except ValueError:
            values.append(0)
    while len(values) < 3:
        values.append(0)
    return PpmHeader(magic[1:2], values[0], values[1], values[2], offset)


def _leading_long(token: str) -> int:
    """IDL's LONG() of a header token: its leading integer, 0 when it has none."""
    import re
    m = re.match(r"\s*[+-]?\d+", token)
    return int(m.group()) if m else 0


def query_header(data: bytes) -> PpmHeader | None:
    """The header as query_ppm.pro reads it, which differs from read_ppm.pro: the magic
    is the first two bytes, the rest of the first line is kept as it is (a blank after
    the magic gives an empty first token, so a one-line header 'P6 2 2 255' reads as
    width 0, height 2, maxval 2 in IDL 8.0), and only later lines are cleaned."""
    if len(data) < 2 or data[:1] != b"P":
        return None
    kind = chr(data[1])
    end = data.find(b"\n", 2)
    buffer = data[2:(len(data) if end < 0 else end)].decode("latin-1")
    lines = _lines(data, len(data) if end < 0 else end + 1)
    values = []
    for _ in range(3):
        if len(buffer) <= 0:
            buffer = next((c for c in (_clean(t) for t, _ in lines) if c), "")
            buffer = " ".join(buffer.split())
        white = buffer.find(" ")
        token, buffer = (buffer, "") if white < 0 else (buffer[:white], buffer[white + 1:])
        values.append(_leading_long(token))
    return PpmHeader(kind, values[0], values[1], values[2], 0)


def read_ppm(data: bytes, name: str) -> tuple[np.ndarray, int]:
    """(image, maxval) of a PGM/PPM file's bytes, with read_ppm.pro's errors."""
    header = read_header(data)
    if header is None or header.kind not in ("2", "3", "5", "6"):
        raise CompatValueError(f'File "{name}" is not a PGM/PPM file.')
    channels = 3 if header.kind in ("3", "6") else 1
    shape = (header.height, header.width) + ((3,) if channels == 3 else ())
    count = int(np.prod(shape))
    if header.width <= 0 or header.height <= 0:
        raise CompatValueError(f"Error occured accessing PGM/PPM file:{name}")
    if header.kind in ("5", "6"):
        raw = data[header.offset:header.offset + count]
        if len(raw) < count:
            raise CompatValueError(f"Error occured accessing PGM/PPM file:{name}")
        image = np.frombuffer(raw, dtype=np.uint8).reshape(shape).copy()
    else:
        text = data[header.offset:].decode("latin-1").splitlines()
        try:
            image = read_values(text, [np.zeros(shape, np.uint8)])[0]
        except CompatValueError:
            raise CompatValueError(f"Error occured accessing PGM/PPM file:{name}") from None
    return image, header.maxval


def ppm_bytes(image: np.ndarray, ascii: bool, comment: str) -> bytes:
    """write_ppm.pro's file: magic, the comment line, 'cols rows', the image's maximum
    as maxval, then the samples (bytes, or 17 numbers a line with /ASCII)."""
    if image.size == 0:
        raise CompatValueError("IMAGE parameter must be dimensioned (n,m) or (3,n,m)")
    top, low = image.max(), image.min()
    if not ascii and (low < 0 or top > 255):
        raise CompatValueError("For binary I/O, Image values must be in the range 0...255.")
    if image.ndim == 2:
        rows, cols = image.shape
        kind = 2 if ascii else 5
    elif image.ndim == 3:
        if image.shape[2] != 3:
            raise CompatValueError("True-color images must be (3,n,m)")
        rows, cols = image.shape[:2]
        kind = 3 if ascii else 6
    else:
        raise CompatValueError("IMAGE parameter must be dimensioned (n,m) or (3,n,m)")
    head = f"P{kind}\n{comment}\n{cols} {rows}\n{int(top)}\n".encode("latin-1")
    flat = image.reshape(-1)
    if ascii:
        values = [str(int(v)) for v in flat]
        lines = [" ".join(values[k:k + 17]) + "\n" for k in range(0, len(values), 17)]
        return head + "".join(lines).encode("latin-1")
    return head + flat.astype(np.int64).astype(np.uint8).tobytes()
