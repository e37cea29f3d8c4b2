"""MATLAB's ``datetime`` arrays: ``datetime``, ``NaT``, ``isdatetime``, ``isnat``, the
components (``year`` ... ``second``, ``ymd``, ``hms``), the numeric date types
(``posixtime``, ``juliandate``, ``exceltime``, ``yyyymmdd``) and calendar calculations
(``dateshift``, ``between``, ``isbetween``).

The legacy layer of the family, over :mod:`compat._core.datetimes` and
:mod:`compat._core.datetime_text`; the array type is
:class:`compat.matlab._datetime_types.Datetime` (``t.Year``, ``t.Format``, ``t + hours(1)``,
``t2 - t1``). ``datenum(t)``, ``datestr(t)``, ``datevec(t)``, ``weekday(t)``, ``char(t)``,
``sort``, ``min``, ``max``, ``diff`` and ``colon`` of compat.matlab accept these arrays.

Differences from numpy's ``datetime64`` and pandas' ``Timestamp``: MATLAB keeps
fractional milliseconds (a double-double of milliseconds, not integer ticks), adds
calendar months with end-of-month clamping (``datetime(2021,1,31) + calmonths(1)`` is
28-Feb-2021; numpy has no month arithmetic on days), has a year 0 and carries
out-of-range components (month 13 is January of the next year; pandas raises),
counts no leap seconds in unzoned datetimes, and displays through its own LDML
``Format`` (default ``'dd-MMM-yyyy HH:mm:ss'``, ``'dd-MMM-yyyy'`` for arrays made from
dates without times), not ISO 8601.

Time zones: ``''`` (unzoned, the default) and ``'UTC'`` only; other zones raise an error
(no zone database is used).
"""

from __future__ import annotations

import numpy as np

from compat._core import datetimes as core
from compat._core import datetime_text as text
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._datetime_types import (RELATIVE_WORDS, CalendarDuration, Datetime,
                                           Duration, instants_of_texts,
                                           relative_instant)

__all__ = ["datetime", "NaT", "isdatetime", "isnat", "year", "month", "day", "hour",
           "minute", "second", "ymd", "hms", "posixtime", "juliandate", "exceltime",
           "yyyymmdd", "dateshift", "between", "isbetween", "Datetime"]

_OPTIONS = ("inputformat", "format", "convertfrom", "timezone", "locale", "pivotyear",
            "epoch", "tickspersecond")


def _options(args: list, kwargs: dict) -> tuple[list, dict]:
    """Split MATLAB name-value pairs off the end of ``args``."""
    opts = {k.lower(): v for k, v in kwargs.items()}
    args = list(args)
    while len(args) >= 2 and isinstance(args[-2], str) and \
            args[-2].lower() in _OPTIONS:
        opts[args[-2].lower()] = args[-1]
        args = args[:-2]
    unknown = set(opts) - set(_OPTIONS)
    if unknown:
        raise CompatValueError(f"unknown option {sorted(unknown)[0]!r}; options are "
                               "'InputFormat', 'Format', 'ConvertFrom', 'TimeZone', "
                               "'Locale', 'PivotYear', 'Epoch', 'TicksPerSecond'")
    return args, opts


def _zone(value) -> str:
    zone = "" if value is None else str(value)
    if zone.upper() in ("UTC", "Z", "GMT"):
        return "UTC"
    if zone == "":
        return ""
    raise CompatValueError(f"TimeZone {zone!r} is not supported: compat's datetime knows "
                           "unzoned ('') and 'UTC' values only")


def _numbers(x, what: str) -> np.ndarray:
    if isinstance(x, (Datetime, Duration, CalendarDuration)):
        raise CompatTypeError(f"{what} must be numeric")
    a = np.asarray(x)
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{what} must be numeric, not {a.dtype}")
    return a.astype(np.float64)


