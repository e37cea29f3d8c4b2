"""MATLAB regular expressions on Python's ``re``: the syntax translation and the matcher.

MATLAB's regular-expression language (MATLAB documentation, "Regular Expressions",
"Lookahead Assertions", "Tokens in Regular Expressions", "Dynamic Regular
Expressions") is PCRE-like with differences that a naive ``re`` call gets wrong:

==============================  ===============================  =====================
MATLAB                          meaning                          Python ``re``
==============================  ===============================  =====================
``(?<name>expr)``               named token                      ``(?P<name>expr)``
``\\k<name>``                    named back reference             ``(?P=name)``
``\\<`` / ``\\>``                  start / end of a word            ``\\b(?=\\w)`` /
                                                                 ``\\b(?<=\\w)``
``\\b``                          **backspace** (char 8)           ``\\x08`` (``\\b`` is a
                                                                 word boundary in re)
``\\xN``, ``\\x{N}``, ``\\oN``,     the character with code N        the character,
``\\o{N}``                                                        escaped
``.``                           any character, **newline         ``re.DOTALL`` unless
                                included** ('dotall' default)    'dotexceptnewline'
zero-length matches             ignored ('noemptymatch'          filtered out
                                default)
==============================  ===============================  =====================

Lookarounds ``(?=..)``, ``(?!..)``, ``(?<=..)``, ``(?<!..)``, possessive quantifiers,
atomic groups, conditionals ``(?(1)..|..)`` and comments ``(?#..)`` are the same in
both. Indices are returned 1-based (MATLAB's), end indices inclusive.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from compat._core.errors import CompatValueError

__all__ = ["translate", "compile_pattern", "Match", "find_matches", "iterate",
           "expand_replacement"]

_CHAR_ESCAPES = {"a": "\\x07", "b": "\\x08", "e": "\\x1b"}


def _char(code: int) -> str:
    return re.escape(chr(code))


def translate(pattern: str, markers: bool = False) -> str:
    """A MATLAB regular expression as the equivalent Python ``re`` pattern.

    ``markers=True`` puts an empty group ``(?P<_cmkN>)`` before capturing group N: it
    records where the engine stood when it reached the group, which is where MATLAB
    says an unmatched token "was expected".

    >>> translate(r'\\<(?<word>\\w+)\\>')
    '\\\\b(?=\\\\w)(?P<word>\\\\w+)\\\\b(?<=\\\\w)'
    >>> translate(r'a\\bb')
    'a\\\\x08b'
    """
    out: list[str] = []
    i, n = 0, len(pattern)
    in_class = False
    groups = 0
    while i < n:
        c = pattern[i]
        if c == "\\" and i + 1 < n:
            d = pattern[i + 1]
            if d in "xo":
                base = 16 if d == "x" else 8
                digits = "0123456789abcdefABCDEF" if base == 16 else "01234567"
                j = i + 2
                if j < n and pattern[j] == "{":
                    k = pattern.find("}", j)
                    if k < 0:
                        raise CompatValueError(f"unterminated \\{d}{{ in the expression")
                    out.append(_char(int(pattern[j + 1:k], base)))
                    i = k + 1
                    continue
                k = j
                while k < n and pattern[k] in digits:
                    k += 1
                if k == j:
                    out.append(re.escape(d))
                else:
                    out.append(_char(int(pattern[j:k], base)))
                i = k
                continue
            if not in_class and d == "<":
                out.append(r"\b(?=\w)")
                i += 2
                continue
            if not in_class and d == ">":
                out.append(r"\b(?<=\w)")
                i += 2
                continue
            if d == "k" and i + 2 < n and pattern[i + 2] == "<":
                k = pattern.find(">", i + 3)
                if k > 0:
                    out.append(f"(?P={pattern[i + 3:k]})")
                    i = k + 1
                    continue
            if d in _CHAR_ESCAPES:
                out.append(_CHAR_ESCAPES[d])
                i += 2
                continue
            out.append(pattern[i:i + 2])
            i += 2
            continue
        if in_class:
            if c == "]":
                in_class = False
            out.append(c)
            i += 1
            continue
        if c == "[":
            in_class = True
            out.append(c)
            i += 1
            if i < n and pattern[i] == "^":
                out.append("^")
                i += 1
            if i < n and pattern[i] == "]":          # a literal ] first in a class
                out.append(r"\]")
                i += 1
            continue
        if c == "(" and pattern.startswith("(?<", i) and i + 3 < n and \
                pattern[i + 3] not in "=!":
            groups += 1
            if markers:
                out.append(f"(?P<_cmk{groups}>)")
            out.append("(?P<")
            i += 3
            continue
        if c == "(" and not pattern.startswith("(?", i) and not pattern.startswith("(*", i):
            groups += 1
            if markers:
                out.append(f"(?P<_cmk{groups}>)")
        elif c == "(" and pattern.startswith("(?P<", i):
            groups += 1
            if markers:
                out.append(f"(?P<_cmk{groups}>)")
        out.append(c)
        i += 1
    return "".join(out)


@functools.lru_cache(maxsize=256)
def compile_pattern(pattern: str, ignorecase: bool = False, dotall: bool = True,
                    lineanchors: bool = False, freespacing: bool = False) -> re.Pattern:
    """The compiled translation of a MATLAB expression with MATLAB's option flags."""
    flags = 0
    if ignorecase:
        flags |= re.IGNORECASE
    if dotall:
        flags |= re.DOTALL
    if lineanchors:
        flags |= re.MULTILINE
    if freespacing:
        flags |= re.VERBOSE
    try:
        return re.compile(translate(pattern), flags)
    except re.error as error:
        raise CompatValueError(f"invalid regular expression {pattern!r}: {error}") \
            from None


