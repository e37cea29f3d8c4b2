"""IDL's map graphics in direct graphics: ``MAP_SET``, ``MAP_GRID`` and
``MAP_CONTINENTS``, over :mod:`compat._core.classic_maps` and the direct-graphics
state of :mod:`compat._core.direct_graphics`.

After MAP_SET the data coordinates are longitude/latitude: PLOTS, OPLOT, XYOUTS and
CONVERT_COORD(/DATA) project them through the map (``!X.TYPE`` 3), as IDL does.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import classic_maps as cm
from compat._core import direct_graphics as core
from compat._core.direct_graphics import SysVar
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat.idl import plotting

__all__ = ["map_set", "map_grid", "map_continents"]

_D = np.dtype(np.float64)
_L = np.dtype(np.int32)
_KEYS = (("stereographic", 1), ("orthographic", 2), ("conic", 3), ("lambert", 4),
         ("gnomic", 5), ("azimuthal", 6), ("satellite", 7), ("mercator", 9),
         ("mollweide", 10), ("sinusoidal", 11), ("aitoff", 12), ("hammer", 13),
         ("albers", 14), ("transverse_mercator", 15), ("miller_cylindrical", 16),
         ("robinson", 17), ("goodeshomolosine", 19))


def _map_tags():
    return [("projection", _L, (), 0), ("simple", _L, (), 0), ("p0lon", _D, (), 0.0),
            ("p0lat", _D, (), 0.0), ("u0", _D, (), 0.0), ("v0", _D, (), 0.0),
            ("sino", _D, (), 0.0), ("coso", _D, (), 1.0), ("rotation", _D, (), 0.0),
            ("sinr", _D, (), 0.0), ("cosr", _D, (), 1.0), ("a", _D, (), 1.0),
            ("e2", _D, (), 0.0), ("uv_box", _D, (4,), 0.0), ("ll_box", _D, (4,), 0.0)]


def _scalar(value, name) -> float:
    a = idl_array(value, name, complex_ok=False)
    if a.size != 1:
        raise CompatValueError(f"{name} must be a scalar.")
    return float(a.reshape(-1)[0])


def _current() -> cm.ClassicMap:
    st = core.STATE
    if int(st.x.type) != 3 or st.map is None:
        raise CompatValueError("Map transform not established.")
    m = st.map
    return cm.ClassicMap(int(m.projection), float(m.p0lon), float(m.p0lat),
                         float(m.rotation))


@idl_routine("MAP_SET")
def map_set(p0lat=None, p0lon=None, rot=None, *, stereographic=False,
            orthographic=False, conic=False, lambert=False, gnomic=False, azimuthal=False,
            satellite=False, cylindrical=False, mercator=False, mollweide=False,
            sinusoidal=False, aitoff=False, hammer=False, albers=False,
            transverse_mercator=False, miller_cylindrical=False, robinson=False,
            goodeshomolosine=False, projection=None, name=None, limit=None, scale=None,
            isotropic=False, noborder=False, noerase=False, advance=False, position=None,
            xmargin=None, ymargin=None, title=None, charsize=None, color=None,
            grid=False, label=None, latdel=None, londel=None, glinestyle=None,
            glinethick=None, e_grid=None, continents=False, e_continents=None,
            horizon=False, e_horizon=None, clip=None, reverse=None, central_azimuth=None,
            t3d=False, zvalue=None, whole_map=False):
    """Establish a map projection for direct graphics, as IDL's ``MAP_SET``.

    IDL call form::

        MAP_SET [, P0lat, P0lon, Rot] [, /ORTHOGRAPHIC | /STEREOGRAPHIC | /LAMBERT |
                /GNOMIC | /AZIMUTHAL | /CYLINDRICAL | /MERCATOR | /MILLER_CYLINDRICAL |
                /SINUSOIDAL | /MOLLWEIDE | /AITOFF | /HAMMER] [, /ISOTROPIC]
                [, /NOBORDER] [, /NOERASE] [, /ADVANCE] [, POSITION=] [, XMARGIN=]
                [, YMARGIN=] [, TITLE=] [, CHARSIZE=] [, COLOR=] [, /GRID] [, /LABEL]
                [, LATDEL=] [, LONDEL=] [, GLINESTYLE=] [, GLINETHICK=] [, E_GRID=]

        ->  idl.map_set(20, 30, 10, orthographic=True, isotropic=True, grid=True)

    The map is on a sphere of radius 1 (IDL's UV plane): data coordinates become
    longitude/latitude, projected through the map by PLOTS, OPLOT, XYOUTS and
    CONVERT_COORD(/DATA) (``!X.TYPE`` is 3). ``idl.sysvar('!map')`` holds the !MAP
    fields compat fills (PROJECTION, SIMPLE, P0LON, P0LAT, U0, V0, SINO, COSO,
    ROTATION, SINR, COSR, A, E2, UV_BOX, LL_BOX).

    Parameters
    ----------
    p0lat, p0lon : number
        The map centre (degrees; default 0, 0). ``|p0lat| <= 90``, ``|p0lon| <= 360``
        (reduced to -180 .. 180).
    rot : number
        IDL's rotation of North about the centre, degrees clockwise (default 0).
    orthographic, ... : bool
        The projection (default cylindrical equidistant); PROJECTION= gives its number
        (IDL's: 1 stereographic ... 19 Goode's), NAME= its map_proj_info name.
    isotropic : bool
        Equal scale in X and Y: the window shrinks about its centre.
    noborder : bool
        No border box and no 1% margin around the map.
    position, xmargin, ymargin : sequence
        The plot window (normal), else the margins (characters; default [1, 1] and
        [1, 2], IDL's MAP_SET defaults, not PLOT's).
    grid, label, latdel, londel, glinestyle, glinethick, e_grid :
        Draw MAP_GRID with these keywords (see :func:`map_grid`).

    Notes
    -----
    Differences from a naive projection call: the UV extent of the map is IDL's
    per-projection table (map_proj_info.pro: ``[-1, -1, 1, 1]`` for the orthographic,
    ``[-pi, -2.43, pi, 2.43]`` for Mercator ...), not the extent of the data; the
    rotation turns the UV plane (``u' = u cos r + v sin r``); points off the map
    (far side of the orthographic, the gnomonic's horizon) are NaN, so lines break
    there. Equations: Snyder (1987) on the unit sphere (see
    :mod:`compat._core.classic_maps`); window arithmetic: IDL 8.1's map_set.pro.

    GDL 1.0.1 differs from IDL (recorded in the golden suite ``idl/map_set``): its
    MAP_SET (over PROJ) finds the UV box by sampling the globe, frames it with PLOT's
    /ISOTROPIC rule instead of IDL's centred one, ignores P0LAT for the rotated
    stereographic and cylindrical, and sets !MAP.PROJECTION to 999.

    Not available (a clear error): LIMIT=, SCALE=, /CONTINENTS and E_CONTINENTS
    (compat ships no coastline data), /HORIZON, the conic, satellite, transverse
    Mercator, Robinson and Goode projections, CENTRAL_AZIMUTH, /T3D.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.device(set_resolution=[640, 480])
    >>> idl.map_set(0, 0, orthographic=True, isotropic=True)
    >>> idl.sysvar('!map').uv_box.tolist()
    [-1.0, -1.0, 1.0, 1.0]
    >>> idl.sysvar('!z').s = [0.0, 1.0]   # z as in a fresh session (SURFACE sets !Z.S)
    >>> idl.convert_coord(0, 0, data=True, to_normal=True).round(4)
    array([0.5   , 0.4875, 0.    ], dtype=float32)
    """
    flags = locals().copy()
    st = core.STATE
    chosen = [num for key, num in _KEYS if flags[key]]
    if projection is not None:
        chosen = [int(_scalar(projection, "PROJECTION"))]
    elif name is not None:
        want = "".join(str(name).split()).upper()
        found = [n for n, v in cm.NAMES.items() if v.upper() == want]
        if not found:
            raise CompatValueError(f'Projection "{name}" not available')
        chosen = found
    iproj = chosen[0] if chosen else 8
    cm.check(iproj)
    for key, value in (("LIMIT", limit), ("SCALE", scale), ("CENTRAL_AZIMUTH",
                                                             central_azimuth)):
        if value is not None:
            raise CompatValueError(f"{key} is not available in compat's MAP_SET")
    if continents or e_continents is not None:
        map_continents()
    if horizon or e_horizon is not None:
        raise CompatValueError("/HORIZON is not available in compat's MAP_SET")
    if t3d:
        raise CompatValueError("/T3D is not supported.")
    lat0 = 0.0 if p0lat is None else _scalar(p0lat, "P0lat")
    lon0 = 0.0 if p0lon is None else _scalar(p0lon, "P0lon")
    r = 0.0 if rot is None else _scalar(rot, "Rot")
    if abs(lat0) > 90.0:
        raise CompatValueError("Latitude must be in range of +/- 90 degrees")
    if abs(lon0) > 360.0:
        raise CompatValueError("Longitude must be in range of +/- 360 degrees")
    u = math.fmod(lon0, 360.0)
    if u < -180:
        u += 360
    elif u > 180:
        u -= 360
    m = cm.ClassicMap(iproj, u, lat0, r)
    uvrange = cm.rotated_range(m, cm.uv_range(iproj))
    # the erase, then PLOT's window (IDL's margins for maps unless POSITION)
    if int(st.p.multi[0]) == 0 and advance:
        st.erase()
    if not noerase and not advance:
        st.erase()
    xmar = [1, 1] if xmargin is None else list(np.resize(np.asarray(xmargin, float), 2))
    ymar = [1, 2] if ymargin is None else list(np.resize(np.asarray(ymargin, float), 2))
    kw = dict(xstyle=5, ystyle=5, nodata=True, noerase=True, title=title,
              charsize=charsize, color=color)
    if position is not None:
        plotting.plot([0, 1], position=position, **kw)
    else:
        plotting.plot([0, 1], xmargin=xmar, ymargin=ymar, **kw)
    state = SysVar("!MAP", [(t, dt, sh, 0) for t, dt, sh, _ in _map_tags()])
    dtor = math.pi / 180.0
    state.projection = iproj
    state.simple = int(abs(lat0) <= 1e-6)
    state.p0lon, state.p0lat = u, lat0
    state.u0, state.v0 = u * dtor, lat0 * dtor
    state.sino, state.coso = math.sin(lat0 * dtor), math.cos(lat0 * dtor)
    state.rotation, state.sinr, state.cosr = r, math.sin(r * dtor), math.cos(r * dtor)
    state.a, state.e2 = 1.0, 0.0
    state.uv_box = uvrange
    xs, ys, wx, wy, box = cm.window_scaling(
        uvrange, st.x.window, st.y.window, (float(st.d.x_size), float(st.d.y_size)),
        border=not noborder, isotropic=bool(isotropic))
    rev = 0 if reverse is None else int(_scalar(reverse, "REVERSE"))
    if rev & 1:
        xs[1] = -xs[1]
    if rev & 2:
        ys[1] = -ys[1]
    if rev:
        xs[0] = float(np.float32(sum(wx)) / np.float32(2)) - (box[0] + box[2]) / 2 * xs[1]
        ys[0] = float(np.float32(sum(wy)) / np.float32(2)) - (box[1] + box[3]) / 2 * ys[1]
    st.x.s, st.y.s = xs, ys
    st.x.window, st.y.window = wx, wy
    st.x.type, st.y.type = 3, 0
    st.map = state
    st.map_forward = lambda lon, lat, _m=m: cm.forward(_m, lon, lat)
    if clip is None or clip:
        t1 = (box[[0, 2]] * xs[1] + xs[0]) * float(st.d.x_size)
        t2 = (box[[1, 3]] * ys[1] + ys[0]) * float(st.d.y_size)
        pc = st.p.clip
        pc[:4] = [t1.min(), t2.min(), t1.max(), t2.max()]
        st.p.clip = np.trunc(pc)
    if not noborder:
        plotting.plots(wx[[0, 1, 1, 0, 0]], wy[[0, 0, 1, 1, 0]], normal=True, color=color,
                       noclip=True)
    if grid or label or e_grid is not None or glinestyle is not None or \
            glinethick is not None:
        extra = {k.lower(): v for k, v in dict(e_grid or {}).items()}
        extra.setdefault("label", label)
        extra.setdefault("latdel", latdel)
        extra.setdefault("londel", londel)
        extra.setdefault("glinestyle", glinestyle)
        extra.setdefault("glinethick", glinethick)
        extra.setdefault("color", color)
        map_grid(charsize=charsize, **extra)


def _increment(span: float) -> float:
    """The default grid spacing for a span of degrees (IDL's map_grid rule)."""
    if span == 0:
        return 45.0
    ipow = 0
    t = min(abs(span), 450.0)
    while t < 5:
        t *= 10
        ipow += 1
    steps = (1.0, 2.0, 4.0, 5.0, 10.0, 15.0, 30.0, 45.0)
    i = 0
    while t > steps[i] * 10:
        i += 1
    return steps[i] / 10 ** ipow


def _broken(m: cm.ClassicMap, lon, lat):
    """The line's points with NaN where it jumps across the map's edge (a jump of
    more than half the UV width between neighbours)."""
    u, v = cm.forward(m, lon, lat)
    box = cm.uv_range(m.projection)
    jump = np.abs(np.diff(u)) > (box[2] - box[0]) / 2
    if not jump.any():
        return lon, lat
    cut = np.flatnonzero(jump) + 1
    return (np.insert(np.asarray(lon, float), cut, np.nan),
            np.insert(np.asarray(lat, float), cut, np.nan))


@idl_routine("MAP_GRID")
def map_grid(*, latdel=None, londel=None, label=None, latlab=None, lonlab=None,
             glinestyle=None, glinethick=None, color=None, charsize=None, lats=None,
             lons=None, no_grid=False, linestyle=None, thick=None):
    """Draw parallels and meridians on the current map, as IDL's ``MAP_GRID``.

    IDL call form::

        MAP_GRID [, LATDEL=] [, LONDEL=] [, /LABEL] [, LATLAB=] [, LONLAB=]
                 [, GLINESTYLE=] [, GLINETHICK=] [, COLOR=] [, LATS=] [, LONS=]

        ->  idl.map_set(orthographic=True); idl.map_grid(latdel=20, londel=30)

    The whole globe is gridded (compat's MAP_SET has no LIMIT): parallels from -90 to
    90 every LATDEL degrees and meridians from -180 to 180 every LONDEL; the default
    spacing is IDL's rule for the span (30 for latitudes, 45 for longitudes). Lines
    are drawn through points every 4 degrees (map_grid's step) and break where they
    leave the map or jump across its edge. /LABEL writes the latitudes at longitude
    LATLAB (default the centre of the longitude range, 0) and the longitudes at
    latitude LONLAB (default 0).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.map_set(cylindrical=True); idl.map_grid(latdel=45)
    """
    m = _current()
    if lats is not None:
        latlist = np.asarray(lats, np.float64).reshape(-1)
    else:
        step = _scalar(latdel, "LATDEL") if latdel is not None else _increment(180.0)
        if step <= 0:
            raise CompatValueError("LATDEL must be positive.")
        latlist = np.arange(-90.0, 90.0 + step / 2, step)
        latlist = latlist[(latlist >= -90) & (latlist <= 90)]
    if lons is not None:
        lonlist = np.asarray(lons, np.float64).reshape(-1)
    else:
        step = _scalar(londel, "LONDEL") if londel is not None else _increment(360.0)
        if step <= 0:
            raise CompatValueError("LONDEL must be positive.")
        lonlist = np.arange(-180.0, 180.0 + step / 2, step)
    ls = glinestyle if glinestyle is not None else linestyle
    th = glinethick if glinethick is not None else thick
    cyl = m.projection in cm.CYLINDRICAL and m.p0lat == 0
    along_lon = np.arange(-180.0, 180.0 + 2, 4.0)
    along_lat = np.arange(-90.0, 90.0 + 2, 4.0)
    if cyl:
        along_lat = np.clip(along_lat, -89.98, 89.98)
    if not no_grid:
        for lat in latlist:
            la = np.clip(lat, -89.98, 89.98) if cyl else lat
            x, y = _broken(m, along_lon, np.full(along_lon.shape, la))
            plotting.plots(x, y, data=True, color=color, linestyle=ls, thick=th)
        for lon in lonlist:
            x, y = _broken(m, np.full(along_lat.shape, lon), along_lat)
            plotting.plots(x, y, data=True, color=color, linestyle=ls, thick=th)
    if label:
        at_lon = 0.0 if latlab is None else _scalar(latlab, "LATLAB")
        at_lat = 0.0 if lonlab is None else _scalar(lonlab, "LONLAB")
        for lat in latlist:
            text = f"{lat:.2f}" if lat != int(lat) else str(int(lat))
            if np.isfinite(cm.forward(m, at_lon, lat)[0]):
                plotting.xyouts(at_lon, lat, text, data=True, alignment=0.5,
                                charsize=charsize, color=color)
        for lon in lonlist:
            text = f"{lon:.2f}" if lon != int(lon) else str(int(lon))
            if np.isfinite(cm.forward(m, lon, at_lat)[0]):
                plotting.xyouts(lon, at_lat, text, data=True, alignment=0.5,
                                charsize=charsize, color=color)


@idl_routine("MAP_CONTINENTS")
def map_continents(**keywords):
    """IDL's ``MAP_CONTINENTS``: refused -- compat ships no coastline data.

    IDL draws its own coastline database (and GDL 1.0.1 the shapefiles in
    ``!GDL_MAPS_DIR``); compat has neither, and draws no invented outlines. Draw
    coastlines from a file you have (e.g. Natural Earth's public-domain shapefiles)
    with PLOTS after MAP_SET: data coordinates are longitude/latitude.

    Examples
    --------
    >>> from compat import idl
    >>> try:
    ...     idl.map_continents()
    ... except ValueError as exc:
    ...     print(str(exc)[:50])
    MAP_CONTINENTS: compat ships no coastline data (ID
    """
    raise CompatValueError("compat ships no coastline data (IDL's continent database is "
                           "not available): draw coastlines with PLOTS after MAP_SET from "
                           "a file you have, e.g. Natural Earth's public-domain "
                           "shapefiles")
