"""MATLAB lexer: source text -> statements, each a list of ``(kind, text, line, space)``.

What it knows of MATLAB's surface syntax:

* ``%`` starts a comment outside strings; a line holding only ``%{`` opens a block
  comment that a line holding only ``%}`` closes (they nest); Octave's ``#`` and
  ``#{ ... #}`` too (``#`` has no other use in MATLAB);
* ``...`` continues a statement on the next line (the rest of the line is a comment);
* ``'`` is the transpose operator right after a value (a name, a number, a closing
  bracket, another transpose, a ``"string"``) -- except after a blank inside
  ``[]``/``{}``, where it starts a string (``[a' 'str']``); elsewhere it starts a
  character vector, with ``''`` standing for one quote; ``"..."`` is a string (``""``
  for one quote);
* statements end at a newline, ``;`` or ``,`` outside brackets; inside ``[]``/``{}`` a
  newline separates rows;
* command syntax: a statement ``name word ...`` (``hold on``, ``format long g``,
  ``load data.mat x``) whose second token is not ``=``, ``(`` or a binary operator
  followed by a blank is a call with text arguments. The lexer gives such a statement
  as ``[("name", ...), ("cmd", rest, line, True)]``; the parser, which knows the
  variables, reads ``rest`` as an expression again when ``name`` is a variable.

Token kinds: ``name``, ``num``, ``str``, ``op``, ``cmd``. ``space`` tells whether blank
space precedes the token (MATLAB's matrix syntax depends on it: ``[f (1)]`` is two
elements).
"""

from __future__ import annotations

import re

__all__ = ["statements", "tokenize_expression", "number_value",
           "KEYWORDS", "command_words"]

KEYWORDS = frozenset({
    "break", "case", "catch", "classdef", "continue", "else", "elseif", "end", "for",
    "function", "global", "if", "otherwise", "parfor", "persistent", "return", "spmd",
    "switch", "try", "while",
    # Octave's spellings
    # (not do/until: MATLAB code uses them as names)
    "endfunction", "endif", "endfor", "endwhile", "endswitch", "end_try_catch",
    "endparfor", "end_unwind_protect", "unwind_protect", "unwind_protect_cleanup",
    "endspmd", "endclassdef", "endmethods", "endproperties", "endevents",
    "endenumeration"})

_TOKEN = re.compile(r"""
 (?P<ws>[ \t\r\f\v]+)
|(?P<name>[A-Za-z]\w*)
|(?P<num>0[xX][0-9a-fA-F]+(?:[suSU](?:8|16|32|64))?|0[bB][01]+(?:[suSU](?:8|16|32|64))?
      |(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?[ij]?)
|(?P<nl>\n)
|(?P<cont>\.\.\.[^\n]*(?:\n|\Z))
|(?P<com>[%#][^\n]*)
|(?P<q>')
|(?P<dq>"(?:[^"\n]|"")*"?)
|(?P<op>\.\^|\.\*|\./|\.\\|\.'|==|~=|!=|<=|>=|&&|\|\||[-+*/\\^<>&|~!=:@.,;()\[\]{}])
|(?P<err>.)
""", re.VERBOSE)
_SQ_STRING = re.compile(r"'(?:[^'\n]|'')*'?")
_BINARY = re.compile(r"(?:==|~=|<=|>=|&&|\|\||\.\*|\./|\.\^|\.\\|[-+*/\\^<>&|:])(?=[ \t])")
_COMMAND_END = re.compile(r"'(?:[^'\n]|'')*'?|\"(?:[^\"\n]|\"\")*\"?|[;,%\n]|\.\.\.")
_VALUE_END = frozenset({")", "]", "}", "'", ".'"})
_NOT_COMMAND = frozenset({"(", "=", "\n", ";", ",", "%", "."})


def _strip_block_comments(text: str) -> str:
    """Blank out ``%{ ... %}`` blocks, keeping the line count."""
    if "%{" not in text and "#{" not in text:
        return text
    lines = text.split("\n")
    depth = 0
    for i, line in enumerate(lines):
        s = line.strip()
        if s == "%{" or s == "#{":
            depth += 1
            lines[i] = ""
        elif depth:
            if s == "%}" or s == "#}":
                depth -= 1
            lines[i] = ""
    return "\n".join(lines)


def _command_rest(text: str, pos: int) -> tuple[str, int]:
    """The command-syntax arguments starting at pos, and where they end."""
    end = pos
    n = len(text)
    while end < n:
        m = _COMMAND_END.search(text, end)
        if m is None:
            return text[pos:].rstrip(), n
        if m.group()[0] in "'\"":
            end = m.end()
            continue
        return text[pos:m.start()].rstrip(), m.start()
    return text[pos:].rstrip(), n


