"""Benchmark: compat.matlab.round/mod/rem and intops.plus vs Octave vs plain numpy.

1e7 doubles (and 1e7 int16 for the saturating add). Timings by bench/_harness.py
(Octave times its own work, single-threaded, start-up and data loading excluded; best
of --repeat). The numpy column is the naive (MATLAB-incompatible) call: np.round
(halves to even), np.mod (no compensation, NaN for mod(x,0)), np.fmod, and int16 +
int16 (wraps). Not part of the test run:

    python bench/bench_matlab_arith.py [--n N] [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import intops, mod, rem, round  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=10_000_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    x = rng.uniform(-1000, 1000, (options.n, 1))
    y = rng.uniform(0.1, 10, (options.n, 1))
    a = rng.integers(-32768, 32767, (options.n, 1)).astype(np.int16)
    b = rng.integers(-32768, 32767, (options.n, 1)).astype(np.int16)
    xy, ab = {"x": x, "y": y}, {"a": a, "b": b}
    run(f"MATLAB round/mod/rem and integer plus on {options.n} elements vs Octave and "
        f"numpy", "octave", [
            Case("round(x)", {"x": x}, lambda x: round(x), legacy="r = round(x);",
                 baseline=lambda x: np.round(x)),
            Case("mod(x, y)", xy, lambda x, y: mod(x, y), legacy="r = mod(x, y);",
                 baseline=lambda x, y: np.mod(x, y)),
            Case("rem(x, y)", xy, lambda x, y: rem(x, y), legacy="r = rem(x, y);",
                 baseline=lambda x, y: np.fmod(x, y)),
            Case("int16 a + b", ab, lambda a, b: intops.plus(a, b), legacy="r = a + b;",
                 baseline=lambda a, b: a + b),
        ], rest)


if __name__ == "__main__":
    main()
