"""MATLAB's ``duration`` and ``calendarDuration`` arrays: ``duration``, ``years``,
``days``, ``hours``, ``minutes``, ``seconds``, ``milliseconds``, ``isduration``,
``caldays``, ``calweeks``, ``calmonths``, ``calquarters``, ``calyears``,
``iscalendarduration``.

The legacy layer of the family; the array types are
:class:`compat.matlab._datetime_types.Duration` (fixed lengths: milliseconds as a double,
days of 24 hours, years of exactly 365.2425 days) and
:class:`~compat.matlab._datetime_types.CalendarDuration` (calendar months and days
whose length depends on the date they are added to). ``hours(x)`` makes a duration of
numbers and turns a duration back into a number of hours, as MATLAB's do.

Unlike ``numpy.timedelta64``/``pandas.Timedelta`` (integer ticks; a year unit that is
a calendar year), a duration keeps fractional milliseconds and its year is the mean
Gregorian year; a calendar month is not a duration at all.
"""

from __future__ import annotations

import numpy as np

from compat._core.datetimes import MS_PER_DAY
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._datetime_types import CalendarDuration, Duration

__all__ = ["duration", "years", "days", "hours", "minutes", "seconds", "milliseconds",
           "isduration", "caldays", "calweeks", "calmonths", "calquarters", "calyears",
           "iscalendarduration", "Duration", "CalendarDuration"]

_SCALES = {"years": 365.2425 * MS_PER_DAY, "days": MS_PER_DAY, "hours": 3_600_000.0,
           "minutes": 60_000.0, "seconds": 1000.0, "milliseconds": 1.0}
_UNIT_FORMAT = {"years": "y", "days": "d", "hours": "h", "minutes": "m",
                "seconds": "s", "milliseconds": "s"}


def _numbers(x, name: str) -> np.ndarray:
    a = np.asarray(x)
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be numeric or a duration, not "
                              f"{type(x).__name__}")
    return a.astype(np.float64)


def _format_option(args: list, kwargs: dict) -> tuple[list, str | None]:
    fmt = None
    for key, value in kwargs.items():
        if key.lower() != "format":
            raise CompatValueError(f"unknown option {key!r}; the option is 'Format'")
        fmt = str(value)
    args = list(args)
    if len(args) >= 2 and isinstance(args[-2], str) and args[-2].lower() == "format":
        fmt = str(args[-1])
        args = args[:-2]
    return args, fmt


@matlab_function("duration")
def duration(*args, **kwargs):
    """Lengths of time in fixed-length units.

    MATLAB forms::

        D = duration(H, MI, S)
        D = duration(H, MI, S, MS)
        D = duration(X)                 % N-by-3 [H MI S] rows, a column of durations
        D = duration(TimeStrings)       % 'hh:mm:ss' or 'dd:hh:mm:ss' text
        D = duration(___, 'Format', fmt)   % 'hh:mm:ss' (default), 'dd:hh:mm:ss',
                                           % 'mm:ss', 'hh:mm', '.S'..'.SSSSSSSSS',
                                           % 'y', 'd', 'h', 'm', 's'

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.duration(1, [30, 31], 0).string().tolist()
    ['01:30:00', '01:31:00']
    >>> str(matlab.duration(1, 30, 45, 'Format', 'h').string())
    '1.5125 hr'
    """
    args, fmt = _format_option(args, kwargs)
    if len(args) == 1 and (isinstance(args[0], str) or (isinstance(args[0], list)
                                                        and args[0]
                                                        and isinstance(args[0][0], str))):
        ms = _parse_texts(args[0])
    elif len(args) == 1:
        x = _numbers(args[0], "X")
        if x.ndim != 2 or x.shape[1] != 3:
            raise CompatValueError("duration(X) needs an N-by-3 matrix [H MI S]")
        ms = x[:, 0] * 3_600_000.0 + x[:, 1] * 60_000.0 + x[:, 2] * 1000.0
    elif len(args) in (3, 4):
        parts = np.broadcast_arrays(*(_numbers(a, n) for a, n in
                                      zip(args, ("H", "MI", "S", "MS"))))
        ms = parts[0] * 3_600_000.0 + parts[1] * 60_000.0 + parts[2] * 1000.0
        if len(args) == 4:
            ms = ms + parts[3]
    else:
        raise CompatValueError("expected duration(H,MI,S), duration(H,MI,S,MS), "
                               "duration(X) or duration(TimeStrings)")
    return Duration(ms, fmt or "hh:mm:ss")


