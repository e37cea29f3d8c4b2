"""Benchmark: compat.matlab.imresize vs Octave's image package vs scipy.ndimage.zoom.

Work: a 1024-by-1024 uint8 image shrunk by 0.5 (bicubic, antialiased: 10 candidates
per output) and enlarged by 2 (bicubic, 6 candidates), and a double image enlarged by
1.7. compat gathers the candidate rows/columns with numpy and sums them in MATLAB's
order, one dimension after the other, rounding in the image's class between passes;
Octave's imresize does the same separable work (in single precision for integer
images). The baseline is ``scipy.ndimage.zoom(A, s, order=3)`` (a different, spline
interpolation: the work without MATLAB's kernel). Measured (best of 3, 2 shared cores):
compiled path (numba) 0.14x / 0.13x / 0.21x Octave's time, numpy path
(``COMPAT_NUMBA=0``) 1.55x / 1.59x / 1.01x. Timings by bench/_harness.py
(Octave times itself, single-threaded, start-up excluded; best of --repeat). Not part
of the test run:

    python bench/bench_matlab_image_resize.py [--repeat N]
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
    rng = np.random.default_rng(3)
    U = rng.integers(0, 256, (1024, 1024)).astype(np.uint8)
    D = rng.random((700, 900))
    run("MATLAB imresize vs Octave image and scipy.ndimage.zoom", "octave", [
        Case("imresize uint8 1024^2 x0.5 bicubic", {"U": U}, lambda U: matlab.imresize(U, 0.5),
             legacy="B = imresize(U, 0.5);", setup="pkg load image",
             baseline=lambda U: scipy.ndimage.zoom(U, 0.5, order=3)),
        Case("imresize uint8 1024^2 x2 bicubic", {"U": U}, lambda U: matlab.imresize(U, 2),
             legacy="B = imresize(U, 2);", setup="pkg load image",
             baseline=lambda U: scipy.ndimage.zoom(U, 2, order=3)),
        Case("imresize double 700x900 x1.7 bilinear", {"D": D},
             lambda D: matlab.imresize(D, 1.7, 'bilinear'),
             legacy="B = imresize(D, 1.7, 'bilinear');", setup="pkg load image",
             baseline=lambda D: scipy.ndimage.zoom(D, 1.7, order=1)),
    ])


if __name__ == "__main__":
    main()
