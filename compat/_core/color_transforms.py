"""MATLAB's ``makecform`` / ``applycform`` colour transforms between the CIE spaces and
sRGB, over the formulas of :mod:`compat._core.colorimetry` (sRGB transfer, the sRGB
matrix, Bradford adaptation, L*a*b*), which are not repeated here.

* 'srgb2xyz', 'srgb2lab': sRGB (D65 by definition) to XYZ, adapted by Bradford to the
  'AdaptedWhitePoint' (default ``whitepoint('ICC')``, the ICC profile connection space's
  D50, as the makecform page states), then L*a*b* relative to that white; 'xyz2srgb',
  'lab2srgb' the inverse, the sRGB values clipped to [0, 1] (an ICC tone curve's range).
* 'xyz2lab', 'lab2xyz': L*a*b* relative to 'WhitePoint' (default ``whitepoint('ICC')``).
* 'xyz2xyl' / 'xyl2xyz' (CIE 15:2004 section 7.3): ``x = X/(X+Y+Z)``, ``y = Y/(X+Y+Z)``,
  ``Y``; ``X = x Y/y``, ``Z = (1 - x - y) Y/y``.
* 'xyz2uvl' / 'uvl2xyz' (CIE 1960 UCS): ``u = 4X/D``, ``v = 6Y/D``, ``D = X + 15Y + 3Z``,
  ``L = Y``; inverse ``X = 3uY/(2v)``, ``Z = (4 - u - 10v) Y/(2v)``.
* 'xyz2upvpl' / 'upvpl2xyz' (CIE 1976 UCS, CIE 15:2004 section 8.1): ``u' = 4X/D``,
  ``v' = 9Y/D``; inverse ``X = 9u'Y/(4v')``, ``Z = (12 - 3u' - 20v') Y/(4v')``.
  A zero denominator gives NaN (0/0), as the division does.
* 'lab2lch' / 'lch2lab': ``C = hypot(a, b)``, ``h = atan2(b, a)`` in degrees in
  [0, 360); ``a = C cos h``, ``b = C sin h``.

Encodings (applycform's page and lab2double's ICC.1:2001-4 tables): uint8/uint16 sRGB
are the values times 255/65535; uint8 L*a*b* is ``L 255/100``, ``a + 128``; uint16
L*a*b* ``L 65280/100``, ``(a + 128) 256``; uint16 XYZ is ``XYZ 32768`` (1.0 is 0x8000).
The output has the input's class, except XYZ output, which is uint16 for uint8 input
(there is no 8-bit XYZ encoding).
"""

from __future__ import annotations

import numpy as np

from compat._core import colorimetry as cm
from compat._core.half_away import round_half_away

__all__ = ["TRANSFORMS", "transform"]

#: type -> (input space, output space, option name or None)
TRANSFORMS = {
    "srgb2lab": ("rgb", "lab", "AdaptedWhitePoint"),
    "lab2srgb": ("lab", "rgb", "AdaptedWhitePoint"),
    "srgb2xyz": ("rgb", "xyz", "AdaptedWhitePoint"),
    "xyz2srgb": ("xyz", "rgb", "AdaptedWhitePoint"),
    "xyz2lab": ("xyz", "lab", "WhitePoint"),
    "lab2xyz": ("lab", "xyz", "WhitePoint"),
    "xyz2xyl": ("xyz", "xyl", None),
    "xyl2xyz": ("xyl", "xyz", None),
    "xyz2uvl": ("xyz", "uvl", None),
    "uvl2xyz": ("uvl", "xyz", None),
    "xyz2upvpl": ("xyz", "upvpl", None),
    "upvpl2xyz": ("upvpl", "xyz", None),
    "lab2lch": ("lab", "lch", None),
    "lch2lab": ("lch", "lab", None),
}


def _decode(a: np.ndarray, space: str) -> np.ndarray:
    """Double values of an encoded colour array (channels on the last axis)."""
    if a.dtype.kind == "f":
        return a.astype(np.float64)
    v = a.astype(np.float64)
    if space == "rgb":
        return cm.decode_rgb(a)
    if space == "lab":
        if a.dtype == np.uint8:
            return np.stack([v[..., 0] * (100 / 255), v[..., 1] - 128, v[..., 2] - 128],
                            axis=-1)
        return np.stack([v[..., 0] * (100 / 65280), v[..., 1] / 256 - 128,
                         v[..., 2] / 256 - 128], axis=-1)
    return v / 32768                                     # xyz16


