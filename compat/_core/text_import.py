"""Delimited text tables as MATLAB's import functions see them: the engine under
``readmatrix``, ``readcell``, ``readtable`` and ``importdata``.

A file is read as lines; empty lines are skipped (MATLAB's ``EmptyLineRule`` 'skip');
each line is split into fields at the delimiter. What MATLAB calls *detection*
(``detectImportOptions``) is done here from the first 250 nonempty lines, as MATLAB's
documentation says it samples them ("readtable analyzes the format of your data based on
delimiters, number of header lines, number of variables, types of variables, and
metadata of the first 250 nonempty lines of data", MATLAB's "Import Data from Text File
to Table"):

* **delimiter** -- of the candidates ``,`` tab ``;`` ``|`` and white space, the one that
  splits the most sampled lines into the same number (at least two) of fields, the
  candidates tried in that order, the earlier winning a tie (white space last: runs of
  blanks count as one delimiter and leading/trailing blanks are ignored; tabs are scored
  as their own candidate, so a tab-delimited table whose title line has blanks is read as
  tab-delimited, as Octave's importdata reads it);
* **field types** -- a field is numeric when it reads as a MATLAB number (``1``, ``-2.5``,
  ``1e-3``, ``1.5D3``, ``NaN``, ``Inf``, ``-Inf``; blanks around it ignored), empty when it
  holds only blanks, text otherwise; a column is numeric when most of its sampled
  nonempty fields are;
* **header lines** -- the leading lines before the first line that looks like data: one
  whose fields in every numeric column are numbers or empty, with at least one number;
  the last header line gives the variable names when it has as many fields as the table
  has columns.

compat's reading of these rules is documented here because MathWorks does not publish
the algorithm; the documented print-outs (MATLAB's writematrix/readmatrix and importdata
examples) are golden cases in ``reference_outputs/matlab/tables`` and
``reference_outputs/matlab/importing``. Detection looks at the head of a file
(:func:`read_head`, 256 KB); a plain numeric body is then read by numpy's C parser
(:func:`fast_numeric_file`), anything else line by line.

Also here: MATLAB's spreadsheet-style ``Range`` (``'A1'``, ``'B2:D5'``, ``'2:5'``,
``'B:D'``, ``[r c]``, ``[r1 c1 r2 c2]``) and ``matlab.lang.makeValidName``/
``makeUniqueStrings`` for table variable names.
"""

from __future__ import annotations

import itertools
import re

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["read_lines", "detect_delimiter", "split_rows", "parse_number", "classify",
           "detect_layout", "Layout", "numeric_matrix", "fast_numeric_file",
           "read_head", "parse_range",
           "apply_range", "valid_name", "unique_names", "unescape", "SAMPLE"]

#: nonempty lines sampled by detection (MATLAB's documented 250)
SAMPLE = 250
_CANDIDATES = (",", "\t", ";", "|", " ")
_NUMBER = re.compile(r"[+-]?(?:(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?|inf|nan)",
                     re.IGNORECASE)
_BLANKS = re.compile(" +")
_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\\\": "\\"}


def unescape(text: str) -> str:
    """MATLAB's escapes in a delimiter argument (``'\\t'`` is a tab)."""
    return _ESCAPES.get(text, text)


def read_head(path, encoding: str = "utf-8", size: int = 1 << 18):
    """The complete lines of the first ``size`` bytes of a text file, and whether they
    are the whole file: what detection samples, without reading a large file twice."""
    try:
        with open(path, "rb") as stream:
            data = stream.read(size + 1)
    except OSError:
        raise CompatValueError(f"Unable to find or open '{path}'. Check the path and "
                               "filename or file permissions.") from None
    complete = len(data) <= size
    if not complete:
        data = data[:data.rfind(b"\n") + 1] or data[:size]
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.splitlines(), complete


def read_lines(path, encoding: str = "utf-8") -> list[str]:
    """The lines of a text file (without their line ends); MATLAB's error for a file
    that cannot be opened."""
    try:
        with open(path, "rb") as stream:
            data = stream.read()
    except OSError:
        raise CompatValueError(f"Unable to find or open '{path}'. Check the path and "
                               "filename or file permissions.") from None
    text = data.decode(encoding, errors="replace")
    if text.startswith("\ufeff"):
        text = text[1:]
    return text.splitlines()


