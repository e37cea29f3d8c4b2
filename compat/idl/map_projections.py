"""IDL's map projections without graphics: ``MAP_PROJ_INIT``, ``MAP_PROJ_FORWARD`` and
``MAP_PROJ_INVERSE``, over :mod:`compat._core.map_projections`.

The GCTP projections real code uses (the GeoTIFF readers of IDL's iTools map to them):
UTM, Transverse Mercator, Albers Equal Area, Lambert Conformal Conic, Mercator, Polar
Stereographic, Polyconic, Equidistant Conic (A and B), Stereographic, Orthographic,
Gnomonic, Azimuthal Equidistant, Equirectangular, Sinusoidal, Miller Cylindrical,
Mollweide, Robinson, Hammer and Van der Grinten, with the GCTP equations (USGS General
Cartographic Transformation Package 2.0, after Snyder 1987). IDL's own ("classic")
projections and the other GCTP ones are refused with a message saying so.

Points are IDL's ``(2, n)`` arrays, numpy ``(n, 2)``: one ``[x, y]`` (or ``[lon,
lat]``) per row; a single point gives a 2-element vector as IDL does.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import map_projections as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure, is_structure, tag_value
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["map_proj_init", "map_proj_forward", "map_proj_inverse", "ll_arc_distance",
           "map_2points"]

_DTOR = np.pi / 180.0

_TAGS = ("PROJECTION", "SIMPLE", "FILL_METHOD", "UP_FLAGS", "UP_NAME", "P0LON", "P0LAT",
         "U0", "V0", "SINO", "COSO", "ROTATION", "SINR", "COSR", "A", "E2", "UV", "POLE",
         "UV_BOX", "LL_BOX", "SEGMENT_LENGTH", "P", "PIPELINE")


def _structure(s: core.MapState):
    values = (np.int32(s.projection), np.int32(s.simple), np.int32(0), np.int32(0),
              s.up_name, s.p0lon, s.p0lat, s.u0, s.v0, s.sino, s.coso, s.rotation, s.sinr,
              s.cosr, s.a, s.e2, np.zeros(2), s.pole.copy(), s.uv_box.copy(),
              s.ll_box.copy(), 0.0, s.p.copy(), s.pipeline.copy())
    return build_structure(_TAGS, [np.float64(v) if isinstance(v, float) else v
                                   for v in values])


def _state(structure) -> core.MapState:
    if structure is None:
        raise CompatValueError("MAP_STRUCTURE is required: compat has no !MAP system "
                               "variable (pass the result of map_proj_init)")
    if not is_structure(structure):
        raise CompatValueError("MAP_STRUCTURE must be a structure from MAP_PROJ_INIT")
    try:
        number = int(np.asarray(tag_value(structure, "PROJECTION")).reshape(-1)[0])
        simple = int(np.asarray(tag_value(structure, "SIMPLE")).reshape(-1)[0])
        p = np.asarray(tag_value(structure, "P"), dtype=np.float64).reshape(-1)
        pipeline = np.asarray(tag_value(structure, "PIPELINE"), dtype=np.float64)
        pipeline = pipeline.reshape(12, 8) if pipeline.size == 96 else pipeline
    except (KeyError, ValueError, TypeError, IndexError) as exc:
        raise CompatValueError("MAP_STRUCTURE must be a structure from MAP_PROJ_INIT") \
            from exc
    if number != 20 or simple not in core.SUPPORTED or p.size != 16 or \
            pipeline.size != 96:
        raise CompatValueError("MAP_STRUCTURE is not a GCTP projection compat computes "
                               f"(PROJECTION={number}, SIMPLE={simple})")
    return core.MapState(projection=20, simple=simple, p=p.copy(),
                         pipeline=pipeline.copy())


def _pairs(first, second, what):
    """IDL's ``(A [, B])`` point arguments as two flat DOUBLE vectors."""
    a = idl_array(first, what[0], complex_ok=False)
    if second is None:
        if a.size % 2 or a.size == 0 or (a.ndim >= 2 and a.shape[-1] != 2):
            raise CompatValueError(f"{what[0]} must be a (2, n) array of {what[2]} pairs "
                                   "when {0} is omitted (numpy shape (n, 2))".format(what[1]))
        a = a.reshape(-1, 2).astype(np.float64)
        return a[:, 0].copy(), a[:, 1].copy()
    b = idl_array(second, what[1], complex_ok=False)
    if a.size != b.size:
        raise CompatValueError(f"{what[0]} and {what[1]} must have the same number of "
                               "elements")
    return a.reshape(-1).astype(np.float64), b.reshape(-1).astype(np.float64)


