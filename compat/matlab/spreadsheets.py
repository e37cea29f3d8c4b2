r"""MATLAB's spreadsheet files: ``xlsread``, ``xlswrite`` and ``writecell``, and the
spreadsheet side of ``readmatrix``/``readcell``/``readtable``/``writematrix``/
``writetable`` (:mod:`compat.matlab.tables` sends ``.xlsx`` files and
``'FileType', 'spreadsheet'`` here).

Excel workbooks in Office Open XML (``.xlsx``, ``.xlsm``, ``.xltx``, ``.xltm``) through
openpyxl, the optional extra ``compat[excel]`` (imported only when a workbook is read or
written). The old binary ``.xls``, ``.xlsb`` and OpenDocument ``.ods`` are refused with a
message: save them as ``.xlsx``. The cells of a sheet become the text fields the
delimited reader splits, so that the table family's detection of header rows and column
types (:mod:`compat._core.text_import`) and its table building are the same for both.
"""

from __future__ import annotations

import datetime
import os

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core.args import is_omitted
from compat._core.cells import from_object
from compat._core.matlab_classes import as_cell
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat._core.spreadsheets import (cut, is_spreadsheet, read_sheet, sheet_tokens,
                                       used_origin, write_cells, xlsread_parts)
from compat._core.text_import import detect_layout, numeric_matrix
from compat.matlab._tables import as_matrix

__all__ = ["xlsread", "xlswrite"]


class XlsreadResult(Result):
    """``[num, txt, raw] = xlsread(...)``."""

    request_style = "nargout"
    num: np.ndarray
    txt: list
    raw: list


class XlswriteResult(Result):
    """``[status, message] = xlswrite(...)``."""

    request_style = "nargout"
    status: bool
    message: dict


def _given(value) -> bool:
    return value is not None and not is_omitted(value) and not (
        isinstance(value, str) and value == "")


def _is_range(text) -> bool:
    return isinstance(text, str) and ":" in text


