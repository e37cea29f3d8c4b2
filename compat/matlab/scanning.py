"""MATLAB's formatted input: ``sscanf`` (text), ``fscanf`` (an open file) and
``textscan``, over the scanning engines :mod:`compat._core.matlab_scan` and
:mod:`compat._core.matlab_textscan`."""

from __future__ import annotations

import numpy as np

from compat._core import file_units
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_scan import parse_scan_format, scan, shaped, value_limit
from compat._core.matlab_textscan import TextscanOptions, textscan_text
from compat._core.results import Result

__all__ = ["sscanf", "fscanf", "textscan"]


class SscanfResult(Result):
    """``[A, count, errmsg, nextindex] = sscanf(...)``."""

    request_style = "nargout"
    A: object
    count: float
    errmsg: str
    nextindex: float


class FscanfResult(Result):
    """``[A, count] = fscanf(...)``."""

    request_style = "nargout"
    A: object
    count: float


def _result(outcome, size):
    if outcome.text_only:
        text = "".join(chr(v) for v in outcome.values)
        if size is None or np.size(size) == 1:
            return text
        codes = shaped([float(v) for v in outcome.values], size, np.float64)
        return np.array(["".join(chr(int(c)) for c in row) for row in codes])
    dtype = np.int64 if outcome.int64 == "int64" else \
        np.uint64 if outcome.int64 == "uint64" else np.float64
    return shaped(outcome.values, size, dtype)


def _size(sizeA):
    return None if sizeA is None or is_omitted(sizeA) else sizeA


def _scanned_text(str_) -> str:
    """The characters sscanf reads: a char row as it is; a char matrix (an array of
    equal-length str rows) in column order, as MATLAB's sscanf page says ("If str is a
    character array with more than one row, sscanf reads the characters in column
    order"; GNU Octave 7.3 agrees)."""
    if isinstance(str_, str):
        return str_
    if isinstance(str_, np.ndarray) and str_.dtype.kind == "U":
        rows = [str(row) for row in np.ravel(str_)]
        if len(rows) == 1:
            return rows[0]
        if len({len(row) for row in rows}) == 1:
            return "".join("".join(column) for column in zip(*rows))
    if isinstance(str_, np.ndarray) and str_.dtype.kind == "T" and str_.size == 1 and \
            isinstance(str_.ravel()[0], str):        # a string scalar: its text
        return str(str_.ravel()[0])
    raise CompatTypeError("First argument must be a text scalar.")


@matlab_function("sscanf", nargout=4)
def sscanf(str_, formatSpec, sizeA=None, *, nargout=1):
    """Read formatted data from text, as MATLAB's ``sscanf``.

    MATLAB call forms::

        A = sscanf(str, formatSpec)              ->  sscanf('1 2 3', '%d')
        A = sscanf(str, formatSpec, sizeA)       ->  sscanf(s, '%f', [2, np.inf])
        [A, count, errmsg, nextindex] = sscanf(___)
                                                 ->  sscanf(s, '%f', nargout=4)

    The format is applied again and again until the text is used up or a conversion
    fails (see :mod:`compat._core.matlab_scan` for the conversions). ``A`` is a double
    column (``sizeA`` n or Inf) or an m-by-n matrix filled in column order and padded with
    zeros (``[m n]``, n may be Inf); text read by ``%s``/``%c`` is stored as character
    codes, unless *every* conversion reads text, when ``A`` is text (a ``str``). ``%ld``
    and ``%lu`` give int64/uint64 (exact beyond 2^53; GNU Octave 7.3 returns double
    there, a recorded divergence). ``count`` is the number of values stored, ``errmsg``
    '' or the reason scanning stopped early, ``nextindex`` the 1-based index of the first
    character not read.

    Differences from the naive Python call: ``np.fromstring(s, sep=' ')``/``str.split``
    do not recycle a format with literal text (``'x=%f y=%f'``), stop on the first bad
    token with an error instead of returning what was read, and never read hexadecimal,
    octal, fixed-width fields or character sets.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.sscanf('1,2,3', '%d,')
    array([[1.],
           [2.],
           [3.]])
    >>> matlab.sscanf('x=1.5 y=2', 'x=%f y=%f').ravel()
    array([1.5, 2. ])
    >>> matlab.sscanf('hello world', '%s')
    'helloworld'
    >>> matlab.sscanf('10 20 x', '%f', nargout=4)[1:]
    (2.0, 'Matching failure in format.', 7.0)
    """
    text = _scanned_text(str_)
    items = parse_scan_format(formatSpec)
    size = _size(sizeA)
    outcome = scan(text, items, value_limit(size))
    return SscanfResult.first(nargout, _result(outcome, size), float(outcome.count),
                              outcome.message, float(outcome.next_index + 1))


