"""What IDL's image-file families share (private): the Pillow import, file names, the
image argument, IDL's BYTE() of samples, Pillow images from arrays, and the QUERY_*
Info structure (with QUERY_TIFF's own fields). The routines are in
:mod:`compat.idl.images` (PNG, JPEG) and :mod:`compat.idl.tiff_files` (TIFF).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_files
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import file_name, idl_array
from compat._core.results import Result, requested



def _pil():
    return image_files.pillow()


class QueryResult(Result):
    """QUERY_*'s status (1 or 0) and its Info output argument."""

    result: np.int32
    info: object


def _path(filename) -> str:
    return file_name(filename, "Filename must be a string.")


def _palette(palette, r, g, b) -> dict:
    """The R, G, B output arguments requested: the palette's columns (empty BYTE
    vectors for an image without a palette)."""
    def column(k):
        return palette[:, k].copy() if palette is not None else np.zeros(0, np.uint8)
    return requested(r=(r, lambda: column(0)), g=(g, lambda: column(1)),
                     b=(b, lambda: column(2)))


def _open(path: str, kind: str):
    return image_files.open_image(path, missing=f"Unable to open file: {path}",
                                  invalid=f"File {path} is not a valid {kind} file: "
                                  "{error}")


#: Pillow's image as numpy rows top-to-bottom, IDL's types (16-bit as UINT)
_pixels = image_files.pixels


def _image_array(image) -> np.ndarray:
    a = idl_array(image, "Image")
    if a.ndim == 3 and a.shape[2] not in (1, 2, 3, 4):
        raise CompatValueError("Image must be [w, h] or [n, w, h] with n = 1..4 "
                               "(numpy (h, w) or (h, w, n))")
    if a.ndim not in (2, 3):
        raise CompatValueError("Image must be a 2-D or 3-D array.")
    return a


def _to_byte(a: np.ndarray) -> np.ndarray:
    """IDL's BYTE(): integers modulo 256, floats truncated then modulo 256."""
    if a.dtype == np.uint8:
        return a
    if a.dtype.kind == "f":
        a = np.trunc(np.nan_to_num(a)).astype(np.int64)
    return (a.astype(np.int64) & 0xFF).astype(np.uint8)


def _deep_colour(path: str) -> bool:
    """A 16-bit RGB, RGBA or gray+alpha PNG (what Pillow reads as 8-bit samples)."""
    header = image_files.png_header(path)
    return bool(header) and header["bit_depth"] == 16 and header["color_type"] in (2, 4, 6)


def _pil_image(a: np.ndarray, palette=None):
    Image = _pil()
    if a.ndim == 3 and a.shape[2] == 1:
        a = a[:, :, 0]
    if a.dtype == np.uint16:
        if a.ndim != 2:
            raise CompatValueError("16-bit color images are not supported (Pillow): write "
                                   "BYTE channels or a 16-bit grayscale image")
        return Image.fromarray(np.ascontiguousarray(a, dtype=np.uint16))
    a = np.ascontiguousarray(_to_byte(a))
    if a.ndim == 2:
        if palette is None:
            return Image.fromarray(a)
        image = Image.frombytes("P", (a.shape[1], a.shape[0]), a.tobytes())
        image.putpalette(palette.reshape(-1).tolist())
        return image
    if a.shape[2] == 2:
        return Image.merge("LA", [Image.fromarray(np.ascontiguousarray(a[:, :, k]))
                                  for k in range(2)])
    return Image.fromarray(a)


_save = image_files.save


def _info(image, kind: str, path: str = ""):
    # the tags first: Pillow drops ORIENTATION from tag_v2 once the pixels are loaded
    tiff_tags = dict(image.tag_v2) if kind == "TIFF" else None
    bigtiff = bool(getattr(getattr(image, "tag_v2", None), "_bigtiff", False))
    if kind == "PNG" and _deep_colour(path):
        pixels = image_files.read_png_deep(path)
    else:
        pixels = _pixels(image) if image.mode != "P" else np.asarray(image)
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    frames = getattr(image, "n_frames", 1)
    pairs = [("CHANNELS", np.int32(channels)),
             ("DIMENSIONS", np.array([image.size[0], image.size[1]], dtype=np.int32)),
             ("HAS_PALETTE", np.int16(image.mode == "P")),
             ("IMAGE_INDEX", np.int32(0)),
             ("NUM_IMAGES", np.int32(frames)),
             ("PIXEL_TYPE", np.int16(12 if pixels.dtype == np.uint16 else
                                     3 if pixels.dtype == np.int32 else
                                     4 if pixels.dtype == np.float32 else 1)),
             ("TYPE", kind)]
    if kind == "TIFF":
        pairs += _tiff_fields(tiff_tags, image.size[0], bigtiff)
    return build_structure([p[0] for p in pairs], [p[1] for p in pairs])


def _tiff_fields(tags: dict, width: int, bigtiff: bool):
    """QUERY_TIFF's own Info fields, in GDL 1.0.1's order, from the first image's tags
    (TIFF 6.0 tag numbers); an absent tag gives the value GDL gives: ORIENTATION,
    PLANAR_CONFIG 1, RESOLUTION [1, 1], POSITION [0, 0], UNITS 2 (inches, TIFF 6.0's
    default), TILE_SIZE [width, 1] for a strip image, empty strings."""
    def one(code, default):
        value = tags.get(code, default)
        return value[0] if isinstance(value, tuple) else value

    def text(code):
        value = tags.get(code, "")
        return value if isinstance(value, str) else ""

    tiled = 322 in tags and 323 in tags
    return [("BITS_PER_SAMPLE", np.int32(one(258, 1))),
            ("DESCRIPTION", text(270)),
            ("DOCUMENT_NAME", text(269)),
            ("DATE_TIME", text(306)),
            ("ORIENTATION", np.int32(one(274, 1))),
            ("PLANAR_CONFIG", np.int32(one(284, 1))),
            ("POSITION", np.array([float(one(286, 0.0)), float(one(287, 0.0))],
                                  dtype=np.float32)),
            ("PHOTOMETRIC", np.int32(one(262, 0))),
            ("RESOLUTION", np.array([float(one(282, 1.0)), float(one(283, 1.0))],
                                    dtype=np.float32)),
            ("UNITS", np.int32(one(296, 2))),
            ("TILE_SIZE", np.array([one(322, width), one(323, 1)] if tiled else [width, 1],
                                   dtype=np.int32)),
            ("VERSION", np.int32(43 if bigtiff else 42))]


def _query(filename, info: bool, kind: str, formats: tuple):
    path = _path(filename)
    Image = _pil()
    try:
        with Image.open(path) as image:
            ok = image.format in formats
            details = _info(image, kind, path) if ok else None
    except (OSError, ValueError, SyntaxError):
        ok, details = False, None
    status = np.int32(1 if ok else 0)
    if not info:
        return status
    return QueryResult(result=status, info=details if ok else np.int32(0))