# ------------------------------------------------------------------------ xlsread
@matlab_function("xlsread", nargout=3)
def xlsread(filename, sheet=None, xlRange=None, mode=None, *, nargout=1):
    r"""Read a worksheet of an Excel workbook, as MATLAB's ``xlsread`` (basic mode).

    MATLAB call forms::

        num = xlsread(filename)                      ->  xlsread('myExample.xlsx')
        num = xlsread(filename, sheet)               ->  xlsread(f, 'Data'), xlsread(f, 2)
        num = xlsread(filename, xlRange)             ->  xlsread(f, 'B2:C3')
        num = xlsread(filename, sheet, xlRange)      ->  xlsread(f, 1, 'B:B')
        num = xlsread(filename, sheet, xlRange, 'basic')
        [num, txt, raw] = xlsread(___)               ->  xlsread(f, nargout=3)

    ``sheet`` is a name or a 1-based number (default: the first sheet); a second
    argument holding ``':'`` is a range. ``xlRange`` is Excel's syntax: ``'A1:C3'``,
    ``'B:B'`` (columns), ``'2:5'`` (rows); an open end stops at the last used cell.

    Outputs (MATLAB's xlsread documentation): ``raw`` is a cell of the used range
    (from the first nonempty row and column to the last) or of the given range: numbers
    as doubles, booleans as logical (``bool``), text as ``str``, empty cells as NaN.
    ``num`` holds raw's numbers with NaN for text and empty cells, cut to the rows and
    columns from the first to the last that hold a number: leading and trailing rows and
    columns of text (headers, labels) are dropped ("xlsread ignores leading rows or
    columns of text. However, if a cell not in a leading row or column is empty or
    contains text, xlsread puts a NaN in its place"); an empty 0x0 array without
    numbers. ``txt`` holds raw's text with '' for other cells, cut likewise to the
    block of rows and columns holding text (``[]`` without text). Dates are Excel serial
    date numbers in ``num`` and ``raw`` (basic mode: "xlsread imports dates as numeric
    values"; ``x2mdate``/``datetime(num, 'ConvertFrom', 'excel')`` convert them; the
    1900 date system, 1 = 1900-01-01). Formulas give the values Excel last computed.

    Differences from Octave's io package (the clone; MATLAB's documentation wins, see
    the golden suite ``spreadsheets``): Octave puts ``[]`` where MATLAB's raw has NaN
    for an empty cell, and refuses column ranges such as ``'B:B'``.

    Differences from ``pandas.read_excel``: pandas guesses one header row and types whole
    columns; xlsread keeps the grid cell for cell and splits numbers from text.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "myExample.xlsx")
    >>> values = [[1, 2, 3], [4, 5, "x"], [7, 8, 9]]
    >>> _ = matlab.xlswrite(path, [["First", "Second", "Third"]] + values)
    >>> matlab.xlsread(path)
    array([[ 1.,  2.,  3.],
           [ 4.,  5., nan],
           [ 7.,  8.,  9.]])
    >>> num, txt, raw = matlab.xlsread(path, "B2:C3", nargout=3)
    >>> num, txt, raw
    (array([[ 2.,  3.],
           [ 5., nan]]), ['x'], [[2.0, 3.0], [5.0, 'x']])
    """
    if isinstance(mode, str) and mode.lower() not in ("basic", ""):
        raise CompatValueError("xlsread reads in basic mode only; a processFcn or "
                               "interactive selection needs Excel on Windows.")
    if isinstance(sheet, (int, float)) and not isinstance(sheet, bool) and sheet == -1:
        raise CompatValueError("Interactive range selection (-1) needs Excel on Windows.")
    if _is_range(sheet) and not _given(xlRange):
        sheet, xlRange = None, sheet
    if not isinstance(filename, (str, os.PathLike)):
        raise CompatTypeError("Filename must be a character vector or string scalar.")
    if not os.path.splitext(str(filename))[1]:
        filename = str(filename) + ".xls" if not os.path.exists(str(filename) + ".xlsx") \
            else str(filename) + ".xlsx"
    if not is_spreadsheet(filename):
        raise CompatValueError(f"File '{filename}' is not in a spreadsheet format "
                               "compat reads (.xlsx, .xlsm, .xltx, .xltm).")
    grid = read_sheet(filename, sheet if _given(sheet) else None)
    num, txt, raw = xlsread_parts(grid, xlRange if _given(xlRange) else None)
    return XlsreadResult.first(nargout, num, from_object(txt), from_object(raw))


# ----------------------------------------------------------------------- writing
def _cells_of(A) -> np.ndarray:
    """The data of xlswrite/writematrix/writecell as a 2-D object array of cells."""
    if isinstance(A, str):
        out = np.empty((1, 1), dtype=object)
        out[0, 0] = A
        return out
    if isinstance(A, (list, tuple)) or (isinstance(A, np.ndarray) and A.dtype == object):
        cells = as_cell(A)
        if cells.ndim != 2:
            cells = cells.reshape(cells.shape[0], -1, order="F")
        out = np.empty(cells.shape, dtype=object)
        for index, v in np.ndenumerate(cells):
            out[index] = _cell_value(v)
        return out
    array = as_matrix(np.asarray(A))
    if array.dtype.kind == "c":
        raise CompatTypeError("Complex data cannot be written to a spreadsheet.")
    if array.dtype.kind not in "biufUM":
        raise CompatTypeError(f"cannot write {array.dtype} data to a spreadsheet")
    out = np.empty(array.shape, dtype=object)
    for index, v in np.ndenumerate(array):
        out[index] = _cell_value(v)
    return out


def _cell_value(v):
    if isinstance(v, np.generic):
        v = v.item()
    if v is None or (isinstance(v, float) and v != v):
        return None
    if isinstance(v, (bool, str, datetime.datetime)):
        return v
    if isinstance(v, (int, float)):
        if v in (float("inf"), float("-inf")):
            return "Inf" if v > 0 else "-Inf"
        return v
    if isinstance(v, datetime.date):
        return datetime.datetime(v.year, v.month, v.day)
    if isinstance(v, np.ndarray) and v.size == 1:
        return _cell_value(v.ravel()[0])
    if type(v).__name__ == "_Missing":
        return None
    if is_time_array(v):         # datetime/duration: the display text, as MATLAB writes
        return " ".join(v.string().ravel())   # them to text files
    if isinstance(v, (list, np.ndarray)) and len(v) == 0:
        return None
    raise CompatTypeError(f"a spreadsheet cell cannot hold {type(v).__name__} data")


