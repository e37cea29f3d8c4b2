"""Benchmark compat.idl REBIN, CONGRID and INTERPOL against GDL and plain numpy/scipy.

Run: python bench/bench_idl_grids.py [--size 2048] [--points 1000000] [--repeat 3]

Per case: the best time of compat's call, of GDL running the same call in a loop
(timed inside GDL with SYSTIME(/SECONDS), start-up and I/O excluded) and of the plain
numpy/scipy call a user would write instead (not IDL-equivalent: see each docstring),
and the ratios compat/GDL and compat/numpy. Not part of the test run.

numpy/scipy stand-ins: REBIN shrink -> ``a.reshape(m, 2, n, 2).mean((1, 3))``; REBIN
expand -> ``scipy.ndimage.zoom(a, 2, order=1)``; CONGRID /INTERP ->
``scipy.ndimage.map_coordinates`` on the same grid; INTERPOL -> ``numpy.interp``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from scipy import ndimage

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout
from compat.idl import congrid, interpol, rebin  # noqa: E402

_IDL_TYPE = {np.dtype(np.float32): 4, np.dtype(np.float64): 5}


def best_time(fn, repeat):
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def gdl_time(inputs: dict, call: str, repeat: int, workdir: Path):
    """Best per-call time of ``r = <call>`` in GDL, inputs read bit-exactly."""
    gdl = shutil.which("gdl")
    if gdl is None:
        return None
    lines = []
    for name, a in inputs.items():
        a.astype(a.dtype.newbyteorder("<")).tofile(workdir / f"{name}.bin")
        dims = ",".join(str(n) for n in reversed(a.shape))
        lines += [f"openr, lun, '{name}.bin', /get_lun, /swap_if_big_endian",
                  f"{name} = make_array(dimension=[{dims}], type={_IDL_TYPE[a.dtype]})",
                  f"readu, lun, {name} & free_lun, lun"]
    lines += ["best = 1d30",
              f"for i = 1, {repeat} do begin & t0 = systime(/seconds) & r = {call} & "
              "dt = systime(/seconds) - t0 & best = best < dt & endfor",
              "print, best, format='(e20.10)'", "exit"]
    (workdir / "bench.pro").write_text("\n".join(lines) + "\n")
    out = subprocess.run([gdl, "-quiet", "bench.pro"], cwd=workdir, capture_output=True,
                         text=True, timeout=1200).stdout
    return float(out.split()[-1])


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=2048)
    parser.add_argument("--points", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    rng = np.random.default_rng(0)
    n = args.size
    h = n // 2
    img = rng.random((n, n), dtype=np.float32)
    small = rng.random((512, 512), dtype=np.float32)
    nx, ny = 1000, 700
    # the positions CONGRID /INTERP uses, for the scipy stand-in
    gx = np.float32(n) / np.float32(nx) * np.arange(nx, dtype=np.float32)
    gy = np.float32(n) / np.float32(ny) * np.arange(ny, dtype=np.float32)
    yy, xx = np.meshgrid(np.minimum(gy, n - 1), np.minimum(gx, n - 1), indexing="ij")
    x = np.sort(rng.uniform(0, 1000, 10_000)).astype(np.float32)
    v = rng.normal(size=10_000).astype(np.float32)
    q = rng.uniform(-10, 1010, args.points).astype(np.float32)
    cases = [
        (f"rebin {n}^2 float32 shrink x2", {"a": img}, f"rebin(a, {h}, {h})",
         lambda: rebin(img, h, h), lambda: img.reshape(h, 2, h, 2).mean((1, 3))),
        (f"rebin {n}^2 float32 expand x2", {"a": img}, f"rebin(a, {2 * n}, {2 * n})",
         lambda: rebin(img, 2 * n, 2 * n), lambda: ndimage.zoom(img, 2, order=1)),
        (f"congrid {n}^2 -> {nx}x{ny} /interp", {"a": img},
         f"congrid(a, {nx}, {ny}, /interp)", lambda: congrid(img, nx, ny, interp=True),
         lambda: ndimage.map_coordinates(img, [yy, xx], order=1)),
        ("congrid 512^2 -> 1500^2 /interp", {"a": small},
         "congrid(a, 1500, 1500, /interp)", lambda: congrid(small, 1500, 1500, interp=True),
         lambda: ndimage.zoom(small, 1500 / 512, order=1)),
        (f"interpol {args.points:.0e} pts in 1e4", {"v": v, "x": x, "q": q},
         "interpol(v, x, q)", lambda: interpol(v, x, q), lambda: np.interp(q, x, v)),
    ]
    print(f"{'case':40s} {'compat s':>10s} {'GDL s':>10s} {'numpy s':>10s} "
          f"{'compat/GDL':>11s} {'compat/numpy':>13s}")
    with tempfile.TemporaryDirectory() as tmp:
        for name, inputs, call, ours, plain in cases:
            t_c = best_time(ours, args.repeat)
            t_n = best_time(plain, args.repeat)
            t_g = gdl_time(inputs, call, args.repeat, Path(tmp))
            g = f"{t_g:10.4f}" if t_g else f"{'n/a':>10s}"
            rg = f"{t_c / t_g:11.2f}" if t_g else f"{'n/a':>11s}"
            print(f"{name:40s} {t_c:10.4f} {g} {t_n:10.4f} {rg} {t_c / t_n:13.2f}",
                  flush=True)


if __name__ == "__main__":
    main()
