"""IDL CV_COORD: every conversion by hand (the reference page's formulas), IDL's types,
zero radii, one point and several, the keywords' defaults, untouched inputs, and random
points against live GDL running cv_coord.pro's steps (GDL 1.0.1 has no CV_COORD; the
steps are in reference_outputs/idl/coordinate_conversion/ref_cv_coord.pro)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

REF = Path(__file__).resolve().parent.parent / "reference_outputs" / "idl" / \
    "coordinate_conversion" / "ref_cv_coord.pro"


def test_reference_page_examples():
    # CV_COORD(FROM_RECT=[10, 10], /TO_POLAR): 45 degrees in radians and 10*sqrt(2)
    r = idl.cv_coord(from_rect=np.array([10, 10], np.int16), to_polar=True)
    assert r.dtype == np.float32 and r.shape == (2,)
    np.testing.assert_allclose(r, [np.pi / 4, 10 * np.sqrt(2)], rtol=1e-7)
    d = idl.cv_coord(from_rect=[10.0, 10.0], to_polar=True, degrees=True)
    assert d.dtype == np.float64                    # Python floats are DOUBLE
    np.testing.assert_allclose(d, [45.0, 10 * np.sqrt(2)], rtol=1e-15)


def test_every_conversion_by_hand_double():
    rng = np.random.default_rng(5)
    xyz = rng.normal(size=(12, 3))
    x, y, z = xyz.T
    rho = np.hypot(x, y)
    rad = np.sqrt(x * x + y * y + z * z)
    lon, lat = np.arctan2(y, x), np.arctan2(z, rho)
    np.testing.assert_allclose(idl.cv_coord(from_rect=xyz, to_sphere=True),
                               np.c_[lon, lat, rad], rtol=1e-14)
    np.testing.assert_allclose(idl.cv_coord(from_rect=xyz, to_cylin=True),
                               np.c_[lon, rho, z], rtol=1e-14)
    np.testing.assert_allclose(idl.cv_coord(from_rect=xyz[:, :2], to_polar=True),
                               np.c_[lon, rho], rtol=1e-14)
    sph = np.c_[lon, lat, rad]
    np.testing.assert_allclose(idl.cv_coord(from_sphere=sph, to_rect=True), xyz,
                               rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(idl.cv_coord(from_sphere=sph, to_cylin=True),
                               np.c_[lon, rad * np.cos(lat), rad * np.sin(lat)], rtol=1e-14)
    np.testing.assert_allclose(idl.cv_coord(from_sphere=sph, to_polar=True),
                               np.c_[lon, rad * np.cos(lat)], rtol=1e-14)
    cyl = np.c_[lon, rho, z]
    np.testing.assert_allclose(idl.cv_coord(from_cylin=cyl, to_rect=True), xyz,
                               rtol=1e-12, atol=1e-14)
    np.testing.assert_allclose(idl.cv_coord(from_cylin=cyl, to_sphere=True),
                               np.c_[lon, np.arctan2(z, rho), np.hypot(rho, z)], rtol=1e-14)
    assert idl.cv_coord(from_cylin=cyl, to_polar=True).tolist() == cyl[:, :2].tolist()
    pol = np.c_[lon, rho]
    np.testing.assert_allclose(idl.cv_coord(from_polar=pol, to_rect=True), xyz[:, :2],
                               rtol=1e-12, atol=1e-14)
    assert idl.cv_coord(from_polar=pol, to_cylin=True).tolist() == \
        np.c_[lon, rho, np.zeros(12)].tolist()
    assert idl.cv_coord(from_polar=pol, to_sphere=True).tolist() == \
        np.c_[lon, np.zeros(12), rho].tolist()


def test_degrees_rect_z_default_and_zero_radius():
    r = idl.cv_coord(from_sphere=np.array([90.0, 0.0, 2.0]), to_rect=True, degrees=True)
    np.testing.assert_allclose(r, [0.0, 2.0, 0.0], atol=1e-15)
    # a 2-coordinate rectangular point has z = 0 for cylinders and spheres
    c = idl.cv_coord(from_rect=np.array([[3.0, 4.0]]), to_cylin=True)
    np.testing.assert_allclose(c, [[np.arctan2(4, 3), 5.0, 0.0]], rtol=1e-15)
    s = idl.cv_coord(from_rect=np.array([[0.0, 0.0, 0.0], [0.0, 0.0, -2.0]]),
                     to_sphere=True, degrees=True)
    assert s.tolist() == [[0.0, 0.0, 0.0], [0.0, -90.0, 2.0]]
    p = idl.cv_coord(from_rect=np.array([[0.0, 0.0], [-1.0, 0.0]], np.float32),
                     to_polar=True)
    assert p.dtype == np.float32 and p.tolist() == [[0.0, 0.0], [np.float32(np.pi), 1.0]]


def test_types_double_keyword_and_no_target():
    f = np.array([[1, 2, 3], [4, 5, 6]], np.float32)
    assert idl.cv_coord(from_rect=f, to_sphere=True).dtype == np.float32
    assert idl.cv_coord(from_rect=f, to_sphere=True, double=True).dtype == np.float64
    assert idl.cv_coord(from_rect=f.astype(float), to_sphere=True,
                        double=False).dtype == np.float32
    i = np.array([[3, 4, 0]], np.int32)
    assert idl.cv_coord(from_rect=i, to_polar=True).dtype == np.float32
    # no TO_ keyword: the input converted; no FROM_ keyword or one value: 0
    same = idl.cv_coord(from_rect=i)
    assert same.dtype == np.float32 and same.tolist() == [[3, 4, 0]]
    zero = idl.cv_coord(to_polar=True)
    assert zero == 0 and zero.dtype == np.float32
    assert idl.cv_coord(from_rect=5.0, to_polar=True, double=True).dtype == np.float64


def test_int16_squares_wrap_in_their_type():
    # IDL squares INT coordinates as INT: 200^2 = 40000 wraps to -25536
    r = idl.cv_coord(from_rect=np.array([[200, 0]], np.int16), to_polar=True)
    assert r.dtype == np.float32 and np.isnan(r[0, 1])   # SQRT(-25536.0): NaN, as in IDL
    ok = idl.cv_coord(from_rect=np.array([[30, 40]], np.int16), to_polar=True)
    assert ok[0, 1] == 50.0


def test_inputs_untouched_big_endian_and_errors():
    a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], ">f8")
    a.flags.writeable = False
    before = a.copy()
    r = idl.cv_coord(from_rect=a, to_sphere=True)
    assert (a == before).all() and r.dtype == np.float64
    np.testing.assert_allclose(r, idl.cv_coord(from_rect=a.astype("<f8"), to_sphere=True))
    with pytest.raises(ValueError):
        idl.cv_coord(from_sphere=np.array([[1.0, 2.0]]), to_rect=True)
    with pytest.raises((TypeError, ValueError)):
        idl.cv_coord(from_rect=np.array([1 + 2j, 3j]), to_polar=True)


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


def test_double_square_is_the_c_librarys_pow():
    """cv_coord.pro's ``z^2`` of a DOUBLE is GDL's PowInt: the C library's pow(z, 2.0),
    within 0.52 ulp, not numpy's correctly rounded z*z. This point (drawn by
    COMPAT_RESEED_SHIFT=31337) has a square near a rounding midpoint: GDL 1.0.1 prints
    z^2 = 2.79480674954335595E-01 (z*z is ...651E-01) and the radius
    SQRT(r^2 + z^2) = 5.45712512929252602E-01."""
    r, z = 0.13535683142429178, -0.5286593184219263
    out = idl.cv_coord(from_cylin=np.array([[0.0, r, z]]), to_sphere=True)
    assert out[0, 2] == 0.545712512929252602
    assert out[0, 2] != np.sqrt(r * r + z * z)
    assert idl.cv_coord(from_rect=np.array([[r, z]]), to_polar=True)[0, 1] == 0.545712512929252602


@needs_gdl
def test_random_points_against_gdl(tmp_path):
    """Every conversion of random FLOAT, DOUBLE and INT points (FLOAT in radians: GDL's
    !RADEG differs from IDL's, a recorded divergence; /DEGREES with DOUBLE and /DOUBLE)
    bit for bit against cv_coord.pro's steps run by GDL."""
    shutil.copy(REF, tmp_path / REF.name)
    rng = np.random.default_rng(2026)
    systems = {"rect": 3, "polar": 2, "cylin": 3, "sphere": 3}
    cases, ours = [], {}
    for k, (src, width) in enumerate(systems.items()):
        for dst in systems:
            for kind in ("f", "d", "i", "fd"):
                n = int(rng.integers(1, 41))
                w = 2 if (src == "rect" and kind == "f" and dst == "polar") else width
                raw = rng.normal(scale=3, size=(n, w))
                if kind == "i":
                    pts = np.round(raw * 10).astype(np.int16)
                elif kind == "d":
                    pts = raw
                else:
                    pts = raw.astype(np.float32)
                deg = kind in ("d", "fd")
                dbl = ", /double" if kind == "fd" else ""
                degs = ", /degrees" if deg else ""
                name = f"{src}_{dst}_{kind}"
                cases.append((name, {"p": pts},
                              f"ref_cv_coord(p, '{src}', '{dst}'{degs}{dbl})"))
                ours[name] = idl.cv_coord(**{f"from_{src}": pts, f"to_{dst}": True},
                                          degrees=deg, double=True if kind == "fd" else None)
    results = run_gdl(cases, tmp_path)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert value.dtype == got.dtype, name
        np.testing.assert_array_equal(value, got.reshape(value.shape), err_msg=name)
