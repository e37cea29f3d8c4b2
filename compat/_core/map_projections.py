"""Map projections without graphics: the core of IDL's MAP_PROJ_INIT, MAP_PROJ_FORWARD
and MAP_PROJ_INVERSE for the GCTP projections.

Python-shaped: :func:`init` takes the projection and its parameters and returns a
:class:`MapState` (the fields of IDL's ``!MAP`` structure plus the clipping stages);
:func:`forward` maps longitudes/latitudes (radians) to metres, :func:`inverse` back.
The projections themselves are :mod:`compat._core.gctp_projections`, over GCTP's shared
series, constants and ellipsoid table in :mod:`compat._core.gctp`; this module is IDL's
layer above them (the keyword and projection tables, the ``!MAP`` fields, clipping).

Sources, each behaviour from:

* the projection equations, their series, iterations and tolerances: the USGS General
  Cartographic Transformation Package (GCTP, C version 2.0, public domain), which IDL's
  reference page for MAP_PROJ_INIT says it includes, after Snyder, *Map Projections --
  A Working Manual*, USGS Professional Paper 1395 (1987) -- equation numbers below are
  Snyder's;
* how IDL fills GCTP's 16 parameters (angles packed as DDDMMMSSS.SS, the ellipsoid
  code, the UTM zone, the default ellipsoids and sphere radius 6370997 m), the ``!MAP``
  fields and the default clipping planes of each projection: IDL's library file
  ``map_proj_init.pro`` (the reference page says MAP_PROJ_INIT is written in IDL), whose
  steps are restated here in compat's own code.

Everything here is DOUBLE.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.gctp import ELLIPSOIDS, to_dms
from compat._core.gctp_projections import SUPPORTED, Projection, gctp_projection

_DTOR = math.pi / 180.0            # IDL's !DPI/180d

#: keyword name -> is an angle (IDL's keyword table)
KEYWORDS = {
    "CENTER_AZIMUTH": True, "CENTER_LATITUDE": True, "CENTER_LONGITUDE": True,
    "FALSE_EASTING": False, "FALSE_NORTHING": False, "HEIGHT": False,
    "HOM_AZIM_LONGITUDE": True, "HOM_AZIM_ANGLE": True, "HOM_LATITUDE1": True,
    "HOM_LATITUDE2": True, "HOM_LONGITUDE1": True, "HOM_LONGITUDE2": True,
    "IS_ZONES": False, "IS_JUSTIFY": False, "MERCATOR_SCALE": False, "OEA_ANGLE": True,
    "OEA_SHAPEM": False, "OEA_SHAPEN": False, "ROTATION": True, "SEMIMAJOR_AXIS": False,
    "SEMIMINOR_AXIS": False, "SOM_INCLINATION": True, "SOM_LONGITUDE": True,
    "SOM_PERIOD": False, "SOM_RATIO": False, "SOM_FLAG": False, "SOM_LANDSAT_NUMBER": False,
    "SOM_LANDSAT_PATH": False, "SPHERE_RADIUS": False, "STANDARD_PARALLEL": True,
    "STANDARD_PAR1": True, "STANDARD_PAR2": True, "SAT_TILT": True,
    "TRUE_SCALE_LATITUDE": True, "ZONE": False,
}

_SR, _SMAJ, _SMIN = "SPHERE_RADIUS", "SEMIMAJOR_AXIS", "SEMIMINOR_AXIS"
_CLON, _CLAT, _SLAT = "CENTER_LONGITUDE", "CENTER_LATITUDE", "TRUE_SCALE_LATITUDE"
_FE, _FN, _P1, _P2 = "FALSE_EASTING", "FALSE_NORTHING", "STANDARD_PAR1", "STANDARD_PAR2"
_ROT, _CAZ = "ROTATION", "CENTER_AZIMUTH"


def _row(*names):
    return tuple(names) + ("",) * (16 - len(names))


#: (number, name, the 16 GCTP parameter slots by keyword) -- IDL's projection table.
#: Numbers below 100 are IDL's own projections, 100 and up GCTP's (GCTP code = n % 100).
PROJECTIONS = (
    (1, "Stereographic", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (2, "Orthographic", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (3, "Lambert Conic", _row(_SR, "", _P1, _P2, _CLON, _CLAT, _ROT)),
    (4, "Lambert Azimuthal", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (5, "Gnomonic", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (6, "Azimuthal Equidistant", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (7, "Satellite", _row(_SR, "", "HEIGHT", "SAT_TILT", _CLON, _CLAT, _ROT)),
    (8, "Cylindrical", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (9, "Mercator", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (10, "Mollweide", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (11, "Sinusoidal", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (12, "Aitoff", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (13, "Hammer Aitoff", _row(_SR, "", "", "", _CLON, _CLAT, _ROT)),
    (14, "Albers Equal Area Conic", _row(_SR, "", _P1, _P2, _CLON, _CLAT, _ROT)),
    (15, "Transverse Mercator", _row(_SMAJ, _SMIN, "MERCATOR_SCALE", "", _CLON, _CLAT, _ROT)),
    (16, "Miller Cylindrical", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (17, "Robinson", _row(_SR, "", "", _CAZ, _CLON, _CLAT, _ROT)),
    (18, "Lambert Ellipsoid Conic", _row(_SMAJ, _SMIN, _P1, _P2, _CLON, _CLAT, _ROT)),
    (19, "Goodes Homolosine", _row(_SR, "", "", "", _CLON)),
    (100, "Geographic", _row()),
    (101, "UTM", _row(_CLON, _CLAT, "ZONE")),
    (102, "State Plane", _row("", "", "ZONE")),
    (103, "Albers Equal Area", _row(_SMAJ, _SMIN, _P1, _P2, _CLON, _CLAT, _FE, _FN)),
    (104, "Lambert Conformal Conic", _row(_SMAJ, _SMIN, _P1, _P2, _CLON, _CLAT, _FE, _FN)),
    (105, "Mercator", _row(_SMAJ, _SMIN, "", "", _CLON, _SLAT, _FE, _FN)),
    (106, "Polar Stereographic", _row(_SMAJ, _SMIN, "", "", _CLON, _SLAT, _FE, _FN, _CLAT)),
    (107, "Polyconic", _row(_SMAJ, _SMIN, "", "", _CLON, _CLAT, _FE, _FN)),
    (108, "Equidistant Conic A", _row(_SMAJ, _SMIN, "STANDARD_PARALLEL", "", _CLON, _CLAT,
                                      _FE, _FN, "0")),
    (208, "Equidistant Conic B", _row(_SMAJ, _SMIN, _P1, _P2, _CLON, _CLAT, _FE, _FN, "1")),
    (109, "Transverse Mercator", _row(_SMAJ, _SMIN, "MERCATOR_SCALE", "", _CLON, _CLAT,
                                      _FE, _FN)),
    (110, "Stereographic", _row(_SR, "", "", "", _CLON, _CLAT, _FE, _FN)),
    (111, "Lambert Azimuthal", _row(_SMAJ, _SMIN, "", "", _CLON, _CLAT, _FE, _FN)),
    (112, "Azimuthal Equidistant", _row(_SR, "", "", "", _CLON, _CLAT, _FE, _FN)),
    (113, "Gnomonic", _row(_SR, "", "", "", _CLON, _CLAT, _FE, _FN)),
    (114, "Orthographic", _row(_SR, "", "", "", _CLON, _CLAT, _FE, _FN)),
    (115, "Near Side Perspective", _row(_SR, "", "HEIGHT", "", _CLON, _CLAT, _FE, _FN)),
    (116, "Sinusoidal", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (117, "Equirectangular", _row(_SR, "", "", "", _CLON, _SLAT, _FE, _FN)),
    (118, "Miller Cylindrical", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (119, "Van der Grinten", _row(_SR, "", "", "", _CLON, _CLAT, _FE, _FN)),
    (120, "Hotine Oblique Mercator A", _row(_SMAJ, _SMIN, "MERCATOR_SCALE", "", "", _CLAT,
                                            _FE, _FN, "HOM_LONGITUDE1", "HOM_LATITUDE1",
                                            "HOM_LONGITUDE2", "HOM_LATITUDE2", "0")),
    (220, "Hotine Oblique Mercator B", _row(_SMAJ, _SMIN, "MERCATOR_SCALE", "HOM_AZIM_ANGLE",
                                            "HOM_AZIM_LONGITUDE", _CLAT, _FE, _FN,
                                            "", "", "", "", "1")),
    (121, "Robinson", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (122, "Space Oblique Mercator A", _row(_SMAJ, _SMIN, "", "SOM_INCLINATION",
                                           "SOM_LONGITUDE", "", _FE, _FN, "SOM_PERIOD",
                                           "SOM_RATIO", "SOM_FLAG", "", "0")),
    (222, "Space Oblique Mercator B", _row(_SMAJ, _SMIN, "SOM_LANDSAT_NUMBER",
                                           "SOM_LANDSAT_PATH", "", "", _FE, _FN,
                                           "", "", "", "", "1")),
    (123, "Alaska Conformal", _row(_SMAJ, _SMIN, "", "", "", "", _FE, _FN)),
    (124, "Interrupted Goode", _row(_SR)),
    (125, "Mollweide", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (126, "Interrupted Mollweide", _row(_SR)),
    (127, "Hammer", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (128, "Wagner IV", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (129, "Wagner VII", _row(_SR, "", "", "", _CLON, "", _FE, _FN)),
    (130, "Oblated Equal Area", _row(_SR, "", "OEA_SHAPEM", "OEA_SHAPEN", _CLON, _CLAT,
                                     _FE, _FN, "OEA_ANGLE")),
    (131, "Integerized Sinusoidal", _row(_SR, "", "", "", _CLON, "", _FE, _FN, "IS_ZONES",
                                         "", "IS_JUSTIFY")),
    (132, "Cylindrical Equal Area", _row(_SMAJ, _SMIN, "STANDARD_PARALLEL", "", _CLON, "",
                                         _FE, _FN)),
)

# ---------------------------------------------------------------- angles, DMS

def _special_sin(a: float) -> float:
    """IDL's map_proj_init sine of ``a`` degrees: exact at multiples of 90 (its rule)."""
    if math.fmod(a, 90.0) != 0:
        return math.sin(a * _DTOR)
    if a >= 0:
        return 0.0 if math.fmod(a, 180.0) == 0 else (1.0 if a == 90 else -1.0)
    return 0.0 if math.fmod(a, 180.0) == 0 else (-1.0 if a == -90 else 1.0)


