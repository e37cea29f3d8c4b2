"""IDL's dates and times: SYSTIME, JULDAY, CALDAT, BIN_DATE, TIMEGEN, and LABEL_DATE's
format codes as a function that formats values, over :mod:`compat._core.idl_dates`;
TIMESTAMPTOVALUES's ISO 8601 text over :mod:`compat._core.iso_timestamps`
and TIMESTAMP's over :mod:`compat._core.timestamp_text`.

Julian dates follow IDL: the day begins at noon (JD 2451545.0 is 1 January 2000, 12:00),
the Julian calendar before 15 October 1582 and the Gregorian from then on, no year 0
(year -1 is 1 BCE). Every routine takes arrays and works on them whole.
"""

from __future__ import annotations

import re
import time as _time

import numpy as np

from compat._core import idl_dates as core
from compat._core import iso_timestamps
from compat._core import timestamp_text
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["systime", "julday", "caldat", "bin_date", "timegen", "label_date_format",
           "timestamptovalues", "timestamp"]

#: legacy spelling -> Python name, where they differ
__legacy_names__ = {"LABEL_DATE": "label_date_format"}

_UNIX_EPOCH_JD = 2440587.5


def _numbers(routine_value, name):
    a = np.asarray(routine_value)
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be a number or an array of numbers, got "
                              f"{a.dtype}")
    return a


# ---------------------------------------------------------------------------- SYSTIME
def _tm(seconds: float, utc: bool):
    return _time.gmtime(seconds) if utc else _time.localtime(seconds)


def _ascii_time(seconds: float, utc: bool) -> str:
    tm = _tm(np.floor(seconds), utc)
    return (f"{core.DAYS_OF_WEEK[(tm.tm_wday + 1) % 7]} {core.MONTHS[tm.tm_mon - 1]} "
            f"{tm.tm_mday:2d} {tm.tm_hour:02d}:{tm.tm_min:02d}:{tm.tm_sec:02d} "
            f"{tm.tm_year}")


def _julian_now(seconds: float, utc: bool) -> np.float64:
    offset = 0 if utc else _tm(seconds, False).tm_gmtoff
    return np.float64(_UNIX_EPOCH_JD + (seconds + offset) / 86400.0)


@idl_routine("SYSTIME")
def systime(seconds_flag=0, elapsed_seconds=None, *, elapsed=None, julian=False,
            seconds=False, utc=False):
    """The time now (or a given time) as IDL's SYSTIME gives it.

    IDL call forms::

        Result = SYSTIME([0 [, ElapsedSeconds]] [, /UTC])     ; 'Fri Dec  4 05:48:20 2026'
        Result = SYSTIME(1 | /SECONDS)                        ; seconds since 1970, UTC
        Result = SYSTIME(/JULIAN [, /UTC])                    ; Julian date
        Result = SYSTIME(ELAPSED=value [, /JULIAN] [, /UTC])

    Parameters
    ----------
    seconds_flag : int
        Nonzero: the seconds since 1 January 1970 UTC (DOUBLE, microseconds).
    elapsed_seconds, elapsed : float, optional
        ElapsedSeconds / ELAPSED=: the time to give instead of now, in seconds since
        1970 UTC.
    julian : bool
        /JULIAN: a Julian date (DOUBLE), local time unless /UTC.
    seconds : bool
        /SECONDS: as ``seconds_flag=1``.
    utc : bool
        /UTC: universal time instead of the local time zone (the ``TZ`` setting).

    Returns
    -------
    str or numpy.float64
        The string is IDL's 24-character ``'DOW MON DD HH:MM:SS YYYY'``, the C library's
        ``asctime`` layout: the day of the month padded with a blank (``'Dec  4'``).

    Notes
    -----
    ``time.ctime()`` gives the same string for the local time only; IDL's /JULIAN adds
    the time-zone offset, so ``SYSTIME(/JULIAN)`` is the *local* Julian date. GDL 1.0.1
    pads the day with a zero (``'Dec 04'``) where IDL pads with a blank (IDL journal
    headers such as ``'; Date: Tue Apr  7 15:43:49 2015'``; the SolarSoft SYSTIM
    documentation's ``print, systime()`` -> ``Sun Jan  1 12:42:03 2006``): recorded in
    reference_outputs/idl/dates. Source: IDL Reference Guide, SYSTIME.

    Examples
    --------
    >>> from compat import idl
    >>> idl.systime(0, 2147483647, utc=True)
    'Tue Jan 19 03:14:07 2038'
    >>> idl.systime(elapsed=0, julian=True, utc=True)
    np.float64(2440587.5)
    """
    if elapsed is None:
        elapsed = elapsed_seconds
    if elapsed is not None:
        given = float(_numbers(elapsed, "ElapsedSeconds").reshape(-1)[0])
    else:
        given = None
    now = _time.time() if given is None else given
    if julian:
        return _julian_now(now, utc)
    if seconds or seconds_flag:
        return np.float64(now)
    return _ascii_time(now, utc)


