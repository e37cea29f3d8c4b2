"""The IDL Astronomy Library's astrometry from FITS headers (EXTAST, GET_EQUINOX, XY2AD,
AD2XY, WCSSPH2XY, WCSXY2SPH): structure tags, round trips, bad input, the unimplemented
parts' messages, astropy.wcs against the Library, and random positions against the
Library's own .pro files in live GDL (golden cases: reference_outputs/idl/fits_astrometry)."""

from __future__ import annotations

import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from tests.oracles import GDL, run_gdl

PRO = Path(__file__).resolve().parent.parent / "reference_outputs" / "idl" / \
    "fits_astrometry" / "pro"


def card(key, value):
    text = f"{key:<8}= {value:>20}" if not value.startswith("'") else f"{key:<8}= {value:<20}"
    return text.ljust(80)


def header(**cards):
    return np.array([card(k.replace("__", "-"), v) for k, v in cards.items()] +
                    ["END".ljust(80)])


TAN = header(NAXIS1="100", NAXIS2="120", CTYPE1="'RA---TAN'", CTYPE2="'DEC--TAN'",
             CRVAL1="150.123456", CRVAL2="2.25", CRPIX1="50.5", CRPIX2="60.5",
             CD1_1="-2.777778E-04", CD1_2="1.0E-05", CD2_1="1.1E-05", CD2_2="2.777778E-04",
             EQUINOX="2000.0", DATE__OBS="'2004-03-05T10:20:30'")
SIP = header(NAXIS1="256", NAXIS2="256", CTYPE1="'RA---TAN-SIP'", CTYPE2="'DEC--TAN-SIP'",
             CRVAL1="265.3", CRVAL2="-29.5", CRPIX1="128.5", CRPIX2="128.5",
             CD1_1="-3.4E-04", CD1_2="2.0E-06", CD2_1="1.5E-06", CD2_2="3.4E-04",
             A_ORDER="2", A_0_2="2.5E-06", A_1_1="-1.2E-06", A_2_0="3.1E-06",
             B_ORDER="2", B_0_2="-1.1E-06", B_1_1="2.2E-06", B_2_0="-0.9E-06",
             AP_ORDER="2", AP_0_2="-2.5E-06", AP_1_1="1.2E-06", AP_2_0="-3.1E-06",
             BP_ORDER="2", BP_0_2="1.1E-06", BP_1_1="-2.2E-06", BP_2_0="0.9E-06")


def test_extast_tags_and_layout():
    a = idl.extast(TAN)
    assert a.dtype.names[:5] == ("NAXIS", "CD", "CDELT", "CRPIX", "CRVAL")
    # readsav layout: numpy CD[j, i] is IDL's cd[i, j]; IDL's cd[0, 1] is CD1_2
    assert a.CD[0][1, 0] == 1.0e-05 and a.CD[0][0, 1] == 1.1e-05
    assert a.NAXIS.dtype == np.int32 and a.AXES.dtype == np.int16
    assert str(a.DATEOBS[0]) == "2004-03-05T10:20:30.00"
    assert a.MJDOBS[0] == pytest.approx(53069.43090277778, abs=1e-9)
    assert str(a.RADECSYS[0]) == "FK5" and a.KNOWN[0].tolist() == [1]
    r = idl.extast(SIP, noparams=True)
    assert r.noparams == 2 and str(r.astr.DISTORT[0].NAME[0]) == "SIP"
    assert r.astr.DISTORT[0].A[0].shape == (3, 3) and r.astr.DISTORT[0].A[0][2, 0] == 2.5e-06


def test_extast_crota_and_no_astrometry():
    h = header(CTYPE1="'RA---TAN'", CTYPE2="'DEC--TAN'", CRVAL1="30.0", CRVAL2="45.0",
               CRPIX1="10.0", CRPIX2="20.0", CDELT1="-0.001", CDELT2="0.001", CROTA2="90.0")
    r = idl.extast(h, noparams=True)
    assert r.noparams == 1
    np.testing.assert_allclose(r.astr.CD[0], [[0.0, -1.0], [1.0, 0.0]], atol=1e-16)
    r = idl.extast(header(OBJECT="'x'"), noparams=True)
    assert r.astr is None and r.noparams == -1


