"""Benchmark: compat.matlab randn / rand vs Octave vs plain numpy.

Work: ``randn(n, 1)`` for n = 1e3 and 1e6 (MATLAB's ziggurat on the Mersenne Twister,
compat/_core/matlab_normal.py: the candidates and wedge tests vectorised per batch, the
~1.5 % slow candidates walked in Python) and ``rand(n, 1)``. Octave's randn is another
ziggurat (its own C loop), so the ratio measures what reproducing MATLAB's stream costs
against a native generator; numpy: the legacy ``RandomState.standard_normal`` (polar
method) and ``random_sample``. Values agree with MATLAB's, not Octave's
(tests/test_matlab_randn.py). Timings by bench/_harness.py (Octave times itself,
single-threaded, start-up excluded; best of --repeat). normrnd, gamrnd and mvnrnd
(compat/_core/random_variates.py) against the statistics package's and RandomState's
generators of the same distributions; betarnd, chi2rnd (shape 1/2: the boost path) and
trnd draw through the same gamma generator. With numba (compat[fast]) randn and the
gamma generator run compiled on the Twister's state (compat/_core/accelerated_random.py,
the fallback's bits): in CPU time 0.3-0.85x Octave on every row; without it
(COMPAT_NUMBA=0) the fallbacks took 6.4x (randn 1e3), 2.7x (randn 1e6), 9.2x (gamrnd
2.5), 62x (gamrnd 0.5) and 91x (chi2rnd 1) Octave's CPU time. The harness prints wall
time: on a loaded machine the ratios of the fastest rows swing by 2x.
Not part of the test run:

    python bench/bench_matlab_random.py [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import (betarnd, chi2rnd, gamrnd, mvnrnd, normrnd, rand,  # noqa: E402
                           randn, rng, trnd)


def main():
    rng(0)
    legacy_state = np.random.RandomState(5489)
    run("MATLAB randn/rand vs Octave and numpy's legacy RandomState", "octave", [
        Case("randn(1e3, 1)", {}, lambda: randn(1000, 1), legacy="r = randn(1000, 1);",
             baseline=lambda: legacy_state.standard_normal((1000, 1))),
        Case("randn(1e6, 1)", {}, lambda: randn(1_000_000, 1),
             legacy="r = randn(1000000, 1);",
             baseline=lambda: legacy_state.standard_normal((1_000_000, 1))),
        Case("rand(1e6, 1)", {}, lambda: rand(1_000_000, 1), legacy="r = rand(1000000, 1);",
             baseline=lambda: legacy_state.random_sample((1_000_000, 1))),
        Case("normrnd(3, 2, 1e6, 1)", {}, lambda: normrnd(3, 2, 1_000_000, 1),
             legacy="r = normrnd(3, 2, 1000000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.normal(3, 2, (1_000_000, 1))),
        Case("gamrnd(2.5, 1, 1e5, 1)", {}, lambda: gamrnd(2.5, 1, 100_000, 1),
             legacy="r = gamrnd(2.5, 1, 100000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.standard_gamma(2.5, (100_000, 1))),
        Case("gamrnd(0.5, 1, 1e4, 1)", {}, lambda: gamrnd(0.5, 1, 10_000, 1),
             legacy="r = gamrnd(0.5, 1, 10000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.standard_gamma(0.5, (10_000, 1))),
        Case("betarnd(2, 3, 1e5, 1)", {}, lambda: betarnd(2, 3, 100_000, 1),
             legacy="r = betarnd(2, 3, 100000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.beta(2, 3, (100_000, 1))),
        Case("chi2rnd(1, 1e5, 1)", {}, lambda: chi2rnd(1, 100_000, 1),
             legacy="r = chi2rnd(1, 100000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.chisquare(1, (100_000, 1))),
        Case("trnd(5, 1e5, 1)", {}, lambda: trnd(5, 100_000, 1),
             legacy="r = trnd(5, 100000, 1);", setup="pkg load statistics",
             baseline=lambda: legacy_state.standard_t(5, (100_000, 1))),
        Case("mvnrnd(mu, Sigma 3x3, 1e5)", {},
             lambda: mvnrnd([1, 2, 3], [[2, .5, 0], [.5, 1, .2], [0, .2, 1]], 100_000),
             legacy="r = mvnrnd([1 2 3], [2 .5 0; .5 1 .2; 0 .2 1], 100000);",
             setup="pkg load statistics",
             baseline=lambda: legacy_state.multivariate_normal(
                 [1, 2, 3], [[2, .5, 0], [.5, 1, .2], [0, .2, 1]], 100_000)),
    ])


if __name__ == "__main__":
    main()
