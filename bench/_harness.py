"""The one benchmark harness: compat vs the legacy clone vs plain numpy/scipy, as ratios.

A bench script lists :class:`Case` objects and calls :func:`run`::

    from _harness import Case, run
    run("idl.smooth vs GDL SMOOTH and scipy.ndimage.uniform_filter", "gdl", [
        Case("2048^2 float32 w5", {"a": img}, lambda a: idl.smooth(a, 5),
             legacy="r = smooth(a, 5)", baseline=lambda a: uniform_filter(a, 5)),
    ])

For each case it prints the best time of the compat call, of the same work inside one
run of the clone (GDL or Octave, timed by the clone itself with ``SYSTIME(/SECONDS)`` /
``tic``-``toc`` around the call only, so start-up and file I/O are excluded) and of the
plain numpy/scipy call, then the ratios compat/legacy and compat/baseline (below 1:
compat is faster). The clones run single-threaded (GDL ``CPU, TPOOL_NTHREADS=1``,
Octave with one BLAS/OpenMP thread), as in the golden captures, so a ratio measures
the algorithm, not the thread pool. Inputs reach the clone bit for bit (raw
little-endian files for GDL, ``.mat`` for Octave). Benchmarks are never part of the test
run and assert nothing about time.

Command line of every bench script: ``--repeat N`` (best of N, default 5), ``--only
TEXT`` (cases whose name contains TEXT), ``--no-legacy`` (skip the clone), ``--cpu``
(CPU time instead of wall time, for a loaded machine, where a clone pinned to one
thread loses whole time slices and compat's multi-threaded paths spend CPU on several
cores at once: ``time.process_time`` of the compat and numpy calls, every thread
counted; Octave's own ``cputime`` around each call; for GDL, which has no CPU clock,
``getrusage`` of runs of 1 and of 1 + R calls, the difference over R, best of three
pairs -- :func:`legacy_cpu_times`).
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import resource
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

import numpy as np
import scipy.io

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # run from a checkout

from compat.golden.threads import IDL_PIN, pinned_environment  # noqa: E402

__all__ = ["Case", "best_time", "legacy_times", "run"]

_IDL_TYPE = {np.dtype(np.uint8): 1, np.dtype(np.int16): 2, np.dtype(np.int32): 3,
             np.dtype(np.float32): 4, np.dtype(np.float64): 5,
             np.dtype(np.complex64): 6, np.dtype(np.complex128): 9,
             np.dtype(np.uint16): 12, np.dtype(np.uint32): 13, np.dtype(np.int64): 14,
             np.dtype(np.uint64): 15}


@dataclass
class Case:
    """One benchmark case.

    name : label printed in the table.
    inputs : name -> ndarray, handed to all three (to the clone by file).
    compat : callable taking the inputs as positional arguments, in order.
    legacy : the clone's statement(s) for the same work (``r = smooth(a, 5)``);
        ``None`` when the clone lacks the routine.
    baseline : the plain numpy/scipy call (not legacy-equivalent: the point of the
        ratio is what the legacy semantics cost), or ``None``.
    """

    name: str
    inputs: dict
    compat: Callable
    legacy: str | None = None
    baseline: Callable | None = None
    setup: str = ""          # clone statements run once before the timing (pkg load)
    notes: str = field(default="")


def best_time(fn: Callable[[], object], repeat: int, clock=time.perf_counter) -> float:
    """Best time of ``fn()`` over ``repeat`` runs (after one warm-up call) by ``clock``
    (wall time; ``time.process_time`` for CPU time)."""
    fn()
    best = float("inf")
    for _ in range(repeat):
        start = clock()
        fn()
        best = min(best, clock() - start)
    return best


def _gdl_script(cases: list[Case], repeat: int) -> str:
    lines = [IDL_PIN]
    for k, case in enumerate(cases):
        for name, value in case.inputs.items():
            value = np.asarray(value)
            dims = ",".join(str(n) for n in reversed(value.shape)) or "1"
            lines += [f"openr, lun, 'c{k}_{name}.bin', /get_lun, /swap_if_big_endian",
                      f"{name} = make_array(dimension=[{dims}], type="
                      f"{_IDL_TYPE[value.dtype]})",
                      f"readu, lun, {name} & free_lun, lun"]
            if value.ndim == 0:
                lines.append(f"{name} = {name}[0]")
        if case.setup:
            lines.append(case.setup)
        lines += [f"best = 1d30",
                  f"for i = 1, {repeat} do begin & t0 = systime(/seconds) & "
                  f"{case.legacy} & best = best < (systime(/seconds) - t0) & endfor",
                  f"print, 'TIME{k} ', best, format='(a, e20.10)'"]
    return "\n".join(lines + ["exit"]) + "\n"


def _octave_script(cases: list[Case], repeat: int, cpu: bool = False) -> str:
    start, elapsed = ("cputime", "cputime - t0") if cpu else ("tic", "toc(t0)")
    lines = []
    for k, case in enumerate(cases):
        lines.append(f"load('c{k}.mat');")
        if case.setup:
            lines.append(case.setup)
        lines += [f"best = inf;",
                  f"for i = 1:{repeat}, t0 = {start}; {case.legacy}; "
                  f"best = min(best, {elapsed}); end",
                  f"printf('TIME{k} %.10e\\n', best);"]
    return "\n".join(lines) + "\n"


def legacy_times(engine: str, cases: list[Case], repeat: int,
                 octave_cpu: bool = False) -> dict[int, float]:
    """Best per-call times of the cases' legacy statements in one clone run.

    ``engine`` is ``"gdl"`` or ``"octave"``. Returns ``{case index: seconds}``; empty
    when the clone is not installed.
    """
    exe = shutil.which("gdl" if engine == "gdl" else "octave-cli")
    todo = [(k, c) for k, c in enumerate(cases) if c.legacy]
    if exe is None or not todo:
        return {}
    selected = [case for _, case in todo]   # the scripts number cases 0, 1, ... here
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        for k, case in enumerate(selected):
            if engine == "gdl":
                for name, value in case.inputs.items():
                    value = np.asarray(value)
                    value.astype(value.dtype.newbyteorder("<")).tofile(
                        folder / f"c{k}_{name}.bin")
            else:
                scipy.io.savemat(folder / f"c{k}.mat",
                                 {n: np.asarray(v) for n, v in case.inputs.items()})
        if engine == "gdl":
            (folder / "bench.pro").write_text(_gdl_script(selected, repeat))
            command = [exe, "-quiet", "bench.pro"]
        else:
            command = [exe, "--norc", "--quiet", "--no-window-system", "--eval",
                       _octave_script(selected, repeat, octave_cpu)]
        done = subprocess.run(command, cwd=folder, capture_output=True, text=True,
                              timeout=3600, env=pinned_environment(),
                              stdin=subprocess.DEVNULL)
    times = {}
    for line in done.stdout.splitlines():
        if line.startswith("TIME"):
            label, value = line.split()
            times[todo[int(label[4:])][0]] = float(value)
    if len(times) != len(todo):
        print(f"{engine}: {len(todo) - len(times)} case(s) gave no time:\n"
              f"{done.stderr.strip()[-2000:]}", file=sys.stderr)
    return times


def _children_cpu() -> float:
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    return used.ru_utime + used.ru_stime


def legacy_cpu_times(engine: str, cases: list[Case], repeat: int) -> dict[int, float]:
    """Best CPU seconds per call of the cases' legacy statements (``{case index:
    seconds}``, empty without the clone): Octave's ``cputime`` around each of
    ``repeat`` calls in one run; GDL by the clone's CPU time (``getrusage`` of the
    child) in runs of 1 and of 1 + R calls of one case, the difference over R (start-up,
    file reads and the first call cancel), R for about 2.5 s of calls, best of three
    pairs."""
    if engine != "gdl":
        return legacy_times(engine, cases, repeat, octave_cpu=True)
    times = {}
    for k, case in enumerate(cases):
        estimate = legacy_times(engine, [case], 3).get(0) if case.legacy else None
        if estimate is None:
            continue
        calls = int(min(400, max(6, 2.5 / max(estimate, 1e-4))))
        best = float("inf")
        for _ in range(3):
            c0 = _children_cpu()
            legacy_times(engine, [case], 1)
            c1 = _children_cpu()
            legacy_times(engine, [case], 1 + calls)
            c2 = _children_cpu()
            best = min(best, ((c2 - c1) - (c1 - c0)) / calls)
        times[k] = best
    return times


def _ratio(a, b) -> str:
    return f"{a / b:9.2f}" if a is not None and b else f"{'n/a':>9}"


def _seconds(t) -> str:
    return f"{t:10.5f}" if t is not None else f"{'n/a':>10}"


def run(title: str, engine: str, cases: list[Case], argv=None) -> list[dict]:
    """Time every case and print the table; return the rows (for scripts that save them)."""
    parser = argparse.ArgumentParser(description=title)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--only", default="")
    parser.add_argument("--no-legacy", action="store_true")
    parser.add_argument("--cpu", action="store_true", help="CPU time, not wall time")
    args = parser.parse_args(argv)
    cases = [c for c in cases if args.only in c.name]
    timer = legacy_cpu_times if args.cpu else legacy_times
    legacy = {} if args.no_legacy else timer(engine, cases, args.repeat)
    clock = time.process_time if args.cpu else time.perf_counter
    if args.cpu:
        title += " (CPU time)"
    label = "GDL" if engine == "gdl" else "Octave"
    print(title)
    print(f"{'case':44} {'compat s':>10} {label + ' s':>10} {'numpy s':>10} "
          f"{'c/' + label:>9} {'c/numpy':>9}")
    rows = []
    for k, case in enumerate(cases):
        t_compat = best_time(lambda: case.compat(*case.inputs.values()), args.repeat,
                             clock)
        t_base = (best_time(lambda: case.baseline(*case.inputs.values()), args.repeat,
                            clock)
                  if case.baseline else None)
        t_legacy = legacy.get(k)
        print(f"{case.name[:44]:44} {_seconds(t_compat)} {_seconds(t_legacy)} "
              f"{_seconds(t_base)} {_ratio(t_compat, t_legacy)} {_ratio(t_compat, t_base)}")
        rows.append({"case": case.name, "compat": t_compat, engine: t_legacy,
                     "numpy": t_base})
    return rows
