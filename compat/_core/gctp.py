"""The shared pieces of the USGS General Cartographic Transformation Package (GCTP, C
version 2.0, public domain) that compat's map projections use: its constants, the
ellipsoid table its ``sphdz`` reads (extended with IDL's later entries), the packed
DDDMMMSSS.SS angles, and the series and iterations of Snyder, *Map Projections -- A
Working Manual*, USGS Professional Paper 1395 (1987), that several projections share
(``e0fn`` ... ``phi4z``, ``adjust_lon``). Restated in compat's own code; Snyder's
equation numbers are cited where a function follows one.

Everything here is DOUBLE.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

# GCTP's constants (cproj.h); D2R and S2R are GCTP's own roundings
PI = 3.141592653589793238
HALF_PI = PI * 0.5
TWO_PI = PI * 2.0
EPSLN = 1.0e-10
D2R = 1.745329251994328e-2
S2R = 4.848136811095359e-6
#: IDL's ellipsoid table (map_proj_init's list; 0-19 are GCTP's sphdz table)
ELLIPSOIDS = (
    ("Clarke 1866", 6378206.4, 6356583.8),
    ("Clarke 1880", 6378249.145, 6356514.86955),
    ("Bessel 1841", 6377397.155, 6356078.96284),
    ("International 1967", 6378157.5, 6356772.2),
    ("International 1909", 6378388.0, 6356911.94613),
    ("WGS 72", 6378135.0, 6356750.519915),
    ("Everest", 6377276.3452, 6356075.4133),
    ("WGS 66", 6378145.0, 6356759.769356),
    ("GRS1980/WGS84", 6378137.0, 6356752.31414),
    ("Airy", 6377563.396, 6356256.91),
    ("Modified Everest", 6377304.063, 6356103.039),
    ("Modified Airy", 6377340.189, 6356034.448),
    ("Walbeck", 6378137.0, 6356752.314245),
    ("Southeast Asia", 6378155.0, 6356773.3205),
    ("Australian National", 6378160.0, 6356774.719),
    ("Krassovsky", 6378245.0, 6356863.0188),
    ("Hough", 6378270.0, 6356794.343479),
    ("Mercury 1960", 6378166.0, 6356784.283666),
    ("Modified Mercury 1968", 6378150.0, 6356768.337303),
    ("Sphere", 6370997.0, 6370997.0),
    ("Clarke IGN", 6378249.2, 6356515.0),
    ("Helmert 1906", 6378200.0, 6356818.2),
    ("Modified Fischer 1960", 6378155.0, 6356773.3),
    ("South American 1969", 6378160.0, 6356774.7),
    ("WGS 84", 6378137.0, 6356752.314245),
)

def to_dms(angle: float) -> float:
    """Degrees to GCTP's packed DDDMMMSSS.SS, as map_proj_init's ToDegMinSec does it."""
    b = abs(angle)
    deg = math.floor(b)
    fmin = (b - deg) * 60
    imin = math.floor(fmin)
    secs = 60 * (fmin - imin)
    r = deg * 1e6 + imin * 1e3 + secs
    return (1.0 if angle >= 0 else -1.0) * r


def from_dms(ang: float) -> float:
    """GCTP's paksz: packed DMS to degrees (its truncations and checks)."""
    fac = -1.0 if ang < 0.0 else 1.0
    sec = abs(ang)
    i = int(float(int(sec)) / 1000000.0)
    if i > 360:
        raise CompatValueError("Illegal DMS field (degrees) in a projection parameter")
    deg = float(i)
    sec = sec - deg * 1000000.0
    i = int(float(int(sec)) / 1000.0)
    if i > 60:
        raise CompatValueError("Illegal DMS field (minutes) in a projection parameter")
    minutes = float(i)
    sec = sec - minutes * 1000.0
    if sec > 60:
        raise CompatValueError("Illegal DMS field (seconds) in a projection parameter")
    sec = fac * (deg * 3600.0 + minutes * 60.0 + sec)
    return sec / 3600.0


