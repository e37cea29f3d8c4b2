"""MATLAB's serial date numbers, date vectors and date text, Python-shaped.

The calendar is MATLAB's: proleptic Gregorian (leap years every 4 years except
centuries not divisible by 400, also before 1582), serial day 1 = 1-Jan-0000, year 0 a
leap year, fractions of a day for the time. Everything is vectorised over numpy arrays.

Facts and where they come from (the code here is written from these rules):

* ``serial_from_parts``: the day count and the order of the floating-point operations
  of GNU Octave 7.3's ``datenum.m`` (so results agree bit for bit), with MATLAB's
  documented carrying: months above 12 carry into years, months below 1 are set to 1,
  other units wrap and may be negative (MATLAB datenum reference page: "Month values
  less than 1 are set to be 1. All other units can wrap and have valid negative
  values"). Fractional months and years take that fraction of the month's/year's
  length (Octave's rule; MATLAB documents none).
* ``parts_from_serial``: the day of a serial by integer arithmetic on days since
  1-Mar-0000; the seconds rounded to the resolution the serial's magnitude carries
  (Octave's ``datevec.m``: ``2^floor(-log2(eps*86400*t))`` steps per second), so
  ``datevec(datenum(2000,1,1,0,0,1))`` gives exactly 1 second. Serial numbers in
  ``[0, 1)`` give year 0, month 0, day 0, as MATLAB's ``datevec`` (MATLAB prints
  ``datestr(0)`` as ``00-Jan-0000``: "Converting Date Vector Returns Unexpected Output",
  MATLAB documentation; Octave gives 31-Dec--001).
* ``format_dates``: MATLAB's ``formatdate`` rules (MathWorks' ``datestr``/``formatdate``
  sources as published in public repositories): the format is read case-folded
  (``d``->``D``, ``s``->``S``, ``Y``->``y``, ``h``->``H``); ``AM``/``PM`` are removed
  and the marker is appended at the end; ``HH`` is ``%2d`` of the 12-hour clock with a
  marker, ``%02d`` otherwise; ``yyyy`` is ``%.4d`` of ``mod(y, 10000)``, ``yy`` two digits
  of ``mod(|y|, 100)``; ``QQ`` is ``Q`` and the quarter and takes no month, day or time;
  the serial is rounded to the millisecond first (``datevecmx(t, true)``), then ``SS``
  and ``FFF`` are the whole seconds and milliseconds.
* ``parse_dates``: the format language read back, with the pivot year for two-digit
  years (default: the current year minus 50), missing fields as MATLAB's ``datevec``
  documents them (no date: 1 January of the current year; no year: the current year;
  no day: the 1st), and MATLAB's list of formats tried without a format.
"""

from __future__ import annotations

import datetime as _dt
import re
import time as _time

import numpy as np

from compat._core.datetimes import civil_from_days
from compat._core.errors import CompatValueError
from compat._core.half_away import round_half_away  # C's round = MATLAB's round

__all__ = ["serial_from_parts", "parts_from_serial", "millisecond_parts",
           "format_dates", "parse_dates", "weekday_numbers", "end_of_month",
           "add_to_dates", "elapsed_seconds", "now_serial", "clock_vector",
           "looks_like_datevec", "STANDARD_FORMATS", "PARSE_FORMATS", "MONTHS",
           "WEEKDAYS", "check_format"]

#: the numbered formats of datestr (0-31), MATLAB's table
STANDARD_FORMATS = (
    "dd-mmm-yyyy HH:MM:SS", "dd-mmm-yyyy", "mm/dd/yy", "mmm", "m", "mm", "mm/dd", "dd",
    "ddd", "d", "yyyy", "yy", "mmmyy", "HH:MM:SS", "HH:MM:SS PM", "HH:MM", "HH:MM PM",
    "QQ-YY", "QQ", "dd/mm", "dd/mm/yy", "mmm.dd,yyyy HH:MM:SS", "mmm.dd,yyyy",
    "mm/dd/yyyy", "dd/mm/yyyy", "yy/mm/dd", "yyyy/mm/dd", "QQ-YYYY", "mmmyyyy",
    "yyyy-mm-dd", "yyyymmddTHHMMSS", "yyyy-mm-dd HH:MM:SS")

