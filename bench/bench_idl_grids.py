"""Benchmark compat.idl.rebin, congrid and interpol against GDL and numpy/scipy.

Run: python bench/bench_idl_grids.py [--size 2048] [--points 1000000] [--repeat 5]
     [--only TEXT] [--no-legacy]

REBIN shrinking and expanding a float32 image, CONGRID /INTERP to another size, INTERPOL
of many points in a 1e4-point table. GDL runs the same calls in a loop (timed inside GDL
with SYSTIME(/SECONDS); start-up and file reading excluded); the numpy/scipy stand-ins
(block mean, ndimage.zoom/map_coordinates, numpy.interp) are not IDL-equivalent. Timings
by bench/_harness.py. Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.idl import congrid, interpol, rebin  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--points", type=int, default=1_000_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n = options.size
    h = n // 2
    img = rng.random((n, n), dtype=np.float32)
    small = rng.random((512, 512), dtype=np.float32)
    nx, ny = 1000, 700
    # the positions CONGRID /INTERP uses, for the scipy stand-in
    gx = np.float32(n) / np.float32(nx) * np.arange(nx, dtype=np.float32)
    gy = np.float32(n) / np.float32(ny) * np.arange(ny, dtype=np.float32)
    yy, xx = np.meshgrid(np.minimum(gy, n - 1), np.minimum(gx, n - 1), indexing="ij")
    x = np.sort(rng.uniform(0, 1000, 10_000)).astype(np.float32)
    v = rng.normal(size=10_000).astype(np.float32)
    q = rng.uniform(-10, 1010, options.points).astype(np.float32)
    cases = [
        Case(f"rebin {n}^2 float32 shrink x2", {"a": img}, lambda a: rebin(a, h, h),
             legacy=f"r = rebin(a, {h}, {h})",
             baseline=lambda a: a.reshape(h, 2, h, 2).mean((1, 3))),
        Case(f"rebin {n}^2 float32 expand x2", {"a": img},
             lambda a: rebin(a, 2 * n, 2 * n), legacy=f"r = rebin(a, {2 * n}, {2 * n})",
             baseline=lambda a: ndimage.zoom(a, 2, order=1)),
        Case(f"congrid {n}^2 -> {nx}x{ny} /interp", {"a": img},
             lambda a: congrid(a, nx, ny, interp=True),
             legacy=f"r = congrid(a, {nx}, {ny}, /interp)",
             baseline=lambda a: ndimage.map_coordinates(a, [yy, xx], order=1)),
        Case("congrid 512^2 -> 1500^2 /interp", {"a": small},
             lambda a: congrid(a, 1500, 1500, interp=True),
             legacy="r = congrid(a, 1500, 1500, /interp)",
             baseline=lambda a: ndimage.zoom(a, 1500 / 512, order=1)),
        Case(f"interpol {options.points:.0e} pts in 1e4", {"v": v, "x": x, "q": q},
             interpol, legacy="r = interpol(v, x, q)",
             baseline=lambda v, x, q: np.interp(q, x, v)),
    ]
    run("idl.rebin/congrid/interpol vs GDL and numpy/scipy", "gdl", cases, argv=rest)


if __name__ == "__main__":
    main()
