"""MATLAB's older text importers: ``textread`` (a format, one output per conversion) and
``importdata`` (numbers with header text into a struct), and ``strread``
(textread on a string).

``textread`` runs on the textscan engine (:mod:`compat._core.matlab_textscan`) with
textread's defaults and output classes; ``importdata`` on the table detection of
:mod:`compat._core.text_import`.
"""

from __future__ import annotations

import os
import re

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_textscan import TextscanOptions, textscan_text
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat._core.text_import import (classify, detect_delimiter, fast_numeric_file,
                                      parse_number, read_head, read_lines, unescape)

__all__ = ["textread", "importdata", "strread"]

_COMMENTS = {"matlab": ("%",), "shell": ("#",), "c": ("/*", "*/"), "c++": ("//",)}
_TEXTREAD_OPTIONS = ("bufsize", "commentstyle", "delimiter", "emptyvalue", "endofline",
                     "expchars", "headerlines", "whitespace")
_INTEGER_CODE = re.compile(r"%(\*?)(\d*)(?:[du](?:8|16|32|64)?|n)")


def _textread_options(pairs) -> tuple[TextscanOptions, float]:
    options = TextscanOptions()
    options.whitespace = " \b\t"
    empty_value = 0.0
    for name, value in pairs:
        key = str(name).lower()
        if key not in _TEXTREAD_OPTIONS:
            raise CompatValueError(f"Unknown option '{name}'.")
        if key == "delimiter":
            text = unescape(str(value))
            options.delimiter = tuple(text) if text else ()
        elif key == "whitespace":
            options.whitespace = str(value).replace("\\b", "\b").replace("\\t", "\t") \
                .replace("\\n", "\n").replace("\\r", "\r")
        elif key == "headerlines":
            options.header_lines = int(value)
        elif key == "commentstyle":
            style = _COMMENTS.get(str(value).lower())
            if style is None:
                raise CompatValueError(f"Invalid comment style '{value}': use 'matlab', "
                                       "'shell', 'c' or 'c++'.")
            options.comment_style = style
        elif key == "emptyvalue":
            empty_value = float(np.asarray(value).ravel()[0])
        elif key == "endofline":
            options.end_of_line = (unescape(str(value)),)
    options.empty_value = empty_value
    return options, empty_value


def _count_and_options(args, name_value) -> tuple:
    """textread's and strread's arguments after the format: an optional repeat count N
    (negative or omitted: until the end), then the param/value pairs (positional and
    keywords) -> ``(repeat, options, empty_value)``."""
    rest = list(args)
    repeat = float("inf")
    if rest and not isinstance(rest[0], str):
        count = rest.pop(0)
        if not is_omitted(count):
            n = float(np.asarray(count).ravel()[0])
            repeat = float("inf") if n < 0 else n
    if len(rest) % 2:
        raise CompatValueError("Param/value pairs must come in pairs.")
    options, empty_value = _textread_options(list(zip(rest[::2], rest[1::2])) +
                                             list(name_value.items()))
    return repeat, options, empty_value


def _numeric_format(fmt: str) -> str:
    """textread reads %d, %u and %n as doubles: read them as %f (the textscan engine
    would give int32/uint32)."""
    return _INTEGER_CODE.sub(lambda m: f"%{m.group(1)}{m.group(2)}f", fmt)


def _all_numbers(text: str, options: TextscanOptions, empty_value: float) -> np.ndarray:
    """textread's empty format: every line's numbers, one row per line, as many columns
    as the first data line has fields."""
    lines = text.split("\n")[options.header_lines:]
    rows = []
    for line in lines:
        for marker in options.comment_style[:1]:
            line = line.split(marker, 1)[0]
        line = line.rstrip("\r")
        if not line.strip(options.whitespace + "\r"):
            continue
        if options.delimiter:
            fields = re.split("|".join(re.escape(d) for d in options.delimiter), line)
        else:
            fields = line.split()
        values = []
        for field in fields:
            token = field.strip(options.whitespace)
            value = empty_value if token == "" else parse_number(token)
            if value is None:
                raise CompatValueError(f"Trouble reading number from file (row "
                                       f"{len(rows) + 1}, field {len(values) + 1}) ==> "
                                       f"{token}")
            values.append(value)
        rows.append(values)
    width = len(rows[0]) if rows else 0
    out = np.full((len(rows), width), empty_value)
    for i, values in enumerate(rows):
        out[i, :min(width, len(values))] = values[:width]
    return out


