"""Benchmark compat.idl total/mean/stddev/moment/where/sort vs GDL vs plain numpy.

Run: python bench/bench_idl_stats.py [--size N] [--repeat R]  (1e7 float32 elements by
default). Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import idl  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=10_000_000)
    options, rest = parser.parse_known_args()
    a = np.random.default_rng(0).normal(size=options.size).astype(np.float32)
    n = f"{options.size:.0e} float32"
    run("IDL statistics vs GDL and numpy", "gdl", [
        Case(f"total {n}", {"a": a}, idl.total, "r = total(a)", np.sum),
        Case(f"mean {n}", {"a": a}, idl.mean, "r = mean(a)", np.mean),
        Case(f"stddev {n}", {"a": a}, idl.stddev, "r = stddev(a)",
             lambda a: np.std(a, ddof=1)),
        Case(f"moment {n}", {"a": a}, idl.moment, "r = moment(a)",
             lambda a: (np.mean(a), np.var(a, ddof=1))),
        Case(f"where {n}", {"a": a}, lambda a: idl.where(a > 1), "r = where(a gt 1)",
             lambda a: np.flatnonzero(a > 1)),
        Case(f"sort {n}", {"a": a}, idl.sort, "r = sort(a)",
             lambda a: np.argsort(a, kind="stable")),
    ], rest)


if __name__ == "__main__":
    main()
