"""IDL TIMESTAMP: the reference page's example, the rules of IDL's timestamp.pro by hand
(date-only form, /ZERO, /UTC conversion, the digits of FLOAT/DOUBLE/integer seconds, the
offset's text), broadcasting, errors, inputs untouched, and random fields against live
GDL 1.0.1 where GDL follows IDL. Goldens: reference_outputs/idl/timestamp."""

import re
import time

import numpy as np
import pytest

from compat import idl
from gdl_text_oracle import GDL, run_text_cases

DATE = dict(year=2012, month=9, day=4)


def test_reference_page_example():
    # IDL Reference Guide, TIMESTAMP, Example 1 prints 2012-09-04T11:25:15Z
    assert idl.timestamp(year=2012, month=9, day=4, hour=11, minute=25,
                         second=15) == "2012-09-04T11:25:15Z"


def test_date_only_and_zero():
    assert idl.timestamp(**DATE) == "2012-09-04"
    assert idl.timestamp(**DATE, offset=5, utc=True) == "2012-09-04"   # both ignored
    assert idl.timestamp(zero=True) == "0000-00-00T00:00:00Z"
    assert idl.timestamp(**DATE, hour=3, offset=2, utc=True, zero=True) == \
        "0000-00-00T00:00:00Z"
    # one time field makes the others 0
    assert idl.timestamp(**DATE, minute=7) == "2012-09-04T00:07:00Z"


@pytest.mark.parametrize("second, text", [
    (15, "15"), (np.int32(0), "00"), (np.uint8(10), "10"),           # (D03.0)
    (np.float32(7.25), "07.25"), (np.float32(0.0), "00"),            # (D08.5)
    (np.float32(0.123456), "00.12346"), (np.float32(10.0), "10"),
    (np.float32(59.999996), "60"),         # < 60 passes the check; 5 decimals round up
    (12.123456789, "12.123456789"), (0.5, "00.5"), (30.0, "30"),     # (D017.14)
    (1.00000000000001, "01.00000000000001"), (7.123, "07.123"),
])
def test_seconds_written_by_their_type(second, text):
    """timestamp.pro: FLOAT seconds through (D08.5), DOUBLE through (D017.14), others
    (D03.0); then trailing zeros and a bare point are removed."""
    assert idl.timestamp(**DATE, hour=1, second=second) == f"2012-09-04T01:00:{text}Z"


@pytest.mark.parametrize("offset, zone", [
    (4, "+04:00"), (-4, "-04:00"), (5.5, "+05:30"), (-3.5, "-03:30"), (9.75, "+09:45"),
    (-9.75, "-09:45"), (14, "+14:00"), (-12, "-12:00"), (0, "Z"), (0.0, "Z"),
    (0.5, "+00:30"), (-0.5, "000:30"),        # FIX(-0.5) = 0 written (I03): IDL's quirk
    (5.1, "+05:05"),                          # minutes truncated: 5.99999999999998 -> 5
    (np.float32(5.1), "+05:05"),              # FLOAT: 0.0999999 * 60 = 5.9999995 -> 5
])
def test_offset_text(offset, zone):
    assert idl.timestamp(**DATE, hour=11, offset=offset) == f"2012-09-04T11:00:00{zone}"


def test_utc_converts_with_the_offset_and_keeps_the_seconds():
    assert idl.timestamp(**DATE, hour=13, offset=-4, utc=True) == "2012-09-04T17:00:00Z"
    assert idl.timestamp(year=2012, month=12, day=31, hour=23, minute=30, offset=-4.5,
                         utc=True) == "2013-01-01T04:00:00Z"
    assert idl.timestamp(year=2012, month=3, day=1, hour=2, minute=15,
                         second=np.float32(59.5), offset=5.25, utc=True) == \
        "2012-02-29T21:00:59.5Z"
    # /UTC without OFFSET: offset 0, nothing moves
    assert idl.timestamp(**DATE, hour=13, utc=True) == "2012-09-04T13:00:00Z"


def test_broadcasting_and_result_shape():
    r = idl.timestamp(year=[2012, 2013], month=1, day=2, hour=3, offset=[5.5, 0])
    assert isinstance(r, np.ndarray) and r.shape == (2,)
    assert r.tolist() == ["2012-01-02T03:00:00+05:30", "2013-01-02T03:00:00Z"]
    assert r.dtype == np.dtype("<U25")
    # a scalar offset goes with every element
    r = idl.timestamp(year=2012, month=[1, 2, 3], day=2, hour=3, offset=-2)
    assert r.tolist() == [f"2012-0{m}-02T03:00:00-02:00" for m in (1, 2, 3)]
    # one element (list or array) gives a scalar, as STRING(..., FORMAT=) does
    assert idl.timestamp(year=[2012], month=np.array([9]), day=4) == "2012-09-04"
    # a 2-D field is taken element by element, the result 1-D
    r = idl.timestamp(year=2000, month=1, day=np.array([[1, 2], [3, 4]]))
    assert r.tolist() == ["2000-01-0%d" % d for d in (1, 2, 3, 4)]


def test_current_time():
    before = time.gmtime()
    text = idl.timestamp()
    m = re.fullmatch(r"(\d{4})-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)(\.\d+)?Z", text)
    assert m, text
    stamp = time.mktime(time.strptime(text[:19], "%Y-%m-%dT%H:%M:%S"))
    assert abs(stamp - time.mktime(before)) < 120
    # the date alone defaults to today (UTC), the time to 0
    today = idl.timestamp(hour=5)
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT05:00:00Z", today)


