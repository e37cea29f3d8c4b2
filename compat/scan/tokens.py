"""What the IDL and MATLAB scanners share about a statement's tokens.

Both lexers give a statement as a list of tuples whose first two fields are the token's
kind and text (``("op", "(", ...)``); both languages bracket with ``()``, ``[]`` and
``{}`` and quote strings by doubling the quote. The parsers walk a statement at bracket
depth 0 -- splitting arguments at commas, finding an assignment's ``=``, a label's ``:``
or a control word -- and skip each bracketed group whole.
"""

from __future__ import annotations

__all__ = ["OPEN", "matching", "outside_brackets", "split_spans", "string_value"]

#: opening bracket -> its closing bracket
OPEN = {"(": ")", "[": "]", "{": "}"}
_CLOSE = frozenset(OPEN.values())


def matching(toks) -> dict:
    """Index of the closing bracket of every opening bracket in a statement (an
    unclosed bracket has no entry; a closing bracket without an opener is ignored)."""
    match = {}
    stack = []
    for i, tok in enumerate(toks):
        if tok[0] == "op":
            t = tok[1]
            if t in OPEN:
                stack.append(i)
            elif t in _CLOSE and stack:
                match[stack.pop()] = i
    return match


def outside_brackets(toks, start: int, end: int, match: dict):
    """``(index, token)`` of the tokens of ``toks[start:end]`` at bracket depth 0: each
    bracketed group (by ``match``, from :func:`matching`) is skipped whole, an unclosed
    one to ``end``."""
    i = start
    while i < end:
        tok = toks[i]
        if tok[0] == "op" and tok[1] in OPEN:
            i = match.get(i, end - 1) + 1
            continue
        yield i, tok
        i += 1


def split_spans(toks, start: int, end: int, match: dict,
                separators=(",",)) -> list[tuple[int, int]]:
    """Spans ``(a, b)`` of the depth-0 parts of ``toks[start:end]`` between the operator
    tokens in ``separators`` (an empty range gives no span; ``a == b`` is an empty
    part)."""
    spans = []
    a = start
    for i, tok in outside_brackets(toks, start, end, match):
        if tok[0] == "op" and tok[1] in separators:
            spans.append((a, i))
            a = i + 1
    if a < end or spans:
        spans.append((a, end))
    return spans


def string_value(text: str) -> str:
    """The text of a string token (quotes removed, doubled quotes undone; an unclosed
    string runs to the token's end)."""
    quote = text[0]
    body = text[1:-1] if len(text) > 1 and text[-1] == quote else text[1:]
    return body.replace(quote * 2, quote)
