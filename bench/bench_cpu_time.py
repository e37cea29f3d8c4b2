"""Issue 20's speed rows in CPU time: compat vs the clones vs numpy/scipy.

Run: python bench/bench_cpu_time.py [--repeat 5] [--only TEXT] [--no-legacy]

The rows of issue 20 (SMOOTH, TOTAL, MOMENT, BYTSCL, MEDIAN, CONGRID against GDL; conv2
against Octave) on the inputs the issue names, timed by bench/_harness.py with
``--cpu`` always on: CPU time per call (compat and numpy: ``time.process_time``, every
thread counted; Octave: its ``cputime``; GDL: ``getrusage`` of runs of 1 and 1 + R
calls), which a loaded machine distorts less than wall time. The clones run with one
thread, as in the golden captures. Not part of the test run; nothing here asserts a
time.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
from scipy import ndimage, signal

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import idl, matlab  # noqa: E402


def _cases():
    rng = np.random.default_rng(0)
    n = 2048
    f32 = rng.random((n, n), dtype=np.float32)
    f32nan = f32.copy()
    f32nan[rng.random((n, n)) < 0.05] = np.nan
    nrm = rng.normal(size=(n, n)).astype(np.float32)
    byte = (f32 * 255).astype(np.uint8)
    small = rng.random((512, 512), dtype=np.float32)
    v1e7 = np.random.default_rng(0).normal(size=10_000_000).astype(np.float32)
    A, A256 = rng.standard_normal((n, n)), rng.standard_normal((256, 256))
    k5, k15 = rng.standard_normal((5, 5)), rng.standard_normal((15, 15))
    gdl = [
        Case("smooth 2048^2 w5 /edge_truncate 5% NaN", {"a": f32nan},
             lambda a: idl.smooth(a, 5, edge_truncate=True),
             "r = smooth(a, 5, /edge_truncate)",
             lambda a: ndimage.uniform_filter(a, 5, mode="nearest")),
        Case("smooth 2048^2 w5", {"a": f32}, lambda a: idl.smooth(a, 5),
             "r = smooth(a, 5)", lambda a: ndimage.uniform_filter(a, 5)),
        Case("smooth 2048^2 w51", {"a": f32}, lambda a: idl.smooth(a, 51),
             "r = smooth(a, 51)", lambda a: ndimage.uniform_filter(a, 51)),
        Case("total 2048^2 float32", {"a": nrm}, idl.total, "r = total(a)", np.sum),
        Case("moment 2048^2 float32", {"a": nrm}, idl.moment, "r = moment(a)",
             lambda a: (np.mean(a), np.var(a, ddof=1))),
        Case("total 1e7 float32", {"a": v1e7}, idl.total, "r = total(a)", np.sum),
        Case("moment 1e7 float32", {"a": v1e7}, idl.moment, "r = moment(a)",
             lambda a: (np.mean(a), np.var(a, ddof=1))),
        Case("bytscl 2048^2 float32", {"a": f32}, idl.bytscl, "r = bytscl(a)",
             lambda a: np.clip((a - a.min()) * (255.999 / (a.max() - a.min())), 0,
                               255).astype(np.uint8)),
        Case("median(b, 5) 2048^2 byte", {"a": byte}, lambda a: idl.median(a, 5),
             "r = median(a, 5)", lambda a: ndimage.median_filter(a, 5)),
        Case("median(a, 5) 2048^2 float32 5% NaN", {"a": f32nan},
             lambda a: idl.median(a, 5), "r = median(a, 5)",
             lambda a: ndimage.median_filter(a, 5)),
        Case("congrid 512^2 -> 1500^2 /interp", {"a": small},
             lambda a: idl.congrid(a, 1500, 1500, interp=True),
             "r = congrid(a, 1500, 1500, /interp)",
             lambda a: ndimage.zoom(a, 1500 / 512, order=1)),
    ]
    octave = [
        Case("conv2 256^2 5x5 'full'", {"A": A256, "B": k5},
             lambda A, B: matlab.conv2(A, B, "full"), "C = conv2(A, B, 'full')",
             lambda A, B: signal.convolve2d(A, B, mode="full")),
        Case("conv2 2048^2 5x5 'same'", {"A": A, "B": k5},
             lambda A, B: matlab.conv2(A, B, "same"), "C = conv2(A, B, 'same')",
             lambda A, B: signal.convolve2d(A, B, mode="same")),
        Case("conv2 2048^2 15x15 'same'", {"A": A, "B": k15},
             lambda A, B: matlab.conv2(A, B, "same"), "C = conv2(A, B, 'same')",
             lambda A, B: signal.convolve2d(A, B, mode="same")),
    ]
    return {"gdl": gdl, "octave": octave}


def main(argv=None):
    argv = ["--cpu"] + list(sys.argv[1:] if argv is None else argv)
    cases = _cases()
    run("issue 20's GDL rows", "gdl", cases["gdl"], argv)
    run("issue 20's Octave rows", "octave", cases["octave"], argv)


if __name__ == "__main__":
    main()
