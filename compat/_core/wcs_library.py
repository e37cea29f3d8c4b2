"""The IDL Astronomy Library's spherical projections and sky rotations, in the Library's
operation order: WCS_GETPOLE, WCS_ROTATE, WCSSPH2XY, WCSXY2SPH.

Facts and formulas are learned from the Library's BSD-licensed files (github.com/
wlandsman/IDLAstro, commit 729b572): wcs_getpole.pro (rev. 2013, J. P. Leahy),
wcs_rotate.pro (rev. 2013), wcssph2xy.pro (rev. 2018) and wcsxy2sph.pro (rev. 2018),
which follow Calabretta & Greisen (2002, A&A 395, 1077). The code here is written anew;
it keeps the Library's constants (``57.295779513082323`` in WCSSPH2XY, ``180/pi``
elsewhere), its special cases (LONGPOLE = 180 as exact ``sin = 0, cos = -1``; a
longitude of exactly +-180 rotated as 0 in WCS_ROTATE's forward direction; the north-pole
offset of cylindrical projections) and the order of its arithmetic, so the results agree
with GDL running the ``.pro`` files to a few units in the last place.

Angles in and out are degrees (numpy float64 arrays of any shape; 0-d for scalars).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import libm
from compat._core.errors import CompatValueError, legacy_warn

__all__ = ["MAP_TYPES", "IMPLEMENTED", "projection_kind", "theta0_of", "get_pole",
           "rotate_forward", "rotate_reverse", "sph2xy", "xy2sph"]

#: the Library's list of projection codes (index = MAP_TYPE)
MAP_TYPES = ("DEF", "AZP", "TAN", "SIN", "STG", "ARC", "ZPN", "ZEA", "AIR", "CYP",
             "CAR", "MER", "CEA", "COP", "COD", "COE", "COO", "BON", "PCO", "SFL",
             "PAR", "AIT", "MOL", "CSC", "QSC", "TSC", "SZP", "HPX", "HCT", "XPH")

#: the projections compat implements (both directions)
IMPLEMENTED = ("AZP", "TAN", "SIN", "STG", "ARC", "ZEA", "CYP", "CAR", "MER", "CEA",
               "SFL", "GLS", "PAR", "AIT")

_RADEG_SPH = 57.295779513082323   # wcssph2xy.pro's constant
_RADEG = 180.0 / math.pi          # wcs_rotate.pro, wcs_getpole.pro, wcsxy2sph.pro
_PI2 = math.pi / 2.0


# IDL and GDL call the C library's tan, asin, acos, atan, atan2, exp, log and pow; numpy's
# own implementations differ from glibc's by one unit in the last place for 0.1% to 10% of
# arguments (measured on 200000 random arguments), and the Library's TAN, SIN and ARC
# inversions amplify such a unit near the pole (ASIN of a number next to 1) to ~1e-7
# pixels. So these are the C library's (compat._core.libm).
_tan, _asin, _acos, _atan = libm.tan, libm.asin, libm.acos, libm.atan
_atan2, _exp, _log, _pow = libm.atan2, libm.exp, libm.log, libm.pow


def projection_kind(proj: str) -> tuple[bool, bool, bool]:
    """(conic, zenithal, cylindrical) by the Library's MAP_TYPE index ranges."""
    try:
        k = MAP_TYPES.index(proj)
    except ValueError:
        k = -1
    conic = 13 <= k <= 16
    zenithal = 1 <= k <= 8 or k in (26, 29)
    cylindrical = 9 <= k <= 12 or k in (27, 28)
    return conic, zenithal, cylindrical


def theta0_of(proj: str, pv2_1: float) -> float:
    """The native latitude of the fiducial point WCSSPH2XY/WCSXY2SPH pass to WCS_ROTATE."""
    conic, zenithal, _ = projection_kind(proj)
    return float(pv2_1) if conic else (90.0 if zenithal else 0.0)


