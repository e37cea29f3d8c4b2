"""Tests of IDL's BANDPASS_FILTER and ESTIMATOR_FILTER (issue 18).

Checked against transfer functions written here from the Reference Guide's formulas
(with IDL 8.0's distance array centred one sample past the zero frequency), numpy's
FFTs, IDL's types and errors. GDL 1.0.1 lacks the routine; the golden suite
idl/image_filters evaluates the documented algorithm in GDL.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatValueError


def _distance(ny, nx):
    fx = np.minimum(np.arange(nx), nx - np.arange(nx)).astype(np.float32)
    fy = np.minimum(np.arange(ny), ny - np.arange(ny)).astype(np.float32)
    d = np.sqrt(fy[:, None] ** 2 + fx[None, :] ** 2).astype(np.float64)  # IDL's DIST: FLOAT
    d = np.roll(d, (ny // 2 + 1, nx // 2 + 1), axis=(0, 1))
    return d / d.max()


def _apply(img, H):
    F = np.fft.fftshift(np.fft.fft2(img.astype(np.float64)))
    return np.fft.ifft2(np.fft.ifftshift(H * F)).real


@pytest.mark.parametrize("shape", [(16, 20), (15, 21), (8, 8)])
def test_transfer_functions_from_the_documented_formulas(shape):
    rng = np.random.default_rng(4)
    img = rng.standard_normal(shape)
    D = _distance(*shape)
    lo, hi = 0.15, 0.55
    D0, W = (lo + hi) / 2, hi - lo
    with np.errstate(divide="ignore", invalid="ignore"):
        expect = {
            "ideal": ((D >= lo) & (D <= hi)).astype(float),
            "butterworth": 1 - 1 / (1 + (D * W / (D ** 2 - D0 ** 2)) ** 2),
            "gaussian": np.exp(-(((D ** 2 - D0 ** 2) / (D * W)) ** 2)),
        }
    for kind, H in expect.items():
        kw = {"ideal": {"ideal": True}, "butterworth": {}, "gaussian": {"gaussian": True}}
        got = idl.bandpass_filter(img, lo, hi, **kw[kind])
        np.testing.assert_allclose(got, _apply(img, H), atol=1e-12, err_msg=kind)
    # lowpass and highpass special cases
    got = idl.bandpass_filter(img, 0.0, 0.3, butterworth=2)
    np.testing.assert_allclose(got, _apply(img, 1 / (1 + (D / 0.3) ** 4)), atol=1e-12)
    with np.errstate(divide="ignore"):
        H = 1 - np.exp(-(D ** 2 / (2 * 0.4 ** 2)))
    got = idl.bandpass_filter(img, 0.4, 1.0, gaussian=True)
    np.testing.assert_allclose(got, _apply(img, H), atol=1e-12)


def test_centring_quirk_and_whole_band_quirk():
    # the zero frequency of the centred spectrum sees D at one sample off the centre,
    # so even the lowpass does not keep the mean exactly
    img = np.ones((8, 8))
    out = idl.bandpass_filter(img, 0.0, 0.5, gaussian=True)
    D = _distance(8, 8)
    np.testing.assert_allclose(out, np.exp(-(D[4, 4] ** 2) / (2 * 0.25)), rtol=1e-12)
    assert D[4, 4] > 0 and D[5, 5] == 0
    # an ideal band holding every frequency zeroes the last spectrum element (WHERE -1)
    rng = np.random.default_rng(5)
    img = rng.standard_normal((6, 10))
    H = np.ones((6, 10))
    H[-1, -1] = 0
    np.testing.assert_allclose(idl.bandpass_filter(img, 0.0, 1.0, ideal=True),
                               _apply(img, H), atol=1e-12)
    assert not np.allclose(idl.bandpass_filter(img, 0.0, 1.0, ideal=True), img)


def test_types():
    f = np.random.default_rng(6).standard_normal((8, 12)).astype(np.float32)
    assert idl.bandpass_filter(f, 0.1, 0.5, ideal=True).dtype == np.float32
    assert idl.bandpass_filter(f, 0.1, 0.5).dtype == np.float64
    assert idl.bandpass_filter(f, 0.1, 0.5, gaussian=True).dtype == np.float64
    assert idl.bandpass_filter(f.astype(np.float64), 0.1, 0.5, ideal=True).dtype \
        == np.float64
    b = (np.arange(96) % 7).astype(np.uint8).reshape(8, 12)
    assert idl.bandpass_filter(b, 0.1, 0.5, ideal=True).dtype == np.float32
    assert idl.bandpass_filter(b, 0.1, 0.5, butterworth=2).dtype == np.float64


@pytest.mark.parametrize("args, kwargs, message", [
    ((np.ones(8), 0.1, 0.4), {}, "two dimensional"),
    ((np.ones((4, 4, 4)), 0.1, 0.4), {}, "two dimensional"),
    ((np.ones((8, 8)), 0.1, 0.4), {"ideal": True, "gaussian": True}, "Only set one"),
    ((np.ones((8, 8)), 0.1, 0.4), {"ideal": True, "butterworth": 2}, "Only set one"),
    ((np.ones((8, 8)), -0.1, 0.4), {}, "Flow is out of range"),
    ((np.ones((8, 8)), 0.1, 1.4), {}, "Fhigh is out of range"),
    ((np.ones((8, 8)), 0.5, 0.4), {}, "greater than Flow"),
    ((np.ones((8, 8)), 0.1, 0.4), {"butterworth": 0}, "positive"),
    ((np.ones((8, 8)),), {}, "must be supplied"),
    ((np.ones((8, 8)), 0.1), {}, "Fhigh must be supplied"),
])
def test_bad_input(args, kwargs, message):
    with pytest.raises(CompatValueError, match=message):
        idl.bandpass_filter(*args, **kwargs)
    with pytest.raises(ValueError, match="^BANDPASS_FILTER: "):
        idl.bandpass_filter(*args, **kwargs)


# --------------------------------------------------------------------------- ESTIMATOR_FILTER
def _windows(img, h, w):
    ry, rx = (h - 1) // 2, (w - 1) // 2
    ny, nx = img.shape
    for y in range(ny):
        for x in range(nx):
            yield y, x, img[max(y - ry, 0):y + ry + 1, max(x - rx, 0):x + rx + 1].ravel()


def test_median_midpoint_truncated_against_explicit_windows():
    rng = np.random.default_rng(7)
    img = rng.standard_normal((9, 12)).astype(np.float32)
    img[2, 3] = np.nan
    med = idl.estimator_filter(img, 5, 3)
    mid = idl.estimator_filter(img[:, :], 3, midpoint=True)
    tr = idl.estimator_filter(img, 3, 5, truncate=40)
    for y, x, v in _windows(img, 3, 5):
        np.testing.assert_allclose(med[y, x], np.nanmedian(v), rtol=1e-6)
    clean = np.nan_to_num(img, nan=0.0)
    mid_clean = idl.estimator_filter(clean, 3, midpoint=True)
    for y, x, v in _windows(clean, 3, 3):
        np.testing.assert_allclose(mid_clean[y, x], (v.min() + v.max()) / 2, rtol=1e-6)
    assert mid.dtype == np.float32
    for y, x, v in _windows(img, 5, 3):
        s = np.sort(v)
        n = int(((0.4 * (v.size - 1)) + 1) // 2)
        np.testing.assert_allclose(tr[y, x], np.mean(s[n:v.size - n]), rtol=1e-6)


def test_types_invalid_missing_and_even_counts():
    img = np.array([[1, 2, 3, 4], [5, 60, 7, 8], [9, 10, 11, 12]], np.int16)
    out = idl.estimator_filter(img, 3)
    assert out.dtype == np.int16 and out[0, 0] == 3  # (2 + 5)/2 truncated
    d = np.array([[0.1, 0.2, 0.3], [0.4, 0.5, 0.6], [0.7, 0.8, 0.9]])
    r = idl.estimator_filter(d, 3)
    assert r.dtype == np.float64
    assert r[1, 1] == np.float64(np.float32(0.5))  # the median is FLOAT
    holes = np.array([[1, -9, 3], [4, 5, -9], [7, 8, 9]], np.int16)
    a = idl.estimator_filter(holes, 3, invalid=-9)
    assert a[0, 0] == 4  # median of 1, 4, 5 (the -9 ignored)
    b = idl.estimator_filter(holes, 3, invalid=-9, missing=0)
    assert b[0, 0] == 2  # median of 1, 0, 4, 5: (1 + 4)/2 truncated
    nanimg = np.full((3, 3), np.nan, np.float32)
    assert np.isnan(idl.estimator_filter(nanimg, 3)).all()
    assert idl.estimator_filter(img, 3, truncate=100).tolist() == out.tolist()


@pytest.mark.parametrize("args, kwargs, message", [
    ((np.ones((8, 8)),), {}, "Width must be set"),
    ((np.ones((8, 8)), 3), {"median": True, "midpoint": True}, "Set only one"),
    ((np.ones((8, 8)), 4), {}, "must be odd"),
    ((np.ones((8, 8)), 1), {}, "greater than or equal to 3"),
    ((np.ones(8), 3), {}, "two dimensional"),
    ((np.ones((2, 8)), 5), {}, "twice the input size"),
    ((np.ones((8, 8)), 3), {"truncate": 120}, "between 0 and 100"),
    ((np.ones((8, 8)), 3), {"truncate": 0}, "MEAN_FILTER"),
    ((np.ones((8, 8)), 3), {"missing": 0}, "MISSING keyword only works"),
])
def test_estimator_bad_input(args, kwargs, message):
    with pytest.raises(ValueError, match=message):
        idl.estimator_filter(*args, **kwargs)