def _special_cos(a: float) -> float:
    """IDL's map_proj_init cosine of ``a`` degrees (exact at multiples of 90)."""
    if math.fmod(a, 90.0) != 0:
        return math.cos(a * _DTOR)
    if a >= 0:
        return 0.0 if math.fmod(a, 180.0) != 0 else (-1.0 if a == 180 else 1.0)
    return 0.0 if math.fmod(a, 180.0) != 0 else (-1.0 if a == -180 else 1.0)


# ---------------------------------------------------------------- MAP_PROJ_INIT

@dataclass
class MapState:
    """The fields of IDL's ``!MAP`` structure that MAP_PROJ_INIT fills, and its clipping
    stages (``pipeline``: rows ``[code, a, b, c, d, e, f, 0]``, codes compat's own:
    1 split, 2 clip plane, 3 transform, 4 clip UV; 0 ends)."""

    projection: int = 0
    simple: int = 0
    up_name: str = ""
    p0lon: float = 0.0
    p0lat: float = 0.0
    u0: float = 0.0
    v0: float = 0.0
    sino: float = 0.0
    coso: float = 0.0
    rotation: float = 0.0
    sinr: float = 0.0
    cosr: float = 1.0
    a: float = 6370997.0
    e2: float = 0.0
    pole: np.ndarray = field(default_factory=lambda: np.zeros(7))
    uv_box: np.ndarray = field(default_factory=lambda: np.zeros(4))
    ll_box: np.ndarray = field(default_factory=lambda: np.zeros(4))
    p: np.ndarray = field(default_factory=lambda: np.zeros(16))
    pipeline: np.ndarray = field(default_factory=lambda: np.zeros((12, 8)))


