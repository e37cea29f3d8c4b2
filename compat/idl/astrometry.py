"""The IDL Astronomy Library's coordinate routines: PREMAT, PRECESS, EULER, JDCNV and
CT2LST.

Each follows the Library's own BSD-licensed ``.pro`` file (github.com/wlandsman/IDLAstro,
commit 729b572; the file and its last revision are named in each docstring): the same
formulas and constants, in double precision, in the order the ``.pro`` evaluates them,
with IDL's rule for two array operands (the shorter one's length). The golden suite
``reference_outputs/idl/astrometry`` runs those files in GDL 1.0.1 as the oracle.

The Library's procedures return their results in output (or in-out) arguments; compat
returns them: ``PRECESS, ra, dec, 1950, 2000`` is ``ra, dec = idl.precess(ra, dec, 1950,
2000)``; ``EULER, ai, bi, ao, bo, 1`` is ``ao, bo = idl.euler(ai, bi, 1)``;
``CT2LST, lst, lng, tz, jd`` is ``lst = idl.ct2lst(lng, tz, jd)``.
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core import sky
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_format import format_text
from compat._core.idl_number_text import free_text
from compat._core.half_away import round_half_away
from compat._core.idl_numeric import to_idl_type, to_integer_result
from compat._core.idl_types import idl_array, idl_literal, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.rounding import integer_divide

__all__ = ["premat", "precess", "euler", "jdcnv", "ct2lst", "adstring", "radec"]

builtins_min, builtins_max, builtins_str = builtins.min, builtins.max, builtins.str

_D2R = np.pi / 180.0
_RAD_TO_DEG = 180.0 / np.pi


def _out(a):
    a = np.asarray(a)
    return a[()] if a.ndim == 0 else a


def _real(value, name: str) -> np.ndarray:
    return idl_array(value, name, complex_ok=False)


def _equinox_span(equinox1, equinox2):
    """``equinox2 - equinox1`` in their IDL type (FLOAT literals subtract in FLOAT), and
    equinox1, both as Python floats."""
    e1 = _real(equinox1, "EQUINOX1")
    e2 = _real(equinox2, "EQUINOX2")
    if e1.size != 1 or e2.size != 1:
        raise CompatValueError("EQUINOX1 and EQUINOX2 must be scalars")
    dtype = promote(e1.dtype, e2.dtype)
    with np.errstate(over="ignore"):
        diff = e2.reshape(()).astype(dtype) - e1.reshape(()).astype(dtype)
    return float(diff), e1.reshape(()).astype(np.float64)


def _premat(equinox1, equinox2, fk4: bool) -> np.ndarray:
    diff, e1 = _equinox_span(equinox1, equinox2)
    t = 0.001 * diff
    st = 0.001 * (float(e1) - (1900.0 if fk4 else 2000.0))
    return sky.precession_matrix(t, st, bool(fk4))


@idl_routine("PREMAT")
def premat(equinox1, equinox2, *, fk4=False):
    """The precession matrix between two equinoxes, as the IDL Astronomy Library's
    ``PREMAT`` (premat.pro, IDLAstro 729b572; last revision 2000).

    IDL call form::

        matrix = PREMAT(equinox1, equinox2 [, /FK4])   ->  idl.premat(equinox1, equinox2)

    Parameters
    ----------
    equinox1, equinox2 : float
        The original and the new equinox (years). Python floats are DOUBLE; IDL's
        FLOAT literals (``1950.0``) are ``np.float32``, and their difference is taken in
        FLOAT as IDL does.
    fk4 : bool
        /FK4: Newcomb's FK4 (B1950) constants instead of the IAU 1976 (FK5) ones.

    Returns
    -------
    ndarray, (3, 3) float64
        IDL's ``r``: numpy row k is IDL's ``r[*, k]``; the Library rotates direction
        cosines with ``r # x``, i.e. ``x @ r`` for numpy row vectors.

    Notes
    -----
    The three rotation angles are Lieske et al. (1977) polynomials (FK5) or Newcomb's
    (FK4), as the Library writes them. ``astropy.coordinates`` precesses with the
    IAU 2006 model, which differs from these by milliarcseconds over a century.

    Examples
    --------
    >>> from compat import idl
    >>> idl.premat(2000.0, 2000.0)
    array([[ 1.,  0.,  0.],
           [-0.,  1., -0.],
           [-0., -0.,  1.]])
    """
    return _premat(equinox1, equinox2, fk4)


class PrecessResult(Result):
    """PRECESS's new RA and Dec (its in-out arguments)."""

    ra: object
    dec: object