@dataclass
class Match:
    """One match, in MATLAB's terms (1-based inclusive indices)."""

    start: int
    end: int
    text: str
    tokens: list
    extents: list
    names: dict


_BACKREFERENCE = re.compile(r"\\[1-9]|\\k<|\(\?P=")


@functools.lru_cache(maxsize=256)
def _marked(regex: re.Pattern, source: str):
    """The pattern with position markers before each group (None with back references,
    whose numbers the markers would shift)."""
    if _BACKREFERENCE.search(source):
        return None
    try:
        return re.compile(translate(source, markers=True), regex.flags)
    except re.error:
        return None


def _groups(m: re.Match, regex: re.Pattern, source: str | None):
    tokens, extents = [], []
    marks = None
    for g in range(1, regex.groups + 1):
        s, e = m.span(g)
        if s < 0:
            # MATLAB: an unmatched token is '' with extent [where it was expected,
            # one less] ("Tokens in Regular Expressions", Unmatched Tokens)
            if marks is None:
                marked = _marked(regex, source) if source is not None else None
                again = marked.match(m.string, m.start()) if marked is not None else None
                marks = again if again is not None and again.span() == m.span() else False
            where = marks.start(f"_cmk{g}") if marks else -1
            if where < 0:
                where = m.start() if g == 1 else max(m.start(), extents[-1][1])
            tokens.append("")
            extents.append((where + 1, where))
        else:
            tokens.append(m.group(g))
            extents.append((s + 1, e))
    names = {name: (m.group(name) or "") for name in regex.groupindex}
    return tokens, extents, names


def find_matches(regex: re.Pattern, text: str, *, once: bool = False,
                 emptymatch: bool = False, source: str | None = None) -> list[Match]:
    """The matches of ``regex`` in ``text``, left to right, without overlap.

    ``source`` is the MATLAB expression ``regex`` was compiled from (for the extents of
    unmatched tokens).
    """
    out = []
    for m in iterate(regex, text):
        if not emptymatch and m.end() == m.start():
            continue
        tokens, extents, names = _groups(m, regex, source)
        out.append(Match(m.start() + 1, m.end(), m.group(), tokens, extents, names))
        if once:
            break
    return out


def iterate(regex: re.Pattern, text: str):
    """The successive matches as PCRE-based engines find them: after a zero-length match
    at position p the search resumes at p + 1 (``re.finditer`` instead retries a
    non-empty match at p, so ``'a*?'`` would match each ``'a'``)."""
    position = 0
    n = len(text)
    while position <= n:
        m = regex.search(text, position)
        if m is None:
            return
        yield m
        position = m.end() + 1 if m.end() == m.start() else m.end()


_REPLACEMENT = re.compile(r"\$(\d+|<\w+>|\{[^}]*\})|\\(.)", re.DOTALL)
_SIMPLE = {"n": "\n", "t": "\t", "r": "\r", "f": "\f", "v": "\v", "a": "\a", "b": "\b",
           "\\": "\\", "$": "$"}
_DYNAMIC = re.compile(r"\$\{\s*(\w+)\s*\(\s*\$(\d+|<\w+>)\s*\)\s*\}")


def _dynamic(name: str, value: str) -> str:
    functions = {"upper": str.upper, "lower": str.lower, "fliplr": lambda s: s[::-1],
                 "strtrim": lambda s: s.strip(" \t\n\v\f\r"),
                 "deblank": lambda s: s.rstrip(" \t\n\v\f\r\0")}
    try:
        return functions[name](value)
    except KeyError:
        raise CompatValueError(f"dynamic expression ${{{name}(...)}} is not supported; "
                               f"compat supports {', '.join(sorted(functions))} of one "
                               f"token, or a Python callable as the replacement") from None


def expand_replacement(template: str, m: re.Match) -> str:
    """MATLAB's replacement text for one match: ``$0`` (the match), ``$N`` (token N),
    ``$<name>``, escapes ``\\n \\t \\\\ \\$``..., and the dynamic expressions
    ``${upper($N)}``, ``${lower($N)}`` (also ``fliplr``, ``strtrim``, ``deblank``)."""
    def token(ref: str) -> str:
        if ref.startswith("<"):
            return m.group(ref[1:-1]) or ""
        index = int(ref)
        if index > (m.re.groups or 0):
            return ""
        return m.group(index) or ""

    out = []
    position = 0
    for part in _REPLACEMENT.finditer(template):
        out.append(template[position:part.start()])
        position = part.end()
        if part.group(1) is not None:
            ref = part.group(1)
            if ref.startswith("{"):
                dynamic = _DYNAMIC.fullmatch(part.group())
                if dynamic is None:
                    raise CompatValueError(f"dynamic expression {part.group()} is not "
                                           f"supported by compat")
                out.append(_dynamic(dynamic.group(1), token(dynamic.group(2))))
            else:
                out.append(token(ref))
        else:
            out.append(_SIMPLE.get(part.group(2), part.group(2)))
    out.append(template[position:])
    return "".join(out)
