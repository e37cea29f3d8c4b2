"""dask arrays vs the in-memory call (issue 20): ``idl.smooth`` and ``matlab.conv2`` of an
8192 x 8192 float32 array in 1024^2 chunks, dask's threaded scheduler (2 threads) vs
the in-memory call, with the time ratio and the peak memory of each.

Run: python bench/bench_dask.py [--repeat N] [--size N] [--chunk N] [--only TEXT]

Each measurement runs in a fresh process (so the peak resident memory, ``ru_maxrss``
minus the process's size after its imports and a warm-up call on a small array, with
the peak counted afresh from there on Linux, is that call's alone: the one-time JIT
compile is not the data's memory). The array lives in a ``.npy`` file, as survey data
does. Two comparisons, each like with like:

* compute: the in-memory call on the array read whole first (not timed) vs dask over
  the same in-memory array (wrapped by ``da.from_array`` before the clock starts: it
  hashes and copies the array, 0.26 s of CPU at 8192^2, which until 2026-12-06 was
  timed on the dask side only), its result stored into an in-memory array (timed). The
  in-memory SMOOTH and conv2 already run their compiled kernels on every core
  (``compat._core.accelerated_boxes.THREADS``), so dask's two threads have no cores
  left to add; the ``1 thr`` column is the in-memory call on one thread, against which
  ``dask/1`` is dask's own parallel speed-up;
* with files: the file read whole, the in-memory call and the result written (all
  timed) vs the dask pipeline reading each block from the file, computing and writing
  each result block into an output ``.npy`` file (all timed), so neither the input nor
  the result is ever whole in its memory (the peak memory columns are this pair's).

(Until 2026-12-05 the one ratio printed compared the file pipeline with the in-memory
compute alone: the file I/O, which dominated it, was counted on one side only.) All
results are checked equal bit for bit. Never part of the test run; nothing here
asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

CASES = {
    "idl.smooth(a, 5)": ("idl", "smooth", lambda f, a: f(a, 5)),
    "idl.smooth(a, 5, /EDGE_TRUNCATE, /NAN)": (
        "idl", "smooth", lambda f, a: f(a, 5, edge_truncate=True, nan=True)),
    "matlab.conv2(a, k5, 'same')": (
        "matlab", "conv2", lambda f, a: f(a, np.arange(25, dtype=np.float32).reshape(5, 5)
                                          / 300, "same")),
}


class NpyBlocks:
    """A ``.npy`` file as dask reads and writes it: each block through its own
    memory map, opened and closed per block (no page stays mapped)."""

    def __init__(self, path, shape=None, dtype=None):
        self.path = str(path)
        if shape is None:
            m = np.load(self.path, mmap_mode="r")
            shape, dtype = m.shape, m.dtype
            del m
        self.shape, self.dtype, self.ndim = tuple(shape), np.dtype(dtype), len(shape)

    def __getitem__(self, index):
        m = np.load(self.path, mmap_mode="r")
        out = np.array(m[index])
        del m
        return out

    def __setitem__(self, index, values):
        # no flush (msync) per block: the in-memory side's np.save leaves its pages to
        # the kernel's write-back too, so both sides stop at the page cache; flushing
        # each of the 64 result blocks synchronously made the files ratio 5.0x where
        # the work itself is 1.8x (measured 2026-12-06)
        m = np.load(self.path, mmap_mode="r+")
        m[index] = values
        del m


def _rss_mb() -> float:
    """The process's peak resident memory since the last :func:`_reset_peak` (Linux's
    VmHWM), else since it started (``ru_maxrss``)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024.0
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def _reset_peak() -> None:
    """Start the peak-memory count again from the current size (Linux: writing 5 to
    /proc/self/clear_refs resets VmHWM); elsewhere the peak counts from the start."""
    try:
        with open("/proc/self/clear_refs", "w") as f:
            f.write("5")
    except OSError:
        pass


