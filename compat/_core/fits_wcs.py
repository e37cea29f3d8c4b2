"""The IDL Astronomy Library's astrometry structure from a FITS header: EXTAST's reading
of the cards, GET_EQUINOX, and the part of DATE_CONV that EXTAST uses.

Facts learned from the Library's BSD-licensed files (github.com/wlandsman/IDLAstro,
commit 729b572): extast.pro (v2.5.5, Jan 2021), get_equinox.pro (rev. 2003),
date_conv.pro (rev. 2018), daycnv.pro, juldate.pro and ydn2md.pro. The code is written
anew and keeps EXTAST's own value extraction (the text from column 11 up to the first
``/`` after the first blank, at least 20 characters, quotes removed), the *last* of
duplicated keywords, the order in which it looks for PCi_j, CDi_j and CDELT + CROTA, and
DATE_CONV's FLOAT seconds.

Matrices are built IDL-indexed (``cd[i][j]`` is IDL's ``cd[i, j]``) and handed out in
``scipy.io.readsav`` layout (numpy ``[j, i]``).
"""

from __future__ import annotations

import math
import re

import numpy as np

from compat._core import fits_headers as cards
from compat._core import wcs_library as wcs
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_number_text import parse_number

__all__ = ["header_fields", "extast", "get_equinox", "date_to_fits", "fits_to_mjd",
           "jd_to_fits"]

_RADEG = 180.0 / math.pi


def as_cards(hdr, routine_text: str = "FITS image header") -> list[str]:
    """The header as a list of str cards (ZPARCHECK: a 1-D string array)."""
    a = np.asarray(hdr)
    if a.dtype.kind != "U":
        raise CompatTypeError(f"Parameter 1 ({routine_text}) is an invalid data type: "
                              f"valid types are: string")
    if a.ndim != 1:
        raise CompatValueError(f"Parameter 1 ({routine_text}) has wrong number of "
                               f"dimensions: valid dimensions are: 1")
    return [str(c) for c in a.tolist()]


def header_fields(lines: list[str]) -> tuple[list[str], list[str]]:
    """EXTAST's keyword and value columns of every card."""
    keyword, lvalue = [], []
    for h in lines:
        keyword.append(h[:8].strip().upper())
        k = h.find(" ", 10) if len(h) > 10 else -1
        space = k + 1
        k = h.find("/", 10) if len(h) > 10 else -1
        slash = max(k, space)
        length = max(slash - 10, 20)
        lvalue.append(h[10:10 + length].strip().replace("'", ""))
    return keyword, lvalue


class _Header:
    """EXTAST's view of the cards: ``last(name)`` is the value of the last card named so."""

    def __init__(self, lines):
        self.lines = lines
        self.keyword, self.lvalue = header_fields(lines)

    def count(self, name: str) -> int:
        return sum(1 for k in self.keyword if k == name)

    def last(self, name: str):
        for k in range(len(self.keyword) - 1, -1, -1):
            if self.keyword[k] == name:
                return self.lvalue[k]
        return None


def _double(text: str) -> float:
    return float(parse_number(text, np.float64))


def _long(text: str) -> int:
    return int(parse_number(text, np.int32))


# ------------------------------------------------------------------ GET_EQUINOX
def get_equinox(lines: list[str], alt: str = ""):
    """GET_EQUINOX: (year as SXPAR returns it, code)."""
    year, n, _, _ = cards.find(lines, "EQUINOX" + alt, silent=True)
    if n == 0:
        year, n, _, _ = cards.find(lines, "EPOCH", silent=True)
        if n == 1:
            return year, 1
        sys, n, _, _ = cards.find(lines, "RADESYS" + alt, silent=True)
        if n == 0:
            sys, n, _, _ = cards.find(lines, "RADECSYS", silent=True)
        if n == 1:
            head = str(sys)[:3]
            year = {"ICR": np.int32(2000), "FK5": np.int32(2000),
                    "FK4": np.int32(1950)}.get(head, year)
            return year, 4
        return year, -1
    if isinstance(year, str) and year[:1] in ("J", "B"):
        value = parse_number(year[1:], np.float32)
        return value, 3 if year[0] == "J" else 2
    return year, 0


