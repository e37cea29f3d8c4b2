"""MATLAB's table-oriented export: ``writematrix``, ``writecell`` and ``writetable``.

Text files (``.txt``, ``.dat``, ``.csv`` or ``'FileType', 'text'``) and Excel workbooks
(``.xlsx``/``.xlsm``/``.xltx``/``.xltm`` or ``'FileType', 'spreadsheet'``: written by
:mod:`compat.matlab.spreadsheets`; optional extra ``compat[excel]``). ``writetable``
takes a pandas DataFrame (the optional extra ``compat[tables]``). The readers are in
:mod:`compat.matlab.tables`; what both share in :mod:`compat.matlab._tables`.
"""

from __future__ import annotations

import datetime
import os

import numpy as np

from compat._core.atomic_write import write_atomically
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.text_import import unescape
from compat.matlab._tables import DELIMITER_NAMES as _DELIMITER_NAMES
from compat.matlab._tables import as_matrix
from compat.matlab._tables import file_type as _file_type
from compat.matlab._tables import pairs as _pairs
from compat.matlab._tables import require_pandas as _pandas

__all__ = ["writematrix", "writecell", "writetable"]


# ---------------------------------------------------------------------- writematrix
def _number_lines(values: np.ndarray, delimiter: str, ending: str) -> str | None:
    """The whole text of a real 2-D numeric matrix in one C-level formatting call
    ('%.15g' per element, as :func:`_number_text`), or None for complex data."""
    kind = values.dtype.kind
    if kind not in "biuf" or values.ndim != 2 or values.size == 0:
        return None
    if kind == "b":
        values = values.astype(np.uint8)
        kind = "u"
    code = "%d" if kind in "iu" else ("%.7g" if values.dtype == np.float32 else "%.15g")
    row = delimiter.join([code] * values.shape[1]) + ending
    flat = values.ravel().tolist()
    text = (row * values.shape[0]) % tuple(flat)
    if kind == "f" and not np.isfinite(values).all():
        # NaN is an empty field, Inf is written as MATLAB prints it; 'nan' and 'inf' are
        # the only letters '%g' writes besides the exponent's 'e'
        text = text.replace("nan", "").replace("inf", "Inf")
    return text


def _number_text(values: np.ndarray) -> np.ndarray:
    """Each number as writematrix writes it: 'long g' (%.15g double, %.7g single),
    integers and logical as integers, NaN as an empty field."""
    kind = values.dtype.kind
    if kind == "b":
        return np.where(values, "1", "0")
    if kind in "iu":
        return values.astype(str)
    digits = 7 if values.dtype == np.float32 else 15
    flat = values.ravel()
    text = np.array([_g(v, digits) for v in flat.tolist()], dtype=object)
    return text.reshape(values.shape)


def _g(value, digits):
    if isinstance(value, complex):
        real, imag = _g(value.real, digits), _g(value.imag, digits)
        return f"{real}{'' if imag.startswith('-') else '+'}{imag}i"
    if value != value:
        return ""
    if value in (float("inf"), float("-inf")):
        return "Inf" if value > 0 else "-Inf"
    return f"{value:.{digits}g}"


def _quoted(text: str, delimiter: str, mode: str) -> str:
    if mode == "all" or (mode == "minimal" and (delimiter in text or '"' in text or
                                                "\n" in text or "\r" in text)):
        return '"' + text.replace('"', '""') + '"'
    return text


def _quote_mode(value) -> str:
    """QuoteStrings: 'minimal' (MATLAB's default), 'all', 'none'; true is 'all' and
    false 'none', as in MATLAB."""
    if isinstance(value, str):
        mode = value.lower()
        if mode in ("minimal", "all", "none"):
            return mode
        raise CompatValueError(f"Invalid QuoteStrings '{value}'. Use 'minimal', 'all', "
                               "'none', true or false.")
    return "all" if bool(np.asarray(value).ravel()[0]) else "none"


def _write_text(filename, text: str, append: bool, encoding: str = "utf-8") -> None:
    """Write (atomically: temporary file then rename) or append."""
    if append:
        with open(filename, "a", encoding=encoding, newline="") as stream:
            stream.write(text)
        return
    write_atomically(filename, lambda stream: stream.write(text), encoding=encoding)


