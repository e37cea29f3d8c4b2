"""Find the legacy files under the paths, scan them (in worker processes on large
trees), classify the tree."""

from __future__ import annotations

import multiprocessing
import os
from pathlib import Path

from compat.scan.catalog import build_catalog
from compat.scan.classify import Tree, classify
from compat.scan.pitfalls import build_table
from compat.scan.worker import Context, language_of, scan_file

__all__ = ["find_files", "scan", "display_path"]

#: trees smaller than this are scanned in-process (starting workers costs more)
PARALLEL_THRESHOLD = 200
_SKIP_DIRS = frozenset({".git", ".hg", ".svn", "__pycache__", "node_modules", ".tox",
                        ".venv", "venv"})

_CONTEXT: Context | None = None


def display_path(path: str, base: str) -> str:
    """The path as reports show it: relative to the current folder when inside it."""
    absolute = os.path.abspath(path)
    try:
        rel = os.path.relpath(absolute, base)
    except ValueError:          # another drive (Windows)
        return Path(absolute).as_posix()
    if rel.startswith(".."):
        return Path(absolute).as_posix()
    return Path(rel).as_posix()


def find_files(paths, language: str | None = None) -> tuple[list[tuple[str, str]],
                                                            list[str]]:
    """``([(path, language), ...], [problems])``: every ``.pro``/``.m`` file under the
    paths (a file given by name is scanned whatever its extension when --language
    says which), sorted, each once."""
    found = {}
    problems = []
    for given in paths:
        given = os.fspath(given)
        if os.path.isfile(given):
            lang = language_of(given) or language
            if lang is None:
                problems.append(f"{given}: not a .pro or .m file (give --language)")
            elif language is None or lang == language:
                found.setdefault(os.path.abspath(given), (given, lang))
            continue
        if not os.path.isdir(given):
            problems.append(f"{given}: no such file or folder")
            continue
        for root, dirs, files in os.walk(given):
            dirs[:] = sorted(d for d in dirs if d not in _SKIP_DIRS)
            for name in files:
                lang = language_of(name)
                if lang is None or (language is not None and lang != language):
                    continue
                full = os.path.join(root, name)
                found.setdefault(os.path.abspath(full), (full, lang))
    return sorted(found.values()), problems


def _init(context: Context) -> None:
    global _CONTEXT
    _CONTEXT = context


def _work(item):
    path, language = item
    return scan_file(path, language, _CONTEXT)


def _pool_context():
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else None)


def scan(paths, language: str | None = None, jobs: int | None = None, progress=None,
         catalog=None) -> tuple[Tree, list[str]]:
    """Scan the legacy files under ``paths``; ``(tree, problems)``.

    jobs: worker processes (default: the CPUs available; 1 scans in-process).
    progress: called as ``progress(done, total)`` while files are scanned.
    """
    files, problems = find_files(paths, language)
    catalog = catalog or build_catalog()
    context = Context(build_table(catalog.pitfalls_extra), catalog)
    base = os.getcwd()
    total = len(files)
    if jobs is None:
        try:
            jobs = len(os.sched_getaffinity(0))
        except AttributeError:  # pragma: no cover - not Linux
            jobs = os.cpu_count() or 1
    results = []
    if jobs > 1 and total >= PARALLEL_THRESHOLD:
        chunk = max(1, min(64, total // (jobs * 16)))
        with _pool_context().Pool(jobs, initializer=_init, initargs=(context,)) as pool:
            for done, result in enumerate(pool.imap_unordered(_work, files, chunk), 1):
                results.append(result)
                if progress is not None:
                    progress(done, total)
    else:
        for done, (path, lang) in enumerate(files, 1):
            results.append(scan_file(path, lang, context))
            if progress is not None:
                progress(done, total)
    sources = {}
    for result in results:
        shown = display_path(result["path"], base)
        sources[shown] = result["path"]
        result["path"] = shown
    tree = classify(results, catalog)
    tree.sources = sources
    return tree, problems
