"""MATLAB rgb2ycbcr / ycbcr2rgb / rgb2ntsc / ntsc2rgb (compat.matlab.image_colors):
the published BT.601 and YIQ matrices worked by hand, per-class scaling and rounding,
ycbcr2rgb's clip, ntsc2rgb's mapping into [0, 1], errors, inputs left alone; a live
comparison with GNU Octave where it computes MATLAB's conversion. Captured values:
golden suite matlab/image_colors."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError, CompatWarning
from oracles import run_octave

T = np.array([[65.481, 128.553, 24.966], [-37.797, -74.203, 112], [112, -93.786, -18.214]])


def test_ycbcr_by_hand():
    rgb = np.array([[0.2, 0.5, 0.9], [1.0, 1.0, 1.0], [0.0, 0.0, 0.0]])
    want = (T @ rgb.T).T / 255 + np.array([16, 128, 128]) / 255
    np.testing.assert_allclose(matlab.rgb2ycbcr(rgb), want, rtol=0, atol=1e-15)
    u = np.array([[[255, 255, 255], [0, 0, 0], [255, 0, 0]]], dtype=np.uint8)
    np.testing.assert_array_equal(matlab.rgb2ycbcr(u),
                                  [[[235, 128, 128], [16, 128, 128], [81, 90, 240]]])
    w = np.array([[[65535, 0, 0]]], dtype=np.uint16)
    v = 257 * 16 + 65.481 * 65535 / 255
    assert matlab.rgb2ycbcr(w)[0, 0, 0] == np.floor(v + 0.5)
    # uint8 rounding: one linear combination rounded half away from zero
    u = np.random.default_rng(12751).integers(0, 256, (5, 6, 3)).astype(np.uint8)
    d = np.einsum("pk,ijk->ijp", T / 255, u.astype(float)) + np.array([16, 128, 128])
    np.testing.assert_array_equal(matlab.rgb2ycbcr(u), np.clip(np.floor(d + 0.5), 0, 255))


def test_ycbcr2rgb_inverse_and_clip():
    rng = np.random.default_rng(12752)
    rgb = rng.random((4, 5, 3))
    np.testing.assert_allclose(matlab.ycbcr2rgb(matlab.rgb2ycbcr(rgb)), rgb, atol=1e-14)
    out = matlab.ycbcr2rgb(np.array([[0.0, 0.0, 1.0], [1.0, 0.5, 0.5]]))
    assert out.min() == 0 and out.max() == 1        # unclipped: below 0 and above 1
    u = matlab.ycbcr2rgb(np.array([[[16, 128, 128], [235, 128, 128]]], dtype=np.uint8))
    np.testing.assert_array_equal(u, [[[0, 0, 0], [255, 255, 255]]])
    f = matlab.ycbcr2rgb(rgb.astype(np.float32))
    assert f.dtype == np.float32


def test_ntsc_by_hand():
    fwd = np.array([[0.299, 0.587, 0.114], [0.596, -0.274, -0.322], [0.211, -0.523, 0.312]])
    inv = np.array([[1.0, 0.956, 0.621], [1.0, -0.272, -0.647], [1.0, -1.106, 1.703]])
    rng = np.random.default_rng(12753)
    rgb = rng.random((3, 4, 3))
    np.testing.assert_allclose(matlab.rgb2ntsc(rgb), rgb @ fwd.T, atol=1e-15)
    u = rng.integers(0, 256, (3, 4, 3)).astype(np.uint8)
    np.testing.assert_allclose(matlab.rgb2ntsc(u), (u / 255) @ fwd.T, atol=1e-15)
    k = rng.integers(-32768, 32767, (2, 3, 3)).astype(np.int16)
    np.testing.assert_allclose(matlab.rgb2ntsc(k), ((k + 32768.0) / 65535) @ fwd.T,
                               atol=1e-15)
    yiq = np.array([[0.5, 0.1, -0.05], [0.9, 0.5, 0.3], [0.1, -0.4, 0.2]])
    raw = yiq @ inv.T
    want = np.maximum(raw, 0)
    over = (want > 1).any(axis=1)
    want[over] /= want[over].max(axis=1, keepdims=True)
    np.testing.assert_allclose(matlab.ntsc2rgb(yiq), want, atol=1e-15)
    assert matlab.ntsc2rgb(yiq)[1].max() == 1.0


def test_errors_warnings_inputs():
    with pytest.raises(CompatValueError, match="M-by-3"):
        matlab.rgb2ycbcr(np.zeros((4, 2)))
    with pytest.raises(CompatValueError, match="M-by-N-by-3"):
        matlab.ycbcr2rgb(np.zeros((2, 2, 4)))
    with pytest.raises(CompatTypeError, match="class"):
        matlab.rgb2ycbcr(np.zeros((2, 2, 3), dtype=np.int16))
    with pytest.raises(CompatTypeError):
        matlab.rgb2ntsc(np.zeros((2, 2, 3), dtype=np.int32))
    with pytest.warns(CompatWarning, match="im2double"):
        out = matlab.rgb2ntsc(np.array([[255, 0, 0]], dtype=np.uint8))
    np.testing.assert_allclose(out, [[0.299, 0.596, 0.211]])
    rgb = np.random.default_rng(12754).random((3, 4, 3))
    b = np.asarray(rgb, dtype=">f8")
    b.setflags(write=False)
    for f in (matlab.rgb2ycbcr, matlab.ycbcr2rgb, matlab.rgb2ntsc, matlab.ntsc2rgb):
        got = f(b)
        assert got.dtype.isnative
        np.testing.assert_array_equal(got, f(rgb))
        np.testing.assert_array_equal(f(np.asfortranarray(rgb)), f(rgb))
    assert np.array_equal(b, rgb)


@pytest.mark.octave
def test_against_octave():
    """uint8/uint16 YCbCr (Octave's Kb/Kr matrix rounds to the same integers except
    where a value lies within ~1e-6 of a half, not drawn here at 8 bits) and rgb2ntsc."""
    rng = np.random.default_rng(12755)
    cases, expected = [], []
    for _ in range(4):
        u = rng.integers(0, 256, (int(rng.integers(1, 6)), int(rng.integers(1, 6)), 3)
                         ).astype(np.uint8)
        r = rng.random((3, 4, 3))
        cases.append(("a = rgb2ycbcr(U); b = rgb2ntsc(R); c = rgb2ntsc(U);",
                      {"U": u, "R": r}, ["a", "b", "c"]))
        expected.append((matlab.rgb2ycbcr(u), matlab.rgb2ntsc(r), matlab.rgb2ntsc(u)))
    got = run_octave(cases, setup="pkg load image")
    for result, (a, b, c), case in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        ga = np.asarray(result["a"]).reshape(a.shape).astype(float)
        # Octave's matrix differs from the published one by < 2e-4 in 8-bit units, so
        # an integer may move by one only where the exact value is that close to a half
        diff = np.abs(ga - a)
        assert diff.max() <= 1
        if diff.any():
            exact = np.einsum("pk,ijk->ijp", T / 255, case[1]["U"].astype(float)) \
                + np.array([16, 128, 128])
            assert (np.abs(exact[diff > 0] % 1 - 0.5) < 1e-3).all()
        np.testing.assert_allclose(np.asarray(result["b"]).reshape(b.shape), b, atol=1e-15)
        np.testing.assert_allclose(np.asarray(result["c"]).reshape(c.shape), c, atol=1e-15)