@matlab_function("textread", nargout=None)
def textread(filename, format="", *args, nargout=None, **name_value):
    r"""Read formatted data from a text file into one output per conversion, as MATLAB's
    ``textread``.

    MATLAB call forms::

        [A, B, ...] = textread(filename, format)         ->  a, b = textread(f, '%s %f')
        [A, B, ...] = textread(filename, format, N)      ->  textread(f, '%f %f', 10)
        [A, B, ...] = textread(___, param, value, ...)   ->  'headerlines', 1,
                                                              'delimiter', ','
        A = textread(filename, '', ...)                  ->  the numbers as a matrix

    The format is applied again and again (``N`` times when given and positive) to
    fields separated by white space (``whitespace``, default blank, backspace and tab;
    runs count as one) and the ``delimiter`` characters (each one significant: two in a
    row make an empty field). Outputs, one per conversion not marked ``*``: ``%d``,
    ``%u``, ``%f``, ``%n`` give double columns (MATLAB's documented "Output: double
    array" for all four), ``%s``, ``%q`` (quotes removed) and ``%[...]``/``%[^...]``
    cell columns (lists of str), ``%c`` a column of characters; other text in the format
    must match the file (``'Level%d'``). Options: ``headerlines`` (lines skipped first),
    ``delimiter``, ``whitespace``, ``commentstyle`` ('matlab' %, 'shell' #, 'c'
    /* ... */, 'c++' //), ``emptyvalue`` (the value of an empty numeric field between
    delimiters; default 0, as MATLAB documents), ``endofline``; ``bufsize`` and
    ``expchars`` are accepted and ignored. An empty format reads every number of the
    file into a matrix with one row per line and as many columns as the first line has
    fields. A field that does not match its conversion is an error ("Trouble reading
    number from file ..."), unlike textscan, which stops and returns what it read.

    ``nargout``: the number of outputs; the default (None) returns every conversion (a
    tuple when there are several), which is what a Python caller unpacks; MATLAB
    requires the count to match ("Number of outputs must match the number of unskipped
    input fields.").

    GNU Octave 7.3's textread differs from MATLAB in recorded ways (golden suite
    ``matlab/importing``): it returns int32 for ``%d``, NaN instead of the default
    emptyvalue 0, ignores ``emptyvalue`` with an empty format, and has no ``%q``,
    ``%c`` or ``%[...]``. Large files with a numeric-only format (``'%f %f %*f'``),
    default white space, one delimiter character and one-line comments are read by
    numpy's C parser (the same values, much faster); anything else by the general
    reader.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "scan1.dat")
    >>> _ = open(path, "w").write("Sally Level1 12.34 45 1.23e10 inf NaN Yes\n")
    >>> matlab.textread(path, '%s Level%d %f %*[^\n]')
    (['Sally'], array([[1.]]), array([[12.34]]))
    """
    repeat, options, empty_value = _count_and_options(args, name_value)
    if not isinstance(format, str):
        raise CompatTypeError("The format must be a character vector.")
    fast = _fast_columns(filename, format, repeat, options)
    if fast is not None:
        return _outputs(fast, nargout)
    try:
        with open(filename, "rb") as stream:
            text = stream.read().decode("utf-8", errors="replace")
    except (OSError, TypeError):
        raise CompatValueError(f"File not found: {filename}") from None
    text = text.replace("\r\n", "\n")
    if not format.strip():
        out = _all_numbers(text, options, empty_value)
        if nargout not in (None, 1):
            raise CompatValueError("Number of outputs must match the number of unskipped "
                                   "input fields.")
        return out
    return _formatted(text, format, repeat, options, empty_value, nargout, pad=True)


def _formatted(text, format, repeat, options, empty_value, nargout, *, pad):
    """textread's (and strread's) formatted reading of ``text``: header lines and
    comments removed, the textscan engine with %d/%u/%n read as doubles, an error at a
    field that does not convert, columns padded to equal length with ``empty_value``
    when ``pad``."""
    text = _strip_comments("\n".join(text.split("\n")[options.header_lines:]),
                           options.comment_style)
    options.header_lines, options.comment_style = 0, ()
    columns, position = textscan_text(text, _numeric_format(format), repeat, options)
    consumed = text[position:]
    lengths = [len(c) for c in columns]
    if repeat == float("inf") and consumed.strip(options.whitespace + "\n\r"):
        rows = min(lengths, default=0)
        field = sum(1 for n in lengths if n > rows) + 1
        line = consumed.lstrip(options.whitespace + "\n\r").split("\n", 1)[0]
        raise CompatValueError(f"Trouble reading number from file (row {rows + 1}, field "
                               f"{field}) ==> {line}")
    if pad and len(set(lengths)) > 1:
        size = max(lengths)
        columns = [_pad(c, size, empty_value) for c in columns]
    return _outputs([_textread_column(c) for c in columns], nargout)


