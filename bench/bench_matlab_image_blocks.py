"""Benchmark: compat.matlab im2col vs Octave's image package vs numpy.

Work: ``im2col(A, [8 8])`` (sliding) and ``im2col(A, [8 8], 'distinct')`` of a 512-by-512
double image. compat reorders numpy's ``sliding_window_view`` into MATLAB's column
order in one copy; the baseline is the same view made contiguous in numpy's own order
(the work without MATLAB's layout). Timings by bench/_harness.py (Octave times itself,
single-threaded, start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_image_blocks.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def main():
    A = np.random.default_rng(3).random((512, 512))
    run("MATLAB im2col vs Octave image and numpy", "octave", [
        Case("im2col 512^2 [8 8] sliding", {"A": A}, lambda A: matlab.im2col(A, [8, 8]),
             legacy="B = im2col(A, [8 8]);", setup="pkg load image",
             baseline=lambda A: np.ascontiguousarray(sliding_window_view(A, (8, 8)))),
        Case("im2col 512^2 [8 8] distinct", {"A": A},
             lambda A: matlab.im2col(A, [8, 8], 'distinct'),
             legacy="B = im2col(A, [8 8], 'distinct');", setup="pkg load image",
             baseline=lambda A: np.ascontiguousarray(
                 A.reshape(64, 8, 64, 8).transpose(0, 2, 1, 3))),
    ])


if __name__ == "__main__":
    main()
