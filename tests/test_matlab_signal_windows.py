"""Tests of MATLAB's windows, fir1 and freqz (compat.matlab.signal.windows/fir/analysis).

Checked against the documented definitions (not compat's code): the window equations,
exact symmetry of the symmetric forms, the periodic form as the L+1 symmetric window
without its last sample, fir1's unit gain at the centre of the first passband and its
linear phase, freqz's grid; bad input gives the routine's message; random filters
against live Octave's freqz.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning
from tests.oracles import run_octave

_COSINE = {"hamming": (0.54, 0.46), "hann": (0.5, 0.5), "blackman": (0.42, 0.5, 0.08)}


@pytest.mark.parametrize("name", sorted(_COSINE))
@pytest.mark.parametrize("L", [2, 3, 8, 9, 64, 65])
def test_cosine_windows_follow_their_equation(name, L):
    terms = _COSINE[name]
    x = np.arange(L) / (L - 1)
    ref = terms[0] - terms[1] * np.cos(2 * np.pi * x)
    if len(terms) == 3:
        ref = ref + terms[2] * np.cos(4 * np.pi * x)
    w = getattr(matlab, name)(L)
    np.testing.assert_allclose(w, ref, atol=4e-16)
    np.testing.assert_array_equal(w, w[::-1])                 # mirrored: exactly symmetric
    wp = getattr(matlab, name)(L, "periodic")
    np.testing.assert_array_equal(wp, getattr(matlab, name)(L + 1)[:-1])


def test_hanning_is_not_hann():
    np.testing.assert_allclose(matlab.hanning(5), matlab.hann(7)[1:-1], atol=1e-16)
    np.testing.assert_array_equal(matlab.hanning(5, "periodic")[1:], matlab.hanning(4))
    assert matlab.hanning(5, "periodic")[0] == 0


def test_small_lengths_and_rounding():
    for fn in (matlab.hamming, matlab.hann, matlab.hanning, matlab.kaiser, matlab.chebwin,
               matlab.triang, matlab.bartlett, matlab.gausswin, matlab.tukeywin):
        assert fn(0).shape == (0,) and fn(1).tolist() == [1.0]
    with pytest.warns(MatlabWarning, match="rounded to the nearest integer"):
        assert matlab.hamming(4.6).size == 5


def test_triangles():
    np.testing.assert_allclose(matlab.triang(5), [1 / 3, 2 / 3, 1, 2 / 3, 1 / 3])
    np.testing.assert_allclose(matlab.bartlett(4), [0, 2 / 3, 2 / 3, 0])


@pytest.mark.parametrize("call,message", [
    (lambda: matlab.hamming(-1), "^hamming: L must be a real, non-negative integer"),
    (lambda: matlab.hann(4, "sym"), "^hann: sflag must be 'symmetric' or 'periodic'"),
    (lambda: matlab.kaiser(4, np.inf), "^kaiser: beta must be finite"),
    (lambda: matlab.fir1(10, 1.5), r"^fir1: The cutoff frequencies must be within"),
    (lambda: matlab.fir1(10, [0.5, 0.3]), "^fir1: The cutoff frequencies must be increasing"),
    (lambda: matlab.fir1(10, 0.3, np.ones(5)), "^fir1: The window length must be the same"),
    (lambda: matlab.fir1(10, [0.2, 0.4], "high"), "^fir1: A 'high' filter needs a scalar"),
    (lambda: matlab.fir1(0, 0.3), "^fir1: The filter order N must be"),
    (lambda: matlab.freqz([1, 1], 1, 0), "^freqz: The number of points n must be"),
    (lambda: matlab.freqz([1, 1], 1, 8, "half"), "^freqz: Invalid option 'half'"),
    (lambda: matlab.freqz([1, 1], 0, 8), "^freqz: b and a must be non-empty"),
])
def test_bad_input(call, message):
    with pytest.raises(ValueError, match=message):
        call()


def test_bad_types():
    with pytest.raises(TypeError, match="^hamming: L must be"):
        matlab.hamming("8")


@pytest.mark.parametrize("args,f0", [((30, 0.3), 0.0), ((30, 0.3, "high"), 1.0),
                                     ((30, [0.2, 0.5]), 0.35), ((30, [0.2, 0.5], "stop"), 0.0),
                                     ((40, [0.1, 0.3, 0.6, 0.8], "DC-1"), 0.0),
                                     ((40, [0.1, 0.3, 0.6, 0.8]), 0.2)])
def test_fir1_unit_gain_and_linear_phase(args, f0):
    b = matlab.fir1(*args)
    np.testing.assert_allclose(b, b[::-1], atol=1e-16)
    gain = abs(np.sum(b * np.exp(-1j * np.pi * f0 * np.arange(b.size))))
    assert gain == pytest.approx(1.0, rel=1e-13)


def test_fir1_raises_odd_highpass_orders_with_matlabs_warning():
    with pytest.warns(MatlabWarning, match="The order is being increased by one"):
        b = matlab.fir1(21, 0.3, "high")
    assert b.size == 23


def test_fir1_noscale_is_the_windowed_ideal_response():
    b = matlab.fir1(16, 0.4, "noscale")
    m = np.arange(17) - 8
    np.testing.assert_allclose(b, 0.4 * np.sinc(0.4 * m) * matlab.hamming(17), atol=1e-16)


def test_freqz_grid_and_forms():
    b, a = matlab.butter(3, 0.3)
    h, w = matlab.freqz(b, a, 100)
    np.testing.assert_allclose(w, np.pi * np.arange(100) / 100)
    z = np.exp(1j * w)
    np.testing.assert_allclose(h, np.polyval(b, z) / np.polyval(a, z), atol=1e-13)
    hw, ww = matlab.freqz(b, a, 100, "whole")
    np.testing.assert_allclose(ww, 2 * np.pi * np.arange(100) / 100)
    h2 = matlab.freqz(b, a, np.array([0.0, 0.3 * np.pi]), nargout=1)
    assert abs(h2[1]) == pytest.approx(1 / np.sqrt(2), rel=1e-9)
    h3, f = matlab.freqz(b, a, 10, 2000)
    np.testing.assert_allclose(f, 100 * np.arange(10))


@pytest.mark.octave
def test_freqz_random_filters_against_octave():
    rng = np.random.default_rng(7)
    cases, ours = [], []
    for k in range(20):
        nb, na = int(rng.integers(1, 9)), int(rng.integers(1, 6))
        b = rng.standard_normal(nb)
        a = np.concatenate([[1.0], 0.3 * rng.standard_normal(na - 1)])
        n = int(rng.integers(2, 70))
        whole = bool(k % 2)
        opt = ", 'whole'" if whole else ""
        cases.append((f"pkg load signal; [h, w] = freqz(b, a, {n}{opt});",
                      {"b": b[None], "a": a[None]}, ["h", "w"]))
        ours.append(matlab.freqz(b, a, n, *(("whole",) if whole else ())))
    for (h, w), got, case in zip(ours, run_octave(cases), cases):
        assert not isinstance(got, Exception), got
        scale = np.abs(got["h"]).max()
        np.testing.assert_allclose(h, got["h"].ravel(), atol=1e-12 * scale, err_msg=case[0])
        np.testing.assert_allclose(w, got["w"].ravel(), rtol=1e-15, atol=1e-15)
