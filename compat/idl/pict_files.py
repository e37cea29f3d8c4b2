"""IDL's Macintosh PICT routines ``WRITE_PICT``, ``READ_PICT`` and ``QUERY_PICT``, over
:mod:`compat._core.pict`.

Images use readsav layout: IDL ``[nx, ny]`` is numpy ``(ny, nx)``; row 0 is the bottom
row, as IDL displays it (the file stores the top row first).
"""

from __future__ import annotations

import numpy as np

from compat._core import pict as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["write_pict", "read_pict", "query_pict"]


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


def _read(path: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError:
        raise CompatValueError(f"Error opening file. File: {path}") from None


class ReadPictResult(Result):
    """READ_PICT's image and its R, G, B output arguments (the file's colour table)."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray


class QueryPictResult(Result):
    """QUERY_PICT's status (LONG 1 or 0) and its Info output argument."""

    result: np.int32
    info: object


@idl_routine("WRITE_PICT")
def write_pict(file, image=None, r=None, g=None, b=None):
    """Write a Macintosh PICT (version 2) file, as IDL's ``WRITE_PICT`` procedure.

    IDL call forms::

        WRITE_PICT, File                  ->  idl.write_pict(file)   # the current window
        WRITE_PICT, File, Image           ->  idl.write_pict(file, image)
        WRITE_PICT, File, Image, R, G, B  ->  idl.write_pict(file, image, r, g, b)

    Parameters
    ----------
    file : str
        The file name (created or overwritten).
    image : array_like, optional
        ``(ny, nx)`` (IDL ``[nx, ny]``) indexed image; row 0 is the bottom row. Values
        become BYTE as IDL's BYTE() makes them and are clipped to the last colour
        index (``BYTE(image) < BYTE(n - 1)``). Not given: the current window, as
        TVRD reads it.
    r, g, b : array_like, optional
        The colour table (1-D, equal lengths). Not given: the current colour table
        (TVLCT, /GET), as IDL.

    Notes
    -----
    The bytes are those IDL 8.0's write_pict.pro writes (facts only; the layout is in
    :mod:`compat._core.pict`): one PackBitsRect picture of 8-bit pixels at 72 dpi,
    colour components ``value * 256``, rows of 8 or more pixels packed top row first
    with IDL's PackBits variant, narrower rows unpacked bottom row first. Differences
    from a naive writer: Pillow has no PICT encoder, and a conventional PackBits
    encoder packs some runs that IDL sends as literals (a run starting where another
    ended), so the files differ byte for byte. Sources: IDL Reference Guide,
    WRITE_PICT; Apple, Inside Macintosh: Imaging With QuickDraw, appendix A; goldens
    in suite ``idl/pict`` (IDL 8.0's own write_pict.pro run in GDL 1.0.1).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.pict')
    >>> img = np.array([[0, 1, 2], [3, 4, 5]], np.uint8)
    >>> idl.write_pict(path, img, [0, 50, 100, 150, 200, 250], [0] * 6, [9] * 6)
    >>> os.path.getsize(path)
    696
    >>> idl.read_pict(path).tolist()        # under 8 wide: one vector, as IDL
    [0, 1, 2, 3, 4, 5]
    """
    path = _path(file)
    if image is None:
        from compat.idl.direct_graphics import tvrd
        image = tvrd()
    a = idl_array(image, "IMAGE", complex_ok=True)
    if a.ndim != 2 or a.shape[0] == 1:
        # IDL has no [nx, 1] array (a trailing dimension of 1 is dropped)
        raise CompatValueError("IMAGE must be a two dimensional matrix.")
    if r is None and g is None and b is None:
        from compat._core.direct_graphics import STATE
        table = STATE.table
        palette = (table[:, 0], table[:, 1], table[:, 2])
    elif r is None or g is None or b is None:
        raise CompatValueError("usage: WRITE_PICT, file, [IMAGE], [r,g,b]")
    else:
        palette = tuple(idl_array(v, name, complex_ok=False)
                        for v, name in ((r, "R"), (g, "G"), (b, "B")))
        if any(p.ndim != 1 for p in palette):
            raise CompatValueError("R, G, & B must all be 1D vectors.")
        if not palette[0].size == palette[1].size == palette[2].size:
            raise CompatValueError("R, G, & B must all have the same length.")
    data = core.pict_bytes(a, palette)
    try:
        with open(path, "wb") as stream:
            stream.write(data)
    except OSError:
        raise CompatValueError(f"OPENW: Error opening file. File: {path}") from None


@idl_routine("READ_PICT", output_arguments=("r", "g", "b"))
def read_pict(filename, *, r=False, g=False, b=False):
    """Read a PICT file as IDL's WRITE_PICT writes it, as IDL's ``READ_PICT``.

    IDL call forms::

        READ_PICT, File, Image            ->  image = idl.read_pict(file)
        READ_PICT, File, Image, R, G, B   ->  image, r, g, b = idl.read_pict(
                                                   file, r=True, g=True, b=True)

    Returns
    -------
    ndarray, or ReadPictResult(result, r, g, b) when the colours are requested
        BYTE ``(ny, nx)`` (IDL ``[nx, ny]``), row 0 the bottom row; for a picture
        under 8 pixels wide, a BYTE vector of the rows in file order, as IDL returns
        it. R, G, B: BYTE, one per colour table entry (the high byte of each word,
        IDL's ``BYTE(INT / 256)``).

    Notes
    -----
    As IDL 8.0's read_pict.pro (facts only): the opcodes IDL writes are followed and
    the first PackBitsRect picture is read; the routine "is not intended to read all
    PICT files" (its header). Difference from a general PICT reader: no other opcodes,
    no direct-colour or multi-picture files. Sources: IDL Reference Guide, READ_PICT;
    goldens in suite ``idl/pict``.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'b.pict')
    >>> img = np.tile(np.arange(10, dtype=np.uint8), (2, 1))
    >>> idl.write_pict(path, img, np.arange(16), np.arange(16), np.arange(16))
    >>> bool((idl.read_pict(path) == img).all())
    True
    """
    image, palette = core.read_pict(_read(_path(filename)))
    red, green, blue = palette if palette is not None else (None, None, None)
    return named_result(ReadPictResult, image, requested(r=(r, red), g=(g, green),
                                                         b=(b, blue)))


@idl_routine("QUERY_PICT", output_arguments=("info",))
def query_pict(filename, *, info=False, image_index=None):
    """Whether a file is a PICT file READ_PICT reads (LONG 1) or not (0), as IDL's
    ``QUERY_PICT``.

    ``result = QUERY_PICT(File [, Info])`` -> ``ok = idl.query_pict(file)``,
    ``ok, info = idl.query_pict(file, info=True)``. Info: CHANNELS 1, DIMENSIONS
    LONG [nx, ny], HAS_PALETTE 1, NUM_IMAGES 1, IMAGE_INDEX 0, PIXEL_TYPE 1, TYPE
    'PICT' (IDL 8.0's query_pict.pro: the file must start with the opcodes WRITE_PICT
    writes; IMAGE_INDEX is ignored). Info is LONG 0 when the result is 0.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'q.pict')
    >>> idl.write_pict(path, np.zeros((3, 9), np.uint8), [0, 255], [0, 255], [0, 255])
    >>> ok, info = idl.query_pict(path, info=True)
    >>> int(ok), info.DIMENSIONS[0].tolist()
    (1, [9, 3])
    """
    path = _path(filename)
    try:
        with open(path, "rb") as stream:
            size = core.query_pict(stream.read())
    except OSError:
        size = None
    status = np.int32(1 if size is not None else 0)
    if not info:
        return status
    if size is None:
        return QueryPictResult(result=status, info=np.int32(0))
    fields = [("CHANNELS", np.int32(1)),
              ("DIMENSIONS", np.array(size, dtype=np.int32)),
              ("HAS_PALETTE", np.int16(1)), ("NUM_IMAGES", np.int32(1)),
              ("IMAGE_INDEX", np.int32(0)), ("PIXEL_TYPE", np.int16(1)),
              ("TYPE", "PICT")]
    return QueryPictResult(result=status, info=build_structure([f[0] for f in fields],
                                                               [f[1] for f in fields]))