_WRITE_OPTIONS = {"FileType": None, "Delimiter": ",", "WriteMode": "overwrite",
                  "Sheet": None, "Range": None,
                  "QuoteStrings": "minimal", "Encoding": None, "LineEnding": "\n"}


def _write_delimiter(value) -> str:
    if not isinstance(value, str):
        raise CompatTypeError("Delimiter must be text such as ',' or '\\t'")
    return _DELIMITER_NAMES.get(value.lower(), unescape(value))


def _write_mode(value) -> bool:
    mode = str(value).lower()
    if mode not in ("overwrite", "append"):
        raise CompatValueError(f"Invalid WriteMode '{value}'. Use 'overwrite' or 'append'.")
    return mode == "append"


@matlab_function("writematrix")
def writematrix(A, filename, *args, **name_value):
    r"""Write a matrix to a delimited text file, as MATLAB's ``writematrix``.

    MATLAB call forms::

        writematrix(A, filename)                   ->  writematrix(A, 'out.csv')
        writematrix(A, filename, Name, Value)      ->  writematrix(A, f, 'Delimiter', 'tab')
                                                        writematrix(A, f, 'WriteMode', 'append')

    MATLAB's one-argument form names the file after the variable (``A.txt``); Python
    cannot see the name, so ``filename`` is required. Name-value arguments: ``Delimiter``
    (``','`` default; ``' '``/``'space'``, ``'\t'``/``'tab'``, ``';'``/``'semi'``,
    ``'|'``/``'bar'``), ``WriteMode`` ('overwrite' default, 'append'), ``QuoteStrings``
    ('minimal' default: quote text holding the delimiter, a double quote or a line end;
    'all' or true: quote every text field; 'none' or false: never quote), ``FileType``
    ('text'), ``Encoding``, ``LineEnding``.

    Numbers are written in MATLAB's "long g" format, as MATLAB's writematrix page says
    ("writematrix writes out numeric data using long g format"): 15 significant digits
    for double (``'%.15g'``; MATLAB's documented ``0.9*randi(99,[3 4])`` print-out shows
    11.700000000000001 written as ``11.7``, which rules out round-trip formatting), 7 for
    single, integer classes and logical as integers; NaN is written as an empty field
    (the same page: "MATLAB converts NaN ... to empty cells"), Inf as ``Inf``. Text (a
    ``str`` row, a char or string array) is written as QuoteStrings says (quotes inside
    a quoted field are doubled; MATLAB releases before the 'minimal' rule wrote text
    unquoted by default: pass 'none' for their files). Arrays of
    more than two dimensions are written with the trailing dimensions collapsed
    (``A(:,:)``). The file is replaced atomically unless ``WriteMode`` is 'append'.

    Differences from ``numpy.savetxt``: savetxt's default ``'%.18e'`` writes 1 as
    ``1.000000000000000000e+00`` and NaN as ``nan``; MATLAB writes ``1`` and nothing.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "m.csv")
    >>> matlab.writematrix(np.array([[1, 0.1 + 0.2], [np.nan, 1e20]]), path)
    >>> print(open(path).read(), end="")
    1,0.3
    ,1e+20
    """
    options = _pairs("writematrix", list(args), name_value, _WRITE_OPTIONS)
    if _file_type(filename, options["FileType"]):
        from compat.matlab.spreadsheets import write_sheet
        return write_sheet(filename, A, options)
    delimiter = _write_delimiter(options["Delimiter"])
    append = _write_mode(options["WriteMode"])
    quote = _quote_mode(options["QuoteStrings"])
    ending = options["LineEnding"]
    ending = {"\\n": "\n", "\\r\\n": "\r\n"}.get(ending, ending)
    if isinstance(A, str):
        rows = [[_quoted(A, delimiter, quote)]]
    else:
        array = np.asarray(A)
        if array.dtype == object:
            raise CompatTypeError("writematrix writes numeric, logical, char and string "
                                  "arrays; a cell array needs writecell")
        array = as_matrix(array)
        if array.dtype.kind == "U":
            text = np.vectorize(lambda s: _quoted(s, delimiter, quote), otypes=[object])(
                array) if array.size else array
        elif array.dtype.kind in "biufc":
            body = _number_lines(array, delimiter, ending)
            if body is not None:
                _write_text(filename, body, append, options["Encoding"] or "utf-8")
                return
            text = _number_text(array)
        else:
            raise CompatTypeError(f"writematrix cannot write {array.dtype} data")
        rows = text.tolist()
    body = "".join(delimiter.join(row) + ending for row in rows)
    _write_text(filename, body, append, options["Encoding"] or "utf-8")


