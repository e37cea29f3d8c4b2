"""Benchmark: compat.matlab.imgaussfilt vs Octave's imfilter of imgaussfilt's kernel vs
scipy.ndimage.gaussian_filter.

Work: 2048-by-2048 images: double with sigma 1 (5x5 kernel, below the separable
threshold: imfilter's 2-D sum), double with sigma 2 (9x9: two 1-D passes), uint8 with
sigma 4 (17x17 = 289 elements: two 1-D passes in single). Octave 7.3 has no
imgaussfilt, so the legacy side runs what MATLAB's imgaussfilt.m runs in those cases
(imfilter(A, h, 'replicate', 'conv') with the same kernel; Octave's imfilter makes no
separable split). The baseline is ``scipy.ndimage.gaussian_filter(A, sigma,
truncate=2, mode='nearest')`` (the same kernel extent, scipy's rounding to the class).
Measured (best of 3, 2 cores): 0.76x / 0.58x / 0.51x Octave's time; 0.70x / 0.73x /
1.58x scipy's (scipy sums uint8 without MATLAB's single passes). Timings by
bench/_harness.py (Octave times itself, single-threaded, start-up excluded; best of
--repeat). Not part of the test run:

    python bench/bench_matlab_imgaussfilt.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def main():
    rng = np.random.default_rng(5)
    D = rng.normal(size=(2048, 2048))
    U = rng.integers(0, 256, (2048, 2048)).astype(np.uint8)
    run("MATLAB imgaussfilt vs Octave imfilter and scipy.ndimage.gaussian_filter", "octave", [
        Case("imgaussfilt double 2048^2 sigma 1", {"D": D}, lambda D: matlab.imgaussfilt(D, 1),
             legacy="B = imfilter(D, fspecial('gaussian', 5, 1), 'replicate', 'conv');",
             setup="pkg load image",
             baseline=lambda D: scipy.ndimage.gaussian_filter(D, 1, truncate=2, mode="nearest")),
        Case("imgaussfilt double 2048^2 sigma 2", {"D": D}, lambda D: matlab.imgaussfilt(D, 2),
             legacy="B = imfilter(D, fspecial('gaussian', 9, 2), 'replicate', 'conv');",
             setup="pkg load image",
             baseline=lambda D: scipy.ndimage.gaussian_filter(D, 2, truncate=2, mode="nearest")),
        Case("imgaussfilt uint8 2048^2 sigma 4", {"U": U}, lambda U: matlab.imgaussfilt(U, 4),
             legacy="B = imfilter(U, fspecial('gaussian', 17, 4), 'replicate', 'conv');",
             setup="pkg load image",
             baseline=lambda U: scipy.ndimage.gaussian_filter(U, 4, truncate=2, mode="nearest")),
    ])


if __name__ == "__main__":
    main()
