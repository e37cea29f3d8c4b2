"""Benchmark: compat.matlab bwlabel / imfill / imreconstruct / imclearborder vs Octave's
image package vs scipy.ndimage.

Work: bwlabel of a 1024-by-1024 random binary image (scipy's ``label`` plus MATLAB's
column-order renumbering; baseline ``ndimage.label``), imfill(BW, 'holes') of it
(baseline ``ndimage.binary_fill_holes``), and the grayscale reconstructions of a
512-by-512 uint8 image: imfill(U) and imclearborder(U) (Vincent's hybrid algorithm
compiled with numba; no scipy equivalent, the baseline is one ``grey_dilation``).
Measured (best of 3, 2 shared cores): bwlabel 0.8x Octave, imfill holes 2.2x, imfill
uint8 1.4x, imclearborder 1.3x. Timings by bench/_harness.py (Octave times itself,
single-threaded, start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_connected_components.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def main():
    rng = np.random.default_rng(3)
    B = rng.random((1024, 1024)) > 0.5
    U = rng.integers(0, 256, (512, 512)).astype(np.uint8)
    matlab.imfill(U[:80, :80])                  # compile the kernel outside the timing
    run("MATLAB connected components vs Octave image and scipy.ndimage", "octave", [
        Case("bwlabel 1024^2", {"B": B}, lambda B: matlab.bwlabel(B),
             legacy="L = bwlabel(B);", setup="pkg load image",
             baseline=lambda B: ndimage.label(B, structure=np.ones((3, 3)))),
        Case("imfill holes 1024^2", {"B": B}, lambda B: matlab.imfill(B, 'holes'),
             legacy="H = imfill(B, 'holes');", setup="pkg load image",
             baseline=lambda B: ndimage.binary_fill_holes(B)),
        Case("imfill uint8 512^2", {"U": U}, lambda U: matlab.imfill(U),
             legacy="G = imfill(U);", setup="pkg load image",
             baseline=lambda U: ndimage.grey_dilation(U, size=(3, 3))),
        Case("imclearborder uint8 512^2", {"U": U}, lambda U: matlab.imclearborder(U),
             legacy="C = imclearborder(U);", setup="pkg load image",
             baseline=lambda U: ndimage.grey_dilation(U, size=(3, 3))),
    ])


if __name__ == "__main__":
    main()