def find_projection(projection, *, gctp: bool = False, has: frozenset = frozenset()) -> int:
    """Index into :data:`PROJECTIONS` for a number or a (possibly abbreviated) name."""
    if isinstance(projection, str):
        sname = "".join(projection.split()).upper()
        compressed = ["".join(p[1].split()).upper() for p in PROJECTIONS]
        match = [c.startswith(sname) for c in compressed]
        if sum(match) > 1:
            forms = {"EQUIDISTANTCONIC": ({"STANDARD_PAR1", "STANDARD_PAR2"}, "EQUIDISTANTCONIC"),
                     "HOTINEOBLIQUEMERCATOR": ({"HOM_AZIM_ANGLE", "HOM_AZIM_LONGITUDE"},
                                               "HOTINEOBLIQUEMERCATOR"),
                     "SPACEOBLIQUEMERCATOR": ({"SOM_LANDSAT_NUMBER", "SOM_LANDSAT_PATH"},
                                              "SPACEOBLIQUEMERCATOR")}
            if sname in forms:
                keys, base = forms[sname]
                kind = "B" if keys & has else "A"
                match = [c == base + kind for c in compressed]
            else:
                match = [m and ((p[0] >= 100) if gctp else (p[0] < 100))
                         for m, p in zip(match, PROJECTIONS)]
        n = sum(match)
        if n == 0:
            raise CompatValueError(f"Invalid Projection name: {projection}")
        if n != 1:
            raise CompatValueError(f"Ambiguous Projection abbreviation: {projection}")
        return match.index(True)
    number = int(projection)
    for i, p in enumerate(PROJECTIONS):
        if p[0] == number:
            return i
    raise CompatValueError(f"Invalid Projection number: {number}")


