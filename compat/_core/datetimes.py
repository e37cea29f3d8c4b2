"""Points in time as MATLAB's ``datetime`` keeps them, Python-shaped.

An instant is a pair of float64 arrays ``(hi, lo)``: milliseconds since 1-Jan-1970
00:00:00 as an unevaluated sum ``hi + lo`` (a double-double, ``|lo| <= ulp(hi)/2``),
which is how MATLAB stores a ``datetime`` (its ``data`` field is a complex double whose
real and imaginary parts are the two halves of the milliseconds, MATLAB documentation
"datetime ... up to nanosecond precision"). The day count is exact for every year a
double can hold, the time of day carries about 1e-20 days. ``NaN`` in ``hi`` is NaT.

Facts and where they come from:

* the calendar is the proleptic ISO (Gregorian) calendar with a year 0, no leap seconds
  in unzoned and UTC arrays (MATLAB datetime reference page: "proleptic ISO
  calendar"; leap seconds only for the 'UTCLeapSeconds' zone, not supported here);
* components carry: ``datetime(2014, 13, 1)`` is 1-Jan-2015, day 0 is the last day of
  the previous month, 25 hours is 1 hour of the next day (MATLAB datetime reference:
  "values outside the conventional range ... are carried", e.g. month 13);
* calendar months added to a date keep the day of the month, or the month's last day
  when the month is shorter (MATLAB calmonths reference: 31-Jan-2021 + 1 month is
  28-Feb-2021); calendar days and years are added as months and days;
* serial date numbers count days from 0-Jan-0000 (1-Jan-1970 is 719529), Julian dates
  from noon 1-Jan-4713 BCE (1-Jan-1970 is 2440587.5), modified Julian dates from
  17-Nov-1858 (40587), Excel's 1900 system from 30-Dec-1899 (25569) and its 1904 system
  from 1-Jan-1904 (24107), POSIX time in seconds (MATLAB's posixtime, juliandate,
  exceltime reference pages).

The arithmetic is written from these definitions; numpy's ``datetime64`` is not used
because its integer ticks cannot hold MATLAB's fractional milliseconds and it has no
month arithmetic with end-of-month clamping.
"""

from __future__ import annotations

import time as _time

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["MS_PER_DAY", "UNIX_SERIAL", "days_from_civil", "civil_from_days",
           "from_parts", "from_days_ms", "split", "parts", "add_ms", "difference_ms",
           "add_calendar", "to_serial", "from_serial", "to_offset_days",
           "from_offset_days", "now_ms", "shift", "weekday_numbers",
           "calendar_between", "compare_key", "EPOCH_OFFSETS", "days_in_month"]

MS_PER_DAY = 86_400_000.0
#: the serial date number (datenum) of 1-Jan-1970
UNIX_SERIAL = 719529
#: day offsets of the numeric date types from 1-Jan-1970 (value = days + offset)
EPOCH_OFFSETS = {"datenum": 719529.0, "juliandate": 2440587.5,
                 "modifiedjuliandate": 40587.0, "excel": 25569.0, "excel1904": 24107.0}


# ----------------------------------------------------------------------- calendar
def days_from_civil(y, m, d) -> np.ndarray:
    """Days since 1-Jan-1970 of integral (year, month 1-12, day) arrays (int64)."""
    y = np.asarray(y, dtype=np.int64) - (np.asarray(m) <= 2)
    m = np.asarray(m, dtype=np.int64)
    era = np.floor_divide(y, 400)
    yoe = y - era * 400
    mp = np.where(m > 2, m - 3, m + 9)
    doy = (153 * mp + 2) // 5 + np.asarray(d, dtype=np.int64) - 1
    doe = yoe * 365 + yoe // 4 - yoe // 100 + doy
    return era * 146097 + doe - 719468