@idl_routine("PRECESS")
def precess(ra, dec, equinox1, equinox2, *, fk4=False, radian=False, print=False):  # noqa: A002
    """Precess coordinates between equinoxes, as the IDL Astronomy Library's
    ``PRECESS`` (precess.pro, IDLAstro 729b572; last revision 2010).

    IDL call form::

        PRECESS, ra, dec, equinox1, equinox2 [, /PRINT, /FK4, /RADIAN]
            ->  ra, dec = idl.precess(ra, dec, equinox1, equinox2)

    The Library changes ``ra`` and ``dec`` in place; compat returns the new values. (The
    Library asks for the equinoxes on the terminal when they are omitted; here they are
    required.)

    Parameters
    ----------
    ra, dec : array_like
        Coordinates in degrees (radians with /RADIAN), scalars or arrays of one number of
        elements (the smaller count is used).
    equinox1, equinox2 : float
        The original and the new equinox.
    fk4 : bool
        /FK4: the FK4 (B1950) precession constants.
    radian : bool
        /RADIAN: input and output in radians.
    print : bool
        /PRINT: also print ``Equinox (<equinox2>): `` and the new coordinates as
        ``ADSTRING(ra, dec, 1)`` writes them (not with /RADIAN, as documented).

    Returns
    -------
    PrecessResult(ra, dec)
        DOUBLE; RA in ``[0, 360)`` (``[0, 2 pi)``); a single point gives scalars (also
        for one-element arrays), arrays of two or more dimensions keep their shape.

    Notes
    -----
    The rotation of direction cosines by PREMAT's matrix, accurate to about 1" over a
    few centuries (the Library's words); not the IAU 2006 model of
    ``astropy.coordinates``, which differs by milliarcseconds per century. For a
    precise conversion between FK4 and FK5 use BPRECESS/JPRECESS.

    Examples
    --------
    >>> from compat import idl
    >>> ra, dec = idl.precess(95.6945833, -72.5835278, 1950, 1975)
    >>> round(float(ra), 6), round(float(dec), 6)
    (95.573003, -72.597194)
    """
    a = _real(ra, "RA").astype(np.float64)
    d = _real(dec, "DEC").astype(np.float64)
    npts = min(a.size, d.size)
    if npts == 0:
        raise CompatValueError("ERROR - Input RA and DEC must be vectors or scalars")
    shape = a.shape if a.ndim >= 2 else None
    if not radian:
        a, d = a * _D2R, d * _D2R
    a, d = a.reshape(-1)[:npts], d.reshape(-1)[:npts]
    cd = np.cos(d)
    x = np.stack([cd * np.cos(a), cd * np.sin(a), np.sin(d)], axis=-1)
    x2 = sky.rotate_columns(_premat(equinox1, equinox2, fk4), x)
    ra_rad = np.arctan2(x2[:, 1], x2[:, 0])
    dec_rad = np.arcsin(x2[:, 2])
    if not radian:
        ra_out = ra_rad / _D2R
        ra_out = ra_out + (ra_out < 0.0) * 360.0
        dec_out = dec_rad / _D2R
    else:
        ra_out, dec_out = ra_rad, dec_rad
        ra_out = ra_out + (ra_out < 0.0) * (2.0 * np.pi)
    if npts == 1:
        ra_out, dec_out = ra_out[0], dec_out[0]
    elif shape is not None and int(np.prod(shape)) == npts:
        ra_out, dec_out = ra_out.reshape(shape), dec_out.reshape(shape)
    if print:
        if radian:
            raise CompatValueError("/PRINT cannot be used with /RADIAN")
        label = builtins_str(free_text(idl_literal(equinox2)).reshape(-1)[0]).strip()
        text = adstring(_out(ra_out), _out(dec_out), 1)
        text = text if isinstance(text, builtins_str) else "".join(text.reshape(-1).tolist())
        builtins.print(f"Equinox ({label}): " + text)
    return PrecessResult(ra=_out(ra_out), dec=_out(dec_out))