def ellipsoid_axes(ellipsoid) -> tuple[int, float, float]:
    """``(code, semimajor, semiminor)``; the code is -1 past GCTP's 20 ellipsoids."""
    if isinstance(ellipsoid, str):
        check = "".join(ellipsoid.split()).upper()
        names = ["".join(e[0].split()).upper() for e in ELLIPSOIDS]
        found = [i for i, n in enumerate(names) if n.startswith(check)]
        if not found:
            raise CompatValueError(f"Invalid value for keyword ELLIPSOID: {ellipsoid}")
        if len(found) > 1:
            raise CompatValueError(f"Ambiguous ELLIPSOID abbreviation: {ellipsoid}")
        code = found[0]
    else:
        code = int(ellipsoid)
        if code >= len(ELLIPSOIDS) or code < 0:
            raise CompatValueError(f"Invalid value for keyword ELLIPSOID: {code}")
    _, major, minor = ELLIPSOIDS[code]
    return (code if code <= 19 else -1), major, minor


def _rotate(p, rx, ry, rz):
    """map_proj_init's rotate: about X, Y, Z by degrees, the row vector times each matrix."""
    p = list(p)
    if ry != 0:
        sy, cy = _special_sin(ry), _special_cos(ry)
        p = [p[0] * cy + p[2] * sy, p[1], -p[0] * sy + p[2] * cy]
    if rz != 0:
        sz, cz = _special_sin(rz), _special_cos(rz)
        p = [p[0] * cz - p[1] * sz, p[0] * sz + p[1] * cz, p[2]]
    return p


def init(projection, *, gctp: bool = False, ellipsoid=None, limit=None, radians: bool = False,
         relaxed: bool = False, params: dict | None = None) -> MapState:
    """MAP_PROJ_INIT for a GCTP projection: the :class:`MapState` with its parameters,
    default clipping and LIMIT (map_proj_init.pro's steps)."""
    params = {k.upper(): v for k, v in (params or {}).items() if v is not None}
    for key in params:
        if key not in KEYWORDS:
            raise CompatValueError(f"Keyword {key} not allowed in call to: MAP_PROJ_INIT")
    index = find_projection(projection, gctp=gctp, has=frozenset(params))
    number, pname, slots = PROJECTIONS[index]
    if number < 100:
        raise CompatValueError(
            f"IDL's own projection {pname!r} (number {number}) is not available in compat; "
            f"only the GCTP projections {sorted(SUPPORTED.values())} are (set gctp=True "
            "to choose the GCTP projection of a name)")
    code = number % 100
    if code not in SUPPORTED:
        raise CompatValueError(f"GCTP projection {pname!r} (number {number}) is not "
                               "available in compat")

    # ---- map_proj_checkparams
    p = np.zeros(16)
    if ellipsoid is not None:
        isph, major, minor = ellipsoid_axes(ellipsoid)
    else:
        isph, major, minor = ellipsoid_axes(19 if slots[0] == _SR else 0)
    p[0], p[1] = major, minor
    if pname == "UTM":
        p[0] = p[1] = 0.0
    elif pname == "Transverse Mercator":
        p[2] = 0.9996
    supplied = []
    for key, value in params.items():
        if key in slots:
            value = float(np.asarray(value, dtype=np.float64).reshape(-1)[0])
            p[slots.index(key)] = value
            supplied.append(key)
        elif not relaxed:
            allowed = sorted(s for s in slots if len(s) > 1)
            raise CompatValueError(f"Parameter {key} not allowed for projection: {pname}. "
                                   f"Allowed parameters include: {', '.join(allowed)}..")
    for i, name in enumerate(slots):      # the B forms' flag slot
        if name == "1":
            p[i] = 1.0
    if pname == "Polar Stereographic":
        if p[5] == 0:
            p[5] = p[8]
        if _CLAT not in supplied:
            p[8] = 0.0
    for pair in ((_SMAJ, _SMIN), (_P1, _P2)):
        if (pair[0] in supplied) != (pair[1] in supplied):
            raise CompatValueError(f"Keywords {pair[0]} and {pair[1]} must both be supplied.")
    if _SMAJ in supplied or _SR in supplied:
        isph = -1

    # ---- map_proj_map_structure (the GCTP part)
    p0lon = p0lat = 0.0
    semimajor, semiminor = 6370997.0, None
    for i, name in enumerate(slots):
        if name in KEYWORDS and KEYWORDS[name] and radians:
            p[i] = 180.0 / math.pi * p[i]
        if name == _CLAT:
            p0lat = p[i]
        elif name == _CLON:
            p0lon = p[i]
        elif name in (_SR, _SMAJ):
            semimajor = p[i]
        elif name == _SMIN:
            semiminor = p[i]
        if name in KEYWORDS and KEYWORDS[name]:
            p[i] = to_dms(p[i])
    if pname == "Polar Stereographic" and p[8] == 0:
        p0lat = 90.0 if p[5] >= 0 else -90.0
    zone = 0
    if pname == "UTM":
        sign = 1 if p0lat >= 0 else -1
        p0lat = 0.0
        gctp_zone = int(p[2])
        zone = sign * int((p0lon + 180.0) / 6.0 + 1.0) if gctp_zone == 0 else gctp_zone
        if abs(zone) < 1 or abs(zone) > 60:
            raise CompatValueError("UTM ZONE must be in the range -60 to -1, or +1 to +60.")
        p0lon = 6.0 * abs(zone) - 183
        p[2] = zone
        if gctp_zone != 0:
            p[0] = to_dms(p0lon)
        p[6] = 500000.0
        p[7] = 0.0 if zone >= 1 else 10000000.0
    e2 = 0.0
    if semiminor is not None:
        flattening = 1 - semiminor / semimajor
        e2 = flattening * (2 - flattening)
    if abs(p0lat) > 90:
        raise CompatValueError("Latitude must be in range of +/- 90 degrees")
    if abs(p0lon) > 360:
        raise CompatValueError("Longitude must be in range of +/- 360 degrees")
    while p0lon < -180:
        p0lon += 360
    while p0lon > 180:
        p0lon -= 360
    p[15] = isph
    s = MapState(projection=20, simple=code, up_name=pname, p0lon=p0lon, p0lat=p0lat,
                 u0=p0lon * _DTOR, v0=p0lat * _DTOR, a=semimajor, e2=e2, p=p)
    s.sino, s.coso = _special_sin(p0lat), _special_cos(p0lat)
    s.rotation, s.sinr, s.cosr = 0.0, 0.0, 1.0
    p2 = _rotate([0.0, 0.0, 1.0], 0, -p0lat, p0lon)
    plat = math.asin(p2[2])
    cosla = math.sqrt(1 - p2[2] ** 2)
    plon = 0.0 if cosla == 0 else math.atan2(p2[1], p2[0])
    s.pole = np.array([plon, plat, p2[2], cosla, *p2])
    gctp_projection(code, zone, p, isph)          # GCTP's init errors now, as IDL's
    _set_clip(s, limit)
    return s


