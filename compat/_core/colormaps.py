"""MATLAB's colormap matrices (gray, jet, hot, ...) and the HSV/RGB conversions, as
numbers: an ``m``-by-3 array of RGB values in [0, 1] per map.

The maps follow the definitions MATLAB documents for each (a linear ramp
``(0:m-1)'/max(m-1, 1)`` for gray and the two-color ramps, hot's three stages of
``fix(3/8*m)`` rows, jet's ``ceil(m/4)``-wide trapezoids, bone/copper/pink built from gray
and hot) and agree bit for bit with GNU Octave 7.3's, which implement the same
definitions (reference_outputs/matlab/colormaps).
"""

from __future__ import annotations

import numpy as np

__all__ = ["ramp", "gray", "hot", "jet", "hsv_to_rgb", "rgb_to_hsv", "two_color"]


def ramp(m: int) -> np.ndarray:
    """``(0:m-1)'/max(m-1, 1)``."""
    return np.arange(m, dtype=np.float64) / max(m - 1, 1)


def gray(m: int) -> np.ndarray:
    g = ramp(m)
    return np.column_stack([g, g, g])


def two_color(m: int, kind: str) -> np.ndarray:
    """cool, spring, summer, autumn, winter: ramps between two colours."""
    r = ramp(m)
    one, zero = np.ones(m), np.zeros(m)
    columns = {"cool": (r, 1 - r, one), "spring": (one, r, 1 - r),
               "summer": (r, 0.5 + r / 2, 0.4 * one), "autumn": (one, r, zero),
               "winter": (zero, r, 0.5 + (1 - r) / 2)}[kind]
    return np.column_stack(columns)


def hot(m: int) -> np.ndarray:
    """Black-red-yellow-white in three stages of ``n = fix(3/8*m)`` rows."""
    n = int(np.fix(3 / 8 * m))
    r = np.concatenate([np.arange(1, n + 1) / n if n else np.zeros(0), np.ones(m - n)])
    g = np.concatenate([np.zeros(n), np.arange(1, n + 1) / n if n else np.zeros(0),
                        np.ones(max(m - 2 * n, 0))])[:m]
    rest = m - 2 * n
    b = np.concatenate([np.zeros(min(2 * n, m)),
                        np.arange(1, rest + 1) / rest if rest > 0 else np.zeros(0)])
    return np.column_stack([r, g, b])


def jet(m: int) -> np.ndarray:
    """Blue-cyan-yellow-red: trapezoids ``n = ceil(m/4)`` rows wide, the green one
    centred (one row earlier when ``mod(m, 4) == 1``), red ``n`` rows later and blue
    ``n`` rows earlier, each cut at the map's ends."""
    out = np.zeros((m, 3))
    if m == 0:
        return out
    n = int(np.ceil(m / 4))
    u = np.concatenate([np.arange(1, n + 1) / n, np.ones(n - 1), np.arange(n, 0, -1) / n])
    g = int(np.ceil(n / 2)) - int(m % 4 == 1) + np.arange(1, u.size + 1)
    r, b = g + n, g - n
    g, r, b = g[g <= m], r[r <= m], b[b >= 1]
    out[r - 1, 0] = u[:r.size]
    out[g - 1, 1] = u[:g.size]
    out[b - 1, 2] = u[u.size - b.size:]
    return out


def hsv_to_rgb(hsv: np.ndarray) -> np.ndarray:
    """MATLAB's hsv2rgb on ``(..., 3)`` values: hue sector ``fix(6h)`` (h = 1 as 0)."""
    h, s, v = hsv[..., 0], hsv[..., 1], hsv[..., 2]
    h6 = 6 * h
    k = np.fix(h6)
    f = h6 - k
    p = v * (1 - s)
    q = v * (1 - s * f)
    t = v * (1 - s * (1 - f))
    k = np.mod(k, 6).astype(int)
    choices = [(v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q)]
    out = np.zeros(hsv.shape)
    for sector, (r, g, b) in enumerate(choices):   # six sectors: a bounded loop
        pick = k == sector
        out[..., 0] = np.where(pick, r, out[..., 0])
        out[..., 1] = np.where(pick, g, out[..., 1])
        out[..., 2] = np.where(pick, b, out[..., 2])
    return out


def rgb_to_hsv(rgb: np.ndarray) -> np.ndarray:
    """MATLAB's rgb2hsv on ``(..., 3)`` values: V the maximum, S its spread over V, H
    the hexcone angle over 6 (0 for grays)."""
    r, g, b = rgb[..., 0], rgb[..., 1], rgb[..., 2]
    v = np.max(rgb, axis=-1)
    delta = v - np.min(rgb, axis=-1)
    with np.errstate(invalid="ignore", divide="ignore"):
        s = np.where(v > 0, delta / np.where(v > 0, v, 1), 0.0)
        safe = np.where(delta > 0, delta, 1)
        # MATLAB assigns the red, then green, then blue case, later ones winning ties
        h = np.where(r == v, (g - b) / safe, 0.0)
        h = np.where(g == v, 2 + (b - r) / safe, h)
        h = np.where(b == v, 4 + (r - g) / safe, h)
    h = np.where(delta > 0, h / 6, 0.0)
    h = np.where(h < 0, h + 1, h)
    return np.stack([h, s, v], axis=-1)