def dms_radians(ang: float) -> float:
    """GCTP for_init's ``paksz(parm) * 3600 * S2R``."""
    return from_dms(ang) * 3600 * S2R


# ---------------------------------------------------------------- GCTP helpers

def adjust_lon(x: np.ndarray) -> np.ndarray:
    """GCTP's adjust_lon: reduce radians to [-pi, pi] with its steps (at most 5 passes)."""
    x = np.array(x, dtype=np.float64, copy=True)
    for _ in range(5):
        big = np.abs(x) > PI
        if not big.any():
            break
        sign = np.where(x < 0.0, -1.0, 1.0)
        with np.errstate(invalid="ignore"):
            near = np.trunc(np.abs(x / PI)) < 2
        step = np.where(near, x - sign * TWO_PI, x - np.trunc(x / TWO_PI) * TWO_PI)
        x = np.where(big, step, x)
    return x


def e0fn(x):
    return 1.0 - 0.25 * x * (1.0 + x / 16.0 * (3.0 + 1.25 * x))


def e1fn(x):
    return 0.375 * x * (1.0 + 0.25 * x * (1.0 + 0.46875 * x))


def e2fn(x):
    return 0.05859375 * x * x * (1.0 + 0.75 * x)


def e3fn(x):
    return x * x * x * (35.0 / 3072.0)


def mlfn(e0, e1, e2, e3, phi):
    """Snyder (3-21): distance along the meridian, as GCTP's mlfn."""
    return e0 * phi - e1 * np.sin(2.0 * phi) + e2 * np.sin(4.0 * phi) - e3 * np.sin(6.0 * phi)


def msfnz(eccent, sinphi, cosphi):
    """Snyder (14-15)."""
    con = eccent * sinphi
    return cosphi / np.sqrt(1.0 - con * con)


def qsfnz(eccent, sinphi, cosphi):
    """Snyder (3-12); ``2 sin(phi)`` for a sphere (GCTP's 1e-7 threshold)."""
    if eccent > 1.0e-7:
        con = eccent * sinphi
        return (1.0 - eccent * eccent) * (sinphi / (1.0 - con * con)
                                          - (.5 / eccent) * np.log((1.0 - con) / (1.0 + con)))
    return 2.0 * sinphi


def tsfnz(eccent, phi, sinphi):
    """Snyder (15-9)."""
    con = eccent * sinphi
    com = .5 * eccent
    con = np.power((1.0 - con) / (1.0 + con), com)
    return np.tan(.5 * (HALF_PI - phi)) / con


def e4fn(x):
    con = 1.0 + x
    com = 1.0 - x
    return math.sqrt(con ** con * com ** com)


def _converge(phi, active, step, steps: int, tol: float):
    """GCTP's latitude iterations, element by element: ``phi += dphi`` for at most
    ``steps`` steps, where ``step(phi)`` gives ``(dphi, companion)`` (companion None or
    an array); an element's result is its ``phi`` (and the companion) at the first step
    with ``|dphi| <= tol``, NaN where no step converges or ``active`` is False."""
    out = np.full(phi.shape, np.nan)
    companion = np.full(phi.shape, np.nan)
    for _ in range(steps):
        dphi, aux = step(phi)
        phi = np.where(active, phi + dphi, phi)
        done = active & (np.abs(dphi) <= tol)
        out[done] = phi[done]
        if aux is not None:
            companion[done] = aux[done]
        active = active & ~done
        if not active.any():
            break
    return out, companion


def phi1z(eccent, qs):
    """GCTP's phi1z (Snyder 3-16): at most 25 steps to 1e-7; NaN if not converged."""
    phi = np.arcsin(np.clip(.5 * qs, -1.0, 1.0))
    if eccent < EPSLN:
        return phi
    eccnts = eccent * eccent

    def step(phi):
        sinpi, cospi = np.sin(phi), np.cos(phi)
        con = eccent * sinpi
        com = 1.0 - con * con
        return .5 * com * com / cospi * (qs / (1.0 - eccnts) - sinpi / com
                                         + .5 / eccent * np.log((1.0 - con) / (1.0 + con))), None

    with np.errstate(invalid="ignore", divide="ignore"):
        return _converge(phi, np.ones(phi.shape, dtype=bool), step, 25, 1e-7)[0]


