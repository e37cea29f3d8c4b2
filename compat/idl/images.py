"""IDL's PNG and JPEG files: ``READ_PNG``, ``WRITE_PNG``, ``QUERY_PNG``, ``READ_JPEG``,
``WRITE_JPEG``, ``QUERY_JPEG`` (TIFF: :mod:`compat.idl.tiff_files`).

An optional extra: the files are decoded and encoded by Pillow (``pip install
idl-matlab-compat[images]``), imported only when one of these routines runs; without it
they raise ``ImportError`` saying so.

Layouts (IDL Reference Guide, READ_PNG, READ_JPEG; readsav layout here, numpy shape =
IDL dimensions reversed):

* a grayscale image is IDL ``[w, h]``: numpy ``(h, w)``; a pixel-interleaved color image
  IDL ``[3, w, h]`` (``[2, ...]`` gray+alpha, ``[4, ...]`` RGBA): numpy ``(h, w, 3)``.
* PNG and JPEG rows are IDL's bottom-to-top order: the first row of the array is the
  bottom of the picture (IDL's display origin), unless /ORDER asks for top-to-bottom;
  writing flips the same way.
* types: 8-bit samples BYTE, 16-bit PNG samples UINT.
"""

from __future__ import annotations

import numpy as np

from compat._core import image_files
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result
from compat.idl._image_files import (_deep_colour, _image_array, _open, _palette, _path,
                                     _pil_image, _pixels, _query, _save, _to_byte)

__all__ = ["read_png", "write_png", "query_png", "read_jpeg", "write_jpeg", "query_jpeg"]


