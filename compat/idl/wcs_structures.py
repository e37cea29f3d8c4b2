"""The IDL Astronomy Library's astrometry-structure tools: MAKE_ASTR (a structure from
keywords) and GETROT (rotation and scale of an astrometry), beside EXTAST
(:mod:`compat.idl.fits_astrometry`).

Both follow the Library's own BSD-licensed ``.pro`` files (github.com/wlandsman/IDLAstro,
commit 729b572): make_astr.pro (rev. 2013, v2 structure) and getrot.pro (rev. 2013), in
their types (``compile_opt idl2``: integer literals are LONG) and order of operations.
``MAKE_ASTR, astr, CRPIX=, CRVAL=, ...`` is ``astr = idl.make_astr(crpix=..., crval=...)``;
``GETROT, hdr, rot, cdelt`` is ``rot, cdelt = idl.getrot(hdr)``.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import fits_wcs
from compat._core import wcs_library as wcs
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_struct import build_structure, is_structure, tag_value
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["make_astr", "getrot"]

_IDL_RADEG_FLOAT = float(np.float32(180.0 / math.pi))  # !RADEG, a FLOAT


def _typed(value, name):
    return np.asarray(idl_array(value, name, complex_ok=False, string_ok=(name == "CTYPE")))


def _axis_search(ctype, tests):
    found = []
    for form, test in enumerate(tests):
        hits = [i for i, c in enumerate(ctype) if test(c)]
        found += [(i, form) for i in hits]
    return found


@idl_routine("MAKE_ASTR")
def make_astr(*, cd=None, delta=None, crpix=None, crval=None, ctype=None, latpole=None,
              longpole=None, pv2=None, naxis=None, axes=None, pv1=None, radecsys=None,
              equinox=None, date_obs=None, mjd_obs=None):
    """A new astrometry structure from keywords, as the IDL Astronomy Library's
    ``MAKE_ASTR`` (make_astr.pro, IDLAstro 729b572; rev. 2013).

    IDL call form::

        MAKE_ASTR, astr, CRPIX=, CRVAL= [, CD=, DELTA=, CTYPE=, LATPOLE=, LONGPOLE=, PV2=,
                   NAXIS=, AXES=, PV1=, RADECSYS=, EQUINOX=, DATE_OBS=, MJD_OBS=]
            ->  astr = idl.make_astr(crpix=..., crval=..., ...)

    The structure has EXTAST's tags. Tags keep the types given (CRPIX of INTs stays INT,
    as in the Library); without CD the CD tag is FLOAT ``[[1., 0.], [0., 1.]]`` with CDELT
    ``[-1, 1]/3600``; LONGPOLE defaults from CRVAL and the projection's theta0,
    RADECSYS/EQUINOX from each other, DATEOBS/MJDOBS from each other through DATE_CONV.

    Examples
    --------
    >>> from compat import idl
    >>> a = idl.make_astr(crpix=[50.5, 60.5], crval=[30.0, 45.0])
    >>> a.CDELT[0] * 3600, float(a.LONGPOLE[0]), str(a.RADECSYS[0])
    (array([-1.,  1.]), 180.0, 'ICRS')
    """
    if cd is None:
        cd = np.array([[1.0, 0.0], [0.0, 1.0]], dtype=np.float32)
        cdelt = np.array([-1.0, 1.0]) / 3600.0 if delta is None else _typed(delta, "DELTA")
    else:
        cd = _typed(cd, "CD")
        cdelt = np.array([1.0, 1.0]) if delta is None else _typed(delta, "DELTA")
    if crpix is None:
        raise CompatValueError("ERROR - CRPIX is a required keyword for a new astrometry "
                               "structure")
    if crval is None:
        raise CompatValueError("ERROR - CRVAL is a required keyword for a new astrometry "
                               "structure")
    crpix, crval = _typed(crpix, "CRPIX"), _typed(crval, "CRVAL")
    ctype = np.array(["RA---TAN", "DEC--TAN"]) if ctype is None else \
        np.atleast_1d(_typed(ctype, "CTYPE")).astype(str)
    n_pv2 = 0 if pv2 is None else np.size(pv2)
    pv2 = np.float64(0.0) if pv2 is None else _typed(pv2, "PV2")
    axes = np.array([1, 2], dtype=np.int32) if axes is None else _typed(axes, "AXES")
    cts = [str(c) for c in ctype.reshape(-1)]
    lon = _axis_search(cts, [lambda c: c[:5] == "RA---", lambda c: c[1:5] == "LON-",
                             lambda c: c[2:6] == "LN-"])
    if len(lon) > 1:
        raise CompatValueError("Both axis types are longitude!")
    lat = _axis_search(cts, [lambda c: c[:5] == "DEC--", lambda c: c[1:5] == "LAT-",
                             lambda c: c[2:6] == "LT-"])
    if len(lat) > 1:
        raise CompatValueError("Both axis types are latitude")
    lon_i, lon_form = lon[0] if lon else (-1, -1)
    lat_i, lat_form = lat[0] if lat else (-1, -1)
    badco = lon_form != lat_form
    if lon_form == -1:
        coord = "X"
    elif lon_form == 0:
        coord = "C"
    elif lon_form == 1:
        coord = cts[0][:1]
        badco = badco or coord != cts[1][:1]
    else:
        raise CompatValueError("Attempt to subscript CTYPE with <INT      (       2)> is "
                               "out of range.")
    flip = np.uint8(lat_i < lon_i)
    proj = cts[0][5:8]
    badco = badco or proj != (cts[1][5:8] if len(cts) > 1 else "")
    if badco:
        raise CompatValueError("ERROR: longitude and latitude coordinate types must match:")
    known = np.array([proj in wcs.MAP_TYPES], dtype=np.uint8)
    pv1v = None if pv1 is None else np.asarray(pv1, dtype=np.float64).reshape(-1)
    npv1 = 0 if pv1v is None else pv1v.size
    theta0 = None
    if npv1 == 5:
        latpole = pv1v[4]
    if npv1 >= 4:
        longpole = pv1v[3]
    if npv1 >= 3:
        theta0 = float(pv1v[2])
    phi0 = float(pv1v[1]) if npv1 >= 2 else 0.0
    xyoff = bool(pv1v[0] != 0) if npv1 >= 2 else False
    if latpole is None:
        latpole = 90
    pv2_flat = np.asarray(pv2, dtype=np.float64).reshape(-1)
    if proj in ("COP", "COE", "COD", "COO"):
        if n_pv2 == 0:
            raise CompatValueError("ERROR -- Specify PV2 for conic projections")
        theta_a = float(pv2_flat[0])
    elif proj in ("AZP", "SZP", "TAN", "STG", "SIN", "ARC", "ZPN", "ZEA", "AIR", "XPH"):
        theta_a = 90.0
    else:
        theta_a = 0.0
    if theta0 is None:
        theta0 = theta_a
    crval_f = np.asarray(crval, dtype=np.float64).reshape(-1)
    if longpole is None:
        longpole = (0.0 if crval_f[1] >= theta0 else 180.0) + phi0
    latpole_f = float(np.asarray(latpole, dtype=np.float64).reshape(-1)[0])
    longpole_f = float(np.asarray(longpole, dtype=np.float64).reshape(-1)[0])
    pv1_out = np.array([float(xyoff), phi0, theta0, longpole_f, latpole_f])
    x0y0 = np.array([0.0, 0.0])
    if xyoff and (phi0 != 0.0 or theta0 != theta_a):
        x0, y0 = wcs.sph2xy(np.float64(phi0), np.float64(theta0), proj, pv2=pv2_flat)
        x0y0 = np.array([float(x0), float(y0)])
    n_rdsys = radecsys is not None
    radecsys = "" if radecsys is None else str(radecsys).strip().upper()
    mjdobs = math.nan if mjd_obs is None else float(mjd_obs)
    dateobs = "UNKNOWN" if date_obs is None else str(date_obs).strip().upper()
    if mjd_obs is not None and date_obs is None:
        dateobs = fits_wcs.jd_to_fits(mjdobs + 2400000.5)
    if date_obs is not None:
        converted = fits_wcs.date_to_fits(dateobs)
        if converted is not None:
            dateobs = converted
            mjdtest = fits_wcs.fits_to_mjd(dateobs)
            if mjd_obs is None:
                mjdobs = mjdtest
            elif abs(mjdtest - mjdobs) > 1:
                raise CompatValueError("DATE-OBS and MJD-OBS are inconsistent")
        else:
            dateobs = "UNKNOWN"
    eq = math.nan if equinox is None else float(np.asarray(equinox, dtype=np.float64))
    if coord in ("C", "E", "H"):
        if not n_rdsys:
            radecsys = "ICRS" if equinox is None else ("FK5" if eq >= 1984.0 else "FK4")
        elif equinox is None:
            eq = {"FK4": 1950.0, "FK5": 2000.0, "ICR": 2000.0}.get(radecsys[:3], 0.0)
    naxis = np.array([0, 0], dtype=np.int32) if naxis is None or np.size(naxis) != 2 \
        else _typed(naxis, "NAXIS")
    fields = dict(NAXIS=naxis, CD=cd, CDELT=cdelt, CRPIX=crpix, CRVAL=crval, CTYPE=ctype,
                  LONGPOLE=np.float64(longpole_f), LATPOLE=np.float64(latpole_f), PV2=pv2,
                  PV1=pv1_out, AXES=axes, REVERSE=flip, COORD_SYS=coord, PROJECTION=proj,
                  KNOWN=known, RADECSYS=radecsys, EQUINOX=np.float64(eq), DATEOBS=dateobs,
                  MJDOBS=np.float64(mjdobs), X0Y0=x0y0)
    return build_structure(list(fields), list(fields.values()))


class GetrotResult(Result):
    """GETROT's rotation and scale (its output arguments)."""

    rot: object
    cdelt: object


