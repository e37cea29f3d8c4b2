"""IDL's classic MAP_SET projections on the unit sphere: the projection table, the
forward equations (longitude/latitude to IDL's UV plane), the UV range of each
projection and the plot window MAP_SET builds around it.

Python-shaped: :func:`forward` maps degrees to UV for a :class:`ClassicMap`;
:func:`uv_range` is the projection's UV extent; :func:`window_scaling` is MAP_SET's
``!X.S``/``!Y.S``/window arithmetic. The legacy layer is :mod:`compat.idl.map_graphics`.

Sources, each behaviour from:

* the projection equations: Snyder, *Map Projections -- A Working Manual*, USGS
  Professional Paper 1395 (1987), on a sphere of radius 1 (IDL's reference page for
  MAP_SET: "the default is a sphere of radius 1"): the oblique azimuthal forms (Snyder
  20-3, 20-4 orthographic; 21-2..21-4 stereographic; 22-2..22-4 gnomonic; 24-2..24-4
  Lambert azimuthal equal-area; 25-2..25-4 azimuthal equidistant) and, for the
  (pseudo)cylindricals, the normal forms applied in the frame whose origin is the map
  centre (Snyder's "transformation of coordinates", eqs. 5-7 and 5-8): cylindrical
  equidistant (12-1, 12-2), Mercator (7-1, 7-2), Miller (11-1, 11-2), sinusoidal
  (30-1, 30-2), Mollweide (31-1..31-3), Hammer-Aitoff (Snyder 1989 "An Album of Map
  Projections" p. 240: x = 2 sqrt(2) cos(phi) sin(lam/2) / D, y = sqrt(2) sin(phi) / D,
  D = sqrt(1 + cos(phi) cos(lam/2))) and Aitoff (the same Album p. 236:
  x = 2 cos(phi) sin(lam/2) / sinc(alpha), y = sin(phi) / sinc(alpha),
  cos(alpha) = cos(phi) cos(lam/2));
* the rotation ``Rot`` (IDL's MAP_SET page: "the angle through which the North
  direction should be rotated around the line L between the earth's center and the
  point (Lat0, Lon0) ... positive ... clockwise"), applied to UV as IDL 8.1's
  map_set.pro rotates the UV corners of the cylindricals: ``u' = u cos r + v sin r``,
  ``v' = v cos r - u sin r``;
* the UV range of each projection (map_proj_info.pro of IDL 8.1: ``[-1,-1,1,1]``
  FLOAT for the orthographic, twice that for the stereographic, Lambert azimuthal and
  gnomonic, ``!DPI`` times it for the azimuthal equidistant, ``[-pi,-pi/2,pi,pi/2]``
  for the cylindrical, sinusoidal and Aitoff, ``[-pi,-2.43,pi,2.43]`` (the FLOAT
  literal) for Mercator, ``[-pi,-1.832,pi,1.832]`` for Miller, ``sqrt(2.0)*[-2,-1,2,1]``
  FLOAT for Mollweide and Hammer-Aitoff) and MAP_SET's window arithmetic (IDL 8.1's
  map_set.pro: 1% border fudge unless /NOBORDER, /ISOTROPIC shrinking the window about
  its centre, ``!X.S[0] = x_cen - (u0 + u1)/2 * !X.S[1]``, !P.CLIP from the UV box),
  restated in compat's own code.

Everything here is DOUBLE, angles in degrees at the interface.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from compat._core.errors import CompatValueError

_DTOR = math.pi / 180.0
_F = np.float32

#: IDL's classic projection numbers and map_proj_info's names
NAMES = {1: "Stereographic", 2: "Orthographic", 3: "LambertConic", 4: "LambertAzimuthal",
         5: "Gnomic", 6: "AzimuthalEquidistant", 7: "Satellite", 8: "Cylindrical",
         9: "Mercator", 10: "Mollweide", 11: "Sinusoidal", 12: "Aitoff",
         13: "HammerAitoff", 14: "AlbersEqualAreaConic", 15: "TransverseMercator",
         16: "MillerCylindrical", 17: "Robinson", 18: "LambertConicEllipsoid",
         19: "GoodesHomolosine"}
#: the projections compat computes
SUPPORTED = (1, 2, 4, 5, 6, 8, 9, 10, 11, 12, 13, 16)
AZIMUTHAL = (1, 2, 4, 5, 6)
CYLINDRICAL = (8, 9, 10, 11, 12, 13, 16, 17, 19)


@dataclass
class ClassicMap:
    """The projection MAP_SET chose and its centre (degrees) and rotation."""

    projection: int
    p0lon: float = 0.0
    p0lat: float = 0.0
    rotation: float = 0.0


def check(projection: int) -> None:
    if projection not in NAMES:
        raise CompatValueError(f"Projection number must be within range of 1 to 19: "
                               f"{projection}")
    if projection not in SUPPORTED:
        names = ", ".join(NAMES[n] for n in SUPPORTED)
        raise CompatValueError(f"the {NAMES[projection]} projection is not available in "
                               f"compat's MAP_SET (available: {names})")


def uv_range(projection: int) -> np.ndarray:
    """map_proj_info's UV range ``[umin, vmin, umax, vmax]`` in IDL's type (FLOAT
    ranges come back as float32 values in a float64 array)."""
    ones = np.array([-1, -1, 1, 1], _F)
    dpi = math.pi
    table = {
        1: 2 * ones, 2: ones, 4: 2 * ones, 5: 2 * ones, 6: dpi * ones.astype(np.float64),
        8: np.array([-1, -.5, 1, .5], _F).astype(np.float64) * dpi,
        9: np.array([-dpi, float(_F(-2.43)), dpi, float(_F(2.43))]),
        10: _F(math.sqrt(2.0)) * np.array([-2, -1, 2, 1], _F),
        11: np.array([-1, -.5, 1, .5], _F).astype(np.float64) * dpi,
        12: np.array([-1, -.5, 1, .5], _F).astype(np.float64) * dpi,
        13: _F(math.sqrt(2.0)) * np.array([-2, -1, 2, 1], _F),
        16: np.array([-dpi, float(_F(-1.832)), dpi, float(_F(1.832))]),
    }
    return np.asarray(table[projection], np.float64)


def _mollweide_theta(phi):
    """Snyder 31-4: Newton's iteration for 2 theta + sin 2 theta = pi sin phi."""
    t = np.asarray(phi, np.float64).copy()
    target = math.pi * np.sin(phi)
    for _ in range(60):
        f = 2 * t + np.sin(2 * t) - target
        d = 2 + 2 * np.cos(2 * t)
        with np.errstate(divide="ignore", invalid="ignore"):
            step = np.where(d > 1e-15, f / d, 0.0)
        t = t - step
        if np.all(np.abs(step) < 1e-15):
            break
    return np.clip(t, -math.pi / 2, math.pi / 2)


