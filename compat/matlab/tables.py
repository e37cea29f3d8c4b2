"""MATLAB's table-oriented import: ``readmatrix``, ``readcell`` and ``readtable``
(the writers ``writematrix``, ``writecell``, ``writetable`` are in
:mod:`compat.matlab.table_writing`; what both share in :mod:`compat.matlab._tables`).

Text files (``.txt``, ``.dat``, ``.csv`` or ``'FileType', 'text'``) and Excel workbooks
(``.xlsx``/``.xlsm``/``.xltx``/``.xltm`` or ``'FileType', 'spreadsheet'``: their cells go
through :mod:`compat.matlab.spreadsheets` to the same detection and table building;
optional extra ``compat[excel]``). The detection of delimiter, header lines and column
types is :mod:`compat._core.text_import`'s.
``readtable`` returns a pandas DataFrame (the optional extra
``compat[tables]``: pandas is imported only by it).
"""

from __future__ import annotations

import gc

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, to_int
from compat._core.text_import import (SAMPLE, apply_range, detect_delimiter, detect_layout,
                                      fast_numeric_file, numeric_matrix,
                                      parse_number, read_head,
                                      parse_range, read_lines, split_rows, unescape,
                                      unique_names, valid_name)
from compat.matlab._tables import DELIMITER_NAMES as _DELIMITER_NAMES
from compat.matlab._tables import file_type as _file_type
from compat.matlab._tables import pairs as _pairs
from compat.matlab._tables import require_pandas as _pandas

__all__ = ["readmatrix", "readcell", "readtable", "missing"]


class _Missing:
    """MATLAB's ``missing`` value (what ``readcell`` puts in an empty field): one object,
    shown as ``<missing>``, false in a test."""

    _instance = None

    def __new__(cls):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __repr__(self):
        return "<missing>"

    def __bool__(self):
        return False

    def __reduce__(self):
        return (_Missing, ())


#: MATLAB's ``missing``: the value of an empty field in :func:`readcell`'s result
missing = _Missing()


def _delimiter(value):
    """A Delimiter argument as None (white space), one string, or a tuple of them."""
    if value is None:
        return None
    if isinstance(value, (list, tuple)) or (isinstance(value, np.ndarray) and
                                            value.dtype.kind in "UO"):
        items = tuple(_DELIMITER_NAMES.get(str(v), unescape(str(v)))
                      for v in np.ravel(np.asarray(value, dtype=object)))
        return items[0] if len(items) == 1 else items
    if not isinstance(value, str):
        raise CompatTypeError("Delimiter must be text such as ',' or '\\t'")
    text = _DELIMITER_NAMES.get(value.lower(), unescape(value))
    return None if text == " " else text


def _split_multi(lines, delimiters, limit=None):
    import re
    pattern = re.compile("|".join(re.escape(d) for d in sorted(delimiters, key=len,
                                                                reverse=True)))
    rows, numbers = [], []
    for number, line in enumerate(lines, 1):
        if line.strip():
            if limit is not None and len(rows) >= limit:
                break
            rows.append([f.strip() for f in pattern.split(line)])
            numbers.append(number)
    return rows, numbers


def _header_count(value) -> int | None:
    if value is None or is_omitted(value):
        return None
    count = float(np.asarray(value).ravel()[0])
    if count < 0 or count != int(count):
        raise CompatValueError("NumHeaderLines must be a nonnegative integer.")
    return int(count)


def _strings(value) -> tuple:
    if value is None or is_omitted(value):
        return ()
    if isinstance(value, str):
        return (value,)
    return tuple(str(v) for v in np.ravel(np.asarray(value, dtype=object)))


