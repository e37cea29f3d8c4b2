"""Colour-space conversions of MATLAB's Image Processing Toolbox: ``rgb2ycbcr`` /
``ycbcr2rgb`` (ITU-R BT.601, studio range) and ``rgb2ntsc`` / ``ntsc2rgb`` (YIQ).

YCbCr (rgb2ycbcr/ycbcr2rgb reference pages; Poynton, *A Technical Introduction to
Digital Video* (1996), eqs. 9.6-9.7):

    [Y; Cb; Cr] = [16; 128; 128] + T [R; G; B]/255 ... for 8-bit data, with
    T = [65.481 128.553 24.966; -37.797 -74.203 112; 112 -93.786 -18.214]

so Y spans 16..235 and Cb, Cr 16..240 (in 8-bit units). Each class is scaled as
rgb2ycbcr.m does: floating data use ``T/255`` and offset ``[16 128 128]/255``; uint8
``T/255`` and the offset itself; uint16 ``T*257/65535`` and ``257*offset``; every
channel is one linear combination evaluated in double and converted once (imlincomb:
integers rounded half away from zero and saturated). ycbcr2rgb applies ``inv(T)`` the
same way (scale 255, uint16 65535/257) and clips floating results to [0, 1].

YIQ (rgb2ntsc/ntsc2rgb reference pages): ``[Y; I; Q] = [0.299 0.587 0.114; 0.596 -0.274
-0.322; 0.211 -0.523 0.312] [R; G; B]`` on im2double data, and back with ``[R; G; B] =
[1.0 0.956 0.621; 1.0 -0.272 -0.647; 1.0 -1.106 1.703] [Y; I; Q]``, negative values set
to 0 and any colour with a component above 1 divided by its largest component.
"""

from __future__ import annotations

import numpy as np

from compat._core.image_arithmetic import linear_combination

__all__ = ["YCBCR_T", "YCBCR_OFFSET", "NTSC_FORWARD", "NTSC_INVERSE", "rgb_to_ycbcr",
           "ycbcr_to_rgb", "rgb_to_ntsc", "ntsc_to_rgb", "to_double"]

YCBCR_T = np.array([[65.481, 128.553, 24.966],
                    [-37.797, -74.203, 112.0],
                    [112.0, -93.786, -18.214]])
YCBCR_OFFSET = np.array([16.0, 128.0, 128.0])
NTSC_FORWARD = np.array([[0.299, 0.587, 0.114],
                         [0.596, -0.274, -0.322],
                         [0.211, -0.523, 0.312]])
NTSC_INVERSE = np.array([[1.0, 0.956, 0.621],
                         [1.0, -0.272, -0.647],
                         [1.0, -1.106, 1.703]])


def _channels(a: np.ndarray):
    """The three colour planes of an m-by-3 colormap or an m-by-n-by-3 image."""
    return [a[..., k] for k in range(3)]


def _assemble(planes, like: np.ndarray) -> np.ndarray:
    return np.stack(planes, axis=-1).reshape(like.shape)


def rgb_to_ycbcr(rgb: np.ndarray) -> np.ndarray:
    """rgb2ycbcr of a colormap (m, 3) or an image (m, n, 3) in its own class."""
    dtype = rgb.dtype
    if dtype.kind == "f":
        scale_t, scale_off = 1 / 255, 1 / 255
    elif dtype == np.uint8:
        scale_t, scale_off = 1 / 255, 1.0
    else:                                                   # uint16
        scale_t, scale_off = 257 / 65535, 257.0
    t = scale_t * YCBCR_T
    offset = scale_off * YCBCR_OFFSET
    planes = _channels(rgb)
    out = [linear_combination(t[p], planes, offset[p], dtype) for p in range(3)]
    return _assemble(out, rgb)


def ycbcr_to_rgb(ycbcr: np.ndarray) -> np.ndarray:
    """ycbcr2rgb of a colormap or an image in its own class (floating results clipped
    to [0, 1])."""
    dtype = ycbcr.dtype
    tinv = np.linalg.inv(YCBCR_T)
    if dtype.kind == "f":
        scale_t, scale_off = 255.0, 1.0
    elif dtype == np.uint8:
        scale_t, scale_off = 255.0, 255.0
    else:
        scale_t, scale_off = 65535 / 257, 65535.0
    t = scale_t * tinv
    offset = scale_off * (tinv @ YCBCR_OFFSET)
    planes = _channels(ycbcr)
    out = [linear_combination(t[p], planes, -offset[p], dtype) for p in range(3)]
    rgb = _assemble(out, ycbcr)
    if dtype.kind == "f":
        rgb = np.minimum(np.maximum(rgb, 0), 1).astype(dtype)
    return rgb


def to_double(a: np.ndarray) -> np.ndarray:
    """im2double: uint8/255, uint16/65535, int16 (x + 32768)/65535, others as double."""
    if a.dtype == np.uint8:
        return a.astype(np.float64) / 255
    if a.dtype == np.uint16:
        return a.astype(np.float64) / 65535
    if a.dtype == np.int16:
        return (a.astype(np.float64) + 32768) / 65535
    return a.astype(np.float64)


def rgb_to_ntsc(rgb: np.ndarray) -> np.ndarray:
    """rgb2ntsc on double data (m, 3) or (m, n, 3)."""
    flat = rgb.reshape(-1, 3)
    return (flat @ NTSC_FORWARD.T).reshape(rgb.shape)


def ntsc_to_rgb(yiq: np.ndarray) -> np.ndarray:
    """ntsc2rgb on double data, mapped into [0, 1] as the reference page says."""
    flat = yiq.reshape(-1, 3) @ NTSC_INVERSE.T
    flat = np.maximum(0, flat)
    over = np.any(flat > 1, axis=1)
    flat[over] = flat[over] / np.max(flat[over], axis=1, keepdims=True)
    return flat.reshape(yiq.shape)