# ------------------------------------------------------------------ DATE_CONV
_DAYS = [0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]


def _leap(year: int) -> bool:
    return (year % 4 == 0 and year % 100 != 0) or year % 400 == 0


def _idl_fix(text: str) -> int:
    return int(parse_number(text, np.int16, warn=False))


def _gettok(text: str, char: str) -> tuple[str, str]:
    """GETTOK: (token before ``char``, rest after it); leading blanks removed first
    when ``char`` is a blank."""
    if char == " ":
        text = text.lstrip(" ")
    k = text.find(char)
    if k < 0:
        return text, ""
    return text[:k], text[k + 1:]


def _parse_date(date: str):
    """DATE_CONV's string form: (year, day of year, hour, minute, FLOAT sec) or None."""
    months = ["   ", "JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP",
              "OCT", "NOV", "DEC"]
    temp = date
    test = temp.find("-")
    if 0 <= test <= 2:
        tok, temp = _gettok(temp, "-")
        day_of_month = _idl_fix(tok)
        month_name, temp = _gettok(temp, "-")
        tok, temp = _gettok(temp, " ")
        year = _idl_fix(tok)
        month_name = month_name.upper()
        if month_name not in months[1:]:
            legacy_warn("Invalid month name specified")
            return None
        mon = months.index(month_name)
    elif temp.find("-") == 4:
        tok, temp = _gettok(temp, "-")
        year = _idl_fix(tok)
        month_name, temp = _gettok(temp, "-")
        mon = _idl_fix(month_name)
        day_of_month, temp = _gettok(temp, " ")
        if len(temp) == 0:
            dtmp, rest = _gettok(day_of_month, "T")
            temp, day_of_month = rest, dtmp
        day_of_month = _idl_fix(day_of_month)
    elif temp.find("/") == 2:
        tok, temp = _gettok(temp, "/")
        day_of_month = _idl_fix(tok)
        tok, temp = _gettok(temp, "/")
        mon = _idl_fix(tok)
        year = 1900 + _idl_fix(temp[:2])
    else:
        return None
    hour_text, temp = _gettok(temp, ":")
    hour = _idl_fix(hour_text) if hour_text != "" else -1
    tok, temp = _gettok(temp, ":")
    minute = _idl_fix(tok)
    sec = parse_number(temp[:5].strip(), np.float32, warn=False)
    if mon < 1 or mon > 12:
        legacy_warn("Invalid month specified")
        return None
    if year < 100:
        legacy_warn("Warning: Year specified is only 2 digits, assuming 19xx")
        year += 1900
    days = list(_DAYS)
    if _leap(year):
        days[2] = 29
    day = int(np.int16(sum(days[:mon]) + day_of_month))
    return year, day, hour, minute, sec


def _check_day(year, day):
    days = list(_DAYS)
    if _leap(year):
        days[2] = 29
    if day < 1 or day > sum(days):
        legacy_warn(f"ERROR -- There are only {sum(days)} days  in year {year}")
        return None
    month, dom = 1, day
    while dom > days[month]:
        dom -= days[month]
        month += 1
    return month, dom


def _fits_text(year, month, dom, hour, minute, sec) -> str:
    out = f"{year:4d}-{month:02d}-{dom:02d}"
    if hour >= 0:
        xsec = f"{float(np.float32(sec + np.float32(100))):6.2f}"[1:6]
        if xsec == "60.00":
            minute += 1
            xsec = "00.00"
        xminute = f"{minute:02d}"
        if xminute == "60":
            hour += 1
            xminute = "00"
        out += f"T{hour:02d}:{xminute}:{xsec}"
    return out