def _split(line: str, delimiter: str | None) -> list[str]:
    if delimiter is None:
        return line.split()
    return line.split(delimiter)


def detect_delimiter(lines: list[str]) -> str | None:
    """The delimiter of the sampled nonempty lines (None: white space)."""
    sample = list(itertools.islice((line for line in lines if line.strip()), SAMPLE))
    if not sample:
        return ","
    best, best_score = None, 0
    for candidate in _CANDIDATES:
        if candidate == " ":
            counts = [len(_BLANKS.split(line.strip(" "))) for line in sample]
        else:
            counts = [len(line.split(candidate)) for line in sample]
        modal = max(set(counts), key=counts.count)
        score = counts.count(modal) if modal >= 2 else 0
        if score > best_score:
            best, best_score = candidate, score
    if best is None:
        return ","
    return None if best == " " else best


def split_rows(lines: list[str], delimiter: str | None,
               limit: int | None = None) -> tuple[list[list[str]], list[int]]:
    """The fields of every nonempty line (of the first ``limit`` nonempty lines when
    given), and the 1-based line numbers of those lines."""
    rows, numbers = [], []
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        if limit is not None and len(rows) >= limit:
            break
        rows.append([f.strip() for f in _split(line, delimiter)])
        numbers.append(number)
    return rows, numbers


def parse_number(token: str):
    """The value of a MATLAB number in text, or None (empty text gives None too)."""
    token = token.strip()
    if not token or not _NUMBER.fullmatch(token):
        return None
    return float(token.replace("d", "e").replace("D", "e"))


def classify(token: str) -> str:
    """'number', 'empty' or 'text'."""
    if not token.strip():
        return "empty"
    return "number" if parse_number(token) is not None else "text"


class Layout:
    """What detection found: the header lines (nonempty lines before the data), the
    number of columns, which columns are numeric, and the variable names line (an index
    into the rows, or None)."""

    def __init__(self, header: int, width: int, numeric: list[bool], names_row):
        self.header, self.width, self.numeric, self.names_row = \
            header, width, numeric, names_row

    def __repr__(self):  # pragma: no cover - debugging aid
        return (f"Layout(header={self.header}, width={self.width}, "
                f"numeric={self.numeric}, names_row={self.names_row})")


def _column_types(kinds: list[list[str]], width: int) -> list[bool]:
    numeric = []
    for j in range(width):
        column = [k[j] for k in kinds if j < len(k) and k[j] != "empty"]
        numeric.append(column.count("number") * 2 > len(column) if column else True)
    return numeric


def _looks_like_data(kind: list[str], numeric: list[bool]) -> bool:
    return "number" in kind and all(
        k != "text" for k, is_number in zip(kind, numeric) if is_number)


def detect_layout(rows: list[list[str]], header=None) -> Layout:
    """Detect the header lines and column types of split rows (``header`` given: only the
    types are detected, from the rows after it).

    The column types come from the sampled rows that hold a number and have the most
    common field count (the data rows); the header is the rows before the first row
    that looks like data (see the module docstring).
    """
    sample = rows[:SAMPLE] if header is None else rows[header:header + SAMPLE]
    kinds = [[classify(f) for f in row] for row in sample]
    counts = [len(k) for k in kinds if "number" in k] or [len(k) for k in kinds] or [0]
    modal = max(set(counts), key=counts.count)
    numeric = _column_types([k for k in kinds if len(k) == modal and "number" in k]
                            or kinds, modal)
    if header is None:
        header = next((i for i, k in enumerate(kinds) if _looks_like_data(k, numeric)),
                      len(sample))
    data = rows[header:]
    width = max((len(r) for r in data), default=modal)
    if width > modal:
        extra = [[classify(f) for f in r] for r in data[:SAMPLE]]
        numeric = numeric + _column_types([k[modal:] for k in extra], width - modal)
    names_row = header - 1 if header >= 1 and len(rows[header - 1]) == width else None
    return Layout(header, width, numeric[:width], names_row)