#: the formats tried, in order, for text without a format (datenum/datevec)
PARSE_FORMATS = (
    "dd-mmm-yyyy HH:MM:SS", "dd-mmm-yyyy", "mm/dd/yy", "mm/dd", "HH:MM:SS",
    "HH:MM:SS PM", "HH:MM", "HH:MM PM", "mm/dd/yyyy", "mmmyy", "mmm.dd,yyyy HH:MM:SS",
    "mmm.dd,yyyy", "yyyy/mm/dd", "yyyy-mm-dd", "yyyy-mm-dd HH:MM:SS",
    "mmm-dd-yyyy HH:MM:SS", "mmm-dd-yyyy", "dd mmm yyyy HH:MM:SS", "dd mmm yyyy",
    "mmm dd yyyy HH:MM:SS", "mmm dd yyyy", "dd.mmm.yyyy HH:MM:SS", "dd.mmm.yyyy",
    "mmm.dd.yyyy HH:MM:SS", "mmm.dd.yyyy", "mm/dd/yyyy HH:MM")

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
#: Sunday first, as weekday numbers them (1 = Sunday)
WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday")

_MONTH_START = np.array([306, 337, 0, 31, 61, 92, 122, 153, 184, 214, 245, 275], float)
_MONTH_LENGTH = np.array([31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31], float)
_MS_PER_DAY = 86_400_000


def _is_leap(year):
    year = np.asarray(year)
    return (np.mod(year, 4) == 0) & ((np.mod(year, 100) != 0) | (np.mod(year, 400) == 0))


# ------------------------------------------------------------------- parts <-> serial
def serial_from_parts(year, month, day, hour=0.0, minute=0.0, second=0.0) -> np.ndarray:
    """Serial date numbers of the broadcast date parts (float64 arrays)."""
    year, month, day, hour, minute, second = np.broadcast_arrays(
        *(np.asarray(p, dtype=np.float64) for p in (year, month, day, hour, minute,
                                                     second)))
    year, month, day = year.copy(), month.copy(), day.copy()
    month[month < 1] = 1
    fractional = month != np.floor(month)
    if fractional.any():
        frac = month - np.floor(month)
        month = np.floor(month)
        index = (np.mod(month - 1, 12)).astype(np.intp)
        february = (index == 1) & _is_leap(np.floor(year))
        length = np.where(february, 29.0, _MONTH_LENGTH[index])
        day = day + frac * length
    year = year + np.ceil((month - 14) / 12)
    with np.errstate(invalid="ignore"):
        index = np.mod(month - 1, 12)
    finite = np.isfinite(index)
    start = np.where(finite, _MONTH_START[np.where(finite, index, 0).astype(np.intp)],
                     np.nan)
    day = day + start + 60
    fractional = year != np.floor(year)
    if fractional.any():
        frac = year - np.floor(year)
        year = np.floor(year)
        day = day + frac * (365 + _is_leap(year + 1))
    day = day + (365 * year + np.floor(year / 4) - np.floor(year / 100)
                 + np.floor(year / 400))
    return day + (hour + (minute + second / 60) / 60) / 24


def _civil(days: np.ndarray):
    """(year, month, day) of integral serial days (float arrays, NaN stays NaN)."""
    finite = np.isfinite(days)
    # the one proleptic Gregorian conversion (compat._core.datetimes), on days since
    # 1-Jan-1970: serial day 719529
    y, m, d = civil_from_days(np.where(finite, days, 719529).astype(np.int64) - 719529)
    y, m, d = (np.where(finite, v, np.nan).astype(np.float64) for v in (y, m, d))
    zero = days == 0                                  # MATLAB: serial 0 is 00-Jan-0000
    if zero.any():
        y[zero], m[zero], d[zero] = 0.0, 0.0, 0.0
    return y, m, d