# ----------------------------------------------------------------------------- JULDAY
def _broadcast(routine_args):
    """IDL's rule for JULDAY's arguments: scalars apply to every element; arrays are
    cut to the smallest array's length, whose dimensions the result takes."""
    arrays = [a for a in routine_args if a is not None and a.ndim > 0]
    if not arrays:
        return routine_args, None
    smallest = min(arrays, key=lambda a: a.size)
    n = smallest.size
    out = [None if a is None else (a.reshape(-1)[:n] if a.ndim > 0 else a)
           for a in routine_args]
    return out, smallest.shape


@idl_routine("JULDAY")
def julday(month=None, day=None, year=None, hour=None, minute=None, second=None):
    """The Julian date of calendar dates, as IDL's JULDAY.

    IDL call forms::

        Result = JULDAY(Month, Day, Year [, Hour [, Minute [, Second]]])
        Result = JULDAY()                                 ; now (SYSTIME(/JULIAN))

    Parameters
    ----------
    month, day, year : int or array
        The date; non-integer values are truncated (IDL's LONG). Months and days out
        of range count on (month 13 is January of the next year); year -1 is 1 BCE,
        year 0 is an error.
    hour, minute, second : float or array, optional
        The time of day.

    Returns
    -------
    numpy.int32 or ndarray
        The Julian day number (LONG: the day that begins at noon of the date) without a
        time of day, else the Julian date (DOUBLE) plus IDL's offset ``max(eps,
        eps*JDN)`` (``eps`` = 2**-52) that makes CALDAT give back the hour, minute and
        second. Arrays and scalars mix: the result has the shape of the smallest array
        argument (longer arrays are cut to its length).

    Raises
    ------
    ValueError
        ``"JULDAY: There is no year zero in the civil calendar."``, ``"JULDAY: Value of
        Julian date is out of allowed range."`` (years -4801 ... 5000000).

    Notes
    -----
    ``astropy.time.Time`` and ``datetime`` use the proleptic Gregorian calendar and a
    year 0; IDL switches to the Julian calendar before 15 October 1582 and has no year
    0. GDL 1.0.1 adds no offset to a Julian date with a time of day and refuses years
    before -4716 (IDL 8's limit is -4801): recorded in reference_outputs/idl/dates.
    Source: IDL Reference Guide, JULDAY ("PRINT, JULDAY(10,4,1582), JULDAY(10,5,1582),
    JULDAY(10,15,1582)" prints ``2299160 2299161 2299161``).

    Examples
    --------
    >>> from compat import idl
    >>> idl.julday(10, [4, 5, 15], 1582).tolist()
    [2299160, 2299161, 2299161]
    >>> float(idl.julday(1, 1, 2000, 12))
    2451545.0000000005
    """
    if month is None and day is None and year is None:
        return systime(julian=True)
    if month is None or day is None or year is None:
        raise CompatValueError("Incorrect number of arguments.")
    names = ("Month", "Day", "Year", "Hour", "Minute", "Second")
    values = [None if v is None else _numbers(v, n)
              for v, n in zip((month, day, year, hour, minute, second), names)]
    values, shape = _broadcast(values)
    result = core.julday(*values)
    if shape is None:
        return result[()] if isinstance(result, np.ndarray) else result
    return np.asarray(result).reshape(shape)


# ----------------------------------------------------------------------------- CALDAT
class CaldatResult(Result):
    """CALDAT's output arguments."""

    month: np.ndarray
    day: np.ndarray
    year: np.ndarray
    hour: np.ndarray
    minute: np.ndarray
    second: np.ndarray


@idl_routine("CALDAT", output_arguments=("month", "day", "year", "hour", "minute",
                                          "second"))