def _stage(s: MapState, row) -> None:
    used = int(np.count_nonzero(s.pipeline[:, 0]))
    s.pipeline[used, :len(row)] = row


def _set_clip(s: MapState, limit) -> None:
    """map_proj_set_clip for the supported projections, then the LIMIT box."""
    has_limit = limit is not None
    lim = np.array(limit, dtype=np.float64).reshape(-1) if has_limit else np.zeros(4)
    if has_limit and lim.size != 4:
        raise CompatValueError("LIMIT must have 4 elements: [Latmin, Lonmin, Latmax, Lonmax]")
    s.pipeline[:] = 0.0
    sinlat, coslat = _special_sin(s.p0lat), _special_cos(s.p0lat)
    sinlon, coslon = _special_sin(s.p0lon), _special_cos(s.p0lon)
    name = s.up_name

    def split(equator=False):
        if equator:
            _stage(s, [1, s.p0lon, 0.0, sinlon, -coslon, 0.0, 0.0])
        else:
            center = np.array([coslon * coslat, sinlon * coslat, sinlat])
            plane = np.cross(center, s.pole[4:7])
            _stage(s, [1, s.p0lon, s.p0lat, *plane, 0.0])

    if name == "Polyconic":
        split(equator=True)
    elif name in ("Lambert Conformal Conic", "Albers Equal Area", "Equidistant Conic A",
                  "Equidistant Conic B"):
        split(equator=True)
        if lim[0] == lim[2]:
            i1 = 1 if s.p[2] >= 0.0 else -1
            i2 = 1 if s.p[3] >= 0.0 else -1
            if i1 == i2:
                _stage(s, [2, 0, 0, i1, math.sin(_DTOR * 10)])
                _stage(s, [2, 0, 0, -i1, math.sin(_DTOR * 75)])
            else:
                _stage(s, [2, 0, 0, 1, math.sin(_DTOR * 75)])
                _stage(s, [2, 0, 0, -1, math.sin(_DTOR * 75)])
    elif name in ("Sinusoidal", "Equirectangular", "Mollweide", "Robinson", "Hammer",
                  "Van der Grinten"):
        split()
    elif name in ("Mercator", "Miller Cylindrical"):
        split()
        if lim[0] == lim[2]:
            _stage(s, [2, *(-s.pole[4:7]), 0.975])
            _stage(s, [2, *s.pole[4:7], 0.975])
    elif name in ("UTM", "Transverse Mercator"):
        _stage(s, [2, coslon, sinlon, 0.0, 0.0])
    elif name in ("Polar Stereographic", "Stereographic", "Orthographic",
                  "Azimuthal Equidistant"):
        _stage(s, [2, coslon * coslat, sinlon * coslat, sinlat, 0.0])
    elif name == "Gnomonic":
        _stage(s, [2, coslon * coslat, sinlon * coslat, sinlat, -0.5])
    _set_limit(s, lim)
    _stage(s, [3])


