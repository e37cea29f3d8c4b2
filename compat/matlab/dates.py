"""MATLAB's dates and times: ``datenum``, ``datestr``, ``datevec``, ``now``, ``clock``,
``etime``, ``tic``, ``toc``, ``weekday``, ``addtodate``, ``eomday``.

The legacy layer of the family, over :mod:`compat._core.matlab_dates`. A serial date
number is a float (day 1 = 1-Jan-0000, proleptic Gregorian calendar, the fraction is
the time of day), a date vector a row ``[Y M D H MI S]`` (an ``(n, 6)`` array for
several), date text a ``str`` (several: a list of ``str`` or a numpy ``str`` array; a
char matrix of several dates comes back as a numpy array of equal-length ``str`` rows).

Differences from the naive Python: ``datetime.date.toordinal()`` counts from
1-Jan-0001 (so MATLAB's serial is ``toordinal() + 366``), knows no year 0 and no
negative or fractional days, and ``strftime`` codes are not MATLAB's format symbols
(``'mm'`` is the month, ``'MM'`` the minute). MATLAB rounds to the millisecond before
it prints (``datestr(730486.999999999)`` is the next midnight) while Python truncates.
"""

from __future__ import annotations

import numpy as np

from compat._core import matlab_dates as core
from compat._core.args import at_most_inputs
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_text import text_items
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat.matlab._datetime_types import Datetime

__all__ = ["datenum", "datestr", "datevec", "now", "clock", "date", "etime", "tic",
           "toc",
           "weekday", "addtodate", "eomday", "DatevecResult", "WeekdayResult",
           "NonIntegerValueWarning", "EmptyDateWarning"]


class DatevecResult(Result):
    """``[Y, M, D, H, MN, S] = datevec(...)``: the date parts, one array each."""

    request_style = "nargout"
    Y: np.ndarray
    M: np.ndarray
    D: np.ndarray
    H: np.ndarray
    MN: np.ndarray
    S: np.ndarray


class WeekdayResult(Result):
    """``[DayNumber, DayName] = weekday(...)``: 1 (Sunday) .. 7 and the names."""

    request_style = "nargout"
    DayNumber: np.ndarray
    DayName: object


class EmptyDateWarning(MatlabWarning):
    """MATLAB's ``MATLAB:datenum:EmptyDate``: ``datenum('')`` gives an empty result."""


class NonIntegerValueWarning(MatlabWarning):
    """MATLAB's ``MATLAB:addtodate:NonIntegerValue``: a fractional quantity truncated."""


def _is_text(x) -> bool:
    if isinstance(x, str):
        return True
    if isinstance(x, np.ndarray):
        return x.dtype.kind in "UO"
    return isinstance(x, (list, tuple)) and len(x) > 0 and \
        all(isinstance(v, str) for v in x)


def _texts(x) -> tuple[list[str], bool]:
    """The date texts of ``x`` and whether it was a single char row."""
    kind, items, _ = text_items(x, "DateString")
    return [s.strip() for s in items], kind == "char"


def _numbers(x, name: str) -> np.ndarray:
    a = matlab_array(x, name, complex_ok=False, to_float=True)
    return np.asarray(a, dtype=np.float64)


def _local_option(args: list) -> list:
    """``args`` without a trailing 'local'/'en_US' (compat writes English names: the
    'local' names of an English locale)."""
    if args and isinstance(args[-1], str) and args[-1].lower() in ("local", "en_us"):
        return args[:-1]
    return args


def _text_dates(value, fmt, pivot) -> np.ndarray:
    texts, _ = _texts(value)
    if fmt is not None and not isinstance(fmt, str):
        raise CompatTypeError("formatIn must be a character vector")
    return core.parse_dates(texts, fmt or None, pivot)


def _pivot(value) -> float | None:
    if value is None or (isinstance(value, np.ndarray) and value.size == 0) or \
            (isinstance(value, list) and not value):
        return None
    if isinstance(value, str):
        raise CompatTypeError("Pivot year must be a number.")
    return float(np.asarray(value, dtype=np.float64).ravel()[0])