def caldat(julian, *, month=True, day=True, year=True, hour=False, minute=False,
           second=False):
    """The calendar date and time of Julian dates, as IDL's CALDAT procedure.

    IDL call form::

        CALDAT, Julian, Month [, Day [, Year [, Hour [, Minute [, Second]]]]]

        ->  month, day, year = idl.caldat(jd)
            r = idl.caldat(jd, hour=True, minute=True, second=True)

    Parameters
    ----------
    julian : float or int, scalar or array
        Julian dates (a DOUBLE day starts at noon: ``.0`` is 12:00); an integer is a day
        number, whose time is 12:00.
    month, day, year, hour, minute, second : bool
        Which output arguments to return (month, day, year by default).

    Returns
    -------
    CaldatResult
        The requested outputs in IDL's order, LONG (int32) but the seconds DOUBLE, each
        of the shape of ``julian`` (scalars for a scalar).

    Raises
    ------
    ValueError
        ``"CALDAT: Value of Julian date is out of allowed range."`` outside -31776 ...
        1827933925 (1 January 4801 BCE ... 31 December 5000000).

    Notes
    -----
    Before 15 October 1582 the date is in the Julian calendar and years before 1 are
    BCE (-1 is 1 BCE). The hour and minute are taken after adding ``max(1e-12,
    1e-12*JDN)`` to the day fraction, so the offset JULDAY adds gives back its own
    hour and minute. GDL 1.0.1 refuses Julian dates below -1095 (IDL 8: -31776).
    Source: IDL Reference Guide, CALDAT and JULDAY.

    Examples
    --------
    >>> from compat import idl
    >>> idl.caldat(2451545.0, hour=True)
    CaldatResult(month=np.int32(1), day=np.int32(1), year=np.int32(2000), hour=np.int32(12))
    >>> idl.caldat([2299160.5, 0.0]).year.tolist()
    [1582, -4713]
    """
    jd = _numbers(julian, "Julian")
    parts = core.caldat(jd)
    wanted = dict(month=month, day=day, year=year, hour=hour, minute=minute,
                  second=second)
    values = {}
    for (name, flag), value in zip(wanted.items(), parts):
        if flag:
            values[name] = value[()] if jd.ndim == 0 else value
    return CaldatResult(**values)


# --------------------------------------------------------------------------- BIN_DATE
_MONTHS_UPPER = [m.upper() for m in core.MONTHS]


@idl_routine("BIN_DATE")
def bin_date(ascii_time=None):
    """The numbers of a SYSTIME-style date string, as IDL's BIN_DATE.

    IDL call form::

        Result = BIN_DATE([Ascii_Time])

    Parameters
    ----------
    ascii_time : str, optional
        ``'DOW MON DD HH:MM:SS YYYY'`` (fields separated by blanks, the month's name in
        any case, the day with or without its padding); default SYSTIME(0), now.

    Returns
    -------
    ndarray of int32, shape (6,)
        ``[year, month, day, hour, minute, second]`` (LONG); an unknown month name gives
        month 0, as IDL's library routine does.

    Notes
    -----
    GDL 1.0.1 has no BIN_DATE; the goldens are IDL's documented example. Source: IDL
    Reference Guide, BIN_DATE ("time = 'WED APR 03 04:04:04 2013' ... IDL displays
    2013 4 3 4 4 4").

    Examples
    --------
    >>> from compat import idl
    >>> idl.bin_date('WED APR 03 04:04:04 2013').tolist()
    [2013, 4, 3, 4, 4, 4]
    """
    if ascii_time is None:
        ascii_time = systime()
    if isinstance(ascii_time, bytes):
        ascii_time = ascii_time.decode("latin-1")
    if isinstance(ascii_time, np.ndarray) and ascii_time.dtype.kind in "US":
        ascii_time = str(ascii_time.reshape(-1)[0])
    if not isinstance(ascii_time, str):
        raise CompatTypeError(f"Ascii_Time must be a string, got "
                              f"{type(ascii_time).__name__}")
    fields = ascii_time.split()
    clock = fields[3].split(":") if len(fields) > 3 else []
    if len(fields) < 5 or len(clock) < 3:
        raise CompatValueError(f"Ascii_Time must have the form 'DOW MON DD HH:MM:SS "
                               f"YYYY': {ascii_time!r}")
    month = (_MONTHS_UPPER.index(fields[1].upper()) + 1
             if fields[1].upper() in _MONTHS_UPPER else 0)
    try:
        numbers = [int(fields[4]), month, int(fields[2])] + [int(c) for c in clock[:3]]
    except ValueError:
        raise CompatValueError(f"Ascii_Time must have the form 'DOW MON DD HH:MM:SS "
                               f"YYYY': {ascii_time!r}") from None
    return np.array(numbers, dtype=np.int32)