def _outputs(columns, nargout):
    outputs = tuple(columns)
    if nargout is None:
        return outputs[0] if len(outputs) == 1 else outputs
    if nargout != len(outputs):
        raise CompatValueError("Number of outputs must match the number of unskipped input "
                               "fields.")
    return outputs[0] if nargout == 1 else outputs


_NUMERIC_CODE = re.compile(r"%(\*?)[fdun]")


def _fast_columns(filename, format, repeat, options):
    """The double columns of a plain numeric file read by numpy's C parser, for a format
    of numeric conversions only (``'%f %f %*f'``) with textread's default white space,
    a one-character delimiter and one-line comments; None when anything else is asked
    for or the file is not a plain table (the general reader then decides)."""
    codes = format.split()
    if repeat != float("inf") or not codes or \
            not all(_NUMERIC_CODE.fullmatch(c) for c in codes) or \
            options.whitespace != " \b\t" or len(options.delimiter) > 1 or \
            len(options.comment_style) > 1 or options.end_of_line != \
            TextscanOptions().end_of_line or not isinstance(filename, (str, os.PathLike)):
        return None
    if not os.path.isfile(filename) or os.path.getsize(filename) < (1 << 16):
        return None
    values = fast_numeric_file(filename, options.header_lines,
                               options.delimiter[0] if options.delimiter else None,
                               options.comment_style[0] if options.comment_style else None)
    if values is None or values.shape[1] != len(codes) or not values.shape[0]:
        return None
    return [values[:, [k]] for k, code in enumerate(codes) if not code.startswith("%*")]


def _strip_comments(text: str, style: tuple) -> str:
    if not style:
        return text
    if len(style) == 1:
        return re.sub(re.escape(style[0]) + r"[^\n]*", "", text)
    return re.sub(re.escape(style[0]) + r".*?" + re.escape(style[1]), " ", text, flags=re.S)


def _pad(column, size, empty_value):
    if isinstance(column, list):
        return column + [""] * (size - len(column))
    pad = np.full((size - column.shape[0], 1), empty_value if column.dtype.kind == "f"
                  else " ", dtype=column.dtype)
    return np.vstack([column, pad])


def _textread_column(column):
    if isinstance(column, list):
        return list(column)
    if column.dtype.kind == "U":
        return column
    return column.astype(np.float64)


# ----------------------------------------------------------------------- importdata
class ImportdataResult(Result):
    """``[A, delimiterOut, headerlinesOut] = importdata(...)``."""

    request_style = "nargout"
    A: object
    delimiterOut: str
    headerlinesOut: float


def _fields(line: str, delimiter: str | None) -> list[str]:
    return line.split() if delimiter is None else [f.strip() for f in line.split(delimiter)]


def _numeric_line(fields: list[str], first_text: bool) -> bool:
    kinds = [classify(f) for f in (fields[1:] if first_text else fields)]
    return "number" in kinds and "text" not in kinds