def _format_and_pivot(rest: list) -> tuple:
    """datenum/datevec's optional formatIn and PivotYear, in either order."""
    fmt = pivot = None
    for value in rest:
        if isinstance(value, str):
            fmt = value
        elif value is None or (isinstance(value, (list, np.ndarray)) and
                               np.size(value) == 0):
            continue
        else:
            pivot = _pivot(value)
    return fmt, pivot


# ---------------------------------------------------------------------------- datenum
@matlab_function("datenum")
def datenum(*args):
    """Serial date numbers, as MATLAB's ``datenum``.

    MATLAB call forms::

        DateNumber = datenum(DateVector)            ->  datenum([[2000, 3, 1, 15, 45, 17]])
        DateNumber = datenum(DateString)            ->  datenum('19-May-2001')
        DateNumber = datenum(DateString, formatIn)  ->  datenum('2001-05-19', 'yyyy-mm-dd')
        DateNumber = datenum(DateString, PivotYear) ->  datenum('05/19/01', 1900)
        DateNumber = datenum(DateString, formatIn, PivotYear)   (either order)
        DateNumber = datenum(Y, M, D)               ->  datenum(2000, [1, 2, 3], 1)
        DateNumber = datenum(Y, M, D, H, MN, S)

    Parameters
    ----------
    DateVector : array_like
        An m-by-3 or m-by-6 array of date vectors (a 1-D vector of 3 or 6 values is one
        row). MATLAB reads it as date vectors only when some year is within 10000 of
        2000; otherwise, and for any other number of columns, it returns the numbers
        unchanged (they are taken to be serial numbers already).
    DateString : str, list of str or str array
        Date text. Without ``formatIn`` the formats MATLAB recognises are tried in turn
        (``'dd-mmm-yyyy HH:MM:SS'``, ``'dd-mmm-yyyy'``, ``'mm/dd/yy'``, ``'mm/dd'``,
        ``'HH:MM:SS'``, ``'HH:MM:SS PM'``, ``'HH:MM'``, ``'HH:MM PM'``, ``'mm/dd/yyyy'``,
        ``'yyyy-mm-dd'``, ``'yyyy/mm/dd'``, ``'yyyy-mm-dd HH:MM:SS'``, ``'mmm.dd,yyyy'``
        ...). Text without a date is 1 January of the current year; without a year, the
        current year.
    formatIn : str
        The format symbols of :func:`datestr` (``yyyy yy mmmm mmm mm dd HH MM SS FFF
        AM PM``).
    PivotYear : scalar
        Two-digit years are read as the first year at or after ``PivotYear`` with those
        last two digits (default: the current year minus 50).
    Y, M, D, H, MN, S : array_like
        Date parts of equal sizes (or scalars). Months above 12 carry into years and
        months below 1 are taken as 1; the other parts carry and may be negative or
        fractional (a fractional month is that part of its month's length).

    Returns
    -------
    float or numpy.ndarray
        A float for one date; else an array: the shape of ``Y, M, D``, one value per
        row of a DateVector (1-D), one per text (1-D).

    Notes
    -----
    Sources: MATLAB ``datenum`` reference page and MathWorks' datenum.m; the day count
    and its floating-point order as GNU Octave 7.3's datenum.m (checked bit for bit,
    reference_outputs/matlab/dates). Octave refuses a numeric argument that is not 3 or
    6 columns wide, where MATLAB returns it unchanged.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.datenum('19-May-2001')
    730990.0
    >>> matlab.datenum(2000, [1, 13], 1)      # month 13 is January of the next year
    array([730486., 730852.])
    >>> matlab.datenum('2001-05-19 06:00', 'yyyy-mm-dd HH:MM')
    730990.25
    """
    if len(args) == 1 and isinstance(args[0], Datetime):   # datenum(t)
        return args[0]._serial()
    args = list(args)
    if not args:
        raise CompatValueError("Not enough input arguments.")
    first = args[0]
    if _is_text(first):
        at_most_inputs(args, 3)
        fmt, pivot = _format_and_pivot(args[1:])
        texts, single = _texts(first)
        if not texts or texts == [""]:
            issue_warning(EmptyDateWarning(
                "Usage of DATENUM with empty date strings is not supported.\n"
                "Results may change in future versions.", "MATLAB:datenum:EmptyDate"))
            return np.zeros(0)
        rows = core.parse_dates(texts, fmt or None, pivot)
        out = core.serial_from_parts(*rows.T)
        return float(out[0]) if single else out
    if len(args) == 1:
        a = _numbers(first, "DateVector")
        a2 = a.reshape(1, -1) if a.ndim == 1 else a
        if a2.ndim == 2 and a2.shape[1] in (3, 6) and a2.shape[0] > 0 and \
                np.any(np.abs(a2[:, 0] - 2000) < 10000):
            out = core.serial_from_parts(*a2.T)
            return float(out[0]) if a.ndim == 1 or out.size == 1 else out
        return a
    if len(args) not in (3, 6):
        raise CompatValueError("Incorrect number of arguments: datenum takes a date "
                               "vector, date text, or 3 or 6 date parts.")
    parts = [_numbers(v, n) for v, n in zip(args, ("Y", "M", "D", "H", "MN", "S"))]
    sizes = {p.size for p in parts if p.size != 1}
    if len(sizes) > 1:
        raise CompatValueError("DATENUM failed. The input arrays must have the same "
                               "number of elements, or be scalars.")
    shape = next((p.shape for p in parts if p.size != 1), parts[0].shape)
    out = core.serial_from_parts(*(p.reshape(shape) if p.size != 1 else p.reshape(())
                                   for p in parts))
    out = np.broadcast_to(out, shape).copy() if out.shape != shape else out
    return float(out.reshape(())) if out.ndim == 0 or (out.size == 1 and
                                                       all(p.ndim == 0 for p in parts)) \
        else out