def _check_implemented(proj: str) -> None:
    if proj not in IMPLEMENTED:
        raise CompatValueError(
            f"the {proj} projection is not implemented in compat (implemented: "
            f"{', '.join(IMPLEMENTED)})")


# ------------------------------------------------------------------ the celestial pole
def get_pole(crval, lonpole: float, theta0: float, latpole: float):
    """WCS_GETPOLE: (alpha_p, delta_p in radians, at_pole)."""
    pi2 = math.acos(0.0)
    alpha_0 = float(crval[0]) / _RADEG
    delta_0 = float(crval[1]) / _RADEG
    if theta0 == 90:
        return alpha_0, delta_0, float(crval[1]) == 90.0
    phi_p = float(lonpole) / _RADEG
    theta_p = float(latpole) / _RADEG
    sp, cp = math.sin(phi_p), math.cos(phi_p)
    sd, cd = math.sin(delta_0), math.cos(delta_0)
    tand = math.tan(delta_0)
    if theta0 == 0.0:
        if delta_0 == 0.0 and abs(lonpole) == 90.0:
            delta_p = theta_p
            at_pole = latpole == 90.0
        else:
            delta_p = _acos_scalar(sd / cp)
            if latpole <= -90:
                delta_p = -delta_p
            elif latpole < 90 and abs(theta_p + delta_p) < abs(theta_p - delta_p):
                delta_p = -delta_p
            at_pole = theta_p >= 0.0 and float(crval[1]) == 0.0
        alpha_p = alpha_0
        if lonpole != 180.0 and cd != 0.0:
            if delta_p == pi2:
                alpha_p += phi_p - math.pi
            elif delta_p == -pi2:
                alpha_p -= phi_p
            else:
                alpha_p -= math.atan2(sp / cd, -math.tan(delta_p) * tand)
        return alpha_p, delta_p, at_pole
    if theta0 == float(crval[1]) and lonpole == 0:
        return alpha_0 + phi_p - math.pi, pi2, True
    ctheta = math.cos(theta0 / _RADEG)
    stheta = math.sin(theta0 / _RADEG)
    term1 = math.atan2(stheta, ctheta * cp)
    term2 = _acos_scalar(sd / math.sqrt(1.0 - ctheta ** 2 * sp ** 2))
    if term2 == 0.0:
        delta_p = term1
        alpha_p = None
    else:
        d1 = abs((term1 + term2) * _RADEG)
        d2 = abs((term1 - term2) * _RADEG)
        if d1 > 90 and d2 > 90:
            raise CompatValueError("No valid solution")
        if d1 <= 90 < d2:
            delta_p = term1 + term2
        elif d1 > 90 >= d2:
            delta_p = term1 - term2
        else:
            p1, p2 = (term1 + term2) * _RADEG, (term1 - term2) * _RADEG
            delta_p = term1 + term2 if abs(latpole - p1) < abs(latpole - p2) \
                else term1 - term2
        if cd == 0.0:
            alpha_p = alpha_0
        else:
            sdelt = math.sin(delta_p)
            if sdelt == 1:
                alpha_p = alpha_0 - phi_p - math.pi
            elif sdelt == -1:
                alpha_p = alpha_0 - phi_p
            else:
                alpha_p = alpha_0 - math.atan2(
                    (stheta - math.sin(delta_p) * sd) / (math.cos(delta_p) * cd),
                    sp * ctheta / cd)
    if alpha_p is None:
        # wcs_getpole.pro leaves ALPHA_P undefined when term2 is 0 (an IDL error)
        raise CompatValueError("Variable is undefined: ALPHA_P.")
    return alpha_p, delta_p, delta_p == pi2


def _acos_scalar(x: float) -> float:
    return math.acos(x) if -1.0 <= x <= 1.0 else math.nan