def test_round_trips():
    for h in (TAN, SIP):
        a = idl.extast(h)
        x, y = np.meshgrid(np.arange(-5.0, 100.0, 7.5), np.arange(-5.0, 110.0, 9.5))
        ra, dec = idl.xy2ad(x, y, a)
        assert ra.shape == x.shape
        x2, y2 = idl.ad2xy(ra, dec, a)
        # SIP's inverse polynomial is an approximation; the plain TAN round trip is
        # limited by ASIN near the pole of the tangent plane (~1e-7 pixels)
        tol = 1e-6 if h is TAN else 0.05
        np.testing.assert_allclose(x2, x, atol=tol)
        np.testing.assert_allclose(y2, y, atol=tol)


def test_projections_round_trip():
    rng = np.random.default_rng(11)
    lng, lat = rng.uniform(10, 50, 25), rng.uniform(25, 55, 25)
    for p, pv2 in (("TAN", None), ("SIN", None), ("STG", None), ("ARC", None),
                   ("ZEA", None), ("CAR", None), ("MER", None), ("CEA", [0.5]),
                   ("SFL", None), ("PAR", None), ("AIT", None), ("AZP", [1.5, 20.0]),
                   ("CYP", [1.0, 0.8])):
        ct = [f"RA---{p}", f"DEC--{p}"]
        x, y = idl.wcssph2xy(lng, lat, ctype=ct, pv2=pv2, crval=[30.0, 40.0])
        lo, la = idl.wcsxy2sph(x, y, ctype=ct, pv2=pv2, crval=[30.0, 40.0])
        np.testing.assert_allclose(lo, lng, atol=1e-9, err_msg=p)
        np.testing.assert_allclose(la, lat, atol=1e-9, err_msg=p)


def test_get_equinox_codes():
    assert idl.get_equinox(header(EQUINOX="2000.0"), code=True).code == 0
    r = idl.get_equinox(header(EQUINOX="'B1950'"), code=True)
    assert r.result == np.float32(1950) and r.code == 2
    assert idl.get_equinox(header(EPOCH="1950.0"), code=True).code == 1
    r = idl.get_equinox(header(RADESYS="'ICRS'"), code=True)
    assert r.result == 2000 and r.code == 4
    r = idl.get_equinox(header(OBJECT="'x'"), code=True)
    assert r.result == 0 and r.result.dtype == np.int32 and r.code == -1


def test_bad_input_and_unimplemented():
    with pytest.raises(TypeError, match="EXTAST: Parameter 1"):
        idl.extast(np.arange(3))
    with pytest.raises(ValueError, match="EXTAST: Coords were CTYPE1: RA---TAN; CTYPE2: DEC--SIN"):
        idl.extast(header(CTYPE1="'RA---TAN'", CTYPE2="'DEC--SIN'", CRVAL1="1.0",
                          CRVAL2="1.0"))
    with pytest.raises(ValueError, match="WCSSPH2XY: LONGITUDE and LATITUDE must have"):
        idl.wcssph2xy([1.0, 2.0], [1.0], ctype=["RA---TAN", "DEC--TAN"])
    with pytest.raises(ValueError, match="WCSSPH2XY: the ZPN projection is not implemented"):
        idl.wcssph2xy(1.0, 1.0, ctype=["RA---ZPN", "DEC--ZPN"])
    with pytest.raises(ValueError, match="CEA map projection requires 0 < PV2_1 <= 1"):
        idl.wcssph2xy(1.0, 1.0, ctype=["RA---CEA", "DEC--CEA"], pv2=[2.0])
    with pytest.raises(ValueError, match="WCSXY2SPH: ERROR - RA is not a valid"):
        idl.wcsxy2sph(1.0, 1.0, ctype=["RA", "DEC"])
    with pytest.raises(ValueError, match="XY2AD: ASTR must be an astrometry structure"):
        idl.xy2ad(1.0, 1.0, np.arange(3))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        idl.extast(header(CTYPE1="'RA---TAN'", CTYPE2="'DEC--TAN'", CRVAL1="1.0",
                          CRVAL2="1.0", CRPIX1="1.0", CRPIX2="1.0", CPDIS1="'Lookup'"))
    assert any(issubclass(w.category, CompatWarning) and "CPDIS1" in str(w.message)
               for w in caught)


