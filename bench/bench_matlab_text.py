"""Benchmark compat.matlab.sprintf (MATLAB's formatting engine) against Octave's sprintf
and a plain Python call.

Run: python bench/bench_matlab_text.py [--size 1000000] [--repeat 5] [--no-legacy]

Cases: sprintf('%6.2f\\n', x) of --size doubles and sprintf('%d,', k) of --size
integer-valued doubles (issue 14's goal: at most 0.5x Octave's time), plus the same two
with NaN/Inf and non-integers mixed in (the vector path's per-element specs), and
num2str of a 1000x10 matrix. The plain-Python baseline is what a port would write
without MATLAB's rules: ``''.join(map('%6.2f\\n'.__mod__, x))`` (no recycling, no %e for
non-integers, Python's 'nan' spelling). Octave times its own sprintf with tic/toc in one
octave-cli run, single-threaded. Not part of the test run.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(14)
    x = rng.uniform(-1000, 1000, options.size)
    k = np.round(rng.uniform(-1e6, 1e6, options.size))
    xm = x.copy()
    xm[::97] = np.nan
    xm[::89] = -np.inf
    km = k.copy()
    km[::53] += 0.5                          # non-integers: MATLAB prints them with %e
    m = rng.standard_normal((1000, 10))
    cases = [
        Case(f"sprintf('%6.2f\\n', x) {options.size:g}", {"x": x},
             lambda x: matlab.sprintf("%6.2f\\n", x),
             legacy="s = sprintf('%6.2f\\n', x);",
             baseline=lambda x: "".join(map("%6.2f\n".__mod__, x.tolist()))),
        Case(f"sprintf('%d,', k) {options.size:g}", {"k": k},
             lambda k: matlab.sprintf("%d,", k),
             legacy="s = sprintf('%d,', k);",
             baseline=lambda k: "".join(map("%d,".__mod__, k.astype(np.int64).tolist()))),
        Case(f"sprintf('%6.2f\\n') with NaN/-Inf {options.size:g}", {"x": xm},
             lambda x: matlab.sprintf("%6.2f\\n", x),
             legacy="s = sprintf('%6.2f\\n', x);",
             baseline=lambda x: "".join(map("%6.2f\n".__mod__, x.tolist()))),
        Case(f"sprintf('%d,') with non-integers {options.size:g}", {"k": km},
             lambda k: matlab.sprintf("%d,", k),
             legacy="s = sprintf('%d,', k);",
             baseline=lambda k: "".join(map("%d,".__mod__, k.tolist()))),
        Case("num2str(1000x10 normal)", {"m": m}, lambda m: matlab.num2str(m),
             legacy="s = num2str(m);",
             baseline=lambda m: "\n".join("  ".join("%.5g" % v for v in row) for row in m)),
    ]
    run("MATLAB sprintf/num2str vs Octave and plain Python %-formatting", "octave", cases,
        rest)


if __name__ == "__main__":
    main()
