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
from compat._core.half_away import round_half_away

__all__ = ["julian_day_number", "julday", "caldat", "day_of_week", "timegen",
           "GREGORIAN_START",
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


# --------------------------------------------------------------------------- TIMEGEN
_UNIT_ORDER = ("y", "m", "d", "h", "i", "s")
_DAYS_PER_UNIT = {"y": 365.0, "m": 28.0, "d": 1.0, "h": 1 / 24, "i": 1 / 1440,
                  "s": 1 / 86400}
_MONTH_LENGTH = np.array([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31])


def _embed(values, smaller: int, total: int, factor: float = 1.0):
    """TIMEGEN's embedding of one unit's values among smaller and larger units: each
    value repeated ``smaller`` times, the whole repeated cyclically to ``total``; a
    single value stays a scalar."""
    values = np.asarray(values, dtype=np.float64).reshape(-1) / factor
    if values.size == 1:
        return values[0]
    if smaller > 1:
        values = np.repeat(values, smaller)
    if total > values.size:
        values = np.resize(values, total)
    return values


def _clip_days(month, day, year):
    """Days limited to 1 ... the month's length (29 February in leap years; the Julian
    calendar's rule before 1582, BCE years offset by one)."""
    month, day, year = (np.asarray(v) for v in (month, day, year))
    day = np.maximum(day, 1)
    if np.max(day) <= 28:
        return day
    y = year + (year < 0)
    leap = (month == 2) & ((((y % 4) == 0) & (((y % 100) != 0) | (y < 1582)))
                           | ((y % 400) == 0))
    return np.minimum(day, _MONTH_LENGTH[np.asarray(month, dtype=np.int64)] + leap)


def timegen(count, *, final=None, start=0.0, step=1.0, unit=None, year=None,
            months=None, days=None, hours=None, minutes=None, seconds=None):
    """IDL's TIMEGEN (IDL 8's library routine): ``count`` Julian dates (None with
    ``final``), stepping ``unit`` ('y', 'm', 'd', 'h', 'i', 's') by ``step``, with the
    smaller units' sub-interval values; a 1-D float64 array."""
    given = {"s": seconds, "i": minutes, "h": hours, "d": days, "m": months}
    sizes = {k: (0 if v is None else np.asarray(v).size) for k, v in given.items()}
    if unit is None:
        unit = next((larger for key, larger in (("m", "y"), ("d", "m"), ("h", "d"),
                                                ("i", "h"), ("s", "i")) if sizes[key]),
                    "d")
    parts = [v[()] for v in caldat(np.float64(start))]
    start_values = dict(zip(("m", "d", "y", "h", "i", "s"), parts))
    arrays = {k: np.asarray(start_values[k] if given.get(k) is None else given[k],
                            dtype=np.float64).reshape(-1) for k in "sihdm"}
    arrays["y"] = np.asarray(start_values["y"] if year is None else year,
                             dtype=np.float64).reshape(-1)
    n = {k: max(sizes.get(k, 0), 1) for k in "sihdm"}
    if np.any((arrays["m"] < 1) | (arrays["m"] > 12)):
        raise CompatValueError("Value is out of range (1<=MONTH<=12).")
    first_day = _clip_days(arrays["m"][0], arrays["d"][0], arrays["y"][0])
    start = float(julday(arrays["m"][0], first_day, arrays["y"][0], arrays["h"][0],
                         arrays["i"][0], arrays["s"][0]))
    if unit in ("y", "m"):
        step = float(round_half_away(step))
    sub = {"y": n["m"] * n["d"] * n["h"] * n["i"] * n["s"],
           "m": n["d"] * n["h"] * n["i"] * n["s"], "d": n["h"] * n["i"] * n["s"],
           "h": n["i"] * n["s"], "i": n["s"], "s": 1}[unit]
    larger = {"y": "", "m": "", "d": "m", "h": "dm", "i": "hdm", "s": "ihdm"}[unit]
    for k in larger:
        n[k] = 1
    if final is not None:
        if (start < final and step <= 0) or (start > final and step >= 0):
            final = start
        diff = abs(final - start)
        per_step = _DAYS_PER_UNIT[unit] * abs(step) + (diff == 0)
        count = int(np.ceil(diff / per_step * sub)) + sub
    expanded = count + sub
    major = (expanded + sub - 1) // sub
    k = np.arange(major, dtype=np.float64)
    day_steps = 0.0
    if unit == "y":
        n["y"] = major
        arrays["y"] = arrays["y"][0] + step * k
    elif unit == "m":
        n["m"] = major
        index = arrays["m"][0] - 1 + step * k
        arrays["y"] = arrays["y"][0] + np.floor(index / 12.0)
        arrays["m"] = np.mod(index, 12) + 1
    elif unit == "d":
        n["d"] = major
        day_steps = step * k
    else:
        key = unit
        n[key] = major
        arrays[key] = arrays[key][0] + step * k
    hms = n["h"] * n["i"] * n["s"]
    time = (_embed(arrays["h"] - 12, n["s"] * n["i"], hms, 24.0)
            + _embed(arrays["i"], n["s"], hms, 1440.0) + _embed(arrays["s"], 1, hms, 86400.0))
    if unit in ("y", "m"):
        dates = (expanded + hms - 1) // hms
        years = arrays["y"]
        if years.max() >= 0 and years.min() <= 0:
            years = years + ((years >= 0) if step >= 0 else -(years <= 0).astype(int))
        day = _embed(arrays["d"], 1, dates)
        month = _embed(arrays["m"], n["d"], dates)
        years = _embed(years, n["d"] * n["m"] if unit == "y" else n["d"], dates)
    else:
        month, day, years = arrays["m"][0], arrays["d"][0], arrays["y"][0]
    day = _clip_days(month, day, years)
    date = day_steps + julian_day_number(month, np.asarray(day, dtype=np.int64),
                                         np.asarray(years, dtype=np.int64))
    time = _embed(time, 1, expanded)
    date = _embed(date, hms, expanded)
    eps = np.maximum(date * EPS, EPS)
    times = np.asarray(date + time + eps, dtype=np.float64).reshape(-1)
    if times.size < expanded:
        times = np.resize(times, expanded)
    eps_start = max(start * EPS, EPS)
    head = times[:sub + 1]
    hits = np.nonzero(head >= start - eps_start)[0] if step >= 0 else \
        np.nonzero(head <= start + eps_start)[0]
    first = int(hits.min()) if hits.size else 0
    last = first + count - 1
    if final is not None:
        eps_final = max(final * EPS, EPS)
        if step == 0:
            last = first
        else:
            hits = np.nonzero(times <= final + eps_final)[0] if step > 0 else \
                np.nonzero(times >= final - eps_final)[0]
            last = int(hits.max()) if hits.size else -1
        last = max(last, first)
    return times[first:last + 1]