def _result(u, v):
    out = np.stack([u, v], axis=1)
    return out[0] if out.shape[0] == 1 else out


@idl_routine("MAP_PROJ_INIT")
def map_proj_init(projection=None, *, datum=None, ellipsoid=None, gctp=False, limit=None,
                  radians=False, relaxed=False, center_azimuth=None, center_latitude=None,
                  center_longitude=None, false_easting=None, false_northing=None,
                  height=None, mercator_scale=None, rotation=None, semimajor_axis=None,
                  semiminor_axis=None, sphere_radius=None, standard_parallel=None,
                  standard_par1=None, standard_par2=None, sat_tilt=None,
                  true_scale_latitude=None, zone=None, **other):
    """Set up a map projection, as IDL's ``MAP_PROJ_INIT`` (the GCTP projections).

    IDL call form::

        Result = MAP_PROJ_INIT(Projection [, DATUM=value | ELLIPSOID=value] [, /GCTP]
                               [, LIMIT=vector] [, /RADIANS] [, /RELAXED]
                               [, CENTER_LATITUDE=value] [, CENTER_LONGITUDE=value]
                               [, FALSE_EASTING=value] [, FALSE_NORTHING=value]
                               [, MERCATOR_SCALE=value] [, SEMIMAJOR_AXIS=value,
                               SEMIMINOR_AXIS=value] [, SPHERE_RADIUS=value]
                               [, STANDARD_PAR1=value, STANDARD_PAR2=value]
                               [, TRUE_SCALE_LATITUDE=value] [, ZONE=value])

    Parameters
    ----------
    projection : int or str
        IDL's projection number (101 UTM, 103 Albers Equal Area, 104 Lambert Conformal
        Conic, 105 Mercator, 106 Polar Stereographic, 107 Polyconic, 108/208 Equidistant
        Conic A/B, 109 Transverse Mercator, 110 Stereographic, 112 Azimuthal Equidistant,
        113 Gnomonic, 114 Orthographic, 116 Sinusoidal, 117 Equirectangular, 118 Miller
        Cylindrical, 119 Van der Grinten, 121 Robinson, 125 Mollweide, 127 Hammer) or
        name, abbreviations and spaces allowed
        ("Equidistant Conic" is form B when STANDARD_PAR1/2 are given, as IDL decides). A
        name that IDL also has among its own projections ("Mercator", "Transverse
        Mercator", "Sinusoidal", "Stereographic", "Orthographic", "Gnomonic", "Azimuthal
        Equidistant", "Miller Cylindrical", "Mollweide", "Robinson") means IDL's own unless
        ``gctp=True`` -- which compat does not compute, so those names need
        ``gctp=True``.
    datum, ellipsoid : int or str
        The ellipsoid by IDL's number or name (0 Clarke 1866 ... 19 Sphere ... 24 WGS 84;
        DATUM is IDL's obsolete spelling). Default: Clarke 1866 for the projections that
        take SEMIMAJOR_AXIS, the sphere of radius 6370997 m for the others.
    gctp, limit, radians, relaxed
        /GCTP; LIMIT=[Latmin, Lonmin, Latmax, Lonmax] (clipping and the UV_BOX/LL_BOX
        fields); /RADIANS for angle keywords in radians; /RELAXED ignores parameters the
        projection does not take.
    center_latitude, center_longitude, ... zone
        The projection parameters, by IDL's keyword names.

    Returns
    -------
    numpy.recarray
        One ``!MAP`` structure (readsav layout, IDL's 23 tags): PROJECTION 20 (GCTP),
        SIMPLE the GCTP code, UP_NAME, P0LON/P0LAT, A, E2, POLE, UV_BOX, LL_BOX, P (the
        16 GCTP parameters, angles packed as DDDMMMSSS.SS) and PIPELINE (the clipping
        stages, in compat's own encoding: IDL's is unpublished).

    Raises
    ------
    ValueError
        IDL's messages: ``Invalid Projection name: ...``, ``Ambiguous Projection
        abbreviation: ...``, ``Invalid Projection number: ...``, ``Invalid value for
        keyword ELLIPSOID: ...``, ``Parameter ZONE not allowed for projection: ...``,
        ``Keywords SEMIMAJOR_AXIS and SEMIMINOR_AXIS must both be supplied.``, ``UTM ZONE
        must be in the range -60 to -1, or +1 to +60.``; compat's own for a projection it
        does not compute.

    Notes
    -----
    IDL's map_proj_init.pro fills GCTP's parameters: angles go through its DMS packing
    and GCTP's unpacking (paksz), so a centre of 10.123456789 degrees is used as GCTP
    rounds it; a UTM zone comes from ZONE or from CENTER_LONGITUDE/CENTER_LATITUDE
    (negative zones south, false northing 10000000 m); an ellipsoid past GCTP's 20
    (e.g. ``'WGS 84'``, number 24) is passed as axes, which GCTP's UTM replaces by
    Clarke 1866 (IDL's known behaviour; number 8 or 12 gives the WGS 84 axes). UV_BOX
    and LL_BOX come from map_proj_init.pro's grid of points projected forward and back;
    compat reproduces the UV_BOX values IDL printed for the Equirectangular projection
    at eleven centre longitudes (comp.lang.idl-pvwave, 2011).

    Examples
    --------
    >>> from compat import idl
    >>> m = idl.map_proj_init('UTM', zone=32)
    >>> m.UP_NAME[0], float(m.P0LON[0])
    ('UTM', 9.0)
    >>> idl.map_proj_forward(10.0, 45.0, map_structure=m).round(3)
    array([ 578817.629, 4983219.592])
    """
    given = {"CENTER_AZIMUTH": center_azimuth, "CENTER_LATITUDE": center_latitude,
             "CENTER_LONGITUDE": center_longitude, "FALSE_EASTING": false_easting,
             "FALSE_NORTHING": false_northing, "HEIGHT": height,
             "MERCATOR_SCALE": mercator_scale, "ROTATION": rotation,
             "SEMIMAJOR_AXIS": semimajor_axis, "SEMIMINOR_AXIS": semiminor_axis,
             "SPHERE_RADIUS": sphere_radius, "STANDARD_PARALLEL": standard_parallel,
             "STANDARD_PAR1": standard_par1, "STANDARD_PAR2": standard_par2,
             "SAT_TILT": sat_tilt, "TRUE_SCALE_LATITUDE": true_scale_latitude,
             "ZONE": zone}
    for key, value in other.items():
        if key.upper() not in core.KEYWORDS:
            if relaxed:
                continue
            raise CompatValueError(f"Keyword {key.upper()} not allowed in call to: "
                                   "MAP_PROJ_INIT")
        given[key.upper()] = value
    params = {}
    for key, value in given.items():
        if value is None:
            continue
        v = idl_array(value, key, complex_ok=False, scalar=True)
        params[key] = float(v)
    if projection is None:
        projection = 100
    elif not isinstance(projection, str):
        projection = int(idl_array(projection, "Projection", complex_ok=False, scalar=True))
    if datum is not None:
        ellipsoid = datum
    if ellipsoid is not None and not isinstance(ellipsoid, str):
        ellipsoid = int(idl_array(ellipsoid, "ELLIPSOID", complex_ok=False, scalar=True))
    if limit is not None:
        limit = idl_array(limit, "LIMIT", complex_ok=False).astype(np.float64).reshape(-1)
    s = core.init(projection, gctp=bool(gctp), ellipsoid=ellipsoid, limit=limit,
                  radians=bool(radians), relaxed=bool(relaxed), params=params)
    return _structure(s)


