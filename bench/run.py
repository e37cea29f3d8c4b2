"""Run every benchmark and print one table of ratios against the clones and numpy/scipy.

Run: python bench/run.py [--only TEXT] [--repeat N]

Each ``bench_*.py`` runs in its own process (so one failing script does not stop the
rest) with ``--repeat N``; the tables they print through ``bench/_harness.py`` are
collected into one summary: every case with its compat/clone and compat/numpy ratios
(below 1: compat is faster). Scripts not yet on the harness are run and their output is
shown as it is. Never part of the test run; nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
# a case, then five numbers: compat, clone and numpy times, compat/clone, compat/numpy
# (the harness's rows and the older scripts' own tables alike)
_ROW = re.compile(r"^(?P<case>\S.*?) +(?P<compat>[\d.]+|n/a) +(?P<legacy>[\d.]+|n/a) +"
                  r"(?P<numpy>[\d.]+|n/a) +(?P<r1>[\d.]+|n/a) +(?P<r2>[\d.]+|n/a)$")


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--only", default="", help="scripts whose name contains TEXT")
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    rows = []
    for script in sorted(HERE.glob("bench_*.py")):
        if args.only not in script.name:
            continue
        print(f"== {script.name}", flush=True)
        done = subprocess.run([sys.executable, str(script), "--repeat", str(args.repeat)],
                              capture_output=True, text=True)
        print(done.stdout, end="")
        if done.returncode:
            print(f"   {script.name} failed:\n{done.stderr[-1500:]}")
        engine = "clone"
        for line in done.stdout.splitlines():
            if line.startswith("case ") and ("GDL" in line or "Octave" in line):
                engine = "GDL" if "GDL" in line else "Octave"
            match = _ROW.match(line)
            if match:
                rows.append((script.stem[6:], match["case"].strip(), engine, match["r1"],
                             match["r2"]))
    print("\nSummary (compat time / other time; below 1 is faster)")
    print(f"{'script':16} {'case':44} {'vs':>7} {'c/clone':>8} {'c/numpy':>8}")
    for script, case, engine, r1, r2 in rows:
        print(f"{script:16} {case[:44]:44} {engine:>7} {r1:>8} {r2:>8}")


if __name__ == "__main__":
    main()
