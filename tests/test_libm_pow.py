"""The C library's DOUBLE pow as IDL's ``^`` (compat._core.libm.c_pow) and the IDL
routines whose bits depend on it (XY2AD/AD2XY's SIP powers).

GDL 1.0.1 computes ``x^e`` of a DOUBLE ``x`` with the C library's ``pow`` for every
exponent, INT or DOUBLE (checked live below). numpy is not that function: ``np.power``
of float64 arrays is a SIMD loop (on AVX-512 machines ~5% of results differ from glibc's
``pow`` in the last bit), and ``x ** 2`` / ``np.square`` are the exactly rounded
``x * x`` while glibc's ``pow`` is only within 0.52 ulp (``pow(x, 2.0) != x * x`` for
about 0.08% of random x). Expected values come from the C library's ``pow`` called
through ctypes, or from GDL, never from compat."""

from __future__ import annotations

import ctypes
import ctypes.util
import math
import shutil
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from compat._core import libm
from tests.oracles import GDL, run_gdl

_LIBM = ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
_POW = _LIBM.pow
_POW.restype, _POW.argtypes = ctypes.c_double, [ctypes.c_double] * 2

PRO = Path(__file__).resolve().parent.parent / "reference_outputs" / "idl" / \
    "fits_astrometry" / "pro"


def c_pow(x, y):
    """The C library's pow, one ctypes call per element."""
    x, y = np.broadcast_arrays(np.asarray(x, float), np.asarray(y, float))
    return np.array([_POW(a, b) for a, b in zip(x.ravel().tolist(), y.ravel().tolist())]
                    ).reshape(x.shape)


def same_bits(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return (a.view(np.int64) == b.view(np.int64)) | (np.isnan(a) & np.isnan(b))


def _cases(rng, n):
    sign = rng.choice([-1.0, 1.0], n)
    return {
        "integer exponents": (rng.standard_normal(n) * np.exp(rng.uniform(-20, 20, n)),
                              rng.integers(-6, 7, n).astype(float)),
        "real exponents": (np.exp(rng.uniform(-50, 50, n)), rng.uniform(-10, 10, n)),
        "bases near 1": (1 + rng.standard_normal(n) * 1e-6, rng.uniform(-1e6, 1e6, n)),
        "whole range": (np.exp(rng.uniform(-700, 700, n)) * sign,
                        np.where(rng.random(n) < 0.5, rng.uniform(-3, 3, n).round(),
                                 rng.uniform(-3, 3, n).round(1))),
        "overflow and subnormal results": (np.exp(rng.uniform(-5, 5, n)),
                                           rng.uniform(-400, 400, n)),
    }


@pytest.mark.parametrize("kind", ["integer exponents", "real exponents", "bases near 1",
                                  "whole range", "overflow and subnormal results"])
def test_c_pow_is_the_c_librarys_pow(kind):
    rng = np.random.default_rng(141)
    x, y = _cases(rng, 40000)[kind]
    got = libm.c_pow(x, y)
    assert got.dtype == np.float64 and got.shape == x.shape
    assert same_bits(got, c_pow(x, y)).all()


def test_c_pow_special_values():
    special = [0.0, -0.0, np.inf, -np.inf, np.nan, 1.0, -1.0, 2.0, -2.0, 0.5, 1e-310,
               -1e-310, 1e308, -1e308]
    exps = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 3.0, -3.0, 0.5, -0.5, 3.5, np.inf, -np.inf,
            np.nan, 1e10, -1e10, 1e-320]
    x, y = np.meshgrid(special, exps)
    got = libm.c_pow(x, y)
    assert same_bits(got, c_pow(x, y)).all()
    # the C values the element-wise math.pow got wrong before (it raises there)
    assert libm.pow(0.0, -1.0) == np.inf and libm.pow(-0.0, -3.0) == -np.inf
    assert libm.pow(-1e200, 3.0) == -np.inf


def test_c_pow_shapes_and_scalars():
    assert isinstance(libm.c_pow(2.0, 0.5), np.float64)
    assert libm.c_pow(2.0, 0.5) == c_pow(2.0, 0.5)
    got = libm.c_pow(np.arange(1.0, 7.0).reshape(2, 3), np.array([0.5, 1.5, 2.5]))
    assert got.shape == (2, 3)
    assert same_bits(got, c_pow(np.arange(1.0, 7.0).reshape(2, 3), [0.5, 1.5, 2.5])).all()
    big = np.array([2.0, 3.0]).astype(">f8")[::-1]           # big-endian strided view
    assert same_bits(libm.c_pow(big, 3.0), c_pow([3.0, 2.0], 3.0)).all()
    assert libm.pow is libm.c_pow


def test_c_asin_and_c_atan2_of_single_values_near_a_midpoint():
    # one value whose extended result lies near a rounding midpoint is a C call; on a 0-d
    # input that assignment raised TypeError ('numpy.float64' object does not support item
    # assignment) for about one value in ten: idl.gcirc of scalars, ports calling ASIN
    # (found porting SUNPOS: sunpos, 2448908.5d, ra, dec)
    rng = np.random.default_rng(145)
    for x in rng.uniform(-1.0, 1.0, 300):
        got = libm.c_asin(np.float64(x))
        assert isinstance(got, np.float64) and got == math.asin(x)
    for y, x in rng.uniform(-5.0, 5.0, (300, 2)):
        got = libm.c_atan2(np.float64(y), np.float64(x))
        assert isinstance(got, np.float64) and got == math.atan2(y, x)
    for r1, d1, r2, d2 in rng.uniform(0.0, 80.0, (300, 4)):
        assert np.isfinite(idl.gcirc(2, r1, d1, r2, d2))


