"""Colour-space conversions of IDL's COLOR_CONVERT: RGB to and from HSV and HLS.

RGB values are bytes 0-255; hue is in degrees (0 red, 120 green, 240 blue, in [0, 360)),
saturation, value and lightness are FLOAT in [0, 1] -- IDL's reference page, which names
Foley and van Dam, *Fundamentals of Interactive Computer Graphics* (1982), for the
formulas. The formulas are the hexcone (HSV) and double-hexcone (HLS) models of Foley and
van Dam, with ``max``/``min`` of the three bytes and ``delta = max - min``:

* RGB -> HSV: ``V = max/255``, ``S = delta/max`` (0 when ``max = 0``), hue 0 for a grey
  (``S = 0``); else ``H = 60 * ((G - B)/delta)`` when R is the maximum, ``60 * (2 + (B -
  R)/delta)`` for G, ``60 * (4 + (R - G)/delta)`` for B, plus 360 when negative.
* RGB -> HLS: ``L = (max + min)/255/2``; greys have ``H = S = 0``; ``S = delta/(max +
  min)`` when ``L < 0.5`` else ``delta/(510 - max - min)``; H as for HSV.
* HSV -> RGB: the hue's sector ``i = floor(6 h')`` of ``h' = H/360 - floor(H/360)``,
  ``f = 6 h' - i``, ``p = V(1 - S)``, ``q = V(1 - S f)``, ``t = V(1 - S(1 - f))``, the
  sectors (V,t,p), (q,V,p), (p,V,t), (p,q,V), (t,p,V), (V,p,q).
* HLS -> RGB: ``m2 = L(1 + S)`` for ``L <= 0.5`` else ``L + S - L S``, ``m1 = 2L - m2``,
  each channel ``value(m1, m2, h' + 1/3 | h' | h' - 1/3)`` with Foley and van Dam's
  piecewise-linear hue function.
* Bytes are the channel times 255 rounded to the nearest integer (halves away from
  zero), wrapping modulo 256 outside 0-255 (IDL's BYTE conversion).

IDL's page does not give its floating-point evaluation order. The single (FLOAT) and
double steps here are GDL 1.0.1's (its colour routines in src/color.cpp, used by TVLCT's
/HSV and /HLS): FLOAT arithmetic on the bytes and FLOAT inputs, with the constants 2.0,
60.0, 360.0, 1/3, 1/6, 2/3 and the ``1 - ...`` terms of the byte outputs in double. That
is the only executable reference; it agrees with IDL's documented example and with every
exactly representable case.
"""

from __future__ import annotations

import numpy as np

from compat._core.half_away import round_half_away

__all__ = ["rgb_to_hsv", "rgb_to_hls", "hsv_to_rgb", "hls_to_rgb"]

_F = np.float32
_D = np.float64
_255 = _F(255.0)


def _round_byte(x: np.ndarray) -> np.ndarray:
    """C's round (halves away from zero) of doubles, then IDL's BYTE (modulo 256)."""
    r = round_half_away(np.asarray(x, dtype=_D))
    r = np.where(np.isfinite(r), r, 0.0)
    return r.astype(np.int64).astype(np.uint8)


def _hue(r, g, b, cmax, delta):
    """Hue in degrees (FLOAT) of bytes with ``delta > 0`` (GDL's order of operations)."""
    rf, gf, bf = (c.astype(np.int32) for c in (r, g, b))
    with np.errstate(divide="ignore", invalid="ignore"):
        h_r = (gf - bf).astype(_F) / delta
        h_g = (_D(2.0) + ((bf - rf).astype(_F) / delta).astype(_D)).astype(_F)
        h_b = (_D(4.0) + ((rf - gf).astype(_F) / delta).astype(_D)).astype(_F)
    h = np.where(r == cmax, h_r, np.where(g == cmax, h_g, h_b))
    h = (h.astype(_D) * 60.0).astype(_F)
    return np.where(h < 0.0, (h.astype(_D) + 360.0).astype(_F), h).astype(_F)


def rgb_to_hsv(r: np.ndarray, g: np.ndarray, b: np.ndarray):
    """Bytes to FLOAT ``(h, s, v)`` (same shapes)."""
    r, g, b = (np.asarray(c, dtype=np.uint8) for c in (r, g, b))
    cmax = np.maximum(np.maximum(r, g), b)
    cmin = np.minimum(np.minimum(r, g), b)
    v = cmax.astype(_F) / _255
    delta = (cmax.astype(np.int32) - cmin).astype(_F)
    with np.errstate(divide="ignore", invalid="ignore"):
        s = np.where(cmax != 0, delta / cmax.astype(_F), _F(0.0)).astype(_F)
    h = np.where(s == 0, _F(0.0), _hue(r, g, b, cmax, delta)).astype(_F)
    return h, s, v.astype(_F)


