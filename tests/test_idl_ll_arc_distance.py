"""IDL LL_ARC_DISTANCE: Snyder's equations 5-5/5-6 by hand, the great-circle distance
and azimuth of the result, /DEGREES with IDL's FLOAT !DTOR, the longitude wrap, the
zero-distance shortcut, errors, untouched inputs, and random points against live GDL."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

DTOR32 = float(np.float32(math.pi / 180))      # IDL's !DTOR is FLOAT


def _by_hand(lon, lat, c, az):
    lat2 = math.asin(math.sin(lat) * math.cos(c) + math.cos(lat) * math.sin(c) * math.cos(az))
    lon2 = lon + math.atan2(math.sin(c) * math.sin(az),
                            math.cos(lat) * math.cos(c) - math.sin(lat) * math.sin(c) * math.cos(az))
    two_pi = float(np.float32(2) * np.float32(math.pi))
    while lon2 < float(np.float32(math.pi)) * -1:
        lon2 += two_pi
    while lon2 > float(np.float32(math.pi)):
        lon2 -= two_pi
    return lon2, lat2


def test_equations_by_hand_and_geometry():
    rng = np.random.default_rng(12891)
    for _ in range(50):
        lon, lat = rng.uniform(-3, 3), rng.uniform(-1.5, 1.5)
        c, az = rng.uniform(-3, 3), rng.uniform(-7, 7)
        got = idl.ll_arc_distance([lon, lat], c, az)
        assert got.dtype == np.float64
        np.testing.assert_allclose(got, _by_hand(lon, lat, c, az), rtol=1e-15, atol=1e-15)
        # the great-circle distance back to the start is |c| (up to the 1.7e-7 by which
        # a wrap with IDL's FLOAT 2*!PI moves the longitude)
        lon2, lat2 = got
        cosd = (math.sin(lat) * math.sin(lat2)
                + math.cos(lat) * math.cos(lat2) * math.cos(lon2 - lon))
        assert math.acos(max(-1.0, min(1.0, cosd))) == pytest.approx(abs(c), abs=4e-7)
        assert -math.pi - 1e-6 <= lon2 <= math.pi + 1e-6


def test_degrees_use_float_dtor():
    got = idl.ll_arc_distance([10.0, 20.0], 0.5, 30.0, degrees=True)
    lon, lat = _by_hand(10 * DTOR32, 20 * DTOR32, 0.5, 30 * DTOR32)
    np.testing.assert_allclose(got, [lon / DTOR32, lat / DTOR32], rtol=1e-15)
    exact = _by_hand(math.radians(10), math.radians(20), 0.5, math.radians(30))
    assert abs(got[1] - math.degrees(exact[1])) > 1e-8        # not the DOUBLE pi/180


def test_documentation_example_and_types():
    r = idl.ll_arc_distance(np.float32([1.0, 2.0]), np.float32(2.0), np.float32(1.0))
    assert r.dtype == np.float32
    np.testing.assert_allclose(r, [2.91415, -0.622234], atol=5e-6)       # IDL's print-out
    assert idl.ll_arc_distance(np.int16([10, 20]), 1, 45, degrees=True).dtype == np.float32
    z = idl.ll_arc_distance(np.int16([10, 20]), 0, 45, degrees=True)
    assert z.dtype == np.int16 and z.tolist() == [10, 20]                 # Lon_lat0 itself
    w = idl.ll_arc_distance(np.float32([170.0, 20.0]), np.float32(0.5), np.float32(80.0),
                            degrees=True)
    assert -180 <= w[0] < -150                                            # wrapped


def test_errors_and_inputs():
    with pytest.raises(TypeError, match="LL_ARC_DISTANCE: Complex numbers are not allowed"):
        idl.ll_arc_distance([1.0, 2.0], 1j, 0.0)
    with pytest.raises(ValueError, match="LL_ARC_DISTANCE: Lon_lat0 must have 2 elements"):
        idl.ll_arc_distance([1.0, 2.0, 3.0], 1.0, 0.0)
    with pytest.raises(ValueError, match="LL_ARC_DISTANCE: Arc_Dist and Az must be scalars"):
        idl.ll_arc_distance([1.0, 2.0], [1.0, 2.0], 0.0)
    p = np.array([1.0, 2.0], ">f8")
    p.setflags(write=False)
    r = idl.ll_arc_distance(p, 0.3, 0.2)
    assert p.tolist() == [1.0, 2.0] and r.dtype.isnative
    assert idl.ll_arc_distance(p, 0.0, 0.2) is not p


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_points_against_gdl():
    """FLOAT points with and without /DEGREES, DOUBLE points in radians (GDL converts
    DOUBLE degrees with pi/180 where IDL's code uses the FLOAT !DTOR: not compared; GDL
    wraps DOUBLE longitudes by the DOUBLE 2 pi, IDL's code by the FLOAT 2*!PI, which
    differs by 1.7484556e-07: allowed for a wrapped DOUBLE longitude)."""
    rng = np.random.default_rng(12892)
    cases, ours = [], {}
    for k in range(30):
        deg = k % 3 == 0
        dtype = np.float64 if k % 3 == 2 else np.float32
        scale = 180 / math.pi if deg else 1.0
        p = (rng.uniform([-3.1, -1.5], [3.1, 1.5]) * scale).astype(dtype)
        c = dtype(rng.uniform(-3, 3))
        az = dtype(rng.uniform(-6.2, 6.2) * scale)
        kw = ", /degrees" if deg else ""
        cases.append((f"a{k}", {"p": p, "c": np.array(c), "az": np.array(az)},
                      f"ll_arc_distance(p, c, az{kw})"))
        ours[f"a{k}"] = (idl.ll_arc_distance(p, c, az, degrees=deg), dtype, scale)
    results = run_gdl(cases)
    for name, (value, dtype, scale) in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        if dtype == np.float32:
            # a few FLOAT roundings of radians, carried through sines near the poles
            # (asin's slope) and the conversion back to degrees
            tol = 2e-5 * scale
        else:
            tol = 1e-12
        diff = np.abs(value - got)
        diff[0] = min(diff[0], abs(diff[0] - 2 * math.pi * scale))       # +-pi wrap
        if dtype == np.float64:
            float_two_pi = float(np.float32(2) * np.float32(math.pi)) - 2 * math.pi
            diff[0] = min(diff[0], abs(diff[0] - abs(float_two_pi)))
        assert np.all(diff <= tol), (name, value, got)
