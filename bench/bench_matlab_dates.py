"""MATLAB dates (issue 16): datevec, datenum, datestr, weekday vs Octave and plain Python.

Run: python bench/bench_matlab_dates.py [--repeat N] [--only TEXT] [--no-legacy]

The baselines are what a port would write without compat: ``datetime.fromordinal`` and
``strftime`` per date (Python's calendar counts from 1-Jan-0001, so the serial is the
ordinal plus 366, and ``strftime`` truncates seconds where MATLAB rounds).
"""

from __future__ import annotations

import datetime as dt

import numpy as np

from _harness import Case, run

from compat import matlab

rng = np.random.default_rng(16)
t = rng.uniform(700000.0, 750000.0, 20000).reshape(-1, 1)
small = t[:2000]
vectors = matlab.datevec(t)
texts = list(matlab.datestr(small, 31))


def python_datevec(t):
    out = []
    for x in t.ravel():
        day = dt.datetime.fromordinal(int(x) - 366) + dt.timedelta(days=float(x % 1))
        out.append((day.year, day.month, day.day, day.hour, day.minute,
                    day.second + day.microsecond / 1e6))
    return np.array(out)


def python_datestr(t):
    return [(dt.datetime.fromordinal(int(x) - 366) + dt.timedelta(days=float(x % 1)))
            .strftime("%Y-%m-%d %H:%M:%S") for x in t.ravel()]


def python_datenum(v):
    return np.array([dt.date(int(r[0]), int(r[1]), int(r[2])).toordinal() + 366 +
                     (r[3] * 3600 + r[4] * 60 + r[5]) / 86400 for r in v])


run("MATLAB dates vs Octave 7.3 and a datetime loop", "octave", [
    Case("datevec of 2e4 serials", {"t": t}, lambda t: matlab.datevec(t),
         legacy="v = datevec(t)", baseline=python_datevec),
    Case("datenum of 2e4 date vectors", {"v": vectors}, lambda v: matlab.datenum(v),
         legacy="n = datenum(v)", baseline=python_datenum),
    Case("datestr(t, 31) of 2e3 serials", {"t": small}, lambda t: matlab.datestr(t, 31),
         legacy="s = datestr(t, 31)", baseline=python_datestr),
    Case("datenum of 2e3 texts with a format", {"t": small},
         lambda t: matlab.datenum(texts, "yyyy-mm-dd HH:MM:SS"),
         setup="c = cellstr(datestr(t, 31));",
         legacy="n = datenum(c, 'yyyy-mm-dd HH:MM:SS')",
         baseline=lambda t: [dt.datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in texts]),
    Case("weekday of 2e4 serials", {"t": t}, lambda t: matlab.weekday(t),
         legacy="w = weekday(t)",
         baseline=lambda t: [dt.date.fromordinal(int(x) - 366).isoweekday() % 7 + 1
                             for x in t.ravel()]),
])