def parts_from_serial(t) -> tuple:
    """``(y, mo, d, h, mi, s)`` float arrays of the serial numbers ``t`` (datevec)."""
    t = np.asarray(t, dtype=np.float64)
    days = np.floor(t)
    y, mo, d = _civil(days)
    frac = t - days
    with np.errstate(divide="ignore", invalid="ignore"):
        resolution = np.abs(np.finfo(float).eps * 86400 * t)
        resolution = np.where(resolution == 0, 1.0, resolution)
        steps = 2.0 ** np.floor(-np.log2(resolution))
        s = round_half_away(86400 * frac * steps) / steps   # MATLAB's round: halves away
    carry = s >= 86400
    if carry.any():                       # a fraction that rounds to a whole day
        y2, mo2, d2 = _civil(days + 1)
        y, mo, d = (np.where(carry, b, a) for a, b in ((y, y2), (mo, mo2), (d, d2)))
        s = np.where(carry, s - 86400, s)
    h = np.floor(s / 3600)
    s = s - 3600 * h
    mi = np.floor(s / 60)
    s = s - 60 * mi
    return y, mo, d, h, mi, s


def millisecond_parts(t) -> np.ndarray:
    """Integer date parts of ``t`` rounded to the millisecond, as ``datestr`` uses them:
    an ``(n, 7)`` int64 array of year, month, day, hour, minute, second, millisecond."""
    t = np.asarray(t, dtype=np.float64).ravel()
    if not np.isfinite(t).all():
        raise CompatValueError("DATESTR failed converting date number to date vector. "
                               "Date number out of range.")
    days = np.floor(t)
    ms = round_half_away((t - days) * _MS_PER_DAY).astype(np.int64)
    days = days + (ms >= _MS_PER_DAY)
    ms = np.where(ms >= _MS_PER_DAY, ms - _MS_PER_DAY, ms)
    y, mo, d = _civil(days)
    out = np.empty((t.size, 7), dtype=np.int64)
    out[:, 0], out[:, 1], out[:, 2] = y, mo, d
    out[:, 3] = ms // 3_600_000
    out[:, 4] = ms // 60_000 % 60
    out[:, 5] = ms // 1000 % 60
    out[:, 6] = ms % 1000
    return out


def looks_like_datevec(a: np.ndarray) -> bool:
    """MATLAB datestr's test: an m-by-6 array is m date vectors when its first five
    columns are integers and every row sums to within 500 of 2000 (documentation:
    "Converting Date Vector Returns Unexpected Output")."""
    if a.ndim != 2 or a.shape[1] != 6 or a.shape[0] == 0:
        return False
    with np.errstate(invalid="ignore"):
        head = a[:, :5]
        return bool(np.all(head == np.fix(head)) and
                    np.all(np.abs(a.sum(axis=1) - 2000) < 500))


# ------------------------------------------------------------------------ formatting
_TOKEN = re.compile(r"y+|m+|D+|H+|M+|S+|F+|Q+")


def _normalise(fmt: str) -> tuple[str, bool]:
    text = fmt.replace("d", "D").replace("s", "S").replace("Y", "y").replace("h", "H")
    ampm = "AM" in text or "PM" in text
    if ampm:
        text = text.replace("AM", "").replace("PM", "")
    return text, ampm


def _tokens(text: str) -> list:
    """The format as literal text and field tokens (runs of one field letter)."""
    out, pos = [], 0
    for match in _TOKEN.finditer(text):
        if match.start() > pos:
            out.append(text[pos:match.start()])
        run = match.group()
        if run[0] == "D":                     # MATLAB reads day runs as D{1,4}
            while run:
                out.append(("D", len(run[:4])))
                run = run[4:]
        else:
            out.append((run[0], len(run)))
        pos = match.end()
    if pos < len(text):
        out.append(text[pos:])
    return out


