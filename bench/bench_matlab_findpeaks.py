"""Benchmark: compat.matlab.findpeaks vs Octave's findpeaks (signal package) vs a plain
scipy.signal.find_peaks call (issue 18).

A 1e6-sample double signal (3 plus two sinusoids plus Gaussian noise, positive because
Octave's findpeaks refuses negative data without 'DoubleSided': about 3e5 local
maxima): all local maxima; with 'MinPeakProminence' 1 (scipy: ``prominence=1``; Octave's
findpeaks has no prominence option, so its column times the plain call, the work before
the prominence filter); with 'MinPeakDistance' 100 (scipy: ``distance=100``; Octave's
rule differs, see the divergences of the golden suite signal_peaks). Octave's findpeaks
takes about two minutes for 1e5 samples here (its time grows faster than linearly), so
the comparison with Octave runs on a separate signal of the same kind of
``--octave-length`` samples (default 2e4). Timings by bench/_harness.py (Octave
single-threaded, start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_findpeaks.py [--scale F] [--octave-length N] [--repeat N]
                                           [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import numpy as np
import scipy.signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def _signal(n, rng):
    t = np.arange(n)
    return (3 + np.sin(2 * np.pi * t / 5000) + 0.5 * np.sin(2 * np.pi * t / 370)
            + 0.3 * rng.standard_normal(n)).reshape(-1, 1)


def _cases(x):
    return [
        Case("all local maxima", {"x": x},
             lambda x: matlab.findpeaks(x, nargout=2),
             legacy="[p, l] = findpeaks(x)", setup="pkg load signal",
             baseline=lambda x: scipy.signal.find_peaks(x[:, 0])),
        Case("MinPeakProminence 1", {"x": x},
             lambda x: matlab.findpeaks(x, "MinPeakProminence", 1, nargout=2),
             legacy="[p, l] = findpeaks(x)", setup="pkg load signal",
             baseline=lambda x: scipy.signal.find_peaks(x[:, 0], prominence=1)),
        Case("MinPeakDistance 100", {"x": x},
             lambda x: matlab.findpeaks(x, "MinPeakDistance", 100, nargout=2),
             legacy="[p, l] = findpeaks(x, 'MinPeakDistance', 100)",
             setup="pkg load signal",
             baseline=lambda x: scipy.signal.find_peaks(x[:, 0], distance=100)),
    ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply the signal lengths (default 1)")
    parser.add_argument("--octave-length", type=int, default=20_000,
                        help="samples of the run against Octave (default 20000)")
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n = int(1_000_000 * options.scale)
    run(f"findpeaks of {n} samples (double) vs scipy find_peaks", "octave",
        _cases(_signal(n, rng)), argv=[a for a in rest if a != "--no-legacy"]
        + ["--no-legacy"])
    if "--no-legacy" not in rest:
        m = int(options.octave_length * options.scale)
        run(f"findpeaks of {m} samples (double) vs Octave's findpeaks and scipy "
            "find_peaks", "octave", _cases(_signal(m, rng)), argv=rest)


if __name__ == "__main__":
    main()
