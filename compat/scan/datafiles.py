"""The scanner's data files (``compat/scan/data/``), read once and cached.

* ``idl_builtins.txt`` / ``matlab_builtins.txt``: names of the languages' built-in and
  toolbox routines, by group (``[group]`` lines, then names);

IDL names are case-insensitive and are kept in lower case; MATLAB names are
case-sensitive and are kept as MATLAB spells them (``inputParser``, ``containers.Map``),
see :func:`spelled`.
* ``direct.json``: built-ins with a plain numpy/Python equivalent;
* ``libraries.json``: known third-party libraries (names and prefixes);
* ``pitfalls.json``: the pitfall table (see :mod:`compat.scan.pitfalls`);
* ``schema.json``: the JSON Schema of ``--json`` output.
"""

from __future__ import annotations

import functools
import json
from importlib import resources

__all__ = ["builtins", "direct", "libraries", "pitfall_table", "schema", "read_text",
           "spelled"]

LANGUAGES = ("idl", "matlab")


def spelled(language: str, name: str) -> str:
    """The key a legacy name is looked up by: IDL's lower case (IDL ignores case), a
    MATLAB name exactly as written (MATLAB function and variable names are
    case-sensitive)."""
    return name if language == "matlab" else name.lower()


def read_text(name: str) -> str:
    return resources.files("compat.scan").joinpath("data", name).read_text(encoding="utf-8")


@functools.cache
def builtins(language: str) -> dict[str, str]:
    """``{name: group}`` of the language's built-ins (first group listed wins)."""
    names: dict[str, str] = {}
    group = language.upper()
    for line in read_text(f"{language}_builtins.txt").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("["):
            group = line.strip("[]")
            continue
        for name in line.split():
            names.setdefault(spelled(language, name), group)
    return names


@functools.cache
def direct(language: str) -> dict[str, str]:
    return dict(json.loads(read_text("direct.json"))[language])


@functools.cache
def libraries(language: str) -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """``({name: library}, ((prefix, library), ...))``, prefixes longest first."""
    names: dict[str, str] = {}
    prefixes = []
    for lib in json.loads(read_text("libraries.json"))[language]:
        for name in lib["names"]:
            names.setdefault(spelled(language, name), lib["library"])
        for prefix in lib["prefixes"]:
            prefixes.append((spelled(language, prefix), lib["library"]))
    prefixes.sort(key=lambda p: -len(p[0]))
    return names, tuple(prefixes)


@functools.cache
def library_urls() -> dict[str, str]:
    data = json.loads(read_text("libraries.json"))
    return {lib["library"]: lib.get("url", "") for language in LANGUAGES
            for lib in data[language]}


@functools.cache
def pitfall_table() -> dict[str, list[dict]]:
    """``{"idl.smooth": [entry, ...], ...}`` as shipped (before routines' own entries)."""
    return json.loads(read_text("pitfalls.json"))["pitfalls"]


@functools.cache
def schema() -> dict:
    return json.loads(read_text("schema.json"))