# ---------------------------------------------------------------------------- datestr
@matlab_function("datestr")
def datestr(D, *args):
    """Date text, as MATLAB's ``datestr``.

    MATLAB call forms::

        DateString = datestr(DateNumber)             ->  datestr(730486.5)
        DateString = datestr(DateVector)             ->  datestr([[2000, 3, 1, 15, 45, 17]])
        DateString = datestr(DateStringIn)           ->  datestr('03/01/2000')
        DateString = datestr(___, formatOut)         ->  datestr(730486.5, 31)
        DateString = datestr(DateStringIn, formatOut, PivotYear)
        DateString = datestr(___, 'local')

    Parameters
    ----------
    D : scalar, array, date vectors or text
        Serial date numbers (any shape), an m-by-6 array of date vectors, or date text.
        An m-by-6 array is read as date vectors only when its first five columns are
        integers and every row sums to within 500 of 2000 (MATLAB's rule: with a year
        3000 the six numbers are six serial dates).
    formatOut : int or str
        A format number 0-31 (MATLAB's table: 0 ``'dd-mmm-yyyy HH:MM:SS'``, 1
        ``'dd-mmm-yyyy'``, ... 31 ``'yyyy-mm-dd HH:MM:SS'``) or -1, or free format
        symbols: ``yyyy``/``yy`` year, ``mmmm``/``mmm``/``mm``/``m`` month (name, short
        name, number, first letter), ``dddd``/``ddd``/``dd``/``d`` (weekday name, short
        name, day number, first letter), ``HH`` ``MM`` ``SS`` ``FFF`` (hour, minute,
        second, millisecond), ``AM``/``PM`` (12-hour clock: the marker is appended at
        the end of the text, the hour is space-padded), ``QQ`` (quarter). Default: 1
        when every time is midnight, 16 when every date is day 0, else 0.
    PivotYear : scalar
        For two-digit years in text input.
    'local'
        Accepted; compat writes English month and day names (the names of an English
        locale).

    Returns
    -------
    str or numpy.ndarray
        One date: a ``str``; several: a char matrix (numpy array of ``str`` rows).

    Notes
    -----
    The serial number is rounded to the millisecond before it is written, then ``SS``
    shows the whole seconds and ``FFF`` the milliseconds (MathWorks' datestr and
    formatdate): 23:59:59.9996 prints as the next midnight, 10:00:00.4 as 10:00:00.
    ``yyyy`` of a year before 0 prints ``mod(year, 10000)`` (MATLAB's ``%.4d`` of
    ``mod(y, 10000)``). Octave 7.3 reads a year-3000 date vector as a date vector and
    writes years before 0 with a minus sign; compat follows MATLAB (recorded in
    reference_outputs/matlab/dates).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.datestr(730486.5)
    '01-Jan-2000 12:00:00'
    >>> matlab.datestr([[2000, 3, 1, 15, 45, 17.123]], 'yyyy-mm-dd HH:MM:SS.FFF PM')
    '2000-03-01  3:45:17.123 PM'
    >>> matlab.datestr([730486, 730487], 'ddd dd mmmm')
    array(['Sat 01 January', 'Sun 02 January'], dtype='<U14')
    """
    if isinstance(D, Datetime):                  # datestr(t): its serial numbers
        D = D._serial()
    args = _local_option(list(args))
    at_most_inputs(args, 2)
    fmt = args[0] if args else None
    pivot = _pivot(args[1]) if len(args) > 1 else None
    if _is_text(D):
        rows = core.parse_dates(_texts(D)[0], None, pivot)
        serial = core.serial_from_parts(*rows.T)
    else:
        a = _numbers(D, "D")
        if a.size == 0:
            return ""
        if core.looks_like_datevec(a) or (a.ndim == 1 and
                                          core.looks_like_datevec(a.reshape(1, -1))):
            a2 = a.reshape(-1, 6)
            serial = core.serial_from_parts(*a2.T)
        else:
            serial = a.ravel(order="F")
    if fmt is None or (not isinstance(fmt, str) and np.size(fmt) == 1 and
                       float(np.asarray(fmt).ravel()[0]) == -1):
        if np.all(np.floor(serial) == serial):
            fmt = 1
        elif np.all(np.floor(serial) == 0):
            fmt = 16
        else:
            fmt = 0
    if not isinstance(fmt, str):
        number = np.asarray(fmt, dtype=np.float64).ravel()
        if number.size != 1 or number[0] != int(number[0]) or \
                not 0 <= number[0] < len(core.STANDARD_FORMATS):
            raise CompatValueError(f"Unknown date format number: {fmt}")
        fmt = core.STANDARD_FORMATS[int(number[0])]
    texts = core.format_dates(serial, fmt)
    if len(texts) == 1:
        return texts[0]
    width = max(len(t) for t in texts)
    return np.array([t.ljust(width) for t in texts], dtype=f"<U{width}")


