"""The value types of MATLAB's ``datetime``, ``duration`` and ``calendarDuration`` arrays.

Class-like objects with MATLAB's properties (``t.Year``, ``t.Format``, ``d.Format``)
and operators (``t + hours(2)``, ``t2 - t1``, ``t < t2``), over the Python-shaped cores
:mod:`compat._core.datetimes` (instants as double-double milliseconds) and
:mod:`compat._core.datetime_text` (formats). The public constructors are the MATLAB
functions of :mod:`compat.matlab.datetimes` and :mod:`compat.matlab.durations`.

Shapes follow numpy (a 1-D input gives a 1-D array, as the rest of compat.matlab);
indexing ``t[k]`` is numpy's 0-based indexing and returns an array of the same type.
"""

from __future__ import annotations

import datetime as _pydt

import numpy as np

from compat._core import datetimes as core
from compat._core import datetime_text as text
from compat._core.comparisons import ElementwiseComparisons
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_text import text_items

__all__ = ["Datetime", "Duration", "CalendarDuration", "is_time_array",
           "instants_of_texts", "relative_instant", "RELATIVE_WORDS"]

_DEFAULT, _DEFAULT_DATE = "default", "defaultdate"


def _numeric(value) -> np.ndarray | None:
    if isinstance(value, (bool, np.bool_)):
        return None
    if isinstance(value, (int, float, np.integer, np.floating)):
        return np.asarray(value, dtype=np.float64)
    if isinstance(value, (list, tuple)):
        try:
            a = np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError):
            return None
        return a
    if isinstance(value, np.ndarray) and value.dtype.kind in "iuf":
        return value.astype(np.float64)
    return None


def _display(items: list, shape: tuple, kind: str) -> str:
    if len(shape) == 0:
        return f"  {kind}\n\n   {items[0]}\n"
    dims = shape if len(shape) > 1 else (1, shape[0])
    head = "\u00d7".join(str(n) for n in dims) + f" {kind} array"
    if len(shape) > 2 or not items:
        return f"  {head}\n"
    width = max(len(s) for s in items)
    grid = np.array(items, dtype=object).reshape(dims)
    rows = ["   " + "   ".join(s.rjust(width) for s in row) for row in grid]
    return f"  {head}\n\n" + "\n".join(rows) + "\n"


class _TimeArray:
    """Shared array behaviour: shape, size, len, iteration, numpy-style indexing."""

    __array_priority__ = 1000   # numpy scalars/arrays defer to our operators
    _fields: tuple = ()

    def _with(self, **arrays):
        new = object.__new__(type(self))
        new.__dict__.update(self.__dict__)
        new.__dict__.update(arrays)
        return new

    @property
    def shape(self) -> tuple:
        return getattr(self, self._fields[0]).shape

    @property
    def size(self) -> int:
        return getattr(self, self._fields[0]).size

    @property
    def ndim(self) -> int:
        return len(self.shape)

    def __len__(self) -> int:
        if not self.shape:
            raise TypeError("len() of a scalar array")
        return self.shape[0]

    def __getitem__(self, key):
        return self._with(**{f: np.asarray(getattr(self, f)[key]) for f in self._fields})

    def __iter__(self):
        for k in range(len(self)):
            yield self[k]

    def reshape(self, *shape):
        return self._with(**{f: getattr(self, f).reshape(*shape) for f in self._fields})

    def ravel(self):
        return self.reshape(-1)

    @property
    def T(self):
        return self._with(**{f: getattr(self, f).T for f in self._fields})

    def char(self):
        """MATLAB ``char``: one text row per element (column-major order, padded)."""
        items = self._texts(order="F")
        if len(items) == 1:
            return items[0]
        width = max(len(s) for s in items)
        return np.array([s.ljust(width) for s in items])

    def string(self):
        """MATLAB ``string``: a numpy ``str`` array of the element texts."""
        return np.array(self._texts(), dtype=str).reshape(self.shape)

    def cellstr(self):
        items = np.array(self._texts(), dtype=object).reshape(self.shape)
        return items.tolist() if items.ndim else [items.item()]

    def _texts(self, order: str = "C") -> list:
        raise NotImplementedError

    def _undefined(self, what: str):
        raise CompatTypeError(f"{what} is not defined for {self.matlab_class} arrays")

    def sorted(self, descending: bool = False):
        self._undefined("sort")

    def extreme(self, largest: bool):
        self._undefined("max" if largest else "min")

    def differences(self):
        self._undefined("diff")

    def colon(self, step, stop):
        self._undefined("colon")

    def __str__(self):
        return self.__repr__()


