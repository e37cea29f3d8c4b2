"""IDL's Windows bitmap routines ``READ_BMP`` and ``WRITE_BMP``, over
:mod:`compat._core.bmp`.

Images use readsav layout: IDL ``[nx, ny]`` is numpy ``(ny, nx)``, a true-colour
``[3, nx, ny]`` is ``(ny, nx, 3)``; row 0 is the bottom row, as IDL displays it and as a
BMP file stores it first.
"""

from __future__ import annotations

import struct

import numpy as np

from compat._core import bmp as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["read_bmp", "write_bmp", "query_bmp"]


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


class ReadBmpResult(Result):
    """READ_BMP's image and its R, G, B output arguments (the file's colour table)."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray


@idl_routine("READ_BMP", output_arguments=("r", "g", "b"))
def read_bmp(file, *, r=False, g=False, b=False, rgb=False):
    """Read a Windows bitmap file, as IDL's ``READ_BMP``.

    IDL call forms::

        Result = READ_BMP(File [, R, G, B] [, /RGB])
                 ->  idl.read_bmp(file [, rgb=True])
                 ->  img, r, g, b = idl.read_bmp(file, r=True, g=True, b=True)

    Parameters
    ----------
    file : str
        The file name.
    r, g, b : bool
        Request the colour table of a 4- or 8-bit file (BYTE, 16 or 256 entries, or
        the file's biClrUsed when smaller). IDL leaves them undefined for 16/24-bit
        files: here they are None.
    rgb : bool
        /RGB: a 16/24-bit image comes back red, green, blue; without it blue, green,
        red (the file's order).

    Returns
    -------
    ndarray, or ReadBmpResult(result, r, g, b) when the colours are requested
        BYTE ``(ny, nx)`` (IDL ``[nx, ny]``) for 4/8-bit files, ``(ny, nx, 3)``
        (IDL ``[3, nx, ny]``) for 16/24-bit ones; row 0 is the file's first (bottom)
        row.

    Notes
    -----
    As IDL's read_bmp.pro (facts only): uncompressed version-3 bitmaps of 4, 8, 16 and
    24 bits; 1-bit and compressed files are refused with IDL's messages ("Can't handle
    monochrome images", "Can't handle compressed images"); 16-bit pixels are 5-5-5,
    each channel's 5 bits moved to the top of the byte. Differences from the naive
    call: ``PIL.Image.open(f)`` returns the rows top row first (``numpy.flipud`` of
    IDL's), 24-bit data as RGB (IDL: BGR unless /RGB) and applies the palette (IDL
    returns indices and the table). The IHDR output (the BITMAPINFOHEADER structure)
    is not provided. Sources: IDL Reference Guide, READ_BMP; Microsoft's bitmap
    storage documentation; goldens in suite ``idl/bmp`` (GDL 1.0.1, whose READ_BMP is
    also run against IDL 8.0's read_bmp.pro there).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.bmp')
    >>> idl.write_bmp(path, np.arange(6, dtype=np.uint8).reshape(2, 3))
    >>> idl.read_bmp(path)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=uint8)
    """
    path = _path(file)
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        raise CompatValueError(f"Can't open (or read){path}") from None
    image, palette = core.read_bmp(data, path, rgb=bool(rgb))
    red, green, blue = palette if palette is not None else (None, None, None)
    return named_result(ReadBmpResult, image, requested(r=(r, red), g=(g, green),
                                                        b=(b, blue)))


@idl_routine("WRITE_BMP")
def write_bmp(file, image, red=None, green=None, blue=None, *, four_bit=False, rgb=False):
    """Write a Windows bitmap file, as IDL's ``WRITE_BMP`` procedure.

    IDL call forms::

        WRITE_BMP, File, Image [, R, G, B] [, /FOUR_BIT] [, /RGB]
                 ->  idl.write_bmp(file, image [, r, g, b] [, four_bit=True]
                                   [, rgb=True])

    Parameters
    ----------
    file : str
        The file name (created or overwritten).
    image : array_like
        ``(ny, nx)`` (IDL ``[nx, ny]``): an 8-bit (or with /FOUR_BIT 4-bit) indexed
        image; ``(ny, nx, 3)`` (IDL ``[3, nx, ny]``): a 24-bit image, channels blue,
        green, red (red, green, blue with /RGB). Values are converted as IDL's BYTE()
        converts them (truncation, wrap-around). Row 0 is the bottom row.
    red, green, blue : array_like, optional
        The colour table of an indexed image (the first 256, or 16, entries are
        written). Not given: IDL writes its current colour table, or loads table 0
        (a grey ramp) when none is loaded; compat has no current colour table and
        writes the grey ramp.
    four_bit : bool
        /FOUR_BIT: 4 bits a pixel, two pixels a byte (values' low 4 bits; a 16-entry
        colour table).
    rgb : bool
        /RGB: the 24-bit image's channels are red, green, blue.

    Notes
    -----
    The file is what IDL's write_bmp.pro writes (facts only): a 14-byte file header, a
    40-byte BITMAPINFOHEADER (resolution, biClrUsed and biClrImportant 0), the colour
    table as blue, green, red, 0, then the rows bottom-up, each padded with zeros to a
    multiple of 4 bytes; IDL's image row 0 is stored first. Differences from the
    naive call: ``PIL.Image.fromarray(a).save(f)`` stores ``a[0]`` as the *top* row,
    takes 24-bit data as RGB, and writes other resolution fields. IHDR= and
    HEADER_DEFINE= are not provided. Sources: IDL Reference Guide, WRITE_BMP;
    Microsoft's bitmap storage documentation; goldens in suite ``idl/bmp`` (the files'
    bytes as GDL 1.0.1 writes them).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'c.bmp')
    >>> img = np.zeros((2, 2, 3), np.uint8); img[..., 2] = 255   # red, BGR order
    >>> idl.write_bmp(path, img)
    >>> os.path.getsize(path), idl.read_bmp(path, rgb=True)[0, 0]
    (70, array([255,   0,   0], dtype=uint8))
    """
    path = _path(file)
    a = idl_array(image, "Image", complex_ok=True)
    palette = None
    if red is not None:
        if green is None or blue is None:
            raise CompatValueError("Variable is undefined: GREEN." if green is None
                                   else "Variable is undefined: BLUE.")
        palette = tuple(idl_array(v, name, complex_ok=False)
                        for v, name in ((red, "RED"), (green, "GREEN"), (blue, "BLUE")))
    data = core.bmp_bytes(a, four_bit=bool(four_bit), palette=palette, rgb=bool(rgb))
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError:
        raise CompatValueError(f"Error writing BMP file: {path}") from None


class QueryBmpResult(Result):
    """QUERY_BMP's status (LONG 1 or 0) and its Info output argument."""

    result: np.int32
    info: object


