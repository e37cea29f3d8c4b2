"""Benchmark compat.idl.median against GDL's MEDIAN and scipy.ndimage.median_filter.

Run: python bench/bench_idl_median.py [--size 2048] [--repeat 5] [--only TEXT] [--no-legacy]

Prints, per case, the time of compat's median, of GDL running the same MEDIAN call in a
loop (timed inside GDL with SYSTIME(/SECONDS), start-up and I/O excluded) and of a plain
scipy.ndimage.median_filter call on the same data (not IDL-equivalent: filters the edges,
no NaN handling), and the ratios compat/GDL and compat/scipy. Timings by
bench/_harness.py. Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat.idl import median  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n = options.size
    img = rng.random((n, n), dtype=np.float32)
    img_nan = img.copy()
    img_nan[rng.random((n, n)) < 0.05] = np.nan
    specs = [
        (f"{n}x{n} float32 w5", img, 5, {}, "median(a, 5)"),
        (f"{n}x{n} float32 w4 /even", img, 4, {"even": True}, "median(a, 4, /even)"),
        (f"{n}x{n} uint8 w5", (img * 255).astype(np.uint8), 5, {}, "median(a, 5)"),
        (f"{n}x{n} float32 w5 (5% NaN)", img_nan, 5, {}, "median(a, 5)"),
        (f"{n}x{n} float32 no width", img, None, {}, "median(a)"),
    ]
    cases = [Case(name, {"a": a}, lambda a, w=w, kw=kw: median(a, w, **kw),
                  legacy=f"r = {call}",
                  baseline=(lambda a: np.median(a)) if w is None else
                  (lambda a, w=w: ndimage.median_filter(a, w)))
             for name, a, w, kw, call in specs]
    run("idl.median vs GDL MEDIAN and scipy.ndimage.median_filter", "gdl", cases,
        argv=rest)


if __name__ == "__main__":
    main()