def _convert(x, kind: str, opts: dict) -> tuple:
    kind = str(kind).lower()
    x = _numbers(x, "X")
    if kind in core.EPOCH_OFFSETS:
        hi, lo = core.from_offset_days(x, core.EPOCH_OFFSETS[kind])
        return hi, lo, "default"
    if kind == "posixtime":
        return np.asarray(x * 1000.0), np.zeros_like(x), "default"
    if kind == "epochtime":
        epoch = opts.get("epoch", None)
        ticks = float(opts.get("tickspersecond", 1))
        if epoch is None:
            e_hi, e_lo = np.array(0.0), np.array(0.0)
        elif isinstance(epoch, Datetime):
            e_hi, e_lo = epoch._hi, epoch._lo
        else:
            e_hi, e_lo, _ = instants_of_texts(epoch, {})
        hi, lo = core.add_ms(np.broadcast_to(e_hi, x.shape), np.broadcast_to(e_lo, x.shape),
                             x / ticks * 1000.0)
        return hi, lo, "default"
    if kind == "yyyymmdd":
        y = np.floor(x / 10000)
        mo = np.floor((x - y * 10000) / 100)
        d = x - y * 10000 - mo * 100
        hi, lo = core.from_parts(y, mo, d)
        return hi, lo, "defaultdate"
    raise CompatValueError(f"'ConvertFrom' must be 'datenum', 'posixtime', 'excel', "
                           f"'excel1904', 'juliandate', 'modifiedjuliandate', "
                           f"'yyyymmdd' or 'epochtime'; got {kind!r}")


@matlab_function("datetime")
def datetime(*args, **kwargs):
    """Arrays that represent points in time.

    MATLAB forms::

        t = datetime                      % now
        t = datetime(relativeDay)         % 'now', 'today', 'tomorrow', 'yesterday'
        t = datetime(DateStrings)         % common formats recognised
        t = datetime(DateStrings, 'InputFormat', infmt)
        t = datetime(DateVectors)         % N-by-3 or N-by-6
        t = datetime(Y, M, D)
        t = datetime(Y, M, D, H, MI, S)
        t = datetime(Y, M, D, H, MI, S, MS)
        t = datetime(X, 'ConvertFrom', dateType)   % 'datenum', 'posixtime', 'excel',
              % 'excel1904', 'juliandate', 'modifiedjuliandate', 'yyyymmdd',
              % 'epochtime' (with 'Epoch' and 'TicksPerSecond')
        t = datetime(___, 'Format', fmt, 'TimeZone', tz)

    Returns a :class:`~compat.matlab._datetime_types.Datetime` array. Components out of
    their range carry (month 13 is January of the next year, day 0 the last day of
    the previous month). Arrays made from dates alone (``Y, M, D``, 3-column date
    vectors, ``'today'``, ``'yyyymmdd'``, text without times) display as
    ``'dd-MMM-yyyy'``, others as ``'dd-MMM-yyyy HH:mm:ss'``, as MATLAB shows them.

    Unlike ``numpy.datetime64`` (integer ticks, no months, no year 0 in text) and
    ``pandas.Timestamp`` (nanoseconds from 1677 to 2262 only), the values are MATLAB's
    double-double milliseconds over any year, with calendar month arithmetic and
    MATLAB's display formats. Time zones: unzoned ('') and 'UTC' only.

    Examples
    --------
    >>> from compat import matlab
    >>> t = matlab.datetime(2014, 6, 28, [6, 7], 0, 0)
    >>> t.string().tolist()
    ['28-Jun-2014 06:00:00', '28-Jun-2014 07:00:00']
    >>> matlab.datetime(2014, 13, 1).char()
    '01-Jan-2015'
    """
    args, opts = _options(args, kwargs)
    zone = _zone(opts.get("timezone"))
    if "convertfrom" in opts:
        if len(args) != 1:
            raise CompatValueError("'ConvertFrom' takes one numeric array X")
        hi, lo, fmt = _convert(args[0], opts["convertfrom"], opts)
    elif not args or (len(args) == 1 and isinstance(args[0], str)
                      and args[0].lower() in RELATIVE_WORDS):
        hi, lo, fmt = relative_instant("now" if not args else args[0].lower(), bool(zone))
    elif len(args) == 1 and isinstance(args[0], Datetime):
        t = args[0]
        hi, lo, fmt = t._hi, t._lo, t._fmt
    elif len(args) == 1 and not isinstance(args[0], (int, float, np.ndarray)) or \
            (len(args) == 1 and isinstance(args[0], np.ndarray)
             and args[0].dtype.kind in "UO"):
        hi, lo, fmt = instants_of_texts(args[0], opts)
    elif len(args) == 1:
        v = _numbers(args[0], "DateVectors")
        if v.ndim != 2 or v.shape[1] not in (3, 6):
            raise CompatValueError("a numeric input must be date vectors, an N-by-3 or "
                                   "N-by-6 matrix (for other numbers use 'ConvertFrom')")
        hi, lo = core.from_parts(*(v[:, k:k + 1] for k in range(v.shape[1])))
        fmt = "defaultdate" if v.shape[1] == 3 else "default"
    elif len(args) in (3, 6, 7):
        values = [_numbers(a, name) for a, name in zip(args, ("Y", "M", "D", "H", "MI",
                                                              "S", "MS"))]
        try:
            hi, lo = core.from_parts(*values)
        except ValueError as error:
            raise CompatValueError(f"{error}; the arrays must have compatible sizes"
                                   if "broadcast" in str(error) else str(error)) from None
        fmt = "defaultdate" if len(args) == 3 else "default"
    else:
        raise CompatValueError(f"expected datetime(Y,M,D), datetime(Y,M,D,H,MI,S[,MS]), "
                               f"text, date vectors or 'ConvertFrom'; got {len(args)} "
                               "inputs")
    t = Datetime(hi, lo, fmt, zone)
    if "format" in opts:
        t.Format = opts["format"]
    return t