def date_to_fits(date: str):
    """DATE_CONV(date, 'FITS') of a string: the text, or None (BAD_DATE)."""
    parsed = _parse_date(date)
    if parsed is None:
        legacy_warn("Invalid input date specified")
        return None
    year, day, hour, minute, sec = parsed
    md = _check_day(year, day)
    if md is None:
        legacy_warn("Invalid input date specified")
        return None
    return _fits_text(year, md[0], md[1], hour, minute, sec)


def jd_to_fits(jd: float) -> str:
    """DATE_CONV(jd, 'FITS') of a Julian date (DAYCNV's calendar date, FLOAT seconds)."""
    j = int(np.int32(jd)) if abs(jd) < 2 ** 31 else int(jd)
    frac = float(jd) - j + 0.5
    if frac >= 1.0:
        frac -= 1.0
        j += 1
    hr = frac * 24.0
    l = j + 68569
    n = 4 * l // 146097
    l = l - (146097 * n + 3) // 4
    yr = 4000 * (l + 1) // 1461001
    l = l - 1461 * yr // 4 + 31
    mn = 80 * l // 2447
    mndy = l - 2447 * mn // 80
    l = mn // 11
    mn = mn + 2 - 12 * l
    yr = 100 * (n - 49) + yr + l
    ydays = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 366]
    if _leap(yr):
        ydays = ydays[:2] + [d + 1 for d in ydays[2:]]
    day = ydays[mn - 1] + mndy
    hour = int(hr)
    fmin = (hr - hour) * 60
    minute = int(fmin)
    sec = np.float32((fmin - minute) * 60)
    md = _check_day(yr, day)
    return _fits_text(yr, md[0], md[1], hour, minute, sec)


def fits_to_mjd(text: str) -> float:
    """DATE_CONV(text, 'MODIFIED') of a FITS date (YDN2MD, then JULDATE on IDL's FLOAT
    vector [year, month, day, hour, minute, sec])."""
    year, day, hour, minute, sec = _parse_date(text)
    ydays = [d + 1 for d in [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 366]]
    if _leap(year):
        ydays[2] = ydays[2] + 1  # ydn2md.pro: YDAYS[2] = YDAYS[2:*] + 1
    m = int(np.searchsorted(ydays, day, side="right"))
    d = day - ydays[m - 1] + 1
    date = [float(np.float32(v)) for v in (year, m, d, hour, minute)] + [float(sec)]
    iy = math.floor(date[0])
    if iy < 0:
        iy += 1
    im = int(date[1])
    dd = date[2] + (date[3] + date[4] / 60.0 + date[5] / 3600.0) / 24.0
    if im < 3:
        iy -= 1
        im += 12
    a = int(iy / 100)
    ry = float(np.float32(iy))
    jd = math.floor(ry * 0.25) + 365.0 * (ry - 1860.0) + \
        int(30.6001 * (im + np.float32(1.0))) + dd - 105.5
    if jd > -100830.5:
        jd = jd + 2 - a + math.floor(a / 4)
    return jd - 0.5


# ------------------------------------------------------------------ EXTAST
_SIP_ORDERS = ("A", "B", "AP", "BP")


