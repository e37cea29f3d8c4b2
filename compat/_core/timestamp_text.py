"""ISO 8601 date/time text written from calendar fields, as IDL's TIMESTAMP writes it.

The inverse of :mod:`compat._core.iso_timestamps` (which reads such text). The rules are
IDL's (IDL Reference Guide, TIMESTAMP, IDL 8.2+, and the behaviour of IDL's library file
``lib/timestamp.pro``, Exelis VIS 2012-2015, whose header documents the keywords; read
for the facts below, no code taken):

* ``zero`` gives ``'0000-00-00T00:00:00Z'`` whatever else is given.
* A missing year, month or day is the current one (UTC, or the local date when an
  offset is given); with no field at all, the current hour, minute and second too.
* Every field is a scalar or an array; arrays must all have the same number of
  elements, scalars go with every element; the result is a scalar for one element and
  a 1-D array of the common length otherwise.
* No hour, minute or second: the date alone, ``YYYY-MM-DD`` (offset and ``utc``
  ignored). Otherwise the missing ones are 0 and the text is
  ``YYYY-MM-DDTHH:MM:SS[.D]`` followed by ``Z`` or the offset.
* The seconds are written by their type: FLOAT with 5 decimals, DOUBLE with 14,
  integers with none; trailing zeros and then a bare decimal point are removed.
* The offset is written ``+HH:MM`` / ``-HH:MM`` from its truncated whole hours (IDL's
  ``FIX``, formats ``(I02)`` and ``(I03)``) and the truncated minutes of its fraction;
  an offset of 0 is ``Z``. ``utc`` converts the time to UTC (Julian date minus the
  offset, back through CALDAT; the seconds keep their written value) and writes ``Z``.
* Ranges: year 1000-9999, month 1-12, day 1-31, hour 0-23, minute 0-59,
  0 <= second < 60, offset -12..14 (the last four only when a time is written).

API: :func:`timestamps`.
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_dates
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_format import format_text

__all__ = ["timestamps", "ZERO_TIMESTAMP"]

#: the text of ``zero=True``
ZERO_TIMESTAMP = "0000-00-00T00:00:00Z"

_DATE_FIELDS = ("year", "month", "day")
_TIME_FIELDS = ("hour", "minute", "second")


def _text(fmt: str, values: np.ndarray) -> np.ndarray:
    """IDL's STRING(values, FORMAT=fmt): one record per element, 1-D."""
    return format_text(fmt, [np.asarray(values).reshape(-1)])


def _second_format(dtype: np.dtype) -> str:
    if dtype == np.float32:
        return "(D08.5)"
    if dtype == np.float64:
        return "(D017.14)"
    return "(D03.0)"


def _strip_zeros(texts: np.ndarray) -> np.ndarray:
    """Trailing zeros off, then one trailing decimal point (the D formats always write a
    point, so the integer part is never reached)."""
    out = []
    for t in texts.tolist():
        t = t.rstrip("0")
        if t.endswith("."):
            t = t[:-1]
        out.append(t)
    return np.array(out, dtype=str)


def _offset_text(offset: np.ndarray) -> np.ndarray:
    """``Z``, ``+HH:MM`` or ``-HH:MM`` of each offset in hours, by IDL's truncations:
    whole hours FIX(offset) written (I02) after a '+' or (I03) with its sign, minutes
    FIX(ABS(offset MOD 1) * 60) in the offset's own type."""
    whole = np.trunc(offset).astype(np.int16) if offset.dtype.kind == "f" else \
        offset.astype(np.int16)
    if offset.dtype.kind == "f":
        minutes = np.trunc(np.abs(np.fmod(offset, offset.dtype.type(1)))
                           * offset.dtype.type(60)).astype(np.int16)
    else:
        minutes = np.zeros(offset.shape, np.int16)
    plus = np.char.add("+", _text("(I02)", whole))
    minus = _text("(I03)", whole)
    hours = np.where(offset.reshape(-1) > 0, plus, minus)
    text = np.char.add(np.char.add(hours, ":"), _text("(I02)", minutes))
    return np.where(offset.reshape(-1) == 0, "Z", text)


def _check(name: str, a: np.ndarray, outside, message: str):
    """IDL's range check: ``outside(a)`` true anywhere raises ``message``."""
    if a.dtype.kind == "f" and np.any(np.isnan(a)):
        raise CompatValueError(f"{name.upper()} must not be NaN (compat's message: "
                               "IDL's range checks let NaN through into the text)")
    if np.any(outside(a)):
        raise CompatValueError(message)


