"""MATLAB's ``compose``: one formatted text per row of data, through compat's one
``sprintf`` engine (:mod:`compat._core.matlab_format`).

The rules are those of MathWorks' compose reference page:

* the data arrays' values are read row by row; every row of the data gives a row of
  the result, the format applied to that row's values;
* the operators of the format are used in order by the columns of the data arrays, the
  first array's columns taking the first operators (``compose(f, A1, ..., AN)``);
* columns beyond the format's operators start new result columns, each repeating the
  format with the next values (``compose('%d', [1 2 3])`` is 1x3);
* when a row's values run out before the operators do, the unused operators are put in
  the text unchanged, and of the text after the last used operator every escape
  sequence is translated except ``\\\\`` and ``%%`` (which stay as written);
* ``compose(txt)`` with no data: a text without operators has every escape translated;
  one with operators keeps them, and ``\\\\`` and ``%%``, unchanged.

Python-shaped: :func:`compose_rows` takes the format (one ``str``) and the data as a
list of 2-D object arrays of Python values (numbers, texts) and returns the texts as a
2-D list; the legacy layer (:mod:`compat.matlab.text_compose`) reads MATLAB's classes
and builds the string array or cell array.
"""

from __future__ import annotations

import math
import re

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.matlab_format import _OPERATOR, format_text, translate_escapes

__all__ = ["operators", "translate_keeping", "compose_rows"]

# an escape sequence (as the engine reads them) or an operator, scanned left to right so
# that '\%' and '%\' pairs are read as MATLAB reads them
_TOKEN = re.compile(r"\\(?:x[0-9A-Fa-f]*|[0-7]+|.?)|%", re.DOTALL)


def operators(fmt: str) -> list[tuple[int, int]]:
    """``(start, end)`` of every operator of ``fmt`` that consumes a value (``%%`` and
    escapes are skipped), in the raw (untranslated) format."""
    spans = []
    position = 0
    while True:
        match = _TOKEN.search(fmt, position)
        if match is None:
            return spans
        if match.group() != "%":
            position = match.end()
            continue
        operator = _OPERATOR.match(fmt, match.start())
        if operator is None:                      # a lone '%': stays text
            position = match.end()
            continue
        if operator.group("conv") != "%":
            spans.append((operator.start(), operator.end()))
        position = operator.end()


def translate_keeping(text: str) -> str:
    """``text`` with its escape sequences translated except ``\\\\`` and ``%%``, which
    stay as written (compose's rule for the text it does not format)."""
    out = []
    position = 0
    while True:
        match = _TOKEN.search(text, position)
        if match is None:
            out.append(text[position:])
            return "".join(out)
        out.append(text[position:match.start()])
        token = match.group()
        position = match.end()
        if token == "%":
            if text.startswith("%%", match.start()):
                token, position = "%%", match.start() + 2
            out.append(token)
        elif token == "\\\\":
            out.append(token)
        else:
            translated, valid = translate_escapes(token)
            if not valid:                       # an invalid escape ends the text
                return "".join(out)
            out.append(translated)


def _format_row(fmt: str, spans, values: list) -> str:
    """``fmt`` applied to ``values`` (at most as many as its operators)."""
    if len(values) == len(spans):
        return format_text(fmt, values)
    cut = spans[len(values) - 1][1] if values else 0
    head = format_text(fmt[:cut], values) if values else ""
    return head + translate_keeping(fmt[cut:])


def compose_rows(fmt: str, columns: list[np.ndarray]) -> list[list[str]]:
    """The texts of ``compose(fmt, A1, ..., AN)``: ``columns`` are the data arrays as
    2-D object arrays of Python values (one row per result row, the same number of
    rows); returns the result rows (lists of equal length)."""
    spans = operators(fmt)
    if not columns:                                   # compose(txt)
        return [[format_text(fmt) if not spans else translate_keeping(fmt)]]
    rows = {c.shape[0] for c in columns}
    if len(rows) != 1:
        raise CompatValueError("All data arrays must have the same number of rows.")
    m = rows.pop()
    data = np.concatenate(columns, axis=1) if len(columns) > 1 else columns[0]
    n = data.shape[1]
    if not spans:
        return [[format_text(fmt)] * max(1, n) for _ in range(m)]
    pieces = max(1, math.ceil(n / len(spans)))
    out = []
    for r in range(m):
        row = list(data[r])
        out.append([_format_row(fmt, spans, row[k * len(spans):(k + 1) * len(spans)])
                    for k in range(pieces)])
    return out
