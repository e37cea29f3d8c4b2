"""IDL SYSTIME, JULDAY, CALDAT, BIN_DATE, TIMEGEN and LABEL_DATE's codes: known values
from IDL's documentation, calendar rules, round trips, and random dates against live GDL
(goldens: reference_outputs/idl/dates)."""

from __future__ import annotations

import datetime
import os
import time

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl


@pytest.fixture
def phoenix(monkeypatch):
    """The local time zone of IDL's documentation samples (UTC-7 all year)."""
    monkeypatch.setenv("TZ", "MST7")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


# ------------------------------------------------------------------------- SYSTIME
def test_systime_documented_samples(phoenix):
    # IDL Reference Guide, SYSTIME: "Tue Jan 19 03:14:07 2038" (UTC) and the local
    # "Mon Jan 18 20:14:07 2038"; SYSTIME(ELAPSED=2000000000) "Tue May 17 20:33:20 2033"
    # and, /JULIAN, 2463735.3564814 (the samples' zone is UTC-7)
    assert idl.systime(0, 2147483647, utc=True) == "Tue Jan 19 03:14:07 2038"
    assert idl.systime(0, 2147483647) == "Mon Jan 18 20:14:07 2038"
    assert idl.systime(elapsed=2000000000) == "Tue May 17 20:33:20 2033"
    assert round(float(idl.systime(elapsed=2000000000, julian=True)), 7) == 2463735.3564815
    assert abs(idl.systime(elapsed=2000000000, julian=True) - 2463735.3564814) < 1e-7


def test_systime_now(phoenix):
    before = time.time()
    seconds = idl.systime(1)
    assert isinstance(seconds, np.float64) and before <= seconds <= time.time() + 1
    assert idl.systime(seconds=True) >= seconds
    text = idl.systime()
    assert len(text) == 24 and text == time.ctime(time.mktime(time.strptime(
        text, "%a %b %d %H:%M:%S %Y")))
    utc_jd = idl.systime(julian=True, utc=True)
    assert abs(utc_jd - (2440587.5 + time.time() / 86400)) < 1e-4
    assert abs((utc_jd - idl.systime(julian=True)) * 24 - 7) < 1e-3
    assert idl.systime(0, 5 * 86400, utc=True) == "Tue Jan  6 00:00:00 1970"
    assert idl.bin_date(idl.systime(0, 1e9, utc=True)).tolist() == [2001, 9, 9, 1, 46, 40]


# ------------------------------------------------------------------ JULDAY / CALDAT
def test_julday_rules():
    assert idl.julday(10, [4, 5, 15], 1582).tolist() == [2299160, 2299161, 2299161]
    assert idl.julday(1, 1, 2000).dtype == np.int32
    assert isinstance(idl.julday(1, 1, 2000), np.int32)
    assert idl.julday([1], 1, 2000).shape == (1,)
    # leap years: Julian calendar before 1582 (1500, -1, -5), Gregorian after (1900 not)
    feb29 = idl.julday(2, 29, [1500, 1900, 2000, -1, -5, -2])
    mar1 = idl.julday(3, 1, [1500, 1900, 2000, -1, -5, -2])
    assert (mar1 - feb29).tolist() == [1, 0, 1, 1, 1, 0]
    assert idl.julday(12, 31, -1) + 1 == idl.julday(1, 1, 1)     # no year 0
    assert idl.julday(1, 1, -4713) == 0
    # the proleptic Gregorian day count of datetime agrees from 15 October 1582 on
    d = datetime.date(1582, 10, 15)
    for k in range(0, 200000, 997):
        day = d + datetime.timedelta(days=k)
        assert idl.julday(day.month, day.day, day.year) == 2299161 + k
    jd = idl.julday(1, 1, 2000, 12)
    assert jd - 2451545 == np.spacing(2451545.0) or jd > 2451545  # IDL's offset
    r = idl.julday(np.ones((2, 3)), 1, [2000, 2001, 2002, 2003, 2004, 2005, 2006])
    assert r.shape == (2, 3) and r[1, 2] == idl.julday(1, 1, 2005)
    with pytest.raises(ValueError, match="JULDAY: There is no year zero in the civil"):
        idl.julday(1, 1, [1, 0])
    with pytest.raises(ValueError, match="JULDAY: Value of Julian date is out of allowed"):
        idl.julday(1, 1, -4802)
    with pytest.raises(ValueError, match="JULDAY: Incorrect number of arguments."):
        idl.julday(1, 1)
    with pytest.raises(TypeError, match="JULDAY: Month must be a number"):
        idl.julday("Jan", 1, 2000)
    assert abs(idl.julday() - idl.systime(julian=True)) < 1e-3


