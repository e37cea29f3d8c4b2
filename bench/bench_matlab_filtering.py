"""Benchmark: compat.matlab.filter/filtfilt vs Octave (filter, signal's filtfilt) vs scipy.

filter and filtfilt of a 1e6-sample double signal with an order-8 IIR (butter(8, 0.1)
designed by scipy, the same coefficients handed to Octave). scipy baselines:
``lfilter(b, a, x)`` and ``filtfilt(b, a, x, padlen=3*(nfilt-1))`` (MATLAB's padding;
its default pads 3 samples more). Timings by bench/_harness.py (Octave times itself,
single-threaded, start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_filtering.py [--size N] [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import filter as mfilter, filtfilt  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    options, rest = parser.parse_known_args()
    b, a = scipy.signal.butter(8, 0.1)
    x = np.random.default_rng(0).standard_normal((options.size, 1))
    nfilt = max(b.size, a.size)
    inputs = {"b": b[None], "a": a[None], "x": x}
    run(f"filter/filtfilt of {options.size} samples, butter(8, 0.1) as b/a (double), "
        "vs Octave and scipy", "octave", [
            Case("filter", inputs, lambda b, a, x: mfilter(b, a, x),
                 legacy="y = filter(b, a, x)",
                 baseline=lambda b, a, x: scipy.signal.lfilter(b[0], a[0], x, axis=0)),
            Case("filtfilt", inputs, lambda b, a, x: filtfilt(b, a, x),
                 legacy="y = filtfilt(b, a, x)", setup="pkg load signal",
                 baseline=lambda b, a, x: scipy.signal.filtfilt(
                     b[0], a[0], x, axis=0, padlen=3 * (nfilt - 1))),
        ], argv=rest)


if __name__ == "__main__":
    main()