@idl_routine("QUERY_BMP", output_arguments=("info",))
def query_bmp(file, *, info=False, image_index=None):
    """Whether a file is a bitmap READ_BMP reads (LONG 1) or not (0), as IDL's
    ``QUERY_BMP``.

    ``result = QUERY_BMP(File [, Info])`` -> ``ok = idl.query_bmp(file)``, ``ok, info =
    idl.query_bmp(file, info=True)``. As IDL 8.0's query_bmp.pro (facts only): "BM",
    then a 40-byte BITMAPINFOHEADER read; 1-bit, compressed and other than 4/8/16/24-bit
    files give 0. Info: CHANNELS 1 (4/8-bit) or 3, DIMENSIONS [biWidth, biHeight] as
    stored (LONG), HAS_PALETTE 1 for 4/8-bit, NUM_IMAGES 1, IMAGE_INDEX 0, PIXEL_TYPE 1
    (BYTE) but 2 (INT) for 16-bit files, as IDL's code says (READ_BMP returns BYTE),
    TYPE 'BMP'; LONG 0 when the result is 0. IMAGE_INDEX is ignored. Goldens: suite
    ``idl/bmp_query`` (IDL's query_bmp.pro run in GDL 1.0.1).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'q.bmp')
    >>> idl.write_bmp(path, np.zeros((2, 5, 3), np.uint8))
    >>> ok, info = idl.query_bmp(path, info=True)
    >>> int(ok), info.DIMENSIONS[0].tolist(), int(info.CHANNELS[0])
    (1, [5, 2], 3)
    """
    path = _path(file)
    try:
        with open(path, "rb") as stream:
            data = stream.read(54)
    except OSError:
        data = b""
    kinds = {4: (1, 1, 1), 8: (1, 1, 1), 16: (3, 0, 2), 24: (3, 0, 1)}
    found = None
    if len(data) == 54 and data[:2] == b"BM":
        (_, width, height, _, bits, compression, _, _, _, _,
         _) = struct.unpack_from("<iiihhiiiiii", data, 14)
        if bits in kinds and compression == 0:
            found = (width, height) + kinds[bits]
    status = np.int32(0 if found is None else 1)
    if not info:
        return status
    if found is None:
        return QueryBmpResult(result=status, info=np.int32(0))
    width, height, channels, palette, pixel = found
    fields = [("CHANNELS", np.int32(channels)),
              ("DIMENSIONS", np.array([width, height], dtype=np.int32)),
              ("HAS_PALETTE", np.int16(palette)), ("NUM_IMAGES", np.int32(1)),
              ("IMAGE_INDEX", np.int32(0)), ("PIXEL_TYPE", np.int16(pixel)),
              ("TYPE", "BMP")]
    return QueryBmpResult(result=status, info=build_structure([f[0] for f in fields],
                                                              [f[1] for f in fields]))