def numeric_matrix(rows: list[list[str]], width: int, treat_as_missing=()) -> np.ndarray:
    """A double matrix of the fields: numbers read, everything else NaN, short rows
    filled with NaN (MATLAB's 'fill' rules for missing and unconvertible fields)."""
    out = np.full((len(rows), width), np.nan)
    missing = set(treat_as_missing)
    for i, row in enumerate(rows):
        for j, token in enumerate(row[:width]):
            if token in missing:
                continue
            value = parse_number(token)
            if value is not None:
                out[i, j] = value
    return out




def fast_numeric_file(path, start: int, delimiter: str | None, comment: str | None = None,
                      encoding: str = "utf-8"):
    """The numeric table of a file after its first ``start`` lines, read by numpy's C
    parser straight from the file, or None when the text needs the field-by-field reader
    (empty fields, text, ragged rows, MATLAB-only number forms such as ``1.5D3``)."""
    try:
        with np.errstate(all="ignore"):
            return np.loadtxt(path, delimiter=delimiter, comments=comment, skiprows=start,
                              ndmin=2, dtype=np.float64, encoding=encoding)
    except (ValueError, UnicodeError):
        return None


# ------------------------------------------------------------------------- ranges
def _column(letters: str) -> int:
    n = 0
    for ch in letters.upper():
        n = n * 26 + ord(ch) - 64
    return n


def parse_range(spec) -> tuple:
    """MATLAB's Range as 1-based inclusive ``(r1, c1, r2, c2)``; None for an open end."""
    if isinstance(spec, str):
        text = spec.strip().replace("..", ":")
        match = re.fullmatch(r"([A-Za-z]+)(\d+)(?::([A-Za-z]+)(\d+))?", text)
        if match:
            r1, c1 = int(match.group(2)), _column(match.group(1))
            if match.group(3):
                return r1, c1, int(match.group(4)), _column(match.group(3))
            return r1, c1, None, None
        match = re.fullmatch(r"(\d+):(\d+)", text)
        if match:
            return int(match.group(1)), 1, int(match.group(2)), None
        match = re.fullmatch(r"([A-Za-z]+):([A-Za-z]+)", text)
        if match:
            return 1, _column(match.group(1)), None, _column(match.group(2))
        raise CompatValueError(f"Invalid Range '{spec}'. Specify a range such as 'A1', "
                               "'A1:C3', '2:5' (rows) or 'B:D' (columns).")
    values = np.asarray(spec, dtype=float).ravel()
    if values.size == 2:
        return int(values[0]), int(values[1]), None, None
    if values.size == 4:
        return tuple(int(v) for v in values)
    raise CompatTypeError("Range must be text such as 'A1:C3', or [row col] or "
                          "[r1 c1 r2 c2].")


def apply_range(rows: list[list[str]], bounds) -> list[list[str]]:
    """The fields of ``rows`` (every line of the file) inside 1-based ``bounds``."""
    r1, c1, r2, c2 = bounds
    chosen = rows[r1 - 1:r2]
    out = []
    for row in chosen:
        part = row[c1 - 1:c2]
        if c2 is not None and len(part) < c2 - c1 + 1:
            part = part + [""] * (c2 - c1 + 1 - len(part))
        out.append(part)
    return out


# ---------------------------------------------------------------- variable names
def valid_name(name: str, index: int = 1) -> str:
    """A variable name as readtable makes it: ``matlab.lang.makeValidName``'s rules
    (:func:`compat._core.identifiers.make_valid_name`), an empty name becoming
    ``Var<index>``."""
    from compat._core.identifiers import make_valid_name
    return make_valid_name(name) if name.strip() else f"Var{index}"


def unique_names(names: list[str]) -> list[str]:
    """``matlab.lang.makeUniqueStrings``: later duplicates get ``_1``, ``_2`` ..."""
    seen, out = {}, []
    taken = set(names)
    for name in names:
        if name in seen:
            k = seen[name]
            candidate = f"{name}_{k}"
            while candidate in taken:
                k += 1
                candidate = f"{name}_{k}"
            seen[name] = k + 1
            taken.add(candidate)
            out.append(candidate[:63])
        else:
            seen[name] = 1
            out.append(name)
    return out