@matlab_function("NaT")
def NaT(*sz):  # noqa: N802 - MATLAB's name
    """Not-a-Time: ``NaT``, ``NaT(n)``, ``NaT(sz1, sz2, ...)`` datetime arrays of NaT.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.NaT(1, 2).string().tolist()
    [['NaT', 'NaT']]
    """
    shape = () if not sz else (int(sz[0]), int(sz[0])) if len(sz) == 1 else \
        tuple(int(n) for n in sz)
    return Datetime(np.full(shape, np.nan), np.zeros(shape))


@matlab_function("isdatetime")
def isdatetime(t):
    """``tf = isdatetime(t)``: True for a datetime array.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.isdatetime(matlab.datetime(2020, 1, 1)), matlab.isdatetime(737791)
    (True, False)
    """
    return isinstance(t, Datetime)


def _datetime_arg(t, name: str = "t") -> Datetime:
    if not isinstance(t, Datetime):
        raise CompatTypeError(f"{name} must be a datetime array, not "
                              f"{type(t).__name__}")
    return t


@matlab_function("isnat")
def isnat(t):
    """``tf = isnat(t)``: True where ``t`` is NaT.

    Examples
    --------
    >>> from compat import matlab
    >>> t = matlab.datetime(2020, 1, [1, 2])
    >>> t.Day = [5, float('nan')]
    >>> matlab.isnat(t).tolist()
    [False, True]
    """
    t = _datetime_arg(t)
    return ~np.isfinite(t._hi)


_KINDS = {
    "year": {"iso": None, "gregorian": "era"},
    "month": {"monthofyear": None, "name": "name", "shortname": "shortname"},
    "day": {"dayofmonth": None, "dayofweek": "dayofweek", "dayofyear": "dayofyear",
            "name": "name", "shortname": "shortname"},
    "hour": {}, "minute": {},
    "second": {"secondofminute": None, "secondofday": "secondofday"},
}
_EXAMPLE = dict(year=2014.0, month=6.0, day=28.0, hour=6.0, minute=30.0, second=45.5)


