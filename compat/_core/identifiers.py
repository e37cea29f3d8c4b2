"""Valid and unique MATLAB identifiers from arbitrary text, as
``matlab.lang.makeValidName`` and ``matlab.lang.makeUniqueStrings`` make them (and
readtable/detectImportOptions for variable names).

Python-shaped: plain ``str`` in, ``str`` out. Rules (MATLAB's reference pages of the two
functions; a valid identifier is letters, digits and underscores starting with a letter,
at most ``namelengthmax`` = 63 characters, and not a keyword):

- makeValidName: leading and trailing white space removed; inner white space removed
  with the next character upper-cased; every other invalid character replaced by ``_``
  ('underscore', the default), removed ('delete') or written as its hexadecimal code
  ``0x2D`` ('hex'); a name that does not start with a letter -- the empty name too --
  gets the prefix (``x``); a keyword gets the prefix and an upper-case first letter
  (``for`` -> ``xFor``); the result cut to 63 characters.
- makeUniqueStrings: the first of equal strings is kept, later ones get ``_1``, ``_2``
  ... (the smallest number not taken by another string or an excluded one); strings
  equal to an excluded string are changed too; a maximum length cuts the stem so that
  ``stem_k`` fits.

MATLAB's keywords are its own (``iskeyword``): Python's (``class``, ``in``, ``import``)
are valid MATLAB names.
"""

from __future__ import annotations

import re

__all__ = ["MATLAB_KEYWORDS", "NAME_LENGTH_MAX", "make_valid_name", "make_unique"]

NAME_LENGTH_MAX = 63
MATLAB_KEYWORDS = frozenset({
    "break", "case", "catch", "classdef", "continue", "else", "elseif", "end", "for",
    "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd",
    "switch", "try", "while"})
_VALID = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def is_valid(name: str) -> bool:
    return bool(_VALID.match(name)) and len(name) <= NAME_LENGTH_MAX \
        and name not in MATLAB_KEYWORDS


def make_valid_name(text: str, *, style: str = "underscore", prefix: str = "x") -> str:
    """One text as matlab.lang.makeValidName makes it valid."""
    if is_valid(text):
        return text
    name = text.strip()
    name = re.sub(r"\s+(\S)", lambda m: m.group(1).upper(), name)
    if style == "delete":
        name = re.sub(r"[^A-Za-z0-9_]", "", name)
    elif style == "hex":
        name = re.sub(r"[^A-Za-z0-9_]", lambda m: f"0x{ord(m.group(0)):02X}", name)
    else:
        name = re.sub(r"[^A-Za-z0-9_]", "_", name)
    if name in MATLAB_KEYWORDS:
        name = prefix + name[:1].upper() + name[1:]
    elif not name[:1].isalpha() or not name[:1].isascii():
        name = prefix + name
    return name[:NAME_LENGTH_MAX]


def make_unique(names: list[str], *, excluded=(), check=None,
                max_length: int = NAME_LENGTH_MAX) -> tuple[list[str], list[bool]]:
    """``(unique names, which were changed)``; ``check`` (indices) limits the changes to
    those elements, the others keep their text and count as taken."""
    n = len(names)
    check = set(range(n)) if check is None else set(check)
    taken = set(excluded) | {names[i] for i in range(n) if i not in check}
    out, changed = list(names), [False] * n
    counters: dict[str, int] = {}
    seen: set[str] = set()
    for i, original in enumerate(names):
        if i not in check:
            continue
        name = original[:max_length]               # too long: cut first
        if name != original:
            out[i], changed[i] = name, True
        if name not in taken and name not in seen:
            seen.add(name)
            continue
        k = counters.get(name, 1)
        while True:
            suffix = f"_{k}"
            candidate = name[:max(0, max_length - len(suffix))] + suffix
            if candidate not in taken and candidate not in seen and candidate not in names:
                break
            k += 1
        counters[name] = k + 1
        seen.add(candidate)
        out[i], changed[i] = candidate, True
    return out, changed
