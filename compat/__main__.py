"""Command line: ``python -m compat report``, ``capture``, ``table`` and ``scan``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

#: where the bundled golden suites live in an installed package (see setup.py)
BUNDLED = Path(__file__).resolve().parent / "reference_outputs"
#: where they live in a clone of the repository
CHECKOUT = Path(__file__).resolve().parent.parent / "reference_outputs"


def default_cases() -> Path | None:
    """The golden suites used without ``--cases``: ``./reference_outputs`` if present,
    else the ones installed with the package, else the clone's; None when there are none."""
    for folder in (Path("reference_outputs"), BUNDLED, CHECKOUT):
        if folder.is_dir() and any(folder.rglob("suite.json")):
            return folder
    return None


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m compat",
        description="compat: IDL and MATLAB routines for Python, checked against golden "
                    "outputs of the real programs and their clones.")
    commands = parser.add_subparsers(dest="command", required=True)
    report = commands.add_parser(
        "report", help="run every golden case through compat; exit 1 on any failure")
    report.add_argument("--cases", type=Path, default=None,
                        help="folder of golden suites (default: reference_outputs)")
    report.add_argument("--verbose", "-v", action="store_true",
                        help="also list pending and divergent cases")
    report.add_argument("--html", type=Path, default=None, metavar="DIR",
                        help="also write the report as pictures into DIR (index.html; "
                             "needs matplotlib: compat[plot])")
    capture = commands.add_parser(
        "capture", help="write inputs and capture scripts, run them with Octave/GDL "
                        "(and MATLAB/IDL when on PATH)")
    capture.add_argument("--cases", type=Path, default=None,
                         help="folder of golden suites (default: reference_outputs)")
    capture.add_argument("--engine", action="append", default=None,
                         choices=["octave", "matlab", "gdl", "idl"],
                         help="only this engine (repeatable)")
    capture.add_argument("--path", action="append", type=Path, default=[], metavar="DIR",
                         help="folder with your legacy .m/.pro code, put on the engine's "
                              "path (Octave/MATLAB addpath, GDL/IDL !PATH) and written into "
                              "the scripts (repeatable)")
    capture.add_argument("--scripts-only", action="store_true",
                         help="write inputs and scripts, run nothing (to run them elsewhere)")
    capture.add_argument("--timeout", type=float, default=600.0,
                         help="seconds per script run (default 600)")
    table = commands.add_parser(
        "table", help="the README function table's status column, computed from the "
                      "golden suites (--write updates README.md)")
    table.add_argument("--cases", type=Path, default=None,
                       help="folder of golden suites (default: reference_outputs)")
    table.add_argument("--readme", type=Path, default=Path("README.md"),
                       help="the README whose function table is checked (default README.md)")
    table.add_argument("--write", action="store_true",
                       help="rewrite the status column of the README in place")
    scan = commands.add_parser(
        "scan", help="what a legacy IDL/MATLAB tree needs: calls covered by compat, "
                     "missing, user-defined; pitfalls; files ready; what to port first")
    from compat.scan.cli import add_arguments as scan_arguments
    scan_arguments(scan)
    args = parser.parse_args(argv)
    if args.command == "scan":
        from compat.scan.cli import run as run_scan
        return run_scan(args)
    cases = args.cases or default_cases()
    if cases is None:
        print("error: no golden suites found (no ./reference_outputs and none installed "
              "with compat): pass --cases DIR", file=sys.stderr)
        return 2
    from compat.golden.manifest import ManifestError
    try:
        if args.command == "report":
            if args.html is not None:
                from compat.golden.report_html import write_html_report
                try:
                    write_html_report(cases, args.html)
                except RuntimeError as error:
                    print(f"error: {error}", file=sys.stderr)
                    return 2
            from compat.golden.report import report as run_report
            return run_report(cases, verbose=args.verbose)
        if args.command == "table":
            from compat.golden.status import table_command
            return table_command(cases, args.readme, write=args.write)
        for folder in args.path:
            if not folder.is_dir():
                print(f"error: --path {folder}: not a folder", file=sys.stderr)
                return 2
        from compat.golden.capture import capture as run_capture
        runs = run_capture(cases, engines=args.engine, scripts_only=args.scripts_only,
                           timeout=args.timeout, paths=args.path,
                           progress=sys.stderr if sys.stderr.isatty() else None)
        if not args.scripts_only and not runs:
            print("no engine ran: none of octave-cli, matlab, gdl, idl is on PATH for these "
                  "suites (scripts and inputs are written)")
        failed = [r for r in runs if not r.ok]
        if failed:
            print(f"capture FAILED for {len(failed)} of {len(runs)} run(s): "
                  + ", ".join(f"{r.suite.name} ({r.engine.name})" for r in failed),
                  file=sys.stderr)
        return 1 if failed else 0
    except (ManifestError, OSError) as err:
        print(f"error: {err}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
