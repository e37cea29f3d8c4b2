"""Python port of matmap3d's ``ecef2geodetic.m``, ``geodetic2ecef.m`` and
``get_radius_normal.m`` (geospace-code/matmap3d, ``+matmap3d/``, BSD 2-Clause), line by
line. MATLAB's referenceEllipsoid is a dict with ``SemimajorAxis`` and ``SemiminorAxis``
(the legacy code reads only those); ``.^`` is compat.matlab.power, ``hypot``,
``rad2deg``, ``deg2rad`` compat.matlab's, and the elementwise ``sin``, ``cos``, ``tan``,
``atan``, ``atan2`` the C library's (``math`` element by element: numpy's SIMD loops
differ from the C library that MATLAB/Octave call in the last bit, see the scanner's
advice for these names).
"""

import math

import numpy as np

from compat import matlab

_vec = {name: np.vectorize(getattr(math, name), otypes=[float])
        for name in ("sin", "cos", "tan", "atan", "atan2")}


def _f(name, *args):
    return _vec[name](*(np.asarray(a, dtype=float) for a in args))


def get_radius_normal(lat, E):
    """N = get_radius_normal(lat, E)."""
    a, b = E["SemimajorAxis"], E["SemiminorAxis"]
    return matlab.power(a, 2) / np.sqrt(matlab.power(a, 2) * matlab.power(_f("cos", lat), 2)
                                        + matlab.power(b, 2) * matlab.power(_f("sin", lat), 2))


def geodetic2ecef(spheroid, lat, lon, alt, angleUnit="d", nargout=1):
    """[x, y, z] = geodetic2ecef(spheroid, lat, lon, alt, angleUnit)."""
    lat, lon, alt = (np.asarray(v, dtype=float) for v in (lat, lon, alt))
    if angleUnit[:1] == "d":
        lat = matlab.deg2rad(lat)
        lon = matlab.deg2rad(lon)
    N = get_radius_normal(lat, spheroid)
    x = (N + alt) * _f("cos", lat) * _f("cos", lon)
    y = (N + alt) * _f("cos", lat) * _f("sin", lon)
    z = (N * matlab.power(spheroid["SemiminorAxis"] / spheroid["SemimajorAxis"], 2) + alt) \
        * _f("sin", lat)
    return (x, y, z)[:nargout] if nargout > 1 else x


def ecef2geodetic(spheroid, x, y, z, angleUnit="d", nargout=1):
    """[lat, lon, alt] = ecef2geodetic(spheroid, x, y, z, angleUnit)."""
    x, y, z = (np.asarray(v, dtype=float) for v in (x, y, z))
    a = spheroid["SemimajorAxis"]
    b = spheroid["SemiminorAxis"]
    P = matlab.power
    r = np.sqrt(P(x, 2) + P(y, 2) + P(z, 2))
    E = np.sqrt(P(a, 2) - P(b, 2))
    u = np.sqrt(0.5 * (P(r, 2) - P(E, 2))
                + 0.5 * np.sqrt(P(P(r, 2) - P(E, 2), 2) + 4 * P(E, 2) * P(z, 2)))
    Q = matlab.hypot(x, y)
    huE = matlab.hypot(u, E)
    Beta = _f("atan", huE / u * z / matlab.hypot(x, y))
    eps = ((b * u - a * huE + P(E, 2)) * _f("sin", Beta)) \
        / (a * huE / _f("cos", Beta) - P(E, 2) * _f("cos", Beta))
    Beta = Beta + eps
    lat = _f("atan", a / b * _f("tan", Beta))
    lon = _f("atan2", y, x)
    alt = matlab.hypot(z - b * _f("sin", Beta), Q - a * _f("cos", Beta))
    inside = (P(x, 2) / P(a, 2)) + (P(y, 2) / P(a, 2)) + (P(z, 2) / P(b, 2)) < 1
    alt = np.where(inside, -alt, alt)
    if angleUnit[:1] == "d":
        lat = matlab.rad2deg(lat)
        lon = matlab.rad2deg(lon)
    return (lat, lon, alt)[:nargout] if nargout > 1 else lat
