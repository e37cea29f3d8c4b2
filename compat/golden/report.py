"""The fidelity report: every golden case through the port, one line per legacy routine."""

from __future__ import annotations

import sys
import textwrap
from collections import Counter, defaultdict

from compat.golden.runner import CaseResult, run_case
from compat.golden.suite import load_suites
from compat.golden.threads import describe_threads

__all__ = ["run_all", "format_report", "report"]

WIDTH = 100


def run_all(root, progress=None) -> list[CaseResult]:
    """Run every golden case under ``root``.

    Every suite's files are read first, so a broken suite (a missing or unreadable input
    or capture file) raises :class:`~compat.golden.manifest.ManifestError` before any case
    runs, even when none of its cases would read the file. ``progress``: a stream (a
    terminal) that gets one self-overwriting line per suite.
    """
    suites = load_suites(root)
    prepared = []
    for suite in suites:
        cases = suite.golden_cases()
        suite.stored_inputs()
        prepared.append((suite, cases))
    results = []
    for number, (suite, cases) in enumerate(prepared, 1):
        if progress is not None:
            print(f"\rreport: suite {number}/{len(prepared)} {suite.language}/{suite.name} "
                  f"({len(cases)} cases)\x1b[K", end="", file=progress, flush=True)
        results += [run_case(case) for case in cases]
    if progress is not None and prepared:
        print("\r\x1b[K", end="", file=progress, flush=True)
    return results


def _ratio(results: list[CaseResult]) -> str:
    judged = [r.worst_ratio for r in results if r.status == "pass"]
    if not judged:
        return "-"
    worst = max(judged)
    return "exact" if worst == 0 else f"{worst:.2g}"


def _status(results: list[CaseResult]) -> str:
    """``FAIL n, MISSING n, pass n, pending n, divergent n`` (pending includes the cases
    marked xfail that have no golden yet)."""
    counts = Counter(r.status for r in results)
    failing = counts["fail"] + counts["xpass"] + counts["stale"]
    missing = sum(1 for r in results if r.status == "missing" and r.failed)
    pending = counts["pending"] + counts["missing"] - missing
    parts = [f"FAIL {failing}" if failing else "", f"MISSING {missing}" if missing else "",
             f"pass {counts['pass']}" if counts["pass"] else "",
             f"pending {pending}" if pending else "",
             f"divergent {counts['divergent']}" if counts["divergent"] else "",
             f"skipped {counts['skipped']}" if counts["skipped"] else ""]
    return ", ".join(p for p in parts if p)


def _threading(results: list[CaseResult]) -> list[str]:
    """One line on the threading the captures ran with (part of their provenance)."""
    settings = defaultdict(Counter)
    for result in results:
        provenance = result.case.provenance
        if provenance.method == "captured":
            settings[provenance.environment][describe_threads(provenance.threads)] += 1
    if not settings:
        return []
    parts = []
    for environment in sorted(settings):
        for setting, n in sorted(settings[environment].items()):
            parts.append(f"{environment} {setting} ({n})")
    return textwrap.wrap("capture threading: " + "; ".join(parts), WIDTH,
                         subsequent_indent="  ")


def format_report(results: list[CaseResult], root="", verbose: bool = False) -> str:
    """The report text (at most 100 columns)."""
    by_function = defaultdict(list)
    for result in results:
        by_function[result.case.function].append(result)
    header = f"{'routine':<28}{'cases':>5}  {'provenance':<19}{'worst err/tol':>13}  status"
    title = f"compat fidelity report: {len(results)} golden cases in {root}"
    lines = textwrap.wrap(title, WIDTH, subsequent_indent="  ", break_on_hyphens=False)
    lines += ["", header, "-" * len(header)]
    for function in sorted(by_function):
        group = by_function[function]
        sources = Counter(r.case.provenance.environment for r in group
                          if r.status != "missing")
        provenance = " ".join(f"{env} {n}" for env, n in sorted(sources.items())) or "none"
        line = (f"{function[:27]:<28}{len(group):>5}  {provenance[:18]:<19}"
                f"{_ratio(group):>13}  {_status(group)}")
        lines.append(line if len(line) <= WIDTH else line[:WIDTH - 3] + "...")
    counts = Counter(r.status for r in results)
    failing = [r for r in results if r.failed]
    lines += ["", "total: " + ", ".join(f"{counts[s]} {s}" for s in
                                        ("pass", "fail", "missing", "pending", "divergent",
                                         "xpass", "stale", "skipped")
                                        if counts[s])]
    lines.append("worst err/tol: the largest |error| / allowed over passing cases (<= 1 "
                 "passes; 'exact' = 0).")
    lines += _threading(results)
    shown = failing + ([r for r in results if r.status in ("pending", "divergent")
                        or (r.status == "missing" and not r.failed)] if verbose else [])
    for result in shown:
        case = result.case
        lines += ["", f"{result.status.upper()} {case.id}: {case.spec.call}"[:WIDTH],
                  f"  golden: {case.provenance.describe()}"[:WIDTH]]
        for text in result.message.splitlines():
            lines += textwrap.wrap(text, WIDTH, initial_indent="  ",
                                   subsequent_indent="      ") or [""]
    quiet = counts["pending"] + sum(1 for r in results if r.status == "missing"
                                    and not r.failed)
    if quiet and not verbose:
        lines.append(f"\n{quiet} case(s) are marked xfail (pending, or without a golden "
                     f"yet); --verbose lists them.")
    skipped = [r for r in results if r.status == "skipped"]
    if skipped:
        extras = sorted({r.extra for r in skipped})
        lines.append(f"\n{len(skipped)} case(s) skipped: their routines run on optional "
                     f"extras that are not installed: pip install "
                     f"'idl-matlab-compat[{','.join(extras)}]'")
    return "\n".join(lines)


def report(root, verbose: bool = False, out=None) -> int:
    """Print the report for the cases under ``root``; return 1 on any failure, else 0."""
    out = out or sys.stdout
    results = run_all(root, progress=sys.stderr if sys.stderr.isatty() else None)
    print(format_report(results, root, verbose), file=out)
    return 1 if any(r.failed for r in results) else 0
