"""IDL's TIFF files: ``READ_TIFF``, ``WRITE_TIFF``, ``QUERY_TIFF`` (PNG and JPEG:
:mod:`compat.idl.images`).

An optional extra: the files are decoded and encoded by Pillow (``pip install
idl-matlab-compat[images]``), imported only when one of these routines runs, except the
sample types and layouts Pillow cannot write or read (DOUBLE, COMPLEX, LONG64, 1- and
4-bit, planar), which :mod:`compat._core.tiff_raw` writes and reads as TIFF 6.0
uncompressed files, and the GeoTIFF tags (:mod:`compat._core.geotiff`).

Layouts (IDL Reference Guide, READ_TIFF, WRITE_TIFF; readsav layout here, numpy shape =
IDL dimensions reversed): a grayscale image is IDL ``[w, h]``: numpy ``(h, w)``; a
pixel-interleaved image IDL ``[n, w, h]``: numpy ``(h, w, n)``. TIFF keeps the file's
scan order (WRITE_TIFF: "Image should be in top to bottom scan line order"); READ_TIFF
returns the ORIENTATION tag. Types: 8-bit samples BYTE, 16-bit UINT (INT with
SampleFormat 2), 32-bit LONG/ULONG and FLOAT, 64-bit DOUBLE, LONG64, ULONG64, COMPLEX,
DCOMPLEX.
"""

from __future__ import annotations

import builtins
import os
import shutil

import numpy as np

from compat._core import geotiff as geotiff_tags
from compat._core import tiff_raw
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested
from compat.idl._image_files import (QueryResult, _image_array, _palette, _path, _pil,
                                     _pil_image, _pixels, _query, _save, _tiff_fields,
                                     _to_byte)

__all__ = ["read_tiff", "write_tiff", "query_tiff"]


class ReadTiffResult(Result):
    """READ_TIFF's image and its R, G, B, ORIENTATION, PLANARCONFIG, GEOTIFF, DOT_RANGE,
    ICC_PROFILE and PHOTOSHOP outputs."""

    result: np.ndarray
    r: np.ndarray
    g: np.ndarray
    b: np.ndarray
    orientation: np.int32
    planarconfig: np.int32
    geotiff: object
    dot_range: object
    icc_profile: object
    photoshop: object


class QueryTiffResult(Result):
    """QUERY_TIFF's status, its Info output argument and its GEOTIFF output."""

    result: np.int32
    info: object
    geotiff: object