_ALLOWED = {"y": (2, 4), "m": (1, 2, 3, 4), "H": (2,), "M": (2,), "S": (2,), "F": (3,),
            "Q": (2,)}
_NAMES = {"y": "year", "m": "month", "H": "hour", "M": "minute", "S": "second",
          "F": "millisecond", "Q": "quarter"}


def check_format(fmt: str) -> list:
    """The tokens of a datestr format, or MATLAB's error for a malformed field."""
    text, _ = _normalise(fmt)
    tokens = _tokens(text)
    seen: dict = {}
    for token in tokens:
        if isinstance(token, tuple):
            letter, n = token
            key = letter if letter != "D" else ("day" if n == 2 else "weekday")
            if key in seen or (letter != "D" and n not in _ALLOWED[letter]):
                kind = _NAMES.get(letter, "day")
                raise CompatValueError(f"Invalid {kind} format in the date format "
                                       f"'{fmt}': one {kind} field of the forms "
                                       f"{_forms(letter)} is allowed.")
            seen[key] = n
    if "Q" in seen and set(seen) & {"m", "day", "weekday", "H", "M", "S"}:
        raise CompatValueError(f"The quarter format QQ in '{fmt}' can only be combined "
                               "with a year format.")
    return tokens


def _forms(letter: str) -> str:
    if letter == "D":
        return "d, dd, ddd, dddd"
    return ", ".join(letter * n for n in _ALLOWED[letter])


