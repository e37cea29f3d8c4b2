"""Benchmark: compat.matlab sort / unique / histcounts vs Octave vs plain numpy.

Work, on 1e6 doubles: ``[B, I] = sort(x)``; ``[C, ia, ic] = unique(y)`` (y integer
valued with 1e4 distinct values, so the index outputs matter); ``histcounts(x)`` with
automatic bins (Octave has no histcounts: its column times ``histc(x, edges)`` with
the edges compat chose, the counting part of the work). numpy: ``np.argsort(kind=
'stable')`` + take, ``np.unique(return_index, return_inverse)``, ``np.histogram(x,
edges)``. Timings by bench/_harness.py (Octave times itself, single-threaded, start-up
excluded; best of --repeat). Agreement with Octave is the differential tests' job
(tests/test_matlab_sorting.py, tests/test_matlab_histograms.py). Not part of the test
run:

    python bench/bench_matlab_sets.py [--n N] [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import histcounts, sort, unique  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=1_000_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    x = rng.standard_normal((options.n, 1))
    y = rng.integers(0, 10_000, (options.n, 1)).astype(float)
    _, edges = histcounts(x, nargout=2)
    run(f"MATLAB sort/unique/histcounts of {options.n} doubles vs Octave and numpy",
        "octave", [
            Case("[B, I] = sort(x)", {"x": x}, lambda x: sort(x, nargout=2),
                 legacy="[B, I] = sort(x);",
                 baseline=lambda x: (lambda i: (x[i, 0], i + 1))(
                     np.argsort(x[:, 0], kind="stable"))),
            Case("[C, ia, ic] = unique(y)", {"y": y}, lambda y: unique(y, nargout=3),
                 legacy="[C, ia, ic] = unique(y);",
                 baseline=lambda y: np.unique(y, return_index=True, return_inverse=True)),
            Case("histcounts(x) (Octave histc)", {"x": x, "e": edges},
                 lambda x, e: histcounts(x, nargout=2), legacy="n = histc(x, e);",
                 baseline=lambda x, e: np.histogram(x, e.ravel())),
        ], rest)


if __name__ == "__main__":
    main()
