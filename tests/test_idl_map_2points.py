"""IDL MAP_2POINTS: great-circle distance and azimuth against the haversine formula and
the forward azimuth, the keywords' scalings and precedence, paths (NPATH, DPATH) by
their endpoints and spacing, the rhumb line's constant course, errors, untouched inputs.
GDL 1.0.1 has no MAP_2POINTS: there is no live differential test; the goldens are the
values IDL's documentation prints (reference_outputs/idl/map_2points)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import idl

R = 6378206.4


def _haversine(lon0, lat0, lon1, lat1):
    p0, p1, dl = math.radians(lat0), math.radians(lat1), math.radians(lon1 - lon0)
    h = math.sin((p1 - p0) / 2) ** 2 + math.cos(p0) * math.cos(p1) * math.sin(dl / 2) ** 2
    return 2 * math.asin(math.sqrt(h))


def _points(rng, n):
    return [(rng.uniform(-180, 180), rng.uniform(-85, 85), rng.uniform(-180, 180),
             rng.uniform(-85, 85)) for _ in range(n)]


def test_distance_and_azimuth_by_independent_formulas():
    rng = np.random.default_rng(12901)
    for lon0, lat0, lon1, lat1 in _points(rng, 60):
        d, az = idl.map_2points(lon0, lat0, lon1, lat1)
        c = _haversine(lon0, lat0, lon1, lat1)
        assert d == pytest.approx(math.degrees(c), abs=1e-6)
        p0, p1, dl = math.radians(lat0), math.radians(lat1), math.radians(lon1 - lon0)
        ref = math.degrees(math.atan2(math.sin(dl) * math.cos(p1),
                                      math.cos(p0) * math.sin(p1)
                                      - math.sin(p0) * math.cos(p1) * math.cos(dl)))
        assert az == pytest.approx(ref, abs=1e-6)
        r = idl.map_2points(*(math.radians(v) for v in (lon0, lat0, lon1, lat1)), radians=True)
        np.testing.assert_allclose(r, np.radians([d, az]), rtol=1e-12, atol=1e-12)
        m = idl.map_2points(lon0, lat0, lon1, lat1, meters=True)
        assert m == pytest.approx(c * R, rel=1e-9, abs=1e-3)
        assert idl.map_2points(lon0, lat0, lon1, lat1, miles=True) == pytest.approx(
            m * 0.6213712e-3, rel=1e-12)
        assert idl.map_2points(lon0, lat0, lon1, lat1, radius=2.0) == pytest.approx(
            2 * c, rel=1e-9, abs=1e-9)
        sinc, cosc, sinaz, cosaz = idl.map_2points(lon0, lat0, lon1, lat1, parameters=True)
        assert sinc ** 2 + cosc ** 2 == pytest.approx(1)
        assert math.degrees(math.atan2(sinaz, cosaz)) == pytest.approx(az, abs=1e-9)


def test_paths():
    rng = np.random.default_rng(12902)
    for lon0, lat0, lon1, lat1 in _points(rng, 20):
        d, _ = idl.map_2points(lon0, lat0, lon1, lat1)
        p = idl.map_2points(lon0, lat0, lon1, lat1, npath=7)
        assert p.shape == (7, 2) and p.dtype == np.float64
        assert p[0].tolist() == pytest.approx([lon0, lat0], abs=1e-9)
        assert (p[-1, 0] - lon1 + 180) % 360 - 180 == pytest.approx(0, abs=1e-6)
        assert p[-1, 1] == pytest.approx(lat1, abs=1e-6)
        steps = [_haversine(*p[i], *p[i + 1]) for i in range(6)]
        np.testing.assert_allclose(np.degrees(steps), d / 6, atol=1e-6)
        q = idl.map_2points(lon0, lat0, lon1, lat1, dpath=5.0)
        assert len(q) == math.ceil(d / 5.0) + 1
        gaps = np.degrees([_haversine(*q[i], *q[i + 1]) for i in range(len(q) - 1)])
        assert np.all(gaps <= 5.0 + 1e-6)


def test_rhumb_line_constant_course():
    rng = np.random.default_rng(12903)
    for lon0, lat0, lon1, lat1 in _points(rng, 20):
        s, az = idl.map_2points(lon0, lat0, lon1, lat1, rhumb=True)
        path = idl.map_2points(lon0, lat0, lon1, lat1, rhumb=True, npath=9)
        merc = np.log(np.tan(np.pi / 4 + np.radians(path[:, 1]) / 2))
        x = np.radians(path[:, 0] - path[0, 0])
        course = np.degrees(np.arctan2(np.diff(x), np.diff(merc)))
        np.testing.assert_allclose(course, az, atol=1e-6)            # one course throughout
        if abs(lat1 - lat0) > 1e-3:
            assert s == pytest.approx((lat1 - lat0) / math.cos(math.radians(az)), rel=1e-9)
        assert idl.map_2points(lon0, lat0, lon1, lat1, rhumb=True, meters=True) == \
            pytest.approx(math.radians(s) * R, rel=1e-12)
    # along a parallel: |dlon| cos(lat), the longitude difference taken in [-180, 180)
    s, az = idl.map_2points(170.0, 30.0, -170.0, 30.0, rhumb=True)
    assert s == pytest.approx(20 * math.cos(math.radians(30)), rel=1e-12)
    assert az == pytest.approx(90)


def test_precedence_and_types():
    a = (np.float32(10.0), np.float32(20.0), np.float32(30.0), np.float32(-5.0))
    assert idl.map_2points(*a, parameters=True, npath=3).shape == (4,)
    assert idl.map_2points(*a, npath=3, meters=True).shape == (3, 2)
    assert idl.map_2points(*a, radius=1.0, meters=True) == pytest.approx(
        idl.map_2points(*a, radians=False)[0] * math.pi / 180)
    assert idl.map_2points(*a, rhumb=True, parameters=True).shape == (2,)
    assert idl.map_2points(*a).dtype == np.float64
    np.testing.assert_array_equal(idl.map_2points(0, 0, 0, 0), [0, 0])   # coincident


def test_errors_and_inputs():
    with pytest.raises(ValueError, match="MAP_2POINTS: Value of Latitude is out of allowed range."):
        idl.map_2points(0, 91, 0, 0)
    with pytest.raises(ValueError, match="MAP_2POINTS: Value of Latitude is out of allowed range."):
        idl.map_2points(0, 2.0, 0, 0, radians=True)
    with pytest.raises(ValueError, match="MAP_2POINTS: Illegal keyword value for NPATH."):
        idl.map_2points(0, 0, 10, 10, npath=1)
    with pytest.raises(ValueError, match="MAP_2POINTS: Lon0 must be a real scalar"):
        idl.map_2points([0, 1], 0, 10, 10)
    with pytest.raises(TypeError, match="MAP_2POINTS: Complex"):
        idl.map_2points(1j, 0, 10, 10)
    v = np.array([12.5], ">f8")
    v.setflags(write=False)
    r = idl.map_2points(v, 0, 10, 10)
    assert v[0] == 12.5 and r.dtype.isnative