def timestamps(*, year=None, month=None, day=None, hour=None, minute=None, second=None,
               offset=None, utc: bool = False, zero: bool = False, clock=None):
    """ISO 8601 texts of calendar fields (module docstring for the rules).

    Each field is None (not given) or a numeric ndarray of an IDL type (0-d for a
    scalar). ``clock(utc)`` returns the current Julian date (UTC when ``utc`` is true,
    local time otherwise); it is called only when a date field is missing. Returns a
    ``str`` for one element, else a 1-D ``str`` array.
    """
    if zero:
        return ZERO_TIMESTAMP
    fields = dict(year=year, month=month, day=day, hour=hour, minute=minute,
                  second=second, offset=offset)
    for name, value in fields.items():
        if value is not None and value.dtype.kind not in "biuf":
            if name == "month":
                raise CompatValueError("Month must contain numbers between 1 and 12.")
            raise CompatTypeError(f"{name.upper()} must be a number or an array of "
                                  f"numbers, got {value.dtype} (compat's message)")
    if any(fields[n] is None for n in _DATE_FIELDS):
        now = np.float64(clock(offset is None))
        cm, cd, cy, ch, cmi, cs = idl_dates.caldat(now)
        current = dict(year=cy, month=cm, day=cd)
        if all(fields[n] is None for n in _DATE_FIELDS + _TIME_FIELDS):
            fields.update(hour=ch, minute=cmi, second=cs)
    counts = {name: (0 if v is None else np.asarray(v).size) for name, v in fields.items()}
    n = max(max(counts.values()), 1)

    def spread(name, value, dtype=None):
        a = np.asarray(value) if dtype is None else np.asarray(value, dtype=dtype)
        if a.size not in (1, n):
            raise CompatValueError("Inconsistent array dimensions.")
        return np.broadcast_to(a.reshape(-1), (n,))

    for name in _DATE_FIELDS:
        if fields[name] is None:
            fields[name] = np.full(n, current[name], dtype=np.int32)
        fields[name] = spread(name, fields[name])
    # the comparisons timestamp.pro makes (LE 0 / GT 12 etc.: 0.5 passes as a month)
    _check("year", fields["year"], lambda a: (a < 1000) | (a > 9999),
           "Years must have four digits.")
    _check("month", fields["month"], lambda a: (a <= 0) | (a > 12),
           "Month must contain numbers between 1 and 12.")
    _check("day", fields["day"], lambda a: (a <= 0) | (a > 31),
           "Day must contain numbers between 1 and 31.")
    date_only = all(counts[name] == 0 for name in _TIME_FIELDS)
    if not date_only:
        for name in _TIME_FIELDS:
            if fields[name] is None:
                fields[name] = np.zeros(n, dtype=np.int32)
            fields[name] = spread(name, fields[name])
        if fields["offset"] is None:
            fields["offset"] = np.zeros(n, dtype=np.float64)
            one_offset = n == 1
        else:
            one_offset = counts["offset"] == 1
            fields["offset"] = spread("offset", fields["offset"])
        _check("hour", fields["hour"], lambda a: (a < 0) | (a > 23),
               "Hour must contain numbers between 0 and 23.")
        _check("minute", fields["minute"], lambda a: (a < 0) | (a > 59),
               "Minute must contain numbers between 0 and 59.")
        _check("second", fields["second"], lambda a: (a < 0.0) | (a >= 60.0),
               "Second must contain numbers greater than or equal to 0.0 and less than "
               "60.0")
        _check("offset", fields["offset"], lambda a: (a < -12) | (a > 14),
               "UTC offset must contain numbers between -12 and +14.")
    y, mo, d = fields["year"], fields["month"], fields["day"]
    if utc and not date_only:
        julian = idl_dates.julday(mo, d, y, fields["hour"], fields["minute"],
                                  fields["second"])
        julian = julian - fields["offset"].astype(np.float64) / 24.0
        mo, d, y, hh, mi = idl_dates.caldat(julian)[:5]
    elif not date_only:
        hh, mi = fields["hour"], fields["minute"]
    text = np.char.add(_text("(I4)", y), "-")
    text = np.char.add(np.char.add(text, _text("(I02)", mo)), "-")
    text = np.char.add(text, _text("(I02)", d))
    if not date_only:
        clock_text = np.char.add(np.char.add(_text("(I02)", hh), ":"),
                                 np.char.add(_text("(I02)", mi), ":"))
        sec = fields["second"]
        seconds = _strip_zeros(_text(_second_format(sec.dtype), sec))
        text = np.char.add(np.char.add(np.char.add(text, "T"), clock_text), seconds)
        if utc:
            zone = np.full(n, "Z")
        else:
            offset = fields["offset"]
            zone = _offset_text(offset[:1]) if one_offset else _offset_text(offset)
            zone = np.broadcast_to(zone, (n,))
        text = np.char.add(text, zone)
    # the narrowest str dtype holding the texts (np.where widened it to the longest form)
    return str(text[0]) if n == 1 else np.array(text.tolist(), dtype=str)