def _pole_matrix(crval, pv1, longpole, latpole, theta0):
    """WCS_ROTATE's set-up: (r as IDL r[i, j] -> numpy r[i][j], identity flag)."""
    if pv1 is not None:
        pv1 = np.asarray(pv1, dtype=np.float64).reshape(-1)
        if pv1.size != 5:
            raise CompatValueError("ERROR:- PV1 array should contain five values if "
                                   "specified")
        phi0, theta0, longpole, latpole = (float(v) for v in pv1[1:5])
    else:
        if longpole is None:
            longpole = 0.0 if float(crval[1]) >= theta0 else 180.0
        if latpole is None:
            latpole = 90.0
        phi0 = 0.0
    longpole, latpole = float(longpole), float(latpole)
    phi_p = longpole / _RADEG
    if longpole == 180.0:
        sp, cp = 0.0, -1.0
    else:
        sp, cp = math.sin(phi_p), math.cos(phi_p)
    if theta0 == 90:
        alpha_p = float(crval[0]) / _RADEG
        delta_p = float(crval[1]) / _RADEG
        at_pole = float(crval[1]) == 90.0
    else:
        alpha_p, delta_p, at_pole = get_pole(crval, longpole - phi0, theta0, latpole)
    if at_pole and abs(math.fmod(alpha_p - phi_p, 2 * math.pi)) == math.pi:
        return None
    sa, ca = math.sin(alpha_p), math.cos(alpha_p)
    sd, cd = math.sin(delta_p), math.cos(delta_p)
    if at_pole:
        cd = 0.0
    # IDL r[i, j]: column i of row j
    r = [[-sa * sp - ca * cp * sd, sa * cp - ca * sp * sd, ca * cd],
         [ca * sp - sa * cp * sd, -ca * cp - sa * sp * sd, sa * cd],
         [cp * cd, sp * cd, sd]]
    return r


def _direction(r, phi1, theta1, transpose: bool):
    l = np.cos(theta1) * np.cos(phi1)
    m = np.cos(theta1) * np.sin(phi1)
    n = np.sin(theta1)
    if transpose:
        r = [[r[j][i] for j in range(3)] for i in range(3)]
    b0 = r[0][0] * l + r[1][0] * m + r[2][0] * n
    b1 = r[0][1] * l + r[1][1] * m + r[2][1] * n
    b2 = r[0][2] * l + r[1][2] * m + r[2][2] * n
    b2 = np.where(b2 < -1, -1.0, b2)
    b2 = np.where(b2 > 1, 1.0, b2)
    return _atan2(b1, b0), _asin(b2)


def rotate_forward(lng, lat, crval, *, pv1=None, longpole=None, latpole=None,
                   theta0=90.0):
    """WCS_ROTATE: celestial (lng, lat) to native (phi, theta), degrees."""
    lng = np.asarray(lng, dtype=np.float64)
    lat = np.asarray(lat, dtype=np.float64)
    r = _pole_matrix(crval, pv1, longpole, latpole, theta0)
    if r is None:
        return lng.copy(), lat.copy()
    phi1 = np.where(np.abs(lng) != 180.0, lng / _RADEG, 0.0)
    theta1 = lat / _RADEG
    phi, theta = _direction(r, phi1, theta1, False)
    return phi * _RADEG, theta * _RADEG


def rotate_reverse(phi, theta, crval, *, pv1=None, longpole=None, latpole=None,
                   theta0=90.0):
    """WCS_ROTATE, /REVERSE: native (phi, theta) to celestial (lng, lat), degrees."""
    phi = np.asarray(phi, dtype=np.float64)
    theta = np.asarray(theta, dtype=np.float64)
    r = _pole_matrix(crval, pv1, longpole, latpole, theta0)
    if r is None:
        return phi.copy(), theta.copy()
    good = np.isfinite(phi) & np.isfinite(theta)
    # wcs_rotate.pro starts LATITUDE from PHI and LONGITUDE from THETA
    lng, lat = theta.copy(), phi.copy()
    if not good.any():
        return lng, lat
    a, d = _direction(r, phi[good] / _RADEG, theta[good] / _RADEG, True)
    lng[good] = a * _RADEG
    lat[good] = d * _RADEG
    return lng, lat