def format_dates(t, fmt: str) -> list[str]:
    """The text of every serial number of ``t`` (flattened) in the datestr format."""
    tokens = check_format(fmt)
    _, ampm = _normalise(fmt)
    parts = millisecond_parts(t)
    if parts.shape[0] == 0:
        return []
    y, mo, d, h, mi, s, ms = parts.T
    mo_names = np.where(mo == 0, 1, mo)
    weekday = None
    columns = []
    for token in tokens:
        if isinstance(token, str):
            columns.append(np.full(y.shape, token, dtype=object))
            continue
        letter, n = token
        if letter == "y":
            values = (np.abs(y) % 100 if n == 2 else np.mod(y, 10000))
            columns.append([f"{v:0{n}d}" for v in values])
        elif letter == "m":
            if n == 2:
                columns.append([f"{v:02d}" for v in mo_names])
            else:
                names = [MONTHS[v - 1] for v in mo_names]
                columns.append([x if n == 4 else x[:3] if n == 3 else x[0]
                                for x in names])
        elif letter == "D":
            if n == 2:
                columns.append([f"{v:02d}" for v in np.abs(d)])
            else:
                if weekday is None:
                    serial = serial_from_parts(y, mo, d)
                    weekday = weekday_numbers(serial)
                names = [WEEKDAYS[v - 1] for v in weekday]
                columns.append([x if n == 4 else x[:3] if n == 3 else x[0]
                                for x in names])
        elif letter == "H":
            if ampm:
                columns.append([f"{v:2d}" for v in np.mod(h - 1, 12) + 1])
            else:
                columns.append([f"{v:02d}" for v in h])
        elif letter == "M":
            columns.append([f"{v:02d}" for v in mi])
        elif letter == "S":
            columns.append([f"{v:02d}" for v in s])
        elif letter == "F":
            columns.append([f"{v:03d}" for v in ms])
        elif letter == "Q":
            columns.append([f"Q{v}" for v in (np.where(mo == 0, 1, mo) - 1) // 3 + 1])
    if ampm:
        columns.append(np.where(h < 12, "AM", "PM"))
    return ["".join(row) for row in zip(*columns)] if columns else [""] * y.size


# --------------------------------------------------------------------------- parsing
def _parse_regex(fmt: str):
    """A compiled regex reading ``fmt`` and the fields it sets."""
    text = fmt.replace("d", "D").replace("s", "S").replace("Y", "y").replace("h", "H")
    ampm = "AM" in text or "PM" in text
    text = text.replace("AM", "\0").replace("PM", "\0")    # read the marker in place
    pattern, fields = [], set()
    for token in _tokens(text):
        if isinstance(token, str):
            for ch in token:
                if ch == "\0":
                    pattern.append(r"(?P<ampm>[AaPp][Mm])")
                else:
                    pattern.append(r"\s*" if ch.isspace() else re.escape(ch))
            continue
        letter, n = token
        if letter == "y":
            pattern.append(r"(?P<y4>[+-]?\d{1,4})" if n == 4 else r"(?P<y2>\d{1,2})")
            fields.add("y")
        elif letter == "m":
            if n >= 3:
                pattern.append(r"(?P<mname>[A-Za-z]+)")
            elif n == 2:
                pattern.append(r"(?P<mo>\d{1,2})")
            else:
                raise CompatValueError(f"the format '{fmt}' cannot be read back: 'm' "
                                       "(the first letter of the month) names no month")
            fields.add("m")
        elif letter == "D":
            if n == 2:
                pattern.append(r"(?P<d>\d{1,2})")
                fields.add("d")
            else:
                pattern.append(r"[A-Za-z]+")
        elif letter == "H":
            pattern.append(r"(?P<h>\d{1,2})")
            fields.add("h")
        elif letter == "M":
            pattern.append(r"(?P<mi>\d{1,2})")
            fields.add("mi")
        elif letter == "S":
            pattern.append(r"(?P<s>\d{1,2})")
            fields.add("s")
        elif letter == "F":
            pattern.append(r"(?P<f>\d{1,3})")
        elif letter == "Q":
            pattern.append(r"Q(?P<q>[1-4])")
            fields.add("m")
    return re.compile(r"\s*" + "".join(pattern) + r"\s*\Z"), fields, ampm


_REGEX_CACHE: dict = {}


def _regex(fmt: str):
    if fmt not in _REGEX_CACHE:
        _REGEX_CACHE[fmt] = _parse_regex(fmt)
    return _REGEX_CACHE[fmt]


def _month_number(name: str) -> int | None:
    key = name.lower()
    for k, month in enumerate(MONTHS):
        if len(key) >= 3 and month.lower().startswith(key):
            return k + 1
    return None


def _read(text: str, fmt: str, pivot: float, today: _dt.date):
    regex, fields, ampm = _regex(fmt)
    match = regex.match(text)
    if match is None:
        return None
    g = match.groupdict()
    y = m = d = None
    h = mi = s = 0.0
    if g.get("y4") is not None:
        y = float(int(g["y4"]))
    elif g.get("y2") is not None:
        y2 = int(g["y2"])
        y = pivot - np.mod(pivot, 100) + y2
        if y < pivot:
            y += 100
    if g.get("mname") is not None:
        m = _month_number(g["mname"])
        if m is None:
            return None
    elif g.get("mo") is not None:
        m = int(g["mo"])
    elif g.get("q") is not None:
        m = 3 * int(g["q"]) - 2
    if g.get("d") is not None:
        d = int(g["d"])
    if g.get("h") is not None:
        h = float(g["h"])
        if ampm:
            if not 1 <= h <= 12:
                return None
            h = h % 12 + (12 if g["ampm"].upper() == "PM" else 0)
    if g.get("mi") is not None:
        mi = float(g["mi"])
    if g.get("s") is not None:
        s = float(g["s"])
    if g.get("f") is not None:
        s += int(g["f"].ljust(3, "0")) / 1000
    if m is not None and not 1 <= m <= 12:
        return None
    if d is not None and not 1 <= d <= 31:
        return None
    if h > 24 or mi > 59 or s >= 61:
        return None
    if y is None and m is None and d is None:        # time only: 1 January, this year
        y, m, d = float(today.year), 1, 1
    if y is None:
        y = float(today.year)
    if m is None:
        m = 1
    if d is None:
        d = 1
    return [y, float(m), float(d), h, mi, s]


def default_pivot() -> float:
    """MATLAB's default pivot year: the current year minus 50."""
    return float(_dt.date.today().year - 50)


def parse_dates(texts: list[str], fmt: str | None, pivot: float | None) -> np.ndarray:
    """Date vectors (an ``(n, 6)`` float array) of the texts, read with ``fmt`` (or the
    formats MATLAB tries without one)."""
    pivot = default_pivot() if pivot is None else float(pivot)
    today = _dt.date.today()
    out = np.zeros((len(texts), 6))
    for k, text in enumerate(texts):
        if fmt is not None:
            row = _read(text, fmt, pivot, today)
            if row is None:
                raise CompatValueError(f"DATEVEC failed. The text '{text}' does not "
                                       f"match the format '{fmt}'.")
        else:
            for candidate in PARSE_FORMATS:
                row = _read(text, candidate, pivot, today)
                if row is not None:
                    break
            else:
                raise CompatValueError(f"DATEVEC failed. The text '{text}' is not in a "
                                       "date format MATLAB recognises; give formatIn.")
        out[k] = row
    return out


# ------------------------------------------------------------------------ arithmetic
def weekday_numbers(t) -> np.ndarray:
    """MATLAB's weekday: ``mod(fix(t) - 2, 7) + 1`` (1 = Sunday), int64."""
    t = np.asarray(t, dtype=np.float64)
    return (np.mod(np.fix(t) - 2, 7) + 1).astype(np.int64)


def end_of_month(year, month) -> np.ndarray:
    """The last day of each month (28..31) of the broadcast years and months."""
    year, month = np.broadcast_arrays(np.asarray(year, float), np.asarray(month, float))
    index = (month - 1).astype(np.intp)
    return _MONTH_LENGTH[index] + ((month == 2) & _is_leap(year))


def add_to_dates(t, q, unit: str) -> np.ndarray:
    """``t`` plus ``q`` units: calendar arithmetic for years and months (adding months,
    a day past the new month's end becomes its last day; adding years keeps the day,
    so 29-Feb plus a year is 1-Mar, as Octave's addtodate), exact multiples of a day
    otherwise."""
    t, q = np.broadcast_arrays(np.asarray(t, float), np.asarray(q, float))
    if unit in ("year", "month"):
        y, mo, d, h, mi, s = parts_from_serial(t)
        if unit == "year":
            y = y + q
        else:
            mo = mo + q
            y = y + np.floor((mo - 1) / 12)
            mo = np.mod(mo - 1, 12) + 1
            d = np.minimum(d, end_of_month(y, mo))
        return serial_from_parts(y, mo, d, h, mi, s)
    factor = {"day": 1.0, "hour": 1 / 24, "minute": 1 / 1440, "second": 1 / 86400,
              "millisecond": 1 / 86400000}[unit]
    return t + q * factor


def elapsed_seconds(t1: np.ndarray, t0: np.ndarray) -> np.ndarray:
    """MATLAB's etime: ``86400*(datenum(t1(:,1:3)) - datenum(t0(:,1:3))) +
    (t1(:,4:6) - t0(:,4:6))*[3600; 60; 1]`` row by row."""
    d1 = serial_from_parts(t1[:, 0], t1[:, 1], t1[:, 2])
    d0 = serial_from_parts(t0[:, 0], t0[:, 1], t0[:, 2])
    return 86400 * (d1 - d0) + (t1[:, 3:6] - t0[:, 3:6]) @ np.array([3600.0, 60.0, 1.0])


def clock_vector() -> np.ndarray:
    """The local time now as a date vector (seconds with their fraction)."""
    now = _dt.datetime.now()
    return np.array([now.year, now.month, now.day, now.hour, now.minute,
                     now.second + now.microsecond / 1e6], dtype=np.float64)


def now_serial() -> float:
    """The local time now as a serial date number."""
    c = clock_vector()
    return float(serial_from_parts(*c))


def monotonic_microseconds() -> int:
    """A stopwatch reading in microseconds (tic's identifier)."""
    return _time.perf_counter_ns() // 1000