# ------------------------------------------------------------------------------- EULER
# euler.pro's constants (IDLAstro 729b572): J2000 from the Hipparcos explanatory
# supplement, B1950 with /FK4; index SELECT - 1
_EULER = {
    False: dict(
        psi=[0.57477043300, 4.9368292465, 0.0, 0.0, 0.11142137093, 4.71279419371],
        stheta=[0.88998808748, -0.88998808748, 0.39777715593, -0.39777715593,
                0.86766622025, -0.86766622025],
        ctheta=[0.45598377618, 0.45598377618, 0.91748206207, 0.91748206207,
                0.49714719172, 0.49714719172],
        phi=[4.9368292465, 0.57477043300, 0.0, 0.0, 4.71279419371, 0.11142137093]),
    True: dict(
        psi=[0.57595865315, 4.9261918136, 0.0, 0.0, 0.11129056012, 4.7005372834],
        stheta=[0.88781538514, -0.88781538514, 0.39788119938, -0.39788119938,
                0.86766174755, -0.86766174755],
        ctheta=[0.46019978478, 0.46019978478, 0.91743694670, 0.91743694670,
                0.49715499774, 0.49715499774],
        phi=[4.9261918136, 0.57595865315, 0.0, 0.0, 4.7005372834, 0.11129056012]),
}


class EulerResult(Result):
    """EULER's output longitude and latitude."""

    ao: object
    bo: object