@idl_routine("MAP_PROJ_FORWARD")
def map_proj_forward(longitude, latitude=None, *, map_structure=None, radians=False,
                     connectivity=None, fill=False, polygons=None, polylines=None):
    """Longitude/latitude to map coordinates in metres, as IDL's ``MAP_PROJ_FORWARD``.

    IDL call form::

        Result = MAP_PROJ_FORWARD(Longitude [, Latitude], MAP_STRUCTURE=m [, /RADIANS])

    Parameters
    ----------
    longitude, latitude : array_like
        Degrees (radians with /RADIANS), any shape, the same number of elements; without
        ``latitude``, ``longitude`` holds the pairs: IDL's ``(2, n)``, numpy ``(n, 2)``.
    map_structure : numpy.recarray
        The result of :func:`map_proj_init` (compat has no ``!MAP`` system variable).
    radians : bool
        /RADIANS.
    connectivity, fill, polygons, polylines
        IDL's polyline/polygon clipping and splitting: not available in compat (an
        error says so).

    Returns
    -------
    numpy.ndarray
        DOUBLE ``(n, 2)``: ``[x, y]`` per point (a 2-element vector for one point).
        Points on the far side of the projection's clipping planes (IDL's defaults: more
        than 90 degrees from a (U)TM central meridian; beyond 77.2 degrees latitude
        (|z| > 0.975) in Mercator and Miller; the far hemisphere of the azimuthal projections
        (Polar Stereographic, Stereographic, Orthographic, Azimuthal Equidistant) and more
        than 60 degrees from a Gnomonic centre;
        south of -10 or north of 75 degrees for conics with both standard parallels
        north; outside LIMIT) and points where GCTP reports an error (a pole in Mercator)
        are NaN.

    Notes
    -----
    Unlike ``x = R * lon`` by hand, the GCTP equations and series exactly: e.g.
    Transverse Mercator is Snyder's (8-9, 8-10) series in (lambda cos phi) to the 6th
    power, the meridian distance GCTP's mlfn (3-21), longitudes reduced by GCTP's
    adjust_lon. That NaN marks clipped points is compat's reading of IDL's pipeline
    (map_proj_init.pro relies on FINITE of projected points to find the valid ones);
    IDL does not print it in its documentation.

    Examples
    --------
    >>> from compat import idl
    >>> m = idl.map_proj_init(117)                         # Equirectangular, sphere
    >>> idl.map_proj_forward([0.0, 90.0], [0.0, 45.0], map_structure=m).round(1)
    array([[       0. ,        0. ],
           [10007538.7,  5003769.3]])
    """
    if polygons is not None or polylines is not None or connectivity is not None or fill:
        raise CompatValueError("POLYGONS, POLYLINES, CONNECTIVITY and /FILL (clipping and "
                               "splitting of lines) are not available in compat")
    state = _state(map_structure)
    lon, lat = _pairs(longitude, latitude, ("Longitude", "Latitude", "longitude/latitude"))
    if not radians:
        lon, lat = lon * _DTOR, lat * _DTOR
    x, y = core.forward(state, lon, lat)
    return _result(x, y)