def test_astropy_wcs_against_the_library():
    """astropy.wcs (wcslib) maps the same header within ~1e-9 arcsec of the Library, but
    not to its last bits; compat follows the Library (these goldens are bit-exact)."""
    fits = pytest.importorskip("astropy.io.fits")
    wcs = pytest.importorskip("astropy.wcs")
    hdr = fits.Header.fromstring("".join(TAN), sep="")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        w = wcs.WCS(hdr)
    rng = np.random.default_rng(3)
    x, y = rng.uniform(0, 100, 200), rng.uniform(0, 120, 200)
    ra, dec = idl.xy2ad(x, y, idl.extast(TAN))
    ra2, dec2 = w.all_pix2world(x, y, 0)
    assert np.max(np.abs(ra2 - ra)) * 3600 < 1e-8 and np.max(np.abs(dec2 - dec)) * 3600 < 1e-8


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl is not on PATH")
def test_random_positions_against_the_library_in_gdl(tmp_path):
    for pro in PRO.glob("*.pro"):
        shutil.copy(pro, tmp_path)
    (tmp_path / "xyad_f.pro").write_text(
        "function xyad_f, h, x, y, alt=alt\n  extast, h, a, alt=alt\n"
        "  xy2ad, x, y, a, ra, dec\n  ad2xy, ra + 1d-4, dec - 1d-4, a, xx, yy\n"
        "  return, [[ra], [dec], [xx], [yy]]\nend\n")
    (tmp_path / "hdr_f.pro").write_text(
        "function hdr_f, b\n  return, string(b)\nend\n")
    rng = np.random.default_rng(2031)
    cases, expected = [], {}
    heads = {"tan": TAN, "sip": SIP,
             "car": header(NAXIS1="360", NAXIS2="180", CTYPE1="'GLON-CAR'",
                           CTYPE2="'GLAT-CAR'", CRVAL1="0.0", CRVAL2="0.0",
                           CRPIX1="180.5", CRPIX2="90.5", CDELT1="-1.0", CDELT2="1.0"),
             "zea": header(CTYPE1="'RA---ZEA'", CTYPE2="'DEC--ZEA'", CRVAL1="10.5",
                           CRVAL2="60.0", CRPIX1="100.0", CRPIX2="101.0",
                           CD1_1="-0.05", CD1_2="0.01", CD2_1="0.0", CD2_2="0.05",
                           LONPOLE="170.0")}
    for name, h in heads.items():
        x, y = rng.uniform(-5, 105, 50), rng.uniform(-5, 105, 50)
        codes = np.array([[ord(c) for c in s] for s in h], dtype=np.uint8)
        cases.append((name, {"b": codes, "x": x, "y": y}, "xyad_f(hdr_f(b), x, y)"))
        a = idl.extast(h)
        ra, dec = idl.xy2ad(x, y, a)
        xx, yy = idl.ad2xy(ra + 1e-4, dec - 1e-4, a)
        expected[name] = np.stack([ra, dec, xx, yy])
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        g = got[name]
        assert not isinstance(g, Exception), (name, g)
        assert g.shape == want.shape, name
        # the same C library functions in the same order: bit for bit
        np.testing.assert_array_equal(g, want, err_msg=name)


DSS = header(CNPIX1="8860", CNPIX2="1708", XPIXELSZ="25.28445", YPIXELSZ="25.28445",
             PPO1="0.0", PPO3="176616.98", PPO6="177193.56", PLTSCALE="67.2", PLTRAH="14",
             PLTRAM="37", PLTRAS="46.88", PLTDECSN="'-'", PLTDECD="60", PLTDECM="12",
             PLTDECS="59.29", AMDX1="67.226", AMDX2="-0.23", AMDX3="1.09", AMDX4="1.2E-06",
             AMDY1="67.233", AMDY2="0.226", AMDY3="-0.527", AMDY8="2.2E-06")


def test_gsss_structure_and_round_trip():
    g = idl.gsssextast(DSS)
    assert g.dtype.metadata["idl_name"] == "GSSS_ASTROMETRY"
    assert g.XLL.dtype == np.int16 and g.AMDX[0].shape == (13,)
    r = idl.extast(DSS, noparams=True)
    assert r.noparams == 4 and r.astr.dtype.names == g.dtype.names
    x, y = np.meshgrid(np.arange(0.0, 100.0, 12.5), np.arange(0.0, 100.0, 20.0))
    ra, dec = idl.gsssxyad(g, x, y)
    assert ra.shape == x.shape and ra.dtype == np.float64
    # Dec has FLOAT precision (gsssxyad.pro's ATAN(FLOAT(...))): a few 0.01 pixels
    x2, y2 = idl.gsssadxy(g, ra, dec)
    np.testing.assert_allclose(x2, x, atol=0.05)
    np.testing.assert_allclose(y2, y, atol=0.05)
    with pytest.raises(ValueError, match="GSSSEXTAST: Header does not contain GSSS astrometry"):
        idl.gsssextast(header(PPO3="1.0"))
    with pytest.raises(ValueError, match="GSSSXYAD: /PRINT"):
        idl.gsssxyad(g, 1.0, 1.0, print=True)