# ---------------------------------------------------------------------------- TIMEGEN
def _unit(units):
    """IDL's reading of UNITS: case ignored, 'min...' is minutes, otherwise the first
    letter (y, m = months, d, h, i = minutes, s)."""
    if units is None:
        return None
    text = str(np.asarray(units).reshape(-1)[0]).strip().lower()
    code = "i" if text.startswith("min") else text[:1]
    if code not in ("y", "m", "d", "h", "i", "s"):
        raise CompatValueError("Illegal value for keyword UNITS.")
    return code


def _first(value, name):
    return float(_numbers(value, name).reshape(-1)[0])


def _sub_values(value, name):
    return None if value is None else _numbers(value, name).reshape(-1)


@idl_routine("TIMEGEN")
def timegen(*dimensions, final=None, start=None, step_size=1, units=None, year=None,
            months=None, days=None, hours=None, minutes=None, seconds=None):
    """An array of Julian dates stepping by a calendar unit, with optional sub-intervals,
    as IDL's TIMEGEN.

    IDL call forms::

        Result = TIMEGEN(D1 [, ..., D8] [, START=value] [, STEP_SIZE=value]
                         [, UNITS=string] [, YEAR=value] [, MONTHS=vector]
                         [, DAYS=vector] [, HOURS=vector] [, MINUTES=vector]
                         [, SECONDS=vector])
        Result = TIMEGEN(FINAL=value [, START=value] [, ...])

    Parameters
    ----------
    *dimensions : int
        The result's dimensions (IDL order; numpy's shape is their reverse). Required
        unless ``final`` is given.
    final : float, optional
        FINAL: the last Julian date allowed (the result is 1-D, every value <= FINAL,
        or >= with a negative STEP_SIZE).
    start : float
        START: the first Julian date (default 0.0, 1 January 4713 BCE at noon).
    step_size : number
        STEP_SIZE: units between the major intervals (default 1; rounded to an integer
        for years and months; may be negative).
    units : str
        UNITS: ``'Years'``/``'Y'``, ``'Months'``/``'M'``, ``'Days'``/``'D'``,
        ``'Hours'``/``'H'``, ``'Minutes'``/``'I'``, ``'Seconds'``/``'S'`` (any case;
        ``'min...'`` is minutes, otherwise the first letter counts). Default: the unit
        above the largest sub-interval keyword given, else days.
    year : int, optional
        YEAR: the starting year (replaces START's).
    months, days, hours, minutes, seconds : scalar or sequence, optional
        For a unit larger than theirs, the values included within each major interval
        (``DAYS=[1, 15]`` with months: the 1st and 15th of each month); for their own
        unit or a smaller one, the starting value (replacing START's). Days past the
        end of a month are moved back to its last day (31 January + 1 month is 29 or
        28 February).

    Returns
    -------
    ndarray of float64
        Julian dates carrying JULDAY's offset ``max(eps, eps*JDN)``; the first is the
        first value at or after START.

    Raises
    ------
    ValueError
        ``"TIMEGEN: Incorrect number of arguments."``, ``"TIMEGEN: Illegal value for
        keyword UNITS."``, ``"TIMEGEN: Value is out of range (1<=MONTH<=12)."``,
        ``"TIMEGEN: Array dimensions must be greater than 0."``.

    Notes
    -----
    ``numpy.arange(start, stop, step)`` cannot step calendar months or years. The rules
    are those of IDL 8's library routine ``timegen.pro`` (its documentation block and
    behaviour). GDL 1.0.1 has no TIMEGEN: tested against JULDAY/CALDAT round trips and
    the Reference Guide's examples (tests/test_idl_dates.py). Source: IDL Reference
    Guide, TIMEGEN.

    Examples
    --------
    >>> from compat import idl
    >>> t = idl.timegen(3, start=idl.julday(1, 31, 2000), units='Months')
    >>> idl.caldat(t).month.tolist(), idl.caldat(t).day.tolist()
    ([1, 2, 3], [31, 29, 31])
    >>> r = idl.caldat(idl.timegen(4, start=idl.julday(1, 1, 2024), days=[1, 15],
    ...                            hours=17), hour=True)
    >>> r.month.tolist(), r.day.tolist(), r.hour.tolist()
    ([1, 1, 2, 2], [1, 15, 1, 15], [17, 17, 17, 17])
    """
    if not dimensions and final is None:
        raise CompatValueError("Incorrect number of arguments.")
    count = None
    if final is None:
        dims = [int(_first(d, "D")) for d in dimensions]
        if any(d < 1 for d in dims):
            raise CompatValueError("Array dimensions must be greater than 0.")
        count = int(np.prod(dims))
    values = core.timegen(
        count, final=None if final is None else _first(final, "FINAL"),
        start=0.0 if start is None else _first(start, "START"),
        step=_first(step_size, "STEP_SIZE"), unit=_unit(units),
        year=None if year is None else _first(year, "YEAR"),
        months=_sub_values(months, "MONTHS"), days=_sub_values(days, "DAYS"),
        hours=_sub_values(hours, "HOURS"), minutes=_sub_values(minutes, "MINUTES"),
        seconds=_sub_values(seconds, "SECONDS"))
    if final is None and len(dimensions) > 1:
        return values.reshape(tuple(reversed(dims)))
    return values


