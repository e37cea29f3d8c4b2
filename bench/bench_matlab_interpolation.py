"""Benchmark: compat.matlab.interp1 vs Octave's interp1 vs the SciPy/numpy equivalents.

* interp1 'linear' and 'pchip' with 1e6 random query points on 1000 samples (vector v);
  baselines ``numpy.interp`` (linear; it clamps instead of giving NaN) and
  ``PchipInterpolator`` (pchip with different end slopes).
* the per-call overhead of a scalar query (the ODE right-hand-side case,
  ``interp1(ts, mt, t)`` on 4 samples), as 2000 calls in a loop on every side:
  compat's interp1 (and its prepared ``Interpolant1D.at``), ``numpy.interp``, Octave's
  interp1.

Timings by bench/_harness.py (Octave times itself, single-threaded, start-up excluded;
best of --repeat). Not part of the test run:

    python bench/bench_matlab_interpolation.py [--queries N] [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy.interpolate import PchipInterpolator

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat._core.interpolation import Interpolant1D  # noqa: E402
from compat.matlab import interp1  # noqa: E402

CALLS = 2000


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--queries", type=int, default=1_000_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    x = np.sort(rng.uniform(0, 1000, 1000))
    v = rng.standard_normal(1000)
    xq = rng.uniform(x[0], x[-1], options.queries)
    data = {"x": x, "v": v, "xq": xq}
    small = {"ts": np.array([[0.0, 1, 2, 3]]), "mt": np.array([[3.0, 7, 4, 2]])}
    F = Interpolant1D(small["ts"], small["mt"])
    loop = f"for k = 1:{CALLS}, s = interp1(ts, mt, 1.5); end"
    run(f"interp1 of {options.queries:.0e} random queries on {x.size} samples, and "
        f"{CALLS} scalar queries, vs Octave and numpy/scipy", "octave", [
            Case("linear", data, lambda x, v, xq: interp1(x, v, xq),
                 legacy="y = interp1(x, v, xq, 'linear')",
                 baseline=lambda x, v, xq: np.interp(xq, x, v)),
            Case("pchip", data, lambda x, v, xq: interp1(x, v, xq, "pchip"),
                 legacy="y = interp1(x, v, xq, 'pchip')",
                 baseline=lambda x, v, xq: PchipInterpolator(x, v)(xq)),
            Case(f"{CALLS} scalar interp1(ts, mt, 1.5)", small,
                 lambda ts, mt: [interp1(ts, mt, 1.5) for _ in range(CALLS)], legacy=loop,
                 baseline=lambda ts, mt: [np.interp(1.5, ts[0], mt[0])
                                          for _ in range(CALLS)]),
            Case(f"{CALLS} scalar Interpolant1D.at(1.5)", small,
                 lambda ts, mt: [F.at(1.5) for _ in range(CALLS)], legacy=loop,
                 baseline=lambda ts, mt: [np.interp(1.5, ts[0], mt[0])
                                          for _ in range(CALLS)]),
        ], argv=rest)


if __name__ == "__main__":
    main()