def _rest_of_file(fileID):
    """``(entry, start, text)``: the open file's unit, its position and the text from
    there to the end (decoded in the file's encoding)."""
    try:
        entry = file_units.unit("matlab", int(fileID))
    except (TypeError, ValueError):
        raise CompatValueError("Invalid file identifier. Use fopen to generate a valid "
                               "file identifier.") from None
    start = entry.stream.tell()
    return entry, start, entry.stream.read().decode(entry.encoding, errors="replace")


def _consumed(entry, start, text, index):
    """Leave the file just after the first ``index`` characters of ``text`` (read from
    ``start``), at end-of-file when they are all of it."""
    entry.stream.seek(start + len(text[:index].encode(entry.encoding, errors="replace")))
    if index >= len(text):
        entry.options["eof"] = True


@matlab_function("fscanf", nargout=2)
def fscanf(fileID, formatSpec, sizeA=None, *, nargout=1):
    """Read formatted data from an open file, as MATLAB's ``fscanf``.

    MATLAB call forms::

        A = fscanf(fileID, formatSpec)           ->  fscanf(fid, '%f')
        A = fscanf(fileID, formatSpec, sizeA)    ->  fscanf(fid, '%d %d', [2, np.inf])
        [A, count] = fscanf(___)

    Scans from the file's current position with :func:`sscanf`'s rules and leaves the
    position after the last character read (so a following ``fgetl`` goes on from there);
    the end-of-file indicator is set when the text ran out. Text is decoded with the
    file's encoding (``fopen``'s encodingIn).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "t.txt")
    >>> _ = open(path, "w").write("1 2\\n3 4\\n5 6\\n")
    >>> fid = matlab.fopen(path)
    >>> matlab.fscanf(fid, '%d %d', [2, np.inf])
    array([[1., 3., 5.],
           [2., 4., 6.]])
    >>> matlab.fclose(fid)
    0.0
    """
    entry, start, text = _rest_of_file(fileID)
    items = parse_scan_format(formatSpec)
    size = _size(sizeA)
    outcome = scan(text, items, value_limit(size))
    _consumed(entry, start, text, outcome.next_index)
    return FscanfResult.first(nargout, _result(outcome, size), float(outcome.count))


class TextscanResult(Result):
    """``[C, position] = textscan(...)``."""

    request_style = "nargout"
    C: list
    position: float


_ESCAPES = {"\\t": "\t", "\\n": "\n", "\\r": "\r", "\\b": "\b", "\\\\": "\\"}


def _unescape(text: str) -> str:
    for escape, char in _ESCAPES.items():
        text = text.replace(escape, char)
    return text


def _strings(value, name):
    if isinstance(value, str):
        return (_unescape(value),)
    if isinstance(value, (list, tuple, np.ndarray)):
        return tuple(_unescape(str(v)) for v in np.ravel(np.asarray(value, dtype=object)))
    raise CompatTypeError(f"{name} must be text or a cell array of text")


def _text_list(name):
    return lambda value: _strings(value, name)


