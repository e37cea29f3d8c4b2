"""The IDL Astronomy Library's RADEC (compat.idl.radec): hand-computed values, the sign
rule for -1 < dec < 0, types, inputs untouched. Goldens: suite idl/radec."""

import numpy as np
import pytest

from compat import idl


def test_known_values_and_types():
    r = idl.radec(np.float32([201.5, -15.0]), np.float32([-0.5, -30.25]))
    np.testing.assert_array_equal(r.ihr, [13, 23])         # 201.5/15 = 13.43 h; -15 -> 345
    np.testing.assert_array_equal(r.imin, [26, 0])
    np.testing.assert_array_equal(r.ideg, [0, -30])
    np.testing.assert_array_equal(r.imn, [-30, 15])        # the sign moves to the minutes
    assert r.ihr.dtype == np.int16 and r.xsec.dtype == np.float32


def test_sign_on_the_seconds_when_minutes_are_zero():
    r = idl.radec(10.0, -0.01)                             # -0.01 deg = -36 arcsec
    assert (int(r.ideg), int(r.imn)) == (0, 0)
    assert abs(float(r.xsc) + 36.0) < 1e-9
    assert isinstance(r.xsc, np.float64)


def test_hours_keyword_and_recombination():
    rng = np.random.default_rng(1757)
    ra = rng.uniform(0, 24, 100)
    dec = rng.uniform(1, 89, 100)
    r = idl.radec(ra, dec, hours=True)
    np.testing.assert_allclose(r.ihr + r.imin / 60 + r.xsec / 3600, ra, atol=1e-9)
    np.testing.assert_allclose(r.ideg + r.imn / 60 + r.xsc / 3600, dec, atol=1e-9)


def test_inputs_untouched():
    ra = np.array([-10.0, 400.0])
    ra.flags.writeable = False
    idl.radec(ra, [1.0, 2.0])
    np.testing.assert_array_equal(ra, [-10.0, 400.0])


def test_bad_input():
    with pytest.raises(TypeError, match="RADEC: String expression"):
        idl.radec("12", 3.0)
