"""MATLAB datetime/duration/calendarDuration arrays: values, errors, round trips."""

import numpy as np
import pytest

from compat import matlab


def test_components_carry_like_matlab():
    t = matlab.datetime(2014, np.array([13, 0, 2]), np.array([1, 1, 30]))
    assert t.string().tolist() == ["01-Jan-2015", "01-Dec-2013", "02-Mar-2014"]


def test_fractional_milliseconds_survive_arithmetic():
    t = matlab.datetime(2000, 1, 1, 0, 0, 0, 0.25)
    u = t + matlab.milliseconds(1e-6)
    assert float(matlab.milliseconds(u - t)) == pytest.approx(1e-6, rel=1e-6)
    assert float(matlab.second(t)) == 0.00025


def test_datenum_round_trip_and_default_formats():
    t = matlab.datetime(2014, 6, 28, 6, 30, 45)
    assert float(matlab.datenum(t)) == matlab.datenum(2014, 6, 28, 6, 30, 45)
    assert matlab.datetime(2014, 6, 28).Format == "dd-MMM-yyyy"
    assert t.Format == "dd-MMM-yyyy HH:mm:ss"
    assert matlab.datetime(2014, 6, 28, 0, 0, 0).char() == "28-Jun-2014 00:00:00"


def test_input_format_and_text_guess():
    t = matlab.datetime(["2014-05-26", "2014-08-03"], "InputFormat", "yyyy-MM-dd")
    assert t.string().tolist() == ["26-May-2014", "03-Aug-2014"]
    u = matlab.datetime("19-Apr-2014 21:41:06.250", "InputFormat",
                        "dd-MMM-yyyy HH:mm:ss.SSS", "Format", "HH:mm:ss.SSS")
    assert u.char() == "21:41:06.250"
    assert matlab.datetime("2021-01-31").char() == "31-Jan-2021"


def test_nat_propagates_and_sorts_last():
    t = matlab.datetime(2014, 1, np.array([3, np.nan, 1]))
    assert t.string().tolist() == ["03-Jan-2014", "NaT", "01-Jan-2014"]
    s, idx = t.sorted()
    assert s.string().tolist() == ["01-Jan-2014", "03-Jan-2014", "NaT"]
    assert (t + matlab.hours(1)).string().tolist()[1] == "NaT"


def test_between_full_components_reaches_t2():
    t1 = matlab.datetime(2013, 1, 31, 10, 0, 0)
    t2 = matlab.datetime(2014, 3, 1, 12, 30, 0)
    dt = matlab.between(t1, t2)
    assert dt.char() == "1y 1mo 1d 2h 30m 0s"
    assert bool(t1 + dt == t2)


def test_duration_formats():
    d = matlab.duration(26, 3, 4.5678)
    for fmt, expected in (("hh:mm:ss", "26:03:04"), ("dd:hh:mm:ss", "01:02:03:04"),
                          ("hh:mm:ss.SSS", "26:03:04.567"), ("mm:ss", "1563:04"),
                          ("d", "1.0855 days"), ("m", "1563.1 min")):
        d.Format = fmt
        assert d.char() == expected
    assert matlab.days(matlab.years(1)) == 365.2425
    assert (-matlab.hours(1.5)).char() == "-1.5 hr"
    assert (-matlab.duration(1, 30, 0)).char() == "-01:30:00"


def test_conversions():
    t = matlab.datetime(1970, 1, 2, 'TimeZone', 'UTC')
    assert float(matlab.posixtime(t)) == 86400.0
    assert float(matlab.exceltime(t, '1904')) == 24108.0
    e = matlab.datetime(np.array([1.0, 2.0]), 'ConvertFrom', 'epochtime', 'Epoch',
                        '2000-01-01', 'TicksPerSecond', 2)
    assert e.string().tolist() == ["01-Jan-2000 00:00:00", "01-Jan-2000 00:00:01"]
    j = matlab.datetime(51544.5, 'ConvertFrom', 'modifiedjuliandate')
    assert j.char() == "01-Jan-2000 12:00:00"


@pytest.mark.parametrize("call, message", [
    (lambda: matlab.datetime(2014, 1.5, 1), "datetime: year and month values must be integers"),
    (lambda: matlab.datetime(2014, 1, 1, 'TimeZone', 'America/New_York'),
     "datetime: TimeZone 'America/New_York' is not supported"),
    (lambda: matlab.datetime(5, 'ConvertFrom', 'lotus'), "datetime: 'ConvertFrom' must be"),
    (lambda: matlab.datetime('31/31/2014', 'InputFormat', 'dd/MM/yyyy'),
     "datetime: unable to convert '31/31/2014'"),
    (lambda: matlab.datetime('not a date'), "datetime: could not recognize"),
    (lambda: matlab.datetime(1, 2), "datetime: expected datetime(Y,M,D)"),
    (lambda: matlab.datetime(2014, 1, 1, 'Format', 'yyyy-bb'), "datetime: unrecognized format letter 'b'"),
    (lambda: matlab.duration(1, 2, 3, 'Format', 'xx'), "duration: invalid duration format 'xx'"),
    (lambda: matlab.calmonths(1.5), "calmonths: X must contain integer values"),
    (lambda: matlab.year(735000), "year: t must be a datetime array"),
    (lambda: matlab.dateshift(matlab.datetime(2014, 1, 1), 'start', 'fortnight'),
     "dateshift: unit must be"),
    (lambda: matlab.between(matlab.datetime(2014, 1, 1), matlab.datetime(2015, 1, 1), 'eons'),
     "between: components must be among"),
    (lambda: matlab.hours('x'), "hours: X must be numeric or a duration"),
])
def test_bad_inputs(call, message):
    with pytest.raises((ValueError, TypeError)) as info:
        call()
    assert str(info.value).startswith(message)


def test_text_conversions_of_datetime_arrays():
    t = matlab.datetime(2020, 1, np.array([1, 2]))
    assert matlab.cellstr(t) == ["01-Jan-2020", "02-Jan-2020"]
    assert matlab.char(t).tolist() == ["01-Jan-2020", "02-Jan-2020"]
    assert matlab.class_(t) == "datetime" and bool(matlab.isa(matlab.hours(1), "duration"))
    assert matlab.datestr(t).tolist() == ["01-Jan-2020", "02-Jan-2020"]
