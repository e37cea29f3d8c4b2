"""IDL's calendar: Julian dates and calendar dates, vectorised.

Shared by JULDAY, CALDAT, SYSTIME, BIN_DATE, TIMEGEN and the LABEL_DATE formatting
(:mod:`compat.idl.dates`). The rules, as IDL 8's library routines ``julday.pro`` and
``caldat.pro`` define them (learned from their documented behaviour and published
sources; the code here is written from those facts):

* the Julian day number begins at noon: JD 2451545.0 is 1 January 2000, 12:00;
* the Julian calendar up to 4 October 1582 and the Gregorian calendar from 15 October
  1582 (a JULDAY date in between, which does not exist, is counted in the Julian
  calendar: ``JULDAY(10, 5, 1582)`` equals ``JULDAY(10, 15, 1582)``);
* no year 0: year -1 (1 BCE) is followed by year 1, so -1, -5, -9 ... are leap years;
* years -4801 ... 5000000 for JULDAY, Julian values -31776 ... 1827933925 for CALDAT;
* a month or day outside its range counts on (month 13 is January of the next year,
  day 0 the last day of the month before), by IDL's integer formula;
* a JULDAY with a time of day adds ``max(eps, eps * |JDN|)`` (``eps`` = 2**-52) so that
  CALDAT gives back the same hour, minute and second, and CALDAT adds
  ``max(1e-12, 1e-12 * |JDN|)`` before taking the floor of the hour and minute.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["julian_day_number", "julday", "caldat", "day_of_week", "GREGORIAN_START",
           "MIN_JULIAN", "MAX_JULIAN", "MIN_YEAR", "MAX_YEAR", "MONTHS", "DAYS_OF_WEEK",
           "EPS"]

#: the Julian day number of 15 October 1582, the first Gregorian day
GREGORIAN_START = 2299161
#: a date whose Julian-calendar count reaches this is converted to the Gregorian
_GREGORIAN_COUNT = 2299171
MIN_JULIAN, MAX_JULIAN = -31776, 1827933925
MIN_YEAR, MAX_YEAR = -4801, 5000000
EPS = float(np.finfo(np.float64).eps)
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
          "Dec")
DAYS_OF_WEEK = ("Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat")


def _trunc_div(a, b):
    """Integer division truncating toward zero (IDL's ``/`` on integers)."""
    q = np.abs(a) // abs(b)
    return np.where((a < 0) != (b < 0), -q, q)


def julian_day_number(month, day, year) -> np.ndarray:
    """The Julian day numbers (int64) of integer calendar dates, IDL's rules."""
    month, day, year = (np.asarray(v, dtype=np.int64) for v in (month, day, year))
    if year.size and (year.min() < MIN_YEAR or year.max() > MAX_YEAR):
        raise CompatValueError("Value of Julian date is out of allowed range.")
    if np.any(year == 0):
        raise CompatValueError("There is no year zero in the civil calendar.")
    year = year + (year < 0)
    jan_feb = (month <= 2).astype(np.int64)
    jy = year - jan_feb + 4800
    jm = month + 12 * jan_feb - 3
    jul = 365 * jy + _trunc_div(jy, 4) + _trunc_div(153 * jm + 2, 5) + day - 32083
    gregorian = jul >= _GREGORIAN_COUNT
    return np.where(gregorian, jul + 38 - _trunc_div(jy, 100) + _trunc_div(jy, 400), jul)


def julday(month, day, year, hour=None, minute=None, second=None):
    """IDL's JULDAY on numpy values already in the result's shape (see
    :func:`compat.idl.dates.julday` for the argument rules). Returns int32 day numbers
    without a time of day, float64 Julian dates with one."""
    month, day, year = (np.trunc(np.asarray(v, dtype=np.float64)) if
                        np.asarray(v).dtype.kind == "f" else np.asarray(v)
                        for v in (month, day, year))
    jdn = julian_day_number(month, day, year)
    if hour is None and minute is None and second is None:
        return jdn.astype(np.int32)
    h, m, s = (np.float64(0) if v is None else np.asarray(v) for v in (hour, minute, second))
    eps = np.maximum(EPS * np.abs(jdn), EPS)
    return jdn + ((h / 24.0 - 0.5) + m / 1440.0 + s / 86400.0 + eps)


def caldat(julian):
    """IDL's CALDAT: ``(month, day, year, hour, minute, second)`` of Julian dates, the
    first five int32, the seconds float64, in the shape of ``julian``. An integer input
    is a day number (its day starts at noon: hour 12)."""
    julian = np.asarray(julian)
    if julian.size and (julian.min() < MIN_JULIAN or julian.max() > MAX_JULIAN):
        raise CompatValueError("Value of Julian date is out of allowed range.")
    if julian.dtype.kind == "f":
        jdn = np.floor(julian + 0.5).astype(np.int64)
    else:
        jdn = julian.astype(np.int64)
    shifted = jdn + 32082                          # days from 4801 BCE, March-based
    gregorian = jdn >= GREGORIAN_START
    g = shifted - 38
    g400, within = np.divmod(g, 146097)
    c100 = ((within // 36524 + 1) * 3) // 4
    rest = np.where(gregorian, within - c100 * 36524, shifted)
    year = np.where(gregorian, g400 * 400 + c100 * 100, 0)
    b4, within4 = np.divmod(rest, 1461)
    a = ((within4 // 365 + 1) * 3) // 4
    day_of_year = within4 - 365 * a                # from 1 March
    year = year + b4 * 4 + a
    month = (5 * day_of_year + 308) // 153
    day = day_of_year - ((month + 2) * 153) // 5 + 123
    year = year - 4800 + month // 12
    year = year - (year <= 0)
    month = month % 12 + 1
    fraction = julian.astype(np.float64) + 0.5 - jdn
    eps = np.maximum(1e-12, 1e-12 * np.abs(jdn))
    hour = np.clip(np.floor(fraction * 24.0 + eps), 0, 23)
    fraction = fraction - hour / 24.0
    minute = np.clip(np.floor(fraction * 1440.0 + eps), 0, 59)
    second = np.maximum((fraction - minute / 1440.0) * 86400.0, 0.0)
    ints = [np.asarray(v, dtype=np.int32) for v in (month, day, year, hour, minute)]
    return (*ints, np.asarray(second, dtype=np.float64))


def day_of_week(julian) -> np.ndarray:
    """0 (Sunday) ... 6 (Saturday) of Julian dates (the day runs from midnight)."""
    jdn = np.floor(np.asarray(julian, dtype=np.float64) + 0.5).astype(np.int64)
    return ((jdn + 1) % 7).astype(np.int32)