# ------------------------------------------------------------------ sky to plane
def _pv(pv2, k: int, default: float = 0.0) -> float:
    return float(pv2[k]) if pv2 is not None and len(pv2) > k else default


def sph2xy(lng, lat, proj: str, *, pv2=None, pv1=None, crval=None, crxy=None,
           longpole=None, latpole=None, north_offset=None, south_offset=None):
    """WCSSPH2XY: celestial (or native, without CRVAL) degrees to plane x, y."""
    proj = proj.upper()
    _check_implemented(proj)
    radeg = _RADEG_SPH
    lng = np.array(lng, dtype=np.float64)
    lat = np.array(lat, dtype=np.float64)
    lng = np.where(lng >= 180.0, lng - 360.0, lng)
    pv2 = None if pv2 is None else np.asarray(pv2, dtype=np.float64).reshape(-1)
    pv2_1, pv2_2 = _pv(pv2, 0), _pv(pv2, 1)
    conic, zenithal, cylindrical = projection_kind(proj)
    theta0 = pv2_1 if conic else (90 if zenithal else 0)
    if crval is not None and len(crval) >= 2:
        phi, theta = rotate_forward(lng, lat, crval, pv1=pv1, longpole=longpole,
                                    latpole=latpole, theta0=theta0)
        phi = phi / radeg
        theta = theta / radeg
    else:
        phi = lng / radeg
        theta = lat / radeg
    if cylindrical or conic:
        north = 1e-7 if north_offset is None else float(north_offset)
        south = 1e-7 if south_offset is None else float(south_offset)
        bad = np.abs(theta - _PI2) < north
        if bad.any():
            legacy_warn("Some input points are too close to the NORTH pole.")
            theta = np.where(bad, _PI2 - north, theta)
        if (np.abs(theta + _PI2) < south).any():
            # wcssph2xy.pro moves LAT, not THETA, for points near the south pole
            legacy_warn("Some input points are too close to the SOUTH pole.")
    with np.errstate(divide="ignore", invalid="ignore"):
        x, y = _sph2xy(proj, phi, theta, lng, pv2_1, pv2_2, radeg)
    if crxy is not None and np.any(np.asarray(crxy, dtype=np.float64) != 0.0):
        crxy = np.asarray(crxy, dtype=np.float64).reshape(-1)
        x = x - crxy[0]
        y = y - crxy[1]
    return x, y


def _sph2xy(proj, phi, theta, lng, pv2_1, pv2_2, radeg):
    if proj == "AZP":
        if pv2_1 < 0:
            raise CompatValueError("AZP map projection requires the keyword PV2_1 >= 0")
        gamma = pv2_2 / radeg
        mu = pv2_1
        r = radeg * np.cos(theta) * (mu + 1.0) / \
            ((mu + np.sin(theta)) + np.cos(theta) * np.cos(phi) * math.tan(gamma))
        return r * np.sin(phi), -r * np.cos(phi) / math.cos(gamma)
    if proj == "TAN":
        x = np.full(theta.shape, np.nan)
        y = x.copy()
        g = theta > 0
        r = radeg / _tan(theta[g])
        x[g] = r * np.sin(phi[g])
        y[g] = -r * np.cos(phi[g])
        return x, y
    if proj == "SIN":
        if pv2_1 == 0 and pv2_2 == 0:
            r = radeg * np.cos(theta)
            return r * np.sin(phi), -r * np.cos(phi)
        x = radeg * (np.cos(theta) * np.sin(phi) + pv2_1 * (1 - np.sin(theta)))
        y = -radeg * (np.cos(theta) * np.cos(phi) - pv2_2 * (1 - np.sin(theta)))
        return x, y
    if proj in ("STG", "ARC", "ZEA"):
        if proj == "STG":
            r = 2.0 * radeg * _tan((_PI2 - theta) / 2.0)
        elif proj == "ARC":
            r = radeg * (_PI2 - theta)
        else:
            r = 2.0 * radeg * np.sin((_PI2 - theta) / 2.0)
        return r * np.sin(phi), -r * np.cos(phi)
    if proj == "CYP":
        if pv2_1 == -pv2_2:
            raise CompatValueError("PV2_1 = -PV2_2 is not allowed for CYP map projection.")
        return pv2_2 * radeg * phi, \
            radeg * (pv2_1 + pv2_2) * np.sin(theta) / (pv2_1 + np.cos(theta))
    if proj == "CAR":
        return radeg * phi, radeg * theta
    if proj == "MER":
        return radeg * phi, radeg * _log(_tan((_PI2 + theta) / 2.0))
    if proj == "CEA":
        if pv2_1 <= 0 or pv2_1 > 1:
            raise CompatValueError("CEA map projection requires 0 < PV2_1 <= 1")
        return radeg * phi, radeg * np.sin(theta) / pv2_1
    if proj in ("SFL", "GLS"):
        return radeg * phi * np.cos(theta), radeg * theta
    if proj == "PAR":
        return radeg * phi * (2.0 * np.cos(2.0 * theta / 3.0) - 1.0), \
            180.0 * np.sin(theta / 3.0)
    # AIT
    alpha = radeg * np.sqrt(2.0 / (1.0 + np.cos(theta) * np.cos(0.5 * phi)))
    return 2.0 * alpha * np.cos(theta) * np.sin(0.5 * phi), alpha * np.sin(theta)