# ---------------------------------------------------------------------------- datevec
@matlab_function("datevec", nargout=6)
def datevec(D, *args, nargout=1):
    """Date vectors, as MATLAB's ``datevec``.

    MATLAB call forms::

        DateVector = datevec(t)                          ->  datevec(730486.5)
        DateVector = datevec(DateString)                 ->  datevec('19-May-2001')
        DateVector = datevec(DateString, formatIn)
        DateVector = datevec(DateString, PivotYear)
        DateVector = datevec(DateString, formatIn, PivotYear)
        [Y, M, D, H, MN, S] = datevec(___)               ->  datevec(t, nargout=6)

    Parameters
    ----------
    D : scalar, array or text
        Serial date numbers or date text (see :func:`datenum`).
    formatIn, PivotYear
        As :func:`datenum`.

    Returns
    -------
    numpy.ndarray or DatevecResult
        One output: an ``(m, 6)`` array, one row per date (serial numbers in MATLAB's
        column order). Several: the parts, each shaped like the serial numbers
        (a column for text).

    Notes
    -----
    The seconds are rounded to the resolution a serial number of that size carries
    (about 10 microseconds today), so whole seconds come back whole. Serial numbers
    in ``[0, 1)`` have year, month and day 0 (MATLAB prints ``datestr(0)`` as
    ``00-Jan-0000``); Octave gives 31-Dec of year -1.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.datevec(730486.75).tolist()
    [[2000.0, 1.0, 1.0, 18.0, 0.0, 0.0]]
    >>> y, m, d = matlab.datevec('03/01/2000', nargout=3)
    >>> float(y[0]), float(m[0]), float(d[0])
    (2000.0, 3.0, 1.0)
    """
    if isinstance(D, Datetime):                  # datevec(t): its components
        parts = D._vector_parts()
        if nargout <= 1:
            return np.column_stack([p.ravel(order="F") for p in parts])
        return DatevecResult.first(nargout, *parts)
    args = list(args)
    at_most_inputs(args, 2)
    if _is_text(D):
        fmt, pivot = _format_and_pivot(args)
        rows = core.parse_dates(_texts(D)[0], fmt or None, pivot)
        if nargout <= 1:
            return rows
        return DatevecResult.first(nargout, *(rows[:, k].copy() for k in range(6)))
    t = _numbers(D, "t")
    parts = core.parts_from_serial(t)
    if nargout <= 1:
        flat = t.ravel(order="F")
        return np.column_stack([p.ravel(order="F") for p in parts]).reshape(flat.size, 6)
    return DatevecResult.first(nargout, *parts)