class ReadPngResult(Result):
    """READ_PNG's image and its R, G, B output arguments (the palette)."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray


# ----------------------------------------------------------------------------------- PNG
@idl_routine("READ_PNG", output_arguments=("r", "g", "b"))
def read_png(filename, *, r=False, g=False, b=False, order=False, verbose=False,
             transparent=None):
    """Read a PNG file, as IDL's ``READ_PNG`` function.

    IDL call forms::

        image = READ_PNG(file)             ->  image = idl.read_png(file)
        image = READ_PNG(file, r, g, b)    ->  image, r, g, b = idl.read_png(
                                                   file, r=True, g=True, b=True)
        image = READ_PNG(file, /ORDER)     ->  idl.read_png(file, order=True)

    Returns
    -------
    numpy.ndarray, or ReadPngResult(result, r, g, b)
        BYTE (UINT for 16-bit gray) ``(h, w)`` for gray or palette images (the indices;
        R, G, B the palette), ``(h, w, n)`` for n = 2, 3, 4 channels (IDL ``[n, w, h]``).
        The first row is the bottom of the picture unless /ORDER.

    Notes
    -----
    IDL Reference Guide, READ_PNG: "ORDER: Set this keyword to indicate that the rows of
    the image should be read from bottom to top. The rows are read from top to bottom
    by default" -- in IDL's display convention, where row 0 of an array is drawn at the
    bottom; a PNG's first stored row is the top of the picture, so the default result
    has the top of the picture in its last row. TRANSPARENT is not supported (Pillow's
    palette transparency differs). Difference from ``numpy.asarray(PIL.Image.open(f))``:
    that array's first row is the top of the picture.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'g.png')
    >>> image = np.arange(6, dtype=np.uint8).reshape(2, 3)
    >>> idl.write_png(path, image)                          # doctest: +SKIP
    >>> bool((idl.read_png(path) == image).all())           # doctest: +SKIP
    True
    """
    if transparent is not None:
        raise CompatValueError("TRANSPARENT is not supported")
    path = _path(filename)
    image = _open(path, "PNG")
    palette = None
    if _deep_colour(path):
        # 16-bit colour: Pillow keeps only the high bytes; IDL returns UINT samples
        pixels = image_files.read_png_deep(path)
        pixels = np.ascontiguousarray(pixels if order else pixels[::-1])
        return named_result(ReadPngResult, pixels, _palette(None, r, g, b))
    if image.mode == "P":
        raw = image.getpalette() or []
        palette = np.array(raw, dtype=np.uint8).reshape(-1, 3)
    elif image.mode == "PA":
        image = image.convert("RGBA")
    pixels = _pixels(image)
    if not order:
        pixels = pixels[::-1]
    pixels = np.ascontiguousarray(pixels)
    return named_result(ReadPngResult, pixels, _palette(palette, r, g, b))


@idl_routine("WRITE_PNG")
def write_png(filename, image, r=None, g=None, b=None, *, order=False, verbose=False,
              transparent=None, compression=None, xresolution=None, yresolution=None,
              buffer=None):
    """Write a PNG file, as IDL's ``WRITE_PNG`` procedure.

    ``WRITE_PNG, file, image [, R, G, B] [, /ORDER]`` -> ``idl.write_png(file, image)``.
    ``image``: ``(h, w)`` gray, or ``(h, w, n)`` with n = 2 (gray+alpha), 3 (RGB), 4
    (RGBA) channels (IDL ``[n, w, h]``). IDL Reference Guide, WRITE_PNG: "If Image is one
    of the integer data types, it is converted to type unsigned integer (UINT) and
    written out at 16 data bits per channel. All other data types are converted to
    bytes and written out at 8-bits per channel" -- so BYTE gives 8-bit samples; INT,
    UINT, LONG, ULONG, LONG64, ULONG64 give 16-bit samples of IDL's UINT() (the value
    modulo 65536: INT -3 is 65533, LONG 70000 is 4464) for every channel count; FLOAT
    and DOUBLE are converted as IDL's BYTE(). The first row is written as the bottom of
    the picture unless /ORDER. R, G, B: a palette for a 2-D image, an indexed 8-bit PNG
    ("all input data types (including integer) are converted to bytes"). Difference
    from ``PIL.Image.fromarray(a).save(f)``: that writes the first row at the top and
    cannot write 16-bit colour (the 16-bit files are written by
    ``compat._core.image_files.write_png``). Golden suite idl/image_writers: GDL 1.0.1's
    16-bit RGB and RGBA files decode to the same samples.

    ``WRITE_PNG, file, idx, R, G, B, TRANSPARENT=[k, ...]`` -> ``idl.write_png(file,
    idx, r, g, b, transparent=[k])``: the listed palette indices are transparent (IDL
    Reference Guide, WRITE_PNG: for BYTE indexed-color images "an optional palette may
    be stored in the image file along with a list of pixel values which are to be
    considered transparent"; READ_PNG's page: "If an 8-bit, single-channel image has
    index values marked as 'transparent,' these can be retrieved as well"), written as a
    tRNS chunk holding one alpha per palette entry, 0 for the listed indices and 255 for
    the others (PNG specification 11.3.2.1);
    TRANSPARENT needs R, G, B and a 2-D image. COMPRESSION=level: zlib's level 0..9 (the
    page: "WRITE_PNG uses zlib's default compression level of 6"); the samples are the
    same at every level. XRESOLUTION=x, YRESOLUTION=y: a pHYs chunk in pixels per metre
    (unit 1), converted from pixels per inch, round(x / 0.0254); one of them alone gives
    square pixels. Unsettled: the page's keyword text was not at hand; pixels per inch is
    inferred from IDL's own iTools PNG writer (``idlitwritepng__define.pro``, IDL 8.0),
    which passes the same RESOLUTION to XRESOLUTION/YRESOLUTION as its TIFF writer
    passes to WRITE_TIFF's XRESOL (``XRESOL=pixels/inch``). /VERBOSE is accepted and
    prints nothing; BUFFER is not supported. GDL 1.0.1 has no COMPRESSION, XRESOLUTION
    or YRESOLUTION keyword and writes TRANSPARENT as an RGBA file (golden suite
    idl/image_file_keywords records these as divergent).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'c.png')
    >>> idl.write_png(path, [[[0, 1000, 70000]]])     # LONG [3, 1, 1]: 16-bit UINT()
    >>> idl.read_png(path).tolist()
    [[[0, 1000, 4464]]]
    """
    if buffer is not None:
        raise CompatValueError("BUFFER is not supported")
    level = 6 if compression is None else int(compression)
    if not 0 <= level <= 9:
        raise CompatValueError("COMPRESSION must be 0 to 9 (zlib's levels).")
    dpi = None
    if xresolution is not None or yresolution is not None:
        x = float(xresolution if xresolution is not None else yresolution)
        y = float(yresolution if yresolution is not None else xresolution)
        if not (x > 0 and y > 0) or not np.isfinite(x + y):
            raise CompatValueError("XRESOLUTION and YRESOLUTION must be positive.")
        dpi = (x, y)
    a = _image_array(image)
    if not order:
        a = a[::-1]
    palette = None
    if r is not None or g is not None or b is not None:
        if r is None or g is None or b is None or a.ndim != 2:
            raise CompatValueError("R, G and B must all be given, with a 2-D image")
        palette = np.stack([_to_byte(idl_array(c, "Palette")).ravel()
                            for c in (r, g, b)], axis=1)
    elif transparent is not None:
        raise CompatValueError("TRANSPARENT is written for a 2-D image with R, G, B "
                               "(an indexed PNG).")
    options = {"compress_level": level}
    if dpi is not None:
        options["dpi"] = dpi
    if palette is not None and transparent is not None:
        alpha = np.full(len(palette), 255, np.uint8)
        indices = np.ravel(idl_array(transparent, "TRANSPARENT")).astype(np.int64)
        if indices.size and (indices.min() < 0 or indices.max() >= len(palette)):
            raise CompatValueError(f"TRANSPARENT values must be palette indices "
                                   f"0..{len(palette) - 1}.")
        alpha[indices] = 0
        options["transparency"] = alpha.tobytes()
    if palette is None and a.dtype.kind in "iu" and a.dtype != np.uint8:
        # IDL's UINT() of an integer type: the value modulo 65536, 16-bit samples
        samples = (a.astype(np.int64) & 0xFFFF).astype(np.uint16)
        if samples.ndim == 3 and samples.shape[2] == 1:
            samples = samples[:, :, 0]
        channels = 1 if samples.ndim == 2 else samples.shape[2]
        physical = None if dpi is None else tuple(int(v / 0.0254 + 0.5) for v in dpi)
        image_files.write_png(_path(filename), samples, bit_depth=16,
                              color_type={1: 0, 2: 4, 3: 2, 4: 6}[channels],
                              level=level, physical=physical)
        return
    _save(_pil_image(a, palette), _path(filename), "PNG", **options)


@idl_routine("QUERY_PNG", output_arguments=("info",))
def query_png(filename, *, info=False):
    """Whether a file is a PNG (1) or not (0), as IDL's ``QUERY_PNG``; ``info=True`` also
    returns the Info structure (CHANNELS, DIMENSIONS [w, h], HAS_PALETTE, IMAGE_INDEX,
    NUM_IMAGES, PIXEL_TYPE 1 BYTE / 12 UINT, TYPE 'PNG'; IDL Reference Guide,
    QUERY_IMAGE's fields): ``ok, info = idl.query_png(f, info=True)``."""
    return _query(filename, info, "PNG", ("PNG",))


# ---------------------------------------------------------------------------------- JPEG
_TRUE_AXES = {1: (0, 1, 2), 2: (0, 2, 1), 3: (2, 0, 1)}


@idl_routine("READ_JPEG")
def read_jpeg(filename, *, true=None, order=False, grayscale=False, unit=None,
              colors=None, two_pass_quantize=False, dither=None, buffer=None):
    """Read a JPEG file, as IDL's ``READ_JPEG`` procedure (Python returns the image).

    ``READ_JPEG, file, image [, TRUE=1|2|3] [, /ORDER] [, /GRAYSCALE]`` ->
    ``image = idl.read_jpeg(file, true=1, order=False, grayscale=False)``.

    Returns a BYTE array: ``(h, w)`` for a grayscale file or with /GRAYSCALE; color as
    IDL ``[3, w, h]`` (TRUE=1, the default: numpy ``(h, w, 3)``), ``[w, 3, h]`` (TRUE=2:
    ``(h, 3, w)``) or ``[w, h, 3]`` (TRUE=3: ``(3, h, w)``). The first row is the bottom
    of the picture unless /ORDER (IDL Reference Guide, READ_JPEG, ORDER). COLORS
    (color quantization) and UNIT are not supported. The decoder is Pillow's libjpeg, the
    IJG library IDL uses, so the pixel values agree with IDL's for baseline files.
    """
    if colors is not None or unit is not None or buffer is not None:
        raise CompatValueError("COLORS, UNIT and BUFFER are not supported")
    image = _open(_path(filename), "JPEG")
    if grayscale and image.mode != "L":
        image = image.convert("L")
    elif image.mode not in ("L", "RGB"):
        image = image.convert("RGB")
    pixels = np.asarray(image)
    if not order:
        pixels = pixels[::-1]
    if pixels.ndim == 3:
        interleave = 1 if true is None else int(true)
        if interleave not in _TRUE_AXES:
            raise CompatValueError("TRUE must be 1, 2 or 3.")
        pixels = np.transpose(pixels, _TRUE_AXES[interleave])
    return np.ascontiguousarray(pixels)


@idl_routine("WRITE_JPEG")
def write_jpeg(filename, image, *, order=False, progressive=False, quality=75, true=None,
               unit=None):
    """Write a JPEG file, as IDL's ``WRITE_JPEG`` procedure.

    ``WRITE_JPEG, file, image [, QUALITY=75] [, TRUE=1|2|3] [, /ORDER] [,
    /PROGRESSIVE]`` -> ``idl.write_jpeg(file, image, quality=75, ...)``. ``image``: a
    2-D grayscale array, or a color array interleaved as TRUE says (numpy ``(h, w, 3)``
    for TRUE=1, ``(h, 3, w)`` for 2, ``(3, h, w)`` for 3); converted as IDL's BYTE(); the
    first row is the bottom of the picture unless /ORDER. QUALITY 0..100 (IDL's default
    75), the IJG encoder's setting. Every type is converted as IDL's BYTE() (IDL
    Reference Guide, WRITE_JPEG: "Input data is converted to bytes before being written
    to a JPEG file"; a UINT image is not refused). Golden suite idl/image_writers: the
    grayscale pixels GDL 1.0.1 writes at QUALITY 75 decode to the same values.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'g.jpg')
    >>> idl.write_jpeg(path, np.full((8, 8), 300, np.uint16))    # BYTE(300) is 44
    >>> int(idl.read_jpeg(path)[0, 0])
    44
    """
    if unit is not None:
        raise CompatValueError("UNIT is not supported")
    a = idl_array(image, "Image")
    if a.ndim == 3:
        interleave = 1 if true is None else int(true)
        if interleave not in _TRUE_AXES:
            raise CompatValueError("TRUE must be 1, 2 or 3.")
        a = np.transpose(a, np.argsort(_TRUE_AXES[interleave]))
        if a.shape[2] != 3:
            raise CompatValueError("Image must have 3 channels in the TRUE dimension.")
    elif a.ndim != 2:
        raise CompatValueError("Image must be a 2-D or 3-D array.")
    if not order:
        a = a[::-1]
    q = int(np.clip(int(quality), 0, 100))
    _save(_pil_image(_to_byte(a)), _path(filename), "JPEG", quality=q,
          progressive=bool(progressive))


@idl_routine("QUERY_JPEG", output_arguments=("info",))
def query_jpeg(filename, *, info=False):
    """Whether a file is a JPEG (1) or not (0), as IDL's ``QUERY_JPEG`` (Info as
    :func:`query_png`, TYPE 'JPEG')."""
    return _query(filename, info, "JPEG", ("JPEG", "MPO"))
