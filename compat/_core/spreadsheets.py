"""Excel workbooks (``.xlsx``, ``.xlsm``, ``.xltx``, ``.xltm``) as grids of cell values,
for MATLAB's spreadsheet readers and writers (``xlsread``/``xlswrite`` and the
``readtable`` family on spreadsheets).

openpyxl (the optional extra ``compat[excel]``) is imported only here, only when a
workbook is read or written. The old binary ``.xls``, ``.xlsb`` and ``.ods`` are refused
with a message.

A sheet is read into a 2-D object array anchored at cell A1 whose items are ``None``
(empty cell), ``float``, ``bool``, ``str`` or :class:`datetime.datetime`; the table
family turns it into the same text fields the delimited-text reader splits
(:func:`sheet_tokens`), so that :mod:`compat._core.text_import`'s type and header
detection decides columns for both.
"""

from __future__ import annotations

import datetime
import os
import re
import zipfile

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.extras import optional_module
from compat._core.text_import import parse_range

#: the workbook extensions compat reads and writes (Office Open XML)
SPREADSHEETS = (".xlsx", ".xlsm", ".xltx", ".xltm")
#: spreadsheet formats MATLAB reads that compat refuses
UNSUPPORTED = (".xls", ".xlsb", ".ods")
#: Excel's 1900 date system: serial day 1 is 1900-01-01, counted (with Lotus' phantom
#: 1900-02-29) from 1899-12-30 for every date after February 1900
_EPOCH = datetime.datetime(1899, 12, 30)


def openpyxl():
    """The openpyxl module, or an error that names the extra to install."""
    return optional_module("openpyxl", "reading and writing spreadsheets")


def is_spreadsheet(filename) -> bool:
    """True for a workbook extension compat handles; an error for .xls/.xlsb/.ods."""
    extension = os.path.splitext(str(filename))[1].lower()
    if extension in UNSUPPORTED:
        raise CompatValueError(f"{extension} workbooks are not supported by compat (only "
                               f"Office Open XML: {', '.join(SPREADSHEETS)}); save the "
                               f"workbook as .xlsx")
    return extension in SPREADSHEETS


def excel_serial(value) -> float:
    """Excel's serial date number of a datetime, date or time (1900 date system)."""
    if isinstance(value, datetime.datetime):
        delta = value.replace(tzinfo=None) - _EPOCH
    elif isinstance(value, datetime.date):
        delta = datetime.datetime(value.year, value.month, value.day) - _EPOCH
    elif isinstance(value, datetime.time):
        return (value.hour * 3600 + value.minute * 60 + value.second +
                value.microsecond / 1e6) / 86400.0
    else:  # a timedelta (openpyxl reads durations so)
        return value.total_seconds() / 86400.0
    return delta.days + (delta.seconds + delta.microseconds / 1e6) / 86400.0


def _normal(value):
    if value is None or isinstance(value, (str, bool)):
        return None if value == "" else value
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, (datetime.date, datetime.time, datetime.timedelta)):
        return value if not isinstance(value, datetime.date) else \
            datetime.datetime(value.year, value.month, value.day)
    return str(value)


def _pick_sheet(book, sheet, path):
    names = book.sheetnames
    if sheet is None or (isinstance(sheet, str) and sheet == ""):
        return book[names[0]]
    if isinstance(sheet, str):
        if sheet in names:
            return book[sheet]
        folded = [n for n in names if n.lower() == sheet.lower()]
        if folded:
            return book[folded[0]]
        raise CompatValueError(f"Worksheet '{sheet}' not found in '{os.path.basename(str(path))}'.")
    number = float(np.asarray(sheet).ravel()[0])
    if number != int(number) or not 1 <= number <= len(names):
        raise CompatValueError(f"Sheet index {sheet!r} is out of range: the workbook has "
                               f"{len(names)} sheet(s).")
    return book[names[int(number) - 1]]


_LEAP_SECOND = re.compile(rb"(T\d\d:\d\d:)60(Z?<)")


def _load_workbook(path: str, **options):
    """openpyxl's ``load_workbook``, also for a workbook whose document properties carry
    a time with second 60 (GNU Octave's io package writes them, and openpyxl refuses
    the whole file for it): such a time is read as second 59; cells are untouched."""
    module = openpyxl()
    try:
        return module.load_workbook(path, **options)
    except ValueError:            # "could not read properties" (second must be 0..59)
        import io
        import zipfile
        buffer, leap = io.BytesIO(), False
        with zipfile.ZipFile(path) as source, \
                zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as copy:
            for item in source.infolist():
                data = source.read(item.filename)
                if item.filename.startswith("docProps/") and _LEAP_SECOND.search(data):
                    data, leap = _LEAP_SECOND.sub(rb"\g<1>59\g<2>", data), True
                copy.writestr(item, data)
        if not leap:
            raise
    buffer.seek(0)
    return module.load_workbook(buffer, **options)