@idl_routine("EULER")
def euler(ai, bi, select=None, *, fk4=False, radian=False):
    """Transform between celestial, ecliptic and Galactic coordinates, as the IDL
    Astronomy Library's ``EULER`` (euler.pro, IDLAstro 729b572; last revision 2012).

    IDL call forms::

        EULER, ai, bi, ao, bo, select [, /FK4, /RADIAN]   ->  ao, bo = idl.euler(ai, bi, select)
        EULER, ai, bi, ao, bo, SELECT=select              ->  the same
        EULER, ai, bi, SELECT=select                      ->  ai, bi = idl.euler(ai, bi, select)

    Parameters
    ----------
    ai, bi : array_like
        Input longitude and latitude, degrees (radians with /RADIAN).
    select : int
        1 RA-Dec to Galactic, 2 Galactic to RA-Dec, 3 RA-Dec to ecliptic, 4 ecliptic to
        RA-Dec, 5 ecliptic to Galactic, 6 Galactic to ecliptic. (The Library asks on the
        terminal when it is omitted; here it is required.)
    fk4 : bool
        /FK4: celestial and ecliptic coordinates in B1950 (default J2000).
    radian : bool
        /RADIAN: angles in radians.

    Returns
    -------
    EulerResult(ao, bo)
        DOUBLE; longitude in ``[0, 360)``.

    Raises
    ------
    ValueError
        For SELECT outside 1-6 (IDL: a subscript out of range).

    Notes
    -----
    One rotation with the Library's rounded constants (11 digits): results agree with
    ``astropy.coordinates`` Galactic frames to about 1e-9 degree, not to the bit.

    Examples
    --------
    >>> from compat import idl
    >>> ao, bo = idl.euler(266.40499, -28.93617, 1)    # the Galactic centre
    >>> round(float(ao), 4), round(float(bo), 4)
    (0.0, 0.0)
    """
    if select is None:
        raise CompatValueError("SELECT (1-6) must be given")
    code = idl_array(select, "SELECT", complex_ok=False, scalar=True)
    i = int(to_idl_type(code.reshape(1), np.int32)[0]) - 1
    if not 0 <= i <= 5:
        raise CompatValueError("Attempt to subscript PHI with I is out of range.")
    k = {name: values[i] for name, values in _EULER[bool(fk4)].items()}
    a = _real(ai, "AI").astype(np.float64)
    b = _real(bi, "BI").astype(np.float64)
    if radian:
        ao, bo = a - k["phi"], b
    else:
        ao, bo = a / _RAD_TO_DEG - k["phi"], b / _RAD_TO_DEG
    sb, cb = np.sin(bo), np.cos(bo)
    cbsa = sky.idl_binary(np.multiply, cb, np.sin(ao))
    bo = sky.idl_binary(np.add, -k["stheta"] * cbsa, k["ctheta"] * sb)
    bo = np.arcsin(np.where(np.isnan(bo) | (bo < 1.0), bo, 1.0))
    if not radian:
        bo = bo * _RAD_TO_DEG
    num = sky.idl_binary(np.add, k["ctheta"] * cbsa, k["stheta"] * sb)
    ao = sky.idl_binary(np.arctan2, num, sky.idl_binary(np.multiply, cb, np.cos(ao)))
    ao = np.fmod(ao + k["psi"] + 4.0 * np.pi, 2.0 * np.pi)
    if not radian:
        ao = ao * _RAD_TO_DEG
    return EulerResult(ao=_out(ao), bo=_out(bo))


# ------------------------------------------------------------------------ JDCNV, CT2LST
def _jdcnv(yr, mn, day, hr) -> np.ndarray:
    y = to_idl_type(_real(yr, "YR"), np.int32)
    m = to_idl_type(_real(mn, "MN"), np.int32)
    dd = to_idl_type(_real(day, "DAY"), np.int32)
    if np.max(m) > 12:
        legacy_warn("Warning - Month number outside of expected range [1-12] ")
    if np.max(dd) > 31:
        legacy_warn("Warning - Day number outside of expected range [1-31] ")

    def div(p, q):
        return integer_divide(np.asarray(p), np.asarray(np.int32(q)), "fix")

    with np.errstate(over="ignore"):
        L = div(m - 14, 12)
        y4800 = sky.idl_binary(np.add, y + 4800, L)
        y4900 = sky.idl_binary(np.add, y + 4900, L)
        month = sky.idl_binary(np.subtract, m - 2, L * 12)
        julian = sky.idl_binary(np.add, dd - 32075, div(1461 * y4800, 4))
        julian = sky.idl_binary(np.add, julian, div(367 * month, 12))
        julian = sky.idl_binary(np.subtract, julian, div(3 * div(y4900, 100), 4))
    hours = _real(hr, "HR").astype(np.float64)
    return sky.idl_binary(np.add, julian.astype(np.float64), hours / 24.0) - 0.5


@idl_routine("JDCNV")
def jdcnv(yr, mn, day, hr):
    """Julian date of a Gregorian calendar date and hour, as the IDL Astronomy Library's
    ``JDCNV`` (jdcnv.pro, IDLAstro 729b572; last revision 2003).

    IDL call form::

        JDCNV, yr, mn, day, hr, julian      ->  julian = idl.jdcnv(yr, mn, day, hr)

    Parameters
    ----------
    yr, mn, day : array_like
        Year (4 digits), month (1-12), day (1-31); truncated to LONG.
    hr : array_like
        Hour of the day (0-24), real.

    Returns
    -------
    numpy.float64 or ndarray
        The Julian date, DOUBLE: Fliegel & van Flandern's integer formula (LONG
        arithmetic, divisions truncating toward zero), plus ``hr / 24 - 0.5``.

    Notes
    -----
    A month above 12 or a day above 31 gives the Library's warning (a
    ``CompatWarning``) and the formula's value. IDL's JULDAY gives the same dates
    (``JULDAY(mn, day, yr, hr)``) except before 1582 October 15, where JULDAY switches to
    the Julian calendar.

    Examples
    --------
    >>> from compat import idl
    >>> float(idl.jdcnv(1978, 1, 1, 0.0))               # the header's example
    2443509.5
    """
    return _out(_jdcnv(yr, mn, day, hr))