# ------------------------------------------------------------------------- the clock
@matlab_function("now")
def now():
    """The current local date and time as a serial date number, as MATLAB's ``now``.

    MATLAB call form: ``t = now`` -> ``now()``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.now() > 738000               # some day after 2020
    True
    """
    return core.now_serial()


@matlab_function("clock")
def clock():
    """The current local date and time as a date vector, as MATLAB's ``clock``.

    MATLAB call form: ``c = clock`` -> ``clock()``, a 1-by-6 array ``[Y M D H MI S]``
    (the seconds with their fraction).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.clock().shape
    (1, 6)
    """
    return core.clock_vector().reshape(1, 6)


@matlab_function("date")
def date():
    """Today's date as text ``'dd-mmm-yyyy'``, as MATLAB's ``date``.

    MATLAB call form: ``s = date`` -> ``date()``: ``datestr`` format 1 of today (the
    day of ``clock``), e.g. ``'05-Dec-2026'``; English month abbreviations whatever the
    locale, as MATLAB's ``datestr`` writes them.

    Differences from ``datetime.date.today().strftime('%d-%b-%Y')``: ``%b`` follows the
    locale; MATLAB's month names do not.

    Examples
    --------
    >>> import re
    >>> from compat import matlab
    >>> bool(re.fullmatch(r"\\d\\d-[A-Z][a-z]{2}-\\d{4}", matlab.date()))
    True
    """
    c = core.clock_vector().ravel()
    return datestr(datenum(float(c[0]), float(c[1]), float(c[2])), 1)


def _datevec_rows(value, name: str) -> np.ndarray:
    a = _numbers(value, name)
    a = a.reshape(1, -1) if a.ndim <= 1 else a
    if a.ndim != 2 or a.shape[1] != 6:
        raise CompatValueError(f"{name} must be a date vector: 6 columns [Y M D H MI S]")
    return a


@matlab_function("etime")
def etime(t1, t0):
    """Seconds from date vector ``t0`` to ``t1``, as MATLAB's ``etime``.

    MATLAB call form: ``e = etime(t1, t0)`` -> ``etime(t1, t0)``.

    ``86400 * (datenum(t1(:,1:3)) - datenum(t0(:,1:3))) + (t1(:,4:6) - t0(:,4:6)) *
    [3600; 60; 1]``: the whole days and the time of day kept apart, so no precision is
    lost to large serial numbers (unlike ``86400 * (datenum(t1) - datenum(t0))``).
    Rows of ``t1`` and ``t0`` pair up (or one is a single row).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.etime([2000, 1, 2, 0, 0, 1.5], [1999, 12, 31, 23, 59, 59])
    86402.5
    """
    a, b = _datevec_rows(t1, "t1"), _datevec_rows(t0, "t0")
    if a.shape[0] != b.shape[0] and 1 not in (a.shape[0], b.shape[0]):
        raise CompatValueError("t1 and t0 must have the same number of rows")
    a, b = np.broadcast_arrays(a, b)
    out = core.elapsed_seconds(a, b)
    return float(out[0]) if out.size == 1 else out