def _astr_tag(astr, name):
    record = np.asarray(astr).reshape(-1)[0] if not isinstance(astr, dict) else astr
    return astr[name] if isinstance(astr, dict) else tag_value(record, name)


@idl_routine("GETROT")
def getrot(hdr, *, debug=0, silent=False, alt=None):
    """Rotation (degrees counterclockwise) and pixel scale (degrees) of an astrometry,
    as the IDL Astronomy Library's ``GETROT`` (getrot.pro, IDLAstro 729b572; rev. 2013).

    IDL call form::

        GETROT, hdr_or_astr, rot, cdelt [, DEBUG=, /SILENT, ALT=]
            ->  rot, cdelt = idl.getrot(hdr_or_astr)

    ROT and CDELT are FLOAT, as the Library returns them (DEBUG=2 gives both axis
    rotations when they differ). A right-handed astrometry warns unless ``silent``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(["CTYPE1  = 'RA---TAN'", "CTYPE2  = 'DEC--TAN'",
    ...               "CRVAL1  = 30.0", "CRVAL2  = 45.0", "CRPIX1  = 10.0",
    ...               "CRPIX2  = 20.0", "CDELT1  = -0.001", "CDELT2  = 0.001",
    ...               "CROTA2  = 30.0", "END"])
    >>> idl.getrot(h)
    GetrotResult(rot=np.float32(30.0), cdelt=array([-0.001,  0.001], dtype=float32))
    """
    radeg = 180.0 / math.pi
    if is_structure(hdr):
        astr = hdr
    else:
        a = np.asarray(hdr)
        if a.ndim != 1 or a.dtype.kind != "U":
            raise CompatValueError("ERROR - First parameter must be an image header or "
                                   "astrometry structure")
        from compat.idl.fits_astrometry import extast
        astr = extast(a, alt=alt)
        if astr is None:
            raise CompatValueError("Expression must be a structure in this context: ASTR.")
        if str(np.asarray(_astr_tag(astr, "CTYPE")).reshape(-1)[0])[5:8] == "GSS":
            raise CompatValueError("GSSS_STDAST (a DSS header's tangent approximation) is "
                                   "not implemented in compat")
    cd_np = np.asarray(_astr_tag(astr, "CD"), dtype=np.float64).reshape(2, 2)
    c = (cd_np / radeg).T  # IDL-indexed: c[i][j] = cd[i, j]
    c = [[float(c[0, 0]), float(c[0, 1])], [float(c[1, 0]), float(c[1, 1])]]
    cdelt_in = np.asarray(_astr_tag(astr, "CDELT"), dtype=np.float64).reshape(-1)
    if cdelt_in[0] != 1.0:
        c[0][0] *= cdelt_in[0]
        c[0][1] *= cdelt_in[0]
        c[1][1] *= cdelt_in[1]
        c[1][0] *= cdelt_in[1]
    ctype = str(np.asarray(_astr_tag(astr, "CTYPE")).reshape(-1)[0])[:4]
    if ctype == "DEC-" or ctype[1:] == "LAT":
        c = [c[1], c[0]]
    det = c[0][0] * c[1][1] - c[0][1] * c[1][0]
    sgn = -1 if det < 0 else 1
    if not silent and det > 0:
        legacy_warn("WARNING - Astrometry is for a right-handed coordinate system")
    cdelt = np.zeros(2, dtype=np.float32)
    if c[1][0] == 0 and c[0][1] == 0:
        rot = np.float32(0.0)
        cdelt[0] = c[0][0]
        cdelt[1] = c[1][1]
    else:
        rot = math.atan2(sgn * c[0][1], sgn * c[0][0])
        rot2 = math.atan2(-c[1][0], c[1][1])
        if rot != rot2:
            tpi = 2 * math.pi
            if debug:
                print("X axis rotation:", rot * _IDL_RADEG_FLOAT, " Y axis rotation:",
                      rot2 * _IDL_RADEG_FLOAT)
            if debug == 2:
                rot = np.array([rot, rot2])
            elif abs(rot - rot2) * _IDL_RADEG_FLOAT < 2:
                rot = (rot + rot2) / 2.0
            elif abs(rot - rot2 - tpi) * _IDL_RADEG_FLOAT < 2:
                rot = (rot + rot2 - tpi) / 2.0
            elif abs(rot - rot2 + tpi) * _IDL_RADEG_FLOAT < 2:
                rot = (rot + rot2 + tpi) / 2.0
            else:
                legacy_warn("WARNING: X and Y axis rotations differ by more than 2 degrees")
        cdelt[0] = sgn * math.sqrt(c[0][0] ** 2 + c[0][1] ** 2)
        cdelt[1] = math.sqrt(c[1][1] ** 2 + c[1][0] ** 2)
    rot = np.asarray(rot, dtype=np.float64) * radeg
    longpole = float(np.asarray(_astr_tag(astr, "LONGPOLE"), dtype=np.float64).reshape(-1)[0])
    if longpole != 180.0:
        rot = rot + (180.0 - longpole)
    rot = rot.astype(np.float32)
    cdelt = (cdelt.astype(np.float64) * radeg).astype(np.float32)
    if debug:
        print("Sampling interval X axis", cdelt[0] * np.float32(3600.0), " arc seconds/pixel")
        print("                  Y axis", cdelt[1] * np.float32(3600.0), " arc seconds/pixel")
    return GetrotResult(rot=rot[()] if rot.ndim == 0 else rot, cdelt=cdelt)
