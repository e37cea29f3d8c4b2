"""Regression tests of the rounding audit on the IDL side (helper-123): IDL's ROUND (and
FIX(x + 0.5), FLOOR(x + 0.5)) takes positive halves up; numpy's np.round rounds them to
even. Expected values come from that rule, worked by hand here."""

from compat import idl


def test_label_date_decimal_seconds_round_exact_half_up():
    # Julian day 2449333.0 + 3/512: the clock is 3/512 day after noon = 506.25 s, i.e.
    # 12:08:26.25; %S%1 rounds the clock to tenths of a second with IDL's ROUND:
    # 5062.5 tenths -> 5063, 26.3 s (np.round gave 5062, 26.2 s)
    v = 2449333.0 + 3 / 512
    assert idl.label_date_format(v, '%H:%I:%S%1') == '12:08:26.3'
    # 7/1024 day = 590.625 s: %S%2 gives 59062.5 hundredths -> 59063 -> 09:50.63
    assert idl.label_date_format(2449333.0 + 7 / 1024, '%H:%I:%S%2') == '12:09:50.63'
    # not a half: unchanged either way
    assert idl.label_date_format(2449333.0 + 1 / 512, '%H:%I:%S%1') == '12:02:48.8'