def _parse_texts(value) -> np.ndarray:
    items = [value] if isinstance(value, str) else list(value)
    out = []
    for item in items:
        s = item.strip()
        sign = -1.0 if s.startswith("-") else 1.0
        fields = s.lstrip("+-").split(":")
        if len(fields) not in (3, 4):
            raise CompatValueError(f"unable to read {item!r} as 'hh:mm:ss' or "
                                   "'dd:hh:mm:ss'")
        try:
            numbers = [float(f) for f in fields]
        except ValueError:
            raise CompatValueError(f"unable to read {item!r} as a duration") from None
        scales = [86_400_000.0, 3_600_000.0, 60_000.0, 1000.0][-len(numbers):]
        out.append(sign * sum(n * k for n, k in zip(numbers, scales)))
    return np.array(out if not isinstance(value, str) else out[0])


def _unit_function(name: str):
    scale = _SCALES[name]

    def function(X):
        if isinstance(X, Duration):
            return X._ms / scale
        if isinstance(X, CalendarDuration):
            raise CompatTypeError(f"{name} of a calendarDuration: use cal{name}")
        return Duration(_numbers(X, "X") * scale, _UNIT_FORMAT[name])
    function.__name__ = name
    function.__doc__ = f"""``D = {name}(X)``: a duration of ``X`` {name}; ``x = {name}(D)``:
    the number of {name} in the duration ``D`` (a double array).
    {'A year is exactly 365.2425 days (the mean Gregorian year). ' if name == 'years'
     else 'A day is exactly 24 hours. ' if name == 'days' else ''}
    Examples
    --------
    >>> from compat import matlab
    >>> d = matlab.{name}([1, 2])
    >>> matlab.{name}(d).tolist()
    [1.0, 2.0]
    """
    return matlab_function(name)(function)


years = _unit_function("years")
days = _unit_function("days")
hours = _unit_function("hours")
minutes = _unit_function("minutes")
seconds = _unit_function("seconds")
milliseconds = _unit_function("milliseconds")


@matlab_function("isduration")
def isduration(X):
    """``tf = isduration(X)``: True for a duration array.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.isduration(matlab.hours(2)), matlab.isduration(2)
    (True, False)
    """
    return isinstance(X, Duration)


@matlab_function("iscalendarduration")
def iscalendarduration(X):
    """``tf = iscalendarduration(X)``: True for a calendarDuration array.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.iscalendarduration(matlab.calmonths(1))
    True
    """
    return isinstance(X, CalendarDuration)


def _calendar_function(name: str, months: int, day_count: int):
    def function(X):
        if isinstance(X, CalendarDuration):
            if months:
                return np.trunc(X._months / months)
            return np.trunc(X._days / day_count)
        x = _numbers(X, "X")
        if np.any(x[np.isfinite(x)] != np.round(x[np.isfinite(x)])):
            raise CompatValueError("X must contain integer values")
        return CalendarDuration(x * months, x * day_count, np.zeros_like(x))
    function.__name__ = name
    function.__doc__ = f"""``L = {name}(X)``: a calendarDuration of ``X`` calendar
    {name[3:]} (integers); ``{name}(L)`` of a calendarDuration gives the whole number
    of {name[3:]} in it.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.{name}([1, 2]).string().tolist()
    {[f"{v}" for v in (['1y', '2y'] if name == 'calyears' else
                       ['3mo', '6mo'] if name == 'calquarters' else
                       ['1mo', '2mo'] if name == 'calmonths' else
                       ['7d', '14d'] if name == 'calweeks' else ['1d', '2d'])]}
    """
    return matlab_function(name)(function)


caldays = _calendar_function("caldays", 0, 1)
calweeks = _calendar_function("calweeks", 0, 7)
calmonths = _calendar_function("calmonths", 1, 0)
calquarters = _calendar_function("calquarters", 3, 0)
calyears = _calendar_function("calyears", 12, 0)
