"""Image histograms, Otsu's threshold and whole-image statistics as MATLAB's Image
Processing Toolbox computes them (imhist, graythresh/otsuthresh, im2bw, imbinarize's
global threshold, mean2, std2, corr2, entropy).

* ``imhist``: ``n`` equally spaced bins over the class's range (``[0, 1]`` for
  floating images, ``intmin..intmax`` for integers, 2 bins for logical); a value goes to
  bin ``round((v - low) * (n - 1) / (high - low))``, floating values outside ``[0, 1]``
  into the end bins; NaN is not counted (GNU Octave's behaviour; MATLAB's page does not
  say).
* Otsu (``otsuthresh``/``graythresh``): the between-class variance ``(mu_t omega -
  mu)^2 / (omega (1 - omega))`` over the normalised 256-bin histogram of ``im2uint8(I)``;
  the threshold is the MEAN of the bin indices where it is largest, scaled to ``[0, 1]``
  (so a plateau gives its middle), 0 when the maximum is not finite; the effectiveness
  metric is the maximum over the total variance.
* ``entropy``: ``-sum(p log2 p)`` over the 256-bin histogram of ``im2uint8(I)`` (2 bins
  for logical).

``skimage.filters.threshold_otsu`` returns a value in the image's units chosen by the
first maximum, not MATLAB's plateau middle in [0, 1].
"""

from __future__ import annotations

import numpy as np

from compat._core import image_classes
from compat._core.grids import linspace

__all__ = ["histogram", "otsu", "entropy", "class_range"]


def class_range(dtype: np.dtype) -> tuple[float, float]:
    """The (low, high) of an image class: [0, 1] floating, the integer class's limits."""
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return float(info.min), float(info.max)
    return 0.0, 1.0


def histogram(a: np.ndarray, n: int) -> tuple[np.ndarray, np.ndarray]:
    """``(counts, bin locations)`` of imhist (both float64 columns of length ``n``)."""
    if a.dtype == np.bool_:
        counts = np.array([np.count_nonzero(~a), np.count_nonzero(a)], dtype=np.float64)
        return counts, np.array([0.0, 1.0])
    low, high = class_range(a.dtype)
    v = a.reshape(-1).astype(np.float64)
    v = v[~np.isnan(v)]
    if n == 1:
        idx = np.zeros(v.size, dtype=np.int64)
    else:
        scaled = (np.clip(v, low, high) - low) * ((n - 1) / (high - low))
        idx = np.floor(scaled + 0.5).astype(np.int64)
    counts = np.bincount(np.clip(idx, 0, n - 1), minlength=n).astype(np.float64)
    # imhist.m: binLocations = linspace(range(1), range(2), n)', MATLAB's linspace
    # (k*(b-a))/(n-1) + a, not numpy's k*((b-a)/(n-1)) + a (uint8, n = 8: 1275/7 is
    # 182.14285714285714, numpy's 5*(255/7) one ulp above)
    return counts, linspace(np.float64(low), np.float64(high), float(n), np.float64)


def otsu(counts: np.ndarray) -> tuple[float, float]:
    """``(level in [0, 1], effectiveness)`` of Otsu's method on a histogram."""
    n = counts.size
    p = counts / counts.sum()
    omega = np.cumsum(p)
    bins = np.arange(1, n + 1, dtype=np.float64)
    mu = np.cumsum(p * bins)
    mu_t = mu[-1]
    with np.errstate(invalid="ignore", divide="ignore"):
        sigma_b = (mu_t * omega - mu) ** 2 / (omega * (1 - omega))
    finite = sigma_b[np.isfinite(sigma_b)]
    if finite.size == 0:
        return 0.0, 0.0
    best = finite.max()
    idx = np.mean(np.flatnonzero(sigma_b == best) + 1)
    level = (idx - 1) / (n - 1)
    metric = best / (np.sum(p * bins ** 2) - mu_t ** 2)
    return float(level), float(metric)


def entropy(a: np.ndarray) -> float:
    """``-sum(p log2 p)`` of imhist of im2uint8(a) (2 bins for logical)."""
    if a.dtype == np.bool_:
        counts, _ = histogram(a, 2)
    else:
        counts, _ = histogram(image_classes.to_integer(a, np.uint8), 256)
    p = counts[counts > 0] / counts.sum()
    return float(-np.sum(p * np.log2(p)))
