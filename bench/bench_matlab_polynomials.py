"""Benchmark: compat.matlab.polyfit/polyval vs Octave's vs numpy.polyfit/polyval.

polyfit of 1e6 points, degree 5 (p only, and [p, S, mu]), plus polyval of the fit at the
same points; warnings are off on all sides (a degree-5 fit over [-1, 3] is well enough
conditioned, but the clone is told so too). Timings by bench/_harness.py (Octave times
itself, single-threaded, start-up excluded; best of --repeat). Not part of the test
run:

    python bench/bench_matlab_polynomials.py [--points N] [--degree N] [--repeat N]
"""

from __future__ import annotations

import argparse
import sys
import warnings
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import polyfit, polyval  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--degree", type=int, default=5)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    x = np.sort(rng.uniform(-1, 3, options.points)).reshape(1, -1)
    y = np.cos(2 * x) + 0.01 * rng.standard_normal(x.shape)
    n = float(options.degree)
    p = polyfit(x, y, options.degree)
    inputs = {"x": x, "y": y, "n": n}
    quiet = "warning('off', 'all');"
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        run(f"polyfit/polyval, {options.points} points, degree {options.degree}, double, "
            "vs Octave and numpy", "octave", [
                Case("p = polyfit(x, y, n)", inputs, lambda x, y, n: polyfit(x, y, int(n)),
                     legacy="p = polyfit(x, y, n)", setup=quiet,
                     baseline=lambda x, y, n: np.polyfit(x.ravel(), y.ravel(), int(n))),
                Case("[p, S, mu] = polyfit(x, y, n)", inputs,
                     lambda x, y, n: polyfit(x, y, int(n), nargout=3),
                     legacy="[p, S, mu] = polyfit(x, y, n)", setup=quiet,
                     baseline=lambda x, y, n: np.polyfit(x.ravel(), y.ravel(), int(n))),
                Case("polyval(p, x)", {"p": p, "x": x}, lambda p, x: polyval(p, x),
                     legacy="y = polyval(p, x)", baseline=lambda p, x: np.polyval(p.ravel(), x)),
            ], argv=rest)


if __name__ == "__main__":
    main()
