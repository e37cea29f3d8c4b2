"""Benchmark: compat.matlab.conv2 vs Octave's conv2 vs scipy.signal.convolve2d.

conv2 of a 2048x2048 double with 3x3 and 15x15 kernels, shape 'same'. The scipy
baseline is ``convolve2d(A, B, mode='full')``, the work compat's 'same' needs (its own
'same' centres even kernels differently). Timings by bench/_harness.py (Octave times
itself, single-threaded, start-up excluded; best of --repeat). Not part of the test
run:

    python bench/bench_matlab_conv.py [--size N] [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import conv2  # noqa: E402

KERNELS = (3, 15)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    A = rng.standard_normal((options.size, options.size))
    cases = [Case(f"conv2 'same' {k}x{k} kernel", {"A": A, "B": rng.standard_normal((k, k))},
                  lambda A, B: conv2(A, B, "same"), legacy="C = conv2(A, B, 'same')",
                  baseline=lambda A, B: scipy.signal.convolve2d(A, B, mode="full"))
             for k in KERNELS]
    # the small case: 256^2 with a 5x5 kernel, 'full' (float64, as MATLAB's double)
    small, k5 = rng.standard_normal((256, 256)), rng.standard_normal((5, 5))
    cases.append(Case("conv2 'full' 256^2 5x5 kernel", {"A": small, "B": k5},
                      lambda A, B: conv2(A, B, "full"), legacy="C = conv2(A, B, 'full')",
                      baseline=lambda A, B: scipy.signal.convolve2d(A, B, mode="full")))
    cases.append(Case("conv2 'same' 5x5 kernel", {"A": A, "B": k5},
                      lambda A, B: conv2(A, B, "same"), legacy="C = conv2(A, B, 'same')",
                      baseline=lambda A, B: scipy.signal.convolve2d(A, B, mode="same")))
    run(f"conv2(A, B, 'same'), A {options.size}x{options.size} double, vs Octave and "
        "scipy", "octave", cases, argv=rest)


if __name__ == "__main__":
    main()