# ---------------------------------------------------------------------------------- TIFF
#: the transposition that undoes Pillow's upright turn for each TIFF Orientation tag
_UNDO_ORIENTATION = {2: 0, 3: 3, 4: 1, 5: 5, 6: 2, 7: 6, 8: 4}
@idl_routine("READ_TIFF", output_arguments=("r", "g", "b"))
def read_tiff(filename, *, r=False, g=False, b=False, image_index=0, orientation=False,
              planarconfig=False, interleave=None, channels=None, sub_rect=None,
              verbose=False, geotiff=False, dot_range=False, icc_profile=False,
              photoshop=False):
    """Read a TIFF image, as IDL's ``READ_TIFF`` function.

    ``image = READ_TIFF(file, ORIENTATION=o, IMAGE_INDEX=k)`` -> ``image, o =
    idl.read_tiff(file, orientation=True, image_index=k)``.

    The image in the file's scan order (the first row is the first stored row; the
    ORIENTATION output is the TIFF tag, 1 when absent); gray ``(h, w)``, pixel-interleaved
    color ``(h, w, n)`` (IDL ``[n, w, h]``; INTERLEAVE=1 gives ``(h, n, w)``, 2 gives
    ``(n, h, w)``); BYTE, UINT (16-bit), LONG or FLOAT by the samples; a palette image's
    indices with R, G, B the palette. SUB_RECT ``[x, y, w, h]`` crops (x, y from the
    first stored row and column); CHANNELS picks channels. PLANARCONFIG is the file's
    PlanarConfiguration tag; without INTERLEAVE a planar (PLANARCONFIG 2) image comes
    back image-interleaved, IDL ``[w, h, n]`` = numpy ``(n, h, w)`` (IDL: without
    INTERLEAVE the result has the interleaving of the image read). Uncompressed strip
    images Pillow does not read -- DOUBLE, complex (SampleFormat 6), 64-bit and unsigned
    32-bit integers, signed 16-bit, several 16/32/64-bit channels, planar images, 1- and
    4-bit gray -- are read by compat itself (``compat._core.tiff_raw``; 1- and 4-bit
    samples as BYTE 0..1 / 0..15). GEOTIFF=g -> ``geotiff=True``: the image's
    GeoTIFF tags and keys as IDL's structure (see :func:`geotiff_structure`), LONG 0
    when it has none (GDL 1.0.1's value).

    DOT_RANGE=d, ICC_PROFILE=p, PHOTOSHOP=s (IDL Reference Guide, READ_TIFF syntax:
    ``DOT_RANGE=variable``, ``ICC_PROFILE=variable``, ``PHOTOSHOP=variable``) ->
    ``dot_range=True``...: the image's TIFF 6.0 DotRange (tag 336) as INT, the values
    WRITE_TIFF's ``DOT_RANGE=intarray`` writes; its ICC profile (tag 34675) and its
    Photoshop image resource block (tag 34377) as BYTE arrays, the tags' bytes as
    stored; LONG 0 for a tag the image does not have (GDL 1.0.1's value for every
    image: it accepts the keywords but returns 0 even when the tags are there -- golden
    suite idl/image_file_keywords records that divergence).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'o.tif')
    >>> idl.write_tiff(path, np.arange(6, dtype=np.uint8).reshape(2, 3), orientation=4)
    >>> image, o = idl.read_tiff(path, orientation=True)
    >>> image.tolist(), int(o)
    ([[0, 1, 2], [3, 4, 5]], 4)
    """
    path = _path(filename)
    Image = _pil()
    raw = None
    try:
        image = Image.open(path)
        image.seek(int(image_index))
        tag = int(image.tag_v2.get(274, 1)) if hasattr(image, "tag_v2") else 1
        all_tags = dict(image.tag_v2) if hasattr(image, "tag_v2") else {}
        if _raw_layout(all_tags):
            raw = tiff_raw.read(path, int(image_index))
        else:
            image.load()
    except FileNotFoundError:
        raise CompatValueError(f"Unable to open file: {path}") from None
    except EOFError:
        raise CompatValueError(f"IMAGE_INDEX {image_index} is out of range.") from None
    except (OSError, SyntaxError) as error:
        # samples Pillow does not open (complex, 64-bit integers): compat's own reader
        try:
            raw = tiff_raw.read(path, int(image_index))
        except EOFError:
            raise CompatValueError(f"IMAGE_INDEX {image_index} is out of range.") from None
        except Exception:
            raise CompatValueError(f"File {path} is not a valid TIFF file: {error}") from None
    palette = None
    planar = 1
    if raw is not None:
        pixels, all_tags = raw
        tag = int(all_tags.get(274, (1,))[0])
        planar = int(all_tags.get(284, (1,))[0])
    else:
        if tag in _UNDO_ORIENTATION and image.size:
            # Pillow turns the picture upright by the tag; IDL returns the stored order
            image = image.transpose(_UNDO_ORIENTATION[tag])
        if image.mode == "P":
            palette = np.array(image.getpalette() or [], dtype=np.uint8).reshape(-1, 3)
        pixels = _pixels(image)
        if image.mode == "I":
            pixels = pixels.astype(np.int32)
    if sub_rect is not None:
        x, y, w, h = (int(v) for v in np.ravel(sub_rect)[:4])
        pixels = pixels[y:y + h, x:x + w]
    if channels is not None and pixels.ndim == 3:
        pixels = pixels[:, :, np.ravel(channels).astype(int)]
    if interleave is None:
        interleave = 2 if planar == 2 else 0
    if pixels.ndim == 3 and int(interleave) in (1, 2):
        pixels = np.transpose(pixels, (0, 2, 1) if int(interleave) == 1 else (2, 0, 1))
    pixels = np.ascontiguousarray(pixels)
    return named_result(ReadTiffResult, pixels, {
        **_palette(palette, r, g, b),
        **requested(orientation=(orientation, lambda: np.int32(tag)),
                    planarconfig=(planarconfig, np.int32(planar)),
                    geotiff=(geotiff, lambda: geotiff_structure(all_tags)),
                    dot_range=(dot_range, lambda: _tag_values(all_tags, 336, np.int16)),
                    icc_profile=(icc_profile,
                                 lambda: _tag_values(all_tags, 34675, np.uint8)),
                    photoshop=(photoshop,
                               lambda: _tag_values(all_tags, 34377, np.uint8)))})