@matlab_function("importdata", nargout=3)
def importdata(filename, delimiterIn=None, headerlinesIn=None, *, nargout=1):
    r"""Load numbers (and their header text) from a text file, as MATLAB's ``importdata``.

    MATLAB call forms::

        A = importdata(filename)                          ->  importdata('data.txt')
        A = importdata(filename, delimiterIn)             ->  importdata(f, ',')
        A = importdata(filename, delimiterIn, headerlinesIn)  ->  importdata(f, ' ', 1)
        [A, delimiterOut, headerlinesOut] = importdata(___)   ->  nargout=3

    Text files: the delimiter is detected when not given (``delimiterOut``: ``','``,
    ``'\t'``, ``';'``, ``'|'`` or ``' '`` for white space), and so are the header lines
    (the lines before the first line of numbers; ``headerlinesOut``). The numbers are
    read from there until the first line that is not numbers (MATLAB's Support answer
    99207: a second block of column headers ends ``data``); empty fields are NaN.

    Returns the double matrix alone when the file has no header lines and no text; else
    a struct (:class:`compat.MatlabStruct`) with ``data`` (the matrix), ``textdata``
    (a cell of the header text: one row per header line, split at the delimiter; a
    flat list for one line; row header text below it), ``colheaders`` (a flat list,
    when the last header line has one name per data column) and ``rowheaders`` (when the
    lines start with a text field: that text, one per data row). A ``.mat`` file gives
    :func:`load`'s variables (the value itself when the file holds one variable). A
    text file without numbers gives its nonempty lines as a cell (a list of str).

    MATLAB splits a column-header line into ``textdata`` ({'H1' 'H2' 'H3' 'H4'} in the
    Support answer); GNU Octave 7.3 keeps the whole line as one cell (recorded
    divergence). Images, audio and spreadsheets are not read (use imread-like
    libraries).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "myfile01.txt")
    >>> _ = open(path, "w").write("Day1 Day2\n95.01 76.21\n23.11 45.65\n")
    >>> A = matlab.importdata(path, ' ', 1)
    >>> A.data
    array([[95.01, 76.21],
           [23.11, 45.65]])
    >>> A.colheaders
    ['Day1', 'Day2']
    """
    if not isinstance(filename, str):
        raise CompatTypeError("filename must be a character vector")
    if os.path.splitext(filename)[1].lower() == ".mat":
        from compat._core.matfile import read_mat
        if not os.path.exists(filename):
            raise CompatValueError(f"Unable to open file '{filename}'.")
        variables = read_mat(filename)
        value = next(iter(variables.values())) if len(variables) == 1 else \
            MatlabStruct(variables)
        return ImportdataResult.first(nargout, value, "", 0.0)
    if not os.path.exists(filename):
        raise CompatValueError(f"Unable to open file '{filename}'.")
    # a large file: detection on its head, then the numbers by numpy's C parser when
    # they are a plain table; otherwise (and for small files) the field-by-field reader
    lines, complete = read_head(filename)
    while True:
        if delimiterIn is None or is_omitted(delimiterIn):
            delimiter = detect_delimiter(lines)
        else:
            if not isinstance(delimiterIn, str):
                raise CompatTypeError("delimiterIn must be a character such as ',' or '\\t'")
            delimiter = unescape(delimiterIn)
            delimiter = None if delimiter == " " else delimiter
        nonempty = [(i, line) for i, line in enumerate(lines) if line.strip()]
        split = [_fields(line, delimiter) for _, line in nonempty]
        first_text = False
        if headerlinesIn is None or is_omitted(headerlinesIn):
            header = next((k for k, f in enumerate(split) if _numeric_line(f, False)), None)
            if header is None:   # maybe row headers: a text first field
                header = next((k for k, f in enumerate(split) if len(f) > 1 and
                               _numeric_line(f, True)), len(split))
            header_lines = nonempty[header][0] if header < len(nonempty) else len(lines)
        else:
            header_lines = int(headerlinesIn)
            header = sum(1 for i, _ in nonempty if i < header_lines)
        body = split[header:]
        if body:
            first_text = classify(body[0][0]) == "text" and len(body[0]) > 1
        if not complete:
            fast = None
            if header < len(split) and not first_text:
                fast = fast_numeric_file(filename, header_lines, delimiter)
            if fast is not None and fast.shape[1] == len(body[0]):
                data, row_headers = fast, []
                break
            lines, complete = read_lines(filename), True
            continue
        rows, row_headers = [], []
        for fields in body:
            if not _numeric_line(fields, first_text) and not all(
                    classify(f) == "empty" for f in fields[1 if first_text else 0:]):
                break
            if first_text:
                row_headers.append(fields[0])
                fields = fields[1:]
            rows.append([np.nan if classify(f) != "number" else parse_number(f)
                         for f in fields])
        width = max((len(r) for r in rows), default=0)
        data = np.full((len(rows), width), np.nan)
        for i, values in enumerate(rows):
            data[i, :len(values)] = values
        break
    width = data.shape[1]
    delimiter_out = " " if delimiter is None else delimiter
    if not data.shape[0] and not row_headers:
        # no numbers at all: the file's nonempty lines as a cell column (Octave 7.3 does
        # the same; MATLAB Answers reports a 4x1 cell for a text-only file)
        return ImportdataResult.first(nargout, [line for _, line in nonempty],
                                      delimiter_out, float(header_lines))
    header_text = split[:header]
    if not header_text and not row_headers:
        return ImportdataResult.first(nargout, data, delimiter_out, float(header_lines))
    textdata = [list(f) for f in header_text]
    span = max([len(f) for f in textdata] + [1])
    textdata = [f + [""] * (span - len(f)) for f in textdata]
    textdata += [[h] + [""] * (span - 1) for h in row_headers]
    if len(textdata) == 1:
        textdata = textdata[0]
    elif span == 1:
        textdata = [row[0] for row in textdata]
    result = MatlabStruct(data=data, textdata=textdata)
    if header_text:
        names = header_text[-1]
        if first_text and len(names) == width + 1:
            names = names[1:]
        if len(names) == width:
            result["colheaders"] = list(names)
    if row_headers:
        result["rowheaders"] = list(row_headers)
    return ImportdataResult.first(nargout, result, delimiter_out, float(header_lines))