def command_words(rest: str) -> list[str]:
    """Split command-syntax arguments into words (quotes group, quotes removed)."""
    words = []
    word = []
    quote = None
    i = 0
    while i < len(rest):
        c = rest[i]
        if quote:
            if c == quote:
                if i + 1 < len(rest) and rest[i + 1] == quote:
                    word.append(c)
                    i += 1
                else:
                    quote = None
            else:
                word.append(c)
        elif c == "'" or c == '"':
            quote = c
        elif c in " \t":
            if word:
                words.append("".join(word))
                word = []
        else:
            word.append(c)
        i += 1
    if word:
        words.append("".join(word))
    return words


def _tokens(text: str, line: int, commands: bool):
    """Statements (lists of tokens) of text, lines counted from ``line``."""
    out = []
    current = []
    stack = []
    pos = 0
    n = len(text)
    space = False
    match = _TOKEN.match
    while pos < n:
        m = match(text, pos)
        kind = m.lastgroup
        tok_text = m.group()
        if kind == "ws":
            space = True
            pos = m.end()
            continue
        if kind == "name":
            if commands and not current and not stack and tok_text not in KEYWORDS:
                # command syntax?  name<blank>word
                after = m.end()
                k = after
                while k < n and text[k] in " \t":
                    k += 1
                if k > after and k < n and text[k] not in _NOT_COMMAND and \
                        not text.startswith("...", k) and \
                        not (text[k] == "=" and text[k + 1:k + 2] != "=") and \
                        not _BINARY.match(text, k):
                    rest, end = _command_rest(text, k)
                    if rest:
                        out.append([("name", tok_text, line, space), ("cmd", rest, line, True)])
                        pos = end
                        space = False
                        continue
            current.append(("name", tok_text, line, space))
        elif kind == "op":
            if tok_text in "([{" and len(tok_text) == 1:
                stack.append(tok_text)
            elif tok_text in ")]}" and len(tok_text) == 1:
                if stack:
                    stack.pop()
            elif (tok_text == ";" or tok_text == ",") and not stack:
                if current:
                    out.append(current)
                    current = []
                pos = m.end()
                space = False
                continue
            current.append(("op", tok_text, line, space))
        elif kind == "num":
            current.append(("num", tok_text, line, space))
        elif kind == "q":
            prev = current[-1] if current else None
            transpose = prev is not None and (
                (prev[0] == "name" and (prev[1] not in KEYWORDS or prev[1] == "end"))
                or prev[0] == "num" or (prev[0] == "op" and prev[1] in _VALUE_END)
                or (prev[0] == "str" and prev[1][0] == '"')) and \
                not (space and stack and stack[-1] in "[{")
            if transpose:
                current.append(("op", "'", line, space))
            else:
                s = _SQ_STRING.match(text, pos)
                current.append(("str", s.group(), line, space))
                pos = s.end()
                space = False
                continue
        elif kind == "dq":
            current.append(("str", tok_text, line, space))
        elif kind == "nl":
            if stack and stack[-1] in "[{":
                current.append(("op", ";", line, space))
            elif not stack and current:
                out.append(current)
                current = []
            line += 1
        elif kind == "cont":
            if tok_text.endswith("\n"):
                line += 1
        elif kind == "com":
            pass
        # err: skipped
        space = False
        pos = m.end()
    if current:
        out.append(current)
    return out


def statements(text: str) -> list[list[tuple]]:
    """The source as a list of statements, each a non-empty list of tokens."""
    return _tokens(_strip_block_comments(text), 1, True)


def tokenize_expression(text: str, line: int) -> list[tuple]:
    """Tokens of a command-syntax rest read as an expression (``x -1`` with x a
    variable)."""
    out = []
    for stmt in _tokens(text, line, False):
        out.extend(stmt)
    return out


def number_value(text: str):
    """``("int", value)``, ``("float", value)`` or ``("expr", None)`` (complex)."""
    t = text.lower()
    if t.endswith(("i", "j")):
        return "expr", None
    if t.startswith("0x") or t.startswith("0b"):
        digits = t[2:]
        for suffix in ("s8", "s16", "s32", "s64", "u8", "u16", "u32", "u64"):
            if digits.endswith(suffix):
                digits = digits[:-len(suffix)]
                break
        return "int", int(digits, 16 if t[1] == "x" else 2)
    value = float(t.replace("d", "e"))
    if value.is_integer() and "." not in t and "e" not in t and "d" not in t:
        return "int", int(value)
    return "float", value