@idl_routine("CT2LST")
def ct2lst(lng, tz, time, day=None, mon=None, year=None):
    """Local mean sidereal time, as the IDL Astronomy Library's ``CT2LST`` (ct2lst.pro,
    IDLAstro 729b572; last revision 2008).

    IDL call forms::

        CT2LST, lst, lng, tz, time, day, mon, year   ->  lst = idl.ct2lst(lng, tz, time, day, mon, year)
        CT2LST, lst, lng, dummy, jd                  ->  lst = idl.ct2lst(lng, None, jd)

    Parameters
    ----------
    lng : float
        East longitude of the site, degrees (0: Greenwich mean sidereal time).
    tz : float
        Time zone, hours east of Greenwich (ignored with a Julian date).
    time : array_like
        Decimal hours of the day when ``day``, ``mon``, ``year`` are given; else the
        Julian date.
    day, mon, year : array_like, optional
        The civil date (converted with JDCNV after ``time - tz``).

    Returns
    -------
    numpy.float64 or ndarray
        The local sidereal time in hours, ``[0, 24)``.

    Notes
    -----
    Meeus, Astronomical Algorithms, eq. 11.4, in the Library's order of operations.

    Examples
    --------
    The header's example: the local sidereal time on 2008 Jul 30 at 15:53 EDT (tz -4)
    in Baltimore (longitude -76.72), documented as 11.356505 h (11h 21m 23.418s):

    >>> from compat import idl
    >>> round(float(idl.ct2lst(-76.72, -4, 15 + 53 / 60, 30, 7, 2008)), 6)
    11.356505
    """
    dated = [v is not None for v in (day, mon, year)]
    if any(dated) and not all(dated):
        raise CompatValueError("DAY, MON and YEAR must be given together")
    if all(dated):
        tm, zone = _real(time, "Time"), _real(tz, "Tz")
        kind = promote(tm.dtype, zone.dtype)       # ``tme - tz`` in IDL's type
        with np.errstate(over="ignore"):
            hours = sky.idl_binary(np.subtract, tm.astype(kind), zone.astype(kind))
        jd = _jdcnv(year, mon, day, hours)
    else:
        jd = _real(time, "JD").astype(np.float64)
    c0, c1, c2, c3 = 280.46061837, 360.98564736629, 0.000387933, 38710000.0
    t0 = jd - 2451545.0
    t = t0 / 36525
    theta = c0 + (c1 * t0) + t ** 2 * (c2 - t / c3)
    lst = sky.idl_binary(np.add, theta, _real(lng, "Lng").astype(np.float64)) / 15.0
    lst = np.where(lst < 0.0, 24.0 + np.fmod(lst, 24.0), lst)
    return _out(np.fmod(lst, 24.0))


# ------------------------------------------------------------------------------ ADSTRING
_ROUNDSEC = np.array([59.5, 59.95, 59.995, 59.9995, 59.99995, 59.999995], np.float32)


def _fix(a) -> np.ndarray:
    """IDL's FIX (truncation toward zero to INT)."""
    return to_idl_type(np.asarray(a), np.int16)


def _fmt(fmt: str, values) -> np.ndarray:
    return format_text(fmt, [np.asarray(values)])