def _round_to(v: np.ndarray, dtype) -> np.ndarray:
    top = np.iinfo(dtype).max
    r = round_half_away(v)
    return np.where(np.isnan(r), 0, np.clip(r, 0, top)).astype(dtype)


def _encode(v: np.ndarray, space: str, dtype: np.dtype) -> np.ndarray:
    if dtype.kind == "f":
        return v.astype(dtype)
    if space == "rgb":
        return cm.encode_rgb(v, dtype.name)
    if space == "lab":
        if dtype == np.uint8:
            w = np.stack([v[..., 0] * (255 / 100), v[..., 1] + 128, v[..., 2] + 128], -1)
        else:
            w = np.stack([v[..., 0] * (65280 / 100), (v[..., 1] + 128) * 256,
                          (v[..., 2] + 128) * 256], axis=-1)
        return _round_to(w, dtype)
    return _round_to(v * 32768, np.dtype(np.uint16))


def output_class(kind: str, dtype: np.dtype) -> np.dtype:
    if TRANSFORMS[kind][1] == "xyz" and dtype == np.uint8:
        return np.dtype(np.uint16)
    return dtype


def _ratio(num, den):
    with np.errstate(divide="ignore", invalid="ignore"):
        return num / den


def _convert(kind: str, c: np.ndarray, white) -> np.ndarray:
    x, y, z = c[..., 0], c[..., 1], c[..., 2]
    if kind == "srgb2xyz":
        return cm.rgb_to_xyz(c, "srgb", white, -1)
    if kind == "srgb2lab":
        return cm.xyz_to_lab(cm.rgb_to_xyz(c, "srgb", white, -1), white, -1)
    if kind == "xyz2srgb":
        return np.clip(cm.xyz_to_rgb(c, "srgb", white, -1), 0, 1)
    if kind == "lab2srgb":
        return np.clip(cm.xyz_to_rgb(cm.lab_to_xyz(c, white, -1), "srgb", white, -1), 0, 1)
    if kind == "xyz2lab":
        return cm.xyz_to_lab(c, white, -1)
    if kind == "lab2xyz":
        return cm.lab_to_xyz(c, white, -1)
    if kind == "xyz2xyl":
        s = x + y + z
        return np.stack([_ratio(x, s), _ratio(y, s), y], -1)
    if kind == "xyl2xyz":
        return np.stack([_ratio(x * z, y), z, _ratio((1 - x - y) * z, y)], -1)
    if kind in ("xyz2uvl", "xyz2upvpl"):
        d = x + 15 * y + 3 * z
        return np.stack([_ratio(4 * x, d), _ratio((6 if kind == "xyz2uvl" else 9) * y, d),
                         y], -1)
    if kind == "uvl2xyz":
        return np.stack([_ratio(3 * x * z, 2 * y), z, _ratio((4 - x - 10 * y) * z, 2 * y)], -1)
    if kind == "upvpl2xyz":
        return np.stack([_ratio(9 * x * z, 4 * y), z,
                         _ratio((12 - 3 * x - 20 * y) * z, 4 * y)], -1)
    if kind == "lab2lch":
        h = np.degrees(np.arctan2(z, y))
        h = np.where(h < 0, h + 360, h)
        return np.stack([x, np.hypot(y, z), h], -1)
    # lch2lab
    r = np.radians(z)
    return np.stack([x, y * np.cos(r), y * np.sin(r)], -1)


def transform(kind: str, a: np.ndarray, white) -> np.ndarray:
    """Apply the transform ``kind`` to ``a`` (colour channels on the last axis, a
    legacy class); the result in :func:`output_class`."""
    src, dst, _ = TRANSFORMS[kind]
    out = _convert(kind, _decode(a, src), white)
    return _encode(out, dst, output_class(kind, a.dtype))