def _limit_planes(limit) -> list:
    out = []

    def ss(a):
        return _special_sin(a)

    def cc(a):
        return _special_cos(a)
    if limit[0] > -90:
        out.append([2, 0, 0, 1, -ss(limit[0])])
    if limit[2] < 90:
        out.append([2, 0, 0, -1, ss(limit[2])])
    return out


def _set_limit(s: MapState, limit) -> None:
    """map_proj_set_limit: ll_box/uv_box by the brute-force grid, then the LIMIT planes."""
    limit = np.array(limit, dtype=np.float64)
    limit[[1, 3]] = np.clip(limit[[1, 3]], -360, 720)
    while limit[3] < -180:
        limit[[1, 3]] += 360
    while limit[3] > 360:
        limit[[1, 3]] -= 360
    while limit[1] < -180:
        limit[[1, 3]] += 360
    while limit[1] > 360:
        limit[[1, 3]] -= 360
    if limit[1] > limit[3]:
        limit[[1, 3]] = limit[[3, 1]]
    if limit[1] == limit[3]:
        limit[[1, 3]] = [-180, 180]
    limit[[0, 2]] = np.clip(limit[[0, 2]], -90, 90)
    if limit[0] > limit[2]:
        limit[[0, 2]] = limit[[2, 0]]
    if limit[0] == limit[2]:
        limit[[0, 2]] = [-90, 90]
    londel = limit[3] - limit[1]
    latdel = limit[2] - limit[0]
    eps = 1e-4
    nlon = max(1 + math.ceil(londel / 10.0), 13)
    lons = np.arange(nlon) * (londel / (nlon - 1.0)) + limit[1]
    lons = np.concatenate([[limit[1] + eps], lons, [limit[3] - eps]])
    nlat = max(1 + math.ceil(latdel / 10.0), 9)
    lats = np.arange(nlat) * (latdel / (nlat - 1.0)) + limit[0]
    lats = np.concatenate([[limit[0] + eps], lats, [limit[2] - eps]])
    if limit[0] < 0 < limit[2]:
        lats = np.concatenate([lats, [-eps, eps]])
    glon = np.tile(lons, lats.size)
    glat = np.repeat(lats, lons.size)
    stages = s.pipeline.copy()
    _stage(s, [3])
    x, y = forward(s, glon * _DTOR, glat * _DTOR)
    s.pipeline = stages
    lonlat = np.array([[limit[1], limit[0]], [limit[3], limit[2]]])
    xy = np.stack([x, y], axis=1)
    good = np.isfinite(x) & np.isfinite(y)
    if good.any():
        xy = xy[good]
        lonlat = np.stack([glon, glat], axis=1)[good]
        lo, la = inverse(s, xy[:, 0], xy[:, 1])
        back = np.stack([lo, la], axis=1) / _DTOR
        back[~np.isfinite(back).all(axis=1)] = -9999
        diff = np.abs(lonlat - back)
        diff[:, 0] = np.fmod(diff[:, 0], 360)
        keep = (np.abs(back[:, 0]) <= 720) & (np.abs(back[:, 1]) <= 90) & (diff.sum(axis=1) < 1)
        if keep.any():
            lonlat = lonlat[keep]
            xy = xy[keep]
    with np.errstate(invalid="ignore"):
        s.ll_box = np.array([np.nanmin(lonlat[:, 1]), np.nanmin(lonlat[:, 0]),
                             np.nanmax(lonlat[:, 1]), np.nanmax(lonlat[:, 0])])
        s.uv_box = np.array([np.nanmin(xy[:, 0]), np.nanmin(xy[:, 1]),
                             np.nanmax(xy[:, 0]), np.nanmax(xy[:, 1])])
    for row in _limit_planes(limit):
        _stage(s, row)
    if 180 < londel < 360:
        if not (s.uv_box[0] == s.uv_box[2] or s.uv_box[1] == s.uv_box[3]
                or not np.isfinite(s.uv_box).all()):
            _stage(s, [4, *s.uv_box])
    elif 0 < londel <= 180:
        _stage(s, [2, -_special_sin(limit[1]), _special_cos(limit[1]), 0.0, 0.0])
        if londel != 180:
            _stage(s, [2, _special_sin(limit[3]), -_special_cos(limit[3]), 0.0, 0.0])


