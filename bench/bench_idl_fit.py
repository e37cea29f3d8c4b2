"""Benchmark compat.idl.poly_fit and gaussfit against GDL and numpy/scipy.

Run: python bench/bench_idl_fit.py [--repeat 5] [--only TEXT] [--no-legacy]

POLY_FIT of 1e6 points (degree 5) against numpy.polyfit, GAUSSFIT of 1e4 points
(NTERMS=3) against scipy.optimize.curve_fit; GDL runs the same calls in a loop (timed
inside GDL with SYSTIME(/SECONDS); start-up and file reading excluded). Timings by
bench/_harness.py. Not part of the test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.optimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.idl import gaussfit, poly_fit  # noqa: E402


def gauss(x, a0, a1, a2):
    return a0 * np.exp(-0.5 * ((x - a1) / a2) ** 2)


def main():
    rng = np.random.default_rng(0)
    xp = rng.uniform(-1, 1, 1_000_000)
    yp = 1 - 2 * xp + 0.5 * xp ** 3 - 0.1 * xp ** 5 + 0.1 * rng.standard_normal(xp.size)
    xg = np.linspace(0, 100, 10_000)
    yg = gauss(xg, 2.444e16, 49.0, 12.06) * (1 + 0.01 * rng.standard_normal(xg.size))
    cases = [
        Case("poly_fit 1e6 points, degree 5", {"x": xp, "y": yp},
             lambda x, y: poly_fit(x, y, 5), legacy="r = poly_fit(x, y, 5)",
             baseline=lambda x, y: np.polyfit(x, y, 5)),
        Case("gaussfit 1e4 points, nterms=3", {"x": xg, "y": yg},
             lambda x, y: gaussfit(x, y, nterms=3), legacy="r = gaussfit(x, y, nterms=3)",
             baseline=lambda x, y: scipy.optimize.curve_fit(gauss, x, y,
                                                            p0=[2e16, 50.0, 10.0])),
    ]
    run("idl.poly_fit/gaussfit vs GDL and numpy/scipy", "gdl", cases)


if __name__ == "__main__":
    main()