def civil_from_days(z) -> tuple:
    """(year, month, day) int64 arrays of days since 1-Jan-1970."""
    z = np.asarray(z, dtype=np.int64) + 719468
    era = np.floor_divide(z, 146097)
    doe = z - era * 146097
    yoe = (doe - doe // 1460 + doe // 36524 - doe // 146096) // 365
    doy = doe - (365 * yoe + yoe // 4 - yoe // 100)
    mp = (5 * doy + 2) // 153
    d = doy - (153 * mp + 2) // 5 + 1
    m = np.where(mp < 10, mp + 3, mp - 9)
    return yoe + era * 400 + (m <= 2), m, d


def days_in_month(y, m) -> np.ndarray:
    """Length of month ``m`` (1-12) of year ``y`` (int64 arrays)."""
    y, m = np.asarray(y, dtype=np.int64), np.asarray(m, dtype=np.int64)
    ny, nm = np.where(m == 12, y + 1, y), np.where(m == 12, 1, m + 1)
    return days_from_civil(ny, nm, 1) - days_from_civil(y, m, 1)


# ---------------------------------------------------------------- double-double
def _two_sum(a, b):
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _normalised(hi, lo):
    s = hi + lo
    return s, lo - (s - hi)


def _split_factor(a):
    c = 134217729.0 * a                     # 2**27 + 1 (Dekker)
    big = c - (c - a)
    return big, a - big


def _two_prod(a, b):
    p = a * b
    ah, al = _split_factor(a)
    bh, bl = _split_factor(b)
    with np.errstate(invalid="ignore"):
        err = ((ah * bh - p) + ah * bl + al * bh) + al * bl
    return p, np.where(np.isfinite(p), err, 0.0)


def add_ms(hi, lo, ms):
    """``(hi, lo) + ms`` (ms a float array of milliseconds), as a double-double."""
    s, e = _two_sum(np.asarray(hi, float), np.asarray(ms, float))
    with np.errstate(invalid="ignore"):
        s, e = _normalised(s, e + lo)
    return s, np.where(np.isfinite(s), e, 0.0)


def difference_ms(hi1, lo1, hi2, lo2) -> np.ndarray:
    """``(hi1 + lo1) - (hi2 + lo2)`` rounded once to a double (milliseconds)."""
    s, e = _two_sum(np.asarray(hi1, float), -np.asarray(hi2, float))
    with np.errstate(invalid="ignore"):
        return s + (e + (lo1 - lo2))


def compare_key(hi, lo):
    """Arrays ordered like the instants (hi first, then lo); NaT as NaN."""
    return np.asarray(hi, float), np.asarray(lo, float)


# -------------------------------------------------------------- parts <-> instants
def from_days_ms(days, ms):
    """Instants of integral days since 1970 plus milliseconds (double-double)."""
    days = np.asarray(days, dtype=np.float64)
    hi, lo = _two_sum(days * MS_PER_DAY, np.asarray(ms, dtype=np.float64))
    return _normalised(hi, lo)


def _accumulate(terms):
    hi, lo = terms[0], np.zeros_like(terms[0])
    for t in terms[1:]:
        hi, e = _two_sum(hi, t)
        lo = lo + e
    return _normalised(hi, lo)


def from_parts(y, mo, d, h=0.0, mi=0.0, s=0.0, ms=0.0):
    """Instants of broadcast date and time components, carried as MATLAB carries them.

    ``y`` and ``mo`` must be integral; ``d`` and the time components may have
    fractions (a fractional day adds that part of 24 hours). Any NaN gives NaT.
    """
    arrays = np.broadcast_arrays(*(np.asarray(v, dtype=np.float64)
                                   for v in (y, mo, d, h, mi, s, ms)))
    y, mo, d, h, mi, s, ms = (a.copy() for a in arrays)
    nat = np.zeros(y.shape, bool)
    for a in (y, mo, d, h, mi, s, ms):
        nat |= ~np.isfinite(a)
    for a in (y, mo, d, h, mi, s, ms):
        a[nat] = 0.0
    if np.any(y != np.floor(y)) or np.any(mo != np.floor(mo)):
        raise CompatValueError("year and month values must be integers")
    yy = y + np.floor((mo - 1) / 12)
    mm = np.mod(mo - 1, 12) + 1
    whole = np.floor(d)
    days = days_from_civil(yy, mm, 1) + whole.astype(np.int64) - 1
    terms = [days.astype(np.float64) * MS_PER_DAY]
    frac = d - whole
    for value, scale in ((frac, MS_PER_DAY), (h, 3_600_000.0), (mi, 60_000.0),
                         (s, 1000.0)):
        p, e = _two_prod(value, np.full_like(value, scale))
        terms += [p, e]
    terms.append(ms)
    hi, lo = _accumulate(terms)
    return np.where(nat, np.nan, hi), np.where(nat, 0.0, lo)


def split(hi, lo):
    """(days since 1970 as float, milliseconds of the day in [0, 86400000)); NaN for NaT."""
    hi = np.asarray(hi, dtype=np.float64)
    lo = np.asarray(lo, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        days = np.floor(hi / MS_PER_DAY)
        rem = (hi - days * MS_PER_DAY) + lo
        low = rem < 0
        days = np.where(low, days - 1, days)
        rem = np.where(low, rem + MS_PER_DAY, rem)
        high = rem >= MS_PER_DAY
        days = np.where(high, days + 1, days)
        rem = np.where(high, rem - MS_PER_DAY, rem)
    return days, rem


def parts(hi, lo) -> dict:
    """Components of the instants: year, month, day, hour, minute (floats, NaN for NaT),
    second (with its fraction), the day count ``days`` and ``ms`` of the day."""
    days, rem = split(hi, lo)
    nat = ~np.isfinite(days)
    y, m, d = civil_from_days(np.where(nat, 0, days).astype(np.int64))
    h = np.floor(rem / 3_600_000.0)
    r = rem - h * 3_600_000.0
    mi = np.floor(r / 60_000.0)
    s = (r - mi * 60_000.0) / 1000.0

    def f(v):
        return np.where(nat, np.nan, np.asarray(v, dtype=np.float64))
    return {"year": f(y), "month": f(m), "day": f(d), "hour": f(h), "minute": f(mi),
            "second": f(s), "days": days, "ms": rem}


def weekday_numbers(hi, lo) -> np.ndarray:
    """1 (Sunday) .. 7 (Saturday); NaN for NaT (1-Jan-1970 was a Thursday)."""
    days, _ = split(hi, lo)
    with np.errstate(invalid="ignore"):
        return np.mod(days + 4, 7) + 1


# ----------------------------------------------------------- numeric date types
def to_offset_days(hi, lo, offset: float) -> np.ndarray:
    """Days since 1970 plus ``offset`` (datenum, Julian date ...) as one double."""
    days, rem = split(hi, lo)
    return (days + offset) + rem / MS_PER_DAY


def to_serial(hi, lo) -> np.ndarray:
    """MATLAB serial date numbers (datenum) of the instants."""
    return to_offset_days(hi, lo, EPOCH_OFFSETS["datenum"])


def from_offset_days(x, offset: float):
    """Instants of day numbers ``x`` counted with ``offset`` (see EPOCH_OFFSETS)."""
    x = np.asarray(x, dtype=np.float64)
    with np.errstate(invalid="ignore"):
        whole = np.floor(x)
        frac = x - whole                     # exact
        p, e = _two_prod(frac, np.full_like(frac, MS_PER_DAY))
        days = whole - offset                # exact for offsets with halves
        hi, lo = _accumulate([days * MS_PER_DAY, p, e])
    bad = ~np.isfinite(x)
    hi, lo = np.where(bad, np.nan, hi), np.where(bad, 0.0, lo)
    return hi, lo


def from_serial(x):
    """Instants of serial date numbers."""
    return from_offset_days(x, EPOCH_OFFSETS["datenum"])


def now_ms() -> tuple:
    """The local wall-clock time as an unzoned instant (ms since 1970)."""
    t = _time.time()
    return float(np.floor(t)) * 1000.0 + _time.localtime(t).tm_gmtoff * 1000.0, \
        (t - np.floor(t)) * 1000.0


# ------------------------------------------------------------ calendar arithmetic
def add_calendar(hi, lo, months=0, days=0, ms=0.0):
    """Add calendar months, then calendar days, then milliseconds (MATLAB's order).

    A day of the month past the new month's end becomes its last day.
    """
    months = np.asarray(months, dtype=np.float64)
    days_add = np.asarray(days, dtype=np.float64)
    hi, lo, months, days_add, ms = np.broadcast_arrays(
        np.asarray(hi, float), np.asarray(lo, float), months, days_add,
        np.asarray(ms, float))
    nat = ~np.isfinite(hi) | ~np.isfinite(months) | ~np.isfinite(days_add)
    day, rem = split(np.where(nat, 0.0, hi), np.where(nat, 0.0, lo))
    y, m, d = civil_from_days(day.astype(np.int64))
    total = y * 12 + (m - 1) + np.where(nat, 0, months).astype(np.int64)
    ny, nm = np.floor_divide(total, 12), np.mod(total, 12) + 1
    nd = np.minimum(d, days_in_month(ny, nm))
    newday = days_from_civil(ny, nm, nd) + np.where(nat, 0, days_add).astype(np.int64)
    h2, l2 = from_days_ms(newday, rem)
    h2, l2 = add_ms(h2, l2, ms)
    return np.where(nat, np.nan, h2), np.where(nat, 0.0, l2)


_UNIT_MS = {"day": MS_PER_DAY, "hour": 3_600_000.0, "minute": 60_000.0,
            "second": 1000.0}
_UNITS = ("year", "quarter", "month", "week", "day", "hour", "minute", "second")


def shift(hi, lo, where: str, unit: str, steps) -> tuple:
    """MATLAB's dateshift: to the 'start'/'end' of ``unit``, ``steps`` units away."""
    if unit not in _UNITS:
        raise CompatValueError(f"unit must be one of {', '.join(_UNITS)}; got {unit!r}")
    steps = np.asarray(steps, dtype=np.float64)
    hi, lo, steps = np.broadcast_arrays(np.asarray(hi, float), np.asarray(lo, float),
                                        steps)
    nat = ~np.isfinite(hi)
    days, rem = split(np.where(nat, 0.0, hi), np.where(nat, 0.0, lo))
    n = steps.astype(np.int64)
    if unit in _UNIT_MS:
        size = _UNIT_MS[unit]
        start = np.floor(rem / size) * size
        count = n + (where == "end")
        h2, l2 = from_days_ms(days, start)
        h2, l2 = add_ms(h2, l2, count * size)
    elif unit == "week":
        first = days - np.mod(days + 4, 7) + 7 * n     # back to Sunday
        if where == "end":
            first = first + 6
        h2, l2 = from_days_ms(first, np.zeros_like(rem))
    else:
        y, m, _ = civil_from_days(days.astype(np.int64))
        span = {"year": 12, "quarter": 3, "month": 1}[unit]
        index = (y * 12 + m - 1)
        index = index - np.mod(index, span) + span * n
        ny, nm = np.floor_divide(index, 12), np.mod(index, 12) + 1
        if where == "end":
            last = index + span - 1
            ly, lm = np.floor_divide(last, 12), np.mod(last, 12) + 1
            target = days_from_civil(ly, lm, days_in_month(ly, lm))
        else:
            target = days_from_civil(ny, nm, 1)
        h2, l2 = from_days_ms(target, np.zeros_like(rem))
    return np.where(nat, np.nan, h2), np.where(nat, 0.0, l2)


def calendar_between(hi1, lo1, hi2, lo2, components) -> tuple:
    """(months, days, ms) with ``t1 + months + days + ms == t2`` (MATLAB's between),
    taking the largest components first; ``components`` is a set of 'years',
    'quarters', 'months', 'weeks', 'days', 'time'."""
    hi1, lo1, hi2, lo2 = np.broadcast_arrays(*(np.asarray(v, float)
                                               for v in (hi1, lo1, hi2, lo2)))
    shape = hi1.shape
    months = np.zeros(shape)
    days = np.zeros(shape)
    ms = np.zeros(shape)
    nat = ~np.isfinite(hi1) | ~np.isfinite(hi2)
    a_h, a_l = hi1.ravel().copy(), lo1.ravel().copy()
    b_h, b_l = hi2.ravel(), lo2.ravel()
    mo_out, d_out, ms_out = months.ravel(), days.ravel(), ms.ravel()
    month_units = [u for u, k in (("years", 12), ("quarters", 3), ("months", 1))
                   if u in components]
    for i in range(a_h.size):
        if nat.ravel()[i]:
            mo_out[i] = d_out[i] = ms_out[i] = np.nan
            continue
        ah, al = a_h[i:i + 1], a_l[i:i + 1]
        later = difference_ms(b_h[i:i + 1], b_l[i:i + 1], ah, al)[0] >= 0
        sign = 1 if later else -1
        for unit in month_units:
            step = {"years": 12, "quarters": 3, "months": 1}[unit]
            da, _ = split(ah, al)
            db, _ = split(b_h[i:i + 1], b_l[i:i + 1])
            ya, ma, _ = civil_from_days(da.astype(np.int64))
            yb, mb, _ = civil_from_days(db.astype(np.int64))
            guess = ((yb * 12 + mb) - (ya * 12 + ma))[0] // step * step
            while True:
                th, tl = add_calendar(a_h[i:i + 1], a_l[i:i + 1],
                                      mo_out[i] + guess, 0)
                over = difference_ms(b_h[i:i + 1], b_l[i:i + 1], th, tl)[0] * sign < 0
                if not over or guess == 0:
                    break
                guess -= sign * step
            mo_out[i] += guess
            ah, al = add_calendar(a_h[i:i + 1], a_l[i:i + 1], mo_out[i], 0)
        day_units = [u for u in ("weeks", "days") if u in components]
        for unit in day_units:
            step = 7 if unit == "weeks" else 1
            full = np.trunc(difference_ms(b_h[i:i + 1], b_l[i:i + 1], ah, al)[0]
                            / MS_PER_DAY / step) * step
            d_out[i] += full
            ah, al = add_ms(ah, al, np.array([full * MS_PER_DAY]))
        if "time" in components:
            ms_out[i] = difference_ms(b_h[i:i + 1], b_l[i:i + 1], ah, al)[0]
    return months, days, ms