def _component(name: str):
    kinds = _KINDS[name]

    def function(t, kind=None):
        p = core.parts(_datetime_arg(t)._hi, t._lo)
        if kind is None:
            return p[name]
        key = str(kind).lower()
        if key not in kinds:
            choices = ", ".join(repr(k) for k in kinds) or "none"
            raise CompatValueError(f"unknown type {kind!r}; the types are {choices}")
        how = kinds[key]
        nat = ~np.isfinite(p["year"])
        if how is None:
            return p[name]
        if how == "era":                          # 1 BCE is year 0 in the ISO count
            return np.where(p["year"] > 0, p["year"], 1 - p["year"])
        if how == "secondofday":
            return p["ms"] / 1000.0 + np.where(nat, np.nan, 0.0)
        if how == "dayofyear":
            start = core.days_from_civil(np.where(nat, 0, p["year"]).astype(np.int64), 1, 1)
            return np.where(nat, np.nan, p["days"] - start + 1)
        if how == "dayofweek":
            return core.weekday_numbers(t._hi, t._lo)
        names = text.MONTHS if name == "month" else text.WEEKDAYS
        index = (p["month"] - 1) if name == "month" else \
            (core.weekday_numbers(t._hi, t._lo) - 1)
        out = [("" if not np.isfinite(k) else
                names[int(k)][:3] if how == "shortname" else names[int(k)])
               for k in np.atleast_1d(index).ravel()]
        return out if np.ndim(index) <= 1 else \
            np.array(out, dtype=object).reshape(np.shape(index)).tolist()
    function.__name__ = name
    types = "".join(f", ``{k!r}``" for k in kinds)
    function.__doc__ = f"""``{name[0]} = {name}(t)``{f', ``{name}(t, type)``' if kinds else ''}:
    the {name} number of each datetime (double, NaN for NaT{'; seconds with their fraction'
    if name == 'second' else ''}){f'; type is one of {types[2:]}' if kinds else ''}
    (names are a cell, a list, even for one datetime, as MATLAB's 1x1 cell).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.{name}(matlab.datetime(2014, 6, 28, 6, 30, 45.5)))
    {_EXAMPLE[name]}
    """
    return matlab_function(name)(function)


year = _component("year")
month = _component("month")
day = _component("day")
hour = _component("hour")
minute = _component("minute")
second = _component("second")


@matlab_function("ymd", nargout=3)
def ymd(t, nargout=1):
    """``[y, m, d] = ymd(t)``: year, month and day numbers (doubles).

    Examples
    --------
    >>> from compat import matlab
    >>> y, m, d = matlab.ymd(matlab.datetime(2014, 2, 28), nargout=3)
    >>> float(y), float(m), float(d)
    (2014.0, 2.0, 28.0)
    """
    p = core.parts(_datetime_arg(t)._hi, t._lo)
    return (p["year"], p["month"], p["day"])[:nargout] if nargout > 1 else p["year"]


@matlab_function("hms", nargout=3)
def hms(t, nargout=1):
    """``[h, m, s] = hms(t)``: hour, minute and second (with fraction) numbers.

    Examples
    --------
    >>> from compat import matlab
    >>> h, m, s = matlab.hms(matlab.datetime(2014, 2, 28, 13, 5, 7.25), nargout=3)
    >>> float(h), float(m), float(s)
    (13.0, 5.0, 7.25)
    """
    p = core.parts(_datetime_arg(t)._hi, t._lo)
    return (p["hour"], p["minute"], p["second"])[:nargout] if nargout > 1 else p["hour"]


@matlab_function("posixtime")
def posixtime(t):
    """``p = posixtime(t)``: seconds since 1-Jan-1970 00:00:00 UTC (unzoned values are
    read as UTC, as MATLAB does), leap seconds ignored.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.posixtime(matlab.datetime(2000, 1, 1)))
    946684800.0
    """
    t = _datetime_arg(t)
    return (t._hi + t._lo) / 1000.0