def forward(m: ClassicMap, lon, lat):
    """Longitude/latitude (degrees, broadcast) to UV on the unit sphere; NaN where the
    point is not on the map (the far hemisphere of the orthographic, at or past the
    horizon of the gnomonic, the antipode of the azimuthals) or its UV overflows."""
    check(m.projection)
    lon = np.asarray(lon, np.float64)
    lat = np.asarray(lat, np.float64)
    phi = lat * _DTOR
    dlam = (lon - m.p0lon) * _DTOR
    phi1 = m.p0lat * _DTOR
    s1, c1 = math.sin(phi1), math.cos(phi1)
    cphi = np.cos(phi)
    # the point in the frame with the centre at (1, 0, 0), east y, north z
    cosc = s1 * np.sin(phi) + c1 * cphi * np.cos(dlam)
    east = cphi * np.sin(dlam)
    north = c1 * np.sin(phi) - s1 * cphi * np.cos(dlam)
    p = m.projection
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if p in AZIMUTHAL:
            cosc = np.clip(cosc, -1.0, 1.0)
            if p == 2:
                k = np.where(cosc >= 0, 1.0, np.nan)
            elif p == 1:
                k = np.where(cosc > -1, 2.0 / (1.0 + cosc), np.nan)
            elif p == 4:
                k = np.where(cosc > -1, np.sqrt(2.0 / (1.0 + cosc)), np.nan)
            elif p == 5:
                k = np.where(cosc > 0, 1.0 / cosc, np.nan)
            else:
                c = np.arccos(cosc)
                k = np.where(cosc >= 1, 1.0, np.where(cosc > -1, c / np.sin(c), np.nan))
            u, v = k * east, k * north
        else:
            lat1 = np.arcsin(np.clip(north, -1.0, 1.0))
            lon1 = np.arctan2(east, cosc)
            if p == 8:
                u, v = lon1, lat1
            elif p == 9:
                v = np.log(np.tan(math.pi / 4 + lat1 / 2))
                u = lon1
            elif p == 16:
                v = 1.25 * np.log(np.tan(math.pi / 4 + 0.4 * lat1))
                u = lon1
            elif p == 11:
                u, v = lon1 * np.cos(lat1), lat1
            elif p == 10:
                t = _mollweide_theta(lat1)
                u = 2 * math.sqrt(2) / math.pi * lon1 * np.cos(t)
                v = math.sqrt(2) * np.sin(t)
            elif p == 13:
                d = np.sqrt(1 + np.cos(lat1) * np.cos(lon1 / 2))
                u = 2 * math.sqrt(2) * np.cos(lat1) * np.sin(lon1 / 2) / d
                v = math.sqrt(2) * np.sin(lat1) / d
            else:                                   # 12 Aitoff
                alpha = np.arccos(np.clip(np.cos(lat1) * np.cos(lon1 / 2), -1.0, 1.0))
                sinc = np.where(alpha == 0, 1.0, np.sin(alpha) / np.where(alpha == 0, 1.0,
                                                                           alpha))
                u = 2 * np.cos(lat1) * np.sin(lon1 / 2) / sinc
                v = np.sin(lat1) / sinc
        if m.rotation != 0:
            r = m.rotation * _DTOR
            cr, sr = math.cos(r), math.sin(r)
            u, v = u * cr + v * sr, v * cr - u * sr
    u = np.where(np.isfinite(u) & np.isfinite(v), u, np.nan)
    v = np.where(np.isfinite(u), v, np.nan)
    return np.asarray(u, np.float64), np.asarray(v, np.float64)


