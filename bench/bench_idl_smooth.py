"""Benchmark compat.idl.smooth against GDL's SMOOTH and scipy.ndimage.uniform_filter.

Run: python bench/bench_idl_smooth.py [--size 2048] [--repeat 5] [--only TEXT] [--no-legacy]

Prints, per case, the time of compat's smooth, of GDL running the same SMOOTH call in a
loop (timed inside GDL with SYSTIME(/SECONDS), start-up and I/O excluded) and of a plain
scipy.ndimage.uniform_filter call on the same data (not IDL-equivalent: no copied edges,
no /NAN), and the ratios compat/GDL and compat/scipy. GDL runs on one thread; compat's
fused kernels (compat[fast]) on every core the process may use, and the first three cases
again on one thread ("1 thread: ..."). Timings by bench/_harness.py. Not
part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat._core import accelerated_boxes  # noqa: E402
from compat.idl import smooth  # noqa: E402


def _smooth(a, w, threads=None, **kw):
    """compat's smooth, on ``threads`` threads when given (the fused kernels' setting)."""
    if threads is None:
        return smooth(a, w, **kw)
    saved = accelerated_boxes.THREADS
    accelerated_boxes.THREADS = threads
    try:
        return smooth(a, w, **kw)
    finally:
        accelerated_boxes.THREADS = saved


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n = options.size
    img32 = rng.random((n, n), dtype=np.float32)
    img32_nan = img32.copy()
    img32_nan[rng.random((n, n)) < 0.05] = np.nan
    img32_nan10 = img32.copy()
    img32_nan10[rng.random((n, n)) < 0.10] = np.nan
    img64 = img32.astype(np.float64)
    specs = [
        (f"{n}x{n} float32 w5", img32, 5, {}, "smooth(a, 5)"),
        (f"{n}x{n} float32 w5 /edge_truncate", img32, 5, {"edge_truncate": True},
         "smooth(a, 5, /edge_truncate)"),
        (f"{n}x{n} float32 w5 /edge_truncate, 5% NaN", img32_nan, 5,
         {"edge_truncate": True}, "smooth(a, 5, /edge_truncate)"),
        (f"{n}x{n} float32 w5, 5% NaN", img32_nan, 5, {}, "smooth(a, 5)"),
        (f"{n}x{n} float32 w5 /nan (5% NaN)", img32_nan, 5, {"nan": True},
         "smooth(a, 5, /nan)"),
        (f"{n}x{n} float32 w5 /nan (10% NaN)", img32_nan10, 5, {"nan": True},
         "smooth(a, 5, /nan)"),
        (f"{n}x{n} float32 w31", img32, 31, {}, "smooth(a, 31)"),
        (f"{n}x{n} float32 w51", img32, 51, {}, "smooth(a, 51)"),
        (f"{n}x{n} float64 w5", img64, 5, {}, "smooth(a, 5)"),
    ]
    # compat's fused kernels (compat[fast]) use every core; GDL runs on one thread, so
    # the cases are also timed with compat on one thread
    specs += [("1 thread:" + name.split("float32", 1)[1], a, w,
               dict(kw, threads=1), call) for name, a, w, kw, call in specs[:3]]
    cases = []
    for name, a, w, kw, call in specs:
        mode = "nearest" if kw.get("edge_truncate") else "reflect"
        cases.append(Case(name, {"a": a},
                          lambda a, w=w, kw=kw: _smooth(a, w, **kw), legacy=f"r = {call}",
                          baseline=lambda a, w=w, mode=mode:
                          ndimage.uniform_filter(a, w, mode=mode)))
    run("idl.smooth vs GDL SMOOTH and scipy.ndimage.uniform_filter", "gdl", cases,
        argv=rest)


if __name__ == "__main__":
    main()