@matlab_function("juliandate")
def juliandate(t, dateType="juliandate"):
    """``jd = juliandate(t)``, ``mjd = juliandate(t, 'modifiedjuliandate')``: Julian
    dates (days from noon UTC 1-Jan-4713 BCE) or modified Julian dates.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.juliandate(matlab.datetime(2000, 1, 1, 12, 0, 0)))
    2451545.0
    """
    t = _datetime_arg(t)
    kind = str(dateType).lower()
    if kind not in ("juliandate", "modifiedjuliandate"):
        raise CompatValueError("dateType must be 'juliandate' or 'modifiedjuliandate'")
    return core.to_offset_days(t._hi, t._lo, core.EPOCH_OFFSETS[kind])


@matlab_function("exceltime")
def exceltime(t, e="1900"):
    """``e = exceltime(t)``, ``exceltime(t, '1904')``: Excel serial day numbers.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.exceltime(matlab.datetime(2000, 1, 1)))
    36526.0
    """
    t = _datetime_arg(t)
    system = str(e)
    if system not in ("1900", "1904"):
        raise CompatValueError("the date system must be '1900' or '1904'")
    return core.to_offset_days(t._hi, t._lo, core.EPOCH_OFFSETS[
        "excel" if system == "1900" else "excel1904"])


@matlab_function("yyyymmdd")
def yyyymmdd(t):
    """``d = yyyymmdd(t)``: ``10000*year + 100*month + day`` as doubles.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.yyyymmdd(matlab.datetime(2014, 7, 16)))
    20140716.0
    """
    p = core.parts(_datetime_arg(t)._hi, t._lo)
    return 10000 * p["year"] + 100 * p["month"] + p["day"]


_UNIT_NAMES = {"years": "year", "year": "year", "quarters": "quarter",
               "quarter": "quarter", "months": "month", "month": "month",
               "weeks": "week", "week": "week", "days": "day", "day": "day",
               "hours": "hour", "hour": "hour", "minutes": "minute", "minute": "minute",
               "seconds": "second", "second": "second"}
_RULES = {"current": 0, "next": 1, "previous": -1}


def _rule(rule) -> np.ndarray:
    if isinstance(rule, str):
        if rule.lower() not in _RULES:
            raise CompatValueError("rule must be 'current', 'next', 'previous' or "
                                   "integers")
        return np.asarray(float(_RULES[rule.lower()]))
    r = _numbers(rule, "rule")
    if np.any(r != np.round(r)):
        raise CompatValueError("rule values must be integers")
    return r


@matlab_function("dateshift")
def dateshift(t, where, unit, rule="current"):
    """Shift dates or make a sequence by calendar rules.

    MATLAB forms::

        t2 = dateshift(t, 'start', unit)          % year quarter month week day hour
        t2 = dateshift(t, 'end', unit)            %   minute second
        t2 = dateshift(t, 'dayofweek', dow)       % 1-7 (Sunday = 1), a day name,
                                                  %   'weekend' or 'weekday'
        t2 = dateshift(___, rule)                 % 'current', 'next', 'previous', n

    The end of a year, quarter, month or week is the start of its last day; the end of
    a day, hour, minute or second is the start of the next one. Weeks start on Sunday.
    For 'dayofweek', 'current' is the day on or after ``t``, ``n > 0`` the n-th such
    day after it, ``n < 0`` the n-th before it; the time of day is kept.

    Examples
    --------
    >>> from compat import matlab
    >>> t = matlab.datetime(2013, 1, 1)
    >>> matlab.dateshift(t, 'end', 'month', [0, 1]).string().tolist()
    ['31-Jan-2013', '28-Feb-2013']
    """
    t = _datetime_arg(t)
    where = str(where).lower()
    steps = _rule(rule)
    if where in ("start", "end"):
        name = _UNIT_NAMES.get(str(unit).lower())
        if name is None:
            raise CompatValueError("unit must be 'year', 'quarter', 'month', 'week', "
                                   "'day', 'hour', 'minute' or 'second'")
        hi, lo = core.shift(t._hi, t._lo, where, name, steps)
        return t._with(_hi=hi, _lo=lo)
    if where != "dayofweek":
        raise CompatValueError("the second input must be 'start', 'end' or 'dayofweek'")
    targets = _weekday_targets(unit)
    dow = core.weekday_numbers(t._hi, t._lo) - 1          # 0 = Sunday
    hi0, lo0, steps, dow = np.broadcast_arrays(t._hi, t._lo, steps, dow)
    best = np.full(hi0.shape, np.nan)
    for target in targets:
        after = np.mod(target - dow, 7)                   # on or after: 0..6
        before = np.mod(dow - target, 7)                  # on or before: 0..6
        move = np.where(steps > 0, np.where(after == 0, 7, after) + 7 * (steps - 1),
                        np.where(steps < 0, -(np.where(before == 0, 7, before)
                                              + 7 * (-steps - 1)), after))
        better = np.isnan(best) | ((steps >= 0) & (move < best)) | \
            ((steps < 0) & (move > best))
        best = np.where(better, move, best)
    hi, lo = core.add_ms(hi0, lo0, best * core.MS_PER_DAY)
    return t._with(_hi=hi, _lo=lo)