def read_sheet(path, sheet=None) -> np.ndarray:
    """The cells of one worksheet (name, 1-based number, or the first) as an object array
    anchored at A1 and cut after the last nonempty row and column. Formulas give their
    cached values (what Excel last computed), as MATLAB's basic import mode reads them."""
    if not os.path.exists(str(path)):
        raise CompatValueError(f"Unable to find or open '{path}'. Check the path and "
                               "filename or file permissions.")
    book = _load_workbook(str(path), data_only=True)
    try:
        ws = _pick_sheet(book, sheet, path)
        rows = [[_normal(v) for v in row] for row in
                ws.iter_rows(min_row=1, min_col=1, max_row=ws.max_row,
                             max_col=ws.max_column, values_only=True)]
    finally:
        book.close()
    width = max((len(r) for r in rows), default=0)
    grid = np.empty((len(rows), width), dtype=object)
    for i, row in enumerate(rows):
        grid[i, :len(row)] = row
    filled = np.vectorize(lambda v: v is not None, otypes=[bool])(grid) if grid.size \
        else np.zeros(grid.shape, bool)
    if not filled.any():
        return np.empty((0, 0), dtype=object)
    r = np.nonzero(filled.any(axis=1))[0][-1] + 1
    c = np.nonzero(filled.any(axis=0))[0][-1] + 1
    return grid[:r, :c]


def used_origin(grid: np.ndarray) -> tuple:
    """0-based (row, column) of the first nonempty row and column: where Excel's used
    range starts."""
    filled = np.vectorize(lambda v: v is not None, otypes=[bool])(grid) if grid.size \
        else np.zeros(grid.shape, bool)
    if not filled.any():
        return 0, 0
    return int(np.nonzero(filled.any(axis=1))[0][0]), int(np.nonzero(filled.any(axis=0))[0][0])


def cut(grid: np.ndarray, spec) -> np.ndarray:
    """The cells of ``grid`` inside an Excel range (``'B2:C3'``, ``'A1'`` (from there on),
    ``'B:B'`` columns, ``'2:5'`` rows, or MATLAB's numeric forms): a closed range gives
    exactly its cells (empty ones ``None``), an open end stops at the last used cell."""
    r1, c1, r2, c2 = parse_range(spec)
    rows = grid.shape[0] if r2 is None else r2
    cols = grid.shape[1] if c2 is None else c2
    out = np.empty((max(rows - r1 + 1, 0), max(cols - c1 + 1, 0)), dtype=object)
    part = grid[r1 - 1:rows, c1 - 1:cols]
    out[:part.shape[0], :part.shape[1]] = part
    return out


def sheet_tokens(grid: np.ndarray, dates: str = "text") -> list[list[str]]:
    """The cells as the text fields the delimited reader splits: numbers written so that
    they read back to the same double ('%.17g'), booleans as 1/0, dates as ISO text
    (``dates='text'``) or Excel serial numbers (``'serial'``), empty cells as ''; trailing
    empty fields of each row dropped, as a short line of a text file."""
    out = []
    for row in grid.tolist():
        fields = []
        for v in row:
            if v is None:
                fields.append("")
            elif isinstance(v, bool):
                fields.append("1" if v else "0")
            elif isinstance(v, float):
                fields.append(repr(v) if v == v and abs(v) != float("inf") else
                              ("NaN" if v != v else ("Inf" if v > 0 else "-Inf")))
            elif isinstance(v, (datetime.datetime, datetime.time, datetime.timedelta)):
                fields.append(repr(excel_serial(v)) if dates == "serial" else
                              v.isoformat(sep=" ") if isinstance(v, datetime.datetime)
                              else str(v))
            else:
                fields.append(v)
        while fields and fields[-1] == "":
            fields.pop()
        out.append(fields)
    return out


# ------------------------------------------------------------------------ xlsread
def _box(mask: np.ndarray):
    """(row slice, column slice) of the smallest block holding every true cell."""
    if not mask.any():
        return None
    rows, cols = np.nonzero(mask.any(axis=1))[0], np.nonzero(mask.any(axis=0))[0]
    return slice(rows[0], rows[-1] + 1), slice(cols[0], cols[-1] + 1)