# ---------------------------------------------------------------- FORWARD / INVERSE

def projection_of(s: MapState) -> Projection:
    zone = int(s.p[2]) if s.simple == 1 else 0
    return gctp_projection(int(s.simple), zone, s.p, int(s.p[15]))


def forward(s: MapState, lon, lat):
    """Longitude/latitude (radians) to metres: the clipping planes (NaN for a point on
    their negative side), the GCTP forward equations (NaN where GCTP reports an error),
    and the UV box."""
    lon = np.asarray(lon, dtype=np.float64)
    lat = np.asarray(lat, dtype=np.float64)
    keep = np.ones(np.broadcast(lon, lat).shape, dtype=bool)
    cl = np.cos(lat)
    px, py, pz = np.cos(lon) * cl, np.sin(lon) * cl, np.sin(lat)
    boxes = []
    for row in s.pipeline:
        kind = int(row[0])
        if kind == 0:
            break
        if kind == 2:
            with np.errstate(invalid="ignore"):
                keep &= row[1] * px + row[2] * py + row[3] * pz + row[4] >= 0
        elif kind == 4:
            boxes.append(row[1:5])
    proj = projection_of(s)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        x, y = proj.forward(lon, lat)
    x = np.where(keep, x, np.nan)
    y = np.where(keep, y, np.nan)
    for box in boxes:
        with np.errstate(invalid="ignore"):
            inside = (x >= box[0]) & (x <= box[2]) & (y >= box[1]) & (y <= box[3])
        x = np.where(inside, x, np.nan)
        y = np.where(inside, y, np.nan)
    return np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)


def inverse(s: MapState, x, y):
    """Metres to longitude/latitude (radians) by the GCTP inverse equations (NaN where
    GCTP reports an error or an iteration does not converge)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    proj = projection_of(s)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        lon, lat = proj.inverse(x, y)
    bad = ~(np.isfinite(lon) & np.isfinite(lat))
    lon = np.where(bad, np.nan, lon)
    lat = np.where(bad, np.nan, lat)
    return np.asarray(lon, dtype=np.float64), np.asarray(lat, dtype=np.float64)


# ------------------------------------------------------------ LL_ARC_DISTANCE's point
def arc_destination(lon_lat: np.ndarray, arc: np.ndarray, az: np.ndarray,
                    scale: np.ndarray) -> np.ndarray:
    """The point ``arc`` (radians) from ``lon_lat`` along azimuth ``az`` on the unit
    sphere (Snyder 1987, *Map Projections: A Working Manual*, eqs. 5-5 and 5-6), with
    IDL 8's ll_arc_distance.pro's steps and types: ``lon_lat`` and ``az`` are multiplied
    by ``scale`` (FLOAT ``!DTOR`` or 1.0), the sines and cosines taken in each operand's
    type, the longitude brought into ``[-pi, pi]`` by adding or subtracting the FLOAT
    ``2 * !PI``, and ``[lon, lat] / scale`` returned. Inputs are 0-d arrays (``lon_lat``
    a 2-vector) whose dtypes carry IDL's types."""
    pi = np.float32(np.pi)
    cdist, sdist = _libm(np.cos, arc), _libm(np.sin, arc)
    ll = lon_lat * scale
    sin1, cos1 = _libm(np.sin, ll[1]), _libm(np.cos, ll[1])
    azr = az * scale
    caz, saz = _libm(np.cos, azr), _libm(np.sin, azr)
    phi = _libm(np.arcsin, sin1 * cdist + cos1 * sdist * caz)
    lam = ll[0] + _libm(np.arctan2, sdist * saz, cos1 * cdist - sin1 * sdist * caz)
    two_pi = np.float32(2) * pi
    while lam < -pi:
        lam = lam + two_pi
    while lam > pi:
        lam = lam - two_pi
    dtype = np.result_type(lam, phi)
    return np.array([lam, phi], dtype=dtype) / scale