def _weekday_targets(dow) -> list:
    if isinstance(dow, str):
        key = dow.lower()
        if key == "weekend":
            return [0, 6]
        if key == "weekday":
            return [1, 2, 3, 4, 5]
        for k, name in enumerate(text.WEEKDAYS):
            if key in (name.lower(), name[:3].lower()):
                return [k]
        raise CompatValueError(f"unknown day of the week {dow!r}")
    n = float(dow)
    if n not in range(1, 8):
        raise CompatValueError("a day of the week number must be 1 (Sunday) to 7")
    return [int(n) - 1]


_COMPONENTS = ("years", "quarters", "months", "weeks", "days", "time")


@matlab_function("between")
def between(t1, t2, components=None):
    """``dt = between(t1, t2)``, ``between(t1, t2, components)``: calendar differences.

    Returns a calendarDuration with ``t1 + dt == t2`` (default components years,
    months, days and time; the largest first). ``components`` is one of or a list of
    'years', 'quarters', 'months', 'weeks', 'days', 'time'; without 'time' the
    result is whole units.

    Examples
    --------
    >>> from compat import matlab
    >>> t1 = matlab.datetime(2013, 1, 1)
    >>> t2 = matlab.dateshift(t1, 'end', 'month', [0, 1, 2])
    >>> matlab.between(t1, t2, 'Days').string().tolist()
    ['30d', '58d', '89d']
    """
    t1 = t1 if isinstance(t1, Datetime) else datetime(t1)
    t2 = t2 if isinstance(t2, Datetime) else datetime(t2)
    if components is None:
        wanted = {"years", "months", "days", "time"}
    else:
        names = [components] if isinstance(components, str) else list(components)
        wanted = set()
        for name in names:
            key = str(name).lower()
            if key not in _COMPONENTS:
                raise CompatValueError(f"components must be among "
                                       f"{', '.join(_COMPONENTS)}; got {name!r}")
            wanted.add(key)
    months, days, ms = core.calendar_between(t1._hi, t1._lo, t2._hi, t2._lo, wanted)
    return CalendarDuration(months, days, ms)


@matlab_function("isbetween")
def isbetween(t, lower, upper):
    """``tf = isbetween(t, tlower, tupper)``: ``tlower <= t & t <= tupper``.

    Examples
    --------
    >>> from compat import matlab
    >>> t = matlab.datetime(2014, 1, [1, 15, 31])
    >>> matlab.isbetween(t, '05-Jan-2014', '20-Jan-2014').tolist()
    [False, True, False]
    """
    t = _datetime_arg(t)
    return (t >= lower) & (t <= upper)