# textscan's name-value options: the TextscanOptions field each sets and how its value
# is read; None for the options MATLAB accepts that make no difference here
_OPTIONS = {
    "delimiter": ("delimiter", _text_list("Delimiter")),
    "whitespace": ("whitespace", lambda value: _unescape(str(value))),
    "headerlines": ("header_lines", int),
    "commentstyle": ("comment_style", _text_list("CommentStyle")),
    "endofline": ("end_of_line", _text_list("EndOfLine")),
    "multipledelimsasone": ("multiple_delims_as_one", bool),
    "emptyvalue": ("empty_value", float),
    "treatasempty": ("treat_as_empty", _text_list("TreatAsEmpty")),
    "collectoutput": ("collect_output", bool),
    "returnonerror": ("return_on_error", bool),
    "bufsize": None, "expchars": None, "datetimelocale": None, "datelocale": None,
    "texttype": None,
}


def _options(pairs) -> TextscanOptions:
    options = TextscanOptions()
    for name, value in pairs:
        key = str(name).lower()
        if key not in _OPTIONS:
            raise CompatValueError(f"Unknown name-value argument '{name}'.")
        if _OPTIONS[key] is not None:
            field, read = _OPTIONS[key]
            setattr(options, field, read(value))
    return options


@matlab_function("textscan", nargout=2)
def textscan(source, formatSpec="%f", *args, nargout=1, **name_value):
    r"""Read formatted fields into columns, as MATLAB's ``textscan``.

    MATLAB call forms::

        C = textscan(fileID, formatSpec)           ->  C = textscan(fid, '%s %f')
        C = textscan(chr, formatSpec)              ->  textscan('1,2\n3,4', '%f %f',
                                                                'Delimiter', ',')
        C = textscan(___, N)                       ->  textscan(fid, '%f', 10)
        C = textscan(___, Name, Value)             ->  'HeaderLines', 1, 'CommentStyle', '%'
        [C, position] = textscan(___)

    Returns ``C``, a list (MATLAB's 1-by-n cell array) with one column per stored
    conversion: numeric columns as (k, 1) arrays of the conversion's class (``%f``
    double, ``%f32`` single, ``%d`` int32, ``%u8`` uint8 ...), ``%s``/``%q`` columns as
    lists of str, ``%c`` as a (k, 1) array of characters; with ``CollectOutput``
    consecutive columns of one class are joined into a matrix. ``position`` is the
    number of characters read. From a file, reading starts at the current position and
    leaves the position after the text read. Rules and options:
    :mod:`compat._core.matlab_textscan`.

    Differences from ``numpy.genfromtxt``/``pandas.read_csv``: those read a whole
    rectangular table with one dtype per column inferred from the data; textscan types
    each column by its conversion, recycles the format over fields (not lines), skips
    literal text, and stops at the first field it cannot convert, returning what it read.

    Examples
    --------
    >>> from compat import matlab
    >>> C = matlab.textscan('a,1.5\nbb,2\n', '%s %f', 'Delimiter', ',')
    >>> C[0], C[1].ravel()
    (['a', 'bb'], array([1.5, 2. ]))
    """
    rest = list(args)
    repeat = float("inf")
    if rest and not isinstance(rest[0], str):
        count = rest.pop(0)
        if not is_omitted(count):
            repeat = float(np.asarray(count).ravel()[0])
    if len(rest) % 2:
        raise CompatValueError("name-value arguments must come in pairs")
    options = _options(list(zip(rest[::2], rest[1::2])) + list(name_value.items()))
    if isinstance(source, str):
        columns, position = textscan_text(source, formatSpec, repeat, options)
        return TextscanResult.first(nargout, columns, float(position))
    entry, start, text = _rest_of_file(source)
    columns, position = textscan_text(text, formatSpec, repeat, options)
    _consumed(entry, start, text, position)
    return TextscanResult.first(nargout, columns, float(position))
