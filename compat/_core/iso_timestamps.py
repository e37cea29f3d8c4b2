"""ISO 8601 date/time text, as IDL's TIMESTAMPTOVALUES reads it (vectorised over text).

The forms (IDL Reference Guide, TIMESTAMP and TIMESTAMPTOVALUES, IDL 8.5)::

    YYYY-MM-DD
    YYYY-MM-DDTHH:MM:SS[.D]Z
    YYYY-MM-DDTHH:MM:SS[.D]+oo[:mm]      (or -oo[:mm])

``D`` is a decimal fraction of the second, ``Z`` is UTC (offset 0), ``oo`` the offset in
hours and ``mm`` an optional partial hour in minutes, both with the sign in front of
``oo`` (ISO 8601: ``-01:15`` is an hour and a quarter behind UTC, -1.25 hours). A time
without ``Z`` or an offset is taken at offset 0; a blank may stand for the ``T``.

API: :func:`parse` -- the fields of each text as numpy arrays.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["parse", "FIELDS"]

#: the fields, in the order :func:`parse` returns them
FIELDS = ("year", "month", "day", "hour", "minute", "second", "offset")

_FORM = re.compile(r"""\s*(?P<year>[+-]?\d{4,})-(?P<month>\d{2})-(?P<day>\d{2})
    (?:[T ](?P<hour>\d{2}):(?P<minute>\d{2}):(?P<second>\d{2}(?:\.\d*)?)
       (?P<zone>Z|[+-]\d{2}(?::?\d{2})?)?)?\s*""", re.VERBOSE)


def _one(text: str) -> tuple:
    m = _FORM.fullmatch(text)
    if m is None:
        raise CompatValueError(f"{text!r} is not an ISO 8601 date/time of the forms "
                               "YYYY-MM-DD, YYYY-MM-DDTHH:MM:SS[.D]Z or "
                               "YYYY-MM-DDTHH:MM:SS[.D]+oo[:mm]")
    year, month, day = int(m["year"]), int(m["month"]), int(m["day"])
    if m["hour"] is None:
        return year, month, day, 0, 0, 0.0, 0.0
    zone = m["zone"] or "Z"
    offset = 0.0
    if zone != "Z":
        sign = -1.0 if zone[0] == "-" else 1.0
        digits = zone[1:].replace(":", "")
        minutes = int(digits[2:]) if len(digits) > 2 else 0
        offset = sign * (int(digits[:2]) + minutes / 60.0)
    return year, month, day, int(m["hour"]), int(m["minute"]), float(m["second"]), offset


def parse(texts) -> tuple:
    """The fields (:data:`FIELDS`) of an array of ISO 8601 texts: year, month, day, hour,
    minute as int32, second and offset (hours from UTC) as float64, each of the texts'
    shape. A text not of the forms raises ``CompatValueError`` naming it."""
    texts = np.asarray(texts, dtype=str)
    rows = [_one(t) for t in texts.reshape(-1).tolist()]
    out = []
    for k, name in enumerate(FIELDS):
        dtype = np.float64 if name in ("second", "offset") else np.int32
        out.append(np.array([r[k] for r in rows], dtype=dtype).reshape(texts.shape))
    return tuple(out)
