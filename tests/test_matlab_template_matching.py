"""MATLAB xcorr2 and normxcorr2 (compat.matlab.template_matching): xcorr2 as a
flipped conv2 against scipy, normxcorr2 against the correlation coefficient computed
window by window (zero padding outside), the frequency-domain path against the spatial
one, MATLAB's shifts and errors, inputs left alone. Captured values: golden suite
matlab/template_matching."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import signal

from compat import matlab
from compat._core import template_matching as core
from compat._core.errors import CompatValueError


def test_xcorr2_is_scipys_full_correlation():
    rng = np.random.default_rng(3)
    a, b = rng.normal(size=(9, 7)), rng.normal(size=(4, 5))
    np.testing.assert_allclose(matlab.xcorr2(a, b), signal.correlate2d(a, b, "full"),
                               rtol=1e-13, atol=1e-13)
    np.testing.assert_allclose(matlab.xcorr2(a), signal.correlate2d(a, a, "full"),
                               rtol=1e-13, atol=1e-13)


def test_normxcorr2_window_by_window():
    rng = np.random.default_rng(4)
    a = rng.normal(size=(12, 10))
    t = a[3:6, 2:6].copy()
    c = matlab.normxcorr2(t, a)
    m, n = t.shape
    shifted = a - a.min()
    tt = t - t.min()
    padded = np.pad(shifted, ((m - 1, m - 1), (n - 1, n - 1)))
    for i in (0, 4, 5, 9, c.shape[0] - 1):
        for j in (0, 3, 5, c.shape[1] - 1):
            w = padded[i:i + m, j:j + n]
            if np.std(w) == 0:
                assert c[i, j] == 0
            else:
                r = np.corrcoef(w.ravel(), tt.ravel())[0, 1]
                assert c[i, j] == pytest.approx(r, abs=1e-12)
    assert c[5, 5] == pytest.approx(1.0, abs=1e-12)       # where the template came from


def test_frequency_path_agrees_with_spatial(monkeypatch):
    rng = np.random.default_rng(5)
    a = rng.normal(size=(300, 280))
    t = a[100:160, 50:130].copy()
    assert core._fft_is_faster(t.shape, a.shape)
    fast = matlab.normxcorr2(t, a)
    monkeypatch.setattr(core, "_fft_is_faster", lambda *args: False)
    np.testing.assert_allclose(fast, matlab.normxcorr2(t, a), rtol=0, atol=1e-10)


def test_errors_and_inputs():
    with pytest.raises(CompatValueError, match="all be the same"):
        matlab.normxcorr2(np.ones((2, 2)), np.random.default_rng(1).random((5, 5)))
    with pytest.raises(CompatValueError, match="larger than the template"):
        matlab.normxcorr2(np.eye(4), np.eye(3))
    with pytest.raises(CompatValueError, match="finite"):
        matlab.normxcorr2(np.eye(2), np.full((3, 3), np.nan))
    a = np.arange(30.0, dtype='>f8').reshape(5, 6) % 7
    a.setflags(write=False)
    before = a.copy()
    np.testing.assert_array_equal(matlab.normxcorr2(a[:2, :3], a),
                                  matlab.normxcorr2(a[:2, :3].astype('<f8'), a.astype('<f8')))
    assert np.array_equal(a, before)