# ------------------------------------------------------------------ LABEL_DATE codes
_CODE = re.compile(r"%(.)?")


def _int_text(values, width: int, zero: bool) -> np.ndarray:
    """IDL's Iw / Iw.w of integers: right-aligned, zero-padded, '*' when too wide."""
    values = np.asarray(values, dtype=np.int64)
    text = np.char.mod(f"%0{width}d" if zero else f"%{width}d", values)
    if zero:
        text = np.where(values < 0, np.char.mod(f"-%0{width - 1}d", -values), text)
    return np.where(np.char.str_len(text) > width, "*" * width, text)


def _name(values, names, count):
    names = np.asarray(list(names), dtype=str)
    if names.size != count:
        raise CompatValueError(f"the names must have {count} elements, got {names.size}")
    return names[values]


@idl_routine("LABEL_DATE")
def label_date_format(values, date_format="", *, months=None, days_of_week=None,
                      am_pm=None, offset=0, round_up=False, level=0):
    """Julian dates as text by IDL's LABEL_DATE format codes.

    IDL's LABEL_DATE is an axis-labelling callback: ``dummy = LABEL_DATE(DATE_FORMAT=
    fmt, ...)`` stores the settings and ``PLOT, ..., XTICKFORMAT='LABEL_DATE'`` then
    calls ``LABEL_DATE(Axis, Index, Value [, Level])`` for each tick. This function is
    that second call made on an array of values, with the settings passed directly::

        dummy = LABEL_DATE(DATE_FORMAT='%D %M %Y')   ->  idl.label_date_format(
        label = LABEL_DATE(0, 0, jd)                          jd, '%D %M %Y')

    Parameters
    ----------
    values : float or array
        Julian dates (or offsets from OFFSET).
    date_format : str or sequence of str
        DATE_FORMAT. Codes: ``%M`` month name, ``%N`` month number (2 digits), ``%D``
        day of month (2 digits), ``%Y`` year (4 columns, 5 for a BCE date), ``%Z`` last
        two digits of the year, ``%W`` day of the week, ``%A`` am/pm (``%H`` is then
        12-hour), ``%H`` hours, ``%I`` minutes, ``%S`` seconds (2 digits each), ``%S%n``
        seconds with n (0-9) decimals, ``%%`` a percent sign; any other code gives
        nothing, other characters are copied. Several formats (one per axis level) are
        used cyclically by ``level``.
    months, days_of_week, am_pm : sequence of str, optional
        MONTHS (12 names, default Jan ... Dec), DAYS_OF_WEEK (7, default Sun ... Sat),
        AM_PM (2, default am, pm).
    offset : float
        OFFSET: added to each value first.
    round_up : bool
        /ROUND_UP: round the time to the smallest unit in the format instead of
        truncating it (fractional seconds are always rounded).
    level : int
        The axis level (which format of ``date_format``).

    Returns
    -------
    str or ndarray of str

    Notes
    -----
    IDL 8's LABEL_DATE turns the codes into calendar format codes (``C()``: ``%M`` is
    CMoA, ``%D`` CDI2.2, ``%Y`` CYI4 ...) and formats the value with them; compat
    formats the calendar fields of :func:`caldat` the same way. GDL 1.0.1's LABEL_DATE
    knows only %M %N %D %Y %Z (IDL 5's set, upper-case month names). Source: IDL
    Reference Guide, LABEL_DATE, and the documentation block of IDL 8.0's
    ``label_date.pro``.

    Examples
    --------
    >>> from compat import idl
    >>> jd = idl.julday(12, 11, 1993, 15, 4, 5.25)
    >>> idl.label_date_format(jd, '%M %D, %Y')
    'Dec 11, 1993'
    >>> idl.label_date_format(jd, '%W %H:%I %A %S%2')
    'Sat 03:04 pm 05.25'
    """
    formats = [date_format] if isinstance(date_format, str) else list(date_format)
    if not formats:
        formats = [""]
    text_format = str(formats[int(level) % len(formats)])
    v = _numbers(values, "Value").astype(np.float64) + float(offset)
    scalar, shape = v.ndim == 0, v.shape
    v = v.reshape(-1)
    codes = [m.group(1) or "" for m in _CODE.finditer(text_format)]
    upper = [c.upper() for c in codes]
    date = np.trunc(v)
    clock = v - date
    decimals = None
    match = re.search(r"%[sS]%([0-9])", text_format)
    if match:
        decimals = int(match.group(1))
        scale = 86400.0 * 10.0 ** decimals
        # IDL's ROUND (halves away from zero; IDL has no half-to-even rounding), not
        # np.round: a clock of 3/512 day with %S%1 is 5062.5 tenths, 26.3 s, not 26.2
        clock = (round_half_away(clock * scale) + 0.1) / scale
    elif round_up:
        for code, half in (("S", 0.5 / 86400), ("I", 0.5 / 1440), ("H", 0.5 / 24)):
            if code in upper:
                clock = clock + half
                break
    v = date + clock
    month, day, year, hour, minute, second = core.caldat(v)
    twelve = "A" in upper
    pieces, position = [], 0
    tokens = list(_CODE.finditer(text_format))
    skip_next = False
    for m in tokens:
        literal = text_format[position:m.start()]
        if literal:
            pieces.append(np.full(v.shape, literal))
        position = m.end()
        if skip_next:
            skip_next = False
            continue
        code = (m.group(1) or "").upper()
        if code == "M":
            pieces.append(_name(month - 1, months or core.MONTHS, 12))
        elif code == "N":
            pieces.append(_int_text(month, 2, True))
        elif code == "D":
            pieces.append(_int_text(day, 2, True))
        elif code == "Y":
            # a BCE date gets a fifth column for its minus sign (IDL widens CYI4)
            pieces.append(np.where(date < 1721424, _int_text(year, 5, False),
                                   _int_text(year, 4, False)))
        elif code == "Z":
            pieces.append(_int_text(np.abs(year) % 100, 2, True))
        elif code == "W":
            pieces.append(_name(core.day_of_week(v), days_of_week or core.DAYS_OF_WEEK, 7))
        elif code == "A":
            pieces.append(_name((hour >= 12).astype(int), am_pm or ("am", "pm"), 2))
        elif code == "H":
            shown = np.where(hour % 12 == 0, 12, hour % 12) if twelve else hour
            pieces.append(_int_text(shown, 2, True))
        elif code == "I":
            pieces.append(_int_text(minute, 2, True))
        elif code == "S":
            following = text_format[m.end():m.end() + 2]
            if decimals is not None and re.fullmatch(r"%[0-9]", following):
                width = 3 + decimals
                text = np.char.mod(f"%0{width}.{decimals}f", np.floor(
                    second * 10 ** decimals + 0.5) / 10 ** decimals)
                pieces.append(text)
                skip_next = True
            else:
                pieces.append(_int_text(np.floor(second), 2, True))
        elif code == "%":
            pieces.append(np.full(v.shape, "%"))
    tail = text_format[position:]
    if tail:
        pieces.append(np.full(v.shape, tail))
    out = np.full(v.shape, "", dtype=object)
    for piece in pieces:
        out = out + np.asarray(piece, dtype=object)
    out = out.astype(str)
    return str(out[0]) if scalar else out.reshape(shape)

