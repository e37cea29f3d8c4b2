"""The README function table's status column, computed from the golden suites.

A routine is **done** only when a passing golden backs it: a value printed or captured
by real IDL/MATLAB, or captured from a clone where the clone is not recorded as wrong.
A golden that only records a clone's divergence (the clone is wrong and compat differs
from it) does not back a routine: it says the clone is wrong, not that compat is right.
Otherwise the status says what backs the routine:

``only a recorded <clone> divergence``  every golden is a divergent clone capture
``golden failing``                      a golden fails (the test suite fails too)
``pending``                             its goldens are marked xfail
``no golden (unit tests only)``         no golden case tests it

A README row lists one or more routines (``idl.spline``, ``idl.spl_init``, ...); its
status is ``done`` when every one is, else it names the others: ``done except
`idl.spline`: only a recorded GDL divergence``.

``python -m compat table`` prints the rows whose status differs from the computation;
``--write`` rewrites the column; tests/test_readme.py checks that the README agrees.
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from pathlib import Path

from compat.golden.report import run_all

__all__ = ["backing", "row_status", "table_rows", "expected_statuses", "table_command"]

_HEADER = re.compile(r"^\|\s*legacy routine\s*\|\s*compat\s*\|\s*status\s*\|")
_NAME = re.compile(r"`((?:idl|matlab)(?:\.[A-Za-z_][A-Za-z0-9_]*)+)`")
_CLONE = {"gdl": "GDL", "octave": "Octave"}


def backing(results) -> dict:
    """``{qualified routine name: what backs it}`` from the report's results, where the
    value is one of ``backed``, ``failing``, ``divergent <env>``, ``pending``,
    ``skipped`` (an optional extra is not installed).

    A case backs every namespace routine it runs (``(matlab.rng('default'),
    matlab.rand(3))[1]`` backs ``rng`` as well as ``rand``: the value depends on both)."""
    found = defaultdict(set)
    for result in results:
        if result.failed:
            kind = "failing"
        elif result.status == "pass":
            kind = "backed"
        elif result.status == "divergent":
            kind = f"divergent {result.case.provenance.environment}"
        elif result.status == "skipped":
            kind = "skipped"
        else:
            kind = "pending"
        for qualified in result.case.suite.routines_called(result.case.spec):
            found[qualified].add(kind)
    out = {}
    for name, kinds in found.items():
        if "failing" in kinds:
            out[name] = "failing"
        elif "backed" in kinds:
            out[name] = "backed"
        elif any(k.startswith("divergent") for k in kinds):
            out[name] = sorted(k for k in kinds if k.startswith("divergent"))[0]
        elif "skipped" in kinds:
            out[name] = "skipped"
        else:
            out[name] = "pending"
    return out


def _what(kind: str | None) -> str:
    if kind is None:
        return "no golden (unit tests only)"
    if kind == "failing":
        return "golden failing"
    if kind == "pending":
        return "pending"
    if kind == "skipped":
        return "not run here (an optional extra is missing)"
    environment = kind.split()[1]
    return f"only a recorded {_CLONE.get(environment, environment)} divergence"


def _kind_of(name: str, backed: dict) -> str | None:
    """What backs a README name; a module name (``matlab.intops``) collects its members."""
    if name in backed:
        return backed[name]
    members = [kind for qualified, kind in backed.items() if qualified.startswith(name + ".")]
    for kind in ("failing", "backed"):
        if kind in members:
            return kind
    divergent = sorted(k for k in members if k.startswith("divergent"))
    if divergent:
        return divergent[0]
    return "pending" if members else None


def row_status(names: list[str], backed: dict) -> str:
    """The status of a README row listing ``names`` (see the module docstring)."""
    groups = defaultdict(list)
    for name in names:
        kind = _kind_of(name, backed)
        if kind != "backed":
            groups[_what(kind)].append(name)
    if not groups:
        return "done"
    if len(names) == 1:
        return next(iter(groups))
    parts = [f"{', '.join(f'`{n}`' for n in group)}: {what}" for what, group in groups.items()]
    done = sum(len(g) for g in groups.values()) < len(names)
    return ("done except " if done else "") + "; ".join(parts)


def table_rows(readme_text: str) -> list[tuple[int, list[str]]]:
    """``(line number, cells)`` of every row of the README's function table."""
    lines = readme_text.splitlines()
    rows, inside = [], False
    for number, line in enumerate(lines):
        if _HEADER.match(line):
            inside = True
            continue
        if inside:
            if not line.startswith("|"):
                break
            if set(line.strip()) <= set("|-: "):
                continue                                  # the |---|---| line
            cells = [c.strip() for c in line.strip().strip("|").split(" | ")]
            if len(cells) >= 3:
                rows.append((number, cells))
    return rows


def expected_statuses(readme_text: str, results) -> list[tuple[int, list[str], str]]:
    """``(line number, cells, computed status)`` for every row of the function table."""
    backed = backing(results)
    return [(number, cells, row_status(_NAME.findall(cells[1]), backed))
            for number, cells in table_rows(readme_text)]


def table_command(cases, readme, write: bool = False, out=None) -> int:
    """``python -m compat table``: 0 when the README's status column agrees with the
    suites (or ``write`` rewrote it), 1 when a row differs, 2 without a README table."""
    out = out or sys.stdout
    readme = Path(readme)
    if not readme.is_file():
        print(f"error: {readme}: no such file (pass --readme)", file=sys.stderr)
        return 2
    text = readme.read_text(encoding="utf-8")
    rows = expected_statuses(text, run_all(cases))
    if not rows:
        print(f"error: {readme}: no function table (a '| legacy routine | compat | status "
              f"|' header)", file=sys.stderr)
        return 2
    lines = text.splitlines(keepends=True)
    differ = 0
    for number, cells, status in rows:
        if cells[2] == status:
            continue
        differ += 1
        print(f"{cells[0]}\n  README: {cells[2]}\n  suites: {status}", file=out)
        if write:
            cells = cells[:2] + [status] + cells[3:]
            ending = "\n" if lines[number].endswith("\n") else ""
            lines[number] = "| " + " | ".join(cells) + " |" + ending
    if write and differ:
        readme.write_text("".join(lines), encoding="utf-8")
        print(f"{readme}: {differ} status(es) rewritten", file=out)
        return 0
    if not differ:
        print(f"{readme}: the status column agrees with the golden suites ({len(rows)} rows)",
              file=out)
    return 1 if differ else 0