def test_caldat_round_trip_every_second_of_a_day():
    seconds = np.arange(0, 86400, 7)
    jd = idl.julday(3, 1, 2024, seconds // 3600, seconds // 60 % 60, seconds % 60)
    r = idl.caldat(jd, hour=True, minute=True, second=True)
    assert (r.hour == seconds // 3600).all() and (r.minute == seconds // 60 % 60).all()
    assert np.abs(r.second - seconds % 60).max() < 1e-4
    assert (r.day == 1).all() and (r.month == 3).all() and (r.year == 2024).all()
    assert r.second.dtype == np.float64 and r.hour.dtype == np.int32


def test_caldat_inverts_julday_over_the_whole_range():
    rng = np.random.default_rng(16)
    jdn = rng.integers(-31776, 1827933925, 5000)
    m, d, y = idl.caldat(jdn)
    assert (idl.julday(m, d, y) == jdn).all()
    assert (y != 0).all() and m.min() >= 1 and m.max() <= 12 and d.min() >= 1
    with pytest.raises(ValueError, match="CALDAT: Value of Julian date is out of allowed"):
        idl.caldat([0.0, -31777.0])
    values = np.array([2451545.0, 0.5])
    before = values.copy()
    idl.caldat(values.astype(">f8"), hour=True)
    assert (values == before).all()


# ------------------------------------------------------------------------ BIN_DATE
def test_bin_date():
    assert idl.bin_date("WED APR 03 04:04:04 2013").tolist() == [2013, 4, 3, 4, 4, 4]
    assert idl.bin_date("Fri Dec  4 05:48:20 2026").tolist() == [2026, 12, 4, 5, 48, 20]
    assert idl.bin_date("Xxx Foo  4 05:48:20 2026")[1] == 0
    assert idl.bin_date().dtype == np.int32 and idl.bin_date()[0] >= 2024
    with pytest.raises(ValueError, match="BIN_DATE: Ascii_Time must have the form"):
        idl.bin_date("yesterday")
    with pytest.raises(TypeError, match="BIN_DATE: Ascii_Time must be a string"):
        idl.bin_date(5)


# ------------------------------------------------------------------------- TIMEGEN
def test_timegen_units_and_steps():
    days = idl.timegen(366, start=idl.julday(1, 1, 2000))   # the Reference Guide's example
    assert days.shape == (366,) and idl.caldat(days[-1]).year == 2000
    assert np.allclose(np.diff(days), 1.0, atol=1e-9)
    hours = idl.timegen(20, units="Hours", step_size=12, start=idl.julday(1, 1, 2000, 0))
    r = idl.caldat(hours, hour=True)
    assert r.hour.tolist() == [0, 12] * 10 and r.day[-1] == 10
    grid = idl.timegen(60, 60, 24, start=idl.julday(1, 1, 2000, 0), units="Seconds")
    assert grid.shape == (24, 60, 60)
    r = idl.caldat(grid, hour=True, minute=True, second=True)
    assert (r.hour == np.arange(24)[:, None, None]).all()
    assert (r.minute == np.arange(60)[None, :, None]).all()
    assert np.abs(r.second - np.arange(60)[None, None, :]).max() < 1e-3
    months = idl.caldat(idl.timegen(start=idl.julday(1, 15, 1999),
                                    final=idl.julday(1, 15, 2000), units="months"))
    assert months.month.tolist() == list(range(1, 13)) + [1]
    assert idl.caldat(idl.timegen(3, start=idl.julday(2, 29, 2000), units="Y",
                                  step_size=4)).year.tolist() == [2000, 2004, 2008]
    minutes = idl.timegen(start=0.0, final=1 / 24, units="MINUTES", step_size=15)
    assert minutes.size == 5
    for bad, message in [({"units": "fortnights"}, "Illegal value for keyword UNITS."),
                         ({"months": [0, 13]}, r"Value is out of range \(1<=MONTH<=12\)")]:
        with pytest.raises(ValueError, match="TIMEGEN: " + message):
            idl.timegen(3, **bad)
    with pytest.raises(ValueError, match="TIMEGEN: Incorrect number of arguments"):
        idl.timegen()
    with pytest.raises(ValueError, match="TIMEGEN: Array dimensions must be greater"):
        idl.timegen(0)


def test_timegen_sub_intervals():
    # the Reference Guide's example 5: monthly intervals, 5 pm on the 1st and 15th
    t = idl.timegen(24, start=idl.julday(3, 20, 2023), days=[1, 15], hours=17)
    r = idl.caldat(t, hour=True, minute=True)
    assert t.size == 24 and (r.hour == 17).all() and (r.minute == 0).all()
    assert r.day.tolist() == [1, 15] * 12
    # DAYS replaces START's day: the sequence starts on 1 March 17:00 (timegen.pro
    # recomputes START from the first value of each unit)
    assert r.month.tolist()[:4] == [3, 3, 4, 4] and r.year[-1] == 2024
    # minutes within each hour, seconds within each minute
    t = idl.timegen(6, start=idl.julday(1, 1, 2000, 0), minutes=[0, 30], seconds=[0, 10])
    r = idl.caldat(t, hour=True, minute=True, second=True)
    assert r.hour.tolist() == [0, 0, 0, 0, 1, 1] and r.minute.tolist() == [0, 0, 30, 30, 0, 0]
    assert np.round(r.second).tolist() == [0, 10, 0, 10, 0, 10]
    # months within years, default UNITS from the largest sub-interval keyword
    t = idl.timegen(4, start=idl.julday(1, 1, 2001), months=[6, 12])
    r = idl.caldat(t)
    assert r.month.tolist() == [6, 12, 6, 12] and r.year.tolist() == [2001, 2001, 2002, 2002]
    # month ends: the day is moved back to the month's last day, leap years of both
    # calendars
    r = idl.caldat(idl.timegen(4, start=idl.julday(1, 31, 1500), units="M"))
    assert r.day.tolist() == [31, 29, 31, 30]
    r = idl.caldat(idl.timegen(3, start=idl.julday(2, 29, 1896), units="years", step_size=4))
    assert r.year.tolist() == [1896, 1900, 1904] and r.day.tolist() == [29, 28, 29]
    # across year 0, backwards
    r = idl.caldat(idl.timegen(3, start=idl.julday(6, 1, 2), units="Y", step_size=-1))
    assert r.year.tolist() == [2, 1, -1]
    back = idl.timegen(start=idl.julday(1, 10, 2000), final=idl.julday(1, 1, 2000),
                       step_size=-3)
    assert idl.caldat(back).day.tolist() == [10, 7, 4, 1]


# -------------------------------------------------------------------- LABEL_DATE
def test_label_date_codes():
    jd = idl.julday(12, 11, 1993, 15, 4, 5.25)
    f = idl.label_date_format
    assert f(jd, "%M %D, %Y") == "Dec 11, 1993"
    assert f(jd, "%D/%N/%Y %Z") == "11/12/1993 93"
    assert f(jd, "%H:%I:%S") == "15:04:05"
    assert f(jd, "%H:%I %A") == "03:04 pm" and f(jd - 0.5, "%H %A") == "03 am"
    assert f(idl.julday(1, 1, 2000, 0), "%H %A") == "12 am"
    assert f(jd, "%W %S%2") == "Sat 05.25" and f(jd, "%S%0") == "005"[-3:]
    assert f(jd, "%S%3") == "05.250"
    assert f(jd, "%W", days_of_week=list("SMTWTFS")) == "S"
    assert f(jd, "%M", months=[m.upper() for m in "abcdefghijkl"]) == "L"
    assert f(jd, "%A", am_pm=["AM", "PM"]) == "PM"
    assert f(jd, "100%% %Q") == "100% "
    assert f(40, "%N/%D", offset=idl.julday(1, 1, 1993)) == "02/10"
    assert f(idl.julday(1, 1, 2000, 10, 59, 59.9), "%H:%I") == "10:59"
    assert f(idl.julday(1, 1, 2000, 10, 59, 59.9), "%H:%I", round_up=True) == "11:00"
    assert f(idl.julday(3, 15, -44), "%D %M %Y") == "15 Mar   -44"
    assert f([jd, jd + 1], ["%D", "%M"], level=3).tolist() == ["Dec", "Dec"]
    assert f(np.array([[jd]]), "%D").shape == (1, 1)


# ----------------------------------------------------------------------- live GDL
_CALDAT_PART = """function compat_caldat_part, j, k
  caldat, j, m, d, y, h, mi, s
  case k of
    0: return, m
    1: return, d
    2: return, y
    3: return, h
    4: return, mi
    else: return, s
  endcase
end
"""


@pytest.mark.gdl
def test_julday_caldat_against_gdl(tmp_path):
    """Random dates over GDL's range (years -4716 ... 3000, Julian values from -1095),
    one GDL session: JULDAY's day numbers and CALDAT's six outputs must be equal."""
    rng = np.random.default_rng(1616)
    n = 500
    years = rng.integers(-4700, 3000, n)
    years[years == 0] = 1
    months = rng.integers(1, 13, n)
    days = rng.integers(1, 29, n)
    jd = np.round(rng.uniform(-1095, 3e6, n), 4)
    jd[:20] = 2299160.5 + np.arange(-10, 10) * 0.25       # around the switch
    inputs = {"m": months.astype(np.int32), "d": days.astype(np.int32),
              "y": years.astype(np.int32), "j": jd}
    (tmp_path / "compat_caldat_part.pro").write_text(_CALDAT_PART)
    cases = [("jdn", inputs, "julday(m, d, y)"),
             ("float", inputs, "julday(m, d, y, 6, 30, 15d)")]
    names = ["month", "day", "year", "hour", "minute", "second"]
    cases += [(name, {"j": jd}, f"compat_caldat_part(j, {k})") for k, name in enumerate(names)]
    got = run_gdl(cases, workdir=tmp_path)
    refused = {k: v for k, v in got.items() if isinstance(v, Exception)}
    assert not refused, refused
    assert (idl.julday(months, days, years) == got["jdn"]).all()
    mine = idl.julday(months, days, years, 6, 30, 15.0)
    # IDL's offset max(eps, eps*JDN), which GDL 1.0.1 does not add (recorded divergence)
    offset = np.maximum(np.finfo(float).eps * np.abs(got["jdn"]), np.finfo(float).eps)
    assert np.abs(mine - got["float"] - offset).max() <= 2 * np.spacing(3e6)
    parts = idl.caldat(jd, hour=True, minute=True, second=True)
    for name, value in zip(names, parts):
        if name == "second":
            # GDL computes the seconds in its own order of operations: equal to within
            # the resolution of the Julian date itself (2 ulp of 3e6 days = 8e-5 s)
            assert np.abs(value - got[name]).max() <= 2 * np.spacing(3e6) * 86400
        else:
            assert (value == got[name]).all(), name
