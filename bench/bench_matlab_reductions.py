"""Benchmark: compat.matlab sum/mean/std/median/prctile with 'omitnan' vs Octave vs
numpy's nan-functions.

Data: a 2000x2000 double with 10% NaN, reduced along dim 1 (columns). compat calls
``sum(A, 'omitnan')``, ``mean(A, 'omitnan')``, ``std(A, 0, 'omitnan')``,
``median(A, 'omitnan')`` and ``prctile(A, [5 50 95])``. Octave 7.3 has no 'omitnan' for
these, so it times the equivalent work it can do: NaN replaced by 0 and counted
(sum, mean, std from the masked sums) and its NaN-ignoring ``prctile`` (used for
median too: ``prctile(A, 50)``). numpy: ``nansum``, ``nanmean``, ``nanstd(ddof=1)``,
``nanmedian``, ``nanpercentile(method='hazen')``. Timings by bench/_harness.py (Octave
times itself, single-threaded, start-up excluded; best of --repeat). Not part of the
test run:

    python bench/bench_matlab_reductions.py [--size N] [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import mean, median, prctile, std, sum  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    A = rng.standard_normal((options.size, options.size))
    A[rng.random(A.shape) < 0.1] = np.nan
    masked = "B = A; m = isnan(B); B(m) = 0;"
    run(f"MATLAB reductions of a {options.size}x{options.size} double with 10% NaN, "
        f"along dim 1, vs Octave and numpy", "octave", [
            Case("sum 'omitnan'", {"A": A}, lambda A: sum(A, "omitnan"),
                 legacy=f"{masked} r = sum(B);",
                 baseline=lambda A: np.nansum(A, axis=0)),
            Case("mean 'omitnan'", {"A": A}, lambda A: mean(A, "omitnan"),
                 legacy=f"{masked} r = sum(B) ./ sum(~m);",
                 baseline=lambda A: np.nanmean(A, axis=0)),
            Case("std 'omitnan'", {"A": A}, lambda A: std(A, 0, "omitnan"),
                 legacy=f"{masked} n = sum(~m); mu = sum(B) ./ n; D = A - mu; D(m) = 0; "
                        "r = sqrt(sum(D.^2) ./ (n - 1));",
                 baseline=lambda A: np.nanstd(A, axis=0, ddof=1)),
            Case("median 'omitnan'", {"A": A}, lambda A: median(A, "omitnan"),
                 legacy="r = prctile(A, 50);",
                 baseline=lambda A: np.nanmedian(A, axis=0)),
            Case("prctile [5 50 95]", {"A": A}, lambda A: prctile(A, [5, 50, 95]),
                 legacy="r = prctile(A, [5 50 95]);",
                 baseline=lambda A: np.nanpercentile(A, [5, 50, 95], axis=0, method="hazen")),
        ], rest)


if __name__ == "__main__":
    main()