def _write_mode(options) -> str:
    mode = str(options.get("WriteMode") or "inplace").lower()
    if mode == "overwrite":   # the text writers' default name
        mode = "inplace"
    if mode not in ("inplace", "overwritesheet", "replacefile", "append"):
        raise CompatValueError(f"Invalid WriteMode '{options.get('WriteMode')}' for a "
                               "spreadsheet. Use 'inplace', 'overwritesheet', "
                               "'replacefile' or 'append'.")
    return mode


def _write(filename, cells, options) -> None:
    sheet = options.get("Sheet")
    span = options.get("Range")
    mode = _write_mode(options)
    if mode == "replacefile" and os.path.exists(str(filename)):
        os.unlink(str(filename))
    write_cells(filename, cells, sheet if _given(sheet) else None,
                span if _given(span) else None, mode=mode)


@matlab_function("xlswrite", nargout=2)
def xlswrite(filename, A, sheet=None, xlRange=None, *, nargout=1):
    r"""Write a matrix or a cell array to an Excel workbook, as MATLAB's ``xlswrite``.

    MATLAB call forms::

        xlswrite(filename, A)                        ->  xlswrite('out.xlsx', A)
        xlswrite(filename, A, sheet)                 ->  xlswrite(f, A, 'Data')
        xlswrite(filename, A, xlRange)               ->  xlswrite(f, A, 'B2:D4')
        xlswrite(filename, A, sheet, xlRange)        ->  xlswrite(f, A, 2, 'B2')
        [status, message] = xlswrite(___)            ->  xlswrite(f, A, nargout=2)

    ``A``: a numeric or logical matrix, a char row (one cell), or a cell array of
    numbers, logicals and text (compat's cell: a list, nested lists for 2-D). The data
    go into the sheet (a name, created when missing, or a 1-based number; default the
    first) from the range's first cell (default A1); a range smaller than ``A`` takes
    only what fits, as MATLAB documents. An existing workbook keeps its other sheets
    and cells. NaN and empty cells are written as empty cells, Inf as the text
    ``Inf``. ``status`` is true (MATLAB's logical 1) and ``message`` the struct
    ``{'message': '', 'identifier': ''}``; a failure raises an error.

    Not reproduced: Excel's COM mode fills a range larger than ``A`` with ``#N/A``
    (basic mode does not); ``.xls`` files. Differences from ``DataFrame.to_excel``:
    xlswrite writes no index or header and leaves the rest of an existing workbook.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "out.xlsx")
    >>> matlab.xlswrite(path, [["Time", "Temp"], [12, 98], [13, 99]], nargout=2)
    XlswriteResult(status=True, message={'message': '', 'identifier': ''})
    >>> matlab.xlsread(path)
    array([[12., 98.],
           [13., 99.]])
    """
    if _is_range(sheet) and not _given(xlRange):
        sheet, xlRange = None, sheet
    if not isinstance(filename, (str, os.PathLike)):
        raise CompatTypeError("Filename must be a character vector or string scalar.")
    if not os.path.splitext(str(filename))[1]:
        filename = str(filename) + ".xlsx"
    if not is_spreadsheet(filename):
        raise CompatValueError(f"File '{filename}' is not in a spreadsheet format "
                               "compat writes (.xlsx, .xlsm, .xltx, .xltm).")
    _write(filename, _cells_of(A), {"Sheet": sheet, "Range": xlRange})
    return XlswriteResult.first(nargout, True, {"message": "", "identifier": ""})


def cell_grid(C) -> np.ndarray:
    """A cell (nested lists, a numpy object array, or one text) as a 2-D object array
    of cell values: the grid writecell writes to a text file or a sheet."""
    return _cells_of(C if not isinstance(C, str) else [C])


def write_cell_sheet(filename, cells, options) -> None:
    """writecell on a spreadsheet (``cells`` from :func:`cell_grid`)."""
    _write(filename, cells, options)


