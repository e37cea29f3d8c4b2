"""``python -m compat scan PATH... [--json FILE] [--html DIR] [--language idl|matlab]``."""

from __future__ import annotations

import argparse
import os
import sys

__all__ = ["add_arguments", "run"]


EPILOG = ("exit status: 0 when the scan ran (whatever it found); 2 on a command-line "
          "error or when no path given could be scanned (none exists, or a file is not "
          "a .pro/.m file and --language does not say its language)")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.epilog = EPILOG
    parser.add_argument("paths", nargs="+", metavar="PATH",
                        help="legacy .pro/.m files or folders to scan (recursively)")
    parser.add_argument("--json", metavar="FILE", default=None,
                        help="write the scan as JSON (schema 1) to FILE ('-': stdout)")
    parser.add_argument("--html", metavar="DIR", default=None,
                        help="write a static HTML report into DIR (index.html)")
    parser.add_argument("--language", choices=["idl", "matlab"], default=None,
                        help="scan only this language's files")
    parser.add_argument("--jobs", "-j", type=int, default=None,
                        help="worker processes (default: the CPUs available)")
    parser.add_argument("--quiet", "-q", action="store_true",
                        help="no terminal summary")


def run(args) -> int:
    from compat.scan import report_html, report_json, report_text
    from compat.scan.scanner import scan

    progress = None
    if sys.stdout.isatty() and args.json != "-":
        progress = report_text.Progress(sys.stdout)
    try:
        tree, problems = scan(args.paths, language=args.language, jobs=args.jobs,
                              progress=progress)
    finally:
        if progress is not None:
            progress.close()
    unusable = [p for p in problems if p.endswith(("no such file or folder",
                                                   "(give --language)"))]
    if unusable and len(unusable) == len(args.paths):
        for problem in problems:
            print(f"error: {problem}", file=sys.stderr)
        return 2
    to_stdout = args.json == "-"
    if args.json is not None:
        try:
            report_json.write(tree, sys.stdout if to_stdout else args.json, args.paths,
                              args.language)
        except BrokenPipeError:          # `--json - | head`: the reader has gone
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            return 0
    if args.html is not None:
        index = report_html.write(tree, args.html)
        if not to_stdout and not args.quiet:
            print(f"HTML report: {index}")
    if not args.quiet:
        text = report_text.render(tree, problems)
        (sys.stderr if to_stdout else sys.stdout).write(text)
    elif problems:
        for problem in problems:
            print(f"warning: {problem}", file=sys.stderr)
    return 0