# --------------------------------------------------------------------- datetime
class Datetime(ElementwiseComparisons, _TimeArray):
    """A MATLAB ``datetime`` array (unzoned, or in UTC).

    Properties as MATLAB's: ``Year``, ``Month``, ``Day``, ``Hour``, ``Minute``,
    ``Second`` (read and write, the other components kept, out-of-range values
    carried), ``Format`` (the LDML display pattern; ``'default'`` and
    ``'defaultdate'`` accepted), ``TimeZone`` (``''`` or ``'UTC'``).
    """

    _fields = ("_hi", "_lo")
    matlab_class = "datetime"

    def __init__(self, hi, lo, fmt: str = _DEFAULT, zone: str = ""):
        self._hi = np.asarray(hi, dtype=np.float64)
        self._lo = np.asarray(lo, dtype=np.float64)
        self._fmt = fmt
        self._zone = zone

    # --- properties
    @property
    def Format(self) -> str:
        if self._fmt == _DEFAULT:
            return text.DEFAULT_FORMAT
        if self._fmt == _DEFAULT_DATE:
            return text.DEFAULT_DATE_FORMAT
        return self._fmt

    @Format.setter
    def Format(self, value):
        value = str(value)
        if value.lower() in (_DEFAULT, _DEFAULT_DATE):
            self._fmt = value.lower()
        else:
            text.tokens(value)
            self._fmt = value

    @property
    def TimeZone(self) -> str:
        return self._zone

    def _parts(self):
        return core.parts(self._hi, self._lo)

    def _component(name):  # noqa: N805 - property factory
        def get(self):
            return self._parts()[name.lower()]

        def set_(self, value):
            p = self._parts()
            p[name.lower()] = np.broadcast_to(np.asarray(value, dtype=np.float64),
                                              self.shape)
            nat = ~np.isfinite(self._hi)
            hi, lo = core.from_parts(p["year"], p["month"], p["day"], p["hour"],
                                     p["minute"], p["second"])
            self._hi = np.where(nat, np.nan, hi)
            self._lo = np.where(nat, 0.0, lo)
        return property(get, set_, doc=f"The {name.lower()} of each element "
                        "(double; NaN for NaT).")

    Year = _component("Year")
    Month = _component("Month")
    Day = _component("Day")
    Hour = _component("Hour")
    Minute = _component("Minute")
    Second = _component("Second")
    del _component

    def _serial(self) -> np.ndarray:
        """MATLAB serial date numbers (what ``datenum(t)`` returns)."""
        return core.to_serial(self._hi, self._lo)

    def _vector_parts(self) -> tuple:
        p = self._parts()
        return tuple(p[k] for k in ("year", "month", "day", "hour", "minute", "second"))

    # --- text
    def _texts(self, order: str = "C") -> list:
        fmt = self.Format
        hi, lo = self._hi, self._lo
        if order == "F":
            hi, lo = hi.ravel(order="F"), lo.ravel(order="F")
        return text.format_instants(hi, lo, fmt, self._zone)

    def __repr__(self):
        return _display(self._texts(), self.shape, "datetime")

    # --- arithmetic
    def _other(self, other, name: str):
        if isinstance(other, Datetime):
            return other
        if isinstance(other, (str, list)) or (isinstance(other, np.ndarray)
                                              and other.dtype.kind == "U"):
            word = other.lower() if isinstance(other, str) else None
            if word in RELATIVE_WORDS:                  # 'now', 'today' ...
                return Datetime(*relative_instant(word))
            hi, lo, fmt = instants_of_texts(other, {})        # text is read
            return Datetime(hi, lo, fmt)
        raise CompatTypeError(f"{name}: cannot compare a datetime with "
                              f"{type(other).__name__}")

    def __add__(self, other):
        if isinstance(other, Duration):
            hi, lo = core.add_ms(*np.broadcast_arrays(self._hi, self._lo), other._ms)
            return self._with(_hi=hi, _lo=lo)
        if isinstance(other, CalendarDuration):
            hi, lo = core.add_calendar(self._hi, self._lo, other._months, other._days,
                                       other._ms)
            return self._with(_hi=hi, _lo=lo)
        number = _numeric(other)
        if number is not None:                 # a number of 24-hour days
            hi, lo = core.add_ms(*np.broadcast_arrays(self._hi, self._lo),
                                 number * core.MS_PER_DAY)
            return self._with(_hi=hi, _lo=lo)
        if isinstance(other, Datetime):
            raise CompatTypeError("plus: datetime values cannot be added to each other "
                                  "(subtract them for a duration)")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, Datetime):
            a_hi, a_lo, b_hi, b_lo = np.broadcast_arrays(self._hi, self._lo, other._hi,
                                                         other._lo)
            return Duration(core.difference_ms(a_hi, a_lo, b_hi, b_lo))
        if isinstance(other, (Duration, CalendarDuration)):
            return self + (-other)
        number = _numeric(other)
        if number is not None:
            return self + (-number)
        return NotImplemented

    def _cmp(self, other, op):
        other = self._other(other, "compare")
        a_hi, a_lo, b_hi, b_lo = np.broadcast_arrays(self._hi, self._lo, other._hi,
                                                     other._lo)
        d = core.difference_ms(a_hi, a_lo, b_hi, b_lo)
        with np.errstate(invalid="ignore"):
            return op(d, 0.0)

    # --- array functions used by compat.matlab's sort/min/max/diff/colon
    def _order(self):
        return np.lexsort((self._lo.ravel(), self._hi.ravel()))

    def sorted(self, descending: bool = False):
        """MATLAB ``sort`` of a vector (NaT last ascending, first descending)."""
        flat = self.ravel()
        idx = flat._order()
        if descending:
            nat = ~np.isfinite(flat._hi[idx])
            idx = np.concatenate([idx[nat], idx[~nat][::-1]])
        return flat[idx].reshape(self.shape), idx

    def extreme(self, largest: bool):
        """MATLAB ``min``/``max`` of all elements, NaT omitted (all NaT: NaT)."""
        flat = self.ravel()
        ok = np.isfinite(flat._hi)
        if not ok.any():
            return flat[0]
        idx = flat._order()
        idx = idx[ok[idx]]
        return flat[idx[-1] if largest else idx[0]]

    def differences(self):
        """MATLAB ``diff`` of a vector: the durations between neighbours."""
        flat = self.ravel()
        return flat[1:] - flat[:-1]

    def colon(self, step, stop):
        """MATLAB ``t1:step:t2`` with a duration, calendarDuration or day step."""
        if not isinstance(stop, Datetime):
            stop = self._other(stop, "colon")
        if isinstance(step, CalendarDuration):
            out_hi, out_lo, k = [], [], 0
            while True:
                h, lo = core.add_calendar(self._hi, self._lo, step._months * k,
                                          step._days * k, step._ms * k)
                if core.difference_ms(stop._hi, stop._lo, h, lo) < 0 or k > 10**7:
                    break
                out_hi.append(float(h))
                out_lo.append(float(lo))
                k += 1
            return self._with(_hi=np.array(out_hi), _lo=np.array(out_lo))
        ms = step._ms if isinstance(step, Duration) else \
            np.asarray(step, float) * core.MS_PER_DAY
        span = core.difference_ms(stop._hi, stop._lo, self._hi, self._lo)
        n = int(np.floor(span / ms * (1 + 1e-15) + 1e-10)) + 1 if ms != 0 else 0
        n = max(n, 0)
        hi, lo = core.add_ms(np.full(n, float(self._hi)), np.full(n, float(self._lo)),
                             np.arange(n) * float(ms))
        return self._with(_hi=hi, _lo=lo)