def _tag_values(tags: dict, code: int, dtype):
    """A tag's values as a ``dtype`` vector (bytes of an UNDEFINED tag as they are
    stored: Pillow gives bytes or a tuple of bytes, compat's reader a tuple of ints), or
    LONG 0 when the image has no such tag."""
    value = tags.get(code)
    if value is None:
        return np.int32(0)
    if isinstance(value, bytes):
        return np.frombuffer(value, np.uint8).astype(dtype)
    if isinstance(value, tuple) and value and isinstance(value[0], bytes):
        return np.frombuffer(b"".join(value), np.uint8).astype(dtype)
    values = value if isinstance(value, tuple) else (value,)
    return np.array([int(v) for v in values], dtype=np.int64).astype(dtype)


def _raw_layout(tags: dict) -> bool:
    """Whether an image's samples are read by compat's own reader: strip images
    (uncompressed, LZW without a Predictor, PackBits) whose samples Pillow does not
    deliver as IDL's types."""
    def first(code, default):
        value = tags.get(code, default)
        return int(value[0] if isinstance(value, tuple) else value)
    bits, fmt, n = first(258, 1), first(339, 1), first(277, 1)
    planar, photometric = first(284, 1), first(262, 1)
    if (first(259, 1) not in (1, 5, 32773) or first(317, 1) != 1 or 322 in tags
            or photometric == 3):
        return False
    pillow = planar == 1 and ((bits == 8 and fmt == 1) or (n == 1 and (bits, fmt) in (
        (16, 1), (32, 2), (32, 3))))
    return not pillow


def geotiff_structure(tags: dict):
    """The GEOTIFF output of READ_TIFF / QUERY_TIFF from a TIFF image's tags: an
    anonymous structure with one field per GeoTIFF tag and key found (IDL Reference
    Guide, READ_TIFF, GEOTIFF keyword; GeoTIFF 1.0 sections 2.4, 2.7):
    MODELPIXELSCALETAG DOUBLE[3], MODELTRANSFORMATIONTAG DOUBLE[4, 4] (numpy (4, 4), the
    matrix's rows), MODELTIEPOINTTAG DOUBLE[6, K] (numpy (K, 6)), then the keys in
    key-code order, e.g. GTMODELTYPEGEOKEY INT, PROJECTEDCSTYPEGEOKEY INT,
    GEOGSEMIMAJORAXISGEOKEY DOUBLE, GTCITATIONGEOKEY STRING (the ``|`` terminator
    removed); keys the GeoTIFF 1.0 specification does not name are left out. LONG 0 for
    an image without GeoTIFF tags (GDL 1.0.1 -- golden suite idl/geotiff).

    Examples
    --------
    >>> from compat.idl.tiff_files import geotiff_structure
    >>> g = geotiff_structure({33550: (30.0, 30.0, 0.0),
    ...                        34735: (1, 1, 0, 1, 1024, 0, 1, 1)})
    >>> g.dtype.names, g['MODELPIXELSCALETAG'][0].tolist(), int(g['GTMODELTYPEGEOKEY'][0])
    (('MODELPIXELSCALETAG', 'GTMODELTYPEGEOKEY'), [30.0, 30.0, 0.0], 1)
    """
    found = geotiff_tags.from_tags(tags)
    if found is None:
        return np.int32(0)
    return build_structure(*found)


