"""The IDL Astronomy Library's AIRTOVAC (compat.idl.airtovac): the reference page's
value, Ciddor's formula, the 2000 A threshold, types. Goldens: suite idl/air_vacuum."""

import numpy as np
import pytest

from compat import idl


def test_reference_page_krypton_line():
    # airtovac.pro's header: W = 6056.125 gives 6057.8019 (printed to 4 decimals)
    assert abs(idl.airtovac(6056.125) - 6057.8019) <= 0.5e-4


def test_fixed_point_of_ciddor_formula():
    # two passes of vac = air * n(vac) converge: the result nearly satisfies
    # vac = air * n(vac) (the residual of the second pass is ~ (n-1)^2 relative, < 1e-7)
    air = np.random.default_rng(1756).uniform(2000, 30000, 200)
    vac = idl.airtovac(air)
    s2 = (1e4 / vac) ** 2
    n = 1 + 5.792105e-2 / (238.0185 - s2) + 1.67917e-3 / (57.362 - s2)
    np.testing.assert_allclose(vac, air * n, rtol=1e-9)
    assert np.all(vac > air)


def test_threshold_nan_and_types():
    w = np.array([1999.9, 2000.0, np.nan], np.float32)
    w.flags.writeable = False
    v = idl.airtovac(w)
    assert v.dtype == np.float64
    assert v[0] == np.float64(np.float32(1999.9)) and v[1] > 2000 and np.isnan(v[2])
    assert isinstance(idl.airtovac(5000), np.float64)
    np.testing.assert_array_equal(idl.airtovac(np.array([5000, 1000], ">i2")),
                                  idl.airtovac([5000.0, 1000.0]))


def test_bad_input():
    with pytest.raises(TypeError, match="AIRTOVAC: String expression"):
        idl.airtovac("6000")
    with pytest.raises(TypeError, match="AIRTOVAC: Complex expression"):
        idl.airtovac(np.complex64(6000))
