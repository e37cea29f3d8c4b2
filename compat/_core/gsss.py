"""The Guide Star Survey (DSS) plate solution as the IDL Astronomy Library computes it:
GSSSEXTAST's structure, GSSSXYAD's polynomial and GSSSADXY's Newton inversion.

Facts and formulas learned from the Library's BSD-licensed gsssextast.pro (rev. 2003),
gsssxyad.pro (rev. 2003) and gsssadxy.pro (rev. 2011) (github.com/wlandsman/IDLAstro,
commit 729b572), written anew in the Library's operation order and types: the files have
no ``compile_opt idl2``, so ``0.5`` and ``2.0`` are FLOAT, XLL/YLL are INT tags, GSSSXYAD's
declination goes through ``ATAN(FLOAT(...))`` (the C library's ``atanf``), and GSSSADXY
stops iterating when the *smallest* correction of all points is below 5e-7 (FLOAT).
Powers are the C library's ``pow`` (GDL computes ``x^3`` so).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import fits_headers as cards
from compat._core import libm
from compat._core.errors import CompatValueError

__all__ = ["gsss_fields", "gsss_xyad", "gsss_adxy"]

def _atanf(x: np.ndarray) -> np.ndarray:
    """IDL's ATAN of a FLOAT array: the C library's ``atanf``."""
    return libm.float_call("atanf", np.asarray(x, dtype=np.float32))


def _pow(x, k: float):
    """``x^k`` by the C library's ``pow`` (GDL's power of a DOUBLE)."""
    return libm.pow(x, float(k))


def _value(lines, name):
    value, n, _, _ = cards.find(lines, name, silent=True)
    return value, n


def _double(value) -> float:
    if isinstance(value, str):
        from compat._core.idl_number_text import parse_number
        return float(parse_number(value, np.float64))
    return float(np.asarray(value, dtype=np.float64).reshape(-1)[0])


def _int16(value) -> int:
    v = _double(value)
    return int(np.int16(np.int64(math.trunc(v)) if math.isfinite(v) else 0))


def gsss_fields(lines) -> dict:
    """GSSSEXTAST's tags (the GSSS_ASTROMETRY structure), or a CompatValueError."""
    xll, n = _value(lines, "CNPIX1")
    if n == 0:
        xll, _ = _value(lines, "CRPIX1")
        yll, _ = _value(lines, "CRPIX2")
    else:
        yll, _ = _value(lines, "CNPIX2")
    xsz = _double(_value(lines, "XPIXELSZ")[0])
    ysz = _double(_value(lines, "YPIXELSZ")[0])
    ppo3 = _double(_value(lines, "PPO3")[0])
    ppo6, n = _value(lines, "PPO6")
    if n == 0:
        raise CompatValueError("Header does not contain GSSS astrometry")
    ppo6 = _double(ppo6)
    pltscl = _double(_value(lines, "PLTSCALE")[0])
    get = {k: _value(lines, k)[0] for k in ("PLTRAH", "PLTRAM", "PLTRAS", "PLTDECSN",
                                             "PLTDECD", "PLTDECM", "PLTDECS")}
    crval0 = (_double(get["PLTRAH"]) + _double(get["PLTRAM"]) / 60.0 +
              _double(get["PLTRAS"]) / 3600.0) * 15
    crval1 = _double(get["PLTDECD"]) + _double(get["PLTDECM"]) / 60.0 + \
        _double(get["PLTDECS"]) / 3600.0
    if str(get["PLTDECSN"]).strip() == "-":
        crval1 = -crval1
    amdx = [_double(_value(lines, f"AMDX{i + 1}")[0]) for i in range(13)]
    amdy = [_double(_value(lines, f"AMDY{i + 1}")[0]) for i in range(13)]
    return {"CTYPE": np.array(["RA---GSS", "DEC--GSS"]), "XLL": np.int16(_int16(xll)),
            "YLL": np.int16(_int16(yll)), "XSZ": np.float64(xsz), "YSZ": np.float64(ysz),
            "PPO3": np.float64(ppo3), "PPO6": np.float64(ppo6),
            "CRVAL": np.array([crval0, crval1]), "PLTSCL": np.float64(pltscl),
            "AMDX": np.array(amdx), "AMDY": np.array(amdy)}


def gsss_xyad(g: dict, xin, yin):
    """GSSSXYAD: (ra, dec) in degrees of pixel positions (x, y)."""
    half = np.float32(0.5)
    x = xin + half
    y = yin + half
    obx = (g["PPO3"] - (g["XLL"] + x) * g["XSZ"]) / 1000.0
    oby = ((g["YLL"] + y) * g["YSZ"] - g["PPO6"]) / 1000.0
    ax, ay = g["AMDX"], g["AMDY"]
    r2 = _pow(obx, 2) + _pow(oby, 2)
    xi = (ax[0] * obx + ax[1] * oby + ax[2] + ax[3] * _pow(obx, 2) + ax[4] * obx * oby +
          ax[5] * _pow(oby, 2) + ax[6] * r2 + ax[7] * _pow(obx, 3) +
          ax[8] * _pow(obx, 2) * oby + ax[9] * obx * _pow(oby, 2) + ax[10] * _pow(oby, 3) +
          ax[11] * obx * r2 + ax[12] * obx * _pow(r2, 2))
    eta = (ay[0] * oby + ay[1] * obx + ay[2] + ay[3] * _pow(oby, 2) + ay[4] * oby * obx +
           ay[5] * _pow(obx, 2) + ay[6] * r2 + ay[7] * _pow(oby, 3) +
           ay[8] * _pow(oby, 2) * obx + ay[9] * oby * _pow(obx, 2) + ay[10] * _pow(obx, 3) +
           ay[11] * oby * r2 + ay[12] * oby * _pow(r2, 2))
    twopi = 2.0 * math.pi
    radeg = 180.0 / math.pi
    arcsec_per_radian = float(np.float32(360.0) * np.float32(60.0) * np.float32(60.0)) / twopi
    pltra = g["CRVAL"][0] / radeg
    pltdec = g["CRVAL"][1] / radeg
    xi = xi / arcsec_per_radian
    eta = eta / arcsec_per_radian
    numerator = xi / math.cos(pltdec)
    denominator = 1.0 - eta * math.tan(pltdec)
    ra = np.asarray(libm.atan2(numerator, denominator)) + pltra
    ra = np.where(ra < 0, ra + twopi, ra)
    ra = np.where(ra > twopi, ra - twopi, ra)
    numerator = np.cos(ra - pltra)
    denominator = (1.0 - eta * math.tan(pltdec)) / (eta + math.tan(pltdec))
    dec = _atanf((numerator / denominator).astype(np.float32))
    return ra * radeg, dec.astype(np.float64) * radeg