def test_jprecess_bprecess_round_trip_and_keywords():
    rng = np.random.default_rng(8)
    ra, dec = rng.uniform(0, 360, 20), rng.uniform(-80, 80, 20)
    mu = rng.uniform(-50, 50, (20, 2))
    k = idl.jprecess(ra, dec, mu_radec=mu, parallax=rng.uniform(0, 0.5, 20),
                     rad_vel=rng.uniform(-50, 50, 20))
    assert k.mu_radec.shape == (20, 2) and k.parallax.shape == (20,)
    j = idl.jprecess(ra, dec, mu_radec=mu)
    b = idl.bprecess(j.ra_2000, j.dec_2000, mu_radec=j.mu_radec)
    # the two directions are separate published matrices: agreement to ~1 mas
    assert np.max(np.abs(b.ra_1950 - ra) * np.cos(np.radians(dec))) * 3600 < 0.01
    assert np.max(np.abs(b.dec_1950 - dec)) * 3600 < 0.01
    s = idl.jprecess(10.0, 20.0)
    assert isinstance(s.ra_2000, np.float64) and s._fields == ("ra_2000", "dec_2000")
    with pytest.raises(ValueError, match=r"JPRECESS: ERROR - MU_RADEC keyword \(proper "
                                         r"motion\) be dimensioned \(2,2\)"):
        idl.jprecess([1.0, 2.0], [3.0, 4.0], mu_radec=[1.0, 2.0])
    with pytest.raises(ValueError, match="BPRECESS: ERROR - RAD_VEL keyword vector must "
                                         "contain 2 values"):
        idl.bprecess([1.0, 2.0], [3.0, 4.0], rad_vel=[1.0])


def test_make_astr_and_getrot():
    a = idl.make_astr(crpix=[50.5, 60.5], crval=[30.0, 45.0])
    assert a.CD[0].dtype == np.float32 and str(a.RADECSYS[0]) == "ICRS"
    ra, dec = idl.xy2ad(49.5, 59.5, a)
    assert float(ra) == pytest.approx(30.0) and float(dec) == pytest.approx(45.0)
    with pytest.raises(ValueError, match="MAKE_ASTR: ERROR - CRPIX is a required keyword"):
        idl.make_astr(crval=[1.0, 2.0])
    h = header(CTYPE1="'RA---TAN'", CTYPE2="'DEC--TAN'", CRVAL1="30.0", CRVAL2="45.0",
               CRPIX1="10.0", CRPIX2="20.0", CDELT1="-0.001", CDELT2="0.001", CROTA2="30.0")
    r = idl.getrot(h)
    assert r.rot == np.float32(30.0) and r.cdelt.dtype == np.float32
    with pytest.warns(CompatWarning, match="right-handed"):
        idl.getrot(idl.make_astr(cd=[[1e-3, 0.0], [0.0, 1e-3]], crpix=[1.0, 1.0],
                                 crval=[0.0, 0.0]))


def test_tpv_forward_and_its_unimplemented_inverse():
    h = header(CTYPE1="'RA---TPV'", CTYPE2="'DEC--TPV'", CRVAL1="52.0", CRVAL2="-27.8",
               CRPIX1="100.0", CRPIX2="100.0", CD1_1="-7.3E-05", CD2_2="7.3E-05",
               PV1_1="1.0", PV1_4="1.0E-02", PV2_1="1.0", PV2_4="-1.0E-02")
    a = idl.extast(h)
    assert str(a.DISTORT[0].NAME[0]) == "TPV" and a.PV1[0].size == 5
    ra, dec = idl.xy2ad(np.array([99.0, 500.0]), np.array([99.0, 10.0]), a)
    assert float(ra[0]) == pytest.approx(52.0) and float(dec[0]) == pytest.approx(-27.8)
    with pytest.raises(ValueError, match="AD2XY: the TPV distortion's inversion"):
        idl.ad2xy(ra, dec, a)