_TIC = []


@matlab_function("tic")
def tic():
    """Start a stopwatch, as MATLAB's ``tic``.

    MATLAB call forms: ``tic`` -> ``tic()``; ``timerVal = tic`` -> ``timerVal = tic()``.
    Returns the timer value (``uint64`` microseconds of a monotonic clock) for
    ``toc(timerVal)``; ``toc()`` reads the most recent ``tic``. (MATLAB's
    ``timerVal = tic`` leaves the timer of ``toc()`` alone; Python cannot tell the two
    forms apart, so every ``tic()`` starts it.)

    Examples
    --------
    >>> from compat import matlab
    >>> t0 = matlab.tic()
    >>> 0 <= matlab.toc(t0) < 60
    True
    """
    value = np.uint64(core.monotonic_microseconds())
    _TIC[:] = [value]
    return value


@matlab_function("toc")
def toc(timerVal=None):
    """Seconds since a ``tic``, as MATLAB's ``toc``.

    MATLAB call forms: ``elapsedTime = toc`` -> ``toc()``; ``toc(timerVal)``.
    MATLAB's ``toc`` without an output prints ``Elapsed time is ... seconds.``; compat
    returns the number (print it if you want the message).

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.tic()
    >>> matlab.toc() >= 0
    True
    """
    if timerVal is None:
        if not _TIC:
            raise CompatValueError("You must call TIC without an output argument before "
                                   "calling TOC without an input argument.")
        start = int(_TIC[0])
    else:
        value = np.asarray(timerVal)
        if value.dtype != np.uint64 or value.size != 1:
            raise CompatValueError("Timer value must be a uint64 scalar returned by TIC.")
        start = int(value.ravel()[0])
    return (core.monotonic_microseconds() - start) / 1e6


# ------------------------------------------------------------------------ calendars
@matlab_function("weekday", nargout=2)
def weekday(D, *args, nargout=1):
    """Day of the week, as MATLAB's ``weekday``.

    MATLAB call forms::

        DayNumber = weekday(D)                          ->  weekday(730486)
        [DayNumber, DayName] = weekday(D)               ->  weekday(730486, nargout=2)
        [DayNumber, DayName] = weekday(D, 'long')       (full names)
        ... weekday(D, 'local')                         (English names)

    ``DayNumber`` is 1 (Sunday) to 7 (Saturday): ``mod(fix(D) - 2, 7) + 1`` (MathWorks'
    weekday.m; Octave 7.3 floors instead of truncating, which differs for negative
    fractional serial numbers: recorded). ``D`` may be serial numbers or date text.
    ``DayName`` is a char row (one date) or char matrix of ``'Sun'`` ... (``'long'``:
    ``'Sunday'`` ...).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.weekday(730486)
    7.0
    >>> matlab.weekday('19-May-2001', 'long', nargout=2)
    WeekdayResult(DayNumber=7.0, DayName='Saturday')
    """
    if isinstance(D, Datetime):
        D = D._serial()
    long = False
    for option in args:
        if not isinstance(option, str):
            raise CompatTypeError("Options must be 'short', 'long', 'local' or 'en_US'.")
        key = option.lower()
        if key == "long":
            long = True
        elif key not in ("short", "local", "en_us"):
            raise CompatValueError(f"Unknown option '{option}': 'short', 'long', 'local' "
                                   "or 'en_US'.")
    if _is_text(D):
        texts, single = _texts(D)
        t = core.serial_from_parts(*core.parse_dates(texts, None, None).T)
        scalar = single
    else:
        t = _numbers(D, "D")
        scalar = t.ndim == 0
    numbers = core.weekday_numbers(t).astype(np.float64)
    number = float(numbers.ravel()[0]) if scalar or numbers.size == 1 and \
        numbers.ndim == 0 else numbers
    if nargout == 1:
        return number
    names = [core.WEEKDAYS[k - 1] if long else core.WEEKDAYS[k - 1][:3]
             for k in numbers.ravel(order="F").astype(int)]
    if len(names) == 1:
        text = names[0]
    else:
        width = max(len(n) for n in names)
        text = np.array([n.ljust(width) for n in names], dtype=f"<U{width}")
    return WeekdayResult.first(2, number, text)