def _grid(filename, options, *, detect_header=True, lines=None, sample=False):
    """(lines, rows, numbers, layout, delimiter) of a text file under readmatrix-style
    options. ``sample=True`` splits only the lines detection looks at (the header lines
    and the first 250 nonempty lines after them): enough for the fast numeric path,
    which reads the rest with numpy; pass the ``lines`` back for the full split."""
    if lines is None:
        lines = read_lines(filename, options.get("Encoding") or "utf-8")
        comment = _strings(options.get("CommentStyle"))
        if comment:
            lines = [line.split(comment[0], 1)[0] if comment[0] in line else line
                     for line in lines]
    delimiter = options.get("Delimiter")
    if delimiter is None:
        delimiter = detect_delimiter(lines)
    else:
        delimiter = _delimiter(delimiter)
    header = _header_count(options.get("NumHeaderLines"))
    limit = (header or 0) + 2 * SAMPLE if sample else None
    if isinstance(delimiter, tuple):
        rows, numbers = _split_multi(lines, delimiter, limit)
    else:
        rows, numbers = split_rows(lines, delimiter, limit)
    if header is not None:
        # NumHeaderLines counts lines of the file, empty ones included
        skip = sum(1 for n in numbers if n <= header)
        layout = detect_layout(rows, skip)
    elif detect_header:
        layout = detect_layout(rows)
    else:
        layout = detect_layout(rows, 0)
    return lines, rows, numbers, layout, delimiter


def _output(values: np.ndarray, output_type: str, fields=None):
    kind = str(output_type).lower()
    if kind == "double":
        return values
    if kind == "single":
        return values.astype(np.float32)
    if kind in INT_CLASSES:
        return to_int("readmatrix", values, kind)
    if kind in ("char", "string"):
        if fields is None:
            raise CompatValueError("OutputType 'char'/'string' needs the text of the fields")
        return fields
    raise CompatValueError(f"Invalid OutputType '{output_type}'. Use 'double', 'single', "
                           f"an integer class, 'char' or 'string'.")


def _text_fields(rows, width) -> np.ndarray:
    out = np.full((len(rows), width), "", dtype=object)
    for i, row in enumerate(rows):
        out[i, :min(width, len(row))] = row[:width]
    return out.astype(str) if out.size else np.zeros((len(rows), width), dtype="<U1")


_READ_OPTIONS = {"FileType": None, "NumHeaderLines": None, "Delimiter": None, "Sheet": None,
                 "Range": None, "OutputType": "double", "TreatAsMissing": None,
                 "Encoding": None, "CommentStyle": None, "ExpectedNumVariables": None}


# ------------------------------------------------------------------------ readmatrix
@matlab_function("readmatrix")
def readmatrix(filename, *args, **name_value):
    r"""Read a matrix from a delimited text file, as MATLAB's ``readmatrix``.

    MATLAB call forms::

        A = readmatrix(filename)                     ->  readmatrix('data.csv')
        A = readmatrix(filename, Name, Value)        ->  readmatrix(f, 'NumHeaderLines', 2)
                                                          readmatrix(f, 'Range', 'B2:D10')

    Name-value arguments: ``FileType`` ('text'), ``NumHeaderLines`` (lines of the file to
    skip; default: detected), ``Delimiter`` (default: detected; ``','``, ``'\t'``,
    ``'tab'``, ``'space'``, ``'semi'``, ``'bar'``, or a cell of several), ``Range``
    (``'A1'`` start cell, ``'B2:D5'``, ``'2:5'`` rows, ``'B:D'`` columns, ``[r c]``,
    ``[r1 c1 r2 c2]``, 1-based and counted over the nonempty lines of the file, header
    included; detection of header lines is then off), ``OutputType`` ('double' default,
    'single', an integer class with MATLAB's rounding and saturation, 'char'/'string'
    for the text of the fields), ``TreatAsMissing`` (text read as missing, NaN),
    ``Encoding``, ``CommentStyle``, ``ExpectedNumVariables`` (accepted, ignored).

    Rules (MATLAB's documentation of readmatrix and detectImportOptions; detection as
    :mod:`compat._core.text_import` states it): delimiter, header lines and number of
    columns are detected from the first 250 nonempty lines; the header lines (title,
    variable names) are skipped; a field that is empty, missing or not a number is NaN
    ("For files containing mixed numeric and text data, readmatrix imports the data as a
    numeric array by default"); short rows are filled with NaN; empty lines are skipped.

    Differences from ``numpy.loadtxt``/``numpy.genfromtxt``: those need the delimiter and
    the number of header rows, and refuse text or (loadtxt) empty fields; readmatrix
    finds them and turns anything unreadable into NaN. Same from ``dlmread``, which
    reads empty fields as 0 and errors on text.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> _ = open(path, "w").write("x,y,z\n1,2,3\n4,,six\n")
    >>> matlab.readmatrix(path)
    array([[ 1.,  2.,  3.],
           [ 4., nan, nan]])
    """
    options = _pairs("readmatrix", list(args), name_value, _READ_OPTIONS)
    if _file_type(filename, options["FileType"]):
        from compat.matlab.spreadsheets import sheet_matrix
        return _output(sheet_matrix(filename, options, _strings(options.get("TreatAsMissing"))),
                       output_type=options["OutputType"])
    span = options["Range"]
    ranged = span is not None and not is_omitted(span)
    output_type = options["OutputType"]
    missing_text = _strings(options["TreatAsMissing"])
    encoding = options["Encoding"] or "utf-8"
    comment = _strings(options["CommentStyle"])
    head, complete = read_head(filename, encoding)
    if comment:
        head = [line.split(comment[0], 1)[0] for line in head]
    lines, rows, numbers, layout, delimiter = _grid(
        filename, options, detect_header=not ranged, lines=head, sample=True)
    if not ranged and str(output_type).lower() not in ("char", "string") and \
            not missing_text and not isinstance(delimiter, tuple) and \
            layout.header < len(rows):
        # the fast path: numbers only after the header, read by numpy's C parser
        fast = fast_numeric_file(filename, numbers[layout.header] - 1, delimiter,
                                 comment[0] if comment else None, encoding)
        if fast is not None and fast.shape[1] == layout.width:
            return _output(fast, output_type)
    lines, rows, numbers, layout, delimiter = _grid(
        filename, options, detect_header=not ranged, lines=None if not complete else head)
    if ranged:
        data = apply_range(rows, parse_range(span))
        width = max((len(r) for r in data), default=0)
    else:
        data = rows[layout.header:]
        width = layout.width
    if str(output_type).lower() in ("char", "string"):
        return _text_fields(data, width)
    values = numeric_matrix(data, width, missing_text)
    return _output(values, output_type)


