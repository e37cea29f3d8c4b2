"""Pixel-wise adaptive Wiener filtering (MATLAB's ``wiener2``): Lim's local-statistics
noise smoother, computed as MathWorks' wiener2.m computes it (facts only).

Python-shaped: :func:`local_statistics` gives the local mean and variance of a 2-D
float64 image over an ``(m, n)`` neighbourhood; :func:`wiener_update` applies the
filter given a noise power; :func:`adaptive_wiener` does both and estimates the noise
when none is given. The MATLAB argument grammar and class rules are in
:mod:`compat.matlab.adaptive_filtering`.

The steps (Lim, *Two-Dimensional Signal and Image Processing*, eqs. 9.26, 9.27, 9.29):

* local mean ``mu = filter2(ones(m, n), g) / (m n)`` and local variance ``s2 =
  filter2(ones(m, n), g.^2) / (m n) - mu.^2``: box sums over the neighbourhood with
  zeros outside the image (filter2's 'same' part; for an even size the window reaches
  ``floor(m/2)`` rows below and ``m - 1 - floor(m/2)`` above), through compat's conv2
  engine;
* the noise power, when not given: the mean of ``s2`` over every pixel (MATLAB's
  ``mean2``, borders included);
* ``f = (g - mu) ./ max(s2, noise) .* max(s2 - noise, 0) + mu`` with MATLAB's ``max``,
  which ignores NaN (``numpy.fmax``). Where ``s2`` and the noise are both 0 (a
  constant zero image) this is 0/0: NaN, as in MATLAB.
"""

from __future__ import annotations

import numpy as np

from compat._core.convolution import convolve

__all__ = ["local_statistics", "wiener_update", "adaptive_wiener"]


def local_statistics(g: np.ndarray, size: tuple[int, int]) -> tuple[np.ndarray, np.ndarray]:
    """``(mean, variance)`` of the 2-D float64 ``g`` over ``size`` neighbourhoods, zeros
    outside the image (MATLAB's ``filter2(ones(size), .) / prod(size)``)."""
    box = np.ones(size, dtype=np.float64)
    count = float(size[0] * size[1])
    mean = convolve(g, box, shape="same") / count
    variance = convolve(g * g, box, shape="same") / count - mean * mean
    return mean, variance


def wiener_update(g: np.ndarray, mean: np.ndarray, variance: np.ndarray, noise
                  ) -> np.ndarray:
    """``(g - mean) ./ max(variance, noise) .* max(variance - noise, 0) + mean``.

    A float32 ``noise`` makes the arithmetic single, as MATLAB's mixed double/single
    arithmetic does (every operation with it returns single)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        if isinstance(noise, np.float32):
            v = variance.astype(np.float32)
            gain = np.fmax(v - noise, np.float32(0))
            scale = np.fmax(v, noise)
            return ((g - mean).astype(np.float32) / scale) * gain + mean.astype(np.float32)
        noise = float(noise)
        gain = np.fmax(variance - noise, 0.0)
        scale = np.fmax(variance, noise)
        return ((g - mean) / scale) * gain + mean


def adaptive_wiener(g: np.ndarray, size: tuple[int, int] = (3, 3), noise=None):
    """``(filtered, noise)``: the adaptive Wiener filter of the 2-D float64 ``g`` with
    ``size`` neighbourhoods; ``noise`` None estimates it as the mean local variance."""
    mean, variance = local_statistics(g, size)
    if noise is None:
        noise = np.float64(variance.mean()) if variance.size else np.float64(np.nan)
    return wiener_update(g, mean, variance, noise), noise
