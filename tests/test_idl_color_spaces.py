"""IDL COLOR_CONVERT: Foley and van Dam's HSV and HLS formulas on colours worked by hand,
byte round trips, the image form's interleaves, types and shapes, errors, untouched
inputs, and random colours against live GDL (its own colour routines through TVLCT /HSV
and /HLS, and the formulas of the golden suite's ref_color_convert.pro)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

SUITE = Path(__file__).resolve().parents[1] / "reference_outputs" / "idl" / "color_spaces"

# (r, g, b) -> (h, s, v) and (h, l, s), by the hexcone definitions
HAND = [
    ((255, 0, 0), (0, 1, 1), (0, 0.5, 1)), ((0, 255, 0), (120, 1, 1), (120, 0.5, 1)),
    ((0, 0, 255), (240, 1, 1), (240, 0.5, 1)), ((255, 255, 0), (60, 1, 1), (60, 0.5, 1)),
    ((0, 255, 255), (180, 1, 1), (180, 0.5, 1)), ((255, 0, 255), (300, 1, 1), (300, 0.5, 1)),
    ((0, 0, 0), (0, 0, 0), (0, 0, 0)), ((255, 255, 255), (0, 0, 1), (0, 1, 0)),
    ((51, 51, 51), (0, 0, 0.2), (0, 0.2, 0)), ((255, 128, 0), (60 * 128 / 255, 1, 1),
                                               (60 * 128 / 255, 0.5, 1)),
    ((102, 51, 51), (0, 0.5, 0.4), (0, 0.3, 1 / 3)),
]


@pytest.mark.parametrize("rgb, hsv, hls", HAND)
def test_rgb_to_hsv_hls_by_hand(rgb, hsv, hls):
    h, s, v = idl.color_convert(*rgb, rgb_hsv=True)
    assert all(type(x) is np.float32 for x in (h, s, v))
    np.testing.assert_allclose([h, s, v], hsv, rtol=2e-7, atol=1e-6)
    h, l_, s = idl.color_convert(*rgb, rgb_hls=True)
    np.testing.assert_allclose([h, l_, s], hls, rtol=2e-7, atol=1e-6)


@pytest.mark.parametrize("rgb, hsv, hls", HAND)
def test_hsv_hls_to_rgb_by_hand(rgb, hsv, hls):
    out = idl.color_convert(*[np.float32(x) for x in hsv], hsv_rgb=True)
    assert all(type(x) is np.uint8 for x in out)
    assert tuple(int(x) for x in out) == rgb
    out = idl.color_convert(*[np.float32(x) for x in hls], hls_rgb=True)
    assert tuple(int(x) for x in out) == rgb


def test_rounding_to_nearest_and_hue_wrap():
    # V = 0.7: 178.5 rounds up (halves away from zero); p = 0.35 * 255 = 89.25 -> 89
    r, g, b = idl.color_convert(np.float32(120), np.float32(0.5), np.float32(0.7), hsv_rgb=True)
    assert (r, g, b) == (89, 179, 89)
    for h in (-240.0, 480.0, 840.0):
        assert tuple(idl.color_convert(np.float32(h), np.float32(1), np.float32(1),
                                       hsv_rgb=True)) == (0, 255, 0)


def test_byte_round_trips_are_exact():
    rng = np.random.default_rng(115)
    rgb = rng.integers(0, 256, (3, 20000)).astype(np.uint8)
    for forward, back in (("rgb_hsv", "hsv_rgb"), ("rgb_hls", "hls_rgb")):
        out = idl.color_convert(*rgb, **{forward: True})
        again = idl.color_convert(*out, **{back: True})
        np.testing.assert_array_equal(np.array(again), rgb)


def test_rgb_input_converted_as_byte():
    ints = idl.color_convert(np.int16([300, -1]), np.int16([0, 0]), np.int16([0, 0]),
                             rgb_hsv=True)
    same = idl.color_convert(np.uint8([44, 255]), np.uint8([0, 0]), np.uint8([0, 0]),
                             rgb_hsv=True)
    for a, b in zip(ints, same):
        np.testing.assert_array_equal(a, b)
    floats = idl.color_convert(200.7, 10.2, 0.9, rgb_hsv=True)
    assert tuple(floats) == tuple(idl.color_convert(200, 10, 0, rgb_hsv=True))


def test_shapes_and_types():
    a = np.arange(12, dtype=np.uint8).reshape(3, 4) * 20
    h, s, v = idl.color_convert(a, a[::-1], a.T.reshape(3, 4), rgb_hsv=True)
    assert h.shape == s.shape == v.shape == (3, 4) and h.dtype == np.float32
    r, g, b = idl.color_convert(np.float64([10, 20]), [0.5, 0.5], [0.5, 0.5], hls_rgb=True)
    assert r.dtype == np.uint8 and r.shape == (2,)


@pytest.mark.parametrize("shape, interleave, axis", [
    ((4, 5, 3), None, 2), ((4, 5, 3), 0, 2), ((4, 3, 5), 1, 1), ((3, 4, 5), 2, 0),
    ((6, 3), 0, 1), ((3, 6), 1, 0), ((3, 6), 2, 0),
])
def test_image_form_matches_three_array_form(shape, interleave, axis):
    rng = np.random.default_rng(7)
    img = rng.integers(0, 256, shape).astype(np.uint8)
    kw = {} if interleave is None else {"interleave": interleave}
    res = idl.color_convert(img, rgb_hls=True, **kw)
    assert len(res) == 1 and res.o0.shape == shape and res.o0.dtype == np.float32
    chans = np.moveaxis(img, axis, 0)
    for k, expected in enumerate(idl.color_convert(*chans, rgb_hls=True)):
        np.testing.assert_array_equal(np.moveaxis(res.o0, axis, 0)[k], expected)
    back = idl.color_convert(res.o0, hls_rgb=True, **kw).o0
    np.testing.assert_array_equal(back, img)


def test_untouched_big_endian_read_only_input():
    r = np.array([10, 200, 30], dtype=">i2")
    r.setflags(write=False)
    before = r.copy()
    out = idl.color_convert(r, [0, 5, 250], [7, 7, 7], rgb_hsv=True)
    np.testing.assert_array_equal(r, before)
    assert out.o0.dtype == np.float32 and out.o0.dtype.isnative


def test_errors():
    with pytest.raises(ValueError, match="COLOR_CONVERT: exactly one conversion keyword"):
        idl.color_convert(1, 2, 3)
    with pytest.raises(ValueError, match="COLOR_CONVERT: exactly one conversion keyword"):
        idl.color_convert(1, 2, 3, rgb_hsv=True, rgb_hls=True)
    for kw in ("rgb_yuv", "yuv_rgb", "rgb_yiq", "yiq_rgb", "rgb_ypbpr", "ypbpr_rgb",
               "rgb_ycbcr", "ycbcr_rgb"):
        with pytest.raises(ValueError, match=f"COLOR_CONVERT: /{kw.upper()} is not supported"):
            idl.color_convert(1, 2, 3, **{kw: True})
    with pytest.raises(ValueError, match="COLOR_CONVERT: I0, I1 and I2 must have the same"):
        idl.color_convert([1, 2], [1, 2, 3], [1, 2], rgb_hsv=True)
    with pytest.raises(ValueError, match="COLOR_CONVERT: give three input arrays"):
        idl.color_convert([1, 2], [1, 2], rgb_hsv=True)
    with pytest.raises(ValueError, match="COLOR_CONVERT: Image of IDL dimensions 4 x 5 has no"):
        idl.color_convert(np.zeros((5, 4), np.uint8), rgb_hsv=True)
    with pytest.raises(ValueError, match="COLOR_CONVERT: INTERLEAVE must be 0, 1 or 2"):
        idl.color_convert(np.zeros((5, 3), np.uint8), rgb_hsv=True, interleave=3)
    with pytest.raises(ValueError, match="COLOR_CONVERT: Image must be"):
        idl.color_convert(np.zeros(3, np.uint8), rgb_hsv=True)
    with pytest.raises(TypeError, match="COLOR_CONVERT:"):
        idl.color_convert("abc", 1, 2, rgb_hsv=True)
    with pytest.raises(TypeError, match="COLOR_CONVERT:"):
        idl.color_convert(1j, 1, 2, hsv_rgb=True)


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_colours_against_gdl():
    """HSV/HLS -> RGB against GDL's own colour routines (TVLCT /HSV, /HLS), RGB ->
    HSV/HLS against the suite's ref_color_convert.pro: bit for bit."""
    rng = np.random.default_rng(1152)
    cases, ours = [], {}
    for k in range(6):
        n = int(rng.integers(1, 700))
        h = rng.uniform(-400, 800, n).astype(np.float32)
        if k % 2:
            h = np.round(h / 15).astype(np.float32) * np.float32(15)   # sector borders
        s = rng.uniform(0, 1, n).astype(np.float32)
        v = rng.uniform(0, 1, n).astype(np.float32)
        s[rng.random(n) < 0.1] = 0
        rgb = rng.integers(0, 256, (3, n)).astype(np.uint8)
        for kind, args in (("hsv_rgb", (h, s, v)), ("hls_rgb", (h, v, s)),
                           ("rgb_hsv", tuple(rgb)), ("rgb_hls", tuple(rgb))):
            got = idl.color_convert(*args, **{kind: True})
            for j in range(3):
                name = f"{kind}{k}_{j}"
                expr = (f"ref_color_convert_out(a, b, c, '{kind}', {j})")
                cases.append((name, {"a": args[0], "b": args[1], "c": args[2]}, expr))
                ours[name] = got[j]
    with tempfile.TemporaryDirectory() as tmp:
        for pro in SUITE.glob("ref_*.pro"):
            shutil.copy(pro, tmp)
        Path(tmp, "ref_color_convert_out.pro").write_text(
            "function ref_color_convert_out, a, b, c, kind, j\n"
            "  ref_color_convert, a, b, c, o0, o1, o2, kind\n"
            "  return, j eq 0 ? o0 : (j eq 1 ? o1 : o2)\n"
            "end\n")
        results = run_gdl(cases, workdir=tmp)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(np.ravel(value), np.ravel(got), err_msg=name)


def test_scan_reports_the_refused_keywords_as_missing():
    """compat scan: /RGB_HSV is covered, /RGB_YUV (refused with an error) is a missing
    option of COLOR_CONVERT."""
    from compat.scan.catalog import build_catalog
    from compat.scan.pitfalls import build_table
    from compat.scan.worker import Context, scan_text
    context = Context(build_table(), build_catalog())
    found = scan_text("color_convert, img, hsv, /rgb_hsv\n"
                      "color_convert, img, yuv, /RGB_YUV\n", "c.pro", "idl", context)
    assert [(o[0], o[1]) for o in found["options"]] == [("color_convert", "rgb_yuv")]