def extast(lines: list[str], alt: str | None, want_cpdis: bool, want_d2imdis: bool):
    """EXTAST's (fields or None, noparams, has_cpdis, has_d2imdis, distortion or None)."""
    h = _Header(lines)
    keyword, lvalue = h.keyword, h.lvalue
    noparams = -1
    if alt is None:
        alt, altstr = "", ""
    else:
        alt = "A" if alt == "1" else str(alt).upper()
        altstr = " for alternate system " + alt
    failure = (None, noparams, None, None, None)
    pattern = re.compile("^CTYPE[1-9][0-9]{0,2}" + re.escape(alt) + "$")
    typ = [k for k, key in enumerate(keyword) if pattern.search(key)]
    lon = lat = -1
    lon_form = lat_form = -1
    values = [lvalue[k] for k in typ]

    def search(tests):
        found = []
        for form, test in enumerate(tests):
            hits = [i for i, v in enumerate(values) if test(v)]
            found.append((hits or [-1], form))
        flat = [(i, form) for hits, form in found for i in hits]
        best = max(i for i, _ in flat)
        form = next(f for i, f in flat if i == best)
        return best, (form if best >= 0 else -1), sum(1 for i, _ in flat if i > 0)

    if typ:
        lon, lon_form, ngood = search([lambda v: v[:5] == "RA---",
                                       lambda v: v[1:5] == "LON-",
                                       lambda v: v[2:6] == "LN-"])
        if ngood > 1:
            legacy_warn("Multiple longitude axes" + altstr + ": Using last.")
        lat, lat_form, ngood = search([lambda v: v[:5] == "DEC--",
                                       lambda v: v[1:5] == "LAT-",
                                       lambda v: v[2:6] == "LT-"])
        if ngood > 1:
            legacy_warn("Multiple latitude axes" + altstr + ": Using last.")
    ctlen = len("CTYPE" + alt)
    lonc = keyword[typ[lon]][5:len(keyword[typ[lon]]) - len(alt)] if lon >= 0 else "1"
    latc = keyword[typ[lat]][5:len(keyword[typ[lat]]) - len(alt)] if lat >= 0 else "2"
    del ctlen
    ctype = ["", ""]
    n_ctype1 = h.count("CTYPE" + lonc + alt)
    if n_ctype1:
        ctype[0] = h.last("CTYPE" + lonc + alt)
    n_ctype2 = h.count("CTYPE" + latc + alt)
    if n_ctype2:
        ctype[1] = h.last("CTYPE" + latc + alt)
    ctype = [c.strip() for c in ctype]
    badco = lon_form != lat_form
    if lon_form == -1:
        coord = "X"
    elif lon_form == 0:
        coord = "C"
    elif lon_form == 1:
        coord = ctype[0][:1]
        badco = badco or coord != ctype[1][:1]
    else:
        raise CompatValueError("Attempt to subscript CTYPE with <INT      (       2)> is "
                               "out of range.")
    naxis = [0, 0]
    if h.count("NAXIS" + lonc):
        naxis[0] = _long(h.last("NAXIS" + lonc))
    if h.count("NAXIS" + latc):
        naxis[1] = _long(h.last("NAXIS" + latc))
    tail = ctype[0][-3:] if len(ctype[0]) >= 3 else ctype[0]
    tpv, tnx, sip = tail == "TPV", tail == "TNX", tail == "SIP"
    if tnx:
        raise CompatValueError("TNX distortion (IRAF WAT keywords) is not implemented "
                               "in compat")
    if tpv:
        proj = "TAN"
    else:
        proj = ctype[0][5:8]
        badco = badco or proj != ctype[1][5:8]
        if badco:
            raise CompatValueError(f"Coords were CTYPE{lonc}{alt}: {ctype[0]}; "
                                   f"CTYPE{latc}{alt}: {ctype[1]}")
        check_gsss = n_ctype1 == 0 or ctype[0][5:8] == "GSS"
        if check_gsss and h.count("PPO1" + alt) == 1:
            from compat._core import gsss  # GSSSEXTAST's structure instead (NOPARAMS 4)
            return gsss.gsss_fields(lines), 4, None, None, "GSSS"
        if ctype[0] == "PIXEL" or (n_ctype2 == 1 and ctype[1] == "PIXEL"):
            return failure
    crval = [0.0, 0.0]
    n1, n2 = h.count("CRVAL" + lonc + alt), h.count("CRVAL" + latc + alt)
    if n1:
        crval[0] = _double(h.last("CRVAL" + lonc + alt))
    if n2:
        crval[1] = _double(h.last("CRVAL" + latc + alt))
    if n1 == 0 or n2 == 0:
        return failure
    crpix = [0.0, 0.0]
    n1, n2 = h.count("CRPIX" + lonc + alt), h.count("CRPIX" + latc + alt)
    if n1:
        crpix[0] = _double(h.last("CRPIX" + lonc + alt))
    if n2:
        crpix[1] = _double(h.last("CRPIX" + latc + alt))
    if n1 == 0 or n2 == 0:
        return failure
    cd = [[0.0, 0.0], [0.0, 0.0]]
    cdelt = [1.0, 1.0]
    cpdis = (h.last("CPDIS1") or "").strip().upper() == "LOOKUP"
    d2im = (h.last("D2IMDIS1") or "").strip().upper() == "LOOKUP"
    for flag, wanted, name in ((cpdis, want_cpdis, "CPDIS1"), (d2im, want_d2imdis,
                                                              "D2IMDIS1")):
        if flag and not wanted:
            legacy_warn(f"Warning - FITS header may point to table lookup distortions "
                        f"({name})")
            legacy_warn("Use FITS_XYAD or FITS_ADXY to include distortion lookup table")

    def matrix(prefix):
        pairs = ((0, 0, lonc, lonc), (0, 1, lonc, latc), (1, 0, latc, lonc),
                 (1, 1, latc, latc))
        for i, j, a, b in pairs:
            name = f"{prefix}{a}_{b}{alt}"
            if h.count(name):
                cd[i][j] = _double(h.last(name))

    if h.count("PC" + lonc + "_" + lonc + alt):
        matrix("PC")
        for k, c in enumerate((lonc, latc)):
            if h.count("CDELT" + c + alt):
                cdelt[k] = _double(h.last("CDELT" + c + alt))
        noparams = 3
    elif h.count("CD" + lonc + "_" + lonc + alt):
        matrix("CD")
        noparams = 2
    else:
        n1, n2 = h.count("CDELT" + lonc + alt), h.count("CDELT" + latc + alt)
        if n1:
            cdelt[0] = _double(h.last("CDELT" + lonc + alt))
        if n2:
            cdelt[1] = _double(h.last("CDELT" + latc + alt))
        if n1 == 0 or n2 == 0:
            return failure
        name = "CROTA" + latc + alt
        if not h.count(name):
            name = "CROTA" + lonc + alt
        if h.count(name):
            crota = _double(h.last(name)) / _RADEG
        elif h.count("PC001001") or h.count("CD001001"):
            raise CompatValueError("the obsolete PC001001/CD001001 matrix (FITS_CD_FIX) "
                                   "is not implemented in compat")
        else:
            crota = 0.0
        cd = [[math.cos(crota), math.sin(crota)], [-math.sin(crota), math.cos(crota)]]
        noparams = 1
    if noparams in (2, 3):
        det = cd[0][0] * cd[1][1] - cd[0][1] * cd[1][0]
        sgn = -1.0 if det < 0 else 1.0
        crota = math.atan2(sgn * cd[0][1], sgn * cd[0][0])
    fields = _projection_fields(h, ctype, proj, lonc, latc, alt, tpv, sip, crval, crpix,
                                cdelt, crota)
    (ctype, proj, pv1, pv2, longpole, latpole, known, x0y0, distort_flag) = fields
    axes = [int(np.int16(_long(lonc))), int(np.int16(_long(latc)))]
    flip = axes[0] > axes[1]
    if flip:
        naxis, axes, cdelt, crpix, crval, ctype = (v[::-1] for v in
                                                   (naxis, axes, cdelt, crpix, crval,
                                                    ctype))
        cd = [[cd[1][1], cd[1][0]], [cd[0][1], cd[0][0]]]
        x0y0 = x0y0[::-1]
    equinox, eq_code = get_equinox(h.lines, alt)
    equinox = _as_double(equinox)
    if equinox == 0:
        equinox = math.nan
    radecsys = ""
    mjdobs = math.nan
    dateobs = "UNKNOWN"
    n_rdsys = h.count("RADESYS" + alt)
    if n_rdsys:
        radecsys = h.last("RADESYS" + alt)
    else:
        n_rdsys = h.count("RADECSYS")
        if n_rdsys:
            radecsys = h.last("RADECSYS")
    if n_rdsys:
        radecsys = radecsys.strip().upper()
    n_mjd = h.count("MJD-OBS")
    if n_mjd:
        mjdobs = _double(h.last("MJD-OBS"))
    n_date = h.count("DATE-OBS")
    if n_date:
        dateobs = h.last("DATE-OBS").upper()
    if n_mjd and not n_date:
        dateobs = jd_to_fits(mjdobs + 2400000.5)
    if n_date:
        converted = date_to_fits(dateobs)
        if converted is not None:
            dateobs = converted
            mjdtest = fits_to_mjd(dateobs)
            if not n_mjd:
                mjdobs = mjdtest
            elif abs(mjdtest - mjdobs) > 1:
                raise CompatValueError("DATE-OBS and MJD-OBS are inconsistent")
        else:
            dateobs = "UNKNOWN"
    if coord in ("C", "E", "H") and n_rdsys == 0:
        if eq_code == -1:
            radecsys = "ICRS"
        elif eq_code in (0, 1):
            radecsys = "FK5" if equinox >= 1984.0 else "FK4"
        elif eq_code == 2:
            radecsys = "FK4"
        elif eq_code == 3:
            radecsys = "FK5"
    out = dict(NAXIS=np.array(naxis, dtype=np.int32),
               CD=np.array(cd, dtype=np.float64).T.copy(),
               CDELT=np.array(cdelt, dtype=np.float64),
               CRPIX=np.array(crpix, dtype=np.float64),
               CRVAL=np.array(crval, dtype=np.float64),
               CTYPE=np.array(ctype, dtype=str),
               LONGPOLE=np.float64(longpole), LATPOLE=np.float64(latpole),
               PV2=np.array(pv2, dtype=np.float64), PV1=np.array(pv1, dtype=np.float64),
               AXES=np.array(axes, dtype=np.int16), REVERSE=np.uint8(flip),
               COORD_SYS=coord, PROJECTION=proj, KNOWN=known, RADECSYS=radecsys,
               EQUINOX=np.float64(equinox), DATEOBS=dateobs, MJDOBS=np.float64(mjdobs),
               X0Y0=np.array(x0y0, dtype=np.float64))
    distortion = _distortion(h, distort_flag)
    return out, noparams, cpdis, d2im, distortion