@idl_routine("WRITE_TIFF")
def write_tiff(filename, image, *, append=False, short=False, long=False, float=False,  # noqa: A002
               signed=False, orientation=1, compression=0, description=None,
               red=None, green=None, blue=None, verbose=False, geotiff=None,
               document_name=None, xresol=None, yresol=None, units=None, xposition=None,
               yposition=None, double=False, complex=False, dcomplex=False, l64=False,  # noqa: A002
               bits_per_sample=None, planarconfig=1, cmyk=False, dot_range=None,
               icc_profile=None, photoshop=None, bigtiff=False):
    """Write a TIFF image, as IDL's ``WRITE_TIFF`` procedure.

    ``WRITE_TIFF, file, image [, /SHORT | /LONG | /FLOAT | /DOUBLE | /COMPLEX | /DCOMPLEX
    | /L64] [, /SIGNED] [, /APPEND] [, ORIENTATION=1] [, COMPRESSION={0|1|2|3}] [,
    GEOTIFF=g] [, BITS_PER_SAMPLE=1|4|8] [, PLANARCONFIG=1|2] [, /CMYK] [, XRESOL=x,
    YRESOL=y, UNITS=1|2|3] [, XPOSITION=x, YPOSITION=y] [, DOCUMENT_NAME=s] [,
    DOT_RANGE=r] [, ICC_PROFILE=b] [, PHOTOSHOP=b] [, /BIGTIFF]`` ->
    ``idl.write_tiff(file, image, short=True, geotiff=g, ...)``.

    ``image`` in top-to-bottom scan order (IDL Reference Guide, WRITE_TIFF: "Image
    should be in top to bottom scan line order"), gray ``(h, w)`` or pixel-interleaved
    ``(h, w, n)``; converted to BYTE unless /SHORT (UINT; INT with /SIGNED), /LONG
    (LONG with /SIGNED; 32-bit unsigned is not written by Pillow) or /FLOAT, as IDL
    converts. ORIENTATION is written as the tag. COMPRESSION is IDL's code, not the TIFF
    Compression tag (259) it selects: 0 none (tag 1, the default), 1 LZW (tag 5), 2
    PackBits (tag 32773), 3 JPEG (tag 7; BYTE gray or RGB images, IJG quality 75, lossy).
    The codes are those of IDL's own library: its iTools TIFF writer
    (``idlitwritetiff__define.pro``, IDL 8.0) maps its 'None', 'Packbits', 'JPEG' choices
    to COMPRESSION=0, 2, 3 and notes the missing 1 is LZW; the reference page's syntax is
    ``COMPRESSION={0 | 1 | 2 | 3}``. GDL 1.0.1 ignores COMPRESSION (its files are always
    uncompressed; golden suite idl/image_file_keywords records it as divergent).
    RED/GREEN/BLUE: a
    palette for a BYTE gray image. GEOTIFF: a structure (or dict) of GeoTIFF tags and
    keys named as READ_TIFF returns them (:func:`geotiff_structure`; any letter case),
    written as GeoTIFF 1.0 tags 33550, 33922, 34264 and the key directory 34735 with
    34736/34737 (keys sorted by code, SHORT keys inline, ASCII keys ``|``-terminated);
    an unknown field name is an error.

    Samples Pillow does not write are written by compat itself (``compat._core.tiff_raw``,
    TIFF 6.0 baseline plus SampleFormat; COMPRESSION 1 and 2 through libtiff's LZW and
    PackBits coders, :mod:`compat._core.tiff_strips`; not 3, JPEG): /DOUBLE (DOUBLE),
    /COMPLEX and /DCOMPLEX (SampleFormat 6, 64/128 bits), /L64 (ULONG64, LONG64 with
    /SIGNED), /LONG without /SIGNED (ULONG), /SHORT /SIGNED (INT), colour /SHORT, /LONG,
    /FLOAT; BITS_PER_SAMPLE=1 (gray; "an output pixel is assigned the value 1 if the
    corresponding input pixel is nonzero") or 4 (gray; the low 4 bits of BYTE(), IDL:
    "the input pixel values must be in the range 0 through 15, or the image will be
    garbled"); PLANARCONFIG=2 from RED, GREEN, BLUE 2-D arrays (the Image argument is
    then ignored, as the reference page says), one plane per channel. The conversions
    are IDL's DOUBLE(), COMPLEX(), ULONG64()... (floats truncated, integers wrapped).
    /CMYK: a 4-channel image written as separated CMYK (PhotometricInterpretation 5).
    DOT_RANGE (TIFF 6.0 DotRange, 336, SHORT), ICC_PROFILE (34675, the profile's bytes)
    and PHOTOSHOP (34377, the image resource block's bytes) are written as given; BIGTIFF
    writes a BigTIFF file (version 43; QUERY_TIFF's VERSION).
    DOCUMENT_NAME, XRESOL/YRESOL (pixels per UNITS),
    UNITS (1 none, 2 inches, 3 centimetres) and XPOSITION/YPOSITION (in UNITS) are
    written as TIFF 6.0's DocumentName (269), XResolution/YResolution (282/283,
    RATIONAL), ResolutionUnit (296) and XPosition/YPosition (286/287, RATIONAL) when
    given (QUERY_TIFF's DOCUMENT_NAME, RESOLUTION, UNITS, POSITION; golden suite
    idl/geotiff); none of them is written when not given.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'geo.tif')
    >>> g = {'ModelPixelScaleTag': [30.0, 30.0, 0.0],
    ...      'ModelTiepointTag': [[0, 0, 0, 500000.0, 4000000.0, 0]],
    ...      'GTModelTypeGeoKey': 1, 'ProjectedCSTypeGeoKey': 32633}
    >>> idl.write_tiff(path, np.zeros((2, 3)), double=True, geotiff=g)
    >>> image, geo = idl.read_tiff(path, geotiff=True)
    >>> image.dtype, geo.dtype.names[-1], int(geo['PROJECTEDCSTYPEGEOKEY'][0])
    (dtype('float64'), 'PROJECTEDCSTYPEGEOKEY', 32633)
    """
    # PLANARCONFIG=2 with RED, GREEN, BLUE: "the Image argument is ignored"
    a = None if image is None and int(planarconfig) == 2 else _image_array(image)
    samples = _raw_samples(a, short=short, long=long, float=float, signed=signed,
                           double=double, complex=complex, dcomplex=dcomplex, l64=l64,
                           bits_per_sample=bits_per_sample, planarconfig=planarconfig,
                           red=red, green=green, blue=blue)
    Image = _pil()
    if samples is not None:
        pil = None
    elif float:
        if a.ndim != 2:
            raise CompatValueError("/FLOAT images must be grayscale (Pillow)")
        pil = Image.fromarray(np.ascontiguousarray(a, dtype=np.float32))
    elif long:
        if a.ndim != 2 or not signed:
            raise CompatValueError("/LONG is written for grayscale /SIGNED images only "
                                   "(Pillow has no 32-bit unsigned TIFF)")
        pil = Image.fromarray(np.ascontiguousarray(a.astype(np.int64).astype(np.int32)))
    elif short:
        if a.ndim != 2 or signed:
            raise CompatValueError("/SHORT is written for grayscale unsigned images only "
                                   "(Pillow)")
        pil = Image.fromarray(np.ascontiguousarray((a.astype(np.int64) & 0xFFFF)
                                                   .astype(np.uint16)))
    else:
        palette = None
        if red is not None or green is not None or blue is not None:
            palette = np.stack([_to_byte(idl_array(c, "Palette")).ravel()
                                for c in (red, green, blue)], axis=1)
        if cmyk:
            if a.ndim != 3 or a.shape[2] != 4:
                raise CompatValueError("/CMYK images must be [4, w, h] (numpy (h, w, 4)).")
            pil = Image.fromarray(np.ascontiguousarray(_to_byte(a)), "CMYK")
        else:
            pil = _pil_image(_to_byte(a), palette)
    # IDL's COMPRESSION code -> Pillow's (libtiff) scheme: TIFF tags 1, 5, 32773, 7
    codes = {0: None, 1: "tiff_lzw", 2: "packbits", 3: "jpeg"}
    if int(compression) not in codes:
        raise CompatValueError("COMPRESSION must be 0 (none), 1 (LZW), 2 (PackBits) or "
                               "3 (JPEG).")
    if int(compression) == 3 and pil is not None and pil.mode not in ("L", "RGB"):
        raise CompatValueError("COMPRESSION=3 (JPEG) is written for BYTE grayscale or "
                               "3-channel images only.")
    fields = {274: (3, int(orientation))}
    for code, kind, value in ((269, 2, document_name), (282, 5, xresol), (283, 5, yresol),
                              (296, 3, units), (286, 5, xposition), (287, 5, yposition)):
        if value is not None:
            fields[code] = (kind, str(value) if kind == 2 else
                            int(value) if kind == 3 else builtins.float(value))
    if units is not None and int(units) not in (1, 2, 3):
        raise CompatValueError("UNITS must be 1, 2 or 3.")
    if dot_range is not None:
        fields[336] = (3, tuple(int(v) for v in np.ravel(idl_array(dot_range, "DOT_RANGE"))))
    for code, value, name in ((34675, icc_profile, "ICC_PROFILE"),
                              (34377, photoshop, "PHOTOSHOP")):
        if value is not None:
            fields[code] = (7, _to_byte(np.ravel(idl_array(value, name))).tobytes())
    if bigtiff and samples is not None:
        raise CompatValueError("BIGTIFF is not supported with these samples here.")
    if samples is not None:
        if int(compression) == 3:
            raise CompatValueError("COMPRESSION is not supported as 3 (JPEG) with "
                                   "/DOUBLE, /COMPLEX, /DCOMPLEX, /L64, BITS_PER_SAMPLE, "
                                   "PLANARCONFIG=2 or these /SHORT, /LONG, /FLOAT samples: "
                                   "JPEG is written for BYTE grayscale or 3-channel images.")
        pixels, planar, bits = samples
        if description is not None:
            fields[270] = (2, str(description))
        if geotiff is not None:
            fields.update(geotiff_tags.to_tags(geotiff))
        channels = 1 if pixels.ndim == 2 else pixels.shape[2]
        entries, strips = tiff_raw.image_directory(
            pixels, planar, 2 if channels >= 3 else 1, bits, fields,
            compression={0: 1, 1: 5, 2: 32773}[int(compression)])
        tiff_raw.write(_path(filename), entries, strips, append=bool(append))
        return
    options = {"tiffinfo": _tiff_directory(fields, geotiff)}
    if bigtiff:
        options["big_tiff"] = True
    if codes[int(compression)]:
        options["compression"] = codes[int(compression)]
    if description is not None:
        options["description"] = str(description)
    path = _path(filename)
    if append and os.path.exists(path):
        # the new image alone, then spliced after the file's images, which keep their
        # own tags (re-saving them all would give every page this call's tags)
        import tempfile
        folder = tempfile.mkdtemp()
        try:
            page = os.path.join(folder, "page.tif")
            _save(pil, page, "TIFF", **options)
            tiff_raw.append_file(path, page)
        finally:
            shutil.rmtree(folder, ignore_errors=True)
        return
    _save(pil, path, "TIFF", **options)