# ------------------------------------------------------------------------ strread
@matlab_function("strread", nargout=None)
def strread(str, format=None, *args, nargout=None, **name_value):  # noqa: A002
    r"""Read formatted data from a string into one output per conversion, as MATLAB's
    ``strread`` (deprecated in MATLAB in favour of textscan).

    MATLAB call forms::

        A = strread(str)                          the numbers as a 1-by-N row (one row
                                                  per line)
        [A, B, ...] = strread(str)                ->  strread(s, nargout=k): one number
                                                  per output per repetition
        [A, B, ...] = strread(str, format)        ->  a, b = strread(s, '%s %f')
        [A, B, ...] = strread(str, format, N)     ->  the format applied N times (-1: all)
        [A, B, ...] = strread(___, param, value)  ->  'delimiter', ',', 'emptyvalue', NaN

    The reading is textread's on the text of ``str`` (the same engine,
    :mod:`compat._core.matlab_textscan`, and options: ``delimiter``, ``whitespace``,
    ``commentstyle``, ``emptyvalue``, ``endofline``, ``headerlines``; ``bufsize`` and
    ``expchars`` ignored): fields separated by white space and the delimiter characters,
    ``%d``, ``%u``, ``%f``, ``%n`` giving double columns, ``%s``, ``%q``, ``%[...]`` cell
    columns (lists of str), ``%c`` characters, ``%*...`` skipped, widths honoured
    (``'%3.1f %*1d'`` reads ``0.41`` as 0.4 and skips the 1), literals matched.

    MATLAB's strread rules kept: without a format (or with ``''``) one output gets the
    numbers as a matrix with one row per line -- a 1-by-N row for one line, as the
    reference page prints -- and k outputs read one number each per repetition of the
    format (``'%f'`` k times); the columns are padded with ``emptyvalue`` (default 0) to
    equal length only when the string ends with a newline, as the reference page's Tips
    say (``strread(sprintf('5,7,1,9\n'), '%d%d%d', 'delimiter', ',', 'emptyvalue',
    NaN)`` gives A = [5; 9], B = [7; NaN], C = [1; NaN]; without the newline B and C stay
    1-by-1). A field that does not match its conversion is an error ("Trouble reading
    number ..."). ``nargout`` as textread: None returns every conversion.

    Differences from ``str.split``/``numpy.fromstring``: the format's typed columns,
    the recycling of the format, MATLAB's empty fields between delimiters. GNU Octave
    7.3's strread returns a column for ``strread(str)``, int32 for ``%d``, and ignores
    ``emptyvalue`` in the padding (golden suite ``matlab/strread``).

    Examples
    --------
    >>> from compat import matlab
    >>> s = '0.41 8.24 3.57 6.24 9.27'
    >>> matlab.strread(s)
    array([[0.41, 8.24, 3.57, 6.24, 9.27]])
    >>> matlab.strread(s, '%4.2f', 3).ravel()
    array([0.41, 8.24, 3.57])
    >>> matlab.strread(s, '%3.1f %*1d').ravel()
    array([0.4, 8.2, 3.5, 6.2, 9.2])
    >>> matlab.strread('abc 1 def 2', '%s %f')
    (['abc', 'def'], array([[1.],
           [2.]]))
    """
    if not isinstance(str, (type(""), bytes)):
        raise CompatTypeError("STR must be a character vector.")
    text = str.decode("latin-1") if isinstance(str, bytes) else str
    repeat, options, empty_value = _count_and_options(args, name_value)
    if format is None or is_omitted(format):
        format = ""
    if not isinstance(format, type("")):
        raise CompatTypeError("The format must be a character vector.")
    text = text.replace("\r\n", "\n")
    if not format.strip():
        if nargout in (None, 1):
            lines = text.split("\n")
            if repeat != float("inf"):
                lines = lines[:options.header_lines + int(repeat)]
            return _all_numbers("\n".join(lines), options, empty_value)
        format = " ".join(["%f"] * nargout)
    return _formatted(text, format, repeat, options, empty_value, nargout,
                      pad=text.endswith("\n"))
