"""MATLAB imgaussfilt3: imgaussfilt3.m's kernel, passes, classes and domains, by hand
and against Octave evaluating those steps (Octave has no imgaussfilt3)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave


def _kernel(n, s):
    x = np.arange(n) - (n - 1) / 2
    g = np.exp(-(x * x) / (s * s) / 2)
    g[g < np.finfo(float).eps * g.max()] = 0
    return g / g.sum()


def test_separable_passes_with_replicated_borders():
    rng = np.random.default_rng(2)
    v = rng.normal(size=(6, 7, 5))
    out = matlab.imgaussfilt3(v, [1.0, 0.7, 0.5])
    # by hand: the 1-D kernels of sizes 2*ceil(2*sigma)+1 along each axis, 'nearest'
    import scipy.ndimage
    want = v
    for axis, (n, s) in zip((1, 0, 2), ((5, 0.7), (5, 1.0), (3, 0.5))):
        want = scipy.ndimage.convolve1d(want, _kernel(n, s), axis=axis, mode="nearest")
    np.testing.assert_allclose(out, want, atol=1e-14)
    flat = np.full((4, 4, 4), 3.25)
    np.testing.assert_allclose(matlab.imgaussfilt3(flat, 2), flat, rtol=1e-15)


def test_classes_and_domains():
    v = np.zeros((5, 5, 5), dtype=np.uint8)
    v[2, 2, 2] = 255
    out = matlab.imgaussfilt3(v)
    assert out.dtype == np.uint8
    assert out[2, 2, 2] == round(255 * _kernel(3, 0.5)[1] ** 3)
    d = np.random.default_rng(4).normal(size=(6, 6, 6))
    spatial = matlab.imgaussfilt3(d, 1, "FilterDomain", "spatial")
    frequency = matlab.imgaussfilt3(d, 1, "FilterDomain", "frequency")
    np.testing.assert_allclose(spatial, frequency, atol=1e-13)
    np.testing.assert_array_equal(matlab.imgaussfilt3(d, 1), spatial)   # 'auto'
    s = matlab.imgaussfilt3(d.astype(np.float32), 1)
    assert s.dtype == np.float32


def test_refusals_and_input_untouched():
    with pytest.raises(CompatTypeError, match="Expected input number 1"):
        matlab.imgaussfilt3(np.zeros((3, 3, 3), dtype=bool))
    with pytest.raises(CompatValueError, match="odd"):
        matlab.imgaussfilt3(np.zeros((3, 3, 3)), 1, "FilterSize", 4)
    with pytest.raises(CompatValueError, match="3-element"):
        matlab.imgaussfilt3(np.zeros((3, 3, 3)), [1, 2])
    with pytest.raises(CompatValueError, match="three-dimensional"):
        matlab.imgaussfilt3(np.zeros((2, 2, 2, 2)))
    v = np.arange(27.0).reshape(3, 3, 3).astype(">f8")
    v.setflags(write=False)
    np.testing.assert_array_equal(matlab.imgaussfilt3(v), matlab.imgaussfilt3(v.astype(float)))


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_volumes_against_the_steps_in_octave():
    rng = np.random.default_rng(8)
    cases, ours = [], []
    for _ in range(4):
        shape = tuple(int(n) for n in rng.integers(3, 9, size=3))
        sigma = float(rng.uniform(0.4, 2))
        n = 2 * int(np.ceil(2 * sigma)) + 1
        v = rng.integers(0, 256, size=shape).astype(np.uint8)
        cases.append((
            f"g = exp(-((((-({n}-1)/2:({n}-1)/2)').^2) / ({sigma!r}^2)) / 2); "
            "g(g < eps*max(g)) = 0; g = g / sum(g); W = single(V); "
            f"W = convn(padarray(W, [0 {n // 2} 0], 'replicate', 'both'), single(reshape(g, 1, [])), 'valid'); "
            f"W = convn(padarray(W, [{n // 2} 0 0], 'replicate', 'both'), single(g), 'valid'); "
            f"W = convn(padarray(W, [0 0 {n // 2}], 'replicate', 'both'), single(reshape(g, 1, 1, [])), 'valid'); "
            "B = uint8(W);", {"V": v}, ["B", "W"]))
        ours.append((matlab.imgaussfilt3(v, sigma), n))
    for got, (want, n) in zip(run_octave(cases, setup="pkg load image"), ours):
        diff = np.abs(np.asarray(got["B"]).astype(int).reshape(want.shape) - want.astype(int))
        # Three single-precision passes of n-term sums, accumulated in another order by
        # Octave's convn than by compat (MATLAB's imfilter order is unpublished): equal
        # unless the single value lies within their rounding of a half-way point k + 0.5,
        # where uint8() may round either way (COMPAT_RESEED_SHIFT=12345: Octave's W is
        # exactly 155.5 -> 156, compat's sum one ulp below -> 155). Bound: 3 passes x n
        # terms x an ulp of the value.
        w = np.asarray(got["W"], dtype=np.float32).reshape(want.shape)
        edge = np.abs(w - (np.floor(w) + np.float32(0.5))) <= 3 * n * np.spacing(w)
        assert diff.max() <= 1
        assert np.all(edge[diff == 1]), np.argwhere(diff == 1)
