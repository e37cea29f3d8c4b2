"""MATLAB movmad: the moving median absolute deviation from its definition
(median(|w - median(w)|) over explicit windows), nanflag, Endpoints, SamplePoints,
classes, errors, and random data against MATLAB's definition run through Octave's
movfun in live Octave (Octave's own movmad is the mean absolute deviation)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


def _mad(w):
    return float(np.median(np.abs(w - np.median(w))))


def _reference(x, kb, kf, omit=False, t=None):
    """movmad of a vector by explicit windows: t(i) - kb <= t(j) <= t(i) + kf."""
    n = x.size
    t = np.arange(n, dtype=float) if t is None else np.asarray(t, float)
    out = np.empty(n)
    for i in range(n):
        w = x[(t >= t[i] - kb) & (t <= t[i] + kf)]
        if omit:
            w = w[~np.isnan(w)]
            out[i] = _mad(w) if w.size else np.nan
        else:
            out[i] = np.nan if np.isnan(w).any() else _mad(w)
    return out


@pytest.mark.parametrize("seed", range(5))
def test_against_the_definition(seed):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=int(rng.integers(5, 60)))
    k = int(rng.integers(1, 12))
    kb, kf = k // 2, math.ceil(k / 2) - 1
    np.testing.assert_array_equal(matlab.movmad(x, k), _reference(x, kb, kf))
    b, f = (int(v) for v in rng.integers(0, 5, 2))
    np.testing.assert_array_equal(matlab.movmad(x, [b, f]), _reference(x, b, f))


def test_documented_vector_and_not_scaled():
    A = [4, 8, 6, -1, -2, -3, -1, 3, 4, 5]
    np.testing.assert_array_equal(matlab.movmad(A, 3),
                                  [2, 2, 2, 1, 1, 1, 2, 1, 1, 0.5])
    # the MAD itself, not 1.4826 * MAD (MATLAB Answers 397493)
    assert matlab.movmad([0, 1, 10], 3)[1] == 1.0


def test_nanflag_endpoints_and_sample_points():
    rng = np.random.default_rng(21)
    x = rng.normal(size=30)
    x[rng.random(30) < 0.2] = np.nan
    np.testing.assert_array_equal(matlab.movmad(x, 5), _reference(x, 2, 2))
    np.testing.assert_array_equal(matlab.movmad(x, 5, "omitnan"), _reference(x, 2, 2, True))
    y = np.nan_to_num(x)
    d = matlab.movmad(y, 5, "Endpoints", "discard")
    np.testing.assert_array_equal(d, _reference(y, 2, 2)[2:-2])
    f = matlab.movmad(y, 5, "Endpoints", 0.0)
    padded = np.concatenate([[0, 0], y, [0, 0]])
    np.testing.assert_array_equal(f, _reference(padded, 2, 2)[2:-2])
    assert np.isnan(matlab.movmad(y, 5, "Endpoints", "fill")[[0, 1, -2, -1]]).all()
    t = np.cumsum(rng.uniform(0.2, 2.0, 30))
    got = matlab.movmad(y, [1.5, 0.5], "SamplePoints", t)
    np.testing.assert_array_equal(got, _reference(y, 1.5, 0.5, t=t))


def test_dims_classes_and_inputs():
    R = np.random.default_rng(3).normal(size=(7, 4))
    np.testing.assert_array_equal(matlab.movmad(R, 3, 2)[2], _reference(R[2], 1, 1))
    s = matlab.movmad(R.astype(np.float32), 3)
    assert s.dtype == np.float32
    assert matlab.movmad(np.int16([1, 5, 2, 8]), 3).dtype == np.float64
    big = np.array([3.0, 1.0, 4.0, 1.0, 5.0], dtype=">f8")
    big.setflags(write=False)
    out = matlab.movmad(big, 3)
    assert out.dtype.isnative and not np.shares_memory(out, big)
    np.testing.assert_array_equal(big, [3, 1, 4, 1, 5])


@pytest.mark.parametrize("args,kind,text", [
    (([1, 2], 0), ValueError, r"^movmad: window length must be a finite positive scalar"),
    (([1, 2], 3, "Endpoints", "wrap"), ValueError, r"^movmad: Endpoints must be"),
    (([1j, 2], 3), TypeError, r"^movmad: complex input"),
    (("ab", 3), TypeError, r"^movmad: "),
])
def test_errors(args, kind, text):
    with pytest.raises(kind, match=text):
        matlab.movmad(*args)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_data_against_the_definition_in_octave():
    rng = np.random.default_rng(12712)
    cases, ours = [], []
    define = "mad_ = @(w) median(abs(w - median(w)));"
    for _ in range(12):
        n = int(rng.integers(6, 50))
        x = rng.normal(size=(n, 2)) * rng.uniform(0.1, 100)
        if rng.random() < 0.3:
            x[rng.random(x.shape) < 0.1] = np.nan
        if rng.random() < 0.5:
            k = int(rng.integers(2, min(n, 12)))
            text, window = f"{k}", k
        else:
            b, f = (int(v) for v in rng.integers(0, 4, 2))
            if b + f == 0:
                f = 1
            text, window = f"[{b} {f}]", [b, f]
        end = str(rng.choice(["shrink", "discard", "fill"]))
        cases.append((f"{define} M = movfun(mad_, X, {text}, 'Endpoints', '{end}');",
                       {"X": x}, ["M"]))
        ours.append(matlab.movmad(x, window, "Endpoints", end))
    for got, mine in zip(run_octave(cases), ours):
        want = np.asarray(got["M"], dtype=float).reshape(mine.shape)
        np.testing.assert_allclose(mine, want, rtol=4 * np.finfo(float).eps, atol=0)