@idl_routine("MAP_PROJ_INVERSE")
def map_proj_inverse(x, y=None, *, map_structure=None, radians=False):
    """Map coordinates in metres to longitude/latitude, as IDL's ``MAP_PROJ_INVERSE``.

    IDL call form::

        Result = MAP_PROJ_INVERSE(X [, Y], MAP_STRUCTURE=m [, /RADIANS])

    Parameters
    ----------
    x, y : array_like
        Metres; without ``y``, ``x`` holds the pairs: IDL's ``(2, n)``, numpy ``(n, 2)``.
    map_structure : numpy.recarray
        The result of :func:`map_proj_init`.
    radians : bool
        /RADIANS: return radians instead of degrees.

    Returns
    -------
    numpy.ndarray
        DOUBLE ``(n, 2)``: ``[longitude, latitude]`` per point (a 2-element vector for
        one point), longitudes in [-180, 180] (GCTP's adjust_lon); NaN where GCTP reports
        an error or its latitude iteration does not converge.

    Examples
    --------
    >>> from compat import idl
    >>> m = idl.map_proj_init('UTM', zone=32)
    >>> idl.map_proj_inverse(578817.629, 4983219.592, map_structure=m).round(6)
    array([10., 45.])
    """
    state = _state(map_structure)
    u, v = _pairs(x, y, ("X", "Y", "x/y"))
    lon, lat = core.inverse(state, u, v)
    if not radians:
        lon, lat = lon / _DTOR, lat / _DTOR
    return _result(lon, lat)