# ------------------------------------------------------------------ TIMESTAMPTOVALUES
class TimestampValues(Result):
    """TIMESTAMPTOVALUES's output keywords."""

    year: np.ndarray
    month: np.ndarray
    day: np.ndarray
    hour: np.ndarray
    minute: np.ndarray
    second: np.ndarray
    offset: np.ndarray


@idl_routine("TIMESTAMPTOVALUES")
def timestamptovalues(timestamp, *, day=False, hour=False, minute=False, month=False,
                      offset=False, second=False, year=False):
    """The date, time and UTC offset written in ISO 8601 text, as IDL 8.5's
    ``TIMESTAMPTOVALUES`` procedure.

    IDL call form::

        TIMESTAMPTOVALUES, Timestamp, DAY=day, HOUR=hour, MINUTE=minute, MONTH=month,
                           OFFSET=offset, SECOND=second, YEAR=year

        ->  r = idl.timestamptovalues(ts, year=True, month=True, day=True)
            r.year, r.month, r.day

    Parameters
    ----------
    timestamp : str or array of str
        ISO 8601 texts: ``YYYY-MM-DD``, ``YYYY-MM-DDTHH:MM:SS[.D]Z`` or
        ``YYYY-MM-DDTHH:MM:SS[.D]+oo[:mm]`` / ``-oo[:mm]`` (a time without ``Z`` or
        offset is read at offset 0, a blank may stand for the ``T``, as GDL reads them).
    day, hour, minute, month, offset, second, year : bool
        Which output keywords to return. None requested returns all seven (the
        procedure's outputs are keywords: a Python call wants them back).

    Returns
    -------
    TimestampValues
        The requested outputs in the order year, month, day, hour, minute, second,
        offset: LONG (int32) year, month, day, hour and minute; DOUBLE second and offset
        (hours from UTC; ``-01:15`` is -1.25); the shape of ``timestamp`` (scalars for
        one text). A date without time gives hour, minute, second and offset 0.

    Raises
    ------
    ValueError
        ``"TIMESTAMPTOVALUES: '...' is not an ISO 8601 date/time of the forms ..."``
        (compat's text; GDL 1.0.1 says ``Time string is too short.`` for short text and
        aborts on others).

    Notes
    -----
    Source: IDL Reference Guide, TIMESTAMPTOVALUES (IDL 8.5): the forms, the output
    types ("a long integer representing the day of the month", "a double-precision value
    representing the offset in hours from UTC") and the printed example (golden case
    ``doc_example`` in ``idl/timestamps``). ``datetime.fromisoformat`` gives a
    ``datetime`` with a ``timezone`` instead of IDL's fields and types, and refuses
    some forms IDL writes (a fraction of other than 3 or 6 digits before Python 3.11).
    GDL 1.0.1 reads the minutes of a negative offset with the wrong sign (``-01:15`` as
    -0.75) and aborts on a time without offset: recorded divergences.

    Examples
    --------
    >>> from compat import idl
    >>> r = idl.timestamptovalues('2012-09-04T11:25:15-06:00')
    >>> int(r.month), int(r.day), int(r.year), int(r.hour), int(r.minute)
    (9, 4, 2012, 11, 25)
    >>> float(r.second), float(r.offset)
    (15.0, -6.0)
    >>> idl.timestamptovalues(['2000-01-01', '2013-01-02T01:02:03.5+05:30'],
    ...                       second=True, offset=True)
    TimestampValues(second=array([0. , 3.5]), offset=array([0. , 5.5]))
    """
    if isinstance(timestamp, (bytes, np.bytes_)):
        timestamp = timestamp.decode("latin-1")
    t = np.asarray(timestamp)
    if t.dtype.kind not in "U" or t.size == 0:
        raise CompatTypeError("String expression required in this context: Timestamp.")
    values = dict(zip(iso_timestamps.FIELDS, iso_timestamps.parse(t)))
    wanted = dict(year=year, month=month, day=day, hour=hour, minute=minute,
                  second=second, offset=offset)
    if not any(wanted.values()):
        wanted = dict.fromkeys(wanted, True)
    return TimestampValues(**{name: (values[name][()] if t.ndim == 0 else values[name])
                              for name, flag in wanted.items() if flag})