def _ints(a: np.ndarray) -> np.ndarray:
    """IDL's integer conversions' first step: complex -> real part, floats truncated
    (NaN -> 0), as 64-bit integers (narrowed by masking: IDL wraps)."""
    if a.dtype.kind == "c":
        a = a.real
    if a.dtype.kind == "f":
        return np.trunc(np.nan_to_num(a)).astype(np.int64)
    return a.astype(np.int64)


def _raw_samples(a, *, short, long, float, signed, double, complex, dcomplex, l64,  # noqa: A002
                 bits_per_sample, planarconfig, red, green, blue):
    """``(pixels, planar, bits)`` for the samples compat writes itself, None for the
    ones Pillow writes."""
    planar = int(planarconfig)
    if planar not in (1, 2):
        raise CompatValueError("PLANARCONFIG must be 1 or 2.")
    bits = None if bits_per_sample is None else int(bits_per_sample)
    if bits not in (None, 1, 4, 8):
        raise CompatValueError("BITS_PER_SAMPLE must be 1, 4 or 8.")
    if planar == 2:
        if red is None or green is None or blue is None:
            raise CompatValueError("PLANARCONFIG=2 is written from RED, GREEN, BLUE 2-D "
                                   "arrays here.")
        planes = [idl_array(c, "RED, GREEN, BLUE") for c in (red, green, blue)]
        if any(p.ndim != 2 or p.shape != planes[0].shape for p in planes):
            raise CompatValueError("RED, GREEN, BLUE must be 2-D arrays of one size for "
                                   "PLANARCONFIG=2.")
        a = np.stack(planes, axis=2)
    color = a.ndim == 3
    if double:
        return (a.real if a.dtype.kind == "c" else a).astype(np.float64), planar, None
    if complex or dcomplex:
        return a.astype(np.complex64 if complex else np.complex128), planar, None
    if l64:
        v = _ints(a)
        return (v if signed else v.view(np.uint64)), planar, None
    if long and (color or not signed):
        v = _ints(a)
        return ((v & 0xFFFFFFFF).astype(np.uint32).view(np.int32) if signed else
                (v & 0xFFFFFFFF).astype(np.uint32)), planar, None
    if short and (color or signed):
        v = (_ints(a) & 0xFFFF).astype(np.uint16)
        return (v.view(np.int16) if signed else v), planar, None
    if float and color:
        return (a.real if a.dtype.kind == "c" else a).astype(np.float32), planar, None
    if bits in (1, 4) and not (short or long or float):
        if color:
            raise CompatValueError("BITS_PER_SAMPLE=1 or 4 is for grayscale images.")
        b = _to_byte(a)
        return (b != 0).astype(np.uint8) if bits == 1 else b & 0x0F, planar, bits
    if planar == 2:
        if short or long or float:
            pixels = (a.astype(np.float32) if float else
                      (_ints(a) & 0xFFFF).astype(np.uint16) if short else
                      (_ints(a) & 0xFFFFFFFF).astype(np.uint32))
            return pixels, planar, None
        return _to_byte(a), planar, None
    return None


