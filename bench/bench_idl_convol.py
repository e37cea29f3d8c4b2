"""Benchmark compat.idl.convol against GDL's CONVOL and scipy.ndimage.correlate.

Run: python bench/bench_idl_convol.py [--size 2048] [--repeat 5] [--only TEXT] [--no-legacy]

Prints, per case, the time of compat's convol, of GDL running the same CONVOL call in a
loop (timed inside GDL with SYSTIME(/SECONDS), start-up and I/O excluded) and of a plain
scipy.ndimage.correlate call on the same data (not IDL-equivalent: no zeroed edges, no
/NAN), and the ratios compat/GDL and compat/scipy. Timings by bench/_harness.py. Not
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

from compat.idl import convol  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n = options.size
    img = rng.random((n, n), dtype=np.float32)
    img_nan = img.copy()
    img_nan[rng.random((n, n)) < 0.05] = np.nan
    k = rng.random((5, 5), dtype=np.float32)
    specs = [
        (f"{n}x{n} float32 5x5", img, {}, "convol(a, k)", "constant"),
        (f"{n}x{n} float32 5x5 /edge_truncate", img, {"edge_truncate": True},
         "convol(a, k, /edge_truncate)", "nearest"),
        (f"{n}x{n} float32 5x5 /nan (5% NaN)", img_nan, {"nan": True},
         "convol(a, k, /nan)", "constant"),
        (f"{n}x{n} float32 5x5 /nan /normalize", img_nan, {"nan": True, "normalize": True},
         "convol(a, k, /nan, /normalize)", "constant"),
    ]
    cases = [Case(name, {"a": a, "k": k}, lambda a, k, kw=kw: convol(a, k, **kw),
                  legacy=f"r = {call}",
                  baseline=lambda a, k, mode=mode: ndimage.correlate(a, k, mode=mode))
             for name, a, kw, call, mode in specs]
    run("idl.convol vs GDL CONVOL and scipy.ndimage.correlate", "gdl", cases, argv=rest)


if __name__ == "__main__":
    main()