_UNITS = ("year", "month", "day", "hour", "minute", "second", "millisecond")


@matlab_function("addtodate")
def addtodate(R, Q, F):
    """Add a quantity of a date unit to serial date numbers, as MATLAB's ``addtodate``.

    MATLAB call form: ``R = addtodate(D, Q, F)`` -> ``addtodate(D, Q, 'month')``.

    ``F`` is ``'year'``, ``'month'``, ``'day'``, ``'hour'``, ``'minute'``, ``'second'``
    or ``'millisecond'``, or the start of one, case-insensitive (the first match in that
    order: ``'m'`` is month, ``'mi'`` minute). Adding months moves the calendar date (a
    day beyond the new month's end becomes its last day: 31-Jan plus a month is 28-Feb
    or 29-Feb); adding years keeps month and day (29-Feb-2000 plus a year is
    1-Mar-2001, as Octave 7.3; MATLAB's addtodatemx does not document the case); the
    other units add their length in days. A fractional ``Q`` is truncated with
    MATLAB's warning. MATLAB takes scalars; compat also takes arrays of ``D`` or ``Q``.

    Sources: MathWorks' addtodate.m (field matching, the truncation warning, the error
    texts); checked against Octave 7.3 (reference_outputs/matlab/dates).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.datestr(matlab.addtodate(matlab.datenum(2001, 1, 31), 1, 'month'))
    '28-Feb-2001'
    """
    if not isinstance(F, str):
        raise CompatTypeError("Date field must be a char string.")
    key = F.lower()
    unit = next((u for u in _UNITS if key and u.startswith(key)), None)
    if unit is None:
        raise CompatValueError(f'Date field "{F}" is invalid. Date field must be one of '
                               f'{{ {" ".join(_UNITS)} }}.')
    d = _numbers(R, "D")
    q = _numbers(Q, "Q")
    if np.any(q != np.fix(q)):
        first = float(q.ravel()[np.argmax(q.ravel() != np.fix(q.ravel()))])
        issue_warning(NonIntegerValueWarning(
            f"Non-integer valued quantities are not supported.  {first:f} will be "
            f"truncated to {int(np.fix(first))}.", "MATLAB:addtodate:NonIntegerValue"))
        q = np.fix(q)
    out = core.add_to_dates(d, q, unit)
    return float(out) if out.ndim == 0 else out


@matlab_function("eomday")
def eomday(Y, M):
    """Last day of the month, as MATLAB's ``eomday``.

    MATLAB call form: ``E = eomday(Y, M)`` -> ``eomday(2000, 2)``; ``Y`` and ``M`` of
    equal sizes or scalars. Leap years of the proleptic Gregorian calendar (every
    fourth year, not centuries unless divisible by 400; year 0 is one).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.eomday([1900, 2000, 2024], 2)
    array([28., 29., 29.])
    """
    y = _numbers(Y, "Y")
    m = _numbers(M, "M")
    if np.any((m < 1) | (m > 12) | (m != np.fix(m))):
        raise CompatValueError("Month M must be a whole number from 1 to 12.")
    try:
        out = core.end_of_month(y, m)
    except ValueError:
        raise CompatValueError("Y and M must be the same size or scalars.") from None
    return float(out) if out.ndim == 0 else out