# --------------------------------------------------------------------- duration
class Duration(ElementwiseComparisons, _TimeArray):
    """A MATLAB ``duration`` array: fixed-length elapsed times (milliseconds as a
    double), with MATLAB's ``Format`` (default ``'hh:mm:ss'``)."""

    _fields = ("_ms",)
    matlab_class = "duration"

    def __init__(self, ms, fmt: str = "hh:mm:ss"):
        self._ms = np.asarray(ms, dtype=np.float64)
        self._fmt = text.check_duration_format(fmt)

    @property
    def Format(self) -> str:
        return self._fmt

    @Format.setter
    def Format(self, value):
        self._fmt = text.check_duration_format(str(value))

    def _texts(self, order: str = "C") -> list:
        return text.format_durations(self._ms.ravel(order=order), self._fmt)

    def __repr__(self):
        return _display(self._texts(), self.shape, "duration")

    def __neg__(self):
        return self._with(_ms=-self._ms)

    def __pos__(self):
        return self

    def __abs__(self):
        return self._with(_ms=np.abs(self._ms))

    def __add__(self, other):
        if isinstance(other, Duration):
            return self._with(_ms=self._ms + other._ms)
        if isinstance(other, (Datetime, CalendarDuration)):
            return other + self
        number = _numeric(other)
        if number is not None:                 # numbers are 24-hour days
            return self._with(_ms=self._ms + number * core.MS_PER_DAY)
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, (Duration, CalendarDuration)) or _numeric(other) is not None:
            return self + (-other if not isinstance(other, (int, float)) else -other)
        return NotImplemented

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        number = _numeric(other)
        if number is None:
            return NotImplemented
        return self._with(_ms=self._ms * number)

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, Duration):
            return self._ms / other._ms
        number = _numeric(other)
        if number is None:
            return NotImplemented
        return self._with(_ms=self._ms / number)

    def _cmp(self, other, op):
        if not isinstance(other, Duration):
            number = _numeric(other)
            if number is None:
                raise CompatTypeError("compare: a duration compares with durations or "
                                      "numbers (24-hour days)")
            other = Duration(number * core.MS_PER_DAY)
        return op(self._ms, other._ms)

    def sorted(self, descending: bool = False):
        flat = self._ms.ravel()
        idx = np.argsort(-flat if descending else flat, kind="stable")
        return self._with(_ms=flat[idx].reshape(self.shape)), idx

    def extreme(self, largest: bool):
        flat = self._ms.ravel()
        return self._with(_ms=np.asarray(np.nanmax(flat) if largest else np.nanmin(flat)))

    def differences(self):
        return self._with(_ms=np.diff(self._ms.ravel()))


