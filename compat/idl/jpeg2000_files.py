"""IDL's JPEG 2000 routines ``WRITE_JPEG2000``, ``READ_JPEG2000`` and
``QUERY_JPEG2000``, over :mod:`compat._core.jpeg2000` (Pillow's OpenJPEG codec; IDL
uses Kakadu through its ``IDLffJPEG2000`` object, which is out of scope here).

Images use readsav layout: IDL ``[w, h]`` is numpy ``(h, w)``, IDL ``[n, w, h]`` is
numpy ``(h, w, n)``; row 0 is the bottom of the picture unless /ORDER (a JPEG 2000
codestream stores the top row first).
"""

from __future__ import annotations

import numpy as np

from compat._core import jpeg2000 as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["write_jpeg2000", "read_jpeg2000", "query_jpeg2000"]


def _path(filename) -> str:
    return file_name(filename, "File must be a string.")


def _count(value, name: str, default: int) -> int:
    if value is None:
        return default
    return int(np.ravel(idl_array(value, name, complex_ok=False))[0])


def _to_byte(a: np.ndarray) -> np.ndarray:
    """IDL's BYTE(): integers modulo 256, floats truncated then modulo 256."""
    if a.dtype.kind == "f":
        a = np.trunc(np.nan_to_num(a, nan=0.0, posinf=0.0, neginf=0.0))
    return (a.astype(np.int64) & 0xFF).astype(np.uint8)


@idl_routine("WRITE_JPEG2000")
def write_jpeg2000(filename, image=None, red=None, green=None, blue=None, *,
                   n_layers=None, n_levels=None, order=False, reversible=None):
    """Write a JPEG 2000 (JP2) file, as IDL's ``WRITE_JPEG2000`` procedure.

    IDL call forms::

        WRITE_JPEG2000, File, Image                ->  idl.write_jpeg2000(file, image)
        WRITE_JPEG2000, File, Image, /REVERSIBLE   ->  idl.write_jpeg2000(file, image,
                                                           reversible=True)
        WRITE_JPEG2000, File, Image, N_LAYERS=n, N_LEVELS=m, /ORDER

    Parameters
    ----------
    filename : str
        The file to create (overwritten).
    image : array_like
        IDL ``[w, h]`` (numpy ``(h, w)``) or ``[n, w, h]`` (numpy ``(h, w, n)``, n = 1..4
        here). BYTE is written as 8-bit components, INT as signed and UINT as unsigned
        16-bit ones (one component); any other numeric type goes through IDL's BYTE()
        as IDL's write_jpeg2000.pro does. LONG, ULONG, LONG64, ULONG64 (IDL's 24-bit
        components) are refused: Pillow's writer has no 24-bit mode.
    red, green, blue : array_like, optional
        A palette for a one-component image; IDL requires a power-of-two length
        <= 256 ("Red, green, blue must have length n, where n is a power of two <=
        256."). Checked as IDL does, then refused: Pillow's writer has no palette box.
    n_layers : int, optional
        Quality layers (default 1). Layer ``k`` of ``n`` is cut at compression ratio
        ``2**(n - 1 - k)``; the last layer is complete.
    n_levels : int, optional
        Wavelet decomposition levels, 0..15 (default 5), lowered to what the image's
        smaller side allows (``floor(log2(min(w, h)))``; OpenJPEG refuses more);
        QUERY_JPEG2000 reports the levels written.
    order : bool
        /ORDER: row 0 of ``image`` is the top of the picture.
    reversible : bool, optional
        Nonzero: reversible (5/3 wavelet, lossless) compression. **IDL's default is
        irreversible** (9/7 wavelet, lossy: a round trip changes some pixels by a few
        levels), unlike ``PIL.Image.save(f, 'JPEG2000')`` whose default is reversible.

    Notes
    -----
    Facts from IDL 8.0's write_jpeg2000.pro (its bit depths, signs, palette check and
    defaults) and the IDL Reference Guide pages WRITE_JPEG2000 and IDLffJPEG2000; the
    compressed bytes are OpenJPEG's, not Kakadu's, so files differ from IDL's byte for
    byte while a reversible file decodes to the same pixels. GDL 1.0.1 has no JPEG 2000
    routines, so no clone goldens exist; the tests check round trips bit for bit and
    the header against ITU-T T.800's SIZ/COD fields.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.jp2')
    >>> img = np.arange(48, dtype=np.uint8).reshape(6, 8)
    >>> idl.write_jpeg2000(path, img, reversible=True, n_layers=3)
    >>> bool((idl.read_jpeg2000(path) == img).all())
    True
    """
    if image is None:
        raise CompatValueError("Incorrect number of arguments.")
    path = _path(filename)
    a = idl_array(image, "Image", complex_ok=False)
    if a.ndim not in (2, 3):
        raise CompatValueError("Image must be a two or three-dimensional array.")
    if a.dtype.kind in "iu" and a.dtype.itemsize >= 4:
        raise CompatValueError("LONG, ULONG, LONG64 and ULONG64 images (24-bit "
                               "components) are not supported (Pillow): write BYTE, "
                               "INT or UINT")
    if a.ndim == 3:
        if a.shape[2] == 1:
            a = a[:, :, 0]
        elif a.shape[2] > 4:
            raise CompatValueError(f"{a.shape[2]} components are not supported (Pillow): "
                                   "write 1 to 4 (numpy (h, w, n))")
    sixteen = a.dtype in (np.int16, np.uint16)
    if sixteen and a.ndim == 3:
        raise CompatValueError("16-bit images of several components are not supported "
                               "(Pillow): write BYTE components or one INT/UINT one")
    if not sixteen:
        a = _to_byte(a)
    nr = 0 if red is None else np.size(red)
    if a.ndim == 2 and nr and nr == np.size(green) == np.size(blue):
        if nr not in (2, 4, 8, 16, 32, 64, 128, 256):
            raise CompatValueError("Red, green, blue must have length n, where n is a "
                                   "power of two <= 256.")
        raise CompatValueError("a Red, Green, Blue palette is not supported: Pillow's "
                               "JPEG 2000 writer has no palette (pclr) box")
    layers = _count(n_layers, "N_LAYERS", 1)
    levels = _count(n_levels, "N_LEVELS", 5)
    if layers < 1:
        raise CompatValueError("N_LAYERS must be a positive integer.")
    if not 0 <= levels <= 15:
        raise CompatValueError("N_LEVELS must be in the range 0...15.")
    if a.size == 0:
        raise CompatValueError("Image must be a two or three-dimensional array.")
    levels = core.fitting_levels(levels, a.shape[0], a.shape[1])
    rows = a if order else a[::-1]
    core.write(path, rows, reversible=bool(reversible), layers=layers, levels=levels,
               signed=a.dtype == np.int16)


