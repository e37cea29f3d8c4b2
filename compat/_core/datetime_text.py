"""MATLAB ``datetime`` / ``duration`` / ``calendarDuration`` text: formats and parsing.

The ``datetime`` format language is the Unicode LDML date pattern that MATLAB documents
for the ``Format`` property (MATLAB "Set Date and Time Display Format" and datetime
reference pages): runs of one letter are fields (``yyyy`` year, ``MM`` month, ``MMM``
its abbreviation, ``dd`` day, ``HH`` hour 0-23, ``hh`` 1-12, ``mm`` minute, ``ss``
second, ``SSS`` fractional seconds, ``eee``/``EEE`` weekday, ``a`` AM/PM, ``D`` day of
the year, ``Q`` quarter, ``G`` era, ``u`` ISO year, ``Z``/``z``/``x``/``X`` time zone),
text between single quotes is literal (``''`` is a quote), other characters are
literal. The English (en_US) names are used. Fractional seconds are truncated, not
rounded (the LDML rule: ``SSS`` of 12.3456 s is ``345``).

Duration formats (MATLAB duration reference, Format property): ``'y'``, ``'d'``,
``'h'``, ``'m'``, ``'s'`` show one number with its unit (``8.0183 hr``), and the clock
forms ``'dd:hh:mm:ss'``, ``'hh:mm:ss'``, ``'mm:ss'``, ``'hh:mm'``, optionally followed
by ``.S`` to ``.SSSSSSSSS`` fractional seconds.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.datetimes import days_from_civil, parts
from compat._core.errors import CompatValueError

__all__ = ["tokens", "format_instants", "parse_instants", "has_time_fields",
           "format_durations", "check_duration_format", "format_calendar",
           "MONTHS", "WEEKDAYS", "DEFAULT_FORMAT", "DEFAULT_DATE_FORMAT",
           "GUESS_FORMATS", "number_text"]

MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December")
WEEKDAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday",
            "Saturday")
DEFAULT_FORMAT = "dd-MMM-yyyy HH:mm:ss"
DEFAULT_DATE_FORMAT = "dd-MMM-yyyy"
#: formats tried, in order, for text without an InputFormat (MATLAB's datetime
#: reference lists these among the common formats it recognises)
GUESS_FORMATS = (
    "dd-MMM-yyyy HH:mm:ss", "dd-MMM-yyyy HH:mm:ss.SSS", "dd-MMM-yyyy",
    "yyyy-MM-dd HH:mm:ss.SSS", "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm",
    "yyyy-MM-dd'T'HH:mm:ss.SSS", "yyyy-MM-dd'T'HH:mm:ss", "yyyy-MM-dd",
    "MM/dd/yyyy HH:mm:ss", "MM/dd/yyyy HH:mm", "MM/dd/yyyy", "dd/MM/yyyy",
    "dd.MM.yyyy HH:mm:ss", "dd.MM.yyyy", "yyyy/MM/dd HH:mm:ss", "yyyy/MM/dd",
    "MMMM d, yyyy HH:mm:ss", "MMMM d, yyyy", "dd MMM yyyy HH:mm:ss", "dd MMM yyyy")

_LETTERS = set("GyuUQqMLwWdDFgEecahHkKmsSAzZOvVXxj")
_TIME_LETTERS = set("ahHkKmsSA")


def tokens(fmt: str) -> list:
    """``[(letter, count) | (None, literal)]`` of an LDML pattern."""
    out, i, n = [], 0, len(fmt)
    while i < n:
        c = fmt[i]
        if c == "'":
            if i + 1 < n and fmt[i + 1] == "'":
                out.append((None, "'"))
                i += 2
                continue
            j = fmt.find("'", i + 1)
            while j != -1 and j + 1 < n and fmt[j + 1] == "'":
                j = fmt.find("'", j + 2)
            if j == -1:
                raise CompatValueError(f"unterminated quoted text in format {fmt!r}")
            out.append((None, fmt[i + 1:j].replace("''", "'")))
            i = j + 1
        elif c.isascii() and c.isalpha():
            if c not in _LETTERS:
                raise CompatValueError(f"unrecognized format letter {c!r} in {fmt!r}; "
                                       "quote literal letters ('T')")
            j = i
            while j < n and fmt[j] == c:
                j += 1
            out.append((c, j - i))
            i = j
        else:
            out.append((None, c))
            i += 1
    return out


def has_time_fields(fmt: str) -> bool:
    """True when the pattern shows a time of day."""
    return any(letter in _TIME_LETTERS for letter, _ in tokens(fmt) if letter)


def _pad(values, width: int) -> list:
    return [f"{int(v):0{width}d}" if v >= 0 else f"-{int(-v):0{width}d}" for v in values]


def _field(letter: str, count: int, p: dict, zone: str) -> list:
    y, m, d = p["year"], p["month"], p["day"]
    h, mi, s = p["hour"], p["minute"], p["second"]
    if letter == "y":
        era_year = np.where(y > 0, y, 1 - y)
        if count == 2:
            return [f"{int(v) % 100:02d}" for v in era_year]
        return _pad(era_year, count)
    if letter in "uU":
        if count == 2:
            return [f"{int(abs(v)) % 100:02d}" for v in y]
        return _pad(y, count)
    if letter == "G":
        return ["CE" if v > 0 else "BCE" for v in y] if count < 4 else \
            ["Common Era" if v > 0 else "Before Common Era" for v in y]
    if letter in "Qq":
        q = ((m - 1) // 3 + 1).astype(int)
        if count <= 2:
            return _pad(q, count)
        if count == 3:
            return [f"Q{v}" for v in q]
        return [("1st", "2nd", "3rd", "4th")[v - 1] + " quarter" for v in q]
    if letter in "ML":
        if count <= 2:
            return _pad(m, count)
        names = [MONTHS[int(v) - 1] for v in m]
        return [n[:3] if count == 3 else n if count == 4 else n[0] for n in names]
    if letter == "d":
        return _pad(d, count)
    if letter == "D":
        start = days_from_civil(y.astype(np.int64), 1, 1)
        return _pad(p["days"] - start + 1, count)
    if letter in "eEc":
        dow = np.mod(p["days"] + 4, 7).astype(int)          # 0 = Sunday
        if letter in "ec" and count <= 2:
            return _pad(dow + 1, count)
        names = [WEEKDAYS[v] for v in dow]
        if count <= 3:
            return [n[:3] for n in names]
        return names if count == 4 else [n[0] for n in names]
    if letter == "a":
        return ["AM" if v < 12 else "PM" for v in h]
    if letter == "H":
        return _pad(h, count)
    if letter == "k":
        return _pad(np.where(h == 0, 24, h), count)
    if letter == "h":
        return _pad(np.where(np.mod(h, 12) == 0, 12, np.mod(h, 12)), count)
    if letter == "K":
        return _pad(np.mod(h, 12), count)
    if letter == "m":
        return _pad(mi, count)
    if letter == "s":
        return _pad(np.floor(s), count)
    if letter == "S":
        frac_ms = p["ms"] - np.floor(p["ms"] / 1000.0) * 1000.0   # ms within the second
        digits = np.floor(frac_ms * 10.0 ** (count - 3))
        return _pad(digits, count)
    if letter in "zZOvVXx":
        if not zone:
            return [""] * len(y)
        if letter == "z" or letter in "Vv":
            text = "UTC"
        elif letter == "O":
            text = "GMT"
        elif letter == "Z":
            text = "GMT" if count == 4 else "Z" if count == 5 else "+0000"
        elif letter == "X":
            text = "Z"
        else:
            text = "+00" if count == 1 else "+0000" if count in (2, 4) else "+00:00"
        return [text] * len(y)
    raise CompatValueError(f"the format letter {letter!r} is not supported")


def format_instants(hi, lo, fmt: str, zone: str = "") -> list:
    """The text of each instant (flat, C order) in the LDML pattern ``fmt``;
    ``'NaT'`` for NaT."""
    hi = np.asarray(hi, dtype=np.float64).ravel()
    lo = np.asarray(lo, dtype=np.float64).ravel()
    toks = tokens(fmt)
    nat = ~np.isfinite(hi)
    p = parts(np.where(nat, 0.0, hi), np.where(nat, 0.0, lo))
    pieces = [[text] * hi.size if letter is None else _field(letter, text, p, zone)
              for letter, text in toks]
    out = ["".join(col) for col in zip(*pieces)] if pieces else [""] * hi.size
    return ["NaT" if bad else text for bad, text in zip(nat, out)]


# --------------------------------------------------------------------- parsing
def _regex(fmt: str):
    groups, parts_re = [], []
    for letter, value in tokens(fmt):
        if letter is None:
            parts_re.append(re.escape(value))
            continue
        count = value
        if letter in "ML" and count >= 3:
            names = "|".join(n[:3] if count == 3 else n for n in MONTHS)
            parts_re.append(f"({names})")
        elif letter in "eEc" and (count >= 3 or letter == "E"):
            names = "|".join(n[:3] if count <= 3 else n for n in WEEKDAYS)
            parts_re.append(f"({names})")
        elif letter == "a":
            parts_re.append("(AM|PM|am|pm)")
        elif letter == "G":
            parts_re.append("(CE|BCE|AD|BC)")
        elif letter == "S":
            parts_re.append(f"(\\d{{{count}}})")
        elif letter in "yu" and count != 2:
            parts_re.append("([+-]?\\d+)")
        elif letter in "zZXx":
            parts_re.append("(Z|UTC|GMT|[+-]\\d\\d:?(?:\\d\\d)?)")
        else:
            parts_re.append(f"(\\d{{1,{max(count, 2) if letter != 'D' else 3}}})")
        groups.append((letter, count))
    return re.compile("^\\s*" + "".join(parts_re) + "\\s*$", re.IGNORECASE), groups


def parse_instants(texts: list, fmt: str, pivot: int = 1950):
    """Instants of the texts read with the LDML pattern ``fmt``; None for a text that
    does not match (the caller decides: NaT or an error), else a tuple
    ``(y, mo, d, h, mi, s)``. Two-digit years ``yy`` fall in ``[pivot, pivot + 99]``;
    a format without a year takes the current year, without a month or day the 1st,
    without time fields midnight."""
    import datetime as _dt
    rx, groups = _regex(fmt)
    this_year = _dt.date.today().year
    out = []
    for text in texts:
        match = rx.match(text)
        if not match:
            out.append(None)
            continue
        y, mo, d, h, mi, s, frac, pm, doy = this_year, 1, 1, 0, 0, 0.0, 0.0, None, None
        for (letter, count), value in zip(groups, match.groups()):
            if letter in "yu":
                y = int(value)
                if count == 2:
                    y = pivot + (y - pivot % 100) % 100
            elif letter in "ML":
                if count >= 3:
                    key = value[:3].lower()
                    mo = [n[:3].lower() for n in MONTHS].index(key) + 1
                else:
                    mo = int(value)
            elif letter == "d":
                d = int(value)
            elif letter == "D":
                doy = int(value)
            elif letter in "Hk":
                h = int(value) % 24
            elif letter in "hK":
                h = int(value) % 12
            elif letter == "m":
                mi = int(value)
            elif letter == "s":
                s = float(value)
            elif letter == "S":
                frac = int(value) / 10 ** count
            elif letter == "a":
                pm = value.upper() == "PM"
        if pm is not None and pm:
            h += 12
        if doy is not None:
            mo, d = 1, doy
        if not (1 <= mo <= 12 and 1 <= d <= (366 if doy is not None else 31)
                and 0 <= h <= 23 and 0 <= mi <= 59 and 0 <= s < 60):
            out.append(None)                   # a field out of its range
            continue
        out.append((y, mo, d, h, mi, s + frac))
    return out


# ------------------------------------------------------------------- durations
_CLOCK = re.compile(r"^(dd:)?(hh:)?mm(:ss)?(\.S{1,9})?$|^(dd:)?hh:mm$|^(dd:)?hh:mm:ss(\.S{1,9})?$")
_UNIT_FORMATS = {"y": (365.2425 * 86_400_000.0, "yr", "yrs"),
                 "d": (86_400_000.0, "day", "days"), "h": (3_600_000.0, "hr", "hr"),
                 "m": (60_000.0, "min", "min"), "s": (1000.0, "sec", "sec")}


def check_duration_format(fmt: str) -> str:
    if fmt in _UNIT_FORMATS:
        return fmt
    base, _, frac = fmt.partition(".")
    if base in ("dd:hh:mm:ss", "hh:mm:ss", "mm:ss", "hh:mm") and \
            (not frac or (set(frac) == {"S"} and len(frac) <= 9 and base != "hh:mm")):
        return fmt
    raise CompatValueError(
        f"invalid duration format {fmt!r}: use 'y', 'd', 'h', 'm', 's', "
        "'dd:hh:mm:ss', 'hh:mm:ss', 'mm:ss' or 'hh:mm', optionally followed by "
        "'.S' to '.SSSSSSSSS'")


def number_text(value: float) -> str:
    """A number as MATLAB's short g display shows it (5 significant digits)."""
    if np.isnan(value):
        return "NaN"
    if np.isinf(value):
        return "Inf" if value > 0 else "-Inf"
    text = f"{value:.5g}"
    if "e" in text:
        mant, exp = text.split("e")
        text = f"{mant}e{exp[0]}{int(exp[1:]):02d}"
    return text


