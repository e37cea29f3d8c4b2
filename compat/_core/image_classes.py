"""Image data between MATLAB's classes: the scaling rules of im2double, im2single,
im2uint8, im2uint16, the NTSC luminance of rgb2gray, mat2gray's linear map, and
indexed images (ind2rgb, gray2ind).

MATLAB's conventions (the reference pages of these functions): floating images lie in
[0, 1]; uint8 in 0..255, uint16 in 0..65535, int16 in -32768..32767 (offset by 32768);
logical false/true are the class's black and white. Conversions to an integer class
round to nearest (halves away from zero) and saturate, as MATLAB's integer conversion.
An indexed image of an integer class is 0-based (0 is the colormap's first row), of a
floating class 1-based.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_integers import convert

__all__ = ["to_float", "to_integer", "LUMA", "rgb_to_gray", "rescale_to_unit",
           "indexed_to_rgb", "gray_to_indexed", "gray_colormap"]

#: the first row of inv([1 0.956 0.621; 1 -0.272 -0.647; 1 -1.106 1.703]), the NTSC
#: YIQ -> RGB matrix: rgb2gray's weights of R, G, B (MATLAB's rgb2gray reference page,
#: "Algorithms": 0.298936021293775 * R + 0.587043074451121 * G + 0.114020904255103 * B)
LUMA = np.linalg.inv(np.array([[1.0, 0.956, 0.621], [1.0, -0.272, -0.647],
                               [1.0, -1.106, 1.703]]))[0]

_RANGE = {np.dtype(np.uint8): (0.0, 255.0), np.dtype(np.uint16): (0.0, 65535.0),
          np.dtype(np.int16): (-32768.0, 65535.0)}


def _check_class(a: np.ndarray) -> None:
    if a.dtype.kind == "f" or a.dtype == np.bool_ or a.dtype in _RANGE:
        return
    raise CompatTypeError(f"I must be double, single, logical, uint8, uint16 or int16, "
                          f"not {a.dtype.name}")


def to_float(a: np.ndarray, dtype, *, indexed: bool = False) -> np.ndarray:
    """im2double / im2single: integers scaled to [0, 1] (``(a - min) / range``, the
    division in the result's precision), floating and logical values kept; ``indexed``:
    integer indices + 1."""
    _check_class(a)
    dtype = np.dtype(dtype)
    if indexed:
        if a.dtype == np.int16:
            raise CompatTypeError("An indexed image cannot be int16")
        return a.astype(dtype) + (1 if a.dtype.kind in "ui" else 0)
    if a.dtype.kind == "f" or a.dtype == np.bool_:
        return a.astype(dtype)
    offset, span = _RANGE[a.dtype]
    shifted = a.astype(dtype) - dtype.type(offset)
    return shifted / dtype.type(span)


def to_integer(a: np.ndarray, target, *, indexed: bool = False) -> np.ndarray:
    """im2uint8 / im2uint16 (``target`` uint8 or uint16)."""
    _check_class(a)
    target = np.dtype(target)
    top = float(np.iinfo(target).max)
    if indexed:
        if a.dtype.kind == "f":
            k = a.astype(np.float64) - 1
        elif a.dtype == np.bool_ or a.dtype.kind in "ui":
            k = a.astype(np.float64)
        if a.dtype == np.int16:
            raise CompatTypeError("An indexed image cannot be int16")
        if k.size and (np.nanmax(k) > top or np.nanmin(k) < 0):
            raise CompatValueError(f"Too many colors for {target.name} output")
        return convert(k, target.name)
    if a.dtype == target:
        return a.copy()
    if a.dtype == np.bool_:
        return a.astype(target) * target.type(top)
    if a.dtype.kind == "f":
        # NaN -> 0, clipped to [0, 1], scaled, rounded to nearest
        scaled = np.clip(np.nan_to_num(a.astype(np.float64), nan=0.0), 0.0, 1.0) * top
        return convert(scaled, target.name)
    offset, span = _RANGE[a.dtype]
    return convert((a.astype(np.float64) - offset) * (top / span), target.name)


def rgb_to_gray(a: np.ndarray) -> np.ndarray:
    """rgb2gray of an ``(m, n, 3)`` image or an ``(k, 3)`` colormap."""
    if a.ndim == 3 and a.shape[2] == 3:
        r, g, b = a[:, :, 0], a[:, :, 1], a[:, :, 2]
        colormap = False
    elif a.ndim == 2 and a.shape[1] == 3:
        r, g, b = a[:, 0], a[:, 1], a[:, 2]
        colormap = True
    else:
        raise CompatValueError("RGB must be an m-by-n-by-3 image or a c-by-3 colormap")
    if a.dtype.kind == "f":
        w = LUMA.astype(a.dtype)
        y = r * w[0] + g * w[1] + b * w[2]
        if colormap:
            y = np.clip(y, 0, 1)
            return np.repeat(y[:, None], 3, axis=1)
        return y
    if colormap:
        raise CompatTypeError("A colormap must be double or single")
    if a.dtype == np.bool_ or a.dtype not in _RANGE:
        raise CompatTypeError(f"RGB must be double, single, uint8, uint16 or int16, not "
                              f"{a.dtype.name}")
    f = [c.astype(np.float64) for c in (r, g, b)]
    if a.dtype == np.int16:  # weights sum to 1: the offset passes through
        return convert(f[0] * LUMA[0] + f[1] * LUMA[1] + f[2] * LUMA[2], "int16")
    return convert(f[0] * LUMA[0] + f[1] * LUMA[1] + f[2] * LUMA[2], a.dtype.name)


def rescale_to_unit(a: np.ndarray, low: float, high: float) -> np.ndarray:
    """mat2gray: ``a * (1/d) + (-low/d)`` with ``d = high - low`` (MATLAB's imlincomb
    form), clipped to [0, 1]; ``high == low``: the data as double, unscaled."""
    f = a.astype(np.float64)
    delta = high - low
    if delta == 0:
        return f
    y = f * (1.0 / delta) + (-low / delta)
    return np.clip(y, 0.0, 1.0)


def indexed_to_rgb(x: np.ndarray, colormap: np.ndarray) -> np.ndarray:
    """ind2rgb: each index's colormap row, ``(m, n, 3)``; integer indices 0-based,
    floating 1-based; indices past the colormap take its last row, below its first."""
    rows = colormap.shape[0]
    if x.dtype.kind == "f":
        k = np.floor(np.nan_to_num(x, nan=1.0)).astype(np.int64) - 1
    else:
        k = x.astype(np.int64)
    k = np.clip(k, 0, rows - 1)
    return colormap[k].reshape(x.shape + (3,)).astype(colormap.dtype)


def gray_colormap(n: int) -> np.ndarray:
    """MATLAB's ``gray(n)``: n grey levels from black to white, ``(n, 3)``."""
    if n == 1:
        return np.zeros((1, 3))
    levels = np.arange(n, dtype=np.float64) / (n - 1)
    return np.repeat(levels[:, None], 3, axis=1)


def gray_to_indexed(a: np.ndarray, n: int) -> np.ndarray:
    """gray2ind's indices: ``round((I - low) * ((n-1) / range))`` for the class's range
    (1 for floating data, which must lie in [0, 1]); uint8 for n <= 256, else uint16;
    0-based."""
    if a.dtype.kind == "f" and a.size and (np.nanmin(a) < 0 or np.nanmax(a) > 1):
        raise CompatValueError("floating point images may only contain values between 0 "
                               "and 1")
    if a.dtype.kind == "f" or a.dtype == np.bool_:
        shifted, span = a.astype(np.float64), 1.0
    else:
        _check_class(a)
        low, span = _RANGE[a.dtype]
        shifted = a.astype(np.float64) - low
    target = "uint8" if n <= 256 else "uint16"
    return convert(shifted * ((n - 1) / span), target)