def _libm(function, *args):
    """``function`` of float32 operands rounded once from double precision, as the C
    library's correctly rounded ``sinf``/``cosf``/``asinf``/``atan2f`` that IDL calls
    give them (numpy's own float32 loops may differ in the last bit); float64 as is."""
    if all(np.asarray(a).dtype == np.float32 for a in args):
        return function(*(np.float64(a) for a in args)).astype(np.float32)
    return function(*args)


# ------------------------------------------------------------------- MAP_2POINTS
#: Clarke 1866 equatorial radius (m), IDL's map_2points.pro's r_earth
CLARKE_1866_RADIUS = 6378206.4
#: map_2points.pro's metres-to-miles factor
METERS_TO_MILES = 0.6213712e-3


def two_point_great_circle(dlon, lat0, lat1, k):
    """``(cos c, sin c, cos az, sin az, sin(lat0), cos(lat0))`` of the great circle from
    P0 to P1, in float64 (angles times ``k`` are radians), as IDL 8's map_2points.pro
    computes them (``dlon = lon1 - lon0`` as the legacy layer computed it, in the
    arguments' IDL type): ``cos c`` from the spherical law of cosines clamped to [-1, 1], ``sin
    c = sqrt(1 - cos^2 c)``, the azimuth's cosine and sine divided by ``sin c`` unless
    ``|sin c| <= 1e-7`` (coincident or antipodal points: azimuth 0)."""
    c1, s1 = math.cos(k * lat1), math.sin(k * lat1)
    c0, s0 = math.cos(k * lat0), math.sin(k * lat0)
    cdl, sdl = math.cos(k * dlon), math.sin(k * dlon)
    cosc = min(1.0, max(-1.0, s0 * s1 + c0 * c1 * cdl))
    sinc = math.sqrt(1.0 - cosc ** 2)
    if abs(sinc) > 1.0e-7:
        cosaz = (c0 * s1 - s0 * c1 * cdl) / sinc
        sinaz = sdl * c1 / sinc
    else:
        cosaz, sinaz = 1.0, 0.0
    return cosc, sinc, cosaz, sinaz, s0, c0


def great_circle_path(lon0, cosc, cosaz, sinaz, s0, c0, k, *, npath=None, dpath=None):
    """The (n, 2) float64 [lon, lat] points along the great circle (map_2points.pro):
    NPATH equal steps of the distance, or steps of DPATH (times ``k``) with the last
    one shorter; longitudes are not wrapped."""
    s = math.acos(cosc)
    if npath is not None:
        steps = np.arange(npath, dtype=np.float64) * (s / (npath - 1))
    else:
        delc = dpath * k
        steps = np.minimum(np.arange(math.ceil(s / delc) + 1, dtype=np.float64) * delc, s)
    sins, coss = np.sin(steps), np.cos(steps)
    lats = np.arcsin(s0 * coss + c0 * sins * cosaz) / k
    lons = lon0 + np.arctan2(sins * sinaz, c0 * coss - s0 * sins * cosaz) / k
    return np.column_stack([lons, lats])


def rhumb_line(dlon, lat0, lat1, k):
    """``(s, az, x1, y0, y1)`` of the rhumb line (map_2points.pro /RHUMB): the longitude
    difference ``x1`` reduced to [-pi, pi), Mercator ordinates ``y = ln(tan(pi/4 +
    lat/2))`` (at least 1e-300 before the log), the course ``az = atan(x1, y1 - y0)``
    and the angular distance ``s = (lat1 - lat0)/cos(az)``, or ``|x1| cos(lat0)`` along
    a parallel."""
    x1 = dlon * k
    while x1 < -math.pi:
        x1 += 2 * math.pi
    while x1 >= math.pi:
        x1 -= 2 * math.pi
    lr0, lr1 = lat0 * k, lat1 * k
    y0 = math.log(max(math.tan(math.pi / 4 + lr0 / 2), 1e-300))
    y1 = math.log(max(math.tan(math.pi / 4 + lr1 / 2), 1e-300))
    az = math.atan2(x1, y1 - y0)
    s = (lr1 - lr0) / math.cos(az) if lr0 != lr1 else abs(x1) * math.cos(lr0)
    return s, az, x1, y0, y1


def rhumb_path(lon0, x1, y0, y1, k, n):
    """n points of the rhumb line, equally spaced in longitude (and Mercator ordinate)."""
    i = np.arange(n, dtype=np.float64)
    x = i * (x1 / (n - 1))
    y = y0 + i * ((y1 - y0) / (n - 1))
    lat = math.pi / 2 - 2 * np.arctan(np.exp(-y))
    lon = x + lon0 * k
    return np.column_stack([lon / k, lat / k])