def test_python_float_is_double_and_float32_is_float():
    assert idl.timestamp(**DATE, hour=0, second=0.123456) == "2012-09-04T00:00:00.123456Z"
    assert idl.timestamp(**DATE, hour=0, second=np.float32(0.123456)) == \
        "2012-09-04T00:00:00.12346Z"


@pytest.mark.parametrize("fields, message", [
    (dict(year=999, month=1, day=1), "Years must have four digits."),
    (dict(year=10000, month=1, day=1), "Years must have four digits."),
    (dict(year=2012, month=13, day=1), "Month must contain numbers between 1 and 12."),
    (dict(year=2012, month=0, day=1), "Month must contain numbers between 1 and 12."),
    (dict(year=2012, month="9", day=1), "Month must contain numbers between 1 and 12."),
    (dict(year=2012, month=9, day=90), "Day must contain numbers between 1 and 31."),
    (dict(DATE, hour=-2), "Hour must contain numbers between 0 and 23."),
    (dict(DATE, hour=24), "Hour must contain numbers between 0 and 23."),
    (dict(DATE, minute=60), "Minute must contain numbers between 0 and 59."),
    (dict(DATE, second=60.0), "Second must contain numbers greater than or equal to 0.0 "
                              "and less than 60.0"),
    (dict(DATE, second=-0.5), "Second must contain numbers greater than or equal to 0.0 "
                              "and less than 60.0"),
    (dict(DATE, hour=1, offset=14.5), "UTC offset must contain numbers between -12 and "
                                      r"\+14."),
    (dict(DATE, hour=1, offset=-13), "UTC offset must contain numbers between -12 and "
                                     r"\+14."),
    (dict(year=[2012, 2013], month=[1, 2, 3], day=1), "Inconsistent array dimensions."),
    (dict(DATE, hour=[1, 2], minute=[1, 2, 3]), "Inconsistent array dimensions."),
    (dict(DATE, hour=np.nan), "HOUR must not be NaN"),
])
def test_errors(fields, message):
    with pytest.raises(ValueError, match="^TIMESTAMP: " + message):
        idl.timestamp(**fields)


def test_other_errors():
    with pytest.raises(ValueError, match="^TIMESTAMP: UTC must be a single boolean"):
        idl.timestamp(**DATE, hour=1, utc=[1, 0])
    with pytest.raises(TypeError, match="^TIMESTAMP: String expression not allowed in "
                                        "this context: DAY."):
        idl.timestamp(year=2012, month=9, day="4")
    with pytest.raises(TypeError, match="^TIMESTAMP: Complex expression"):
        idl.timestamp(**DATE, second=1j)
    # the offset of a date alone is neither checked nor written
    assert idl.timestamp(**DATE, offset=99) == "2012-09-04"


def test_inputs_untouched_any_layout():
    year = np.array([2012, 2013, 2014], dtype=">i4")
    second = np.arange(12, dtype=np.float32)[::4]
    second.setflags(write=False)
    year.setflags(write=False)
    r = idl.timestamp(year=year, month=2, day=3, hour=4, second=second, offset=-1.5)
    assert r.tolist() == ["2012-02-03T04:00:00-01:30", "2013-02-03T04:00:04-01:30",
                          "2014-02-03T04:00:08-01:30"]
    assert year.tolist() == [2012, 2013, 2014] and second.tolist() == [0.0, 4.0, 8.0]


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_fields_against_gdl():
    """Integer fields with a time and nonzero offsets of at least an hour in GDL's and
    IDL's common range [-12, 12] (GDL 1.0.1 departs from IDL on dates alone, fractional
    seconds, /UTC and offsets in (-1, 1): the suite's divergences)."""
    rng = np.random.default_rng(1391)
    cases, expected = [], {}
    for k in range(40):
        n = int(rng.integers(1, 6))
        shape = () if rng.random() < 0.3 else (n,)
        fields = {
            "year": rng.integers(1000, 10000, shape),
            "month": rng.integers(1, 13, shape),
            "day": rng.integers(1, 32, shape),
            "hour": rng.integers(0, 24, shape),
            "minute": rng.integers(0, 60, shape),
            "second": rng.integers(0, 60, shape),
        }
        quarter = rng.integers(0, 4, shape) * 0.25
        whole = rng.integers(1, 12, shape) * rng.choice([-1, 1], shape)
        fields["offset"] = whole + np.sign(whole) * quarter
        keep = [name for name in fields if name in ("year", "month", "day")
                or rng.random() < 0.7]
        inputs = {name: (fields[name].astype(np.int16) if name != "offset"
                         else fields[name].astype(np.float64)) for name in keep}
        call = ", ".join(f"{name}={name}" for name in keep)
        if not any(name in keep for name in ("hour", "minute", "second")):
            inputs["hour"] = fields["hour"].astype(np.int16)
            call += ", hour=hour"
        cases.append((f"c{k}", f"s = timestamp({call})", inputs))
        expected[f"c{k}"] = idl.timestamp(**inputs)
    got = run_text_cases(cases)
    for name, ours in expected.items():
        assert not isinstance(got[name], Exception), (name, got[name])
        assert np.atleast_1d(ours).tolist() == got[name], name
