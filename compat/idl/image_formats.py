"""IDL's PGM/PPM files and its format-independent image routines: READ_PPM, WRITE_PPM,
QUERY_PPM, READ_IMAGE, WRITE_IMAGE, QUERY_IMAGE.

PGM/PPM needs no imaging library (:mod:`compat._core.netpbm`); READ_IMAGE and
WRITE_IMAGE hand PNG, JPEG and TIFF files to :mod:`compat.idl.images` (the optional
``compat[images]`` extra). Images are numpy ``(h, w)`` or ``(h, w, n)`` arrays (IDL
``[w, h]`` / ``[n, w, h]``), each format in the row order its IDL reader gives: PPM top
row first, PNG/JPEG/TIFF as READ_PNG/READ_JPEG/READ_TIFF return them.

Sources: IDL Reference Guide (READ_PPM, WRITE_PPM, READ_IMAGE, WRITE_IMAGE,
QUERY_IMAGE); goldens run IDL 8.0's library read_ppm.pro, write_ppm.pro, query_ppm.pro,
read_image.pro and query_image.pro in GDL 1.0.1 (reference_outputs/idl/image_formats).
"""

from __future__ import annotations

import time

import numpy as np

from compat._core import netpbm
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["read_ppm", "write_ppm", "query_ppm", "read_image", "write_image",
           "query_image"]


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


