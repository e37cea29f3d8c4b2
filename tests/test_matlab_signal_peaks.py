"""Tests of MATLAB's findpeaks (compat.matlab.signal.peaks over compat._core.peaks).

Checked against a sample-by-sample reading of MATLAB's documented rules written here
independently of the core's stack walk (peak definition, prominence, half-prominence
widths bounded by the saddles, MinPeakDistance, the selections), against
scipy.signal.peak_prominences where the definitions coincide, and on the documented
example; bad input gives MATLAB's messages.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.signal

from compat import matlab
from compat._core.errors import MatlabWarning


def _reference_peaks(y):
    """Peaks by the definition: runs of equal values as one (first index), larger than
    both neighbouring runs, no NaN/+Inf neighbour, not at the ends."""
    yt = np.where(np.isposinf(y), np.nan, y)
    runs = []  # (start, value)
    for i, v in enumerate(yt):
        if runs and (v == runs[-1][1] or (np.isnan(v) and np.isnan(runs[-1][1]))):
            continue
        runs.append((i, v))
    out = []
    for k in range(1, len(runs) - 1):
        (a, va), (b, vb), (c, vc) = runs[k - 1], runs[k], runs[k + 1]
        if not np.isnan(vb) and va < vb and vc < vb and not np.isnan(va) and not np.isnan(vc):
            out.append(b)
    return np.array(out, dtype=int), yt


def _side(yt, i, step, strict):
    """Scan from peak i: the lowest sample before a higher (strict) or at-least-as-high
    (not strict, own flat top excluded) sample, NaN or the end; nearest among equals
    measured on the first sample of each run."""
    p = yt[i]
    j = i + step
    if step > 0:
        while j < yt.size and yt[j] == p:   # own flat top
            j += 1
    best, where = np.inf, None
    while 0 <= j < yt.size:
        v = yt[j]
        if np.isnan(v) or v > p or (not strict and v >= p):
            break
        first = j if step > 0 else j  # choose nearest run start below
        if v < best:
            best, where = v, first
        elif v == best and step < 0:
            # same value further left: MATLAB keeps the nearest valley, but within a
            # flat valley its first (leftmost) sample
            if yt[j + 1] == v:
                where = j
        j += step
    return best, where


def _reference_extents(y, x):
    peaks, yt = _reference_peaks(y)
    prom, widths = [], []
    for i in peaks:
        lmin, _ = _side(yt, i, -1, True)
        rmin, _ = _side(yt, i, 1, True)
        base = max(lmin, rmin)
        prom.append(y[i] - base)
        _, ls = _side(yt, i, -1, False)
        _, rs = _side(yt, i, 1, False)
        # right saddle: MATLAB's index of a flat valley is its first sample
        while rs > 0 and yt[rs - 1] == yt[rs]:
            rs -= 1
        ref = (y[i] + base) / 2
        j = i
        while j >= ls and yt[j] > ref:
            j -= 1
        xl = x[ls] if j < ls else x[j] + (x[j + 1] - x[j]) * (ref - yt[j]) / (yt[j + 1] - yt[j])
        j = i
        while j <= rs and yt[j] > ref:
            j += 1
        xr = x[rs] if j > rs else x[j] + (x[j - 1] - x[j]) * (ref - yt[j]) / (yt[j - 1] - yt[j])
        widths.append(xr - xl)
    return peaks, np.array(prom), np.array(widths)


@pytest.mark.parametrize("seed", range(12))
def test_prominence_and_width_follow_the_documented_rules(seed):
    rng = np.random.default_rng(seed)
    n = int(rng.integers(3, 200))
    if seed % 3 == 0:
        y = rng.integers(0, 5, n).astype(float)      # flat peaks and flat valleys
    elif seed % 3 == 1:
        y = rng.standard_normal(n).cumsum()
    else:
        y = rng.standard_normal(n)
        y[rng.random(n) < 0.05] = np.nan
    x = np.sort(rng.uniform(0, 100, n)) + np.arange(n)
    peaks, prom, widths = _reference_extents(y, x)
    pks, locs, w, p = matlab.findpeaks(y, x, nargout=4)
    np.testing.assert_array_equal(locs, x[peaks])
    np.testing.assert_array_equal(pks, y[peaks])
    np.testing.assert_array_equal(p, prom)
    np.testing.assert_allclose(w, widths, rtol=1e-12, atol=1e-12)


def test_prominence_agrees_with_scipy_without_flat_peaks():
    y = np.random.default_rng(5).standard_normal(5000)
    peaks, _ = scipy.signal.find_peaks(y)
    prom = scipy.signal.peak_prominences(y, peaks)[0]
    pks, locs, w, p = matlab.findpeaks(y, nargout=4)
    np.testing.assert_array_equal(locs - 1, peaks)
    np.testing.assert_array_equal(p, prom)
    # half-prominence widths agree where the crossing lies inside the saddles
    sw = scipy.signal.peak_widths(y, peaks, rel_height=0.5)[0]
    np.testing.assert_allclose(np.median(w / sw), 1.0)


def test_documented_example_and_flat_peak():
    data = [25, 8, 15, 5, 6, 10, 10, 3, 1, 20, 7]
    pks, locs, w, p = matlab.findpeaks(data, nargout=4)
    np.testing.assert_array_equal(pks, [15, 10, 20])
    np.testing.assert_array_equal(locs, [3, 6, 10])
    np.testing.assert_array_equal(p, [7, 5, 13])
    # halfheight widths are bounded by the valleys between selected peaks
    _, _, wh, _ = matlab.findpeaks(data, "WidthReference", "halfheight", nargout=4)
    assert np.all(wh >= w - 1e-12)


def test_infinite_peaks_and_nan_borders():
    y = [0, 1, np.inf, 1, 3, 2, np.nan, 4, 1]
    pks, locs, w, p = matlab.findpeaks(y, nargout=4)
    np.testing.assert_array_equal(locs, [3, 5])
    np.testing.assert_array_equal(p, [np.inf, 1])
    np.testing.assert_array_equal(w, [1, 0.75])


def test_min_peak_distance_is_greedy_from_the_highest_and_inclusive():
    y = np.array([0, 5, 0, 4, 0, 6, 0, 3, 0, 5, 0.0])
    # 6 at 6 kept; 4 at 4 and 5 at 2 are within 2 and 4 of it
    pks, locs = matlab.findpeaks(y, "MinPeakDistance", 2, nargout=2)
    np.testing.assert_array_equal(locs, [2, 6, 10])
    pks, locs = matlab.findpeaks(y, "MinPeakDistance", 4, nargout=2)
    np.testing.assert_array_equal(locs, [6])     # the distance itself is dropped
    pks, locs = matlab.findpeaks(y, "minpeakdist", 3.5, nargout=2)
    np.testing.assert_array_equal(locs, [2, 6, 10])


def test_selections_sort_and_orientation():
    rng = np.random.default_rng(2)
    y = rng.standard_normal((300, 1))
    pks, locs, w, p = matlab.findpeaks(y, "MinPeakProminence", 1, nargout=4)
    assert pks.shape[1] == 1 and np.all(p >= 1)
    pks2, locs2 = matlab.findpeaks(y, "Threshold", 0.5, nargout=2)
    flat = y.ravel()
    k = locs2.ravel().astype(int) - 1
    assert np.all(flat[k] - np.maximum(flat[k - 1], flat[k + 1]) >= 0.5)
    pks3, locs3 = matlab.findpeaks(y.ravel(), "SortStr", "descend", "NPeaks", 4, nargout=2)
    allp = matlab.findpeaks(y.ravel())
    np.testing.assert_array_equal(pks3, np.sort(allp)[::-1][:4])
    _, _, w4, _ = matlab.findpeaks(y.ravel(), "MinPeakWidth", 2, "MaxPeakWidth", 3, nargout=4)
    assert np.all((w4 >= 2) & (w4 <= 3))
    pks5, locs5 = matlab.findpeaks(y.ravel(), 100, nargout=2)   # Fs
    np.testing.assert_allclose(locs5, (matlab.findpeaks(y.ravel(), nargout=2)[1] - 1) / 100)
    row = y.reshape(1, -1)
    assert matlab.findpeaks(row).shape[0] == 1
    assert matlab.findpeaks(row, MinPeakHeight=1).ndim == 2


def test_single_stays_single():
    y = np.float32([0, 2, 1, 3, 0])
    pks, locs, w, p = matlab.findpeaks(y, nargout=4)
    assert pks.dtype == np.float32 and p.dtype == np.float32 and locs.dtype == np.float64


def test_min_peak_height_warning():
    with pytest.warns(MatlabWarning, match="There are no data points greater than"):
        assert matlab.findpeaks([0, 1, 0], "MinPeakHeight", 5).size == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matlab.findpeaks([0, 1, 0], "MinPeakHeight", 5, "WidthReference", "halfheight")


@pytest.mark.parametrize("call,message", [
    (lambda: matlab.findpeaks([1, 2]), "^findpeaks: Data set must contain at least 3"),
    (lambda: matlab.findpeaks([]), "^findpeaks: Expected Y to be nonempty"),
    (lambda: matlab.findpeaks(np.ones((3, 3))), "^findpeaks: Expected Y to be a vector"),
    (lambda: matlab.findpeaks([1, 2, 1], [1, 1, 2]), "^findpeaks: Expected X to be increasing"),
    (lambda: matlab.findpeaks([1, 2, 1], [1, 2]), "^findpeaks: X must be the same length"),
    (lambda: matlab.findpeaks([1, 2, 1], 0), "^findpeaks: Expected Fs to be positive"),
    (lambda: matlab.findpeaks([1, 2, 1], "MinPeakDistance", 5),
     r"^findpeaks: Expected MinPeakDistance to be a scalar with value < 2"),
    (lambda: matlab.findpeaks([1, 2, 1], "Threshold", -1),
     "^findpeaks: Expected Threshold to be nonnegative"),
    (lambda: matlab.findpeaks([1, 2, 1], "NPeaks", 1.5),
     "^findpeaks: Expected NPeaks to be integer-valued"),
    (lambda: matlab.findpeaks([1, 2, 1], "SortStr", "up"),
     "^findpeaks: Expected SortStr to match one of these values"),
    (lambda: matlab.findpeaks([1, 2, 1], "MinPeak", 1),
     "^findpeaks: Expected a parameter name to match one of these values"),
    (lambda: matlab.findpeaks([1, 2, 1], "Bogus", 1),
     "^findpeaks: Expected a parameter name to match"),
    (lambda: matlab.findpeaks([1, 2, 1], "NPeaks"), "^findpeaks: Parameter 'NPeaks' has no"),
    (lambda: matlab.findpeaks([1 + 1j, 2, 1]), "^findpeaks: Expected Y to be real"),
])
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_bad_types():
    with pytest.raises(TypeError, match="^findpeaks: Expected Y to be one of these types"):
        matlab.findpeaks(np.array([1, 2, 1], dtype=np.int16))
    with pytest.raises(TypeError, match="^findpeaks: Expected MinPeakHeight to be numeric"):
        matlab.findpeaks([1, 2, 1], "MinPeakHeight", "high")
