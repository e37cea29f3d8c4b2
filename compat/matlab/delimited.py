"""MATLAB's delimited numeric text files: ``dlmread``, ``csvread``, ``dlmwrite``, ``csvwrite``."""

from __future__ import annotations

import re

import numpy as np

from compat._core.args import is_omitted
from compat._core.atomic_write import write_atomically
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function

__all__ = ["dlmread", "csvread", "dlmwrite", "csvwrite"]

_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\\\": "\\"}
_COMPLEX = re.compile(r"^([+-]?(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?)?"
                      r"([+-](?:\d+\.?\d*|\.\d+)?(?:[eEdD][+-]?\d+)?)[ij]$")


def _delimiter(text):
    if not isinstance(text, str):
        raise CompatTypeError("the delimiter must be a character vector")
    return _ESCAPES.get(text, text)


def _field(text: str, row: int, column: int, line: str):
    value = text.strip()
    if value == "":
        return 0.0
    try:
        return float(value.replace("D", "E").replace("d", "e"))
    except ValueError:
        pass
    lower = value.lower()
    if lower in ("nan", "+nan", "-nan"):
        return float("nan")
    if lower in ("inf", "+inf", "-inf"):
        return float(lower)
    match = _COMPLEX.match(value.replace(" ", ""))
    if match:
        real = float(match.group(1) or 0)
        imaginary = match.group(2)
        imaginary = float(imaginary + "1" if imaginary in ("+", "-") else imaginary)
        return complex(real, imaginary)
    raise CompatValueError(f"Mismatch between file and format character vector. Trouble "
                           f"reading 'Numeric' field from file (row number {row}, field "
                           f"number {column}) ==> {line}")


def _cell_range(text: str):
    """'A1..B7' (or 'A1:B7') as 0-based [r1, c1, r2, c2]."""
    match = re.fullmatch(r"([A-Za-z]+)(\d+)(?:\.\.|:)([A-Za-z]+)(\d+)", text.strip())
    if not match:
        raise CompatValueError(f"Invalid range '{text}'; use [R1 C1 R2 C2] or 'A1..B7'.")

    def column(letters):
        n = 0
        for ch in letters.upper():
            n = n * 26 + ord(ch) - 64
        return n - 1
    return [int(match.group(2)) - 1, column(match.group(1)),
            int(match.group(4)) - 1, column(match.group(3))]


@matlab_function("dlmread")
def dlmread(filename, delimiter=None, R1=None, C1=None):
    """Read a delimited numeric text file, as MATLAB's ``dlmread``.

    MATLAB call forms::

        M = dlmread(filename)                     ->  dlmread('data.txt')
        M = dlmread(filename, delimiter)          ->  dlmread('data.txt', ';')
        M = dlmread(filename, delimiter, R1, C1)  ->  dlmread(f, ',', 1, 0)
        M = dlmread(filename, delimiter, range)   ->  dlmread(f, ',', [0 1 2 3]) or 'B1..D3'

    Rules: without a delimiter, a comma if the file has one, else white space (runs of
    blanks count as one); a delimiter given explicitly separates at every occurrence (an
    explicit ``' '`` makes two blanks an empty field, as Octave 7.3 reads it; MATLAB's
    documentation does not say); ``'\\t'`` is a tab. Empty fields and the missing fields of short
    rows are 0; ``R1``/``C1`` (0-based) skip rows/columns; ``range`` is
    ``[R1 C1 R2 C2]`` (0-based, inclusive) or spreadsheet ``'A1..B7'``. Complex values
    (``1+2i``) give a complex matrix. Text that is not a number is MATLAB's error
    "Mismatch between file and format character vector..." (skip header rows with R1).

    Empty lines, and blank lines of a white-space-delimited file, add no row (MATLAB's
    dlmwrite page reads back a file with a blank separator row as 8x5; Octave 7.3 agrees).

    Returns a double matrix (``[]``, 0x0, for an empty selection).

    Differences from ``numpy.loadtxt``: loadtxt refuses ragged rows and empty fields and
    has no R1/C1 offsets; MATLAB fills with zeros.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.csv")
    >>> _ = open(path, "w").write("1,2,,4\\n5,6\\n")
    >>> matlab.dlmread(path)
    array([[1., 2., 0., 4.],
           [5., 6., 0., 0.]])
    """
    try:
        with open(filename, "r", encoding="latin-1") as stream:
            lines = stream.read().splitlines()
    except OSError as error:
        raise CompatValueError(f"Could not open file {filename}. "
                               f"{error.strerror or error}") from None
    span = None
    if isinstance(R1, str):
        span = _cell_range(R1)
    elif R1 is not None and not is_omitted(R1) and np.size(R1) == 4:
        span = [int(v) for v in np.ravel(R1)]
    if span is None:
        r1 = 0 if R1 is None or is_omitted(R1) else int(R1)
        c1 = 0 if C1 is None or is_omitted(C1) else int(C1)
    else:
        r1, c1 = span[0], span[1]
    if delimiter is None or is_omitted(delimiter):
        text = "\n".join(lines)
        delimiter = "," if "," in text else None
    else:
        delimiter = _delimiter(delimiter)
    rows = []
    for number, line in enumerate(lines, 1):
        if number - 1 < r1:
            continue
        if span is not None and number - 1 > span[2]:
            break
        if line == "" or (delimiter is None and not line.strip()):
            continue  # empty lines (blank ones between white-space fields) add no row
        fields = line.split() if delimiter is None else line.split(delimiter)
        rows.append([_field(f, number, k + 1, line) for k, f in enumerate(fields)])
    width = max((len(r) for r in rows), default=0)
    is_complex = any(isinstance(v, complex) for r in rows for v in r)
    out = np.zeros((len(rows), width), dtype=complex if is_complex else float)
    for i, row in enumerate(rows):
        out[i, :len(row)] = row
    out = out[:, c1:] if span is None else out[:, c1:span[3] + 1]
    if span is not None and out.shape[1] < span[3] - span[1] + 1:
        pad = np.zeros((out.shape[0], span[3] - span[1] + 1 - out.shape[1]), out.dtype)
        out = np.hstack([out, pad])
    return out if out.size else np.zeros((0, 0))