# ------------------------------------------------------------------- LL_ARC_DISTANCE
@idl_routine("LL_ARC_DISTANCE")
def ll_arc_distance(lon_lat0, arc_dist, az, *, degrees=False):
    """The point a given arc distance and azimuth from a starting point on a sphere, as
    IDL's library routine ``LL_ARC_DISTANCE``.

    IDL call form: ``Result = LL_ARC_DISTANCE(Lon_lat0, Arc_Dist, Az [, /DEGREES])``.

    Parameters
    ----------
    lon_lat0 : array_like
        ``[lon, lat]`` of the starting point, radians (degrees with /DEGREES).
    arc_dist : float
        The arc distance in radians, -pi .. pi, **also with /DEGREES** (ll_arc_distance.pro
        takes its cosine and sine directly: "Arc_Dist is always in radians"); a distance
        over a globe of radius R is ``distance / R``.
    az : float
        The azimuth, east of north, radians (degrees with /DEGREES).
    degrees : bool
        /DEGREES: Lon_lat0, Az and the result in degrees.

    Returns
    -------
    numpy.ndarray
        ``[lon, lat]`` of the point, the longitude in ``[-180, 180]`` (``[-pi, pi]``);
        FLOAT unless an argument is DOUBLE. ``Arc_Dist = 0`` returns Lon_lat0 itself,
        in its own type (integers included), as the library routine does.

    Raises
    ------
    ValueError
        ``"LL_ARC_DISTANCE: Complex numbers are not allowed"`` (TypeError, the library
        routine's text); a Lon_lat0 without two elements or non-scalar Arc_Dist/Az
        (compat's own checks).

    Notes
    -----
    IDL 8's ll_arc_distance.pro (Snyder 1987, eqs. 5-5 and 5-6): ``lat = asin(sin(lat0)
    cos(c) + cos(lat0) sin(c) cos(Az))``, ``lon = lon0 + atan(sin(c) sin(Az), cos(lat0)
    cos(c) - sin(lat0) sin(c) cos(Az))``, computed in FLOAT for FLOAT and integer
    arguments with IDL's FLOAT ``!DTOR`` and ``!PI`` -- also for DOUBLE arguments, whose
    degrees are converted by the FLOAT ``!DTOR`` and whose longitude is wrapped by the
    FLOAT ``2*!PI`` (about 1e-7 relative from the exact conversion). GDL 1.0.1 uses the
    DOUBLE pi/180 and 2 pi there, and returns FLOAT for integer arguments at
    ``Arc_Dist = 0``. No geodesic on the ellipsoid (as ``pyproj.Geod.fwd``):
    a sphere, as IDL's.

    Examples
    --------
    IDL's documentation example (IDL prints ``2.91415 -0.622234``):

    >>> import numpy as np
    >>> from compat import idl
    >>> idl.ll_arc_distance(np.float32([1.0, 2.0]), np.float32(2.0), np.float32(1.0))
    array([ 2.9141545 , -0.62223446], dtype=float32)
    >>> idl.ll_arc_distance([10.0, 20.0], 0.5, 30.0, degrees=True)     # DOUBLE
    array([29.34866487, 43.65436074])
    """
    from compat._core.errors import CompatTypeError
    values = []
    for value, name in ((lon_lat0, "Lon_lat0"), (arc_dist, "Arc_Dist"), (az, "Az")):
        a = idl_array(value, name)
        if a.dtype.kind == "c":
            raise CompatTypeError("Complex numbers are not allowed")
        if a.dtype.kind not in "biuf":
            raise CompatValueError(f"{name} must be a number")
        values.append(a)
    ll, arc, azimuth = values
    ll = ll.reshape(-1)
    if ll.size != 2:
        raise CompatValueError("Lon_lat0 must have 2 elements: [lon, lat]")
    if arc.size != 1 or azimuth.size != 1:
        raise CompatValueError("Arc_Dist and Az must be scalars (compat's own check)")
    arc, azimuth = arc.reshape(()), azimuth.reshape(())
    if arc == 0:
        return ll.copy()
    def floating(a):
        return a if a.dtype.kind == "f" else a.astype(np.float32)
    scale = np.float32(np.pi / 180) if degrees else np.float32(1.0)
    lon_lat = ll.astype(np.result_type(floating(ll).dtype, np.float32))
    return core.arc_destination(lon_lat, floating(arc)[()], floating(azimuth)[()], scale)