def gsss_adxy(g: dict, ra, dec):
    """GSSSADXY: pixel positions (x, y) of (ra, dec) degrees, Newton's method."""
    radeg = 180.0 / math.pi
    arcsec_per_radian = 3600.0 * radeg
    tolerance = float(np.float32(0.0000005))
    pltdec = g["CRVAL"][1] / radeg
    ra = np.asarray(ra).astype(np.float64)  # IDL: any type / DOUBLE radeg is DOUBLE
    dec = np.asarray(dec).astype(np.float64)
    dec_rad = dec / radeg
    cosd = np.cos(dec_rad)
    sind = np.sin(dec_rad)
    ra_dif = ra / radeg - g["CRVAL"][0] / radeg
    div = sind * math.sin(pltdec) + cosd * math.cos(pltdec) * np.cos(ra_dif)
    xi = cosd * np.sin(ra_dif) * arcsec_per_radian / div
    eta = (sind * math.cos(pltdec) - cosd * math.sin(pltdec) * np.cos(ra_dif)) * \
        (arcsec_per_radian / div)
    obx = xi / g["PLTSCL"]
    oby = eta / g["PLTSCL"]
    ax, ay = g["AMDX"], g["AMDY"]
    iters = 0
    while True:
        iters += 1
        s2 = obx * obx + oby * oby
        f = (ax[0] * obx + ax[1] * oby + ax[2] + ax[3] * obx * obx + ax[4] * obx * oby +
             ax[5] * oby * oby + ax[6] * s2 + ax[7] * obx * obx * obx +
             ax[8] * obx * obx * oby + ax[9] * obx * oby * oby + ax[10] * oby * oby * oby +
             ax[11] * obx * s2 + ax[12] * obx * _pow(s2, 2))
        fx = (ax[0] + ax[3] * 2.0 * obx + ax[4] * oby + ax[6] * 2.0 * obx +
              ax[7] * 3.0 * obx * obx + ax[8] * 2.0 * obx * oby + ax[9] * oby * oby +
              ax[11] * (3.0 * obx * obx + oby * oby) +
              ax[12] * (5.0 * _pow(obx, 4) + 6.0 * _pow(obx, 2) * _pow(oby, 2) +
                        _pow(oby, 4)))
        fy = (ax[1] + ax[4] * obx + ax[5] * 2.0 * oby + ax[6] * 2.0 * oby +
              ax[8] * obx * obx + ax[9] * obx * 2.0 * oby + ax[10] * 3.0 * oby * oby +
              ax[11] * 2.0 * obx * oby +
              ax[12] * (4.0 * _pow(obx, 3) * oby + 4.0 * obx * _pow(oby, 3)))
        gg = (ay[0] * oby + ay[1] * obx + ay[2] + ay[3] * oby * oby + ay[4] * oby * obx +
              ay[5] * obx * obx + ay[6] * s2 + ay[7] * oby * oby * oby +
              ay[8] * oby * oby * obx + ay[9] * oby * obx * obx + ay[10] * obx * obx * obx +
              ay[11] * oby * s2 + ay[12] * oby * _pow(s2, 2))
        gx = (ay[1] + ay[4] * oby + ay[5] * 2.0 * obx + ay[6] * 2.0 * obx +
              ay[8] * oby * oby + ay[9] * oby * 2.0 * obx + ay[10] * 3.0 * obx * obx +
              ay[11] * 2.0 * obx * oby +
              ay[12] * (4.0 * _pow(obx, 3) * oby + 4.0 * obx * _pow(oby, 3)))
        gy = (ay[0] + ay[3] * 2.0 * oby + ay[4] * obx + ay[6] * 2.0 * oby +
              ay[7] * 3.0 * oby * oby + ay[8] * 2.0 * oby * obx + ay[9] * obx * obx +
              ay[11] * (3.0 * oby * oby + obx * obx) +
              ay[12] * (5.0 * _pow(oby, 4) + 6.0 * _pow(obx, 2) * _pow(oby, 2) +
                        _pow(obx, 4)))
        f = f - xi
        gg = gg - eta
        deltx = (-f * gy + gg * fy) / (fx * gy - fy * gx)
        delty = (-gg * fx + f * gx) / (fx * gy - fy * gx)
        obx = obx + deltx
        oby = oby + delty
        both = np.abs(np.concatenate([np.ravel(deltx), np.ravel(delty)]))
        if np.min(both) < tolerance or iters > 50:
            break
    x = (g["PPO3"] - obx * 1000.0) / g["XSZ"] - g["XLL"] - 0.5
    y = (g["PPO6"] + oby * 1000.0) / g["YSZ"] - g["YLL"] - 0.5
    return x, y