def _tiff_directory(tags: dict, geotiff=None):
    """Pillow's TIFF directory for ``tags`` ({tag: (TIFF type, value)}) and the
    GEOTIFF structure's tags."""
    from PIL import TiffImagePlugin
    if geotiff is not None:
        tags = {**tags, **geotiff_tags.to_tags(geotiff)}
    directory = TiffImagePlugin.ImageFileDirectory_v2()
    for code, (kind, value) in tags.items():
        directory[code] = value
        directory.tagtype[code] = kind
    return directory


@idl_routine("QUERY_TIFF", output_arguments=("info",))
def query_tiff(filename, *, info=False, geotiff=False):
    """Whether a file is a TIFF (1) or not (0), as IDL's ``QUERY_TIFF``.

    ``ok = QUERY_TIFF(file, info)`` -> ``ok, info = idl.query_tiff(file, info=True)``.
    Info as :func:`query_png` (TYPE 'TIFF', NUM_IMAGES the pages) followed by the TIFF
    fields BITS_PER_SAMPLE, DESCRIPTION, DOCUMENT_NAME, DATE_TIME, ORIENTATION,
    PLANAR_CONFIG, POSITION [x, y], PHOTOMETRIC, RESOLUTION [x, y], UNITS, TILE_SIZE
    [w, h] ([width, 1] for a strip image) and VERSION (42, or 43 for BigTIFF), read from
    the first image's tags; absent tags give GDL 1.0.1's values (golden suite
    idl/image_files). GEOTIFF=g -> ``geotiff=True``: as :func:`read_tiff`'s. Files
    whose samples Pillow does not read (see :func:`read_tiff`) are described from
    compat's own reader (PIXEL_TYPE 5 DOUBLE, 6/9 complex, 13 ULONG, 14/15 64-bit...).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'g.tif')
    >>> idl.write_tiff(path, np.arange(6, dtype=np.uint8).reshape(2, 3))
    >>> ok, info = idl.query_tiff(path, info=True)
    >>> int(ok), info['DIMENSIONS'][0].tolist(), int(info['BITS_PER_SAMPLE'][0])
    (1, [3, 2], 8)
    """
    found = _query(filename, True, "TIFF", ("TIFF",))
    status, details = found.result, found.info
    tags = {}
    if status:
        Image = _pil()
        with Image.open(_path(filename)) as image:
            tags = dict(image.tag_v2)
    if not status or _raw_layout(tags):
        # samples Pillow does not open or does not deliver as IDL's types
        raw = _raw_info(_path(filename))
        if raw is not None:
            status, details, tags = np.int32(1), raw[0], raw[1]
    if not geotiff:
        return QueryResult(result=status, info=details) if info else status
    structure = geotiff_structure(tags) if status else np.int32(0)
    outputs = {"info": details} if info else {}
    return QueryTiffResult(result=status, **outputs, geotiff=structure)


