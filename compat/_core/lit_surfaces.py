"""Reflectance of lit surfaces and the geometry of the legacy surface helpers.

Python-shaped core of MATLAB's ``surfnorm``, ``diffuse``, ``specular`` and ``surfl``
(the colour data of a surface lit by one light), ``polar``'s grid and ``slice``'s
planes. The legacy layer is :mod:`compat.matlab.lit_surfaces`.

Sources: MATLAB's reference pages of surfnorm ("the surface normals returned are based
on a bicubic fit of the data"), diffuse (Lambert's law, R = cos(psi)), specular (the
highlight is strongest when the normal points along (S+V)/2; Phong's model) and surfl
(default light 45 degrees counterclockwise from the view direction, K = [ka kd ks
spread] defaulting to [.55 .6 .4 10]); MathWorks' surfl.m, surfnorm.m, diffuse.m and
specular.m (Copyright 1984-2024, read for the formulas only); B. T. Phong,
"Illumination for computer generated pictures", CACM 18(6), 1975.
"""

from __future__ import annotations

import numpy as np

__all__ = ["surface_normals", "diffuse_reflectance", "specular_reflectance",
           "view_direction", "default_light", "surfl_reflectance", "DEFAULT_REFLECTANCE"]

#: surfl's default [ambient, diffuse, specular, spread] (MATLAB's surfl page)
DEFAULT_REFLECTANCE = (0.55, 0.6, 0.4, 10.0)


def _pad_cubic(a: np.ndarray) -> np.ndarray:
    """``a`` with one extra row and column on each side, extrapolated by the cubic rule
    3 a(1) - 3 a(2) + a(3) (the value of the quadratic through the first three)."""
    top = 3 * a[0, :] - 3 * a[1, :] + a[2, :]
    bottom = 3 * a[-1, :] - 3 * a[-2, :] + a[-3, :]
    a = np.vstack([top, a, bottom])
    left = 3 * a[:, 0] - 3 * a[:, 1] + a[:, 2]
    right = 3 * a[:, -1] - 3 * a[:, -2] + a[:, -3]
    return np.column_stack([left, a, right])


def surface_normals(x: np.ndarray, y: np.ndarray, z: np.ndarray):
    """Unit normals of the parametric surface (x, y, z) at its vertices, MATLAB's rule:
    central differences along the rows and the columns of the grid (extended by one
    extrapolated point on each side), normal = d/dcolumn x d/drow, scaled to length 1
    (a zero normal stays zero). All three inputs are m-by-n, m, n >= 3."""
    diffs = []
    for a in (x, y, z):
        p = _pad_cubic(np.asarray(a, dtype=np.float64))
        along_col = (p[1:-1, 2:] - p[1:-1, :-2]) / 2   # d/d(column index)
        along_row = (p[2:, 1:-1] - p[:-2, 1:-1]) / 2   # d/d(row index)
        diffs.append((along_col, along_row))
    (cx, rx), (cy, ry), (cz, rz) = diffs
    nx = cy * rz - cz * ry
    ny = cz * rx - cx * rz
    nz = cx * ry - cy * rx
    mag = np.sqrt(nx * nx + ny * ny + nz * nz)
    mag[mag == 0] = np.finfo(np.float64).eps
    return nx / mag, ny / mag, nz / mag


def view_direction(az: float, el: float) -> np.ndarray:
    """The unit vector towards a viewer at azimuth ``az`` and elevation ``el`` degrees
    in MATLAB's View convention (az measured from the negative y axis,
    counterclockwise seen from above)."""
    a, e = np.radians(az), np.radians(el)
    return np.array([np.sin(a) * np.cos(e), -np.cos(a) * np.cos(e), np.sin(e)])


def default_light(az: float, el: float) -> np.ndarray:
    """surfl's light when none is given: 45 degrees counterclockwise from the view
    direction (az, el in degrees); MATLAB's formula, not a unit vector in general."""
    a, e, phi = np.radians(az), np.radians(el), np.pi / 4
    return np.array([np.cos(a) * np.sin(phi) + np.sin(a) * np.cos(e) * np.cos(phi),
                     np.sin(phi) * np.sin(a) - np.cos(a) * np.cos(e) * np.cos(phi),
                     np.sin(phi) * np.sin(e)])


def _unit(v: np.ndarray) -> np.ndarray:
    return v / np.sqrt(np.dot(v, v))


def diffuse_reflectance(nx, ny, nz, s: np.ndarray) -> np.ndarray:
    """Lambert's law: max(0, cos angle(normal, s)); ``s`` a 3-vector (any length)."""
    s = _unit(np.asarray(s, dtype=np.float64))
    mag = np.sqrt(nx * nx + ny * ny + nz * nz)
    mag[mag == 0] = np.finfo(np.float64).eps
    return np.maximum(0.0, (s[0] * nx + s[1] * ny + s[2] * nz) / mag)


def specular_reflectance(nx, ny, nz, s: np.ndarray, v: np.ndarray,
                         spread: float) -> np.ndarray:
    """Phong's highlight as MATLAB computes it:
    max(0, 2 (s.n)(v.n)/|n|^2 - v.s) ** spread with s and v unit 3-vectors (no cut-off
    where the light is behind the surface)."""
    s = _unit(np.asarray(s, dtype=np.float64))
    v = _unit(np.asarray(v, dtype=np.float64))
    mag = nx * nx + ny * ny + nz * nz
    mag[mag == 0] = np.finfo(np.float64).eps
    sn = s[0] * nx + s[1] * ny + s[2] * nz
    vn = v[0] * nx + v[1] * ny + v[2] * nz
    return np.maximum(0.0, 2 * sn * vn / mag - np.dot(v, s)) ** spread


def surfl_reflectance(x, y, z, s, k, spans, view) -> np.ndarray:
    """surfl's CData: (ka + kd diffuse + ks specular) / (ka + kd + ks) with the normals
    of the surface scaled to a cube-like domain (each coordinate divided by its axis
    span over the largest span); ``spans`` the (x, y, z) axis-limit widths, ``view``
    (az, el) in degrees, ``s`` the light's 3-vector, ``k`` [ka kd ks spread]."""
    spans = np.asarray(spans, dtype=np.float64)
    spans = spans / spans.max()
    nx, ny, nz = surface_normals(x / spans[0], y / spans[1], z / spans[2])
    v = view_direction(*view)
    ka, kd, ks, spread = (float(t) for t in k)
    total = ka + kd * diffuse_reflectance(nx, ny, nz, s) + \
        ks * specular_reflectance(nx, ny, nz, s, v, spread)
    return total / (ka + kd + ks)