def phi2z(eccent, ts):
    """GCTP's phi2z (Snyder 7-9): at most 16 steps to 1e-10; NaN if not converged."""
    eccnth = .5 * eccent
    phi = HALF_PI - 2 * np.arctan(ts)

    def step(phi):
        con = eccent * np.sin(phi)
        return HALF_PI - 2 * np.arctan(ts * np.power((1.0 - con) / (1.0 + con), eccnth)) \
            - phi, None

    with np.errstate(invalid="ignore"):
        return _converge(phi, np.isfinite(phi), step, 16, 1e-10)[0]


def phi3z(ml, e0, e1, e2, e3):
    """GCTP's phi3z: the latitude of meridian distance ``ml`` (Snyder 3-26), 15 steps to
    1e-10; NaN if not converged."""
    phi = np.array(ml, dtype=np.float64, copy=True)

    def step(phi):
        return (ml + e1 * np.sin(2.0 * phi) - e2 * np.sin(4.0 * phi)
                + e3 * np.sin(6.0 * phi)) / e0 - phi, None

    with np.errstate(invalid="ignore"):
        return _converge(phi, np.isfinite(phi), step, 15, 1e-10)[0]


def phi4z(eccent, e0, e1, e2, e3, a, b):
    """GCTP's phi4z: the Polyconic inverse latitude (Snyder 18-17..18-20), 15 steps to
    1e-10; returns (phi, c), NaN where it does not converge."""
    phi = np.array(a, dtype=np.float64, copy=True)

    def step(phi):
        sinphi = np.sin(phi)
        tanphi = np.tan(phi)
        c = tanphi * np.sqrt(1.0 - eccent * sinphi * sinphi)
        sin2ph = np.sin(2.0 * phi)
        ml = e0 * phi - e1 * sin2ph + e2 * np.sin(4.0 * phi) - e3 * np.sin(6.0 * phi)
        mlp = e0 - 2.0 * e1 * np.cos(2.0 * phi) + 4.0 * e2 * np.cos(4.0 * phi) \
            - 6.0 * e3 * np.cos(6.0 * phi)
        con1 = 2.0 * ml + c * (ml * ml + b) - 2.0 * a * (c * ml + 1.0)
        con2 = eccent * sin2ph * (ml * ml + b - 2.0 * a * ml) / (2.0 * c)
        con3 = 2.0 * (a - ml) * (c * mlp - 2.0 / sin2ph) - 2.0 * mlp
        return con1 / (con2 + con3), c

    with np.errstate(invalid="ignore", divide="ignore"):
        return _converge(phi, np.isfinite(phi), step, 15, 1e-10)


def asinz(con):
    return np.arcsin(np.clip(con, -1.0, 1.0))


def sphdz(isph: int, parm) -> tuple[float, float, float]:
    """GCTP's sphdz: (semimajor, semiminor, sphere radius) from the ellipsoid code."""
    if isph < 0:
        t_major, t_minor = abs(parm[0]), abs(parm[1])
        if t_major > 0.0:
            if t_minor > 1.0:
                return t_major, t_minor, t_major
            if t_minor > 0.0:
                return t_major, math.sqrt(1.0 - t_minor) * t_major, t_major
            return t_major, t_major, t_major
        if t_minor > 0.0:
            return ELLIPSOIDS[0][1], ELLIPSOIDS[0][2], ELLIPSOIDS[0][1]
        return 6370997.0, 6370997.0, 6370997.0
    jsph = abs(isph)
    if jsph > 19:
        jsph = 0
    return ELLIPSOIDS[jsph][1], ELLIPSOIDS[jsph][2], 6370997.0


