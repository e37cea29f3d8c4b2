"""MATLAB buffer: frames from the definition (brute-force windows of [init; x] or of x
with skips), column counts, remainder and state, continuous buffering across calls
reproducing a one-shot buffer (the reference page's use), errors, and random signals
against the signal package in live Octave (overlaps up to n/2, where Octave follows the
page)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


def _frames(x, n, p, init=None, nodelay=False, offset=0):
    if p >= 0:
        data = list(x) if nodelay else list(np.zeros(p) if init is None else init) + list(x)
        step = n - p
        m = math.ceil(len(x) / step) if not nodelay else \
            (1 if len(x) <= n else 1 + math.ceil((len(x) - n) / step))
        starts = [k * step for k in range(m)]
    else:
        data, step = list(x), n - p
        starts = [offset + k * step for k in range(math.ceil((len(x) - offset) / step))]
    cols = [[data[s + i] if s + i < len(data) else 0.0 for i in range(n)] for s in starts]
    return np.array(cols, dtype=float).T.reshape(n, len(starts))


@pytest.mark.parametrize("seed", range(6))
def test_against_the_definition(seed):
    rng = np.random.default_rng(seed)
    L = int(rng.integers(1, 40))
    x = rng.normal(size=L)
    n = int(rng.integers(1, 9))
    p = int(rng.integers(-4, n))
    np.testing.assert_array_equal(matlab.buffer(x, n, p), _frames(x, n, p))
    if p > 0:
        init = rng.normal(size=p)
        np.testing.assert_array_equal(matlab.buffer(x, n, p, init), _frames(x, n, p, init))
        np.testing.assert_array_equal(matlab.buffer(x, n, p, "nodelay"),
                                      _frames(x, n, p, nodelay=True))
    if p < 0:
        off = int(rng.integers(0, -p + 1))
        np.testing.assert_array_equal(matlab.buffer(x, n, p, off),
                                      _frames(x, n, p, offset=off))


def test_documented_column_counts():
    x = np.arange(1.0, 31.0)
    assert matlab.buffer(x, 7, 3).shape == (7, math.ceil(30 / 4))
    assert matlab.buffer(x, 7, -3).shape == (7, math.ceil(30 / 10))
    np.testing.assert_array_equal(matlab.buffer(x, 7, -3, 2)[:, 0], np.arange(3.0, 10.0))
    np.testing.assert_array_equal(matlab.buffer(x, 7, 3, "nodelay")[:, -1],
                                  [25, 26, 27, 28, 29, 30, 0])


@pytest.mark.parametrize("n,p,opt", [(4, 1, -5), (5, 2, None), (6, -2, 1), (3, 0, None),
                                     (7, 3, "nodelay")])
def test_continuous_buffering_matches_one_shot(n, p, opt):
    """The reference page's loop: [y, z, opt] = buffer([z; x], n, p, opt) per block."""
    rng = np.random.default_rng(n * 7 + p)
    signal = rng.normal(size=97)
    blocks = np.split(signal, [11, 30, 31, 60, 88])
    z = np.zeros((0, 1))
    state = opt
    pieces = []
    for b in blocks:
        y, z, state = matlab.buffer(np.vstack([z, b.reshape(-1, 1)]), n, p, state,
                                    nargout=3)
        if p > 0 and isinstance(opt, str):
            state = state  # after the first call the state is the samples, not 'nodelay'
        pieces.append(y)
    got = np.hstack(pieces)
    if isinstance(opt, str):
        full = matlab.buffer(signal.reshape(-1, 1), n, p, "nodelay", nargout=3)[0]
    elif opt is None:
        full = matlab.buffer(signal.reshape(-1, 1), n, p, nargout=3)[0]
    else:
        full = matlab.buffer(signal.reshape(-1, 1), n, p, opt, nargout=3)[0]
    np.testing.assert_array_equal(got, full[:, :got.shape[1]])
    assert got.shape[1] == full.shape[1]


def test_orientation_classes_and_inputs():
    x = np.arange(1.0, 11.0)
    y, z, o = matlab.buffer(x.reshape(1, -1), 4, 1, nargout=3)
    assert z.shape == (1, 1) and o.shape == (1, 1)
    y, z, o = matlab.buffer(x.reshape(-1, 1), 4, -1, nargout=3)
    assert z.shape[1] == 1 and isinstance(o, np.floating)
    assert matlab.buffer(np.float32(x), 3).dtype == np.float32
    b = x.astype(">f8")
    b.setflags(write=False)
    matlab.buffer(b, 3, 1)
    np.testing.assert_array_equal(b, x)


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.buffer([1.0, 2.0], 0), "n must be a positive integer"),
    (lambda: matlab.buffer([1.0, 2.0], 3, 3), "must be less than n"),
    (lambda: matlab.buffer([1.0, 2.0], 3, 1, [1.0, 2.0]), "must hold p = 1 samples"),
    (lambda: matlab.buffer([1.0, 2.0], 3, -2, 3), "between 0 and -p"),
    (lambda: matlab.buffer([1.0, 2.0], 3, 1, "delay"), "'nodelay'"),
    (lambda: matlab.buffer([1.0, 2.0], 2.5), "integer scalar"),
])
def test_errors(call, text):
    with pytest.raises(ValueError, match=text):
        call()


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_signals_against_octave():
    rng = np.random.default_rng(12790)
    cases, ours = [], []
    for _ in range(25):
        n = int(rng.integers(2, 10))
        L = int(rng.integers(n + 1, 60))
        x = rng.normal(size=(L, 1))
        p = int(rng.integers(-n, n // 2 + 1))   # Octave follows the page up to n/2
        if p > 0 and rng.random() < 0.5:
            init = rng.normal(size=p)
            text, opt = "[" + " ".join(repr(float(v)) for v in init) + "]", init
        elif p < 0 and rng.random() < 0.5:
            opt = int(rng.integers(0, -p + 1))
            text = str(opt)
        else:
            text, opt = None, None
        args = f"X, {n}, {p}" + (f", {text}" if text else "")
        cases.append((f"y1 = buffer({args}); [y, z, o] = buffer({args});", {"X": x},
                      ["y1", "y", "z", "o"]))
        ours.append((matlab.buffer(x, n, p, opt),) + matlab.buffer(x, n, p, opt, nargout=3))
    for (text, _, _), got, mine in zip(cases, run_octave(cases, setup="pkg load signal"),
                                       ours):
        assert not isinstance(got, Exception), (text, got)
        for name, value in zip(["y1", "y", "z", "o"], mine):
            want = np.asarray(got[name], dtype=float)
            value = np.asarray(value, dtype=float)
            assert want.size == value.size, (text, name)
            np.testing.assert_array_equal(value.reshape(-1), want.reshape(-1),
                                          err_msg=f"{text} {name}")