# ------------------------------------------------------------------ plane to sky
def xy2sph(x, y, proj: str, *, pv2=None, pv1=None, crval=None, crxy=None,
           longpole=None, latpole=None):
    """WCSXY2SPH: plane x, y to celestial (or native, without CRVAL) degrees."""
    proj = proj.upper()
    _check_implemented(proj)
    radeg = _RADEG
    x = np.asarray(x)
    y = np.asarray(y)
    if crxy is not None and np.any(np.asarray(crxy, dtype=np.float64) != 0.0):
        crxy = np.asarray(crxy, dtype=np.float64).reshape(-1)
        xx = (x + crxy[0]).astype(np.float64)
        yy = (y + crxy[1]).astype(np.float64)
    else:
        xx = x.astype(np.float64)
        yy = y.astype(np.float64)
    pv2 = None if pv2 is None else np.asarray(pv2, dtype=np.float64).reshape(-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        phi, theta = _xy2sph(proj, xx, yy, pv2, radeg)
    phi = phi * radeg
    theta = theta * radeg
    if crval is not None and len(crval) >= 2:
        lng, lat = rotate_reverse(phi, theta, crval, pv1=pv1, longpole=longpole,
                                  latpole=latpole, theta0=theta0_of(proj, _pv(pv2, 0)))
    else:
        lng, lat = phi.copy(), theta.copy()
    good = np.isfinite(lng)
    lng = np.where(good & (lng < 0.0), lng + 360.0, lng)
    lng = np.where(good & (lng >= 360.0), lng - 360.0, lng)
    return lng, lat


def _xy2sph(proj, xx, yy, pv2, radeg):
    if proj == "AZP":
        mu, g = _pv(pv2, 0), _pv(pv2, 1)
        if mu < 0:
            raise CompatValueError("AZP map projection requires the keyword pv2_1 >= 0")
        gamma = g / radeg
        r = np.sqrt(xx ** 2 + yy ** 2 * math.cos(gamma) ** 2)
        rho = r / (radeg * (mu + 1) + yy * math.sin(gamma))
        omega = _asin(rho * mu / np.sqrt(rho ** 2 + 1.0))
        xsi = _atan2(1.0, rho)
        phi = _atan2(xx, -yy * math.cos(gamma))
        theta1 = xsi - omega
        theta2 = xsi + omega + math.pi
        theta = theta1 * 0.0
        if abs(mu) < 1:
            theta = np.where(np.abs(theta1) < _PI2, theta1, theta)
            theta = np.where(np.abs(theta2) < _PI2, theta2, theta)
        else:
            d1, d2 = np.abs(_PI2 - theta1), np.abs(_PI2 - theta2)
            theta = np.where(d1 <= d2, theta1, theta)
            theta = np.where(d2 < d1, theta2, theta)
        return phi, theta
    if proj == "TAN":
        r = np.sqrt(xx ** 2 + yy ** 2)
        theta = np.where(r > 0, _atan(radeg / np.where(r > 0, r, 1.0)), _PI2)
        return _atan2(xx, -yy), theta
    if proj == "SIN":
        p1, p2 = _pv(pv2, 0), _pv(pv2, 1)
        if p1 == 0 and p2 == 0:
            return _atan2(xx, -yy), _acos(np.sqrt(xx ** 2 + yy ** 2) / radeg)
        x, y = xx / radeg, yy / radeg
        a = p1 ** 2 + p2 ** 2 + 1
        b = p1 * (x - p1) + p2 * (y - p2)
        c = (x - p1) ** 2 + (y - p2) ** 2 - 1.0
        rad = np.sqrt(b ** 2 - a * c)
        rad1 = (-b + rad) / a
        rad2 = (-b - rad) / a
        a1, a2 = np.abs(rad1), np.abs(rad2)
        rad = rad * 0.0
        rad = np.where((a1 <= _PI2) & (a2 > _PI2), rad1, rad)
        rad = np.where((a2 <= _PI2) & (a1 > _PI2), rad2, rad)
        rad = np.where((a2 <= _PI2) & (a1 <= _PI2), np.maximum(rad2, rad1), rad)
        theta = _asin(rad)
        phi = _atan2(x - p1 * (1 - np.sin(theta)), -(y - p2 * (1 - np.sin(theta))))
        return phi, theta
    if proj == "STG":
        return _atan2(xx, -yy), \
            _PI2 - 2 * _atan(np.sqrt(xx ** 2 + yy ** 2) / (2.0 * radeg))
    if proj == "ARC":
        return _atan2(xx, -yy), _PI2 - np.sqrt(xx ** 2 + yy ** 2) / radeg
    if proj == "ZEA":
        return _atan2(xx, -yy), \
            _PI2 - 2.0 * _asin(np.sqrt(xx ** 2 + yy ** 2) / (2.0 * radeg))
    if proj == "CYP":
        # wcsxy2sph.pro tests N_ELEMENTS(pv2 EQ 0), so a given PV2 is always used
        p1 = _pv(pv2, 0)
        p2 = _pv(pv2, 1, 1.0)
        if pv2 is None or len(pv2) < 1:
            legacy_warn("PV2_1 not set, using default of pv2_1 = 0 for CYP map projection")
        if pv2 is None or len(pv2) < 2:
            legacy_warn("PV2_2 not set, using default of pv2_2 = 1 for CYP map projection")
        if p1 == -p2:
            raise CompatValueError("PV2_1 = -PV2_2 is not allowed for CYP map projection.")
        eta = yy / ((p1 + p2) * radeg)
        theta = _atan2(eta, 1) + _asin(eta * p1 / np.sqrt(eta ** 2 + 1.0))
        return xx / (p2 * radeg), theta
    if proj == "CAR":
        return xx / radeg, yy / radeg
    if proj == "MER":
        return xx / radeg, 2 * _atan(_exp(yy / radeg)) - _PI2
    if proj == "CEA":
        if pv2 is None or len(pv2) < 1:
            raise CompatValueError("CEA map projection requires that PV2_1 keyword be set.")
        p1 = float(pv2[0])
        if p1 <= 0 or p1 > 1:
            raise CompatValueError("CEA map projection requires 0 < PV2_1 <= 1")
        return xx / radeg, _asin(yy * p1 / radeg)
    if proj in ("SFL", "GLS"):
        return xx / (radeg * np.cos(yy / radeg)), yy / radeg
    if proj == "PAR":
        return xx / (1.0 - 4.0 * (yy / math.pi / radeg) ** 2) / radeg, \
            3.0 * _asin(yy / math.pi / radeg)
    # AIT
    z2 = 1.0 - (xx / (4.0 * radeg)) ** 2 - (yy / (2.0 * radeg)) ** 2
    bad = z2 < 0.5
    z = np.sqrt(z2)
    phi = 2.0 * _atan2(z * xx / (2.0 * radeg), 2.0 * z ** 2 - 1.0)
    theta = _asin(yy * z / radeg)
    return np.where(bad, np.nan, phi), np.where(bad, np.nan, theta)


# ------------------------------------------------------------------ TPV distortion
# tpv_eval.pro's terms k >= 3 as factor lists (multiplied left to right after the
# coefficient); "r3", "r5", "r7" are sqrt(x2 + y2) to those powers (the C library's pow)
_TPV_X = {3: ("r",), 4: ("x2",), 5: ("x", "y"), 6: ("y2",), 7: ("x3",), 8: ("x2", "y"),
          9: ("x", "y2"), 10: ("y2", "y"), 11: ("r3",), 12: ("x2", "x2"),
          13: ("x2", "x", "y"), 14: ("x2", "y2"), 15: ("x", "y2", "y"), 16: ("y2", "y2"),
          17: ("x4", "x"), 18: ("x4", "y"), 19: ("x2", "x", "y2"), 20: ("x2", "y2", "y"),
          21: ("x", "y4"), 22: ("y4", "y"), 23: ("r5",), 24: ("x4", "x2"),
          25: ("x4", "x", "y"), 26: ("x4", "y2"), 27: ("x2", "x", "y2", "y"),
          28: ("x2", "y4"), 29: ("x", "y4", "y"), 30: ("y4", "y2"), 31: ("x4", "x2", "x"),
          32: ("x4", "x2", "y"), 33: ("x4", "x", "y2"), 34: ("x4", "y2", "y"),
          35: ("x2", "x", "y4"), 36: ("x2", "y", "y4"), 37: ("x", "y2", "y4"),
          38: ("y4", "y2", "y"), 39: ("r7",)}
_SWAP = {"x": "y", "y": "x", "x2": "y2", "y2": "x2", "x3": "y3", "y3": "x3", "x4": "y4",
         "y4": "x4"}
_TPV_Y = {k: tuple(_SWAP.get(f, f) for f in v) for k, v in _TPV_X.items()}
_TPV_Y[5] = ("x", "y")  # tpv_eval.pro writes pv2[5]*x*y


def tpv_eval(x: np.ndarray, y: np.ndarray, pv1, pv2):
    """tpv_eval.pro: the TPV polynomial (xi, eta) of intermediate coordinates (x, y).

    Keeps the Library's use of ``pv2[24]`` as the coefficient of PV1's term 24 (its
    test is on ``pv1[24]``)."""
    pv1 = np.asarray(pv1, dtype=np.float64).reshape(-1)
    pv2 = np.asarray(pv2, dtype=np.float64).reshape(-1)
    x2, y2 = x * x, y * y
    r = np.sqrt(x2 + y2)
    f = {"x": x, "y": y, "x2": x2, "y2": y2, "x4": x2 * x2, "y4": y2 * y2, "r": r}

    def factor(name):
        if name not in f:
            base, k = {"x3": (x, 3), "y3": (y, 3), "r3": (r, 3), "r5": (r, 5),
                       "r7": (r, 7)}[name]
            f[name] = _pow(base, k)
        return f[name]

    def poly(pv, other, terms, first, second):
        out = pv[0] + pv[1] * first + pv[2] * second
        for k in range(3, min(pv.size, 40)):
            if pv[k] == 0.0:
                continue
            coef = other[24] if (k == 24 and terms is _TPV_X) else pv[k]
            term = coef
            for name in terms[k]:
                term = term * factor(name)
            out = out + term
        return out
    return poly(pv1, pv2, _TPV_X, x, y), poly(pv2, pv2, _TPV_Y, y, x)
