"""Benchmark: compat.matlab.edge vs Octave's edge and a plain scipy/numpy edge map.

Work: a 1024-by-1024 uint8 image (smoothed noise, so edges are structured). 'sobel'
without thinning is the same computation in Octave 7.3's edge (its magnitude and
automatic threshold are MATLAB's); with thinning and for 'canny' Octave runs its own
algorithms (a plain 4-neighbour maximum; another Canny), so those ratios compare
comparable work, not identical results. The baseline is ``scipy.ndimage.sobel`` in both
directions, the squared magnitude and MATLAB's automatic threshold (no thinning), and
for Canny ``scipy.ndimage.gaussian_gradient_magnitude`` thresholded. Timings by
bench/_harness.py (Octave times itself, single-threaded, start-up excluded; best of
--repeat). Measured (best of 3, 2 cores): 0.37x / 0.19x / 0.42x Octave's time; 0.38x / 0.33x
/ 2.9x the scipy baselines (Canny's non-maximum suppression and hysteresis against a plain
threshold). Not part of the test run:

    python bench/bench_matlab_edge.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def _sobel_baseline(u):
    a = u.astype(np.float32) / 255
    gx = scipy.ndimage.sobel(a, axis=1, mode="nearest") / 8
    gy = scipy.ndimage.sobel(a, axis=0, mode="nearest") / 8
    b = gx * gx + gy * gy
    return b > 4 * b.mean()


def _canny_baseline(u):
    m = scipy.ndimage.gaussian_gradient_magnitude(u.astype(np.float32) / 255, np.sqrt(2))
    return m > 0.5 * m.max()


def main():
    rng = np.random.default_rng(9)
    noise = scipy.ndimage.gaussian_filter(rng.normal(size=(1024, 1024)), 3)
    U = np.clip((noise - noise.min()) / np.ptp(noise) * 255, 0, 255).astype(np.uint8)
    run("MATLAB edge vs Octave edge and scipy.ndimage", "octave", [
        Case("edge sobel nothinning uint8 1024^2", {"U": U},
             lambda U: matlab.edge(U, "sobel", "nothinning"),
             legacy="BW = edge(U, 'sobel', 'nothinning');", setup="pkg load image",
             baseline=_sobel_baseline),
        Case("edge sobel (thinning) uint8 1024^2", {"U": U}, lambda U: matlab.edge(U),
             legacy="BW = edge(U, 'sobel');", setup="pkg load image",
             baseline=_sobel_baseline),
        Case("edge canny uint8 1024^2", {"U": U}, lambda U: matlab.edge(U, "canny"),
             legacy="BW = edge(U, 'canny');", setup="pkg load image",
             baseline=_canny_baseline),
    ])


if __name__ == "__main__":
    main()