def _work_type(a: np.ndarray) -> np.dtype:
    """The type of ``a`` combined with a FLOAT constant: DOUBLE stays, the rest FLOAT."""
    return np.dtype(np.float64) if a.dtype == np.float64 else np.dtype(np.float32)


def _sixty(scalar: np.ndarray):
    """sixty.pro: degrees, minutes, seconds of one value (the first nonzero part signed)."""
    s = float(scalar)
    rtype = np.float64 if scalar.dtype == np.float64 else np.float32
    ss, mm, dd = abs(3600.0 * s), abs(60.0 * s), abs(s)
    r0 = rtype(_fix(np.float64(dd)))
    r1 = rtype(_fix(np.float64(mm - 60.0 * float(r0))))
    r2 = rtype(ss - 3600.0 * float(r0) - 60.0 * float(r1))
    if s < 0.0:
        if r0 != 0:
            r0 = -r0
        elif r1 != 0:
            r1 = -r1
        else:
            r2 = -r2
    return r0, r1, r2


@idl_routine("ADSTRING")
def adstring(ra_dec, dec=None, precision=None, *, truncate=False):
    """RA and Dec as sexagesimal text, as the IDL Astronomy Library's ``ADSTRING``
    (adstring.pro with radec.pro and sixty.pro, IDLAstro 729b572; last revision
    September 2012).

    IDL call forms::

        result = ADSTRING(ra_dec [, precision, /TRUNCATE])   ->  idl.adstring([ra, dec], precision)
        result = ADSTRING(ra, dec [, precision, /TRUNCATE])  ->  idl.adstring(ra, dec, precision)
        result = ADSTRING(dec [, PRECISION=])                ->  idl.adstring(dec, precision=p)

    (IDL's positional PRECISION and its PRECISION= keyword are one parameter here.)

    Parameters
    ----------
    ra_dec : array_like
        A two-element ``[RA, Dec]`` in degrees, or RA (degrees, scalar or array), or
        alone and scalar, a declination.
    dec : array_like, optional
        Declination(s), degrees, as many as RA. With a two-element ``ra_dec``, a
        one-element ``dec`` is the precision (the Library's second call form).
    precision : int, optional
        Digits after the decimal point of the Dec seconds (0-4; RA gets one more).
        Default 0 with RA, 1 for a declination alone.
    truncate : bool
        /TRUNCATE: cut the last digit instead of rounding (IAU names).

    Returns
    -------
    str or ndarray of str
        ``' HH MM SS.s  +DD MM SS'`` (RA hours, with a leading blank), or the declination
        alone; one string per element of array input.

    Raises
    ------
    ValueError
        The Library's messages: ``"ADSTRING: ERROR - first parameter must be either a
        scalar or 2 element vector"``, ``"ADSTRING: ERROR - RA and Declination do not
        have equal number of elements"``.

    Notes
    -----
    The arithmetic runs in FLOAT unless the input is DOUBLE, as radec.pro does (the
    header: "If PRECISION is 3 or 4, then RA and Dec should be input as double
    precision"); seconds that round to 60 carry into the minutes and hours (RA wraps
    at 24 h), declinations between -1 and 0 print ``-00``, and declinations of 100
    degrees or more (longitudes) get three digits. A declination outside [-90, 90]
    gives the Library's warning (a ``CompatWarning``). astropy's
    ``Angle.to_string`` rounds and pads differently.

    Examples
    --------
    >>> from compat import idl
    >>> idl.adstring(30.2, -0.5, 2)
    ' 02 00 48.000  -00 30 00.00'
    >>> idl.adstring(359.99999, 89.999999, 1)
    ' 00 00 00.00  +90 00 00.0'
    >>> idl.adstring(-0.5)
    '-00 30 00.0'
    """
    from compat._core.sexagesimal import ra_dec_sexagesimal
    first = _real(ra_dec, "RA_DEC")
    npar = 1 if dec is None else 2
    ra = None
    dec_v = None if dec is None else _real(dec, "DEC")
    if first.size == 1:
        if npar == 1:
            dec_v = first
        else:
            ra = first
    elif first.size == 2:
        if dec_v is None or dec_v.size < 2:
            flat = first.reshape(-1)
            with np.errstate(invalid="ignore"):
                ra = np.fmod(flat[0].astype(_work_type(flat)), np.float32(360.0))
            if dec_v is not None and dec_v.size == 1:
                precision, npar = dec_v.reshape(()), 3
            dec_v = flat[1]
        else:
            ra = first
    else:
        if npar == 1:
            raise CompatValueError(
                "ERROR - first parameter must be either a scalar or 2 element vector")
        ra = first
    if npar >= 2 and np.size(dec_v) != np.size(ra):
        raise CompatValueError(
            "ERROR - RA and Declination do not have equal number of elements")
    d = np.asarray(dec_v)
    scalar_out = d.ndim == 0
    p = None if precision is None else int(np.asarray(precision).reshape(-1)[0])
    result = None
    if ra is not None and np.size(ra) == np.size(d):
        r = np.asarray(ra)
        if np.any((d < -90.0) | (d > 90.0)):
            legacy_warn("WARNING - Some declination values are out of valid range "
                        "(-90 < dec <90)")
        # adstring.pro calls RADEC; its sign move for -1 < dec < 0 (onto the minutes, or
        # the seconds) is undone by ABS below, and the '-00' comes from dec itself
        ihr, imin, xsec, ideg, imn, xsc = (
            np.asarray(v).reshape(-1) for v in ra_dec_sexagesimal(r, d))
        p = 0 if p is None else builtins_min(builtins_max(p, 0), 4)
        if not truncate:
            carry = xsec > _ROUNDSEC[p + 1]
            imin = imin + carry.astype(np.int16)
            xsec = np.where(carry, 0, xsec).astype(xsec.dtype)
            wrap = carry & (imin == 60)
            ihr = np.where(wrap, (ihr + 1) % 24, ihr).astype(np.int16)
            imin = np.where(wrap, 0, imin).astype(np.int16)
        else:
            xsec = to_idl_type(xsec * 10 ** (p + 1), np.int32) / 10.0 ** (p + 1)
        secfmt = f"(F0{3 + p + 1}.{p + 1})"
        result = (_fmt("(I3.2)", ihr).astype(object) + _fmt("(I3.2)", imin) + " "
                  + np.char.strip(_fmt(secfmt, xsec), " ") + "  ")
    else:
        if d.size != 1:
            raise CompatValueError("ERROR - First parameter must contain 1 element")
        r0, r1, r2 = _sixty(d.reshape(()))
        p = 1 if p is None else builtins_min(builtins_max(p, 0), 4)
        ideg, imn = _fix(np.float64(r0)).reshape(1), _fix(np.float64(r1)).reshape(1)
        xsc = np.array([r2])
    imn = np.abs(imn)
    xsc = np.abs(xsc)
    if p == 0:
        secfmt = "(I03.2)"
        if not truncate:
            xsc = to_integer_result(xsc, round_half_away, False)
            carry = xsc == 60
            xsc = np.where(carry, 0, xsc).astype(xsc.dtype)
            imn = imn + carry.astype(np.int16)
    else:
        secfmt = f"(F0{3 + p}.{p})"
        if not truncate:
            with np.errstate(invalid="ignore", over="ignore"):
                ixsc = _fix(xsc + np.float32(0.5) / np.float32(10 ** p))
            carry = ixsc >= 60
            xsc = np.where(carry, 0, xsc).astype(xsc.dtype)
            imn = imn + carry.astype(np.int16)
        else:
            xsc = to_idl_type(xsc * 10 ** p, np.int32) / 10.0 ** p
    flat_dec = d.reshape(-1)
    pos = (flat_dec >= 0).astype(np.int16)
    carry = imn == 60
    ideg = np.where(carry, ideg - 1 + 2 * pos, ideg).astype(np.int16)
    imn = np.where(carry, 0, imn).astype(np.int16)
    deg = _fmt("(I+3.2)", ideg).astype(object)
    big = np.abs(ideg.astype(np.int32)) >= 100
    if big.any():
        deg[big] = _fmt("(I+4.3)", ideg[big])
    deg[(ideg == 0) & (flat_dec < 0)] = "-00"
    text = deg + _fmt("(I3.2)", imn) + " " + np.char.strip(_fmt(secfmt, xsc), " ")
    if result is not None:
        text = result + text
    text = np.array(text.tolist(), dtype=str)
    if scalar_out:
        return builtins_str(text[0])
    return text.reshape(d.shape)