# ------------------------------------------------------------- calendarDuration
class CalendarDuration(_TimeArray):
    """A MATLAB ``calendarDuration`` array: calendar months, calendar days and a time
    (milliseconds), added to a datetime in that order."""

    _fields = ("_months", "_days", "_ms")
    matlab_class = "calendarDuration"

    def __init__(self, months, days, ms):
        self._months, self._days, self._ms = (
            np.array(a, dtype=np.float64) for a in np.broadcast_arrays(
                np.asarray(months, float), np.asarray(days, float), np.asarray(ms, float)))

    def _texts(self, order: str = "C") -> list:
        return text.format_calendar(self._months.ravel(order=order),
                                    self._days.ravel(order=order),
                                    self._ms.ravel(order=order))

    def __repr__(self):
        return _display(self._texts(), self.shape, "calendarDuration")

    def __neg__(self):
        return CalendarDuration(-self._months, -self._days, -self._ms)

    def __add__(self, other):
        if isinstance(other, CalendarDuration):
            return CalendarDuration(self._months + other._months, self._days + other._days,
                                    self._ms + other._ms)
        if isinstance(other, Duration):
            return CalendarDuration(self._months, self._days, self._ms + other._ms)
        if isinstance(other, Datetime):
            return other + self
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, (CalendarDuration, Duration)):
            return self + (-other)
        return NotImplemented

    def __rsub__(self, other):
        return (-self) + other

    def __mul__(self, other):
        number = _numeric(other)
        if number is None:
            return NotImplemented
        if np.any(number != np.round(number)):
            raise CompatValueError("times: calendar durations can be multiplied only by "
                                   "integers")
        return CalendarDuration(self._months * number, self._days * number,
                                self._ms * number)

    __rmul__ = __mul__