# ----------------------------------------------------------------------- readcell
@matlab_function("readcell")
def readcell(filename, *args, **name_value):
    r"""Read a delimited text file into a cell array, as MATLAB's ``readcell``.

    MATLAB call forms::

        C = readcell(filename)                  ->  C = readcell('data.csv')
        C = readcell(filename, Name, Value)     ->  readcell(f, 'NumHeaderLines', 1)

    Every field becomes one cell: a number as a double (a Python float), other text as
    a char vector (``str``), an empty field as MATLAB's ``missing``
    (:data:`compat.matlab.tables.missing`, shown ``<missing>``); short rows are padded
    with ``missing``. Unlike readmatrix, header lines are data here (no header is
    skipped unless ``NumHeaderLines`` says so). Name-value arguments: ``FileType``,
    ``NumHeaderLines``, ``Delimiter``, ``Range``, ``TreatAsMissing``, ``Encoding``,
    ``CommentStyle``. Dates and durations stay text (MATLAB would make datetime and
    duration cells).

    Returns compat's 2-D cell: a list of rows (a flat list when the file has one row
    or one column, as every compat cell).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "c.csv")
    >>> _ = open(path, "w").write("name,value\nalpha,1.5\nbeta,\n")
    >>> matlab.readcell(path)
    [['name', 'value'], ['alpha', 1.5], ['beta', <missing>]]
    """
    accepted = {k: v for k, v in _READ_OPTIONS.items() if k != "OutputType"}
    options = _pairs("readcell", list(args), name_value, accepted)
    if _file_type(filename, options["FileType"]):
        from compat.matlab.spreadsheets import sheet_cells
        return sheet_cells(filename, options, _strings(options.get("TreatAsMissing")),
                           missing)
    span = options["Range"]
    missing_text = set(_strings(options["TreatAsMissing"]))
    fast, data = None, None
    if options["NumHeaderLines"] is None and (span is None or is_omitted(span)) and \
            not missing_text:
        # a large plain table: the lines before the numbers field by field, the numbers
        # by numpy's C parser
        encoding = options["Encoding"] or "utf-8"
        comment = _strings(options["CommentStyle"])
        head, complete = read_head(filename, encoding)
        if comment:
            head = [line.split(comment[0], 1)[0] for line in head]
        if not complete:
            _, rows, numbers, layout, delimiter = _grid(filename, options, lines=head,
                                                        sample=True)
            if not isinstance(delimiter, tuple) and layout.header < len(rows):
                fast = fast_numeric_file(filename, numbers[layout.header] - 1, delimiter,
                                         comment[0] if comment else None, encoding)
                if fast is not None and fast.shape[1] != layout.width:
                    fast = None
            if fast is not None:
                data = rows[:layout.header]
    if fast is None:
        if options["NumHeaderLines"] is None:
            options["NumHeaderLines"] = 0
        lines, rows, numbers, layout, delimiter = _grid(filename, options)
        if span is not None and not is_omitted(span):
            data = apply_range(rows, parse_range(span))
        else:
            data = rows[layout.header:]
    width = max([len(r) for r in data] + [fast.shape[1] if fast is not None else 0])
    out = []
    for row in data:
        cells = []
        for token in row + [""] * (width - len(row)):
            if not token or token in missing_text:
                cells.append(missing)
                continue
            value = parse_number(token)
            cells.append(token if value is None else value)
        out.append(cells)
    if fast is not None:
        pad = [missing] * (width - fast.shape[1])
        rows = _row_lists(fast)
        out += [row + pad for row in rows] if pad else rows
    if not out:
        return []
    if len(out) == 1:
        return out[0]
    if width == 1:
        return [row[0] for row in out]
    return out