# ------------------------------------------------------------------------ MAP_2POINTS
def _real_scalar(value, name, keep_type=False):
    a = idl_array(value, name, complex_ok=False)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(f"{name} must be a real scalar (compat's own check)")
    a = a.reshape(())
    if not math.isfinite(float(a)):
        raise CompatValueError(f"{name} must be finite (compat's own check)")
    return a if keep_type else float(a)


@idl_routine("MAP_2POINTS")
def map_2points(lon0, lat0, lon1, lat1, *, dpath=None, meters=False, miles=False,
                npath=None, parameters=False, radians=False, radius=None, rhumb=False):
    """Distance, azimuth, parameters or path of the great circle (or rhumb line) joining
    two points on a sphere, as IDL's library routine ``MAP_2POINTS``.

    IDL call form::

        Result = MAP_2POINTS(lon0, lat0, lon1, lat1 [, DPATH=value | , /METERS | , /MILES
                             | , NPATH=integer | , /PARAMETERS | , /RADIANS]
                             [, RADIUS=value] [, /RHUMB])

    Parameters
    ----------
    lon0, lat0, lon1, lat1 : float
        The two points, degrees (radians with /RADIANS); latitudes within +-90.
    dpath : float, optional
        DPATH: return the path with points at most this angle apart (degrees or radians).
    meters, miles : bool
        /METERS, /MILES: return the distance over the Clarke 1866 equatorial radius
        6378206.4 m (miles: times 0.6213712e-3 per metre).
    npath : int, optional
        NPATH: return the path as NPATH (>= 2) points.
    parameters : bool
        /PARAMETERS: return ``[sin c, cos c, sin az, cos az]`` of the great circle.
    radians : bool
        /RADIANS: angles in and out in radians.
    radius : float, optional
        RADIUS: return the distance over a sphere of this radius.
    rhumb : bool
        /RHUMB: the rhumb line (constant course) instead of the great circle.

    Returns
    -------
    numpy.ndarray or numpy.float64
        DOUBLE: ``[distance, azimuth]`` (angular distance 0..180 and azimuth east of
        north) by default; the distance as a scalar with RADIUS, /METERS or /MILES; an
        (n, 2) array of ``[lon, lat]`` rows (IDL's (2, n)) with NPATH or DPATH; the
        four parameters with /PARAMETERS. Precedence as in map_2points.pro: great
        circle -- PARAMETERS, path, RADIUS, METERS, MILES; rhumb line -- path, RADIUS,
        METERS, MILES (PARAMETERS ignored).

    Raises
    ------
    ValueError
        map_2points.pro's ``"MAP_2POINTS: Value of Latitude is out of allowed
        range."`` and ``"MAP_2POINTS: Illegal keyword value for NPATH."``; non-scalar
        or non-finite arguments (compat's own checks).

    Notes
    -----
    IDL 8's map_2points.pro, in DOUBLE: the spherical law of cosines for ``cos c``
    (clamped to [-1, 1]), the azimuth from ``cos az = (cos lat0 sin lat1 - sin lat0
    cos lat1 cos dlon)/sin c`` and ``sin az = sin dlon cos lat1 / sin c`` (azimuth 0
    when ``|sin c| <= 1e-7``); path points by Snyder's eqs. 5-5/5-6 (longitudes not
    wrapped); the rhumb line on Mercator ordinates ``ln(tan(pi/4 + lat/2))`` with the
    longitude difference in [-180, 180). ``pyproj.Geod.inv`` works on the ellipsoid;
    this is IDL's sphere. GDL 1.0.1 has no MAP_2POINTS (no differential run); the
    goldens are the values IDL's documentation prints.

    Examples
    --------
    IDL's documentation example, Boulder to London in FLOAT degrees (IDL prints
    67.854333 40.667833, and 4693.5845 with /MILES; with /RHUMB it prints 73.966280
    81.228056, 4e-8 relative from what map_2points.pro's formulas give here -- recorded
    as pending in reference_outputs/idl/map_2points):

    >>> import numpy as np
    >>> from compat import idl
    >>> b, l = np.float32([-105.19, 40.02]), np.float32([-0.07, 51.30])
    >>> idl.map_2points(b[0], b[1], l[0], l[1]).round(6)
    array([67.854333, 40.667833])
    >>> idl.map_2points(b[0], b[1], l[0], l[1], rhumb=True).round(6)
    array([73.966283, 81.228057])
    >>> round(float(idl.map_2points(b[0], b[1], l[0], l[1], miles=True)), 4)
    4693.5845
    >>> idl.map_2points(0, 0, 90, 0, npath=3)
    array([[ 0.,  0.],
           [45.,  0.],
           [90.,  0.]])
    """
    p = [_real_scalar(v, n, True) for v, n in ((lon0, "Lon0"), (lat0, "Lat0"),
                                               (lon1, "Lon1"), (lat1, "Lat1"))]
    # lon1 - lon0 in the arguments' IDL type, as map_2points.pro subtracts them (FLOAT
    # literals subtract in FLOAT) before converting to radians in DOUBLE
    dtype = promote(p[0].dtype, p[2].dtype)
    with np.errstate(over="ignore"):
        dlon = float(np.subtract(p[2].astype(dtype), p[0].astype(dtype), dtype=dtype))
    x0, y0, x1, y1 = (float(v) for v in p)
    limit = math.pi / 2 if radians else 90
    if max(abs(y0), abs(y1)) > limit:
        raise CompatValueError("Value of Latitude is out of allowed range.")
    n = None
    if npath is not None:
        n = _real_scalar(npath, "NPATH")
        if n < 2:
            raise CompatValueError("Illegal keyword value for NPATH.")
        n = int(n)
    step = _real_scalar(dpath, "DPATH") if dpath is not None else 0.0
    if dpath is not None and step <= 0 and not n:
        if step < 0:
            raise CompatValueError("DPATH must be positive (compat's own check)")
    rad = _real_scalar(radius, "RADIUS") if radius is not None else 0.0
    k = 1.0 if radians else math.pi / 180.0
    want_path = bool(n) or step != 0
    if rhumb:
        s, az, dx, m0, m1 = core.rhumb_line(dlon, y0, y1, k)
        if want_path:
            count = max(math.ceil(s / (step * k)), 2) if step != 0 else max(n, 2)
            return core.rhumb_path(x0, dx, m0, m1, k, count)
        if rad:
            return np.float64(s * rad)
        if meters:
            return np.float64(s * core.CLARKE_1866_RADIUS)
        if miles:
            return np.float64(s * core.CLARKE_1866_RADIUS * core.METERS_TO_MILES)
        return np.array([s / k, az / k])
    cosc, sinc, cosaz, sinaz, s0, c0 = core.two_point_great_circle(dlon, y0, y1, k)
    if parameters:
        return np.array([sinc, cosc, sinaz, cosaz])
    if want_path:
        if n:
            return core.great_circle_path(x0, cosc, cosaz, sinaz, s0, c0, k, npath=n)
        return core.great_circle_path(x0, cosc, cosaz, sinaz, s0, c0, k, dpath=step)
    c = math.acos(cosc)
    if rad:
        return np.float64(c * rad)
    if meters:
        return np.float64(c * core.CLARKE_1866_RADIUS)
    if miles:
        return np.float64(c * core.CLARKE_1866_RADIUS * core.METERS_TO_MILES)
    return np.array([c / k, math.atan2(sinaz, cosaz) / k])
