"""Benchmark: ``python -m compat scan`` over 10,000 generated legacy files.

Generates a tree of IDL (.pro) and MATLAB (.m) files (about 90 lines each: routines,
comments, strings, continuations, CASE blocks, loops, keywords, name-value options,
command syntax, calls to built-ins, to compat's routines, to the tree's own routines and
to unknown ones), then times the scan (finding files, lexing, parsing, classifying,
pitfalls) with the worker processes the machine has, and prints the time against the
goal (30 s on 2 cores). The JSON and HTML writers are timed apart.

    python bench/bench_scan.py [--files N] [--jobs J] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

GOAL_SECONDS = 30.0

IDL_CALLS = ["smooth(x, 5, /edge_truncate)", "total(x, /double)", "mean(x)", "median(x, 3)",
             "where(x gt 0, count)", "interpol(y, x, xnew)", "poly_fit(x, y, 3)",
             "findgen(100)", "sqrt(abs(x))", "n_elements(x)", "strtrim(s, 2)",
             "string(x, format='(F8.3)')", "max(x, imax)", "histogram(x, binsize=0.1)",
             "convol(img, kernel, /edge_wrap)", "rebin(img, 64, 64)", "congrid(img, 10, 10)",
             "randomu(seed, 100)", "systime(1)", "sxpar(hdr, 'NAXIS1')", "uniq(x, sort(x))",
             "cgcolor('red')", "mpfitfun('gauss', x, y, err, p0)", "djs_median(x)"]
IDL_PROCS = ["print, 'value: ', x", "plot, x, y, /xlog, title='a; b'", "oplot, x, y",
             "printf, lun, x, format='(3F10.4)'", "readcol, file, a, b, format='F,F'",
             "message, 'bad input', /informational", "openr, lun, file, /get_lun",
             "free_lun, lun", "cgplot, x, y, color='blue'", "writefits, 'out.fits', img"]
M_CALLS = ["conv2(A, B, 'same')", "movmean(x, 5, 'Endpoints', 'shrink')", "filter(b, a, x)",
           "interp1(t, x, tq, 'pchip')", "polyfit(t, x, 3)", "cumsum(x)", "sum(x, 2)",
           "linspace(0, 1, n)", "numel(x)", "isempty(x)", "zeros(n, 1)", "sprintf('%d', n)",
           "strsplit(s, ',')", "regexprep(s, '\\s+', ' ')", "butter(4, 0.3)",
           "histcounts(x, 20)", "unique(x)", "max(x, [], 2)", "ode45(@(t, y) -y, [0 1], 1)",
           "fft(x)", "pwelch(x)", "imfilter(img, h)", "gsw_sa_from_sp(sp, p, lon, lat)",
           "export_fig('a.png')"]
M_STATEMENTS = ["hold on", "format long", "disp(x)", "fprintf('%g\\n', x);",
                "plot(t, x, 'LineWidth', 2); xlabel('t'); ylabel('x');",
                "[v, k] = sort(x, 'descend');", "idx = find(x > 0);",
                "y = x' * 2 + [x' 'ab'];", "t = 0:0.01:1;", "warning('off', 'all')"]


def _idl_file(rng: random.Random, k: int, names: list[str]) -> str:
    lines = [f"; generated legacy file {k}: IDL", f"; it's a comment with 'quotes' and ;"]
    for r in range(3):
        name = f"proc_{k}_{r}"
        if r % 2:
            lines.append(f"function {name}, x, y, WIDTH=width, /NAN")
        else:
            lines.append(f"pro {name}, x, y, result, VERBOSE=verbose")
        if rng.random() < 0.6:
            lines.append("  compile_opt idl2")
        lines.append("  if n_elements(width) eq 0 then width = 3")
        for s in range(8):
            v = f"v{s}"
            choice = rng.random()
            if choice < 0.45:
                lines.append(f"  {v} = {rng.choice(IDL_CALLS)} + {rng.randint(1, 9)}.5")
            elif choice < 0.65:
                lines.append("  " + rng.choice(IDL_PROCS))
            elif choice < 0.75:
                other = rng.choice(names)
                lines.append(f"  {v} = {other}(x, y) & w = {v}[0] / 2")
            elif choice < 0.85:
                lines.append(f"  for i=0, n_elements(x)-1 do begin")
                lines.append(f"     if x[i] gt 0 then {v} = x[i] * 2 else {v} = 0")
                lines.append(f"  endfor")
            else:
                lines.append(f"  {v} = unknown_routine_{rng.randint(0, 50)}(x, $")
                lines.append(f"       /keyword, value=3) ; continued")
        lines.append("  case width of")
        lines.append("    1: print, 'one'")
        lines.append("    else: result = x")
        lines.append("  endcase")
        lines.append("  return, x" if r % 2 else "  return")
        lines.append("end")
        lines.append("")
    return "\n".join(lines) + "\n"


def _matlab_file(rng: random.Random, k: int, names: list[str]) -> str:
    name = f"fun_{k}"
    lines = [f"function [y, info] = {name}(x, t, varargin)",
             f"%{name.upper()} generated legacy file {k}: MATLAB",
             "% a comment: plot(x) is not code, nor 'this'"]
    for s in range(14):
        v = f"v{s}"
        choice = rng.random()
        if choice < 0.45:
            lines.append(f"{v} = {rng.choice(M_CALLS)};")
        elif choice < 0.65:
            lines.append(rng.choice(M_STATEMENTS))
        elif choice < 0.75:
            lines.append(f"{v} = {rng.choice(names)}(x, t) ...")
            lines.append("    + 1;")
        elif choice < 0.85:
            lines.append("for i = 1:numel(x)")
            lines.append(f"    if x(i) > 0, {v} = x(i) * 2; else, {v} = 0; end")
            lines.append("end")
        else:
            lines.append(f"{v} = unknown_function_{rng.randint(0, 50)}(x, 'Option', true);")
    lines.append("%{")
    lines.append("block comment with butter(4, 0.2)")
    lines.append("%}")
    lines.append("y = local_helper(x);")
    lines.append("info = struct('n', numel(x));")
    lines.append("end")
    lines.append("")
    lines.append("function z = local_helper(z)")
    lines.append("z(isnan(z)) = 0;")
    lines.append("z = z(:).';")
    lines.append("end")
    return "\n".join(lines) + "\n"


def generate(folder: Path, count: int, seed: int = 19) -> int:
    rng = random.Random(seed)
    idl_names = [f"proc_{k}_1" for k in range(0, count, 2)]
    m_names = [f"fun_{k}" for k in range(1, count, 2)]
    total_lines = 0
    for k in range(count):
        sub = folder / f"part{k // 250:03d}"
        sub.mkdir(parents=True, exist_ok=True)
        if k % 2 == 0:
            text = _idl_file(rng, k, idl_names[:200])
            (sub / f"proc_{k}_0.pro").write_text(text)
        else:
            text = _matlab_file(rng, k, m_names[:200])
            (sub / f"fun_{k}.m").write_text(text)
        total_lines += text.count("\n")
    return total_lines


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=10_000)
    parser.add_argument("--jobs", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None,
                        help="generate into this folder and keep it")
    args = parser.parse_args(argv)

    from compat.scan import report_html, report_json
    from compat.scan.catalog import build_catalog
    from compat.scan.scanner import scan

    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench_scan_"))
    try:
        t0 = time.perf_counter()
        lines = generate(folder, args.files)
        t1 = time.perf_counter()
        print(f"generated {args.files:,} files ({lines:,} lines) in {t1 - t0:.1f} s")
        jobs = args.jobs
        if jobs is None:
            try:
                jobs = len(os.sched_getaffinity(0))
            except AttributeError:
                jobs = os.cpu_count() or 1
        t0 = time.perf_counter()
        catalog = build_catalog()
        t1 = time.perf_counter()
        tree, _ = scan([folder], jobs=jobs, catalog=catalog)
        t2 = time.perf_counter()
        seconds = t2 - t0
        print(f"catalog of compat's routines: {t1 - t0:.2f} s")
        print(f"scan of {tree.summary['files']:,} files ({tree.summary['calls']:,} calls) "
              f"with {jobs} worker process(es): {seconds:.1f} s "
              f"({seconds / max(1, tree.summary['files']) * 1e3:.2f} ms per file); "
              f"goal < {GOAL_SECONDS:.0f} s on 2 cores: "
              f"{'met' if seconds < GOAL_SECONDS else 'NOT met'}")
        out = Path(tempfile.mkdtemp(prefix="bench_scan_out_"))
        try:
            t0 = time.perf_counter()
            report_json.write(tree, out / "scan.json")
            t1 = time.perf_counter()
            report_html.write(tree, out / "html")
            t2 = time.perf_counter()
            print(f"--json: {t1 - t0:.1f} s, --html: {t2 - t1:.1f} s")
        finally:
            shutil.rmtree(out, ignore_errors=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