class ReadJpeg2000Result(Result):
    """READ_JPEG2000's image and its Red, Green, Blue output arguments."""

    result: np.ndarray
    red: np.ndarray
    green: np.ndarray
    blue: np.ndarray


@idl_routine("READ_JPEG2000", output_arguments=("red", "green", "blue"))
def read_jpeg2000(filename, *, red=False, green=False, blue=False, discard_levels=None,
                  max_layers=None, order=False, region=None):
    """Read a JPEG 2000 file, as IDL's ``READ_JPEG2000`` function.

    IDL call forms::

        image = READ_JPEG2000(File)                 ->  idl.read_jpeg2000(file)
        image = READ_JPEG2000(File, r, g, b)        ->  image, r, g, b = idl.read_jpeg2000(
                                                            file, red=True, green=True,
                                                            blue=True)
        image = READ_JPEG2000(File, DISCARD_LEVELS=d, MAX_LAYERS=m, REGION=[x, y, w, h],
                              /ORDER)

    Returns
    -------
    numpy.ndarray, or ReadJpeg2000Result(result, red, green, blue)
        BYTE (UINT, or INT for signed 16-bit components) ``(h, w)`` for one component,
        ``(h, w, n)`` for n components (IDL ``[n, w, h]``); row 0 is the bottom of the
        picture unless /ORDER. Red, Green, Blue: the palette's columns (empty BYTE
        vectors when the file has none).

    Notes
    -----
    DISCARD_LEVELS drops that many highest resolution levels (each halves the size,
    rounding up; more than the file's levels is an error); MAX_LAYERS decodes at most
    that many quality layers (0: all); REGION ``[StartX, StartY, Width, Height]`` is in
    the full image's coordinates counted from its top-left corner as the codestream
    stores it, and is scaled by ``2**DISCARD_LEVELS``; compat decodes the whole
    (reduced) image and cuts the region out. Facts from IDL 8.0's read_jpeg2000.pro and
    the IDL Reference Guide; decoding is OpenJPEG's (IDL: Kakadu), so lossy files may
    decode to slightly different pixels. Difference from
    ``numpy.asarray(PIL.Image.open(f))``: that array's first row is the top.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'r.jp2')
    >>> rgb = np.zeros((4, 6, 3), np.uint8); rgb[0, :, 0] = 255   # bottom row red
    >>> idl.write_jpeg2000(path, rgb, reversible=True)
    >>> out = idl.read_jpeg2000(path)
    >>> out.shape, out[0, 0].tolist(), idl.read_jpeg2000(path, order=True)[-1, 0].tolist()
    ((4, 6, 3), [255, 0, 0], [255, 0, 0])
    """
    path = _path(filename)
    discard = _count(discard_levels, "DISCARD_LEVELS", 0)
    layers = _count(max_layers, "MAX_LAYERS", 0)
    if discard < 0 or layers < 0:
        raise CompatValueError("DISCARD_LEVELS and MAX_LAYERS must not be negative.")
    try:
        pixels, palette, _ = core.read(path, discard=discard, layers=layers)
    except OSError:
        raise CompatValueError(f"Unable to read JPEG2000 file: {path}") from None
    if region is not None:
        box = np.ravel(idl_array(region, "REGION", complex_ok=False))
        if box.size != 4:
            raise CompatValueError("REGION must be a four-element vector "
                                   "[StartX, StartY, Width, Height].")
        x, y, w, h = (int(v) for v in box)
        if x < 0 or y < 0 or w < 1 or h < 1:
            raise CompatValueError("REGION is outside the image.")
        scale = 2 ** discard
        x0, y0 = x // scale, y // scale
        x1, y1 = -(-(x + w) // scale), -(-(y + h) // scale)
        if x1 > pixels.shape[1] or y1 > pixels.shape[0]:
            raise CompatValueError("REGION is outside the image.")
        pixels = pixels[y0:y1, x0:x1]
    pixels = np.ascontiguousarray(pixels if order else pixels[::-1])

    def column(k):
        return palette[:, k].copy() if palette is not None else np.zeros(0, np.uint8)
    return named_result(ReadJpeg2000Result, pixels,
                        requested(red=(red, lambda: column(0)),
                                  green=(green, lambda: column(1)),
                                  blue=(blue, lambda: column(2))))


class QueryJpeg2000Result(Result):
    """QUERY_JPEG2000's status (LONG 1 or 0) and its Info output argument."""

    result: np.int32
    info: object


@idl_routine("QUERY_JPEG2000", output_arguments=("info",))
def query_jpeg2000(filename, *, info=False, image_index=None):
    """Whether a file is a JPEG 2000 file (LONG 1) or not (0), as IDL's
    ``QUERY_JPEG2000``.

    ``result = QUERY_JPEG2000(File [, Info])`` -> ``ok = idl.query_jpeg2000(f)``,
    ``ok, info = idl.query_jpeg2000(f, info=True)``. Info's fields, as IDL 8.0's
    query_jpeg2000.pro builds them (facts only): CHANNELS (LONG components),
    DIMENSIONS (LONG [w, h]), HAS_PALETTE (BYTE: the .pro's ``gt``), NUM_IMAGES 1,
    IMAGE_INDEX 0, PIXEL_TYPE (LONG under its ``compile_opt idl2``: 1 up to 8 bits,
    2/12 signed/unsigned up to 16 bits, 3/13 above), TYPE 'JPEG2000', N_LAYERS and
    N_LEVELS (the codestream's COD marker; INT here, the object's property type is not
    documented), OFFSET (LONG [x, y], the SIZ marker's image offset). Info is LONG 0 when
    the result is 0. IMAGE_INDEX is ignored, as IDL ignores it.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'q.jp2')
    >>> idl.write_jpeg2000(path, np.zeros((40, 50), np.uint16), n_layers=2)
    >>> ok, info = idl.query_jpeg2000(path, info=True)
    >>> int(ok), info.DIMENSIONS[0].tolist(), int(info.PIXEL_TYPE[0])
    (1, [50, 40], 12)
    >>> int(info.N_LAYERS[0]), int(info.N_LEVELS[0])
    (2, 5)
    """
    path = _path(filename)
    try:
        with open(path, "rb") as stream:
            facts = core.header(stream.read())
    except OSError:
        facts = None
    status = np.int32(0 if facts is None else 1)
    if not info:
        return status
    if facts is None:
        return QueryJpeg2000Result(result=status, info=np.int32(0))
    depth, signed = max(facts["depths"]), max(facts["signed"])
    pixel_type = 1 if depth <= 8 else (3 if signed else 13) if depth > 16 else (
        2 if signed else 12)
    fields = [("CHANNELS", np.int32(facts["components"])),
              ("DIMENSIONS", np.array([facts["width"], facts["height"]], np.int32)),
              ("HAS_PALETTE", np.uint8(facts["palette"])),
              ("NUM_IMAGES", np.int32(1)), ("IMAGE_INDEX", np.int32(0)),
              ("PIXEL_TYPE", np.int32(pixel_type)), ("TYPE", "JPEG2000"),
              ("N_LAYERS", np.int16(facts["layers"])),
              ("N_LEVELS", np.int16(facts["levels"])),
              ("OFFSET", np.array(facts["offset"], np.int32))]
    return QueryJpeg2000Result(result=status, info=build_structure(
        [f[0] for f in fields], [f[1] for f in fields]))
