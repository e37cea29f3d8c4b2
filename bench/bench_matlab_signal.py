"""Benchmark: compat.matlab pwelch / resample / xcorr / medfilt1 vs Octave (signal package)
vs scipy.

pwelch of a 1e7-sample double signal with 1024-sample Hamming segments, 50% overlap
(Octave: ``pwelch(x, hamming(1024), 0.5, 1024, 1, 'onesided', [], 'no-strip')``, its
fractional-overlap form of the same estimate; scipy: ``welch(x, window=hamming,
nperseg=1024, noverlap=512, detrend=False)``); resample of 1e6 samples by 3/2 (Octave is
given MATLAB's filter, as the goldens; scipy: ``resample_poly(x, 3, 2)``, a different
filter); xcorr of 1e5 samples at maxlag 1000; medfilt1 of 1e6 samples with n = 11.
Timings by bench/_harness.py (Octave times itself, single-threaded, start-up excluded;
best of --repeat). Not part of the test run:

    python bench/bench_matlab_signal.py [--scale F] [--repeat N] [--only TEXT]
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


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--scale", type=float, default=1.0,
                        help="multiply every signal length (default 1)")
    options, rest = parser.parse_known_args()
    rng = np.random.default_rng(0)
    n_welch = int(10_000_000 * options.scale)
    n_res = int(1_000_000 * options.scale)
    xw = rng.standard_normal((n_welch, 1))
    xr = rng.standard_normal((n_res, 1))
    xc = rng.standard_normal((int(100_000 * options.scale), 1))
    h = matlab.resample(np.zeros(4), 3, 2, nargout=2)[1].reshape(1, -1)
    win = matlab.hamming(1024)
    run(f"signal processing: pwelch {n_welch}, resample {n_res}, xcorr {xc.shape[0]}, "
        f"medfilt1 {n_res} (double) vs Octave and scipy", "octave", [
            Case("pwelch 1024/512", {"x": xw},
                 lambda x: matlab.pwelch(x, 1024, 512, 1024, 1),
                 legacy="p = pwelch(x, hamming(1024), 0.5, 1024, 1, 'onesided', [], "
                        "'no-strip')", setup="pkg load signal",
                 baseline=lambda x: scipy.signal.welch(x[:, 0], window=win, nperseg=1024,
                                                       noverlap=512, detrend=False)),
            Case("resample 3/2", {"x": xr, "h": h},
                 lambda x, h: matlab.resample(x, 3, 2),
                 legacy="y = resample(x, 3, 2, h)", setup="pkg load signal",
                 baseline=lambda x, h: scipy.signal.resample_poly(x, 3, 2, axis=0)),
            Case("xcorr maxlag 1000", {"x": xc},
                 lambda x: matlab.xcorr(x, 1000),
                 legacy="r = xcorr(x, 1000)", setup="pkg load signal",
                 baseline=lambda x: scipy.signal.correlate(x[:, 0], x[:, 0])),
            Case("medfilt1 n=11", {"x": xr},
                 lambda x: matlab.medfilt1(x, 11),
                 legacy="y = medfilt1(x, 11)", setup="pkg load signal",
                 baseline=lambda x: scipy.signal.medfilt(x[:, 0], 11)),
        ], argv=rest)


if __name__ == "__main__":
    main()