def _bytes(path: str) -> bytes:
    try:
        with open(path, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise CompatValueError(f"Unable to open file: {path} "
                               f"({error.strerror or error})") from None


# ------------------------------------------------------------------------------- PPM
class ReadPpmResult(Result):
    """READ_PPM's image and its MAXVAL output keyword."""

    result: np.ndarray
    maxval: np.int32


@idl_routine("READ_PPM", output_arguments=("maxval",))
def read_ppm(file, *, maxval=False):
    """Read a PGM (gray) or PPM (color) file, as IDL's ``READ_PPM`` procedure.

    IDL call form::

        READ_PPM, File, Image [, MAXVAL=m]   ->  image = idl.read_ppm(file)
                                                 image, m = idl.read_ppm(file, maxval=True)

    Returns
    -------
    numpy.ndarray of uint8, or ReadPpmResult
        ``(h, w)`` for PGM (P2, P5), ``(h, w, 3)`` for PPM (P3, P6; IDL ``[3, w, h]``),
        the top row first as the file stores it (IDL's ORDER=1); MAXVAL the header's
        maximum (LONG).

    Raises
    ------
    ValueError
        The library's 'File "<file>" is not a PGM/PPM file.' (also for the bitmap
        types P1/P4) and "Error occured accessing PGM/PPM file:<file>" (short data).

    Notes
    -----
    As IDL 8.0's read_ppm.pro, every sample is read as one BYTE whatever maxval (a
    16-bit file gives its first bytes) and values are not scaled by maxval.
    ``numpy.asarray(PIL.Image.open(f))`` gives the same rows for 8-bit files.
    """
    path = _path(file)
    image, top = netpbm.read_ppm(_bytes(path), path)
    return named_result(ReadPpmResult, image, requested(maxval=(maxval, np.int32(top))))


@idl_routine("WRITE_PPM")
def write_ppm(file, image, *, ascii=False):
    """Write a PGM or PPM file, as IDL's ``WRITE_PPM`` procedure.

    IDL call form::

        WRITE_PPM, File, Image [, /ASCII]   ->  idl.write_ppm(file, image)

    ``image``: numpy ``(h, w)`` (a PGM) or ``(h, w, 3)`` (a PPM; IDL ``[3, w, h]``),
    written top row first; values 0..255 (other values with /ASCII only). As IDL's
    write_ppm.pro: P5/P6 (P2/P3 with /ASCII, 17 numbers a line), a comment line, and the
    image's *maximum* as maxval (so a dark image is stretched by PPM readers).
    The comment line names compat instead of IDL's version; the rest of the file is
    IDL's byte for byte. Errors: "For binary I/O, Image values must be in the range
    0...255.", "True-color images must be (3,n,m)", "IMAGE parameter must be
    dimensioned (n,m) or (3,n,m)".

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'g.pgm')
    >>> idl.write_ppm(path, np.arange(6, dtype=np.uint8).reshape(2, 3))
    >>> idl.read_ppm(path, maxval=True)
    ReadPpmResult(result=array([[0, 1, 2],
           [3, 4, 5]], dtype=uint8), maxval=np.int32(5))
    """
    a = idl_array(image, "Image", complex_ok=False)
    comment = "# Created by compat (IDL WRITE_PPM) " + time.strftime("%a %b %d %H:%M:%S %Y")
    data = netpbm.ppm_bytes(a, bool(ascii), comment)
    with open(_path(file), "wb") as stream:
        stream.write(data)


class QueryResult(Result):
    """QUERY_*'s status (1 or 0) and its Info output argument."""

    result: np.int32
    info: object


def _ppm_info(path: str):
    try:
        header = netpbm.query_header(_bytes(path))
    except CompatValueError:
        return None
    if header is None or header.kind not in ("2", "3", "5", "6"):
        return None
    names = ["CHANNELS", "DIMENSIONS", "HAS_PALETTE", "NUM_IMAGES", "IMAGE_INDEX",
             "PIXEL_TYPE", "TYPE", "MAXVAL"]
    values = [np.int32(3 if header.kind in ("3", "6") else 1),
              np.array([header.width, header.height], dtype=np.int32), np.int16(0),
              np.int32(1), np.int32(0), np.int16(1), "PPM", np.int32(header.maxval)]
    return build_structure(names, values)


@idl_routine("QUERY_PPM", output_arguments=("info",))
def query_ppm(file, *, info=False, image_index=0):
    """Whether a file is a PGM/PPM file (1) or not (0), as IDL's ``QUERY_PPM``;
    ``info=True`` also returns its Info structure (CHANNELS, DIMENSIONS [w, h],
    HAS_PALETTE, NUM_IMAGES, IMAGE_INDEX, PIXEL_TYPE 1, TYPE 'PPM', MAXVAL) in
    query_ppm.pro's tag order: ``ok, info = idl.query_ppm(f, info=True)``. The header is
    read as IDL 8.0's query_ppm.pro reads it, which is not READ_PPM's way: with the
    whole header on the first line after one blank ('P6 2 2 255') it reports width 0,
    height 2 and maxval 2, as IDL does (:func:`compat._core.netpbm.query_header`)."""
    details = _ppm_info(_path(file))
    status = np.int32(details is not None)
    return named_result(QueryResult, status,
                        requested(info=(info, details if details is not None
                                        else np.int32(0))))


# --------------------------------------------------------------------- generic routines
_MAGIC = ((b"\x89PNG", "PNG"), (b"\xff\xd8", "JPEG"), (b"II*\x00", "TIFF"),
          (b"MM\x00*", "TIFF"), (b"BM", "BMP"), (b"GIF8", "GIF"))


def _format_of(path: str) -> tuple[str | None, object]:
    """(TYPE, Info structure) of an image file compat reads, or (None, None)."""
    from compat.idl import images, tiff_files
    try:
        head = _bytes(path)[:8]
    except CompatValueError:
        return None, None
    kind = next((name for magic, name in _MAGIC if head.startswith(magic)), None)
    if kind is None:
        details = _ppm_info(path)
        return ("PPM", details) if details is not None else (None, None)
    query = {"PNG": images.query_png, "JPEG": images.query_jpeg,
             "TIFF": tiff_files.query_tiff}.get(kind)
    if query is None:
        raise CompatValueError(f"{kind} files are not supported by compat (PNG, JPEG, "
                               "TIFF, PGM/PPM are)")
    ok, details = query(path, info=True)
    return (kind, details) if ok else (None, None)


class QueryImageResult(Result):
    """QUERY_IMAGE's status and the outputs requested."""

    result: np.int32
    info: object
    channels: np.int32
    dimensions: np.ndarray
    has_palette: np.int16
    num_images: np.int32
    pixel_type: np.int16
    type: str


@idl_routine("QUERY_IMAGE", output_arguments=("info",))
def query_image(filename, *, info=False, image_index=0, channels=False, dimensions=False,
                has_palette=False, num_images=False, pixel_type=False, type=False):  # noqa: A002
    """Whether a file is an image compat can read (1) or not (0), as IDL's
    ``QUERY_IMAGE``, with its Info structure and output keywords on request.

    IDL call form::

        Result = QUERY_IMAGE(Filename [, Info] [, CHANNELS=] [, DIMENSIONS=]
                             [, HAS_PALETTE=] [, NUM_IMAGES=] [, PIXEL_TYPE=] [, TYPE=])
        ->  ok, info = idl.query_image(f, info=True)
            r = idl.query_image(f, type=True, dimensions=True); r.type, r.dimensions

    The type is found from the file's content (PNG, JPEG, TIFF, PGM/PPM; IDL also tries
    the suffix first, which finds the same type for a well-named file); BMP and GIF
    files raise (compat does not read them), other files give 0. The Info structure is
    the format's own QUERY_* structure (TYPE 'PNG', 'JPEG', 'TIFF', 'PPM').
    """
    kind, details = _format_of(_path(filename))
    ok = kind is not None

    def field(name):
        return lambda: details[name][0] if ok else np.int32(0)

    return named_result(QueryImageResult, np.int32(ok), requested(
        info=(info, details if ok else np.int32(0)), channels=(channels, field("CHANNELS")),
        dimensions=(dimensions, field("DIMENSIONS")),
        has_palette=(has_palette, field("HAS_PALETTE")),
        num_images=(num_images, field("NUM_IMAGES")),
        pixel_type=(pixel_type, field("PIXEL_TYPE")), type=(type, field("TYPE"))))


class ReadImageResult(Result):
    """READ_IMAGE's image and its Red, Green, Blue output arguments."""

    result: np.ndarray
    red: np.ndarray
    green: np.ndarray
    blue: np.ndarray


@idl_routine("READ_IMAGE", output_arguments=("red", "green", "blue"))
def read_image(filename, *, red=False, green=False, blue=False, image_index=0):
    """Read an image file of any format compat reads, as IDL's ``READ_IMAGE``.

    IDL call forms::

        Result = READ_IMAGE(Filename [, Red, Green, Blue] [, IMAGE_INDEX=n])
        ->  image = idl.read_image(f)
            image, r, g, b = idl.read_image(f, red=True, green=True, blue=True)

    Returns
    -------
    numpy.ndarray, or ReadImageResult
        The image as the format's own reader returns it (:func:`read_ppm` top row first;
        :func:`compat.idl.read_png` / ``read_jpeg`` / ``read_tiff`` in IDL's default
        order), and the palette's columns for Red, Green, Blue (empty BYTE vectors
        without a palette). A file that is not an image gives IDL's "Not a valid image
        file: <file>" message and LONG -1, as read_image.pro; an IMAGE_INDEX beyond the
        file's images gives "Invalid image index: <n>" and -1.
    """
    from compat.idl import images, tiff_files
    path = _path(filename)
    kind, details = _format_of(path)
    index = max(int(image_index), 0)
    if kind is None:
        legacy_warn(f"Not a valid image file: {path.strip()}")
        return np.int32(-1)
    if index >= int(details["NUM_IMAGES"][0]):
        legacy_warn(f"Invalid image index: {index}")
        return np.int32(-1)
    palette = None
    if kind == "PPM":
        image = read_ppm(path)
    elif kind == "JPEG":
        image = images.read_jpeg(path)
    else:
        reader = images.read_png if kind == "PNG" else tiff_files.read_tiff
        extra = {"image_index": index} if kind == "TIFF" else {}
        got = reader(path, r=True, g=True, b=True, **extra)
        image, palette = got[0], got[1:4]
    empty = np.zeros(0, np.uint8)

    def column(k):
        return (lambda: palette[k]) if palette is not None else (lambda: empty)

    return named_result(ReadImageResult, image, requested(
        red=(red, column(0)), green=(green, column(1)), blue=(blue, column(2))))


@idl_routine("WRITE_IMAGE")
def write_image(filename, format, data, red=None, green=None, blue=None, *,  # noqa: A002
                append=False):
    """Write an image file in a named format, as IDL's ``WRITE_IMAGE`` procedure.

    ``WRITE_IMAGE, Filename, Format, Data [, Red, Green, Blue] [, /APPEND]`` ->
    ``idl.write_image(f, 'PNG', data)``: Format 'PNG', 'JPEG', 'TIFF' or 'PPM' (any
    case) goes to :func:`compat.idl.write_png`, ``write_jpeg`` (TRUE from the dimension
    of size 3, as write_image.pro), ``write_tiff`` (with /APPEND) or :func:`write_ppm`;
    BMP, GIF, SRF and JPEG2000 are not supported (``ValueError``). Red, Green, Blue: the
    palette, kept by PNG and TIFF; a 2-D PPM with a palette is written as the true-color
    image the palette gives (write_image.pro).
    """
    from compat.idl import images, tiff_files
    kind = str(format).strip().upper()
    path = _path(filename)
    if kind == "PPM":
        image = idl_array(data, "Data")
        if image.ndim == 2 and red is not None and green is not None and blue is not None:
            # write_image.pro: a palette image becomes true color through the palette
            index = image.astype(np.int64)
            image = np.stack([idl_array(c, "Palette").reshape(-1)[index]
                              for c in (red, green, blue)], axis=-1).astype(np.uint8)
        write_ppm(path, image)
    elif kind == "PNG":
        images.write_png(path, data, red, green, blue)
    elif kind == "JPEG":
        image = idl_array(data, "Data")
        # write_image.pro: the interleave is the dimension of size 3 (IDL's first, second
        # or third: numpy's last, middle or first)
        true = None if image.ndim != 3 else (1 if image.shape[2] == 3 else
                                             2 if image.shape[1] == 3 else 3)
        images.write_jpeg(path, image, true=true)
    elif kind in ("TIFF", "TIF"):
        palette = {} if red is None else {"red": red, "green": green, "blue": blue}
        tiff_files.write_tiff(path, data, append=append, **palette)
    else:
        raise CompatValueError(f"Unsupported image format: {kind} (compat writes PNG, "
                               "JPEG, TIFF, PPM)")
