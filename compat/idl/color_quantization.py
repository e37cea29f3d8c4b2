"""IDL's COLOR_QUAN: a TrueColor image to a pseudo-colour image and its palette
(core :mod:`compat._core.color_quantization`).
"""

from __future__ import annotations

import numpy as np

from compat._core import color_quantization as core
from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["color_quan"]


class ColorQuanResult(Result):
    """COLOR_QUAN's image, its R, G, B output arguments and the ERROR keyword."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray
    error: np.floating


def _bytes(value, name):
    a = idl_array(value, name, complex_ok=False)
    if a.dtype.kind in "USO":
        raise CompatValueError(f"{name} must be numeric, not text")
    return idl_convert(a, np.uint8)              # IDL's BYTE(): truncate, wrap mod 256


def _interleaved(image, dim):
    """The ``(ny, nx, 3)`` pixels of an IDL ``[3,m,n]``, ``[m,3,n]`` or ``[m,n,3]``
    image (Dim 1, 2, 3), numpy layout ``(n, m, 3)``, ``(n, 3, m)``, ``(3, n, m)``."""
    a = _bytes(image, "Image")
    d = idl_array(dim, "Dim", scalar=True)
    if d.dtype.kind not in "iuf" or float(d) not in (1.0, 2.0, 3.0):
        raise CompatValueError(f"Dim must be 1, 2 or 3: {d}")
    d = int(d)
    if a.ndim != 3 or a.shape[3 - d] != 3:
        raise CompatValueError(f"Image must be a 3-D array with 3 channels in its "
                               f"dimension {d} (Dim)")
    return np.moveaxis(a, 3 - d, 2)


@idl_routine("COLOR_QUAN", output_arguments=("r", "g", "b"))
def color_quan(image, dim, blue=None, *, r=False, g=False, b=False, colors=None,
               cube=None, dither=False, error=False, get_translation=None,
               map_all=False, translation=None):
    """Quantize a TrueColor image to a pseudo-colour image and palette, as IDL's
    COLOR_QUAN function.

    IDL call forms::

        Result = COLOR_QUAN(Image, Dim, R, G, B [, COLORS=n] [, CUBE={2..6}]
                            [, /DITHER] [, ERROR=e])
                 ->  idl.color_quan(image, 1, r=True, g=True, b=True, colors=128)
        Result = COLOR_QUAN(Image_R, Image_G, Image_B, R, G, B, ...)
                 ->  idl.color_quan(red, green, blue, r=True, g=True, b=True)

    Parameters
    ----------
    image, dim : array_like, int
        The image and the IDL dimension holding the three colours (1: ``[3, m, n]``,
        numpy ``(n, m, 3)``; 2: ``[m, 3, n]``; 3: ``[m, n, 3]``, numpy ``(3, n, m)``).
        In the three-plane form the first three arguments are the red, green and blue
        planes (arrays of one shape). Values are taken as IDL's BYTE() of them
        (truncated, modulo 256): the documentation asks for 0..255.
    r, g, b : bool
        Request the palette (BYTE vectors, one entry per colour made).
    colors : int
        COLORS=: at most this many colours, 2..256 (default 256, IDL's default
        being the device's colours, !D.TABLE_SIZE = 256 here).
    cube : int
        CUBE=: use the fixed colour cube of ``cube**3`` colours (2..6) instead of
        median cut, always with error diffusion; COLORS is then ignored.
    dither : bool
        /DITHER: Floyd-Steinberg error diffusion when mapping to the palette.
    error : bool
        ERROR=: request the quantization error, the mean over the pixels of the
        squared RGB distance between a pixel and its palette colour (FLOAT).
    get_translation, map_all, translation
        Not supported: they raise ``CompatValueError`` (no scanned real program
        uses them).

    Returns
    -------
    ndarray or ColorQuanResult(result, r, g, b, error)
        BYTE indices, the image's shape without its colour dimension.

    Notes
    -----
    IDL's reference page (COLOR_QUAN) names the methods but not every detail:
    method 1 is "a variation of the Median Cut Algorithm" (Heckbert 1982), the
    colours "mapped to the nearest output color" with optional Floyd-Steinberg
    dithering; method 2 (CUBE) "divides the three-dimensional color space into
    equal-volume cubes ... sampled to this color space using Floyd-Steinberg
    dithering". compat's choices where the page is silent, so results may differ from
    IDL's in palette order and in the colours of images with more distinct colours
    than COLORS: the box with the most pixels is split at its weighted median across
    its longest side, box colours are pixel-weighted means; an image with at most
    COLORS distinct colours is reproduced exactly. The cube's levels are
    ``round(255 k / (CUBE - 1))``, red varying fastest; diffusion runs in raster
    order. The naive ``PIL.Image.quantize`` uses a different median cut (and returns
    rows top first, numpy's order here is IDL's). GDL 1.0.1's COLOR_QUAN (ImageMagick's
    quantizer, at most 32 colours, UINT result, CUBE ignored) returns a single-colour
    palette on this machine: see the divergences of golden suite ``idl/color_quantization``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> img = np.zeros((2, 3, 3), np.uint8)          # IDL [3, 3, 2]
    >>> img[:, 1] = [255, 0, 0]; img[1, 2] = [0, 0, 255]
    >>> q = idl.color_quan(img, 1, r=True, g=True, b=True)
    >>> q.result
    array([[0, 1, 0],
           [0, 1, 2]], dtype=uint8)
    >>> np.stack([q.r, q.g, q.b], axis=1).tolist()     # black, red, blue
    [[0, 0, 0], [255, 0, 0], [0, 0, 255]]
    """
    if get_translation is not None or translation is not None or map_all:
        raise CompatValueError("GET_TRANSLATION, MAP_ALL and TRANSLATION are not "
                               "supported")
    if blue is None:
        pixels = _interleaved(image, dim)
        shape = pixels.shape[:2]
    else:
        planes = [_bytes(v, n) for v, n in ((image, "Image_R"), (dim, "Image_G"),
                                             (blue, "Image_B"))]
        if not planes[0].shape == planes[1].shape == planes[2].shape:
            raise CompatValueError("Image_R, Image_G and Image_B must have the same "
                                   "dimensions")
        shape = planes[0].shape
        pixels = np.stack([p.reshape(-1) for p in planes], axis=1)
        pixels = pixels.reshape(1, -1, 3)
    pixels = np.ascontiguousarray(pixels)
    if cube is not None and cube is not False:
        c = idl_array(cube, "CUBE", scalar=True)
        if c.dtype.kind not in "iuf" or not 2 <= float(c) <= 6:
            raise CompatValueError(f"CUBE must be 2 to 6: {c}")
        indices, palette = core.cube_quantize(pixels, int(c))
    else:
        n = 256 if colors is None else idl_array(colors, "COLORS", scalar=True)
        if colors is not None and (n.dtype.kind not in "iuf" or not 2 <= float(n) <= 256):
            raise CompatValueError(f"COLORS must be 2 to 256: {n}")
        indices, palette = core.quantize(pixels, int(n), dither=bool(dither))
    out = indices.reshape(shape)
    return named_result(ColorQuanResult, out, requested(
        r=(r, palette[:, 0].copy()), g=(g, palette[:, 1].copy()),
        b=(b, palette[:, 2].copy()),
        error=(error, lambda: np.float32(core.squared_error(pixels, indices, palette)))))