@matlab_function("csvread")
def csvread(filename, R1=None, C1=None, csv_range=None):
    """Read a comma-separated numeric file, as MATLAB's ``csvread``: ``csvread(f)``,
    ``csvread(f, R1, C1)``, ``csvread(f, R1, C1, [R1 C1 R2 C2])`` -- :func:`dlmread` with
    a comma."""
    if csv_range is not None:
        return dlmread(filename, ",", csv_range)
    return dlmread(filename, ",", R1, C1)


def _atomic_append(filename, text: str, append: bool) -> None:
    if append:
        with open(filename, "a", encoding="latin-1", newline="") as stream:
            stream.write(text)
        return
    write_atomically(filename, lambda stream: stream.write(text), encoding="latin-1")


def _format(value, precision: str) -> str:
    if isinstance(value, complex) or np.iscomplexobj(value):
        real, imag = (precision % v for v in (value.real, value.imag))
        return f"{real}{'' if imag.startswith('-') else '+'}{imag}i"
    text = precision % value
    return {"nan": "NaN", "inf": "Inf", "-inf": "-Inf"}.get(text.strip().lower(), text)


@matlab_function("dlmwrite")
def dlmwrite(filename, M, *args, **name_value):
    """Write a matrix as delimited text, as MATLAB's ``dlmwrite``.

    MATLAB call forms::

        dlmwrite(filename, M)                          ->  dlmwrite('out.csv', M)
        dlmwrite(filename, M, '-append')
        dlmwrite(filename, M, delimiter, row, col)     ->  dlmwrite(f, M, '\\t', 1, 0)
        dlmwrite(filename, M, Name, Value)             ->  dlmwrite(f, M, 'precision', '%.3f',
                                                                    'delimiter', ';')

    Name-value pairs: ``delimiter`` (default ``,``; ``'\\t'`` a tab), ``newline``
    (``'pc'`` CRLF or ``'unix'`` LF, the default here), ``roffset``/``coffset`` (empty rows
    and empty leading fields), ``precision`` (significant digits, or a C format).

    The default precision is **5 significant digits** (``'%.5g'``; MathWorks' dlmwrite
    documentation, quoted in Stack Overflow question 34566724: "The default precision
    is 5 significant digits", so ``pi`` is written 3.1416 and 123456.7 as 1.2346e+05).
    GNU Octave 7.3 writes ``'%.16g'`` by default (recorded divergence). NaN and Inf are
    written NaN, Inf, -Inf; complex values as ``re+imi``. Written atomically unless
    ``-append``.
    """
    options = {"delimiter": ",", "newline": "unix", "roffset": 0, "coffset": 0,
               "precision": 5}
    rest = list(args)
    append = False
    if "-append" in [a for a in rest if isinstance(a, str)]:
        append = True
        rest = [a for a in rest if not (isinstance(a, str) and a == "-append")]
    names = {k.lower() for k in options}
    if rest and isinstance(rest[0], str) and rest[0].lower() not in names:
        options["delimiter"] = rest.pop(0)
        if rest and not isinstance(rest[0], str):
            options["roffset"] = rest.pop(0)
            if rest and not isinstance(rest[0], str):
                options["coffset"] = rest.pop(0)
    if len(rest) % 2:
        raise CompatValueError("name-value arguments must come in pairs")
    for name, value in list(zip(rest[::2], rest[1::2])) + list(name_value.items()):
        key = str(name).lower()
        if key not in names:
            raise CompatValueError(f"unknown parameter name '{name}'")
        options[key] = value
    delimiter = _delimiter(options["delimiter"])
    newline = {"pc": "\r\n", "unix": "\n"}.get(str(options["newline"]).lower())
    if newline is None:
        raise CompatValueError("newline must be 'pc' or 'unix'")
    precision = options["precision"]
    fmt = precision if isinstance(precision, str) else f"%.{int(precision)}g"
    if isinstance(M, str):
        M = np.array([[float(ord(c)) for c in M]])
    matrix = np.asarray(M)
    if matrix.dtype.kind not in "biufc":
        raise CompatTypeError("M must be numeric, logical or char")
    matrix = np.atleast_2d(matrix)
    if matrix.ndim > 2:
        matrix = matrix.reshape(matrix.shape[0], -1, order="F")
    lead = delimiter * int(options["coffset"])
    # the roffset rows hold empty fields, one per column (MATLAB's page: "Empty elements
    # separated by delimiter fill the leading rows and columns"; its -append example prints
    # a row of two blanks above a 3-column block written with ' '; Octave 7.3 agrees)
    blank = delimiter * (int(options["coffset"]) + max(matrix.shape[1] - 1, 0))
    lines = [blank + newline] * int(options["roffset"])
    for row in matrix:
        values = [v.item() if isinstance(v, np.generic) else v for v in row]
        lines.append(lead + delimiter.join(_format(v, fmt) for v in values) + newline)
    _atomic_append(filename, "".join(lines), append)


@matlab_function("csvwrite")
def csvwrite(filename, M, row=0, col=0):
    """Write a comma-separated file, as MATLAB's ``csvwrite(filename, M, row, col)``:
    :func:`dlmwrite` with a comma and its default 5 significant digits ("csvwrite writes a
    maximum of five significant digits", MATLAB's documentation)."""
    dlmwrite(filename, M, ",", row, col)