def test_square_by_pow_where_it_is_not_x_times_x():
    # cylindrical z of commit 313431c: GDL's z^2 prints 2.79480674954335595E-01
    z = -0.5286593184219263
    assert libm.c_pow(z, 2.0) == _POW(z, 2.0) == 0.27948067495433560


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl is not on PATH")
def test_gdl_powers_of_double_are_c_pow(tmp_path):
    rng = np.random.default_rng(1411)
    n = 20000
    x = np.abs(rng.standard_normal(n)) * np.exp(rng.uniform(-5, 5, n))
    y = rng.uniform(-4, 4, n)
    exps = {"x^2": 2.0, "x^2d": 2.0, "x^3": 3.0, "x^3d": 3.0, "x^0.5d": 0.5,
            "x^1.5d": 1.5, "x^(-1)": -1.0, "x^(-2)": -2.0, "x^5L": 5.0,
            "x^(1d/3)": 1.0 / 3.0, "x^y": None}
    got = run_gdl([(e, {"x": x, "y": y}, e) for e in exps], tmp_path)
    for e, k in exps.items():
        g = got[e]
        assert not isinstance(g, Exception), (e, g)
        want = libm.c_pow(x, y if k is None else k)
        assert g.dtype == np.float64 and same_bits(g, want).all(), e


# An AD2XY/XY2AD header whose SIP terms are as large as the offsets they are added to,
# so the last bit of each power shows in the result (real headers' terms are ~1e-6 of
# the offsets and hide it).
def _card(key, value):
    text = f"{key:<8}= {value:>20}" if not value.startswith("'") else f"{key:<8}= {value:<20}"
    return text.ljust(80)


SIP = np.array([_card(k, v) for k, v in dict(
    NAXIS1="8", NAXIS2="8", CTYPE1="'RA---TAN-SIP'", CTYPE2="'DEC--TAN-SIP'",
    CRVAL1="30.0", CRVAL2="45.0", CRPIX1="1.0", CRPIX2="1.0", CD1_1="-0.001",
    CD1_2="0.0", CD2_1="0.0", CD2_2="0.001",
    A_ORDER="3", A_3_0="0.7", A_0_3="-0.3", A_2_0="0.45",
    B_ORDER="3", B_0_3="0.6", B_3_0="0.25", B_0_2="-0.35",
    AP_ORDER="3", AP_3_0="-0.7", AP_0_3="0.3", AP_2_0="-0.45",
    BP_ORDER="3", BP_0_3="-0.6", BP_3_0="-0.25", BP_0_2="0.35").items()] +
    ["END".ljust(80)])


def test_ad2xy_sip_powers_are_c_pow():
    # GDL 1.0.1 running the Library's ad2xy.pro (xdif^i*ydif^j*ap[i,j], INT i, j):
    # y = -0.0879434815237351; numpy's power gave -0.08794348152373499
    r = idl.ad2xy(29.997925578579018, 45.00076463063613, idl.extast(SIP))
    assert float(r.x) == -1.5764146945366293
    assert float(r.y) == -0.0879434815237351
    # and from 2 other points: x = -16.733274331242118 (numpy: -16.73327433124212),
    # x = -191.0662500587108 (numpy: -191.06625005871075)
    r = idl.ad2xy([29.995969664799187, 29.987704635367248],
                  [45.00096905001474, 45.00993250949925], idl.extast(SIP))
    assert r.x.tolist() == [-16.733274331242118, -191.0662500587108]
    assert r.y.tolist() == [-5.034518003722596, -707.7914043024483]


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl is not on PATH")
def test_sip_powers_against_the_library_in_gdl(tmp_path):
    for pro in PRO.glob("*.pro"):
        shutil.copy(pro, tmp_path)
    (tmp_path / "xyad_f.pro").write_text(
        "function xyad_f, h, x, y\n  extast, h, a\n"
        "  xy2ad, x, y, a, ra, dec\n  ad2xy, ra + 1d-4, dec - 1d-4, a, xx, yy\n"
        "  return, [[ra], [dec], [xx], [yy]]\nend\n")
    (tmp_path / "hdr_f.pro").write_text("function hdr_f, b\n  return, string(b)\nend\n")
    rng = np.random.default_rng(1412)
    x, y = rng.uniform(0.5, 4, 400), rng.uniform(0.5, 4, 400)
    codes = np.array([[ord(c) for c in s] for s in SIP], dtype=np.uint8)
    got = run_gdl([("sip", {"b": codes, "x": x, "y": y}, "xyad_f(hdr_f(b), x, y)")],
                  tmp_path)["sip"]
    a = idl.extast(SIP)
    ra, dec = idl.xy2ad(x, y, a)
    r = idl.ad2xy(ra + 1e-4, dec - 1e-4, a)
    # the same C library functions in the same order: bit for bit
    np.testing.assert_array_equal(got, np.stack([ra, dec, r.x, r.y]))