# ------------------------------------------------- the table family on spreadsheets
def _block(filename, options):
    """The cells readmatrix/readcell/readtable read: the Range, or the used range;
    rows with no value are skipped (the import options' EmptyRowRule 'skip')."""
    grid = read_sheet(filename, options.get("Sheet") if _given(options.get("Sheet"))
                      else None)
    span = options.get("Range")
    if _given(span):
        block = cut(grid, span)
    else:
        r0, c0 = used_origin(grid)
        block = grid[r0:, c0:]
    keep = [i for i in range(block.shape[0])
            if any(v is not None for v in block[i])]
    return block[keep] if block.size else block, _given(span)


def _header(options):
    count = options.get("NumHeaderLines")
    return None if count is None else int(float(np.asarray(count).ravel()[0]))


def sheet_matrix(filename, options, treat_as_missing) -> np.ndarray:
    """readmatrix on a spreadsheet: the numeric block under detection's header rows
    (dates as Excel serial numbers, logicals as 1/0, text NaN); ``treat_as_missing``
    the TreatAsMissing texts."""
    block, ranged = _block(filename, options)
    rows = sheet_tokens(block, dates="serial")
    header = _header(options)
    layout = detect_layout(rows, 0 if ranged and header is None else header)
    data = rows[layout.header:]
    width = block.shape[1] if ranged else layout.width
    return numeric_matrix(data, width, treat_as_missing)


def sheet_cells(filename, options, treat_as_missing, missing):
    """readcell on a spreadsheet: each cell as its value (float, bool, str,
    datetime.datetime), empty cells and ``treat_as_missing`` texts ``missing``."""
    block, _ = _block(filename, options)
    block = block[_header(options) or 0:]
    treat = set(treat_as_missing)
    out = [[missing if v is None or (isinstance(v, str) and v in treat) else v
            for v in row] for row in block.tolist()]
    if not out:
        return []
    if len(out) == 1:
        return out[0]
    if block.shape[1] == 1:
        return [row[0] for row in out]
    return out


def sheet_table(filename, options, pandas, build_table):
    """readtable on a spreadsheet: the cells as text fields through the text reader's
    detection and table building (``build_table(pandas, rows, layout, options)``);
    columns of dates become datetime64 (MATLAB's datetime variables)."""
    block, _ = _block(filename, options)
    rows = sheet_tokens(block, dates="text")
    layout = detect_layout(rows, _header(options))
    frame = build_table(pandas, rows, layout, options)
    start = len(rows) - len(frame)
    offset = 1 if options.get("ReadRowNames") else 0
    for j in range(offset, min(block.shape[1], layout.width)):
        values = block[start:, j].tolist()
        present = [v for v in values if v is not None]
        if present and all(isinstance(v, datetime.datetime) for v in present):
            frame[frame.columns[j - offset]] = pandas.to_datetime(
                [pandas.NaT if v is None else v for v in values])
    return frame


def write_sheet(filename, A, options) -> None:
    """writematrix on a spreadsheet."""
    _write(filename, _cells_of(A), options)


def write_table_sheet(filename, T, options) -> None:
    """writetable on a spreadsheet: the variable names row (WriteVariableNames), then
    the rows; datetime columns as Excel dates; the index first under ``Row`` with
    WriteRowNames."""
    frame = T.reset_index() if options.get("WriteRowNames") else T
    if options.get("WriteRowNames"):
        frame = frame.rename(columns={frame.columns[0]: T.index.name or "Row"})
    body = np.empty(frame.shape, dtype=object)
    for j, label in enumerate(frame.columns):
        series = frame[label]
        if series.dtype.kind == "M":
            values = [None if v is None or v != v else v.to_pydatetime()
                      for v in series.tolist()]
        else:
            values = [_cell_value(v) for v in series.to_numpy().tolist()]
        body[:, j] = values
    if options.get("WriteVariableNames", True):
        names = np.empty((1, frame.shape[1]), dtype=object)
        names[0, :] = [str(c) for c in frame.columns]
        body = np.concatenate([names, body]) if body.size else names
    _write(filename, body, options)