def rotated_range(m: ClassicMap, uvrange: np.ndarray) -> np.ndarray:
    """map_set.pro's UV range of a rotated (pseudo)cylindrical: the box of its rotated
    corners (unchanged for the other projections)."""
    uvrange = np.asarray(uvrange, np.float64).copy()
    if m.projection not in CYLINDRICAL:
        return uvrange
    r = m.rotation * _DTOR
    cr, sr = math.cos(r), math.sin(r)
    u = uvrange[[0, 0, 2, 2]]
    v = uvrange[[1, 3, 1, 3]]
    t1 = u * cr + v * sr
    v = v * cr - u * sr
    return np.array([t1.min(), v.min(), t1.max(), v.max()])


def window_scaling(uvrange, window_x, window_y, size, *, border: bool, isotropic: bool):
    """MAP_SET's coordinate system for the plot window ``window_x``/``window_y``
    (FLOAT normal coordinates from its PLOT): returns ``(xs, ys, window_x, window_y,
    box)`` -- !X.S, !Y.S, the (possibly shrunk) windows and the UV box the window
    frames (with the 1% border fudge)."""
    uv = np.asarray(uvrange, np.float64).copy()
    if border:
        s = (uv[2] - uv[0]) * 0.01
        ss = (uv[3] - uv[1]) * 0.01
        uv = uv + np.array([-s, -ss, s, ss])
    wx = np.asarray(window_x, _F).copy()
    wy = np.asarray(window_y, _F).copy()
    x_size = _F(wx[1] - wx[0])
    y_size = _F(wy[1] - wy[0])
    x_cen = _F(wx[0] + wx[1]) / _F(2)
    y_cen = _F(wy[0] + wy[1]) / _F(2)
    xsize, ysize = float(size[0]), float(size[1])
    if isotropic:
        sx = float(x_size) * xsize / (uv[2] - uv[0])
        sy = float(y_size) * ysize / (uv[3] - uv[1])
        xs1 = min(sx, sy) / xsize
        ys1 = xs1 * xsize / ysize
        if sx > sy:
            wx = (float(x_cen) + sy / sx / 2 * np.array([-float(x_size), float(x_size)]))
            wx = wx.astype(_F)
        else:
            wy = (float(y_cen) + sx / sy / 2 * np.array([-float(y_size), float(y_size)]))
            wy = wy.astype(_F)
    else:
        xs1 = float(x_size) / (uv[2] - uv[0])
        ys1 = float(y_size) / (uv[3] - uv[1])
    xs0 = float(x_cen) - (uv[0] + uv[2]) / 2.0 * xs1
    ys0 = float(y_cen) - (uv[1] + uv[3]) / 2.0 * ys1
    return [xs0, xs1], [ys0, ys1], wx, wy, uv
