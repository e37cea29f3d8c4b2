"""The per-file job: read one source file, lex and parse it, find its pitfalls and
missing options. Runs in worker processes; returns plain data.
"""

from __future__ import annotations

import os
from pathlib import PurePath

from compat.scan.idl_parser import scan_idl
from compat.scan.matlab_parser import scan_matlab
from compat.scan.options import missing_options
from compat.scan.pitfalls import abbreviations, evaluate

__all__ = ["Context", "scan_file", "scan_text", "language_of", "matlab_location"]

EXTENSIONS = {".pro": "idl", ".m": "matlab"}


class Context:
    """What a worker needs: the pitfall table, option specs, compat's coverage."""

    def __init__(self, table, catalog):
        self.table = table
        self.options = catalog.options
        self.covered = catalog.covered


def language_of(path: str) -> str | None:
    return EXTENSIONS.get(os.path.splitext(path)[1].lower())


def matlab_location(path: str) -> tuple[str, str, str]:
    """``(stem, package, class folder)`` of a ``.m`` file: ``+pkg`` folders make the
    package (``a.b``), an ``@cls`` folder makes its functions methods."""
    parts = PurePath(path).parts
    stem = PurePath(path).stem
    package = []
    class_folder = ""
    for part in parts[:-1]:
        if part.startswith("+"):
            package.append(part[1:])
        elif part.startswith("@"):
            class_folder = part[1:]
        else:
            package = []
            class_folder = ""
    return stem, ".".join(package), class_folder


def _objective_c(text: str) -> bool:
    head = text[:4000]
    return "@implementation" in head or "@interface" in head or \
        "\n#import" in "\n" + head


def scan_file(path: str, language: str, context: Context) -> dict:
    """The scan of one file as plain data (see :mod:`compat.scan.classify`)."""
    try:
        with open(path, "rb") as f:
            raw = f.read()
    except OSError as err:
        return {"path": path, "language": language,
                "error": f"cannot read: {err.strerror or err}"}
    return scan_text(raw.decode("utf-8", errors="replace"), path, language, context)


def _bare_names(calls, language: str) -> list[str]:
    """Names every use of which could read a variable: MATLAB bare uses (``BUS_I``, not
    ``f(...)`` nor ``@f``), IDL ``name(...)`` (not ``name, args``): the ones a MATLAB
    script the file calls, or an IDL ``@include``, may have made variables."""
    variable_form = {"bare"} if language == "matlab" else {"function"}
    forms: dict[str, set] = {}
    for call in calls:
        forms.setdefault(call.name.removesuffix("()"), set()).add(call.form)
    return sorted(name for name, seen in forms.items() if seen <= variable_form)


def _function_forms(scan, covered) -> None:
    """IDL routines that are both a procedure and a function (PLOT, WINDOW: direct
    graphics' procedures and IDL 8's function graphics): a call in function form
    (``p = plot(x, NAME='fit')``) is the function, catalogued as ``plot()`` (from a
    family's ``__legacy_names__``), so its options are checked against the function's;
    ``plot, x, y`` stays the procedure. A file defining its own function of that name
    keeps its calls. The uses the parser could not tell from subscripts (``scan.maybe``:
    after a RESTORE any name may be a variable) are renamed the same way, or
    ``p = plot(x, /CURRENT)`` after a RESTORE had its keywords checked against the
    procedure's."""
    own = {name for name, kind, _line in scan.definitions if kind == "function"}

    def renamed(call):
        if (call.form == "function" and call.name not in own
                and f"{call.name}()" in covered):
            call.name = f"{call.name}()"
            return True
        return False

    for call in scan.calls:
        renamed(call)
    for i, (name, line, reason, call) in enumerate(scan.maybe):
        if renamed(call):
            scan.maybe[i] = (call.name, line, reason, call)


def scan_text(text: str, path: str, language: str, context: Context) -> dict:
    """The scan of one file's text; ``path`` names it (a MATLAB function is called by
    its file name)."""
    result = {"path": path, "language": language, "error": None}
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if language == "matlab" and _objective_c(text):
        result["error"] = "skipped: Objective-C source, not MATLAB"
        return result
    if language == "idl":
        scan = scan_idl(text)
        _function_forms(scan, context.covered[language])
    else:
        scan = scan_matlab(text, *matlab_location(path))
    covered = context.covered[language]
    options, abbreviated = abbreviations(
        missing_options(scan, context.options[language]), context.table)
    pitfalls = evaluate(scan, context.table, covered)
    if abbreviated:
        pitfalls = sorted(pitfalls + abbreviated, key=lambda h: (h[2], h[0]))
    result.update(
        kind=scan.kind,
        lines=scan.lines,
        strict=scan.strict,
        definitions=scan.definitions,
        calls=[(c.name, c.line) for c in scan.calls],
        bare=_bare_names(scan.calls, language),
        maybe=[(m[0], m[1], m[2]) for m in scan.maybe],
        includes=scan.includes,
        methods=scan.methods,
        pitfalls=pitfalls,
        options=options,
    )
    return result
