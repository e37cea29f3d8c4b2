"""Benchmark: compat's interpn, griddata and histcounts2 vs Octave and SciPy/numpy.

* interpn 'linear' on a 60^3 grid at 1e6 scattered points; baseline
  ``RegularGridInterpolator`` (linear);
* interpn 'spline' on a 40^3 grid at the 60x60x60 grid of query vectors (Octave's
  spline evaluates grid queries only); baseline ``RegularGridInterpolator`` 'cubic'
  (not-a-knot too, but solved iteratively);
* interpn 'makima' / 'cubic' on the same grid and 1e4 scattered points (Octave has
  neither; baseline: none);
* griddata 'linear' and 'natural' of 2000 scattered samples at 1e5 points (Octave has
  no 'natural'); baseline ``scipy.interpolate.griddata`` 'linear';
* histcounts2 with automatic bins of 1e6 pairs (Octave has no histcounts2); baseline
  ``numpy.histogram2d`` with its default 10 bins.

Timings by bench/_harness.py (Octave times itself, single-threaded, start-up excluded;
best of --repeat). Not part of the test run:

    python bench/bench_matlab_gridded.py [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.interpolate as si

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.matlab import griddata, histcounts2, interpn  # noqa: E402


def main():
    rng = np.random.default_rng(0)
    g60 = [np.sort(rng.uniform(0, 10, 60)) for _ in range(3)]
    V60 = rng.standard_normal((60, 60, 60))
    q = [rng.uniform(1, 9, (1, 1_000_000)) for _ in range(3)]
    lin = {"x": g60[0], "y": g60[1], "z": g60[2], "V": V60, "a": q[0], "b": q[1], "c": q[2]}
    g40 = [np.linspace(0, 10, 40) for _ in range(3)]
    V40 = rng.standard_normal((40, 40, 40))
    qv = [np.linspace(0.5, 9.5, n) for n in (60, 61, 62)]
    spl = {"x": g40[0], "y": g40[1], "z": g40[2], "V": V40,
           "a": qv[0], "b": qv[1], "c": qv[2]}
    qs = [rng.uniform(0.5, 9.5, (1, 10_000)) for _ in range(3)]
    pts = {"x": g40[0], "y": g40[1], "z": g40[2], "V": V40, "a": qs[0], "b": qs[1],
           "c": qs[2]}
    xs, ys = rng.uniform(0, 1, (2, 2000))
    sc = {"x": xs, "y": ys, "v": np.sin(6 * xs) * ys,
          "a": rng.uniform(0.1, 0.9, (1, 100_000)), "b": rng.uniform(0.1, 0.9, (1, 100_000))}
    hx = {"x": rng.standard_normal(1_000_000), "y": rng.standard_normal(1_000_000)}

    def rgi(method, x, y, z, V, a, b, c):
        return si.RegularGridInterpolator((x, y, z), V, method=method)(
            np.column_stack([a.ravel(), b.ravel(), c.ravel()]))

    def rgi_grid(x, y, z, V, a, b, c):
        A, B, C = np.meshgrid(a, b, c, indexing="ij")
        return si.RegularGridInterpolator((x, y, z), V, method="cubic")(
            np.column_stack([A.ravel(), B.ravel(), C.ravel()]))

    run("interpn, griddata and histcounts2 vs Octave and scipy/numpy", "octave", [
        Case("interpn linear 60^3, 1e6 points", lin,
             lambda x, y, z, V, a, b, c: interpn(x, y, z, V, a, b, c),
             legacy="r = interpn(x, y, z, V, a, b, c)",
             baseline=lambda *args: rgi("linear", *args)),
        Case("interpn spline 40^3 at a 60x61x62 grid", spl,
             lambda x, y, z, V, a, b, c: interpn(x, y, z, V, a, b, c, "spline"),
             legacy="r = interpn(x, y, z, V, a, b, c, 'spline')", baseline=rgi_grid),
        Case("interpn spline 40^3, 1e4 points", pts,
             lambda x, y, z, V, a, b, c: interpn(x, y, z, V, a, b, c, "spline")),
        Case("interpn makima 40^3, 1e4 points", pts,
             lambda x, y, z, V, a, b, c: interpn(x, y, z, V, a, b, c, "makima")),
        Case("interpn cubic 40^3, 1e4 points", pts,
             lambda x, y, z, V, a, b, c: interpn(x, y, z, V, a, b, c, "cubic")),
        Case("griddata linear 2000 samples, 1e5 points", sc,
             lambda x, y, v, a, b: griddata(x, y, v, a, b),
             legacy="r = griddata(x, y, v, a, b)",
             baseline=lambda x, y, v, a, b: si.griddata((x, y), v, (a, b))),
        Case("griddata natural 2000 samples, 1e5 points", sc,
             lambda x, y, v, a, b: griddata(x, y, v, a, b, "natural")),
        Case("histcounts2 auto 1e6 pairs", hx, lambda x, y: histcounts2(x, y),
             baseline=lambda x, y: np.histogram2d(x, y)),
    ])


if __name__ == "__main__":
    main()