def _as_double(value) -> float:
    if isinstance(value, str):
        return float(parse_number(value, np.float64))
    return float(np.asarray(value, dtype=np.float64).reshape(-1)[0])


def _projection_fields(h, ctype, proj, lonc, latc, alt, tpv, sip, crval, crpix, cdelt,
                       crota):
    keyword, lvalue = h.keyword, h.lvalue
    if not sip and not tpv and proj == "TAN":
        tpv = any(re.fullmatch("PV1_[5-9]", k) for k in keyword) and \
            any(re.fullmatch("PV2_[3-9]", k) for k in keyword)
    if tpv:
        pvs = []
        for stem in ("PV1_", "PV2_"):
            idx = [k for k, key in enumerate(keyword) if key.startswith(stem)]
            numbers = [int(parse_number(keyword[k][4:], np.int16)) for k in idx]
            pv = np.zeros(max(numbers) + 1)
            for k, n in zip(idx, numbers):
                pv[n] = _double(lvalue[k])
            pvs.append(pv)
        return (ctype, proj, pvs[0], pvs[1], 180.0, 90.0, np.float32(1.0), [0.0, 0.0],
                "TPV")
    distort_flag = ctype[0][9:12] if len(ctype[0]) >= 12 else ""
    npv = 21 if proj == "ZPN" else (3 if proj == "SZP" else 2)
    index = [str(i) for i in range(npv)] if proj == "ZPN" else \
        [str(i + 1) for i in range(npv)]
    pv2 = [0.0] * npv
    if proj == "HPX":
        pv2[0:2] = [4.0, 3.0]
    n_pv2 = 0
    for i in range(npv):
        name = "PV" + latc + "_" + index[i] + alt
        n_pv2 = h.count(name)
        if n_pv2:
            pv2[i] = _double(h.last(name))
    pv1 = [0.0] * 5
    pv1_set = [False] * 5
    for i in range(5):
        name = f"PV{lonc}_{i}{alt}"
        pv1_set[i] = h.count(name) > 0
        if pv1_set[i]:
            pv1[i] = _double(h.last(name))
    xyoff = pv1[0] != 0.0
    phi0 = pv1[1]
    theta0 = pv1[2] if pv1_set[2] else None
    longpole = None
    if pv1_set[3]:
        longpole = pv1[3]
    elif h.count("LONPOLE" + alt):
        longpole = _double(h.last("LONPOLE" + alt))
    if pv1_set[4]:
        latpole = pv1[4]
    else:
        latpole = _double(h.last("LATPOLE" + alt)) if h.count("LATPOLE" + alt) else 90.0
    if proj == "NCP":
        ctype = [c.replace("NCP", "SIN") for c in ctype]
        proj = "SIN"
        pv2 = [0.0, 1.0 / math.tan(crval[1] / _RADEG)]
        longpole = 180.0
    if proj == "GLS" and crota == 0.0:
        crpix[1] -= crval[1] / cdelt[1]
        crval[1] = 0.0
        ctype = [c.replace("GLS", "SFL") for c in ctype]
        proj = "SFL"
    known = np.array([proj in wcs.MAP_TYPES], dtype=np.uint8)
    conic = proj in ("COP", "COE", "COD", "COO")
    if conic:
        if n_pv2 == 0:
            raise CompatValueError("ERROR -- Conic projections require a PV2_1 keyword in "
                                   "FITS header")
        theta_a = pv2[0]
    elif proj in ("AZP", "SZP", "TAN", "STG", "SIN", "ARC", "ZPN", "ZEA", "AIR", "XPH"):
        theta_a = 90.0
    else:
        theta_a = 0.0
    if not pv1_set[2]:
        theta0 = theta_a
        pv1[2] = theta_a
    if longpole is None:
        longpole = 0.0 if crval[1] >= theta0 else 180.0
        if pv1_set[1]:
            longpole += phi0
    pv1[3] = longpole
    pv1[4] = latpole
    if xyoff and (phi0 != 0.0 or theta0 != theta_a):
        x0, y0 = wcs.sph2xy(np.float64(phi0), np.float64(theta0), proj, pv2=pv2)
        x0y0 = [float(x0), float(y0)]
    else:
        x0y0 = [0.0, 0.0]
    return ctype, proj, pv1, pv2, longpole, latpole, known, x0y0, distort_flag


def _distortion(h, flag: str):
    """The DISTORT substructure's tags, or None."""
    if flag == "":
        return None
    if flag == "TPV":
        return {"NAME": "TPV", "A": 0.0, "B": 0.0, "AP": 0.0, "BP": 0.0}
    if flag != "SIP":
        legacy_warn("Unrecognized distortion acronym: " + flag)
        return None
    out = {"NAME": "SIP"}
    for stem in _SIP_ORDERS:
        text = h.last(stem + "_ORDER")
        order = _long(text) if text is not None else 0
        m = np.zeros((order + 1, order + 1))
        for i in range(order + 1):
            for j in range(order + 1):
                text = h.last(f"{stem}_{i}_{j}")
                if text is not None:
                    m[j, i] = _double(text)  # IDL a[i, j] in readsav layout
        out[stem] = m
    return out