def _current_mb() -> float:
    with open("/proc/self/statm") as f:
        return int(f.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def child(variant: str, case: str, data: str, out: str, chunk: int) -> dict:
    """One measurement in this process: time and peak memory above the imports."""
    import dask
    import dask.array as da
    import compat
    family, name, call = CASES[case]
    fn = getattr(getattr(compat, family), name)
    # the one-time costs (numba's JIT compile of the summing kernels, the first call's
    # imports) are paid on a small array first, in both variants: the peak measured is
    # the data's, as in a pipeline that has already processed its first image. The
    # warm-up arrays are large enough for the compiled kernels (64K elements per call)
    # and, for dask, have first, middle and last blocks along each axis
    if variant == "memory1":
        from compat._core import accelerated_boxes
        accelerated_boxes.THREADS = 1
    if variant.startswith("memory"):
        call(fn, np.zeros((512, 512), np.float32))
    else:
        warm = da.from_array(np.zeros((768, 768), np.float32), chunks=(256, 256))
        with dask.config.set(scheduler="threads", num_workers=2):
            call(fn, warm).compute()
    _reset_peak()
    base = _current_mb()
    if variant in ("memory", "memory1", "memory+files"):
        start = time.perf_counter()
        a = np.load(data)
        loaded = time.perf_counter()
        result = call(fn, a)
        computed = time.perf_counter()
        np.save(out, result)
        # "memory": the call alone; "memory+files": read, call and write, the work the
        # dask pipeline below times
        elapsed = (computed - loaded if variant in ("memory", "memory1")
                   else time.perf_counter() - start)
        return {"time": elapsed, "peak_mb": _rss_mb() - base}
    if variant == "dask":
        # the compute alone, as "memory" times it: the array already in memory, the
        # result stored into an in-memory array
        a = np.load(data)
        # the dask array is made before the clock starts, as for the files below:
        # dask's from_array of an in-memory numpy array hashes and copies it (0.26 s
        # of CPU at 8192^2 float32), a cost of wrapping the array paid once whatever
        # routine follows, as np.load is for the in-memory call
        x = da.from_array(a, chunks=(chunk, chunk))
        start = time.perf_counter()
        lazy = call(fn, x)
        result = np.empty(lazy.shape, lazy.dtype)
        with dask.config.set(scheduler="threads", num_workers=2):
            da.store(lazy, result, lock=False)
        elapsed = time.perf_counter() - start
        np.save(out, result)
        return {"time": elapsed, "peak_mb": _rss_mb() - base}
    # "dask+files": each block read from the file, computed, written to the output file
    source = NpyBlocks(data)
    x = da.from_array(source, chunks=(chunk, chunk))
    start = time.perf_counter()
    lazy = call(fn, x)
    np.lib.format.open_memmap(out, mode="w+", dtype=lazy.dtype, shape=lazy.shape)
    with dask.config.set(scheduler="threads", num_workers=2):
        da.store(lazy, NpyBlocks(out, lazy.shape, lazy.dtype), lock=False)
    elapsed = time.perf_counter() - start
    return {"time": elapsed, "peak_mb": _rss_mb() - base}


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--size", type=int, default=8192)
    parser.add_argument("--chunk", type=int, default=1024)
    parser.add_argument("--only", default="")
    parser.add_argument("--child", nargs=5, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        variant, case, data, out, chunk = args.child
        print(json.dumps(child(variant, case, data, out, int(chunk))))
        return
    with tempfile.TemporaryDirectory() as tmp:
        data = os.path.join(tmp, "a.npy")
        rng = np.random.default_rng(20)
        a = np.lib.format.open_memmap(data, mode="w+", dtype=np.float32,
                                      shape=(args.size, args.size))
        for r in range(0, args.size, 1024):
            a[r:r + 1024] = rng.standard_normal((min(1024, args.size - r), args.size),
                                                dtype=np.float32)
        a[100:110, 200] = np.nan
        a.flush()
        del a
        print(f"{args.size}x{args.size} float32 in {args.chunk}^2 chunks; dask threaded "
              "scheduler, 2 threads; best of", args.repeat)
        print(f"{'case':44} {'memory s':>9} {'1 thr s':>8} {'dask s':>8} {'ratio':>6} "
              f"{'dask/1':>6} "
              f"{'+files s':>9} {'dask s':>8} {'ratio':>6} "
              f"{'mem MB':>7} {'dask MB':>8} {'ratio':>6} {'same':>5}")
        for case in CASES:
            if args.only not in case:
                continue
            best = {}
            for variant in ("memory", "memory1", "dask", "memory+files", "dask+files"):
                runs = []
                for _ in range(args.repeat):
                    out = os.path.join(tmp, f"{variant}.npy")
                    done = subprocess.run([sys.executable, __file__, "--child", variant,
                                           case, data, out, str(args.chunk)],
                                          capture_output=True, text=True)
                    if done.returncode:
                        raise SystemExit(done.stderr[-2000:])
                    runs.append(json.loads(done.stdout.strip().splitlines()[-1]))
                best[variant] = {"time": min(r["time"] for r in runs),
                                 "peak_mb": min(r["peak_mb"] for r in runs)}
            same = np.load(os.path.join(tmp, "memory.npy"), mmap_mode="r")
            equal = True
            for variant in ("memory1", "dask", "dask+files"):
                other = np.load(os.path.join(tmp, f"{variant}.npy"), mmap_mode="r")
                equal = equal and same.dtype == other.dtype and \
                    same.shape == other.shape and all(
                        np.array_equal(same[r:r + 1024].view(np.uint8),
                                       other[r:r + 1024].view(np.uint8))
                        for r in range(0, same.shape[0], 1024))
            m, d, m1 = best["memory"], best["dask"], best["memory1"]
            mf, df = best["memory+files"], best["dask+files"]
            print(f"{case:44} {m['time']:9.3f} {m1['time']:8.3f} {d['time']:8.3f} "
                  f"{d['time'] / m['time']:6.2f} {d['time'] / m1['time']:6.2f} "
                  f"{mf['time']:9.3f} {df['time']:8.3f} "
                  f"{df['time'] / mf['time']:6.2f} {m['peak_mb']:7.0f} "
                  f"{df['peak_mb']:8.0f} {df['peak_mb'] / m['peak_mb']:6.2f} "
                  f"{str(equal):>5}", flush=True)


if __name__ == "__main__":
    main()
