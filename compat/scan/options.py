"""Missing options: IDL keywords and MATLAB option strings / name-value names that a
call passes to a routine compat covers, and compat's routine does not take.

* IDL: a ``/KEYWORD`` or ``KEY=value`` whose name is not a keyword parameter of the
  compat function (``_EXTRA`` and friends pass through and are not checked). IDL
  accepts unique abbreviations (``/EDGE_T``); compat takes full names only, so an
  abbreviation is reported with the full name to write (the worker turns it into the
  ``idl.keyword_abbreviation`` pitfall: nothing is missing from compat).
* MATLAB: a literal string argument that reads as an option word (letters, digits,
  underscores), from the routine's first option position on, that is not among the
  option words compat's routine documents or its code compares
  (:func:`compat.scan.catalog.source_words`); and a ``Name=value`` name likewise. A
  word right after a name written with capitals is taken for that name's value
  (``'Sheet', 'Results'``; MATLAB spells names CamelCase, flags such as ``'omitnan'``
  in lower case) and is not reported. Routines whose string arguments are data (text,
  formats, file names, patterns) are not checked.
"""

from __future__ import annotations

import re

from compat.scan.catalog import source_words

__all__ = ["missing_options", "ABBREVIATION", "full_keyword"]

#: the hint of an IDL keyword abbreviation; the full name and ``=`` follow
ABBREVIATION = "IDL abbreviation: compat takes the full name "

_WORD = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")
_PASS_THROUGH = frozenset({"_extra", "_ref_extra", "_strict_extra"})


def _idl(call, spec) -> list[tuple[str, str]]:
    names, any_name = spec[0], spec[1]
    out = []
    if any_name:
        return out
    for keyword in call.keywords:
        if keyword in names or keyword in _PASS_THROUGH:
            continue
        full = [n for n in names if n.startswith(keyword)]
        if len(full) == 1:
            out.append((keyword, f"{ABBREVIATION}{full[0]}="))
        else:
            out.append((keyword, "keyword not supported by compat"))
    return out


def _known(word: str, spec) -> bool:
    return word in spec[0] or word in source_words(spec[3])


def _matlab(call, spec) -> list[tuple[str, str]]:
    text, first = spec[1], spec[2]
    out = []
    if text:
        return out
    after_name = False          # the previous argument was a Name (of a Name, Value pair)
    for position, (kind, value) in enumerate(call.args):
        if position < first or kind != "str" or not _WORD.match(value):
            after_name = False
            continue
        if after_name:
            after_name = False      # 'Sheet', 'Results': the value of the name before
            continue
        # MATLAB spells names CamelCase ('Endpoints') and flags in lower case ('omitnan')
        after_name = value != value.lower()
        if not _known(value.lower(), spec):
            out.append((value, "option not supported by compat"))
    for keyword in call.keywords:
        if not _known(keyword, spec):
            out.append((keyword, "name-value option not supported by compat"))
    return out


def full_keyword(hint: str) -> str | None:
    """The full keyword an abbreviation's hint names, or None for a missing option."""
    if hint.startswith(ABBREVIATION):
        return hint[len(ABBREVIATION):].rstrip("=")
    return None


def missing_options(scan, specs: dict) -> list[tuple]:
    """``(routine, option, line, hint, maybe)`` for every unsupported option in a file
    (maybe: the index in ``scan.maybe`` of the use, -1 for a definite call)."""
    check = _idl if scan.language == "idl" else _matlab
    out = []
    uses = [(c, -1) for c in scan.calls] + [(m[3], i) for i, m in enumerate(scan.maybe)]
    for call, index in uses:
        spec = specs.get(call.name)
        if spec is None or (not call.keywords and not call.args):
            continue
        for option, hint in check(call, spec):
            out.append((call.name, option.lower(), call.line, hint, index))
    out.sort(key=lambda o: (o[2], o[0], o[1]))
    return out
