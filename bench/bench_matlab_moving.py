"""Benchmark: compat.matlab.movmean/movmedian vs Octave's vs plain scipy.ndimage.

movmean and movmedian of a 1e6-element double vector with k = 101 (default
'shrink' endpoints). Octave times its own work with tic/toc inside one octave-cli run
(start-up and file I/O excluded); every timing is the best of a few repeats. The
scipy baselines (``uniform_filter1d`` / ``median_filter`` with mode 'nearest') do the
same amount of filtering but not MATLAB's shrinking ends or its even-k rules (the
values themselves are checked by the golden suite matlab/moving). Timings by
bench/_harness.py. Not part of the test run:

    python bench/bench_matlab_moving.py [--repeat N] [--size N] [--k K] [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import movmean, movmedian  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--k", type=int, default=101)
    options, rest = parser.parse_known_args()
    x = np.random.default_rng(0).standard_normal(options.size).reshape(-1, 1)
    k = options.k
    cases = [
        Case(f"movmean {options.size} doubles, k = {k}", {"x": x},
             lambda x: movmean(x, k), legacy=f"r = movmean(x, {k})",
             baseline=lambda x: scipy.ndimage.uniform_filter1d(x[:, 0], k, mode="nearest")),
        Case(f"movmedian {options.size} doubles, k = {k}", {"x": x},
             lambda x: movmedian(x, k), legacy=f"r = movmedian(x, {k})",
             baseline=lambda x: scipy.ndimage.median_filter(x[:, 0], size=k,
                                                            mode="nearest")),
    ]
    run("matlab.movmean/movmedian vs Octave and scipy.ndimage", "octave", cases, argv=rest)


if __name__ == "__main__":
    main()
