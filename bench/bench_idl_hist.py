"""Benchmark compat.idl.histogram (with REVERSE_INDICES), hist_2d, bytscl and fft against GDL
and numpy.

Run: python bench/bench_idl_hist.py [--repeat 5] [--only TEXT] [--no-legacy]

Cases: HISTOGRAM of 1e7 float32 with REVERSE_INDICES, HIST_2D of 1e6 float32 pairs, BYTSCL of a 4096x4096 float32
image, FFT of 2^20 float32. For each: compat's best time, GDL running the same call in a
loop (timed inside GDL with SYSTIME(/SECONDS); start-up and file reading excluded), the
nearest plain numpy call (not IDL-equivalent), and the ratios. Timings by
bench/_harness.py. Not part of the test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.idl import bytscl, fft, hist_2d, histogram  # noqa: E402


def _numpy_histogram(x):
    return (np.histogram(x, bins=int((x.max() - x.min()) / 0.01) + 1),
            np.argsort(np.digitize(x, np.arange(x.min(), x.max(), 0.01)), kind="stable"))


def main():
    rng = np.random.default_rng(0)
    x = rng.normal(size=10_000_000).astype(np.float32)
    img = rng.uniform(size=(4096, 4096)).astype(np.float32)
    sig = rng.normal(size=2 ** 20).astype(np.float32)
    cases = [
        Case("histogram 1e7 f32 +ri", {"a": x},
             lambda a: histogram(a, binsize=0.01, reverse_indices=True),
             legacy="r = histogram(a, binsize=0.01, reverse_indices=ri)",
             baseline=_numpy_histogram),
        Case("hist_2d 1e6 f32 bins .05/.1", {"a": x[:1_000_000], "b": x[1_000_000:2_000_000]},
             lambda a, b: hist_2d(a, b, min1=-4, max1=4, min2=-4, max2=4,
                                  bin1=np.float32(0.05), bin2=np.float32(0.1)),
             legacy="r = hist_2d(a, b, min1=-4, max1=4, min2=-4, max2=4, bin1=0.05, bin2=0.1)",
             baseline=lambda a, b: np.histogram2d(b, a, bins=[80, 160],
                                                  range=[[-4, 4], [-4, 4]])),
        Case("bytscl 4096^2 f32", {"a": img}, bytscl, legacy="r = bytscl(a)",
             baseline=lambda a: ((a - a.min()) * (255.9999 / (a.max() - a.min())))
             .astype(np.uint8)),
        Case("fft 2^20 f32", {"a": sig}, fft, legacy="r = fft(a)",
             baseline=lambda a: np.fft.fft(a) / a.size),
    ]
    run("idl.histogram/bytscl/fft vs GDL and numpy", "gdl", cases)


if __name__ == "__main__":
    main()