#: IDL type codes of the samples compat's own TIFF reader delivers
_TYPE_CODES = {"u1": 1, "i2": 2, "i4": 3, "f4": 4, "f8": 5, "c8": 6, "c16": 9, "u2": 12,
               "u4": 13, "i8": 14, "u8": 15}


def _raw_info(path: str):
    """QUERY_TIFF's ``(Info, tags)`` from compat's own reader (None when it cannot
    read the file): the first image's fields, NUM_IMAGES by walking the IFD chain."""
    try:
        pixels, tags = tiff_raw.read(path, 0)
        count = tiff_raw.count_images(path)
    except Exception:
        return None
    channels = 1 if pixels.ndim == 2 else pixels.shape[2]
    pairs = [("CHANNELS", np.int32(channels)),
             ("DIMENSIONS", np.array([pixels.shape[1], pixels.shape[0]], dtype=np.int32)),
             ("HAS_PALETTE", np.int16(0)),
             ("IMAGE_INDEX", np.int32(0)),
             ("NUM_IMAGES", np.int32(count)),
             ("PIXEL_TYPE", np.int16(_TYPE_CODES[pixels.dtype.kind + str(pixels.dtype.itemsize)])),
             ("TYPE", "TIFF")]
    pairs += _tiff_fields(tags, pixels.shape[1], False)
    return build_structure([p[0] for p in pairs], [p[1] for p in pairs]), tags