_WRITECELL_OPTIONS = {"FileType": None, "Delimiter": ",", "WriteMode": None,
                      "QuoteStrings": "minimal", "Encoding": None, "Sheet": None,
                      "Range": None}


@matlab_function("writecell")
def writecell(C, filename, *args, **name_value):
    r"""Write a cell array to a delimited text file or a spreadsheet, as MATLAB's
    ``writecell``.

    MATLAB call forms::

        writecell(C, filename)                   ->  writecell(C, 'out.csv')
        writecell(C, filename, Name, Value)      ->  writecell(C, 'out.xlsx', 'Sheet', 2,
                                                               'Range', 'B2')

    ``C`` is compat's cell (a list, nested lists for 2-D). Text files: one line per row,
    fields joined by ``Delimiter`` (``','`` default), numbers in long g (``%.15g``, as
    :func:`writematrix`), logicals as 1/0, text quoted as ``QuoteStrings`` says
    ('minimal' default), empty and ``missing`` cells as empty fields; ``WriteMode``
    'overwrite' (default) or 'append'. Spreadsheets (``.xlsx``...): ``Sheet``, ``Range``
    (first cell), ``WriteMode`` 'inplace' (default), 'overwritesheet', 'replacefile',
    'append'. MATLAB's one-argument form (file named after the variable) cannot be
    reproduced: ``filename`` is required.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "c.csv")
    >>> matlab.writecell([["name", "value"], ["a,b", 1.5], ["c", True]], path)
    >>> print(open(path).read(), end="")
    name,value
    "a,b",1.5
    c,1
    """
    from compat.matlab.spreadsheets import cell_grid, write_cell_sheet
    options = _pairs("writecell", list(args), name_value, _WRITECELL_OPTIONS)
    cells = cell_grid(C)
    if _file_type(filename, options["FileType"]):
        write_cell_sheet(filename, cells, options)
        return
    delimiter = _write_delimiter(options["Delimiter"])
    append = _write_mode(options["WriteMode"] or "overwrite")
    quote = _quote_mode(options["QuoteStrings"])
    lines = []
    for row in cells.tolist():
        fields = []
        for v in row:
            if v is None:
                fields.append("")
            elif isinstance(v, bool):
                fields.append("1" if v else "0")
            elif isinstance(v, str):
                fields.append(_quoted(v, delimiter, quote))
            elif isinstance(v, datetime.datetime):
                fields.append(v.isoformat(sep=" "))
            else:
                fields.append(_g(v, 15) if isinstance(v, float) else str(v))
        lines.append(delimiter.join(fields) + "\n")
    _write_text(filename, "".join(lines), append, options["Encoding"] or "utf-8")


_WRITETABLE_OPTIONS = {"FileType": None, "Delimiter": ",", "WriteMode": "overwrite",
                       "WriteVariableNames": True, "WriteRowNames": False,
                       "QuoteStrings": "minimal", "Encoding": None,
                       "Sheet": None, "Range": None}


def _variable_columns(values: np.ndarray):
    """A multi-column variable's columns: an object column whose every element is a
    vector (not text) of one length n > 1 -- a MATLAB table variable of n columns, such
    as ``[45 45; 41 32; 40 34]`` -- as n arrays; None for an ordinary column."""
    if values.dtype != object or values.size == 0:
        return None
    rows = []
    for v in values:
        if isinstance(v, (str, bytes)) or np.ndim(v) != 1:
            return None
        rows.append(np.asarray(v))
    if len({r.size for r in rows}) != 1 or rows[0].size < 2:
        return None
    matrix = np.array(rows)
    return [matrix[:, k] for k in range(matrix.shape[1])]


