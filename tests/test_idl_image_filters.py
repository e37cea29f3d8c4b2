"""Tests of IDL's BANDPASS_FILTER (issue 18).

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
