"""IDL's ``COLOR_CONVERT`` (RGB to and from HSV and HLS), over
:mod:`compat._core.color_spaces`.

Colour triples are three scalars or arrays (any layout, one value per element); images
are numpy arrays in readsav layout, so IDL's ``3 x m x n`` (pixel interleaved) image is a
numpy ``(n, m, 3)`` array with the channel on the last axis.
"""

from __future__ import annotations

import numpy as np

from compat._core import color_spaces as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_convert
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["color_convert"]

_CONVERSIONS = ("hls_rgb", "hsv_rgb", "rgb_hls", "rgb_hsv")
_UNSUPPORTED = ("rgb_ycbcr", "rgb_yiq", "rgb_ypbpr", "rgb_yuv", "ycbcr_rgb", "yiq_rgb",
                "ypbpr_rgb", "yuv_rgb")
_CORE = {"hls_rgb": core.hls_to_rgb, "hsv_rgb": core.hsv_to_rgb,
         "rgb_hls": core.rgb_to_hls, "rgb_hsv": core.rgb_to_hsv}


class ColorConvertResult(Result):
    """COLOR_CONVERT's output arguments: ``o0, o1, o2`` (the three-array form) or ``o0``
    alone (the image form)."""

    o0: np.ndarray
    o1: np.ndarray
    o2: np.ndarray


def _channel(value, name, to_rgb_bytes):
    a = idl_array(value, name, complex_ok=False)
    if a.dtype.kind == "U" or a.dtype.kind == "S" or a.dtype.kind == "O":
        raise CompatTypeError(f"{name} must be numeric, not text")
    if to_rgb_bytes:
        return idl_convert(a, np.uint8)        # IDL's BYTE(): truncate, wrap modulo 256
    return a.astype(np.float32)


def _out(a, shape):
    a = np.asarray(a).reshape(shape)
    return a[()] if shape == () else a


def _channel_axis(shape, interleave):
    """The numpy axis of the three channels of an image of numpy ``shape``."""
    ndim = len(shape)
    if ndim == 3:
        axis = {0: 2, 1: 1, 2: 0}.get(interleave)
    elif ndim == 2:
        axis = {0: 1, 1: 0, 2: 0}.get(interleave)
    else:
        raise CompatValueError(f"Image must be 3 x n, n x 3 (2-D) or 3 x m x n, m x 3 x n, "
                               f"m x n x 3 (3-D), got {ndim} dimensions")
    if axis is None:
        raise CompatValueError(f"INTERLEAVE must be 0, 1 or 2, got {interleave!r}")
    if shape[axis] != 3:
        idl_dims = " x ".join(str(n) for n in shape[::-1])
        raise CompatValueError(f"Image of IDL dimensions {idl_dims} has no 3 channels in "
                               f"the place INTERLEAVE={interleave} gives")
    return axis