def rgb_to_hls(r: np.ndarray, g: np.ndarray, b: np.ndarray):
    """Bytes to FLOAT ``(h, l, s)`` (same shapes)."""
    r, g, b = (np.asarray(c, dtype=np.uint8) for c in (r, g, b))
    cmax = np.maximum(np.maximum(r, g), b).astype(_F)
    cmin = np.minimum(np.minimum(r, g), b).astype(_F)
    total = cmax + cmin
    l_ = ((total / _255).astype(_D) / 2.0).astype(_F)
    delta = cmax - cmin
    with np.errstate(divide="ignore", invalid="ignore"):
        low = delta / total
        high = (delta.astype(_D) / (2.0 * 255.0 - cmax.astype(_D) - cmin.astype(_D))).astype(_F)
        s = np.where(l_ < 0.5, low, high)
    grey = delta == 0
    s = np.where(grey, _F(0.0), s).astype(_F)
    h = np.where(grey, _F(0.0), _hue(r, g, b, cmax.astype(np.uint8), delta)).astype(_F)
    return h, l_, s


def hsv_to_rgb(h: np.ndarray, s: np.ndarray, v: np.ndarray):
    """FLOAT ``(h, s, v)`` to bytes ``(r, g, b)`` (same shapes)."""
    h, s, v = (np.asarray(c, dtype=_F) for c in (h, s, v))
    vmax = v * _255                                    # FLOAT
    with np.errstate(invalid="ignore", over="ignore"):
        hh = (h.astype(_D) / 360.0).astype(_F)
        hh = hh - np.floor(hh)
        hh = hh * _F(6.0)
        fh = np.floor(hh)
        f = hh - fh
        p = _round_byte((1.0 - s.astype(_D)) * vmax)
        q = _round_byte((1.0 - (s * f).astype(_D)) * vmax)
        t = _round_byte((1.0 - s.astype(_D) * (1.0 - f.astype(_D))) * vmax)
        vb = _round_byte(v * _255)
        i = np.where(np.isfinite(fh), fh, 5).astype(np.int64)
    r = np.select([i == 0, i == 1, i == 2, i == 3, i == 4], [vb, q, p, p, t], vb)
    g = np.select([i == 0, i == 1, i == 2, i == 3, i == 4], [t, vb, vb, q, p], p)
    b = np.select([i == 0, i == 1, i == 2, i == 3, i == 4], [p, p, t, vb, vb], q)
    grey = s == 0
    gb = _round_byte(vmax)
    return tuple(np.where(grey, gb, c).astype(np.uint8) for c in (r, g, b))


def _hue_value(m1, m2, h):
    """Foley and van Dam's channel value for hue fraction ``h`` (FLOAT in, FLOAT out)."""
    h = h - np.floor(h)
    d = m2 - m1                                       # FLOAT
    rise = (m1.astype(_D) + (d * h).astype(_D) * 6.0).astype(_F)
    fall = (m1.astype(_D) + d.astype(_D) * ((2.0 / 3.0) - h.astype(_D)) * 6.0).astype(_F)
    hd = h.astype(_D)
    return np.select([hd < 1.0 / 6.0, hd < 0.5, hd < 2.0 / 3.0], [rise, m2, fall], m1)


def hls_to_rgb(h: np.ndarray, l_: np.ndarray, s: np.ndarray):
    """FLOAT ``(h, l, s)`` to bytes ``(r, g, b)`` (same shapes)."""
    h, l_, s = (np.asarray(c, dtype=_F) for c in (h, l_, s))
    with np.errstate(invalid="ignore", over="ignore"):
        hh = (h.astype(_D) / 360.0).astype(_F)
        m2 = np.where(l_ <= 0.5, (l_.astype(_D) * (1.0 + s.astype(_D))).astype(_F),
                      (l_ + s) - l_ * s).astype(_F)
        m1 = (2.0 * l_.astype(_D) - m2.astype(_D)).astype(_F)
        out = []
        for shift in (1.0 / 3.0, 0.0, -1.0 / 3.0):
            hc = (hh.astype(_D) + shift).astype(_F)
            out.append(_round_byte(_hue_value(m1, m2, hc) * _255))
        grey = _round_byte(l_ * _255)
    return tuple(np.where(s == 0, grey, c).astype(np.uint8) for c in out)