def xlsread_parts(grid: np.ndarray, spec=None):
    """``(num, txt, raw)`` as MATLAB's xlsread returns them, from a sheet's cells.

    raw: the used range (from the first nonempty row and column to the last) or the
    given range; numbers as doubles, booleans as logical, dates as Excel serial numbers,
    empty cells NaN. num: raw's numbers (NaN for text and empty cells) cut to the block
    from the first to the last row and column holding a number (leading and trailing
    text rows and columns dropped); 0x0 without numbers. txt: raw's text ('' elsewhere)
    cut to the block of rows and columns holding text; 0x0 without text.
    """
    if spec is None:
        r0, c0 = used_origin(grid)
        block = grid[r0:, c0:]
    else:
        block = cut(grid, spec)
    raw = np.empty(block.shape, dtype=object)
    number = np.zeros(block.shape, bool)
    text = np.zeros(block.shape, bool)
    num_values = np.full(block.shape, np.nan)
    for (i, j), v in np.ndenumerate(block):
        if v is None:
            raw[i, j] = np.nan
        elif isinstance(v, str):
            raw[i, j], text[i, j] = v, True
        else:
            value = v if isinstance(v, (bool, float)) else excel_serial(v)
            raw[i, j], number[i, j] = value, True
            num_values[i, j] = float(value)
    box = _box(number)
    num = num_values[box] if box else np.zeros((0, 0))
    box = _box(text)
    txt = np.where(text, raw, "")[box] if box else np.empty((0, 0), dtype=object)
    return num, txt, raw


# ------------------------------------------------------------------------ writing
def write_cells(path, cells: np.ndarray, sheet=None, spec=None, mode="inplace") -> None:
    """Write a 2-D object array of cells (``None``/NaN empty, numbers, booleans, text,
    datetimes) into a worksheet of ``path`` starting at the range's first cell (A1 by
    default): an existing workbook keeps its other sheets and cells (as xlswrite and
    writetable with 'WriteMode' 'inplace' do), a missing sheet is added. The workbook's
    relationship targets are written relative to ``xl/`` (openpyxl writes absolute
    ``/xl/...`` targets, which Octave's io package cannot follow). ``mode``
    'overwritesheet' empties the sheet first; 'append' starts below its last used row."""
    module = openpyxl()
    path = str(path)
    if os.path.exists(path):
        book = _load_workbook(path)
    else:   # a new workbook holds just the sheet written (a named one, or Sheet1)
        book = module.Workbook()
        book.active.title = sheet if isinstance(sheet, str) and sheet else "Sheet1"
    if sheet is None or (isinstance(sheet, str) and sheet == ""):
        ws = book[book.sheetnames[0]]
    elif isinstance(sheet, str):
        ws = book[sheet] if sheet in book.sheetnames else book.create_sheet(sheet)
    else:
        number = int(np.asarray(sheet).ravel()[0])
        if number < 1:
            raise CompatValueError("Sheet number must be a positive integer.")
        while len(book.sheetnames) < number:
            book.create_sheet(f"Sheet{len(book.sheetnames) + 1}")
        ws = book[book.sheetnames[number - 1]]
    if mode == "overwritesheet" and ws.max_row:
        index = book.sheetnames.index(ws.title)
        title = ws.title
        book.remove(ws)
        ws = book.create_sheet(title, index)
    r1, c1, r2, c2 = (1, 1, None, None) if spec is None else parse_range(spec)
    if mode == "append":
        used = read_cells_used(ws)
        r1, r2 = used + 1, None
    rows, cols = cells.shape
    if r2 is not None:
        rows = min(rows, r2 - r1 + 1)
    if c2 is not None:
        cols = min(cols, c2 - c1 + 1)
    for i in range(rows):
        for j in range(cols):
            v = cells[i, j]
            if isinstance(v, (np.generic,)):
                v = v.item()
            if isinstance(v, float) and v != v:
                v = None
            ws.cell(row=r1 + i, column=c1 + j, value=v)
    folder = os.path.dirname(os.path.abspath(path))
    temporary = os.path.join(folder, f".{os.path.basename(path)}.{os.getpid()}.tmp")
    try:
        book.save(temporary)
        _relative_targets(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.unlink(temporary)


def read_cells_used(ws) -> int:
    """The last row of a worksheet holding a value (0 for an empty sheet)."""
    last = 0
    for i, row in enumerate(ws.iter_rows(values_only=True), start=1):
        if any(v is not None and v != "" for v in row):
            last = i
    return last


def _relative_targets(source: str, target: str) -> None:
    with zipfile.ZipFile(source) as archive:
        items = [(info, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(target + ".part", "w", zipfile.ZIP_DEFLATED) as out:
        for info, data in items:
            if info.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b'Target="/xl/', b'Target="')
            out.writestr(info, data)
    os.replace(target + ".part", target)