def _row_lists(array):
    """``array.tolist()`` with the cyclic garbage collector paused: a million new row
    lists would set off its collections over and over (1.4 s -> 0.5 s for 1e6 x 2; the
    lists are the same, only the collections' timing moves)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        return array.tolist()
    finally:
        if enabled:
            gc.enable()


_TABLE_OPTIONS = {"FileType": None, "NumHeaderLines": None, "Delimiter": None,
                  "ReadVariableNames": None, "VariableNamingRule": "modify",
                  "TreatAsMissing": None, "Encoding": None, "CommentStyle": None,
                  "ReadRowNames": False, "Sheet": None, "Range": None}


# ------------------------------------------------------------------------ readtable
@matlab_function("readtable")
def readtable(filename, *args, **name_value):
    r"""Read a delimited text file into a table, as MATLAB's ``readtable``, returned as a
    pandas DataFrame (optional extra ``compat[tables]``).

    MATLAB call forms::

        T = readtable(filename)                 ->  T = readtable('outages.csv')
        T = readtable(filename, Name, Value)    ->  readtable(f, 'Delimiter', ';',
                                                              'ReadVariableNames', false)

    Name-value arguments: ``FileType`` ('text'), ``NumHeaderLines``, ``Delimiter``,
    ``ReadVariableNames`` (default: true when detection finds a variable-names line),
    ``VariableNamingRule`` ('modify' default: names made valid MATLAB identifiers as
    ``matlab.lang.makeValidName`` does, with a warning, as MATLAB warns; 'preserve'),
    ``ReadRowNames`` (the first column becomes the index), ``TreatAsMissing``,
    ``Encoding``, ``CommentStyle``.

    Columns: a numeric column (as detection decides) is float64 with NaN for empty or
    unreadable fields; any other column holds ``str`` values ('' for an empty field, as
    MATLAB's cell array of character vectors holds ``{''}``). Without variable names the
    columns are ``Var1``, ``Var2``...

    What a MATLAB table has that a DataFrame lacks: variable names that are always valid
    identifiers, ``VariableDescriptions`` (MATLAB keeps the original headers there when
    it modifies them; compat returns them in ``T.attrs['VariableDescriptions']``),
    ``VariableUnits``, ``DimensionNames`` ('Row', 'Variables'), ``Description`` and
    ``UserData``, RowNames that must be unique text, variables holding several columns
    (a matrix-valued variable), and MATLAB's typed text (char cells vs string vs
    categorical) and datetime/duration detection, which compat leaves as text. A
    DataFrame's index may be non-unique and of any type; MATLAB's row names may not.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> _ = open(path, "w").write("Name,Age\nAnn,31\nBo,\n")
    >>> T = matlab.readtable(path)                          # doctest: +SKIP
    >>> T.columns.tolist(), T["Age"].tolist()               # doctest: +SKIP
    (['Name', 'Age'], [31.0, nan])
    """
    pandas = _pandas()
    options = _pairs("readtable", list(args), name_value, _TABLE_OPTIONS)
    if _file_type(filename, options["FileType"]):
        from compat.matlab.spreadsheets import sheet_table
        return sheet_table(filename, options, _pandas(), _table)
    encoding = options["Encoding"] or "utf-8"
    comment = _strings(options["CommentStyle"])
    head, complete = read_head(filename, encoding)
    if comment:
        head = [line.split(comment[0], 1)[0] for line in head]
    lines, rows, numbers, layout, delimiter = _grid(filename, options, lines=head,
                                                    sample=True)
    fast = None
    if all(layout.numeric) and not _strings(options["TreatAsMissing"]) and \
            not isinstance(delimiter, tuple) and layout.header < len(rows) and \
            not (options["ReadVariableNames"] and layout.names_row is None):
        # numbers only: the body read by pandas' C parser (empty fields are NaN, as
        # MATLAB reads them); text anywhere in it sends the file to compat's reader
        try:
            fast = pandas.read_csv(
                filename, sep=r"\s+" if delimiter is None else delimiter, header=None,
                skiprows=numbers[layout.header] - 1, dtype=np.float64, engine="c",
                comment=comment[0] if comment and len(comment[0]) == 1 else None,
                skipinitialspace=True, encoding=encoding).to_numpy()
        except (ValueError, TypeError, UnicodeError):
            fast = None
        if fast is not None and (fast.ndim != 2 or fast.shape[1] != layout.width):
            fast = None
    if fast is None:
        lines, rows, numbers, layout, delimiter = _grid(
            filename, options, lines=head if complete else None)
    return _table(pandas, rows, layout, options, fast)


def _table(pandas, rows, layout, options, fast=None):
    """The DataFrame of split rows under detection's layout (text files and sheets)."""
    data = rows[layout.header:]
    width = layout.width
    read_names = options["ReadVariableNames"]
    names_row = layout.names_row
    if read_names is None:
        read_names = names_row is not None
    elif read_names and names_row is None:
        names_row = layout.header - 1 if layout.header else None
        if names_row is None:   # the first line is the names line
            names_row, data = 0, rows[1:]
    original = [f"Var{k + 1}" for k in range(width)]
    if read_names and names_row is not None:
        given = rows[names_row] + [""] * (width - len(rows[names_row]))
        original = [g.strip().strip('"') or f"Var{k + 1}" for k, g in enumerate(given[:width])]
    rule = str(options["VariableNamingRule"]).lower()
    if rule not in ("modify", "preserve"):
        raise CompatValueError("VariableNamingRule must be 'modify' or 'preserve'.")
    names = list(original)
    if rule == "modify":
        names = unique_names([valid_name(n, k + 1) for k, n in enumerate(original)])
        if names != original:
            issue_warning(MatlabWarning(
                "Column headers from the file were modified to make them valid MATLAB "
                "identifiers before creating variable names for the table. The original "
                "column headers are saved in the VariableDescriptions property.",
                "MATLAB:table:ModifiedAndSavedVarnames"))
    else:
        names = unique_names(names)
    missing_text = set(_strings(options["TreatAsMissing"]))
    columns = {}
    numeric_values = fast if fast is not None else numeric_matrix(
        data, width, tuple(missing_text)) if any(layout.numeric) else None
    for j, name in enumerate(names):
        if layout.numeric[j]:
            columns[name] = numeric_values[:, j]
        else:
            columns[name] = [("" if j >= len(r) or r[j] in missing_text else
                              r[j].strip('"')) for r in data]
    frame = pandas.DataFrame(columns)
    if options["ReadRowNames"]:
        frame = frame.set_index(names[0])
    frame.attrs["VariableDescriptions"] = [o if o != n else "" for o, n in
                                           zip(original, names)]
    return frame