# -------------------------------------------------------------------------- TIMESTAMP
def _timestamp_field(value, name):
    if value is None:
        return None
    if isinstance(value, (str, bytes, np.str_, np.bytes_)) or \
            np.asarray(value).dtype.kind in "USO":
        if name == "MONTH":
            raise CompatValueError("Month must contain numbers between 1 and 12.")
        raise CompatTypeError(f"String expression not allowed in this context: {name}.")
    return idl_array(value, name, complex_ok=False)


@idl_routine("TIMESTAMP")
def timestamp(*, day=None, hour=None, minute=None, month=None, offset=None, second=None,
              utc=False, year=None, zero=False):
    """ISO 8601 date/time text of calendar fields, as IDL 8.2+'s ``TIMESTAMP``.

    IDL call form::

        Result = TIMESTAMP(DAY=value, HOUR=value, MINUTE=value, MONTH=value,
                           OFFSET=value, SECOND=value, /UTC, YEAR=value, /ZERO)

        ->  idl.timestamp(year=2012, month=9, day=4, hour=11, minute=25, second=15)

    Parameters
    ----------
    year, month, day : number or array, optional
        The date. A missing one is today's (UTC; the local date when ``offset`` is
        given). Year 1000-9999, month 1-12, day 1-31.
    hour, minute, second : number or array, optional
        The time of day; all three missing gives the date alone (``YYYY-MM-DD``), one
        given makes the others 0. Hour 0-23, minute 0-59, 0 <= second < 60. The seconds
        are written by their type: FLOAT with up to 5 decimals, DOUBLE up to 14,
        integers none, trailing zeros removed (a Python float is DOUBLE: pass
        ``np.float32`` for IDL's FLOAT literal ``15.5``).
    offset : number or array, optional
        Hours from UTC of the given time, -12 to 14 (9.5 for +09:30): written as
        ``+HH:MM``/``-HH:MM``, ``Z`` for 0.
    utc : bool
        Convert the time to UTC with ``offset`` and write ``Z``.
    zero : bool
        Return ``'0000-00-00T00:00:00Z'`` (every other keyword ignored).

    With no keyword at all the result is the current UTC date and time.

    Returns
    -------
    str or numpy str array
        One text for scalar (or one-element) fields, else a 1-D array of the common
        length; arrays must all have that length, scalars go with every element.

    Raises
    ------
    ValueError
        IDL's messages (from timestamp.pro's MESSAGE calls): ``"TIMESTAMP: Years must
        have four digits."``, ``"... Month must contain numbers between 1 and 12."``,
        ``"... Day must contain numbers between 1 and 31."``, ``"... Hour must contain
        numbers between 0 and 23."``, ``"... Minute must contain numbers between 0 and
        59."``, ``"... Second must contain numbers greater than or equal to 0.0 and less
        than 60.0"``, ``"... UTC offset must contain numbers between -12 and +14."``,
        ``"... Inconsistent array dimensions."``, ``"... UTC must be a single boolean
        parameter."``; a NaN field (compat's message).

    Notes
    -----
    Sources: IDL Reference Guide, TIMESTAMP (the syntax, the three forms, the broadcast
    rule, the printed example ``2012-09-04T11:25:15Z``: golden case ``doc_example`` in
    ``idl/timestamp``) and the behaviour of IDL's library file ``lib/timestamp.pro``
    (Exelis VIS 2012-2015; its header documents the keyword defaults, /UTC, /ZERO and the
    5/14-decimal limits of FLOAT/DOUBLE seconds), read for facts. Two of its rules look
    odd and are kept: an offset between -1 and 0 writes its hours with ``(I03)`` of 0,
    ``000:30`` for -0.5, and the minutes of an offset are truncated, not rounded.

    ``datetime.isoformat`` differs: it always writes the time, six-digit microseconds,
    and ``+00:00`` rather than ``Z``. GDL 1.0.1's TIMESTAMP drops fractional seconds,
    writes a time for a date alone, ignores ``offset`` under /UTC (only appends ``Z``),
    treats a keyword equal to 0 as absent and writes an offset in (-1, 0) as ``Z``:
    recorded divergences.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.timestamp(year=2012, month=9, day=4, hour=11, minute=25, second=15)
    '2012-09-04T11:25:15Z'
    >>> idl.timestamp(year=2012, month=9, day=4)
    '2012-09-04'
    >>> idl.timestamp(year=2012, month=9, day=4, hour=11, second=np.float32(7.25),
    ...               offset=-4)
    '2012-09-04T11:00:07.25-04:00'
    >>> idl.timestamp(year=2012, month=9, day=4, hour=23, offset=-4, utc=True)
    '2012-09-05T03:00:00Z'
    >>> idl.timestamp(year=[2012, 2013], month=1, day=2, hour=3, offset=[5.5, 0])
    array(['2012-01-02T03:00:00+05:30', '2013-01-02T03:00:00Z'], dtype='<U25')
    """
    if np.asarray(utc).size > 1:
        raise CompatValueError("UTC must be a single boolean parameter.")
    fields = dict(year=year, month=month, day=day, hour=hour, minute=minute,
                  second=second, offset=offset)
    values = {name: _timestamp_field(v, name.upper()) for name, v in fields.items()}
    return timestamp_text.timestamps(
        **values, utc=bool(np.any(np.asarray(utc))), zero=bool(np.any(np.asarray(zero))),
        clock=lambda in_utc: _julian_now(_time.time(), in_utc))