# ------------------------------------------------------------------------------- RADEC
class RadecResult(Result):
    """RADEC's six output arguments."""

    ihr: np.ndarray
    imin: np.ndarray
    xsec: np.ndarray
    ideg: np.ndarray
    imn: np.ndarray
    xsc: np.ndarray


@idl_routine("RADEC", output_arguments=("ihr", "imin", "xsec", "ideg", "imn", "xsc"))
def radec(ra, dec, *, hours=False):
    """Right ascension and declination from decimal to sexagesimal units, as the IDL
    Astronomy Library's ``RADEC`` procedure.

    IDL call form::

        RADEC, ra, dec, ihr, imin, xsec, ideg, imn, xsc [, /HOURS]
            ->  ihr, imin, xsec, ideg, imn, xsc = idl.radec(ra, dec [, hours=True])

    Parameters
    ----------
    ra : scalar or array_like
        Right ascension in degrees (in hours with ``hours=True``); any real type.
    dec : scalar or array_like
        Declination in degrees, as many elements as ``ra``.
    hours : bool
        /HOURS: RA is given in hours.

    Returns
    -------
    RadecResult(ihr, imin, xsec, ideg, imn, xsc)
        Hours and minutes of RA and degrees and minutes of Dec as INT (int16); the
        seconds FLOAT, or DOUBLE for DOUBLE arguments (a Python float is DOUBLE). For
        -1 < dec < 0 the minus sign is carried by ``imn`` (or by ``xsc`` when
        ``imn`` is 0), since ``ideg`` is 0.

    Notes
    -----
    As the library's radec.pro (BSD; facts only), operation by operation in IDL's
    types: RA is reduced with ``mod 360.`` (``24.``) and made positive, hours are
    ``FIX(ra/15.)``, and minutes and seconds come from the remainders; the seconds are
    not rounded, so 59.99999 can appear where ADSTRING prints 60.0 -> next minute.
    radec.pro also writes the reduced RA back into the caller's RA variable; compat
    leaves it untouched. Differences from the naive call: ``astropy.coordinates.Angle
    (ra, 'deg').hms`` gives floats with the sign on every part. Sources: IDL Astronomy
    Library radec.pro (github.com/wlandsman/IDLAstro commit 729b572); golden suite
    ``idl/radec`` (the library's code run in GDL 1.0.1).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> r = idl.radec(np.float32(201.5), np.float32(-0.5))
    >>> [int(v) for v in (r.ihr, r.imin, r.ideg, r.imn)], float(r.xsec), float(r.xsc)
    ([13, 26, 0, -30], 0.0, 0.0)
    """
    from compat._core.sexagesimal import ra_dec_sexagesimal
    a = idl_array(ra, "RA", complex_ok=False)
    d = idl_array(dec, "DEC", complex_ok=False)
    outs = ra_dec_sexagesimal(a, d, hours=bool(hours))
    if a.ndim == 0 and d.ndim == 0:
        outs = tuple(o.reshape(()) [()] for o in outs)
    return RadecResult(**dict(zip(RadecResult.all_fields, outs)))