@idl_routine("COLOR_CONVERT")
def color_convert(i0, i1=None, i2=None, *, hls_rgb=False, hsv_rgb=False, rgb_hls=False,
                  rgb_hsv=False, rgb_ycbcr=False, rgb_yiq=False, rgb_ypbpr=False,
                  rgb_yuv=False, ycbcr_rgb=False, yiq_rgb=False, ypbpr_rgb=False,
                  yuv_rgb=False, interleave=None):
    """Convert colours between RGB and HSV or HLS, as IDL's ``COLOR_CONVERT``.

    IDL call forms::

        COLOR_CONVERT, I0, I1, I2, O0, O1, O2, /RGB_HSV    ->  o0, o1, o2 = idl.color_convert(i0, i1, i2, rgb_hsv=True)
        COLOR_CONVERT, I0, O0, /RGB_HSV [, INTERLEAVE=k]  ->  o0 = idl.color_convert(image, rgb_hsv=True).o0

    Parameters
    ----------
    i0, i1, i2 : scalar or array_like
        The input colour triple(s): R, G, B for the ``rgb_*`` conversions (converted to
        BYTE as IDL's BYTE() does: truncated, modulo 256); H (degrees), S, V or H, L, S
        for ``hsv_rgb``/``hls_rgb`` (converted to FLOAT). Scalars or arrays of the same
        number of elements. With ``i1`` and ``i2`` omitted, ``i0`` is an image holding
        the three channels (see ``interleave``).
    hls_rgb, hsv_rgb, rgb_hls, rgb_hsv : bool
        The conversion (exactly one): /HLS_RGB, /HSV_RGB, /RGB_HLS, /RGB_HSV.
    rgb_ycbcr, rgb_yiq, rgb_ypbpr, rgb_yuv, ycbcr_rgb, yiq_rgb, ypbpr_rgb, yuv_rgb : bool
        IDL's later luma/chroma conversions: refused (see Raises).
    interleave : int, optional
        The image form's INTERLEAVE, IDL's interleave of the channels: 0 (pixel, the
        default) for IDL ``3 x m x n`` (numpy ``(n, m, 3)``) or ``3 x n`` (numpy ``(n,
        3)``); 1 (line) for ``m x 3 x n`` (numpy ``(n, 3, m)``); 2 (planar) for ``m x n x
        3`` (numpy ``(3, n, m)``); 1 or 2 for a 2-D ``n x 3`` (numpy ``(3, n)``). Ignored
        in the three-array form, as IDL ignores it.

    Returns
    -------
    ColorConvertResult
        ``(o0, o1, o2)`` in the three-array form, each of ``i0``'s shape (numpy scalars
        for scalar input); ``(o0,)`` in the image form, an array of the image's shape
        with the channels in the same place. RGB outputs are BYTE (``uint8``), H, S,
        V, L FLOAT (``float32``): hue in degrees [0, 360), 0 for greys; S, V, L in [0, 1].

    Raises
    ------
    ValueError
        ``"COLOR_CONVERT: ..."`` (compat's wording) when no conversion or more than one is
        set, for arguments of different numbers of elements, for an image without three
        channels where INTERLEAVE puts them, and for the luma/chroma keywords
        (/RGB_YUV, /YUV_RGB, /RGB_YIQ, /YIQ_RGB, /RGB_YPBPR, /YPBPR_RGB, /RGB_YCBCR,
        /YCBCR_RGB): IDL's reference page gives only their ranges, not the coefficients
        and rounding it uses, so compat refuses them rather than guess.

    Notes
    -----
    The hexcone (HSV) and double-hexcone (HLS) formulas of Foley and van Dam, which
    IDL's page cites (see :mod:`compat._core.color_spaces`): bytes come from the
    channel times 255 rounded to nearest, and the floating-point steps are GDL 1.0.1's
    colour routines (IDL's evaluation order is not published). Differences from
    ``colorsys.rgb_to_hsv`` / ``matplotlib.colors.rgb_to_hsv``: those take floats in [0,
    1] and return hue as a fraction of a turn, in double precision; IDL takes bytes and
    returns hue in degrees as FLOAT, and rounds RGB outputs to bytes.

    Versions: the four HSV/HLS keywords are the original routine ("Introduced: Pre 4.0";
    IDL 5.1's reference lists only them and the three-array form); the IDL 7.1
    reference adds the luma/chroma keywords, the two-argument image form and INTERLEAVE.

    Examples
    --------
    IDL's example (the reference page): yellow at full intensity and saturation.

    >>> from compat import idl
    >>> h, s, v = idl.color_convert(255, 255, 0, rgb_hsv=True)
    >>> float(h), float(s), float(v)
    (60.0, 1.0, 1.0)
    >>> idl.color_convert([0, 120, 240], [0.5, 0.5, 0.5], [1, 1, 1], hls_rgb=True)
    ColorConvertResult(o0=array([255,   0,   0], dtype=uint8), o1=array([  0, 255,   0], dtype=uint8), o2=array([  0,   0, 255], dtype=uint8))
    """
    chosen = [k for k, v in (("hls_rgb", hls_rgb), ("hsv_rgb", hsv_rgb),
                             ("rgb_hls", rgb_hls), ("rgb_hsv", rgb_hsv)) if v]
    refused = [k for k, v in zip(_UNSUPPORTED, (rgb_ycbcr, rgb_yiq, rgb_ypbpr, rgb_yuv,
                                                ycbcr_rgb, yiq_rgb, ypbpr_rgb, yuv_rgb)) if v]
    if refused:
        raise CompatValueError(
            f"/{refused[0].upper()} is not supported: IDL's reference page gives the "
            "luma/chroma spaces' ranges but not the coefficients and rounding IDL uses, "
            "so compat does not guess them (HSV and HLS are supported)")
    if len(chosen) != 1:
        raise CompatValueError("exactly one conversion keyword must be set (/HLS_RGB, "
                               f"/HSV_RGB, /RGB_HLS or /RGB_HSV), got {len(chosen)}")
    kind = chosen[0]
    to_bytes_in = kind.startswith("rgb_")
    if (i1 is None) != (i2 is None):
        raise CompatValueError("give three input arrays (I0, I1, I2) or one image (I0)")
    if i1 is not None:
        chans = [_channel(v, n, to_bytes_in) for v, n in ((i0, "I0"), (i1, "I1"), (i2, "I2"))]
        sizes = {c.size for c in chans}
        if len(sizes) != 1:
            raise CompatValueError("I0, I1 and I2 must have the same number of elements, got "
                                   + ", ".join(str(c.size) for c in chans))
        shape = chans[0].shape
        outs = _CORE[kind](*(c.reshape(-1) for c in chans))
        return ColorConvertResult(**{f"o{k}": _out(o, shape) for k, o in enumerate(outs)})
    image = _channel(i0, "I0", to_bytes_in)
    k = 0 if interleave is None else interleave
    if isinstance(k, bool) or not isinstance(k, (int, np.integer)):
        raise CompatValueError(f"INTERLEAVE must be 0, 1 or 2, got {interleave!r}")
    axis = _channel_axis(image.shape, int(k))
    moved = np.moveaxis(image, axis, 0)
    outs = _CORE[kind](moved[0], moved[1], moved[2])
    return ColorConvertResult(o0=np.moveaxis(np.stack(outs), 0, axis))


#: keywords COLOR_CONVERT takes only to refuse (compat scan reports them as missing)
color_convert.__unsupported_keywords__ = _UNSUPPORTED