def _table_column(values: np.ndarray, delimiter: str, quote: str) -> list:
    """One written column's fields: numbers as writematrix writes them, text as
    QuoteStrings says, missing text as an empty field."""
    if values.dtype.kind in "biufc":
        return _number_text(values).tolist()
    if any(not isinstance(v, (str, bytes)) and np.ndim(v) > 0 for v in values):
        raise CompatTypeError("a table variable's rows must be scalars, text or vectors "
                              "of one length (MATLAB's multi-column variable)")
    return ["" if v is None or (isinstance(v, float) and v != v) else
            _quoted(str(v), delimiter, quote) if isinstance(v, str) else
            _number_text(np.asarray([v]))[0] for v in values]


@matlab_function("writetable")
def writetable(T, filename, *args, **name_value):
    r"""Write a table (a pandas DataFrame) to a delimited text file, as MATLAB's
    ``writetable`` (optional extra ``compat[tables]``).

    MATLAB call forms::

        writetable(T, filename)                  ->  writetable(T, 'out.csv')
        writetable(T, filename, Name, Value)     ->  writetable(T, f, 'Delimiter', '\t',
                                                               'WriteVariableNames', false)

    The first line holds the variable names (the column labels; ``WriteVariableNames``
    false leaves it out), then one line per row; ``WriteRowNames`` true writes the index
    first (under the header ``Row``, MATLAB's first dimension name). Numbers as
    :func:`writematrix` writes them (long g: ``%.15g``; NaN as an empty field), text as
    is (quoted as ``QuoteStrings`` says, as for :func:`writematrix`), booleans as 1/0,
    missing text (None/NaN in an object column) as an empty field. ``WriteMode``
    'append' adds rows (without the header line, as MATLAB does when the file exists),
    ``Delimiter`` as for writematrix. A DataFrame column whose every element is a vector
    of one length n (MATLAB's multi-column variable, e.g. ``[45 45; 41 32; 40 34]``) is
    written as n columns headed ``Var2_1``, ``Var2_2``... as MATLAB writes it (writetable
    reference page, "Write Table to Text File": "writetable appends a unique suffix to
    the variable name").

    Examples
    --------
    >>> import os, tempfile
    >>> import pandas as pd                                 # doctest: +SKIP
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> matlab.writetable(pd.DataFrame({"Name": ["Ann", "Bo"], "Age": [31, 1.5]}),
    ...                   path)                             # doctest: +SKIP
    >>> print(open(path).read(), end="")                    # doctest: +SKIP
    Name,Age
    Ann,31
    Bo,1.5
    """
    pandas = _pandas()
    if not isinstance(T, pandas.DataFrame):
        raise CompatTypeError("writetable expects a table: a pandas DataFrame")
    options = _pairs("writetable", list(args), name_value, _WRITETABLE_OPTIONS)
    if _file_type(filename, options["FileType"]):
        from compat.matlab.spreadsheets import write_table_sheet
        return write_table_sheet(filename, T, options)
    delimiter = _write_delimiter(options["Delimiter"])
    append = _write_mode(options["WriteMode"])
    quote = _quote_mode(options["QuoteStrings"])
    frame = T.reset_index() if options["WriteRowNames"] else T
    if options["WriteRowNames"]:
        frame = frame.rename(columns={frame.columns[0]: T.index.name or "Row"})
    columns, headers = [], []
    for label in frame.columns:
        values = frame[label].to_numpy()
        parts = _variable_columns(values)
        names = [str(label)] if parts is None else \
            [f"{label}_{k + 1}" for k in range(len(parts))]
        for name, part in zip(names, [values] if parts is None else parts):
            headers.append(name)
            columns.append(_table_column(part, delimiter, quote))
    lines = []
    if options["WriteVariableNames"] and not (append and os.path.exists(filename)):
        lines.append(delimiter.join(_quoted(h, delimiter, quote) for h in headers))
    lines += [delimiter.join(row) for row in zip(*columns)] if columns else []
    _write_text(filename, "".join(line + "\n" for line in lines), append,
                options["Encoding"] or "utf-8")
