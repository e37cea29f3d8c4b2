"""Benchmark compat.idl.smooth against GDL's SMOOTH and scipy.ndimage.uniform_filter.

Run: python bench/bench_idl_smooth.py [--size 2048] [--repeat 5]

Prints, per case, the time of compat's smooth, of GDL running the same SMOOTH call in a
loop (timed inside GDL with SYSTIME(/SECONDS), start-up and I/O excluded) and of a plain
scipy.ndimage.uniform_filter call on the same data (not IDL-equivalent: no copied edges,
no /NAN), and the ratios compat/GDL and compat/scipy. Not part of the test run.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

import sys

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
from compat.idl import smooth  # noqa: E402


def best_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def gdl_time(a, call, repeat, workdir: Path):
    """Best per-call time of ``r = <call>`` in GDL on ``a`` (read bit-exactly)."""
    gdl = shutil.which("gdl")
    if gdl is None:
        return None
    a.astype(a.dtype.newbyteorder("<")).tofile(workdir / "a.bin")
    dims = ",".join(str(n) for n in reversed(a.shape))
    idl_type = {np.dtype(np.float32): 4, np.dtype(np.float64): 5}[a.dtype]
    script = f"""
openr, lun, 'a.bin', /get_lun, /swap_if_big_endian
a = make_array(dimension=[{dims}], type={idl_type})
readu, lun, a & free_lun, lun
best = 1d30
for i = 1, {repeat} do begin & t0 = systime(/seconds) & r = {call} & dt = systime(/seconds) - t0 & best = best < dt & endfor
print, best, format='(e20.10)'
exit
"""
    (workdir / "bench.pro").write_text(script)
    out = subprocess.run([gdl, "-quiet", "bench.pro"], cwd=workdir, capture_output=True,
                         text=True, timeout=600).stdout
    return float(out.split()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    n = args.size
    img32 = rng.random((n, n), dtype=np.float32)
    img32_nan = img32.copy()
    img32_nan[rng.random((n, n)) < 0.05] = np.nan
    img32_nan10 = img32.copy()
    img32_nan10[rng.random((n, n)) < 0.10] = np.nan
    img64 = img32.astype(np.float64)
    cases = [
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
    mode_of = {"edge_truncate": "nearest"}
    print(f"{'case':40s} {'compat s':>10s} {'GDL s':>10s} {'scipy s':>10s} "
          f"{'compat/GDL':>11s} {'compat/scipy':>13s}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, a, w, kw, call in cases:
            t_c = best_time(lambda: smooth(a, w, **kw), args.repeat)
            mode = next((mode_of[k] for k in kw if k in mode_of), "reflect")
            t_s = best_time(lambda: ndimage.uniform_filter(a, w, mode=mode), args.repeat)
            t_g = gdl_time(a, call, args.repeat, Path(tmp))
            g = f"{t_g:10.4f}" if t_g else f"{'n/a':>10s}"
            rg = f"{t_c / t_g:11.2f}" if t_g else f"{'n/a':>11s}"
            print(f"{name:40s} {t_c:10.4f} {g} {t_s:10.4f} {rg} {t_c / t_s:13.2f}")


if __name__ == "__main__":
    main()
