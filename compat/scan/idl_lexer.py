"""IDL lexer: source text -> statements, each a list of ``(kind, text, line)`` tokens.

What it knows of IDL's surface syntax:

* ``;`` starts a comment, except inside a string;
* strings in both quote styles, a doubled quote standing for itself (``'it''s'``);
  ``'FF'x`` / ``'777'o`` are hexadecimal / octal numbers, and so is ``"17`` (a double
  quote followed by octal digits without a closing quote);
* numbers with IDL's type suffixes (``5B 5S 5U 5US 5L 5UL 5LL 5ULL``, ``1.5``, ``1.5e3``,
  ``1.5d``/``1d-3`` DOUBLE, ``0x1F``);
* ``$`` at the end of a line continues the statement on the next one (a comment may
  follow it);
* ``&`` separates statements on one line (``&&`` is the logical operator);
* ``@file`` at the start of a statement includes a batch file;
* identifiers may hold ``$``; ``!name`` is a system variable.

Token kinds: ``name``, ``sys`` (system variable), ``num``, ``str``, ``op`` (operators and
brackets, ``->``, ``::``), ``inc`` (``@file``). Statements are split at newlines and at
``&``; the parser splits them further at IDL's control words.
"""

from __future__ import annotations

import re

__all__ = ["tokenize", "statements", "number_value"]

_SUFFIX = r"(?i:ULL|UL|US|LL|B|S|L|U)?"
_TOKEN = re.compile(r"""
 (?P<ws>[ \t\r\f\v]+)
|(?P<name>[A-Za-z_][\w$]*)
|(?P<nl>\n)
|(?P<com>;[^\n]*)
|(?P<num>'[0-9a-fA-F]+'[xX]""" + _SUFFIX + r"""
      |'[0-7]+'[oO]""" + _SUFFIX + r"""
      |0[xX][0-9a-fA-F]+""" + _SUFFIX + r"""
      |(?:\d+\.\d*|\.\d+)(?:[eEdD][+-]?\d+|[eEdD](?![\w]))?
      |\d+[eEdD][+-]?\d+
      |\d+[dD](?![\w])
      |\d+""" + _SUFFIX + r""")
|(?P<str>'(?:[^'\n]|'')*'|"(?:[^"\n]|"")*")
|(?P<oct>"[0-7]+""" + _SUFFIX + r""")
|(?P<ustr>['"][^\n]*)
|(?P<cont>\$[ \t\r]*(?:;[^\n]*)?(?:\n|\Z))
|(?P<amp>&(?!&))
|(?P<sys>![A-Za-z_][\w$]*)
|(?P<inc>@[^\s;&]+)
|(?P<op>\#\#=?|\#=?|->|::|\+\+|--|&&|\|\||[-+*/^<>]=?|[~?:=.,(){}\[\]])
|(?P<err>.)
""", re.VERBOSE)


def tokenize(text: str):
    """Yield ``(kind, text, line)`` for every token, ``("nl", "", line)`` at statement
    ends (newlines not continued by ``$``, and ``&``). Comments and blanks are dropped."""
    for stmt in statements(text):
        yield from stmt
        yield ("nl", "", stmt[-1][2])


def statements(text: str) -> list[list[tuple]]:
    """The source as a list of statements, each a non-empty list of tokens."""
    out = []
    current = []
    line = 1
    for m in _TOKEN.finditer(text):
        kind = m.lastgroup
        if kind == "ws" or kind == "com":
            continue
        if kind == "name" or kind == "op":
            current.append((kind, m.group(), line))
        elif kind == "nl" or kind == "amp":
            if current:
                out.append(current)
                current = []
            if kind == "nl":
                line += 1
        elif kind == "num" or kind == "oct":
            current.append(("num", m.group(), line))
        elif kind == "str" or kind == "ustr":
            current.append(("str", m.group(), line))
        elif kind == "cont":
            if m.group().endswith("\n"):
                line += 1
        elif kind == "sys":
            current.append(("sys", m.group(), line))
        elif kind == "inc":
            current.append(("inc", m.group()[1:], line))
        # err: a character IDL has no use for outside strings; skipped
    if current:
        out.append(current)
    return out


def number_value(text: str):
    """``(kind, value)`` of a number token: kind ``"int"`` (value an int; the type
    suffix, lower case, in ``int_suffix``), ``"float"`` (single) or ``"double"``."""
    t = text.lower()
    if t[0] == "'":
        body, _, rest = t[1:].partition("'")
        return "int", int(body, 16 if rest[:1] == "x" else 8)
    if t[0] == '"':
        return "int", int(t[1:].rstrip("bsul") or "0", 8)
    if t.startswith("0x"):
        return "int", int(t[2:].rstrip("bsul"), 16)
    if "." in t or "e" in t or "d" in t:
        kind = "double" if "d" in t else "float"
        t = t.replace("d", "e")
        if t.endswith("e"):
            t = t[:-1]
        try:
            return kind, float(t)
        except ValueError:  # pragma: no cover - the token pattern only lets numbers in
            return kind, 0.0
    return "int", int(t.rstrip("bsul"))


def int_suffix(text: str) -> str:
    """The IDL type suffix of an integer token, lower case ('' for none)."""
    t = text.lower()
    end = len(t)
    while end and t[end - 1] in "bsul":
        end -= 1
    return t[end:]
