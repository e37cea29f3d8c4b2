"""Benchmark: compat.matlab ttest / ttest2 vs Octave's statistics package vs scipy.

Work: column-wise tests of a 2000-by-500 matrix (``ttest(X, 0.1)``; ``ttest2(X, Y,
'Vartype', 'unequal')`` with a 1500-by-500 Y), all four outputs. compat computes the
counts, means and variances with NaN masks (MATLAB's missing-value rule) and the t
tails through scipy's stdtr and the incomplete-beta inverse; Octave's statistics 1.5.3
ttest/ttest2; scipy: ``ttest_1samp``/``ttest_ind`` (p-values and statistics only, NaN
propagated). Timings by bench/_harness.py (Octave times itself, single-threaded,
start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_hypothesis_tests.py [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.stats

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402

SETUP = "warning('off', 'all'); pkg('load', 'statistics');"


def main():
    rng = np.random.default_rng(12)
    X = rng.standard_normal((2000, 500))
    Y = rng.standard_normal((1500, 500)) + 0.05
    run("MATLAB ttest/ttest2 vs Octave statistics and scipy", "octave", [
        Case("ttest 2000x500", {"X": X}, lambda X: matlab.ttest(X, 0.1, nargout=4),
             legacy="[h, p, ci, st] = ttest(X, 0.1);", setup=SETUP,
             baseline=lambda X: scipy.stats.ttest_1samp(X, 0.1, axis=0)),
        Case("ttest2 unequal 2000/1500x500", {"X": X, "Y": Y},
             lambda X, Y: matlab.ttest2(X, Y, 'Vartype', 'unequal', nargout=4),
             legacy="[h, p, ci, st] = ttest2(X, Y, 'Vartype', 'unequal');", setup=SETUP,
             baseline=lambda X, Y: scipy.stats.ttest_ind(X, Y, axis=0, equal_var=False)),
    ])


if __name__ == "__main__":
    main()
