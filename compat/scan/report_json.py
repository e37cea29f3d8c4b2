"""``--json``: the scan as a versioned JSON document (schema: ``data/schema.json``).

Schema 1, top level::

    {"schema": 1,
     "generator": {"name": "compat scan", "compat_version": "..."},
     "paths": [the paths scanned], "language": "idl" | "matlab" | null,
     "files": {PATH: {"language", "kind", "lines", "calls": {NAME: COUNT},
                      "covered": [NAME], "user": [NAME], "direct": {NAME: EQUIVALENT},
                      "missing": [NAME], "library": {NAME: LIBRARY}, "unknown": [NAME],
                      "ambiguous": {NAME: COUNT},
                      "missing_options": [{"routine", "option", "line", "hint"}],
                      "pitfalls": [{"id", "routine", "line", "message", "compat"}],
                      "readiness", "ready", "blocked_by": [TEXT], "uses_files": [PATH],
                      "definitions": [{"name", "kind", "line"}], "includes": [NAME],
                      "methods"}},
     "routines": {NAME: {"status", "language", "files", "calls",
                         "compat": NAME_OR_NULL, ...}},
     "summary": {"files", "lines", "calls", "languages": {...}, "ready_files": [PATH],
                 "port_first": [...], "pitfalls": {ID: {...}}, "skipped": [...]}}

IDL names are in lower case (IDL ignores case); MATLAB names are as the source spells
them (MATLAB is case-sensitive: ``inputParser``, ``netcdf.getVar``, a user's ``MyFun``;
``Treelayout`` and ``treelayout`` are two routines). PATH is as given on the command line, relative to the current
folder when inside it. ``readiness`` is the share of the file's calls that are covered,
direct or user (1.0 for a file without calls). A ``routines`` key is the name, or
``language:name`` when both languages in the scan call that name. New fields may be
added within a schema version; a field's meaning never changes without a new version.
"""

from __future__ import annotations

import json

import compat

__all__ = ["SCHEMA_VERSION", "document", "write"]

SCHEMA_VERSION = 1


def document(tree, paths=(), language=None) -> dict:
    return {
        "schema": SCHEMA_VERSION,
        "generator": {"name": "compat scan", "compat_version": compat.__version__},
        "paths": [str(p) for p in paths],
        "language": language,
        "files": tree.files,
        "routines": tree.routines,
        "summary": tree.summary,
    }


def write(tree, target, paths=(), language=None) -> None:
    """Write the document to a path, or to a text stream (``target`` with ``write``)."""
    doc = document(tree, paths, language)
    if hasattr(target, "write"):
        json.dump(doc, target, indent=1, ensure_ascii=False)
        target.write("\n")
        return
    with open(target, "w", encoding="utf-8") as f:
        json.dump(doc, f, indent=1, ensure_ascii=False)
        f.write("\n")