def format_durations(ms, fmt: str) -> list:
    """Text of durations (milliseconds, flat) in a duration Format."""
    ms = np.asarray(ms, dtype=np.float64).ravel()
    out = []
    if fmt in _UNIT_FORMATS:
        scale, one, many = _UNIT_FORMATS[fmt]
        for v in ms:
            x = v / scale
            if np.isnan(x):
                out.append("NaN")
                continue
            unit = one if x == 1 else many
            out.append(f"{number_text(x)} {unit}")
        return out
    base, _, frac = fmt.partition(".")
    fields = base.split(":")
    for v in ms:
        if np.isnan(v):
            out.append("NaN")
            continue
        if np.isinf(v):
            out.append("Inf" if v > 0 else "-Inf")
            continue
        sign = "-" if v < 0 else ""
        a = abs(v)
        unit_ms = 1000.0 / 10 ** len(frac) if frac else 1000.0
        if base == "hh:mm":
            unit_ms = 60_000.0
        ticks = int(np.floor(a / unit_ms + 1e-9))
        sub = ticks % (10 ** len(frac)) if frac else 0
        whole_s = ticks // (10 ** len(frac)) if frac else ticks
        if base == "hh:mm":
            whole_s = ticks * 60
        values = {}
        rest = whole_s
        for name, size in (("dd", 86400), ("hh", 3600), ("mm", 60), ("ss", 1)):
            if name in fields and name == fields[0]:
                values[name] = rest // size
                rest = rest % size
            elif name in fields:
                values[name] = rest // size
                rest = rest % size
        text = ":".join(f"{values[f]:02d}" for f in fields)
        if frac:
            text += "." + f"{sub:0{len(frac)}d}"
        out.append(sign + text)
    return out


def format_calendar(months, days, ms) -> list:
    """calendarDuration text: '1y 2mo 20d 3h 4m 5s' with the zero parts left out."""
    out = []
    for mo, d, t in zip(*(np.asarray(v, dtype=np.float64).ravel()
                          for v in (months, days, ms))):
        if np.isnan(mo) or np.isnan(d) or np.isnan(t):
            out.append("NaN")
            continue
        pieces = []
        y, m = int(np.trunc(mo / 12)), int(mo - 12 * np.trunc(mo / 12))
        if y:
            pieces.append(f"{y}y")
        if m:
            pieces.append(f"{m}mo")
        if d:
            pieces.append(f"{int(d)}d")
        if t:
            sign = -1 if t < 0 else 1
            a = abs(t)
            h = int(a // 3_600_000)
            mi = int((a - h * 3_600_000) // 60_000)
            s = (a - h * 3_600_000 - mi * 60_000) / 1000.0
            pieces += [f"{sign * h}h", f"{sign * mi}m", f"{number_text(sign * s)}s"]
        out.append(" ".join(pieces) if pieces else "0d")
    return out