def is_time_array(value) -> bool:
    """True for datetime, duration and calendarDuration arrays."""
    return isinstance(value, _TimeArray)


def instants_of_texts(value, opts: dict) -> tuple:
    """``(hi, lo, format)`` of date texts, as ``datetime(DateStrings, ...)`` reads them:
    ``opts`` may hold 'inputformat' and 'pivotyear' (lower-case keys); without an
    InputFormat the texts are tried against MATLAB's recognised formats in turn."""
    _, items, shape = text_items(value, "DateStrings")
    items = [s.strip() for s in items]
    pivot = int(opts.get("pivotyear", _pydt.date.today().year - 50))
    infmt = opts.get("inputformat")
    formats = [str(infmt)] if infmt is not None else list(text.GUESS_FORMATS)
    for fmt in formats:
        read = text.parse_instants(items, fmt, pivot)
        if all(r is not None or s in ("", "NaT") for r, s in zip(read, items)):
            break
    else:
        bad = next(s for s in items if s not in ("", "NaT"))
        if infmt is not None:
            raise CompatValueError(f"unable to convert {bad!r} to datetime using the "
                                   f"format {infmt!r}")
        raise CompatValueError(f"could not recognize the date/time format of {bad!r}; "
                               "specify it with 'InputFormat'")
    rows = [r if r is not None else (np.nan,) * 6 for r in read]
    y, mo, d, h, mi, s = (np.array(c, dtype=np.float64) for c in zip(*rows))
    hi, lo = core.from_parts(y, mo, d, h, mi, s)
    if shape is not None:
        hi, lo = hi.reshape(shape), lo.reshape(shape)
    else:
        hi, lo = hi.reshape(()), lo.reshape(())
    return hi, lo, _DEFAULT if text.has_time_fields(fmt) else _DEFAULT_DATE


#: datetime's relative texts and their whole-day offsets (None: the current instant)
RELATIVE_WORDS = {"now": None, "today": 0, "tomorrow": 1, "yesterday": -1}


def relative_instant(word: str, utc: bool = False) -> tuple:
    """``(hi, lo, format)`` of ``datetime('now'|'today'|'tomorrow'|'yesterday')``: the
    local clock, or UTC's for a 'UTC' time zone; the three day words start their day."""
    if utc:
        import time
        now = time.time()
        hi, lo = np.floor(now) * 1000.0, (now - np.floor(now)) * 1000.0
    else:
        hi, lo = core.now_ms()
    hi, lo = np.asarray(hi), np.asarray(lo)
    if RELATIVE_WORDS[word] is None:
        return hi, lo, _DEFAULT
    hi, lo = core.shift(hi, lo, "start", "day", RELATIVE_WORDS[word])
    return hi, lo, _DEFAULT_DATE
